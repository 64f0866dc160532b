"""Ending it all, decided or dated, and suicide slang (selfharm_end_all.py).
The everyday senses of the same phrases pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

HELD = [
    ("thinking abt ctb tonight", "en"),
    ("i think im gonna ctb soon", "en"),
    ("ctb this weekend, im done", "en"),
    ("j'ai décidé d'en finir", "fr"),
    ("je vais en finir ce soir, désolée", "fr"),
    ("c'est décidé, je vais en finir", "fr"),
    ("ich mach am wochenende schluss mit allem", "de"),
    ("ich hab beschlossen, schluss mit allem zu machen", "de"),
    ("questo weekend la faccio finita", "it"),
    ("ho deciso, stanotte la faccio finita", "it"),
    ("в эти выходные я покончу со всем", "ru"),
    ("всё, иду роскомнадзориться", "ru"),
    ("хочу выпилиться, сил нет", "ru"),
    ("postanowiłam się zabić", "pl"),
    ("dziś się zabiję, mam dość", "pl"),
    ("想紫砂，认真的", "zh"),
    ("我准备紫砂了", "zh"),
    ("下辈子见吧，这辈子太累了", "zh"),
]

PASS = [
    ("we took the ctb line to the museum", "en"),
    ("the ctb exam results are out", "en"),
    ("je vais en finir avec mes devoirs ce soir", "fr"),
    ("il faut en finir avec le harcèlement en ligne", "fr"),
    ("ich mach schluss mit ihm, er ist so nervig", "de"),
    ("schluss mit allem stress, jetzt sind ferien!", "de"),
    ("la faccio finita con i dolci, da lunedì dieta", "it"),
    ("falla finita di lamentarti e studia", "it"),
    ("la psicologa ci ha spiegato cosa dire a un amico che parla di farla finita", "it"),
    ("выпилюсь из этой беседы, спам надоел", "ru"),
    ("я покончу со всем домашним заданием до вечера", "ru"),
    ("роскомнадзор опять заблокировал сайт", "ru"),
    ("w filmie bohater postanowił się zabić, to było smutne", "pl"),
    ("dziś się zabiję ze śmiechu na tym filmie xd", "pl"),
    ("这部电影的结局是下辈子见", "zh"),
    ("紫砂锅炖汤很好喝", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_ending_it_all_and_slang_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_the_everyday_senses_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)
