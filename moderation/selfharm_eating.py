"""Restrictive eating and purging as a goal or a self-punishment (Latin-script
languages; Cyrillic, Arabic, Chinese and Devanagari are in
`selfharm_eating_more.py`).

Why: unseen data showed eating-disorder disclosures passing every rule: "ate
one apple today and still feel too fat. tomorrow nothing at all", "must get
under 45 kilo", "day 5 of my fasting streak", "purged after lunch again, at
least im empty", "had one apple in 3 days, new record, trying to get to
zero", "send me meanspo".  None names self-harm; what makes them one is
*two* cues in one message (as in `selfharm_covert.py`), so each language
has three small families and a message is held when

* **restriction** (eating only a bit, nothing tomorrow, N days without food,
  a fasting streak, N calories max, no dinner again) meets a **goal or
  shame** cue (too fat, disgusting, under N kilo, N kilos down, the scale,
  thinner, bones, to zero, a new record, to disappear, empty, deserve);
* **purging** (threw up, vomited, purged, made myself sick) meets a goal or
  shame cue, "everything I ate" or a meal with "again";
* or the writer asks for **meanspo / thinspo / an ana buddy** (a request or
  a need, not the word: "thinspo accounts should be banned" passes).

What passes: one family alone ("skipped lunch, too busy", "i feel so fat
after christmas dinner lol", "my goal is to run 5k", "lost 2 kilos on
holiday"), and a message naming a religious or medical fast, an illness or
a night of vomiting, or a weight class for a sport (`frames_eating.py`, the
frame of every self-harm rule).  Restriction cues are written for the
writer (dropped pronouns are allowed: chat drops them), so talk about
eating disorders or a friend has no pair.  A recovered past ("i used to
starve myself, 2 years better now") is excused by `frames_recovered.py`.

Speed: restriction words are everyday ("only", "no", "hoy", "je"), so each
rule also has a word gate on its goal words (`requires`): a message with no
weight, shame or purge-context word never reaches the regexes (about 2 µs
per message for all the rules of this family and its siblings on the bench
corpus).

Patterns run on the phrase form: accents stripped, "2"/"4" read as "to" /
"for" before a word ("lost 2 kg" -> "lost to kg", "4kg" -> "akg"), Spanish
"ya" as "you" and "y" as "why" (the abbreviation table is language-blind).
"""

from __future__ import annotations

from .lead_trie import lead_trie
from .rules import Rule, rule

# a count as it reaches the phrase form ("2" -> "to", "4" -> "for", "4kg" -> "akg")
_N = (
    r"(?:\d+(?:[.,]\d+)?|to|for|a|an|one|two|three|four|five|six|seven|ten|half a|a few|another|"
    r"un|una|uno|dos|tres|cuatro|cinco|um|uma|dois|duas|deux|trois|quatre|cinq|ein|einen|eine|zwei|"
    r"drei|vier|funf|due|tre|quattro|cinque|bir|iki|uc|dort|bes|jeden|jedno|dwa|trzy|cztery|piec|"
    r"satu|dua|tiga|empat|lima|ek|do|teen|char|paanch)"
)
_UNIT = r"(?:kg|kgs|kilo|kilos|kilograms?|lbs?|pounds|quilos?|chili|chilo|kilogramm)"
# "2.5kg" reaches the phrase form as "to . skg"
_KG = r"(?:" + _N + r" ?(?:\. ?\d* ?)?" + _UNIT + r"|(?:(?:\d+|to|for) \. )?\w{1,3}kgs?)"
_DAYS = r"(?:" + _N + r"|several|a couple of|some) "
# a unit opening a cue ("kilos down", "kg menos"): a count before it is not needed, and a
# leading count group would be tried at every word of every candidate message
_U = _UNIT


