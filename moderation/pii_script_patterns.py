"""Regexes and word sets for PII in Arabic, Chinese, Devanagari and Cyrillic
text and in romanised Hindi / Arabic (used by pii_scripts.py).
"""

from __future__ import annotations

import re

from .pii_patterns import _I

# Why a separate module: Arabic, Chinese, Devanagari and Cyrillic messages
# (and romanised Hindi/Arabic) introduce themselves, their school and their
# home with their own cue words.  Everything here is reached only behind a
# cheap test in `PiiRedactor.redact`: a non-ASCII message plus a substring,
# or a romanised trigger word, so Latin-only chat runs none of it.
#
# The regexes run on the *original* text, so Arabic patterns accept the
# hamza/ta-marbuta variants that the normalised form folds away; stop-word
# checks fold the candidate word first (`fold_word`).

_AR_L = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_ARW = "[" + _AR_L + "][" + _AR_L + "\u064b-\u065f\u0670\u0640]*"  # an Arabic word
_DEVW = "[\u0900-\u0963\u0971-\u097f]+"  # a Devanagari word (letters and vowel signs)
_HAN = "\u4e00-\u9fff"
_NONSPACE = re.compile(r"\S+")

# Arabic-Indic, Extended Arabic-Indic (Persian/Urdu) and Devanagari digits -> ASCII,
# so allowed helplines, years and dates are recognised in any digit script
_DIGIT_ASCII = str.maketrans(
    {chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for i in range(10)}
)
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                          "ئ": "ي", "\u0640": None})
_AR_MARKS = re.compile("[\u064b-\u065f\u0670]")


def ascii_digits(s: str) -> str:
    """"٠١٠ ١٢٣" -> "010 123" (other characters unchanged)."""
    return s if s.isascii() else s.translate(_DIGIT_ASCII)


def fold_word(w: str) -> str:
    """Casefold plus the Arabic letter folds of the normalised form."""
    w = w.casefold()
    if w.isascii():
        return w
    return _AR_MARKS.sub("", w).translate(_AR_FOLD)


