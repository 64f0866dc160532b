"""Phone numbers spelled out in words and read in groups of three with
hundreds ("sześćset, sto dwadzieścia trzy, czterysta pięćdziesiąt sześć",
"восемь девятьсот шестнадцать, сто двадцать три, сорок пять, шестьдесят
семь", "seiscientos doce, trescientos cuarenta y cinco", "six cent douze",
"beş yüz otuz iki, yüz yirmi üç", "enam ratus dua belas").

Why a third detector: `pii_patterns._SPELLED` reads one word as one digit
and `pii_spelled.spelled_phones` reads pairs (a ten and a unit) in
en/fr/es/pt/de/it.  Polish, Russian, Turkish and Indonesian numbers and any
number read in hundreds were shown in full.  Here a run of number words
(digits, commas, hyphens and "and / y / e / et / i / и / ve" may sit
between them) is cut into groups - [hundreds] [teen | ten [unit]] or a
lone unit - each group giving its own digits ("sto dwadzieścia trzy" 123,
"sześćset" 600, "восемь" 8), and redacted when it gives 7-15 digits and:

* a phone cue comes right before it ("mój numer to", "мой номер", "звони",
  "numaram", "nomor aku", "mi número es"), or
* no cue, but the run is one unbroken phone-like reading: nine or more
  digits in three or more groups, no commas or "and" between the groups,
  and not a counting sequence ("seventy eighty ninety one hundred").

So a count with its noun ("сто двадцать три человека"), an age ("mam
dwanaście lat"), prices, dates and a list of answers read with commas keep
their words.  Turkish "on" (ten) is also English "on": it counts only
before a Turkish unit ("on iki").
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from .pii_patterns import _PHONE_CUE
from .pii_scripts import _replace_spans
from .pii_spelled import _TEENS as _PAIR_TEENS
from .pii_spelled import _TENS as _PAIR_TENS
from .pii_spelled import _UNITS as _PAIR_UNITS
from .pii_spelled import _WHOLE as _PAIR_WHOLE


def fold(word: str) -> str:
    """The form of the normalised word set: casefolded, marks stripped
    ("sześćset" -> "szescset", "й" -> "и", "kırk" -> "kirk")."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.replace("ı", "i").replace("ł", "l")


# kinds: "u" unit 0-9, "t" teen 10-19, "d" ten 20-90, "h" hundreds,
# "m" a multiplier after a unit (x100), "p" Indonesian "puluh" (x10),
# "b" Indonesian "belas" (+10)
_VOCAB: dict[str, tuple[str, int]] = {}


def _put(kind: str, values: list[str], start: int, step: int = 1) -> None:
    for i, ws in enumerate(values):
        for w in ws.split():
            _VOCAB.setdefault(fold(w), (kind, start + i * step))


# the pair detector's words (en fr es pt de it), folded
for _w, _v in _PAIR_UNITS.items():
    _VOCAB.setdefault(fold(_w), ("u", _v))
for _w, _v in _PAIR_TEENS.items():
    _VOCAB.setdefault(fold(_w), ("t", _v))
for _w, _v in _PAIR_TENS.items():
    _VOCAB.setdefault(fold(_w), ("d", _v))
for _w, _v in _PAIR_WHOLE.items():
    _VOCAB.setdefault(fold(_w), ("w", _v))
_put("u", ["ноль нуль", "один одна одно", "два две", "три", "четыре", "пять", "шесть", "семь",
           "восемь", "девять"], 0)
_put("t", ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"], 10)
_put("d", ["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"], 20, 10)
_put("h", ["сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
           "восемьсот", "девятьсот"], 100, 100)
_put("u", ["zero", "jeden jedna", "dwa dwie", "trzy", "cztery", "pięć", "sześć", "siedem",
           "osiem", "dziewięć"], 0)
_put("t", ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście",
           "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"], 10)
_put("d", ["dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt",
           "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"], 20, 10)
_put("h", ["sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset",
           "osiemset", "dziewięćset"], 100, 100)
