"""Declared shapes of every client event, checked before any service runs.

Checking here, in one table, means a malformed payload never reaches a service
half-way: it is refused with ``bad_payload`` and nothing changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from consult_server.errors import ConsultError, ErrorCode
from consult_server.locales import AGE_BANDS, COUNTRIES, SUPPORTED_LANGUAGES


@dataclass(frozen=True)
class Field:
    kind: type
    required: bool = True
    nullable: bool = False
    max_len: int | None = None
    min: int | None = None
    max: int | None = None
    choices: frozenset[str] | None = None
    default: Any = None
    # Applied before the checks, so "fr" and "FR" are the same country.
    normalise: Callable[[Any], Any] | None = None


def _id(required: bool = True) -> Field:
    return Field(int, required=required, min=1, max=2**62)


ROOM = {"room_id": _id()}
MESSAGE = {"message_id": _id()}
PARTICIPANT = {"participant_id": _id()}

SCHEMAS: dict[str, dict[str, Field]] = {
    "join": {
        "code": Field(str, max_len=32),
        "age_band": Field(str, choices=frozenset(AGE_BANDS)),
        "country": Field(str, choices=COUNTRIES, normalise=lambda v: v.strip().upper()),
        "language": Field(str, choices=frozenset(SUPPORTED_LANGUAGES), normalise=lambda v: v.strip().lower()),
        "consent": Field(bool),
    },
    "resume": {"token": Field(str, max_len=128), "last_seq": Field(int, required=False, min=0, default=0)},
    # max_len here only bounds the payload; the configured message limit is checked by the service
    # so that its error can say what the limit is.
    "message:send": {"text": Field(str, max_len=100_000), "client_ref": Field(str, required=False, max_len=64)},
    "message:report": {**MESSAGE, "reason": Field(str, required=False, max_len=200, default="")},
    "help:request": {"note": Field(str, required=False, max_len=500, default="")},
    "room:sync": {},
    "mod:rooms": {},
    "mod:watch": ROOM,
    "mod:unwatch": ROOM,
    "mod:approve": MESSAGE,
    "mod:reject": MESSAGE,
    "mod:remove": MESSAGE,
    "mod:mute": {**PARTICIPANT, "minutes": Field(int, required=False, min=1, max=1440, default=10)},
    "mod:unmute": PARTICIPANT,
    "mod:kick": PARTICIPANT,
    "mod:ban": PARTICIPANT,
    "mod:slow_mode": {**ROOM, "seconds": Field(int, min=0, max=600)},
    "mod:pin": {**ROOM, "text": Field(str, nullable=True, max_len=300)},
    "mod:open": ROOM,
    "mod:close": ROOM,
    "mod:extend": {**ROOM, "minutes": Field(int, min=1, max=240)},
    "mod:ack_alert": {"alert_id": _id()},
    "mod:audit": {**ROOM, "limit": Field(int, required=False, min=1, max=500, default=100)},
}


def _bad(message: str, field: str | None = None) -> ConsultError:
    if field is None:
        return ConsultError(ErrorCode.BAD_PAYLOAD, message)
    return ConsultError(ErrorCode.BAD_PAYLOAD, message, field=field)


def check_size(payload: Any, max_bytes: int) -> None:
    try:
        size = len(json.dumps(payload, ensure_ascii=False).encode())
    except (TypeError, ValueError) as exc:
        raise _bad("The data must be a JSON object.") from exc
    if size > max_bytes:
        raise ConsultError(ErrorCode.PAYLOAD_TOO_LARGE, "The data sent is too large.", max_bytes=max_bytes)


def parse(event: str, payload: Any, max_bytes: int) -> dict[str, Any]:
    """Return the checked payload with defaults filled in, or raise ``bad_payload``."""
    schema = SCHEMAS[event]
    if payload is None and not any(f.required for f in schema.values()):
        payload = {}
    if not isinstance(payload, dict):
        raise _bad("The data must be a JSON object.")
    check_size(payload, max_bytes)
    unknown = sorted(set(payload) - set(schema))
    if unknown:
        raise _bad(f"Unknown field {unknown[0]!r}.", unknown[0])
    out: dict[str, Any] = {}
    for name, spec in schema.items():
        if name not in payload:
            if spec.required:
                raise _bad(f"Missing field {name!r}.", name)
            out[name] = spec.default
            continue
        value = payload[name]
        if value is None and spec.nullable:
            out[name] = None
            continue
        # bool is an int in Python; a JSON true is never a valid id or count.
        if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
            raise _bad(f"Field {name!r} must be {spec.kind.__name__}.", name)
        if spec.normalise is not None:
            value = spec.normalise(value)
        if spec.max_len is not None and len(value) > spec.max_len:
            raise _bad(f"Field {name!r} is too long.", name)
        if spec.min is not None and value < spec.min:
            raise _bad(f"Field {name!r} is too small.", name)
        if spec.max is not None and value > spec.max:
            raise _bad(f"Field {name!r} is too large.", name)
        if spec.choices is not None and value not in spec.choices:
            raise _bad(f"Field {name!r} has an unsupported value.", name)
        out[name] = value
    return out
