"""Errors that reach clients.

Every refusal carries a stable ``code`` so that clients (and tests) never parse
English. Services raise ``ConsultError``; the transport turns it into a client
response in exactly one place (``transport.responses``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    BAD_PAYLOAD = "bad_payload"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNKNOWN_EVENT = "unknown_event"
    NOT_AUTHENTICATED = "not_authenticated"
    FORBIDDEN = "forbidden"
    INVALID_CODE = "invalid_code"
    CODE_USED = "code_used"
    CODE_EXPIRED = "code_expired"
    CONSENT_REQUIRED = "consent_required"
    INVALID_SESSION = "invalid_session"
    NOT_FOUND = "not_found"
    ROOM_NOT_OPEN = "room_not_open"
    EMPTY_MESSAGE = "empty_message"
    MESSAGE_TOO_LONG = "message_too_long"
    RATE_LIMITED = "rate_limited"
    DUPLICATE_MESSAGE = "duplicate_message"
    SLOW_MODE = "slow_mode"
    MUTED = "muted"
    BANNED = "banned"
    REMOVED = "removed"
    INVALID_STATE = "invalid_state"
    BAD_CREDENTIALS = "bad_credentials"
    INVALID_FILE = "invalid_file"
    INTERNAL = "internal_error"


# HTTP statuses for the JSON API; Socket.IO acknowledgements carry the code only.
HTTP_STATUS: dict[ErrorCode, int] = {
    ErrorCode.BAD_PAYLOAD: 400,
    ErrorCode.PAYLOAD_TOO_LARGE: 413,
    ErrorCode.NOT_AUTHENTICATED: 401,
    ErrorCode.BAD_CREDENTIALS: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.INVALID_FILE: 422,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.INTERNAL: 500,
}


class ConsultError(Exception):
    """A refusal the client should see, with a stable code and a plain-language message."""

    def __init__(self, code: ErrorCode, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.code, 409)

    def to_payload(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": str(self.code), "message": self.message}
        if self.details:
            error["details"] = self.details
        return {"ok": False, "error": error}
