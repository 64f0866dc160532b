"""A child's full name followed by their class or school year (pii_class_names.py):
the family name is redacted and the class stays ("I'm Emma [name removed] from 7B"),
in lower case too and after Russian "я".  No name, a first name alone, characters and
houses, school words and states ("im new here in year 7") pass unchanged."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, redacted

# (message, the family name that must be gone, the class that stays)
CLASS_NAMES = [
    ("я Даша Воронцова из 5Б", "Воронцова", "5Б"),
    ("я даша воронцова из 5б", "воронцова", "5б"),
    ("привет, я Максим Петров из 7А", "Петров", "7А"),
    ("я Даша Воронцова, 5Б класс", "Воронцова", "5Б"),
    ("я Максим Петров, учусь в 7А", "Петров", "7А"),
    ("I'm Emma Clarke from 7B", "Clarke", "7B"),
    ("im emma clarke from 7b", "clarke", "7b"),
    ("hi im emma clarke in year 7", "clarke", "year 7"),
    ("hi im emma clarke and im in 7b", "clarke", "7b"),
    ("this is Emma Clarke from 7B", "Clarke", "7B"),
    ("Emma Clarke, 7B here", "Clarke", "7B"),
    ("I'm Emma Rose Clarke from 8C", "Clarke", "8C"),
    ("soy Lucía Gómez de 2ºB", "Gómez", "2ºB"),
    ("soy lucía gómez de 2ºb", "gómez", "2ºb"),
    ("soy lucía gómez y estoy en 2ºB", "gómez", "2ºB"),
    ("je suis Léa Martin en 4e B", "Martin", "4e B"),
    ("je suis léa martin en 4e b", "martin", "4e b"),
    ("moi c'est Léa Martin, en 4eB", "Martin", "4eB"),
    ("ich bin Jonas Weber aus der 6c", "Weber", "6c"),
    ("ich bin jonas weber aus der 6c", "weber", "6c"),
    ("sono Giulia Rossi della 3A", "Rossi", "3A"),
    ("sono giulia rossi della 3a", "rossi", "3a"),
    ("jestem Zuzanna Nowak z 6b", "Nowak", "6b"),
    ("jestem zuzanna nowak z 6b", "nowak", "6b"),
    ("ben Elif Yılmaz 7-A sınıfından", "Yılmaz", "7-A"),
    ("ben elif yılmaz 7-a sınıfından", "yılmaz", "7-a"),
    ("aku Putri Lestari dari kelas 8B", "Lestari", "8B"),
    ("aku putri lestari dari kelas 8b", "lestari", "8b"),
    ("sou a Beatriz Costa do 9ºA", "Costa", "9ºA"),
    ("sou a beatriz costa do 9ºa", "costa", "9ºa"),
    ("sou o João Silva do 7º B", "Silva", "7º B"),
]

PASS = [
    "I'm in 7B",
    "I'm Emma from 7B",
    "I'm Emma from 7B and I like cats",
    "i'm emma, 7B",
    "hi im Jake from year 8",
    "Harry Potter from Gryffindor",
    "Hermione Granger from Gryffindor is my fav",
    "Harry Potter in year 7 was the best book",
    "we are class 5B",
    "our class 7B won the football cup",
    "я Даша из 5Б",
    "я тоже из 5Б",
    "я новенькая из 5Б",
    "я новая ученица из 5Б",
    "soy Lucía de 2ºB",
    "soy la nueva de 2ºB",
    "je suis en 4e B",
    "je suis nouvelle élève en 4e B",
    "ich bin in der 6c",
    "ich bin neue Schülerin aus der 6c",
    "sono della 3A",
    "sono nuova alunna della 3A",
    "jestem nowa z 6b",
    "ben yeni öğrenci 7-A sınıfından",
    "aku anak baru dari kelas 8B",
    "sou a nova aluna do 9ºA",
    "im new here in year 7",
    "im so tired in 7b",
    "im really bored in year 9",
    "im kinda sad rn in year 9 lol",
    "im literally dying in 7b",
    "im tired and i am in 7b",
    "this is maths homework for 7B",
    "its science class in 7b",
    "im class rep for 7b",
    "im form captain of 8c",
    "im a student in year 7",
    "I'm Year 7 Rep",
    "i'm top of my class in year 8",
    "im going home at 5 pm",
    "im gonna win 3 games",
    "je suis sur insta 24h sur 24",
    "i'm online 24h",
    "ich bin auf level 5 b",
    "im at home 10 k steps",
]


@pytest.mark.parametrize(("text", "surname", "klass"), CLASS_NAMES)
def test_full_name_with_class_redacted(rules_pipe: Pipeline, text: str, surname: str, klass: str) -> None:
    redacted(rules_pipe, text, surname)
    v = rules_pipe.check(text)
    assert "[name removed]" in v.text and klass in v.text, (text, v.text)


@pytest.mark.parametrize("text", PASS)
def test_no_full_name_or_no_class_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_redact_pii_hides_the_family_name() -> None:
    pipe = Pipeline()
    assert pipe.redact_pii("я Даша Воронцова из 5Б") == "я Даша [name removed] из 5Б"
    assert pipe.check("im emma clarke from 7b").action is Action.REDACT
