"""HTTP: the pages, staff login, and the secretariat's JSON API (docs/protocol.md)."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from consult_server.appkeys import SERVICES, SETTINGS
from consult_server.consultation_file import parse_text
from consult_server.db.models import StaffRole
from consult_server.errors import ConsultError, ErrorCode
from consult_server.locales import AGE_BANDS, COUNTRIES, SUPPORTED_LANGUAGES, UI_LANGUAGES
from consult_server.transport.http_auth import COOKIE, require_staff
from consult_server.transport.responses import json_ok

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
MAX_UPLOAD = 256 * 1024
VENDOR_PACKAGES = frozenset({"socket.io-client", "axe-core"})
PAGES = {"/": "participant.html", "/moderator": "moderator.html", "/secretariat": "secretariat.html"}


def default_web_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "web"


async def _json_body(request: web.Request) -> dict[str, object]:
    try:
        body = await request.json()
    except ValueError as exc:
        raise ConsultError(ErrorCode.BAD_PAYLOAD, "The body must be JSON.") from exc
    if not isinstance(body, dict):
        raise ConsultError(ErrorCode.BAD_PAYLOAD, "The body must be a JSON object.")
    return body


@routes.post("/api/login")
async def login(request: web.Request) -> web.Response:
    body = await _json_body(request)
    name, password = body.get("name"), body.get("password")
    if not isinstance(name, str) or not isinstance(password, str) or len(name) > 80 or len(password) > 1000:
        raise ConsultError(ErrorCode.BAD_PAYLOAD, "Send a name and a password.")
    staff, token = await request.app[SERVICES].staff.login(name, password)
    settings = request.app[SETTINGS]
    response = json_ok({"name": staff.name, "role": staff.role})
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        secure=settings.cookie_secure,
        samesite="Strict",
        path="/",
        max_age=settings.session_hours * 3600,
    )
    return response


@routes.post("/api/logout")
async def logout(request: web.Request) -> web.Response:
    token = request.cookies.get(COOKIE)
    if token:
        await request.app[SERVICES].staff.logout(token)
    response = json_ok()
    response.del_cookie(COOKIE, path="/")
    return response


@routes.get("/api/me")
async def me(request: web.Request) -> web.Response:
    staff = await require_staff(request)
    return json_ok({"name": staff.name, "role": staff.role})


@routes.get("/api/helpline")
async def helpline(request: web.Request) -> web.Response:
    """Public, so a child can find help before (or without) joining a room."""
    country = request.query.get("country", "").strip().upper()
    return json_ok({"helpline": request.app[SERVICES].safety.helpline(country if country in COUNTRIES else None)})


@routes.get("/favicon.ico")
async def favicon(request: web.Request) -> web.Response:
    return web.Response(status=204, headers={"Cache-Control": "max-age=86400"})


@routes.get("/api/options")
async def options(request: web.Request) -> web.Response:
    return json_ok(
        {
            "age_bands": list(AGE_BANDS),
            "languages": list(SUPPORTED_LANGUAGES),
            "ui_languages": list(UI_LANGUAGES),
            "countries": sorted(COUNTRIES),
            "max_message_length": request.app[SETTINGS].max_message_length,
        }
    )


@routes.get("/api/consultations")
async def consultations(request: web.Request) -> web.Response:
    await require_staff(request)
    return json_ok({"consultations": await request.app[SERVICES].consultations.overview()})


@routes.post("/api/consultations")
async def create_consultation(request: web.Request) -> web.Response:
    staff = await require_staff(request, StaffRole.SECRETARIAT)
    if request.content_length is not None and request.content_length > MAX_UPLOAD:
        raise ConsultError(ErrorCode.PAYLOAD_TOO_LARGE, "The file is too large.")
    if request.content_type.startswith("multipart/"):
        post = await request.post()
        upload = post.get("file")
        if not isinstance(upload, web.FileField):
            raise ConsultError(ErrorCode.BAD_PAYLOAD, "Attach the consultation file as 'file'.")
        raw = upload.file.read(MAX_UPLOAD + 1)
    else:
        raw = await request.read()
    if len(raw) > MAX_UPLOAD:
        raise ConsultError(ErrorCode.PAYLOAD_TOO_LARGE, "The file is too large.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConsultError(ErrorCode.INVALID_FILE, "file: must be UTF-8 text", field="file") from exc
    consultation, invites = await request.app[SERVICES].consultations.create(parse_text(text))
    log.info("staff %s created consultation %s", staff.id, consultation.id)
    return json_ok({"consultation_id": consultation.id, "invite_count": invites}, status=201)


@routes.get("/api/consultations/{id:\\d+}/invites.csv")
async def invites_csv(request: web.Request) -> web.Response:
    await require_staff(request, StaffRole.SECRETARIAT)
    rows = await request.app[SERVICES].consultations.invite_rows(int(request.match_info["id"]))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["code", "room", "expires_at", "used"])
    writer.writerows(rows)
    return web.Response(
        text=out.getvalue(),
        content_type="text/csv",
        charset="utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="invites-{request.match_info["id"]}.csv"',
            "Cache-Control": "no-store",
        },
    )


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return json_ok({"status": "ok"})


def setup_pages(app: web.Application, web_root: Path) -> None:
    """Serve the pages, their static files, and whitelisted npm packages (no CDN)."""

    def page(filename: str) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handler(request: web.Request) -> web.StreamResponse:
            path = web_root / filename
            if not path.is_file():
                raise web.HTTPNotFound(text=f"{filename} is missing; run the install step")
            return web.FileResponse(path, headers={"Cache-Control": "no-cache"})

        return handler

    for url, filename in PAGES.items():
        app.router.add_get(url, page(filename))

    async def vendor(request: web.Request) -> web.StreamResponse:
        package = request.match_info["package"]
        if package not in VENDOR_PACKAGES:
            raise web.HTTPNotFound()
        base = (web_root / "node_modules" / package).resolve()
        target = (base / request.match_info["path"]).resolve()
        if not target.is_relative_to(base) or not target.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(target)

    app.router.add_get("/vendor/{package}/{path:.+}", vendor)
    if web_root.is_dir():
        app.router.add_static("/static/", web_root, follow_symlinks=False)
