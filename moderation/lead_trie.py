"""Alternations regrouped by their first characters, so the regex engine
can skip through a message: `lead_trie`.

Why a module of its own: it is a rewrite of pattern source, like
`fastre.py` (which adds a first-character lookahead to a compiled pattern)
and `rules._expand_head` (which splits a rule into alternatives that start
with a literal); rule modules of several families use it (selfharm_eating,
selfharm_means, selfharm_notes).  It cannot live in `fastre.py`: it needs
`rules`'s pattern splitting, and `rules` imports the frames, which import
`fastre`.
"""

from __future__ import annotations

from .rules import _split_top, group_end

_SPECIAL = frozenset("\\()[]{}|.^$?*+")


def lead_trie(pattern: str, depth: int = 3) -> str:
    """`pattern` (an alternation, or one group of one) with every alternative
    starting with a literal character and alternatives grouped by their first
    characters ("feel so fat|felt fat|so fat" -> "(?:f(?:eel so fat|elt fat)|so
    fat)"), or `pattern` itself when an alternative cannot be given a literal
    start.  A leading group is distributed ("(?:i am|feel) fat" -> "i am
    fat|feel fat", an optional one "(?:so )?fat" -> "so fat|fat"), which keeps
    the order the engine tries them in; alternatives with different first
    characters cannot match at the same position, and those with the same one
    keep their order inside their group, so the first match is the same, span
    for span.  Why: the engine searches quickly (a table of first characters)
    only for an alternation of alternatives that start with a literal; one
    that starts with a group is tried whole at every position of the message,
    and a long flat list is walked alternative by alternative at each."""
    body = pattern[3:-1] if pattern.startswith("(?:") and group_end(pattern, 0) == len(pattern) - 1 else pattern
    alts: list[str] = []
    for alt in _split_top(body):
        expanded = lead_alternatives(alt, 400 - len(alts))
        if expanded is None:
            return pattern
        alts.extend(expanded)
    return "(?:" + _grouped(alts, depth) + ")"


def lead_alternatives(alt: str, budget: int) -> list[str] | None:
    """`alt` as at most `budget` alternatives (in the order the engine tries
    them) that each start with a literal character or "\\d", or None."""
    if alt.startswith("(?:"):
        end = group_end(alt, 0)
        heads, rest = _split_top(alt[3:end]), alt[end + 1 :]
        if rest[:1] in ("*", "+", "{") or rest[:2] in ("??", "?+"):
            return None
        parts = [h + rest[1:] for h in heads] + [rest[1:]] if rest[:1] == "?" else [h + rest for h in heads]
        out: list[str] = []
        for part in parts:
            sub = lead_alternatives(part, budget - len(out))
            if sub is None:
                return None
            out.extend(sub)
        return out if len(out) <= budget else None
    if alt[:1] and alt[0] not in _SPECIAL and alt[1:2] == "?" and alt[2:3] not in ("?", "+"):
        # an optional first character: "u?gw" -> "ugw|gw"
        with_c, without = lead_alternatives(alt[0] + alt[2:], budget), lead_alternatives(alt[2:], budget)
        if with_c is None or without is None or len(with_c) + len(without) > budget:
            return None
        return with_c + without
    if alt.startswith("\\d") or _literal_lead(alt):
        return [alt]
    return None


def _literal_lead(alt: str) -> bool:
    return bool(alt) and alt[0] not in _SPECIAL and alt[1:2] not in ("?", "*", "+", "{")


def _grouped(alts: list[str], depth: int) -> str:
    """`alts` (each starting with a literal character or a digit, "\\d")
    grouped by first character, `depth` levels deep.  A digit cannot start
    an alternative of a letter group, so those alternatives stay apart, in
    their order; a level whose alternatives do not all start so, or with a
    literal digit beside "\\d", is left as it is (grouping would change the
    order in which two alternatives that can start at the same character
    are tried)."""
    digit = [a for a in alts if a.startswith("\\d")]
    literal = [a for a in alts if not a.startswith("\\d")]
    if (
        depth == 0
        or len(alts) < 2
        or not all(map(_literal_lead, literal))
        or (digit and any(a[0].isdecimal() for a in literal))
    ):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for a in literal:
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(
        [c + rests[0] if len(rests) == 1 else f"{c}(?:{_grouped(rests, depth - 1)})"
         for c, rests in groups.items()] + digit
    )
