"""ru tr pl id forms of grooming_covert.py (read its docstring first;
appended to its RULES).

"куплю тебе боевой пропуск, если включишь камеру", "ты гораздо взрослее
своих сверстниц, это останется между нами", "annen eve saat kaçta geliyor?
yalnız kaldığında ararım", "wyślij mi zdjęcie w nowym stroju, tylko dla mnie,
usunę je", "aplikasi ini nyimpen semua chat, add aku di aplikasi lain yang
pesannya hilang sendiri".  The same two halves as in English; the parents'
schedule questions and their excuses come from `grooming_parents_away.py`.
Patterns run on the phrase form: Russian й reads и and ё е, Polish and
Turkish letters lose their marks (ę e, ł l, ı i, ş s).
"""

from __future__ import annotations

from . import grooming_parents_away as _pa
from .grooming_covert import pair
from .grooming_parents_away import away_rule
from .rules import Rule

# -- ru -----------------------------------------------------------------------------
_CUR_RU = (
    r"(?:робукс\w*|робакс\w*|вбакс\w*|в баксы|баттл пасс|батл пасс|боевои пропуск|пропуск|скин\w*|"
    r"гем\w*|алмаз\w*|донат\w*|деньги|денег|нитро|голд\w*|uc|юси|подарок|подарочную карту)"
)
_GIFT_RU = (
    r"(?:куплю|подарю|дам|заплачу|скину|задоначу|закину|оплачу|переведу|кину)(?! себе)(?: \w+){0,3}? "
    + _CUR_RU + r"|" + _CUR_RU + r" (?:бесплатно|даром) (?:если|за)"
)
_CAM_RU = r"видеозвон\w*|видео звон\w*|по видео|по видеосвязи|камер\w*|вебк\w*|феистаим"
_MATURE_RU = (
    r"(?:взрослая|взрослыи|зрелая|зрелыи|взрослее|мудрее|умнее) (?:для своих лет|своих "
    r"(?:сверстниц|сверстников|лет|ровесниц|ровесников)|сверстниц|сверстников|(?:чем )?(?:другие|"
    r"остальные) (?:девочки|мальчики|дети)|не по годам)|не по годам (?:взрослая|взрослыи|умная|"
    r"умныи|мудрая|мудрыи)|не такая как (?:другие|все|остальные)"
)
_CONF_RU = (
    r"(?:могу|можно) (?:тебе )?(?:рассказать|говорить|сказать|рассказывать) (?:\w+ ){0,2}?(?:то|"
    r"вещи|все|о том)(?: \w+){0,6}? (?:не могу|нельзя|не скажу)|(?:это|все это|пусть это|пусть)"
    r"(?: \w+)? (?:останется|остается|будет) между нами|между нами|наш (?:маленькии )?секрет|"
    r"умеешь хранить секрет\w*|ты (?:единственная|единственныи)(?: \w+)? (?:кому|с кем|кто меня "
    r"понимает)|понимаешь меня лучше|никому не (?:говори|рассказывай)"
)
_ALONE_RU = (
    r"когда (?:ты )?(?:будешь |останешься )?(?:дома )?(?:одна|один)|когда (?:мы )?(?:будем |"
    r"останемся )?одни|наедине|мы вдвоем|только (?:ты и я|мы с тобои)"
)
_PIC_RU = (
    r"(?:скинь|пришли|отправь|кинь|покажи|скинешь|пришлешь|сфоткаися|сними)(?: мне| пожалуиста| "
    r"плиз)? (?:\w+ )?(?:фото\w*|фотк\w*|фоточк\w*|селфи|видео\w*|себя)(?! (?:домашк\w*|кота|"
    r"кошки|собаки|рисунка|тетради)\b)"
)
_PROM_RU = (
    r"только (?:для меня|мне)|(?:я )?(?:сразу |потом |тут же )?(?:удалю|сотру)|никому не (?:покажу|"
    r"скину|отправлю|перешлю)|никто (?:не увидит|не узнает)"
)
_MOVE_RU = (
    r"(?:добавь|напиши|пиши|переходи|переидем|давай|го|скачаи|установи|стучись)(?: мне| меня| "
    r"лучше| сразу)*(?: \w+){0,2}? (?:в|на|туда)|(?:другое|другом|другои|другую) (?:приложени\w*|"
    r"мессенджер\w*|app)"
)
_WATCH_RU = (
    r"(?:тут|здесь|это приложение|этот чат|этот саит|эта игра|приложение)(?: \w+){0,2}? (?:все )?"
    r"(?:сохраня\w*|записыва\w*|читают|читает|модерир\w*|следят|смотрят|палят|проверяют|видят|"
    r"мониторят)|слишком публичн\w*|(?:сообщения|все|переписка)(?: \w+)? (?:исчеза\w*|удаляются|"
    r"самоудаля\w*|пропадают)|(?:взрослые|родители|модеры|модераторы|админы|никто)(?: \w+)? не "
    r"(?:смогут|сможет|могут|может|увидят|увидит|прочитают|прочитает|прочтут|прочтет)|исчезающ\w*"
    r" сообщени\w*"
)

