"""Sarcastic compliments with the put-down after them in en es fr pt it ru tr pl ar
(harm_sarcasm_praise_more.py), and mock bravery with "that face" in fr and pl.

Hard negatives: real praise, a picture of a scarecrow, the writer's own picture,
bravery with a trembling voice, reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "nice pic... perfect for scaring rats 🤣 no wonder nobody wants to be your friend",
    "nice pic, perfect for scaring the kids on halloween",
    "lovely voice... if you're deaf",
    "nice selfie, would scare the crows away",
    "@ella cute pfp, perfect for scaring pigeons",
    "qué bonita tu foto... para espantar cuervos 🤣",
    "qué bonita tu foto, sirve para espantar palomas",
    "tu foto está muy bonita... de espaldas",
    "très jolie ta photo, parfaite pour faire fuir les rats",
    "quel courage de poster une photo avec CETTE tête 🤡",
    "quel courage de montrer ta photo avec cette tête",
    "sua foto tá linda... pra espantar rato 🤣",
    "linda sua foto, pra assustar criança",
    "bella la tua foto, perfetta per spaventare i piccioni",
    "красивое фото... ворон пугать 🤣",
    "красивое фото, только ворон пугать",
    "fotoğrafın çok güzel... fareleri korkutmak için 🤣",
    "sesin çok güzel... sağırsan",
    "ładne zdjęcie... do straszenia wron 🤣",
    "ale odwaga wrzucić zdjęcie z taką twarzą 🤡",
    "ładne zdjęcie, idealne do straszenia wron",
    "صورتك حلوة... تخوف الفيران 🤣",
    "صوتك حلو... لو انت اطرش",
]

PASS = [
    "you look amazing in that picture, perfect for your instagram",
    "nice pic of the scarecrow, perfect for scaring crows",
    "my pic is so bad lol perfect for scaring rats",
    "nice selfie! where was this?",
    "mi foto es horrible jaja sirve para espantar cuervos",
    "qué bonita tu foto, ¿dónde es?",
    "ma photo est trop moche mdr parfaite pour faire fuir les rats",
    "quel courage de parler devant toute la classe avec ta voix tremblante, bravo",
    "la mia foto fa schifo, perfetta per spaventare i piccioni ahah",
    "linda sua foto, amei o vestido",
    "красивое фото, где это?",
    "fotoğrafın çok güzel, nerede çektin?",
    "ładne zdjęcie, gdzie to było?",
    "صورتك حلوة، وين كنت؟",
]

REPORTS = [
    'someone wrote "nice pic... perfect for scaring rats" under my post and i reported it',
    'alguien me escribió "qué bonita tu foto, para espantar cuervos" y lo reporté',
]


@pytest.mark.parametrize("text", HELD)
def test_sarcastic_praise_with_put_down_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_real_praise_and_self_jokes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_sarcasm_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
