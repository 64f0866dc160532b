"""The one place where errors become client responses.

Socket acknowledgements and HTTP JSON bodies share one envelope, so clients handle
``{"ok": false, "error": {"code": ...}}`` the same way everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from consult_server.errors import ConsultError, ErrorCode

log = logging.getLogger(__name__)

INTERNAL = ConsultError(ErrorCode.INTERNAL, "Something went wrong on our side. Nothing was saved.")


def ok(data: Any | None = None) -> dict[str, Any]:
    return {"ok": True, "data": {} if data is None else data}


def error_payload(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, ConsultError):
        return exc.to_payload()
    return INTERNAL.to_payload()


def json_ok(data: Any | None = None, status: int = 200) -> web.Response:
    return web.json_response(ok(data), status=status)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ConsultError as exc:
        return web.json_response(exc.to_payload(), status=exc.http_status)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error in %s %s", request.method, request.path)
        return web.json_response(INTERNAL.to_payload(), status=500)
