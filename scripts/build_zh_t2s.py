"""Regenerate ``moderation/data/zh_t2s.tsv`` from OpenCC's character table.

Why a generated file: the folding needs one table of traditional characters and
their simplified forms, and OpenCC (Apache-2.0) maintains it.  Only its
single-character entries are kept, with the first simplified candidate: text
and rule sources are folded character for character, so offsets never move.

Usage: ``python scripts/build_zh_t2s.py [TSCharacters.txt]``; without a path the
file is taken from the ``opencc-python-reimplemented`` wheel (``pip download``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "moderation" / "data" / "zh_t2s.tsv"
HEADER = (
    "# Traditional -> simplified Chinese characters, one per line (traditional TAB\n"
    "# simplified).  Derived from OpenCC's TSCharacters.txt (https://github.com/BYVoid/OpenCC,\n"
    "# Apache License 2.0): single-character entries, first candidate.\n"
    "# Regenerate with scripts/build_zh_t2s.py.\n"
)


def _table_from_wheel() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
             "opencc-python-reimplemented==0.1.7"],
            check=True,
        )
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as z:
            return z.read("opencc/dictionary/TSCharacters.txt").decode("utf-8")


def build(source: str) -> list[tuple[str, str]]:
    pairs = []
    for line in source.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        trad, simp = line.split("\t", 1)
        first = simp.split()[0]
        if len(trad) == 1 and len(first) == 1 and trad != first:
            pairs.append((trad, first))
    return sorted(pairs)


def main() -> None:
    source = Path(sys.argv[1]).read_text("utf-8") if len(sys.argv) > 1 else _table_from_wheel()
    pairs = build(source)
    OUT.write_text(HEADER + "".join(f"{t}\t{s}\n" for t, s in pairs), encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {OUT}")


if __name__ == "__main__":
    main()
