"""A fight announced for after school in ru tr id ar hi zh
(harm_afterschool_langs.py; the bare id ar zh idioms are the packs').

Hard negatives: a plan in the message ("放学别走，一起去吃饭", "жду тебя после
школы, пойдём в кино": frames_meetup.py), a game played together, reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "жду тебя после школы",
    "@dima жду тебя после школы",
    "после уроков за школой, ты и я",
    "жду тебя после школы за гаражами, только попробуй не прийти",
    "okul çıkışı seni bekliyor olacağım, arkadaşlarını da getir, görürsün",
    "seni okul çıkışı bekleyeceğim",
    "okuldan sonra kapıda bekliyorum seni, kaçma",
    "gue tunggu lo pulang sekolah",
    "pulang sekolah gue tunggu di gerbang, jangan kabur lo",
    "استناك بعد المدرسة",
    "بستناك عند باب المدرسة بكرة",
    "chhutti ke baad dekh lena",
    "@aman chhutti ke baad dekh lena",
    "chhutti ke baad mil tu, batata hu",
    "school ke baad bahar mil, dekhte hain",
    "放学别走",
    "放学你给我等着",
    "放学后校门口见，你别跑",
    "@小刚 放学后校门口等你，一个人来",
]

PASS = [
    "放学别走，一起去吃饭",
    "放学后校门口见，一起去喝奶茶",
    "жду тебя после школы, пойдём в кино",
    "после уроков поговорим о проекте",
    "okul çıkışı seni bekliyorum, beraber eve gideriz",
    "okul çıkışı seni bekliyor olacağım, birlikte dondurma yeriz",
    "gue tunggu lo pulang sekolah ya, kita ke mall",
    "pulang sekolah gue tunggu di gerbang ya, kita makan bakso bareng",
    "بستناك عند باب المدرسة بكرة عشان نروح مع بعض",
    "chhutti ke baad milte hain, cricket khelenge",
    "chhutti ke baad mil, saath mein khana khayenge",
    "school ke baad mil, dekhte hain kya karna hai",
]

GAME = [
    "放学别走，回家开黑",
    "жду тебя после школы, поиграем в фифу у меня",
    "gue tunggu lo pulang sekolah, mabar ml yuk",
]

REPORTS = [
    'кто-то написал "жду тебя после школы" и я рассказал учителю',
    'dia bilang "gue tunggu lo pulang sekolah" terus aku lapor ke guru',
]


@pytest.mark.parametrize("text", HELD)
def test_after_school_fights_held_as_threat(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_plans_after_school_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", GAME)
def test_games_played_together_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_after_school_threats_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
