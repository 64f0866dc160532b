"""Presence jibes in ru tr pl id ar hi zh (harm_presence_jibes_world.py).

"вайб умер, как только зашёл Тёма", "Ayşe gelince ortam bozuldu", "zakłady: za ile
Kasia się rozpłacze", "vibe langsung mati pas Dina dateng", "الجو خرب اول ما دخلت",
"uske aate hi mood kharab ho gaya", the Hinglish colour jibe on arrival ("lo aa gayi
kaali"), "她一来气氛就冷了".  Hard negatives: the lights or the rain, a teacher or
the bell, friendly returns, a black t-shirt or cat arriving, "Kali" the name, game
bots ("打人机").
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    "вайб умер, как только зашёл Тёма",
    "урок был почти норм, пока не пришла она",
    "стоило ей прийти, как всё испортилось",
    "ставки: через сколько Беня опять заплачет",
    "кто будет сидеть рядом с Леной, берите освежитель",
    "она такая нпс, ноль личности",
    "он опять пришел, как будто нам и так не скучно",
    "приходит всегда без приглашения, как плесень",
    "Ayşe gelince ortam bozuldu",
    "ders güzeldi ta ki o gelene kadar",
    "bahse girerim, kaç dakikada ağlayacak",
    "Elif'in yanına oturan oda spreyi getirsin",
    "o tam bir npc",
    "yine geldi, sanki yeterince sıkılmıyorduk",
    "klimat od razu siadł, jak tylko weszła Kasia",
    "zakłady: za ile Kasia się rozpłacze",
    "kto będzie siedział obok niej niech weźmie odświeżacz",
    "ona jest taki npc",
    "vibe langsung mati pas Dina dateng",
    "kelas seru banget sampe dia masuk",
    "taruhan berapa lama sampe dia nangis lagi",
    "siapapun yang duduk sama Rina bawa pengharum wkwk",
    "dia tuh npc banget",
    "dia dateng lagi, kayak kita belum cukup bosen aja",
    "الجو خرب اول ما دخلت",
    "رهان: بعد كم دقيقه تبكي",
    "الله يعين اللي بيقعد جنبها جيبوا معطر",
    "هي npc",
    "رجعت مره ثانيه كاننا مو طفشانين",
    "uske aate hi mood kharab ho gaya",
    "jab woh aayi sab ka mood kharab ho gaya",
    "lo aa gayi kaali",
    "kalua aa gaya lol",
    "uske aate hi class mein andhera ho gaya",
    "woh phir se aa gayi jaise hum pehle se kam bore the",
    "उसके आते ही मूड खराब हो गया",
    "लो आ गई काली",
    "她一来气氛就冷了",
    "本来挺开心的，结果她来了",
    "打赌她多久又哭",
    "她就是个npc，别理她",
    "瘟神又来了",
]

PASS = [
    "настроение пропало, когда отключили свет",
    "урок был норм, пока не пришла учительница",
    "урок был нормальный, пока не выключили свет",
    "вайб умер, когда пришел учитель",
    "опрос: пицца или паста?",
    "он опять пришел, ура!",
    "кто будет сидеть рядом со мной, берите книгу",
    "elektrik gidince ortam bozuldu",
    "ders güzeldi ta ki öğretmen gelene kadar",
    "ders güzeldi ta ki zil çalana kadar",
    "ayşe yine geldi, çok sevindim",
    "impreza była fajna, aż zaczęło padać",
    "ona znowu przyszła, super!",
    "vibe langsung mati pas listrik mati",
    "kelas seru sampe guru masuk",
    "kelas seru banget sampe bel bunyi",
    "dia dateng lagi, seneng banget",
    "الجو خرب لما راح النت",
    "الجو كان حلو لين جات الامطار",
    "رجعت مره ثانيه الحمد لله",
    "kaali t-shirt aa gayi online order se",
    "kaali billi aa gayi ghar mein",
    "class bahut acchi chal rahi thi jab tak bell nahi bajai",
    "woh phir se aa gayi, bahut khushi hui",
    "Kali aa gayi kya? uska intezaar hai",
    "她一来我们就开始上课了",
    "本来挺开心的，结果下雨了",
    "我在打人机",
    "这个npc任务好难",
]

REPORTS = [
    'кто-то написал "вайб умер, как только зашёл Тёма" и я пожаловалась',
    'birisi "Ayşe gelince ortam bozuldu" yazdı, çok üzüldüm',
]


@pytest.mark.parametrize("text", HELD)
def test_presence_jibes_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:presence" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_lights_teachers_friendly_returns_and_things_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_jibes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
