"""Parse and check the secretariat's consultation file before anything is written.

A malformed file must name the field at fault (``rooms[2].closes_at``) so the
secretariat can fix it without reading code, and nothing is created until the
whole file is valid.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from consult_server.errors import ConsultError, ErrorCode
from consult_server.locales import SUPPORTED_LANGUAGES

MAX_INVITES_PER_ROOM = 5000
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class RoomSpec:
    name: str
    slug: str
    language: str | None
    opens_at: datetime
    closes_at: datetime
    invite_codes: int


@dataclass(frozen=True)
class ConsultationSpec:
    title: str
    slug: str
    topic: str
    questions: tuple[str, ...]
    languages: tuple[str, ...]
    timezone: str
    rooms: tuple[RoomSpec, ...]


def slugify(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:60] or "consultation"


def _fail(field: str, problem: str) -> ConsultError:
    return ConsultError(ErrorCode.INVALID_FILE, f"{field}: {problem}", field=field)


def _string(data: dict[str, Any], key: str, field: str, *, required: bool = True, limit: int = 2000) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise _fail(field, "must be a non-empty text")
    if len(value) > limit:
        raise _fail(field, f"must be at most {limit} characters")
    return value.strip()


def _when(value: Any, field: str, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        local = value if value.tzinfo else value.replace(tzinfo=zone)
        return local.astimezone(UTC)
    if isinstance(value, (date, time)):
        raise _fail(field, "needs both a date and a time, e.g. 2030-05-14T10:00:00")
    if isinstance(value, str):
        try:
            return _when(datetime.fromisoformat(value), field, zone)
        except ValueError:
            pass
    raise _fail(field, "must be a date and time, e.g. 2030-05-14T10:00:00")


def _count(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_INVITES_PER_ROOM:
        raise _fail(field, f"must be a whole number from 1 to {MAX_INVITES_PER_ROOM}")
    return value


def parse_text(text: str) -> ConsultationSpec:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail("file", f"is not valid TOML ({exc})") from exc
    return parse_mapping(data)


def parse_mapping(data: dict[str, Any]) -> ConsultationSpec:
    known = {"title", "slug", "topic", "questions", "languages", "timezone", "invite_codes", "rooms"}
    for key in data:
        if key not in known:
            raise _fail(key, "is not a known field")
    title = _string(data, "title", "title", limit=200)
    topic = _string(data, "topic", "topic")
    slug = slugify(data["slug"]) if isinstance(data.get("slug"), str) else slugify(title)

    questions = data.get("questions", [])
    if not isinstance(questions, list) or not all(isinstance(q, str) and q.strip() for q in questions):
        raise _fail("questions", "must be a list of non-empty texts")

    languages = data.get("languages")
    if not isinstance(languages, list) or not languages:
        raise _fail("languages", "must be a non-empty list of language codes")
    for i, lang in enumerate(languages):
        if lang not in SUPPORTED_LANGUAGES:
            raise _fail(f"languages[{i}]", f"{lang!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}")

    tz_name = _string(data, "timezone", "timezone", limit=64)
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _fail("timezone", f"{tz_name!r} is not a known time zone") from exc

    default_codes = _count(data.get("invite_codes", 30), "invite_codes")
    raw_rooms = data.get("rooms")
    if not isinstance(raw_rooms, list) or not raw_rooms:
        raise _fail("rooms", "must list at least one room ([[rooms]])")
    rooms: list[RoomSpec] = []
    slugs: set[str] = set()
    for i, raw in enumerate(raw_rooms):
        where = f"rooms[{i}]"
        if not isinstance(raw, dict):
            raise _fail(where, "must be a table")
        for key in raw:
            if key not in {"name", "slug", "language", "opens_at", "closes_at", "invite_codes"}:
                raise _fail(f"{where}.{key}", "is not a known field")
        name = _string(raw, "name", f"{where}.name", limit=200)
        room_slug = slugify(raw["slug"]) if isinstance(raw.get("slug"), str) else slugify(name)
        if room_slug in slugs:
            raise _fail(f"{where}.name", f"room {room_slug!r} appears twice")
        slugs.add(room_slug)
        language = raw.get("language")
        if language is not None and language not in languages:
            raise _fail(f"{where}.language", "must be one of the consultation's languages")
        opens_at = _when(raw.get("opens_at"), f"{where}.opens_at", zone)
        closes_at = _when(raw.get("closes_at"), f"{where}.closes_at", zone)
        if closes_at <= opens_at:
            raise _fail(f"{where}.closes_at", "must be after opens_at")
        codes = _count(raw.get("invite_codes", default_codes), f"{where}.invite_codes")
        rooms.append(RoomSpec(name, room_slug, language, opens_at, closes_at, codes))

    return ConsultationSpec(
        title=title,
        slug=slug,
        topic=topic,
        questions=tuple(q.strip() for q in questions),
        languages=tuple(languages),
        timezone=tz_name,
        rooms=tuple(rooms),
    )
