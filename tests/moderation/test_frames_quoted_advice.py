"""Advice about warning signs that quotes what a friend might say
(frames_quoted_advice.py): "if someone writes 'I want to die', take it
seriously and tell a teacher" passes; the writer's own words, a writer who
joins in or speaks as "i" outside the quotation, and a quotation with no
advice stay held.  Written from the class described, not from any data
set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

ADVICE = [
    "if your friend says something like 'i don't want to be here anymore', tell an adult, don't keep it secret",
    "if someone writes 'I want to die', take it seriously and tell a teacher",
    'if a friend texts you "i want to kill myself" tell a trusted adult straight away',
    'if someone in your class says stuff like "i wish i was dead", talk to a teacher',
    "when a mate posts 'i can't do this anymore. i want to end it' don't ignore it, tell an adult",
    'tell a teacher if your friend says "i\'m going to hurt myself"',
    "if your bestie says i just want to die, tell a trusted adult",
    "if a classmate messages you 'i'm going to kill myself tonight' call a helpline or tell an adult",
    'si tu amiga dice algo como "ya no quiero estar aquí", díselo a un adulto',
    "si alguien escribe 'quiero morirme', tómalo en serio y habla con un profe",
    'si quelqu\'un écrit "je veux mourir", prends-le au sérieux et parles-en à un adulte',
    'se um amigo disser "eu quero morrer", conta para um adulto',
    'wenn jemand schreibt "ich will sterben", sag es einem Erwachsenen',
    "wenn deine freundin sagt „ich will mich umbringen“, sprich mit einem lehrer",
    'se un amico scrive "voglio morire", dillo a un adulto',
    "if someone writes 'I want to die', don't ignore it, tell a teacher",
]
# the ordinary quote frame excuses the rule; the learned scorer, which reads the
# quoted words alone, must leave it too (frames_more.declines_model)
ADVICE_FULL_PIPELINE = [
    "se alguém escrever 'não quero mais viver', fala com um professor",
    "se qualcuno dice 'non voglio più vivere', parlane con un insegnante",
    "se alguém escrever 'quero morrer', não ignora, conta para um adulto",
    "if someone writes 'I want to die', take it seriously and tell a teacher",
]
STILL_HELD = [
    "i don't want to be here anymore, don't tell anyone",
    "if i say 'i want to die' will you tell a teacher",
    'if i text my friend "i want to kill myself" she\'ll tell an adult',
    'if someone says "i want to die" tell an adult. me too honestly',
    "if someone writes 'i want to die' tell a teacher. i feel like that every day",
    'when my mum asks and i say "i want to die" she tells me to talk to a teacher',
    "if anyone asks i want to die, don't tell an adult",
    "i keep writing 'i want to die' in my notes, if someone reads it tell a teacher",
    'my friend said "i want to die" and i don\'t know what to do',
    'se eu disser "quero morrer" conta para um adulto',
    'wenn ich sage "ich will sterben", sag es einem lehrer',
    "if someone says 'i want to die' it's probably me lol",
    "si digo 'quiero morirme' no se lo digas a nadie",
    "quand je dis 'je veux mourir' personne ne me croit",
    "if my friend says 'i want to kill myself' i'll say same",
    'if anyone says "i want to kill myself" dont tell an adult just ignore it',
]
# (the writer's own words after the advice that only the learned scorer holds
# are in test_selfharm_model.py: the trainer reads this file's strings)
STILL_HELD_FULL_PIPELINE = [
    "if someone writes 'i want to die' tell a teacher. honestly i feel like nobody would miss me",
]


@pytest.mark.parametrize("text", ADVICE)
def test_quoted_advice_passes(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", ADVICE_FULL_PIPELINE)
def test_quoted_advice_passes_the_scorer(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_own_words_still_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", STILL_HELD_FULL_PIPELINE)
def test_own_words_after_advice_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)
