"""Veiled threats showing the writer knows where the reader lives or waits
(harm_veiled_home.py: en es fr pt de it), and "tell anyone and you'll see" in
the forms harm_veiled.py missed.

A compliment on the reader's house, door, garden or car with a warning ("keep
reporting me and see what happens. nice blue door your house has btw", "cute house
you live in, would be a shame"), the reader's daily spot named as known ("i know
your bus stop").  Hard negatives: a compliment with no warning ("nice blue door,
where did you buy the paint?"), a pity about moving away, a shared spot or a plan
to go together ("i know your bus stop, want to wait together?"), telling a mother
what she thinks, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD_EN = [
    "keep reporting me and see what happens. nice blue door your house has btw",
    "cute house you live in, would be a shame",
    "i know your bus stop",
    "tell anyone and see what happens",
    "@jake nice blue door your house has btw. keep talking",
    "@mia cute house u live in, would be a shame if something happened to it",
    "nice house you got on oak street, shame if anything happened to it",
    "love the red car your mum parks outside, keep reporting me",
    "nice garden your family has. be a shame",
    "your house has a nice blue door. report me again and see",
    "such a nice window in your bedroom, would be a shame if it broke",
    "i know which house is yours 🙂",
    "i know your bus stop and what time you get off 😉",
    "@liam i know ur way home",
    "walked past your house today. nice curtains. report me again",
    "lovely front door your house has, just saying",
    "tell a teacher and see what happens lol",
]

HELD_ES_FR_PT_DE_IT = [
    "sigue reportándome y verás. bonita puerta azul tiene tu casa por cierto",
    "qué casa más bonita donde vives, sería una pena",
    "sé cuál es tu parada de bus",
    "conozco tu parada 😉",
    "@lucia linda la puerta azul de tu casa eh. sigue denunciándome",
    "cuéntaselo a alguien y verás lo que pasa",
    "díselo a la profe y ya verás",
    "elle est mignonne la maison où tu habites, ce serait dommage",
    "je connais ton arrêt de bus",
    "dis-le à quelqu'un et tu verras",
    "casa fofa essa que você mora, seria uma pena",
    "sei qual é o seu ponto de ônibus",
    "conta pra alguém e vê o que acontece",
    "fala pra alguém e você vai ver",
    "süßes haus in dem du wohnst, wäre schade",
    "ich kenn deine bushaltestelle",
    "@tim schöne blaue tür habt ihr übrigens, meld mich ruhig weiter",
    "erzähl es irgendwem und du wirst sehen",
    "erzähl's der lehrerin und schau was passiert",
    "carina la casa dove abiti, sarebbe un peccato",
    "conosco la tua fermata dell'autobus",
    "bella la porta blu di casa tua, continua a segnalarmi",
]

PASS_EN = [
    "nice blue door, where did you buy the paint?",
    "i know your bus stop, want to wait together?",
    "cute house you live in! love the garden",
    "i know your bus stop, it's the same as mine lol",
    "your house has such a nice blue door, where did u get it painted",
    "would be a shame if the rain ruined our picnic",
    "cute house you live in, would be a shame if you had to move",
    "your house has a nice garden, would be a shame to sell it",
    "love the car your dad has, keep it up with the cleaning lol",
    "i know your street, my cousin lives there",
    "i know your way home, i'll walk with you",
    "i know which stop you get off at because you told me",
    "walked past your house today, your dog barked at me lol",
    "tell me and see what happens in the next episode",
    "tell your mum and see what she says",
]

PASS_ES_FR_PT_DE_IT = [
    "sería una pena que te mudaras, tu casa es tan bonita",
    "sé cuál es tu parada, ¿nos vemos ahí y vamos juntos?",
    "dile a tu madre y verás que te deja ir",
    "elle est mignonne la maison où tu habites, tu m'invites ?",
    "je connais ton arrêt de bus, c'est le même que le mien",
    "casa fofa essa que você mora, adorei a varanda",
    "sei qual é o seu ponto, é perto do meu, bora junto?",
    "conta pra sua mãe e vê o que ela acha",
    "süßes haus in dem du wohnst, schöner garten",
    "ich kenn deine bushaltestelle, wollen wir zusammen fahren?",
    "erzähl es deiner mutter und schau was sie sagt",
    "conosco la tua fermata, è la stessa mia",
    "dillo a tua mamma e vedi cosa dice",
]

REPORTS = [
    'he said "nice blue door your house has btw" and i reported him',
    "someone sent me 'i know your bus stop' and i told my mum",
    'my mum said "nice house you live in, would be a shame" is a threat and i should report it',
    'un chico me escribió "sé cuál es tu parada" y se lo conté a mi madre',
    'er hat geschrieben "ich kenn deine bushaltestelle" und ich hab es gemeldet',
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_home_knowledge_held_as_threat(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_home_knowledge_held_as_threat(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS_EN)
def test_english_compliments_plans_and_moving_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", PASS_ES_FR_PT_DE_IT)
def test_european_compliments_plans_and_moving_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_home_threats_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
