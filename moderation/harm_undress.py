"""Sexual remarks about the reader's body (appended to `harm.RULES`).

Two classes found missing on blind data, in en de es fr pt it ru ar zh hi
tr pl id:

* pictures of the reader with less on: "you looked good in that gym pic,
  bet you look even better without the shirt, send one", "ohne Shirt siehst
  du bestimmt noch besser aus", "seguro te ves mejor sin la camiseta",
  "scommetto che stai meglio senza maglietta, mandamene una", "без футболки
  наверное ещё лучше, скинь", "اكيد احلى بدون التيشيرت", "不穿衣服肯定更好看".
  Two shapes: the reader would look better without a piece of clothing, or a
  picture asked for without one ("send one without the top").  The clothing
  word is what makes it sexual: "you'd look better without the hat", "send
  one without the filter", "send the gym pic from yesterday" pass, and so do
  a parent's "take your shirt off, it's wet" (`harm.py` excuses a practical
  reason) and sex education;
* sexual rumours aimed at the reader: "everyone knows what you do with the
  boys", "tutti sanno cosa fai con i ragazzi", "todos saben lo que haces con
  los chicos", "herkes erkeklerle ne yaptığını biliyor".  An activity after
  it ("... at the science fair", "... in football") is not a rumour.  A
  masked slur next to it ("sei proprio una tr*ia") is found by the lexicon
  (`lexicon_masks.InnerMasks`).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# -- better without the clothes / a picture without them ------------------------
_CLOTHES_EN = (r"(?:the |that |your |ur |a |any |those )?(?:shirt|top|t shirt|tshirt|clothes|bra|"
               r"hoodie|jumper|sweater|pants|trousers|shorts|jeans|skirt|dress|swimsuit|bikini|"
               r"towel|underwear|boxers|anything on|anything|clothing)")
_EN = (r"\b(?:bet|i bet|betting|probably|surely|i am sure|im sure|pretty sure|i think) (?:that )?"
       r"(?:you|u|ya|you'd|youd|your|you are)(?: \w+){0,3}? "
       r"(?:better|hotter|sexier|good|great|amazing|nicer|cuter|fitter) (?:(?:without|with no|w o|"
       r"minus) " + _CLOTHES_EN + r"|with (?:nothing|less) on|naked|nude|in (?:nothing|less|your "
       r"underwear))\b|"
       r"\b(?:you'd|youd|you would|u would) look (?:\w+ )?(?:better|hotter|sexier|good) (?:without|"
       r"with no|w o) " + _CLOTHES_EN + r"\b|"
       r"\b(?:send|show|snap|dm|post)(?: me| us)? (?:one|another|a picture|a pic|a video|more|it|"
       r"some|them)(?: \w+){0,3}? (?:without|with no|w o|minus) " + _CLOTHES_EN + r"\b|"
       r"\b(?:send|show|snap|dm)(?: me| us)? (?:one|another|a picture|a video|some) (?:\w+ )?"
       r"(?:shirtless|topless|naked|nude)\b")
_DE_CLOTHES = (r"(?:(?:dein|deine|dem|das|den|die) )?(?:shirt|t shirt|tshirt|oberteil|klamotten|top|"
               r"bh|kleidung|pulli|pullover|hose|alles|was an)")
_DE = (r"\bohne " + _DE_CLOTHES + r"(?: \w+){0,4}? (?:siehst du|sahst du|wurdest du|bist du)"
       r"(?: \w+){0,4}? (?:besser|heisser|geiler|hubscher|schoner|gut|sexy)\b|"
       r"\b(?:siehst du|du siehst|wurdest du)(?: \w+){0,4}? (?:besser|heisser|geiler|hubscher|"
       r"schoner|gut|sexy) (?:\w+ ){0,2}?(?:aus )?ohne " + _DE_CLOTHES + r"\b|"
       r"\b(?:schick|schicke|zeig|send)(?: \w+){0,4}? (?:ohne " + _DE_CLOTHES + r"|oben ohne)\b")
_ES_CLOTHES = (r"(?:(?:la|el|tu|nada de) )?(?:camiseta|playera|remera|ropa|blusa|top|sujetador|bra|"
               r"brasier|sosten|polera|camisa|nada)")
_ES = (r"\b(?:seguro|apuesto|fijo|seguramente)(?: a que| que)? (?:te ves|te verias|estas|luces|"
       r"se te ve|quedas)(?: \w+){0,2}? (?:mejor|mas bueno|mas buena|mas guapo|mas guapa|mas rico|"
       r"mas rica|mas sexy|bien) sin " + _ES_CLOTHES + r"\b|"
       r"\b(?:te ves|te verias|luces)(?: \w+){0,2}? (?:mejor|mas guapa|mas guapo|mas sexy|mas "
       r"buena|mas bueno) sin " + _ES_CLOTHES + r"\b|"
       r"\b(?:mandame|manda|pasame|enviame|envia|mostrame|muestrame|ensename)(?: \w+){0,4}? sin "
       + _ES_CLOTHES + r"\b")
_FR_CLOTHES = (r"(?:(?:le|ton|ta|tes|les) )?(?:t shirt|tshirt|haut|vetements|habits|soutif|soutien "
               r"gorge|pull|sweat|rien|debardeur|chemise)")
_FR = (r"\b(?:je parie|je suis sur|surement|sur|jsuis sur)(?: que)? (?:t'es|tu es|tu serais|tes|t "
       r"es|tu dois etre)(?: \w+){0,2}? (?:mieux|plus belle|plus beau|plus bonne|plus bon|plus "
       r"sexy) sans " + _FR_CLOTHES + r"\b|"
       r"\b(?:envoie|envoi|montre|balance|envoies)(?: \w+){0,4}? sans " + _FR_CLOTHES + r"\b")
_PT_CLOTHES = (r"(?:(?:a|o|tua|sua|teu|seu) )?(?:blusa|camiseta|camisa|roupa|top|sutia|nada|regata|"
               r"blusinha)")
_PT = (r"\b(?:aposto|certeza|com certeza|deve|aposto que)(?: que)? (?:fica|ficaria|ta|esta|"
       r"fica ainda|ficava)(?: \w+){0,2}? (?:melhor|mais gostosa|mais gostoso|mais linda|mais "
       r"lindo|mais bonita|mais bonito|mais gata|mais gato) sem " + _PT_CLOTHES + r"\b|"
       r"\b(?:manda|mande|envia|mostra|me manda)(?: \w+){0,4}? sem " + _PT_CLOTHES + r"\b")
_IT_CLOTHES = (r"(?:(?:la|il|i|le|niente) )?(?:maglietta|maglia|vestiti|top|reggiseno|felpa|niente|"
               r"camicia|canotta)")
_IT = (r"\b(?:scommetto|sicuro|sicuramente|di sicuro)(?: che)? (?:stai|staresti|sei|saresti)"
       r"(?: \w+){0,2}? (?:meglio|piu bella|piu bello|piu figa|piu figo|piu sexy|piu carina|piu "
       r"carino) senza " + _IT_CLOTHES + r"\b|"
       r"\b(?:mandami|manda|mandamene|inviami|mostrami|fammi vedere)(?: \w+){0,4}? senza "
       + _IT_CLOTHES + r"\b")
_RU_CLOTHES = r"(?:\S+ )?(?:футболки|маики|одежды|лифчика|кофты|верха|всего|трусов|рубашки)"
_RU = (r"\bбез " + _RU_CLOTHES + r"(?: \S+){0,3}? (?:еще |ещё )?(?:лучше|красивее|горячее|"
       r"сексуальнее)(?=\s|$|[.!?])|"
       r"\b(?:скинь|пришли|отправь|покажи|кинь|сфоткаи|сфоткаися)(?: \S+){0,4}? без "
       + _RU_CLOTHES + r"(?=\s|$|[.!?])")
_AR_CLOTHES = r"(?:ال)?(?:تيشيرت|تيشرت|بلوزه|ملابس|هدوم|قميص|ستيان|شي|فانيله)"
_AR = (r"(?:اكيد|اكيده|اراهن|اكيد انك|اكيد انتي|اكيد انت)(?: \S+){0,3}? (?:احلي|اجمل|احسن|ازين|"
       r"احلا)(?: \S+){0,2}? (?:بدون|بلا|من غير) " + _AR_CLOTHES + r"(?=\s|$|[.!?])|"
       r"(?:ارسلي|ارسل|ابعتي|ابعت|صوري|صور|وريني|دزي|دز|طرشي)(?: \S+){0,4}? (?:بدون|بلا|من غير) "
       + _AR_CLOTHES + r"(?=\s|$|[.!?])")
_HI = (r"\bbina (?:\w+ )?(?:shirt|tshirt|t shirt|kapde|kapdon|kapdo|top|bra)(?: \w+){0,3}? "
       r"(?:aur |zyada |jyada |bhi )?(?:acchi|achhi|accha|achha|hot|sexy|sundar|mast)(?: \w+)? "
       r"(?:lagogi|lagoge|lagegi|lagega|dikhogi|dikhoge)\b|"
       r"\b(?:bhej|bhejo|bhejna|dikha|dikhao)(?: \w+){0,4}? bina (?:\w+ )?(?:shirt|tshirt|kapde|"
       r"kapdon|top|bra)\b|"
       r"बिना (?:\S+ )?(?:शर्ट|कपड़े|कपड़ों|कपडों|टॉप)(?: \S+){0,3}? (?:और |ज़्यादा |ज्यादा )?(?:अच्छी|"
       r"अच्छा|हॉट|सेक्सी) (?:लगोगी|लगोगे|लगेगी|दिखोगी)|(?:भेज|भेजो|दिखा|दिखाओ)(?: \S+){0,4}? बिना "
       r"(?:\S+ )?(?:शर्ट|कपड़े|कपड़ों)")
_TR = (r"\b(?:tisortsuz|ustsuz|ciplak|kiyafetsiz|sutyensiz|gomleksiz)(?: \w+){0,3}? (?:daha )?(?:iyi|"
       r"guzel|seksi|yakisikli|hos|tatli) (?:gorunursun|gorunuyorsundur|olursun|durursun)\b|"
       r"\b(?:tisortsuz|ustsuz|ciplak|kiyafetsiz|sutyensiz|gomleksiz)(?: \w+){0,5}? (?:at|gonder|"
       r"yolla|atsana|gondersene|yollasana)\b|"
       r"\b(?:at|gonder|yolla|atsana|gondersene)(?: \w+){0,3}? (?:tisortsuz|ustsuz|ciplak|"
       r"kiyafetsiz|sutyensiz)\b")
_PL_CLOTHES = r"(?:\w+ )?(?:koszulki|bluzki|ciuchow|ubrania|ubran|stanika|topu|bluzy|niczego)"
_PL = (r"\bbez " + _PL_CLOTHES + r"(?: \w+){0,3}? (?:lepiej|ladniej|seksowniej|gorecej)\b|"
       r"\b(?:wyslij|pokaz|przeslij|podeslij|wysli)(?: \w+){0,4}? bez " + _PL_CLOTHES + r"\b")
_ID_CLOTHES = r"(?:tanpa|gak pake|ga pake|nggak pake|tanpa pakai|gk pake) (?:baju|kaos|atasan|bh|beha|celana)"
_ID = (r"\b(?:pasti|kayaknya|pasti lebih)(?: \w+){0,3}? (?:lebih )?(?:bagus|cakep|cantik|ganteng|"
       r"seksi|hot|keren) (?:\w+ )?" + _ID_CLOTHES + r"\b|"
       r"\b(?:kirim|kirimin|send|pap|fotoin|liatin)(?: \w+){0,4}? " + _ID_CLOTHES + r"\b|"
       r"\b" + _ID_CLOTHES + r"(?: \w+){0,4}? (?:kirim|kirimin|pap)\b")

# -- sexual rumours --------------------------------------------------------------
# an activity after the rumour: "... at the science fair", "... in football"
_ACTIVITY = (r"(?![^.!?]{0,40}\b(?:football|soccer|basketball|game|games|project|homework|band|"
             r"science|class|practice|training|match|fortnite|minecraft|roblox|club|fair|calcio|"
             r"progetto|compiti|partita|futbol|proyecto|tarea|partido|foot|projet|devoirs|futebol|"
             r"projeto|trabalho|fussball|projekt|hausaufgaben|футбол\w*|проект\w*|кружк\w*|mac|"
             r"proje|odev|pilka|projekt|bola|tugas|proyek)\b)")
_RUMOUR: dict[str, str] = {
    "en": (
        r"\b(?:everyone|everybody|the whole (?:school|class|year|grade)|we all|all the (?:boys|guys|"
        r"lads)) (?:already )?knows? (?:what|who) (?:you|u) (?:do|did|have been doing|get up to|got up "
        r"to)(?: \w+)? (?:with|for|behind) (?:the |all the |older |those |every |them|him)?(?:boys|"
        r"guys|lads|men|him|them|older guys|every guy|bleachers|bike sheds)\b"
    ),
    "it": (
        r"\b(?:tutti|tutta la scuola|tutta la classe) (?:lo )?(?:sanno|sa) (?:cosa|che cosa|quello che) "
        r"(?:fai|hai fatto|combini)(?: \w+){0,2}? con (?:i ragazzi|tutti|i maschi|lui|loro|quelli piu "
        r"grandi)\b"
    ),
    "es": (
        r"\b(?:todos|todo el mundo|todo el cole|todo el insti|toda la clase) (?:ya )?(?:saben|sabe) "
        r"(?:lo que|que) (?:haces|hiciste|andas haciendo)(?: \w+){0,2}? con (?:los chicos|los chavos|"
        r"los pibes|los tios|todos|el|ellos|los mayores)\b"
    ),
    "fr": (
        r"\b(?:tout le monde|tout le college|tout le lycee|toute la classe) (?:sait|sais) (?:ce que|"
        r"ce qu'|ce qu) ?(?:tu fais|t'as fait|tu as fait|tu fait|tas fait)(?: \w+){0,2}? avec (?:les "
        r"mecs|les garcons|les gars|lui|eux|tout le monde|les grands)\b"
    ),
    "pt": (
        r"\b(?:todo mundo|toda a escola|a escola toda|a sala toda|todos) (?:ja )?(?:sabe|sabem) "
        r"(?:o que|oque) (?:voce|video call|tu) (?:faz|fez|anda fazendo)(?: \w+){0,2}? com (?:os "
        r"meninos|os garotos|os caras|os moleques|ele|eles|todo mundo|os mais velhos)\b"
    ),
    "de": (
        r"\b(?:jeder|alle|die ganze schule|die ganze klasse) (?:\w+ )?(?:weiss|wissen) (?:was|wie) du "
        r"(?:\w+ ){0,2}?mit (?:den jungs|den typen|jungs|ihm|denen|allen|den alteren)(?: \w+)? "
        r"(?:machst|treibst|gemacht|getrieben|anstellst)\b"
    ),
    "ru": (
        r"\b(?:все|вся школа|весь класс) (?:\S+ )?знают,? (?:что|чем) ты (?:\S+ )?(?:делаешь|делала|"
        r"занимаешься|занималась) с (?:пацанами|парнями|мальчиками|ним|ними|всеми|старшими)"
        r"(?=\s|$|[.!?])"
    ),
    "ar": (
        r"(?:الكل|كل المدرسه|كل البنات|كلهم) (?:\S+ )?(?:يعرف|يعرفون|عارفين|داري|يدري|يدرون) (?:\S+ )?"
        r"(?:وش|ايش|شو|ايه|اش) (?:تسوين|سويتي|بتعملي|عملتي|تعملي|تسويه) (?:\S+ )?مع (?:الشباب|العيال|"
        r"الاولاد|الرجال|الولاد)(?=\s|$|[.!?])"
    ),
    "hi": (
        r"\b(?:sabko|sab ko|poore school ko|puri class ko) pata hai (?:tu|tum) (?:\w+ ){0,2}?"
        r"(?:ladkon|ladko|launde|laundon|usse|unke)(?: \w+)? (?:ke saath|ke sath|sath|saath) kya "
        r"(?:karti|karta|karte|kiya)\b|सबको पता है (?:तू|तुम) (?:\S+ )?(?:लड़कों|लड़को) के साथ क्या "
        r"(?:करती|करता)"
    ),
    "tr": (
        r"\b(?:herkes|butun okul|tum okul|tum sinif) (?:\w+ ){0,2}?(?:erkeklerle|oglanlarla|onunla|"
        r"onlarla|abilerle) (?:\w+ ){0,2}?ne (?:yaptigini|yapiyorsun|yaptin)(?: \w+)? (?:biliyor|"
        r"biliyorlar|bilir)\b"
    ),
    "pl": (
        r"\b(?:wszyscy|cala szkola|cala klasa) (?:\w+ )?(?:wiedza|wie) (?:co|jak) (?:\w+ )?(?:robisz|"
        r"robilas|wyprawiasz) (?:\w+ )?z (?:chlopakami|facetami|nim|nimi|wszystkimi|starszymi)\b"
    ),
    "id": (
        r"\b(?:semua orang|semua|satu sekolah|satu kelas|sekelas) (?:\w+ )?(?:tau|tahu) (?:lo|lu|"
        r"kamu|elu) (?:\w+ )?(?:ngapain|ngapa|ngelakuin apa|berbuat apa)(?: aja)? (?:\w+ )?(?:sama|"
        r"dengan|ama|bareng) (?:cowok|cowo|mereka|dia|om om|laki)\w*"
    ),
}

_CLOTHES_WORDS = ("shirt top tshirt clothes bra hoodie jumper sweater pants trousers shorts jeans skirt "
                  "dress swimsuit bikini towel underwear boxers anything clothing")
# per language: (pattern, triggers, second gate)
_UNDRESS: dict[str, tuple[str, str, str]] = {
    "en": (_EN, "without minus w naked nude nothing less shirtless topless " + _CLOTHES_WORDS,
           "bet betting probably surely sure think youd would send show snap dm post"),
    "de": (_DE, "ohne", "siehst sahst wurdest bist schick schicke zeig send"),
    "es": (_ES, "sin", "seguro apuesto fijo seguramente ves verias luces mandame manda pasame enviame "
                       "envia mostrame muestrame ensename"),
    "fr": (_FR, "sans", "parie sur surement jsuis envoie envoi montre balance envoies"),
    "pt": (_PT, "sem", "aposto certeza deve manda mande envia mostra"),
    "it": (_IT, "senza", "scommetto sicuro sicuramente mandami manda mandamene inviami mostrami fammi"),
    "ru": (_RU, "без", "лучше красивее горячее сексуальнее скинь пришли отправь покажи кинь сфоткаи "
                       "сфоткаися"),
    "ar": (_AR, "بدون بلا غير", "اكيد اكيده اراهن احلي اجمل احسن ازين احلا ارسلي ارسل ابعتي ابعت صوري صور "
                              "وريني دزي دز طرشي"),
    "hi": (_HI, "bina बिना", ""),
    "tr": (_TR, "tisortsuz ustsuz ciplak kiyafetsiz sutyensiz gomleksiz", ""),
    "pl": (_PL, "bez", "lepiej ladniej seksowniej gorecej wyslij pokaz przeslij podeslij wysli"),
    "id": (_ID, "tanpa pake", "pasti kayaknya kirim kirimin send pap fotoin liatin"),
}
# per language: the verbs of knowing (triggers) and "everyone" (second gate; the
# two gates are interchangeable, the rarer one is the trigger)
_RUMOUR_WORDS: dict[str, tuple[str, str]] = {
    "en": ("knows know", "everyone everybody whole all"),
    "it": ("sanno sa", "tutti tutta"),
    "es": ("saben sabe", "todos todo toda"),
    "fr": ("sait sais", "tout toute"),
    "pt": ("sabe sabem", "todo toda todos"),
    "de": ("jeder alle ganze", "weiss wissen"),  # "wissen" is common: "everyone" triggers
    "ru": ("знают", "все вся весь"),
    "ar": ("يعرف يعرفون عارفين داري يدري يدرون", "الكل كل كلهم"),
    "hi": ("pata पता", "sabko sab poore puri सबको"),
    "tr": ("biliyor biliyorlar bilir", "herkes butun tum"),
    "pl": ("wiedza wie", "wszyscy cala"),
    "id": ("tau tahu", "semua satu sekelas"),
}

RULES: list[Rule] = [
    *(rule("sexual:request", "sexual", triggers, pattern, requires=gate)
      for pattern, triggers, gate in _UNDRESS.values()),
    zrule("sexual:request", "sexual", "穿 脱 光",
          r"不穿(?:衣服|上衣|t恤)?[^。!?]{0,6}?(?:更好看|更帅|更美|更性感)|(?:发|拍|给我看)[^。!?]{0,8}?"
          r"(?:不穿|光着|脱了|没穿)(?:衣服|上衣)?|(?:不穿|光着|脱了)(?:衣服|上衣)?[^。!?]{0,4}?的?"
          r"(?:照片|自拍|图)"),
    *(rule("bullying:sexual_rumour", ("bullying", "sexual"), triggers,
           r"(?:" + _RUMOUR[lang] + r")" + _ACTIVITY, requires=gate)
      for lang, (triggers, gate) in _RUMOUR_WORDS.items()),
    zrule("bullying:sexual_rumour", ("bullying", "sexual"), "知",
          r"(?:大家|全校|全班|谁)都知道你(?:跟|和|与)(?:男生|男的|那些男|他们|他)[^。!?]{0,6}?(?:干了什么|"
          r"做了什么|干什么|做什么|那些事|的事)"),
]
