"""Turkish phrase rules.

Why a pack: Turkish is agglutinative - person, tense and case are suffixes
("istemiyorum" I don't want, "istemiyor" she doesn't want; "whatsapp'tan"
from WhatsApp) - so a rule names whole inflected forms rather than an
English-style word sequence, and the first person is visible in the verb:
"kendimi kesiyorum" (I cut myself) is a disclosure, "arkadaşım kendini
kesiyor" (my friend cuts herself) is talk about someone else and does not
match.  Children type without the Turkish letters and with spoken endings:
"yasamak istemiyom", "olcem", "kimseye soleme", "kac yasindasin".

Patterns are matched against the phrase form ``Prepared.plain``: casefolded
with diacritics stripped and the dotless ı folded to i (ş->s, ğ->g, ç->c,
ö->o, ü->u), apostrophes kept ("snap'ten"), so they are written in that
folded form.  Triggers are whole tokens (apostrophes dropped:
"whatsapptan"), so rules are triggered by their verbs.

Conventions follow the family modules: first-person disclosures are
``framed="generic"``; grooming, insults, threats and sexual requests are
directed forms excused by the discussion/report frames (``FRAMES``);
incitement aimed at someone else ("git öl", "geber") is bullying +
self_harm.
"""

from __future__ import annotations

from .frames import FRAMES
from .grooming import GROOMING
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM"]
