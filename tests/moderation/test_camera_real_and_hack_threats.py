"""Two classes from a blind evaluation (not its sentences): the camera move
"to see if you're real" (grooming_more.py, ``grooming:camera``) and threats
to hack the reader's account or expose where they live (harm_threats.py).
Hard negatives: the camera for a lesson, reports of the same words, asking
for help with one's own account, passing a number to a coach."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

CAMERA_REAL = [
    ("put your cam on real quick, i wanna see if youre real", "en"),
    ("turn on your video, just to make sure you are not a bot", "en"),
    ("prende la cámara, quiero ver si eres real", "es"),
    ("allume ta caméra, je veux voir si t'es réelle", "fr"),
    ("liga a câmera pra eu ver se você é real", "pt"),
    ("mach die kamera an, ich will sehen ob du echt bist", "de"),
    ("accendi la webcam, voglio vedere se sei vera", "it"),
]
CAMERA_REAL_NEG = [
    ("turn your camera on for the lesson so miss can check you are here", "en"),
    ("i wonder if the ai in this survey is real", "en"),
    ("he told me to turn my camera on to prove i was real, i blocked him", "en"),
    ("is that video real or edited?", "en"),
]
HACK_THREATS = [
    ("shut up or i'll hack your insta", "en"),
    ("one more word and ill post your address online", "en"),
    ("i will dox you if you report me", "en"),
    ("we will leak your real name everywhere", "en"),
    ("te voy a hackear la cuenta", "es"),
    ("je vais balancer ton adresse", "fr"),
    ("vou hackear sua conta", "pt"),
    ("взломаю твой акк", "ru"),
    ("tera account hack kar dunga", "hi"),
]
HACK_NEG = [
    ("can someone help me hack my account back", "en"),
    ("he said he'd hack my account, what should i do", "en"),
    ("i'll post your drawing on the class wall", "en"),
    ("we learned how hackers steal your account with fake links", "en"),
    ("my account got hacked last week", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CAMERA_REAL)
def test_camera_to_check_the_reader_is_real_holds(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CAMERA_REAL_NEG)
def test_lessons_reports_and_real_videos_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HACK_THREATS)
def test_hacking_or_doxxing_the_reader_is_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), HACK_NEG)
def test_own_accounts_and_reports_of_hacking_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
