"""A farewell note or letter left for the family, told with last words, in
Russian, Arabic, Turkish, Polish, Indonesian, Hindi (Hinglish and
Devanagari) and Chinese.

Why and how: as in `selfharm_notes.py` - a note or letter for the writer's
parents, siblings or friends and, in the same message, last words: "they
will understand later", "it's not their fault", "for when I'm gone", "tell
mum I love her", a final goodbye or things given away ("я оставила записку
маме, она поймёт потом. прощайте", "كتبت رسالة لاهلي، مش ذنبهم. وداعا",
"anneme bir mektup bıraktım, sonra anlayacak. herkese elveda",
"zostawiłam list dla mamy, kiedyś zrozumie", "aku ninggalin surat buat
mama, nanti dia ngerti", "maine mummy ke liye letter chhoda hai, wo baad
mein samjhegi", "我给妈妈留了一封信，她以后会明白的").  A birthday, a school
task, a move, a meal or "see you tomorrow" from the first part to the end
of the message leaves the note ordinary.

Turkish and Hindi put the recipient first ("anneme bir mektup", "mummy ke
liye letter"), so their note forms are written both ways.  Arabic fuses
the preposition ("لامي": for my mother).  Chinese runs on the normalised
text (unspaced), Devanagari without a trailing \\b (vowel signs are not
\\w).  Patterns run on the phrase form (й reads и, ё е; Arabic ة ه).
"""

from __future__ import annotations

import re

from .packs.hi._script import _n, _triggers
from .rules import Rule, rule
from .selfharm_notes import Note, note_pair

# -- ru -------------------------------------------------------------------------------------
_RECIP_RU = (
    r"(?:(?:для |на )?(?:моеи |моих |моего |всеи )?(?:маме|мамы|маму|мамочке|папе|папы|родителям|"
    r"родителеи|семье|семьи|сестре|сестры|брату|брата|друзьям|друзеи|подруге|подруги|бабушке|"
    r"близким)|всем)"
)
_NOUN_RU = r"(?:записк\w*|письм\w*|послани\w*|прощальн\w+ (?:видео|сообщени\w*))"
_NOTES_RU = [
    Note(_NOUN_RU, r"<skip4>" + _RECIP_RU),
    Note(_RECIP_RU, r"<skip3>" + _NOUN_RU),
]
_CUE_RU = (
    r"поимет|поимут|поимете|"
    r"не (?:их|ее|его|твоя|ваша) вина|никто не виноват|(?:они|она|он|вы) не виноват\w*|не вините|"
    r"когда меня (?:уже )?не (?:будет|станет)|после моеи смерти|когда я умру|"
    r"скажите (?:\S+ ){0,2}?что я (?:ее|его|их|вас) (?:люблю|любила|любил)|"
    r"прощаи(?:те)?|(?:всем )?пока навсегда|я ухожу навсегда|"
    r"(?:раздал|раздала|отдал|отдала) (?:все )?(?:свои|мои) (?:\w+ )?(?:вещи|игры|приставк\w*|одежд\w*)"
)
_MUNDANE_RU = (
    r"дн\w+ рождени\w*|новым годом|новыи год|8 марта|праздник\w*|школ\w*|урок\w*|учител\w*|проект\w*|"
    r"домашк\w*|будущ\w+ себ\w+|себе в будущее|переезжа\w*|переезд\w*|лагер\w*|поездк\w*|ужин\w*|"
    r"обед\w*|еда|поесть|ночую|до завтра|увидимся|вернусь|опоздаю|спасибо за|книг\w*|фильм\w*|"
    r"рассказ\w*|стих\w*|песн\w*"
)

