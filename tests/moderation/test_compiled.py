"""The persistent cache of compiled rule alternatives: it may only save time.

A warm cache must give patterns that match exactly like freshly compiled
ones; every kind of bad file must fall back to compiling."""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from moderation import compiled
from moderation.compiled import PatternCache
from moderation.normalise import fold_pattern, prepare
from moderation.rules import Deferred, RuleSet, _alternatives, _required_texts, rule

SOURCES = [
    r"\bi (?:just )?(?:want|need) to (?:die|disappear)",
    r"(?:don'?t|do not) tell (?:your|ur) (?:mum|mom|parents)",
    r"\bsend (?:me )?(?:a )?(?:pic|photo)s?\b",
    r"想死|不想活",
]
TEXTS = [
    "honestly i just want to die lol no",
    "i need to disappear for a while",
    "do not tell your parents ok",
    "send me a pic",
    "send photos of the trip",
    "我真的想死",
    "nothing here at all",
]


def _read(path: Path) -> tuple[dict[str, Any], bytes]:
    """The index and the code of a cache file."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    return marshal.loads(raw[8:8 + size]), raw[8 + size:]


def _write(path: Path, index: object, code: bytes = b"") -> None:
    path.write_bytes(_framed(index) + code)


def _framed(index: object) -> bytes:
    head = marshal.dumps(index)
    return struct.pack("<Q", len(head)) + head


def _spans(cache: PatternCache) -> list[list[tuple[int, int, bool, tuple[str, ...]]]]:
    out = []
    for src in SOURCES:
        parts = cache.parts(src, _alternatives, _required_texts)
        out.append([
            (m.start(), m.end(), boundary, required)
            for rx, boundary, required in parts
            for t in TEXTS
            for m in rx.finditer(t)
        ])
    return out


def test_a_cached_rule_loads_on_first_use_and_matches_the_same(tmp_path: Path) -> None:
    # start-up loads no cached rule code: a rule is loaded when a message
    # first makes it a candidate, and what its matches contain is known before
    path = tmp_path / "rules.marshal"
    cold = PatternCache(path)
    expected = [cold.parts(src, _alternatives, _required_texts) for src in SOURCES]
    cold.save()
    warm = PatternCache(path)
    for src, parts in zip(SOURCES, expected, strict=True):
        entries = warm.stored(src)
        assert entries is not None and [e[3] for e in entries] == [req for _, _, req in parts]
        loaded = warm.load_entries(entries)
        assert loaded is not None
        assert [(b, req) for _, b, req in loaded] == [(b, req) for _, b, req in parts]
        assert [[m.span() for m in rx.finditer(t)] for rx, _, _ in loaded for t in TEXTS] == [
            [m.span() for m in rx.finditer(t)] for rx, _, _ in parts for t in TEXTS
        ]
    assert warm.stored("never cached") is None and warm.misses == 0


def test_warm_cache_matches_like_a_fresh_compile(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    cold = PatternCache(path)
    expected = _spans(cold)
    assert cold.misses == len(SOURCES)
    cold.save()
    assert path.exists()
    warm = PatternCache(path)
    assert _spans(warm) == expected
    assert warm.misses == 0
    assert _spans(PatternCache(None)) == expected


def test_a_build_without_new_patterns_does_not_rewrite_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    first = PatternCache(path)
    _spans(first)
    first.save()
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    warm = PatternCache(path)
    _spans(warm)
    warm.save()
    assert path.stat().st_mtime_ns == before - 10**9


def test_only_the_entries_a_build_used_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    old = PatternCache(path)
    old.parts(r"\bsome old rule (?:a|b)", _alternatives, _required_texts)
    old.save()
    new = PatternCache(path)
    _spans(new)
    new.save()
    assert set(_read(path)[0]["entries"]) == set(SOURCES)


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal data at all \x00\xff", struct.pack("<Q", 2**60) + b"x",
     struct.pack("<Q", 9) + b"x", marshal.dumps([1, 2, 3]),
     _framed([1, 2, 3]), _framed({"tag": "another-python", "entries": {}}),
     _framed({"tag": compiled._TAG, "entries": "nonsense"}),
     _framed({"tag": compiled._TAG, "entries": {SOURCES[0]: "nonsense"}})],
    ids=["empty", "garbage", "huge-index", "short-index", "no-length", "wrong-type",
         "other-interpreter", "bad-entries", "bad-entry"],
)
def test_an_unusable_file_falls_back_to_compiling(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "rules.marshal"
    path.write_bytes(content)
    reference = _spans(PatternCache(None))
    cache = PatternCache(path)
    assert _spans(cache) == reference
    assert cache.misses == len(SOURCES)
    cache.save()
    assert _spans(PatternCache(path)) == reference


def test_an_entry_the_regex_engine_rejects_is_recompiled(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    cache = PatternCache(path)
    reference = _spans(cache)
    cache.save()
    data, code = _read(path)
    for src, entries in data["entries"].items():
        # truncated code: _sre's validator refuses it
        data["entries"][src] = tuple(((at, 8), flags, b, req)
                                     for (at, _), flags, b, req in entries)
    _write(path, data, code)
    damaged = PatternCache(path)
    assert _spans(damaged) == reference
    assert damaged.misses == len(SOURCES)


def test_an_unwritable_location_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = PatternCache(blocker / "sub" / "rules.marshal")  # parent is a file
    _spans(cache)
    cache.save()  # logged, not raised
    assert not list(tmp_path.glob("**/*.tmp"))


def test_location_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", "off")
    assert compiled.default_path() is None
    monkeypatch.setenv("MODERATION_CACHE_DIR", str(tmp_path))
    path = compiled.default_path()
    assert path is not None and path.parent == tmp_path
    monkeypatch.delenv("MODERATION_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = compiled.default_path()
    assert path is not None and path.parent == tmp_path / "xdg" / "consult-moderation"


_PROBE = """
import json, sys
import moderation
from moderation.rules import PATTERN_CACHE
pipe = moderation.Pipeline()
texts = json.loads(sys.argv[1])
print(json.dumps({"misses": PATTERN_CACHE.misses,
                  "verdicts": [[v.action.value, v.text, v.categories, v.reasons]
                               for v in map(pipe.check, texts)]}))
