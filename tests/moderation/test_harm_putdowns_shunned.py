"""Put-downs explained by the reader being shunned, newcomers greeted with an
embarrassing moment, "go back to year 3" (harm_putdowns.py), Russian
"ты в жизни такой же тупой", Polish "z ciebie X" and Russian threats about
knowing the reader's school (packs)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SHUNNED = [
    "@sophie your voice in that video was so annoying no wonder nobody sits with u",
    "thats why no one likes you",
    "no wonder ur always alone",
    "pas étonnant que personne te parle",
    "con razón nadie te habla",
    "kein wunder dass dich keiner mag",
    "não é à toa que ninguém fala contigo",
    "per forza nessuno ti parla",
    "pantes gak ada yang mau temenan sama kamu",
    "nic dziwnego że nikt cię nie lubi",
]
PINNED = [
    "lmao look who joined, the kid who cried in assembly 😂😂 go back to year 3",
    "look whos back, the girl who peed herself on the trip",
    "oh look its the boy who threw up in PE",
    "go back to nursery lol",
]
DIRECTED_RU_PL = [
    "кто-то реально слушает этого лоха? ты в жизни такой же тупой как в сообщениях",
    "ты всегда такая страшная?",
    "ты и в жизни такой же урод",
    "ale z ciebie pedał xd",
    "jaki z ciebie frajer",
    "z ciebie jest totalny debil",
]
RU_THREATS = [
    "я знаю в какой ты школе, после уроков поговорим по-другому",
    "знаю где ты учишься",
    "мы знаем твою школу",
]
PASS = [
    "no wonder nobody came, it was raining",
    "no wonder nobody likes mondays",
    "no wonder im tired",
    "look who joined, the new girl from 7b, say hi!",
    "look whos back, the kid who won the spelling bee",
    "i wanna go back to year 3 it was so easy lol",
    "go back to year 3 maths page 12",
    "я знаю в какой ты школе, я тоже там учусь",
    "ты видел этот тупой мем",
    "ты не такой тупой как думаешь",
    "ты такой же умный как твой брат",
    "после уроков поговорим про проект",
    "ale z ciebie kozak",
    "z ciebie dobry kumpel",
]


@pytest.mark.parametrize("text", SHUNNED)
def test_no_wonder_nobody_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", PINNED)
def test_pinned_moment_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", DIRECTED_RU_PL)
def test_directed_insults_ru_pl_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", RU_THREATS)
def test_knowing_school_ru_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
