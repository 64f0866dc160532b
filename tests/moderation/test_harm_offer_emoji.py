"""The writer's own pictures offered with a suggestive emoji
(harm_offer_emoji.py, rule sexual:offer): "wanna see my pics 😏", "quieres
ver mis fotos 😏", "willst du meine bilder sehen 😏" are held in en es fr pt
de it; the offer with no emoji or a plain one, and pictures of a thing, pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SUGGESTIVE_OFFERS = [
    'wanna see my pics 😏',
    'wanna see my pics? 😈',
    'want to see my pics 🥵',
    'do you want to see my pics 😏 only for you',
    'who wants to see my vids 😏',
    'quieres ver mis fotos 😏',
    'tu veux voir mes photos 😈',
    'quer ver minhas fotos 😏',
    'willst du meine bilder sehen 😏',
    'vuoi vedere le mie foto 😏',
]

PLAIN_OFFERS = [
    'wanna see my pics from the trip 😂',
    'wanna see my pics ❤️',
    'wanna see my pics of my cat 😏',
    'wanna see my pics from the party',
    'do you want to see my pics of the concert? 😍',
    'wanna see my pics lol',
    'quieres ver mis fotos del viaje? 😊',
]


@pytest.mark.parametrize("text", SUGGESTIVE_OFFERS)
def test_own_pictures_offered_with_a_suggestive_emoji_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual")
    assert "stage:sexual:offer" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PLAIN_OFFERS)
def test_pictures_offered_plainly_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
