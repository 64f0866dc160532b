"""What every match of a rule alternative contains: exact tests that are
cheaper than the regex and run before it (see `rules.py`).

Why: a message makes a few dozen rules candidates through their trigger
words, and most of their alternatives cannot match it.  Three tests, all
derived from the parsed pattern once (and kept in the pattern cache with
the compiled code), skip them without losing a match:

* texts every match contains (`in` tests per alternative);
* for an alternative that starts with a group or a lookbehind, an
  alternation of texts one of which every match contains: the regex engine
  has no literal to search for there and tries the pattern at every
  position of the message;
* words one of which is a whole word of the message whenever the
  alternative matches: a rule none of whose words the message has is
  dropped from the candidates before any of its alternatives is looked at
  (`RuleSet.candidates`, with `plain_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any

from .compiled import Analysis
from .normalise import Prepared

# Devanagari vowel signs are not \w in `re` but are literal text all the same
_LITERAL_HEAD = re.compile(r"[\w' \u0900-\u097f]+")


def _literal_prefix(alt: str) -> str:
    """Leading literal text of a pattern (safe: stops at the first metachar; a
    trailing char that a quantifier could make optional is dropped)."""
    m = _LITERAL_HEAD.match(alt)
    if m is None:
        return ""
    lit = m.group(0)
    if alt[m.end() : m.end() + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    return lit


def required_texts(alt: str, parsed: Any = None, boundary: bool = False) -> Analysis:
    """What every match of `alt` contains, for tests cheaper than the regex
    (all exact: no match is lost):

    * the two longest literal runs ("i (?:just )?(?:want|need) to be gone"
      -> " to be gone", "i "): `in` tests skip most regex searches;
    * for an alternative that starts with a group or a lookbehind, the most
      selective alternation ("(?:next time|if you ever) you (?:say|do)" ->
      "next time you say", "if you ever you do", ...): the regex engine has
      no literal to search for there and tries the pattern at every position
      of the message (elsewhere its own prefix search is the cheaper test);
    * words of which one is a whole word of the message (`_words`).

    `boundary`: a word boundary precedes every match (checked outside the
    regex)."""
    parsed = parsed if parsed is not None else _parser.parse(alt)
    if parsed.state.flags & _c.SRE_FLAG_IGNORECASE:
        return (), (), ()
    runs: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if len(cur) >= 2:
            runs.append("".join(cur))
        cur.clear()

    def walk(items: Iterable[tuple[Any, Any]]) -> None:
        for op, av in items:
            if op is _c.LITERAL:
                cur.append(chr(av))
            elif op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
                continue  # zero-width: the run goes on
            elif op is _c.SUBPATTERN and not av[1] and not av[2]:
                walk(av[-1])  # a plain group: its text is part of the run
            else:
                flush()
                if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
                    walk(av[2])  # present at least once
                    flush()

    walk(parsed)
    flush()
    literal = _literal_prefix(alt)
    if len(literal) >= 2:
        runs.append(literal)
    texts = tuple(sorted(set(runs), key=len, reverse=True)[:2])
    any_of: tuple[str, ...] = ()
    if not _literal_prefix_of(parsed):
        some = _any_of(list(parsed))
        # left out when a run implies it
        if some is not None and not any(t in run for t in some for run in runs):
            any_of = some
    return texts, any_of, _words(list(parsed), boundary)


def _literal_prefix_of(parsed: Any) -> str:
    """The literal prefix the regex engine searches for (as `re` computes it;
    "" when this interpreter's `re` has no such helper: the alternation test
    is then added everywhere, which is only slower)."""
    get = getattr(_compiler, "_get_literal_prefix", None)
    if get is None:
        return ""
    try:
        prefix = get(parsed, 0)[0]
    except Exception:  # a private helper whose shape changed: as above
        return ""
    return "".join(map(chr, prefix)) if prefix else ""


# Words of no use as a gate: in most messages (only chooses among exact gates)
_COMMON = frozenset(
    "i you me my your we us our it is are be am do not no to a an the and or of in on at for "
    "so that this what how if with can just".split()
)


def _word_cost(words: Iterable[str]) -> float:
    return sum(1.0 if w in _COMMON else 0.5 ** len(w) for w in words)


def _whole_words(texts: set[str], at_start: bool) -> tuple[str, ...] | None:
    """One whole word from each of `texts` (None if one has none).  In the
    phrase form words are separated by single spaces, so a piece of a text
    with a space on both sides is a whole word of the message; with
    `at_start` (the texts begin every match and a word boundary precedes
    it) the first piece is a word too, or the end of one after an
    apostrophe or another non-word character (see `plain_words`)."""
    out: set[str] = set()
    for text in texts:
        pieces = text.split(" ")
        whole = [p for p in (pieces[:-1] if at_start else pieces[1:-1]) if p]
        if not whole:
            return None
        out.add(min(whole, key=lambda w: _word_cost((w,))))
    return tuple(sorted(out))


def _words(items: list[tuple[Any, Any]], boundary: bool) -> tuple[str, ...]:
    """Words of which at least one is a whole word of the message whenever
    the parsed sequence matches (empty: none found).  Exact, so a rule none
    of whose words is in the message is never tried (`RuleSet.candidates`)."""
    found: list[tuple[str, ...]] = []
    run: set[str] = {""}
    at_start = boundary

    def emit(texts: set[str], lead: bool) -> None:
        if texts != {""}:
            words = _whole_words(texts, lead)
            if words:
                found.append(words)

    for item in items:
        op, av = item
        fin = _finite([item])
        if fin is not None and len(run) * len(fin) <= 2 * _MAX_TEXTS:
            run = {a + b for a in run for b in fin}
            continue
        emit(run, at_start)
        at_start = False
        if fin is not None:
            run = fin
            continue
        run = {""}
        inner: tuple[str, ...] = ()
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            inner = _words(list(av[-1]), False)
        elif op is _c.BRANCH:
            subs = [_words(list(b), False) for b in av[1]]
            if all(subs):
                inner = tuple(sorted({w for sub in subs for w in sub}))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            inner = _words(list(av[2]), False)
        elif op is _c.ASSERT:  # a lookaround's text is in the message too
            inner = _words(list(av[1]), False)
        if inner:
            found.append(inner)
    emit(run, at_start)
    return min(found, key=_word_cost) if found else ()


def cannot_match(required: list[tuple[Any, ...]] | None, text: str) -> bool:
    """True when `text` fails the tests of every alternative (`required`: what
    their matches contain, see `rules.Deferred.required`; None: not known), so
    the rule cannot match it: `RuleSet.scan` then leaves a rule that is not
    loaded yet unloaded (loading a large rule costs more than its tests)."""
    if required is None:
        return False
    for texts, any_of, _ in required:
        if texts and (texts[0] not in text or (len(texts) > 1 and texts[1] not in text)):
            continue
        if any_of and not any(map(text.__contains__, any_of)):
            continue
        return False
    return True


def plain_words(prep: Prepared) -> frozenset[str]:
    """The words of ``prep.plain`` and, for a word holding a non-word
    character (an apostrophe, a combining mark), its ends after each one:
    where a match that a word boundary precedes can start a word."""
    words: frozenset[str] | None = prep.extra.get("plain_words")
    if words is None:
        plain = prep.plain
        tokens = plain.split()
        # most phrase forms are letters, digits and spaces: one test in C instead of two per word
        odd = [] if plain.replace(" ", "").isalnum() else [
            t for t in tokens if not t.isalnum() and not t.replace("_", "").isalnum()]
        if odd:
            ends = {t[i + 1 :] for t in odd for i, c in enumerate(t) if not (c.isalnum() or c == "_")}
            words = frozenset(tokens).union(ends)
        else:
            words = frozenset(tokens)
        prep.extra["plain_words"] = words
    return words


# a finite alternation is expanded into its texts up to this many
_MAX_TEXTS = 24


def _score(texts: tuple[str, ...]) -> float:
    """Rough chance that one of `texts` is in a message (lower is better):
    short texts are common, and every text costs a substring test."""
    return sum(0.3 ** len(t) + 0.001 for t in texts)


def _finite(items: list[tuple[Any, Any]]) -> set[str] | None:
    """All texts a parsed sequence can match, if it is a small finite
    alternation of literals (zero-width assertions match the empty text)."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            alts = {chr(av)}
        elif op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            sub = _finite(list(av[-1]))
            if sub is None:
                return None
            alts = sub
        elif op is _c.BRANCH:
            alts = set()
            for branch in av[1]:
                sub = _finite(list(branch))
                if sub is None:
                    return None
                alts |= sub
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            alts = {chr(a) for _, a in av}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] == 1:
            sub = _finite(list(av[2]))
            if sub is None:
                return None
            alts = sub | {""} if av[0] == 0 else sub
        else:
            return None
        if len(out) * len(alts) > _MAX_TEXTS:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _any_of(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The most selective set of texts of which every match of the parsed
    sequence contains at least one (None: no such set found)."""
    found: list[tuple[str, ...]] = []
    run: set[str] = {""}

    def emit(texts: set[str]) -> None:
        if texts and "" not in texts:
            # a text containing another in the set adds nothing to "any of"
            found.append(tuple(sorted(t for t in texts
                                      if not any(u != t and u in t for u in texts))))

    for item in items:
        op, av = item
        fin = _finite([item])
        if fin is not None and len(run) * len(fin) <= _MAX_TEXTS:
            run = {a + b for a in run for b in fin}
            continue
        emit(run)
        if fin is not None:
            run = fin
            continue
        run = {""}
        inner: tuple[str, ...] | None = None
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            inner = _any_of(list(av[-1]))
        elif op is _c.BRANCH:
            subs = [_any_of(list(b)) for b in av[1]]
            if all(s is not None for s in subs):
                joined = {t for s in subs if s is not None for t in s}
                inner = tuple(sorted(joined)) if len(joined) <= 2 * _MAX_TEXTS else None
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            inner = _any_of(list(av[2]))
        elif op is _c.ASSERT and av[0] == 1:  # a lookahead's text is in the message too
            inner = _any_of(list(av[1]))
        if inner is not None:
            emit(set(inner))
    emit(run)
    return min(found, key=_score) if found else None
