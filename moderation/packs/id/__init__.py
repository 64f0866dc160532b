"""Indonesian phrase rules (with the Jakarta chat register: gue/lu, gak/ga/gk/
nggak, pengen/pgn, udah/udh, aja, banget/bgt).

Why a pack: Indonesian has no inflection for person, and the pronoun is
often dropped ("pengen mati aja" is the writer's own wish), so rules that
could also be about someone else ("dia pengen mati") are gated by
``NO_THIRD``: no third person ("dia", "temenku", "kakak", "katanya") named
earlier in the sentence.  Talk about a friend therefore passes, as in the
other packs, and a recovered past ("dulu ... tapi sekarang udah baik")
is excused by ``RECOVERED``.

Patterns are matched against the phrase form ``Prepared.plain``, where
English chat abbreviations are expanded - including some that are
Indonesian words too: "ya" becomes "you", "y" "why", "u" "you", "pp"
"picture", "vc" "video call", "ig" "instagram" - so patterns use the
expanded forms (``(?:ya|you)``); triggers are matched against the token set,
which keeps both.

Conventions follow the family modules: first-person disclosures are
``framed="generic"``; grooming, insults, threats and sexual requests are
directed forms excused by the discussion/report frames (``FRAMES``);
incitement aimed at someone else ("mati aja lo") is bullying + self_harm.
"""

from __future__ import annotations

from .frames import FRAMES
from .grooming import GROOMING
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM"]
