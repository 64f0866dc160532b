"""Incitement told to the writer, and the writer agreeing with it
(selfharm_agree.py): "someone told me to kys and maybe they're right",
"quizás tenga razón", "vielleicht hat er recht", "может они правы", "belki
haklı", "może ma rację", "mungkin dia bener", "shayad woh sahi hai", "يمكن
معه حق", "也许他说得对", in 13 languages (the report frame used to excuse
them).  Hard negatives: the writer disagreeing or acting, someone being
right to report it, "you're right" in an ordinary exchange."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

AGREED = [
    ("someone told me to kys and maybe they're right", "en"),
    ("people keep telling me to kys and honestly they might be right", "en"),
    ("they all tell me to kys, maybe they are right", "en"),
    ("someone commented kill yourself on my post and honestly i think they're right", "en"),
    ("alguien me dijo que me matara y quizás tenga razón", "es"),
    ("me dijeron que me muriera y tal vez tienen razón", "es"),
    ("alguien me escribió que me muriera, igual tienen razón", "es"),
    ("me mandaram me matar e talvez eles tenham razão", "pt"),
    ("me falaram pra morrer e acho que eles têm razão", "pt"),
    ("on m'a dit de me suicider et peut-être qu'ils ont raison", "fr"),
    ("ils m'ont dit de mourir et peut-être qu'ils ont raison", "fr"),
    ("jemand hat mir gesagt ich soll mich umbringen und vielleicht hat er recht", "de"),
    ("sie haben geschrieben ich soll sterben, vielleicht haben sie recht", "de"),
    ("mi hanno detto di ammazzarmi e forse hanno ragione", "it"),
    ("mi hanno scritto muori e forse hanno ragione", "it"),
    ("мне написали убей себя и может они правы", "ru"),
    ("мне пишут умри, наверное они правы", "ru"),
    ("мне сказали сдохни, может они правы", "ru"),
    ("حد قالي موت نفسك ويمكن معه حق", "ar"),
    ("الكل يقولي موت، يمكن معهم حق", "ar"),
    ("有人叫我去死，也许他说得对", "zh"),
    ("他们都让我去死，说不定他们是对的", "zh"),
    ("kisi ne mujhe kys bola aur shayad woh sahi hai", "hi"),
    ("sab bolte hain mar ja, shayad wo sahi hain", "hi"),
    ("biri bana kendini öldür dedi ve belki haklı", "tr"),
    ("herkes bana geber diyor, galiba haklılar", "tr"),
    ("biri bana öl dedi, belki haklı", "tr"),
    ("ktoś mi napisał żebym się zabiła i może ma rację", "pl"),
    ("piszą mi żebym umarła, chyba mają rację", "pl"),
    ("ada yang nyuruh aku bunuh diri dan mungkin dia bener", "id"),
    ("semua nyuruh aku mati aja, kayaknya mereka bener", "id"),
]

NOT_AGREED = [
    ("someone told me to kys but they're not right, i blocked and reported them", "en"),
    ("people told me to kys and my mum said i was right to report them", "en"),
    ("someone told my friend to kys and she was right to block him", "en"),
    ("my parents told me to go to bed earlier and maybe they're right", "en"),
    ("someone told me to kys, my friends said they're wrong and i reported it", "en"),
    ("they told me to end it with my toxic friend and honestly they might be right", "en"),
    ("someone told me to kys, i know they're wrong and my counsellor agrees", "en"),
    ("my friend said the people who write kys are pathetic and honestly she's right", "en"),
    ("alguien me dijo que me matara, no tiene razón y lo bloqueé", "es"),
    ("tienes razón, decirle a alguien que se mate nunca es broma", "es"),
    ("mis papás me dijeron que estudiara más y quizás tengan razón", "es"),
    ("me dijeron que me matara pero no tienen razón, los bloqueé", "es"),
    ("alguien le escribió muérete a mi amiga, lo denunciamos y tiene razón mi mamá, eso no se hace", "es"),
    ("meus pais falaram pra eu dormir cedo e talvez eles tenham razão", "pt"),
    ("mes parents m'ont dit de dormir plus et peut-être qu'ils ont raison", "fr"),
    ("meine eltern sagen ich soll mehr schlafen, vielleicht haben sie recht", "de"),
    ("i miei mi hanno detto di studiare di più e forse hanno ragione", "it"),
    ("родители сказали больше спать, может они правы", "ru"),
    ("мне написали убей себя, но они не правы, я их заблокировала", "ru"),
    ("امي قالتلي نامي بكير، يمكن معها حق", "ar"),
    ("妈妈让我早点睡，也许她说得对", "zh"),
    ("mummy ne bola jaldi so jao, shayad woh sahi hai", "hi"),
    ("sakin ol, bence haklısın", "tr"),
    ("annem daha çok uyumamı söyledi, belki haklı", "tr"),
    ("biri bana kendini öldür yazdı ama haklı değil, engelledim", "tr"),
    ("ktoś napisał koleżance zabij się, miała rację że to zgłosiła", "pl"),
    ("mama mówi że powinnam więcej spać, może ma rację", "pl"),
    ("ktoś mi napisał zabij się, ale nie ma racji, zgłosiłam go", "pl"),
    ("kamu bener, nyuruh orang bunuh diri itu jahat banget", "id"),
    ("ortu nyuruh aku tidur lebih awal, mungkin mereka bener", "id"),
    ("ada yang nyuruh aku bunuh diri, tapi dia ga bener, udah aku blok", "id"),
]


@pytest.mark.parametrize(("text", "lang"), AGREED)
def test_agreeing_with_incitement_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), NOT_AGREED)
def test_disagreeing_and_reporting_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
