"""Wishing not to come back up from under water, dying unnoticed ("if i die
tonight nobody would notice") and going to a roof or a bridge instead of
school (selfharm_unnoticed.py and the tr/pl/id packs).  Swimming, deaths in
games and roofs in stories pass.  Written from a failure class of a blind
evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

UNNOTICED = [
    ("i lie under the bath water and wish i didnt have to come back up", "en"),
    ("me quedo bajo el agua y ojalá no tuviera que salir", "es"),
    ("je reste sous l'eau et j'aimerais ne jamais remonter", "fr"),
    ("ich bleib unter wasser und wünschte ich müsste nicht mehr auftauchen", "de"),
    ("resto sott'acqua e vorrei non dover risalire", "it"),
    ("fico debaixo d'água e queria não ter que subir", "pt"),
    ("лежу под водой и хочу больше не выныривать", "ru"),
    ("if i die tonight nobody will even notice", "en"),
    ("if i disappeared tomorrow no one would even check my snap", "en"),
    ("si me muero esta noche nadie se daría cuenta", "es"),
    ("si je meurs ce soir personne ne le remarquera", "fr"),
    ("wenn ich sterbe würde es keiner merken", "de"),
    ("se muoio stanotte nessuno se ne accorgerebbe", "it"),
    ("se eu morrer hoje ninguém vai perceber", "pt"),
    ("если я умру, никто даже не заметит", "ru"),
    ("لو مت محد راح يلاحظ", "ar"),
    ("如果我死了没有人会发现", "zh"),
    ("agar main mar jaun to kisi ko farak nahi padega", "hi"),
    ("ölsem kimse fark etmez", "tr"),
    ("gdybym umarła nikt by nawet nie zauważył", "pl"),
    ("kalau aku mati malam ini gak ada yang peduli", "id"),
    ("herkes benden nefret ediyor. yarın okula değil çatıya çıkacağım", "tr"),
    ("everyone hates me. tomorrow im not going to school, im going to the roof", "en"),
    ("mañana no voy al insti, me voy a la azotea", "es"),
]
NOT_UNNOTICED = [
    ("i stay under the water at swimming to practise holding my breath", "en"),
    ("if i die in this game i lose all my loot", "en"),
    ("if i die in this level nobody can revive me", "en"),
    ("in the story the boy climbs onto the roof of the building", "en"),
    ("yarın çatıya çıkacağım, antenleri tamir edeceğiz", "tr"),
    ("okula değil kursa gideceğim yarın", "tr"),
    ("kalau aku mati di game ini semua itemku hilang", "id"),
    ("si me muero en el juego pierdo todo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), UNNOTICED)
def test_unnoticed_wishes_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_UNNOTICED)
def test_swimming_games_and_stories_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
