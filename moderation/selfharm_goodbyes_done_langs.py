"""Goodbyes already said, scheduled or acted on, affairs put in order, and
wishing to die passively or to join someone dead, in Russian, Turkish,
Polish, Indonesian, Arabic, Hindi (Hinglish and Devanagari) and Chinese.

Why and what passes: as in `selfharm_goodbyes_done.py` ("я уже со всеми
попрощалась, остались только вы", "herkesle vedalaştım, bir siz
kaldınız", "rozdałam wszystkie swoje rzeczy, dzisiaj w nocy koniec",
"udah pamitan sama semua, tinggal kalian", "ودعت الكل، بقيتوا انتوا",
"apna sara saman baant diya, bas aaj raat ki baat hai", "我把微信好友都删了，
只留下这个群跟大家道别", "her gece allahım beni uykumda al diye dua
ediyorum", "ودي ألحق أبوي، من يوم مات").  A move, a trip, old or outgrown
things, a birthday, a game or "see you" anywhere in the message leaves it
ordinary; missing someone who died is grief and passes.  Devanagari and
Chinese run without word boundaries (vowel signs are not \\w; Chinese is
unspaced and matched on the normalised text).  Arabic glues "and" (و, ف)
to the verb ("وسكرت الجوال", "وودعت الكل"), so the act and the finality may
carry it.
"""

from __future__ import annotations

from .packs.hi._script import _n, _triggers
from .rules import Rule
from .selfharm_goodbyes_done import _MUNDANE_ALL, goodbye_rules

# -- ru -------------------------------------------------------------------------------------
_KIN_RU = (
    r"(?:маму|маме|мамои|мама|папу|папе|папои|папа|родителеи|родителям|сестру|сестре|сестрои|"
    r"сестренку|брата|брату|братом|братика|подругу|подруге|подругои|друга|другу|другом|друзеи|"
    r"бабушку|бабушке|бабушкои|дедушку|дедушке|дедушкои)"
)
_ACTS_RU = (
    r"(?:попрощал(?:ся|ась)|простил(?:ся|ась))(?: уже)? (?:со всеми|с \w+)|(?:уже )?(?:со всеми|с "
    r"\w+) (?:уже )?попрощал(?:ся|ась)|(?:отправил|отправила|записал|записала|оставил|оставила|"
    r"скинул|скинула|написал|написала) (?:\w+ ){0,3}?прощальн\w+|(?:обнял|обняла) (?:\w+ )?"
    + _KIN_RU + r"|(?:раздал|раздала|отдал|отдала|раздарил|раздарила) (?:\w+ ){0,2}?(?:все )?"
    r"(?:свои|мои) (?:\w+ )?(?:вещи|игры|одежду|книги|игрушки)|(?:расписал|расписала|написал|"
    r"написала|решил|решила) (?:\w+ )?кому (?:что|какие) (?:отдать|достанется|достанутся)|"
    r"(?:оставил|оставила|написал|написала|дал|дала) (?:\w+ ){0,3}?(?:пароль|пароли|пин|код)|"
    r"(?:попросил|попросила) (?:\w+ ){0,3}?(?:присмотреть|позаботиться|забрать) (?:за |о )?"
    r"(?:моеи |моим |моего )?(?:собак\w*|кот\w*|кошк\w*|хомяк\w*)|(?:удалил|удалила) (?:все|всех) "
    r"(?:свои |мои )?(?:контакты|друзеи|чаты|аккаунты|фото)?"
)
_FINAL_RU = (
    r"остались (?:только )?вы|вы последние|(?:выключил|выключила|вырубил|вырубила) (?:телефон|"
    r"теле)|не знает,? что это последн\w+|(?:в )?последнии раз|навсегда|сегодня ночью (?:все|"
    r"всё|конец)|после сегодняшнеи ночи|когда меня (?:уже )?не (?:будет|станет)|чтобы "
    r"попрощаться|мне (?:это|они|он|она) (?:уже )?не (?:понадобится|понадобятся|нужны|нужен)|"
    r"записк\w* (?:в|на|под) \w+|кому (?:что|какие) (?:отдать|достанется|достанутся)"
)
_MUNDANE_RU = (
    _MUNDANE_ALL + r"|переезж\w*|переезд\w*|перееха\w*|переед\w*|нов\w+ школ\w*|школ\w*|класс\w*|лагер\w*|поездк\w*|"
    r"каникул\w*|отпуск\w*|стар\w+|мал\w+|благотворит\w*|похорон\w*|умер\w*|больниц\w*|до "
    r"(?:завтра|встречи)|увидимся|игр\w+|персонаж\w*|сериал\w*|книг\w*|фильм\w*|консультаци\w*|"
    r"почистить|памят\w*|нов\w+ телефон\w*|дневник (?:закончился|кончился)"
)
_SCHED_RU = r"прощальн\w+ (?:сообщени\w*|пост\w*|видео|истори\w*)|последн\w+ (?:пост\w*|сторис|истори\w*)"
_SCHED_CUE_RU = r"отложенн\w+|запланировал\w*|черновик\w*|автоматически|само отправится|уидет само"
_SCHED_MUNDANE_RU = r"поздравлени\w*|с добрым утром|напоминани\w*|розыгрыш\w*|сюрприз\w*"
_PRAY_RU = (
    r"молюсь,? (?:\w+ ){0,2}?чтобы (?:бог )?(?:забрал меня|меня забрал|не проснуться|я не проснул\w*|"
    r"умереть|я умер\w*)|прошу бога (?:\w+ )?(?:забрать меня|меня забрать|дать мне умереть)"
)
_PRAY_MUNDANE_RU = r"контрольн\w*|экзамен\w*|огэ|егэ|домашк\w*|ахах\w*|лол|учител\w*"
_JOIN_RU = (
    r"(?:хочу|хочется|хотела бы|хотел бы) (?:уити |уйти |поскорее )?к (?:моеи |моему )?(?:маме|папе|"
    r"бабушке|дедушке|брату|сестре|нему|неи)(?! (?:в гости|на выходные|домои|на дачу))|(?:хочу|"
    r"хочется) (?:быть|к) с (?:мамои|папои|бабушкои|дедушкои|ним|неи) (?:там|на небе)"
)
_DEAD_RU = r"умер|умерла|умерли|погиб|погибла|нет в живых|на небе|не стало|потерял\w*"
_JOIN_MUNDANE_RU = r"в гости|кладбищ\w*|могил\w*|выходные|каникул\w*|дач\w*|работ\w*|развод\w*|жить с|ужин\w*"

