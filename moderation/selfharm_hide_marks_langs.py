"""Hiding one's own self-injury marks, the fear of them being seen, and a
deep cut treated in secret, in Russian, Turkish, Polish, Indonesian,
Arabic, Hindi (Hinglish and Devanagari) and Chinese.

Why and how: as in `selfharm_hide_marks.py` - a hiding verb with marks on
a body part or for a place ("как спрятать шрамы на бедрах на физре",
"bileklerimdeki kesikleri plajda nasıl kapatırım", "jak ukryć blizny na
udach na wf", "cara nutupin bekas luka di paha pas olahraga", "كيف اخبي
الندوب اللي على ايدي", "pe me thighs pe cuts kaise chupau", "体育课怎么遮
大腿上的疤"), marks that a place will show ("bacaklarım çizik dolu" before
swimming, "ورجولي كلها خطوط"), a body part nearly seen ("мама чуть не
увидела мою руку", "annem neredeyse kolumu görüyordu"), and a deep cut
with the parents not to know ("derin bir kesiğin kanamasını ... ailem
öğrenmemeli", "伤口划得很深怎么止血 爸妈会知道的").

Turkish and Hindi put the body part before the mark ("kollarımdaki yara
izleri", "haath ke scars", "जांघों पर के निशान"); Arabic fuses its
prepositions and conjunctions ("بالمبيت", "ورجولي").  Turkish part words
are spelled out, never a stem: "kol" begins "kolay", "karın" is not
"karne" (the report card hidden from mum is everyday).  Chinese runs on
the normalised text (unspaced), Devanagari without \\b (vowel signs are
not \\w).  Patterns run on the phrase form (й reads и, ё е; Arabic ة ه,
ى ي).
"""

from __future__ import annotations

from .packs.hi._script import _n, _triggers
from .rules import Rule
from .selfharm_hide_marks_base import GAP, WORD, families, family_rules, raw_families

# -- ru -------------------------------------------------------------------------------------
_HIDE_RU = (
    r"спрятать|прятать|прячу|прячешь|спрячу|скрыть|скрывать|скрываю|скрываешь|замазать|замазывать|"
    r"замазываю|замаскировать|закрыть|закрывать|закрываю|прикрыть|прикрывать|прикрываю"
)
_MARKS_RU = (
    r"шрамы|шрам|шрамов|шрамики|порезы|порез|порезов|следы|следов|полоски|полосы|полосок|раны|ранки|"
    r"ожоги|синяки|царапины|отметины"
)
_PART_RU = (
    r"бедрах|бедра|бедре|ногах|ноге|ноги|руках|руке|руки|руку|запястьях|запястье|запястии|животе|живот|"
    r"предплечье|предплечьях"
)
_MP_RU = (
    r"(?:" + _MARKS_RU + r") (?:у меня )?(?:на|с) (?:моих |моеи |моем |обеих |своих |обоих )?(?:"
    + _PART_RU + r")"
)
_SEEN_RU = (
    r"(?:у меня (?:все |вся |обе )?|мои (?:все )?)(?:ноги|руки|бедра|живот) (?:\w+ ){0,2}?в (?:шрамах|"
    r"порезах|полосках|полосах|следах|царапинах|синяках|ранах)|у меня (?:\w+ ){0,2}?(?:" + _MP_RU
    + r")|(?:с|со) (?:этими |моими |всеми |такими )?(?:шрамами|порезами|следами|полосками|ранами|ожогами|"
    r"царапинами) (?:на|у) (?:моих |своих |обеих )?(?:" + _PART_RU + r")|из.за (?:этих |моих |всех )?(?:"
    r"шрамов|порезов|следов|полосок|ран|ожогов) (?:на|у) (?:моих |своих )?(?:" + _PART_RU + r")|"
    r"(?:боюсь|страшно|паникую|переживаю)\b" + GAP + r"{0,30}?\b(?:увидит|увидят|заметит|заметят|"
    r"спросит|спросят)\b" + GAP + r"{0,15}?\b(?:" + _MARKS_RU + r")"
)
_NEAR_RU = (
    r"чуть не (?:увидела|увидел|увидели|заметила|заметил|заметили|спалила|спалил|спалили) (?:мою |мои |"
    r"моих |мой |мое )?(?:" + _MARKS_RU + r"|" + _PART_RU + r")"
)
_CUT_RU = (
    r"глубок\w+ (?:порез|пореза|порезом|рана|раны|рану|раной)|(?:порез|рана) (?:слишком |очень |"
    r"сильно )?глубок\w*|(?:порезалась|порезался|порезала|порезал|резанула|резанул) (?:слишком |очень |"
    r"сильно )глубоко|останов\w* кровь|кровь не (?:останавливается|перестает|прекращается)|(?:нужно|"
    r"надо) зашивать|(?:обработать|зашить|перевязать) (?:порез|рану)"
)
_SECRET_RU = (
    r"(?:родители|мама|папа|родаки|предки|мать|отец) (?:не )?(?:должны |должна |должен )?(?:узнать|"
    r"узнают|узнает|увидят|увидит|заметят|заметит|убьют|убьет)|чтобы (?:родители|мама|папа|родаки|"
    r"предки) не (?:узнали|узнала|узнал|увидели|увидела|заметили|заметила)|(?:а то|"
    r"иначе) (?:\w+ ){0,2}?(?:узнают|узнает|увидят|увидит|спалят|спалит)"
)

