"""A farewell made of formulas alone, closed by a mourning sign
(`selfharm_farewell_emoji.py`): held by the rules in 13 languages; one formula,
thanks and bye alone, anything else in the message, or no mourning sign pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ('hoy es el dia. bye 🖤', 'es'),
    ('谢谢大家，对不起。再见了 🥀', 'zh'),
    ('thank you for everything. sorry. 🖤', 'en'),
    ('grazie di tutto. scusatemi. 🥀', 'it'),
    ('merci pour tout. pardon. adieu 🕊️', 'fr'),
    ('danke für alles. tut mir leid 🖤', 'de'),
    ('спасибо за всё. простите 🥀', 'ru'),
    ('przepraszam. żegnajcie 🖤', 'pl'),
    ('her şey için teşekkürler. elveda 🥀', 'tr'),
    ('maafin aku ya. selamat tinggal 🥀', 'id'),
    ('desculpem. obrigada por tudo 🖤', 'pt'),
    ('سامحوني. وداعا 🥀', 'ar'),
    ('sorry. alvida 🖤', 'hi'),
]

EVERYDAY = [
    ('bye 🖤', 'en'),
    ('thanks, bye 🖤', 'en'),
    ('thanks everyone 🥀', 'en'),
    ('sorry for the spam, bye 🖤', 'en'),
    ('thanks for everything, see you monday 🖤', 'en'),
    ('gracias por todo, nos vemos mañana 🖤', 'es'),
    ('谢谢大家，再见 🖤', 'zh'),
    ('sorry. bye', 'en'),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_farewell_of_formulas_with_a_mourning_sign_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_light_or_mixed_goodbye_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
