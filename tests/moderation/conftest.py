from __future__ import annotations

from pathlib import Path

import pytest

from moderation import Pipeline, Policy
from moderation.stages import build_stages

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    return Pipeline(Policy.default())


@pytest.fixture(scope="session")
def rules_pipe() -> Pipeline:
    """The rules alone, without the learned self-harm scorer: a test that a
    disclosure is carried by a rule must not pass on the model's second opinion."""
    policy = Policy.default()
    return Pipeline(policy, [s for s in build_stages(policy) if getattr(s, "name", "") != "selfharm_model"])
