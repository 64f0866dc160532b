"""Offers of the writer's own sexual pictures and nude swaps in ru tr pl id ar hi zh
(harm_nude_offers_langs.py).  Sexual; grooming too when a picture is asked back or a
swap is proposed.

Hard negatives: holiday pictures, hot food, leaks, warnings and lessons.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

OFFERS = [
    "кто хочет посмотреть мои горячие фотки?",
    "кто хочет мои голые фото пиши в лс",
    "хочешь мои горячие фотки?",
    "кому скинуть нюдсы?",
    "kim benim çıplak fotoğraflarımı görmek ister",
    "kim ateşli fotoğraflarımı ister dm",
    "ateşli fotoğraflarımı isteyen dm atsın",
    "kto chce zobaczyć moje gorące fotki?",
    "kto chce moje nagie zdjęcia pisz priv",
    "chcesz moje nagie zdjęcia?",
    "siapa yang mau liat foto hot aku?",
    "yang mau foto bugil aku dm ya",
    "mau liat foto bugil aku ga?",
    "yang mau vcs dm aja",
    "مين يبي يشوف صوري الساخنة؟",
    "مين بدو صوري عارية ابعتلي خاص",
    "تبي تشوف صوري العارية؟",
    "kaun meri hot pics dekhna chahta hai?",
    "kisi ko meri sexy photos chahiye?",
    "कौन मेरी नंगी फोटो देखना चाहता है",
    "谁想看我的性感照片？",
    "谁想要我的裸照私聊我",
    "你想看我的裸照吗",
    "我的私房照，谁要私聊",
]

SWAPS = [
    "кто хочет обменяться нюдсами",
    "скину тебе мои голые фото если скинешь свои",
    "çıplak foto takası yapmak isteyen var mı",
    "nude atayım mı sen de atarsan",
    "kto chce się wymienić nagimi zdjęciami",
    "wyślę ci moje gorące fotki jeśli wyślesz swoje",
    "ada yang mau tukeran foto bugil",
    "aku kirimin foto hot aku kalau kamu juga kirim",
    "مين يبادل صور عارية",
    "ابعتلك صوري الساخنة وانت ابعتلي صورك",
    "main apni nangi photo bhejunga tum bhi bhejo",
    "有人想交换裸照吗",
    "我们互换裸照吧",
]

PASS = [
    "кто хочет посмотреть мои фотки с моря",
    "кто хочет горячие пирожки",
    "мои голые фото слили, что делать",
    "kim tatil fotoğraflarımı görmek ister",
    "ciplak fotograf paylasmak suctur",
    "kto chce zobaczyć moje zdjęcia z wakacji",
    "nigdy nie wysyłaj nagich zdjęć",
    "siapa yang mau liat foto liburan aku",
    "jangan pernah kirim foto bugil ke siapa pun",
    "مين يبي يشوف صور رحلتي",
    "لا ترسل صورك العارية لأي شخص",
    "kaun meri trip ki photos dekhna chahta hai",
    "谁想看我旅行的照片",
    "不要交换裸照，很危险",
    "老师说不要发裸照",
    "我们学校讲了交换裸照是违法的",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offer_of_own_sexual_pictures_is_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual")
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "stage:sexual:offer" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", SWAPS)
def test_swap_or_picture_asked_back_is_also_grooming(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", "grooming")
    assert "stage:sexual:offer" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_holidays_food_leaks_and_warnings_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
