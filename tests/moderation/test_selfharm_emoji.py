"""Emoji as self-harm vocabulary (emoji_words.py, selfharm_emoji.py, the
means family of the signals stage).  One class of case per test; each
emoji alone, a laughing skull and an emoji with a named cause pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from tests.moderation.helpers import allowed, self_harm_held

# a death emoji (or a rope / a means + "myself") where a wish puts its verb
ACT_AS_VERB = [
    ("i want to 🪦", "en"),
    ("i wanna 🪦", "en"),
    ("quiero 🪦", "es"),
    ("je veux juste ⚰️", "fr"),
    ("ich will 🪢", "de"),
    ("i want to 🔪 myself", "en"),
]
# an injury emoji next to a relapse or a secret
INJURY_AGAIN_OR_SECRET = [
    ("🔪🩸 again tonight lol dont tell anyone", "en"),
    ("did it again 🩸🩸", "en"),
    ("🪒🩸 relapsed", "en"),
    ("lo hice otra vez 🩸", "es"),
    ("🩸 no le digas a nadie", "es"),
    ("fiz de novo 🩸", "pt"),
]
SOON = [
    ("🪢 soon", "en"),
    ("🪦 tonight", "en"),
    ("🪢 bientôt", "fr"),
]
# a pill emoji is a means: with a final or despairing word it is two cue families
MEANS_PAIRS = [
    ("💊💊💊 tonight and then im done", "en"),
]
ONE_EMOJI_OR_LAUGHING = [
    ("🔪 cooking class today", "en"),
    ("my cat scratched me 🩸 lol", "en"),
    ("took my vitamins 💊", "en"),
    ("that movie killed me 💀😂", "en"),
    ("rip my phone 🪦", "en"),
    ("maths test tomorrow 🪦", "en"),
    ("i want to 💀", "en"),
    ("i want to 🔪 this cake", "en"),
    ("murder mystery party tonight 🔪🩸", "en"),
    ("💊💊 for my headache tonight", "en"),
    ("new knife set 🔪 arriving soon", "en"),
    ("they are tying the 🪢 soon", "en"),
]
# blood "again" with a named cause
NAMED_CAUSE = [
    ("my cat scratched me again 🩸 lol", "en"),
    ("nosebleed again 🩸", "en"),
    ("period again 🩸 ugh", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ACT_AS_VERB)
def test_death_emoji_as_the_verb_of_a_wish_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), INJURY_AGAIN_OR_SECRET)
def test_injury_emoji_with_relapse_or_secret_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), SOON)
def test_rope_or_grave_soon_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), MEANS_PAIRS)
def test_pill_emoji_is_a_means_cue(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), ONE_EMOJI_OR_LAUGHING)
def test_one_emoji_or_a_laughing_skull_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), NAMED_CAUSE)
def test_blood_emoji_with_a_named_cause_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


def test_emoji_become_reserved_words_of_the_phrase_form_only() -> None:
    p = prepare("did it again 🩸🩸")
    assert p.plain == "did it again emoji_blood emoji_blood"
    assert "emoji_blood" in p.token_set
    assert "emoji_blood" not in p.tokens  # the lexicon and the model see no new word
    assert prepare("that movie killed me 💀😂").plain == "that movie killed me"
