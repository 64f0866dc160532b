"""Joining with an invite code, and coming back after a dropped connection.

A participant is a pseudonym plus age band, country and language: nothing that
names a child. The resume token lives only in the browser; the database keeps its
hash, so the join code can be single-use while a reload or a flaky phone network
still gets the child back into their room.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import Clock, iso
from consult_server.db.models import (
    Consultation,
    InviteCode,
    Message,
    MessageStatus,
    Participant,
    Room,
    RoomState,
)
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services.consultations import normalise_code
from consult_server.services.counts import participant_counts
from consult_server.services.events import Event, Outgoing, staff_channel
from consult_server.services.pseudonyms import make_pseudonym
from consult_server.services.tokens import new_token, token_hash
from consult_server.services.views import message_view, participant_view, room_view

log = logging.getLogger(__name__)
JOIN_HISTORY = 200
VISIBLE = (MessageStatus.SHOWN, MessageStatus.REDACTED)
OWN_PENDING = (MessageStatus.HELD, MessageStatus.REJECTED)


@dataclass(frozen=True)
class ParticipantContext:
    """What a socket knows about its participant; re-checked against the database on every post."""

    participant_id: int
    room_id: int
    pseudonym: str
    language: str
    country: str
    # The participant's kick time when this socket joined: a newer one means "kicked since".
    kicked_at_seen: datetime | None


class ParticipantService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock, max_message_length: int) -> None:
        self._limits = {"max_message_length": max_message_length}
        self._db = db
        self._clock = clock

    async def join(
        self, code: str, age_band: str, country: str, language: str, consent: bool
    ) -> tuple[ParticipantContext, dict[str, Any]]:
        if consent is not True:
            raise ConsultError(ErrorCode.CONSENT_REQUIRED, "Please tick the box to say you agree to take part.")
        now = self._clock.now()
        code = normalise_code(code)
        for _attempt in range(5):
            try:
                async with self._db.begin() as session:
                    invite = await session.scalar(select(InviteCode).where(InviteCode.code == code))
                    if invite is None:
                        raise ConsultError(ErrorCode.INVALID_CODE, "We don't know this code. Check it and try again.")
                    room = await session.get(Room, invite.room_id)
                    assert room is not None
                    if invite.used_at is not None:
                        raise ConsultError(ErrorCode.CODE_USED, "This code has already been used.")
                    if invite.expires_at <= now or room.state == RoomState.CLOSED:
                        raise ConsultError(ErrorCode.CODE_EXPIRED, "This code has expired.")
                    taken = set(
                        await session.scalars(select(Participant.pseudonym).where(Participant.room_id == room.id))
                    )
                    pseudonym = make_pseudonym()
                    while pseudonym in taken:
                        pseudonym = make_pseudonym()
                    token = new_token()
                    participant = Participant(
                        room_id=room.id,
                        pseudonym=pseudonym,
                        age_band=age_band,
                        country=country.upper(),
                        language=language,
                        token_hash=token_hash(token),
                        joined_at=now,
                    )
                    session.add(participant)
                    claimed = await session.execute(
                        update(InviteCode)
                        .where(InviteCode.id == invite.id, InviteCode.used_at.is_(None))
                        .values(used_at=now)
                    )
                    if claimed.rowcount != 1:  # type: ignore[attr-defined]
                        raise ConsultError(ErrorCode.CODE_USED, "This code has already been used.")
                    await session.flush()
                    welcome = await self._welcome(session, participant, room, last_seq=None)
            except IntegrityError:
                continue  # two joins drew the same pseudonym at once: draw again
            log.info("participant %s joined room %s", participant.id, room.id)
            welcome["token"] = token
            return self._context(participant), welcome
        raise ConsultError(ErrorCode.INTERNAL, "Could not assign a name; please try again.")

    async def resume(self, token: str, last_seq: int) -> tuple[ParticipantContext, dict[str, Any]]:
        async with self._db() as session:
            participant = await session.scalar(select(Participant).where(Participant.token_hash == token_hash(token)))
            if participant is None:
                raise ConsultError(ErrorCode.INVALID_SESSION, "This session has ended. Please join again.")
            if participant.banned:
                raise ConsultError(ErrorCode.BANNED, "You can no longer take part in this room.")
            room = await session.get(Room, participant.room_id)
            assert room is not None
            welcome = await self._welcome(session, participant, room, last_seq=last_seq)
        welcome["token"] = token
        return self._context(participant), welcome

    async def presence_events(self, ctx: ParticipantContext, online: bool) -> list[Outgoing]:
        """Tell the room's moderators a participant came online or went offline."""
        async with self._db() as session:
            participant = await session.get(Participant, ctx.participant_id)
        if participant is None:
            return []
        return [Event("mod:participant", participant_view(participant, online), staff_channel(ctx.room_id))]

    async def room_state(self, ctx: ParticipantContext) -> dict[str, Any]:
        async with self._db() as session:
            room = await session.get(Room, ctx.room_id)
            assert room is not None
            consultation = await session.get(Consultation, room.consultation_id)
            assert consultation is not None
            count = (await participant_counts(session, room.id)).get(room.id, 0)
        return room_view(room, consultation, self._clock.now(), count)

    def _context(self, p: Participant) -> ParticipantContext:
        return ParticipantContext(p.id, p.room_id, p.pseudonym, p.language, p.country, p.kicked_at)

    async def _welcome(self, session: AsyncSession, p: Participant, room: Room, last_seq: int | None) -> dict[str, Any]:
        consultation = await session.get(Consultation, room.consultation_id)
        assert consultation is not None
        query = (
            select(Message, Participant.pseudonym)
            .join(Participant, Participant.id == Message.participant_id)
            .where(Message.room_id == room.id, Message.status.in_(VISIBLE))
        )
        if last_seq is None:
            rows = list(reversed((await session.execute(query.order_by(Message.seq.desc()).limit(JOIN_HISTORY))).all()))
        else:
            rows = list((await session.execute(query.where(Message.seq > last_seq).order_by(Message.seq))).all())
        count = (await participant_counts(session, room.id)).get(room.id, 0)
        welcome: dict[str, Any] = {
            "participant": {
                "participant_id": p.id,
                "pseudonym": p.pseudonym,
                "language": p.language,
                "muted_until": iso(p.muted_until),
            },
            "room": room_view(room, consultation, self._clock.now(), count),
            "messages": [message_view(m, name) for m, name in rows],
            "last_seq": room.last_seq,
            "limits": dict(self._limits),
        }
        if last_seq is not None:
            # Decisions taken while the child was away: their own held or rejected messages.
            own = await session.scalars(
                select(Message)
                .where(Message.participant_id == p.id, Message.status.in_(OWN_PENDING))
                .order_by(Message.id)
            )
            welcome["own"] = [{"message_id": m.id, "status": m.status, "text": m.text} for m in own]
            welcome["removed"] = list(
                await session.scalars(
                    select(Message.id).where(
                        Message.room_id == room.id,
                        Message.status == MessageStatus.REMOVED,
                        Message.seq.is_not(None),
                        Message.seq <= last_seq,
                    )
                )
            )
        return welcome
