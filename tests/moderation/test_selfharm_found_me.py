"""Sorry to whoever finds me (`selfharm_found_me.py`): held by the rules in 13
languages; a lost phone or wallet, hide and seek pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ('sorry to whoever finds me', 'en'),
    ('to whoever finds me, im sorry', 'en'),
    ('простите того, кто меня найдёт', 'ru'),
    ('perdón a quien me encuentre', 'es'),
    ('desculpa pra quem me encontrar', 'pt'),
    ('désolée pour la personne qui me trouvera', 'fr'),
    ('tut mir leid für den, der mich findet', 'de'),
    ('scusate chi mi troverà', 'it'),
    ('przepraszam tego, kto mnie znajdzie', 'pl'),
    ('beni bulacak kişiden özür dilerim', 'tr'),
    ('maaf buat siapapun yang nemuin aku nanti', 'id'),
    ('sorry jo bhi mujhe dhundhega', 'hi'),
    ('آسف للي رح يلاقيني', 'ar'),
    ('对不起发现我的人', 'zh'),
]

EVERYDAY = [
    ('sorry to whoever finds my phone, please give it back', 'en'),
    ('whoever finds me first wins, im in the best hiding spot lol', 'en'),
    ('perdón a quien encuentre mi cartera, la perdí', 'es'),
    ('кто меня найдет в прятки, тот водит', 'ru'),
    ('捉迷藏谁先找到我谁赢，对不起发现我的人要请客', 'zh'),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_an_apology_to_whoever_finds_the_writer_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_lost_thing_or_hide_and_seek_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
