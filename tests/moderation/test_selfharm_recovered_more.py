"""Recovered pasts in Arabic, Hindi/Hinglish and Italian, and a
self-harm-free milestone (frames_recovered_more.py).  A past that is back
again, or a milestone broken, still holds.  Written from a failure class
of a blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

RECOVERED = [
    ("كنت أؤذي نفسي قبل سنتين بس الحين أنا أحسن بكثير", "ar"),
    ("زمان كنت أجرح نفسي بس رحت لأخصائي والحين أنا بخير", "ar"),
    ("pehle main khud ko hurt karti thi par ab counselling se better hoon", "hi"),
    ("do saal pehle main khud ko hurt karta tha, ab main theek hoon", "hi"),
    ("quest'estate ho compiuto un anno senza farmi del male 🎉 orgogliosa di me", "it"),
    ("prima mi tagliavo ma sono andata dalla psicologa e adesso sto molto meglio", "it"),
    ("six months without cutting today!! so proud", "en"),
    ("hoy cumplo un año sin cortarme", "es"),
]
STILL = [
    ("كنت أؤذي نفسي قبل سنتين والحين رجعت", "ar"),
    ("pehle main khud ko hurt karti thi, ab phir se karne lagi", "hi"),
    ("un anno senza farmi del male, ma ieri ho ricominciato", "it"),
    ("six months without cutting myself, until yesterday", "en"),
    ("prima mi tagliavo e adesso mi taglio ancora", "it"),
]


@pytest.mark.parametrize(("text", "lang"), RECOVERED)
def test_recovered_past_or_milestone_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL)
def test_past_that_is_back_still_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


# session 13: a past dated by a school year ("en 4ème", "class 8 me") and a span of being well
DATED_BY_YEAR = [
    ("class 8 me main khud ko hurt karti thi, par counselling ke baad ab 2 saal se bilkul theek hu 🙂", "hi"),
    ("je me scarifiais en 4ème mais j'ai vu une psy et ça fait 2 ans que ça va, jsuis fière de moi", "fr"),
]
DATED_BUT_BACK = [
    ("je me scarifiais en 4ème et ça recommence depuis hier", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), DATED_BY_YEAR)
def test_a_past_dated_by_a_school_year_and_a_span_of_being_well_passes(
    pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), DATED_BUT_BACK)
def test_a_dated_past_that_is_back_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
