"""Deleting raw data on a schedule.

After ``retention_days`` from a room's close, what could identify or hurt a child is
removed: the original text of held and blocked messages, the text of messages
that never became visible, children's notes to moderators, and the participants' resume tokens. What remains is
the visible (already redacted) transcript and counts, which the reports need.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import String, delete, literal, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql import Executable

from consult_server.clock import Clock
from consult_server.db.models import Alert, Message, MessageStatus, Participant, Room, RoomState, StaffSession

log = logging.getLogger(__name__)
HIDDEN = (MessageStatus.HELD, MessageStatus.BLOCKED, MessageStatus.REJECTED, MessageStatus.REMOVED)


async def _run(session: AsyncSession, statement: Executable) -> int:
    """Execute a bulk UPDATE/DELETE and return how many rows it touched."""
    result = cast(CursorResult[Any], await session.execute(statement))
    return result.rowcount


class RetentionService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock, days: int) -> None:
        self._db = db
        self._clock = clock
        self._days = days

    async def purge(self) -> dict[str, int]:
        now = self._clock.now()
        cutoff = now - timedelta(days=self._days)
        async with self._db.begin() as session:
            rooms = select(Room.id).where(Room.state == RoomState.CLOSED, Room.closes_at < cutoff)
            raw = await _run(
                session,
                update(Message).where(Message.room_id.in_(rooms), Message.raw_text.is_not(None)).values(raw_text=None),
            )
            hidden = await _run(
                session,
                update(Message)
                .where(Message.room_id.in_(rooms), Message.status.in_(HIDDEN), Message.text != "")
                .values(text=""),
            )
            tokens = await _run(
                session,
                update(Participant)
                .where(Participant.room_id.in_(rooms), ~Participant.token_hash.startswith("purged:"))
                .values(token_hash=literal("purged:") + sql_cast(Participant.id, String)),
            )
            notes = await _run(
                session,
                update(Alert).where(Alert.room_id.in_(rooms), Alert.note.is_not(None)).values(note=None),
            )
            sessions = await _run(session, delete(StaffSession).where(StaffSession.expires_at < now))
        counts = {
            "raw_texts": raw,
            "hidden_texts": hidden,
            "alert_notes": notes,
            "participant_tokens": tokens,
            "staff_sessions": sessions,
        }
        log.info("retention purge: %s", counts)
        return counts