# one piece of food in N days, any of the Latin-script languages ("one apple in 3 days",
# "una manzana en 3 dias", "3 gunde bir elma")
_FOOD = (
    r"(?:apples?|bananas?|oranges?|crackers?|rice cakes?|yogh?urts?|biscuits?|manzanas?|platanos?|"
    r"galletas?|yogur|frutas?|macas?|bolachas?|iogurtes?|pommes?|bananes?|yaourts?|apfel|joghurts?|"
    r"kekse?|brotchen|mele|mela|biscott[oi]|elma|muz|simit|kraker|jablk[oa]|banan|jogurt|apel|"
    r"pisang|roti|biskuit)"
)
_ONE = (
    r"(?:one|an?|1|a single|half an?|una?|uma?|medio|media|meia|meio|une?|ein|einen|eine|einem|"
    r"halben|mezza|mezzo|jedno|jeden|jedna|pol|satu|setengah)"
)
_R_ONE = (
    r"(?:" + _FOOD + r" (?:in|over|en|em|w|dalam|within|fur) (?:\w+ ){0,2}?(?:days|dias|jours|tagen|"
    r"giorni|dni|hari)|(?:days|dias|jours|tagen|giorni|dni|hari) (?:and |on |of |e |y |why |et |und )?"
    r"(?:only |solo |nur |seulement |just )?" + _ONE + r" " + _FOOD + r"|gunde (?:bir|yarim|1) " + _FOOD
    + r")"
)


def _pair(a: str, b: str, gap: int = 100) -> str:
    """a ... b or b ... a within `gap` characters (sentence ends included:
    "ate one apple. tomorrow nothing")."""
    return rf"\b(?:{a})\b.{{0,{gap}}}?\b(?:{b})\b|\b(?:{b})\b.{{0,{gap}}}?\b(?:{a})\b"


# -- en -------------------------------------------------------------------------
_R_EN = (
    r"(?:(?:only|just) (?:ate|had|eaten|eat|have|eating) \w+|(?:ate|had|eaten|eat|eating) (?:only|just|"
    r"like) (?:one|an?|half|1|two|to|a single|some)|(?:ate|had) (?:one|an?|1|to|two|3|three|half (?:an?|my)|a single)"
    r" (?:\w+ )?(?:apple|banana|orange|cracker|rice cake|carrot|grapes?|yogh?urt|biscuit|bite|slice|"
    r"cookie|celery|cucumber|piece|bar|egg|salad|lettuce|mint|gum|coffee)s?|(?:eating|eat|ate) nothing"
    r"(?! but| except| else)|nothing (?:at all )?(?:tomorrow|today|tonight|again)|(?:tomorrow|today|"
    r"tonight) (?:i eat |i will eat |i am eating )?nothing(?: at all)?|no (?:food|eating|dinner|lunch|"
    r"breakfast|meals?|more (?:food|breakfast|dinner|lunch|snacks)) (?:again|today|tomorrow|tonight|"
    r"for \w+ days|till|until)|no more (?:breakfast|dinner|lunch|snacks)|skip(?:ping|ped)? (?:dinner|"
    r"lunch|breakfast|meals|every meal|all (?:my )?meals)|days (?:almost |nearly |"
    r"basically |pretty much )?(?:without (?:eating|food)|no food|of not eating)|(?:have not|did not|"
    r"not) (?:really )?eat(?:en)? (?:anything )?(?:in|for|since) " + _DAYS + r"days|by not eating|"
    r"not eating (?:tomorrow|today|anymore|again)|(?:water|coffee|tea) only|only (?:water|coffee|black "
    r"coffee)|fasting streak|(?:day|days) \w+ (?:of )?(?:my )?(?:fast|fasting|no food|water fast)|"
    r"water fast(?:ing)?|(?:max|maximum|under|below|only) \d+ ?(?:cal|cals|calories|kcal)|\d+ ?(?:cal|"
    r"cals|calories|kcal) (?:max|a day|limit|today)|stop eating)"
)
_W_EN = (
    r"(?:(?:i am|i feel|feel|feeling|felt|i look|look|looking|still|so|too) (?:so |too |still |really |"
    r"super |fucking |way )?(?:fat|huge|fatter|gross|disgusting|heavy|bloated|like a (?:pig|whale|cow))|"
    r"fat (?:pig|cow|ass)|i am (?:a )?(?:fat|disgusting)|hate (?:my|how my) (?:body|thighs|stomach|"
    r"belly|arms|face|legs)|(?:get|be|go|stay|getting|weigh) (?:under|below|less than) " + _KG + r"|"
    r"(?:lose|lost|losing|drop|dropped|down|shed) (?:another |a |\d+ )?(?:more )?" + _KG + r"|" + _U
    + r" (?:down|gone|lost|less|more)|more " + _UNIT + r"|goal weight|(?:u?gw|cw) is|thinner|"
    r"skinnier|skinny|(?:see|feel) (?:my )?(?:bones|ribs|collarbones?|hip ?bones)|thigh gap|(?:on|step "
    r"on|stepped on|get on|got on) the scale|the scale (?:says|said|shows|showed|barely|did not|"
    r"moved|better|went|has not|will|number|is not|needs|has to|should)|(?:get|getting|reach|reaching|"
    r"hit|hitting) (?:to )?" + _KG + r"|weigh(?:ed)? myself|(?:get|go|down|drop|come) to zero|zero is "
    r"the goal|new record|disappear(?! (?:from|into|for a|off|in the))|"
    r"(?:i am|i feel|feel|feeling|felt|at least|stomach is|belly is) (?:so |finally |completely |"
    r"totally |nice and )?empty|make up for it|punish(?:ing)? myself|i deserve it|lose weight)"
)
_P_EN = (
    r"(?:threw up|throw up|throwing up|thrown up|puked|puke|puking|vomited|vomit|vomiting|purged|purge|"
    r"purging|made myself sick|make myself sick|fingers? down my throat)"
)
_PW_EN = (
    r"(?:" + _W_EN + r"|everything i (?:ate|eat|had)|after (?:lunch|dinner|breakfast|eating|every "
    r"meal|meals) again|again after (?:lunch|dinner|breakfast|eating))"
)

