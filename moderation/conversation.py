"""Conversation context: harm spread over a sender's last few messages.

Why: a groomer (or a child in distress) often splits one sentence over
several short messages - "dont tell" / "ur parents" / "about us" - and each
piece is harmless alone.  When the caller passes the sender's recent
messages in ``context["recent"]`` (oldest first), this stage runs the
safeguarding rule sets once more over those messages joined with the new
one, and holds the new message if a rule matches a span that *ends inside
it*: the new message completed the pattern.  Spans wholly inside earlier
messages were judged when those were sent.  Frames still apply, so "we
learned that groomers say" / "dont tell your parents" stays allowed.

The stage stays pure: the window is supplied by the caller (the server
keeps a short in-memory window per sender and room).
"""

from __future__ import annotations

from collections.abc import Sequence

from .normalise import Prepared, prepare
from .rules import RuleSet
from .verdict import Action, Verdict

MAX_RECENT = 3  # earlier messages joined to the new one
# Only a match that *spans* the boundary is new, and phrase patterns are short,
# so only the end of the window matters: the last ~60 characters, about ten
# words (cut at a word).  120 cost a third more on the server path for no
# match the tests know of.
WINDOW_CHARS = 60
# ... and only the start of the new message: a match that spans the boundary
# ends within its first words (the new message alone was scanned in full)
NEW_CHARS = 60


class ConversationStage:
    name = "conversation"

    def __init__(self, rule_sets: Sequence[RuleSet], allow_frames: bool = True) -> None:
        self.rule_sets = tuple(rule_sets)
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        recent = prep.context.get("recent")
        if not recent:
            return verdict
        earlier = [str(t) for t in list(recent)[-MAX_RECENT:] if t]
        if not earlier:
            return verdict
        window = " ".join(earlier)
        if len(window) > WINDOW_CHARS:
            window = window[-WINDOW_CHARS:]
            window = window[window.find(" ") + 1 :]
        head = prepare(window, prep.lang)
        joined = _join(head, prep)
        boundary = len(head.plain) + 1  # where the new message's phrase form starts
        already = set(verdict.reasons)
        cats: list[str] = []
        reasons: list[str] = []
        for rules in self.rule_sets:
            for hit in rules.scan(joined, self.allow_frames):
                if hit.excused_by is not None or hit.end <= boundary or hit.start >= boundary:
                    continue  # excused, or wholly in one message (judged on its own)
                if "stage:" + hit.rule.name in already:
                    continue  # the new message alone already carries it
                cats.extend(hit.rule.categories)
                reasons.append("conversation:" + hit.rule.name)
        if not cats:
            return verdict
        return verdict.escalate(Action.HOLD, tuple(dict.fromkeys(cats)), tuple(dict.fromkeys(reasons)))


def _join(a: Prepared, b: Prepared) -> Prepared:
    """`a` then `b` as one message, built from their prepared forms: the new
    message is already prepared, and preparing the joined text again cost
    more than the rest of the stage.  (A word spelled out across the two
    messages, "f u" / "c k", is not joined; the lexicon never saw it either.)"""
    plain, norm = _start(b.plain), _start(b.norm)
    if len(plain) == len(b.plain):
        words = b.token_set
    else:  # the triggers of the part kept: its phrase-form words and raw words
        words = frozenset(plain.split()).union(norm.replace("'", "").split())
    extra = {"plain": f"{a.plain} {plain}", "token_set": a.token_set | words}
    return Prepared(
        f"{a.text} {b.text}", b.lang, b.context, f"{a.norm} {norm}", a.tokens + b.tokens,
        a.raw_tokens + b.raw_tokens, a.has_cjk or b.has_cjk, a.has_digit or b.has_digit,
        a.runs + b.runs, extra,
    )


def _start(text: str) -> str:
    """The first `NEW_CHARS` characters of `text`, cut at a word."""
    if len(text) <= NEW_CHARS:
        return text
    cut = text.rfind(" ", 0, NEW_CHARS)
    return text[:cut] if cut > 0 else text[:NEW_CHARS]
