"""Dick the name (lexicon_everyday.py): introduced as a name ("my friend's name is
Dick, it's short for Richard", "a boy called Dick", "Uncle Dick") or a famous bearer
("Dick Grayson", "Philip K. Dick", "Moby Dick") passes; the insult, "dick pic", the
reader called it and a second "dick" in the same message stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

NAMES = [
    "my friend's name is Dick, it's short for Richard",
    "Dick Grayson is my fav Batman character",
    "Moby Dick",
    "Philip K. Dick",
    "my grandpa's name was Dick, everyone loved him",
    "Dick is short for Richard, that's why my uncle is called Dick",
    "we read a book by Dick King-Smith in class, The Sheep-Pig",
    "my great uncle Dick is turning 90",
    "Dick Whittington is the panto this year",
    "Nightwing's real name is Dick Grayson",
    "there was a boy called Dick in the old book we read",
    "Richard (Dick for short) is the main character",
    "Miffy was drawn by Dick Bruna",
    "Mr Dick is a character in David Copperfield",
    "we got new football boots at Dick's Sporting Goods",
    "Philip K Dick wrote the book Blade Runner is based on",
    "every Tom, Dick and Harry has a phone now",
    "Dick was a common name for Richard in the old days",
]
INSULTS = [
    "you dick",
    "dick pic",
    "don't be a dick",
    "your name is dick lol",
    "ur mum's name is dick",
    "his name is Dick and he is a total dick",
    "Dick Grayson is cool but you're a dick",
    "send me a dick pic",
    "suck my dick",
    "what a dick",
    "stop being such a dick, Richard",
    "you're called dick now",
]


@pytest.mark.parametrize("text", NAMES)
def test_dick_as_a_name_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", INSULTS)
def test_dick_as_an_insult_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity")
