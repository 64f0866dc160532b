"""Praise reported from a teacher or a parent (used by `rules._excuse` for
the flattery and trust rules).

"du bist sehr reif für dein Alter, hat die Lehrerin heute im Unterricht
gesagt", "eres muy madura para tu edad, dijo la profe", "la prof a dit que
t'es mature pour ton âge": maturity praise a child passes on from a teacher
or a parent is not a groomer's flattery.  German, Turkish, Hindi and
spoken Romance often put the speaker *after* the words ("..., hat die
Lehrerin gesagt"), where the report frames (which look before the match)
do not see it.  A speaker noun and a verb of saying both have to be there,
in the sentence of the match, before it or within a few words after it;
"you're so mature for your age, your teacher must love you" has no verb of
saying and stays held.
"""

from __future__ import annotations

from . import fastre

_SPEAKER = (
    r"(?:teacher|teachers|miss|sir|mr|mrs|ms|coach|tutor|headteacher|principal|mum|mom|dad|mother|"
    r"father|grandma|nan|lehrer|lehrerin|klassenlehrer\w*|trainer|trainerin|mama|mutter|papa|"
    r"vater|oma|profe|profesor|profesora|maestra|maestro|tutora|entrenador|abuela|prof|"
    r"professeur|professeure|maitresse|maitre|mere|pere|mamie|professor|professora|treinador|"
    r"mae|pai|avo|insegnante|professoressa|allenatore|mamma|nonna|учительница|учитель|классная|"
    r"тренер|мама|папа|бабушка|المعلمه|المعلم|الاستاذه|الاستاذ|الابله|امي|ابوي|ogretmen\w*|"
    r"hoca\w*|annem|babam|nauczyciel\w*|wychowawczyni|pani|trener|tata|babcia|guru|wali kelas|"
    r"pelatih|ibu|madam|mummy|मैडम|टीचर|मम्मी|पापा)"
)
_SAY = (
    r"(?:said|says|told|tells|wrote|gesagt|sagt|sagte|meinte|meint|geschrieben|dijo|dice|decia|"
    r"escribio|a dit|dit|disait|disse|diz|falou|escreveu|ha detto|diceva|ha scritto|сказала|"
    r"сказал|говорит|говорила|написала|قالت|قال|تقول|يقول|dedi|diyor|soyledi|powiedziala|"
    r"powiedzial|mowi|mowila|napisala|bilang|kata|ngomong|kaha|kehti|kahti|bola|boli|कहा|बोली|बोला)"
)
_BEFORE = fastre.compile(r"\b" + _SPEAKER + r"\b[^.!?]{0,40}?\b" + _SAY + r"\b|\b" + _SAY
                     + r"\b[^.!?]{0,20}?\b" + _SPEAKER + r"\b")
_AFTER = fastre.compile(r"[^.!?]{0,40}?(?:\b" + _SPEAKER + r"\b[^.!?]{0,30}?\b" + _SAY + r"\b|\b"
                    + _SAY + r"\b[^.!?]{0,20}?\b" + _SPEAKER + r"\b)")
_SENT_END = fastre.compile(r"[.!?](?:\s|$)")


def praise_frame(text: str, start: int, end: int) -> str | None:
    """'report' when a teacher or parent is said to have said the flattery
    at text[start:end], in its sentence; else None."""
    sent_start = 0
    for m in _SENT_END.finditer(text, 0, start):
        sent_start = m.end()
    if _BEFORE.search(text, sent_start, start) or _AFTER.match(text, end):
        return "report"
    return None
