"""Everyday senses of self-harm words that a check of everyday training
lines (session 11) found held, fixed as classes: a cut while preparing food
(frames_accident.py), "I can't anymore with <a task>", French "crevé"
(worn out, not "die!"), and the Hindi word for suicide as a school topic.
Each class keeps its disclosure beside it, so a fix too wide fails here."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i cut myself cutting onions for the soup lol"),
    ("en", "cut my thumb making a salad, bleeding everywhere"),
    ("es", "me corte cortando cebolla para la cena"),
    ("es", "me corte haciendo una ensalada jaja"),
    ("pt", "me cortei com a faca fazendo salada kkk nada demais"),
    ("pt", "me cortei cortando tomate pro lanche"),
    ("de", "hab mich beim salat schneiden geschnitten"),
    ("it", "mi sono tagliata tagliando la cipolla"),
])
def test_a_cut_while_preparing_food_passes(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i cut myself again, making it look like a cooking accident"),
    ("pt", "me cortei de novo de proposito"),
    ("es", "me corte otra vez a proposito"),
])
def test_a_cut_on_purpose_still_holds(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize("text", [
    "i can't anymore with this homework, 3 essays due friday",
    "i cant anymore with this group project honestly",
    "i can not anymore with my little brother he is so loud",
])
def test_cant_anymore_with_a_task_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, "en")


@pytest.mark.parametrize("text", [
    "i cant anymore with this. nobody would notice",
    "i cant anymore with this life",
    "i just can not anymore with everything",
])
def test_cant_anymore_with_life_holds(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize("text", [
    "crevé de ouf après l'entraînement, je dors direct",
    "creve apres le match, bonne nuit",
    "crevée, je vais dormir",
])
def test_french_creve_worn_out_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, "fr")


@pytest.mark.parametrize("text", ["crève sale bouffon", "creve.", "va crever"])
def test_french_creve_aimed_at_someone_holds(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, "fr")
    assert "self_harm" in v.categories and v.action.value != "allow", v


@pytest.mark.parametrize("text", [
    "स्कूल में मानसिक स्वास्थ्य और आत्महत्या रोकथाम पर सेमिनार हुआ, अच्छा था",
    "आत्महत्या के बारे में क्लास में पढ़ा",
    "आत्महत्या पर निबंध लिखना है कल तक",
    "aaj school mein khudkushi ke baare mein seminar tha",
    "khudkushi par essay likhna hai",
])
def test_hindi_suicide_as_a_school_topic_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, "hi")


@pytest.mark.parametrize("text", [
    "मैं आत्महत्या करना चाहता हूँ",
    "आत्महत्या कर लूँगी आज",
    "main khudkushi kar lunga",
    "khudkushi karne ka mann karta hai",
])
def test_hindi_suicide_of_the_writer_holds(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "hi")
