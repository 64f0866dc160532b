"""Threats of violence with a weapon against a group and mass-violence threats
(harm_weapons.py), one class of case per test, several languages each.

Written from the failure classes of a blind evaluation.  The hard negatives
share the words: hunting licences, toy guns, knives for cooking, news about
school shootings, games, reports to a teacher and films.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

WEAPON_WITH_CONSEQUENCE = [
    'gonna bring my dads gun and make them all pay',
    "i'll bring a knife tomorrow and they'll see",
    'they will all pay, im bringing my dads glock tomorrow',
    "im taking my brothers machete on monday, then we'll see who is laughing now",
    'voy a traer la pistola de mi padre y se van a enterar todos',
    'mañana llevo un cuchillo y ya verán',
    'je vais ramener le flingue de mon père et ils vont tous payer',
    "j'amène un couteau demain et ils vont voir",
    'ich bring morgen die waffe von meinem vater mit und dann werden alle bezahlen',
    'ich nehm morgen ein messer mit, dann werden sie sehen',
    'vou levar a arma do meu pai e eles vão pagar',
    'amanhã levo uma faca e eles vão ver',
    'porto la pistola di mio padre e la pagheranno tutti',
    'domani porto un coltello e vedranno',
    'принесу папин пистолет и они все заплатят',
    'завтра возьму нож и они увидят',
    'راح اجيب مسدس ابوي وراح يدفعون الثمن كلهم',
    'papa ki bandook laaunga aur sabko sabak sikhaunga',
    'kal chaku lekar aaunga phir dekhna',
    'पापा की बंदूक लाकर सबको सबक सिखाऊंगा',
    '我明天带我爸的枪去学校，让他们都付出代价',
]
WEAPON_WITH_CONSEQUENCE_NEG = [
    'my dad has a gun license for hunting',
    'bring your nerf gun',
    "bring your nerf guns tomorrow and they'll see who wins",
    'did you see the news about the school shooting? so scary',
    "i'll bring a knife tomorrow for the cooking class",
    "i'll bring a knife to cut the cake, they'll see how good it is",
    "i'm gonna get a piece of cake and they'll see",
    "he said he would bring a knife and they'll see, i told a teacher",
    'the movie where he brings a gun and makes them all pay was good',
    'voy a traer el cuchillo para la tarta, ya verás qué rica',
    'ich bring morgen ein messer für den kuchen mit',
    'je ramène un couteau pour couper le gâteau, ils vont adorer',
]


@pytest.mark.parametrize("text", WEAPON_WITH_CONSEQUENCE)
def test_weapon_with_consequence_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'threat')


@pytest.mark.parametrize("text", WEAPON_WITH_CONSEQUENCE_NEG)
def test_weapon_with_consequence_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


MASS_VIOLENCE = [
    'im going to shoot up the school',
    "i'll shoot them all tomorrow",
    'gonna kill everyone in my class',
]
MASS_VIOLENCE_NEG = [
    "i'll kill everyone in minecraft lol",
    "i'm gonna kill everyone at uno tonight",
    "i'm gonna kill everyone with this outfit",
    "i'll shoot everyone a message later",
    'kill them all with kindness',
    'we talked about the school shooting in the news today',
]


@pytest.mark.parametrize("text", MASS_VIOLENCE)
def test_mass_violence_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'threat')


@pytest.mark.parametrize("text", MASS_VIOLENCE_NEG)
def test_mass_violence_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
