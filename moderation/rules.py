"""Trigger-gated phrase rules shared by the grooming, self-harm, harm and
spam stages.

Why triggers: running dozens of regexes over every message is too slow for
the p99 budget.  Each rule names a few trigger words; a message's token set
is intersected with a trigger index once, so a plain message runs no phrase
regex at all.  Rules are compiled once when the pipeline is built.

Patterns are written against ``Prepared.plain`` (casefolded, diacritics
stripped, chat abbreviations expanded: "u r" -> "you are", "don't" ->
"do not") so one pattern covers many spellings.

Common words trigger many rules on a long message ("you", "me", "time"), so
candidates pass two more exact tests before their regexes run
(`rule_texts.py`): words the rule cannot match without (one bit mask per
word, like the triggers) and, per alternative, texts every match contains.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from .compiled import Part, PatternCache, default_path
from .frames import (
    confidence_frame,
    discussion_frame,
    generic_frame,
    mundane_frame,
    scam_frame,
    subject_frame,
    topic_frame,
)
from .frames_context import context_frame
from .frames_more import selfharm_more_frame
from .frames_nude_lessons import writer_exception
from .frames_others import others_ask_frame
from .frames_peer import peer_question_frame
from .frames_praise import praise_frame
from .frames_threats import game_frame, own_threat
from .normalise import Prepared, fold_pattern, fold_version, set_fold_memo
from .rule_texts import cannot_match, plain_words
from .rule_texts import required_texts as _required_texts
from .text_index import TextIndex

_MAX_PARTS = 12
# rules for something asked of the reader: after a third-person subject they
# describe what others do (see frames.subject_frame)
_REQUESTS = (":request", ":solicit", ":photo_request")
# requests whose prohibition ("never send ...") turns into a request with the writer as
# the exception ("... to anyone but me")
_EXCUSED_ASKS = (*_REQUESTS, "spam:phishing")
# threats a game named before them in the sentence excuses (frames_threats.py)
_GAME_THREATS = frozenset({"threat:weapon", "threat:violence"})

# one per process: rules are module constants, built when their module is imported
PATTERN_CACHE = PatternCache(default_path())
_FOLD_KEY = fold_version() + "\0"


def _fold_memo(src: str, compute: Callable[[], str]) -> str:
    """A folded non-ASCII rule source, kept with the compiled rules (keyed by a
    digest of the source: the file stays small)."""
    digest = hashlib.blake2b(src.encode(), digest_size=16).hexdigest()
    return cast(str, PATTERN_CACHE.memo(_FOLD_KEY + digest, compute))


set_fold_memo(_fold_memo)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # reason suffix, e.g. "grooming:secrecy"
    categories: tuple[str, ...]
    pattern: str  # the folded regex source (its compiled alternatives are in `parts`)
    triggers: tuple[str, ...]
    # True: any discussion/reporting frame may excuse it; "generic": only a generic
    # frame ("if a friend says...") and only when the sentence is not first person
    framed: bool | str = True
    # optional second gate: at least one of these words must also be present
    requires: frozenset[str] = frozenset()
    unspaced: bool = False  # CJK rule: matched against norm, not the phrase form
    # the pattern split into alternatives that start with a literal (fast prefix
    # search in the regex engine): (regex, word boundary required before it,
    # what every match contains, for cheap tests before the regex: see
    # `rule_texts.py`); a `Deferred` until first use when there is no pattern cache
    parts: tuple[Part, ...] | Deferred = ()
    pack: str = ""  # language pack the rule comes from ("" for the family modules)
    # texts one of which every match leaves in the message, where the pattern
    # analysis cannot see it (a pair's second half: `rule_heads.with_texts`)
    texts: tuple[str, ...] = ()


class Deferred:
    """A rule's alternatives, compiled on first use.

    Why: parsing and compiling every rule is about 1.5 s, most of a cold
    start.  With the pattern cache the parsing is paid once (a start that
    misses compiles everything and fills the cache); loading the cached code
    of every rule is still a few tenths of a second, so a cached rule is
    loaded the first time a message makes it a candidate (microseconds), and
    what every match contains (`words`, for the rule set's word gates) is
    known from the cache without loading it.  Without a cache
    (``MODERATION_CACHE_DIR=off``, no home directory) a rule is parsed and
    compiled on first use (a fraction of a millisecond).  Copies of a rule
    (language packs) share one instance, so a rule is compiled once."""

    __slots__ = ("_entries", "_parts", "_required", "src")

    def __init__(self, src: str, entries: tuple[Any, ...] | None = None) -> None:
        self.src = src
        self._entries = entries
        self._parts: tuple[Part, ...] | None = None
        self._required: list[tuple[Any, ...]] | None = None

    def required(self) -> list[tuple[Any, ...]] | None:
        """What each alternative's matches contain, if known without compiling."""
        if self._required is None:
            if self._parts is not None:
                self._required = [req for _, _, req in self._parts]
            elif self._entries is not None:
                self._required = [entry[3] for entry in self._entries]
        return self._required

    def get(self) -> tuple[Part, ...]:
        if self._parts is None:
            loaded = PATTERN_CACHE.load_entries(
                self._entries, PATTERN_CACHE.recompiler(self.src, _alternatives)
            ) if self._entries else None
            self._parts = loaded or PATTERN_CACHE.parts(self.src, _alternatives, _required_texts)
        return self._parts


def compiled_parts(r: Rule) -> tuple[Part, ...]:
    """`r.parts`, compiling a deferred rule (once; the rule keeps the result)."""
    parts = r.parts
    if isinstance(parts, tuple):
        return parts
    done = parts.get()
    # the rule stays immutable for its users: this only replaces the placeholder
    object.__setattr__(r, "parts", done)
    return done


def _rule_words(r: Rule) -> tuple[str, ...]:
    """Words of which one is a whole word of the message whenever `r` matches
    (empty: not known, or the rule matches unspaced text or is not compiled yet)."""
    if r.unspaced:
        return ()
    required = (
        [req for _, _, req in r.parts] if isinstance(r.parts, tuple) else r.parts.required()
    )
    if not required:
        return ()
    out: set[str] = set()
    for _, _, words in required:
        if not words:
            return ()
        out.update(words)
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class RuleHit:
    rule: Rule
    start: int
    end: int
    excused_by: str | None


def rule(
    name: str,
    categories: str | tuple[str, ...],
    triggers: str,
    pattern: str,
    framed: bool | str = True,
    requires: str = "",
) -> Rule:
    """Build a rule; `pattern` words are separated by single spaces."""
    cats = (categories,) if isinstance(categories, str) else categories
    src = fold_pattern(pattern)
    parts: tuple[Part, ...] | Deferred
    if PATTERN_CACHE.path is None:
        parts = Deferred(src)  # no cache to fill: compile on first use
    elif (entries := PATTERN_CACHE.stored(src)) is not None:
        parts = Deferred(src, entries)  # cached: loaded on first use
    else:
        parts = PATTERN_CACHE.parts(src, _alternatives, _required_texts)
    return Rule(
        name,
        cats,
        src,
        tuple(fold_pattern(triggers).split()),
        framed,
        frozenset(fold_pattern(requires).split()),
        _is_unspaced(triggers.split()[0]),
        parts,
    )


def _alternatives(src: str) -> list[tuple[str, bool]]:
    """The pattern as alternatives that start with a literal where possible,
    each without its leading word boundary and with whether it had one (the
    boundary is checked by `_matches`: a leading \\b would hide the literal
    prefix from the regex engine's fast search)."""
    tops = _split_top(src)
    # expanding heads multiplies alternatives; past a few dozen parts the
    # compile time (start-up budget) outweighs the faster search
    alts = [alt for top in tops for alt in _expand_head(top, 2)]
    if len(alts) > _MAX_PARTS:
        alts = [alt for top in tops for alt in _expand_head(top, 1)]
        if len(alts) > _MAX_PARTS:
            alts = tops
    return [(_strip_b(alt), alt.startswith("\\b")) for alt in alts]


# the only characters that matter for splitting: escapes, classes, groups, "|"
_STRUCTURE = re.compile(r"\\.|[\[\]()|]", re.S)


def _split_top(src: str) -> list[str]:
    """Split a regex source at top-level "|" (outside groups and classes)."""
    out, depth, in_class, start = [], 0, False, 0
    for m in _STRUCTURE.finditer(src):
        c = m.group()
        if len(c) > 1:
            continue  # an escape
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(src[start : m.start()])
            start = m.end()
    out.append(src[start:])
    return out


def _strip_b(alt: str) -> str:
    while alt.startswith("\\b"):
        alt = alt[2:]
    return alt


def group_end(pattern: str, start: int) -> int:
    """Index of the ")" closing the group opened at ``pattern[start]``,
    skipping escapes and character classes; ``len(pattern)`` if unclosed."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            if depth == 0:
                return i
        i += 1
    return i


def _bounded(boundary: str, head: str) -> str:
    """`head` with the boundary that stood before its group.  Kept before a
    word character and before a group, class, \\w or \\d ("\\b(?:(?:un)?alive|
    ...)": "(?:un)?alive" must not match inside "realive"); dropped before a
    literal non-word character, where `RuleSet.scan`'s check (no letter
    before the match) would mean the opposite of the regex's boundary."""
    if not boundary or head[0].isalnum() or head[0] in "([" or head[:2] in ("\\w", "\\d"):
        return boundary + head
    return head


