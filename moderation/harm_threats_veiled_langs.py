"""The threats of harm_threats_veiled.py in pl id ru tr (read its docstring
first; appended to `harm.RULES` with it; ar hi zh are in
harm_threats_veiled_scripts.py).

Written per language: "na twoim miejscu uważałbym... różne rzeczy się
zdarzają", "pożegnasz się z kontem", "mój starszy brat przyjdzie po
ciebie", "tylko pytam"; "kalo gue jadi lo sih hati2", "akun lo tinggal
nama", "abang gue bakal nyamperin lo, siap2 aja", "nanya doang"; "я бы на
твоём месте... мало ли что", "от твоего имени", "брат с пацанами тебя
встретят, готовься", "просто спрашиваю"; "yerinde olsam... kazalar olur",
"sen sen ol", "şifren bende", "abim seni bekliyor, hazır ol", "haberin
olsun".  Turkish puts the verb last and the condition before the pity
("kedin kaybolursa çok üzücü olur"), so its patterns run in that order.

Normalised forms: Polish and Turkish letters without their marks (ł l, ı i,
ş s, ğ g), Russian й и and ё е.
"""

from __future__ import annotations

from .harm_threats_veiled_cues import ADVICE, CONTEST, FOOD, FRIENDLY, NO_WIFI, pair
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"


def _acct(have: str, take: str) -> str:
    """The login held (not the wifi's), then the account taken."""
    return r"(?:" + have + r")" + NO_WIFI + r".{0,120}?(?:" + take + r")"


def _proxy(kin: str, on_you: str, seek: str, ready: str, told: str, plan: str) -> str:
    return (r"(?:" + kin + r")" + plan + r"[^?]{0,70}?(?:" + on_you + r")|(?:" + kin + r")" + plan
            + CONTEST + r"[^?]{0,70}?(?:" + seek + r").{0,60}?(?:" + ready + r")|(?:" + told + r")" + plan
            + r"[^?]{0,70}?(?:"
            + on_you + r"|" + seek + r")")


# -- Polish ------------------------------------------------------------------------------------------
_PL_PLAN = (r"(?!.*?\b(?:kino|kina|film|impreza|imprezy|urodziny|mecz|grac|zagrasz|pilke|trening|pizza|xd+|"
            r"haha\w*|podwiezie|odbierze|odwiezie)\b)")
_PL_AUD = (r"(?:calej (?:klasie|szkole)|wszystkim|na (?:grupe|grupie|story|instagram)|(?:twojej )?(?:mamie|"
           r"matce|starym|rodzicom)|do calej klasy)\b")
