"""Hyperbole and talk about a phrase (frames_hyperbole.py, frames.generic_frame):
"can't take any more" after laughing, and "kms" quoted or attributed to
other people.  Written from the failure classes of a blind evaluation, not
its sentences.  The same phrases about the writer's life, alone, or with a
bare "lol" stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HYPERBOLE = [
    ("jajaja me muero con este video, no puedo mas", "es"),
    ("me reí tanto de risa con el meme que ya no puedo mas", "es"),
    ("kkkkkk nao aguento mais esse meme", "pt"),
    ("je suis mort de rire j'en peux plus", "fr"),
    ("hahaha i cant even with this meme", "en"),
]
TALK_ABOUT = [
    ("people say 'kms' when they lose a game but its not a joke", "en"),
    ("kids say kms all the time and teachers freak out", "en"),
    ("everyone says 'kms' about homework, it's kind of dark", "en"),
]
STILL_HELD = [
    ("ya no puedo mas con mi vida jaja", "es"),
    ("no puedo mas", "es"),
    ("lol kms", "en"),
    ("kms", "en"),
    ("i want to say 'kms' right now", "en"),
    ("i hate when people say 'kms' to me", "en"),
    ("nao aguento mais", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), HYPERBOLE)
def test_cant_take_more_after_laughing_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TALK_ABOUT)
def test_kms_quoted_or_what_people_say_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_same_phrases_about_the_writer_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