# -- tr -------------------------------------------------------------------------------------
_ACTS_TR = (
    r"(?:herkesle|hepsiyle|\w+(?:la|le|yla|yle)) (?:tek tek |tek tek hepsiyle )?vedalastim|veda "
    r"ettim|(?:veda|vedalasma) (?:mesaji|mesajimi|videosu|videomu|sesli mesaj\w*|notu) (?:\w+ ){0,3}?"
    r"(?:attim|gonderdim|yolladim|biraktim|kaydettim)|(?:anneme|babama|kardesime|ablama|abime|"
    r"kankama|arkadasima) sarildim|(?:butun |tum |bütün )?(?:esyalarimi|oyunlarimi|kiyafetlerimi|"
    r"kitaplarimi|oyuncaklarimi|her seyimi) (?:\w+ )?(?:dagittim|verdim|hediye ettim)|kime ne "
    r"(?:kalacagini|verilecegini) yazdim|(?:sifremi|sifrelerimi) (?:\w+ ){0,2}?(?:biraktim|verdim|"
    r"yazdim)|(?:kopegime|kedime|kedimle|kopegimle) (?:\w+ ){0,2}?(?:bakmasini|ilgilenmesini) "
    r"(?:istedim|soyledim)|(?:butun|tum|herkesi) (?:\w+ )?(?:rehberi|kisileri|arkadaslarimi)? ?sildim"
)
_FINAL_TR = (
    r"(?:bir )?siz kaldiniz|sadece siz kaldiniz|son siz|telefonu kapattim|son (?:kez|defa) "
    r"oldugunu bilmiyor|son (?:kez|defa)|sonsuza (?:kadar|dek)|bu gece (?:son|bitiyor|bitecek)|bu "
    r"geceden sonra|ben (?:gidince|olunce|olmayinca|yokken)|veda etmek icin|artik ihtiyacim "
    r"olmayacak|kime ne (?:kalacagini|verilecegini)"
)
_MUNDANE_TR = (
    _MUNDANE_ALL + r"|tasin\w*|okul\w*|sinif\w*|ogretmen\w*|tatil\w*|gezi\w*|kamp\w*|yurt ?disi|"
    r"eski\w*|kucul\w*|bagis\w*|cenaze\w*|vefat\w*|hastane\w*|gorusuruz|yarin gorus\w*|oyun\w*|"
    r"karakter\w*|dizi\w*|kitap\w*|film\w*|danisma|temizl\w*|yeni telefon\w*|gunlugum (?:doldu|bitti)"
)
_SCHED_TR = r"veda (?:mesaj\w*|post\w*|video\w*|hikaye\w*)|son (?:post\w*|hikaye\w*|mesaj\w*)"
_SCHED_CUE_TR = r"zamanla\w*|planla\w*|taslak\w*|otomatik\w*|kendiliginden"
_SCHED_MUNDANE_TR = r"tebrik\w*|gunaydin|hatirlat\w*|cekilis\w*|anneler gunu|surpriz\w*"
_PRAY_TR = (
    r"(?:beni|canimi) (?:uykumda |bir an once )?al diye dua|uykumda (?:olmek|olmeyi) (?:icin )?"
    r"(?:dua|istiyorum)|(?:olmek|olmeyi|uyanmamak|bir daha uyanmamak) icin dua|allahim (?:beni|"
    r"canimi) (?:uykumda )?al(?:sin)? diye"
)
_PRAY_MUNDANE_TR = r"sinav\w*|yazili\w*|odev\w*|haha\w*|ahah\w*|sjsj\w*|ogretmen\w*|kpss|lgs|yks"
_JOIN_TR = (
    r"(?:annemin|babamin|annemin|dedemin|ninemin|anneannemin|babaannemin|kardesimin|onun) "
    r"(?:yanina|yanina gitmek) (?:gitmek )?istiyorum|(?:anneme|babama|dedeme|nineme|kardesime|ona) "
    r"kavusmak istiyorum"
)
_DEAD_TR = r"oldu\w*|olumunden|vefat\w*|rahmetli|cennet\w*|kaybettim|kaybettigimden"
_JOIN_MUNDANE_TR = (
    r"ziyaret\w*|mezar\w*|hafta sonu|tatil\w*|eve|evde|evine|evinde|ise|iste|isten|bosan\w*|"
    r"yasamak|aksam yemeg\w*"
)