# -- tr -------------------------------------------------------------------------------------
_HIDE_TR = (
    r"saklarim|saklayabilirim|saklamak|saklamam|sakliyorum|sakliyom|saklayayim|sakla|saklanir|"
    r"saklamanin|saklayacagim|gizlemenin|gizleyecegim|kapatmanin|kapatacagim|gizlerim|gizlemek|"
    r"gizleyebilirim|gizliyorum|gizliyom|gizlemem|gizlenir|gizleyeyim|kapatirim|kapatmak|kapatabilirim|"
    r"kapatiyorum|kapatiyom|kapatmam|kapatilir|kapatayim|orterim|ortmek|ortebilirim"
)
# a cause named right before the mark ("suçiçeği izleri", "ameliyat izi")
_MARKS_TR = (
    r"(?<!sucicegi )(?<!ameliyat )(?<!sivilce )(?<!dovme )(?<!catlak )(?<!akne )(?:yara izleri|"
    r"yara izlerimi|yara izlerini|yara izi|yara izini|izleri|izlerimi|izlerini|izler|izlerim|izi|izim|"
    r"izimi|iz|kesikleri|kesiklerimi|kesikler|kesiklerim|kesik|cizikleri|ciziklerimi|cizikler|cizik|"
    r"cizgiler|cizgileri|yaralari|yaralarimi|yaralar|yaniklar|yaniklari|morluklar|morluklari)"
)
_PART_TR = (
    r"bacaklarimdaki|bacagimdaki|bacaklarimda|bacagimda|bacaklarim|bacagim|kollarimdaki|kolumdaki|"
    r"kollarimda|kolumda|kollarim|kolum|bileklerimdeki|bilegimdeki|bileklerimde|bilegimde|bileklerim|"
    r"bilegim|karnimdaki|karnimda|karnim|uyluklarimdaki|uyluklarimda|uyluklarim|kalcamdaki"
)
_MP_TR = r"(?:" + _PART_TR + r") (?:" + WORD + r" )?(?:" + _MARKS_TR + r")"
_SEEN_TR = (
    r"(?:" + _PART_TR + r") (?:" + WORD + r" )?(?:" + _MARKS_TR + r") (?:dolu|ile dolu|kapli|gorunuyor|"
    r"gorunecek|belli oluyor|belli olacak|yuzunden|yuzden|oldugu icin|var diye|dolayi)|"
    r"(?:" + _MARKS_TR + r")\b" + GAP + r"{0,20}?\b(?:gorecekler|"
    r"gorecek|gorurlerse|gorurse|fark edecekler|fark ederlerse|soracaklar)"
)
_NEAR_TR = (
    r"(?:neredeyse|az kalsin|az daha|az kaldi) (?:\w+ )?(?:kolumu|kollarimi|bacaklarimi|bacagimi|"
    r"bilegimi|bileklerimi|karnimi|izlerimi|izleri|kesiklerimi|kesikleri|yaralarimi) (?:goruyordu|"
    r"goruyodu|gorecekti|gordu|fark ediyordu|fark edecekti)"
)
_CUT_TR = (
    r"derin (?:bir )?(?:kesik\w*|kesig\w*|yara\w*)|(?:cok|fazla|asiri) derin (?:kestim|kesmisim|"
    r"kesilmis|oldu|kesik)|(?<!burnumun )(?<!burnumdan )(?<!burun )kanama\w* (?:nasil )?(?:durdur\w*|"
    r"dursun|durmuyor|durmuyo|kesilmiyor)|kan (?:durmuyor|durmuyo|kesilmiyor)|dikis (?:lazim|gerek\w*)"
)
_SECRET_TR = (
    r"(?:ailem|annem|babam|annemler|babamlar) (?:\w+ )?(?:ogrenmemeli|ogrenmesin|ogrenir|ogrenecek|"
    r"ogrenirse|gorur|gorecek|gorurse|fark eder|fark edecek|fark ederse|anlar|anlamamali|bilmemeli|"
    r"bilmesin|oldurur|duyar|duyarsa)|(?:ailemin|annemin|babamin) haberi olmadan|(?:aileme|anneme|"
    r"babama) (?:hic )?(?:soylemeden|demeden|gostermeden)"
)

