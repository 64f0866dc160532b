"""Functional tests for two bullying classes, parametrised over languages:
mocking a named person's looks with disgust (harm_shaming.py) and telling
someone to kill themself beyond the older languages, "do everyone a favour
and ..." (selfharm.py, ``self_harm:incitement``: bullying + self_harm).
Written from the failure classes of a blind evaluation, not its sentences.
Hard negatives: the writer's own looks, animals, compliments, idioms
("ci siamo ammazzati di risate"), reports and ordinary favours."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

# -- mocking looks with disgust ---------------------------------------------
MOCK_LOOKS = [
    ("look at sams nose lmao so ugly", "en"),
    ("look at her skin omg imagine being that gross", "en"),
    ("imagine looking that ugly in the class photo", "en"),
    ("mira los dientes de pablo, qué asco", "es"),
    ("regarde les dents de lucas, dégueu", "fr"),
    ("guck dir die zähne von tim an, eklig", "de"),
    ("guarda i denti di marco, che schifo", "it"),
    ("olha os dentes do joão, que nojo", "pt"),
]
MOCK_LOOKS_NEG = [
    ("look at my teeth after the dentist, so gross lol", "en"),
    ("look at the dog's teeth, gross", "en"),
    ("look at jake's new haircut so cool", "en"),
    ("imagine being that tired lol", "en"),
    ("mira los dientes de mi perro, qué bonitos", "es"),
    ("guarda i denti del cane, che carino", "it"),
]


@pytest.mark.parametrize(("text", "lang"), MOCK_LOOKS)
def test_mocking_looks_with_disgust_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), MOCK_LOOKS_NEG)
def test_own_looks_animals_and_compliments_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# -- incitement: "kill yourself", "do everyone a favour and die" -------------
INCITEMENT = [
    ("sei inutile, ammazzati", "it"),
    ("ucciditi e basta", "it"),
    ("sei pessimo, muori", "it"),
    ("fai un favore a tutti e sparisci per sempre", "it"),
    ("do us all a favour and disappear forever", "en"),
    ("haz un favor al mundo y desaparece para siempre", "es"),
    ("rends service à tout le monde et meurs", "fr"),
    ("tu allen einen gefallen und verschwinde für immer", "de"),
    ("faz um favor a todos e se mata", "pt"),
]
INCITEMENT_NEG = [
    ("ci siamo ammazzati di risate ieri", "it"),
    ("romeo e giulietta si sono suicidati alla fine", "it"),
    ("muori dal ridere con questo video", "it"),
    ("se muori e perdi tutto ricominci dal livello 1", "it"),
    ("fai un favore a tutti, porta le pizze", "it"),
    ("do us all a favour and pass the chips", "en"),
    ("haz un favor a todos y trae el proyector", "es"),
]


@pytest.mark.parametrize(("text", "lang"), INCITEMENT)
def test_incitement_is_bullying_and_self_harm(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", "self_harm", lang=lang)


@pytest.mark.parametrize(("text", "lang"), INCITEMENT_NEG)
def test_idioms_reports_and_favours_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
