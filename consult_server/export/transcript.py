"""The anonymised transcript: the one place where stored messages become exportable rows.

Every format and the summary report read messages through ``iter_transcript`` so the
privacy steps cannot be skipped by one of them: only visible messages (shown or
redacted), pseudonyms replaced by export-local labels (also inside the text), the
current PII redaction applied again, times cut to the minute, no ids.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.export.anonymise import SpeakerLabels, scrub_codes
from consult_server.export.redact import Redactor
from consult_server.export.source import ExportContext, iter_visible

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TranscriptRow:
    room: str
    time: str  # "YYYY-MM-DD HH:MM", consultation time zone
    speaker: str  # "Participant N", local to the room and to this export
    text: str
    room_slug: str = ""
    created_at: datetime | None = None  # internal, for bucketing; writers never output it

    def public(self) -> dict[str, str]:
        return {"room": self.room, "time": self.time, "speaker": self.speaker, "text": self.text}


def make_labels(ctx: ExportContext) -> SpeakerLabels:
    """A fresh random label mapping for one export."""
    labels = SpeakerLabels()
    for room in ctx.rooms:
        labels.add_room(room.key, ctx.speakers.get(room.key, set()), ctx.pseudonyms.get(room.key, {}))
    return labels


def clean_text(ctx: ExportContext, labels: SpeakerLabels, redact: Redactor, room_key: int, text: str) -> str:
    """Mentions and pasted invite codes first (redaction could split them), then PII redaction."""
    return redact(scrub_codes(labels.scrub_mentions(room_key, text), ctx.codes)).strip()


async def iter_transcript(
    sessionmaker: async_sessionmaker[AsyncSession],
    ctx: ExportContext,
    redact: Redactor,
    labels: SpeakerLabels | None = None,
) -> AsyncIterator[TranscriptRow]:
    labels = labels or make_labels(ctx)
    names = {r.key: (r.name, r.slug) for r in ctx.rooms}
    count = 0
    async for message in iter_visible(sessionmaker, ctx):
        room_name, room_slug = names[message.room_key]
        count += 1
        yield TranscriptRow(
            room=room_name,
            time=ctx.minute(message.created_at),
            speaker=labels.label(message.room_key, message.participant_id),
            text=clean_text(ctx, labels, redact, message.room_key, message.text),
            room_slug=room_slug,
            created_at=message.created_at,
        )
    log.info("transcript exported: %d messages in %d rooms", count, len(ctx.rooms))
