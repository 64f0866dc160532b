"""Mockery of a peer without a swear word in Polish, Indonesian, Russian and
Turkish: the six shapes of harm_mockery.py (read its docstring first),
appended to `harm.RULES` through it; Arabic, Chinese and Hindi are in
harm_mockery_scripts.py.

"Kuba znowu się popłakał ... beksa", "si Fajar nangis lagi ... cengeng
banget", "Артём опять разревелся ... плакса", "sınıfta ağladı, sulu göz
bebek"; "grubas zjadł trzy pączki i dalej marudzi", "si gendut abis 3 porsi
bakso masih bilang laper", "жиртрест опять три булки слопал", "şişko üç
simit yedi hala açım diyor"; "eh si aneh dateng, pura2 sibuk aja", "о, чудик
идёт, делайте вид что заняты", "ucube geliyor, herkes meşgulmüş gibi
yapsın"; "стукач! побежал к классной"; "nikt cię nie wybiera do drużyny i
chyba już wiesz dlaczego", "gak ada yg milih lo, sadar diri dong", "hep sen
kalıyorsun, nedenini düşün bi", "на твой день рождения всё равно никто не
придёт"; "u nich w domu to nawet na chleb nie starcza", "у них дома даже на
еду не хватает", "evde yemek bile yoktur onların"; "powiem wszystkim że ...
nosi jeszcze pieluchę", "herkese Can'ın hâlâ altına kaçırdığını
söyleyeceğim"; "kayak gajah lagi kabur", "koşuşuna bakın, su aygırı gibi",
"jak ty mówisz to brzmi jakby ktoś drapał po tablicy, lepiej milcz".

The writer's own tears and family, pets, kind questions, "you are not a
burden", help and reports pass, as in harm_mockery.py.
"""

from __future__ import annotations

from .harm_accent_mock_langs import LAUGH_ID, LAUGH_PL, LAUGH_RU, LAUGH_TR
from .harm_mockery_parts import FICTION as _FICTION
from .harm_mockery_parts import after, nb, sentence
from .rules import Rule, rule

# -- pl (ą ę ł ó ś ż read as a e l o s z) ----------------------------------------------
_CRYNAME_PL = r"(?:beks[aoy]|mazgaj\w*|bobas\w*|dzidzius\w*|maminsyn\w*|placzk[ai]|beczy dupa)"
_MUMMY_PL = (r"(?:idz|lec|biegnij|pobiegl|pobiegla|wola|zawolaj|chce do|leci do|biegnie do|polecial "
             r"do|poleciala do) (?:sie poplakac )?(?:do )?(?:mamusi|mamy|mamuski|mameczki)")
_CRY_PL = (r"(?:(?:sie )?(?:po|roz|za)?plakal[a]?(?: sie)?|(?:sie )?rozbeczal[a]?|beczal[a]?|ryczal[a]?|"
           r"rozryczal[a]? sie|placze|ryczy|beczy)")
_FAMILY_PL = (r"(?:moj|moja|moi|nasz|nasza|mojego|mojej) (?:maly |mala |mlodszy |mlodsza |)(?:brat|"
              r"siostra|braciszek|siostrzyczka|kuzyn|kuzynka|dziecko|syn|corka|pies|kot)")
_ODD_NAMES_PL = ("dziwak", "dziwaczka", "dziwolag", "odmieniec", "grubas", "grubaska", "kapus", "kabel",
                 "frajer", "przegryw", "nieudacznik", "lamus", "smierdziel", "beksa", "swir", "swirus",
                 "kujon", "kujonka", "tluscioch")
_ODD_PL = "(?:" + "|".join(_ODD_NAMES_PL) + ")"
_AVOID_PL = (r"(?:udawajcie|udajmy|ignoruj\w*|nie patrzcie|chowajcie sie|uciekajcie|spadamy|nikt (?:z "
             r"nim|z nia) nie gada)")
_WHY_PL = (r"(?:(?:i )?(?:chyba )?(?:juz )?wiesz dlaczego|wszyscy wiedza dlaczego|zastanow sie|pomysl "
           r"dlaczego|bo jestes|pogodz sie|ogarnij sie|ciekawe dlaczego)")
_HEAVY_PL = (r"(?:hipopotam\w*|slon\w*|krow[aey]|wieloryb\w*|swini[aey]|fok[aię]|mors\w*|nosorozec|"
             r"goryl\w*|malp[aey]|kaczk[aię]|pingwin\w*|kielbas[aię]|parowk[aię]|lodowk[aię]|beczk[aię]|"
             r"czolg\w*|baleron\w*|prosiak\w*|hipcio)")
_SILENCE_PL = (r"(?:lepiej milcz|milcz|zamknij sie|nie odzywaj sie|nigdy wiecej nie (?:mow|spiewaj|"
               r"czytaj)|nie gadaj|siedz cicho|lepiej nic nie mow|lepiej sie nie odzywaj)")
