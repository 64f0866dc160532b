"""Phone numbers read with digits and number words mixed, and numbers read
in spelled-out groups the older detectors left shown.

Why: the spelled-phone detectors (`pii_patterns._SPELLED`, `pii_spelled`,
`pii_spelled_groups`, `pii_spelled_scripts`) each read one kind of run and
gate on counts of their own words, so these were shown in full:

* digits and digit words mixed, a way to slip a number past a filter: "my
  mob is 07 eight 12 three 4 5 six 9 0", "mi movil es 6 siete 8 dos 1 nueve
  0 0 cinco", "meine handynr 0 1 fünf 7 - drei 3 eins 8", "мой телефон 8 9
  один 6 - 2 пять 0", "raqmi 0 1 0 itnen 3 4 5 setta", "رقمي ٠ ١ ٠ اثنين ...",
  "mera number 9 aath 7 6 paanch ...", "numaram 0 beş 3 2 yedi ...";
* groups read as two- or three-digit numbers after a cue the detectors did
  not know ("apunta: seis, cuatro, nueve, doce, treinta y cuatro ...",
  "segnati questo: tre quattro nove, sei sei due ...", "not al: sıfır beş yüz
  otuz beş, iki yüz on iki ..."), or with no cue at all, and in Arabic
  ("صفر ستة، اثنا عشر، أربعة وثلاثون"), Arabizi ("arba3a w talateen") and
  Hindi ("nau aath, chauntees, chhappan"), whose teens and tens no detector
  read.

A run of number words and digit groups (commas, dots, dashes and "and"
words between them) is read into digit groups with the reader of
`pii_spelled_groups` (Arabic "four and thirty" is 34, "two ten" 12) and
redacted when it gives enough digits for a phone number:

* 8 or more with a phone cue when digits and words are mixed, 9 or more
  with a cue otherwise (a cue: "my number", "llámame", "raqmi", "write
  this down", or "call me" / "kalemni" / "记一下" right after), or
* 10 or more with no cue, read as one number: no "and" between groups, at
  least one digit read alone (phones read in pairs start with a lone digit
  or a zero; scores and years do not), and not a list of scores or years
  rising or falling.

Never: counting ("five six seven eight ..."), clock times read in pairs
("seven fifteen, eight thirty, nine forty five"), a score ("twelve to
thirty-four": "to" ends the run), a date or an age (their words end it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .pii_patterns import _PHONE_CUE, _SPELLED
from .pii_scripts import _add, _replace_spans
from .pii_spelled import _CUE_AFTER as _PAIR_CUE_AFTER
from .pii_spelled import _MULT
from .pii_spelled_groups import _MORE_CUE as _GROUP_CUE
from .pii_spelled_groups import _TR_UNITS, _VOCAB, _progression, _read
from .pii_spelled_scripts import _AR_WORDS, _HI_WORDS
from .pii_spelled_scripts import _MORE_CUE as _SCRIPT_CUE
from .pii_spelled_vocab import _AR_FOLD, CUE_AFTER, MORE_CUE, NOTE_CUE, RAW, VOCAB, key

Token = tuple[int, int, str, str, int]

# every number word read here: the group reader's (Latin, Cyrillic) first,
# then the Arabizi, Arabic and Hindi words
_ALL: dict[str, tuple[str, int]] = dict(_VOCAB)
for _w, _v in VOCAB.items():
    _ALL.setdefault(_w, _v)
for _w, _d in (*_HI_WORDS.items(), *_AR_WORDS.items()):
    _ALL.setdefault(key(_w), ("u", _d))
# the gate: every number word, in the normalised word set's form too
WORDS = frozenset(_ALL).union(RAW, _HI_WORDS, (w.translate(_AR_FOLD) for w in _AR_WORDS))
_JOINERS = frozenset("and y e et und i и ve dan w wa we و".split())
# "and" between a unit and a ten that reads as one number (Arabic "ستة
# وخمسون", "arba3a w talateen", German "vier und dreißig")
_UNIT_TEN_JOINERS = frozenset("w wa we و und".split())
# letters and digits together: Arabizi writes letters with digits ("tes3a", "sab3a")
_TOKEN = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0971-\u097f\u064b-\u065f\u0670])+")
_GAP = re.compile(r"[\s,.\-–—،/]*")


def _tokens(text: str) -> list[Token]:
    """(start, end, word, kind, value) of every word: kind "" for an
    ordinary word, "j" a joiner, "n" a digit group (word = the digits)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        a, b = m.span()
        if w.isdigit():
            out.append((a, b, w, "n", 0))
            continue
        f = key(w)
        if f in _ALL:
            kind, val = _ALL[f]
            out.append((a, b, f, kind, val))
        elif f in _JOINERS:
            out.append((a, b, f, "j", 0))
        elif f[0] == "و" and f[1:] in _ALL:  # Arabic "and" on the word: "وثلاثون"
            kind, val = _ALL[f[1:]]
            out.append((a, a + 1, "و", "j", 0))
            out.append((a + 1, b, f[1:], kind, val))
        else:
            out.append((a, b, f, "", 0))  # also "double", "triple": read with the next word
    # Turkish "on" (ten) and the multipliers need their neighbour (as in
    # pii_spelled_groups), and Arabic reads the unit before the ten
    res: list[Token] = []
    i, n = 0, len(out)
    while i < n:
        a, b, f, kind, val = out[i]
        nxt = out[i + 1] if i + 1 < n else (0, 0, "", "", 0)
        after = out[i + 2] if i + 2 < n else (0, 0, "", "", 0)
        prev = res[-1][3] if res else ""
        if f == "on" and nxt[2] not in _TR_UNITS:
            kind, val = "", 0
        elif kind in ("m", "p", "b") and prev != "u" and f not in ("cent", "hundert"):
            kind, val = "", 0
        elif kind == "u" and nxt[3] == "x":  # "اثنا عشر": twelve
            res.append((a, nxt[1], f, "t", 10 + val))
            i += 2
            continue
        elif kind == "u" and val and nxt[2] in _UNIT_TEN_JOINERS and after[3] == "d":
            res.append((a, after[1], f, "w", after[4] + val))  # "ستة وخمسون": 56
            i += 3
            continue
        elif f in _MULT and (nxt[3] == "u" or (nxt[3] == "n" and len(nxt[2]) == 1)):
            digit = nxt[2] if nxt[3] == "n" else str(nxt[4])  # "double 1", "triple seven"
            res.append((a, nxt[1], digit * _MULT[f], "n", 0))
            i += 2
            continue
        elif kind == "x":
            kind = "t"
        res.append((a, b, f, kind, val))
        i += 1
    return res


