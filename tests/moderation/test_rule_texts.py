"""The tests run before a rule's regexes (moderation/rule_texts.py) may only
skip work: a rule they drop or an alternative they skip can never match."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation import rules as rules_mod
from moderation.normalise import prepare
from moderation.rule_texts import plain_words, required_texts
from moderation.rules import RuleSet, _matches, first_match
from tests.moderation.helpers import suite_strings


def test_an_alternative_without_a_literal_prefix_gets_an_alternation() -> None:
    texts, any_of, _ = required_texts(r"(?:(?<=pick you up )|(?<=come get you ))school (?:ke|se)")
    assert texts == ("school ",)
    assert any_of == ("school ke", "school se")


def test_a_literal_prefix_needs_no_alternation() -> None:
    texts, any_of, _ = required_texts(r"where do you (?:live|stay)")
    assert texts == ("where do you ",)
    assert any_of == ()


def test_words_are_whole_words_only() -> None:
    # with a boundary before the match its first word is whole; "liv" is not
    assert required_texts(r"where do you (?:live|stay)", None, True)[2] == ("where",)
    assert required_texts(r"where do you (?:live|stay)", None, False)[2] == ("do",)
    # an alternation: one word from each branch
    assert required_texts(r"(?:next time|once more) you say", None, True)[2] == ("next", "once")
    assert required_texts(r"[a-z]+ing\b", None, True)[2] == ()


def test_plain_words_include_word_ends_after_an_apostrophe() -> None:
    words = plain_words(prepare("tu m'appelles quand?"))
    assert {"tu", "m'appelles", "appelles", "quand"} <= words


@pytest.fixture(scope="module")
def rule_sets() -> list[RuleSet]:
    pipe = Pipeline()
    found: list[RuleSet] = []
    for stage in pipe.stages:
        rs = getattr(stage, "rules", None)
        if isinstance(rs, RuleSet):
            found.append(rs)
    return found


def test_the_word_gate_never_drops_a_rule_that_matches(
    rule_sets: list[RuleSet], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over every string of the moderation tests: a rule that matches the
    message is a candidate with the word gate applied to every message."""
    texts = suite_strings()
    assert len(texts) > 1000
    checked = 0
    for text in texts:
        for rs in rule_sets:
            prep = prepare(text)
            monkeypatch.setattr(rules_mod, "_WORD_GATE_MIN", 10**9)
            ungated = rs.candidates(prep)
            monkeypatch.setattr(rules_mod, "_WORD_GATE_MIN", 0)
            gated = {id(r) for r in rs.candidates(prep)}
            for r in ungated:
                target = prep.norm if r.unspaced else prep.plain
                if first_match(r, target) is not None:
                    checked += 1
                    assert id(r) in gated, (r.name, text)
    assert checked > 500


def test_first_match_is_the_first_of_all_matches(rule_sets: list[RuleSet]) -> None:
    for text in suite_strings()[:1500]:
        prep = prepare(text)
        for rs in rule_sets:
            for r in rs.candidates(prep):
                target = prep.norm if r.unspaced else prep.plain
                first = first_match(r, target)
                every = next(_matches(r, target), None)
                assert (first and first.span()) == (every and every.span())


@pytest.mark.parametrize(
    ("pattern", "inside", "whole"),
    [
        (r"\b(?:(?:un)?alive|zzz) now", "realive now", "unalive now"),
        (r"\b(?:[a-z]+ing|zzz) you", "xxxxing you", "hating you"),
        (r"\b(?:(?:no|zero) ?friends|zzz) left", "casino friends left", "no friends left"),
    ],
)
def test_a_split_group_keeps_the_boundary_before_it(pattern: str, inside: str, whole: str) -> None:
    r = rules_mod.rule("test:boundary", "threat", "now you left", pattern)
    assert first_match(r, whole) is not None
    if inside.startswith("x"):
        # a class head matches any word start: the boundary stops a match at
        # the middle of a word ("xxxxing" matches only from its start)
        m = first_match(r, inside)
        assert m is not None and m.start() == 0
    else:
        assert first_match(r, inside) is None


def test_candidates_are_the_rules_a_trigger_and_a_second_gate_word_name(
    rule_sets: list[RuleSet], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bit-mask index (with the second gate applied as a mask, and bits
    read off the binary digits when there are many) gives, in rule order,
    exactly the rules with a trigger in the message and, if they have a
    second gate, one of its words."""
    monkeypatch.setattr(rules_mod, "_WORD_GATE_MIN", 10**9)  # the word gate has its own test
    many = 0
    spaced = {id(r): frozenset(t for t in r.triggers if not rules_mod._is_unspaced(t))
              for rs in rule_sets for r in rs.rules}
    unspaced = {id(r): [t for t in r.triggers if rules_mod._is_unspaced(t)]
                for rs in rule_sets for r in rs.rules}
    for text in suite_strings()[::3]:
        prep = prepare(text)
        tokens = prep.token_set
        for rs in rule_sets:
            expected = [
                r for r in rs.rules
                if (not spaced[id(r)].isdisjoint(tokens)
                    or any(t in prep.norm for t in unspaced[id(r)]))
                and (not r.requires or not r.requires.isdisjoint(tokens))
            ]
            got = rs.candidates(prep)
            assert [id(r) for r in got] == [id(r) for r in expected], text
            many += len(got) >= rules_mod._FEW
    assert many > 100
