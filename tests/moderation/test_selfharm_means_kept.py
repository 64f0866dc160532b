"""Means acquired or kept, with concealment or resignation
(selfharm_means.py), and the same means named with an everyday purpose
(frames_more.purpose_frame).  Written from a failure class of a blind
evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

KEPT = [
    ("bought some new blades today, nobody suspects a thing", "en"),
    ("got more razor blades, no one knows lol", "en"),
    ("i carry a blade in my phone case now", "en"),
    ("ive got a rope hidden in my wardrobe, my parents dont know", "en"),
    ("compré cuchillas nuevas hoy, nadie sospecha nada", "es"),
    ("tengo pastillas escondidas debajo del colchón por si acaso", "es"),
    ("comprei gilete nova, ninguém percebe", "pt"),
    ("tenho uma lâmina escondida no estojo agora", "pt"),
    ("j'ai acheté des lames aujourd'hui, personne ne se doute de rien", "fr"),
    ("hab mir neue klingen gekauft, merkt eh keiner", "de"),
    ("ho comprato delle lamette nuove, nessuno sospetta niente", "it"),
    ("ho preso le lamette di nuovo", "it"),
    ("купила новые лезвия, никто не догадывается", "ru"),
    ("偷偷买了刀片，没人知道", "zh"),
    ("又拿了刀片，算了", "zh"),
]
EVERYDAY = [
    ("bought new razors to shave my legs", "en"),
    ("i keep a craft blade in my pencil case for art", "en"),
    ("i keep my pills in my bag in case i get a migraine", "en"),
    ("i keep my inhaler in my pencil case", "en"),
    ("i have my meds in my drawer", "en"),
    ("i keep my adhd meds in my pencil case", "en"),
    ("i bought new blades for my skates, nobody knows how to sharpen them", "en"),
    ("nobody suspects a thing, the surprise party is on friday", "en"),
    ("i bought a knife skin in the game and nobody suspects im the impostor", "en"),
    ("compré cuchillas para afeitarme las piernas", "es"),
    ("tengo las pastillas de la alergia guardadas en la mochila", "es"),
    ("ninguém desconfia da festa surpresa", "pt"),
    ("j'ai acheté des lames pour mon cutter, c'est pour le cours d'arts plastiques", "fr"),
    ("ich hab neue klingen für den rasierer gekauft", "de"),
    ("ho comprato le lamette per il taglierino, servono per il progetto di arte", "it"),
    ("купила лезвия для бритвы", "ru"),
    ("美术课要用刀片，我买了一盒", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), KEPT)
def test_means_kept_secret_or_for_later_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_means_with_an_everyday_purpose_or_no_means_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
