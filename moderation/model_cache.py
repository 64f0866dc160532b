"""A start-up cache of the learned scorer's weights.

Why: the self-harm model is 300,000 weights in JSON (7 MB).  Decoding it
and building the pair bounds took a third of a second of the pipeline's 1 s
start-up budget on a slow core (session 14: 0.33 s of 1.1 s).  The same
dictionaries load from ``marshal`` in about a third of the time: keys as one
newline-joined string, values as packed doubles.

The cache only ever saves time, like the pattern cache (`compiled.py`) whose
directory it shares: it is keyed by a hash of the JSON file's bytes (a
retrained model never meets an old cache), and a missing, foreign or damaged
file falls back to the JSON, then is rewritten atomically.  It holds model
weights only, never message data.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
from array import array
from pathlib import Path

from .compiled import default_path

log = logging.getLogger(__name__)

_FORMAT = 2
# weights, bias, thresholds (by message tier: `linear_model.TIERS`), pair bounds (first
# word -> best pair weight)
Loaded = tuple[dict[str, float], float, dict[str, float], dict[str, float]]


def cache_file(name: str, raw: bytes) -> Path | None:
    """Where the model read from `raw` is cached, or None with caching off."""
    rules = default_path()
    if rules is None:
        return None
    digest = hashlib.blake2b(raw, digest_size=12).hexdigest()
    return rules.with_name(f"{name}-{digest}-v{_FORMAT}.marshal")


def _pack(d: dict[str, float]) -> tuple[str, bytes]:
    return "\n".join(d), array("d", d.values()).tobytes()


def _unpack(keys: str, values: bytes) -> dict[str, float]:
    vals = array("d")
    vals.frombytes(values)
    names = keys.split("\n") if keys else []
    if len(names) != len(vals):
        raise ValueError("keys and values differ in length")
    return dict(zip(names, vals, strict=True))


def read(path: Path) -> Loaded | None:
    try:
        data = marshal.loads(path.read_bytes())
        weights = _unpack(data[0], data[1])
        thresholds = _unpack(data[3], data[4])
        pair_max = _unpack(data[5], data[6])
        return weights, float(data[2]), thresholds, pair_max
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError, IndexError) as exc:
        log.info("moderation model cache %s unreadable (%s); rebuilding", path, type(exc).__name__)
        return None


def write(path: Path, loaded: Loaded) -> None:
    weights, bias, thresholds, pair_max = loaded
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((*_pack(weights), bias, *_pack(thresholds), *_pack(pair_max))))
        os.replace(tmp, path)  # atomic: readers see the old file or the new one
        for old in path.parent.glob(path.name.split("-", 1)[0] + "-*.marshal"):
            if old != path:  # an earlier model's weights: never read again
                old.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:
        log.info("moderation model cache not written to %s (%s)", path, type(exc).__name__)
        with contextlib.suppress(OSError):
            tmp.unlink()
