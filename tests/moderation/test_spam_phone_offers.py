"""Money offers with a phone call-to-action are spam (a blind evaluation's
failure class, not its sentences): an offer of money and "write / text /
call / WhatsApp me at <number>" in en es pt fr de it, in either order.
Hard negatives: a call-to-action without an offer ("call me at 5 after
practice", a friend's number), an offer without a number, talk about such
scams, a relative's job plans."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

SPAM = [
    "🔥GANA DINERO FÁCIL🔥 escribe al 612 34 58 90 y te explico 💸",
    "earn $500 a day from home!! whatsapp me on +44 7700 900123",
    "make easy money fast, text me at 07700 900123",
    "ganhe dinheiro rápido, me chama no zap 11 98765-4321",
    "gagne de l'argent facilement, écris-moi au 06 12 34 56 78",
    "schnelles Geld verdienen! schreib mir auf WhatsApp 0176 1234567",
    "guadagna soldi facili, scrivimi al 347 123 4567",
    "escríbeme al 612345678 y gana dinero fácil desde casa",
]
NOT_SPAM = [
    ("call me at 5 after practice", "en"),
    ("escribe al profe si no entiendes", "es"),
    ("i want to make money from home one day", "en"),
    ("i won 20 dollars at bingo lol text me at 5", "en"),
    ("gané 10 euros en la feria, llámame a las 6", "es"),
]
# the number is redacted, but the message is not spam
NUMBER_ONLY = [
    "call me at 07700 900123 after practice",
    "earn money fast is a scam, never text the number 07700 900123",
    "my mum wants to make money from home, she said call her at 612 34 58 90",
]


@pytest.mark.parametrize("text", SPAM)
def test_money_offer_with_phone_call_to_action_is_spam(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.BLOCK, (text, v.action, v.reasons)
    assert "spam" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), NOT_SPAM)
def test_call_to_action_or_offer_alone_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize("text", NUMBER_ONLY)
def test_number_without_offer_is_only_redacted(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.REDACT and "spam" not in v.categories, (text, v.action, v.reasons)
