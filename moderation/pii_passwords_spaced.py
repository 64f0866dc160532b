"""Passwords spelled letter by letter, and passwords after a misspelled cue.

Why: the password passes (`PiiRedactor._password` in pii.py,
`pii_passwords_more.more_passwords`) take one token after the cue, so
"my password is b u n n y 1 2 3" lost only the "b" and "pw is m a x 2 0 1
1" lost nothing (a one-letter value is not a password there); and they know
the cue only spelled right, so "my roblox pasword is bunny123", "passwrd:
sunny" and "my paswrd is tiger2011" were shown.

* `spaced_passwords`: after a password cue (spelled right or not) and its
  connector ("is", ":", "=", "c'est", "es", "ist", "to", ...), a run of
  three or more single characters separated by spaces, with an optional
  short digit group at the end ("b u n n y 123"), is the password, whole.
* `misspelled_passwords`: the misspelled cues ("pasword", "passwrd",
  "paswrd", "pword", "pswd", ...) with the rules of the chat cues in
  `pii_passwords_more`: the value needs a digit or a symbol, or - owned
  ("my pasword is") or after ":" / "=" - may be a plain word that ends the
  clause and is none of the ordinary words after these cues ("my pasword is
  too long", "ur paswrd is wrong", "the pasword is secret" pass).

Common leaked passwords named as examples ("the password is 1 2 3 4 5 6")
pass as in pii.py (`example_password`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_common_passwords import example_password
from .pii_passwords_more import _CLAUSE_END, _secret
from .pii_real_names import fold_same_length
from .pii_scripts import _replace_spans

MISSPELLED = frozenset(
    """pasword passwrd paswrd paswd passwod passowrd passwrod passward pasward pssword psswrd
    psswd passsword paasword pwrd pword pswd passwor passwordd paswoord pasword pasward
    passwort passw paswort contrasenia contrasenya""".split()
)
# every cue word a spaced value may follow (as normalised words)
GATE = MISSPELLED | frozenset(
    """password passwd passcode pw pwd psw pass mdp passe contrasena clave senha passwort
    kennwort pin haslo sifrem sifre sandi пароль""".split()
)
_MISS = "|".join(sorted(MISSPELLED, key=len, reverse=True))
_CUE = (
    r"(?:" + _MISS + r"|password|passwd|pass ?word|passcode|pin code|pin|pw|pwd|psw|pass|"
    r"mot de passe|mdp|contrasena|clave|senha|kennwort|haslo|sifrem|sifre|sandi|пароль)"
)
# "my roblox pasword is", "pw for my insta is", "mot de passe : "
_LEAD = (
    r"(?<![\w'])(?P<who>(?:my|our|the|ur|your|mon|ma|mi|mein|meine|meu|minha|moje|мой|мои|mera|meri) )?"
    r"(?:[\w.-]+ )?(?P<cue>" + _CUE + r")"
    r"(?: (?:for|to|on|of|pour|de|du|para|del|fur|für|do|na) (?:my |the |our |ur |mon |ma |mi )?"
    r"[\w.]+(?: [\w.]+)??)?"
    r"(?P<conn>\s*[:=：—–]\s*| is:? | was:? | -+ | (?:c'est|cest|est|es|ist|é|e|è|to|jest|adalah|это|hai|he|है)"
    r" :?\s*|\s+)"
)
_SPACED = re.compile(_LEAD + r"(?P<pw>[^\s\[](?: [^\s]){2,}(?: \d{1,4})?)(?!\S)", re.I)
_MISSED = re.compile(
    r"(?<![\w'])(?P<who>(?:my|our|the|ur|your) )?(?:[\w.-]+ )?(?P<cue>" + _MISS + r")"
    r"(?: (?:for|to|on|of) (?:my |the |our |ur )?[\w.]+(?: [\w.]+)??)?"
    r"(?P<conn>\s*[:=]\s*| is:? | -+ )(?P<pw>[^\s\"'”“\[]+)",
    re.I,
)
_SINGLE_RUN = re.compile(r"(?<!\S)\S \S \S(?!\S)")
_SPACED_REST = re.compile(r"(?: \S){2,}(?!\S)")


def spaced_value(value: str, text: str, end: int) -> bool:
    """Whether a one-character `value` ending at `end` starts a spaced run
    ("1" of "1 2 3 4 5 6"): `spaced_passwords` has judged the whole run, the
    one-token passes leave it."""
    return len(value) == 1 and _SPACED_REST.match(text, end) is not None
_TRIM = ".,!?;:)(\"'“”…"


def spaced_passwords(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """"my password is b u n n y 1 2 3" -> "my password is [password removed]"."""
    if words.isdisjoint(GATE) or _SINGLE_RUN.search(text) is None:
        return text
    folded = fold_same_length(text)
    spans = []
    for m in _SPACED.finditer(folded):
        pw = m.group("pw")
        chars = pw.replace(" ", "")
        who = (m.group("who") or "").strip()
        conn = m.group("conn").strip()
        if m.group("cue") == "pass" and who not in ("my", "our", "ur", "your") and (
            conn not in (":", "=")
        ):
            continue  # "the pass is 2 5 0": a pass in a game, a bus pass
        if not conn and who in ("", "the") and not pw[0].isdigit():
            continue  # "password a b c": no connector needs an owner or digits
        if sum(c.isalnum() for c in chars) < 3:
            continue
        lead = folded[max(0, m.start("cue") - 30) : m.start("cue")]
        after = text[m.end() : m.end() + 12]
        if example_password(chars, lead, m.group("conn").strip(), after):
            continue  # "the password is 1 2 3 4 5 6 lol": an example
        spans.append(m.span("pw"))
    return _replace_spans(text, spans, "[password removed]", "pii:password", reasons)


def misspelled_passwords(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """"my roblox pasword is bunny123", "passwrd: sunny"."""
    if words.isdisjoint(MISSPELLED):
        return text
    folded = fold_same_length(text)
    spans = []
    for m in _MISSED.finditer(folded):
        a, _ = m.span("pw")
        core = text[a : m.end()].rstrip(_TRIM)
        if not core:
            continue
        conn = m.group("conn").strip()
        own = (m.group("who") or "").strip() in ("my", "our")
        lead = folded[max(0, m.start("cue") - 30) : m.start("cue")]
        if example_password(core, lead, conn, text[a + len(core) : a + len(core) + 12]):
            continue
        need = "" if own or conn in (":", "=") else "shaped"
        clause_end = _CLAUSE_END.match(text, a + len(core)) is not None
        if _secret(core, folded[a : a + len(core)].lower(), need, "en", clause_end):
            spans.append((a, a + len(core)))
    return _replace_spans(text, spans, "[password removed]", "pii:password", reasons)
