"""Presence jibes in ru tr pl id ar hi zh (the shapes of harm_presence_jibes.py -
read its docstring first; appended to `harm.RULES` through it).

"вайб умер, как только зашёл Тёма", "стоило ей прийти, как всё
испортилось", "ставки: через сколько Беня опять заплачет", "Ayşe gelince
ortam bozuldu", "zakłady: za ile Kasia się rozpłacze", "vibe langsung mati
pas Dina dateng", "الجو خرب اول ما دخلت", "uske aate hi mood kharab ho
gaya", "她一来气氛就冷了".  Hindi adds the colour jibe on arrival, which the
brief of this class named: a dark-skin word with the arrival verb ("lo aa
gayi kaali", "kalua aa gaya"), or darkness falling as they come ("uske aate
hi andhera ho gaya"); "Kali" (a name, the goddess) and "kala" (art) are not
read.  The person is a pronoun or a name-like word that is not an adult, a
thing or the writer's family; reports and quotes are excused by the frames.
"""

from __future__ import annotations

import dataclasses

from .packs.hi._script import _n, _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (ё is read as е, й as и) ------------------------------------------------------
_NOT_RU = (r"(?:учитель|учительница|училка|классная|директор|мама|папа|бабушка|дедушка|мать|отец|"
           r"автобус|пицца|дождь|звонок|тревога|полиция|никто|все|кто|я|мы|вы|сегодня|вчера|уже|"
           r"опять|снова|потом|тогда|что|и|но|когда|урок|перемена|контрольная|интернет|вайфаи|свет)")
_WHO_RU = r"(?:она|он|(?!" + _NOT_RU + r"(?![а-я]))[а-я]{2,15})"
_ARR_RU = (r"(?:пришла|пришел|зашла|зашел|вошла|вошел|появилась|появился|подключилась|подключился|"
           r"присоединилась|присоединился|заговорила|заговорил|открыла рот|открыл рот|села|сел|"
           r"приперлась|приперся|явилась|явился|заявилась|заявился|приползла|приполз)")
_DIED_RU = (r"(?:умер|умерла|умерло|сдох|сдохла|сдохло|пропал|пропала|пропало|испортился|"
            r"испортилась|испортилось|упал|упало|кончился|кончилась|кончилось|закончилось|"
            r"(?:был|была|было)(?: почти| вполне)? (?:норм|нормально|нормальныи|нормальная|весело|"
            r"веселыи|веселая|круто|крутои|крутая|классно|классныи|классная|хорошо|хорошии|хорошая|"
            r"спокоино|спокоиныи|спокоиная))")
_RU_SRC = (
    r"(?:атмосфера|вайб|настроение|движ|урок|созвон|звонок|воис|вечеринка|туса|тусовка|беседа|"
    r"чат|игра|катка|перемена|все|день|весело) (?:сразу |тут же |моментально |резко |просто |"
    r"вообще )?" + _DIED_RU + r",? (?:как только|когда|пока не|в ту секунду когда|ровно когда|"
    r"сразу как) (?:" + _WHO_RU + r" (?:\S+ )?)?" + _ARR_RU + r"(?![а-я])(?! (?:с |и (?:сказал|"
    r"рассказал)|в слезах|плача|" + _NOT_RU + r"(?![а-я])))|"
    r"(?:стоило|как только) (?:ей|ему|[а-я]{2,12}(?:е|и|у)) (?:приити|заити|появиться|"
    r"подключиться|воити|открыть рот),? (?:как )?(?:все|атмосфера|вайб|настроение|веселье) "
    r"(?:сразу )?" + _DIED_RU + r"(?![а-я])|"
    r"(?:опрос|ставки|ставлю|спорим|угадаите|голосование|отсчет)[^.!?]{0,25}?(?:через сколько|"
    r"сколько (?:днеи|минут|часов|времени)|когда|как скоро)[^.!?]{0,30}?(?:заплачет|разревется|"
    r"расплачется|разноется|заноет|наябедничает|настучит|побежит (?:к|жаловаться)|пожалуется|"
    r"истерику|заистерит|нажалуется)(?![а-я])|"
    r"(?:кто|тому кто|кому|кому придется|тот кто|удачи тому кто|бедняга кто) (?:будет |придется )?"
    r"(?:сидеть|сядет|сидит|сесть|работать) (?:рядом с|с|возле|около|позади) (?:неи|ним|[а-я]{2,15})"
    r"[^.!?]{0,40}?(?:освежитель|дезодорант|противогаз|прищепк[а-я]*|затычк[а-я]*|духи|не дышите|"
    r"задержите дыхание|зажмите нос|беруши|хлорк[а-я]*)|"
    r"(?:^|(?<=[.!?] )|(?<=, ))" + _WHO_RU + r" (?:такая |такои |просто |реально |вообще |"
    r"буквально |прям |типичная |типичныи |ходячая |ходячии |настоящая |настоящии )*(?:нпс|"
    r"npc|непись|неписька)(?![а-я])(?![^.!?]{0,30}(?:игр|маинкрафт|роблокс|квест))|"
    r"(?:у (?:нее|него) (?:нет|ноль|0) (?:личности|характера)|" + _WHO_RU + r" без (?:личности|"
    r"характера))(?![а-я])|"
    r"(?:она|он|[а-я]{2,15}) (?:опять|снова) (?:пришла|пришел|приперлась|приперся|явилась|явился|"
    r"заявилась|заявился|зашла|зашел|подключилась|подключился|тут|здесь),? (?:как будто (?:нам|мы) "
    r"(?:и так |без того |еще |было )?(?:мало|не скучно|недостаточно скучно)|(?:только|именно) "
    r"(?:ее|его) (?:и )?не хватало|этого (?:еще |только )?не хватало|(?:все|всем) (?:на выход|"
    r"выходим|ливаем|уходим)|прощаи (?:вайб|атмосфера|настроение)|убеите меня)|"
    r"(?:приходит|появляется|лезет|заявляется|является|прется) (?:без приглашения|всегда|каждыи раз|"
    r"везде|незваная|незваныи)[^.!?]{0,25}?(?:как|словно|будто) (?:плесень|грибок|таракан|"
    r"тараканы|вошь|вши|крыса|крысы|чума|вонь|сыпь|бородавка|вирус|клещ|клоп|клопы|лишаи|зараза|"
    r"мухи|муха)(?![а-я])"
)

