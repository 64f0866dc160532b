"""Per-participant flood control: a sliding-window rate limit, slow mode and repeats.

Kept in memory: a participant's socket lives in one process, and a restart
forgetting a few seconds of history is harmless. ``admit`` checks and records in
one synchronous step, so two messages racing in from the same child cannot both
slip past the limit.
"""

from __future__ import annotations

import math
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from consult_server.clock import Clock
from consult_server.errors import ConsultError, ErrorCode


@dataclass
class _History:
    times: deque[datetime] = field(default_factory=deque)
    last: datetime | None = None
    recent: dict[str, datetime] = field(default_factory=dict)


def _fingerprint(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def _retry(seconds: float) -> int:
    return max(1, math.ceil(seconds))


class FloodControl:
    def __init__(self, clock: Clock, count: int, window_seconds: float, duplicate_seconds: int) -> None:
        self._clock = clock
        self._count = count
        self._window = window_seconds
        self._duplicate = duplicate_seconds
        self._history: dict[int, _History] = {}

    def admit(self, participant_id: int, text: str, slow_mode_seconds: int) -> None:
        now = self._clock.now()
        history = self._history.setdefault(participant_id, _History())
        times = history.times
        while times and (now - times[0]).total_seconds() >= self._window:
            times.popleft()
        if slow_mode_seconds and history.last is not None:
            since = (now - history.last).total_seconds()
            if since < slow_mode_seconds:
                wait = _retry(slow_mode_seconds - since)
                raise ConsultError(ErrorCode.SLOW_MODE, f"Slow mode is on: wait {wait} seconds.", retry_after=wait)
        if len(times) >= self._count:
            wait = _retry(self._window - (now - times[0]).total_seconds())
            raise ConsultError(
                ErrorCode.RATE_LIMITED, f"You are sending messages too fast: wait {wait} seconds.", retry_after=wait
            )
        key = _fingerprint(text)
        history.recent = {k: t for k, t in history.recent.items() if (now - t).total_seconds() < self._duplicate}
        if key in history.recent:
            wait = _retry(self._duplicate - (now - history.recent[key]).total_seconds())
            raise ConsultError(ErrorCode.DUPLICATE_MESSAGE, "You just sent the same message.", retry_after=wait)
        times.append(now)
        history.last = now
        if self._duplicate:
            history.recent[key] = now

    def forget(self, participant_id: int) -> None:
        self._history.pop(participant_id, None)
