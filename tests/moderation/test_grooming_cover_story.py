"""Cover stories for the family, the reader's own room, home alone asked ahead, and
"mature for your age" in ar/tr/pl/id (grooming_cover_story.py).  One class per
test, many languages; the writer's own room or mother, and the question reported,
pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

COVER_STORIES = [
    ("if ur dad asks who ur texting just say it's someone from the choir", "en"),
    ("si tu papá te pregunta con quién hablas, dile que es una amiga del equipo", "es"),
    ("si ta mère te demande avec qui tu parles, dis lui que c'est une copine du judo", "fr"),
    ("se tua mãe perguntar com quem vc fala, diz que é do curso de inglês", "pt"),
    ("wenn dein vater fragt mit wem du chattest, sag einfach es ist jemand aus dem verein", "de"),
    ("jakby mama cię zapytała z kim piszesz, powiedz że z koleżanką z basenu", "pl"),
    ("если папа спросит с кем ты переписываешься, скажи что с другом из школы", "ru"),
    ("annen sorarsa kiminle konuştuğunu, kursdan bir arkadaş de", "tr"),
    ("如果你爸问你在跟谁聊天，你就说是同学", "zh"),
]
OWN_ROOM = [
    ("tenés tu propia habitación o la compartís?", "es"),
    ("hast du ein eigenes zimmer oder teilst du es?", "de"),
    ("masz osobny pokój czy śpisz z siostrą?", "pl"),
    ("у тебя есть своя комната или с братом живёшь?", "ru"),
    ("kendi odan var mı yoksa kardeşinle mi kalıyorsun?", "tr"),
    ("你有没有自己的房间呀", "zh"),
]
HOME_ALONE_AHEAD = [
    ("are you going to be home alone on saturday?", "en"),
    ("te vas a quedar sola en casa mañana?", "es"),
    ("zostaniesz sama w domu w weekend?", "pl"),
    ("останешься одна дома на выходных?", "ru"),
]
MATURE = [
    ("انت ناضجة جدا مقارنة بعمرك", "ar"),
    ("yaşına göre gerçekten çok olgunsun", "tr"),
    ("jesteś naprawdę mądra jak na swój wiek", "pl"),
    ("kamu dewasa bgt buat umur kamu", "id"),
]
EVERYDAY = [
    ("my mum asks who i talk to online every night lol", "en"),
    ("finally i have my own room now, no more sharing with my brother!!", "en"),
    ("voy a estar sola en casa el finde, qué aburrido", "es"),
    ("i'll be home alone on saturday so i'm going to binge the whole series", "en"),
    ("en la charla dijeron que te preguntan si tienes cuarto propio, qué miedo", "es"),
    ("mi abuela dice que soy muy madura para mi edad jaja", "es"),
]


@pytest.mark.parametrize(("text", "lang"), COVER_STORIES)
def test_a_cover_story_for_the_family_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), OWN_ROOM)
def test_asking_about_the_readers_own_room_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), HOME_ALONE_AHEAD)
def test_home_alone_asked_ahead_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), MATURE)
def test_mature_for_your_age_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_the_writers_own_room_mother_or_weekend_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
