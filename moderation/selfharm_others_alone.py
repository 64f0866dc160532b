"""Placeholder for session 17's class (someone else announcing they will end
their life, and alone or locked in now); filled in by its own commit."""

from __future__ import annotations

from .rules import Rule

RULES: list[Rule] = []