_OBJ_PL = (r"(?:marchew\w*|miotl\w*|mop\w*|gniazd\w*|sian\w*|szczotk\w* do kibla|pudl\w*|owc\w*|"
           r"brokul\w*|ziemniak\w*|kartofl?\w*|klaun\w*|strach\w* na wroble|szczur\w*|kon\w*|krolik\w*|"
           r"bobr\w*|ananas\w*|krzak\w*|pieprz\w*|swini\w*|krow\w*|malp\w*|pomidor\w*)")
RULES: list[Rule] = [
    rule("bullying:insult", "bullying", "plakal plakala poplakal poplakala rozplakal rozplakala "
         "zaplakal zaplakala rozbeczal rozbeczala beczal beczala ryczal ryczala rozryczal rozryczala "
         "placze ryczy beczy",
         sentence(_FAMILY_PL) + nb("ja", "ja tez", "wszyscy", "dziecko") + _CRY_PL
         + r"\b(?!.{0,100}?\bjestem (?:taka |takim |straszna |straszny |)*beks)"
         r"(?=.{0,100}?\b(?:" + _CRYNAME_PL + r"|" + _MUMMY_PL + r")\b)"),
    rule("bullying:insult", "bullying", "grubas grubasek grubaska tluscioch spaslak spaslaczka prosiak "
         "wieloryb",
         r"\b(?:grubas\w*|tluscioch\w*|spaslak\w*|spaslaczka|prosiak|wieloryb) (?:\w+ ){0,2}?(?:zjadl[a]?|"
         r"zezarl[a]?|wciagnal|wciagnela|wsunal|wsunela|pozarl[a]?|wtrzachnal|wtrzachnela|zre|wcina)\b"
         r"(?=.{0,80}?\b(?:dalej|nadal|wciaz|jeszcze|znowu|glodn\w*|marudzi|dwa|dwie|trzy|cztery|piec|"
         r"\d+|cal[aey]|" + LAUGH_PL + r")\b)"),
    rule("bullying:insult", "bullying", "idzie przyszedl przyszla przylazl przylazla nadchodzi jest",
         r"\b(?:o|uwaga|patrzcie|oho|ej) (?:idzie|przyszedl|przyszla|przylazl|przylazla|nadchodzi|jest) "
         r"(?:ten |ta |nasz |nasza )?(?=" + _ODD_PL + r"\b.{0,60}?\b" + _AVOID_PL + r")|"
         + after(*_ODD_NAMES_PL) + r"(?:idzie|przyszedl|przyszla|przylazl|przylazla|nadchodzi|jest)\b"
         r"(?=.{0,60}?\b" + _AVOID_PL + r")"),
    rule("bullying:insult", "bullying", "kapus kapusiu kabel kablu donosiciel donosicielka skarzypyta "
         "konfident konfidentka szpicel",
         r"(?:^|[.!?] )(?:ty |ty maly |ty mala |)(?:kapus\w*|kabl?u?|kabel|donosiciel\w*|skarzypyt\w*|"
         r"konfident\w*|szpicel\w*)(?: [.!])* (?:\w+ ){0,2}?(?:polecial(?:es|as)|poszedl(?:es)?|"
         r"poszlas|powiedzial(?:es|as)|naskarzyl(?:es|as)|przez ciebie|dzieki tobie|teraz cala|teraz "
         r"wszyscy)\b"),
    rule("bullying:exclusion", "bullying", "nikt urodziny",
         r"\bnikt (?:cie |ciebie )?(?:nigdy )?(?:nie )?(?:wybiera|wybierze|wybral|zaprasza|zaprosil|"
         r"przyjdzie na twoje|przychodzi na twoje|chce siedziec z toba|siada z toba)\b(?=.{0,70}?\b"
         + _WHY_PL + r")|\bna twoje (?:urodziny|osiemnastke|impreze) (?:i tak |pewnie |)nikt nie "
         r"(?:przyjdzie|przychodzi|przyszedl)\b"),
    rule("bullying:exclusion", "bullying", "ciezarem balastem kula zbedny zbedna bez tesknil zauwazyl",
         r"\b" + nb("nie") + r"jestes (?:tylko |po prostu |dla wszystkich |)(?:ciezarem|balastem|kula u "
         r"nogi) (?:dla )?(?:calej |tej |naszej )?(?:wszystkich|nas|grupy|klasy|druzyny|rodzicow)\b|"
         r"\bjestes (?:tu |tutaj |po prostu |)(?:zbedn[ya]|niepotrzebn[ya]) (?:w tej grupie|w klasie|"
         r"nikomu)\b|\bbez ciebie "
         r"(?:klasa|grupa|druzyna) (?:bylaby|byloby|bedzie) (?:duzo |o wiele |)(?:lepsza|spokojniejsza|"
         r"fajniejsza)\b|" + sentence(_FICTION)
         + r"nikt by (?:za toba nie tesknil|nie tesknil za toba|nie zauwazyl\w* (?:gdybys|jakbys|ze "
         r"cie))"),
    rule("bullying:poverty", "bullying", "nich niego niej rodzina rodzice starzy stac biedny",
         r"\b(?:(?:u|you) (?:nich|niego|niej)|jego rodzin\w+|jej rodzin\w+|jego starzy|jej starzy|jego rodzice|jej "
         r"rodzice) (?:w domu )?(?:to )?nawet na (?:chleb|jedzenie|mydlo|buty|prad|obiady|stolowke) nie "
         r"(?:starcza|ma|maja|wystarcza|stac)\b|\bnie stac (?:ich|go|jej) nawet na (?:chleb|mydlo|"
         r"jedzenie|buty|obiady|stolowke)\b|\bwyobraz sobie byc tak biedn\w+\b"),
    rule("bullying:rumour", "bullying", "powiem rozpowiem napisze rozgadam opowiem",
         r"\b(?:powiem|rozpowiem|napisze|rozgadam|opowiem) (?:wszystkim|calej klasie|calej szkole|"
         r"kazdemu)(?: ?ze)? ?.{0,50}?(?:(?:sika|siusia|zsikal\w*|moczy sie) (?:w lozko|do lozka|w nocy)|"
         r"spi (?:jeszcze |dalej )?z (?:pluszakiem|misiem|maskotka|lampka|mama)|nosi (?:jeszcze )?"
         r"pieluch\w*|ssie kciuka|ma wszy)"),
    rule("bullying:insult", "bullying", "biega biegnie chodzi tanczy rusza je wyglada wygladasz",
         sentence(r"(?:pies|psa|kot|kota|kon|konia|tort|ciasto|rysunek|przebran\w*|brat\w*|"
                  r"siostr\w*|mama|mamy|tata|taty|babci\w*|dziadek|kuzyn\w*)") + r"(?:ona|on|ty|"
         r"patrz|patrzcie)\b(?: \w+){0,5}? (?:biega|biegnie|chodzi|tanczy|rusza sie|je|wyglada|"
         r"wygladasz|biegasz|chodzisz) (?:\w+ ){0,3}?jak (?:\w+ )?" + _HEAVY_PL + r"\b|"
         r"\b(?:ladne|sliczne|piekne|fajne|super) (?:\w+ )?(?:piegi|wlosy|okulary|zeby|uszy|brwi|buty|"
         r"fryzura|fryzure)\b.{0,20}?\bwygladasz jak(?:by)?\b"),
    rule("bullying:insult", "bullying", "glos mowisz spiewasz czytasz",
         r"\b(?:twoj glos|jak (?:ty )?(?:mowisz|spiewasz|czytasz))(?: to)? (?:brzmi|jest) jak(?:by)? "
         r".{0,60}?\b" + _SILENCE_PL + r"|\btwoj glos (?:brzmi )?jak (?:drapanie|kreda|paznokcie|"
         r"skrzypiace drzwi|zdychajacy kot|koza|kaczka|syrena|alarm)"),
    rule("bullying:insult", "bullying", "wyglada wygladaja",
         r"\b(?:twoje wlosy|twoja fryzura|twoj nos|twoje zeby|twoje uszy|twoja grzywka) (?:wyglada|"
         r"wygladaja) jak (?:\w+ )?" + _OBJ_PL + r"\b"),
]

