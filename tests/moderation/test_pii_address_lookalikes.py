"""Street addresses against their everyday look-alikes (a blind evaluation's
failure class, not its sentences): a number followed by words and an English
street word that is also an ordinary word ("no way", "way better", "a 10 min
walk"), a price or decimal before it, Italian "via" as English "via", German
"-ring" streets as English "-ring" words.  Real addresses in en, fr, es, it,
pt and de stay redacted."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

ADDRESSES = [
    ("i live at 42 oak way", "42 oak way"),
    ("i live at 42 Oak Way", "Oak Way"),
    ("12 Rose Lane", "Rose Lane"),
    ("she lives at 7 Church Street", "Church Street"),
    ("221b Baker Street is where i live", "Baker Street"),
    ("my address is 14 maple close", "maple close"),
    ("come to 5 elm grove after school", "elm grove"),
    ("send it to 3 Willow Walk pls", "Willow Walk"),
    ("calle mayor 5", "mayor 5"),
    ("vivo en la calle de la paz 14", "paz 14"),
    ("abito in via roma 12", "roma 12"),
    ("abito in via Garibaldi, 5", "Garibaldi"),
    ("moro na rua das flores 120", "flores 120"),
    ("il habite 12 rue Victor Hugo", "Victor Hugo"),
    ("ich wohne in der Hauptstraße 5", "Hauptstraße 5"),
    ("wir wohnen am Kaiserring 12", "Kaiserring 12"),
]

# function words, pronouns, "no" and units are never a street name; prices
# and decimals are never a house number
NOT_ADDRESSES_EN = [
    "bruh that game costs $69.99 no way",
    "i used to fight with my brother when i was 12 but im way better now",
    "i scored 20 points no way",
    "i paid 20 bucks way overpriced",
    "it was 3 am lol way too late",
    "i am 13 so way younger than them",
    "the skin was £4.99 no way im buying it",
]
# ambiguous street words (way, walk, close, place, drive) without a
# capitalised name or an address cue
NOT_ADDRESSES_AMBIGUOUS = [
    "its a 10 min walk from mine",
    "its like 5 minutes walk",
    "we drove 2 hours way too long",
    "i have 3 dogs close to me",
    "level 50 boss way too hard",
    "i have 2 cats place them on the sofa",
    "we got 4 new players way better than last season",
]
# "via" as a medium, "-ring" as English "-ing", a number followed by a unit
NOT_ADDRESSES_INTL = [
    ("i found it via google like 2 days ago", "en"),
    ("sent it via whatsapp at 5", "en"),
    ("we go via the bridge 2 times a day", "en"),
    ("during 3 weeks i was sick", "en"),
    ("spring 2024 was fun", "en"),
    ("we bring 2 snacks each", "en"),
    ("la via lattea ha 200 miliardi di stelle", "it"),
    ("dimos un paseo de 10 minutos", "es"),
]


@pytest.mark.parametrize(("text", "secret"), ADDRESSES)
def test_street_address_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NOT_ADDRESSES_EN)
def test_function_words_and_prices_are_no_address(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, lang="en")


@pytest.mark.parametrize("text", NOT_ADDRESSES_AMBIGUOUS)
def test_ambiguous_street_word_without_cue_is_no_address(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, lang="en")


@pytest.mark.parametrize(("text", "lang"), NOT_ADDRESSES_INTL)
def test_via_ring_and_units_are_no_address(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
