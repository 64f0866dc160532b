"""Veiled first-person disclosures (placeholder docstring)."""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_asia import RULES as _ASIA
from .selfharm_veiled_eu import RULES as _EU
from .selfharm_veiled_langs import RULES as _LANGS
from .selfharm_veiled_west import RULES as _WEST

RULES: list[Rule] = [*_EU, *_WEST, *_LANGS, *_ASIA]
