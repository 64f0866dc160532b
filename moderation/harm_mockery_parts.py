"""Regex helpers shared by the mockery modules (harm_mockery*.py): lookbehinds
for the words before a match, a sentence start that rules out pets, family
and fiction, and the fiction words themselves."""

from __future__ import annotations

# a game's ghost, a film or a song says it: "una niña fantasma que susurra nadie te
# echará de menos", "ada hantu cewek yg bisik ga ada yg bakal kangen kamu"
FICTION = (r"(?:juego|fantasma|pelicula|serie|cancion|libro|personaje|susurra|jogo|filme|musica|"
           r"sussurra|game|hantu|film|lagu|bisik\w*|jeu|fantome|chanson|chuchote|gioco|canzone|spiel|"
           r"geist|lied|flustert|gra|grze|duch|piosenk\w*|игр\S*|призрак\S*|песн\S*|шепчет|oyun\w*|"
           r"hayalet|sarki\w*|fisild\w*)")


def nb(*words: str) -> str:
    """Negative lookbehinds: not right after any of `words` (each + a space)."""
    return "".join(rf"(?<!\b{w} )" for w in words)


def sentence(unless: str) -> str:
    """From a sentence start with none of `unless` in it, up to a later word."""
    return r"(?:^|[.!?] )(?![^.!?]*\b" + unless + r"\b)[^.!?]{0,80}?\b"


def after(*words: str) -> str:
    """Right after one of `words` (each + a space), which stay out of the span."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words) + ")"
