"""Chinese nude requests with the Latin spelling set off by spaces (packs/zh_mixed.py):
"发几张你的 luo 照给我看看 😏", "你的 luo 照发我", "来 luo 聊吗", "发张你的 裸 照给我" are
held as sexual and grooming like the unspaced forms.  Prohibitions, lessons, reports
and Latin words that only contain the letters ("logo", "hello", "lol") pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REQUESTS = [
    "发几张你的 luo 照给我看看 😏",
    "发几张你的luo 照给我看看",
    "发张你的 luo照给我看看",
    "你的 luo 照发我",
    "你的 luo照 发我看看",
    "来 luo 聊吗",
    "要不要 luo 聊",
    "发张你的 裸 照给我",
    "发个 lu 照给我",
    "发张你的 luo ti 照给哥哥看",
    "你的 lo 照",
]

ORDINARY = [
    "不要发 luo 照给陌生人",
    "千万别发 luo 照给别人",
    "别发 luo 照",
    "我们学了不要发 luo 照",
    "有人让我发 luo 照，我已经举报了",
    "hello 照片发我",
    "这个 logo 照片发给我",
    "发张 lol 照片给我",
    "发张你拍的风景照片给我看看",
    "luo ji 题好难",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_spaced_latin_nude_request_is_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", "grooming")


@pytest.mark.parametrize("text", ORDINARY)
def test_prohibitions_reports_and_latin_words_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
