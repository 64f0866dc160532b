"""Sarcastic put-downs of a third person's looks or worth said to the group, in English
(harm_sarcasm_third.py): mock bravery with a looks object, "someone tell him mirrors
exist", "she really thought that outfit was a good idea", mock pity ("bless him, he
tries so hard to be cool").  Hard negatives: real praise, the writer about themselves,
fashion talk and celebrities' outfits, sincere pity, mirrors as things, reports."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "so brave of her to show that face in public",
    "someone should tell him mirrors exist",
    "she really thought that outfit was a good idea 💀",
    "bless him, he tries so hard to be cool",
    "so brave of him to post that selfie with that face",
    "brave of mia to wear that in public",
    "the confidence she has with that face is inspiring",
    "the confidence it takes to wear that outfit 💀",
    "someone needs to tell jake mirrors exist lol",
    "someone buy that girl a mirror",
    "does she even own a mirror",
    "he clearly does not own a mirror lol",
    "pls someone tell jake hes not funny",
    "someone tell her she cant sing 😭",
    "can someone tell him his jokes are not it",
    "guys someone tell mia her eyebrows are a crime",
    "did anyone tell her that haircut is not it 💀",
    "somebody tell her the 2000s called and want their outfit back",
    "she really thinks shes pretty lmao",
    "he really thought he could sing 💀",
    "that kid genuinely thinks hes gods gift lmao",
    "mia really thought her singing was good 💀",
    "she woke up and chose that outfit 💀",
    "he really walked out of the house like that 💀",
    "imagine letting her leave the house looking like that",
    "imagine him showing up to school looking like that",
    "bless her heart, she thinks people like her",
    "bless his little heart he thinks hes popular",
    "bless her she really thinks shes the main character",
    "he genuinely believes hes the funniest person alive, bless",
    "he tries so hard to be cool lmao its cringe to watch",
    "good for her for not caring what she looks like 💀",
]

PASS = [
    "so brave of her to speak at the assembly",
    "so brave of him to talk about his anxiety in front of everyone",
    "so brave of her to show her art at the exhibition",
    "so brave of her to share her story",
    "the confidence she has is inspiring",
    "she has so much confidence on stage",
    "i really thought that outfit was a good idea lol",
    "i really thought my haircut was cute lol",
    "lowkey i thought that outfit was a good idea at the time",
    "i woke up and chose chaos",
    "someone should tell him the bus is late",
    "someone tell her happy birthday from me",
    "someone tell him the match starts at 5",
    "someone tell her she can sing at the talent show tomorrow",
    "someone tell him hes not allowed in the gym without a teacher",
    "she really thought the test was on friday",
    "she really thought she could finish the homework in an hour",
    "my mum really thought the shop was open",
    "he really thought he could beat me at fifa lol",
    "he really went to school on a saturday lol",
    "she woke up and made breakfast for everyone",
    "imagine her winning the whole thing",
    "bless him, he helped me with my homework",
    "bless her she made us all cookies",
    "bless him he tried so hard in the race",
    "bless her she tries so hard in class",
    "he tries so hard to be a good brother",
    "bless you, hope your cold gets better",
    "she thinks shes ugly and it makes me sad",
    "he thinks hes not funny but he is",
    "good for her for standing up to the bullies",
    "zendaya's outfit at the met gala was amazing",
    "zendaya really thought that outfit through, it was iconic",
    "harry styles wore a dress on vogue and it looked amazing",
    "the met gala outfits this year were so weird",
    "did you see what harry styles wore, i love it",
    "which outfit should i wear to the party",
    "that outfit is so cute where did u get it",
    "buy her a mirror for her birthday",
    "we should get a mirror for the bathroom",
    "does she have a mirror i can borrow",
    "someone told me mirrors in the gym make you feel self conscious",
]

REPORTS = [
    "a girl in my class wrote 'someone should tell him mirrors exist' about my friend, i reported it",
    'she said "so brave of her to show that face" about me and i told the teacher',
    "someone commented 'she really thought that outfit was a good idea' under my pic and i blocked them",
]


@pytest.mark.parametrize("text", HELD)
def test_third_person_sarcasm_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_praise_self_fashion_and_pity_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_sarcasm_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