# -- es / pt --------------------------------------------------------------------
_R_ES = (
    r"(?:solo (?:comi|he comido|desayune|cene|almorce|me comi|como) \w+|comi solo \w+|me comi (?:medio|"
    r"media|una|un) \w+|(?:manana|hoy) (?:no como )?nada|no (?:voy a )?com(?:o|er|ido) nada|sin "
    r"(?:comer|cenar|desayunar|almorzar)|dias (?:casi )?sin comer|solo agua|agua nada mas|(?:me salto|"
    r"saltarme|me salte) (?:la |el )?(?:cena|comida|desayuno|almuerzo)|otra vez sin cenar|(?:maximo|max)"
    r" \d+ calorias|\d+ calorias (?:maximo|max|al dia)|ayuno|dejar de comer|"
    # pt
    r"so (?:comi|como) \w+|comi (?:so|apenas|mei[oa]) \w+|(?:amanha|hoje) (?:nao como )?nada|nao "
    r"(?:vou )?com(?:o|er|i) nada|sem (?:comer|jantar|janta|almocar|almoco|cafe)|dias (?:quase )?sem "
    r"comer|so agua|(?:pular|pulei|pulo) (?:o |a )?(?:janta|jantar|almoco|cafe)|(?:no maximo|maximo|max)"
    r" \d+ calorias|jejum|parar de comer)"
)
_W_ES = (
    r"(?:gordas?|gordos?|asquerosa|asqueroso|me doy asco|una foca|una vaca|cerda|enorme|(?:bajar|estar) "
    r"(?:de|por debajo de|bajo) " + _KG + r"|(?:baje|perdi|bajar|perder) " + _KG + r"|" + _U
    + r" menos|menos " + _KG + r"|mas flaca|flaca|huesos|la (?:bascula|balanza)|(?:llegar|bajar) a cero|nuevo record|"
    r"desaparecer|(?:estoy|me siento|quede) vacia|me lo merezco|(?:llegar|llego|llegue) a " + _KG + r"|"
    # pt
    r"gordas?|baleia|nojenta|nojento|enorme|abaixo de " + _KG + r"|(?:perdi|perder|emagreci) " + _KG
    + r"|" + _U + r" a menos|menos " + _KG + r"|mais magra|magra|ossos|a balanca|(?:chegar|ir) (?:no|ao|a) zero|novo "
    r"recorde|(?:chegar|chego|chegue) (?:a|aos|nos) " + _KG + r"|sumir|desaparecer|(?:to|estou|tou|"
    r"fiquei|me sinto) vazia|eu mereco)"
)
_P_ES = (
    r"(?:vomite|vomito|vomitar|vomitando|me hice vomitar|me provoque el vomito|devolvi|purgue|"
    r"vomitei|me fiz vomitar|botei tudo pra fora|coloquei tudo pra fora|pus tudo pra fora)"
)
_PW_ES = (
    r"(?:" + _W_ES + r"|todo lo que (?:comi|como)|tudo (?:o )?que (?:comi|como)|(?:otra vez|de nuevo|"
    r"de novo|outra vez) (?:despues|depois) d[eo] (?:almuerzo|comer|cenar|la cena|comida|almoco|"
    r"jantar|janta)|(?:despues|depois) d[eo]l? (?:almuerzo|comer|cenar|almoco|jantar|janta) (?:otra "
    r"vez|de nuevo|de novo|outra vez))"
)

