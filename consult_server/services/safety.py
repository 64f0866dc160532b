"""The server's door to the ``moderation`` package.

Builds one pipeline per distinct room policy (building matchers costs most of a
second; checking costs microseconds) and guarantees the two rules the server owns
whatever the pipeline does: a pipeline failure holds the message, and a self-harm
disclosure is always held for a human, never silently blocked.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from moderation import Action, Pipeline, Policy, Verdict

log = logging.getLogger(__name__)

SAFEGUARDING = ("self_harm", "grooming")


class SafetyGateway:
    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._base = Pipeline(policy)
        self._by_key: dict[object, Pipeline] = {policy.cache_key(): self._base}
        self._by_room: dict[str, Pipeline] = {}

    @classmethod
    def from_file(cls, path: str) -> SafetyGateway:
        return cls(Policy.load(Path(path)) if path else Policy.default())

    @property
    def base(self) -> Pipeline:
        return self._base

    def pipeline_for(self, room_slug: str) -> Pipeline:
        pipeline = self._by_room.get(room_slug)
        if pipeline is None:
            policy = self._policy.for_room(room_slug)
            key = policy.cache_key()
            pipeline = self._by_key.get(key)
            if pipeline is None:
                pipeline = self._by_key[key] = Pipeline(policy)
            self._by_room[room_slug] = pipeline
        return pipeline

    def check(self, text: str, lang: str | None, room_slug: str, country: str | None) -> Verdict:
        try:
            verdict = self.pipeline_for(room_slug).check(
                text, lang=lang, context={"room": room_slug, "country": country}
            )
        except Exception:
            log.exception("moderation pipeline failed; holding the message")
            return Verdict(Action.HOLD, text, (), ("server:pipeline_error",))
        if "self_harm" in verdict.categories and verdict.action != Action.HOLD:
            verdict = Verdict(
                Action.HOLD, verdict.text, verdict.categories, (*verdict.reasons, "server:self_harm_always_held")
            )
        return verdict

    def redact_pii(self, text: str) -> str:
        return self._base.redact_pii(text)

    def helpline(self, country: str | None) -> dict[str, Any]:
        line = self._policy.helpline(country)
        return {"name": line.name, "number": line.number, "url": line.url}
