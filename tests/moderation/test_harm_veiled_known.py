"""Veiled threats of harm_veiled_known.py and harm_veiled_known_scripts.py:
the house named as known with a description or a warning, the routine known
with "every day" and "see you tomorrow", the pictures about to go round, in
en es fr pt de it ru tr pl id ar hi zh.

Hard negatives: the house known before a visit or a lift, a relative living
next door, a plan to go together after "see you tomorrow", praise of the
pictures, "see what happens" in a science lesson, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # the house known, with a description or a warning (chat messages shown in review first)
    "sé cuál es tu casa, la de la puerta verde. dile a tu hermanito que tenga cuidado al salir del cole. ya verás",
    "evinizi biliyorum, mavi kapılı olan. kardeşine söyle okuldan sonra dikkatli olsun. göreceksin",
    "aku tau rumahmu, yang pagar hijau dekat warung. pulang sekolah nanti liat aja apa yang terjadi",
    "أعرف بيتكم، البيت الأبيض بجانب المسجد. قل لأخيك الصغير ينتبه بعد المدرسة. سترى",
    "sé cuál es tu casa, la del coche rojo. ya verás",
    "conozco tu casa, la que tiene la reja negra. dile a tu hermana que se cuide",
    "sé cuál es tu casa, la de la puerta verde",
    "evini biliyorum, caminin yanındaki. göreceksin",
    "oturduğun evi biliyoruz, yeşil kapılı olan. haberin olsun",
    "evinizi biliyorum, mavi kapılı olan",
    "gue tau rumah lo, yang pintunya biru. liat aja nanti",
    "aku tau rumahmu, deket masjid. pulang sekolah liat aja apa yang terjadi",
    "aku tau rumahmu, yang pagar hijau",
    "أعرف بيتك، اللي بابه أزرق. قل لأختك تنتبه. صدقني",
    "عارف وين بيتكم، جنب المسجد. ستري",
    "je connais ta maison, celle aux volets bleus. tu verras",
    "sei qual é a tua casa, a do portão azul. vai ver",
    "ich kenne euer haus, das mit der blauen tür. du wirst schon sehen",
    "so qual è casa tua, quella col cancello verde. vedrai",
    "я знаю твой дом, тот с синей дверью. увидишь",
    "wiem, który dom jest twój, ten z niebieskimi drzwiami. zobaczysz",
    "我知道你家在哪，蓝色门的那个。等着瞧",
    "i know which house is yours, the one with the blue door. you'll see",
    "i know where ur house is, the white one next to the shop. tell your sister to be careful",
    # the routine known with "every day" or "alone", then "see you tomorrow"
    "أعرف وين تنتظرين الباص كل يوم يا ريم... نشوفك بكرة 🙂",
    "عارف متى ترجعين من المدرسه لحالك. نشوفك بكره",
    "اعرف وين تمشي كل يوم... اشوفك بكرا",
    "sé a qué hora vuelves sola del cole cada día. nos vemos mañana",
    "je sais quand tu rentres seule tous les soirs. à demain",
    "ich weiß wann du jeden tag alleine nach hause gehst. bis morgen",
    "я знаю, когда ты ходишь одна из школы. до завтра",
    "her gün okuldan eve tek başına yürüdüğünü biliyorum. yarın görüşürüz",
    "wiem, że wracasz sama ze szkoły codziennie. do jutra",
    "gue tau lo pulang sendirian tiap hari. sampai ketemu besok",
    "mujhe pata hai tu akela ghar jaata hai. kal milte hain",
    # the pictures about to go round, then "you'll see"
    "espera a que tus fotos circulen por el grupo. ya verás",
    "bekle, fotoların yayılınca görürsün",
    "tunggu aja sampe foto lo kesebar. liat aja",
    "подожди, когда твои фотки разойдутся по школе. увидишь",
    "attends lundi que tes photos tournent. tu verras",
    "warte bis deine bilder rumgehen. du wirst schon sehen",
]

PASS = [
    "I know your house! can I come over with my mum?",
    "أعرف بيتكم، جنب المسجد، ممكن اجي ازورك؟",
    "sé cuál es tu casa, la de la puerta verde, ¿paso a buscarte a las 5?",
    "conozco tu casa, la de la puerta verde, mi prima vive al lado",
    "evinizi biliyorum, mavi kapılı olan, yarın uğrarım",
    "aku tau rumahmu, yang pagar hijau dekat warung, nanti aku mampir ya",
    "aku tau rumahmu yang pagar hijau, sebelah rumah tanteku",
    "i know which house is yours, the one with the blue door! can i come over after school?",
    "je connais ta maison, celle aux volets bleus, on y va ensemble?",
    "ich kenne euer haus, das mit der blauen tür, meine oma wohnt gegenüber",
    "so qual è casa tua, quella col cancello verde, passo a prenderti alle 4",
    "я знаю твой дом, тот с синей дверью, можно я зайду в гости?",
    "wiem, który dom jest twój, ten z niebieskimi drzwiami, wpadnę jutro",
    "我知道你家在哪，蓝色门的那个，周末一起去玩吧",
    "اعرف وين تنتظرين الباص كل يوم، نشوفك بكره ونروح مع بعض",
    "نشوفك بكره في الباص 🙂",
    "sé a qué hora vuelves sola del cole cada día, nos vemos mañana y vamos juntas",
    "ich weiß wann du jeden tag alleine nach hause gehst, wollen wir zusammen gehen? bis morgen",
    "her gün okuldan eve tek başına yürüdüğünü biliyorum, yarın beraber yürüyelim. görüşürüz",
    "gue tau lo pulang sendirian tiap hari, besok bareng yuk. sampai ketemu besok",
    "see you tomorrow at the bus stop, I'll save you a seat",
    "espera a que las fotos del viaje circulen, ya verás qué bonitas",
    "tunggu aja sampe foto study tour kesebar, bagus bagus",
    "warte bis die bilder von der klassenfahrt rumgehen, du wirst sehen wie toll sie sind",
    "liat aja apa yang terjadi kalau kamu campur cuka sama soda kue",
]

REPORTS = [
    "mi prima recibió un mensaje que decía 'sé cuál es tu casa, la de la puerta verde. ya verás'",
    'someone wrote "i know which house is yours, the one with the blue door. you\'ll see" and i told my mum',
]

# held by another module's rule (harm.py: "i know your house"); these rules must not add to it
NOT_THESE = ["I know your house! can I come over with my mum?"]


@pytest.mark.parametrize("text", HELD)
def test_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", [t for t in PASS if t not in NOT_THESE])
def test_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", NOT_THESE)
def test_look_alikes_not_veiled(rules_pipe: Pipeline, text: str) -> None:
    assert "stage:threat:veiled" not in rules_pipe.check(text).reasons


@pytest.mark.parametrize("text", REPORTS)
def test_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
