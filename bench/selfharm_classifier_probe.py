"""Would a small statistical self-harm classifier help the rules?  A measured
probe, not part of the pipeline.

Why: every session's new blind set shows indirect self-harm disclosures
that no phrase rule or cue family has seen ("the way real children hint
rather than state").  Rules written from one set's misses lift that set to
~100% but move the next blind set only a few points.  This probe trains a
naive Bayes model (word unigrams and bigrams of the phrase form, Chinese
character bigrams) on our labelled sets, leaving one set out, and reports
for the left-out set how many self-harm lines the rules carry, how many the
rules *or* the model carry (model only counts in first-person messages, as
the signals stage does), and how many clean lines the model would newly
hold.  It also counts how many of the test suite's strings (mostly hard
negatives written against the rules) the model would newly hold.

    python bench/selfharm_classifier_probe.py [--threshold 12] [--leave-out heldout15]

Nothing is tuned here and nothing is asserted: see docs/moderation.md
("Next step: a classifier behind the rules") for what the figures say.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation import Pipeline  # noqa: E402
from moderation.normalise import Prepared, prepare  # noqa: E402
from moderation.signals import _first_person  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"
_PUNCT = frozenset(".!?,")


def features(prep: Prepared) -> set[str]:
    toks = [t for t in prep.plain.split() if t not in _PUNCT]
    out = set(toks)
    out.update(f"{a} {b}" for a, b in pairwise(toks))
    if prep.has_cjk:
        n = prep.norm
        out.update(n[i : i + 2] for i in range(len(n) - 1) if "\u4e00" <= n[i] <= "\u9fff")
    return out


class NaiveBayes:
    def __init__(self, items: list[tuple[set[str], bool]]) -> None:
        self.pos: Counter[str] = Counter()
        self.neg: Counter[str] = Counter()
        self.npos = self.nneg = 0
        for feats, is_pos in items:
            if is_pos:
                self.pos.update(feats)
                self.npos += 1
            else:
                self.neg.update(feats)
                self.nneg += 1

    def score(self, feats: set[str]) -> float:
        s = math.log(self.npos / self.nneg)
        for w in feats:
            p, n = self.pos.get(w, 0), self.neg.get(w, 0)
            if p or n:
                s += math.log((p + 0.5) / (self.npos + 1)) - math.log((n + 0.5) / (self.nneg + 1))
        return s


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_strings() -> set[str]:
    out: set[str] = set()
    for f in sorted((ROOT / "tests" / "moderation").glob("*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 3 < len(node.value) < 400:
                out.add(node.value)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=12.0)
    ap.add_argument("--leave-out", nargs="*", default=["heldout15", "heldout14", "heldout13"])
    args = ap.parse_args()
    sets = {p.stem: load(p) for p in sorted(DATA.glob("heldout*.jsonl"))}
    pipe = Pipeline()
    prepared = {
        (str(o["text"]), o.get("lang")): prepare(str(o["text"]), o.get("lang"))  # type: ignore[arg-type]
        for items in sets.values()
        for o in items
    }
    feats = {k: features(p) for k, p in prepared.items()}
    print(f"threshold {args.threshold}; model counts only in first-person messages")
    print(f"{'left out':<12}{'self_harm: rules':>18}{'rules+model':>13}{'clean newly held':>19}")
    model = None
    for name in args.leave_out:
        model = NaiveBayes([
            (feats[(str(o["text"]), o.get("lang"))], "self_harm" in o["categories"])  # type: ignore[operator]
            for other, items in sets.items() if other != name for o in items
        ])
        sh = both = n_sh = fp = n_clean = 0
        for o in sets[name]:
            key = (str(o["text"]), o.get("lang"))
            v = pipe.check(key[0], lang=key[1])  # type: ignore[arg-type]
            flagged = model.score(feats[key]) > args.threshold and _first_person(prepared[key])
            if "self_harm" in o["categories"]:  # type: ignore[operator]
                n_sh += 1
                sh += "self_harm" in v.categories
                both += "self_harm" in v.categories or flagged
            if o["expect"] == "allow":
                n_clean += 1
                fp += v.action.value == "allow" and flagged
        print(f"{name:<12}{f'{sh}/{n_sh}':>18}{f'{both}/{n_sh}':>13}{f'{fp}/{n_clean}':>19}")
    if model is not None:
        flips = sum(
            1 for t in test_strings()
            if pipe.check(t).action.value == "allow"
            and model.score(features(p := prepare(t))) > args.threshold and _first_person(p)
        )
        print(f"test-suite strings the last model would newly hold: {flips}")


if __name__ == "__main__":
    main()
