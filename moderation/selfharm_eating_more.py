"""Restrictive eating and purging as a goal or a self-punishment in Russian,
Arabic (script and Arabizi), Chinese and Hindi (Devanagari and Hinglish).

Why and how: as in `selfharm_eating.py` - restriction and a goal or shame
cue, or purging and a goal, "everything I ate" or a meal with "again", in
one message ("сегодня съела только яблоко и всё равно жирная", "استفرغت بعد
الغدا مرة ثانية، على الأقل معدتي فاضية", "今天只吃了一个苹果还是觉得自己太胖了",
"lunch ke baad phir se ulti ki, kam se kam pet khali hai").  A religious or
medical fast, an illness or a sport's weight class anywhere in the message
excuses the match (`frames_eating.py`).

Chinese rules run on the normalised text (unspaced); Devanagari patterns
carry no trailing \\b (vowel signs are not \\w, so a word ending in one has
no boundary); Arabizi is written with digits and passed through `az`.
"""

from __future__ import annotations

from .packs.ar._script import az
from .rules import Rule, rule
from .selfharm_eating import _pair

# -- ru ------------------------------------------------------------------------------
_N_RU = r"(?:\d+(?:[.,]\d+)?|to|for|один|одна|два|две|три|четыре|пять|полтора)"
_KG_RU = r"(?:" + _N_RU + r" ?(?:кг|кило|килограмм\w*)|\d+кг)"
_R_RU = (
    r"(?:(?:съела|съел|поела|ела) (?:\w+ )?(?:только|лишь|всего) \w+|только (?:одно|один|одну|пол|"
    r"половину) \w+|(?:одно|один|одну|пол) \w+ за (?:\d+|to|два|три|четыре|пять|неделю) ?(?:дня|"
    r"дней|день)?|завтра (?:вообще |совсем )?ничего|(?:вообще|совсем) ничего не (?:ем|ела|буду)|"
    r"ничего не (?:ем|ела|ел|съела|буду есть)|(?:вообще|совсем|уже|опять) не ем|не ем (?:вообще|"
    r"совсем|ничего|уже|со вчера|с утра)|без (?:еды|ужина|обеда|завтрака)|(?:дня|дней|день|сутки) "
    r"(?:почти |практически )?(?:без еды|не ем|не ела)|почти не (?:ем|ела)|только вод\w+|на воде|"
    r"голодовк\w+|голодаю|голодала|(?:максимум|не больше|не более) \d+ (?:калори\w*|ккал)|\d+ "
    r"(?:калори\w*|ккал) (?:в день|максимум)|перестать (?:есть|жрать))"
)
_W_RU = (
    r"(?:жирн\w*|жирдяйк\w*|толст(?:ая|ой|ый|ею|еть|уха|ушка)|свинь\w*|корова|отвратительн\w*|"
    r"мерзк\w*|противн\w*|(?:меньше|ниже|до|под) " + _KG_RU + r"|минус " + _KG_RU + r"|"
    r"(?:сбросила|скинула|похудела на) " + _KG_RU + r"|худее|тощ\w+|кости|ребра|весы|до нуля|"
    r"новый рекорд|исчезнуть|(?:я|зато я|внутри) (?:\w+ )?пуст(?:ая|о)|заслужила|заслуживаю)"
)
_P_RU = (
    r"(?:вырвала|вырвало|блевала|блевать|блюю|проблевалась|(?:вызвала|вызываю|вызывать) рвоту|два "
    r"пальца в рот)"
)
_PW_RU = (
    r"(?:" + _W_RU + r"|(?:все|всё) что (?:съела|ела|съел)|после (?:обеда|ужина|еды|завтрака) "
    r"(?:опять|снова)|(?:опять|снова) (?:\w+ )?после (?:обеда|ужина|еды|завтрака))"
)
# "скиньте жесткие пинки ... не жрать": a kick or motivation asked for against eating
_ASK_RU = (
    r"\b(?:скиньте|скинь|дайте|дай|нужны|нужен|нужно|кинь\w*|хочу) (?:\w+ ){0,2}?(?:пинк\w*|пинок|"
    r"пинка|мотиваци\w*|тинспо|мипспо)\b.{0,60}?\b(?:есть|жрать|жру|похуд\w*|жир\w*|вес\w*)\b"
)

