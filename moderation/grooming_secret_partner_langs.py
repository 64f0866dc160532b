"""A child telling of an ongoing secret relationship with an adult, in
Russian, Turkish, Polish, Indonesian, Arabic, Hindi (Hinglish and
Devanagari) and Chinese: "моему парню 22, а мне 13, родители не должны
знать", "sevgilim 25 yaşında, bizim sırrımız", "mój chłopak ma 21 lat, to
nasza tajemnica", "pacarku umurnya 22 tahun, orang tuaku gak boleh tau",
"حبيبي عمره 25 واهلي ما لازم يعرفوا", "mera boyfriend 22 saal ka hai, ghar
pe kisi ko nahi pata", "我男朋友22岁，不能让爸妈知道".

Why and how: as in `grooming_secret_partner.py` (the writer's relationship,
an adult next to it, secrecy or the writer's young age anywhere; the
relationship handled, over, hypothetical or taught, or the writer 16 or
older, makes it pass).  Patterns run on the phrase form (й reads и, ё е;
Turkish and Polish letters without marks; Arabic ة ه); Arabic also with
Arabic-Indic digits; Devanagari without a trailing \\b (vowel signs are not
\\w); Chinese on the normalised text (unspaced, both scripts).
"""

from __future__ import annotations

from .grooming_secret_partner import ADULT_N, MINOR_N, OLDER_N, partner_rule
from .packs.hi._script import _DE, _n, _triggers
from .packs.zh import zrule
from .rules import Rule

# -- ru -------------------------------------------------------------------------------
_REL_RU = (
    r"(?:мои|моему|моего|моим) (?:парень|парн\w*|молодои человек|молодому человеку|боифренд\w*)|(?:моя|мою|"
    r"моеи) девушк\w*|я (?:его|ее) девушка|мы (?:встречаемся|вместе|пара)|у меня есть (?:парень|"
    r"девушка)|встречаюсь с"
)
_ADULT_RU = (
    r"(?:ему|ей|он|она) (?:уже |всего |аж )?" + ADULT_N + r"(?: лет| год| года)?|" + ADULT_N
    + r" (?:лет|год|года|летн\w*)|(?:намного|гораздо|сильно|очень) старше|взросл\w+|мужчин\w*"
)
# the age right after the relationship in the dative: "моему парню 22"
_ADULT_AFTER_RU = (
    _ADULT_RU + r"|(?:(?<=парню )|(?<=парню уже )|(?<=девушке )|(?<=девушке уже ))" + ADULT_N
)
_SECRET_RU = (
    r"(?:родители|мама|папа|никто|родаки|семья) (?:ничего )?(?:не )?(?:должн\w*|могут|может|будут|"
    r"узна\w*) (?:ничего )?(?:знать|узнать)|(?:это )?(?:наш )?секрет|в (?:секрете|таине)|таино|"
    r"никому не (?:говорю|говорить|рассказываю|рассказывать|скажу|говори)|не (?:поимут|поняли бы)|"
    r"(?:пришлет|отправит|купил|подарит|подарил|купит|отправил) (?:мне )?(?:новыи )?телефон|"
    r"удаля\w* (?:переписк\w*|сообщени\w*)"
)
_MINOR_RU = r"(?:мне|а мне|я) (?:всего |только )?" + MINOR_N
_OLDER_RU = r"мне " + OLDER_N + r" (?:лет|год|года)"
_HANDLED_RU = (
    r"заблокир\w*|пожаловал\w*|жалоб\w*|рассказал\w* (?:маме|папе|родителям|учител\w*|взросл\w*)|"
    r"полици\w*|жутк\w*|мерзк\w*|груминг\w*|если (?:кто|какои|взросл|незнаком)|нас учили|когда мне "
    r"было|расстались"
)

