"""Fifth-wave families: general forms found missing when the blind sets were
first run (German zu-infinitives, "better for everyone if I didn't exist" in
pt/es/fr, Portuguese ongoing self-injury, de/pt grooming invitations, amounts
in scam offers) and two normalisation fixes (chat letters, wide gaps)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from moderation.normalise import prepare


def _held(pipe: Pipeline, text: str, lang: str, category: str) -> None:
    v = pipe.check(text, lang)
    assert v.action in (Action.HOLD, Action.BLOCK) and category in v.categories, (text, v)


def _clean(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW and v.text == text, (text, v)


@pytest.mark.parametrize(
    "text",
    [
        "ich hab schon oft überlegt mich umzubringen",
        "manchmal denke ich daran mich selbst zu verletzen",
        "will einfach einschlafen und nie wieder aufwachen",
        "ich möchte am liebsten einfach nur verschwinden",
        "es wäre für alle besser wenn ich weg wäre",
        "alles wär besser wenn ich nicht mehr da wäre",
    ],
)
def test_german_disclosures(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "de", "self_harm")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("seria melhor pra todo mundo se eu nao existisse", "pt"),
        ("minha familia ficaria mais feliz se eu sumisse", "pt"),
        ("sería mejor para todos si yo no existiera", "es"),
        ("ce serait mieux pour tout le monde si je n'existais pas", "fr"),
        ("tenho me cortado de novo e nao consigo parar", "pt"),
        ("to me machucando escondido faz meses", "pt"),
    ],
)
def test_burden_and_ongoing_injury(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, text, lang, "self_harm")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("das video war besser als ich dachte", "de"),
        ("ich will nicht dass meine nachrichten verschwinden", "de"),
        ("wenn ich weg bin, gießt du die blumen?", "de"),
        ("seria melhor se eu estudasse mais", "pt"),
        ("estou cortando papel pra maquete da escola", "pt"),
        ("tenho cortado o cabelo curto", "pt"),
        ("sería mejor si la app tuviera modo oscuro", "es"),
        ("ce serait mieux si je pouvais choisir mes amis en ligne", "fr"),
    ],
)
def test_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bist du grad allein zuhause?", "de"),
        ("bist du jetzt alleine daheim", "de"),
        ("bora conversar no zap? aqui é muito exposto", "pt"),
        ("vamos falar no privado", "pt"),
    ],
)
def test_grooming_invitations(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, text, lang, "grooming")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ich war allein zuhause und hab gezockt", "de"),
        ("bora conversar sobre isso na aula amanha", "pt"),
        ("el ciberacoso es peor porque no se acaba cuando sales del cole", "es"),
    ],
)
def test_grooming_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("💸 GRATIS 1000 Robux!!! einfach link in meinem profil klicken", "de"),
        ("free 10k robux no verification", "en"),
        ("GANA 500 al día desde casa!! escríbeme", "es"),
        ("ganhe 300 reais por dia em casa", "pt"),
    ],
)
def test_scam_amounts(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v)


def test_scam_offer_reported_passes(pipe: Pipeline) -> None:
    _clean(pipe, "en un juego un tipo me ofreció diamantes gratis y me pareció raro, así que se lo "
                 "dije a mi hermano", "es")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("r u a virgin", "are you a virgin"),
        ("u r so funny", "you are so funny"),
        ("s e n d  n u d e s pls", "send nudes please"),
    ],
)
def test_chat_letters_and_wide_gaps(text: str, plain: str) -> None:
    assert prepare(text).plain == plain


def test_spelled_out_words_are_still_joined(pipe: Pipeline) -> None:
    assert prepare("f u c k this").plain.startswith("fuck")
    _held(pipe, "r u a virgin", "en", "sexual")
    _held(pipe, "s e n d  n u d e s pls 😏", "en", "sexual")


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("药我已经攒够了", "zh", "self_harm"),
        ("安眠药我偷偷存够了", "zh", "self_harm"),
        ("الاسبوع الجاي غالبا ما راح اكون موجودة.. شكرا لكم على كل شي", "ar", "self_harm"),
        ("والله لو شفتك بكرة لكسر راسك", "ar", "threat"),
        ("cnm什么破游戏又掉线", "zh", "profanity"),
        ("这里管理员会看 我们去QQ聊吧 我把号发你", "zh", "grooming"),
    ],
)
def test_word_order_and_script_mixing(pipe: Pipeline, text: str, lang: str, category: str) -> None:
    v = pipe.check(text, lang)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v)
    assert category in v.categories or category == "profanity", (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("الاسبوع الجاي ما راح اكون موجود عشان مسافر", "ar"),
        ("في ناس تنشر كلام عن الانتحار في تيك توك ولازم المنصات تحذفه بسرعة", "ar"),
        ("我用iPhone15拍的照片很清楚", "zh"),
        ("我想死你了，好久不见", "zh"),
        ("今天不想活动了，好累", "zh"),
    ],
)
def test_word_order_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _clean(pipe, text, lang)


def test_latin_words_inside_chinese_are_tokens() -> None:
    assert prepare("你就是个sb吧").tokens == ("你就是个", "sb", "吧")
    assert " qq " in prepare("我们去QQ聊吧").plain


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
    _held(pipe, text, "zh", category)


@pytest.mark.parametrize(
    "text",
    ["我把聊天记录删了因为太多了", "老师说人生没有意义的想法要告诉大人", "放学后我们去打球", "我们讨论了存在主义"],
)
def test_zh_restored_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text, "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("não conta pra ninguém mas eu gosto do Pedro 🙈", "pt"),
        ("не говори никому, но я завтра дарю маме подарок на день рождения", "ru"),
        ("no le digas a nadie pero yo también lloré con esa peli", "es"),
        ("dont tell anyone but i still sleep with my teddy lol", "en"),
    ],
)
def test_own_confidences_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dont tell anyone but i like you", "en"),
        ("dont tell your parents, but i bought a new game", "en"),
        ("dont tell your parents but i will be there at 5", "en"),
        ("não conta pra ninguém mas eu quero te ver", "pt"),
    ],
)
def test_secrets_turning_to_the_reader_or_family_stay_held(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, text, lang, "grooming")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("je suis en retard", "fr"),
        ("le bus avait du retard ce matin", None),
        ("j'espère ne pas me réveiller en retard demain", "fr"),
        ("désolé pour le retard", "fr"),
    ],
)
def test_french_retard_is_late(pipe: Pipeline, text: str, lang: str | None) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW and v.text == text, (text, v)


def test_the_english_slur_is_still_blocked(pipe: Pipeline) -> None:
    assert pipe.check("ur such a retard lol").action is Action.BLOCK


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i hope i dont wake up late tomorrow", "en"),
        ("i want to disappear into my bed for a week lol", "en"),
        ("ojalá no despertar tarde mañana jaja", "es"),
        ("espero não acordar atrasado amanhã", "pt"),
    ],
)
def test_waking_late_and_hiding_in_bed_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i hope i dont wake up tomorrow", "en"),
        ("i want to disappear into the void forever", "en"),
        ("ojalá no despertar nunca", "es"),
    ],
)
def test_without_the_everyday_qualifier_still_held(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, text, lang, "self_harm")
