"""Emoji pile-ons in en es fr pt de it (harm_emoji_pileon.py).

The group told to post an insulting emoji (pig, cow, clown, whale, rat, poop...)
on a named person's picture, post, story or profile: "everybody spam 🐷 under
Jess's new pic, she'll get it lol", "alle mal 🐄 unter Ninas Selfie posten haha",
"todos pongan 🤡 en la foto de Marta".  Hard negatives: friendly emoji, no person's
post, the writer's own post, reports, questions and prohibitions, and a post that
is really about the animal (a pet pig, a zoo, whale watching, clown day).
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD_EN = [
    "everybody spam 🐷 under Jess's new pic, she'll get it lol",
    "everyone drop 🐄🐄 on her latest selfie 😂",
    "guys put 🐳 on Mia's story she'll get the hint",
    "lets all 🐷 her selfie lol",
    "spam her comments with 🐽🐽🐽",
    "go comment 🤡 on his new tiktok",
    "imma spam 🐀 under emma's pfp",
    "everyone 🐷🐷 on the new girl's pic",
    "🐷🐷 under her new pic everyone",
    "everyone send her 🐷 till she gets the message",
    "ok everyone comment oink oink on her selfie",
    "fill chloe's comments with 🐖 lmao",
    "everyone go spam 🐷 on sophie's new post she thinks she's so pretty",
    "y'all know what to do 🐷🐷 on her selfie",
    "lol ok everyone drop a 🤡 under jake's tiktok",
    "guys post 🐋🐋 on her beach pic 😂",
    "let's spam 🐮 in her comments",
    "quick everyone 🐽 on amelia's story before she deletes it",
    "we should all comment 💩 on his post",
    "flood the comments of her new video with 🐷",
]

HELD_ES_FR_PT_DE_IT = [
    "todos pongan 🤡 en la foto de Marta",
    "comenten 🐷 en sus fotos jajaja",
    "vamos a llenar de 🐷 la foto de lucia",
    "pongan 🐷 en la foto de perfil de ana jajaja",
    "todos a comentar 🐄 en su última publicación",
    "tout le monde met 🐷 sous sa photo, elle va comprendre",
    "spammez 🐄 sous le post de Léa mdr",
    "on lui met des 🐷 sous son selfie mdr",
    "commentez 🤡 sur sa story",
    "vamos encher a foto dela de 🐷 kkk",
    "comentem 🐄 no post do joão",
    "galera, comenta 🐷 na foto da bia kkkk",
    "bora mandar 🐄 na selfie dela",
    "alle mal 🐄 unter Ninas Selfie posten haha",
    "leute spammt 🐷 unter ihr neues bild",
    "schickt alle 🐷 unter sein profilbild",
    "tutti a commentare 🐷 sotto la foto di Giulia",
    "spammate 🐳 sul suo profilo ahah",
    "tutti mettete 🤡 nella sua storia",
]

PASS = [
    "everyone send ❤️ to Maya's post she won the race",
    "react 🐷 if you like pigs",
    "put 🤡 in the chat for clown day",
    "people spammed 🐷 under my friend's selfie and we reported them",
    "what does 🐷 mean under a photo? someone did that to my sister",
    "everyone put 🐷 on her post, she got a pet pig!",
    "don't put 🐷 on her pic that's mean",
    "they spam 🐷 under her pics every day and i hate it",
    "someone told everyone to spam 🐷 under her selfie, i told a teacher",
    "put 🐷 on my post lol i love pigs",
    "everyone comment 🎉 on jess's post for her birthday",
    "guys spam 😂 under his video it's so funny",
    "everyone drop 🐳 on her post, she went whale watching!",
    "why did someone put 🐷 under her pic?",
    "vote for your favourite emoji: 🐷 or 🐄 for the class page",
    "everyone post 🐷 emojis on the class page for farm week",
    "everyone comment 🐘 on her post, she saw an elephant at the zoo!",
    "guys put 🐳 on my story lol",
    "i put 🐷 under her pic by accident lol",
    "if someone tells you to spam 🐷 under a pic, say no",
    "spam 🐷 if you're team pig",
    "my little brother put 🐷 on all my pics haha",
    "our teacher said never comment 🐷 on someone's photo",
    "comment 🐷 on jess's pic of her new piglet!!",
    "todos pongan ❤️ en la foto de Marta",
    "todos pongan 🐷 si les gustan los cerdos",
    "mettez 🐷 dans le chat si vous aimez les cochons",
    "tutti mettete ❤️ sotto la foto di Giulia",
    "alle 🐷 unter dem Bild sind von mir",
]

REPORTS = [
    'someone wrote "everybody spam 🐷 under Jess\'s new pic" and i reported it',
    'if someone says "everyone put 🐷 on her selfie", tell a teacher',
    "they told everyone to comment 🐄 on my sister's post, what should i do",
    'alguien escribió "todos pongan 🤡 en la foto de Marta" y lo reporté',
    "quelqu'un a écrit \"spammez 🐄 sous le post de Léa\", c'est méchant",
]


@pytest.mark.parametrize("text", HELD_EN + HELD_ES_FR_PT_DE_IT)
def test_emoji_pileon_on_a_persons_post_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:emoji_pileon" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_friendly_emoji_own_posts_animals_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_and_reported_pileons_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
