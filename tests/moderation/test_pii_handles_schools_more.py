"""PII from a blind evaluation's failure classes (not its sentences): a
handle after "on <platform> i'm" (and soy / je suis / sou / bin ich / sono),
and a French school name written without the accent ("au college Jean
Moulin").  Hard negatives: ordinary words and ages after "on tiktok i'm",
English "college" before a capitalised word."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, redacted

HANDLES = [
    ("on insta i'm maya_draws.22 if you wanna follow", "maya_draws.22"),
    ("on tiktok im danny.plays.mc", "danny.plays.mc"),
    ("en tiktok soy lucia_baila22", "lucia_baila22"),
    ("sur insta je suis lea.dance", "lea.dance"),
    ("auf tiktok bin ich tim_kickt09", "tim_kickt09"),
]
HANDLES_NEG = [
    ("on tiktok im addicted lol", "en"),
    ("on tiktok i'm always watching cat videos", "en"),
    ("on tiktok im 13 and its fine", "en"),
    ("on tiktok i'm seeing lots of mr.beast videos", "en"),
]
SCHOOLS = [
    ("je suis au college Jean Moulin a Lyon", "Jean Moulin"),
    ("mon frere est au college Victor Hugo", "Victor Hugo"),
]
SCHOOLS_NEG = [
    ("I'm going to college Monday", "en"),
    ("my brother goes to college Park Lane next year", "en"),
    ("le college c'est dur cette annee", "fr"),
]


@pytest.mark.parametrize(("text", "secret"), HANDLES)
def test_handle_after_platform_and_i_am_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "lang"), HANDLES_NEG)
def test_words_and_ages_after_platform_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "secret"), SCHOOLS)
def test_french_school_without_accent_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "lang"), SCHOOLS_NEG)
def test_english_college_and_bare_college_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