# -- id --------------------------------------------------------------------------------
_YOU_ID = r"(?:lo|lu|elo|elu|kamu|km|kau|loe)"
_CRYNAME_ID = (r"(?:cengeng|dasar bayi|anak mami|anak mama|anak mamah|anak manja|tukang nangis|baperan|"
               r"mewekan)")
_MUMMY_ID = (r"(?:ngadu|pulang|lari|nangis|minta|manggil|panggil|nyari) (?:sana |aja |deh )?(?:ke |sama "
             r"|ama )?(?:mama|mamah|mami|emak|ibu|nyokap|bunda)(?:nya|mu)?")
_FAMILY_ID = (r"(?:adek|adik|kakak|sepupu|anak|keponakan|kucing|anjing) (?:gue|gw|aku|ku|saya)|adekku|"
              r"adikku|anakku|kucingku")
_ODD_ID = (r"si (?:aneh|freak|cupu|culun|bau|dekil|gendut|cengeng|cepu|pecundang|nolep|wibu|caper|ansos|"
           r"gembrot|burik)|makhluk aneh|manusia aneh")
_AVOID_ID = (r"(?:pura2|pura pura|purapura|cuekin|kacangin|jangan diliat|jangan dilihat|jangan ditegur|"
             r"kabur|ngumpet|diemin|jangan ajak ngomong|anggep aja gak ada|anggap aja ga ada)")
_WHY_ID = (r"(?:sadar diri|ngaca|mikir|tau kenapa|tau alasannya|pikir sendiri|karena " + _YOU_ID
           + r"|soalnya " + _YOU_ID + r"|terima aja|terima nasib)")
_HEAVY_ID = (r"(?:gajah|kuda nil|sapi|paus|babi|anjing laut|badak|gorila|monyet|bebek|penguin|kerbau|"
             r"drum|tong|kulkas|karung beras|buntelan|beruang)")
_OBJ_ID = (r"(?:arang|aspal|sapu|sapu ijuk|sarang burung|wortel|taplak meja|kain pel|keset|gorden|tikus|"
           r"kuda|kelinci|monyet|babi|gajah|sapi|karung|pantat panci|kerupuk|singkong|ubi)")
_SOUND_ID = (r"(?:kaleng rombeng|pintu karatan|pintu reyot|kambing|bebek|kucing kejepit|sirine|knalpot|"
             r"klakson|tikus kejepit|kapur di papan)")
