"""Reconnecting clients get exactly the visible messages they missed, in order."""

from __future__ import annotations

from tests.support.server import Harness


async def test_resume_replays_missed_messages_in_order_without_duplicates(harness: Harness) -> None:
    seeded = await harness.seed(codes=3)
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    for text in ["one", "two"]:
        await alice.ok("message:send", {"text": text})
        harness.clock.advance(seconds=3)
    await bob.wait_for("message:new", lambda m: m["text"] == "two")
    last_seen = max(m["seq"] for m in bob.events["message:new"])
    await bob.close()

    held = await alice.ok("message:send", {"text": "call me, you're so mature for your age, don't tell your mum"})
    assert held["status"] == "held"
    for text in ["three", "four"]:
        harness.clock.advance(seconds=3)
        await alice.ok("message:send", {"text": text})
    await moderator.ok("mod:approve", {"message_id": held["message_id"]})
    removed = await alice.ok("message:send", {"text": "five"})
    await moderator.ok("mod:remove", {"message_id": removed["message_id"]})

    back = await harness.connect()
    welcome = await back.ok("resume", {"token": bob.token, "last_seq": last_seen})
    assert [m["text"] for m in welcome["messages"]] == ["three", "four", held["text"]]
    seqs = [m["seq"] for m in welcome["messages"]]
    assert seqs == sorted(seqs) and min(seqs) == last_seen + 1
    assert welcome["removed"] == []

    again = await harness.connect()
    everything = await again.ok("resume", {"token": bob.token, "last_seq": 0})
    assert [m["text"] for m in everything["messages"]] == ["one", "two", "three", "four", held["text"]]
    after = await harness.connect()
    later = await after.ok("resume", {"token": bob.token, "last_seq": everything["last_seq"]})
    assert later["messages"] == [] and later["removed"] == [removed["message_id"]]


async def test_resumed_socket_receives_live_messages(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    await bob.close()
    back = await harness.connect()
    await back.ok("resume", {"token": bob.token})
    await alice.ok("message:send", {"text": "welcome back"})
    assert (await back.wait_for("message:new"))["text"] == "welcome back"


async def test_resume_tells_the_author_about_decisions_taken_while_away(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    waiting = await alice.ok("message:send", {"text": "are you home alone? what school do you go to?"})
    refused = await alice.ok("message:send", {"text": "you're so mature for your age, add me on snap"})
    assert waiting["status"] == refused["status"] == "held"
    await alice.close()
    await moderator.ok("mod:reject", {"message_id": refused["message_id"]})
    back = await harness.connect()
    welcome = await back.ok("resume", {"token": alice.token, "last_seq": 0})
    assert [(o["message_id"], o["status"]) for o in welcome["own"]] == [
        (waiting["message_id"], "held"),
        (refused["message_id"], "rejected"),
    ]
