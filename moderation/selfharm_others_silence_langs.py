"""Someone else's broadcast goodbye and the silence after it, in Russian,
Polish, Turkish and Arabic: the tables of the four languages for
`selfharm_others_silence_base._silence` (the class, its pairs and what
passes are in `selfharm_others_silence.py`).

Why these four here: each has its own solemn farewell that children type
for exactly this ("прощайте", "żegnajcie", "elveda", "سامحوني" / "وداعا"), so
those stand with forgiveness and "the last" among the farewells that pair
with any silence, while the everyday goodbye to all ("всем пока", "pa
wszystkim", "herkese hoşça kalın", "مع السلامة للكل") needs a hard silence.
The person is the table of `selfharm_others_acute_slavic.py` /
`_mideast.py` with the online people added ("чел из моего дискорда",
"typ z serwera", "discorddaki bir çocuk", "واحد من الديسكورد").  Russian
is matched with "й" read "и" and "ё" "е", Polish and Turkish without their
letters' marks, Arabic with its letter variants folded, "و" / "ف" allowed
before every part and no trailing \\b.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_mideast import _TRIG_AR, _TRIG_TR, _WHO_AR, _WHO_MORE_AR, _WHO_MORE_TR, _WHO_TR
from .selfharm_others_acute_slavic import _TRIG_PL, _TRIG_RU, _WHO_MORE_PL, _WHO_MORE_RU, _WHO_PL, _WHO_RU
from .selfharm_others_silence_base import _NB, _rule, _silence

# -- ru ---------------------------------------------------------------------------------------
_WHO_RU = _WHO_RU + "|" + _WHO_MORE_RU + "|" + (
    r"(?<!если )(?<!когда )(?:(?:кто[ -]?то|один|одна|какой[ -]?то|какая[ -]?то|чел|пацан|девочка|девчонка|"
    r"парень|девушка|тип) (?:из|с|в|на) (?:моего |нашего |моей |нашей )?(?:дискорда|дискорде|дс|сервера|"
    r"сервере|команды|команде|клана|клане|беседы|беседе|чата|чате|группы|группе|стрима|тусы)|(?:одна|один) "
    r"из (?:моих|наших) (?:подруг|друзей|одноклассников|одноклассниц|тиммейтов)|(?:она|он)(?= "
    r"(?:выложила|выложил|написала|написал|скинула|скинул|поставила|поставил|оставила|оставил|сказала|"
    r"сказал|поменяла|поменял|не|уже)\b))"
)
_BYE_RU = (
    r"простите (?:меня|за все|нас)|прости (?:меня )?за все|извините (?:меня|за все)|(?:это|этот) "
    r"(?:последн\w+ (?:раз|сообщение|пост)|конец)\b(?! (?:года|четверти|урока|серии|сезона|игры|недели|когда|"
    r"что|как))|(?:это|вот) (?:мое )?последнее сообщение|последние слова|прощайте|(?:прощай|пока) навсегда|"
    r"прощальн\w+ (?:письмо|записк\w+)|предсмертн\w+|покончит (?:\S+ ){0,2}?(?:со всем|с собой|с жизнью)|со "
    r"всем покончит|(?:больше )?не увидите (?:ее|его|меня)"
)
_TO_ALL_RU = (
    r"(?:пока|прощайте|бай|до свидания) (?:всем|все|ребята|народ|чат)\b|всем пока|прощается со всеми|"
    r"попрощал\w* со всеми|(?:выложила|выложил|написала|написал|запостила|запостил|скинула|скинул|"
    r"поставила|поставил|оставила|оставил) (?:\S+ ){0,4}?(?:прощани\w+|прощальн\w+|прощай\w*)|"
    r"(?:голосовое|гс|сторис|статус|пост|видео) (?:\S+ ){0,3}?(?:прощает\w*|прощани\w+|прощальн\w+)|спасибо "
    r"за все|люблю вас"
)
_MUTE_RU = (
    r"телефон (?:\S+ ){0,2}?(?:выключен|вне зоны|недоступен|не доступен|отключен)|(?:выключил\w*|выключен|"
    r"отключен|недоступен) телефон|"
    r"абонент (?:\S+ )?недоступен|не (?:\S+ )?(?:отвечает|берет трубку|берет|перезванивает|открывает)|"
    r"(?:никто|мы|я) не (?:\S+ )?(?:может|можем|могу|могут) (?:\S+ ){0,2}?(?:дозвониться|связаться|"
    r"достучаться|найти)|никто не знает где|мы не знаем где|заблокировал\w* (?:всех|нас)|удалил\w* "
    r"(?:страницу|аккаунт|акк|профиль|инсту)|(?:стрим|эфир|трансляция|лайв) (?:\S+ ){0,2}?(?:оборвал\w*|"
    r"прервал\w*|закончил\w*|вырубил\w*|отключил\w*)|пропала|пропал"
)
_QUIET_RU = (
    r"не в сети|оффлайн|офлайн|offline|вышел\w* из (?:беседы|чата|группы|сервера|дискорда)|вышла из "
    r"(?:беседы|чата|группы|сервера|дискорда)|не читает|не прочитал\w*|прочитал\w* и не ответил\w*|"
    r"(?:в|на) прочитанном|не онлайн|не заходит"
)
_FEAR_RU = (
    r"(?:мне|нам) (?:очень |так |реально |капец как )?(?:страшно|стремно)|боюсь|я в панике|что (?:мне |"
    r"нам )?делать|не знаю что делать|помогите"
)
_HIGH_RU = (
    r"(?:на|у|с) (?:краю )?(?:крыше|крыши|мосту|моста|рельсах|путях|обрыве|краю|балконе|карнизе|высотке) "
    r"(?:\S+ ){0,10}?(?:прыгн\w+|спрыгн\w+|прыгать|брос\w+|сброс\w+)|(?:идет|пошла|пошел|ушла|ушел) (?:\S+ )"
    r"{0,2}?(?:к|на) (?:реке|реку|мосту|мост|рельсам|рельсы|путям|морю|обрыву|крышу) (?:\S+ ){0,6}?не "
    r"(?:вернется|вернусь|вернутся)"
)
_MUNDANE_RU = (
    r"переезжа\w+|переезд\w*|переехал\w*|нов\w+ (?:акк\w*|аккаунт\w*|страниц\w+|бесед\w+|чат\w*|групп\w+|"
    r"сервер\w*|школ\w+|телефон\w*|номер\w*)|стар\w+ (?:акк\w*|аккаунт\w*|бесед\w+|чат\w*|групп\w+|"
    r"сервер\w*)|отпуск\w*|каникул\w*|поездк\w+|путешеств\w+|лагер\w+|самолет\w*|аэропорт\w*|перелет\w*|"
    r"обмен\w*|за границ\w+|нет (?:связи|сети|интернета|вайфая)|без интернета|батаре\w+|зарядк\w*|"
    r"разрядил\w*|сел телефон|телефон сел|наказал\w*|наказан\w*|(?:отобрали|забрали) телефон|экзамен\w*|"
    r"огэ|егэ|контрольн\w+|детокс|выпускно\w+|последн\w+ (?:день|звонок)|вечеринк\w+|праздник\w*|секци\w+|"
    r"(?:сервер|игру|игра|клуб|канал) (?:\S+ )?(?:закрыва\w+|закрыл\w*|закроют|удаля\w+)|закрывают сервер|"
    r"в прошлом году|год назад|лет назад|месяц\w* назад|сейчас (?:у нее |у него )?(?:все )?(?:хорошо|"
    r"нормально|норм|лучше)|получил\w* помощь|сериал\w*|сезон\w*|фильм\w*|книг\w+|аниме|манг\w+|"
    r"персонаж\w*|героин\w+|герой|фанфик\w*|в игре|майнкрафт|роблокс|фортнайт|на уроке|классный час|что "
    r"делать если|(?<!не )спит|уснул\w*|заснул\w*|до завтра|увидимся|ахах\w*|хаха\w*|ржу|шучу|шутк\w+|"
    r"прикол\w*"
)
_TX_RU = (
    "телефон|абонент|отвечает|трубку|берет|перезванивает|открывает|дозвониться|связаться|достучаться|"
    "найти|знает где|знаем где|заблокировал|удалил|стрим|эфир|трансляция|лаив|пропал|в сети|оффлаин|"
    "офлаин|offline|вышел|вышла|читает|прочитал|онлаин|заходит"
)

# -- pl (no diacritics in the phrase form) -------------------------------------------------------
_WHO_PL = _WHO_PL + "|" + _WHO_MORE_PL + "|" + (
    r"(?<!jesli )(?<!jezeli )(?:(?:ktos|typ|typek|laska|ziomek|ziom|kolega|kolezanka|dziewczyna|chlopak|"
    r"jeden|jedna) (?:z|na|w|ze) (?:mojego |naszego |mojej |naszej )?(?:discorda|discordzie|dc|serwera|"
    r"serwerze|druzyny|druzynie|teamu|klanu|grupy|grupie|czatu|klubu|streama)|(?:jedna|jeden) z (?:moich|"
    r"naszych) (?:przyjaciolek|przyjaciol|kumpli|kolezanek|kolegow|ziomkow)|(?:ona|on)(?= (?:wrzucila|"
    r"wrzucil|napisala|napisal|wyslala|wyslal|zostawila|zostawil|powiedziala|powiedzial|zmienila|zmienil|"
    r"nie|juz)\b))"
)
_BYE_PL = (
    r"wybaczcie(?: mi)?|wybacz mi|przepraszam (?:za wszystko|was)|przeprasza za wszystko|to (?:jest )?"
    r"(?:ostatni raz|moja ostatnia wiadomosc|koniec)\b(?! (?:roku|semestru|lekcji|filmu|serialu|sezonu|"
    r"wakacji|ferii|tygodnia|dnia|meczu|gry|jak|kiedy|gdy|ze|z))|ostatnie slowa|zegnajcie|(?:zegnaj|pa) na "
    r"zawsze|zegnaj swiecie|list pozegnalny|(?:z tym|ze wszystkim|ze soba) (?:\S+ )?skonczy|skonczy (?:z tym|"
    r"ze wszystkim|ze soba)|(?:wiecej )?(?:jej|go|mnie) nie zobaczycie|nie zobaczycie (?:jej|go|mnie) wiecej"
)
_TO_ALL_PL = (
    r"(?:pa|papa|narazie|na razie|nara|czesc|bye) (?:wszystkim|wszyscy|ludzie|kochani)\b|(?:sie )?"
    r"(?:ze wszystkimi|z nami) (?:sie )?(?:zegna|pozegnal\w*)|pozegnal\w* sie (?:ze wszystkimi|z nami)|"
    r"(?:wrzucila|wrzucil|dodala|dodal|napisala|napisal|wyslala|wyslal|zostawila|zostawil|opublikowala|"
    r"opublikowal|wstawila|wstawil|zmienila opis na|zmienil opis na) (?:\S+ ){0,5}?(?:pozegnani\w+|"
    r"pozegnaln\w+|zegnaj)|(?:glosowk\w+|story|status|post|filmik|wiadomosc) (?:\S+ ){0,3}?(?:pozegnaln\w+|"
    r"zegna sie)|pozegnaln\w+ (?:post|story|wiadomosc|glosowk\w+|filmik|nagranie)|(?:dziekuje|dzieki) za "
    r"wszystko|kocham was"
)
_MUTE_PL = (
    r"(?:telefon|komork\w*|fon|tel) (?:\S+ ){0,2}?(?:wylaczony|wylaczona|nie odpowiada|poza zasiegiem|"
    r"martwy)|wylaczon\w* (?:telefon|komork\w*|fon|tel|lokalizacj\w*)|wylaczyl\w* (?:telefon|komork\w*|fon|"
    r"lokalizacj\w*)|poczta glosowa|nie (?:\S+ )?(?:odbiera|odpisuje|odpowiada|oddzwania|otwiera)|(?:nikt|"
    r"my|ja) (?:\S+ )?nie (?:\S+ )?(?:moze|mozemy|moge|moga) (?:\S+ ){0,3}?(?:dodzwonic|skontaktowac|"
    r"znalezc|zlapac)|nikt nie wie gdzie|zablokowal\w* (?:wszystkich|nas)|usun\w* (?:konto|profil|insta\w*|"
    r"tiktok\w*|discorda)|(?:live|stream|transmisj\w+|lajw) (?:\S+ ){0,2}?(?:urwal\w*|skonczyl\w*|"
    r"przerwal\w*|zniknal\w*|wylaczyl\w*)|zaginela|zaginal"
)
_QUIET_PL = (
    r"offline|(?:wyszl\w*|wyszedl) z (?:grupy|czatu|serwera|discorda|konfy)|nie (?:\S+ )?(?:odczytuje|czyta|"
    r"wyswietla|jest online|jest aktywn\w+|odczytala|odczytal|wyswietlila|wyswietlil)|(?:na|w) "
    r"odczytanych|zostawil\w* (?:mnie|nas) na (?:odczytanym|wyswietlonym)"
)
_FEAR_PL = (
    r"boje sie|boimy sie|(?:strasznie |bardzo )?sie (?:boje|martwie|martwimy)|(?:jestem|jestesmy) "
    r"(?:przerazon\w+|przestraszon\w+)|co (?:mam|mamy) (?:robic|zrobic)|co robic|nie wiem co (?:robic|"
    r"zrobic)|pomocy|pomozcie"
)
_HIGH_PL = (
    r"(?:na|przy|nad|z|ze) (?:krawedzi )?(?:dachu|dach|moscie|mostu|torach|torow|wiadukcie|urwisku|balkonie|"
    r"krawedzi|bloku|gzymsie) (?:\S+ ){0,10}?(?:skocz\w*|skakac|rzuc\w*)|(?:idzie|poszla|poszedl|szla|szedl|"
    r"jedzie) (?:\S+ ){0,2}?(?:nad|na|pod|do) (?:rzeke|rzeka|most|tory|morze|jezioro|wiadukt|rzeki) "
    r"(?:\S+ ){0,6}?(?:nie|nigdy nie) (?:\S+ )?(?:wroci|wroca|wrocila|wrocil)"
)
_MUNDANE_PL = (
    r"przeprowadz\w+|wyprowadz\w+|now\w+ (?:konto|konta|grup\w+|serwer\w*|szkol\w+|telefon\w*|numer\w*|"
    r"czat\w*)|star\w+ (?:konto|konta|grup\w+|serwer\w*|czat\w*)|(?:drugie|zapasowe|glowne) konto|"
    r"zmienil\w* (?:konto|druzyne|klub|szkole|numer)|wakacj\w+|urlop\w*|wyjazd\w*|wycieczk\w+|oboz\w*|"
    r"kolonie|samolot\w*|lotnisk\w+|wymian\w+|za granic\w+|zasieg\w*|bez (?:internetu|netu)|nie ma "
    r"(?:internetu|netu)|bateri\w+|rozladowal\w*|ladowark\w*|szlaban\w*|ukaran\w+|zabrali (?:jej|mu) "
    r"telefon|egzamin\w*|sprawdzian\w*|kartkowk\w+|przerwa od|detoks|koniec roku|ostatni dzien|imprez\w+|"
    r"(?:serwer|gra|gre|klub|kanal) (?:\S+ )?(?:zamykaja|zamkna|zamkniety|usuwaja)|zamykaja serwer|klubu|"
    r"w zeszlym roku|rok temu|lat temu|miesiac\w* temu|(?:teraz|juz) (?:jest )?(?:juz )?(?:dobrze|ok|okej|"
    r"lepiej)|dostal\w* pomoc|serial\w*|sezon\w*|odcin\w+|film\b|filmie|filmu|ksiazk\w+|anime|mang\w+|"
    r"postac\w*|bohater\w*|fanfik\w*|w grze|minecraft|roblox|fortnite|na lekcji o|co (?:robic|zrobic) "
    r"(?:jesli|gdy)|(?<!nie )spi\b|zasnal\w*|zasnela|poszl\w* spac|poszedl spac|do jutra|do zobaczenia|"
    r"xd+|haha\w*|zart\w*|zartuj\w+"
)
_TX_PL = (
    "telefon|komork|fon|tel|wylacz|poczta glosowa|odbiera|odpisuje|odpowiada|oddzwania|otwiera|dodzwonic|"
    "skontaktowac|znalezc|zlapac|nie wie gdzie|zablokowal|usun|live|stream|transmisj|lajw|zagin|offline|"
    "wyszl|wyszedl|odczyt|czyta|wyswietl|online|aktywn"
)

# -- tr (no diacritics in the phrase form) -------------------------------------------------------
_WHO_TR = _WHO_TR + "|" + _WHO_MORE_TR + "|" + (
    r"(?<!eger )(?:(?:discorddaki|discorddan|discordumuzdaki|sunucudaki|sunucudan|sunucumuzdaki|serverdaki|"
    r"serverdan|takimdaki|takimdan|takimimizdaki|klandaki|klandan|gruptaki|yayindaki) (?:bir )?(?:kiz|"
    r"cocuk|oglan|arkadas|cocugu|adam|eleman|tip|biri)|(?:discord|sunucu|server|takim|klan)(?:da|dan|daki|"
    r"ta|tan|taki) biri|arkadaslarimdan biri)"
)
_BYE_TR = (
    r"(?:beni )?affedin|affet beni|her sey icin (?:ozur|kusura)\w*|son mesajim|bu (?:benim )?son mesaj\w*|son "
    r"sozler\w*|bu son\b(?! (?:gun|hafta|ders|sinav|bolum|sezon|mac|kez|defa|mesaj\w*))|elveda|sonsuza (?:dek|"
    r"kadar) (?:hoscakal\w*|elveda|gidiyorum)|veda mektub\w*|intihar not\w*|(?:bu gece|bu aksam|bugun) (?:\S+ )?"
    r"(?:her seyi )?(?:bitir\w+|bitecek)|her seyi bitir\w+|bir daha (?:beni |onu )?(?:goremeyeceksiniz|"
    r"gormeyeceksiniz)|kendini oldur\w*"
)
_TO_ALL_TR = (
    r"(?:herkese|hepinize|millete) (?:\S+ )?(?:hosca ?kal\w*|elveda|bay bay|bye|veda)|(?:hosca ?kalin|"
    r"bay bay|bye) (?:herkes|millet|arkadaslar|hepiniz)\b|herkesle vedalas\w*|veda (?:etti|ediyor|ettigi|"
    r"eden|mesaj\w*|videosu|paylasim\w*|postu|notu)|vedalas\w*|her sey icin (?:tesekkur|sagolun)\w*|"
    r"(?:hepinizi|sizi) (?:cok )?sev(?:iyorum|dim)"
)
_MUTE_TR = (
    r"telefon\w* (?:\S+ )?(?:kapali|acmiyor|acmadi|ulasilamiyor|kapat\w*)|(?:cevap|yanit) (?:\S+ )?"
    r"(?:vermiyor|vermedi|yok|yazmadi|yazmiyor)|acmiyor|acmadi|donmuyor|donmedi|(?:kimse|hic kimse|biz|ben) "
    r"(?:\S+ )?(?:ulasamiyor\w*|ulasamadi\w*|bulamiyor\w*)|ulasilamiyor|nerede oldugunu (?:kimse )?"
    r"bilmiyor\w*|herkesi (?:engelle\w*|blokla\w*)|hesab\w* (?:sildi|kapatti|dondurdu)|(?:yayin\w*|canli "
    r"yayin\w*|live) (?:\S+ ){0,2}?(?:kapandi|kesildi|bitti|sona erdi|kapatti)"
)
_QUIET_TR = (
    r"cevrimdisi|offline|(?:gruptan|sunucudan|serverdan|discorddan) (?:cikti|cikmis|ayrildi|ayrilmis)|gorup "
    r"(?:cevap )?(?:yazmadi|atmadi|donmedi)|gorulde birak\w*|mesajlari\w* (?:gormuyor|okumuyor|gormedi|"
    r"okumadi)|(?:aktif|online|cevrimici) degil"
)
_FEAR_TR = (
    r"(?:cok )?korkuyorum|korktum|(?:cok )?endiseliyim|ne yapay?im|ne yapacagimi bilmiyorum|ne "
    r"yapmaliyim|ne yapalim|yardim edin"
)
_HIGH_TR = (
    r"(?:catida|catinin (?:ucunda|kenarinda)|koprude|koprunun (?:ustunde|kenarinda)|rayda|raylarda|tren "
    r"yolunda|ucurumun (?:kenarinda|ucunda)|balkonda|binanin (?:ustunde|tepesinde)) (?:\S+ ){0,10}?(?:atla\w*|"
    r"kendini at\w*)|(?:nehre|denize|kopruye|raylara|ucuruma|gole|baraja) (?:\S+ ){0,2}?(?:gidiyor\w*|gitti|"
    r"gidecek\w*) (?:\S+ ){0,6}?(?:geri )?(?:donmeyece\w*|gelmeyece\w*)"
)
_MUNDANE_TR = (
    r"tasin\w+|yeni (?:hesap\w*|grup\w*|sunucu\w*|okul\w*|telefon\w*|numara\w*)|eski (?:hesap\w*|grup\w*|"
    r"sunucu\w*)|(?:ikinci|yedek|fake) hesa\w*|hesap degistir\w*|tatil\w*|yolculu\w+|seyahat\w*|kamp\w*|"
    r"ucak\w*|havaalani\w*|ucus\w*|yurt ?disi\w*|sinyal yok|cekmiyor|internet\w* yok|wifi yok|sarj\w*|"
    r"ceza\w*|telefonu(?:nu)? (?:aldilar|alindi|almislar)|sinav\w*|yks|lgs|ders calis\w*|sosyal medya\w* "
    r"ara|detoks|mezun\w*|son gun\w*|parti\w*|(?:sunucu|server|oyun|kulup|grup|kanal)\w* (?:\S+ )?"
    r"(?:kapan\w+|kapat\w+|silin\w+)|kulup\w*|gecen (?:yil|sene|yaz)|yil once|yillar once|aylar once|"
    r"(?:simdi|artik) (?:\S+ )?(?:iyi|daha iyi|toparlandi)|yardim aldi|dizi\w*|sezon\w*|bolum\w*|film\w*|"
    r"kitap\w*|anime|manga|karakter\w*|fanfik\w*|oyunda|minecraft|roblox|fortnite|seminer|derste ogrendik|"
    r"uyuyor|uyudu|uyumus|(?:yarin|sonra) gorusuruz|haha\w*|ahah\w*|saka\w*"
)
_TX_TR = (
    "telefon|cevap|yanit|acmiyor|acmadi|donmuyor|donmedi|ulas|bulamiyor|nerede|engelle|blokla|hesab|yayin|"
    "live|cevrimdisi|offline|cikti|cikmis|ayrildi|ayrilmis|gorup|gorulde|gormuyor|okumuyor|gormedi|okumadi|"
    "degil"
)

# -- ar (letter variants folded; "و" / "ف" before a part) ------------------------------------------
_WHO_AR = _WHO_AR + "|" + _WHO_MORE_AR + "|" + (
    r"(?:واحد|واحده|بنت|ولد|شب|حدا|شخص|صبيه) (?:من|في|ب) ?(?:ال)?(?:ديسكورد|سيرفر|سيرفرنا|فريق|فريقنا|"
    r"تيم|كلان|قروب|جروب|قروبنا)|(?:وحده|واحد) من (?:صحباتي|صحابي|اصحابي|صديقاتي|اصدقائي|رفقاتي)|"
    r"(?:ابن|بنت) (?:عمي|خالي|عمتي|خالتي)|(?:هي|هو)(?= (?:نزلت|نزل|كتبت|كتب|بعتت|بعت|حطت|حط|قالت|قال|"
    r"ما|مش))"
)
_BYE_AR = (
    r"سامحوني|سامحيني|سامحني|(?:اسفه|اسف|سوري) (?:على|ع|عن) كل شي\S*|(?:هاي|هذه|هذي|هادي|دي) (?:اخر|آخر) "
    r"(?:مره|رساله|ستوري|بوست)|رساله اخيره|اخر كلام|وداعا|الوداع|رساله وداع\S*|(?:الليله|اليوم|هلق) (?:\S+ )"
    r"{0,2}?(?:ينهي|تنهي|ينتحر|تنتحر)|(?:ينهي|تنهي) (?:كل شي|حياته|حياتها)|(?:مش|ما|لن) (?:راح |رح )?"
    r"(?:تشوفوني|تشوفوه|تشوفوها)"
)
_TO_ALL_AR = (
    r"(?:مع السلامه|باي|سلام|يلا باي) (?:لل?كل|للجميع|يا جماعه|يا شباب|يا بنات|كلكم|لكل الناس)|ودع\S* "
    r"(?:الكل|الجميع|كلنا|كل الناس)|(?:يودع|تودع|بيودع|بتودع) (?:\S+ )?(?:الكل|الجميع|كلنا)|(?:نزلت|نشرت|"
    r"حطت|كتبت|بعتت|بعثت|ارسلت|تركت|غيرت|نزل|نشر|حط|كتب|بعت|بعث|ارسل|ترك|غير) (?:\S+ ){0,5}?(?:وداع\S*|"
    r"مع السلامه|باي)|(?:فويس|ستوري|بوست|رساله|فيديو|تسجيل) (?:\S+ ){0,3}?(?:وداع\S*|يودع|تودع)|شكرا (?:على|"
    r"ع) كل شي\S*|(?:بحبكم|احبكم|بحبكن)"
)
_MUTE_AR = (
    r"(?:ما|مش|مو|مب|ماعم|ما عم) ?(?:\S+ )?(?:بترد|ترد|يرد|بيرد|ردت|رد|تجاوب|يجاوب|بتجاوب|بيجاوب|ترفع|يرفع|"
    r"بترفع|بيرفع)(?!\S)|(?:تلفونها|تليفونها|جوالها|موبايلها|فونها|تلفونه|جواله|موبايله|تليفونه|فونه|"
    r"الجوال|التلفون|الموبايل) (?:\S+ ){0,2}?(?:مسكر|مقفل|مغلق|مطفي|طافي|مقفول|خارج التغطيه|مش متاح|غير "
    r"متاح)|(?:سكر|سكرت|قفل|قفلت|طفى|طفت) (?:\S+ )?(?:تلفونه|تلفونها|جواله|جوالها|موبايله|موبايلها)|"
    r"(?:ما حدا|محدش|ماحدا|محد|ما احد|لا احد|ولا حدا|ولا حد|ماحد) (?:\S+ ){0,2}?(?:قادر|قدر|يقدر|بيقدر|"
    r"عارف|يعرف|بيعرف)|(?:مش|ما|مو) (?:\S+ )?(?:قادرين|قادره|قادر|عارفين|عارفه|عارف|نقدر|اقدر) (?:\S+ )"
    r"{0,2}?(?:نوصل\S*|اوصل\S*|نتواصل|نكلم\S*|نلاقي\S*|الاقي\S*|وين|فين)|مختفي\S*|اختف\S*|(?:بلك|بلكت|حظر|"
    r"حظرت|بلوك) (?:\S+ )?(?:الكل|الجميع|كلنا|للكل)|(?:حذف|حذفت|مسح|مسحت) (?:\S+ )?(?:حسابه|حسابها|"
    r"الحساب|اكاونته|اكاونتها)|(?:اللايف|لايف|البث|الستريم) (?:\S+ ){0,2}?(?:انقطع|وقف|خلص|سكر|انتهى|فصل)"
)
_QUIET_AR = (
    r"اوفلاين|(?:مش|مو|ما) (?:\S+ )?(?:اونلاين|متصل\S*)|(?:طلع|طلعت|خرج|خرجت|لفت|غادر|غادرت) من (?:ال)?"
    r"(?:قروب|جروب|مجموعه|سيرفر|ديسكورد)|شاف\S* (?:وما|ومش) (?:رد|ردت)|(?:عامل|عامله|حاطني|حاططني) (?:على )"
    r"?سين"
)
_FEAR_AR = (
    r"خايف\S*|خوفان\S*|مرعوب\S*|قلقان\S*|(?:شو|ايش|وش|ايه|اش) (?:اعمل|نعمل|بعمل|لازم اعمل|اسوي|نسوي)|"
    r"(?:مش|ما|مو) عارف\S* (?:شو|ايش|ايه|وش) (?:اعمل|اسوي)|ساعدوني|الحقوني|ساعدني"
)
_HIGH_AR = (
    r"(?:على|ع|فوق|عند|جنب|من) ?(?:ال)?(?:سطح|جسر|كوبري|سكه|سكك|حافه|جرف|بلكونه|برج|عماره) (?:\S+ )"
    r"{0,10}?(?:ينط|تنط|بينط|بتنط|يرمي|ترمي|يقفز|تقفز|هينط|حينط|يلقي|تلقي)|(?:رايح|رايحه|راح|راحت|بيروح|"
    r"بتروح) (?:\S+ )?(?:على|ع|عل|لل|الى|عند) ?(?:ال)?(?:نهر|بحر|جسر|كوبري|سكه|نيل) (?:\S+ ){0,6}?"
    r"و?(?:مش|ما|مو|لن) (?:\S+ )?(?:راجع|راجعه|يرجع|ترجع)"
)
_MUNDANE_AR = (
    r"بتنتقل|تنتقل|ينتقل|بينتقل|انتقلت|انتقل|بتعزل|تعزل|عزلت|بيعزل|مسافر|مسافره|سافرت|سافر|بتسافر|"
    r"بيسافر|السفر|سفر|رحله|الرحله|اجازه|الاجازه|عطله|العطله|مخيم|طياره|الطياره|بالطياره|مطار|المطار|"
    r"(?:ال)?(?:قروب|جروب|حساب|سيرفر|رقم|جوال|تلفون)\S* (?:ال)?(?:جديد|قديم)|(?:بال|ال)?(?:قروب|جروب)"
    r" (?:ال)?(?:جديد|قديم)|مدرسه جديده|غير (?:ال)?حساب|حساب تاني|الشحن|شحن|بطاريه|البطاريه|(?:ما في|"
    r"مافي) (?:نت|شبكه|تغطيه)|معاقب\S*|(?:اخدوا|اخذوا|سحبوا) (?:منه |منها )?(?:ال)?(?:جوال|تلفون|موبايل)|"
    r"امتحان\S*|اختبار\S*|بيدرس|بتدرس|ديتوكس|تخرج\S*|اخر يوم|حفله|(?:السيرفر|اللعبه|النادي|القروب|"
    r"القناه) (?:\S+ ){0,2}?(?:رح يسكر|رح تسكر|بيسكر|بتسكر|سكر|سكرت|حيسكر|بيتقفل|انقفل|هيتقفل)|"
    r"(?:بال|ال)?نادي|السنه الماضيه|السنه اللي فاتت|من سنه|من سنين|(?:هلق|هلا|الحين|دلوقتي|الان) "
    r"(?:\S+ )?(?:منيح\S*|كويس\S*|بخير|احسن|زين\S*|تمام)|(?:بال|ال)?مسلسل\S*|فيلم|الفيلم|روايه|كتاب|انمي|"
    r"مانجا|شخصيه|البطل|البطله|باللعبه|في اللعبه|ماينكرافت|روبلوكس|فورتنايت|محاضره|نايم\S*|نامت|"
    r"(?:بشوفكم|نشوفكم) (?:بكرا|بكره|بعدين)|ههه\S*|خخخ\S*|بمزح|مزح\S*"
)
_TX_AR = (
    "رد|تجاوب|يجاوب|ترفع|يرفع|تلفون|تليفون|جوال|موبايل|فون|سكر|قفل|طف|حدا|محد|احد|ماحد|قادر|نقدر|"
    "اقدر|عارف|مختفي|اختف|بلك|حظر|بلوك|حذف|مسح|لايف|البث|الستريم|اوفلاين|اونلاين|متصل|طلع|خرج|لفت|"
    "غادر|شاف|سين"
)

RULES: list[Rule] = [
    _rule(_TRIG_RU + " чел тип", _TX_RU,
          _silence(_WHO_RU, _BYE_RU, _TO_ALL_RU, _MUTE_RU, _QUIET_RU, _FEAR_RU, _HIGH_RU, _MUNDANE_RU)),
    _rule(_TRIG_PL + " ziom typek", _TX_PL,
          _silence(_WHO_PL, _BYE_PL, _TO_ALL_PL, _MUTE_PL, _QUIET_PL, _FEAR_PL, _HIGH_PL, _MUNDANE_PL)),
    _rule(_TRIG_TR + " discorddaki discorddan discordumuzdaki sunucudaki sunucudan sunucumuzdaki serverdaki "
          "serverdan takimdaki takimdan takimimizdaki klandaki klandan gruptaki yayindaki biri", _TX_TR,
          _silence(_WHO_TR, _BYE_TR, _TO_ALL_TR, _MUTE_TR, _QUIET_TR, _FEAR_TR, _HIGH_TR, _MUNDANE_TR)),
    _rule(_TRIG_AR + " حدا شخص هي هو", _TX_AR,
          _silence(_WHO_AR, _BYE_AR, _TO_ALL_AR, _MUTE_AR, _QUIET_AR, _FEAR_AR, _HIGH_AR, _MUNDANE_AR,
                   b=_NB, pre="(?:و|ف)?", end="(?!\\S)")),
]