# -- tr (ı ş ğ ö ü ç are read as i s g o u c; "öldü" is read as "oldu") -----------------
_NOT_TR = (r"(?:ogretmen|hoca|annem|babam|anne|baba|otobus|yagmur|zil|elektrik|internet|wifi|"
           r"mudur|kimse|herkes|ben|biz|siz|bugun|dun|yine|sonra|ve|ama|ders|sinav|teneffus)")
_WHO_TR = r"(?:o|onun|(?!" + _NOT_TR + r"\b)[a-z]{2,15}(?:'?(?:nin|nun|in|un))?)"
_TR_SRC = (
    r"\b" + _WHO_TR + r" (?:\S+ )?(?:geldigi|girdigi|katildigi|geldiginde|girdiginde|"
    r"katildiginda|gelince|girince|katilinca|agzini acinca|konusunca|oturunca)(?: an| anda| gibi| "
    r"saniye| dakika)? (?:ortam|hava|vibe|mod|her sey|ders|sinif|arama|parti|grup|oyun|eglence) "
    r"(?:direkt |hemen |aninda |resmen |bir anda )?(?:oldu|bozuldu|dagildi|sogudu|mahvoldu|bitti|"
    r"dustu|dibe vurdu|gitti)\b|"
    r"\b(?:guzeldi|eglenceliydi|iyiydi|sakindi|guzel gidiyordu) ta ki " + _WHO_TR + r" (?:gelene|"
    r"girene|katilana) kadar\b|"
    r"\b" + _WHO_TR + r" (?:gelene|girene|katilana) kadar (?:ders|ortam|her sey|sinif|parti|oyun|"
    r"gun)? ?(?:neredeyse |cok |gayet )?(?:guzeldi|eglenceliydi|iyiydi|sakindi|guzel gidiyordu)\b|"
    r"\b(?:anket|bahis|bahse girerim|iddia|iddiasina|tahmin|oylama|geri sayim)\b[^.!?]{0,25}?\b"
    r"(?:ne zaman|kac (?:gun|dakika|saat)|kac gune|ne kadar surede|kac dakikada|kac gunde)\b"
    r"[^.!?]{0,30}?\b(?:aglar|aglayacak|aglamaya baslar|aglamaya baslayacak|zirlar|zirlayacak|"
    r"ispiyonlar|ispiyonlayacak|sikayet eder|sikayet edecek|krize girer|krize girecek|trip atar|"
    r"trip atacak)\b|"
    r"\b(?:onun|[a-z]{2,15}'?(?:nin|nun|in|un)) yan(?:ina|inda) (?:oturan|oturacak|oturmak zorunda "
    r"kalan|dusen|kalan)\b[^.!?]{0,30}?\b(?:oda spreyi|oda kokusu|deodorant|parfum|gaz maskesi|"
    r"mandal|burnunu tikasin|burun tikaci|nefesini tutsun|camasir suyu|kolonya)\b|"
    r"\b" + _WHO_TR + r" (?:tam|resmen|bildigin|tipik|tamamen)(?: bir)? npc\b(?![^.!?]"
    r"{0,30}\b(?:oyun|oyunda|minecraft|roblox)\b)|"
    r"\b" + _WHO_TR + r" (?:hic |sifir )?kisiligi (?:yok|sifir)\b|"
    r"\b(?:" + _WHO_TR + r" )?(?:yine|gene|tekrar) (?:geldi|gelmis|katildi|burada|burda|dustu|belirdi)"
    r"(?: \S+){0,2}? (?:sanki (?:yeterince|zaten) (?:sikilmiyorduk|sikilmamistik|sikilmadik|"
    r"bunalmamistik)|bir (?:o|bu) eksikti|tam da ihtiyacimiz olan|ortam (?:gitti|bitti|oldu|"
    r"bozuldu)|herkes cikin|biri beni oldursun)\b|"
    r"\b(?:davetsiz|cagrilmadan|her seferinde|her yere|hep|her zaman) (?:geliyor|gelir|bitiyor|"
    r"biter|beliriyor|dusuyor)[^.!?]{0,25}?\b(?:kuf|mantar|hamam bocegi|bit|fare|sican|veba|pis "
    r"koku|sivilce|sigil|virus|kene|tahta kurusu|sinek) gibi\b|"
    r"\b(?:kuf|mantar|hamam bocegi|bit|fare|sican|veba|pis koku|sivilce|sigil|virus|kene|sinek) "
    r"gibi (?:davetsiz |her seferinde |her yere |hep |her zaman )?(?:geliyor|gelir|bitiyor|biter|"
    r"beliriyor|dusuyor)\b"
)

