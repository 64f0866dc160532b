"""Joining with an invite code: pseudonyms, single use, expiry, consent, and no personal data stored."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import inspect, select

from consult_server.appkeys import ENGINE, SESSIONMAKER
from consult_server.db.models import InviteCode, Participant
from tests.support.server import Harness

PSEUDONYM = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$")


async def test_join_assigns_pseudonym_and_room(harness: Harness) -> None:
    seeded = await harness.seed()
    child = await harness.participant(seeded.code(), country="fr", language="fr", age_band="9-11")
    welcome = child.welcome
    assert PSEUDONYM.match(welcome["participant"]["pseudonym"])
    assert welcome["room"]["room_id"] == seeded.room_ids[0]
    assert welcome["room"]["state"] == "open"
    assert welcome["room"]["consultation"]["topic"] == "Staying safe online"
    assert welcome["messages"] == []
    assert welcome["limits"] == {"max_message_length": 500}
    assert len(welcome["token"]) >= 32
    async with harness.app[SESSIONMAKER]() as session:
        stored = await session.get(Participant, welcome["participant"]["participant_id"])
        assert stored is not None
        assert (stored.country, stored.language, stored.age_band) == ("FR", "fr", "9-11")
        assert stored.token_hash != welcome["token"]


async def test_pseudonyms_are_unique_in_a_room(harness: Harness) -> None:
    seeded = await harness.seed(codes=12)
    names = {(await harness.participant(seeded.code())).welcome["participant"]["pseudonym"] for _ in range(12)}
    assert len(names) == 12


async def test_code_can_be_typed_loosely(harness: Harness) -> None:
    seeded = await harness.seed()
    code = seeded.code()
    child = await harness.participant(f"  {code.lower().replace('-', ' ')} ")
    assert child.welcome["room"]["room_id"] == seeded.room_ids[0]


async def test_used_code_is_refused(harness: Harness) -> None:
    seeded = await harness.seed()
    code = seeded.code()
    await harness.participant(code)
    other = await harness.connect()
    payload = {"code": code, "age_band": "12-14", "country": "ES", "language": "es", "consent": True}
    assert await other.error("join", payload) == "code_used"


async def test_unknown_code_is_refused(harness: Harness) -> None:
    await harness.seed()
    client = await harness.connect()
    payload = {"code": "ZZZZ-ZZZZ", "age_band": "12-14", "country": "ES", "language": "es", "consent": True}
    assert await client.error("join", payload) == "invalid_code"


async def test_expired_code_is_refused(harness: Harness) -> None:
    seeded = await harness.seed(minutes=30)
    await harness.advance(minutes=31)
    client = await harness.connect()
    payload = {"code": seeded.code(), "age_band": "12-14", "country": "ES", "language": "es", "consent": True}
    assert await client.error("join", payload) == "code_expired"


async def test_consent_is_required_and_the_code_stays_unused(harness: Harness) -> None:
    seeded = await harness.seed()
    code = seeded.code()
    client = await harness.connect()
    payload = {"code": code, "age_band": "12-14", "country": "ES", "language": "es", "consent": False}
    assert await client.error("join", payload) == "consent_required"
    async with harness.app[SESSIONMAKER]() as session:
        assert (await session.scalar(select(InviteCode.used_at).where(InviteCode.code == code))) is None
    await harness.participant(code)


async def test_joining_a_scheduled_room_waits_for_it(harness: Harness) -> None:
    seeded = await harness.seed(opens_in=30)
    child = await harness.participant(seeded.code())
    assert child.welcome["room"]["state"] == "scheduled"
    assert await child.error("message:send", {"text": "hello"}) == "room_not_open"


async def test_resume_with_token_rejoins_same_participant(harness: Harness) -> None:
    seeded = await harness.seed()
    child = await harness.participant(seeded.code())
    await child.close()
    again = await harness.connect()
    welcome = await again.ok("resume", {"token": child.token, "last_seq": 0})
    assert welcome["participant"] == child.welcome["participant"]
    assert (await again.ok("message:send", {"text": "back again"}))["status"] == "shown"


async def test_resume_with_unknown_token_is_refused(harness: Harness) -> None:
    client = await harness.connect()
    assert await client.error("resume", {"token": "not-a-token"}) == "invalid_session"


@pytest.mark.parametrize(
    "forbidden", ["name", "surname", "email", "ip", "address", "phone", "birthday", "dob", "school"]
)
async def test_no_column_can_hold_identifying_data(harness: Harness, forbidden: str) -> None:
    def columns(connection: object) -> list[str]:
        inspector = inspect(connection)
        return [f"{t}.{c['name']}" for t in inspector.get_table_names() for c in inspector.get_columns(t)]

    async with harness.app[ENGINE].connect() as conn:
        names = await conn.run_sync(columns)
    # Only staff accounts and structural names (rooms, consultations) may have a "name".
    allowed = {"staff.name", "rooms.name"}
    assert [n for n in names if forbidden in n.split(".")[1].split("_") and n not in allowed] == []
