"""The per-language table of `selfharm_stockpile.py` and the rules built
from it (one table per language, Hindi one per script).

Each class is a pair in one message (`_pair`) or, for a note named as a
suicide note, one form alone (`_alone`), with no everyday word anywhere in
the message.  The match is the message's first word and the parts are
lookaheads (as `selfharm_means_ready.cover_story`): the frames that read
the words of a match would take "reply" or "note" for a goodbye about being
offline and excuse it for a grandma or a "see you" anywhere in the message
(`frames_offline`: "if i don't reply tomorrow it means i did it. tell my
nan i love her"), and "pill box" for grandma's pill box
(`frames_more.purpose_frame`); the everyday reasons of these classes are
the tables' own `m_*` lists.  A match at the message start also escapes the
generic frame, which looks before a match, so advice about a friend or a
hypothetical ("if a friend says she's saving pills for weeks, tell a
trusted adult") is an everyday reason of every table (`_ADVICE`).

Speed: trigger words make a rule a candidate; then the texts one of which
every match contains (`_texts`) are tested before its regex, and each
lookahead starts with a test of the characters its matches can start with
(`_at`): about 20 us per candidate rule over a 700-character message.

Pills only *kept* or *hidden* ("i keep my pills in my bag just in case")
are everyday talk, so they need a sign of a stock (weeks, enough now,
instead of taking them, unnoticed); pills saved up or hoarded, and a
couple taken from someone's pill box, also pair with "just in case" and
"each time".  A birthday not to be lived to needs the birthday (or an
age) named, not only a day.
"""

from __future__ import annotations

from typing import NamedTuple, cast

from .fastre import char_class, first_chars
from .normalise import fold_pattern
from .rule_heads import with_texts
from .rule_texts import required_texts
from .rules import PATTERN_CACHE, Rule, rule


class Stockpile(NamedTuple):
    """One language's parts: regex alternations on the phrase form, trigger
    words (space separated) and second-gate words (`*_req`, "" for none)."""

    pills: str  # triggers of the two stockpiling rules: the pills and pill-box words
    hoard: str  # pills saved up, collected, hoarded; a couple taken from someone's pill box
    hide: str  # pills kept or hidden: only with `stock`
    stock: str  # a stock: weeks, enough now, instead of taking them, unnoticed
    case: str  # "just in case", "each time": with `hoard` only
    m_hoard: str  # an everyday reason: the pharmacy, the doctor, filling grandma's box, money
    if_trig: str
    if_req: str
    absent: str  # "if i'm not online / don't reply tomorrow"
    done: str  # "it means i did it", "it's done", "you'll understand what happened"
    m_absent: str  # an exam, no wifi, a grounding, the phone taken, a trip, sleep
    note_trig: str
    note: str  # my suicide note written (alone)
    m_sui: str  # a story, a book, a film, a school task, a joke (narrower than `m_note`)
    bye_trig: str
    bye_req: str
    farewell: str  # my farewell letter done
    casual: str  # the subject changed: "lol", "btw", "anyway", "weekend plans?"
    m_note: str  # a teacher who retires, a friend who moves, school, fiction, a joke
    funeral_trig: str
    funeral: str  # a playlist for my own funeral
    soon: str  # "it's happening soon", "this friday"
    world_trig: str
    leave: str  # leaving this world
    day: str  # a day or a time
    decide: str  # "decided", "my mind is made up"
    m_world: str  # a game world, a server, fiction
    last_trig: str
    last_req: str
    last: str  # "this is my last week" (not "of the holidays")
    m_last: str
    bday_trig: str
    bday: str  # "i decided i won't live to see it"
    bday_cue: str  # the birthday, an age
    m_bday: str  # a party, a trip, being late
    edge: str = r"\b"


# advice about someone else or a hypothetical, in every language: "if a friend says she's saving
# pills ..., tell a trusted adult", "如果朋友偷偷攒药等周末，要告诉大人" (the generic frame looks
# before a match, and these matches start the message)
_ADVICE = (
    r"if (?:a|your|ur|my) (?:friend|mate|bestie|classmate|sister|brother|kid|child|student)|if "
    r"(?:someone|somebody|anyone)|what (?:should|do|can|would) (?:i|you|we|u) do if|tell (?:a |an )?"
    r"(?:trusted )?(?:adult|grown up|teacher)|si (?:un|una|tu|mi) (?:amig[oa]|compa\w*|herman[oa])|"
    r"si alguien|que (?:hago|hacer|debo hacer) si|(?:dile|decirle|cuentale|avisa) a un adulto|si "
    r"(?:un|une|ton|ta|mon|ma) (?:ami|amie|pote|copain|copine)|si quelqu'un|que faire si|(?:dis|dire|"
    r"previens)(?: le)? a un adulte|se (?:um|uma|seu|sua|teu|tua|meu|minha) (?:amig[oa]|colega)|se "
    r"alguem|o que fazer se|(?:conta|contar|avisa|fala) (?:pra|para|com) um adulto|wenn (?:ein|eine|"
    r"dein|deine|mein|meine) (?:freund\w*|kumpel)|wenn jemand|was (?:tun|soll ich tun|macht man) "
    r"wenn|(?:sag|sagt|erzahl) es einem erwachsenen|se (?:un|una|il tuo|la tua) (?:amic[oa]|"
    r"compagn[oa])|se qualcuno|cosa fare se|(?:dillo|parlane) (?:a|con) un adulto|если (?:друг|"
    r"подруга|твой друг|твоя подруга|кто то|кто нибудь)|что делать если|(?:скажи|расскажи) "
    r"взросл\w*|arkadas\w*|yetiskin\w*|ne yapmali|jesli (?:kolega|kolezanka|przyjaciel\w*|ktos)|"
    r"co zrobic jesli|powiedz doroslemu|(?:kalau|kalo) (?:temen|teman|sahabat|ada yang)|harus "
    r"ngapain|(?:bilang|kasih tau|cerita) ke orang dewasa|(?:اذا|لو) (?:صديقك|صاحبك|صديقتك|صاحبتك|"
    r"احد)|لحدا كبير|لشخص كبير|agar (?:dost|friend|koi)|(?:kisi )?bade ko batao|अगर (?:दोस्त|कोई)|"
    r"बड़ों को|बड़े को|如果(?:朋友|同学|有人|别人)|告诉(?:大人|老师|家长)|怎么办"
)


