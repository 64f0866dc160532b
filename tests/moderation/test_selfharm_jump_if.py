"""A jump threatened on a condition, and meant (`selfharm_jump_if.py`): held by
the rules; a jump into water, for joy or in a game passes."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("if those pics get to my parents im jumping. not a joke", "en"),
    ("if they tell my dad i swear ill jump", "en"),
    ("when the results come out im jumping. no joke", "en"),
    ("si esas fotos llegan a mis padres me tiro. no es broma", "es"),
    ("wenn die bilder bei meinen eltern landen spring ich. kein spaß", "de"),
    ("se le foto arrivano ai miei mi butto. non scherzo", "it"),
    ("se essas fotos chegarem nos meus pais eu pulo. nao é brincadeira", "pt"),
    ("jak te fotki dojda do starych to skacze. nie zart", "pl"),
    ("o fotolar aileme ulasirsa atlarim. saka degil", "tr"),
    ("kalo foto2 itu nyampe ke ortu gw lompat. bukan becanda", "id"),
    ("si les photos arrivent a mes parents je saute. c'est pas une blague", "fr"),
]

EVERYDAY = [
    ("if we win tomorrow im jumping in the pool, not a joke", "en"),
    ("if you pass the ball ill jump and head it", "en"),
    ("when the beat drops in the game everyone jumps, i swear", "en"),
    ("si ganamos me tiro a la piscina, no es broma", "es"),
    ("si me dejan salto de alegria", "es"),
    ("wenn ich die prüfung bestehe spring ich vor freude, kein spaß", "de"),
    ("se eu passar eu pulo de felicidade", "pt"),
    ("se vinciamo mi butto in piscina, giuro", "it"),
    ("jak wygramy to skacze do basenu, serio", "pl"),
    ("kazanirsak havuza atlarim, saka degil", "tr"),
    ("kalo menang gw lompat ke kolam, sumpah", "id"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_conditional_jump_said_last_and_meant_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_jump_into_water_for_joy_or_in_a_game_passes_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang)
