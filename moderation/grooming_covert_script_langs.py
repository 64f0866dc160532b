"""ar hi zh forms of grooming_covert.py (read its docstring first; appended
to its RULES).

"بشحنلك شدات اذا فتحتي الكاميرا", "انتي اعقل من البنات اللي بعمرك، هذا سر
بيننا", "ارسليلي صورة بالفستان الجديد، بس الي، بمسحها بعدين", "هذا التطبيق
يحفظ كل شي، ضيفني على التطبيق الثاني", "tum apni umar se zyada samajhdar
ho, ye baat hamare beech rahegi", "तुम्हारी मम्मी कितने बजे घर आती हैं? जब
तुम अकेली हो तब कॉल करूंगा", "给你买皮肤，开视频就行", "这个软件会保存聊天记录，
加我另一个软件，消息会自动消失".  The same two halves as in English.
Arabic runs on the phrase form (ى ي, ة ه, أ ا, ئ ي); Devanagari without a
trailing \\b (vowel signs are not \\w); Chinese on the normalised text
(unspaced, both scripts; "，" reads ",").
"""

from __future__ import annotations

from . import grooming_parents_away as _pa
from .grooming_covert import pair
from .grooming_parents_away import away_rule
from .packs.hi._script import _DE, _n, _triggers
from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule

