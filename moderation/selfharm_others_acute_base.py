"""Someone else at risk right now, told by the child: a friend who has just
swallowed a pack of pills or bleach, cut deep, stands on a roof or a bridge
and says she will jump, wants to die *tonight*; a classmate who posted a
goodbye and now does not answer; a brother locked in the bathroom with a
blade.  Usually with "what do I do", "help", "nobody answers".

Why: these messages are the most urgent the consultation can receive (a
moderator must see them at once), and all of them passed.  They are third
person, so the first-person disclosure rules do not read them; where an
older rule did match ("my friend took a lot of pills what do i do"), the
help-seeking frame excused it, because a friend is named and the writer
asks what to do - right for a friend who *used to* self-harm, wrong for a
friend who is swallowing pills now.

How: one rule per language, two gates that must both be there:

* **a person other than the writer**, named at the start of the match: my /
  our friend, sister, brother, cousin, classmate, boyfriend, parent, "a girl
  in my class", or "she just texted me" (ten languages' possessives and
  relation nouns; Turkish and Indonesian suffixes "arkadasim", "temanku");
* **an acute act or state** after it in the message (up to ~110
  characters): a large amount of pills (a whole pack, all of them, a number
  from ten up, an overdose), a poison or cleaning liquid swallowed, a cut
  with its severity (deep, badly, will not stop bleeding, wrists), a jump
  from a high place or a high place with a death word, dying / killing
  oneself with a time (tonight, right now), locked in with a blade, knife,
  pills or rope; or **a goodbye** (post, story, message, "sorry for
  everything") **and being unreachable** (not answering, phone off, nobody
  can reach her), in either order.

The match starts at the person, so the help-seeking frame (which needs the
friend named *before* the match) leaves it alone, and "what do i do" after
it changes nothing.  `framed="generic"`: the generic frame only excuses a
sentence with no first person before the match ("if a friend says she took
pills, tell an adult", "we learned what to do if a friend posts a goodbye",
"in the series her best friend..."); "my friend" itself is inside the match.

What passes, and why:

* the everyday sense of the same words: a friend who took her allergy
  pills or two paracetamol (no large amount), a goodbye post because she
  is moving, leaving the group chat or on holiday (the offline frame and a
  reason guard here), a brother locked in the bathroom doing his hair (no
  blade), a friend "dying" of laughter, jumping into the pool;
* conditionals and the topic ("if my friend ever ...", "what should you do
  if ..."): a conditional word right before the person, or the generic
  frame;
* a past that is over ("last year my friend took pills, she got help and
  is fine now"): a past marker right before the person or anywhere after
  it, or a recovery after it, rules the match out (and the recovered frames
  excuse what remains);
* fiction, games and news (a character, a series, a potion in a game): a
  guard after the person.
* all of one's pills taken *as the doctor said* ("como le dijo el médico",
  "jak kazał lekarz", "按医嘱"), a pill organiser: a guard in every language
  (a large amount alone was held before);
* a goodbye and silence because she went to sleep (Hindi, Chinese), "she'll
  kill herself today *if* mum finds out" (Russian, the time after the verb).

Patterns run on the phrase form (accents stripped, "y" read "why", German
"im" read "i am", Russian "й" as "и", Arabic letter variants folded);
Devanagari and Arabic without a trailing \\b; Chinese on the normalised text.
The shared parts are here (`_acute`, `_acute_more`, `_rule`, `_NB`); the
tables, by family: en de in `selfharm_others_acute.py`, es pt in
`_iberian`, fr it in `_romance`, ru pl in `_slavic`, tr ar in `_mideast`,
Hindi (Hinglish and Devanagari) in `_indic`, id zh in `_asia`.  Every rule
is named `self_harm:others_acute` (a training script reads the name).

A later round: training lines of this class still passed because one gate
of the rule did not know a common form, in every language, not only in the
line seen:

* **the person**: a friend named by slang or a place rather than a
  possessive ("un chavo del grupo", "kumpel", "adik kelasku", "بنت في
  قروبنا", Hinglish "mere dost ne" - the oblique "mere" - and "a boy in
  the group chat");
* **the act**: a death wish *and a plan* ("хочет умереть и у него есть
  план"); the time before the verb ("hoy se va a matar", "tonight she's
  killing herself"); "a lot of medicine" in the singular ("um monte de
  remédio"); pills before their amount (Arabic "بلعت حبوب كتير"); "wrote
  that she is killing herself tonight";
* **a sign paired with an end** (new): a photo of pills, a blade or fresh
  cuts sent or posted, with "it's the end", "ending it tonight", "does not
  want to live any more", a goodbye or no answer ("jiletli fotoğraf ... bu
  gece bitiriyorum", "zdjęcie nadgarstków z ranami ... że to koniec");
* **a place paired with an end** (new): standing at the tracks, on a
  bridge, by the river, with "does not want to go on" or a goodbye ("steht
  an den gleisen und will nicht mehr", "在河边，说了再见");
* **the goodbye and the silence**: a story "saying goodbye" in the gerund
  ("despidiéndose"), "does not open the door" (locked in), an account
  deleted after a goodbye.

Each language's tables of that round (`_WHO_MORE_*`, `_ACTS_MORE_*`, ...,
`_SIGN_*`, `_PLACE_*`, `_ENDS_*`) follow its first tables in its module;
`_acute_more` adds them as alternatives and `_acute` pairs SIGN and PLACE
with ENDS.

What passes, and why: a photo of pills or a blade alone (no end, no silence:
"she sent me a pic of her new meds"), a place alone or with silence only
(someone at the river who does not answer may be swimming), "it's the end
of the year" (no sign or place, and the goodbye guard), the goodbye guards
(moving, a holiday, a dead battery) over every pair, and the guards of each
language (the past that is over, fiction, the topic) over all of it.
"""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule

