"""Links written with spaces around the dot ("ffgems . xyz") and shorteners with a
space for the dot ("bit ly/abc"), as scam posts write them to slip past link
filters (pii_patterns.spaced_link).  A full stop before a word that is also a
TLD ("nice match . gg", "the end. com on") and names that end sentences stay
text."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean

SPACED_LINKS = [
    ("claim ur gems at gemzfree . xyz before midnight", "gemzfree . xyz"),
    ("skins gratis en skinsya .net entra ya", "skinsya .net"),
    ("join my server discord . gg/robloxfun", "discord . gg/robloxfun"),
    ("watch my new vid youtu . be/Ab3dE9", "youtu . be/Ab3dE9"),
    ("kazanmak için cekilis-2026 . online adresine gir", "cekilis-2026 . online"),
    ("sign up with my code on playmoney . app", "playmoney . app"),
    ("all the info here bit ly/earnfast22", "bit ly/earnfast22"),
    ("канал тут t me/freeskinsru", "t me/freeskinsru"),
]
NOT_LINKS = [
    "nice match . gg everyone",
    "the end. com on guys one more round",
    "meet at the gate at 5 . be on time pls",
    "i love it . com is not a word lol",
    "we lost again . live streams are better anyway",
]


@pytest.mark.parametrize(("text", "link"), SPACED_LINKS)
def test_spaced_dot_links_are_removed(pipe: Pipeline, text: str, link: str) -> None:
    v = pipe.check(text)
    assert v.action is not Action.ALLOW, v
    assert link not in v.text, v
    assert "link" in v.categories, v


@pytest.mark.parametrize("text", NOT_LINKS)
def test_a_full_stop_before_a_tld_word_is_not_a_link(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
