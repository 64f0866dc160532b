"""A disclosure that says it is no joke stays a disclosure.

The Turkish, Polish and Indonesian packs read a joke word after a gloomy
phrase as hyperbole ("ölmek istiyorum şaka", "chcę umrzeć xd", "pengen mati
wkwk"); the negated joke word ("şaka değil", "nie żartuję", "gak bercanda")
said the opposite and let "kanka ölmek istiyorum şaka değil" through.  The
other languages are here to keep them the same."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held


@pytest.mark.parametrize(("text", "lang"), [
    ("kanka ölmek istiyorum şaka değil", "tr"),
    ("ölmek istiyorum şaka yapmıyorum", "tr"),
    ("artık yaşamak istemiyorum, şaka etmiyorum", "tr"),
    ("chcę umrzeć, nie żartuję", "pl"),
    ("nie chcę już żyć i nie żartuję", "pl"),
    ("aku pengen mati, gak bercanda", "id"),
    ("aku mau mati aja, ini bukan bercanda", "id"),
    ("pengen mati beneran, nggak bercanda", "id"),
    ("i want to die and no im not kidding", "en"),
    ("quiero morirme, no es broma", "es"),
    ("je veux mourir, c'est pas une blague", "fr"),
    ("quero morrer, não é brincadeira", "pt"),
    ("ich will sterben, kein witz", "de"),
    ("voglio morire, non sto scherzando", "it"),
    ("хочу умереть, я не шучу", "ru"),
    ("mujhe marna hai, mazaak nahi kar raha", "hi"),
    ("ابغى اموت مو مزح", "ar"),
    ("我想死，不是开玩笑", "zh"),
])
def test_a_disclosure_that_is_no_joke_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("utançtan ölmek istiyorum sjsjsj", "tr"),
    ("bu sınav yüzünden ölmek istiyorum haha", "tr"),
    ("chcę umrzeć xd ten test był masakra", "pl"),
    ("malu banget pengen mati wkwk", "id"),
])
def test_laughter_after_hyperbole_still_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)