# -- ar -------------------------------------------------------------------------------------
_KIN_AR = (
    r"(?:امي|ماما|ابوي|بابا|ابي|اهلي|عيلتي|عايلتي|عائلتي|اختي|اخوي|اخي|اخواتي|اصحابي|صحابي|"
    r"اصدقائي|اصدقايي|صديقتي|صاحبتي)"
)
_NOTES_AR = [
    Note(r"رساله|رسايل|رسائل|ورقه|مكتوب|جواب|ملاحظه", r"<skip3>(?:(?:ل|الي |لـ)?" + _KIN_AR
     + r"|للكل|لكل واحد)"),
]
_CUE_AR = (
    r"(?:رح|راح|ح|حت|سوف) (?:تفهم|يفهم\S*|تفهمو\S*)|بتفهم|بيفهمو\S*|ستفهم|سيفهم\S*|"
    r"(?:مش|مو|ليس|ما) (?:ذنبهم|ذنبها|ذنبه|ذنبك|ذنبكم|غلطتهم|غلطتها|غلطتكم)|(?:مش|مو|ليس|ما) "
    r"(?:هو |هي )?(?:ذنب|غلط) (?:حدا|احد|اهلي|امي|ابوي)|(?:ما|مش) حدا (?:الو|له) ذنب|لا تلوموا\S*|"
    r"لما (?:اموت|اختفي|ما اكون موجود\S*)|بعد (?:موتي|ما اموت)|"
    r"(?:قولوا|قولو|قولولها|قولوله|قولولهم|خبروا) (?:\S+ )?(?:اني|انني) (?:بحب|احب)\S*|"
    r"وداعا|الوداع|مع السلامه (?:للكل|للابد|يا جماعه للابد)|(?:سلام|باي) للابد|"
    r"(?:عطيت|وزعت|اعطيت) (?:كل )?(?:اغراضي|العابي|حاجاتي|جوالي|ملابسي)"
)
# (a fused preposition or article before the word: "بعيد ميلادها", "للمدرسه")
_MUNDANE_AR = (
    r"\S*(?:عيد|ميلاد|مدرس|استاذ|معلم|واجب|مشروع|مستقبل|يسافر|تسافر|سفر|رحله|عشا|غدا|اكل|كتاب|فيلم|"
    r"قصه|روايه|قصيده|اغنيه|استشار)\S*|عند صاحبتي|بشوفكم|نشوفكم|اشوفكم|بكره|برجع|راجع\S*|متاخر\S*|"
    r"شكرا"
)

# -- tr -------------------------------------------------------------------------------------
_RECIP_TR = (
    r"(?:anneme|annecigime|babama|aileme|kardesime|ablama|abime|arkadaslarima|arkadasima|kankama|"
    r"herkese|(?:annem|babam|ailem|kardesim|ablam|abim|arkadaslarim|en yakin arkadasim) icin)"
)
_NOUN_TR = r"(?:mektup\w*|mektub\w*|(?:bir|kucuk bir|veda|kisa bir) not|notu|veda \w+)"
_NOTES_TR = [Note(_RECIP_TR, r"<skip4>" + _NOUN_TR), Note(_NOUN_TR, r"<skip3>" + _RECIP_TR)]
_CUE_TR = (
    r"anlayacak\w*|anlarlar|bir gun anlar\w*|"
    r"(?:onlarin|onun|senin|sizin|kimsenin|annemin|babamin|ailemin) sucu (?:degil|yok)|kimse suclu "
    r"degil|(?:kendinizi |onlari )?suclamayin|"
    r"ben (?:gidince|gittikten sonra|olunce|oldukten sonra|yokken|artik yokken|olmadigimda)|"
    r"(?:sevdigimi|cok sevdigimi) soyle\w*|"
    r"elveda|hosca kalin|hoscakalin|sonsuza (?:dek|kadar) (?:hosca kalin|bay bay|gule gule)|"
    r"(?:esyalarimi|oyunlarimi|kiyafetlerimi|her seyimi) (?:\S+ )?(?:verdim|dagittim|hediye ettim)"
)
_MUNDANE_TR = (
    r"dogum gun\w*|yilbasi|anneler gunu|babalar gunu|sevgililer gunu|okul\w*|sinif\w*|ogretmen\w*|"
    r"odev\w*|proje\w*|gelecekteki \w+|tasin\w*|tatil\w*|gezi\w*|kamp\w*|yemeg\w*|yemek\w*|"
    r"\w+(?:lardayim|lerdeyim|dayim|deyim)|gorusuruz|gorusmek uzere|donecegim|gec kal\w*|tesekkur\w*|"
    r"danisma|kitap\w*|film\w*|hikaye\w*|siir\w*|sarki\w*"
)

