"""Killing oneself with an activity is hyperbole (frames_idioms.py): "vou me
matar de estudar", "me voy a matar estudiando", "je vais me tuer à la tâche",
"i'm killing myself studying for finals" pass; the verb alone, "de verdade",
a cause that is suffering or sadness, a serious word anywhere in the
message, and the English future or wish stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.frames_idioms import effort_idiom_frame, effort_idiom_reason
from tests.moderation.helpers import allowed, self_harm_held

IDIOMS = [
    ("essa semana vou me matar de estudar pro simulado, depois quero só dormir", "pt"),
    ("vou me matar de tanto estudar pro enem", "pt"),
    ("vou me matar de trabalhar esse verão", "pt"),
    ("quero me matar de estudar pra passar na federal", "pt"),
    ("me voy a matar estudiando esta semana", "es"),
    ("me quiero matar de tanto estudiar para selectividad", "es"),
    ("me voy a matar a trabajar este verano", "es"),
    ("voglio ammazzarmi di studio questa settimana per passare", "it"),
    ("je vais me tuer à la tâche pour ce contrôle", "fr"),
    ("je vais me tuer à réviser tout le week-end", "fr"),
    ("im killing myself studying for finals", "en"),
    ("i'm killing myself working double shifts this summer", "en"),
    ("killed myself revising all weekend and still failed lol", "en"),
    ("بدي اقتل نفسي دراسة هالاسبوع", "ar"),
    ("رح موت حالي دراسة هالاسبوع", "ar"),
    # the forms no rule reads, pinned so that a new rule does not start reading them
    ("me mato estudiando para el examen", "es"),
    ("mi sto ammazzando di studio per la maturità", "it"),
    ("je me tue à bosser cette semaine", "fr"),
    ("to me matando de trabalhar", "pt"),
    ("ich lerne mich diese woche tot", "de"),
    ("я убиваюсь на учёбе всю неделю", "ru"),
    ("ders çalışmaktan öldüm", "tr"),
    ("padhai karte karte mar jaunga", "hi"),
    ("belajar sampe mati minggu ini", "id"),
    ("我要学死了", "zh"),
]
LAUGHING = [
    ("vou me matar de rir kkkk", "pt"),
    ("me maté de risa con ese video", "es"),
    ("mi ammazzo dalle risate", "it"),
    ("je vais me tuer de rire", "fr"),
    ("умираю со смеху", "ru"),
    ("öldüm gülmekten", "tr"),
    ("i killed myself laughing at that video", "en"),
    ("ich lach mich tot", "de"),
    ("padłam ze śmiechu", "pl"),
]
STILL_HELD = [
    ("vou me matar", "pt"),
    ("vou me matar de verdade", "pt"),
    ("quero me matar de tanto que sofro", "pt"),
    ("quero me matar de tristeza", "pt"),
    ("vou me matar por causa dela", "pt"),
    ("vou me matar de tanto estudar, ninguém liga pra mim", "pt"),
    ("vou me matar de estudar e depois dormir pra sempre", "pt"),
    ("vou me matar hoje depois de estudar", "pt"),
    ("me voy a matar", "es"),
    ("me voy a matar de verdad", "es"),
    ("me quiero matar de tanto sufrir", "es"),
    ("me quiero matar estudiando, nadie me entiende", "es"),
    ("voglio ammazzarmi", "it"),
    ("voglio ammazzarmi di studio, la mia vita fa schifo", "it"),
    ("je vais me tuer ce soir", "fr"),
    ("je vais me tuer à cause de lui", "fr"),
    ("i'm killing myself", "en"),
    ("im killing myself tonight after studying", "en"),
    ("im gonna kill myself studying", "en"),
    ("i want to kill myself studying all day", "en"),
    ("بدي اقتل نفسي", "ar"),
    ("بدي اقتل نفسي من الحزن", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), IDIOMS)
def test_killing_oneself_with_study_or_work_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LAUGHING)
def test_killing_oneself_laughing_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_the_verb_alone_meant_or_with_suffering_still_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(pipe, text, lang=lang)


def test_the_frame_needs_the_activity_right_after_the_verb() -> None:
    text = "vou me matar de estudar"
    assert effort_idiom_frame(text, 0, 12) == "hyperbole"
    text = "vou me matar amanha de manha depois de estudar"
    assert effort_idiom_frame(text, 0, 12) is None  # another clause between: no idiom
    text = "vou me matar essa semana de estudar"
    assert effort_idiom_frame(text, 0, 12) == "hyperbole"  # the period between
    text = "im going to kill myself studying"
    assert effort_idiom_frame(text, 3, 25) is None  # English: only "killing / killed"


def test_the_scorer_reading_of_a_whole_message() -> None:
    assert effort_idiom_reason("essa semana vou me matar de estudar pro simulado")
    assert effort_idiom_reason("ich hab mich totgearbeitet")
    assert not effort_idiom_reason("vou me matar de estudar e depois me matar")  # a second verb alone
    assert not effort_idiom_reason("vou me matar de estudar de verdade")
