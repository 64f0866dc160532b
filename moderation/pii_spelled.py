"""Phone numbers spelled out in words with teens and tens, read in pairs
("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "seis doce
treinta y cuatro cincuenta y seis", "null eins sieben sechs zwölf
vierunddreißig", "tre quattro sette ventidue trentotto").

Why a second detector: `pii_patterns._SPELLED` knows only the digit words
(one word, one digit; seven or more words).  French, Spanish, Portuguese,
German and Italian numbers are usually read two digits at a time, and
Italian digit words were missing.  Here a run of number words is turned into
its digits (a ten followed by a unit is one two-digit group; French
"soixante-dix-huit" is 60 + 18, "quatre-vingt" 80) and redacted when:

* it gives 7-15 digits, and
* a phone cue comes right before it ("mon num c'est", "my number is",
  "llámame al"), or an ask to call or text right after it ("tre tre tre, sei
  due uno, quattro otto otto nove chiamami stasera", "piec zero jeden, dwa
  trzy cztery, piec szesc siedem zadzwon wieczorem": Italian and Polish
  mobiles start with 3 and 5-8, not 0) when its words are single digits, or
  it starts with a zero word (national numbers do).

So "trente-quatre élèves dans ma classe", "we scored twenty-three points"
and a class timetable read aloud ("ten fifteen, eleven thirty and twelve
forty-five": no cue, no leading zero) keep their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .pii_patterns import _PHONE_CUE
from .pii_scripts import _add

_UNITS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "zero oh zéro cero null",
        "one un une uno um eins ein",
        "two deux dos dois zwei due",
        "three trois tres três drei tre",
        "four quatre cuatro quatro vier quattro",
        "five cinq cinco fünf funf fuenf cinque",
        "six seis sechs sei",
        "seven sept siete sete sieben sette",
        "eight huit ocho oito acht otto",
        "nine neuf nueve nove neun",
    ]
):
    for _w in _ws.split():
        _UNITS[_w] = _i
# Indonesian, Turkish and Polish digit words, read one digit at a time and often
# mixed with digit groups ("wa aku nol delapan satu dua 7731 4096")
_ID_TR_PL_UNITS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "nol kosong sıfır sifir",
        "satu bir jeden",
        "dua iki dwa",
        "tiga üç uc trzy",
        "empat dört dort cztery",
        "lima beş bes pięć piec",
        "enam altı alti sześć szesc",
        "tujuh yedi siedem",
        "delapan sekiz osiem",
        "sembilan dokuz dziewięć dziewiec",
    ]
):
    for _w in _ws.split():
        _ID_TR_PL_UNITS[_w] = _i
_UNITS.update(_ID_TR_PL_UNITS)
_TEENS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "ten dix diez dez zehn dieci",
        "eleven onze once elf undici",
        "twelve douze doce doze zwölf zwolf zwoelf dodici",
        "thirteen treize trece treze dreizehn tredici",
        "fourteen quatorze catorce catorze vierzehn quattordici",
        "fifteen quinze quince fünfzehn funfzehn quindici",
        "sixteen seize dieciséis dieciseis dezesseis dezasseis sechzehn sedici",
        "seventeen diecisiete dezessete dezassete siebzehn diciassette",
        "eighteen dieciocho dezoito achtzehn diciotto",
        "nineteen diecinueve dezenove dezanove neunzehn diciannove",
    ],
    start=10,
):
    for _w in _ws.split():
        _TEENS[_w] = _i
_TENS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "twenty vingt vingts veinte vinte zwanzig venti",
        "thirty trente treinta trinta dreißig dreissig trenta",
        "forty fourty quarante cuarenta quarenta vierzig quaranta",
        "fifty cinquante cincuenta cinquenta fünfzig funfzig cinquanta",
        "sixty soixante sesenta sessenta sechzig sessanta",
        "seventy setenta siebzig settanta",
        "eighty ochenta oitenta achtzig ottanta",
        "ninety noventa neunzig novanta",
    ],
    start=2,
):
    for _w in _ws.split():
        _TENS[_w] = _i * 10
_MULT = {"double": 2, "triple": 3, "doppio": 2, "doble": 2, "dupla": 2, "doppel": 2}
# one-word compounds: Spanish 21-29, German 21-99, Italian 21-99 (with the
# elided vowel before "uno" / "otto" and "tré")
_WHOLE: dict[str, int] = {}
for _w, _v in {
    "veintiuno": 1, "veintiun": 1, "veintidos": 2, "veintidós": 2, "veintitres": 3, "veintitrés": 3,
    "veinticuatro": 4, "veinticinco": 5, "veintiseis": 6, "veintiséis": 6, "veintisiete": 7,
    "veintiocho": 8, "veintinueve": 9,
}.items():
    _WHOLE[_w] = 20 + _v
_DE_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "funf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
            "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
_IT_UNITS = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6,
             "sette": 7, "otto": 8, "nove": 9}
_IT_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
            "settanta": 70, "ottanta": 80, "novanta": 90}
for _t, _tv in _DE_TENS.items():
    for _u, _uv in _DE_UNITS.items():
        _WHOLE[_u + "und" + _t] = _tv + _uv
for _t, _tv in _IT_TENS.items():
    for _u, _uv in _IT_UNITS.items():
        _WHOLE[(_t[:-1] if _u in ("uno", "otto") else _t) + _u] = _tv + _uv

_JOIN = frozenset({"and", "et", "y", "e", "und"})
_ALL = set(_UNITS) | set(_TEENS) | set(_TENS) | set(_MULT) | set(_WHOLE)
# the words that make a run worth parsing here (digit-only runs are the older
# detector's): used as the gate in pii.py
WORDS = frozenset(w for w in set(_TEENS) | set(_TENS) | set(_WHOLE) | set(_IT_UNITS)
                  | set(_ID_TR_PL_UNITS) if w.isalpha())
ALL_WORDS = frozenset(w for w in _ALL if w.isalpha())

_NUM = "|".join(sorted((re.escape(w) for w in _ALL), key=len, reverse=True))
_RUN = re.compile(
    r"(?<![\w-])(?:\d+[\s.\-]+)?(?:" + _NUM + r")(?:(?:[\s,.\-]+(?:(?:and|et|y|e|und)[\s-]+)?)(?:" + _NUM
    + r"|\d+)(?![\w]))+",
    re.I,
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.I)
# an ask to call, text or message the writer right after the number, in the languages
# whose number words are read here ("... call me tonight", "... chiamami", "... beni ara")
_CUE_AFTER = re.compile(
    r"[\s,.:;!-]*(?:(?:pls|please|per favore|porfa|por favor|bitte|proszę|prosze|lütfen|lutfen|"
    r"s'il te pla[iî]t|stp) )?(?:call|text|ring|phone|whats ?app|wa|message|msg|"
    r"chiamami|chiama|scrivimi|scrivi|llamame|llámame|llama|escribeme|escríbeme|escribe|"
    r"appelle|ecris|écris|ruf|schreib|liga|ligue|manda|zadzwo\w*|dzwo\w*|napisz|pisz|"
    r"beni ara|ara|arayın|arayin|yaz|telepon|telp|hubungi|chat)\b",
    re.I,
)


def _groups(words: list[str]) -> Iterator[str]:
    """Digits of the number words, two-digit groups where a ten is followed by
    a unit (or, for French 60 and 80, by a teen)."""
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else ""
        if w.isdigit():  # a digit group inside the run: "nol delapan satu dua 7731 4096"
            yield w
            i += 1
            continue
        if w == "quatre" and nxt in ("vingt", "vingts"):
            w, i = "quatre-vingt", i + 1
            nxt = words[i + 1] if i + 1 < n else ""
            val = 80
        elif w in _TENS:
            val = _TENS[w]
        elif w in _WHOLE:
            yield str(_WHOLE[w])
            i += 1
            continue
        elif w in _MULT and nxt in _UNITS:
            yield str(_UNITS[nxt]) * _MULT[w]
            i += 2
            continue
        elif w in ("dix", "dieci") and nxt in ("sept", "huit", "neuf"):
            yield str(10 + _UNITS[nxt])
            i += 2
            continue
        elif w in _TEENS:
            yield str(_TEENS[w])
            i += 1
            continue
        elif w in _UNITS:
            yield str(_UNITS[w])
            i += 1
            continue
        else:
            i += 1
            continue
        # a ten: add a following unit (French 60 / 80 also a teen or "dix-sept")
        nn = words[i + 2] if i + 2 < n else ""
        if val in (60, 80) and nxt == "dix" and nn in ("sept", "huit", "neuf"):
            yield str(val + 10 + _UNITS[nn])
            i += 3
        elif val in (60, 80) and nxt in _TEENS:
            yield str(val + _TEENS[nxt])
            i += 2
        elif nxt in _UNITS and _UNITS[nxt] > 0:
            yield str(val + _UNITS[nxt])
            i += 2
        else:
            yield str(val)
            i += 1


def spelled_phones(text: str, reasons: list[str]) -> str:
    """Replace spelled-out phone numbers read in groups with "[phone removed]"."""
    spans = []
    for m in _RUN.finditer(text):
        words = [w.lower() for w in _TOKEN.findall(m.group(0)) if w.lower() not in _JOIN]
        digits = "".join(_groups(words))
        if not 7 <= len(digits) <= 15:
            continue
        # an ask after it only for digits read one by one: a timetable read in pairs
        # ("ten fifteen, eleven thirty and twelve forty five, text me if you come") is not
        cue = _PHONE_CUE.search(text, max(0, m.start() - 40), m.start()) is not None or (
            _CUE_AFTER.match(text, m.end()) is not None and all(w in _UNITS for w in words))
        if cue or digits.startswith("0"):
            spans.append((m.start(), m.end()))
    if not spans:
        return text
    _add(reasons, "pii:phone_words")
    for a, b in reversed(spans):
        text = text[:a] + "[phone removed]" + text[b:]
    return text
