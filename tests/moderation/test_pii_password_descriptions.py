"""A password described, not given (pii_patterns._NOT_A_PASSWORD): "his password was
his dog's name", "my password is my birthday", "c'est sa date de naissance" show as
written; a password given ("my password is bluefish22", "his password was rex2010",
"my password is football") is still redacted."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

DESCRIBED = [
    "his password was his dog's name",
    "my password is my birthday lol that's why I got hacked",
    "use a password manager, my password was my name",
    "her password was her cat's name and her birth year",
    "my brother's password is his name backwards",
    "my password was the same as my email, so dumb",
    "his password was literally his phone number",
    "their password was their school name lol",
    "our wifi password is the name of our dog",
    "my password was based on my pet's name",
    "her password was only four letters",
    "mon mot de passe c'est sa date de naissance",
    "mi contraseña era su cumpleaños",
    "a senha dele era o nome do cachorro",
    "sein Passwort war der Name seines Hundes",
    "la sua password era il nome del cane",
    "uska password uske kutte ka naam tha",
]
GIVEN = [
    ("my password is bluefish22", "bluefish22"),
    ("his password was rex2010", "rex2010"),
    ("my password is football", "football"),
    ("her password is sunshine99", "sunshine99"),
    ("my password is tiger", "tiger"),
    ("his password is hisdog2012", "hisdog2012"),
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_described_password_is_shown(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(("text", "secret"), GIVEN)
def test_given_password_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)
