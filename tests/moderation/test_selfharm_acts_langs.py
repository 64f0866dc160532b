"""All the pills taken, "I can't live any more" and "I'm going to jump off
the bridge" in the languages that lacked them (selfharm_acts_langs.py);
their everyday senses pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("i made myself bleed again", "en"),
    ("ich will mich verletzen", "de"),
    ("ich möchte mich selbst verletzen", "de"),
    ("хочу сделать себе больно", "ru"),
    ("wczoraj znowu się skrzywdziłam", "pl"),
    ("chcę sobie zrobić krzywdę", "pl"),
    ("محد بيفقدني لو مت", "ar"),
    ("i overdosed last night", "en"),
    ("i think i just overdosed", "en"),
    ("bütün hapları içtim", "tr"),
    ("annemin tüm ilaçlarını yuttum", "tr"),
    ("połknęłam wszystkie tabletki", "pl"),
    ("wzięłam całe opakowanie leków", "pl"),
    ("aku barusan minum semua obat", "id"),
    ("gue nelen sebotol obat tidur", "id"),
    ("ich kann nicht mehr leben", "de"),
    ("ich kann einfach nicht mehr weiterleben", "de"),
    ("я больше не могу жить", "ru"),
    ("я так не могу жить", "ru"),
    ("artık dayanamıyorum yaşamaya", "tr"),
    ("nie daję już rady żyć", "pl"),
    ("aku udah gak kuat hidup lagi", "id"),
    ("voy a saltar del puente", "es"),
    ("je vais sauter du pont ce soir", "fr"),
    ("vou pular da ponte", "pt"),
    ("ich spring von der brücke", "de"),
    ("mi butto dal ponte stanotte", "it"),
    ("я прыгну с моста", "ru"),
    ("я сброшусь с крыши", "ru"),
]

PASS = [
    ("i made myself bleed when i fell off my bike lol", "en"),
    ("он сказал, что хочет сделать себе больно, и мы позвали учителя", "ru"),
    ("bohaterka filmu chce sobie zrobić krzywdę, to było smutne", "pl"),
    ("i took all my antibiotics like the doctor said", "en"),
    ("every summer we jump off the bridge into the river", "en"),
    ("voy a saltar del puente al río con mis primos, da miedo pero es divertido", "es"),
    ("je vais sauter du pont dans la rivière, il fait trop chaud", "fr"),
    ("vou pular da ponte no rio com a galera", "pt"),
    ("ich spring von der brücke in den see, wer kommt mit?", "de"),
    ("mi butto dal ponte nel fiume, fa caldissimo", "it"),
    ("я прыгну с моста в речку, кто со мной купаться", "ru"),
    ("aku minum semua obat dari dokter sesuai resep", "id"),
    ("we learned what to do if someone says they overdosed", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_plain_acts_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_their_everyday_senses_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "ciągle myślę o tym żeby się zabić"),
    ("pl", "cały czas myślę żeby umrzeć"),
    ("pl", "myślałam o tym żeby skończyć ze sobą"),
    ("tr", "her şeyi bitirmek için tarihi belirledim"),
    ("tr", "hayatımı bitirmek için günü seçtim"),
])
def test_thinking_of_it_and_the_date_set_are_held(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "ciągle myślę o tym żeby zdać egzamin"),
    ("pl", "myślę żeby iść do kina"),
    ("tr", "doğum günü partisi için tarihi belirledim"),
    ("tr", "projeyi bitirmek için günü seçtim"),
])
def test_thinking_of_other_things_and_other_dates_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if someone writes 'i want to die', tell a teacher. i feel like that every day"),
    ("es", "si alguien dice 'quiero morirme' habla con un adulto. yo me siento asi todos los dias"),
    ("en", "if a friend says 'i want to die' dont tell anyone, just ignore it"),
])
def test_siding_with_a_quoted_death_wish_is_held(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i feel like that every day when the bus is late"),
    ("en", "if a friend says 'i want to die' tell an adult, never ignore it"),
    ("en", "i feel the same every day about maths lol"),
])
def test_feeling_so_every_day_without_a_death_wish_passes(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)