# -- pl -------------------------------------------------------------------------------------
_RECIP_PL = (
    r"(?:(?:dla|do) (?:mojej |mojego |moich |mej )?(?:mamy|taty|rodzicow|rodziny|siostry|brata|"
    r"przyjaciol|przyjaciolki|przyjaciela|babci|wszystkich)|mamie|tacie|rodzicom|rodzinie|siostrze|"
    r"bratu|przyjaciolom|przyjaciolce|wszystkim)"
)
_NOUN_PL = r"(?:list|listy|liscik\w*|karteczk\w*|kartk\w*|pozegnaln\w+ (?:list\w*|wiadomosc\w*|filmik\w*))"
_NOTES_PL = [Note(_NOUN_PL, r"<skip4>" + _RECIP_PL), Note(_RECIP_PL, r"<skip3>" + _NOUN_PL)]
_CUE_PL = (
    r"zrozumie|zrozumieja|zrozumiecie|"
    r"nie (?:ich|jej|jego|twoja|wasza) wina|niczyja wina|nikt nie jest winny|nie obwiniajcie|"
    r"(?:jak|kiedy|gdy) mnie (?:juz )?nie bedzie|po mojej smierci|(?:jak|kiedy|gdy) umre|"
    r"(?:powiedzcie|powiedz) (?:\S+ ){0,2}?ze (?:\S+ )?(?:kocham|kochalam|kochalem)|"
    r"zegnajcie|zegnaj|(?:pa|papa|narka|nara|do widzenia) (?:\w+ )?na zawsze|"
    r"(?:oddalam|oddalem|rozdalam|rozdalem) (?:wszystkie |cale )?(?:moje|swoje) (?:rzeczy|gry|ubrania|"
    r"ksiazki|konsole)"
)
_MUNDANE_PL = (
    r"urodzin\w*|swiat\w*|dzien (?:matki|mamy|ojca|taty)|walentynk\w*|szkol\w*|klas\w*|"
    r"nauczyciel\w*|lekcj\w*|zadani\w*|projekt\w*|przyszl\w+ (?:siebie|sobie)|przeprowadz\w*|"
    r"wakacj\w*|wycieczk\w*|oboz\w*|obiad\w*|kolacj\w*|jedzeni\w*|jestem u|nocuje|do jutra|na razie|"
    r"do zobaczenia|wroce|spoznie|dzieki za|dziekuje za|konsultacj\w*|ksiazk\w*|film\w*|"
    r"opowiadani\w*|wiersz\w*|piosenk\w*"
)

# -- id -------------------------------------------------------------------------------------
_RECIP_ID = (
    r"(?:buat|untuk|utk|ke|kepada) (?:mama|mamah|mami|ibu|ibuku|mamaku|papa|papah|ayah|ayahku|ortu|"
    r"ortuku|orang tua(?:ku)?|keluarga(?:ku)?|kakak(?:ku)?|adik(?:ku)?|adek(?:ku)?|temen(?:2|ku)?|"
    r"teman(?:2|ku)?|sahabat(?:ku)?|semua(?:nya)?|kalian)"
)
_NOTES_ID = [Note(r"surat\w*|catatan|pesan (?:terakhir|perpisahan)", r"<skip4>" + _RECIP_ID)]
_CUE_ID = (
    r"(?:nanti|suatu hari|kelak|bakal|akan|pasti) (?:\w+ ){0,2}?(?:ngerti|mengerti|paham|memahami)|"
    r"bukan salah (?:mereka|dia|kalian|kamu|siapa siapa|siapapun|mama|papa|ortu|ibu|ayah)|jangan "
    r"(?:salahin|menyalahkan)|"
    r"(?:kalau|kalo|klo|setelah|nanti) (?:aku|gue|gw) (?:udah |sudah )?(?:ga ada|gak ada|nggak ada|"
    r"tiada|mati|meninggal|pergi selamanya)|setelah (?:aku|gue|gw) pergi|"
    r"(?:bilangin|bilang ke|sampaikan ke|tolong bilang) (?:\w+ ){0,2}?(?:aku|gue|gw) (?:sayang|cinta)|"
    r"selamat tinggal|(?:dadah|bye|dah) (?:\w+ )?selamanya|"
    r"(?:ngasih|kasih|bagiin|kukasih) (?:semua )?barang(?:2|ku| barangku)?"
)
_MUNDANE_ID = (
    r"ulang tahun|ultah|natal|lebaran|hari ibu|valentine|sekolah|kelas|guru|pr|tugas|proyek|"
    r"project|masa depan|pindah|liburan|jalan jalan|makan|di rumah \w+|nginep|sampai ketemu|sampe "
    r"ketemu|besok ketemu|pulang|telat|makasih|terima kasih|konsultasi|buku|film|cerita|novel|puisi|"
    r"lagu"
)

