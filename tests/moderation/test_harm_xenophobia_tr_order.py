"""Turkish xenophobic exclusion with the verb first (harm_xenophobia_langs.py):
"git kendi ülkene", "dön kendi memleketine", "burada istemiyoruz seni".

Hard negatives: "git kendi odana", a holiday trip, a question about the
reader's plans, "burada istemiyoruz" about a thing.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "suriyeli misin sen? git kendi ülkene, burada istemiyoruz seni",
    "afgan mısın? dön kendi memleketine",
    "burada istemiyoruz seni, git kendi ülkene",
    "geri dön kendi ülkene, kimse seni burada istemiyor",
]

PASS = [
    "git kendi odana, ders çalış",
    "tatilde kendi ülkene git, aileni görürsün",
    "ne zaman kendi ülkene gideceksin?",
    "yazın kendi ülkene gidiyor musun?",
    "git kendi ülkene mi gidiyorsun yazın?",
    "burada istemiyoruz bunu, çöpe at",
]


@pytest.mark.parametrize("text", HELD)
def test_xenophobia_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
