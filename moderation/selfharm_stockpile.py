"""Slot for a session-12 rule class (filled by its own change)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
