"""A song lyric quoted as stuck in one's head (frames_lyrics.py): the
phrase quoted or tied to the song ("is stuck in my head", "se me pegó",
"tourne en boucle", "Ohrwurm", "mi è rimasta in testa", "застряла в
голове", "dilime dolandı", "chodzi mi po głowie", "nempel di kepala",
"dimaag mein atak gaya", "علقت براسي", "歌词") with a song named, in 13
languages.  The disclosures these resemble stay held: no song, a song
named but not the source of the words ("i just listen to sad songs"), a
quote with no song, and the writer taking the words as their own
("literally me")."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

STILL_HELD = [
    ("i'm so tired of being here", "en"),
    ("im so tired of being here, i just listen to sad songs all day", "en"),
    ('"i want to die" is literally me rn, that song gets it', "en"),
    ("'im so tired of being here' and no one even notices", "en"),
    ("im so tired of being here. this song gets it", "en"),
    ("'ya no quiero vivir' y nadie se da cuenta", "es"),
    ('"eu quero sumir" e ninguém liga', "pt"),
    ("ich will nicht mehr leben, nicht mal meine lieblingslieder helfen", "de"),
    ("non voglio più vivere, ascolto solo canzoni tristi tutto il giorno", "it"),
    ("я устала жить, слушаю грустные песни целыми днями", "ru"),
    ("我不想活了，天天听伤心的歌", "zh"),
    ("artık yaşamak istemiyorum, bütün gün hüzünlü şarkılar dinliyorum", "tr"),
]

LYRICS = [
    ("'im so tired of being here' is stuck in my head, my mum plays evanescence every day", "en"),
    (
        '"i\'m so tired of being here" has been stuck in my head all day thanks to my '
        "mum's evanescence cd",
        "en",
    ),
    ('cant get "i wanna die" by that band out of my head, the chorus is so catchy', "en"),
    ("the song that goes 'i want to disappear' is on repeat in my head lol", "en"),
    (
        'my sister keeps singing "everybody wants to die" from that musical and now it\'s '
        "stuck in my head",
        "en",
    ),
    ("my brother keeps singing 'i wanna die' from that meme song and now it's my earworm too", "en"),
    ("'ya no quiero vivir así' se me pegó la canción que pone mi mamá", "es"),
    ('la canción que va "me quiero morir" se me pegó, la pone mi hermana todo el día', "es"),
    ("'eu quero sumir' essa música não sai da minha cabeça", "pt"),
    ('a música que diz "eu quero morrer" não sai da minha cabeça, minha irmã canta o dia todo', "pt"),
    ('"je veux mourir" de cette chanson tourne en boucle dans ma tête', "fr"),
    ('"je veux disparaître" cette chanson de ma sœur tourne en boucle dans ma tête', "fr"),
    ('"ich will nicht mehr leben" aus dem lied ist mein ohrwurm seit gestern', "de"),
    ('mein ohrwurm heute: "ich will sterben" aus dem lied von meinem bruder lol', "de"),
    ('"non voglio più vivere" quella canzone mi è rimasta in testa', "it"),
    ('la canzone che fa "voglio morire" mi è rimasta in testa, la canta sempre mia sorella', "it"),
    ('"я устала жить" эта песня застряла у меня в голове', "ru"),
    ('песня "хочу умереть" крутится в голове весь день, брат её постоянно поёт', "ru"),
    ('اغنية "بدي موت" علقت براسي', "ar"),
    ("“我不想活了”这句歌词一直在我脑子里", "zh"),
    ('"mujhe marna hai" wala gaana dimaag mein atak gaya hai', "hi"),
    ('bhai "marna chahta hoon" wala gaana gaata rehta hai, dimaag mein atak gaya', "hi"),
    ('"yaşamak istemiyorum" şarkısı dilime dolandı', "tr"),
    ('kardeşim sürekli "ölmek istiyorum" şarkısını söylüyor, dilime dolandı', "tr"),
    ('"nie chcę już żyć" ta piosenka chodzi mi po głowie', "pl"),
    ('piosenka "chcę umrzeć" chodzi mi po głowie od rana, siostra ciągle ją śpiewa', "pl"),
    ('lagu "aku ingin mati saja" nempel terus di kepala', "id"),
    ('lagu "pengen mati aja" nempel di kepala, adikku nyanyi terus', "id"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_disclosures_without_a_song_stay_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), LYRICS)
def test_lyrics_stuck_in_ones_head_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
