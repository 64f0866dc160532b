"""Bad input gets a coded error; the connection stays up, nothing is stored, nobody else notices."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from consult_server.appkeys import SESSIONMAKER
from consult_server.db.models import Alert, AuditEntry, Message, Participant
from tests.support.server import Harness

JOIN = {"age_band": "12-14", "country": "FR", "language": "en", "consent": True}


async def row_counts(harness: Harness) -> tuple[int, ...]:
    async with harness.app[SESSIONMAKER]() as session:
        return tuple(
            [
                await session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Message, Participant, Alert, AuditEntry)
            ]
        )


BAD_PARTICIPANT_PAYLOADS: list[tuple[str, tuple[object, ...], str]] = [
    ("message:send", ("just a string",), "bad_payload"),
    ("message:send", ([1, 2, 3],), "bad_payload"),
    ("message:send", (42,), "bad_payload"),
    ("message:send", (None,), "bad_payload"),
    ("message:send", ({},), "bad_payload"),
    ("message:send", ({"text": 5},), "bad_payload"),
    ("message:send", ({"text": ["a"]},), "bad_payload"),
    ("message:send", ({"text": {"$gt": ""}},), "bad_payload"),
    ("message:send", ({"text": "hi", "room_id": 2},), "bad_payload"),
    ("message:send", ({"text": "hi", "client_ref": "x" * 65},), "bad_payload"),
    ("message:send", (b"\x00\xffbinary",), "bad_payload"),
    ("message:send", ({"text": "hi"}, {"text": "again"}), "bad_payload"),
    ("message:send", ({"text": "x" * 9000},), "payload_too_large"),
    ("message:report", ({"message_id": "1"},), "bad_payload"),
    ("message:report", ({"message_id": True},), "bad_payload"),
    ("message:report", ({"message_id": -4},), "bad_payload"),
    ("message:report", ({"message_id": 2**70},), "bad_payload"),
    ("resume", ({"token": 123},), "bad_payload"),
    ("no-such-event", ({},), "unknown_event"),
    ("mod:delete_everything", ({"room_id": 1},), "unknown_event"),
]


@pytest.mark.parametrize(
    ("event", "args", "code"),
    BAD_PARTICIPANT_PAYLOADS,
    ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(BAD_PARTICIPANT_PAYLOADS)],
)
async def test_bad_payload_is_refused_without_side_effects(
    harness: Harness, event: str, args: tuple[object, ...], code: str
) -> None:
    seeded = await harness.seed()
    sender, other = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    before = await row_counts(harness)
    reply = await sender.call(event, *args)
    assert reply["ok"] is False and reply["error"]["code"] == code and reply["error"]["message"]
    assert await row_counts(harness) == before
    # The connection is still up and working, and the other child saw nothing.
    await sender.ok("message:send", {"text": "still connected"})
    await other.wait_for("message:new", lambda m: m["text"] == "still connected")
    assert [m["text"] for m in other.events["message:new"]] == ["still connected"]


BAD_JOINS: list[tuple[dict[str, object], str]] = [
    ({**JOIN, "age_band": "7-8"}, "bad_payload"),
    ({**JOIN, "country": "XX"}, "bad_payload"),
    ({**JOIN, "language": "tlh"}, "bad_payload"),
    ({**JOIN, "consent": "yes"}, "bad_payload"),
    ({**JOIN, "email": "kid@example.com"}, "bad_payload"),
    ({**JOIN, "name": "Real Name"}, "bad_payload"),
    ({k: v for k, v in JOIN.items() if k != "consent"}, "bad_payload"),
]


@pytest.mark.parametrize(("payload", "code"), BAD_JOINS, ids=[str(i) for i in range(len(BAD_JOINS))])
async def test_bad_join_is_refused_and_code_stays_usable(
    harness: Harness, payload: dict[str, object], code: str
) -> None:
    seeded = await harness.seed()
    invite = seeded.code()
    client = await harness.connect()
    assert await client.error("join", {"code": invite, **payload}) == code
    assert (await row_counts(harness))[1] == 0
    await client.ok("join", {"code": invite, **JOIN})


async def test_moderator_bad_payloads(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    before = await row_counts(harness)
    for event, payload in [
        ("mod:mute", {"participant_id": 1, "minutes": 0}),
        ("mod:mute", {"participant_id": 1, "minutes": 100000}),
        ("mod:slow_mode", {"room_id": seeded.room_ids[0], "seconds": -1}),
        ("mod:extend", {"room_id": seeded.room_ids[0]}),
        ("mod:pin", {"room_id": seeded.room_ids[0], "text": "x" * 301}),
        ("mod:watch", {"room_id": "1"}),
    ]:
        assert await moderator.error(event, payload) == "bad_payload", (event, payload)
    assert await moderator.error("mod:watch", {"room_id": 987654}) == "not_found"
    assert await moderator.error("mod:kick", {"participant_id": 987654}) == "not_found"
    assert await row_counts(harness) == before
    await moderator.ok("mod:rooms")


async def test_flood_of_garbage_does_not_break_the_room(harness: Harness) -> None:
    seeded = await harness.seed()
    attacker, child = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    for args in [(), ("x",), ({"text": None},), ({"text": ""},), ([{}],)]:
        reply = await attacker.call("message:send", *args)
        assert reply["ok"] is False
    await child.ok("message:send", {"text": "the room still works"})
    assert (await attacker.wait_for("message:new"))["text"] == "the room still works"
