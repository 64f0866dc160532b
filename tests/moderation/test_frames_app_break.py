"""A break from an app is no wish to disappear (frames_app_break.py): "quiero
desaparecer de tiktok unos días" passes in every language, "... y de este mundo
para siempre" does not.  From the everyday lines of a set read in session 13,
written again as a class."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.frames_app_break import app_break_frame, app_break_reason
from tests.moderation.helpers import allowed, self_harm_held

APP_BREAKS = [
    ("quiero desaparecer de tiktok unos días, me está quemando el cerebro", "es"),
    ("quero sumir das redes sociais por um mes, tipo detox mesmo", "pt"),
    ("عايزة اختفي من السوشيال ميديا شهر، ديتوكس يعني مش اكتر", "ar"),
    ("pengen ngilang dari sosmed seminggu, detoks aja biar gak stres", "id"),
    ("मैं एक हफ्ते के लिए सोशल मीडिया से गायब होना चाहती हूँ, पढ़ाई पे फोकस करना है", "hi"),
    ("bir haftaligina sosyal medyadan kaybolmak istiyorum, detoks yani", "tr"),
    ("i want to disappear from instagram for a week, too much drama", "en"),
    ("je veux disparaître des réseaux sociaux pendant les exams", "fr"),
    ("ich will für zwei wochen von insta verschwinden, digital detox", "de"),
    ("voglio sparire da tiktok per un po', troppa ansia da like", "it"),
    ("хочу исчезнуть из соцсетей на месяц, детокс", "ru"),
    ("chce zniknac z social mediow na tydzien", "pl"),
    ("想从朋友圈消失一段时间，戒手机", "zh"),
    # session 14: a group chat, and a short while with an everyday cause (three of them
    # training lines of set CA that were held)
    ("gonna disappear from the gc for a bit, exams 📚", "en"),
    ("vou sumir do grupo uns dias, semana de provas", "pt"),
    ("voy a desaparecer del grupo unos dias q tengo exámenes", "es"),
    ("i will disappear for a few days, exams", "en"),
    ("je vais disparaître du groupe quelques jours, partiels", "fr"),
    ("ich tauch ein paar tage aus der gruppe ab, klausuren", "de"),
    ("sparisco dal gruppo per qualche giorno, ho gli esami", "it"),
    ("пропаду из беседы на пару дней, экзамены", "ru"),
    ("birkaç gün gruptan kayboluyorum, sınav haftası", "tr"),
    ("znikam z grupy na kilka dni, mam egzaminy", "pl"),
    ("aku ngilang dari grup beberapa hari ya, lagi ujian", "id"),
    ("main kuch din group se gayab rahungi, exams hai", "hi"),
    ("هختفي من القروب كام يوم عشان الامتحانات", "ar"),
]
NOT_A_BREAK = [
    ("quiero desaparecer de tiktok y de este mundo para siempre", "es"),
    ("i want to disappear from instagram and from life", "en"),
    ("ich will einfach verschwinden, von allem, auch von insta", "de"),
    ("quero sumir das redes e do mundo, ninguém ia sentir falta", "pt"),
    ("хочу исчезнуть из соцсетей навсегда и вообще из жизни", "ru"),
    ("i want to disappear, even the group chat ignores me", "en"),
    ("quero sumir do grupo, ninguém liga pra mim", "pt"),
    ("quiero desaparecer para siempre del grupo y de todo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), APP_BREAKS)
def test_a_break_from_an_app_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_A_BREAK)
def test_forever_the_world_or_everything_is_no_break(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


def test_the_frame_needs_a_vanishing_word_in_the_match() -> None:
    text = "i want to die, deleting tiktok for a week"
    assert app_break_frame(text, 0, 15) is None
    text = "i want to disappear from tiktok for a week"
    assert app_break_frame(text, 2, 20) == "mundane"


def test_the_scorer_reading_of_a_whole_message() -> None:
    assert app_break_reason("pengen ngilang dari sosmed seminggu, detoks aja")
    assert not app_break_reason("pengen ngilang dari dunia ini selamanya")
    assert not app_break_reason("detoks dari sosmed seminggu")  # no vanishing word
    assert app_break_reason("i will disappear for a few days exams")  # a while and a cause
    assert not app_break_reason("i will disappear for a few days")  # a while alone