# -- fr / it ------------------------------------------------------------------------
_R_FR = (
    r"(?:mange (?:qu'une?|que|juste|seulement) \w+|je (?:ne )?mange (?:rien|plus rien)|j'ai rien mange|"
    r"demain rien|rien du tout demain|(?:sans|pas) (?:manger|diner|dejeuner)|pas de (?:diner|dejeuner|"
    r"petit dej|repas)|jours (?:presque )?sans manger|que de l'eau|juste de l'eau|(?:sauter|saute) "
    r"(?:le|les) (?:repas|diner|dejeuner)|(?:max|maximum) \d+ calories|\d+ calories (?:max|par jour)|"
    r"jeune|arreter de manger|"
    # it
    r"(?:mangiato|mangio) solo \w+|solo (?:una?|mezz[ao]) (?:mela|banana|yogurt|cracker|fetta)|domani "
    r"(?:niente|nulla)|non mangio (?:niente|nulla|piu)|niente (?:cena|pranzo|colazione)|senza (?:mangiare"
    r"|cena|cenare|pranzo)|giorni (?:quasi )?senza mangiare|solo acqua|salto (?:la |il )?(?:cena|pranzo|"
    r"colazione)|non (?:mangio|ho mangiato) (?:niente |nulla )?da (?:\d+|due|tre|quattro|cinque|giorni)|"
    r"(?:massimo|max) \d+ calorie|\d+ calorie (?:max|al giorno)|digiuno|smettere di mangiare)"
)
_W_FR = (
    r"(?:trop grosse|grosse|degoutante|je me degoute|une baleine|une vache|enorme|sous les " + _KG
    + r"|(?:perdu|perdre) " + _KG + r"|" + _U + r" en moins|moins " + _KG + r"|plus mince|maigre|"
    r"la balance|(?:arriver|descendre) a zero|nouveau record|disparaitre|(?:je suis|je me sens|me "
    r"sentir) (?:\w+ )?vide|je le merite|"
    # it
    r"grassa|grasso|(?:mi )?faccio schifo|disgustosa|balena|sotto i " + _KG + r"|" + _U + r" in meno|"
    r"(?:perso|perdere) " + _KG + r"|piu magra|magra|le ossa|la bilancia|arrivare a zero|nuovo record|"
    r"sparire|sono vuota|me lo merito)"
)
_P_FR = (
    r"(?:vomi|vomir|vomis|je me fais vomir|je me suis fait vomir|j'ai tout rendu|vomitato|vomitare|"
    r"vomito|mi faccio vomitare|mi sono fatta vomitare|ho rimesso)"
)
_PW_FR = (
    r"(?:" + _W_FR + r"|tout ce que j'ai mange|tutto (?:quello )?che ho mangiato|(?:encore|de nouveau) "
    r"(?:vomi )?apres (?:le dej|le repas|manger|le diner|le dejeuner)|apres (?:le dej|le repas|manger|le "
    r"diner|le dejeuner) encore|(?:di nuovo|ancora) dopo (?:pranzo|cena|mangiato)|dopo (?:pranzo|cena) "
    r"(?:di nuovo|ancora))"
)

