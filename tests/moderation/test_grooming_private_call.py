"""A private or one-on-one video call offered to the reader
(grooming_private.py), six languages; talk about such calls, reports and
calls with the class pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PRIVATE_CALL_OFFER = [
    'as a youth worker i love these chats. any of u want to do a private video call to '
    'practise for the presentation? just us',
    'wanna hop on a private facetime? just us two',
    'we could do a one on one video call tonight, just you and me',
    '¿quieres hacer una videollamada privada?',
    'tu veux faire un appel vidéo privé ?',
    'willst du einen privaten videocall machen?',
    'quer fazer uma chamada de vídeo privada?',
    'vuoi fare una videochiamata privata?',
]
PRIVATE_CALL_OFFER_NEG = [
    'the teacher said no private video calls with students',
    'is it safe to do a private video call with someone you met online?',
    'a man asked me to do a private video call and i blocked him',
    'we could do a private video call with the class teacher on friday',
    'i had a private call with my grandma',
]


@pytest.mark.parametrize("text", PRIVATE_CALL_OFFER)
def test_private_call_offer_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'grooming')


@pytest.mark.parametrize("text", PRIVATE_CALL_OFFER_NEG)
def test_private_call_offer_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
