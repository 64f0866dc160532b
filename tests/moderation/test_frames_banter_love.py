"""Friends' banter with affection (frames_banter_love.py, frames_banter.py):
"shut up you idiot lol love you", a fond superlative or "weird" with
"ily", and a mild "love how dumb you are" with affection after it pass.
"shut up" with a harsher word, a call to ignore or leave, laughter
without affection, a group ranking and a sarcastic "love how ugly you
are" (harm_sarcasm.py) stay held.  Written from the class described, not
from any data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

BANTER = [
    "omg shut up 😂😂 ur so dumb i love this",
    "shut up you idiot lol love you",
    "omg shut up ur literally the dumbest person i know 😂 ily",
    "shut up loser haha love u",
    "omg stop ur so weird lmao ilysm",
    "shut up you idiot 😂 love you",
    "shut up loser ily",
    "shut up you clown i love you",
    "shut up you absolute muppet 😂 love you mate",
    "omg shut up you're so annoying 😂 love you tho",
    "shut up ur such a dork 😂❤️",
    "ur literally the dumbest person i know 😂 ily",
    "adore how weird you are ❤️ never change",
]
# a mild "love how" with affection after it: the sarcasm rule itself does not match
FOND_LOVE = [
    "love how dumb you are lol ily",
    "i love how annoying you are 😂 ily",
    "love how dumb you look in that filter lmao ur my fav",
]
# passing before: kept passing
STILL_PASSING = [
    "tais-toi t'es trop bête mdr je t'adore",
    "cállate eres tonta jaja te quiero",
    "cala a boca vc é muito burra kkkk te amo",
    "halt die klappe du bist so doof haha hab dich lieb",
    "stai zitta sei scema ahah ti voglio bene",
    "заткнись ты дура хаха люблю тебя",
    "zamknij się głupia jesteś xd kocham cię",
    "chup kar pagal hai tu 😂 love you yaar",
    "闭嘴笨蛋哈哈哈爱你",
    "love how cute you are",
    "i love how you explained it",
    "love how fat my cat is",
    "love how the bus is always late",
    "love how stupid this game is lol",
    "love how gross this cafeteria food is",
]
BULLYING = [
    "shut up ur so dumb nobody likes you",
    "shut up ur so dumb, everyone ignore her",
    "love how ugly you are",
    "i love how ugly you are",
    "love how ugly you are lol",
    "love how ugly you are lol ily",
    "love how fat you are",
    "love how dumb u are",
    "love how dumb you are lmao",
    "i love how stupid you are, shut up",
    "shut up ur so dumb",
    "shut up you idiot",
    "shut up loser",
    "shut up you're so ugly lol love you",
    "shut up ur so dumb i love this group without you",
    "shut up loser nobody likes you",
    "shut up you freak lol love you",
    "shut up you idiot, love how you think anyone cares",
    "shut up you idiot lol. everyone ignore her",
    "ur literally the dumbest person in this class lol",
    "cállate eres tonta nadie te quiere",
    "tais-toi t'es trop bête, personne t'aime",
    "заткнись дура, никто тебя не любит",
]


@pytest.mark.parametrize("text", BANTER + FOND_LOVE + STILL_PASSING)
def test_banter_with_affection_passes(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", BANTER)
def test_banter_reason(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert any(r.startswith("frame:banter:") for r in v.reasons), (text, v.reasons)


@pytest.mark.parametrize("text", BULLYING)
def test_put_down_stays_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


def test_stfu_keeps_its_profanity_hold_only(rules_pipe: Pipeline) -> None:
    # "stfu" is listed profanity (the lexicon has no frames); the bullying is excused
    v = rules_pipe.check("stfu ur such an idiot lmao ily")
    assert "bullying" not in v.categories, v.reasons
    assert "profanity" in v.categories, v.reasons
