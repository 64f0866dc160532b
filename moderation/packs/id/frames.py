"""Indonesian discussion / reporting frames, searched in the sentence text before a hit."""

from __future__ import annotations

FRAMES: list[str] = [
    # someone in authority said / explained it
    r"\b(?:guru\w*|bu guru|pak guru|wali kelas|bk|konselor|psikolog|kepala sekolah|polisi|"
    r"narasumber|pembicara|ortu|orang tua|mama|papa) (?:\w+ ){0,2}?(?:bilang|ngomong|bilangin|"
    r"jelasin|menjelaskan|ngajarin|mengajarkan|cerita|kasih tau|ngasih tau|ingetin|"
    r"mengingatkan)\b",
    # hypotheticals: "kalau ada yang ...", "kalo temen kamu ..."
    r"\b(?:kalau|kalo|klo|jika|jikalau|misal|misalnya|andaikan) (?:\w+ )?(?:ada (?:yang|orang)|"
    r"seseorang|orang|temen\w*|teman\w*|kamu|lu|lo|anak|dia|akun)\b",
    # lessons and class discussions
    r"\b(?:di|pas|waktu) (?:kelas|pelajaran|sekolah tadi|seminar|sosialisasi|penyuluhan)\b|"
    r"\b(?:kita|kami) (?:\w+ )?(?:belajar|bahas|membahas|diskusi|diajarin)\b",
    # reports: "ada om-om ngechat aku ...", "dia nyuruh aku ..."
    r"\b(?:ada (?:orang|om om|om|cowok|cewek|akun|yang)|orang asing|dia|mereka|om om|akun|bot|"
    r"penipu|pedofil)\b[^.!?]{0,50}?\b(?:chat|ngechat|nge chat|dm|ngedm|bilang|nyuruh|minta|"
    r"ngajak|ngancem|ngancam|kirim|ngirim|nanya|nanyain|maksa|ngatain|manggil)\w*\b",
    # what should happen / advice and warnings
    r"\b(?:platform|aplikasi|medsos|sosmed|moderator|admin) (?:\w+ )?(?:harus|seharusnya|"
    r"sebaiknya|wajib)\b|\b(?:jangan pernah|jangan mau)\b|"
    r"\bgimana (?:cara|kalau|kalo)\b|\bharus (?:gimana|apa)\b|\bartinya apa\b|\bcontoh(?:nya)?\b|"
    r"\bkayak (?:chat|pesan) (?:gini|kayak)\b",
    # talk about a topic
    r"\b(?:tentang|soal|masalah|pencegahan|bahaya) (?:bunuh diri|self harm|bullying|perundungan|"
    r"grooming|pelecehan|kekerasan)\b|\bdi (?:berita|film|sinetron|novel|artikel|video)\b",
]