# -- tr -----------------------------------------------------------------------------
_CUR_TR = (
    r"(?:vp|v bucks|vbucks|robux|battle pass|savas bileti|skin|elmas|uc|para|nitro|hediye karti|"
    r"hediye|oyun parasi|bakiye|kostum)(?:\w*|'\w+)"
)
_GIFT_TR = (
    _CUR_TR + r" (?:\w+ ){0,2}?(?:alirim|alayim|alicam|veririm|vereyim|hediye ederim|gonderirim|"
    r"yuklerim|atarim|oderim|odeyim|yollarim|atayim|yukleyim|yuklerim)"
)
_CAM_TR = r"goruntulu\w*|kamera\w*|facetime|webcam"
_MATURE_TR = (
    r"(?:yasitlarindan|akranlarindan|yasindaki (?:kizlardan|cocuklardan|herkesten)|diger "
    r"kizlardan|yasina gore|yasindan) (?:\w+ ){0,2}?(?:olgunsun|olgun|buyuksun)|(?:cok|gercekten|o"
    r" kadar|ne kadar) olgunsun"
)
_CONF_TR = (
    r"(?:sana|seninle) (?:\w+ ){0,4}?(?:anlatabilirim|konusabilirim|soyleyebilirim)|(?:aramizda|"
    r"ikimizin arasinda) (?:kalsin|kalacak|kalir)|bizim (?:kucuk )?sirrimiz|sirrimiz|kimseye "
    r"(?:soyleme|anlatma|bahsetme)|sir tutabilir misin|beni (?:en iyi )?sen anliyorsun"
)
_ALONE_TR = (
    r"yalniz (?:kaldiginda|oldugunda|kalinca|oldugumuzda|kaldigimizda|kalacagin)|evde yalnizken|"
    r"sadece (?:ikimiz|biz ikimiz)|ikimizken|yalnizken|tek basina (?:kaldiginda|oldugunda)"
)
_PIC_TR = (
    r"(?<!odevinin )(?<!odevin )(?:fotograf\w*|foto\w*|resm\w*|selfie\w*|video\w*|picture\w*) "
    r"(?:\w+ )?(?:at|gonder|yolla|atsana|gondersene|yollasana|atar misin|gonderir misin|yollar "
    r"misin|atabilir misin)"
)
_PROM_TR = (
    r"sadece (?:benim icin|bana|ben gorecegim|ben bakacagim)|(?:hemen |sonra |bakip )?(?:silecegim|"
    r"silerim|silicem)|kimseye (?:gostermem|gostermeyecegim|atmam|atmayacagim|gostermicem)|kimse "
    r"(?:gormeyecek|gormez|bilmeyecek)"
)
_MOVE_TR = (
    r"(?:diger|obur|baska|oteki) (?:uygulama\w*|app\w*|platform\w*|hesab\w*)|ekle|eklesene|ekler "
    r"misin|yazsana|gecelim|gecsene|konusalim|indir|indirsene"
)
_WATCH_TR = (
    r"(?:uygulama|uygulamada|app|chat|sohbet|burasi|burada|oyun)(?: \w+){0,3}? (?:kaydediyor|"
    r"kaydedi\w*|sakliyor|izleniyor|izliyor|okuyor|denetleniyor)|(?:cok|fazla|asiri) (?:herkese "
    r"acik|public)|herkese acik|(?:mesajlar|her sey|mesajlarin|yazdiklarimiz)(?: \w+)? (?:kaybol\w*|"
    r"silin\w*)|(?:buyukler|ailen|annen|baban|modlar|moderatorler|adminler|kimse)(?: \w+)? "
    r"(?:okuyamaz|goremez|okuyamiyor|goremiyor|okuyamayacak|goremeyecek)"
)

