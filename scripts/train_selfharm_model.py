"""Train the self-harm scorer (moderation/data/selfharm_model.json).

    python scripts/train_selfharm_model.py            # cross-validate, then write the model
    python scripts/train_selfharm_model.py --cv-only  # only print the cross-validation table

Why a script and not a notebook: the weights are data shipped with the
package, so anyone must be able to rebuild them byte for byte from the
repository.  Training is deterministic (fixed seed, sorted inputs).

Training data:

* ``tests/moderation/data/heldout*.jsonl``: labelled sets written by people
  who never saw the rules; ``self_harm`` in ``categories`` is the label.
* ``scripts/selfharm_training/*.jsonl``: lines written for training only.
* every string constant of three or more words in ``tests/moderation/*.py``,
  labelled by the rules (the model stage switched off).  Those tests pin the
  rules' behaviour, so this teaches the model the hard negatives they hold
  ("this homework is killing me", "my friend self-harms, how do I help")
  as well as the positives.

The devset (``../shared/moderation/devset.jsonl``) is never used.

The threshold is chosen by leave-one-set-out cross-validation over the
held-out sets: the lowest score at which the model newly holds at most
``--max-clean`` of the clean first-person lines the rules allow, pooled over
all folds.  The table printed per fold shows what it adds there.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation import (  # noqa: E402
    Pipeline,
    packs,
    selfharm,
)
from moderation.normalise import prepare  # noqa: E402
from moderation.policy import Policy  # noqa: E402
from moderation.rules import RuleSet  # noqa: E402
from moderation.selfharm_model import (  # noqa: E402
    _AIMED_AT_OTHERS,
    MODEL_PATH,
    _words,
    features,
    first_person,
    long_enough,
)
from moderation.stages import RuleStage, build_stages  # noqa: E402
from moderation.verdict import Action  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"
EXTRA = ROOT / "scripts" / "selfharm_training"
_MODEL_TESTS = "test_selfharm_model.py"


Example = tuple[frozenset[str], bool]


class Line:
    """One labelled message with what the rules already did with it."""

    def __init__(self, text: str, lang: str | None, label: bool, pipe: Pipeline) -> None:
        prep = prepare(text, lang)
        v = pipe.check(text, lang)
        self.feats = frozenset(features(prep))
        self.label = label
        self.clean = v.action.value == "allow"
        self.rules_carry = "self_harm" in v.categories
        # the stage's own gate: what the model would be asked about at all
        self.eligible = (
            not self.rules_carry
            and v.action.value != "block"
            and _AIMED_AT_OTHERS.isdisjoint(v.categories)
            and first_person(prep)
            and long_enough(prep, _words(prep))
        )


def rules_pipeline() -> Pipeline:
    """The pipeline without the model: the bare topic rules, which the model
    stage otherwise decides, hold directly as they did before it existed."""
    policy = Policy.default()
    stages = [s for s in build_stages(policy) if getattr(s, "name", "") != "selfharm_model"]
    topic = RuleSet(r for r in selfharm.RULES + packs.rules("SELF_HARM") if r.name == "self_harm:topic")
    return Pipeline(policy, [*stages, RuleStage("selfharm_topic", topic, policy, Action.HOLD)])


def load_sets(pipe: Pipeline) -> dict[str, list[Line]]:
    sets: dict[str, list[Line]] = {}
    for path in sorted(DATA.glob("heldout*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        sets[path.stem] = [
            Line(str(r["text"]), r.get("lang"), "self_harm" in r["categories"], pipe) for r in rows
        ]
    return sets


def extra_lines(pipe: Pipeline) -> list[Line]:
    """Lines written for training only (``scripts/selfharm_training``): many
    everyday first-person lines in every language, so the model does not
    learn that a language's common words mean a disclosure."""
    out = []
    for path in sorted(EXTRA.glob("*.jsonl")):
        for x in path.read_text(encoding="utf-8").splitlines():
            if x.strip():
                r = json.loads(x)
                out.append(Line(str(r["text"]), r.get("lang"), bool(r["self_harm"]), pipe))
    return out


def _message_like(s: str) -> bool:
    """Three words or more, or four Chinese characters (no spaces there)."""
    if len(s) >= 8 and len(s.split()) >= 3:
        return True
    return sum("\u4e00" <= c <= "\u9fff" for c in s) >= 4