def _expand_head(alt: str, depth_left: int = 1) -> list[str]:
    """"\\b(?:do|have) you..." -> ["\\bdo you...", "\\bhave you..."] so that every
    alternative starts with a literal; Python's re then finds candidates with a
    fast substring search instead of trying the pattern at every position."""
    boundary = "\\b" if alt.startswith("\\b") else ""
    body = _strip_b(alt)
    if not body.startswith("(?:"):
        return [alt]
    depth, i = 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    inner, rest = body[3:i], body[i + 1 :]
    heads = _split_top(inner)
    if rest[:1] == "?" and rest[1:2] not in ("?", "+") and rest[1:] and len(heads) < 40:
        # "(?:are )?your parents" == "are your parents|your parents": both
        # alternatives then start with a literal again
        tail = rest[1:]
        bare = _bounded(boundary, tail)
        return [*_expand_head(boundary + "(?:" + inner + ")" + tail, depth_left),
                *_expand_head(bare, depth_left)]
    if rest[:1] in ("?", "*", "+", "{"):
        return [alt]
    if len(heads) > 40 or not all(heads):
        return [alt]
    # (?:A|B)rest == Arest|Brest: equivalent, and each part now starts with a
    # literal, "^" or a character class, which the engine can search quickly
    out: list[str] = []
    for h in heads:
        if h.startswith("\\b"):
            part = h + rest
        else:
            part = _bounded(boundary, h) + rest
        out.extend(_expand_head(part, depth_left - 1) if depth_left > 1 else [part])
    return out


