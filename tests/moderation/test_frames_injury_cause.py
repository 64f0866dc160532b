"""An injury with its everyday cause named passes (frames_injury_cause.py);
one said to be meant, or with no cause, stays held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

CAUSED = [
    ("i scratched my mosquito bites until they bled", "en"),
    ("my cat scratched me till i bled", "en"),
    ("my eczema is so itchy i scratched till it was bleeding", "en"),
    ("burned my hand on the oven while baking cookies", "en"),
    ("ich kratz mich blutig wegen der mückenstiche", "de"),
    ("me rasqué las picaduras de mosquito hasta sangrar", "es"),
    ("je me suis gratté jusqu'au sang à cause des piqûres de moustiques", "fr"),
    ("cocei as picadas de mosquito até sangrar", "pt"),
    ("mi sono grattata le punture di zanzara fino a sanguinare", "it"),
    ("расчесала укусы комаров до крови", "ru"),
    ("sivrisinek ısırıklarını kanatana kadar kaşıdım", "tr"),
    ("rozdrapałam ugryzienia komarów do krwi", "pl"),
    ("aku garuk gigitan nyamuk sampai berdarah", "id"),
    ("حرقت ايدي بالمكوه وانا اكوي", "ar"),
    ("मच्छर के काटने को खुजलाते खुजलाते खून निकल आया", "hi"),
    ("我用剃须刀刮腿毛", "zh"),
    ("держу лезвие для модели в пенале", "ru"),
]

STILL_HELD = [
    ("i scratch myself until i bleed, it helps", "en"),
    ("i burn myself with the iron on purpose", "en"),
    ("i scratch until i bleed. sorry for posting this in the chat", "en"),
    ("i scratch until i bleed to feel something, the mosquito bites are just my excuse", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CAUSED)
def test_an_injury_with_its_everyday_cause_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_an_injury_meant_or_without_a_cause_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)
