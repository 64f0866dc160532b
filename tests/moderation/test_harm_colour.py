"""Skin colour put together with a body insult (harm_colour.py): "tu kaali aur moti hai",
"you're dark and fat", "eres negra y gorda", "你又黑又胖", Hindi colour slurs and "kahin ki";
pets, clothes, cars, the goddess Kali and a black-and-white cat pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # hi
    'तू काली और मोटी है, कोई तुझसे दोस्ती नहीं करेगा',
    'tu kaali aur moti hai',
    'tu kali aur moti hai koi tujhse dosti nahi karega',
    'teri shakal dekh kitni kaali hai',
    'kaali moti kahin ki',
    'कलूटी कहीं की',
    'tu kalua hai',
    'tu kitni kaali hai yaar',
    'oye kaluti idhar aa',
    'tu moti aur kaali dono hai',
    'तू मोटी और काली है',
    'तू कितनी काली है',
    'tu kaali kaluti hai',
    # en
    "you're so dark and fat nobody will ever be your friend",
    'ur dark n fat lol',
    'you are black and ugly',
    'you look so dark and gross',
    'ur fat and dark no wonder',
    # es fr pt it de
    'eres negra y gorda, nadie va a ser tu amiga',
    'eres morena y fea',
    'eres tan prieta y tan gorda',
    "t'es noire et grosse personne voudra être ton amie",
    'tu es moche et noire',
    'você é preta e gorda ninguém vai ser sua amiga',
    'vc é escura e feia',
    'sei nera e grassa nessuno vuole essere tua amica',
    'du bist so dunkel und fett keiner will mit dir befreundet sein',
    'du bist hässlich und schwarz',
    # ru ar zh
    'ты черная и жирная никто не будет с тобой дружить',
    'ты такая смуглая и толстая',
    'انتي سودا وسمينة محدش هيصاحبك',
    'انت سوداء وسمينة ما حد بيصاحبك',
    'انتي سمرا و تخينة',
    '你又黑又胖，没人会跟你做朋友',
    '你这么黑又这么胖谁会跟你玩',
    '你又胖又黑',
    # tr pl id
    'sen kara ve şişmansın kimse seninle arkadaş olmaz',
    'sen kapkara ve çirkinsin',
    'jesteś czarna i gruba nikt nie będzie się z tobą przyjaźnić',
    'jesteś taka czarna i brzydka',
    'kamu item dan gendut gak ada yang mau temenan sama kamu',
    'lu item gendut',
    'dasar item jelek',
    # more, written after the rules
    'tu kaali hai aur moti bhi, koi tujhse baat nahi karega',
    'teri shakal kitni kaali hai yaar ugh',
    'ur so dark and ugly lmao',
]
PASS = [
    # hi
    'kaala chashma pehen ke aaya',
    'tu kaali t-shirt pehen le',
    'mera kutta kaala aur mota hai, bahut cute',
    'meri kali billi moti ho gayi hai',
    'kali mata ki jai',
    'kal milte hain',
    'tu kaali mata ki puja karti hai?',
    'meri mummy ne kaala dhaga bandha',
    'yeh kaali car kiski hai',
    # en
    'your shoes are black and ugly lol',
    'this black and white cat is so fat',
    'the sky is dark and gloomy',
    # es fr pt it de
    'mi perro es negro y gordo jaja',
    'mon chat est noir et gros',
    'meu gato é preto e gordo',
    'il mio gatto è nero e grasso',
    'mein hund ist schwarz und ganz lieb',
    'eres negra? que guapa',
    "t'auras jamais d'amis comme nous mdr",
    # ru ar zh
    'мой кот черный и толстый',
    'قطتي سودا وسمينة',
    '我家的狗又黑又胖',
    '这只猫又黑又胖好可爱',
    # tr pl id
    'kedim siyah ve şişman',
    'boję się że nikt nie będzie się ze mną przyjaźnić',
    'mój kot jest czarny i gruby',
    'kucingku item dan gendut',
    'siyah ve şişman bir kedi gördüm',
    'czarny i gruby kot siedzi na płocie',
    'baju item lu bagus',
    # more, written after the rules
    'dark and fat is how i like my chocolate lol',
    'tu kaali chai peeti hai?',
    'meri dost ki shakal bilkul uski mummy jaisi hai',
]


@pytest.mark.parametrize("text", HELD)
def test_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'bullying')


@pytest.mark.parametrize("text", PASS)
def test_hard_negatives_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
