"""Wishing a peer gone or putting them in their place in ru ar (MSA,
dialects, Arabizi) zh hi (Hinglish, Devanagari) tr pl id: the shapes of
harm_groupchat_gone.py (read its docstring first), appended to `harm.RULES`.

"вся беседа согласна, что ей лучше просто исчезнуть", "пусть гниёт", "тебя
здесь никто не спрашивал", "القروب كله متفق انها لازم تختفي", "خليها تتعفن",
"全群都觉得她应该消失", "这里没人问你的意见", "sadne do usko", "yahan kisi ne teri
opinion nahi maangi", "bırakın çürüsün", "burada kimse senin fikrini
sormadı", "niech gnije", "nikt tu nie pytał o twoje zdanie", "biarin dia
membusuk", "ga ada yang nanya pendapat lo".  The writer's own opinion after
"nobody asked" ("меня никто не спрашивал, но...", "kimse sormadı ama benim
fikrim bu", "ga ada yang nanya sih tapi ini pendapatku") and a criminal
left to rot in prison ("пусть гниёт в тюрьме") pass.
"""

from __future__ import annotations

from .packs.ar._script import az
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru ----------------------------------------------------------------------------
_RU_INS = r"(?:жирн\w*|толст\w*|страшн\w*|уродлив\w*|тупая|тупои|мерзк\w*|вонюч\w*|убог\w*)"
RULES: list[Rule] = [
    rule("bullying:exclusion", "bullying",
         "согласна согласен согласны считает считаем думает думаем хочет хотим решили решила "
         "проголосовали",
         r"\b(?:вся беседа|весь класс|весь чат|вся группа|все|мы все|вся школа)(?: \S+){0,3}? "
         r"(?:согласн\w*|считает|считаем|думает|думаем|хочет|хотим|решил\w*|проголосовал\w*)"
         r"(?: \S+){0,2}? (?:что )?(?:еи|ему|тебе|она|он|ты) (?:лучше|надо|нужно|стоит|пора|"
         r"должна|должен)?(?: \S+){0,2}? (?:исчезнуть|уити|свалить|выити из беседы|перевестись|"
         r"сдохнуть|пропасть|не существовать)\b"),
    rule("bullying:exclusion", "bullying", "гниет сгниет",
         r"\bпусть (?:она |он |сама |сам |себе )?(?:гниет|сгниет)\b(?! в (?:тюрьме|колонии|"
         r"камере))(?![^.!?]{0,40}(?:тюрьм|убииц|преступн|суд))"),
    rule("bullying:exclusion", "bullying", "место туалет туалете сортир сортире",
         r"\b(?:иди|вали|вернись|возвращаися|ползи|сиди)(?: \S+){0,5}? (?:в туалет\w*|в сортир\w*|"
         r"на помоику|в мусорку)(?: \S+){0,4}? (?:там тебе и место|там твое место|где тебе и "
         r"место)\b|\b(?:иди|вали) (?:обратно )?(?:обедать|есть|плакать|реветь) (?:\S+ )?в "
         r"(?:туалет|сортир)\b"),
    rule("bullying:exclusion", "bullying", "спрашивал спрашивает мнение",
         r"\bтебя (?:здесь |тут )?никто не (?:спрашивал|спрашивает)\b|\bникто (?:тебя|твоего "
         r"мнения) (?:здесь |тут )?не (?:спрашивал|спрашивает)\b|\bтвое мнение (?:здесь |тут )?"
         r"никому не (?:нужно|интересно)\b"),
    rule("bullying:insult", "bullying", "смеет смеешь может осмеливается",
         r"\bкак (?:такая|такои|ты|она|он|кто то)(?: \S+){0,5}? " + _RU_INS + r"(?: \S+){0,4}? "
         r"(?:смеет|смеешь|может|осмеливается) (?:говорить|писать|открывать рот|вякать)\b"),
    rule("bullying:exclusion", "bullying", "место",
         r"\bтебе (?:здесь |тут )?не место(?= ?[.!?]| ?$| (?:здесь|тут|в (?:нашеи |этои )?"
         r"(?:беседе|группе|чате|классе)))"),
]

