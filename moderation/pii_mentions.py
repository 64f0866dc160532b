"""@mentions of people in the room are not social handles.

Why: in a consultation room children address each other by pseudonym
("@maya same lol", "@Tom what do you think?").  Redacting every "@word"
altered about one clean message in eight when writers chatted that way.  A
handle is personal information when it points somewhere else: a platform
or contact word in the message ("add me", "my ig", "follow", "dm"), a word
that introduces it ("i'm @x", "at @x"), or a username's shape (digits,
underscores, dots: "@skate_boy_lisbon", "@lily2011").  A bare name with
none of these is a mention and is shown.

The server may also pass the room's pseudonyms as ``context["mentions"]``:
those are always shown, whatever their shape.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

# words that make an @word a way to reach someone elsewhere, in the
# languages the packs cover (folded: no accents, lower case)
CONTACT_WORDS = frozenset(
    """add adds added addme follow follows following followme followers dm dms msg message
    messages text hmu pm inbox find search sub subscribe subscribed account acc accs page profile
    username usernames handle tag link bio channel server contact reach call
    agregame agrega agregar anademe anade sigueme seguime sigan seguir escribeme cuenta perfil
    ajoute ajoutez ajouter suivez abonne abonnez compte pseudo ecris
    adde addet folgt folge folgen schreib konto
    aggiungimi aggiungi seguimi seguite scrivimi profilo
    segue sigam adiciona adicione manda chama perfil conta
    подпишись подписывайтесь добавь добавьте напиши пиши аккаунт профиль ник
    ekle ekleyin takip hesap hesabim yaz
    dodaj obserwuj napisz konto profil
    tambahin tambah follback akun dmin chat
    jodo follow karo message karo
    """.split()
)
# a word right before the @word that introduces it as the writer's or
# someone's account: "i'm @x", "at @x", "as @x", "is @x"
_INTRO = re.compile(
    r"(?:\b(?:is|im|i'm|iam|am|at|as|on|under|called|named|me|es|soy|est|suis|c'est|sono|sou|ist|bin|"
    r"это|я|benim|jestem|aku|gw|mera|meri)|[:=])\s*$",
    re.IGNORECASE,
)
_PLAIN_NAME = re.compile(r"[^\W\d_]{2,20}")


def is_mention(
    handle: str,
    before: str,
    words: Iterable[str],
    platforms: bool,
    room_names: Collection[str] = (),
) -> bool:
    """True when ``@handle`` addresses someone in the room rather than giving
    an account elsewhere.  ``before``: the text before the "@"; ``words``:
    the message's words (folded); ``platforms``: a platform word is present."""
    if room_names and handle.lower().rstrip(".") in room_names:
        return True
    if platforms or not _PLAIN_NAME.fullmatch(handle):
        return False
    if _INTRO.search(before):
        return False
    return CONTACT_WORDS.isdisjoint(words)
