"""A participant's message: validate, moderate, persist (committed), acknowledge, broadcast.

``send`` returns the acknowledgement and the events to broadcast; the transport
sends the acknowledgement first and publishes the events after, so nothing is
announced that is not already stored.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from consult_server.clock import Clock, iso
from consult_server.db.engine import Database
from consult_server.db.models import Alert, AlertKind, Message, MessageStatus, Participant, Room
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services.events import (
    Event,
    Outgoing,
    alerts_channel,
    participant_channel,
    room_channel,
    staff_channel,
)
from consult_server.services.flood import FloodControl
from consult_server.services.participants import ParticipantContext
from consult_server.services.pseudonyms import mention_forms
from consult_server.services.safety import SafetyGateway
from consult_server.services.schedule import POSTING_STATES
from consult_server.services.views import alert_view, held_view, message_view
from moderation import Action, Verdict

log = logging.getLogger(__name__)

STATUS = {
    Action.ALLOW: MessageStatus.SHOWN,
    Action.REDACT: MessageStatus.REDACTED,
    Action.HOLD: MessageStatus.HELD,
    Action.BLOCK: MessageStatus.BLOCKED,
}
REASON = {
    MessageStatus.SHOWN: "ok",
    MessageStatus.REDACTED: "personal_info_removed",
    MessageStatus.HELD: "needs_review",
    MessageStatus.BLOCKED: "not_allowed",
}


# Built once: constructing statements costs more than SQLite takes to run them.
_POSTER = (
    select(Participant, Room)
    .join(Room, Room.id == Participant.room_id)
    .where(Participant.id == bindparam("participant_id"))
)
_CLAIM_SEQ = {
    visible: update(Room)
    .where(Room.id == bindparam("room_id"), Room.state.in_(POSTING_STATES))
    .values(last_seq=Room.last_seq + (1 if visible else 0))
    .returning(Room.last_seq)
    for visible in (True, False)
}
_INSERT_MESSAGE = insert(Message).returning(Message.id)


@dataclass
class Outcome:
    ack: dict[str, Any]
    events: list[Outgoing] = field(default_factory=list)


def clean_text(text: str, max_length: int) -> str:
    """Text only: normalised, control characters dropped, trimmed and length-checked."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()
    if not text:
        raise ConsultError(ErrorCode.EMPTY_MESSAGE, "Write something before sending.")
    if len(text) > max_length:
        raise ConsultError(
            ErrorCode.MESSAGE_TOO_LONG, f"Messages can be at most {max_length} characters.", max_length=max_length
        )
    return text


