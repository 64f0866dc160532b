"""The writer names their own state (selfharm_state.py): suicidal, suicidal
thoughts, nothing to live for, cutting as a habit.  Third person, fiction,
conditionals, advice and a past that is over pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

SUICIDAL = [
    ("im suicidal", "en"),
    ("im kinda suicidal ngl", "en"),
    ("i am so suicidal rn idk what to do", "en"),
    ("been feeling really suicidal lately", "en"),
    ("suicidal again. thought i was done with this", "en"),
    ("i keep having suicidal thoughts at night", "en"),
    ("estoy suicida otra vez", "es"),
    ("tengo pensamientos suicidas casi todos los días", "es"),
    ("je suis suicidaire depuis des semaines", "fr"),
    ("j'ai encore des pensées suicidaires", "fr"),
    ("tô suicida de novo", "pt"),
    ("ando tendo pensamentos suicidas", "pt"),
    ("ich bin suizidal und weiß nicht weiter", "de"),
    ("hab wieder suizidgedanken", "de"),
    ("mi sento suicida stasera", "it"),
    ("ho di nuovo pensieri suicidi", "it"),
    ("у меня опять суицидальные мысли", "ru"),
    ("yine intihar düşüncelerim var", "tr"),
    ("mam myśli samobójcze od miesiąca", "pl"),
    ("aku sering punya pikiran bunuh diri", "id"),
    ("تجيني افكار انتحارية كل ليلة", "ar"),
    ("mujhe roz suicide ke khayal aate hain", "hi"),
    ("मुझे आत्महत्या के ख्याल आते हैं", "hi"),
    ("我最近总有自杀的念头", "zh"),
]

NOTHING_TO_LIVE_FOR = [
    ("i have nothing left to live for", "en"),
    ("honestly i have nothing to live for anymore", "en"),
    ("there is no reason for me to live", "en"),
    ("i dont see any reason to keep living", "en"),
    ("ya no tengo razones para vivir", "es"),
    ("je n'ai plus aucune raison de vivre", "fr"),
    ("não tenho mais motivo pra viver", "pt"),
    ("ich hab keinen grund mehr zu leben", "de"),
    ("non ho più nessun motivo per vivere", "it"),
    ("мне не для чего больше жить", "ru"),
    ("yaşamak için hiçbir sebebim kalmadı", "tr"),
    ("nie mam już po co żyć", "pl"),
    ("gue udah gak punya alasan buat hidup", "id"),
    ("ما عندي سبب اعيش", "ar"),
    ("jeene ki koi wajah nahi bachi", "hi"),
    ("जीने की कोई वजह नहीं बची", "hi"),
    ("我已经没有活下去的理由了", "zh"),
]

BURDEN = [
    ("ailem için bir yüküm", "tr"),
    ("herkese sadece bir yüküm artık", "tr"),
    ("انا عبء على اهلي", "ar"),
    ("أنا مجرد عبء على الكل", "ar"),
    ("main sabpe bojh hoon", "hi"),
    ("मैं सब पर बोझ हूँ", "hi"),
]

CUTTING_HABIT = [
    ("i keep cutting", "en"),
    ("been cutting a lot lately", "en"),
    ("i started cutting again and nobody knows", "en"),
    ("i cant stop cutting", "en"),
    ("ive been cutting for 2 months", "en"),
]

PASS = [
    ("without music i would have nothing to live for lol", "en"),
    ("the main character has nothing left to live for", "en"),
    ("the song is about having nothing to live for", "en"),
    ("if a friend says she is suicidal, tell a trusted adult", "en"),
    ("we learned what to do when someone is suicidal", "en"),
    ("i was suicidal two years ago but therapy helped and now i am fine", "en"),
    ("apps should show a helpline when someone searches suicidal thoughts", "en"),
    ("i keep cutting my hair shorter", "en"),
    ("keep cutting until the pieces are small", "en"),
    ("i have been cutting class and my mum found out", "en"),
    ("my mum has been cutting costs", "en"),
    ("i started cutting paper for the project", "en"),
    ("been cutting vegetables for dinner", "en"),
    ("i keep cutting and gluing for the art project", "en"),
    ("my cousin has been cutting and i told my aunt", "en"),
    ("el libro trata de un chico suicida", "es"),
    ("mon personnage est suicidaire dans le jeu", "fr"),
    ("o filme fala de uma personagem suicida", "pt"),
    ("im unterricht ging es darum, was man bei suizidgedanken tun kann", "de"),
    ("abbiamo parlato di come aiutare chi ha pensieri suicidi", "it"),
    ("нам рассказывали что делать если у друга суицидальные мысли", "ru"),
    ("bir arkadaşın intihar düşünceleri varsa bir büyüğe söyle", "tr"),
    ("na lekcji mówiliśmy o tym, co robić, gdy ktoś ma myśli samobójcze", "pl"),
    ("guru bilang kalau teman punya pikiran bunuh diri, kasih tahu orang dewasa", "id"),
    ("المدرسة علمتنا كيف نساعد صديق عنده افكار انتحارية", "ar"),
    ("teacher ne bataya ki agar dost ko aise khayal aaye toh kya karein", "hi"),
    ("老师教我们如果朋友有自杀的念头该怎么办", "zh"),
    ("bu çanta çok ağır, sırtımda koca bir yük", "tr"),
    ("الشنطة ثقيلة مرة وحملها علي", "ar"),
    ("ye bag bahut bhari hai, bojh lag raha hai", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), SUICIDAL)
def test_suicidal_said_of_oneself_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), NOTHING_TO_LIVE_FOR)
def test_nothing_to_live_for_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), BURDEN)
def test_a_burden_to_ones_family_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), CUTTING_HABIT)
def test_cutting_as_a_habit_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_others_fiction_conditionals_advice_and_the_past_pass(
    pipe: Pipeline, text: str, lang: str
) -> None:
    clean(pipe, text, lang)


# German spoken subjunctives and word order (blind set DA: "keiner würd mich vermissen
# ehrlich" passed): "würd", "hätt", "möcht" are read as "würde", "hätte", "möchte" in a
# German message (abbrev_langs.py), and "mich würde keiner vermissen" as the usual order
NOBODY_WOULD_MISS_ME_DE = [
    "keiner würd mich vermissen ehrlich",
    "niemand würd mich vermissen",
    "mich würd eh keiner vermissen",
    "mich würde sowieso niemand vermissen",
    "keine sau würde mich vermissen",
]


@pytest.mark.parametrize("text", NOBODY_WOULD_MISS_ME_DE)
def test_nobody_would_miss_me_in_spoken_german(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "de")


@pytest.mark.parametrize("text", [
    "würd gern mal nach berlin",
    "hätt ich das nur gewusst lol",
    "mich wird keiner vermissen wenn ich in den urlaub fahre lol",
    "möcht heute pizza essen",
])
def test_spoken_german_everyday(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, "de")
