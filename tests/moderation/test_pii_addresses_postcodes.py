"""Street addresses in Indonesian, Turkish and Polish word orders, and the
postcode + city right after an address (failure classes of a blind
evaluation, not its sentences).  Hard negatives: the street words as
everyday words ("jalan kaki", "na ulicy stało 5 aut", "bu sokak"), room and
page numbers."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

ADDRESSES = [
    ("alamatku Jl. Kenanga No. 7, Surabaya", "Kenanga No. 7"),
    ("rumah aku di jalan mawar no 12 rt 03/rw 02", "mawar no 12"),
    ("kirim ke Jln Sudirman 45 ya", "Sudirman 45"),
    ("adresim Cumhuriyet Caddesi No: 8 Kadıköy", "Cumhuriyet Caddesi No: 8"),
    ("evim gül sokak no 14/3", "gül sokak no 14"),
    ("Çiçek Mahallesi Lale Sokak No: 5", "Lale Sokak No: 5"),
    ("mieszkam na ulicy Zielonej 14", "Zielonej 14"),
    ("mieszkam na ulicy zielonej 14/2", "zielonej 14"),
    ("wpadnij na ul. Polną 3 m. 7", "Polną 3"),
    ("al. Jerozolimskie 54 to mój adres", "Jerozolimskie 54"),
]
POSTCODES = [
    ("meine adresse ist Gartenstraße 7, 10115 berlin", "10115"),
    ("j'habite 12 rue des Lilas, 69003 Lyon", "69003"),
    ("mieszkam na ulicy Zielonej 14, 00-950 Warszawa", "00-950"),
    ("i live at 4 Elm Road, SW1A 1AA", "SW1A"),
    ("vivo en calle Mayor 5, 28013 Madrid", "28013"),
]
NOT_ADDRESSES = [
    "jalan kaki 5 menit doang",
    "kita jalan 2 jam keliling mall",
    "bu sokak no 5 değil",
    "sokakta 5 kedi var",
    "na ulicy stało 5 aut",
    "mieszkam na ulicy od 5 lat",
    "plac zabaw 3 razy w tygodniu",
    "room 14, building 3",
    "page 12 of the book",
    "al final 3 goles",
]


@pytest.mark.parametrize(("text", "secret"), ADDRESSES)
def test_id_tr_pl_street_addresses_are_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize(("text", "secret"), POSTCODES)
def test_postcode_after_an_address_is_redacted_too(
    pipe: Pipeline, text: str, secret: str
) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_street_words_in_everyday_talk_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