def test_lines(pipe: Pipeline) -> list[Line]:
    seen: set[str] = set()
    for f in sorted((ROOT / "tests" / "moderation").glob("*.py")):
        if f.name == _MODEL_TESTS:
            continue  # the model's own tests are messages it must never have seen
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            v = node.value if isinstance(node, ast.Constant) else None
            if isinstance(v, str) and len(v) <= 300 and _message_like(v):
                seen.add(v)
    out = []
    for text in sorted(seen):
        line = Line(text, None, False, pipe)
        line.label = line.rules_carry
        out.append(line)
    return out


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
    return bias + sum(w.get(f, 0.0) for f in feats)


def examples_of(lines: list[Line]) -> list[Example]:
    return [(ln.feats, ln.label) for ln in lines]


def lowest_threshold(scores: list[float], budget: float) -> float:
    """The lowest threshold (not below 0) at which at most ``budget`` of
    ``scores`` lie above it."""
    ranked = sorted(scores, reverse=True)
    allowed = int(budget * len(ranked))
    return max(ranked[allowed] if allowed < len(ranked) else 0.0, 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--max-clean", type=float, default=0.005,
                    help="share of clean held-out lines the model may newly hold")
    ap.add_argument("--max-hard", type=float, default=0.025,
                    help="share of the test suite's unseen hard negatives it may newly hold")
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    fit = functools.partial(train, epochs=args.epochs, l2=args.l2, seed=args.seed,
                            min_count=args.min_count)

    pipe = rules_pipeline()
    sets = load_sets(pipe)
    tests, extra = test_lines(pipe), extra_lines(pipe)
    held = [ln for lines in sets.values() for ln in lines]
    print(f"{len(held)} held-out lines in {len(sets)} sets; {len(tests)} test strings; "
          f"{len(extra)} training lines")

    # 1. each held-out set scored by a model that never saw it
    fold_scores: dict[str, list[tuple[float, Line]]] = {}
    for name in sets:
        w, b = fit(examples_of(tests + extra + [ln for o, ls in sets.items() if o != name for ln in ls]))
        fold_scores[name] = [(score(w, b, ln.feats), ln) for ln in sets[name] if ln.eligible]
    clean = [s for rows in fold_scores.values() for s, ln in rows if ln.clean and not ln.label]
    n_clean = sum(1 for ln in held if ln.clean and not ln.label)
    # 2. the test suite's hard negatives scored by a model that never saw them
    w, b = fit(examples_of(extra + held))
    hard = [score(w, b, ln.feats) for ln in tests if ln.eligible and not ln.label]
    n_hard = sum(1 for ln in tests if not ln.label)
    threshold = max(
        lowest_threshold(clean + [-99.0] * (n_clean - len(clean)), args.max_clean),
        lowest_threshold(hard + [-99.0] * (n_hard - len(hard)), args.max_hard),
    )
    print(f"threshold {threshold:.2f}: newly holds {sum(s > threshold for s in clean)} of {n_clean} "
          f"clean held-out lines and {sum(s > threshold for s in hard)} of {n_hard} unseen "
          f"test-suite negatives")
    print(f"{'left out':<12}{'self_harm rules':>16}{'+ model':>9}{'clean newly held':>18}")
    tot = [0, 0, 0, 0, 0]
    for name, lines in sets.items():
        n_sh = sum(ln.label for ln in lines)
        rules = sum(ln.label and ln.rules_carry for ln in lines)
        added = sum(1 for s, ln in fold_scores[name] if ln.label and s > threshold)
        fp = sum(1 for s, ln in fold_scores[name] if ln.clean and not ln.label and s > threshold)
        n_cl = sum(1 for ln in lines if ln.clean and not ln.label)
        print(f"{name:<12}{f'{rules}/{n_sh}':>16}{f'{rules + added}/{n_sh}':>9}{f'{fp}/{n_cl}':>18}")
        tot = [a + b for a, b in zip(tot, (rules, added, n_sh, fp, n_cl), strict=True)]
    print(f"{'all':<12}{f'{tot[0]}/{tot[2]}':>16}{f'{tot[0] + tot[1]}/{tot[2]}':>9}{f'{tot[3]}/{tot[4]}':>18}")
    if args.cv_only:
        return

    # 3. the shipped model learns from everything
    w, b = fit(examples_of(tests + extra + held))
    weights = {f: round(x, 3) for f, x in sorted(w.items()) if abs(x) >= 0.005}
    MODEL_PATH.write_text(json.dumps(
        {"about": "self-harm scorer; rebuild with scripts/train_selfharm_model.py",
         "bias": round(b, 3), "threshold": round(threshold, 2), "weights": weights},
        ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    flips = [ln for ln in tests if ln.eligible and not ln.label and score(weights, b, ln.feats) > threshold]
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(weights)} weights; "
          f"test strings it newly holds: {len(flips)}")


if __name__ == "__main__":
    main()