# -- pl -------------------------------------------------------------------------------------
_HIDE_PL = (
    r"ukryc|ukrywac|ukrywam|ukrywasz|ukryje|zakryc|zakrywac|zakrywam|zakrywasz|zakryje|schowac|chowac|"
    r"chowam|zamaskowac|maskowac|maskuje|zatuszowac|tuszuje|przykryc|przykrywam"
)
_MARKS_PL = (
    r"blizny|blizn|bliznami|bliznach|blizne|blizna|ciecia|ciec|ciecie|cieciami|slady|sladow|sladami|"
    r"kreski|kresek|kreskami|rany|ran|ranki|oparzenia|siniaki|siniakow|zadrapania"
)
_PART_PL = (
    r"udach|udzie|uda|nogach|nogi|noge|nodze|rekach|rece|reke|rekami|ramionach|ramieniu|nadgarstkach|"
    r"nadgarstku|nadgarstki|nadgarstek|brzuchu|brzuch|przedramieniu|przedramionach|biodrach"
)
_MP_PL = (
    r"(?:" + _MARKS_PL + r") (?:na|z|ze) (?:moich |mojej |moim |moje |swoich |twoich |obu )?(?:"
    + _PART_PL + r")"
)
_SEEN_PL = (
    r"(?:mam (?:cale |cala |\w+ )?|moje (?:cale )?)(?:" + _PART_PL + r") (?:\w+ )?w (?:kreskach|"
    r"bliznach|cieciach|sladach|ranach|siniakach|zadrapaniach)|mam (?:\w+ ){0,2}?(?:" + _MP_PL + r")|"
    r"(?:z|ze|przez) (?:tymi |moimi |tych |moich |te |moje |tymi wszystkimi )?(?:" + _MP_PL + r")|"
    r"(?:boje sie|strach|stresuje sie|panikuje)\b" + GAP + r"{0,30}?\b(?:zobaczy|zobacza|zauwazy|"
    r"zauwaza|zapyta|zapytaja)\b" + GAP + r"{0,15}?\b(?:" + _MARKS_PL + r")"
)
_NEAR_PL = (
    r"prawie (?:\w+ )?(?:zobaczyla|zobaczyl|zobaczyli|zauwazyla|zauwazyl|zauwazyli) (?:moja |moje |"
    r"moj |moich |te )?(?:" + _MARKS_PL + r"|" + _PART_PL + r")"
)
_CUT_PL = (
    r"glebok\w+ (?:ciecie|ciecia|rozciecie|rane|rana|rany)|(?:pocielam|pocialem|przecielam|przecialem|"
    r"rozcielam|rozcialem) (?:sie )?(?:za|zbyt|bardzo) gleboko|(?:za|zbyt) gleboko|(?:zatamowac|"
    r"zatrzymac|tamowac|zatamuje|zatrzymam) (?:krew|krwawienie|krwotok)|krew (?:nie chce przestac|"
    r"nie przestaje|caly czas leci)|nie przestaje krwawic|(?:trzeba|musze) (?:to )?(?:szyc|zszyc|"
    r"zszywac)|(?:opatrzyc|opatrze|zdezynfekowac|oczyscic) (?:to|rane|ciecie)"
)
_SECRET_PL = (
    r"(?:rodzice|mama|tata|starzy|matka|ojciec) (?:\w+ )?(?:nie moga|nie moze|sie dowiedza|sie dowie|"
    r"zobacza|zobaczy|zauwaza|zauwazy|mnie zabija|mnie zabije|sie zorientuja|sie zorientuje)|"
    r"zeby (?:rodzice|mama|tata|starzy) (?:sie )?nie (?:dowiedzieli|dowiedziala|dowiedzial|zobaczyli|"
    r"zobaczyla|zauwazyli|zauwazyla)|bez wiedzy (?:rodzicow|mamy|taty)"
)

