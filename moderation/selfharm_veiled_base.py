"""The rule builder shared by the veiled-disclosure tables
(`selfharm_veiled_eu.py`, `_west.py`, `_langs.py`, `_asia.py`; the class is
described in `selfharm_veiled.py`).

Each language gives one table: class key -> (triggers, second-gate words,
pattern).  The triggers are the rarer words of the class (a decision, a
goodbye, "envy", "expiry"), the second gate the words of its other half, so
the anchored pair only runs on a message that has both.  The patterns
(`pair` / `alone` / `trio`, the shapes of `selfharm_goodbyes_done.py`) are
anchored at the message start, with an everyday reason anywhere in the
message (a move, a game, a school project, the milk) as a negative
look-ahead, which a pair of words cannot see by itself.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_stockpile_parts import _ADVICE

__all__ = ["Table", "alone", "alone_rules", "decided", "pair", "rules_of", "trio"]

# the words of a message that talks about these words instead of saying them: a quotation
# in double quotes, a lesson or a discussion, a song's lyrics, advice about a friend
# (`selfharm_stockpile_parts._ADVICE`; without Turkish "arkadaş", which is also "guys" in a
# goodbye).  The rules are anchored at the message start (the everyday reasons are looked for
# in the whole message), so the generic frame, which reads the words before a match, never
# sees these: every pattern carries them as one more everyday reason.
_TALK = (
    r'"|\b(?:' + _ADVICE.replace(r"arkadas\w*|", "") + r"|in class|we talked about|talked about|"
    r"some (?:kids|people|girls|boys|teens) (?:say|write|post)|lyrics|the song|en clase|hablamos de|"
    r"la cancion|la letra|en classe|on a parle|la chanson|les paroles|im unterricht|haben (?:wir )?uber|"
    r"das lied|songtext|in classe|abbiamo parlato|la canzone|il testo|na aula|falamos sobre|a musica|"
    r"a letra|на уроке|обсуждали|в песне|текст песни|na lekcji|rozmawialismy|w piosence|tekst piosenki|"
    r"derste|konustuk|sarki\w*|di kelas|kita bahas|lagunya|lirik\w*|class mein|class me|gaane mein|"
    r"gaane me|في الحصه|تكلمنا عن|الاغنيه|كلمات الاغنيه)\b|歌词|歌里|课上|讨论|" + "गाने में"
    + "|क्लास में"
)


Table = dict[str, tuple[str, str, str]]

# the rule name per class key: finality (a decision, a goodbye, a last gift),
# planning (the tallest building nearby), passive (a wish or hopelessness),
# disclosure (the writer's own wish to die)
_NAMES = {
    "decided": "self_harm:finality",
    "goodbye": "self_harm:finality",
    "not_live": "self_harm:finality",
    "expiry": "self_harm:finality",
    "height": "self_harm:planning",
    "give": "self_harm:finality",
    "envy": "self_harm:passive",
    "if_die": "self_harm:passive",
    "nightly": "self_harm:disclosure",
    "tried": "self_harm:passive",
    "away": "self_harm:finality",
    "life_end": "self_harm:disclosure",
}


def pair(act: str, cue: str, mundane: str, edge: str = r"\b") -> str:
    """`act` and `cue` anywhere in one message (either order), with no everyday
    reason and no talk about the words anywhere in it.  The two halves are
    looked for first: on most messages that make the rule a candidate one is
    missing, and the scans of the whole message for everyday words never run."""
    return (
        rf"^(?=.*?{edge}(?:{cue}){edge})(?=.*?{edge}(?:{act}){edge})(?!.*(?:{_TALK}))"
        rf"(?!.*{edge}(?:{mundane}){edge}).*?{edge}(?:{act}){edge}"
    )


def alone(form: str, mundane: str, edge: str = r"\b") -> str:
    """`form` with no everyday reason and no talk about it in the message (the
    form is looked for first, as in `pair`)."""
    return (
        rf"^(?=.*?{edge}(?:{form}){edge})(?!.*(?:{_TALK}))(?!.*{edge}(?:{mundane}){edge})"
        rf".*?{edge}(?:{form}){edge}"
    )


def trio(a: str, b: str, c: str, mundane: str, edge: str = r"\b") -> str:
    """`a`, `b` and `c` anywhere in one message, no everyday reason and no talk
    about them (a decision, a day and a goodbye: each alone is everyday talk)."""
    return (
        rf"^(?=.*?{edge}(?:{c}){edge})(?=.*?{edge}(?:{a}){edge})(?=.*?{edge}(?:{b}){edge})"
        rf"(?!.*(?:{_TALK}))(?!.*{edge}(?:{mundane}){edge}).*?{edge}(?:{c}){edge}"
    )


def decided(dec: str, day: str, ends: str, sorry: str, mundane: str, edge: str = r"\b") -> str:
    """A decision and a day with "it all ends", or with a goodbye ("don't be
    angry with me", "sorry everyone") when the day stands alone as its own
    sentence ("decided. friday. don't be mad at me") or the three come in a
    row.  A day with a plan
    named after it ("decided, tomorrow i'm deleting tiktok, sorry everyone")
    is an everyday decision."""
    bare = rf"(?<=\. )(?:\S+ )?(?:{day})(?= \.| !| \?| ?$)"
    # the three in a row with nothing named between them ("5alas 2arrart, bokra, sam7ony": the
    # phrase form drops the commas)
    terse = rf"(?:{dec})(?: \.)? (?:\S+ )?(?:{day})(?: \.)? (?:\S+ )?(?:{sorry})"
    return (
        f"{trio(dec, day, ends, mundane, edge)}|{trio(dec, bare, sorry, mundane, edge)}|"
        f"{alone(terse, mundane, edge)}"
    )


def rules_of(table: Table) -> list[Rule]:
    """One rule per class of a language table; every one is `framed="generic"`:
    advice or a hypothetical about someone else ("if a friend says ...") is
    excused, the writer's own first-person sentence never is."""
    return [
        rule(_NAMES[key], "self_harm", triggers, pattern, framed="generic", requires=requires)
        for key, (triggers, requires, pattern) in table.items()
    ]


# the table keys written in a script whose marks are no word characters, or with no
# spaces: their forms carry their own edges
_NO_EDGE = frozenset({"ar", "zh", "hi_deva"})


def alone_rules(name: str, table: dict[str, tuple[str, str]], mundane: str) -> list[Rule]:
    """One `alone` rule per language of `table` (key -> (triggers, form)), all
    named `name` and `framed="generic"`: the shape of the session-16 and -17
    tables (`selfharm_dont_look.py`, `selfharm_wake_point.py`, ...)."""
    return [
        rule(name, "self_harm", triggers, alone(form, mundane, edge="" if key in _NO_EDGE else r"\b"),
             framed="generic")
        for key, (triggers, form) in table.items()
    ]
