"""Phone numbers spelled out digit by digit in Chinese numerals (幺 for 1,
digits mixed in), Hindi (romanised and Devanagari) and Arabic words
(pii_spelled_scripts.py).  Hard negatives: counting in a lesson, short
numbers, years and dates, counts with a noun."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

PHONES = [
    ("我的qq号是 一二三四五六七八九", "五六七"),
    ("电话 幺三八 一二三四 五六七八", "幺三八"),
    ("我电话是1三8一二三四五六七八", "一二三四"),
    ("加我 幺三九 零零七六 八八二一", "零零七六"),
    ("我的手机是一三八零零一三八零零零", "一三八"),
    ("打我电话：幺五九 二七三四 八八零一", "二七三四"),
    ("vx 一八六 一二三四 五六七八", "一八六"),
    ("我的号码是 1 3 9 幺 二 三 四 五 六 七 八", "幺 二"),
    ("mera number hai nau aath saat chhe paanch chaar teen do ek shunya", "paanch"),
    ("call karo nau aath saat chhe paanch chaar teen do ek", "chhe"),
    ("mera no. hai nau aath saat chhe paanch chaar teen do ek zero", "saat"),
    ("whatsapp karo: nau nau aath saat ek do teen chaar paanch chhe", "aath"),
    ("nau aath saat chhe paanch chaar teen do ek shunya", "paanch"),
    ("मेरा नंबर है नौ आठ सात छह पांच चार तीन दो एक शून्य", "आठ"),
    ("मेरा फोन नंबर नौ आठ सात छह पाँच चार तीन दो एक", "सात"),
    ("رقمي خمسة خمسة اثنين ثلاثة أربعة خمسة ستة سبعة", "ثلاثة"),
    ("رقمي صفر خمسة خمسة واحد اثنان ثلاثة أربعة خمسة ستة", "واحد"),
    ("واتس خمسة صفر اثنين ثلاثة اربعة خمسة ستة سبعة", "اربعة"),
    ("كلمني على صفر واحد صفر تسعة ثمانية سبعة ستة خمسة اربعة", "تسعة"),
]
NOT_PHONES = [
    "in chinese we learned 一二三四五",
    "we counted 一二三四五六七八九十 in class",
    "一二三四五六七八九十，我们学会了数数",
    "第一二三名是我们班的",
    "二零二四年五月一日",
    "我们班有三十二个人",
    "ek do teen chaar paanch chhe saat aath nau das",
    "hum teen dost the aur do billiyan",
    "mujhe do teen din lagenge",
    "do do teen teen ek ek",
    "एक दो तीन चार पांच छह सात आठ नौ दस",
    "मेरे दो भाई और तीन बहनें हैं",
    "واحد اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية",
    "عندي ثلاث اخوات وخمس اخوان",
    "عمري خمسة عشر سنة",
]


@pytest.mark.parametrize(("text", "secret"), PHONES)
def test_spelled_number_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[phone removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_counting_and_short_numbers_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
