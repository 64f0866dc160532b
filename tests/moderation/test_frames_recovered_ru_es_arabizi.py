"""Recovered pasts in Russian, Spanish and Egyptian Arabizi (frames_recovered_langs.py,
frames_recovered_more.py; the Arabizi self-injury rule of packs/ar/selfharm.py).

"раньше я резала себя, но сейчас хожу к психологу и мне правда лучше" (being well with
no "now" right before it), "мне помог психолог" (the helper after the verb), "уже год
как нет" (a year since), "con terapia lo dejé, llevo dos años bien", "kont ba2za nafsi
el sana elli fatet bas el 3elag sa3adni w ana kwayesa dlwa2ti" pass; the same pasts
come back ("вчера снова", "ayer volví a hacerlo", "rege3t tani embare7"), a help that
failed, "мне лучше умереть" and a present habit stay held by a rule.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

RECOVERED = [
    "раньше я резала себя, но сейчас хожу к психологу и мне правда лучше",
    "раньше я резала руки, но мне помог психолог, уже год как нет",
    "в прошлом году я резала руки, но мне помогла мама, и мне сейчас намного лучше",
    "раньше я резала себя, но помогли родители и теперь мне гораздо лучше",
    "когда мне было 13 я резала себя, уже два года как нет",
    "yo me autolesionaba en 2º de la eso pero con terapia lo dejé, llevo dos años bien",
    "me cortaba los brazos en primaria pero gracias a mi psicóloga lo dejé",
    "el año pasado me cortaba pero con ayuda lo superé y llevo un año bien",
    "antes me autolesionaba, con terapia lo dejé y llevo ocho meses sin hacerlo",
    "kont ba2za nafsi el sana elli fatet bas el 3elag sa3adni w ana kwayesa dlwa2ti",
    "kont ba2zy nafsy zaman bas wa2aft w ana kwayes dlwa2ti",
    "kont bagra7 edi zaman bas el doctora sa3detni w ba2eet a7san",
    "kont bagra7 edi zaman bas ro7t le doctora w ba2eet a7san",
    "kont ba2zy nafsi men sanateen bas batalt w dlwa2ti ana kwayesa",
]

HELD = [
    "раньше я резала себя, но сейчас хожу к психологу и мне правда лучше, но вчера снова порезалась",
    "раньше я резала руки, психолог мне не помог, и я опять режу",
    "раньше я резала себя, мне правда лучше умереть",
    "я режу себя каждый день и мне не лучше",
    "yo me autolesionaba en 2º de la eso pero con terapia lo dejé, y ayer volví a hacerlo",
    "me cortaba los brazos y con terapia lo dejé pero sigo con ganas de cortarme",
    "me autolesionaba y todavía lo hago",
    "kont ba2za nafsi el sana elli fatet w rege3t tani embare7",
    "kont ba2za nafsi el sana elli fatet w lessa ba2za nafsi",
    "ana ba2zy nafsy kol yom",
    "kont ba2za nafsi bas el 3elag ma sa3adnish",
    "kont bagra7 edi zaman w lessa bagra7ha",
    "kont ba2zy nafsy zaman bas wa2aft w rege3t embare7",
    "bagra7 edi kol lela",
]

# the Arabizi rule reads a habit of the writer's, not a denial or someone else's
NOT_THE_RULE = [
    "ana mesh ba2zy nafsi",
    "enta bt2zy nafsak keda",
    "el doctor 2al ma t2zeesh nafsak",
    "omi bet2ooli kol yom ma tesharysh kteer",
    "bagra7 el 7eta di bel sekina",
]


@pytest.mark.parametrize("text", RECOVERED)
def test_recovered_past_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", HELD)
def test_relapse_or_present_stays_held_by_a_rule(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", NOT_THE_RULE)
def test_arabizi_rule_leaves_denials_and_others_alone(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
