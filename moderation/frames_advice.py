"""Advice about a friend's disclosure: "if ur mate says they want to die,
don't keep it secret, tell a trusted adult".

Why: a blind evaluation found this held as the writer's disclosure.
`frames.generic_frame` excuses "if a friend says ..." but only with the
actors it lists ("your mate", "ur bestie", "ton pote" are not among them)
and never when a first-person word comes before the match ("if my friend
says ..." has "my").  A conditional about someone else followed by advice
to the reader is guidance, the kind of line the consultation asks for.

A self-harm match is excused ("advice") when

* a conditional ("if", "when", "si", "cuando", "quand", "wenn", "se",
  "quando", "если", "agar", "اذا/لو", "如果") opens the sentence part
  before it, and between the two nobody speaks in the first person as a
  subject ("if i say i want to die" is not excused; "if my friend says" is:
  "my" is not a subject),
* advice to the reader follows within the message: tell / talk to an
  adult, don't keep it secret, get help, call a helpline (ten languages),
* and the writer does not join in ("... and so do i", "me too").

Only called for self-harm matches that no other frame excused.  Patterns
run on the phrase form (Chinese on the normalised text).
"""

from __future__ import annotations

import re

from . import fastre
from .frames_helpseeking import _ME_TOO

_COND = fastre.compile(
    r"(?:\b(?:if|when|whenever|si|cuando|quand|wenn|falls|se|quando|если|agar)\b|(?:^|\s)(?:اذا|لو)"
    r"(?!\S)|如果|要是|अगर)"
)
# a first-person subject (not "my": "if my friend says ...")
_I_SUBJECT = fastre.compile(
    r"\b(?:i|im|yo|je|j'|ich|io|eu|я|main|mai|ana|انا)\b|我(?!的)|मैं"
)
_ADULT = (
    r"(?:trusted adult|adult|grown up|grownup|teacher|parents?|counsell?or|someone|somebody|an "
    r"adult|school nurse|helpline|childline|mum|mom|dad)"
)
_ADVICE = fastre.compile(
    r"\b(?:(?:do not|dont|never) keep (?:it|this|that) (?:a )?secret|(?:tell|talk to|speak to|go to|"
    r"inform) (?:a |an |your |the |their |some )?" + _ADULT + r"|get (?:them |her |him )?(?:help|an "
    r"adult)|call (?:a |the )?(?:helpline|childline|\d+)|report it|take it seriously|"
    # es
    r"(?:no )?lo guardes en secreto|(?:diselo|cuentaselo|dile|cuentale|avisa) a (?:un |una |tu |tus )?"
    r"(?:adulto|profe|profesora?|padres|orientadora?)|habla con (?:un |una |tu |tus )?(?:adulto|profe|"
    r"profesora?|padres|orientadora?)|pide ayuda|"
    # fr
    r"(?:dis le|parles en|dis lui d'en parler|previens) (?:a )?(?:un |une |tes |ton |ta )?(?:adulte|"
    r"prof|parents|cpe|infirmiere)|ne garde pas (?:ca|ce secret|le secret|ca pour toi)|en parler a un "
    r"adulte|demande de l'aide|"
    # de
    r"(?:sag|erzahl) (?:es|das) (?:einem|einer|deinen|deiner|deinem) (?:erwachsenen|lehrer(?:in)?|"
    r"eltern|vertrauensperson)|behalt (?:es|das) nicht fur dich|hol (?:dir |ihm |ihr )?hilfe|sprich mit "
    r"(?:einem|einer|deinen) (?:erwachsenen|lehrer(?:in)?|eltern|vertrauensperson)|"
    # it
    r"(?:dillo|parlane) (?:a|con) (?:un |una |i tuoi )?(?:adulto|prof|professoressa|genitori|"
    r"insegnante)|non tenerlo (?:segreto|per te)|chiedi aiuto|"
    # pt
    r"(?:conta|fala|avisa) (?:pra|para|com) (?:um |uma |seus |teus )?(?:adulto|professora?|pais|"
    r"orientadora?)|nao (?:guarda|guarde) (?:segredo|isso (?:em segredo|pra voce))|pede ajuda|"
    # ru / hi
    r"(?:скажи|расскажи|сообщи) (?:об этом )?(?:взрослому|взрослым|учителю|родителям)|не держи (?:это )?"
    r"в (?:секрете|тайне)|(?:kisi bade|kisi badey|kisi adult|teacher|sir|madam|mam|parents|mummy|papa|"
    r"ghar wal\w+|counsell?or) ko (?:zaroor |zarur |jarur |jaroor |turant |jaldi |abhi )?(?:batao|bata do|"
    r"batana|bata dena|batayein|bataye)|secret mat rakho|chhupao mat|chupao mat)\b|"
    r"किसी बड़े को बताओ|टीचर को बताओ|(?:قول|خبر|احكي)\S* (?:ل)?(?:شخص كبير|معلم|المعلم|اهلك|الكبار)|"
    r"告诉(?:老师|大人|家长|父母)|不要保密|别保密"
)


def advice_frame(text: str, start: int, end: int) -> str | None:
    """"advice" when text[start:end] sits in a conditional about someone
    else that is followed by advice to the reader (module doc)."""
    conds = list(_COND.finditer(text, max(0, start - 80), start))
    if not conds:
        return None
    cond = conds[-1]
    between = text[cond.end() : start]
    if re.search(r"[.!?]\s", between) or _I_SUBJECT.search(between) or _I_SUBJECT.search(
        text, start, end
    ):
        return None
    if not _ADVICE.search(text, end, end + 160) or _ME_TOO.search(text):
        return None
    return "advice"
