"""Normalisation (normalise.py): chat letters, wide letter gaps and spelled-out
words in the phrase form, Latin words inside Chinese text as tokens."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from tests.moderation.helpers import held


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
    held(pipe, "r u a virgin", "sexual", lang="en")
    held(pipe, "s e n d  n u d e s pls 😏", "sexual", lang="en")


def test_latin_words_inside_chinese_are_tokens() -> None:
    assert prepare("你就是个sb吧").tokens == ("你就是个", "sb", "吧")
    assert " qq " in prepare("我们去QQ聊吧").plain
