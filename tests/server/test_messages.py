"""The message path: validate, moderate, persist, acknowledge, broadcast."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from consult_server.appkeys import SESSIONMAKER
from consult_server.db.models import Alert, Message
from tests.support.server import Harness


async def count_messages(harness: Harness) -> int:
    async with harness.app[SESSIONMAKER]() as session:
        return await session.scalar(select(func.count()).select_from(Message)) or 0


async def test_clean_message_is_stored_acknowledged_and_broadcast(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok(
        "message:send", {"text": "  I think apps should explain reporting better.  ", "client_ref": "c1"}
    )
    assert ack["status"] == "shown" and ack["reason"] == "ok" and ack["client_ref"] == "c1"
    assert ack["text"] == "I think apps should explain reporting better."
    received = await bob.wait_for("message:new")
    assert received == {
        "id": ack["message_id"],
        "seq": 1,
        "room_id": seeded.room_ids[0],
        "pseudonym": alice.welcome["participant"]["pseudonym"],
        "text": "I think apps should explain reporting better.",
        "created_at": "2030-03-01T09:00:00Z",
        "redacted": False,
    }
    async with harness.app[SESSIONMAKER]() as session:
        stored = await session.get(Message, ack["message_id"])
        assert stored is not None and stored.status == "shown" and stored.seq == 1


async def test_personal_details_are_redacted_before_anyone_sees_them(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "text me on +44 7700 900123 after school"})
    assert ack["status"] == "redacted" and ack["reason"] == "personal_info_removed"
    assert "7700" not in ack["text"]
    received = await bob.wait_for("message:new")
    assert "7700" not in received["text"] and received["redacted"] is True
    async with harness.app[SESSIONMAKER]() as session:
        stored = await session.get(Message, ack["message_id"])
        assert stored is not None and "7700" not in stored.text and stored.raw_text is None


async def test_held_message_reaches_moderator_queue_not_the_room(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "you are a fucking idiot"})
    assert ack["status"] in ("held", "blocked")
    if ack["status"] == "held":
        held = await moderator.wait_for("mod:held")
        assert held["id"] == ack["message_id"] and held["reasons"] and held["categories"]
    await bob.settle()
    assert bob.events["message:new"] == []


async def test_self_harm_disclosure_alerts_moderators_and_offers_help(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code(), country="GB"), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "I want to kill myself, nobody would care"})
    assert ack["status"] == "held" and ack["reason"] == "support_offered"
    alert = await moderator.wait_for("mod:alert")
    assert alert["kind"] == "self_harm" and alert["message_id"] == ack["message_id"]
    assert alert["pseudonym"] == alice.welcome["participant"]["pseudonym"]
    support = await alice.wait_for("support:message")
    assert support["kind"] == "self_harm" and support["helpline"]["number"]
    await bob.settle()
    assert bob.events["message:new"] == [] and bob.events["support:message"] == []
    async with harness.app[SESSIONMAKER]() as session:
        assert await session.scalar(select(func.count()).select_from(Alert).where(Alert.kind == "self_harm")) == 1


async def test_grooming_is_held_with_an_alert(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "how old are you? are you home alone? don't tell your parents"})
    assert ack["status"] == "held"
    alert = await moderator.wait_for("mod:alert")
    assert alert["kind"] == "grooming"


async def test_empty_and_too_long_messages_are_refused_and_not_stored(harness: Harness) -> None:
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    assert await alice.error("message:send", {"text": "   \n\t "}) == "empty_message"
    reply = await alice.call("message:send", {"text": "a" * 501})
    assert reply["error"]["code"] == "message_too_long" and reply["error"]["details"]["max_length"] == 500
    assert (await alice.ok("message:send", {"text": "b" * 500}))["status"] in ("shown", "held", "blocked")
    assert await count_messages(harness) == 1


async def test_rate_limit_refuses_only_the_flooder(harness: Harness) -> None:
    seeded = await harness.seed()
    flooder, calm = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    for i in range(5):
        assert (await flooder.ok("message:send", {"text": f"point number {i}"}))["status"] == "shown"
    reply = await flooder.call("message:send", {"text": "one more point"})
    assert reply["error"]["code"] == "rate_limited" and reply["error"]["details"]["retry_after"] >= 1
    assert (await calm.ok("message:send", {"text": "I am not flooding"}))["status"] == "shown"
    harness.clock.advance(seconds=10)
    assert (await flooder.ok("message:send", {"text": "one more point"}))["status"] == "shown"


async def test_repeated_identical_message_is_refused(harness: Harness) -> None:
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    await alice.ok("message:send", {"text": "Same thing"})
    harness.clock.advance(seconds=5)
    assert await alice.error("message:send", {"text": "same   THING"}) == "duplicate_message"
    harness.clock.advance(seconds=60)
    await alice.ok("message:send", {"text": "Same thing"})


async def test_concurrent_sends_get_distinct_ordered_sequence_numbers(harness: Harness) -> None:
    seeded = await harness.seed(codes=6)
    children = [await harness.participant(seeded.code()) for _ in range(6)]
    acks = await asyncio.gather(
        *(c.ok("message:send", {"text": f"idea {i} about safety"}) for i, c in enumerate(children))
    )
    assert sorted(a["seq"] for a in acks) == [1, 2, 3, 4, 5, 6]
    watcher = children[0]
    for ack in acks:
        await watcher.wait_for("message:new", lambda m, a=ack: m["id"] == a["message_id"])


async def test_report_and_help_request_reach_moderators(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code(), country="FR"), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "Everyone here is boring"})
    await bob.ok("message:report", {"message_id": ack["message_id"], "reason": "mean"})
    report = await moderator.wait_for("mod:alert", lambda a: a["kind"] == "report")
    assert report["message_id"] == ack["message_id"]
    helped = await bob.ok("help:request", {})
    assert helped["helpline"]["number"]
    alert = await moderator.wait_for("mod:alert", lambda a: a["kind"] == "help_request")
    assert alert["pseudonym"] == bob.welcome["participant"]["pseudonym"]
    assert alice.events["mod:alert"] == []


async def test_cannot_report_a_message_from_another_room(harness: Harness) -> None:
    seeded = await harness.seed(rooms=2)
    here, there = await harness.participant(seeded.code(0)), await harness.participant(seeded.code(1))
    ack = await there.ok("message:send", {"text": "in room two"})
    assert await here.error("message:report", {"message_id": ack["message_id"]}) == "not_found"


async def test_participants_only_receive_their_own_room(harness: Harness) -> None:
    seeded = await harness.seed(rooms=2)
    here, there = await harness.participant(seeded.code(0)), await harness.participant(seeded.code(1))
    await there.ok("message:send", {"text": "only for room two"})
    await here.ok("message:send", {"text": "only for room one"})
    await here.settle()
    await there.settle()
    assert [m["text"] for m in here.events["message:new"]] == ["only for room one"]
    assert [m["text"] for m in there.events["message:new"]] == ["only for room two"]


async def test_mentions_of_room_pseudonyms_are_shown_but_outside_handles_are_redacted(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    # "Blue Otter 17" typed as one word has a username's shape (letters then digits)
    bob_handle = "".join(bob.welcome["participant"]["pseudonym"].split())
    text = f"@{bob_handle} good point, I agree"
    ack = await alice.ok("message:send", {"text": text})
    assert ack["status"] == "shown" and ack["text"] == text
    assert (await bob.wait_for("message:new"))["text"] == text
    ack = await alice.ok("message:send", {"text": "my friend is @skate_boy_22 she agrees"})
    assert ack["status"] == "redacted" and "skate_boy_22" not in ack["text"]
    assert "skate_boy_22" not in (await bob.wait_for("message:new"))["text"]
