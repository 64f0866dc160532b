"""Traditional Chinese characters read as simplified ones.

Why: children in Taiwan, Hong Kong and Macao, and many elsewhere, write
traditional characters ("我現在在頂樓，不想再撐了"), and the rules, the lexicon
and the scorer's training lines are nearly all simplified ("不想再撑了").  A
rule that listed both forms caught both; one that did not (most self-harm
rules) let the traditional form pass.  So messages and rule sources are folded
to one form, as accents and Arabic letter variants are (`normalise.py`).

How: one character for one character, so offsets into a message never move
(redaction maps them back to the text as written).  The table is OpenCC's
(`data/zh_t2s.tsv`, built by `scripts/build_zh_t2s.py`); where OpenCC gives
more than one simplified form, the first is kept.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "data" / "zh_t2s.tsv"


def _load() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _PATH.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[trad] = simp
    # a simplified form that is itself listed as traditional is followed to its end
    for trad, simp in table.items():
        while simp in table and table[simp] != simp:
            simp = table[simp]
        table[trad] = simp
    return table


_T2S = _load()
_TABLE = {ord(k): v for k, v in _T2S.items()}
# CJK ideographs: the blocks every traditional character of the table is in
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

# names the table for memo keys of folded rule sources (`normalise.fold_version`)
TABLE_DIGEST = hashlib.blake2b(_PATH.read_bytes(), digest_size=8).hexdigest()


def fold_traditional(s: str) -> str:
    """`s` with every traditional character replaced by its simplified form."""
    if _CJK_RE.search(s) is None:
        return s
    return s.translate(_TABLE)
