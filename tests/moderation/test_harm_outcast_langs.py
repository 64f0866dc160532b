"""A third person insulted for their body or their mind and the group told to throw
them out or laugh at them, in ru ar tr pl id hi (harm_outcast_langs.py).

Hard negatives: pets and one's own cat, bots and spam kicked, the writer leaving the
group, and reports to a teacher.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'посмотрите на эту жирную машу хаха пусть валит из чата',
    'кикните диму он тупой хаха',
    'эта жирная корова опять пишет, кикните её',
    'он тупой как пробка хаха выгоните его из чата',
    'маша такая уродина 😂 давайте посмеемся над ней',
    'голосуем чтобы кикнуть катю она жирная',
    'вали из чата уродина',
    'пусть этот дебил уходит из группы хахах',
    'اطلع من القروب يا فاشل ههههه',
    'طلعوا سارة من القروب الدبة هههه',
    'اطلعي من القروب يا سمينة يا دبة 😂',
    'طلعوها من الجروب هالبقرة الغبية',
    'الفاشل هذا يطلع من المجموعة ههههه',
    'شوفوا هالدبة هههه اطردوها من القروب',
    'şişko ayşeyi gruptan atın jsjsjs',
    'ahmet salak gruptan atalım',
    'Ayşe çok şişko jsjsj gruptan atın şunu',
    'bu aptal hâlâ yazıyor gruptan çıkarın şunu',
    'mehmet gerizekalı ya hahaha gruptan atalım onu',
    'şu domuza bakın ahahah gruptan defolsun',
    'patrzcie na tę grubą kasię xd niech spada z grupy',
    'wywalcie tomka z grupy to debil xd',
    'kasia jest taka gruba xd wywalcie ją',
    'ten idiota znowu pisze, wypad z grupy',
    'ta krowa niech wypierdala z grupy haha',
    'liat si gendut rina wkwk kick aja dari grup',
    'keluarin budi dari grup dia bego banget wkwk',
    'si rina gendut banget wkwk kick aja',
    'dia bego banget, keluarin dari grup',
    'si babi itu masih nimbrung wkwk usir aja dari grup',
    'dekho moti priya ko 😂 group se nikalo isko',
    'rahul pagal hai usko group se nikaal do lol',
    'moti priya ko group se nikalo 😂',
    'इस मोटी को ग्रुप से निकालो',
    'ye gadha phir se bol raha hai 😂 group se bahar karo isko',
]

PASS = [
    'мой кот такой жирный хаха',
    'удалите его из чата, это спам-бот',
    'кто-то сказал что маша жирная, я рассказала учителю',
    'я выхожу из чата, всем спокойной ночи',
    'давайте посмеемся над этим мемом хаха',
    'кикните бота из чата он спамит',
    'قطتي سمينة مرة هههه',
    'اطردوا البوت من القروب',
    'احد قال ان سارة سمينة وانا قلت للمعلمة',
    'بطلع من القروب شوي، تصبحون على خير',
    'kedim çok şişko jsjsjs',
    'gruptan çıkıyorum, iyi geceler',
    'botu gruptan atın spam yapıyor',
    'biri ayşeye şişko dedi, öğretmene söyledim',
    'mój kot jest taki gruby xd',
    'wywalcie bota z grupy bo spamuje',
    'ktoś napisał że kasia jest gruba, powiedziałam pani',
    'wychodzę z grupy na chwilę, nara',
    'kucingku gendut banget wkwk',
    'kick bot spam dari grup dong',
    'ada yang bilang rina gendut, aku udah lapor ke guru',
    'aku keluar dari grup dulu ya, capek',
    'main group se nikal raha hoon, bye',
    'mera kutta bahut mota hai lol',
    'bot ko group se nikalo spam kar raha hai',
    'kisi ne priya ko moti bola, maine teacher ko bata diya',
    'मेरी बिल्ली बहुत मोटी है',
    'dia bego banget, aku keluar dari grup aja',
    'wo pagal hai, main group se nikal raha hoon',
]

@pytest.mark.parametrize("text", HELD)
def test_insult_and_exclusion_call_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert "stage:bullying:exclusion" in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_pets_bots_leaving_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
