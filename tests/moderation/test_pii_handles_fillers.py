"""Handles after a platform cue with a possessive, filler or article between
(a blind evaluation's failure class, not its sentences): Arabizi/Darija
possessives ("ta3i", "dyali", "bta3i"), "like" / "tipo" / "genre", "la de",
Hinglish "mera ... hai", and the "is" of it/de/fr/pt/es that the handle pass
lacked ("il mio ig è", "mein snap heißt", "mon snap c").  Hard negatives:
ordinary words, counts and Arabizi words after the same cues."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

POSSESSIVE_FILLERS = [
    ("el snap ta3i sara_99x", "sara_99x"),
    ("snap dyali sara_99x zidni", "sara_99x"),
    ("el insta bta3i 7amada_22", "7amada_22"),
    ("my snap is like sara_99x", "sara_99x"),
    ("my insta is literally jay.draws_12 lol", "jay.draws_12"),
    ("mi insta es la de sara.x", "sara.x"),
    ("mera insta hai riya_07", "riya_07"),
    ("meri insta id toh riya_07 hai", "riya_07"),
    ("meu insta é tipo bia_09", "bia_09"),
    ("mon snap c'est genre lea_07", "lea_07"),
]
IS_FORMS = [
    ("il mio ig è giulia_bianchi.06", "giulia_bianchi.06"),
    ("il mio insta e giulia_b06", "giulia_b06"),
    ("mon insta c'est lea.m_07", "lea.m_07"),
    ("mon snap c lea_07", "lea_07"),
    ("mein insta ist lena_2010", "lena_2010"),
    ("mein snap heißt lena_09", "lena_09"),
    ("meu insta é bia.souza_09", "bia.souza_09"),
    ("mi ig es sofi_g.12", "sofi_g.12"),
]
NOT_HANDLES = [
    ("my snap is like so broken", "en"),
    ("my snap is like annoying", "en"),
    ("insta is like 2x slower now", "en"),
    ("snap is literally down again", "en"),
    ("my snap is like 5 years old", "en"),
    ("snap me like 5x a day", "en"),
    ("el snap ta3i mch yemchi", "ar"),
    ("snap dyali t9ad", "ar"),
    ("il mio ig è privato", "it"),
    ("mi insta es la mejor", "es"),
    ("meu insta é tipo muito chato", "pt"),
]


@pytest.mark.parametrize(("text", "secret"), POSSESSIVE_FILLERS)
def test_handle_after_possessive_or_filler_is_redacted(
    pipe: Pipeline, text: str, secret: str
) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "secret"), IS_FORMS)
def test_handle_after_my_platform_is_redacted_in_other_languages(
    pipe: Pipeline, text: str, secret: str
) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "lang"), NOT_HANDLES)
def test_words_counts_and_arabizi_after_platform_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize("text", [
    "minecraft me lava me gir gaya sab chala gaya rona aa raha",
    "insta me photo daali thi kal",
    "youtube me video dekha us pe",
])
def test_hinglish_me_after_a_platform_is_in(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, lang="hi")


def test_snap_me_a_name_is_still_a_handle(pipe: Pipeline) -> None:
    redacted(pipe, "snap me jessica", "jessica")