def _at(alt: str, edge: str) -> str:
    """`_at_uncached`, kept in the pattern cache: parsing each alternation
    on every start cost 0.3 s of start-up."""
    return cast(str, PATTERN_CACHE.memo(f"stockpile_at:v1\0{edge}\0{alt}", lambda: _at_uncached(alt, edge),
                                        uncached=lambda: _at_plain(alt, edge)))


def _at_plain(alt: str, edge: str) -> str:
    """`_at_uncached` without its first-character test: the same matches (with no
    pattern cache the analysis would run on every start, 0.25 s)."""
    start, end = (r"(?<!\w)", r"(?!\w)") if edge else ("", "")
    return rf"{start}(?:{alt}){end}"


def _at_uncached(alt: str, edge: str) -> str:
    """`alt` at a word start and end (`edge`: "" for Devanagari and Chinese,
    which have none), tested first against the characters its matches can
    start with.  Inside a lookahead the regex engine has no prefix to search
    for and tries the alternation at every position of the message (about
    100 us per part over a 700-character message); one set test rejects
    nearly all of them (as `selfharm_notes._word_start`).  The edges are
    "no word character before / after", so a non-word alternative ("\\?")
    can match too."""
    chars = first_chars(fold_pattern(alt), prefix_search=False)
    if chars is None:
        return _at_plain(alt, edge)
    return rf"(?=[{char_class(chars)}]){_at_plain(alt, edge)}"


def _pair(act: str, cue: str, mundane: str, edge: str) -> str:
    """`act` and `cue` anywhere in the message, no `mundane` word in it; the
    match is the first word."""
    return rf"^(?=.*?{_at(act, edge)})(?=.*?{_at(cue, edge)})(?!.*?{_at(mundane, edge)})\S+"


def _alone(form: str, mundane: str, edge: str) -> str:
    """`form` anywhere in the message, no `mundane` word in it."""
    return rf"^(?=.*?{_at(form, edge)})(?!.*?{_at(mundane, edge)})\S+"


def _texts(*parts: str) -> tuple[str, ...]:
    """`_texts_uncached`, kept in the pattern cache (as `_at`)."""
    key = "stockpile_texts:v1\0" + "\0".join(parts)
    # with no pattern cache, no texts: the gate only saves time, and computing it would
    # cost every start a tenth of a second
    return cast("tuple[str, ...]", PATTERN_CACHE.memo(key, lambda: _texts_uncached(*parts), uncached=tuple))


def _texts_uncached(*parts: str) -> tuple[str, ...]:
    """Texts one of which every match of one of `parts` (all of which every
    match needs) contains, the fewest and longest found: `RuleSet.scan` tests
    them before the regex (`rule_heads.with_texts`), so a message that makes
    the rule a candidate by its trigger and has none of them costs a few
    substring tests."""
    best: tuple[str, ...] = ()
    for part in parts:
        runs, any_of, _ = required_texts(fold_pattern(f"(?:{part})"))
        got = any_of or runs[:1]
        if got and (not best or sum(0.3 ** len(t) for t in got) < sum(0.3 ** len(t) for t in best)):
            best = got
    return best


def _rule(name: str, triggers: str, pattern: str, requires: str, *parts: str) -> Rule:
    r = rule(name, "self_harm", triggers, pattern, framed="generic", requires=requires)
    texts = _texts(*parts)
    return with_texts(r, texts) if texts else r


def stockpile_rules(t: Stockpile) -> list[Rule]:
    """The rules of one table."""
    e = t.edge
    m_hoard, m_absent, m_sui, m_note, m_world, m_last, m_bday = (
        f"{m}|{_ADVICE}" for m in (t.m_hoard, t.m_absent, t.m_sui, t.m_note, t.m_world, t.m_last, t.m_bday)
    )
    stock = f"{t.stock}|{t.case}"
    return [
        _rule("self_harm:planning", t.pills, _pair(t.hoard, stock, m_hoard, e), "", t.hoard, stock),
        _rule("self_harm:planning", t.pills, _pair(t.hide, t.stock, m_hoard, e), "", t.hide, t.stock),
        _rule("self_harm:finality", t.if_trig, _pair(t.done, t.absent, m_absent, e), t.if_req,
              t.done, t.absent),
        _rule("self_harm:finality", t.note_trig, _alone(t.note, m_sui, e), "", t.note),
        _rule("self_harm:finality", t.bye_trig, _pair(t.farewell, t.casual, m_note, e), t.bye_req,
              t.farewell),
        _rule("self_harm:finality", t.funeral_trig, _pair(t.funeral, t.soon, m_note, e), "",
              t.funeral, t.soon),
        _rule("self_harm:planning", t.world_trig, _pair(t.leave, f"{t.day}|{t.decide}", m_world, e),
              "", t.leave),
        _rule("self_harm:planning", t.last_trig, _pair(t.last, t.decide, m_last, e), t.last_req,
              t.last, t.decide),
        _rule("self_harm:planning", t.bday_trig, _pair(t.bday, t.bday_cue, m_bday, e), "",
              t.bday, t.bday_cue),
    ]
