"""Linear bag-of-words scorers behind the rules, and their features.

Why: every blind set written by people who never saw the rules carries
harm worded in ways no phrase rule has seen - above all indirect self-harm
disclosures ("i gave my cat to my cousin, she'll look after her better").
Rules written from one set's misses lift that set to the target but move
the next one only a few points.  A linear model over the words of a message
generalises from the *vocabulary* of a harm instead of its exact shape.

A model is plain data (``data/<head>_model.json``: weights, bias and the
threshold chosen on held-out sets), trained by ``scripts/train_models.py``.
Scoring is one dictionary lookup per feature, done by ``map`` in C, a few
microseconds per message.  The one head shipped is ``selfharm``
(``selfharm_model.py``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from itertools import pairwise, repeat
from math import fsum
from pathlib import Path
from typing import Any

from . import model_cache
from .abbrev_langs import LANG_ABBREV_WORDS
from .normalise import Prepared, prepare

DATA = Path(__file__).with_name("data")
_ZEROS = repeat(0.0)
_POSITIVE: Callable[[float], Any] = (0.0).__lt__  # w > 0, as a C predicate for `filter`
_MIN_WORDS = 6
_MIN_CJK = 5
# a short message (three to five words, three or four Chinese characters) is scored
# only against its own, higher threshold (`TIERS`)
_MIN_SHORT_WORDS = 3
_MIN_SHORT_CJK = 3
# the thresholds a model carries, by the message it scores: "main", long and in the
# first person; "short", short and in the first person; "other", long and not in the
# first person; "sentence", one sentence of a longer message (`sentences`).  A tier
# with no threshold in the model file is never held
TIERS = ("main", "short", "other", "sentence")
# clause ends for `sentences`: sentence ends, commas and colons, Latin and full-width
# (NFKC has made most full-width forms Latin), and a line break
_CLAUSE_END = re.compile(r"[.!?;,:\n\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]+")
_SPACE = re.compile(r"\s+")
_STEM = 5
# share of a message's words the model has a weight for, below which its
# score says nothing (see `LinearModel.knows`)
MIN_COVERAGE = 0.5


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _words(prep: Prepared) -> tuple[str, ...]:
    # the word tokens, not the phrase form: most messages never need the
    # phrase form built (no rule is a candidate), and building it for the
    # model alone cost more than the model itself
    words = _despaced(prep.tokens, prep.runs) if prep.runs else prep.tokens
    own = LANG_ABBREV_WORDS.get(prep.lang) if prep.lang else None
    if own is None or own.keys().isdisjoint(words):
        return words
    # the language's chat spellings read as the words they stand for, as the phrase
    # form does: "vc n sabe q" is "voce nao sabe que" to the model too (the weights of
    # the full forms are learnt from many more lines)
    out: list[str] = []
    for w in words:
        out.extend(own.get(w, (w,)))
    return tuple(out)


def _despaced(tokens: tuple[str, ...], runs: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with letters split by separators joined back into their runs:
    "s u i c i d e is on my mind" is the word "suicide" to the rules, and
    scored as seven letters it looked like nothing (-5 on a disclosure)."""
    out: list[str] = []
    i, n, k = 0, len(tokens), 0
    while i < n:
        if k < len(runs) and len(tokens[i]) == 1:
            run = runs[k]
            end = i + len(run)
            if all(len(t) == 1 for t in tokens[i:end]) and "".join(tokens[i:end]) == run:
                out.append(run)
                i, k = end, k + 1
                continue
        out.append(tokens[i])
        i += 1
    return tuple(out)


def _singles(prep: Prepared, words: tuple[str, ...]) -> set[str]:
    single = set(words)
    # a long word's first five letters ("~порез" for порезала, порезал,
    # порезать): inflected languages spell one word many ways, and a bag of
    # exact words learnt each form apart (session 11: with the same data, 2 of
    # 280 fewer everyday lines held on a blind set, the same recall).  Not
    # Chinese: its "words" are whole unspaced runs, covered by character pairs
    single.update(["~" + w[:_STEM] for w in words if len(w) > _STEM + 1 and not _is_cjk(w[0])])
    if prep.has_cjk:
        n = prep.norm
        runs = [n[i : i + 3] for i in range(len(n) - 1) if _is_cjk(n[i]) and _is_cjk(n[i + 1])]
        single.update(r[:2] for r in runs)
        single.update(r for r in runs if len(r) == 3 and _is_cjk(r[2]))
    return single


def _pairs(words: tuple[str, ...]) -> set[str]:
    # pairs hold a space and single features never do: the sets never overlap
    return set(map(" ".join, pairwise(words)))


