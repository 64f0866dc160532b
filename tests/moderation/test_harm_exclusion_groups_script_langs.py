"""Organised exclusion with no insult in ar id hi zh (harm_exclusion_groups_script_langs.py).

A group re-made without a veiled or barred child, mock surprise that a child came with a
plan to leave them out next time, a call to stop inviting someone and pretend they are
not there.  Hard negatives: project groups, guests praised, a parent's limit on guests,
a friend who left the group for a new phone, the writer left out, invisible friends.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    ('سوينا قروب جديد بدون شخص معين 🤫 محد يضيفها مرة ثانية', 'regroup'),
    ('قروب جديد، لا تضيفونها، مو من مستوانا', 'regroup'),
    ('مين عزم سارة؟ المرة الجاية عندي، بس احنا', 'exclusion'),
    ('منو جاب ريم؟ المره الجايه بدونها', 'exclusion'),
    ('خلونا ما نعزم خالد ونسوي كأنه مو موجود، نشوف كم بيتحمل', 'shunning'),
    ('grup baru tanpa si itu, jangan ada yang masukin dia lagi', 'regroup'),
    ('jangan ajak Nadia, dia gak satu frekuensi sama kita, grup baru aja', 'regroup'),
    ('siapa yg ngajak Rina sih wkwk. lain kali di rumahku, kita aja', 'exclusion'),
    ('jangan ajak Dimas lagi, anggap aja dia gak ada, liat berapa lama dia tahan', 'shunning'),
    ('naya group bana liya you know who ke bina, koi usko wapas add mat karna', 'regroup'),
    ('Priya ko kisne bulaya lol? agli baar mere ghar, sirf hum', 'exclusion'),
    ('Rohan ko bulana band karo aur aise act karo jaise wo invisible hai, dekhte hain kitna sehta hai', 'shunning'),
    ('नया ग्रुप बनाया उसके बिना, कोई उसे वापस ऐड मत करना', 'regroup'),
    ('प्रिया को किसने बुलाया? अगली बार मेरे घर, सिर्फ हम', 'exclusion'),
    ('新建了个群，没拉某人🤫，谁都别把她拉回来', 'regroup'),
    ('谁叫小美来的啊？下次来我家，就我们几个', 'exclusion'),
    ('以后别叫小明了，就当他是空气，看他能撑多久', 'shunning'),
]

PASS = [
    'سوينا قروب جديد لمشروع العلوم، مين يبي يدخل؟',
    'مين عزم سارة؟ حبيبه والله، مبسوطه انها جت',
    'المرة الجاية عندي، امي قالت خمسة بس',
    'طلعت من القروب عشان جوالها جديد',
    'سووا قروب بدوني وزعلت، قلت للمعلمة',
    'bikin grup baru buat tugas IPA, ada yang mau join?',
    'siapa yg ngajak Rina? seru banget dia, seneng dia dateng',
    'lain kali di rumahku, kata mama maksimal 5 orang',
    'dia keluar grup soalnya ganti hp',
    'science project ke liye naya group banaya, koi join karna chahta hai?',
    'Priya ko kisne bulaya? bahut achhi hai wo, accha hua aayi',
    'agli baar mere ghar, mummy ne bola max 5 log',
    '我们建了个新群做科学作业，谁要进？',
    '谁叫小美来的？她人真好，很开心她来了',
    '下次来我家，我妈说最多五个人',
    '他们建了个群没拉我，我很难过，告诉老师了',
    '小时候我有个隐形的朋友叫小波',
    'خلونا ما نعزم خالد لانه مسافر',
    'jangan ajak Dimas lagi, dia lagi sakit',
    'Rohan ko bulana band karo, wo shift ho gaya',
    '以后别叫小明了，他搬家了',
    '下次就我们几个吧，我妈说人多太吵',
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_organised_exclusion_held(rules_pipe: Pipeline, text: str, reason: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert f"stage:bullying:{reason}" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_projects_praise_limits_and_disclosures_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
