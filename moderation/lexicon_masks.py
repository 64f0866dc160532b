"""A listed word cut short by masks: "f***", "bull####", "mi****".

The lexicon's mask table (lexicon.py) covers masks *inside* a word
("f*ck", "sh**"); a word whose tail is all masks loses those characters
when the token is stripped of punctuation, so it needs its own index:
(letters, number of masks) -> listed word.  Built once from the lexicon's
exact words; looked up only for raw tokens that end in two or more "*"/"#".

Hard negatives shape the rules: "5*** hotel" and "page 1**" have no letters
before the masks, "f# minor" and "C#" have one mask, a whole word with one
or two stars is a footnote ("hard**"), "Mr B****" is an anonymised name,
and a common short word with masks ("you**", "he**") says too little.
"""

from __future__ import annotations

import re

# letters, then only "*" or "#" to the end, at least two; "?" and "%" end
# ordinary words ("what??")
_TAIL_MASK = re.compile(r"([a-z]+)([*#]{2,})")
# one letter and masks: only the words everybody masks this way, by length
# ("f***" is fuck; "a**" is left alone: a grade, a footnote)
_FIRST_LETTER_MASKED = {
    ("f", 3): "fuck", ("s", 3): "shit", ("b", 4): "bitch", ("c", 3): "cunt",
    ("d", 3): "dick", ("p", 4): "pussy", ("w", 4): "whore", ("n", 5): "nigger",
    ("n", 4): "nigga", ("a", 6): "asshole", ("m", 11): "motherfucker", ("m", 4): "merda",
    ("m", 5): "mierda",
}
# everyday words that a listed word starts with ("you" youpin, "made"
# maderchod): masks after them are emphasis or a footnote, not a word
_COMMON_PREFIXES = frozenset(
    """an as at be by do go ha he hi in is it me my no of oh ok on or so to up us we
    all and any are but can day did for get had has her him his how its man may not now
    one our out see she the too two was way who why yes you made many what when your""".split()
)
# "Mr B****": an anonymised name, not a masked word
_TITLES = frozenset("mr mrs ms miss dr sir mx prof".split())


class TailMasks:
    """(letters, masks) -> listed word, for the lexicon's exact words."""

    def __init__(self, exact: dict[str, tuple[str, str]]) -> None:
        self._exact = exact
        self._index: dict[tuple[str, int], str] = {}
        for term in exact:
            if len(term) >= 3 and term.isascii() and term.isalpha():
                self._add(term)
        for key, term in _FIRST_LETTER_MASKED.items():
            if term in exact:
                self._index[key] = term

    def _add(self, term: str) -> None:
        """Several words share a key: a profanity wins over the others
        ("pu****" is putain).  A slur or sexual word needs four letters
        before the masks: "go**" and "he**" are too short to say which word
        is meant."""
        profane = self._exact[term][0] == "profanity"
        for i in range(2 if profane else 4, len(term) - 1):
            if term[:i] in _COMMON_PREFIXES:
                continue
            key = (term[:i], len(term) - i)
            old = self._index.get(key)
            if old is None or (profane and self._exact[old][0] != "profanity"):
                self._index[key] = term

    def word(self, raw: str, before: str) -> str | None:
        """The listed word behind raw token `raw` ("bull####"), or None;
        `before` is the raw token before it (a title: "Mr B****")."""
        tm = _TAIL_MASK.fullmatch(raw.strip("!?.("))
        if tm is None or before in _TITLES:
            return None
        letters, masks = tm.group(1), len(tm.group(2))
        # after three letters the count may be one off ("bull***"); a whole
        # word with one or two stars is a footnote ("hard**", "results*")
        if len(letters) >= 3 and masks < 3:
            return None
        get = self._index.get
        m = get((letters, masks))
        if m is None and len(letters) >= 3:
            m = get((letters, masks + 1)) or get((letters, masks - 1))
        return m


class InnerMasks:
    """Masks inside two kinds of listed word the exact-word mask table
    (lexicon.py `masked`) does not index:

    * words listed for one language only ("troia !", "zorra !", "bite !"):
      unmasked they are often another language's ordinary word (the city of
      Troia, a Spanish fox), so they count only in a message tagged with that
      language; masked ("tr*ia", "tr**a", "z*rra") the writer has shown they
      know the word is offensive, so the mask counts in any message;
    * stems listed for inflected languages ("шлюх*", "orospu*", "dziwk*"):
      "шл*ха", "o*ospusun", "dz*wka" keep the stem's letters but one or two
      of them are masked, and the ending goes on after the stem;
    * words and stems listed to count *only* masked ("[slur masked]":
      "cygan*", "zigeuner*", "zingar*", "çingene*", "цыган*", "gypsy"):
      unmasked they name a people ("Cyganie", "die Roma und die Sinti"),
      but nobody masks a neutral word, so "ty c*ganie", "du Z*geuner",
      "ç*ngene" are the slur.

    Four letters at least, one or two masked ("s**t" says too little); the
    first letter is never a mask ("*roia").  Built once; looked up only for
    tokens that contain a mask character."""

    def __init__(self, lang_only: dict[str, dict[str, tuple[str, str]]],
                 prefix: dict[str, tuple[str, str]],
                 masked_only: dict[str, tuple[str, str]] | None = None) -> None:
        self._whole: dict[str, tuple[str, str, str]] = {}
        self._stems: dict[str, tuple[str, str, str]] = {}
        whole: list[tuple[str, tuple[str, str]]] = [
            item for terms in lang_only.values() for item in terms.items()
        ]
        stems = list(prefix.items())
        for term, key_ in (masked_only or {}).items():
            if term.endswith("*"):
                stems.append((term[:-1], key_))
            else:
                whole.append((term, key_))
        for term, (cat, lang) in whole:
            if len(term) >= 4 and term.isalpha():
                for key in _masked_keys(term):
                    self._whole.setdefault(key, (term, cat, lang))
        for stem, (cat, lang) in stems:
            if len(stem) >= 4 and stem.isalpha():
                for key in _masked_keys(stem):
                    self._stems.setdefault(key, (stem, cat, lang))
        self._stem_lengths = sorted({len(k) for k in self._stems}, reverse=True)

    def word(self, core: str) -> tuple[str, str, str] | None:
        """(listed word, category, language) behind a masked token, or None."""
        key = _MASKS.sub(lambda m: "*" * len(m.group()), core)
        hit = self._whole.get(key)
        if hit is not None:
            return hit
        for n in self._stem_lengths:
            if n <= len(key) and "*" in key[:n]:
                hit = self._stems.get(key[:n])
                if hit is not None:
                    return hit
        return None


_MASKS = re.compile(r"[*#%?]+")


def _masked_keys(term: str) -> list[str]:
    """`term` with one or two neighbouring letters after the first masked."""
    keys = [term[:i] + "*" + term[i + 1 :] for i in range(1, len(term))]
    keys += [term[:i] + "**" + term[i + 2 :] for i in range(1, len(term) - 1)]
    return keys
