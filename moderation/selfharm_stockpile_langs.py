"""Means stockpiled, a conditional goodbye, a note told in passing and a
decision with a day in Russian, Turkish, Polish and Indonesian (the tables
of `selfharm_stockpile_parts.py`).

Why and how: as in `selfharm_stockpile.py` - pills saved up or taken from
someone's pill box with a sign of a stock ("уже несколько недель", "ne olur
ne olmaz", "na wszelki wypadek", "buat jaga jaga"); "if I'm not online
tomorrow" with "I did it" / "you'll understand"; my suicide note, a
farewell letter told with a change of subject, a playlist for my own
funeral "soon"; leaving this world with a day or a decision, "this is my
last week" decided, a birthday not to be lived to.  Each is a pair in one
message with no everyday reason in it.  Turkish puts the verb last
("haplarını biriktiriyorum", "göremeyeceğime karar verdim") and marks the
conditional on the verb ("online olmazsam", "cevap vermezsem"), so its
forms are written object first; Polish "list pożegnalny" is also the
letter for a retiring teacher, so it needs the change of subject, and
"list samobójczy" holds alone.  Patterns run on the phrase form (accents
and Turkish and Polish letters folded: "haftalardır" reads "haftalardir").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_stockpile_parts import Stockpile, stockpile_rules

# -- ru -----------------------------------------------------------------------------------
_PILLS_RU = r"(?:таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|феназепам\w*|emoji_pill)"
_RU = Stockpile(
    pills="таблетки таблеток таблетками таблетку колеса колес лекарства лекарств лекарствами "
          "снотворное снотворного снотворные антидепрессанты антидепрессантов emoji_pill "
          "таблетницы таблетницу таблетница аптечки аптечку",
    hoard=r"(?:коплю|копила|копил|накопил\w*|собираю|собирала|собирал|насобирал\w*|откладываю|"
          r"откладывала|отложил\w*|запасаю|запасла|запасаюсь|скопил\w*) (?:\w+ ){0,4}?" + _PILLS_RU
          + r"|" + _PILLS_RU + r" (?:\w+ ){0,3}?(?:коплю|собираю|откладываю|отложены)|(?:беру|"
          r"таскаю|ворую|тырю|стащила|стащил|таскала|брала) (?:\w+ ){0,5}?(?:из|у) (?:\w+ ){0,2}?"
          r"(?:таблетниц\w*|аптечк\w*|коробк\w*|упаковк\w*|пачк\w*|бабушк\w*|дедушк\w*)",
    hide=r"(?:прячу|прятала|прятал|спрятал\w*|припрятал\w*) (?:\w+ ){0,4}?" + _PILLS_RU + r"|"
         + _PILLS_RU + r" (?:\w+ ){0,3}?(?:прячу|спрятаны|припрятаны)",
    stock=r"(?:несколько|пару|две|три|\d+) (?:недел\w*|месяц\w*)|недел\w* (?:уже|подряд)|уже месяц|"
          r"хватит|достаточно|вместо того чтобы (?:пить|принимать|глотать)|(?:она|он|они|никто) "
          r"(?:даже )?не (?:заметил\w*|замечает|знает|видит)|(?:чтобы|чтоб) (?:никто|она|он) не "
          r"(?:заметил\w*|узнал\w*)",
    case=r"на всякий случай|каждый раз|незаметно|тайком",
    m_hoard=r"аптек\w*|рецепт\w*|врач\w*|доктор\w*|для (?:нее|него)|помога\w*|раскладыва\w*|"
            r"разложи\w*|даю ей|дать ей|просрочен\w*|выкину\w*|выброс\w*|от головы|болит|витамин\w*|"
            r"конфет\w*|поездк\w*|дорог\w*|поход\w*|лагер\w*|школ\w*|проект\w*|собак\w*|кошк\w*|"
            r"ветеринар\w*|деньг\w*",
    if_trig="если",
    if_req="сделал сделала сделали все всё нет ушла ушел поймете узнаете кончено закончилось",
    absent=r"если (?:вдруг )?(?:я )?(?:завтра |сегодня )?(?:меня )?(?:я )?(?:не будет (?:в сети|"
           r"онлайн)|не (?:отвечу|зайду|появлюсь|напишу|выйду на связь|буду онлайн|буду в сети))|"
           r"если (?:вы )?(?:завтра )?не (?:услышите|увидите) (?:меня|от меня)|если я (?:пропаду|"
           r"исчезну)",
    done=r"я (?:это )?сделал\w*(?! (?:домашк\w*|уроки|задани\w*))|значит вс[её](?! (?:нормально|"
         r"хорошо|ок|окей|в порядке|норм))|меня (?:больше )?нет(?! (?:дома|в сети|онлайн))|значит я "
         r"ушл\w*|(?:поймете|узнаете) (?:что (?:случилось|произошло)|почему)|поймете|все кончено|"
         r"все закончилось",
    m_absent=r"контрольн\w*|экзамен\w*|огэ|егэ|тест\w*|урок\w*|домашк\w*|школ\w*|поездк\w*|"
             r"лагер\w*|дач\w*|отпуск\w*|каникул\w*|вайфай|wifi|интернет\w*|зарядк\w*|батаре\w*|"
             r"отобрал\w*|забрал\w*|наказ\w*|оценк\w*|дневник\w*|сплю|спать|усн\w*|свадьб\w*|"
             r"похорон\w*|больниц\w*|стоматолог\w*|врач\w*|занят\w*|тренировк\w*|"
             r"соревновани\w*|игр\w*|майнкрафт|роблокс|фортнайт|обновлени\w*|забанил\w*|церк\w*|"
             r"шучу|прикол\w*|сломал\w*|разбил\w*",
    note_trig="предсмертную предсмертная предсмертной записку",
    note=r"(?<!она )(?<!он )(?<!они )(?:написал\w*|дописал\w*|оставил\w*) (?:\w+ )?(?:свою |мою )?"
         r"предсмертн\w* записк\w*|(?:моя )?предсмертная записка (?:уже )?(?:готова|написана)",
    m_sui=r"рассказ\w*|книг\w*|роман\w*|персонаж\w*|фанфик\w*|ролевк\w*|сценари\w*|спектакл\w*|"
          r"фильм\w*|сериал\w*|серии|игр\w*|сочинени\w*|проект\w*|стих\w*|песн\w*|шучу|прикол\w*",
    bye_trig="прощальное прощальную прощальные прощального",
    bye_req="",
    farewell=r"(?<!она )(?<!он )(?<!мы )(?:написал\w*|дописал\w*|записал\w*) (?:\w+ )?(?:свое |мое |"
             r"свою )?прощальн\w* (?:письм\w*|записк\w*|сообщени\w*|видео)|прощальное письмо "
             r"(?:уже )?(?:готово|написано|дописано)",
    casual=r"лол|кек|ахах\w*|хах\w*|ладно|короче|кстати|в общем|anyway|btw|кто что|что делаете|как "
           r"дела|выходны\w*|\?",
    m_note=r"учител\w*|училк\w*|классн\w*|пенси\w*|переезж\w*|переезд\w*|уезжает|выпускн\w*|"
           r"класс\w*|школ\w*|лагер\w*|проект\w*|домашк\w*|сочинени\w*|литератур\w*|рассказ\w*|"
           r"книг\w*|роман\w*|персонаж\w*|фильм\w*|сериал\w*|спектакл\w*|игр\w*|днюх\w*|день "
           r"рождения|свадьб\w*|тренер\w*|команд\w*|работ\w*|коллег\w*|контрольн\w*|экзамен\w*|"
           r"шучу|прикол\w*",
    funeral_trig="похорон похороны",
    funeral=r"(?:плейлист|песни|музык\w*|наряд\w*|одежд\w*) (?:\w+ ){0,3}?(?:для|на) (?:своих|моих) "
            r"похорон|(?:спланировал\w*|продумал\w*) (?:свои|мои) похороны",
    soon=r"скоро|недолго осталось|на этой неделе|в (?:эту )?(?:пятницу|субботу|воскресенье|"
         r"понедельник|вторник|среду|четверг)|на выходных|через (?:пару|несколько) дней|пригодится",
    world_trig="мира мир жизни",
    leave=r"(?:уйду|уйти|ухожу|покину|покинуть|покидаю) (?:навсегда )?(?:из этого мира|этот мир|из "
          r"жизни)",
    day=r"в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|завтра|на "
        r"выходных|на этой неделе|на следующей неделе|скоро|в мой (?:др|день рождения)|в полночь",
    decide=r"решил\w*|решение принято|вс[её] решено|пути назад нет",
    m_world=r"майнкрафт\w*|minecraft|сервер\w*|игр\w*|карт\w*|роблокс|фортнайт|симс|аниме|манг\w*|"
            r"книг\w*|песн\w*|фильм\w*|сериал\w*|персонаж\w*|ролевк\w*|цитат\w*|мем\w*",
    last_trig="последняя",
    last_req="",
    last=r"моя последняя неделя(?! (?:в|на|каникул|лета|отпуска|перед|с|дома|здесь|без))|"
         r"последняя неделя (?:моей )?жизни",
    m_last=r"каникул\w*|отпуск\w*|лагер\w*|школ\w*|класс\w*|четверт\w*|семестр\w*|работ\w*|"
           r"практик\w*|команд\w*|секци\w*|переезд\w*|экзамен\w*|диет\w*|челлендж\w*|телефон\w*|"
           r"брекет\w*|вечеринк\w*|поездк\w*|лол|ахах\w*",
    bday_trig="решила решил решили",
    bday=r"решил\w* (?:что )?(?:я )?не (?:доживу|дожив\w*|буду жить|увижу|встречу)",
    bday_cue=r"др|днюх\w*|день рождения|дня рождения|\d+ лет",
    m_bday=r"вечеринк\w*|праздник\w*|поездк\w*|отпуск\w*|лагер\w*|торт\w*|подар\w*|опозда\w*|"
           r"школ\w*",
)

# -- tr (verb last) --------------------------------------------------------------------------
_PILLS_TR = r"(?:hap\w*|ilac\w*|uyku ilac\w*|antidepresan\w*|agri kesici\w*|parol|emoji_pill)"
_TR = Stockpile(
    pills="hap haplar haplari haplarini haplarimi haplarim hapi hapim hapimi ilac ilaci ilacim "
          "ilacimi ilaclar ilaclari ilaclarim ilaclarimi ilaclarini antidepresan emoji_pill "
          "kutusundan kutudan sisesinden seridinden dolabindan cekmecesinden haplarindan "
          "ilaclarindan",
    hoard=_PILLS_TR + r" (?:\w+ ){0,3}?(?:biriktir\w*|topla\w*|stokla\w*|kenara ayir\w*)|"
          r"(?:biriktir\w*|topla\w*|stokla\w*) (?:\w+ ){0,3}?" + _PILLS_TR + r"|(?:kutusundan|"
          r"kutudan|sisesinden|seridinden|dolabindan|cekmecesinden|haplarindan|ilaclarindan) "
          r"(?:\w+ ){0,3}?(?:aliyorum|alirim|aldim|caliyorum|caldim|asiriyorum|asirdim|arakliyorum|"
          r"cekiyorum)",
    hide=_PILLS_TR + r" (?:\w+ ){0,3}?(?:sakli\w*|sakla\w*|zula\w*)|(?:sakla\w*|zula\w*) "
         r"(?:\w+ ){0,3}?" + _PILLS_TR,
    stock=r"haftalardir|aylardir|gunlerdir|bir aydir|\w+ haftadir|\w+ aydir|yeterince|yeterli|"
          r"yetecek kadar|icmek yerine|(?:fark|farkina) (?:etmiyor|etmedi|etmez|varmadi|varmiyor)|"
          r"kimse (?:bilmiyor|fark etmedi)",
    case=r"ne olur ne olmaz|her ihtimale karsi|her seferinde|her gittigimde|gizlice|caktirmadan",
    m_hoard=r"eczane\w*|recete\w*|doktor\w*|hekim\w*|ona veriyorum|yardim\w*|doldur\w*|duzenl\w*|"
            r"tarihi gecmis|son kullanma|bas agri\w*|basim agri\w*|vitamin\w*|seker\w*|tatil\w*|"
            r"gezi\w*|kamp\w*|okul\w*|proje\w*|kopek\w*|kedi\w*|veteriner\w*|dedigi gibi|"
            r"harclik\w*|para\w*",
    if_trig="olmazsam girmezsem vermezsem yazmazsam donmezsem gorunmezsem atmazsam alamazsaniz "
            "kaybolursam",
    if_req="",
    absent=r"(?:online|aktif|cevrimici) olmazsam|girmezsem|cevap vermezsem|yazmazsam|donmezsem|"
           r"gorunmezsem|mesaj atmazsam|ses vermezsem|haber alamazsaniz|kaybolursam",
    done=r"(?:bunu |onu )?yaptim demektir|olan olmustur|olan oldu|anlarsiniz|anlayacaksiniz|ne "
         r"oldugunu (?:bilirsiniz|bileceksiniz)|gittim demektir|yokum demektir|(?:her sey )?bitti "
         r"demektir|(?:her sey )?bitmistir|oldum demektir",
    m_absent=r"sinav\w*|yazili\w*|test\w*|odev\w*|okul\w*|ders\w*|gezi\w*|tatil\w*|kamp\w*|koy\w*|"
             r"wifi|internet\w*|sarj\w*|ceza\w*|karne\w*|notlar\w*|uyu\w*|dugun\w*|cenaze\w*|"
             r"hastane\w*|disci\w*|doktor\w*|mesgul\w*|antrenman\w*|mac\w*|turnuva\w*|oyun\w*|"
             r"minecraft|roblox|fortnite|pubg|guncelle\w*|banlan\w*|cami\w*|saka\w*|"
             r"telefonumu aldi\w*|yeni telefon|bozul\w*|kirildi",
    note_trig="intihar",
    note=r"intihar (?:mektubu\w*|notu\w*) (?:\w+ )?(?:yazdim|bitirdim|hazirladim|hazir|bitti)|"
         r"intihar (?:mektubumu|notumu) (?:\w+ )?(?:yazdim|bitirdim|hazirladim)",
    m_sui=r"hikaye\w*|kitap\w*|roman\w*|karakter\w*|fanfic|senaryo\w*|tiyatro\w*|film\w*|dizi\w*|"
          r"bolum\w*|oyun\w*|kompozisyon\w*|proje\w*|siir\w*|sarki\w*|saka\w*",
    bye_trig="veda",
    bye_req="",
    farewell=r"veda (?:mektubumu|mektubum|notumu|notum|mesajimi|videomu) (?:\w+ )?(?:yazdim|"
             r"bitirdim|hazirladim|hazir|bitti|tamam)",
    casual=r"lol|xd|haha\w*|neyse|bu arada|btw|anyway|hafta sonu|ne yapiyorsunuz|naber|"
           r"nasilsiniz|\?",
    m_note=r"ogretmen\w*|hoca\w*|emekli\w*|tasin\w*|yeni okul|mezun\w*|sinif\w*|okul\w*|kamp\w*|"
           r"proje\w*|odev\w*|kompozisyon\w*|edebiyat|hikaye\w*|kitap\w*|roman\w*|karakter\w*|"
           r"film\w*|dizi\w*|tiyatro\w*|oyun\w*|yilbasi|dogum gunu\w*|dugun\w*|antrenor\w*|"
           r"takim\w*|staj\w*|sinav\w*|karne\w*|saka\w*",
    funeral_trig="cenazem cenazemde cenazeme cenazemi",
    funeral=r"(?:kendi )?cenazem(?:de|e)? (?:icin )?(?:\w+ ){0,2}?(?:playlist|calma listesi|"
            r"sarki\w*|muzik\w*|liste\w*)|(?:kendi )?cenazemi (?:planladim|ayarladim)",
    soon=r"yakinda|az kaldi|bu hafta\w*|bu (?:cuma|cumartesi|pazar|pazartesi|sali|carsamba|"
         r"persembe)|hafta sonu|birkac gun icinde|ihtiyaciniz olacak",
    world_trig="dunyadan dunyayi hayattan",
    leave=r"bu dunyadan (?:gidiyorum|gidecegim|gitmek|ayriliyorum|ayrilacagim|ayrilmak|gocuyorum|"
          r"gocecegim)|bu dunyayi (?:terk edecegim|terk ediyorum|birakiyorum|birakacagim|terk "
          r"etmek)|hayattan (?:gidiyorum|gidecegim|ayriliyorum|ayrilacagim)",
    day=r"pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|bu gece|bugun|yarin|hafta sonu|"
        r"haftaya|bu hafta|yakinda|dogum gunumde|gece yarisi",
    decide=r"karar (?:verdim|verildi)|kararimi verdim|kararim kesin|geri donusu yok",
    m_world=r"minecraft|sunucu\w*|server|oyun\w*|harita\w*|roblox|fortnite|pubg|sims|anime|manga|"
            r"kitap\w*|roman\w*|sarki\w*|film\w*|dizi\w*|karakter\w*|ruya\w*|caps\w*|meme",
    last_trig="haftam haftami haftasi",
    last_req="",
    last=r"son haftam|son haftami (?:yasiyorum|geciriyorum)|hayatimin son haftasi",
    m_last=r"tatil\w*|okul\w*|sinif\w*|donem\w*|kamp\w*|staj\w*|takim\w*|kulup\w*|tasin\w*|"
           r"sinav\w*|diyet\w*|challenge|telefon\w*|parti\w*|gezi\w*|burada|burda|haha\w*",
    bday_trig="goremeyecegime gormeyecegime ulasamayacagima ulasmayacagima yasamayacagima "
              "yetismeyecegime gormemeye yasamamaya",
    bday=r"(?:goremeyecegime|gormeyecegime|ulasamayacagima|ulasmayacagima|yasamayacagima|"
         r"yetismeyecegime|gormemeye|yasamamaya) karar verdim",
    bday_cue=r"dogum gun\w*|\d+ yas\w*",
    m_bday=r"parti\w*|kutla\w*|pasta\w*|hediye\w*|tatil\w*|gezi\w*|okul\w*|gec kal\w*",
)

# -- pl -----------------------------------------------------------------------------------
_PILLS_PL = (
    r"(?:tabletk\w*|tabletek|leki|lekow|lekami|pigul\w*|prochy|prochow|proszk\w*|nasenn\w*|"
    r"antydepresant\w*|emoji_pill)"
)
_PL = Stockpile(
    pills="tabletki tabletek tabletkami tabletke leki lekow lekami pigulki pigulek prochy prochow "
          "proszki proszkow nasenne antydepresanty emoji_pill pudelka pudelko pojemnika kasetki "
          "apteczki opakowania listka szuflady",
    hoard=r"(?:zbieram|zbieralam|zbieralem|nazbieralam|nazbieralem|uzbieralam|uzbieralem|odkladam|"
          r"odkladalam|odlozylam|gromadze|oszczedzam) (?:\w+ ){0,4}?" + _PILLS_PL + r"|" + _PILLS_PL
          + r" (?:\w+ ){0,3}?(?:zbieram|odkladam|gromadze|odlozone)|(?:podbieram|biore|podkradam|"
          r"kradne|wyciagam|podebralam|wzielam|ukradlam) (?:\w+ ){0,6}?z (?:\w+ ){0,3}?(?:pudelk\w*|"
          r"pojemnik\w*|kasetk\w*|apteczk\w*|opakowani\w*|listk\w*|szuflad\w*)",
    hide=r"(?:chowam|chowalam|schowalam|ukrywam|ukrylam) (?:\w+ ){0,4}?" + _PILLS_PL + r"|"
         + _PILLS_PL + r" (?:\w+ ){0,3}?(?:chowam|ukrywam|schowane|ukryte)",
    stock=r"od (?:\w+ )?(?:tygodni|miesiecy|miesiaca|tygodnia)|(?:przez|juz) (?:\w+ )?(?:tygodnie|"
          r"miesiace)|wystarczajaco|(?:mam )?juz dosc|tyle ile trzeba|(?:mam )?juz \d+|zamiast "
          r"(?:je )?(?:brac|lykac)|(?:ona|on|oni|nikt) (?:nawet )?nie (?:zauwazyl\w*|zauwaza|wie)|"
          r"(?:zeby|by) (?:nikt|ona|on) nie (?:zauwazyl\w*|zauwazy)",
    case=r"na wszelki wypadek|za kazdym razem|po kryjomu|ukradkiem",
    m_hoard=r"aptek\w*|recept\w*|lekar\w*|doktor\w*|dla (?:niej|niego)|pomag\w*|daje (?:jej|mu)|"
            r"uzupelni\w*|wypelni\w*|przygotow\w*|ukladam|przeterminowan\w*|wyrzuc\w*|bol glowy|"
            r"glowa boli|witamin\w*|cukierk\w*|wycieczk\w*|oboz\w*|wakacj\w*|szkol\w*|projekt\w*|"
            r"psa|kot\w*|weterynarz\w*|kieszonkow\w*|pieniadz\w*",
    if_trig="jak jesli jezeli gdyby",
    if_req="zrobilam zrobilem wszystkim ma zrozumiecie wiedziec odeszlam odszedlem",
    absent=r"(?:jak|jesli|jezeli|gdyby) (?:jutro |dzis |dzisiaj )?(?:nie (?:bede|wejde|odpisze|"
           r"odpowiem|odezwe sie|napisze|pojawie sie)|sie nie (?:odezwe|pojawie))|(?:jak|jesli|"
           r"jezeli) (?:jutro )?znikne",
    done=r"(?:znaczy|oznacza) ze (?:to )?(?:zrobilam|zrobilem)(?! (?:zadani\w*|lekcj\w*|prac\w*))|"
         r"zrobilam to|zrobilem to|po wszystkim|mnie (?:juz )?nie ma(?! (?:w domu|w sieci))|"
         r"zrozumiecie|(?:bedziecie )?wiedziec co sie stalo|odeszlam|odszedlem",
    m_absent=r"sprawdzian\w*|kartkowk\w*|egzamin\w*|test\w*|zadani\w*|lekcj\w*|szkol\w*|"
             r"wycieczk\w*|oboz\w*|wakacj\w*|wyjazd\w*|wifi|internet\w*|zasieg\w*|bateri\w*|"
             r"ladowark\w*|szlaban\w*|kara|kare|ukarana|ukarany|zabral\w*|oceny|swiadectw\w*|spie|"
             r"spac|drzemk\w*|impreza|wesel\w*|pogrzeb\w*|szpital\w*|dentyst\w*|lekarz\w*|zajet\w*|"
             r"trening\w*|mecz\w*|turniej\w*|gre|gram|minecraft|roblox|fortnite|aktualizacj\w*|"
             r"zbanowa\w*|kosciol\w*|zartuje|zart\w*|nowy telefon|zepsu\w*",
    note_trig="samobojczy",
    note=r"(?:napisalam|napisalem|skonczylam|skonczylem|zostawilam|zostawilem) (?:\w+ )?(?:swoj |"
         r"moj )?list samobojczy|(?:moj )?list samobojczy (?:juz )?(?:gotowy|napisany)",
    m_sui=r"opowiadani\w*|ksiazk\w*|powiesc\w*|postac\w*|fanfik\w*|scenariusz\w*|teatr\w*|film\w*|"
          r"serial\w*|odcin\w*|gre|gry|wypracowani\w*|projekt\w*|wiersz\w*|piosenk\w*|zartuje|"
          r"zart\w*",
    bye_trig="pozegnalny",
    bye_req="",
    farewell=r"(?:napisalam|napisalem|skonczylam|skonczylem|nagralam|nagralem) (?:\w+ )?(?:swoj |"
             r"moj )?(?:list|liscik|filmik) pozegnalny|(?:moj )?list pozegnalny (?:juz )?(?:gotowy|"
             r"napisany)",
    casual=r"xd|lol|haha\w*|dobra|w kazdym razie|anyway|btw|a tak w ogole|co robicie|jak tam|"
           r"weekend\w*|\?",
    m_note=r"nauczyciel\w*|wychowawc\w*|emerytur\w*|przeprowadz\w*|nowa szkola|zakonczenie roku|"
           r"klas\w*|szkol\w*|oboz\w*|projekt\w*|zadani\w*|wypracowani\w*|opowiadani\w*|ksiazk\w*|"
           r"powiesc\w*|postac\w*|serial\w*|teatr\w*|gre|swieta|urodzin\w*|wesel\w*|trener\w*|"
           r"druzyn\w*|prac\w*|sprawdzian\w*|zartuje|zart\w*",
    funeral_trig="pogrzeb",
    funeral=r"(?:playlist\w*|piosenk\w*|muzyk\w*|stroj\w*) (?:\w+ ){0,3}?na (?:swoj|moj|wlasny) "
            r"pogrzeb|(?:zaplanowalam|zaplanowalem) (?:swoj|moj|wlasny) pogrzeb",
    soon=r"niedlugo|wkrotce|zaraz|w ten (?:piatek|weekend|poniedzialek|wtorek|czwartek)|w te "
         r"(?:sobote|niedziele|srode)|w tym tygodniu|za (?:pare|kilka) dni|przyda sie",
    world_trig="swiata swiat swiatem zycie zyciem",
    leave=r"(?:odchodze|odejde|odejsc) z tego swiata|(?:opuszcze|opuszczam|opuscic) (?:ten swiat|to "
          r"zycie)|(?:zegnam sie|pozegnam sie) z (?:tym swiatem|zyciem)",
    day=r"w (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)|dzis w nocy|dzisiaj|"
        r"dzis|jutro|w weekend|w tym tygodniu|w przyszlym tygodniu|niedlugo|o polnocy",
    decide=r"postanowil\w*|zdecydowal\w*|decyzja (?:zapadla|podjeta)|podjel\w* decyzje|nie ma "
           r"odwrotu",
    m_world=r"minecraft\w*|serwer\w*|gre|gry|map\w*|roblox|fortnite|sims|anime|mang\w*|ksiazk\w*|"
            r"powiesc\w*|piosenk\w*|film\w*|serial\w*|postac\w*|cytat\w*|mem\w*",
    last_trig="ostatni",
    last_req="",
    last=r"(?:to )?moj ostatni tydzien(?! (?:wakacji|ferii|szkoly|w|na|przed|z|bez|tutaj|tu|pracy|"
         r"roku|lata))|ostatni tydzien (?:mojego )?zycia",
    m_last=r"wakacj\w*|feri\w*|szkol\w*|klas\w*|semestr\w*|oboz\w*|prac\w*|praktyk\w*|druzyn\w*|"
           r"klub\w*|przeprowadz\w*|egzamin\w*|diet\w*|wyzwani\w*|telefon\w*|aparat\w*|impreza|"
           r"wycieczk\w*|xd|haha\w*",
    bday_trig="postanowilam postanowilem zdecydowalam zdecydowalem",
    bday=r"(?:postanowil\w*|zdecydowal\w*) ze (?:\w+ )?nie (?:doczekam|dozyje|bede zyc|zobacze)",
    bday_cue=r"urodzin\w*|\d+ lat",
    m_bday=r"imprez\w*|wyjazd\w*|wakacj\w*|tort\w*|prezent\w*|szkol\w*|spozni\w*",
)

# -- id -----------------------------------------------------------------------------------
_PILLS_ID = r"(?:obat\w*|pil|pil tidur|antidepresan|parasetamol|panadol|emoji_pill)"
_ID = Stockpile(
    pills="obat obatnya obatku obat2 pil antidepresan parasetamol panadol emoji_pill",
    hoard=r"(?:ngumpulin|kumpulin|dikumpulin|ngumpulkan|mengumpulkan|nimbun|numpuk|numpukin|"
          r"nyisihin|nyisain) (?:\w+ ){0,4}?" + _PILLS_ID + r"|" + _PILLS_ID + r" (?:\w+ ){0,3}?"
          r"(?:aku |gue |gw )?(?:kumpulin|timbun|sisihin)|(?:ambil|ngambil|nyolong|colong|nyuri|"
          r"curi|mencuri|ngembat) (?:\w+ ){0,5}?(?:dari|di) (?:\w+ ){0,2}?(?:kotak obat|tempat "
          r"obat|wadah obat|kotak pil|strip|botol|laci)",
    hide=r"(?:ngumpetin|umpetin|sembunyiin|nyembunyiin) (?:\w+ ){0,4}?" + _PILLS_ID + r"|"
         + _PILLS_ID + r" (?:\w+ ){0,3}?(?:aku |gue |gw )?umpetin",
    stock=r"berminggu minggu|berbulan bulan|seminggu|sebulan|berhari hari|(?:dua|tiga|\d+) "
          r"(?:minggu|bulan)|(?:sekarang|udah|sudah) cukup|udah \d+|bukannya (?:diminum|aku minum)|"
          r"(?:ga|gak) (?:aku )?minum|(?:dia|mereka|nenek|kakek|mama|papa) (?:ga|gak|nggak|ngga|"
          r"tidak) (?:sadar|nyadar|tau|ngeh)|tanpa (?:ketahuan|dia tau|ada yang tau)",
    case=r"jaga jaga|diam diam|tiap kali|setiap kali",
    m_hoard=r"apotek\w*|resep|dokter|buat (?:dia|nenek|kakek)|untuk (?:dia|nenek|kakek)|bantu\w*|"
            r"kasih ke|isi|isiin|ngisi\w*|susun\w*|kadaluarsa|kedaluwarsa|buang\w*|sakit kepala|"
            r"pusing|vitamin\w*|permen|liburan|study tour|kemah|sekolah|tugas|kucing|anjing|uang|"
            r"duit",
    if_trig="kalo kalau klo klau jika",
    if_req="berarti artinya ngerti paham tau tahu selesai berakhir",
    absent=r"(?:kalo|kalau|klo|klau|jika) (?:besok |nanti |malam ini )?(?:aku |gue |gw |saya )?"
           r"(?:besok )?(?:ga|gak|nggak|ngga|enggak|tidak|tdk) (?:online|on|bales|balas|muncul|"
           r"aktif|nongol|chat|respon|jawab|ada kabar)|(?:kalo|kalau) (?:aku |gue )?(?:ngilang|"
           r"menghilang)",
    done=r"(?:berarti|artinya) (?:aku |gue |gw )?(?:udah|sudah) (?:ngelakuin\w*|melakukan\w*|ga "
         r"ada|gak ada|nggak ada|selesai|berakhir|tiada|mati|pergi(?! (?:ke|sama|dari|liburan)))|"
         r"(?:kalian|lo|lu) (?:bakal|akan|pasti) (?:ngerti|paham|tau|tahu)|(?:udah|sudah) "
         r"(?:selesai|berakhir) semuanya",
    m_absent=r"ujian\w*|ulangan\w*|uts|uas|tugas\w*|sekolah|study tour|liburan|mudik|kemah|wifi|"
             r"internet|kuota|sinyal|baterai|batre|disita|dihukum|hukum\w*|rapor\w*|nilai|tidur|"
             r"nikahan|kondangan|pemakaman|rumah sakit|dokter|sibuk|latihan|lomba|turnamen|game|"
             r"mabar|mobile legends|free fire|minecraft|roblox|update|banned|gereja|masjid|"
             r"pengajian|bercanda|becanda|hp baru|rusak",
    note_trig="bunuh",
    note=r"(?<!dia )(?<!temen )(?<!temenku )(?:nulis|menulis|bikin|selesai nulis|nyelesain) "
         r"(?:\w+ )?surat bunuh diri|surat bunuh diri\w* (?:udah|sudah) (?:jadi|selesai|siap|beres)",
    m_sui=r"cerita|cerpen|buku|novel|karakter|tokoh|fanfic|roleplay|naskah|drama|teater|film|"
          r"drakor|sinetron|episode|game|karangan|tugas|puisi|lagu|lirik|bercanda|becanda",
    bye_trig="wasiat perpisahan wasiatku perpisahanku",
    bye_req="",
    farewell=r"(?<!dia )(?<!kami )(?<!kita )(?:nulis|bikin|selesai nulis) (?:\w+ )?surat (?:wasiat|"
             r"perpisahan)(?:ku)?|surat (?:wasiat|perpisahan)ku (?:udah|sudah) (?:jadi|selesai|"
             r"beres)",
    casual=r"wkwk\w*|haha\w*|xixi\w*|lol|btw|ngomong ngomong|anyway|omong omong|weekend|pada "
           r"kemana|lagi apa|gimana kabar\w*|\?",
    m_note=r"guru\w*|pensiun|pindah\w*|sekolah baru|perpisahan sekolah|wisuda|kelulusan|lulus\w*|"
           r"kelas|sekolah|kemah|tugas\w*|karangan|cerpen|cerita|buku|novel|karakter|tokoh|film|"
           r"drakor|sinetron|drama|teater|game|natal|lebaran|ultah|ulang tahun|nikahan|pelatih|tim|"
           r"kerja|kantor|rekan|ujian\w*|bercanda|becanda",
    funeral_trig="pemakamanku pemakaman penguburanku",
    funeral=r"(?:playlist|lagu\w*|musik|baju) (?:\w+ ){0,3}?(?:buat|untuk|di|pas) (?:pemakamanku|"
            r"pemakaman (?:aku|gue|gw|sendiri)|penguburanku)",
    soon=r"bentar lagi|sebentar lagi|segera|(?:ga|gak|nggak) lama lagi|minggu ini|(?:jumat|sabtu|"
         r"minggu|senin|selasa|rabu|kamis) ini|dalam beberapa hari|kalian bakal butuh",
    world_trig="dunia",
    leave=r"(?:pergi|pamit|keluar|hilang) dari dunia ini|(?:ninggalin|meninggalkan|tinggalin) "
          r"dunia ini",
    day=r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|malam ini|hari ini|besok|weekend|akhir "
        r"pekan|minggu depan|bentar lagi|sebentar lagi|tengah malam",
    decide=r"putusin|putuskan|memutuskan|mutusin|keputusan\w* (?:udah|sudah) (?:bulat|final)|"
           r"(?:udah|sudah) bulat",
    m_world=r"minecraft|server|game|map|roblox|fortnite|mobile legends|sims|anime|manga|buku|novel|"
            r"lagu|lirik|film|drakor|karakter|tokoh|mimpi|quote|meme",
    last_trig="terakhirku terakhir",
    last_req="putusin putuskan memutuskan mutusin keputusan keputusanku bulat hidup",
    last=r"minggu terakhir(?:ku| aku| gue| gw)(?! (?:di|sebelum|sama|bareng|liburan|sekolah))|"
         r"minggu terakhir (?:aku |gue )?hidup",
    m_last=r"liburan|libur|sekolah|kelas|semester|kemah|kerja|magang|pkl|tim|ekskul|pindah\w*|"
           r"ujian\w*|diet|challenge|behel|pesta|jalan jalan|study tour|wkwk\w*|haha\w*",
    bday_trig="putusin mutusin memutuskan putuskan",
    bday=r"(?:putusin|mutusin|memutuskan|putuskan) (?:kalo |kalau |bahwa )?(?:aku |gue |gw )?(?:ga|"
         r"gak|nggak|tidak) (?:bakal |akan )?(?:sampe|sampai|nyampe|hidup sampe|hidup sampai)",
    bday_cue=r"ultah\w*|ulang tahun\w*|umur \d+",
    m_bday=r"pesta|party|rayain|ngerayain|liburan|kue|kado|hadiah|sekolah|telat|tepat waktu",
)

RULES: list[Rule] = [
    *stockpile_rules(_RU),
    *stockpile_rules(_TR),
    *stockpile_rules(_PL),
    *stockpile_rules(_ID),
]
