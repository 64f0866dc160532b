"""Offers of the writer's own sexual pictures to the chat, and nude swaps
(harm_nude_offers.py): en it de es fr pt.  Sexual; grooming too when a picture is
asked back or a swap is proposed.

Hard negatives: hot or spicy things ("hot pics of my lunch"), holiday pictures, hot
weather, nudes as a topic, leaks and victims, refusals and reports.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

OFFERS = [
    "who wants to see my hot pics?",
    "dm me if u want my spicy pics",
    "anyone want my nudes? dm me",
    "who wants my nudes 😏",
    "i have some spicy pics of myself, who wants them",
    "dm me for my hot pics 🔥",
    "who wants to see me naked lol",
    "selling my nudes, dm for prices",
    "if you want to see my body pics message me",
    "who wants pics of me in my underwear",
    "anyone interested in my spicy content? link in bio",
    "wanna see my nudes?",
    "do you want to see my naked pics",
    "hmu for my nudes 😈",
    "who wants my private pics",
    "any of you want my lewd selfies",
    "who else wants my thirst traps",
    "i'll send my nudes to the first 5 people who dm me",
    "chi vuole vedere le mie foto hot?",
    "chi vuole le mie foto nuda? scrivetemi",
    "scrivimi in privato se vuoi le mie foto piccanti",
    "vuoi vedere le mie foto nude?",
    "wer will meine nacktbilder sehen",
    "schreib mir wenn du heiße bilder von mir willst",
    "willst du meine nacktbilder sehen?",
    "quien quiere ver mis fotos sin ropa",
    "quién quiere mis fotos hot? escríbeme al privado",
    "¿quieres ver mis fotos desnuda?",
    "quien quiere mi pack? escribeme",
    "qui veut mes photos coquines",
    "qui veut voir mes photos hot ? mp moi",
    "tu veux voir mes nudes ?",
    "quem quer ver minhas fotos peladas?",
    "quem quer minhas fotos sensuais chama no privado",
    "vc quer ver minhas fotos peladas?",
    "quem quer meu pack chama no pv",
]

SWAPS = [
    "who wants a nude? send one back",
    "i'll show you my hot pics if you send yours",
    "lets swap nudes",
    "want to see my sexy pics? send me yours first",
    "anyone wanna trade nudes",
    "ti mando le mie foto hot se mi mandi le tue",
    "scambiamoci foto hot",
    "wer will nacktbilder tauschen?",
    "ich schick dir heiße fotos von mir wenn du mir deine schickst",
    "lass uns nacktbilder tauschen",
    "alguien quiere intercambiar fotos desnudos",
    "te paso mis fotos hot si me pasas las tuyas",
    "qui veut échanger des photos nues",
    "je t'envoie mes photos sexy si tu m'envoies les tiennes",
    "alguém quer trocar fotos sem roupa",
]

PASS = [
    "who wants to see my holiday pics",
    "hot pics of my lunch 🌶️",
    "my pics from the hot springs",
    "pics of the beach, it's so hot",
    "it's so hot today, sending pics from the pool",
    "who wants to see my dog pics",
    "who wants my spicy ramen recipe",
    "spicy pics of the tacos i made 🔥",
    "who wants to see pics of my hot chocolate",
    "hot pics from the volcano trip lol",
    "who wants to see my hot dog costume pics",
    "who wants pics from the hot air balloon",
    "who wants to see my spicy noodle pics from the night market",
    "who wants my bikini pics from the holiday",
    "who wants to see my body transformation pics from the gym",
    "anyone want to trade pokemon cards",
    "i can send you my hot wheels pics",
    "who wants to see my naked mole rat pics",
    "who wants my nude lipstick pics",
    "who wants my dirty laundry pics lol",
    "who wants to see my body progress pics from the gym",
    "anyone want my hot chocolate recipe pics?",
    "who wants to see my cat pics, she's so hot in the sun",
    "want to see my new pics? they're from paris",
    "trading nudes is illegal under 18, we learned that",
    "trading nudes under 18 is a crime, our teacher explained it",
    "the lesson was about why trading nudes is dangerous",
    "my cousin got caught sending nudes and got in big trouble",
    "why do you want my nudes?? no",
    "you want my nudes? no way creep",
    "nobody wants to see my nudes lol",
    "chi vuole vedere le foto delle vacanze?",
    "chi vuole vedere le foto hot del nuovo telefono?",
    "wer will meine urlaubsbilder sehen",
    "wer will heiße schokolade",
    "quien quiere ver mis fotos de la playa",
    "quien quiere ver fotos calientes de la playa",
    "qui veut voir mes photos du voyage",
    "qui veut voir mes photos de la plage, il fait chaud",
    "quem quer ver minhas fotos da viagem",
]

REPORTS = [
    "a boy asked who wants to trade nudes and we reported him",
    "someone in the group said who wants my nudes and i left",
    "someone leaked my nudes, dm me if you know who did it",
    "a guy keeps asking who wants my hot pics, should i report him",
    "if someone says who wants my nudes, block them",
    "a girl in my class said who wants to trade nudes and everyone blocked her",
    "what should you do if someone asks to trade nudes?",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offer_of_own_sexual_pictures_is_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual")
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "stage:sexual:offer" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", SWAPS)
def test_swap_or_picture_asked_back_is_also_grooming(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", "grooming")
    assert "stage:sexual:offer" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_hot_things_holidays_topics_and_refusals_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reports_and_victims_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
