"""A cut deeper than the writer meant is a self-injury told in passing
(moderation/selfharm_deeper.py), in 13 languages; the same words with an
everyday cause (cooking, a finger, shaving, football), or deeper than the
writer *thought* (an accident says that too), pass.  Sentences written for
this module; the first is a test string the scorer alone had held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from moderation.rules import RuleSet, first_match
from moderation.selfharm_deeper import RULES
from tests.moderation.helpers import allowed, self_harm_held

DEEPER = [
    ("the cut on my thigh is deeper than i meant", "en"),
    ("the cut went deeper than i wanted, how do i know if it needs stitches", "en"),
    ("el corte me salió más profundo de lo que quería", "es"),
    ("o corte ficou mais fundo do que eu queria, ta sangrando mt", "pt"),
    ("la coupure est plus profonde que je voulais cette fois", "fr"),
    ("der schnitt ist tiefer als ich wollte, was mach ich jetzt", "de"),
    ("il taglio è più profondo di quanto volessi", "it"),
    ("сегодня порезалась глубже, чем хотела", "ru"),
    ("kesik istediğimden daha derin oldu bu sefer", "tr"),
    ("cięcie wyszło głębiej niż chciałam", "pl"),
    ("sayatan kali ini lebih dalam dari yang aku mau", "id"),
    ("cut jitna chahti thi usse zyada gehra ho gaya", "hi"),
    ("الجرح طلع أعمق من ما كنت ناوية", "ar"),
    ("这次割得比我想要的深", "zh"),
]
EVERYDAY_DEEPER = [
    ("i cut my finger deeper than i meant while cooking", "en"),
    ("the cut on my knee from football is deeper than i thought", "en"),
    ("me corté cocinando, más profundo de lo que quería jaja", "es"),
    ("切菜的时候割到手指，比我想要的深", "zh"),
    ("der schnitt beim rasieren ist tiefer als ich dachte", "de"),
]


@pytest.mark.parametrize(("text", "lang"), DEEPER)
def test_a_cut_deeper_than_meant_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DEEPER)
def test_the_module_holds_it_alone(text: str, lang: str) -> None:
    prep = prepare(text, lang)
    hits = RuleSet(RULES).scan(prep)
    assert any(h.excused_by is None for h in hits), text


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_DEEPER)
def test_an_everyday_cause_or_deeper_than_thought_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


def test_every_rule_is_named_as_an_injury() -> None:
    assert {r.name for r in RULES} == {"self_harm:injury"}
    assert first_match(RULES[0], prepare("the cut is deeper than i thought").plain) is None