# ---------------------------------------------------------------- names
# Arabic: "اسمي أحمد محمود", "انا اسمي سارة علي": the first name stays (as in
# English, "My name is Lea" is fine), the family part is removed
_AR_NAME = re.compile(
    r"(?<!\w)(?:و?[اأإآ]نا\s+)?و?[اأإ]سم[يى](?:\s+(?:الكامل[ةه]?|الحقيقي|الثلاثي))?"
    r"(?:\s+(?:هو|هي))?\s*[:：]?\s*"
    r"(?P<first>" + _ARW + r")(?P<rest>(?:\s+" + _ARW + r"){1,3})"
)
_AR_NAME_STOP = frozenset(
    """مكتوب مكتوبه هو هي في عن من مع الي الى مش مو مب ليس لا ما حلو حلوه جميل جميله
    غريب غريبه صعب صعبه طويل طويله مميز معروف سهل بالعربي بالانجليزي بالعربيه مثل زي يعني كان كانت
    صار كتير كثير جدا بس لكن الحقيقي الكامل الاول هنا هناك و وانا انا عمري وعمري عندي وعندي سنه سنوات
    سنين طالب طالبه بالصف الصف صف ساكن ساكنه اسكن اعيش ادرس احب ابي ابغى اريد مرحبا اهلا يا شكرا
    تشرفت لو اذا ايش شو وش كيف ليش هذا هذه ذا مبين باين نفس ولد بنت عادي""".split()
)
# Chinese: 我叫王小明 / 我的名字是李娜 - a common surname plus one or two given-name
# characters (2-4 characters in all) is removed whole; "我叫他别说了" has no surname
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤"
    "康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞柳甘祝舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁"
    "冉骆蓝辛靳柴蒙鲍喻祁蒲滕饶牟艾尤穆卓缪褚娄窦戚岑景费卜晏席柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫"
    "寇桑郎甄丛仲虞敖巩佘邝"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆賀顧龔錢嚴聶歐蘭龐顏莊魯鮑"
)
_ZH_COMPOUND = "欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|夏侯|尉迟|公孙|公孫"
_ZH_STOP_CH = (
    "今年岁歲是在住的了我你他她它们們和也很都不没沒有来來去上读讀学學呢吧啊哦呀嘛哈从從就还還要想说說叫个個这這那"
)
_ZH_GIVEN = "(?:(?![" + _ZH_STOP_CH + "])[" + _HAN + "])"
_ZH_NAME = re.compile(
    r"(?:我叫|我名叫|我的名字(?:是|叫)|我名字(?:是|叫)|本人叫|名字[:：])\s*"
    r"(?P<g>(?:" + _ZH_COMPOUND + r"|[" + _ZH_SURNAMES + r"])" + _ZH_GIVEN + r"{1,2})"
    r"|(?:我姓|本人姓)\s*(?P<s>" + _ZH_COMPOUND + r"|[" + _ZH_SURNAMES + r"])"
)
# Hindi: "मेरा नाम राहुल शर्मा है" (the first name stays)
_HI_NAME = re.compile(
    r"(?:मेरा|मेरे)\s+(?:पूरा\s+)?नाम\s+(?:है\s+)?"
    r"(?P<first>" + _DEVW + r"|[A-Za-z]+)(?P<rest>(?:\s+(?:" + _DEVW + r"|[A-Za-z]+)){1,2})"
)
_HI_NAME_STOP = frozenset(
    """है हैं हूँ हूं हु था थी थे और क्या मत भी तो ही नहीं ना कुछ पूछो बताओ बताऊंगा बताऊँगी किसी को से
    में का की के यह वह ये वो एक मैं हम तुम आप उम्र साल मेरी मेरा मेरे पर लेकिन पूरा बहुत सबको अच्छा""".split()
)
# romanised Hindi / Arabic: "mera naam priya sharma hai", "ana ismi ahmed mahmoud"
_ROMAN_NAME = re.compile(
    r"\b(?:(?:mera|meraa|mere|my)\s+(?:pura\s+|poora\s+|full\s+)?(?:naam|nam)(?:\s+(?:hai|h|he|is))?"
    r"|(?:ana\s+)?(?:ismi|esmi|esmy|ismy))\s+"
    r"(?P<first>[a-z][\w'-]*)(?P<rest>(?:\s+[a-z][\w'-]*){1,2})",
    _I,
)
_ROMAN_NAME_STOP = frozenset(
    """hai h he hain hay hu hoon hun tha thi aur or ki ka ke se me mein main mai kya kia nahi nhi
    na mat to toh bhi hi kuch batao bataunga batungi puchho poocho pucho mera meri is the a and but
    from age saal sal umar umr years year old wa w ana 3omri omri 3andi andi lol haha hahaha hehe
    lmao btw or wala wali yaar bro sis ji""".split()
)

