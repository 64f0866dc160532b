"""The lifecycle as a pure function of schedule and time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from consult_server.db.models import RoomState
from consult_server.services.schedule import Step, next_due, step, warned_after_extend

OPEN = datetime(2030, 1, 1, 10, 0, tzinfo=UTC)
CLOSE = OPEN + timedelta(hours=1)
W = (10, 1)


def at(minutes_after_open: float) -> datetime:
    return OPEN + timedelta(minutes=minutes_after_open)


@pytest.mark.parametrize(
    ("state", "warned", "minute", "expected"),
    [
        (RoomState.SCHEDULED, None, -5, Step(RoomState.SCHEDULED, None)),
        (RoomState.SCHEDULED, None, 0, Step(RoomState.OPEN, None)),
        (RoomState.OPEN, None, 49, Step(RoomState.OPEN, None)),
        (RoomState.OPEN, None, 50, Step(RoomState.CLOSING, 10)),
        (RoomState.CLOSING, 10, 55, Step(RoomState.CLOSING, None)),
        (RoomState.CLOSING, 10, 59, Step(RoomState.CLOSING, 1)),
        (RoomState.CLOSING, 1, 59.5, Step(RoomState.CLOSING, None)),
        (RoomState.CLOSING, 1, 60, Step(RoomState.CLOSED, None)),
        (RoomState.OPEN, None, 59.5, Step(RoomState.CLOSING, 1)),  # after downtime: only the latest warning
        (RoomState.SCHEDULED, None, 61, Step(RoomState.CLOSED, None)),  # never opened while down
        (RoomState.CLOSED, None, 30, Step(RoomState.CLOSED, None)),
    ],
)
def test_step(state: RoomState, warned: int | None, minute: float, expected: Step) -> None:
    assert step(state, OPEN, CLOSE, warned, at(minute), W) == expected


def test_next_due_walks_through_the_day() -> None:
    assert next_due(RoomState.SCHEDULED, OPEN, CLOSE, None, at(-30), W) == OPEN
    assert next_due(RoomState.OPEN, OPEN, CLOSE, None, at(1), W) == at(50)
    assert next_due(RoomState.CLOSING, OPEN, CLOSE, 10, at(51), W) == at(59)
    assert next_due(RoomState.CLOSING, OPEN, CLOSE, 1, at(59), W) == CLOSE
    assert next_due(RoomState.CLOSED, OPEN, CLOSE, None, at(61), W) is None


def test_warned_after_extend() -> None:
    assert warned_after_extend(CLOSE + timedelta(minutes=30), at(55), W) is None
    assert warned_after_extend(CLOSE, at(55), W) == 10
    assert warned_after_extend(CLOSE, at(59.5), W) == 1


def test_no_warnings_configured() -> None:
    assert step(RoomState.OPEN, OPEN, CLOSE, None, at(59), ()) == Step(RoomState.OPEN, None)
