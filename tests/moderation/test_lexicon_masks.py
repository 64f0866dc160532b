"""Masked and disguised profanity (lexicon.py): a word cut short by masks
("f***", "bull####"), leet with "@" inside a word ("c4r@lho"), a Cyrillic
look-alike next to a mask ("р*ki").  Written from the failure classes of a
blind evaluation, not its sentences.  Hard negatives: ratings and grades
with stars, musical keys and C#, footnote marks, anonymised names, emails."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held

MASKED = [
    ("what the f*** is going on with this survey", "en"),
    ("shut the f*** up", "en"),
    ("s*** happens i guess", "en"),
    ("you're such a b**** lol", "en"),
    ("that answer is complete bull####", "en"),
    ("what a load of bull***", "en"),
    ("esto es una mi**** total", "es"),
    ("pu**** c'est nul ce jeu", "fr"),
    ("que m**** de jogo", "pt"),
    ("c4r@lho que chato", "pt"),
    ("que jogo ruim pqp", "pt"),
    ("va fan****", "it"),
]
MASKED_SLURS = [
    ("go away u р*ki", "en"),  # Cyrillic er
    ("shut up n*****", "en"),
]
MASKED_NEG = [
    ("we stayed in a 5*** hotel", "en"),
    ("i rated it 4**** out of five", "en"),
    ("the song is in f# minor", "en"),
    ("C# and F# are programming languages", "en"),
    ("see page 1** for details", "en"),
    ("the test was hard** (see notes)", "en"),
    ("results* are from last year", "en"),
    ("my teacher Mr B**** said no phones", "en"),
    ("this is **really** important", "en"),
    ("what??? no way", "en"),
    ("mi nota fue un 10**", "es"),
]


@pytest.mark.parametrize(("text", "lang"), MASKED)
def test_masked_profanity_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "profanity", lang=lang)
    held(pipe, text, "profanity")


@pytest.mark.parametrize(("text", "lang"), MASKED_SLURS)
def test_masked_slurs_are_blocked(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action.value == "block" and "slur" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), MASKED_NEG)
def test_stars_and_sharps_in_ordinary_text_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


def test_email_with_at_is_pii_not_profanity(pipe: Pipeline) -> None:
    v = pipe.check("write to c4r@lho.com")
    assert "profanity" not in v.categories, v.reasons


def test_plain_word_then_single_star_is_clean(pipe: Pipeline) -> None:
    clean(pipe, "the survey* closes on friday")
