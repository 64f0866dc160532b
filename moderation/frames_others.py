"""Grooming frames for what *other people* do to children, and for questions
about what is allowed.

Why: the consultation asks children what feels unsafe online, and they
answer with the groomer's own questions: "i think the most unsafe thing is
strangers adding you and then asking where you live", "los desconocidos te
preguntan cuántos años tienes", "des inconnus te demandent quel âge as-tu",
"陌生人加好友然后一直私聊，还问你在哪个学校".  The "you" there is anyone: a
third-person actor (strangers, creeps, people, 陌生人...) asks it.  The
report frame of `frames.py` knows "he/someone asked"; this one adds the
plural and generic actors and the Spanish, French and Chinese verb forms
with the reader as object ("te preguntan", "te demandent", "问你").

A norm question ("is it ok to post pics of friends without asking?") is
discussion, unless it turns to the reader ("is it ok if you send me one").

Only grooming rules use these frames (`rules._excuse`): before an insult,
"people ask why you are so ugly" is still bullying.
"""

from __future__ import annotations

from . import fastre
from .frames_others_more import others_more_frame

_OTHERS_EN = (
    r"(?:strangers?|randoms?|creeps?|groomers?|predators?|pedos?|paedos?|people|some people|they|"
    r"adults?|weirdos?|scammers?|bad people|men|older (?:guys|men|people)|catfish\w*|fake accounts?|"
    r"accounts|someone you (?:do not|dont) know|people you (?:do not|dont) know|"
    r"(?:a|the) (?:stranger|creep|groomer|predator|random|weirdo|guy|man|person))"
)
_ASK_EN = (
    r"(?:ask|asks|asking|asked|will ask|would ask|often ask|always ask|try to ask|want to know|"
    r"wants to know|start asking|keep asking|keeps asking|then ask|and ask)"
)
_OTHERS_ASK = fastre.compile(
    r"\b" + _OTHERS_EN + r"\b[^.!?]{0,80}?\b" + _ASK_EN + r"(?: (?:you|u|kids|children|them|"
    r"people))?(?: (?:about|things like|stuff like|questions like|like))? $|"
    r"\b(?:desconocidos?|extranos?|la gente|gente|personas|adultos|acosadores|pedofilos|algunos|"
    r"ellos|tipos|cuentas falsas)\b[^.!?]{0,80}?\b(?:te|les|nos) (?:preguntan|pregunta|piden|"
    r"dicen|van a preguntar|suelen preguntar)(?: cosas como| como)? $|"
    r"\b(?:inconnus?|des gens|les gens|certains|ils|adultes|predateurs|pedophiles|faux comptes)"
    r"\b[^.!?]{0,80}?\b(?:te|vous) (?:demandent|demande|disent|posent des questions comme)(?: des "
    r"trucs comme| genre)? $"
)
_OTHERS_ASK_ZH = fastre.compile(
    r"(?:陌生人|网友|網友|坏人|壞人|有些人|有的人|有人|他们|他們|骗子|騙子|对方|對方|怪叔叔|变态|變態)"
    r"[^。!?]{0,30}(?:问|問)(?:你|妳)?(?:在|是)?$|"
    # the actor right before the act: "陌生人加好友", "网友会私聊你"
    r"(?:陌生人|网友|網友|坏人|壞人|有些人|有的人|骗子|騙子|怪叔叔|变态|變態)(?:会|會|就|都|经常|經常|"
    r"总是|總是|一直|还|還|常常)?$"
)
_NORM_QUESTION = fastre.compile(
    r"\b(?:is it|is that|its|it is|are we|am i) (?:ok|okay|fine|alright|allowed|legal|illegal|safe|"
    r"bad|wrong|normal|weird|rude) (?:to|for (?:people|kids|us|someone) to) |"
    r"\b(?:should (?:people|kids)|are (?:people|kids) allowed to) "
)

# the question turns to the reader: "is it ok to send me one?", "... if you"
_TO_READER = fastre.compile(r"\b(?:me|you|u|if you)\b")


def _sentence_end(text: str, start: int) -> int:
    ends = [i for i in (text.find(p, start) for p in (" . ", " ! ", " ? ")) if i != -1]
    return min(ends) if ends else len(text)


def others_ask_frame(text: str, start: int) -> str | None:
    """A third-person actor asks the generic "you": a report of what others do."""
    # an Indonesian third person asking, an age question about a platform's rules
    more = others_more_frame(text, start)
    if more is not None:
        return more
    # the sentence before the match (Chinese has no spaces after 。！？)
    lo = max(0, start - 160)
    before = text[lo:start]
    for end in (" . ", " ! ", " ? ", "。", "!", "?"):
        i = before.rfind(end)
        if i != -1:
            before = before[i + len(end):]
    if not before:
        return None
    if _OTHERS_ASK.search(before):
        return "report"
    if _NORM_QUESTION.search(before) and not _TO_READER.search(text, start, _sentence_end(text, start)):
        return "discussion"
    if not before.isascii() and _OTHERS_ASK_ZH.search(before):
        return "report"
    return None
