"""Dread of a school day that is coming is hyperbole, a wish to die is not
(moderation/frames_dread.py).  "exams next week, im gonna die" was held as a
disclosure in blind set DA; the rest were written for this module."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

DREAD = [
    ("exams next week, im gonna die", "en"),
    ("math test tomorrow im gonna die", "en"),
    ("chem exam on monday i'll literally die", "en"),
    ("presentation tomorrow first period, im so dead", "en"),
    ("examen de mates mañana, me muero", "es"),
    ("la semana que viene tengo parciales, me voy a morir", "es"),
    ("prova de matemática amanhã, vou morrer", "pt"),
    ("semana que vem tem prova de química, tô morta", "pt"),
    ("contrôle de maths demain je vais mourir", "fr"),
    ("le bac de français lundi, je suis mort", "fr"),
    ("morgen mathearbeit, ich sterbe", "de"),
    ("nächste woche klausur in chemie, ich bin so tot", "de"),
    ("domani verifica di latino, muoio", "it"),
    ("lunedì interrogazione di storia, sono morta", "it"),
    ("завтра контрольная по алгебре, я умру", "ru"),
    ("послезавтра экзамен по физике мне конец", "ru"),
    ("yarın matematik sınavı var öleceğim", "tr"),
    ("pazartesi kimya yazılısı var bittim", "tr"),
    ("jutro sprawdzian z matmy, umrę", "pl"),
    ("w piątek kartkówka z chemii, już po mnie", "pl"),
    ("besok ujian mtk, mati aku", "id"),
    ("senin ulangan fisika, mampus aku", "id"),
    ("بكرة امتحان رياضيات راح اموت", "ar"),
    ("kal maths ka exam hai, mar jaunga", "hi"),
    ("कल परीक्षा है मैं मर जाऊंगा", "hi"),
    ("明天考数学我要死了", "zh"),
    ("下周期末考试，死定了", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), DREAD)
def test_a_dated_exam_with_a_future_death_is_hyperbole(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


# a wish to die is never dread; a serious word, a method or no day named keeps it held
STILL_HELD = [
    ("exams next week, i want to die", "en"),
    ("exams next week, im gonna die. nobody cares anyway", "en"),
    ("exams next week, im gonna kill myself", "en"),
    ("failed my exams again, im gonna die alone", "en"),
    ("test tomorrow and honestly i wanna die for real", "en"),
    ("mañana examen y quiero morirme", "es"),
    ("amanhã tem prova e eu quero morrer de verdade", "pt"),
    ("demain contrôle et j'ai envie de mourir, ma vie est nulle", "fr"),
    ("morgen klausur und ich will einfach nicht mehr leben", "de"),
    ("domani verifica e voglio morire, non ce la faccio più", "it"),
    ("завтра контрольная, хочу умереть, серьёзно", "ru"),
    ("yarın sınav var ölmek istiyorum gerçekten", "tr"),
    ("jutro sprawdzian, chcę umrzeć naprawdę", "pl"),
    ("besok ujian, pengen mati aja, capek hidup", "id"),
    ("بكرة امتحان وبدي اموت والله", "ar"),
    ("kal exam hai aur main marna chahta hoon sach me", "hi"),
    ("明天考试，我真的想死", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_a_wish_to_die_before_an_exam_stays_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
