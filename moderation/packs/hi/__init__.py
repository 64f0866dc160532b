"""Hindi (Devanagari and romanised Hinglish) phrase rules.

Why a pack of its own: Indian children write Hindi two ways, often in one
chat - Devanagari ("मुझे अब जीना नहीं है") and romanised Hinglish with
free spelling ("mujhe ab jeena nahi hai", "nhi/nahin/nai", "kr/kar",
"rha/raha", "h/hai").  Patterns therefore use generous alternations and
optional letters, and are written against the phrase form of a message
(``Prepared.plain``), which matters for Hinglish too: chat abbreviations are
expanded there ("photo"/"pic"/"selfie" -> "picture", "insta" -> "instagram",
"snapchat" -> "snap", "vc" -> "video call", "pvt" -> "private", "bc" ->
"because"), so patterns use the expanded words while triggers (matched
against the token set, which holds both forms) may use either.

Devanagari specifics:
* NFKC decomposes nukta letters (ख़ -> ख + ़), so every pattern and trigger
  goes through ``_n`` (NFKC) and a nukta written in a pattern followed by
  "?" makes only the nukta optional ("ख़?त्म" matches ख़त्म and खत्म).
* Vowel signs (matras) are combining marks, not ``\\w`` in Python's ``re``:
  ``\\b`` after a word ending in a matra does not work, so Devanagari
  alternatives end with ``_DE`` (no Devanagari letter follows) where a
  longer word could otherwise match ("मर जा" inside "मर जाऊंगा").
* The danda "।" stays attached to the word before it in the token set
  ("है।"), so ``_triggers`` adds a danda form of every Devanagari trigger.

Verdict conventions follow the family modules: self-harm disclosures are
held (framed="generic": only hypothetical/advice frames excuse them,
never a first-person sentence); incitement aimed at someone else is
bullying + self_harm; grooming, bullying, threats and sexual requests are
directed forms (framed), spam is blocked.  ``_Q`` keeps quoted examples out
("'kisi ko mat batana' jaise messages...": Hindi puts the frame *after*
the phrase, where the shared frames do not look).
"""

from __future__ import annotations

from .frames import FRAMES
from .grooming import GROOMING
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM"]
