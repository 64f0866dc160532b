"""Service availability for tests: fail in CI, skip with a reason on a laptop.

With ``CONSULT_REQUIRE_SERVICES=1`` (set by .ci/run) a missing PostgreSQL, Redis or
browser is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
import socket

import pytest

POSTGRES_ADMIN_URL = os.environ.get("CONSULT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("CONSULT_TEST_REDIS", "redis://127.0.0.1:6379/0")
CHROMIUM = os.environ.get("CONSULT_TEST_CHROMIUM", "/usr/bin/chromium")


def services_required() -> bool:
    return os.environ.get("CONSULT_REQUIRE_SERVICES", "") == "1"


def require(name: str, available: bool, reason: str) -> None:
    if available:
        return
    message = f"{name} is not available: {reason}"
    if services_required():
        pytest.fail(f"{message} (CONSULT_REQUIRE_SERVICES=1, so this is a failure)", pytrace=False)
    pytest.skip(message)


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_postgres() -> None:
    require("PostgreSQL", port_open("127.0.0.1", 5432), "nothing listens on 127.0.0.1:5432")


def require_redis() -> None:
    require("Redis", port_open("127.0.0.1", 6379), "nothing listens on 127.0.0.1:6379")


def require_chromium() -> str:
    path = shutil.which(CHROMIUM) or (CHROMIUM if os.path.exists(CHROMIUM) else None)
    require("Chromium", path is not None, f"{CHROMIUM} not found (apt-get install chromium)")
    assert path is not None
    return path
