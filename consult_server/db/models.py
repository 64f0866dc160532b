"""The relational model.

Privacy shapes it: participants are a pseudonym plus coarse demographics (age band,
country, language) and nothing else; no name, email or IP address has a column.
Message text is kept as it was shown (PII already redacted); the original text of
held or blocked messages is kept only in ``raw_text`` for the moderator's review and
is purged after ``retention_days`` (``services.retention``).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from consult_server.db.types import UTCDateTime


class Base(DeclarativeBase):
    pass


class RoomState(StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class MessageStatus(StrEnum):
    SHOWN = "shown"  # visible, unchanged
    REDACTED = "redacted"  # visible, with parts removed
    HELD = "held"  # waiting for a moderator
    BLOCKED = "blocked"  # not allowed by the pipeline
    REJECTED = "rejected"  # a moderator refused a held message
    REMOVED = "removed"  # a moderator removed a visible message

    @property
    def visible(self) -> bool:
        return self in (MessageStatus.SHOWN, MessageStatus.REDACTED)


class StaffRole(StrEnum):
    MODERATOR = "moderator"
    SECRETARIAT = "secretariat"


class AlertKind(StrEnum):
    SELF_HARM = "self_harm"
    GROOMING = "grooming"
    HELP_REQUEST = "help_request"
    REPORT = "report"


class Consultation(Base):
    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(Text)
    questions: Mapped[list[str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    rooms: Mapped[list[Room]] = relationship(back_populates="consultation", order_by="Room.id")


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("consultation_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default=RoomState.SCHEDULED)
    # Highest warning (in minutes before close) already sent, so restarts do not repeat it.
    warned_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    slow_mode_seconds: Mapped[int] = mapped_column(Integer, default=0)
    pinned: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Last visibility sequence number handed out; see Message.seq.
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    consultation: Mapped[Consultation] = relationship(back_populates="rooms")


class InviteCode(Base):
    __tablename__ = "invite_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("room_id", "pseudonym"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(64))
    age_band: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(8))
    # sha256 of the resume token; the token itself lives only in the participant's browser.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    muted_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    banned: Mapped[bool] = mapped_column(Boolean, default=False)
    kicked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_room_seq", "room_id", "seq"),
        Index("ix_messages_room_status", "room_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    # The order in which messages became visible in the room. A held message gets its
    # number when approved, so a reconnecting client asking "after seq N" misses nothing.
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)  # as shown (redactions applied)
    raw_text: Mapped[str | None] = mapped_column(Text, nullable=True)  # only while held/blocked
    status: Mapped[str] = mapped_column(String(16))
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)

    participant: Mapped[Participant] = relationship()


class Alert(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), nullable=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A child's words to the moderators: the "I need help" note or a report's reason.
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffSession(Base):
    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), nullable=True, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)  # None: the system
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(64), nullable=True)  # e.g. "message:12", "participant:3"
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Report(Base):
    """An export the secretariat generated; only ``published`` ones appear at /outputs."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    html: Mapped[str] = mapped_column(Text)
    markdown: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
