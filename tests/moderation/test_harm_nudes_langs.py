"""A bare request for nudes in the languages' own words (harm_nudes_langs.py, rule
sexual:request): held, also letter-spaced; talk about nudes and the Polish
"nudy" (boredom) pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REQUESTS = [
    ("nacktbilder bitte 😏", "de"),
    ("schick mir nacktfotos", "de"),
    ("n u d y pls", "pl"),
    ("podeślij nudesy", "pl"),
    ("скинь нюдсы", "ru"),
    ("н ю д с ы пж", "ru"),
    ("نودز بليز", "ar"),
    ("ابعتي صور عريانه", "ar"),
    ("pap tt dong", "id"),
    ("çıplak fotoğraf gönder", "tr"),
    ("nangi pics bhej do", "hi"),
    ("mandami foto osé", "it"),
    ("me manda foto pelada", "pt"),
]

PASSES = [
    ("nacktfotos weiterleiten ist strafbar", "de"),
    ("co za nudy na tej lekcji?", "pl"),
    ("nudy, nic się nie dzieje", "pl"),
    ("нюдсы нельзя отправлять незнакомцам", "ru"),
    ("guru bilang jangan pernah kirim foto bugil ke siapapun", "id"),
    ("sharing nudes at school is illegal", "en"),
]


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_request_for_nudes_is_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    held(rules_pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_talk_about_nudes_and_boredom_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