# -- pl -------------------------------------------------------------------------------------
_ACTS_PL = (
    r"(?:juz )?(?:pozegnalam|pozegnalem) sie(?: juz)? (?:ze wszystkimi|z \w+)|(?:wyslalam|wyslalem|"
    r"nagralam|nagralem|zostawilam|zostawilem|napisalam|napisalem) (?:\w+ ){0,3}?(?:pozegnaln\w+|"
    r"film z pozegnaniem|wiadomosc z pozegnaniem)|(?:przytulilam|przytulilem) (?:\w+ )?(?:mame|"
    r"tate|siostre|brata|babcie|przyjaciolke)|(?:rozdalam|rozdalem|oddalam|oddalem) (?:\w+ ){0,2}?"
    r"(?:wszystkie |cale )?(?:moje|swoje) (?:rzeczy|gry|ubrania|ksiazki|zabawki)|(?:napisalam|"
    r"napisalem|zdecydowalam) komu (?:co )?(?:oddac|przypadnie|dac)|(?:zostawilam|zostawilem|"
    r"dalam|dalem) (?:\w+ ){0,3}?(?:haslo|hasla|pin|kod)|(?:poprosilam|poprosilem) (?:\w+ ){0,3}?"
    r"(?:zeby|by|o) (?:\w+ )?(?:zaopiekowal\w*|opiek\w*|zajal\w*|zajela) (?:sie )?(?:moim|moja) "
    r"(?:psem|kotem|kotka|chomikiem)|(?:usunelam|usunalem) (?:wszystkie|wszystkich) (?:\w+ )?"
    r"(?:kontakty|znajomych|czaty|konta|zdjecia)?"
)
_FINAL_PL = (
    r"zostaliscie (?:tylko )?wy|(?:tylko )?wy (?:zostaliscie|jestescie ostatni)|(?:wylaczylam|"
    r"wylaczylem) telefon|nie wie,? ze to ostatni|(?:ostatni|po raz ostatni) raz|na zawsze|"
    r"(?:dzis|dzisiaj) w nocy (?:koniec|wszystko)|po dzisiejszej nocy|(?:jak|kiedy|gdy) mnie (?:juz )?"
    r"nie bedzie|zeby sie pozegnac|w nocy (?:wstawie|opublikuje)|(?:juz )?nie bede (?:ich|tego) "
    r"potrzebowac|komu (?:co )?(?:oddac|przypadnie)"
)
_MUNDANE_PL = (
    _MUNDANE_ALL + r"|przeprowadz\w*|nowa szkol\w*|szkol\w*|klas\w*|wakacj\w*|wycieczk\w*|oboz\w*|"
    r"wyjazd\w*|stare|starych|za male|za maly|charytat\w*|pogrzeb\w*|zmarl\w*|szpital\w*|do "
    r"(?:jutra|zobaczenia)|gra|gry|postac\w*|serial\w*|ksiazk\w*|film(?!\w* z pozegnan)\w*|konsultacj\w*|porzad\w*|"
    r"nowy telefon|pamietnik (?:sie )?skonczyl"
)
_SCHED_PL = (
    r"pozegnaln\w+ (?:post\w*|wiadomosc\w*|film\w*|relacj\w*)|film z pozegnaniem|ostatni\w* "
    r"(?:post\w*|relacj\w*)"
)
_SCHED_CUE_PL = r"zaplanowal\w*|zaplanowan\w*|wersji roboczej|wersja robocza|automatycznie|wstawie w nocy"
_SCHED_MUNDANE_PL = r"zyczeni\w*|dzien dobry|przypomn\w*|konkurs\w*|dzien mamy|niespodzian\w*"
_PRAY_PL = (
    r"modle sie,? (?:\w+ ){0,2}?(?:zeby|by|o to zeby) (?:bog )?(?:mnie zabral|sie nie obudzic|nie "
    r"obudzic sie|umrzec|umrzec we snie)|modle sie o smierc|prosze boga (?:\w+ )?(?:zeby mnie "
    r"zabral|o smierc)"
)
_PRAY_MUNDANE_PL = r"sprawdzian\w*|kartkowk\w*|egzamin\w*|zadani\w*|haha\w*|xd|nauczyciel\w*"
_JOIN_PL = (
    r"(?:chce|chcialabym|chcialbym) (?:dolaczyc do|isc do|pojsc do|byc z|byc przy) (?:mojej |moim |"
    r"mojego )?(?:mamy|taty|babci|dziadka|brata|siostry|mama|tata|babcia|dziadkiem|niego|niej|nim|"
    r"nia)(?: tam| w niebie)?(?! (?:na|w odwiedziny|do domu))"
)
_DEAD_PL = r"umarl\w*|zmarl\w*|zginal\w*|nie zyje|w niebie|stracil\w*|odkad (?:go|jej) nie ma"
_JOIN_MUNDANE_PL = r"odwiedz\w*|grob\w*|cmentarz\w*|weekend\w*|wakacj\w*|dom\w*|prac\w*|rozwod\w*|mieszkac|obiad\w*"

