"""Sextortion against ordinary passing-on (harm.py threat:sextortion,
harm_threats.py threat:stalking).  Exposing the reader's pictures or secrets
to an audience that shames them, or under a condition, is a threat; passing
a number, a message or "it" on to a coach, a teacher or a mum is not, and a
number is only a threat when it goes to everyone (doxxing, threat:stalking).
One class of case per test."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PICTURES_OR_SECRETS_EXPOSED = [
    "i will send your pics to everyone",
    "i will show your picture to everyone",
    "i'll send your secrets to your boyfriend",
    "i will leak your pictures",
    "i have ur pics and ill send them to ur school",
]
# "it" / "them" / "these" after a demand or with a condition
CONDITIONAL_PRONOUN = [
    "send me more or i'll send these to your parents",
    "do what i say or ill send them to everyone",
    "ill send it to everyone unless you pay",
    "if you dont send more ill send it to everyone",
]
# (session 19: "i will send them to your parents" left this list: with no antecedent
# "them" reads as the reader's pictures, and a scorer that holds it for a moderator is
# right; pinned as everyday it raised the grooming and sexual scorers' thresholds)
PASSING_ON = [
    "i will send your number to the coach",
    "i'll send your number to the coach so he can add you to the team chat",
    "i will send your number to my mum",
    "i will share your number with the coach",
    "i'll send your number to the teacher so she can call you",
    "i'll send your address to the coach",
    "i'll forward your message to my mum",
    "i'll send it to your mum",
    "i will send the permission slips to your parents",
    "i will share it with the group",
    "finish your part or ill send it to the teacher",
    "hurry up or ill send it without you",
]
# telling a teacher about someone's messages is reporting, not a threat
REPORTING = [
    "i will send your chats to the teacher",
    "i'll show your messages to miss smith",
]
NUMBER_TO_EVERYONE = [
    "i'll send your number to everyone",
    "i will post your number everywhere",
]


@pytest.mark.parametrize("text", PICTURES_OR_SECRETS_EXPOSED)
def test_exposing_pictures_or_secrets_holds(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", CONDITIONAL_PRONOUN)
def test_a_pronoun_under_a_condition_holds(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", PASSING_ON)
def test_passing_a_number_or_message_on_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTING)
def test_showing_messages_to_a_teacher_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", NUMBER_TO_EVERYONE)
def test_a_number_to_everyone_is_a_stalking_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")
