"""Sextortion for payment (harm_extortion.py): the writer claims the reader's
pictures, demands money (an amount, btc, gift cards, robux) and names the
audience that will see them.  Several languages.

Hard negatives: offering to send trip pictures, news and reports of such
messages, pictures from an event.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PAYMENT = [
    "i have ur pics. send 100$ in btc or the whole school sees them",
    "i have ur pics. 50 in gift cards by tonight or ur whole school sees them",
    "i have your nudes. pay me 50 quid or i post them",
    "send me 200 robux or everyone sees your pics",
    "tengo tus fotos. mándame 50 euros o todo el colegio las verá",
    "j'ai tes photos. envoie 50€ sinon tout le collège les verra",
    "ich hab deine bilder. schick 50 euro oder die ganze schule sieht sie",
    "tenho suas fotos. manda 50 reais ou a escola toda vai ver",
    "ho le tue foto. mandami 50 euro o tutta la scuola le vede",
]
NOT_EXTORTION = [
    "i have ur pics from the trip, want me to send them?",
    "i have your pics from the party, i'll send them to everyone in the gc",
    'news: sextortion scammers say "i have your pics, pay 500 or everyone sees them"',
    "the police said sextortion scammers demand gift cards or they post the pictures",
    "my friend got a message saying i have your pics, send money or your school sees them, "
    "we told the police",
    "tengo tus fotos del viaje, te las mando?",
    "j'ai tes photos de vacances, je te les envoie ?",
]


@pytest.mark.parametrize("text", PAYMENT)
def test_payment_sextortion_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", NOT_EXTORTION)
def test_offers_and_news_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
