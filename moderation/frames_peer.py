"""Peer frame for "dm me": a child asking the room for information ("where
can i buy cheap robux? dm me if you know", "anyone know when the update
comes out? pm me the answer").

Why: "dm me" alone is a move off the public room and stays held (the safe
default).  It is excused only when all of these hold, so the DM is clearly
about the writer's own question:

* the message asks a question before it ("?"), and that question is not
  about the reader ("do you have snap? dm me if you know", "how old are
  you? ..." stay held: "you/your/u/ur" in the question);
* what follows "dm me" is only an answer-seeking tail up to the end of the
  sentence: "if you know (how/where/when/the answer)", "if anyone knows",
  "if you have/found the answer", "the answer(s)", "the link" - with
  nothing after it but "please/thanks".  "dm me if you know what i mean",
  "dm me if you want robux", "dm me if you are bored", "dm me and i'll
  tell you" stay held.

Used by `rules._excuse` for grooming:off_platform only.  Other grooming
cues in the same message are matched by their own rules.
"""

from __future__ import annotations

from . import fastre

_DM = fastre.compile(r"\b(?:dm|pm|inbox|message|text) me$")
_WHO = r"(?:you|anyone|anybody|someone|somebody|any of you|one of you|yall|you guys|people)"
_TAIL = fastre.compile(
    r" (?:if " + _WHO + r" (?:know|knows|knew|has|have|got|found|find|figured out|figure out|can help)"
    r"(?: (?:it|how|where|when|which one|which|why|the answer|the answers|a way|a link|the link|"
    r"the website|the site|a website|a site|one|any|more|it out|anything|the name|the song))?|"
    r"(?:the|your) (?:answer|answers|solution|name|link to it)|with the answer)"
    r"(?: (?:please|thanks|thank you|thx|ty|asap))*"
)
# the question asks about the reader: not a peer's question
_ABOUT_READER = fastre.compile(r"\b(?:you|your|yours|yourself|u|ur|are you|do you)\b")
# "want free robux?", "need a bf?": an offer to the reader with the "you" dropped
_OFFER = fastre.compile(r" *(?:want|wanna|need|interested|looking for|who wants|anyone want)\b")
_SENT_END = fastre.compile(r" [.!?] ")


def peer_question_frame(text: str, start: int, end: int) -> str | None:
    """'peer_question' when the "dm me" at text[start:end] (phrase form)
    asks for the answer to the writer's own question, else None."""
    if not _DM.search(text, 0, end):
        return None
    q = text.rfind(" ? ", 0, start + 2)
    if q == -1:
        return None
    stops = [i for i in (text.find(p, end) for p in (" . ", " ! ", " ? ")) if i != -1]
    tail = text[end : min(stops) if stops else len(text)].rstrip(" .!?")
    if not tail or not _TAIL.fullmatch(tail):
        return None  # a bare "dm me", or more than an answer-seeking tail
    # the question: from the sentence end before it (or the start) to the "?"
    left = 0
    for m in _SENT_END.finditer(text, 0, q):
        left = m.end()
    if _ABOUT_READER.search(text, left, q) or _OFFER.match(text, left):
        return None
    return "peer_question"
