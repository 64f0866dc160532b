"""Chinese (simplified and traditional; pinyin and internet-slang abbreviations) phrase rules.

Why a pack of its own: Chinese is written without spaces, in two scripts,
and children also write it in pinyin ("wo zhen de bu xiang huo le") or as
initials ("nmsl", "cnm", "tmd").  Three forms, three kinds of rule:

* CJK rules (first trigger contains CJK) are matched against ``prep.norm``
  and their CJK triggers are substring-tested (rules.py ``_is_unspaced``).
  Patterns are written once in simplified characters; ``_zh`` turns every
  character that has a traditional form into a class ("说" -> "[说說]"), and
  ``_trig`` adds the traditional spelling of each trigger, so one rule covers
  both scripts and messages that mix them.  Gaps are "[^。!?]{0,n}" (NFKC
  has already turned "！？" into "!?"), so a pattern stays in its sentence.
* Pinyin and initials rules are ordinary spaced rules against the phrase
  form; their triggers are whole tokens, so "sb" never fires inside a word
  and the initials are matched only as whole words (the lexicon would treat
  an ASCII line of zh.txt as a CJK substring, see data/lexicon/zh.txt).
* Mixed forms ("你就是个sb", "你nmsl") are one token, so they are CJK
  rules gated by the Chinese around the slang ("你").
* CJK triggers are single characters: every CJK trigger is tested with
  `in` on every CJK message, so a long trigger list is slow (see the note
  above SELF_HARM).

Directed forms only (second person, imperatives, first-person disclosures);
talk *about* harms is excused by FRAMES, which end at the hit ("...$") and
exclude "我" between frame and hit, so "如果朋友说他想死" is a discussion
while "如果朋友知道我想死" is not.  Chinese text has no space after "。！？",
so the frames carry their own sentence limit instead of relying on
frames._SENT_END.
"""

from __future__ import annotations

from ..rules import Rule, rule
from .zh_mixed import (
    BODY_PICTURE,
    BODY_TRIGGERS,
    NUDE_REQUEST,
    NUDE_TRIGGERS,
    PINYIN,
    PINYIN_TRIGGERS,
)

# simplified -> traditional (several traditional forms where they differ by sense)
_PAIRS = (
    "说說 话話 诉訴 别別 妈媽 们們 这這 个個 没沒 会會 为為爲 岁歲 伤傷 药藥 楼樓 台臺檯 视視 频頻 "
    "开開 张張 发發髮 给給 见見 请請 买買 钱錢 联聯 系係繫 点點 领領 钻鑽 肤膚 币幣 学學 里裡裏 欢歡 "
    "丑醜 滚滾 骂罵 杀殺 样樣 么麼 吗嗎 还還 时時 后後 让讓 对對 过過 东東 长長 头頭 图圖 内內 "
    "体體 号號 码碼 链鏈 击擊 费費 获獲 红紅 奖獎 边邊 离離 结結 遗遺 书書 谢謝 划劃 顶頂 够夠 "
    "攒攢 觉覺 远遠 难難 撑撐 坚堅 烫燙 爱愛 宝寶 贝貝 亲親 坏壞 礼禮 戏戲 级級 账賬帳 备備 转轉 "
    "传傳 网網 废廢 猪豬 脑腦 残殘 恶惡 吓嚇 鸡雞 谁誰 独獨 处處 约約 线線 语語 摄攝 镜鏡 机機 "
    "脱脫 裤褲 饭飯 电電 车車 区區 认認 识識 隐隱 删刪 举舉 报報 讨討 论論 课課 讲講 题題 闻聞 "
    "该該 应應 种種 经經 烟煙菸 桥橋 纸紙 炭炭 轨軌 负負 担擔 赘贅 余餘 记記 轻輕 松鬆 无無 义義 "
    "准準 带帶 单單 帮幫 价價 换換 赠贈 兑兌 扫掃 复復複 制製 群羣 员員 问問 读讀 儿兒 贴貼 挂掛 "
    "杂雜 货貨 贱賤 绿綠 丝絲 闭閉 烧燒 几幾 现現 于於 诈詐 骗騙 当當 师師 习習 着著 干幹乾 来來 "
    "从從 厌厭 弃棄 痴癡 强強 调調 谈談 滤濾 据據 总總 类類 万萬 栏欄 杆桿 缘緣 卧臥 写寫 圆圓 "
    "刚剛 录錄 维維 脚腳 颜顏 风風 龄齡 寻尋 腻膩 简簡 页頁 进進 规規 环環 护護 挡擋 盖蓋 惯慣 "
    "纪紀 绝絕 讯訊 户戶 资資 软軟 两兩 俩倆 伙夥 压壓 馆館 园園 厅廳 战戰 试試 晒曬 装裝 态態 "
    "运運 动動 严嚴 罚罰 损損 惨慘 毁毀 胁脅 门門 乐樂 将將 愿願 怀懷 兴興 尽盡 决決 计計 续續 "
    "颗顆 悬懸 吊吊 绳繩 跃躍 间間 "
)
_S2T: dict[str, str] = {w[0]: w[1:] for w in "".join(_PAIRS).split() if w[1:] != w[0]}
_TRAD1 = str.maketrans({k: v[0] for k, v in _S2T.items()})


