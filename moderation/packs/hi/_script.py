"""Helpers and spelling families shared by the Hindi pack's rule modules.

`_r` builds a pack rule (NFKC via `_n`, danda trigger forms via `_triggers`,
the quoting tail `_Q`); `_DE` ends a Devanagari word; the Hinglish and
Devanagari families spell the words most rules share.  The package docstring
explains the Devanagari specifics.
"""

from __future__ import annotations

import re
import unicodedata

from ...rules import Rule, rule

_DEVANAGARI = re.compile("[\u0900-\u097f]")


def _n(s: str) -> str:
    """Devanagari in the form of normalised text (nukta letters decompose)."""
    return unicodedata.normalize("NFKC", s)


def _triggers(words: str) -> str:
    """Trigger words, plus the danda-attached form of each Devanagari word."""
    out: list[str] = []
    for w in _n(words).split():
        out.append(w)
        if _DEVANAGARI.search(w):
            out.append(w + "\u0964")
    return " ".join(out)


# not followed by a quoting/discussion tail ("... jaise messages", "... वाले मैसेज")
_Q = (
    r"(?! (?:jaise|jaisi|jaisa|jaisey|wale|wali|waale|waali|vale|vali|type ke|type ki|bolna|"
    r"likhna|kehna|kehne|bolne|likhne) (?:message|messages|baatein|baaten|baat|cheez|cheezein|"
    r"lines?|shabd|words?|log|logon|sentences?|phrases?|texts?|chats?|comments?|galat|gunah|"
    r"crime|mat|nahi)\b)(?! (?:जैसे|जैसी|जैसा|वाले|वाली|बोलना|लिखना|कहना) )"
)
# end of a Devanagari word (a following letter or matra would make it longer)
_DE = r"(?![\u0900-\u0963\u0966-\u097f])"


def _r(
    name: str,
    cats: str | tuple[str, ...],
    triggers: str,
    pattern: str,
    framed: bool | str = True,
    requires: str = "",
    quoted: bool = True,
) -> Rule:
    """A pack rule: NFKC on pattern and triggers; `quoted` adds the `_Q` tail."""
    src = "(?:" + pattern + ")" + _Q if quoted else pattern
    return rule(name, cats, _triggers(triggers), _n(src), framed,
                _triggers(requires) if requires else "")


# -- Hinglish spelling families ------------------------------------------------
_NAHI = r"(?:nahi+n?|nahee|nhi+|nai|nae|ni)"
_CHAH = r"(?:cha+h?a?t[aie]+|chahat[aie])"  # chahta chahti chahte chata chaahti
_MUJHE = r"(?:mujhe|muje|mujhey|mjhe|mujhko|mujko|mjhko|mereko|mere ko|muzhe)"
_MAIN = r"(?:main|mai|mein|me|mei|m)"
_JAUN = r"(?:jau|jaun|jaaun|jaoon|jaon|jaau|jaaon|jaunga|jaungi|jaaunga|jaaungi|jaonga|jaongi)"
_DUNGA = (
    r"(?:dunga|dungi|doonga|doongi|dungaa|du|dun|doon|dalunga|dalungi|daalunga|daalungi|denge|"
    r"dege|dalenge)"
)
_LUNGA = r"(?:lunga|lungi|loonga|loongi|lu|lun|loon|lenge|lege)"
_KHATAM = r"(?:khatam|khatm|khtm|khattam|khtam|khatham)"
_GAYAB = r"(?:gayab|gaayab|gyab|ghayab|gayb|gaayb)"
_PILLS = (
    r"(?:goliyan|goliya|goliyaan|golian|gollian|goli|pills?|tablets?|dawaiyan|dawaiya|dawai|"
    r"dawa|medicine|medicines)"
)
_PIC = r"(?:picture|pictures|tasveer|tasvir|tasveeren|photu|foto|fotu|snaps)"
_YOUR = r"(?:teri|tera|tere|tumhari|tumhara|tumhare|aapki|aapka|aapke)"
_YOU_OBJ = r"(?:tujhe|tumhe|tereko|tuje|tere ko|tumko|tujhko|tumhein)"
# Devanagari families
_D_NAHI = r"(?:नह[ीि][ंँ]?|ना|न)"
_D_CHAH = r"चाहत[ाीे]"
_D_DUNGA = r"(?:द[ूु][ंँ]?(?:गा|गी)|डाल[ूु][ंँ]?(?:गा|गी)|देंगे|द[ूु][ंँ]?" + _DE + ")"
_D_LUNGA = r"(?:ल[ूु][ंँ]?(?:गा|गी)|ल[ूु][ंँ]?" + _DE + r"|ली|लिया|लेना)"
_D_PIC = r"(?:फ़?ोटो|फ़?ोटू|तस्वीर|तस्वीरें|पिक|सेल्फ़?ी)"

# "sab khatam karna hai" only right after a particle or a first-person word (not
# "homework sab khatam karna hai"); lookbehinds keep the particle out of the
# match, so frames see it in the text before the hit
def _lb(words: str) -> str:
    """"a|b c" -> "(?<=\\ba )|(?<=\\bb c )": right after one of the words, which
    stay out of the match (fixed-width lookbehinds, one per word)."""
    return "|".join(
        (r"(?<=\b" if w.isascii() else r"(?<=(?<![\u0900-\u097f])") + w + " )"
        for w in words.split("|")
    )


_AFTER_PARTICLE = _lb(
    "bas|ab|main|mai|m|me|mujhe|muje|mujhko|yaar|yr|aaj|raat|toh|to|pakka|socha|soch raha|"
    "soch rahi|soch rha|soch rhi|lagta hai|lgta h|ki"
)