# -- ar -----------------------------------------------------------------------------
_CUR_AR = (
    r"(?:شدات|شده|جواهر|جوهرات|روبوكس|سكن|سكنات|فيباكس|في باكس|باتل باس|بطاقه|بطاقات|فلوس|رصيد|"
    r"نيترو|شحن|هديه|هدايا|كوينز|يوسي)"
)
_GIFT_AR = (
    r"(?:اشتريلك|اشتري لك|اعطيك|ارسلك|ارسل لك|ابعتلك|ادفعلك|ادفع لك|اشحنلك|اشحن لك|بشحنلك|بشتريلك|"
    r"اشتريلج|بشتريلج|اشحنلج|بشحنلج|بعطيك|اهديك|بهديك|بجيبلك|اجيبلك|بدفعلك)(?: \S+){0,3}? "
    + _CUR_AR + r"|" + _CUR_AR + r"(?: \S+){0,2}? (?:اذا|لو|بشرط)"
)
_CAM_AR = r"فيديو كول|مكالمه فيديو|اتصال فيديو|كاميرا|الكاميرا|كام|الكام|فيس تايم|فيستايم"
_MATURE_AR = (
    r"(?:اعقل|انضج|اكبر|اوعي) من (?:عمرك|سنك|البنات|بنات|الاولاد|اللي بعمرك|اعمارك|عمرج|سنج)|"
    r"(?:ناضجه|ناضج|واعيه|عاقله) (?:\S+ )?(?:اكثر|اكبر) من (?:عمرك|سنك|عمرج|سنج)|(?:مو|مش|مب|مهب|"
    r"ما) (?:مثل|زي) (?:البنات|بنات|باقي البنات)|ناضجه (?:جدا|كثير|مره|بزاف)"
)
_CONF_AR = (
    r"(?:اقدر|بقدر|استطيع) (?:احكيلك|اقولك|اقول لك|احكي لك|اخبرك|افضفضلك)(?: \S+){0,6}? (?:ما "
    r"اقدر|لا استطيع|ما بقدر|مقدرش)|(?:يبقي|يظل|خليه|يضل|بيظل|بيبقي|يكون)(?: \S+)? (?:بيننا|بينا|"
    r"بيني وبينك)|سرنا|سر بيننا|بيني وبينك|(?:لا|ما) (?:تقول|تقولي|تخبري|تحكي|تقولين)(?: \S+)? "
    r"(?:لاحد|لحد|احد)|(?:انتي|انت) الوحيد(?:ه)?"
)
_ALONE_AR = (
    r"(?:لما|وقت|اول ما|عندما) (?:تكوني|تكون|نكون|تصيري|تصير|تبقي)(?: \S+)? (?:لحالك|وحدك|لوحدك|"
    r"لوحدنا|وحدنا|بروحك|بروحنا|لحالنا)|لوحدنا|وحدنا|لحالنا|بس (?:انا وانتي|انا وانت|احنا "
    r"الاثنين)"
)
_PIC_AR = (
    r"(?:ارسل|ارسلي|ابعث|ابعثي|ابعتي|ابعتيلي|ابعتلي|صورلي|صوريلي|وريني|ارسليلي|ارسلي لي|دزيلي|"
    r"دزلي|طرشيلي|صيفطي|صيفطيلي)(?: \S+){0,2}? (?:صوره|صورتك|صور|سيلفي|فيديو)"
)
_PROM_AR = (
    r"(?:بس|فقط) (?:الي|لي|عشاني|علشاني|لعيوني)|(?:بمسحها|بحذفها|امسحها|احذفها|بمسحهم|بحذفهم)|"
    r"(?:ما|مش|لن) (?:راح |رح )?(?:اوريها|بوريها|اعطيها|ارسلها|انشرها|اوريهم)|(?:محد|ما حد|ولا "
    r"حد|ولا احد|محدش) (?:راح |رح )?(?:يشوفها|يشوفهم|يشوف|بيشوفها)"
)
_MOVE_AR = (
    r"(?:ضيفني|اضفني|كلمني|راسلني|تعال|تعالي|ننتقل|نروح|حمل|حملي|نزل|نزلي|ضيفيني|كلميني|راسليني)"
    r"(?: \S+){0,3}? (?:علي|ع|في|هناك|التطبيق|البرنامج)|(?:التطبيق|البرنامج) (?:الثاني|التاني|"
    r"الثانيه|الاخر|التانيه)|تطبيق (?:ثاني|تاني|اخر)"
)
_WATCH_AR = (
    r"(?:التطبيق|البرنامج|هنا|اللعبه|الشات)(?: \S+){0,2}? (?:يحفظ|يسجل|يراقب|مراقب|مكشوف|يخزن|"
    r"بيحفظ|بيسجل)|(?:مكشوف|عام) (?:كثير|مره|جدا|زياده)|(?:الرسايل|المحادثه|كل شي|الكلام)"
    r"(?: \S+){0,2}? (?:تختفي|تنحذف|تنمسح|يختفي|ينمسح|ينحذف)|(?:الكبار|اهلك|المشرفين|الادمن|"
    r"المراقبين)(?: \S+){0,2}? (?:ما|مش|لا|مو) (?:يقدر\S*|يشوف\S*|يقر\S*|بيقدر\S*)|(?:محد|ما حد|"
    r"ولا حد|ولا احد|محدش)(?: \S+)? (?:يقدر|يشوف|يقرا|بيشوف)"
)
_NOT_AR = r"عيد ميلاد|عيد|واجب|مشروع|بطوله|مفاجا\S*|مفاج\S*|حفله|قروب|جروب|مجموعه"