# -- ar, Arabizi -------------------------------------------------------------------
_AR_INS = r"(?:دبه|بقره|بشعه|بشع|مقرفه|مقرف|سمينه|تخينه|قبيحه|قبيح|وسخه|وسخ|شينه|غبيه|فاشله)"
RULES += [
    rule("bullying:exclusion", "bullying", "متفق متفقين يشوف نشوف يبي نبي يبغى نبغى عايز عايزين قرر قررنا",
         r"(?:القروب كله|الجروب كله|الصف كله|الكل|كلنا|كل القروب|كل الجروب|الشله كلها)"
         r"(?: \S+){0,3}? (?:متفق|متفقين|يشوف|نشوف|يبي|نبي|يبغى|نبغى|عايز|عايزين|قرر|قررنا)"
         r"(?: \S+)? (?:انها|انه|انك|انكم|هي|هو|انت|انتي)(?: \S+){0,2}? (?:تختفي|يختفي|تختفين|تطلع|"
         r"يطلع|تطلعين|تنقلع|ينقلع|تموت|يموت|تنقرض)"),
    rule("bullying:exclusion", "bullying", "تتعفن يتعفن تعفن تخيس يخيس",
         r"(?:خليها|خلوها|خليه|خلوه|اتركوها|اتركها|سيبوها|سيبها) (?:\S+ )?(?:تتعفن|يتعفن|تعفن|"
         r"تخيس|يخيس)(?! (?:في|بال) ?(?:ال)?سجن)"),
    rule("bullying:exclusion", "bullying", "مكانك",
         r"(?:ارجع|ارجعي|روح|روحي|رجع|رجعي)(?: \S+){0,5}? \S*(?:حمام|زباله|زبال|مطبخ)\S*"
         r"(?: \S+){0,3}? \S*مكانك|(?:مكانك|مكانها) (?:مو|مش|ليس|ما هو|مب) (?:هنا|بالقروب|في "
         r"القروب|بالجروب|معنا)"),
    rule("bullying:exclusion", "bullying", "سالك رايك مكان",
         r"(?:محد|ما حد|محدش|ولا حد|ماحد|محدا) (?:هنا |في القروب )?(?:سالك|طلب رايك|يبي رايك|"
         r"يبغى رايك|عايز رايك|بدو رايك)|(?:ما|مو|مش) (?:لك|الك) مكان (?:هنا|بالقروب|في "
         r"القروب|معنا)"),
    rule("bullying:insult", "bullying", "كيف شلون ازاي",
         r"(?:كيف|شلون|ازاي) (?:\S+ ){0,5}?\S*" + _AR_INS + r"(?: \S+){0,4}? (?:تتجرا|تتجرئ|"
         r"يتجرا|تجرؤ|عندها الجراه|عندك الجراه)"),
    rule("bullying:exclusion", "bullying",
         "sa2alak sa2lak sa2alek ra2yak 5aleeha 5aliha khaleeha",
         az(r"\b(?:ma ?7ad|mahad|ma7ada|m7d) (?:hon |hena |hoon )?(?:sa2alak|sa2lak|sa2alek|"
            r"talab ra2yak)\b|\b(?:5aleeha|5aliha|5alooha|khaleeha|khaliha) (?:tet3afan|tit3afan|"
            r"t3afan)\b")),
]

# -- zh ----------------------------------------------------------------------------
RULES += [
    zrule("bullying:exclusion", "bullying", "觉得 认为 希望 想让 同意",
          r"(?:全群|群里|大家|全班|所有人|我们)(?:都|一致)?(?:觉得|认为|希望|想让|同意)[^。!?]{0,4}?"
          r"(?:她|他|你)(?:应该|最好|赶紧|快点)?(?:消失|滚|退群|离开这个群|转学|去死|滚出)"),
    zrule("bullying:exclusion", "bullying", "自生自灭 烂 厕所 垃圾桶",
          r"让(?:她|他)(?:自生自灭|烂掉|烂死|烂在)|(?:她|他)(?:就)?自生自灭吧|"
          r"回(?:你的|你)?(?:厕所|垃圾桶|角落)[^。!?]{0,20}?(?:该待的地方|属于的地方|你的位置|"
          r"才是你的)|(?:滚|回)(?:回)?(?:厕所|垃圾桶)(?:去)?(?:吃饭|吃午饭|待着)"),
    zrule("bullying:exclusion", "bullying", "问 意见 看法 想法",
          r"(?:没人|没有人|谁)(?:问|在意|想听)(?:你的)(?:意见|看法|想法)|(?:这里|群里)没人问你"),
    zrule("bullying:insult", "bullying", "好意思 还敢 有脸",
          r"(?:这么|那么|又)(?:胖|丑|肥)[^。!?]{0,8}?(?:还好意思|还敢|有脸)(?:说话|发言|发|出来|在群里)"),
    zrule("bullying:exclusion", "bullying", "欢迎 配 位置",
          r"群(?:里)?不欢迎你|你不配(?:待在|在)(?:这个|我们)?群|(?:这里|群里)没有你的位置"),
]

# -- hi: Hinglish, Devanagari ------------------------------------------------------
_HI_INS = (r"(?:moti|mota|motu|badsurat|kaali|kalu|gandi|ganda|bhains|haathi|chudail|pagal|"
           r"bewakoof|ugly|fat)")
