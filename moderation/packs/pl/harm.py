"""Polish harm rules: insults and exclusion aimed at a person, threats,
sextortion and sexual requests.  Bare insult words ("głupie zadanie",
"jestem głupia") are no rule: the insult is said to someone ("jesteś",
a vocative "ty debilu", "zamknij się") or the group is told to shut
someone out."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import GAME, NO_THIRD

_ADJ = (
    r"(?:glupia|glupi|brzydka|brzydki|gruba|gruby|beznadziejna|beznadziejny|zalosna|zalosny|"
    r"obrzydliwa|obrzydliwy|tepa|tepy|pusta|pusty|okropna|okropny|zerem|debilem|debilka|"
    r"idiotka|idiota|idiotem|frajerem|frajerka|nieudacznikiem|nieudacznica|kretynem|kretynka|"
    r"grubasem|grubaska|smieciem|pasozytem|dziwadlem|swinia|krowa|porazka|zartem|nikim|"
    r"biedakiem|biedaczka|brudasem|brudaska|smierdzielem)"
)
# vocatives: only ever said to someone
_VOC = (
    r"(?:debilu|idioto|kretynie|frajerze|grubasie|grubasko|krowo|swinio|smieciu|zero|"
    r"nieudaczniku|brzydalu|glupku|glupia krowo|pajacu|dzbanie|biedaku|brudasie|"
    r"smierdzielu|szmato|pasozycie|dziwolagu|pokrako|lamusie|cwelu)"
)

HARM: list[Rule] = [
    # -- insults aimed at a person ---------------------------------------------
    rule("bullying:insult", "bullying",
         "jestes jestescie",
         r"(?<!nie )(?<!\bczy )\b(?:ty )?(?:jestes|jestescie) (?:taka |taki |totalnym |totalna |"
         r"strasznie |tak |ale |po prostu |naprawde |zwyklym |zwykla |kompletnym |kompletna |"
         r"serio |najwiekszym |najwieksza )*" + _ADJ + r"\b(?! (?:\w+ )?(?:jesli|jezeli|w tej grze"
         r"|w grze|ze sie)\b)"),
    rule("bullying:insult", "bullying",
         "ty zamknij spadaj spieprzaj wypad odwal zjezdzaj",
         r"\b(?:ty|zamknij sie|spadaj|spieprzaj|wypad|odwal sie|zjezdzaj|hej|ej|sluchaj) "
         r"(?:\w+ )?(?:glupi |glupia |gruby |gruba |brzydki |brzydka |pierdolony |jebany |"
         r"jebana )?" + _VOC + r"\b",
         requires="debilu idioto kretynie frajerze grubasie grubasko krowo swinio smieciu zero "
                  "nieudaczniku brzydalu glupku pajacu dzbanie biedaku brudasie smierdzielu szmato "
                  "pasozycie dziwolagu pokrako lamusie cwelu"),
    # a people's name as a vocative after "ty": "wypad z naszej klasy ty cyganie" ("Cyganie"
    # alone, the plural, is the people; masked, "c*ganie", the lexicon takes it as a slur)
    rule("bullying:insult", "bullying", "cyganie cyganko murzynie",
         r"\bty (?:\w+[yi] )?(?:cyganie|cyganko|murzynie)\b"),
    rule("bullying:exclusion", "bullying",
         "nienawidza nienawidzi lubi chce nikt wszyscy gada gadajcie odzywajcie wywalcie "
         "zapraszajcie",
         r"\b(?:wszyscy|cala klasa|cala szkola) (?:\w+ )?(?:cie|ciebie|was) (?:\w+ )?"
         r"(?:nienawidza|nienawidzi)\b|\bnikt (?:cie|ciebie) (?:\w+ )?nie (?:lubi|chce|kocha|"
         r"zaprosi|potrzebuje)\b|\bnikt nie chce sie z toba (?:\w+ )?(?:przyjaznic|kolegowac|gadac|"
         r"siedziec)\b|"
         r"\b(?:jutro |od jutra |od dzis |od teraz )?nikt (?:\w+ )?(?:z nia|z nim|do niej|do niego) "
         r"(?:\w+ )?nie (?:gada|rozmawia|odzywa sie|siada|gra)\b|"
         r"\bnie (?:odzywajcie sie|gadajcie|rozmawiajcie|siadajcie) (?:\w+ )?(?:do niej|do niego|z nia|"
         r"z nim|z tym|z ta)\b|"
         r"\b(?:wywalcie|wyrzuccie|usuncie) (?:ja|go|te|tego|ta) (?:\w+ )?(?:z grupy|z czatu|z "
         r"klasy|z druzyny)\b(?! (?:\w+ )?(?:bo spamuje|spam|bota))|"
         r"\bnie zapraszajcie (?:jej|go|tej|tego)\b|\bnikt cie tu nie chce\b"),
    # -- threats -----------------------------------------------------------------
    rule("threat:violence", "threat",
         "zabije pobije dorwe znajde zalatwie polamie rozwale pozalujesz wiem czekam",
         # "zabiję cię" (the stripped "zabije" is also "she will kill"): no third person before
         NO_THIRD + r"(?:ja )?(?:cie|ciebie|was) (?:\w+ )?(?:zabije|pobije|dorwe|zalatwie|rozwale|"
         r"zajebie|wpierdole)\b" + GAME + r"|"
         + NO_THIRD + r"(?:ja )?(?:zabije|pobije|dorwe|znajde|zalatwie|rozwale|zajebie|wpierdole) "
         r"(?:cie|ciebie|was)\b" + GAME + r"(?! (?:\w+ )?(?:w (?:chowanego|berka)|na mapie))|"
         r"\bpolamie ci (?:\w+ )?(?:nogi|rece|kosci|zeby)\b|"
         r"(?<!ze )\bpozalujesz\b(?! (?:\w+ )?(?:ze nie|jak nie|jesli nie|ze tego nie))|"
         r"\bwiem gdzie (?:mieszkasz|chodzisz do szkoly|jest twoj dom)\b|"
         r"\bczekam na ciebie (?:po szkole|po lekcjach|pod szkola|pod domem)\b"
         r"(?=[^.!?]{0,40}\b(?:dostaniesz|zobaczysz|pozalujesz|lepiej|uwazaj)\b)"),
    # "połamię ci łapy", "wybiję ci zęby", "rozwalę ci łeb", "dźgnę cię nożem", "nie uciekniesz mi",
    # "jutro jesteś trupem" ("wybiję ci to z głowy" is to talk someone out of it: "głowy" is no body here)
    rule("threat:violence", "threat",
         "polamie zlamie wybije rozwale skopie obije rozkwasze rozbije wykrece urwe przetrace "
         "dzgne zadzgam pochlastam potne uciekniesz trupem martwy",
         NO_THIRD + r"(?:ja )?(?:polamie|polamiemy|zlamie|wybije|wybijemy|rozwale|skopie|obije|"
         r"rozkwasze|rozbije|wykrece|urwe|przetrace|poprzetracam|polamie) ci (?:\w+ ){0,2}?(?:nogi|"
         r"noge|rece|reke|lapy|lape|kosci|zeby|leb|morde|ryj|nos|szczeke|kark|palce|dupe|tylek|"
         r"gebe|pysk|zebra|kolana|glowe)\b" + GAME + r"|"
         + NO_THIRD + r"(?:ja )?(?:(?:dzgne|zadzgam|pochlastam|potne) cie|cie (?:\w+ )?(?:dzgne|"
         r"zadzgam|pochlastam|potne))\b" + GAME + r"|"
         r"\b(?:nie uciekniesz mi|mi nie uciekniesz|nie uciekniesz przede mna)\b|"
         r"\b(?:jutro|po szkole|po lekcjach|po wf ie|po wfie) (?:\w+ )?(?:jestes|bedziesz) (?:\w+ )?"
         r"(?:trupem|martwy|martwa)\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "rozesle wysle pokaze wrzuce udostepnie opublikuje zobaczy zobacza",
         r"\b(?:rozesle|wysle|pokaze|wrzuce|udostepnie|opublikuje) (?:\w+ ){0,2}?(?:twoje|twoja|"
         r"twoj|twoich) (?:\w+ )?(?:zdjeci\w*|fot\w*|nudes\w*|nudk\w*|filmik\w*|wiadomosci|"
         r"screeny|screen\w*|rozmow\w*)\b[^.!?]{0,40}?(?:wszystkim|calej|rodzicom|mamie|w necie|"
         r"do internetu|na grupe|klasie)|"
         r"\bjesli nie (?:wyslesz|zaplacisz|przelejesz|zrobisz)\b[^.!?]{0,50}?\b(?:rozesle|wysle|"
         r"pokaze|wrzuce|opublikuje|pozalujesz)\b"),
    # -- sexual requests ---------------------------------------------------------
    rule("sexual:request", "sexual",
         "rozbierz rozbierzesz zdejmij pokaz wyslij nudesa nudesy nudeska masz sobie dziewica "
         "prawiczkiem cycki",
         r"\b(?:rozbierz sie|rozbierzesz sie|rozbieraj sie)\b|\bzdejmij (?:\w+ )?(?:koszulke|bluzke|"
         r"stanik|majtki|spodnie|ubranie|ciuchy)\b|\b(?:pokaz|wyslij|daj) (?:mi )?(?:swoje |twoje )?"
         r"(?:cycki|piersi|tylek|dupe|majtki|cialo|nudesa|nudesy|nudeska|nudeski|nudy)\b|"
         r"\b(?:wyslij|pokaz|daj) (?:mi )?(?:zdjecie|fotke|picture) (?:w bieliznie|w staniku|w "
         r"majtkach|bez ubrania|nago|w stroju kapielowym|bez koszulki)\b|"
         r"\bco (?:teraz )?masz na sobie\b ?\?|\bjestes (?:jeszcze )?(?:dziewica|prawiczkiem)\b"),
    # -- a weapon brought with a consequence for a group ("przyniosę broń taty i wszyscy zapłacą")
    rule("threat:weapon", "threat", "bron pistolet noz strzelbe karabin maczete",
         r"\b(?:przyniose|wezme|zabiore|przytargam|przyjde z) (?:\w+ ){0,3}?(?:bron|pistolet|noz|"
         r"nozem|strzelbe|karabin|maczete|bronia|pistoletem)\b(?! (?:\w+ )?(?:na (?:lekcje|biwak|"
         r"piknik)|do (?:chleba|ciasta|kanapek)))[^?]{0,50}?\b(?:(?:(?:wszyscy|oni) (?:\w+ )?)?(?:zaplaca|"
         r"pozaluja|odpowiedza)|zobacza(?= ?(?:[.!]|$))|"
         r"(?:wszyscy|oni) (?:\w+ )?zobacza|(?:zaplaca|pozaluja|zobacza) (?:wszyscy|oni)|wszystkich "
         r"(?:\w+ )?(?:zastrzele|zabije|powystrzelam))\b"),
    # "ale z ciebie pedał", "jaki z ciebie frajer": "z ciebie" + an insult is always
    # said to someone ("pedał" is left out of the lexicon: it also means a pedal;
    # "ale z ciebie kozak" is praise)
    rule("bullying:insult", "bullying", "ciebie",
         r"\b(?:ale|alez|jaki|jaka|niezly|niezla|straszny|straszna|totalny|totalna)? ?z ciebie "
         r"(?:jest )?(?:\w+ )?(?:pedal|pedzio|ciota|cwel|debil|idiota|kretyn|frajer|lamus|przegryw|"
         r"dzban|pajac|glupek|nieudacznik|smiec|szmata|dziwka|kurwa|swinia|grubas|brzydal|dziwak|"
         r"zero|nikt|osiol|baran|matol|tluk|gnojek|gowniarz|pizda|chuj|ciul|leszcz|prostak)\b"),
    # the homophobic slurs as a vocative ("ty pedale jeden", "spadaj cioto"): the vocative
    # case is only ever said to someone ("na pedale" is the pedal's locative, with no "ty")
    rule("slur:vocative", "slur", "pedale cioto cwelu pedziu",
         r"\b(?:ty|wy|spadaj|spierdalaj|zamknij sie|zamknij ryj|wynocha|idz|won|odwal sie|sluchaj)"
         r"(?: \w+)? (?:pedale|cioto|cwelu|pedziu)\b"),
]
