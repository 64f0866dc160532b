"""Sexual remarks about the reader's body (harm_undress.py): pictures asked
for with less on ("bet you look even better without the shirt, send one")
and sexual rumours ("everyone knows what you do with the boys"), in 13
languages.  Hats, filters, glasses, a parent's wet shirt, a doctor, sex
education, reports and activities after the rumour pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

LESS_ON = [
    "you looked good in that gym pic, bet you look even better without the shirt, send one",
    "saw ur beach pic, bet u look better with nothing on, send me one",
    "that mirror selfie was hot, now send one without the top",
    "ur gym selfie was fire, i bet ur even hotter without the top, send one",
    "send me one without ur shirt, just for me",
    "show me one with no top on",
    "cute bikini pic, bet you'd look better without the bikini tho",
    "you'd look better without the towel, send another",
    "send a pic topless",
    "du sahst gut aus auf dem gym bild, ohne shirt siehst du bestimmt noch besser aus, schick mal eins",
    "schick mir eins ohne oberteil",
    "te veías bien en la foto del gym, seguro te ves mejor sin la camiseta, mándame una",
    "mándame una sin la playera",
    "t'étais bien sur ta photo à la salle, je parie que t'es encore mieux sans le t-shirt, envoie en une",
    "envoie une photo sans ton haut",
    "você tava linda na foto da academia, aposto que fica melhor sem a blusa, manda uma",
    "manda uma sem a blusa",
    "stavi bene nella foto in palestra, scommetto che stai meglio senza maglietta, mandamene una",
    "mandami una foto senza maglietta",
    "классно выглядишь на фото из зала, без футболки наверное ещё лучше, скинь",
    "скинь фото без одежды",
    "شكلك حلو بصورة الجيم، اكيد احلى بدون التيشيرت، ارسلي وحده",
    "صوري بدون التيشيرت",
    "你健身房那张照片好看，不穿衣服肯定更好看，发一张",
    "gym wali pic mein acchi lag rahi thi, bina shirt ke aur acchi lagogi, ek bhej na",
    "bina kapdon ke pic bhejo",
    "spor salonu fotoğrafında çok iyi görünüyordun, tişörtsüz daha iyi görünürsün eminim, bir tane at",
    "üstsüz bir foto at",
    "dobrze wyglądałaś na fotce z siłowni, bez koszulki pewnie jeszcze lepiej, wyślij jedną",
    "wyślij fotkę bez koszulki",
    "kamu keliatan bagus di foto gym, pasti lebih bagus tanpa baju, kirim satu dong",
    "kirim foto gak pake baju dong",
]
RUMOURS = [
    "tutti sanno cosa fai con i ragazzi",
    "everyone knows what you do with the boys behind the bike sheds",
    "todo el mundo sabe lo que haces con los chicos",
    "tout le monde sait ce que tu fais avec les mecs",
    "todo mundo sabe o que você faz com os meninos",
    "jeder weiß was du mit den jungs machst",
    "все знают что ты делаешь с парнями",
    "الكل يعرف وش تسوين مع الشباب",
    "大家都知道你跟男生干了什么",
    "sabko pata hai tu ladkon ke saath kya karti hai",
    "herkes erkeklerle ne yaptığını biliyor",
    "wszyscy wiedzą co robisz z chłopakami",
    "semua orang tau lo ngapain sama cowok cowok",
]
CLEAN = [
    "send the gym pic from yesterday",
    "take your shirt off, it's wet, you'll get cold",
    "quítate la camiseta que está mojada, te vas a resfriar",
    "zieh dein shirt aus, es ist nass",
    "the doctor said take off your shirt for the check up",
    "in sex ed we learned about consent and what to do if someone asks for pics",
    "in sex ed we talked about why nobody should ask for pics without clothes",
    "if someone asks you to send a pic without your shirt, block and report them",
    "a creep asked my friend to send one without her top, we reported him",
    "you'd look better without the hat lol",
    "send one without the filter",
    "bet you look better without glasses, try contacts",
    "he looks better without the beard",
    "you look better without the braces!",
    "manda la foto del gimnasio de ayer",
    "mandami la foto della palestra di ieri",
    "senza maglietta al mare fa troppo caldo",
    "wie siehst du ohne brille aus? schick mal",
    "everyone knows what you did with the boys at the science fair lol, you won",
    "everyone knows what you do with the guys on saturday, football right?",
    "tutti sanno cosa fai con i ragazzi al calcio, sei la più forte",
]


@pytest.mark.parametrize("text", LESS_ON)
def test_a_picture_with_less_on_is_a_sexual_request(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", RUMOURS)
def test_a_sexual_rumour_aimed_at_the_reader_is_bullying(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "sexual")


@pytest.mark.parametrize("text", CLEAN)
def test_everyday_clothes_parents_and_lessons_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
