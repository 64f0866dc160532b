"""Traditional Chinese is read as simplified: the same message in either
script gets the same verdict (`zh_variants.py`)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from moderation.normalise import fold_pattern, norm_text
from moderation.zh_variants import fold_traditional
from tests.moderation.helpers import allowed, self_harm_held

# (traditional, simplified): the same message, as Taiwan/Hong Kong and mainland
# teenagers write it
DISCLOSURES = [
    ("我現在在頂樓，不想再撐了", "我现在在顶楼，不想再撑了"),
    ("我真的不想活了，每天都好累", "我真的不想活了，每天都好累"),
    ("我又開始割手了，沒人知道", "我又开始割手了，没人知道"),
    ("藥已經存夠了，今晚就結束", "药已经存够了，今晚就结束"),
    ("如果我消失了，大家會比較輕鬆吧", "如果我消失了，大家会比较轻松吧"),
    ("我想結束這一切", "我想结束这一切"),
    ("活著好累，想死", "活着好累，想死"),
]

EVERYDAY = [
    "今天的數學作業真的要我的命 😭",
    "週末要不要一起去看電影？",
    "我們今天學了怎麼幫助有自殘念頭的朋友",
    "遊戲裡我又死了三次，這個王太難了",
    "我的貓今天把杯子打翻了哈哈",
    "網路霸凌應該要有更好的檢舉方式",
]


@pytest.mark.parametrize(("trad", "simp"), DISCLOSURES)
def test_a_disclosure_in_traditional_characters_is_held_as_in_simplified(
    pipe: Pipeline, trad: str, simp: str
) -> None:
    self_harm_held(pipe, simp, "zh")
    self_harm_held(pipe, trad, "zh")


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_traditional_chinese_passes_unchanged(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, "zh")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("別告訴你爸媽我們聊天的事", "grooming"),
        ("你現在一個人在家嗎", "grooming"),
        ("幹你娘", "profanity"),
    ],
)
def test_traditional_grooming_and_profanity_are_still_caught(
    pipe: Pipeline, text: str, category: str
) -> None:
    v = pipe.check(text, "zh")
    assert v.action in (Action.HOLD, Action.BLOCK) and category in v.categories, (text, v)


def test_a_traditional_phone_number_cue_is_redacted_where_it_was_written() -> None:
    v = Pipeline().check("我的電話是 0912 345 678，加我", "zh")
    assert "0912" not in v.text and "345 678" not in v.text and v.text.startswith("我的電話是"), v


def test_folding_is_one_character_for_one_so_offsets_do_not_move() -> None:
    text = "照片被傳到全校群組，大家都在笑"
    folded = norm_text(text)
    assert folded == "照片被传到全校群组,大家都在笑" or len(folded) == len(text)
    assert len(fold_traditional(text)) == len(text)


def test_rule_sources_are_folded_like_messages() -> None:
    assert fold_pattern("(?:不想|別)再撐") == "(?:不想|别)再撑"


@pytest.mark.parametrize(
    "text", ["привет, как дела", "ça va très bien", "مرحبا كيف حالك", "i'm fine"]
)
def test_text_without_traditional_characters_is_left_as_it_is(text: str) -> None:
    assert fold_traditional(text) == text
