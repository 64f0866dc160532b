"""Functional tests for grooming_age.py (and the two grooming.py negation
fixes), one class of case per test, several languages each.

Written from the failure classes of a blind evaluation, not its sentences.
The hard negatives share the words: children telling each other their age,
ages of other people, ages that are not ages ("23 minutes late"), the saying
"age is just a number", children talking about their own parents' rules,
helplines described in the third person and safety advice lists.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

ADULT_AGE_CLOSENESS = [
    ("i'm 23 but age is just a number, u seem really special", "en"),
    ("im 27 but ur so mature, we really get each other", "en"),
    ("i am 31, you seem way more mature than other girls", "en"),
    ("main 19 ka hoon par tum mujhse zyada samajhdar ho", "hi"),
    ("main 24 saal ka hoon, umar sirf ek number hai", "hi"),
    ("tengo 25 años pero eres muy madura", "es"),
    ("tengo 30 pero la edad es solo un número", "es"),
    ("j'ai 26 ans mais t'es tellement mature", "fr"),
    ("ich bin 28, aber du bist so reif", "de"),
    ("ich bin 22 aber alter ist nur eine zahl", "de"),
    ("tenho 29 anos mas você é muito madura", "pt"),
    ("ho 35 anni ma sei così matura", "it"),
    ("мне 25 но ты такая взрослая", "ru"),
]
AGE_NUMBER_FLATTERY = [
    ("age is just a number, you seem really special", "en"),
    ("la edad es solo un número, eres muy especial", "es"),
    ("l'âge n'est qu'un chiffre, tu es tellement mature", "fr"),
]
CHILD_AGE_LOOKS_OLDER = [
    ("hola guapa, tienes 12? pareces mayor", "es"),
    ("are you 13? you look way older", "en"),
    ("t'as 13 ans? tu fais plus âgée", "fr"),
    ("bist du 12? du siehst älter aus", "de"),
]
AGE_NEG = [
    ("omg ur 12 too? wanna play roblox", "en"),
    ("my sister is 23", "en"),
    ("im 12 and my brother is 19 lol", "en"),
    ("i'm 23 minutes late sorry", "en"),
    ("my grandma is 80, age is just a number", "en"),
    ("age is just a number when it comes to learning", "en"),
    ("i'm 13, you look older in that pic lol", "en"),
    ("you look older with that haircut", "en"),
    ("mi hermana tiene 23 años y es muy madura", "es"),
    ("ich bin 12 und du bist so lustig", "de"),
]


@pytest.mark.parametrize(("text", "lang"), ADULT_AGE_CLOSENESS)
def test_adult_age_with_closeness_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), AGE_NUMBER_FLATTERY)
def test_age_is_just_a_number_with_flattery_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), CHILD_AGE_LOOKS_OLDER)
def test_child_age_with_looks_older_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), AGE_NEG)
def test_ages_among_peers_and_others_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


SUPERVISION = [
    ("tus papás revisan tu móvil? 😊", "es"),
    ("¿tus padres te revisan el celular?", "es"),
    ("do ur parents check ur phone?", "en"),
    ("tes parents regardent ton téléphone ?", "fr"),
    ("kontrollieren deine eltern dein handy?", "de"),
    ("seus pais olham o seu celular?", "pt"),
    ("i tuoi genitori controllano il tuo telefono?", "it"),
    ("твои родители проверяют твой телефон?", "ru"),
    ("tumhare ghar wale strict hain kya?", "hi"),
    ("are your parents strict?", "en"),
    ("sind deine eltern streng?", "de"),
    ("你爸妈会查你手机吗", "zh"),
]
SUPERVISION_NEG = [
    ("my parents check my phone every night, is that normal?", "en"),
    ("do you think parents should check your phone?", "en"),
    ("are your parents strict? mine wont let me have snapchat", "en"),
    ("tus papás son estrictos? los míos no me dejan salir", "es"),
    ("my mum is strict about screen time", "en"),
    ("mis padres revisan mi móvil, es normal?", "es"),
    ("meine eltern kontrollieren mein handy jeden abend", "de"),
]


@pytest.mark.parametrize(("text", "lang"), SUPERVISION)
def test_asking_about_parents_supervision_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), SUPERVISION_NEG)
def test_talk_about_own_parents_rules_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


PARENTS_NEED_NOT_KNOW = [
    ("text me on 07123 456789 instead, ur parents dont need to know 😊", "en"),
    ("ur mum doesnt need to know about this", "en"),
    ("tus papás no tienen por qué saberlo", "es"),
    ("tes parents n'ont pas besoin de le savoir", "fr"),
    ("deine eltern müssen das nicht wissen", "de"),
    ("seus pais não precisam saber", "pt"),
    ("i tuoi genitori non devono saperlo", "it"),
    ("родителям не нужно знать", "ru"),
    ("ghar walon ko pata nahi chalna chahiye", "hi"),
    ("你爸妈不需要知道", "zh"),
    ("i can pick u up after school, our little secret", "en"),
]
PICK_UP_FROM_SCHOOL = [
    ("te recojo a la salida del cole", "es"),
    ("je peux venir te chercher à la sortie du collège", "fr"),
    ("ich hol dich morgen von der schule ab", "de"),
    ("posso te buscar na escola amanhã", "pt"),
    ("ti vengo a prendere a scuola domani", "it"),
    ("я заберу тебя после школы", "ru"),
]
SECRECY_NEG = [
    ("in the uk u can call childline on 0800 1111, its free and they dont tell ur parents", "en"),
    ("childline is confidential, it doesnt tell your parents unless you are in danger", "en"),
    ("the counsellor is nice, she never tells your parents what you say", "en"),
    ("my mum will pick me up after school", "en"),
    ("can your mum pick me up after school?", "en"),
    ("mi madre me recoge a la salida del cole", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PARENTS_NEED_NOT_KNOW)
def test_parents_need_not_know_is_secrecy(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), PICK_UP_FROM_SCHOOL)
def test_offer_to_fetch_from_school_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(("text", "lang"), SECRECY_NEG)
def test_helplines_and_own_family_pass(pipe: Pipeline, text: str, lang: str) -> None:
    """A helpline or counsellor described in the third person ("they don't
    tell your parents") is not a secrecy request."""
    allowed(pipe, text)


SAFETY_ADVICE = [
    ("the 3 rules: dont share location, dont send pics, tell someone", "en"),
    ("never send pictures to people you dont know", "en"),
    ("rule 1 dont send pics, rule 2 block and report", "en"),
    ("tips: don't give your number, don't send photos, tell an adult", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SAFETY_ADVICE)
def test_negated_imperatives_in_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
