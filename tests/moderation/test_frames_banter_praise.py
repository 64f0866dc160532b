"""Praise right after "shut up / stfu you" (frames_banter_love.py): "shut up u legend 😂
that was the best goal ive ever seen", "stfu you genius" (its "stfu" stays listed
profanity), "shut up you absolute icon" pass as bullying; an insult, an eye roll, a
"not", "nobody asked", a call to leave or a body word keep "shut up" held.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

PRAISE = [
    "shut up u legend 😂 that was the best goal ive ever seen",
    "shut up you genius",
    "shut up you absolute legend",
    "shut up you goat",
    "omg shut up you king",
    "shut up ur a genius",
    "shut up ur such a legend lmao",
    "shut up you are such a legend",
    "shut up you icon that edit was insane",
    "shut it you mad lad 😂",
    "shut up you beast, how did you even hit that",
    "cállate crack",
    "cállate genio, qué golazo",
    "halt die klappe du legende",
    "stai zitto genio",
]

HELD = [
    "shut up you genius 🙄",
    "shut up you genius nobody asked",
    "shut up you legend, go away",
    "shut up you legend you fat cow",
    "shut up you not a legend",
    "shut up you loser",
    "shut up you freak",
    "shut up you queen of nothing, nobody likes you",
    "shut up you legend and leave the group",
    "shut up you idiot lol",
    "shut up you genius, everyone hates you",
]


@pytest.mark.parametrize("text", PRAISE)
def test_shut_up_with_praise_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


def test_stfu_with_praise_keeps_only_its_profanity_hold(rules_pipe: Pipeline) -> None:
    v = rules_pipe.check("stfu you genius")
    assert v.action is Action.HOLD, v.reasons
    assert v.categories == ("profanity",), v.reasons


@pytest.mark.parametrize("text", HELD)
def test_shut_up_with_sarcasm_or_an_insult_stays_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
