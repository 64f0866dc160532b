"""The writer's own pictures offered with a suggestive emoji (appended to
`harm.RULES` after harm_nude_offers*.py; rule `sexual:offer`, hold).

Why: harm_nude_offers.py holds an offer whose picture has a sexual word
("who wants to see my hot pics?"), and harm.py's emoji rule holds a sexual
emoji next to a request ("wanna see my 🍆").  A bare "wanna see my pics 😏"
has neither: the words are ordinary and the emoji (smirk, devil, hot face,
drooling, tongue, kiss mark, or the aubergine/peach/drops) carries the
meaning.  Emoji are dropped from the phrase form, so the rule is matched
against the normalised text (`unspaced`, like harm.py's emoji rule), and
its one part is pre-tested for the emoji: an ASCII message never runs it.

Held: "wanna see my pics 😏", "do you want to see my pics? 😈", "want to see
my pictures 🥵", "who wants to see my vids 😏", "quieres ver mis fotos 😏",
"tu veux voir mes photos 😈", "quer ver minhas fotos 😏", "willst du meine
bilder sehen 😏", "vuoi vedere le mie foto 😏".

What passes: the same offer with no emoji or a plain one ("wanna see my pics
from the trip 😂", "wanna see my pics ❤️"), a picture *of* a thing ("wanna
see my pics of my cat 😏": " of " in the gap), "wanna see pics of my cat".
"""

from __future__ import annotations

import dataclasses
import re

from .rules import Rule, rule

# smirk, devil, hot face, drooling, tongue, kiss mark, aubergine, peach, drops
_EMOJI = ("\U0001F60F", "\U0001F608", "\U0001F975", "\U0001F924", "\U0001F445", "\U0001F48B",
          "\U0001F346", "\U0001F351", "\U0001F4A6")
_E = "[" + "".join(_EMOJI) + "]"
# up to 25 characters to the emoji, no sentence end and no picture *of* a thing
_GAP = r"(?:(?! of | de | di | von )[^.!\n]){0,25}?"
_PICS_EN = r"(?:pics|pictures|pic|picture|photos|photo|vids|videos|vid|video|snaps|selfies|content)"

_SRC = (
    r"\b(?:wanna|wana|want to|want 2|wan2|do you want to|do u want to|do u wanna|do you wanna|"
    r"u wanna|you wanna|who wants to|who wanna|anyone wanna|anyone want to|any1 wanna)"
    r" see my (?:new |latest |recent |last )?" + _PICS_EN + r"\b" + _GAP + _E + r"|"
    r"\b(?:quieres|queres|quereis|quien quiere) ver mis (?:fotos|fotitos|videos)\b" + _GAP + _E + r"|"
    r"\b(?:tu veux|veux tu|vous voulez|qui veut) voir mes (?:photos|videos|tofs)\b" + _GAP + _E + r"|"
    r"\b(?:quer|queres|voce quer|vc quer|quem quer) ver (?:as )?minhas (?:fotos|fotinhas|videos)\b"
    + _GAP + _E + r"|"
    r"\b(?:willst du|wollt ihr|wer will) meine (?:bilder|fotos|videos|pics) sehen\b" + _GAP + _E + r"|"
    r"\b(?:vuoi|volete|chi vuole) vedere le mie (?:foto|fotine|video)\b" + _GAP + _E
)


def _offer_rule() -> Rule:
    base = rule(
        "sexual:offer", "sexual",
        "see ver voir sehen vedere",
        _SRC,
        requires="pics pictures pic picture photos photo vids videos vid video snaps selfies "
                 "content fotos fotitos tofs minhas fotinhas bilder foto fotine",
    )
    # one part, pre-tested for any of the emoji (an ASCII message never runs it)
    parts = ((re.compile(_SRC), False, ((), _EMOJI, ())),)
    return dataclasses.replace(base, unspaced=True, parts=parts)


RULES: list[Rule] = [_offer_rule()]
