"""The means at hand, and a plan with a time or a place, in ru tr pl id ar hi
zh (the classes, the reasons and what passes are in `selfharm_means_ready.py`).

Why here: the same eight classes as the European module, written in each
language's own word order ("silet cukur ayah kusembunyiin di balik
lemari", the noun before the verb; "хочу выйти в окно", the Russian idiom
for jumping out of a window; "skoczyc pod pociag"; "想去天台吹吹风，吹完就
不回来了").  Each core is first person and needs its cue (right now, a
plea, a hiding place, "to end it", the jump) so the everyday senses
(pills for a headache, a knife for cooking, the roof for air and back, a
voice in a game, a jump into the river) pass; the everyday reason is
looked for right after the means and the place as well as after the cue.
Word-order and morphology classes: Russian drops the pronoun ("сижу на
подоконнике"), Polish moves the clitic ("w ktora sie zabije"), Turkish puts
a place before the verb ("dolabin arkasina hap sakladim"), Indonesian means
take a second word ("pil tidur"), colloquial Arabic prefixes the verb
("بنتحر", "هموت"), Devanagari has its own hiding class with its own reason
words (क्योंकि, ताकि).  Arabic on the folded phrase
form with (?:^|\\s)...(?!\\S) in place of \\b; Devanagari without a trailing
\\b; Chinese on the normalised text through `zrule` (both scripts).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule
from .selfharm_means_ready import _NO_REASON
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"
_EVERYDAY = (
    r"(?!.*\b(?:голов\w* бол\w*|от головы|аллерги\w*|рецепт\w*|врач\w*|поход\w*|каникул\w*|"
    r"вечеринк\w*|проект\w*|фото\w*|игр\w*|сериал\w*|готов\w*|"
    r"bas agri\w*|basim agri\w*|alerji\w*|recete\w*|doktor\w*|tatil\w*|parti\w*|proje\w*|fotograf\w*|"
    r"oyun\w*|dizi\w*|"
    r"bol\w* glowy|alergi\w*|recept\w*|lekarz\w*|wakacj\w*|impreza\w*|projekt\w*|zdjec\w*|gr[aey]|"
    r"serial\w*|"
    r"sakit kepala|pusing|alergi|resep|dokter|liburan|pesta|tugas|foto\w*|game|gim|"
    r"sir dard|sar dard|allergy|doctor|party|project|photo\w*|game|"
    r"trampolin\w*|parkour)\b)"
)
_WATER = (
    r"(?!" + _G + r"*\b(?:реку|река|речку|озеро|воду|купат\w*|бассейн\w*|nehr\w*|denize|havuz\w*|"
    r"rzeki|rzeka|jezioro|wody|basen\w*|sungai|danau|laut|kolam|berenang|nadi|pani|pool)\b)"
)

# -- ru ---------------------------------------------------------------------------
_RU_MEANS = r"(?:таблетки|таблеток|снотворное|лезвие|лезвия|бритву|бритва)"
_RU_CUE = (
    r"(?:сеичас|прямо сеичас|уже|побудьте со мнои|побудь со мнои|поговорите со мнои|напишите мне|"
    r"помогите|мне страшно|заперлась|заперся|в ваннои|тянет)"
)
_RU = (
    r"\b(?:у меня )?" + _RU_MEANS + r" (?:уже )?(?:у меня )?(?:в руке|в руках|в сумке|в кармане|в рюкзаке)\b"
    + _EVERYDAY + _G + r"{0,60}?\b" + _RU_CUE + r"\b" + _EVERYDAY + r"|"
    r"\b" + _RU_CUE + r"\b" + _G + r"{0,60}?\b(?:у меня )?(?:в руке|в руках) (?:уже )?" + _RU_MEANS
    + r"\b" + _EVERYDAY + r"|"
    r"\b" + _RU_CUE + r"\b" + _G + r"{0,60}?\b" + _RU_MEANS + r" (?:уже )?(?:у меня )?(?:в руке|в руках)\b"
    + _EVERYDAY + r"|"
    r"\b(?:мама|мать|родители|папа|отец|они) (?:\w+ )?(?:спрятала|спрятали|спрятал|заперла|заперли|"
    r"убрала|убрали|выкинула|выкинули|забрала|забрали) (?:все )?(?:ножи|таблетки|лекарства|лезвия|"
    r"бритвы|ножницы)\b" + _NO_REASON + r"\b(?:но|а|и) (?:я )?(?:уже )?(?:нашла|нашел|знаю где|"
    r"достала|достал|купила|купил|оставила|оставил)\b" + _MUNDANE + r"|"
    # the cover story: the match is the message's first word, the story in a lookahead, so the
    # purpose frame does not read the cover ("для бабушки") as the pills' everyday purpose
    r"^(?=.*?\b(?:купила|купил|взяла|взял|заказала|заказал) (?:\w+ ){0,3}?(?:таблетки|таблеток|"
    r"снотворное|лезвия)\b.{0,60}?\b(?:сказала|сказал|соврала|соврал|наврала|наврал) (?:\w+ ){0,3}?(?:что )?"
    r"(?:это )?для (?:бабушки|мамы|папы|сестры|школы|подруги|друга)\b.{0,50}?\b(?:на самом деле|а на "
    r"деле|вообще то|а так) (?:\w+ )?для (?:себя|меня)\b)\S+|"
    r"\b(?:я )?(?:уже )?(?:выбрала|выбрал|назначила|назначил|наметила|наметил|решила|решил) (?:\w+ )?"
    r"(?:день|дату|ночь|вечер)\b" + _G + r"{0,30}?\b(?:когда|чтобы|в которую|в которыи) (?:я )?"
    r"(?:покончу|закончу все|уиду навсегда|умру|сделаю это|покончить|умереть|закончить все)\b|"
    r"\b(?:хочу|хочется|думаю|мечтаю|подумываю|собираюсь|готова|готов|тянет|пора|может) (?:\w+ ){0,2}?"
    r"(?:выити|шагнуть|выпрыгнуть) (?:в|из) окн[оа]\b" + _WATER + r"|"
    r"\b(?:хочу|хочется|думаю|мысли|тянет|собираюсь) (?:\w+ ){0,3}?(?:броситься|прыгнуть|лечь|кинуться) "
    r"под (?:поезд|электричку|машину|грузовик|метро)\b|"
    r"\b(?:я )?(?:\w+ )?(?:стою|сижу) (?:\w+ )?на (?:краю )?(?:крыше|мосту|краю|подоконнике|платформе|перроне|"
    r"рельсах|балконе|перилах|\d+\w* этаже)\b" + _G + r"{0,60}?\b(?:прыгнуть|прыгать|шагнуть|"
    r"спрыгнуть|броситься|стоит ли|смотрю вниз)\b" + _WATER + _EVERYDAY + r"|"
    r"\bголоса? в (?:моеи )?голове\b" + _G + r"{0,25}?\b(?:говорит|говорят|шепчет|шепчут|кричит|"
    r"твердит|велит|приказывает) (?:мне )?(?:прыгнуть|прыгать|убить себя|умереть|порезаться|сделать "
    r"это|покончить)\b|"
    r"\b(?:подняться|залезть|поити|выити|поиду|залезу|поднимусь) на крышу\b" + _G + r"{0,40}?\b(?:и )?"
    r"(?:больше )?не (?:вернуться|вернусь|спускаться|спущусь|возвращаться)\b"
)
_RU_TRIG = (
    "таблетки таблеток снотворное лезвие лезвия бритву бритва ножи лекарства бритвы ножницы день "
    "дату ночь вечер окно окна поезд электричку машину грузовик метро крыше мосту краю подоконнике "
    "платформе перроне рельсах балконе перилах этаже голос голоса крышу"
)

# -- tr ---------------------------------------------------------------------------
_TR_CUE = (
    r"(?:su an|simdi|zaten|benimle kalin|biri konussun|konusun benimle|yazin bana|yardim|korkuyorum|"
    r"banyoya kilitledim|banyodayim)"
)
_TR_MEANS = r"(?:haplar|haplari|ilaclar|ilaclari|jilet|jiletler|jileti|jiletleri)"
_TR = (
    r"\b" + _TR_MEANS + r" (?:su an |simdi |zaten )?(?:elimde|avucumda|cantamda|cebimde)\b" + _EVERYDAY + _G
    + r"{0,60}?\b" + _TR_CUE + r"\b" + _EVERYDAY + r"|"
    r"\b" + _TR_CUE + r"\b" + _G + r"{0,60}?\b" + _TR_MEANS + r" (?:su an |zaten )?(?:elimde|avucumda)\b"
    + _EVERYDAY + r"|"
    r"\b(?:annem|babam|ailem|annemler) (?:\w+ )?(?:butun )?(?:bicaklari|haplari|ilaclari|jiletleri|"
    r"makaslari) (?:\w+ )?(?:sakladi|sakladilar|kilitledi|kilitlediler|atti|attilar|kaldirdi|"
    r"kaldirdilar)\b" + _NO_REASON + r"\b(?:ama|ve) (?:ben )?(?:\w+ ){0,3}?(?:buldum|aldim|biliyorum|"
    r"sakladim)\b" + _MUNDANE + r"|"
    r"\b(?:her seyi bitirecegim|olecegim|kendimi oldurecegim|gidecegim) (?:gunu|geceyi|tarihi|zamani)"
    r"\b|"
    r"\b(?:gunu|geceyi|tarihi|zamani) (?:bile )?(?:sectim|belirledim|ayarladim|planladim)\b" + _G
    + r"{0,30}?\b(?:bitirmek|bitirecegim|olmek|olecegim|intihar)\w*|"
    r"\b(?:trenin|metronun|arabanin|kamyonun) (?:\w+ )?onune (?:atlamak (?:istiyorum|istiyom|"
    r"dusunuyorum)|atlayacagim|atlasam|atlamayi dusunuyorum|kendimi atmak istiyorum|atacagim)\b|"
    r"\b(?:koprudeyim|catidayim|perondayim|balkondayim|\d+\w* kattayim|kenarindayim|pencerenin "
    r"kenarindayim)\b" + _G + r"{0,60}?\b(?:atlasam|atlamak|atlayayim|atlayacagim|degip degmedigini|"
    r"deger mi|asagi bakiyorum)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:kafamdaki|kafamin icindeki|kafamda bir) ses(?:ler)?\b" + _G + r"{0,25}?\b(?:bana )?(?:atla|"
    r"kendini oldur|ol|kes|yap|bitir) (?:diyor|diyorlar|deyip duruyor|diye bagiriyor)\b|"
    r"\b(?:cata|catiya|koprunun ustune) (?:\w+ )?(?:cikip|cikacagim|cikmak)\w*\b" + _G
    + r"{0,40}?\b(?:geri )?(?:donmeyecegim|inmeyecegim|donmemek|inmemek)\b"
)
_TR_TRIG = (
    "haplar haplari ilaclar ilaclari jilet jiletler jileti jiletleri bicaklari makaslari gunu "
    "geceyi tarihi zamani onune koprudeyim catidayim perondayim balkondayim kattayim kenarindayim "
    "ses sesler cata catiya koprunun"
)

# -- pl ---------------------------------------------------------------------------
_PL_CUE = (
    r"(?:teraz|juz|zostancie ze mna|zostan ze mna|piszcie do mnie|niech ktos|pomocy|boje sie|"
    r"zamknelam sie|zamknalem sie|w lazience)"
)
_PL_MEANS = r"(?:tabletki|tabletek|leki|pigulki|zyletke|zyletki|ostrze)"
_PL = (
    r"\b(?:mam|trzymam) (?:\w+ )?" + _PL_MEANS + r" (?:juz )?(?:w rece|w rekach|w dloni|w plecaku|"
    r"w kieszeni|w torbie)\b" + _EVERYDAY + _G + r"{0,60}?\b" + _PL_CUE + r"\b" + _EVERYDAY + r"|"
    r"\b" + _PL_CUE + r"\b" + _G + r"{0,60}?\b(?:mam|trzymam) (?:juz )?" + _PL_MEANS + r" (?:w rece|"
    r"w dloni)\b" + _EVERYDAY + r"|"
    r"\b(?:mama|rodzice|tata|ojciec|matka) (?:\w+ )?(?:schowala|schowali|schowal|zamknela|zamkneli|"
    r"wyrzucila|wyrzucili|zabrala|zabrali) (?:wszystkie )?(?:noze|tabletki|leki|zyletki|nozyczki|"
    r"maszynki)\b" + _NO_REASON + r"\b(?:ale|a|i) (?:ja )?(?:znalazlam|znalazlem|wiem gdzie|mam|"
    r"kupilam|kupilem|schowalam|schowalem)\b" + _MUNDANE + r"|"
    r"\b(?:juz )?(?:wybralam|wybralem|ustalilam|ustalilem|zaplanowalam|zaplanowalem) (?:juz )?(?:dzien|"
    r"date|noc|wieczor)\b" + _G + r"{0,30}?\b(?:kiedy|w ktory|w ktora|w ktorym|w ktorej|zeby) (?:to |sie )?"
    r"(?:skoncze|zakoncze|"
    r"skonczyc|zakonczyc|zabije(?: sie)?|zabic sie|umre|umrzec|zrobie to|odejde)\b|"
    r"\b(?:chce|chcialabym|chcialbym|mysle|mam ochote|zaraz|chyba|kusi mnie)\b" + _G
    + r"{0,25}?\b(?:skoczyc|rzucic sie|wskoczyc|polozyc sie) pod (?:pociag|tramwaj|samochod|auto|metro|"
    r"ciezarowke|autobus)\b|"
    r"\b(?:skocze|rzuce sie|wskocze|poloze sie) pod (?:pociag|tramwaj|samochod|auto|metro|ciezarowke)\b|"
    r"\b(?:stoje|siedze|jestem) (?:\w+ )?na (?:krawedzi )?(?:moscie|dachu|peronie|krawedzi|parapecie|"
    r"torach|balkonie|barierce|\d+\w* pietrze)\b" + _G + r"{0,60}?\b(?:skoczyc|skakac|skocze|rzucic sie|"
    r"czy warto|patrze w dol)\b" + _WATER + _EVERYDAY + r"|"
    r"\bglos(?:y)? w (?:mojej )?glowie\b" + _G + r"{0,25}?\b(?:mowi|mowia|kaze|kaza|krzyczy|szepcze) "
    r"(?:mi )?(?:zebym )?(?:skoczyl\w*|skoczyc|sie zabil\w*|zabic sie|umrzec|sie pocial\w*|pociac sie|"
    r"to zrobic|to zrobil\w*)\b|"
    r"\b(?:wejsc|wejde|pojde|isc|wyjde) na dach\b" + _G + r"{0,40}?\b(?:i )?(?:juz |nigdy )?nie "
    r"(?:wrocic|wroce|zejsc|zejde|wracac)\b"
)
_PL_TRIG = (
    "tabletki tabletek leki pigulki zyletke zyletki ostrze noze nozyczki maszynki dzien date noc "
    "wieczor pociag tramwaj samochod auto metro ciezarowke autobus moscie dachu peronie krawedzi "
    "parapecie torach balkonie barierce pietrze glos glosy dach"
)

# -- id ---------------------------------------------------------------------------
_MINE = r"(?:ku| aku| gue| gw| saya)"
_ID_CUE = (
    r"(?:sekarang|skrg|temenin aku|temenin gue|temenin gw|tolong|ajak ngobrol|ngomong sama aku|"
    r"aku takut|gue takut|kekunci|ngunci diri|di kamar mandi)"
)
_ID = (
    r"\b(?:obat|pil|silet|cutter)\w*(?: \w+){0,2}? (?:udah |sudah |lagi )?(?:ada )?di (?:genggaman|tangan|tas|"
    r"kantong|saku)" + _MINE + r"\b" + _EVERYDAY + _G + r"{0,60}?\b" + _ID_CUE + r"\b" + _EVERYDAY + r"|"
    r"\b" + _ID_CUE + r"\b" + _G + r"{0,60}?\b(?:obat|pil|silet)\w*(?: \w+)? (?:udah |sudah )?(?:ada )?di "
    r"(?:genggaman|tangan)" + _MINE + r"\b" + _EVERYDAY + r"|"
    # the noun first: "silet cukur ayah kusembunyiin di balik lemari buat jaga jaga"
    r"\b(?:silet|cukuran|pisau cukur|obat|pil|cutter)\w*(?: \w+){0,2}? (?:udah |sudah )?(?:kusembunyiin|"
    r"kuumpetin|kusimpen|kusembunyikan|kusimpan|(?:aku|gue|gw|saya) (?:sembunyiin|umpetin|simpen|"
    r"simpan|sembunyikan))\b" + _MUNDANE + _G + r"{0,40}?\b(?:buat jaga jaga|jaga jaga|buat nanti|"
    r"biar (?:ga|gak|nggak|tidak) ada yang tau|diam diam|diem diem|(?:di )?(?:balik|belakang|bawah|"
    r"dalam) (?:lemari|kasur|ranjang|bantal))\b|"
    r"\b(?:mama|mamah|ibu|bunda|ayah|papa|bapak|ortu|orang tua)\w* (?:\w+ )?(?:nyembunyiin|sembunyiin|"
    r"ngumpetin|umpetin|ngunci|kunci|buang|ngambil|ambil)\w* (?:semua )?(?:pisau|obat|silet|gunting|"
    r"cutter)\w*\b" + _NO_REASON + r"\b(?:tapi|terus|dan) (?:aku|gue|gw|saya) (?:\w+ )?(?:nemu|nemuin|"
    r"dapet|tau|punya|beli|nyimpen)\b" + _MUNDANE + r"|"
    r"\b(?:aku|gue|gw|saya) (?:udah |sudah )?(?:milih|pilih|nentuin|menentukan|netapin|tetapin|atur) "
    r"(?:hari|tanggal|malam|malem|waktu)\w*\b" + _G + r"{0,30}?\b(?:buat|untuk|pas|waktu) (?:\w+ )?"
    r"(?:mengakhiri|ngakhirin|akhirin|bunuh diri|mati|pergi selamanya|ngelakuinnya)\b|"
    r"\b(?:pengen|ingin|mau|kepikiran|kepengen|pgn|pingin)\b" + _G + r"{0,20}?\b(?:loncat|lompat|"
    r"nabrakin diri|tiduran|rebahan) (?:ke )?(?:depan |di )?(?:rel|kereta|krl|mrt)\b|"
    r"\b(?:aku|gue|gw|saya) (?:lagi |sekarang )?(?:di|diatas|di atas|berdiri di|duduk di) (?:atas )?"
    r"(?:jembatan|atap|rooftop|peron|rel|jendela|pinggir|tepi|balkon|lantai \d+)\b" + _G
    + r"{0,60}?\b(?:loncat|lompat|terjun|worth it|ngeliat ke bawah|lihat ke bawah)\b" + _WATER
    + _EVERYDAY + r"|"
    r"\bsuara (?:di|dalam) (?:kepala|pikiran)" + _MINE + r"\b" + _G + r"{0,25}?\b(?:nyuruh|bilang|"
    r"menyuruh|teriak) (?:aku |gue |gw )?(?:buat |untuk )?(?:loncat|lompat|bunuh diri|mati|nyayat|"
    r"nyilet|ngelakuin)\b|"
    r"\b(?:naik|pergi) (?:ke )?(?:atap|rooftop|jembatan)\b" + _G + r"{0,40}?\b(?:terus |dan )?(?:ga|gak|"
    r"nggak|tidak|ngga) (?:\w+ )?(?:balik|turun|kembali) lagi\b"
)
_ID_TRIG = (
    "obat obatnya obatku pil silet siletnya siletku cutter cukuran pisau gunting hari tanggal "
    "malam malem waktu rel kereta krl mrt jembatan atap rooftop peron jendela pinggir tepi balkon "
    "lantai suara"
)

# -- ar ---------------------------------------------------------------------------
_AG = r"(?:\S+\s){0,6}?"
_AR_CUE = (
    r"(?:الحين|هلا|هلق|هسه|دلوقتي|الان|حد يكلمني|احد يكلمني|خليكم معي|خليكو معايا|ساعدوني|خايف|خايفه|"
    r"قافل\S* علي نفسي|في الحمام)"
)
_AR_MEANS = r"(?:الحبوب|حبوب|الدوا|الدواء|الموس|شفره|الشفره|الشفرات)"
_AR = (
    r"(?:^|\s)" + _AR_MEANS + r"\s(?:كلها\s)?(?:في|ب)\s?(?:ايدي|يدي|شنطتي|جيبي)(?!\S)\s" + _AG + _AR_CUE
    + r"(?!\S)|"
    r"(?:^|\s)" + _AR_CUE + r"\s" + _AG + _AR_MEANS + r"\s(?:كلها\s)?(?:في|ب)\s?(?:ايدي|يدي)(?!\S)|"
    r"(?:^|\s)(?:امي|ماما|اهلي|ابوي|بابا|ابي)\s(?:\S+\s)?(?:خبت|خبوا|خبي|قفلت|قفلوا|شالت|شالوا|رمت|رموا)"
    r"\s(?:كل\s)?(?:السكاكين|الحبوب|الادويه|الدوا|الموس|الشفرات|المقصات)(?!\S)\s" + _AG
    + r"(?:بس|لكن|و)\s?(?:انا\s)?(?:لقيت|لاقيت|جبت|اعرف وين|عارف\S* فين|خبيت)(?!\S)|"
    r"(?:^|\s)(?:اخترت|حددت|قررت)\s(?:\S+\s)?(?:اليوم|الليله|الوقت|التاريخ|يوم)(?!\S)\s" + _AG
    + r"(?:[ابحهن]نهي|[ابحه]?نتحر|[ابحهن]موت|[ابحهن]خلص من|[ابحهن]رتاح للابد)\S*|"
    r"(?:^|\s)(?:واقف|واقفه|قاعد|قاعده|جالس|جالسه)\s(?:\S+\s)?(?:علي|فوق|ع)\s(?:السطح|الجسر|الكوبري|"
    r"الشباك|الدرابزين|حافه|البلكونه|الرصيف)(?!\S)\s" + _AG + r"(?:انط|اقفز|ارمي نفسي|ارمي حالي|يستاهل|"
    r"يسوي)(?!\S)|"
    r"(?:^|\s)(?:صوت|الصوت|اصوات)\s(?:\S+\s)?(?:في|داخل|جوا)\s(?:راسي|دماغي|عقلي)(?!\S)\s" + _AG
    + r"(?:يقولي|يقول لي|تقولي|يامرني|بيقولي|بيقول لي)\s(?:\S+\s)?(?:انط|اقفز|اقتل نفسي|اموت|انتحر)"
    r"(?!\S)|"
    r"(?:^|\s)(?:اطلع|بطلع|ابي اطلع|بدي اطلع|عايز اطلع|عايزه اطلع|رح اطلع)\s(?:ع|علي|الي|فوق)\s?"
    r"(?:السطح|الجسر)(?!\S)\s" + _AG + r"(?:وما|و ما|ومش|ولا|وماراح|وما راح)\s(?:ارجع|انزل|هرجع|هنزل)"
    r"(?!\S)"
)
_AR_TRIG = (
    "الحبوب حبوب الدوا الدواء الموس شفره الشفره الشفرات السكاكين الادويه المقصات اليوم الليله "
    "الوقت التاريخ يوم السطح الجسر الكوبري الشباك الدرابزين حافه البلكونه الرصيف راسي دماغي عقلي"
)

# -- hi: Hinglish, then Devanagari (no trailing \b) -------------------------------------
_HL = (
    r"\b(?:pills|goliyan|goliya|tablets|dawai|dawaiyan|blade|razor)\b (?:abhi |already )?(?:mere|meri) "
    r"(?:haath|hath|bag|jeb|pocket) (?:mein|me|main)\b" + _EVERYDAY + _G + r"{0,60}?\b(?:abhi|already|koi baat karo|"
    r"mere saath raho|mere sath raho|help|dar lag raha|darr lag raha|bathroom mein band)\b" + _EVERYDAY
    + r"|"
    r"\b(?:mummy|mumma|mom|maa|papa|parents|ghar wal\w*|gharwal\w*)\w* (?:ne )?(?:saare |saari |sari |sare |sab )?"
    r"(?:chaku|chaaku|knives|pills|goliyan|dawai|blade|razor)\w* (?:\w+ )?(?:chupa|chhupa|chupaa|lock|hata|"
    r"phenk|fek)\w*\b" + _NO_REASON + r"\b(?:par|lekin|but|aur) (?:maine|mujhe|mere paas)\b"
    + _MUNDANE + r"|"
    r"\b(?:maine|mene) (?:\w+ )?(?:din|date|raat|tareekh|tarikh) (?:\w+ )?(?:chun|choose|fix|tay|"
    r"decide|select)\w*\b" + _G + r"{0,40}?\b(?:khatam|marne|mar jaungi|mar jaunga|suicide|khudkushi|"
    r"chali jaungi|chala jaunga)\b|"
    r"\b(?:sab khatam karne|marne|suicide karne) (?:ka|ki) (?:din|date|raat|tareekh) (?:\w+ )?(?:chun|"
    r"fix|tay|decide)\w*\b|"
    r"\b(?:main|mai) (?:abhi )?(?:chhat|chat|terrace|bridge|pul|platform|khidki|window|railing)\w* "
    r"(?:pe|par|ke upar|ke kinare|mein) (?:khada|khadi|baitha|baithi|hu|hoon|hun)\w*\b" + _G
    + r"{0,60}?\b(?:kood|kud|jump|chhalang|neeche dekh)\w*\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:dimaag|dimag|sir|man) (?:mein|me|ke andar) (?:ek )?(?:awaaz|awaz|aawaz|voice)\w*\b" + _G
    + r"{0,25}?\b(?:kood|kud|jump|mar ja|khatam kar|kaat)\w*|"
    r"\b(?:chhat|chat|terrace|bridge|pul) (?:pe|par) (?:ja|jaa|jaake|jakar|jaungi|jaunga)\w*\b" + _G
    + r"{0,40}?\b(?:wapas nahi|wapas nhi|waapas nahi|neeche nahi|kabhi nahi) (?:aa|aungi|aaunga|aana|"
    r"utrungi|utrunga)\w*"
)
_HL_TRIG = (
    "pills goliyan goliya tablets dawai dawaiyan blade razor chaku chaaku knives din date raat "
    "tareekh tarikh chhat chat terrace bridge pul platform khidki window railing awaaz awaz aawaz "
    "voice"
)
_HD = r"[^।.!?]"
# an everyday reason anywhere after the core, and a gap that gives no reason
_HI_EVERYDAY = (
    r"(?!.*(?:सिर दर्द|सिरदर्द|डॉक्टर|डाक्टर|एलर्जी|बुखार|प्रोजेक्ट|पार्टी|फोटो|गेम|फिल्म|शेव|आर्ट|खाना बना|"
    r"सब्जी|प्याज))"
)
_HI_NO_REASON = r"(?:(?!क्योंकि|ताकि|इसलिए|के लिए|वरना)[^।.!?]){0,40}?"
_HI = (
    r"(?:गोलियां|गोलियाँ|दवाई|दवाइयां|ब्लेड)\s(?:\S+\s)?(?:मेरे|मेरी)\s(?:हाथ|बैग|जेब)\s(?:में|मे)"
    + _HI_EVERYDAY + _HD + r"{0,60}?(?:अभी|कोई बात करो|मेरे साथ रहो|डर लग)|"
    r"(?:मम्मी|मम्मा|माँ|मां|पापा|घरवालों|घर वालों|मेरे माता पिता)\s(?:ने\s)?(?:सारी\s|सारे\s|सब\s)?"
    r"(?:चाकू|दवाई|दवाइयां|दवाइयाँ|गोलियां|गोलियाँ|ब्लेड|रेज़र|रेजर)\s(?:\S+\s){0,2}?(?:छुपा|छिपा|लॉक|हटा|फेंक)"
    + _HI_NO_REASON + r"(?:पर|लेकिन|मगर)\s(?:मैंने|मुझे|मेरे पास)|"
    r"(?:मैंने|मैने)\s(?:\S+\s){0,3}?(?:दिन|तारीख|रात)\s(?:\S+\s){0,2}?(?:चुन|तय|फिक्स)" + _HD
    + r"{0,40}?(?:खत्म|मरने|मर जा|खुदकुशी)|"
    r"(?:खत्म करने|मरने|खुदकुशी करने)\s(?:का|की)\s(?:दिन|तारीख|रात)\s(?:\S+\s){0,2}?(?:चुन|तय|फिक्स)|"
    r"(?:दिमाग|सिर)\s(?:में|मे)\s(?:एक\s)?(?:आवाज़|आवाज)" + _HD + r"{0,25}?(?:कूद|मर जा|खत्म कर)|"
    r"(?:छत|पुल)\s(?:पे|पर)" + _HD + r"{0,40}?(?:वापस नहीं|नीचे नहीं)\s(?:आ|उतर)"
)
_HI_TRIG = "गोलियां गोलियाँ दवाई दवाइयां दवाइयाँ ब्लेड चाकू रेज़र रेजर दिन तारीख रात दिमाग सिर छत पुल"

# -- zh (unspaced, both scripts through zrule) --------------------------------------------
_Z = "[^。!?]"
_ZH_EVERYDAY = (
    r"(?!" + _Z + r"{0,20}?(?:头疼|头痛|感冒|过敏|医生|按时|发烧|胃|痛经|维生素|做饭|切菜|游戏|电视剧|小说|"
    r"作业|拍照|风景))"
)
_ZH = (
    r"(?:药|药片|安眠药|刀片|剃刀)" + _Z + r"{0,4}?(?:已经|就)?在我(?:的)?(?:手里|手上|书包里|包里|口袋里)"
    + _Z + r"{0,15}?(?:现在|陪我|陪陪我|谁陪|跟我说|说说话|救救|好怕|害怕|锁在|厕所|忍不住)" + _ZH_EVERYDAY
    + r"|"
    r"(?:陪我|陪陪我|谁陪|跟我说说话|救救我)" + _Z + r"{0,15}?(?:药|药片|安眠药|刀片)" + _Z
    + r"{0,4}?(?:已经|就)?在我(?:的)?(?:手里|手上)|"
    r"我(?:现在)?(?:手里|手上)(?:拿着|握着|攥着)(?:一把|一瓶|一板)?(?:药|药片|安眠药|刀片)" + _ZH_EVERYDAY + r"|"
    r"(?:妈|爸|父母|家里人|家人)" + _Z + r"{0,6}?(?:把)?" + _Z + r"{0,2}?(?:刀|菜刀|药|刀片|剪刀|药片)"
    + _Z + r"{0,2}?(?:都)?(?:藏起来|藏了|锁起来|锁了|收起来|扔了|拿走)(?!" + _Z + r"{0,10}?(?:弟弟|妹妹))"
    + _Z + r"{0,10}?(?:但是?|可是?|不过)我" + _Z + r"{0,4}?(?:找到|发现了|知道在哪|还有|买了)|"
    r"(?:选好|定好|挑好|决定好)(?:了)?" + _Z + r"{0,4}?(?:日子|那天|日期|时间|那晚)" + _Z
    + r"{0,10}?(?:结束一切|结束生命|结束自己|离开这个世界|去死|自杀)|"
    r"(?:结束一切|结束生命|结束自己|离开这个世界|去死|自杀)的(?:日子|那天|日期|时间|那晚)(?:已经|我)?"
    r"(?:选好|定好|定了|选了|挑好)|"
    r"(?:天台|楼顶|顶楼|桥上|天桥)" + _Z + r"{0,12}?(?:就)?(?:不回来了|不下来了|再也不回来|不会回来|"
    r"不会下来)|"
    r"我(?:现在)?(?:站在|坐在|在)(?:天台|楼顶|顶楼|桥上|窗台|站台|铁轨|阳台栏杆|\d+楼)(?:上|边)?" + _Z
    + r"{0,15}?(?:跳下去|要不要跳|想跳|往下看|值不值得|值得吗)(?!" + _Z + r"{0,10}?(?:泳池|水里|河里|蹦床))|"
    r"(?:脑子|脑袋|脑海|头)里(?:有个|有一个|的)?声音" + _Z + r"{0,8}?(?:叫我|让我|要我|告诉我)" + _Z
    + r"{0,3}?(?:跳|去死|自杀|割|结束)(?!" + _Z + r"{0,10}?游戏)|"
    r"我" + _Z + r"{0,6}?(?:想|要|打算)" + _Z + r"{0,4}?卧轨"
)
_ZH_TRIG = "药 刀 藏 锁 扔 收 拿 日 天 期 时 晚 台 楼 桥 站 窗 轨 声 卧"

RULES: list[Rule] = [
    rule("self_harm:means_ready", "self_harm", _RU_TRIG, _RU, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _TR_TRIG, _TR, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _PL_TRIG, _PL, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _ID_TRIG, _ID, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _AR_TRIG, _AR, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _HL_TRIG, _HL, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _HI_TRIG, _HI, framed="generic"),
    zrule("self_harm:means_ready", "self_harm", _ZH_TRIG, _ZH, framed="generic"),
]
