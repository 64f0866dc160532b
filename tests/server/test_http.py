"""Staff login, the secretariat API, pages and security headers over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from consult_server.db.models import StaffRole
from tests.support.server import Harness

CONSULTATION = """
title = "Spring consultation"
topic = "Online safety"
questions = ["What helps?"]
languages = ["en", "fr"]
timezone = "Europe/Paris"
invite_codes = 3

[[rooms]]
name = "Room A"
opens_at = 2030-03-01T10:00:00
closes_at = 2030-03-01T11:00:00
"""


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def test_login_sets_secure_http_only_cookie(harness: Harness, http: aiohttp.ClientSession) -> None:
    harness.settings = harness.settings.replace(cookie_secure=True)
    await harness.stop()
    await harness.start()
    await harness.services.staff.add("mod-anna", StaffRole.MODERATOR, "correct horse battery")
    async with http.post(
        f"{harness.base_url}/api/login", json={"name": "mod-anna", "password": "correct horse battery"}
    ) as resp:
        assert resp.status == 200
        assert (await resp.json())["data"] == {"name": "mod-anna", "role": "moderator"}
        header = resp.headers["Set-Cookie"]
    assert "HttpOnly" in header and "Secure" in header and "SameSite=Strict" in header and "Path=/" in header


async def test_wrong_password_is_refused(harness: Harness, http: aiohttp.ClientSession) -> None:
    await harness.services.staff.add("mod-ben", StaffRole.MODERATOR, "correct horse battery")
    for body in ({"name": "mod-ben", "password": "wrong password!"}, {"name": "nobody", "password": "x" * 12}):
        async with http.post(f"{harness.base_url}/api/login", json=body) as resp:
            assert resp.status == 401
            assert (await resp.json())["error"]["code"] == "bad_credentials"
            assert "Set-Cookie" not in resp.headers
    async with http.post(f"{harness.base_url}/api/login", data=b"not json") as resp:
        assert resp.status == 400 and (await resp.json())["error"]["code"] == "bad_payload"


async def test_me_and_logout(harness: Harness, http: aiohttp.ClientSession) -> None:
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT, "sec-carla")
    async with http.get(f"{harness.base_url}/api/me", headers={"Cookie": cookie}) as resp:
        assert (await resp.json())["data"] == {"name": "sec-carla", "role": "secretariat"}
    async with http.post(f"{harness.base_url}/api/logout", headers={"Cookie": cookie}) as resp:
        assert resp.status == 200
    async with http.get(f"{harness.base_url}/api/me", headers={"Cookie": cookie}) as resp:
        assert resp.status == 401 and (await resp.json())["error"]["code"] == "not_authenticated"


async def test_secretariat_creates_consultation_from_upload(harness: Harness, http: aiohttp.ClientSession) -> None:
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT)
    form = aiohttp.FormData()
    form.add_field("file", CONSULTATION.encode(), filename="consultation.toml", content_type="application/toml")
    async with http.post(f"{harness.base_url}/api/consultations", data=form, headers={"Cookie": cookie}) as resp:
        assert resp.status == 201, await resp.text()
        created = (await resp.json())["data"]
    assert created["invite_count"] == 3
    async with http.get(f"{harness.base_url}/api/consultations", headers={"Cookie": cookie}) as resp:
        listing = (await resp.json())["data"]["consultations"]
    room = listing[0]["rooms"][0]
    assert room["opens_at"] == "2030-03-01T09:00:00Z" and room["state"] == "scheduled"  # Paris is UTC+1
    assert listing[0]["invites"] == {"total": 3, "used": 0}
    async with http.get(
        f"{harness.base_url}/api/consultations/{created['consultation_id']}/invites.csv", headers={"Cookie": cookie}
    ) as resp:
        assert resp.status == 200 and resp.content_type == "text/csv"
        lines = (await resp.text()).strip().splitlines()
    assert lines[0] == "code,room,expires_at,used" and len(lines) == 4
    assert lines[1].endswith(",Room A,2030-03-01T10:00:00Z,no")


async def test_invalid_consultation_file_names_the_field(harness: Harness, http: aiohttp.ClientSession) -> None:
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT)
    bad = CONSULTATION.replace("closes_at = 2030-03-01T11:00:00", "closes_at = 2030-03-01T09:00:00")
    async with http.post(
        f"{harness.base_url}/api/consultations",
        data=bad.encode(),
        headers={"Cookie": cookie, "Content-Type": "text/plain"},
    ) as resp:
        assert resp.status == 422
        error = (await resp.json())["error"]
    assert error["code"] == "invalid_file" and error["details"]["field"] == "rooms[0].closes_at"
    async with http.get(f"{harness.base_url}/api/consultations", headers={"Cookie": cookie}) as resp:
        assert (await resp.json())["data"]["consultations"] == []


async def test_moderators_cannot_use_secretariat_endpoints(harness: Harness, http: aiohttp.ClientSession) -> None:
    seeded = await harness.seed()
    cookie = await harness.staff_cookie(StaffRole.MODERATOR)
    async with http.post(
        f"{harness.base_url}/api/consultations", data=CONSULTATION.encode(), headers={"Cookie": cookie}
    ) as resp:
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden"
    async with http.get(
        f"{harness.base_url}/api/consultations/{seeded.consultation_id}/invites.csv", headers={"Cookie": cookie}
    ) as resp:
        assert resp.status == 403
    async with http.get(f"{harness.base_url}/api/consultations") as resp:
        assert resp.status == 401


async def test_public_endpoints_and_headers(harness: Harness, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{harness.base_url}/healthz") as resp:
        assert (await resp.json()) == {"ok": True, "data": {"status": "ok"}}
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
    async with http.get(f"{harness.base_url}/api/options") as resp:
        options = (await resp.json())["data"]
    assert options["age_bands"] == ["9-11", "12-14", "15-18"]
    assert {"ar", "en", "es", "fr", "ru", "zh"} <= set(options["ui_languages"]) and "FR" in options["countries"]


@pytest.mark.parametrize("path", ["/", "/moderator", "/secretariat"])
async def test_pages_are_served(harness: Harness, http: aiohttp.ClientSession, path: str) -> None:
    async with http.get(f"{harness.base_url}{path}") as resp:
        assert resp.status == 200 and resp.content_type == "text/html"
        assert "<html" in (await resp.text()).lower()


async def test_vendor_files_are_whitelisted(harness: Harness, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{harness.base_url}/vendor/socket.io-client/dist/socket.io.esm.min.js") as resp:
        assert resp.status == 200
    for path in [
        "/vendor/left-pad/index.js",
        "/vendor/socket.io-client/../../package.json",
        "/vendor/socket.io-client/%2e%2e/%2e%2e/package.json",
    ]:
        async with http.get(f"{harness.base_url}{path}") as resp:
            assert resp.status == 404, path


async def test_helpline_is_public_for_children_who_have_not_joined(
    harness: Harness, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{harness.base_url}/api/helpline?country=fr") as resp:
        assert resp.status == 200
        helpline = (await resp.json())["data"]["helpline"]
    assert helpline["number"]
    async with http.get(f"{harness.base_url}/api/helpline?country=<script>") as resp:
        assert resp.status == 200 and (await resp.json())["data"]["helpline"]["number"]
    async with http.get(f"{harness.base_url}/favicon.ico") as resp:
        assert resp.status == 204


async def test_password_guessing_is_throttled(harness: Harness, http: aiohttp.ClientSession) -> None:
    await harness.services.staff.add("mod-dana", StaffRole.MODERATOR, "correct horse battery")
    url = f"{harness.base_url}/api/login"
    for _ in range(5):
        async with http.post(url, json={"name": "mod-dana", "password": "guess guess"}) as resp:
            assert resp.status == 401
    async with http.post(url, json={"name": "mod-dana", "password": "correct horse battery"}) as resp:
        assert resp.status == 429
        error = (await resp.json())["error"]
    assert error["code"] == "rate_limited" and error["details"]["retry_after"] == 900
    harness.clock.advance(minutes=15)
    async with http.post(url, json={"name": "mod-dana", "password": "correct horse battery"}) as resp:
        assert resp.status == 200
