"""Short wishes to die in dialect and colloquial forms
(`selfharm_dialect_core.py`): held by the rules; laughter, sleeping in, and
saving up for a phone pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("بغيت نموت", "ar"),
    ("بغيت نموت وصافي", "ar"),
    ("باغي نموت", "ar"),
    ("b4it nmot safi", "ar"),
    ("bghit nmout", "ar"),
    ("بدي نام وما فيق", "ar"),
    ("نفسي أنام ومصحاش تاني", "ar"),
    ("بتمنى نام وما فيق", "ar"),
    ("كنتمنى نعس وما نفيقش", "ar"),
    ("умереть бы", "ru"),
    ("сдохнуть бы уже", "ru"),
    ("хочу перестать быть", "ru"),
    ("хочу перестать существовать", "ru"),
    ("я лишняя в этом мире", "ru"),
    ("коплю таблы в коробочке", "ru"),
    ("marna hai bas", "hi"),
    ("bas marna hai yaar", "hi"),
]

EVERYDAY = [
    ("b4it nmot bd7k 😂", "ar"),
    ("بغيت نموت بالضحك", "ar"),
    ("بغيت نمشي للبحر", "ar"),
    ("بدي نام بكير اليوم وما فيق الا الظهر", "ar"),
    ("умереть бы от смеха", "ru"),
    ("копила на новый телефон", "ru"),
    ("marna hai kya physics ka test dekh ke", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_short_wish_in_dialect_is_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_laughter_sleeping_in_and_saving_up_pass_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang)
