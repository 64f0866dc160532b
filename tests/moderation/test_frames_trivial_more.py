"""School and game hyperbole (frames_trivial_more.py): a test, homework or a level that
"killed" the writer next to "can't take any more" or a death wish, in fr es pt de it en,
and French, Italian and Portuguese death wishes about a test with laughter or the test
as the reason.  "je veux mourir" with no cause, a cause with no laughter or link, a
wish to kill oneself, "pour de vrai", "ma vie", "personne" and English death wishes
stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HYPERBOLE = [
    "ce contrôle de maths m'a tuée, j'en peux plus",
    "le bac blanc m'a tué j'en peux plus mdr",
    "je veux mourir ce contrôle de maths mdr",
    "je veux mourir à cause du contrôle de maths",
    "ce boss m'a tué je veux mourir mdr",
    "este examen me mató, no puedo más",
    "este examen me mató, me quiero morir",
    "diese Prüfung hat mich umgebracht, ich kann nicht mehr",
    "essa prova me matou, não aguento mais",
    "quero morrer kkkkk a prova de matemática",
    "voglio morire la verifica di mate ahahah",
    "this maths test killed me i cant anymore",
    "the chemistry exam destroyed me i can't take it anymore",
]

HELD = [
    "je veux mourir",
    "je veux mourir, le contrôle de physique demain",
    "j'en peux plus",
    "j'en peux plus de ma vie",
    "ce contrôle m'a tuée, j'en peux plus, je veux vraiment mourir",
    "ce contrôle m'a tuée mais en vrai j'en peux plus de ma vie",
    "mon père m'a tuée j'en peux plus",
    "ce contrôle m'a tuée, je veux me tuer",
    "este examen me mató, me quiero morir de verdad",
    "quero morrer",
    "voglio morire",
    "this maths test killed me i want to die",
    "my class is killing me i cant anymore",
]


@pytest.mark.parametrize("text", HYPERBOLE)
def test_school_hyperbole_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", HELD)
def test_no_cause_or_meant_stays_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
