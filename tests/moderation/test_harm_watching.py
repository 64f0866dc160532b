"""Surveillance threats (harm_watching.py): the writer shows he knows the
reader's home or movements, and warns, in 13 languages.  Knowledge alone
(a compliment on a door, a friend who saw you leave) and a warning alone
("see what happens if you mix baking soda and vinegar") pass, as do praise
and reports."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

WATCHING_AND_WARNING = [
    "nice red door on your house btw, saw you walk in at 4, keep talking and see what happens",
    "saw you leave your house at 8 this morning. blue jacket. keep it up and see what happens",
    "cute little house on maple street. i know which window is yours. watch yourself",
    "nice bike you leave outside your house every night. would be a shame if something happened to it",
    "i know what time you walk your dog. keep snitching and see what happens",
    "i know you get off the bus at 3:15. one more word and see",
    "i followed you home yesterday. keep talking",
    "saw u leaving ur house this morning, keep snitching and see what happens",
    "schöne rote tür übrigens, hab gesehen wie du um 4 reingegangen bist, red weiter und du wirst sehen was passiert",
    "ich weiß wann du aus dem bus steigst. mach weiter so und schau was passiert",
    "bonita puerta roja la de tu casa, te vi entrar a las 4, sigue hablando y verás lo que pasa",
    "te vi saliendo de tu casa a las 8. sigue hablando",
    "jolie porte rouge chez toi au fait, je t'ai vu rentrer à 16h, continue de parler et tu vas voir ce qui "
    "va se passer",
    "je sais à quelle heure tu rentres. continue de parler et tu verras",
    "bonita a porta vermelha da tua casa, te vi entrando às 4, continua falando e vê o que acontece",
    "bella la porta rossa di casa tua, ti ho visto entrare alle 4, continua a parlare e vedi cosa succede",
    "ti ho visto uscire di casa alle 7. continua a parlare e vedrai",
    "красивая красная дверь у твоего дома, видел как ты зашёл в 4, продолжай болтать и посмотрим что будет",
    "видел как ты выходил из подъезда. еще одно слово",
    "باب بيتكم الاحمر حلو، شفتك داخل الساعة ٤، كمل كلامك وشوف وش بيصير",
    "شفتك طالع من البيت الصبح. كمل كلامك وبتشوف",
    "你家红色的门挺好看的，看到你四点进去了，继续说试试看会怎样",
    "我知道你每天几点回家，小心点",
    "tere ghar ka laal darwaza accha hai, 4 baje andar jaate dekha tha, bolta reh phir dekh kya hota hai",
    "tujhe ghar se nikalte dekha tha subah, bolta reh phir dekh",
    "evinin kırmızı kapısı güzelmiş bu arada, saat 4te girdiğini gördüm, konuşmaya devam et de gör bak ne oluyor",
    "seni evden çıkarken gördüm. devam et görürsün",
    "ładne czerwone drzwi w twoim domu, widziałem jak wchodziłeś o 16, gadaj dalej to zobaczysz co będzie",
    "widziałem jak wychodziłaś z domu. gadaj dalej",
    "pintu merah rumah lo bagus juga ya, liat lo masuk jam 4, terus aja ngomong liat apa yang terjadi",
    "gue tau jam berapa lo keluar rumah. terusin aja liat nanti",
]
CLEAN = [
    "nice door colour, saw it when I walked past",
    "see what happens if you mix baking soda and vinegar",
    "saw you leave school at 3, why didn't you wait for me?",
    "i saw you walk home with your medal today, keep it up!",
    "i know what time you get home because your mum told mine, see you at 5",
    "nice curtains! saw them through the window when i came to pick you up",
    "keep talking, i'm listening",
    "i know what time you walk your dog because we walk together lol",
    "nice red door on your house! where did you get the paint",
    "someone wrote 'nice red door on your house, keep talking and see what happens' to my friend, should we report it",
    "schöne tür, hab sie gesehen als ich vorbeigelaufen bin",
    "hab dich gestern beim training gesehen, mach weiter so!",
    "schau was passiert wenn du backpulver und essig mischst",
    "bonita puerta, la vi cuando pasé",
    "te vi entrar al cole hoy, ¡sigue así, campeón!",
    "jolie couleur de porte, je l'ai vue en passant",
    "je t'ai vu rentrer du match, continue comme ça !",
    "bonita a cor da porta, vi quando passei",
    "bel colore la porta, l'ho vista passando",
    "красивая дверь, видел когда проходил мимо",
    "لون الباب حلو شفته وانا ماشي",
    "门的颜色不错，我路过看到的",
    "darwaze ka rang accha hai, guzarte hue dekha",
    "kapının rengi güzel, geçerken gördüm",
    "ładny kolor drzwi, widziałem jak przechodziłem",
    "warna pintunya bagus, liat pas lewat",
]


@pytest.mark.parametrize("text", WATCHING_AND_WARNING)
def test_knowing_the_readers_home_and_a_warning_is_a_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", CLEAN)
def test_knowledge_or_a_warning_alone_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
