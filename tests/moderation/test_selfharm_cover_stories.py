"""Cover stories for self-injury (selfharm_covert.py): asked about the bandage
or the long sleeves, the writer tells the pet story; blades a parent found, and
the purpose the writer told her (frames_more.purpose_frame no longer reads that
purpose as an everyday one).  From training lines of a set read in session 13
("jak ktoś pyta o bandaż to mówię że pies mnie podrapał", "mi mamá encontró las
navajas ... le dije que eran para manualidades"), written again as a class."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

COVER_STORIES = [
    ("jak ktoś pyta o bandaż to mówię że pies mnie podrapał, już trzeci raz w tym miesiącu xd", "pl"),
    ("when people ask about the plasters on my arm i say the cat did it", "en"),
    ("if anyone asks about my long sleeves i tell them the cat scratched me", "en"),
    ("cuando alguien pregunta por las curitas le digo que fue el gato", "es"),
    ("si on me demande pour les pansements je dis que c'est le chat", "fr"),
    ("wenn jemand nach dem pflaster fragt sag ich die katze wars", "de"),
    ("se qualcuno chiede dei cerotti dico che è stato il gatto", "it"),
    ("se alguem pergunta dos curativos eu falo que foi o gato", "pt"),
    ("biri sorarsa bandaji kedi tirmaladi diyorum", "tr"),
    ("kalo ada yang nanya plester di tanganku aku bilang dicakar kucing", "id"),
    ("mi mamá encontró las navajas en mi estuche y le dije que eran para manualidades, ya compré otras", "es"),
    ("my mum found the blades in my pencil case and i said they were for art, already bought new ones", "en"),
    ("my dad found the razor blades and i told him they were for the art project", "en"),
    ("ma mère a trouvé les lames et je lui ai dit que c'était pour le bricolage", "fr"),
]
TRUE_STORIES = [
    ("when people ask about my bandage i tell them i fell off my bike at the skatepark, it was a bad fall", "en"),
    ("the cat scratched me so now i have a plaster lol", "en"),
    ("i bought razor blades for shaving my legs", "en"),
    ("my mum said the razors are for shaving only", "en"),
    ("compré cuchillas para manualidades, el cúter de la clase de arte", "es"),
]


@pytest.mark.parametrize(("text", "lang"), COVER_STORIES)
def test_a_cover_story_is_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TRUE_STORIES)
def test_a_true_story_or_a_purpose_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