_SILENCE_ID = (r"(?:mending diem|diem aja|jangan ngomong|gak usah ngomong|ga usah ngomong|ga usah nyanyi|"
               r"gak usah nyanyi|tutup mulut|mingkem)")
RULES += [
    rule("bullying:insult", "bullying", "nangis mewek menangis nangis2 mewek2",
         sentence(_FAMILY_ID) + nb("aku", "gue", "gw", "saya", "gua", "kita", "bayi", "ikut")
         + r"(?:nangis|mewek|menangis|nangis2|mewek2)\b(?!.{0,100}?\b(?:aku|gue|gw|saya) (?:emang |"
         r"memang |)(?:cengeng|baperan))(?=.{0,100}?\b(?:" + _CRYNAME_ID + r"|" + _MUMMY_ID + r")\b)"),
    rule("bullying:insult", "bullying", "si gendut gembrot gembul ndut tambun",
         r"(?:^|[.!?] |\bsi )(?:gendut|gembrot|gembul|ndut|tambun) (?:\w+ ){0,1}?(?:abis|habis|ngabisin|"
         r"makan|nambah|ngembat|nyikat|ngehabisin|melahap)\b(?=.{0,80}?\b(?:masih|lagi|laper|lapar|"
         r"nambah|\d+|dua|tiga|empat|lima|semua|sepanci|" + LAUGH_ID + r")\b)"),
    rule("bullying:insult", "bullying", "si makhluk manusia dateng datang dtg nongol muncul lewat",
         r"\b(?:" + _ODD_ID + r") (?:udah |tuh |dah )?(?:dateng|datang|dtg|nongol|muncul|lewat)\b(?=.{0,60}?"
         r"\b" + _AVOID_ID + r")|\b(?:tuh|eh|awas|ada) (?=(?:" + _ODD_ID + r")\b.{0,60}?\b"
         + _AVOID_ID + r")"),
    rule("bullying:insult", "bullying", "tukang cepu pengadu ember",
         r"(?:^|[.!?] )(?:dasar (?:tukang ngadu|tukang lapor|cepu|pengadu|mulut ember)(?: [.!])*|(?:tukang "
         r"ngadu|tukang lapor|cepu|pengadu|mulut ember)(?: !)+) "
         r"(?:\w+ ){0,2}?(?:lapor|ngadu|gara gara " + _YOU_ID + r"|gara2 " + _YOU_ID + r"|sekarang satu|"
         r"sekarang semua)\b"),
    rule("bullying:exclusion", "bullying", "ada ultah ulang",
         r"\b(?:gak|ga|nggak|ngga|tidak|gk|ngk|ngak) ada (?:yang|yg) (?:milih|mau milih|ngajak|mau duduk "
         r"(?:sama|ama|bareng)|dateng ke|datang ke|mau temenan sama) " + _YOU_ID + r"\b(?=.{0,70}?\b"
         + _WHY_ID + r")|\b(?:ultah|ulang tahun) " + _YOU_ID + r" (?:juga |mah |)(?:gak|ga|nggak|gk) "
         r"(?:bakal |akan )?ada (?:yang|yg) (?:dateng|datang)\b"),
    rule("bullying:exclusion", "bullying", "beban nyusahin lebih kangen ilang hilang",
         r"\b" + _YOU_ID + r" (?:tuh |cuma |hanya |emang |itu )*(?:beban|nyusahin) (?:doang )?(?:buat |bagi "
         r"|di |untuk )?(?:semua|kita|grup|kelas|tim|ortu|orang tua|orang)\b|\b(?:kelas|grup|tim) "
         r"(?:bakal |akan |jadi )?lebih (?:baik|enak|tenang|asik|asyik) (?:kalo|kalau|tanpa) (?:gak ada "
         r")?" + _YOU_ID + r"\b|" + sentence(_FICTION)
         + r"(?:gak|ga|nggak|tidak) (?:ada )?(?:yang|yg) (?:bakal |akan )?kangen (?:sama |ama )?" + _YOU_ID
         + r"\b"),
    rule("bullying:poverty", "bullying", "keluarganya ortunya tuanya bapaknya ibunya emaknya rumahnya "
         "mampu miskin",
         r"\b(?:keluarganya|ortunya|orang tuanya|bapaknya|ibunya|emaknya|di rumahnya) (?:aja |bahkan |"
         r"sampe |)(?:gak|ga|nggak|tidak|gk) (?:mampu|sanggup|punya duit|ada duit|ada uang) (?:buat |"
         r"untuk )?(?:beli|bayar)? ?(?:sabun|makan|beras|listrik|sepatu|jajan|spp|seragam)\b|"
         r"\b(?:beli|ganti) (?:baru|yang baru)? ?(?:napa|dong|sih|kek)? (?:oh|eh|ups) (?:iya|lupa)"
         r"(?: dia| lo)? (?:gak|ga|nggak|kan) (?:mampu|punya duit|miskin)\b|\bbayangin (?:jadi )?"
         r"(?:semiskin|miskin banget) (?:itu|gitu)\b"),
    rule("bullying:rumour", "bullying", "sebarin sebar kasih bilangin kasitau umumin ceritain",
         r"\b(?:sebarin|sebar|kasih tau|bilangin|kasitau|umumin|ceritain) (?:ke )?(?:semua|satu sekolah|"
         r"satu kelas|anak2|anak anak|semua orang)(?: ?kalo| ?kalau| ?bahwa)? ?.{0,50}?(?:ngompol|pipis "
         r"di kasur|tidur (?:sama|ama|pake|meluk) (?:boneka|guling|mama|lampu nyala)|pake popok|ngemut "
         r"jempol|kutuan)"),
    rule("bullying:insult", "bullying", "lari larinya jalan jalannya joget nari gerak makan kayak "
         "kaya kek kyk seperti mirip",
         sentence(r"(?:adek|adik|kakak|mama|papa|ibu|ayah|kucing\w*|anjing\w*|kuda|kue)")
         + r"(?:dia|" + _YOU_ID + r"|liat dia|liat)\b(?: \w+){0,5}? (?:lari|larinya|jalan|jalannya|joget|"
         r"nari|gerak|makan|makannya)\b(?: \w+){0,4}? (?:kayak|kaya|kek|kyk|seperti|mirip) (?:\w+ )?"
         + _HEAVY_ID + r"\b"),
    rule("bullying:insult", "bullying", "suaranya suara suaramu",
         r"\bsuara(?:nya|mu| " + _YOU_ID + r") (?:kayak|kaya|kek|kyk|mirip|seperti) (?:" + _SOUND_ID
         + r"|.{0,60}?\b" + _SILENCE_ID + r")"),
    rule("bullying:insult", "bullying", "kulitnya kulitmu rambutnya rambutmu mukanya mukamu hidungnya "
         "giginya kerudungnya jilbabnya badannya kulit rambut muka",
         r"\b(?:kulit|rambut|muka|hidung|gigi|kerudung|jilbab|badan)(?:nya|mu| " + _YOU_ID + r")\b"
         r"(?: \w+){0,3}? (?:kayak|kaya|kek|kyk|mirip|seperti) (?:\w+ )?" + _OBJ_ID + r"\b"),
]