# -- id -------------------------------------------------------------------------------------
_ACTS_ID = (
    r"(?:udah |udh |sudah )?(?:pamitan|pamit|ngucapin selamat tinggal|bilang selamat tinggal) "
    r"(?:\w+ ){0,2}?(?:sama|ke|kepada) (?:semua|semuanya|\w+)|(?:udah |sudah )?(?:ngirim|kirim|"
    r"rekam|ninggalin) (?:\w+ ){0,3}?(?:pesan|vn|voice note|video|surat) (?:perpisahan|terakhir)|"
    r"(?:udah |sudah )?(?:peluk|meluk|memeluk) (?:\w+ )?(?:mama|ibu|papa|ayah|adik\w*|adek\w*|"
    r"kakak\w*|sahabat\w*)|(?:semua )?barang(?:2|ku| barangku)? (?:\w+ ){0,2}?(?:udah |sudah )?"
    r"(?:aku |gue |gw )?(?:bagiin|kasih|kasihin|bagi bagiin)|(?:bagiin|kasih|kasihin) (?:semua )?"
    r"barang|(?:nulis|tulis) siapa dapet apa|(?:ninggalin|ngasih|kasih) (?:\w+ ){0,3}?(?:password|"
    r"sandi|pin|kode)|(?:minta|nitip) (?:\w+ ){0,3}?(?:jagain|rawat|urus) (?:kucing|anjing|"
    r"peliharaan)\w*|(?:hapus|ngapus|udah hapus) (?:semua )?(?:kontak|temen|teman|akun|foto)"
)
_FINAL_ID = (
    r"tinggal kalian|kalian (?:yang )?terakhir|(?:matiin|mematikan) (?:hp|handphone)|(?:dia )?"
    r"(?:gatau|ga tau|gak tau|nggak tau|tidak tahu) (?:itu |kalo itu |kalau itu )?(?:yang )?"
    r"terakhir|terakhir kali(?:nya)?|selamanya|malam ini (?:terakhir|selesai|berakhir)|setelah "
    r"malam ini|(?:kalau|kalo|klo|nanti) (?:aku|gue|gw) (?:udah |sudah )?(?:ga ada|gak ada|nggak "
    r"ada|tiada|pergi)|buat pamitan|udah gak butuh lagi|siapa dapet apa"
)
_MUNDANE_ID = (
    _MUNDANE_ALL + r"|pindah\w*|sekolah|kelas|guru|liburan|mudik|study tour|kemah|barang lama|bekas|"
    r"kekecilan|donasi|sumbang\w*|pemakaman|meninggal|rumah sakit|sampai jumpa|besok ketemu|"
    r"sampe ketemu|main|karakter|film|buku|konsultasi|bersih\w*|hp baru|diari\w* (?:udah )?penuh"
)
_SCHED_ID = r"(?:postingan|pesan|video|story|status) (?:perpisahan|terakhir)"
_SCHED_CUE_ID = r"jadwalin|dijadwal\w*|terjadwal|draft|draf|otomatis"
_SCHED_MUNDANE_ID = r"ucapan|selamat pagi|ngingetin|pengingat|giveaway|hari ibu|kejutan"
_PRAY_ID = (
    r"(?:berdoa|doa|minta sama tuhan|minta sama allah) (?:\w+ ){0,2}?(?:biar|supaya|agar|semoga) "
    r"(?:\w+ ){0,2}?(?:mati|meninggal|gak bangun|ga bangun|nggak bangun|tidak bangun|ambil nyawaku|"
    r"cabut nyawaku|dicabut nyawa\w*|diambil)|ya allah ambil (?:aja )?nyawaku"
)
_PRAY_MUNDANE_ID = r"ujian|ulangan|pr|tugas|wkwk\w*|haha\w*|guru"
_JOIN_ID = (
    r"(?:pengen|ingin|mau|pgn) (?:nyusul|menyusul|ikut|ketemu lagi sama|bareng lagi sama) (?:ayah|"
    r"papa|ibu|mama|nenek|kakek|adik|kakak|dia)(?:ku)?(?! (?:ke|ke rumah|kerja|belanja|liburan))"
)
_DEAD_ID = r"meninggal|udah gak ada|sudah tiada|almarhum\w*|surga|di atas sana|pergi selamanya"
_JOIN_MUNDANE_ID = r"ziarah|makam|kuburan|weekend|liburan|rumah|kerja|cerai|tinggal sama|makan"