# -- ar (script) ---------------------------------------------------------------------
_R_AR = (
    r"(?:و|ف)?(?:(?:تفاحه|موزه|لقمه|حبه) (?:وحده |واحده )?(?:في|ب|خلال) \S+ (?:ايام|يوم)|(?:اكلت|كلت) "
    r"(?:اليوم )?(?:بس|فقط) \S+|(?:اكلت|كلت) (?:تفاحه|موزه|لقمه|نص) ?\S*|بس "
    r"(?:تفاحه|لقمه|موزه)|(?:بكره|بكرا) (?:ولا (?:شي|اشي|حاجه)|ما (?:راح )?(?:اكل|باكل)|مش (?:هاكل|"
    r"حاكل))|بدون (?:اكل|عشا|غدا|فطور)|ما ?اكلت|ماكلتش|مش هاكل|ما راح اكل|بس (?:مي|مويه|ميه)|\d+ "
    r"(?:سعره|كالوري)|(?:ابطل|بطل|اوقف|وقف) (?:اكل|الاكل))"
)
_W_AR = (
    r"(?:و|ف)?(?:سمينه|سمين|تخينه|تخين|ضخمه|مقرفه|قرفانه من نفسي|اكره جسمي|(?:تحت|اقل من) \S+ ?كيلو|"
    r"(?:نزلت|خسرت) \S+ ?كيلو|انحف|نحيفه|عظامي|الميزان|(?:ل|لل|ال)صفر|رقم قياسي|اختفي|اختفاء|"
    r"(?:معدتي|بطني) فاضي\S*|استاهل)"
)
_P_AR = r"(?:استفرغت|استفرغ|رجعت كل|تقيات|طرشت)"
_PW_AR = (
    r"(?:" + _W_AR + r"|(?:كل )?(?:اللي|الي|ما) اكلته|بعد (?:الغدا|الاكل|العشا|الفطور) (?:مره ثانيه|"
    r"كمان|تاني|ثاني))"
)
# Arabizi (digits as letters)
_R_AZ = az(
    r"(?:akalt (?:bs|bas|bass|fa2at) (?:tofa7a|moza|lo2ma|nos)|bokra wala (?:eshi|ishi|shi|7aga)|bala "
    r"(?:akl|2akl|3asha|ghada|fotor)|makaltesh|ma akaltesh)"
)
_W_AZ = az(
    r"(?:smeena|smina|t5ina|ta5ina|tkhina|ta7t \S+ kilo|nazalt \S+ kilo|an7af|na7fa|(?:lal|lel) ?sefr|"
    r"fadye|fadya)"
)
_P_AZ = az(r"(?:estafraght|estafragt|starjaat|raja3t kol)")
_PW_AZ = az(r"(?:" + _W_AZ + r"|b3d el (?:ghada|akl|3asha) (?:kaman|tani|marra tanye))")

# -- hi: Hinglish; Devanagari below (no trailing \b) -------------------------------------
_R_HL = (
    r"(?:(?:sirf|bas|only) (?:ek|aadha|aadhi|adha|half|1) \w+ (?:khaya|khayi|khaaya)|kuch (?:nahi|nhi|"
    r"nahin|ni) (?:khaya|khaungi|khaunga|khana|khati|khata|khaayi)|khana (?:nahi|nhi|band|skip|chhod\w*|"
    r"chod\w*)|(?:dinner|lunch|breakfast|nashta) (?:skip|nahi|nhi|band)|bina khaye|sirf pani|\d+ "
    r"calories|din (?:se|mein|me) (?:ek|aadha|sirf) \w+)"
)
_W_HL = (
    r"(?:moti|mota|motti|ghin|(?:neeche|niche|kam) (?:jana|jaana|aana|karna)|kilo (?:kam|ghata|se "
    r"neeche|se niche)|patli|patla|haddi\w*|wajan|vajan|weight|zero|gayab|khali|khaali|naya record)"
)
_P_HL = r"(?:ulti (?:ki|kar\w*|kiya|kardi))"
_PW_HL = (
    r"(?:" + _W_HL + r"|(?:lunch|khane|dinner|breakfast|nashte) ke baad (?:phir|fir)|sab ulti|jo "
    r"khaya)"
)
_R_HI = (
    r"(?:सिर्फ (?:एक|आधा|आधी) \S+ खाया|कुछ (?:नहीं|नही) (?:खाया|खाऊँगी|खाऊंगी|खाऊँगा|खाऊंगा|खाती|"
    r"खाता)|(?:रात का खाना|खाना|नाश्ता) (?:नहीं|नही|बंद|छोड़)|बिना खाए|सिर्फ पानी|\d+ कैलोरी)"
)
_W_HI = (
    r"(?:मोटी|मोटा|घिन|\S+ किलो (?:कम|से नीचे)|किलो से नीचे|पतली|पतला|हड्डि|वजन|वज़न|ज़ीरो|जीरो|गायब|"
    r"खाली|नया रिकॉर्ड)"
)
_P_HI = r"(?:उल्टी (?:कर|की|किया))"
_PW_HI = r"(?:" + _W_HI + r"|जो खाया|सब उल्टी|के बाद फिर)"

