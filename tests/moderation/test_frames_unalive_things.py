"""The slang "unalive" aimed at a thing (frames_hyperbole.py): "im about
to unalive this essay", "this homework is gonna unalive me lol" pass, as
do the same hyperboles in the other 12 languages ("esta tarea me va a
matar", "эта домашка меня убьёт", "这作业要杀了我").  "unalive myself",
"im gonna unalive", "im going to unalive me" and "kms" (always held) stay
held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

STILL_HELD = [
    ("i want to unalive myself", "en"),
    ("im gonna unalive", "en"),
    ("im going to unalive me tonight", "en"),
    ("i am about to unalive my self", "en"),
    ("i will kms if this wifi drops again", "en"),
    ("i just want to unalive myself, this homework is the last straw", "en"),
]

AIMED_AT_A_THING = [
    ("im about to unalive this essay", "en"),
    ("this homework is gonna unalive me lol", "en"),
    ("this maths test is going to unalive me fr", "en"),
    ("bout to unalive this whole pizza", "en"),
    ("i will unalive this printer if it jams one more time", "en"),
    ("that plot twist unalived me", "en"),
    ("my alarm clock is gonna unalive me one day", "en"),
    ("the cringe in this video is unaliving me", "en"),
    ("ready to unalive my algebra homework tonight", "en"),
    ("this heat is about to unalive me", "en"),
    ("esta tarea me va a matar jaja", "es"),
    ("essa prova vai me matar kkkk", "pt"),
    ("ce devoir va me tuer mdr", "fr"),
    ("diese hausaufgabe bringt mich um lol", "de"),
    ("questo compito mi ucciderà", "it"),
    ("эта домашка меня убьёт", "ru"),
    ("هالواجب رح يقتلني", "ar"),
    ("这作业要杀了我", "zh"),
    ("yeh homework meri jaan le lega", "hi"),
    ("bu ödev beni öldürecek", "tr"),
    ("to zadanie mnie zabije xd", "pl"),
    ("tugas ini bakal bunuh aku wkwk", "id"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_unalive_at_oneself_stays_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), AIMED_AT_A_THING)
def test_unalive_at_a_thing_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
