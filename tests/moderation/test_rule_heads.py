"""moderation/rule_heads.py may only save time: an alternation rewritten by
`word_heads` matches exactly where ``\\b(?:src)`` does, and the texts a rule
gets from `with_texts` are in every message it matches."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from moderation import Pipeline
from moderation import grooming_covert as covert
from moderation.normalise import fold_pattern, prepare
from moderation.rule_heads import word_heads, zh_spellings
from moderation.rules import Rule, RuleSet, _matches
from tests.moderation.helpers import suite_strings

SOURCES = [
    covert._MOVE_EN,
    covert._WATCHED_EN,
    covert._PIC_EN,
    covert._MATURE_EN,
    r"(?:a|an) (?:big |)(?:b|c)d?|abc|x(?:y|z)s?|(?:\bthe|that) one",
]


def _samples(src: str, n: int, seed: int) -> list[str]:
    """Messages made of the pattern's own words, glued to other words and
    apostrophes now and then (matches that do not start a word)."""
    words = sorted(set(re.findall(r"[a-z]+", re.sub(r"\\.", " ", src))))
    noise = ["", "", "", "x", "re", "'", "_", "9", "é", ". ", "lol "]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(noise) + rnd.choice(words) for _ in range(rnd.randint(1, 9))]
        out.append(rnd.choice([" ", " ", "", "'"]).join(parts))
    return out


@pytest.mark.parametrize("src", SOURCES, ids=["move", "watched", "pic", "mature", "small"])
def test_word_heads_matches_like_the_plain_alternation(src: str) -> None:
    src = fold_pattern(src)
    plain = re.compile(rf"\b(?:{src})")
    fast = re.compile(word_heads(src))
    assert fast.pattern != plain.pattern  # rewritten
    for text in _samples(src, 3000, 1):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(0, len(text), 7):
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_word_heads_leaves_what_it_cannot_prove() -> None:
    for src in (r"\d+ apples|pears", r"[ab]c|d", r"(?:a|b)+c", r"'s|x"):
        assert word_heads(src) == rf"\b(?:{src})"


def test_zh_spellings_cover_both_scripts() -> None:
    assert set(zh_spellings("记录 看")) == {"记录", "記录", "记錄", "記錄", "看"}


@pytest.fixture(scope="module")
def with_texts_rules() -> list[Rule]:
    pipe = Pipeline()
    found: list[Rule] = []
    for stage in pipe.stages:
        rs = getattr(stage, "rules", None)
        if isinstance(rs, RuleSet):
            found.extend(r for r in rs.rules if r.texts)
    assert len(found) >= 5
    return found


def test_texts_are_in_every_message_a_rule_matches(with_texts_rules: list[Rule]) -> None:
    held = [
        "this app saves everything, add me on the other one where messages disappear",
        "这个软件会保存聊天记录，加我另一个软件，消息会自动消失",
        "你爸还没找到工作吧 哈哈哈",
        "redis-le à la prof et on verra si ton vélo rentre entier",
        "ich weiß, wann du allein nach hause gehst. du wirst schon sehen",
    ]
    for text in [*held, *suite_strings()]:
        prep = prepare(text)
        for r in with_texts_rules:
            target = prep.norm if r.unspaced else prep.plain
            bare = dataclasses.replace(r, texts=())
            assert [m.span() for m in _matches(r, target)] == [
                m.span() for m in _matches(bare, target)
            ], (r.name, text)
    hits = {r.name for text in held for r in with_texts_rules
            for _ in _matches(r, prepare(text).norm if r.unspaced else prepare(text).plain)}
    assert hits == {"grooming:off_platform", "bullying:poverty", "threat:veiled"}