# -- hi: Hinglish, then Devanagari (no trailing \b) ------------------------------------------
_RECIP_HL = (
    r"(?:mummy|mumma|mom|maa|mummi|papa|pappa|dad|ghar ?walo|gharwalon|family|parents|behen|didi|"
    r"bhai|bhaiya|dosto|doston|friends|sabke|sab) (?:ke liye|ko|k liye|ke lie)"
)
_NOUN_HL = r"(?:letters?|chitthi|chithi|chitti|patra|notes?|khat|parchi)"
_NOTES_HL = [
    Note(_RECIP_HL, r"<skip3>" + _NOUN_HL),
    Note(_NOUN_HL, r"<skip3>" + _RECIP_HL),
]
_CUE_HL = (
    r"samjhegi|samjhega|samjhenge|samajh (?:jayegi|jayega|jayenge|jaegi|jaenge)|"
    r"(?:unki|uski|tumhari|aapki|kisi ki) (?:koi )?galti nahi|(?:unka|uska|kisi ka) (?:koi )?kasoor "
    r"nahi|"
    r"jab (?:main|mai|mein) (?:nahi rahunga|nahi rahungi|mar jaunga|mar jaungi)|mere (?:jaane|marne) "
    r"ke baad|"
    r"(?:main|mai) (?:unse|usse|sabse|aapse|tumse) (?:bahut )?(?:pyaar|pyar) (?:karta|karti)|"
    r"alvida|(?:bye|alvida) hamesha ke liye|hamesha ke liye (?:bye|alvida)|"
    r"(?:apna|apni|apne|mera|meri|mere) (?:saara |sara |saari |sari )?(?:saman|samaan|cheezein|kapde|"
    r"games) (?:\w+ ){0,2}(?:de diya|de diye|de di)"
)
_MUNDANE_HL = (
    r"birthday|bday|janamdin|school|class|teacher|homework|project|future|shift|shifting|trip|khana|"
    r"dinner|lunch|ghar par|ghar pe|ke ghar|kal milte|milte hai|milte hain|late|thank you|thanks|"
    r"consultation|diwali|rakhi|mothers day|book|movie|film|story|poem|song"
)
_NOTES_HI = [
    Note(r"मम्मी|माँ|मां|पापा|परिवार|घरवालों|दोस्तों|भाई|बहन|सबके|सब", r" (?:के लिए|को) <chars30>"
         r"(?:चिट्ठी|चिठ्ठी|खत|ख़त|पत्र|लेटर|नोट)"),
]
_CUE_HI = (
    r"(?:समझ जाएगी|समझ जाएगा|समझ जाएंगे|समझेगी|समझेंगे|गलती नहीं|ग़लती नहीं|कसूर नहीं|अलविदा|"
    r"जब मैं नहीं रहूं|जब मैं नहीं रहूँ|मेरे जाने के बाद|मेरे मरने के बाद)"
)
_MUNDANE_HI = r"जन्मदिन|बर्थडे|स्कूल|टीचर|होमवर्क|प्रोजेक्ट|भविष्य|खाना|कल मिलते|दिवाली|राखी|थैंक"

