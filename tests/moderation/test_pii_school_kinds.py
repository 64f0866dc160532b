"""A religious, weekend or activity class is no school name (pii_patterns.py:
"sunday", "bible", "quran", "hebrew", "dance" ... are kinds of school): "i go
to sunday school", "i go to quran school after school" are shown as written;
a name before the kind is still redacted ("i go to st mark's sunday school",
"i go to the al noor quran school"), and two school words in one sentence
give one clean placeholder ("i go to hillside school after school").
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

KINDS = [
    'i go to sunday school',
    'sunday school was fun',
    'i go to bible school on saturdays',
    'i go to quran school after school',
    'i go to hebrew school on sundays',
    'my mum makes me go to sunday school',
    'i attend sunday school every week',
    'i go to arabic school on weekends',
    'i go to saturday school for polish',
    'i go to dance school on mondays',
    'i go to swim school',
    'we go to sunday school together',
    'i go to religious school on sunday',
    'voy a la escuela dominical',
    'vou à escola dominical',
]

NAMED = [
    "i go to St Mary's school",
    'i go to oakfield school',
    'i go to riverside primary',
    "i go to st mark's sunday school",
    'i go to Greenfield Bible School',
    'i go to the al noor quran school',
    'i go to oakfield school after school club',
    'i go to kingsway school',
    'i go to oakfield dance school on mondays',
    'i go to hillside school after school',
]


@pytest.mark.parametrize("text", KINDS)
def test_religious_and_activity_classes_are_not_school_names(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", NAMED)
def test_named_schools_still_redacted_once(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    redacted(pipe, text, text.split(" to ", 1)[1].split()[0])
    assert v.text.count("[school removed]") == 1 and "ved]" not in v.text.replace("[school removed]", ""), v.text
