"""Functional tests for harm_groupchat_gone.py: wishing a peer gone or putting
them in their place (en es fr pt de it): the group agrees someone should
disappear, "let her rot", back to the toilet "where you belong", "nobody
asked for your opinion", "how dare someone so fat speak".

The hard negatives share the vocabulary: "nobody asked but here's my
opinion", things that should disappear (homework, a bug), fruit left to
rot, "welcome back where you belong", defending a friend ("how dare you
call her fat"), genuine questions ("hat dich keiner gefragt ob ...").
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'the whole gc agrees she should just disappear',
    'let her rot',
    'go back to eating lunch in the toilet where you belong',
    'nobody here asked for your opinion',
    'how dare someone so fat and ugly speak, the whole class laughs at you in the group',
    'honestly we all think he should just leave the school',
    'no one asked for ur opinion fatty',
    'go sit in the toilet where u belong loser',
    'the whole class wants you gone',
    'everyone in this chat wishes you would move schools',
    'someone as ugly as you shouldnt even be allowed to talk',
    'she should just vanish, the group is better without her',
    'let him rot alone at lunch lol',
    'how dare a fat loser like you even talk here',
    'we all voted and she should leave the group',
    'todo el grupo está de acuerdo en que ella debería desaparecer',
    'que se pudra',
    'vuelve a comer en el baño que es donde perteneces',
    'nadie aquí pidió tu opinión',
    'cómo se atreve alguien tan gorda y fea a hablar, toda la clase se ríe de ti en el grupo',
    'tú no pintas nada en este grupo',
    "tout le groupe est d'accord, elle devrait juste disparaître",
    'laisse-la pourrir',
    "retourne manger dans les toilettes, c'est ta place",
    "personne ici t'a demandé ton avis",
    "comment quelqu'un d'aussi gros et moche ose parler, toute la classe se moque de toi dans le groupe",
    "t'as rien à faire dans ce groupe",
    'o grupo todo concorda que ela devia sumir',
    'deixa ela apodrecer',
    'volta a almoçar no banheiro que é o seu lugar',
    'ninguém aqui pediu sua opinião',
    'como alguém tão gorda e feia tem coragem de falar, a sala toda ri de você no grupo',
    'die ganze gruppe ist sich einig, sie soll einfach verschwinden',
    'lass sie doch verrotten',
    'geh zurück aufs klo essen, da gehörst du hin',
    'keiner hier hat nach deiner meinung gefragt',
    'wie kann jemand so fettes und hässliches überhaupt reden, die ganze klasse lacht in der gruppe über dich',
    'du hast in dieser gruppe nichts zu suchen',
    "tutto il gruppo è d'accordo che dovrebbe sparire",
    'lasciala marcire',
    'torna a mangiare in bagno che è il tuo posto',
    "nessuno qui ti ha chiesto un'opinione",
    'come osa parlare una così grassa e brutta, tutta la classe ride di te nel gruppo',
    "non c'entri niente in questo gruppo, vattene",
    'we all think she should just leave the school lol',
    'honestly the gc would be better without her',
    'who asked for your opinion fatty',
    'go back to the bins where you belong',
    'how dare someone this ugly post a selfie',
    'people like you shouldnt be allowed to talk',
    'nadie te preguntó gorda',
    'vete al baño a comer que es tu lugar',
    "personne t'a sonné",
    "on s'en fout de ton avis",
    "qu'il pourrisse",
    'ninguém te perguntou',
    'some daqui feia',
    'hat dich keiner gefragt',
    'du hast hier nichts zu suchen',
    'chi ti ha chiesto',
]

PASSES = [
    "nobody asked but here's my opinion",
    'let it rot',
    'let the pumpkin rot in the garden',
    "welcome back, you're back where you belong",
    'the whole class agrees the homework should just disappear lol',
    'how dare they take away our phones during lunch',
    'i ate lunch in the toilet because they laughed at me, what should i do',
    'he should just leave the game if he is lagging',
    'the teacher said nobody should leave anyone out',
    'nobody asked for my opinion but i think the new map is bad',
    'should we vote to kick the bot from the server',
    'they wrote under her picture that she is ugly, how do i help her',
    'my sister should just leave her toxic friends',
    'you belong here, dont let anyone tell you otherwise',
    'nadie pidió mi opinión pero aquí va',
    'dejé que se pudra la fruta',
    "personne m'a demandé mais voilà mon avis",
    'laisse les bananes pourrir',
    'ninguém perguntou mas aqui vai minha opinião',
    'hat keiner gefragt aber hier meine meinung',
    'lass das obst nicht verrotten',
    "nessuno me l'ha chiesto ma ecco la mia opinione",
    'my friends stopped talking to me and now no one in the gc replies, what should i do',
    'the whole class agrees the test should be moved',
    'we all think he should be captain',
    'everyone agrees she should win the prize',
    'let the leaves rot in the compost',
    "stay where you are, i'm coming",
    'no one asked me to the dance and im sad',
    'how dare you say that to my friend',
    'someone as talented as you should post more',
    'the gc is better without the bots',
    'nadie pidió mi opinión jaja pero bueno',
    "personne ne m'a demandé mon avis mais bon",
    'ninguém me perguntou mas acho que sim',
    'mich hat keiner gefragt aber egal',
    "nessuno me l'ha chiesto ma dico la mia",
    'we all think you should leave the group if it makes you sad',
    'how dare you call her fat!!',
    "how dare you say she's ugly, that's so mean",
    "we go eat lunch in the bathroom because it's quiet",
    "i'd rather eat lunch in the toilet than sit with them",
    'go back to bed where you belong lol',
    'everyone thinks she should leave her boyfriend',
    'the whole class wants you to win',
    "personne ne t'a demandé de venir ?",
    'nadie te preguntó si querías venir',
    'hat dich keiner gefragt ob du mitkommst?',
    'chi ti ha chiesto di farlo?',
    'kto cię pytał o to zadanie?',
    'siapa yang nanya lo tadi di kelas?',
    'the group chat is better without all the spam',
    "if someone tells everyone to stop talking to you, that's bullying and you should report it",
    'she told the whole gc that nobody should talk to me',
    'our group agreed that the project should be done by friday',
    'everyone agreed that the bug should disappear after the update',
    "tout le monde est d'accord, le prof devrait partir plus tôt",
    'deixa a banana apodrecer',
    'lass das brot nicht verrotten',
]


@pytest.mark.parametrize("text", HELD)
def test_peer_wished_gone_or_put_in_place_is_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASSES)
def test_own_opinion_things_and_defending_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
