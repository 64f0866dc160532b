"""Arabizi helpers shared by the Arabic pack's rule modules.

`az` turns an Arabizi pattern written with digits into a phrase-form regex and
`az_triggers` adds the usual Latin spellings of digit words (the package
docstring explains why both are needed).
"""

from __future__ import annotations

import re

# digit -> what it can look like in the phrase form (raw, leet letter, Latin spelling)
_AZ_DIGIT = {
    "2": "[2'qgk]?",
    "3": "[3ea]?",
    "5": "(?:5|s|kh)",
    "6": "[6t]",
    "7": "[7th]",
    "8": "(?:8|gh|g)",
    "9": "[9sq]",
}
_AZ_TOKEN = re.compile(r"\{\d+(?:,\d*)?\}|\\.|\[[^\]]*\]|[2356789]|(?<![\w\\])ya(?![\w])")


def _az_sub(m: re.Match[str]) -> str:
    s = m.group(0)
    if s == "ya":
        return "you"  # make_plain expands a standalone "ya" to "you"
    return _AZ_DIGIT.get(s, s)


def az(src: str, optional_lead: bool = True) -> str:
    """Arabizi pattern source -> phrase-form regex (see the module docstring).
    Quantifiers ({0,3}), escapes and character classes are left alone.
    optional_lead=False keeps a word-initial 3/2 required ("[3ea]", not
    "[3ea]?"): frames are searched at every position of a sentence, and an
    optional first character stops the regex engine from skipping ahead."""
    out = _AZ_TOKEN.sub(_az_sub, src)
    if not optional_lead:
        out = _AZ_LEAD.sub(lambda m: m.group(1) + m.group(2)[:-1], out)
    return out


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_AZ_LEAD = re.compile(r"(\(\?:|\||\\b|^| )(\[3ea\]\?|\[2'qgk\]\?)")


def az_triggers(words: str) -> str:
    """Trigger words for Arabizi words written with digits: the raw form is
    always a token; the usual Latin spellings (7 -> h, 5 -> kh, 3 and 2
    dropped, 8 -> gh) are added so "hmar" triggers like "7mar"."""
    out: list[str] = []
    for w in words.split():
        out.append(w)
        if any(c in w for c in "23578"):
            latin = w.replace("7", "h").replace("5", "kh").replace("8", "gh").replace("6", "t")
            out.append(latin.replace("3", "").replace("2", ""))
            out.append(latin.replace("3", "a").replace("2", "a"))
    return " ".join(dict.fromkeys(w for w in out if len(w) > 2))
