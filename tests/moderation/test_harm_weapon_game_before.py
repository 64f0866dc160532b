"""Weapon and violence threats with the game named *before* them, and the
writer's own threat after a report (frames_threats.py), one class per
test, several languages.

A game that frames the action ("in fortnite", "on roblox", "dans le jeu",
"im Spiel") excuses the threat like a game named after it; a bare game
name, a reason ("in fortnite they bully me so ..."), or the real world in
the sentence (school, tomorrow, a parent's gun) does not.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

GAME_BEFORE = [
    ("in fortnite i grab a shotgun and make them all pay", None),
    ("in the game i grab a shotgun and make them all pay", None),
    ("on roblox i grab my knife and make them all pay lol", None),
    ("when we play cod im gonna kill them all", None),
    ("in the game im going to kill everyone", None),
    ("en fortnite agarro la pistola y los voy a matar a todos", "es"),
    ("dans fortnite je prends le fusil et ils vont tous payer", "fr"),
    ("im spiel nehm ich die pistole und dann werden alle bezahlen", "de"),
    ("no fortnite pego a arma e todos vao pagar", "pt"),
    ("su fortnite prendo il fucile e la pagheranno tutti", "it"),
    ("в фортнайте возьму пистолет и они все заплатят", "ru"),
]

REAL_THREATS = [
    ("im bringing my dads gun to school and theyll all pay", None),
    ("i'll bring a knife tomorrow and theyll see", None),
    ("fortnite is dumb, im bringing a gun and theyll all pay", None),
    ("in fortnite they bully me so im bringing my dads gun and theyll all pay", None),
    ("in minecraft im gonna shoot up the school", None),
    ("i'll bring a knife and theyll see. in fortnite", None),
    ("en fortnite agarro la pistola de mi padre y los voy a matar a todos", "es"),
    ("завтра возьму нож и они увидят", "ru"),
]

# a report before the writer's own threat does not excuse it
OWN_THREAT_AFTER_REPORT = [
    "they bully me so tomorrow i'll bring a knife and they'll see",
    "in fortnite they bully me, tomorrow i'll bring a knife and they'll see",
    "they laugh at me every day so i will bring my dads gun and make them all pay",
]

# reports of someone else's threat stay excused
REPORTS = [
    "my friend said he will bring his dads gun and theyll all pay, what do i do",
    "he told me he is bringing a gun and they will all pay, i told the teacher",
]


@pytest.mark.parametrize(("text", "lang"), GAME_BEFORE)
def test_game_named_before_the_weapon_passes(pipe: Pipeline, text: str, lang: str | None) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), REAL_THREATS)
def test_real_threat_with_or_near_a_game_held(pipe: Pipeline, text: str, lang: str | None) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize("text", OWN_THREAT_AFTER_REPORT)
def test_own_threat_after_a_report_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", REPORTS)
def test_report_of_someone_elses_threat_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
