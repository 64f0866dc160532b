"""Timed rooms, enforced by the server, driven by an injected clock."""

from __future__ import annotations

from sqlalchemy import select

from consult_server.appkeys import SESSIONMAKER
from consult_server.clock import ManualClock
from consult_server.db.models import AuditEntry, Room
from tests.conftest import make_settings
from tests.support.server import Harness


async def test_room_opens_warns_closes_on_time(harness: Harness) -> None:
    seeded = await harness.seed(opens_in=5, minutes=30)
    room_id = seeded.room_ids[0]
    child = await harness.participant(seeded.code())
    assert child.welcome["room"]["state"] == "scheduled"
    assert child.welcome["room"]["closes_at"] == "2030-03-01T09:35:00Z"
    assert await child.error("message:send", {"text": "too early"}) == "room_not_open"

    await harness.advance(minutes=5)
    opened = await child.wait_for("room:state", lambda r: r["state"] == "open")
    assert opened["server_time"] == "2030-03-01T09:05:00Z"
    await child.ok("message:send", {"text": "now we can talk"})

    await harness.advance(minutes=20)  # 10 minutes left
    warning = await child.wait_for("room:warning")
    assert warning == {
        "room_id": room_id,
        "minutes_left": 10,
        "closes_at": "2030-03-01T09:35:00Z",
        "server_time": "2030-03-01T09:25:00Z",
    }
    await child.wait_for("room:state", lambda r: r["state"] == "closing")
    await child.ok("message:send", {"text": "still allowed while closing"})

    await harness.advance(minutes=9)  # 1 minute left
    await child.wait_for("room:warning", lambda w: w["minutes_left"] == 1)
    await harness.advance(minutes=1)
    await child.wait_for("room:state", lambda r: r["state"] == "closed")
    assert await child.error("message:send", {"text": "after close"}) == "room_not_open"
    await child.settle()
    assert [w["minutes_left"] for w in child.events["room:warning"]] == [10, 1]
    assert [s["state"] for s in child.events["room:state"]] == ["open", "closing", "closed"]


async def test_ticking_twice_announces_once(harness: Harness) -> None:
    seeded = await harness.seed(opens_in=1, minutes=30)
    child = await harness.participant(seeded.code())
    await harness.advance(minutes=1)
    await harness.services.scheduler.tick()
    await harness.services.scheduler.tick()
    await child.settle()
    assert [s["state"] for s in child.events["room:state"]] == ["open"]


async def test_extend_moves_countdown_and_resets_warnings(harness: Harness) -> None:
    seeded = await harness.seed(minutes=20)
    room_id = seeded.room_ids[0]
    moderator = await harness.moderator(room_id)
    child = await harness.participant(seeded.code())
    await harness.advance(minutes=11)  # 9 minutes left: closing
    await child.wait_for("room:warning", lambda w: w["minutes_left"] == 10)
    extended = await moderator.ok("mod:extend", {"room_id": room_id, "minutes": 30})
    assert extended["room"]["state"] == "open"
    await harness.advance(minutes=30)  # 9 minutes left again
    await child.wait_for("room:warning", lambda w: w["closes_at"] == "2030-03-01T09:49:00Z")


async def test_schedule_survives_restart_and_overdue_room_closes_on_startup(database_url: str) -> None:
    clock = ManualClock()
    first = Harness(make_settings(database_url), clock)
    await first.start()
    try:
        seeded = await first.seed(minutes=30)
        later = await first.seed(opens_in=120, minutes=30)
        child = await first.participant(seeded.code())
        await child.ok("message:send", {"text": "before the restart"})
    finally:
        await first.stop()

    clock.advance(minutes=45)  # the server was down when the room should have closed
    second = Harness(make_settings(database_url), clock)
    await second.start()
    try:
        async with second.app[SESSIONMAKER]() as session:
            states = dict((await session.execute(select(Room.id, Room.state))).all())
            closes = await session.scalars(select(AuditEntry.target).where(AuditEntry.action == "room_closed"))
            assert list(closes) == [f"room:{seeded.room_ids[0]}"]
        assert states[seeded.room_ids[0]] == "closed"
        assert states[later.room_ids[0]] == "scheduled"
        back = await second.connect()
        welcome = await back.ok("resume", {"token": child.token, "last_seq": 0})
        assert welcome["room"]["state"] == "closed"
        assert [m["text"] for m in welcome["messages"]] == ["before the restart"]
        await second.advance(minutes=75)
        async with second.app[SESSIONMAKER]() as session:
            assert await session.scalar(select(Room.state).where(Room.id == later.room_ids[0])) == "open"
    finally:
        await second.stop()


async def test_background_scheduler_follows_the_clock(harness: Harness) -> None:
    seeded = await harness.seed(opens_in=2, minutes=30)
    child = await harness.participant(seeded.code())
    harness.clock.advance(minutes=2)  # no explicit tick: the background task notices
    opened = await child.wait_for("room:state", lambda r: r["state"] == "open")
    assert opened["room_id"] == seeded.room_ids[0]