# -- ar -------------------------------------------------------------------------------------
_ACTS_AR = (
    r"[وف]?(?:ودعت (?:\S+ )?(?:الكل|الجميع|كل\S*|اختي|اخوي|امي|ابوي|اهلي|صحابي|اصحابي|صاحبتي)|"
    r"(?:ارسلت|رسلت|بعثت|سجلت|تركت) (?:\S+ ){0,3}?(?:رساله|فويس|فيديو|اوديو) (?:وداع|الوداع)|"
    r"حضنت (?:\S+ )?(?:امي|ابوي|اختي|اخوي|اهلي|صاحبتي)|(?:عطيت|وزعت|اعطيت|اديت) (?:كل )?(?:اغراضي|"
    r"العابي|حاجاتي|ملابسي|اشيائي)|كتبت (?:مين|لمين) ياخذ|(?:تركت|عطيت|كتبت) (?:\S+ ){0,3}?"
    r"(?:الباسورد|كلمه السر|الرمز|الرقم السري)|(?:مسحت|حذفت) (?:كل|جميع) (?:\S+ )?(?:الارقام|"
    r"الاسماء|الاصحاب|الحسابات|الصور))"
)
_FINAL_AR = (
    r"[وف]?(?:(?:بقيتوا|بقيتو|ضليتوا|ضليتو) (?:انتوا|انتو|انتم)|(?:انتوا|انتو|انتم) (?:اخر|آخر) "
    r"(?:ناس|وحده|واحد)|(?:سكرت|قفلت|طفيت) (?:الجوال|الموبايل|التلفون)|(?:ما|مو|مش) (?:تدري|يدري|"
    r"تعرف|يعرف) (?:انها|انه|ان)? ?(?:اخر|آخر) مره|(?:اخر|آخر) مره|للابد|الليله (?:اخر|آخر|"
    r"خلاص|النهايه)|بعد الليله|لما (?:اموت|ما اكون موجود\S*|اروح)|عشان اودع\S*|(?:مين|لمين) ياخذ)"
)
_MUNDANE_AR = (
    r"\S*(?:عيد|ميلاد|مدرس|استاذ|معلم|واجب|سفر|يسافر|مسافر|رحله|مخيم|اجاز|قديم|تبرع|صدقه|نتقل|ننقل|نقلنا|"
    r"عزا|جنازه|مستشفى|لعبه|مسلسل|فيلم|كتاب|استشار)\S*|نشوفكم|بشوفكم|بكره اشوف\S*|جوال جديد"
)
_SCHED_AR = r"(?:رساله|بوست|فيديو|ستوري)\S* (?:وداع|الوداع|اخيره|الاخيره)"
_SCHED_CUE_AR = r"جدولت\S*|مجدول\S*|تنرسل|تنزل (?:لحال\S*|تلقائي)|تلقائي\S*|مسوده"
_PRAY_AR = (
    r"(?:ادعي|بدعي|ادعو|دعيت) (?:\S+ ){0,2}?(?:ربي|الله|ربنا) (?:\S+ )?(?:ياخذني|ياخذ روحي|يميتني|"
    r"اموت)|(?:ادعي|بدعي|ادعو) (?:\S+ ){0,2}?(?:اموت|ما اصحى|ما اقوم)|يارب (?:خذني|خدني|موتني)"
)
_PRAY_MUNDANE_AR = r"\S*(?:امتحان|اختبار|واجب|هه|ههه|استاذ)\S*"
_JOIN_AR = (
    r"(?:ودي|ابي|ابغى|بدي|نفسي|اريد|عايز|عايزه) (?:\S+ )?(?:الحق|اروح ل|اروح عند|اكون مع|اشوف) "
    r"?(?:امي|ابوي|ابي|بابا|ماما|جدتي|جدي|اخوي|اختي|جدو|تيتا)"
)
_DEAD_AR = r"مات|ماتت|توفى|توفت|توفي|الله يرحم\S*|الله يرحمه|الجنه|رحمه الله|المرحوم\S*|فقدت\S*"
_JOIN_MUNDANE_AR = r"\S*(?:زياره|قبر|مقبره|اجاز|بيت|شغل|طلاق|عشا)\S*"

