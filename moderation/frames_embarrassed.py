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


# A death wish said with laughter about a message sent to the crush, a voice note, or
# embarrassment named ("i want my life to end lol i sent a voice note to my crush",
# "trágame tierra ... me quiero morir jajaja"): in every language, since the helpers'
# session-13 rules (`selfharm_ending`, `selfharm_veiled`) read the wish in all of them.
# Laughter alone is no cause ("lol i want to die"), nor is the crush ("my crush said i'm
# ugly lol i want to die": a voice note, a message sent by mistake or embarrassment must
# be named); never with a word that it is meant or names the writer's loneliness or a
# method.
_BLUNDER = fastre.compile(
    r"\b(?:voice ?note|vn|audio|vocal|vocale|sprachnachricht|golosov\w*|голосов\w*|"
    r"sesli mesaj|glosowk\w*|cringe|embarrass\w*|verguenza|vergonha|honte|peinlich|"
    r"imbarazz\w*|стыд\w*|utan\w*|wstyd\w*|malu|sharam|by mistake|por error|sin querer|sem querer|"
    r"par erreur|aus versehen|per sbaglio|по ошибке|yanlislikla|przez pomylke|salah kirim)\b|"
    r"社死|尴尬|丢人|发错"
)
_LAUGH_ANY = fastre.compile(
    r"\b(?:lol+|lmao+|haha\w*|ahah\w*|mdr|ptdr|kkk+|jaja\w*|jeje\w*|jsjs\w*|xd+|хаха\w*|ахах\w*|"
    r"wkwk\w*)\b|哈哈|[\U0001f602\U0001f923\U0001f605\U0001f606]"
)
_MEANT = fastre.compile(
    r"\b(?:fr|frfr|for real|seriously|honestly|not joking|no joke|i mean it|nobody|no one|de verdad|"
    r"en serio|nadie|de verdade|serio|ninguem|serieux|serieusement|personne|ernsthaft|im ernst|niemand|"
    r"sul serio|nessuno|серьезно|не шучу|никто|cidden|ciddiyim|kimse|naprawde|nikt|beneran|serius|"
    r"sach mein|koi nahi|suicid\w*|kill myself|pills|cut|cutting|alone|lonely)\b|认真|没人|真的想死"
)
_DEATH_WISH = fastre.compile(
    r"\b(?:die|dead|end|over|morir\w*|muera|acabe|acabar|termine|morrer|mourir|finisse|sterben|endet|"
    r"tot|morire|finisse|умереть|закончилась|olmek|bitmesini|umrzec|skonczylo|mati|marna|khatam)\b|"
    r"死|结束"
)


def embarrassed_death_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """"hyperbole" for a death wish laughed about after a blunder (see above)."""
    if not _DEATH_WISH.search(text, start, end):
        return None
    whole = norm or text
    if not (_BLUNDER.search(text) or _BLUNDER.search(whole)) or not _LAUGH_ANY.search(whole):
        return None
    return None if _MEANT.search(text) or _MEANT.search(whole) else "hyperbole"


def embarrassed_reason(text: str) -> bool:
    """For the scorer, which reads the whole message: a wish to disappear
    after an embarrassing moment, and no other self-harm word; or a death wish
    laughed about after a blunder (`embarrassed_death_frame`)."""
    if _DISAPPEAR.search(text) is not None and _embarrassing(text):
        return True
    wish = _DEATH_WISH.search(text)
    return wish is not None and embarrassed_death_frame(text, wish.start(), wish.end(), "") is not None
