"""Wanting to disappear after an embarrassing moment passes
(frames_embarrassed.py); a lasting wish, a means, or a wish to die stays held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, self_harm_held

EMBARRASSED = [
    ("i tripped in front of my crush, i want to disappear 😭", "en"),
    ("so embarrassing, i wanna disappear lol", "en"),
    ("dropped my tray in front of the whole class, i want to vanish", "en"),
    ("j'ai glissé devant toute la cantine avec mon plateau, jveux disparaître sous terre 😭", "fr"),
    ("la honte, je suis tombée devant tout le monde, je veux disparaître mdr", "fr"),
    ("caí da escada do ônibus na frente do menino que eu gosto, quero sumir do planeta 😭", "pt"),
    ("que vergonha kkkk quero sumir", "pt"),
    ("me resbalé delante de todo el mundo, quiero desaparecer jajaja", "es"),
    ("sono caduta davanti a tutta la classe, voglio sparire", "it"),
    ("bin vor allen hingefallen, so peinlich, ich will verschwinden haha", "de"),
]

STILL_HELD = [
    ("everyone saw the photos, its so embarrassing, i want to disappear forever", "en"),
    ("everyone at school saw the pics he leaked, i want to disappear and never come back", "en"),
    ("i fell in front of everyone and now i want to die", "en"),
    ("so embarrassing i want to disappear and take all my pills", "en"),
    ("tout le monde a vu, la honte, je veux disparaître pour toujours", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), EMBARRASSED)
def test_disappearing_after_an_embarrassing_moment_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_a_lasting_wish_a_means_or_death_is_still_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


# a death wish laughed about after a blunder with the crush (embarrassed_death_frame), in
# every language the session-13 rules read the wish in
BLUNDER_JOKES = [
    ("i want my life to end lol i sent a voice note to my crush", "en"),
    ("i want to die lol i sent my crush a voice note by mistake", "en"),
    ("ich will dass mein leben endet haha hab meinem crush ne sprachnachricht geschickt", "de"),
    ("希望我的人生结束哈哈哈，给暗恋的人发错语音了", "zh"),
    ("quero que minha vida acabe kkkk mandei áudio pro crush", "pt"),
    ("хочу чтобы моя жизнь закончилась ахах отправила голосовое крашу", "ru"),
]
NOT_A_JOKE = [
    ("lol i want to die", "en"),
    ("my crush ignores me, i want to die", "en"),
    ("i want to die lol nobody cares, sent my crush a voice note and no answer", "en"),
    ("jajaja ya quiero que se acabe mi vida, bueno, alguien vio el nuevo capitulo?", "es"),
    ("i want to die lol for real, sent my crush a voice note by mistake", "en"),
]


@pytest.mark.parametrize(("text", "lang"), BLUNDER_JOKES)
def test_a_death_wish_laughed_about_after_a_blunder_passes_the_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_A_JOKE)
def test_laughter_alone_the_crush_alone_or_meant_still_holds(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


def test_a_crush_who_mocked_the_writer_is_no_blunder(rules_pipe: Pipeline) -> None:
    # the crush alone names no blunder, and being laughed at is a serious cause
    self_harm_held(rules_pipe, "i want to die lol my crush said im ugly and everyone laughed", lang="en")
