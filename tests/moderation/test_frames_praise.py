"""Praise reported from a teacher or a parent (frames_praise.py) excuses the
flattery rules, also when the speaker comes after the words ("..., hat die
Lehrerin gesagt"); flattery with no speaker and verb of saying stays held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REPORTED_PRAISE = [
    "du bist sehr reif für dein alter, hat die lehrerin heute im unterricht gesagt",
    "du bist so reif für dein alter, sagt meine mama immer",
    "eres muy madura para tu edad, dijo la profe en la reunión",
    "tu es très mature pour ton âge, a dit la prof",
    "você é muito madura para sua idade, disse a professora",
    "sei molto matura per la tua età, ha detto la prof",
    "the teacher said you're so mature for your age",
    "ты такая взрослая для своего возраста, сказала учительница",
]
FLATTERY = [
    "du bist so reif für dein alter",
    "eres muy madura para tu edad",
    "you're so mature for your age, your teacher must love you",
    "sei molto matura per la tua età",
]


@pytest.mark.parametrize("text", REPORTED_PRAISE)
def test_praise_passed_on_from_a_teacher_or_parent_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", FLATTERY)
def test_flattery_without_a_speaker_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
