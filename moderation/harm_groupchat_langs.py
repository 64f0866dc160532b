"""Organised group bullying in group chats in it ru ar (MSA, dialects,
Arabizi) zh hi (Hinglish, Devanagari) tr pl id: the shapes of
harm_groupchat.py (read its docstring first), appended to `harm.RULES`.

* a strong exclusion said to the group ("все в беседе не общайтесь с машей",
  "يا شباب القروب محد يكلم ساره", "群里的都听好了，以后谁也别理王芳", "koi bhi
  priya se baat mat karna", "grupta herkes ayşe ile konuşmayı kessin",
  "wszyscy z grupy przestańcie gadać z kasią", "woi semua di grup jangan ada
  yang ngomong sama rina") after a group address; a weak one (ignore, don't
  answer) only with an insult after it; kicking from the group chat;
* pile-ons: an insult written under their picture, making them cry, going
  after them together;
* contagion: "кто ей ответит, тоже вылетает", "اللي يرد عليها يطلع من القروب",
  "谁回她消息谁也一起被踢", "jo bhi usse baat karega woh bhi group se bahar".

Strangers, bots, spam and game servers are never the target ("не
разговаривай с незнакомцами", "طنشوا البوت", "把机器人踢出服务器", "bot ko
server se nikalo", "botu sunucudan atalım", "kick bot nya dari server");
reports and advice are excused by the frames (the packs' own frames run for
every harm rule).
"""

from __future__ import annotations

from .harm_groupchat import NOT_WARN as NOT_WARN_LATIN
from .packs.ar._script import az
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

_NOT_WARN = (r"(?![^.!?]{0,60}(?:спам|бот|мошенн|سبام|بوت|نصاب|骗子|广告|机器人|spam|bot|scam|"
             r"hack|dolandirici|oszust|penipu|fake|sahte|pindah|lulus|перевел|переехал|انتقل|转学|"
             r"school chhod|tasindi|zmienil szkole|przeprowadzil))")

# -- it ----------------------------------------------------------------------------
_STOP_IT = (r"(?:sconosciut\w*|estrane\w*|bots?|spam|nessuno|tutti|la|il|lo|le|gli|un|una|mio|"
            r"mia|tuo|tua|gente|prof\w*|adulti)")