# -- hi: Hinglish -------------------------------------------------------------------
_CUR_HL = (
    r"(?:uc|diamonds?|robux|skins?|battle pass|royal pass|elite pass|paise|paisa|recharge|gift "
    r"card|gift|rupees|rs)"
)
_GIFT_HL = (
    _CUR_HL + r" (?:\w+ ){0,2}?(?:dunga|dungi|doonga|dilaunga|dila dunga|de dunga|bhej dunga|daal "
    r"dunga|dalwa dunga|karwa dunga|kar dunga)|(?:tumhe|tujhe|tumko|tereko|aapko) (?:\w+ ){0,3}?"
    + _CUR_HL
)
_CAM_HL = r"video call|camera|cam|webcam"
_MATURE_HL = (
    r"(?:tum|tu|aap) (?:\w+ ){0,3}?(?:mature|samajhdar)|apni (?:umar|umr|age) (?:se|ke hisab se) "
    r"(?:\w+ )?(?:mature|samajhdar)|(?:baki|dusri|doosri|baaki) (?:ladkiyon|ladkiyo|ladkon|bacchon)"
    r" (?:jaisi|jaise|se alag)"
)
_CONF_HL = (
    r"(?:yeh|ye|ya|yah) baat (?:hamare|humare|apne|hum dono ke) (?:beech|bich)|(?:hamare|humare) "
    r"(?:beech|bich) (?:rahegi|rehna|rahega|rakhna)|(?:tumhe|tujhe|tumse|tujhse) (?:wo |woh |aisi )?"
    r"(?:baatein|baaten|cheezein) (?:bata|bol|keh) (?:sakta|sakti)|kisi ko (?:mat|na|nahi) "
    r"(?:batana|bolna)|(?:hamara|humara) (?:secret|raaz|raz)|sirf tum (?:hi )?(?:samajhti|samajhte|"
    r"samajhta)"
)
_ALONE_HL = (
    r"jab (?:tum|tu|aap) (?:ghar (?:pe|par) )?akel[iea] (?:ho|hogi|hoge|hoga|rahogi)|sirf (?:hum|ham)"
    r" dono|(?:hum|ham) dono akele|akele mein"
)
_PIC_HL = (
    r"(?:picture|pic|foto|selfie|video|tasveer|photu)(?: \w+)? (?:bhejo|bhej do|bhejna|bhej|send "
    r"karo|send kar do|dikhao)"
)
_PROM_HL = (
    r"(?:sirf|bas|only) (?:mere liye|mere lie|mere ko)|(?:delete|dilit) kar (?:dunga|dungi|doonga)|"
    r"kisi ko (?:nahi|nhi) (?:dikhaunga|dikhaungi|bhejunga|dikhauga)|koi (?:nahi|nhi) dekhega"
)
_MOVE_HL = (
    r"(?:dusre|doosre|dusri|doosri) (?:app|wale app|wali app)|(?:add|msg|message) (?:karo|kar lo|kr "
    r"lo|kro) (?:\w+ )?(?:pe|par|per)|(?:wahan|waha|udhar) baat (?:karte|karenge|karo)"
)
_WATCH_HL = (
    r"(?:ye|yeh|is) (?:app|chat|group|game)(?: \w+){0,2}? (?:sab )?(?:save|record|monitor|check|"
    r"dekhte|padhte)|(?:bahut|bohot|zyada) public|(?:messages?|chat|msg)(?: \w+)? (?:gayab|gaayab|"
    r"delete|disappear) ho (?:jate|jaate|jata|jaata|jayenge|jaenge)|(?:bade|parents|mummy papa|mods|"
    r"admin|koi) (?:nahi|nhi) (?:padh|dekh) (?:sakte|sakta|payenge|paega|sakega)"
)
_NOT_HL = r"birthday|homework|project|tournament|surprise|party|group"

