"""Surveillance threats: the writer shows he watches the reader's home or
movements, and warns (appended to `harm.RULES`).

"nice red door on your house btw, saw you walk in at 4, keep talking and
see what happens", "ich weiß wann du aus dem Bus steigst. mach weiter so und
schau was passiert", "te vi entrar a las 4, sigue hablando y verás", "я
знаю во сколько ты выходишь из дома. продолжай и увидишь", "شفتك داخل
الساعة ٤، كمل كلامك وشوف وش بيصير", "看到你四点进去了，继续说试试看".  No word
of it is a threat; the pair is.  In en de es fr pt it ru ar zh hi tr pl id:

* knowledge: "(I) saw you walk in / leave / at the bus stop", "I know what
  time / when / which window", "nice door / curtains (on your house)", "you
  get off the bus at 3:15";
* a warning: "keep talking / snitching", "(and) see what happens", "you'll
  see", "watch yourself", "one more word", "or else", "would be a shame if",
  "last warning", "I'm watching you".

Either alone passes: "nice door colour, saw it when I walked past", "saw you
leave school at 3, why didn't you wait?", "see what happens if you mix
baking soda and vinegar", "keep talking, I'm listening".  Praise is not a
warning ("mach weiter so", "sigue así", "keep it up" alone); only its
threatening continuation is ("... und schau was passiert", "... y ya
verás").  Frames excuse reports and quotes as for every harm rule.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_KNOW: dict[str, str] = {
    "en": (
        r"\b(?:saw|seen|watched|spotted|followed) (?:you|u) (?:\w+ )?(?:walk|walking|leave|leaving|"
        r"left|home|go in|going in|get off|getting off|come out|coming out|come home|coming home|get home|"
        r"getting home|at the bus stop|at the station|through (?:the|your) window|in (?:your|the) "
        r"window|in your garden|enter|entering|arrive|arriving|lock|locking)\b|"
        r"\bi (?:know|knw) (?:exactly )?(?:what time|when|where|which (?:window|house|room|bus|door|car|"
        r"way|flat)|your (?:route|address|house|bus|street|door)|you (?:walk|get|leave|go|come|take|"
        r"sleep|are home))\b|"
        r"\b(?:door|curtains|windows?|garden|driveway|porch|fence|car|bike)(?: \w+){0,4}? (?:on|of|at|"
        r"outside|in front of) (?:your|ur) (?:house|home|place|flat)\b|"
        r"\b(?:nice|cute|lovely|pretty) (?:\w+ ){0,2}?(?:curtains|house on \w+ (?:street|st|road|rd|"
        r"avenue|lane|drive|close))\b|"
        r"\b(?:your|ur) (?:mums|moms|dads|mum s|mom s|dad s|sisters|brothers) (?:car|bike) is the\b|"
        r"\byou (?:walk|get off|leave|get home|go home|come home|walk home|take the bus)(?: \w+){0,3}? "
        r"(?:at|around|every) (?:\d{1,2}|for|to|morning|night|day)\b"
    ),
    "de": (
        r"\b(?:hab|habe) (?:\w+ )?(?:gesehen|beobachtet) wie du\b|\b(?:hab|habe) dich (?:\w+ ){0,4}?"
        r"(?:gesehen|beobachtet)\b|\bich weiss (?:\w+ )?(?:wann|wo|welches|welche|welcher|um wie viel "
        r"uhr) (?:du|dein|deine)\b|\b(?:tur|haustur|fenster|vorhange|garten|einfahrt|auto)(?: \w+)"
        r"{0,3}? (?:an|von|vor) (?:deinem|eurem) haus\b|\b(?:schone|nette|hubsche|coole) (?:\w+ )?"
        r"(?:tur|haustur|vorhange|einfahrt)\b|\bdu (?:gehst|kommst|fahrst|steigst|verlasst)(?: \w+)"
        r"{0,4}? (?:um|jeden) (?:\d{1,2}|for|to|morgen|tag|abend)\b"
    ),
    "es": (
        r"\bte vi (?:\w+ ){0,2}?(?:entrar|salir|llegar|caminar|volver|irte|entrando|saliendo|llegando|"
        r"caminando|en la parada|por la ventana)\b|\b(?:se|yo se) (?:a que hora|cuando|donde|por "
        r"donde) (?:sales|llegas|vuelves|entras|vives|pasas)\b|\b(?:bonita|linda|bonito|lindo|bonitas|"
        r"lindas) (?:\w+ )?(?:puerta|ventana|cortinas)\b|\b(?:puerta|ventana|cortinas)(?: \w+){0,4}? "
        r"de tu casa\b"
    ),
    "fr": (
        r"\bje t'?ai vue? (?:\w+ )?(?:rentrer|sortir|entrer|partir|marcher|passer|arriver|a l'arret|"
        r"par la fenetre)\b|\bje sais (?:\w+ )?(?:a quelle heure|quand|ou|par ou) (?:tu|ta|ton)\b|"
        r"\b(?:jolie|belle|joli|beau|jolis|beaux) (?:\w+ )?(?:porte|fenetre|rideaux|portail)\b|"
        r"\b(?:porte|fenetre|rideaux|portail)(?: \w+){0,3}? chez toi\b"
    ),
    "pt": (
        r"\bte vi (?:\w+ )?(?:entrando|saindo|chegando|indo|voltando|andando|no ponto|pela janela)\b|"
        r"\b(?:eu )?sei (?:\w+ )?(?:que horas|a que horas|quando|onde|por onde) (?:voce|tu|video call) "
        r"(?:sai|chega|volta|entra|mora|passa)\b|\b(?:bonita|linda|bonito|lindo) (?:a |o )?(?:\w+ )?"
        r"(?:porta|janela|cortina|cortinas|portao)\b|\b(?:porta|janela|cortina|portao)(?: \w+){0,3}? "
        r"da (?:tua|sua) casa\b"
    ),
    "it": (
        r"\bti ho vist[oa] (?:\w+ )?(?:entrare|uscire|tornare|camminare|arrivare|alla fermata|dalla "
        r"finestra)\b|\b(?:io )?so (?:\w+ )?(?:a che ora|quando|dove|per dove) (?:esci|arrivi|torni|"
        r"entri|abiti|vivi|passi)\b|\b(?:bella|bello|carina|carino) (?:la |il )?(?:\w+ )?(?:porta|"
        r"finestra|tende|cancello)\b|\b(?:porta|finestra|tende|cancello)(?: \w+){0,3}? di casa tua\b"
    ),
    "ru": (
        r"\bвидела?,? как ты (?:\S+ )?(?:зашел|заходил|вышел|выходил|шел|шла|зашла|вышла|возвращал\w*|"
        r"заходила|выходила)(?=\s|$|[.!?])|\bвидела? тебя (?:\S+ ){0,3}?(?:у подъезда|у дома|в окне|"
        r"на остановке)(?=\s|$|[.!?])|\bя знаю,? (?:\S+ )?(?:во сколько|когда|где|в каком|какое|"
        r"какои) (?:ты|твое|твои|твоя)(?=\s|$|[.!?])|\b(?:красивая|классная|милая|красивые) (?:\S+ )?"
        r"(?:дверь|шторы|занавески)(?=\s|$|[.!?])|\bу твоего (?:дома|подъезда)(?=\s|$|[.!?])"
    ),
    "ar": (
        r"شفتك (?:\S+ )?(?:داخل|داخله|طالع|طالعه|رايح|رايحه|راجع|راجعه|تمشي|تمشين|تدخل|تطلع|تطلعين|"
        r"في الشباك|عند الباب)(?=\s|$|[.!?])|(?:اعرف|عارف|ادري|اعرفك) (?:\S+ )?(?:متي|وين|فين|كم "
        r"الساعه|الساعه كم|اي ساعه) (?:\S+ )?(?:تطلع|تطلعين|ترجع|ترجعين|تروح|تروحين|تدخل|تسكن|ساكن|"
        r"ساكنه|بيتك|بيتكم)(?=\s|$|[.!?])|(?:باب|شباك) (?:بيتكم|بيتك|غرفتك)(?=\s|$|[.!?])"
    ),
    "hi": (
        r"\b(?:tujhe|tumhe|tereko|tumko)(?: \w+){0,4}? (?:jaate|aate|nikalte|ghuste|jate) (?:hue )?"
        r"dekha\b|\b(?:jaate|aate|nikalte|ghuste|jate) (?:hue )?dekha\b|\bpata hai (?:tu|tum) "
        r"(?:kitne baje|kab|kahan|kis time)\b|\btere ghar (?:ka|ki|ke) (?:darwaza|darwaja|khidki|"
        r"parde|gate)\b|तुझे (?:\S+ ){0,4}?(?:जाते|आते|निकलते|घुसते) (?:हुए )?देखा|(?:जाते|आते|निकलते|"
        r"घुसते) (?:हुए )?देखा|पता है (?:तू|तुम) (?:कितने बजे|कब|कहाँ)|तेरे घर (?:का|की|के) "
        r"(?:दरवाज़ा|दरवाजा|खिड़की|पर्दे)"
    ),
    "tr": (
        r"\b(?:girdigini|ciktigini|geldigini|yurudugunu|bindigini|indigini|dondugunu|girerken|"
        r"cikarken) (?:\w+ )?gordum\b|\bseni (?:\w+ ){0,3}?(?:gordum|izledim|takip ettim)\b|"
        r"\b(?:kacta|ne zaman|saat kacta|nerede|hangi saatte)(?: \w+){0,3}? (?:biliyorum|bilirim)\b|"
        r"\b(?:evinin|evinizin) (?:\w+ )?(?:kapisi|penceresi|perdeleri|bahcesi)\b"
    ),
    "pl": (
        r"\bwidzial(?:em|am) (?:\w+ )?jak (?:\w+ )?(?:wchodzi|wychodzi|wraca|idzie|szedl|szla)\w*|"
        r"\bwidzial(?:em|am) cie (?:\w+ ){0,3}?(?:pod|przy|w oknie|na przystanku)\b|\bwiem (?:\w+ )?"
        r"(?:o ktorej|kiedy|gdzie|ktore okno|ktoredy) (?:\w+ )?(?:wychodzisz|wracasz|mieszkasz|"
        r"chodzisz|jezdzisz|twoje)\b|\b(?:ladne|fajne|ladna|fajna) (?:\w+ )?(?:drzwi|zaslony|"
        r"firanki|brame)\b|\b(?:drzwi|okno|zaslony)(?: \w+){0,3}? (?:w twoim|twojego) dom\w*"
    ),
    "id": (
        r"\b(?:liat|lihat|ngeliat|ngelihat) (?:lo|lu|kamu|elu|km) (?:\w+ )?(?:masuk|keluar|pulang|"
        r"jalan|nunggu|di halte|di jendela)\b|\b(?:gue|aku|gw|gua) (?:tau|tahu) (?:\w+ )?(?:jam "
        r"berapa|kapan|dimana|di mana) (?:\w+ )?(?:lo|lu|kamu|km)\b|\b(?:pintu|jendela|gorden|pagar)"
        r"(?: \w+){0,3}? rumah (?:lo|lu|kamu|km|elu)\b"
    ),
}

_WARN: dict[str, str] = {
    "en": (
        r"\bkeep (?:talking|snitching|reporting|running your mouth|ignoring me|mouthing off|talking "
        r"shit|running ur mouth)\b|\bkeep (?:it up|going) (?:and|&) (?:see|watch|find out|you will see|"
        r"you'll see)\b|\bsee what happens\b(?! (?:if|when) (?:you )?(?:mix|add|put|drop|combine|"
        r"press|click|try))|\bwatch (?:yourself|your back|your step|it)\b|\bthink about that\b|"
        r"\bone more (?:word|message|report)\b|\bor else\b|\b(?:would|be) (?:a )?shame if\b|"
        r"\b(?:something|anything) (?:bad )?(?:happened|happens|happening) to (?:you|it|your)\b|"
        r"\byou (?:have been|were|are) warned\b|\blast warning\b|\b(?:i am|we are) (?:always )?"
        r"watching (?:you)?\b|\bcareful (?:what you say|who you talk to)\b"
    ),
    "de": (
        r"\bred (?:\w+ )?weiter\b|\b(?:schau|guck|sieh|mal sehen|sehen|siehst du)(?: \w+){0,2}? was "
        r"(?:dann )?passiert\b|\bdu wirst (?:schon |dann )?sehen\b|\bnoch ein wort\b|\bein wort "
        r"noch\b|\bware (?:doch )?schade wenn\b|\bich beobachte dich\b|\bletzte warnung\b|\bsonst "
        r"(?:passiert|gibts|knallts)\b"
    ),
    "es": (
        r"\bsigue (?:hablando|con eso|diciendo|abriendo la boca|de chivato|chivandote)\b|"
        r"\b(?:you|ya) veras\b|\bveras lo que pasa\b|\b(?:a ver|mira) (?:lo )?que pasa\b(?! (?:si|"
        r"cuando|why|y) )|\buna palabra mas\b|\bseria una pena que\b|\bte estoy vigilando\b|"
        r"\bcuidadito\b|\bultimo aviso\b"
    ),
    "fr": (
        r"\bcontinues? (?:de|a) (?:parler|balancer|m'ignorer|faire le malin)\b|\btu (?:vas voir|"
        r"verras)\b|\bon (?:va )?verra ce qui\b|\bun mot de plus\b|\bencore un mot\b|\bce serait "
        r"dommage (?:qu|si)\b|\bje te surveille\b|\bfais gaffe a toi\b|\bdernier avertissement\b"
    ),
    "pt": (
        r"\bcontinua (?:falando|a falar|dedurando|me ignorando)\b|\bve o que acontece\b|"
        r"\b(?:vai|vais) ver (?:so|o que)\b|\bpra (?:tu |voce )?ver\b|\bmais uma palavra\b|\bseria "
        r"uma pena se\b|\bto de olho em (?:voce|tu|ti|video call)\b|\bultimo aviso\b"
    ),
    "it": (
        r"\bcontinua (?:a parlare|a fare la spia|a ignorarmi)\b|\bvedi (?:cosa|che) succede\b|"
        r"\bvedrai\b|\bun'?altra parola\b|\bancora una parola\b|\bsarebbe un peccato se\b|\bti tengo "
        r"d'?occhio\b|\bti sto osservando\b|\bultimo avvertimento\b"
    ),
    "ru": (
        r"\bпродолжаи (?:болтать|говорить|стучать|в том же духе)(?=\s|$|[.!?])|\bпосмотрим,? что "
        r"будет(?=\s|$|[.!?])|\bувидишь(?=\s|$|[.!?])|\bеще одно слово(?=\s|$|[.!?])|\bбыло бы "
        r"жаль(?=\s|$|[.!?])|\bсмотри у меня(?=\s|$|[.!?])|\bя слежу за тобои(?=\s|$|[.!?])"
    ),
    "ar": (
        r"كملي? (?:كلامك|كلامج|هرجك|حكيك)(?=\s|$|[.!?])|و?شوفي? (?:وش|ايش|شو|شنو|ايه|اش) (?:بيصير|"
        r"راح يصير|يصير|رح يصير|حيحصل|هيحصل)(?=\s|$|[.!?])|و?(?:بتشوف|راح تشوف|حتشوف|هتشوف|"
        r"بتشوفين|رح تشوف)(?=\s|$|[.!?])|كمل وشوف|كلمه زياده|انا اراقبك|عيني عليك|اخر تحذير"
    ),
    "hi": (
        r"\b(?:bolta|bolti|bolte) (?:reh|rah|raho)\b|\bdekh(?:na)? kya hota hai\b|\bphir dekh(?:na| "
        r"lena)\b|\bek aur shabd\b|\bnazar hai (?:tujh|tum) par\b|\baakhri warning\b|(?:बोलता|बोलती) "
        r"(?:रह|रहो)|देख(?:ना)? क्या होता है|फिर देखना|नज़र है|नजर है|आख़िरी चेतावनी|आखिरी चेतावनी"
    ),
    "tr": (
        r"\bkonusmaya devam et\b|\b(?:gor|bak) (?:bak )?ne (?:oluyor|olacak)\b|\bgorursun\b|"
        r"\bbir kelime daha\b|\byazik olur\b|\bseni izliyorum\b|\bson uyari\b"
    ),
    "pl": (
        r"\bgadaj dalej\b|\bzobaczysz\b|\bzobaczymy co (?:bedzie|sie stanie)\b|\bjeszcze jedno "
        r"slowo\b|\bszkoda by bylo\b|\bobserwuje cie\b|\bmam cie na oku\b|\bostatnie ostrzezenie\b"
    ),
    "id": (
        r"\bterus(?:in)? aja ngomong\b|\b(?:liat|lihat) (?:aja )?(?:apa yang terjadi|nanti|ntar|"
        r"akibatnya)\b|\bawas (?:lo|lu|kamu|aja)\b|\bsatu kata lagi\b|\b(?:gue|gw) (?:awasin|pantau) "
        r"(?:lo|lu|kamu)\b|\bperingatan terakhir\b"
    ),
}

# per language: words one of which every knowledge cue contains and words one
# of which every warning contains (the rule's triggers: fewer messages have one)
_WORDS: dict[str, tuple[str, str]] = {
    "en": ("saw seen watched spotted followed know knw door curtains window windows garden driveway "
           "porch fence car bike house mums moms dads mum mom dad sisters brothers walk get leave "
           "home take",
           "keep happens watch think word message report else shame happened happening warned "
           "warning watching careful"),
    "de": ("hab habe weiss tur haustur fenster vorhange garten einfahrt auto schone nette hubsche "
           "coole gehst kommst fahrst steigst verlasst",
           "red weiter passiert sehen wort schade beobachte warnung sonst"),
    "es": ("vi se puerta ventana cortinas bonita linda bonito lindo bonitas lindas",
           "sigue veras pasa palabra pena vigilando cuidadito aviso"),
    "fr": ("vu vue tai sais jolie belle joli beau jolis beaux porte fenetre rideaux portail",
           "continue continues voir verras verra mot dommage surveille gaffe avertissement"),
    "pt": ("vi sei bonita linda bonito lindo porta janela cortina portao",
           "continua acontece ver palavra pena olho aviso"),
    "it": ("visto vista so bella bello carina carino porta finestra tende cancello",
           "continua succede vedrai parola peccato occhio osservando avvertimento"),
    "ru": ("видел видела знаю красивая классная милая красивые твоего",
           "продолжаи посмотрим увидишь слово жаль смотри слежу"),
    "ar": ("شفتك اعرف عارف ادري اعرفك باب شباك",
           "كمل كملي شوف وشوف شوفي وشوفي بتشوف وبتشوف تشوف حتشوف هتشوف بتشوفين كلمه اراقبك عيني "
           "تحذير"),
    "hi": ("tujhe tumhe tereko tumko dekha pata tere तुझे देखा पता तेरे",
           "bolta bolti bolte dekh dekhna shabd nazar aakhri बोलता बोलती देख देखना नज़र नजर चेतावनी"),
    "tr": ("gordum seni biliyorum bilirim evinin evinizin",
           "konusmaya gor bak gorursun kelime yazik izliyorum uyari"),
    "pl": ("widzialem widzialam wiem ladne fajne ladna fajna drzwi okno zaslony",
           "gadaj zobaczysz zobaczymy slowo szkoda obserwuje oku ostrzezenie"),
    "id": ("liat lihat ngeliat ngelihat tau tahu pintu jendela gorden pagar",
           "ngomong nanti ntar akibatnya terjadi awas kata awasin pantau peringatan"),
}

# one rule per language: small alternations, and only the languages whose
# words the message has are tried
RULES: list[Rule] = [
    *(rule("threat:stalking", "threat", warn_words,
           r"(?:" + _KNOW[lang] + r").{0,200}?(?:" + _WARN[lang] + r")|(?:" + _WARN[lang]
           + r").{0,120}?(?:" + _KNOW[lang] + r")", requires=know_words)
      for lang, (know_words, warn_words) in _WORDS.items()),
    zrule("threat:stalking", "threat", "看 知 家 跟",
          r"(?:看到你[^。!?]{0,6}?(?:进|出|回|走|在)|我知道你(?:几点|什么时候|住|家|每天)|你家[^。!?]"
          r"{0,6}?(?:门|窗)|跟着你回家|跟踪你).{0,60}?(?:继续说|试试看|你就知道了|你会知道的|等着瞧|"
          r"小心点|我盯着你|后果自负)"),
]
