"""A parent who "will kill me" over grades is no self-harm disclosure
(moderation/frames_in_trouble.py): the learned scorer held "si mi madre ve
las notas me mata" (3.0) and "se minha mãe ver minhas notas ela me mata"
(3.7).  Sentences written for this module (the first two are training lines
that were held); a cut, a blade or a wish to die beside the words keeps the
message a disclosure."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.frames_in_trouble import in_trouble_reason
from moderation.normalise import prepare
from tests.moderation.helpers import allowed, self_harm_held

IN_TROUBLE = [
    ("si mi madre ve las notas me mata", "es"),
    ("se minha mãe ver minhas notas ela me mata", "pt"),
    ("my mom is gonna kill me if she finds out i failed the maths test again", "en"),
    ("my dad will literally kill me when he sees the phone bill this month", "en"),
    ("mi madre me va a matar cuando vea que perdí el celular otra vez jaja", "es"),
    ("mi papá me mata si llego tarde otra vez del entrenamiento", "es"),
    ("minha mãe vai me matar quando souber que eu perdi o casaco novo da escola", "pt"),
    ("ma mère va me tuer quand elle verra mon bulletin ce trimestre", "fr"),
    ("mon père me tue si je rentre après minuit samedi", "fr"),
    ("meine mutter bringt mich um wenn sie das zeugnis sieht, echt jetzt", "de"),
    ("mia madre mi ammazza se vede il voto di matematica di oggi", "it"),
    ("мама меня убьёт за эту оценку по алгебре сегодня", "ru"),
    ("annem beni öldürür karnemi görünce bu dönem çok kötü", "tr"),
    ("mama mnie zabije za tę ocenę z matmy dzisiaj", "pl"),
    ("mama bakal bunuh aku kalau liat nilai rapor semester ini", "id"),
    ("ammi mujhe maar dalegi agar result dekha unhone aaj", "hi"),
    ("ماما هتقتلني لو شافت الدرجات بتاعة الامتحان", "ar"),
    ("mama ra7 t2telni iza shafet el 3alamat taba3 el fa7es", "ar"),
    ("我妈看到我这次考试的成绩会杀了我的", "zh"),
]

STILL_DISCLOSURES = [
    ("si mi mamá ve mis cortes me mata", "es"),
    ("my mom will kill me if she sees the cuts on my arm, i did it again last night", "en"),
    ("mi madre me mata y yo ya me quiero morir, no aguanto más esta vida", "es"),
]


@pytest.mark.parametrize(("text", "lang"), IN_TROUBLE)
def test_a_parent_who_will_kill_me_over_grades_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), STILL_DISCLOSURES)
def test_harm_beside_the_words_stays_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


def _reason(text: str, lang: str) -> bool:
    prep = prepare(text, lang)
    return in_trouble_reason(prep.norm if prep.has_cjk else prep.plain)


def test_the_writer_as_killer_is_never_excused() -> None:
    assert not _reason("je me tue au travail et maman le sait", "fr")  # "je me tue": the writer
    assert not _reason("mi ammazzavo di lavoro, mamma lo sa", "it")
    assert not _reason("just kill me now, i hate my life, my mom doesnt care", "en")


def test_a_person_must_be_named() -> None:
    assert not _reason("esto me mata de verdad, no puedo más con las notas", "es")
    assert _reason("mi madre me mata si ve las notas", "es")
