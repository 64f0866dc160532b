"""Someone else at risk right now, a fourth round (see
`selfharm_others_seen.py`): the tables of Russian, Polish, Turkish, Arabic
and Arabizi.

Why: the five forms of the round passed here too - a colloquial high place
("на крыше парковки", "na dachu bloku", "otoparkın çatısında", "سطح
العمارة") with a jump said in the present; fresh cuts seen or shown
("показала мне свежие порезы", "pokazała mi świeże cięcia", "kolundaki taze
kesikleri gösterdi", "وريتني جروحها") with a wish to die; the time before
the verb ("что сегодня она покончит", "że dziś się zabije"); large amounts
("кучу", "garść", "avuç dolusu", "كومة") and overdose symptoms ("не
просыпается", "nie mogę jej obudzić", "uyanmıyor", "ما يصحى"); locked in
with pills taken, the Egyptian Arabizi line of the round ("akhoya 2afel
3ala nafso fel 7ammam w bey2ool eno khad 7obob keteer"), whose person
("akhoya": kh, not one letter) and bathroom ("7ammam", a double m) the
older Arabizi tables did not read.

What passes: the older guards and everyday words of each language, with
medicine for a cold, an allergy or from the doctor, a tattoo, a cat's
scratches, grades, the pool and a game added here.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _rule
from .selfharm_others_acute_mideast import (
    _GUARD_AR,
    _LOTS_AR,
    _LOTS_TR,
    _PILLS_AR,
    _PILLS_TR,
    _TRIG_AR,
    _TRIG_TR,
    _UNREACH_AR,
    _UNREACH_MORE_AR,
    _UNREACH_MORE_TR,
    _UNREACH_TR,
    _WHO_AR,
    _WHO_MORE_AR,
    _WHO_MORE_TR,
    _WHO_TR,
)
from .selfharm_others_acute_slavic import (
    _GUARD_PL,
    _GUARD_RU,
    _LOTS_PL,
    _LOTS_RU,
    _PILLS_PL,
    _PILLS_RU,
    _TRIG_PL,
    _TRIG_RU,
    _UNREACH_MORE_PL,
    _UNREACH_MORE_RU,
    _UNREACH_PL,
    _UNREACH_RU,
    _WHO_MORE_PL,
    _WHO_MORE_RU,
    _WHO_PL,
    _WHO_RU,
)
from .selfharm_others_now_base import _NB, _now
from .selfharm_others_now_langs import (
    _A3,
    _A7,
    _ENDS_AR,
    _ENDS_AZ,
    _ENDS_PL,
    _ENDS_RU,
    _ENDS_TR,
    _EVERYDAY_AR,
    _EVERYDAY_AZ,
    _EVERYDAY_PL,
    _EVERYDAY_RU,
    _EVERYDAY_TR,
    _GUARD_TR_NOW,
    _PLACES_AR,
    _PLACES_AZ,
    _PLACES_PL,
    _PLACES_RU,
    _PLACES_TR,
    _TRIG_AZ,
    _UNREACH_AZ,
    _WHO_AZ,
    _WHO_NEW_TR,
)
from .selfharm_others_seen_eu import _tables

# -- ru ("й" reads "и") ---------------------------------------------------------------------------
_TOOK_RU = (
    r"(?:выпила|выпил|наглоталась|наглотался|съела|съел|проглотила|проглотил|приняла|принял|закинулась|"
    r"закинулся|нажралась|нажрался)"
)
_ACTS_RU = _tables(
    r"целую кучу|кучу|горсть|пригоршню|уиму|тонну|пол пачки|полпачки|пару пачек|дофига|дохрена|" + _LOTS_RU,
    _PILLS_RU, _TOOK_RU,
    r"(?:очень|сильно|совсем|какая то|какои то) (?:сонная|сонныи|вялая|вялыи|заторможенная|заторможенныи)|"
    r"(?:несет|говорит) (?:какую то )?(?:чушь|бред|ерунду)|не (?:могу|можем) (?:ее|его) разбудить|не "
    r"просыпается|(?:ее|его) (?:рвет|тошнит)|потерял\w* сознание|без сознания|(?:плохо|странно) дышит",
    r"что (?:сегодня|сеичас|этои ночью|ночью|прямо сеичас) (?:она |он )?(?:покончит с собои|кончает с собои|"
    r"убьет себя|убивает себя|повесится|вскроется)")
_SIGNS_RU = (
    r"(?:показала|показал|показывала|показывал) (?:мне|нам) (?:\S+ ){0,3}?(?:порезы|раны|шрамы)|(?:видела|"
    r"видел|увидела|увидел|видели) (?:\S+ ){0,3}?(?:порезы|раны)|(?:свежие|новые|глубокие|кровоточащие) "
    r"(?:порезы|раны)|(?:порезы|раны) на (?:руке|руках|запястьях|запястье|ногах|бедрах)"
)
_PLACES_SEEN_RU = (
    r"на (?:крыше|краю крыши|последнем этаже|самом верху) (?:\S+ )?(?:парковки|многоэтажки|дома|школы|"
    r"торгового центра|тц|высотки|стоянки|больницы)|" + _PLACES_RU
)
_ENDS_SEEN_RU = (
    r"(?:говорит|сказал|сказала|пишет|написал|написала) (?:что )?(?:она |он )?(?:прыгает|прыгнет|спрыгнет|"
    r"сиганет)(?! (?:\S+ ){0,3}?(?:в воду|в бассеин|в речку))|" + _TOOK_RU + r" (?:\S+ ){0,3}?(?:" + _PILLS_RU
    + r")|" + _ENDS_RU
)
_EVERYDAY_SEEN_RU = (
    r"аллерги\w*|простуд\w*|грипп\w*|антибиотик\w*|витамин\w*|по рецепту|врач\w*|тату\w*|пирсинг\w*|"
    r"царапин\w*|кошк\w*|кот\b|кота\b|котенок|готовил\w*|оценк\w*|антенн\w*|бассеин\w*|в игре|игра\b|"
    r"фильм\w*|сериал\w*|батут\w*|в воду|в прошлом году|упал\w*|велосипед\w*"
)
_TX_RU = (
    "таблет|колес|лекарств|снотворн|антидепрессант|пилюл|парацетамол|феназепам|emoji_pill|что сегодня|"
    "что сеичас|что этои|что ночью|что прямо|порез|раны|шрам|крыш|последнем этаже|самом верху|на краю|"
    "на мост|подоконник|перила|карниз|наверху|заперл|заперся|закрыл|заперт"
)

# -- pl ---------------------------------------------------------------------------------
_TOOK_PL = (
    r"(?:wziela|wzial|lyknela|lyknal|polknela|polknal|nalykala sie|nalykal sie|zazyla|zazyl|zarla|zarl|"
    r"wpierdzielila|wpierdzielil)"
)
_ACTS_PL = _tables(
    r"cala garsc|garsc|kupe|mase|od groma|multum|pol opakowania|pol paczki|kilka opakowan|z pol listka|"
    + _LOTS_PL, _PILLS_PL, _TOOK_PL,
    r"(?:bardzo|strasznie|mega|totalnie|jakis|jakas) (?:senna|senny|spiaca|spiacy|zamroczon\w+|otumanion\w+|"
    r"nieprzytomn\w+)|(?:gada|mowi) (?:bez sensu|od rzeczy|glupoty)|nie (?:moge|mozemy|mozna) (?:jej|go) "
    r"(?:obudzic|dobudzic)|nie (?:budzi sie|chce sie obudzic)|wymiotuje|zemdlal\w*|nieprzytomn\w+|(?:zle|"
    r"dziwnie|ciezko) oddycha",
    r"ze (?:dzis|dzisiaj|teraz|w nocy|tej nocy|zaraz)(?: w nocy)? (?:sie )?(?:zabije|zabija|powiesi|"
    r"ze soba skonczy|odbierze sobie zycie)\b")
_SIGNS_PL = (
    r"(?:pokazala|pokazal) (?:mi|nam) (?:\S+ ){0,3}?(?:rany|ciecia|rozciecia|sznyty|blizny)\b|(?:widzialam|"
    r"widzialem|zobaczylam|zobaczylem|widzielismy) (?:\S+ ){0,3}?(?:rany|ciecia|rozciecia|sznyty)\b|"
    r"(?:swieze|nowe|glebokie|krwawiace) (?:rany|ciecia|sznyty|rozciecia)\b|(?:rany|ciecia|sznyty) na "
    r"(?:rece|rekach|nadgarstkach|nadgarstku|nogach|udach)\b"
)
_PLACES_SEEN_PL = (
    r"na (?:dachu|dach|ostatnim pietrze|samej gorze|krawedzi dachu) (?:\S+ )?(?:parkingu|bloku|wiezowca|"
    r"szkoly|galerii|budynku|szpitala)\b|" + _PLACES_PL
)
_ENDS_SEEN_PL = (
    r"(?:mowi|powiedzial\w*|pisze|napisal\w*) (?:ze )?(?:\S+ )?(?:skacze|skoczy)\b(?! (?:\S+ ){0,3}?(?:do "
    r"wody|do basenu|do jeziora))|" + _TOOK_PL + r" (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|" + _ENDS_PL
)
_EVERYDAY_SEEN_PL = (
    r"alergi\w*|przezi\w*|grypa|grypy|antybiotyk\w*|witamin\w*|recept\w*|lekarz\w*|tatuaz\w*|piercing\w*|"
    r"zadrapan\w*|podrapal\w*|kot\b|kota\b|kotek|kotka|gotow\w*|ocen\w*|anten\w*|basen\w*|w grze|gra\b|"
    r"film\w*|serial\w*|trampolin\w*|do wody|w zeszlym roku|przewrocil\w*|rower\w*"
)
_TX_PL = (
    "tablet|pigul|lekow|leki|lekami|lekarstw|prochy|prochow|proszk|nasenn|antydepresant|paracetamol|ibuprom|"
    "apap|emoji_pill|ze dzis|ze teraz|ze w nocy|ze tej|ze zaraz|rany|ciecia|sznyty|blizny|na dach|pietrze|"
    "samej gorze|krawedzi|na moscie|na most|parapecie|barierce|na gorze|zamknel|zamknal|zamkniet|zamyka sie"
)

# -- tr ---------------------------------------------------------------------------------
_TOOK_TR = r"(?:icti\w*|icmis\w*|yuttu\w*|yutmus\w*|atti|atmis\w*|aldi|almis\w*|ictigini|yuttugunu|aldigini)"
_ACTS_TR = (
    r"(?:bir ton|tonla|avuc dolusu|avuc avuc|yarim kutu|kutuyla|yiginla|deli gibi|bi suru|bi avuc|"
    + _LOTS_TR + r") ?(?:\S+ ){0,2}?(?:" + _PILLS_TR + r") (?:\S+ ){0,2}?" + _TOOK_TR + r"|"
    r"(?:" + _PILLS_TR + r") (?:\S+ ){0,2}?" + _TOOK_TR + r" (?:\S+ ){0,12}?(?:(?:cok|asiri|fena|acayip) "
    r"(?:uykulu|sersem|halsiz)|sacmaliyor\w*|sacma sapan konusuyor\w*|uyandiramiyor\w*|uyanmiyor\w*|"
    r"kusuyor\w*|bayildi\w*|bilinci kapali|nefes alamiyor\w*)|"
    r"(?:bugun|bu gece|simdi|su an|birazdan) (?:kendini (?:oldurece\w*|asaca\w*|kesece\w*|oldurdugunu)|"
    r"intihar edece\w*)"
)
_SIGNS_TR = (
    r"(?:kesik\w*|yara\w*|jilet izleri\w*) (?:\S+ ){0,2}?gosterdi\w*|(?:taze|yeni|derin|kanayan) (?:kesik\w*|"
    r"yara\w*|jilet izleri\w*)|(?:kolundaki|kollarindaki|bilegindeki|bileklerindeki|bacagindaki) (?:\S+ )?"
    r"(?:kesik\w*|yara\w*|jilet\w*)|(?:kesik\w*|yara\w*) (?:\S+ )?gordum"
)
_PLACES_SEEN_TR = (
    r"(?:otoparkin|apartmanin|binanin|avmnin|okulun|hastanenin|blogun) (?:\S+ )?(?:catisinda|tepesinde|en "
    r"ust katinda|ustunde|kenarinda)|catinin ustunde|" + _PLACES_TR
)
_ENDS_SEEN_TR = (
    r"(?:atliyorum|atlayacam|atlayacagim|atlicam|atlarim|atlayacak) (?:diyor|dedi|yazdi|yaziyor)|(?:"
    + _PILLS_TR + r") (?:\S+ ){0,2}?" + _TOOK_TR + r"|" + _ENDS_TR
)
_EVERYDAY_SEEN_TR = (
    r"alerji\w*|grip\w*|nezle\w*|soguk alginligi|antibiyotik\w*|vitamin\w*|recete\w*|doktor\w*|dovme\w*|"
    r"piercing|tirmik\w*|kedi\w*|yemek yaparken|karne\w*|notlari\w*|anten\w*|havuz\w*|oyunda|oyun\b|"
    r"film\w*|dizi\w*|trambolin\w*|suya|gecen yil|dustu\w*|bisiklet\w*"
)
_TX_TR = (
    "hap|ilac|antidepresan|agri kesici|parol|emoji_pill|kendini|intihar|atlaya|kesik|yara|jilet|cati|tepesi|"
    "ust kat|ustunde|kenarinda|kopru|korkuluk|pencerenin|binanin|damda|kapan|kilitl"
)

# -- ar (Arabic script, letters folded: ة ه, ى ي, أ ا) ------------------------------------------
_TOOK_AR = r"(?:بلعت|بلع|اخدت|اخذت|خدت|خد|اخد|اخذ|شربت|شرب|اكلت|اكل|تناولت|تناول|ابتلعت|ابتلع)"
_MANY_AR = r"كومه|كمشه|حفنه|كميه كبيره|طن|شريطين|علبه كامله|نص علبه|بالهبل|كتير|كثير|كثيره|كتيره|واجد|" + _LOTS_AR
_ACTS_AR = (
    _TOOK_AR + r" (?:\S+ ){0,2}?(?:" + _MANY_AR + r") (?:\S+ ){0,2}?(?:" + _PILLS_AR + r")|" + _TOOK_AR
    + r" (?:\S+ )?(?:" + _PILLS_AR + r") (?:\S+ )?(?:" + _MANY_AR + r")(?!\S)|" + _TOOK_AR + r" (?:\S+ ){0,3}?(?:"
    + _PILLS_AR + r") (?:\S+ ){0,12}?(?:و|ف)?(?:نعسانه|نعسان|دايخه|دايخ|تهلوس|يهلوس|تخرف|يخرف|تخربط|يخربط|"
    r"(?:ما|مش|مو) (?:قادره|قادر|قادرين|عم نقدر) (?:نصحيها|نصحيه|اصحيها|اصحيه|نفيقها|نفيقه)|(?:ما|مش|مو) "
    r"(?:تصحي|يصحي|بتصحي|بيصحي|تفيق|يفيق)|(?:ترجع|يرجع|تستفرغ|يستفرغ|بترجع|بيرجع)|(?:اغمي|مغمي) (?:عليها|عليه)|"
    r"فاقده الوعي|فاقد الوعي)|"
    r"(?:انها|انه|انو|ان) (?:\S+ )?(?:الليله|اليوم|هلق|هلا|الحين|دلوقتي|هسه) (?:\S+ )?(?:رح |راح |ح |بدها |بده )?"
    r"(?:تنتحر|ينتحر|تقتل نفسها|يقتل نفسه)"
)
_SIGNS_AR = (
    r"(?:وريتني|ورتني|ورجتني|فرجتني|وراني|فرجني|ورجاني|ورني|وراني) (?:\S+ ){0,3}?(?:جروح|الجروح|جروحها|جروحه|"
    r"جرح)|(?:شفت|شايفه|شايف) (?:\S+ ){0,3}?(?:جروح|جرح|الجروح)|(?:جروح|جرح) (?:\S+ )?(?:جديده|جديد|طازه|"
    r"عميقه|عميق|تنزف|بتنزف)|(?:جروح|جرح) (?:في|علي|ب) ?(?:ايدها|ايده|يدها|يده|دراعها|دراعه|ذراعها|ذراعه|"
    r"معصمها|معصمه)"
)
_PLACES_SEEN_AR = (
    r"(?:سطح|فوق سطح|اعلي|راس) (?:ال)?(?:عماره|بنايه|مبني|باركينج|موقف|مول|مدرسه|مستشفي)|" + _PLACES_AR
)
_ENDS_SEEN_AR = (
    r"(?:يقول|تقول|قال|قالت|بيقول|بتقول|كاتب|كاتبه|كتب|كتبت) (?:\S+ )?(?:انه |انها |انو |ان )?(?:رح |راح "
    r"|ح |ب)?(?:ينط|تنط|يقفز|تقفز|ينتحر|تنتحر)|" + _TOOK_AR + r" (?:\S+ ){0,2}?(?:" + _PILLS_AR + r")|" + _ENDS_AR
)
_EVERYDAY_SEEN_AR = (
    r"حساسيه|زكام|انفلونزا|مضاد حيوي|فيتامين|وصفه|الدكتور|الطبيب|تاتو|وشم|خرابيش|خربشه|قطه|قطتي|القطه|بسه|طبخ|"
    r"درجات|علامات|انتين|مسبح|لعبه|فلم|فيلم|مسلسل|السنه اللي فاتت|طاحت|طاح|سيكل|دراجه"
)
_TX_AR = (
    "بلع|اخدت|اخذت|خدت|خد|اخد|اخذ|شرب|اكل|تناول|ابتلع|انها|انه|انو|ان ال|وريت|ورت|ورج|فرج|وران|ورن|جرح|جروح|"
    "سطح|اعلي|راس|جسر|كوبري|حافه|الشباك|السور|قافل|مسكر|حابس|قفل|سكرت|واقف|قاعد|جالس|طالع|طلع|فوق"
)

# -- Arabizi (Latin with digits, lang "ar"; 3 7 5 may read e t s) ---------------------------------
_WHO_SEEN_AZ = r"a(?:kh|5|k)(?:o|oo|u)ya|o(?:kh|5)t[iy]|a(?:kh|5)[uo]y[ae]|(?:e|a)bn (?:[3e]amm?[iy]|khal[iy])"
_PILLS_AZ = (
    rf"{_A7}obo+b|{_A7}bo+b|{_A7}ebob|bar4am|barsham|dawa|adwya|adweya|pills|{_A7}abayeb|{_A7}aba(?:ya)?t"
)
_TOOK_AZ = (
    r"(?:khad|5ad|a5ad|akhad|khadet|5adet|a5adet|akhadet|bala[3e]|bal[3e]et|shereb|shrb|shrbet|sherbet|akal|"
    r"akalet)"
)
_MANY_AZ = rf"keteer|kteer|kter|kitir|ktir|kaseer|kteeer|{_A3}elba|elba kamla|sheret|kol"
_ACTS_AZ = (
    rf"{_TOOK_AZ} (?:\S+ ){{0,2}}?(?:{_MANY_AZ}) (?:\S+ )?(?:{_PILLS_AZ})|{_TOOK_AZ} (?:\S+ )?(?:{_PILLS_AZ}) "
    rf"(?:\S+ )?(?:{_MANY_AZ})\b|{_TOOK_AZ} (?:\S+ ){{0,3}}?(?:{_PILLS_AZ}) (?:\S+ ){{0,12}}?(?:na{_A3}san\w*|"
    rf"mesh (?:bey?|bet?)?sa{_A7}a|mesh (?:ader|2ader|2adra|adra|2adreen) (?:ne)?sa{_A7}{_A7}?ee?h\w*|"
    rf"bet?rage{_A3}|bey?rag{_A3}|bterg{_A3}|oghmi|oghma|bey?harraf|bet?harraf)|"
    rf"(?:enaha|eneha|ennaha|eno|enno|en) (?:el )?(?:naharda|elnaharda|el leila|elleila|dlw2ty|delwa2ty|hala2|"
    rf"halla2|elyom|lyoum) (?:\S+ )?(?:hatent?{_A7}ar|hayent?{_A7}ar|hatmawet|haymawet|hatmoot|"
    rf"haymoot)"
)
_PLACES_SEEN_AZ = (
    rf"(?:2aflet|2afla|2afel|me2afla|me2afel|2afal|2afalet|2afl) (?:\S+ ){{0,3}}?(?:el |fel |fl |f el )?"
    rf"(?:{_A7}amm?am|hamm?am|o{_A7}t?ha|ouda|oda|odto|ooda)\b|" + _PLACES_AZ
)
_ENDS_SEEN_AZ = rf"{_TOOK_AZ} (?:\S+ ){{0,2}}?(?:{_PILLS_AZ})|ha[yt]?no+t\b|ha[yt]?ne2ez\b|" + _ENDS_AZ
_TX_AZ = (
    "khad|5ad|bala|shereb|shrb|sherb|akal|eno|enno|ena|2af|2afl|wa2|2a3|2ae|tel3|tele|fo2|foq|me2af"
)

RULES: list[Rule] = [
    _rule(_TRIG_RU + " классе", _TX_RU,
          _now(f"{_WHO_RU}|{_WHO_MORE_RU}|(?<!если )в (?:моем|нашем) классе",
               f"{_GUARD_RU}|{_EVERYDAY_RU}|{_EVERYDAY_SEEN_RU}", _ACTS_RU, _SIGNS_RU, _PLACES_SEEN_RU, _ENDS_SEEN_RU,
               f"{_UNREACH_RU}|{_UNREACH_MORE_RU}")),
    _rule(_TRIG_PL + " klasie szkole", _TX_PL,
          _now(f"{_WHO_PL}|{_WHO_MORE_PL}|(?<!jesli )w (?:mojej|naszej) (?:klasie|szkole)",
               f"{_GUARD_PL}|{_EVERYDAY_PL}|{_EVERYDAY_SEEN_PL}", _ACTS_PL, _SIGNS_PL, _PLACES_SEEN_PL, _ENDS_SEEN_PL,
               f"{_UNREACH_PL}|{_UNREACH_MORE_PL}")),
    _rule(_TRIG_TR + " tanistigim tanidigim kiz cocuk oglan sinifimdaki sinifimda", _TX_TR,
          _now(f"{_WHO_TR}|{_WHO_MORE_TR}|{_WHO_NEW_TR}|sinifimda(?:ki)? (?:bir )?(?:kiz|cocuk|oglan)",
               f"{_GUARD_TR_NOW}|{_EVERYDAY_TR}|{_EVERYDAY_SEEN_TR}", _ACTS_TR, _SIGNS_TR, _PLACES_SEEN_TR,
               _ENDS_SEEN_TR, f"{_UNREACH_TR}|{_UNREACH_MORE_TR}|(?:kimseye|ona) ulasamiyor\\w*")),
    _rule(_TRIG_AR, _TX_AR, _now(f"{_WHO_AR}|{_WHO_MORE_AR}",
                                 f"{_GUARD_AR}|{_EVERYDAY_AR}|(?:ال)?(?:{_EVERYDAY_SEEN_AR})", _ACTS_AR, _SIGNS_AR,
                                 _PLACES_SEEN_AR, _ENDS_SEEN_AR,
                                 f"{_UNREACH_AR}|{_UNREACH_MORE_AR}", b=_NB, pre="(?:و|ف)?", end=r"(?!\S)")),
    _rule(_TRIG_AZ + " akhoya akhooya akhuya okhti okhty akhoye", _TX_AZ,
          _now(f"{_WHO_AZ}|{_WHO_SEEN_AZ}", _EVERYDAY_AZ + r"|l sana elly fatet|men sana|kan zaman|mosalsal|film|"
               r"bard|zokam|[7th]asaseya|doctor|dktor|wasfa|tattoo|tatoo|otta|2otta|game",
               _ACTS_AZ, "(?!x)x", _PLACES_SEEN_AZ, _ENDS_SEEN_AZ, _UNREACH_AZ)),
]
