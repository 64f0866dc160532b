"""The writer's cuts getting deeper over time (`selfharm_deeper_trend.py`):
held by the rules in 13 languages; paper cuts, wood and rivers pass the rules."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ('kolumdaki kesikler giderek derinleşiyor durduramıyorum', 'tr'),
    ('my cuts keep getting deeper', 'en'),
    ('the cuts on my thigh are deeper every time', 'en'),
    ('mis cortes son cada vez más profundos', 'es'),
    ('meus cortes tão cada vez mais fundos', 'pt'),
    ('mes coupures sont de plus en plus profondes', 'fr'),
    ('meine schnitte werden immer tiefer', 'de'),
    ('i miei tagli sono sempre più profondi', 'it'),
    ('порезы на руках всё глубже', 'ru'),
    ('moje cięcia są coraz głębsze', 'pl'),
    ('sayatanku makin dalam', 'id'),
    ('mere cuts har baar aur gehre', 'hi'),
    ('جروحي كل مرة أعمق', 'ar'),
    ('我的伤口越来越深', 'zh'),
    ('kesiklerim her seferinde daha derin', 'tr'),
]

EVERYDAY = [
    ('my paper cuts keep getting deeper lol', 'en'),
    ('the river gets deeper and deeper here', 'en'),
    ('die schnitte im holz werden immer tiefer', 'de'),
    ('河水越来越深', 'zh'),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_cuts_deeper_each_time_are_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_paper_wood_and_rivers_pass_the_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang)
