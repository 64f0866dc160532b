"""A third person insulted for their body or their mind and the group told to throw
them out or laugh at them (harm_outcast.py: en es fr pt de it).

The insult ("she's a fat cow", "the fat girl", "this loser", "la gorda de lucía", "die
fette lena") and the call ("vote to kick", "get out of the group", "tell her to shut up",
"que se vaya del grupo", "virez-la") in either order; laughter does not excuse it.  Hard
negatives: one half alone, the reader's own body, things, pets and bots, a game lobby,
reports and advice (excused by the frames).
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD_EN = [
    'everyone vote to kick emma shes a fat cow lol',
    'look at the fat girl lucia talking about self esteem, someone tell her to shut up and leave the group',
    'this loser thinks he knows everything 😂 even his parents are ashamed of him, get out of the group',
    'vote jake out hes so dumb lmao',
    'guys lets vote emma out of the gc, fat cow 😂',
    'kick the fat kid from the group lol',
    'can we kick lucia already shes so fat and ugly lol',
    'omg lucia is so fat 😂 someone kick her',
    'lucia is a fat pig, get her out of the group',
    'everyone laugh at fat lucia lol',
    'tom is so stupid lmao lets all make fun of him',
    'ryan is braindead lol vote him out',
    "who invited her 😂 she's literally a whale",
    'that dumb idiot liam should leave the gc lmaooo',
    'he is so ugly lol tell him to leave',
    'nobody wants her here, shes a disgusting pig haha',
    "mia's so fat she broke the chair 😂 everyone roast her",
    'the ugly kid from 7b keeps posting, just kick him lol',
    'jayden is such a retard lol get him out',
    'she looks like a hippo 💀 vote to remove',
]

HELD_ES_FR_PT_DE_IT = [
    'mirad a la gorda de lucía jajaja que se vaya del grupo',
    'la gorda de marta que se largue del grupo jajaja',
    'votemos para echar a pablo es un tonto jajaja',
    'echadla del grupo, es una vaca asquerosa jaja',
    'pablo es tan tonto xd que se vaya del chat',
    'esa ballena otra vez hablando jajaja echenla',
    'riámonos de ella, es más fea que un pie jajaja',
    'la subnormal de clara no se calla, que alguien la eche',
    "regardez la grosse lucie mdr qu'elle dégage du groupe",
    'votez pour virer paul il est trop con mdr',
    'elle est tellement moche ptdr virez-la',
    'cette grosse vache parle encore, dégage du groupe',
    'il est débile mdr moquez-vous de lui',
    "c'est une baleine sérieux, dites-lui de quitter le groupe",
    'olha a gorda da ana kkkk tira ela do grupo',
    'a ana é uma baleia kkk sai do grupo',
    'o pedro é muito burro kkkk vamos zoar ele',
    'essa feia de novo falando kkkk tira ela',
    'vota pra tirar a julia ela é mó gorda kkk',
    'ele é um retardado kkkk manda ele sair',
    'schaut euch die fette lena an haha die soll aus der gruppe',
    'kickt tim der ist so dumm haha',
    'lena ist so eine fette kuh lol kickt sie',
    'der behinderte jonas nervt, verpiss dich aus der gruppe',
    'sie ist voll hässlich haha lacht sie aus',
    'wir voten ihn raus der ist so blöd xD',
    'guardate la cicciona di giulia ahah che se ne vada dal gruppo',
    'marco è un idiota ahah cacciatelo',
    'giulia è proprio una balena ahahah buttatela fuori dal gruppo',
    'quella cessa scrive ancora, esci dal gruppo',
    'votiamo per cacciarla è troppo brutta ahah',
    'luca è scemo ahah prendiamolo in giro',
]

PASS_EN = [
    "lol emma you're such a cow for eating my fries 😂 love u",
    'vote to kick the afk player lol',
    'the fat cat on my street is so cute',
    'someone said lucia is fat and I told the teacher',
    'we voted to kick a spam bot',
    'im so fat lol kick me from the group',
    'he is so dumb lol he left the group by accident',
    'my brother is so dumb lol he got kicked from the gc for spamming',
    "guys dont laugh at lucia, she's not fat",
    'emma is so smart lol vote her for class president',
    'she is so dumb at maths lol she kicked the ball into her own goal',
    'if someone calls you fat and tells you to leave the group, tell a teacher',
    "they said she's fat and told her to leave the group, that's so mean",
    'lets all laugh at the dumb cat video lol',
    'we should kick the stupid bot from the server',
    'this chicken is so fat lol kick it out of the coop',
    'the fat cat meme is so funny, someone add it to the group',
    "i feel so dumb, i'm gonna leave the group for a bit",
    'my dog is so fat lol we laugh at him every day',
    'who invited the dumb bot to the chat lol',
    'remove the fat from the meat before cooking',
    'kick off is at 3, the coach is so dumb for moving it lol',
    "she said she feels fat so i told her she's beautiful",
    "don't make fun of people for being fat, it's not ok",
    'the new kid is so quiet, lets invite him to the group',
    "i'm so dumb lol i left the group chat by accident, can someone add me back",
    'this song is so dumb lol kick it',
    "i'm gonna get out of this group chat, she's so dumb",
    "i have to get off the chat, he's so stupid lol",
]

PASS_ES_FR_PT_DE_IT = [
    'mi gata está gorda jajaja es adorable',
    'votemos para elegir al delegado de clase',
    'alguien dijo que lucía es gorda y se lo conté a la profe',
    'si alguien te llama gorda y te echan del grupo, cuéntaselo a un adulto',
    'me voy del grupo un rato, estoy cansada',
    'echad un vistazo a la foto del viaje jaja',
    'ma chatte est trop grosse mdr elle dort tout le temps',
    'on vote pour le délégué demain',
    "quelqu'un a dit que lucie est grosse, j'ai prévenu la prof",
    'je quitte le groupe, bonne nuit tout le monde',
    'virez le bot du groupe svp il spamme',
    'meu gato é muito gordo kkkk',
    'vamos votar pra escolher o nome do grupo',
    'alguém chamou a ana de gorda e eu contei pra professora',
    'tira o bot do grupo que ele só manda spam',
    'sai do grupo se quiser, sem problema',
    'meine katze ist so fett haha',
    'kickt den bot aus der gruppe der spammt',
    'jemand hat gesagt lena ist fett und ich hab es der lehrerin gesagt',
    'ich geh aus der gruppe, gute nacht',
    'il mio gatto è grassissimo ahah',
    'cacciate il bot dal gruppo che fa spam',
    "qualcuno ha detto che giulia è grassa e l'ho detto alla prof",
    "esco dal gruppo per un po', ciao a tutti",
    'das ist so dumm, ich geh aus der gruppe',
    'il est trop con ce jeu, je quitte le groupe',
    "c'est une idiote cette prof, je sors du groupe",
    'o filme é muito burro, eu saí do grupo',
    'esse jogo é burro demais, vou sair do grupo',
]

REPORTS = [
    'someone wrote "vote to kick emma shes a fat cow" in the gc and i reported it',
    "if someone says she's fat and tells everyone to kick her from the group, tell a teacher",
    'my friend got told "get out of the group you fat cow", what should i do',
    'they keep saying lucia is so fat and want to kick her from the gc, how do i help her',
    'alguien escribió "mirad a la gorda de lucía, que se vaya del grupo" y lo denuncié',
    'quelqu\'un a écrit "elle est trop moche, virez-la" et je l\'ai signalé',
    'кто-то написал "эта жирная корова, кикните её" и я пожаловалась учителю',
]

GAME = [
    "vote to kick him he's so dumb lol he's afk in ranked",
    "kick him from the lobby hes so dumb lmao he keeps dying at spawn",
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_insult_and_exclusion_call_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert "stage:bullying:exclusion" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_insult_and_exclusion_call_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert "stage:bullying:exclusion" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS_EN)
def test_english_one_half_things_and_affection_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", PASS_ES_FR_PT_DE_IT)
def test_european_one_half_things_and_leaving_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_and_reported_calls_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", GAME)
def test_player_kicked_in_a_game_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
