"""Recovered pasts told with a span of time ("2 года назад", "its been 2 yrs
now": the phrase form reads a bare "2" as "to") and help that "really
helped"; a friend's words reported to an adult in more wordings ("ich
hab's der Vertrauenslehrerin erzählt", "我们陪她去找了心理老师", "we took her
to the counsellor") (frames_recovered.py, frames_helpseeking.py).  A
relapse, a present disclosure and the writer joining in stay held.
Written from a failure class of a blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

PASSING = [
    ("2 года назад я резала себя, сейчас всё хорошо. помогли мама и врач", "ru"),
    ("3 года назад я резала себя, теперь всё нормально", "ru"),
    ("i used to hurt myself in year 7 but its been 2 yrs now and therapy really helped", "en"),
    ("i used to cut myself but talking to my counsellor honestly helped", "en"),
    ("2 years ago i used to hurt myself, just saying it gets better", "en"),
    ("我朋友之前说不想活了，我们陪她去找了心理老师，现在好多了", "zh"),
    ("同学说她想死，我们带她去看了心理医生", "zh"),
    ("eine Freundin hat mal gesagt, sie will nicht mehr leben. ich hab's der "
     "Vertrauenslehrerin erzählt und sie bekommt jetzt Hilfe", "de"),
    ("my friend said she wants to kill herself so we took her to the school counsellor", "en"),
]
STILL_HELD = [
    ("2 года назад я резала себя, и сейчас опять начала", "ru"),
    ("i used to hurt myself and therapy really helped but i did it again last night", "en"),
    ("я режу себя каждый день, мама помогла только с уроками", "ru"),
    ("我朋友说不想活了，我也不想活了", "zh"),
    ("eine Freundin will nicht mehr leben und ich auch", "de"),
    ("my friend wants to kill herself and so do i, we took her dog to the vet", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASSING)
def test_recovered_pasts_and_friends_taken_to_an_adult_pass(
    pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_relapses_and_the_writers_own_disclosure_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
