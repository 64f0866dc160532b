"""The shape of the rules of `selfharm_others_online_edge*.py` (someone the
child knows only online, at an edge now), shared by its 13 languages.

Why a shape of its own rather than `selfharm_others_edge_base._edge`: the
older shape reads the guard of each language over the whole message, and
those guards name the games ("minecraft", "roblox", "fortnite", "in the
game"), because a jump in a game is not a jump.  A person met online is
named *by* the game or the app ("a guy from my gaming server", "un mio
amico di fortnite", "someone i play roblox with"), so the older guard
excused every such report.  Here the guard is read only for what places
the jump inside a game - "in minecraft", "in-game", "the map", a respawn,
an avatar -, laughter, a past that is over, fiction, and the everyday
jumps (a pool, a trampoline, parkour, a pet); the game or app that names
the person is no guard.

The match is empty at the start of the message (a look-ahead from `^`), so
the guard reads the whole message and no frame has anything to read before
the match; the rule is named `self_harm:others_acute` like the older rounds
(a training script reads the name).
"""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule
from .selfharm_others_now_base import _Q

_NAME = "self_harm:others_acute"


def online_edge(who: str, guard: str, edge: str, jump: str, b: str = r"\b", end: str = r"\b",
                stop: str = r"\b", pre: str = "", spaced: bool = True) -> str:
    """The online person (`who`), then within about 20 words an edge and a
    jump in either order within about 28 words, and no `guard` anywhere in
    the message.  `b`, `end`, `stop`, `pre` as in
    `selfharm_others_edge_base._edge` (word starts for scripts whose vowel
    signs are not word characters, an Arabic clitic before a part)."""
    if spaced:
        any_, gap, far = ".", r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?"
    else:
        any_, gap, far = r"[\s\S]", ".{0,60}?", ".{0,80}?"
    pair = (rf"(?:{gap}{_Q}{b}{pre}(?:{edge}){far}{_Q}{b}{pre}(?:{jump})"
            rf"|{gap}{_Q}{b}{pre}(?:{jump}){far}{_Q}{b}{pre}(?:{edge}))")
    return rf"^(?={any_}*?{b}(?:{who}){end}{pair})(?!{any_}*?{b}(?:{guard}){stop})"


def online_rule(triggers: str, stems: str, pattern: str) -> Rule:
    """One language's rule: the name of the class, the generic frame only (the
    match is empty, so in effect none), gated by `stems` ("|"-separated: the
    jump words, one of which every match contains)."""
    return with_stems(rule(_NAME, "self_harm", triggers, pattern, framed="generic"), stems)
