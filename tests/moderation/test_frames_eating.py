"""Everyday reasons for not eating, vomiting or losing weight
(frames_eating.py): a religious or medical fast, an illness or a night of
vomiting, a sport's weight class, in every language, excuse the eating
rules' pairs; the same illness as a cover story a parent believes is no
excuse."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

COVER_STORIES = [
    ("i throw up after every meal and mum thinks its a stomach bug, 2 kilos down", "en"),
    ("je vomis après chaque repas pour maigrir, ma mère pense que c'est une gastro", "fr"),
    ("vomito después de comer para no engordar, mi madre cree que es un virus", "es"),
]
EVERYDAY_REASONS = [
    ("threw up all night, lost 2 kg lol stomach bug", "en"),
    ("threw up all night, lost 2 kg, never eating that kebab again", "en"),
    ("i used to starve myself, 2 years better now", "en"),
    ("vomité toda la noche, perdí 2 kilos, intoxicación", "es"),
    ("vomitei a noite toda, perdi 2 kg, intoxicação alimentar", "pt"),
    ("j'ai vomi toute la nuit, 2 kilos en moins, gastro", "fr"),
    ("hab die ganze nacht gekotzt, 2 kilo weniger, magen darm", "de"),
    ("ho vomitato tutta la notte, 2 chili in meno, gastroenterite", "it"),
    ("استفرغت طول الليل ونزلت 2 كيلو، تسمم", "ar"),
    ("吐了一晚上，瘦了两斤，食物中毒了", "zh"),
    ("bütün gece kustum, 2 kilo gitti, zehirlendim", "tr"),
    ("rzygałam całą noc, 2 kilo mniej, zatrucie", "pl"),
    ("muntah semalaman, turun 2 kilo, keracunan", "id"),
    ("ramadan fasting day 10, only water till sunset, lost 2 kg already", "en"),
    ("no food after midnight for my surgery, hope i dont feel too bloated after", "en"),
    ("threw up all night with a stomach bug, lost 2 kilos", "en"),
    ("need to get under 60 kg for the judo weigh in so no dinner tonight", "en"),
    ("ayuno de ramadán, solo agua hasta la noche y ya bajé 2 kilos", "es"),
    ("vomité toda la noche por una intoxicación, bajé 2 kilos", "es"),
    ("tengo que bajar de 52 kilos para el torneo de judo, hoy sin cenar", "es"),
    ("jejum do ramadã, só água até o pôr do sol, perdi 2 kg", "pt"),
    ("vomitei a noite toda por causa de uma virose, perdi 2 kg", "pt"),
    ("preciso ficar abaixo de 60 kg pra competição de jiu jitsu, sem jantar hoje", "pt"),
    ("ramadan, que de l'eau jusqu'au soir, 2 kilos en moins", "fr"),
    ("gastro, j'ai vomi toute la nuit, 2 kilos en moins", "fr"),
    ("je dois passer sous les 48 kilos pour la compétition de judo, pas de dîner ce soir", "fr"),
    ("ramadan, nur wasser bis sonnenuntergang, 2 kilo weniger", "de"),
    ("magen-darm, die ganze nacht gekotzt, 2 kilo weniger", "de"),
    ("muss für den wettkampf unter 60 kilo, heute kein abendessen", "de"),
    ("ramadan, solo acqua fino al tramonto, 2 chili in meno", "it"),
    ("gastroenterite, ho vomitato tutta la notte, 2 chili in meno", "it"),
    ("per la gara di judo devo scendere sotto i 60 chili, niente cena stasera", "it"),
    ("держу пост, без еды до вечера, минус 2 кг", "ru"),
    ("отравилась, всю ночь блевала, минус 2 кг", "ru"),
    ("к соревнованиям по борьбе надо весить меньше 60 кг, сегодня без ужина", "ru"),
    ("صايمة رمضان، بدون اكل لحد المغرب ونزلت 2 كيلو", "ar"),
    ("استفرغت طول الليل من تسمم ونزلت 2 كيلو", "ar"),
    ("斋月白天不吃东西，瘦了两斤", "zh"),
    ("食物中毒吐了一晚上，瘦了两斤", "zh"),
    ("为了柔道比赛今晚不吃晚饭，体重必须降到60公斤以下", "zh"),
    ("roza hai, shaam tak khana nahi, 2 kilo kam ho gaya", "hi"),
    ("food poisoning thi, raat bhar ulti ki, 2 kilo kam ho gaya", "hi"),
    ("wrestling competition ke liye 60 kilo se neeche jana hai, aaj dinner skip", "hi"),
    ("oruç tutuyorum, akşam yemeği yok iftara kadar, 2 kilo verdim", "tr"),
    ("zehirlendim, bütün gece kustum, 2 kilo gitti", "tr"),
    ("güreş müsabakası için 60 kilonun altına inmem lazım, akşam yemeği yok", "tr"),
    ("zatrucie, całą noc wymiotowałam, 2 kilo mniej", "pl"),
    ("na zawody judo muszę zejść poniżej 60 kilo, dziś bez kolacji", "pl"),
    ("poszczę w ramadan, bez jedzenia do wieczora, 2 kilo mniej", "pl"),
    ("puasa ramadan, ga makan sama sekali sampai buka, turun 2 kilo", "id"),
    ("keracunan, muntah semalaman, turun 2 kilo", "id"),
    ("harus turun di bawah 60 kilo buat tanding judo, ga makan malam", "id"),
]


@pytest.mark.parametrize(("text", "lang"), COVER_STORIES)
def test_an_illness_a_parent_believes_is_no_excuse(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_REASONS)
def test_fasts_illness_and_weight_classes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