# -- de -------------------------------------------------------------------------------
_R_DE = (
    r"(?:nur (?:einen|eine|ein|nen|ne|n|einen halben|ein halbes|'nen) \w+ gegessen|(?:morgen|heute) "
    r"(?:gar |uberhaupt |wieder )?nichts|(?:fast|quasi|gar|wieder) nichts gegessen|ess(?:e)? (?:ich )?"
    r"(?:gar )?nichts|(?:wieder )?kein (?:abendessen|mittagessen|fruhstuck|essen)|ohne (?:zu )?essen|"
    r"nur wasser|(?:max|maximal|hochstens) \d+ kalorien|\d+ kalorien (?:max|am tag)|(?:am )?fasten|"
    r"hunger(?:n|e) (?:ich|mich)|aufhoren zu essen)"
)
_W_DE = (
    r"(?:zu (?:fett|dick)|fett|eklig|ekelhaft|widerlich|ich ekel mich|(?:fuhl|fuhle) mich (?:so |zu )?"
    r"(?:fett|dick|eklig|ekelhaft)|unter " + _KG + r"|" + _U + r" (?:weniger|runter|weg|abgenommen)|"
    r"(?:abgenommen|verloren) " + _KG + r"|dunner|knochen|die waage|auf null|neuer rekord|"
    r"verschwinden|bin ich leer|ich bin leer|hab es verdient|(?:das )?(?:hab|habe) ich (?:es |das )?"
    r"verdient|(?:das )?verdien(?:e)? ich (?:es|so|nicht anders)|ich (?:hab|habe) (?:es|das) (?:nicht anders "
    r")?verdient)"
)
_P_DE = r"(?:gekotzt|kotze|kotzen|ausgekotzt|erbrochen|ubergeben|finger in den hals)"
_PW_DE = (
    r"(?:" + _W_DE + r"|alles (?:was ich (?:gegessen|esse))|nach dem (?:mittagessen|essen|"
    r"abendessen|fruhstuck) wieder|wieder nach dem (?:mittagessen|essen|abendessen))"
)

# -- tr pl id ---------------------------------------------------------------------------
_R_TPI = (
    # tr
    r"(?:sadece (?:bir|yarim|1) \w+ (?:yedim|ictim)|(?:yarin|bugun) hic(?:bir sey)? (?:yok|yemeyecegim|"
    r"yemem)|hicbir sey (?:yemedim|yemeyecegim)|(?:neredeyse )?hic yemedim|(?:aksam|ogle) yemegi yok|"
    r"kahvalti yok|gundur (?:neredeyse )?(?:hic )?yemiyorum|yarim \w+ yedim|sadece su|ogun atl\w+|hic "
    r"yemeyecegim|\d+ kalori|yemeyi birak\w+|"
    # pl
    r"(?:zjadlam|zjadlem|jadlam) (?:tylko|jedno|jedna|jeden|pol) \w+|jutro nic|nic nie (?:jem|jadlam|"
    r"zjem)|niczego nie (?:jem|jadlam)|bez (?:jedzenia|kolacji|obiadu|sniadania)|tylko woda|(?:pomijam|"
    r"pominelam) (?:\w+ )?(?:posilki|kolacje|obiad|sniadanie)|glodowk\w+|glodze sie|\d+ kalorii|"
    r"przestac jesc|"
    # id
    r"(?:cuma|hanya|cmn) makan (?:satu|1|setengah|sepotong|sebiji|\w+ doang)|makan (?:cuma|setengah) \w+|"
    r"(?:besok|hari ini) (?:ga|gak|nggak|tidak|ngga|gk) makan|(?:ga|gak|nggak|tidak|ngga|gk) makan "
    r"(?:sama sekali|seharian|lagi|malam)|hampir (?:ga|gak|nggak|tidak|ngga) makan|cuma minum air|"
    r"skip makan|\d+ kalori|berhenti makan|(?:\d+|to|dua|tiga|empat|lima|beberapa) hari (?:\w+ )?(?:ga|gak|"
    r"nggak|tidak|ngga|gk) makan|(?:ga|gak|nggak|tidak|ngga|gk) makan (?:\d+|to|dua|tiga|empat|lima) hari)"
)
_W_TPI = (
    r"(?:sisman\w*|sisko\w*|igrenc\w*|igreniyorum|kilonun altina|kilo (?:gitti|verdim|verdi)|daha zayif|"
    r"zayif|kemik\w*|tarti|sifira|yeni rekor|kaybolmak|yok olmak|midem bos|hak ediyorum|"
    # pl
    r"gruba|gruby|grubas|obrzydliw\w+|brzydze sie|ponizej " + _KG + r"|" + _U + r" mniej|(?:schudlam|"
    r"stracilam) " + _KG + r"|chudsza|kosci|waga|do zera|nowy rekord|zniknac|jestem pusta|zasluzylam|"
    # id
    r"gendut|gemuk|kegendutan|jijik|di bawah " + _KG + r"|turun " + _KG + r"|lebih kurus|kurus|tulang|"
    r"timbangan|sampai nol|rekor baru|menghilang|perutku kosong|perut kosong|pantas)"
)
_P_TPI = (
    r"(?:kustum|kusuyorum|kusturdum|kusmak|wymiotowalam|wymiotuje|zwrocilam|zwracam|rzygalam|"
    r"muntah|muntahin|muntahkan|dimuntahin|dimuntahkan)"
)
_PW_TPI = (
    r"(?:" + _W_TPI + r"|yedigim her seyi|(?:ogle|aksam) yemeginden sonra yine|wszystko co (?:zjadlam|"
    r"jem)|(?:znowu|znow) (?:\w+ )?po (?:obiedzie|jedzeniu|kolacji)|po (?:obiedzie|jedzeniu) (?:znowu|"
    r"znow)|semua yang (?:aku|gue|gw) makan|(?:abis|habis|setelah) makan \w+ (?:\w+ )?lagi)"
)