# -- pl (ą ę ó ł ż are read as a e o l z) ----------------------------------------------
_NOT_PL = (r"(?:nauczyciel|nauczycielka|pani|pan|dyrektor|dyrektorka|mama|tata|babcia|dziadek|"
           r"autobus|pizza|deszcz|dzwonek|alarm|policja|nikt|wszyscy|ktos|ja|my|wy|dzisiaj|dzis|"
           r"wczoraj|juz|znowu|potem|wtedy|ze|i|ale|kiedy|lekcja|przerwa|sprawdzian|internet|wifi)")
_WHO_PL = r"(?:ona|on|(?!" + _NOT_PL + r"\b)[a-z]{2,15})"
_PL_SRC = (
    r"\b(?:klimat|vibe|nastroj|lekcja|rozmowa|call|impreza|grupa|czat|wszystko|gra|przerwa|"
    r"wycieczka|dzien) (?:od razu |natychmiast |totalnie |calkiem |normalnie )?(?:umarl|umarla|"
    r"umarlo|siadl|siadla|siadlo|padl|padla|padlo|zdechl|zdechla|zdechlo|sie zepsul|sie zepsula|"
    r"sie zepsulo|zepsul sie|zepsula sie|zepsulo sie|byl spoko|byla spoko|bylo spoko|byla fajna|"
    r"byl fajny|bylo fajnie|byla prawie fajna|bylo prawie fajnie|byl prawie fajny|bylo spokojnie|"
    r"byla spokojna|bylo dobrze|byla ok|bylo ok) (?:jak tylko|kiedy|gdy|dopoki nie|az|w momencie "
    r"gdy|w sekundzie gdy|odkad) (?:" + _WHO_PL + r" )?(?:przyszla|przyszedl|weszla|wszedl|"
    r"dolaczyla|dolaczyl|sie pojawila|sie pojawil|pojawila sie|pojawil sie|sie odezwala|sie "
    r"odezwal|otworzyla usta|otworzyl usta|usiadla|usiadl|wbila|wbil|przylazla|przylazl)(?: "
    + _WHO_PL + r")?\b(?! (?:z|i (?:powiedziala|powiedzial))|placzac)|"
    r"\b(?:ankieta|zaklady|zakladamy sie|zaklad|stawiam|obstawiam|obstawiajcie|zgadnijcie|"
    r"glosowanie|odliczanie)\b[^.!?]{0,25}?\b(?:ile (?:czasu|dni|minut|godzin)|kiedy|za ile|jak "
    r"szybko)\b[^.!?]{0,30}?\b(?:sie rozplacze|rozplacze sie|zacznie plakac|bedzie plakac|sie "
    r"poplacze|poplacze sie|zaplacze|bedzie ryczec|zacznie ryczec|sie rozryczy|rozryczy sie|"
    r"poskarzy|naskarzy|doniesie|pobiegnie do|strzeli focha)\b|"
    r"\b(?:kto|ktokolwiek|ten kto|ta ktora|ten ktory|biedny ten kto|wspolczuje temu kto|powodzenia "
    r"temu kto|rip temu kto|temu kto) (?:bedzie |musi |ma |bedzie musial |bedzie musiala )?"
    r"(?:siedziec|siedzi|siadzie|usiadzie|siedzial|siedziala|pracowac) (?:obok|z|kolo|przy|za|przed) "
    r"(?:nia|nim|niej|niego|jej|jego|"
    + _WHO_PL + r")\b[^.!?]{0,40}?\b(?:odswiezacz|dezodorant|maske (?:gazowa|przeciwgazowa)|"
    r"maska gazowa|klamerk\w*|zatyczk\w*|perfum\w*|wstrzymajcie oddech|zatkajcie nos|zatkaj nos|"
    r"wybielacz|domestos|febreze)\b|"
    r"\b" + _WHO_PL + r" (?:to|jest) (?:(?:taki|taka|totalny|totalna|typowy|typowa|kompletny|"
    r"kompletna|zwykly|zwykla|chodzacy|chodzaca) )*npc\b(?![^.!?]{0,30}\b(?:gra|grze|gry|minecraft|"
    r"roblox)\b)|"
    r"\b" + _WHO_PL + r" (?:nie ma|ma zero|ma 0) osobowosci\b|"
    r"\b" + _WHO_PL + r" (?:znowu|znow) (?:przyszla|przyszedl|przylazla|przylazl|wbila|wbil|jest|"
    r"dolaczyla|dolaczyl|pojawila sie|pojawil sie)(?: \S+){0,2}? (?:jakby(?:smy)? (?:i tak |juz )?"
    r"nie (?:bylo|byli|byly) (?:wystarczajaco |dosc )?(?:nudno|znudzeni|znudzone)|tego (?:nam )?"
    r"(?:jeszcze )?brakowalo|zegnaj (?:klimacie|klimat|vibe|nastroju|spokoju)|wszyscy "
    r"(?:wychodzimy|spadamy)|zabijcie mnie)\b|"
    r"\b(?:przylazi|przychodzi|pojawia sie|wpada|wbija|lazi) (?:bez zaproszenia|zawsze|za kazdym "
    r"razem|wszedzie|nieproszon\w*)[^.!?]{0,25}?\b(?:jak|niczym|jakby) (?:plesn|grzyb|karaluch|"
    r"karaluchy|wesz|wszy|szczur|szczury|zaraza|smrod|wysypka|kurzajka|wirus|kleszcz|pluskw\w*|"
    r"mucha|muchy|chwast)\b"
)

