"""Leaving for good told casually: an absence made endless ("or ever"),
"you'll know why", a goodbye with weight, the last log-on with thanks to
all, not being around next month "anyway" (selfharm_leaving.py).  Ordinary
absences with a reason, the last day of school and see-you-next-time pass.
Written from a failure class of a blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

LEAVING = [
    ("not gonna be at the next session. or any session. love u guys ❤️ bye", "en"),
    ("wont be at practice tuesday. or ever tbh", "en"),
    ("no voy a estar en clase el lunes. o nunca más", "es"),
    ("bye guys. it was nice talking to u all. i mean it. look after urselves", "en"),
    ("bye everyone, take care of each other. i mean it", "en"),
    ("bye everyone this was nice, its my last day for a lot of things", "en"),
    ("stasera è l'ultima volta che mi connetto, grazie a tutti per la giornata ❤️", "it"),
    ("es la última vez que me conecto, gracias a todos", "es"),
    ("wenn ich morgen nicht in der schule bin, wisst ihr warum. war schön mit euch", "de"),
    ("if im not at school tomorrow you'll know why", "en"),
    ("si mañana no estoy, ya sabréis por qué", "es"),
    ("yarın okulda olmazsam nedenini biliyorsunuz", "tr"),
    ("jeśli jutro nie będzie mnie w szkole, wiecie dlaczego", "pl"),
    ("kalo besok aku ga masuk, kalian tau kenapa", "id"),
    ("idk why im even talking about screen time when i probably wont be around next month anyway", "en"),
]
ORDINARY = [
    ("wont be at school monday, dentist", "en"),
    ("wont be at the next session, going on holiday to spain", "en"),
    ("last day of school!!", "en"),
    ("bye guys see u next session", "en"),
    ("bye guys, it was nice talking to u all", "en"),
    ("im leaving the group chat, bye everyone", "en"),
    ("es la última vez que me conecto antes de las vacaciones, gracias a todos", "es"),
    ("if im not at school tomorrow its because of the dentist", "en"),
    ("i probably wont be around next week because of exams", "en"),
    ("moving schools next month so wont be around, miss u all", "en"),
    # the consultation's own rooms and sessions: a farewell at the end of the day
    ("oggi è l'ultima volta che mi connetto alla consultazione, grazie a tutti ragazzi", "it"),
    ("es la última vez que me conecto a la sala, gracias a todos", "es"),
    ("c'est la dernière fois que je me connecte à la consultation, merci à tous", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), LEAVING)
def test_leaving_for_good_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ORDINARY)
def test_ordinary_absences_and_goodbyes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
