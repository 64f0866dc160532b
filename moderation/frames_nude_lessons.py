"""Lessons and rules about nudes told by adults, and children's questions
about the law (used by `frames_context.context_frame` for the sexual request
rules and `grooming:photo_request`).

Why: the request rules read "send nudes", "trade nudes", "nangi photo
bhejo", "schick nacktbilder" wherever they stand, and the report frames look
for a third person *asking*.  A child passing on a lesson forbids the act -
"our teacher told us never to trade nudes", "kabhi bhi apni nangi photo mat
bhejo", "meine Lehrerin hat gesagt, schick niemals Nacktbilder" - and a child
asking whether it is against the law names it - "is it illegal to send nude
pics if you're 15?", "kya 15 saal mein nangi photo bhejna illegal hai?".
Both were held as requests.

* `nude_lesson_frame`: the safety-advice frame of `frames_told_advice.py`
  (a negation right before the request - also "told us never to" - or in
  German after the verb, "schick niemals"; a teacher or parent with a
  warning word) for the harm stage's `sexual:request` / `sexual:solicit`;
  not when the advice turns to the writer ("... to anyone but me", "send
  them to me instead") and not when the sentence defies it before the
  request ("my mum says it's illegal but who cares, send nudes");
* `law_question_frame`: the sentence asks whether the act is illegal, a
  crime or gets you in trouble - "is it illegal to", "is it against the
  law to", "can you get in trouble for", "es delito", "est-ce que c'est
  illégal de", "ist es strafbar", "è reato", "законно ли" before the match,
  or a legal word after it in a question ("kya ... bhejna illegal hai?",
  "mandar nudes con 15 es delito?") - and the writer is not the recipient:
  "is it illegal if you send me your pics?", "is it illegal to send me
  nudes?", or a request to the writer anywhere after it ("is it illegal to
  send nudes? no. so send me some") stay held.
"""

from __future__ import annotations

import re

from . import fastre
from .frames import sentence_bounds
from .frames_told_advice import told_advice_frame
from .normalise import fold_pattern

_SENT_END = fastre.compile(r"[.!?。।]")


def _rx(src: str) -> re.Pattern[str]:
    return fastre.compile(fold_pattern(src))


# the writer as the recipient inside the match: "send me your pics", "mándame"
_ME = _rx(
    r"\b(?:me|mir|moi|mi|mim|мне|mujhe|muje|mjhe|aku|bana|mnie|us|uns|nous)\b|\bm'|"
    r"\b(?:mandame|enviame|pasame|envoie moi|mandami|inviami|manda me|skin mne)\b|मुझे|给我"
)
# ... or as a clitic right before it: "si tu m'envoies", "si me mandas", "wenn du mir"
_ME_BEFORE = _rx(r"(?:\bm'|\b(?:me|mi|mir|mujhe) )$")
# the rest of the message turns to the writer: "... anyone but me", "so send me some"
_TO_WRITER = _rx(
    r"\b(?:only (?:to )?me|just (?:to )?me|except (?:for )?me|but me|(?:to )?me instead|"
    r"send (?:it |them |one |some |yours |a few |me )*(?:to )?me|send me|show me|give me|"
    r"dm me|snap me|to me|for me|with me|mandame|mandamelas|mandamelos|enviame|pasame|a mi|"
    r"envoie(?:s)? moi|envoie les moi|m'envoies|m'envoyer|manda pra mim|me manda|schick mir|"
    r"mir schicken|mandami|mandale a me|inviami|mujhe bhejo|mujhe bhej|mujhe|sirf mujhe|"
    r"скинь мне|мне скинь|пришли мне)\b|मुझे|给我|发给我"
)
# the request made again after the lesson or the question: "dont send nudes here, send them
# in dm", "... we never tell anyone? send them"
_ASKED_AGAIN = _rx(
    r"\b(?:send|sned|show|snap|dm|trade|swap) (?:them|it|one|some|those|yours|a few|nudes|a pic|"
    r"a picture|pictures)\b|\b(?:mandalas|mandalos|mandamelas|envoie les|schick sie|mandale)\b"
)
_NEG_JUST_BEFORE = _rx(r"\b(?:never|not|do not|dont|or|nor|ever|no|nunca|jamais|nie|mai|mat) $")


