"""Fixtures for real-browser tests: the real server on a real port, Debian Chromium, Playwright.

The server runs in the test's own event loop (``tests.support.server.Harness``) and
Playwright's async API shares that loop, so nothing needs a thread. Time is a
``ManualClock``: tests move it with ``site.harness.advance`` instead of sleeping.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, async_playwright, expect

from consult_server.clock import ManualClock
from consult_server.db.models import StaffRole
from consult_server.settings import Settings
from tests.browser.browser_helpers import AXE_RESULTS, CHROMIUM_ARGS, Site
from tests.support.databases import fresh_database
from tests.support.server import START, Harness
from tests.support.services import require_chromium

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "test-results"

# Room 2 holds every message for a moderator, so the held-queue path is deterministic.
POLICY = """
[rooms.room-2]
premoderate = true
"""

expect.set_options(timeout=10_000)


@pytest.fixture
def chromium_path() -> str:
    path = require_chromium()
    if not (REPO / "web" / "node_modules" / "axe-core" / "axe.min.js").is_file():
        pytest.fail("web/node_modules is missing: run `npm ci` in web/", pytrace=False)
    return path


@pytest.fixture
async def browser(chromium_path: str, site: Site) -> AsyncIterator[Browser]:
    """Depends on ``site`` so the browser closes its sockets before the server stops."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            await browser.close()


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    async with fresh_database("sqlite", tmp_path) as url:
        settings = Settings.load(
            {
                "database_url": url,
                "port": 0,
                "cookie_secure": False,
                "rate_limit_count": 50,
                "moderation_policy": str(policy),
            },
            environ={},
        )
        harness = Harness(settings, ManualClock(START))
        await harness.start()
        try:
            seeded = await harness.seed(rooms=2, opens_in=-1, minutes=60, codes=8)
            logins = {"moderator": "mod-pass-1234", "secretariat": "sec-pass-1234"}
            await harness.services.staff.add("moderator", StaffRole.MODERATOR, logins["moderator"])
            await harness.services.staff.add("secretariat", StaffRole.SECRETARIAT, logins["secretariat"])
            yield Site(harness=harness, seeded=seeded, logins=logins)
        finally:
            await harness.stop()


@pytest.fixture(scope="session", autouse=True)
def axe_summary() -> Iterator[None]:
    """Write the axe-core results of the whole run to test-results/axe-summary.json."""
    yield
    if AXE_RESULTS:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "axe-summary.json").write_text(json.dumps(AXE_RESULTS, indent=2), encoding="utf-8")