# -- hi: Devanagari -----------------------------------------------------------------
_GIFT_DEV = _n(
    r"(?:यूसी|डायमंड|रॉबक्स|स्किन|पैसे|रिचार्ज|गिफ्ट|बैटल पास|रॉयल पास)(?: \S+){0,2}? (?:दूंगा|दूँगा|"
    r"दिलाऊंगा|दिला दूंगा|भेज दूंगा|डलवा दूंगा|करवा दूंगा|कर दूंगा)"
)
_CAM_DEV = _n(r"वीडियो कॉल|कैमरा|कैमरे")
_MATURE_DEV = _n(r"समझदार|मैच्योर")
_CONF_DEV = _n(
    r"(?:हमारे|अपने) बीच|किसी को (?:मत|ना|न|नहीं) (?:बताना|बोलना)|हमारा (?:राज़|राज|सीक्रेट)|(?:तुम्हें|"
    r"तुझे) (?:वो |ऐसी )?बातें बता सकता"
)
_ALONE_DEV = _n(r"जब (?:तुम|तू|आप) (?:घर पर )?अकेल[ीेा]|सिर्फ हम दोनों|अकेले में")
_PIC_DEV = _n(r"(?:फोटो|फ़ोटो|तस्वीर|सेल्फी|वीडियो|पिक)(?: \S+)? (?:भेजो|भेज दो|भेजना|दिखाओ)")
_PROM_DEV = _n(
    r"सिर्फ मेरे लिए|(?:डिलीट|मिटा) कर (?:दूंगा|दूँगा|दूंगी)|किसी को नहीं (?:दिखाऊंगा|दिखाऊँगा|भेजूंगा)|"
    r"कोई नहीं देखेगा"
)
_MOVE_DEV = _n(r"(?:दूसरे|दूसरी) (?:ऐप|एप)|ऐड (?:करो|कर लो)")
_WATCH_DEV = _n(
    r"(?:ये|यह|इस) (?:ऐप|चैट|ग्रुप)(?: \S+){0,2}? (?:सब )?(?:सेव|रिकॉर्ड|देखते|पढ़ते)|(?:मैसेज|संदेश)"
    r"(?: \S+)? (?:गायब|डिलीट) हो जाते|(?:बड़े|मम्मी पापा|कोई) नहीं (?:पढ़|देख) (?:सकते|सकता|पाएंगे)"
)
_NOT_DEV = _n(r"जन्मदिन|होमवर्क|प्रोजेक्ट|सरप्राइज़|सरप्राइज|पार्टी|ग्रुप")

# -- zh (normalised text, unspaced) -------------------------------------------------
_NOT_ZH = r"(?!.*(?:生日|作业|项目|小组|惊喜|派对|班群|过年|比赛))"


def _zpair(a: str, b: str) -> str:
    """Both halves in one message, either order, nothing of `_NOT_ZH` after."""
    return rf"(?:{a}){_NOT_ZH}(?=.*(?:{b}))|(?:{b}){_NOT_ZH}(?=.*(?:{a}))"


