"""The shape of the rule of `selfharm_others_now.py` (someone else at risk
right now, a third round), shared by its 13 languages.

Why a shape of its own rather than `selfharm_others_acute_base._acute`: the
pairs this round adds are not "a goodbye and a silence".  A *last night* of
hers, a photo of her bleeding arm, "take care of my dog for me" and a person
on a roof or locked in the bathroom each hold only beside a second part, and
the older shape puts its goodbye guard ("last day", a holiday) over every
pair, which would rule out the very "last night" this round adds.  Here each
language gives:

* `acts`: held alone after the person (reported speech in the present -
  "he said hes cutting", "scrive che stasera si butta dal ponte", "bilang mau
  lompat dari lantai 4 sekarang" -, the reflexive in the progressive -
  "cortándose", "se está cortando" -, a poison swallowed);
* `signs`: a photo or voice note of cuts or blood, a last *night* of hers
  (or the last day of her life), an entrusting goodbye ("cuida a mi perro
  por mí"), each paired in either order with `ends` (wants it all to be
  over, wants to die, forgive me, a jump now) or a silence (`unreach`, the
  older tables);
* `places`: on a roof, a ledge, "up there", locked in the bathroom or her
  room, paired with `ends` (her last night or last *day* counts there: "é o
  último dia dela" and locked in her room; a last day with no answer is as
  often a last school day, and passes).

A last day, "locked in her room crying and won't open the door" and a
photo of a bleeding arm with no end are left out on purpose: each is an
everyday sulk, a last school day or a fall as often as a risk.

The guard is the older one of the language (a past that is over, fiction,
the topic, accidents) with `everyday` added (hair, paper, vegetables, a
diving board or the sofa, rats, laughing, a camp or a holiday); it is read
over the whole message, as in `selfharm_others_silence_base._silence` ("in
the series her friend jumps" names the series before the person).
"""

from __future__ import annotations

# start of a word, also after a quote mark ("'سامحوني'") or in scripts whose vowel signs are
# not word characters (Arabic, Devanagari)
_NB = r"(?<![^\s'\"«(])"
# a quote mark before a part ("mandó 'cuida a mi perro por mí'", "كاتب 'سامحوني'")
_Q = r"['\"«(]*"


def _now(who: str, guard: str, acts: str, signs: str, places: str, ends: str, unreach: str,
         b: str = r"\b", pre: str = "", end: str = r"\b", spaced: bool = True) -> str:
    """No guard anywhere in the message (a series or a lesson named before the
    person as well as after), then the person, then within about 20 words an
    act, or a sign with an end or a silence, or a place with an end, the two
    parts of a pair in either order within about 28 words.  The match runs
    from the message start to the person (the rest is looked ahead): a frame
    that reads the words inside a match would find the pet of an entrusting
    goodbye ("cuida do meu cachorro") and take it for the cause of a healing
    mark (frames_healing.py), and the generic frame finds nothing before it."""
    if spaced:
        any_, gap, far = ".", r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?"
    else:
        any_, gap, far = r"[\s\S]", ".{0,60}?", ".{0,80}?"

    def pair(one: str, other: str) -> str:
        return (rf"{gap}{_Q}{b}{pre}(?:{one}){far}{_Q}{b}{pre}(?:{other})"
                rf"|{gap}{_Q}{b}{pre}(?:{other}){far}{_Q}{b}{pre}(?:{one})")

    alone = rf"{gap}{_Q}{b}{pre}(?:{acts})"
    body = "(?:" + "|".join((alone, pair(signs, f"{ends}|{unreach}"), pair(places, ends))) + ")"
    person = rf"{any_}*?{b}(?:{who}){end}(?={body})"
    # the guard (a long scan) only once the rest has matched: the rest in a lookahead first
    return rf"^(?={person})(?!{any_}*?{b}(?:{guard})){person}"
