"""Slot for a rule class written in session 13 (filled by its branch)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
