"""The writer names their own state: suicidal, suicidal thoughts, nothing to
live for, cutting as an ongoing habit.

Why: "suicidal" is a topic word, left to the learned scorer because "suicide
prevention should be taught" is the consultation's own subject; but the scorer
declined "i am suicidal", "suicidal again. thought i was done with this" and
"je suis suicidaire", and no rule knew "i have nothing left to live for" or
"nie mam po co żyć".  Written from those classes in 13 languages, with hard
negatives (third person, fiction, hyperbole with "would", the topic).

* **suicidal, said of oneself**: "i am (so / kind of / really) suicidal",
  "feeling suicidal", "suicidal again / tonight / rn", "i have suicidal
  thoughts", and each language's "I am suicidal" / "I have suicidal
  thoughts".  A past that is over ("i was suicidal two years ago, now i am
  fine") has no present form here.
* **nothing to live for**: "i have nothing (left) to live for", "no reason
  (for me) to live", "no tengo razón para vivir", "не для чего жить",
  "yaşamak için sebebim kalmadı", "nie mam po co żyć", "ما عندي سبب اعيش".
  "without music i would have nothing to live for" (a conditional) passes.
* **a burden to one's family** in Turkish, Arabic and Hindi ("ailem için
  bir yüküm", "انا عبء على اهلي", "main sabpe bojh hoon"); a bag or a
  load ("bu çanta çok ağır, yük") passes.
* **cutting as a habit, no object**: "i keep cutting", "been cutting a lot
  lately", "i started cutting again"; "keep cutting until the pieces are
  small", "been cutting my hair", "cutting class" pass (an object, or a
  word the habit never takes, follows).

Generic frames excuse advice about others ("if a friend says she is
suicidal, tell an adult").

Session 12 adds the short canonical states in en es fr pt de it (a probe
matrix of 3-7 word disclosures, `test_selfharm_canon_matrix.py`): hating
being alive, never having been born, tired of living, nobody would miss me,
a burden, "I can't go on" as the whole message; the scorer reads only
messages of 6+ words, so these are the rules' job.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_ADV = (
    r"(?:(?:so|really|very|kind of|kinda|a bit|a little|pretty|super|extremely|literally|honestly|"
    r"actually|lowkey|low key|still|again|constantly|genuinely|lately|hella|fucking|fr|always|"
    r"getting|more and more|quite|just) )*"
)
_ME = (
    r"\bi (?:am|have been|ve been|been|feel|am feeling|have been feeling|keep feeling|get|am getting|"
    r"keep getting|start feeling|started feeling|feel like i am)"
)
# words a habit of cutting is followed by ("i keep cutting again"), never an object
_HABIT_END = (
    r"(?= ?$| [.!?]| (?:again|lately|a lot|more|every|since|for (?:\d+|a|an|two|three|months|"
    r"weeks|years|days)|and (?:i|it|no one|nobody|my)|but|so|because|when|at night|deeper|worse|"
    r"right now|recently|myself|in secret|secretly|and can not stop|and cannot stop)\b)"
)

RULES: list[Rule] = [
    rule("self_harm:state", "self_harm", "suicidal selfharming",
         _ME + r" " + _ADV + r"(?:suicidal|selfharming|self harming)\b|"
         r"\bsuicidal (?:again|right now|tonight|today|lately|af|asf|all the time|every day|every "
         r"night)\b|"
         r"\bi (?:have|keep having|am having|get|have been having|been having|still have|had) "
         r"(?:\w+ ){0,2}?suicidal (?:thoughts|ideas|feelings|urges)\b|"
         r"\bmy suicidal (?:thoughts|feelings|urges) (?:are|have|keep|got|came|come)\b",
         framed="generic"),
    rule("self_harm:state", "self_harm", "live living alive",
         r"\b(?:i have|i have got|i got|i honestly have|i literally have|i just have|i really have|"
         r"i have really got|i have found|i see|i can see|there is|i am left with) (?:\w+ )?"
         r"(?:nothing|no reason|no reasons|nobody|no one) (?:left )?(?:to live for|for me to live|"
         r"to keep living for|to keep living|to stay alive for|to stay alive)\b|"
         r"\bno (?:reason|reasons|point) (?:left )?for me to (?:live|keep living|stay alive|be alive)\b|"
         r"\bi (?:do not|can not|cannot|no longer) (?:have|see|find) (?:a |any )?(?:reason|reasons|point) "
         r"(?:left )?to (?:live|keep living|stay alive|be alive)\b",
         framed="generic"),
    rule("self_harm:state", "self_harm", "cutting",
         r"(?:\bi (?:keep|have been|ve been|been|started|start|am|am still|still|can not stop|cannot "
         r"stop|went back to|am back to|got back into)|(?:^|(?<=[.!?] ))(?:been|keep|started|still)) "
         r"(?:\w+ )?cutting" + _HABIT_END,
         framed="generic"),
    # -- es fr pt de it --------------------------------------------------------------
    rule("self_harm:state", "self_harm",
         "suicida suicidaire suicidaires suizidal suizidgefahrdet suizidgedanken selbstmordgedanken "
         "suicidas suicidi suicidari",
         r"\b(?:estoy|ando|me siento|estoy muy|soy) (?:\w+ )?suicida\b|"
         r"\b(?:tengo|estoy teniendo|tengo otra vez|vuelvo a tener) (?:\w+ )?(?:pensamientos|ideas) "
         r"suicidas\b|"
         r"\bje (?:suis|me sens|deviens) (?:\w+ )?suicidaire\b|\b(?:j'ai|j ai) (?:\w+ )?(?:des |encore des )?"
         r"(?:idees|pensees) suicidaires\b|"
         r"\b(?:estou|to|tou|ando|me sinto|eu sou|fico) (?:\w+ )?suicida\b|\b(?:tenho|to tendo|estou tendo|"
         r"ando tendo|tive) (?:\w+ )?pensamentos suicidas\b|"
         r"\bich (?:bin|fuhle mich) (?:\w+ )?(?:suizidal|suizidgefahrdet)\b|\b(?:ich habe|ich hab|hab|"
         r"habe) (?:\w+ )?(?:suizidgedanken|suizidale gedanken|selbstmordgedanken)\b|"
         r"\b(?:sono|mi sento) (?:\w+ )?suicida\b|\b(?:ho|sto avendo|ho di nuovo|ho ancora) "
         r"(?:\w+ )?(?:pensieri|idee) suicid(?:i|ari)\b",
         framed="generic"),
    rule("self_harm:state", "self_harm",
         "razon razones motivo motivos raison raisons grund motivi razao aucune kein keinen ragione nada nadie",
         r"\b(?:no tengo|ya no tengo|no me queda|ya no me queda|no hay) (?:\w+ )?(?:razon|razones|motivo|"
         r"motivos|nada|nadie) (?:para|por que|por el que|por lo que|por quien|por el cual) (?:seguir )?"
         r"(?:vivir|viviendo)\b|"
         r"\b(?:je n'ai|j'ai) (?:plus )?(?:aucune |pas de |plus de |plus aucune )?(?:raison|raisons) de "
         r"(?:vivre|rester en vie)\b|"
         r"\b(?:nao tenho|eu nao tenho|ja nao tenho) (?:mais )?(?:nenhum )?(?:motivo|motivos|razao|razoes) "
         r"(?:pra|para) (?:continuar )?(?:viver|vivendo)\b|\b(?:nenhum|sem) (?:motivo|razao) (?:pra|para) "
         r"(?:continuar )?(?:viver|vivendo)\b|\b(?:plus )?aucune raison de (?:vivre|rester en vie)\b|"
         r"\b(?:ich habe|ich hab|hab) (?:keinen|keine) (?:grund|grunde) mehr (?:zu leben|weiterzuleben)\b|"
         r"\b(?:ich hab |ich habe |hab |habe )?(?:keinen|kein) grund (?:mehr )?(?:zu leben|weiterzuleben)\b|"
         r"\bnon ho (?:piu )?(?:nessun |nessuna |alcun |alcuna )?(?:motivi|motivo|ragioni|ragione) per (?:vivere|"
         r"continuare a "
         r"vivere)\b",
         framed="generic"),
    # -- ru tr pl id ar hi --------------------------------------------------------------
    rule("self_harm:state", "self_harm",
         "жить суицидальные суицидальная суицидальный суицидалка мысли",
         r"(?:мне )?(?:не для чего|незачем|не ради чего|не для кого) (?:мне )?(?:больше |дальше )?жить\b|"
         r"\bу меня (?:\w+ )?(?:снова |опять )?(?:суицидальные мысли|мысли о суициде|мысли о "
         r"самоубийстве|суицидалка)\b|\bя (?:\w+ )?суицидальн\w*",
         framed="generic"),
    rule("self_harm:state", "self_harm", "sebebim nedenim intihar",
         r"\byasamak icin (?:hicbir |bir |tek bir )?(?:sebebim|nedenim) (?:yok|kalmadi)\b|"
         r"\b(?:surekli |yine |hep )?intihar dusuncelerim (?:var|oluyor|geliyor)\b",
         framed="generic"),
    rule("self_harm:state", "self_harm", "zyc samobojcze samobojstwie",
         r"\bnie mam (?:juz )?(?:po co|dla kogo|dla czego) zyc\b|"
         r"\b(?:mam|miewam) (?:\w+ )?(?:mysli samobojcze|mysli o samobojstwie)\b",
         framed="generic"),
    rule("self_harm:state", "self_harm", "pikiran alasan",
         r"\b(?:aku|saya|gue|gw|gua) (?:\w+ )?(?:punya|ada|lagi ada|sering punya|sering ada) "
         r"(?:\w+ )?pikiran (?:untuk |buat |mau )?bunuh diri\b|"
         r"\b(?:aku|saya|gue|gw|gua) (?:\w+ )?(?:gak|ga|nggak|tidak|udah gak|udah ga|sudah tidak) punya "
         r"alasan (?:lagi )?(?:buat|untuk) hidup\b",
         framed="generic"),
    rule("self_harm:state", "self_harm", "سبب شي احد افكار انتحاريه انتحار",
         r"(?:ما عندي|ماعندي|مافي|ما في|ما لي|ماعاد لي|ما عاد عندي|ماعاد عندي|مش لاقي|مو لاقي) "
         r"(?:اي |أي |\w+ )?(?:سبب|شي|احد) (?:اعيش|عشان اعيش|اعيش عشانه|اعيش له|اعيش علشانه)|"
         r"(?:عندي|جاتني|تجيني|تجيلي|بتجيلي|بتيجي لي|يجيني) (?:\w+ )?(?:افكار انتحاريه|افكار انتحار|افكار "
         r"اني انتحر)",
         framed="generic"),
    rule("self_harm:state", "self_harm", "wajah wajeh khayal khyal vichar वजह ख्याल ख़याल विचार",
         r"\bjeene ki (?:koi |ek bhi )?(?:wajah|wajeh|vajah) (?:nahi|nhi|nahin) (?:bachi|hai|rahi)\b|"
         r"जीने की (?:कोई |एक भी )?वजह (?:नहीं|नही) (?:बची|है|रही)|"
         r"\b(?:suicide|khudkushi|aatmahatya|atmahatya) ke (?:khayal|khyal|vichar)\b|"
         r"(?:आत्महत्या|खुदकुशी|ख़ुदकुशी|सुसाइड) के (?:ख्याल|ख़याल|विचार)",
         framed="generic"),
    # a burden to one's family (the other languages' forms are in selfharm.py)
    rule("self_harm:state", "self_harm", "yukum yukuyum عبء عبئ bojh boj बोझ",
         r"\b(?:herkese|aileme|ailem icin|annemlere|annem icin|herkes icin|sadece|tek bir) (?:\w+ )?"
         r"(?:bir )?(?:yukum|yukuyum)\b|"
         r"(?:انا|أنا) (?:\w+ )?(?:عبء|عبئ|حمل) (?:على|علي)|"
         r"\b(?:main|mai) (?:\w+ ){0,3}?(?:bojh|boj) (?:hoon|hu|hun|ban gaya|ban gayi|ban chuka|ban chuki)\b|"
         r"मैं (?:\S+ ){0,3}?बोझ (?:हूँ|हूं|बन गया|बन गई)",
         framed="generic"),
    zrule("self_harm:state", "self_harm", "活 自",
          r"没有(?:活下去|活着)的(?:理由|意义)|活着(?:的)?(?:理由|意义)都没有了|我(?:又|总|经常|一直)?有"
          r"(?:了)?自杀的?(?:念头|想法)", framed="generic"),
]

# -- short canonical states in en es fr pt de it (session 12's probe matrix) ---------------------
# Three to seven words, the way teens type them (no accents, "ue" for a German umlaut): hating
# being alive, wishing never to have been born, tired of living, nobody would miss me, a burden,
# "I can't go on" as the whole message.  The scorer reads only messages of 6+ words, so a short
# disclosure is the rules' job.  What passes: an everyday object or reason after the verb ("i hate
# being late", "no puedo seguir en el equipo por la rodilla", "ich kann nicht mehr weiter joggen",
# "nessuno sentira la mancanza di quella lezione"), a wish to be born elsewhere or earlier.
_END = r"(?= ?[.!?,]| ?$)"
_OPEN = r"(?:^|(?<=[.!?] ))"
RULES += [
    rule("self_harm:state", "self_harm",
         "hate despise odio odeio deteste hais hasse born nacido naitre geboren nata nato",
         r"\bi (?:\w+ )?(?:hate|despise) (?:being alive|existing(?! (?:in|at|on|with|around)\b)|my existence|"
         r"that i am alive|that i exist|living" + _END + r")|"
         r"\b(?:i )?wish(?:ed)? (?:i had|i would have|id|i was|i were|that i was|that i had) never (?:been )?"
         r"born\b|"
         r"\b(?:odio|odeio) (?:estar viv[oa]|existir|seguir viv[oa]|mi existencia|minha existencia|vivir" + _END
         + r"|viver" + _END + r"|essere viv[oa]|esistere|vivere" + _END + r")|"
         r"\bje (?:deteste|hais) (?:etre en vie|exister|vivre" + _END + r")|"
         r"\bich hasse es,? (?:zu leben|am leben zu sein|zu existieren)\b|"
         r"\bj'aurais (?:prefere|du|voulu|aime) (?:ne )?(?:jamais|pas) (?:naitre|etre nee?)\b|"
         r"\bj'aurais (?:jamais|pas) du naitre\b|"
         r"\b(?:ich )?w(?:u|ue)nscht?e?,? ich w(?:a|ae)re? (?:nie|nicht) geboren\b|"
         r"\bw(?:a|ae)re? ich (?:doch |bloss |blos |nur )*(?:nie|nicht) geboren\b|"
         r"\b(?:vorrei|preferirei) non essere (?:mai )?nat[oa]\b|\b(?:magari|se solo) non fossi mai nat[oa]\b|"
         r"\bnon sarei mai dovut[oa] nascere\b",
         framed="generic"),
    rule("self_harm:state", "self_harm",
         "marre cansei muede mude bock lebensmude lebensmuede miss vermissen mancherei mancanza falta",
         r"\b(?:j'en ai |jen ai |j'ai |trop )?marre de (?:vivre|la vie|exister)\b|"
         r"\bcansei de (?:viver|existir|estar viv[oa]|a vida)\b|"
         r"\bich bin (?:so |echt |einfach )?m(?:u|ue)de (?:vom leben|zu leben)\b|\blebensm(?:u|ue)de\b|"
         r"\b(?:ich )?(?:hab|habe) (?:echt |einfach )?keinen bock mehr (?:zu leben|auf (?:das |mein )?leben)\b|"
         r"\b(?:no one|nobody|noone|no body) (?:would|will|is going to) (?:even |really |ever |actually "
         r"|honestly )?miss me\b|"
         r"\b(?:niemand|keiner|keine sau) (?:wird|w(?:u|ue)rde) mich (?:\w+ )?vermissen\b|"
         r"\bmich w(?:u|ue)rde (?:eh |sowieso |doch |ja |eh nicht mal |echt )?(?:niemand|keiner|keine "
         r"sau) vermissen\b|"
         r"\bninguem sentiria (?:a )?minha falta\b|"
         r"\bnessuno (?:sentirebbe|sentira) la mia mancanza\b|\b(?:a nessuno mancherei|non mancherei "
         r"a nessuno)\b",
         framed="generic"),
    rule("self_harm:burden", "self_harm", "peso fardo gluecklicher glucklicher feliz besser",
         r"\b(?:eu )?(?:so |apenas )?sou (?:so |apenas )?um (?:peso|fardo)" + _END + r"|"
         r"\bsono (?:solo |soltanto |davvero )?un peso" + _END + r"|\bsono (?:solo |soltanto )?un peso per "
         r"(?:tutti|la mia famiglia|i miei|gli altri)\b|"
         r"\b(?:seria|seriam|ficaria|ficariam|estaria|estariam) (?:\w+ ){0,2}?(?:melhor|mais feliz(?:es)?|"
         r"mais tranquil[oa]s?) sem mim\b|"
         r"\bohne mich w(?:a|ae)ren? (?:alle |sie |die )?(?:viel )?(?:besser dran|gl(?:u|ue)cklicher|besser)\b",
         framed="generic"),
    # "I can't go on (any more)" as the whole message; an object or a reason after it passes
    rule("self_harm:hopeless", "self_harm",
         "puedo seguir peux continuer consigo aguento weitermachen weiter aus avanti faccio",
         _OPEN + r"(?:(?:ya|you) no puedo seguir|no puedo seguir (?:asi|viviendo|con esto|con mi vida))"
         r"(?: (?:mas|you|ya))?" + _END + r"|"
         + _OPEN + r"(?:je (?:ne )?peux plus|jpeux plus|j'peux plus) (?:continuer|vivre|tenir)(?: comme ca)?"
         + _END + r"|"
         + _OPEN + r"(?:eu )?nao (?:consigo|aguento) mais (?:continuar|seguir)(?: assim| vivendo)?" + _END + r"|"
         r"\bich kann nicht mehr weiter(?:machen|leben)?" + _END + r"|"
         r"\bich (?:halt|halte) (?:das|dieses|mein) leben nicht mehr aus\b|"
         r"\bnon ce la faccio piu a (?:vivere|andare avanti)\b|"
         r"\bnon (?:posso|riesco a) (?:piu )?andare avanti(?: cosi)?" + _END,
         framed="generic"),
    # the wish in its short forms: "will einfach nur sterben", "vorrei solo morire"
    rule("self_harm:disclosure", "self_harm",
         "sterben verschwinden morire sparire scomparire svegliarmi risvegliarmi reveiller despertar "
         "despertarme",
         _OPEN + r"(?:ich )?(?:will|mochte|moechte) (?:einfach |nur |einfach nur |so gern |echt )*(?:sterben|"
         r"tot sein)\b|"
         r"\b(?:ich )?(?:will|mochte|moechte) (?:einfach |nur )*f(?:u|ue)r immer (?:verschwinden|weg sein|"
         r"schlafen)\b|"
         r"\b(?:voglio|vorrei) (?:solo |solamente |soltanto |tanto |davvero )?morire\b(?! (?:di|dal|dalla|"
         r"dalle|dai|d'))|"
         r"\b(?:voglio|vorrei) (?:solo )?(?:sparire|scomparire) per sempre\b|"
         r"\b(?:dormire|addormentarmi) e non (?:svegliarmi|risvegliarmi) (?:mai )?piu\b|"
         r"\b(?:je veux|jveux|j'veux|je voudrais|j'aimerais|jaimerais) (?:juste )?(?:dormir|m'endormir) et "
         r"(?:ne )?(?:plus|jamais|plus jamais) (?:me )?reveiller\b|"
         r"\b(?:dormir|dormirme) (?:y|why) no (?:volver a )?despertar(?:me)?(?= ?[.!?,]| ?$| nunca| jamas| mas)",
         framed="generic"),
]
