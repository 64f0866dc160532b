"""Someone else at risk right now, in Turkish and Arabic (the class and its
gates: `selfharm_others_acute_base.py`).

Why a module of their own: both mark the person with a possessive suffix
("arkadasim", "kardesim"; "صاحبتي", "اختي") rather than a separate word, so
the triggers are the suffixed nouns; Arabic words may be led by "و" / "ف"
(`pre`) and its letters are not word characters (`_NB`, no trailing \\b);
Turkish puts the verb last ("bir kutu hap icmis").  Arabic covers MSA and
Gulf, Egyptian and Levantine chat.  Guards: the past that is over, fiction,
accidents, medicine as prescribed; goodbyes for moving, a trip or leaving
the group (only leaving it - the group itself is a place people are named
from).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _NB, _acute_more, _rule

# -- tr (verb last; possessive suffixes: "arkadasim", "kardesim") ----------------------------------
_WHO_TR = (
    r"(?<!eger )(?<!gecen yil )(?<!once )(?:"
    r"(?:benim )?(?:en iyi |en yakin |kucuk |buyuk )?(?:arkadasim|arkadasimiz|kankam|kankim|kiz "
    r"arkadasim|erkek arkadasim|sevgilim|kardesim|kiz kardesim|erkek kardesim|ablam|abim|kuzenim|sinif "
    r"arkadasim|sinif arkadasimiz|komsumuz|komsum|annem|babam|teyzem|halam|dayim|amcam|yakin arkadasim|"
    r"bff'?im|dostum)|(?:siniftan|sinifimizdan|sinifimdan|okuldan) bir (?:kiz|cocuk|oglan|arkadas)|"
    r"sinifimizdaki bir (?:kiz|cocuk|oglan)|(?:bana|bize) (?:az once |simdi |demin )?(?:yazdi|mesaj "
    r"atti|dedi|soyledi))"
)
_GUARD_TR = (
    r"gecen (?:yil|sene|yaz|kis|ay)|(?:\w+ )?(?:yil|sene|ay|hafta) once|kucukken|(?:artik|simdi) "
    r"(?:\S+ )?(?:iyi|iyilesti|daha iyi|guvende|toparlandi)|yardim (?:aldi|aliyor)|iyilesti|dizi\w*|"
    r"sezon\w*|bolum\w*|film\w*|kitap\w*|roman\w*|anime|manga|karakter\w*|netflix|haber\w*|makale\w*|"
    r"belgesel\w*|oyunda|minecraft\w*|roblox\w*|fortnite\w*|iksir\w*|yanlislikla|kazara|kaza\w*|"
    r"yemek yaparken|dograrken|tiras\w*|dustu|dusup|cam kirigi|(?:bas agrisi|alerji|regl|"
    r"grip|ates|migren|astim) icin|ornegin|mesela|ogrendik|derste|atolye|ne yapmali\w* eger|varsayalim|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"doktorun (?:dedigi|soyledigi|yazdigi|verdigi) gibi|recetedeki gibi|ilac kutusu|"
    # a jump into the pool or from a diving board ("havuzda atlama tahtasından atlayacak")
    r"havuz\w*|atlama tahtas\w*|trambolin\w*"
)
_PILLS_TR = (
    r"hap\w*|ilac\w*|uyku ilac\w*|antidepresan\w*|agri kesici\w*|parol\w*|emoji_pill"
)
_LOTS_TR = (
    r"bir kutu|butun|tum|bir avuc|bir suru|cok fazla|bir sise|bir paket|bir serit|iki kutu|kutu kutu|"
    r"(?:[1-9]\d+|yirmi|otuz|kirk|elli|yuz) (?:tane )?"
)
_ACTS_TR = (
    r"(?:" + _LOTS_TR + r") ?(?:\S+ ){0,2}?(?:" + _PILLS_TR + r") (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|"
    r"ictigini|ictigi|yuttu\w*|yutmus\w*|yuttugunu|atti|atmis\w*|bitirdi\w*|bitirmis\w*)|(?:asiri doz\w*|"
    r"doz asimi)|"
    r"(?:camasir suyu\w*|zehir|zehri|fare zehri|deterjan\w*|temizlik (?:ilaci|malzemesi|sivisi)\w*|tuz "
    r"ruhu\w*|antifriz\w*|kezzap\w*|cam sil\w*) (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|ictigini|yuttu\w*|"
    r"yutmus\w*)|"
    r"(?:bilegini|bileklerini|damarlarini|damarini) (?:\S+ ){0,2}?(?:kesti\w*|kesmis\w*|kestigini|kesiyor|"
    r"jiletledi\w*|jiletlemis\w*)|(?:kendini|kolunu|kollarini|bacagini) (?:\S+ ){0,3}?(?:kesti\w*|"
    r"kesmis\w*|kestigini|kesiyor|jiletledi\w*|jiletlemis\w*|jiletliyor) (?:\S+ ){0,5}?(?:derin|cok kotu|"
    r"kan durmuyor|kani durmuyor|durmuyor|her yer kan|cok kan|simdi|su an)|(?:kendini|kolunu) (?:\S+ )"
    r"{0,2}?(?:derin|cok kotu|fena) (?:\S+ )?(?:kesti\w*|kesmis\w*|jiletledi\w*|jiletlemis\w*)|"
    r"(?:kopru\w*|cati\w*|bina\w*|pencere\w*|balkon\w*|ucurum\w*|ray\w*|tren\w*|yuksek\w*) (?:\S+ ){0,3}?"
    r"(?:atlayacak\w*|atlayacagini|atlamak istiyor\w*|atlamak uzere|kendini atacak\w*|kendini atacagini|"
    r"atlamaya hazirlaniyor)|(?:koprude|koprunun|catida|catinin|rayda|raylarda|raylarin|balkonda) "
    r"(?:\S+ ){0,6}?(?:atlayacak\w*|atlayacagini|atlamak|olecek\w*|olmek istiyor\w*|intihar\w*|veda\w*)|"
    r"(?:bu gece|bu aksam|bugun|simdi|su an|hemen|okuldan sonra|herkes uyuyunca) (?:\S+ ){0,3}?"
    r"(?:kendini oldurecek\w*|kendini oldurecegini|intihar edecek\w*|intihar edecegini|olecek\w*|"
    r"olecegini|olmek istiyor\w*|canina kiyacak\w*|canina kiyacagini|kendini asacak\w*|atlayacak\w*|"
    r"atlayacagini)|(?:kendini oldurmek|intihar etmek|olmek) icin (?:bir )?plan\w*|intihar (?:notu|"
    r"mektubu)\w*|"
    r"(?:kilitledi|kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti) (?:\S+ ){0,6}?(?:jilet\w*|"
    r"bicak\w*|ustura\w*|hap\w*|ilac\w*|ip|ipi|makas\w*|kemer\w*)|(?:jilet\w*|bicak\w*|ustura\w*|hap\w*|"
    r"ilac\w*|ip|ipi|makas\w*) (?:\S+ ){0,4}?(?:banyo\w*|oda\w*|tuvalet\w*) (?:\S+ ){0,2}?(?:kilitledi|"
    r"kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti)|(?:banyo\w*|oda\w*|tuvalet\w*) (?:\S+ ){0,2}?"
    r"(?:jilet\w*|bicak\w*|ustura\w*) (?:\S+ ){0,2}?(?:kilitledi|kilitlendi|kilitlemis|kapandi|"
    r"kapanmis|kilitli|kapatti)"
)
_BYE_TR = (
    r"veda\w*|elveda|hosca kalin|son mesaj\w*|(?:hepinizi|sizi|bizi) (?:cok )?sev\w+|her sey icin "
    r"(?:ozur|tesekkur|sagolun)\w*"
)
_UNREACH_TR = (
    r"(?:cevap|yanit) (?:\S+ )?(?:vermiyor|vermedi|yok)|telefon\w* (?:\S+ )?(?:kapali|acmiyor|acmadi|"
    r"ulasilamiyor)|(?:acmiyor|acmadi|donmuyor|donmedi|okumuyor)|(?:kimse|hic kimse|biz|ben) (?:\S+ )?"
    r"(?:ulasamiyor\w*|ulasamadi\w*|bulamiyor\w*)|ulasilamiyor|ulasamiyoruz|ulasamiyorum|nerede oldugunu "
    r"(?:kimse )?bilmiyor\w*|cevrimdisi|offline|gorup (?:cevap )?(?:yazmadi|atmadi)"
)
_BYE_GUARD_TR = (
    r"tasin\w+|gruptan (?:cik\w+|ayril\w+)|sunucudan cik\w+|tatil\w*|yolculu\w+|seyahat\w*|kamp\w*|"
    r"ucak\w*|havaalani\w*|ucus\w*|degisim|yurt ?disi\w*|yeni okul\w*|yeni telefon\w*|sinyal yok|cekmiyor|"
    r"internet yok|wifi yok|sarj\w*|ceza\w*|telefonu(?:nu)? (?:aldilar|alindi)|sosyal medya\w* ara|"
    r"detoks|mezun\w*|son gun\w*|yatili"
)
_TX_TR = (
    "hap|ilac|antidepresan|agri kesici|parol|emoji_pill|asiri doz|doz asimi|camasir suyu|zehir|zehri|"
    "deterjan|temizlik|tuz ruhu|antifriz|kezzap|cam sil|kesti|kesmis|kestig|kesiyor|jiletle|jiletli|"
    "atlayacak|atlayacag|atlamak|atacak|atacag|atlamaya|olecek|oleceg|olmek|intihar|oldurecek|"
    "oldureceg|canina kiyacak|canina kiyacag|asacak|plan|kilitle|kilitli|kapandi|kapanmis|kapatti|veda|"
    "elveda|hosca kalin|son mesaj|sev|her sey icin"
)
_TRIG_TR = (
    "arkadasim arkadasimiz kankam kankim sevgilim kardesim ablam abim kuzenim komsumuz komsum annem "
    "babam teyzem halam dayim amcam bff'im bffim dostum siniftan sinifimizdan sinifimdan okuldan "
    "sinifimizdaki bana bize gruptan grubumuzdan grubumdan okulumuzdan siniftaki gruptaki grubumuzdaki "
    "okulumuzdaki sinifimdaki okuldaki"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_TR = (
    r"(?<!eger )(?:(?:gruptan|grubumuzdan|grubumdan|okulumuzdan|siniftaki|gruptaki|grubumuzdaki|"
    r"okulumuzdaki|sinifimdaki|okuldaki) bir (?:kiz|cocuk|oglan|arkadas|cocugu))"
)
_ACTS_MORE_TR = (
    r"(?:bu gece|bu aksam|bugun|yarin|simdi) (?:\S+ ){0,3}?(?:hayatina son verecek\w*|hayatina son "
    r"verecegini|her seyi bitirecek\w*|her seyi bitirecegini)|"
    r"(?:olmek|kendini oldurmek|intihar etmek) (?:\S+ )?istiyor\w* (?:\S+ ){0,8}?plan\w*"
)
_UNREACH_MORE_TR = r"kapiyi (?:\S+ )?(?:acmiyor|acmadi)|hesab\w* (?:sildi|kapatti|dondurdu)"
_SIGN_TR = (
    r"(?:jiletli|jilet|kanli|kesikli|hap|ilac|bilek) (?:\S+ )?(?:foto\w*|picture\w*|resim\w*|video\w*|"
    r"story\w*|hikaye\w*)|(?:foto\w*|picture\w*|resim\w*|video\w*) (?:\S+ )?(?:jilet|hap|ilac|kesik|bilek|kan)\w*"
)
_PLACE_TR = (
    r"(?:koprude|koprunun (?:ustunde|kenarinda|ucunda)|rayda|raylarda|raylarin (?:yaninda|ustunde|"
    r"kenarinda)|tren yolunda|catida|catinin (?:ucunda|kenarinda)|nehir kenarinda|nehrin kenarinda|dere "
    r"kenarinda|ucurumun (?:kenarinda|ucunda))"
)
_ENDS_TR = (
    r"(?:bu gece|bu aksam|bugun|yarin|artik) (?:\S+ )?(?:her seyi )?(?:bitiriyorum|bitirecegim|bitirecek\w*|"
    r"bitirecegini|bitiriyor)|her sey bitti|her seyi bitir\w+|yasamak istemiyor\w*|olmek istiyor\w*|artik "
    r"dayanamiyor\w*|son mesaj\w*"
)
_TX_MORE_TR = (
    "picture|hayatina son|her seyi bitir|plan|foto|resim|video|story|hikaye|selfie|kopru|ray|tren yolu|cati|"
    "nehir|nehr|dere|ucurum"
)

# -- ar (possessive suffixes; "و" / "ف" may lead a word) ------------------------------------------
_WHO_AR = (
    r"(?:صاحبتي|صاحبي|صديقتي|صديقي|رفيقتي|رفيقي|اختي|اخوي|اخي|بنت خالتي|بنت عمي|ابن عمي|ابن خالتي|"
    r"بنت خالي|ابن خالي|بنت عمتي|ولد عمي|زميلتي|زميلي|حبيبتي|حبيبي|امي|ابوي|ابي|خالتي|عمتي|جارتنا|"
    r"جارنا|صحبتي|صحبي|بيستي|(?:بنت|ولد|طالبه|طالب|وحده|واحد) (?:ب|في |من )(?:صفي|الصف|فصلي|الفصل|"
    r"مدرستي|المدرسه)|بعتتلي|بعتلي|بعثتلي|بعثلي|كتبتلي|كتبلي|ارسلتلي|راسلتني|راسلني)"
)
_GUARD_AR = (
    r"(?:السنه|العام) (?:الماضيه|الماضي|اللي فاتت|اللي فات)|من (?:\S+ )?(?:سنه|سنتين|سنين|سنوات|شهر|"
    r"شهور|اشهر)|لما كنا صغار|(?:هلا|هلق|الحين|الان|هسه|دلوقتي) (?:\S+ )?(?:بخير|منيحه|منيح|كويسه|كويس|"
    r"احسن|تمام|زينه|زين)|صارت (?:بخير|احسن|منيحه|كويسه)|تعالجت|اتعالجت|(?:اخدت|اخذت|تلقت) مساعده|"
    r"مسلسل|حلقه|فيلم|فلم|كتاب|روايه|انمي|مانجا|شخصيه|نتفليكس|(?:ال)?اخبار|خبر|مقال|وثائقي|باللعبه|"
    r"في اللعبه|ماين ?كرافت|روبلوكس|فورتنايت|بالغلط|بالخطا|عن طريق الخطا|بدون قصد|من غير قصد|وهي تطبخ|"
    r"وهو يطبخ|بالمطبخ|في المطبخ|انزلقت|زجاج مكسور|للصداع|للحساسيه|للدوره|للبرد|للحراره|للمغص|مثلا|"
    r"علي سبيل المثال|تعلمنا|في الحصه|بالحصه|ورشه|(?:شو|ماذا|ايش|وش) (?:نعمل|نفعل|نسوي) اذا|"
    # a jump into the pool, onto a trampoline or in parkour ("على السور يعمل باركور ويقول رح ينط")
    r"باركور|(?:بال|ال)?مسبح|ترامبولين|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"(?:زي|متل|مثل|حسب) ما (?:قال|كتب|وصف|قالها|قالو) (?:ال)?(?:دكتور|طبيب|دكتوره)|حسب (?:ال)?وصفه|روشته"
)
_PILLS_AR = (
    r"(?:ال)?حبوب|(?:ال)?حبات|(?:ال)?دوا\S*|(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?منوم\S*|بنادول|"
    r"باراسيتامول|(?:ال)?برشام|(?:ال)?اقراص|emoji_pill"
)
_LOTS_AR = (
    r"(?:علبه|كرتونه|باكيت|شريط|ظرف|قزازه|زجاجه|علبتين)(?: \S+)?|كل|كتير|كثير|واجد|"
    r"(?:[1-9]\d+|عشرين|ثلاثين|تلاتين|اربعين|خمسين|ميه)"
)
_ACTS_AR = (
    r"(?:بلعت|بلع|اخدت|اخذت|شربت|شرب|اكلت|تناولت|تبلع|عم تبلع|عم تاخد|خلصت) (?:\S+ ){0,2}?(?:"
    + _LOTS_AR + r") (?:\S+ ){0,2}?(?:" + _PILLS_AR + r")|(?:بلعت|بلع|اخدت|اخذت|شربت|اكلت|خلصت) "
    r"(?:" + _PILLS_AR + r") (?:\S+ ){0,2}?(?:كلها|كامله|كلو|كله)(?!\S)|جرعه (?:زايده|زائده)|اوفر ?دوز|"
    r"(?:شربت|شرب|بلعت|بلع|عم تشرب) (?:\S+ ){0,2}?(?:(?:ال)?كلور\S*|(?:ال)?مبيض\S*|(?:ال)?سم|(?:ال)?سموم|"
    r"سم (?:ال)?فيران|(?:ال)?فلاش|(?:ال)?ديتول|(?:ال)?منظف\S*|(?:ال)?ماء النار|(?:ال)?ميه النار|"
    r"(?:ال)?بنزين|(?:ال)?فنيك|(?:ال)?مطهر\S*)(?!\S)|"
    r"(?:جرحت|قطعت|شرحت|شطبت|جرح|قطع|شرح|عم تجرح|عم تشطب) (?:\S+ ){0,2}?(?:ايدها|ايده|ايديها|يدها|يده|"
    r"معصمها|معصمه|شرايينها|شريانها|شرايينه|عروقها|عروقه|نفسها|حالها|روحها|نفسه|حاله) (?:\S+ ){0,5}?"
    r"(?:جامد|كتير|كثير|عميق\S*|بقوه|الدم (?:\S+ )?(?:ما|مش|مو) (?:\S+ )?(?:وقف|يوقف|بيوقف)|دم كتير|دم "
    r"كثير|الدم بكل مكان|هلا|هلق|الحين|الان|هسه|دلوقتي)(?!\S)|(?:قطعت|شرحت|جرحت|قطع|شرح) (?:\S+ )?"
    r"(?:شرايينها|شريانها|عروقها|شرايينه|عروقه|وريدها)(?!\S)|"
    r"(?:تنط|تقفز|ترمي حالها|ترمي نفسها|ينط|يقفز|يرمي حاله|يرمي نفسه|تنتحر|ينتحر|تنطط) (?:\S+ ){0,3}?"
    r"(?:من |عن |ع |علي )?(?:ال)?(?:جسر|كوبري|سطح|بلكونه|شباك|نافذه|عماره|بنايه|برج|سكه|قطر|قطار|جرف)|"
    r"(?:علي|ع|فوق) (?:ال)?(?:سطح|جسر|كوبري|حافه|سكه|سور) (?:\S+ ){0,12}?(?:تنط|تقفز|ترمي|تموت|تنتحر|ينط|"
    r"يقفز|يموت|ينتحر|ودعت|ودع)|"
    r"(?:بدها|بده|بدو|رح|راح|ناويه|ناوي|قالت انها|قال انه|تبي|يبي|عايزه|عايز|قررت|قرر) (?:\S+ ){0,2}?"
    r"(?:تنتحر|ينتحر|تقتل نفسها|يقتل نفسه|تموت|يموت|تنهي حياتها|ينهي حياته|تشنق نفسها|يشنق نفسه|"
    r"تعملها|يعملها) (?:\S+ ){0,3}?(?:الليله|اليوم|هلا|هلق|الحين|الان|هسه|دلوقتي|بعد المدرسه|لما "
    r"ينامو|لما الكل ينام)(?!\S)|(?:الليله|اليوم|هلا|الحين|الان) (?:\S+ ){0,2}?(?:حتنتحر|هتنتحر|بتنتحر|"
    r"رح تنتحر|راح تنتحر|حينتحر|هينتحر|بينتحر|رح ينتحر|راح ينتحر)|(?:عندها|عنده) خطه (?:\S+ ){0,2}?"
    r"(?:تنتحر|ينتحر|للانتحار|تموت|يموت)|رساله انتحار|"
    r"(?:قفلت|قفل|سكرت|سكر|حابسه|حابس|حبست|حبس|مقفله|قافله|قافل) (?:\S+ ){0,8}?(?:شفره|شفرات|موس|امواس|"
    r"سكين|سكينه|سكاكين|كتر|مقص|حبوب|دوا|حبل|كلور)(?!\S)"
)
_BYE_AR = (
    r"(?:نزلت|نشرت|حطت|كتبت|بعتت|بعثت|ارسلت|تركت|نزل|نشر|حط|كتب|بعت|بعث) (?:\S+ ){0,4}?(?:رساله وداع|"
    r"وداع|وداعيه|الوداع|اخر رساله|رساله اخيره|ستوري وداع|بوست وداع)|ودع\S* (?:الكل|الجميع|كلنا|كل "
    r"الناس)|(?:سامحوني|سامحيني|سامحني|بحبكم|احبكم|شكرا (?:علي|ع) كل شي|(?:اسفه|اسف) (?:علي|ع) كل شي)"
)
_UNREACH_AR = (
    r"(?:ما|مش|مو|مب|ماعم|ما عم) ?(?:\S+ )?(?:بترد|ترد|يرد|بيرد|ردت|رد|تجاوب|يجاوب|بتجاوب)(?!\S)|"
    r"(?:تلفونها|تليفونها|جوالها|موبايلها|فونها|تلفونه|جواله|موبايله|تليفونه|الجوال|التلفون|الموبايل) "
    r"(?:\S+ ){0,2}?(?:مسكر|مقفل|مغلق|مطفي|طافي|مقفول|خارج التغطيه|مش متاح|غير متاح)|(?:ما حدا|محدش|ماحدا|"
    r"محد|ما احد|لا احد|ولا حدا|ولا حد|ماحد) (?:\S+ ){0,2}?(?:قادر|قدر|يقدر|بيقدر|عارف|يعرف|بيعرف)|"
    r"(?:مش|ما|مو) (?:\S+ )?(?:قادرين|قادره|قادر|عارفين|عارفه|عارف|نقدر|اقدر) (?:\S+ ){0,2}?(?:نوصل\S*|"
    r"اوصل\S*|نتواصل|نكلمها|الاقيها|نلاقيها)|مختفيه|اختفت|اوفلاين|(?:مش|مو) اونلاين|شافت وما ردت"
)
_BYE_GUARD_AR = (
    r"تنقل|تنتقل|بتنتقل|انتقلت|عزلت|بتعزل|تعزل|تسافر|مسافره|مسافر|سافرت|بيسافر|السفر|سفر|رحله|الرحله|"
    r"اجازه|الاجازه|عطله|العطله|مخيم|المخيم|طياره|الطياره|مطار|المطار|"
    r"(?:طلعت|خرجت|طلع|خرج|بتطلع|غادرت|تركت|لفت) من (?:ال)?(?:جروب|قروب|مجموعه)|"
    r"مدرسه جديده|تلفون جديد|جوال جديد|نت|تغطيه|شبكه|الشحن|شحن|بطاريه|معاقبه|معاقب|اخدوا|اخذوا|سحبوا|"
    r"استراحه|ديتوكس|تخرج|التخرج|اخر يوم"
)
_TX_AR = (
    "حبوب|حبات|دوا|ادويه|مسكنات|منوم|بنادول|باراسيتامول|برشام|اقراص|emoji_pill|جرعه|اوفر|كلور|مبيض|سم|"
    "فلاش|ديتول|منظف|النار|بنزين|فنيك|مطهر|جرح|قطع|شرح|شطب|شريان|شرايين|عروق|وريد|تنط|تقفز|ترمي|ينط|يقفز|"
    "يرمي|تنتحر|ينتحر|سطح|جسر|كوبري|حافه|سكه|سور|تقتل|يقتل|تموت|يموت|تنهي|ينهي|تشنق|يشنق|تعملها|يعملها|"
    "خطه|انتحار|قفل|سكر|حابس|حبس|مقفله|قافل|وداع|ودع|سامح|بحبكم|احبكم|كل شي"
)
_TRIG_AR = (
    "صاحبتي صاحبي صديقتي صديقي رفيقتي رفيقي اختي اخوي اخي بنت ابن ولد زميلتي زميلي حبيبتي حبيبي "
    "امي ابوي ابي خالتي عمتي جارتنا جارنا صحبتي صحبي بيستي طالبه طالب وحده واحد بعتتلي بعتلي "
    "بعثتلي بعثلي كتبتلي كتبلي ارسلتلي راسلتني راسلني شب صبيه صاحبتنا صاحبنا صديقتنا صديقنا"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_AR = (
    r"(?:(?:بنت|ولد|واحده|واحد|شب|صبيه|طالبه|طالب) (?:ب|في |من |معنا (?:في|ب) ?|معي (?:في|ب) ?)(?:قروبنا|"
    r"جروبنا|القروب|الجروب|مجموعتنا|المجموعه|شلتنا|الشله|صفنا|فصلنا|مدرستنا|الشات)|صاحبتنا|صاحبنا|"
    r"صديقتنا|صديقنا)"
)
_ACTS_MORE_AR = (
    r"(?:كتبت|قالت|بتقول|تقول|حكت|بتحكي|قالتلي|كتبتلي|كتب|قال|بيقول|حكى|كاتبه|كاتب) (?:\S+ ){0,2}?"
    r"(?:بتنتحر|حتنتحر|هتنتحر|رح تنتحر|راح تنتحر|بدها تنتحر|بتقتل نفسها|بينتحر|حينتحر|هينتحر|رح ينتحر|"
    r"راح ينتحر|بيقتل نفسه|بتموت نفسها) (?:\S+ ){0,3}?(?:الليله|اليوم|هلا|هلق|الحين|الان|هسه|دلوقتي|بكرا|"
    r"بكره|بعد شوي)(?!\S)|"
    r"(?:بلعت|بلع|اخدت|اخذت|شربت|اكلت|خلصت|تناولت) (?:\S+ )?(?:(?:ال)?حبوب|(?:ال)?حبات|(?:ال)?دوا\S*|"
    r"(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?برشام|(?:ال)?اقراص) (?:\S+ )?(?:كتير|كثير|كتيره|كثيره|واجد|"
    r"بالكوم|بزياده|كلهم)(?!\S)|"
    r"(?:بدها|بده|عايزه|عايز|تبي|يبي|تبغى|يبغى) (?:تموت|يموت|تنتحر|ينتحر) (?:\S+ ){0,8}?و?(?:عندها|عنده) "
    r"(?:\S+ )?خطه"
)
_UNREACH_MORE_AR = (
    r"(?:ما|مش|مو) (?:\S+ )?(?:تفتح|بتفتح|يفتح|بيفتح) (?:ال)?باب|(?:حذفت|مسحت|قفلت) (?:\S+ )?(?:حسابها|"
    r"الحساب|اكاونتها)"
)
_SIGN_AR = (
    r"(?:صوره|صور|فيديو|ستوري|سناب) (?:\S+ ){0,3}?(?:ل|لل|ال|بال)?(?:حبوب|شفر\S*|موس|امواس|سكين\S*|معصم\S*|"
    r"جروح\S*|دم|حبل)(?!\S)"
)
_PLACE_AR = (
    r"(?:واقفه|واقف|قاعده|قاعد|موجوده|موجود|هي|هو|راحت|راح) (?:\S+ ){0,2}?(?:علي|ع|عند|جنب|فوق|ب) ?"
    r"(?:ال)?(?:سكه|قطار|جسر|كوبري|نهر|نيل|سطح|حافه|جرف)(?!\S)"
)
_ENDS_AR = (
    r"(?:هاي|هذي|هذه|دي|هادي) (?:ال)?نهايه|(?:ما|مش|مو) (?:بدها|بده|عايزه|عايز|تبي|يبي|تبغى|يبغى) (?:تعيش|"
    r"يعيش)|(?:بدها|عايزه|تبي|تبغى) تموت|(?:بده|عايز|يبي|يبغى) يموت|(?:ما|مش|مو) (?:قادره|قادر) "
    r"(?:تكمل|يكمل|تتحمل|يتحمل)|وداعا|اخر رساله"
)
_TX_MORE_AR = (
    "تنتحر|بتقتل|ينتحر|بيقتل|بتموت|حبوب|حبات|دوا|ادويه|مسكنات|برشام|اقراص|خطه|صوره|صور|فيديو|ستوري|"
    "سناب|سكه|قطار|جسر|كوبري|نهر|نيل|سطح|حافه|جرف"
)


RULES: list[Rule] = [
    _rule(_TRIG_TR, _TX_TR + "|" + _TX_MORE_TR,
          _acute_more(_WHO_TR, _GUARD_TR, _ACTS_TR, _BYE_TR, _UNREACH_TR, _BYE_GUARD_TR,
                      who_more=_WHO_MORE_TR, acts_more=_ACTS_MORE_TR,
                      unreach_more=_UNREACH_MORE_TR, sign=_SIGN_TR, place=_PLACE_TR, ends=_ENDS_TR)),
    _rule(_TRIG_AR, _TX_AR + "|" + _TX_MORE_AR,
          _acute_more(_WHO_AR, _GUARD_AR, _ACTS_AR, _BYE_AR, _UNREACH_AR, _BYE_GUARD_AR,
                      who_more=_WHO_MORE_AR, acts_more=_ACTS_MORE_AR,
                      unreach_more=_UNREACH_MORE_AR, sign=_SIGN_AR, place=_PLACE_AR, ends=_ENDS_AR,
                      b=_NB, pre="(?:و|ف)?", end=r"(?!\S)")),
]
