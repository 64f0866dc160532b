"""Xenophobic and racist exclusion with no slur (harm_xenophobia.py: en es fr
pt de it).  Trips home, questions about the reader's plans, menus, seats,
rooms, discussion and reports pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:xenophobia"

HELD_EN = [
    "people like you and your family should go back where you came from, nobody here wants your kind",
    "go back to your country",
    "@carla go back to your country",
    "go back to where you came from",
    "your kind isn't welcome here",
    "you people should go home, this is our country",
    "why don't you go back to africa",
    "nobody wants immigrants like you here, get out",
    "go back to your own country refugee",
    "you and your family should leave, we don't want foreigners here",
    "refugees like you should go home",
    "you should go back where you came from",
    "immigrants like you are ruining this country",
    "get out of our country",
    "we don't want your kind here",
    "you should be deported",
    "foreigners go home",
]

HELD_ES_FR_PT_DE_IT = [
    "vuélvete a tu país",
    "lárgate a tu país, aquí nadie te quiere",
    "vete por donde viniste",
    "retourne dans ton pays",
    "rentre chez toi sale étranger, ici c'est pas ton pays",
    "retourne d'où tu viens",
    "geh zurück in dein land",
    "geh doch zurück nach syrien, hier will dich keiner",
    "leute wie du haben hier nichts zu suchen",
    "tornatene al tuo paese",
    "torna nel tuo paese, qui non ti vuole nessuno",
    "volta pro seu país",
    "vai embora pro seu país",
]

PASS = [
    "i went back to my country for the holidays",
    "my family came from syria and i love it here",
    "someone told my friend to go back to his country and we reported it",
    "go back to the main menu",
    "go back to your seat please",
    "i want to go back to my country one day",
    "saying go back to your country is racist",
    "go back to your room and finish your homework",
    "you can go back to your country for the summer if visas allow it",
    "refugees are welcome here",
    "when do you go back to your country?",
    "did you go back to your country last summer?",
    "he went back to his country after school",
    "go back to your level and try again",
    "go back to where you left off",
    "if someone tells you to go back to your country, tell a teacher",
    "people like you make this class better",
    "no one wants your kind of pizza lol pineapple",
    "go back to where you were in the video",
    "go back to your country's page and pick a flag",
    "go back to your home country settings",
    "mi familia viene de marruecos y me encanta españa",
    "¿cuándo vuelves a tu país?",
    "regresa a tu casa temprano",
    "je suis retourné dans mon pays cet été",
    "retourne dans ta chambre",
    "rentre chez toi il est tard",
    "ich fahre in den ferien zurück in mein land",
    "geh zurück in dein zimmer",
    "torna a casa presto",
    "vou voltar pro meu país",
]


def _held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", HELD_EN)
def test_english_xenophobic_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_xenophobic_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", PASS)
def test_trips_plans_menus_and_reports_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)
