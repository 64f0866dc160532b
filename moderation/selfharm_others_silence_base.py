"""The shape of the rule of `selfharm_others_silence.py` (someone else's
broadcast goodbye and the silence after it), shared by its 13 languages.

Why a shape of its own rather than `selfharm_others_acute_base._acute`: the
goodbyes this class adds are everyday words on their own ("bye everyone",
"tschüss an alle", "再见了各位", a voice note "to all of us") and so is every
silence ("went offline", "left the group", "phone off"), so the pair is held
only where the message gives no ordinary reason *anywhere*, before the person
as well as after ("the server is shutting down so everyone in my discord
posted goodbye all"), and where the goodbye and the silence are strong enough
together:

* a **farewell** (forgive me, sorry for everything, "this is the last",
  bye forever, ending it tonight, a note saying goodbye) with any silence;
* a **goodbye to everyone** (bye everyone, adios a todos, прощайте все, a
  goodbye post or voice note, thank you for everything, love you all) with
  a **hard silence** (phone off or dead, not answering or picking up,
  blocked everyone, deleted the account, the live cut off, nobody knows
  where she is);
* a goodbye to everyone with a **soft silence** (went offline, left the
  group, left on read) only where the writer is afraid ("im scared", "what
  do i do"): "bye everyone" and going offline is how a game night ends;
* a **danger at a height or the water** (on the roof saying he will jump,
  going to the river and not coming back) with any silence.

Words that are farewells only sometimes stay out of the farewells: "not
coming back" alone (to the club, home tonight), "her last message" (the
most recent one), "this is the last time" followed by what it is the last
time of ("... i lend her money", "que le presto algo"), "ending it" with
someone (a break-up).

The pattern is anchored at the message start so the guard (`mundane`)
reads the whole message, then finds the person (`who`, as in
`selfharm_others_acute`: a relation with a possessive, someone from the
class, the group chat, the discord or the team, "she" / "he") and after it,
within about 20 words, the two parts in either order within about 28 words
of each other.  Two lookaheads at the start (a silence somewhere, a goodbye
somewhere) fail most candidate messages in two linear scans, before the
guard and the search from every person onwards (a 480-character message
with a person and a silence in every line: 2 ms without them, 0.1 ms with).
A match starts at the message start, so the help-seeking frame (the friend
named before the match) never excuses it, and the generic frame finds
nothing before it: the topic ("what should you do if a friend posts a
goodbye"), fiction and the past that is over are in `mundane`.
"""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule

# start of a word in scripts whose vowel signs are not word characters (a quote mark may
# stand before it: "'adios a todos'")
_NB = r"(?<![^\s'\"«(])"
# a quote mark before a part ("posted 'bye everyone'")
_Q = r"['\"«(]*"


def _rule(triggers: str, texts: str, pattern: str) -> Rule:
    """The rule of one spaced language: the name a training script reads
    (`self_harm:others_acute`), the generic frame only, and a gate of
    `texts` ("|"-separated stems of the silences, one of which every match
    contains)."""
    r = rule("self_harm:others_acute", "self_harm", triggers, pattern, framed="generic")
    return with_stems(r, texts)


def _silence(who: str, bye: str, to_all: str, mute: str, quiet: str, fear: str, high: str,
             mundane: str, b: str = r"\b", pre: str = "", end: str = r"\b",
             spaced: bool = True) -> str:
    """The person, then a goodbye and a silence in either order (see the
    module docstring for which pairs), with no `mundane` reason anywhere in
    the message.  `b`: the boundary before each part ("(?<!\\S)" for Arabic
    and Devanagari, "" for Chinese) and `end` the one after the person;
    `pre`: an optional clitic before each part (Arabic "و", "ف").  Spaced
    text is crossed a word at a time; unspaced (Chinese) by characters, the
    newlines of the normalised text included."""
    if spaced:
        any_, gap, far = ".", r"\S* (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?"
    else:
        any_, gap, far = r"[\s\S]", r"[\s\S]{0,60}?", r"[\s\S]{0,80}?"

    def pair(one: str, other: str) -> str:
        return (rf"{_Q}{b}{pre}(?:{one}){far}{_Q}{b}{pre}(?:{other})"
                rf"|{_Q}{b}{pre}(?:{other}){far}{_Q}{b}{pre}(?:{one})")

    silent = f"{mute}|{quiet}"
    strong = "|".join((pair(bye, silent), pair(to_all, mute), pair(high, silent)))
    # a silence and a goodbye somewhere (two linear scans that spare most messages the search
    # from every person onwards), and no reason anywhere
    head = (rf"^(?={any_}*?{_Q}{b}{pre}(?:{silent}))(?={any_}*?{_Q}{b}{pre}(?:{bye}|{to_all}|{high}))"
            rf"(?!{any_}*{b}(?:{mundane}))")
    person = rf"{any_}*?{b}(?:{who}){end}{gap}"
    return (rf"{head}{person}(?:{strong})"
            rf"|{head}(?={any_}*{b}(?:{fear})){person}(?:{pair(to_all, quiet)})")
