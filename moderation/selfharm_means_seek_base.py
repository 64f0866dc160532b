"""The shape of the rules of `selfharm_means_seek.py` (means sought or
hidden), shared by its 13 languages: three look-aheads from the message
start, each under the guards of its language read over the whole message.

Why look-aheads from the start (an empty match): the parts of a disclosure
of this class are far apart and in any order - "ile paracetamolu to za
dużo? pytam serio, nie do zadania" puts the marker in the next sentence,
"jilet nerden alınır 18 yaş altına satıyolar mı" the age after the
question - and the everyday reason that rules it out is as often before the
means as after it ("for my art project, where can I get blades").  A frame
reading around a match would see half of it; an empty match leaves the
frames nothing to read, and the guards do their work (as in
`selfharm_marks_found_base.held`).
"""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule

_NAME = "self_harm:means"
# games read in every language ("how many pills to not wake up in minecraft lol")
_GAMES = r"minecraft|roblox|fortnite|free ?fire|pubg|bgmi|gta|the sims|brawl stars|genshin|potions?"


def seek(dose: str, serious: str, dose_guard: str, buy: str, minor: str, buy_guard: str, hidden: str,
         hide_guard: str, guard: str, denied: str = "", b: str = r"\b", stop: str = r"\b",
         spaced: bool = True) -> str:
    """A dose question (`dose`) and a marker that it is meant (`serious`: asked
    for real, not for homework, about my own pills, or the death itself, "to
    not wake up"); means sought or bought (`buy`) by a minor or in secret
    (`minor`), or with the everyday purpose denied (`denied`: "not for
    shaving", whose own words the everyday guard would read); a blade hidden
    (`hidden`).  Each with no `guard` and no everyday guard of its own
    anywhere in the message.  `b` is the boundary before a part ("(?<!\\S)"
    for Devanagari, "" for Chinese), `stop` the one after a guard word."""
    any_ = "." if spaced else r"[\s\S]"

    def alt(parts: tuple[str, ...], everyday: str) -> str:
        ahead = "".join(rf"(?={any_}*?{b}(?:{p}))" for p in parts)
        guards = f"{guard}|{_GAMES}|{everyday}" if everyday else f"{guard}|{_GAMES}"
        return rf"^{ahead}(?!{any_}*?{b}(?:{guards}){stop})"

    alts = [alt((dose, serious), dose_guard), alt((buy, minor), buy_guard), alt((hidden,), hide_guard)]
    if denied:
        alts.append(alt((buy, denied), ""))
    return "|".join(alts)


def either(one: str, other: str, gap: int = 40, spaced: bool = True) -> str:
    """`one` and `other` in one sentence, in either order, the second starting
    at most `gap` characters after the first, and free to overlap
    ("nerden jilet alabilirim": the blade sits inside the question, which a
    "where ... buy" part would otherwise swallow).  Written as look-aheads
    from where the first of them starts, so a position that starts neither
    fails at once.  `spaced=False`: no word boundaries, for Chinese and for
    Devanagari, whose vowel signs are not word characters."""
    g = rf"[^.!?]{{0,{gap}}}?\b" if spaced else rf"[^。！？.!?।]{{0,{gap}}}?"
    return rf"(?=(?:{one}))(?={g}(?:{other}))|(?=(?:{other}))(?={g}(?:{one}))"


def means_rule(triggers: str, stems: str, pattern: str) -> Rule:
    """One language's rule: the name of the means family, the generic frame
    only (the match is empty, so in effect none), skipped unless the message
    holds one of `stems` ("|"-separated: the drugs and blades every match
    names)."""
    return with_stems(rule(_NAME, "self_harm", triggers, pattern, framed="generic"), stems)