# ---------------------------------------------------------------- schools
# Chinese: "北京市第十二中学", "育才小学", "人大附中"; the name is the run of
# characters before the school word, cut at function characters
_ZH_SCHOOL_AT = re.compile(
    r"附属中学|附属小学|附屬中學|大学附中|實驗學校|实验学校|外国语学校|中学(?![习到会會着生])|小学(?!生)"
    r"|学校(?![园園])"
    r"|附中|附小|高中(?!生)|初中(?!生)|中學(?![習到會])|小學(?!生)|學校|國中"
)
_ZH_SCHOOL_STOP = frozenset(
    "多少几幾我你他她它们們的在是去读讀念了个個所这這那哪和跟到从從就也都还還很有没沒不要想说說讲講叫班年级級"
    "里裏对對给給被把让讓比同回过過离離近远遠每各某该該其全整间間啥么麼什些名位家当當"
    "得觉覺认認为為应應希望喜欢歡讨討厌厭感"
    "。，！？、：；（）()!?,.:; \n\t"
)
# a bare "学校"/"高中" is the ordinary noun unless its "name" has a number or a
# place word, or the name follows "在/读/上/是" ("我在育才学校")
_ZH_NAME_MARKS = frozenset("第一二三四五六七八九十0123456789市区區县縣省镇鎮路实實验驗")
_ZH_SCHOOL_CUES = frozenset("在读讀上是于於念")
_ZH_PLAIN_SCHOOL = frozenset("学校 學校 高中 初中 國中".split())
_ZH_SCHOOL_GENERIC = frozenset(
    """普通 重点 重點 公立 私立 国际 國際 寄宿 培训 培訓 驾驶 駕駛 舞蹈 音乐 音樂 艺术 藝術 体育 體育
    职业 職業 技术 技術 特殊 民办 民辦 公办 公辦 附近 本地 当地 一般 最好 好的 新的 外国语 外國語
    市里 县里 城里 乡下 农村 農村 城市 大学 大學 一所 两所 三所""".split()
)
# Arabic: "مدرسة النور الخاصة", "ادرس في مدرسة عمر بن الخطاب"; "المدرسة" (the
# school) is generic and never matches (the article is attached)
_AR_SCHOOL = re.compile(
    r"(?<!\w)(?P<cue>(?:[اأ]درس|بدرس|بدرس|اتعلم|[اأ]تعلم|طالب[ةه]?)\s+(?:في|ف|ب)\s+)?"
    r"(?:[بوفل]|وب)?مدرس[ةه]\s+(?P<rest>" + _ARW + r"(?:\s+" + _ARW + r"){0,3})"
    r"|(?<!\w)(?:مدرستي\s+(?:اسمها|اسمها\s+هي|هي)|اسم\s+مدرستي(?:\s+هو)?)\s*[:：]?\s*"
    r"(?P<rest2>" + _ARW + r"(?:\s+" + _ARW + r"){0,3})"
)
_AR_SCHOOL_STOP = frozenset(
    """في من علي على عن الي الى مع و فيها فيه كان كانت ما لا مش بس هي هو لكن كل لازم يجب حتي حتى
    كبيره صغيره جديده قديمه حكوميه خاصه دوليه ثانويه ابتدائيه اعداديه متوسطه عاديه اخري اخرى ثانيه تانيه
    واحده حلوه جميله سيئه بعيده قريبه كويسه زينه مختلطه داخليه اهليه عامه خاصه تعلم تدرس فيها
    الفصل الصف الماده العلوم الرياضيات الرياضه العربي العربيه الانجليزي الانجليزيه الفرنسي التاريخ
    الجغرافيا الفيزياء الكيمياء الاحياء الدين الفن الرسم الموسيقي الموسيقى الحاسوب الكمبيوتر اللغه
    البنات الاولاد البنين الحكومه القريه الحي المنطقه المدينه الان اليوم الحين بكره امس الصبح الصباح
    المسائيه الصيفيه القرآن القران الخاصه الجديده القديمه الثانيه الاولي""".split()
)
_AR_SCHOOL_JOIN = frozenset("بن ابن ابو ابي بنت ام للبنات للبنين".split())
# Hindi: "केंद्रीय विद्यालय में पढ़ता हूँ"; romanised: "Delhi Public School mein padhta hoon"
_HI_SCHOOL = re.compile(
    r"(?P<pre>(?:" + _DEVW + r"\s+){1,3})(?:पब्लिक\s+स्कूल|स्कूल|विद्यालय|विद्या\s+मंदिर|कॉन्वेंट|अकादमी)"
    # a branch or locality may follow after a comma ("..., आर.के. पुरम में पढ़ती हूँ")
    r"(?=(?:\s*,\s*(?:\S+\s+){0,2}?\S+)?\s+(?:में|मे|से|का|की|के)\s+(?:प[ढ\u095d]|हूँ|हूं|हु|छात्र|"
    r"छात्रा|जाता|जाती|जाते))"
)
_HI_SCHOOL_STOP = frozenset(
    """मैं मेरा मेरी मेरे हम हमारा हमारे हमारी अपना अपने अपनी एक कोई किसी हर सब सभी कई इस उस वह वो
    यह ये रोज़ रोज आज कल अब पहले नया नए नई पुराना पुराने में से का की के को और भी तो दूसरे दूसरा
    बच्चों बच्चे वाले वाला""".split()
)
_HI_SCHOOL_GENERIC = frozenset(
    """सरकारी प्राइवेट निजी पब्लिक इंग्लिश हिंदी मीडियम बड़ा बड़े छोटा छोटे अच्छा अच्छे प्राथमिक माध्यमिक
    उच्च राजकीय बड़ी छोटी अच्छी नया नए नई पुराना पुराने पुरानी""".split()
)
_IN_SCHOOL_AT = re.compile(
    r"\b(?:public\s+school|vidya\s+mandir|vidyalaya|vidyalay|convent\s+school|convent|"
    r"school|academy)\b",
    _I,
)
_IN_SCHOOL_CUE_AFTER = re.compile(
    r"\s+(?:mein|me|mai|main|m|se|ka|ki|ke)\s+(?:padh|hu\b|hun\b|hoon\b|student|jaata|jata|jaati|jati|"
    r"jaate|jate)",
    _I,
)
# Indian school names that say what they are even without a Hindi cue
_IN_SCHOOL_KIND = re.compile(r"public\s+school|vidya\s+mandir|vidyalaya|vidyalay|convent", _I)
_LATIN_BEFORE = re.compile(r"(?:[A-Za-z][\w'.&-]*\s+){1,4}$")
_ROMAN_SCHOOL_STOP = frozenset(
    """main mai mein me hum ham mera meri mere hamara hamare humara apna apne apni ek koi kisi har sab
    is us wo woh ye yeh roz aaj kal abhi pehle pichle agle naya naye nayi purana purane i we my our
    the a an in at to go goes study studying padhta padhti which ka ki ke se from and or of to kya
    jis jo wala wali wale""".split()
)
_ROMAN_SCHOOL_GENERIC = frozenset(
    """public private government govt sarkari english hindi medium convent international high senior
    secondary sr sr. sec sec. model primary middle boys girls co-ed new old local big small achha
    accha acha bekar bada chota"""
    # (session 16) the adjectives' other forms: "main ek bade school mein padhti hu"
    """ bade badi chhota chhote chhoti chote choti acche achhe ache achhi acchi achi bura bure
    buri naya naye nayi purana purane purani dusra dusre dusri""".split()
)
# Russian: "школа №57", "в школе № 1543", "в 57-й школе", "гимназия имени Пушкина"
_RU_SCHOOL_WORD = r"(?:школ[аеуыо]й?|гимнази(?:я|и|ю|ей)|лице(?:й|я|е|ю|ем))"
_RU_SCHOOL = re.compile(
    r"(?<!\w)" + _RU_SCHOOL_WORD + r"\s*(?:№|N|#|номер|ном\.)\s*\d{1,4}(?:\s*-?\s*[а-я](?!\w))?"
    r"|(?<!\w)(?:школа|гимназия|лицей)\s+\d{1,4}(?=\s*(?:[.,!?;:)]|$))"
    r"|(?<![\w№#])\d{1,4}(?:\s*-?\s*(?:й|я|ая|ой|ую|ом|ей))?\s+(?:школ[аеуо]й?|гимнази(?:я|и|ю|ей)|"
    r"лице(?:й|е|ем))(?!\w)"
    r"|(?<!\w)" + _RU_SCHOOL_WORD + r"\s+(?:имени|им\.)\s+[^\W\d_][\w-]*(?:\s+[А-ЯЁ][\w-]*)?",
    _I,
)

