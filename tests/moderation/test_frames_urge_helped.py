"""A past urge to self-harm told as a story of help that worked
(frames_urge_helped.py): "last year when I wanted to hurt myself my
counsellor told me to text the crisis line and it really helped" passes;
a recent urge, help that failed or stopped working, an urge that is back
or a present disclosure stays held.  Written from the class described,
not from any data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELPED = [
    "last year when I wanted to hurt myself my counsellor told me to text the crisis line and it really helped",
    "when I felt like cutting in year 7 my mum took me to a doctor, it got better",
    "when i wanted to kill myself in year 8 i called childline and talking to them really helped",
    "two years ago i wanted to hurt myself but my teacher noticed and got me help, it helped so much",
    "in year 9 i felt like hurting myself and i told my mum, she took me to the gp and things got better",
    "back when i had urges to cut my therapist taught me the ice trick and it helped",
    "the time i wanted to end it all my dad sat with me all night and things got better",
    "back when i wanted to cut i texted shout 85258 and it honestly helped",
    "cuando tenía ganas de cortarme en primero de la eso mi madre me llevó al médico y mejoró",
    "el año pasado cuando quería hacerme daño mi orientadora me dijo que llamara a la línea de ayuda y me ayudó mucho",
    "quand j'avais envie de me scarifier en 5e, ma mère m'a emmenée chez le médecin et ça s'est arrangé",
    "quando eu tinha vontade de me cortar, minha mãe me levou ao médico e ajudou muito",
    "als ich mich in der 7. klasse ritzen wollte, hat meine mama mich zum arzt gebracht und es hat geholfen",
    "quando avevo voglia di tagliarmi in prima media mia mamma mi ha portato dal medico ed è andata meglio",
]
STILL_HELD = [
    "I wanted to hurt myself last night",
    "last year when i wanted to hurt myself my counsellor helped, but now the urges are back",
    "when i wanted to hurt myself my mum took me to a doctor but it didn't help and i still want to",
    "i want to hurt myself, last year the counsellor helped but not anymore",
    "last year when i wanted to hurt myself nobody helped me",
    "when i wanted to hurt myself yesterday my mum helped and it helped",
    "when i wanted to kill myself i told my mum and it helped for a while",
    "cuando tenía ganas de cortarme mi madre me llevó al médico pero sigo con ganas",
    "quand j'avais envie de me scarifier ma mère m'a aidée mais maintenant ça recommence",
    "when i wanted to kill myself last year i told my teacher and it helped, but i still want to die sometimes",
    "i want to kill myself, my mum took me to the doctor and it helped a bit",
    "when i wanted to hurt myself this week i told my mum and it helped",
    "last year when i wanted to kill myself i told my dad and it helped until it came back",
    "quando eu tinha vontade de me cortar minha mãe me ajudou mas ainda quero me cortar",
    "last year when i wanted to kill myself i called the helpline and it helped but tonight is different",
]
# held by the learned scorer alone: checked on the full pipeline
STILL_HELD_FULL_PIPELINE = [
    "it helped for a while but now I want to cut again",
]


@pytest.mark.parametrize("text", HELPED)
def test_past_urge_helped_passes(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_present_or_relapse_still_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", STILL_HELD_FULL_PIPELINE)
def test_relapse_held_by_scorer(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)