# -- a request or a need for meanspo / thinspo / an ana buddy -------------------------------
_SPO = (
    r"(?:meanspo|thinspo|bonespo|thinspiration|pro ?ana tips|ana (?:buddy|coach)|ed buddy|тинспо|"
    r"мипспо|минспо)"
)
_ASK = (
    r"(?:send|sending|give|need|needs|want|drop|post|dm|anyone (?:got|have)|someone|some|more|any|be "
    r"my|pls|please|plz|necesito|pasame|mandame|alguien|quiero|preciso|me manda|alguem|quero|besoin|"
    r"envoyez|m'envoyer|envoie|brauch|brauche|schick|schickt|jemand|mi serve|mandatemi|mi manda|"
    r"qualcuno|voglio|lazim|atsin|atin|gonderin|istiyorum|ihtiyacim|biri|potrzebuje|wyslij|wyslijcie|"
    r"wysle|dajcie|ktos|chce|butuh|kirim|kirimin|minta|pengen|mau|ada yang|bhejo|chahiye|koi|bdi|"
    r"ابعتلي|يبعتلي|بدي|محتاجه|محتاج|нужн\w*|скинь\w*|киньте|дайте|хочу)"
)

_TRIG_EN = (
    "only just ate had eaten eat eating nothing tomorrow today tonight no skip skipping skipped days "
    "not water coffee tea fasting fast day max maximum under below cal cals calories kcal stop",
    "threw throw throwing thrown puked puke puking vomited vomit vomiting purged purge purging made "
    "make finger fingers",
)
_TRIG_ES = (
    "solo comi me manana hoy no sin dias agua salto saltarme salte otra maximo max calorias ayuno "
    "dejar so como amanha nao sem pular pulei pulo jejum parar",
    "vomite vomito vomitar vomitando hice provoque devolvi purgue vomitei fiz botei coloquei pus",
)
_TRIG_FR = (
    "mange je jai demain rien sans pas jours que juste sauter saute max maximum calories jeune "
    "arreter mangiato mangio solo domani non niente senza giorni salto massimo calorie digiuno "
    "smettere",
    "vomi vomir vomis rendu vomitato vomitare vomito rimesso",
)
_TRIG_DE = (
    "nur morgen heute fast quasi gar wieder ess esse kein ohne max maximal hochstens kalorien fasten "
    "hungern hungere aufhoren nichts",
    "gekotzt kotze kotzen ausgekotzt erbrochen ubergeben finger",
)
_TRIG_TPI = (
    "sadece yarin bugun hicbir hic aksam ogle kahvalti gundur yarim ogun kalori yemeyi zjadlam "
    "zjadlem jadlam jutro nic niczego bez tylko pomijam pominelam glodowka glodowki glodowke glodze "
    "kalorii przestac cuma hanya cmn makan besok hari ga gak nggak tidak ngga gk hampir skip berhenti",
    "kustum kusuyorum kusturdum kusmak wymiotowalam wymiotuje zwrocilam zwracam rzygalam muntah "
    "muntahin muntahkan dimuntahin dimuntahkan",
)
_TRIG_ONE = (
    "apple apples banana bananas orange oranges cracker crackers yoghurt yogurt biscuit biscuits "
    "manzana manzanas platano galleta galletas yogur fruta maca macas bolacha iogurte pomme pommes "
    "banane yaourt apfel joghurt keks kekse brotchen mela mele biscotto elma muz simit kraker jablko "
    "jablka banan jogurt apel pisang roti biskuit"
)


