"""Questions about the reader's sexual experience (harm_intimate_questions.py)
and sexting requests in Arabic / Arabizi (packs/ar/harm.py).

Hard negatives: homework questions, sex education, the writer's own worries,
an ordinary picture asked for in Arabizi.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SEXUAL = [
    "t'as déjà fait des trucs de sexe? raconte moi tout",
    "tu as déjà couché avec quelqu'un ?",
    "¿ya has tenido sexo?",
    "hattest du schon mal sex?",
    "você já transou?",
    "vc ja transou?",
    "hai mai fatto sesso?",
    "have you ever done sexual stuff? tell me everything",
    "ib3atli sora bdoun hdoum, ma7ad ra7 yshoofha",
    "مين تبي تسوي سكس شات معي بالخاص 😏",
    "بدك نعمل سكس شات معي؟",
]
NOT_SEXUAL = [
    "t'as déjà fait tes devoirs?",
    "en SVT on a parlé des relations sexuelles et du consentement",
    "in sex ed we learned about consent",
    "is it normal that i've never had sex at 16?",
    "el profe de biología explicó las relaciones sexuales",
    "hast du schon mal die hausaufgaben gemacht",
    "تعلمنا عن التربية الجنسية في المدرسة",
    "لازم نتكلم عن الجنس مع الاهل بصراحة",
    "ib3atli sora mn el rihla",
]


@pytest.mark.parametrize("text", SEXUAL)
def test_sexual_question_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", NOT_SEXUAL)
def test_sex_education_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
