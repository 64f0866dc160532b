"""A grooming line quoted or reported by the child with the safety step they took
(frames_safety_reports.py: "this old guy on roblox said dont tell ur mum, i blocked
him", "he was like dont tell ur parents lol so i blocked him", "um cara disse não conta
pros seus pais e eu bloqueei") passes; the instruction itself, and a "this guy" or
"block" that is not a report, stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REPORTED = [
    "a man told me 'dont tell ur parents' so i blocked him",
    "someone said dont tell ur mum about this chat and i reported them",
    "a man told me dont tell ur parents so i blocked him",
    "this old guy on roblox said dont tell ur mum, i blocked him",
    "that creepy guy said dont tell ur mum about this chat, i blocked and reported",
    "this weird man in minecraft told me dont tell ur parents so i reported him",
    "he was like dont tell ur parents lol so i blocked him",
    "she was like dont tell ur mum about this, i reported her",
    "a guy in fortnite goes \"dont tell ur parents\" so i blocked him",
    "some guy said 'dont tell your parents about us' and i reported him",
    "someone dmed me 'keep it a secret from ur parents' and i blocked them",
    "an older boy said dont tell ur parents about us so i told my mum",
    "this man said 'dont tell ur parents about us' and i reported him",
    "um cara disse não conta pros seus pais e eu bloqueei",
    "um homem me disse 'não conta pros seus pais' e eu bloqueei ele",
    "un señor me dijo 'no le digas a tus papás' y lo bloqueé",
    "un homme m'a dit 'ne dis rien à tes parents' alors je l'ai bloqué",
]

INSTRUCTIONS = [
    "dont tell ur parents about us",
    "dont tell ur mum about this chat",
    "dont tell ur parents about us ok? i blocked my sister from seeing our chat",
    "dont tell ur parents or i will block you",
    "keep this between us, dont tell ur mum",
    "that guy you met is cool, dont tell ur parents about us, block them on snap",
    "the man is my friend, dont tell ur parents about us and block ur mum",
    "dont tell ur parents about us. this guy said hi. block him",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_secrecy_line_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", INSTRUCTIONS)
def test_secrecy_instruction_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
