"""\"Shut up\" as disbelief at the reader's good news (frames_disbelief.py):
"shut up you did NOT just get 100% on the test" passes; "shut up" with an
insult, a put-down of the feat, bad news or nothing after it stays held.
Written from the class described, not from any data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

DISBELIEF = [
    "@Maya shut up you did NOT just get 100% on the test",
    "shut up you actually scored from halfway?? no way",
    "shut up you got into the team?? omg",
    "shut up u won the raffle?! thats insane",
    "shut up you passed your driving test first try??",
    "shut up you're going to the taylor swift concert??",
    "shut up you met him in real life?? no way",
    "shut up you beat the final boss already",
    "shut up you did not",
    "shut up you're kidding, you got the lead in the play??",
    "shut up you finally finished the whole series",
    "shut up you got full marks again?? teach me",
    "omg shut up you got picked for the county team",
    "shut up you aced the maths exam, you said you failed it!!",
    "shut up u got a puppy?!! whats its name",
    "shut up you won first place in the art competition",
    "shut up you really made the team?? proud of you",
]
# other languages were never held: their shut-up rules need an insult
OTHER_LANGS = [
    "cállate, ¿en serio sacaste un 10?",
    "cállate ya, ¿ganaste el concurso? no me lo creo",
    "cala a boca, você tirou 10 na prova??",
    "tais-toi t'as eu 20/20 ?? c'est pas vrai",
    "halt die klappe, du hast echt ne 1 geschrieben??",
    "ma stai zitto, hai vinto davvero?? non ci credo",
]
STILL_HELD = [
    "shut up nobody cares",
    "shut up you're so ugly",
    "shut up you loser",
    "shut up you got 100 you nerd nobody likes you",
    "shut up you only won because you cheated",
    "shut up you got dumped lol",
    "shut up you scored an own goal and lost us the match",
    "shut up you passed out in PE lmao",
    "shut up you won nothing",
    "shut up you idiot",
    "shut up you won, so what, nobody cares",
    "shut up you failed again",
    "shut up you",
    "shut up you got an F",
    "shut up you got fat",
    "shut up you got lucky, go away",
    "shut up you freak",
    "shut up you won by pure luck",
    "shut up you saw nothing",
    "shut up you got in the way",
    "shut up you got into trouble again",
]


@pytest.mark.parametrize("text", DISBELIEF + OTHER_LANGS)
def test_disbelief_passes(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_shut_up_still_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
