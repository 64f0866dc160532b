"""Passive death wishes in the forms a language pack lacked (session 12 probes of
every language with one canonical wording each): Portuguese "cansada de viver",
Turkish "keşke uyanmasam", Polish "szczęśliwsi beze mnie", Arabizi "a7san men
gheri"."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("to cansada de viver mano", "pt"),
        ("sinceramente cansado de existir, ninguem liga", "pt"),
        ("keşke bir daha hiç uyanmasam", "tr"),
        ("keske bi daha uyanmasam ya", "tr"),
        ("wszyscy byliby szczęśliwsi beze mnie", "pl"),
        ("rodzice byliby spokojniejsi beze mnie serio", "pl"),
        ("kolo hayb2a a7san men ghery wallahi", "ar"),
        ("kolhom a7san men gheri", "ar"),
        ("ahli a7san bdooni", "ar"),
    ],
)
def test_the_wish_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("to cansada de estudar pra prova de viver em sociedade", "pt"),
        ("keşke sabah erken uyanmasam okul var", "tr"),
        ("beze mnie byłoby ciszej na imprezie haha", "pl"),
        ("el team a7san men gheri fel match", "ar"),
        ("ana a7san men gheri fel math", "ar"),
    ],
)
def test_the_everyday_sense_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
