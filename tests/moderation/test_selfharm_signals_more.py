"""Functional tests for the fourth round of self-harm signal cues
(signals_more.py), one class per test, parametrised over languages.

Written from the failure classes of a blind evaluation (not its
sentences).  Each positive class pairs two cue families; the hard negatives
share the words but carry one family only, or an everyday reason (moving,
a trip, the view from a roof, a sunburn, a school leaflet)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

# -- not being here by a time, a burden, a goodbye ----------------------------
ABSENCE_BURDEN = [
    ("mujhe lagta hai main kal tak nahi rahunga, sabko bye", "hi"),
    ("main parso tak nahi rahungi, bye sabko", "hi"),
    ("ana 3eb2 3ala ahli, a7san law ma kont mawjoud", "ar"),
    ("ana 3eb2 3ala el kol, lw ma kont mawjood a7san", "ar"),
    ("im the mistake, i shouldnt be here", "en"),
    ("i am such a waste of space. i should never have been born", "en"),
    ("this is my last day in this chat, goodbye for real", "en"),
]
ABSENCE_BURDEN_NEG = [
    ("main kal tak nahi rahunga, shaadi mein ja raha hu", "hi"),
    ("sabko bye, kal milte hai", "hi"),
    ("i shouldnt be here, i have a test tomorrow lol", "en"),
    ("i made a mistake in question 3, can someone check", "en"),
    ("this is my last day in this chat, we are moving to leeds on friday", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ABSENCE_BURDEN)
def test_absence_with_burden_or_goodbye_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ABSENCE_BURDEN_NEG)
def test_absence_or_goodbye_alone_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# -- a date picked, a deadline on life, farewell letters ----------------------
PLAN = [
    ("已经决定好日子了…以后就不会再麻烦任何人了", "zh"),
    ("选好时间了，以后不会再拖累家人了", "zh"),
    ("told myself if things dont get better by my birthday im done. 12 days left", "en"),
    ("if nothing changes by christmas i am done.", "en"),
    ("ho scritto delle lettere di addio per la mia famiglia", "it"),
    ("escribí cartas de despedida para mi familia", "es"),
    ("escrevi cartas de despedida pra minha família", "pt"),
]
PLAN_NEG = [
    ("我们决定好日子了，周六去野餐", "zh"),
    ("if things dont get better by friday im quitting the team", "en"),
    ("ho scritto una lettera di addio per la maestra che va in pensione", "it"),
    ("la prof ci ha fatto scrivere una lettera di addio al personaggio", "it"),
]


@pytest.mark.parametrize(("text", "lang"), PLAN)
def test_a_day_picked_or_farewell_letters_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PLAN_NEG)
def test_plans_and_letters_for_occasions_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# -- hiding arms in the heat --------------------------------------------------
CONCEAL = [
    ("its 30 degrees and im still in a hoodie bc i cant let anyone see my arms", "en"),
    ("wearing a jumper in 35 degrees because i never let my mum see my wrists", "en"),
]
CONCEAL_NEG = [
    ("its 30 degrees and im still in a hoodie lol im always cold", "en"),
    ("i cant let anyone see my arms, i got such a bad sunburn", "en"),
    ("i never let anyone see my arms theyre so hairy", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CONCEAL)
def test_hoodie_in_the_heat_to_hide_arms_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), CONCEAL_NEG)
def test_hoodie_or_hidden_arms_for_other_reasons_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# -- method questions: roofs, overdoses, the denied school project -----------
METHOD = [
    ("whats the tallest building near school u can get on the roof of? i need to know soon", "en"),
    ("which is the highest car park i can get onto the roof of", "en"),
    ("does anyone know if a paracetamol overdose hurts? not for a school project", "en"),
    ("would an overdose of sleeping pills hurt? not for homework btw", "en"),
]
METHOD_NEG = [
    ("which building can you get onto the roof of for the best view of the fireworks", "en"),
    ("does a paracetamol overdose hurt? its for our health class leaflet", "en"),
    ("not for a school project, just curious: how tall is the shard", "en"),
]


@pytest.mark.parametrize(("text", "lang"), METHOD)
def test_method_questions_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), METHOD_NEG)
def test_views_lessons_and_buildings_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
