"""Presence slights in English (harm_presence_slights.py).

A place that darkens or dies whenever a named classmate comes ("is it just me or
does the room get darker when Priyanka logs on 😬 just saying" - a colourist jibe),
the lights joke ("no need to turn off the lights when priya walks in, nobody can see
her anyway"), "npc" / "zero personality" with the group told not to answer ("+1 to
what Liam said, she's a total n p c, zero personality, dont even reply to her 💀"),
and "the class wasn't sad enough without him".  Hard negatives: the sun, clouds,
blinds, a lamp or a projector darkening the room, adults and family, lights off for
a film or a child scared of the dark, "npc" in games and plays or defined, "don't
reply to her" with no put-down, missing someone, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    # the development lines
    "+1 to what Liam said, she's a total n p c, zero personality, dont even reply to her 💀",
    "is it just me or does the room get darker when Priyanka logs on 😬 just saying",
    # npc / no personality and "don't answer her"
    "agree w jess, he's such an npc, no personality, just ignore him",
    "what maya said tbh, she's literally a npc, zero personality, nobody reply to her",
    "zero personality, dont even reply to her lol",
    "no personality at all, don't bother answering him 💀",
    "she's literally a npc with zero personality, just ignore her",
    "he has the personality of a brick, don't even bother replying to him",
    "honestly zero personality, nobody answer her",
    "she is a total n.p.c honestly",
    "lol ok but he's a total npc",
    # the room darkens or dies when the person comes
    "the room gets darker every time she walks in lol",
    "why does the class go dark whenever aisha joins 💀",
    "it gets darker when kofi logs in, just saying",
    "the lights go out when priya walks in 😂",
    "the whole class gets darker every time amara walks in lol",
    "ngl the vc goes dark whenever kemi unmutes 😂",
    "whenever zara joins the call the room gets darker",
    "the group photo got darker when she stood in it 💀",
    "is it just me or does the chat die whenever ben logs on",
    "the vibe dies every time she joins",
    "the vibe literally dies every time tom talks",
    "the convo dies the second he logs on, every single time",
    # the lights joke
    "no need to turn off the lights when priya walks in, nobody can see her anyway 😂",
    "we can save electricity and turn off the lights when kofi comes in lol",
    # not sad enough without him
    "so nice that jake came again today, the class wasn't sad enough without him",
    "the class wasn't depressing enough without her, thanks for coming amy",
    "wow jake came again, as if the lesson wasn't boring enough",
]

PASS = [
    "is it just me or does the room get darker when the sun sets",
    "npc means non-player character",
    "the room gets darker when i close the blinds",
    "it gets dark so early when winter comes",
    "the room goes dark when the teacher turns on the projector",
    "the screen goes black whenever my brother logs on, his wifi is so bad",
    "the class gets darker when clouds roll in",
    "the room gets darker when she turns off the lamp",
    "the room gets darker when everyone closes their laptops",
    "the chat dies every time the teacher joins lol",
    "the vibe dies when the wifi drops",
    "the vibe dies when the bell rings",
    "the chat dies when everyone goes to sleep",
    "the lights go off automatically when nobody is in the room",
    "the photo got darker when i changed the filter",
    "the room got darker when the clouds came in",
    "when priya walks in the room gets darker because she always closes the curtains",
    "no need to turn off the lights, the movie is starting",
    "turn off the lights when you leave the room please",
    "we don't need to turn off the lights when she comes, she's scared of the dark",
    "nobody can see her in the dark when we play hide and seek lol",
    "the npc in skyrim has zero personality, dont even talk to him",
    "that villager npc has no personality dont reply to him in the game",
    "i don't reply to him cause he's rude, not gonna lie he has zero personality",
    "don't reply to her, she's a bot with zero personality",
    "don't reply to her, she's just tired today",
    "he's not an npc, he's just shy, be nice",
    "is he an npc or a real player?",
    "she's an npc in our school play lol",
    "he is the npc in my minecraft world",
    "it was so sad without him, we missed him so much",
    "the class wasn't the same without him, come back soon",
    "the party wasn't fun enough without him",
    "class was sad without you",
]

REPORTS = [
    'my friend said "she\'s a total npc, zero personality, dont reply to her" about me and i cried',
    'someone wrote "the room gets darker when priya logs on" in the gc, should i tell a mod?',
    'my teacher said "the room gets darker when Priya walks in" is a racist joke and we should report it',
]


@pytest.mark.parametrize("text", HELD)
def test_presence_slights_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:presence" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS + REPORTS)
def test_sunsets_lamps_games_and_missing_someone_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
