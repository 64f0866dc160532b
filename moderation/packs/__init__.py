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

from types import ModuleType

from ..rules import Rule
from . import ar, hi, ru, zh

PACKS: tuple[ModuleType, ...] = (ar, zh, hi, ru)

FAMILIES = ("SELF_HARM", "GROOMING", "HARM", "SPAM")


def rules(family: str) -> list[Rule]:
    """All pack rules of one family ("SELF_HARM", "GROOMING", "HARM", "SPAM")."""
    if family not in FAMILIES:
        raise ValueError(f"unknown rule family {family!r}")
    out: list[Rule] = []
    for pack in PACKS:
        out.extend(getattr(pack, family))
    return out


def frames() -> list[str]:
    """Regex sources of discussion/reporting frames from every pack."""
    out: list[str] = []
    for pack in PACKS:
        out.extend(pack.FRAMES)
    return out
