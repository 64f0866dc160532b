"""frames_meetup.meetup_frame: a wait after school excused by a plan, never with
anything hostile in the message."""

from __future__ import annotations

import pytest

from moderation.frames_meetup import meetup_frame
from moderation.normalise import prepare

EXCUSED = [
    ("te espero a la salida para ir al cine", "te espero a la salida"),
    ("ti aspetto all'uscita così torniamo insieme", "ti aspetto all'uscita"),
    ("жду тебя после школы, пойдём в кино", "жду тебя после школы"),
]

NOT_EXCUSED = [
    ("te espero a la salida para ir al cine, ya verás", "te espero a la salida"),
    ("te espero a la salida y te parto la cara", "te espero a la salida"),
    ("ti aspetto all'uscita, vieni da solo", "ti aspetto all'uscita"),
    ("жду тебя после школы", "жду тебя после школы"),
    ("i will kill you and then we go home together", "i will kill you"),
]


def _span(text: str, match: str) -> tuple[str, int, int]:
    plain = prepare(text).plain
    start = plain.index(prepare(match).plain)
    return plain, start, start + len(prepare(match).plain)


@pytest.mark.parametrize(("text", "match"), EXCUSED)
def test_plan_excuses_the_wait(text: str, match: str) -> None:
    assert meetup_frame(*_span(text, match)) == "plan"


@pytest.mark.parametrize(("text", "match"), NOT_EXCUSED)
def test_hostile_word_no_plan_or_no_wait_is_not_excused(text: str, match: str) -> None:
    assert meetup_frame(*_span(text, match)) is None
