"""French "chatte" as a female cat (lexicon_everyday.py): named with what cats do or
need (kittens, the vet, food, litter, purring), "ma chatte est malade, on va chez le
véto" passes in a message tagged French; the sexual reading ("montre moi ta chatte",
"ta chatte est trop bonne") and a second "chatte" in the same message stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

CAT = [
    "ma chatte est malade, on va chez le véto demain",
    "notre chatte a eu 4 petits ce matin",
    "la chatte de ma voisine miaule toute la nuit",
    "j'ai un chat et une chatte, ils sont trop mignons",
    "ma chatte ronronne quand je la caresse",
    "il faut changer la litière de ma chatte",
    "ta chatte a eu ses chatons ?",
    "notre chatte siamoise dort sur mon lit",
    "ma chatte mange que des croquettes au poulet",
]

HELD = [
    "montre moi ta chatte",
    "ta chatte est trop bonne",
    "ma chatte a eu des chatons, montre moi ta chatte",
    "envoie une photo de ta chatte",
    "ta chatte sent bon",
]


@pytest.mark.parametrize("text", CAT)
def test_chatte_as_a_cat_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, lang="fr")


@pytest.mark.parametrize("text", HELD)
def test_chatte_as_a_body_word_stays_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "sexual", lang="fr")
