"""Chinese sexual requests in mixed scripts and pinyin (packs/zh_mixed.py, rules in
zh.HARM): a Latin spelling inside the characters ("发张你的luo照给我看看",
"发个lu照给我", "来luo聊吗"), pinyin ("fa zhang luo zhao", "kan kan ni de shen cai
fa zhao pian") and the reader's body with a picture asked for ("看看你的身材
发照片"): sexual and grooming.

Hard negatives: landscape and drawing photos, prohibitions and lessons ("我们学了
不要发裸照"), reports and quotes, "luo ji" (logic), a film scene.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    '发张你的luo照给我看看',
    '发张你的裸照给我看看',
    '看看你的身材 发照片',
    'fa zhang luo zhao',
    '发张luo照',
    '给我发张luo照',
    '你的luo照发我',
    '发个lu照给我',
    '来luo聊吗',
    '发张你的l照给我看看',
    '看看你的身材，发几张照片给我',
    '发张全身照给我看看你的身材',
    'kan kan ni de shen cai fa zhao pian',
    'lai luo liao ba',
    '发张裸zhao给我',
    '发张luo体照给我',
    '发个luoti照片给哥哥看',
    '要不要裸聊',
    '传几张你的luo照',
    '私发luo照给哥哥',
    '發張你的luo照給我看看',
    '想看看你的身体，拍个视频给我',
    '拍张照片给我，想看看你的身材',
    '你的裸zhao呢，发我',
    '来lo聊吧',
    'kan kan ni de shen cai, fa zhang zhao pian gei wo',
]

PASS = [
    '发张你拍的风景照片给我看看',
    '这张照片是在山上拍的风景，好美',
    '我们学了不要发裸照',
    '老师说不要给陌生人发luo照',
    '有人让我发luo照，我已经举报了',
    '我们学了不要发裸照给陌生人',
    '他让我发张你的luo照，我拒绝了然后告诉了妈妈',
    '如果有人要你的裸照，马上告诉家长',
    '发张猫的照片给我看看',
    '健身教练说要看看你的身材变化',
    'wo men xue le bu yao fa luo zhao',
    'luo ji ke hen nan',
    '我在学luo ji',
    '不要发luo照给任何人',
    '别发裸照',
    '我们老师讲了千万别发luo照',
    '照片里的风景好美，发给我',
    '发张你画的画给我看看',
    '她发了张风景照',
    '老师说如果有人让你发裸照要告诉家长',
    '这部电影里有裸体镜头，我们快进了',
    '他说"发张你的luo照"，我直接拉黑了',
]


@pytest.mark.parametrize("text", HELD)
def test_mixed_script_and_pinyin_requests_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", "grooming")


@pytest.mark.parametrize("text", PASS)
def test_landscapes_lessons_and_reports_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
