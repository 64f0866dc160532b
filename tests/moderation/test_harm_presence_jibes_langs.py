"""Presence jibes in es fr pt de it (harm_presence_jibes_langs.py).

"el ambiente se murió en cuanto entró Tomás", "le cours était presque bien jusqu'à
ce qu'elle arrive", "wetten, wie lange es dauert bis Ben wieder heult", "lei è
proprio un npc, zero personalità".  Hard negatives: a cause that is not a person,
a teacher arriving (the article after the verb: "hasta que llegó la profe"),
friendly returns, polls about food, game words.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "el ambiente se murió en cuanto entró Tomás",
    "la clase estaba casi divertida hasta que llegó ella",
    "apuestas: cuánto tarda Ben en llorar otra vez",
    "quien se siente al lado de Leah que traiga ambientador jaja",
    "ella es un npc, cero personalidad, ignoren sus mensajes",
    "marta no tiene personalidad",
    "ya llegó otra vez, como si no estuviéramos bastante aburridos",
    "aparece sin que nadie la invite, como el moho",
    "la clase era casi divertida hasta que entró Pablo",
    "l'ambiance est morte dès que Tom est arrivé",
    "le cours était presque bien jusqu'à ce qu'elle arrive",
    "sondage : dans combien de temps Ben pleure encore",
    "celui qui doit s'asseoir à côté de Léa, ramenez du désodorisant mdr",
    "elle est trop un pnj, aucune personnalité",
    "il est encore venu, comme si on s'ennuyait pas assez",
    "elle débarque toujours sans être invitée, comme la moisissure",
    "a vibe morreu quando a Ana chegou",
    "a aula tava quase boa até ela chegar",
    "aposto: quanto tempo até o Ben chorar de novo",
    "quem tiver que sentar do lado da Bia traz desodorante kkk",
    "ela é mó npc, nem tem personalidade",
    "ele chegou de novo, como se a gente já não estivesse entediado o suficiente",
    "die Stimmung war sofort tot, sobald Tom kam",
    "der Unterricht war fast lustig, bis sie reinkam",
    "wetten, wie lange es dauert bis Ben wieder heult",
    "wer neben Lea sitzen muss, bringt Lufterfrischer mit lol",
    "sie ist so ein npc, null persönlichkeit",
    "er ist schon wieder da, als ob wir nicht schon genug gelangweilt wären",
    "l'atmosfera è morta appena è entrato Tommaso",
    "la lezione era quasi divertente finché non è arrivata lei",
    "scommesse: tra quanto piange Ben di nuovo",
    "chi deve sedersi vicino a Giulia porti il deodorante ahah",
    "lei è proprio un npc, zero personalità",
    "è arrivato di nuovo, come se non ci annoiassimo già abbastanza",
    "si presenta sempre senza invito, come la muffa",
]

PASS = [
    "el ambiente se murió cuando se fue la luz",
    "la clase estaba divertida hasta que sonó la alarma",
    "la clase estaba bien hasta que llegó la profe",
    "la fiesta estaba bien hasta que llegó la policía",
    "encuesta: ¿pizza o pasta el viernes?",
    "npc es una palabra de videojuegos",
    "apuesto a que llueve mañana",
    "quien se siente al lado de la ventana que la abra",
    "l'ambiance est morte quand le wifi a coupé",
    "le cours était bien jusqu'à ce que la prof arrive",
    "l'ambiance est morte quand la prof est arrivée",
    "il est encore venu avec des gâteaux, trop gentil",
    "il est revenu, trop cool",
    "je parie qu'il va pleuvoir",
    "a aula tava boa até a professora chegar",
    "a aula tava boa quando chegou a professora",
    "ele chegou de novo, que bom!",
    "a festa tava boa até a chuva chegar",
    "die Stimmung war tot, als das WLAN ausfiel",
    "der Unterricht war lustig, bis der Lehrer kam",
    "die Party war gut, bis es anfing zu regnen",
    "er ist wieder da, wie schön!",
    "wer neben mir sitzt, kann mein Buch haben",
    "la lezione era divertente finché non è arrivata la prof",
    "la festa era bella finché non è arrivata la pioggia",
    "yay è arrivato Tommaso!",
    "è arrivato di nuovo, che bello",
]

REPORTS = [
    'alguien escribió "la clase estaba casi divertida hasta que llegó ella" sobre mí',
    "quelqu'un a écrit \"l'ambiance est morte dès que Tom est arrivé\"",
]


@pytest.mark.parametrize("text", HELD)
def test_presence_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:presence" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_things_teachers_and_friendly_returns_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_jibes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
