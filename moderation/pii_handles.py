"""Handles after a platform cue with possessives and fillers between.

Why: the main handle pass (`PiiRedactor._handles`) takes the word right
after a platform name and its joiners ("snap: x", "insta is x", "mon insta
c'est x").  Chat puts other words there: possessives ("el snap ta3i
sara_99x" in Arabizi, "snap dyali ..." in Darija, "mera insta hai ..."),
fillers ("my snap is like sara_99x", "meu insta é tipo ...") and articles
("mi insta es la de sara.x"), and some languages' "is" was missing ("il mio
ig è giulia_bianchi.06", "mein snap heißt ...").  The main pass then took
the filler for the handle ("ta3i", "like") and left the handle.

Here the fillers are skipped and only a *handle-shaped* token counts: a
letter plus a digit, "_" or an inner "." ("sara_99x", "sara.x"), so "my snap
is like so broken", "insta is like 2x slower" and "snap is literally down"
keep their words.  `is_filler` lets the main pass refuse a filler as a
handle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from .pii_scripts import _add

# "is / is called" and the like (the main pass's joiners and the ones it lacked)
_JOINERS = (
    "me is its it's it’s as under called named at on id name username user handle tag account acc "
    "c'est cest c es ist é è e eh pe par pr mera meri ka ki hai i im i'm i’m je soy sou bin ich "
    "sono heißt heisst lautet chiamato chiamata llamado llamada chamado chamada"
)
# possessives, articles and fillers that sit between the cue and the handle
FILLERS = frozenset(
    """like literally basically just um uh erm ya yeah lol so the my mine here this
    la el le lo il de del della di da do du des o a mi mio mia mon ma meu minha mein meine
    tipo como genre style ben bah euh halt also cioè cioe praticamente quello quella
    ta3i ta3y ta3ii taba3i tab3i bta3i bta3y bta3ii mta3i mte3i mt3i dyali diali dyal dial
    dyalii ntaei ntaai nta3i lli elli li howa huwa hua hwa houwa hiya heya
    wala wali wale toh to bhi apna apni mera meri""".split()
)
_WORDS = "|".join(sorted((set(_JOINERS.split()) | FILLERS), key=len, reverse=True))
# the characters the words start with, as a lookahead before the alternation:
# the engine tries the ~150 case-insensitive alternatives only where one can start
# (exact: under IGNORECASE a class matches what its letters as literals match)
LEAD_FIRST = "(?=[" + "".join(sorted({re.escape(w[0]) for w in _WORDS.split("|")})) + "])"
_AFTER = re.compile(
    r"((?:\s*" + LEAD_FIRST + r"(?:" + re.sub(r"([.'’])", r"\\\1", _WORDS) + r")(?![\w'’])"
    r"|\s*[:=@-])+)\s*@?"
    r"(?P<h>[^\W_][\w.\-]{2,29}(?:#\d{4})?)(?![\w@])",
    re.I,
)
# `_AFTER` needs a joiner, a filler or one of ":=@-" first: this cheap test of
# the next word spares the long alternation after every platform name
# ("TikTok should ...")
_LEAD_WORDS = frozenset(w.lower() for w in _WORDS.split("|"))
_NEXT = re.compile(r"\s*(?:([:=@-])|([\w'’]+))")
_PASSWORD_BEFORE = re.compile(
    r"\b(?:pass|password|passwort|psw|pw|pwd|mdp|mot de passe|contraseña|contrasena|senha|clave|"
    r"pin|passcode|kennwort|пароль)\b[^.!?]{0,14}$"
)
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_SHAPED = re.compile(r"[\d_]|\w\.\w")
# an Arabizi word: letters with single digits standing for Arabic letters
# inside or in front ("t9ad", "7abibi", "ta3i"); a handle has "_", "." or
# digits at the end ("sara99", "riya_07")
_ARABIZI = re.compile(r"[a-z]*(?:[2356789][a-z]+)+", re.I)
# a count with a unit ("2x", "10k", "5am", "3rd"): never a handle
_NUMBER_UNIT = re.compile(r"\d+(?:x|k|m|am|pm|st|nd|rd|th|h|hr|hrs|min|mins|s|yo|y)", re.I)


def is_filler(word: str) -> bool:
    """A possessive or filler that the main pass must not take for a handle."""
    return word.lower() in FILLERS or _NUMBER_UNIT.fullmatch(word) is not None


def handle_shaped(cand: str) -> bool:
    """A letter and a digit, "_" or an inner "."; not a filler, not a count."""
    cand = cand.rstrip(".-")
    return (
        len(cand) >= 3
        and _HAS_ALPHA.search(cand) is not None
        and _SHAPED.search(cand) is not None
        and not is_filler(cand)
        and _ARABIZI.fullmatch(cand) is None
    )


def handles_after_fillers(
    text: str, platforms: AbstractSet[str], phrase: dict[str, str], reasons: list[str]
) -> str:
    """Redact a handle-shaped token after a platform word and up to a few
    joiners / fillers ("el snap ta3i sara_99x" -> "el snap ta3i [handle removed]")."""
    low = text.lower()
    if len(low) != len(text):
        return text  # case mapping changed lengths: offsets would not line up
    spans: list[tuple[int, int]] = []
    for i, start in platform_words(low, platforms, phrase):
        lead = _NEXT.match(low, start)
        if lead is None or (lead.group(1) is None and lead.group(2) not in _LEAD_WORDS):
            continue
        if _PASSWORD_BEFORE.search(low, max(0, i - 30), i):
            continue  # "mio pass per fortnite è X": a password, redacted as one later
        m = _AFTER.match(text, start)
        if m is None or len(m.group(1).split()) > 5:
            continue
        # skip fillers that look like handles ("ta3i") and take the next token
        cand = m.group("h")
        if handle_shaped(cand):
            spans.append((m.start("h"), m.start("h") + len(cand.rstrip(".-"))))
    return remove_handles(text, spans, reasons)


def platform_words(
    low: str, platforms: AbstractSet[str], phrase: dict[str, str]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each platform name in `low` that stands as a whole word
    (its phrase form: "snapchat" for "snap"), for the handle passes."""
    for word in platforms:
        word = phrase.get(word, word)
        start = 0
        while (i := low.find(word, start)) != -1:
            start = i + len(word)
            if (i and low[i - 1].isalnum()) or (start < len(low) and low[start].isalnum()):
                continue
            yield i, start


def remove_handles(text: str, spans: list[tuple[int, int]], reasons: list[str]) -> str:
    """`text` with each span replaced by the handle placeholder."""
    if not spans:
        return text
    _add(reasons, "pii:handle")
    for a, b in sorted(set(spans), reverse=True):
        text = text[:a] + "[handle removed]" + text[b:]
    return text
