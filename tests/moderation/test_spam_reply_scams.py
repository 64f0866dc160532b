"""Scams that ask for a reply (spam_reply_scams.py): a prize for the reader's name,
address and bank details; a giveaway entered by writing YES; "subscribe, the link is
in my bio"; a money scheme with a fee or friends to recruit; fake support asking for
the password or the text code.  Each half alone, warnings and staff advice pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SCAMS = [
    ("congrats!! u are this week's lucky winner, send ur full name and bank details to get the cash", "en"),
    ("felicidades, has sido elegido ganador, envía tu nombre completo y datos bancarios", "es"),
    ("Gewinner der Woche! schick uns Namen, Adresse und Kontodaten", "de"),
    ("恭喜你中奖了，请提供真实姓名和银行卡号", "zh"),
    ("giveaway de 2000 robux, comenta SI y te los mando", "es"),
    ("розыгрыш скинов!!! напиши да в комментах", "ru"),
    ("subscribe to my channel pls, the link is in my bio", "en"),
    ("inscrevam no meu canal, o link tá no perfil", "pt"),
    ("easy money for kids!! just invite 3 friends and pay a 10 euro joining fee", "en"),
    ("soy del soporte de fortnite, mándame el código del sms para proteger tu cuenta", "es"),
    ("hallo, hier ist der support, schick mir dein passwort damit wir dein konto retten", "de"),
]
EVERYDAY = [
    ("i won the school lottery, we get a pizza party!", "en"),
    ("write yes if you're coming to the park on sunday", "en"),
    ("my channel is about drawing, i post every friday", "en"),
    ("the fee for the school trip is 20 euro, bring it by monday", "en"),
    ("admin here, never send your password or codes to anyone", "en"),
    ("el soporte de roblox nunca te pide la contraseña", "es"),
    ("i emailed the support team and they reset my password", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCAMS)
def test_scams_that_ask_for_a_reply_are_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_each_half_alone_and_staff_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
