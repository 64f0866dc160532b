"""Cruel remarks about the reader's family (harm_family_jibes.py: en es fr pt de
it): a parent who left, died, is in prison or did not want them, pinned on the
reader.  The writer's own family, comfort, plain facts, films and everyday
leaving pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:family"

HELD_EN = [
    "such a deep opinion from someone whose own dad didn't want him",
    "no wonder your mum left",
    "@carla no wonder your mum left",
    "even your dad didn't want you lol",
    "your dad left because of you",
    "at least my dad didn't walk out on me",
    "your mum's in prison lol criminal family",
    "your dad is in jail, like father like son",
    "imagine your mum dying just to get away from you",
    "go cry to your dad, oh wait he left",
    "your mom probably died to get away from your voice",
    "even your own mother abandoned you",
    "no wonder your parents divorced, they couldn't stand you",
    "your dad went out for milk and never came back lmao",
    "says the kid whose mum left lol",
    "i see why your dad left",
    "your dad left? i'd leave too lol",
    "not even your mum wants you",
    "no wonder you were adopted",
]

HELD_ES_FR_PT_DE_IT = [
    "por eso tu padre se fue",
    "tu padre te abandonó y con razón",
    "ni tu padre te quiere",
    "hasta tu madre te dejó",
    "c'est pour ça que ton père est parti",
    "même ton père voulait pas de toi",
    "pas étonnant que ton père se soit barré",
    "kein wunder dass dein vater abgehauen ist",
    "sogar dein vater wollte dich nicht",
    "é por isso que seu pai foi embora",
    "até seu pai te abandonou",
    "nem seu pai te quer",
    "ecco perché tuo padre se n'è andato",
    "neanche tuo padre ti vuole",
    "per forza tua madre se n'è andata",
]

PASS = [
    "my dad left when i was 5 and i'm ok now",
    "sorry your mum left, i'm here for you",
    "my parents are divorced",
    "in the film, his dad left and he had to raise his siblings",
    "no wonder your mum left early, the party was boring",
    "your dad left his keys here",
    "my dad didn't want me to go to the party",
    "your dad left a message for you at reception",
    "i'm so sorry your dad died, sending hugs",
    "the character's mum left him at the orphanage, such a sad book",
    "you think your dad left because of you, but it's not your fault",
    "just because your dad left doesn't mean you're not loved",
    "i'm sorry your dad left because of the divorce",
    "even your dad left a comment on my post lol",
    "that's why your dad left early?",
    "my mum left but at least my dad didn't leave me",
    "a book about a boy whose dad left him",
    "your dad is in prison? i'm so sorry, that must be hard",
    "even your dad loves this song lol",
    "my parents got divorced because of money",
    "mi padre se fue cuando tenía 3 años",
    "por eso tu padre se fue temprano",
    "por eso tu padre se fue tan rápido de la reunión",
    "ni tu padre te quiere ayudar con eso? qué raro",
    "hasta tu madre te dejó un mensaje",
    "mon père est parti quand j'avais 6 ans, ça va maintenant",
    "c'est pour ça que ton père est parti tôt",
    "mein vater ist abgehauen als ich klein war, ist okay",
    "sogar dein vater hat dich nicht abgeholt",
]


def _held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", HELD_EN)
def test_english_family_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_family_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", PASS)
def test_own_family_comfort_facts_and_everyday_leaving_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)