_PL = [
    rule("threat:stalking", "threat", "haslo hasla login dane",
         _acct(r"\b(?:mam|znam|wiem|zdobylem|zdobylam|ukradlem|ukradlam|zhakowalem|zhakowalam|dostalem|dostalam) "
               r"(?:\w+ ){0,2}?(?:(?:twoje|twoj|twojego|twoja) (?:\w+ ){0,2}?(?:haslo|hasla|login|dane logowania)|"
               r"(?:haslo|login|dane logowania) (?:do|od) (?:twojego|twojej|twoich|twoje|twoj) \w+)\b",
               r"\bpozegna(?:j|sz) sie\b|\bzegnaj\b|\b(?:wszystko )?(?:usune|usuwam|wyczyszcze|zbanuje|sprzedam|"
               r"wrzuce|wrzucam|napisze)\b|\b(?:z|ze) twojego konta\b|\bw twoim imieniu\b|\bkonto (?:bedzie|jest) "
               r"(?:puste|moje|usuniete)\b")),
    rule("threat:veiled", "threat", "miejscu gdybym",
         r"\b(?:na twoim miejscu|gdybym byl(?:a)? toba)\b" + ADVICE + r".{0,60}?\b(?:uwazal(?:bym|abym)|bal(?:bym|"
         r"abym) sie|nie "
         r"(?:chodzil|wracal|szedl)\w*|ogladal(?:bym|abym) sie|patrzyl(?:bym|abym))\b.{0,90}?\b(?:wypadki (?:sie )?"
         r"(?:zdarzaja|chodza po ludziach)|(?:rozne rzeczy|wszystko|roznie) (?:sie )?(?:zdarzaja|zdarza|moze sie "
         r"zdarzyc|bywa)|tak tylko mowie|tylko mowie|nigdy nie wiadomo|kto wie co sie (?:moze )?stac|ostrzegam)\b"),
    rule("threat:veiled", "threat", "lepiej",
         r"\blepiej (?:uwazaj|badz ostrozn\w*|ogladaj sie|pilnuj sie)(?: na siebie)?\b(?:" + _END + r"| od (?:teraz|"
         r"dzisiaj|dzis|jutra)| od tej pory|.{0,60}?\b(?:tylko mowie|nigdy nie wiadomo|wypadki sie zdarzaja)\b)"),
    rule("threat:veiled", "threat", "szkoda smutno placz dziw kot kotek pies piesek krolik chomik kon buda",
         r"\b(?:szkoda by bylo|byloby (?:szkoda|smutno)|smutno by bylo|nie (?:placz|dziw sie)),? (?:gdyby|jakby|"
         r"jesli|jak|gdy) (?:\S+ ){0,2}?(?:twoj|twoja|twojego|twoje) (?:\w+ )?(?:kot|kotek|kotka|pies|piesek|"
         r"krolik|chomik|papuga|zolw|kon) (?:\S+ ){0,2}?(?:znikn\w*|zaginal\w*|zgubil\w*|nie wrocil\w*|uciekl\w*)|"
         r"\b(?:wiem gdzie (?:spi|jest|stoi|mieszka) )?(?:twoj|twoja|wasz|wasza) (?:\w+ )?(?:kot|pies|krolik|kon|"
         r"klatka|buda) (?:\S+ ){0,2}?(?:zawsze |ciagle )?(?:jest|spi|biega|siedzi) (?:\w+ )?(?:na dworze|w "
         r"ogrodzie|na balkonie|luzem|na podworku|sam)\b.{0,50}?\b(?:uwazaj na (?:niego|nia)|pilnuj (?:go|jej)|"
         r"szkoda by bylo|tylko mowie|tak dla info)\b"),
    rule("threat:violence", "threat", "brat bracia kuzyn kuzyni wujek bratu kuzynowi kolegami kumplami starsi "
         "chlopaki koledzy kumple",
         _proxy(r"\b(?:moj|moi|mojego) (?:starszy |starsi |duzy |)(?:brat|bracia|kuzyn|kuzyni|wujek)\b|\b(?:z|jego|"
                r"moimi) (?:kolegami|kumplami|ziomkami)\b|\b(?:starsi|chlopaki) z \w+\b",
                r"\b(?:zajmie|zajma) sie toba|\bsie toba zajm(?:ie|a)\b|\bpolicz(?:y|a) sie z toba\b|\bprzyjd(?:zie|a) "
                r"po ciebie\b|\bdorw(?:ie|a) cie\b|\bnaucz(?:y|a) cie\b",
                r"\b(?:czeka|czekaja|poczeka|poczekaja) na ciebie\b|\b(?:znajdzie|znajda|odwiedzi|odwiedza|spotka|"
                r"spotkaja) cie\b|\bwiedza kim jestes\b",
                r"\b(?:szykuj sie|przygotuj sie|powodzenia|zobaczysz|uciekaj|badz gotow\w*)\b",
                r"\b(?:powiedzialem|powiedzialam|pokazalem|pokazalam|mowilem) (?:wszystko )?(?:bratu|kuzynowi|wujkowi|"
                r"mojemu bratu|starszemu bratu)\b", _PL_PLAN)),
    rule("threat:veiled", "threat", "siostra siostrzyczka brat braciszek kuzynka kuzyn siostrze bratu",
         r"\b(?:twoja|twoj) (?:\w+ )?(?:siostra|siostrzyczka|brat|braciszek|kuzynka|kuzyn)(?: \w+)? (?:chodzi do "
         r"\w+|jest w \w+|sam wraca|sama wraca|wraca sam\w*|chodzi sam\w*|jezdzi autobusem)\b(?!.*?\b(?:moja tez|"
         r"moj tez|tez|kolezanki|koledzy|przyjaznia|razem|basen|samochody)\b)" + FRIENDLY + r".{0,60}?\b(?:tylko "
         r"pytam|pytam tylko|tylko mowie|tak tylko mowie|pilnuj (?:jej|go)|uwazaj na (?:nia|niego)|szkoda by bylo|"
         r"miej (?:ja|go) na oku)\b|\b(?:postaram sie|zrobie tak),? (?:zeby|by|ze) (?:twoja|"
         r"twoj) (?:\w+ )?(?:siostra|brat) "
         r"(?:\w+ ){0,2}?(?:okropny|najgorszy|fatalny|straszny|koszmarny) dzien\b|\bzamienie (?:twojej|twojemu) "
         r"(?:\w+ )?(?:siostrze|bratu) zycie w pieklo\b"),
    rule("threat:exposure", "threat", "slowo raz jak jesli powiedz wszyscy cala zrobie robie",
         r"\b(?:jeszcze (?:jedno )?slowo|jeszcze raz|jak (?:powiesz|pisniesz|komus powiesz|mnie zablokujesz)|"
         r"jesli (?:powiesz|komus powiesz)|powiedz (?:pani|nauczycielce|komus))\b[^?]{0,50}?\b(?:wysle|wysylam|"
         r"wrzuce|wrzucam|pokaze|rozesle|powiem|opowiem|udostepnie) (?:(?:twoje|te|tamte) (?:\w+ )?(?:zdjecia|"
         r"zdjecie|fotki|fotke|filmiki|filmik|screeny|wiadomosci|rozmowy)|twoja (?:rozmowe|tajemnice|fotke)|"
         r"twoj (?:sekret|pamietnik))[^.!?]{0,30}?" + _PL_AUD + r"|" + pair(
             r"\b(?:jak|jesli|jezeli) (?:nie zrobisz (?:tego )?co (?:ci )?(?:mowie|kaze|powiem)|powiesz|pisniesz)\b",
             r"\b(?:wszyscy|cala (?:klasa|szkola)) (?:sie )?(?:dowiedza|dowie|beda wiedziec)\b", 60)
         + r"|\b(?:zrobie|robie) (?:screena|screeny|zrzut) (?:twojej|twoich) (?:rozmowy|rozmow|wiadomosci|czatu) z "
         r"\w+[^.!?]{0,40}?\b(?:wrzuce|wrzucam|wysle) (?:na|do) (?:story|grupe|instagram|klasowa)\b"),
    rule("threat:weapon", "threat", "noz noza scyzoryk kose maczete kij kija palke kastet mlotek pistolet bron",
         r"\b(?:przyniose|wezme|biore|mam|bede mial|bede miec) (?:\S+ ){0,3}?(?:noz|scyzoryk|kose|maczete|kij|palke|"
         r"kastet|mlotek|pistolet|bron)\b" + FOOD + r"[^?]{0,50}?(?:\bzobaczymy (?:kto|czy)\b|\bzobaczysz" + _END
         + r"|\bdla ciebie\b|\bczeka na ciebie\b)"),
]

