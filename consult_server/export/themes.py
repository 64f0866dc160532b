"""Main themes per room: multilingual key-phrase extraction with TF-IDF across rooms.

Method (documented in docs/export.md):

1. Normalise (NFKC, casefold, Arabic diacritics and tatweel removed) and drop export
   placeholders ("[phone removed]") and speaker labels.
2. Tokenise with a Unicode-aware regex (letters of any script). Runs of Chinese or
   Japanese characters, which are written without spaces, become overlapping
   character bigrams; a bigram with a function character (的, 了, 是 ...) is dropped.
3. Split each message at stopwords (one list per language, applied together because
   rooms mix languages) and take the 1-, 2- and 3-grams inside the remaining chunks.
4. Count, per room, in how many messages each term occurs (a child repeating a word
   ten times counts once). A term needs at least ``MIN_MESSAGES`` messages.
5. Score = messages x idf x length boost, idf = ln((1 + rooms) / (1 + rooms with the
   term)) + 1: what a room talked about more than the others ranks first, and
   phrases beat single words. Single words already inside a chosen phrase are skipped.

Quotes are picked in a second streaming pass (``QuotePicker``): for every theme the
messages containing it, preferring readable lengths and distinct speakers.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from consult_server.export.stopwords import ARABIC_FOLD, STOPWORDS, ZH_STOP_CHARS

MIN_MESSAGES = 2
MAX_TERMS_PER_ROOM = 200_000  # vocabulary cap; past it, terms seen once are pruned
_PLACEHOLDER = re.compile(r"\[[^\]]{0,40}\]|\b(?:participant \d+|another participant)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_AR_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640], None)
_REMOVED = re.compile(r"\[[^\]]{1,40} removed\]")
_LABEL = re.compile(r"\bParticipant \d+\b")
_ELISION = re.compile(r"^(?:l|d|j|qu|n|s|c|m|t)['’]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_AR_MARKS).translate(ARABIC_FOLD)
    return _PLACEHOLDER.sub(" | ", text)


def _cjk_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return []
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    return [g for g in grams if not (set(g) & ZH_STOP_CHARS) and g not in STOPWORDS]


def chunks(text: str) -> list[list[str]]:
    """Content-word chunks of a message: stopwords, placeholders and punctuation split them."""
    out: list[list[str]] = []
    for piece in re.split(r"[|.!?;:,()\"“”«»。！？；：，、\n]+", normalise(text)):
        current: list[str] = []
        for match in _TOKEN.finditer(piece):
            word = _ELISION.sub("", match.group(0)).replace("’", "'")
            if _CJK.search(word):
                if current:
                    out.append(current)
                    current = []
                for run in _CJK_RUN.findall(word):
                    out.extend([g] for g in _cjk_bigrams(run))
                continue
            if word in STOPWORDS or len(word) < 2:
                if current:
                    out.append(current)
                    current = []
                continue
            current.append(word)
        if current:
            out.append(current)
    return out


def terms(text: str, max_n: int = 3) -> set[str]:
    """The distinct 1..max_n-grams of a message's content chunks."""
    found: set[str] = set()
    for chunk in chunks(text):
        for n in range(1, max_n + 1):
            for i in range(len(chunk) - n + 1):
                found.add(" ".join(chunk[i : i + n]))
    return found


@dataclass(frozen=True, slots=True)
class Theme:
    term: str
    messages: int
    score: float


@dataclass
class ThemeCounter:
    """Per-room message counts of terms; memory grows with vocabulary, capped."""

    rooms: dict[str, Counter[str]] = field(default_factory=dict)
    messages: Counter[str] = field(default_factory=Counter)

    def add(self, room: str, text: str) -> set[str]:
        found = terms(text)
        counter = self.rooms.setdefault(room, Counter())
        counter.update(found)
        self.messages[room] += 1
        if len(counter) > MAX_TERMS_PER_ROOM:
            for term in [t for t, n in counter.items() if n < MIN_MESSAGES]:
                del counter[term]
        return found

    def top(self, room: str, k: int = 6) -> list[Theme]:
        counter = self.rooms.get(room)
        if not counter:
            return []
        n_rooms = len(self.rooms)
        df: Counter[str] = Counter()
        for other in self.rooms.values():
            df.update(t for t in counter if t in other)
        scored = []
        for term, n in counter.items():
            if n < MIN_MESSAGES:
                continue
            idf = math.log((1 + n_rooms) / (1 + df[term])) + 1
            words = term.count(" ") + 1
            boost = 1.0 + 0.5 * (words - 1)
            scored.append(Theme(term, n, round(n * idf * boost, 3)))
        scored.sort(key=lambda t: (-t.score, -t.messages, t.term))
        bridges = _cjk_bridges({t.term: t.messages for t in scored})
        chosen: list[Theme] = []
        for theme in scored:
            if theme.term in bridges or any(_overlaps(theme.term, c.term) for c in chosen):
                continue
            chosen.append(theme)
            if len(chosen) >= k:
                break
        return chosen