# ---------------------------------------------------------------- addresses
_ZH_NUM = r"[0-9０-９一二三四五六七八九十百零〇两兩]{1,5}"
_ZH_PLACE_CH = (
    r"(?:(?![我你他她它们們的在住是家了到从從离離去和跟就也都还還很有没沒不要想个個这這那下里裏边邊旁对對近远遠每])"
    r"[" + _HAN + r"])"
)
_ZH_ADDRESS = re.compile(
    r"(?P<g>" + _ZH_PLACE_CH + r"{1,8}(?:路|街|大街|大道|巷|胡同)\s*" + _ZH_NUM + r"\s*(?:号|號|弄)"
    r"(?:\s*" + _ZH_NUM + r"\s*(?:号|號|弄|栋|棟|幢|座|单元|單元|楼|樓|室|层|層))*"
    r"|" + _ZH_PLACE_CH + r"{1,8}(?:小区|小區|花园|花園|公寓|新村|家园|家園|苑|大厦|大廈)\s*" + _ZH_NUM
    + r"\s*(?:号楼|號樓|栋|棟|幢|座|单元|單元)"
    r"(?:\s*" + _ZH_NUM + r"\s*(?:号|號|栋|棟|幢|单元|單元|楼|樓|室|层|層))*(?:\s*[0-9]{3,4}(?![0-9]))?)"
)
# Arabic: "شارع الجمهورية عمارة 12 شقة 4", "15 شارع التحرير", "عمارة 3 شقة 7"
_AR_BUILDING = r"(?:عمار[ةه]|بناي[ةه]|مبنى|مبني|منزل|بيت|فيلا|شق[ةه]|الدور|دور|طابق|الطابق)"
_AR_ADDRESS = re.compile(
    r"(?<!\w)شارع\s+(?P<street>(?:" + _ARW + r"\s+){0,3}?)(?:(?:رقم|" + _AR_BUILDING + r")\s*)?\d{1,4}"
    r"(?:\s*[،,]?\s*" + _AR_BUILDING + r"\s*(?:رقم\s*)?\d{1,4})*"
    r"|(?<!\w)\d{1,4}\s+شارع\s+(?P<street2>" + _ARW + r"(?:\s+" + _ARW + r")?)"
    r"|(?<!\w)(?:عمار[ةه]|بناي[ةه]|مبنى|فيلا|منزل)\s*(?:رقم\s*)?\d{1,4}\s*[،,]?\s*"
    r"(?:شق[ةه]|الدور|دور|طابق)\s*(?:رقم\s*)?\d{1,4}"
)
_AR_STREET_STOP = frozenset(
    """كان كانت فيه فيها في من علي على عن الي الى مع و كل فقط بس حوالي تقريبا اكثر اقل هناك هنا فيه
    مات ماتوا يوجد وجدت شفت لقيت عدد""".split()
)
# Indian addresses: "14B Gandhi Nagar sector 5", "house no 23 shanti colony",
# "main lajpat nagar mein rehta hu", "mera ghar Gandhi Nagar mein hai"
_IN_LOCALITY = r"(?:nagar|colony|vihar|enclave|puram|bagh|mohalla|layout)"
_IN_SECTOR = r"(?:,?\s*(?:sector|sec|phase|block)\s*-?\s*\d{1,3}[a-z]?\b)?"
_IN_ADDRESS = re.compile(
    r"\b(?:(?:h\.?\s?no\.?|house\s+no\.?|house\s+number|flat\s+no\.?|flat|plot\s+no\.?|plot|"
    r"ghar\s+no\.?|makan\s+no\.?)\s*)?\d{1,4}[a-z]?(?:\s*/\s*\d{1,4})?,?\s+"
    r"(?P<n1>(?:[a-z][\w'-]*\s+){1,3}?)" + _IN_LOCALITY + r"\b" + _IN_SECTOR
    + r"|(?P<n2>(?:[a-z][\w'-]*\s+){1,3}?)" + _IN_LOCALITY + r"\b" + _IN_SECTOR
    + r"(?=\s+(?:me|mein|mai|main|m|pe|par)\s+(?P<v>rehta|rehti|rehte|rahta|rahti|rahte|rhta|rhti|rhte|"
    r"hai\b|h\b|he\b))",
    _I,
)
_ROMAN_ADDR_STOP = frozenset(
    """main mai mein me hum ham mera meri mere hamara humara ghar house hai h he is in at near the a
    an my our i we live stay log saal baje rupees rs km and or ki ka ke se wala wali wale pass paas
    ek do teen char paanch bahut sab kuch ye yeh wo woh""".split()
)
_HI_ADDRESS = re.compile(
    r"(?:(?:मकान|घर|हाउस)\s*(?:नंबर|नं\.?|न\.)\s*)?\d{1,4}[A-Za-z\u0900-\u097f]?(?:\s*/\s*\d{1,4})?,?\s+"
    r"(?P<n1>(?:" + _DEVW + r"\s+){1,2})(?:नगर|कॉलोनी|कालोनी|विहार|मोहल्ला|पुरम)"
    r"(?:\s*,?\s*(?:सेक्टर|फेज़?|ब्लॉक)\s*-?\s*\d{1,3})?"
    r"|(?P<n2>(?:" + _DEVW + r"\s+){1,2})(?:नगर|कॉलोनी|कालोनी|विहार|मोहल्ला|पुरम)"
    r"(?:\s*,?\s*(?:सेक्टर|फेज़?|ब्लॉक)\s*-?\s*\d{1,3})?"
    r"(?=\s+(?:में|मे)\s+(?P<v>रहता|रहती|रहते|रहा|रही|है))"
)
_HI_ADDR_STOP = frozenset(
    """मैं मेरा मेरी मेरे हम हमारा हमारे घर है में के की का पास वह वो यह ये और लोग साल""".split()
)
# Russian: "ул. Ленина 45 кв 12", "на улице Ленина, дом 5", "дом 10 кв 5"
_RU_ADDRESS = re.compile(
    r"\b(?:ул\.?|улица|пр\.|пр-т|проспект|переулок|пер\.|бульвар|б-р|шоссе|набережная|площадь)\s+"
    r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?,?\s*(?:д\.|дом)?\s*\d{1,4}"
    r"|\b(?:улиц[еуы]|проспект[аеу]|переулк[еау]|бульвар[аеу]|набережной|площади)\s+"
    r"(?:(?-i:[А-ЯЁ])[\w-]*(?:\s+(?-i:[А-ЯЁ])[\w-]*)?,?\s*(?:д\.|дом)?"
    r"|[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?,?\s*(?:д\.|дом))"
    r"\s*\d{1,4}"
    # a lower-case street with its house number, when a numbered flat or entrance
    # follows: "на улице ленина 45, кв 12" ("на улице минус 15, квартира холодная" has none)
    r"|\b(?:улиц[еуы]|проспект[аеу]|переулк[еау]|бульвар[аеу]|набережной|площади)\s+"
    r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?,?\s*\d{1,4}(?=\s*[а-я]?,?\s*(?:кв\.?|квартира|подъезд|корп\.?|корпус)\s*\d)"
    r"|\b(?:дом|д\.)\s*\d{1,4}(?:\s*[а-я](?!\w))?(?=,?\s*(?:корп|кв))",
    _I,
)
_RU_ADDRESS_TAIL = re.compile(
    r"(?:\s*[а-яА-Я](?!\w))?(?:\s*/\s*\d{1,3})?(?:,?\s*(?:корп\.?|корпус|к\.|стр\.?|строение)\s*\d{1,3})?"
    r"(?:,?\s*(?:кв\.?|квартира)\s*\d{1,4})?",
    _I,
)
_RU_STREET_WORDS = frozenset(
    """ул улица улице улицу улицы пр проспект проспекте проспекта проспекту переулок переулке
    переулка пер бульвар бульваре б шоссе набережная набережнои площадь площади дом д кв квартира""".split()
)

