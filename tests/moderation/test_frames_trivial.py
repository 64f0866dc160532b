"""A death wish about a trivial cause (frames_trivial.py) in Spanish, German,
Indonesian and Hindi/Hinglish: an exam, homework, a teacher, hunger,
sleepiness, embarrassment, a game or a song named in the same sentence,
with laughter or as the stated reason, passes.  A wish with laughter and no
trivial cause, one said to be meant or about the writer's life, a stronger
wish ("matarme", "umbringen") or a cause in another sentence stays held on
the rules alone."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

WITH_LAUGHTER = [
    ("me quiero morir jajaja el examen de mate", "es"),
    ("me quiero morir jajaja tengo examen de mate mañana", "es"),
    ("quiero morirme jajaja el profe me puso un 2", "es"),
    ("me quiero morir 😂 el examen de mate", "es"),
    ("quiero morirme la cancion me hizo llorar jajaja", "es"),
    ("me quiero morir jaja perdi la partida", "es"),
    ("jajaja me quiero morir la maestra me cacho copiando", "es"),
    ("ich will sterben lol mathe", "de"),
    ("ich will sterben 😂 die mathearbeit", "de"),
    ("haha ich will sterben der lehrer hat mich vorgelesen", "de"),
    ("ich will sterben xD hausaufgaben für morgen", "de"),
    ("mujhe marna hai yaar exam kal hai lol", "hi"),
    ("mujhe marna hai exam kal hai haha", "hi"),
    ("mai marna chahta hoon lol maths ka test", "hi"),
]
STATED_REASON = [
    ("laper bgt mau mati", "id"),
    ("laper banget pengen mati", "id"),
    ("ngantuk bgt mau mati rasanya", "id"),
    ("malu banget pengen mati rasanya", "id"),
    ("pengen mati gara gara ujian mtk besok", "id"),
    ("mau mati karena pr fisika numpuk", "id"),
    ("me quiero morir por el examen de fisica", "es"),
    ("ich will sterben wegen der klausur morgen", "de"),
    ("so peinlich ich will sterben", "de"),
    ("ich möchte sterben vor scham lol", "de"),
    ("mujhe marna hai is homework ki wajah se", "hi"),
]
# already passing before this frame: must stay so
IDIOMS = [
    ("me muero de vergüenza jaja", "es"),
    ("mati gaya", "id"),
    ("capek bgt pengen mati wkwk ujiannya", "id"),
    ("mar gaya hasi se", "hi"),
    ("ich sterbe vor Lachen", "de"),
    ("ich sterbe vor hunger", "de"),
]
STILL_HELD = [
    ("me quiero morir jaja nadie me quiere", "es"),
    ("me quiero morir jaja", "es"),
    ("jajaja me quiero morir", "es"),
    ("me quiero morir de hambre", "es"),
    ("me quiero morir jajaja el examen de mate y nadie me quiere", "es"),
    ("me quiero morir jaja el examen de mate, de verdad", "es"),
    ("me quiero morir. el examen de mate fue hoy jaja", "es"),
    ("quiero matarme jaja el examen", "es"),
    ("me quiero morir, ya no aguanto jaja el examen", "es"),
    ("capek bgt pengen mati", "id"),
    ("pengen mati aja ujian mtk besok", "id"),
    ("wkwk pengen mati aja capek hidup", "id"),
    ("ich will sterben vor hunger", "de"),
    ("ich will sterben haha mein leben ist sinnlos", "de"),
    ("ich will sterben haha mathe, ernsthaft", "de"),
    ("ich will mich umbringen lol mathe", "de"),
    ("mujhe marna hai", "hi"),
    ("mujhe marna hai lol koi nahi samajhta", "hi"),
    ("hahaha mujhe marna hai zindagi bekar hai", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), WITH_LAUGHTER)
def test_trivial_cause_with_laughter_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STATED_REASON)
def test_trivial_cause_as_the_stated_reason_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), IDIOMS)
def test_idioms_that_already_passed_still_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_no_trivial_cause_or_meant_stays_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


# session 13: a message sent to the crush by mistake (es), a game lost with laughter (zh)
MORE_CAUSES = [
    ("trágame tierra, le mandé un audio a mi crush por error, me quiero morir jajaja", "es"),
    ("打王者荣耀被对面五杀了，我不想活了哈哈哈😂", "zh"),
    ("数学考砸了哈哈哈想死", "zh"),
]
MORE_HELD = [
    ("mi crush no me habla, me quiero morir", "es"),
    ("哈哈哈我想死", "zh"),
    ("考试又挂了，不想活了，真的累了哈哈", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), MORE_CAUSES)
def test_an_embarrassment_or_a_lost_game_with_laughter_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), MORE_HELD)
def test_without_laughter_or_meant_still_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)