# -- zh (unspaced) --------------------------------------------------------------------
_R_ZH = (
    r"(?:只吃了?|就吃了[一半几]|吃了[一半](?:个|口|片)|[一半]个苹果|(?:明天|今天|今晚)(?:什么都|啥都|一口都)?"
    r"不吃|什么都不吃|啥也不吃|不吃(?:晚饭|午饭|早饭|饭|东西)|没吃(?:东西|饭)|几乎没吃|断食|节食|绝食|辟谷|"
    r"只喝水|\d+(?:卡|大卡))"
)
_W_ZH = (
    r"(?:太胖|好胖|很胖|还是胖|觉得自己胖|肥|(?:自己|我)[好很真]?恶心|瘦到|(?:掉|瘦|减|少)了?(?:\d+|[一二两三四五六七八九十几半])"
    r"(?:斤|公斤)|公斤以下|斤以下|体重|秤|骨头|到零|归零|目标是零|新纪录|消失|(?:胃|肚子)(?:是)?空的|胃空了|活该)"
)
_P_ZH = r"(?:吐了|吐掉|催吐|抠喉|吐出来|全吐)"
_PW_ZH = r"(?:" + _W_ZH + r"|又|吃的全|饭后)"


def _raw_pair(a: str, b: str, gap: int = 100) -> str:
    """`_pair` without word boundaries (Devanagari, Chinese)."""
    return rf"(?:{a}).{{0,{gap}}}?(?:{b})|(?:{b}).{{0,{gap}}}?(?:{a})"


_ASK_ZH = (
    r"(?:求骂醒|求骂|求毒舌|求狠话|求刺激|骂醒我)[^。！？]{0,12}?(?:管不住嘴|吃|胖|瘦|减肥)|(?:管不住嘴|又吃多了|吃太多)"
    r"[^。！？]{0,12}?(?:求骂醒|求骂|骂醒我|骂我)"
)

RULES: list[Rule] = [
    rule("self_harm:eating", "self_harm",
         "съела съел поела ела только одно один одну пол завтра вообще совсем ничего уже опять не без "
         "дня дней день сутки почти вод воде голодовка голодовки голодаю голодала максимум больше "
         "более калорий ккал перестать вырвала вырвало блевала блевать блюю проблевалась вызвала "
         "вызываю вызывать пальца",
         _pair(_R_RU, _W_RU) + "|" + _pair(_P_RU, _PW_RU, 80), framed="generic"),
    rule("self_harm:eating", "self_harm", "скиньте скинь дайте дай нужны нужен нужно киньте хочу",
         _ASK_RU, framed="generic"),
    rule("self_harm:eating", "self_harm",
         "تفاحه موزه لقمه حبه اكلت كلت بس بكره بكرا بدون ما ماكلتش مش سعره كالوري ابطل بطل اوقف وقف استفرغت استفرغ "
         "رجعت تقيات طرشت akalt bokra bala makaltesh estafraght estafragt starjaat raja3t",
         _pair(_R_AR, _W_AR) + "|" + _pair(_P_AR, _PW_AR, 80) + "|" + _pair(_R_AZ, _W_AZ) + "|"
         + _pair(_P_AZ, _PW_AZ, 80), framed="generic"),
    rule("self_harm:eating", "self_harm",
         "sirf bas only kuch khana dinner lunch breakfast nashta bina calories din ulti",
         _pair(_R_HL, _W_HL) + "|" + _pair(_P_HL, _PW_HL, 80), framed="generic"),
    rule("self_harm:eating", "self_harm", "सिर्फ कुछ खाना नाश्ता बिना कैलोरी उल्टी",
         _raw_pair(_R_HI, _W_HI) + "|" + _raw_pair(_P_HI, _PW_HI, 80), framed="generic"),
    rule("self_harm:eating", "self_harm", "吃 断食 节食 绝食 辟谷 喝水 卡 吐 抠喉",
         _raw_pair(_R_ZH, _W_ZH, 30) + "|" + _raw_pair(_P_ZH, _PW_ZH, 20), framed="generic"),
    rule("self_harm:eating", "self_harm", "求骂 求毒舌 求狠话 求刺激 骂醒我 管不住嘴 吃多了 吃太多",
         _ASK_ZH, framed="generic"),
]
