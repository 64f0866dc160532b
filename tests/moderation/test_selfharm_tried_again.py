"""An attempt survived (`selfharm_tried_again.py`): held by the rules in 13
languages; a sport, a recipe, an exam or a game tried pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ('i tried last month and woke up in hospital. next time im not messing it up', 'en'),
    ('i tried. next time i will do it properly', 'en'),
    ('wczoraj próbowałam, nie wyszło, obudziłam się w szpitalu', 'pl'),
    ('geçen sene denedim olmadı. bu sefer düzgün yapacağım', 'tr'),
    ('lo intenté el año pasado y desperté en el hospital', 'es'),
    ('eu já tentei uma vez. acordei no hospital', 'pt'),
    ('я уже пыталась. очнулась в больнице', 'ru'),
    ('gue udah pernah nyoba tapi gagal', 'id'),
    ('maine pehle koshish ki thi par bach gayi', 'hi'),
    ('حاولت السنة الماضية وصحيت بالمستشفى', 'ar'),
    ('我试过了，在医院醒来', 'zh'),
]

EVERYDAY = [
    ('i tried skiing and woke up in hospital with a broken leg', 'en'),
    ('i tried. next time i will do it properly, the cake was flat', 'en'),
    ('i tried the exam last year and failed, next time i will do it properly', 'en'),
    ('pastayı denedim olmadı', 'tr'),
    ('lo intenté en el partido y desperté en el hospital con la pierna rota', 'es'),
    ('ich hab es versucht, nächstes mal mach ich es richtig beim test', 'de'),
    ('gue nyoba masak tapi gagal', 'id'),
    ('я пыталась, но не вышло', 'ru'),
    ('我试过了，下次会成功的，这个游戏太难', 'zh'),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_a_bare_attempt_with_hospital_or_next_time_is_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_something_named_as_tried_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