# -- pl -----------------------------------------------------------------------------
_CUR_PL = (
    r"(?:robux\w*|vbucks\w*|v dolc\w*|battle pass\w*|przepustk\w*|skin\w*|gem\w*|diament\w*|"
    r"monet\w*|nitro|kas[aey]|pieniadze|pieniedzy|karte podarunkowa|doladowanie|prezent)"
)
_GIFT_PL = (
    r"(?:kupie|dam|zaplace|wysle|dorzuce|doladuje|zafunduje|podaruje|przeleje|oplace)(?! sobie)"
    r"(?: \w+){0,3}? "
    + _CUR_PL + r"|" + _CUR_PL + r" (?:za darmo|gratis) (?:jak|jesli|za)"
)
_CAM_PL = r"kamer\w*|wideo\w*|video ?call\w*|facetime|vidcall\w*|webcam\w*"
_MATURE_PL = (
    r"(?:jestes|wydajesz sie) (?:\w+ ){0,3}?(?:dojrzala|dojrzaly|dojrzalsza|dojrzalszy|dorosla|"
    r"dorosly|doroslejsza|doroslejszy)|(?:dojrzalsza|dojrzalszy|doroslejsza|doroslejszy|"
    r"madrzejsza|madrzejszy) (?:niz|od)|(?:dojrzala|dojrzaly|dorosla|dorosly) jak na (?:swoj|"
    r"twoj) wiek|nie jestes jak (?:inne|inni)"
)
_CONF_PL = (
    r"moge ci (?:powiedziec|mowic|opowiedziec|opowiadac|zdradzic) (?:\w+ ){0,2}?(?:rzeczy|"
    r"wszystko|o rzeczach|to)(?: \w+){0,6}? (?:nie moge|nie mowie|nie powiem)|miedzy nami|(?:nasz|"
    r"nasza) (?:maly |mala )?(?:sekret|tajemnica)|(?:umiesz|mozesz) dochowac tajemnicy|jestes "
    r"(?:jedyna|jedynym|jedyny)(?: osoba)? (?:ktora|ktory|z ktora|ktorej)|rozumiesz mnie lepiej "
    r"niz|nikomu nie mow|nikt nie (?:musi|moze) wiedziec"
)
_ALONE_PL = (
    r"(?:jak|kiedy|gdy) (?:bedziesz|zostaniesz|bedziemy|zostaniemy|jestes) (?:\w+ )?(?:sama|sam|"
    r"sami)|sam na sam|tylko my (?:dwoje|dwaj|dwie)|we dwoje"
)
_PIC_PL = (
    r"(?:wyslij|przeslij|podeslij|pokaz|daj|wyslesz|przeslesz|podeslesz|zrob)(?: mi| sobie)? "
    r"(?:\w+ )?(?:zdjecie|zdjecia|fotke|fotki|focie|selfie|fote|filmik|picture|pictures)(?! (?:z|ze)"
    r" (?:lekcji|zadania|imprezy|wycieczki)\b)"
)
_PROM_PL = (
    r"tylko dla mnie|(?:od razu |potem |zaraz )?(?:usune|skasuje|wykasuje)|nikomu (?:nie )?"
    r"(?:pokaze|wysle|przesle)|nikt (?:nie|tego nie|go nie|ich nie) (?:zobaczy|zobacza)"
)
_MOVE_PL = (
    r"(?:dodaj|napisz|pisz|przejdzmy|przejdz|pogadajmy|zainstaluj|pobierz|sciagnij)(?: mnie| mi| do"
    r" mnie| lepiej| sie)* (?:na|w|przez|do)|(?:drugiej|druga|innej|inna) (?:apce|apka|aplikacji|"
    r"aplikacja|apki|apke)"
)
_WATCH_PL = (
    r"(?:apka|aplikacja|czat|chat|gra|serwer|tu|tutaj)(?: \w+){0,2}? (?:zapisuje|nagrywa|monitoruje"
    r"|czyta|sprawdza|sledzi)|(?:za|zbyt) publiczn\w*|(?:wiadomosci|wszystko)(?: \w+)? (?:znikaja|"
    r"znika|sie usuwa\w*|kasuja sie)|znikajace wiadomosci|(?:dorosli|rodzice|modzi|moderatorzy|"
    r"admini|nikt)(?: \w+)? nie (?:moga|moze|beda|przeczyta|zobaczy|zobacza|przeczytaja|widza|"
    r"widzi)"
)