# ---------------------------------------------------------------- passwords
# Arabic: "كلمة السر عندي ahmed2010", "كلمة المرور: ...", "باسوردي 1234"
_AR_PASSWORD = re.compile(
    r"(?<!\w)(?:كلم[ةه]\s+(?:ال)?(?:سر|مرور)|(?:ال)?باس(?:و|وو)رد|الرقم\s+السري|الرمز\s+السري|رمز\s+الدخول)"
    r"(?P<own>ي|\s+(?:حقي|حقتي|بتاعي|بتاعتي|تبعي|عندي|الخاص[ةه]?\s+بي|لي))?"
    r"(?P<conn>\s*(?:هي|هو|هيا|كانت|:|：|=|-)\s*|\s+(?=\S*\d))"
    r"(?P<pw>[^\s\"'”]+)"
)
_AR_NOT_PASSWORD = frozenset(
    """مهمه سريه سري صعبه سهله قويه ضعيفه طويله قصيره لا ما مش لازم يجب عند مع في من على علي هي هو
    حقي حقك حقتك تبعك بتاعك عندك سر خاصه لازم ماحد محد""".split()
)

# ---------------------------------------------------------------- handles
# Russian platform names (VK, Telegram, Instagram...) followed by a Latin handle
_RU_HANDLE = re.compile(
    r"(?<!\w)(?:вк|vk|вконтакте|телеграм+е?|телег[аеу]|тг|tg|инст[аеу]?|инстаграм+е?|тикток[еа]?|"
    r"дискорд[еа]?|снап[еа]?|снэп[еа]?)"
    r"(?P<j>(?:\s*(?:[:=—–-]|это|ник|айди|id|мой|моя|мои|меня|в|по|как)(?!\w))*)\s*@?"
    r"(?P<g>[A-Za-z0-9_][\w.\-]{2,31})",
    _I,
)
# Arabic and Hindi platform names, the same way ("سناب: ahmad_q8x", "انستقرامي
# sara.k22", "इंस्टा पर मेरी id riya_2010 है"); a trailing ي is "my"
_AR_HI_HANDLE = re.compile(
    r"(?<!\w)(?:سناب(?: ?شات)?|انستا|انستقرام|انستغرام|انستجرام|تيك ?توك|ديسكورد|تلغرام|تليجرام|"
    r"تلقرام|इंस्टा(?:ग्राम)?|स्नैप(?:चैट)?|टेलीग्राम|डिस्कॉर्ड|टिकटॉक)ي?"
    r"(?P<j>(?:\s*(?:[:=—–-]|حسابي|يوزري|يوزر|معرفي|عندي|على|هو|पर|मेरी|मेरा|id|आईडी|है|का|की)"
    r"(?!\w))*)\s*@?(?P<g>[A-Za-z0-9_][\w.\-]{2,31})",
    _I,
)
_AR_HI_PLATFORM_WORDS = frozenset(
    """سناب سنابي سنابشات انستا انستي انستقرام انستقرامي انستغرام انستغرامي انستجرام تيكتوك تيك ديسكورد
    تلغرام تليجرام تلقرام इंस्टा इंस्टाग्राम स्नैप स्नैपचैट टेलीग्राम डिस्कॉर्ड टिकटॉक""".split()
)
_RU_PLATFORM_WORDS = frozenset(
    """вк vk вконтакте телеграм телеграмм телеграме телеграмме телега телеге телегу тг tg инст инста инсте
    инсту инстаграм инстаграмм инстаграме тикток тиктоке тиктока дискорд дискорде дискорда снап снапе
    снэп""".split()
)