def _zh(src: str) -> str:
    """Pattern source written in simplified characters -> both scripts."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c + _S2T.get(c, "") if c != "]" else c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c in _S2T:
            out.append("[" + c + _S2T[c] + "]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _trig(triggers: str) -> str:
    """Triggers in both scripts (the traditional spelling added where it differs)."""
    words = triggers.split()
    return " ".join(dict.fromkeys([*words, *(w.translate(_TRAD1) for w in words)]))


def zrule(
    name: str,
    categories: str | tuple[str, ...],
    triggers: str,
    pattern: str,
    framed: bool | str = True,
) -> Rule:
    """A CJK rule covering simplified and traditional characters."""
    return rule(name, categories, _trig(triggers), _zh(pattern), framed=framed)


# gap inside a sentence ("。" and NFKC-folded "!?" end it)
_G = "[^。!?]"
_FAMILY = r"(?:爸妈|爸爸|妈妈|爸|妈|父母|家长|家里人|家人|老妈|老爸)"
_PICS = r"(?:照片|相片|自拍|全身照|生活照|美照|素颜照|近照|腿照|脚照|私照|私房照|福利照|写真|图片)"
_GIFTS = (
    r"(?:皮肤|点券|钻石|q币|游戏币|金币|会员|礼物|红包|手机|钱|零花钱|充值卡|点卡|月卡|战令|"
    r"英雄|装备|永久皮肤|v币|抖币)"
)
_INSULT = (
    r"(?:sb|傻b|傻逼|傻比|煞笔|沙比|傻叉|傻缺|脑残|智障|弱智|白痴|废物|垃圾|辣鸡|菜狗|菜鸡|蠢货|"
    r"蠢猪|猪头|猪|丑八怪|死胖子|肥猪|贱人|贱货|杂种|狗东西|神经病|憨批|low逼|屌丝|丑逼|绿茶婊|"
    r"残废|死肥宅|小丑)"
)

# CJK triggers are few single characters on purpose: RuleSet.candidates tests
# every CJK trigger with `in` on each CJK message (~70-90 ns each on a long
# mixed message), so a rule is gated by the one or two characters that every
# one of its alternatives contains ("死", "你", "加") and the regex does the rest.
SELF_HARM: list[Rule] = [
    # -- wanting to die / not to live (first person, many indirect forms) --
    zrule("self_harm:disclosure", "self_harm", "死 活 杀 殺 命",
          r"(?<!不)(?<!笑)想死(?![你您他她它])(?!我了)(?!的心)|不想(?:再)?活(?:了|下去|着)?(?!动|跃|泼)|"
          r"活不下去|(?<![你他她])活(?:够|腻)了(?!吧)|(?<![他她它你])死了(?:算了|就好了|一了百了)|"
          r"(?:还不如|不如|干脆)(?:去)?死了?(?:算了|好了)?|想(?:要)?(?:去)?(?:自杀|死掉|去死)|"
          r"我去死(?:算了|好了|吧)|活着(?:好|太|真|真的)累|"
          r"(?:怎么|怎样|如何)(?:死|自杀)(?:才|比较|最)?(?:不痛|不疼|没有痛苦|快)|"
          r"吃(?:什么|多少)药(?:能|会|可以|才能)死|寻死|"
          r"(?:结束|了结)(?:掉)?(?:自己|我自己|我)?的?生命|"
          r"(?:我)?活着(?:真的|好像|根本|好|真|太|也)?(?:没有|没|没什么|毫无)(?:意义|意思)|"
          r"活着(?:干嘛|干什么|有什么用|还有什么意思)|我为什么(?:还)?要?活着|"
          # sixth wave: past attempts ("上次我试过自杀", "我自杀过")
          r"(?:上次|上一次|之前|以前|那次)我?(?:试过|尝试过|试着|差点)" + _G + r"{0,4}自杀|"
          r"我(?:以前|之前|上次)?自杀过", framed="generic"),
    # -- self-injury: cutting, hurting oneself, wounds ------------------------
    zrule("self_harm:injury", "self_harm", "割 划 劃 伤 傷",
          r"我" + _G + r"{0,8}(?:割|划)(?:了|伤|破|烂)?(?:一下|几下|好几下|几刀)?"
          r"(?:自己|我自己|我)?的?(?:手腕|手臂|手背|胳膊|大腿|腿|腕|皮肤|身体|自己)|"
          r"(?:用|拿)(?:刀|刀片|小刀|美工刀|圆规|剪刀)" + _G + r"{0,6}(?:割|划)(?:自己|手|腿|胳膊)|"
          r"(?:又|还是|忍不住|控制不住|一直在|经常|偷偷)(?:想)?(?:伤害自己|割自己|划自己|割手|划手)|"
          r"我(?:又|刚刚|刚才|昨天|昨晚|今天)" + _G + r"{0,4}伤害了?自己|"
          r"(?:手上|胳膊上|手臂上|腿上|身上)(?:的)?(?:伤口|伤疤|划痕|割痕)(?:又|还在|好多|越来越多|不想让|被)|"
          # sixth wave: "我昨天又割了", relapse after N days, past attempts
          r"我" + _G + r"{0,6}又(?:割|划)了(?:自己|一次|几刀|一下|好几下)?(?= ?[。.!?,，]| ?$)|"
          r"(?:坚持|戒)了?\d+天" + _G + r"{0,6}又(?:割|划)|我(?:以前|之前|上次)?割腕过",
          framed="generic"),
    # -- plans and means: pills, rooftops, farewell notes, "soon I won't be here" --
    zrule("self_harm:planning", "self_harm", "药 藥 跳 遗 遺 不在",
          r"(?:攒|存|囤|藏)(?:了|够了)?(?:好多|很多|一堆|一瓶|一些|够)?(?:的)?(?:药|安眠药|药片)|"
          r"药[^。!?\s]{0,4}(?:攒|存|囤)(?:够|好)了|(?:吃|吞|喝)(?:了|掉)?(?:一整瓶|整瓶|一瓶|好多|很多|"
          r"一大把|一把|一堆|所有的?|全部的?)(?:的)?(?:药|安眠药|药片|止痛药|退烧药)|"
          r"(?:天台|楼顶|顶楼)" + _G + r"{0,10}(?:跳下去|往下跳|跳了)|(?:想|要|准备|打算|真想|好想|我会)"
          r"(?:从" + _G + r"{0,8})?(?:跳下去|跳楼|跳河|跳江|跳桥)|(?:写|写好|准备)(?:了)?(?:我的)?遗书|"
          r"这是我的?(?:遗书|遗言)|(?:我|以后|明天|下周|下个月|下星期|很快|快)" + _G +
          r"{0,6}(?:可能|也许|大概|应该|就要|快要|就)(?:就)?不在(?:这个世界上?)?了|不在这个世界上?了|"
          # sixth wave: "我在天台上 想跳", "上次我试过吞药"
          r"(?:天台|楼顶|顶楼|桥上|窗台|阳台|楼上)" + _G + r"{0,8}(?:想|要|准备|打算)(?:往下)?跳"
          r"(?!舞|绳|远|高|水|伞)|(?:上次|上一次|之前|以前|那次)我?(?:试过|尝试过|试着|差点)" + _G +
          r"{0,6}(?:吞药|吃药|跳楼|跳下去|吃了?(?:一整瓶|整瓶|一瓶|好多|很多)的?药)|我(?:以前|之前|上次)?"
          r"(?:吞药|跳楼)过",
          framed="generic"),
    # -- burden: everyone better off without me, nobody would care --------
    zrule("self_harm:burden", "self_harm", "没 沒",
          r"(?:没有|没了)我" + _G + r"{0,6}(?:会|都|就|才)?(?:更好|好过|更开心|更轻松|更幸福|解脱)|"
          r"(?:没人会|没有人会)(?:在乎|想念|记得|发现|注意到|难过|关心)(?:我|如果我)|"
          r"我(?:死|消失|不在)了?(?:以后|之后)?" + _G + r"{0,4}(?:也)?(?:没人|没有人)"
          r"(?:会)?(?:在乎|难过|发现|想我|记得)|"
          # sixth wave: "一切都没有意义了", "真希望我没有出生"
          r"(?:一切|什么|所有|活着)都(?:没有|没|毫无)(?:意义|希望)了|(?:希望|但愿|宁愿|要是|如果)我"
          r"(?:从来)?(?:就)?(?:没有|没|从没)(?:被)?(?:出生|生下来|来到这个世界)",
          framed="generic"),
    # incitement in characters ("去死", "你怎么不去死") is the family rule's "去死"
    # -- pinyin: "wo zhen de bu xiang huo le", "xiang si", "ni qu si ba" -----
    rule("self_harm:disclosure", "self_harm",
         "huo xiang buxianghuole buxianghuo woxiangsi huobuxiaqu xiangzisha",
         r"\bbu (?:xiang|yao) (?:zai )?huo(?: le| xia qu| zhe)?\b|\bhuo bu xia qu\b|"
         r"\bhuo zhe (?:mei|mei you|mei shen me) (?:yi si|yi yi)\b|"
         r"\b(?:wo|hao|zhen|zhen de|zhen de hao|zhen xiang|hen) (?:xiang|xiang yao) (?:si|qu si|zi sha|"
         r"zisha|xiao shi|xiaoshi)(?! ni\b| le ni\b| wo le\b)\b|"
         r"\b(?:wo )?xiang (?:si|zi sha|zisha) (?:le|a|suan le|hao le)\b|"
         r"\b(?:buxianghuole|buxianghuo|woxiangsi|huobuxiaqu|xiangzisha)\b", framed="generic"),
    # -- sixth wave: sleep and never wake, farewells, "you won't see me again",
    # exhaustion, hurting/burning oneself (the other sixth-wave forms are
    # alternatives of the rules above, whose triggers they share: the CJK
    # trigger budget counts every trigger of every rule) ----------------------
    zrule("self_harm:finality", "self_harm", "醒 永 到 累 己",
          r"睡(?:过去|着|下去|一觉)?(?:了)?(?:以后|然后|就)?(?:再也|永远|就这样)不(?:要|想|会)?醒(?:来|过来)?|"
          r"永别了|(?:再也|不会再|以后不会)(?:见不到|看不到|见到|看到)我了|(?:你们|大家|你)(?:以后)?"
          r"(?:再也|不会再?)(?:见|看)(?:不到|到)我了|(?:好累|太累|很累|累了|累死)" + _G +
          r"{0,6}(?:什么都不想(?:要|做)?了|不想(?:再)?(?:撑|坚持)了|撑不下去)|"
          r"(?:烫|烧)(?:伤)?(?:了)?自己(?!的(?:饭|菜))|我(?:会|就|又|一直|总是|经常|忍不住|老是)(?:打|掐|"
          r"咬|捶|扇)自己(?!的脸)|"
          # session 12's short forms: "我想杀了自己", "我打自己打到淤青", "好想一睡不醒", "我活累了"
          r"(?:想|要)(?:杀了|杀掉|杀死|弄死)自己|打自己(?:打)?(?:到|得)(?:淤青|流血|出血|发青|发紫)|"
          r"(?:想|要|希望|真想)(?:就这样)?一睡不醒|我(?:已经)?活(?:累了|够了)",
          framed="generic"),
    rule("self_harm:finality", "self_harm", "xing bie",
         r"\bbu (?:xiang|yao) (?:zai )?xing (?:lai|guo lai)\b|\byong bie le\b", framed="generic"),
    rule("self_harm:incitement", ("bullying", "self_harm"), "qu qusi",
         r"\b(?:ni )?(?:qu si|qusi)(?: ba| a| la)?\b|\bni (?:zen me|zenme|wei shen me) (?:hai )?bu qu si\b"),
]

GROOMING: list[Rule] = [
    # -- secrecy: don't tell your parents, our secret ---------------------------
    zrule("grooming:secrecy", "grooming", "你 密",
          r"(?:别|不要|不许|不准|千万别|千万不要|不能)(?:告诉|跟|和|对|让)你(?:的)?" + _FAMILY +
          r"(?:说|讲|知道|提|发现|看到)?|(?:这是|是|当作|作为)?(?:我们|咱们)(?:俩|两个|之间)?的(?:小)?秘密|"
          r"(?:帮我|替我|对我们的事)保密"),
    # -- moving to QQ / WeChat / LINE / private chat ------------------------
    zrule("grooming:off_platform", "grooming", "加 私 微 你",
          r"(?<![参增添更附追])加(?:一下|个|下)?(?:我)?(?:的)?(?:微信|薇信|威信|vx|wx|v信|qq|扣扣|企鹅|"
          r"line|抖音|快手|ig|小号|私人号)|(?:我们|咱们|来|去)私聊|私聊(?:吧|呗|一下|我)|(?<![他她人友])私信我|"
          r"(?<![隐自])私我|私讯我|(?:我们|咱们)?去微信(?:上)?(?:聊|说)|留(?:个|一下)(?:你的)?微信|"
          r"(?:给我|发我|告诉我)你的(?:微信|qq|line|联系方式)|你(?:的)?(?:微信|qq|line)(?:号)?(?:是)?"
          r"(?:多少|是什么)|你有(?:没有)?(?:微信|qq|line)(?:吗|没|嘛|\?)"),
    # -- video calls and photos of the child --------------------------------
    zrule("grooming:photo_request", "grooming", "你 视 視 拍",
          r"(?<![打点播公离展])开(?:个|一下|下)?视频(?!会员|号|网站|教程|课|app|软件)|打(?:个|一下)?视频(?:电话)?|"
          r"(?:我们|咱们|跟我|和我)视频(?:通话|聊天)?(?:吧|一下)(?!课)|"
          r"(?:发|传|拍)(?:张|一张|几张|个|点|些|一些)?(?:你(?:自己)?的?)" + _PICS + r"|"
          r"拍(?:张|一张|几张|个|点|些)?" + _PICS + r"(?:给我|发我|来看看|过来|给哥哥|给叔叔|我看|让我看)|"
          r"(?:发|传)(?:张|一张|几张|个|点|些)?自拍(?:给我|发我|来看看|过来|给哥哥|给叔叔|我看|让我看)|"
          r"拍(?:给我|给哥哥|给叔叔)看|"
          r"(?:给我|让我|想)看看?你(?:的)?(?:长什么样|样子|长相|脸|腿|脚|身材|穿的|现在的样子|照片)|"
          r"想看看?你" + _PICS),
    # -- age, city, school, home alone, flattery + age -------------------------
    zrule("grooming:personal_questions", "grooming", "你 岁 歲",
          r"你(?:今年|现在)?(?:几岁|多大)(?:了|啊|呀|呢)?|你(?:今年|现在)?(?:读|上)?几年级|"
          r"你(?:在|是)?哪(?:个|所)(?:学校|城市|区|省|小学|初中|中学|高中)|你(?:家)?住(?:在)?哪(?:里|儿)?|"
          r"你(?:现在)?(?:是)?一个人在家|家里(?:就|只有)你一个人|"
          r"你(?:的)?" + _FAMILY + r"(?:在家吗|在不在家|不在家吗?|(?:什么时候|几点)回来)|"
          r"你有(?:没有)?(?:男朋友|女朋友|对象)(?:吗|没)?|"
          r"你" + _G + r"{0,12}有(?:没有)?(?:男朋友|女朋友|对象)(?:吗|没|嘛|\?)|"
          r"你现在穿(?:的|着)?(?:什么|啥)|"
          r"你穿(?:的|着)(?:什么|啥)(?:颜色)?(?:的)?(?:衣服|内衣|内裤)?(?:呀|啊|呢)?(?:\?|。|!|$)|"
          r"(?:小妹妹|小弟弟|小宝贝|小可爱|小美女)" + _G + r"{0,12}(?:几岁|多大)|"
          r"(?:可爱|漂亮|好看|性感)" + _G + r"{0,8}几岁|几岁" + _G + r"{0,8}(?:好可爱|真可爱|好漂亮|真漂亮|"
          r"好性感|好成熟)"),
    # -- meeting offline, treats ----------------------------------------------
    zrule("grooming:meeting", "grooming", "你 面",
          r"(?:我们|咱们|要不|想|要不要|什么时候|哪天|出来)见(?:个|一)?面(?!了|会)|见(?:个|一)面吧|见面吧|"
          r"(?:约你|你|带你)出来(?:见|玩|一下)|出来见(?:个|一)?面|"
          r"我(?:去|来|可以去|开车去)你(?:的)?(?:学校|家)|(?:放学|下课)(?:后)?我(?:去|来)?接你|"
          r"我请你(?:喝|吃|看)|请你喝奶茶|(?:我|哥哥|叔叔)带你(?:去)?(?:玩|吃|看电影|兜风|出去)|"
          r"单独见(?:个|一)?面"),
    # -- gifts and game currency, also in exchange for photos ---------------
    zrule("grooming:gift", "grooming", "你",
          r"(?:我|哥哥|叔叔)(?:给你|帮你)(?:买|充|发|转)(?:个|些|点|一个|一些)?(?:的)?" + _GIFTS +
          r"|送你(?:个|些|点|一套|一个)?" + _GIFTS + r"|(?:给你|帮你)充(?:值)?(?!电)|给你(?:发|转)(?:个)?(?:红包|钱)|"
          r"(?:只要|如果|要是)你?(?:发|拍|给我|视频|听话|答应|陪我|做我|当我|叫我)" + _G +
          r"{0,12}(?:我就|就)(?:给你|送你|帮你充|帮你买)"),
    # -- reassurance and flattery from an adult ------------------------------
    zrule("grooming:trust", "grooming", "你 坏 壞 哥",
          r"(?:哥哥|叔叔|大哥哥|姐姐|阿姨)(?:又|可|也|真的|才|绝对)?不是坏人|我(?:又|可|真的|绝对)不是坏人|"
          r"(?:我|哥哥|叔叔)(?:不会|绝不会|从来不)(?:伤害|骗|害)你|"
          r"(?:只有|就)(?:我|哥哥|叔叔)(?:才|最)?(?:懂你|理解你|关心你|在乎你|对你好)|"
          r"你(?:的)?(?:爸妈|父母|家人|爸爸妈妈)(?:根本|都)?(?:不|不会)(?:懂|理解|关心|在乎)你|"
          r"你(?:比|跟|和)(?:同龄人|同龄的|别的小孩|其他小孩|别的女孩|其他女孩|别的男孩|班上的)" + _G +
          r"{0,4}(?:成熟|不一样)|你(?:好|很|真|挺|这么)成熟|(?:相信|听)(?:哥哥|叔叔)(?:的话)?"),
    # -- pinyin -------------------------------------------------------------
    rule("grooming:secrecy", "grooming", "gao mimi mi",
         r"\b(?:bie|bu yao) gao su (?:ni )?(?:ba ma|fu mu|ma ma|ba ba|ren he ren|bie ren)\b|"
         r"\b(?:wo men|zan men) (?:de )?(?:xiao )?(?:mi mi|mimi)\b"),
    rule("grooming:off_platform", "grooming", "jia siliao liao",
         r"\bjia (?:wo |yi xia |ge )?(?:wei xin|weixin|vx|wx|qq|line)\b|\b(?:wo men |lai )?(?:si liao|siliao)"
         r"(?: ba)?\b"),
    rule("grooming:personal_questions", "grooming", "sui duo zhu jia xue cheng",
         r"\bni (?:jin nian )?(?:ji sui|duo da)(?: le)?\b|\bni (?:zhu|jia zhu) (?:zai )?(?:na li|nali|na)\b|"
         r"\bni (?:shi )?yi ge ren zai jia\b|\bni (?:zai )?na ge (?:xue xiao|cheng shi)\b"),
    rule("grooming:meeting", "grooming", "mian cha",
         r"\b(?:chu lai )?jian (?:ge |yi )?mian\b|\bqing ni he nai cha\b"),
]

HARM: list[Rule] = [
    # -- insults aimed at a person ("你就是个sb", "菜狗别说话"); initials glued
    # to "你" ("你nmsl", "你tmd") are one token, so they are matched here too --
    zrule("bullying:insult", "bullying", "你 狗",
          r"你(?:就|就是|是|真是|真|可真|简直是|简直就是|好|太|这|这个|这种|个|也是)?(?:个|一个|只)?" +
          _INSULT + r"(?![a-z])|菜狗(?:就)?(?:别|闭嘴|滚)|(?:没人|没有人|谁都不|谁也不)(?:喜欢|要|在乎|想理)你|"
          r"(?:大家|所有人|全班|全校)(?:都)?(?:讨厌|恨|嫌弃|看不起)你|你(?:给我)?滚(?:出去|开|蛋)?(?!动|烫)|"
          r"(?<![a-z])(?:nmsl|wsnd|cnm|tmd|nmb|mlgb)你|你(?:个)?(?:nmsl|wsnd|cnm|tmd|nmb|mlgb)(?![a-z])"),
    # "ni" is a Spanish/Italian word too: the insult itself is the second gate
    rule("bullying:insult", "bullying", "ni",
         r"\bni (?:shi |jiu shi |shi ge |ge |zhen )?(?:sb|shabi|sha bi|zhizhang|zhi zhang|naocan|nao can|"
         r"fei wu|feiwu|la ji|laji|caigou|cai gou|chou ba guai)\b|\bni ma si le\b",
         requires="sb shabi sha zhizhang zhi naocan nao feiwu fei la laji caigou cai chou si"),
    rule("bullying:insult", "bullying", "sb nmsl wsnd nmlgb",
         r"\b(?:nmsl|wsnd|nmlgb)\b|^sb(?: [!?.])*$|\bsb (?:ba ni|dong xi)\b"),
    rule("profanity:slang", "profanity",
         "cnm tmd nmb rnm mlgb cnmb caonima tamade shabi wocao",
         r"\b(?:cnm|cnmb|tmd|nmb|rnm|mlgb|caonima|tamade|shabi|wocao)\b"),
    # -- threats of violence, doxxing, exposure -----------------------------
    zrule("threat:violence", "threat", "你",
          r"(?:打|揍|弄|捅|砍|杀|掐|踢|整)死你|杀了你|杀你全家|你死定了|你(?:给我)等着|你等着瞧|"
          r"(?:我|老子)(?:要|会|一定)?让你(?:好看|后悔|付出代价|死)|(?:找人|叫人|喊人)(?:来)?(?:打|揍|弄|收拾|堵)你"),
    zrule("threat:exposure", "threat", "你",
          r"(?:把|将)你(?:的)?" + _G + r"{0,8}(?:发|传|贴|挂|曝光)(?:到|在|给|出来)" + _G +
          r"{0,6}(?:全校|全班|班级|学校|网上|群|朋友圈|抖音|你爸妈|你家人)|曝光你|(?:我要|我会|小心我|信不信我)"
          r"把你挂(?:出来|到网上|到群里)?|挂你|(?:开|开了)你的?盒|开盒你|人肉你"),
    # -- sexual requests ----------------------------------------------------------
    zrule("sexual:request", "sexual", "你 裸 露 脱 脫",
          r"(?:发|传|拍)(?:张|几张|一张|点|个|些)(?:你的)?(?:裸照|裸体|不穿衣服)|"
          r"(?:发|传|拍)(?:你的)?(?:裸照|裸体照?|不穿衣服的?(?:照片|照)?)(?:给我|发我|来|过来|看看|给哥哥|吧)|"
          r"(?:给我|让我)(?:发|传|拍|看看?)" + _G + r"{0,4}(?:裸照|果照|裸体|不穿衣服)|"
          r"裸聊(?:吗|吧|一下)|你(?:的)?(?:裸照|果照)|"
          r"你(?:现在)?穿(?:的|着)?(?:什么|啥)" + _G + r"{0,10}(?:拍|发|给我看|让我看)|"
          r"露(?:一点|一下|点|个)?(?:胸|腿|肚子|屁股|身体|肉)|露" + _G + r"{0,4}(?:给我看|给哥哥看|给叔叔看|让我看)|"
          r"(?:把)?衣服脱(?:了|掉|下来)?(?:给我看|让我看|拍)|脱(?:了|掉)?(?:衣服)?给我看|"
          r"(?:看看|给我看|拍|发)你的?(?:胸|屁股|下面|内衣|内裤|身体)|你(?:的)?(?:胸|屁股)(?:多大|大不大|好大)|"
          r"你(?:来|来过)?(?:月经|大姨妈)了(?:吗|没)|你发育了(?:吗|没)|你(?:还是)?处(?:女|男)吗"),
    rule("sexual:request", "sexual", "luozhao luo guo guozhao tuo",
         r"\b(?:luozhao|luo zhao|guozhao|guo zhao|luo liao|luoliao)\b|\btuo (?:le |diao )?gei wo kan\b"),
]

SPAM: list[Rule] = [
    zrule("spam:scam", "spam", "免 群 码",
          r"免费(?:领|领取|送|赠送|得|拿|抽|获得|获取|兑换)|(?:加|进)群(?:就)?(?:领|领取|免费|送|拿|获得|抽)|"
          r"群号|扫码(?:领|领取|免费|进群|加群)|兑换码|"
          r"(?:中奖|福利)" + _G + r"{0,8}(?:加群|扫码)"),
    rule("spam:scam", "spam", "mianfei fei",
         r"\b(?:mianfei|mian fei) (?:ling|song|pi fu|pifu)\b"),
]

# Triggers are grouped by first character in RuleSet.candidates, so precise
# multi-character triggers no longer cost every Chinese message an `in` test.
SELF_HARM += [
    zrule("self_harm:disclosure", "self_harm", "存在 意义 醒 天台 楼顶 顶楼 窗台 累赘 负担 拖累",
          r"不想(?:再)?存在|(?:人生|活着|生活)(?:真的|根本|完全|一点)?(?:没有|没|毫无)(?:任何)?意义|"
          r"(?:睡着|睡过去|睡下去)(?:了)?(?:就)?(?:不要|不想|别|再也不)(?:再)?醒|"
          r"站在(?:天台|楼顶|顶楼|桥|窗台)(?:的)?(?:边|边上|上面|边缘)|我(?:就|只)?是(?:个|一个)?(?:(?:大家|家里|全家|"
          r"所有人|爸妈|家人)的)?(?:累赘|"
          r"负担|拖累)",
          framed="generic"),
]
# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# A few characters as teens type them: "我想杀了自己", "好想一睡不醒", "我活累了", "我撑不下去了",
# "我打自己打到淤青", "吃完就抠吐", "我把药全吃了", "我写了告别信", "这是我最后一条消息", "我已经
# 计划好怎么死了", "今晚就结束一切", "我讨厌活着".  What passes: a game boss killed, a run given up
# ("跑不下去了"), vitamins, a farewell card for a retiring teacher, the last message before a flight
# or of the day, a plan for the weekend, a sister's pills as prescribed.  Eight triggers (the pack's
# CJK trigger budget); the forms with 自己, 醒 and 累 are alternatives of the sixth-wave rule above.
SELF_HARM += [
    zrule("self_harm:disclosure", "self_harm", "活 撑 吐 药 告别 最后一条 计划 今晚",
          r"我(?:好|真|很|真的)?(?:讨厌|恨|厌恶)活着|"
          r"我(?:真的|快|实在|已经)?撑不(?:下去|住)了(?=[。!?,，]|$)|"
          r"吃完(?:饭)?就(?:去)?(?:抠吐|催吐)|我(?:会|都|就|又|总是|每次)(?:抠吐|催吐)|"
          # the writer, no one between ("我姐按医嘱把药全吃了": a sister, as prescribed)
          r"我(?:已经|刚|刚刚|刚才)?把(?:(?:所有的?|全部的?|一整瓶的?|整瓶)药(?:全|都)?吃|药全(?:部)?吃(?:了|光|完))|"
          r"我写(?:了|好了)(?:一封)?告别信|"
          r"这是我(?:的)?最后一条(?:消息|信息|留言)(?:了)?(?=[。!?,，]|$)|"
          r"最后一条(?:消息|信息)了?[，,]?(?:再见|永别|拜拜)|"
          r"计划好(?:了)?(?:怎么|如何)(?:死|自杀|结束自己)|"
          r"(?:今晚|今天晚上)就?(?:结束一切|结束这一切|结束自己|了结自己)|"
          r"就今晚了[，,。]?(?:我要走了|再见|永别)",
          framed="generic"),
]
GROOMING += [
    zrule("grooming:secrecy", "grooming", "删 任何 换个 别的地方 私下",
          r"(?:记得|一定要|赶紧|快)?把(?:我们的|咱们的|我们)(?:聊天记录|记录|对话|消息)(?:都)?删(?:掉|了|除)|"
          r"(?:别|不要|不许|千万别)(?:告诉|跟)任何人(?:说)?|换个地方聊|去别的地方聊|(?:我们|咱们)私下(?:聊|说)"),
    zrule("grooming:meeting", "grooming", "来我家",
          r"来我家" + _G + r"{0,8}(?:只有我|没人|家里没人|我爸妈不在|我一个人)"),
]
HARM += [
    zrule("threat:violence", "threat", "放学", r"放学(?:你)?(?:别走|等着|给我等着)"),
    zrule("sexual:request", "sexual", "果照", r"(?:发|拍|来|给我)(?:个|张|几张)?果照"),
    # mixed scripts and pinyin ("发张你的luo照给我看看", "看看你的身材 发照片"): zh_mixed.py
    zrule("sexual:request", ("sexual", "grooming"), NUDE_TRIGGERS, NUDE_REQUEST),
    zrule("sexual:request", ("sexual", "grooming"), BODY_TRIGGERS, BODY_PICTURE),
    rule("sexual:request", ("sexual", "grooming"), PINYIN_TRIGGERS, PINYIN),
    zrule("bullying:insult", "bullying", "你", r"你(?:个|这个|真是个|就是个)?(?:大)?sb(?![a-z])"),
    # initials written in Latin inside Chinese ("这问题tm也太sb了吧", "tmd烦死了",
    # "真sb"): the phrase form puts spaces between the scripts, so the initials
    # are whole tokens; a CJK neighbour is required, so English "tm" / "sb"
    # (and "sb3" Scratch files) never match
    rule("profanity:slang", "profanity", "sb tm tmd cnm nmsl mlgb nmb wsnd",
         r"(?<=[\u4e00-\u9fff] )(?:sb|tmd|cnm|nmsl|mlgb|nmb|wsnd)(?= [\u4e00-\u9fff]| ?$| [!?.])|"
         r"(?:^|(?<=[\u4e00-\u9fff] ))(?:sb|tmd|cnm|nmsl|mlgb|nmb|wsnd)(?= [\u4e00-\u9fff])|"
         # "tm" (他妈) is also a trademark sign: only before the words it intensifies
         r"(?:^|(?<=[\u4e00-\u9fff] ))tm(?= (?:的|也|就|真|太|都|还|還|是|怎|又|在|啥|什|烦|煩|能|会|會|"
         r"敢|别|別|要|才|简|簡|好|有|没|沒|给|給))"),
]
SPAM += [
    zrule("spam:scam", "spam", "元", r"0元(?:领|购|得|拿|送|抢)"),
]

# regex sources of discussion / reporting frames, searched in the text of the
# sentence before a hit ("the teacher said if a friend ...").  Each ends at
# the hit ("$") and allows no "我" after the cue, so a first-person sentence
# ("如果朋友知道我想死") is not excused; "跟我说/告诉我" are reporting, allowed.
_NOT_ME = r"(?:跟我|对我|告诉我|和我|问我|让我|叫我|给我|[^。!?我])"
FRAMES: list[str] = [
    # hypothetical / advice: "如果朋友说...", "要是有人让你..."
    _zh(r"(?:如果|要是|假如|万一|当|遇到)(?:有人|别人|朋友|同学|你的朋友|好朋友|某人|陌生人|网友|对方|"
        r"孩子|小孩|学生|有同学|有朋友|一个人|网上有人)" + _NOT_ME + r"{0,20}$"),
    # teachers, lessons, parents telling the class
    _zh(r"(?:老师|课上|课堂上|班会|讲座|学校|心理老师|社工|警察|家长)(?:说|讲|告诉我们|教我们|教过|提醒|"
        r"强调|提到)" + _NOT_ME + r"{0,24}$"),
    # learning / discussing: "我们学了什么是..."
    _zh(r"我们(?:今天)?(?:学了|学过|学习了|讨论了|讨论过|在讨论|聊了|谈了|了解了|上了)[^。!?我]{0,24}$"),
    # platforms and adults should act: "平台应该删除..."
    _zh(r"(?:平台|网站|app|应用|游戏公司|学校|政府|家长|大人|老师)(?:应该|需要|要|必须|得|可以)?"
        r"(?:删除|删掉|屏蔽|封掉|封号|举报|处理|禁止|管管|管一管|过滤)[^。!?我]{0,20}$"),
    _zh(r"(?:应该|需要|必须)(?:删除|删掉|屏蔽|举报|禁止|过滤)[^。!?我]{0,20}$"),
    # "关于...", news and reports
    _zh(r"关于[^。!?我]{0,15}$|(?:新闻|报道|报纸|电视上|文章|听说|据说|看到一个|看到有)" + _NOT_ME + r"{0,25}$"),
    # a third party did it: "有个陌生人问我..." (a report, like "he asked me")
    _zh(r"(?:有人|有个人|有个陌生人|一个陌生人|陌生人|网友|有个网友|他|她|他们|对方|那个人|那个男的|"
        r"一个叔叔|有个男的|有个叔叔|有个大叔)(?:一直|总是|老是|突然|居然|竟然)?(?:跟我说|对我说|问我|让我|"
        r"叫我|要我|私信我说|私信问我|发消息说|发消息问我|给我发)[^。!?]{0,15}$"),
    # scam talk and quoted phrases: "那些说免费领皮肤的", "小心骗子"
    _zh(r"(?:那些|这种|这些|所谓的?)(?:人)?(?:说|写着?|号称|声称)$|(?:骗子|骗局|诈骗|骗人|假的|小心|当心|"
        r"别信|不要信|谨防|防骗)[^。!?]{0,15}$|「[^」]*$|(?:类似|比如|(?<![摄录图画影头偶])像|例如)[^。!?我]{0,4}$"),
    # ("像" = "like", not the 像 of 摄像头 camera, 头像 avatar, 偶像 idol)
    # pinyin: "ru guo you ren shuo ...", "lao shi shuo ..."
    r"\b(?:ru guo|ruguo|yao shi|lao shi shuo|laoshi shuo|wo men xue le?) [^.!?]{0,40}$",
]