# -- Indonesian --------------------------------------------------------------------------------------
_ID_YOU = r"(?:lo|lu|loe|elo|kamu|km|mu)"
_ID_PLAN = (r"(?!.*?\b(?:bioskop|nonton|film|pesta|ultah|ulang tahun|main bola|futsal|latihan|makan|jemput|"
            r"wkwk\w*|haha\w*)\b)")
_ID = [
    rule("threat:stalking", "threat", "password pw pass sandi login",
         _acct(r"\b(?:gue|gw|gua|aku|ak|w|gwe|saya) (?:udah |sudah |dah |skrg |sekarang )?(?:punya|tau|tahu|dapet|"
               r"dapat|nemu|pegang|nyolong|ngehack) (?:\w+ ){0,2}?(?:password|pw|pass|sandi|kata sandi|login)\b"
               r"(?: \w+){0,3}? " + _ID_YOU + r"\b|\b(?:password|pw|pass|sandi) (?:\w+ ){0,3}?" + _ID_YOU
               + r" (?:udah |sudah |dah )?(?:di|ada di|sama) (?:gue|gw|aku)\b",
               r"\b(?:hapus|hapusin|apus|apusin|kosongin|kosongkan|jual|jualin|ambil alih)\b|\b(?:dadah|bye|babay|"
               r"selamat tinggal) (?:akun|skin)\w*\b|\btinggal nama\b|\b(?:posting|post|upload|ngepost) (?:\w+ ){0,3}?"
               r"(?:pake|pakai|dari|lewat) akun\b|\batas nama " + _ID_YOU + r"\b")),
    rule("threat:veiled", "threat", "jadi jd mending mendingan hati2 hati ati2 sebaiknya",
         r"\b(?:kalo|kalau|klo) (?:gue|gw|aku|gua) (?:jadi|jd) " + _ID_YOU + r"\b" + ADVICE + r".{0,60}?\b(?:hati2|"
         r"hati hati|"
         r"waspada|ati2|jaga diri|gak bakal|ga bakal|nggak bakal)\b.{0,90}?\b(?:kecelakaan (?:\w+ ){0,3}?(?:terjadi|"
         r"kejadian)|(?:apa aja|apapun) bisa terjadi|(?:ga|gak|nggak) ada yang tau|cuma ngingetin|udah gue "
         r"ingetin)\b|\b(?:mending|mendingan|lebih baik|sebaiknya) (?:" + _ID_YOU + r" )?(?:hati2|hati hati|jaga "
         r"diri|waspada)(?: \w+){0,2}? (?:mulai (?:sekarang|hari ini|besok)|dari sekarang)\b|\b(?:hati2|hati hati|"
         r"ati2) aja\b.{0,60}?\b(?:kecelakaan (?:\w+ ){0,3}?(?:terjadi|kejadian)|(?:apa aja|apapun) bisa terjadi|"
         r"cuma ngingetin)\b(?!.*?\b(?:licin|hujan|banjir|macet|rusak|ujian)\b)"),
    rule("threat:veiled", "threat", "sayang kasian kasihan sedih nangis kaget kucing anjing kelinci kandang",
         r"\b(?:sayang (?:banget|bgt)|kasian|kasihan|sedih|jangan (?:nangis|kaget))(?: \w+)? (?:kalo|kalau|klo) "
         r"(?:\S+ ){0,2}?(?:kucing|anjing|kelinci|hamster|burung|kura2|kuda|peliharaan) " + _ID_YOU + r" (?:\S+ ){0,2}?"
         r"(?:ilang|hilang|ga pulang|gak pulang|nggak pulang|kabur|kenapa2|lenyap)\b|\b(?:kucing|anjing|kelinci|"
         r"kandang) " + _ID_YOU + r" (?:\S+ ){0,3}?(?:di teras|di luar|di jalan|di halaman|di balkon|keluyuran)\b"
         r".{0,50}?\b(?:hati2 aja|jagain|awasin|sayang kalo|cuma ngingetin)\b"),
    rule("threat:violence", "threat", "abang kakak kak sepupu om paman temen2nya temen anak anak2 gue aku gw",
         _proxy(r"\b(?:abang|kakak|kak|sepupu|om|paman) (?:gue|gw|aku|gua)\b|\btemen2 ?(?:nya|gue|gw)\b|\btemen "
                r"temen(?:nya)?\b|\banak2? (?:kelas \w+|stm|smk|sma)\b",
                r"\b(?:beresin|ngeberesin|ngurusin|ngabisin|habisin|nyamperin|samperin|ngehajar|hajar|ngasih pelajaran|"
                r"kasih pelajaran) " + _ID_YOU + r"\b",
                r"\b(?:nungguin|nunggu|tungguin|nyariin|nyari|cariin|nemuin|datengin) " + _ID_YOU + r"\b|\btau "
                + _ID_YOU + r" yang mana\b",
                r"\b(?:siap2 aja|siap siap|siap2|good luck|semoga beruntung|liat aja|awas)\b",
                r"\b(?:gue|gw|aku) (?:aduin|bilangin|ceritain|kasih tau) (?:ke )?(?:abang|kakak|sepupu|om)\b",
                _ID_PLAN)),
    rule("threat:veiled", "threat", "adek adik adikmu adekmu kakak",
         r"\b(?:(?:adek|adik|kakak) " + _ID_YOU + r"|adikmu|adekmu)(?: \w+){0,3}? (?:kelas \w+|sekolah di \w+|"
         r"pulang(?:nya)? (?:sekolah )?sendiri\w*|sendirian|naik angkot)\b(?!.*?\b(?:adek gue|adik aku|"
         r"adek aku|juga|temenan|bareng|kolam)\b)" + FRIENDLY + r".{0,60}?\b(?:nanya doang|cuma nanya|nanya aja|"
         r"jagain|awasin|sayang kalo kenapa2|cuma ngingetin)\b|\b(?:gue|gw|aku) (?:bakal|akan|mau) (?:bikin|"
         r"buat) (?:adek|adik|kakak) " + _ID_YOU
         + r" (?:\w+ ){0,3}?(?:hari yang buruk|menderita|nangis|sengsara)\b"),
    rule("threat:exposure", "threat", "sekali ngomong kalo kalau klo ngadu coba semua satu ss screenshot",
         r"\b(?:sekali lagi|ngomong lagi|(?:kalo|kalau|klo) " + _ID_YOU + r" (?:ngadu|bilang|cerita|lapor|block|"
         r"blokir)|coba aja ngadu)\b[^?]{0,50}?\b(?:foto2|foto|video|chat|ss|rahasia|aib)(?: \w+)? " + _ID_YOU
         + r"\b[^.!?]{0,20}?\b(?:gue |gw |aku )?(?:kirim|sebar|sebarin|post|posting|upload|bocorin)\b|\b(?:"
         + _ID_YOU + r" ngadu|sekali lagi)\b[^?]{0,30}?\b(?:gue|gw|aku) (?:kirim|sebar|sebarin|bocorin|post|"
         r"upload) (?:foto2|foto|video|chat|ss|rahasia|aib)(?: \w+)? " + _ID_YOU + r"\b[^.!?]{0,40}?\b(?:ke |di )?"
         r"(?:grup (?:kelas|angkatan|sekolah)|satu (?:sekolah|kelas|angkatan)|semua orang|story)\b|" + pair(
             r"\b(?:kalo|kalau|klo) " + _ID_YOU + r" (?:ga|gak|nggak|tidak) (?:nurut|mau nurut|ikutin)\b|\b(?:kalo|"
             r"kalau|klo) " + _ID_YOU + r" (?:ngadu|bilang|lapor)\b",
             r"\b(?:semua orang|satu sekolah|satu kelas|satu angkatan) (?:bakal |akan )?(?:tau|tahu)\b", 60)
         + r"|\b(?:gue|gw|aku) (?:ss|screenshot) (?:chat|dm) " + _ID_YOU + r" (?:sama|dengan|ama) \w+[^.!?]{0,40}?"
         r"\b(?:post|posting|upload|kirim|sebar)\w* (?:di|ke) (?:story|grup|sosmed|instagram)\b"),
    rule("threat:weapon", "threat", "pisau celurit golok parang gir pentungan pistol senjata cutter",
         r"\b(?:bawa|bawain|ada) (?:\S+ ){0,3}?(?:pisau|celurit|golok|parang|gir|pentungan|pistol|senjata|cutter)\b"
         + FOOD + r"[^?]{0,50}?(?:\bliat aja (?:siapa|" + _ID_YOU + r")\b|\bbuat " + _ID_YOU + r"\b|\bnungguin "
         + _ID_YOU
         + r"\b)"),
]

