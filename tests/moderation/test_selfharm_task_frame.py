"""A school task or a work named right before a bare topic word ("my essay
about suicide", "mon exposé sur le suicide") excuses the topic rule, so the
model stage does not read the rest of the sentence ("is all i think about")
as a disclosure (frames_task.py).  Method research and the writer's own
disclosure in the same sentence stay held.  Written from a failure class,
not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

TASKS = [
    ("my essay about suicide is all i think about this week", "en"),
    ("our project on self harm is taking forever, i think about it every day", "en"),
    ("the documentary about suicide was really sad", "en"),
    ("mon exposé sur le suicide me prend toute la semaine", "fr"),
    ("mi trabajo sobre el suicidio es para el lunes y no paro de pensar en él", "es"),
    ("mein referat über selbstmord ist morgen und ich denke nur noch daran", "de"),
    ("мой доклад о суициде завтра, очень волнуюсь", "ru"),
]
STILL_HELD = [
    ("i did research on suicide methods last night", "en"),
    ("my essay about suicide made me want to kill myself", "en"),
    ("i think about suicide every day", "en"),
    ("we watched a film about suicide and now i keep thinking about suicide", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TASKS)
def test_a_task_about_the_topic_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_methods_and_own_disclosures_stay_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
