"""Slot for session 9's rule round (replaced by the helper who owns it)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
