"""Reading a consultation for export: small metadata up front, messages streamed.

Memory must stay flat however long a consultation ran, so messages are read with
keyset pagination on ``(seq, id)`` within each room, a short session per batch and
plain column tuples (no ORM objects, so no identity map that grows). Only
per-participant data (pseudonyms, who spoke) is loaded whole; it is bounded by the
number of invite codes, not by the number of messages.

Nothing in this module formats output; internal ids stay inside ``ExportContext``
and the private ``RawMessage`` and never reach a writer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import utc
from consult_server.db.models import (
    AuditEntry,
    Consultation,
    InviteCode,
    Message,
    MessageStatus,
    Participant,
    Room,
)
from consult_server.errors import ConsultError, ErrorCode
from consult_server.export.anonymise import normal_code

VISIBLE: tuple[str, ...] = (MessageStatus.SHOWN.value, MessageStatus.REDACTED.value)
BATCH = 1000


@dataclass(frozen=True, slots=True)
class RoomInfo:
    key: int  # internal database id: used for queries, never written out
    slug: str
    name: str
    language: str | None
    starts: datetime
    ends: datetime


@dataclass(slots=True)
class ExportContext:
    consultation_key: int
    slug: str
    title: str
    topic: str
    questions: list[str]
    languages: list[str]
    timezone: str
    tz: ZoneInfo
    rooms: list[RoomInfo]
    # room key -> participant id -> pseudonym (every participant, also those who never spoke)
    pseudonyms: dict[int, dict[int, str]] = field(default_factory=dict)
    # room key -> ids of participants with at least one visible message
    speakers: dict[int, set[int]] = field(default_factory=dict)
    # the rooms' invite codes, normalised (anonymise.normal_code), to scrub pasted codes
    codes: set[str] = field(default_factory=set)

    @property
    def room_keys(self) -> list[int]:
        return [r.key for r in self.rooms]

    def room(self, key: int) -> RoomInfo:
        for room in self.rooms:
            if room.key == key:
                return room
        raise KeyError(key)

    def minute(self, when: datetime) -> str:
        """Local time of the consultation, to the minute: finer times are never exported."""
        return utc(when).astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def hour(self, when: datetime) -> str:
        return utc(when).astimezone(self.tz).strftime("%Y-%m-%d %H:00")


@dataclass(frozen=True, slots=True)
class RawMessage:
    room_key: int
    participant_id: int
    text: str
    created_at: datetime


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


async def load_context(
    sessionmaker: async_sessionmaker[AsyncSession], consultation_id: int, room_slug: str | None = None
) -> ExportContext:
    """Load the consultation, its rooms (or the one ``room_slug``) and per-room participants."""
    async with sessionmaker() as session:
        consultation = await session.get(Consultation, consultation_id)
        if consultation is None:
            raise ConsultError(ErrorCode.NOT_FOUND, "No such consultation.")
        query = select(Room).where(Room.consultation_id == consultation_id).order_by(Room.opens_at, Room.id)
        if room_slug:
            query = query.where(Room.slug == room_slug)
        rooms = [
            RoomInfo(
                key=r.id,
                slug=r.slug,
                name=r.name,
                language=r.language,
                starts=r.opened_at or r.opens_at,
                ends=r.closed_at or r.closes_at,
            )
            for r in (await session.execute(query)).scalars()
        ]
        if room_slug and not rooms:
            raise ConsultError(ErrorCode.NOT_FOUND, "No such room in this consultation.")
        ctx = ExportContext(
            consultation_key=consultation.id,
            slug=consultation.slug,
            title=consultation.title,
            topic=consultation.topic,
            questions=list(consultation.questions or []),
            languages=list(consultation.languages or []),
            timezone=consultation.timezone,
            tz=_zone(consultation.timezone),
            rooms=rooms,
        )
        keys = ctx.room_keys
        for key in keys:
            ctx.pseudonyms[key] = {}
            ctx.speakers[key] = set()
        if keys:
            rows = await session.execute(
                select(Participant.id, Participant.room_id, Participant.pseudonym).where(Participant.room_id.in_(keys))
            )
            for pid, room_id, pseudonym in rows:
                ctx.pseudonyms[room_id][pid] = pseudonym
            spoke = await session.execute(
                select(Message.room_id, Message.participant_id)
                .where(Message.room_id.in_(keys), Message.status.in_(VISIBLE))
                .distinct()
            )
            for room_id, pid in spoke:
                ctx.speakers[room_id].add(pid)
            codes = await session.execute(select(InviteCode.code).where(InviteCode.room_id.in_(keys)))
            ctx.codes = {normal_code(code) for (code,) in codes}
    return ctx


async def count_visible(sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext) -> int:
    if not ctx.rooms:
        return 0
    async with sessionmaker() as session:
        total = await session.scalar(
            select(func.count())
            .select_from(Message)
            .where(Message.room_id.in_(ctx.room_keys), Message.status.in_(VISIBLE))
        )
    return int(total or 0)


async def iter_visible(
    sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext, batch: int = BATCH
) -> AsyncIterator[RawMessage]:
    """Visible messages in transcript order (room, then seq), ``batch`` rows at a time."""
    for room in ctx.rooms:
        last_seq, last_id = -1, -1
        while True:
            async with sessionmaker() as session:
                rows = (
                    await session.execute(
                        select(Message.id, Message.seq, Message.participant_id, Message.text, Message.created_at)
                        .where(
                            Message.room_id == room.key,
                            Message.status.in_(VISIBLE),
                            Message.seq.is_not(None),
                            or_(Message.seq > last_seq, and_(Message.seq == last_seq, Message.id > last_id)),
                        )
                        .order_by(Message.seq, Message.id)
                        .limit(batch)
                    )
                ).all()
            for _mid, _seq, pid, text, created_at in rows:
                yield RawMessage(room.key, pid, text, created_at)
            if len(rows) < batch:
                break
            last_id, last_seq = rows[-1][0], rows[-1][1] or 0  # seq is never NULL here


async def _rows_by_id(
    sessionmaker: async_sessionmaker[AsyncSession], query: Select[*tuple[Any, ...]], id_column: Any, batch: int
) -> AsyncIterator[Row[*tuple[Any, ...]]]:
    """Rows of ``query`` (whose first column is ``id_column``) in id order, a batch per session,
    so memory stays flat and no transaction stays open for the whole export."""
    last_id = -1
    while True:
        async with sessionmaker() as session:
            rows = (await session.execute(query.where(id_column > last_id).order_by(id_column).limit(batch))).all()
        for row in rows:
            yield row
        if len(rows) < batch:
            return
        last_id = rows[-1][0]


async def iter_moderation(
    sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext, batch: int = BATCH * 5
) -> AsyncIterator[tuple[int, str, list[str]]]:
    """(room key, status, categories) of every message, for counts only: no text is read."""
    keys = ctx.room_keys
    if not keys:
        return
    query = select(Message.id, Message.room_id, Message.status, Message.categories).where(Message.room_id.in_(keys))
    async for _mid, room_id, status, categories in _rows_by_id(sessionmaker, query, Message.id, batch):
        yield room_id, status, list(categories or [])


async def iter_audit(
    sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext, batch: int = BATCH
) -> AsyncIterator[tuple[int | None, int | None, str, str | None, datetime]]:
    """(room key, actor id, action, target, time) of audit rows for the exported rooms.

    ``detail`` is never read: it may quote message text.
    """
    keys = ctx.room_keys
    if not keys:
        return
    query = select(
        AuditEntry.id,
        AuditEntry.room_id,
        AuditEntry.actor_id,
        AuditEntry.action,
        AuditEntry.target,
        AuditEntry.created_at,
    ).where(AuditEntry.room_id.in_(keys))
    async for _aid, room_id, actor_id, action, target, created_at in _rows_by_id(
        sessionmaker, query, AuditEntry.id, batch
    ):
        yield room_id, actor_id, action, target, created_at


async def count_audit_actors(sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext) -> int:
    keys = ctx.room_keys
    if not keys:
        return 0
    async with sessionmaker() as session:
        total = await session.scalar(
            select(func.count(func.distinct(AuditEntry.actor_id))).where(
                AuditEntry.room_id.in_(keys), AuditEntry.actor_id.is_not(None)
            )
        )
    return int(total or 0)


async def participant_rows(sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext) -> Sequence[Any]:
    """(room key, age band, country, count) grouped in SQL; never one row per child."""
    keys = ctx.room_keys
    if not keys:
        return []
    async with sessionmaker() as session:
        rows = await session.execute(
            select(Participant.room_id, Participant.age_band, Participant.country, func.count())
            .where(Participant.room_id.in_(keys))
            .group_by(Participant.room_id, Participant.age_band, Participant.country)
        )
        return rows.all()


def sorted_rooms(rooms: Iterable[RoomInfo]) -> list[RoomInfo]:
    return sorted(rooms, key=lambda r: (r.starts, r.key))
