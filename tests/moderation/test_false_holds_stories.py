"""Stories that look like the thing they tell about: a WhatsApp chat shown on
screen is no move off-platform (id pack rule after an Italian article), and
scam victims' stories in fr/id/es/it are not offers (frames_scam.py); the
offers themselves, also when they vouch for themselves, stay blocked."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

STORIES = [
    "ahahah muoio, il prof ha condiviso lo schermo con aperta la chat di whatsapp 💀",
    "ho letto nella chat di telegram della classe",
    "metti lo screen della chat di whatsapp",
    "les faux concours sur insta c'est abusé, ma mère a donné sa carte bancaire pour un iphone "
    "gratuit 🤦",
    "aku pernah ketipu giveaway diamond palsu, rugi 50 ribu",
    "me timaron con un sorteo de iphone gratis",
    "mi hanno truffato con un finto giveaway di v-bucks gratis",
]
STILL_HELD = [
    "chat di wa aja yuk",
    "lanjut chat di whatsapp ya",
]
STILL_BLOCKED = [
    "iphone gratuit, pas faux, clique ici",
    "giveaway diamond gratis asli bukan palsu, klik link di bio",
]


@pytest.mark.parametrize("text", STORIES)
def test_stories_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_indonesian_moves_still_held(pipe: Pipeline, text: str) -> None:
    assert pipe.check(text).action is Action.HOLD


@pytest.mark.parametrize("text", STILL_BLOCKED)
def test_offers_vouching_for_themselves_blocked(pipe: Pipeline, text: str) -> None:
    assert pipe.check(text).action is Action.BLOCK
