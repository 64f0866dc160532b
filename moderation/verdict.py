"""Verdict, Action and the fixed category list.

Why a separate module: every stage, the CLI and the server all speak this
vocabulary, so it must not depend on anything else in the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

CATEGORIES: tuple[str, ...] = (
    "profanity",
    "slur",
    "sexual",
    "bullying",
    "threat",
    "self_harm",
    "grooming",
    "pii",
    "link",
    "spam",
)


_CATEGORY_SET = frozenset(CATEGORIES)


class Action(StrEnum):
    """What the server does with a message, ordered by severity."""

    ALLOW = "allow"
    REDACT = "redact"
    HOLD = "hold"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.REDACT: 1, Action.HOLD: 2, Action.BLOCK: 3}


def most_severe(a: Action, b: Action) -> Action:
    return a if a.severity >= b.severity else b


def _union(a: tuple[str, ...], b: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    if not b:
        return a
    out = list(a)
    for item in b:
        if item not in out:
            out.append(item)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Immutable result of moderation.

    `text` is what may be shown (redactions applied). Combining verdicts keeps
    the most severe action and unions categories and reasons, so the order of
    stages can never make a message *less* restricted.
    """

    action: Action
    text: str
    categories: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    @classmethod
    def initial(cls, text: str) -> Verdict:
        return cls(Action.ALLOW, text, (), ())

    def escalate(
        self,
        action: Action,
        categories: tuple[str, ...] | list[str] = (),
        reasons: tuple[str, ...] | list[str] = (),
        text: str | None = None,
    ) -> Verdict:
        """Return a new verdict at least as severe as this one."""
        if categories and not _CATEGORY_SET.issuperset(categories):
            bad = [c for c in categories if c not in _CATEGORY_SET]
            raise ValueError(f"unknown category {bad[0]!r}")
        return Verdict(
            most_severe(self.action, action),
            self.text if text is None else text,
            _union(self.categories, categories),
            _union(self.reasons, reasons),
        )

    def combine(self, other: Verdict) -> Verdict:
        """Merge two verdicts; the text of `other` wins (it is the later stage)."""
        return self.escalate(other.action, other.categories, other.reasons, other.text)

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "text": self.text,
            "categories": list(self.categories),
            "reasons": list(self.reasons),
        }