# -- ru (ё is read as е, й as и) --------------------------------------------------------
_CRYNAME_RU = (r"(?:плакс\S*|нытик\S*|рева|ревушк\S*|мамкин сынок|маменькин\S* (?:сынок|дочка)|сопля|"
               r"нюня|малыш|младенец)")
_MUMMY_RU = (r"(?:беги|иди|побежал|побежала|бежит|зовет|позови|хочет|нужна) (?:\S+ )?(?:к )?(?:мамочке|"
             r"маме|мамке|мамуле|мамочку|маму|мамку)")
_CRY_RU = (r"(?:разревелся|разревелась|расплакался|расплакалась|заплакал|заплакала|плакал|плакала|ревел|"
           r"ревела|нюни распустил|нюни распустила|захныкал|захныкала|хныкал|хныкала|ревет|плачет)")
_FAMILY_RU = (r"(?:мои|моя|мое|наш|наша|моего|моеи) (?:младшии |маленькии |маленькая |младшая |)(?:брат|"
              r"сестра|братик|сестренка|двоюродн\S+|сын|дочь|малыш|собака|кот|кошка)")
_ODD_NAMES_RU = ("чудик", "чудила", "фрик", "странныи", "странная", "лузер", "неудачник", "неудачница",
                 "стукач", "стукачка", "ябеда", "жиртрест", "толстуха", "толстяк", "вонючка", "изгои",
                 "жирдяи", "плакса", "очкарик")
_ODD_RU = "(?:" + "|".join(_ODD_NAMES_RU) + ")"
_AVOID_RU = (r"(?:(?:делаите|сделаите|делаем) вид|не смотрите|игнор\S*|не замечаите|прячьтесь|валим|"
             r"сваливаем|никто с ним не|никто с неи не|не разговаривайте)")
_WHY_RU = (r"(?:(?:и )?(?:ты )?(?:сам |сама )?знаешь почему|все знают почему|подумаи почему|"
           r"задумаися|догадаися|потому что ты|ведь ты|смирись|прими это)")
_HEAVY_RU = (r"(?:бегемот\S*|слон\S*|корова|коровы|корову|кит|кита|свинья|свиньи|тюлен\S*|морж\S*|"
             r"носорог\S*|горилл\S*|обезьян\S*|утка|утки|пингвин\S*|сардельк\S*|колбас\S*|холодильник\S*|"
             r"бочка|бочки|танк|шар|хрюшк\S*)")
_SILENCE_RU = (r"(?:лучше молчи|молчи|заткнись|не говори|не открываи рот|никогда не пои|не пои больше|"
               r"помолчи|лучше не пои|лучше не говори)")
_OBJ_RU = (r"(?:морковк\S*|метл\S*|швабр\S*|гнезд\S*|стог\S*|ерш\S*|пудел\S*|овц\S*|брокколи|картошк\S*|"
           r"клоун\S*|пугал\S*|крыс\S*|кон\S*|кролик\S*|бобр\S*|ананас\S*|куст\S*|одуванчик\S*)")
