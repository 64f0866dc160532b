"""School names with the kind after the name ("i go to oakfield juniors"),
lower-case names after a school word in es/fr/it/pt ("voy al colegio san
josé"), Turkish "okulum X ortaokulu", Indonesian "sma 3 bogor", Polish "sp
12", Russian "школе 57" (pii_schools_after.py).  Hard negatives: the kind
words as topics, teams, films and awards, a school word with a time, place
or kind after it."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

SCHOOLS = [
    ("i go to oakfield juniors", "oakfield"),
    ("i go to lincoln middle", "lincoln"),
    ("i go to jefferson elementary", "jefferson"),
    ("i go to oakwood prep", "oakwood"),
    ("i'm in year 7 at park view juniors", "park view"),
    ("i go to st john's infants", "john's"),
    ("i go to kingsway secondary", "kingsway"),
    ("i attend riverside comprehensive", "riverside"),
    ("i'm at st peter's c of e primary", "peter's"),
    ("i study at st anne's catholic primary", "anne's"),
    ("i'm a pupil at brookfield secondary", "brookfield"),
    ("greenfield academy is my school", "greenfield"),
    ("oakfield juniors is my old school", "oakfield"),
    ("my sister goes to hillside infants", "hillside"),
    ("my school is called riverside prep", "riverside"),
    ("voy al colegio san josé", "san josé"),
    ("estudio en el colegio santa maría", "santa maría"),
    ("je suis à l'école jean moulin", "jean moulin"),
    ("je vais au collège victor hugo", "victor hugo"),
    ("vado al liceo galilei", "galilei"),
    ("frequento il liceo scientifico galilei", "galilei"),
    ("vado alla scuola media dante alighieri", "dante"),
    ("estudo na escola dom pedro", "dom pedro"),
    ("estudio en el instituto cervantes", "cervantes"),
    ("okulum atatürk ortaokulu", "atatürk"),
    ("aku sekolah di sma 3 bogor", "sma 3"),
    ("chodzę do sp 12 w krakowie", "sp 12"),
    ("я учусь в школе 57", "57"),
]
NOT_SCHOOLS = [
    "primary school is easier than secondary",
    "my old juniors team",
    "high school musical",
    "the academy awards",
    "middle school sucks",
    "i go to primary school",
    "i go to the same school as my cousin",
    "i go to a grammar school",
    "the juniors won the cup",
    "i go to juniors on monday",
    "i go to swimming juniors",
    "i'm going to get high",
    "we went to meal prep",
    "i attend the middle school near my house",
    "the academy is my school",
    "voy al colegio mañana",
    "voy al colegio en bus",
    "je vais à l'école demain",
    "je suis à l'école primaire",
    "vado al liceo domani",
    "vado al liceo con mia sorella",
    "estudo na escola perto de casa",
    "vado alla scuola media di Torino",
    "я учусь в 7 классе",
    "sono a scuola adesso",
    "voy a la escuela sola",
    "je vais à l'école super tôt",
    "voy al colegio super cansada",
    "vado a scuola felice",
    "je suis au lycée maintenant",
    "vou para a escola sozinha",
    "je vais au collège à pied",
]


@pytest.mark.parametrize(("text", "secret"), SCHOOLS)
def test_school_name_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and "[school removed]" in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_SCHOOLS)
def test_school_words_without_a_name_pass(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii" not in v.categories and v.text == text, (text, v.text, v.reasons)
