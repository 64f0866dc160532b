"""Train the learned scorers (moderation/data/<head>_model.json).

    python scripts/train_models.py                   # every head: cross-validate, then write
    python scripts/train_models.py --head selfharm   # one head
    python scripts/train_models.py --cv-only         # only print the cross-validation tables

Why a script and not a notebook: the weights are data shipped with the
package, so anyone must be able to rebuild them byte for byte from the
repository.  Training is deterministic (fixed seed, sorted inputs).

Heads: ``selfharm`` (stage ``selfharm_model``), and since session 18
``bullying`` (bullying and threats) and ``grooming`` (stages
``<head>_model``, `moderation/harm_model.py`).

Training data:

* ``tests/moderation/data/heldout*.jsonl``: labelled sets written by people
  who never saw the rules; the line's ``categories`` are the labels.
* ``scripts/selfharm_training/*.jsonl``: lines written for training only
  (everyday first-person chat in ten languages, and disclosures); a line
  marked ``"about": "other"`` (someone else at risk now) is left to the
  rules and not trained on.
* ``scripts/harm_training/*.jsonl`` (the harm heads only): lines in the
  held-out sets' format written for training, in 13 languages, each harm
  beside everyday lines that share its words.
* every message-like string constant in ``tests/moderation/*.py``, labelled
  by the rules (the model stage switched off), except those whose only
  self-harm evidence is a bare topic word, and those only the shipped model
  holds (a test may pin them as disclosures): the model decides those
  itself.  Those tests pin the rules' behaviour, so this teaches the models the hard negatives they hold ("this
  homework is killing me", "we learned what grooming is") as well as the
  positives.  ``test_selfharm_model.py`` and ``test_harm_model.py`` are
  skipped: their strings are messages the models must never have seen.

The devset (``../shared/moderation/devset.jsonl``) is never used.

Each head's threshold is chosen by cross-validation: the lowest score at
which the model newly holds at most ``max_clean`` of the clean held-out
lines (each set scored by a model trained without it: the sets are left
out in ``FOLDS`` groups) and at most
``max_hard`` of the test suite's hard negatives (scored by a model trained
without them).  The shipped model (trained on everything) then must not
hold any test string the rules pass: the threshold rises just above the
highest such score, by at most ``MAX_PINNED_RISE`` (a head's ``max_rise``),
or training fails.
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation import (  # noqa: E402
    Pipeline,
)
from moderation.harm_model import HEADS as HARM_HEADS  # noqa: E402
from moderation.lexicon import LANGS  # noqa: E402
from moderation.linear_model import (  # noqa: E402
    _is_cjk,
    _words,
    features,
    long_enough,
    model_path,
    sentences,
    short_enough,
)
from moderation.normalise import prepare  # noqa: E402
from moderation.policy import Policy  # noqa: E402
from moderation.rules import RuleSet  # noqa: E402
from moderation.selfharm_model import (  # noqa: E402
    SelfHarmModelStage,
    _aimed_at_others,
    _framed,
    first_person,
)
from moderation.stages import build_stages  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"
EXTRA = ROOT / "scripts" / "selfharm_training"
HARM_EXTRA = ROOT / "scripts" / "harm_training"
_MODEL_TESTS = frozenset({"test_selfharm_model.py", "test_harm_model.py"})
_OPEN = frozenset({"allow", "redact"})
_MODEL_STAGES = frozenset({"selfharm_model", *(f"{h}_model" for h in HARM_HEADS)})


@dataclass(frozen=True)
class Head:
    labels: frozenset[str]
    max_clean: float  # share of clean held-out lines it may newly hold
    max_hard: float  # share of the test suite's unseen hard negatives
    min_count: int  # features seen in fewer training lines are dropped
    tiers: tuple[str, ...]  # the tiers besides "main" (`linear_model.TIERS`) the stage reads
    # training-only line directories besides ``selfharm_training`` (heldout format)
    extra_dirs: tuple[Path, ...] = ()
    max_rise: float = 0.5  # `MAX_PINNED_RISE`, for this head
    shipped: bool = True  # trained by default (a head that is not is only trained by name)


# Grooming, bullying (with threats) and sexual heads were first tried in session 4
# (2026-12-06) and not shipped: the held-out sets of the time had few such lines the
# rules missed (7, 7 and 3 of 352, 292 and 103).  Session 18's development sets, in 13
# languages, showed the rules missing most of them, and its training lines
# (``scripts/harm_training``) let the bullying and grooming heads ship.
# how far the threshold may rise to clear the pinned everyday test strings.
# 0.3 until session 6: with the tr/pl/id and indirect-disclosure data the
# cross-validated threshold fell to about 1.0 while a consultation farewell
# ("stasera è l'ultima volta che mi connetto, grazie a tutti...") still scored
# 1.39; cross-validated at 1.39 the model still carried 1012 of 1035 held-out
# disclosures and newly held 3 of 3722 clean lines, so the larger rise costs little
MAX_PINNED_RISE = 0.5
# budgets: 0.5% of clean held-out lines and 2% of unseen hard negatives until
# session 12.  Cross-validated (5 folds, session 12 data), the scorer carried
# 397 of the rules' 461 missed disclosures at 0.5% (threshold 0.85) and 412 at
# 1.0% (0.25): 15 more disclosures for 33 more of 6,863 clean lines held for a
# moderator.  A missed disclosure is the worse error (the first
# non-negotiable), and the kept-back general sets alter 3.5% of clean lines
# against a 5% target, so the budget is 1% (3% for the hard negatives, which
# would otherwise set the threshold alone)
HEADS = {
    "selfharm": Head(frozenset({"self_harm"}), 0.01, 0.03, 1, ("short", "other", "sentence")),
    # session 18 (`harm_model.py`): smaller clean budgets than the self-harm head's, whose
    # holds a missed disclosure justifies; heads add up, and a child held for a
    # harmless message is put off speaking.  Their pinned rise may be larger: the suite
    # pins many short everyday lines with the rules' words ("sab log uski photo pe ❤️
    # daalo", a pile-on of kindness, scored 0.51 above the bullying head's threshold)
    "bullying": Head(frozenset({"bullying", "threat"}), 0.005, 0.02, 2, ("short",), (HARM_EXTRA,), 1.5),
    "grooming": Head(frozenset({"grooming"}), 0.003, 0.01, 2, ("short",), (HARM_EXTRA,), 3.0),
    "sexual": Head(frozenset({"sexual"}), 0.002, 0.01, 2, ("short",), (HARM_EXTRA,), 3.5),
    "spam": Head(frozenset({"spam"}), 0.002, 0.01, 2, ("short",), (HARM_EXTRA,), 3.5, shipped=False),
}
# Session 18 trained sexual and spam heads and did not ship them: pinned test strings raised
# their thresholds to 3.16 and 3.46 for one blind line each.  Session 19 wrote 650 more
# training lines of each kind, read each test string with the language its test gives it
# (`_test_langs`: "qui veut voir ma b1te en cam", held for French, had pinned the sexual
# threshold as everyday) and ships the sexual head.  The spam head still fails: "never
# verify your account on random sites like robux-free.xyz", a warning the suite pins,
# shares every word of the scams it names (4.42 against a cross-validated 0.49), so spam
# is left to rules (`spam_link_cues.py`, `spam_reply_scams.py`, `spam_chain.py`); its
# Head is kept to measure it with --cv-only


Example = tuple[frozenset[str], bool]

# how many times a pinned everyday test string (one the rules pass) is shown
# in training.  The suite pins them as minimal pairs of its disclosures ("my
# friend cuts herself and i dont know what to do" beside "my friend cuts
# herself and i do too"): shown once among ten thousand lines, one could not
# outweigh the words it shares with its disclosure, and the shipped model
# held it (session 10: 1.35-1.94 against a threshold of 0.5).
PINNED_COPIES = 3

# cross-validation folds: each held-out set is scored by a model trained without
# its fold.  One model per set (52 fits) took 21 minutes on one core by session
# 11; ten folds leave out a tenth of the sets each and take a fifth of the time
FOLDS = 10


class Line:
    """One labelled message with what the rules already did with it."""

    def __init__(self, text: str, lang: str | None, gold: frozenset[str] | None, pipe: Pipeline,
                 listed_everyday: bool = False) -> None:
        self.text = text
        prep = prepare(text, lang)
        v = pipe.check(text, lang)
        self.feats = frozenset(features(prep))
        self.rule_cats = frozenset(v.categories)
        self.aimed = _aimed_at_others(v)
        self.from_tests = gold is None
        self.gold = self.rule_cats if gold is None else gold  # test strings: the rules' labels
        self.action = v.action.value
        # held as someone else at risk now (selfharm_others_acute.py): the rules'
        # class, not the writer's own words, which are what the scorer reads
        self.about_other = any(r.endswith(":others_acute") for r in v.reasons)
        self.clean = self.action == "allow"
        self.framed = _framed(v)
        self.first_person = first_person(prep)
        words = _words(prep)
        self.long = long_enough(prep, words)
        # the threshold the stage scores it against (`linear_model.TIERS`)
        short = short_enough(prep, words)
        self.tier = (("main" if self.first_person else "other") if self.long
                     else "short" if self.first_person and short else None)
        # the bullying scorer's tiers: length only
        self.length_tier = "main" if self.long else "short" if short else None
        # the first-person parts of a long message the "sentence" tier scores, unless a
        # frame read the message as talk (the stage's `_sentence`)
        self.sentence_feats = () if _framed(v) else tuple(
            frozenset(features(sp)) for sp in sentences(prep) if first_person(sp))
        # a bare topic word no frame excuses, and no other self-harm rule: the
        # model itself decides such a message, so the rules cannot label it
        self.topic_only = "self_harm" not in self.rule_cats and any(
            h.excused_by is None for h in _build()[1].scan(prep)
        )
        # a test string only the shipped scorer holds: the suite may pin it as a
        # disclosure (helpers' tests of session 11 did, 56 of them), so the rules'
        # "everyday" label is not known to be right; the model decides it itself
        shipped = _shipped().check(text, lang)
        self.model_only = (gold is None and "self_harm" not in self.rule_cats
                           and "self_harm" in shipped.categories)
        # the same for the harm scorers (`test_harm_model.py`'s strings are never read): the
        # heads whose shipped scorer alone holds this test string
        self.harm_model_only = frozenset() if gold is not None or self.rule_cats else frozenset(
            h for h in HARM_HEADS if any(r.startswith(f"{h}_model:") for r in shipped.reasons))
        # a model-only string a test lists as everyday (`test_lines`): learnt from, but
        # not counted in the threshold's budget nor its pinned rise - chosen *because*
        # the previous scorer held it, it is no fair sample of unseen hard negatives
        self.adversarial = self.model_only and listed_everyday

    @property
    def pinned(self) -> bool:
        """A test string the rules pass: the suite pins it as everyday."""
        return self.from_tests and not self.rule_cats

    def label(self, head: str) -> bool:
        return not self.gold.isdisjoint(HEADS[head].labels)

    def carried(self, head: str) -> bool:
        """The rules already hold it (for self-harm: as self_harm)."""
        if head == "selfharm":
            return "self_harm" in self.rule_cats
        return self.action not in _OPEN

    def in_tier(self, tier: str, head: str = "selfharm") -> bool:
        """Scored against the threshold of `tier` (the "sentence" tier: its parts)."""
        if head != "selfharm":
            return self.length_tier == tier
        return bool(self.sentence_feats) if tier == "sentence" else self.tier == tier

    def tier_score(self, tier: str, w: dict[str, float], bias: float) -> float:
        if tier == "sentence":
            return max(score(w, bias, f) for f in self.sentence_feats)
        return score(w, bias, self.feats)

    def eligible(self, head: str, tier: str = "main") -> bool:
        """The stage's own gate: what the model is asked about at all, against
        the threshold of `tier`."""
        if self.carried(head):
            return False
        if head == "selfharm":
            return self.action != "block" and not self.aimed and self.in_tier(tier)
        # the bullying stage's gate: open, no self-harm, no frame (`bullying_model.py`)
        return "self_harm" not in self.rule_cats and not self.framed and self.in_tier(tier, head)


@functools.cache
def _build() -> tuple[Pipeline, RuleSet]:
    """The pipeline without the model stage, and the bare topic rules that
    stage decides (taken from it, so the two never drift apart)."""
    policy = Policy.default()
    stages = build_stages(policy)
    model = next(s for s in stages if isinstance(s, SelfHarmModelStage))
    assert model.topic is not None
    rules = [s for s in stages if getattr(s, "name", "") not in _MODEL_STAGES]
    return Pipeline(policy, rules), model.topic


@functools.cache
def _shipped() -> Pipeline:
    """The whole pipeline, with the scorer as shipped before this training."""
    return Pipeline(Policy.default())


def rules_pipeline() -> Pipeline:
    return _build()[0]


def load_sets(pipe: Pipeline) -> dict[str, list[Line]]:
    sets: dict[str, list[Line]] = {}
    for path in sorted(DATA.glob("heldout*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        sets[path.stem] = [
            Line(str(r["text"]), r.get("lang"), frozenset(r["categories"]), pipe) for r in rows
        ]
    return sets


def extra_lines(pipe: Pipeline) -> dict[str, list[Line]]:
    """Lines written for training only (``scripts/selfharm_training``), by
    file: many everyday first-person lines in every language, so the model
    does not learn that a language's common words mean a disclosure."""
    out: dict[str, list[Line]] = {}
    for path in sorted(EXTRA.glob("*.jsonl")):
        lines = out.setdefault(path.stem, [])
        for x in path.read_text(encoding="utf-8").splitlines():
            if x.strip():
                r = json.loads(x)
                if r.get("about") == "other":
                    # someone else at risk now ("my friend just texted she took pills, what
                    # do i do"): held by rules (selfharm_others_acute.py); the scorer reads
                    # the writer's own words, and would learn "my friend ... what do i do"
                    # against the suite's pinned advice questions
                    continue
                gold = frozenset({"self_harm"} if r["self_harm"] else ())
                lines.append(Line(str(r["text"]), r.get("lang"), gold, pipe))
    return out


