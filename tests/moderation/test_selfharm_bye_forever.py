"""A goodbye to everyone, for good (`selfharm_bye_forever.py`): held by the
rules in 12 languages; a goodbye with a reason, a game or an app left, and
"forever" that does not close the sentence pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("bye everyone. forever this time", "en"),
    ("goodbye all, for good", "en"),
    ("adiós a todos, esta vez para siempre", "es"),
    ("tchau gente. n vou voltar", "pt"),
    ("au revoir tout le monde, pour toujours", "fr"),
    ("tschüss alle, diesmal für immer", "de"),
    ("ciao a tutti. per sempre", "it"),
    ("всем пока. навсегда", "ru"),
    ("herkese hoscakalin, sonsuza dek", "tr"),
    ("pa wszystkim, na zawsze", "pl"),
    ("dadah semua, selamanya", "id"),
    ("bye sabko, hamesha ke liye", "hi"),
    ("सबको अलविदा, हमेशा के लिए", "hi"),
    ("باي للكل، للابد", "ar"),
]

EVERYDAY = [
    ("bye everyone, see you next time!", "en"),
    ("bye everyone, forever grateful for this session", "en"),
    ("bye guys, not coming back to this server, its dead", "en"),
    ("tschüss alle, bis morgen", "de"),
    ("ciao a tutti, per sempre vostro fan lol", "it"),
    ("tchau gente, vou viajar e nao volto ate agosto", "pt"),
    ("adios a todos, me cambio de cole y no vuelvo", "es"),
    ("gue udh gak mau main ml lagi, toxic semua. uninstall dan bye bye selamanya", "id"),
    ("всем пока, переезжаем навсегда в другой город", "ru"),
    ("au revoir tout le monde, je pars en vacances pour toujours haha", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_goodbye_to_everyone_for_good_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_goodbye_with_a_reason_or_an_app_left_passes_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang)
