"""A kill threat whose condition is a spoiler or a snack
(frames_threat_trivial.py): "i'm gonna kill you if you spoil the finale"
and "te mato si me haces spoiler" pass; the same threat over telling an
adult, school, pictures, with a weapon or "not joking", or with no
condition stays held.  Written from the class described, not from any
data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HYPERBOLE = [
    "i'm gonna kill you if you spoil the finale before i watch it 😤",
    "i will literally kill you if you tell me the ending",
    "i'll kill u if u eat my fries again lol",
    "if you spoil stranger things i swear i'll kill you",
    "i'll murder you if you drink my bubble tea",
    "im gonna kill you if you touch my charger again",
    "i'll kill you if you skip my song",
    "i'm going to kill you if you watch the next episode without me",
    "te mato si me haces spoiler",
    "te mato si me cuentas el final",
    "te voy a matar si te comes mis papas",
    "je te tue si tu me spoiles",
    "je vais te tuer si tu manges mes frites",
    "eu te mato se você me der spoiler",
    "vou te matar se contar o final",
    "ich bring dich um wenn du mir spoilerst",
    "ich bring dich um wenn du meine pommes isst",
    "ti ammazzo se mi fai spoiler",
    "ti uccido se mi dici il finale",
]
STILL_HELD = [
    "i'll kill you if you tell the teacher",
    "i'm going to kill you after school",
    "i'll kill you if you tell anyone",
    "i will kill you if you tell your mum",
    "te mato si le dices a alguien",
    "je te tue si tu le dis à quelqu'un",
    "ich bring dich um wenn du es jemandem erzählst",
    "ti ammazzo se lo dici a qualcuno",
    "i will kill you if you come to school tomorrow",
    "i'll kill you if you don't send me the pics",
    "i'll kill you if you spoil it, i have a knife",
    "i'll kill you if you eat my fries, not joking, watch your back",
    "i'm going to kill you. if you spoil it ill cry",
    "te mato si vuelves a hablar con mi novio",
    "je te tue si tu reviens au collège",
    "ich bring dich um wenn du noch einmal was sagst",
    "i'll kill you if you don't give me your lunch money",
    "i'll kill you if you touch my girlfriend",
    "vou te matar se você contar pra professora",
    "ti ammazzo se torni a scuola domani",
]


@pytest.mark.parametrize("text", HYPERBOLE)
def test_trivial_condition_passes(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_real_threat_still_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")
