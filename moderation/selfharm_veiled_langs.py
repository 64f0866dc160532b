"""Veiled first-person disclosures in ru pl tr id (the class:
`selfharm_veiled.py`; ar hi zh are in `selfharm_veiled_asia.py`).

Patterns are written on the phrase form: Russian "й" reads "и" and "ё" "е",
Polish and Turkish letters lose their marks ("pożegnam" -> "pozegnam",
"kıskanıyorum" -> "kiskaniyorum").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import Table, alone, decided, pair, rules_of
from .selfharm_veiled_eu import M_ALL, M_DEVICE, M_GRIEF, M_MOVE, M_PAST, MS_ALL

# -- ru ---------------------------------------------------------------------------------------
_M_RU = (
    M_ALL + r"|игр\w*|уров\w*|команд\w*|секци\w*|футбол\w*|кружок|кружка|переезд\w*|переезжа\w*|поездк\w*|"
    r"каникул\w*|отпуск\w*|лагер\w*|день рождения|др|вечеринк\w*|с ним|с неи|сезон\w*|диет\w*|молок\w*|"
    r"еда|еды|йогурт\w*|паспорт\w*|карт\w*|волос\w*|покрас\w*|вырос\w*|продал\w*|обмен\w*|"
    r"аллерги\w*|надоел\w*|бросил\w*|подар\w*|новый год|школьн\w* проект\w*|проект\w*|фото\w*|сериал\w*|"
    r"фильм\w*|книг\w*|песн\w*|краш\w*|стыд\w*|кринж\w*|учител\w*|домашк\w*|контрольн\w*"
)
_MS_RU = MS_ALL + r"|игр\w*|сериал\w*|фильм\w*|книг\w*|песн\w*|волос\w*|покрас\w*|переезд\w*|персонаж\w*"
RU: Table = {
    "decided": ("решила решил решено решилась", "понедельник вторник среду среда четверг пятницу пятница "
                "субботу суббота воскресенье ночью завтра выходных выходные",
                decided(r"(?:я )?(?:все )?(?:решила|решил|решилась|решился)|(?:все )?решено", r"(?:в )?(?:понедельник|"
                     r"вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня ночью|завтра|(?:на|в) "
                     r"выходн\w+", r"все (?:закончится|кончится|будет кончено)", r"не злитесь|простите (?:меня|все)"
                     r"|извините (?:меня|все)|всем прост\w+", _M_RU)),
    "goodbye": ("попрощаюсь попрощаться прощаюсь", "навсегда",
                pair(r"(?:попрощаюсь|попрощаться|прощаюсь) со всеми|со всеми (?:попрощаюсь|попрощаться)",
                     r"навсегда", M_MOVE + "|" + _M_RU)),
    "not_live": ("дожить доживу", "",
                 alone(r"не (?:хочу |хочется |собираюсь )?(?:дожить|доживу) до (?:лета|осени|зимы|весны|"
                       r"нового года|(?:своего )?дня рождения|выпускного|1[3-9]|20)", _MS_RU)),
    "expiry": ("годности", "скоро близко дней дня осталось",
               pair(r"мои срок годности", r"скоро|близко|(?:пару|несколько) дней|осталось", _M_RU)),
    "height": ("высокое высокии высокую высокая", "одна один сама сам",
               pair(r"самое высокое здание|самыи высокии (?:дом|мост)|самую высокую крышу|самая высокая "
                    r"крыша|какая крыша (?:тут |рядом )?самая высокая", r"одна|один|сама|сам", _M_RU)),
    "give": ("отдала отдал подарила подарил раздала", "время навсегда понадобится понадобятся нужен нужна",
             pair(r"(?:отдала|отдал|подарила|подарил|раздала) (?:(?:свою|своего|свои|мою|моего|мои) )?(?:\w+ )?"
                  r"(?:кошку|кота|собаку|пса|хомяка|кролика|аккаунт|скины|приставку|гитару|коллекцию|игрушки)",
                  r"(?:это )?не на время|больше не (?:понадобится|понадобятся|нужен|нужна|нужны)|навсегда",
                  r"переезд\w*|переезжа\w*|аллерги\w*|вырос\w*|маленьк\w*|стар\w*|нов\w*|надоел\w*|бросил\w*|"
                  r"продал\w*|обмен\w*|день рождения|каникул\w*|отпуск\w*|поездк\w*|лагер\w*")),
    "envy": ("завидую", "умер умерли живут мертвы мертвым",
             alone(r"завидую (?:тем|людям)(?: \w+)?,? (?:кто|которые) (?:уже )?(?:умер|умерли|не живут|мертвы)|"
                   r"завидую мертвым", M_PAST + "|" + _MS_RU)),
    "if_die": ("умру исчезну сдохну", "лучше счастлива счастливы выздоровеет поправится свободна легче",
               alone(r"если (?:я )?(?:умру|исчезну|сдохну) (?:\w+ ){0,3}?(?:она|он|они|все|мама|папа|семья|"
                     r"маме|папе|всем)(?: \w+)? (?:станет|будет|будут|станут)? ?(?:лучше|легче|счастлив\w*|"
                     r"выздоровеет|поправится|свободн\w*)", _MS_RU)),
    "nightly": ("думаю", "ночь вечер день постоянно только смерти умереть",
                alone(r"(?:каждую ночь|каждыи вечер|каждыи день|постоянно|только) (?:и )?думаю (?:о смерти|о "
                      r"том чтобы умереть|как умереть)|думаю (?:о смерти|о том чтобы умереть) (?:каждую ночь|"
                      r"каждыи вечер|постоянно)", M_GRIEF + "|" + _MS_RU)),
    "tried": ("перепробовала перепробовал пробовала пробовал помогает", "устала устал сил",
              pair(r"(?:уже )?(?:все перепробовала|все перепробовал|пробовала все|пробовал все)|ничего не "
                   r"(?:помогает|работает)", r"(?:устала|устал) (?:пытаться|стараться)(?! \w)|нет (?:больше )?"
                   r"сил", _M_RU + "|" + M_DEVICE)),
    "away": ("уиду уеду исчезну", "навсегда",
             alone(r"(?:уиду|уеду|исчезну) (?:далеко )?от всех навсегда|навсегда (?:уиду|уеду|исчезну) от всех",
                   M_MOVE + "|" + _MS_RU)),
    "life_end": ("жизнь", "закончилась кончилась",
                 alone(r"хочу (?:чтобы|чтоб) (?:моя )?жизнь (?:закончилась|кончилась)", r"краш\w*|стыд\w*|"
                       r"кринж\w*|учител\w*|голосов\w*")),
}

# -- pl ---------------------------------------------------------------------------------------
_M_PL = (
    M_ALL + r"|gra|gry|gre|poziom\w*|druzyn\w*|pilk\w*|trening\w*|kurs\w*|przeprowadz\w*|wyjazd\w*|"
    r"wakacj\w*|ferie|oboz\w*|urodzin\w*|impreza|imprezie|z nim|z nia|sezon\w*|diet\w*|mleko|mleka|"
    r"jogurt\w*|paszport\w*|karta|karty|wlosy|wlosow|farb\w*|za mal\w*|sprzedal\w*|"
    r"wymian\w*|alergi\w*|swieta|prezent\w*|zagranic\w*|projekt\w*|zdjec\w*|widok|serial\w*|film\w*|"
    r"ksiazk\w*|piosenk\w*|crush|wstyd\w*|cringe|nauczyciel\w*|zadanie|sprawdzian\w*|kartkowk\w*"
)
_MS_PL = MS_ALL + r"|gra|gry|serial\w*|film\w*|ksiazk\w*|piosenk\w*|wlosy|farb\w*|przeprowadz\w*|postac\w*"
PL: Table = {
    "decided": ("zdecydowalam zdecydowalem postanowilam postanowilem decyzja", "poniedzialek wtorek srode "
                "sroda czwartek piatek sobote sobota niedziele niedziela nocy jutro weekend",
                decided(r"(?:juz )?(?:zdecydowalam|zdecydowalem|postanowilam|postanowilem)|decyzja (?:jest )?"
                     r"podjeta", r"(?:w )?(?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)|dzis w "
                     r"nocy|jutro|w weekend", r"wszystko sie (?:skonczy|konczy)", r"nie gniewajcie sie|nie zloscie "
                     r"sie|przepraszam wszystkich|wybaczcie(?: mi)?", _M_PL)),
    "goodbye": ("pozegnam pozegnac zegnam", "zawsze",
                pair(r"(?:sie )?ze wszystkimi (?:sie )?(?:pozegnam|pozegnac)|(?:pozegnam|pozegnac|zegnam) sie "
                     r"ze wszystkimi", r"na zawsze", M_MOVE + "|" + _M_PL)),
    "not_live": ("dozyje dozyc", "",
                 alone(r"nie (?:chce |zamierzam )?(?:dozyje|dozyc) (?:do )?(?:lata|wakacji|jesieni|zimy|wiosny|swiat|"
                       r"nowego roku|(?:swoich )?urodzin|(?:1[3-9]|20)(?:stki|stke|tki|tke)?|osiemnast\w*)", _MS_PL)),
    "expiry": ("waznosci", "blisko niedlugo dni",
               pair(r"(?:moja data|moj termin) waznosci", r"blisko|niedlugo|(?:kilka|pare) dni", _M_PL)),
    "height": ("najwyzszy najwyzszego najwyzsza", "sama sam",
               pair(r"(?:najwyzszy|najwyzszego) (?:budynek|budynku|blok|bloku|most|mostu|dach|dachu)|najwyzsza "
                    r"wieza", r"sama|sam", _M_PL)),
    "give": ("oddalam oddalem dalam dalem", "chwile zawsze potrzebne potrzebowac przyda",
             pair(r"(?:oddalam|oddalem|dalam|dalem) (?:\w+ )?(?:(?:mojego|moja|moje|swojego|swoja|swoje) )?(?:\w+ )?"
                  r"(?:kota|kotke|psa|chomika|krolika|konto|skiny|konsole|gitare|kolekcje|maskotki)",
                  r"(?:to )?nie na chwile|nie bedzie mi (?:juz )?(?:potrzebne|potrzebny)|nie bede (?:juz )?"
                  r"(?:potrzebowac|go potrzebowac)|juz mi sie nie przyda|na zawsze",
                  r"przeprowadz\w*|alergi\w*|urosl\w*|za mal\w*|star\w*|now\w*|znudzil\w*|rzucil\w*|"
                  r"sprzedal\w*|wymian\w*|urodzin\w*|wakacj\w*|ferie|wyjazd\w*|oboz\w*")),
    "envy": ("zazdroszcze", "zyja umarli zmarlym",
             alone(r"zazdroszcze (?:ludziom|tym)(?:,)? (?:ktorzy|co) (?:juz )?(?:nie zyja|umarli)|zazdroszcze "
                   r"zmarlym", M_PAST + "|" + _MS_PL)),
    "if_die": ("umre umarla umarl", "lepiej wyzdrowieje szczesliwa szczesliwi",
               alone(r"(?:jesli|jak|gdy) umre|gdybym (?:umarla|umarl)", _MS_PL) + r".{0,60}?\b(?:(?:jej|mu|im|"
               r"wszystkim|mamie|tacie) (?:bedzie|byloby) lepiej|wyzdrowieje|(?:bedzie|beda) szczesliw\w*)\b"),
    "nightly": ("mysle", "noc nocy codziennie ciagle smierci umieraniu",
                alone(r"(?:co noc|kazdej nocy|codziennie|ciagle) mysle o (?:smierci|umieraniu)|mysle o "
                      r"(?:smierci|umieraniu) (?:co noc|kazdej nocy|codziennie|ciagle)", M_GRIEF + "|" + _MS_PL)),
    "tried": ("probowalam probowalem pomaga dziala", "dosc zmeczona zmeczony sil",
              pair(r"(?:juz )?(?:probowalam|probowalem) wszystkiego|nic nie (?:pomaga|dziala)", r"mam dosc "
                   r"probowania|(?:zmeczona|zmeczony) probowaniem|nie mam (?:juz )?sil", _M_PL + "|" + M_DEVICE)),
    "away": ("odejde pojde znikne", "zawsze",
             alone(r"(?:odejde|pojde|znikne) (?:daleko )?od wszystkich na zawsze", M_MOVE + "|" + _MS_PL)),
    "life_end": ("zycie", "skonczylo",
                 alone(r"chce (?:zeby|aby) (?:moje )?zycie sie skonczylo", r"crush\w*|wstyd\w*|cringe|"
                       r"nauczyciel\w*|glosowk\w*")),
}

# -- tr ---------------------------------------------------------------------------------------
_M_TR = (
    M_ALL + r"|oyun\w*|seviye\w*|takim\w*|futbol\w*|kulup\w*|antrenman\w*|kurs\w*|tasin\w*|gezi\w*|tatil\w*|"
    r"kamp\w*|dogum gun\w*|parti\w*|ondan ayril\w*|sezon\w*|diyet\w*|sut\w*|yemek|yogurt\w*|pasaport\w*|"
    r"kart\w*|sac\w*|boya\w*|kucul\w*|eski|yeni|sattim|takas\w*|alerji\w*|hediye\w*|yurt ?disi|proje\w*|"
    r"foto\w*|manzara|dizi\w*|film\w*|kitap\w*|sarki\w*|crush|utan\w*|cringe|ogretmen\w*|odev\w*|sinav\w*"
)
_MS_TR = MS_ALL + r"|oyun\w*|dizi\w*|film\w*|kitap\w*|sarki\w*|sac\w*|boya\w*|tasin\w*|karakter\w*"
TR: Table = {
    "decided": ("verdim verildi", "pazartesi sali carsamba persembe cuma cumartesi pazar gece yarin hafta",
                decided(r"(?:karar|kararimi) verdim|karar verildi", r"pazartesi|sali|carsamba|persembe|cuma|"
                     r"cumartesi|pazar|bu gece|yarin|hafta sonu", r"her sey (?:bitecek|biter|bitiyor)", r"(?:bana )?"
                     r"kizmayin|herkesten ozur dilerim|affedin (?:beni)?|hakkinizi helal edin", _M_TR)),
    "goodbye": ("veda vedalasacagim vedalasicam", "sonsuza ebediyen",
                pair(r"herkese veda (?:edecegim|edicem|ediyorum)|herkesle vedalas(?:acagim|icam)",
                     r"sonsuza (?:kadar|dek)|ebediyen", M_MOVE + "|" + _M_TR)),
    "not_live": ("goremeyecegim gormeyecegim yasamayacagim", "",
                 alone(r"(?:yazi|yilbasini|dogum gunumu|1[3-9] yasini|(?:1[3-9]|20) yasimi) (?:\w+ )?"
                       r"(?:goremeyecegim|gormeyecegim)|(?:yaza|1[3-9] yasina) kadar yasamayacagim", _MS_TR)),
    "expiry": ("tarihim", "yakin yaklasti gun kaldi",
               pair(r"son kullanma tarihim", r"yakin|yaklasti|(?:birkac|bi kac|bikac) gun|az kaldi", _M_TR)),
    "height": ("yuksek", "basima yalniz",
               pair(r"en yuksek (?:bina|binayi|kopru|kopruyu|cati|catiyi)", r"tek basima|yalniz", _M_TR)),
    "give": ("kedimi kopegimi hamsterimi tavsanimi hesabimi skinlerimi konsolumu gitarimi",
             "gecici sureligine ihtiyacim lazim sonsuza",
             pair(r"(?:kedimi|kopegimi|hamsterimi|tavsanimi|hesabimi|skinlerimi|konsolumu|gitarimi)(?: \w+){0,3} "
                  r"(?:verdim|hediye ettim)", r"gecici degil|bir sureligine degil|artik (?:ihtiyacim "
                  r"olmayacak|lazim olmayacak)|sonsuza (?:kadar|dek)", r"tasin\w*|alerji\w*|buyudum|kucul\w*|"
                  r"eski|yeni|sikildim|biraktim|sattim|takas\w*|dogum gun\w*|tatil\w*|gezi\w*|kamp\w*")),
    "envy": ("kiskaniyorum imreniyorum", "olen olmus oluleri olenleri",
             alone(r"(?:olen|olmus|olu)\w* (?:insanlari |kisileri )?(?:kiskaniyorum|imreniyorum)",
             M_PAST + "|" + _MS_TR)),
    "if_die": ("olursem olsem olunce", "iyi iyilesir mutlu rahatlar",
               alone(r"(?:ben )?(?:olursem|olsem|olunce) (?:\w+ ){0,3}?(?:o|annem|babam|herkes|ailem) (?:daha )?"
                     r"(?:iyi olur|iyilesir|mutlu olur|rahatlar)", _MS_TR)),
    "nightly": ("dusunuyorum", "gece aksam surekli hep",
                alone(r"(?:her gece|her aksam|surekli|hep) (?:olmeyi|olumu) dusunuyorum|(?:olmeyi|olumu) "
                      r"(?:her gece|her aksam|surekli) dusunuyorum", M_GRIEF + "|" + _MS_TR)),
    "tried": ("denedim yaramiyor etmiyor", "yoruldum biktim gucum",
              pair(r"her seyi denedim|hicbir sey (?:ise yaramiyor|yardim etmiyor)", r"denemekten (?:yoruldum|"
                   r"biktim)|gucum kalmadi", _M_TR + "|" + M_DEVICE)),
    "away": ("gidecegim gidicem kaybolacagim", "sonsuza temelli",
             alone(r"herkesten (?:cok )?(?:uzaga )?(?:gidecegim|gidicem|kaybolacagim) (?:sonsuza (?:kadar|dek)|"
                   r"temelli)|sonsuza (?:kadar|dek) herkesten (?:uzaga )?(?:gidecegim|gidicem)",
                   M_MOVE + "|" + _MS_TR)),
    "life_end": ("hayatimin", "bitmesini",
                 alone(r"hayatimin bitmesini istiyorum", r"crush\w*|utan\w*|cringe|ogretmen\w*|sesli mesaj")),
}

# -- id ---------------------------------------------------------------------------------------
_M_ID = (
    M_ALL + r"|main|level|tim|sepak ?bola|futsal|ekskul|latihan|kursus|pindah\w*|liburan|jalan jalan|"
    r"kemah|ulang tahun|ultah|pesta|putus|musim|diet|kerja|susu|makanan|yogurt|paspor|kartu|rambut|"
    r"cat rambut|kekecilan|dijual|jual|tukar\w*|alergi|kado|hadiah|luar negeri|"
    r"kuliah|proyek|projek|tugas|foto|pemandangan|sinetron|drakor|film|buku|lagu|crush|malu|cringe|guru|"
    r"pr|ujian|ulangan"
)
_MS_ID = MS_ALL + r"|main|sinetron|drakor|film|buku|lagu|rambut|pindah\w*|karakter"
ID: Table = {
    "decided": ("memutuskan mutusin putusin keputusan keputusanku", "senin selasa rabu kamis jumat sabtu "
                "minggu malam besok weekend pekan",
                decided(r"(?:udah |sudah )?(?:memutuskan|mutusin|putusin|aku putusin)|keputusan(?:ku)? (?:udah |"
                     r"sudah )?bulat", r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|malam ini|besok|weekend|"
                     r"akhir pekan", r"semua(?:nya)? (?:berakhir|selesai|bakal berakhir|akan berakhir)", r"jangan "
                     r"marah (?:sama|ke) (?:aku|gue|gw)|maaf(?:in)? (?:semuanya|semua)|maafkan aku", _M_ID)),
    "goodbye": ("pamit berpamitan selamat", "selamanya terakhir",
                pair(r"(?:pamit|berpamitan) (?:sama|ke|dengan) (?:semua(?:nya)?|semua orang|kalian semua)|bilang "
                     r"selamat tinggal (?:ke|sama) (?:semua(?:nya)?|semua orang)", r"selamanya|untuk terakhir "
                     r"kali(?:nya)?", M_MOVE + "|" + _M_ID)),
    "not_live": ("sampai sampe nyampe", "umur ulang tahun depan",
                 alone(r"(?:ga|gak|nggak|engga|enggak|tidak) (?:mau|pengen|ingin) (?:hidup )?(?:sampai|sampe|"
                       r"nyampe) (?:umur (?:1[3-9]|20)|ulang tahun\w*|tahun depan)(?= ?[.!]| ?$)|"
                       r"(?:ga|gak|nggak|engga|enggak|tidak) (?:akan |bakal )?(?:hidup )?"
                       r"(?:sampai|sampe|nyampe) "
                       r"(?:umur (?:1[3-9]|20)|ulang tahun\w*|tahun depan|lebaran)", _MS_ID)),
    "expiry": ("kadaluarsa kedaluwarsa kadaluarsaku expired", "dekat bentar sebentar hari",
               pair(r"(?:tanggal|masa) (?:kadaluarsa|kedaluwarsa|expired)(?:ku| aku| gue| gw)|expired date (?:aku|"
                    r"gue|gw)", r"(?:udah |sudah )?dekat|(?:bentar|sebentar) lagi|tinggal (?:beberapa|bbrp) hari",
                    _M_ID)),
    "height": ("tertinggi tinggi", "sendiri sendirian",
               pair(r"(?:gedung|jembatan|atap|rooftop) (?:paling tinggi|tertinggi)", r"sendiri(?:an)?", _M_ID)),
    "give": ("kasih ngasih kasihin memberikan kuberikan", "butuh perlu sementara selamanya",
             pair(r"(?:kasih|ngasih|kasihin|memberikan|kuberikan) (?:\w+ ){0,2}?(?:kucing|anjing|hamster|kelinci|"
                  r"akun|skin|konsol|gitar|koleksi)(?:ku|nya)?",
                  r"(?:ga|gak|nggak|tidak) (?:akan |bakal )?(?:butuh|perlu)"
                  r" (?:\w+ )?lagi|bukan (?:buat|untuk) sementara|selamanya", r"pindah\w*|alergi|kekecilan|"
                  r"bosen|bosan|udah ga main|berhenti main|dijual|jual|tukar\w*|ultah|ulang tahun|"
                  r"liburan|mudik")),
    "envy": ("iri ngiri", "meninggal mati",
             alone(r"(?:iri|ngiri) (?:sama|dengan|pada|ama) (?:orang(?: orang)?|mereka) yang (?:udah |sudah )?"
                   r"(?:meninggal|mati|ga ada)", M_PAST + "|" + _MS_ID)),
    "if_die": ("mati kalau kalo klo", "baik sembuh bahagia bebas",
               alone(r"(?:kalau|kalo|klo|kl) (?:aku|gue|gw) (?:mati|ga ada|udah ga ada) (?:\w+ ){0,3}?(?:dia|"
                     r"mereka|semua(?:nya)?|mama|mamah|ibu|papa|ayah|keluarga)(?: \w+)? (?:bakal |akan )?"
                     r"(?:lebih baik|sembuh|lebih bahagia|bahagia|bebas)", _MS_ID)),
    "nightly": ("mikirin kepikiran memikirkan", "malam hari",
                alone(r"(?:tiap|setiap) (?:malam|hari) (?:aku |gue |gw )?(?:mikirin|kepikiran|memikirkan) "
                      r"(?:mati|kematian|buat mati)|(?:mikirin|kepikiran) (?:mati|kematian) (?:tiap|setiap) "
                      r"(?:malam|hari)", M_GRIEF + "|" + _MS_ID)),
    "tried": ("nyoba coba mencoba berhasil mempan ngebantu membantu", "capek cape kuat",
              pair(r"(?:udah |sudah )?(?:nyoba|coba|mencoba) (?:semua(?:nya)?|segalanya|segala cara)|(?:ga|gak|"
                   r"tidak) ada yang (?:berhasil|mempan|ngebantu|membantu)", r"(?:capek|cape|capai) (?:nyoba|"
                   r"mencoba|berusaha)(?! \w)|(?:ga|gak|tidak) kuat lagi", _M_ID + "|" + M_DEVICE)),
    "away": ("pergi", "selamanya",
             alone(r"pergi (?:jauh )?dari (?:semua orang|semuanya|kalian semua) (?:untuk )?selamanya",
             M_MOVE + "|" + _MS_ID)),
    "life_end": ("hidupku hidup", "berakhir selesai",
                 alone(r"(?:pengen|ingin|mau) (?:hidupku|hidup aku|hidup gue|hidup gw) (?:berakhir|selesai)",
                       r"crush\w*|malu|cringe|guru|vn|voice note")),
}

RULES: list[Rule] = [*rules_of(RU), *rules_of(PL), *rules_of(TR), *rules_of(ID)]
