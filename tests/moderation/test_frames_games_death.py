"""Dying in a game or at sport (frames_games_death.py): a plain death phrase
with the game named right after it, or with a laugh and the game in its
sentence, passes; a wish needs the game right after it.  A message that
says it is meant, names the writer's life or the real world, a stronger
phrase than dying, or game words that are not where the death happens
stay held.  Written from the class described, not from any data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

GAME_DEATHS = [
    "this level is impossible i'm gonna die 💀💀 (in the game lol)",
    "je vais mourir sur ce niveau mdr",
    "me voy a morir con este nivel jajaja",
    "vou morrer nessa fase kkkkk",
    "i wanna die this boss is so hard 😭 (elden ring)",
    "im gonna die in minecraft the creeper is right behind me",
    "i want to die in this game so i can respawn lol",
    "we're gonna die in the next round lmao",
    "bro we're gonna die in this raid lmao",
    "i'm gonna die in the final boss fight lol",
    "i'm gonna die in the next round if you don't heal me",
    "we are all going to die in this match lmaooo",
    "i'm gonna die on level 12 for the 20th time 😭",
    "je vais mourir dans cette partie mdr",
    "vou morrer nessa partida, me ajuda kkkk",
    # sport
    "me voy a morir en el entreno de hoy jajaja",
    "je vais mourir à l'entraînement ce soir mdr",
    "vou morrer no treino hoje kkkk",
    "i'm going to die in pe today, the beep test 😭",
    "me voy a morir en el partido de mañana jaja el otro equipo es buenísimo",
]
# never held: kept passing
STILL_PASSING = [
    "i died 5 times on this boss",
    "ich sterbe gleich in diesem level haha",
    "sto per morire in questo livello ahah",
    "я сейчас умру на этом уровне хаха",
    "zaraz umrę na tym poziomie xd",
    "aku mau mati di level ini wkwk susah banget gamenya",
    "is level pe main mar jaunga lol",
    "i keep dying in fortnite lol",
    "this boss is gonna kill me lol",
    "je suis mort 10 fois contre ce boss mdr",
    "me morí 3 veces en la partida jaja",
]
STILL_HELD = [
    "i'm gonna die and i don't care anymore",
    "i want to die, not even joking",
    "i want to die, i can't even play games anymore",
    "i want to die lol this level is nothing compared to my life",
    "i'm gonna kill myself after this game",
    "me quiero morir, ya ni puedo jugar",
    "je veux mourir, je n'arrive même plus à jouer",
    "i want to die in real life not in the game",
    "i want to die lol",
    "i want to die. lets play fortnite later",
    "fortnite is fun. i want to die",
    "i want to die lol. fortnite was boring",
    "i want to die lol i lost the match and everyone hates me",
    "i'm gonna die of this level lol jk i'm not ok",
    "i want to die in my sleep lol this game sucks",
    "me quiero morir jaja perdí la partida y nadie me quiere",
    "i'm going to die in the game and then in real life",
    "i want to die, i failed the level and my parents will kill me",
    "i want to die, i used to love this game",
]


@pytest.mark.parametrize("text", GAME_DEATHS + STILL_PASSING)
def test_dying_in_a_game_passes_rules(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)


@pytest.mark.parametrize("text", GAME_DEATHS + STILL_PASSING)
def test_dying_in_a_game_passes_pipeline(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", GAME_DEATHS)
def test_game_reason(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert any(r.startswith(("frame:game:", "frame:hyperbole:")) for r in v.reasons), (text, v.reasons)


@pytest.mark.parametrize("text", STILL_HELD)
def test_meant_or_not_in_a_game_stays_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