# -- tr -------------------------------------------------------------------------------
_REL_TR = (
    r"(?:erkek|kiz) arkadasim\w*|sevgilim\w*|(?:onun )?sevgilisiyim|beraberiz|birlikteyiz|"
    r"cikiyoruz|sevgiliyiz"
)
_ADULT_TR = (
    ADULT_N + r" (?:yasinda\w*|yas)|(?:benden )?(?:cok|epey|baya|bayagi) buyuk|yetiskin\w*|bir adam"
)
_SECRET_TR = (
    r"(?:ailem|annem|babam|kimse|annemler) (?:bunu |bizi )?(?:bilmemeli|bilmiyor|bilmesin|bilmeyecek|"
    r"ogrenmemeli|ogrenmesin|duymamali|bilemez)|(?:bizim )?sirrimiz|sir olarak|gizli|gizlice|"
    r"kimseye (?:soyleme\w*|soylemiyorum|soyleyemem|anlatma\w*|anlatamam|anlatmiyorum)|anlamazlar|"
    r"bana (?:gizli )?telefon (?:gonder\w*|yolla\w*|al\w*)|mesajlari sil\w*"
)
_MINOR_TR = r"(?:ben|ben de|bense) " + MINOR_N + r"(?: yasindayim| yasinda)?|" + MINOR_N + r" yasindayim"
_OLDER_TR = OLDER_N + r" yasindayim"
_HANDLED_TR = (
    r"engelle\w*|sikayet\w*|bildir\w*|(?:anneme|babama|aileme|ogretmenime) (?:soyledim|anlattim)|"
    r"polis\w*|korkunc|igrenc|grooming|eger (?:bir|biri)|ogrendik|yasindayken|ayrildik"
)

# -- pl -------------------------------------------------------------------------------
_REL_PL = (
    r"(?:moj|moja|mojego|mojemu|moim|moja) (?:chlopak\w*|dziewczyn\w*)|mam (?:chlopaka|dziewczyne)|"
    r"jestem (?:jego|jej) dziewczyna|jestesmy (?:razem|para)|chodzimy ze soba|spotykam sie z"
)
_ADULT_PL = (
    r"(?:ma|on ma|ona ma|juz ma) " + ADULT_N + r"(?: lat| lata)?|" + ADULT_N + r" (?:lat|lata|"
    r"letni\w*)|(?:duzo|sporo|o wiele|znacznie) starsz\w*|dorosl\w*|facet\w*"
)
_SECRET_PL = (
    r"(?:rodzice|mama|tata|nikt|moi rodzice|rodzina) (?:nie )?(?:moga|moze|powinni|powinien|powinna|"
    r"musza) (?:sie )?(?:nie )?(?:wiedziec|dowiedziec)|(?:to )?(?:nasz|nasza) (?:sekret|tajemnica)|"
    r"tajemnic\w*|w sekrecie|po kryjomu|potajemnie|nikomu nie (?:mowie|mowic|mow|powiem|mowimy)|nie "
    r"(?:zrozumieliby|zrozumieja)|(?:wysle|przysle|kupi|kupil|wyslal|da) mi (?:nowy )?telefon|"
    r"usuwa\w* (?:wiadomosci|rozmowy)"
)
_MINOR_PL = r"(?:ja|a ja|ja mam|mam) (?:dopiero |tylko )?" + MINOR_N
_OLDER_PL = r"(?:ja mam|mam) " + OLDER_N + r" (?:lat|lata)"
_HANDLED_PL = (
    r"zablokowal\w*|zglosil\w*|powiedzial\w* (?:mamie|tacie|rodzicom|nauczyciel\w*)|policj\w*|"
    r"obrzydliw\w*|grooming|jesli (?:ktos|jakis|dorosly)|uczyli nas|kiedy mial(?:am|em)|zerwal\w*"
)

