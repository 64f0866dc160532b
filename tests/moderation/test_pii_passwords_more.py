"""Passwords after chat cues (pii_passwords_more.py): "the pass is X",
"pass: X", "pw is X", "login is X", "the code to my account is X", Turkish
"şifrem X", Polish "hasło to X", Indonesian "password gw X", and a "for"
clause in fr/es/pt/de/it ("le mot de passe du wifi c'est X"); the forms the
main pass (pii.py) already read are checked here too.  A football pass, a
battle pass, password advice, a changed or forgotten password and a broken
login pass unchanged."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

# (message, the secret that must be gone)
PASSWORDS = [
    # en
    ("the pass is sunny2011", "sunny2011"),
    ("pass: tiger99", "tiger99"),
    ("pw is bluefish", "bluefish"),
    ("my pw hunter22", "hunter22"),
    ("login is kevin2010", "kevin2010"),
    ("login: jake", "jake"),
    ("the code to my account is 4471", "4471"),
    ("my phone passcode is 2580", "2580"),
    ("the pw is bluefish lol", "bluefish"),
    ("pw for my roblox is dragon77", "dragon77"),
    ("the pw is: mango", "mango"),
    ("our wifi pass is Home2024!", "Home2024"),
    ("user: jake pass: tiger99", "tiger99"),
    ("my locker code is 4471", "4471"),
    ("the code for my phone is 2580", "2580"),
    # tr
    ("şifrem kedi123", "kedi123"),
    ("şifre: kedi123", "kedi123"),
    ("instagram şifrem: kedisever", "kedisever"),
    ("şifrem kedisever", "kedisever"),
    ("benim şifrem Galatasaray1905", "Galatasaray1905"),
    ("roblox şifrem şu: aslan55", "aslan55"),
    # pl
    ("hasło to kotek12", "kotek12"),
    ("moje hasło: kotek12", "kotek12"),
    ("moim hasłem jest kotek12", "kotek12"),
    ("moje hasło to pizza123", "pizza123"),
    ("hasło do wifi to dom2020", "dom2020"),
    # id
    ("password gw naruto99", "naruto99"),
    ("kata sandinya naruto99", "naruto99"),
    ("sandi: naruto99", "naruto99"),
    ("passwordku naruto", "naruto"),
    ("password aku adalah bintang12", "bintang12"),
    # fr es pt de it ru (the main pass, and a "for" clause)
    ("mon mot de passe est soleil22", "soleil22"),
    ("le mot de passe du wifi c'est maison2020", "maison2020"),
    ("mi contraseña es luna44", "luna44"),
    ("la contraseña del wifi es casa2020", "casa2020"),
    ("minha senha é bola123", "bola123"),
    ("a senha do wifi é casa2020", "casa2020"),
    ("mein Passwort ist hund55", "hund55"),
    ("das Passwort vom WLAN ist haus2020", "haus2020"),
    ("la mia password è gatto77", "gatto77"),
    ("la password del wifi è casa2020", "casa2020"),
    ("мой пароль кошка12", "кошка12"),
    ("пароль: кошка12", "кошка12"),
]

# the same cue words with no password after them: shown as written
NO_PASSWORD = [
    "the pass is in the second half of the game",
    "the battle pass is 950 vbucks",
    "the pass was amazing, he scored from it",
    "my bus pass is in my bag",
    "the pass is 15 quid for the day",
    "pass me the ball",
    "pass: 10/10 would recommend",
    "the pass is ok",
    "use a strong password with symbols",
    "the password is important",
    "pw is important",
    "my password got leaked once so I changed it",
    "login is down again",
    "the login is broken again",
    "login: yes",
    "the code to my account is in my email",
    "the code for the game is on the back of the box",
    "the pw is case sensitive",
    "my pw is too weak lol",
    "whats the wifi pass?",
    "şifremi unuttum",
    "şifrem çok güçlü",
    "şifrem değişti",
    "şifre değiştirme ekranı açılmıyor",
    "zmieniłam hasło",
    "hasło to podstawa bezpieczeństwa.",
    "moje hasło jest za krótkie",
    "lupa password",
    "lupa password gw",
    "password gw kena hack",
    "kata sandinya salah",
    "password itu penting.",
    "le mot de passe du wifi c'est écrit sur la box",
    "la contraseña del wifi es muy larga",
]


@pytest.mark.parametrize(("text", "secret"), PASSWORDS)
def test_password_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NO_PASSWORD)
def test_no_password_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
