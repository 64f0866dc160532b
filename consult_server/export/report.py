"""The summary report: what the children said, in numbers, themes and their own words.

Built from the same anonymised transcript as the exports (so the same privacy steps
apply) in two streaming passes: the first counts participation, terms per room and
assigns messages to the guiding questions; the second, once the themes are known,
picks representative quotes for them. Memory grows with vocabulary and the number
of rooms, never with the number of messages kept.

Rendering lives in ``render`` (HTML and Markdown from the same ``ReportData``).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.export.audit import moderation_counts
from consult_server.export.demographics import THRESHOLD, Cell, Demographics, summarise
from consult_server.export.questions import QuestionAssigner
from consult_server.export.redact import Redactor
from consult_server.export.source import ExportContext, load_context, participant_rows
from consult_server.export.themes import QuotePicker, Theme, ThemeCounter, terms
from consult_server.export.transcript import iter_transcript, make_labels

log = logging.getLogger(__name__)

# Outcomes reported publicly; held messages are "waiting", not a moderation result.
OUTCOME_LABELS = {
    "shown": "Shown as written",
    "redacted": "Shown with personal details removed",
    "held": "Still waiting for a moderator",
    "blocked": "Not allowed (blocked automatically)",
    "rejected": "Not allowed (refused by a moderator)",
    "removed": "Removed by a moderator",
}


@dataclass
class RoomSummary:
    name: str
    language: str | None
    participants: Cell
    speakers: Cell
    messages: int
    themes: list[tuple[Theme, list[str]]] = field(default_factory=list)


@dataclass
class QuestionSummary:
    question: str
    messages: int
    by_keywords: int
    by_time: int
    key_phrases: list[str]
    quotes: list[str]


@dataclass
class ReportData:
    title: str
    topic: str
    generated: str
    timezone: str
    languages: list[str]
    participants: Cell
    messages: int
    rooms: list[RoomSummary]
    per_hour: list[tuple[str, int]]
    demographics: Demographics
    questions: list[QuestionSummary]
    moderation_by_category: list[Cell]
    moderation_by_outcome: list[Cell]


def small(label: str, n: int) -> Cell:
    """Counts that could point at one child (1-4) are published as "fewer than 5"."""
    return Cell(label, None if 0 < n < THRESHOLD else n)


def fill_hours(per_hour: Counter[str], limit: int = 168) -> list[tuple[str, int]]:
    """Hours in order, with the quiet hours in between as zeros so the chart's time axis
    is honest; left sparse when the consultation spans more than a week of hours."""
    if not per_hour:
        return []
    keys = sorted(per_hour)
    first, last = (datetime.strptime(k, "%Y-%m-%d %H:%M") for k in (keys[0], keys[-1]))
    hours = int((last - first).total_seconds() // 3600) + 1
    if hours > limit:
        return [(k, per_hour[k]) for k in keys]
    out = []
    for i in range(hours):
        key = (first + timedelta(hours=i)).strftime("%Y-%m-%d %H:%M")
        out.append((key, per_hour.get(key, 0)))
    return out


async def build_report_data(
    sessionmaker: async_sessionmaker[AsyncSession],
    consultation_id: int,
    redact: Redactor,
    now: datetime,
    ctx: ExportContext | None = None,
) -> ReportData:
    ctx = ctx or await load_context(sessionmaker, consultation_id)
    labels = make_labels(ctx)
    rows = await participant_rows(sessionmaker, ctx)
    demographics = summarise(rows)
    joined: Counter[int] = Counter()
    for room_key, _age, _country, n in rows:
        joined[room_key] += int(n)

    # Pass 1: counts, terms, question assignment.
    per_room: Counter[str] = Counter()
    per_hour: Counter[str] = Counter()
    counter = ThemeCounter()
    assigner = QuestionAssigner(ctx.questions, {r.key: r for r in ctx.rooms})
    # Rooms are keyed by slug (unique in a consultation); two rooms may share a name.
    keys_by_slug = {r.slug: r.key for r in ctx.rooms}
    async for row in iter_transcript(sessionmaker, ctx, redact, labels):
        per_room[row.room_slug] += 1
        if row.created_at is not None:
            per_hour[ctx.hour(row.created_at)] += 1
        found = counter.add(row.room_slug, row.text)
        if row.created_at is not None:
            assigner.add(keys_by_slug[row.room_slug], row.created_at, row.text, found, row.speaker)

    themes = {r.slug: counter.top(r.slug) for r in ctx.rooms}

    # Pass 2: quotes for the themes.
    picker = QuotePicker()
    wanted = {room: {t.term for t in ts} for room, ts in themes.items()}
    if any(wanted.values()):
        async for row in iter_transcript(sessionmaker, ctx, redact, labels):
            room_terms = wanted.get(row.room_slug)
            if not room_terms:
                continue
            hits = room_terms & terms(row.text)
            for term in hits:
                picker.offer(f"{row.room_slug}\x00{term}", row.text, row.speaker, bonus=0.25 * (len(hits) - 1))

    rooms = [
        RoomSummary(
            name=r.name,
            language=r.language,
            # Room sizes are participation, not a personal attribute: exact (docs/export.md).
            participants=Cell("participants", joined[r.key]),
            speakers=Cell("speakers", len(ctx.speakers.get(r.key, ()))),
            messages=per_room[r.slug],
            themes=[(t, picker.quotes(f"{r.slug}\x00{t.term}")) for t in themes[r.slug]],
        )
        for r in ctx.rooms
    ]
    questions = [
        QuestionSummary(
            question=s.question,
            messages=s.messages,
            by_keywords=s.by_keywords,
            by_time=s.by_time,
            key_phrases=assigner.key_phrases(i),
            quotes=assigner.quotes.quotes(f"q{i}"),
        )
        for i, s in enumerate(assigner.stats)
    ]
    counts = await moderation_counts(sessionmaker, ctx)
    by_category = [
        small(c, n) for c, n in sorted(counts.by_category.items(), key=lambda cn: (-cn[1], cn[0])) if c != "none"
    ]
    by_outcome = [
        small(OUTCOME_LABELS.get(a, a), counts.by_action.get(a, 0))
        for a in OUTCOME_LABELS
        if counts.by_action.get(a, 0)
    ]
    log.info(
        "report built for consultation %d: %d rooms, %d messages", consultation_id, len(rooms), sum(per_room.values())
    )
    return ReportData(
        title=ctx.title,
        topic=ctx.topic,
        generated=ctx.minute(now)[:10],
        timezone=ctx.timezone,
        languages=ctx.languages,
        participants=demographics.total,
        messages=sum(per_room.values()),
        rooms=rooms,
        per_hour=fill_hours(per_hour),
        demographics=demographics,
        questions=questions,
        moderation_by_category=by_category,
        moderation_by_outcome=by_outcome,
    )