def _runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Maximal runs of number tokens with only separators between them,
    joiners trimmed from both ends."""
    runs: list[list[Token]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i][3] in ("", "j"):
            i += 1
            continue
        j = i
        while j + 1 < n and toks[j + 1][3] != "" and _GAP.fullmatch(text, toks[j][1], toks[j + 1][0]):
            j += 1
        while j > i and toks[j][3] == "j":
            j -= 1
        runs.append(toks[i : j + 1])
        i = j + 1
    return runs


def _read_parts(text: str, run: list[Token]) -> tuple[list[str], bool]:
    """The digit groups of a run, each comma-parted piece read alone ("thirty,
    nine" is 30 and 9, not 39), and whether a joiner stood between groups."""
    groups: list[str] = []
    listed = False
    start = 0
    for k in range(1, len(run) + 1):
        if k == len(run) or any(c in text[run[k - 1][1] : run[k][0]] for c in ",،，"):
            part = run[start:k]
            while part and part[0][3] == "j":
                part = part[1:]
            while part and part[-1][3] == "j":
                part = part[:-1]
            if part:
                got, joined = _read(part)
                groups += got
                listed = listed or joined or (bool(groups) and start > 0 and run[start][3] == "j")
            start = k
    return groups, listed


def _clock(groups: list[str]) -> bool:
    """Times read in pairs: "seven fifteen, eight thirty, nine forty five"."""
    if len(groups) < 4 or len(groups) % 2:
        return False
    for h, m in zip(groups[::2], groups[1::2], strict=True):
        if not (h.isdigit() and m.isdigit() and len(m) == 2):
            return False
        if not 0 < int(h) <= 24 or int(m) % 5 or int(m) > 55:
            return False
    return True


def _monotonic(groups: list[str]) -> bool:
    """Scores, years or sorted draws: every group two digits or more, each
    one higher (or lower) than the last."""
    if len(groups) < 3 or any(len(g) < 2 or not g.isdigit() for g in groups):
        return False
    steps = [int(b) - int(a) for a, b in pairwise(groups)]
    return all(s > 0 for s in steps) or all(s < 0 for s in steps)


def _counting(digits: str) -> bool:
    """Digits read one by one up or down: "5 6 seven 8 nine ten"."""
    vals = [int(c) for c in digits]
    steps = {b - a for a, b in pairwise(vals)}
    return steps == {1} or (steps == {-1} and vals[-1] == 1)


def _cued(text: str, a: int, b: int) -> bool:
    lo = max(0, a - 40)
    return (
        _PHONE_CUE.search(text, lo, a) is not None
        or _GROUP_CUE.search(text, lo, a) is not None
        or _SCRIPT_CUE.search(text, lo, a) is not None
        or MORE_CUE.search(text, lo, a) is not None
        or NOTE_CUE.search(text, lo, a) is not None
        or CUE_AFTER.match(text, b) is not None
        or _PAIR_CUE_AFTER.match(text, b) is not None
    )


def mixed_phones(text: str, reasons: list[str]) -> str:
    """Replace phone numbers read in mixed digits and words, or in word
    groups the other detectors do not read, with "[phone removed]"."""
    spans: list[tuple[int, int]] = []
    for run in _runs(text, _tokens(text)):
        words = [t for t in run if t[3] not in ("n", "j")]
        numbers = len(run) - len(words) - sum(t[3] == "j" for t in run)
        if not words or len(run) < 3:
            continue
        groups, listed = _read_parts(text, run)
        digits = "".join(groups)
        if not 7 <= len(digits) <= 15:
            continue
        if _clock(groups) or listed or _monotonic(groups):
            continue  # "7, twelve, 23, thirty four, 41 and 45": a list of numbers
        mixed = numbers >= 2 and len(words) >= 2
        a, b = run[0][0], run[-1][1]
        if _cued(text, a, b):
            if len(digits) >= (8 if mixed else 9):
                spans.append((a, b))
        elif _counting(digits) or _progression(groups):
            continue
        elif len(digits) >= 10 and (mixed or any(len(g) == 1 for g in groups)):
            spans.append((a, b))
    return _replace_spans(text, spans, "[phone removed]", "pii:phone_words", reasons)


def digit_words(text: str, reasons: list[str]) -> str:
    """The digit-word pass of `pii_patterns._SPELLED` ("zero seven nine ..."),
    except counting aloud ("uno dos tres ... nueve diez": digits rising or
    falling by one are no number anyone gives out)."""

    def one(m: re.Match[str]) -> str:
        vals: list[int] = []
        for w in _TOKEN.findall(m.group()):
            kind, val = ("n", 0) if w.isdigit() else _ALL.get(key(w), ("", 0))
            if kind not in ("n", "u"):
                break  # "double", "triple": not a count
            vals.append(int(w) if kind == "n" else val)
        else:
            steps = {b - a for a, b in pairwise(vals)}
            counting = steps == {1} or (steps == {-1} and vals[-1] <= 1)
            if counting and _PHONE_CUE.search(text, max(0, m.start() - 40), m.start()) is None:
                return m.group()
        _add(reasons, "pii:phone_words")
        return "[phone removed]"

    return _SPELLED.sub(one, text)


def worth_reading(tokens: Sequence[str]) -> bool:
    """Two number words and five number tokens in all (digit groups count):
    the cheap test before `mixed_phones`."""
    words = numbers = 0
    for t in tokens:
        if t.isdigit():
            numbers += 1
        elif t in WORDS:
            words += 1
    return words >= 2 and words + numbers >= 5

