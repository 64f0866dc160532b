"""The `texts` gates of a rule set, read a word at a time.

Why: a rule may carry `texts` (`rule_heads.with_texts`, `with_stems`): stems
one of which every match leaves in the message, tested before any of its
regexes run.  The someone-else-at-risk families name the person in their
triggers ("my", "she", "mi", "он"), so they are candidates for most
messages, and each tests 30 to 100 stems with `in` over the whole message:
about 10 of the 140 microseconds a bench message costs, nearly all of it
for messages that hold none of the stems.

How: a stem without an inner space can only be found inside one word of the
phrase form, so the rule set keeps a dictionary from each such stem to the
rules that carry it, and each word of the message is looked up once: every
substring of the word, up to the longest stem, in the dictionary.  A word's
answer is kept (words repeat across messages), so a message costs a few
dictionary lookups and ORs instead of thousands of substring scans.  Stems
with an inner space ("end it", "a plan") are still tested with `in`, only
for a rule none of whose one-word stems is there.  A stem with a leading
space (" lock", " hang") must start a word: "blocked" and "change" hold
"lock" and "hang" but are no act, and English chat is full of them (session
17: the English someone-else rules ran their patterns on a third of the
bench messages for such words).  A trailing space is dropped, which can only
let more rules through: the gate stays exact in the one direction that
matters, it never skips a rule that could match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import Rule

# distinct words remembered before the memo starts afresh
_MEMO_MAX = 50_000


class TextIndex:
    """Which rules of a set have one of their one-word `texts` in a message."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.stems: dict[str, int] = {}
        self.prefixes: dict[str, int] = {}  # stems that must start a word
        # id(rule) -> (its bit, its stems with an inner space)
        self.gates: dict[int, tuple[int, tuple[str, ...]]] = {}
        lengths: set[int] = set()
        prefix_lengths: set[int] = set()
        j = 0
        for r in rules:
            if not r.texts or r.unspaced:
                continue
            words = [t.rstrip() for t in r.texts if " " not in t.strip()]
            if any(not w.strip() for w in words):
                continue  # a text of spaces only: present in every message, no gate
            bit = 1 << j
            j += 1
            for w in words:
                if w.startswith(" "):
                    w = w.lstrip()
                    self.prefixes[w] = self.prefixes.get(w, 0) | bit
                    prefix_lengths.add(len(w))
                else:
                    self.stems[w] = self.stems.get(w, 0) | bit
                    lengths.add(len(w))
            self.gates[id(r)] = (bit, tuple(t for t in r.texts if " " in t.strip()))
        self.lengths = tuple(sorted(lengths))
        self.prefix_lengths = tuple(sorted(prefix_lengths))
        self._memo: dict[str, int] = {}

    def word_mask(self, word: str) -> int:
        """The rules one of whose one-word stems is inside `word`."""
        mask = self._memo.get(word)
        if mask is None:
            mask = 0
            get = self.stems.get
            size = len(word)
            for n in self.lengths:
                if n > size:
                    break
                for i in range(size - n + 1):
                    bit = get(word[i : i + n])
                    if bit:
                        mask |= bit
            start = self.prefixes.get
            for n in self.prefix_lengths:
                if n > size:
                    break
                bit = start(word[:n])
                if bit:
                    mask |= bit
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[word] = mask
        return mask

    def present(self, words: Iterable[str]) -> int:
        """The rules one of whose one-word stems is in one of `words`."""
        mask = 0
        memo = self._memo
        for w in words:
            m = memo.get(w)
            if m is None:
                m = self.word_mask(w)
            mask |= m
        return mask
