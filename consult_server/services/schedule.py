"""The room lifecycle as pure functions of the stored schedule and the time.

scheduled → open → closing → closed. ``closing`` starts at the first warning
(10 minutes before close by default); posting is allowed while open or closing.
Because the state is a function of (schedule, time), a restart only needs to
apply ``step`` once to catch up, which is how rooms whose close time passed while
the server was down get closed on start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from consult_server.db.models import RoomState

POSTING_STATES = frozenset({RoomState.OPEN, RoomState.CLOSING})


@dataclass(frozen=True)
class Step:
    state: RoomState
    warning: int | None  # minutes-before-close warning to send now, if any


def live_state(closes_at: datetime, now: datetime, warnings: tuple[int, ...]) -> RoomState:
    """State of a room that has opened."""
    if now >= closes_at:
        return RoomState.CLOSED
    if warnings and now >= closes_at - timedelta(minutes=max(warnings)):
        return RoomState.CLOSING
    return RoomState.OPEN


def due_warning(closes_at: datetime, now: datetime, warned: int | None, warnings: tuple[int, ...]) -> int | None:
    """The smallest passed warning not yet sent; after downtime only the latest one is sent."""
    passed = [m for m in warnings if now >= closes_at - timedelta(minutes=m)]
    if not passed:
        return None
    smallest = min(passed)
    return smallest if warned is None or smallest < warned else None


def step(
    state: RoomState,
    opens_at: datetime,
    closes_at: datetime,
    warned: int | None,
    now: datetime,
    warnings: tuple[int, ...],
) -> Step:
    if state == RoomState.CLOSED:
        return Step(RoomState.CLOSED, None)
    if state == RoomState.SCHEDULED and now < opens_at:
        return Step(RoomState.SCHEDULED, None)
    new_state = live_state(closes_at, now, warnings)
    if new_state == RoomState.CLOSED:
        return Step(new_state, None)
    return Step(new_state, due_warning(closes_at, now, warned, warnings))


def next_due(
    state: RoomState,
    opens_at: datetime,
    closes_at: datetime,
    warned: int | None,
    now: datetime,
    warnings: tuple[int, ...],
) -> datetime | None:
    """When this room next needs attention, so the scheduler can sleep until then."""
    if state == RoomState.CLOSED:
        return None
    times = [closes_at]
    if state == RoomState.SCHEDULED:
        times.append(opens_at)
    times += [closes_at - timedelta(minutes=m) for m in warnings if warned is None or m < warned]
    future = [t for t in times if t > now]
    return min(future) if future else now


def warned_after_extend(closes_at: datetime, now: datetime, warnings: tuple[int, ...]) -> int | None:
    """After the close time moves, only warnings still in the past count as sent."""
    passed = [m for m in warnings if now >= closes_at - timedelta(minutes=m)]
    return min(passed) if passed else None
