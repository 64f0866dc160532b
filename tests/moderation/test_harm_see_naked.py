"""Wanting to see the reader naked, imagining it, a naked call, the reader's
underwear and "are you still a virgin" (harm_see_naked.py), one class per test in
many languages; the writer's own questions, star signs, olive oil and everyday
"i want to see you" pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held

SEE_NAKED = [
    ("vorrei vederti senza vestiti stasera", "it"),
    ("chciałbym cię zobaczyć bez ubrania", "pl"),
    ("mau liat badan kamu tanpa baju", "id"),
    ("بدي اشوفك بدون ملابس", "ar"),
    ("想看你没穿衣服的样子", "zh"),
    ("tumhe nangi dekhna hai", "hi"),
]
IMAGINING = [
    ("been picturing u naked all day", "en"),
    ("te imagino desnuda ahora mismo", "es"),
    ("ich stell mir dich gerade nackt vor", "de"),
    ("представляю тебя без одежды", "ru"),
    ("let's do a nude facetime tonight", "en"),
]
UNDERWEAR_AND_VIRGIN = [
    ("y de qué color son tus bragas hoy?", "es"),
    ("c'est quoi la couleur de ta culotte", "fr"),
    ("r u still a virgin lol", "en"),
    ("lu masih perawan ga?", "id"),
    ("انتي لسه عذراء؟", "ar"),
]
EVERYDAY = [
    ("is it normal to still be a virgin at 16? asking for me", "en"),
    ("my mum only cooks with extra virgin olive oil", "en"),
    ("t'es vierge ? moi je suis scorpion", "fr"),
    ("voglio vederti giocare alla partita di sabato!", "it"),
    ("chcę cię zobaczyć na koncercie szkolnym", "pl"),
    ("de qué color es tu mochila nueva?", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SEE_NAKED)
def test_wanting_to_see_the_reader_naked_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), IMAGINING)
def test_imagining_the_reader_naked_or_a_naked_call_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), UNDERWEAR_AND_VIRGIN)
def test_underwear_and_virginity_questions_are_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_own_questions_star_signs_and_everyday_wishes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هل انتي عذراء؟", "ar"),
        ("انتي عذراء ولا لا", "ar"),
        ("كم مقاس صدرك؟", "ar"),
        ("ايش مقاس السوتيان حقك", "ar"),
        ("bora fazer safadeza hj?", "pt"),
        ("quero fazer umas safadezas com vc", "pt"),
    ],
)
def test_arabic_virginity_and_bra_size_and_portuguese_safadeza_are_held(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    held(rules_pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انتي برج العذراء؟ انا الاسد", "ar"),
        ("مقاس الستيان المناسب مهم للصحة، قالت المعلمة", "ar"),
        ("que safadeza desse juiz, roubou o jogo", "pt"),
    ],
)
def test_star_sign_health_lesson_and_football_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
