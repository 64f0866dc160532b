"""Fear of one's marks or blades being seen or found (session 14): slot
module, filled by the rules of that round."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
