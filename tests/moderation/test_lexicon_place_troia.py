"""Troia, the town in Apulia, named as a place (lexicon_everyday.py): "in gita siamo
passati da troia, in puglia", "troia (FG)", "la cattedrale di troia" pass in a message
tagged Italian; the insult ("sei una troia", "vestita da troia") and a second "troia"
in the same message stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PLACE = [
    "in gita siamo passati da troia, in puglia",
    "siamo andati a troia (FG) a trovare i nonni",
    "la cattedrale di troia è bellissima",
    "abito a troia in provincia di foggia",
    "il sindaco di troia ha detto che la festa è domenica",
    "mia nonna è nata a troia, vicino a foggia",
    "il comune di troia ha un museo",
    "il paese di troia è piccolissimo",
    "da foggia siamo andati fino a troia, in puglia",
    "la guerra di troia l'abbiamo studiata in epica",
]

HELD = [
    "sei una troia",
    "vestita da troia",
    "quella troia di giulia",
    "sei proprio una troia lol",
    "in gita siamo passati da troia, in puglia, e giulia è una troia",
    "sei una troia in puglia",
    "vai a troia in puglia troia",
    "sua madre è una troia",
    "che troia che sei",
    "tr*ia",
]


@pytest.mark.parametrize("text", PLACE)
def test_troia_as_a_place_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, lang="it")


@pytest.mark.parametrize("text", HELD)
def test_troia_as_an_insult_stays_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "profanity", lang="it")
