"""Indonesian grooming rules: secrecy, moving to another app, photo ("pap")
and camera requests, personal questions, meeting offers and gifts (robux,
diamond top-ups) for favours."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import APPS, GAME, PHOTO, YOU

# "jangan bilang siapa-siapa, aku suka sama Dimas": the writer's own confidence
_CONFIDING = (
    r"(?! ?(?:you |ya )?(?:tapi |soalnya |sebenernya )?(?:aku|gue|gw|saya) (?:suka|naksir|"
    r"pernah|lagi|udah|mau cerita)\b(?![^.!?]*\b(?:kamu|lu|lo|kau)\b))"
)
_WHO = (
    r"(?:siapa siapa|siapa2|siapapun|siapa pun|sapa sapa|sapa2|ortu\w*|orang ?tua\w*|mama\w*|mamah|"
    r"papa\w*|ibu\w*|bapak\w*|ayah\w*|guru\w*|temen\w*|teman\w*|kakak\w*|adik\w*|keluarga\w*|"
    r"orang rumah|nyokap|bokap|mami|papi|abang\w*)"
)
# "pap tugas", "kirim foto tugasnya": homework, the board, food
_OBJECT = (
    r"(?! (?:\w+ )?(?:tugas\w*|pr|catatan\w*|papan\w*|soal\w*|jawaban\w*|jadwal\w*|makanan\w*|"
    r"kucing\w*|anjing\w*|kelas|rapor\w*|buku\w*|materi\w*|struk\w*|bukti\w*)\b)"
)

GROOMING: list[Rule] = [
    # -- secrecy ----------------------------------------------------------------
    rule("grooming:secrecy", "grooming",
         "jangan jgn jngn jan gsh bilang blg bilangin blgin kasih kasi ksh kasitau ngomong ngmg cerita "
         "crita ceritain critain",
         r"\b(?:jangan|jgn|jngn|jan|gausah|ga usah|gak usah|gk usah|gsh) (?:pernah )?(?:bilang|blg|"
         r"bilangin|blgin|kasih tau|kasih tahu|kasitau|kasi tau|kasih tw|kasi tw|ksh tau|ngasih tau|"
         r"ngasi tau|ngomong|ngmg|cerita|crita|ceritain|critain) (?:\w+ )?(?:ini |soal ini |"
         r"soal kita |tentang kita |ke |sama |pada |kepada )?" + _WHO + r"\b"
         r"(?! (?:\w+ )?(?:password|pw|kata sandi|pin|otp|kode))" + _CONFIDING),
    rule("grooming:secrecy", "grooming", "rahasia rahasiain berdua hapus apus",
         r"\b(?:ini|itu) (?:jadi )?rahasia (?:kita|kita berdua|kita aja)\b|\brahasia (?:kita|kita "
         r"berdua|antara kita)\b|\b(?:cuma|cuman|hanya) kita berdua (?:aja )?yang (?:tau|tahu)\b|"
         r"\brahasiain (?:ini |dari )?(?:ortu|orang tua|siapa siapa|semua)\w*|"
         r"\b(?:hapus|apus) (?:\w+ )?(?:chat|chatnya|chat kita|obrolan|percakapan|pesan)\w*\b"
         r"(?! (?:\w+ )?(?:grup|spam|yang salah|salah kirim))",
         requires="ini itu rahasia cuma cuman hanya rahasiain hapus apus kita"),
    # -- moving off-platform -------------------------------------------------------
    rule("grooming:off_platform", "grooming",
         "chat pindah lanjut add follow dm japri pc minta bagi kasih nomor no nomer punya ada "
         "save",
         # (after an Italian/English article "chat" is a noun: "la chat di whatsapp")
         r"\b(?:chat|ngechat|pindah|lanjut|lanjutin|ngobrol|add|follow|dm|japri|pc|save|sv)"
         r"(?<!\bla chat)(?<!\buna chat)(?<!lla chat)(?<!\bthe chat)(?<!\bgroup chat)"
         r"(?<!\bnelle chat)(?<!\ble chat) "
         r"(?:\w+ )?(?:aku |gue |gw |ku )?(?:di|ke|lewat|via) " + APPS + r"\b" + GAME + r"|"
         r"\b(?:japri|pc|dm|private) (?:aja|dong|yuk|yu|sini|aku|gue)\b|"
         r"\b(?:minta|bagi|kasih|kasi|share|spill|send) (?:\w+ )?(?:nomor|nomer|no|nmr|kontak|"
         r"id line|username|uname|akun) (?:\w+ )?(?:wa|whatsapp|hp|telegram|tele|line|"
         r"instagram|" + YOU + r"|mu|nya)\b(?! (?:\w+ )?(?:buat grup|grup kelas|untuk grup|wali "
         r"kelas|guru))|"
         r"\b(?:punya|ada) (?:wa|whatsapp|instagram|telegram|line|snap|discord)\b (?:gak|ga|gk|nggak|"
         r"ngga|engga|kah|ngga sih)\b ?\?"),
    rule("grooming:off_platform", "grooming",
         "vc video call nyalain nyalakan buka kamera",
         r"\b(?:video call|vc|videocall) (?:\w+ )?(?:yuk|yu|dong|kuy|skrg|sekarang|berdua|aku)\b"
         # a call for school work: "video call yuk buat tugas kelompok"
         r"(?![^.!?]{0,30}\b(?:tugas|pr|kerja kelompok|kelompok|belajar|ujian|ulangan|proyek|"
         r"presentasi)\b)|"
         r"\b(?:nyalain|nyalakan|buka|idupin) (?:\w+ )?kamera(?:nya|mu)?\b(?! (?:\w+ )?(?:pas "
         r"(?:zoom|kelas|meet)|buat (?:absen|zoom|kelas)))"),
    # -- photos ---------------------------------------------------------------------
    rule("grooming:photo_request", "grooming",
         "kirim kirimin minta pap mana spill liat lihat",
         r"\b(?:kirim|kirimin|kirimkan|minta|spill|send) (?:\w+ )?(?:dong |donk |dunk |sih |please |"
         r"plis |pls )?(?:foto|fotomu|foto kamu|foto lu|foto lo|foto diri|fotonya|poto|picture|"
         r"selfie|selfie kamu|video kamu|muka|mukamu|wajah|wajahmu)\b" + _OBJECT + r"|"
         r"\bpap (?:dong|donk|dunk|lah|sih|yuk|muka|wajah|badan|full body|fullbody|selfie|kamu|"
         r"diri|sekarang|skrg)\b|\bpap\b ?(?:[?!]|$)|"
         r"\b(?:mana|liat|lihat|pengen liat|mau liat) (?:\w+ )?(?:foto|muka|wajah|poto|picture)"
         r"(?:mu|nya| kamu| lu| lo)\b(?! (?:\w+ )?(?:di (?:buku|album) tahunan|pas (?:wisuda|"
         r"lomba)))",
         requires="foto fotomu fotonya poto picture selfie video muka mukamu wajah wajahmu pap"),
    # -- personal questions -----------------------------------------------------------
    rule("grooming:personal_questions", "grooming",
         "umur umurnya umurmu usia tinggal rumah rumahnya rumahmu sekolah sendirian sendiri ortu "
         "orang mama papa pulang",
         r"\b(?:umur|usia|umurnya|umurmu) (?:\w+ )?(?:berapa|brp|brapa)\b|\b" + YOU + r" (?:umur|"
         r"usia) (?:\w+ )?(?:berapa|brp)\b|"
         r"\b(?:tinggal|rumah|rumahnya|rumahmu|rumah kamu|sekolah|sekolahnya|sekolahmu|sekolah kamu) "
         r"(?:\w+ )?(?:di mana|dimana|dmn|mana)\b|"
         r"\b(?:lagi |lg )?(?:sendirian|sendiri) (?:di rumah|dirumah)(?: (?:gak|ga|nggak|kah))? ?\?|"
         r"\b" + YOU + r" (?:lagi |lg )?(?:sendirian|sendiri)(?: (?:di rumah|dirumah))?"
         r"(?: (?:gak|ga|nggak|kah|aja))? ?\?|"
         r"\b(?:ortu|orang tua|mama|papa|bokap|nyokap)(?:mu| kamu| lu| lo)? (?:\w+ )?(?:pulang|balik|"
         r"pergi|berangkat) (?:jam berapa|kapan)\b|\b(?:ortu|orang tua)(?:mu| kamu| lu| lo)? (?:lagi |"
         r"lg )?(?:di rumah|dirumah|pergi|kerja) (?:gak|ga|nggak|kah)\b"),
    # -- meeting ---------------------------------------------------------------------------
    rule("grooming:meeting", "grooming",
         "ketemuan ketemu kopdar jemput dateng datang main",
         r"(?<!di game )(?<!mabar )\b(?:ketemuan|kopdar|ketemu) (?:\w+ )?(?:yuk|yu|kuy|dong|"
         r"berdua|aja|gak|ga|nggak|yok|ayo)\b" + GAME + r"(?! (?:\w+ )?(?:di (?:discord|zoom|meet|"
         r"game)|online))|\b(?:yuk|ayo|kuy) (?:kita )?(?:ketemuan|ketemu|kopdar)\b" + GAME + r"|"
         r"\b(?:aku|gue|gw|om|kakak|kak|saya) (?:\w+ )?(?:jemput|jemputin) (?:\w+ )?(?:kamu|lu|lo|"
         r"di sekolah|ke sekolah|pulang sekolah)\b|"
         r"\b(?:dateng|datang|dtg) (?:sendirian|sendiri) (?:aja|you|ya|ke)?\b|"
         r"\b(?:aku|gue|gw|om|kakak) (?:\w+ )?(?:main|dateng|datang|mampir) ke rumah(?:mu| kamu| lu| "
         r"lo)\b"),
    # -- gifts for photos / favours ----------------------------------------------------------
    rule("grooming:gifts", "grooming",
         "kasih beliin topup top up gratis asal kalo kalau",
         r"\b(?:aku |gue |gw |om |kakak )?(?:kasih|kasi|beliin|topup|top up|topupin|kirimin) "
         r"(?:\w+ ){0,3}?(?:robux|diamond|dm|uc|skin|pulsa|kuota|saldo|voucher|gopay|ovo|dana|uang|"
         r"duit)\w*\b[^.!?]{0,30}?\b(?:asal|asalkan|kalo|kalau|klo|tapi) (?:\w+ )?(?:kirim|pap|"
         r"kirimin|vc|video call|ketemuan|" + PHOTO + r")\b"),
]
