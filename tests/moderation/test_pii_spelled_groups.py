"""Phone numbers spelled out in words and read in groups with hundreds
(pii_spelled_groups.py): Polish, Russian, Spanish, French, Portuguese,
Italian, Turkish, Indonesian and English.  Hard negatives: counts with their
noun, ages, prices, recipes, dates, sums and counting aloud."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

PHONES = [
    ("mój numer to sześćset, sto dwadzieścia trzy, czterysta pięćdziesiąt sześć", "czterysta"),
    ("zadzwoń do mnie: pięćset dwanaście, trzysta czterdzieści, dwadzieścia jeden", "trzysta"),
    ("numer tel sześćset sto dwadzieścia trzy czterysta pięćdziesiąt sześć", "sto dwadzieścia"),
    ("мой номер восемь девятьсот шестнадцать, сто двадцать три, сорок пять, шестьдесят семь",
     "девятьсот"),
    ("звони восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
     "сорок пять"),
    ("восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "девятьсот"),
    ("мой мобильный: восемь девятьсот двадцать пять, триста сорок, двенадцать, ноль три",
     "триста"),
    ("mi número es seiscientos doce, trescientos cuarenta y cinco, sesenta y siete",
     "trescientos"),
    ("llámame seiscientos doce trescientos cuarenta y cinco sesenta y siete", "seiscientos"),
    ("mon numéro c'est six cent douze, trois cent quarante-cinq, soixante-sept", "six cent"),
    ("o meu número é novecentos e doze, trezentos e quarenta e cinco, seiscentos e setenta e oito",
     "trezentos"),
    ("il mio numero è trecento quaranta sette, ottocento dodici, trentaquattro", "ottocento"),
    ("numaram beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi", "otuz iki"),
    ("nomor aku enam ratus dua belas, tiga ratus empat puluh lima, enam puluh tujuh", "tiga ratus"),
    ("my number is six hundred and twelve, three four five, sixty seven", "six hundred"),
    ("my number is eight hundred five five five, one two three four", "eight hundred"),
    ("text me at four one five, eight hundred, twelve thirty four", "eight hundred"),
]
NOT_PHONES = [
    "сто двадцать три человека пришли",
    "у нас сто двадцать три человека и сорок пять учителей",
    "мне тринадцать лет, брату девятнадцать, маме сорок пять",
    "в классе двадцать пять человек, в школе девятьсот учеников",
    "двести тридцать пять плюс сто сорок восемь равно триста восемьдесят три",
    "mam dwanaście lat a moja siostra siedemnaście",
    "to kosztuje sto dwadzieścia złotych",
    "sto dwadzieścia trzy, sto dwadzieścia cztery, sto dwadzieścia pięć",
    "tengo doce años",
    "seiscientos gramos de harina, doscientos de azúcar, tres huevos",
    "el veinticinco de diciembre de dos mil veinticuatro",
    "six cent douze pages, trois cent quarante-cinq mots",
    "on iki yaşındayım",
    "yüz yirmi üç kişi vardı",
    "umurku dua belas tahun",
    "harganya seratus dua puluh ribu",
    "we won three to one",
    "it costs seventy five dollars and twenty cents",
    "we counted seventy eighty ninety one hundred",
    "count with me: one hundred, two hundred, three hundred, four hundred",
    "the score was six hundred twelve to three hundred forty five",
    "it was nine hundred ninety nine dollars",
    "two hundred thirty five plus one hundred forty eight is three hundred eighty three",
    "the party is on the twenty third of may two thousand and twenty four",
    "call me on monday, i have two hundred pages to read",
]


@pytest.mark.parametrize(("text", "secret"), PHONES)
def test_number_read_in_groups_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[phone removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_numbers_in_words_that_are_no_phone_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
