"""Assertions shared by the moderation tests (one definition instead of a copy
per test module).  Each checks one verdict of the session `pipe` fixture and
reports the text, action and reasons when it fails."""

from __future__ import annotations

import ast
from pathlib import Path

from moderation import Action, Pipeline
from moderation.normalise import prepare
from moderation.rules import RuleSet


def held(pipe: Pipeline, text: str, *cats: str, lang: str | None = None) -> None:
    """Held or blocked, with every category in `cats`."""
    v = pipe.check(text, lang=lang)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    for cat in cats:
        assert cat in v.categories, (text, v.categories, v.reasons)


def self_harm_held(pipe: Pipeline, text: str, lang: str | None = None) -> None:
    """Held (never blocked: a human must see a disclosure) as self_harm."""
    v = pipe.check(text, lang=lang)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "self_harm" in v.categories, (text, v.categories, v.reasons)


def rules_hold(rules: RuleSet, text: str, lang: str | None = None) -> bool:
    """An unexcused hit of these rules alone (a slot module's rules, with no other
    stage and no scorer)."""
    return any(h.excused_by is None for h in rules.scan(prepare(text, lang)))


def clean(pipe: Pipeline, text: str, lang: str | None = None) -> None:
    """Allowed and shown exactly as written."""
    v = pipe.check(text, lang=lang)
    assert v.action is Action.ALLOW and v.text == text, (text, v.action, v.reasons)


def allowed(pipe: Pipeline, text: str, lang: str | None = None) -> None:
    """Allowed (the shown text is not compared)."""
    v = pipe.check(text, lang=lang)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


def redacted(pipe: Pipeline, text: str, secret: str) -> None:
    """Redacted as pii, with `secret` gone from the shown text."""
    v = pipe.check(text)
    assert v.action is Action.REDACT, (text, v.action, v.reasons)
    assert secret not in v.text, (text, v.text)
    assert "pii" in v.categories


def suite_strings() -> list[str]:
    """Every string constant of 4-400 characters in the moderation tests, once
    each: the messages the rule-index tests check their shortcuts against."""
    here = Path(__file__).parent
    out: list[str] = []
    for path in sorted(here.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if 4 <= len(node.value) <= 400:
                    out.append(node.value)
    return list(dict.fromkeys(out))
