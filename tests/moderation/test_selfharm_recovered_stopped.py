"""A past self-injury the writer stopped ("ça fait 2 ans que j'ai arrêté
grâce à ma psy", "hace 2 años que lo dejé", "seit 2 Jahren hab ich
aufgehört") is a recovered past (frames_recovered.py), in es fr de it pt.
A stop that is back ("mais je recommence encore"), stopping eating and a
present disclosure stay held.  Written from a failure class of a blind
evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

STOPPED = [
    ("avant je me scarifiais mais ça fait 2 ans que j'ai arrêté grâce à ma psy, donc oui il faut "
     "parler aux adultes", "fr"),
    ("avant je me coupais mais depuis j'ai arrêté", "fr"),
    ("je me scarifiais mais ça fait 2 ans que j'ai arrêté", "fr"),
    ("antes me cortaba pero hace 2 años que lo dejé gracias a mi psicóloga", "es"),
    ("me cortaba, hace 2 años que lo dejé", "es"),
    ("früher hab ich mich geritzt aber seit 2 jahren hab ich aufgehört", "de"),
    ("prima mi tagliavo ma ho smesso grazie alla psicologa", "it"),
    ("antes eu me cortava mas parei faz 2 anos graças à terapia", "pt"),
]
NOT_STOPPED = [
    ("avant je me scarifiais, j'ai arrêté mais depuis les photos je recommence encore", "fr"),
    ("antes me cortaba y ahora otra vez", "es"),
    ("avant je me coupais mais j'ai arrêté de manger", "fr"),
    ("früher hab ich mich geritzt, hab aufgehört, aber seit gestern wieder", "de"),
]


@pytest.mark.parametrize(("text", "lang"), STOPPED)
def test_a_stopped_past_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_STOPPED)
def test_a_return_or_stopping_eating_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
