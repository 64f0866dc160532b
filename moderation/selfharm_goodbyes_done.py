"""Slot for session 11's goodbyes_done rules (filled in by its own commit)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
