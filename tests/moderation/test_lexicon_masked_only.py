"""Names of a people that count as slurs only masked ("[slur masked]" in the lexicon
files, lexicon_masks.InnerMasks): "wypad z naszej klasy ty c*ganie", "du Z*geuner",
"z*ngaro", "ç*ngene", "ц*ган", "g*psy" are blocked; unmasked they are ordinary words
("Cyganie to naród", "the gypsy kings", "Zigeunersoße").  Polish "ty cyganie" said to
someone is an insult (packs/pl/harm.py).
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

MASKED = [
    "wypad z naszej klasy ty c*ganie",
    "ty c*gan",
    "c*ganka jedna",
    "ty m*rzynie",
    "raus aus unserer klasse du z*geuner",
    "fuori dalla nostra classe z*ngaro",
    "sınıfımızdan defol ç*ngene",
    "вали из нашего класса ц*ган",
    "get out of our class you g*psy",
    "vete de nuestra clase g*tano",
    "sai da nossa turma seu c*gano",
    "dégage sale g*tan",
    "g#psy",
]

ORDINARY = [
    "Cyganie to naród z bogatą historią",
    "czy ty wiesz że cyganie przyjechali z indii",
    "ty wiesz cyganie przyjechali z indii",
    "die Zigeunersoße heißt jetzt Paprikasoße",
    "gypsy rose is a song",
    "the gypsy kings played at the festival",
    "la musica gitana es preciosa",
    "i rom e i sinti sono chiamati zingari in modo offensivo",
    "цыганская музыка очень красивая",
    "çingene müziği çok güzel",
    "os ciganos chegaram a portugal no século xv",
]


@pytest.mark.parametrize("text", MASKED)
def test_masked_name_of_a_people_is_a_slur(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK and "slur" in v.categories, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_unmasked_name_of_a_people_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", ["wypad z naszej klasy ty cyganie", "ty brudny cyganie",
                                  "ty głupi cyganie", "ty cyganko"])
def test_polish_vocative_is_an_insult(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", ["a n j i n g lu", "b a b i banget", "anj*ng lah"])
def test_ordinary_words_listed_masked_count_spelled_out(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, lang="id")
    assert "profanity" in v.categories, v


@pytest.mark.parametrize("text", ["anjing saya lucu sekali", "makan babi guling di bali"])
def test_ordinary_words_listed_masked_pass_plain(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, lang="id")
    assert v.action.value == "allow", v
