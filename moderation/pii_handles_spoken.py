"""Handles read aloud after a platform cue: "underscore", "dot" and "dash"
written as words ("my snap is mia p underscore 2012", "insta: lily dot rose
underscore 11", "tiktok sam dash gamer", "mi insta es lily guion bajo
rose", "mon snap c'est jade tiret du bas 77").

Why: the handle passes take one handle-shaped token ("mia_p_2012"), so the
spoken form was shown whole, or only its first word was removed ("insta:
[handle removed] dot rose underscore 11").  Here, after a platform word and
its joiners ("is", ":", "c'est", "es", ...), a chain of one or two words,
then one or more spoken separators each followed by a word or digits, is
the handle, whole; a placeholder left by another pass takes the rest of
the chain too.

What must pass: the chain needs a separator word between two name words,
and none of its words may be a function word ("my insta has a dot in it",
"on tiktok the dash cam videos"); with no joiner after the platform word,
the platform must start the clause or follow "my / on / at / me"
("i saw a tiktok about the dash cam" passes).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_handles import _JOINERS, LEAD_FIRST, platform_words, remove_handles
from .pii_handles import _WORDS as _LEAD_WORDS_RX

_SEPARATORS = (
    r"under ?score|undrscore|underscor|undescore|dot|period|dash|hyphen|"
    r"tiret du bas|tiret bas|tiret|guion bajo|guión bajo|guion|guión|barra baja|punto|ponto|"
    r"underline|trattino basso|trattino|unterstrich|bindestrich|punkt|point"
)
GATE = frozenset(
    """underscore under score undrscore underscor undescore dot period dash hyphen tiret guion
    guión punto ponto underline trattino unterstrich bindestrich punkt point""".split()
)
_SEP = r"(?:" + _SEPARATORS + r")"
_W = r"(?!" + _SEP + r"\b)[^\W_]\w*"
_CHAIN = (
    r"(?P<h>" + _W + r"(?: " + _W + r")?(?: " + _SEP + r" " + _W + r")+(?: \d+)?)(?![\w@])"
)
_LEAD = re.sub(r"([.'’])", r"\\\1", _LEAD_WORDS_RX)
_AFTER = re.compile(
    r"(?P<lead>(?:\s*" + LEAD_FIRST + r"(?:" + _LEAD + r")(?![\w'’])|\s*[:=@-])*?)\s*@?" + _CHAIN,
    re.I,
)
_SEP_RX = re.compile(r"\b" + _SEP + r"\b", re.I)
# a placeholder left by another pass, with the rest of the chain after it
_REST = re.compile(r"\[handle removed\](?: " + _SEP + r" " + _W + r")+(?: \d+)?(?![\w@])", re.I)
# words that are never part of a spoken handle
_STOP = frozenset(
    """has have had was were will would can could should do does did get got and or but the a an
    in on at to of for with from by it its it's this that these those my your ur his her our their
    is are am be been not no yes so just also too very really then than when what who how why
    where which there here about into over up down out off some any all every much more most
    less few many like literally basically um uh lol haha called named me i im i'm you u we they
    he she him them us la el le les un une de del du des que en y et o e ou""".split()
)
# words a chain may start with and lose: "my insta is like sam dot x", "il mio ig è giulia punto rossi"
_LEADING = frozenset(_JOINERS.split()) | frozenset("like literally just um uh the my".split())
_CLAUSE_BEFORE = re.compile(r"(?:^|[.,!?;:\n(]\s*|\b(?:my|ur|your|on|at|me|in|mon|mi|mio|mein)\s+)$", re.I)


def spoken_handles(
    text: str, words: AbstractSet[str], platforms: AbstractSet[str], phrase: dict[str, str],
    reasons: list[str],
) -> str:
    """Redact "mia p underscore 2012" after a platform cue."""
    if words.isdisjoint(GATE):
        return text
    low = text.lower()
    if len(low) != len(text):
        return text  # case mapping changed lengths: offsets would not line up
    spans: list[tuple[int, int]] = []
    for i, start in platform_words(low, platforms, phrase):
        m = _AFTER.match(text, start)
        if m is None or len(m.group("lead").split()) > 4:
            continue
        h = m.group("h")
        parts = h.split(" ")
        a = m.start("h")
        while parts and parts[0].lower() in _LEADING and len(parts) > 1:
            a += len(parts[0]) + 1
            parts = parts[1:]
        if not parts or _SEP_RX.match(" ".join(parts)):
            continue  # "the dash cam": nothing before the separator
        names = [p for p in _SEP_RX.sub(" ", " ".join(parts)).split() if p]
        if any(p.lower() in _STOP for p in names):
            continue
        if not m.group("lead").strip() and _CLAUSE_BEFORE.search(low, 0, i) is None:
            continue  # "i saw a tiktok about ...": no joiner, not the writer's
        spans.append((a, m.end("h")))
    return remove_handles(text, spans, reasons)


def spoken_rest(text: str, words: AbstractSet[str]) -> str:
    """"[handle removed] dot rose underscore 11" -> "[handle removed]": the
    rest of a spoken chain after a handle another pass removed."""
    if "[handle removed]" not in text or words.isdisjoint(GATE):
        return text
    return _REST.sub("[handle removed]", text)
