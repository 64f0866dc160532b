"""Implied undress requests aimed at the reader (harm_undress_under.py): what is under
the reader's hoodie or shirt, the clothing taken off or lifted for the writer, or the
reader better without a jacket with a picture asked for; en es fr pt de it ru tr pl id hi.
Sexual, and grooming too when a picture is asked for.

Hard negatives: a guess at a pet or a thing under it ("what's under that hoodie? a cat?"),
what to wear under a hoodie, stories, clothes shown as clothes, an outer piece taken off
for a practical reason or "for me" (a parent's "take off your coat for me"), and reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "ur so hot in ur pfp i wanna see what's under that hoodie 😏 send",
    "show me what's under your shirt",
    'bet you look better without the jacket, send one',
    'i wanna see whats under ur hoodie',
    'what are you hiding under that hoodie 😏 show me',
    'take off the hoodie and send a pic',
    'lift up your shirt for me',
    "let me see what's under your skirt 😏",
    'show me what you got under that shirt',
    'pull your shirt up and send it',
    'unzip the hoodie for me 😏',
    "what's under your hoodie? send a pic",
    'let me see under your hoodie',
    "you'd look so much hotter without the coat, send a pic",
    'send a selfie without the jacket 😏',
    'quiero ver qué hay debajo de tu sudadera',
    'enséñame lo que hay debajo de tu camiseta',
    'quítate la sudadera y mándame una foto',
    'quítate la camiseta para mí 😏',
    'a ver qué escondes debajo de esa sudadera',
    "montre ce qu'il y a sous ton pull",
    'je veux voir ce que tu caches sous ton t-shirt',
    'enlève ton sweat et envoie une photo',
    'enlève ton haut pour moi 😏',
    'quero ver o que tem debaixo da sua blusa',
    'mostra o que tem embaixo do moletom',
    'tira a blusa pra mim',
    'tira o moletom e manda foto',
    'zeig mal was unter deinem pulli ist',
    'ich will sehen was du unter dem hoodie hast',
    'zieh den pulli aus und schick ein bild',
    'zieh dein oberteil aus für mich 😏',
    "fammi vedere cosa c'è sotto la felpa",
    'voglio vedere cosa hai sotto la maglietta',
    'togliti la felpa e mandami una foto',
    'togliti la maglietta per me 😏',
    'покажи что у тебя под кофтой',
    'хочу увидеть что под футболкой',
    'сними кофту и скинь фото',
    'сними худи для меня 😏',
    'kapüşonlunun altında ne var göster',
    'tişörtünün altını görmek istiyorum',
    'kazağını çıkar foto at',
    'tişörtünü çıkar benim için 😏',
    'pokaż co masz pod bluzą',
    'chcę zobaczyć co masz pod koszulką',
    'zdejmij bluzę i wyślij zdjęcie',
    'zdejmij koszulkę dla mnie 😏',
    'liatin dong apa yang ada di balik hoodie kamu',
    'pengen liat yang di balik baju kamu',
    'buka hoodienya terus kirim foto',
    'lepas kaosnya buat aku dong 😏',
    'dikhao hoodie ke neeche kya hai',
    'shirt ke andar kya hai dikhao',
    'hoodie utaar ke pic bhej',
    'tshirt utaar ke dikhao mere liye',
    'take off your jacket and send a pic 😏',
    'zieh die jacke aus und schick ein foto',
    'quítate la chaqueta y mándame foto',
]

PASS = [
    "what's under that hoodie? a cat? 😂",
    "what do you wear under a hoodie when it's cold",
    'under the shirt there was a bee sting',
    'show me the shirt you bought',
    "show me what's under the bed",
    "let me see what's under your hoodie, is it the new merch?",
    "i wanna see what's under that hoodie lol is it a puppy",
    "take off your coat for me, i'll hang it up",
    'take off your jacket for me please, dinner is ready',
    "take your hoodie off, it's boiling in here",
    'my cat likes sleeping under my hoodie',
    'you look better without the jacket honestly, the colour is wrong',
    'i wear a t shirt under my hoodie',
    'show me what you drew under the picture',
    "what's under your hoodie? is that the band shirt?",
    'lift up your shirt so the nurse can check the rash',
    "take the hoodie off and send it back to the shop, it's the wrong size",
    "if someone says show me what's under your hoodie, block them",
    'someone texted my sister "i wanna see what\'s under that hoodie send" and she told mum',
    'debajo de la camiseta tenía una picadura',
    'enséñame la sudadera que te compraste',
    'quítate la chaqueta que hace calor',
    "montre-moi le pull que t'as acheté",
    "sous mon pull j'ai un t-shirt du club",
    'enlève ta veste, il fait chaud',
    'mostra a blusa que você comprou',
    'debaixo da blusa eu uso uma regata',
    'tira o casaco que tá calor',
    'zeig mal den neuen pulli',
    'ich trage ein t shirt unter dem pulli',
    'zieh die jacke aus, es ist warm hier',
    'fammi vedere la felpa nuova',
    'sotto la felpa ho una maglietta',
    'togliti la giacca che fa caldo',
    'покажи новую кофту',
    'под кофтой у меня футболка',
    'сними куртку, тут жарко',
    'yeni kapüşonlunu göster',
    'ceketini çıkar, içerisi sıcak',
    'pokaż nową bluzę',
    'pod bluzą mam koszulkę',
    'zdejmij kurtkę, jest ciepło',
    'liatin hoodie baru kamu dong',
    'buka jaketnya, panas banget di sini',
    'naya hoodie dikhao',
    'jacket utaar do, garmi hai',
    'open your hoodie for me, the zip is stuck',
    'take off your hoodie for me, i want to wear it',
    "i want to see what's under the towel, is it the cake?",
    'quítate la sudadera para mí que tengo frío',
    'zieh deinen pulli aus für mich, mir ist kalt',
]

PICTURE = [
    "ur so hot in ur pfp i wanna see what's under that hoodie 😏 send",
    "bet you look better without the jacket, send one",
    "take off the hoodie and send a pic",
    "pull your shirt up and send it",
    "quítate la sudadera y mándame una foto",
    "zieh den pulli aus und schick ein bild",
    "сними кофту и скинь фото",
    "kazağını çıkar foto at",
    "buka hoodienya terus kirim foto",
    "hoodie utaar ke pic bhej",
]


@pytest.mark.parametrize("text", HELD)
def test_undress_request_held_as_sexual(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual")
    assert "stage:sexual:request" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PICTURE)
def test_undress_request_with_a_picture_is_also_grooming(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", "grooming")


@pytest.mark.parametrize("text", PASS)
def test_pets_stories_clothes_and_chores_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
