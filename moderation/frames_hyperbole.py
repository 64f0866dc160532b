"""Laughing hyperbole: "me morí de risa con ese meme 💀 no puedo más",
"je suis mort de rire j'en peux plus", "kkkkk não aguento mais".  Only the
"can't take any more" phrases are excused, and only next to a laughing cue
(of laughter, "jaja", "kkkk", "mdr", "lmao", "xd") or after a game named
before them ("bin gegen den endboss gestorben, zum zehnten mal. ich kann
nicht mehr 😭"); "lol i want to die" and "no puedo más con mi vida" are not
touched.

Called only for a self-harm match (frames.mundane_frame); the laughing cue
is looked for in the phrase form, where emoji are already gone, so a
spelled cue is required.
"""

from __future__ import annotations

from . import fastre
from .frames_idioms import effort_idiom_frame

_CANT_ANYMORE = fastre.compile(
    r"(?:ya )?no puedo mas|(?:eu )?nao (?:aguento|consigo) mais|(?:je n'en|j'en|jen|n'en) peux plus|"
    r"i (?:can ?not|cant) (?:anymore|take (?:it|this) anymore|even)|ich kann nicht mehr|"
    r"non ce la faccio (?:piu|più)|(?:я )?(?:не могу больше|больше не могу)"
)
_LAUGHING = fastre.compile(
    r"\b(?:de risa|de rire|de rir|vor lachen|dal ridere|от смеха|(?:ja){2,}|(?:je){2,}|(?:ha){2,}|"
    r"(?:ah){2,}|k{4,}|(?:rs){2,}|mdr|ptdr|lmao+|lmfao|rofl|xd+|lol+|хаха\w*|ахах\w*)\b"
)
_LAUGH_WINDOW = 80
# ... or right after a game lost: "endboss gestorben, zum zehnten mal. ich kann nicht mehr"
_GAME_LOST = fastre.compile(
    r"\b(?:endboss|boss|bossfight|level|lvl|runde|ranked|partida|nivel|jefe final|niveau|livello|"
    r"partita|уровень|босс\w*|катк\w*|game|games|match|spiel|juego|jeu|gioco|jogo|fase|chefao|"
    r"zocken|gezockt|gespielt)\b"
)
_GAME_WINDOW = 100
# ... but the sentence goes on about life: "no puedo más con mi vida jaja"
_SERIOUS_AFTER = fastre.compile(
    r" ?,? (?:con (?:mi|la|esta) vida|com (?:a|minha|essa) vida|avec (?:ma|la|cette) vie|with (?:my |this )?"
    r"life|mit (?:meinem|dem) leben|con (?:la mia|la|questa) vita|с (?:моей |этой )?жизнью|de vivre|de viver|"
    r"de vivir)"
)


# "unalive" aimed at a thing: "im about to unalive this essay", "this homework is gonna
# unalive me lol".  The slang verb with a thing as its object, or with "me" as the object
# of a subject that is not the writer, is hyperbole; "unalive myself / my self", "im gonna
# unalive" and "i want to unalive me" are not touched
_UNALIVE = fastre.compile(r"\bunaliv(?:e|ed|ing)\b")
_THING_AFTER = fastre.compile(
    r" (?:this|that|the|these|those|his|her|their|our|your|an?|all|every|my) (?!self\b|life\b)[\w']+"
)
_ME_AFTER = fastre.compile(r" me\b")
_FIRST_BEFORE = fastre.compile(r"\b(?:i|im|i'm|me|myself)\b")
_SENT_END = fastre.compile(r"[.!?]")


def _unalive_thing(text: str, start: int, end: int) -> bool:
    m = _UNALIVE.search(text, start, end)
    if m is None:
        return False
    if _THING_AFTER.match(text, m.end()):
        return True
    if not _ME_AFTER.match(text, m.end()):
        return False
    ends = [i.end() for i in _SENT_END.finditer(text, 0, m.start())]
    return _FIRST_BEFORE.search(text, ends[-1] if ends else 0, m.start()) is None


def unalive_thing(text: str) -> bool:
    """The message uses "unalive" at a thing (for the learned scorer, which
    reads the slang verb alone: "ready to unalive my algebra homework")."""
    return any(_unalive_thing(text, m.start(), m.end()) for m in _UNALIVE.finditer(text))


def hyperbole_frame(text: str, start: int, end: int) -> str | None:
    """"hyperbole" when text[start:end] is a can't-take-more phrase next to
    laughter, and nothing after it turns serious (", con mi vida"), or the
    slang "unalive" aimed at a thing, or killing oneself with an activity
    ("vou me matar de estudar": `frames_idioms.py`)."""
    if _unalive_thing(text, start, end):
        return "hyperbole"
    if effort_idiom_frame(text, start, end):
        return "hyperbole"
    if _CANT_ANYMORE.fullmatch(text, start, end) is None or _SERIOUS_AFTER.match(text, end):
        return None
    if _LAUGHING.search(text, max(0, start - _LAUGH_WINDOW), min(len(text), end + 40)) is None:
        if _GAME_LOST.search(text, max(0, start - _GAME_WINDOW), start) is None:
            return None
    return "hyperbole"
