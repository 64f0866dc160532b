"""Friendly banter the other banter frames miss: "shut up" said with love,
and a fond superlative.

Why: `frames_banter.py` excuses a mild name for the reader ("ur so dumb 😂")
on the `bullying:insult` rule, but the same message also matches the
`bullying:exclusion` rule's "shut up you / loser / idiot", which only a
game frame reads (`frames_games.py`, "shut up you were afk").  So "omg shut
up 😂😂 ur so dumb i love this", "shut up you idiot lol love you", "shut up
loser ily" were held although the insult itself was excused.  And a
superlative or "weird" is not one of banter's mild names: "ur literally the
dumbest person i know 😂 ily", "omg stop ur so weird lmao ilysm".

What makes them banter here is stricter than `frames_banter.py`, because
"shut up" silences the reader and a superlative ranks them:

* **affection** for the reader ("love you", "ily", "bestie", "my fav", ❤,
  `frames_banter._affection`), or delight ("i love this") next to laughter;
  laughter alone is not enough ("shut up you idiot lol" stays held);
* for "shut up", the match is only "shut up / stfu / shut it" with "you",
  "loser" or "idiot" (not "freak", "nobody", "no one");
* for a superlative or "weird", the match is said to the reader and not
  scoped to a group ("the dumbest person in this class" ranks the reader
  before the others);
* nothing severe anywhere (`frames_banter._severe`: body words, "nobody
  likes you", "kys" ...), and no harsher word or call to leave: freak,
  creep, psycho, "ignore her", "without you", "go away", "kick", "hate",
  or a sarcastic "love how / the way" ("love how ugly you are" is a
  put-down: `harm_sarcasm.py`).

Praise straight after "shut up / stfu you" is the same banter without a
name at all: "shut up u legend 😂 that was the best goal ive ever seen",
"stfu you genius", "shut up you absolute icon".  There the praise word
(legend, genius, goat, king, queen, icon, hero, beast ...) right after the
match is enough, with nothing severe or harsh in the message, no "not"
before the praise and no eye roll (🙄: "shut up you genius 🙄" is
sarcasm).  "stfu" itself stays held as listed profanity (the lexicon has
no frames).  Other languages' "cállate crack", "halt die Klappe du
Legende" were never held: their shut-up rules need an insult.

Used by `frames_context.context_frame` for `bullying:exclusion` (after the
game frame) and `bullying:insult` (after `frames_banter.banter_frame`).
"""

from __future__ import annotations

from . import fastre
from .frames_banter import _affection, _laughs, _severe

# the exclusion match must be only this
_SHUT_UP = fastre.compile(r"(?:shut up|shut it|stfu)(?: (?:you|loser|idiot))?")
# delight at the reader ("i love this"), with laughter
_DELIGHT = fastre.compile(r"\bi (?:love|luv) (?:this|it|that|u|you)\b")
# fond superlatives and "weird", looked for inside the insult match
_FOND = fastre.compile(
    r"\b(?:dumbest|stupidest|silliest|goofiest|weirdest|biggest (?:idiot|dork|nerd|clown|goof|"
    r"dummy|loser|weirdo)|weird|weirdo)\b"
)
# the insult is about someone else or a taunt
_NOT_TO_READER = fastre.compile(r"(?:this|that|look|what|imagine|he|she|they)\b")
# harsher than banter, or a call to leave, anywhere in the message
_HARSH = fastre.compile(
    r"\b(?:freaks?|creeps?|creepy|psycho|rat|snake|trash|garbage|ignore|ignoring|without you|"
    r"go away|get lost|leave|kick|block|hate|hates|hated|love how|love the way|loving how|"
    r"shut up (?:forever|for good|permanently)|(?:anyone|anybody) (?:cares|asked)|no friends)\b"
)
# a superlative scoped to a group
_SCOPE = fastre.compile(
    r"\b(?:in (?:this|the|our|my|ur|your) (?:class|chat|group|gc|school|year|grade|server|team|"
    r"family|world)|in here|here|in school|at school)\b"
)


# praise right after "shut up you": "shut up u legend", "stfu you absolute genius"
_PRAISE_AFTER = fastre.compile(
    r"(?:r | (?:are |r |you are )?)(?:an? |such an? |so )?(?:absolute |actual |literal |total |utter |true |"
    r"little |lil |beautiful |magnificent |mad |crazy |certified |living )?(?:legends?|legendary|"
    r"genius(?:es)?|goats?|kings?|queens?|icons?|iconic|heroe?s?|beasts?|champs?|champions?|"
    r"superstars?|stars?|angels?|gems?|mvps?|wizards?|masterminds?|geniuses|madlad|mad lad|"
    r"sweethearts?|cuties?)\b"
)
_EYE_ROLL = "\U0001f644"


def _fond(text: str, norm: str) -> bool:
    """Affection for the reader, or delight next to laughter."""
    if _affection(text, norm):
        return True
    return _DELIGHT.search(text) is not None and _laughs(text, norm)


def shut_up_banter_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'banter' when the exclusion match is a bare "shut up (you)" in a
    message that shows affection and nothing harsher (module doc)."""
    if _SHUT_UP.fullmatch(text, start, end) is None:
        return None
    if not _fond(text, norm) and (
        _PRAISE_AFTER.match(text, end) is None or _EYE_ROLL in norm
    ):
        return None
    if _severe(text) or _HARSH.search(text) is not None:
        return None
    return "banter"


def fond_insult_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'banter' when the insult is a superlative or "weird" for the reader,
    said with affection and not ranked against a group (module doc)."""
    span = text[start:end]
    if _FOND.search(span) is None or _NOT_TO_READER.match(span) is not None:
        return None
    if not _affection(text, norm) or _severe(text) or _HARSH.search(text) or _SCOPE.search(text):
        return None
    return "banter"
