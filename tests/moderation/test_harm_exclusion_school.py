"""Organised exclusion of a named child at school, no group chat named
(harm_exclusion_school.py: en es fr pt de it).

An order ("nobody talk to @maya at lunch", "nadie se siente con") or a present
with a cue of a plan (tomorrow, "pass it on", "pretend she doesn't exist")
is held as `bullying:shunning`.  Hard negatives: the writer's own loneliness,
kindness, classroom and exam rules, surprises, strangers, concern after the
match and reports.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

REASON = "stage:bullying:shunning"

HELD_EN = [
    "ok everyone's agreed, no one sits with Lena tomorrow. if she asks anything just act like she's not there",
    "nobody talk to @maya at lunch, pretend she doesn't exist",
    "nobody sit with chloe at lunch tomorrow ok? pass it on",
    "from monday no one talks to jake, act like he's invisible",
    "everyone agreed: we don't let priya play with us at break anymore",
    "tomorrow at school just ignore @sam completely, like he doesn't exist",
    "no one partners with ella in pe, spread the word",
    "if ruby tries to sit with us just move tables lol",
    "lets all pretend tom isnt there tomorrow",
    "don't save a seat for amira anymore, she's not one of us",
    "no one is allowed to sit with @carla tomorrow",
    "we're not talking to josh from now on. tell everyone",
    "nobody's sitting with the new girl tomorrow, got it?",
    "no one is gonna talk to her on the trip, pretend she's air",
]

HELD_ES_FR_PT_DE_IT = [
    "mañana en el recreo nadie le habla a Carla, como si no existiera. pasadlo",
    "mañana nadie se sienta con lucía en el comedor, hacemos como que no está",
    "nadie se siente con @marta en el recreo",
    "personne ne s'assoit avec Inès demain",
    "demain personne ne parle à @ines à la récré, faites comme si elle existait pas",
    "faites comme si lucas existait pas",
    "a partir de amanhã ninguém senta com a Ana no recreio, finjam que ela não existe",
    "finjam que o pedro não existe",
    "morgen setzt sich keiner neben Lena, tut so als wäre sie Luft",
    "in der pause redet keiner mit @jonas, sagt es weiter",
    "domani nessuno si siede con Giulia, fate finta che non esista",
    "nessuno si sieda con marco a ricreazione",
]

PASS_EN = [
    "no one sits with me at lunch and it makes me sad",
    "let's all sit with the new girl so she's not alone",
    "nobody talk during the test",
    "they all agreed not to talk to me",
    "the teacher made a seating plan, lena sits with tom tomorrow",
    "nobody talks to me at school, i feel invisible",
    "mrs jones said no one sits with their best friend during the exam",
    "nobody sit on the broken chair tomorrow",
    "someone told everyone not to sit with lena and i told the teacher",
    "make sure someone sits with maya tomorrow, she's new",
    "nobody talk to strangers online ok",
    "nobody sits with lena at lunch, i feel bad for her",
    "no one talks to the new kid tomorrow, that's so mean of them",
    "no one plays with josh at break, should i tell a teacher?",
    "no one sits with lena at lunch anymore, she's so lonely",
    "the teacher said nobody sits next to tom tomorrow because of the exam",
    "nobody sit with amy on the bus tomorrow, she's got chickenpox lol",
    "nobody talk to her, she's a scammer",
    "no one should talk to her like that",
    "we're not sitting with lena tomorrow because she's at the dentist",
    "we don't talk to josh anymore since the fight",
    "if lena sits with us we need a bigger table",
    "if she comes to sit with us just move over and make space",
    "i'm scared no one will sit with me tomorrow",
    "no one talks to sara about the party tomorrow ok? it's a surprise",
    "lets all pretend we are pirates tomorrow",
    "no one plays with her at break, can we invite her tomorrow?",
]

PASS_ES_FR_PT_DE_IT = [
    "nadie me habla en el recreo y estoy triste",
    "nadie habla con ella en el recreo, me da pena",
    "personne ne s'assoit avec moi à la cantine",
    "personne ne parle à Inès, c'est triste",
    "keiner redet mit lena, das ist gemein",
    "nessuno parla con giulia, poverina",
    "ninguém fala com a ana, coitada",
    "ninguém senta comigo no recreio",
]


def _held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "bullying" in v.categories, (text, v.categories, v.reasons)
    assert REASON in v.reasons, (text, v.reasons)


def _passes(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", HELD_EN)
def test_english_organised_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_organised_exclusion_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", PASS_EN)
def test_english_loneliness_kindness_rules_and_reports_pass(rules_pipe: Pipeline, text: str) -> None:
    _passes(rules_pipe, text)


@pytest.mark.parametrize("text", PASS_ES_FR_PT_DE_IT)
def test_european_loneliness_and_concern_pass(rules_pipe: Pipeline, text: str) -> None:
    _passes(rules_pipe, text)
