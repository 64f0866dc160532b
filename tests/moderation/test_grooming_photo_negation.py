"""A negated photo imperative is advice ("do not send pictures"), but "why
not send me a pic", "no, send me a pic first" and a negation turned into a
claim on the pictures ("don't send your pic to anyone else, only me") are
requests (grooming.py)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held


@pytest.mark.parametrize("text", [
    "why not send me a pic",
    "no, send me a pic first",
    "don't send your pic to anyone else, only me",
    "do not send pics to anyone except me ok",
    "never show your photos to anybody, just me",
    "nunca mandes fotos a nadie, solo a mí",
])
def test_requests_dressed_as_negations_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "dont send pics to strangers",
    "never send pictures to anyone, only to your parents",
    "do not send pictures, tell someone",
    "why not send me a picture of the homework",
    "no send pics in the group chat pls",
    "nunca mandes fotos a desconocidos",
])
def test_advice_against_sending_pictures_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
