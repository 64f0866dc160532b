"""Taunts without the 'you are a <noun>' shape (harm_taunts.py), one class of
case per test, several languages each: 'imagine being this dumb' aimed at
someone, 'go back to primary school', body shaming (diet before speaking, a
body-animal name tagged with a class), victim blaming and Chinese 'so
ugly / get out of the group'.

Hard negatives: self-deprecation, nostalgia, diets of one's own, animals in
aquariums and documentaries, the writer's own looks, reports, 'nobody
deserves to be bullied' and quoted phrases.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PUT_DOWN = [
    'imagine being this dumb, go back to primary school loser',
    'imagine being so ugly lmao you clown',
    'go back to nursery you baby',
    'imagínate ser tan tonto, vuelve a primaria',
    'imagina ser tão burro kkkk volta pro prezinho',
    '你长这么丑还怕被网暴？笑死，滚出群吧',
    '滚出群吧，没人想理',
]
PUT_DOWN_NEG = [
    'imagine being this dumb, i forgot my own password lol',
    'imagine being so rich lol',
    'i wish i could go back to primary school',
    'we should go back to primary school to visit our old teacher',
    '我长这么丑，好难过',
    '他让我滚出群，我好难过',
    '"imagine being this dumb" is a mean thing to say to someone',
]


@pytest.mark.parametrize("text", PUT_DOWN)
def test_put_down_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", PUT_DOWN_NEG)
def test_put_down_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


BODY_SHAMING = [
    'kkkkk olha quem falou, a baleia do 8B, vai fazer dieta antes de opinar',
    'go on a diet before you talk fatty',
    'ponte a dieta antes de opinar',
    'the whale from 9c is talking again',
    'la ballena de 2b otra vez opinando',
]
BODY_SHAMING_NEG = [
    'my mum is on a diet',
    'vou fazer dieta antes do verão',
    'the whale from the documentary was huge',
    'a baleia do aquário é linda',
    'la ballena del acuario es enorme',
]


@pytest.mark.parametrize("text", BODY_SHAMING)
def test_body_shaming_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", BODY_SHAMING_NEG)
def test_body_shaming_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


VICTIM_BLAMING = [
    'lol the kid who said they got bullied in year 6, deserved it tbh u sound so annoying',
    'no wonder you got bullied',
    'you deserve to be bullied',
    'ele sofria bullying e mereceu',
    'его травили, он сам виноват',
    'la acosaban en el cole y se lo merecía',
]
VICTIM_BLAMING_NEG = [
    'nobody deserves to be bullied',
    "she got bullied and she didn't deserve it",
    'you deserved that award',
    'he was bullied for years and people said he deserved it which is so wrong',
    'ninguém merece sofrer bullying',
    'you deserve to be happy',
]


@pytest.mark.parametrize("text", VICTIM_BLAMING)
def test_victim_blaming_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", VICTIM_BLAMING_NEG)
def test_victim_blaming_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
