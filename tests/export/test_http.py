"""The HTTP downloads and /outputs, on a real server on a real port."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import aiohttp

from consult_server.appkeys import SESSIONMAKER
from consult_server.db.models import StaffRole
from consult_server.export.formats import FORMATS
from consult_server.transport.security import REPORT_CSP
from tests.export.seed import CONSULTATION_ID, HIDDEN, PII_FORBIDDEN, PSEUDONYMS_A, STAFF_NAMES, seed
from tests.support.server import Harness

EXPORT = f"/api/consultations/{CONSULTATION_ID}/export"


def assert_clean(text: str) -> None:
    for needle in [*PII_FORBIDDEN, *HIDDEN.values(), *PSEUDONYMS_A, *STAFF_NAMES]:
        assert needle.casefold() not in text.casefold(), needle


async def error_code(resp: aiohttp.ClientResponse) -> str:
    body: dict[str, Any] = await resp.json()
    assert body["ok"] is False
    return str(body["error"]["code"])


async def test_secretariat_downloads_every_format(harness: Harness) -> None:
    await seed(harness.app[SESSIONMAKER])
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT)
    async with aiohttp.ClientSession(harness.base_url, headers={"Cookie": cookie}) as http:
        for fmt in FORMATS:
            async with http.get(EXPORT, params={"format": fmt}) as resp:
                assert resp.status == 200, await resp.text()
                assert resp.headers["Content-Type"].startswith(FORMATS[fmt].split(";")[0])
                disposition = resp.headers["Content-Disposition"]
                assert disposition.startswith("attachment;") and disposition.endswith(f'.{fmt}"')
                assert resp.headers["Cache-Control"] == "no-store"
                body = await resp.text()
            assert_clean(body)
            assert "A report button that actually works would make me feel safe" in body.replace("\\", "")
        async with http.get(EXPORT, params={"format": "json", "audit": "1"}) as resp:
            doc = json.loads(await resp.text())
        assert doc["audit"]["moderation"]["by_action"]["held"] == 1
        assert_clean(json.dumps(doc))
        async with http.get(EXPORT, params={"format": "csv", "room": "salle-b"}) as resp:
            rows = list(csv.reader(io.StringIO((await resp.text()).lstrip("\ufeff"))))
        assert {r[0] for r in rows[1:]} == {"Salle B"} and len(rows) == 5
        async with http.get("/api/consultations/999/export", params={"format": "csv"}) as resp:
            assert resp.status == 404 and await error_code(resp) == "not_found"
        async with http.get(EXPORT, params={"format": "xlsx"}) as resp:
            assert resp.status == 400 and await error_code(resp) == "bad_payload"
        async with http.get(EXPORT, params={"format": "csv", "room": "nope"}) as resp:
            assert resp.status == 404


async def test_exports_and_reports_need_the_secretariat(harness: Harness) -> None:
    await seed(harness.app[SESSIONMAKER])
    moderator = await harness.staff_cookie(StaffRole.MODERATOR)
    async with aiohttp.ClientSession(harness.base_url) as anonymous:
        async with anonymous.get(EXPORT, params={"format": "json"}) as resp:
            assert resp.status == 401 and await error_code(resp) == "not_authenticated"
        async with anonymous.post(f"/api/consultations/{CONSULTATION_ID}/reports") as resp:
            assert resp.status == 401
        async with anonymous.post("/api/reports/1/publish") as resp:
            assert resp.status == 401
    async with aiohttp.ClientSession(harness.base_url, headers={"Cookie": moderator}) as http:
        async with http.get(EXPORT, params={"format": "json"}) as resp:
            assert resp.status == 403 and await error_code(resp) == "forbidden"
        async with http.post(f"/api/consultations/{CONSULTATION_ID}/reports") as resp:
            assert resp.status == 403
        async with http.get(f"/api/consultations/{CONSULTATION_ID}/reports") as resp:
            assert resp.status == 403


async def test_report_publish_cycle_and_public_outputs(harness: Harness) -> None:
    await seed(harness.app[SESSIONMAKER])
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT)
    async with aiohttp.ClientSession(harness.base_url, headers={"Cookie": cookie}) as staff, \
            aiohttp.ClientSession(harness.base_url) as public:
        async with staff.post(f"/api/consultations/{CONSULTATION_ID}/reports") as resp:
            assert resp.status == 201, await resp.text()
            created = (await resp.json())["data"]
        report_id, slug = created["report_id"], created["slug"]
        assert set(created) == {"report_id", "slug"}

        # Unpublished: not listed, and 404 for both renderings, even for a logged-in user.
        async with public.get("/outputs") as resp:
            assert resp.status == 200 and slug not in await resp.text()
        for path in (f"/outputs/{slug}", f"/outputs/{slug}.md"):
            async with public.get(path) as resp:
                assert resp.status == 404
            async with staff.get(path) as resp:
                assert resp.status == 404
        async with staff.get(f"/api/consultations/{CONSULTATION_ID}/reports") as resp:
            listed = (await resp.json())["data"]["reports"]
        assert [(r["slug"], r["published"]) for r in listed] == [(slug, False)]

        async with staff.post(f"/api/reports/{report_id}/publish") as resp:
            assert resp.status == 200 and (await resp.json())["data"]["published"] is True
        async with public.get("/outputs") as resp:
            index = await resp.text()
        assert f'href="/outputs/{slug}"' in index and "Safe Online Spaces" in index
        async with public.get(f"/outputs/{slug}") as resp:
            assert resp.status == 200 and resp.content_type == "text/html"
            assert resp.headers["Content-Security-Policy"] == REPORT_CSP
            page = await resp.text()
        assert "<h1>Safe Online Spaces</h1>" in page and 'role="img"' in page
        assert_clean(page)
        async with public.get(f"/outputs/{slug}.md") as resp:
            assert resp.status == 200 and resp.content_type == "text/markdown"
            markdown = await resp.text()
        assert markdown.startswith("# Safe Online Spaces")
        assert_clean(markdown)

        async with staff.post(f"/api/reports/{report_id}/unpublish") as resp:
            assert resp.status == 200 and (await resp.json())["data"]["published"] is False
        async with public.get("/outputs") as resp:
            assert slug not in await resp.text()
        async with public.get(f"/outputs/{slug}") as resp:
            assert resp.status == 404
        async with staff.post("/api/reports/987654/publish") as resp:
            assert resp.status == 404


async def test_export_of_a_live_chat(harness: Harness) -> None:
    """Messages stored by the real chat path (join, send, moderation) export as expected."""
    seeded = await harness.seed(rooms=1, codes=4)
    alice = await harness.participant(seeded.code(), age_band="9-11", country="IE")
    bob = await harness.participant(seeded.code(), age_band="15-18", country="ES")
    await alice.ok("message:send", {"text": "We want safer parks near the school"})
    sent = await bob.ok("message:send", {"text": "text me on 07700 900456 about safer parks"})
    assert sent["status"] in ("redacted", "held", "shown")
    pseudonyms = [c.welcome["participant"]["pseudonym"] for c in (alice, bob)]
    cookie = await harness.staff_cookie(StaffRole.SECRETARIAT)
    async with aiohttp.ClientSession(harness.base_url, headers={"Cookie": cookie}) as http:
        async with http.get(f"/api/consultations/{seeded.consultation_id}/export",
                            params={"format": "json"}) as resp:
            assert resp.status == 200, await resp.text()
            doc = json.loads(await resp.text())
    rows = doc["transcript"]
    assert rows[0]["text"] == "We want safer parks near the school"
    assert rows[0]["speaker"] == "Participant 1" or rows[0]["speaker"] == "Participant 2"
    text = json.dumps(doc)
    assert "900456" not in text and not any(p in text for p in pseudonyms)
    assert doc["demographics"]["participants"] == "fewer than 5"
    assert "IE" not in doc["demographics"]["by_country"]
