"""Word-start alternations the regex engine can search quickly.

Why: a rule alternative such as ``\\b(?:(?:add|message|text) me (?:on|at)|
(?:lets|let us) (?:talk|chat) ...)`` has no literal for `re` to search for,
so the engine tries the whole alternation at every position of the message
(about 8 µs per part over a 190-character message; `grooming_covert.pair`
runs two such parts for every message that has its two gate words).  When
the alternatives are too many for `rules._alternatives` to split into parts
of their own, `word_heads` rewrites ``\\b(?:src)`` as

    (?:a(?<!\\w.)(?:dd me (?:on|at)|...)|l(?<!\\w.)(?:ets (?:talk|chat)|...)|...)

- every alternative's leading groups expanded (``(?:a|b)x`` -> ``ax|bx``,
  ``(?:a)?x`` -> ``ax|x``, in the same order: the same matches, tried in
  the same order), then grouped by their first letter, keeping their order
  within the letter.  At one position only the alternatives that start with
  its letter can match, so the first that matches is the same one.  The
  engine now scans for the set of first letters in C and tries one group at
  each letter; ``(?<!\\w.)`` (the letter just read is not preceded by a word
  character) is the ``\\b`` before it.  Matches and spans are unchanged
  (tests/moderation/test_rule_heads.py compares them).  Anything the rewrite
  cannot prove the same for (a head that is not a plain word character, a
  quantified first character) returns ``\\b(?:src)`` unchanged.

`with_texts` gives a rule a "one of these texts" test that the pattern
analysis (`rule_texts.py`) cannot find itself, such as the words of the
second half of a `pair`, which sits in a look-ahead: a message with none of
them is skipped before any of the rule's alternatives is looked at.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import product

from .normalise import fold_pattern
from .packs.zh import _S2T
from .rules import Rule, _expand_head, _split_top

_WORD = re.compile(r"\w")
# "\b" before a word character just read: the character before it is no word character
_AFTER_START = r"(?<!\w.)"
# leading groups are expanded at most this deep, and into at most this many alternatives
_DEPTH = 6
_MAX_ALTS = 400


def _literal_heads(alt: str, depth: int) -> list[str] | None:
    """`alt` as alternatives (same order) that each start with a word
    character that is no quantifier's operand; None if that is not reached."""
    if alt.startswith("\\b"):
        # redundant after the word start the rewrite checks (only before a word character)
        alt = alt[2:]
    if alt and _WORD.fullmatch(alt[0]) and alt[1:2] not in ("?", "*", "+", "{"):
        return [alt]
    if depth == 0 or not alt.startswith("(?:"):
        return None
    expanded = _expand_head(alt, 1)
    if expanded == [alt]:
        return None
    out: list[str] = []
    for part in expanded:
        got = _literal_heads(part, depth - 1)
        if got is None:
            return None
        out.extend(got)
    return out


def word_heads(src: str) -> str:
    """``\\b(?:src)``, searched from its first letters (see the module doc)."""
    alts: list[str] = []
    for top in _split_top(src):
        got = _literal_heads(top, _DEPTH)
        if got is None or len(alts) + len(got) > _MAX_ALTS:
            return rf"\b(?:{src})"
        alts.extend(got)
    groups: dict[str, list[str]] = {}
    for alt in alts:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(
        first + _AFTER_START + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()
    ) + ")"


def with_texts(r: Rule, texts: tuple[str, ...]) -> Rule:
    """`r` with `texts`, one of which every match of it leaves in the message
    (the caller's promise; `RuleSet.scan` tests them once, before any of the
    rule's alternatives, and skips the rule when none is there)."""
    return dataclasses.replace(r, texts=texts)


def with_stems(r: Rule, texts: str) -> Rule:
    """`with_texts` from one "|"-separated string of the stems a rule module
    writes (folded like its patterns); `r` unchanged when there are none."""
    return with_texts(r, tuple(fold_pattern(texts).split("|"))) if texts else r


def zh_spellings(words: str) -> tuple[str, ...]:
    """`words` (simplified) in every spelling a `packs.zh.zrule` pattern
    written with them matches: each character with its traditional forms."""
    return tuple("".join(spelling) for word in words.split()
                 for spelling in product(*(c + _S2T.get(c, "") for c in word)))
