"""Relapse told as a broken clean streak, "relapsed after N days" or "did it
again" after a clean spell with secrecy or a night (selfharm_relapse.py).
Streaks of apps, games, diets and habits, a third person's relapse and
achievements pass.  Written from a failure class of a blind evaluation,
not its sentences."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, self_harm_held

RELAPSE = [
    ("back to day 0 🙃 my streak was 63 days", "en"),
    ("day one again. i really thought i had it this time", "en"),
    ("had to reset my counter this morning", "en"),
    ("relapsed after 40 days clean", "en"),
    ("i relapsed after 2 months", "en"),
    ("last night i did it again after 3 months. dont tell anyone", "en"),
    ("did it again after five weeks clean, please dont tell my mum", "en"),
    ("volví al día 0, mi racha era de 51 días", "es"),
    ("lo volví a hacer después de 3 meses, no se lo digas a nadie", "es"),
    ("retour au jour 0, je tenais depuis 2 mois", "fr"),
    ("je l'ai refait hier soir après 3 mois", "fr"),
    ("wieder bei tag 0. 51 tage waren es", "de"),
    ("hab es gestern wieder getan nach 3 monaten, sag es keinem", "de"),
    ("l'ho rifatto stanotte dopo 3 mesi", "it"),
    ("fiz de novo depois de 3 meses, não conta pra ninguém", "pt"),
    ("снова день 0", "ru"),
    ("вчера снова это сделала после 3 месяцев", "ru"),
    ("कल रात फिर से वो किया... 3 महीने बाद। किसी को मत बताना", "hi"),
    ("kal raat phir se wo kiya 3 mahine baad, kisi ko mat batana", "hi"),
    ("昨晚又那样做了，三个月了", "zh"),
]
NOT_RELAPSE = [
    ("lost my snap streak of 51 days 😭", "en"),
    ("day 0 of my diet again lol", "en"),
    ("duolingo streak gone, back to day 1", "en"),
    ("reset my counter on the habit app, gym day 0 again", "en"),
    ("my uncle relapsed after 40 days sober", "en"),
    ("relapsed after 3 weeks without vaping ugh", "en"),
    ("we did it again after 3 months, won the league last night", "en"),
    ("volví al día 0 de mi dieta jaja", "es"),
    ("je l'ai refait hier soir après 3 mois, le gâteau au chocolat de mamie", "fr"),
    ("снова день 0 в игре, всё потерял", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), RELAPSE)
def test_relapse_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_RELAPSE)
def test_everyday_streaks_and_achievements_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


CUT_AGAIN = [
    "i want to cut again",
    "i wanna cut again so bad",
    "i need to cut again, nothing else helps",
    "im going to cut again tonight",
    "it helped for a while but now I want to cut again",
    "therapy was ok but i really want to cut again",
]
NOT_CUT_AGAIN = [
    "i want to cut my hair again, it's too long",
    "we need to cut the scene again",
    "do you want to cut again? the paper is uneven",
    "if someone says they want to cut again, tell an adult",
]


@pytest.mark.parametrize("text", CUT_AGAIN)
def test_wanting_to_cut_again_is_held_by_the_rules(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v.reasons)


@pytest.mark.parametrize("text", NOT_CUT_AGAIN)
def test_cutting_things_again_passes(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert "self_harm" not in v.categories, (text, v.reasons)