# -- id -------------------------------------------------------------------------------------
_HIDE_ID = (
    r"nutupin|nutupinnya|nutupi|nutup|tutupin|tutupinnya|menutupi|menutup|nyembunyiin|nyembunyiinnya|"
    r"sembunyiin|menyembunyikan|sembunyikan|ngumpetin|ngumpetinnya|umpetin|nyamarin|nyamarkan|samarkan"
)
_MARKS_ID = (
    r"(?:bekas luka|bekas sayatan|bekas|luka luka|luka2|luka|sayatan|sayatan2|goresan|goresan2|"
    r"garis garis|garis2|garis|memar|lebam|luka bakar|baretan|baret)(?! jerawat| operasi| gigitan|"
    r" cacar| jatuh| tato)"
)
_PART_ID = (
    r"pergelangan tangan|pergelangan|paha|pahaku|kaki|kakiku|tangan|tanganku|lengan|lenganku|perut|"
    r"perutku|pinggang|pinggul"
)
_MP_ID = (
    r"(?:" + _MARKS_ID + r") (?:yang |yg )?(?:ada )?(?:di|dari|ke) (?:" + _PART_ID + r")(?! (?:dia|"
    r"teman|temen|temanku|temenku)\b)"
)
_SEEN_ID = (
    r"(?:(?:" + _PART_ID + r") (?:aku|gue|gw)|pahaku|kakiku|tanganku|lenganku|"
    r"perutku) (?:\w+ )?(?:penuh|banyak|isinya|dipenuhi) (?:\w+ )?(?:" + _MARKS_ID + r")|(?:ada|"
    r"banyak) (?:" + _MP_ID + r")|(?:gara gara|gara2|karena|krn|soalnya|soalnya ada) (?:\w+ )?(?:"
    + _MP_ID + r")|(?:takut|panik|deg degan)\b" + GAP + r"{0,30}?\b(?:liat|ngeliat|"
    r"lihat|melihat|nanya|nanyain|sadar|nyadar)\b" + GAP + r"{0,15}?\b(?:" + _MARKS_ID + r")"
)
_NEAR_ID = (
    r"(?:hampir|nyaris|hampir aja|hampir saja) (?:\w+ )?(?:liat|ngeliat|lihat|melihat|ketauan|ketahuan|"
    r"nemu|nemuin) (?:\w+ )?(?:" + _MARKS_ID + r"|" + _PART_ID + r")(?! (?:dia|nya)\b)"
)
_CUT_ID = (
    r"(?:luka|sayatan|lukanya|sayatannya) (?:\w+ )?(?:yang |yg )?(?:dalem|dalam|terlalu dalam|"
    r"terlalu dalem)|kedalaman|kedaleman|kedalem|(?:hentiin|berhentiin|menghentikan|ngehentiin|"
    r"hentikan|nahan|stop) (?:\w+ )?darah|darah\w* (?:ga|gak|nggak|tidak|ngga) (?:mau )?(?:berhenti|"
    r"brenti)|(?:perlu|harus) dijahit"
)
_SECRET_ID = (
    r"(?:ortu|ortuku|orang tua|orangtua|mama|mamah|mami|papa|papah|bokap|nyokap|ibu|ayah|emak)(?: aku|"
    r" gue| gw)? (?:ga|gak|nggak|tidak|jangan|ngga) (?:boleh |sampe |sampai |usah )?(?:tau|tahu|liat|"
    r"lihat|ngeliat|curiga)|(?:nanti|ntar|entar|soalnya|takut) (?:\w+ )?(?:ortu|mama|papa|bokap|nyokap|"
    r"ibu|ayah|orang tua)(?: aku| gue| gw)? (?:\w+ )?(?:tau|tahu|liat|curiga|ngamuk|marah)|"
    r"tanpa (?:sepengetahuan|ketahuan) (?:ortu|orang tua|mama|papa)|(?:biar|supaya) (?:ga|gak|nggak|"
    r"tidak) (?:ketahuan|ketauan) (?:ortu|orang tua|mama|papa)"
)