# -- id ------------------------------------------------------------------------------
_NOT_ID = (r"(?:guru|bu|pak|mama|papa|ibu|ayah|bapak|nenek|kakek|bis|pizza|hujan|bel|alarm|polisi|"
           r"ga|gak|nggak|aku|gue|gw|saya|kita|kami|kamu|lu|hari|kemarin|tadi|udah|terus|dan|tapi|"
           r"listrik|wifi|sinyal|semua|orang)")
_WHO_ID = r"(?:dia|si [a-z]{2,15}|(?!" + _NOT_ID + r"\b)[a-z]{2,15})"
_ARR_ID = r"(?:dateng|datang|masuk|gabung|join|muncul|nongol|nimbrung|ikut|duduk|ngomong|online)"
_ID_SRC = (
    r"\b(?:vibe|vibes|suasana|mood|kelas|pelajaran|call|vc|pesta|grup|gc|chat|semua|game|"
    r"istirahat|hari)(?:nya)? (?:langsung |auto |seketika |jadi |mendadak )?(?:mati|hancur|rusak|"
    r"ancur|garing|sepi|ga enak|gak enak|nggak enak|anjlok|drop|awkward|bubar|buyar) (?:pas|waktu|"
    r"begitu|sejak|semenjak|gara2|gara gara) " + _WHO_ID + r" (?:\w+ )?" + _ARR_ID + r"\b(?! "
    r"(?:bawa|sambil nangis|nangis|ngasih tau))|"
    r"\b(?:seru|asik|asyik|enak|tenang|lumayan|adem)(?: banget)? (?:sampe|sampai|sebelum|tadinya "
    r"sebelum) " + _WHO_ID + r" (?:\w+ )?(?:dateng|datang|masuk|gabung|join|muncul|nongol|"
    r"nimbrung|ikut|duduk)\b(?! (?:bawa|sambil nangis|nangis))|"
    r"\b(?:polling|poll|vote|voting|taruhan|tebak|tebakan|hitung mundur)\b[^.!?]{0,25}?\b"
    r"(?:berapa lama|kapan|berapa (?:hari|menit|jam)|brp lama)\b[^.!?]{0,30}?\b(?:nangis|menangis|"
    r"mewek|ngadu|cepu|ngambek|ngamuk|tantrum|lapor guru)\b|"
    r"\b(?:siapa(?:pun)?|yang|buat yang|kasian yang|rip yang|semangat buat yang|sabar ya yang) "
    r"(?:\w+ )?(?:duduk|sebangku|sekelompok) (?:sama |dengan |dgn |ama |di sebelah |disebelah |"
    r"deket |dekat |samping )?" + _WHO_ID + r"\b[^.!?]{0,40}?\b(?:pengharum|pewangi|parfum|"
    r"deodoran|masker gas|jepit hidung|tahan napas|tahan nafas|tutup hidung|baygon|stella)\b|"
    r"\b" + _WHO_ID + r" (?:(?:tuh|itu|emang|beneran|bener2|literally) )*(?:tuh|itu|emang|beneran|"
    r"bener2|kaya|kayak|kek) (?:(?:kaya|kayak|kek) )?npc\b(?![^.!?]{0,30}\b(?:game|gim|minecraft|roblox)\b)|"
    r"\b" + _WHO_ID + r" (?:ga|gak|nggak|tidak|ngga|gk|g) punya (?:kepribadian|personality)\b|"
    r"\b" + _WHO_ID + r" " + _ARR_ID + r" (?:lagi|lg)(?: \S+){0,2}? (?:(?:kayak|kaya|kek|seolah) "
    r"(?:kita |kami )?(?:belum|blm|ga|gak|kurang) (?:cukup )?(?:bosen|bosan|bete|suntuk|sengsara)|"
    r"bye (?:vibe|suasana)|semua (?:kabur|cabut|keluar)|(?:mati|ancur) deh (?:vibe|suasana|mood))|"
    r"\b(?:dateng|datang|muncul|nongol|nimbrung|ikut|masuk) (?:tanpa diundang|ga diundang|gak "
    r"diundang|nggak diundang|terus|mulu|melulu|dimana mana|di mana mana|setiap kali)[^.!?]{0,25}?"
    r"\b(?:kayak|kaya|kek|seperti|bagai) (?:jamur|kecoa|kecoak|kutu|tikus|wabah|bau busuk|panu|"
    r"kurap|kudis|virus|jerawat|kuman|lalat|benalu|parasit)\b"
)