# ---------------------------------------------------------------- gates
# romanised Hindi / Arabic trigger words: one set test for all romanised detectors
_ROMAN_NAME_WORDS = frozenset("naam nam ismi esmi esmy ismy".split())
_ROMAN_SCHOOL_WORDS = frozenset("vidyalaya vidyalay convent mandir public".split())
_ROMAN_SCHOOL_VERBS = frozenset(
    "padhta padhti padhte padhai padh hoon jaata jata jaati jati jaate jate".split()
)
_ROMAN_LOCALITY_WORDS = frozenset("nagar colony vihar enclave puram bagh mohalla layout".split())
# planned towns' addresses: a block letter and house number, then the sector or, after a
# comma, the phase ("B-214, sector 15, noida", "house no 52 sector 21", "A-12, phase 2");
# "sector 5 me bahut traffic hai" has no house, "F-16 phase 2 of the project" no comma
_ROMAN_BLOCK_WORDS = frozenset({"sector", "phase"})
_IN_BLOCK_ADDRESS = re.compile(
    r"(?:\b[a-z]{1,2}\s?-\s?\d{1,4}[a-z]?|\b(?:h\.?\s?no\.?|house\s+no\.?|house\s+number|flat\s+no\.?|"
    r"plot\s+no\.?|makan\s+no\.?)\s*\d{1,4}[a-z]?)(?:,?\s+sector|,\s*phase)\s*-?\s*\d{1,3}[a-z]?\b",
    _I,
)
_ROMAN_WORDS = (_ROMAN_NAME_WORDS | _ROMAN_SCHOOL_WORDS | _ROMAN_SCHOOL_VERBS | _ROMAN_LOCALITY_WORDS
                | _ROMAN_BLOCK_WORDS)
