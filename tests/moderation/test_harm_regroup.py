"""A classmate shut out by re-creating the group chat without them (harm_regroup.py:
en es fr pt de it).

The writer or the group makes a new group chat (or re-makes the old one) and leaves a
named person out: "let's make a new gc without sophie", "new group, no tom allowed",
"on refait le groupe sans inès".  Hard negatives: the writer left out (a disclosure),
bots, spam, strangers, adults and phones, a group re-made because the old one was full
or hacked, a surprise party, teachers' class groups, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD_EN = [
    "let's make a new gc without Sophie",
    "new group, no Tom allowed",
    "i'm making another chat w/o her",
    "remaking the group minus Jake lol",
    "making a new gc without emma dont tell her",
    "new groupchat without him 😂",
    "guys new gc, everyone except sophie",
    "lets start a new group and not add jake",
    "im making a second gc without the weirdo",
    "we should make a new chat without her so she cant see",
    "new chat no mia pls",
    "created a new group without lucas, join it",
    "i made a new group without her lmao",
    "new gc just us, no sophie",
    "let's make a new group with everyone but Tom",
    "making a gc without you lol",
    "ok so we're making a separate gc without the new girl",
    "why dont we just make another group without chloe",
    "me and jess made a new gc without amelia 💀",
    "dont add sophie to the new gc",
    "i'm gonna redo the group chat without him tonight",
    "new server without liam, here's the invite",
]

HELD_ES_FR_PT_DE_IT = [
    "hagamos un grupo nuevo sin Sofía",
    "creo otro grupo sin ella jaja",
    "nuevo grupo sin pablo",
    "vamos a hacer otro grupo sin la nueva",
    "on refait le groupe sans Inès",
    "on fait un nouveau groupe sans lui mdr",
    "je crée un autre groupe sans Léa",
    "j'ai fait un nouveau groupe sans Chloé, venez",
    "vamos fazer um grupo novo sem a Ana",
    "criei outro grupo sem ele kkk",
    "bora criar um grupo novo sem a julia",
    "wir machen eine neue gruppe ohne Lena",
    "neue gruppe ohne tim, kommt alle rein",
    "ich hab eine neue gruppe ohne jonas gemacht",
    "facciamo un nuovo gruppo senza Giulia",
    "ho creato un altro gruppo senza di lui",
    "apriamo un altro gruppo senza marco dai",
]

PASS_EN = [
    "let's make a new group without the spam bot",
    "new gc without the bot that keeps spamming",
    "made a new chat without that random stranger who joined",
    "new group without the adults lol so we can plan the trip",
    "the old gc is full so i made a new one",
    "the group got hacked, i made a new chat, join here",
    "new group without phones: whoever checks their phone first loses",
    "they made a new group without me and i felt left out",
    "my friends made a new gc without me, i feel so alone",
    "making a new group without Mia so she doesn't find out about her surprise party",
    "new gc for mia's surprise party, obviously without mia",
    "the teacher made a new class group for year 9",
    "new class group without parents, only students and teacher",
    "i left the old group and made a new one without notifications",
    "new group chat without all the spam messages",
    "is it ok to make a new group without someone?",
    "lets make a new gc no cap this one is better",
    "new group no drama pls",
    "we made a new group for the trip, everyone is in it",
    "can you add sophie to the new gc?",
    "made a new server without ads",
    "new chat without the randoms who joined from tiktok",
    "let's start a new group without swearing this time",
    "my sister made a new group without me lol whatever",
    "lets make a new gc without the creep who keeps messaging us",
    "they made a new gc without her and she cried all night, what should i do",
]

PASS_ES_FR_PT_DE_IT = [
    "hicieron un grupo nuevo sin mí y me sentí muy mal",
    "creamos un grupo nuevo sin el bot",
    "nuevo grupo para la fiesta sorpresa de Sofía, sin ella para que no se entere",
    "hagamos un grupo nuevo sin los profes",
    "ils ont fait un nouveau groupe sans moi, je suis triste",
    "on fait un nouveau groupe sans le bot",
    "on crée un groupe pour l'anniv de Léa sans Léa",
    "fizeram um grupo novo sem mim e eu fiquei triste",
    "vamos criar um grupo novo sem o bot",
    "sie haben eine neue gruppe ohne mich gemacht",
    "neue gruppe ohne handys: wer zuerst aufs handy schaut verliert",
    "wir machen eine neue gruppe ohne eltern",
    "wir machen eine neue gruppe für den geburtstag von lena ohne lena",
    "abbiamo fatto un nuovo gruppo senza il bot",
    "hanno fatto un nuovo gruppo senza di me",
    "facciamo un nuovo gruppo per la sorpresa a giulia senza giulia",
]

REPORTS = [
    'someone said "let\'s make a new gc without Sophie" and i reported it',
    "if someone makes a new group without you, tell an adult",
    'they wrote "new group, no tom allowed" and tom was really upset',
    'alguien escribió "hagamos un grupo nuevo sin Sofía" y se lo conté a la profe',
    "quelqu'un a écrit \"on refait le groupe sans Inès\" et je l'ai signalé",
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_new_group_without_a_person_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:regroup" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_new_group_without_a_person_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:regroup" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS_EN)
def test_english_things_outsiders_surprises_and_disclosures_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", PASS_ES_FR_PT_DE_IT)
def test_european_things_outsiders_surprises_and_disclosures_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_quoted_and_reported_regroups_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
