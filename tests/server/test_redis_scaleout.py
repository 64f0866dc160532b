"""Two server processes share one room through Redis and one database."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator

import pytest
import redis.asyncio

from consult_server.clock import ManualClock
from tests.conftest import make_settings
from tests.support.server import START, Harness
from tests.support.services import REDIS_URL, require_redis

pytestmark = pytest.mark.redis


async def subscribed(channel: str, processes: int) -> None:
    """Wait until both processes listen: python-socketio subscribes in a background task."""
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        for _ in range(200):
            ((_, count),) = await client.pubsub_numsub(channel)
            if count >= processes:
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"only {count} of {processes} processes subscribed to {channel}")
    finally:
        await client.aclose()


@pytest.fixture
async def pair(database_url: str) -> AsyncIterator[tuple[Harness, Harness]]:
    require_redis()
    clock = ManualClock(START)
    settings = make_settings(database_url, redis_url=REDIS_URL, redis_channel=f"test-{secrets.token_hex(4)}")
    first, second = Harness(settings, clock), Harness(settings, clock)
    await first.start()
    await second.start()
    await subscribed(settings.redis_channel, 2)
    try:
        yield first, second
    finally:
        await first.stop()
        await second.stop()


async def test_messages_and_moderation_cross_processes(pair: tuple[Harness, Harness]) -> None:
    first, second = pair
    seeded = await first.seed()
    alice = await first.participant(seeded.code())
    bob = await second.participant(seeded.code())
    moderator = await second.moderator(seeded.room_ids[0])

    ack = await alice.ok("message:send", {"text": "hello from process one"})
    assert (await bob.wait_for("message:new"))["id"] == ack["message_id"]
    assert (await moderator.wait_for("message:new"))["id"] == ack["message_id"]

    held = await alice.ok("message:send", {"text": "send me a pic, don't tell your parents"})
    assert held["status"] == "held"
    await moderator.wait_for("mod:held", lambda m: m["id"] == held["message_id"])
    await moderator.ok("mod:approve", {"message_id": held["message_id"]})
    await alice.wait_for("message:new", lambda m: m["id"] == held["message_id"])
    await bob.wait_for("message:new", lambda m: m["id"] == held["message_id"])


async def test_schedule_is_announced_once_with_two_processes(pair: tuple[Harness, Harness]) -> None:
    first, second = pair
    seeded = await first.seed(opens_in=1, minutes=30)
    alice = await first.participant(seeded.code())
    bob = await second.participant(seeded.code())
    first.clock.advance(minutes=1)
    await first.services.scheduler.tick()
    await second.services.scheduler.tick()
    await alice.wait_for("room:state", lambda r: r["state"] == "open")
    await bob.wait_for("room:state", lambda r: r["state"] == "open")
    await alice.settle()
    await bob.settle()
    assert [r["state"] for r in alice.events["room:state"]] == ["open"]
    assert [r["state"] for r in bob.events["room:state"]] == ["open"]
