"""HateCheck-style functional tests for the Chinese language pack
(moderation/packs/zh.py, data/lexicon/zh.txt): simplified and traditional
characters, pinyin sentences and the initials children type (nmsl, cnm,
tmd, sb).  One class of case per test; every family has hard negatives
(hyperbole such as 笑死我了/累死了, gaming talk, talk *about* a harm in a
lesson, a news report or a platform-policy sentence, innocent neighbours
of a trigger such as 打开视频, 参加抖音挑战, 我妈的手机)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, held


# -- self-harm: wanting to die, not wanting to live -----------------------
@pytest.mark.parametrize("text", [
    "我真的不想活了", "我不想再活下去了", "活着好没意思", "我活够了", "好想死啊",
    "我真的好想去死", "我還不如死了算了", "死了就好了", "我想自殺", "我想消失",
    "活着有什么用", "我为什么还要活着",
    "活著好累", "我想結束自己的生命", "怎么死才不痛", "吃多少药会死",
])
def test_zh_wish_to_die_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "wo zhen de bu xiang huo le", "bu xiang huo le", "wo xiang si", "hao xiang si a",
    "huo zhe mei yi si", "wo xiang zi sha", "buxianghuole",
])
def test_pinyin_wish_to_die_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm: injury, plans, farewells, burden -------------------------------
@pytest.mark.parametrize("text", [
    "我又伤害自己了", "我又傷害自己了", "我又割自己了", "我昨天用刀片划了手臂", "我劃了自己的手腕",
    "忍不住想割手", "手上的伤口又多了",
])
def test_zh_self_injury_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "药攒够了", "我攒了好多安眠药", "我吃了一整瓶药", "今晚想從天台跳下去", "我想跳楼",
    "我已经写好遗书了", "这是我的遗书", "下周我可能就不在了", "我很快就不在这个世界上了",
])
def test_zh_plans_and_farewells_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "大家没有我会更好", "沒有我大家會更開心", "没人会在乎我", "我死了也没人会难过",
])
def test_zh_burden_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "笑死我了", "xswl", "awsl", "累死了", "热死了今天", "饿死我了", "吓死我了", "气死我了",
    "这个游戏太难了，我死了好几次", "我把boss打死了", "这关我死了十次", "我想让这个bug消失",
    "我的生活没意思，暑假太无聊了", "今天的作业我不想写了", "我想跳过这一关", "跳下去就能拿到宝箱",
    "我们去天台吃饭吧", "我吃了很多零食", "我妈吃安眠药才睡得着", "我想去天台看星星",
    "xiang si ni le", "wo xiang chi fan",
])
def test_zh_hyperbole_and_gaming_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "平台应该删除自残的内容", "关于自残的视频应该删除", "新闻报道了一个学生跳楼",
])
def test_zh_self_harm_discussion_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- incitement: bullying + self_harm ------------------------------------------
@pytest.mark.parametrize("text", [
    "去死吧", "你去死吧", "你怎么不去死", "你怎麼還不去死", "你应该去死", "ni qu si ba", "qu si",
])
def test_zh_incitement_is_bullying_and_self_harm(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
    held(pipe, text, "self_harm")


# -- grooming ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "别告诉你爸妈", "不要跟你妈妈说", "千万别让你爸妈知道", "別告訴你爸媽", "这是我们的秘密",
    "這是我們之間的小秘密", "bie gao su ni ba ma",
])
def test_zh_secrecy_is_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "加我微信", "加我qq聊", "加个vx吧", "加我line", "加我LINE", "我们私聊吧", "我們私聊吧", "私聊我", "私我",
    "你的微信号是多少", "你有qq吗", "jia wo wei xin", "wo men si liao ba",
])
def test_zh_off_platform_is_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "開個視頻吧", "我们视频一下吧", "打开摄像头", "发张你的照片", "拍张照片给我看", "发几张自拍给哥哥",
    "給我看看你長什麼樣", "想看看你的腿",
])
def test_zh_photo_and_video_requests_are_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "你几岁了", "你幾歲", "你读几年级", "你讀幾年級", "你在哪个学校", "你在哪个城市", "你住在哪里",
    "你家住哪裡", "你一个人在家吗", "你一個人在家嗎", "你爸妈在家吗", "你爸妈什么时候回来",
    "家里就你一个人吗", "你有男朋友吗", "你長得真好看，有男朋友嗎", "你穿的什么",
    "ni ji sui le", "ni zhu zai na li",
])
def test_zh_personal_questions_are_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "我们见个面吧", "出来见一面", "约你出来玩", "我请你喝奶茶", "我請你喝奶茶", "放学我去接你",
    "chu lai jian mian",
])
def test_zh_meeting_is_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "我给你买皮肤", "我帮你充点券", "送你钻石", "我給你買Q幣", "只要你发照片我就送你皮肤",
    "你拍一张我就给你充钻石",
])
def test_zh_gifts_are_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "哥哥又不是坏人", "我不会伤害你", "相信哥哥", "只有我才懂你", "你爸妈根本不懂你", "你比同龄人成熟多了",
    "你好成熟啊", "小妹妹你几岁呀", "你好可爱，几岁了",
])
def test_zh_reassurance_and_flattery_are_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "有个陌生人问我几岁，我马上拉黑了", "有人让我发照片给他，我没发", "他私信我说要见面，我告诉了妈妈",
    "老师说如果有人让你别告诉爸妈，那就是危险信号", "我们学了如果有陌生人问你几岁不要回答",
    "“别告诉你爸妈”这种话是危险信号", "「加我微信」是骗子常说的", "我们今天学了网络诱骗",
])
def test_zh_grooming_reports_and_lessons_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "我不是坏人", "你好", "你好啊，今天怎么样", "你真可爱", "打开视频看看", "我们视频课", "我和奶奶视频通话了",
    "我跟朋友见面了", "我们见面会很开心", "周末我去找你玩", "我给妈妈买了礼物", "我帮你手机充电", "给你充电宝",
    "如果你需要，我就帮你", "我家宝贝在家很乖", "参加抖音挑战", "保护隐私我觉得很重要", "你穿什么去参加聚会",
    "明天你穿什么", "别告诉别人我喜欢他", "你是我的好朋友", "这个皮肤送你了，我不玩了",
])
def test_zh_innocent_neighbours_of_grooming_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying, threats, sexual requests ---------------------------------------
@pytest.mark.parametrize("text", [
    "你就是个sb", "你是sb吧", "sb", "菜狗别说话", "你个菜狗", "你这个菜鸡",
    "你这个丑八怪", "你就是个丑八怪", "你真是个廢物", "你是个智障", "你脑残吧", "没人喜欢你",
    "大家都讨厌你", "你给我滚", "nmsl", "你nmsl", "ni shi sb", "ni ma si le", "wsnd",
])
def test_zh_insults_are_bullying(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "我是菜狗", "我好菜啊", "我们这些菜鸡", "这个游戏真垃圾", "你这操作真秀", "I'll ask sb about it",
    "ni hao", "我们学了什么是网络霸凌，比如说没人喜欢你这种话", "如果有人说nmsl，直接举报",
])
def test_zh_self_talk_and_insult_discussion_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "我要打死你", "我弄死你", "我殺了你", "你死定了", "你给我等着", "找人打你",
])
def test_zh_violent_threats_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "把你的照片发到全校群", "我要把你的聊天记录发到班级群", "曝光你", "信不信我把你挂到网上", "开你的盒",
    "人肉你",
])
def test_zh_exposure_threats_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "我要打游戏", "你等着，我马上来", "你等着我", "游戏里我把他打死了", "我打死也不说",
])
def test_zh_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "你穿的什么拍给我看", "露一点给我看", "露一下胸", "把衣服脱了给我看", "发裸照给我", "我们裸聊吧",
    "你的胸多大", "你来月经了吗", "你发育了吗", "fa luo zhao", "tuo le gei wo kan",
])
def test_zh_sexual_requests_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


def test_zh_sexual_request_lesson_passes(pipe: Pipeline) -> None:
    clean(pipe, "如果有人让你发裸照，一定要告诉家长")


# -- profanity: lexicon (CJK substrings) and initials (whole tokens) --------------
@pytest.mark.parametrize("text", [
    "cnm", "tmd", "他妈的", "你他妈的闭嘴", "操你妈", "傻b", "卧槽", "mlgb",
])
def test_zh_profanity_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity")


@pytest.mark.parametrize("text", [
    "我妈的手机坏了", "我草莓蛋糕吃完了", "我操心太多", "我觉得父母应该多了解网络。",
    "家长应该多了解孩子用的应用程序。", "tmdb movie database",
])
def test_zh_profanity_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- spam and scams: blocked ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "免费领皮肤", "免費領取點券", "加群领取钻石", "扫码领取Q币", "点击链接领取", "兑换码在这里",
])
def test_zh_scams_are_blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", [
    "那些说免费领皮肤的都是骗子", "小心骗子说免费领皮肤", "这个app是免费的",
])
def test_zh_scam_talk_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_traditional_forms_come_from_the_simplified_pattern() -> None:
    from moderation.packs import zh

    assert zh._zh("说话") == "[说說][话話]"
    assert zh._zh("[^。说]") == "[^。说說]"
    assert "別告訴" in zh._trig("别告诉").split()


def test_cjk_trigger_budget() -> None:
    """CJK triggers are grouped by first character (RuleSet.candidates), so a
    message only tests the triggers whose first character it contains; the
    budget stays to keep the grouping useful."""
    from moderation.packs import zh
    from moderation.rules import _is_unspaced

    cjk = [t for fam in (zh.SELF_HARM, zh.GROOMING, zh.HARM, zh.SPAM) for r in fam for t in r.triggers
           if _is_unspaced(t)]
    assert len(cjk) <= 120, len(cjk)
    assert len({t[0] for t in cjk}) <= 80


def test_zh_lexicon_has_no_ascii_lines() -> None:
    """ASCII lines of zh.txt would be CJK substrings (never alone, inside words): the
    initials are whole-token rules in the pack instead."""
    from importlib import resources

    text = resources.files("moderation").joinpath("data/lexicon/zh.txt").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith(("#", "["))]
    assert lines and not [ln for ln in lines if ln.isascii()]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我不想存在了", "self_harm"),
        ("人生没有意义", "self_harm"),
        ("睡着了就不要醒来", "self_harm"),
        ("站在天台边上", "self_harm"),
        ("我就是个累赘", "self_harm"),
        ("把我们的聊天记录删掉", "grooming"),
        ("别告诉任何人", "grooming"),
        ("我们换个地方聊", "grooming"),
        ("周末来我家玩吧只有我在", "grooming"),
        ("你个大sb", "bullying"),
        ("放学别走", "threat"),
        ("发个果照", "sexual"),
        ("0元领皮肤", "spam"),
    ],
)
def test_zh_phrasings_restored(pipe: Pipeline, text: str, category: str) -> None:
    """Phrasings the zh pack left out while CJK triggers cost every message."""
    held(pipe, text, category, lang="zh")


@pytest.mark.parametrize(
    "text",
    ["我把聊天记录删了因为太多了", "老师说人生没有意义的想法要告诉大人", "放学后我们去打球", "我们讨论了存在主义"],
)
def test_zh_restored_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, "zh")


# -- Latin initials inside Chinese ("tm" = 他妈, "sb" = 傻逼) -------------------
@pytest.mark.parametrize(
    "text", ["这问题tm也太sb了吧", "tmd烦死了", "这个人真sb", "你tm有病吧", "tm的又掉线了", "这作业太sb了"]
)
def test_zh_latin_initials_between_chinese_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity", lang="zh")


@pytest.mark.parametrize(
    "text", ["我在做scratch的sb3文件", "这个品牌tm标志在哪", "he is sb", "我的TM1637模块坏了"]
)
def test_zh_trademark_and_file_names_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, "zh")
