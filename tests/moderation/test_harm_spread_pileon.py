"""Pile-ons without a mockery word (harm_spread.py): telling the group to
capture what a pointed-at person said or did and spread it to a public
place, several languages.

Hard negatives: the group's own screenshots and videos, evidence kept or
passed to a teacher, the moderators or a report, and a teacher's homework
note put in the group chat.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SPREAD_TO_AUDIENCE = [
    'everyone screenshot what jamal just said and post it on the year 8 story 💀💀',
    'everyone screenshot what jake said and post it on the class story 😂 make him cry',
    'screenshot his message and send it to the group chat',
    'everyone record her when she walks in and post it on tiktok',
    'guys post what amir wrote on the year 9 gc',
    'todos hagan captura de lo que dijo juan y súbanlo a la historia de la clase',
    "screenez ce qu'il a écrit et postez-le sur la story de la classe",
    'macht screenshots was er geschrieben hat und postet es in die klassengruppe',
    'printa o que ele falou e posta no story da turma',
    'fate screen di quello che ha detto luca e postatelo nella storia della classe',
    'заскриньте что он написал и киньте в общий чат',
    'sab log screenshot lo jo isne bola aur story pe daalo',
]
SPREAD_TO_AUDIENCE_NEG = [
    'everyone post your best game screenshot',
    'screenshot the report button so adults see it',
    'screenshot what he said and report it to a teacher',
    'screenshot what he said and send it to the mods',
    'record your dance and post it on tiktok',
    'screenshot your score and post it in the group',
    'film the sunset and post it on your story',
    'screenshot what the teacher said about homework and put it in the group chat',
    'haced captura de lo que dijo y enviadla al profe',
    'screenshot what they said and keep it as evidence',
]


@pytest.mark.parametrize("text", SPREAD_TO_AUDIENCE)
def test_spread_to_audience_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", SPREAD_TO_AUDIENCE_NEG)
def test_spread_to_audience_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
