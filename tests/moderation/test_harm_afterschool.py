"""A fight announced for after school (harm_afterschool.py: en es fr pt de it pl).

The bare wait at the exit where it is the fight idiom ("ti aspetto all'uscita", "ich
warte nach der schule auf dich"; es fr pt in harm_threats.py), a meeting after school
with a hostile continuation ("wait for me after school, you'll see", "à la sortie du
collège toi et moi", "poczekam na ciebie po lekcjach, zobaczysz") and the Polish body
part first ("jak cię jutro złapię po szkole to ci zęby wybiję").  Hard negatives: the
English arrangement, a plan or a game in the message (frames_meetup.py), "you'll see
my new bike", "bring your friends to the party", reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "wait for me after school, you'll see",
    "see you after school, bring your friends",
    "@tom see you at the gates after school, come alone",
    "meet me behind the school at home time. if you dare",
    "te espero a la salida, ya verás",
    "mañana a la salida te espero, ven solo si te atreves",
    "a la salida nos vemos tú y yo",
    "@pablo te espero a la salida del cole, trae a tus amigos si quieres",
    "je t'attends à la sortie demain, tu vas voir",
    "à la sortie du collège toi et moi",
    "na saída a gente conversa, vai ver só",
    "te espero depois da aula, vem sozinho",
    "ich warte nach der schule auf dich",
    "@lena ich warte nach der schule auf dich",
    "nach der schule vorm tor, du und ich",
    "wir sehen uns nach der schule, komm allein",
    "ti aspetto all'uscita",
    "@sara ti aspetto all'uscita",
    "ti aspetto fuori da scuola domani, vedrai",
    "all'uscita ci vediamo io e te",
    "jak cię jutro złapię po szkole to ci zęby wybiję",
    "poczekam na ciebie po lekcjach, zobaczysz",
    "czekam na ciebie po szkole za garażami, nie uciekniesz",
    "po szkole pod bramą, lepiej przyjdź sam",
]

PASS = [
    "i'll wait for you after school so we can walk home",
    "te espero a la salida para ir al cine",
    "je t'attends à la sortie pour qu'on rentre ensemble",
    "ich warte nach der schule auf dich, dann gehen wir eis essen",
    "ti aspetto all'uscita così torniamo insieme",
    "te espero na saída pra gente ir junto pra casa",
    "poczekam na ciebie po szkole, pójdziemy razem do domu",
    "see you after school, bring your friends to the party!",
    "wait for me after school, you'll see my new bike",
    "after school you'll see the results on the board",
    "i have football after school, you and me should practice together",
    "mum said she'll wait for me after school at the gate",
    "te espero a la salida, traigo el balón y jugamos",
    "nos vemos a la salida y vamos juntos a casa",
    "je t'attends à la sortie, on va manger une glace",
    "à la sortie du collège on va à la bibliothèque toi et moi ?",
    "te espero na saída, vamos tomar sorvete",
    "ti aspetto fuori da scuola, mia mamma ci porta a casa",
    "po szkole czekam na ciebie, idziemy razem na lody",
]

GAME = [
    "te espero a la salida del nivel 3 en el fortnite",
    "ich warte nach der schule auf dich, wir zocken fifa bei mir",
    "in fortnite i'll wait for you after the match at the bus, 1v1 me",
]

REPORTS = [
    'my teacher said "te espero a la salida" is how fights start',
    'un niño me dijo "te espero a la salida" y se lo conté a la profe',
    'er hat geschrieben "ich warte nach der schule auf dich" und ich hab es der lehrerin gesagt',
]


@pytest.mark.parametrize("text", HELD)
def test_after_school_fights_held_as_threat(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_plans_and_everyday_after_school_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", GAME)
def test_game_talk_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_after_school_threats_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