_put("u", ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"], 0)
_put("d", ["yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"], 20, 10)
_put("h", ["yüz", "ikiyüz", "üçyüz", "dörtyüz", "beşyüz", "altıyüz", "yediyüz", "sekizyüz",
           "dokuzyüz"], 100, 100)
_put("u", ["nol kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
           "sembilan"], 0)
_put("t", ["sepuluh", "sebelas"], 10)
_put("h", ["seratus"], 100)
_put("h", ["cien ciento", "doscientos doscientas", "trescientos trescientas",
           "cuatrocientos cuatrocientas", "quinientos quinientas", "seiscientos seiscientas",
           "setecientos setecientas", "ochocientos ochocientas", "novecientos novecientas"],
     100, 100)
_put("h", ["cem cento", "duzentos duzentas", "trezentos trezentas", "quatrocentos quatrocentas",
           "quinhentos quinhentas", "seiscentos seiscentas", "setecentos setecentas",
           "oitocentos oitocentas", "novecentos novecentas"], 100, 100)
_put("h", ["cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento",
           "settecento", "ottocento", "novecento"], 100, 100)
_put("h", ["einhundert", "zweihundert", "dreihundert", "vierhundert", "fünfhundert",
           "sechshundert", "siebenhundert", "achthundert", "neunhundert"], 100, 100)
for _w in ("hundred", "cent", "cents", "hundert", "ratus", "yüz"):
    _VOCAB[fold(_w)] = ("m", 100) if _w != "yüz" else ("h", 100)
_VOCAB["puluh"] = ("p", 10)
_VOCAB["belas"] = ("b", 10)
_VOCAB["on"] = ("t", 10)  # Turkish ten: only before a Turkish unit (see _tokens)
_TR_UNITS = frozenset(fold(w) for w in "bir iki üç dört beş altı yedi sekiz dokuz".split())
# a bare "cent" is a French hundred; "cents" only after a unit ("six cents")
_JOINERS = frozenset("and y e et und i и ve dan".split())

# a run needs one of these words to be worth parsing here: hundreds, and the
# teens and tens of the languages the pair detector does not read
_PAIR_FOLDED = frozenset(fold(w) for w in (*_PAIR_TEENS, *_PAIR_TENS))
GATE = frozenset(
    w for w, (k, _) in _VOCAB.items()
    if k in ("h", "m", "p", "b") or (k in ("t", "d") and w not in _PAIR_FOLDED)
) - {"on", "cents"}

ALL_WORDS = frozenset(_VOCAB)

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_GAP = re.compile(r"[\s,.\-–]*")
# cues the shared phone cue lacks, in the languages read here
_MORE_CUE = re.compile(
    r"(?:\b(?:numer\w*|numaram|numara|nomer\w*|nomor\w*|nmr|telefon\w*|tel|arayin|ara|hubungi|"
    r"telp|zadzwo\w*|dzwo\w*)\b|телефон|номер|набери|пиши|звони)[^.!?\n]{0,25}$",
    re.I,
)


def _tokens(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, folded word, kind, value) of every word; kind "" for an
    ordinary word, "j" for a joiner, "n" for a digit group."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w.isdigit():
            out.append((m.start(), m.end(), w, "n", 0))
            continue
        f = fold(w)
        kind, val = _VOCAB.get(f, ("j" if f in _JOINERS else "", 0))
        out.append((m.start(), m.end(), f, kind, val))
    # Turkish "on" (ten) and the multipliers need their neighbour
    for i, (a, b, f, kind, _) in enumerate(out):
        nxt = out[i + 1][2] if i + 1 < len(out) else ""
        prev = out[i - 1][3] if i else ""
        if f == "on" and nxt not in _TR_UNITS:
            out[i] = (a, b, f, "", 0)
        elif kind in ("m", "p", "b") and prev != "u" and f not in ("cent", "hundert"):
            out[i] = (a, b, f, "", 0)  # "ratus", "puluh", "cents" alone: no number
    return out


def _combine(run: list[tuple[int, int, str, str, int]]) -> list[tuple[str, int]]:
    """(kind, value) of a run with the two-word numbers made one: a unit and
    its multiplier ("six hundred", "enam ratus", "dua puluh", "dua belas"),
    "quatre vingt" (80) and "dix sept" (17)."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(run)
    while i < n:
        _, _, f, kind, val = run[i]
        nf, nk, nv = (run[i + 1][2], run[i + 1][3], run[i + 1][4]) if i + 1 < n else ("", "", 0)
        if kind == "u" and nk in ("m", "p", "b"):
            out.append({"m": ("h", val * 100), "p": ("d", val * 10), "b": ("t", val + 10)}[nk])
            i += 2
        elif f == "quatre" and nf in ("vingt", "vingts"):
            out.append(("d", 80))
            i += 2
        elif f == "dix" and nk == "u" and nv >= 7:
            out.append(("t", 10 + nv))
            i += 2
        elif kind == "m":
            out.append(("h", 100))  # a bare "cent" / "hundert"
            i += 1
        else:
            out.append((kind, int(f) if kind == "n" else val))
            i += 1
    return out


def _read(run: list[tuple[int, int, str, str, int]]) -> tuple[list[str], bool]:
    """The digit groups of a run of number tokens - [hundreds] [teen | ten
    [unit]] or a lone unit - and whether a joiner stood between two groups
    (a list, not one reading)."""
    words = _combine(run)
    texts = [t[2] for t in run if t[3] == "n"]
    groups: list[str] = []
    listed = False
    i, n = 0, len(words)

    def kind(k: int) -> str:
        return words[k][0] if k < n else ""

    while i < n:
        k, v = words[i]
        if k == "j":
            listed = listed or bool(groups)
            i += 1
            continue
        if k == "n":
            groups.append(texts.pop(0))
            i += 1
            continue
        if k == "w":
            groups.append(str(v))
            i += 1
            continue
        total, width = 0, 1
        if k == "h":
            total, width = v, 3
            i += 1
            if kind(i) == "j" and kind(i + 1) in ("t", "d", "u"):
                i += 1  # "six hundred and twelve", "cento e vinte"
            if kind(i) not in ("t", "d", "u"):
                groups.append(str(total))
                continue
            k, v = words[i]
        if k == "t":
            total, width, i = total + v, max(width, 2), i + 1
        elif k == "d":
            total, width, i = total + v, max(width, 2), i + 1
            if kind(i) == "j" and kind(i + 1) == "u":
                i += 1  # "cuarenta y cinco", "trinta e quatro"
            if total % 100 in (60, 80) and kind(i) == "t":
                total, i = total + words[i][1], i + 1  # soixante-douze
            elif kind(i) == "u" and words[i][1] > 0:
                total, i = total + words[i][1], i + 1
        else:  # a unit
            total, i = total + v, i + 1
        groups.append(str(total).zfill(width))
    return groups, listed


def _progression(groups: list[str]) -> bool:
    """Counting read aloud: "seventy eighty ninety one hundred", "one two three"."""
    if len(groups) < 3 or not all(g.isdigit() for g in groups):
        return False
    vals = [int(g) for g in groups]
    steps = {b - a for a, b in pairwise(vals)}
    return len(steps) == 1


def grouped_phones(text: str, reasons: list[str]) -> str:
    """Replace spelled-out phone numbers read in groups with "[phone removed]"."""
    toks = _tokens(text)
    spans: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i][3] in ("", "j"):
            i += 1
            continue
        j = i
        commas = False
        while j + 1 < n and toks[j + 1][3] != "" and _GAP.fullmatch(text, toks[j][1], toks[j + 1][0]):
            commas = commas or "," in text[toks[j][1] : toks[j + 1][0]]
            j += 1
        while j > i and toks[j][3] == "j":
            j -= 1
        run = toks[i : j + 1]
        i = j + 1
        if len(run) < 3 or all(t[3] == "n" for t in run):
            continue
        groups, listed = _read(run)
        digits = "".join(groups)
        if not 7 <= len(digits) <= 15:
            continue
        a, b = run[0][0], run[-1][1]
        lo = max(0, a - 40)
        cue = _PHONE_CUE.search(text, lo, a) is not None or _MORE_CUE.search(text, lo, a) is not None
        if not cue and (
            len(digits) < 9 or len(groups) < 3 or listed or commas or _progression(groups)
        ):
            continue
        spans.append((a, b))
    return _replace_spans(text, spans, "[phone removed]", "pii:phone_words", reasons)