# -- ar -------------------------------------------------------------------------------------
_HIDE_AR = (
    r"اخبي|بخبي|نخبي|اخبيها|اخبيهم|خبي|اخفي|بخفي|اخفيها|اخفيهم|اغطي|بغطي|نغطي|اغطيها|اغطيهم|غطي|اداري|"
    r"بداري|اداريها|استر|اخبا"
)
_MARKS_AR = r"(?:ال)?(?:جروح|جرح|ندوب|ندبات|ندبه|علامات|خطوط|اثار|حروق|كدمات|خدوش|تشطيب|تجريح)"
_PART_AR = (
    r"(?:و|ب|ف)?(?:فخادي|فخاذي|فخذي|فخاد|فخوذي|رجلي|رجليا|رجولي|ايدي|ايديا|يدي|دراعي|ذراعي|دراعاتي|"
    r"معصمي|رسغي|بطني|زندي|ساقي|سيقاني)"
)
_MP_AR = (
    r"(?:" + _MARKS_AR + r") (?:اللي |الي |يلي )?(?:علي |ع |في |فوق )?(?:" + _PART_AR + r")"
)
_SEEN_AR = (
    r"(?:" + _PART_AR + r") (?:\S+ )?(?:كلها|كله|مليانه|مليانين|مليان|فيها|عليها) (?:\S+ )?(?:"
    + _MARKS_AR + r")|عندي (?:\S+ ){0,2}?(?:" + _MP_AR + r")|(?:بسبب|عشان|علشان|مع) (?:هاي |هذي |هالـ)?(?:"
    + _MP_AR + r")|(?:خايف|خايفه|خوفي|قلقان|قلقانه|مرعوبه|"
    r"مرعوب)\b" + GAP + r"{0,30}?\b(?:يشوف|تشوف|يشوفوا|يشوفو|يلاحظ|تلاحظ|يلاحظوا|يسال|تسال|يسالوا)\b"
    + GAP + r"{0,15}?\b(?:" + _MARKS_AR + r")"
)
_NEAR_AR = (
    r"(?:كانت|كان|كانوا) (?:رح |ح |بدها )?(?:تشوف|يشوف|يشوفوا|تلاحظ|يلاحظ|حتشوف|هتشوف|حيشوف|هيشوف) (?:"
    + _PART_AR + r"|" + _MARKS_AR + r")|(?:كادت|كاد) (?:ان )?(?:تري|يري|تشوف|يشوف) (?:" + _PART_AR
    + r"|" + _MARKS_AR + r")|(?:شوي|شويه|كمان شوي) (?:و|وكانت )?(?:تشوف|يشوف|شافت|شاف) (?:" + _PART_AR
    + r"|" + _MARKS_AR + r")"
)
_CUT_AR = (
    r"(?:ال)?(?:جرح|جروح) (?:\S+ )?(?:عميق|عميقه|غويط|غميق)|(?:اوقف|وقف|نوقف|يوقف|ابطل|"
    r"اسكر) (?:ال)?(?:نزيف|دم)|(?:ال)?(?:نزيف|دم) (?:ما|مش|مو) ?(?:بيوقف|عم يوقف|راضي يوقف|وقف|يوقف|"
    r"بوقف)|(?:يحتاج|بدو|بده|محتاج) (?:\S+ )?(?:غرز|قطب|خياطه)|(?:اعالج|اعالجه|اعقم|اعقمه|اطهر|اطهره|"
    r"اخيط|اخيطه) (?:ال)?جرح"
)
_SECRET_AR = (
    r"(?:اهلي|امي|ماما|ابوي|ابي|بابا|عيلتي) (?:\S+ ){0,2}?(?:يعرفوا|يعرفو|يعرف|تعرف|يدروا|يدرو|تدري|"
    r"يدري|يكتشفوا|تكتشف|يشوفوا|تشوف|يلاحظوا|تلاحظ|يقتلوني|تقتلني)|(?:بدون|من غير) ما (?:\S+ )?(?:اهلي|"
    r"امي|ابوي|بابا|ماما) (?:يعرفوا|يعرفو|تعرف|يعرف|يدروا|تدري|يحسوا|تحس)"
)
# Arabic clitics make the trigger the mark word
_MARKS_AR_TRIG = (
    "جروح الجروح جرح الجرح ندوب الندوب ندبات الندبات ندبه الندبه علامات العلامات خطوط الخطوط اثار "
    "الاثار حروق الحروق كدمات الكدمات خدوش الخدوش تشطيب التشطيب تجريح"
)

# -- Hinglish -------------------------------------------------------------------------------
_HIDE_HL = (
    r"chupau|chupaun|chupaye|chupayein|chupana|chupati|chupata|chupaati|chupaata|chhupau|chhupaun|"
    r"chhupaye|chhupana|chhupaati|chhupaata|chhipau|chhipana|chipau|chipana|chipaye|dhaku|dhakun|"
    r"dhakna|dhake|dhanku|dhankna|cover karu|cover karun|cover kru|cover karna|hide karu|hide karun|"
    r"hide kru|hide karna"
)
_MARKS_HL = (
    r"(?<!stretch )(?<!neele )(?<!neela )(?<!neeli )(?<!nile )(?<!acne ke )(?<!pimple ke "
    r")(?<!operation ke )(?<!operation ka )(?<!chechak ke )(?<!tattoo ke )(?<!mehndi ke )(?:nishan|"
    r"nishaan|nishano|nishaano|nishane|cuts|cut|scars|scar|marks|lines|ghaav|ghav|zakhm|zakham|"
    r"kharonch|lakeerein|lakeere|lakeer)"
)
_PART_HL = (
    r"thighs|thigh|jaangh|jaanghon|jangh|janghon|taang|taangon|tangon|pairon|pair|haath|hath|haathon|"
    r"kalai|kalaiyon|wrist|wrists|arms|arm|pet|baju|baazu|bazu"
)
_MP_HL = (
    r"(?:" + _PART_HL + r") (?:pe|par|ke|ki|wale|me|mein)(?: (?:ke|wale|pe|par))? (?:" + _MARKS_HL
    + r")|(?:" + _MARKS_HL + r") (?:jo )?(?:" + _PART_HL + r") (?:pe|par)"
)
_SEEN_HL = (
    r"(?<!uske )(?<!uski )(?<!unke )(?<!uska )(?:" + _PART_HL + r") (?:pe|par|me|mein) (?:\w+ )?(?:"
    + _MARKS_HL + r") (?:hai|hain|he|h|bhare|bhari|dikhenge|dikh jayenge|ki wajah se|ki vajah se|ke "
    r"karan|ki wjh se|ke wajah se)|(?:" + _MARKS_HL + r")\b"
    + GAP + r"{0,20}?\b(?:dekh lega|dekh legi|dekh lenge|dekhenge|dekhega|dekhegi|notice karenge|"
    r"puchenge|dikh jayenge|dikhenge)"
)
# "almost" stays out of the match (`selfharm_hide_marks._NEAR_EN`)
_NEAR_HL = (
    r"(?:(?<=\balmost )|(?<=\blagbhag )|(?<=\bkarib karib ))(?:mera |meri |mere )?(?:" + _PART_HL + r"|"
    + _MARKS_HL + r")(?: \w+){0,2}? (?:dekh liya|dekh liye|dekh li|dekh leti|dekh lete|dekhne wali|"
    r"dekhne wala)|(?:mera |meri |mere )?(?:" + _PART_HL + r"|" + _MARKS_HL + r")(?: \w+){0,2}? "
    r"(?:almost|lagbhag|karib karib) (?:dekh liya|dekh liye|dekh li|dekh leti|dekh lete)"
)
_CUT_HL = (
    r"(?:gehra|gahra|gehri|gehre|deep) (?:kat|cut|ghaav|zakhm)|(?:gehra|gahra) (?:kat gaya|kat gya|"
    r"lag gaya)|(?<!naak se )(?<!naak ka )(?<!naak ki )khoon (?:kaise )?(?:roku|rokun|rokna|rukega|"
    r"band karu)|khoon (?:ruk nahi|nahi ruk|band nahi)|(?:taanke|tanke|stitches) (?:lagenge|lagwane|"
    r"chahiye)"
)
_SECRET_HL = (
    r"(?:mummy|mumma|mum|papa|ghar wale|gharwale|ghar walon|gharwalon|"
    r"parents)\w* (?:\w+ ){0,3}?(?:pata (?:nahi |nhi |na )?(?:chal|lag)\w*|maar dalenge|maar denge|"
    r"dekh lenge|dekh legi|jaan jayenge)|bina (?:mummy|papa|ghar walon|gharwalon|"
    r"parents) (?:ko )?(?:bataye|pata)"
)

