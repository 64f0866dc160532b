"""Grooming lures (grooming_lures.py, packs/hi/frames.py): flattery for the
reader's age, a contact request with a gift, 'I understand you better than
your parents', a call when the parents sleep, an adult age with a preference
for younger ones; a Hindi report of a stranger messaging a friend.

Hard negatives: peers swapping game usernames, a child saying their parents
don't understand them, the writer's own parent asleep, a younger sibling.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

LURES = [
    "eres muy linda para tu edad, pasame tu whats y te mando un regalito 🎁",
    "oi anjo, vc parece mto triste, eu te entendo mais que seus pais. posso te ligar hoje à "
    "noite quando eles dormirem? 🤫",
    "ciao piccola, giochi a fortnite? io ho 19 anni ma mi trovo meglio con le più giovani, ti "
    "passo le skin se mi dai il tuo snap",
    "t'es trop mignonne pour ton âge",
    "je te comprends mieux que tes parents",
    "can i call you tonight when your parents are asleep",
    "im 20 but i get along better with younger girls",
    "te paso skins si me das tu snap",
]
NOT_LURES = [
    "mis padres no me entienden",
    "my parents don't understand me at all",
    "i'll call you when my mum is asleep lol",
    "im 19 and my younger sister loves roblox",
    "ti passo il mio snap così giochiamo insieme",
    "tengo 20 años y mi hermana menor juega fortnite",
    "मेरी दोस्त को कोई अजनबी इंस्टा पर मैसेज कर रहा था, हमने टीचर को बताया",
    "meri dost ko koi ajnabi insta pe message kar raha tha, humne teacher ko bataya",
]


@pytest.mark.parametrize("text", LURES)
def test_lure_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", NOT_LURES)
def test_peers_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
