"""First-person self-harm disclosures in Arabizi, spelling breadth (see
moderation/selfharm_arabizi.py and its spelling tables,
moderation/selfharm_arabizi_words.py): wanting to die, killing myself or
ending my life, not wanting to live, no hope left, cutting or hurting myself,
each in many spellings and in Levantine, Egyptian, Gulf, Iraqi and Maghrebi
chat.  Held by the rules alone and by the slot module's rules.  The same
words in everyday messages (dying of laughter, hunger or for someone, games,
"mama ra7 t2telni", cutting vegetables or hair, an accident, not wanting to
live *here*), the past that is over, advice and lessons pass.  The first
lines of each group are the training lines that were shown to other
children; the rest were written for this module, not taken from an
evaluation set."""

from __future__ import annotations

import re

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_arabizi import RULES as ARABIZI_RULES
from moderation.selfharm_arabizi_words import alt, spellings, words
from tests.moderation.helpers import allowed, rules_hold, self_harm_held

# (text, dialect): lev Levantine, egy Egyptian, gulf Gulf, irq Iraqi, mag Maghrebi
WANT_TO_DIE = [
    ("ana badde mout", "lev"),
    ("badde mout", "lev"),
    ("bde mout", "lev"),
    ("beddi mout", "lev"),
    ("ana 3omri 11 sana w badde mout, ma 7ada bi7ebni", "lev"),
    ("wallah baddi mout, ma 3ad fiyi", "lev"),
    ("bidi mout w 5alas", "lev"),
    ("ana bedde moot", "lev"),
    ("bdde mut el leila", "lev"),
    ("ana beddi mot, ma 7ada fehimni", "lev"),
    ("kont badde mout mbere7", "lev"),
    ("ana 3ayza amoot", "egy"),
    ("ana 3awez amout", "egy"),
    ("nefsi amoot w astare7", "egy"),
    ("nifsi amut", "egy"),
    ("ya reet ma kont 3aysh", "egy"),
    ("abi amoot", "gulf"),
    ("ana abgha amoot", "gulf"),
    ("wallah ab8a amoot", "gulf"),
    ("ana abee amout", "gulf"),
    ("ridt amoot", "irq"),
    ("ana areed amoot", "irq"),
    ("reedt amout", "irq"),
    ("bghit nmout", "mag"),
    ("nheb nmout", "mag"),
    ("ana n7eb nmout", "mag"),
    ("bghit nmot daba", "mag"),
    ("ya rait amoot", "lev"),
    ("yareet amoot", "egy"),
    ("ya reetni mett", "lev"),
    ("ya laitani mett", "gulf"),
    ("qarrart anta7er", "lev"),
    ("2arrart ante7er", "egy"),
    ("nawi amoot el leila", "gulf"),
    ("3yza amoot", "egy"),
    ("ana 3ayzah amot", "egy"),
    ("nfsy amot", "egy"),
    ("ra7 ante7er", "lev"),
    ("ra7 ento7er el leila", "lev"),
    ("hanta7er", "egy"),
    ("ghadi nenta7er", "mag"),
]

KILL_OR_END = [
    ("ra7 anhi 7ayati", "lev"),
    ("baddi anhi 7ayati", "lev"),
    ("ra7 a2tol 7ali", "lev"),
    ("ba3d el imti7anat ra7 anhi 7ayati, 5alas 2arrart", "lev"),
    ("bade a2tol 7ali", "lev"),
    ("ra7 a2tel 7ali el leila", "lev"),
    ("baddi a2tol 7ali w 5alas", "lev"),
    ("rah ankhi 7ayati", "lev"),
    ("a5allas 7ayati", "lev"),
    ("baddi a5alles 3ala 7ayati", "lev"),
    ("ta3abt mn 7ayati w badde anhiha", "lev"),
    ("ha2tel nafsi", "egy"),
    ("7a2tel nafsi", "egy"),
    ("ana 3ayez a2tel nafsi", "egy"),
    ("nefsi anhi 7ayati", "egy"),
    ("bentel nafsi", "egy"),
    ("2arrart anhi 7ayati", "egy"),
    ("abi a9tel nafsi", "gulf"),
    ("abgha aqtel nafsi", "gulf"),
    ("ghadi nqtel rasi", "mag"),
    ("bghit nqtel rasi", "mag"),
    # finishing myself off (blind set DA, session 15)
    ("wallah ta3bt, bfakker a5alles 3ala 7ali el leila", "lev"),
    ("ra7 a5alles 3ala 7ali", "lev"),
    ("baddi a5alles 3a 7ali", "lev"),
]

NO_LIFE_NO_HOPE = [
    ("ma baddi 3eesh", "lev"),
    ("ma bedde 3ish", "lev"),
    ("mabaddi 3eesh", "lev"),
    ("ma 3ad baddi 3eesh", "lev"),
    ("mesh 3ayez a3eesh", "egy"),
    ("mish 3ayza a3eesh", "egy"),
    ("ma abi a3eesh", "gulf"),
    ("ma abgha a3eesh", "gulf"),
    ("ma aried a3eesh", "irq"),
    ("mesh 3awza a3eesh tani", "egy"),
    ("ma bghitch n3ich", "mag"),
    ("ma nhebch n3ich", "mag"),
    ("ma ba2a fi 2amal", "lev"),
    ("5alas mafi amal", "lev"),
    ("mafish 2amal fi 7ayati", "egy"),
]