# word gates: one of these is a word of every goal / shame / purge-context match
# (restriction words are everyday: "only", "no", "hoy", "me"; most messages with
# one have no weight word and never reach the regex).  Units written onto the
# number ("45kg", "4kg" read as "akg") are listed as tokens.
_UNITS = (
    "kg kgs kilo kilos kilograms kilogram lb lbs pounds quilo quilos chili chilo kilogramm "
    + " ".join(f"{n}kg {n}kgs" for n in range(1, 151))
    + " okg ikg lkg ekg akg skg tkg bkg gkg"
)
_REQ_EN = (
    "fat fatter huge gross disgusting heavy bloated pig whale cow hate goal gw ugw cw thinner "
    "skinnier skinny bones ribs collarbone collarbones hip hipbones thigh scale weigh weighed zero "
    "record disappear empty make punish punishing deserve weight",
    "everything again",
)
_REQ_ES = (
    "gorda gordas gordo gordos asquerosa asqueroso asco foca vaca cerda enorme flaca huesos bascula "
    "balanza cero record desaparecer vacia merezco baleia nojenta nojento magra ossos balanca zero "
    "recorde sumir vazia mereco",
    "todo tudo despues depois",
)
_REQ_FR = (
    "grosse degoutante degoute baleine vache enorme mince maigre balance zero record disparaitre "
    "vide merite grassa grasso schifo disgustosa balena magra ossa bilancia sparire vuota merito",
    "tout tutto apres dopo",
)
_REQ_DE = (
    "fett dick eklig ekelhaft widerlich ekel dunner knochen waage null rekord verschwinden leer "
    "verdient verdiene verdien",
    "alles nach wieder",
)


def _family(
    trig: tuple[str, str], r: str, w: str, p: str, pw: str, req: tuple[str, str] = ("", "")
) -> list[Rule]:
    """Three rules per language group, each a candidate only on its own words
    (one regex over a long message costs tens of microseconds): restriction
    + goal, one piece of food in N days + goal, purging + context.  `req`:
    the goal words and the purge-context words for the word gates (a count
    with a unit is a goal word: "lost 3 kilos", "under 45kg")."""
    goal = req[0] and req[0] + " " + _UNITS
    purge = req[0] and goal + " " + req[1]
    return [
        rule("self_harm:eating", "self_harm", trig[0], _pair(r, w), framed="generic", requires=goal),
        rule("self_harm:eating", "self_harm", _TRIG_ONE, _pair(_R_ONE, w), framed="generic",
             requires=goal),
        rule("self_harm:eating", "self_harm", trig[1], _pair(p, pw, 80), framed="generic",
             requires=purge),
    ]


RULES: list[Rule] = [
    # the English lists start a part of a rule each on many messages ("only", "just", "so",
    # "still"): grouped by their first letters (`lead_trie`), the regex engine skips
    # through the message to those letters instead of trying both lists at every position
    *_family(_TRIG_EN, lead_trie(_R_EN), lead_trie(_W_EN), _P_EN, _PW_EN, _REQ_EN),
    *_family(_TRIG_ES, _R_ES, _W_ES, _P_ES, _PW_ES, _REQ_ES),
    *_family(_TRIG_FR, _R_FR, _W_FR, _P_FR, _PW_FR, _REQ_FR),
    *_family(_TRIG_DE, _R_DE, _W_DE, _P_DE, _PW_DE, _REQ_DE),
    *_family(_TRIG_TPI, _R_TPI, _W_TPI, _P_TPI, _PW_TPI),
    rule("self_harm:eating", "self_harm",
         "meanspo thinspo bonespo thinspiration ana ed тинспо мипспо минспо",
         _pair(_SPO, _ASK, 40), framed="generic"),
]
