"""The internal audit export: how moderation went, without anyone's words or names.

Only produced behind an explicit ``--audit`` / ``audit=1``. It carries:

* counts of messages by moderation outcome (the message status: shown, redacted,
  held, blocked, rejected, removed) and by category, and by category and outcome;
* the moderators' actions from the audit log: room, time to the minute, "Moderator
  A/B/..." (a per-export random lettering instead of staff names), the action, and
  only the *kind* of target ("message", "participant"), never its id.

It never reads message text, raw (held/blocked) text, or the audit ``detail``
column, which can quote a message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.export.anonymise import ModeratorLabels
from consult_server.export.source import ExportContext, count_audit_actors, iter_audit, iter_moderation

UNCATEGORISED = "none"


@dataclass(slots=True)
class ModerationCounts:
    by_action: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_category_action: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_room_action: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_action.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": self.total,
            "by_action": dict(sorted(self.by_action.items())),
            "by_category": dict(sorted(self.by_category.items())),
            "by_category_and_action": [
                {"category": c, "action": a, "count": n} for (c, a), n in sorted(self.by_category_action.items())
            ],
        }


async def moderation_counts(sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext) -> ModerationCounts:
    """Counts over every message of the exported rooms, visible or not; text is not read."""
    names = {r.key: r.name for r in ctx.rooms}
    counts = ModerationCounts()
    async for room_key, status, categories in iter_moderation(sessionmaker, ctx):
        counts.by_action[status] += 1
        counts.by_room_action[(names[room_key], status)] += 1
        for category in categories or [UNCATEGORISED]:
            counts.by_category[category] += 1
            counts.by_category_action[(category, status)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class AuditRow:
    room: str
    time: str
    moderator: str
    action: str
    target: str

    def public(self) -> dict[str, str]:
        return {
            "room": self.room,
            "time": self.time,
            "moderator": self.moderator,
            "action": self.action,
            "target": self.target,
        }


def target_kind(target: str | None) -> str:
    """ "message:12" -> "message": the kind of thing acted on, never which one."""
    if not target:
        return ""
    return target.split(":", 1)[0].strip()[:32]


async def iter_audit_rows(
    sessionmaker: async_sessionmaker[AsyncSession], ctx: ExportContext
) -> AsyncIterator[AuditRow]:
    labels = ModeratorLabels(await count_audit_actors(sessionmaker, ctx))
    names = {r.key: r.name for r in ctx.rooms}
    async for room_key, actor_id, action, target, created_at in iter_audit(sessionmaker, ctx):
        yield AuditRow(
            room=names.get(room_key, "") if room_key is not None else "",
            time=ctx.minute(created_at),
            moderator=labels.label(actor_id),
            action=action,
            target=target_kind(target),
        )
