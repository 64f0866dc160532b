"""Someone else at risk right now, in Polish, Indonesian, Arabic, Hindi
(Hinglish and Devanagari) and Chinese (see `selfharm_others_acute.py`
for the class and the gates).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule
from .selfharm_others_acute import _NB, _acute_more, _rule
from .selfharm_others_acute_more import TEXTS

# -- pl (the possessive is often left out: "kolezanka napisala...") ------------------------------
_WHO_PL = (
    r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?<!kiedys )(?<!temu )(?<!roku )(?<!sobie )(?:"
    r"(?:(?:moja|moj|nasza|nasz) )?(?:najlepsza |najlepszy |mlodsza |mlodszy |starsza |starszy )?"
    r"(?:przyjaciolka|przyjaciel|kolezanka|kolega|siostra|siostrzyczka|brat|braciszek|kuzynka|kuzyn|"
    r"dziewczyna|chlopak|mama|tata|matka|ojciec|ciocia|wujek|sasiadka|sasiad|psiapsiolka|psiapsi|ziomek|"
    r"ziomal|bff)|(?:jedna|jeden|pewna|pewien) (?:dziewczyna|chlopak|kolezanka|kolega|laska|typ) (?:z|w) "
    r"(?:mojej |naszej )?(?:klasy|szkoly|grupy|druzyny)|ktos z (?:mojej |naszej )?klasy|(?:ona|on) "
    r"(?:wlasnie |dopiero co )?(?:mi|nam) (?:napisala|napisal|powiedziala|powiedzial|wyslala|wyslal))"
)
_GUARD_PL = (
    r"w zeszlym roku|zeszlego lata|(?:\w+ )?(?:lata|lat|rok|miesiace|miesiecy|tygodnie) temu|kiedy "
    r"(?:bylismy|bylam|bylem) (?:mal\w+|dziecmi)|(?:juz|teraz) (?:jest |czuje sie )?(?:ok|okej|dobrze|"
    r"w porzadku|lepiej|bezpieczn\w+)|dostal\w* pomoc|wyzdrowial\w*|serial\w*|sezon\w*|odcin\w+|film\w*|"
    r"ksiazk\w+|powiesc\w*|anime|mang\w+|postac\w*|bohater\w*|netflix\w*|wiadomosciach|news\w*|"
    r"artykul\w*|dokument\w*|w grze|minecraft\w*|roblox\w*|fortnite\w*|mikstur\w+|eliksir\w*|przypadkiem|"
    r"przez przypadek|niechcacy|gotujac|przy gotowaniu|krojac|przy goleniu|golac|upadl\w*|przewrocil\w*|"
    r"na (?:bol glowy|alergie|okres|przeziebienie|goraczke|migrene|astme)|na przyklad|uczylismy sie|na "
    r"lekcji|warsztat\w*|co robic gdy|co robic jesli|co zrobic jesli|hipotetycz\w+"
)
_PILLS_PL = (
    r"tablet\w*|pigul\w*|lekow|leki|lekami|lekarstw\w*|prochy|prochow|proszk\w*|nasenn\w+|"
    r"antydepresant\w*|paracetamol\w*|ibuprom\w*|apap\w*|emoji_pill"
)
_LOTS_PL = (
    r"duzo|mnostwo|cale opakowanie|cala paczke|cale pudelko|cala butelke|cala fiolke|caly blister|"
    r"wszystkie(?: swoje| mamy| jej| jego)?|garsc|kupe|kilkanascie|kilkadziesiat|opakowanie|dwa "
    r"opakowania|paczke|(?:z |okolo |jakies |chyba )?(?:[1-9]\d+|dwadziescia|trzydziesci|czterdziesci|"
    r"piecdziesiat|sto)"
)
_ACTS_PL = (
    r"(?:nalykala sie|nalykal sie|nazarla sie|nazarl sie) (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"(?:polknela|polknal|wziela|wzial|lyknela|lyknal|zazyla|zazyl|lyka|bierze|wypila|wypil|zjadla|"
    r"zjadl) (?:\S+ ){0,2}?(?:" + _LOTS_PL + r") (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"przedawkowal\w*|przedawkowanie|"
    r"(?:wypila|wypil|polknela|polknal|lyknela|lyknal|pije) (?:\S+ ){0,3}?(?:wybielacz\w*|domestos\w*|"
    r"trucizn\w+|trutk\w+|srodek do czyszczenia|plyn do (?:mycia|czyszczenia)|kreta|kwas\w*|"
    r"rozpuszczalnik\w*)|"
    r"(?:pociela sie|pocial sie|tnie sie|pocieta|pociety|podciela sobie|podcial sobie|przeciela sobie|"
    r"przecial sobie|pociela sobie|pocial sobie) (?:\S+ ){0,5}?(?:gleboko|mocno|bardzo|zyly|nadgarst\w+|"
    r"krew nie przestaje leciec|nie przestaje krwawic|krwawi (?:mocno|bardzo|strasznie)|wszedzie krew|"
    r"duzo krwi|teraz|wlasnie)|(?:podciela|podcial|przeciela|przecial) (?:sobie )?(?:zyly|nadgarstki)|"
    r"(?:chce|zaraz|mowi ze|powiedziala ze|powiedzial ze|grozi ze|zamierza|ma zamiar) (?:\S+ ){0,2}?"
    r"(?:skoczy\w*|skakac|rzuci sie|rzucic sie|zeskoczy\w*) (?:\S+ ){0,3}?(?:z |pod |przez )(?:\S+ )?"
    r"(?:mostu|dachu|okna|balkonu|wiezowca|bloku|klifu|skaly|pociag|tory|samochod)|"
    r"(?:stoi|siedzi|jest|wlazla|wszedl|weszla) (?:\S+ ){0,2}?na (?:dachu|moscie|krawedzi|torach|gzymsie|"
    r"parapecie|barierce|balustradzie) (?:\S+ ){0,12}?(?:skoczy\w*|skakac|rzuci\w*|umrzec|zabic|zegna|"
    r"pozegnal\w*)|"
    r"(?:chce|zamierza|ma zamiar|mowi ze|powiedziala ze|powiedzial ze|planuje|postanowila|postanowil) "
    r"(?:sie )?(?:\S+ ){0,2}?(?:zabic|zabije|umrzec|popelnic samobojstwo|powiesic|odebrac sobie zycie|"
    r"skonczyc ze soba|skoczyc|to zrobic|zrobi to) (?:\S+ ){0,3}?(?:dzis w nocy|dzisiaj w nocy|dzisiaj|"
    r"dzis|teraz|zaraz|tej nocy|wieczorem|po szkole|jak wszyscy zasna)|(?:dzis w nocy|dzisiaj|dzis|"
    r"teraz|zaraz|tej nocy) (?:\S+ ){0,3}?(?:sie zabije|zabije sie|umrze|sie powiesi|skoczy|odbierze "
    r"sobie zycie)|ma plan (?:\S+ ){0,3}?(?:zabic|samobojstw\w*|umrzec)|list samobojczy|"
    r"(?:zamknela sie|zamknal sie|zamyka sie|zabarykadowala sie|zabarykadowal sie) (?:\S+ ){0,8}?"
    r"(?:zyletk\w+|nozem|noz\w*|brzytw\w+|tabletk\w+|lekami|prochami|sznur\w*|lina|paskiem|nozyczk\w+|"
    r"wybielacz\w*)"
)
_BYE_PL = (
    r"(?:wrzucila|wrzucil|dodala|dodal|napisala|napisal|wyslala|wyslal|zostawila|zostawil|opublikowala|"
    r"opublikowal|wstawila|wstawil) (?:\S+ ){0,4}?(?:pozegnani\w+|pozegnaln\w+|zegnajcie|zegnaj|ostatni\w* "
    r"wiadomosc\w*)|pozegnal\w* sie (?:ze wszystkimi|z nami)|(?:napisala|napisal|powiedziala|powiedzial) "
    r"(?:mi|nam|wszystkim) (?:\S+ ){0,4}?(?:zegnajcie|zegnaj|ze nas kocha|ze mnie kocha|przeprasza za "
    r"wszystko|przepraszam za wszystko|dziekuje za wszystko|dzieki za wszystko)"
)
_UNREACH_PL = (
    r"nie (?:\S+ )?(?:odpisuje|odbiera|odpowiada|czyta|wyswietla|jest online|odzywa sie|daje znaku)|"
    r"telefon (?:\S+ ){0,2}?(?:wylaczony|nie odpowiada|poza zasiegiem)|(?:nikt|my|ja) (?:\S+ )?nie (?:\S+ )?"
    r"(?:moze|mozemy|moge|moga) (?:\S+ ){0,3}?(?:dodzwonic|skontaktowac|znalezc|zlapac)|nikt nie wie "
    r"gdzie|zaginela|zaginal|offline|wylaczyl\w* telefon|poczta glosowa"
)
_BYE_GUARD_PL = (
    r"przeprowadz\w+|wyprowadz\w+|wychodzi z (?:grupy|czatu|serwera)|wyszl\w* z (?:grupy|czatu|serwera)|"
    r"wyszedl z (?:grupy|czatu|serwera)|wakacj\w+|urlop\w*|wyjazd\w*|wycieczk\w+|oboz\w*|kolonie|"
    r"samolot\w*|lotnisk\w+|wymian\w+|za granic\w+|now\w+ szkol\w+|nowy telefon|zasieg\w*|bez internetu|"
    r"nie ma internetu|bateri\w+|rozladowal\w*|szlaban\w*|ukaran\w+|zabrali (?:jej|mu) telefon|przerwa od|"
    r"detoks|koniec roku|ostatni dzien|internat\w*"
)

# -- id ---------------------------------------------------------------------------------------
_REL_ID = (
    r"temen|teman|sahabat|bestie|bff|kakak|kak|adik|adek|sepupu|pacar|mama|mamah|ibu|papa|ayah|bapak|"
    r"tante|om|tetangga|temen sekelas|teman sekelas"
)
_WHO_ID = (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?<!misal )(?<!misalnya )(?<!lalu )(?:"
    r"(?:" + _REL_ID + r")(?:ku|ku sendiri| aku| gue| gw| saya| sekelasku| sekelas aku| sekelas gue)|"
    r"(?:temen|teman) sekelas|(?:anak|cewek|cowok|seseorang) (?:di|dari) kelas(?:ku| aku| gue| gw| "
    r"saya)|(?:dia|doi) (?:barusan |baru aja |tadi )?(?:nge ?chat|chat|wa|dm|sms|bilang|nelpon|kirim "
    r"pesan) (?:ke )?(?:aku|gue|gw|saya))"
)
_GUARD_ID = (
    r"tahun lalu|tahun kemarin|(?:\w+ )?(?:tahun|bulan|minggu) (?:yang )?lalu|waktu (?:kita|aku|gue) "
    r"(?:masih )?kecil|(?:udah|sudah|sekarang) (?:dia )?(?:baik baik saja|baik2 aja|gapapa|ga papa|nggak "
    r"apa apa|membaik|sehat|aman)|dapet bantuan|dapat bantuan|(?:sudah|udah) ditolong|(?:sudah|udah) "
    r"pulih|sinetron|series|serial|season|episode|film|drakor|drama|buku|novel|anime|manga|tokoh|"
    r"karakter|netflix|berita|artikel|dokumenter|di game|dalam game|minecraft|roblox|fortnite|ramuan|"
    r"(?:ga|gak|nggak|ngga|gk|tidak) sengaja|lagi masak|waktu masak|pas masak|memasak|motong (?:bawang|"
    r"sayur)|cukuran|terjatuh|jatuh dari|kaca pecah|buat (?:sakit kepala|pusing|alergi|haid|mens|flu|"
    r"demam|migrain|asma)|misalnya|contohnya|kita belajar|pelajaran|workshop|apa yang harus dilakukan "
    r"(?:kalau|jika)|hipotesis"
)
_PILLS_ID = (
    r"obat\w*|pil|pil tidur|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|obat tidur|"
    r"emoji_pill"
)
_LOTS_ID = (
    r"banyak|banyak banget|segenggam|sebotol|sekotak|satu kotak|satu botol|satu strip|satu lempeng|"
    r"sestrip|selempeng|semua|semuanya|seluruh|(?:[1-9]\d+|dua puluh|tiga puluh|empat puluh|lima puluh|"
    r"seratus)(?: butir| biji| tablet| pil)?"
)
_DRINK_ID = (
    r"minum|nelen|menelan|ditelan|telan|makan|nenggak|menenggak|abis minum|habis minum|udah minum|sudah "
    r"minum|barusan minum|minumin"
)
_ACTS_ID = (
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r") (?:\S+ ){0,3}?(?:" + _PILLS_ID + r")\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ )?(?:" + _PILLS_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r")\b|"
    r"(?:overdosis|overdose|od)\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:pemutih|bayclin|racun|racun tikus|cairan pembersih|"
    r"pembersih lantai|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|obat nyamuk|tiner|"
    r"bensin)\b|"
    r"(?:nyilet|menyilet|nyayat|menyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode) "
    r"(?:\S+ ){0,2}?(?:tangan\w*|nadi\w*|pergelangan\w*|lengan\w*|diri\w*|paha\w*) (?:\S+ ){0,5}?(?:dalam|"
    r"parah|banget|darah\w* (?:ga|gak|nggak|tidak) (?:berhenti|mau berhenti)|(?:ga|gak|nggak|tidak) "
    r"berhenti berdarah|berdarah (?:banyak|terus|parah)|banyak darah|sekarang|barusan)\b|"
    r"(?:nyilet|menyilet|motong|memotong|mengiris|ngiris|potong|mutus) (?:\S+ )?nadi\w*|"
    r"(?:mau|pengen|ingin|bakal|akan|udah siap|siap|ngancem|mengancam) (?:\S+ ){0,2}?(?:lompat|loncat|"
    r"terjun|menjatuhkan diri|nabrakin diri) (?:\S+ ){0,3}?(?:jembatan|atap|gedung|jendela|balkon|tebing|"
    r"rel|kereta|rooftop|flyover|apartemen)\b|"
    r"(?:di|naik ke|berdiri di|duduk di) (?:\S+ )?(?:atap|jembatan|rel|pinggir atap|pinggir jembatan|"
    r"rooftop|tebing|pagar jembatan) (?:\S+ ){0,12}?(?:lompat|loncat|terjun|mati|bunuh diri|pamit|selamat "
    r"tinggal)\b|"
    r"(?:mau|pengen|ingin|bakal|akan|bilang mau|katanya mau|rencana|berencana|udah mutusin) (?:\S+ ){0,2}?"
    r"(?:bunuh diri|mati|mengakhiri hidup\w*|ngakhirin hidup\w*|gantung diri|lompat|loncat|ngelakuin "
    r"itu) (?:\S+ ){0,3}?(?:malam ini|malem ini|nanti malam|nanti malem|hari ini|sekarang|sekarang juga|"
    r"abis sekolah|pulang sekolah|pas semua tidur)\b|(?:malam ini|malem ini|nanti malam|hari ini|sekarang)"
    r" (?:dia |doi )?(?:mau|bakal|akan) (?:bunuh diri|mati|gantung diri|lompat|mengakhiri hidup\w*)\b|"
    r"(?:punya|udah ada|ada) rencana (?:\S+ ){0,2}?(?:bunuh diri|mati|mengakhiri)|surat bunuh diri|"
    r"(?:ngunci diri|mengunci diri|ngurung diri|mengurung diri|dikunci|kekunci|ngunciin diri|ngunci) "
    r"(?:\S+ ){0,8}?(?:silet\w*|pisau\w*|cutter\w*|gunting\w*|obat\w*|tali\w*|ikat pinggang|sabuk|pemutih|"
    r"kater)\b|(?:bawa|pegang|megang) (?:\S+ )?(?:silet|pisau|cutter|obat|tali) (?:\S+ ){0,4}?(?:ngunci "
    r"diri|mengunci diri|ngurung diri|mengurung diri)"
)
_BYE_ID = (
    r"(?:posting|ngepost|ngepos|post|upload|bikin|nulis|ngirim|kirim|update|story) (?:\S+ ){0,4}?"
    r"(?:perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|surat wasiat)|pamit\w* "
    r"(?:sama|ke|kepada) (?:semua|semuanya|kita|aku|gue)|(?:makasih|terima kasih) (?:untuk|buat) "
    r"semuanya|maaf (?:untuk|buat) semuanya|maafin (?:aku|gue|dia) ya semua\w*|sayang kalian semua"
)
_UNREACH_ID = (
    r"(?:ga|gak|nggak|ngga|tidak|gk|ngak|belum) (?:\S+ )?(?:bales|balas|bls|dibales|dibalas|ngangkat|"
    r"angkat|diangkat|aktif|online|respon|dibaca|nyaut|jawab|ngejawab|bisa dihubungi)\b|(?:hp|hpnya|"
    r"handphone|hapenya|hape|nomernya|nomornya) (?:\S+ ){0,2}?(?:mati|(?:ga|gak|nggak|tidak) aktif|off|"
    r"dimatiin|dimatikan)\b|(?:ga|gak|nggak|tidak) ada yang bisa (?:\S+ )?(?:hubungi|ngehubungin|kontak|"
    r"nemuin|menghubungi)|(?:ga|gak|nggak|tidak) bisa (?:\S+ )?(?:dihubungi|ditelpon|dikontak|ditemukan)|"
    r"(?:ga|gak|nggak|tidak) ada yang tau (?:\S+ )?dimana|(?:hilang|ilang) kabar|offline|cuma di ?read"
)
_BYE_GUARD_ID = (
    r"pindah\w*|keluar (?:dari )?(?:grup|gc|group|server|sekolah)|liburan|libur|mudik|pulang kampung|"
    r"perjalanan|jalan jalan|kemah|perkemahan|pesawat|bandara|penerbangan|pertukaran|luar negeri|sekolah "
    r"baru|hp baru|ganti hp|sinyal|wifi|kuota|baterai|batre|lowbat|dihukum|disita|rehat|detox|wisuda|"
    r"lulus|hari terakhir|pesantren|asrama"
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
    r"علي سبيل المثال|تعلمنا|في الحصه|بالحصه|ورشه|(?:شو|ماذا|ايش|وش) (?:نعمل|نفعل|نسوي) اذا"
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

# -- hi: Hinglish, then Devanagari (no trailing \b) ---------------------------------------------------
_WHO_HL = (
    r"(?<!agar )(?<!jab )(?<!saal )(?<!pehle )(?<!socho )(?:"
    r"(?:meri|mera|hamari|hamara) (?:best |sabse achi |badi |chhoti |choti |bada |chhota |chota )?"
    r"(?:dost|friend|bestie|bff|saheli|behen|behan|didi|bhai|bhaiya|cousin|classmate|girlfriend|"
    r"boyfriend|gf|bf|mummy|mumma|mom|papa|maa|mausi|padosan|padosi)|(?:meri|hamari) class (?:ki|ka) "
    r"(?:ek )?(?:ladki|ladka|dost|bacchi|baccha)|(?:usne|unhone) (?:abhi |abhi abhi )?(?:mujhe|hume|"
    r"humein) (?:message|msg|text|call))"
)
_GUARD_HL = (
    r"pichle saal|pichhle saal|(?:\w+ )?(?:saal|mahine|hafte) pehle|jab hum (?:chhote|chote|bacche)|"
    r"(?:ab|abhi) (?:wo |woh |vo )?(?:theek|thik|better|safe) (?:hai|h|he|ho gayi|ho gaya)|help mil "
    r"gayi|madad mil gayi|ilaaj ho gaya|series|serial|season|episode|movie|film|kitab|book|novel|anime|"
    r"manga|character|kirdaar|netflix|news|khabar|article|documentary|game (?:mein|me)|minecraft|"
    r"roblox|fortnite|potion|galti se|bhool se|accident|khana banate|sabzi kaat|shave|gir gayi|gir gaya|"
    r"kaanch|(?:sar|sir) dard ke liye|allergy ke liye|periods ke liye|bukhar ke liye|fever ke liye|"
    r"example|humne seekha|humne padha|sikhaya|workshop|kya karna chahiye agar|agar koi"
)
_PILLS_HL = (
    r"goliyan|goliya|goliyaan|goliyon|goli|golia|dawai|dawaiyan|dawaiyon|dawa|dawaai|pills|tablets|"
    r"tablet|medicine|"
    r"emoji_pill"
)
_LOTS_HL = (
    r"bahut saari|bahut sari|bahut|dher saari|dher sari|saari|sari|poora|pura|poori|puri|ek patta|ek "
    r"strip|ek bottle|(?:[1-9]\d+|bees|tees|chaalis|pachas|sau)"
)
_ACTS_HL = (
    r"(?:" + _LOTS_HL + r") (?:\S+ ){0,3}?(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:kha li|kha lee|kha liya|"
    r"kha lin|kha gayi|kha gaya|khaa li|le li|le lee|le liya|nigal li|nigal liya|nigal gayi|kha rahi|"
    r"kha raha|kha chuki|kha chuka|khayi|khai)\b|(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:" + _LOTS_HL
    + r") (?:\S+ ){0,2}?(?:kha|khaa|nigal|le) (?:li|lee|liya|lin|gayi|gaya)\b|(?:overdose|od)\b|"
    r"(?:phenyl|phinyl|bleach|harpic|zeher|zehar|jahar|chuhe mar dawa|chuha maar|colin|acid|tezaab|"
    r"tejab|kerosene|mitti ka tel|toilet cleaner|floor cleaner|keede maar dawa) (?:\S+ ){0,2}?(?:pi li|"
    r"pee li|pi liya|pee liya|pi gayi|pi gaya|kha li|kha liya|nigal li|pi rahi|pi raha|pee gayi|pee "
    r"gaya)\b|"
    r"(?:haath|hath|kalai|nas|nasein|nass|wrist|wrists|baazu|bazu|khud ko|apne aap ko|apne ko) (?:\S+ )"
    r"{0,2}?(?:kaat li|kaat di|kaat liya|kaat diya|kaat rahi|kaat raha|kat li|kat liya|cut kar li|cut kar"
    r" liya|cut kar rahi|blade maar li|blade mar li|blade maar liya|zakhmi kar li|zakhmi kar liya) "
    r"(?:\S+ ){0,5}?(?:bahut gehra|gehra|gehri|bahut zyada|bahut jyada|khoon (?:ruk nahi raha|nahi ruk "
    r"raha|band nahi ho raha|ruk hi nahi raha)|bahut khoon|abhi)\b|(?:nas|nasein|nass|kalai|wrist) "
    r"(?:\S+ )?(?:kaat li|kaat di|kaat liya|kat li|cut kar li|cut kar di)\b|"
    r"(?:bridge|pul|chhat|terrace|building|khidki|balcony|railway track|track|train|patri|pahad|cliff) "
    r"(?:\S+ ){0,2}?(?:se|pe|par|ke upar|ke aage|ke saamne) (?:\S+ ){0,2}?(?:kud|kood|chhalang|chhalaang|"
    r"jump)\w*|(?:chhat|terrace|bridge|pul|railway track|patri) (?:pe|par|ke upar) (?:\S+ ){0,2}?(?:khadi|"
    r"khada|baithi|baitha|chadh gayi|chadh gaya|hai) (?:\S+ ){0,12}?(?:kud|kood|jump|marna|mar jaungi|mar "
    r"jaunga|mar jayegi|suicide|alvida)\w*|"
    r"(?:aaj raat|aaj|abhi|raat ko|school ke baad|sab ke sone ke baad) (?:\S+ ){0,3}?(?:suicide|"
    r"khudkhushi|khudkushi|aatmhatya|apni jaan|jaan de|mar jayegi|mar jaayegi|mar jaegi|mar jayega|mar "
    r"jaega|marna chahti|marna chahta|marne wali|marne wala|faansi|fansi|khud ko khatam|khatam kar)\w*|"
    r"(?:suicide|khudkhushi|khudkushi|marne|jaan dene|khud ko khatam karne) (?:\S+ ){0,2}?(?:ka|ki) "
    r"(?:plan|planning|poora plan)|suicide note|"
    r"(?:bathroom|washroom|toilet|kamre|kamra|room|gaadi|garage) (?:\S+ ){0,3}?(?:mein|me|andar) (?:\S+ )"
    r"{0,6}?(?:blade|chaaku|chaku|chhuri|churi|knife|razor|goliyan|goli|dawai|rassi|rasi|pills|phenyl|"
    r"kainchi) (?:\S+ ){0,6}?(?:band|lock|kundi)\b|(?:blade|chaaku|chaku|chhuri|knife|razor|goliyan|"
    r"rassi) (?:\S+ ){0,3}?(?:leke|lekar|le ke|le kar|ke saath|ke sath) (?:\S+ ){0,4}?(?:bathroom|"
    r"washroom|toilet|kamre|kamra|room)\w* (?:\S+ ){0,3}?(?:band|lock|kundi)\b"
)
_BYE_HL = (
    r"(?:goodbye|good bye|alvida|last message|aakhri message|akhri message|farewell|suicide note) "
    r"(?:\S+ ){0,4}?(?:post|story|status|message|msg|likha|likh|daala|dala|dali|daali|bheja|kiya|kar|"
    r"lagaya|lagayi|laga)\w*|(?:sabko|sab ko|humko|hume|mujhe) (?:\S+ ){0,2}?(?:alvida|goodbye|bye) "
    r"(?:bol|keh|kah)\w*|sorry for everything|sab ke liye sorry|sabke liye sorry|maaf kar dena|thank you "
    r"for everything|sabka shukriya|love you all"
)
_UNREACH_HL = (
    r"(?:phone|call|msg|message|reply) (?:\S+ ){0,2}?(?:nahi|nhi|nahin|na) (?:\S+ )?(?:utha|uthaa|kar "
    r"rahi|kar raha|de rahi|de raha|aa raha|lag raha|uthaya|uthayi|mil raha|ja raha)|(?:phone|mobile|"
    r"fone|number) (?:\S+ ){0,2}?(?:band|switch off|switched off|off) (?:\S+ )?(?:hai|aa raha|aa rha|ho "
    r"gaya|ho gya|h|he)\b|(?:koi|kisi se|hum|main|mai) (?:\S+ ){0,2}?(?:contact|baat|sampark) (?:nahi|"
    r"nhi|nahin) (?:ho|kar) (?:pa|paa)\w*|(?:kisi ko|koi) (?:nahi|nhi) (?:pata|maloom)\w* (?:\S+ ){0,2}?"
    r"(?:kahan|kaha)|(?:reply|jawab) (?:nahi|nhi|nahin) (?:de rahi|de raha|kar rahi|kar raha|aaya|diya)|"
    r"offline"
)
_BYE_GUARD_HL = (
    r"shift|ghar badal|naye ghar|dusre shehar|doosre sheher|group (?:se )?(?:leave|left|nikal|chhod)\w*|"
    r"group chhod\w*|vacation|holiday|chhutti\w*|trip|ghoomne|camp|flight|plane|airport|exchange|abroad|"
    r"videsh|naya school|naye school|naya phone|network|signal|net nahi|internet|wifi|battery|charge|"
    r"charging|punishment|saza|phone le liya|chheen|break|detox|farewell party|last day|hostel|boarding"
)
_WHO_HI = (
    r"(?:मेरी|मेरा|हमारी|हमारा) (?:सबसे अच्छी |बेस्ट |बड़ी |छोटी |बड़ा |छोटा )?(?:दोस्त|सहेली|बहन|दीदी|"
    r"भाई|भैया|कज़िन|कजिन|क्लासमेट|गर्लफ्रेंड|बॉयफ्रेंड|मम्मी|मां|माँ|पापा|चचेरी बहन|चचेरा भाई|मौसी|"
    r"पड़ोसन|पड़ोसी)|(?:मेरी|हमारी) क्लास (?:की|का) (?:एक )?(?:लड़की|लड़का)|(?:उसने|उन्होंने) (?:अभी )?"
    r"(?:मुझे|हमें) (?:मैसेज|मेसेज|कॉल|फोन)"
)
_GUARD_HI = (
    r"पिछले साल|(?:\S+ )?(?:साल|महीने|हफ्ते) पहले|जब हम छोटे|(?:अब|अभी) (?:वो |वह )?(?:ठीक|बेहतर|"
    r"सुरक्षित) (?:है|हो गई|हो गया)|मदद मिल गई|मदद मिली|इलाज हो गया|सीरियल|सीरीज़|सीरीज|एपिसोड|फिल्म|"
    r"फ़िल्म|मूवी|किताब|उपन्यास|एनीमे|किरदार|कैरेक्टर|नेटफ्लिक्स|खबर|ख़बर|न्यूज़|न्यूज|गेम में|गलती से|"
    r"ग़लती से|भूल से|अनजाने में|खाना बनाते|सब्ज़ी काटते|सब्जी काटते|गिर गई|गिर गया|(?:सिर|सर) दर्द के "
    r"लिए|एलर्जी के लिए|बुखार के लिए|उदाहरण|हमने सीखा|सिखाया|क्या करना चाहिए अगर|अगर कोई"
)
_PILLS_HI = r"गोलियां|गोलियाँ|गोलियों|गोली|दवाइयों|दवाई|दवाइयाँ|दवाइयां|दवा|टैबलेट"
_LOTS_HI = (
    r"बहुत सारी|बहुत सारे|बहुत|ढेर सारी|सारी|पूरी|पूरा|एक पत्ता|एक स्ट्रिप|[1-9]\d+|बीस|तीस|चालीस|पचास|सौ"
)
_ACTS_HI = (
    r"(?:" + _LOTS_HI + r") (?:\S+ ){0,3}?(?:" + _PILLS_HI + r") (?:\S+ ){0,2}?(?:खा ली|खा लीं|खा लिया|"
    r"खा लिए|खा गई|खा गया|निगल लीं|निगल ली|निगल लिया|ले लीं|ले ली|ले लिया|खा रही|खा चुकी)|(?:"
    + _PILLS_HI + r") (?:\S+ ){0,2}?(?:" + _LOTS_HI + r") (?:\S+ ){0,2}?(?:खा|निगल|ले) (?:ली|लीं|लिया|गई|"
    r"गया)|ओवरडोज़|"
    r"ओवरडोज|"
    r"(?:फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे मार दवा|चूहे की दवा|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    r"केरोसिन|कीटनाशक|टॉयलेट क्लीनर) (?:\S+ ){0,2}?(?:पी ली|पी लिया|पी गई|पी गया|खा ली|खा लिया|निगल ली|"
    r"पी रही)|"
    r"(?:हाथ|कलाई|नस|नसें|बाजू|खुद को|अपने आप को) (?:\S+ ){0,2}?(?:काट ली|काट लिया|काट दी|काट दिया|काट "
    r"रही|काट रहा|ब्लेड मार ली|ब्लेड मार लिया|ज़ख्मी कर लिया|जख्मी कर लिया|कट कर लिया) (?:\S+ ){0,5}?"
    r"(?:बहुत गहरा|गहरा|गहरी|बहुत ज़्यादा|बहुत ज्यादा|खून (?:रुक नहीं रहा|नहीं रुक रहा|बंद नहीं हो रहा)|"
    r"बहुत खून|अभी)|(?:नस|नसें|कलाई) (?:\S+ )?(?:काट ली|काट लिया|काट दी|काट दिया)|"
    r"(?:पुल|छत|बिल्डिंग|इमारत|खिड़की|बालकनी|रेलवे ट्रैक|ट्रैक|ट्रेन|पटरी|पहाड़|चट्टान) (?:\S+ ){0,2}?"
    r"(?:से|पर|पे|के आगे|के सामने) (?:\S+ ){0,2}?(?:कूद|छलांग)|(?:छत|पुल|पटरी|रेलवे ट्रैक) (?:पर|पे|के "
    r"ऊपर) (?:\S+ ){0,3}?(?:खड़ी|खड़ा|बैठी|बैठा|चढ़ गई|चढ़ गया|है) (?:\S+ ){0,12}?(?:कूद|छलांग|मरना|मर "
    r"जाएगी|आत्महत्या|अलविदा)|"
    r"(?:आज रात|आज|अभी|रात को|स्कूल के बाद|सबके सोने के बाद) (?:\S+ ){0,3}?(?:आत्महत्या|ख़ुदकुशी|"
    r"खुदकुशी|सुसाइड|जान दे|मर जाएगी|मर जाएगा|मरना चाहती|मरना चाहता|मरने वाली|मरने वाला|फांसी|फाँसी|खुद "
    r"को खत्म|खुद को ख़त्म)|(?:आत्महत्या|सुसाइड|मरने|जान देने) (?:\S+ ){0,2}?(?:का|की) (?:प्लान|योजना)|"
    r"सुसाइड नोट|"
    r"(?:बाथरूम|वॉशरूम|टॉयलेट|कमरे|कमरा|गाड़ी) (?:\S+ ){0,3}?(?:में|के अंदर) (?:\S+ ){0,6}?(?:ब्लेड|चाकू|"
    r"छुरी|रेज़र|गोलियां|गोलियाँ|गोली|दवाई|रस्सी|फिनाइल|कैंची) (?:\S+ ){0,6}?(?:बंद|लॉक|कुंडी)|(?:ब्लेड|"
    r"चाकू|छुरी|गोलियां|रस्सी) (?:\S+ ){0,3}?(?:लेकर|ले कर|लेके|के साथ) (?:\S+ ){0,4}?(?:बाथरूम|वॉशरूम|"
    r"टॉयलेट|कमरे|कमरा)\S* (?:\S+ ){0,3}?(?:बंद|लॉक|कुंडी)"
)
_BYE_HI = (
    r"(?:अलविदा|गुडबाय|गुड बाय|आखिरी मैसेज|आख़िरी मैसेज|आखिरी संदेश|सुसाइड नोट|विदाई) (?:\S+ ){0,4}?"
    r"(?:पोस्ट|स्टोरी|स्टेटस|मैसेज|लिखा|लिख|डाला|डाली|भेजा|किया|लगाया|लगाई)|(?:सबको|हम सबको|मुझे) "
    r"(?:\S+ ){0,2}?(?:अलविदा|गुडबाय|बाय) (?:कह|बोल)|सबसे माफ़ी|सब से माफी|सबसे माफी|माफ़ कर देना|माफ कर "
    r"देना|सबका शुक्रिया"
)
_UNREACH_HI = (
    r"(?:फोन|फ़ोन|कॉल|मैसेज|रिप्लाई|जवाब) (?:\S+ ){0,2}?(?:नहीं|ना) (?:\S+ )?(?:उठा|कर रही|कर रहा|दे रही|"
    r"दे रहा|आ रहा|लग रहा|मिल रहा)|(?:फोन|फ़ोन|मोबाइल|नंबर) (?:\S+ ){0,2}?(?:बंद|स्विच ऑफ) (?:\S+ )?"
    r"(?:है|आ रहा|हो गया)|(?:कोई|हम|मैं) (?:\S+ ){0,2}?(?:संपर्क|बात|कॉन्टैक्ट) नहीं (?:हो|कर) पा|(?:किसी को|"
    r"कोई) (?:भी )?नहीं (?:पता|मालूम) (?:\S+ ){0,2}?(?:कहाँ|कहां)|ऑफलाइन"
)
_BYE_GUARD_HI = (
    r"शिफ्ट|घर बदल|नए घर|दूसरे शहर|ग्रुप छोड़|ग्रुप से निकल|ग्रुप लेफ्ट|छुट्टी|छुट्टियों|छुट्टियाँ|ट्रिप|"
    r"घूमने|कैंप|फ्लाइट|हवाई जहाज|एयरपोर्ट|विदेश|नया स्कूल|नए स्कूल|नया फोन|नेटवर्क|सिग्नल|नेट नहीं|"
    r"इंटरनेट|बैटरी|चार्ज|सज़ा|सजा|फोन ले लिया|छीन|ब्रेक|डिटॉक्स|फेयरवेल|आखिरी दिन|हॉस्टल"
)

# -- zh (unspaced; zrule adds the traditional forms) ---------------------------------------------
_WHO_ZH = (
    r"(?<!如果)(?<!要是)(?<!假如)(?<!万一)(?<!去年)(?<!以前)(?<!之前)(?:"
    r"我们?的?(?:好|最好的|一个)?(?:朋友|闺蜜|好友|同学|姐姐|妹妹|哥哥|弟弟|表姐|表妹|表哥|表弟|堂姐|堂妹|"
    r"堂哥|堂弟|男朋友|女朋友|室友|同桌|妈妈|爸爸|邻居|死党|兄弟)|我们?(?:班|班上|学校)(?:的|有)?"
    r"(?:一个|有个)?(?:女生|男生|同学|人))"
)
_GUARD_ZH = (
    r"去年|前年|几年前|[一两三几]年前|[一两三几]个月前|小时候|(?:现在|已经)(?:没事|好了|好多了|康复|安全)|"
    r"没事了|得到了?帮助|治好了|康复了|电视剧|剧里|剧中|电影|小说|书里|动漫|漫画|角色|新闻|报道|文章|"
    r"纪录片|游戏里|我的世界|迷你世界|药水|不小心|意外|做饭|切菜|刮胡子|摔倒|摔了|玻璃碎|头疼|头痛|过敏|"
    r"感冒|发烧|痛经|比如|例如|假设|我们学了|课上|讲座|应该怎么做"
)
_ACTS_ZH = (
    r"(?:吞|吃|喝|服)了?(?:一整|整|一大|一|两|几)(?:瓶|盒|板|大把)(?:的)?.{0,4}?药|"
    r"(?:吞|吃|喝|服)了?(?:几十|[1-9]\d+|二十|三十|四十|五十|一百|十几|很多|好多|大量|一堆|一大把|所有的?|"
    r"全部)(?:片|粒|颗)?(?:的)?.{0,4}?药|药.{0,4}(?:全|都)(?:吃|吞)了|吃药自杀|服药自杀|过量服药|"
    r"服药过量|药物过量|"
    r"(?:喝|吞|吃)了?(?:一瓶|一口|半瓶|好多|很多)?(?:的)?(?:消毒液|84|八四|漂白剂|漂白水|农药|老鼠药|毒药|"
    r"洗洁精|洗衣液|清洁剂|洁厕灵|除草剂|敌敌畏|百草枯)|"
    r"割(?:了)?(?:腕|手腕|自己|动脉|血管)|(?:划|割|切)(?:了|伤)?(?:自己|手腕|胳膊|手臂|大腿).{0,8}"
    r"(?:很深|好深|特别深|止不住|血流不止|一直流血|流了好多血|好多血|很多血|现在)|"
    r"(?:要|想|说要|准备|打算)(?:从)?.{0,6}?(?:桥|楼顶|天台|楼上|阳台|窗户|窗台|铁轨|高楼|悬崖).{0,4}?"
    r"跳|跳楼(?!价|大甩卖)|跳桥|卧轨|(?:在|站在|坐在|爬上了?)(?:天台|楼顶|桥上|铁轨|窗台|楼边|屋顶|"
    r"阳台边).{0,20}?(?:跳|死|自杀|告别)|"
    r"(?:今晚|今天晚上|今天|现在|马上|等下|一会儿|放学后|等大家睡了).{0,8}?(?:自杀|去死|轻生|结束(?:自己的)?"
    r"生命|了结自己|上吊|寻死)|(?:自杀|轻生)(?:的)?计划|计划(?:好)?(?:了)?(?:怎么)?自杀|遗书|"
    r"(?:锁|关|反锁)(?:在)?.{0,4}?(?:厕所|卫生间|浴室|房间|屋里|车里).{0,12}?(?:刀片|刀|剃刀|美工刀|药|"
    r"绳子|剪刀)|(?:拿着|带着|拿了|带了)(?:刀片|刀|剃刀|美工刀|药|绳子).{0,8}?(?:锁|关|反锁)"
)
_BYE_ZH = (
    r"(?:告别|道别|遗言|诀别|永别)|跟(?:大家|所有人|我们|我)说(?:了)?再见|对不起大家|谢谢大家的照顾|"
    r"再见了大家|下辈子见"
)
_UNREACH_ZH = (
    r"联系不上|联系不到|打不通|不接电话|不回(?:消息|信息|微信|我)|没有?回(?:消息|复|应)|(?:手机|电话)"
    r"(?:一直)?关机|找不到(?:她|他)|没人知道(?:她|他)在哪|已读不回|失联"
)
_BYE_GUARD_ZH = (
    r"搬家|搬走|转学|出国|留学|退群|退出群|离开群|旅游|旅行|度假|夏令营|冬令营|飞机|机场|交换|换手机|"
    r"新手机|没信号|没网|没有网|没电|没收|戒网|毕业|最后一天|寄宿"
)

# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_PL = (
    "tablet|pigul|lek|prochy|prochow|proszk|nasenn|antydepresant|paracetamol|ibuprom|apap|emoji_pill|"
    "przedawkow|wybielacz|domestos|trucizn|trutk|srodek do czyszczenia|plyn do|kreta|kwas|"
    "rozpuszczalnik|pociel|pocial|tnie sie|pociet|podciel|podcial|przeciel|przecial|skocz|skakac|rzuci|"
    "zeskocz|dachu|moscie|krawedzi|torach|gzymsie|parapecie|barierce|balustradzie|zabic|zabije|umrzec|"
    "umrze|samobojstw|samobojczy|powiesi|sobie zycie|skonczyc ze soba|to zrobic|zrobi to|plan|zamknel|"
    "zamknal|zamyka sie|zabarykadowal|pozegna|zegnaj|ostatni|kocha|przeprasza|za wszystko"
)
_TX_ID = (
    "obat|pil|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|emoji_pill|overdos|od|pemutih|"
    "bayclin|racun|pembersih|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|tiner|bensin|silet|nyilet|"
    "nyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode|potong|mutus|nadi|lompat|loncat|"
    "terjun|menjatuhkan diri|nabrakin diri|atap|jembatan|rel|rooftop|tebing|bunuh diri|mati|mengakhiri|"
    "ngakhirin|gantung diri|ngelakuin itu|rencana|ngunci|mengunci|ngurung|mengurung|dikunci|kekunci|"
    "bawa|pegang|megang|perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|"
    "surat wasiat|semuanya|sayang kalian"
)
_TX_AR = (
    "حبوب|حبات|دوا|ادويه|مسكنات|منوم|بنادول|باراسيتامول|برشام|اقراص|emoji_pill|جرعه|اوفر|كلور|مبيض|سم|"
    "فلاش|ديتول|منظف|النار|بنزين|فنيك|مطهر|جرح|قطع|شرح|شطب|شريان|شرايين|عروق|وريد|تنط|تقفز|ترمي|ينط|يقفز|"
    "يرمي|تنتحر|ينتحر|سطح|جسر|كوبري|حافه|سكه|سور|تقتل|يقتل|تموت|يموت|تنهي|ينهي|تشنق|يشنق|تعملها|يعملها|"
    "خطه|انتحار|قفل|سكر|حابس|حبس|مقفله|قافل|وداع|ودع|سامح|بحبكم|احبكم|كل شي"
)
_TX_HL = (
    "goli|dawa|dawai|pills|tablet|medicine|emoji_pill|overdose|od|phenyl|phinyl|bleach|harpic|zeher|"
    "zehar|jahar|chuhe|chuha|colin|acid|tezaab|tejab|kerosene|mitti ka tel|cleaner|keede|kaat|kat li|"
    "cut kar|blade|zakhmi|kud|kood|chhalang|chhalaang|jump|suicide|khudkhushi|khudkushi|aatmhatya|jaan|"
    "mar ja|marna|marne|faansi|fansi|khatam|plan|band|lock|kundi|goodbye|good bye|alvida|message|"
    "farewell|bye|sorry|maaf kar dena|thank you for everything|shukriya|love you all"
)
_TX_HI = (
    "गोलि|गोली|दवा|टैबलेट|ओवरडोज|फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    "केरोसिन|कीटनाशक|क्लीनर|काट|ब्लेड|ज़ख्मी|जख्मी|कट कर|कूद|छलांग|मरना|मर जा|मरने|आत्महत्या|ख़ुदकुशी|"
    "खुदकुशी|सुसाइड|जान दे|फांसी|फाँसी|खत्म|ख़त्म|प्लान|योजना|बंद|लॉक|कुंडी|अलविदा|गुडबाय|गुड बाय|आखिरी|"
    "आख़िरी|विदाई|बाय|माफ़ी|माफी|माफ़ कर|माफ कर|शुक्रिया"
)
_TX_ZH = (
    "药 消毒 84 八四 漂白 毒 洗洁精 洗衣液 清洁剂 洁厕灵 除草剂 敌敌畏 百草枯 割 划 切 跳 卧轨 自杀 去死 轻生 生命 "
    "了结 上吊 寻死 计划 遗书 锁 关 告别 道别 遗言 诀别 永别 再见 对不起大家 谢谢大家 下辈子"
)


RULES: list[Rule] = [
    _rule("przyjaciolka przyjaciel kolezanka kolega siostra siostrzyczka brat braciszek kuzynka kuzyn "
          "dziewczyna chlopak mama tata matka ojciec ciocia wujek sasiadka sasiad psiapsiolka psiapsi "
          "ziomek ziomal bff jedna jeden pewna pewien ktos ona on kumpel kumpela kumpelka ziomeczek ziomus ziomka "
          "znajomy znajoma laska typ dziewczynka chlopiec", _TX_PL + "|" + TEXTS["pl"],
          _acute_more("pl", _WHO_PL, _GUARD_PL, _ACTS_PL, _BYE_PL, _UNREACH_PL, _BYE_GUARD_PL)),
    _rule(_REL_ID.replace("|", " ") + " temenku temanku sahabatku bestieku kakakku kakku adikku adekku "
          "sepupuku pacarku mamaku mamahku ibuku papaku ayahku bapakku tanteku omku tetanggaku anak cewek "
          "cowok seseorang dia doi orang", _TX_ID + "|" + TEXTS["id"],
          _acute_more("id", _WHO_ID, _GUARD_ID, _ACTS_ID, _BYE_ID, _UNREACH_ID, _BYE_GUARD_ID)),
    _rule("صاحبتي صاحبي صديقتي صديقي رفيقتي رفيقي اختي اخوي اخي بنت ابن ولد زميلتي زميلي حبيبتي حبيبي "
          "امي ابوي ابي خالتي عمتي جارتنا جارنا صحبتي صحبي بيستي طالبه طالب وحده واحد بعتتلي بعتلي "
          "بعثتلي بعثلي كتبتلي كتبلي ارسلتلي راسلتني راسلني شب صبيه صاحبتنا صاحبنا صديقتنا صديقنا",
          _TX_AR + "|" + TEXTS["ar"],
          _acute_more("ar", _WHO_AR, _GUARD_AR, _ACTS_AR, _BYE_AR, _UNREACH_AR, _BYE_GUARD_AR, b=_NB,
                 pre="(?:و|ف)?", end=r"(?!\S)")),
    _rule("meri mera hamari hamara usne unhone mere hamare", _TX_HL + "|" + TEXTS["hl"],
          _acute_more("hl", _WHO_HL, _GUARD_HL, _ACTS_HL, _BYE_HL, _UNREACH_HL, _BYE_GUARD_HL)),
    _rule("मेरी मेरा हमारी हमारा उसने उन्होंने मेरे हमारे", _TX_HI + "|" + TEXTS["hi"],
          _acute_more("hi", _WHO_HI, _GUARD_HI, _ACTS_HI, _BYE_HI, _UNREACH_HI, _BYE_GUARD_HI, b=_NB, end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我 群",
                     _acute_more("zh", _WHO_ZH, _GUARD_ZH, _ACTS_ZH, _BYE_ZH, _UNREACH_ZH, _BYE_GUARD_ZH, b="", end="",
                            spaced=False),
                     framed="generic"), zh_spellings(_TX_ZH + " " + TEXTS["zh"])),
]