_ROMAN_SCHOOL_AT_WORDS = frozenset("school vidyalaya vidyalay convent academy mandir".split())

# non-ASCII trigger words, in the normalised form (Arabic letters folded,
# Cyrillic й -> и); `_SCRIPT_WORDS` is tested first, once, for all of them
_AR_NAME_WORDS = frozenset("اسمي واسمي".split())
_AR_SCHOOL_WORDS = frozenset("مدرسه بمدرسه ومدرسه لمدرسه فمدرسه وبمدرسه مدرستي".split())
_AR_ADDRESS_WORDS = frozenset("شارع عماره بنايه مبني فيلا منزل".split())
_AR_PASSWORD_WORDS = frozenset("كلمه باسورد الباسورد باسوردي باسوورد الباسوورد السري رمز".split())
_HI_SCHOOL_WORDS = frozenset("स्कूल विद्यालय विद्या कॉन्वेंट अकादमी".split())
_HI_LOCALITY_WORDS = frozenset("नगर कॉलोनी कालोनी विहार मोहल्ला पुरम".split())
_RU_SCHOOL_WORDS = frozenset(
    """школа школе школу школы школои школой школо гимназия гимназии гимназию гимназиеи гимназией
    лицеи лицей лицея лицее лицею лицеем""".split()
)
_SCRIPT_WORDS = (
    _AR_NAME_WORDS | _AR_SCHOOL_WORDS | _AR_ADDRESS_WORDS | _AR_PASSWORD_WORDS | _HI_SCHOOL_WORDS
    | _HI_LOCALITY_WORDS | _RU_SCHOOL_WORDS | _RU_STREET_WORDS | _RU_PLATFORM_WORDS
    | _AR_HI_PLATFORM_WORDS | {"नाम"}
)
