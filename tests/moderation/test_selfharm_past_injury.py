"""Past-tense and habitual self-injury in es, pt, fr, de and it
(selfharm_past.py), everyday cuts that say how they happened
(frames_accident.py), and a recovered past treated as in English
(frames_recovered.py).  One class of case per test."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

PAST_OR_HABITUAL = [
    ("el año pasado me corté y ahora otra vez", "es"),
    ("me cortaba los brazos", "es"),
    ("yo me cortaba cuando estaba triste", "es"),
    ("ayer me corté con un cuchillo", "es"),
    ("me autolesionaba en secundaria", "es"),
    ("eu me cortei ontem", "pt"),
    ("eu me cortava", "pt"),
    ("eu me machucava de propósito", "pt"),
    ("tinha me cortado de novo", "pt"),
    ("je me coupais les bras", "fr"),
    ("je me scarifiais tous les soirs", "fr"),
    ("je me suis encore scarifiée", "fr"),
    ("je m'étais coupée encore", "fr"),
    ("ich hab mich wieder geritzt", "de"),
    ("früher hab ich mich oft geritzt", "de"),
    ("ich ritzte mich", "de"),
    ("hab mich gestern wieder in den arm geschnitten", "de"),
    ("mi tagliavo le braccia", "it"),
    ("mi sono tagliata di nuovo", "it"),
    ("mi facevo del male", "it"),
    ("ieri mi sono tagliata", "it"),
]
EVERYDAY_CUTS = [
    ("me corté el pelo", "es"),
    ("me corté con un papel", "es"),
    ("me corté el dedo cocinando", "es"),
    ("me corté el pelo otra vez", "es"),
    ("mi mamá me cortaba el pelo", "es"),
    ("me lastimé el tobillo jugando fútbol", "es"),
    ("eu me cortei com a faca fazendo comida", "pt"),
    ("eu me cortava fazendo a barba", "pt"),
    ("me machuquei jogando bola", "pt"),
    ("je me suis coupé en cuisinant", "fr"),
    ("je me suis coupé le doigt", "fr"),
    ("je me coupais les ongles", "fr"),
    ("ich hab mich beim kochen geschnitten", "de"),
    ("hab mich gestern beim kochen geschnitten", "de"),
    ("mi sono tagliata i capelli", "it"),
    ("mi sono tagliata i capelli di nuovo", "it"),
    ("mi sono fatta male al ginocchio", "it"),
    ("i cut myself cooking", "en"),
    ("i cut myself shaving", "en"),
]
NEGATED = [
    ("nunca me corté", "es"),
    ("no me corté, fue el gato que me arañó", "es"),
    ("non mi tagliavo", "it"),
]
# an accident that is on purpose, or the story told to others, stays held
DELIBERATE_OR_COVER_STORY = [
    ("je me suis coupée exprès en cuisinant", "fr"),
    ("i told my mum i cut myself cooking", "en"),
    ("me corté los brazos a propósito", "es"),
]
# as in English: help or being well now excuses a past ("two years ago i used
# to cut myself but im fine now"); "but i got over it" names neither and is held
RECOVERED = [
    ("hace dos años me cortaba pero ahora estoy bien", "es"),
    ("antes me cortaba pero fui a terapia y ahora estoy mucho mejor", "es"),
    ("two years ago i used to cut myself but im fine now", "en"),
]
NOT_RECOVERED = [
    ("hace dos años me cortaba pero ya lo superé", "es"),
    ("two years ago i used to cut myself but i got over it", "en"),
    ("hace dos años me cortaba y ahora otra vez", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PAST_OR_HABITUAL)
def test_past_or_habitual_self_injury_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_CUTS)
def test_everyday_cuts_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), NEGATED)
def test_negated_past_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DELIBERATE_OR_COVER_STORY)
def test_deliberate_or_cover_story_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), RECOVERED)
def test_recovered_past_passes_as_in_english(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), NOT_RECOVERED)
def test_past_without_help_or_wellbeing_holds_as_in_english(
    pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(pipe, text, lang)
