"""The scorer's start-up cache (moderation/model_cache.py) only saves time:
a model read through it is the model read from JSON, a damaged or foreign
file falls back to the JSON and is rewritten, an earlier model's file is
removed, and with caching off nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation import model_cache
from moderation.linear_model import LinearModel, model_path


def _toy(tmp_path: Path) -> Path:
    path = tmp_path / "toy_model.json"
    weights = {"die": 2.5, "want die": 1.25, "want": 0.5, "pizza": -3.0, "~sterb": 0.75}
    path.write_text(json.dumps({"bias": -1.0, "threshold": 0.8, "weights": weights}), encoding="utf-8")
    return path


def _same(a: LinearModel, b: LinearModel) -> None:
    assert a.weights == b.weights and list(a.weights) == list(b.weights)
    assert (a.bias, a.threshold, a._pair_max) == (b.bias, b.threshold, b._pair_max)


def test_a_cached_model_is_the_json_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", str(tmp_path / "cache"))
    path = _toy(tmp_path)
    first = LinearModel.load(path)  # from JSON, then written
    cached = model_cache.cache_file(path.stem, path.read_bytes())
    assert cached is not None and cached.exists()
    _same(first, LinearModel.load(path))  # from the cache
    assert first._pair_max == {"want": 1.25}


def test_the_shipped_model_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", str(tmp_path))
    path = model_path("selfharm")
    _same(LinearModel.load(path), LinearModel.load(path))


def test_a_damaged_file_falls_back_and_is_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", str(tmp_path / "cache"))
    path = _toy(tmp_path)
    good = LinearModel.load(path)
    cached = model_cache.cache_file(path.stem, path.read_bytes())
    assert cached is not None
    cached.write_bytes(b"not marshal at all")
    _same(good, LinearModel.load(path))
    assert model_cache.read(cached) is not None  # rewritten


def test_a_retrained_model_never_meets_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", str(tmp_path / "cache"))
    path = _toy(tmp_path)
    LinearModel.load(path)
    old = model_cache.cache_file(path.stem, path.read_bytes())
    data = json.loads(path.read_text(encoding="utf-8"))
    data["weights"]["die"] = 9.0
    path.write_text(json.dumps(data), encoding="utf-8")
    assert LinearModel.load(path).weights["die"] == 9.0
    assert old is not None and not old.exists()  # the earlier model's file is removed


def test_caching_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_CACHE_DIR", "off")
    path = _toy(tmp_path)
    assert model_cache.cache_file(path.stem, path.read_bytes()) is None
    LinearModel.load(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toy_model.json"]