# -- ar (ى is read as ي, ة as ه, أ as ا) -----------------------------------------------
_ARR_AR = (r"(?:جات|جت|اجت|دخلت|انضمت|وصلت|طلعت|تكلمت|قعدت|جا|اجا|دخل|انضم|وصل|طلع|تكلم|قعد|"
           r"حضرت|حضر)")
_AR_SRC = (
    r"(?:الجو|الاجواء|المود|الفايب|الحصه|الكلاس|الكول|المكالمه|الحفله|القروب|الشات|اللعبه|الفسحه|"
    r"الطلعه) (?:\S+ )?(?:مات|خرب|باخ|انضرب|انطفي|راح|صار بايخ|كان حلو|كان ممتع|كان تمام|كان "
    r"رايق|كان هادي) (?:اول ما|لما|لين|الين|لحد ما|حتي|من اول ما|بمجرد ما) (?:هي |هو |(?!ال)\S+ )?"
    + _ARR_AR + r"(?!\S)(?! (?:ومعها|ومعه|تبكي|يبكي|وقالت|وقال|ال))|"
    r"(?:تصويت|رهان|نتراهن|اراهن|اتراهن|توقعوا|خمنوا)[^.!?]{0,25}?(?:كم (?:يوم|دقيقه|ساعه)|متي|"
    r"امتي|بعد كم)[^.!?]{0,30}?(?:تبكي|يبكي|تصيح|يصيح|تعيط|يعيط|تشتكي|يشتكي|تفتن|يفتن|تنهار|"
    r"ينهار)|"
    r"(?:اللي|الي|الله يعين اللي|الله يعين الي|مسكين اللي) (?:\S+ )?(?:يقعد|تقعد|بيقعد|بتقعد|يجلس|"
    r"تجلس) (?:جنبها|جنبه|جنب \S+|عندها|عنده|قريب منها|قريب منه)[^.!?]{0,40}?(?:معطر|بخاخ|مزيل "
    r"عرق|كمام|قناع غاز|ملقط|سدادات|عطر|كلور|يسد خشمه|يسد انفه|يكتم نفسه|يحبس نفسه)|"
    r"(?:هي|هو) (?:\S+ )?(?:npc|ان بي سي)(?![^.!?]{0,30}(?:لعبه|اللعبه|ماينكرافت|روبلوكس))|"
    r"(?:ما عندها|ما عنده|ماعندها|ماعنده|مالها|ماله) شخصيه|"
    r"(?:جات|جت|اجت|جا|اجا|دخلت|دخل|انضمت|انضم|رجعت|رجع) (?:مره ثانيه|مره تانيه|كمان مره|من جديد|"
    r"ثاني|تاني)[،,]? (?:\S+ )?(?:كاننا|وكاننا|كانه) (?:مو |ما |مش )?(?:كنا )?(?:زهقانين|طفشانين|"
    r"ملانين|مللنا|طفشنا|زهقنا|ناقصين)|"
    r"(?:هذا|هذي|بس) (?:اللي|الي) (?:كان )?ناقصنا|"
    r"(?:تجي|يجي|تطلع|يطلع|تنط|ينط) (?:بدون عزيمه|بدون دعوه|كل مره|دايم|دايما|في كل مكان)"
    r"[^.!?]{0,25}?(?:زي|مثل|كانها|كانه|متل) (?:ال)?(?:عفن|فطر|فطريات|صرصور|صراصير|قمل|فار|"
    r"فيران|جرذ|طاعون|ريحه|فيروس|حشره|ذباب|بق)"
)

