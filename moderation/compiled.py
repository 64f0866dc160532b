"""A persistent cache of the compiled rule alternatives.

Why: the phrase rules are about 3,000 regex alternatives, and parsing and
compiling them is most of the pipeline's start-up (about 1 s on a slow core;
the budget is 1 s including everything else).  The regex engine's compiled
form is a list of ints that ``_sre.compile`` checks and loads in microseconds,
so, like Python's own ``.pyc`` files, it is kept on disk, keyed by the
interpreter and the regex engine version.  The file is an index (each
alternative's flags, what its matches contain and where its code lies)
followed by the code; the code is mapped, not read, and an alternative's
code is only copied out the first time a message searches it: reading all
60 MB of it at start-up cost 0.15 s, the index alone 0.03 s.  The cache only ever saves time: a
missing, stale, foreign or unreadable file, or an entry the engine rejects,
falls back to parsing and compiling the alternative as before, and the file
is rewritten with what this build used.

The location is ``$MODERATION_CACHE_DIR`` (``off`` disables it), else
``$XDG_CACHE_HOME/consult-moderation``, else ``~/.cache/consult-moderation``.
Nothing in it is message data: only rule sources and their compiled code.
"""

from __future__ import annotations

import _sre
import contextlib
import logging
import marshal
import mmap
import os
import re
import struct
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any, cast

log = logging.getLogger(__name__)

# One compiled alternative: (code as native machine words, flags, whether a
# word boundary is required before it, what every match contains).  The code
# is bytes when this build compiled it, else where it lies in the mapped file
# (offset, size).
# (texts every match contains, texts of which every match contains one, words
# of which one is a whole word of the message whenever it matches)
Analysis = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_CodeRef = bytes | tuple[int, int]
_Entry = tuple[_CodeRef, int, bool, Analysis]
Part = tuple[re.Pattern[str], bool, Analysis]
Memo = str | tuple[str, ...]

# bumped when the file layout or the meaning of its fields changes
_FORMAT = 5
# the file starts with the index's length
_HEAD = struct.Struct("<Q")
# index key of a whole pattern (`PatternCache.pattern`), not split into alternatives
_WHOLE = "\x00whole:"

# the compiled form is only valid for the engine that produced it
_TAG = (f"{sys.implementation.cache_tag}-sre{_c.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}"
        f"-v{_FORMAT}")
# array type code of one machine word; "" (no caching) on an unusual platform
_ARRAY = next((t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE), "")


def default_path() -> Path | None:
    where = os.environ.get("MODERATION_CACHE_DIR")
    if where is not None:
        if where.strip().lower() in ("", "off", "0", "none"):
            return None
        base = Path(where)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        try:
            base = Path(xdg) if xdg else Path.home() / ".cache"
        except RuntimeError:  # no home directory (a service account): no cache, same verdicts
            return None
        base = base / "consult-moderation"
    return base / f"rules-{_TAG}.marshal"


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Code:
    """A cached alternative, compiled from its code the first time it is used.

    Why: the engine checks every instruction of a pattern it loads, which was
    most of what a large rule cost the first time a message made it a
    candidate, and most alternatives of such a rule are never searched (the
    tests of what their matches contain fail first).  Once compiled, the
    pattern's methods are set on the instance (a call costs what the
    pattern's own does).  Code the engine refuses (a damaged entry) is
    compiled from the rule's source instead (`PatternCache.recompiler`)."""

    def __init__(self, code: _CodeRef | None, flags: int, index: int,
                 recompile: Callable[[int], re.Pattern[str]], mapped: memoryview | None) -> None:
        self._code = code
        self._flags = flags
        self._index = index
        self._recompile = recompile
        self._mapped = mapped

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._code is None:  # nothing cached: compiled from source
            rx = self._recompile(self._index)
        else:
            try:
                rx = _compile_code(_code_bytes(self._code, self._mapped), self._flags)
            except Exception:  # the engine's own check refused it, or the file is short
                log.debug("moderation pattern cache entry rejected; recompiling")
                rx = self._recompile(self._index)
        for method in _METHODS:
            setattr(self, method, getattr(rx, method))
        return getattr(rx, name)


