"""HateCheck-style functional tests for sexual requests and comments aimed at
a person (harm.py): emoji requests, English and es/fr/pt/de/it forms, and the
look-alikes, topic talk and reports that must pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held


# -- sexual requests aimed at a person ---------------------------------
@pytest.mark.parametrize("text", [
    "montre-moi tes seins",
    "montre moi tes fesses stp",
    "envoie moi une photo de toi toute nue",
    "mándame fotos desnuda",
    "manda fotos sin ropa",
    "enséñame las tetas",
    "manda nudes pra mim",
    "me manda uma foto pelada",
    "mostra os peitos",
    "schick mal nacktbilder",
    "zeig mir deine titten",
    "schick mir ein foto ohne klamotten",
    "скинь голые фото",
    "покажи сиськи",
    "пришли фото без одежды",
    "给我看看你的裸照",
    "发裸照给我",
    "发张不穿衣服的照片",
    "ارسلي صورك عارية",
    "mujhe nude bhejo",
    "apni nangi photo bhej",
    "मुझे अपनी नंगी फोटो भेजो",
    "mandami foto nuda",
])
def test_sexual_request_non_english(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "on a parlé du sexting en classe, envoyer des photos nues est risqué",
    "enviar fotos desnudas puede ser delito",
    "compartilhar nudes de outras pessoas é crime",
    "man sollte keine nacktbilder verschicken",
    "отправлять голые фото опасно",
    "发裸照是违法的，不要做",
    "montre-moi tes dessins",
    "schick mir mal die hausaufgaben",
    "给我看看你的作业",
])
def test_sexual_topic_or_innocent_request_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- sexual requests and comments ------------------------------------------
@pytest.mark.parametrize("text", [
    "show me ur 🍑",
    "send 🍆 pics",
    "wanna see my 🍆",
    "send me pics of ur 🍑",
    "show ur 🍒",
    "muéstrame tu 🍑",
    "mostra a 🍑",
    "willst du meinen 🍆 sehen",
])
def test_sexual_emoji_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "send a pic in ur bikini",
    "show me what ur wearing",
    "i want to touch you",
    "i want to touch your body",
    "i want to kiss you all over",
    "sit on my lap",
    "take ur clothes off",
    "take your shirt off",
    "take off ur shirt on cam",
    "i wanna see u naked",
    "show me ur bra",
    "show me ur body",
    "send feet pics",
    "call me daddy",
    "u have a nice ass",
    "ur thighs look so good",
    "your boobs look so big",
    "send me something spicy 😏",
])
def test_sexual_requests_and_comments_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "mándame una foto en ropa interior",
    "quiero verte desnuda",
    "quítate la ropa",
    "t'as des nudes?",
    "envoie une photo en maillot",
    "je veux te voir toute nue",
    "je veux te voir nue",
    "quero te ver pelada",
    "manda foto de biquíni",
    "tira a roupa",
    "schick mal ein bild im bikini",
    "zieh dich aus",
    "zieh dein shirt aus",
])
def test_sexual_requests_es_fr_pt_de(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "i ate a peach 🍑",
    "eggplant parm 🍆 for dinner",
    "peach 🍑 and cherry 🍒 smoothies",
    "we learned never to send 🍑 pics",
    "someone asked me for nudes i reported them",
    "my bikini got ruined at the pool",
    "i want to touch the sky",
    "sit on my chair",
    "take off your shoes please",
    "your legs look so tired after the run",
    "tu as des notes du cours?",
    "quiero verte en el partido",
    "je veux te voir demain au parc",
    "quero te ver na escola",
    "zieh dich warm an",
    "quelqu'un m'a demandé des nudes je l'ai signalé",
])
def test_sexual_lookalikes_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# -- what the reader wears underneath (harm_more.py) -------------------
@pytest.mark.parametrize("text", [
    "what are you wearing under your clothes",
    "what r u wearing underneath 😏",
    "are you wearing anything under that towel",
    "show me what you're wearing underneath",
    "qué llevas debajo?",
    "q llevas puesto debajo de la falda",
    "o que você tá usando por baixo",
    "o que vc ta usando por baixo da roupa",
    "qu'est-ce que tu portes en dessous ?",
    "tu portes quoi en dessous",
    "zeig mal was du drunter trägst 😏",
    "was trägst du drunter?",
    "cosa indossi sotto?",
    "che hai sotto la gonna",
    "что на тебе под одеждой?",
    "что у тебя под юбкой",
    "شو لابسة تحت؟",
    "ماذا تلبسين تحت",
    "你里面穿的什么",
    "你裙子下面穿了什么",
    "andar kya pehna hai",
    "अंदर क्या पहना है",
])
def test_question_about_what_is_worn_underneath_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "what are you wearing to the party?",
    "what are you wearing for the school photo",
    "what are you wearing tomorrow",
    "I'm wearing a hoodie under my jacket",
    "wear a vest underneath, it's cold",
    "qué llevas a la fiesta?",
    "llevo una camiseta debajo del jersey",
    "o que você vai usar na festa?",
    "je porte un t-shirt en dessous",
    "ich trage ein top darunter",
    "was trägst du morgen zur party",
    "cosa indossi per la festa?",
    "что ты наденешь на праздник?",
    "你明天穿什么去学校",
    "kal party mein kya pehnogi",
    "if someone asks what you're wearing underneath, block them",
])
def test_clothes_talk_and_advice_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
