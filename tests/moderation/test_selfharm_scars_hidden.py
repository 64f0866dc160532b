"""Scars the writer hides, or scars with a new wound (selfharm_means.py).
A scar from surgery, an accident, a pet or acne, and a hoodie worn because
it is cold, pass.  Written from a failure class of a blind evaluation."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HIDDEN = [
    ("die narben an meinen beinen sieht zum glück keiner, heute kommt eine neue dazu", "de"),
    ("i wear bracelets to hide my scars", "en"),
    ("my scars are fading but tonight there will be a new one", "en"),
    ("uso pulseras para tapar mis cicatrices", "es"),
    ("llevo sudadera para que nadie vea mis brazos", "es"),
    ("uso moletom pra ninguém ver meus braços", "pt"),
    ("je porte des sweats pour que personne ne voie mes bras", "fr"),
    ("ich trage pullis damit keiner meine arme sieht", "de"),
    ("porto le felpe così nessuno vede le mie braccia", "it"),
    ("ношу толстовки, чтобы никто не видел мои шрамы", "ru"),
    ("прячу свои шрамы под браслетами", "ru"),
]
NOT_HIDDEN = [
    ("i have a scar from my surgery and i cover it with makeup for photos", "en"),
    ("i wear hoodies because it's cold", "en"),
    ("my cat scratched me again, another scar lol", "en"),
    ("i hide my acne scars with concealer", "en"),
    ("ela usa pulseira pra esconder os cortes, a professora já sabe", "pt"),
    ("tengo una cicatriz de la operación y nadie la ve", "es"),
    ("die narbe vom unfall sieht keiner mehr", "de"),
    ("у меня шрам от кошки, никто не замечает", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), HIDDEN)
def test_hidden_scars_or_a_new_one_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_HIDDEN)
def test_scars_with_a_cause_or_weather_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