# -- Devanagari (no trailing \b) -------------------------------------------------------------
_HIDE_HD = r"छुपा|छिपा|ढक|ढंक|कवर"
_MARKS_HD = (
    r"(?<!मुंहासों के )(?<!चेचक के )(?<!ऑपरेशन का )(?<!ऑपरेशन के )(?<!मेहंदी के )(?:निशान|कट|घाव|जख्म|"
    r"लाइनें|लाइन|लकीरें|लकीर|खरोंच)"
)
_PART_HD = r"जांघ|जाँघ|टांग|टाँग|पैर|हाथ|कलाई|पेट|बाजू|बांह|बाँह"
_MP_HD = r"(?:" + _PART_HD + r")[^.!?]{0,14}?(?:" + _MARKS_HD + r")"
_PLACE_HD = r"पीटी|पी टी|स्विमिंग|तैराकी|बीच|समुद्र|चेंजिंग रूम|स्लीपओवर|डॉक्टर|चेकअप|चेक अप|गर्मी"
_SEEN_HD = r"(?<!उसके )(?<!उसकी )(?<!उनके )(?:" + _MP_HD + r")[^.!?]{0,10}?(?:हैं|है|भरे|भरी|दिख)"
_NEAR_HD = (
    r"(?:" + _PART_HD + r"|" + _MARKS_HD + r")[^.!?]{0,12}?(?:लगभग|करीब करीब)[^.!?]{0,4}?देख (?:लिया|"
    r"लिए|ली|लेती|लेते|लेता)|(?:लगभग|करीब करीब)[^.!?]{0,16}?(?:" + _PART_HD + r"|" + _MARKS_HD
    + r")[^.!?]{0,14}?देख (?:लिया|लिए|ली|लेती|लेते|लेता)"
)
_CUT_HD = (
    r"(?:गहरा|गहरे|गहरी) (?:कट|घाव|जख्म)|(?<!नाक से )(?<!नाक का )(?:खून|ब्लीडिंग)[^.!?]{0,12}?(?:रोक|"
    r"रुक|बंद)|टांके"
)
_SECRET_HD = (
    r"(?:मम्मी|पापा|घरवाल|घर वाल|मां|माँ|पेरेंट्स)[^.!?]{0,15}?(?:पता (?:नहीं )?चल|जान जाएंगे|"
    r"देख लेंगे|मार डालेंगे)|बिना (?:मम्मी|पापा|घरवालों|घर वालों)"
)

