"""Links written with the dot and the slash spoken in the reader's language, and
links with a country TLD written with a spaced dot (called from `pii.PiiRedactor`).

Why: phishing and "earn from home" posts in session 20's development lines (13
languages) write their link so that a link filter cannot see it: "insta-soporte
punto net barra login", "snap-verif point com slash compte", "whatsapp-sicherheit
punkt de slash verifizieren", "fb-weryfikacja kropka com ukośnik login",
"ig-bantuan titik com garis miring login", "insta-destek nokta com slash giris",
"vk-proverka точка ру слэш вход", "snap-verify دوت كوم سلاش لوقين", "insta-help
डॉट इन स्लैश लॉगिन", "wx-anquan 点 com 斜杠 verify", and "w w w .
dinerofacil-jovenes . es", "argentfacile-ados . fr".  Only the English "dot" was
read (`pii._spoken_links`), and spaced dots only before the generic TLDs; the rest
was shown whole, or its first word was taken for a handle ("insta-[handle
removed] barra login").  Redacted as a link (`link:url`), the spam link stage
then holds the message when a phishing or promotion cue stands beside it.

What is a link: a name, a spoken dot and a TLD word, then optionally a second
dot and TLD ("ponto com ponto br") and a spoken slash with its path.  A name with
a hyphen or a digit, or a spoken slash, makes it a link: "gmail nokta com yazmak
zor", "www nokta com diye bir şey yok", "el punto de la clase", "a dot in the
middle" pass.  After a spoken "at" the address is an email ("lihua2012 at 163 点
com", "burak.demir et gmail nokta com" with a marked name) and is redacted whole.
A spaced country TLD ("name . fr") needs a space before its dot and a "www" or a
name with a hyphen or a digit; the TLDs that are words in some language ("es",
"de", "it", "in", "id", "co", "at", "ar") also need "www", a path or the end of a
sentence after them ("a t-shirt . it was red" passes).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
DOTS = ("dot", "punto", "point", "ponto", "punkt", "kropka", "titik", "nokta", "точка", "نقطة", "نقطه",
        "دوت", "डॉट", "点")
# the words the pipeline's word set holds when a spoken dot is there (CJK is tested as a
# substring by the caller)
GATE = frozenset(DOTS)
_DOT = r"(?:" + "|".join(DOTS) + r")"
# the address before a spoken "at": the link is an email's domain
_LOCAL_AT = re.compile(r"(?<![\w.-])[\w.-]+\s*(?:at|et|ät|arroba|arobase|chiocciola|собака|malpa|małpa|"
                       r"艾特|@)\s*$", _I)
_TLD = (r"(?:com|net|org|xyz|info|io|gg|me|co|app|site|online|shop|store|live|ly|tk|ru|es|fr|de|it|"
        r"pl|pt|br|tr|id|in|cn|uk|eu|mx|ar|tv|cc|ру|ком|рф|нет|كوم|نت|اورج|कॉम|इन|नेट)")
_SLASH = (r"(?:slash|barra|barre|schragstrich|schrägstrich|ukosnik|ukośnik|garis miring|slesh|слэш|слеш|"
          r"سلاش|شرطه|स्लैश|斜杠|egik cizgi|eğik çizgi)")
# after the TLD: a space, punctuation, a Chinese character or the end, never more letters
# or marks
_END = r"(?=[\s,.!?;:)\]」，。！？\u4e00-\u9fff]|$)"
_SPOKEN = re.compile(
    r"(?<![a-z0-9_-])(?P<name>[a-z0-9][a-z0-9_-]{1,40})\s*" + _DOT + r"\s*(?P<tld>" + _TLD + r")" + _END
    + r"(?:\s*" + _DOT + r"\s*(?:" + _TLD + r")" + _END + r")?"
    + r"(?P<path>\s*" + _SLASH + r"\s*[^\s,.!?;:]+)?",
    _I,
)
# a spoken dot and a TLD: searched first (a literal start), the name before it only then
_DOT_TLD = re.compile(_DOT + r"\s*" + _TLD + _END, _I)
_COUNTRY = "es|fr|de|it|pl|pt|br|tr|id|in|cn|uk|eu|mx|ar|co|at|ch|nl|ua|kz|pk|ma|eg|sa|ae|au|ca|us"
_WORD_COUNTRY = frozenset("es de it in id co at ar ma ca us pt".split())
_SPACED = re.compile(
    r"(?P<www>\bw\s?w\s?w\s*\.\s*)?(?<![\w.@/-])(?P<name>[a-z0-9][a-z0-9-]{1,40})\s+\.\s*"
    r"(?P<tld>" + _COUNTRY + r")\b(?P<path>\s?/\s?[^\s<>\"]+)?(?P<end>\s*(?:[,.!?;:)]|$))?",
    _I,
)
SPACED_GATE = re.compile(r"\s\.\s*(?:" + _COUNTRY + r")\b", _I)
# what an earlier pass left around its placeholder: "w w w . [link removed]", "[link removed]
# . br", "[link removed] slash verify"
_LEFTOVER = re.compile(
    r"\bw\s?w\s?w\s*\.\s*(?=\[link removed\])|(?<=\[link removed\])(?:\s*\.\s*(?:" + _COUNTRY
    + r")\b|\s*" + _SLASH + r"\s*[^\s,.!?;:]+)",
    _I,
)


def _marked(name: str) -> bool:
    return any(c.isdigit() or c == "-" for c in name)


def spoken_links(text: str, allowed: tuple[str, ...], add: Callable[[str], None]) -> str:
    """Replace links with a spoken dot (and slash) by "[link removed]", and an address
    spoken with an "at" before it ("lihua2012 at 163 点 com") by "[email removed]"."""
    if _DOT_TLD.search(text) is None:
        return text
    spans: list[tuple[int, int, str]] = []
    for m in _SPOKEN.finditer(text):
        name, tld = m.group("name").lower(), m.group("tld").lower()
        if not (m.group("path") or _marked(name)):
            continue
        if any(d in name + "." + tld for d in allowed):
            continue
        local = _LOCAL_AT.search(text, max(0, m.start() - 60), m.start())
        if local is not None and not m.group("path"):
            spans.append((local.start(), m.end(), "pii:email"))
        else:
            spans.append((m.start(), m.end(), "link:url"))
    for a, e, reason in reversed(spans):
        add(reason)
        text = text[:a] + ("[email removed]" if reason == "pii:email" else "[link removed]") + text[e:]
    return text


def spaced_country_links(text: str, allowed: tuple[str, ...], add: Callable[[str], None]) -> str:
    """Replace "www . name . fr" / "name-x . de" (a space before the dot) by "[link removed]"."""

    def one(m: re.Match[str]) -> str:
        name, tld = m.group("name").lower(), m.group("tld").lower()
        www, path, end = m.group("www"), m.group("path"), m.group("end")
        if not (www or _marked(name)):
            return m.group(0)
        if tld in _WORD_COUNTRY and not (www or path or end):
            return m.group(0)
        if any(d in name + "." + tld for d in allowed):
            return m.group(0)
        add("link:url")
        return "[link removed]" + (end or "")

    return _SPACED.sub(one, text)


def leftovers(text: str) -> str:
    """Drop what other link passes left beside their placeholder."""
    return _LEFTOVER.sub("", text) if "[link removed]" in text else text
