"""Setting consultations up from the secretariat's file, and listing them for staff."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from consult_server.clock import Clock, iso
from consult_server.consultation_file import ConsultationSpec
from consult_server.db.models import Consultation, InviteCode, Message, MessageStatus, Room, RoomState
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services.counts import participant_counts
from consult_server.services.views import room_view

log = logging.getLogger(__name__)

# No 0/O, 1/I/L: children type these from paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_invite_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == 8 else raw


class ConsultationService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def create(self, spec: ConsultationSpec) -> tuple[Consultation, int]:
        """Create everything in one transaction: a failure leaves nothing behind."""
        now = self._clock.now()
        async with self._db.begin() as session:
            slug = spec.slug
            taken = set(await session.scalars(select(Consultation.slug).where(Consultation.slug.like(f"{slug}%"))))
            n = 2
            while slug in taken:
                slug, n = f"{spec.slug}-{n}", n + 1
            consultation = Consultation(
                slug=slug,
                title=spec.title,
                topic=spec.topic,
                questions=list(spec.questions),
                languages=list(spec.languages),
                timezone=spec.timezone,
                created_at=now,
            )
            session.add(consultation)
            await session.flush()
            codes: set[str] = set()
            for room_spec in spec.rooms:
                room = Room(
                    consultation_id=consultation.id,
                    slug=room_spec.slug,
                    name=room_spec.name,
                    language=room_spec.language,
                    opens_at=room_spec.opens_at,
                    closes_at=room_spec.closes_at,
                    state=RoomState.SCHEDULED,
                    slow_mode_seconds=0,
                    last_seq=0,
                )
                session.add(room)
                await session.flush()
                for _ in range(room_spec.invite_codes):
                    code = new_invite_code()
                    while code in codes:
                        code = new_invite_code()
                    codes.add(code)
                    session.add(InviteCode(code=code, room_id=room.id, expires_at=room_spec.closes_at))
        log.info(
            "consultation %s created with %s rooms and %s invite codes", consultation.id, len(spec.rooms), len(codes)
        )
        return consultation, len(codes)

    async def invite_rows(self, consultation_id: int) -> Iterator[tuple[str, str, str, str]]:
        async with self._db() as session:
            if await session.get(Consultation, consultation_id) is None:
                raise ConsultError(ErrorCode.NOT_FOUND, "No such consultation.")
            rows = (
                await session.execute(
                    select(InviteCode.code, Room.name, InviteCode.expires_at, InviteCode.used_at)
                    .join(Room, Room.id == InviteCode.room_id)
                    .where(Room.consultation_id == consultation_id)
                    .order_by(Room.id, InviteCode.id)
                )
            ).all()
        return iter([(code, room, iso(expires) or "", "yes" if used else "no") for code, room, expires, used in rows])

    async def unused_codes(self, consultation_id: int, limit: int) -> list[str]:
        """Unused codes of the consultation's first room, for printing in the demo."""
        async with self._db() as session:
            room_id = await session.scalar(
                select(Room.id).where(Room.consultation_id == consultation_id).order_by(Room.id)
            )
            return list(
                await session.scalars(
                    select(InviteCode.code)
                    .where(InviteCode.room_id == room_id, InviteCode.used_at.is_(None))
                    .order_by(InviteCode.id)
                    .limit(limit)
                )
            )

    async def overview(self) -> list[dict[str, Any]]:
        now = self._clock.now()
        async with self._db() as session:
            consultations = (
                await session.scalars(
                    select(Consultation).options(selectinload(Consultation.rooms)).order_by(Consultation.id.desc())
                )
            ).all()
            participants = await participant_counts(session)
            invites = {
                (r, used): n
                for r, used, n in (
                    await session.execute(
                        select(InviteCode.room_id, InviteCode.used_at.is_not(None), func.count()).group_by(
                            InviteCode.room_id, InviteCode.used_at.is_not(None)
                        )
                    )
                ).all()
            }
            statuses = {
                (r, s): n
                for r, s, n in (
                    await session.execute(
                        select(Message.room_id, Message.status, func.count()).group_by(Message.room_id, Message.status)
                    )
                ).all()
            }
        out = []
        for c in consultations:
            room_ids = [r.id for r in c.rooms]
            visible = sum(
                statuses.get((r, s), 0) for r in room_ids for s in (MessageStatus.SHOWN, MessageStatus.REDACTED)
            )
            out.append(
                {
                    "id": c.id,
                    "slug": c.slug,
                    "title": c.title,
                    "topic": c.topic,
                    "timezone": c.timezone,
                    "languages": list(c.languages),
                    "questions": list(c.questions),
                    "rooms": [room_view(r, c, now, participants.get(r.id, 0)) for r in c.rooms],
                    "invites": {
                        "total": sum(invites.get((r, u), 0) for r in room_ids for u in (True, False)),
                        "used": sum(invites.get((r, True), 0) for r in room_ids),
                    },
                    "messages": {
                        "visible": visible,
                        "held": sum(statuses.get((r, MessageStatus.HELD), 0) for r in room_ids),
                        "removed": sum(statuses.get((r, MessageStatus.REMOVED), 0) for r in room_ids),
                    },
                }
            )
        return out
