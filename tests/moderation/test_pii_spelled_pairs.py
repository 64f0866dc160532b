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


# Italian and Polish mobiles start with 3 and 5-8, not 0: the ask to call comes after
CUE_AFTER = [
    ("tre quattro sette, due due uno, otto otto cinque sei chiamami dopo cena", "otto otto"),
    ("sei zero due, uno uno quattro, sette sette otto scrivimi su whatsapp", "sette sette"),
    ("szesc zero dwa, jeden jeden cztery, siedem siedem osiem zadzwon jutro", "siedem siedem"),
    ("beş beş üç, iki iki bir, dört dört altı beni ara akşam", "dört dört"),
    ("three four seven two two one eight eight five six text me later", "eight eight"),
]
# the ask alone makes no number a phone: digits read in pairs are times and scores
NOT_PHONES_CUE_AFTER = [
    "class at ten fifteen, eleven thirty and twelve forty five, text me if you come",
    "we scored twenty three points and thirty one more, call me when you are home",
    "siamo ventidue in classe e trenta in palestra, chiamami dopo",
    "tre gatti e due cani, chiamami",
]


@pytest.mark.parametrize(("text", "secret"), CUE_AFTER)
def test_digits_read_one_by_one_before_an_ask_to_call_are_redacted(
    pipe: Pipeline, text: str, secret: str
) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NOT_PHONES_CUE_AFTER)
def test_an_ask_to_call_after_numbers_read_in_pairs_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
