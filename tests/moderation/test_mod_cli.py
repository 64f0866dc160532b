"""CLI contract, exercised through a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderation", *args], input=stdin, capture_output=True,
        text=True, cwd=ROOT, timeout=60, check=False,
    )


def test_classify_contract() -> None:
    lines = [
        json.dumps({"text": "hello there"}),
        "this is not json",
        json.dumps({"text": "call me 020 7946 0018", "lang": "en"}),
        json.dumps({"nope": 1}),
        json.dumps(["list"]),
        json.dumps({"text": "fuck off", "lang": "en"}),
        "",
    ]
    proc = _run(["classify"], "\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0] == {"action": "allow", "text": "hello there", "categories": [], "reasons": []}
    assert set(out[1]) == {"error"}
    assert out[2]["action"] == "redact" and out[2]["text"] == "call me [phone removed]"
    assert set(out[3]) == {"error"} and set(out[4]) == {"error"}
    assert out[5]["action"] == "hold" and "profanity" in out[5]["categories"]
    assert set(out[6]) == {"error"}


def test_classify_with_policy(tmp_path: Path) -> None:
    pol = tmp_path / "p.toml"
    pol.write_text("premoderate = true\n", encoding="utf-8")
    proc = _run(["classify", "--policy", str(pol)], json.dumps({"text": "hi"}) + "\n")
    assert json.loads(proc.stdout)["action"] == "hold"


def test_classify_bad_policy_exits_nonzero(tmp_path: Path) -> None:
    pol = tmp_path / "p.toml"
    pol.write_text('strictness = "wild"\n', encoding="utf-8")
    proc = _run(["classify", "--policy", str(pol)], "")
    assert proc.returncode != 0 and "strictness" in proc.stderr


def test_evaluate_prints_figures() -> None:
    proc = _run(["evaluate", str(Path(__file__).parent / "data" / "heldout.jsonl")], "")
    assert proc.returncode == 0, proc.stderr
    assert "unsafe shown" in proc.stdout and "self_harm carried" in proc.stdout
    assert "grooming" in proc.stdout
