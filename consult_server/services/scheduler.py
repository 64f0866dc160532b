"""Applies the room lifecycle on time and tells everyone in the room.

Runs as one background task per process. Several processes (Redis deployment) may
tick the same room; each transition is a conditional UPDATE on the old state, so
exactly one process wins and announces it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import Clock, iso
from consult_server.db.models import AuditEntry, Consultation, Room, RoomState
from consult_server.services import schedule
from consult_server.services.counts import participant_counts
from consult_server.services.events import Event, EventSink, Outgoing, room_channel
from consult_server.services.views import room_view

log = logging.getLogger(__name__)
MAX_SLEEP_SECONDS = 5.0


class RoomScheduler:
    def __init__(
        self, db: async_sessionmaker[AsyncSession], clock: Clock, sink: EventSink, warnings: tuple[int, ...]
    ) -> None:
        self._db = db
        self._clock = clock
        self._sink = sink
        self._warnings = warnings
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Re-plan now: a moderator changed a schedule."""
        self._wake.set()

    async def tick(self) -> datetime | None:
        """Apply every due transition and warning; return when the next one is due."""
        now = self._clock.now()
        events: list[Outgoing] = []
        due: list[datetime] = []
        async with self._db.begin() as session:
            rooms = (
                await session.execute(
                    select(Room, Consultation).join(Consultation).where(Room.state != RoomState.CLOSED)
                )
            ).all()
            for room, consultation in rooms:
                old_state, old_warned = RoomState(room.state), room.warned_minutes
                result = schedule.step(old_state, room.opens_at, room.closes_at, old_warned, now, self._warnings)
                warned = result.warning if result.warning is not None else old_warned
                if result.state != old_state or warned != old_warned:
                    values: dict[str, object] = {"state": result.state, "warned_minutes": warned}
                    if old_state == RoomState.SCHEDULED and result.state != RoomState.SCHEDULED:
                        values["opened_at"] = now
                    if result.state == RoomState.CLOSED:
                        values["closed_at"] = now
                    won = await session.execute(
                        update(Room)
                        .where(
                            Room.id == room.id,
                            Room.state == old_state,
                            Room.warned_minutes.is_not_distinct_from(old_warned),
                        )
                        .values(**values)
                    )
                    if won.rowcount == 1:  # type: ignore[attr-defined]
                        room.state, room.warned_minutes = result.state, warned
                        count = (await participant_counts(session, room.id)).get(room.id, 0)
                        events += self._announce(room, consultation, old_state, result, now, count)
                        if result.state != old_state:
                            session.add(
                                AuditEntry(
                                    room_id=room.id,
                                    actor_id=None,
                                    action=f"room_{result.state}",
                                    target=f"room:{room.id}",
                                    detail={"by": "schedule"},
                                    created_at=now,
                                )
                            )
                    await session.refresh(room)
                nxt = schedule.next_due(
                    RoomState(room.state), room.opens_at, room.closes_at, room.warned_minutes, now, self._warnings
                )
                if nxt is not None:
                    due.append(nxt)
        if events:
            await self._sink.publish(events)
        return min(due) if due else None

    def _announce(
        self, room: Room, consultation: Consultation, old: RoomState, result: schedule.Step, now: datetime, count: int
    ) -> list[Outgoing]:
        out: list[Outgoing] = []
        if result.state != old:
            log.info("room %s: %s -> %s", room.id, old, result.state)
            out.append(Event("room:state", room_view(room, consultation, now, count), room_channel(room.id)))
        if result.warning is not None:
            out.append(
                Event(
                    "room:warning",
                    {
                        "room_id": room.id,
                        "minutes_left": result.warning,
                        "closes_at": iso(room.closes_at),
                        "server_time": iso(now),
                    },
                    room_channel(room.id),
                )
            )
        return out

    async def run(self) -> None:
        while True:
            try:
                nxt = await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("room scheduler tick failed; retrying")
                nxt = None
            delay = MAX_SLEEP_SECONDS
            if nxt is not None:
                delay = min(MAX_SLEEP_SECONDS, max(0.0, (nxt - self._clock.now()).total_seconds()))
            self._wake.clear()
            waker = asyncio.ensure_future(self._wake.wait())
            sleeper = asyncio.ensure_future(self._clock.sleep(delay))
            try:
                await asyncio.wait({waker, sleeper}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (waker, sleeper):
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