RULES += [
    _r("bullying:exclusion", "bullying", "gayab dafa nikal chali chala mar",
       r"\b(?:poora|pura|puri|poori|saara|sara) (?:group|class|gc|school)(?: \S+){0,4}? (?:agree|"
       r"chahta|chahti|chahte|sochta|sochti|maanta|bolta|kehta)(?: \S+){0,3}? (?:use|usko|isko|ise|"
       r"tu|tum|tujhe|tumhe|woh|wo|vo)(?: \S+){0,3}? (?:gayab|dafa|"
       r"nikal|chali ja|chala ja|mar ja|khatam)\w*\b|\b(?:sab|sabhi|sab log|hum sab) (?:chahte|"
       r"chahti) (?:hain|h) ki (?:tu|tum|woh|wo|vo)(?: \S+){0,3}? (?:gayab|dafa|chali ja|chala ja|"
       r"nikal|mar ja)\w*\b", quoted=False),
    _r("bullying:exclusion", "bullying", "sadne",
       r"\bsadne do (?:usko|use|isko|ise|unko)\b|\b(?:usko|use|isko|ise) sadne do\b",
       quoted=False),
    _r("bullying:exclusion", "bullying", "jagah जगह",
       r"\b(?:wapas|vapas)(?: \S+){0,3}? (?:toilet|bathroom|kachre|kooda|gutter)\w*(?: \S+){0,5}? "
       r"(?:teri|tumhari) jagah\b|\b(?:teri|tumhari) jagah (?:is |hamare )?(?:group|yahan|yaha)"
       r"(?: mein| me)? (?:nahi|nhi)\b|(?:तेरी|तुम्हारी) जगह (?:इस |हमारे )?(?:ग्रुप|यहाँ|यहां)"
       r"(?: में)? नहीं", quoted=False),
    _r("bullying:exclusion", "bullying", "maangi mangi poochi puchi maanga pucha poocha",
       r"\b(?:kisi ne|koi) (?:bhi )?(?:teri|tumhari|tera) (?:opinion|rai|raay|raye) (?:nahi|nhi|"
       r"nai) (?:maangi|mangi|poochi|puchi|maanga)\b|\btujhse (?:kisi ne|koi) (?:nahi|nhi) "
       r"(?:pucha|poocha)\b", quoted=False),
    _r("bullying:insult", "bullying", "himmat hausla hauslaa aukaat aukat",
       r"\b(?:itni|itna|aisi|aisa|tu|tum)(?: \S+){0,5}? " + _HI_INS + r"(?: \S+){0,6}? (?:bolne|"
       r"bolna|post karne|baat karne) (?:ki )?(?:himmat|hauslaa|hausla|aukaat|aukat)\b",
       quoted=False),
]

# -- tr ----------------------------------------------------------------------------
_TR_INS = r"(?:sisko|cirkin|igrenc|pis|salak|aptal|ezik|kokarca|dombili)"
RULES += [
    rule("bullying:exclusion", "bullying", "gerektigini lazim gerek",
         r"\b(?:butun grup|tum grup|butun sinif|tum sinif|herkes|hepimiz|grup)(?: \S+){0,3}? "
         r"(?:onun|senin|\w+'nin|\w+'in|\w+'un) (?:kaybolmasi|gitmesi|defolmasi|cikmasi|okulu degistirmesi|"
         r"olmesi|yok olmasi|gruptan cikmasi) (?:gerektigini|lazim|gerek)\b"),
    rule("bullying:exclusion", "bullying", "curusun",
         r"\b(?:birakin|birakalim) (?:onu |o )?curusun\b"),
    rule("bullying:exclusion", "bullying", "yerin sormadi soran sorun",
         r"\b(?:geri don|git|defol)(?: \S+){0,6}? (?:tuvalet|cop)\w*(?: \S+){0,6}? senin yerin "
         r"(?:orasi|orada)\b|\b(?:bu grupta|bu grupda|grupta|bu sinifta) (?:\S+ )?(?:senin )?yerin"
         r" yok\b|\b(?:burada |burda )?kimse (?:senin )?(?:fikrini|gorusunu) sormadi\b|\bkimse "
         r"sana sormadi\b|\bsana (?:soran|sorun) (?:oldu mu|yok)\b"),
    rule("bullying:insult", "bullying", "nasil yuzle",
         r"\b(?:bu kadar|o kadar|boyle)(?: \S+){0,4}? " + _TR_INS + r"\w*(?: \S+){0,5}? (?:nasil|"
         r"hangi yuzle) (?:\S+ )?(?:konusmaya|konusur|konusabiliyor|yazmaya)\b"),
]

