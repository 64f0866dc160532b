"""Evaluation figures for labelled JSON Lines sets.

Line format: {"text", "lang"?, "expect": allow|redact|hidden, "secrets": [...],
"categories": [...]}.  Figures:

* unsafe shown  - share of unsafe lines (redact/hidden) whose harmful content
  would be visible: a hidden line that is allowed/redacted, or a redact line
  whose shown text still contains a secret;
* clean altered - share of allow lines that are not allowed unchanged;
* self_harm carried - share of self_harm lines held with category self_harm.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import Pipeline
from .verdict import Action, Verdict


@dataclass
class Figures:
    unsafe: int = 0
    unsafe_shown: int = 0
    clean: int = 0
    clean_altered: int = 0
    self_harm: int = 0
    self_harm_carried: int = 0
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_lang: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[tuple[dict[str, Any], Verdict]] = field(default_factory=list)

    @staticmethod
    def pct(a: int, b: int) -> float:
        return 100.0 * a / b if b else 0.0

    @property
    def unsafe_shown_pct(self) -> float:
        return self.pct(self.unsafe_shown, self.unsafe)

    @property
    def clean_altered_pct(self) -> float:
        return self.pct(self.clean_altered, self.clean)

    @property
    def self_harm_recall_pct(self) -> float:
        return self.pct(self.self_harm_carried, self.self_harm) if self.self_harm else 100.0


def shown_unsafe(item: dict[str, Any], v: Verdict) -> bool:
    """True if harmful content of an unsafe item would be shown."""
    if item["expect"] == "hidden":
        return v.action in (Action.ALLOW, Action.REDACT)
    if v.action in (Action.HOLD, Action.BLOCK):
        return False
    return v.action is Action.ALLOW or any(s in v.text for s in item.get("secrets", []))


def evaluate(pipe: Pipeline, items: Iterable[dict[str, Any]]) -> Figures:
    f = Figures()
    for item in items:
        v = pipe.check(item["text"], item.get("lang"))
        lang = item.get("lang") or "?"
        if item["expect"] == "allow":
            f.clean += 1
            bad = v.action is not Action.ALLOW or v.text != item["text"]
            f.clean_altered += bad
            f.by_category["(clean)"][0] += 1
            f.by_category["(clean)"][1] += bad
        else:
            f.unsafe += 1
            bad = shown_unsafe(item, v)
            f.unsafe_shown += bad
            for cat in item.get("categories") or ["(uncategorised)"]:
                f.by_category[cat][0] += 1
                f.by_category[cat][1] += bad
            if "self_harm" in item.get("categories", []):
                f.self_harm += 1
                carried = "self_harm" in v.categories and v.action is Action.HOLD
                f.self_harm_carried += carried
                bad = bad or not carried
        f.by_lang[lang][0] += 1
        f.by_lang[lang][1] += bad
        if bad:
            f.failures.append((item, v))
    return f


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def report(f: Figures) -> str:
    lines = [
        f"unsafe shown:      {f.unsafe_shown}/{f.unsafe} = {f.unsafe_shown_pct:.1f}%  (target <= 5%)",
        f"clean altered:     {f.clean_altered}/{f.clean} = {f.clean_altered_pct:.1f}%  (target <= 5%)",
        f"self_harm carried: {f.self_harm_carried}/{f.self_harm} = {f.self_harm_recall_pct:.1f}%"
        "  (target 100%)",
        "",
        "by expected category (n, wrong, %wrong; for (clean) wrong = altered):",
    ]
    for cat, (n, bad) in sorted(f.by_category.items()):
        lines.append(f"  {cat:<16} {n:>4} {bad:>4} {Figures.pct(bad, n):6.1f}%")
    lines.append("by language (n, wrong):")
    for lang, (n, bad) in sorted(f.by_lang.items()):
        lines.append(f"  {lang:<6} {n:>4} {bad:>4}")
    if f.failures:
        lines.append("failures:")
        for item, v in f.failures:
            lines.append(
                f"  [{item['expect']}] {item['text'][:70]!r} -> {v.action.value} "
                f"{','.join(v.categories)} {','.join(v.reasons)}"
            )
    return "\n".join(lines)
