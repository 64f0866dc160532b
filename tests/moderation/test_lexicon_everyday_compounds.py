"""Everyday compounds and fixed phrases whose part is a listed word
(lexicon_everyday.py), one class of case per test, several languages.

The listed word is ordinary inside the compound ("pique-nique", "cock-a-
doodle-doo", "il cavallo di Troia") but still counts anywhere else in the
same message, and a listed word split by hyphens ("ni-que") is found.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

EVERYDAY_COMPOUNDS = [
    ("je ramène un couteau pour le pique-nique", "fr"),
    ("on va pique-niquer au parc samedi", "fr"),
    ("on fait un pique nique au bord du lac", "fr"),
    ("le pique-nique de la classe est annulé", None),
    ("the rooster goes cock-a-doodle-doo every morning", None),
    ("that's a cock-and-bull story", None),
    ("the weather-cock on the church is gold", None),
    ("the shuttle-cock went over the net", None),
    ("we read moby-dick in english class", None),
    ("we have spotted dick for pudding on fridays", None),
    ("my sister graduated summa cum laude", None),
    ("we turned the garage into a kitchen-cum-dining room", None),
    ("i saw two blue tits and a great tit in the garden", None),
    ("a wood-pecker was drumming on the tree", None),
    ("the old slag heap near the mine is a hill now", None),
    ("i sob every time i watch that film", None),
]

ORDINARY_IDIOMS_WITH_A_SLUR_PART = [
    "mum wants my room spick and span before the guests come",
    "the kitchen was spic-and-span",
    "every plan has a chink in the armour",
    "we walked along offa's dyke on the school trip",
]

OTHER_LANGUAGES = [
    ("abbiamo studiato il cavallo di troia a scuola", "it"),
    ("la guerra di troia è durata dieci anni", "it"),
    ("había una polla de agua en el lago", "es"),
]

# the same words used as swear words, also next to the compound
STILL_HELD = [
    ("nique ta mère", "fr"),
    ("va te faire nique", "fr"),
    ("on fait un pique-nique, nique ta mère", "fr"),
    ("pique-nique, va te faire niquer", "fr"),
    ("pique-nique et n1que ta mere", "fr"),
    ("t'es en retard, retard", "fr"),
    ("nice tits", None),
    ("moby dick is a dick", None),
    ("suck my cock", None),
    ("sei una troia", "it"),
    ("chupame la polla", "es"),
    ("you absolute s o b", None),
    ("s.o.b.", None),
]

HYPHEN_SPLIT = [
    ("ni-que ta mere", "fr"),
    ("fu-ck you", None),
    ("what a bi-tch", None),
    ("sh-it game", None),
    ("du bist ein arsch-loch", "de"),
    ("vai tomar no cu, po-rra", "pt"),
]

# real hyphenated words whose parts joined are no listed word
HYPHEN_NEG = [
    ("the co-op sells t-shirts and has wi-fi", None),
    ("k-pop and e-sports are so-so", None),
    ("ada banyak anak-anak di taman", "id"),
    ("c'est un casse-tête, on prend le tire-bouchon", "fr"),
    ("kto-to zostawił coś", "pl"),
    ("il y a un arc-en-ciel après-midi", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_COMPOUNDS)
def test_everyday_compound_with_a_listed_part_passes(pipe: Pipeline, text: str, lang: str | None) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize("text", ORDINARY_IDIOMS_WITH_A_SLUR_PART)
def test_ordinary_idiom_with_a_slur_part_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(("text", "lang"), OTHER_LANGUAGES)
def test_fixed_phrase_in_other_languages_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_listed_word_outside_the_compound_still_held(pipe: Pipeline, text: str, lang: str | None) -> None:
    held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HYPHEN_SPLIT)
def test_listed_word_split_by_hyphens_held(pipe: Pipeline, text: str, lang: str | None) -> None:
    held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HYPHEN_NEG)
def test_real_hyphenated_words_pass(pipe: Pipeline, text: str, lang: str | None) -> None:
    clean(pipe, text, lang=lang)
