"""Raw data is deleted on schedule; the redacted transcript stays for the report."""

from __future__ import annotations

from sqlalchemy import select

from consult_server.appkeys import SESSIONMAKER
from consult_server.db.models import Message, Participant
from tests.support.server import Harness


async def test_purge_after_retention_period(harness: Harness) -> None:
    seeded = await harness.seed(minutes=30)
    alice = await harness.participant(seeded.code())
    shown = await alice.ok("message:send", {"text": "a useful idea"})
    held = await alice.ok("message:send", {"text": "you are a fucking idiot"})
    await alice.ok("help:request", {"note": "a boy from my class keeps messaging me"})
    assert held["status"] in ("held", "blocked")
    await harness.advance(minutes=31)
    assert set((await harness.services.retention.purge()).values()) == {0}
    await harness.advance(days=31)
    counts = await harness.services.retention.purge()
    assert counts["raw_texts"] == 1 and counts["hidden_texts"] == 1 and counts["participant_tokens"] == 1
    assert counts["alert_notes"] == 1
    async with harness.app[SESSIONMAKER]() as session:
        kept = await session.get(Message, shown["message_id"])
        gone = await session.get(Message, held["message_id"])
        token = await session.scalar(select(Participant.token_hash))
    assert kept is not None and kept.text == "a useful idea"
    assert gone is not None and gone.text == "" and gone.raw_text is None
    assert token is not None and token.startswith("purged:")
    back = await harness.connect()
    assert await back.error("resume", {"token": alice.token}) == "invalid_session"
    assert (await harness.services.retention.purge())["raw_texts"] == 0