_GIFT_ZH = (
    r"(?:给你|帮你|送你|替你)(?:买|充|送|氪)?[^。!?]{0,6}?(?:皮肤|点券|钻石|q币|游戏币|金币|会员|礼物|"
    r"红包|战令|通行证|v币|抖币|充值卡|点卡|月卡|钱)"
)
_CAM_ZH = r"视频|摄像头|开镜头|露脸"
_MATURE_ZH = (
    r"比(?:你)?(?:同龄人|同龄的|同龄|其他)[^。!?]{0,6}?(?:成熟|懂事)|(?:你|妳)(?:真|好|很|特别|太|挺|"
    r"这么|那么)(?:成熟|懂事)|不像(?:其他|别的)[^。!?]{0,4}?(?:孩子|女孩|小孩)"
)
_CONF_ZH = (
    r"我们之间的秘密|我们的(?:小)?秘密|(?:别|不要)告诉(?:别人|任何人|你爸妈|父母|家长|大人)|只有你(?:懂|能懂|"
    r"理解)我|(?:能|可以)跟你说[^。!?]{0,12}?(?:不能|没法|不可以)跟|就我们俩知道|这是我们俩的"
)
_ALONE_ZH = (
    r"^(?!.*(?:接你|作业|项目|派对|聚会|给他们打|跟他们说|老师|我们学|如果有人|陌生人|拉黑|举报|问我|惊喜))"
    r"(?=.*(?:只有我们(?:两个|俩)|就我们俩|你一个人(?:在家)?的时候|单独|没人的时候))"
    r".*?你的?(?:爸妈|爸爸|妈妈|父母|家长|家里人|爸|妈)(?:一般|通常|平时|每天)?(?:几点|什么时候|哪天|"
    r"几号)(?:回家|回来|下班|上班|出门|不在家|睡觉|睡|出去|走)"
)
_PIC_ZH = (
    r"(?:发|拍|传)(?:一?张|几张|个|点)?你[^。!?,]{0,8}?(?:照片|自拍|视频|相片|全身照)|(?:发|拍|传)(?:一?张|"
    r"几张|个|点)?(?:自拍|全身照)|给我(?:发|看)(?:一?张|几张|下)?(?:你的?)?(?:照片|自拍|视频)"
)
_PROM_ZH = (
    r"只给我(?:一个人)?看|只有我(?:能)?看|(?:看完|看了)(?:就|马上|立刻)?删|我(?:会|就|马上|立刻)删|"
    r"不会给(?:别人|任何人)看|没人会(?:看到|知道)|保证不(?:给别人看|外传|发出去)"
)
_MOVE_ZH = (
    r"(?:加我|去|换到|换个|我们去|用|下载|下个)(?:另一个|别的|其他|那个)(?:软件|app|应用|平台)|加我"
    r"(?:的)?(?:微信|qq|vx|小号)|(?:另一个|别的|其他)(?:软件|app|应用|平台)"
)
_WATCH_ZH = (
    r"(?:这个?(?:软件|app|应用|平台|群|聊天)|这里)(?:会)?(?:保存|记录|监控|被监控|太公开|有人看|什么都存|"
    r"都存)|(?:消息|聊天记录)(?:会)?(?:自动)?(?:消失|删除)|阅后即焚|(?:大人|家长|爸妈|管理员|别人)"
    r"(?:都)?(?:看不到|看不见|查不到)|没人(?:能|会)?(?:看到|看得到)"
)
# one of these (in either script) is in every match of `_WATCH_ZH`, so in every message
# the rule holds: "应" (应该, 应用) alone makes many Chinese messages candidates
_WATCH_ZH_TEXTS = zh_spellings("保存 记录 监控 公开 看 都存 消失 删除 即焚 查不到")

