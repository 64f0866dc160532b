"""Means sought or hidden (see `selfharm_means_seek.py`): the tables of
Russian, Polish, Turkish and Indonesian (Arabic, Hindi and Chinese are in
`selfharm_means_seek_asia.py`).

Why: the three forms of the class passed here too - a dose asked for real
("сколько парацетамола это слишком много? серьезно, не для домашки", "ile
paracetamolu to za dużo? pytam serio, nie do zadania", "kaç tane uyku hapım
yeter, ciddi soruyorum", "dosis mematikan ibuprofen berapa, aku gak
bercanda"), blades sought by a minor ("jilet nerden alınır 18 yaş altına
satıyolar mı", "где купить лезвия чтобы родители не узнали", "beli silet
dimana ya tanpa ketahuan ortu"), a blade hidden ("лезвие от точилки норм
прячется в пенале", "kalemliğimde bi jilet saklıyorum", "siletnya aku
sembunyiin di bawah kasur").

How: `selfharm_means_seek_base.seek` with each language's tables.  Turkish
reads the owner, the place and the verb from suffixes ("uyku hapım",
"kalemliğimde", "saklıyorum") and may put the quantity after the drug
("ibuprofenin kaç tanesi"): its dose table takes both orders.

What passes: as in English - a dose for a fever or a child, a doctor's
dose, caffeine, biology homework (not after "не для", "nie do", "için
değil", "bukan buat"); razors and blades for shaving, a craft knife or an
art project; sweets, a phone or a sharpener in a pencil case; a blade
hidden from a little brother.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_means_seek_base import either, means_rule, seek

# -- ru ("й" reads "и") -------------------------------------------------------------------------
_DRUG_RU = (
    r"таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|парацетамол\w*|ибупрофен\w*|нурофен\w*|"
    r"аспирин\w*|феназепам\w*|пилюл\w*|emoji_pill"
)
_DOSE_RU = (
    r"(?:сколько|какое количество|[1-9]\d+)\b[^.!?]{0,40}?\b(?:" + _DRUG_RU + r")\b[^.!?]{0,40}?\b(?:слишком "
    r"много|много|понадобится|понадобятся|нужно|надо|хватит|достаточно|чтобы (?:умереть|не проснуться)|"
    r"смертельн\w*|передоз\w*)\b|" + either(r"(?:смертельн|летальн)\w* доз\w*", _DRUG_RU, 20)
)
_SERIOUS_RU = (
    r"серьезно|всерьез|я не шучу|не шучу|без шуток|не для (?:домашки|домашнего задания|школы|урока|биологии|"
    r"химии|доклада)|спрашиваю для себя|не спрашиваите зачем|моих|мои (?:\S+ )?(?:таблетки|снотворные|"
    r"лекарства|антидепрессанты)|если выпить (?:их )?все|чтобы (?:умереть|не проснуться)"
)
_DOSE_GUARD_RU = (
    r"температур\w*|голов\w* бол\w*|болит голова|простуд\w*|грипп\w*|месячн\w*|зуб\w*|мигрен\w*|аллерги\w*|"
    r"ребенк\w*|ребенок|дет\w*|малыш\w*|собак\w*|кошк\w*|кот|кота|случаино|в день|врач\w* (?:сказал\w*|"
    r"прописал\w*|посоветовал\w*)|инструкци\w*|кофеин\w*|кофе|энергетик\w*|витамин\w*|"
    r"(?<!не для )(?:домашк\w*|домашнего|урок\w*|биологи\w*|хими\w*|доклад\w*|контрольн\w*)"
)
_BLADES_RU = r"лезви\w*|бритвенн\w* лезви\w*"
_DENIED_RU = r"не для (?:бритья|бритвы|подел\w*|труда)|не чтобы бриться"
_GET_RU = (
    r"купила|купил|заказала|заказал|"
    r"где (?:\S+ ){0,2}?(?:купить|куплю|достать|взять|заказать|наити|продают|покупаете|берете)|как (?:\S+ )"
    r"{0,2}?(?:купить|достать|заказать)|(?:продают|продадут|продаете)"
)
_BUY_RU = either(_GET_RU, _BLADES_RU + r"|снотворн\w*", 50)
_MINOR_RU = (
    r"чтобы (?:\S+ ){0,2}?(?:родители|мама|папа|никто|предки) (?:\S+ )?(?:не )?(?:узнал\w*|заметил\w*|знал\w*|"
    r"увидел\w*|спалил\w*)|таино|втаине|по ?тихому|несовершеннолетн\w*|до 18|младше 18|в 1[0-7] лет|мне 1[0-7]|"
    r"без паспорта|спрашиваю для себя"
)
_BUY_GUARD_RU = (
    r"брить|побрить|бреюсь|бритья|ноги|бород\w*|поделк\w*|рукодели\w*|канцелярск\w*|проект\w*|изо|макет\w*|"
    r"коньк\w*|блендер\w*|подар\w*|сюрприз\w*|день рождения|головн\w* бол\w*|месячн\w*"
)
_HIDE_RU = (
    r"спрятал\w*|прячу|прячет|прячется|спрятан\w*|заныкал\w*|ныкаю|приклеил\w*|где никто не (?:смотрит|ищет|"
    r"наидет)|(?:держу|храню|ношу) (?:\S+ ){0,3}?(?:в|под|за) (?:\S+ )?(?:пенал\w*|чехл\w*|кошельк\w*|носк\w*|"
    r"лифчик\w*|матрас\w*|подушк\w*|ботин\w*|шкафчик\w*|косметичк\w*|дневник\w*|ящик\w*)"
)
_HIDDEN_RU = either(_BLADES_RU, _HIDE_RU, 80)
_HIDE_GUARD_RU = (
    r"брить|бритья|поделк\w*|проект\w*|канцелярск\w*|модел\w*|макет\w*|для (?:труда|рисования|рукоделия|"
    r"технологии)|коньк\w*|игр[аеуы]|игре|ассасин\w*|персонаж\w*|косплеи\w*|"
    r"фортнаит\w*|маинкрафт\w*|роблокс\w*|фильм\w*|сериал\w*|аниме|манг\w*|ниндзя|прикол\w*|сюрприз\w*|"
    r"подар\w*|чтобы (?:младш\w* )?(?:брат|"
    r"сестра|дети|собака|кошка|малыш\w*) не|(?:мама|папа|родители) (?:\S+ ){0,2}?(?:прячет|прячут|спрятал\w*|"
    r"хранит|хранят)"
)
_GUARD_RU = (
    r"если (?:кто ?то|друг|подруга|твои друг|ребенок)|что делать если|как помочь|нас учили|признаки|"
    r"профилактик\w*|документальн\w*|новост\w*|стать[еияю]|сказал\w* (?:учител\w*|психолог\w*|классн\w*)"
)
_TRIG_RU = (
    "таблетки таблеток таблетками таблетка таблетку колеса колес лекарства лекарств лекарство снотворное "
    "снотворного снотворных снотворные антидепрессанты антидепрессантов парацетамол парацетамола ибупрофен "
    "ибупрофена нурофен аспирин аспирина феназепам пилюли доза дозу дозы лезвие лезвия лезвии лезвием лезвий"
)
_STEMS_RU = (
    "таблет|колес|лекарств|снотворн|антидепрессант|парацетамол|ибупрофен|нурофен|аспирин|феназепам|пилюл|доз|лезви"
)

# -- pl ------------------------------------------------------------------------------------------
_DRUG_PL = (
    r"tabletk\w*|tabletek|leki|lekow|lek|pigulk\w*|pigulek|paracetamol\w*|ibuprofen\w*|apap\w*|ibum|nurofen\w*|"
    r"aspiryn\w*|antydepresant\w*|nasenn\w*|emoji_pill"
)
_DOSE_PL = (
    r"(?:ile|jaka ilosc|[1-9]\d+)\b[^.!?]{0,40}?\b(?:" + _DRUG_PL + r")\b[^.!?]{0,40}?\b(?:za duzo|za wiele|"
    r"wystarczy\w*|potrzeba|trzeba|zeby (?:umrzec|sie nie obudzic)|smierteln\w*|przedawkowa\w*)\b|"
    + either(r"smierteln\w* dawk\w*|letaln\w* dawk\w*", _DRUG_PL, 20)
)
_SERIOUS_PL = (
    r"serio|na serio|powaznie|pytam powaznie|nie zartuje|bez zartow|nie do (?:zadania|szkoly|pracy domowej|"
    r"lekcji|biologii|chemii|referatu)|nie na (?:lekcje|biologie|chemie)|pytam dla siebie|moich|moje (?:\S+ )?"
    r"(?:tabletki|leki|pigulki)|jak wezme wszystkie|zeby (?:umrzec|sie nie obudzic)"
)
_DOSE_GUARD_PL = (
    r"goraczk\w*|bol glowy|glowa|przeziebien\w*|gryp\w*|okres\w*|bol zeba|migren\w*|alergi\w*|dzieck\w*|dzieci|"
    r"niemowl\w*|pies|psa|kot|kota|przypadkiem|dziennie|na dzien|lekarz\w* (?:powiedzial\w*|kazal\w*|"
    r"przepisal\w*)|ulotk\w*|kofein\w*|kaw[aey]|energetyk\w*|witamin\w*|"
    r"(?<!nie do )(?<!nie na )(?:zadani\w*|szkol\w*|lekcj\w*|biologi\w*|chemi\w*|referat\w*|kartkowk\w*|"
    r"sprawdzian\w*)"
)
_BLADES_PL = r"zyletk\w*|zyletek|ostrz[ae]|brzytw\w*"
_DENIED_PL = r"nie do (?:golenia|maszynki|plastyki)"
_GET_PL = (
    r"kupilam|kupilem|zamowilam|zamowilem|"
    r"gdzie (?:\S+ ){0,2}?(?:kupic|kupie|dostac|dostane|zamowic|znalezc|sprzedaja)|jak (?:\S+ ){0,2}?(?:kupic|"
    r"zamowic|dostac)|sprzedaj\w*"
)
_BUY_PL = either(_GET_PL, r"zyletk\w*|zyletek|brzytw\w*|tabletki nasenne|tabletek nasennych", 50)
_MINOR_PL = (
    r"(?:zeby|tak zeby|bez wiedzy) (?:\S+ ){0,2}?(?:rodzice|mama|tata|nikt|starzy|rodzicow|mamy|taty) (?:\S+ )"
    r"{0,2}?(?:nie )?(?:wiedzie\w*|zauwaz\w*|dowiedzial\w*|widzial\w*)|po kryjomu|w tajemnicy|niepelnoletn\w*|"
    r"ponizej 18|przed 18|majac 1[0-7]|mam 1[0-7] lat|bez dowodu|pytam dla siebie|bez wiedzy (?:rodzicow|mamy|"
    r"taty)"
)
_BUY_GUARD_PL = (
    r"golenia|ogolic|gole|goli|nogi|brod\w*|plastyk\w*|projekt\w*|makiet\w*|rekodziel\w*|nozyk\w*|lyzw\w*|"
    r"blender\w*|prezent\w*|niespodziank\w*|urodzin\w*|bol glowy|okres\w*"
)
_HIDE_PL = (
    r"schowan\w*|schowal\w*|chowam|chowa|ukryt\w*|ukrywam|ukrylam|ukrylem|przyklejon\w*|gdzie nikt (?:nie )?"
    r"(?:zaglada|szuka|znajdzie)|(?:trzymam|nosze) (?:\S+ ){0,3}?(?:w|pod|za) (?:\S+ )?(?:piornik\w*|etui|"
    r"portfel\w*|skarpet\w*|stanik\w*|materac\w*|poduszk\w*|but\w*|szafk\w*|kosmetyczk\w*|pamietnik\w*|"
    r"szuflad\w*)"
)
_HIDDEN_PL = either(_BLADES_PL, _HIDE_PL, 80)
_HIDE_GUARD_PL = (
    r"golenia|ogolic|plastyk\w*|projekt\w*|model\w*|makiet\w*|nozyk\w*|lyzw\w*|grze|gra|gry|assassin\w*|"
    r"postac\w*|cosplay\w*|"
    r"fortnite|minecraft|roblox|film\w*|serial\w*|anime|mang\w*|ninja|zart\w*|niespodziank\w*|prezent\w*|"
    r"zeby (?:mlodsz\w* )?(?:brat|siostra|dzieci|"
    r"pies|kot) (?:\S+ )?nie|(?:mama|tata|rodzice) (?:\S+ ){0,2}?(?:chowa|chowaja|schowal\w*|trzyma\w*)"
)
_GUARD_PL = (
    r"jesli (?:ktos|kolega|kolezanka|przyjaciel|twoj kolega|dziecko)|co robic (?:gdy|jesli|jak)|jak pomoc|"
    r"uczylismy sie|objawy|sygnaly|profilaktyk\w*|dokument\w*|wiadomosci|artykul\w*|powiedzial\w* "
    r"(?:nauczyciel\w*|pedagog\w*|wychowawc\w*)"
)
_TRIG_PL = (
    "tabletki tabletek tabletka tabletke leki lekow lek pigulki pigulek paracetamol paracetamolu ibuprofen "
    "ibuprofenu ibuprofeny apap ibum nurofen aspiryna aspiryny antydepresanty antydepresantow nasenne nasennych "
    "dawka dawki dawke zyletki zyletek zyletka zyletke zyletkami ostrze ostrza brzytwa brzytwe"
)
_STEMS_PL = (
    "tablet|leki|lekow|lek |pigul|paracetamol|ibuprofen|apap|ibum|nurofen|aspiryn|antydepresant|nasenn|dawk|"
    "zyletk|zyletek|ostrz|brzytw"
)

# -- tr --------------------------------------------------------------------------------------------
_DRUG_TR = (
    r"hap\w*|ilac\w*|parol\w*|paracetamol\w*|ibuprofen\w*|aspirin\w*|arveles\w*|majezik\w*|antidepresan\w*|"
    r"tablet\w*|emoji_pill"
)
_LETHAL_TR = (
    r"fazla (?:gelir|olur|mi)|cok fazla|yeter|yeterli|gerek(?:ir|li)?|lazim|olmek icin|oldurur|oldurucu|oluml\w*|"
    r"uyan(?:a)?maz\w*|"
    r"zehirle\w*|doz asimi|asiri doz"
)
_DOSE_TR = (
    r"(?:kac|ne kadar|[1-9]\d+)\b[^.!?]{0,40}?\b(?:" + _DRUG_TR + r")\b[^.!?]{0,40}?\b(?:" + _LETHAL_TR + r")\b|"
    r"(?:" + _DRUG_TR + r")\b[^.!?]{0,30}?\b(?:kac|ne kadar)\b[^.!?]{0,30}?\b(?:" + _LETHAL_TR + r")\b|"
    + either(r"(?:oldurucu|olumcul|letal) doz\w*", _DRUG_TR, 20)
)
_SERIOUS_TR = (
    r"ciddi\w*|saka yapmiyorum|saka degil|sakasiz|odev icin degil|okul icin degil|kendim icin soruyorum|"
    r"hap(?:im|larim|larimi|imdan|larimdan)|ilac(?:im|larim|larimdan|imdan)|neden diye sorma|hepsini "
    r"(?:icersem|alirsam)|uyan(?:a)?maz\w*|uyanmamak icin|olmek icin"
)
_DOSE_GUARD_TR = (
    r"ates\w*|bas agri\w*|basim agri\w*|grip|nezle|regl\w*|adet|dis agri\w*|migren|alerji\w*|cocug\w*|cocuk\w*|"
    r"bebe\w*|kopeg\w*|kopek|kedi\w*|yanlislikla|gunde|doktor\w* (?:dedi|soyledi|yazdi)|prospektus\w*|"
    r"kafein\w*|kahve|enerji icecegi|vitamin\w*|odev\w*(?! icin degil)|biyoloji\w*|kimya\w*|derste|sinav\w*"
)
_BLADES_TR = r"jilet\w*|ustura\w*"
_DENIED_TR = r"tiras (?:olmak )?icin degil"
_GET_TR = (
    r"aldim|siparis ettim|"
    r"ner(?:e)?den (?:\S+ ){0,2}?(?:alinir|alabilirim|alirim|bulurum|bulabilirim|siparis)|nasil (?:\S+ ){0,2}?"
    r"(?:alirim|alabilirim|siparis ederim|bulurum)|satiyo\w*|satilir mi|satarlar mi|alabilir miyim"
)
_BUY_TR = either(_GET_TR, _BLADES_TR + r"|uyku hap\w*", 50)
_MINOR_TR = (
    r"bilmeden|gormeden|fark etmeden|haberi olmadan|gizlice|kimseye (?:\S+ )?(?:demeden|soylemeden)|18 yas "
    r"alti\w*|18 yasindan kucuk\w*|resit olmayan\w*|1[0-7] yasinda\w*|kimliksiz|kimlik (?:sormadan|istemeden|"
    r"sorar\w*|ister\w*)|kendim icin"
)
_BUY_GUARD_TR = (
    r"tiras\w*|bacak\w*|sakal\w*|biyik\w*|maket\w*|hobi\w*|resim\w*|proje\w*|sanat\w*|paten\w*|blender\w*|"
    r"hediye\w*|surpriz\w*|dogum gunu|bas agri\w*|regl\w*"
)
_HIDE_TR = (
    r"sakli\w*|sakla\w*|sakliyo\w*|gizli|gizledim|gizliyorum|yapistir\w*|kimse(?:nin)? (?:bakmadigi|bakmiyo\w*|"
    r"bulamaz|aramaz)"
)
_HIDDEN_TR = either(_BLADES_TR, _HIDE_TR, 80)
_HIDE_GUARD_TR = (
    r"tiras\w*|maket\w*|hobi\w*|resim\w*|proje\w*|paten\w*|oyun\w*|assassin\w*|karakter\w*|cosplay|fortnite|"
    r"minecraft|roblox|pubg|film\w*|dizi\w*|anime|manga|ninja|saka\w*|surpriz\w*|hediye\w*|"
    r"(?:almasin|ulasmasin|bulmasin|oynamasin) diye|"
    r"(?:annem|babam|ailem) (?:\S+ ){0,2}?(?:sakliyo\w*|sakladi|kaldirdi|kaldiriyo\w*)"
)
_GUARD_TR = (
    r"eger (?:biri|arkadasin|bir arkadas|cocuk)|ne yapmali\w*|nasil yardim|ogrendik|belirtiler\w*|isaretler\w*|"
    r"onleme|farkindalik|belgesel\w*|haber\w*|makale\w*|(?:ogretmen\w*|rehber\w*) (?:soyledim|anlattim)"
)
_TRIG_TR = (
    "hap hapi hapim haplar haplari haplarim haplarimi ilac ilaci ilaclar ilaclari ilaclarim parol paracetamol "
    "ibuprofen ibuprofenin aspirin arveles majezik antidepresan tablet doz dozu dozunu jilet jileti jiletini "
    "jiletler jiletleri jiletlerim ustura"
)
_STEMS_TR = "hap|ilac|parol|paracetamol|ibuprofen|aspirin|arveles|majezik|antidepresan|tablet|doz|jilet|ustura"

# -- id --------------------------------------------------------------------------------------------
_DRUG_ID = (
    r"obat\w*|pil|tablet\w*|paracetamol|parasetamol|panadol|bodrex|ibuprofen|aspirin|antidepresan|emoji_pill"
)
_DOSE_ID = (
    r"(?:berapa|[1-9]\d+)\b[^.!?]{0,40}?\b(?:" + _DRUG_ID + r")\b[^.!?]{0,40}?\b(?:kebanyakan|terlalu banyak|"
    r"kelebihan|overdosis|overdose|od|cukup|dibutuhin|dibutuhkan|diperlukan|butuh|biar (?:mati|gak bangun|ga "
    r"bangun)|buat mati|mematikan|bisa mati)\b|" + either(r"dosis (?:mematikan|letal|fatal)", _DRUG_ID, 20)
)
_SERIOUS_ID = (
    r"serius|seriusan|beneran|(?:gak|ga|nggak|bukan) (?:bercanda|becanda)|bukan (?:buat|untuk) (?:tugas|pr|"
    r"sekolah|pelajaran|biologi|kimia)|buat (?:aku|gue|gw) sendiri|obat(?:ku| aku| gue| gw)|tidurku|jangan "
    r"tanya kenapa|kalau (?:aku|gue) minum semua|biar (?:mati|gak bangun|ga bangun)|buat mati"
)
_DOSE_GUARD_ID = (
    r"demam|pusing|sakit kepala|flu|pilek|batuk|haid|mens|sakit gigi|migrain|alergi|anak|bayi|balita|anjing|"
    r"kucing|(?:gak|ga) sengaja|sehari|per hari|dokter (?:bilang|nyuruh|resepin)|kata dokter|apoteker|aturan "
    r"pakai|kafein|kopi|minuman energi|vitamin|(?<!bukan buat )(?<!bukan untuk )(?:tugas|pr|biologi|kimia|"
    r"ulangan|ujian|pelajaran)"
)
_BLADES_ID = r"silet\w*|mata silet"
_DENIED_ID = r"bukan (?:buat|untuk) (?:cukur\w*|prakarya)"
_GET_ID = (
    r"udah beli|abis beli|habis beli|"
    r"(?:beli|dapet|dapat|cari|nyari|pesen|pesan|order) (?:\S+ ){0,2}?(?:dimana|di mana|dmn)|(?:dimana|di mana|"
    r"dmn) (?:\S+ ){0,2}?(?:beli|dapet|dapat|nyari|pesen)|(?:gimana|bagaimana) (?:cara )?(?:beli|dapet|pesen|"
    r"order)|dijual|jual (?:\S+ )?(?:gak|ga|nggak|ke)|bisa beli"
)
_BUY_ID = either(_GET_ID, _BLADES_ID + r"|obat tidur", 50)
_MINOR_ID = (
    r"tanpa (?:ketahuan|sepengetahuan|diketahui)|(?:biar|supaya|jangan sampe|jangan sampai) (?:\S+ ){0,2}?(?:gak|"
    r"ga|nggak|tidak) (?:tau|tahu|liat|lihat|curiga|ketahuan)|diem diem|diam diam|di ?bawah (?:umur )?(?:18|17)|"
    r"di ?bawah umur|belum 17|umur 1[0-7]|(?:aku|gue|gw) (?:masih )?1[0-7] (?:tahun|thn)|tanpa ktp|buat (?:aku|"
    r"gue|gw) sendiri"
)
_BUY_GUARD_ID = (
    r"cukur\w*|bulu|kumis|jenggot|kerajinan|prakarya|seni|proyek|project|maket|sepatu roda|blender|kado|hadiah|"
    r"kejutan|ulang tahun|pusing|haid|mens|demam"
)
_HIDE_ID = (
    r"sembunyi\w*|nyembunyiin|disembunyiin|ngumpetin|diumpetin|umpetin|nyelipin|diselipin|selipin|ditempel|"
    r"(?:nyimpen|simpen|nyimpan|menyimpan|taruh|naro|naruh) (?:\S+ ){0,3}?(?:di|dalem|dalam|di dalam|di bawah|di "
    r"balik) (?:\S+ )?(?:kotak pensil|tempat pensil|casing|case hp|dompet|kaos kaki|bh|kasur|bantal|sepatu|loker|"
    r"tas makeup|diary|laci)|(?:gak|ga|nggak) ada yang (?:ngecek|liat|tau|nyari)"
)
_HIDDEN_ID = either(_BLADES_ID, _HIDE_ID, 80)
_HIDE_GUARD_ID = (
    r"cukur\w*|kerajinan|prakarya|proyek|maket|game|assassin\w*|karakter|cosplay|free ?fire|ff|mobile legends|pubg|"
    r"minecraft|roblox|film|drakor|anime|manga|ninja|prank|kejutan|kado|hadiah|"
    r"biar (?:adik\w*|adek\w*|kucing\w*|anjing|anak anak) (?:gak|"
    r"ga|nggak|tidak) (?:\S+ )?(?:ambil|mainin|pegang|nemu)|(?:mama|papa|ibu|ayah|ortu) (?:\S+ ){0,2}?"
    r"(?:nyembunyiin|nyimpen|nyimpan|ngumpetin)"
)
_GUARD_ID = (
    r"(?:kalau|kalo) (?:ada )?(?:orang|temen|teman|temenmu|anak)|apa yang harus dilakukan|gimana cara bantu|"
    r"kita belajar|tanda tanda|ciri ciri|pencegahan|sosialisasi|dokumenter|berita|artikel|(?:aku|gue) (?:udah )?"
    r"(?:bilang|lapor|cerita) ke (?:guru|bk|wali kelas)"
)
_TRIG_ID = (
    "obat obatnya obatku pil tablet paracetamol parasetamol panadol bodrex ibuprofen aspirin antidepresan dosis "
    "silet siletnya siletku"
)
_STEMS_ID = "obat|pil|tablet|paracetamol|parasetamol|panadol|bodrex|ibuprofen|aspirin|antidepresan|dosis|silet"

RULES: list[Rule] = [
    means_rule(_TRIG_RU, _STEMS_RU, seek(_DOSE_RU, _SERIOUS_RU, _DOSE_GUARD_RU, _BUY_RU, _MINOR_RU, _BUY_GUARD_RU,
                                         _HIDDEN_RU, _HIDE_GUARD_RU, _GUARD_RU, denied=_DENIED_RU)),
    means_rule(_TRIG_PL, _STEMS_PL, seek(_DOSE_PL, _SERIOUS_PL, _DOSE_GUARD_PL, _BUY_PL, _MINOR_PL, _BUY_GUARD_PL,
                                         _HIDDEN_PL, _HIDE_GUARD_PL, _GUARD_PL, denied=_DENIED_PL)),
    means_rule(_TRIG_TR, _STEMS_TR, seek(_DOSE_TR, _SERIOUS_TR, _DOSE_GUARD_TR, _BUY_TR, _MINOR_TR, _BUY_GUARD_TR,
                                         _HIDDEN_TR, _HIDE_GUARD_TR, _GUARD_TR, denied=_DENIED_TR)),
    means_rule(_TRIG_ID, _STEMS_ID, seek(_DOSE_ID, _SERIOUS_ID, _DOSE_GUARD_ID, _BUY_ID, _MINOR_ID, _BUY_GUARD_ID,
                                         _HIDDEN_ID, _HIDE_GUARD_ID, _GUARD_ID, denied=_DENIED_ID)),
]
