"""First-person disclosures in Arabizi (Arabic in Latin letters), spelling
breadth (session 14): slot module, filled by the rules of that round."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
