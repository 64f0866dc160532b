"""Questions about the reader's bra or cup size (harm_pileon.py's body
question rule), several languages; clothes sizes, health lessons and one's
own shopping pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

BRA_SIZE_QUESTION = [
    'whats ur bra size lol asking for the survey',
    "what's your cup size?",
    'ur bra size?',
    'what size bra do you wear',
    'cual es tu talla de sujetador',
    'quelle est ta taille de soutif',
    'quel est ton tour de poitrine',
    'was ist deine bh größe',
    'qual é o tamanho do seu sutiã',
    'qual è la tua taglia di reggiseno',
]
BRA_SIZE_QUESTION_NEG = [
    'bra sizes are confusing, the health teacher explained them',
    'what is your shoe size',
    "what's your hoodie size for the class order",
    'what bra size should i get for sports',
    'cual es tu talla de camiseta',
]


@pytest.mark.parametrize("text", BRA_SIZE_QUESTION)
def test_bra_size_question_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'sexual')


@pytest.mark.parametrize("text", BRA_SIZE_QUESTION_NEG)
def test_bra_size_question_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