# -- hi: Hinglish -------------------------------------------------------------------------
_ACTS_HL = (
    r"(?:sabko|sab ko|sabse|\w+ ko) (?:\w+ ){0,2}?(?:alvida|bye|goodbye) (?:bol|keh|kah) (?:diya|di|"
    r"chuka|chuki|diye)|(?:alvida|goodbye) (?:wala |ka )?(?:message|msg|audio|video|voice note) "
    r"(?:\w+ ){0,2}?(?:bhej|bheja|bhej diya|chhod)|(?:apna|apni|apne|mera|meri|mere) (?:saara |sara "
    r"|saari |sari )?(?:saman|samaan|cheezein|cheeze|kapde|games) (?:\w+ ){0,2}?(?:baant|bant|de) "
    r"(?:diya|diye|di|chuka|chuki)|(?:password|pin) (?:\w+ ){0,3}?(?:de diya|likh diya|chhod diya)|"
    r"(?:saare|sare|sab) (?:contacts|contact|dost) (?:delete|hata) (?:kar )?(?:diye|diya|di)"
)
_FINAL_HL = (
    r"(?:bas )?(?:tum|aap) log bache|aaj raat (?:ki baat|aakhri|aakhiri|last|khatam)|aakhri (?:baar|"
    r"bar)|aakhiri (?:baar|bar)|last time|hamesha ke liye|phone (?:band|off) kar (?:diya|di)|jab "
    r"(?:main|mai) (?:nahi rahunga|nahi rahungi|nahi rahu)|alvida (?:kehne|bolne)"
)
_MUNDANE_HL = (
    _MUNDANE_ALL + r"|shift\w*|school|class|teacher|tuition|trip|chutti\w*|purane|purani|chhote|"
    r"daan|funeral|hospital|milte hai|milte hain|kal milte|phir milenge|game|movie|serial|"
    r"consultation|safai|naya phone"
)
_SCHED_HL = r"(?:alvida|goodbye|last) (?:wala )?(?:message|post|story|video)"
_SCHED_CUE_HL = r"schedule|draft|automatic\w*|apne aap"
_PRAY_HL = (
    r"(?:bhagwan|bhagvan|upar wale|upar vale|allah|god|rab) (?:se )?(?:dua|prarthna|prayer|"
    r"mannat) (?:karti|karta|kar rahi|kar raha|maangti|maangta) (?:hu|hoon|hun)? ?(?:ki|k) (?:\w+ ){0,3}?"
    r"(?:utha le|uthale|maut de|mar jau|mar jaun|mar jaaun|na uthu|na uthun)|(?:bhagwan|upar wale) "
    r"mujhe utha le"
)
_PRAY_MUNDANE_HL = r"exam|test|paper|homework|haha\w*|lol|teacher|result"
_JOIN_HL = (
    r"(?:papa|mummy|maa|dadi|nani|dada|nana|bhai|didi|unke|uske) (?:ke )?(?:paas|pas) (?:jana|jaana) "
    r"(?:chahti|chahta|hai)"
)
_DEAD_HL = r"guzar gaye|guzar gayi|nahi rahe|nahi rahi|mar gaye|mar gayi|jaane ke baad|swarg|upar chale"
_JOIN_MUNDANE_HL = r"milne|ghoomne|chutti\w*|ghar|office|kaam|divorce|rehna|khana"

# -- hi: Devanagari (no \b) ----------------------------------------------------------------
_ACTS_HI = _n(
    r"(?:सबको|सब को|सबसे) (?:\S+ ){0,2}?अलविदा (?:कह|बोल) (?:दिया|दी|चुका|चुकी)|अलविदा (?:वाला )?"
    r"(?:मैसेज|संदेश|वीडियो|ऑडियो) (?:\S+ ){0,2}?भेज|(?:अपना|अपनी|अपने|मेरा|मेरी|मेरे) (?:सारा |सारी |सारे )?"
    r"(?:सामान|चीज़ें|चीजें|कपड़े) (?:\S+ ){0,2}?(?:बाँट|बांट|दे) (?:दिया|दिए|दी)|(?:सारे|सब) "
    r"(?:कॉन्टैक्ट|दोस्त) (?:डिलीट|हटा) (?:कर )?(?:दिए|दिया)"
)
_FINAL_HI = _n(
    r"(?:तुम|आप) लोग बचे|आज रात (?:की बात|आखिरी|आख़िरी|खत्म|ख़त्म)|(?:आखिरी|आख़िरी) (?:बार|रात)|"
    r"हमेशा के लिए|फोन बंद कर|जब मैं नहीं (?:रहूं|रहूँ|रहूंगा|रहूंगी)|अलविदा (?:कहने|बोलने)"
)
_MUNDANE_HI = _n(
    r"जन्मदिन|बर्थडे|शिफ्ट|स्कूल|क्लास|टीचर|ट्रिप|छुट्टी|पुराने|पुरानी|छोटे|दान|अस्पताल|कल मिलते|फिर मिलेंगे|"
    r"गेम|फिल्म|सफाई|नया फोन"
)
_SCHED_HI = _n(r"(?:अलविदा|आखिरी|आख़िरी) (?:वाला )?(?:मैसेज|संदेश|पोस्ट|वीडियो)")
_SCHED_CUE_HI = _n(r"शेड्यूल|ड्राफ्ट|अपने आप")
_PRAY_HI = _n(
    r"(?:भगवान|ऊपर वाले|अल्लाह|रब) (?:से )?(?:दुआ|प्रार्थना) (?:करती|करता) (?:हूं|हूँ|हु)? ?कि "
    r"(?:\S+ ){0,3}?(?:उठा ले|मौत दे|मर जाऊं|मर जाऊँ|न उठूं|ना उठूं)|भगवान मुझे उठा ले"
)
_PRAY_MUNDANE_HI = _n(r"परीक्षा|एग्जाम|टेस्ट|होमवर्क|हाहा|रिजल्ट")
_JOIN_HI = _n(
    r"(?:पापा|मम्मी|माँ|मां|दादी|नानी|दादा|नाना|भाई|दीदी|उनके|उसके) (?:के )?पास (?:जाना|चले जाना) "
    r"(?:चाहती|चाहता|है)"
)
_DEAD_HI = _n(r"गुज़र गए|गुजर गए|गुज़र गई|गुजर गई|नहीं रहे|नहीं रही|मर गए|मर गई|जाने के बाद|स्वर्ग")
_JOIN_MUNDANE_HI = _n(r"मिलने|घूमने|छुट्टी|घर|ऑफिस|काम|तलाक|रहना|खाना")

