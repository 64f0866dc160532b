"""Laughing hyperbole: "me morí de risa con ese meme 💀 no puedo más",
"je suis mort de rire j'en peux plus", "kkkkk não aguento mais".  Only the
"can't take any more" phrases are excused, and only next to a laughing cue
(of laughter, "jaja", "kkkk", "mdr", "lmao", "xd"); "lol i want to die" and
"no puedo más con mi vida" are not touched.

Called only for a self-harm match (frames.mundane_frame); the laughing cue
is looked for in the phrase form, where emoji are already gone, so a
spelled cue is required.
"""

from __future__ import annotations

import re

_CANT_ANYMORE = re.compile(
    r"(?:ya )?no puedo mas|(?:eu )?nao (?:aguento|consigo) mais|(?:je n'en|j'en|jen|n'en) peux plus|"
    r"i (?:can ?not|cant) (?:anymore|take (?:it|this) anymore|even)|ich kann nicht mehr|"
    r"non ce la faccio (?:piu|più)|(?:я )?(?:не могу больше|больше не могу)"
)
_LAUGHING = re.compile(
    r"\b(?:de risa|de rire|de rir|vor lachen|dal ridere|от смеха|(?:ja){2,}|(?:je){2,}|(?:ha){2,}|"
    r"(?:ah){2,}|k{4,}|(?:rs){2,}|mdr|ptdr|lmao+|lmfao|rofl|xd+|lol+|хаха\w*|ахах\w*)\b"
)
_LAUGH_WINDOW = 80
# ... but the sentence goes on about life: "no puedo más con mi vida jaja"
_SERIOUS_AFTER = re.compile(
    r" ?,? (?:con (?:mi|la|esta) vida|com (?:a|minha|essa) vida|avec (?:ma|la|cette) vie|with (?:my |this )?"
    r"life|mit (?:meinem|dem) leben|con (?:la mia|la|questa) vita|с (?:моей |этой )?жизнью|de vivre|de viver|"
    r"de vivir)"
)


def hyperbole_frame(text: str, start: int, end: int) -> str | None:
    """"hyperbole" when text[start:end] is a can't-take-more phrase next to
    laughter, and nothing after it turns serious (", con mi vida")."""
    if _CANT_ANYMORE.fullmatch(text, start, end) is None or _SERIOUS_AFTER.match(text, end):
        return None
    if _LAUGHING.search(text, max(0, start - _LAUGH_WINDOW), min(len(text), end + 40)) is None:
        return None
    return "hyperbole"