RULES += [
    rule("bullying:insult", "bullying", "разревелся разревелась расплакался расплакалась заплакал "
         "заплакала плакал плакала ревел ревела нюни захныкал захныкала хныкал хныкала ревет плачет",
         sentence(_FAMILY_RU) + nb("я", "я тоже", "мы", "все", "малыш") + _CRY_RU
         + r"\b(?!.{0,100}?\bя (?:такая |такои |)(?:плакса|нытик))(?=.{0,100}?\b(?:" + _CRYNAME_RU
         + r"|" + _MUMMY_RU + r")\b)"),
    rule("bullying:insult", "bullying", "жиртрест жирдяи жирная толстяк толстуха пончик хрюшка колобок "
         "жиробас",
         r"\b(?:жиртрест|жирдяи|толстяк|толстуха|пончик|хрюшка|колобок|жиробас) (?:\S+ ){0,5}?(?:слопал|"
         r"слопала|сожрал|сожрала|съел|съела|умял|умяла|уплел|уплела|схомячил|схомячила|жрет|точит|"
         r"навернул|навернула)\b(?=.{0,80}?\b(?:все еще|до сих пор|опять|снова|ноет|голодн\S*|еще|три|"
         r"две|два|четыре|пять|\d+|всю|весь|целую|целыи|" + LAUGH_RU + r")\b)"),
    rule("bullying:insult", "bullying", "идет пришел пришла явился явилась притащился притащилась "
         "приперся приперлась",
         r"\b(?:о|вон|смотрите|атас|опа) (?:идет|пришел|пришла|явился|явилась|притащился|притащилась|"
         r"приперся|приперлась) (?:наш |наша |этот |эта )?(?=" + _ODD_RU + r"\b.{0,60}?\b" + _AVOID_RU
         + r")|" + after(*_ODD_NAMES_RU) + r"(?:идет|пришел|пришла|явился|явилась|притащился|притащилась|"
         r"приперся|приперлась)\b(?=.{0,60}?\b" + _AVOID_RU + r")"),
    rule("bullying:insult", "bullying", "стукач стукачка ябеда крыса доносчик доносчица предатель",
         r"(?:^|[.!?] )(?:(?:ты |ах ты )(?:стукач\S*|ябеда|крыса|доносчи\S*|предатель\S*)(?: [.!])*|(?:стукач\S*|"
         r"ябеда|крыса|доносчи\S*|предатель\S*)(?: !)+) "
         r"(?:\S+ ){0,2}?(?:побежал|побежала|наябедничал|наябедничала|настучал|настучала|рассказал|"
         r"рассказала|из-за тебя|из за тебя|теперь вся|теперь все)\b"),
    rule("bullying:exclusion", "bullying", "никто последним последнеи рождения днюху др",
         r"\bникто (?:тебя )?(?:никогда )?(?:не )?(?:выбирает|выберет|позовет|зовет|пригласит|приглашает|"
         r"придет к тебе|сядет с тобои|хочет сидеть с тобои)\b(?=.{0,70}?\b" + _WHY_RU + r")|"
         r"\bтебя (?:всегда |вечно )?(?:выбирают|берут) (?:самым |самои )?(?:последним|последнеи)\b"
         r"(?=.{0,70}?\b" + _WHY_RU + r")|\bна твои (?:день рождения|днюху|др|праздник) (?:все равно |и "
         r"так |всё равно |)никто не (?:придет|пришел|приидет)\b"),
    rule("bullying:exclusion", "bullying", "обуза балласт без скучать заметит исчезни",
         r"\bты (?:реально |просто |всего лишь |только |тут |)(?:обуза|балласт) (?:для )?(?:всех|нас|"
         r"родителеи|(?:всеи |всего |нашеи |нашего |)(?:группы|класса|команды|семьи))\b|\bбез тебя "
         r"(?:класс|группа|команда|в классе|в группе) (?:был бы|была бы|было бы|будет|стал бы|стала бы) "
         r"(?:намного |гораздо |)(?:лучше|спокоинее|веселее)\b|" + sentence(_FICTION)
         + r"никто (?:не будет по тебе скучать|по тебе не (?:будет )?скучать|не (?:будет )?скучать по "
         r"тебе|не заметит (?:если|что) (?:ты|тебя))"),
    rule("bullying:poverty", "bullying", "них него нее семья родители бедным нищим",
         r"\b(?:у них|у него|у нее) (?:дома )?(?:даже )?на (?:еду|хлеб|мыло|обувь|свет|столовую) (?:даже )?"
         r"не (?:хватает|хватает денег)\b|\b(?:его|ее) (?:семья|родители|мать|отец|предки) (?:даже )?не "
         r"(?:могут|может) (?:себе позволить|купить|оплатить) (?:даже )?(?:еду|хлеб|мыло|обувь|обеды|"
         r"столовую)\b|\bпредставь(?:те)? быть (?:таким|такои|настолько) (?:бедным|бедноиы|нищим|нищеи)\b"),
    rule("bullying:rumour", "bullying", "расскажу скажу напишу разболтаю раструблю",
         r"\b(?:расскажу|скажу|напишу|разболтаю|раструблю) (?:всем|всему классу|всеи школе|всем в "
         r"классе)(?: ?что)? ?.{0,50}?(?:писается|мочится|ссытся|описался|обмочился|спит (?:до сих пор |"
         r"еще |)(?:с (?:ночником|мишкои|игрушкои|мамои|плюшев\S+)|в памперсе)|носит (?:памперс|"
         r"подгузник)|сосет палец|вши)"),
    rule("bullying:insult", "bullying", "бегает бежит ходит танцует двигается ест выглядит выглядишь "
         "бегаешь ходишь",
         sentence(r"(?:собака|кот|кошка|пес|лошадь|торт|рисунок|костюм\S*|брат\S*|сестр\S*|"
                  r"мама|мамы|папа|бабушк\S*|дедушк\S*)") + r"(?:она|он|ты|смотрите|"
         r"гляньте)\b(?: \S+){0,4}? (?:бегает|бежит|ходит|танцует|двигается|ест|выглядит|выглядишь|"
         r"бегаешь|ходишь)(?: \S+){0,3}? (?:как|словно|будто) (?:\S+ )?" + _HEAVY_RU + r"\b"),
    rule("bullying:insult", "bullying", "голос",
         r"\b(?:у тебя )?(?:голос|твои голос) (?:как|словно|будто|звучит как) (?:\S+ ){0,4}?(?:мел\S* по "
         r"доске|скрип\S* двери|ржав\S* двер\S*|умирающ\S* кот\S*|кошку душат|коза|козы|утка|утки|"
         r"сирена|резинов\S* уточк\S*|гвозд\S* по стеклу)|\b(?:у тебя )?(?:голос|твои голос) (?:как|"
         r"словно|будто) .{0,60}?\b" + _SILENCE_RU),
    rule("bullying:insult", "bullying", "волосы прическа нос стрижка зубы уши",
         r"\b(?:твои волосы|твоя прическа|твои нос|твоя стрижка|твои зубы|твои уши) (?:как|словно|"
         r"выглядят как|выглядит как|похож\S* на) (?:\S+ )?" + _OBJ_RU + r"\b"),
]

