"""`moderation.text_index`: the word-at-a-time `texts` gate never skips a rule
whose texts are in the message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from moderation.rule_texts import plain_words
from moderation.rules import Rule, RuleSet
from moderation.text_index import TextIndex

HERE = Path(__file__).parent


def _rule(*texts: str) -> Rule:
    return Rule("t:x", ("self_harm",), "x", ("x",), texts=texts)


def test_a_stem_is_found_anywhere_inside_a_word() -> None:
    a, b = _rule("pill", "overdos"), _rule("bleach")
    index = TextIndex([a, b])
    bit_a, bit_b = index.gates[id(a)][0], index.gates[id(b)][0]
    assert index.word_mask("pills") == bit_a
    assert index.word_mask("overdosed") == bit_a
    assert index.word_mask("caterpillar") == bit_a  # inside a word: the gate lets it through
    assert index.word_mask("bleached") == bit_b
    assert index.word_mask("homework") == 0
    assert index.present(["my", "sister", "drank", "bleach"]) == bit_b


def test_stems_with_an_inner_space_are_kept_for_the_substring_test() -> None:
    r = _rule(" arm", "end it", "a plan ")
    index = TextIndex([r])
    bit, phrases = index.gates[id(r)]
    assert phrases == ("end it", "a plan ")
    assert index.word_mask("arms") == bit  # " arm" looked up as "arm"


def test_a_stem_with_a_leading_space_must_start_a_word() -> None:
    r = _rule(" lock", " hang")
    index = TextIndex([r])
    bit = index.gates[id(r)][0]
    assert index.word_mask("locked") == bit
    assert index.word_mask("hanging") == bit
    assert index.word_mask("blocked") == 0  # "lock" inside a word: no act of locking
    assert index.word_mask("change") == 0
    assert index.present(["she", "blocked", "me", "change"]) == 0


def test_a_text_of_spaces_only_and_unspaced_rules_have_no_gate() -> None:
    spaces = _rule(" ", "pill")
    unspaced = Rule("t:x", ("self_harm",), "x", ("x",), unspaced=True, texts=("药",))
    index = TextIndex([spaces, unspaced])
    assert index.gates == {}


def _messages() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for f in sorted((HERE / "data").glob("heldout5*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            out.append((o["text"], o.get("lang")))
    return out


@pytest.mark.parametrize(("stage", "least"), [("selfharm", 1000), ("grooming", 50), ("harm", 5)])
def test_the_gate_never_skips_a_rule_whose_texts_are_there(pipe: Pipeline, stage: str, least: int) -> None:
    rules: RuleSet = next(s for s in pipe.stages if getattr(s, "name", "") == stage).rules
    index = rules.text_index
    checked = 0
    for text, lang in _messages():
        prep = prepare(text, lang)
        present = index.present(plain_words(prep))
        for r in rules.rules:
            gate = index.gates.get(id(r))
            if gate is None:
                continue
            target = prep.plain
            if any(t in target for t in r.texts):
                checked += 1
                assert present & gate[0] or any(t in target for t in gate[1]), (text, r.name, r.texts)
    assert checked >= least  # the test saw enough rules whose texts were there
