"""Handles read aloud after a platform cue, with "underscore", "dot",
"dash" (and "guion bajo", "tiret du bas", "punto") as words:
pii_handles_spoken.py.  Hard negatives: the separator words in ordinary
sentences about a platform, a link, "period" for emphasis."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

HANDLES = [
    ("my snap is mia p underscore 2012", "underscore 2012"),
    ("insta: lily dot rose underscore 11", "rose underscore"),
    ("tiktok sam dash gamer", "dash gamer"),
    ("my tiktok is sam dash gamer", "sam dash"),
    ("my insta is lily underscore rose", "underscore rose"),
    ("discord is toby underscore 2k", "toby"),
    ("snap me: ella underscore x", "ella"),
    ("follow my insta its like bella dot moon", "bella"),
    ("mi insta es lily guion bajo rose", "guion bajo rose"),
    ("mon snap c'est jade tiret du bas 77", "jade"),
    ("il mio ig è giulia punto rossi", "giulia"),
    ("my ig is emma dot smith dot 09", "smith"),
    ("roblox username is cool underscore kid 2011", "cool underscore"),
]
NOT_HANDLES = [
    "my insta has a dot in it",
    "on tiktok the dash cam videos are crazy",
    "i saw a tiktok about the dash cam",
    "my snap is down dot dot dot",
    "my insta is private dot",
    "tiktok is so bad period",
    "my insta is dead period",
    "the discord has an underscore in the name",
    "use an underscore in your insta name",
    "put a dot after the name on snap",
    "tiktok dances are so cringe period",
]


@pytest.mark.parametrize(("text", "secret"), HANDLES)
def test_spoken_handle_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[handle removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_separator_words_in_talk_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
