"""A real name in romanised Hindi and Devanagari (pii_real_names.py, `_HI`): "mera
asli naam Rohan Mehta hai", "asli naam toh Priya hai", "मेरा असली नाम राहुल शर्मा है"
redact the name and keep the rest; a cue with no name after it ("mera asli naam mat
poocho", "asli naam batana safe nahi hai") and another person's real name ("Salman
Khan ka asli naam ...") pass unchanged."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

# (message, the name that must be gone, a word of the rest that stays)
REAL_NAMES = [
    ("mera asli naam Rohan Mehta hai", "Rohan", "asli"),
    ("mera asli naam Rohan Mehta hai", "Mehta", "hai"),
    ("asli naam toh Priya hai", "Priya", "toh"),
    ("मेरा असली नाम राहुल शर्मा है", "राहुल", "असली"),
    ("मेरा असली नाम राहुल शर्मा है", "शर्मा", "है"),
    ("real naam Aman hai mera", "Aman", "mera"),
    ("mera asli naam rohan hai btw", "rohan", "btw"),
    ("meri asli naam toh Sneha Kapoor hai, ye username fake hai", "Sneha", "username"),
    ("asal mein mera naam Kabir hai", "Kabir", "asal"),
    ("mera real naam hai Ishaan Verma", "Ishaan", "real"),
    ("game mein Shadow hu par asli naam Arjun hai", "Arjun", "Shadow"),
    ("irl mera naam Aditya hai", "Aditya", "irl"),
    ("मेरा असली नाम प्रिया है", "प्रिया", "नाम"),
    ("असल में मेरा नाम कबीर है", "कबीर", "असल"),
    ("असली नाम तो अनन्या है मेरा", "अनन्या", "मेरा"),
    ("mera original naam Vihaan hai", "Vihaan", "original"),
]
NO_NAME = [
    "mera asli naam mat poocho",
    "asli naam batana safe nahi hai",
    "mera asli naam secret hai",
    "Salman Khan ka asli naam Abdul Rashid hai",
    "uska real naam kya hai?",
    "tera asli naam kya hai?",
    "asli naam share karna galat hai",
    "mera asli naam bahut lamba hai",
    "मेरा असली नाम मत पूछो",
    "सलमान खान का असली नाम अब्दुल राशिद है",
    "mera asli naam toh nahi bataunga lol",
    "ye asli naam nahi hai, nickname hai",
]


@pytest.mark.parametrize(("text", "name", "kept"), REAL_NAMES)
def test_hindi_real_name_is_redacted(pipe: Pipeline, text: str, name: str, kept: str) -> None:
    redacted(pipe, text, name)
    assert kept in pipe.check(text).text, text


@pytest.mark.parametrize("text", NO_NAME)
def test_hindi_real_name_talk_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", ["asli naam kisi ko mat batana online", "असली नाम किसी को मत बताना"])
def test_hindi_real_name_advice_is_not_pii(pipe: Pipeline, text: str) -> None:
    assert "pii" not in pipe.check(text).categories, text
