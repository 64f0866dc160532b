"""Language packs: phrase rules and discussion frames for one language each.

Why packs: the family modules (selfharm, grooming, harm, spam) hold the
rules shared by the Latin-script languages; Arabic, Chinese, Hindi and
Russian are written differently enough (scripts, dialects, romanised chat
forms such as Arabizi, Hinglish, pinyin and translit) that each is easier
to review, extend and test as one module.  Every pack exports the same
lists, and the stages simply append them to the family rule sets, so a
pack rule behaves exactly like a family rule (trigger-gated, framed, held).
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from ..rules import Rule
from . import ar, hi, id, pl, ru, tr, zh

PACKS: tuple[ModuleType, ...] = (ar, zh, hi, ru, tr, pl, id)

FAMILIES = ("SELF_HARM", "GROOMING", "HARM", "SPAM")


def rules(family: str) -> list[Rule]:
    """All pack rules of one family ("SELF_HARM", "GROOMING", "HARM", "SPAM")."""
    if family not in FAMILIES:
        raise ValueError(f"unknown rule family {family!r}")
    out: list[Rule] = []
    for pack in PACKS:
        # tagged with the pack, so its romanised frames apply to its own rules
        out.extend(replace(r, pack=_name(pack)) for r in getattr(pack, family))
    return out


def named_frames() -> list[tuple[str, str]]:
    """(pack name, frame regex source) for every pack frame."""
    return [(_name(pack), src) for pack in PACKS for src in pack.FRAMES]


def _name(pack: ModuleType) -> str:
    return pack.__name__.rsplit(".", 1)[-1]
