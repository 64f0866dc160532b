"""Russian (Cyrillic and Latin transliteration) phrase rules.

Patterns are matched against the phrase form of a message (casefolded,
diacritics and harakat removed, Arabic letter variants folded); Chinese
rules (first trigger in CJK) are matched against the normalised text.
"""

from __future__ import annotations

from ..rules import Rule

SELF_HARM: list[Rule] = []
GROOMING: list[Rule] = []
HARM: list[Rule] = []  # bullying, threats, sexual requests
SPAM: list[Rule] = []
# regex sources of discussion / reporting frames, searched in the text of the
# sentence before a hit ("the teacher said if a friend ...")
FRAMES: list[str] = []
