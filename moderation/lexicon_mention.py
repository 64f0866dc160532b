"""A listed word mentioned as a word rather than used: "lol the word assassin
has ass in it", "there's 'shit' in shiitake", "why does the filter block
'crap'", "'hell' isn't even a swear, why is it censored".

Why: the lexicon compares whole tokens, so "assassin", "cocktail" and
"Scunthorpe" pass on their own, but a child pointing out the listed word
inside them ("assassin has ass in it") writes that word as a token and was
held.  Children in a moderated chat talk about the filter itself; a mention
is no insult.  Two frames, each narrow, checked for *every* occurrence of
the term in the message (a second, unquoted "fuck this" still holds):

* containment: a word that contains the term, and the term said to be in it
  - "<word> has / contains / got <term> in it", "there's <term> in <word>",
  "<term> is in <word>", "<word> starts / ends with <term>", "it has <term>
  in it" when such a word is elsewhere in the message.  The container must
  hold the term inside it and be longer ("ass has ass in it" is no mention);
* filter talk: the term in quote marks in a sentence about the filter -
  filter, blocked, censored, banned, flagged, bad word, swear, "can't
  say / type" - in a message that addresses nobody (no "you", "your", "u",
  "ur": "'bitch' is what you are, the filter can't stop me" is use).

Only plain profanity and sexual words written as they are ("exact" hits):
slurs keep their block, and a disguised word ("sh1t", "f u c k") shows
intent.  Used by `stages.LexiconStage` outside strict rooms (frames are
ignored there), with the reason ``frame:mention:lexicon:<category>``.

Matched against `Prepared.norm` (casefolded, accents stripped, quote marks
folded to ' and ").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Q = r"['\"]?"
_TERM = r"(?P<t>[a-z]{2,20})"
_WORDP = r"(?P<w>[a-z]{3,30})"
_THE_WORD = r"(?:the (?:word|name|letters?) |a |an |the )?"
_CONTAIN = tuple(re.compile(src) for src in (
    # "assassin has ass in it", "the word 'class' has 'ass' inside", "cocktail contains cock"
    r"\b" + _Q + _WORDP + _Q + r" (?:has|have|got|contains|includes|hides|literally has|has got) "
    + _THE_WORD + _Q + _TERM + _Q + r"(?= in it\b| inside\b| in the middle\b| hidden\b|\s*[.!?,]|\s*$"
    r"| (?:lol|lmao|lmfao|haha\w*|xd|bruh)\b)",
    # "there's ass in assassin", "theres a 'shit' in shiitake"
    r"\b(?:there is|there's|theres|there are|you get|it's got|its got) " + _THE_WORD + _Q + _TERM
    + _Q + r" in " + _THE_WORD + _Q + _WORDP + _Q + r"\b",
    # "'ass' is in assassin", "ass is part of the word class"
    r"\b" + _Q + _TERM + _Q + r" is (?:in|inside|part of|hidden in|literally in) " + _THE_WORD
    + _Q + _WORDP + _Q + r"\b",
    # "assassin starts with ass", "scunthorpe ends with ..."
    r"\b" + _Q + _WORDP + _Q + r" (?:starts|begins|ends) with " + _THE_WORD + _Q + _TERM + _Q
    + r"\b",
))
# "it has ass in it": the container is another word of the message
_IT_HAS = re.compile(
    r"\b(?:it|that|this|that word|this word|the word) (?:has|contains|got|has got) " + _THE_WORD
    + _Q + _TERM + _Q + r" (?:in it|inside)\b"
)


# the subject and verb every match of `_IT_HAS` starts with ("it has ", "this word got ")
_IT_HAS_GATE = re.compile(r"(?:it|that|this|word) (?:has|contains|got) ")


def _may_contain(i: int, norm: str) -> bool:
    """Whether the message has the words every match of `_CONTAIN[i]` contains
    (most messages with a swear word have none of them)."""
    if i == 0:
        return (" has " in norm or " got " in norm or " have " in norm or " contains " in norm
                or " includes " in norm or " hides " in norm)
    if i == 1:
        return " in " in norm and ("there" in norm or "you get " in norm or "s got " in norm)
    if i == 2:
        return (" is in" in norm or " is part of" in norm or " is hidden in" in norm
                or " is literally in" in norm)
    return "s with " in norm and ("starts with " in norm or "begins with " in norm
                                  or "ends with " in norm)


_FILTER = re.compile(
    r"\b(?:filters?|filtered|filtering|block|blocks|blocked|blocking|censor|censors|censored|"
    r"censoring|banned|bans|ban|flagged|flags|automod|bad words?|swear ?words?|swears?|cuss ?words?|"
    r"not allowed to (?:say|type|write)|(?:cant|can't|cannot|can not) (?:say|type|write|use))\b"
)
_YOU = re.compile(r"\b(?:you|your|youre|yours|yourself|u|ur|ya)\b")
_SENT_END = re.compile(r"[.!?](?:\s|$)")
_CATS = frozenset({"profanity", "sexual"})


def _sentence(norm: str, a: int, b: int) -> str:
    left = 0
    for m in _SENT_END.finditer(norm, 0, a):
        left = m.end()
    end = _SENT_END.search(norm, b)
    return norm[left : end.start() if end else len(norm)]


def mention_blanked(norm: str, terms: Iterable[str]) -> str | None:
    """`norm` with the occurrences of `terms` that are mentions (see the module
    doc) blanked out, or None when there is none.  The caller scans the
    blanked text again: a term still found there (a second, unquoted use, or
    the same word disguised: "a s s") is not excused."""
    wanted = {t for t in terms if t.isalpha()}
    if not wanted:
        return None
    spans: list[tuple[int, int]] = []
    # a term said to be inside a longer word is in the message twice, once inside that
    # word: with every term once (most messages with a swear word) no container is
    # looked for; each pattern only runs when the words all its matches contain are
    # in the message
    if any(norm.count(t) > 1 for t in wanted):
        for i, rx in enumerate(_CONTAIN):
            if _may_contain(i, norm):
                for m in rx.finditer(norm):
                    t, w = m.group("t"), m.group("w")
                    if t in wanted and t in w and t != w:
                        spans.append(m.span("t"))
        if _IT_HAS_GATE.search(norm):
            tokens = set(re.findall(r"[a-z]+", norm))
            for m in _IT_HAS.finditer(norm):
                t = m.group("t")
                if t in wanted and any(t in w and t != w for w in tokens):
                    spans.append(m.span("t"))
    quoted = [t for t in wanted if "'" + t in norm or '"' + t in norm]
    if quoted and _YOU.search(norm) is None:
        for t in quoted:
            for m in re.finditer(r"(?<=['\"])" + re.escape(t) + r"(?=['\"])", norm):
                a, b = m.span()
                if norm[a - 1] == norm[b] and _FILTER.search(_sentence(norm, a, b)):
                    spans.append((a, b))
    if not spans:
        return None
    out = norm
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def mention_candidates(hits: Iterable[tuple[str, str, str]]) -> list[str]:
    """Of the (term, category, how) hits, the terms a mention may excuse:
    profanity and sexual words written as they are."""
    return [t for t, cat, how in hits if cat in _CATS and how == "exact"]
