"""A full name in lower case after "im" (a blind evaluation's failure class,
not its sentences): the surname is taken when it has a family-name ending
(-son, -ez, -ski, -ton, -ley...) and ends the clause ("btw", "from", "and",
a comma, the end).  Hard negatives: "im <adjective/adverb> <word>", English
words with those endings, places after a preposition."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

NAMES = [
    ("im sam patterson btw from 7b", "patterson"),
    ("i'm jake thompson and im 13", "thompson"),
    ("im lena johansson", "johansson"),
    ("hi im maria gonzalez, 12 years old", "gonzalez"),
    ("im ana martinez from spain", "martinez"),
    ("i am olek kowalski btw", "kowalski"),
]
NOT_NAMES = [
    "im sam tired",
    "im so happy",
    "im max level",
    "im a person btw",
    "im literally a skeleton",
    "im good reason",
    "im in boston btw",
    "im near hampton",
    "im from washington",
    "im super bored btw",
    "i am the best person",
    "im going to brighton",
]


@pytest.mark.parametrize(("text", "secret"), NAMES)
def test_lower_case_full_name_after_im_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_im_with_ordinary_words_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, lang="en")