# -- id -------------------------------------------------------------------------------
_REL_ID = (
    r"pacarku|pacar (?:aku|gue|gw|saya)|(?:aku|gue|gw|saya) pacarnya|(?:kita|aku|gue|gw|saya) "
    r"(?:udah |lagi )?(?:pacaran|jadian)|pacaran (?:sama|dengan)|cowokku|cowok (?:aku|gue|gw)"
)
_ADULT_ID = (
    r"(?:umur|umurnya|usia|usianya|udah) " + ADULT_N + r"(?: tahun| thn| th)?|" + ADULT_N
    + r" (?:tahun|thn|th)|(?:jauh )?lebih tua|om om|om|dewasa|udah kerja|bapak bapak"
)
_SECRET_ID = (
    r"(?:orang ?tua(?:ku)?|ortu(?:ku)?|mama(?:ku)?|papa(?:ku)?|ibu(?:ku)?|ayah(?:ku)?|nyokap|bokap|"
    r"siapa ?(?:pun|siapa)|(?:ga|gak|nggak) ada yang|keluarga(?:ku)?) (?:gak|ga|nggak|tidak|ngga|gk|"
    r"jangan) (?:boleh )?(?:sampai )?(?:tau|tahu)|rahasia\w*|diam diam|diem diem|jangan (?:bilang|"
    r"kasih tau|cerita) (?:siapa ?siapa|ke siapa ?pun|ke ortu|ke mama)|(?:ga|gak|nggak) (?:akan )?"
    r"ngerti|(?:kirimin|ngirimin|beliin|ngasih|kasih) (?:aku |gue |gw )?hp|hapus (?:chat|pesan)"
)
_MINOR_ID = r"(?:aku|gue|gw|saya|umurku|umur aku) (?:masih |baru )?" + MINOR_N
_OLDER_ID = r"(?:umurku|umur aku|aku|gue|gw|saya) (?:udah )?" + OLDER_N + r" (?:tahun|thn)"
_HANDLED_ID = (
    r"blokir\w*|diblokir|lapor\w*|dilaporin|(?:cerita|bilang|ngomong) (?:ke|sama) (?:mama|papa|"
    r"ibu|ayah|guru|ortu)|polisi|serem|seram|jijik|grooming|(?:kalau|kalo) (?:ada|orang)|kita "
    r"belajar|waktu (?:aku|gue|gw) (?:masih )?(?:kecil|sd)|putus"
)

# -- ar -------------------------------------------------------------------------------
_N_AR = r"(?:" + ADULT_N + r"|[١][٨٩]|[٢-٥][٠-٩])"
_MINOR_N_AR = r"(?:" + MINOR_N + r"|[١][٠-٥]|[٨٩])"
_OLDER_N_AR = r"(?:" + OLDER_N + r"|[١][٦-٩]|[٢-٩][٠-٩])"
_REL_AR = (
    r"حبيبي|حبيبتي|انا حبيبته|انا حبيبتو|(?:احنا|نحن|انا وهو) (?:مرتبطين|مع بعض|بنحب بعض|في علاقه)|"
    r"بوي ?فريندي|خطيبي|(?:عندي|الي|لي) حبيب"
)
_ADULT_AR = (
    r"عمره " + _N_AR + r"|" + _N_AR + r" (?:سنه|سنين|عام)|اكبر مني (?:بكثير|بكتير|بواجد)|"
    r"(?:رجل|راجل|واحد) كبير"
)
_SECRET_AR = (
    r"و?(?:اهلي|امي|ابوي|ابي|بابا|ماما|محد|ماحد|ما حد|ولا حد|محدش|ما احد) (?:ما |مش |لا |مو )?"
    r"(?:لازم |ممنوع |رح |راح )?(?:يعرف\S*|يدر\S*|يعلم\S*)|و?(?:سرنا|سر بينا|سر بيننا|بالسر|في "
    r"السر)|(?:ما|مش|لا) (?:بقول|اقول|احكي|بحكي|اخبر|راح اقول) (?:لحد|لاحد|لاهلي|لامي)|"
    r"(?:بيبعتلي|يبعتلي|بيرسلي|يرسل لي|راح يرسل لي|بعتلي|جابلي|اشترالي|رح يبعتلي) (?:جوال|موبايل|"
    r"تلفون|تليفون)"
)
_MINOR_AR = r"و?(?:انا|عمري|انا عمري) (?:عمري )?" + _MINOR_N_AR
_OLDER_AR = r"(?:عمري|انا عمري) " + _OLDER_N_AR
_HANDLED_AR = (
    r"بلوك|حظرت\S*|بلغت|بلغنا|(?:قلت|حكيت|خبرت) (?:لامي|لماما|لابوي|لاهلي|للمعلم\S*)|شرطه|"
    r"مخيف|مقرف|تحرش|استدراج|اذا (?:واحد|حد|شخص)|تعلمنا|لما كنت"
)

