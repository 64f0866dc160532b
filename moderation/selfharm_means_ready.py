"""Slot for session 11's means_ready rules (filled in by its own commit)."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
