"""Curated multilingual lexicon and the evasion-aware matcher.

Why token lookups instead of one big regex: a dict/set lookup per token is
O(tokens) and keeps whole-word semantics for free (Scunthorpe, assassin,
cocktail, Dickens pass because only *whole* tokens are compared).  Evasions
are undone by generating a few candidate forms per suspicious token:
homoglyph folding, leetspeak, masking (f*ck), repeated letters (fuuuck),
letters split by separators (f u c k), and two-term compounds (shitshit).

Data files: ``data/lexicon/<lang>.txt``; "[category]" starts a section,
"stem*" is a prefix match (for inflected languages), lines in scripts
without spaces (zh) are substring matches.  "[slur masked]" lists words
that count only masked ("c*ganie", "z*geuner"): unmasked they name a
people and are ordinary words ("Cyganie", "Roma"), masked the writer shows
they mean the slur (`lexicon_masks.InnerMasks`).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise

from .lexicon_everyday import drop_everyday, hyphen_joins
from .lexicon_homographs import drop_homographs
from .lexicon_masks import InnerMasks, TailMasks
from .normalise import (
    LOOKALIKE,
    MARKS,
    MASK_CHARS,
    Prepared,
    collapse_repeats,
    deleet,
    fold_all,
    fold_token,
    norm_text,
    prepare,
)

_CYR_GREEK_ARM = re.compile(r"[\u0370-\u058f]")
# a whole word made only of letters that look *identical* to Latin ones
# (normalise.LOOKALIKE): only such words are tried in their Latin form too
# one-vowel-dropped forms that are ordinary words (reviewed by hand)
_DEVOWEL_REAL_WORDS = frozenset(
    """batch goats shot puss nymph whar dosh lesb lezb lezbs kiks sses arrs orges shta shte
    fellat gatse fatss bukke quaf qeaf goks krat krut shity dild""".split()
)
_MASK1 = re.compile(r"[*#%?]")
_MASKN = re.compile(r"[*#%?]+")
_NONWORD = re.compile(r"[^\w]")
_ASCII_LETTER = re.compile(r"[a-z]")
_HEAD3 = operator.itemgetter(slice(0, 3))
_TRIPLE = re.compile(r"(.)\1\1")  # cheaper than a letter class; letters checked after
_WORD_RE = re.compile(r"[\w" + MARKS + r"]+")

LANGS = ("en", "fr", "es", "pt", "de", "ru", "ar", "zh", "hi", "it", "tr", "pl", "id")
_SUBSTRING_LANGS = {"zh"}
_MIN_PREFIX = 3


# Distinct tokens remembered per lexicon before the memo starts afresh
# (a few MB at most; a day's consultation uses far fewer words).
_MEMO_MAX = 50_000


@dataclass(slots=True)
class _TokenMemo:
    """Results that depend only on a token and the immutable lexicon: which
    tokens hit by prefix or compound, and which hold a letter three times
    ("fuuuck").  Chat vocabulary repeats, so after warm-up most messages
    need only set operations in C here."""

    seen: set[str] = field(default_factory=set)
    hits: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    triples: set[str] = field(default_factory=set)


def _term(h: Hit) -> str:
    return h.term


def _how(h: Hit) -> str:
    return h.how


@dataclass(frozen=True, slots=True)
class Hit:
    term: str
    category: str
    lang: str
    how: str  # exact | leet | mask | repeat | split | compound | custom


class Lexicon:
    def __init__(
        self,
        extra_blocked: tuple[str, ...] = (),
        allowed: tuple[str, ...] = (),
    ) -> None:
        self.exact: dict[str, tuple[str, str]] = {}
        self.lang_only: dict[str, dict[str, tuple[str, str]]] = {}
        self.ngram_heads: set[str] = set()
        self.prefix: dict[str, tuple[str, str]] = {}
        self.substr: dict[str, tuple[str, str]] = {}
        self.masked: dict[str, str] = {}
        # words and stems that count only masked ("[slur masked]")
        self.masked_only: dict[str, tuple[str, str]] = {}
        self.roots: dict[str, tuple[str, str]] = {}
        self.collapsed: dict[str, str] = {}
        self.devowel: dict[str, str] = {}
        self.allowed = frozenset(norm_text(t) for t in allowed)
        for lang in LANGS:
            self._load(lang)
        for term in extra_blocked:
            self._add(norm_text(term), "profanity", "custom")
        for term in self.allowed:
            self.exact.pop(term, None)
            self.prefix.pop(term, None)
        self._index()
        self.tail_masks = TailMasks(self.exact)  # "f***", "bull####"
        # "tr*ia", "шл*ха", "c*ganie"
        self.inner_masks = InnerMasks(self.lang_only, self.prefix, self.masked_only)
        self.prefix3: dict[str, list[str]] = {}
        # stems a word with its repeats collapsed can start with ("хуууууй" -> "хуй"): those
        # with no double letter of their own, which collapsing would change
        self.repeat_prefix3: dict[str, list[str]] = {}
        for stem in sorted(self.prefix, key=len):
            self.prefix3.setdefault(stem[:3], []).append(stem)
            if collapse_repeats(stem) == stem:
                self.repeat_prefix3.setdefault(stem[:3], []).append(stem)
        for key in list(self.devowel):
            if key in self.exact or key in _DEVOWEL_REAL_WORDS:
                del self.devowel[key]
        self.exact_keys = frozenset(self.exact)
        self.devowel_keys = frozenset(self.devowel)
        self.tails3 = frozenset(t[-3:] for t in self.exact if len(t) >= 3 and " " not in t)
        self.heads3 = frozenset(t[:3] for t in self.exact if len(t) >= 3 and " " not in t)
        self.hot3 = frozenset(self.prefix3).union(self.heads3)
        # a long listed word written as two words ("bhen chod", "mother fucker"):
        # every first part, so a message pays one set intersection; both parts
        # have at least 3 letters ("the pen is blue" does not make "penis")
        self.compound_heads = frozenset(
            t[:i] for t in self.exact if len(t) >= 7 and t.isalpha() for i in range(3, len(t) - 2)
        )
        self._memo = _TokenMemo()
        roots = sorted(self.roots, key=len, reverse=True)
        self._roots_re = re.compile("|".join(map(re.escape, roots))) if roots else None
        self._root_heads = tuple(sorted({r[:2] for r in roots}))
        sub = sorted(self.substr, key=len, reverse=True)
        self._substr_re = re.compile("|".join(map(re.escape, sub))) if sub else None

    def _load(self, lang: str) -> None:
        try:
            data = resources.files("moderation").joinpath(f"data/lexicon/{lang}.txt").read_text(
                encoding="utf-8"
            )
        except FileNotFoundError:
            return
        cat = "profanity"
        masked_only = False
        for line in data.splitlines():
            line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                cat, _, kind = line[1:-1].partition(" ")
                masked_only = kind == "masked"
                continue
            if masked_only:
                self.masked_only[norm_text(line)] = (cat, lang)
                continue
            only = line.endswith("!")
            self._add(norm_text(line.rstrip("! ")), cat, lang, only)

    def _add(self, term: str, cat: str, lang: str, lang_only: bool = False) -> None:
        term = term.replace("'", "")
        if term.startswith("~") and len(term) > 3:
            self.roots[term[1:]] = (cat, lang)
            return
        parts = [p for p in re.split(r"[\s\-_.]+", term) if p]
        if not parts:
            return
        term = "".join(parts) if all(len(p) == 1 for p in parts) else " ".join(parts)
        if " " in term:
            self.ngram_heads.add(parts[0])
        if lang_only:
            self.lang_only.setdefault(lang, {})[term] = (cat, lang)
        elif lang in _SUBSTRING_LANGS:
            self.substr[term] = (cat, lang)
        elif term.endswith("*") and len(term) > _MIN_PREFIX:
            self.prefix[term[:-1]] = (cat, lang)
        else:
            # multi-char separators in source lists (f-u-c-k) are handled by split runs
            self.exact[term] = (cat, lang)

    def _index(self) -> None:
        for term in list(self.exact):
            if " " in term or not term.isalpha():
                continue
            self.collapsed.setdefault(collapse_repeats(term), term)
            if len(term) >= 5 and term.isascii() and self.exact[term][1] == "en":
                # one vowel dropped ("fcking", "btch"): a common way to dodge filters
                for i, ch in enumerate(term):
                    if ch in "aeiou":
                        self.devowel.setdefault(term[:i] + term[i + 1 :], term)
            if len(term) >= 3:
                for i in range(1, len(term)):
                    self.masked.setdefault(term[:i] + "*" + term[i + 1 :], term)
                    if i + 2 <= len(term):
                        self.masked.setdefault(term[:i] + "**" + term[i + 2 :], term)

    # ------------------------------------------------------------------
    def _lookup(self, tok: str) -> tuple[str, str] | None:
        hit = self.exact.get(tok)
        if hit is not None:
            return hit
        stems = self.prefix3.get(tok[:3])
        if stems:
            for stem in stems:
                if tok.startswith(stem):
                    return self.prefix[stem]
        return None

    def _check_token(self, tok: str) -> tuple[str, str, str] | None:
        """Return (term, how, category/lang-key) for one token or None."""
        if tok in self.allowed:
            return None
        hit = self._lookup(tok)
        if hit is not None:
            return tok, "exact", hit[0] + ":" + hit[1]
        if not tok.isascii():
            return None
        if len(tok) >= 6 and tok[:3] in self.heads3 and tok.isalpha():
            hit = self._compound(tok, 3)
            if hit is not None:
                return tok, "compound", hit[0] + ":" + hit[1]
        return None

    def _compound(self, tok: str, depth: int) -> tuple[str, str] | None:
        """tok is a concatenation of 2+ lexicon terms (shitshit, fuckfuckfuck)."""
        for i in range(3, len(tok) - 2):
            a = self._lookup(tok[:i])
            if a is None:
                continue
            rest = tok[i:]
            if self._lookup(rest) is not None:
                return a
            if depth > 1 and len(rest) >= 6 and self._compound(rest, depth - 1) is not None:
                return a
        return None

    def scan(self, prep: Prepared, _rescan: bool = True) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[str] = set()

        def add(term: str, how: str, key: str) -> None:
            if term in seen:
                return
            seen.add(term)
            cat, lang = key.split(":", 1)
            hits.append(Hit(term, cat, lang, how))

        toks = prep.tokens
        tokset = prep.word_set
        exact = self.exact
        # sorted: set order varies with hash randomisation, and reasons and
        # categories must not change from one process to the next
        for tok in sorted(tokset.intersection(self.exact_keys)):
            if tok not in self.allowed:
                cat, lang = exact[tok]
                add(tok, "exact", cat + ":" + lang)
        for tok in sorted(tokset.intersection(self.devowel_keys)):
            term = self.devowel[tok]
            if term not in self.allowed and tok not in self.allowed:
                cat, lang = exact[term]
                add(term, "devowel", cat + ":" + lang)
        # prefixes and compounds (per-token work, memoised per distinct token)
        memo = self._memo
        new = tokset.difference(memo.seen)
        if new:
            if len(memo.seen) > _MEMO_MAX:
                memo = self._memo = _TokenMemo()  # a fresh object: readers keep a consistent one
                new = tokset
            self._learn(memo, new)
        for tok in sorted(memo.hits.keys() & tokset):
            add(*memo.hits[tok])
        # words written entirely in look-alike letters: also try their Latin form
        if not prep.norm.isascii() and _CYR_GREEK_ARM.search(prep.norm):
            lookalike_words = [
                w for w in tokset if len(w) >= 3 and not w.isascii() and LOOKALIKE.issuperset(w)
            ]
            for folded in sorted({fold_all(w) for w in lookalike_words}.difference(tokset)):
                if folded.isascii() and folded not in self.allowed:
                    fh = self._lookup(folded)
                    if fh is not None:
                        add(folded, "homoglyph", fh[0] + ":" + fh[1])
        # repeated letters (fuuuck): collapse the whole message once; only
        # runs of 3+ trigger it (doubles are normal spelling: "all", "see")
        if not memo.triples.isdisjoint(tokset):
            changed = set(_WORD_RE.findall(collapse_repeats(prep.norm))).difference(toks)
            for col in sorted(changed):
                rterm = self.collapsed.get(col)
                if rterm is not None and rterm not in self.allowed:
                    cat, lang = self.exact[rterm]
                    add(rterm, "repeat", cat + ":" + lang)
                elif rterm is None and col not in self.allowed:
                    # a listed stem ("хуй*"): its words take endings, so no exact entry
                    stem = next((st for st in self.repeat_prefix3.get(col[:3], ()) if col.startswith(st)), None)
                    if stem is not None:
                        cat, lang = self.prefix[stem]
                        add(col, "repeat", cat + ":" + lang)
        heads = self.ngram_heads
        for i in range(len(toks)) if not heads.isdisjoint(tokset) else ():
            if toks[i] in heads:
                for n in (2, 3, 4):
                    gram = " ".join(toks[i : i + n])
                    hit = self.exact.get(gram)
                    if hit is not None:
                        add(gram, "exact", hit[0] + ":" + hit[1])
        if not self.compound_heads.isdisjoint(tokset):
            for first, second in pairwise(toks):
                if first not in self.compound_heads or len(second) < 3:
                    continue
                for tail in (second,) if second.isalpha() else (second, *deleet(second)):
                    joined = first + tail
                    hit = exact.get(joined)
                    if hit is not None and joined not in self.allowed:
                        add(joined, "compound", hit[0] + ":" + hit[1])
                        break
        only = self.lang_only.get(prep.lang or "")
        if "-" in prep.norm:
            # a listed word with hyphens inside ("ni-que", "fu-ck")
            for joined in hyphen_joins(prep.norm):
                jh = exact.get(joined) or (only.get(joined) if only else None)
                if jh is not None and joined not in self.allowed:
                    add(joined, "split", jh[0] + ":" + jh[1])
        if only:
            for i in range(len(toks)):
                for n in (1, 2):
                    gram = " ".join(toks[i : i + n])
                    hit = only.get(gram)
                    if hit is not None and gram not in self.allowed:
                        add(gram, "exact", hit[0] + ":" + hit[1])
        # leetspeak and masking: only raw tokens mixing letters with symbols/digits
        prev = ""
        for raw in prep.raw_tokens:
            before, prev = prev, raw
            if raw.isalpha() or raw.isdigit():
                continue
            if not raw.isascii() and _CYR_GREEK_ARM.search(raw) and _ASCII_LETTER.search(raw):
                raw = fold_token(raw)  # "р*ki": a Cyrillic look-alike and a mask
            cut = self.tail_masks.word(raw, before) if raw[-1] in "*#" else None
            if cut is not None and cut not in self.allowed:
                cat, lang = self.exact[cut]
                add(cut, "mask", cat + ":" + lang)
                continue
            core = raw.strip("!?.#%*(")
            if not core or core.isalpha() or core.isdigit():
                continue
            # usernames like "lily2011": letters followed by 2+ digits are not leet
            inner = core.rstrip("0123456789").replace("_", "").replace(".", "")
            if len(core) - len(core.rstrip("0123456789")) >= 2 and len(inner) >= 3 and inner.isalpha():
                continue
            if not any(c.isalpha() for c in core):
                continue
            at = core.find("@")
            if at >= 3 and core[at + 1 : at + 2].isalpha() and raw + "." in prep.norm:
                continue  # an email ("lily2011@gmail.com"), handled by PII
            if any(c in MASK_CHARS for c in core):
                m = self.masked.get(_MASK1.sub("*", core))
                if m is None:
                    m = self.masked.get(_MASKN.sub("**", core))
                if m is not None and m not in self.allowed:
                    cat, lang = self.exact[m]
                    add(m, "mask", cat + ":" + lang)
                    continue
                hidden = self.inner_masks.word(core)  # "tr*ia", "шл*ха"
                if hidden is not None and hidden[0] not in self.allowed:
                    add(hidden[0], "mask", hidden[1] + ":" + hidden[2])
                    continue
            for variant in deleet(core):
                variant = _NONWORD.sub("", variant)
                r = self._check_token(variant)
                if r is None and variant != core:
                    r = self._check_token(collapse_repeats(variant))
                if r is None and only and variant in only and variant not in self.allowed:
                    # a word listed only for this language ("bite" in French), disguised
                    cat, lang = only[variant]
                    r = (variant, "leet", cat + ":" + lang)
                if r is not None:
                    add(r[0], "leet", r[2])
                    break
        # letters split by spaces / dots / dashes
        for joined in prep.runs:
            for variant in {joined, *deleet(joined)}:
                r = self._check_token(variant)
                if r is None and variant in self.masked_only:
                    # spelling a word out is a disguise too ("a n j i n g"): words listed
                    # to count only masked count split
                    cat, lang = self.masked_only[variant]
                    r = (variant, "split", f"{cat}:{lang}")
                if r is None:
                    for term in self._contained(variant):
                        cat, lang = self.exact[term]
                        r = (term, "split", f"{cat}:{lang}")
                        break
                if r is not None:
                    add(r[0], "split", r[2])
                    break
        if (
            self._roots_re is not None
            and not prep.norm.isascii()
            and any(h in prep.norm for h in self._root_heads)
        ):
            for rm in self._roots_re.finditer(prep.norm):
                cat, lang = self.roots[rm.group(0)]
                add(rm.group(0), "root", cat + ":" + lang)
        if self._substr_re is not None and prep.has_cjk:
            for sm in self._substr_re.finditer(prep.norm):
                cat, lang = self.substr[sm.group(0)]
                add(sm.group(0), "exact", cat + ":" + lang)
        if hits and _rescan:
            # everyday compounds and phrases ("pique-nique", "cum laude"): a
            # term found only inside them does not count (lexicon_everyday.py)
            hits = drop_everyday(
                hits, prep.norm, _term,
                lambda t: {h.term for h in self.scan(prepare(t, prep.lang), _rescan=False)},
            )
        if hits:
            hits = drop_homographs(hits, prep, _term, _how)  # "ich hebe" (lexicon_homographs.py)
        return hits

    def _learn(self, memo: _TokenMemo, new: AbstractSet[str]) -> None:
        """Per-token results for tokens not seen before.  `seen` is updated
        last, so a concurrent reader never takes a token as clean early."""
        exact, p3, t3 = self.exact, self.prefix3, self.tails3
        # pre-filter on the three-letter heads, computed and intersected in C
        hot = self.hot3.intersection(map(_HEAD3, new))
        for tok in new:
            if tok[:3] in hot and tok not in exact and (tok[:3] in p3 or tok[-3:] in t3):
                r = self._check_token(tok)
                if r is not None:
                    memo.hits[tok] = r
            if len(tok) >= 3 and any(m.group(1).isalpha() for m in _TRIPLE.finditer(tok)):
                memo.triples.add(tok)
        memo.seen.update(new)

    def _contained(self, s: str) -> list[str]:
        out = []
        for n in range(len(s), 2, -1):
            for i in range(0, len(s) - n + 1):
                sub = s[i : i + n]
                if sub in self.exact and sub not in self.allowed and len(sub) >= 4:
                    out.append(sub)
        return out
