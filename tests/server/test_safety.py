"""The server's own safety guarantees, whatever the moderation pipeline does."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from typing import Any

import pytest

from consult_server.clock import ManualClock
from consult_server.services.safety import RecentWindow, SafetyGateway
from moderation import Action, Pipeline, Policy, Prepared, Verdict
from tests.conftest import make_settings
from tests.support.server import START, Harness


def broken_stage(prepared: Prepared, verdict: Verdict) -> Verdict:
    raise RuntimeError("a bug in a stage")


class BlockingPipeline(Pipeline):
    """A pipeline that (wrongly) blocks a disclosure outright."""

    def check(self, text: str, lang: str | None = None, context: Mapping[str, Any] | None = None) -> Verdict:
        return Verdict(Action.BLOCK, text, ("self_harm",), ("test:blocks",))


class ExplodingPipeline(Pipeline):
    def check(self, text: str, lang: str | None = None, context: Mapping[str, Any] | None = None) -> Verdict:
        raise RuntimeError("the whole pipeline failed")


async def started(database_url: str, pipeline: Pipeline) -> Harness:
    policy = Policy.default()
    harness = Harness(make_settings(database_url), ManualClock(START), safety=SafetyGateway(policy, pipeline))
    return await harness.start()


@pytest.fixture
async def make(database_url: str) -> AsyncIterator[Any]:
    made: list[Harness] = []

    async def build(pipeline: Pipeline) -> Harness:
        made.append(await started(database_url, pipeline))
        return made[-1]

    yield build
    for harness in made:
        await harness.stop()


@pytest.mark.parametrize(
    ("pipeline", "reason"),
    [
        (Pipeline(Policy.default(), stages=[broken_stage]), "stage:broken_stage:error"),
        (ExplodingPipeline(Policy.default(), stages=[]), "server:pipeline_error"),
    ],
    ids=["stage-raises", "pipeline-raises"],
)
async def test_moderation_failure_holds_the_message(make: Any, pipeline: Pipeline, reason: str) -> None:
    harness = await make(pipeline)
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "an ordinary message"})
    assert ack["status"] == "held"
    held = await moderator.wait_for("mod:held")
    assert reason in held["reasons"]
    await bob.settle()
    assert bob.events["message:new"] == []


async def test_self_harm_is_never_silently_blocked(make: Any) -> None:
    harness = await make(BlockingPipeline(Policy.default(), stages=[]))
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "anything"})
    assert ack["status"] == "held" and ack["reason"] == "support_offered"
    assert (await moderator.wait_for("mod:alert"))["kind"] == "self_harm"
    assert (await alice.wait_for("support:message"))["helpline"]["number"]


async def test_failures_never_log_message_text(make: Any, caplog: pytest.LogCaptureFixture) -> None:
    harness = await make(ExplodingPipeline(Policy.default(), stages=[]))
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    with caplog.at_level("INFO"):
        await alice.ok("message:send", {"text": "my secret words 4242"})
        await alice.ok("message:send", {"text": "more secret words 4343"})
    assert caplog.records, "expected the failure to be logged"
    assert not [r for r in caplog.records if "secret" in r.getMessage() or "4242" in r.getMessage()]


async def test_harm_split_over_messages_is_held(make: Any) -> None:
    """A groomer splitting one sentence over several messages: each piece is
    harmless alone, the one that completes it is held (moderation.conversation)."""
    harness = await make(Pipeline(Policy.default()))
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    mallory, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    assert (await mallory.ok("message:send", {"text": "hey"}))["status"] == "shown"
    assert (await mallory.ok("message:send", {"text": "dont tell"}))["status"] == "shown"
    ack = await mallory.ok("message:send", {"text": "ur parents about us ok"})
    assert ack["status"] == "held"
    held = await moderator.wait_for("mod:held")
    assert "conversation:grooming:secrecy" in held["reasons"]
    assert (await moderator.wait_for("mod:alert"))["kind"] == "grooming"
    # another participant's messages never join mallory's window
    assert (await bob.ok("message:send", {"text": "ur parents about us ok"}))["status"] == "shown"


async def test_the_conversation_window_expires(make: Any) -> None:
    harness = await make(Pipeline(Policy.default()))
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    assert (await alice.ok("message:send", {"text": "i just want to"}))["status"] == "shown"
    await harness.advance(minutes=5)
    # five minutes later "die" no longer completes the earlier message
    ack = await alice.ok("message:send", {"text": "die in this boss fight lol"})
    assert ack["status"] == "shown"


def test_recent_window_is_bounded() -> None:
    window = RecentWindow(size=2, window=timedelta(minutes=2), max_senders=4)
    assert window.take(("r", 1), "a", START) == []
    assert window.take(("r", 1), "b", START) == ["a"]
    assert window.take(("r", 1), "c", START) == ["a", "b"]
    assert window.take(("r", 1), "d", START + timedelta(minutes=3)) == []
    for sender in range(2, 12):
        window.take(("r", sender), "x", START + timedelta(minutes=3, seconds=sender))
    assert len(window) <= 4
