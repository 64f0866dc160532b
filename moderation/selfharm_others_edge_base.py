"""The shape of the rules of `selfharm_others_edge.py` (someone else at an
edge or locked in, now), shared by its 13 languages: a person, then an edge
and a jump, or being locked in and blood, a blade or a silence, under the
guards of the language read over the whole message."""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule
from .selfharm_others_now_base import _Q

_NAME = "self_harm:others_acute"


def _edge(who: str, guard: str, edge: str, jump: str, locked: str, harm: str, edge_guard: str,
          locked_guard: str, b: str = r"\b", end: str = r"\b", stop: str = r"\b", pre: str = "",
          spaced: bool = True) -> str:
    """Two look-aheads from the message start, one per pair: the person, then
    within about 20 words `edge` and `jump` (or `locked` and `harm`) in either
    order within about 28 words, and no `guard` nor the pair's everyday guard
    anywhere in the message.  `b`: the boundary before a part ("(?<!\\S)" for
    scripts whose vowel signs are not word characters, "" for Chinese), `end`
    the one after the person, `stop` the one after a guard word, `pre` an
    optional clitic before a part (Arabic "و", "ف")."""
    if spaced:
        any_, gap, far = ".", r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?"
    else:
        any_, gap, far = r"[\s\S]", ".{0,60}?", ".{0,80}?"

    def pair(one: str, other: str) -> str:
        return (rf"(?:{gap}{_Q}{b}{pre}(?:{one}){far}{_Q}{b}{pre}(?:{other})"
                rf"|{gap}{_Q}{b}{pre}(?:{other}){far}{_Q}{b}{pre}(?:{one}))")

    def alt(body: str, everyday: str) -> str:
        return (rf"^(?={any_}*?{b}(?:{who}){end}{body})"
                rf"(?!{any_}*?{b}(?:{guard}|{everyday}){stop})")

    return alt(pair(edge, jump), edge_guard) + "|" + alt(pair(locked, harm), locked_guard)


def silence(noans: str, quiet: str, spaced: bool = True) -> str:
    """No answer and no sound, in either order within a few words: "не
    открывает и ... ни звука", "not answering, it's dead silent"."""
    gap = r" (?:\S+ ){0,8}?" if spaced else ".{0,16}?"
    return rf"(?:{noans}){gap}(?:{quiet})|(?:{quiet}){gap}(?:{noans})"


def edge_rule(triggers: str, stems: str, pattern: str) -> Rule:
    """One language's rule: the name of the class, the generic frame only (the
    match is empty, so in effect none), gated by `stems` ("|"-separated)."""
    return with_stems(rule(_NAME, "self_harm", triggers, pattern, framed="generic"), stems)
