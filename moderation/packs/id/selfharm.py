"""Indonesian self-harm rules: first-person disclosures (generic frames only)
and incitement aimed at someone else (bullying + self_harm)."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import JOKE, ME, NO_THIRD, NOT, RECOVERED

_WANT = r"(?:pengen|pengin|pgn|pingin|ingin|mau|mo|pen|kepengen)"
# "mati ketawa", "mati gaya", "mati lampu": idioms and power cuts
_NOT_IDIOM = (
    r"(?! (?:ketawa|gaya|kutu|lampu|listrik|kebosanan|bosen|penasaran|kepanasan|kedinginan|"
    r"kelaperan|kelaparan|malu|aku malu|rasanya malu)\b)"
)
_TIRED = r"(?:capek|cape|capekk|cpk|lelah|letih|males|malas|muak|bosen|bosan)"
_LIFE = r"(?:hidup|idup|hdp|sama hidup|ama hidup|dengan hidup|ama idup|jalanin hidup)"

SELF_HARM: list[Rule] = [
    rule("self_harm:disclosure", "self_harm",
         "mati hidup idup hdp capek cape lelah muak bunuh bundir selamanya menghilang ilang kuat "
         "bangun mending mendingan baik kepikiran",
         # "pengen jerawat ilang selamanya": acne or homework wished away
         NO_THIRD + r"(?:" + _WANT + r" (?!(?:jerawat|komedo|bekas|noda|tugas|pr|ujian|masalah)\w* )"
         r"(?:\w+ )?(?:mati|mati aja|mati "
         r"ajah|mati saja|bunuh diri|bundir|menghilang selamanya|ilang selamanya|pergi (?:aja |saja )?"
         r"selamanya|tidur (?:aja )?(?:selamanya|terus gak bangun lagi|dan gak bangun lagi|dan tidak "
         r"bangun lagi|gak bangun bangun lagi))\b" + _NOT_IDIOM + JOKE + RECOVERED + r"|"
         + _TIRED + r" (?:banget |bgt |bener |beneran |sama |ama )?" + _LIFE + r"\b"
         r"(?! (?:di|kayak|sebagai|jadi|anak|kos|kost)\b)" + JOKE + r"|"
         + NOT + r" (?:\w+ )?(?:" + _WANT + r"|kuat|sanggup) (?:\w+ )?(?:hidup|idup) (?:lagi|lagi aja|"
         r"lebih lama)\b|"
         r"kepikiran (?:buat |untuk |mau )?(?:bunuh diri|bundir|mati|mengakhiri hidup)\b|"
         r"(?:lebih baik|mending|mendingan) " + ME + r" (?:mati|gak ada|ga ada|nggak ada|tidak ada|"
         r"gak pernah lahir|ga pernah lahir|gak usah hidup)\b)" + JOKE,
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "tanpa tanpaku beban pesan terakhir terakhirku tinggal selamat perpisahan",
         r"\b(?:semua|semuanya|semua orang|keluarga\w*|ortu\w*|orang tua\w*|mama|mereka) (?:\w+ ){0,2}?"
         r"(?:lebih|bakal lebih|akan lebih) (?:bahagia|baik|tenang|seneng|senang) (?:kalo |kalau |"
         r"tanpa )(?:aku|gue|gw|saya|tanpaku)\b(?: (?:gak|ga|nggak|tidak) ada| mati| pergi)?|"
         r"\btanpa (?:aku|gue|gw|saya) (?:\w+ )?(?:semua|semuanya|mereka) (?:\w+ )?(?:lebih|bakal "
         r"lebih) (?:bahagia|baik|tenang)\b|"
         r"\b(?:aku|gue|gw|saya) (?:cuma|hanya|cuman|emang) (?:jadi )?beban\b(?! (?:tim|di tim|"
         r"kelompok|di kelompok|pas mabar|mabar|team|squad))" + JOKE + r"|"
         r"\b(?:ini|itu) (?:pesan|chat) terakhir(?:ku| aku| gue| dari aku)\b(?! (?:\w+ )?(?:hari ini|"
         r"malam ini|sebelum|buat hari|disini|di sini|di grup))|"
         r"\bselamat tinggal (?:semuanya|semua|dunia|selamanya)\b(?! (?:\w+ )?(?:sampai|sampe) )|"
         r"\b(?:nulis|menulis|udah nulis|ninggalin|nulisin) (?:\w+ )?surat (?:perpisahan|terakhir)\b"
         r"(?![^.!?]*\b(?:guru|pensiun|pindah|wali kelas|lulus\w*|kakak kelas)\b)",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "loncat lompat terjun minum telen nelen obat obatnya pil",
         NO_THIRD + r"(?:" + ME + r" )?(?:mau|pengen|pgn|bakal|akan) (?:\w+ )?(?:loncat|lompat|terjun) "
         r"(?:dari|dr) (?:\w+ )?(?:jembatan|atap|gedung|lantai|rooftop|balkon)\b" + JOKE + r"|"
         r"\b(?:mau|pengen|bakal|akan) (?:minum|nelen|telen|menelan|minum aja) (?:semua |sebotol |"
         r"satu botol |seluruh |sekaligus )(?:\w+ )?(?:obat|obatnya|pil|pilnya)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "nyakitin menyakiti sakitin nyilet silet nyayat sayat ngiris iris cutting harm berhenti",
         NO_THIRD + ME + r" (?:\w+ )?(?:nyakitin|menyakiti|sakitin|nyilet|silet|nyayat|sayat|"
         r"ngiris|ngelukain|melukai) (?:\w+ )?(?:diri(?: sendiri| ku| aku)?|diriku|tangan|tanganku|"
         r"lengan|lenganku|paha|pahaku|pergelangan)\b" + RECOVERED
         + r"(?! (?:\w+ )?(?:pas masak|waktu masak|pisau dapur|gak sengaja|ga sengaja|nggak "
         r"sengaja))|"
         + NO_THIRD + r"(?:(?:nyakitin|menyakiti|nyilet|nyayat|ngelukain) diri (?:sendiri |aku )?lagi"
         r"|(?:nyilet|nyayat|sayat|silet) (?:tangan|lengan|paha|nadi)\w* (?:lagi|terus|tiap)"
         r"|gak bisa berhenti (?:nyilet|nyakitin diri|self harm|cutting))\b|"
         r"\b(?:aku|gue|gw|saya) (?:\w+ )?(?:self harm|selfharm|cutting) (?:lagi|terus|tiap)\b",
         framed="generic"),
    # -- incitement aimed at someone else: bullying + self_harm ---------------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "mati mampus bunuh gantung",
         r"\bmati (?:aja|ajah|saja|sana|lo|lu|loe|elu|kau|kamu) (?:lo|lu|loe|elu|kau|kamu|sana)\b|"
         r"\b(?:mati|mampus) (?:aja |saja )?(?:lo|lu|loe|elu|kau|sana)\b" + JOKE + r"(?! (?:di|"
         r"dalem|dalam) )|"
         r"\b(?:bunuh diri|gantung diri|bundir) (?:aja |saja )?(?:sana|lo|lu|kau)\b|"
         r"\b(?:mending|mendingan|lebih baik) (?:lo|lu|loe|elu|kau|kamu) (?:mati|bunuh diri|bundir|"
         r"gantung diri)\b|\bsemoga (?:lo|lu|kamu|kau) (?:cepet |cepat )?mati\b"),
]

# banging one's head when upset and dying unnoticed ("aku" is the first person)
SELF_HARM += [
    rule("self_harm:injury", "self_harm", "membenturkan benturin bentur mukul memukul pukul",
         r"\b(?:aku|gue|gw|saya) (?:sering |suka |selalu )?(?:membenturkan|benturin|bentur|ngebenturin) "
         r"kepala(?:ku)? (?:ke|di) (?:tembok|dinding|lantai|meja)\b(?=[^.!?]{0,60}\b(?:stres|marah|"
         r"sedih|kesel|nangis|sampai|sampe|tiap hari|gak bisa berhenti)\b)|\b(?:aku|gue|gw|saya) "
         r"(?:sering |suka |selalu )?(?:mukul|memukul|mukulin|nampar) diri (?:sendiri|ku)\b",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "kalau kalo klo jika",
         r"\b(?:kalau|kalo|klo|jika) (?:aku|gue|gw|saya) (?:mati|meninggal|hilang)\b[^.!?]{0,30}\b"
         r"(?:gak|ga|nggak|tidak|gk) (?:ada )?(?:yang )?(?:peduli|nyadar|sadar|nyariin|kangen|"
         r"bakal sadar)\b",
         framed="generic"),
]

# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# Three to seven words as teens type them: "pengen tidur dan ga bangun lagi", "nyesel aku
# dilahirin", "ga ada alasan buat hidup", "aku udah ga kuat lagi" as the whole message, "aku
# nyilet lagi", "aku mau loncat" as the whole message, "surat wasiatku udah siap", "pesan
# terakhir dari aku, selamat tinggal", "aku udah punya rencana bunuh diri", "malam ini aku
# akhiri semuanya", "ga ada yang bakal kangen aku", "aku benci hidup", "tiap hari aku mikirin
# bunuh diri".  What passes: a jump into the pool, missing a lesson, a farewell letter for a
# retiring teacher, "ga kuat lagi lari".
_END = r"(?= ?[.!?,]| ?$)"
SELF_HARM += [
    rule("self_harm:disclosure", "self_harm",
         "bangun nyesel dilahirin dilahirkan lahir alasan kuat sanggup kangen rindu kehilangan benci "
         "mikirin mikir memikirkan beban",
         r"\btidur (?:aja |terus )?(?:dan|terus|trus|lalu) " + NOT + r" (?:usah )?bangun (?:lagi|"
         r"selamanya)\b" + JOKE + r"|"
         r"\bnyesel (?:aku |gw |gue )?(?:di ?lahirin|dilahirkan|lahir)\b|"
         r"\b(?:andai|kalau aja|coba aja|seandainya) " + ME + r" " + NOT + r" (?:pernah )?(?:lahir|"
         r"dilahirin|dilahirkan)\b|"
         r"\b" + NOT + r" (?:ada|punya) alasan (?:lagi )?(?:buat|untuk) (?:tetap |terus )?hidup\b|"
         r"\b" + ME + r" (?:\w+ ){0,2}?beban (?:buat|untuk|bagi) (?:semua orang|semuanya|keluarga\w*|ortu\w*|"
         r"orang tua\w*|kalian)\b|"
         r"(?:^|(?<=[.!?] ))" + ME + r" (?:udah |sudah )?" + NOT + r" (?:kuat|sanggup) lagi" + _END + r"|"
         r"\b" + NOT + r" (?:bakal )?ada yang (?:bakal |akan )?(?:kangen|rindu|ngerasa kehilangan|merasa "
         r"kehilangan|nyariin) (?:sama |sm )?" + ME + r"\b|"
         r"\b" + ME + r" (?:\w+ )?benci (?:masih )?(?:hidup|hidupku)" + _END + r"|"
         + NO_THIRD + r"(?:mikirin|mikir|kepikiran|memikirkan) (?:soal |tentang |buat |untuk |mau )?bunuh "
         r"diri\b(?! (?:di|buat|untuk) (?:tugas|pelajaran|kelas|materi|sekolah)\b)",
         framed="generic"),
    rule("self_harm:acts", "self_harm",
         "nyilet nyayat menyilet menyayat nonjok mukul mukulin muntahin minum telen nelen loncat lompat terjun "
         "wasiat wasiatku pesan rencana malam",
         r"\b(?:nyilet|nyayat|menyilet|menyayat)\w* (?:\w+ )?lagi\b" + RECOVERED + r"|"
         r"\b(?:mukul|mukulin|nonjok|nonjokin|nampar|namparin)\w* (?:diri|diri sendiri|kepala)\b[^.!?]{0,20}\b"
         r"(?:sampe|sampai) (?:memar|berdarah|biru|lebam)\b|"
         r"\b" + ME + r" (?:\w+ )?(?:muntahin|memuntahkan|sengaja muntah|maksa muntah)\b|"
         r"\b(?:minum|telen|nelen|nenggak|menelan) (?:semua|sebotol|semuanya) (?:\w+ )?(?:obat|pil)\w*\b|"
         r"(?:^|(?<=[.!?] ))" + ME + r" (?:mau|pengen|bakal|akan) (?:loncat|lompat|terjun)(?: (?:sekarang|"
         r"malam ini|aja))?" + _END + r"|"
         r"\bsurat (?:wasiat|perpisahan|terakhir)(?:ku| aku| gw| gue)? (?:udah|sudah) (?:siap|jadi|selesai)\b|"
         r"\bpesan terakhir (?:dari )?(?:aku|gw|gue|saya)? ?(?:selamat tinggal|dadah|bye)\b|"
         r"\b" + ME + r" (?:\w+ )?punya rencana (?:buat |untuk )?(?:bunuh diri|mengakhiri (?:semuanya|"
         r"hidup\w*|semua)|ngakhirin (?:semuanya|hidup\w*)|mati)\b|"
         r"\bmalam ini " + ME + r" (?:mau |bakal |akan )?(?:akhiri|mengakhiri|ngakhirin|udahin) (?:semuanya|"
         r"semua|hidupku|hidup)\b|\bmalam ini " + ME + r" (?:mau |bakal |akan )?bunuh diri\b",
         framed="generic"),
]