def long_enough(prep: Prepared, words: tuple[str, ...]) -> bool:
    """Six words, or five Chinese characters: a bag of words needs some
    evidence, and short disclosures ("i want to die") are the rules' job.
    Short first-person lines are where it errs ("i am not flooding", "i
    just want to", "hochu pizzu"); every line the model alone held on the
    labelled sets had seven words or more."""
    if len(words) >= _MIN_WORDS:
        return True
    return prep.has_cjk and _cjk_count(prep.norm) >= _MIN_CJK


# words a phrase cannot end on: a short message that stops at one ("i just want to",
# "ich will nur mit", "je veux juste que") has not said its thing yet.  Not the words
# another language ends on ("die", "do", "se": "i want to die", "idk what to do", "no sé")
_BREAKS_OFF = frozenset(
    "to a an the and or of for with my your de la el los las en y o que con por para le les "
    "des du et ou pour avec zu und oder mit der den dem ein eine einen di il lo gli che e per "
    "ao com и в на с к что а или że w z ve ile ki dan yang ke untuk aur ko".split()
)


def short_enough(prep: Prepared, words: tuple[str, ...]) -> bool:
    """Too short for the main tier but long enough for the short one, and not
    broken off before its last word."""
    if words and words[-1] in _BREAKS_OFF:
        return False
    if len(words) >= _MIN_SHORT_WORDS:
        return True
    return prep.has_cjk and _cjk_count(prep.norm) >= _MIN_SHORT_CJK


def sentences(prep: Prepared) -> tuple[Prepared, ...]:
    """A long message's parts, each prepared as a message of its own (kept on
    the message): its clauses (split at sentence ends, commas and colons),
    each joined with the next until it is long enough for the main tier.  A
    message of one part has none.

    Why: the score is a sum over the message's words, and everyday words
    weigh against a disclosure.  A disclosure told in one clause of a long
    everyday message ("got my maths test back (B+), my crush finally said hi,
    and ive decided tonight is when i end it. anyway what did u get") scored
    5.5 alone and below the threshold inside the message: the blind sets of
    sessions 16 and 17 missed ten such lines each."""
    got: tuple[Prepared, ...] | None = prep.extra.get("sentences")
    if got is None:
        chunks: list[str] = []
        cur = ""
        for piece in _CLAUSE_END.split(prep.norm):
            cur = f"{cur} {piece}" if cur else piece
            if len(_SPACE.findall(cur.strip())) >= _MIN_WORDS - 1 or _cjk_count(cur) >= _MIN_CJK:
                chunks.append(cur)
                cur = ""
        if cur and chunks:
            chunks[-1] = f"{chunks[-1]} {cur}"  # a short tail belongs to the clause before it
        got = tuple(prepare(c, prep.lang) for c in chunks) if len(chunks) >= 2 else ()
        prep.extra["sentences"] = got
    return got


def _cjk_count(text: str) -> int:
    return sum(map(_is_cjk, text)) if not text.isascii() else 0


def _parts(
    prep: Prepared, words: tuple[str, ...] | None = None
) -> tuple[tuple[str, ...], set[str]]:
    """Words and single features, kept on the message: the topic check and
    the main check may both score it (`words`: already split, if at hand)."""
    parts: tuple[tuple[str, ...], set[str]] | None = prep.extra.get("linear_model")
    if parts is None:
        if words is None:
            words = _words(prep)
        parts = (words, _singles(prep, words))
        prep.extra["linear_model"] = parts
    return parts


def _pairs_of(prep: Prepared, words: tuple[str, ...]) -> set[str]:
    """`_pairs`, kept on the message: the main score and the parts' bound
    (`LinearModel.could_reach`) both read them."""
    pairs: set[str] | None = prep.extra.get("pairs")
    if pairs is None:
        pairs = prep.extra["pairs"] = _pairs(words)
    return pairs


def features(prep: Prepared) -> set[str]:
    """Word tokens, the first five letters of long ones, adjacent pairs of
    words, and Chinese character pairs and triples, since Chinese has no
    spaces ("不想活了" against "不想活动了" needs the third character)."""
    words = _words(prep)
    return _singles(prep, words) | _pairs(words)