_NB = r"(?<!\S)"  # start of a word in scripts whose vowel signs are not word characters


def _texts(r: Rule, texts: str) -> Rule:
    """`r` skipped unless the message holds one of `texts` ("|"-separated): the
    stems of its acts and goodbyes, one of which every match contains (the
    person alone, "my friend", is in too many messages to run the patterns)."""
    return with_stems(r, texts)


def _rule(triggers: str, texts: str, pattern: str) -> Rule:
    """The rule of one spaced language: the name a training script reads, the
    generic frame only, and the gate of `texts`."""
    return _texts(rule("self_harm:others_acute", "self_harm", triggers, pattern, framed="generic"), texts)


def _acute(who: str, guard: str, acts: str, bye: str, unreach: str, bye_guard: str,
           b: str = r"\b", pre: str = "", end: str = r"\b", spaced: bool = True,
           sign: str = "", place: str = "", ends: str = "") -> str:
    """The person, then an acute act (with no guard anywhere after the person), or a
    goodbye and being unreachable in either order (and no everyday reason
    for the goodbye).  `b`: the boundary before each part ("(?<!\\S)" for
    Arabic and Devanagari, whose vowel signs are not word characters; "" for
    Chinese) and `end` the one after the person; `pre`: an optional clitic
    before each part (Arabic "و", "ف").  Spaced text is crossed a word at a
    time (about 20 words to the act, 28 between a goodbye and the silence,
    55 for a guard): the parts are only tried at word starts.

    `sign` (a photo of pills, a blade or fresh wounds sent or posted) pairs,
    in either order, with `ends` (it is the end, ending it tonight, does not
    want to live any more), a goodbye or being unreachable; `place` (standing
    at the tracks, on a bridge, by the river) pairs with `ends` or a goodbye
    only (someone at the river who does not answer may be swimming).  Both
    pairs fall under the guard of the goodbyes (moving, a holiday, a trip)
    as well as the general one."""
    if spaced:
        gap, far, rest = r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?", r" (?:\S+ ){0,55}?"
    else:
        gap, far, rest = ".{0,60}?", ".{0,80}?", ".{0,150}?"

    def pair(one: str, other: str) -> str:
        return rf"{gap}{b}{pre}(?:{one}){far}{b}{pre}(?:{other})|{gap}{b}{pre}(?:{other}){far}{b}{pre}(?:{one})"

    pairs = [pair(bye, unreach)]
    if sign:
        pairs.append(pair(sign, "|".join(x for x in (ends, bye, unreach) if x)))
    if place:
        pairs.append(pair(place, "|".join(x for x in (ends, bye) if x)))
    byes = "(?:" + "|".join(pairs) + ")"
    # the guards (long scans) only once the rest has matched: the rest in a lookahead first
    body = rf"(?:{gap}{b}{pre}(?:{acts})|(?={byes})(?!{rest}{b}(?:{bye_guard})){byes})"
    return rf"{b}(?:{who}){end}(?={body})(?!{rest}{b}(?:{guard})){body}"


def _acute_more(who: str, guard: str, acts: str, bye: str, unreach: str, bye_guard: str, *,
                who_more: str, acts_more: str, unreach_more: str, sign: str, place: str, ends: str,
                bye_more: str = "", b: str = r"\b", pre: str = "", end: str = r"\b",
                spaced: bool = True) -> str:
    """`_acute` over a language's first tables with the additions of a later
    round (`*_more`: other ways to name the person, acts, goodbyes and
    silences) and the two pairs (`sign`, `place` with `ends`)."""
    return _acute(f"(?:{who}|{who_more})", guard, f"{acts}|{acts_more}", f"{bye}|{bye_more}" if bye_more else bye,
                  f"{unreach}|{unreach_more}", bye_guard, b=b, pre=pre, end=end, spaced=spaced, sign=sign,
                  place=place, ends=ends)
