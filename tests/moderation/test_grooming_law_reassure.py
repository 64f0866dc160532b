"""The law waved away to get a picture (grooming_law_reassure.py, rule
grooming:reassurance): "who cares if it's illegal, send me nudes", "it's not
illegal if you send them to me", "c'est pas illégal si tu m'envoies tes
photos", "no es ilegal si me mandas fotos", "illegal nahi hai agar tum mujhe
photo bhejo" are held in en es fr pt de it hi; the law dismissed about
anything else, lessons, questions and reports pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASSURANCE = [
    "who cares if it's illegal, send me nudes",
    "it's not illegal if you send them to me, i promise",
    "it's only illegal if someone finds out, send me a pic",
    'is it illegal? who cares, send me one',
    "you won't get in trouble if you send me nudes",
    'idc if its illegal just send the pics',
    'it doesnt matter if its against the law, send them',
    "it's not a crime if you only send them to me",
    'its only illegal if your parents find out, so send them',
    'you wont get in trouble for sending them, promise',
    "c'est pas illégal si tu m'envoies tes photos, personne saura",
    'no es ilegal si me mandas fotos',
    'a quien le importa si es ilegal, mándame fotos',
    'solo es delito si alguien se entera, mándamelas',
    'não é crime se você me mandar',
    'ist doch nicht strafbar wenn du mir bilder schickst',
    'non è reato se mi mandi le foto',
    'illegal nahi hai agar tum mujhe photo bhejo',
]

NOT_REASSURANCE = [
    "who cares if it's illegal to download movies lol",
    "it's not illegal to talk about it",
    "our teacher said it's illegal even if you're both 15",
    "he told me it's not illegal if i send them, i blocked him and told my mum",
    "you won't get in trouble for asking for help",
    'is it illegal to record a teacher?',
    "it's only illegal if you sell it, you can watch it online",
    'no es ilegal descargar juegos viejos',
    "c'est pas illégal de regarder des animes en streaming ?",
    'someone told me its only illegal if someone finds out and i reported them',
    'its only illegal if you get caught lol i ate the last cookie',
    'eating in class is only illegal if the teacher finds out',
    "you won't get in trouble for showing the teacher your essay",
    "who cares if it's illegal to download movies, just send me the link",
    'a quien le importa si es ilegal descargar pelis, mándame el link',
]


@pytest.mark.parametrize("text", REASSURANCE)
def test_law_waved_away_for_a_picture_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert "stage:grooming:reassurance" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", NOT_REASSURANCE)
def test_law_talk_without_a_picture_asked_for_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