# -- zh (normalised text) --------------------------------------------------------------------
_HIDE_ZH = r"遮住|遮掉|遮|藏起来|藏住|藏|盖住|挡住|掩盖|掩饰"
_MARKS_ZH = r"(?<!手术留下的)(?<!水痘留下的)(?<!痘)(?<!手术)(?:疤痕|伤疤|疤|伤口|伤痕|划痕|印子|痕迹|口子|刀痕|道道)"
_PART_ZH = r"大腿|腿|手臂|胳膊|胳臂|手腕|肚子|腰|小臂|前臂|手上"
_MP_ZH = r"(?:" + _PART_ZH + r")上?的?(?:那些|这些)?(?:" + _MARKS_ZH + r")"
_PLACE_ZH = r"体育课|游泳|海边|沙滩|更衣室|过夜|体检|医生|夏天|军训|泳池"
_SEEN_ZH = (
    r"(?<!她)(?<!他)(?<!她的)(?<!他的)(?:" + _PART_ZH + r")上?(?:全是|都是|有好多|有很多|满是|一堆)(?:"
    + _MARKS_ZH + r")|"
    r"(?:怕|害怕|担心)[^。！？]{0,10}?(?:看到|看见|发现|问)[^。！？]{0,6}?(?:" + _MARKS_ZH + r")"
)
# fear of being seen that names the place itself ("好怕更衣室里别人看到我的疤")
_SEEN_PLACED_ZH = (
    r"(?:怕|害怕|担心)[^。！？]{0,12}?(?:" + _PLACE_ZH + r")[^。！？]{0,8}?(?:看到|看见|发现)"
    r"[^。！？]{0,6}?(?:" + _MARKS_ZH + r")"
)
_NEAR_ZH = r"差点(?:就)?(?:看到|看见|发现)了?我?的?(?:" + _PART_ZH + r"|" + _MARKS_ZH + r")"
_CUT_ZH = (
    r"(?:伤口|口子)[^。！？]{0,4}?(?:很|太|特别|好|超)深|(?:划|割)得?(?:太|很|特别|有点)深|深的(?:伤口|口子)|止不住血|"
    r"(?<!鼻)血[^。！？]{0,3}止不住|一直(?:在)?流血|(?:要|得|需要)缝针"
)
_SECRET_ZH = (
    r"(?:爸妈|父母|我妈|我爸|家里人|爸爸妈妈|家长|妈妈|爸爸)[^。！？]{0,6}?(?:会知道|知道|发现|看到)|不(?:想|能|敢)让(?:爸妈|父母|我妈|我爸|家里人|家长|"
    r"妈妈|爸爸)(?:知道|发现|看到)"
)



def _hd(words: str) -> str:
    """Devanagari trigger words with their danda forms."""
    return _triggers(words)


