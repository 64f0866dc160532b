"""The server's door to the ``moderation`` package.

The pipeline applies per-room policy itself (from ``context["room"]``, the room's
slug). This module guarantees the two rules the server owns whatever the pipeline
does: a pipeline failure holds the message, and a self-harm disclosure is always
held for a human, never silently blocked.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from moderation import Action, Pipeline, Policy, Verdict

log = logging.getLogger(__name__)

SAFEGUARDING = ("self_harm", "grooming")


class SafetyGateway:
    def __init__(self, policy: Policy, pipeline: Pipeline | None = None) -> None:
        self._policy = policy
        self._base = pipeline or Pipeline(policy)

    @classmethod
    def from_file(cls, path: str) -> SafetyGateway:
        return cls(Policy.load(Path(path)) if path else Policy.default())

    @property
    def base(self) -> Pipeline:
        return self._base

    def check(self, text: str, lang: str | None, room_slug: str, country: str | None) -> Verdict:
        try:
            verdict = self._base.check(text, lang=lang, context={"room": room_slug, "country": country})
        except Exception as exc:
            # The exception may quote the message: its type only at ERROR, the traceback at DEBUG.
            log.error("moderation pipeline failed (%s); holding the message", type(exc).__name__)
            log.debug("moderation pipeline traceback", exc_info=True)
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
