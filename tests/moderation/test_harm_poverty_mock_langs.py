"""Mocking a child's family poverty, a parent's lost job, a parent in prison or
the family's origin in ru tr pl id ar hi zh (harm_poverty_mock_langs.py).
The writer's own family, a job at a prison and a family's move told plainly
pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:bullying:poverty"

HELD = [
    "твой батя всё ещё безработный? ахах",
    "ботинки с рынка? мамка по купонам брала лол",
    "передай привет бате на зону",
    "baban hâlâ işsiz mi? haha",
    "ayakkabılar pazardan mı? annen kuponla mı aldı",
    "babana cezaevinde selam söyle",
    "twój stary dalej bezrobotny? xd",
    "pozdrów starego w pierdlu",
    "pantes, bapaknya di penjara",
    "bapak lo masih nganggur ya? wkwk",
    "sepatunya dari pasar loak ya? wkwk",
    "keluarga lo hidup dari bansos ya wkwk",
    "أبوك لسا عاطل عن العمل؟ هههه",
    "أبوك في السجن ههههه",
    "جزمتك من البالة؟ ههههه",
    "teri family gaon se bhaag ke aayi hai",
    "tera baap abhi bhi berozgaar hai kya lol",
    "tere papa ki naukri chali gayi kya haha",
    "你爸还没找到工作吧哈哈",
    "你爸在坐牢吧哈哈",
    "你家是不是吃低保的哈哈",
    "你这鞋是地摊上买的吧哈哈",
    'bokap lo masih nganggur? wkwkwk',
    'tera baap jail mein hai na isliye tu aisa hai',
    'اهلك عايشين على الصدقات ههههه',
    '你妈又被开除了吧哈哈哈',
    'twoja rodzina żyje z zasiłku xd',
    'ailen yardım kolisiyle mi geçiniyor haha',
    'cie yang bapaknya di penjara, pantes kelakuannya gitu 🤭',
    'bapak lo di penjara ya, pantes kelakuan lo kayak gitu',
    'cie yang ayahnya nganggur wkwk',
    'udah sana jualan gorengan kayak emakmu wkwk',
    'ntar lo jadi pemulung kayak bapak lo',
    "Emre'nin babası hâlâ işsiz haha",
]

PASS = [
    "мой папа потерял работу, тяжело",
    "babam işsiz kaldı, zor günler",
    "baban hala işsiz mi? benimki de haha",
    "mój tata szuka pracy od miesiąca",
    "bapaknya kerja di penjara sebagai sipir",
    "ayahku baru kena PHK, doain ya",
    "bapak lo masih nganggur ya? bapakku juga wkwk",
    "ابوي عاطل عن العمل والوضع صعب",
    "meri family gaon se aayi hai aur mujhe garv hai",
    "我爸失业了，心情不好",
    "你爸还在找工作吗？我爸也是哈哈",
    "我们学校给食物银行捐了吃的",
    '你爸妈今天来开家长会吗哈哈',
    '我家住在农村，哈哈挺好的',
    '你家的狗好可爱哈哈',
    'бабушка с рынка принесла кроссовки лол',
    'annem pazardan ayakkabı aldı haha çok güzel',
    'keluarga aku dapet bantuan dari sekolah, alhamdulillah',
    'ابوي في السجن وانا حزين',
    'mere papa ki naukri chali gayi, bahut tension hai',
    'pantes dia sedih, bapaknya di penjara',
    'bapaknya di penjara, kasihan banget dia',
    'bapaknya kerja di penjara sebagai sipir, pantes dia disiplin',
    'cie yang bapaknya baru pulang dari luar kota',
    'aku bantu jualan gorengan kayak ibuku tiap sore',
    'jualan kue kayak ibumu enak banget, laris terus',
    'babası hala iş arıyor, geçmiş olsun',
    'he said "cie yang bapaknya di penjara, pantes kelakuannya gitu" to my friend, not okay',
]


@pytest.mark.parametrize("text", HELD)
def test_poverty_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert REASON in rules_pipe.check(text).reasons, (text, rules_pipe.check(text).reasons)


@pytest.mark.parametrize("text", PASS)
def test_own_family_jobs_and_plain_moves_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
