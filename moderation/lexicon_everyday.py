"""Everyday words and fixed phrases that contain a listed word, and listed
words split by hyphens.

Why a curated table instead of more frames: the lexicon matches whole
tokens and has no context, so an ordinary compound whose *part* is a swear
word ("pique-nique" holds "nique", "cock-a-doodle-doo" holds "cock") or a
fixed phrase using a listed word in its plain sense ("cum laude", "blue
tits", "il cavallo di Troia", French "en retard") would be held.  Only real,
common words go here (reviewed by hand); the listed word still counts
anywhere else in the message: the phrases are blanked out and the message
is scanned again, so "on fait un pique-nique, nique ta mère" and
"pique-nique n1que ta mere" stay held.  The rescan runs only when a hit's
term has an entry, which is rare.

The other direction: a listed word written with hyphens inside it ("ni-que",
"fu-ck", "bi-tch") is joined and looked up (exact terms and the words listed
for the message's language only, 4+ letters, Latin letters only, no
reduplication "anak-anak"), so the hyphen is not an easy way round the
filter.  Joins of real hyphenated words are not terms ("co-op", "t-shirt").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

_H = TypeVar("_H")

# (terms, phrases in which they are ordinary words).  Phrases are regex
# fragments over the normalised text (casefolded, accents stripped,
# apostrophes kept); a separator is a hyphen or a space.
_S = r"[\s-]"
_TABLE: tuple[tuple[str, str], ...] = (
    # fr: "pique-nique", "pique-niquer", "on pique-niquait"
    ("nique niquer niquez", rf"\bpique{_S}?niqu\w*"),
    # fr: "en retard", "du retard", "retard de 10 minutes" (= late)
    (
        "retard",
        r"\b(?:en|du|de|d'|le|un|mon|ton|son|sans|avec|au|des|les|ses|mes|tes|nos|vos|leur|ce|cet|"
        r"trop de|plus de|moins de|peu de|beaucoup de) ?retard\b|\bretard (?:de|du|des|d')",
    ),
    # en: the rooster and the words built on "cock" = male bird / tap
    (
        "cock cocks",
        rf"\bcock{_S}?a{_S}?(?:doodle{_S}?doo+|hoop|leekie)\b|\bcock{_S}and{_S}bull\b"
        rf"|\bcock{_S}?(?:fight\w*|eyed|crow\w*|robin)\b"
        rf"|\b(?:weather|shuttle|stop|ball|turkey|wood|pea){_S}cocks?\b",
    ),
    # en: a novel and a pudding
    ("dick", rf"\bmoby{_S}dick\b|\bspotted{_S}dick\b"),
    # en: Dick the name (short for Richard), introduced as one: "my friend's name is Dick,
    # it's short for Richard", "a boy called Dick", "Uncle Dick", and famous bearers ("Dick
    # Grayson", "Philip K. Dick", "Dick King-Smith"); never the reader's name ("your name is
    # dick", "ur mum's name is dick"), and a second "dick" in the message still counts
    (
        "dick",
        r"\b(?<!your )(?<!ur )(?:[\w]+'s|my|his|her|their|our) (?:real |first |middle |last |full "
        r"|nick ?)?name(?: is| was|'s|s| is just| was just) dick\b"
        r"|\b(?:a|the|my|his|her|our|guy|man|boy|friend|uncle|grandpa|grandad|granddad|character|"
        r"someone|somebody|person|teacher|neighbou?r|cousin|dog|cat|horse|hamster|(?:is|was)) "
        r"(?:called|named) dick\b"
        r"|\bdick,? (?:it's |its |it is |which is |is |was |as in |= ?)?(?:short|a nickname|a nick "
        r"name|a name) for richard\b|\bdick for short\b"
        r"|\bdick (?:is|was) (?:an? )?(?:old |old-fashioned |old fashioned |common |real |nick ?)?"
        r"name\b"
        r"|\b(?:mr\.?|mister|uncle|great uncle|grandpa|grandad|granddad|saint|st\.?|sir|king) dick\b"
        r"|\bdick (?:grayson|van dyke|cheney|whittington|turpin|tracy|francis|bruna|king-smith|"
        r"king smith|fosbury|advocaat|smothers)\b"
        r"|\bphilip (?:k\.? )?dick\b|\btom,? dick,? and harry\b|\bdick's sporting goods\b"
        r"|\bdick and dom\b",
    ),
    # en: Latin "with": "summa cum laude", "a kitchen-cum-dining room"
    ("cum", r"\bcum laude\b|\b[a-z]+-cum-[a-z]+"),
    # en: the birds
    (
        "tits",
        rf"\b(?:blue|great|coal|marsh|willow|crested|bearded|long{_S}tailed){_S}tits\b",
    ),
    ("pecker", rf"\bwood{_S}peckers?\b"),
    ("nob", rf"\bhob{_S}?nob\w*"),
    ("slag", rf"\bslag{_S}?heaps?\b"),
    # en: "sob" = to cry; "s.o.b." / "s o b" spelled out is still found
    ("sob", r"\bsob\b"),
    # en idioms (the slur readings stay blocked everywhere else)
    ("spic spick spik", rf"\bspi(?:c|ck|k){_S}+(?:and|n|&){_S}+span\b"),
    ("chink chinks", r"\bchinks? (?:in (?:the|his|her|their|my|your|our|its|[a-z]+'?s) armou?r|of light)\b"),
    ("dyke", r"\b(?:offa|devil)'?s dyke\b"),
    # it: Troy ("il cavallo di Troia", "la guerra di Troia")
    (
        "troia",
        r"\b(?:cavall[oi]|guerra|elena|assedio|caduta|mura|citta|rovine|re|presa|distruzione) di troia\b",
    ),
    # it: Troia, the town in Apulia, named as a place: "siamo passati da troia, in puglia",
    # "troia (fg)", "il comune di troia", "la cattedrale di troia"; "vestita da troia" is not one
    (
        "troia",
        r"\b(?:a|da|per|verso|vicino a|di|fino a) troia,? \(?(?:fg|foggia|in puglia|puglia|in provincia di "
        r"foggia|provincia di foggia|vicino a foggia)\b\)?"
        r"|\b(?:comune|paese|paesino|borgo|cattedrale|duomo|sindaco|castello|stazione) di troia\b",
    ),
    # fr: "chatte" = a female cat, named with what cats do or need ("ma chatte a eu des
    # chatons", "notre chatte est chez le veto", "mon chat et ma chatte"); "ta chatte" only
    # with kittens, the vet, food or litter, and a second "chatte" in the message still counts
    (
        "chatte chattes",
        r"\b(?:ma|mes|notre|nos|la|les|une|sa|ses|leur|cette) chattes? (?:[\w,]+ ){0,6}?(?:chatons?|"
        r"petits|miaule\w*|ronronn\w*|croquettes?|veto|veterinaire|litiere|sterilis\w*|vaccin\w*|"
        r"pedigree|siamoise|tigree|persane)\b"
        r"|\bta chatte (?:[\w,]+ ){0,6}?(?:chatons?|veto|veterinaire|croquettes?|litiere|sterilis\w*)\b"
        r"|\bchats? et (?:ma|notre|la|une|sa|leur) chatte\b"
        r"|\b(?:chatons?|croquettes|litiere|veto|veterinaire|vaccins?) (?:[\w,']+ ){0,3}?(?:ma|notre|la|"
        r"une|sa|leur|cette) chatte\b",
    ),
    # es: the moorhen
    ("polla", r"\bpollas? de agua\b"),
)

EVERYDAY: dict[str, re.Pattern[str]] = {}
for _terms, _phrase in _TABLE:
    for _term in _terms.split():
        _old = EVERYDAY.get(_term)
        EVERYDAY[_term] = re.compile(_phrase if _old is None else _old.pattern + "|" + _phrase)
EVERYDAY_TERMS = frozenset(EVERYDAY)

_HYPHENED = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def hyphen_joins(norm: str) -> Iterable[str]:
    """Words written with hyphens inside them, joined ("ni-que" -> "nique").
    Call only when "-" is in the text."""
    for m in _HYPHENED.finditer(norm):
        parts = m.group(0).split("-")
        if len(set(parts)) == 1:  # reduplication: "anak-anak", "so-so"
            continue
        joined = "".join(parts)
        if len(joined) >= 4:
            yield joined


def everyday_phrases(norm: str, terms: Iterable[str]) -> str | None:
    """The text with the everyday phrases of `terms` blanked out, or None
    when none of them is there."""
    out = norm
    for term in terms:
        pat = EVERYDAY.get(term)
        if pat is not None:
            out = pat.sub(" ", out)
    return None if out == norm else out


def drop_everyday(
    hits: list[_H], norm: str, term: Callable[[_H], str], rescan: Callable[[str], set[str]]
) -> list[_H]:
    """Drop the hits whose term occurs only inside everyday phrases.
    `rescan(text)` returns the hit terms of a blanked text."""
    listed = {term(h) for h in hits} & EVERYDAY_TERMS
    if not listed:
        return hits
    blanked = everyday_phrases(norm, listed)
    if blanked is None:
        return hits
    still = rescan(blanked)
    return [h for h in hits if term(h) not in listed or term(h) in still]
