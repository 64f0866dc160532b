"""Passwords spelled letter by letter ("my password is b u n n y 1 2 3") and
passwords after a misspelled cue ("my roblox pasword is bunny123", "passwrd:
sunny"): pii_passwords_spaced.py.  Hard negatives: the misspelled cue with
an ordinary word, forgetting or changing a password, spelling lessons."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

PASSWORDS = [
    ("my roblox pasword is b u n n y 1 2 3", "n n y"),
    ("passwrd: s u n n y", "u n n"),
    ("pw is m a x 2 0 1 1", "a x 2"),
    ("my password is b u n n y 1 2 3", "u n n y"),
    ("my pass word is s u n n y", "u n n y"),
    ("the password for my insta is l i l y 2 0 1 0", "l i l y"),
    ("mon mot de passe c'est c h a t 9 9", "h a t"),
    ("mi contraseña es p e r r o 1 2", "e r r o"),
    ("my pasword is b u n n y 123", "u n n y"),
    ("my pasword is bunny123", "bunny123"),
    ("my passwrd is sunny", "sunny"),
    ("my paswrd is tiger2011", "tiger2011"),
    ("pword: dragon99", "dragon99"),
    ("the pasword for the wifi is sunshine99", "sunshine99"),
    ("pswd = kitty_2012", "kitty_2012"),
    ("my fortnite passward is g a m e r 7", "a m e r"),
    ("мой пароль к о т 1 2", "о т 1"),
    ("my password was b u n n y", "u n n"),
    ("mera password hai r a j 1 2", "a j 1"),
    ("my pass is k i t t y 9", "i t t"),
    ("my pin is 7 4 1 9", "4 1 9"),
]
NOT_PASSWORDS = [
    "my pasword is too long",
    "ur paswrd is wrong lol",
    "i forgot my pasword again",
    "the pasword is secret",
    "whats ur passwrd",
    "my password is a secret",
    "my pasword has 8 letters",
    "my passwrd is hacked",
    "change ur pasword to something hard",
    "in spelling we did b u n n y and s u n n y",
    "a password like p a s s is too short",
    "never tell anyone ur pasword ok",
    "my pasword got leaked so i changed it",
    "the pass is 2 5 0",
    "the pin is 1 2 3 4",
    "pw is 1 2 3 4 5 6",
    "the password is 1 2 3 4 5 6 lol everyone uses that",
    "password a b c d e",
]


@pytest.mark.parametrize(("text", "secret"), PASSWORDS)
def test_spaced_or_misspelled_password_is_redacted(
    rules_pipe: Pipeline, text: str, secret: str
) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[password removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_PASSWORDS)
def test_talk_about_passwords_passes(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
