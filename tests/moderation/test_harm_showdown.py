"""Fight set-ups (harm_showdown.py): "bring your friends, won't help" and
"if you come to school tomorrow you're dead", in 13 languages.  Parties,
chargers, "if you don't come ... we have the test" and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

BRING_FRIENDS_WONT_HELP = [
    "bring your friends, won't help",
    "bring ur big brother idc, it wont save u",
    "bring all your mates it's not gonna help you",
    "bring deine kumpels mit, hilft dir eh nichts",
    "trae a tus amigos, no te van a salvar",
    "ramène tes potes, ça servira à rien",
    "traz teus amigos, não vai adiantar",
    "porta pure i tuoi amici, non ti serviranno",
    "бери своих друзей, не поможет",
    "جيب ربعك ما راح ينفعونك",
    "叫上你的朋友也没用",
    "apne doston ko le aana, koi fayda nahi",
    "arkadaşlarını da getir, işe yaramaz",
    "weź swoich kumpli, nic ci nie pomogą",
    "bawa temen temen lo, ga bakal ngaruh",
]
COME_AND_YOURE_DEAD = [
    "if you come to school tomorrow you're dead, I swear",
    "if u show up at school monday ur dead i swear",
    "if you ever show your face at the park again you're done",
    "wenn du morgen in die schule kommst bist du tot, ich schwör",
    "wenn du dich morgen in der schule blicken lässt bist du tot",
    "si vienes mañana al cole estás muerto, te lo juro",
    "si te vuelvo a ver en el parque estás muerto",
    "si tu viens au collège demain t'es mort, je te jure",
    "se vier pra escola amanhã tá morto, juro",
    "se vieni a scuola domani sei morto, giuro",
    "если придёшь завтра в школу тебе конец, клянусь",
    "اذا جيت المدرسة بكرا انت ميت، والله",
    "你明天敢来学校你就死定了，我发誓",
    "kal school aaya to tu mara, kasam se",
    "कल स्कूल आया तो तू मरा, कसम से",
    "yarın okula gelirsen ölüsün, yemin ederim",
    "okula bir daha gelirsen ölürsün",
    "jak przyjdziesz jutro do szkoły to jesteś martwy, przysięgam",
    "jak się jutro pokażesz w szkole to po tobie",
    "kalo lo dateng ke sekolah besok lo mati, sumpah",
]
CLEAN = [
    "bring your friends to the party tomorrow, the more the merrier",
    "bring your friends tomorrow, it won't matter if it's crowded, the hall is huge",
    "bring deine freunde morgen mit, wir grillen",
    "trae a tus amigos mañana a la fiesta",
    "ramène tes potes demain, on fait une fête",
    "porta i tuoi amici domani alla festa",
    "бери своих друзей завтра на день рождения",
    "جيب ربعك بكرا للحفله",
    "明天叫上你的朋友一起来玩",
    "kal apne doston ko le aana party hai",
    "yarın arkadaşlarını da getir, parti var",
    "weź jutro swoich kumpli na imprezę",
    "besok bawa temen temen lo ke pesta ya",
    "if you come to school tomorrow bring the charger",
    "if you come to the party you're going to love it",
    "wenn du morgen in die schule kommst bring dein ladekabel mit",
    "si vienes mañana al cole trae el cargador",
    "se vieni a scuola domani portami il caricatore",
    "a boy wrote to me 'if you come to school tomorrow you're dead', should i tell a teacher?",
]


@pytest.mark.parametrize("text", BRING_FRIENDS_WONT_HELP)
def test_bring_your_friends_it_wont_help_is_a_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", COME_AND_YOURE_DEAD)
def test_coming_to_a_place_and_being_dead_is_a_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", CLEAN)
def test_invitations_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