# -- id -----------------------------------------------------------------------------
_CUR_ID = (
    r"(?:diamond\w*|uc|robux|skin|battle pass|pulsa|saldo|gopay|dana|ovo|nitro|voucher|duit|uang|"
    r"top ?up)"
)
_GIFT_ID = (
    r"(?:aku|gue|gw|ku) (?:\w+ )?(?:beliin|kasih|kirim|kirimin|top ?upin|bayarin|traktir|transfer|"
    r"tf|isiin)(?: \w+){0,3}? " + _CUR_ID + r"|" + _CUR_ID + r" (?:gratis )?(?:kalau|kalo|asal|"
    r"klo) (?:kamu|lo|lu|km)"
)
_CAM_ID = r"video call|vcs|vidcall|videocall|kamera|cam|webcam"
_MATURE_ID = (
    r"(?:kamu|lu|lo|km|kau|elu) (?:\w+ ){0,2}?(?:dewasa|matang)|lebih (?:dewasa|matang) (?:dari|"
    r"daripada|dibanding|dibandingkan)|(?:beda|gak kayak|ga kayak|nggak kayak|tidak seperti) "
    r"(?:anak|cewek|cowok)(?: \w+)? (?:lain|seumuran\w*)"
)
_CONF_ID = (
    r"hal(?: hal)? yang (?:ga|gak|nggak|tidak|ngga) bisa (?:aku |gue |gw )?(?:ceritain|"
    r"ceritakan|bilang)|rahasia (?:kita|kita berdua)|antara kita (?:aja|berdua|saja|doang)|(?:cuma|"
    r"hanya) (?:kita|kita berdua) yang tau|jangan (?:bilang|kasih tau|cerita) (?:ke )?(?:siapa "
    r"siapa|siapapun|orang|ortu|ortumu)|(?:kamu|lo|lu) (?:satu satunya|satunya)"
)
_ALONE_ID = (
    r"(?:pas|kalau|kalo|waktu|saat|klo) (?:kamu |lo |lu |km )?(?:lagi )?(?:sendirian|sendiri)|"
    r"(?:cuma|hanya|cuman) (?:kita|kita berdua)|berdua aja|berduaan"
)
_PIC_ID = (
    r"(?:kirim|kirimin|kirimkan|send|fotoin|minta|share|pap)(?: dong| donk| aku| ke aku| gue| gw|"
    r" ya| dulu)* (?:\w+ )?(?:foto|fotomu|picture|selfie|video|pap)|pap (?:dong|donk|dulu|yuk|ya)"
)
_PROM_ID = (
    r"(?:cuma|cuman|hanya|khusus) (?:buat|untuk) (?:aku|gue|gw|ku)|(?:nanti|langsung|abis itu|"
    r"habis itu|abis) (?:aku |gue |gw )?(?:hapus|apus)|(?:gak|ga|nggak|tidak|engga|ngga) (?:bakal "
    r"|akan )?(?:aku |gue |gw )?(?:sebar|sebarin|tunjukin|kasih liat)|(?:ga|gak|nggak|tidak|ngga) "
    r"ada yang (?:bakal |akan )?(?:liat|lihat|tau|tahu)"
)
_MOVE_ID = (
    r"(?:add|tambahin|tambahkan|chat|hubungi|pindah|download|instal|install|ngobrol|lanjut|"
    r"lanjutin)(?: aku| gue| gw| aja| yuk| dong| ya)* (?:di|ke|lewat|via|pake|pakai)|(?:aplikasi|"
    r"app|apk) (?:yang )?(?:lain|satunya|sebelah)"
)
_WATCH_ID = (
    r"(?:aplikasi|app|chat|grup|disini|sini)(?: \w+){0,2}? (?:nyimpen|menyimpan|nyimpan|direkam|"
    r"dipantau|dimonitor|diawasi|kebaca|ngerekam|merekam)|terlalu (?:publik|umum|terbuka)|(?:pesan|"
    r"chat|pesannya|chatnya)(?: \w+)? (?:bisa |bakal |langsung |otomatis )?(?:ilang|hilang|kehapus|"
    r"terhapus|ngilang)|(?:orang dewasa|ortu|ortumu|mod|admin|moderator|ga ada yang|gak ada yang|"
    r"nggak ada yang|gaada yang)(?: \w+)? (?:ga |gak |nggak |tidak )?(?:bisa )?(?:baca|liat|lihat|"
    r"ngintip)"
)