CUTTING = [
    ("bajre7 7ali", "lev"),
    ("ba2ta3 iidi", "lev"),
    ("3am ejra7 7ali", "lev"),
    ("jara7t 7ali mbere7", "lev"),
    ("bajra7 7ali kol lela", "lev"),
    ("ba2ta3 2idi", "lev"),
    ("baddi ajra7 7ali", "lev"),
    ("ra7 ajra7 7ali el leila", "lev"),
    ("bagra7 nafsi", "egy"),
    ("gara7t nafsi embare7 bel mous", "egy"),
    ("2ata3t 2idi el yom bel shafra", "gulf"),
    ("kanjre7 rasi", "mag"),
    ("ba2ta3 3rou2i", "lev"),
    ("3am b2atte3 7ali", "lev"),
]

HELD = WANT_TO_DIE + KILL_OR_END + NO_LIFE_NO_HOPE + CUTTING

# the same words in everyday messages, and the minimal pairs of the lines above
EVERYDAY = [
    "baddi a5alles 3ala 7ali el akl kello",
    "ra7 a5alles 3ala 7ali el wajib",
    "ra7 mout mn el da7ek",
    "bamoot 3al akl",
    "mayta mn el ta3ab ههه",
    "2ataltoh fel game",
    "mat el character",
    "mama ra7 t2telni iza shafet el 3alamat",
    "badde mout mn el ju3",
    "badde mout mn el da7k",
    "badde mout 3aleki",
    "bamoot fik",
    "abi amoot 3ala shawarma",
    "ana ra7 amoot mn el bard",
    "abi amoot mn el wanasa",
    "badde mout mn el 7ob",
    "ana bamoot fi hal oghniye",
    "ra7 a2tol 7ali bel dirase",
    "ra7 ente7er mn el da7k",
    "badde mout w ana ba7dar el film, ktir 7elo",
    "ra7 a2tol 7ali fel game",
    "ra7 a2tol 7ali mn el da7k",
    "baddi a2tol el boss fel game",
    "baddi anhi el wajbat",
    "badde anhiha el wajbat",
    "ra7 anhi el mosalsal el leila",
    "baddi a5alles el level",
    "badde anhi 7ayati el madrasiye b shahade 7elwe",
    "ma baddi 3eesh hon",
    "ma bghitch n3ich f had lblad",
    "ma bghitch n3ich m3ahom",
    "ba2ta3 el bandora",
    "2a6a3t sha3ri mbere7",
    "ba2ta3 2idi iza ma sa7",
    "jara7t 2idi bel sekkine w ana ba2atte3 el salata",
    "jara7t 2idi bel ghalat w ana ba2ta3 el salata",
]

# the past that is over, advice, a lesson
TOPIC_AND_PAST = [
    "kont ajra7 7ali zaman bs halla2 ana mni7a",
    "kont badde mout zaman bs halla2 ana mni7a",
    "kont bajra7 7ali zaman bs halla2 ana mni7a",
    "iza sa7bak 2al badde mout, e7ki ma3 kbir",
    "el miss 2aletlna iza 7ad 2al ra7 a2tol 7ali lazem n2oul la kbir",
    "et3allamna 3an el enti7ar bel madrase",
]
# advice the slot module's match is excused in (the learned scorer holds this line on
# its own, as it did before this module: not a test of the pipeline)
ADVICE_SLOT_ONLY = [
    "law 7ad 2alak bade anhi 7ayati, e7ki ma3o w ma t5alli la7alo",
]

SLOT_SET = RuleSet(ARABIZI_RULES)



@pytest.mark.parametrize(("text", "dialect"), HELD)
def test_disclosures_hold(pipe: Pipeline, text: str, dialect: str) -> None:
    self_harm_held(pipe, text, lang="ar")


@pytest.mark.parametrize(("text", "dialect"), HELD)
def test_held_by_the_rules_without_the_scorer(rules_pipe: Pipeline, text: str, dialect: str) -> None:
    self_harm_held(rules_pipe, text, lang="ar")


@pytest.mark.parametrize(("text", "dialect"), HELD)
def test_held_by_the_slot_module(text: str, dialect: str) -> None:
    assert rules_hold(SLOT_SET, text, "ar"), text


@pytest.mark.parametrize("text", EVERYDAY + TOPIC_AND_PAST)
def test_everyday_past_and_advice_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, lang="ar")


@pytest.mark.parametrize("text", EVERYDAY + TOPIC_AND_PAST + ADVICE_SLOT_ONLY)
def test_everyday_not_held_by_the_slot_module(text: str) -> None:
    assert not rules_hold(SLOT_SET, text, "ar"), text


@pytest.mark.parametrize("group", [WANT_TO_DIE, KILL_OR_END, NO_LIFE_NO_HOPE, CUTTING])
def test_every_class_has_three_dialects(group: list[tuple[str, str]]) -> None:
    assert len({d for _, d in group}) >= 3


# -- the spelling helper ---------------------------------------------------------------------------
def test_spellings_of_free_vowels_and_doubling() -> None:
    assert set(spellings("mUt")) == {"mout", "moot", "mut", "mot"}
    want = set(spellings("bAd~Y"))
    assert {"baddi", "badde", "beddi", "bde", "bdi", "bidi", "badi", "bade", "baddy"} <= want
    assert len(want) == 4 * 2 * 4
    assert set(spellings("3Ish")) == {"3ish", "3eesh", "3esh"}
    assert spellings("ra7") == ("ra7",)


def test_alt_accepts_exactly_the_spellings() -> None:
    rx = re.compile(alt("bAd~Y", "mUt"))
    for w in words("bAd~Y", "mUt"):
        assert rx.fullmatch(w), w
    for w in ("bad", "bdd", "badddi", "maut", "bada", "mout2"):
        assert not rx.fullmatch(w), w


def test_alt_puts_longer_spellings_first() -> None:
    rx = re.compile(alt("mUt", "amUt~"))
    assert rx.match("amoott").group(0) == "amoott"