_NAME_IT = r"\b(?!" + _STOP_IT + r"\b)[a-z]{2,15}"
_INSULT_IT = (
    r"(?:cicciona|ciccione|grassa|grasso|brutta|brutto|cessa|cesso|balena|vacca|maiala|maiale|"
    r"scrofa|puzza|puzzolente|schifosa|schifoso|sfigata|sfigato|strana|strano|perdente|fallita|"
    r"fallito|stupida|stupido|scema|scemo|cretina|cretino|idiota|troia|zoccola|mostro|racchia|"
    r"deficiente|sfigati|pezzente|babbea|babbeo)"
)
RULES: list[Rule] = [
    rule("bullying:exclusion", "bullying",
         "smettete nessuno parlate rispondete ignoratela ignoratelo ignorate bloccatela "
         "escludetela escludiamola invitatela lasciatela",
         r"\bsmettete (?:di|tutti di) (?:parlare|parlarle|parlargli|rispondere|rispondergli|"
         r"risponderle|scrivere|scrivergli|scriverle)(?: con (?:lei|lui|" + _NAME_IT + r")| a "
         + _NAME_IT + r")?\b" + NOT_WARN_LATIN + "|"
         r"\bnon (?:le|gli) (?:parlate|rispondete|scrivete)(?: piu)?\b" + NOT_WARN_LATIN + "|"
         r"\bnon parlate (?:piu )?con (?:lei|lui|" + _NAME_IT + r")\b" + NOT_WARN_LATIN + "|"
         r"\bnessuno (?:le|gli) (?:parli|risponda|scriva|parla piu|risponde piu)\b" + NOT_WARN_LATIN
         + "|\\bnessuno parli (?:piu )?con (?:lei|lui|" + _NAME_IT + r")\b" + NOT_WARN_LATIN + "|"
         r"\b(?:escludetela|escludetelo|escludiamola|escludiamolo|lasciatela fuori|lasciatelo "
         r"fuori|isolatela|isolatelo|isoliamola|isoliamolo)\b|"
         r"\b(?:ignoratela|ignoratelo|bloccatela|bloccatelo|non invitatela|non invitatelo|"
         r"ignorate " + _NAME_IT + r")(?: \S+){0,8}? (?:e|quella|quello|che e|una|un|uno|proprio|"
         r"troppo) (?:\S+ )?" + _INSULT_IT + r"\b|\b(?:ignoratela|ignoratelo) (?:\S+ )?(?:puzza|"
         r"fa schifo)\b"),
    rule("bullying:exclusion", "bullying",
         "cacciate buttate buttatela buttatelo toglietela toglietelo rimuovete cacciamo buttiamo "
         "cacciare espellete kickate cacciatela cacciatelo",
         r"\b(?:cacciate|buttate fuori|buttatela fuori|buttatelo fuori|toglietela|toglietelo|"
         r"rimuovete|cacciamo|buttiamo fuori|votiamo per cacciare|votiamo per buttare fuori|"
         r"espellete|kickate|cacciatela|cacciatelo)(?: " + _NAME_IT + r")? (?:dal|da questo|dalla)"
         r" (?:gruppo|chat|gc|gruppo della classe)\b" + NOT_WARN_LATIN),
    rule("bullying:exclusion", "bullying", "chi",
         r"\bchi (?:le |gli )?(?:risponde|parla|scrive|difende|parla con (?:lei|lui|\w+))"
         r"(?: \S+){0,3}? (?:e|sara|viene|va|esce)(?: \S+){0,2}? (?:fuori|cacciat[oa]|bloccat[oa]|"
         r"esclus[oa]|rimoss[oa])\b"),
    rule("bullying:pileon", "bullying",
         "scrivete commentate mettete piangere facciamola facciamolo contro mira impossibile",
         r"\b(?:scrivete|commentate|mettete)(?: \S+)? (?:sotto|sulla|sul) (?:la sua|il suo|sua|"
         r"suo) (?:foto|post|video|storia|profilo)(?: \S+){0,2}? che (?:e|lei e|lui e) "
         r"(?:una |un |uno |proprio |troppo )?" + _INSULT_IT + r"\b|"
         r"\b(?:tutti )?(?:commentate|scrivete|mettete) " + _INSULT_IT + r" (?:sotto|sul|sulla) "
         r"(?:la sua|il suo|sua|suo) (?:foto|post|video|storia)\b|"
         r"\b(?:facciamola|facciamolo) piangere\b|\bla facciamo piangere\b|"
         r"\b(?:domani )?(?:andiamo|siamo) tutti contro (?:di lei|di lui|" + _NAME_IT + r")\b|"
         r"\b(?:prendiamola|prendiamolo) di mira\b|\b(?:rendiamole|rendiamogli) la vita "
         r"impossibile\b"),
]

# -- ru ----------------------------------------------------------------------------
_RU_INS = (
    r"(?:жирн\w*|жиртрест|жируха|корова|свинья|свинота|урод\w*|лох|лохушка|чмо|чмошни\w*|"
    r"воняет|вонючк\w*|вонюч\w*|страшная|страшилище|тупая|дура|дебил\w*|шлюха|шалава|лошара|"
    r"изгои|овца|коза|крыса|мразь|толст\w*|бомж\w*|нищеброд\w*|мерзкая|противная|стремная|"
    r"кринж\w*|позорище|убогая|убогии)"
)
_RU_WHO_I = r"(?:неи|ним|этои|этим|\b(?!незнаком|чуж|бот|взросл|ними)\w+(?:еи|ои|ом|ем))"
_RU_ADDR = r"(?:все|ребята|народ|пацаны|девочки|девчонки|чат|беседа|группа|класс|люди)"
RULES += [
    rule("bullying:exclusion", "bullying",
         "общаитесь разговаривайте дружите садитесь сидите бои бойкот",
         r"\b" + _RU_ADDR + r"(?: \S+){0,4}? не (?:общаитесь|разговаривайте|дружите|садитесь|"
         r"сидите|гуляйте) с " + _RU_WHO_I + r"\b" + _NOT_WARN + r"|\bобъявляем (?:еи|ему) "
         r"бойкот\b|\bбойкот (?:еи|ему)\b"),
    rule("bullying:exclusion", "bullying",
         "общаитесь разговаривайте дружите пишите отвечаите игнорьте игнорите игнорируите "
         "блокните зовите приглашаите никто",
         r"\b(?:не (?:общаитесь|разговаривайте|дружите|садитесь) с " + _RU_WHO_I + r"|не "
         r"(?:пишите|отвечаите) (?:еи|ему)|(?:игнорьте|игнорите|игнорируите|блокните|не зовите|не "
         r"приглашаите) (?:ее|его|эту|этого)|никто (?:с неи|с ним|еи|ему) не (?:общается|"
         r"разговаривает|пишет|отвечает|сидит|садится|дружит))(?: \S+){0,8}? (?:\S+ )?" + _RU_INS
         + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "кикаем кикаите кикните кикнем выгоните выгоняем выгоним удалите удаляем удалим "
         "выкиньте выкидываем выкинем исключите исключаем исключим",
         r"\b(?:кикаем|кикаите|кикните|кикнем|выгоните|выгоняем|выгоним|удалите|удаляем|удалим|"
         r"выкиньте|выкидываем|выкинем|исключите|исключаем|исключим) (?!бот|спам)(?:ее|его|\w+) "
         r"(?:\S+ )?из (?:беседы|чата|группы|конфы|класса)\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "кто",
         r"\bкто (?:еи|ему|с неи|с ним) (?:\S+ )?(?:ответит|напишет|заговорит|будет общаться|"
         r"общается|пишет|отвечает)(?: \S+){0,3}? (?:вылетает|вылетит|кикнут|в бане|в игноре|"
         r"удален|будет удален|следующии|тоже изгои)\b"),
    rule("bullying:pileon", "bullying",
         "напишите пишите доведем доведите доведём наедем набросимся затравим затроллим устроим",
         r"\b(?:напишите|пишите)(?: \S+){0,2}? (?:под (?:ее|его) (?:фотк\w*|фото|постом|видео|"
         r"аватарк\w*|ав\w*)|в комменты|в комментах|в лс|в личку)(?: \S+){0,2}? что (?:она|он) "
         r"(?:\S+ )?" + _RU_INS + r"|"
         r"\b(?:доведем|доведите) (?:ее|его) до слез\b|"
         r"\b(?:даваите |давай )?(?:все )?(?:завтра )?(?:наедем|набросимся) на (?:нее|него|"
         r"\b(?!бос|игр|сервер)\w+)\b|\b(?:даваите |давай )?(?:затравим|затроллим) (?:ее|его)\b|"
         r"\bустроим (?:еи|ему) (?:ад|веселую жизнь|травлю)\b"),
]

