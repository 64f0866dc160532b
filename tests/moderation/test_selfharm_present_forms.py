"""Present-tense self-injury in de es fr it pt: spoken German forms without
the final -e ("ich ritz mich", "schneid mich"), dropped pronouns, the
self-injury verbs in the present and "cut / hurt myself" with a body part
or a cue (selfharm_present.py).  Negated forms, haircuts and injuries with
their activity pass.  Written from a failure class of a blind evaluation,
not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

PRESENT = [
    ("ich ritz mich wieder seit die bilder rumgehen", "de"),
    ("ritz mich wieder, heute früh erst", "de"),
    ("ich ritz mich", "de"),
    ("ritz ich mich halt wieder", "de"),
    ("ich schneid mich wieder jeden abend", "de"),
    ("ich schneid mich in die arme", "de"),
    ("ich verletz mich selbst", "de"),
    ("ich verletze mich wenn ich traurig bin", "de"),
    ("me autolesiono desde hace meses", "es"),
    ("je me mutile depuis la rentrée", "fr"),
    ("je me fais des entailles sur les cuisses", "fr"),
    ("je me blesse exprès quand je suis seule", "fr"),
    ("mi taglio le braccia", "it"),
    ("mi sto tagliando di nuovo", "it"),
    ("ho ricominciato a tagliarmi", "it"),
    ("mi faccio del male", "it"),
    ("mi autolesiono", "it"),
    ("eu me mutilo", "pt"),
    ("me machuco de propósito quando fico triste", "pt"),
]
NOT_PRESENT = [
    ("ich ritz mich nicht mehr", "de"),
    ("ich schneid mich ständig beim kochen", "de"),
    ("ich verletz mich oft beim fußball", "de"),
    ("mi taglio i capelli da sola", "it"),
    ("mi faccio del male giocando a calcio", "it"),
    ("me corto el pelo yo misma", "es"),
    ("je me coupe les cheveux moi-même", "fr"),
    ("eu me machuco muito jogando futebol", "pt"),
    ("mi sto tagliando le unghie", "it"),
]


@pytest.mark.parametrize(("text", "lang"), PRESENT)
def test_present_self_injury_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_PRESENT)
def test_negations_haircuts_and_accidents_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