# -- hi (Hinglish and Devanagari) --------------------------------------------------------
_WHO_HI = r"(?:woh|wo|vo|ye|yeh|[a-z]{3,15})"
_AAYA_HI = (r"(?:aa gayi|aa gaya|aagayi|aagaya|aa gyi|aa gya|aa gai|aayi|aaya|aai|aya|ayi|agyi|"
            r"agya|agayi|agaya|aa tapki|aa tapka|aa rahi|aa raha)")
_DARK_HI = (r"(?:kaali|kaalu|kalu|kalua|kaluaa|kaluwa|kaliya|kaaliya|kaala|kaale|kalooti|kaluti|"
            r"kalli|kaalia|kalia|kaali kalooti)")
_SPOIL_HI = r"(?:kharab|mar|khatam|barbaad|off|down|thanda|bore|bekaar|kirkira|spoil)\w*"
_HI_SRC = (
    r"\b(?:uske|iske|unke|[a-z]{3,15} ke) (?:aate|aane) (?:hi|se) (?:\S+ ){0,3}?(?:mood|vibe|"
    r"maahol|mahol|maza|mazaa|sab|class|party) (?:\S+ )?" + _SPOIL_HI + r"|"
    r"\b(?:jaise hi|jab|jab se) " + _WHO_HI + r" (?:\S+ )?(?:" + _AAYA_HI + r"|join ki|join kiya|"
    r"ghusi|ghusa|baithi|baitha|boli|bola) (?:\S+ ){0,2}?(?:mood|vibe|maahol|mahol|maza|mazaa|sab) "
    r"(?:\S+ )?" + _SPOIL_HI + r"|"
    r"\b(?:class|sab|party|din|maza) (?:acchi|achhi|acha|accha|achha|mast|badhiya|theek|thik|sahi)"
    r" (?:chal rahi|chal raha|thi|tha) (?:jab tak|tab tak jab tak) " + _WHO_HI + r" (?:nahi |nhi "
    r"|nai )?" + _AAYA_HI + r"\b|"
    r"\b(?:poll|bet|shart|guess|vote|andaza)\b[^.!?]{0,25}?\b(?:kitne (?:din|minute|ghante) mein|"
    r"kab|kitni der mein)\b[^.!?]{0,30}?\b(?:royegi|royega|rone lagegi|rone lagega|chugli "
    r"karegi|chugli karega|shikayat karegi|shikayat karega|teacher ko batayegi)\b|"
    r"\b(?:jo bhi|jisko bhi|jise bhi|bechara jo|bechari jo) (?:\S+ )?(?:ke paas|ke bagal|ke saath|ke "
    r"sath|ke side|ke peeche) (?:\S+ )?(?:baithe|baithega|baithegi|baithna)\b[^.!?]{0,40}?\b(?:air "
    r"freshener|perfume|deo|deodorant|gas mask|naak band|saans rok|room freshener|phenyl)\b|"
    r"\b" + _WHO_HI + r" (?:toh |to |ekdum |poori |pura |puri |bilkul )*npc (?:hai|h|he)\b|"
    r"\b(?:uski|iski) (?:koi|zero) personality (?:nahi|nhi|nai)\b|"
    r"\b" + _WHO_HI + r" (?:phir se|fir se|firse|phirse|dobara|fir|phir) " + _AAYA_HI
    + r"(?: \S+){0,2}? (?:(?:jaise|maano|mano) (?:hum|ham) (?:pehle se |pahle se |already )?(?:kam |"
    r"kum )?(?:bore|pareshan|dukhi|tang)|ab (?:mood|vibe|maza|din) " + _SPOIL_HI + r"|sab (?:niklo|"
    r"bhaago|bhago))|"
    r"\b(?:phir se|fir se|firse|phirse|phir|fir) (?:aa tapki|aa tapka|tapak padi|tapak pada)\b|"
    r"\b(?:bina bulaye|bin bulaye|har baar|har jagah|hamesha) (?:aa jaati|aa jati|aa jata|aa jaata|"
    r"aa tapakti|aa tapakta|tapak padti|tapak padta|ghus jaati|ghus jaata)(?: hai| h)?[^.!?]{0,25}?"
    r"\b(?:jaise|jaisi|ki tarah) (?:fungus|phaphoond|keeda|kide|keede|cockroach|makhi|machhar|"
    r"joon|chooha|chuha|bimari|beemari|kharish|khujli)\b|"
    # the colour jibe on arrival: "lo aa gayi kaali", "kalua aa gaya", "uske aate hi andhera"
    r"\b" + _AAYA_HI + r" (?:\S+ ){0,2}?" + _DARK_HI + r"\b(?! (?:maa|mata|mai|puja|pooja|mandir|"
    r"t shirt|tshirt|shirt|dress|car|gaadi|bag|saree|kurta|chashma)\b)|"
    r"\b" + _DARK_HI + r"(?! (?:t shirt|tshirt|shirt|dress|car|gaadi|bag|saree|kurta|chashma|maa|"
    r"mata|mai|billi|kutta|kutiya|gaay|bhains|cheez|chiz|jacket|hoodie|jeans|bottle|phone)\b) "
    r"(?:\S+ ){0,2}?" + _AAYA_HI + r"\b|"
    r"\b(?:uske|iske|unke|[a-z]{3,15} ke) (?:aate|aane) (?:hi|se) (?:\S+ ){0,4}?(?:andhera|andhere|"
    r"andheraa|light (?:chali gayi|gayi|off|band)|bijli (?:chali gayi|gul)|raat ho gayi|grahan|"
    r"lights off|blackout)\b|"
    # Devanagari
    r"(?:उसके|इसके) (?:आते|आने) (?:ही|से) (?:\S+ ){0,3}?(?:मूड|माहौल|मज़ा|मजा|सब) (?:\S+ )?"
    r"(?:खराब|ख़राब|खत्म|ख़त्म|बर्बाद|किरकिरा)|"
    r"(?:वो|वह|ये|यह) (?:फिर से|फिर|दोबारा) (?:आ गई|आ गया|आ गयी|आ टपकी|आ टपका|टपक पड़ी|टपक पड़ा)|"
    r"(?:आ गई|आ गया|आ गयी|आई|आया) (?:\S+ )?(?:काली|कालू|कलुआ|कलूटी|कालिया)|"
    r"(?:काली|कालू|कलुआ|कलूटी|कालिया) (?:\S+ )?(?:आ गई|आ गया|आ गयी|आई|आया)|"
    r"(?:उसके|इसके) (?:आते|आने) (?:ही|से) (?:\S+ ){0,4}?(?:अंधेरा|अँधेरा|बिजली चली गई|लाइट चली गई)"
)