# -- ar, Arabizi -------------------------------------------------------------------
_AR_INS = (
    r"(?:دبه|دب|بقره|خنزيره|خنزير|بشعه|بشع|مقرفه|مقرف|فاشل|فاشله|غبي|غبيه|حيوان|حيوانه|وسخه|"
    r"وسخ|ريحتها|ريحته|معفنه|معفن|قبيحه|قبيح|شينه|شين|زباله|سمينه|تخينه|كلبه|حماره|حمار|"
    r"منبوذه|منبوذ|قذره|قذر|مسخ|ريحتها وحشه)"
)
_AR_ADDR = r"(?:شباب|يا جماعه|جماعه|كلكم|القروب|الجروب|يا بنات|بنات|الكل|يا قروب|يا جروب)"
_AR_STRONG = (
    # "الكل يكرهني، محد يبي يكلمني": nobody talks to *me* (the suffix ني, or معي) is the
    # writer's own pain, not an exclusion called for (held as bullying it kept the self-harm
    # scorer away)
    r"(?:(?:محد|ماحد|ما حد|محدش|ولا حد|ما حدا|محدا|لا احد) (?:\S+ )?(?:يكلم|يكلمها|يكلمه|"
    r"يحكي مع|يرد علي|يرد ع|يسولف مع|يقعد مع|يجلس مع|يطلع مع)(?!ني(?:\s|$)|ي(?:\s|$))\S*|"
    r"لا (?:تكلمو|تكلموا|تكلمون|"
    r"تحكو مع|تحكوا مع|تردو|تردوا|تردون|تسولفو مع|تعزمو|تعزموا|تضيفو)\S*|(?:قاطعو|قاطعوا)\S*)"
)
_AR_WEAK = r"(?:(?:طنشو|طنشوا|تجاهلو|تجاهلوا|بلكو|بلكوا)\S*|سوو (?:لها|له) بلوك)"
_AR_GROUP = r"من (?:ال|هال)?(?:قروب|جروب|مجموعه|شات|كروب)"
RULES += [
    rule("bullying:exclusion", "bullying",
         "شباب جماعه كلكم القروب الجروب بنات الكل قروب جروب",
         _AR_ADDR + r"(?: \S+){0,5}? " + _AR_STRONG + r"(?! (?:ال)?(?:غرباء|بوت|سبام|اغراب))"
         + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "محد ماحد حد محدش حدا محدا احد تكلموها تكلموه تكلمو تكلموا تكلمون تحكو تحكوا تردو "
         "تردوا تردون تعزمو قاطعوها قاطعوه قاطعو طنشوها طنشوه طنشو تجاهلوها تجاهلوه بلكوها بلكوه "
         "سوو",
         r"(?:" + _AR_STRONG + r"|" + _AR_WEAK + r")(?: \S+){0,8}? (?:\S+ )?" + _AR_INS
         + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "اطردوها اطردوه اطردو اطردوا طلعوها طلعوه طلعو طلعوا شيلوها شيلوه شيلو نطرد نشيل نطلع "
         "نطردها نطرده ريموف",
         r"(?:اطردو|اطردوا|طلعو|طلعوا|شيلو|شيلوا|نطرد|نشيل|نطلع|ريموف)(?:ها|ه|هم)?(?: (?!ال?بوت|"
         r"ال?سبام)\S+)? " + _AR_GROUP + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "اللي الي يلي من احد حد",
         r"(?:اللي|الي|يلي|كل من|اي احد|اي حد|مين ما) (?:\S+ )?(?:يرد|يكلم|يحكي|يتكلم|يدافع|"
         r"يسولف)\S*(?: \S+){0,4}? (?:يطلع|ينطرد|بينطرد|بيطلع|يتطرد|برا|بره|مطرود|بنطرده|نطرده|"
         r"نطلعه)"),
    rule("bullying:pileon", "bullying",
         "اكتبوا اكتبو علقوا علقو نخليها نخليه نبكيها نبكيه خلوها نهجم نتنمر ننزل",
         r"(?:اكتبوا|اكتبو|علقوا|علقو) (?:تحت|على|ع|في) (?:صورتها|صورته|بوستها|بوسته|ستوريها|"
         r"ستوريه|حسابها)(?: \S+){0,3}? " + _AR_INS + r"|(?:اكتبوا|اكتبو|علقوا|علقو) (?:\S+ )?"
         + _AR_INS + r" (?:تحت|على|ع) (?:صورتها|صورته|بوستها|بوسته|ستوريها|ستوريه)|"
         r"(?:نخليها|نخليه|خلوها|خلوه) (?:تبكي|يبكي|تصيح|يصيح)|(?:نبكيها|نبكيه)|"
         r"(?:خلونا|خلينا|بكره|بكرا|كلنا) (?:\S+ )?(?:نهجم|نتنمر|ننزل) (?:على|ع)\S*"),
    rule("bullying:exclusion", "bullying",
         "shabab jama3a kolkom group grp banat",
         az(r"\b(?:shabab|jama3a|kolkom|kollkom|el group|banat)(?: \S+){0,5}? (?:ma ?7ad|ma ?7ada|"
            r"ma7dsh|m7d|mahad|la ?7ad) (?:\S+ )?(?:yekalem|yikalim|ykalem|y7ki ma3|yrod 3ala|"
            r"yered 3ala|ykalm)\w*")),
    rule("bullying:exclusion", "bullying",
         "etrodooha etrodooh etrodoha etrodoh etrdoha tal3ooha tal3oha tal3ooh sheeloha shiloha "
         "ely elli illi eli yalli",
         az(r"\b(?:etrodooha|etrodooh|etrodoha|etrodoh|etrdoha|etrdooh|tal3ooha|tal3oha|tal3ooh|"
            r"sheeloha|shiloha|sheelooh)(?: \S+)? (?:mn|men|min|mel) (?:el |al |l )?(?:group|grp|"
            r"gruop|chat)\b|"
            r"\b(?:ely|elli|illi|eli|yalli) (?:yrod|yered|yrud|ykalem|yekalem|y7ki) (?:3aleha|3aleh|"
            r"3alaiha|m3aha|ma3ha|ma3o|ma3ah)(?: \S+){0,3}? (?:yetla3|yitla3|yotrod|yentered|"
            r"bara|barra|byetla3|ytla3)\b")),
]

