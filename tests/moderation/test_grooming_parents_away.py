"""When the reader's parents are away, asked "for safety" (grooming_parents_away.py, en
es fr pt de it ru tr pl id ar hi zh).

The parents' schedule ("what time do ur parents get home", "when is your mum at work",
"a qué hora llegan tus papás") with contact between writer and reader then ("so we can
call", "when it's safe", "without them knowing").  Hard negatives: pickups, the parents'
own plans, a project or a sleepover, calling the parents themselves, a teacher, a
lesson about groomers and a blocked stranger.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:grooming:parents_away"

HELD_EN = [
    "what time do ur parents usually get home? just wanna know when its safe for us to call 🙂",
    "when is your mum at work? so we can video call",
    "when do your parents leave for work? thats when we can talk without anyone knowing",
    "how long is your dad out for? want to call when nobody's around",
    "what days does your mom work late? we can facetime then",
    "what time does ur mom leave for work? i wanna call u when no ones home",
    "how late does your dad work on fridays? we can facetime when nobody's around",
    "text me when your parents go out so we can video call without them knowing",
]

HELD_LANGS = [
    "¿a qué hora llegan tus papás? para saber cuándo podemos hablar",
    "cuándo se va tu mamá al trabajo? así podemos hacer videollamada sin que se entere",
    "hasta qué hora trabaja tu papá? para que podamos hablar tranquilos",
    "à quelle heure rentrent tes parents ? pour savoir quand on peut s'appeler tranquille",
    "quand est-ce que ta mère part au travail ? comme ça on peut faire un facetime sans qu'elle sache",
    "que horas seus pais chegam em casa? só pra saber quando é seguro a gente conversar",
    "até que horas sua mãe trabalha? pra gente poder fazer chamada de vídeo sem ela saber",
    "wann kommen deine eltern nach hause? damit ich weiß wann wir sicher telefonieren können",
    "bis wann arbeitet deine mutter? dann können wir ungestört facetimen",
    "a che ora tornano i tuoi genitori? così so quando possiamo sentirci",
    "quando esce tua madre? così possiamo videochiamarci senza che lo sappia",
    "во сколько твои родители приходят домой? чтобы знать когда можно созвониться",
    "когда твоя мама уходит на работу? чтобы мы могли созвониться, чтобы никто не узнал",
    "ailen eve saat kaçta geliyor? ne zaman konuşabileceğimizi bileyim diye",
    "annen ne zaman işe gidiyor? o zaman rahat konuşuruz",
    "o której wracają twoi rodzice? żebym wiedział kiedy możemy pogadać",
    "kiedy twoja mama wychodzi do pracy? żebyśmy mogli spokojnie pogadać",
    "ortu kamu pulang jam berapa? biar aku tau kapan aman buat telponan",
    "mama kamu kerja sampai jam berapa? biar kita bisa vc an dengan aman",
    "والديك يرجعون البيت الساعة كم؟ عشان اعرف متى نقدر نتكلم",
    "امك متى تطلع للشغل؟ عشان نقدر نتكلم براحتنا",
    "tumhare mummy papa kitne baje ghar aate hai? taaki pata ho kab safe hai call karna",
    "tumhari mummy kab office jaati hai? taaki hum aaram se video call kar sake",
    "तुम्हारे मम्मी पापा कितने बजे घर आते हैं? ताकि हम आराम से बात कर सकें",
    "你爸妈几点回家？我想知道什么时候打给你比较安全",
    "你妈妈一般什么时候出门？这样我们就可以视频了",
]

PASS = [
    "what time does your mum pick you up from practice?",
    "my parents get home at 6",
    "what time do your parents get home? we can do the project at your place after",
    "mrs evans: what time do your parents usually pick you up, so i know who to call if it runs late?",
    "what time do your parents get home? so i can call them about the sleepover",
    "we learned that groomers ask when your parents are at work so they know when it's safe to call",
    "a guy asked me what time my parents get home so we could call, i blocked him and told my mum",
    "my mum works till 8 so i can call you after school if you want",
    "when do your parents get back from holiday? we can have the party after",
    "what time does your mum get home? you should talk to her about it then",
    "what time do your parents finish work? i need to know who's collecting you today",
    "when does your dad get back from his trip? my dad wants to call him",
    "what time do your parents get home? we can play minecraft after",
    "my mum gets home at 6 so we can call after that",
    "if someone asks when your parents are out so they can call you, tell an adult",
    "a qué hora llegan tus papás? mi mamá quiere hablar con ellos",
    "¿a qué hora te recogen tus papás del entrenamiento?",
    "mis papás llegan a las 7, podemos hablar después si quieres",
    "hasta qué hora trabaja tu mamá? mi mamá quiere llamarla",
    "à quelle heure rentrent tes parents ? ma mère veut les appeler",
    "quand est-ce que ta mère vient te chercher ?",
    "que horas sua mãe te busca na escola?",
    "wann kommen deine eltern nach hause? wir können dann zusammen lernen",
    "wann kommt deine mama nach hause? meine mama will mit ihr reden",
    "a che ora torna tua madre? mia madre vuole parlare con lei",
    "во сколько твоя мама тебя забирает?",
    "ailen eve saat kaçta geliyor? ödevi birlikte yaparız",
    "o której twoja mama cię odbiera?",
    "mama kamu jemput jam berapa?",
    "امك متى بتجي توصلك؟",
    "tumhari mummy kitne baje lene aati hai?",
    "你妈妈几点来接你？",
    "你爸妈几点下班？我妈想给他们打电话",
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_parents_schedule_for_a_call_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", HELD_LANGS)
def test_parents_schedule_for_a_call_held_in_other_languages(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_pickups_plans_lessons_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
