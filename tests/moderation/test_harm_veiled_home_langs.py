"""Veiled threats showing the writer knows where the reader lives or waits in
ru tr pl id ar hi zh (harm_veiled_home_langs.py), and "tell anyone and you'll see"
in the forms harm_veiled_langs.py missed.

Hard negatives: a compliment with no warning, a shared stop or a plan to go
together, reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "продолжай жаловаться и увидишь. красивая синяя дверь у твоего дома кстати",
    "милый домик у тебя, будет жаль",
    "я знаю твою остановку",
    "скажи учителю и посмотришь что будет",
    "tatlı bir evin var, yazık olur",
    "otobüs durağını biliyorum",
    "öğretmene söyle de gör",
    "słodki domek w którym mieszkasz, szkoda by było",
    "znam twój przystanek",
    "rumah lo lucu ya, sayang banget kalau kenapa2",
    "gue tau halte lo",
    "coba aja lapor guru, liat apa yang terjadi",
    "@dodi rumah lo bagus juga, lapor terus aja",
    "بيتك حلو، بيكون مؤسف",
    "أعرف موقف الباص حقك",
    "قول لأحد وبتشوف",
    "قولي لأي أحد وشوفي وش بيصير",
    "report karta reh, phir dekhna. tere ghar ka neela darwaza accha hai btw",
    "tera ghar bada cute hai, afsos hoga",
    "mujhe tera bus stop pata hai",
    "kisi ko bata ke dekh, phir dekhna kya hota hai",
    "继续举报我试试看。你家蓝色的门挺好看的",
    "你住的房子挺可爱的，出点事就可惜了",
    "我知道你在哪个公交站等车",
    "你告诉老师试试，看看会怎么样",
    "@小明 我知道你回家走哪条路",
]

PASS = [
    "милый домик у тебя, очень уютно",
    "я знаю твою остановку, пойдём вместе?",
    "скажи маме и посмотри что она скажет",
    "tatlı bir evin var, bahçesi de çok güzel",
    "otobüs durağını biliyorum, beraber bekleyelim mi?",
    "słodki domek w którym mieszkasz, byłam tam na urodzinach",
    "znam twój przystanek, mój też jest tam",
    "rumah lo lucu ya, kapan2 main ke sana",
    "gue tau halte lo, bareng yuk besok",
    "بيتك حلو ما شاء الله",
    "أعرف موقف الباص حقك، نروح مع بعض؟",
    "tera ghar bada cute hai, party kab hai",
    "mujhe tera bus stop pata hai, kal saath chalenge",
    "kisi ko bata ke dekh, shayad help mile",
    "你家的门挺好看的，在哪买的",
    "我知道你在哪个公交站等车，明天一起走吧",
]

REPORTS = [
    'кто-то написал мне "я знаю твою остановку" и я рассказала маме',
    'dia bilang "gue tau halte lo" terus aku lapor ke guru',
    'usne likha "mujhe tera bus stop pata hai", maine mummy ko bataya',
]


@pytest.mark.parametrize("text", HELD)
def test_home_knowledge_held_as_threat(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_compliments_and_plans_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_home_threats_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