"""


def test_a_second_process_builds_from_the_cache_with_the_same_verdicts(tmp_path: Path) -> None:
    texts = [*TEXTS, "u r so mature for ur age, dont tell ur parents", "call me 0612345678",
             "kys loser", "we learned what grooming is"]
    env = {**os.environ, "MODERATION_CACHE_DIR": str(tmp_path)}
    root = Path(__file__).resolve().parents[2]

    def run() -> dict[str, object]:
        out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(texts)], env=env,
                             cwd=root, capture_output=True, text=True, check=True)
        result: dict[str, object] = json.loads(out.stdout)
        return result

    cold, warm = run(), run()
    assert isinstance(cold["misses"], int) and cold["misses"] > 100
    assert warm["misses"] == 0
    assert warm["verdicts"] == cold["verdicts"]


def test_no_home_directory_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MODERATION_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert compiled.default_path() is None


_FIRST_USE_PROBE = """
import json, sys
import moderation
from moderation.rules import PATTERN_CACHE
pipe = moderation.Pipeline()
at_start = PATTERN_CACHE.misses
verdicts = [[v.action.value, v.text, v.categories, v.reasons]
            for v in map(pipe.check, json.loads(sys.argv[1]))]
print(json.dumps({"at_start": at_start, "misses": PATTERN_CACHE.misses, "verdicts": verdicts}))
"""


def test_without_a_cache_rules_compile_on_first_use(tmp_path: Path) -> None:
    """No cache to fill: start-up compiles nothing, each rule is compiled the
    first time a message makes it a candidate, and verdicts are the same."""
    texts = [*TEXTS, "u r so mature for ur age, dont tell ur parents", "call me 0612345678",
             "kys loser", "we learned what grooming is"]
    root = Path(__file__).resolve().parents[2]

    def run(cache: str) -> dict[str, object]:
        env = {**os.environ, "MODERATION_CACHE_DIR": cache}
        out = subprocess.run([sys.executable, "-c", _FIRST_USE_PROBE, json.dumps(texts)], env=env,
                             cwd=root, capture_output=True, text=True, check=True)
        result: dict[str, object] = json.loads(out.stdout)
        return result

    lazy, eager = run("off"), run(str(tmp_path))
    assert lazy["at_start"] == 0
    assert isinstance(lazy["misses"], int) and 0 < lazy["misses"] < 300
    assert isinstance(eager["at_start"], int) and eager["at_start"] > 1000
    assert lazy["verdicts"] == eager["verdicts"]


def test_a_cached_alternative_is_compiled_when_first_searched(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    cold = PatternCache(path)
    reference = _spans(cold)
    cold.save()
    warm = PatternCache(path)
    parts = warm.parts(SOURCES[1], _alternatives, _required_texts)
    assert len(parts) == 2 and not any("search" in vars(rx) for rx, _, _ in parts)
    assert parts[1][0].search("do not tell your parents ok") is not None
    assert "search" in vars(parts[1][0]) and "search" not in vars(parts[0][0])
    assert _spans(warm) == reference and warm.misses == 0


def test_a_rule_none_of_whose_alternatives_passes_its_tests_is_not_loaded(
    tmp_path: Path,
) -> None:
    src = fold_pattern(r"\b(?:zork|quux) (?:me )?now\b")
    cache = PatternCache(tmp_path / "rules.marshal")
    cache.parts(src, _alternatives, _required_texts)
    cache.save()
    entries = PatternCache(tmp_path / "rules.marshal").stored(src)
    assert entries is not None and len(entries) == 2
    deferred = Deferred(src, entries)
    rules = RuleSet([dataclasses.replace(rule("test:zork", "test", "zork quux", src),
                                         parts=deferred)])
    assert rules.scan(prepare("quux later")) == []
    assert deferred._parts is None  # its tests failed: never loaded
    assert [h.rule.name for h in rules.scan(prepare("ok quux me now"))] == ["test:zork"]
    assert deferred._parts is not None


def test_a_file_shorter_than_its_index_is_recompiled(tmp_path: Path) -> None:
    path = tmp_path / "rules.marshal"
    cache = PatternCache(path)
    reference = _spans(cache)
    cache.save()
    data, code = _read(path)
    _write(path, data, code[: len(code) // 3])
    short = PatternCache(path)
    assert _spans(short) == reference
    assert short.misses > 0


def test_the_code_is_read_from_the_file_only_when_searched(tmp_path: Path) -> None:
    # a cache rewritten by another process after this one mapped it does not
    # change what this one loads (the replaced file stays mapped)
    path = tmp_path / "rules.marshal"
    cold = PatternCache(path)
    reference = _spans(cold)
    cold.save()
    warm = PatternCache(path)
    entries = warm.stored(SOURCES[0])
    assert entries is not None and all(isinstance(e[0], tuple) for e in entries)
    path.unlink()
    path.write_bytes(b"replaced")
    assert _spans(warm) == reference and warm.misses == 0


GROUPLESS = r"(?:\b(?:oink|moo)\b.{0,20}(?:🐷|🐄))|piggy (?:face|nose)"


def test_a_whole_pattern_is_cached_and_compiled_when_first_searched(tmp_path: Path) -> None:
    texts = ["lol oink oink 🐷", "nice piggy nose", "moo", "oink 🐄 moo 🐷"]
    expected = [[m.span() for m in re.finditer(GROUPLESS, t)] for t in texts]
    path = tmp_path / "rules.marshal"
    cold = PatternCache(path)
    rx = cold.pattern(GROUPLESS)
    assert cold.misses == 1
    assert [[m.span() for m in rx.finditer(t)] for t in texts] == expected
    cold.save()
    warm = PatternCache(path)
    lazy = warm.pattern(GROUPLESS)
    assert "search" not in vars(lazy)
    assert [[m.span() for m in lazy.finditer(t)] for t in texts] == expected
    assert "search" in vars(lazy) and warm.misses == 0
    # no cache: compiled from the source the first time it is searched
    off = PatternCache(None).pattern(GROUPLESS)
    assert "search" not in vars(off)
    assert [[m.span() for m in off.finditer(t)] for t in texts] == expected
    # capturing groups: compiled at once, never cached
    grouped = PatternCache(path).pattern(r"(oink)+")
    assert grouped.fullmatch("oinkoink") is not None and grouped.groups == 1


def test_a_memo_is_computed_once_and_read_back_by_the_next_process(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    calls: list[str] = []

    def compute() -> tuple[str, ...]:
        calls.append("x")
        return ("a", "b")

    first = PatternCache(path)
    assert first.memo("k", compute) == ("a", "b")
    first.save()
    second = PatternCache(path)
    assert second.memo("k", compute) == ("a", "b")
    assert calls == ["x"]  # the second cache read it from the file
    assert second.memo("other", lambda: "v") == "v"


def test_without_a_cache_file_a_memo_is_computed_every_time() -> None:
    cache = PatternCache(None)
    assert cache.memo("k", lambda: "v") == "v"
    assert cache.misses == 0


def test_memo_without_a_cache_takes_the_cheaper_equal_value(tmp_path: Path) -> None:
    """With no cache to keep an analysis in, a module's cheaper value that means the
    same is used (the stockpile prefilters: start-up with no cache stays under 1 s);
    with a cache the analysis runs once and is kept."""
    calls: list[str] = []

    def compute() -> str:
        calls.append("computed")
        return "(?=[ab])(?:a|b)"

    assert PatternCache(None).memo("k", compute, uncached=lambda: "(?:a|b)") == "(?:a|b)"
    assert calls == []
    cached = PatternCache(tmp_path / "cache")
    assert cached.memo("k", compute, uncached=lambda: "(?:a|b)") == "(?=[ab])(?:a|b)"
    assert calls == ["computed"]
