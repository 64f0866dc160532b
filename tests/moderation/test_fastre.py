"""`moderation.fastre`: the first-character lookahead must never change a match."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import moderation
from moderation import fastre
from moderation.normalise import prepare


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:now|then) i", {"n", "t"}),
        (r"\b(?:ab|bc)?d", {"a", "b", "d"}),
        (r"\b(?:x+|[d-f]y)", {"x", "d", "e", "f"}),
        (r"(?=foo)\bbar|(?!q)baz", {"b"}),
        (r"(?:ya |)estoy", {"y", "e"}),
        (r"\b(?:مش|ما) ", {"م"}),
        # rare classes stay whole in the lookahead: digits, spaces (the "^" of "(?:^|\s)"
        # matches only where the next item's character starts), a script's block
        (r"\b(?:in|\d+) years", {"i", "\\d"}),
        (r"(?:^|\s)(?:كنت|زمان)", {"\\s", "ك", "ز"}),
        (r"\b(?:ich|[\u0600-\u06ff]+)", {"i", "\u0600-\u06ff"}),
    ],
)
def test_first_characters_of_a_group_led_pattern(pattern: str, expected: set[str]) -> None:
    assert fastre.first_chars(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?:19|20)\d\d",  # anchored: the engine only tries the start
        r"abc|abd",  # a literal prefix the engine searches itself
        r"[a-z]+x",  # the lookahead would only repeat the first test
        r"\b\w+ (?:now|then)",  # \w: not a small set
        r"\b(?:.|x)y",  # any character
        r"\b[^a]b",  # a negated class
        r"\b(?:x*)",  # can match the empty string
        r"(?i)\b(?:now|then)",  # case-insensitive
        r"\b(a)\1",  # a group reference is fine after the first character...
    ],
)
def test_patterns_left_unchanged(pattern: str) -> None:
    if pattern == r"\b(a)\1":
        assert fastre.first_chars(pattern) == {"a"}  # ...so this one is rewritten
        m = fastre.compile(pattern).search("x aa")
        assert m is not None and m.span() == (2, 4)
        return
    assert fastre.first_chars(pattern) is None
    assert fastre.compile_now(pattern).pattern == pattern


def test_rewritten_pattern_keeps_groups_and_spans() -> None:
    rx = fastre.compile_now(r"\b(?:i (?P<verb>used to|was)|we were) (\w+)")
    assert rx.pattern.startswith("(?=[iw])")
    m = rx.search("so i used to draw, then we were happy")
    assert m is not None and m.group("verb") == "used to" and m.group(2) == "draw"
    assert [m.span() for m in rx.finditer("i was here and we were there")] == [(0, 10), (15, 28)]


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        (r"\b(?:in|\d+) years", "in 2 years or in years", [(3, 10), (14, 22)]),
        (r"(?:^|\s)(?:كنت|زمان)", "كنت هنا زمان", [(0, 3), (7, 12)]),
        (r"\b(?:ich|[\u0600-\u06ff]+)", "ich und مرحبا", [(0, 3), (8, 13)]),
        (r"(?:^|\s)(?:x|[\]^-])", "] b ^ c - x", [(0, 1), (3, 5), (7, 9), (9, 11)]),
    ],
)
def test_categories_and_ranges_in_the_lookahead(pattern: str, text: str, spans: list[tuple[int, int]]) -> None:
    rx = fastre.compile_now(pattern)
    assert rx.pattern.startswith("(?=[")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    assert [m.span() for m in rx.finditer(text)] == spans


def test_leading_global_flags_fall_back_to_plain_compile() -> None:
    assert fastre.compile_now(r"(?s)\b(?:a|b).").pattern == r"(?s)\b(?:a|b)."


_TEXTS = [
    "i just want to disappear forever, in my class about 21% of people use youtube every day.",
    "i used to cut myself two years ago but now i am much better thanks to my counsellor",
    "lol i literally died laughing at that video 😂 my teacher said we should report it",
    "someone told me to kys and i reported it, the mods banned him. never send pics to strangers!",
    "ya no quiero vivir, nadie me quiere jaja. antes me cortaba pero ahora estoy mejor",
    "je veux mourir de rire mdr, le prof a dit que c'est du harcèlement",
    "ich sterbe vor lachen, er hat gesagt: ich mach dich fertig, und ich hab es gemeldet",
    "я хочу умереть от смеха, раньше я резала себя но сейчас лучше",
    "كنت أؤذي نفسي قبل سنتين بس الحين أنا أحسن والحمد لله",
    "pehle main khud ko hurt karti thi par ab counselling se better hoon",
    "我以前想过自杀，现在好多了。老师说要告诉大人",
    "dün gece yine kendime zarar verdim, kimseye söyleyemiyorum",
    "kemarin aku hampir bunuh diri tapi sekarang udah lebih baik wkwk",
    "wczoraj znowu się cięłam, nikt nie wie",
    "mi voglio ammazzare dal ridere, la prof ha detto che è bullismo",
    "if ur friend says they want to die, tell a trusted adult. the helpline is 116 111",
]


def _frame_patterns() -> list[tuple[str, fastre.LazyPattern]]:
    out = []
    for info in pkgutil.iter_modules(moderation.__path__):
        if not info.name.startswith(("frames", "signals", "contact_signals")):
            continue
        module = importlib.import_module(f"moderation.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, fastre.LazyPattern):
                out.append((f"{info.name}.{name}", value))
    return out


def test_frame_modules_use_the_rewrite() -> None:
    rewritten = [p for _, p in _frame_patterns() if p.compiled().pattern.startswith("(?=[")]
    assert len(rewritten) >= 80


def test_lazy_pattern_compiles_once_and_then_calls_the_compiled_methods() -> None:
    lazy = fastre.LazyPattern(r"\b(?:now|then|later|soon) i")
    assert lazy.pattern == r"\b(?:now|then|later|soon) i"
    assert "search" not in vars(lazy)
    m = lazy.search("and then i left")
    assert m is not None and m.span() == (4, 10)
    rx = lazy.compiled()
    assert vars(lazy)["search"] == rx.search and lazy.compiled() is rx
    assert lazy.groups == 0 and lazy.flags == rx.flags


@pytest.mark.parametrize(("name", "lazy"), _frame_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_rewrite_matches_exactly_like_the_plain_pattern(name: str, lazy: fastre.LazyPattern) -> None:
    fast = lazy.compiled()
    plain = re.compile(lazy.pattern, lazy.source_flags)
    for raw in _TEXTS:
        for text in {raw, prepare(raw, None, None).plain}:
            for pos in (0, 7, len(text) // 2):
                a = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
                b = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
                assert a == b, name
