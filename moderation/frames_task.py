"""A school task or a work about the topic: "my essay about suicide", "our
project on self-harm", "the film about suicide", "mon exposé sur le suicide".

Why: a bare topic word ("suicide", "self-harm") is left to the model stage,
which reads the rest of the sentence.  "my essay about suicide is all i
think about this week" reads like a disclosure to it ("is all i think
about"), but the writer's preoccupation is the essay.  When the topic word
is the subject of a task or a work named right before it (essay, project,
presentation, homework, film, book, documentary... "about / on / for"),
the sentence is about that work and the topic rule is excused.

Only the bare topic rule (`self_harm:topic`) takes this frame: a first-person
disclosure in the same sentence ("my essay about suicide made me want to
kill myself") is matched by its own rule, which this frame does not excuse.
The work must come directly before the topic word (an article or "the" in
between at most), so "i think about suicide" never reads as a task.
"""

from __future__ import annotations

from . import fastre

_WORK = (
    r"(?:essays?|projects?|presentations?|assignments?|homework|reports?|coursework|"
    r"posters?|speech|debate|lessons?|class|assembly|workshop|talk|book|novel|story|poem|films?|"
    r"movies?|documentar(?:y|ies)|series|show|episode|songs?|podcast|article|play|"
    r"exposes?|devoirs?|recherches?|dissertation|redaction|cours|livre|film|documentaire|"
    r"trabajos?|ensayo|redaccion|exposicion|deberes|tarea|clase|charla|libro|pelicula|documental|"
    r"referat|aufsatz|hausaufgabe|projekt|vortrag|unterricht|buch|dokumentation|doku|"
    r"tema|ricerca|relazione|compito|lezione|libro|documentario|"
    r"trabalho|redacao|apresentacao|aula|livro|filme|documentario|"
    r"доклад|реферат|сочинение|проект|урок|презентация|фильм|книга|книгу)"
)
_ABOUT = (
    r"(?:about|on|for|sur|sobre|uber|zum thema|su|sul|sulla|sull'|o|об|про|на тему)"
)
_ARTICLE = r"(?:(?:the|le|la|l'|les|el|los|das|den|dem|die|il|lo|o|a|os|as|del|du|des|de|do|da) )?"
_TASK_BEFORE = fastre.compile(r"\b" + _WORK + r" " + _ABOUT + r" " + _ARTICLE + r"$")
# the topic word's own prefix cannot be seen by a "$" search with an article
# glued on ("sull'" + word): the space-free Italian form is tried separately
_TASK_GLUED = fastre.compile(r"\b" + _WORK + r" (?:sull'|dell')$")
# ways and methods after the word are method research, never a school topic
_METHOD_AFTER = fastre.compile(r" (?:methods?|ways?|how|metodos?|methodes?|methoden|metodi|способ\w*)\b")


def task_frame(text: str, start: int, end: int) -> bool:
    """True when a task or a work is named right before the topic word at
    ``text[start:end]`` ("my essay about |suicide") and no method follows it."""
    if _METHOD_AFTER.match(text, end):
        return False
    before = text[max(0, start - 60) : start]
    return bool(_TASK_BEFORE.search(before) or _TASK_GLUED.search(before))
