"""Exclusion told as a prophecy (harm_friendless.py): "nobody will ever be your friend",
"you'll never have friends", "koi tujhse dosti nahi karega", in 13 languages; the writer's own
fear, a friend's, comparisons ("friends like these"), a first day, a condition and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # hi
    'tum kaale aur mote ho koi tumhare saath nahi baithega',
    'tujhse koi dosti nahi karega kaali',
    'कोई तुझसे दोस्ती नहीं करेगा',
    'तुझसे कोई बात नहीं करेगा',
    'koi tere saath nahi khelega',
    'tera koi dost nahi banega kabhi',
    'tujhe koi pasand nahi karega',
    # en
    'no1 will ever be ur friend',
    "nobody's gonna be ur friend",
    'u will never have friends',
    'ull always be alone',
    'no one will ever want to sit with you',
    'nobody will ever love you',
    'no one is ever going to date you',
    # es fr pt it de
    'nadie querrá ser tu amiga',
    'nunca vas a tener amigos',
    "t'auras jamais d'amis",
    'personne va vouloir traîner avec toi',
    'você nunca vai ter amigos',
    'ninguém vai querer andar com você',
    'non avrai mai amici',
    'nessuno vorrà stare con te',
    'du wirst nie freunde haben',
    'niemand wird je mit dir befreundet sein',
    # ru ar zh
    'у тебя никогда не будет друзей',
    'с тобой никто не будет дружить',
    'никто не захочет с тобой дружить',
    'ما حدا رح يصاحبك',
    'ما راح يكون عندك اصحاب',
    '你永远交不到朋友',
    '没有人愿意和你做朋友',
    # tr pl id
    'kimse seninle arkadaş olmaz',
    'hiç arkadaşın olmayacak',
    'kimse senle takılmak istemez',
    'nigdy nie będziesz mieć przyjaciół',
    'nikt się z tobą nie będzie kolegował',
    'nikt nie zechce się z tobą kolegować',
    'gak bakal ada yang mau temenan sama lo',
    'lo gak bakal punya temen',
    # more, written after the rules
    'nobody will ever wanna be ur friend',
    'personne voudra jamais être ton pote',
    'nessuno vorrà mai uscire con te',
    'kimse seninle takılmaz',
]
PASS = [
    # hi
    'mujhe dar hai koi mujhse dosti nahi karega',
    'koi bhi mujhse baat nahi karta :(',
    'usne bola koi tujhse dosti nahi karega, maine teacher ko bataya',
    # en
    'nobody will be my friend at the new school :(',
    'she thinks nobody will ever be her friend',
    "you'll never have friends like these again",
    'nobody will love you like your mum does',
    'no one will be your friend on the first day, it takes time',
    'no one will sit with you? sit with me!',
    'nobody will be your friend if you keep lying, just saying',
    'he told me "nobody will ever be your friend" and i reported him',
    "don't worry someone will be your friend",
    'my friend said nobody will ever be her friend and she cried',
    "you will never be alone, we're here",
    # es fr pt it de
    'me da miedo que nadie quiera ser mi amiga',
    'nadie va a ser tu amiga el primer día, es normal',
    "j'ai peur que personne veuille être mon ami",
    'tenho medo que ninguém queira ser minha amiga',
    'ho paura che nessuno voglia essere mia amica',
    'ich hab angst dass keiner mit mir befreundet sein will',
    'du wirst nie freunde wie uns finden, wir sind die besten',
    'nessuno sarà mai tuo amico come me',
    # ru ar zh
    'я боюсь что никто не будет со мной дружить',
    'خايفة ما حد يصاحبني',
    '我怕没人跟我做朋友',
    '没人跟你玩吗？我陪你',
    'المعلمة قالت اذا حد قالك محدش هيصاحبك احكي لنا',
    # tr pl id
    'kimse benimle arkadaş olmaz diye korkuyorum',
    'aku takut gak ada yang mau temenan sama aku',
    'temenku bilang gak ada yang mau temenan sama dia, kasian',
    # more, written after the rules
    'nobody will believe you if you lie so much',
    "you'll never have friends like your school friends, enjoy it",
    "my brother said nobody will be his friend at uni, i told him he's wrong",
]


@pytest.mark.parametrize("text", HELD)
def test_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", PASS)
def test_hard_negatives_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
