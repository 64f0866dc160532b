"""Advice about a friend's disclosure ("if ur mate says they want to die,
don't keep it secret, tell a trusted adult") is not the writer's
disclosure (frames_advice.py), in several languages.  The writer joining
in, a first-person condition and a disclosure before the advice stay
held.  Written from a failure class of a blind evaluation, not its
sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

ADVICE = [
    ("if ur mate says they want to die dont keep it secret, tell a trusted adult even if they get "
     "mad at u for it", "en"),
    ("if your bestie says she wants to kill herself tell a teacher straight away", "en"),
    ("when a friend says they want to die, talk to an adult you trust", "en"),
    ("si tu amiga dice que quiere morirse no lo guardes en secreto, díselo a un adulto", "es"),
    ("si ton pote dit qu'il veut mourir, ne garde pas ça pour toi, parles-en à un adulte", "fr"),
    ("wenn dein kumpel sagt dass er sterben will, sag es einem erwachsenen", "de"),
    ("se il tuo amico dice che vuole morire, dillo a un adulto", "it"),
    ("se seu amigo disser que quer morrer, conta pra um adulto", "pt"),
    ("если друг говорит что хочет умереть, скажи взрослому", "ru"),
]
NOT_ADVICE = [
    ("if i say i want to die dont tell anyone", "en"),
    ("if ur mate says they want to die tell an adult. i want to die too", "en"),
    ("i want to die. if you see this tell an adult", "en"),
    ("si digo que quiero morir, no se lo digas a nadie", "es"),
]


@pytest.mark.parametrize(("text", "lang"), ADVICE)
def test_advice_about_a_friend_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_ADVICE)
def test_the_writers_own_disclosure_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
