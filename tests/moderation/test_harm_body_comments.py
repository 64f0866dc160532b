"""Sexual comments on the reader's body and wanting to touch the reader beyond
English (harm_body_comments.py), one class per test in many languages; the
everyday senses of the same words pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

BODY_COMMENTS = [
    ("madre mía qué cuerpazo tienes en esa foto", "es"),
    ("tu m'excites trop sur ta story", "fr"),
    ("vc fica muito gostosa de biquini", "pt"),
    ("dein hintern sieht in der hose echt sexy aus", "de"),
    ("sei davvero gnocca nella tua storia", "it"),
    ("ale masz tyłek na tym zdjęciu", "pl"),
    ("body kamu montok bgt di video itu", "id"),
    ("جسمك نار في الصورة", "ar"),
    ("你身材真火辣", "zh"),
    ("ты такая сексуальная на аватарке", "ru"),
    ("teri figure ekdum kadak hai", "hi"),
    ("o fotoğrafta çok seksisin", "tr"),
]
TOUCH = [
    ("me muero por tocarte toda", "es"),
    ("j'ai envie de te caresser", "fr"),
    ("ich will dich überall anfassen", "de"),
    ("vorrei toccarti adesso", "it"),
    ("chciałbym cię dotykać", "pl"),
    ("نفسي المسك", "ar"),
    ("好想摸你", "zh"),
    ("хочу тебя потрогать", "ru"),
    ("sana dokunmak istiyorum", "tr"),
]
EVERYDAY = [
    ("t'es bonne en maths, tu peux m'expliquer l'exo 3", "fr"),
    ("que gostosa essa torta da sua avó", "pt"),
    ("du bist so geil, danke für die hilfe", "de"),
    ("quiero tocarte una canción con la guitarra", "es"),
    ("хочу потрогать котика", "ru"),
    ("sei troppo bona a cucinare", "it"),
    ("mau pegang hp dulu bentar", "id"),
    ("想摸一下你的猫", "zh"),
    ("çok ateşli bir maç oldu", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), BODY_COMMENTS)
def test_sexual_comments_on_the_readers_body_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), TOUCH)
def test_wanting_to_touch_the_reader_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_the_everyday_senses_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
