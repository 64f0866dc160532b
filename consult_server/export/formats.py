"""Streaming writers for the transcript export: json, csv, md, html.

Each writer is an async generator of text chunks that consumes the anonymised
transcript row by row, so a 100k-message consultation is never held in memory.
``Export`` is prepared first (consultation loaded, room checked) so that "not found"
is raised before an HTTP response has started; ``chunks()`` then streams.

Escaping is per format: CSV cells that a spreadsheet would run as a formula are
prefixed with an apostrophe, Markdown control characters are backslash-escaped, and
HTML is escaped with ``html.escape``. Children's text is always data, never markup.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.export.audit import iter_audit_rows, moderation_counts
from consult_server.export.demographics import Demographics, summarise
from consult_server.export.redact import Redactor
from consult_server.export.source import ExportContext, count_visible, load_context, participant_rows
from consult_server.export.transcript import TranscriptRow, iter_transcript

FORMATS: dict[str, str] = {
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
ANONYMISATION_NOTE = (
    "Speakers are shown as 'Participant N', numbered per room and at random for this export only; "
    "personal details were removed again at export; only messages that were visible are included; "
    "times are to the minute; groups of fewer than 5 people are not counted exactly."
)
# Characters that change Markdown meaning mid-line; "(" is harmless once "[" is escaped.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_WS = re.compile(r"\s+")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _WS.sub(" ", text)).strip()


def csv_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def h(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class Export:
    sessionmaker: async_sessionmaker[AsyncSession]
    ctx: ExportContext
    fmt: str
    audit: bool
    redact: Redactor
    generated: str
    room_slug: str | None = None
    on_row: Callable[[], None] | None = None

    @property
    def content_type(self) -> str:
        return FORMATS[self.fmt]

    @property
    def filename(self) -> str:
        parts = [self.ctx.slug or "consultation"]
        if self.room_slug:
            parts.append(self.room_slug)
        parts.append("audit" if self.audit else "transcript")
        stamp = self.generated.replace("-", "").replace(":", "").replace(" ", "-")
        return re.sub(r"[^A-Za-z0-9._-]+", "-", "-".join(parts) + f"-{stamp}.{self.fmt}")

    async def total(self) -> int:
        return await count_visible(self.sessionmaker, self.ctx)

    async def _demographics(self) -> Demographics:
        return summarise(await participant_rows(self.sessionmaker, self.ctx))

    async def _rows(self) -> AsyncIterator[TranscriptRow]:
        async for row in iter_transcript(self.sessionmaker, self.ctx, self.redact):
            if self.on_row is not None:
                self.on_row()
            yield row

    def _meta(self) -> dict[str, Any]:
        return {
            "title": self.ctx.title,
            "topic": self.ctx.topic,
            "questions": self.ctx.questions,
            "languages": self.ctx.languages,
            "timezone": self.ctx.timezone,
            "rooms": [{"name": r.name, "language": r.language} for r in self.ctx.rooms],
        }

    def chunks(self) -> AsyncIterator[str]:
        writer = {"json": self._json, "csv": self._csv, "md": self._md, "html": self._html}[self.fmt]
        return writer()

    # -- json ---------------------------------------------------------------------------
    async def _json(self) -> AsyncIterator[str]:
        head = {
            "export": {
                "kind": "audit" if self.audit else "transcript",
                "generated": self.generated,
                "timezone": self.ctx.timezone,
                "anonymisation": ANONYMISATION_NOTE,
            },
            "consultation": self._meta(),
            "demographics": (await self._demographics()).to_dict(),
        }
        yield json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "transcript": ['
        first = True
        async for row in self._rows():
            yield ("\n  " if first else ",\n  ") + json.dumps(row.public(), ensure_ascii=False)
            first = False
        yield "\n ]"
        if self.audit:
            counts = await moderation_counts(self.sessionmaker, self.ctx)
            yield ',\n "audit": {\n  "moderation": ' + json.dumps(counts.to_dict(), ensure_ascii=False)
            yield ',\n  "moderator_actions": ['
            first = True
            async for arow in iter_audit_rows(self.sessionmaker, self.ctx):
                yield ("\n   " if first else ",\n   ") + json.dumps(arow.public(), ensure_ascii=False)
                first = False
            yield "\n  ]\n }"
        yield "\n}\n"

    # -- csv ----------------------------------------------------------------------------
    async def _csv(self) -> AsyncIterator[str]:
        """Plain transcript: room,time,speaker,text. With audit, one long table with a
        ``record`` column (message / moderation_count / moderator_action)."""
        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\r\n")

        def take() -> str:
            value = buf.getvalue()
            buf.seek(0)
            buf.truncate()
            return value

        if not self.audit:
            out.writerow(["room", "time", "speaker", "text"])
            yield "\ufeff" + take()  # BOM: spreadsheets then read the UTF-8 correctly
            async for row in self._rows():
                out.writerow([csv_cell(row.room), row.time, row.speaker, csv_cell(row.text)])
                yield take()
            return
        out.writerow(["record", "room", "time", "speaker", "text", "category", "action", "count"])
        yield "\ufeff" + take()
        async for row in self._rows():
            out.writerow(["message", csv_cell(row.room), row.time, row.speaker, csv_cell(row.text), "", "", ""])
            yield take()
        counts = await moderation_counts(self.sessionmaker, self.ctx)
        for (category, action), n in sorted(counts.by_category_action.items()):
            out.writerow(["moderation_count", "", "", "", "", category, action, n])
        yield take()
        async for arow in iter_audit_rows(self.sessionmaker, self.ctx):
            out.writerow(
                ["moderator_action", csv_cell(arow.room), arow.time, arow.moderator, arow.target, "", arow.action, ""]
            )
            yield take()

    # -- markdown -----------------------------------------------------------------------
    async def _md(self) -> AsyncIterator[str]:
        demo = await self._demographics()
        lines = [
            f"# {md_escape(self.ctx.title)} — transcript",
            "",
            f"Generated {self.generated} ({md_escape(self.ctx.timezone)}). {ANONYMISATION_NOTE}",
            "",
        ]
        if self.ctx.topic:
            lines += [f"**Topic:** {md_escape(self.ctx.topic)}", ""]
        if self.ctx.questions:
            lines += ["**Guiding questions:**", ""]
            lines += [f"{i}. {md_escape(q)}" for i, q in enumerate(self.ctx.questions, 1)] + [""]
        lines += [
            "## Who took part",
            "",
            f"Participants: {demo.total.display}",
            "",
            "| Age band | Participants |",
            "|---|---|",
        ]
        lines += [f"| {md_escape(c.label)} | {c.display} |" for c in demo.by_age]
        lines += ["", "| Country | Participants |", "|---|---|"]
        lines += [f"| {md_escape(c.label)} | {c.display} |" for c in demo.by_country] + [""]
        yield "\n".join(lines) + "\n"
        current = None
        async for row in self._rows():
            if row.room != current:
                current = row.room
                yield f"\n## {md_escape(row.room)}\n\n"
            yield f"- **{row.time} · {row.speaker}:** {md_escape(row.text)}\n"
        if self.audit:
            yield await self._md_audit_counts()
            async for arow in iter_audit_rows(self.sessionmaker, self.ctx):
                yield (
                    f"| {md_escape(arow.room)} | {arow.time} | {arow.moderator} | "
                    f"{md_escape(arow.action)} | {md_escape(arow.target)} |\n"
                )

    async def _md_audit_counts(self) -> str:
        counts = await moderation_counts(self.sessionmaker, self.ctx)
        lines = ["", "## Moderation (internal)", "", "| Outcome | Messages |", "|---|---|"]
        lines += [f"| {md_escape(a)} | {n} |" for a, n in sorted(counts.by_action.items())]
        lines += ["", "| Category | Outcome | Messages |", "|---|---|---|"]
        lines += [
            f"| {md_escape(c)} | {md_escape(a)} | {n} |" for (c, a), n in sorted(counts.by_category_action.items())
        ]
        lines += [
            "",
            "### Moderator actions",
            "",
            "| Room | Time | Moderator | Action | Target |",
            "|---|---|---|---|---|",
        ]
        return "\n".join(lines) + "\n"

    # -- html ---------------------------------------------------------------------------
    async def _html(self) -> AsyncIterator[str]:
        from consult_server.export.render import BASE_CSS

        demo = await self._demographics()
        title = f"{self.ctx.title} — transcript"
        parts = [
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{h(title)}</title><style>{BASE_CSS}</style></head><body><main>",
            f'<h1>{h(title)}</h1><p class="meta">Generated {h(self.generated)} ({h(self.ctx.timezone)}). '
            f"{h(ANONYMISATION_NOTE)}</p>",
        ]
        if self.ctx.topic:
            parts.append(f"<p><strong>Topic:</strong> {h(self.ctx.topic)}</p>")
        if self.ctx.questions:
            parts.append(
                "<h2>Guiding questions</h2><ol>" + "".join(f"<li>{h(q)}</li>" for q in self.ctx.questions) + "</ol>"
            )
        parts.append(f"<h2>Who took part</h2><p>Participants: {h(demo.total.display)}</p>")
        parts.append(_html_cells("Participants by age band", "Age band", demo.by_age))
        parts.append(_html_cells("Participants by country", "Country", demo.by_country))
        yield "".join(parts)
        current = None
        async for row in self._rows():
            if row.room != current:
                if current is not None:
                    yield "</tbody></table></section>"
                current = row.room
                yield (
                    f'<section><h2>{h(row.room)}</h2><table class="transcript"><caption>Transcript of '
                    f'{h(row.room)}</caption><thead><tr><th scope="col">Time</th><th scope="col">Speaker'
                    '</th><th scope="col">Message</th></tr></thead><tbody>'
                )
            yield (
                f'<tr><td class="time">{h(row.time)}</td><td class="who">{h(row.speaker)}</td>'
                f'<td class="text" dir="auto">{h(row.text)}</td></tr>\n'
            )
        if current is not None:
            yield "</tbody></table></section>"
        if self.audit:
            counts = await moderation_counts(self.sessionmaker, self.ctx)
            yield "<section><h2>Moderation (internal)</h2>"
            yield _html_table(
                "Messages by moderation outcome",
                ["Outcome", "Messages"],
                [[a, str(n)] for a, n in sorted(counts.by_action.items())],
            )
            yield _html_table(
                "Messages by category and outcome",
                ["Category", "Outcome", "Messages"],
                [[c, a, str(n)] for (c, a), n in sorted(counts.by_category_action.items())],
            )
            yield (
                '<table><caption>Moderator actions</caption><thead><tr><th scope="col">Room</th>'
                '<th scope="col">Time</th><th scope="col">Moderator</th><th scope="col">Action</th>'
                '<th scope="col">Target</th></tr></thead><tbody>'
            )
            async for arow in iter_audit_rows(self.sessionmaker, self.ctx):
                yield "<tr>" + "".join(f"<td>{h(v)}</td>" for v in arow.public().values()) + "</tr>\n"
            yield "</tbody></table></section>"
        yield "</main></body></html>\n"


def _html_table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th scope="col">{h(x)}</th>' for x in headers)
    body = "".join("<tr>" + "".join(f"<td>{h(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><caption>{h(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_cells(caption: str, header: str, cells: list[Any]) -> str:
    return _html_table(caption, [header, "Participants"], [[c.label, c.display] for c in cells])


async def prepare_export(
    sessionmaker: async_sessionmaker[AsyncSession],
    consultation_id: int,
    fmt: str,
    *,
    redact: Redactor,
    now: datetime,
    room: str | None = None,
    audit: bool = False,
    on_row: Callable[[], None] | None = None,
) -> Export:
    """Check the request and load the consultation; raises ConsultError before any output."""
    from consult_server.errors import ConsultError, ErrorCode

    if fmt not in FORMATS:
        raise ConsultError(ErrorCode.BAD_PAYLOAD, f"format must be one of {', '.join(FORMATS)}")
    ctx = await load_context(sessionmaker, consultation_id, room)
    return Export(sessionmaker, ctx, fmt, audit, redact, ctx.minute(now), room, on_row)


async def buffered(chunks: AsyncIterator[str], size: int = 64 * 1024) -> AsyncIterator[bytes]:
    """Join small chunks into ~``size`` byte blocks for fewer writes."""
    parts: list[str] = []
    length = 0
    async for chunk in chunks:
        parts.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(parts).encode("utf-8")
            parts, length = [], 0
    if parts:
        yield "".join(parts).encode("utf-8")