# -- zh (unspaced) -----------------------------------------------------------------------------
_ACTS_ZH = (
    r"(?:已经)?(?:跟|和|向)(?:所有人|大家|每个人|家人|朋友们?|妈妈|爸爸|妹妹|弟弟|姐姐|哥哥)(?:都)?"
    r"(?:告别|道别|说再见|说了再见)|(?:发|录|留)了(?:一条|一段|一个)?(?:告别|道别)的?(?:语音|视频|消息)|"
    r"抱了(?:抱)?(?:妈妈|爸爸|妹妹|弟弟|姐姐|哥哥|奶奶|外婆)|把(?:我的)?(?:东西|衣服|游戏|书|玩具)(?:都|全)"
    r"(?:分给|送给|送)|写好了?谁(?:拿|要|得到)|把(?:手机)?密码(?:留|写|给)|把(?:微信|QQ|qq)?(?:所有|全部)?的?(?:好友|联系人|"
    r"通讯录)(?:都|全)?删了|删了(?:所有|全部)(?:好友|联系人)"
)
_FINAL_ZH = (
    r"就剩你们|只剩你们|只留下?这个群|最后一次|永远|今晚(?:就)?(?:结束|是最后)|过了今晚|(?:等|在)我(?:不在|走了|"
    r"死了)|关机了?|道别|告别|谁(?:拿|要|得到)"
)
_MUNDANE_ZH = (
    r"生日|搬家|搬到|搬去|搬走|移民|留学|放假|假期|寒假|暑假|回老家|转学|毕业|学校|老师|作业|考试|旅行|旅游|出国|夏令营|旧|小了|捐|葬礼|去世|医院|明天见|下次见|"
    r"游戏|电视剧|电影|小说|清理|内存|新手机|日记本满"
)
_SCHED_ZH = r"(?:告别|道别|最后)的?(?:定时|自动)?的?(?:消息|动态|视频|帖子|朋友圈)"
_SCHED_CUE_ZH = r"定时|草稿|自动发"
_PRAY_ZH = (
    r"祈祷(?:老天|上帝|神|佛祖)?(?:让我|能)?(?:死|睡着了?(?:就)?别醒|一睡不醒|带走我)|求(?:老天|上帝|神|佛祖)"
    r"(?:让我死|带走我)"
)
_PRAY_MUNDANE_ZH = r"考试|作业|哈哈|老师|成绩"
_JOIN_ZH = r"想(?:去)?(?:找|陪|见)(?:我)?(?:奶奶|爷爷|外婆|外公|妈妈|爸爸|姥姥|姥爷|哥哥|姐姐|他|她)(?!玩|吃)"
_DEAD_ZH = r"去世|走了以后|走了之后|不在了|天堂|离开了我|过世"
_JOIN_MUNDANE_ZH = r"上坟|扫墓|周末|假期|放假|家里玩|上班|离婚|一起住|吃饭"

