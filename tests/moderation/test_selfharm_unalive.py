"""'Unalive' and 'sewerslide' as a gerund, a noun or a bare verb, with
fillers and misspellings (selfharm_unalive.py): held on the rules alone.
The slang aimed at a thing, a game or someone else, talk about the word and
an everyday bus stay allowed, as do the excuses that already worked."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

GERUND = [
    "thinking about unaliving tbh",
    "been considering unaliving lately",
    "i keep thinking about unaliving",
    "sometimes i think about unaliving",
    "i'm so close to unaliving",
    "lowkey fantasizing about unaliving rn",
    "ngl i've been dreaming of unaliving so much",
    "thinkin about unalivin again",
    "unaliving sounds nice rn",
    "honestly unaliving is looking better every day",
    "unaliving would be so much easier",
    "unaliving myself rn sounds good",
]
PLANNED = [
    "planning my unalive",
    "i've been planning my unalive for weeks",
    "my unalive plan is ready",
    "wrote my unalive note last night",
    "already picked my unalive date",
]
BARE_VERB = [
    "i might unalive soon",
    "i should just unalive lol",
    "ready to unalive tbh",
    "i could unalive rn and nobody would notice",
    "time to unalive fr",
    "i will unalive tonight",
]
MISSPELT = [
    "i wanna unalve",
    "i want to un-alive myself",
    "i want to un alive myself",
    "gonna unalve myself fr",
    "i wanna unaIive tbh",
]
SEWERSLIDE = [
    "sewerslide thoughts again",
    "been having sewerslide thoughts lately",
    "my sewerslide urges are back",
    "feeling sewerslidal tonight",
    "sewerslide is on my mind 24/7",
    "i keep thinking about sewerslide tbh",
]
BUS = [
    "im gonna catch the bus tonight 🚌 for good",
    "ready to catch the bus and never come back",
]
# the verb at a thing, a game, another person; talk about the word; an everyday bus
NOT_ABOUT_THE_WRITER = [
    "the boss unalived me 5 times",
    "this song unalived me lol",
    "this homework is gonna unalive me",
    "i'm about to unalive this essay",
    "the creeper unalived me again",
    "that joke unalived me 💀",
    "this level keeps unaliving me lol",
    "i had a dream about unaliving zombies",
    "thinking about unaliving the final boss tonight",
    "thinking about unaliving my sims family lol",
    "unaliving is never the answer",
    "unaliving in minecraft is so easy",
    "the unaliving scene in the movie was sad",
    "i might unalive this homework",
    "ready to unalive this test tomorrow",
    "time to unalive some zombies",
    "my unalive count in fortnite is 20",
    "planning my unalive streak in the game lol",
    "that video about unaliving was taken down",
    "people say unalive because of the filter",
    "what does unalive mean",
    "if you're thinking about unaliving please talk to someone",
    "sewerslide prevention week at school",
    "how to help a friend with sewerslide thoughts",
    "why do people say sewerslide",
    "catch the bus tonight 🚌",
    "gotta catch the bus tonight 🚌 see u tmrw",
    "i caught the bus to school this morning 🚌",
    "gonna catch the bus to grandmas forever lol",
]


@pytest.mark.parametrize("text", GERUND)
def test_unaliving_thought_about_or_wished_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", PLANNED)
def test_a_planned_unalive_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", BARE_VERB)
def test_bare_verb_with_filler_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", MISSPELT)
def test_misspelt_and_split_forms_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", SEWERSLIDE)
def test_sewerslide_as_the_writers_state_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", BUS)
def test_catch_the_bus_for_good_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", NOT_ABOUT_THE_WRITER)
def test_things_games_talk_and_buses_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# the writer's arc / era / season of it (a period of self-harm to come)
ARC = [
    "unalive arc",
    "entering my unalive arc",
    "my villain arc is unaliving",
    "unalive era",
    "sewerslide season",
    "my unalive arc starts tonight",
    "its giving unalive era",
    "in my sewerslide era fr",
    "sewerslide arc loading",
    "welcome to my unalive era",
    "officially entering my unalive era tbh",
    "unalive szn is coming",
    "my sad girl era is gonna be unaliving",
    "my unalive era starts after exams",
    "lowkey unalive arc",
]
# a story's, a game's or someone else's arc; talk about the slang
ARC_NOT_THE_WRITERS = [
    "my unalive arc in the game",
    "her villain arc",
    "my villain arc",
    "my gym era",
    "the unalive arc of naruto was sad",
    "his unalive arc was so sad",
    "that character's unalive era",
    "my oc's unalive arc in my fanfic",
    "unalive arc memes are so dark",
    "my villain arc is unaliving every zombie in minecraft",
    "the unalive era of tiktok slang is so weird",
    "welcome to my unalive arc (roblox edition)",
    "my unalive arc in fortnite starts now",
    "sewerslide season 2 episode 4 was good",
    "what does unalive era mean",
]


@pytest.mark.parametrize("text", ARC)
def test_the_writers_unalive_arc_or_era_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", ARC_NOT_THE_WRITERS)
def test_a_storys_or_games_arc_and_talk_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
