"""Wanting to disappear after an embarrassing moment passes
(frames_embarrassed.py); a lasting wish, a means, or a wish to die stays held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

EMBARRASSED = [
    ("i tripped in front of my crush, i want to disappear 😭", "en"),
    ("so embarrassing, i wanna disappear lol", "en"),
    ("dropped my tray in front of the whole class, i want to vanish", "en"),
    ("j'ai glissé devant toute la cantine avec mon plateau, jveux disparaître sous terre 😭", "fr"),
    ("la honte, je suis tombée devant tout le monde, je veux disparaître mdr", "fr"),
    ("caí da escada do ônibus na frente do menino que eu gosto, quero sumir do planeta 😭", "pt"),
    ("que vergonha kkkk quero sumir", "pt"),
    ("me resbalé delante de todo el mundo, quiero desaparecer jajaja", "es"),
    ("sono caduta davanti a tutta la classe, voglio sparire", "it"),
    ("bin vor allen hingefallen, so peinlich, ich will verschwinden haha", "de"),
]

STILL_HELD = [
    ("everyone saw the photos, its so embarrassing, i want to disappear forever", "en"),
    ("everyone at school saw the pics he leaked, i want to disappear and never come back", "en"),
    ("i fell in front of everyone and now i want to die", "en"),
    ("so embarrassing i want to disappear and take all my pills", "en"),
    ("tout le monde a vu, la honte, je veux disparaître pour toujours", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), EMBARRASSED)
def test_disappearing_after_an_embarrassing_moment_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_a_lasting_wish_a_means_or_death_is_still_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)
