"""Someone else at risk now, a fourth round (session 14): slot module, filled
by the rules of that round."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
