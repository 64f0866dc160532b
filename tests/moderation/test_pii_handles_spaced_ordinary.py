"""Handles after a platform cue (failure classes of a blind evaluation):
a handle spelled out letter by letter, Polish "mój snap to X", and ordinary
words after "my insta is" that are not handles (hard negatives in several
languages)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

SPACED = [
    ("add my discord: j a y d e n # 7 7 1 2", "j a y d e n"),
    ("snap is k a t i e 0 9 if u want", "k a t i e"),
    ("mein insta ist l e o n i e _ 1 1", "l e o n i e"),
]
POLISH = [
    ("mój snap to kasia_2010", "kasia_2010"),
    ("mój snap to kasiaaa", "kasiaaa"),
    ("moj insta to ola.k", "ola.k"),
]
ORDINARY = [
    "mein insta ist seit 2019 privat",
    "my insta is currently private",
    "my snap is since forever broken",
    "mon insta c'est depuis 2019 privé",
    "mi insta es desde 2020 privado",
    "meu insta é privado desde 2020",
    "il mio insta è ancora privato",
    "send it on snap to kasia",
    "mój snap to totalnie zwykły snap",
    "my discord is a mess lol",
]


@pytest.mark.parametrize(("text", "secret"), SPACED)
def test_spaced_out_handle_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "secret"), POLISH)
def test_polish_to_as_is(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_word_after_platform_is_kept(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_a_plain_name_after_my_insta_is_still_a_handle(pipe: Pipeline) -> None:
    redacted(pipe, "my insta is maxwell if u wanna talk", "maxwell")
