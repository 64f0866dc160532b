"""Regexes that the engine can skip through quickly: a first-character test.

Why: Python's regex engine searches quickly only for a pattern that starts
with a literal, a character class or an alternation of literals.  Most
frame patterns start with a word boundary and a group of dozens of
alternatives ("\\b(?:now i am|i got help|ya estoy|...)"), so the engine tries
the whole alternation at every position of the message; one search over a
150-character message costs 10-60 microseconds, and a self-harm match runs
a few dozen of them through its frames.

`compile` puts a lookahead for the characters a match can start with in
front of such a pattern: "(?=[niy...])\\b(?:now i am|...)".  The engine
then rejects most positions with one set test.  The rewrite is exact: the
set is computed from the parsed pattern, and a pattern whose first
character is not a small known set (a leading \\w, ".", a negated class,
one that can match the empty string, case-insensitive flags) is compiled
unchanged, as is one the engine already searches quickly.  Matches, spans
and groups are the same (tests/moderation/test_fastre.py checks every
pattern of the frame modules against its plain compilation).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, cast

from .normalise import strip_marks

# a larger first set saves little over the alternation itself
_MAX_FIRST = 400
# a character range is spelled out only when it is small (a-z, an alphabet)
_MAX_RANGE = 128
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))

First = tuple[set[str], bool] | None  # (first characters, can match empty) or unknown


def _first_seq(items: Any) -> First:
    chars: set[str] = set()
    for op, av in items:
        got = _first_item(op, av)
        if got is None:
            return None
        chars |= got[0]
        if not got[1]:
            return chars, False
    return chars, True


# classes that are rare in chat text, kept whole in the lookahead ("[\\d\\s...]"): the
# engine tests a category as cheaply as a character (\w is in almost every position)
_CATEGORIES = {_c.CATEGORY_DIGIT: "\\d", _c.CATEGORY_SPACE: "\\s"}


def _first_in(av: Any) -> set[str] | None:
    out: set[str] = set()
    for op, val in av:
        if op is _c.LITERAL:
            out.add(chr(val))
        elif op is _c.RANGE and val[1] - val[0] <= _MAX_RANGE:
            out.update(map(chr, range(val[0], val[1] + 1)))
        elif op is _c.RANGE:  # a script's block: kept as a range, written "lo-hi"
            out.add(_escape(chr(val[0])) + "-" + _escape(chr(val[1])))
        elif op is _c.CATEGORY and val in _CATEGORIES:
            out.add(_CATEGORIES[val])
        else:  # NEGATE, \w and the negated categories, large ranges: not a small set
            return None
    return out


def _first_item(op: Any, av: Any) -> First:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        in_set = _first_in(av)
        return None if in_set is None else (in_set, False)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero-width: the next item gives the character
    if op is _c.SUBPATTERN:
        add_flags = av[1]
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            return None
        return _first_seq(av[-1])
    if op is _c.BRANCH:
        chars: set[str] = set()
        empty = False
        for seq in av[1]:
            got = _first_seq(seq)
            if got is None:
                return None
            chars |= got[0]
            empty = empty or got[1]
        return chars, empty
    if op in _REPEATS:
        got = _first_seq(av[2])
        if got is None:
            return None
        return got[0], got[1] or av[0] == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first_seq(av)
    return None  # ANY, NOT_LITERAL, CATEGORY, group references: unknown


def _engine_searches_fast(items: Any) -> bool:
    """The engine's own prefix search applies (see re._compiler._compile_info)."""
    while items:
        op, av = items[0]
        if op is _c.SUBPATTERN:
            items = av[-1]
            continue
        if op in (_c.LITERAL, _c.IN):
            return True
        if op is _c.AT:  # "^": only the start is tried; a leading "\\b" hides any prefix
            return av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
        if op in _REPEATS and len(av[2]) == 1 and av[2][0][0] in (_c.LITERAL, _c.IN):
            return True  # "[a-z]+...": the lookahead would repeat the first test
        if op is _c.BRANCH:
            return all(seq and seq[0][0] is _c.LITERAL for seq in av[1])
        return False
    return False


def _escape(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def char_class(chars: set[str]) -> str:
    """`chars` as the inside of a regex character class (a longer member is a
    category, "\\d" or "\\s", or a range "lo-hi", written as it is)."""
    return "".join(c if len(c) > 1 else _escape(c) for c in sorted(chars))


def first_chars(pattern: str, flags: int = 0, *, prefix_search: bool = True) -> set[str] | None:
    """The characters every match of `pattern` starts with (None: not a small
    known set, or the engine already searches this pattern quickly).
    `prefix_search=False`: the pattern is tried at every position by an
    enclosing loop (inside a look-ahead after ".*?"), where the engine's own
    prefix search never runs, so a literal start is no reason to skip it."""
    if flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & _c.SRE_FLAG_IGNORECASE or (
        prefix_search and _engine_searches_fast(parsed.data)
    ):
        return None
    got = _first_seq(parsed.data)
    if got is None or got[1] or not got[0] or len(got[0]) > _MAX_FIRST:
        return None
    return got[0]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, with a first-character lookahead where it is exact and
    helps, compiled the first time it is used (`LazyPattern`)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile_phrase(source: str, flags: int = 0) -> re.Pattern[str]:
    """`compile` of a pattern over the phrase form, where accents are stripped
    ("мной" reads "мнои"): the source is stripped the same way."""
    return compile(strip_marks(source), flags)


def compile_now(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled pattern, with the lookahead where it applies."""
    chars = first_chars(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    try:
        return re.compile("(?=[" + char_class(chars) + "])(?:" + pattern + ")", flags)
    except re.error:  # e.g. leading global flags "(?s)...": cannot be wrapped
        return re.compile(pattern, flags)


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled on first use.

    Why: the frame modules hold about 170 patterns, and parsing and
    compiling them (twice, with the first-character analysis) had become a
    third of a second of the pipeline's start-up (budget: 1 s).  Most only
    run when a rule matches, so each is compiled the first time a message
    needs it (a millisecond or two, once).  From then on its methods are the
    compiled pattern's own, set on the instance, so a call costs what a
    module-level pattern's does.  ``.pattern`` is the source as written."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.source_flags = flags
        self._rx: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = compile_now(self.pattern, self.source_flags)
            for name in _METHODS:
                setattr(self, name, getattr(rx, name))
        return rx

    def __getattr__(self, name: str) -> Any:
        """The first call of `search`, `match`, ... (later ones find the
        compiled method on the instance), and `.flags`, `.groups`, ..."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)
