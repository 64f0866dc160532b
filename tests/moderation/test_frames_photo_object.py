"""A photo asked for of a thing (frames_photo_object.py): "can you send me a
pic of page 12", "envoie-moi une photo des devoirs", "пришли фото домашки",
"homework ki photo bhejo", "ارسل لي صورة الواجب" pass, excused for every
photo-request rule by one frame; a photo of the person ("send me a photo of
you", "... of your legs", "... of you in your pyjamas"), a thing with the
person added ("... of your cat and one of you") and a thing that is not what
the photo is of ("send a photo, the homework can wait") stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.frames_photo_object import photo_object_frame
from tests.moderation.helpers import clean, held

OBJECT_PHOTOS = [
    # en
    "can you send me a pic of page 12",
    "can u send me a picture of your notes from today",
    "pls send a pic of exercise 4",
    "send me a pic of your cat!!",
    "send me a picture of your dog",
    "send me pics of your notes",
    "send me a photo of your maths homework",
    "show me a pic of your drawing",
    "send me a pic of q3 and q4",
    "can u send a photo of pg 12",
    "send me a vid of ur dog",
    "send me a video of your hamster",
    "send me a picture of your notes, you're a lifesaver",
    "send me a pic of ur notes pls",
    # fr es pt de it
    "envoie-moi une photo des devoirs",
    "envoie moi une photo de la page 12",
    "envoie-moi une photo de ton chat",
    "envoie-moi une photo de l'exercice 3",
    "mándame una foto de la tarea",
    "mandame una foto de los deberes",
    "envíame una foto de la página 12",
    "mándame foto de tu perro",
    "manda uma foto do dever de casa",
    "me manda uma foto da página 12",
    "me envia uma foto do caderno",
    "schick mir ein Foto von den Hausaufgaben",
    "schick mir ein Bild von Seite 12",
    "schick mir ein foto vom stundenplan",
    "mandami una foto dei compiti",
    "mandami una foto della pagina 12",
    "mandami una foto dell'esercizio",
    # ru id hi ar tr pl
    "пришли фото домашки",
    "скинь фотку домашнего задания",
    "скинь фото расписания",
    "пришли мне фото страницы 12",
    "пришли фото с доски",
    "kirimin foto halaman 12",
    "kirim foto tugasnya dong",
    "homework ki photo bhejo",
    "page 12 ki pic bhej do",
    "होमवर्क की फोटो भेजो",
    "ارسل لي صورة الواجب",
    "ابعتلي صورة الصفحة 12",
    "matematik ödevinin fotoğrafını atar mısın",
    "12. sayfanın fotoğrafını gönder",
    "wyślij mi zdjęcie zadania domowego",
    "wyślij zdjęcie strony 12",
]

# the person, a thing with the person added, or no "of": still held
PERSON_PHOTOS = [
    "send me a photo of you",
    "send me a pic of your legs",
    "send a photo, the homework can wait",
    "send me a photo of yourself",
    "send me a pic of you in your pyjamas",
    "send me a photo of your body",
    "send me a pic of your cat and one of you",
    "send me a photo of your homework in your pyjamas",
    "send me a pic of your legs and dog",
    "send me a pic of your cat with you holding it",
    "send me a photo of your dog in your bed",
    "send me a picture of your cat then send me one of you",
    "send me a photo of your room",
    "send me a pic of your outfit",
    "show me a pic of you and your dog",
    "send me pics of your feet",
    "send me a selfie with your homework",
    "send me a pic of your homework lol and one of urself",
    "envoie-moi une photo de toi",
    "envoie-moi une photo de ton chat et de toi",
    "envoie-moi une photo de ton corps",
    "mándame una foto tuya",
    "mándame una foto de tu cara",
    "manda uma foto sua",
    "schick mir ein foto von dir",
    "schick mir ein foto von dir und deinem hund",
    "пришли фото себя",
    "пришли фото, домашка подождёт",
    "пришли фото себя с котом",
    "kirim foto kamu",
    "kirim foto kamu sama kucingmu",
    "kirimin foto muka kamu",
    "apni photo bhejo",
    "ارسل لي صورتك",
    "ابعتلي صورة وجهك",
    "kendi fotoğrafını at",
    "wyślij mi swoje zdjęcie",
]


@pytest.mark.parametrize("text", OBJECT_PHOTOS)
def test_photo_of_a_thing_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", PERSON_PHOTOS)
def test_photo_of_the_person_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")


@pytest.mark.parametrize(
    ("text", "start", "end", "norm", "excused"),
    [
        ("send me a picture of page 12", 0, 17, "send me a pic of page 12", True),
        ("send me a picture of you", 0, 17, "send me a pic of you", False),
        ("пришли фото домашки", 0, 11, "пришли фото домашки", True),
        ("пришли фото домашка подождет", 0, 11, "пришли фото, домашка подождет", False),
    ],
)
def test_frame_reads_the_object_after_the_match(
    text: str, start: int, end: int, norm: str, excused: bool
) -> None:
    assert (photo_object_frame(text, start, end, norm) is not None) is excused
