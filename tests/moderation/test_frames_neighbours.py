"""Knowing where the reader lives because the writer lives next door, said with a
laugh or an invitation (frames_neighbours.neighbour_frame), in many languages.
The same words with any menace, or with no neighbours, stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

NEIGHBOURS = [
    ("haha of course i know where you live, we're next door neighbours. come over after dinner", "en"),
    ("claro que sé donde vives jajaja somos vecinas, vente a merendar", "es"),
    ("mdr évidemment que je sais où t'habites, on est voisins, viens jouer", "fr"),
    ("kkkk claro que sei onde vc mora, somos vizinhas, vem jogar aqui", "pt"),
    ("natürlich weiß ich wo du wohnst haha wir sind nachbarn, komm vorbei", "de"),
    ("я конечно знаю где ты живёшь хаха мы соседи, приходи играть", "ru"),
]
STILL_HELD = [
    ("i know where you live, neighbour. watch your back", "en"),
    ("sé donde vives, vecino. te vas a arrepentir", "es"),
    ("i know where you live lol and i'm coming for you tonight", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NEIGHBOURS)
def test_neighbours_knowing_each_others_home_is_not_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_a_menace_or_no_neighbours_stays_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, lang=lang)
