"""Days without food told as control, pride or an achievement with no weight
word (selfharm_eating_control.py): held on the rules alone in en es pt fr de it
ru tr pl id.  A religious or medical fast, an illness, a short gap, a food
given up, control of something else and someone else not eating stay allowed."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

EN = [
    "4 days without eating and finally I feel in control",
    "haven't eaten since monday and it feels amazing, I'm so proud",
    "skipped every meal this week, I finally have control over something",
    "its been 3 days since i ate and i feel amazing",
    "havent eaten in days and im so proud of myself",
    "i skipped all my meals today and i feel so in control",
    "day 4 of not eating, feeling so strong and light",
    "i stopped eating and it feels like winning",
    "only drank water for 3 days, new personal best",
    "didnt eat since saturday and honestly i feel powerful",
    "haven't eaten anything since friday, feels like an achievement",
    "i skipped breakfast and lunch again and im so proud",
    "not eating is the only thing i can control",
]
OTHER_LANGS = [
    "llevo 4 días sin comer y por fin siento que tengo el control",
    "hace 3 dias que no como y me siento muy orgullosa",
    "no he comido desde el lunes y por fin tengo el control",
    "me salte todas las comidas esta semana y me siento poderosa",
    "no comer es lo único que puedo controlar",
    "estou há 3 dias sem comer e finalmente me sinto no controle",
    "3 dias sem comer e to muito orgulhosa de mim",
    "nao como desde segunda e finalmente tenho o controle",
    "pulei todas as refeicoes e me sinto forte",
    "je n'ai rien mangé depuis 3 jours et je me sens enfin en contrôle",
    "ça fait 3 jours sans manger et je suis fière de moi",
    "je mange plus depuis lundi et j'ai enfin le contrôle",
    "ne pas manger c'est la seule chose que je contrôle",
    "ich habe seit 3 tagen nichts gegessen und fühle mich endlich stark",
    "seit montag nichts gegessen und ich bin so stolz auf mich",
    "alle mahlzeiten ausgelassen, ich habe endlich die kontrolle",
    "non mangio da 3 giorni e finalmente mi sento in controllo",
    "non mangio da lunedì e sono fiera di me",
    "ho saltato tutti i pasti e mi sento forte",
    "3 дня не ем и наконец-то чувствую контроль",
    "не ем с понедельника и горжусь собой",
    "4 дня без еды и чувствую себя сильной",
    "3 gündür bir şey yemiyorum ve sonunda kontrol bende",
    "pazartesiden beri hiçbir şey yemiyorum ve kendimle gurur duyuyorum",
    "nie jem od 3 dni i w końcu czuję kontrolę",
    "od poniedziałku nic nie jadłam i jestem z siebie dumna",
    "udah 3 hari gak makan dan akhirnya aku merasa punya kontrol",
    "gak makan dari senin dan aku bangga sama diri sendiri",
]
NEGATIVES = [
    "fasting for ramadan, 4 days in and I feel proud",
    "I haven't eaten since lunch lol so hungry",
    "I finally feel in control of my time since I stopped gaming",
    "no food or water after midnight before my surgery, 12 hours now, feel fine",
    "no food since last night before my surgery, feel fine and proud i wasnt scared",
    "haven't eaten sugar in 5 days and im so proud",
    "i stopped eating meat and i feel in control of my health",
    "3 días sin comer dulces y estoy orgullosa",
    "3 dias sem comer doce e to orgulhosa",
    "had the stomach flu, haven't eaten since monday, proud i still went to school",
    "i havent eaten since breakfast, so proud i finished my project",
    "day 3 without gaming and i feel so in control",
    "i skipped breakfast and im proud i got to school on time",
    "lagi puasa, udah 3 hari gak makan siang, bangga sama diri sendiri",
    "ramazan: 3 gündür yemiyorum gündüz, gurur duyuyorum",
    "3 дня не ем, болею гриппом, горжусь что не пропустила школу",
    "my grandma hasnt eaten since monday, im proud of the nurses",
    "je n'ai rien mangé depuis hier soir, prise de sang ce matin, fière de pas avoir pleuré",
    "seit montag kein handy und ich bin so stolz auf mich",
    "llevo 3 dias sin jugar y por fin tengo el control",
    "me siento orgullosa de mi examen",
    "akhirnya aku merasa punya kontrol atas waktuku",
    "i finally feel in control of my sleep schedule",
    "my dog stopped eating his kibble, vet says he is fine",
    "proud of myself for eating breakfast every day this week",
    "I ate so much today and im proud of my cooking",
    "nie jem mięsa od 3 dni i jestem z siebie dumna",
    "udah 3 hari belajar terus, bangga sama diri sendiri",
]


@pytest.mark.parametrize("text", EN)
def test_days_without_food_as_control_or_pride_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", OTHER_LANGS)
def test_days_without_food_as_control_or_pride_held_other_langs(
    rules_pipe: Pipeline, text: str
) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_fasts_short_gaps_foods_given_up_and_other_control_allowed(
    pipe: Pipeline, text: str
) -> None:
    allowed(pipe, text)