def labelled_lines(pipe: Pipeline, directory: Path) -> dict[str, list[Line]]:
    """Training-only lines in the held-out sets' format (``categories`` are the
    labels), by file: a head's own ``extra_dirs``."""
    out: dict[str, list[Line]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        out[f"{directory.name}/{path.stem}"] = [
            Line(str(r["text"]), r.get("lang"), frozenset(r["categories"]), pipe) for r in rows
        ]
    return out


def _message_like(s: str) -> bool:
    """Three words or more, or four Chinese characters (no spaces there)."""
    if len(s) >= 8 and len(s.split()) >= 3:
        return True
    return sum(map(_is_cjk, s)) >= 4


def _everyday_named(tree: ast.AST) -> set[str]:
    """Strings a test module lists under a name that says they are everyday
    (``EVERYDAY``, ``OWN_EVERYDAY``, ``SCORER_HOLDS``: the lines the rules pass
    and the shipped scorer still holds, which the tests pin as everyday)."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if any("EVERYDAY" in n or n == "SCORER_HOLDS" for n in names):
            out.update(c.value for c in ast.walk(value)
                       if isinstance(c, ast.Constant) and isinstance(c.value, str))
    return out


def _test_langs(tree: ast.AST) -> dict[str, str]:
    """The language a test gives a string: ``("qui veut voir ma b1te en cam", "fr")``
    in a parametrized list, or ``check("...", lang="fr")``.  Why: a string checked
    with its language and held for it ("bite" is listed for French only) read as
    everyday without it, and pinned the sexual scorer's threshold at 3.02."""
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        text = lang = None
        if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
            a, b = node.elts[0], node.elts[1]
            if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
                text, lang = a.value, b.value
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            text = node.args[0].value
            lang = next((k.value.value for k in node.keywords
                         if k.arg == "lang" and isinstance(k.value, ast.Constant)), None)
        if isinstance(text, str) and isinstance(lang, str) and lang in LANGS:
            out.setdefault(text, lang)
    return out


def test_lines(pipe: Pipeline) -> list[Line]:
    seen: set[str] = set()
    everyday: set[str] = set()
    langs: dict[str, str] = {}
    for f in sorted((ROOT / "tests" / "moderation").glob("*.py")):
        if f.name in _MODEL_TESTS:
            continue  # the models' own tests are messages they must never have seen
        tree = ast.parse(f.read_text(encoding="utf-8"))
        everyday |= _everyday_named(tree)
        for text, lang in _test_langs(tree).items():
            langs.setdefault(text, lang)
        for node in ast.walk(tree):
            v = node.value if isinstance(node, ast.Constant) else None
            if isinstance(v, str) and len(v) <= 300 and _message_like(v):
                seen.add(v)
    lines = [Line(text, langs.get(text), None, pipe, text in everyday) for text in sorted(seen)]
    # a string only the shipped scorer holds is left out (its label is not known), unless
    # a test lists it as everyday: then the scorer must learn it is not a disclosure
    # (session 13: 44 of the second coverage matrix's everyday lines stayed held because
    # each retraining left them out)
    return [line for line in lines if not (
        line.topic_only or line.about_other or (line.model_only and not line.adversarial)
    )]


def train(
    examples: list[Example], epochs: int, l2: float, seed: int, min_count: int
) -> tuple[dict[str, float], float]:
    """Logistic regression by AdaGrad, positives weighted up to balance the classes.

    Features seen in fewer than ``min_count`` training lines are dropped: a
    word met once is a fact about that line, not about disclosures."""
    counts: Counter[str] = Counter(f for feats, _ in examples for f in feats)
    keep = {f for f, c in counts.items() if c >= min_count and any(ch.isalnum() for ch in f)}
    # sorted: the float sums come out the same whatever the hash seed
    rows = [(tuple(sorted(feats & keep)), y) for feats, y in examples]
    npos = sum(1 for _, y in rows if y) or 1
    pos_weight = (len(rows) - npos) / npos
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, gb = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = bias + sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (pos_weight if y else 1.0)
            gb += g * g
            bias -= 0.1 * g / math.sqrt(gb)
            for f in feats:
                wf = w.get(f, 0.0)
                gf = g + l2 * wf
                g2[f] = g2.get(f, 1e-8) + gf * gf
                w[f] = wf - 0.1 * gf / math.sqrt(g2[f])
    return w, bias


def score(w: dict[str, float], bias: float, feats: frozenset[str]) -> float:
    # fsum: a float sum in set order depends on the hash seed (see linear_model)
    return bias + math.fsum(w.get(f, 0.0) for f in feats)


def examples_of(lines: list[Line], head: str) -> list[Example]:
    out = []
    for ln in lines:
        # a pinned string has no rule category, so its label is always False
        out += [(ln.feats, ln.label(head))] * (PINNED_COPIES if ln.pinned else 1)
    return out


def lowest_threshold(scores: list[float], budget: float) -> float:
    """The lowest threshold (not below 0) at which at most ``budget`` of
    ``scores`` lie above it."""
    ranked = sorted(scores, reverse=True)
    allowed = int(budget * len(ranked))
    return max(ranked[allowed] if allowed < len(ranked) else 0.0, 0.0)


Fit = Callable[[list[Example]], tuple[dict[str, float], float]]


def train_head(
    head: str, fit: Fit, sets: dict[str, list[Line]], tests: list[Line],
    extra_sets: dict[str, list[Line]], cv_only: bool,
) -> None:
    budget = HEADS[head]
    held = [ln for lines in sets.values() for ln in lines]
    extra = [ln for lines in extra_sets.values() for ln in lines]
    # 1. each held-out set and each training file scored by a model that never
    # saw it, a tenth of each left out at a time.  The held-out sets choose the
    # main threshold; the training files, which hold most of the short and the
    # third-person lines, the other tiers' (`tier_thresholds`)
    fold_scores: dict[str, list[tuple[float, Line]]] = {}
    tier_scores: dict[str, list[tuple[float, Line]]] = {t: [] for t in budget.tiers}
    # each training line's whole-message score by the same fold's model: a line the
    # "sentence" tier holds counts only if its own tier does not hold it already
    whole: dict[int, float] = {}
    names, extra_names = sorted(sets), sorted(extra_sets)
    for i in range(FOLDS):
        fold, extra_fold = set(names[i::FOLDS]), set(extra_names[i::FOLDS])
        others = [ln for o, ls in sets.items() if o not in fold for ln in ls]
        others += [ln for o, ls in extra_sets.items() if o not in extra_fold for ln in ls]
        w, b = fit(examples_of(tests + others, head))
        for name in fold:
            fold_scores[name] = [(score(w, b, ln.feats), ln) for ln in sets[name] if ln.eligible(head)]
        for name in extra_fold:
            for t in budget.tiers:
                tier_scores[t] += [(ln.tier_score(t, w, b), ln) for ln in extra_sets[name]
                                   if ln.eligible(head, t)]
            whole.update((id(ln), score(w, b, ln.feats)) for ln in extra_sets[name] if ln.sentence_feats)
    clean = [s for rows in fold_scores.values() for s, ln in rows if ln.clean and not ln.label(head)]
    n_clean = sum(1 for ln in held if ln.clean and not ln.label(head))
    # 2. the test suite's hard negatives scored by a model that never saw them
    w, b = fit(examples_of(extra + held, head))
    hard = [score(w, b, ln.feats) for ln in tests
            if ln.eligible(head) and not ln.label(head) and not ln.adversarial]
    n_hard = sum(1 for ln in tests if not ln.label(head) and not ln.adversarial)
    threshold = max(
        lowest_threshold(clean + [-99.0] * (n_clean - len(clean)), budget.max_clean),
        lowest_threshold(hard + [-99.0] * (n_hard - len(hard)), budget.max_hard),
    )
    # 3. the shipped model learns from everything
    w, b = fit(examples_of(tests + extra + held, head))
    weights = {f: round(x, 3) for f, x in sorted(w.items()) if abs(x) >= 0.005}
    # 4. a test string the rules pass is pinned as everyday by the suite; the
    # threshold rises just above the shipped model's score of any it would
    # still hold (it learnt them, so this is a small step), or training fails
    pinned = [(score(weights, b, ln.feats), ln.text) for ln in tests
              if ln.eligible(head) and not ln.label(head) and not ln.adversarial]
    top, top_text = max(((x, t) for x, t in pinned if x > threshold), default=(None, ""))
    if top is not None:
        if top - threshold > budget.max_rise and cv_only:
            print(f"[{head}] the pinned everyday test string {top_text!r} scores {top:.2f}")
        elif top - threshold > budget.max_rise:
            raise SystemExit(f"[{head}] the pinned everyday test string {top_text!r} scores {top:.2f}, "
                             f"{top - threshold:.2f} above the threshold: add training data")
        # at least 0.005 above it: floor(top * 100 + 1) / 100 was the string's
        # own score when it scored 1.1599999 ("gracias por todo, adiós a todos!")
        threshold = math.ceil(top * 100 + 0.5) / 100
    print(f"\n[{head}] threshold {threshold:.2f}: newly holds {sum(s > threshold for s in clean)} of "
          f"{n_clean} clean held-out lines and {sum(s > threshold for s in hard)} of {n_hard} "
          f"unseen test-suite negatives")
    print(f"{'left out':<12}{'rules':>10}{'+ model':>10}{'clean newly held':>18}")
    tot = [0, 0, 0, 0, 0]
    for name, lines in sets.items():
        n_pos = sum(ln.label(head) for ln in lines)
        rules = sum(ln.label(head) and ln.carried(head) for ln in lines)
        added = sum(1 for s, ln in fold_scores[name] if ln.label(head) and s > threshold)
        fp = sum(1 for s, ln in fold_scores[name] if ln.clean and not ln.label(head) and s > threshold)
        n_cl = sum(1 for ln in lines if ln.clean and not ln.label(head))
        print(f"{name:<12}{f'{rules}/{n_pos}':>10}{f'{rules + added}/{n_pos}':>10}{f'{fp}/{n_cl}':>18}")
        tot = [a + b for a, b in zip(tot, (rules, added, n_pos, fp, n_cl), strict=True)]
    print(f"{'all':<12}{f'{tot[0]}/{tot[2]}':>10}{f'{tot[0] + tot[1]}/{tot[2]}':>10}{f'{tot[3]}/{tot[4]}':>18}")
    tiers = tier_thresholds(head, threshold, tier_scores, extra, tests, weights, b, whole)
    if cv_only:
        return
    path = model_path(head)
    path.write_text(json.dumps(
        {"about": f"{head} scorer; rebuild with scripts/train_models.py",
         "bias": round(b, 3), "threshold": round(threshold, 2), "tiers": tiers, "weights": weights},
        ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(weights)} weights"
          + (f"; threshold raised above a pinned test string ({top:.2f})" if top is not None else ""))


def tier_thresholds(
    head: str, main: float, tier_scores: dict[str, list[tuple[float, Line]]], extra: list[Line],
    tests: list[Line], weights: dict[str, float], bias: float, whole: dict[int, float],
) -> dict[str, float]:
    """Each other tier's threshold: the main one, or higher where the tier's
    cross-validated clean training lines need it to stay within the clean
    budget; then just above any pinned everyday test string of the tier the
    shipped model would hold (as the main threshold).  Short messages share
    few words with anything, so a tier's threshold is chosen on its own lines:
    at the main threshold, short everyday lines were held two to four times
    as often as long ones (session 16).  The "sentence" tier comes last: a
    line its own tier already holds (by `whole`) is no line it adds."""
    out: dict[str, float] = {"main": main}
    for t in HEADS[head].tiers:
        rows = tier_scores[t]
        if t == "sentence":
            rows = [(s, ln) for s, ln in rows
                    if not (ln.tier and whole[id(ln)] > out.get(ln.tier, math.inf))]
        clean = [s for s, ln in rows if ln.clean and not ln.label(head)]
        n_clean = sum(1 for ln in extra if ln.in_tier(t, head) and ln.clean and not ln.label(head))
        thr = max(main, lowest_threshold(clean + [-99.0] * (n_clean - len(clean)), HEADS[head].max_clean))
        pinned = [ln.tier_score(t, weights, bias) for ln in tests
                  if ln.eligible(head, t) and not ln.label(head) and not ln.adversarial]
        top = max((x for x in pinned if x > thr), default=None)
        if top is not None:
            thr = math.ceil(top * 100 + 0.5) / 100
        pos = [s for s, ln in rows if ln.label(head)]
        n_pos = sum(1 for ln in extra if ln.in_tier(t, head) and ln.label(head) and not ln.carried(head))
        print(f"[{head}] tier {t}: threshold {thr:.2f}; cross-validated over the training files it adds "
              f"{sum(s > thr for s in pos)} of the {n_pos} disclosures the rules miss and newly holds "
              f"{sum(s > thr for s in clean)} of {n_clean} clean lines"
              + (f" (raised above a pinned test string, {top:.2f})" if top is not None else ""))
        out[t] = round(thr, 2)
    del out["main"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--head", choices=sorted(HEADS), action="append")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    pipe = rules_pipeline()
    sets = load_sets(pipe)
    tests, extra = test_lines(pipe), extra_lines(pipe)
    print(f"{sum(map(len, sets.values()))} held-out lines in {len(sets)} sets; {len(tests)} test strings; "
          f"{sum(map(len, extra.values()))} training lines in {len(extra)} files")
    for head in args.head or [h for h, spec in HEADS.items() if spec.shipped]:
        fit: Fit = functools.partial(train, epochs=args.epochs, l2=args.l2, seed=args.seed,
                                     min_count=HEADS[head].min_count)
        own = dict(extra)
        for directory in HEADS[head].extra_dirs:
            own.update(labelled_lines(pipe, directory))
        # a test string only the head's shipped scorer holds: its label is not known
        head_tests = [ln for ln in tests if head not in ln.harm_model_only]
        train_head(head, fit, sets, head_tests, own, args.cv_only)


if __name__ == "__main__":
    main()
