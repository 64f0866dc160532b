"""Chain messages (spam_chain.py): forward this to N people or groups, in many
languages; warnings about them, quoted, and everyday sharing pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

CHAINS = [
    ("copy paste this to 10 friends in the next hour or you'll never find love", "en"),
    ("pasa esto a 15 contactos o mañana tu cuenta desaparece", "es"),
    ("envoie ce message à 10 potes sinon tu vas avoir la poisse", "fr"),
    ("encaminha isso pra 10 amigos senão vc vai ter azar o ano todo", "pt"),
    ("gira questo messaggio a 10 amici o avrai sfortuna per un anno", "it"),
    ("leite das an 10 freunde weiter sonst hast du pech", "de"),
    ("prześlij to do 10 znajomych bo będziesz miał pecha", "pl"),
    ("kirim ke 10 teman sekarang juga atau kamu bakal sial", "id"),
    ("разошли это 10 друзьям или тебя ждёт неудача", "ru"),
    ("ارسلها لعشرة اشخاص وإلا راح يصير لك شي", "ar"),
    ("把这个转发给十个好友，不然会倒霉", "zh"),
    ("is message ko 10 logon ko bhejo warna bad luck aayega", "hi"),
    ("bunu 10 kişiye gönder yoksa şansın döner", "tr"),
]
EVERYDAY = [
    ("those 'send this to 10 people' chain messages are so fake lol", "en"),
    ("mi tía siempre me manda cadenas, qué pesada", "es"),
    ("i shared the consultation poster in 3 groups, hope more kids join", "en"),
    ("ich hab das video an meine freunde geschickt, war so lustig", "de"),
]


@pytest.mark.parametrize(("text", "lang"), CHAINS)
def test_chain_messages_are_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_talk_about_chains_and_everyday_sharing_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
