"""A friend's self-harm reported to an adult, or a question how to help
(frames_helpseeking.py).  The writer's own disclosure in the same message
still holds, as does a friend's self-harm with no adult and no question.
Written from a failure class of a blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELPSEEKING = [
    ("my friend told me she was cutting herself, i told the school counsellor, was that right?", "en"),
    ("my best friend said he wants to die, should i tell a teacher?", "en"),
    ("a girl in my class hurts herself, how can i help her?", "en"),
    ("мой друг говорил, что хочет покончить с собой, я рассказала маме и ему помогли", "ru"),
    ("мой одноклассник перестал есть и всё время молчит, я сказала классной, правильно?", "ru"),
    ("朋友说她不想活了，我该告诉老师吗？", "zh"),
    ("mi amiga se corta, se lo dije a la orientadora, ¿hice bien?", "es"),
    ("minha amiga disse que quer morrer, contei pra minha mãe", "pt"),
    ("ma meilleure amie se scarifie, est-ce que je dois le dire à la cpe ?", "fr"),
    ("meine freundin ritzt sich, soll ich es der vertrauenslehrerin sagen?", "de"),
    ("la mia amica si taglia, l'ho detto alla prof, ho fatto bene?", "it"),
]
DISCLOSURE = [
    ("my friend cuts and so do i", "en"),
    ("my friend cuts herself and i do too, i told the counsellor about her", "en"),
    ("my friend said i should kill myself, should i tell a teacher?", "en"),
    ("мой друг хочет покончить с собой, и я тоже, что делать?", "ru"),
    ("my friend cut herself yesterday", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HELPSEEKING)
def test_friend_reported_to_an_adult_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), DISCLOSURE)
def test_own_disclosure_or_no_adult_still_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
