"""Jibes without the 'you are a <noun>' shape (harm_jibes.py, packs/ar), one
class per test: superlative put-downs scoped to the group, 'imagine being
this fat and still posting selfies', 'go back to roblox baby' / 'this chat is
for people with brain cells', an embarrassing moment pinned on the reader,
incitement to spam a third person's account, Chinese 'no wonder nobody plays
with you', Arabic 'your look makes the whole class laugh'.

Hard negatives: banter, self-deprecation, going back to a game, sympathy,
birthday spam, talking about bullying.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SUPERLATIVE = [
    "everyone in group 4 agrees ur the most annoying person here. just leave",
    "ur the dumbest kid in this class",
    "eres la persona más pesada del grupo",
    "du bist die nervigste person hier",
]
SUPERLATIVE_NEG = [
    "ur the most annoying person ever lol ily",
    "everyone agrees ur right about the trip",
    "im the most annoying person here lol",
]
STILL_POSTING = [
    "imagine being this fat and still posting selfies 🐷",
    "imagínate ser tan gorda y seguir subiendo selfies",
]
STILL_POSTING_NEG = [
    "imagine being this tired and still having homework",
    "imagine being this dumb and still passing the test, thats me lol",
]
BRAIN_CELLS = [
    "go back to roblox baby, this chat is for people with brain cells",
    "este grupo es para gente con cerebro",
    "go back to cocomelon kid",
]
BRAIN_CELLS_NEG = [
    "lets go back to roblox after dinner",
    "go back to minecraft, the server is up",
    "this chat is for people who like minecraft",
]
EMBARRASSING = [
    "ur the girl from 7B who cried in PE right? 😂 everyone saw the video",
    "lmao look who's typing, the kid who cried when we screenshotted his pics 😂 send them again",
]
EMBARRASSING_NEG = [
    "ur the girl who sang at the concert right? you were amazing",
    "ur the girl who cried at the end of the movie right? me too lol",
]
INCITEMENT = [
    "ben harris from 9C is the one who reported, his snap is benh_09 go spam him 😂",
    "everyone go spam her dms",
]
INCITEMENT_NEG = [
    "stop spamming him",
    "go spam him with birthday wishes 🎉",
]
ZH_AR = [
    "你说话这么蠢，怪不得班上没人跟你玩",
    "难怪没人跟你玩",
    "انت آخر واحد يتكلم عن التنمر، شكلك يضحك الكل في الصف 😂",
    "الكل يضحك على شكلك",
]
ZH_AR_NEG = [
    "难怪没人跟我玩",
    "你说话这么好听",
    "شكلك يضحك 😂 حبيبي",
    "we talked about bullying in class today and how it hurts",
    "i was bullied in year 7, everyone laughed at me",
]


@pytest.mark.parametrize("text", SUPERLATIVE + STILL_POSTING + BRAIN_CELLS + EMBARRASSING
                         + INCITEMENT + ZH_AR)
def test_jibe_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", SUPERLATIVE_NEG + STILL_POSTING_NEG + BRAIN_CELLS_NEG
                         + EMBARRASSING_NEG + INCITEMENT_NEG + ZH_AR_NEG)
def test_banter_and_talk_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


def test_turkish_slur_inflected_is_blocked(pipe: Pipeline) -> None:
    v = pipe.check("sen tam bir ibnesin, sus artık")
    assert "slur" in v.categories, v.reasons