_NOT_GIFT = (
    r"день рождения|днюх\w*|новыи год|домашк\w*|турнир\w*|dogum gunu|bayram|odev\w*|turnuva\w*|"
    r"urodzin\w*|swieta|zadanie|turniej\w*|ulang tahun|ultah|lebaran|tugas|pr|turnamen"
)
_NOT_CONF = r"сюрприз\w*|вечеринк\w*|подарок|surpriz\w*|parti|hediye|niespodzian\w*|impreza|prezent|kejutan|pesta|kado"
_NOT_MOVE = r"групп\w*|проект\w*|домашк\w*|grup|proje\w*|odev\w*|grupa|grupe|projekt\w*|zadani\w*|kelompok|tugas|pr"

RULES: list[Rule] = [
    # gift for a camera call
    pair("grooming:gift_camera",
         "робуксы робуксов робаксы вбаксы баксы пасс пропуск скин скины скинов гемы гемов алмазы "
         "алмазов донат деньги денег нитро голду голды uc юси подарок карту",
         _GIFT_RU, _CAM_RU, neg=_NOT_GIFT,
         requires="видеозвонок видеозвонка видеозвонку видео видеосвязи камеру камера камеры "
                  "камере вебку вебкамеру феистаим"),
    # tr: the camera words are the rarer gate, so they trigger
    pair("grooming:gift_camera",
         "goruntulu kamera kamerayi kameran kamerani kamerayla kamerani facetime webcam",
         _GIFT_TR, _CAM_TR, neg=_NOT_GIFT,
         requires="vp vbucks bucks robux pass passini savas skin elmas uc para parasi nitro "
                  "hediye bakiye kostum"),
    pair("grooming:gift_camera",
         "robux robuxy vbucks vbucksy dolce dolcow pass passa passem przepustke przepustka skin skiny skina "
         "gemy diamenty monety nitro kase kasy pieniadze pieniedzy karte doladowanie prezent",
         _GIFT_PL, _CAM_PL, neg=_NOT_GIFT,
         requires="kamerce kamerke kamerze kamera kamere kamery wideo wideorozmowe video "
                  "videocall facetime vidcall webcam"),
    pair("grooming:gift_camera",
         "diamond diamonds uc robux skin pass pulsa saldo gopay dana ovo nitro voucher duit uang "
         "topup top",
         _GIFT_ID, _CAM_ID, neg=_NOT_GIFT,
         requires="video vc vcs vidcall videocall kamera cam webcam"),
    # maturity with a confidence
    pair("grooming:confide",
         "взрослая взрослыи зрелая зрелыи взрослее мудрее умнее годам такая",
         _MATURE_RU, _CONF_RU, neg=_NOT_CONF,
         requires="могу можно между секрет секрета хранить единственная единственныи понимаешь "
                  "никому"),
    pair("grooming:confide", "olgunsun olgun buyuksun", _MATURE_TR, _CONF_TR, neg=_NOT_CONF,
         requires="anlatabilirim konusabilirim soyleyebilirim aramizda arasinda sirrimiz "
                  "kimseye sir anliyorsun"),
    pair("grooming:confide",
         "dojrzala dojrzaly dojrzalsza dojrzalszy dorosla dorosly doroslejsza doroslejszy "
         "madrzejsza madrzejszy jak",
         _MATURE_PL, _CONF_PL, neg=_NOT_CONF,
         requires="moge miedzy sekret tajemnica tajemnicy jedyna jedynym jedyny rozumiesz nikomu "
                  "nikt"),
    pair("grooming:confide", "dewasa matang beda kayak seperti", _MATURE_ID, _CONF_ID,
         neg=_NOT_CONF,
         requires="hal rahasia antara cuma hanya jangan satunya"),
    # the parents away, to call alone
    away_rule("родители предки папа отец мама мать семья", _pa._Q_RU, _ALONE_RU,
              _pa._OTHER_RU + r"|сюрприз\w*|подарок",
              requires="одна один одни наедине вдвоем только"),
    away_rule("ailen annen baban annenler ebeveynlerin anne", _pa._Q_TR, _ALONE_TR,
              _pa._OTHER_TR + r"|surpriz\w*|hediye",
              requires="yalniz yalnizken sadece ikimizken basina"),
    away_rule("rodzice starzy mama matka rodzina tata ojciec", _pa._Q_PL, _ALONE_PL,
              _pa._OTHER_PL + r"|niespodzian\w*|prezent",
              requires="sama sam sami dwoje"),
    away_rule("ortu orang tua mama papa ibu ayah nyokap bokap mamah papah mamak bapak mamamu "
              "papamu ibumu ayahmu ortumu",
              _pa._Q_ID, _ALONE_ID, _pa._OTHER_ID + r"|kejutan|kado",
              requires="sendirian sendiri cuma hanya cuman berdua berduaan"),
    # a picture with a promise
    pair("grooming:photo_promise",
         "скинь пришли отправь кинь покажи скинешь пришлешь сфоткаися сними",
         _PIC_RU, _PROM_RU, requires="только удалю сотру никому никто"),
    # tr id: the promise words trigger ("at", "send", "share" are in many messages)
    pair("grooming:photo_promise",
         "sadece silecegim silerim silicem kimseye kimse",
         _PIC_TR, _PROM_TR,
         requires="at gonder yolla atsana gondersene yollasana atar gonderir yollar atabilir"),
    pair("grooming:photo_promise",
         "wyslij przeslij podeslij pokaz daj wyslesz przeslesz podeslesz zrob",
         _PIC_PL, _PROM_PL, requires="tylko usune skasuje wykasuje nikomu nikt"),
    pair("grooming:photo_promise",
         "cuma cuman hanya khusus hapus apus gak ga nggak tidak engga ngga",
         _PIC_ID, _PROM_ID,
         requires="kirim kirimin kirimkan send fotoin minta share pap"),
    # another app, because this one is watched
    pair("grooming:off_platform",
         "сохраняет сохраняются сохраняют записывает записывают читают читает модерируют "
         "модерируется следят смотрят палят проверяют видят мониторят публичныи публичный "
         "публичная публичное исчезают исчезнут удаляются самоудаляются пропадают смогут сможет "
         "могут может увидят увидит прочитают прочитает прочтут прочтет исчезающие",
         _WATCH_RU, _MOVE_RU, neg=_NOT_MOVE,
         requires="добавь напиши пиши переходи переидем давай го скачаи установи стучись другое "
                  "другом другои другую"),
    pair("grooming:off_platform",
         "kaydediyor kaydediliyor sakliyor izleniyor izliyor okuyor denetleniyor acik public "
         "kayboluyor kayboldugu kaybolan siliniyor silinen silindigi okuyamaz goremez "
         "okuyamiyor goremiyor okuyamayacak goremeyecek",
         _WATCH_TR, _MOVE_TR, neg=_NOT_MOVE,
         requires="diger obur baska oteki ekle eklesene ekler yazsana gecelim gecsene konusalim "
                  "indir indirsene"),
    pair("grooming:off_platform",
         "zapisuje nagrywa monitoruje czyta sprawdza sledzi publiczny publiczna publiczne "
         "publicznie znikaja znika usuwa usuwaja kasuja znikajace moga moze beda przeczyta "
         "zobaczy zobacza przeczytaja widza widzi",
         _WATCH_PL, _MOVE_PL, neg=_NOT_MOVE,
         requires="dodaj napisz pisz przejdzmy przejdz pogadajmy zainstaluj pobierz sciagnij "
                  "drugiej druga innej inna"),
    pair("grooming:off_platform",
         "nyimpen menyimpan nyimpan direkam dipantau dimonitor diawasi kebaca ngerekam merekam "
         "publik umum terbuka ilang hilang kehapus terhapus ngilang baca liat lihat ngintip",
         _WATCH_ID, _MOVE_ID, neg=_NOT_MOVE,
         requires="add tambahin tambahkan chat hubungi pindah download instal install ngobrol "
                  "lanjut lanjutin lain satunya sebelah"),
]
