"""Presence jibes in English (harm_presence_jibes.py).

A named person's arrival made out to spoil things, or the group invited to mock
them: "the vibe died the second Tom joined the call 😬", "class was almost fun until
she walked in", "poll: how long until Ben cries again? i say tuesday", "whoever has
to sit by Leah bring air freshener lol jk", "she's such a npc, no personality, just
ignore her msgs", "wow he came again, like we weren't bored enough 🥰", "she turns
up uninvited every time, like mould".  Hard negatives: causes that are not a person
(the wifi, a fire drill, the rain), adults and family, arrivals with news or tears,
polls and bets with no one to cry, crying at a film, "npc" in games, friendly
greetings, surprises, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "the vibe died the second Tom joined the call 😬",
    "class was almost fun until she walked in",
    "poll: how long until Ben cries again? i say tuesday",
    "whoever has to sit by Leah bring air freshener lol jk",
    "she's such a npc, no personality, just ignore her msgs",
    "wow he came again, like we weren't bored enough 🥰",
    "she turns up uninvited every time, like mould",
    "the mood literally died as soon as jake came in",
    "tom joined the vc and the vibe instantly died",
    "maths was actually chill today until he sat down",
    "we were having so much fun till she showed up",
    "the gc was so much better before she joined",
    "bets on how long before she starts crying",
    "place your bets: when does amelia run to miss this time",
    "how long till he snitches again lol",
    "rip to whoever has to sit next to him, bring a gas mask",
    "he's literally an npc lmao",
    "she has the personality of a wet sock",
    "he has zero personality tbh",
    "ugh look who's back",
    "oh great he's here again",
    "great, he joined again",
    "she joined, everyone leave lol",
    "he keeps showing up like a bad smell",
    "like a rash, she just keeps turning up",
    "she killed the vibe again as usual",
    "he's such a vibe killer",
    "it got dark the second she walked in lol",
    "sophie showed up and there goes the vibe",
    "the energy dropped the moment emma walked in",
    "the whole call went silent when he unmuted lmao",
    "lunch was actually peaceful until the new girl sat down",
    "english was fine till jake opened his mouth",
    "taking bets on when she has another meltdown",
    "countdown till he rage quits the gc again",
    "good luck to whoever sits by him on the trip, bring nose plugs",
    "whoever has to partner with sam tomorrow bring febreze 💀",
    "he's basically a walking npc",
    "that girl is such an npc fr",
    "lily has no personality at all",
    "he showed up again, as if this day wasn't bad enough",
    "ugh she's back",
    "omg she joined again, there goes the mood",
    "he's like a rash, always turns up",
    "she follows us everywhere like a lost puppy",
]

PASS = [
    "the vibe died when the wifi cut out",
    "class was fun until the fire drill",
    "poll: pizza or pasta on friday?",
    "i cried in class today lol the film was so sad",
    "npc is a gaming word for a computer character",
    "yay Tom joined!",
    "the vibe died the second the teacher joined lol",
    "class was fun until she walked in with cake!!",
    "everything was fine until he came in and told us the news",
    "the party was dead until tom showed up, then it was amazing",
    "bets on how long until the movie starts",
    "how long until ben gets here?",
    "whoever sits by Leah bring her the homework, she's sick",
    "whoever sits next to the window bring a jumper lol",
    "in minecraft he's an npc villager lol",
    "i feel like an npc today",
    "the npc in this game has no personality lol",
    "oh no she's here, hide the cake",
    "mould keeps turning up in the bathroom",
    "she turns up every time like clockwork",
    "lunch was fine until my mum called",
    "she's back from holiday yay",
    "tom came back, just what we needed, he brought pizza",
    "i bet she cries at the end of the movie lol",
    "the vibe died when the music stopped",
    "class was chill until the sub came in",
    "the call was fine until my dad walked in lol",
    "we were having fun until the bell rang",
    "the party was lit and then she showed up with pizza!",
    "guess how long the movie is",
    "whoever sits next to me bring a pencil",
    "npcs in skyrim have no personality",
    "my character in the play is an npc",
    "she has a great personality",
    "she has no personality disorder, she's fine",
    "he came back again to say sorry, i think that's enough",
    "oh great he's here, now we can start the game",
    "wow she came again, second day in a row, i'm proud",
    "he keeps coming back like a boomerang lol",
    "everyone leave the call at 5, mum said",
    "tom joined, let's go!",
    "my phone died when he came over",
    "the game crashed the second tom joined lol, stupid servers",
    "the call dropped when she joined, the wifi is bad",
    "awesome she's here!",
    "perfect, tom joined, now we can start",
    "look who's back! missed you",
    "look who's here!",
    "she came to my party like i asked, that's enough for me",
    "we had a fish and it died when he came back from holiday",
]

REPORTS = [
    'my friend said "the vibe died the second Tom joined" and tom was sad',
    'someone wrote "class was almost fun until she walked in" about me',
    'if someone says "whoever sits by her bring air freshener", tell a teacher',
    'they keep saying "she\'s such an npc" about me, what should i do',
]


@pytest.mark.parametrize("text", HELD)
def test_presence_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:presence" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_things_adults_news_games_and_greetings_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_and_reported_jibes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
