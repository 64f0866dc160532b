"""A child telling, as if it were normal, of an ongoing secret relationship with an
adult (grooming_secret_partner.py: en es fr pt de it).

The writer's relationship ("my boyfriend", "i'm his gf", "soy su novia"), an adult next
to it ("he's 22", "is 19", "way older", "un señor de 30") and secrecy or the writer's
young age anywhere ("my parents can't know", "ppl wouldn't get it", "he's sending me a
phone", "i'm 13").  Hard negatives: the relationship handled or reported ("i blocked
him", "i told my mum"), a lesson or a hypothetical, someone else's relationship, peers,
a writer of 16 or more, family.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:grooming:secret_relationship"

HELD_EN = [
    "there's this guy from fortnite, he's 22 and says i'm his gf but we have to keep it secret bc "
    "ppl wouldn't get it. he's sending me a phone so we can talk at night",
    "my boyfriend is 19 and i'm 13, my parents can't know",
    "i have a boyfriend hes 24 and im 12 but nobody can know about us",
    "my bf is 21, we met on roblox. he says our love is special and we have to keep it a secret "
    "from my parents",
    "this man i talk to online is 30 and he says im mature for my age, we are dating but its our "
    "secret",
    "he's 25 and says i'm his girlfriend, he's sending me a phone so my mum can't see our chats",
    "me and my boyfriend have been together 2 months, he's 20 and im 14. my mum would freak so i "
    "dont tell her",
    "im 12 and my girlfriend is 18 lol we met on discord",
    "this older guy from minecraft says i'm his girlfriend now, we keep it between us",
    "my bf is way older than me but he says age doesn't matter, my parents can't find out",
    "we're dating, he's 23, nobody's allowed to know. he bought me a secret phone",
]

HELD_ES_FR_PT_DE_IT = [
    "un chico de 20 me dice que soy su novia pero que no se lo diga a nadie",
    "mi novio tiene 25 años y yo 13, mis papás no pueden saber",
    "mi novio tiene 22 y yo 12, nadie puede saber porque no lo entenderían",
    "un señor de 30 me dice que soy su novia y me va a mandar un celular para hablar de noche",
    "il a 23 ans et moi 13, c'est mon copain mais personne doit savoir",
    "mon copain a 21 ans et moi 13, mes parents doivent pas le savoir",
    "un mec de 25 ans dit que je suis sa copine, c'est notre secret",
    "meu namorado tem 20 anos e eu tenho 12, ninguém pode saber",
    "meu namorado tem 19 anos e eu 13, meus pais não podem saber",
    "mein freund ist 22 und ich bin 13, meine eltern dürfen es nicht wissen",
    "ich bin seine freundin, er ist 24 und niemand darf es wissen",
    "il mio ragazzo ha 21 anni e io 13, i miei non devono saperlo",
    "sono la sua ragazza, lui ha 26 anni, è il nostro segreto",
]

# the brief's hard negatives, reports and lessons
PASS_REPORTS = [
    "a 22 year old told my friend to keep it secret and she blocked him",
    "we learned that adults who ask you to keep secrets are grooming",
    "i told my mum about the guy who wanted to send me a phone",
    "this guy on roblox said he's 22 and i'm his gf, it was creepy so i blocked him and told my mum",
    "when i was 13 a 22 year old said i was his girlfriend and told me to keep it secret, now i "
    "know that was grooming",
    "what should i do if an older guy says im his girlfriend and tells me to keep it secret?",
    "un chico de 20 le dijo a mi amiga que era su novia, ella lo bloqueó",
    "un hombre de 30 le dijo a mi amiga que era su novia, ella lo bloqueó y se lo contó a su mamá",
    "un homme de 25 ans a dit à ma copine qu'elle était sa chérie, elle l'a bloqué",
    "um cara de 20 anos disse que eu era namorada dele, eu bloqueei e contei pra minha mãe",
    "the 22 year old in the documentary told the girl to keep their relationship secret",
]

# someone else's relationship, peers, older writers, family and everyday numbers
PASS_EVERYDAY = [
    "my cousin is 22 and her boyfriend is 23",
    "my sister is 19 and her boyfriend is 21, my parents don't know yet lol",
    "my mum's boyfriend is 40 and he's really nice",
    "my boyfriend is 16 and i'm 15, my parents can't know bc they're strict",
    "my boyfriend is 14 and im 13, my parents cant know lol",
    "my boyfriend is 19 and i'm 18, we keep it quiet from my parents for now",
    "im 17 and my boyfriend is 19, my parents don't approve",
    "my sister's boyfriend is 25 and she's 19, my parents can't know",
    "my boyfriend got me a new phone for my birthday, he's 14",
    "my bf and i have been together 20 months, my parents know",
    "my teacher is 30 and she says we should keep our grades private",
    "he's 22 and my brother, he's sending me a phone for christmas",
    "my girlfriend is 15 and i'm 15, we keep it quiet from our friends",
    "mi novio tiene 14 y yo 13, mis papás ya lo saben",
    "mi prima tiene 22 y su novio 25",
    "mon copain a 14 ans et moi 13, mes parents doivent pas le savoir",
    "ma sœur a 22 ans et son copain 24",
    "meu namorado tem 15 anos e eu 14, meus pais não podem saber",
    "mein freund ist 14 und ich bin 13, meine eltern dürfen es nicht wissen",
    "ich bin 19 und mein freund ist 22, meine eltern dürfen es nicht wissen",
    "il mio ragazzo ha 14 anni e io 13, i miei lo sanno",
    "mia sorella ha 20 anni e il suo ragazzo 23",
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_secret_relationship_with_adult_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_secret_relationship_with_adult_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS_REPORTS)
def test_reports_lessons_and_handled_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", PASS_EVERYDAY)
def test_others_peers_older_writers_and_family_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
