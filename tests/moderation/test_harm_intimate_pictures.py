"""Functional tests for requests for a picture of the reader in bed, in
pyjamas, in the bath (harm_more.py, ``sexual:solicit``), one class per
test, parametrised over languages.  Written from the failure class of a
blind evaluation, not its sentences.  Hard negatives: pictures of someone
or something else, pyjama day, the writer's own bed, a reported request."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

INTIMATE_PICTURE = [
    ("send me a pic of u in bed ;)", "en"),
    ("show me a selfie of you in your pjs", "en"),
    ("schick mir mal ein bild von dir im bett 😏", "de"),
    ("zeig mal ein foto im schlafanzug", "de"),
    ("envoie moi une photo de toi au lit", "fr"),
    ("mándame una foto en pijama 😏", "es"),
    ("me manda uma foto sua na cama", "pt"),
    ("mandami una foto a letto", "it"),
]
INTIMATE_PICTURE_NEG = [
    ("my mum took a pic of me in bed when i had the flu", "en"),
    ("he told me to send a picture of me in bed, what do i do", "en"),
    ("ich bin im bett, schick mir die hausaufgaben", "de"),
    ("j'ai posté une photo de mon chat au lit", "fr"),
    ("mi gato duerme en mi cama, qué foto más bonita", "es"),
    ("ho fatto una foto del gatto a letto", "it"),
]
# held already as a grooming photo request, but not as a sexual request
NOT_SEXUAL = [
    ("send me a pic of the dog in bed lol", "en"),
    ("send me a picture of you in your pyjamas for pyjama day", "en"),
    ("schick mir ein bild von deinem hund im bett", "de"),
]


@pytest.mark.parametrize(("text", "lang"), INTIMATE_PICTURE)
def test_picture_in_bed_or_pyjamas_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), INTIMATE_PICTURE_NEG)
def test_bed_and_pictures_without_the_request_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_SEXUAL)
def test_picture_of_something_else_is_not_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    assert "sexual" not in pipe.check(text, lang=lang).categories
