"""Common passwords named as examples (pii_common_passwords.py): "my
sisters friend got hacked because her password was 123456 lol", "他的密码是
123456，所以被盗了" are shown as written; any other password, and a common
one given as the writer's own present password ("my password is 123456",
"mera password 123456 hai") or after "password:", is redacted.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.pii_common_passwords import COMMON_PASSWORDS, example_password
from tests.moderation.helpers import clean, redacted

# a common password in a story or as an example: shown as written
EXAMPLES = [
    'my sisters friend got hacked because her password was 123456 lol',
    'never use 123456 as ur password, the password 123456 is the first thing hackers try',
    'her password was iloveyou 😭',
    'his password: 111111',
    'my cousins password was 12345678 and someone stole his robux',
    'his password is qwerty lmao no wonder',
    'the most common password is 123456 and the second is password',
    'my friends password is 123456 lol',
    "my sister's password was qwerty",
    'my brothers roblox password is 123456 lmao',
    'my password was 123456 and i got hacked',
    'their password was abc123 so of course they got hacked',
    'la contraseña de mi amigo es 123456 jaja por eso lo hackearon',
    'su contraseña era 123456, obvio que lo hackearon',
    "le mot de passe de mon frère c'est azerty lol",
    "son mot de passe était 123456 du coup il s'est fait pirater",
    'a senha dele era 123456 kkkk',
    'a senha da minha prima é 12345678, claro que roubaram a conta',
    'sein passwort ist 123456 kein wunder',
    'ihr passwort war qwerty und jetzt ist der account weg',
    'la password di mio fratello è 123456 lol',
    "la sua password era 111111, ovvio che l'hanno hackerato",
    'его пароль 123456 поэтому взломали',
    'её пароль был qwerty, вот и взломали',
    'كلمة السر كانت 123456 عشان كذا انهكر',
    'كلمة المرور كانت 123456 وانسرق الحساب',
    '他的密码是123456，所以被盗了',
    '我朋友的密码是qwerty',
    '我以前的密码是123456，后来被盗了',
    'uska password 123456 tha isliye hack ho gaya',
    'mera password 123456 tha isliye hack hua',
]

# (message, the password that must be gone)
SECRETS = [
    ('my password is sunny2011', 'sunny2011'),
    ('my password is 123456', '123456'),
    ('my password: qwerty', 'qwerty'),
    ('our wifi password is 12345678', '12345678'),
    ('my roblox password is 123456', '123456'),
    ('her password is sunny2011', 'sunny2011'),
    ('his password was lola2010', 'lola2010'),
    ('password: 123456', '123456'),
    ('mi contraseña es sunny2011', 'sunny2011'),
    ('mi contraseña es 123456', '123456'),
    ("mon mot de passe c'est lola2010", 'lola2010'),
    ("mon mot de passe c'est azerty", 'azerty'),
    ('minha senha é 123456', '123456'),
    ('minha senha é bolinha2012', 'bolinha2012'),
    ('mein passwort ist katze123', 'katze123'),
    ('mein passwort ist 123456', '123456'),
    ('la mia password è luna2009', 'luna2009'),
    ('la mia password è 123456', '123456'),
    ('мой пароль sunny2011', 'sunny2011'),
    ('мой пароль 123456', '123456'),
    ('كلمة السر حقي ahmed2010', 'ahmed2010'),
    ('باسوردي 123456', '123456'),
    ('كلمة المرور: qwerty', 'qwerty'),
    ('我的密码是sunny2011', 'sunny2011'),
    ('我的密码是123456', '123456'),
    ('mera password sunny2011 hai', 'sunny2011'),
    ('mera password 123456 hai', '123456'),
    ('his password is rainbow2010', 'rainbow2010'),
    ('la contraseña de mi cuenta es sol2011', 'sol2011'),
    ('mot de passe: azerty', 'azerty'),
    ('senha: 123456', '123456'),
    ('passwort = 12345678', '12345678'),
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_common_password_as_example_is_kept(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_shared_password_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(
    ("pw", "lead", "conn", "after", "example"),
    [
        ("123456", "her ", "was", " lol", True),
        ("123456!", "the ", "", "", True),
        ("sunny2011", "her ", "was", "", False),
        ("123456", "my ", "is", "", False),
        ("123456", "my ", "was", "", True),
        ("123456", "my friends ", "is", "", True),
        ("123456", "mera ", "", " tha", True),
        ("123456", "mera ", "", " hai", False),
        ("qwerty", "", ":", "", False),
        ("qwerty", "his ", ":", "", True),
    ],
)
def test_example_password(pw: str, lead: str, conn: str, after: str, example: bool) -> None:
    assert example_password(pw, lead, conn, after) is example


def test_the_list_is_short() -> None:
    assert "123456" in COMMON_PASSWORDS and "sunny2011" not in COMMON_PASSWORDS
    assert len(COMMON_PASSWORDS) < 100
