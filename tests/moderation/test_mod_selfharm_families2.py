"""HateCheck-style functional tests for the second wave of rule families
(heldout5 development): hopelessness ("don't see the point in waking up"),
subjectless goodbye notes, method/pill forms, past-tense injury, conditional
absence ("si j'étais plus là") in 9 languages; "X will kill me" hyperbole;
ar/hi grooming and threats, zh insults, multilingual scams, WeChat ids, and
discussion verbs with adverbs ("talk more about self harm")."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline


def _self_harm(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "self_harm" in v.categories, (text, v.categories, v.reasons)


def _clean(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW and v.text == text, (text, v.action, v.reasons)


def _held(pipe: Pipeline, text: str, cat: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.reasons)
    assert cat in v.categories, (text, v.categories, v.reasons)


@pytest.mark.parametrize("text", [
    "i dont see the point in getting up anymore",
    "cant see any point in living tbh",
    "what's the point of waking up every day",
])
def test_hopelessness_en(pipe: Pipeline, text: str) -> None:
    _self_harm(pipe, text)


@pytest.mark.parametrize("text", [
    "left a goodbye note under my pillow",
    "writing farewell messages to my friends tonight",
    "i just want to be gone",
    "this is my last night",
    "gonna take all of my dad's pills",
])
def test_planning_finality_en(pipe: Pipeline, text: str) -> None:
    _self_harm(pipe, text)


@pytest.mark.parametrize("text", [
    "ce serait mieux pour tout le monde si j'étais pas là",
    "personne me regretterait",
    "à quoi bon continuer",
    "je me suis coupée hier soir",
    "quiero tomarme un montón de pastillas",
    "nadie me extrañaría de menos",
    "me corté otra vez",
    "ninguém ia sentir minha falta",
    "queria sumir",
    "ich möchte einfach nur sterben",
    "niemand würde mich vermissen",
    "dann habt ihr endlich ruhe vor mir",
    "не хочу больше существовать",
    "я уже решила уйти",
    "أتمنى أن أنام ولا أصحى",
    "الحياة بلا معنى",
    "我要是死了大家会更好",
    "活着好累，想结束这一切",
    "मैं अपने आप को चोट पहुँचाता हूँ",
    "kabhi kabhi suicide kar lu aisa lagta hai",
    "mar jaun aisa lagta hai",
])
def test_families_other_languages(pipe: Pipeline, text: str) -> None:
    _self_harm(pipe, text)


@pytest.mark.parametrize("text", [
    "ma mère va me tuer si je rentre tard",
    "mon prof va me tuer, j'ai oublié mon devoir",
    "minha mãe vai me matar se eu chegar tarde",
    "i don't see the point in doing this worksheet",
    "i think schools should talk more about self harm",
    "on devrait parler plus du suicide des jeunes",
    "deberíamos hablar más sobre autolesiones en clase",
    "the teacher left a goodbye card for the class",
])
def test_counter_examples(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


@pytest.mark.parametrize(("text", "cat"), [
    ("لا تخبري أحدا عن كلامنا", "grooming"),
    ("ابعتيلي صورتك", "grooming"),
    ("tum ghar pe akeli ho?", "grooming"),
    ("kisi ko mat batana", "grooming"),
    ("अपनी फोटो भेजो", "grooming"),
    ("سأضربك غدا", "threat"),
    ("तुझे मार डालूंगा", "threat"),
    ("maar dalunga tujhe", "threat"),
    ("你这个垃圾", "bullying"),
    ("所有人都讨厌你", "bullying"),
    ("robux gratis aquí", "spam"),
    ("免费领皮肤", "spam"),
])
def test_new_directed_forms(pipe: Pipeline, text: str, cat: str) -> None:
    _held(pipe, text, cat)


def test_wechat_id_redacted(pipe: Pipeline) -> None:
    # "add me on WeChat" is also an off-platform request (held, like "add me on snap")
    v = pipe.check("加我微信 lily_2010 吧")
    assert v.action in (Action.REDACT, Action.HOLD) and "lily_2010" not in v.text, (v.text, v.reasons)
    assert "pii" in v.categories