class LinearModel:
    """Logistic-regression weights; a score is the log-odds."""

    __slots__ = ("_pair_max", "bias", "threshold", "thresholds", "weights")

    def __init__(self, weights: dict[str, float], bias: float, thresholds: dict[str, float],
                 pair_max: dict[str, float] | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds
        self.threshold = thresholds["main"]
        if pair_max is None:
            # per first word, the largest positive weight of a pair it starts:
            # bounds what the pairs can add before any pair string is built
            pair_max = {}
            for f, w in weights.items():
                if w > 0 and " " in f:
                    head = f.split(" ", 1)[0]
                    pair_max[head] = max(pair_max.get(head, 0.0), w)
        self._pair_max = pair_max

    def knows(self, prep: Prepared) -> bool:
        """Whether the message is in a language the model has read.

        A message in a language missing from the training data (Polish,
        Turkish, Indonesian) scores on the few words it shares with known
        ones ("w", "nie", "od") and the bias alone, which is noise: a
        teacher's advice in Polish scored above the threshold.  So the model
        only speaks for a message when at least half its words have a weight.
        Chinese words are whole unspaced runs, never in the vocabulary: the
        character features speak for them instead."""
        if prep.has_cjk:
            return True
        words, _ = _parts(prep)
        if not words:
            return False
        known = sum(map(self.weights.__contains__, words))
        return known >= MIN_COVERAGE * len(words)

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """From the JSON file, through the start-up cache (`model_cache.py`)."""
        raw = path.read_bytes()
        cached = model_cache.cache_file(path.stem, raw)
        if cached is not None and (loaded := model_cache.read(cached)) is not None:
            weights, bias, thresholds, pair_max = loaded
            return cls(weights, bias, thresholds, pair_max)
        data = json.loads(raw)
        thresholds = {"main": float(data["threshold"])}
        thresholds.update((t, float(x)) for t, x in data.get("tiers", {}).items())
        model = cls(dict(data["weights"]), float(data["bias"]), thresholds)
        if cached is not None:
            model_cache.write(cached, (model.weights, model.bias, model.thresholds, model._pair_max))
        return model

    def score_features(self, feats: Iterable[str]) -> float:
        get = self.weights.get
        return self.bias + fsum(get(f, 0.0) for f in feats)

    def score(self, prep: Prepared) -> float:
        """``score_features(features(prep))``, reusing the word and single
        features ``score_above`` keeps on the message (the topic check and the
        main check may both score it)."""
        get = self.weights.get
        words, single = _parts(prep)
        return self.bias + fsum(map(get, single, _ZEROS)) + fsum(map(get, _pairs_of(prep, words), _ZEROS))

    def could_reach(self, prep: Prepared, threshold: float) -> bool:
        """Whether any part of the message (`sentences`) could score above
        `threshold`: a part's features are among the message's own, so none can
        score more than the bias and the positive weights of the message's
        features.  Most long messages fail this (on the bench, 174 messages pass
        it, against 1,364 of two parts or more), and their parts are never
        prepared.  (A part is prepared on its own, so a mixed-script message's
        part in one script may fold its words differently: there the bound can
        miss.)"""
        parts = prep.extra.get("linear_model")
        words = _words(prep) if parts is None else parts[0]
        if len(words) < 2 * _MIN_WORDS and not (prep.has_cjk and _cjk_count(prep.norm) >= 2 * _MIN_CJK):
            return False  # too short for two parts
        words, single = _parts(prep, words)
        get = self.weights.get
        # (the best pair per word, `score_above`'s cheap bound, lets 99% of these through)
        singles: Iterable[float] = filter(_POSITIVE, map(get, single, _ZEROS))
        pairs: Iterable[float] = filter(_POSITIVE, map(get, _pairs_of(prep, words), _ZEROS))
        return self.bias + fsum(singles) + fsum(pairs) > threshold

    def score_above(
        self, prep: Prepared, threshold: float, short: float | None = None
    ) -> float | None:
        """The score if it is above ``threshold`` (``short`` for a short
        message; None: short messages are not scored), else None.  The same
        sum as ``score``, but with lookups done by ``map`` in C and the word
        pairs (most of the cost) skipped when even their best case cannot
        reach the threshold, which is true of most messages: this runs on
        every one."""
        get = self.weights.get
        parts = prep.extra.get("linear_model")
        words = _words(prep) if parts is None else parts[0]
        if not long_enough(prep, words):
            if short is None or not short_enough(prep, words):
                return None  # the shortest messages: no feature set built at all
            threshold = short
        single = _parts(prep, words)[1] if parts is None else parts[1]
        # fsum: the features are a set, and a float sum in set order depends on
        # the process's hash seed; a score a hair from the threshold held the
        # same message in one process and not in another
        s = self.bias + fsum(map(get, single, _ZEROS))
        if s + sum(map(self._pair_max.get, words[:-1], _ZEROS)) <= threshold:
            return None
        s += fsum(map(get, _pairs_of(prep, words), _ZEROS))
        return s if s > threshold else None


@functools.cache
def load_model(head: str) -> LinearModel:
    """Loaded once per process: every room's pipeline shares the weights."""
    return LinearModel.load(model_path(head))


def model_path(head: str) -> Path:
    return DATA / f"{head}_model.json"