def _cjk_bridges(counts: dict[str, int]) -> set[str]:
    """Chinese bigrams that straddle two words ("络安" in "网络安全"): a bigram ``xy`` is a
    bridge when some bigram ending in ``x`` and some bigram starting with ``y`` are at
    least as frequent. Real words are never rarer than the fragments that span them."""
    ends: dict[str, int] = {}
    starts: dict[str, int] = {}
    for term, n in counts.items():
        if len(term) == 2 and _CJK.match(term):
            ends[term[1]] = max(ends.get(term[1], 0), n)
            starts[term[0]] = max(starts.get(term[0], 0), n)
    return {
        term
        for term, n in counts.items()
        if len(term) == 2 and _CJK.match(term) and ends.get(term[0], 0) >= n and starts.get(term[1], 0) >= n
    }


def _overlaps(a: str, b: str) -> bool:
    """True if one term's words are all inside the other (e.g. "bus" and "school bus")."""
    wa, wb = a.split(" "), b.split(" ")
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def top_terms(counter: Counter[str], k: int = 5, exclude: Iterable[str] = ()) -> list[str]:
    """Most frequent terms (phrases first on ties) without overlaps, for the questions section."""
    banned = set(exclude)
    chosen: list[str] = []
    frequent = {t: n for t, n in counter.items() if n >= MIN_MESSAGES}
    banned |= _cjk_bridges(frequent)
    ranked = sorted(frequent.items(), key=lambda tn: (-tn[1] * (1 + 0.5 * tn[0].count(" ")), tn[0]))
    for term, _n in ranked:
        if term in banned or any(_overlaps(term, c) for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) >= k:
            break
    return chosen


QUOTE_MAX = 280


def quote_quality(text: str) -> float:
    """Prefer full sentences of readable length: very short or very long quotes rank lower."""
    n = len(text)
    if n < 20:
        return n / 20
    if n <= 200:
        return 1.0 + n / 400
    return max(0.2, 1.5 - (n - 200) / 400)


def shorten(text: str, limit: int = QUOTE_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass
class QuotePicker:
    """Keeps the best ``per_key`` quotes per key (theme or question) in bounded memory."""

    per_key: int = 3
    _heaps: dict[str, list[tuple[float, int, str, str]]] = field(default_factory=dict)
    _seq: int = 0

    def offer(self, key: str, text: str, speaker: str, bonus: float = 0.0) -> None:
        # A quote with a removed detail is about the detail, not the topic; labels inside
        # a quote would hint at who said what, and quotes carry no labels.
        if len(text.strip()) < 8 or _REMOVED.search(text):
            return
        text = _LABEL.sub("another participant", text)
        heap = self._heaps.setdefault(key, [])
        self._seq += 1
        # Same speaker twice for one key: keep only their better quote (different voices).
        for i, (_score, _seq, _text, who) in enumerate(heap):
            if who == speaker:
                if quote_quality(text) + bonus > heap[i][0]:
                    heap[i] = (quote_quality(text) + bonus, self._seq, shorten(text), speaker)
                    heapq.heapify(heap)
                return
        item = (quote_quality(text) + bonus, self._seq, shorten(text), speaker)
        if len(heap) < self.per_key:
            heapq.heappush(heap, item)
        elif item[0] > heap[0][0]:
            heapq.heapreplace(heap, item)

    def quotes(self, key: str) -> list[str]:
        heap = self._heaps.get(key, [])
        return [text for _score, _seq, text, _who in sorted(heap, key=lambda x: (-x[0], x[1]))]
