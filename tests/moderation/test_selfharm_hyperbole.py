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


# session 13: "can't any more" right after a game lost, and "i could sleep forever" when tired
GAME_AND_TIRED = [
    ("bin in zelda gegen den endboss gestorben, zum zehnten mal. ich kann nicht mehr 😭", "de"),
    ("perdí otra vez en el nivel 12, ya no puedo más", "es"),
    ("after 3 hours of swim training im so tired i could sleep forever", "en"),
    ("après le brevet blanc jsuis KO, je pourrais dormir pour toujours", "fr"),
]
STILL_HELD_MORE = [
    ("ich kann nicht mehr, mein leben ist ein game over", "de"),
    ("i wish i could sleep forever", "en"),
    ("i just want to sleep forever", "en"),
    ("j'aimerais dormir pour toujours", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), GAME_AND_TIRED)
def test_a_lost_game_or_tiredness_passes_the_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD_MORE)
def test_the_wish_itself_still_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