# -- Russian -----------------------------------------------------------------------------------------
_RU_PLAN = (r"(?!.*?(?:кино|фильм|вечеринк|днюх|день рождения|футбол|играть|сыграешь|трениров|пицц|ахах|хаха|"
            r"заберет|подвезет|проводит))")
_RU = [
    rule("threat:stalking", "threat", "пароль пароли логин доступ пароля",
         _acct(r"\b(?:у меня (?:есть )?|я знаю |знаю |я нашел |нашел |я узнал |узнал |я взломал |взломал |"
               r"спалил )(?:\w+ ){0,2}?(?:(?:твои|твоя) (?:\w+ )?(?:пароль|логин)|(?:пароль|логин|доступ) (?:от|к) "
               r"(?:твоего|твоеи|твоему|твоим|твоих|твои) \w+)",
               r"\b(?:удалю|снесу|почищу|очищу|обнулю|забаню|продам|прощаися|попрощаися|прощаи|выложу|запощу|буду "
               r"постить)\b|\bот твоего имени\b|\b(?:аккаунта|акка|страницы|профиля) (?:больше )?не будет\b|\bбудет "
               r"(?:много )?интересного\b|\b(?:будет|станет) пуст\w*")),
    rule("threat:veiled", "threat", "месте будь лучше",
         r"\b(?:на твоем месте|будь я тобои)\b" + ADVICE + r".{0,60}?\b(?:поосторожнее|осторожнее|не ходил\w*|"
         r"не гулял\w*|"
         r"смотрел\w* по сторонам|оглядывал\w*|берегся|береглась)\b.{0,90}?\b(?:несчастные случаи (?:бывают|"
         r"случаются)|всякое (?:бывает|случается)|мало ли(?: что)?|просто говорю|я предупредил\w*|кто знает)\b|"
         r"\b(?:тебе )?лучше (?:быть )?(?:поосторожнее|осторожнее|оглядываться|беречься)\b(?:" + _END
         + r"|(?: \S+){0,2}? (?:с (?:этого|сегодняшнего) дня|отныне|теперь)|.{0,60}?\b(?:мало ли|всякое бывает|"
         r"просто говорю)\b)"),
    rule("threat:veiled", "threat", "грустно жаль обидно плачь удивляися кошка кот котик собака пес кролик",
         r"\b(?:(?:будет|было бы) (?:очень )?(?:грустно|жаль|обидно)|не (?:плачь|удивляися)),? (?:если|когда) "
         r"(?:\S+ ){0,2}?(?:твоя|твои|твое|ваша|ваш) (?:\w+ )?(?:кошка|кот|котик|собака|пес|песик|щенок|хомяк|кролик|"
         r"попугаи|черепаха|лошадь) (?:\S+ ){0,2}?(?:пропадет|пропал\w*|исчезнет|исчез\w*|потеряется|не вернется|"
         r"сбежит)|\b(?:я знаю где (?:спит|живет|гуляет|стоит) )?(?:твоя|твои|ваш|ваша) (?:\w+ )?(?:кошка|кот|"
         r"собака|пес|кролик|клетка|будка) (?:\S+ ){0,2}?(?:всегда |вечно )?(?:гуляет|сидит|спит|бегает|живет) "
         r"(?:\w+ )?(?:на улице|во дворе|на балконе|без поводка|один|одна)\b.{0,50}?\b(?:береги (?:его|ее)|смотри "
         r"за (?:ним|неи)|будет жаль|просто говорю|к сведению)\b"),
    rule("threat:violence", "threat", "брат братья кузен дядя брату кузену друзьями пацанами корешами ребятами "
         "старшаки пацаны старшие",
         _proxy(r"\b(?:мои|моему) (?:старшии |двоюродныи |)(?:брат|братья|кузен|дядя)\b|\b(?:друзьями|пацанами|"
                r"корешами|ребятами)\b|\bстаршаки\b|\b(?:пацаны|старшие) из \w+\b",
                r"\b(?:разберется|разберутся) с тобои\b|\bс тобои (?:разберется|разберутся)\b|\bприд(?:ет|"
                r"ут) за тобои\b|\bзаим(?:ется|утся) тобои\b|"
                r"\bнауч(?:ит|ат) тебя\b",
                r"\b(?:ждет|ждут|подождет|подождут|встретят|встретит|наидет|наидут|навестит|навестят) тебя\b|\bтебя "
                r"(?:\S+ ){0,3}?(?:встретят|встретит|ждут|ждет|подождут|наидут|поимают)\b|\bзнают кто ты\b",
                r"\b(?:готовься|приготовься|удачи|увидишь|беги|берегись)\b",
                r"\bя (?:все )?(?:рассказал\w*|сказал\w*|показал\w*) (?:моему )?(?:старшему )?(?:брату|кузену|"
                r"дяде)\b", _RU_PLAN)),
    rule("threat:veiled", "threat", "сестра сестренка брат братик сестре брату сестренке",
         r"\b(?:твоя|твои) (?:\w+ )?(?:сестра|сестренка|брат|братик)(?: \w+)? (?:в \d\w*|учится в \w+|ходит (?:\w+ )"
         r"{0,2}?(?:один|одна)|один ходит|одна ходит|(?:один|одна) (?:домои )?ходит|возвращается (?:\w+ )?(?:один|"
         r"одна)|ездит на автобусе)\b(?!.*?(?:моя тоже|мои тоже|тоже|дружат|вместе|бассеин))" + FRIENDLY
         + r".{0,60}?\b(?:просто спрашиваю|просто интересуюсь|просто говорю|присматриваи за (?:неи|ним)|береги "
         r"(?:ее|его)|смотри за (?:неи|ним)|будет жаль|чисто спросить)\b|\b(?:я )?(?:устрою|сделаю) (?:твоеи|"
         r"твоему) (?:\w+ )?(?:сестре|"
         r"брату|сестренке|братику) (?:\w+ ){0,2}?(?:ужасныи|худшии|адскии|веселенькии) (?:день|неделю)\b"),
    rule("threat:exposure", "threat", "еще если расскажешь все вся весь заскриню скриню скрин",
         r"\b(?:еще (?:одно )?слово|еще раз|если (?:расскажешь|скажешь|пожалуешься|заблокируешь)|расскажешь "
         r"(?:училке|учительнице|маме|кому-то|кому то))\b[^?]{0,50}?\b(?:скину|отправлю|выложу|покажу|разошлю|"
         r"солью|кину|расскажу) (?:(?:твои|эти|те) (?:\w+ )?(?:фотки|фото|фотографии|видео|скрины|сообщения)|твою "
         r"(?:переписку|фотку|таину))[^.!?]{0,30}?\b(?:всему (?:классу|школе)|всем|в (?:общии чат|чат класса|"
         r"сторис|группу|инстаграм)|твоеи (?:маме|мамке)|твоим родителям)\b|\b(?:еще (?:одно )?слово|еще раз)\b"
         r"[^?]{0,30}?\bтвои (?:\w+ )?(?:фотки|фото|видео|скрины|переписка)\b[^.!?]{0,20}?\b(?:улетят|полетят|"
         r"окажутся|уидут|попадут) (?:в|на|к) (?:общии чат|чат|сторис|группу|всем|интернет)\b|" + pair(
             r"\bесли не (?:сделаешь|будешь делать) (?:то )?что я (?:скажу|говорю|сказал)\b|\b(?:если )?"
             r"(?:расскажешь|скажешь|пожалуешься)\b",
             r"\b(?:все|вся школа|весь класс) (?:узнают|узнает|будут знать)\b", 60)
         + r"|\b(?:заскриню|скриню|сделаю скрин) (?:твоеи |твою )?(?:переписк\w+|сообщения|чат) с \w+[^.!?]{0,40}?"
         r"\b(?:выложу|скину|кину|отправлю) (?:в (?:сторис|общии чат|группу|инстаграм)|всем)\b"),
    rule("threat:weapon", "threat", "нож ножик кастет бита биту арматура арматуру пистолет травмат ствол заточку",
         r"\b(?:принесу|возьму|беру|захвачу|будет|есть) (?:\S+ ){0,3}?(?:нож|ножик|кастет|бита|биту|арматура|"
         r"арматуру|пистолет|травмат|ствол|заточка|заточку)\b" + FOOD + r"[^?]{0,50}?(?:\bпосмотрим (?:кто|как ты|"
         r"будешь ли)\b|"
         r"\bувидишь" + _END + r"|\bдля тебя\b|\bждет тебя\b)"),
]

