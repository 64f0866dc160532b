"""The moderation pipeline: an ordered fold over pure stages.

Design (Synapse spam-checker style): every stage has the same signature
``Stage = Callable[[Prepared, Verdict], Verdict]`` and may only escalate the
verdict it receives.  The pipeline prepares the text once, folds the stages
and fails closed: a stage that raises turns the verdict into ``hold`` with
reason ``stage:<name>:error``; it can never result in ``allow``.  The only
deliberate de-escalation is after the fold: a message carrying ``self_harm``
is held, never blocked, so a human sees the disclosure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from .normalise import Prepared, prepare
from .policy import Policy
from .verdict import Action, Verdict

log = logging.getLogger(__name__)

Stage = Callable[[Prepared, Verdict], Verdict]


def _stage_name(stage: Stage) -> str:
    name = getattr(stage, "name", None) or getattr(stage, "__name__", None)
    return str(name or type(stage).__name__)


class Pipeline:
    """Build matchers once from a policy, then `check` messages."""

    def __init__(self, policy: Policy | None = None, stages: list[Stage] | None = None) -> None:
        self.policy = policy or Policy.default()
        if stages is None:
            from .stages import build_stages

            stages = build_stages(self.policy)
        self.stages: list[Stage] = list(stages)
        self._room_pipelines: dict[str, Pipeline] = {}
        self._redactor: Callable[[str], str] | None = None

    # ------------------------------------------------------------------
    def check(
        self, text: str, lang: str | None = None, context: Mapping[str, Any] | None = None
    ) -> Verdict:
        """Moderate one message.  Never raises for a stage failure."""
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        room = context.get("room") if context else None
        if room is not None and self.policy.room != room and room in self.policy.rooms:
            return self._for_room(str(room)).check(text, lang, context)
        prep = prepare(text, lang, context)
        verdict = Verdict.initial(text)
        for stage in self.stages:
            try:
                result = stage(prep, verdict)
                if not isinstance(result, Verdict):
                    raise TypeError(f"stage returned {type(result).__name__}, not Verdict")
            except Exception as exc:
                name = _stage_name(stage)
                # The traceback may quote message text, so it is only logged at DEBUG.
                log.warning("moderation stage %s failed (%s); holding message", name,
                            type(exc).__name__)
                log.debug("moderation stage %s traceback", name, exc_info=True)
                verdict = verdict.escalate(Action.HOLD, (), (f"stage:{name}:error",))
                continue
            # A stage may only escalate: re-combine to enforce monotonicity.
            if result is not verdict:
                verdict = verdict.combine(result)
        if verdict.action is Action.BLOCK and "self_harm" in verdict.categories:
            # The one deliberate de-escalation: a self-harm disclosure must reach a
            # human (and a helpline prompt), so it is held, never silently blocked.
            verdict = replace(verdict, action=Action.HOLD,
                              reasons=(*verdict.reasons, "policy:self_harm_never_blocked"))
        if log.isEnabledFor(logging.DEBUG):
            log.debug("moderation verdict %s reasons=%s", verdict.action.value, verdict.reasons)
        return verdict

    def redact_pii(self, text: str) -> str:
        """Only the PII redaction (used again at export time on approved text)."""
        from .pii import PiiRedactor

        if self._redactor is None:
            self._redactor = PiiRedactor(self.policy).redact_text
        return self._redactor(text)

    def _for_room(self, room: str) -> Pipeline:
        pipe = self._room_pipelines.get(room)
        if pipe is None:
            pipe = Pipeline(self.policy.for_room(room))
            self._room_pipelines[room] = pipe
        return pipe
