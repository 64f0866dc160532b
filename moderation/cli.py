"""Command line: ``python -m moderation classify|evaluate``.

classify reads JSON Lines on stdin ({"text": ..., "lang": optional,
"context": optional}) and writes one JSON object per input line, in order,
flushing after each so it can be used as a streaming co-process.  A bad
line yields {"error": "..."} on its own line and processing continues.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from .evaluate import evaluate, load_jsonl, report
from .pipeline import Pipeline
from .policy import Policy, PolicyError


def _policy(path: str | None) -> Policy:
    return Policy.load(path) if path else Policy.default()


def classify(pipe: Pipeline, stdin: TextIO, stdout: TextIO) -> int:
    for line in stdin:
        if not line.strip():
            out: dict[str, object] = {"error": "empty line"}
        else:
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("expected a JSON object")
                text = obj.get("text")
                if not isinstance(text, str):
                    raise ValueError('missing or non-string "text"')
                lang = obj.get("lang")
                if lang is not None and not isinstance(lang, str):
                    raise ValueError('"lang" must be a string')
                ctx = obj.get("context")
                if ctx is not None and not isinstance(ctx, dict):
                    raise ValueError('"context" must be an object')
                out = pipe.check(text, lang, ctx).to_dict()
            except (ValueError, TypeError) as exc:
                out = {"error": str(exc)}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m moderation")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("classify", help="classify JSON Lines from stdin")
    c.add_argument("--policy", help="policy TOML file")
    e = sub.add_parser("evaluate", help="print figures for a labelled JSON Lines file")
    e.add_argument("file")
    e.add_argument("--policy", help="policy TOML file")
    args = ap.parse_args(argv)
    try:
        pipe = Pipeline(_policy(args.policy))
    except PolicyError as exc:
        print(f"policy error: {exc}", file=sys.stderr)
        return 2
    if args.cmd == "classify":
        return classify(pipe, sys.stdin, sys.stdout)
    figures = evaluate(pipe, load_jsonl(args.file))
    print(report(figures))
    return 0
