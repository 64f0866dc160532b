"""Lessons about nudes told by adults and children's questions about the law
(frames_nude_lessons.py, with the told-advice frame of frames_told_advice.py
now also read for the harm stage's sexual requests).

Pass: "our teacher told us never to trade nudes", "kabhi bhi apni nangi photo
mat bhejo", "meine Lehrerin hat gesagt, schick niemals Nacktbilder", "is it
illegal to send nude pics if you're 15?", "kya 15 saal mein nangi photo
bhejna illegal hai?" and their kind in en es fr pt de it ru hi.  Held: the
request with secrecy, the writer as the exception ("never send nudes to
anyone but me"), the request made again after the lesson or the question,
defiance ("it's illegal but who cares"), a condition ("if you don't send
nudes ..."), and the writer as the recipient in the question.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

LESSONS = [
    'our teacher told us never to trade nudes',
    'the police officer said never send nude pics',
    'kabhi bhi apni nangi photo mat bhejo',
    'nunca mandes fotos desnuda, nos dijo la profe',
    'my teacher said never to trade nudes',
    "sir told us never to trade nudes cause it's a crime",
    'mum said dont send nudes to anyone ever',
    "teacher told us: don't ever send nudes, even to your bf",
    "don't send nudes",
    'my dad always tells me never to send nudes to anyone online',
    'the police told the whole class never to trade nudes, even with friends',
    'our form tutor warned us not to swap nudes with anyone',
    'madam ne bola kabhi nangi photo mat bhejna',
    'mummy kehti hai kisi ko nangi photo mat bhejo',
    'meine lehrerin hat gesagt, schick niemals nacktbilder',
    'mein vater sagt schick nie nacktbilder an fremde',
    'la prof nous a dit de ne jamais envoyer de nudes',
    'a professora disse pra nunca mandar nudes',
    'la maestra ci ha detto di non mandare mai foto nude',
    'учительница сказала никогда не отправлять голые фото',
    'my teacher said its dangerous to send nudes even to people you trust',
    'teacher said never send nudes, never trade nudes, and tell an adult if someone asks',
]

LESSONS_TURNED = [
    'send me nudes and never tell anyone',
    'never tell your teacher, just send the pics',
    'dont tell ur mum, send me nudes',
    'never tell anyone and send me nude pics',
    'never tell your parents, just send me nudes',
    'never send nudes to anyone but me',
    'never send nudes to anyone except me ok',
    "don't send nudes to anyone else, only me",
    'dont send nudes here, send them in dm',
    "my mum says it's illegal but who cares, send nudes",
    "if you don't send nudes i will tell everyone what you said",
    "why don't you send nudes",
    'mándame fotos desnuda y no le digas a nadie',
    'envoie moi des nudes et dis rien à ta mère',
    'kisi ko mat batana, mujhe nangi photo bhejo',
    'schick mir nacktbilder und sag es niemandem',
]

LAW_QUESTIONS = [
    "is it illegal to send nude pics if you're 15?",
    "can you get in trouble for sharing someone's nudes?",
    "est-ce que c'est illégal d'envoyer des nudes à 14 ans ?",
    'is it against the law to send nudes under 18?',
    "is it a crime to send nudes to your boyfriend if you're both 15?",
    'is it illegal to trade nudes at 16',
    'can you get arrested for asking someone to send nudes?',
    'is it illegal to show boobs on snap if ur 16',
    'is it illegal to send nude pics to your gf if u r both 16?',
    'can kids go to jail for sending nudes?',
    "is it really illegal to send nudes if you're the same age?",
    'will i get in trouble at school if i send nudes to my boyfriend?',
    'kya 15 saal mein nangi photo bhejna illegal hai?',
    'es ilegal mandar nudes si tienes 15?',
    '¿es delito enviar fotos desnuda a los 14?',
    'é crime mandar nudes com 14 anos?',
    'ist es strafbar, nacktbilder zu verschicken mit 15?',
    'è illegale mandare foto nude a 16 anni?',
    'можно ли получить срок за отправку голых фото в 15?',
    "est-ce que c'est illégal de demander des nudes ?",
]

LAW_QUESTIONS_TURNED = [
    'is it illegal if you send me your pics? no one will know',
    'is it illegal to send me nudes? lol just do it',
    'is it illegal to send nudes? no. so send me some',
    'is it illegal to send nudes if we never tell anyone? send them',
    'is it illegal to send nudes? who cares, send them',
    'can you get in trouble for sending nudes to me? nobody will find out',
    "is it illegal to show me your body on cam if you're 14?",
    "est-ce que c'est illégal si tu m'envoies des nudes ? personne le saura",
    'es ilegal si me mandas fotos desnuda? nadie se va a enterar',
    'kya illegal hai agar tum mujhe nangi photo bhejo? kisi ko pata nahi chalega',
    'is it illegal to send your nudes to an adult? asking for me lol send them',
    'will you get in trouble if you send me pics? no, so do it',
]


def _held_sexual_or_grooming(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    assert {"sexual", "grooming"} & set(v.categories), (text, v.categories, v.reasons)


@pytest.mark.parametrize("text", LESSONS)
def test_lessons_told_by_adults_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", LESSONS_TURNED)
def test_requests_with_secrecy_or_the_writer_as_exception_held(rules_pipe: Pipeline, text: str) -> None:
    _held_sexual_or_grooming(rules_pipe, text)


@pytest.mark.parametrize("text", LAW_QUESTIONS)
def test_questions_about_the_law_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", LAW_QUESTIONS_TURNED)
def test_law_questions_turned_to_the_writer_held(rules_pipe: Pipeline, text: str) -> None:
    _held_sexual_or_grooming(rules_pipe, text)
