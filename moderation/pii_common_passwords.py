"""The world's most common passwords, named as examples, are not secrets.

"my sisters friend got hacked because her password was 123456 lol", "the
password 123456 is the first thing hackers try", "la contraseña de mi
amigo era qwerty", "他的密码是123456，所以被盗了": a child telling how weak
passwords get accounts stolen names one of the top leaked passwords.  It
is an example everyone knows, not the child's secret, so redacting it
only garbles the safety talk.  Any other password ("my password is
sunny2011") is still redacted, and so is a common one the writer gives as
their own, present password ("my password is 123456", "мой пароль
123456", "我的密码是123456"): that is still their login.  "my password
*was* 123456 (and i got hacked)" is a story and passes.

Used by the password passes of `pii.py` (Latin script), `pii_scripts.py`
(Arabic) and the Chinese one (`zh_passwords`).
"""

from __future__ import annotations

import re

from .pii_patterns import _PASSWORD_ZH

# the top of the published leaked-password lists (NordPass, SplashData,
# the NCSC's Pwned Passwords top 100), with the local favourites
# ("azerty", "5201314", "senha123", "parola")
COMMON_PASSWORDS = frozenset(
    """123456 123456789 12345678 12345 1234567 1234567890 1234 123 111111 1111111 11111111 000000
    0000 00000000 1111 123123 12341234 654321 666666 121212 112233 123321 7777777 888888 987654321
    147258369 159753 5201314 123456a a123456 aa123456 1q2w3e4r 1q2w3e 1qaz2wsx zaq12wsx qwerty
    qwerty123 qwertyuiop qwe123 123qwe azerty asdfghjkl asdf qazwsx abc123 123abc abcd1234 abc
    password password1 password123 passw0rd p@ssw0rd iloveyou iloveu admin welcome letmein
    monkey dragon sunshine princess football baseball superman test guest master shadow
    senha senha123 contrasena contraseña motdepasse passwort parola пароль""".split()
)
# the writer's (or their family's) own password: a first-person possessive
# up to two words before the password word ("my roblox password", "our wifi
# password"), not someone else's ("my friends password", "my sister's")
_OWN_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:my|our|mon|ma|mes|notre|mi|mis|nuestra|nuestro|mio|mia|nostro|nostra|mein|meine|"
    r"meinem|unser|unsere|minha|meu|nossa|nosso|мой|моя|наш|moi|mera|meri|hamara|मेरा|मेरी|हमारा)"
    r"\s+((?:\S+\s+){0,2})$",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"'|\b(?:friends?|sisters?|brothers?|bro|sis|cousins?|mums?|moms?|mothers?|dads?|fathers?|mates?|"
    r"bff|besties?|classmates?|boyfriends?|girlfriends?|bf|gf|teachers?|amig[oa]s?|herman[oa]s?|"
    r"prim[oa]s?|pot[eo]s?|copain\w*|copine\w*|frere|soeur|freund\w*|bruder|schwester|fratello|"
    r"sorella|amic[oa]|друг\w*|брат\w*|сестр\w*|dost|bhai|behen|didi)\b",
    re.IGNORECASE,
)
# someone else's: "his password: 111111"
_OTHERS = re.compile(
    r"(?:^|[^\w'])(?:his|her|their|the|sein|seine|seinem|ihr|ihre|son|sa|ses|leur|su|sus|suo|sua|"
    r"dele|dela|его|ее|её|их|uska|uski|unka|unki)\s+(?:\S+\s+){0,2}$|" + _PERSON.pattern,
    re.IGNORECASE,
)
# a past tense: "was", "era", "war", "était", "был", "كانت" as the connector,
# or "tha" / "था" after the value ("mera password 123456 tha")
_PAST_CONN = frozenset({"was", "era", "war", "etait", "était", "был", "была", "было", "كانت", "كان"})
_PAST_AFTER = re.compile(r"\s*(?:tha|thi|था|थी|was|used to be)\b")
_TRIM = ".,!?;:)(\"'“”"


def example_password(pw: str, lead: str, conn: str, after: str = "") -> bool:
    """Whether `pw` (the value after "X's password is") is a common password
    named as an example: one of COMMON_PASSWORDS, and not the writer's own
    present password (`lead`: the text before the password word, `conn`:
    the connector, `after`: the text after the value)."""
    if pw.lower().strip(_TRIM) not in COMMON_PASSWORDS:
        return False
    if conn.lower() in _PAST_CONN or _PAST_AFTER.match(after) is not None:
        return True  # "my password was 123456 (and i got hacked)": a story
    own = _OWN_BEFORE.search(lead)
    if own is not None:
        return _PERSON.search(own.group(1)) is not None  # "my friends password is 123456"
    if conn in (":", "=", "："):
        # "password: qwerty" gives a login; "his password: 111111" tells of someone's
        return _OTHERS.search(lead) is not None
    return True


# Chinese: the writer's own password when 我 comes right before it ("我的密码",
# "我的游戏密码"; not "我朋友的密码", "我妈的密码"), not an earlier one ("以前的")
_ZH_OWN = re.compile(r"我的?(\S{0,4})$")
_ZH_PAST = re.compile(r"(?:以前|之前|原来|原來|当时|當時|曾经|曾經)\S{0,4}$")


def zh_passwords(text: str, reasons: list[str]) -> str:
    """Redact Chinese passwords, except a common one that is not the
    writer's present one ("他的密码是123456" passes, "我的密码是123456" not)."""

    def repl(m: re.Match[str]) -> str:
        if m.group("g").lower() in COMMON_PASSWORDS:
            lead = text[max(0, m.start() - 8) : m.start()]
            own = _ZH_OWN.search(lead)
            if own is None or "的" in own.group(1) or _ZH_PAST.search(lead):
                return m.group(0)
        if "pii:password" not in reasons:
            reasons.append("pii:password")
        return m.group(0)[: m.start("g") - m.start(0)] + "[password removed]"

    return _PASSWORD_ZH.sub(repl, text)
