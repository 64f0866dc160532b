"""Street addresses in Latin script (en, fr, es/pt/it, de).

Why a module of its own: the address shapes ("<number> <name> <street
word>", "calle <name> <number>", "<Name>straße <number>") are built from
words that are also everyday English.  "that game costs $69.99 no way",
"i was 12 but im way better now", "its a 10 min walk", "sent it via whatsapp
at 5" and "during 3 weeks" all fit a naive pattern.  The checks that tell
them apart live here, next to the patterns they guard:

* the house number is not part of a price, a decimal or a time ("$69.99",
  "3:30"), and is not followed by a unit ("2 days", "5 pm");
* a street name word is never a function word, pronoun, "no", a chat filler
  or a unit ("12 but im way", "99 no way", "10 min walk");
* street words that are also ordinary English words (way, walk, close,
  place, row, drive, court, square, ...) need a capitalised name ("42 Oak
  Way"), an address cue before the number ("i live at 42 oak way",
  "my address is ...", "come to 5 elm close") or a postcode after ("14
  maple close, leeds LS6 2AB");
* Italian/Spanish "via" is also English "via": its name words must not be
  a medium or function word ("via whatsapp at 5", "via google 2 days ago");
* a German "-ring" street ("am Kaiserring 5") must be capitalised after a
  German article or preposition ("during 3 weeks", "spring 2024" pass).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_address_more import postcode_follows
from .pii_scripts import _add

_I = re.IGNORECASE

_STREET = (
    r"street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|court|ct|place|pl|crescent|"
    r"terrace|gardens|grove|boulevard|blvd|square|sq|mews|row|walk|rise"
)
# street words that are also ordinary English ("no way", "a 10 min walk")
_AMBIGUOUS = frozenset(
    "way walk close place pl row rise drive dr court ct square sq grove gardens".split()
)
# never a street name: function words, pronouns, fillers, units and counts
_STOP_WORDS = frozenset(
    """the a an of in on at to and or but so if nor my our your ur yr his her their its it
    it's its i im i'm me we you u he she they them us him this that these those is are was
    were be been being am pm has have had do does did no not nah yes yeah ya yep yup ok okay
    lol lmao lmfao omg idk btw tho though then than when what who how why where which with
    without for from by as up out off just like really very too also still even only more
    most much many some any all every each few other another same such about into over
    after before since until till around than ever never always again already almost
    literally basically actually maybe probably kinda sorta gonna wanna gotta cuz cause
    because whole half times time x min mins minute minutes hour hours hr hrs h sec secs
    second seconds day days week weeks month months year years yr yrs km kms mi mile miles
    m metre metres meter meters ft foot feet kg kgs lb lbs pound pounds dollar dollars euro
    euros buck bucks quid cent cents p points point pts percent people person kids guys
    players kills wins losses goals coins gems robux vbucks followers likes views subs hp
    xp fps lvl level levels ppl bro bruh dude man""".split()
)
_STOP = r"(?!(?:" + "|".join(sorted(_STOP_WORDS, key=len, reverse=True)) + r")\b)"
# a digit, decimal point, currency or clock before the number: a price or a time
_NUMBER = r"(?<![\d.,$€£¥:/#])\b\d{1,5}[a-z]?"
_ADDRESS = re.compile(
    _NUMBER + r",?\s+(?P<name>(?:" + _STOP + r"[A-Za-z][\w'’-]*\s+){1,3})(?P<street>" + _STREET
    + r")\b\.?",
    _I,
)
_ADDRESS_CUED = re.compile(
    r"\b(?:live|living|stay|staying) (?:on|at|in) (?P<g>(?P<name>(?:" + _STOP
    + r"[A-Za-z][\w'’-]*\s+){1,3})(?P<street>" + _STREET + r")\b\.?)",
    _I,
)
# the words before the number that make an ambiguous street word an address
_CUE_BEFORE = re.compile(
    r"\b(?:live|lives|lived|living|stay|stays|staying|address|addy|adress|house|home|"
    r"moved|moving|move|come|coming|came|over|round|welcome|at|on|is)\s+(?:(?:in|at|on|to|is|"
    r"number|no\.?|nr|#)\s+)*$",
    _I,
)
_ADDRESS_INTL = re.compile(
    r"\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|allee|chemin|impasse|"
    r"route|quai)\s+(?:de la |de l'|du |des |de |d')?[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
    r"|\b(?P<intl>calle|c/|avenida|avda\.?|paseo|carrer|rua|travessa|via|viale|piazza)\s+"
    r"(?:de la |del |de |do |da |dos |das )?(?P<iname>[\w'’-]+(?:\s+[\w'’-]+){0,2}?),?\s*"
    r"(?:n[ºo°]\.?\s*)?\d{1,4}\b"
    r"|\b(?P<de>[\w-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring))\s+\d{1,4}[a-z]?\b",
    _I,
)
# after "via": how something was sent or found, not an Italian street name
_VIA_STOP = _STOP_WORDS | frozenset(
    """google email mail e-mail text sms dm dms whatsapp snap snapchat insta instagram ig
    tiktok discord zoom teams skype telegram bluetooth airdrop link message messages post
    phone call facebook fb twitter youtube yt reddit app website site internet web online
    wifi friend friends school bus train car""".split()
)
# verbs and function words of es/it/pt/fr: never inside a street name
_INTL_STOP = frozenset(
    """ha ho hai hanno è e che non per con ma se sono era es y que no son hay tiene tengo
    tienes era fue com tem tenho tinha foi são mas est et qui pas avec""".split()
)
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_DE_BEFORE = re.compile(
    r"\b(?:am|im|in|der|dem|den|die|zum|zur|vom|wohne|wohnt|wohnen|adresse|ist|auf|nach)\s+$",
    _I,
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|secs?|seconds?|"
    r"times|am|pm|h|uhr|tage|jahre|wochen|mal|minuten|stunden|dias?|años|anos|giorni|volte|jours|"
    r"fois|minutos?|minuti|horas?|ore|heures?|km|metros|metri|euros?|pesos|reais|mil|milioni|"
    r"miliardi|millones|milhões|milhoes)\b|[ \t]*[%€$]",
    _I,
)
_WORD = re.compile(r"[\w'’-]+")

STREET_WORDS = frozenset(_STREET.split("|"))
INTL_STREET_WORDS = frozenset(
    "rue avenue boulevard bd allée allee chemin impasse route quai calle c avenida avda paseo "
    "carrer rua travessa via viale piazza".split()
)
LIVE_WORDS = frozenset("live living stay staying".split())
_DE_STREET_HINT = re.compile(r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring)\s+\d")


def de_street_hint(low: str) -> bool:
    """German-style "<name>straße 12": substring tests (the street words of
    `_DE_STREET_HINT`, "str" for three of them) before the regex."""
    return (
        "str" in low or "weg" in low or "gasse" in low or "platz" in low or "allee" in low
        or "ring" in low
    ) and _DE_STREET_HINT.search(low) is not None


def _plain_ok(m: re.Match[str]) -> bool:
    """An English-shaped match is an address unless its street word is
    ordinary English with nothing to show it is a street."""
    if m.group("street").lower() not in _AMBIGUOUS:
        return True
    names = _WORD.findall(m.group("name"))
    if any(w[0].isupper() for w in names):
        return True
    if postcode_follows(m.string, m.end()):
        return True  # "14 maple close, leeds LS6 2AB"
    return _CUE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None


def _intl_ok(m: re.Match[str]) -> bool:
    if _UNIT_AFTER.match(m.string, m.end()):
        return False  # "paseo de 10 minutos", "via roma 2 volte"
    if m.group("intl") is not None:
        words = [w.lower() for w in _WORD.findall(m.group("iname"))]
        if not any(_HAS_ALPHA.search(w) for w in words) or not _INTL_STOP.isdisjoint(words):
            return False  # "paseo de 10 minutos", "la via lattea ha 200 ..."
        if m.group("intl").lower() == "via":
            return _VIA_STOP.isdisjoint(words)
    de = m.group("de")
    if de is not None and de.lower().endswith("ring"):
        before = m.string[max(0, m.start() - 12) : m.start()]
        return de[0].isupper() and _DE_BEFORE.search(before) is not None
    return True


def redact_addresses(
    text: str, low: str, cues: AbstractSet[str], has_digit: bool, reasons: list[str]
) -> str:
    """Replace Latin-script street addresses with "[address removed]"."""
    street = not cues.isdisjoint(STREET_WORDS)
    if has_digit:
        if street:

            def plain(m: re.Match[str]) -> str:
                if not _plain_ok(m):
                    return m.group(0)
                _add(reasons, "pii:address")
                return "[address removed]"

            text = _ADDRESS.sub(plain, text)
        if not cues.isdisjoint(INTL_STREET_WORDS) or de_street_hint(low):

            def intl(m: re.Match[str]) -> str:
                if not _intl_ok(m):
                    return m.group(0)
                _add(reasons, "pii:address")
                return "[address removed]"

            text = _ADDRESS_INTL.sub(intl, text)
    if street and not cues.isdisjoint(LIVE_WORDS):

        def cued(m: re.Match[str]) -> str:
            _add(reasons, "pii:address")
            return m.group(0)[: m.start("g") - m.start(0)] + "[address removed]"

        text = _ADDRESS_CUED.sub(cued, text)
    return text
