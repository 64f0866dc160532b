"""A secret that is a surprise for an occasion (frames.confidence_frame,
`_SURPRISE`): children keep birthday parties and presents from the person they
are for, family included.  A surprise *for the reader*, or a secret with no
occasion, stays grooming: that is how a groomer says it.  One class per test."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

SURPRISES = [
    ("dont tell your mum, its a surprise for her birthday", "en"),
    ("we're keeping the surprise party a secret from jake till saturday", "en"),
    ("no le digas nada a tu padre, es una sorpresa para su cumpleaños", "es"),
    ("ne dis rien à ta mère, c'est une surprise pour son anniversaire", "fr"),
    ("não conta pra tua mãe, é uma surpresa pro aniversário dela", "pt"),
    ("sag deiner mama nichts, das ist eine überraschung zum geburtstag", "de"),
    ("non dirlo a tuo papà, è una sorpresa per il suo compleanno", "it"),
]
STILL_GROOMING = [
    ("dont tell your parents, i have a surprise for you on your birthday", "en"),
    ("dont tell your parents, its a surprise", "en"),
    ("dont tell your mom about us, ill bring a surprise gift for you", "en"),
    ("no le digas a tus padres, tengo una sorpresa para ti", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SURPRISES)
def test_a_surprise_for_an_occasion_is_not_grooming_secrecy(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_GROOMING)
def test_a_surprise_for_the_reader_or_none_stays_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


GIFT_DRAWS = [
    ("secret santa in our class!! remember, nobody tells who they picked", "en"),
    ("amigo invisible en clase: no le digáis a nadie a quién os ha tocado", "es"),
    ("wichteln in der klasse: sagt niemandem wen ihr gezogen habt", "de"),
    ("тайный санта у нас в группе, никому не говорите кого вытянули", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), GIFT_DRAWS)
def test_a_class_gift_draw_is_not_grooming_secrecy(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


def test_a_past_i_told_nobody_is_no_secrecy_request(pipe: Pipeline) -> None:
    clean(pipe, "меня дразнили в третьем классе, я никому не рассказывала, теперь жалею", lang="ru")
    held(pipe, "никому не рассказывай про наши разговоры", "grooming", lang="ru")
