"""Participant counts shown with every room state, computed the same way everywhere."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from consult_server.db.models import Participant


async def participant_counts(session: AsyncSession, room_id: int | None = None) -> dict[int, int]:
    """Participants per room, banned ones excluded; all rooms, or just ``room_id``."""
    query = select(Participant.room_id, func.count()).where(Participant.banned.is_(False))
    if room_id is not None:
        query = query.where(Participant.room_id == room_id)
    rows = await session.execute(query.group_by(Participant.room_id))
    return {room: count for room, count in rows.all()}
