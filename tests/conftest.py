from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from consult_server.clock import ManualClock
from consult_server.settings import Settings
from tests.support.databases import fresh_database
from tests.support.server import START, Harness
from tests.support.services import services_required


def pytest_report_header(config: pytest.Config) -> str:
    return f"CONSULT_REQUIRE_SERVICES={'1' if services_required() else '0'}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # In CI every test must run: a skip there means a service or browser went missing.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if services_required() and reporter is not None and reporter.stats.get("skipped"):
        reporter.write_line("FAILED: tests were skipped while CONSULT_REQUIRE_SERVICES=1", red=True)
        session.exitstatus = 1


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    async with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> AsyncIterator[str]:
    async with fresh_database("sqlite", tmp_path) as url:
        yield url


def make_settings(database_url: str, **overrides: object) -> Settings:
    return Settings.load(
        {"database_url": database_url, "port": 0, "cookie_secure": False, "rate_limit_count": 5, **overrides},
        environ={},
    )


@pytest.fixture
async def harness(database_url: str) -> AsyncIterator[Harness]:
    h = Harness(make_settings(database_url), ManualClock(START))
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
