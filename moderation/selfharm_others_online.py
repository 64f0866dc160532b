"""Someone met online at risk now, and a rooftop reached (session 16): a slot
for the rules of this round; see the module that fills it."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