# candidates with word gates a message needs before its word set is worth
# building (measured: below this the set costs more than the rules it drops)
_WORD_GATE_MIN = 8
# candidates above which their bits are read from the binary digits
_FEW = 4


class RuleSet:
    """Rules indexed by trigger word.  Each trigger maps to a bit mask of the
    rules it names, so a message's candidates are the OR of a few ints
    (in rule order, which also keeps reasons deterministic)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self.bits: dict[str, int] = {}
        # unspaced (CJK) triggers grouped by first character: a message only
        # tests the triggers whose first character it contains
        self.substr: dict[str, list[tuple[str, int]]] = {}
        self.requires_mask = 0
        # second-gate word -> bit mask of the rules it lets through
        self.requires_bits: dict[str, int] = {}
        for i, r in enumerate(self.rules):
            if r.requires:
                self.requires_mask |= 1 << i
                for w in r.requires:
                    self.requires_bits[w] = self.requires_bits.get(w, 0) | 1 << i
            for t in r.triggers:
                if _is_unspaced(t):
                    self.substr.setdefault(t[0], []).append((t, 1 << i))
                else:
                    self.bits[t] = self.bits.get(t, 0) | 1 << i
        self.requires_set: frozenset[str] = frozenset(self.requires_bits)
        self.trigger_set: frozenset[str] = frozenset(self.bits)
        self.substr_heads: frozenset[str] = frozenset(self.substr)
        # word gates: a rule all of whose parts name words (one of which is a
        # whole word of every match) is only a candidate when the message has
        # one of them.  `word_bits[w]`: rules that word lets through.
        self.word_bits: dict[str, int] = {}
        self.gated_mask = 0
        for i, r in enumerate(self.rules):
            words = _rule_words(r)
            if words:
                self.gated_mask |= 1 << i
                for w in words:
                    self.word_bits[w] = self.word_bits.get(w, 0) | 1 << i
        self.word_set: frozenset[str] = frozenset(self.word_bits)
        # the rules' `texts` gates, read a word at a time (text_index.py)
        self.text_index = TextIndex(self.rules)

    def candidates(self, prep: Prepared) -> list[Rule]:
        tokens = prep.token_set
        bits = self.bits
        mask = 0
        for tok in self.trigger_set.intersection(tokens):
            mask |= bits[tok]
        if prep.has_cjk:
            norm = prep.norm
            for head in self.substr_heads.intersection(prep.char_set):
                for t, bit in self.substr[head]:
                    if len(t) == 1 or t in norm:
                        mask |= bit
        if (
            mask.bit_count() >= _WORD_GATE_MIN
            and (mask & self.gated_mask).bit_count() >= _WORD_GATE_MIN
        ):
            # gated rules whose words are all missing cannot match: dropped
            # here, before any of their parts is looked at (worth the message's
            # word set only when it saves a few rules)
            allowed = ~self.gated_mask
            word_bits = self.word_bits
            for w in self.word_set.intersection(plain_words(prep)):
                allowed |= word_bits[w]
            mask &= allowed
        if mask & self.requires_mask:
            # rules with a second gate none of whose words is there are dropped
            passed = 0
            requires_bits = self.requires_bits
            for w in self.requires_set.intersection(tokens):
                passed |= requires_bits[w]
            mask &= ~self.requires_mask | passed
        rules = self.rules
        if mask.bit_count() < _FEW:
            out: list[Rule] = []
            while mask:
                low = mask & -mask
                out.append(rules[low.bit_length() - 1])
                mask ^= low
            return out
        # many: the set bits read off the binary digits (`bin` and `find` run
        # in C; each step of the loop above makes two new big ints)
        digits = bin(mask)[:1:-1]  # digit i is bit i
        i = digits.find("1")
        out = []
        while i >= 0:
            out.append(rules[i])
            i = digits.find("1", i + 1)
        return out

    def scan(self, prep: Prepared, allow_frames: bool = True) -> list[RuleHit]:
        hits: list[RuleHit] = []
        candidates = self.candidates(prep)
        if not candidates:
            return hits
        # a rule whose name and categories an unexcused hit has already
        # decided adds nothing to the verdict: its regexes and frames (tens of
        # microseconds on a long message) are skipped
        decided: set[tuple[str, tuple[str, ...]]] = set()
        gates = self.text_index.gates
        present = -1  # the rules whose one-word texts the message holds, once needed
        # the loop of `_matches`, written out: a generator per candidate rule
        # cost more than the regex searches on a message with many candidates
        for r in candidates:
            if decided and (r.name, r.categories) in decided:
                continue
            target = prep.norm if r.unspaced else prep.plain
            if r.texts:
                gate = gates.get(id(r))
                if gate is None:
                    if not any(map(target.__contains__, r.texts)):
                        continue
                else:
                    if present < 0:
                        present = self.text_index.present(plain_words(prep))
                    if not present & gate[0] and not (
                        gate[1] and any(map(target.__contains__, gate[1]))
                    ):
                        continue
            parts = r.parts
            if not isinstance(parts, tuple):
                # not loaded yet: only when one of its alternatives passes the tests below
                if cannot_match(parts.required(), target):
                    continue
                parts = compiled_parts(r)
            excused: list[tuple[int, int]] = []
            for rx, boundary, (texts, any_of, _) in parts:
                if texts and (texts[0] not in target or (len(texts) > 1 and texts[1] not in target)):
                    continue
                if any_of and not any(map(target.__contains__, any_of)):
                    continue
                pos = 0
                while (m := rx.search(target, pos)) is not None:
                    s, e = m.span()
                    if boundary and s and (target[s - 1].isalnum() or target[s - 1] == "_"):
                        pos = s + 1
                        continue
                    pos = e if e > s else s + 1
                    # the split alternatives can find a second match inside an excused
                    # one ("الانتحار" and its tail "انتحار"); the whole rule, as one
                    # regex, would have matched that text once
                    if excused and any(a <= s < b or a < e <= b for a, b in excused):
                        continue
                    excuse = _excuse(r, target, s, e, prep.norm) if allow_frames else None
                    hits.append(RuleHit(r, s, e, excuse))
                    if excuse is None:
                        decided.add((r.name, r.categories))
                        break
                    excused.append((s, e))
                else:
                    continue
                break  # an unexcused hit: the rule is decided
        return hits


def _excuse(r: Rule, target: str, s: int, e: int, norm: str = "") -> str | None:
    """The frame that excuses a match of `r` at target[s:e], if any (`norm`:
    the normalised message, which keeps the emoji the phrase form drops)."""
    excuse = None
    if r.framed == "generic":
        excuse = generic_frame(target, s, e, r.pack)
    elif r.framed:
        if r.name.endswith(":topic"):
            frame = topic_frame
        elif r.name.startswith("spam:"):
            frame = scam_frame
        else:
            frame = discussion_frame
        excuse = frame(target, s, e, r.pack)
    if (excuse in ("discussion", "report") and r.name.endswith(_EXCUSED_ASKS)
            and writer_exception(target, s, e)):
        excuse = None  # "never send nudes to anyone but me" (frames_nude_lessons.py)
    if excuse is None and r.name.endswith(_REQUESTS):
        excuse = subject_frame(target, s)
    if excuse is None and r.name.startswith("grooming"):
        excuse = others_ask_frame(target, s)
        if excuse is None and r.name == "grooming:off_platform":
            excuse = peer_question_frame(target, s, e)
        if excuse is None and r.name.endswith((":flattery", ":trust")):
            excuse = praise_frame(target, s, e)  # "..., hat die Lehrerin gesagt"
    if excuse is None and r.name == "grooming:secrecy":
        excuse = confidence_frame(target, s, e)
    elif excuse is None and "self_harm" in r.categories:
        excuse = mundane_frame(target, s, e) or selfharm_more_frame(target, s, e)
    elif r.name in _GAME_THREATS:
        if excuse == "report" and own_threat(target, s):
            excuse = None  # "they bully me so i will bring a knife and..."
        if excuse is None:
            excuse = game_frame(target, s, e)
    if excuse is None:  # banter, game talk, laughing, safety advice: frames_context.py
        excuse = context_frame(r.name, r.categories, target, s, e, norm or target)
    return excuse


def _cannot_match(r: Rule, text: str) -> bool:
    """No match is possible: none of the rule's `texts` is there, or, not
    loaded yet, none of its alternatives passes its tests (the rule then stays
    unloaded).  `RuleSet.scan` makes the same tests inline, in its hot loop."""
    if r.texts and not any(map(text.__contains__, r.texts)):
        return True
    return not isinstance(r.parts, tuple) and cannot_match(r.parts.required(), text)


def _matches(r: Rule, text: str) -> Iterator[re.Match[str]]:
    """Matches of a rule's alternatives, honouring the leading word boundary
    that was taken off each part (checked here instead of in the regex)."""
    if _cannot_match(r, text):
        return
    for rx, boundary, (texts, any_of, _) in compiled_parts(r):
        if texts and (texts[0] not in text or (len(texts) > 1 and texts[1] not in text)):
            continue
        if any_of and not any(map(text.__contains__, any_of)):
            continue
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            s = m.start()
            if boundary and s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                pos = s + 1
                continue
            yield m
            pos = m.end() if m.end() > s else s + 1


def first_match(r: Rule, text: str) -> re.Match[str] | None:
    """``next(_matches(r, text), None)`` without the generator."""
    if _cannot_match(r, text):
        return None
    for rx, boundary, (texts, any_of, _) in compiled_parts(r):
        if texts and (texts[0] not in text or (len(texts) > 1 and texts[1] not in text)):
            continue
        if any_of and not any(map(text.__contains__, any_of)):
            continue
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            s = m.start()
            if not boundary or not s or not (text[s - 1].isalnum() or text[s - 1] == "_"):
                return m
            pos = s + 1
    return None


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _is_unspaced(s: str) -> bool:
    return bool(_UNSPACED.search(s))
