"""A full name written in lower case after "im" ("im sam patterson btw from 7b").

Why a narrow rule: the name rule in pii.py takes two words after a weak cue
("I'm", "call me") only when both are capitalised, because "im sam tired",
"im so happy", "im max level" and "im super bored" have the same shape in
lower case.  Nothing in two lower-case words tells a first name from an
adjective, but a surname often has a shape no adjective has: a family-name
ending (-son, -sen, -ez, -ski, -sky, -ov(a), -enko, -ović, -ini, -elli,
-etti, -ton, -ley, -ham, -field, -worth, -wood, -ford, -stein, -berg,
-mann).  The rule takes "im/i'm/i am <word> <surname-shaped word>" only
when the name ends the clause (btw, from, and, here, a comma or stop, or the
end of the message), and leaves English words with those endings (person,
reason, lesson, button, valley...).  Names without such an ending
("im sam miller btw") stay unredacted: the evaluation's "im <first name>
<any word>" has no safe general form without a name list.
"""

from __future__ import annotations

import re

from .pii_scripts import _add

_SUFFIX = (
    r"(?:son|sen|ez|ski|ska|sky|ova|ov|eva|ev|enko|ovic|ović|ini|elli|etti|ton|ley|ham|field|"
    r"worth|wood|ford|stein|berg|mann)"
)
_FULL_NAME = re.compile(
    r"\b(?:im|i'm|i’m|i am) (?P<first>[a-z]{2,12}) (?P<last>[a-z]{2,16}" + _SUFFIX + r")"
    r"(?=\s*(?:$|[,.!;]|(?:btw|from|and|here|lol|hi|hey|fyi)\b))",
)
# ordinary words with a surname ending
_NOT_SURNAME = frozenset(
    """person reason season lesson poison prison comparison button cotton skeleton carton
    mutton glutton valley alley barley trolley medley hollywood bollywood oxford everyone
    anyone someone myself weirdo ugly lonely motley abandoned boxing singleton ton newton
    washington seaside crimson venison bison garrison unison jettison damson parson
    wellington kingston brighton boston houston skeleton""".split()
)
# German past participles that end like a surname ("hat sich im bad eingeschlossen": German "im"
# is "in the", and "eingeschlossen", "gegessen", "vergessen" are no surnames; "gessen" and
# "versen" keep too short a stem to be read as one)
_PARTICIPLE = re.compile(r"(?:ein|aus|ab|an|auf|zu|weg|rein|raus)?ge\w{3,}sen|ver\w{3,}sen")
# first words that are no first name: adverbs, adjectives, fillers
_NOT_FIRST = frozenset(
    """so very not really just too also still always never sorry glad fine good tired bored
    sure going from in at a an the here there the literally basically actually kinda super
    pretty quite such like only even totally lowkey highkey deadass fr bout about gonna
    with without your ur my his her their our this that no yes ok okay lol max level near by
    outside inside around into over under behind off out up down back home team all half
    full new old big little mega ultra""".split()
)


def full_name_lower(text: str, reasons: list[str]) -> str:
    """Redact the surname of "im <first> <surname-shaped word>"."""
    low = text.lower()
    if len(low) != len(text):
        return text

    spans: list[tuple[int, int]] = []
    for m in _FULL_NAME.finditer(low):
        first, last = m.group("first"), m.group("last")
        if first in _NOT_FIRST or first.endswith(("ly", "ing", "ed")) or last in _NOT_SURNAME:
            continue
        if len(last) < 5 or _PARTICIPLE.fullmatch(last):
            continue
        spans.append((m.start("last"), m.end("last")))
    if not spans:
        return text
    _add(reasons, "pii:name")
    for a, b in reversed(spans):
        text = text[:a] + "[name removed]" + text[b:]
    return text
