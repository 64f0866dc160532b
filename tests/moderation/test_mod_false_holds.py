"""Functional tests for four classes of false holds from a blind
evaluation (not its sentences), each next to the hard cases that must stay
held:

* secrecy about a login is advice ("never tell anyone your password",
  frames.confidence_frame), unless the writer asks for it;
* a past self-injury the writer got help for ("...but i talked to the
  school counsellor and now im ok", frames.mundane_frame), unless it is back;
* a Hindi reflexive ("खुद को") after a third-person subject with a
  third-person verb is about a friend, as "she hurts herself" is in English;
* wishing to disappear *from a group chat* is not a wish to die.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held, self_harm_held

# -- a password as the secret ---------------------------------------------------
CREDENTIAL_ADVICE = [
    ("yaar kabhi bhi apna password kisi ko mat batao, mere bhai ka account hack ho gaya tha", "hi"),
    ("never tell anyone your password, my cousin got hacked", "en"),
    ("don't tell anyone your pin", "en"),
    ("apna otp kisi ko mat batana", "hi"),
]
CREDENTIAL_SECRECY = [
    ("dont tell anyone, just give me your password", "en"),
    ("don't tell anyone about us", "en"),
    ("kisi ko mat batana, mujhe apna password bhejo", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), CREDENTIAL_ADVICE)
def test_password_secrecy_is_advice(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), CREDENTIAL_SECRECY)
def test_secrecy_asking_for_it_still_holds(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


# -- a past the writer got help for -------------------------------------------
RECOVERED = [
    ("last year i used to hurt myself but i talked to the school counsellor and now im ok", "en"),
    ("i used to hurt myself when i was 12 but i spoke to my mum and now i am doing well", "en"),
]
NOT_RECOVERED = [
    ("i used to hurt myself but i talked to the school counsellor and now im ok but its back again",
     "en"),
    ("i hurt myself last night and i havent told anyone", "en"),
]


@pytest.mark.parametrize(("text", "lang"), RECOVERED)
def test_recovered_past_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_RECOVERED)
def test_present_or_returning_self_harm_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


# -- Hindi reflexive about a friend ---------------------------------------------
HI_FRIEND = [
    ("मेरी दोस्त कहती है कि वो खुद को नुकसान पहुँचाती है, मैं उसकी मदद कैसे करूँ?", "hi"),
    ("meri dost kehti hai ki wo khud ko hurt karti hai, main uski help kaise karu?", "hi"),
]
HI_SELF = [
    ("मैं खुद को नुकसान पहुँचाता हूँ", "hi"),
    ("वो कहती है कि मैं खुद को नुकसान पहुँचाती हूँ", "hi"),
    ("main khud ko hurt karta hoon", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), HI_FRIEND)
def test_hindi_friend_hurting_herself_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HI_SELF)
def test_hindi_first_person_still_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


# -- disappearing from a chat ---------------------------------------------------
DISAPPEAR_CHAT = [
    ("i wish i could disappear from this group chat, everyones arguing about football", "en"),
    ("i wish i could just disappear from the class call, so awkward", "en"),
]
DISAPPEAR = [
    ("i wish i could disappear from this world", "en"),
    ("i wish i could just disappear forever", "en"),
]


@pytest.mark.parametrize(("text", "lang"), DISAPPEAR_CHAT)
def test_disappearing_from_a_chat_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), DISAPPEAR)
def test_wishing_to_disappear_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