# -- tr (ş ı ü ğ ç ö read as s i u g c o) ------------------------------------------------
_CRYNAME_TR = r"(?:sulu ?goz|aglak|mizmiz|bebek|bebe|ana kuzusu|annesinin kuzusu|cit kirildim)"
_MUMMY_TR = (r"(?:annesine|annecigine|annene|anneciğine|anacigina) (?:kos|kostu|kossun|git|gitsin|gitti|"
             r"kacti|sikayet)\w*|\bannesini (?:cagir|istiyor|ariyor)\w*")
_FAMILY_TR = (r"(?:kardesim|erkek kardesim|kiz kardesim|kuzenim|bebegim|oglum|kizim|kopegim|kedim|"
              r"kardesimiz)")
_ODD_NAMES_TR = ("ucube", "garip", "tuhaf", "acayip", "ezik", "loser", "zavalli", "ispiyoncu",
                 "muhbir", "gammaz", "sisko", "kokarca", "dombili", "sulu goz")
_AVOID_TR = (r"(?:mesgul\w* gibi|gormemis gibi|gormuyormus gibi|gibi yap\w*|takmayin|yuz vermeyin|"
             r"bakmayin|kacin|kacalim|saklanin|konusmayin|kimse konusmasin)")
_WHY_TR = (r"(?:nedenini (?:bir )?dusun\w*|nedenini biliyorsun|neden oldugunu biliyorsun|herkes "
           r"biliyor neden|bir dusun|kendine sor|cunku sen|haddini bil|kabullen)")
_HEAVY_TR = (r"(?:su aygiri|hipopotam|fil|inek|balina|domuz|fok|mors|gergedan|goril|maymun|ordek|"
             r"penguen|sucuk|buzdolabi|fici|varil|tank|camasir makinesi|manda)")
_OBJ_TR = (r"(?:havuc|supurge|paspas|kus yuvasi|saman|tuvalet fircasi|kanis|koyun|brokoli|patates|"
           r"palyaco|korkuluk|fare|at|tavsan|kunduz|ananas|cali|maymun|domuz)")
