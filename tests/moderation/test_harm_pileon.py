"""Functional tests for harm_pileon.py and the banter exception of
harm.py's insult rule, one class of case per test, several languages each.

Written from the failure classes of a blind evaluation, not its sentences.
The hard negatives share the words: the group's own screenshots, one's own
pet, praise, "everyone hates mondays", homework "fertig", games, clothes
sizes, health lessons, denied or reported stereotypes and affectionate
teasing.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PILEON = [
    ("everyone screenshot what jess just said and post it on ur story 😂😂 shes so cringe", "en"),
    ("guys look at what she is wearing lmao", "en"),
    ("everyone look at her pe picture hahaha so ugly", "en"),
    ("screenshot it and post it on your story lol shes such a loser", "en"),
    ("miren lo que se puso ana jajaja qué asco", "es"),
    ("pasen su foto al grupo jajaja", "es"),
    ("regardez ce qu'elle a mis mdr", "fr"),
    ("partagez sa photo ptdr elle est moche", "fr"),
    ("schaut euch an was sie anhat, so peinlich", "de"),
    ("olhem o que ela postou kkkkk", "pt"),
    ("guardate cosa si è messa ahahah che schifo", "it"),
    ("скиньте в чат её фотку с физры, ахахах посмотрите на это 🤮", "ru"),
    ("посмотрите что она надела ахаха", "ru"),
    ("sab log dekho isne kya pehna hai 🤣🤣 bhikari lag rahi hai", "hi"),
]
PILEON_NEG = [
    ("everyone post your best screenshot of the game", "en"),
    ("look what my cat did 😂", "en"),
    ("everyone look at what she drew lol its so good", "en"),
    ("guys look at her new puppy lol", "en"),
    ("screenshot your score and post it lol", "en"),
    ("miren mi foto jajaja", "es"),
    ("regardez ma photo mdr", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), PILEON)
def test_pile_on_with_mockery_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize(("text", "lang"), PILEON_NEG)
def test_sharing_own_things_and_praise_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


COLLECTIVE = [
    ("everyone in this chat hates u maya, just leave", "en"),
    ("@maya literally everyone here thinks ur ugly just leave", "en"),
    ("everybody here thinks you're so annoying", "en"),
    ("the whole class laughs at you", "en"),
    ("sei una sfigata, tutti ridono di te alle spalle", "it"),
    ("todos se ríen de ti", "es"),
    ("tout le monde se moque de toi", "fr"),
    ("alle lachen über dich", "de"),
    ("todo mundo ri da sua cara", "pt"),
    ("все над тобой смеются", "ru"),
    ("sab tujh par hanste hain", "hi"),
    ("大家都讨厌你", "zh"),
    ("ur literally the reason ur parents split up", "en"),
    ("eres la razón por la que tus padres se separaron", "es"),
    ("c'est à cause de toi que tes parents ont divorcé", "fr"),
    ("wegen dir haben sich deine eltern getrennt", "de"),
    ("из-за тебя родители развелись", "ru"),
]
COLLECTIVE_NEG = [
    ("everyone hates mondays", "en"),
    ("i think everyone here agrees the app is ugly", "en"),
    ("everyone laughs at his jokes", "en"),
    ("everyone thinks you're amazing", "en"),
    ("everyone here thinks ur so talented", "en"),
    ("todos se ríen de sus chistes", "es"),
    ("tout le monde rit de cette blague", "fr"),
    ("alle lachen über den witz", "de"),
]


@pytest.mark.parametrize(("text", "lang"), COLLECTIVE)
def test_collective_rejection_and_blame_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize(("text", "lang"), COLLECTIVE_NEG)
def test_everyone_about_things_or_praise_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


SCHOOL_THREATS = [
    ("ich mach dich morgen in der pause fertig, wart's ab", "de"),
    ("te voy a partir la cara mañana en el recreo", "es"),
    ("en el recreo te pillo", "es"),
    ("je vais te défoncer demain à la récré", "fr"),
    ("à la récré t'es mort", "fr"),
    ("vou te bater no recreio", "pt"),
    ("ti spacco la faccia domani all'intervallo", "it"),
    ("i'm gonna get you at break tomorrow", "en"),
    ("after school you are dead", "en"),
    ("на перемене тебе конец", "ru"),
]
SCHOOL_THREATS_NEG = [
    ("ich mach das morgen fertig", "de"),
    ("i'll finish you in fortnite tomorrow", "en"),
    ("i will get you a drink at lunch", "en"),
    ("see you at break tomorrow", "en"),
    ("te veo en el recreo", "es"),
    ("je te vois à la récré", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), SCHOOL_THREATS)
def test_threats_set_at_school_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize(("text", "lang"), SCHOOL_THREATS_NEG)
def test_homework_games_and_meeting_at_break_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


BODY_QUESTIONS = [
    ("what size r ur b00bs lol", "en"),
    ("how big is ur dick", "en"),
    ("what bra size do you wear", "en"),
    ("qué talla de sujetador usas", "es"),
    ("de qué tamaño son tus tetas", "es"),
    ("tu fais quel bonnet", "fr"),
    ("wie groß sind deine brüste", "de"),
    ("qual o tamanho dos seus peitos", "pt"),
    ("che taglia di reggiseno porti", "it"),
    ("какой у тебя размер груди", "ru"),
    ("你的胸多大", "zh"),
]
BODY_QUESTIONS_NEG = [
    ("what size are your shoes", "en"),
    ("what size is your hoodie", "en"),
    ("how big is your house", "en"),
    ("in health class we learned breasts grow at different speeds", "en"),
    ("is it normal that my boobs are different sizes?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), BODY_QUESTIONS)
def test_sexual_body_questions_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize(("text", "lang"), BODY_QUESTIONS_NEG)
def test_sizes_and_health_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


GROUP_HATE = [
    ("all muslims are terrorists lol", "en"),
    ("all immigrants are criminals", "en"),
    ("all gays are pedos", "en"),
    ("jews are all greedy", "en"),
    ("muslims should all be deported", "en"),
    ("every muslim is a terrorist", "en"),
    ("todos los gitanos son ladrones", "es"),
    ("tous les arabes sont des voleurs", "fr"),
    ("alle ausländer sind kriminell", "de"),
    ("todos os muçulmanos são terroristas", "pt"),
    ("tutti gli zingari sono ladri", "it"),
    ("все цыгане воры", "ru"),
    ("sare muslim terrorist hote hain", "hi"),
    ("كل المسلمين ارهابيين", "ar"),
    ("所有穆斯林都是恐怖分子", "zh"),
]
GROUP_HATE_NEG = [
    ("not all muslims are terrorists, thats a stereotype", "en"),
    ("people say all gamers are lazy but", "en"),
    ("saying all muslims are terrorists is racist", "en"),
    ("in history we learned the nazis said all jews are criminals", "en"),
    ("all muslims pray five times a day", "en"),
    ("all immigrants are welcome here", "en"),
    ("no todos los gitanos son ladrones, eso es un estereotipo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), GROUP_HATE)
def test_group_hate_generalisations_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", "slur")


@pytest.mark.parametrize(("text", "lang"), GROUP_HATE_NEG)
def test_denied_reported_and_neutral_group_talk_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


BANTER = [
    ("lol ur such a nerd, thats why ur my fav 😂", "en"),
    ("ur such a dork, love u", "en"),
    ("you're such an idiot lol ily", "en"),
]
STRONG_WITH_AFFECTION = [
    ("ur such a bitch, love u", "en"),
    ("you are such a nerd", "en"),
    ("ur such a loser nobody likes you", "en"),
]


@pytest.mark.parametrize(("text", "lang"), BANTER)
def test_mild_name_with_affection_is_banter(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize(("text", "lang"), STRONG_WITH_AFFECTION)
def test_strong_insults_and_bare_names_stay_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying")
