"""The server's door to the ``moderation`` package.

The pipeline applies per-room policy itself (from ``context["room"]``, the room's
slug). This module guarantees the two rules the server owns whatever the pipeline
does: a pipeline failure holds the message, and a self-harm disclosure is always
held for a human, never silently blocked.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Collection
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from moderation import Action, Pipeline, Policy, Verdict

log = logging.getLogger(__name__)

SAFEGUARDING = ("self_harm", "grooming")


class RecentWindow:
    """Each sender's last few messages in a room, kept in memory only and only
    for `window`, so the pipeline can see harm split over several messages
    (moderation.conversation).  Nothing here is persisted or logged."""

    def __init__(self, size: int = 3, window: timedelta = timedelta(minutes=2), max_senders: int = 20_000) -> None:
        self._size = size
        self._window = window
        self._max_senders = max_senders
        self._recent: dict[tuple[str, int], deque[tuple[datetime, str]]] = {}
        self._lock = threading.Lock()  # moderation may run in the database writer thread

    def take(self, key: tuple[str, int], text: str, now: datetime) -> list[str]:
        """Return the sender's recent texts (oldest first), then remember `text`."""
        with self._lock:
            q = self._recent.get(key)
            if q is None:
                if len(self._recent) >= self._max_senders:
                    self._prune(now)
                q = self._recent[key] = deque(maxlen=self._size)
            while q and now - q[0][0] > self._window:
                q.popleft()
            earlier = [t for _, t in q]
            q.append((now, text))
            return earlier

    def _prune(self, now: datetime) -> None:
        stale = [k for k, q in self._recent.items() if not q or now - q[-1][0] > self._window]
        for k in stale:
            del self._recent[k]
        if len(self._recent) >= self._max_senders:  # all active: forget the oldest half
            oldest = sorted(self._recent, key=lambda k: self._recent[k][-1][0])
            for k in oldest[: len(oldest) // 2]:
                del self._recent[k]

    def __len__(self) -> int:
        return len(self._recent)


class SafetyGateway:
    def __init__(self, policy: Policy, pipeline: Pipeline | None = None) -> None:
        self._policy = policy
        self._base = pipeline or Pipeline(policy)
        self._recent = RecentWindow()

    @classmethod
    def from_file(cls, path: str) -> SafetyGateway:
        return cls(Policy.load(Path(path)) if path else Policy.default())

    @property
    def base(self) -> Pipeline:
        return self._base

    def check(
        self,
        text: str,
        lang: str | None,
        room_slug: str,
        country: str | None,
        sender: int | None = None,
        now: datetime | None = None,
        mentions: Collection[str] = (),
    ) -> Verdict:
        """`mentions`: how the room's pseudonyms may be @mentioned
        (pseudonyms.mention_forms); those are shown, not redacted as handles."""
        context: dict[str, Any] = {"room": room_slug, "country": country}
        if mentions:
            context["mentions"] = mentions
        if sender is not None and now is not None:
            context["recent"] = self._recent.take((room_slug, sender), text, now)
        try:
            verdict = self._base.check(text, lang=lang, context=context)
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
