"""Slang for suicide, and goodbyes to everyone with an apology
(selfharm_slang.py).  Talk about the word, leaving a group chat, and
goodbyes that name a return or an everyday reason pass; "kms" keeps its
policy (held, also as hyperbole).  Written from failure classes of a blind
evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

SLANG = [
    ("unaliving myself is looking real good rn", "en"),
    ("i unalived myself in my head a hundred times today", "en"),
    ("honestly gonna off myself", "en"),
    ("im going to self delete tonight", "en"),
    ("выпилюсь сегодня, реально устал от всего", "ru"),
    ("пора выпилиться, всё надоело", "ru"),
    ("quiero desvivirme", "es"),
    ("kms fr this time", "en"),
]
NOT_SLANG = [
    ("that video about unaliving was taken down", "en"),
    ("people say unalive because tiktok deletes the real word", "en"),
    ("gonna delete myself from this group chat, too many notifications", "en"),
    ("выпилюсь из этой беседы, спам надоел", "ru"),
]
GOODBYE = [
    ("goodbye everyone. im sorry", "en"),
    ("bye guys, i love you all", "en"),
    ("im sorry. goodbye everyone", "en"),
    ("this is my last message. im sorry", "en"),
    ("adiós a todos, perdón por todo", "es"),
    ("adiós a todos, lo siento", "es"),
    ("tchau pessoal, me desculpem", "pt"),
    ("au revoir tout le monde, pardonnez-moi", "fr"),
    ("tschüss an alle, es tut mir leid", "de"),
    ("addio a tutti, perdonatemi", "it"),
    ("прощайте все, простите", "ru"),
]
NOT_GOODBYE = [
    ("bye everyone sorry gotta go eat", "en"),
    ("bye everyone, sorry i was late", "en"),
    ("goodbye everyone see you tomorrow", "en"),
    ("goodbye everyone! sorry!", "en"),
    ("last message before my phone dies", "en"),
    ("sorry guys, bye everyone, see you monday", "en"),
    ("adiós a todos, lo siento, tengo que ir a cenar", "es"),
    ("tchau pessoal, desculpa, até amanhã", "pt"),
    ("tschüss alle, sorry, bis morgen", "de"),
    ("всем пока, извините, до завтра", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), SLANG)
def test_slang_for_suicide_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


def test_kms_keeps_its_policy(pipe: Pipeline) -> None:
    self_harm_held(pipe, "kms the wifi died", lang="en")


@pytest.mark.parametrize(("text", "lang"), NOT_SLANG)
def test_talk_about_the_word_and_leaving_a_group_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYE)
def test_goodbye_to_everyone_with_an_apology_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_GOODBYE)
def test_everyday_goodbyes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
