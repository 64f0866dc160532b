"""Xenophobic exclusion with no slur in ru tr pl id ar hi zh
(harm_xenophobia_langs.py).  The writer's trips, questions about the reader's
plans and holidays pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:xenophobia"

HELD = [
    "вали в свою страну",
    "возвращайся к себе на родину",
    "катись откуда приехал",
    "таким как ты здесь не место",
    "ülkene geri dön",
    "geldiğin yere dön",
    "defol git ülkene",
    "senin gibiler burada istenmiyor",
    "wracaj do swojego kraju",
    "spadaj tam skąd przyjechałeś",
    "tacy jak ty nie mają tu czego szukać",
    "pulang sana ke negaramu",
    "balik aja ke negara lo",
    "ارجع لبلدك",
    "ارجع من وين ما جيت",
    "اطلع من بلادنا",
    "apne desh wapas jao",
    "jahan se aaye ho wahan wapas jao",
    "अपने देश वापस जाओ",
    "滚回你的国家去",
    "外国人滚出去",
    "哪来的回哪去",
]

PASS = [
    "я вернулся в свою страну летом",
    "когда ты вернёшься в свою страну?",
    "yazın ülkeme döndüm",
    "ülkene ne zaman dönüyorsun?",
    "wróciłem do swojego kraju na wakacje",
    "kapan pulang ke negaramu?",
    "aku mau pulang kampung lebaran nanti",
    "رجعت لبلدي في العطلة",
    "متى ترجع لبلدك؟",
    "main apne desh wapas jaunga",
    "我想回我的国家看看",
    "你什么时候回你的国家去？",
]


@pytest.mark.parametrize("text", HELD)
def test_xenophobic_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_trips_and_questions_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)
