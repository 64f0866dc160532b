"""What strangers ask children, told as a report, and questions about what is
allowed (frames_others.py, the photo-request rule of grooming.py): the
generic 'you' asked by a third-person actor is no question to the reader.

The directed forms stay held: a question to the reader, 'I ask you', a
request for the reader's own picture or their friends' pictures.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

READER_DIRECTED = [
    'how old are you? what school do you go to',
    '我问你，你在哪个学校',
    '你在哪个学校？',
    '陌生人你好，你住哪里',
    'send me a picture of you',
    'is it ok to send me a pic',
    'is it ok if you send me a picture',
    'send me pictures of your friends',
    'dónde vives? cuántos años tienes?',
    'tu habites où ? quel âge as-tu ?',
]
READER_DIRECTED_NEG = [
    '我觉得最不安全的是陌生人加好友然后一直私聊，还问你在哪个学校',
    '陌生人会问你住哪里',
    '有些网友会问你几岁',
    'i think the most unsafe thing is strangers adding you and then dming all the time and '
    'asking where you live',
    'creeps will ask what school do you go to',
    'strangers online ask you where do you live and what school you go to',
    'lo más peligroso es que desconocidos te agregan y te preguntan dónde vives',
    'los desconocidos te preguntan cuántos años tienes',
    'des inconnus te demandent quel âge as-tu',
    "le pire c'est quand des inconnus t'ajoutent et te demandent où tu habites",
    'is it ok to post pics of friends without asking? i think u should ask first',
    'should you post pictures of your friends without asking',
    'can you post videos of people without consent',
    'is it ok to send pictures of other people',
]


@pytest.mark.parametrize("text", READER_DIRECTED)
def test_reader_directed_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'grooming')


@pytest.mark.parametrize("text", READER_DIRECTED_NEG)
def test_reader_directed_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
