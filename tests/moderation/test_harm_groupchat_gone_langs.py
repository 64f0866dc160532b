"""Functional tests for harm_groupchat_gone_langs.py: wishing a peer gone or
putting them in their place in ru ar zh hi tr pl id.

The hard negatives: the writer's own opinion after "nobody asked", homework
or a test that should disappear, fruit or rubbish left to rot and a criminal
left to rot in prison.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'вся беседа согласна, что ей лучше просто исчезнуть',
    'пусть гниёт',
    'иди обратно обедать в туалет, там тебе и место',
    'тебя здесь никто не спрашивал',
    'как такая жирная и страшная вообще смеет говорить, весь класс над тобой ржёт в беседе',
    'тебе не место в нашей беседе',
    'القروب كله متفق انها لازم تختفي',
    'خليها تتعفن',
    'ارجع تاكل غداك في الحمام مكانك الطبيعي',
    'محد هنا سألك عن رايك',
    'كيف وحده دبه وبشعه مثلك تتجرأ تتكلم، الصف كله يضحك عليك في القروب',
    'ma 7ad sa2alak 3an ra2yak',
    '全群都觉得她应该消失',
    '让她自生自灭吧',
    '回你的厕所吃午饭去吧，那才是你该待的地方',
    '这里没人问你的意见',
    '这么胖这么丑还好意思说话，全班都在群里笑你',
    '这个群不欢迎你，滚',
    'poora group agree karta hai ki use gayab ho jana chahiye',
    'sadne do usko',
    'wapas toilet mein lunch khane ja, wahi teri jagah hai',
    'yahan kisi ne teri opinion nahi maangi',
    'itni moti aur badsurat hoke bolne ki himmat kaise hui, puri class group mein tujhpe hasti hai',
    'तेरी जगह इस ग्रुप में नहीं है',
    'bütün grup onun kaybolması gerektiğini düşünüyor',
    'bırakın çürüsün',
    'geri dön tuvalette öğle yemeğini ye, senin yerin orası',
    'burada kimse senin fikrini sormadı',
    'bu kadar şişko ve çirkin biri nasıl konuşmaya cesaret eder, bütün sınıf grupta sana gülüyor',
    'bu grupta senin yerin yok',
    'cała grupa się zgadza, że powinna po prostu zniknąć',
    'niech gnije',
    'wracaj jeść obiad w kiblu, tam jest twoje miejsce',
    'nikt tu nie pytał o twoje zdanie',
    'jak ktoś tak gruby i brzydki śmie się odzywać, cała klasa się z ciebie śmieje na grupie',
    'nie ma dla ciebie miejsca w tej grupie',
    'satu grup setuju dia mending ngilang aja',
    'biarin dia membusuk',
    'balik sana makan siang di toilet, emang tempatmu di situ',
    'ga ada yang nanya pendapat lo di sini',
    'berani-beraninya orang segendut dan sejelek lo ngomong, satu kelas ngetawain lo di grup',
    'lo ga pantes ada di grup ini',
    'твое мнение тут никому не нужно',
    'тебе тут не место',
    'محد سألك',
    'مكانك مو هنا',
    '没人在意你的想法',
    '群里不欢迎你',
    'tujhse kisi ne nahi pucha',
    'sadne do isko',
    'kimse sana sormadı',
    'bu grupta yerin yok',
    'kto cię pytał',
    'niech zgnije',
    'siapa yang nanya lo',
    'biarin aja dia membusuk',
]

PASSES = [
    'меня никто не спрашивал, но вот моё мнение',
    'пусть гниет в тюрьме этот убийца',
    'محد سألني بس هذا رايي',
    '没人问我，但我说说我的看法',
    'kisi ne poocha nahi par meri opinion ye hai',
    'kimse sormadı ama benim fikrim bu',
    'nikt nie pytał, ale oto moje zdanie',
    'ga ada yang nanya sih tapi ini pendapatku',
    'меня никто не спрашивал но скажу',
    '没人问我的意见',
    'все согласны, что контрольная должна исчезнуть',
    '大家都觉得作业应该消失',
    'sab log chahte hain ki homework gayab ho jaye',
    'herkes ödevin kaybolması gerektiğini düşünüyor',
    'cała klasa uważa, że sprawdzian powinien zniknąć',
    'semua setuju tugasnya mending hilang aja',
    'пусть гниет в тюрьме',
    'niech gnije w więzieniu',
    'bırak elma çürüsün',
    'biarin sampahnya membusuk',
]


@pytest.mark.parametrize("text", HELD)
def test_peer_wished_gone_or_put_in_place_is_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASSES)
def test_own_opinion_things_and_prison_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