# -- Turkish -----------------------------------------------------------------------------------------
_TR_PET = r"(?:kedin|kedini|kopegin|kopegini|kopegi|kedi|kopek|tavsanin|tavsan|hamsterin|kusun|atin)"
_TR = [
    rule("threat:stalking", "threat", "sifren sifreni parolan parolani sifresini sifresi parolasini",
         _acct(r"\b(?:sifren|sifreni|parolan|parolani|hesabinin (?:sifresini|sifresi|parolasini)) (?:\w+ ){0,2}?"
               r"(?:bende|buldum|biliyorum|ele gecirdim|aldim|ogrendim|elimde)\b",
               r"\b(?:silerim|silecegim|silicem|siliyorum|bosaltirim|bosaltacagim|satarim|satacagim|veda et|elveda "
               r"de|bay bay|bye bye)\b|\bsenin adina\b|\bpaylas(?:acagim|icam|irim)\w*\b|\bhesabin (?:gitti|bitti|"
               r"artik benim)\b")),
    rule("threat:veiled", "threat", "yerinde olsam sen dikkat arkani bundan",
         r"\b(?:senin )?yerinde olsam\b" + ADVICE + r".{0,60}?\b(?:dikkat ederdim|arkama bakardim|yalniz (?:gezmezdim|"
         r"yurumezdim|donmezdim))\b.{0,90}?\b(?:kazalar (?:olur|oluyor)|her sey olabilir|belli olmaz|sadece "
         r"soyluyorum|benden soylemesi|haberin olsun)\b|\bsen sen ol\b|\b(?:bundan sonra|bundan boyle|artik) "
         r"(?:kendine )?(?:dikkat etsen iyi olur|arkani kolla)\b"),
    rule("threat:veiled", "threat", "kedin kedini kopegin kopegini kopegi kedi kopek tavsanin tavsan hamsterin",
         r"\b" + _TR_PET + r"\b.{0,60}?\b(?:kaybolursa|kaybolsa|yok olursa|ortadan kaybolursa|yerinde olmazsa|eve "
         r"donmezse|gelmezse|basina bir sey gelirse|bir sey olursa) (?:\S+ ){0,2}?(?:(?:cok |bayagi )?(?:uzucu|yazik|"
         r"kotu) olur|sasirma|aglama|cok uzulursun)\b|\b" + _TR_PET + r" (?:\S+ ){0,2}?(?:hep |her zaman )?"
         r"(?:disarida|bahcede|balkonda|sokakta)\b.{0,50}?\b(?:haberin olsun|sadece soyluyorum|yazik olur|kolla)\b"),
    rule("threat:violence", "threat", "abim abimler kuzenim kuzenime dayim amcam arkadaslari arkadaslarim "
         "cocuklara cocuklar siniftakiler abiler",
         _proxy(r"\b(?:abim|abimler|kuzenim|kuzenime|dayim|amcam|abime|abilerim)\b|\b(?:arkadaslari|arkadaslarim|"
                r"\w+ cocuklar\w*|siniftakiler|abiler)\b",
                r"\b(?:seninle (?:ilgilenecek|ilgilenecekler|gorusecek|gorusecekler|hesaplasacak)|seni (?:bulacak|"
                r"bulacaklar|halledecek|halledecekler|duzeltecek|adam edecek))\b",
                r"\bseni (?:\w+ ){0,3}?(?:bekliyor|bekliyorlar|bekleyecek|bekleyecekler|bir gorsunler|gorsunler|"
                r"gorecek|"
                r"arayacak)\w*\b",
                r"\b(?:hazir ol|hazirlan|kolay gelsin|bol sans|gorursun|yeter|kacsan iyi olur)\b",
                r"\b(?:abime|kuzenime|dayima|amcama|\w+ cocuklara) (?:\w+ ){0,3}?(?:anlattim|soyledim|soyledim|"
                r"gosterdim)\b",
                r"(?!.*?\b(?:sinema|film|parti|dogum gunu|mac|top|futbol|antrenman|pizza|yemek|haha\w*|alacak)\b)")),
    rule("threat:veiled", "threat", "kardesin kardesinin kardesini",
         r"(?:\b(?:kiz |erkek |kucuk )?kardesin (?:\w+ ){0,2}?(?:\w+'?(?:de|da|te|ta)|tek basina|yalniz|okula "
         r"gidiyor|okuldan \w+)|\bkardesinin (?:okulu|sinifi|servisi|okul yolu))\b(?!.*?\b(?:benimki|benim "
         r"kardesim|de oyle|arkadas\w*|beraber|birlikte|havuz)\b)" + FRIENDLY + r".{0,60}?\b(?:sadece soruyorum|"
         r"soruyorum sadece|haberin olsun|ona iyi bak|ona dikkat et|gozun ustunde olsun|yazik olur)\b|\b(?:kiz |"
         r"kucuk )?kardesinin (?:gununu|hayatini) (?:berbat|zehir|cehenneme) "
         r"(?:edecegim|ederim|edicem)\b"),
    rule("threat:exposure", "threat",
         "kelime daha yapmazsan soylersen herkes butun mesajlarinin konusmanin yazismanin videoyu videonu "
         "fotograflarini tum",
         r"\b(?:bir kelime daha|bir daha|(?:ogretmene |hocaya |birine )?soylersen|sikayet edersen)\b[^?]{0,50}?"
         r"\b(?:fotograflarini|videolarini|videonu|mesajlarini|sirrini|ss'?lerini)\b[^.!?]{0,30}?\b(?:herkese|butun "
         r"sinifa|tum okula|okula|gruba|hikayeme|annene|babana) (?:\w+ )?(?:atarim|atacagim|gonderirim|"
         r"yayarim|koyarim|gosteririm|anlatirim)\b|" + pair(
             r"\b(?:dedigimi|soyledigimi) yapmazsan\b|\b(?:ogretmene |hocaya |birine )?soylersen\b",
             r"\b(?:herkes|butun sinif|tum okul|butun okul) (?:\w+ ){0,3}?(?:ogrenecek|ogrenir|duyacak|bilecek)\b",
             60)
         + r"|\b\w+ ile (?:olan )?(?:mesajlarinin|konusmanin|yazismanin) (?:ss'?ini|ekran goruntusunu) (?:alip|"
         r"alir) (?:hikayeme|gruba|herkese) (?:koyacagim|atacagim|koyarim|atarim)\b|\b(?:videoyu|videonu|"
         r"fotograflarini|fotograflari|mesajlarini) (?:herkese|butun sinifa|tum okula|gruba) (?:atarim|atacagim|"
         r"gonderirim|yayarim)\b.{0,30}?\b(?:sonra aglama|pisman olursun|haberin olsun|gorursun)\b|\b\w+(?:digini|"
         r"dugunu|tigini|tugunu|dugunu) (?:tum okula|butun okula|butun sinifa|herkese) (?:yayarim|yayacagim|"
         r"soylerim|anlatirim|anlatacagim)\b"),
    rule("threat:weapon", "threat", "bicak bicagi caki sopa sopayi muşta musta tabanca silah",
         r"\b(?:bicak|bicagi|caki|sopa|sopayi|musta|tabanca|silah)\w*\b" + FOOD + r"[^?]{0,30}?\b(?:getiriyorum|"
         r"getirecegim|"
         r"getiricem|var|olacak)\b[^?]{0,40}?(?:\bbakalim kim\b|\bgorursun\b|\bsenin icin\b|\bgorusuruz\b)|"
         r"\bsenin icin (?:bir )?(?:bicak|caki|sopa|musta|tabanca|silah)\b" + FOOD),
]

RULES: list[Rule] = [*_PL, *_ID, *_RU, *_TR]
