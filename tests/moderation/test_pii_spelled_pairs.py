"""Phone numbers spelled out in words and read in pairs, with teens, tens and
compounds (French "soixante-dix-huit", "quatre-vingt-douze"; Spanish
"treinta y cuatro"; Portuguese "trinta e quatro"; German
"vierunddreißig"; Italian "trentotto"; English "forty five").  Hard
negatives: a single number, counts in a sentence, scores, years and a
timetable read aloud without a phone cue."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

SPELLED = [
    ("mon numéro c'est zéro sept quatre-vingt-douze soixante et onze dix-huit quarante",
     "dix-huit"),
    ("appelle moi au zéro six vingt-deux trente-trois quarante-quatre cinquante-cinq",
     "trente-trois"),
    ("mi número es seis doce treinta y cuatro cincuenta y seis setenta y ocho", "treinta"),
    ("llámame al seis veintidós treinta y tres cuarenta y cuatro", "cuarenta"),
    ("meu número é nove nove oito sete dois trinta e quatro cinquenta e seis", "trinta"),
    ("meine nummer ist null eins sieben sechs zwölf vierunddreißig achtundfünfzig", "zwölf"),
    ("il mio numero è tre quattro sette ventidue trentotto quarantuno", "trentotto"),
    ("my number is oh seven seven double one twenty three forty five sixty", "forty"),
]
NOT_PHONES = [
    "trente-quatre élèves dans ma classe",
    "we scored twenty-three points",
    "page 12 of the book",
    "class at ten fifteen, eleven thirty and twelve forty-five",
    "en mil novecientos noventa y ocho",
    "i have twenty two cats and thirty three dogs and forty four fish",
    "the score was twenty one to nineteen",
    "wir waren zweiundzwanzig leute und dreißig kinder",
    "ho due fratelli, tre sorelle e sei cugini",
]


@pytest.mark.parametrize(("text", "secret"), SPELLED)
def test_number_read_in_pairs_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_numbers_in_words_without_a_phone_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
