"""Secrecy and address requests in the Polish, Turkish and Indonesian packs
(packs/pl, packs/tr, packs/id grooming.py), one class of case per test.

Hard negatives: 'not a word more about the match', a website or e-mail
address, spam messages deleted, a teacher's instruction and the writer's
own confidence.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PACK_SECRECY = [
    'mogę być twoim starszym kolegą 😊 podaj mi adres, wyślę ci prezent, ale rodzicom ani słowa',
    'rodzicom ani słowa',
    'ani słowa rodzicom',
    'ani słowa nikomu, dobrze?',
    'nikomu ani słówka o nas',
    'sen diğer kızlar gibi değilsin, çok özelsin. konuşmalarımızı sil olur mu?',
    'mesajlarımızı sil tamam mı',
    'sohbetimizi silmeyi unutma',
    'kimseye söyleme tamam mı',
    'jgn blg siapa2 ya',
    'jngn bilang ortu',
    'gsh crita ke siapa2',
    'jangan bilang siapa2 ya',
]
PACK_SECRECY_NEG = [
    'ani słowa więcej o tym meczu',
    'spam mesajlarını sil',
    'öğretmen konuşmalarımızı silmemiz gerektiğini söyledi',
    'jgn blg siapa2, tapi aku suka sama dimas',
    "kimseye söyleme ama ben ahmet'ten hoşlanıyorum",
]


@pytest.mark.parametrize("text", PACK_SECRECY)
def test_pack_secrecy_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'grooming')


@pytest.mark.parametrize("text", PACK_SECRECY_NEG)
def test_pack_secrecy_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


PACK_ADDRESS_REQUEST = [
    'podaj mi adres, wyślę ci paczkę',
    'jaki masz adres?',
]
PACK_ADDRESS_REQUEST_NEG = [
    'podaj mi adres strony',
    'podaj mi adres e-mail pani od polskiego',
    'jaki masz adres mailowy do projektu',
]


@pytest.mark.parametrize("text", PACK_ADDRESS_REQUEST)
def test_pack_address_request_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'grooming')


@pytest.mark.parametrize("text", PACK_ADDRESS_REQUEST_NEG)
def test_pack_address_request_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
