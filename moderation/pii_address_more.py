"""Street addresses in Indonesian, Turkish and Polish, and the postcode and
city that follow an address.

Why apart from pii_address.py: these are the word orders that module's
patterns do not know - Indonesian "Jl. Melati No. 23" (street word first,
"No." before the number), Turkish "Atatürk Caddesi No: 12" (street word after
the name, "No:" before the number) and Polish "ulicy Długiej 5" (an
inflected street word before the name).  Their street words are also
everyday words ("jalan" is "to walk", "ulica" is "the street" in "na ulicy
stało 5 aut", "sokak" is "the street"), so:

* Indonesian "jalan" needs "No." before the number; only the abbreviations
  "Jl." / "Jln." take a bare number;
* Turkish needs "No" / "Numara" before the number (every Turkish address has
  it; "bu sokak 5 dakika uzakta" has none);
* Polish needs a capitalised street name, the abbreviation "ul." / "al." /
  "os.", or a "live / address" cue before ("mieszkam na ulicy dlugiej 5"),
  and the number must not be followed by a unit ("od 5 lat").

`postcode_after` then widens an already redacted address over a postcode and
city right after it ("[address removed], 50674 köln", "..., 00-950
Warszawa", "..., SW1A 1AA"): the street alone was removed and the postcode
still located the child.  A city may stand between ("[address removed],
leeds LS6 2AB", "..., springfield, IL 62704", "..., toronto ON M5V 2T6"),
a UK postcode may be written in lower case, and `postcode_follows` lets
pii_address.py take an ambiguous street word as a street when a postcode
follows ("14 maple close, leeds LS6 2AB").  `postcodes` takes a postcode
after a postcode cue ("my postcode is LS6 2AB", "zip code: 90210", "code
postal 75002", "CEP 01310-100") or a UK / Canadian one after the city the
writer lives in ("i live in leeds, ls6 2ab").  "my ps5 2tb is full" and
"page 12345" have no cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from .pii_scripts import _add

_I = re.IGNORECASE

_ID = re.compile(
    r"\b(?:(?P<abbr>jln?\.?)|jalan)\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s*,?\s*"
    r"(?P<no>(?:no|nomor|nmr)\.?\s*:?\s*)?(?P<n>\d{1,4}[a-z]?)\b(?:\s*,?\s*rt\.?\s*\d{1,3}\s*/?\s*"
    r"(?:rw\.?\s*\d{1,3})?)?",
    _I,
)
_ID_STOP = frozenset(
    """kaki kaki2 jalan bareng sama ke di dari yuk yok aja terus santai pagi sore malam lagi udah
    sudah mau pengen bentar""".split()
)
_TR = re.compile(
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\s+){1,4}?)(?:caddesi|cad\.|cd\.|sokak|sokagi|sokağı|sok\.|sk\.|"
    r"bulvari|bulvarı|blv\.|mahallesi|mah\.)\s*,?\s*(?:no|numara)\s*[:.]?\s*\d{1,4}[a-z]?"
    r"(?:\s*/\s*\d{1,3})?\b",
    _I,
)
_TR_STOP = frozenset(
    """bu şu su o bir her bizim sizin onların onlarin ana yan arka ve ile benim adresim adres
    adresi evim ev oturuyorum burasi burası orasi orası evimiz adresimiz""".split()
)
_PL = re.compile(
    r"\b(?:(?P<abbr>ul\.|al\.|os\.)|ulica|ulicy|ulicę|ulice|ulicach|aleja|alei|aleje|osiedle|"
    r"osiedlu|plac|placu)\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}?)\s+"
    r"(?P<n>\d{1,4}[a-z]?(?:\s*/\s*\d{1,4}|\s+m\.?\s*\d{1,4})?)\b",
    _I,
)
_PL_CUE = re.compile(r"\b(?:mieszkam|mieszka|mieszkasz|mieszkamy|adres|adresem|zamieszkal\w*|"
                     r"zamieszkał\w*|przyjedz|przyjedź|wpadnij)\b[^.!?]{0,30}$", _I)
_PL_STOP = frozenset(
    """od do przez w we na z ze i a o u jest byl był bylo było sa są nie tak juz już tez też
    stalo stało stoi stoja stoją bylo jest tam tu gdzie kiedy""".split()
)
_UNIT_AFTER = re.compile(
    r"\s*(?:lat|lata|roku|minut\w*|godzin\w*|dni|dzien|dzień|razy|km|m\b|zł|zl|osob\w*|"
    r"dakika\w*|saat\w*|gun\w*|gün\w*|yil\w*|yıl\w*|kez|menit|jam|hari|kali|tahun|orang)",
    _I,
)
_POSTCODE = re.compile(
    r"(?:\s*,\s*|\s+)(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5}(?=\s+[^\W\d_]))(?:\s+[^\W\d_][\w'’-]*"
    r"(?:[\s-](?-i:[A-ZÀ-Ý])[\w'’-]*)?)?"
    r"|(?:\s*,\s*|\s+)(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b",
    _I,
)

# UK (the inward code's letters never C I K M O V), Canadian, US state + ZIP, Dutch
_UK_PC = r"[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}"
_CA_PC = r"[a-z]\d[a-z]\s?\d[a-z]\d"
# US states and Canadian provinces before the code: upper case, or lower case
# when the abbreviation is no English word ("il 62704", not "in 12345")
_STATE = (
    r"(?:(?-i:[A-Z]{2})|(?:al|ak|az|ar|ca|co|ct|fl|ga|ia|ks|ky|md|mn|ms|mt|nc|nd|nv|nh|nj|nm|ny|"
    r"pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|il|bc|ab|sk|mb|qc|ns|nb|pe|nl)\b)"
)
_SHAPED_PC = (
    r"(?:" + _UK_PC + r"|(?:" + _STATE + r"\s+)?" + _CA_PC + r"|" + _STATE + r"\s+\d{5}(?:-\d{4})?"
    r"|\d{4}\s?(?-i:[A-Z]{2}))"
)
_CITY = r"[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*)??"
# a city, then a postcode: "[address removed], leeds LS6 2AB", "..., paris 75002"
_CITY_POSTCODE = re.compile(
    r"(?:\s*,\s*|\s+)(?P<city>" + _CITY + r")\s*,?\s+(?P<pc>" + _SHAPED_PC
    + r"|\d{5}(?:-\d{3,4})?|\d{2}-\d{3})(?![\w-])",
    _I,
)
_CITY_STOP = frozenset(
    """the a an and or but so if my our your his her their its it i im me we you he she they
    is are was were be been am has have had do does did no not yes ok okay lol and come came
    at in on to for from by of with near next call text me number phone code pin age aged born
    since until till about around room page floor flat apt apartment house box year years""".split()
)
_PC_CUE = re.compile(
    r"\b(?:post ?code|postal code|zip ?code|zip|code postal|c[oó]digo postal|cod\. postal|cep|"
    r"(?-i:PLZ)|postleitzahl|kod pocztowy|posta kodu|kode ?pos|почтовый индекс|индекс)"
    r"(?:\s*(?:is|:|=|es|est|c['’]est|é|e|è|ist|to|jest|adalah|-))*\s*"
    r"(?P<pc>" + _SHAPED_PC + r"|\d{5}(?:-\d{3,4})?|\d{2}-\d{3}|\d{4}|\d{6})(?![\w-])",
    _I,
)
_LIVE_PC = re.compile(
    r"\b(?:live|living|lives|stay|staying|from|moved to)\s+(?:in|at|near)?\s*(?P<city>" + _CITY
    + r")\s*,?\s+(?P<pc>" + _UK_PC + r"|" + _CA_PC + r")(?![\w-])",
    _I,
)
PC_WORDS = frozenset(
    """postcode post postal zip zipcode postleitzahl plz cep pocztowy kodu pos kodepos
    индекс live living lives stay staying from moved""".split()
)

_ID_WORDS = frozenset("jl jln jalan".split())
_TR_WORDS = frozenset("caddesi cad cd sokak sokagi sok sk bulvari blv mahallesi mah".split())
_PL_WORDS = frozenset(
    "ul ulica ulicy ulice ulicach aleja alei aleje osiedle osiedlu plac placu".split()
)
# "al." / "os." are Spanish "al" and Portuguese "os" as words: tested with the dot
_PL_ABBR = frozenset({"al", "os"})
WORDS = _ID_WORDS | _TR_WORDS | _PL_WORDS | _PL_ABBR
PLACEHOLDER = "[address removed]"


def _id_ok(m: re.Match[str]) -> int | None:
    first = m.group("name").split()[0].lower().rstrip(".")
    if first in _ID_STOP or (m.group("abbr") is None and m.group("no") is None):
        return None
    return m.start()


def _tr_ok(m: re.Match[str]) -> int | None:
    """The leftmost match may start with words before the street name
    ("adresim Atatürk Caddesi"): start at the first capitalised name word,
    or after the last stop word."""
    words = list(re.finditer(r"\S+", m.group("name")))
    keep = [w for w in words if w.group().lower() not in _TR_STOP]
    if not keep:
        return None
    caps = [w for w in keep if w.group()[0].isupper()]
    first = caps[0] if caps else keep[-1] if words[-1] in keep else None
    if first is None:
        return None
    return m.start() + first.start()


def _pl_ok(m: re.Match[str]) -> int | None:
    name = m.group("name")
    if name.split()[0].lower() in _PL_STOP:
        return None
    if m.group("abbr") is not None or name[0].isupper():
        return m.start()
    if _PL_CUE.search(m.string, max(0, m.start() - 40), m.start()) is not None:
        return m.start()
    return None


_Check = Callable[[re.Match[str]], "int | None"]
_CHECKS: tuple[tuple[frozenset[str], re.Pattern[str], _Check], ...] = (
    (_ID_WORDS, _ID, _id_ok),
    (_TR_WORDS, _TR, _tr_ok),
    (_PL_WORDS, _PL, _pl_ok),
)


def redact_more_addresses(text: str, cues: AbstractSet[str], reasons: list[str]) -> str:
    """Indonesian / Turkish / Polish street addresses (the caller has checked
    that the message has a digit)."""
    if cues.isdisjoint(WORDS):
        return text
    for gate, rx, ok in _CHECKS:
        if cues.isdisjoint(gate) and not (
            gate is _PL_WORDS and ("al. " in text or "os. " in text or "Al. " in text)
        ):
            continue
        spans: list[tuple[int, int]] = []
        for m in rx.finditer(text):
            if _UNIT_AFTER.match(text, m.end()):
                continue
            a = ok(m)
            if a is not None:
                spans.append((a, m.end()))
        if spans:
            _add(reasons, "pii:address")
            for a, b in reversed(spans):
                text = text[:a] + PLACEHOLDER + text[b:]
    return text


def _city_postcode(text: str, j: int) -> re.Match[str] | None:
    """A city and a postcode starting at `j` (the city no function word)."""
    m = _CITY_POSTCODE.match(text, j)
    if m is None or any(w in _CITY_STOP for w in re.split(r"[ -]", m.group("city").lower())):
        return None
    if m.group("pc").isdigit() and _UNIT_AFTER.match(text, m.end()):
        return None
    return m


def postcode_follows(text: str, j: int) -> bool:
    """Whether a postcode (after an optional city) follows position `j`."""
    m = _city_postcode(text, j)
    return m is not None and not m.group("pc").isdigit()


def postcode_after(text: str) -> str:
    """Widen each redacted address over a postcode (and city) right after it."""
    if PLACEHOLDER not in text:
        return text
    out: list[str] = []
    start = 0
    while (i := text.find(PLACEHOLDER, start)) != -1:
        j = i + len(PLACEHOLDER)
        out.append(text[start:j])
        m = _POSTCODE.match(text, j) or _city_postcode(text, j) or _UK_AFTER.match(text, j)
        start = m.end() if m is not None else j
    out.append(text[start:])
    return "".join(out)


_UK_AFTER = re.compile(r"(?:\s*,\s*|\s+)(?:" + _UK_PC + r"|" + _CA_PC + r")(?![\w-])", _I)


# every UK and Canadian postcode has a digit right before a letter ("LS6 2AB": "2A");
# a charset-led pattern is scanned quickly
_DIGIT_LETTER = re.compile(r"\d[^\W\d_]")


def _pc_cue_hint(text: str) -> bool:
    """Whether `_PC_CUE` can match: each of its cues has one of these
    substrings in the lower-cased text.  IGNORECASE also matches a few
    letters that lower() leaves apart (ſ for s, ı and İ for i, Cyrillic
    ᲁ for д and ᲃ for с): text with one of them is always searched."""
    if not text.isascii() and (
        "ſ" in text or "ı" in text or "İ" in text or "ᲁ" in text or "ᲃ" in text
    ):
        return True
    low = text.lower()
    return (
        "post" in low or "zip" in low or "cep" in low or "plz" in low or "kod" in low
        or "индекс" in low
    )


def postcodes(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """A postcode after a postcode cue, or a UK / Canadian one after the
    city the writer lives in (the caller has checked for a digit)."""
    if words.isdisjoint(PC_WORDS):
        return text
    # "from", "live" ... are common: cheap exact tests before each full-text search
    spans = [m.span("pc") for m in _PC_CUE.finditer(text)] if _pc_cue_hint(text) else []
    if _DIGIT_LETTER.search(text) is not None:
        for m in _LIVE_PC.finditer(text):
            if not any(w in _CITY_STOP for w in re.split(r"[ -]", m.group("city").lower())):
                spans.append(m.span("pc"))
    if not spans:
        return text
    _add(reasons, "pii:address")
    for a, b in sorted(set(spans), reverse=True):
        text = text[:a] + PLACEHOLDER + text[b:]
    return text
