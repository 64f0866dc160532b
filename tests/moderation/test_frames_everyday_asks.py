"""Everyday messages older rules read as requests, lures or scams
(frames_everyday_asks.py): "dm me if u want my notes from class", "do you
want to see my hot sauce collection pics", "my mum gave me a free recharge
for my birthday", "admin here, please don't send your password to people who
dm you".  The harmful versions - "dm me if you want to have fun 😏", "want to
see my hot side", "free recharge sabko, link pe jao", "admin here, dm me your
password to verify" - stay held or blocked.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

DM_SCHOOL_THINGS = [
    'dm me if u want my notes from class',
    'dm me if you want the homework answers',
    'dm me if you want my minecraft seed',
    'dm me if you want the worksheet',
    'dm me if you want my revision notes for the science test',
    'pm me if you want the slides',
    'dm me if u want my fortnite build code',
    'dm me if you want the recipe',
    'message me if you want my history notes',
    "dm me if you want the answers for tomorrow's quiz",
    'dm me if anyone wants the maths homework',
    'dm me if you need the notes from today',
    'dm me if you want my clash royale deck',
    'dm me if anyone needs the study guide for the exam thanks',
    'escríbeme al privado si quieres mis apuntes',
    'escríbeme si necesitas los deberes de mates',
    'me chama no privado se quiser o resumo',
    'me chama se alguém precisar das respostas do trabalho',
]

DM_LURES = [
    'dm me if you want to have fun 😏',
    'dm me if u want free robux',
    'dm me if you want to see something',
    'dm me if you want to see more 😏',
    'dm me if you want pics',
    'dm me if you want my snap',
    'dm me if you want to be my gf',
    'dm me if you want to make money fast',
    'dm me if you want a secret friend',
    'escríbeme al privado si quieres ver algo 😏',
    'dm me if u want to see my body',
    'dm me if you want my notes 😏',
    'dm me if you want the answers, send a pic first',
    'dm me if you want my notes, im 25 btw',
    'dm me if you want my private notes',
    'add me on snap if you want my notes',
    'me chama no privado se quiser fotos',
    'dm me',
]

HOT_THINGS = [
    'do you want to see my hot sauce collection pics',
    'wanna see pics of my cat',
    'want to see my hot wheels collection?',
    'wanna see my hot chocolate pics',
    'want to see my hot air balloon pics from the trip',
    'want to see my hot dog costume pics',
    'wanna see my spicy noodle pics',
    'wanna see my spicy ramen',
    'do you want to see my hot cross buns, they came out so good',
    'want to see my hot glue gun art',
    'want to see my hot pink nails',
    'wanna see my hot sauce collection 🔥',
    'quieres ver las fotos de mi perro',
]

GIFTS = [
    'my mum gave me a free recharge for my birthday',
    'my uncle gave me free recharge as a gift',
    'my brother got me a free recharge of 200 rs',
    'papa ne birthday pe free recharge karwa diya',
    'mummy ne mera free recharge karwaya',
    'got a free recharge for my birthday from my dad',
    'my dad did a free recharge for me since i passed my exams',
    'my nani gave me free diamonds for my birthday lol',
    'didi ne free recharge karwa diya mere phone pe',
    'my bestie gifted me a free recharge haha',
]

RECHARGE_SPAM = [
    'free recharge click here',
    'free recharge sabko, link pe jao',
    'free recharge for everyone, click the link',
    'get free recharge now, visit the link in bio',
    'my uncle gave me free recharge, you can get it too, click here',
    'papa ne free recharge karwaya, tum bhi link pe jao',
    'free recharge lo abhi, link pe click karo',
    'sabko free recharge mil raha hai, jaldi link kholo',
    'my mum got free recharge from this site, share with 10 groups',
    'free recharge for my birthday? just click here',
]

ADMIN_WARNINGS = [
    "admin here, please don't send your password to people who dm you",
    'admin here: if someone dms you asking for your password, report them',
    "admin here, don't send your password or codes to anyone",
    'mod here: never give your password to anyone who messages you',
    'admin here, nobody from staff will ever ask for your password',
    'reminder from the admins: do not share your password with anyone',
    'admin here, please do not ever type your password in the chat',
    'admins will never ask you to send your password, dont send it to anyone',
    'soy admin, no le den su contraseña a nadie que les escriba',
    'admin aquí: nunca mandes tu contraseña a nadie por dm',
    "admin ici, n'envoie jamais ton mot de passe à quelqu'un qui te dm",
    'admin hier, schick niemals dein passwort per dm',
    'admin qui, non mandate la vostra password a nessuno',
    'admin aqui, nunca mandem a senha pra ninguém',
    'moderator here, if anyone asks for your password in dm, block them and tell a mod',
]

ADMIN_PHISHING = [
    'admin here, dm me your password to verify',
    'admin here, send your password to verify your account',
    'admin here, please send me your password so i can fix your account',
    "admin here, don't worry, send your password in dm",
    'soy admin, mándame tu contraseña para verificar',
    'admin ici, envoie moi ton mot de passe',
    "i'm the admin, send your password or you get banned",
    'admin here, never share your password with anyone except me, dm it',
    "admin here, don't post your password in chat, dm it to me instead",
    'admin here, if someone asks for your password dont give it to them, dm me your password instead',
]

HOT_SEXUAL = [
    'want to see my hot pics?',
    'wanna see my hot body pics',
    'wanna see my spicy pics',
    'want to see something spicy 😏',
    'wanna see my hot dog 😏',
    'want to see my hot side',
    'wanna see my hot sauce... jk my body 😏',
]


@pytest.mark.parametrize("text", DM_SCHOOL_THINGS)
def test_dm_me_for_a_school_or_game_thing_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", DM_LURES)
def test_dm_me_with_a_lure_or_more_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")


@pytest.mark.parametrize("text", HOT_THINGS)
def test_hot_and_spicy_things_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", HOT_SEXUAL)
def test_hot_pictures_and_suggestive_emoji_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual")


@pytest.mark.parametrize("text", GIFTS)
def test_a_free_recharge_given_as_a_present_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", RECHARGE_SPAM)
def test_free_recharge_with_a_call_to_action_blocked(rules_pipe: Pipeline, text: str) -> None:
    assert rules_pipe.check(text).action == "block", text
    held(rules_pipe, text, "spam")


@pytest.mark.parametrize("text", ADMIN_WARNINGS)
def test_admin_warnings_about_passwords_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", ADMIN_PHISHING)
def test_admin_asking_for_the_password_blocked(rules_pipe: Pipeline, text: str) -> None:
    assert rules_pipe.check(text).action == "block", text
    held(rules_pipe, text, "spam")