# -- zh ----------------------------------------------------------------------------
_ZH_INS = r"(?:丑|胖|肥猪|死胖子|丑八怪|废物|臭|恶心|贱|婊|母猪|怪胎|神经病|白痴|傻逼|蠢|矮冬瓜)"
_ZH_WHO = (r"(?:她|他|(?!陌生|机器|广告|骗子|我|你|自己|别人|任何|坏人|网友|外人|某|一个|大家|"
           r"所有)[\u4e00-\u9fff]{2,3}?(?=[,.!?。，]|$|说话|玩|了|吧))")
RULES += [
    zrule("bullying:exclusion", "bullying", "别 不要 不许 不准 孤立",
          r"(?:群里|大家|所有人|你们|全班|全群|各位|群友)[^。!?]{0,14}?(?:别|不要|不许|不准)(?:再)?"
          r"(?:理|搭理|跟|和|回)" + _ZH_WHO + r"|(?:一起|大家|我们|都)孤立(?:她|他)(?![们的])"),
    zrule("bullying:exclusion", "bullying", "踢 移出 请出 赶出",
          r"(?:把|将)(?:她|他|(?!机器|广告|骗子|我|你|自己|球|大家)[\u4e00-\u9fff]{2,3}?)"
          r"(?:踢出|踢了|移出|请出|赶出)(?:群|群聊|班群|这个群|我们群|去)"
          r"|投票踢(?:她|他)"),
    zrule("bullying:exclusion", "bullying", "谁",
          r"谁(?:回|理|跟|和|帮|搭理)(?:她|他)[^。!?]{0,6}谁(?:就|也)?(?:一起|跟着)?(?:被踢|出群|"
          r"滚|被孤立|踢了|也别想|也出去)"),
    zrule("bullying:pileon", "bullying", "照片 朋友圈 帖子 视频 评论区 空间 动态 头像 微博 哭 收拾 教训",
          r"(?:在|去|到)(?:她|他)(?:的)?(?:照片|朋友圈|帖子|视频|评论区|空间|动态|头像|微博)"
          r"(?:下面|底下|里|下)?(?:都)?(?:评论|留言|骂|刷|说|写)[^。!?]{0,6}?" + _ZH_INS + r"|"
          r"(?:把|让|给)(?:她|他)(?:弄哭|整哭|骂哭|气哭)|(?:弄|整|骂)哭(?:她|他)|"
          r"(?:明天|我们|大家)[^。!?]{0,4}?一起(?:收拾|整|教训|修理|孤立)(?:她|他)(?![们的])"),
]