def _asked_again(text: str, end: int) -> bool:
    """A request after `end` that is not itself negated ("..., never trade nudes" is
    the lesson going on)."""
    for m in _ASKED_AGAIN.finditer(text, end):
        if not _NEG_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True
    return False


# defiance of the lesson before the request: "but who cares", "anyway", "idc"
_DEFIANT = _rx(
    r"\b(?:but|anyway|anyways|who cares|whatever|idc|i do not care|dont care|so just|just do it|"
    r"still|pero|igual|mais bon|osef|quand meme|mas|aber|egal|ma tanto|lekin|phir bhi)\b"
)

# a question about the law before the match (the sentence from its start)
_LAW_BEFORE = _rx(
    # en: "is it illegal to", "is it against the law for kids to", "would it be a crime if"
    r"\b(?:is it|isnt it|is it not|would it be|will it be|is it actually|is it really|"
    r"is it still)(?: \w+){0,2}? (?:illegal|legal|against the law|a crime|an offen[cs]e|"
    r"a criminal offen[cs]e|unlawful|allowed|child porn\w*|cp)\b|"
    # "can you get in trouble for", "will i get arrested if", "can kids go to jail for"
    r"\b(?:can|could|will|would|do|does|did|might) (?:you|u|i|we|they|people|someone|somebody|"
    r"kids|teens|a kid|minors|he|she|a person|students)(?: \w+)? (?:get|go|be|end up|land)"
    r"(?: \w+)? (?:in trouble|arrested|charged|expelled|suspended|excluded|to jail|to prison|"
    r"in jail|in prison|sent to jail|a criminal record|a record|on the (?:sex offenders? )?"
    r"(?:list|register)|done for it|sued|reported to the police)\b|"
    r"\b(?:what does the law say|what is the law|what are the laws|is there a law|what are the "
    r"rules)\b|"
    # es pt fr de it (a sentence start for the short verbs "es", "e")
    r"^(?:y |pero |una pregunta |pregunta |duda |e |mas |uma pergunta |ma |domanda )?"
    r"(?:es|seria|sera|e|eh|sarebbe)(?: \w+){0,2}? (?:ilegal|delito|un delito|crimen|un crimen|"
    r"legal|crime|um crime|proibido|illegale|reato|un reato|legale|vietato)\b|"
    r"\b(?:te|me|nos|les|lo|la) (?:pueden|podrian|puede|podria) (?:arrestar|detener|denunciar|"
    r"meter (?:en problemas|en la carcel|preso|presa))\b|"
    r"\b(?:est ce que c'est|est ce que ce serait|est ce|est il|c'est|ce serait|c'est vraiment)"
    r"(?: \w+){0,2}? (?:illegal|interdit|legal|un delit|un crime|puni|punissable)\b|"
    r"\b(?:on peut|peut on|je peux|tu peux|est ce qu'on peut) (?:aller en prison|avoir des "
    r"problemes|etre arrete|etre puni|etre condamne)\b|"
    r"\b(?:pode|posso|da pra|da para|voce pode|vc pode|a gente pode) (?:ser pres[oa]|dar "
    r"problema|dar cadeia|ir pres[oa]|ser processad[oa])\b|"
    r"\b(?:ist es|ist das|ware es|waere es|ist es wirklich)(?: \w+){0,2}? (?:illegal|strafbar|"
    r"verboten|legal|erlaubt|eine straftat)\b|"
    r"\b(?:kann man|kann ich|konnen wir) (?:dafur |dafuer )?(?:angezeigt|bestraft|verhaftet|"
    r"verklagt)\b|"
    r"\b(?:e|sarebbe|e davvero) (?:illegale|reato|un reato|legale|vietato)\b|"
    r"(?:законно ли|незаконно ли|это незаконно|можно ли получить срок|посадят ли|могут ли посадить|"
    r"это преступление)"
)
# a legal word after the match, in a question: "kya ... bhejna illegal hai?"
_LAW_AFTER = _rx(
    r"\b(?:illegal|legal|against the law|a crime|crime|jurm|apradh|gair kanooni|gairkanooni|"
    r"ilegal|delito|un delito|crimen|illegale|reato|strafbar|verboten|interdit|un delit|"
    r"незаконно|преступление|запрещено)\b|अपराध|गैरकानूनी|जुर्म"
)
# a question opener at the sentence start that a legal word after the match answers to
_QUESTION_START = _rx(
    r"^(?:kya|is|does|do|can|es|est ce que|est ce|ist|czy|apakah|e|a|pode|y si|и|а|разве)\b|"
    r"^क्या"
)


