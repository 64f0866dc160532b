"""(slot: filled by a helper in session 10)"""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
