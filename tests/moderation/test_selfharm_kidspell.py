"""Self-harm disclosures in young children's spelling (selfharm_kidspell.py and
the spellings `normalise._ABBREV` reads as words): held on the rules alone.
Spellings that are words elsewhere ("di", "ded", "dye", "kil", "veu", "kero")
count only after a wish; Italian and Indonesian "di", laughter, dead chats,
hair dye, Spanish "te kiero" and other people's injuries stay allowed."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

EN_DIE = [
    "i wnt to di",
    "i wana di",
    "i wan to di now",
    "i want 2 di",
    "i wnt too di lol",
    "i want di nobody likes me",
    "i wana dy",
    "i realy wnt to di because evryone hates me",
    "i wana dye",
    "i wanna dye.",
    "i wana dye nobody cares",
    "i want to be ded",
    "i wana be ded",
    "i wish i was ded",
    "id rather be ded",
]
EN_SELF = [
    "i want to kil my slef",
    "i wana kil myslef",
    "i wil kil my slef",
    "i want to hert myself",
    "i want to kut my self",
    "i wish i wasnt alife",
    "i wish i wuznt alive",
    "i wish i wasnt alive anymore",
    "i wish i didnt exsist",
    "i wish i didnt exist",
    "i wish i was not here anymore",
    "i dont wana be alife",
    "nobody lieks me i want to dissapear",
    "i just want to disapear forever",
    "evryone wud be beter off if i was ded",
    "evryone wud be beter of without me",
]
EN_ON_PURPOSE = [
    "i hurt my slef on purpos",
    "i cut my arm on purpis",
    "i cut my arm on purpose",
    "i cut my arms agen on purpose",
    "i burnt my hand on purpose",
    "i scratched my legs on purpus",
    "i cut my leg on purpose last night",
    "i burned my arm deliberately",
]
ES = [
    "kiero morirme",
    "me kiero matar",
    "qiero morir",
    "kiero matarme ya",
    "me kero morir",
    "kero morirme nadie me kiere",
    "quiero morime",
    "me boy a matar",
    "kiero suisidarme",
]
PT = [
    "qero morre",
    "kero me mata",
    "qro morrer",
    "quero morer",
    "vo me mata",
    "vou me mata",
    "keru morre logo",
    "qero mi mata",
]
FR = [
    "jveux mourrir",
    "je veu mourir",
    "je veut mourir",
    "j'veux mourir",
    "j'veu crever",
    "jveu me tuer",
    "je ve mourir",
    "jai envi de mourir",
    "j'ai plus envi de vivre",
]
DE_IT = [
    "ich wil sterben",
    "ich will sterbn",
    "ich will tod sein",
    "ich will nich mehr leben",
    "ich mochte mich umbrinen",
    "vojo morì",
    "voglio morie",
    "mi voglio ammazzare",
    "vogio uccidermi",
]
ID_TR = [
    "pgn mati aja",
    "pngn mati aj",
    "aq pgn mti aja",
    "ak pngen mati",
    "gw pgen mati aja",
    "ölmek istiyom",
    "ölmek istiyorm",
    "ölmek isdiyorum",
    "ölmek istiorum",
    "kendimi öldürmek istiyom",
    "kendimi öldürecem",
]
# words of other languages, laughter, dead chats, hair dye, wishes about others,
# other people's injuries, someone else's words
NEGATIVES = [
    "di mana rumahmu",
    "il libro di mia sorella",
    "i'm going to di sekolah",
    "i was ded 💀 that video",
    "bruh i was ded laughing",
    "im ded 😂 that meme",
    "this game is ded",
    "the chat is so ded",
    "the server is ded lol",
    "my phone died",
    "i want to dye my hair",
    "i want to dye my hair pink",
    "i wanna dye it blue",
    "i love your pink hair, i want to dye",
    "my mum said i can dye my hair. i want to dye",
    "we want to dye eggs for easter",
    "do you want to dye your hair too",
    "i want to be a ded game character",
    "he wants to di",
    "what does i wnt to di mean",
    "te kiero mucho",
    "kiero ir al parque",
    "kiero pizza",
    "kero ir no shopping",
    "qero ver o filme",
    "a planta morre sem água",
    "o personagem morre no final",
    "esto me mata de risa",
    "kiero morirme de risa",
    "me kiero morir de verguenza",
    "jveux mourir de rire",
    "qero morrer de rir",
    "vo me mata de rir",
    "je veu un chien",
    "jveux manger",
    "voglio morire dal ridere",
    "vojo morì dal ridere",
    "la mia pianta vuole morire",
    "he cut my arm on purpose",
    "my sister hurt my arm on purpose",
    "i cut my arm by accident",
    "i cut my hair on purpose",
    "i hurt my arm playing football",
    "i burned my hand on the stove",
    "i wish i wasnt here, this class is so boring",
    "i wish homework didnt exist",
    "you are better of without him",
    "we are beter off without that team",
    "gülmekten ölmek istiyom",
    "utancımdan ölmek istiyorm",
    "ölmek istemiyorum",
    "ölmek istiyom ahahaha",
    "hp gw pngn mati",
    "pngn mati ketawa",
    "pgn mti wkwk",
    "batre gw mw mati",
    "kiero ir a tu casa mañana",
]


@pytest.mark.parametrize("text", EN_DIE)
def test_die_and_dead_spelt_after_a_wish_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", EN_SELF)
def test_myself_alive_disappear_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", EN_ON_PURPOSE)
def test_body_part_hurt_on_purpose_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", ES)
def test_spanish_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", PT)
def test_portuguese_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", FR)
def test_french_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", DE_IT)
def test_german_italian_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", ID_TR)
def test_indonesian_turkish_spelt_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_words_and_everyday_uses_allowed(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
