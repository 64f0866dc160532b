"""Staff authentication for HTTP requests and sockets, from the session cookie."""

from __future__ import annotations

from http.cookies import CookieError, SimpleCookie

from aiohttp import web

from consult_server.appkeys import SERVICES
from consult_server.db.models import Staff, StaffRole
from consult_server.errors import ConsultError, ErrorCode

COOKIE = "consult_session"


def token_from_cookie_header(header: str | None) -> str | None:
    if not header:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None


def check_role(staff: Staff | None, roles: tuple[StaffRole, ...]) -> Staff:
    if staff is None:
        raise ConsultError(ErrorCode.NOT_AUTHENTICATED, "Please log in.")
    if roles and staff.role not in roles:
        raise ConsultError(ErrorCode.FORBIDDEN, "Your role may not do this.")
    return staff


async def current_staff(request: web.Request) -> Staff | None:
    return await request.app[SERVICES].staff.from_token(request.cookies.get(COOKIE))


async def require_staff(request: web.Request, *roles: StaffRole) -> Staff:
    """The logged-in staff member, refused with not_authenticated/forbidden otherwise."""
    return check_role(await current_staff(request), roles)
