"""(Session 15 slot: filled by the class of the same name.)"""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