# -- hi: Hinglish, and Devanagari (no trailing \b) --------------------------------------
_REL_HL = (
    r"(?:mera|meri|mere) (?:boyfriend|girlfriend|bae)|(?:main|mai) (?:uski|uska) (?:girlfriend|"
    r"boyfriend)|(?:hum|ham) (?:date kar rahe|relationship (?:mein|me|mai)|saath (?:hai|hain))"
)
_ADULT_HL = (
    ADULT_N + r" (?:saal|sal|years|yrs)|(?:umar|umr|age) " + ADULT_N + r"|(?:bahut|kaafi|kafi) "
    r"bada|uncle"
)
_SECRET_HL = (
    r"(?:ghar (?:pe|par|mein|me)|gharwalon|ghar walo|mummy papa|mummy|papa|mom dad|parents) (?:ko )?"
    r"(?:kisi ko )?(?:bhi )?(?:nahi|nhi|na|mat) (?:pata|batana|bata)|kisi ko (?:bhi )?(?:nahi|nhi|"
    r"mat) (?:pata|batana|bata)|secret|raaz|raz|chupke|chup chap|chupchap|(?:phone|mobile) "
    r"(?:bhej|dilwa|dila)\w*"
)
_MINOR_HL = r"(?:main|mai|meri (?:umar|umr|age)) " + MINOR_N
_OLDER_HL = r"(?:main|mai|meri (?:umar|umr|age)) " + OLDER_N + r" (?:saal|ka|ki)"
_HANDLED_HL = (
    r"block|blocked|report|(?:mummy|papa|teacher|ma'am|sir) ko bata (?:diya|di)|police|creepy|"
    r"grooming|agar koi|humne seekha|jab main"
)
_N_DEV = r"(?:" + ADULT_N + r"|१[८९]|[२-५][०-९])"
_REL_DEV = _n(
    r"(?:मेरा|मेरे|मेरी) (?:बॉयफ्रेंड|बॉयफ्रेण्ड|गर्लफ्रेंड)|(?:मैं|में) (?:उसकी|उसका) (?:गर्लफ्रेंड|"
    r"बॉयफ्रेंड)"
)
_ADULT_DEV = _n(_N_DEV + r" साल|उम्र " + _N_DEV + r"|(?:बहुत|काफी) बड़ा")
_SECRET_DEV = _n(
    r"किसी को (?:भी )?(?:नहीं|मत|ना) (?:पता|बताना|बता)|(?:घर (?:पर|पे|में)|मम्मी पापा|घरवालों) (?:को )?"
    r"(?:किसी को )?(?:भी )?(?:नहीं|मत) (?:पता|बताना)|सीक्रेट|राज़|राज|चुपके|फोन भेज"
)
_MINOR_DEV = _n(r"मैं (?:" + MINOR_N + r"|१[०-५]|[८९])")
_OLDER_DEV = _n(r"मैं (?:" + OLDER_N + r"|१[६-९]|[२-९][०-९]) (?:साल|का|की)")
_HANDLED_DEV = _n(r"ब्लॉक|रिपोर्ट|बता दिया|पुलिस|ग्रूमिंग|अगर कोई")

# -- zh (normalised text, unspaced) -----------------------------------------------------
_ZH_N = r"(?:1[89]|[2-5][0-9]|十[八九]|[二三四五]十[一二三四五六七八九]?)"
_ZH = (
    r"^(?!.*(?:拉黑|举报|报警|告诉了(?:老师|家长|妈妈|爸爸|爸妈)|跟(?:妈妈|爸爸|爸妈|老师)说了|恶心|吓人|"
    r"诱骗|如果|我们学|那时候我|分手了))(?!.*我(?:今年)?(?:1[6-9]|[2-9][0-9])岁)"
    r"(?=.*(?:不能让.{0,4}知道|(?:爸妈|父母|家长|家里人|家人|我妈|我爸|别人|任何人|谁)都?不能知道|保密|"
    r"秘密|不要告诉|别告诉|不能告诉|偷偷|(?:寄|送|买)(?:给我)?了?(?:一部|个|一个)?新?手机|删掉?聊天记录|"
    r"我(?:才|只有|今年)?(?:1[0-5]|[89]|十[一二三四五]?|[八九])岁))"
    r".*?(?:(?:我的?(?:男朋友|女朋友|对象)|我是他的?(?:女朋友|女人)|我们在(?:一起|交往|谈恋爱)|"
    r"我们是?(?:情侣|男女朋友)).{0,30}?(?:" + _ZH_N + r"岁|比我大|大叔|成年人|叔叔|上班了|工作了)|"
    r"(?:" + _ZH_N + r"岁|比我大|大叔|成年人|叔叔).{0,30}?(?:我的?(?:男朋友|女朋友|对象)|我是他的?"
    r"(?:女朋友|女人)|我们在(?:一起|交往|谈恋爱)|我们是?(?:情侣|男女朋友)))"
)

