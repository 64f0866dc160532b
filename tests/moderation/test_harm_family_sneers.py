"""Family sneers with no insult word (harm_family_sneers.py: en es fr pt de
it; harm_family_sneers_langs.py: id tr ru pl): even the parent could not
stay, the parent as the cause of the reader, a friend explained by pity, a
parent in prison as the explanation.  The writer's own family, praise,
everyday leaving, comfort and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    ("aww leo made a friend? must be nice that someone finally feels sorry for u 🥰 even ur dad couldnt stick around",
     "stage:bullying:family"),
    ("brava giulia, con una madre così non mi stupisce che sei venuta su così 🙃", "stage:bullying:family"),
    ("even your own mum couldn't wait to get rid of you lol", "stage:bullying:family"),
    ("not even your dad could stick around lmao", "stage:bullying:family"),
    ("ni tu padre se quedó contigo jajaja", "stage:bullying:family"),
    ("nemmeno tuo padre è rimasto, chissà perché", "stage:bullying:family"),
    ("même ton père est pas resté mdr", "stage:bullying:family"),
    ("with a mum like that no wonder you turned out like this", "stage:bullying:family"),
    ("no wonder you turned out like this, look at your mum", "stage:bullying:family"),
    ("con una madre así no me extraña que hayas salido así", "stage:bullying:family"),
    ("avec une mère pareille pas étonnant que tu sois comme ça", "stage:bullying:family"),
    ("com uma mãe dessas não é à toa que você saiu assim kkk", "stage:bullying:family"),
    ("bei so einer Mutter kein Wunder, dass du so geworden bist", "stage:bullying:family"),
    ("con un padre del genere non mi stupisce che sei cresciuto così", "stage:bullying:family"),
    ("his dad's in prison, explains a lot", "stage:bullying:family"),
    ("ur dad is in jail, that explains everything lol", "stage:bullying:family"),
    ("bokap lo aja gak betah sama lo", "stage:bullying:family"),
    ("punya emak kayak gitu pantes lo jadi begini", "stage:bullying:family"),
    ("baban bile seninle kalmadı", "stage:bullying:family"),
    ("öyle bir anneyle senin böyle olman normal", "stage:bullying:family"),
    ("даже твой отец не выдержал", "stage:bullying:family"),
    ("с такой мамашей неудивительно, что ты такая", "stage:bullying:family"),
    ("nawet twój stary nie wytrzymał", "stage:bullying:family"),
    ("z taką matką nic dziwnego, że taka jesteś", "stage:bullying:family"),
    # a friend explained by pity
    ("aww leo made a friend? must be nice that someone finally feels sorry for u 🥰", "stage:bullying:exclusion"),
    ("she's only your friend because she feels sorry for you", "stage:bullying:exclusion"),
    ("someone finally took pity on you lol", "stage:bullying:exclusion"),
    ("sólo es tu amiga porque le das pena", "stage:bullying:exclusion"),
]

PASS = [
    "my dad left when I was 3 and I'm fine now",
    "brava giulia, con una madre così brava in matematica ovvio che hai preso 10",
    "even your dad couldn't stay for the second half, the match was so boring",
    "even your dad couldn't stay awake during the film lol",
    "ni tu padre se quedó a la cena? qué pena",
    "nemmeno tuo padre è rimasto a cena? peccato",
    "même ton père est venu au match ? trop bien",
    "i feel sorry for you, that sounds hard",
    "someone finally feels sorry for me lol",
    "she's only my friend because she feels sorry for me 😢",
    "with a mum like that no wonder you're so good at baking!",
    "con una madre così dolce non mi stupisce che sei gentile",
    "con una madre come la tua ovvio che sei bravissima",
    "con una madre así de buena no me extraña que seas tan lista",
    "com uma mãe dessas não é à toa que você é tão inteligente",
    "avec une mère pareille pas étonnant que tu cuisines si bien",
    "bei so einer Mutter kein Wunder, dass du so gut kochen kannst",
    "his dad is in prison, that explains why he's been so sad, let's be kind to him",
    "we learned that saying \"with a mum like that no wonder you turned out like this\" is bullying",
    "a girl in my class wrote \"even ur dad couldnt stick around\" to leo, i told the teacher",
    'my friend got "his dad\'s in prison, explains a lot" in the group chat and she cried',
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_family_sneers_held(rules_pipe: Pipeline, text: str, reason: str) -> None:
    held(rules_pipe, text, "bullying")
    assert reason in rules_pipe.check(text).reasons, (text, rules_pipe.check(text).reasons)


@pytest.mark.parametrize("text", PASS)
def test_own_family_praise_and_reports_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