def _code_bytes(code: _CodeRef, mapped: memoryview | None) -> bytes:
    if isinstance(code, bytes):
        return code
    if mapped is None:
        raise ValueError("no mapped cache file")
    offset, size = code
    got = bytes(mapped[offset:offset + size])
    if len(got) != size:
        raise ValueError("cache file shorter than its index")
    return got


def _compile_code(code: bytes, flags: int) -> re.Pattern[str]:
    return cast("re.Pattern[str]",
                _sre.compile(None, flags, array(_ARRAY, code).tolist(), 0, {}, (None,)))


class PatternCache:
    """Compiled rule alternatives by rule source, loaded once, saved after a build
    that compiled anything new (only the entries that build used are kept, so
    edited rules do not accumulate)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if _ARRAY else None
        self._mapped: memoryview | None = None
        # values a rule module derives from its sources at import (see `memo`)
        self._memo_stored: dict[str, Memo] = {}
        self._stored: dict[str, tuple[_Entry, ...]] = self._load(self.path)
        self._used: dict[str, tuple[_Entry, ...]] = {}
        self._memo_used: dict[str, Memo] = {}
        self.misses = 0  # rules compiled because the cache did not have them
        self._saved_misses = 0

    def _load(self, path: Path | None) -> dict[str, tuple[_Entry, ...]]:
        """The index; the code stays in the mapped file (`_code_bytes`)."""
        if path is None:
            return {}
        try:
            with path.open("rb") as f:
                head = f.read(_HEAD.size)
                if len(head) != _HEAD.size:
                    return {}
                (size,) = _HEAD.unpack(head)
                data = marshal.loads(f.read(size))
                if not isinstance(data, dict) or data.get("tag") != _TAG:
                    return {}
                entries = data.get("entries")
                if not isinstance(entries, dict):
                    return {}
                memo = data.get("memo")
                self._memo_stored = memo if isinstance(memo, dict) else {}
                # a file replaced later (os.replace) leaves this mapping intact;
                # offsets count from the end of the index
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                self._mapped = memoryview(mapped)[_HEAD.size + size:]
        except FileNotFoundError:
            return {}
        except (OSError, EOFError, ValueError, TypeError, OverflowError, MemoryError) as exc:
            log.info("moderation pattern cache %s unreadable (%s); rebuilding", path,
                     type(exc).__name__)
            return {}
        return entries

    def stored(self, src: str) -> tuple[_Entry, ...] | None:
        """The cached entries of a rule, not compiled yet (kept for the next
        save); None on a miss."""
        entries = self._stored.get(src)
        if entries is not None:
            self._used[src] = entries
        return entries

    def load_entries(
        self, entries: tuple[_Entry, ...], recompile: Callable[[int], re.Pattern[str]] | None = None
    ) -> tuple[Part, ...] | None:
        """Cached entries as alternatives (None: a damaged entry).  With
        `recompile` (alternative i from the rule's source), each is compiled
        from its code the first time it is searched (`_Code`)."""
        try:
            if recompile is not None:
                return tuple(
                    (cast("re.Pattern[str]", _Code(code, flags, i, recompile, self._mapped)),
                     boundary, (texts, any_of, words))
                    for i, (code, flags, boundary, (texts, any_of, words)) in enumerate(entries)
                )
            return tuple(
                (_compile_code(_code_bytes(code, self._mapped), flags), boundary,
                 (texts, any_of, words))
                for code, flags, boundary, (texts, any_of, words) in entries
            )
        except Exception:  # the engine's own check refused it
            log.debug("moderation pattern cache entry rejected; recompiling")
            return None

    def recompiler(
        self, src: str, split: Callable[[str], list[tuple[str, bool]]]
    ) -> Callable[[int], re.Pattern[str]]:
        """Alternative i of `src` compiled from source, for a cached entry the
        engine refuses (counted as one miss per rule, and left out of the next
        save so that a later build caches it afresh)."""
        bodies: list[str] = []

        def recompile(i: int) -> re.Pattern[str]:
            if not bodies:
                self.misses += 1
                self._used.pop(src, None)
                bodies.extend(body for body, _ in split(src))
            return re.compile(bodies[i])

        return recompile

    def parts(
        self,
        src: str,
        split: Callable[[str], list[tuple[str, bool]]],
        analyse: Callable[[str, Any, bool], Analysis],
    ) -> tuple[Part, ...]:
        """A rule's compiled alternatives.  On a miss, `split(src)` gives the
        alternatives, each with whether a word boundary must precede it
        (checked by the caller, not the regex), and `analyse(body, parsed,
        boundary)` what every match contains (kept with the compiled code)."""
        entries = self._stored.get(src)
        if entries is not None:
            out = self.load_entries(entries, self.recompiler(src, split))
            if out is not None:
                self._used[src] = entries
                return out
        self.misses += 1
        parts: list[Part] = []
        fresh: list[_Entry] = []
        for body, boundary in split(src):
            parsed = _parser.parse(body)
            required = analyse(body, parsed, boundary)
            if parsed.state.groups != 1 or parsed.state.groupdict:
                # capturing groups need the group tables: compiled, never cached
                parts.append((_compiler.compile(parsed), boundary, required))
                continue
            code = _compiler._code(parsed, 0)
            flags = parsed.state.flags
            parts.append((_sre.compile(None, flags, code, 0, {}, (None,)), boundary, required))
            if _ARRAY:
                fresh.append((array(_ARRAY, code).tobytes(), flags, boundary, required))
        if len(fresh) == len(parts):
            self._used[src] = tuple(fresh)
        return tuple(parts)

    def memo(self, key: str, compute: Callable[[], Memo],
             uncached: Callable[[], Memo] | None = None) -> Memo:
        """A value a rule module derives from pattern sources at import (a
        prefilter built by parsing an alternation, the texts every match
        contains), kept with the compiled code: parsing them on every start
        cost 0.5 s of start-up for one module (session 12).  `key` must name
        everything the value depends on, a version of the code that computes
        it included (bump it when that code changes).  `uncached`: a cheaper
        value that means the same (the pattern without its prefilter), used
        when there is no cache to keep the computed one in - with no cache
        every start would pay for the analysis again."""
        if self.path is None and uncached is not None:
            return uncached()
        value = self._memo_stored.get(key) if self.path is not None else None
        if value is None:
            value = compute()
            if self.path is not None:
                self.misses += 1
        self._memo_used[key] = value
        return value

    def pattern(self, src: str) -> re.Pattern[str]:
        """`src` compiled as one pattern (no alternatives, no analysis), for a
        large pattern a module would otherwise compile at import (tens of
        milliseconds).  Cached: compiled from its code the first time it is
        searched.  No cache: compiled from `src` then.  A pattern with
        capturing groups needs the group tables: compiled now, never cached."""
        if self.path is None:
            return cast("re.Pattern[str]", _Code(None, 0, 0, lambda _: re.compile(src), None))
        # one alternative with nothing known about its matches, under its own key
        parts = self.parts(_WHOLE + src, lambda _: [(src, False)], lambda *_: ((), (), ()))
        return parts[0][0]

    def save(self) -> None:
        """Write the entries this build used, if it compiled anything new."""
        if self.path is None or self.misses == self._saved_misses:
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            index: dict[str, tuple[tuple[tuple[int, int], int, bool, Analysis], ...]] = {}
            blob: list[bytes] = []
            at = 0
            for src, entries in self._used.items():
                refs = []
                for code, flags, boundary, analysis in entries:
                    data = _code_bytes(code, self._mapped)
                    blob.append(data)
                    refs.append(((at, len(data)), flags, boundary, analysis))
                    at += len(data)
                index[src] = tuple(refs)
            head = marshal.dumps({"tag": _TAG, "entries": index, "memo": self._memo_used})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as f:
                f.write(_HEAD.pack(len(head)))
                f.write(head)
                for data in blob:
                    f.write(data)
            os.replace(tmp, self.path)  # atomic: readers see the old or the new file
        except (OSError, ValueError) as exc:
            log.info("moderation pattern cache not written to %s (%s)", self.path,
                     type(exc).__name__)
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
        self._saved_misses = self.misses
