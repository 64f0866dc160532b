"""A grooming line quoted over several sentences (frames.discussion_frame): "un tipo ha
scritto a mia cugina 'sei bellissima, quanti anni hai? sei sola a casa?' e lei l'ha
detto subito a sua madre" - the "?" inside the quote ended the sentence, so the second
question was read as the writer's own.  A quote opened after words that introduce it
and closed after the match is a quote in any language; the same questions unquoted, a
message that is all quotation, and a quote closed before the question stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

QUOTED = [
    "un tipo ha scritto a mia cugina 'sei bellissima, quanti anni hai? sei sola a casa?' e lei "
    "l'ha detto subito a sua madre",
    'un tipo ha scritto a mia cugina "sei bellissima, quanti anni hai? sei sola a casa?" e lei '
    "l'ha detto subito a sua madre",
    "un señor le escribió a mi prima 'qué guapa, cuántos años tienes? estás sola en casa?' y "
    "ella se lo contó a su madre",
    "un mec a écrit à ma cousine 't'es trop belle, t'as quel âge? t'es seule chez toi?' et elle "
    "l'a dit à sa mère",
    "ein typ hat meiner cousine geschrieben 'du bist so hübsch, wie alt bist du? bist du allein "
    "zu hause?' und sie hat es sofort ihrer mutter gesagt",
    "um cara mandou pra minha prima 'você é linda, quantos anos você tem? está sozinha em casa?' "
    "e ela contou pra mãe dela",
    "a guy messaged my cousin 'ur so pretty, how old are you? are you home alone?' and she told "
    "her mum straight away",
    "какой-то мужик написал моей сестре 'ты красивая, сколько тебе лет? ты одна дома?' и она "
    "сразу рассказала маме",
    "bir adam kuzenime 'çok güzelsin, kaç yaşındasın? evde yalnız mısın?' diye yazdı, o da "
    "hemen annesine söyledi",
    "jakiś facet napisał do mojej kuzynki 'jesteś piękna, ile masz lat? jesteś sama w domu?' a "
    "ona od razu powiedziała mamie",
]

HELD = [
    "sei bellissima, quanti anni hai? sei sola a casa?",
    "'sei bellissima' quanti anni hai? sei sola a casa?",
    "sei sola a casa? 'scherzo'",
    "'hey cutie. are you home alone?'",
    '"hey cutie. are you home alone? send me a pic"',
    "lol 'hey'. are you home alone?",
    "he said 'hi'. are you home alone? 'lol'",
    "ur so pretty, how old are you? are you home alone?",
    "qué guapa, cuántos años tienes? estás sola en casa?",
    "t'es trop belle, t'as quel âge? t'es seule chez toi?",
]


@pytest.mark.parametrize("text", QUOTED)
def test_quoted_grooming_line_reported_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", HELD)
def test_unquoted_or_all_quoted_questions_stay_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