RULES: list[Rule] = [
    partner_rule("парень парня парню парнем парне молодои человек человеку боифренд девушка девушку "
                 "девушкои встречаемся вместе пара встречаюсь",
                 _REL_RU, _ADULT_RU, _ADULT_AFTER_RU, _SECRET_RU, _MINOR_RU, _HANDLED_RU, _OLDER_RU,
                 requires="знать узнать секрет секрете таине таино никому поимут поняли телефон "
                 "переписку переписки сообщения мне я"),
    partner_rule("arkadasim arkadasimla arkadasimin sevgilim sevgilimle sevgilimin sevgilisiyim "
                 "beraberiz birlikteyiz cikiyoruz sevgiliyiz",
                 _REL_TR, _ADULT_TR, _ADULT_TR, _SECRET_TR, _MINOR_TR, _HANDLED_TR, _OLDER_TR,
                 requires="bilmemeli bilmiyor bilmesin bilmeyecek ogrenmemeli ogrenmesin duymamali "
                 "bilemez sirrimiz sir gizli gizlice kimseye anlamazlar telefon mesajlari ben bense "
                 "yasindayim"),
    partner_rule("chlopak chlopaka chlopakiem chlopakowi dziewczyna dziewczyne dziewczyny razem para "
                 "soba spotykam",
                 _REL_PL, _ADULT_PL, _ADULT_PL, _SECRET_PL, _MINOR_PL, _HANDLED_PL, _OLDER_PL,
                 requires="wiedziec dowiedziec sekret tajemnica tajemnicy tajemnice sekrecie kryjomu "
                 "potajemnie nikomu zrozumieliby zrozumieja telefon wiadomosci rozmowy ja mam"),
    partner_rule("pacarku pacar pacarnya pacaran jadian cowokku cowok",
                 _REL_ID, _ADULT_ID, _ADULT_ID, _SECRET_ID, _MINOR_ID, _HANDLED_ID, _OLDER_ID,
                 requires="tau tahu rahasia rahasiain diam diem bilang kasih cerita ngerti hp hapus "
                 "aku gue gw saya umurku umur"),
    partner_rule("حبيب حبيبي حبيبتي حبيبته حبيبتو مرتبطين بعض علاقه بويفريندي بوي خطيبي",
                 _REL_AR, _ADULT_AR, _ADULT_AR, _SECRET_AR, _MINOR_AR, _HANDLED_AR, _OLDER_AR,
                 requires="يعرف يعرفوا يعرفو يعرفش يدري يدروا يعلم يعلموا سرنا وسرنا سر بالسر السر "
                 "بقول اقول احكي بحكي اخبر جوال موبايل تلفون تليفون انا وانا عمري وعمري"),
    partner_rule("boyfriend girlfriend bae uski uska hum ham",
                 _REL_HL, _ADULT_HL, _ADULT_HL, _SECRET_HL, _MINOR_HL, _HANDLED_HL, _OLDER_HL,
                 requires="pata batana bata secret raaz raz chupke chup chupchap phone mobile main "
                 "mai meri"),
    partner_rule(_triggers("बॉयफ्रेंड बॉयफ्रेण्ड गर्लफ्रेंड उसकी उसका"),
                 _REL_DEV, _ADULT_DEV, _ADULT_DEV, _SECRET_DEV, _MINOR_DEV, _HANDLED_DEV, _OLDER_DEV,
                 requires=_triggers("पता बताना बता सीक्रेट राज़ राज चुपके फोन मैं"), end=_DE),
    zrule("grooming:secret_relationship", "grooming", "男朋友 女朋友 对象 交往 恋爱 情侣 在一起",
          _ZH, framed=False),
]
