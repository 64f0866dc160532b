"""A weapon brought with a consequence for a group in the Polish, Turkish and
Indonesian packs (packs/*/harm.py); knives for bread, cake and picnics pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PACK_WEAPON_THREAT = [
    'przyniosę broń taty i wszyscy zapłacą',
    'jutro wezmę nóż i zobaczą',
    'babamın silahını getirip hepsine ödeteceğim',
    'yarın bıçak getireceğim, görecekler',
    'aku bawa pistol bapakku besok biar mereka semua bayar',
    'besok aku bawa pisau, liat aja mereka nyesel',
]
PACK_WEAPON_THREAT_NEG = [
    'przyniosę nóż do chleba na piknik',
    'jutro wezmę nóż i zobaczą jak się kroi chleb',
    'yarın bıçak getireceğim, pasta keseceğiz',
    'bawa pisau buat potong kue ya',
]


@pytest.mark.parametrize("text", PACK_WEAPON_THREAT)
def test_pack_weapon_threat_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'threat')


@pytest.mark.parametrize("text", PACK_WEAPON_THREAT_NEG)
def test_pack_weapon_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
