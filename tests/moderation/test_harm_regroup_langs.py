"""A classmate shut out by re-creating the group chat without them, in ru ar tr pl id
hi zh (harm_regroup_langs.py).

First-person and imperative makers only ("создаём", "سويت", "açtım", "robimy", "aku
bikin", "bana lo", "新建"); "they made a new group without me" is a disclosure, and
bots, spam, parents, ads, a surprise and a hacked group pass.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "создаём новый чат без Димы",
    "делаем новую беседу без неё",
    "давайте создадим новую группу без Маши",
    "новый чат без него, заходите",
    "я создала новую беседу без Кати лол",
    "لنعمل مجموعة جديدة بدون سارة",
    "سويت قروب جديد بدونه",
    "خلونا نسوي قروب ثاني بدون ريم",
    "yeni grup kuruyoruz Ayşe olmadan",
    "ayşesiz yeni grup açtım",
    "yeni grup açalım ama onu eklemeyin",
    "robimy nową grupę bez Kasi",
    "zakładam nowy czat bez niego",
    "zróbmy nową grupę bez tej nowej i nie dodawajcie jej",
    "bikin grup baru tanpa Rina yuk",
    "aku bikin gc baru tanpa dia",
    "kita bikin grup baru, gausah masukin si dodi",
    "naya group banate hain bina Rahul ke",
    "Priya ke bina naya gc bana lo",
    "naya group banao aur usko mat add karna",
    "新建一个群，不拉小明",
    "我们重新建个群，不要她",
    "建个没有她的新群",
]

PASS = [
    "они создали новый чат без Димы, и она плакала весь вечер",
    "новый чат без спама, старый взломали",
    "давайте создадим новый чат без родителей",
    "сделаем новую беседу без ботов",
    "سووا قروب جديد بدوني وزعلت",
    "سويت قروب جديد بدون البوت",
    "yeni grup kurdular bensiz, çok üzüldüm",
    "reklamsız yeni grup açtım",
    "yeni grup açtım çünkü eskisi doldu",
    "zrobili nową grupę beze mnie i jest mi przykro",
    "robimy nową grupę bez spamu",
    "grupa klasowa bez rodziców",
    "mereka bikin grup baru tanpa aku",
    "bikin grup baru tanpa admin",
    "bikin gc baru buat kejutan ultah rina tanpa rina",
    "unhone naya group banaya bina mere",
    "naya group bana lo bina bots ke",
    "他们建了个新群不拉我",
    "新建一个群，不要广告",
    "我们建个新群给小明准备生日惊喜，不拉小明",
]


@pytest.mark.parametrize("text", HELD)
def test_new_group_without_a_person_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:regroup" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_reports_things_and_surprises_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
