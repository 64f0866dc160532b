from __future__ import annotations

from tests.support.server import Harness


async def test_join_and_chat(harness: Harness) -> None:
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    bob = await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "Hello everyone"})
    assert ack["status"] == "shown"
    msg = await bob.wait_for("message:new")
    assert msg["text"] == "Hello everyone"
