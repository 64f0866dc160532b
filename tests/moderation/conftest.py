from __future__ import annotations

from pathlib import Path

import pytest

from moderation import Pipeline, Policy

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    return Pipeline(Policy.default())
