"""Free-recharge link spam (spam_free_recharge.py): free phone credit, mobile data or
a top-up with a click or a link, in en es fr pt de it ru tr pl id ar hi.

Hard negatives: a recharge with no click, questions and warnings about the scam,
school links, stories in the past.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "clicca qui per la ricarica gratis",
    "ricarica gratis per tutti, clicca qui",
    "ricarica gratuita di 10 euro, clicca sul link",
    "recarga gratis, haz clic aquí",
    "recarga gratis para tu celular, haz clic en el enlace",
    "recharge gratuite cliquez ici",
    "crédit gratuit pour ton forfait, clique sur le lien",
    "recarga grátis clique aqui",
    "internet grátis, clique no link",
    "kostenlose aufladung hier klicken",
    "kostenloses guthaben, klick hier",
    "gratis aufladen, klick auf den link",
    "бесплатное пополнение жми сюда",
    "bedava yükleme için tıkla",
    "ücretsiz internet paketi için buraya tıkla",
    "darmowe doładowanie kliknij tutaj",
    "isi pulsa gratis klik di sini",
    "pulsa gratis buat semua, klik di sini",
    "شحن مجاني اضغط هنا",
    "رصيد مجاني اضغط على الرابط",
    "انترنت مجاني اضغط هنا",
    "free recharge ke liye yahan click karo",
    "free mobile data click here",
    "free recharge: bit.ly/abc123 hurry",
    "get 10GB free data, link in bio",
]

PASS = [
    "is free recharge a scam? my cousin clicked it",
    "our school gives free mobile data to students, ask the office",
    "don't click free recharge links, they're scams",
    "free recharge links are always fake, never click them",
    "the school gives free mobile data, click the link on classroom to apply",
    "my dad got free internet from his work",
    "is free internet real? someone sent a link",
    "ricarica gratis? è una truffa, non cliccate",
    "recarga gratis es estafa, no hagas clic",
    "la recharge gratuite c'est une arnaque",
    "gratis aufladen ist betrug, nicht klicken",
    "ücretsiz internet diye link atıyorlar, dolandırıcılık",
    "pulsa gratis itu penipuan, jangan klik linknya",
]


@pytest.mark.parametrize("text", HELD)
def test_free_recharge_with_a_click_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    assert rules_pipe.check(text).action is Action.BLOCK, text


@pytest.mark.parametrize("text", PASS)
def test_warnings_school_and_stories_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