# -- zh -----------------------------------------------------------------------------
_ZH_WHO = r"(?:她|他|[\u4e00-\u9fff]{1,3})"
_ZH = (
    _ZH_WHO + r"(?:一|刚|才)?(?:进来|进群|进房间|加入|来|到|出现|上线|开口|说话|坐下)[^。!?]{0,6}"
    r"(?:气氛|氛围|场子|整个群|群里|全班|大家|课堂|聊天)?[^。!?]{0,4}(?:就|立马|马上|瞬间|一下子|"
    r"直接)(?:冷了|凉了|尬了|死了|毁了|僵了|冷场|降到冰点)|"
    r"(?:本来|刚才)[^。!?]{0,10}(?:挺|还挺|很|都|蛮)(?:好|开心|有趣|好玩|热闹|嗨|愉快)[^。!?]{0,4}"
    r"(?:结果|直到|然后|谁知)" + _ZH_WHO + r"(?:一)?(?:来了|进来了|出现了|加入了|到了)|"
    r"(?:投票|打赌|赌|竞猜|猜猜|猜一下|倒计时|押)[^。!?]{0,15}" + _ZH_WHO + r"(?:多久|几天|几分钟|"
    r"什么时候|啥时候|多长时间)[^。!?]{0,6}(?:哭|告状|打小报告|崩溃|发脾气|找老师)|"
    r"(?:谁|坐)[^。!?]{0,4}" + _ZH_WHO + r"(?:旁边|边上|附近|后面|前面)[^。!?]{0,12}(?:空气清新剂|"
    r"除臭|香水|防毒面具|夹子|捏着鼻子|憋气|屏住呼吸)|"
    r"(?:她|他)(?:就是|简直是|真是|完全是|纯)(?:个|一个)?(?:人机|背景板)(?!局|模式)|"
    r"(?:她|他)(?:一点|毫无)(?:个性|性格)|"
    r"(?:她|他)又(?:来了|出现了|冒出来了|进群了|上线了)[^。!?]{0,4}(?:好像|仿佛|生怕)[^。!?]{0,8}"
    r"(?:不够|还不够)|"
    r"(?:不请自来|没人请[^。!?]{0,4}来)[^。!?]{0,6}(?:像|跟)[^。!?]{0,3}(?:霉菌|发霉|蟑螂|苍蝇|"
    r"虱子|老鼠|瘟神|瘟疫|狗皮膏药|臭虫)|"
    r"(?:瘟神|扫把星|丧门星)(?:又)?(?:来了|到了|进来了|上线了)"
)

