"""A bare decision announced with finality ("this is my last ... i've
decided.") and a topic word as the writer's constant thought or only way
("s u i c i d e is on my mind every day", "je ne pense qu'au suicide")
(selfharm_resolve.py).  Decisions with an object, last messages without a
decision, prevention talk, films and school tasks pass.  Written from
failure classes of a blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

DECIDED = [
    ("this is my last consultation thing i think. ive decided. thanks for listening", "en"),
    ("i've made up my mind. this is my last message", "en"),
    ("ya lo he decidido. este es mi último mensaje", "es"),
    ("c'est mon dernier message. j'ai pris ma décision.", "fr"),
    ("das ist meine letzte nachricht. ich hab mich entschieden.", "de"),
    ("ho deciso. addio", "it"),
    ("já decidi. essa é a última vez que vocês me veem", "pt"),
    ("я решила. это моё последнее сообщение", "ru"),
]
NOT_DECIDED = [
    ("this is my last message today, thanks!", "en"),
    ("ive decided to join the debate club", "en"),
    ("last question from me: ive decided to do history for gcse", "en"),
    ("último mensaje por hoy, ya lo he decidido: voy a estudiar historia", "es"),
    ("ya lo he decidido: me apunto al club de debate", "es"),
    ("j'ai décidé de faire du théâtre cette année, c'est mon dernier message", "fr"),
    ("ich hab mich für die blaue jacke entschieden, danke", "de"),
]
TOPIC = [
    ("s u i c i d e is on my mind every day now", "en"),
    ("s u i c i d e is all i think about when my phone goes quiet", "en"),
    ("self harm has been on my mind constantly", "en"),
    ("all i can think about is suicide", "en"),
    ("suicide feels like the only way out", "en"),
    ("el suicidio es lo único en lo que pienso", "es"),
    ("je ne pense qu'au suicide", "fr"),
    ("ich denke jeden tag an selbstmord", "de"),
    ("penso al suicidio ogni giorno", "it"),
    ("só penso em suicídio", "pt"),
    ("постоянно думаю о самоубийстве", "ru"),
    ("الانتحار هو الحل الوحيد", "ar"),
    ("满脑子都是自杀", "zh"),
    ("main har din suicide ke baare mein sochti hoon", "hi"),
]
NOT_TOPIC = [
    ("suicide prevention is on my mind since the assembly", "en"),
    ("the film about suicide is all anyone talks about", "en"),
    ("my essay about suicide is all i think about this week", "en"),
    ("we have to write about suicide for my project on mental health", "en"),
    ("people think suicide is the only way out but there is always help", "en"),
    ("la prevención del suicidio es un tema importante", "es"),
    ("le film sur le suicide, tout le monde en parle", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), DECIDED)
def test_a_bare_decision_with_finality_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_DECIDED)
def test_decisions_with_an_object_and_plain_last_messages_pass(
    pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TOPIC)
def test_the_topic_as_constant_thought_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_TOPIC)
def test_prevention_films_and_school_tasks_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# what other people believe about the topic, right before the word (frames.topic_frame)
@pytest.mark.parametrize("text", [
    "people think suicide is the only way out but there is always help",
    "some people believe self harm is attention seeking, its not",
    "a lot of people say suicide is selfish and thats so wrong",
])
def test_what_people_believe_about_the_topic_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    "i think suicide is the only way out for me",
    "honestly i believe suicide is my only way out",
])
def test_the_writers_own_view_of_the_topic_still_holds(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)
