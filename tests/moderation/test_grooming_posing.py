"""Functional tests for strangers posing as peers or as scouts
(grooming_more.py: ``grooming:camera``, ``grooming:scout_pictures``), one
class per test, each parametrised over languages.

Written for this file from the failure classes of a blind evaluation (not
its sentences).  The hard negatives share the words: a camera request in a
video lesson, a friend wanting to see a face, a scout camp, a school play's
casting, and reports of a fake scout.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

# -- the camera on "just to see your face" --------------------------------
CAMERA_FACE = [
    ("pls turn on ur cam for a sec, i just wanna see what u look like", "en"),
    ("switch your webcam on quickly, i only want to see your face", "en"),
    ("prende tu cámara un segundo, solo quiero verte la cara", "es"),
    ("allume ta caméra 2 secondes, je veux juste te voir", "fr"),
    ("liga a câmera rapidinho, só quero ver seu rosto", "pt"),
    ("mach mal deine kamera an, ich will nur dein gesicht sehen", "de"),
    ("accendi la webcam un attimo, voglio solo vederti", "it"),
]
CAMERA_FACE_NEG = [
    ("can you turn your camera on for the zoom lesson, the teacher takes the register", "en"),
    ("turn your camera on so we can see your screen", "en"),
    ("everyone turn on your video please, miss wants to see you all for the register", "en"),
    ("my camera is broken so i cant turn it on for class", "en"),
    ("enciende la cámara para la clase de mañana", "es"),
    ("ma caméra ne marche pas pour le cours de maths", "fr"),
    ("meine kamera geht nicht, der lehrer will trotzdem mein gesicht sehen", "de"),
    ("he kept asking me to turn my camera on so he could see my face, i blocked him", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CAMERA_FACE)
def test_camera_to_see_the_face_holds(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CAMERA_FACE_NEG)
def test_camera_for_class_or_reported_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


# -- a "scout" or "agency" asking for pictures first ------------------------
SCOUT = [
    ("im scouting for my agency, send me a few photos of yourself", "en"),
    ("i work as a model scout, just send me some pics first and we'll see", "en"),
    ("soy cazatalentos de una agencia de modelos, mándame unas fotos primero", "es"),
    ("je travaille pour une agence de mannequins, envoie-moi quelques photos d'abord", "fr"),
    ("sou olheiro de uma agência de modelos, me manda umas fotos", "pt"),
    ("ich bin model scout, schick mir erst ein paar fotos", "de"),
    ("sono un talent scout, mandami qualche foto", "it"),
]
SCOUT_NEG = [
    ("scouts camp was fun, send me some pictures from the hike", "en"),
    ("the casting for the school play is on monday, send me some pictures of the costumes", "en"),
    ("my cousin does modelling, send me some pictures of her shoot lol", "en"),
    ("a model scout asked me to send some pictures first so i blocked him", "en"),
    ("my sister is a model scout, she says you need a real portfolio", "en"),
    ("send me a few pics first then ill pick one for the poster", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCOUT)
def test_scout_asking_for_pictures_holds(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SCOUT_NEG)
def test_scout_words_without_the_request_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
