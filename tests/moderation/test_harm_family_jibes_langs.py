"""Cruel remarks about the reader's family in ru tr pl id ar hi zh
(harm_family_jibes_langs.py).  The writer's own parent and everyday leaving
pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:family"

HELD = [
    "неудивительно что твой отец ушёл",
    "тебя даже отец бросил",
    "даже твоя мать тебя не любит",
    "твой отец ушёл из-за тебя",
    "baban bu yüzden seni terk etti",
    "bu yüzden baban seni bıraktı",
    "annen bile seni istemedi",
    "nic dziwnego że ojciec od ciebie odszedł",
    "nawet ojciec cię nie chciał",
    "dlatego twój tata odszedł",
    "pantes aja bapak lo pergi ninggalin lo",
    "bokap lo aja gak mau sama lo",
    "makanya bokap lu kabur",
    "لهذا ابوك تركك",
    "حتى امك ما تبيك",
    "عشان كذا ابوك طفش",
    "isiliye toh tere papa bhi chhod ke chale gaye",
    "tabhi toh tera baap bhaag gaya",
    "tere baap ne bhi tujhe chhod diya",
    "इसीलिए तो तेरे पापा भी छोड़ के चले गए",
    "难怪你爸不要你",
    "连你亲妈都不要你",
    "怪不得你妈跟人跑了",
]

PASS = [
    "мой отец ушёл когда мне было 5",
    "понятно, твой папа ушёл на работу",
    "babam beni terk etti",
    "annen markete gitti",
    "mój tata odszedł jak miałem 5 lat",
    "dlatego tata wyszedł wcześniej",
    "bapakku pergi waktu aku kecil",
    "pantes bokap lo pergi ke kantor pagi-pagi",
    "ابوي تركنا وانا صغير",
    "ابوك راح للسوق",
    "我爸在我五岁的时候走了",
    "难怪你妈走了这么早",
    "mere papa chhod ke chale gaye jab main chhota tha",
    "tere papa office chale gaye kya?",
]


@pytest.mark.parametrize("text", HELD)
def test_family_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_own_family_and_everyday_leaving_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)
