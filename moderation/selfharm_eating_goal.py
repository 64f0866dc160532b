"""A day without food and a weight still to lose, or dizziness or fainting
pushed through for it, in all thirteen languages.

Why: unseen data showed "znowu nic nie jadłam cały dzień, muszę schudnąć
jeszcze 5 kg nawet jak mi się kręci w głowie" passing, and the same form in
Turkish, Indonesian, Italian, Hindi and English ("didn't eat anything all
day again, must lose 5 more kg even if i'm dizzy").  The restriction and
goal families of `selfharm_eating.py` read a bit of food eaten ("only an
apple") or N days without food, and a weight reached ("under 45 kilo", "2
kilos down"); they miss *a whole day with nothing* and *N kilos still to
lose* ("5 more kg", "3 kilo daha", "mancano 3 chili", "4 kg baaki").  A
message is held when

* **a day without food** (nothing all day / since morning / again, all day
  on water, all meals skipped, stopped eating) meets **a weight to lose**
  (N more kilos, must lose weight, under N kg, the scale must go down,
  still fat);
* or **dizziness or fainting** (dizzy, head spinning, nearly fainted, black
  before the eyes) meets a weight to lose: the body's warning named and
  pushed through ("kręci mi się w głowie ale muszę schudnąć").

What passes: the same words with an everyday reason anywhere in the
message - a weigh-in for a sport, a religious or medical fast, a stomach
bug (`frames_eating.py`, the frame of every self-harm rule); a day without
food with no weight goal ("nic nie jadłam cały dzień bo sprawdziany,
umieram z głodu"); a weight goal with no restriction ("dietetyczka mówi że
powinnam schudnąć 5 kg").

Speed: the restriction and dizziness words are the triggers and the goal
words (kilo, lose, must) a word gate, so the pair regexes only run on a
message that has both (the `_pair` regexes are slow otherwise).  Patterns
run on the phrase form ("4 kg" reads "for kg"); Devanagari and Chinese
without word boundaries.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_eating import _KG, _UNITS, _pair
from .selfharm_eating_more import _raw_pair

# N more kilos: "5 more kg", "another 3 kilos", "2kg more"
_MORE = r"(?:more|another|mas|mais|plus|encore|noch|altri|ancora|еще|daha|jeszcze|lagi|aur)"

# -- en ---------------------------------------------------------------------------
_R_EN = (
    r"(?:(?:did not|didnt|have not|havent|not) (?:eat|eaten) (?:anything |a thing |at all |any food )?"
    r"(?:all day|the whole day|today|since (?:yesterday|this morning|morning|breakfast|last night))|"
    r"nothing (?:to eat )?all day|no food all day|all day without (?:food|eating)|(?:skipped|skipping) "
    r"all (?:my )?meals|only (?:had )?water (?:all day|today)|stopped eating)"
)
_G_EN = (
    r"(?:(?:lose|drop|shed|lost) (?:another |a few |\d+ |to |for )?(?:more )?(?:" + _KG + r"|weight)|"
    r"(?:\d+|to|for|a few|two|three|four|five) more (?:kg|kgs|kilos?|pounds|lbs)|" + _KG + r" (?:more|to "
    r"go|left to lose)|(?:must|need to|have to|got to|still need to|still have to) lose|under " + _KG
    + r"|still (?:so )?fat)"
)
_D_EN = (
    r"(?:dizzy|fainted|faint|passed out|pass out|blacked out|black out|lightheaded|light headed|head "
    r"(?:is )?spinning|seeing stars)"
)

# -- es / pt ------------------------------------------------------------------------
_R_ES = (
    r"(?:no (?:he )?com(?:i|ido) nada(?: en)?(?: todo el dia| desde (?:ayer|la manana|anoche)| hoy)?|"
    r"(?:todo el dia|desde ayer) sin comer|otra vez sin comer|deje de comer|"
    r"nao comi nada(?: o dia (?:todo|inteiro)| desde (?:ontem|de manha|manha)| hoje)?|(?:o dia todo|"
    r"desde ontem) sem comer|parei de comer)"
)
_G_ES = (
    r"(?:(?:bajar|perder|adelgazar|emagrecer|eliminar) (?:otros |mais |\w+ )?" + _KG + r"|" + _KG
    + r" (?:mas|a menos)|mais " + _KG + r"|tengo que (?:bajar|adelgazar|perder peso)|me faltan " + _KG
    + r"|(?:preciso|tenho que) (?:emagrecer|perder peso)|sigo (?:gorda|gordo)|ainda (?:to |estou )?"
    r"gorda)"
)
_D_ES = (
    r"(?:mareo|mareada|mareado|me maree|me mareo|desmaye|desmayarme|desmayo|veo negro|tontura|tonta|"
    r"desmaiei|desmaiar|desmaio|vista escureceu)"
)

# -- fr / it --------------------------------------------------------------------------
_R_FR = (
    r"(?:(?:encore |j'ai |je n'ai )?rien mange(?: de la journee| depuis (?:hier|ce matin)| aujourd'hui)?|"
    r"(?:toute la journee|depuis hier) sans manger|arrete de manger|"
    r"non (?:ho mangiato|mangio) (?:niente|nulla|piu niente|piu nulla)|(?:tutto il giorno|tutta la "
    r"giornata|da stamattina|da ieri) (?:senza mangiare|a digiuno)|senza mangiare|niente cibo|digiuno|"
    r"solo acqua|saltato (?:tutti )?i pasti|salto (?:tutti )?i pasti|smesso di mangiare|giorni che non "
    r"mangio)"
)
_G_FR = (
    r"(?:(?:perdre|encore) (?:encore )?" + _KG + r"|" + _KG + r" (?:de plus|en moins)|il me reste " + _KG
    + r"|je dois (?:maigrir|perdre du poids)|(?:toujours|encore) (?:trop )?grosse|"
    r"(?:perdere|buttare giu|calare|scendere di) (?:altri |ancora )?" + _KG + r"|(?:altri|ancora) " + _KG
    + r"|mancano " + _KG + r"|sotto i " + _KG + r"|devo (?:dimagrire|perdere peso)|la bilancia deve "
    r"scendere|sono ancora grassa)"
)
_D_FR = (
    r"(?:la tete qui tourne|tete qui tourne|vertiges?|etourdie?|evanouie?|m'evanouir|je vois noir|"
    r"mi gira la testa|giramenti di testa|svenire|svengo|svenuta|vedo nero|vedo le stelle|capogiri)"
)

# -- de ---------------------------------------------------------------------------------
_R_DE = (
    r"(?:(?:den ganzen tag|seit gestern|seit heute morgen|heute|wieder|schon wieder) (?:\w+ )?nichts "
    r"gegessen|nichts gegessen|hor(?:e)? auf zu essen|aufgehort zu essen)"
)
_G_DE = (
    r"(?:(?:noch|weitere) " + _KG + r"(?: abnehmen| runter| weg)?|" + _KG + r" (?:abnehmen|runter)|"
    r"muss (?:noch )?abnehmen|immer noch (?:zu )?(?:fett|dick))"
)
_D_DE = r"(?:schwindelig|schwindlig|schwarz vor augen|umgekippt|ohnmachtig|kreislauf)"

# -- ru ---------------------------------------------------------------------------------
_KG_RU = r"(?:(?:\d+|to|for|пару|два|три|четыре|пять) ?(?:кг|кило|килограмм\w*)|\d+кг)"
_R_RU = (
    r"(?:ничего не (?:ела|ел|ем|съела)|весь день без еды|(?:весь день|с утра|со вчера) (?:ничего )?"
    r"не ела|голодаю|голодала)"
)
_G_RU = (
    r"(?:(?:скинуть|сбросить|похудеть на) (?:еще )?" + _KG_RU + r"|еще " + _KG_RU + r"|надо (?:еще )?"
    r"(?:похудеть|худеть)|" + _KG_RU + r" до цели|все еще (?:жирная|толстая))"
)
_D_RU = (
    r"(?:кружится голова|голова кружится|в глазах темнеет|потемнело в глазах|упала в обморок|обморок\w*|"
    r"чуть не упала)"
)

# -- tr pl id (Latin script, one gate) -------------------------------------------------------
_R_TPI = (
    # tr
    r"(?:hicbir sey (?:yemedim|yemiyorum|yemeyecegim)|hic (?:bir sey )?yemedim|(?:bir|hic) sey "
    r"yemedim|yemek (?:yemiyorum|yemedim)|yemeyi biraktim|ac kaldim|ac gezdim|butun gun ac|(?:sadece|"
    r"yalnizca) su (?:ictim|iciyorum)|(?:kahvalti|ogun)\w* (?:\w+ ){0,3}?atladim|gundur (?:hic )?"
    r"(?:yemek )?yemiyorum|"
    # pl
    r"nic (?:\w+ )?nie (?:jadlam|jadlem|zjadlam|zjadlem|jem|zjem)|nie (?:jadlam|jadlem|jem|zjadlam) "
    r"(?:nic|od)|(?:caly|calutki) dzien (?:bez jedzenia|o (?:samej )?wodzie|nic)|bez jedzenia|"
    r"glodowk\w*|glodze sie|(?:pominelam|pomijam) (?:\w+ )?posilki|o samej wodzie|"
    # id
    r"(?:ga|gak|nggak|tidak|ngga|gk|belum) makan (?:apa apa|apa2|apapun|sama sekali|seharian|dari "
    r"pagi|lagi)|seharian (?:ga|gak|nggak|tidak|ngga|gk|belum) makan|(?:\d+|to|dua|tiga|empat|lima) "
    r"hari (?:ga|gak|nggak|tidak|ngga|gk) makan|skip makan|cuma minum air|berhenti makan)"
)
_G_TPI = (
    # tr
    r"(?:" + _KG + r" (?:daha|kaldi)|hedef\w* (?:\w+ )?" + _KG + r"|kilonun altina|zayiflamam "
    r"(?:lazim|gerek)|zayiflamaliyim|kilo vermem (?:lazim|gerek)|kilo vermeliyim|hala sisman\w*|"
    # pl
    r"(?:schudnac|zrzucic|stracic)(?: jeszcze)?(?: " + _KG + r")?|jeszcze (?:tylko )?(?:" + _KG
    + r"|pare kilo|kilka kilo)|" + _KG + r" (?:do celu|mniej)|ponizej " + _KG + r"|waga musi spasc|"
    r"schudlam " + _KG + r"|(?:dalej|nadal|wciaz) (?:jestem )?(?:za )?grub[ay]|"
    # id
    r"(?:turun|nurunin|ngurangin) (?:\w+ )?" + _KG + r"|" + _KG + r" lagi|kurang " + _KG + r"|di bawah "
    + _KG + r"|harus kurus|biar kurus|berat (?:badan )?(?:harus )?turun|masih (?:gendut|gemuk))"
)
_D_TPI = (
    r"(?:basim donuyor|basim dondu|basim donse|bas donmesi|bayil\w*|gozlerim karar\w*|gozum karar\w*|"
    r"kreci mi sie w glowie|kreci sie w glowie|zawroty glowy|zemdlalam|zemdleje|zemdlec|mroczki przed "
    r"oczami|ciemno przed oczami|pusing|pingsan|berkunang kunang|berkunang|kliyengan|keleyengan)"
)

# -- hi: Hinglish; Devanagari below ---------------------------------------------------------------
_R_HL = (
    r"(?:kuch (?:nahi|nhi|nahin|ni) khaya|bina khaye|khana (?:skip|chhod|chod)\w*|sirf pani (?:piya|"
    r"pi)|bhookhi rahi|bhooki rahi|bhukhi rahi)"
)
_G_HL = (
    r"(?:" + _KG + r" (?:aur|or) (?:kam|ghatana|ghatani|girana)|" + _KG + r" (?:baaki|baki)|" + _KG
    + r" se (?:neeche|niche)|(?:weight|vajan|wajan) (?:kam|ghatana)|(?:patli|patla) hona)"
)
_D_HL = r"(?:chakkar|behosh|bahosh|aankhon ke aage andhera)"
_R_HI = r"(?:कुछ नहीं खाया|कुछ नही खाया|बिना खाए|भूखी रही|खाना छोड़|सिर्फ पानी)"
_G_HI = r"(?:किलो (?:और )?(?:कम|घटाना|बाकी)|किलो से नीचे|वजन कम|वज़न कम|पतली होना)"
_D_HI = r"(?:चक्कर|बेहोश)"

# -- ar (script) ----------------------------------------------------------------------------
_R_AR = r"(?:ما ?اكلت|ماكلتش|طول اليوم بدون اكل|بدون اكل)"
_G_AR = r"(?:(?:انزل|اخسر|انقص) \S+ ?كيلو|كيلو (?:كمان|زياده|بعد)|لازم (?:انحف|اخس))"
_D_AR = r"(?:دايخ\S*|دوخه|دوخان\S*|اغمى علي|اغمي علي)"


def _goal_rules(r_trig: str, d_trig: str, r: str, g: str, d: str, req: str) -> list[Rule]:
    """A day without food, or dizziness, next to a weight still to lose: one
    rule, so a message with both pairs is matched (and its frames read) once;
    a candidate on the restriction or dizziness words, gated on the goal
    words and the units (module doc)."""
    return [rule("self_harm:eating", "self_harm", r_trig + " " + d_trig,
                 _pair(r, g) + "|" + _pair(d, g), framed="generic", requires=req + " " + _UNITS)]


RULES: list[Rule] = [
    *_goal_rules("eat eaten nothing food skipped skipping water stopped",
                 "dizzy fainted faint passed pass blacked black lightheaded light head seeing",
                 _R_EN, _G_EN, _D_EN, "lose drop shed lost fat"),
    *_goal_rules("comi comido sin deje nao sem parei",
                 "mareo mareada mareado maree desmaye desmayarme desmayo veo tontura tonta desmaiei "
                 "desmaiar desmaio vista",
                 _R_ES, _G_ES, _D_ES, "bajar perder adelgazar emagrecer eliminar gorda gordo"),
    *_goal_rules("rien mange sans arrete non niente nulla senza digiuno acqua saltato salto smesso "
                 "giorni",
                 "tete vertige vertiges etourdi etourdie evanouie evanoui m'evanouir vois gira "
                 "giramenti svenire svengo svenuta vedo capogiri",
                 _R_FR, _G_FR, _D_FR,
                 "perdre maigrir grosse perdere buttare calare scendere dimagrire bilancia grassa"),
    *_goal_rules("gegessen hor hore aufgehort",
                 "schwindelig schwindlig schwarz umgekippt ohnmachtig kreislauf",
                 _R_DE, _G_DE, _D_DE, "abnehmen fett dick"),
    *_goal_rules("ничего весь голодаю голодала утра со",
                 "кружится голова глазах потемнело обморок обморока чуть",
                 _R_RU, _G_RU, _D_RU,
                 "кг кило килограмм килограмма килограммов скинуть сбросить похудеть худеть жирная "
                 "толстая"),
    *_goal_rules("hicbir hic bir yemek yemeyi ac butun sadece yalnizca kahvalti gundur nic nie caly "
                 "calutki bez glodowka glodowki glodowke glodze pominelam pomijam samej ga gak nggak "
                 "tidak ngga gk belum seharian hari skip cuma berhenti",
                 "basim bas bayildim bayilacaktim bayiliyordum bayilsam bayilacagim gozlerim gozum "
                 "kreci zawroty zemdlalam zemdleje zemdlec mroczki ciemno pusing pingsan berkunang "
                 "kliyengan keleyengan",
                 _R_TPI, _G_TPI, _D_TPI,
                 "kilonun zayiflamam zayiflamaliyim sisman sismanim schudnac zrzucic stracic waga "
                 "gruba gruby turun nurunin ngurangin kurus gendut gemuk"),
    *_goal_rules("kuch bina khana sirf bhookhi bhooki bhukhi", "chakkar behosh bahosh aankhon",
                 _R_HL, _G_HL, _D_HL, "weight vajan wajan patli patla"),
    rule("self_harm:eating", "self_harm", "कुछ बिना भूखी खाना सिर्फ चक्कर बेहोश",
         _raw_pair(_R_HI, _G_HI) + "|" + _raw_pair(_D_HI, _G_HI), framed="generic",
         requires="किलो वजन वज़न पतली"),
    rule("self_harm:eating", "self_harm", "ما ماكلتش طول بدون دايخ دايخه دايخة دوخه دوخان اغمى اغمي",
         _pair(_R_AR, _G_AR) + "|" + _pair(_D_AR, _G_AR), framed="generic",
         requires="انزل اخسر انقص كيلو لازم"),
]
