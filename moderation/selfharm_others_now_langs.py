"""Someone else at risk right now, a third round, in Russian, Polish,
Turkish and Arabic (the Arabic script and Arabizi, the Latin chat spelling
with digits): the tables of these languages for
`selfharm_others_now_base._now` (the class, its gates and what passes are in
`selfharm_others_now.py`).  The person, the guard and the silences are the
tables of `selfharm_others_acute_slavic.py` and `_mideast`, with the people
they lacked ("oyunda tanıştığım bir kız"); Arabizi has tables of its own
here, since no older table reads it ("bent f el fasl ... bt2ol enaha
hat2ta3 nafsaha dlw2ty, mesh bterod").  The phrase form reads "й" as "и"
and Arabizi 3 7 5 sometimes as e t s (in words without a 2), so the
Arabizi patterns take both.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _rule
from .selfharm_others_acute_mideast import (
    _GUARD_AR,
    _GUARD_TR,
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

# -- ru ("й" reads "и") --------------------------------------------------------------------
_NOWT_RU = r"(?:прямо сеичас|сеичас|щас|сегодня ночью|этои ночью|сегодня|в эту минуту)"
_ACTS_RU = (
    r"(?:режет себя|режется|режет (?:себе )?(?:вены|руки|запястья)|вскрывает вены) (?:\S+ ){0,3}?(?:прямо "
    r"сеичас|сеичас|щас|в ванн\w+|в туалете)\b|" + _NOWT_RU + r" (?:\S+ ){0,2}?(?:режет себя|режется|режет "
    r"вены|прыгнет|спрыгнет|прыгает|убьет себя|покончит с собои|вскроет вены|повесится)\b|"
    r"(?:пишет|написал|написала|говорит|сказал|сказала|пишет мне) (?:\S+ ){0,2}?что (?:\S+ )?(?:режет себя|"
    r"режется|прыгнет|спрыгнет|прыгает|сбросится|убьет себя|покончит с собои|вскроет вены|повесится) (?:\S+ )"
    r"{0,3}?(?:сеичас|щас|сегодня|ночью|с моста|с крыши|из окна|с балкона|с многоэтажки)\b|"
    r"(?:прыгнет|спрыгнет|прыгает|сбросится|бросится) (?:\S+ )?(?:с моста|с крыши|из окна|с балкона|с "
    r"многоэтажки|с девятого|с этажа)\b|"
    r"(?:выпила|выпил|съела|съел|проглотила|проглотил|наглоталась|наглотался|пьет) (?:\S+ ){0,3}?(?:крысиныи "
    r"яд|яд|отраву|уксус|белизну|хлорку|пестицид|средство от (?:тараканов|крыс))"
)
_SIGNS_RU = (
    r"(?:фото|фотку|фотографию|видео|голосовое|селфи) (?:\S+ ){0,3}?(?:руки|рук|запясти\w*|ног|порез\w*|"
    r"ран\w*|кров\w*|плачет)\b|"
    r"(?:ее|его) последн(?:яя|юю) ночь|последн(?:яя|ии) (?:ночь|день) (?:ее|его|в ее|в его) жизни|"
    r"(?:позаботься|позаботьтесь|присмотри|присмотрите|береги|покорми) (?:о |за )?(?:моеи|моем|моим|мою|"
    r"моего|ее|его) (?:собак\w*|кошк\w*|кот\w*|пс\w*|хомяк\w*|сестр\w*|брат\w*)|(?:раздала|раздал|раздает|"
    r"раздаривает) (?:все )?(?:свои )?вещи"
)
_PLACES_RU = (
    r"(?:стоит|сидит|залезла|залез|забралась|забрался|вылезла|вылез|она|он) (?:\S+ ){0,2}?(?:на крыше|на "
    r"краю|на мосту|на подоконнике|на перилах|на крышу|на мост|на карнизе)\b|(?:она|он) (?:сеичас )?"
    r"наверху\b|(?:заперлась|заперся|закрылась|закрылся|заперта|заперт) (?:\S+ ){0,2}?(?:в ванн\w+|в "
    r"туалете|в комнате|в своеи комнате)"
)
_ENDS_RU = (
    r"(?:хочет|хотела|хотел) (?:умереть|покончить с собои|чтобы все закончилось)|не хочет (?:больше )?жить|"
    r"простите(?: меня)?|прости меня|извините за все|прощаите|прощаи навсегда|прыгнет|прыгает|спрыгнет|"
    r"режет себя|режется|(?:ее|его) последн(?:яя|юю) ночь|(?:ее|его) последнии день|это конец|больше не "
    r"может"
)
_EVERYDAY_RU = (
    r"если (?:\S+ )?(?:мама|папа|мать|отец|родители|учитель\w*) (?:\S+ )?(?:узна\w*|увид\w*)|"
    r"волос\w*|челк\w*|бумаг\w*|овощ\w*|лук|трамплин\w*|вышк\w* в бассеин\w*|бассеин\w*|диван\w*|кроват\w*|"
    r"от крыс|для крыс|от мышеи|смеет\w*|смех\w*|умирает со смеху|лагер\w*|каникул\w*|отпуск\w*|поездк\w*|пока я (?:в "
    r"отъезде|уеду)|выходные|ночевк\w*|антенн\w*|мяч\w*"
)
_TX_RU = (
    "реж|вскрыва|прыг|убьет|покончит|вскроет|повесит|сброс|брос|выпил|съел|проглот|наглот|пьет|фот|видео|"
    "голосов|селфи|последн|позаботь|присмотр|береги|покорми|разда|крыш|краю|мост|подоконник|перил|карниз|"
    "наверху|заперл|закрыл|заперт"
)

# -- pl ---------------------------------------------------------------------------------
_ACTS_PL = (
    r"(?:tnie sie|kroi sie|okalecza sie|rani sie) (?:\S+ ){0,3}?(?:teraz|wlasnie|w tej chwili|w lazience|w "
    r"toalecie)\b|(?:teraz|wlasnie|w tej chwili|dzisiaj w nocy|dzis w nocy|dzisiaj|dzis|zaraz) (?:\S+ ){0,2}?"
    r"(?:tnie sie|sie tnie|skacze|skoczy|zabije sie|sie zabije|sie potnie|odbierze sobie zycie|powiesi sie|"
    r"sie powiesi)\b|"
    r"(?:pisze|napisala|napisal|mowi|powiedziala|powiedzial) (?:\S+ ){0,2}?ze (?:\S+ )?(?:tnie sie|skoczy|"
    r"skacze|zabije sie|sie zabije|sie potnie|sie powiesi) (?:\S+ ){0,3}?(?:teraz|zaraz|dzis|dzisiaj|w "
    r"nocy|z mostu|z dachu|z okna|z balkonu|z bloku)\b|"
    r"(?:skoczy|skacze|chce skoczyc|zaraz skoczy|rzuci sie) (?:\S+ )?z (?:\S+ )?(?:mostu|dachu|okna|balkonu|"
    r"bloku|wiezowca|wiaduktu)\b|"
    r"(?:wypila|wypil|zjadla|zjadl|polknela|polknal|lyknela|pije) (?:\S+ ){0,3}?(?:trutke|trucizne|"
    r"wybielacz|domestos|srodek na szczury|pestycyd|srodek owadobojczy|kwas)\b"
)
_SIGNS_PL = (
    r"(?:zdjecie|zdjecia|fote|foto|picture|pictures|filmik|nagranie|glosowke|selfie) (?:\S+ ){0,3}?(?:reki|rak|reka|"
    r"nadgarstk\w*|nog\w*|ran\w*|ciec\w*|krwi|krew|krwawi|placze)\b|"
    r"(?:jej|jego) ostatnia noc(?! (?:w|na|z|przed|tutaj)\b)|ostatni(?:a)? (?:noc|dzien) (?:jej|jego) zycia|"
    r"(?:zaopiekuj sie|zajmij sie|opiekuj sie|dbaj o|nakarm) (?:moim|moja|moimi|jej|jego|mojego|moja) (?:psem|"
    r"kotem|kotka|chomikiem|krolikiem|siostra|bratem|pieskiem|kota|psa)\b|(?:rozdala|rozdal|rozdaje|oddala|"
    r"oddal) (?:wszystkie )?(?:swoje )?rzeczy"
)
_PLACES_PL = (
    r"(?:stoi|siedzi|jest|wszedl|weszla|wlazl|wlazla) (?:\S+ ){0,2}?(?:na dachu|na krawedzi|na moscie|na "
    r"parapecie|na barierce|na dach|na most|na gorze)\b|(?:zamknela sie|zamknal sie|zamknieta|zamkniety|"
    r"zamyka sie) (?:\S+ ){0,2}?(?:w lazience|w pokoju|w toalecie|w kiblu)\b"
)
_ENDS_PL = (
    r"(?:chce|chciala|chcial) umrzec|nie chce (?:juz )?zyc|chce (?:zeby|by) (?:to )?(?:wszystko )?sie "
    r"skonczylo|wybaczcie(?: mi)?|wybacz mi|przepraszam za wszystko|zegnajcie|skoczy|skacze|tnie sie|(?:jej|"
    r"jego) ostatni(?:a)? (?:noc|dzien)(?! (?:w|na|z|przed)\b)|to koniec\b|nie daje rady"
)
_EVERYDAY_PL = (
    r"(?:jak|jesli|jezeli|jakby) (?:jej |jego )?(?:mama|tata|rodzice|matka|ojciec) (?:sie )?(?:dowie\w*|"
    r"zobacz\w*)|"
    r"wlosy|wlosow|grzywk\w*|papier\w*|warzyw\w*|cebul\w*|trampolin\w*|basen\w*|kanap\w*|lozk\w*|szczury w|"
    r"przeciw (?:szczurom|myszom)|do piwnicy|smieje|smiech\w*|umiera ze smiechu|oboz\w*|kolonie|wakacj\w*|wyjazd\w*|"
    r"urlop\w*|wycieczk\w*|jak (?:bede|mnie nie bedzie)|weekend\w*|nocowank\w*|antene|pilk\w*"
)
_TX_PL = (
    "tnie|kroi|okalecza|rani|skacz|skocz|zabije|odbierze|powies|potnie|rzuci|wypil|zjadl|polkn|lykn|pije|"
    "zdjeci|fot|picture|filmik|nagranie|glosowk|selfie|ostatni|zaopiekuj|zajmij|opiekuj|dbaj|nakarm|rozda|odda|"
    "dach|krawedzi|mosc|parapec|bariercе|barierce|most|na gorze|zamkn|zamyka"
)

# -- tr ---------------------------------------------------------------------------------
_WHO_NEW_TR = (
    r"(?:oyunda|discordda|internette|instagramda|tiktokta|netten|okulda)? ?(?:tanistigim|tanidigim) (?:bir )?"
    r"(?:kiz|cocuk|oglan|arkadas|biri)|(?:sinifimdan|sinifimizdan|okulumdan|okulumuzdan) bir (?:kiz|cocuk|"
    r"oglan)|sinifimizdaki bir (?:kiz|cocuk|oglan)"
)
_ACTS_TR = (
    r"(?:su an|simdi|su anda|az once|biraz once|bu gece|bugun) (?:\S+ ){0,3}?(?:bilek\w* kes\w*|kendini "
    r"kes\w*|kolunu kes\w*|kollarini kes\w*|atlay\w*|atliyor\w*|kendini as\w*|kendini oldur\w*|intihar "
    r"ed\w*)|(?:bilek\w*|kendini|kolunu|kollarini) (?:kestigini|kesiyor oldugunu) (?:yaziyor|soyluyor|diyor)\b|"
    r"(?:kopruden|catidan|pencereden|balkondan|binadan|damdan|okulun catisindan|binanin tepesinden) (?:\S+ )"
    r"{0,1}?(?:atlayacak\w*|atlayacagini|atliyor\w*|atlamak istiyor\w*|atlicak\w*)\b|"
    r"(?:fare zehri|fare zehiri|zehir|camasir suyu|tarim ilaci|bocek ilaci|kezzap) (?:\S+ ){0,2}?(?:icmis|"
    r"icti|ictigini|yuttu|yutmus|yedi|yemis|icmeye)\b"
)
_SIGNS_TR = (
    r"(?:foto\w*|picture\w*|resm\w*|video\w*|ses kaydi|sesli mesaj|selfie) (?:\S+ ){0,3}?(?:kol\w*|bile\w*|bacag\w*|"
    r"kesik\w*|yara\w*|kan\w*|agliyor\w*)\b|(?:kolunun|bileginin|bileklerinin|bacaginin) (?:foto\w*|resm\w*)|"
    r"son gecesi(?: oldugunu| olacagini| olacak| oldugu)?\b(?! (?:okulda|kampta|tatilde|"
    r"burada|bizimle)\b)|hayatinin son (?:gecesi|gunu)|"
    r"(?:kedime|kopegime|kedisine|kopegine|kardesime|hamsterime|kusuma|kedimize|kopegimize) (?:iyi )?(?:bak|"
    r"bakar misin|bakin|sahip cik)\w*|esyalarini (?:dagitti|dagitiyor|verdi)"
)
_PLACES_TR = (
    r"(?:catida|catinin (?:ustunde|kenarinda)|koprude|korkulukta|pencerenin kenarinda|binanin "
    r"(?:tepesinde|catisinda)|damda|okulun catisinda)\b|(?:banyoya|odasina|tuvalete) kapan\w*|(?:banyoda|"
    r"odasinda|tuvalette) kilitli|kapiyi kilitle\w*"
)
_ENDS_TR = (
    r"olmek (?:istiyor\w*|istedigini|istemis)|yasamak istemiyor\w*|(?:her sey )?bitsin istiyor\w*|beni "
    r"affedin|affedin beni|helal edin|her sey icin (?:ozur|uzgunum)|elveda|atlayacak\w*|atlayacagini|"
    r"atliyor\w*|kendini kesiyor\w*|(?:son gecesi|son gunu)(?! (?:okulda|kampta|tatilde)\b)|dayanamiyor\w*|"
    r"bu son\b"
)
_EVERYDAY_TR = (
    r"(?:annesi|babasi|annem|babam|ailesi|annesiyle) (?:ogrenirse|gorurse|duyarsa)|"
    r"sacini|saclarini|sacimi|sac (?:kes|boya|yap)\w*|kagit\w*|sebze\w*|sogan\w*|trambolin\w*|havuz\w*|"
    r"atlama tahtas\w*|kanepe\w*|yatak\w*|"
    r"fareler\w*|farelere|gul\w*|kahkaha\w*|gulmekten|kamp\w*|tatil\w*|gezi\w*|ben yokken|hafta sonu|"
    r"pijama partisi|anten\w*|futbol topu"
)
# "oyunda" (in the game) is fiction in the older guard, and part of the person here ("oyunda
# tanıştığım bir kız", a girl I met in the game)
_GUARD_TR_NOW = _GUARD_TR.replace("oyunda", "oyunda(?! (?:tanistigim|tanidigim))")
_TX_TR = (
    "kes|atla|atli|kendini|intihar|zehir|zehri|camasir suyu|ilaci|kezzap|foto|picture|resm|video|ses kaydi|"
    "sesli mesaj|selfie|son gece|son gun|bak|esyalar|cati|kopru|korkuluk|pencerenin|binanin|damda|kapan|"
    "kilitl"
)

# -- ar (Arabic script; "ى" reads "ي", "ة" "ه") -----------------------------------------------
_ACTS_AR = (
    r"(?:راح|رح|ح|حت|هت|بدها|بده|ناويه|ناوي|بت|بي|قاعده|قاعد|عم) ?(?:تنتحر|ينتحر|تقتل نفسها|يقتل نفسه|"
    r"تنط|ينط|تقفز|يقفز|ترمي نفسها|يرمي نفسه|تجرح نفسها|يجرح نفسه|تقطع عروقها|يقطع عروقه) (?:\S+ ){0,3}?"
    r"(?:الحين|الان|هلا|هلق|دلوقتي|هسه|هلاء|الليله|اليوم|من (?:السطح|الجسر|الكوبري|الشباك|البلكونه|فوق|"
    r"العماره|سطح))|"
    r"(?:عم|قاعده|قاعد|بت|بي) ?(?:تجرح|يجرح|تشرط|يشرط|تقطع|يقطع) (?:في )?(?:نفسها|نفسه|ايدها|ايده|عروقها|"
    r"عروقه)|"
    r"(?:شربت|شرب|بلعت|بلع|اكلت|اكل|اخذت|اخدت|خدت) (?:\S+ ){0,2}?(?:سم فيران|سم فئران|سم الفيران|سم "
    r"الفئران|سم|كلور|كلوركس|مبيد|مبيدات|ديتول|مية نار|ماء النار)"
)
_SIGNS_AR = (
    r"(?:صوره|صور|فيديو|فويس|ريكورد|تسجيل|سناب) (?:\S+ ){0,3}?(?:ايدها|ايده|يدها|يده|دراعها|ذراعها|ذراعه|"
    r"جروح|جرح|دم|تنزف|ينزف|تبكي|يبكي|بتعيط|تعيط)|"
    r"(?:اخر|آخر) ليله (?:لها|له|الها|اله)|(?:اخر|آخر) (?:ليله|يوم) في (?:حياتها|حياته)|(?:ليلتها|ليلته) الاخيره?|"
    r"(?:اهتم|اهتمي|انتبه|انتبهي|دير بالك|ديري بالك|خلي بالك|خلي بالك) (?:\S+ )?(?:علي|على|ب|من)? ?(?:قطتي|"
    r"قطي|كلبي|بسي|بستي|اختي|اخوي|قطتها|كلبها)|(?:وزعت|وزع|عطت|اعطت|اعطي) (?:كل )?(?:اغراضها|اغراضه|"
    r"حاجاتها|حاجاته|اشياءها|اشياءه)"
)
_PLACES_AR = (
    r"(?:واقفه|واقف|قاعده|قاعد|جالسه|جالس|طالعه|طالع|طلعت|طلع|هي|هو) (?:\S+ )?(?:علي|على|ع|فوق) ?(?:سطح|"
    r"السطح|الجسر|جسر|الكوبري|كوبري|حافه|الحافه|الشباك|السور)|"
    r"(?:قافله|قافل|مسكره|مسكر|حابسه|حابس|قفلت|قفل|سكرت) (?:\S+ ){0,2}?(?:الحمام|غرفتها|غرفته|الغرفه|"
    r"اوضتها|اوضته|الاوضه)"
)
_ENDS_AR = (
    r"سامحوني|سامحني|سامحيني|(?:اسفه|اسف|آسفه|آسف) (?:علي|على) كل (?:شي|شيء)|مع السلامه للابد|وداعا|(?:بدها|"
    r"تبي|تبغي|عايزه|حابه) تموت|(?:بده|يبي|يبغي|عايز|حاب) يموت|(?:ح|حت|رح|راح|بت|بي)? ?(?:تنط|ينط|تنتحر|"
    r"ينتحر)|(?:اخر|آخر) (?:ليله|يوم) (?:لها|له)|(?:ما|مو|مش) (?:تبي|تبغي|عايزه|بدها) تعيش|"
    r"(?:ما|مو|مش) (?:يبي|يبغي|عايز|بده) يعيش|خلاص ما "
    r"(?:تقدر|تتحمل)"
)
_EVERYDAY_AR = (
    r"(?:اذا|لو|ان) (?:عرفت|درت|شافت|عرف|دري|شاف|عرفوا|دروا) (?:امها|ابوها|امه|ابوه|امي|ابوي|اهلها|اهله)|"
    r"شعرها|شعره|ورق|خضار|بصل|ترامبولين|مسبح|حمام السباحه|كنبه|سرير|للفيران|للفئران|للجرذان|الفيران اللي|"
    r"الفئران اللي|تضحك|يضحك|"
    r"ضحك|بتموت من الضحك|مخيم|كامب|اجازه|عطله|رحله|سفر|وانا مسافر|وانا مسافره|ويكند|نهايه الاسبوع|انتين|كوره"
)
_TX_AR = (
    "تنتحر|ينتحر|تقتل|يقتل|تنط|ينط|تقفز|يقفز|ترمي|يرمي|تجرح|يجرح|تقطع|يقطع|تشرط|يشرط|شرب|بلع|اكل|اخذت|اخدت|"
    "خدت|صوره|صور|فيديو|فويس|ريكورد|تسجيل|سناب|اخر|آخر|الاخير|اهتم|انتبه|بالك|وزع|عطت|اعطت|اعطي|سطح|جسر|"
    "كوبري|حافه|الشباك|السور|قافل|مسكر|حابس|قفل|سكرت"
)

# -- Arabizi (Latin with digits; 3 7 5 may read e t s) ----------------------------------------
_A3, _A7, _A5 = "[3e]", "[7th]", "[5skh]"
_WHO_AZ = (
    rf"(?:sa{_A7}bt[iy]|sa{_A7}b[iy]|sa{_A7}ebt[iy]|sa{_A7}eb[iy]|o{_A5}t[iy]|u{_A5}t[iy]|a{_A5}o[iy]a|a{_A5}"
    rf"uya|a{_A5}oya|(?:ibn|ebn|bent|bint|wld|walad|weld) (?:{_A3}amm?[iy]|{_A5}alt[iy]|{_A5}al[iy]|{_A3}amt[iy])"
    rf"|zmelt[iy]|zmel[iy]|(?:bent|bint|walad|wld|wa{_A7}da|wahda|wa{_A7}ed|wahed|bnt|shab) (?:f|fe|fi|men|mn|"
    rf"ma{_A3}ana f) (?:el |l |al )?(?:fasl|fasli|madrasa|class|group|grop|saf|saff|shella))"
)
_ACTS_AZ = (
    rf"\S*(?:2ta{_A3}|2ata{_A3}|2tel|2atel|mawet|gra{_A7}|egra{_A7}|rm[iy]|ermy|ermi|ramy) (?:nafsaha|nafsiha|"
    rf"nafso|nafsoh|nafsaa|nafsu|{_A3}roo?2ha)\b|\S*(?:nte{_A7}ar|nt{_A7}ar|ntehar|nta{_A7}ar|nte{_A7}er|"
    rf"nt{_A7}er)\w*|(?:hat|ht|ha|h|ra{_A7} ?t?|bt)(?:not|noot|ne2ez|nez|2fez|ot) (?:\S+ )?(?:men|mn) (?:el|"
    rf"al|l)? ?(?:sat{_A7}|sate{_A7}|kobry|kubri|gesr|jisr|balacona|balkona|shebbak|{_A3}omara)|"
    rf"(?:shrbet|sherbet|shereb|shrb|bal{_A3}et|bala{_A3}|akalet|kalet|a{_A5}det|{_A5}adet) (?:\S+ )?(?:sam|"
    rf"somm|sm) (?:far|fa2r|feran|fe2ran)|(?:shrbet|sherbet|shereb|shrb|bal{_A3}et|bala{_A3}) (?:\S+ )?"
    rf"(?:clorox|klor|kloraks|mobeed|mobid|maya nar|mayet nar)"
)
_SIGNS_AZ = (
    rf"(?:sora|soura|pic|picture|photo|voice|video|vid|fdio|fedio|record|snap) (?:\S+ ){{0,2}}?(?:bt{_A3}ayat|"
    rf"bte{_A3}ayat|bt{_A3}ayyat|{_A3}ayta|dam|dra{_A3}ha|edha|ideha|gero{_A7}|gro{_A7}|bt?nzef)\b|"
    rf"a{_A5}er (?:leila|lela|leela) (?:leha|liha|laha|lyha)|a{_A5}er (?:leila|lela|yom|youm) (?:fi|f) "
    rf"{_A7}ayatha"
)
_PLACES_AZ = (
    rf"(?:wa2fa|wa2ef|2a{_A3}da|2a{_A3}ed|tel{_A3}et|tele{_A3}|fo2|foq) (?:\S+ )?(?:{_A3}ala|{_A3}al|fo2|fou2)?"
    rf" ?(?:el |al )?(?:sat{_A7}|sate{_A7}|kobry|gesr|jisr|balacona|balkona|sour|{_A7}afa)\b|(?:2aflet|2afla|"
    rf"2afel|me2afla|me2afel) (?:\S+ ){{0,3}}?(?:el )?(?:{_A7}amam|hamam|o{_A7}t?ha|ouda|oda)\b"
)
_ENDS_AZ = (
    rf"sam{_A7}oo?n[iy]|asfa {_A3}ala kol|ma{_A3} el salama|wada{_A3}an|(?:{_A3}ayza|bde?ha|bedha) tmoo?t|"
    rf"mesh {_A3}ayza te?{_A3}ee?sh|hat2ta{_A3}|hatent{_A7}?ar|hatno?ot|a{_A5}er (?:leila|lela|yom)"
)
_UNREACH_AZ = (
    r"(?:mesh|msh|ma) (?:bterod|byrod|btrod|btered|byred|btrod|btred)|mabterodsh|mabyrodsh|(?:mobilha|"
    r"mobaylha|telefonha|phoneha|tlfonha|mobilo|telefono) (?:ma2fool|ma2fol|ma2fola|off|m2fool|ma2fla)"
)
_EVERYDAY_AZ = (
    rf"sha{_A3}rha|wara2|{_A5}odar|pool|trampoline|kanaba|sereer|feran|far |bt?d{_A7}ak|camp|agaza|rehla|safar"
)
_TRIG_AZ = (
    "satbti satbty sa7bti sa7bty satby sa7by sa7bi satbi o5ti o5ty osti osty a5oya asoya a5uya ibn ebn "
    "bent bint wld walad weld zmelti zmelty zmeli zmely wa7da wahda wa7ed wahed bnt shab"
)
_TX_AZ = (
    "nafs|roo2ha|ro2ha|nteh|nt7|ntt|ntah|nta7|ntat|nte7|ntet|not |noot|ne2ez|nez |2fez|sam |somm|sm |clorox|klor|"
    "mobeed|mobid|nar|sora|soura|pic|photo|voice|video|vid|fdio|fedio|record|snap|leila|lela|leela|yom|"
    "youm|wa2|2a3|2ae|tel3|tele|fo2|foq|2afl|2afel|me2af"
)

RULES: list[Rule] = [
    _rule(_TRIG_RU, _TX_RU, _now(f"{_WHO_RU}|{_WHO_MORE_RU}", f"{_GUARD_RU}|{_EVERYDAY_RU}", _ACTS_RU, _SIGNS_RU,
                                 _PLACES_RU, _ENDS_RU, f"{_UNREACH_RU}|{_UNREACH_MORE_RU}")),
    _rule(_TRIG_PL, _TX_PL, _now(f"{_WHO_PL}|{_WHO_MORE_PL}", f"{_GUARD_PL}|{_EVERYDAY_PL}", _ACTS_PL, _SIGNS_PL,
                                 _PLACES_PL, _ENDS_PL, f"{_UNREACH_PL}|{_UNREACH_MORE_PL}")),
    _rule(_TRIG_TR + " tanistigim tanidigim kiz cocuk oglan", _TX_TR,
          _now(f"{_WHO_TR}|{_WHO_MORE_TR}|{_WHO_NEW_TR}", f"{_GUARD_TR_NOW}|{_EVERYDAY_TR}", _ACTS_TR, _SIGNS_TR,
               _PLACES_TR, _ENDS_TR, f"{_UNREACH_TR}|{_UNREACH_MORE_TR}|(?:kimseye|ona) ulasamiyor\\w*")),
    _rule(_TRIG_AR, _TX_AR, _now(f"{_WHO_AR}|{_WHO_MORE_AR}", f"{_GUARD_AR}|{_EVERYDAY_AR}", _ACTS_AR, _SIGNS_AR,
                                 _PLACES_AR, _ENDS_AR, f"{_UNREACH_AR}|{_UNREACH_MORE_AR}", b=_NB,
                                 pre="(?:و|ف)?", end=r"(?!\S)")),
    _rule(_TRIG_AZ, _TX_AZ, _now(_WHO_AZ, _EVERYDAY_AZ + r"|l sana elly fatet|men sana|kan zaman|mosalsal|film",
                                 _ACTS_AZ, _SIGNS_AZ, _PLACES_AZ, _ENDS_AZ, _UNREACH_AZ)),
]
