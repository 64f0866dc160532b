"""Functional tests for self-promotion with a link (spam.py ``spam:promo``,
blocked by the spam_links stage), parametrised over languages.  Written from
the failure class of a blind evaluation, not its sentences.  Hard negatives:
links shared for school, links without a self-promotion cue, and the cue
without a link (those keep their old verdict: allowed, or the link
redacted)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

PROMO_LINK = [
    ("join my server discord.gg/abcd12 its the best server ever", "en"),
    ("check out my channel youtube.com/@mychannel sub pls", "en"),
    ("discord.gg/zz99 join my server pls", "en"),
    ("únete a mi servidor discord.gg/pepe123 es el mejor", "es"),
    ("suscríbete a mi canal youtube.com/@pepe", "es"),
    ("rejoins mon serveur discord.gg/abc c'est le meilleur", "fr"),
    ("entra no meu servidor discord.gg/br123", "pt"),
    ("abonniert meinen kanal youtube.com/@max", "de"),
    ("entra nel mio server discord.gg/xyz", "it"),
]
LINK_NO_PROMO = [
    ("the teacher shared a youtube link youtube.com/watch?v=abc for homework", "en"),
    ("join my server for the school project discord.gg/abc", "en"),
    ("this video explains it well youtube.com/watch?v=abc", "en"),
    ("i like the video youtube.com/watch?v=1 so funny", "en"),
]
PROMO_NO_LINK = [
    ("the teacher shared a youtube link for homework", "en"),
    ("i started a minecraft server with my cousin", "en"),
    ("check out my channel lol", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PROMO_LINK)
def test_self_promotion_with_a_link_is_blocked(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), LINK_NO_PROMO)
def test_links_without_self_promotion_are_not_spam(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert "spam" not in v.categories and v.action is not Action.BLOCK, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), PROMO_NO_LINK)
def test_self_promotion_words_without_a_link_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
