"""Indirect goodbyes to the chat that read as final in ru tr pl id ar hi zh
(selfharm_farewell_chat_langs.py).  An absence limited to today or this week, or with
"see you" or a holiday, passes.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

REASON = "stage:self_harm:finality"

HELD = [
    "это последний раз когда я захожу. спасибо что были добры ко мне, передайте модераторам пока "
    "от меня",
    "bu son girişim. bana iyi davrandığınız için teşekkürler, modlara benden selam söyleyin",
    "to ostatni raz kiedy się loguję. dzięki że byliście dla mnie mili, pożegnajcie ode mnie modów",
    "ini terakhir kali aku login. makasih udah baik sama aku, titip salam perpisahan ke mod ya",
    "هذه آخر مرة ادخل فيها. شكرا لانكم كنتم لطيفين معي، قولوا للمشرفين مع السلامة مني",
    "ye meri last baar hai login karne ki. mere saath ache rehne ke liye thanks, mods ko mera bye "
    "bol dena",
    "这是我最后一次上线了。谢谢你们今天对我这么好，帮我跟管理员说再见",
]

PASS = [
    "это последний раз когда я захожу на этой неделе, спасибо всем, увидимся",
    "bu son girişim çünkü tatile gidiyoruz, her şey için teşekkürler, görüşürüz",
    "bu son girişim bugünlük, herkese teşekkürler, görüşürüz",
    "to ostatni raz kiedy się loguję przed wakacjami, dzięki za wszystko",
    "ini terakhir kali aku login minggu ini, makasih buat semuanya, sampai jumpa",
    "هذه اخر مرة ادخل اليوم، شكرا على كل شي، بشوفكم بكرا",
    "aaj last time login hai, thanks sab ke liye, phir milenge",
    "这是我这周最后一次上线，谢谢大家，下周见",
    "你们对我真好，谢谢大家，下周见",
]


@pytest.mark.parametrize("text", HELD)
def test_final_goodbye_to_the_chat_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_limited_absences_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
