"""Postcodes after an address and a city ("14 maple close, leeds LS6 2AB"),
lower-case UK postcodes, US state + ZIP and Canadian codes, and postcodes
after a postcode cue or the city the writer lives in (pii_address.py,
pii_address_more.py).  Hard negatives: postcode-like tokens with no cue
("ps5 2tb"), numbers after "zip it", a city alone."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

POSTCODES = [
    ("14 maple close, leeds LS6 2AB", "LS6"),
    ("14 Maple Close, Leeds LS6 2AB", "2AB"),
    ("i live at 22 oak road, manchester M14 5TP", "M14"),
    ("i live at 10 baker street london NW1 6XE", "NW1"),
    ("i live at 10 baker street, london, nw1 6xe", "nw1"),
    ("i live at 42 elm street springfield IL 62704", "62704"),
    ("i live at 42 elm street, springfield, il 62704", "62704"),
    ("my address is 5 rue de la paix, paris 75002", "75002"),
    ("i live at 5 main street, toronto ON M5V 2T6", "M5V"),
    ("my postcode is LS6 2AB", "LS6"),
    ("my post code is ls6 2ab", "ls6"),
    ("i live in leeds LS6 2AB", "LS6"),
    ("i live in leeds, ls6 2ab", "2ab"),
    ("my zip code is 90210", "90210"),
    ("we moved to bristol BS1 4DJ last year", "BS1"),
    ("mi código postal es 28013", "28013"),
    ("code postal: 75002", "75002"),
    ("kode pos 40111", "40111"),
]
NOT_POSTCODES = [
    "my ps5 2tb is full",
    "i live in leeds and my ps5 2tb is full",
    "we played at ls6 2ab on friday",
    "the B52 2BB bomber",
    "send plz 2000 robux",
    "zip it 12345 times",
    "i live in leeds",
    "i am from london, it's 2 hours away",
    "the zip on my bag broke",
    "we live in a 3 bedroom house",
    "my postcode lottery ticket won nothing",
]


@pytest.mark.parametrize(("text", "secret"), POSTCODES)
def test_postcode_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[address removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_POSTCODES)
def test_postcode_like_tokens_without_a_cue_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
