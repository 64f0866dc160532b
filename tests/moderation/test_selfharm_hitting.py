"""Hitting oneself: head against a wall, punching or slapping oneself, with
a feeling, 'until it hurts', punishment or habit (selfharm_hitting.py and
the tr/pl/id packs).  Accidents, sport injuries and the idiom for a hard
task pass.  Written from a failure class of a blind evaluation, not its
sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HITTING = [
    ("i bang my head against the wall when i get angry", "en"),
    ("i keep smashing my head on the desk until i feel dizzy", "en"),
    ("when im overwhelmed i slam my head into the wall", "en"),
    ("i punch myself when im upset and it leaves bruises", "en"),
    ("me golpeo la cabeza contra la pared cuando estoy enfadada", "es"),
    ("me doy cabezazos contra la pared hasta que me duela", "es"),
    ("je me cogne la tête contre le mur quand je suis en colère", "fr"),
    ("je me frappe jusqu'à avoir des bleus", "fr"),
    ("ich schlage meinen kopf gegen die wand wenn ich traurig bin", "de"),
    ("ich hau mich selbst bis es weh tut", "de"),
    ("sbatto la testa contro il muro quando sono arrabbiata", "it"),
    ("mi prendo a pugni quando sono in ansia", "it"),
    ("bato a cabeça na parede quando fico nervosa", "pt"),
    ("dou socos em mim mesma até ficar roxo de propósito", "pt"),
    ("я бьюсь головой об стену", "ru"),
    ("бью себя по лицу когда злюсь", "ru"),
    ("صرت أضرب راسي بالحيط كل ما أزعل", "ar"),
    ("اضرب نفسي لما اتضايق", "ar"),
    ("我生气的时候会用头撞墙", "zh"),
    ("मैं गुस्से में अपना सिर दीवार पर मारती हूँ", "hi"),
    ("jab tension hoti hai main apna sir deewar pe maarti hoon", "hi"),
    ("kafamı duvara vuruyorum sinirlenince", "tr"),
    ("walę głową w ścianę jak się zdenerwuję", "pl"),
    ("aku membenturkan kepala ke tembok kalau lagi stres", "id"),
]
NOT_HITTING = [
    ("i hit my head on the door lol", "en"),
    ("banging my head against the wall trying to solve this maths", "en"),
    ("i was banging my head against the wall over this essay", "en"),
    ("i hit my head in football practice and got a concussion", "en"),
    ("my little brother bangs his head on the wall when hes angry, is that normal", "en"),
    ("me di un golpe en la cabeza jugando al fútbol", "es"),
    ("je me tape la tête contre le mur avec ces exercices de maths", "fr"),
    ("ich hab mir beim handball den kopf angeschlagen", "de"),
    ("sbatto la testa contro il muro con questi esercizi di matematica", "it"),
    ("bati a cabeça na porta sem querer kkk", "pt"),
    ("бьюсь головой об стену над этой задачей", "ru"),
    ("ضربت راسي بالباب ههههه", "ar"),
    ("学习撞墙了，这道题太难", "zh"),
    ("kafamı kapıya çarptım az önce", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), HITTING)
def test_hitting_oneself_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_HITTING)
def test_accidents_sport_and_the_idiom_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# a fist into a wall until it bleeds (a session-13 training line: "i punch the wall in my room
# til my knuckles split, my dad thinks i fell off my bike"); "hit the wall" is a runner's idiom
FIST_WALL = [
    ("i punch the wall in my room til my knuckles split, my dad thinks i fell off my bike", "en"),
    ("i keep punching the wall until it hurts", "en"),
    ("le pego puñetazos a la pared hasta que me sangran los nudillos", "es"),
    ("je frappe le mur jusqu'à saigner quand ça va pas", "fr"),
    ("ich schlage gegen die wand bis meine knöchel bluten", "de"),
    ("prendo a pugni il muro finché le nocche sanguinano", "it"),
    ("soco a parede até sangrar", "pt"),
    ("бью кулаком в стену пока костяшки не разобью", "ru"),
]
NOT_FIST_WALL = [
    ("i hit the wall at mile 20 and my legs were bleeding blisters", "en"),
    ("i punched the wall in the game and it broke lol", "en"),
    ("the boxer punched the wall until his knuckles bled in the movie", "en"),
    ("my brother punched the wall and broke it, mum is furious", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FIST_WALL)
def test_a_fist_into_a_wall_until_it_bleeds_holds(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_FIST_WALL)
def test_the_wall_idiom_games_and_others_pass(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang=lang)