# -- zh (unspaced) -----------------------------------------------------------------------------
_KIN_ZH = r"(?:妈妈|妈|爸爸|爸|爸妈|父母|家人|家里人|姐姐|妹妹|哥哥|弟弟|朋友们?|好朋友|闺蜜|大家)"
_NOTES_ZH = [
    Note(r"给|留给|写给", r"(?:我)?(?:的)?" + _KIN_ZH + r"<chars8>(?:信|纸条|字条|留言|便条|遗书)"),
    Note(r"留|写", r"了?(?:一封|一张|几封|封|张)?(?:信|纸条|字条)给(?:我)?" + _KIN_ZH),
]
_CUE_ZH = (
    r"(?:会|就会|终究会|总会)(?:明白|理解|懂)|不是(?:他们|她|他|你们|你|任何人)的错|不怪(?:他们|她|他|"
    r"你们|任何人)|(?:等|在)我(?:走了|离开了|死了|不在了)|我(?:走了|死了|不在了)(?:以后|之后)|我死后|"
    r"永别|再见了?大家|大家再见了|告诉(?:我)?(?:妈妈|爸爸|他们|她|他)我(?:很)?爱(?:她|他|他们)"
)
_MUNDANE_ZH = (
    r"生日|新年|春节|母亲节|父亲节|情人节|圣诞|学校|老师|作业|项目|未来的自己|搬家|转学|旅行|旅游|晚饭|"
    r"午饭|吃饭|同学家|朋友家|明天见|下次见|回头见|晚点回|迟到|书里|电影|小说|故事|诗|歌"
)


# -- things given away with a final goodbye, no note (ar tr): "عطيت كل اغراضي لاختي. وداعا",
# "bütün eşyalarımı kardeşime verdim. herkese elveda"; old things, a donation, a move pass
_GIVEN_AR = [Note(r"عطيت|وزعت|اعطيت|اديت", r" (?:كل )?(?:اغراضي|العابي|حاجاتي|جوالي|ملابسي|اشيائي)")]
_FAREWELL_AR = r"وداعا|الوداع|مع السلامه للابد|(?:سلام|باي) للابد"
_MUNDANE_GIVE_AR = r"\S*(?:قديم|صدقه|تبرع|انتقل|نقل)\S*|بكره|نشوفكم|بشوفكم"
_GIVEN_TR = [
    # (old clothes, "eski kiyafetlerimi", are given away every day)
    Note(r"(?<!eski )(?:esyalarimi|oyunlarimi|kiyafetlerimi|her seyimi|kitaplarimi|oyuncaklarimi)",
         r"<skip3>(?:verdim|dagittim|hediye ettim|biraktim)"),
]
_FAREWELL_TR = r"elveda|hosca kalin herkese|herkese hosca kalin|sonsuza (?:dek|kadar) (?:hosca kalin|bay bay|gule gule)"
_MUNDANE_GIVE_TR = r"eski\w*|bagis\w*|kucul\w*|tasin\w*|yarin|gorusuruz"


_CHARS = re.compile(r"<chars(\d+)>")


def _raw_note_pair(notes: list[Note], cue: str, mundane: str, gap: int = 60) -> str:
    """`note_pair` without word boundaries (Devanagari, Chinese), counted in
    characters: ``<charsN>`` in a note's rest is up to N characters of its
    sentence, none starting a mundane word."""
    between = rf"(?:(?!{mundane}).){{0,{gap}}}?"
    no_reason = rf"(?!.*(?:{mundane}))"
    forms = [
        (n.head, _CHARS.sub(lambda m: rf"(?:(?!{mundane})[^。！？.!?]){{0,{m.group(1)}}}?", n.tail))
        for n in notes
    ]
    any_note = "(?:" + "|".join(f"(?:{h}){t}" for h, t in forms) + ")"
    alts = [rf"(?>(?:{h}){t}{between}(?:{cue})){no_reason}" for h, t in forms]
    alts.append(rf"(?>(?:{cue}){between}{any_note}){no_reason}")
    return "|".join(alts)