RULES += [
    rule("bullying:insult", "bullying", "agladi agliyor aglamaya zirladi zirliyor mizildandi",
         sentence(_FAMILY_TR) + nb("ben", "biz", "herkes", "bebek")
         + r"(?:agladi|agliyor|aglamaya basladi|zirladi|zirliyor|mizildandi|mizildaniyor)\b"
         r"(?=.{0,100}?\b(?:" + _CRYNAME_TR + r"|" + _MUMMY_TR + r")\b)"),
    rule("bullying:insult", "bullying", "sisko sisman dombili fici hipopotam balina obez",
         r"(?:^|[.!?] |\b(?:bu|su|o|bizim) )(?:sisko|sisman|dombili|fici|obez|yag tulumu) (?:\w+ ){0,3}?"
         r"(?:yedi|yiyor|gomdu|govdeledi|tikindi|bitirdi|yuttu|silip supurdu)\b(?=.{0,80}?\b(?:hala|yine|"
         r"gene|ac\w*|daha|iki|uc|dort|bes|\d+|hepsini|butun|" + LAUGH_TR + r")\b)"),
    rule("bullying:insult", "bullying", "geliyor geldi gelmis burada yaklasiyor",
         after(*_ODD_NAMES_TR) + r"(?:geliyor|geldi|gelmis|burada|yaklasiyor)\b(?=.{0,60}?\b"
         + _AVOID_TR + r")"),
    rule("bullying:insult", "bullying", "ispiyoncu ispiyon gammaz muhbir jurnalci",
         r"(?:^|[.!?] )(?:seni |sen |)(?:ispiyoncu|ispiyon|gammaz|muhbir|jurnalci)(?: [.!])* (?:\w+ ){0,3}?"
         r"(?:gitmissin|gittin|soyledin|anlattin|yuzunden|senin yuzunden|artik herkes|simdi herkes)\b"),
    rule("bullying:exclusion", "bullying", "kimse secmiyor kaliyorsun dogum partine",
         r"\b(?:kimse seni (?:\w+ )?(?:secmiyor|secmez|secmedi|cagirmiyor|cagirmaz|davet etmiyor)|hep sen "
         r"kaliyorsun|en son sen kaliyorsun|seni en son seciyorlar)\b(?=.{0,70}?\b" + _WHY_TR + r")|"
         r"\b(?:dogum gunune|partine|dogum gunu partine) (?:de )?kimse (?:gelmez|gelmeyecek|gelmiyor|"
         r"gelmedi)\b"),
    rule("bullying:exclusion", "bullying", "yuksun yuk kambur safra olmasan ozlemez",
         r"\b(?:herkese|bize|gruba|sinifa|ailene) (?:sadece |bir |resmen )?(?:yuksun|yuk oldun|yuk sun)\b|"
         r"\bsen (?:sadece |bir |resmen )?(?:yuksun|kambursun|safrasin)\b|\bsen (?:hic )?olmasan (?:sinif|"
         r"grup|takim|her sey|herkes)? ?(?:daha )?(?:iyi|rahat|guzel|mutlu) (?:olur|olurdu|olacak)\b|"
         r"\bkimse seni (?:ozlemez|ozlemeyecek)\b"),
    rule("bullying:poverty", "bullying", "evde evlerinde evinde ailesi annesi babasi fakir",
         r"\b(?:evde|evlerinde|evinde) (?:\w+ )?(?:yemek|ekmek|sabun|elektrik|ayakkabi|para) bile (?:yok|"
         r"yoktur|alamiyor\w*|alamazlar|odeyemiyor\w*)\b|\b(?:ailesi|annesi|babasi|ailesinin) (?:\w+ )"
         r"{0,2}?(?:yemek|ekmek|sabun|ayakkabi|elektrik|kantin)\w* bile (?:alamiyor|alamaz|alamadi|"
         r"odeyemiyor|karsilayamiyor)\w*\b|\bbu kadar fakir olmayi (?:dusun|hayal et)\w*"),
    rule("bullying:rumour", "bullying", "herkese",
         r"\bherkese .{0,60}?(?:altina kacir\w*|altini islat\w*|yatagini islat\w*|yatagina (?:isiyor|"
         r"isedi|kacir)\w*|(?:oyuncak )?ayi\w*(?: ile| la| yla| le)? uyu\w*|bez (?:bagl|tak)\w*|parmagini em\w*|"
         r"bit\w* var)\w* (?:\w+ )?(?:soyle|anlat|yay|de|yaz)\w*"),
    rule("bullying:insult", "bullying", "gibi",
         sentence(r"(?:kardes\w*|annem|babam|ablam|abim|kedi\w*|kopek\w*|pasta)")
         + r"(?:kosus\w*|yuruyus\w*|kosmasin\w*|kosuyor\w*|kosarken|yuruyor\w*|dans\w*|haline|halini|"
         r"gorunus\w*)\b(?: \w+){0,4}? " + _HEAVY_TR + r" gibi\b|\b(?:o|sen) (?:\w+ ){0,3}?" + _HEAVY_TR
         + r" gibi (?:kosuyor|yuruyor|kosuyorsun|yuruyorsun|dans ediyor\w*|yiyor\w*|gorunuyor\w*)\b"),
    rule("bullying:insult", "bullying", "sesin konusman sarki",
         r"\b(?:sesin|konusman|sarki soylemen) (?:\w+ ){0,3}?gibi\b.{0,60}?\b(?:hic konusma|konusma|sus|"
         r"sesini kes|agzini acma|bir daha (?:konusma|sarki soyleme|okuma))\b|\b(?:sesin|konusman) "
         r"(?:\w+ )?(?:pasli kapi|gicirdayan kapi|tebesir|tahtaya tirnak|olen kedi|keci|ordek|siren|"
         r"karga|esek) gibi\b"),
    rule("bullying:insult", "bullying", "sacin saclarin burnun dislerin kulaklarin suratin yuzun",
         r"\b(?:sacin|saclarin|burnun|dislerin|kulaklarin|suratin|yuzun) (?:\w+ ){0,2}?" + _OBJ_TR
         + r" gibi\b"),
]
