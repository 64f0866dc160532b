"""Indonesian harm rules: insults and exclusion aimed at a person, threats,
sextortion and sexual requests.  Bare insult words ("soalnya bego banget",
"aku goblok lupa bawa buku") are no rule: the insult is said to someone
("dasar ...", "lu ...", "... lu") or the group is told to shut someone out."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import GAME, ME, NOT, YOU

_INSULT = (
    r"(?:goblok|goblog|gblk|tolol|tll|bego|bodoh|dungu|idiot|jelek|gendut|gembrot|"
    r"anjing|anjg|babi|monyet|kunyuk|miskin|kere|gembel|sampah|pecundang|cupu|norak|kampungan|"
    r"udik|lemot|alay|banci|bencong|jablay|cacat|sinting|sok asik|sok cantik|"
    r"sok ganteng|buluk|dekil|hitam|pendek|cebol|ompong|bau|jamet|beban)"
)
# not listed: "gila" ("lu gila sih, keren"), "kampung" ("kamu kampung mana?"),
# "bodo" ("bodo amat" = whatever), "item" (English "you item")
_THEM = r"(?:dia|si \w+|doi|anak itu|anak ini|cewek itu|cowok itu)"

HARM: list[Rule] = [
    # -- insults aimed at a person ---------------------------------------------------
    rule("bullying:insult", "bullying",
         "dasar",
         r"\bdasar (?:lu |lo |kamu |kau |elu |emang )?(?:anak |orang |muka )?" + _INSULT + r"\b"
         r"(?! (?:\w+ )?(?:banget aku|bgt aku|deh aku|aku)\b)"),
    rule("bullying:insult", "bullying",
         "lu lo loe elu kau kamu km muka",
         r"\b" + YOU + r" (?:tuh |itu |emang |memang |tu |ini |kok |beneran |bener bener |dasar )*"
         r"(?:orang |anak |manusia )?" + _INSULT + r"\b(?! (?:\w+ )?(?:main|mainnya|pas main|di game|"
         r"sih kalo main|kalo main)\b)|"
         r"\b(?:goblok|goblog|tolol|bego|anjing|babi|monyet|kunyuk|sampah|bangsat) (?:banget )?"
         r"(?:lu|lo|loe|elu|kau|kamu)\b(?! (?:\w+ )?(?:main|mainnya|di game)\b)|"
         r"\bmuka (?:lu|lo|kamu|kau|mu) (?:\w+ )?(?:kayak|kaya|mirip|kek) (?:\w+ )?(?:babi|monyet|"
         r"anjing|sampah|kodok|tikus|pantat)\b",
         requires="lu lo loe elu kau kamu km kmu u you anda lw elo muka"),
    rule("bullying:exclusion", "bullying",
         "usah ikut temenan benci ngajak ajak kick keluarin jauhin musuhin",
         r"\b" + YOU + r" (?:\w+ )?(?:gak|ga|gk|nggak|ngga|tidak|tdk) (?:usah|perlu) (?:ikut|ikutan|"
         r"nimbrung|ngobrol|gabung|dateng|join)\b|"
         r"\b(?:gausah|ga usah|gak usah|gk usah|nggak usah) (?:ikut|ikutan|nimbrung|gabung|join) "
         r"(?:ngobrol|main|nimbrung|di sini|disini|sama kita|kita)\b|"
         r"\b(?:gak|ga|nggak|tidak) ada (?:yang|orang yang) (?:\w+ )?(?:mau|suka|pengen) "
         r"(?:temenan|berteman|main|ngobrol) (?:sama|ama|dengan) (?:lu|lo|kamu|kau|elu)\b|"
         r"\bsemua (?:orang )?(?:\w+ )?(?:benci|jijik|males) (?:sama |ama )?(?:lu|lo|kamu|kau|elu)\b|"
         r"\b(?:jangan|jgn) (?:ada yang )?(?:ajak|ngajak|temenan sama|main sama|ngomong sama|"
         r"ngobrol sama|tegur|negur|sapa|nyapa) " + _THEM + r"\b(?! (?:\w+ )?(?:dulu|lagi sakit|"
         r"lagi belajar|lagi ujian))|"
         r"\b(?:kick|keluarin|tendang|usir) " + _THEM + r" (?:\w+ )?(?:dari|dr) (?:grup|gc|kelas|"
         r"tim)\b(?! (?:\w+ )?(?:spam|bot|promosi))|"
         r"\b(?:jauhin|musuhin|diemin|cuekin) (?:aja )?" + _THEM + r"\b"),
    # -- threats -------------------------------------------------------------------------
    rule("threat:violence", "threat",
         "bunuh hajar pukul gebukin habisin abisin tonjok awas tunggu tau",
         r"\b" + ME + r" (?:\w+ )?(?:bunuh|hajar|pukul|gebukin|habisin|abisin|tonjok|bacok) "
         r"(?:lu|lo|loe|elu|kau|kamu|km)\b" + GAME + r"|"
         r"\bawas (?:aja )?(?:lu|lo|kamu|kau|elu)\b(?: (?:\w+ )?(?:ya|you|why))? (?:\w+ )?(?:besok|nanti|"
         r"pulang sekolah|di sekolah|abis sekolah)\b|"
         r"\b" + ME + r" (?:\w+ )?tunggu (?:lu|lo|kamu|kau) (?:\w+ )?(?:pulang sekolah|di gerbang|"
         r"depan sekolah|abis sekolah)\b|\b" + ME + r" (?:\w+ )?(?:tau|tahu) rumah (?:lu|lo|kamu|"
         r"kau|mu)\b",
         requires="aku gue gw gua saya sy ku ak awas"),
    # "aku tusuk kamu", "gue patahin kaki lo", "kalau lo lapor lagi gue pukul lo" (the condition is
    # matched with the threat: "kalau lo ..." alone is a hypothetical frame), "lo gak bisa kabur",
    # "besok lo mati"
    rule("threat:violence", "threat",
         "tusuk tikam bacok pukulin tonjokin gebuk gebukin patahin patahkan rontokin rontokkan "
         "remukin remukkan pecahin hancurin pukul hajar kabur mati mampus",
         r"\b(?:(?:kalau|kalo|klo|kl|jika) " + YOU + r" [^.!?]{0,40}?)?" + ME + r" (?:\w+ )?(?:tusuk|"
         r"tikam|bacok|pukulin|pukul|tonjokin|tonjok|hajar|gebuk|gebukin|patahin|patahkan|rontokin|"
         r"rontokkan|remukin|remukkan|pecahin|hancurin) (?:(?:kaki|tangan|gigi|tulang|kepala|leher|"
         r"hidung|muka|jari|rahang|pala|idung) )?" + YOU + r"\b" + GAME + r"|"
         r"\b" + ME + r" (?:\w+ )?(?:patahin|patahkan|rontokin|rontokkan|remukin|pecahin|hancurin) "
         r"(?:kaki|tangan|gigi|tulang|kepala|leher|hidung|muka|jari|rahang)mu\b|"
         r"\b(?:lu|lo|kamu|kau|elu) (?:gak|ga|nggak|ngga|gk|tidak|g) (?:bakal |akan )?(?:bisa )?"
         r"(?:kabur|lari) dari (?:gue|gw|aku|ku)\b|"
         r"\b(?:besok|pulang sekolah|abis sekolah) (?:\w+ )?(?:lu|lo|kamu|kau|elu) (?:\w+ )?(?:mati|"
         r"mampus)\b(?! (?:\w+ )?(?:gaya|lampu|listrik|ketawa))"),
    rule("threat:sextortion", ("threat", "sexual"),
         "sebar sebarin upload viralin kirim kirimin",
         r"\b(?:sebar|sebarin|upload|viralin|kirim|kirimin|share) (?:\w+ )?(?:foto|video|pap|chat|ss)"
         r"(?:mu| kamu| lu| lo| lo yang| kamu yang)\b[^.!?]{0,40}?\b(?:ke (?:semua|ortu|orang tua|"
         r"sekolah|grup|kelas|sosmed|medsos|internet)|biar viral)\b|"
         r"\b(?:kalo|kalau|klo) (?:\w+ )?(?:" + NOT + r") (?:kirim|pap|transfer|bayar|mau)\b"
         r"[^.!?]{0,50}?\b(?:sebar|sebarin|upload|viralin)\b"),
    # -- sexual requests --------------------------------------------------------------------
    rule("sexual:request", "sexual",
         "pap vcs bugil telanjang buka baju daleman perawan pake",
         r"\bpap (?:tt|toket|tete|bugil|telanjang|daleman|bh|cd|badan|paha|dada)\b|"
         # "vcs" (video call sex) is Portuguese "vocês" too: only as a proposal
         r"\bvcs (?:yuk|yu|kuy|dong|yok|ayo|an|berdua|sama (?:aku|gue|om|kakak))\b|"
         r"\b(?:mau|ayo|yuk|ajak|ngajak|open|bisa) vcs\b|"
         r"\b(?:kirim|kirimin|minta|liat) (?:\w+ )?(?:foto|video|picture) (?:\w+ )?(?:bugil|telanjang|"
         r"pake daleman|pake bh|tanpa baju|gak pake baju)\b|\bbuka baju(?:nya|mu)?\b(?! (?:\w+ )?"
         r"(?:dulu|di kamar ganti|mau mandi|olahraga))|"
         r"\b(?:lagi )?pake (?:baju )?(?:apa|daleman apa)\b ?\?|\b(?:masih )?perawan (?:gak|ga|"
         r"nggak|kah)\b"),
    # -- a weapon brought with a consequence for a group ("bawa pistol bapakku biar mereka semua bayar")
    rule("threat:weapon", "threat", "pistol pisau senjata golok celurit clurit",
         r"\b(?:bawa|bw|bawain|ambil) (?:\w+ ){0,3}?(?:pistol|pisau|senjata|golok|celurit|clurit)"
         r"\w*\b(?! (?:\w+ )?(?:buat (?:masak|potong|kue|buah|prakarya)))[^?]{0,50}?\b(?:biar|terus|"
         r"nanti|liat aja|lihat aja)\b[^?]{0,25}?\b(?:bayar|tau rasa|tahu rasa|nyesel|menyesal|"
         r"mampus|mati semua)\b"),
]