_ZH_NPC = r"(?:她|他)(?:就是|简直是|真是|完全是|纯|是)(?:个|一个)? ?npc(?![^。!?]{0,10}(?:游戏|任务|副本))"

RULES: list[Rule] = [
    rule("bullying:presence", "bullying",
         "пришла пришел зашла зашел вошла вошел появилась появился подключилась подключился "
         "присоединилась присоединился заговорила заговорил приперлась приперся явилась явился "
         "заявилась заявился приползла приполз стоило опрос ставки ставлю спорим угадаите "
         "голосование отсчет освежитель дезодорант противогаз духи беруши дыхание зажмите нпс npc "
         "непись неписька личности характера опять снова приходит появляется лезет заявляется "
         "является прется",
         _RU_SRC),
    rule("bullying:presence", "bullying",
         "geldigi girdigi katildigi geldiginde girdiginde katildiginda gelince girince katilinca "
         "acinca konusunca oturunca gelene girene katilana anket bahis bahse iddia iddiasina "
         "tahmin oylama sayim yanina yaninda npc kisiligi yine gene tekrar davetsiz cagrilmadan "
         "kuf mantar bocegi fare sican veba koku sivilce sigil virus kene kurusu sinek",
         _TR_SRC),
    rule("bullying:presence", "bullying",
         "przyszla przyszedl weszla wszedl dolaczyla dolaczyl pojawila pojawil odezwala odezwal "
         "usta usiadla usiadl wbila wbil przylazla przylazl ankieta zaklady zakladamy zaklad "
         "stawiam obstawiam obstawiajcie zgadnijcie glosowanie odliczanie obok kolo przy npc "
         "osobowosci znowu znow przylazi przychodzi pojawia wpada wbija lazi",
         _PL_SRC),
    rule("bullying:presence", "bullying",
         "dateng datang masuk gabung muncul nongol nimbrung ikut duduk ngomong pas waktu begitu "
         "sejak semenjak gara2 gara polling taruhan tebak tebakan berapa brp kapan sebangku "
         "sekelompok npc punya lagi lg kayak kaya kek seperti bagai",
         _ID_SRC),
    rule("bullying:presence", "bullying",
         "جات جت اجت دخلت انضمت وصلت طلعت تكلمت قعدت جا اجا دخل انضم وصل طلع تكلم قعد حضرت حضر "
         "تصويت رهان نتراهن اراهن اتراهن توقعوا خمنوا يقعد تقعد بيقعد بتقعد يجلس تجلس npc بي "
         "شخصيه ناقصنا تجي يجي تطلع يطلع تنط ينط رجعت رجع",
         _AR_SRC),
    _r("bullying:presence", "bullying",
       "aate aane mood vibe maahol mahol maza mazaa tak shart andaza royegi royega rone chugli "
       "shikayat baithe baithega baithegi baithna npc personality phir fir firse phirse dobara "
       "tapki tapka tapak bulaye baar jagah hamesha kaali kaalu kalu kalua kaluaa kaluwa kaliya "
       "kaaliya kaala kaale kalooti kaluti kalli kaalia kalia आते आने फिर दोबारा काली कालू कलुआ "
       "कलूटी कालिया",
       _n(_HI_SRC)),
    zrule("bullying:presence", "bullying", "冷 凉 尬 死 毁 僵 冰 本 刚 投 赌 竞 猜 倒 押 香 防 夹 捏 憋 屏 除 "
          "机 景 毫 够 请 瘟 扫 丧", _ZH),
    # "她就是个npc": the Latin word is a token of its own
    dataclasses.replace(zrule("bullying:presence", "bullying", "npc", _ZH_NPC), unspaced=True),
]
