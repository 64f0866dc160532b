"""What moderators do, each action audited.

Every method takes the acting ``Staff`` explicitly; the transport has already
established who that is from the session cookie, and each method re-checks that
the target exists so a stale console cannot act on the wrong thing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from consult_server.clock import Clock
from consult_server.db.models import (
    Alert,
    AlertKind,
    AuditEntry,
    Consultation,
    Message,
    MessageStatus,
    Participant,
    Room,
    RoomState,
    Staff,
)
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services import schedule
from consult_server.services.counts import participant_counts
from consult_server.services.events import (
    Disconnect,
    Event,
    Outgoing,
    alerts_channel,
    participant_channel,
    room_channel,
    staff_channel,
)
from consult_server.services.messages import Outcome
from consult_server.services.presence import Presence
from consult_server.services.scheduler import RoomScheduler
from consult_server.services.views import (
    alert_view,
    audit_view,
    held_view,
    message_view,
    participant_view,
    room_view,
)

log = logging.getLogger(__name__)
WATCH_HISTORY = 200
WATCH_AUDIT = 100


class ModeratorService:
    def __init__(
        self,
        db: async_sessionmaker[AsyncSession],
        clock: Clock,
        scheduler: RoomScheduler,
        warnings: tuple[int, ...],
        presence: Presence,
    ) -> None:
        self._presence = presence
        self._db = db
        self._clock = clock
        self._scheduler = scheduler
        self._warnings = warnings

    # -- reading ---------------------------------------------------------------------------

    async def rooms(self) -> dict[str, Any]:
        now = self._clock.now()
        async with self._db() as session:
            rows = (await session.execute(select(Room, Consultation).join(Consultation).order_by(Room.id))).all()
            counts = await participant_counts(session)
            alerts = await self._open_alerts(session, None)
        return {"rooms": [room_view(r, c, now, counts.get(r.id, 0)) for r, c in rows], "alerts": alerts}

    async def watch(self, room_id: int) -> dict[str, Any]:
        now = self._clock.now()
        async with self._db() as session:
            room, consultation = await self._room(session, room_id)
            counts = await participant_counts(session)
            people = {p.id: p for p in await session.scalars(select(Participant).where(Participant.room_id == room_id))}
            held = await session.scalars(
                select(Message)
                .where(Message.room_id == room_id, Message.status == MessageStatus.HELD)
                .order_by(Message.id)
            )
            recent = list(
                reversed(
                    (
                        await session.scalars(
                            select(Message)
                            .where(
                                Message.room_id == room_id,
                                Message.status.in_((MessageStatus.SHOWN, MessageStatus.REDACTED)),
                            )
                            .order_by(Message.seq.desc())
                            .limit(WATCH_HISTORY)
                        )
                    ).all()
                )
            )
            alerts = await self._open_alerts(session, room_id)
            audit = await self._audit(session, room_id, WATCH_AUDIT)
        name = {pid: p.pseudonym for pid, p in people.items()}
        return {
            "room": room_view(room, consultation, now, counts.get(room_id, 0)),
            "held": [held_view(m, name[m.participant_id]) for m in held],
            "messages": [message_view(m, name[m.participant_id]) for m in recent],
            "participants": [participant_view(p, self._presence.online(p.id)) for p in people.values()],
            "alerts": alerts,
            "audit": audit,
        }

    async def audit(self, room_id: int, limit: int) -> dict[str, Any]:
        async with self._db() as session:
            await self._room(session, room_id)
            return {"audit": await self._audit(session, room_id, limit)}

    # -- messages --------------------------------------------------------------------------

    async def approve(self, staff: Staff, message_id: int) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            message, pseudonym = await self._message(session, message_id, MessageStatus.HELD)
            seq = (
                await session.execute(
                    update(Room)
                    .where(Room.id == message.room_id)
                    .values(last_seq=Room.last_seq + 1)
                    .returning(Room.last_seq)
                )
            ).scalar_one()
            redacted = message.raw_text is not None and message.raw_text != message.text
            message.status = MessageStatus.REDACTED if redacted else MessageStatus.SHOWN
            message.seq, message.raw_text, message.decided_at, message.decided_by = seq, None, now, staff.id
            audit = await self._record(session, staff, message.room_id, "approve", f"message:{message.id}")
        view = message_view(message, pseudonym)
        return Outcome(
            {"message": view},
            [
                Event("message:new", view, room_channel(message.room_id)),
                Event(
                    "mod:resolved",
                    {"room_id": message.room_id, "message_id": message.id, "status": message.status},
                    staff_channel(message.room_id),
                ),
                self._tell_author(message),
                audit,
            ],
        )

    async def reject(self, staff: Staff, message_id: int) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            message, _ = await self._message(session, message_id, MessageStatus.HELD)
            message.status, message.decided_at, message.decided_by = MessageStatus.REJECTED, now, staff.id
            audit = await self._record(session, staff, message.room_id, "reject", f"message:{message.id}")
        return Outcome(
            {},
            [
                Event(
                    "mod:resolved",
                    {"room_id": message.room_id, "message_id": message.id, "status": "rejected"},
                    staff_channel(message.room_id),
                ),
                self._tell_author(message),
                audit,
            ],
        )

    async def remove(self, staff: Staff, message_id: int) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            message, _ = await self._message(session, message_id, MessageStatus.SHOWN, MessageStatus.REDACTED)
            message.status, message.decided_at, message.decided_by = MessageStatus.REMOVED, now, staff.id
            audit = await self._record(session, staff, message.room_id, "remove", f"message:{message.id}")
        return Outcome(
            {},
            [
                Event(
                    "message:removed",
                    {"room_id": message.room_id, "message_id": message.id},
                    room_channel(message.room_id),
                ),
                audit,
            ],
        )

    @staticmethod
    def _tell_author(message: Message) -> Event:
        """The child who wrote a held message learns the decision, privately."""
        return Event(
            "message:status",
            {"message_id": message.id, "status": message.status, "seq": message.seq},
            participant_channel(message.participant_id),
        )

    # -- participants ----------------------------------------------------------------------

    async def mute(self, staff: Staff, participant_id: int, minutes: int) -> Outcome:
        until = self._clock.now() + timedelta(minutes=minutes)
        return await self._participant_action(staff, participant_id, "mute", {"minutes": minutes}, muted_until=until)

    async def unmute(self, staff: Staff, participant_id: int) -> Outcome:
        return await self._participant_action(staff, participant_id, "unmute", {}, muted_until=None)

    async def kick(self, staff: Staff, participant_id: int) -> Outcome:
        return await self._participant_action(staff, participant_id, "kick", {}, kicked_at=self._clock.now())

    async def ban(self, staff: Staff, participant_id: int) -> Outcome:
        return await self._participant_action(
            staff, participant_id, "ban", {}, banned=True, kicked_at=self._clock.now()
        )

    async def _participant_action(
        self, staff: Staff, participant_id: int, action: str, detail: dict[str, Any], **changes: Any
    ) -> Outcome:
        async with self._db.begin() as session:
            participant = await session.get(Participant, participant_id)
            if participant is None:
                raise ConsultError(ErrorCode.NOT_FOUND, "No such participant.")
            for key, value in changes.items():
                setattr(participant, key, value)
            audit = await self._record(
                session, staff, participant.room_id, action, f"participant:{participant.id}", detail
            )
        view = participant_view(participant, self._presence.online(participant.id))
        events: list[Outgoing] = [Event("mod:participant", view, staff_channel(participant.room_id)), audit]
        private = participant_channel(participant.id)
        if action in ("mute", "unmute"):
            events.append(Event("participant:status", {"muted_until": view["muted_until"]}, private))
        else:
            events += [
                Event("participant:kicked", {"reason": "banned" if action == "ban" else "kicked"}, private),
                Disconnect(participant.id),
            ]
        return Outcome({"participant": view}, events)

    # -- rooms -----------------------------------------------------------------------------

    async def slow_mode(self, staff: Staff, room_id: int, seconds: int) -> Outcome:
        return await self._room_action(
            staff,
            room_id,
            "slow_mode",
            {"seconds": seconds},
            lambda room, now: setattr(room, "slow_mode_seconds", seconds),
        )

    async def pin(self, staff: Staff, room_id: int, text: str | None) -> Outcome:
        pinned = text.strip() if text and text.strip() else None
        return await self._room_action(
            staff, room_id, "pin" if pinned else "unpin", {}, lambda room, now: setattr(room, "pinned", pinned)
        )

    async def open(self, staff: Staff, room_id: int) -> Outcome:
        def change(room: Room, now: datetime) -> None:
            if room.state != RoomState.SCHEDULED:
                raise ConsultError(ErrorCode.INVALID_STATE, "Only a scheduled room can be opened early.")
            if room.closes_at <= now:
                raise ConsultError(ErrorCode.INVALID_STATE, "The room's close time has passed; extend it first.")
            room.opens_at, room.opened_at = now, now
            room.state = schedule.live_state(room.closes_at, now, self._warnings)
            room.warned_minutes = schedule.warned_after_extend(room.closes_at, now, self._warnings)

        return await self._room_action(staff, room_id, "open", {}, change)

    async def close(self, staff: Staff, room_id: int) -> Outcome:
        def change(room: Room, now: datetime) -> None:
            if room.state == RoomState.CLOSED:
                raise ConsultError(ErrorCode.INVALID_STATE, "The room is already closed.")
            room.closes_at, room.closed_at, room.state = now, now, RoomState.CLOSED

        return await self._room_action(staff, room_id, "close", {}, change)

    async def extend(self, staff: Staff, room_id: int, minutes: int) -> Outcome:
        def change(room: Room, now: datetime) -> None:
            if room.state == RoomState.CLOSED:
                raise ConsultError(ErrorCode.INVALID_STATE, "A closed room cannot be extended.")
            room.closes_at = room.closes_at + timedelta(minutes=minutes)
            if room.state != RoomState.SCHEDULED:
                room.state = schedule.live_state(room.closes_at, now, self._warnings)
            room.warned_minutes = schedule.warned_after_extend(room.closes_at, now, self._warnings)

        return await self._room_action(staff, room_id, "extend", {"minutes": minutes}, change)

    async def _room_action(
        self, staff: Staff, room_id: int, action: str, detail: dict[str, Any], change: Any
    ) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            room, consultation = await self._room(session, room_id, lock=True)
            change(room, now)
            audit = await self._record(session, staff, room.id, action, f"room:{room.id}", detail)
            count = (await participant_counts(session, room.id)).get(room.id, 0)
        self._scheduler.wake()
        view = room_view(room, consultation, now, count)
        return Outcome({"room": view}, [Event("room:state", view, room_channel(room.id)), audit])

    # -- alerts ----------------------------------------------------------------------------

    async def ack_alert(self, staff: Staff, alert_id: int) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            alert = await session.get(Alert, alert_id)
            if alert is None:
                raise ConsultError(ErrorCode.NOT_FOUND, "No such alert.")
            if alert.acknowledged_at is None:
                alert.acknowledged_at, alert.acknowledged_by = now, staff.id
            pseudonym = await session.scalar(
                select(Participant.pseudonym).where(Participant.id == alert.participant_id)
            )
            audit = await self._record(
                session, staff, alert.room_id, "ack_alert", f"alert:{alert.id}", {"kind": alert.kind}
            )
        view = alert_view(alert, pseudonym, None)
        return Outcome({"alert": view}, [Event("mod:alert_acknowledged", view, alerts_channel()), audit])

    # -- helpers ---------------------------------------------------------------------------

    async def _room(self, session: AsyncSession, room_id: int, lock: bool = False) -> tuple[Room, Consultation]:
        query = select(Room, Consultation).join(Consultation).where(Room.id == room_id)
        if lock:
            query = query.with_for_update(of=Room)
        row = (await session.execute(query)).first()
        if row is None:
            raise ConsultError(ErrorCode.NOT_FOUND, "No such room.")
        return row

    async def _message(self, session: AsyncSession, message_id: int, *states: MessageStatus) -> tuple[Message, str]:
        row = (
            await session.execute(
                select(Message, Participant.pseudonym)
                .join(Participant)
                .where(Message.id == message_id)
                .with_for_update(of=Message)
            )
        ).first()
        if row is None:
            raise ConsultError(ErrorCode.NOT_FOUND, "No such message.")
        if row[0].status not in states:
            raise ConsultError(ErrorCode.INVALID_STATE, f"The message is {row[0].status}.", status=row[0].status)
        return row

    async def _open_alerts(self, session: AsyncSession, room_id: int | None) -> list[dict[str, Any]]:
        """Unacknowledged alerts, oldest first, as ``mod:alert`` sent them."""
        author = aliased(Participant)
        query = (
            select(Alert, Participant.pseudonym, Message.raw_text, Message.text, author.pseudonym)
            .outerjoin(Participant, Participant.id == Alert.participant_id)
            .outerjoin(Message, Message.id == Alert.message_id)
            .outerjoin(author, author.id == Message.participant_id)
            .where(Alert.acknowledged_at.is_(None))
            .order_by(Alert.id)
        )
        if room_id is not None:
            query = query.where(Alert.room_id == room_id)
        views = []
        for alert, pseudonym, raw, text, written_by in (await session.execute(query)).all():
            if alert.kind == AlertKind.HELP_REQUEST:
                views.append(alert_view(alert, pseudonym, alert.note))
            elif alert.kind == AlertKind.REPORT:
                views.append(alert_view(alert, pseudonym, text, written_by))
            else:
                views.append(alert_view(alert, pseudonym, raw if raw is not None else text))
        return views

    async def _audit(self, session: AsyncSession, room_id: int, limit: int) -> list[dict[str, Any]]:
        rows = (
            await session.execute(
                select(AuditEntry, Staff.name)
                .outerjoin(Staff, Staff.id == AuditEntry.actor_id)
                .where(AuditEntry.room_id == room_id)
                .order_by(AuditEntry.id.desc())
                .limit(limit)
            )
        ).all()
        return [audit_view(entry, name) for entry, name in rows]

    async def _record(
        self,
        session: AsyncSession,
        staff: Staff,
        room_id: int,
        action: str,
        target: str,
        detail: dict[str, Any] | None = None,
    ) -> Event:
        entry = AuditEntry(
            room_id=room_id,
            actor_id=staff.id,
            action=action,
            target=target,
            detail=detail or {},
            created_at=self._clock.now(),
        )
        session.add(entry)
        await session.flush()
        log.info("staff %s: %s %s", staff.id, action, target)
        return Event("mod:audit", audit_view(entry, staff.name), staff_channel(room_id))
