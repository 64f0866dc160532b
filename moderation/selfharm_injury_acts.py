"""Slot for session 11's injury_acts rules (filled in by its own commit)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
