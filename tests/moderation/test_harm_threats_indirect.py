"""Threats without a violent verb aimed at 'you' (harm_extortion.py, packs/tr):
a weapon brought and one person 'is done', 'ur getting jumped', revenge for
reporting, knowing the reader's school (de es it), Turkish 'seni bekliycem,
görürsün gününü'.

Hard negatives: 'that kid is done with school', cooking knives, waiting after
school to walk home (en tr), games, thanks for a bug report, reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

THREATS = [
    "bringing my brothers knife tmrw, that kid is done",
    "im bringing my dads gun tomorrow and he is dead",
    "okul çıkışı seni bekliycem, görürsün gününü",
    "görürsün gününü",
    "if whoever reported my account is in this chat i will find out and ur getting jumped monday",
    "you're getting jumped after school",
    "whoever reported me ill find out",
    "wer mich nochmal meldet, den find ich, ich weiß wo eure schule ist",
    "ich weiß wo deine schule ist",
    "sé dónde está tu colegio",
    "so in quale scuola vai",
]
NOT_THREATS = [
    "that kid is done with school lol",
    "he is done, he finished the test",
    "bringing my knife for the cooking class tomorrow, that cake is done",
    "i'll wait for you after school so we can walk home",
    "okul çıkışı seni bekliycem, beraber eve gideriz",
    "yarın seni bekleyeceğim, birlikte ders çalışalım",
    "you're getting jumped in fortnite lol",
    "whoever reported the bug, thanks, i will find out who and give them credit",
    "if someone reports you, the mods will find out",
    "ich weiß wo deine schule ist, die ist neben meiner",
    "he said ur getting jumped monday, we told the head of year",
]


@pytest.mark.parametrize("text", THREATS)
def test_indirect_threat_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", NOT_THREATS)
def test_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
