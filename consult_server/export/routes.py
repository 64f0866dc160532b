"""HTTP routes: secretariat downloads and reports, and the public /outputs pages.

Downloads are streamed (``StreamResponse``) in ~64 KiB blocks straight from the
database cursor, so a big consultation neither fills memory nor times out before
the first byte. Everything is checked (login, consultation, room, format) before the
response starts; an error after that aborts the connection so a truncated file is
never mistaken for a complete one.
"""

from __future__ import annotations

import html
import logging

from aiohttp import web

from consult_server.appkeys import CLOCK, PIPELINE, SESSIONMAKER
from consult_server.db.models import StaffRole
from consult_server.errors import ConsultError, ErrorCode
from consult_server.export.formats import buffered, prepare_export
from consult_server.export.publish import (
    create_report,
    list_reports,
    published_report,
    published_reports,
    set_published,
)
from consult_server.export.redact import Redactor, make_redactor
from consult_server.export.render import BASE_CSS
from consult_server.transport.http_auth import require_staff
from consult_server.transport.responses import json_ok
from consult_server.transport.security import REPORT_CSP

log = logging.getLogger(__name__)

REDACTOR: web.AppKey[Redactor] = web.AppKey("export_redactor")
_TRUE = {"1", "true", "yes", "on"}


def _id(request: web.Request, name: str = "id") -> int:
    raw = request.match_info[name]
    if not raw.isdigit():
        raise ConsultError(ErrorCode.NOT_FOUND, "Not found.")
    return int(raw)


def _redactor(app: web.Application) -> Redactor:
    return app[REDACTOR]


def _download_headers(content_type: str, filename: str) -> dict[str, str]:
    return {
        "Content-Type": content_type,
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store",
        # The security middleware cannot add headers to a response that is already
        # streaming, so the download carries its own.
        "Content-Security-Policy": REPORT_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
    }


async def export_download(request: web.Request) -> web.StreamResponse:
    await require_staff(request, StaffRole.SECRETARIAT)
    app = request.app
    fmt = request.query.get("format", "json")
    export = await prepare_export(
        app[SESSIONMAKER],
        _id(request),
        fmt,
        redact=_redactor(app),
        now=app[CLOCK].now(),
        room=request.query.get("room") or None,
        audit=request.query.get("audit", "").lower() in _TRUE,
    )
    response = web.StreamResponse(headers=_download_headers(export.content_type, export.filename))
    await response.prepare(request)
    try:
        async for block in buffered(export.chunks()):
            await response.write(block)
    except (ConnectionResetError, OSError):
        log.info("export download cancelled by the client")
        return response
    except Exception:
        log.exception("export failed while streaming; aborting the download")
        if request.transport is not None:
            request.transport.abort()
        return response
    await response.write_eof()
    return response


async def create_report_route(request: web.Request) -> web.Response:
    await require_staff(request, StaffRole.SECRETARIAT)
    app = request.app
    info = await create_report(app[SESSIONMAKER], _id(request), _redactor(app), app[CLOCK].now())
    return json_ok({"report_id": info.report_id, "slug": info.slug}, status=201)


async def list_reports_route(request: web.Request) -> web.Response:
    await require_staff(request, StaffRole.SECRETARIAT)
    reports = await list_reports(request.app[SESSIONMAKER], _id(request))
    return json_ok({"reports": [r.to_dict() for r in reports]})


async def publish_route(request: web.Request) -> web.Response:
    await require_staff(request, StaffRole.SECRETARIAT)
    info = await set_published(request.app[SESSIONMAKER], _id(request), True, request.app[CLOCK].now())
    return json_ok(info.to_dict())


async def unpublish_route(request: web.Request) -> web.Response:
    await require_staff(request, StaffRole.SECRETARIAT)
    info = await set_published(request.app[SESSIONMAKER], _id(request), False, request.app[CLOCK].now())
    return json_ok(info.to_dict())


async def outputs_index(request: web.Request) -> web.Response:
    """Public list of published reports; no login."""
    reports = await published_reports(request.app[SESSIONMAKER])
    items = "".join(
        f'<li><a href="/outputs/{html.escape(r.slug)}">{html.escape(r.title)}</a> '
        f'<span class="meta">({html.escape((r.published_at or "")[:10])}; '
        f'<a href="/outputs/{html.escape(r.slug)}.md">Markdown</a>)</span></li>'
        for r in reports
    )
    body = f"<ul>{items}</ul>" if items else "<p>No reports have been published yet.</p>"
    page = (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Consultation reports</title><style>{BASE_CSS}</style></head><body><main>"
        f"<h1>Consultation reports</h1>{body}</main></body></html>\n"
    )
    return web.Response(text=page, content_type="text/html", charset="utf-8")


async def output_page(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    markdown = slug.endswith(".md")
    report = await published_report(request.app[SESSIONMAKER], slug[:-3] if markdown else slug)
    if markdown:
        return web.Response(text=report.markdown, content_type="text/markdown", charset="utf-8")
    return web.Response(text=report.html, content_type="text/html", charset="utf-8")


def setup_routes(app: web.Application) -> None:
    # The app's own pipeline (its policy file), wrapped with the export safety net.
    app[REDACTOR] = make_redactor(app.get(PIPELINE))
    app.router.add_get("/api/consultations/{id}/export", export_download)
    app.router.add_post("/api/consultations/{id}/reports", create_report_route)
    app.router.add_get("/api/consultations/{id}/reports", list_reports_route)
    app.router.add_post("/api/reports/{id}/publish", publish_route)
    app.router.add_post("/api/reports/{id}/unpublish", unpublish_route)
    app.router.add_get("/outputs", outputs_index)
    app.router.add_get("/outputs/", outputs_index)
    app.router.add_get("/outputs/{slug}", output_page)