# -- hi: Hinglish, Devanagari ------------------------------------------------------
_HI_INS = (
    r"(?:moti|mota|motu|bhains|bhens|haathi|hathi|kaali|kalu|gandi|ganda|badsurat|chudail|"
    r"pagal|pagli|bewakoof|bewkoof|nalla|loser|chhapri|chapri|behenji|bhikari|badboo|ullu|"
    r"gadha|gadhi|kutti|kutta|nikammi|nikamma|ugly|fat|weirdo|kamini|kamina|mental)"
)
_HI_WHO = (r"(?:usse|isse|uske saath|iske saath|unse|usko|isko|use|ise|uski|iski|\b(?!anjaan|"
           r"ajnabi|strangers?|logon|kisi|mujh|hum|bot|spam|unknown|teacher)\w+ (?:se|ko))")
_HI_D_INS = r"(?:मोटी|मोटा|भैंस|काली|कालू|गंदी|गंदा|बदसूरत|चुड़ैल|पागल|बेवकूफ|निकम्मी|निकम्मा)"
RULES += [
    _r("bullying:exclusion", "bullying", "baat baith baithna baithega nikalo nikal hatao kick",
       r"\bkoi (?:bhi )?" + _HI_WHO + r" baat (?:mat|nahi|na|nhi) (?:karna|karo|karega|karegi|"
       r"karenge|kre|kare)\b|\bkoi (?:bhi )?(?:uske|iske|\w+ ke) saath (?:\S+ ){0,3}?(?:mat "
       r"baithna|nahi baithega|mat baitho)\b|"
       r"\b(?:sab|sab log|sabhi|guys|group (?:mein|me) sab)(?: \S+){0,3}? " + _HI_WHO + r" baat "
       r"(?:mat|nahi|na|nhi) (?:karna|karo|karega|karegi|karenge)\b|"
       r"\b(?:usko|use|isko|ise|\b(?!bot|spam)\w+ ko) (?:group|grp|gc) se (?:nikalo|nikal do|hatao|"
       r"hata do|kick karo|kick kar do|remove karo|bahar karo|bahar nikalo)\b" + _NOT_WARN
       + r"|\bvote karo "
       r"(?:isko|usko|\w+ ko) (?:group se )?(?:kick|nikal|bahar)", quoted=False),
    _r("bullying:exclusion", "bullying", "ignore block baat",
       r"\b(?:" + _HI_WHO + r" (?:ignore|block|avoid) (?:karo|kro|karna|kar do)|" + _HI_WHO
       + r" baat mat (?:karo|karna))(?: \S+){0,8}? " + _HI_INS + r"\b", quoted=False),
    _r("bullying:exclusion", "bullying", "jo",
       r"\bjo (?:bhi )?" + _HI_WHO + r" baat karega(?: \S+){0,2}? bhi (?:group se )?(?:bahar|out|"
       r"nikal|kick)", quoted=False),
    _r("bullying:pileon", "bullying", "likho comment bolo daalo rulate rula rulayenge milke",
       r"\b(?:uski|iski) (?:photo|pic|picture|post|dp|reel|video|story) (?:ke neeche|ke niche|pe|"
       r"par|mein|me) (?:\S+ ){0,3}?(?:likho|comment karo|comment kro|bolo|daalo)(?: ki| k)?"
       r"(?: \S+){0,3}? " + _HI_INS + r"\b|\b(?:uski|iski) (?:photo|pic|picture|post|dp|reel|"
       r"video|story) (?:ke neeche |ke niche |pe |par )?(?:\S+ ){0,2}?" + _HI_INS + r" (?:likho|"
       r"comment karo|bolo)\b|"
       r"\b(?:usko|use|isko|ise) (?:rulate hain|rula denge|rulayenge|rula do|rulana hai)\b|"
       r"\bsab milke (?:\w+ ki|uski|iski) (?:class lenge|band bajayenge|bejjati karenge)\b",
       quoted=False),
    _r("bullying:exclusion", "bullying", "बात निकालो निकाल हटाओ जो",
       r"कोई (?:भी )?(?:उससे|इससे|\S+ से) बात (?:मत|नहीं) (?:करना|करो|करेगा)|(?:उसे|उसको|इसे|"
       r"इसको|\S+ को) ग्रुप से (?:निकालो|निकाल दो|हटाओ|बाहर करो)|जो (?:भी )?(?:उससे|इससे) बात "
       r"करेगा(?: \S+){0,2}? भी (?:ग्रुप से )?(?:बाहर|निकलेगा)|(?:उसे|उसको|इसे) (?:इग्नोर|ब्लॉक) "
       r"करो(?: \S+){0,8}? " + _HI_D_INS, quoted=False),
]