class MessageService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        safety: SafetyGateway,
        flood: FloodControl,
        max_length: int,
    ) -> None:
        self._db = db
        self._clock = clock
        self._safety = safety
        self._flood = flood
        self._max_length = max_length

    async def send(self, ctx: ParticipantContext, raw: str, client_ref: str | None = None) -> Outcome:
        text = clean_text(raw, self._max_length)
        now = self._clock.now()
        # Checks, moderation and the writes run as one synchronous transaction (see
        # Database.run_write): a refusal rolls back having written nothing.
        stored = await self._db.run_write(lambda session: self._store(session, ctx, text, now))
        message, participant, verdict, alert = stored
        log.debug("message %s in room %s: %s %s", message.id, message.room_id, message.status, verdict.categories)
        return self._outcome(message, participant, verdict, alert, client_ref)

    def _store(
        self, session: Session, ctx: ParticipantContext, text: str, now: datetime
    ) -> tuple[Message, Participant, Verdict, Alert | None]:
        participant, room = self._poster(session, ctx, now)
        self._flood.admit(participant.id, text, room.slow_mode_seconds)
        # only a message with an "@" pays for the room's pseudonyms
        mentions = self._mentions(session, room.id) if "@" in text else frozenset()
        verdict = self._safety.check(
            text, participant.language, room.slug, participant.country, sender=participant.id, now=now,
            mentions=mentions,
        )
        status = STATUS[verdict.action]
        seq = self._claim_seq(session, room.id, status.visible)
        values: dict[str, Any] = {
            "room_id": room.id,
            "participant_id": participant.id,
            "seq": seq,
            "text": verdict.text,
            "raw_text": None if status.visible else text,
            "status": status,
            "categories": list(verdict.categories),
            "reasons": list(verdict.reasons),
            "created_at": now,
        }
        # A Core INSERT: the ORM unit of work costs more than the write itself here.
        inserted = session.execute(_INSERT_MESSAGE, values)
        message = Message(id=inserted.scalar_one(), **values)
        alert = self._safeguarding_alert(message, verdict, now)
        if alert is not None:
            session.add(alert)
            session.flush()
        return message, participant, verdict, alert

    @staticmethod
    def _mentions(session: Session, room_id: int) -> frozenset[str]:
        names = session.scalars(select(Participant.pseudonym).where(Participant.room_id == room_id))
        return mention_forms(names)

    @staticmethod
    def _poster(session: Session, ctx: ParticipantContext, now: datetime) -> tuple[Participant, Room]:
        """The participant and room, refused unless this participant may post there now."""
        row = session.execute(
            select(Participant, Room)
            .join(Room, Room.id == Participant.room_id)
            .where(Participant.id == ctx.participant_id)
        ).first()
        if row is None:
            raise ConsultError(ErrorCode.INVALID_SESSION, "This session has ended. Please join again.")
        participant, room = row
        if participant.banned:
            raise ConsultError(ErrorCode.BANNED, "You can no longer take part in this room.")
        if participant.kicked_at != ctx.kicked_at_seen:
            raise ConsultError(ErrorCode.REMOVED, "A moderator removed you from the room.")
        if participant.muted_until is not None and participant.muted_until > now:
            raise ConsultError(
                ErrorCode.MUTED, "A moderator has paused your messages for a while.", until=iso(participant.muted_until)
            )
        if room.state not in POSTING_STATES:
            raise ConsultError(ErrorCode.ROOM_NOT_OPEN, "This room is not open for messages.", state=room.state)
        return participant, room

    @staticmethod
    def _claim_seq(session: Session, room_id: int, visible: bool) -> int | None:
        # One conditional UPDATE both re-checks that the room still takes messages and,
        # for a visible message, hands out the next sequence number under the row lock.
        seq = session.execute(_CLAIM_SEQ[visible], {"room_id": room_id}).scalar_one_or_none()
        if seq is None:
            raise ConsultError(ErrorCode.ROOM_NOT_OPEN, "This room is not open for messages.")
        return seq if visible else None

    def _safeguarding_alert(self, message: Message, verdict: Verdict, now: Any) -> Alert | None:
        if "self_harm" in verdict.categories:
            kind = AlertKind.SELF_HARM
        elif "grooming" in verdict.categories:
            kind = AlertKind.GROOMING
        else:
            return None
        return Alert(
            room_id=message.room_id,
            participant_id=message.participant_id,
            message_id=message.id,
            kind=kind,
            categories=list(verdict.categories),
            created_at=now,
        )

    def _outcome(
        self, message: Message, participant: Participant, verdict: Verdict, alert: Alert | None, client_ref: str | None
    ) -> Outcome:
        status = MessageStatus(message.status)
        reason = "support_offered" if "self_harm" in verdict.categories else REASON[status]
        ack = {
            "message_id": message.id,
            "status": status.value,
            "text": message.text,
            "reason": reason,
            "seq": message.seq,
            "client_ref": client_ref,
        }
        events: list[Outgoing] = []
        if status.visible:
            events.append(
                Event("message:new", message_view(message, participant.pseudonym), room_channel(message.room_id))
            )
        elif status == MessageStatus.HELD:
            events.append(Event("mod:held", held_view(message, participant.pseudonym), staff_channel(message.room_id)))
        if alert is not None:
            events.append(
                Event(
                    "mod:alert",
                    alert_view(alert, participant.pseudonym, message.raw_text),
                    alerts_channel(),
                )
            )
        if "self_harm" in verdict.categories:
            events.append(
                Event(
                    "support:message",
                    {"kind": "self_harm", "helpline": self._safety.helpline(participant.country)},
                    participant_channel(participant.id),
                )
            )
        return Outcome(ack, events)

    async def report(self, ctx: ParticipantContext, message_id: int, reason: str) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            message = await session.get(Message, message_id)
            if message is None or message.room_id != ctx.room_id or not MessageStatus(message.status).visible:
                raise ConsultError(ErrorCode.NOT_FOUND, "That message is not in your room.")
            author = await session.scalar(select(Participant.pseudonym).where(Participant.id == message.participant_id))
            alert = Alert(
                room_id=ctx.room_id,
                participant_id=ctx.participant_id,
                message_id=message.id,
                kind=AlertKind.REPORT,
                categories=[],
                note=self._safety.redact_pii(reason) if reason else None,
                created_at=now,
            )
            session.add(alert)
            await session.flush()
        view = alert_view(alert, ctx.pseudonym, message.text, author)
        return Outcome({}, [Event("mod:alert", view, alerts_channel())])

    async def help_request(self, ctx: ParticipantContext, note: str) -> Outcome:
        now = self._clock.now()
        async with self._db.begin() as session:
            alert = Alert(
                room_id=ctx.room_id,
                participant_id=ctx.participant_id,
                message_id=None,
                kind=AlertKind.HELP_REQUEST,
                categories=[],
                note=note or None,
                created_at=now,
            )
            session.add(alert)
            await session.flush()
        log.warning("participant %s in room %s asked for help (alert %s)", ctx.participant_id, ctx.room_id, alert.id)
        view = alert_view(alert, ctx.pseudonym, note or None)
        return Outcome({"helpline": self._safety.helpline(ctx.country)}, [Event("mod:alert", view, alerts_channel())])
