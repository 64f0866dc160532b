"""An overdose just taken (`selfharm_overdose_taken.py`): held by the rules in
12 languages; a normal dose, sweets, vitamins and a doctor's dose pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("ich hab grad so 25 schmerztabletten genommen und mir ist voll schwindelig", "de"),
    ("j'ai avalé toute la boite de doliprane y a genre 30 min", "fr"),
    ("j'ai avalé une plaquette entiere y a un moment", "fr"),
    ("acabo de tomarme como 20 ibuprofenos, me duele la panza", "es"),
    ("me tome toda la caja de pastillas de mi mama", "es"),
    ("ho ingoiato il blister intero delle pillole di mia madre tipo 20 minuti fa", "it"),
    ("barusan aku minum obat mama banyak bgt kira2 20an, kepala pusing mual", "id"),
    ("выпила штук 20 таблеток обезбола минут 30 назад, голова кружится", "ru"),
    ("yarim saat once annemin ilaclarindan bi suru ictim, basim donuyo", "tr"),
    ("wzielam z 15 tabletek nasennych babci przed chwila", "pl"),
    ("acabei de tomar uns 15 comprimidos de dipirona, to com sono", "pt"),
    ("شربت علبة حبوب كاملة من نص ساعة وراسي عم يدور", "ar"),
    ("ghar ki saari dawai kha li maine", "hi"),
]

EVERYDAY = [
    ("me tome un ibuprofeno para la regla", "es"),
    ("me tome 5 caramelos de menta jaja", "es"),
    ("ich hab 5 tabletten genommen wie der arzt gesagt hat", "de"),
    ("выпила 2 таблетки от головы", "ru"),
    ("ho preso tutta la scatola di biscotti lol", "it"),
    ("j ai mangé toute la boite de chocolats", "fr"),
    ("bugun 2 ilac ictim doktor verdi", "tr"),
    ("tomei 10 copos de agua hoje", "pt"),
    ("wzielam 2 tabletki na bol glowy", "pl"),
    ("aku minum obat 2 butir dari dokter", "id"),
    ("hace dos años me tomé 20 pastillas, ahora ya no", "es"),
    ("vor zwei jahren hab ich 20 tabletten genommen, heute geht es mir gut", "de"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_an_overdose_just_taken_is_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_dose_sweets_and_doctors_orders_pass_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang)