# -- tr ----------------------------------------------------------------------------
_TR_INS = (
    r"(?:sisko|cirkin|inek|domuz|ezik|igrenc|pis|kokuyor|kokarca|salak|aptal|gerizekali|"
    r"ucube|fakir|les|kaltak|surtuk|balina|loser|hayvan|pasakli|yag tulumu|dombili|zavalli)"
)
_TR_WITH = (r"(?:onunla|bununla|o kizla|o cocukla|\b(?!yabanci|telefon|bot|spam)\w+ ile|"
            r"\b(?!yabanci|bot|spam|benim|bizim|senin|telefon)\w+(?:yle|yla|le|la))")
_TR_HIM = r"(?:onu|bunu|o kizi|o cocugu|su kizi|\b(?!bot|spam|reklam|yabanci)\w+(?:i|u|yi|yu))"
RULES += [
    rule("bullying:exclusion", "bullying",
         "konusmayi konusmayin konusmasin takilmayin takilmasin oturmayin oturmasin yazismayin",
         r"\b(?:herkes|millet|arkadaslar|gruptakiler|beyler|kizlar|cocuklar|hepiniz|ahali|grupta"
         r" herkes)(?: \S+){0,4}? " + _TR_WITH + r" (?:\S+ )?(?:konusmayi (?:kesin|kessin|birakin|"
         r"biraksin)|konusmayin|konusmasin|takilmayin|takilmasin|oturmayin|oturmasin|"
         r"yazismayin|arkadas olmayin)\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "vermeyin vermesin yazmayin yazmasin gelin gelsin engelleyin dislayin dislayalim "
         "konusmayin konusmasin etmeyin",
         r"\b(?:(?:ona|buna|o kiza) (?:cevap vermeyin|cevap vermesin|yazmayin|yazmasin|mesaj "
         r"atmayin)|" + _TR_HIM + r" (?:gormezden gelin|gormezden gelsin|engelleyin|dislayin|"
         r"dislayalim|davet etmeyin)|" + _TR_WITH + r" (?:konusmayin|konusmasin))(?: \S+){0,8}? "
         r"(?:\S+ )?" + _TR_INS + r"\w*" + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "gruptan atin atalim atiyoruz cikarin cikaralim kickleyin kickleyelim",
         r"\b" + _TR_HIM + r" (?:de )?gruptan (?:\S+ )?(?:atin|atalim|atiyoruz|cikarin|cikaralim|"
         r"kickleyin|kickleyelim|postalayin|ucurun)\b" + _NOT_WARN + r"|\b(?:atin|atalim|cikarin|cikaralim|"
         r"kickleyin) (?:onu|bunu|su \w+) gruptan\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "veren konusan yazan eden takilan atan",
         r"\b(?:ona|onunla|buna|\w+(?:ya|ye|yla|yle)) (?:cevap veren|konusan|yazan|yardim eden|"
         r"takilan|selam veren|mesaj atan)(?: \S+)? (?:de|da)(?: \S+){0,2}? (?:atilir|atilacak|"
         r"atiliyor|cikar|gider|engellenir|disarida|kicklenir|ucar)\b"),
    rule("bullying:pileon", "bullying",
         "altina altinda postuna fotosuna fotografina gonderisine videosuna resmine aglatalim "
         "aglatin aglatacagiz aglaticaz gidelim",
         r"\b(?:fotografinin|fotosunun|postunun|gonderisinin|videosunun|resminin) (?:altina|"
         r"altinda)(?: \S+){0,2}? " + _TR_INS + r"\w*(?: \S+){0,2}? (?:yazin|yazsin|yorum yapin|"
         r"yazalim|yorum atin)\b|\b(?:postuna|fotosuna|fotografina|gonderisine|videosuna|resmine) "
         + _TR_INS + r" (?:yazsin|yazin|yazalim|yorum yapin)\b|"
         r"\b(?:onu|bunu|o kizi) (?:\S+ )?(?:aglatalim|aglatin|aglatacagiz|aglaticaz)\b|"
         r"\b(?:hep beraber|hepimiz|herkes|hep birlikte) (?:\w+nin|onun|bunun) (?:ustune|uzerine)"
         r" (?:gidelim|gidin)\b"),
]