RULES: list[Rule] = [
    rule("self_harm:finality", "self_harm",
         "записку записка записки записочку письмо письма письмом послание прощальное прощальную",
         note_pair(_NOTES_RU, _CUE_RU, _MUNDANE_RU), framed="generic",
         requires="поимет поимут поимете вина виноват виновата виноваты вините будет станет смерти "
                  "умру люблю любила любил прощаи прощаите навсегда раздал раздала отдал отдала"),
    rule("self_harm:finality", "self_harm", "رساله رسايل رسائل ورقه مكتوب جواب ملاحظه",
         note_pair(_NOTES_AR, _CUE_AR, _MUNDANE_AR), framed="generic",
         requires="تفهم يفهم يفهمو يفهموا تفهمو تفهموا بتفهم بيفهمو ستفهم سيفهمون ذنبهم ذنبها ذنبه "
                  "ذنبك ذنبكم غلطتهم غلطتها غلطتكم ذنب غلط لا اموت اختفي موتي قولوا قولو قولولها "
                  "قولوله قولولهم خبروا وداعا الوداع للكل للابد عطيت وزعت اعطيت"),
    rule("self_harm:finality", "self_harm",
         "mektup mektubu mektuplar mektuplari mektubumu not notu veda",
         note_pair(_NOTES_TR, _CUE_TR, _MUNDANE_TR), framed="generic",
         requires="anlayacak anlayacaklar anlayacaktir anlarlar anlar sucu suclu suclamayin ben "
                  "soyle soyleyin elveda hosca hoscakalin sonsuza verdim dagittim hediye"),
    rule("self_harm:finality", "self_harm",
         "list listy liscik liscika karteczke karteczka karteczki kartke kartka kartki pozegnalny "
         "pozegnalna pozegnalne pozegnalnego",
         note_pair(_NOTES_PL, _CUE_PL, _MUNDANE_PL), framed="generic",
         requires="zrozumie zrozumieja zrozumiecie wina winny obwiniajcie bedzie smierci umre kocham "
                  "kochalam kochalem zegnajcie zegnaj zawsze oddalam oddalem rozdalam rozdalem"),
    rule("self_harm:finality", "self_harm", "surat suratnya suratku catatan pesan",
         note_pair(_NOTES_ID, _CUE_ID, _MUNDANE_ID), framed="generic",
         requires="ngerti mengerti paham memahami salah salahin menyalahkan ada tiada mati "
                  "meninggal pergi sayang cinta tinggal selamanya barang barang2 barangku"),
    rule("self_harm:finality", "self_harm",
         "letter letters chitthi chithi chitti patra note notes khat parchi",
         note_pair(_NOTES_HL, _CUE_HL, _MUNDANE_HL), framed="generic",
         requires="samjhegi samjhega samjhenge samajh galti kasoor rahunga rahungi jaunga jaungi "
                  "baad pyaar pyar alvida hamesha diya diye di"),
    rule("self_harm:finality", "self_harm", "عطيت وزعت اعطيت اديت",
         note_pair(_GIVEN_AR, _FAREWELL_AR, _MUNDANE_GIVE_AR), framed="generic",
         requires="وداعا الوداع للابد"),
    rule("self_harm:finality", "self_harm",
         "esyalarimi oyunlarimi kiyafetlerimi seyimi kitaplarimi oyuncaklarimi",
         note_pair(_GIVEN_TR, _FAREWELL_TR, _MUNDANE_GIVE_TR), framed="generic",
         requires="elveda hosca kalin sonsuza"),
    rule("self_harm:finality", "self_harm", _triggers("चिट्ठी चिठ्ठी खत ख़त पत्र लेटर नोट"),
         _n(_raw_note_pair(_NOTES_HI, _CUE_HI, _MUNDANE_HI)), framed="generic"),
    rule("self_harm:finality", "self_harm", "信 纸条 字条 留言 便条 遗书",
         _raw_note_pair(_NOTES_ZH, _CUE_ZH, _MUNDANE_ZH), framed="generic"),
]
