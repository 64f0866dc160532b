"""A farewell that asks not to be looked for (`selfharm_dont_look.py`): held
by the rules in 13 languages; where not to look, and everyday reasons, pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("he showed everyone our chats. everyone. dont look for me tomorrow", "en"),
    ("please dont look for me", "en"),
    ("im done with all of it. dont come looking for me", "en"),
    ("no me busquen mañana", "es"),
    ("ya no puedo mas. no me busques nunca mas", "es"),
    ("não me procurem mais.", "pt"),
    ("n me procurem amanha", "pt"),
    ("me cherchez pas demain", "fr"),
    ("cherchez moi pas", "fr"),
    ("sucht mich morgen nicht", "de"),
    ("non cercatemi domani", "it"),
    ("не ищите меня завтра", "ru"),
    ("nie szukajcie mnie jutro", "pl"),
    ("в понедельник меня не ищите", "ru"),
    ("jutro mnie nie szukajcie", "pl"),
    ("beni yarin aramayin", "tr"),
    ("jgn cariin aku besok", "id"),
    ("mujhe mat dhundna", "hi"),
    ("कल मुझे मत ढूंढना", "hi"),
    ("لا تدوروا علي بكرا", "ar"),
    ("明天不要找我", "zh"),
    ("不要找我了。", "zh"),
]

EVERYDAY = [
    ("dont look for me at lunch, im at the library", "en"),
    ("dont look for me tomorrow im sick", "en"),
    ("we are playing hide and seek dont look for me", "en"),
    ("dont look for me on discord this week, phone got taken", "en"),
    ("no me busques en el recreo, estoy en la biblioteca", "es"),
    ("não me procura amanhã, vou viajar com meus pais", "pt"),
    ("me cherche pas a la cantine, je suis malade", "fr"),
    ("such mich nicht in der pause, bin in der bibliothek", "de"),
    ("non cercatemi domani, sono in gita", "it"),
    ("nie szukaj mnie jutro na przerwie, jestem chory", "pl"),
    ("beni yarin okulda arama, hastayim", "tr"),
    ("jgn cariin aku ya, hp disita mama", "id"),
    ("لا تدوروا علي بالمدرسة بكرا، انا مريض", "ar"),
    ("明天不要找我玩，我要写作业", "zh"),
    ("in the song she says dont look for me", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_plea_not_to_be_looked_for_said_last_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_where_not_to_look_and_everyday_reasons_pass_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang)
