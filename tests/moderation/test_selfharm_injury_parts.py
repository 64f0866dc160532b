"""Self-injury named by one body part or by intent (selfharm_injury_parts.py):
held as self_harm; accidents told around the same words pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

HELD = [
    "i cut my wrist",
    "i cut my wrist tonight",
    "i cut my thigh last night",
    "i cut my forearm again",
    "ive cut my left wrist and it wont stop",
    "i just sliced my thigh",
    "i burned my forearm with a lighter",
    "i cut my wrist on purpose",
    "i burned myself on purpose",
    "i hurt myself on purpose again",
    "i hit my head on purpose so hard",
    "i scratched my arm on purpose till it bled",
    "я порезала руку специально",
    "специально порезал себе",
    "cortei o pulso",
    "cortei meu pulso ontem",
    "voltei a cortar os braços",
    "nadgarstek sobie pocięłam",
    "pocięłam sobie uda",
    "ich hab mir in den arm geritzt",
    "ich hab mir das handgelenk aufgeschnitten",
    "I used to cut, and last night I did it again",
    "i used to self harm and yesterday i did it again",
    "i used to cut but i started again this week",
    "i used to hurt myself, today i cut again",
]

PASS = [
    "i cut my finger cooking lol",
    "i cut my wrist on a broken glass at the beach",
    "i cut my thigh on a rusty fence while climbing",
    "i cut my wrist by accident opening a can",
    "i burned my forearm on the oven door",
    "i burned myself on the oven",
    "he hit me on purpose in football",
    "i lost on purpose so my sister could win",
    "i cut my hair on purpose to look different",
    "порезала руку ножом, когда готовила",
    "cortei o pulso sem querer no vidro da janela",
    "cortei o cabelo ontem",
    "ich hab mir aus versehen die hand an glas aufgeschnitten",
    "we learned that some people cut their wrists and how to help them",
    "i used to cut my hair short and last night i did it again",
    "i used to self harm but i never did it again",
    "i used to cut, therapy helped and i have not done it again",
]


@pytest.mark.parametrize("text", HELD)
def test_injury_by_part_or_intent_is_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.reasons)
    assert "self_harm" in v.categories, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_accidents_and_other_things_on_purpose_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "self_harm" not in v.categories, (text, v.reasons)