# -- pl ----------------------------------------------------------------------------
_PL_INS = (
    r"(?:gruba|gruby|grubas|grubaska|krowa|swinia|brzydka|brzydki|brzydula|smierdzi|"
    r"smierdzaca|smierdziel|obrzydliwa|obrzydliwy|frajer|frajerka|lamus|lamuska|debil|debilka|"
    r"idiotka|szmata|dziwka|pasztet|wieloryb|brudas|nieudacznik|dziwak|dziwaczka|przegryw|"
    r"pokraka|kaszalot)"
)
_PL_WHO = (r"(?:z nia|z nim|do niej|do niego|z (?!obcymi|nieznajom|botem|dorosl)\w+|do "
           r"\b(?!obcych|nieznajom|bota)\w+)")
RULES += [
    rule("bullying:exclusion", "bullying", "przestancie gadajcie rozmawiajcie",
         r"\bprzestancie (?:" + _PL_WHO + r" (?:gadac|rozmawiac|pisac|sie odzywac)|(?:gadac|"
         r"rozmawiac|pisac|sie odzywac) " + _PL_WHO + r")\b" + _NOT_WARN + "|"
         r"\b(?:wszyscy|ludzie|ziomki|ekipa|dziewczyny|chlopaki|klasa)(?: \S+){0,4}? nie "
         r"(?:gadajcie|rozmawiajcie) " + _PL_WHO + r"\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "ignorujcie olejcie zablokujcie blokujcie odpisujcie gadajcie rozmawiajcie",
         r"\b(?:(?:ignorujcie|olejcie|zablokujcie|blokujcie) (?!bota|spam)(?:ja|go|\w+)|nie "
         r"(?:odpisujcie|gadajcie|rozmawiajcie) (?:jej|mu|" + _PL_WHO + r"))(?: \S+){0,8}? (?:\S+ )?"
         + _PL_INS + r"\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "wywalamy wywalmy wyrzucamy wyrzucmy usuwamy usunmy wywalcie wyrzuccie usuncie wykopcie "
         "wykopmy glosujemy",
         r"\b(?:wywalamy|wywalmy|wyrzucamy|wyrzucmy|usuwamy|usunmy|wywalcie|wyrzuccie|usuncie|"
         r"wykopcie|wykopmy|glosujemy za wywaleniem) (?!bota|spam)(?:ja|go|\w+) (?:z grupy|z czatu|"
         r"z konfy|z gc)\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "kto",
         r"\bkto (?:jej|mu|z nia|z nim|do niej|do niego) (?:\S+ )?(?:odpisze|napisze|odpowie|"
         r"pogada|bedzie gadal|sie odezwie)(?: \S+){0,3}? (?:tez|rowniez|sam) (?:wylatuje|wyleci|"
         r"leci|wypada|dostaje bana|jest out)\b"),
    rule("bullying:pileon", "bullying",
         "napiszcie piszcie doprowadzmy doprowadzimy bierzemy zgnebmy zniszczmy dojedzmy",
         r"\bnapiszcie (?:\S+ )?(?:pod|na) (?:jej|jego) (?:zdjeciem|zdjeciu|postem|fotka|fotce|"
         r"profilu|filmikiem)(?: \S+){0,2}? " + _PL_INS + r"\b|"
         r"\bpiszcie (?:jej|mu)(?: \S+){0,3}? ze (?:jest )?(?:\S+ )?" + _PL_INS + r"\b|"
         r"\b(?:doprowadzmy|doprowadzimy) (?:ja|go) do (?:placzu|lez)\b|"
         r"\b(?:wszyscy )?bierzemy sie za (?:nia|niego|\b(?!lekcje|nauke|prace|zadanie|robote|"
         r"bossa)\w+)\b|\b(?:zgnebmy|zniszczmy|dojedzmy) (?:ja|go)\b"),
]

