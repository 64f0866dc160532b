"""Veiled threats with no violent word in ru ar tr pl id hi zh (harm_veiled_langs.py).

A pity if something happened to the reader, pictures getting out, "accidents happen,
just saying", "you'll see if you tell", the way home known, "look over your shoulder".
Hard negatives: a cancelled trip, ice on the road, a broken cup, a loving "if anything
happened to you I'd be sad", a friend who drops by, quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "будет жаль, если с тобой что-то случится",
    "было бы обидно, если бы твои фотки утекли",
    "несчастные случаи бывают, просто говорю",
    "увидишь, что будет, если расскажешь",
    "мы знаем, где ты ходишь домой",
    "оглядывайся по сторонам",
    "سيكون من المؤسف لو حدث لك شيء",
    "خساره لو صار لك شي بعد المدرسه",
    "الحوادث تصير، بس اقول",
    "بتشوف وش بيصير لو قلت لاحد",
    "نعرف طريقك للبيت",
    "yazık olur sana bir şey olursa",
    "kazalar olur, sadece söylüyorum",
    "birine söylersen görürsün",
    "eve hangi yoldan gittiğini biliyoruz",
    "arkanı kollasan iyi olur",
    "szkoda by było, gdyby coś ci się stało",
    "wypadki chodzą po ludziach, tak tylko mówię",
    "zobaczysz co się stanie jak komuś powiesz",
    "wiemy którędy chodzisz do domu",
    "sayang banget kalau terjadi sesuatu sama kamu",
    "sayang kalo foto2 lo kesebar",
    "liat aja apa yang terjadi kalo lo ngadu",
    "kita tau jalan pulang lo lewat mana",
    "kuch ho gaya toh bura lagega, bas bol raha hoon",
    "tere saath kuch ho gaya toh afsos hoga",
    "kisi ko bataya toh dekh lena",
    "hume pata hai tu kaunse raaste ghar jaata hai",
    "要是你出点什么事就可惜了",
    "你的照片要是传出去就不好了",
    "意外总会发生的，我只是说说",
    "我们知道你放学走哪条路",
    "走夜路小心点",
]

PASS = [
    "будет жаль, если с поездкой что-то случится",
    "береги себя, на улице гололёд",
    "несчастные случаи бывают, не переживай за разбитую чашку",
    'мне написали "мы знаем, где ты ходишь домой" и я рассказала учителю',
    "سيكون من المؤسف لو الغيت الرحلة",
    "انتبه لنفسك الجو بارد",
    "yazık olur geziye bir şey olursa",
    "sana bir şey olursa çok üzülürüm, kendine iyi bak",
    "kazalar olur, üzülme bardak kırıldı diye",
    "szkoda by było, gdyby wycieczkę odwołali",
    "uważaj na siebie, jest ślisko",
    "wypadki się zdarzają, nie martw się o ten kubek",
    "sayang, kalau kamu kenapa kenapa aku sedih",
    "hati-hati di jalan ya",
    "kecelakaan bisa terjadi kalau ngebut, pakai helm",
    "mujhe bura lagega agar tujhe kuch ho gaya, dhyan rakhna",
    "accident ho jaate hain, helmet pehen ke chalao",
    "要是明天下雨就可惜了",
    "意外总会发生的，别难过",
    "注意安全，路上小心",
]


@pytest.mark.parametrize("text", HELD)
def test_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "threat" in v.categories, (text, v.action, v.reasons)
    assert "stage:threat:veiled" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_concern_advice_and_quotes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