# an exception for the writer after a prohibition: "never send nudes to anyone but me"
_EXCEPT_WRITER = _rx(
    r"\b(?:but|except|except for|other than|apart from|besides|only|just) (?:to |for |with )?me\b|"
    r"\b(?:to )?me instead\b|\b(?:menos|excepto|salvo|solo) (?:a |para )?mi\b|"
    r"\b(?:sauf|seulement|qu'a) (?:a )?moi\b|\b(?:ausser|nur) (?:an )?(?:mir|mich)\b|"
    r"\b(?:tranne|solo) (?:a )?me\b|\b(?:menos|so|só) (?:pra|para) mim\b|\bsirf mujhe\b"
)


def writer_exception(text: str, start: int, end: int) -> bool:
    """The sentence after a match makes the writer the exception ("... to
    anyone but me", "... except me, dm it", "dm me your password instead"):
    the prohibition or the report is a request (`rules._excuse` drops a
    discussion or report frame's excuse for it)."""
    _, right = sentence_bounds(text, end, end, _SENT_END)
    if _EXCEPT_WRITER.search(text, end, min(len(text), right + 40)):
        return True
    return text.startswith(" instead", end) and _ME.search(text, start, end) is not None


def nude_lesson_frame(name: str, text: str, start: int, end: int, norm: str) -> str | None:
    """'advice' when a sexual request at text[start:end] is forbidden as a
    lesson (module doc), else None."""
    frame = told_advice_frame(name, text, start, end, norm)
    if frame is None:
        return None
    left, _ = sentence_bounds(text, start, end, _SENT_END)
    if _DEFIANT.search(text, left, start):
        return None  # "mum says it's illegal but who cares, send nudes"
    if _asked_again(text, end):
        return None  # "dont send nudes here, send them in dm"
    return frame


def law_question_frame(text: str, start: int, end: int) -> str | None:
    """'law_question' when the request at text[start:end] is asked about as
    a question of law (module doc), else None."""
    if _ME.search(text, start, end) or _ME_BEFORE.search(text, max(0, start - 6), start):
        return None  # "... si tu m'envoies des nudes ?", "si me mandas fotos"
    left, right = sentence_bounds(text, start, end, _SENT_END)
    if _TO_WRITER.search(text, end, min(len(text), end + 160)) or _asked_again(text, end):
        return None  # "... if you send them to me", "no. so send me some"
    if _DEFIANT.search(text, left, start):
        return None
    before = text[left:start].lstrip(" .!?")
    if _LAW_BEFORE.search(before):
        return "law_question"
    if not before:
        return None  # "send nudes, is that illegal?": the request opens the sentence
    question = text.startswith("?", right) or _QUESTION_START.match(before) is not None
    if question and _LAW_AFTER.search(text, end, right):
        return "law_question"
    return None
