"""Emoji pile-ons in ru tr pl id ar hi zh (harm_emoji_pileon_langs.py).

"все ставим 🐷 под её фоткой", "herkes Ayşe'nin fotoğrafına 🐷 atsın", "wszyscy
dajcie 🐷 pod jej zdjęciem", "semua komen 🐳 di story Dina wkwk", "كلكم حطوا 🐷 على
صورتها", "sab log uski photo pe 🐷 daalo", "大家去她的头像下面刷🐷".  Hard negatives:
hearts and kind emoji in the same shape, the writer's own post, a pet or a farm.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "все ставим 🐷 под её фоткой, пусть поймёт",
    "накидайте 🤡 в комменты к её посту",
    "давайте заспамим 🐷 под аву Даши",
    "ставьте 🐄 под её последним постом ахаха",
    "herkes Ayşe'nin fotoğrafına 🐷 atsın",
    "hadi millet onun postuna 🐷 yazalım",
    "wszyscy dajcie 🐷 pod jej zdjęciem",
    "spamujcie 🐄 pod postem kasi",
    "zaspamujmy 🐷 pod jej relacją",
    "semua komen 🐳 di story Dina wkwk",
    "yuk spam 🐷 di postingan dia",
    "ayo kasih 🐷 di fotonya",
    "gaes spam 🐄 di postingan si rina",
    "كلكم حطوا 🐷 على صورتها",
    "يلا نعلق 🐄 تحت بوست ساره",
    "يا شباب علقوا 🐷 على بوستها",
    "sab log uski photo pe 🐷 daalo",
    "sab 🐄 comment karo uski dp pe",
    "riya ki selfie pe 🤡 bhejo sab",
    "सब उसकी फोटो पर 🐷 डालो",
    "大家去她的头像下面刷🐷",
    "兄弟们去他朋友圈下面评论[猪头]",
    "大家在小美的自拍下面刷猪头",
]

PASS = [
    "все ставим ❤️ под её фоткой",
    "ставим 🐷 под фото моего поросёнка с фермы",
    "semua komen ❤️ di story Dina",
    "semua komen 🐷 di story aku wkwk",
    "herkes fotoğrafıma ❤️ atsın",
    "wszyscy dajcie ❤️ pod jej zdjęciem",
    "كلكم حطوا ❤️ على صورتها",
    "sab log uski photo pe ❤️ daalo",
    "大家去她的头像下面点赞❤️",
    "我们去她的朋友圈评论🐷吧，她最喜欢小猪佩奇了",
]


@pytest.mark.parametrize("text", HELD)
def test_emoji_pileon_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:emoji_pileon" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_kind_emoji_own_posts_and_pets_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
