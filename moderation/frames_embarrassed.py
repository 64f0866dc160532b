"""Wanting to disappear after an embarrassing moment is hyperbole.

Why: "i tripped in front of my crush, i want to disappear 😭", "so
embarrassing, i wanna disappear lol", "j'ai glissé devant toute la cantine,
jveux disparaître sous terre", "caí da escada na frente do menino que eu
gosto, quero sumir do planeta" were held as disclosures: the rules read
"want to disappear" and nothing else.  Children say it of a fall, a slip or
a blunder in front of others, with laughter or a crying-laughing emoji; it
is the everyday idiom ("que me trague la tierra", "im Boden versinken").

A "disappear" match is excused ("mundane") when the message names an
embarrassing moment: a fall or slip, or something said or seen in front of
people, or the word for embarrassment itself with laughter.  Never when the
wish is lasting ("forever", "for good", "pour toujours", "para sempre") or
the message names a means or harm, and never for "die" or "kill" matches:
"everyone saw the photos, i want to disappear forever" stays held.
Patterns run on the phrase form.
"""

from __future__ import annotations

from . import fastre
from .frames_offline import _MEANS_NAMED

# the match: a wish to vanish, no more
_DISAPPEAR = fastre.compile(
    r"\b(?:disappear|vanish|disparaitre|disparaître|sumir|desaparecer|sparire|scomparire|verschwinden)\b"
)
_LASTING = fastre.compile(
    r"\b(?:forever|for good|for ever|permanently|pour toujours|a jamais|para sempre|para siempre|per sempre|"
    r"fur immer|from (?:this world|existence|the earth)|de ce monde|deste mundo|de este mundo|da questo mondo|"
    r"aus der welt|not exist|never come back|never wake up)\b"
)
# a fall, a slip, a blunder, in front of people; or embarrassment named with laughter
_MISHAP = fastre.compile(
    r"\b(?:tripped|tripping|fell|fall over|fell over|slipped|dropped my (?:tray|lunch|phone|books)|"
    r"face ?planted|walked into|called (?:the |my )?teacher mum|called (?:the |my )?teacher mom|"
    r"glisse|glissee|tombe|tombee|trebuche|trebuchee|fait tomber|cai|tropecei|escorreguei|derrubei|"
    r"me cai|tropece|resbale|se me cayo|hingefallen|gestolpert|ausgerutscht|caduta|caduto|inciampat\w*|"
    r"scivolat\w*)\b"
)
_AUDIENCE = fastre.compile(
    r"\b(?:in front of|infront of|everyone saw|everybody saw|the whole class|whole school|my crush|"
    r"devant|toute la (?:classe|cantine|cour)|tout le monde|na frente|todo mundo|a sala toda|"
    r"delante de|todo el mundo|toda la clase|vor allen|vor der ganzen|davanti a|tutta la classe|"
    r"crush|gebetan)\b"
)
_SHAME = fastre.compile(
    r"\b(?:embarrass\w*|cringe|cringey|awkward|mortified|humiliat\w*|la honte|honte|trop gene|vergonha|"
    r"que mico|pagar mico|pague mico|verguenza|que oso|peinlich|fremdschamen|imbarazz\w*|figuraccia|"
    r"che figura)\b"
)
_LAUGH = fastre.compile(r"\b(?:lol|lmao|haha\w*|ahah\w*|mdr|ptdr|kkk+|jaja\w*|jeje\w*|xd)\b")


def _embarrassing(text: str) -> bool:
    if _LASTING.search(text) or _MEANS_NAMED.search(text):
        return False
    return bool((_MISHAP.search(text) and _AUDIENCE.search(text)) or (
        _SHAME.search(text) and (_LAUGH.search(text) or _MISHAP.search(text) or _AUDIENCE.search(text))
    ))


def embarrassed_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a wish to disappear after an embarrassing moment
    (module docstring)."""
    if _DISAPPEAR.search(text, start, end) and _embarrassing(text):
        return "mundane"
    return None


def embarrassed_reason(text: str) -> bool:
    """For the scorer, which reads the whole message: a wish to disappear
    after an embarrassing moment, and no other self-harm word."""
    return _DISAPPEAR.search(text) is not None and _embarrassing(text)
