"""How stored rows look to clients (docs/protocol.md, "Objects").

Kept in one module so the participant view of a message can never grow a field
(raw text, reasons, participant ids) that only moderators should see.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from consult_server.clock import iso
from consult_server.db.models import Alert, AuditEntry, Consultation, Message, MessageStatus, Participant, Room


def room_view(room: Room, consultation: Consultation, now: datetime, participant_count: int = 0) -> dict[str, Any]:
    return {
        "room_id": room.id,
        "name": room.name,
        "consultation": {
            "id": consultation.id,
            "title": consultation.title,
            "topic": consultation.topic,
            "questions": list(consultation.questions),
        },
        "state": room.state,
        "server_time": iso(now),
        "opens_at": iso(room.opens_at),
        "closes_at": iso(room.closes_at),
        "slow_mode_seconds": room.slow_mode_seconds,
        "pinned": room.pinned,
        "participant_count": participant_count,
    }


def message_view(message: Message, pseudonym: str) -> dict[str, Any]:
    return {
        "id": message.id,
        "seq": message.seq,
        "room_id": message.room_id,
        "pseudonym": pseudonym,
        "text": message.text,
        "created_at": iso(message.created_at),
        "redacted": message.status == MessageStatus.REDACTED,
    }


def held_view(message: Message, pseudonym: str) -> dict[str, Any]:
    view = message_view(message, pseudonym)
    view.update(
        status=message.status,
        categories=list(message.categories),
        reasons=list(message.reasons),
        participant_id=message.participant_id,
        text=message.raw_text if message.raw_text is not None else message.text,
        shown_text=message.text,
    )
    return view


def participant_view(p: Participant, online: bool = False) -> dict[str, Any]:
    return {
        "participant_id": p.id,
        "pseudonym": p.pseudonym,
        "age_band": p.age_band,
        "country": p.country,
        "language": p.language,
        "online": online,
        "muted_until": iso(p.muted_until),
        "banned": p.banned,
        "kicked": p.kicked_at is not None,
    }


def alert_view(
    alert: Alert, pseudonym: str | None, text: str | None, reported_pseudonym: str | None = None
) -> dict[str, Any]:
    """``pseudonym`` raised the alert; for a report, ``reported_pseudonym`` wrote the message."""
    return {
        "alert_id": alert.id,
        "room_id": alert.room_id,
        "kind": alert.kind,
        "categories": list(alert.categories),
        "participant_id": alert.participant_id,
        "pseudonym": pseudonym,
        "message_id": alert.message_id,
        "text": text,
        "note": alert.note or "",
        "reported_pseudonym": reported_pseudonym,
        "created_at": iso(alert.created_at),
        "acknowledged": alert.acknowledged_at is not None,
    }


def audit_view(entry: AuditEntry, actor: str | None) -> dict[str, Any]:
    return {
        "id": entry.id,
        "room_id": entry.room_id,
        "actor": actor,
        "action": entry.action,
        "target": entry.target,
        "detail": dict(entry.detail or {}),
        "created_at": iso(entry.created_at),
    }
