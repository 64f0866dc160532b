"""Polish phrase rules.

Why a pack: Polish is inflected (gender in the past tense: pocięłam /
pociąłem, person in the verb: tnę się / tnie się) and children type without
the Polish letters ("sie", "zyc", "pocielam", "moge").  Rules use whole
first-person forms, so "znowu się pocięłam" is a disclosure and "koleżanka
się tnie" is talk about a friend (which passes, as in the other packs).

Stripping the letters merges a few forms: "chcę" (I want) and "chce"
(she wants), "zabiję" (I will kill) and "zabije" (she will kill).  Rules on
those forms are gated by ``NO_THIRD``: the sentence before them names no
third person ("ona", "przyjaciółka", "mama", "mówi że").

Patterns are matched against the phrase form ``Prepared.plain``:
casefolded, diacritics stripped and ł folded to l, . ! ? as separate
tokens; so they are written in that folded form.

Conventions follow the family modules: first-person disclosures are
``framed="generic"``; grooming, insults, threats and sexual requests are
directed forms excused by the discussion/report frames (``FRAMES``);
incitement aimed at someone else ("idź się zabij") is bullying + self_harm.
"""

from __future__ import annotations

from .frames import FRAMES
from .grooming import GROOMING
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM"]