RULES: list[Rule] = [
    *family_rules(
        families(_HIDE_RU, _MARKS_RU, _MP_RU, _SEEN_RU, _NEAR_RU, _CUT_RU, _SECRET_RU),
        _HIDE_RU.replace("|", " "), _MARKS_RU.replace("|", " ") + " ноги руки бедра живот шрамами порезами следами "
        "полосками ранами ожогами царапинами",
        "физре физра физру физкультуре физкультура физкультуру бассеине бассеин бассеина пляже пляж "
        "море раздевалке раздевалка ночевке ночевку ночевка медосмотре медосмотр врача врачу враче "
        "врач осмотре лагере лагерь летом купальник купальнике купальнику шорты шортах шортиках",
        "чуть",
        "глубокии глубокого глубокая глубокую глубокие глубоким порез рана слишком остановить "
        "остановит кровь нужно надо зашить обработать перевязать",
        "родители мама папа родаки предки мать отец чтобы", _PART_RU.replace("|", " ")),
    *family_rules(
        families(_HIDE_TR, _MARKS_TR, _MP_TR, _SEEN_TR, _NEAR_TR, _CUT_TR, _SECRET_TR),
        _HIDE_TR.replace("|", " "), _MARKS_TR.replace("|", " "),
        "beden dersinde dersi derslerinde yuzme yuzmede yuzmeye havuz havuza havuzda plaj plajda plaja "
        "deniz denize denizde sahil sahilde soyunma pijama partisi partisinde yatiya doktor doktora "
        "doktorda muayene muayenede kamp kampta mayo mayoyla bikini sort sortla",
        "neredeyse az", "derin kanama kanamasi kanamasini kanamayi kan dikis",
        "ailem annem babam annemler babamlar ailemin annemin babamin aileme anneme babama",
        "kolumu kollarimi bacaklarimi bacagimi bilegimi bileklerimi karnimi", hide_requires=False),
    *family_rules(
        families(_HIDE_PL, _MARKS_PL, _MP_PL, _SEEN_PL, _NEAR_PL, _CUT_PL, _SECRET_PL),
        _HIDE_PL.replace("|", " "),
        _MARKS_PL.replace("|", " ") + " kreskach bliznach cieciach sladach ranach siniakach zadrapaniach",
        "wf wfie wfu wuef wuefie basen basenie basenu plaza plazy plazu morze morzem szatni szatnia "
        "przebieralni nocowce nocowka nocowke lekarz lekarza lekarzu lekarce bilans bilansie badaniu "
        "latem obozie oboz koloniach kolonie wycieczce stroju stroj kostium kostiumie bikini szorty "
        "szortach spodenki spodenkach",
        "prawie",
        "gleboki glebokie glebokiego gleboka gleboko zatamowac zatrzymac tamowac zatamuje zatrzymam "
        "krew krwawic szyc zszyc zszywac opatrzyc opatrze zdezynfekowac oczyscic",
        "rodzice mama tata starzy matka ojciec zeby wiedzy", _PART_PL.replace("|", " ")),
    *family_rules(
        families(_HIDE_ID, _MARKS_ID, _MP_ID, _SEEN_ID, _NEAR_ID, _CUT_ID, _SECRET_ID),
        _HIDE_ID.replace("|", " "),
        "bekas luka luka2 sayatan sayatan2 goresan goresan2 garis garis2 memar lebam baret baretan",
        "olahraga penjas renang berenang kolam pantai ganti nginep nginap menginap sleepover dokter "
        "kesehatan uks kemah camping liburan bikini",
        "hampir nyaris",
        "luka sayatan lukanya sayatannya kedalaman kedaleman kedalem hentiin berhentiin menghentikan "
        "ngehentiin hentikan nahan stop darah darahnya dijahit",
        "ortu ortuku orang orangtua mama mamah mami papa papah bokap nyokap ibu ayah emak",
        _PART_ID.replace("|", " ")),
    *family_rules(
        families(_HIDE_AR, _MARKS_AR, _MP_AR, _SEEN_AR, _NEAR_AR, _CUT_AR, _SECRET_AR),
        _HIDE_AR.replace("|", " "), _MARKS_AR_TRIG,
        "رياضه الرياضه بالرياضه جيم الجيم سباحه السباحه بالسباحه مسبح المسبح بالمسبح للمسبح بحر البحر "
        "بالبحر للبحر عالبحر بيسين البيسين شاطي الشاطي شط الشط عالشط مبيت المبيت بالمبيت كشف الكشف "
        "بالكشف دكتور الدكتور للدكتور دكتوره الدكتوره طبيب الطبيب صيف الصيف بالصيف رحله الرحله "
        "بالرحله تبديل تغيير مايوه المايوه بالمايوه بكيني شورت الشورت",
        "كانت كان كانوا كادت كاد شوي شويه",
        "جرح الجرح جروح الجروح نزيف النزيف دم الدم اوقف وقف نوقف يوقف ابطل اسكر يحتاج بدو بده "
        "محتاج اعالج اعالجه اعقم اعقمه اطهر اطهره اخيط اخيطه",
        "اهلي امي ماما ابوي ابي بابا عيلتي",
        "فخادي فخاذي فخذي رجلي رجليا رجولي ايدي ايديا يدي دراعي ذراعي معصمي رسغي بطني زندي",
        hide_requires=False),
    *family_rules(
        families(_HIDE_HL, _MARKS_HL, _MP_HL, _SEEN_HL, _NEAR_HL, _CUT_HL, _SECRET_HL),
        "chupau chupaun chupaye chupayein chupana chupati chupata chupaati chupaata chhupau "
        "chhupaun chhupaye chhupana chhupaati chhupaata chhipau chhipana chipau chipana chipaye "
        "dhaku dhakun dhakna dhake dhanku dhankna karu karun kru karna",
        _MARKS_HL.replace("|", " "),
        "period swimming swim pool beach changing sleepover doctor checkup medical garmiyon garmi "
        "trip camp swimsuit bikini shorts",
        "almost lagbhag karib",
        "gehra gahra gehri gehre deep khoon taanke tanke stitches",
        "mummy mumma mum mom papa ghar gharwale gharwalon parents bina", _PART_HL.replace("|", " ")),
    *family_rules(
        raw_families(_n(_HIDE_HD), _n(_MARKS_HD), _n(_MP_HD), _n(_SEEN_HD), _n(_NEAR_HD),
                     _n(_CUT_HD), _n(_SECRET_HD), _n(_PLACE_HD)),
        _hd("छुपाऊं छुपाऊँ छुपाएं छुपाएँ छुपाना छुपाती छुपाता छुपाऊ छुपा छुपाने छुपाई छुपाया छुपाते "
            "छिपाऊं छिपाएं छिपाना छिपा छिपाने छिपाती ढकूं ढकना ढक ढके ढकती ढंकना कवर"),
        _hd("निशान निशानों कट कट्स घाव घावों जख्म जख्मों लाइनें लाइन लाइनों लकीरें लकीर खरोंच खरोंचें"),
        "", _hd("लगभग करीब"), _hd("गहरा गहरे गहरी खून ब्लीडिंग टांके"),
        _hd("मम्मी पापा घरवाले घरवालों मां माँ पेरेंट्स बिना"), hide_requires=False),
    *family_rules(
        raw_families(_HIDE_ZH, _MARKS_ZH, _MP_ZH, _SEEN_ZH, _NEAR_ZH, _CUT_ZH, _SECRET_ZH,
                     _PLACE_ZH, _SEEN_PLACED_ZH),
        "遮 藏 盖住 挡住 掩盖 掩饰", "疤 伤口 伤痕 划痕 印子 痕迹 口子 刀痕 道道", "", "差点",
        "伤口 口子 深 止不住 止血 流血 缝针", "", hide_requires=False),
]
