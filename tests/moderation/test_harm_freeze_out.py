"""A freeze-out ordered to the group (harm_freeze_out.py, rule bullying:shunning):
the order ("nobody talk to X") and the wish ("let her sit alone") together are held
in 13 languages; the writer's own lonely day and either half alone pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

FREEZE_OUT = [
    ("ok nobody talk to jake tomorrow, let him sit alone at lunch", "en"),
    ("que nadie le hable a sofía, que se quede sola", "es"),
    ("personne parle à inès demain, laissez-la seule", "fr"),
    ("keiner redet mehr mit tim, lasst ihn allein", "de"),
    ("ninguém conversa com o caio amanhã, deixem ele sozinho", "pt"),
    ("nessuno parli con marco, lasciatelo da solo", "it"),
    ("nikt nie gada z kubą, niech siedzi sam", "pl"),
    ("jangan ada yang ngajak rina, biarin dia sendirian", "id"),
    ("никто не разговаривайте с Димой, пусть ходит один", "ru"),
    ("kimse emre ile konuşmasın, yalnız otursun", "tr"),
    ("koi bhi aman se baat mat karo, akela rehne do", "hi"),
    ("ولا حد يكلمه بكرة، خلوه لوحده", "ar"),
    ("大家都别理他，让他一个人玩", "zh"),
]

PASSES = [
    ("nobody talked to me at lunch so i sat alone", "en"),
    ("let her sit alone if she wants quiet, she's had a hard day", "en"),
    ("nadie me habló en el recreo, me quedé sola", "es"),
    ("никто мне не писал весь день, сидела одна", "ru"),
    ("nikt do mnie nie pisał, siedziałam sama", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), FREEZE_OUT)
def test_freeze_out_order_is_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    held(rules_pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_own_lonely_day_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
