"""Arabic (MSA and Gulf, Egyptian, Levantine dialects; Arabizi chat form) phrase rules.

Why a pack: children write Arabic in several dialects and in Arabizi
(Latin letters with digits for sounds Latin lacks: 3=ع, 7=ح, 5=خ, 2=ء/ق,
9=ص/ق, 6=ط, 8=غ).  The family modules hold a few MSA rules; this module adds
the dialect and Arabizi phrase families in one reviewable place.

Patterns are matched against the phrase form of a message (casefolded,
diacritics and harakat removed, Arabic letters folded أإآ→ا ى→ي ة→ه ؤ→و
ئ→ي; `rule` folds the pattern source the same way, so patterns may be
written with the usual spelling).

Arabizi in the phrase form: the leet step of normalise.make_plain rewrites a
*whole word* made of letters and the digits 0/1/3/4/5/7 ("3ayez" ->
"eayez", "7ayati" -> "tayati", "5alas" -> "salas") but leaves words that
hold any other digit untouched ("2alby", "el7a2ni", "9a7bi"), and a
standalone "ya" is expanded to "you".  Arabizi patterns are therefore
written once with the digits and passed through `az`, which turns each
digit into every letter it can reach the phrase form as (the leet letter
and the usual Latin spelling: 7 -> [7th], 5 -> 5|s|kh, 3 -> optional
[3ea]...).  Triggers are tokens, and a message's token set holds both the
raw digit form and the leet form, so triggers keep the digits.
"""

from __future__ import annotations

from ._script import az, az_triggers
from .frames import FRAMES
from .grooming import GROOMING
from .grooming_dialects import GROOMING as _DIALECTS
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

# dialect spellings of the photo, secrecy and gift rules (grooming_dialects.py)
GROOMING = GROOMING + _DIALECTS

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM", "az", "az_triggers"]
