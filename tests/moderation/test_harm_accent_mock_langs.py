"""Mocking the reader's accent, dialect or rural origin in ru tr pl id ar hi zh
(harm_accent_mock_langs.py).  Requests to teach, admiration and the writer's
own speech pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:bullying:accent"

HELD = [
    "скажи что-нибудь, с твоим акцентом обхохочешься",
    "скажи «три» со своим акцентом, поржём",
    "деревенщина, скажи что-нибудь",
    "şivenle bir şey söyle de gülelim",
    "köylü, bir şey söyle",
    "aksanınla 'üç' de hadi gülelim",
    "powiedz coś z tym swoim akcentem, pośmiejemy się",
    "wieśniaku, powiedz coś",
    "ngomong pake logat kampung dong",
    "coba ngomong pake logat lo biar kita ketawa",
    "anak kampung, ngomong dong wkwk",
    "قول كلمة بلهجتك نضحك",
    "يا ابن الفلاح",
    "تكلم بلهجتك خلينا نضحك",
    "apni gaon wali bhasha mein bol na, hasi aayegi",
    "oye ganwaar, kuch bol lol",
    "अपने गाँव वाले लहजे में बोल, हँसेंगे",
    "用你的口音说一句，让我们笑笑",
    "说两句你们村的方言给大家乐乐",
    "乡巴佬，说句话听听",
    'скажи что нибудь своим деревенским говором, поржем',
    'ngomong pake logat kampung lo dong wkwk',
    'wkwk Ucok ngomong lagi dong pake logat kampungmu, sekalian jualan gorengan kayak emakmu 😂',
    "coba bilang 'kopi' pake logat desamu dong wkwk",
    'ngomong pake logat kampung lo dong',
]

PASS = [
    "скажи что-нибудь на своём языке, хочу научиться",
    "у моей бабушки сильный акцент, и мне это нравится",
    "aksanın çok tatlı, bir daha söyle",
    "köylüler pazarda konuşuyordu",
    "twój akcent jest super, powiedz to jeszcze raz",
    "ajarin kita ngomong pake logat jawa dong",
    "anak desa ngomong bahasa inggris lancar banget, keren",
    "علمني كلمة بلهجتك",
    "mujhe apni bhasha ka ek shabd sikha do",
    "教我们说一句你们的方言吧",
    "我奶奶的口音很重，我很喜欢",
    'ngomong pake logat kampung halamanku aja ya, biar nenek ngerti',
]


@pytest.mark.parametrize("text", HELD)
def test_accent_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert REASON in rules_pipe.check(text).reasons, (text, rules_pipe.check(text).reasons)


@pytest.mark.parametrize("text", PASS)
def test_teaching_admiration_and_own_speech_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