# -- pl ----------------------------------------------------------------------------
_PL_INS = r"(?:gruba|gruby|brzydka|brzydki|obrzydliwa|obrzydliwy|smierdzaca|glupia|glupi)"
RULES += [
    rule("bullying:exclusion", "bullying",
         "zgadza zgadzaja zgadzamy uwaza uwazaja uwazamy chce chca chcemy glosowali zdecydowali",
         r"\b(?:cala grupa|cala klasa|wszyscy|cala szkola|my wszyscy)(?: \S+){0,3}? (?:sie zgadza|"
         r"sie zgadzaja|zgadzamy sie|uwaza|uwazaja|uwazamy|chce|chca|chcemy|glosowali|"
         r"zdecydowali)(?: ze)? (?:ona |on |ty )?(?:powinna|powinien|powinienes|"
         r"powinnas|musi)(?: \S+){0,3}? (?:zniknac|odejsc|wyjsc z grupy|zmienic szkole|spadac|"
         r"umrzec|sie wyniesc)\b"),
    rule("bullying:exclusion", "bullying", "gnije zgnije",
         r"\bniech (?:ona |on |sobie )?(?:gnije|zgnije)\b(?! w (?:wiezieniu|pudle|celi))"),
    rule("bullying:exclusion", "bullying", "miejsce miejsca pytal prosil pasujesz",
         r"\b(?:wracaj|idz|spadaj)(?: \S+){0,5}? (?:w kiblu|do kibla|w toalecie|do toalety|na "
         r"smietnik)(?: \S+){0,4}? (?:twoje miejsce|tam twoje miejsce)\b|\bnie ma (?:tu |tutaj )?"
         r"(?:dla ciebie )?miejsca (?:dla ciebie )?(?:w tej grupie|w naszej grupie|tutaj|tu)\b|"
         r"\bnie pasujesz do (?:tej|naszej) grupy\b|\bnikt (?:tu |tutaj )?(?:cie )?nie (?:pytal|"
         r"prosil) (?:o )?(?:twoje|twoja) (?:zdanie|opinie)\b|\b(?:nikt|kto) cie (?:tu )?(?:nie )?"
         r"pytal\b(?! (?:o (?!zdanie|opinie|twoje)|czy|kiedy|gdzie)\b)"),
    rule("bullying:insult", "bullying", "smie smiesz czelnosc",
         r"\bjak (?:ktos|taka|taki|ty|ona)(?: \S+){0,5}? " + _PL_INS + r"(?: \S+){0,4}? (?:smie|"
         r"smiesz|ma czelnosc) (?:sie odzywac|sie odezwac|gadac|pisac|mowic)\b"),
]

# -- id ----------------------------------------------------------------------------
_ID_INS = r"(?:se)?(?:gendut|jelek|bau|cupu|dekil|burik|gembrot|norak|alay)"
RULES += [
    rule("bullying:exclusion", "bullying", "setuju pengen mau mikir bilang sepakat",
         r"\b(?:satu grup|satu kelas|semua|semuanya|kita semua|sekelas|segrup)(?: \S+){0,3}? "
         r"(?:setuju|pengen|mau|mikir|bilang|sepakat)(?: \S+){0,3}? (?:dia|lo|lu|kamu|elu)"
         r"(?: \S+){0,2}? (?:ngilang|menghilang|hilang|pergi|keluar|pindah sekolah|mati|cabut)\b"),
    rule("bullying:exclusion", "bullying", "membusuk busuk tempatmu tempat pantes pantas layak",
         r"\b(?:biarin|biarkan) (?:aja )?(?:dia|doi) (?:\S+ )?(?:membusuk|busuk)\b|"
         r"\b(?:balik|pergi|sana)(?: \S+){0,5}? (?:di |ke )?(?:toilet|wc|kamar mandi|tong sampah)"
         r"(?: \S+){0,5}? (?:tempatmu|tempat lo|tempat lu|tempat kamu|emang tempat)\b|"
         r"\b(?:lo|lu|kamu|elu|elo) (?:ga|gak|nggak|tidak|gk) (?:pantes|pantas|layak) (?:ada )?"
         r"(?:di )?(?:grup|sini|kelas)\b"),
    rule("bullying:exclusion", "bullying", "nanya nanyain minta tanya",
         r"\b(?:ga|gak|nggak|tidak|gk|g) ada (?:yang|yg) (?:nanya|nanyain|minta|tanya)(?: \S+)? "
         r"(?:pendapat|opini) (?:lo|lu|kamu|elu|mu)\b|\b(?:ga|gak|nggak|tidak|gk) ada (?:yang|yg) "
         r"nanya (?:lo|lu|kamu|elu)\b|\bsiapa (?:yang|yg) nanya (?:lo|lu)\b(?! (?:tadi|kemarin|soal|"
         r"tentang|di kelas)\b)"),
    rule("bullying:insult", "bullying", "berani",
         r"\bberani(?: beraninya)? (?:orang|cewek|cowok|lo|lu|kamu)(?: \S+){0,5}? " + _ID_INS
         + r"(?: \S+){0,5}? (?:ngomong|bicara|nongol|posting|komen)\b"),
]