RULES: list[Rule] = [
    *goodbye_rules(
        "попрощался попрощалась простился простилась отправил отправила записал записала "
        "оставил оставила скинул скинула написал написала обнял обняла раздал раздала отдал "
        "отдала раздарил раздарила расписал расписала решил решила дал дала попросил попросила "
        "удалил удалила",
        _ACTS_RU, _FINAL_RU, _MUNDANE_RU,
        "отложенное отложенный отложенную отложенные запланировал запланировала черновик "
        "черновике черновиках автоматически само",
        _SCHED_RU, _SCHED_CUE_RU, _SCHED_MUNDANE_RU,
        "молюсь прошу", _PRAY_RU, _PRAY_MUNDANE_RU,
        "хочу хочется хотела хотел", _JOIN_RU, _DEAD_RU, _JOIN_MUNDANE_RU),
    *goodbye_rules(
        "vedalastim veda sarildim dagittim verdim ettim yazdim biraktim istedim soyledim sildim",
        _ACTS_TR, _FINAL_TR, _MUNDANE_TR,
        "zamanladim zamanlanmis zamanlandi planladim taslak taslaklarda otomatik otomatikman "
        "kendiliginden",
        _SCHED_TR, _SCHED_CUE_TR, _SCHED_MUNDANE_TR,
        "dua diye", _PRAY_TR, _PRAY_MUNDANE_TR,
        "istiyorum", _JOIN_TR, _DEAD_TR, _JOIN_MUNDANE_TR),
    *goodbye_rules(
        "pozegnalam pozegnalem wyslalam wyslalem nagralam nagralem zostawilam zostawilem "
        "napisalam napisalem przytulilam przytulilem rozdalam rozdalem oddalam oddalem "
        "zdecydowalam dalam dalem poprosilam poprosilem usunelam usunalem",
        _ACTS_PL, _FINAL_PL, _MUNDANE_PL,
        "zaplanowalam zaplanowalem zaplanowany zaplanowana zaplanowane roboczej robocza "
        "automatycznie wstawie",
        _SCHED_PL, _SCHED_CUE_PL, _SCHED_MUNDANE_PL,
        "modle prosze", _PRAY_PL, _PRAY_MUNDANE_PL,
        "chce chcialabym chcialbym", _JOIN_PL, _DEAD_PL, _JOIN_MUNDANE_PL),
    *goodbye_rules(
        "pamitan pamit ngucapin bilang ngirim kirim rekam ninggalin peluk meluk memeluk barang "
        "barang2 barangku bagiin kasih kasihin nulis tulis ngasih minta nitip hapus ngapus",
        _ACTS_ID, _FINAL_ID, _MUNDANE_ID,
        "jadwalin dijadwalin dijadwalkan terjadwal draft draf otomatis",
        _SCHED_ID, _SCHED_CUE_ID, _SCHED_MUNDANE_ID,
        "berdoa doa minta ambil", _PRAY_ID, _PRAY_MUNDANE_ID,
        "nyusul menyusul ikut ketemu bareng", _JOIN_ID, _DEAD_ID, _JOIN_MUNDANE_ID),
    *goodbye_rules(
        "ودعت ارسلت رسلت بعثت سجلت تركت حضنت عطيت وزعت اعطيت اديت كتبت مسحت حذفت",
        _ACTS_AR, _FINAL_AR, _MUNDANE_AR,
        "جدولت جدولتها مجدوله مجدول تنرسل تنزل تلقائي تلقائيا مسوده",
        _SCHED_AR, _SCHED_CUE_AR, _MUNDANE_AR,
        "ادعي بدعي ادعو دعيت يارب", _PRAY_AR, _PRAY_MUNDANE_AR,
        "ودي ابي ابغى بدي نفسي اريد عايز عايزه", _JOIN_AR, _DEAD_AR, _JOIN_MUNDANE_AR),
    *goodbye_rules(
        "alvida bye goodbye saaman saman samaan cheezein cheeze kapde games password pin contacts "
        "contact dost",
        _ACTS_HL, _FINAL_HL, _MUNDANE_HL,
        "schedule draft automatic automatically aap",
        _SCHED_HL, _SCHED_CUE_HL, _MUNDANE_HL,
        "dua prarthna prayer mannat utha", _PRAY_HL, _PRAY_MUNDANE_HL,
        "paas pas", _JOIN_HL, _DEAD_HL, _JOIN_MUNDANE_HL),
    *goodbye_rules(
        _triggers("अलविदा सामान चीज़ें चीजें कपड़े कॉन्टैक्ट दोस्त"),
        _ACTS_HI, _FINAL_HI, _MUNDANE_HI,
        _triggers("शेड्यूल ड्राफ्ट"),
        _SCHED_HI, _SCHED_CUE_HI, _MUNDANE_HI,
        _triggers("दुआ प्रार्थना उठा"), _PRAY_HI, _PRAY_MUNDANE_HI,
        _triggers("पास"), _JOIN_HI, _DEAD_HI, _JOIN_MUNDANE_HI, edge=""),
    *goodbye_rules(
        "告别 道别 再见 抱了 分给 送给 谁 密码 删了",
        _ACTS_ZH, _FINAL_ZH, _MUNDANE_ZH,
        "定时 草稿 自动发", _SCHED_ZH, _SCHED_CUE_ZH, _MUNDANE_ZH,
        "祈祷 求老天 求上帝 求神 求佛祖", _PRAY_ZH, _PRAY_MUNDANE_ZH,
        "想去找 想找 想去陪 想陪 想去见 想见", _JOIN_ZH, _DEAD_ZH, _JOIN_MUNDANE_ZH, edge=""),
]