# -- id ----------------------------------------------------------------------------
_ID_INS = (
    r"(?:gendut|jelek|bau|cupu|culun|buluk|dekil|gembrot|babi|sapi|kampungan|norak|alay|aneh|"
    r"goblok|tolol|bego|lebay|miskin|jijik|jorok|burik|pecundang|sampah|caper|gajah|kudanil)"
)
_ID_WHO = r"(?:dia|doi|\b(?!orang|stranger|bot|spam|nomor|akun|guru|aku|gue|gw)\w+)"
RULES += [
    rule("bullying:exclusion", "bullying", "jangan jgn kucilin kucilkan",
         r"\b(?:semua|semuanya|guys|gaes|gais|woi|woy|oi|kalian|temen temen|teman teman|anak anak|"
         r"grup)(?: \S+){0,4}? (?:jangan|jgn) (?:ada (?:yang|yg) )?(?:ngomong|ngobrol|bicara|chat|"
         r"chatan|bales|balas|balesin|temenan|main|duduk|nongkrong|nyapa|negur)(?: chat)? (?:sama |"
         r"ama |dengan |sm |dgn )?" + _ID_WHO + r"\b" + _NOT_WARN + "|"
         r"\b(?:kita |ayo |yuk )?(?:kucilin|kucilkan) (?:aja )?(?:dia|doi|\w+)\b"),
    rule("bullying:exclusion", "bullying", "jangan jgn",
         r"\b(?:jangan|jgn) (?:ada (?:yang|yg) )?(?:ngomong|ngobrol|bicara|chat|bales|balas|"
         r"balesin|temenan|main|duduk)(?: chat)? (?:sama |ama |dengan |sm )?" + _ID_WHO
         + r"(?: \S+){0,8}? (?:\S+ )?" + _ID_INS + r"\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "kick keluarin tendang usir remove kik kluarin",
         r"\b(?:vote )?(?:kick|keluarin|tendang|usir|remove|kik|kluarin) (?:aja |aj )?" + _ID_WHO
         + r" (?:\S+ )?(?:dari|dr) (?:grup|gc|grub|group)\b" + _NOT_WARN),
    rule("bullying:exclusion", "bullying", "yang yg siapa",
         r"\b(?:yang|yg|siapa yang|siapa aja yang|kalo ada yang|kalau ada yang) (?:bales|balas|"
         r"ngomong|temenan|ngobrol|belain|bela|chat|deketin) (?:sama |ama )?(?:dia|\w+)"
         r"(?: \S+){0,2}? (?:juga )?(?:ikut )?(?:di ?kick|dikeluarin|di keluarin|dikeluarkan|"
         r"keluar|out|diblok|dijauhin|dikucilin)\b"),
    rule("bullying:pileon", "bullying", "tulis komen komenin nangis serbu labrak keroyok rujak hujat",
         r"\btulis (?:\S+ )?(?:di )?(?:bawah|kolom komen|komen) (?:foto|postingan|story|pp|status)"
         r"(?:nya| dia)?(?: \S+){0,3}? " + _ID_INS + r"\b|"
         r"\b(?:semua )?(?:komen|komenin|tulis) " + _ID_INS + r" di (?:postingan|foto|story|pp)"
         r"(?:nya| dia)\b|"
         r"\b(?:ayo |yuk |kita |ayok |mari )(?:\S+ )?(?:bikin|buat) (?:dia|doi) (?:nangis|menangis)\b"
         r"|\b(?:bikin|buat) (?:dia|doi) (?:nangis|menangis) (?:yuk|yok|ayo|ayok)\b|"
         r"\b(?:besok|ayo|yuk|kita|semua)(?: kita| semua){0,2} (?:serbu|labrak|keroyok|rujak|hujat) "
         r"(?!boss|musuh|base|tower|diskon|promo|toko|kantin|makanan|giveaway)(?:dia|doi|\w+)\b"),
]
