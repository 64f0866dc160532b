"""Organised exclusion of a named child at school in ru ar zh hi tr pl id
(harm_exclusion_school_langs.py).  The writer as the one left out, strangers,
a friend's falling out and concern pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:shunning"

HELD = [
    "всем из класса: с Дашей не общаемся, в столовой рядом не садимся",
    "всем: завтра никто не садится с Машей, делайте вид что её нет",
    "не садитесь с Колей в столовой, делайте вид что его нет",
    "بكرا محد يقعد مع سارة في الفسحة، كأنها مو موجودة",
    "محد يكلمها بكرا",
    "سووا كانها مو موجوده",
    "明天谁都不准跟李娜坐，就当她不存在",
    "以后谁也别理她",
    "全班就当她是空气",
    "kal se koi bhi Priya ke saath nahi baithega, aise act karo jaise woh hai hi nahi",
    "sab log aise act karo jaise wo hai hi nahi",
    "कल से कोई भी प्रिया के साथ नहीं बैठेगा",
    "yarın kimse Elif'in yanına oturmasın, yokmuş gibi davranın",
    "yarından itibaren kimse Ayşe ile konuşmayacak",
    "od jutra nikt nie siada z Kasią na przerwie, udawajcie że jej nie ma",
    "niech nikt nie gada z Kubą",
    "besok jangan ada yang duduk sama Rina, anggap aja dia gak ada",
    "mulai besok gak ada yang ngomong sama dia",
]

PASS = [
    "никто не сидит со мной в столовой",
    "мы с Дашей не общаемся уже месяц",
    "никто не садится с Машей, мне её жалко",
    "nikt nie siedzi ze mną na przerwie",
    "nikt ze mną nie gada",
    "kimse benimle konuşmuyor",
    "kimse benimle oturmuyor teneffüste",
    "gak ada yang mau duduk sama aku",
    "jangan ngomong sama orang asing ya",
    "محد يكلمني في المدرسة",
    "محد يقعد معي",
    "没有人跟我坐",
    "大家不要跟陌生人说话",
    "koi mere saath nahi baithta",
    "koi bhi mere saath nahi baithega",
]


@pytest.mark.parametrize("text", HELD)
def test_organised_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_writer_left_out_strangers_and_concern_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)