RULES: list[Rule] = [
    # gift for a camera call
    pair("grooming:gift_camera",
         "شدات شده جواهر جوهرات روبوكس سكن سكنات فيباكس باكس باس بطاقه بطاقات فلوس رصيد نيترو "
         "شحن هديه هدايا كوينز يوسي",
         _GIFT_AR, _CAM_AR, neg=_NOT_AR,
         requires="فيديو مكالمه اتصال كاميرا الكاميرا كام الكام فيس فيستايم"),
    pair("grooming:gift_camera",
         "uc diamond diamonds robux skin skins pass paise paisa recharge gift rupees rs",
         _GIFT_HL, _CAM_HL, neg=_NOT_HL, requires="video vc camera cam webcam"),
    pair("grooming:gift_camera",
         _triggers("यूसी डायमंड रॉबक्स स्किन पैसे रिचार्ज गिफ्ट पास"),
         _GIFT_DEV, _CAM_DEV, neg=_NOT_DEV, end=_DE, requires=_triggers("वीडियो कैमरा कैमरे")),
    zrule("grooming:gift_camera", "grooming", "视 摄 镜 露", _zpair(_GIFT_ZH, _CAM_ZH)),
    # maturity with a confidence
    pair("grooming:confide", "اعقل انضج اكبر اوعي ناضجه ناضج واعيه عاقله مثل زي",
         _MATURE_AR, _CONF_AR, neg=_NOT_AR,
         requires="اقدر بقدر استطيع يبقي يظل خليه يضل بيظل بيبقي يكون سرنا سر بيني لا ما انتي "
                  "انت"),
    pair("grooming:confide", "mature samajhdar jaisi jaise alag", _MATURE_HL, _CONF_HL,
         neg=_NOT_HL,
         requires="baat hamare humare beech bich tumhe tujhe tumse tujhse kisi hamara humara "
                  "sirf"),
    pair("grooming:confide", _triggers("समझदार मैच्योर"), _MATURE_DEV, _CONF_DEV, neg=_NOT_DEV,
         end=_DE, requires=_triggers("हमारे अपने किसी हमारा तुम्हें तुझे")),
    zrule("grooming:confide", "grooming", "熟 事 像", _zpair(_MATURE_ZH, _CONF_ZH)),
    # the parents away, to call alone
    away_rule("اهلك امك ابوك والديك ماما بابا", _pa._Q_AR, _ALONE_AR, _pa._OTHER_AR + r"|مفاج\S*",
              requires="لحالك وحدك لوحدك لوحدنا وحدنا بروحك بروحنا لحالنا بس"),
    # Hinglish: the rarer words ("alone", "only") trigger, the parents and verbs gate
    away_rule("akeli akele akela dono", _pa._Q_HL, _ALONE_HL,
              _pa._OTHER_HL + r"|surprise",
              requires="mummy papa mom dad parents wale gharwale maa mumma"),
    away_rule(_triggers("मम्मी पापा माता घरवाले मां माँ"), _pa._Q_DEV, _ALONE_DEV, _pa._OTHER_DEV,
              requires=_triggers("अकेली अकेले अकेला दोनों"), end=_DE),
    zrule("grooming:parents_away", "grooming", "爸 妈 父母 家长 家里人", _ALONE_ZH, framed=False),
    # a picture with a promise
    pair("grooming:photo_promise",
         "ارسل ارسلي ابعث ابعثي ابعتي ابعتيلي ابعتلي صورلي صوريلي وريني ارسليلي دزيلي دزلي "
         "طرشيلي صيفطي صيفطيلي",
         _PIC_AR, _PROM_AR,
         requires="بس فقط بمسحها بحذفها امسحها احذفها بمسحهم بحذفهم ما مش لن محد حد احد محدش"),
    pair("grooming:photo_promise", "sirf bas only delete dilit kisi koi",
         _PIC_HL, _PROM_HL,
         requires="bhejo bhej bhejna send dikhao"),
    pair("grooming:photo_promise", _triggers("भेजो भेज भेजना दिखाओ"),
         _PIC_DEV, _PROM_DEV, end=_DE,
         requires=_triggers("सिर्फ डिलीट मिटा किसी कोई")),
    zrule("grooming:photo_promise", "grooming", "照 拍 视 片", _zpair(_PIC_ZH, _PROM_ZH)),
    # another app, because this one is watched
    pair("grooming:off_platform",
         "يحفظ يسجل يراقب مراقب مكشوف يخزن بيحفظ بيسجل عام تختفي تنحذف تنمسح يختفي ينمسح ينحذف "
         "يقدر يقدرون يشوف يشوفون يقرا يقرون بيقدر بيشوف",
         _WATCH_AR, _MOVE_AR, neg=_NOT_AR,
         requires="ضيفني اضفني كلمني راسلني تعال تعالي ننتقل نروح حمل حملي نزل نزلي ضيفيني "
                  "كلميني راسليني التطبيق البرنامج تطبيق"),
    pair("grooming:off_platform",
         "save record monitor check dekhte padhte public gayab gaayab delete disappear padh dekh",
         _WATCH_HL, _MOVE_HL, neg=_NOT_HL,
         requires="dusre doosre dusri doosri add msg message wahan waha udhar"),
    pair("grooming:off_platform",
         _triggers("सेव रिकॉर्ड देखते पढ़ते गायब डिलीट पढ़ देख"),
         _WATCH_DEV, _MOVE_DEV, end=_DE, requires=_triggers("दूसरे दूसरी ऐड")),
    with_texts(zrule("grooming:off_platform", "grooming", "软 应 平 微 app qq vx",
                     _zpair(_MOVE_ZH, _WATCH_ZH)), _WATCH_ZH_TEXTS),
]
