"""Security headers on every response.

The pages render children's messages; a strict Content-Security-Policy is the
second line of defence behind rendering text with textContent.
"""

from __future__ import annotations

from aiohttp import web

from consult_server.transport.responses import Handler

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
# Published reports are self-contained files with inline CSS and SVG, and no scripts.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    if response.prepared:  # a streamed download set its own headers before sending them
        return response
    headers = response.headers
    headers.setdefault(
        "Content-Security-Policy",
        REPORT_CSP if request.path.startswith("/outputs") or "/export" in request.path else PAGE_CSP,
    )
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    return response
