"""Ordinary causes of a healing mark (frames_healing.py): a tattoo or
piercing, surgery, a sport injury, sunburn, bites, spots, a pet's scratch
and the cold excuse the cover + fresh-mark pair; the same cause as what a
parent believes is no excuse."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

COVER_STORIES = [
    ("long sleeves again, mum thinks the new marks are from the cat", "en"),
    ("manga larga otra vez, mi madre cree que los cortes nuevos son del gato", "es"),
    ("опять длинные рукава, мама думает что новые царапины от кошки", "ru"),
    ("langarm im juni, meine mutter glaubt die neuen kratzer sind von der katze", "de"),
]
ORDINARY_CAUSES = [
    ("my new tattoo is still healing so i wear long sleeves", "en"),
    ("new piercing is still healing, cant go swimming", "en"),
    ("we learned how to notice if a friend hides new cuts under long sleeves", "en"),
    ("my stitches from the surgery are still healing, no pe for me", "en"),
    ("me quemé con el sol, los hombros siguen rojos, manga larga", "es"),
    ("los puntos de la operación todavía no cierran, sin piscina", "es"),
    ("mi gato me arañó, los rasguños nuevos siguen rojos, me pongo manga larga", "es"),
    ("a tatuagem nova ainda tá cicatrizando, manga longa", "pt"),
    ("les points de l'opération sont pas encore cicatrisés, pas de piscine", "fr"),
    ("fond de teint sur mes boutons, les nouveaux sont énormes", "fr"),
    ("die fäden von der op sind noch nicht verheilt, kein schwimmen", "de"),
    ("make up über die neuen pickel", "de"),
    ("il tatuaggio nuovo sta ancora guarendo, maniche lunghe", "it"),
    ("i punti dell'operazione non sono ancora guariti, niente piscina", "it"),
    ("غرز العملية لسا ما طابت، ما في مسبح", "ar"),
    ("新纹身还没好，所以穿长袖", "zh"),
    ("新打的耳洞还没好，不能去游泳", "zh"),
    ("猫抓的新的还红着，穿长袖", "zh"),
    ("operation ke taanke abhi bhare nahi, swimming nahi", "hi"),
    ("yeni dövmem hala iyileşmedi, uzun kollu giyiyorum", "tr"),
    ("yeni piercing iyileşene kadar havuz yok", "tr"),
    ("ameliyat dikişleri daha iyileşmedi, havuz yok", "tr"),
    ("zakrywam nowe pryszcze podkładem", "pl"),
    ("tato baru masih belum sembuh, jadi pake lengan panjang", "id"),
    ("jahitan operasi belum sembuh, ga renang", "id"),
    ("cant go swimming, new tattoo still healing", "en"),
]


@pytest.mark.parametrize(("text", "lang"), COVER_STORIES)
def test_a_cause_a_parent_believes_is_no_excuse(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ORDINARY_CAUSES)
def test_ordinary_causes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
