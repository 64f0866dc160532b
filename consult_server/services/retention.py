"""Deleting raw data on a schedule.

After ``retention_days`` from a room's close, what could identify or hurt a child is
removed: the original text of held and blocked messages, the text of messages
that never became visible, and the participants' resume tokens. What remains is
the visible (already redacted) transcript and counts, which the reports need.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import String, cast, delete, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import Clock
from consult_server.db.models import Message, MessageStatus, Participant, Room, RoomState, StaffSession

log = logging.getLogger(__name__)
HIDDEN = (MessageStatus.HELD, MessageStatus.BLOCKED, MessageStatus.REJECTED, MessageStatus.REMOVED)


class RetentionService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock, days: int) -> None:
        self._db = db
        self._clock = clock
        self._days = days

    async def purge(self) -> dict[str, int]:
        now = self._clock.now()
        cutoff = now - timedelta(days=self._days)
        async with self._db() as session, session.begin():
            rooms = select(Room.id).where(Room.state == RoomState.CLOSED, Room.closes_at < cutoff)
            raw = await session.execute(
                update(Message).where(Message.room_id.in_(rooms), Message.raw_text.is_not(None)).values(raw_text=None)
            )
            hidden = await session.execute(
                update(Message)
                .where(Message.room_id.in_(rooms), Message.status.in_(HIDDEN), Message.text != "")
                .values(text="")
            )
            tokens = await session.execute(
                update(Participant)
                .where(Participant.room_id.in_(rooms), ~Participant.token_hash.startswith("purged:"))
                .values(token_hash=literal("purged:") + cast(Participant.id, String))
            )
            sessions = await session.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        counts = {
            "raw_texts": raw.rowcount,
            "hidden_texts": hidden.rowcount,  # type: ignore[attr-defined]
            "participant_tokens": tokens.rowcount,
            "staff_sessions": sessions.rowcount,
        }  # type: ignore[attr-defined]
        log.info("retention purge: %s", counts)
        return counts
