"""No point in waking up (`selfharm_wake_point.py`): held by the rules in 13
languages; waking early, weekends, holidays, a cancelled class and talk pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ('a che serve svegliarsi domani', 'it'),
    ('wozu überhaupt noch aufstehen', 'de'),
    ('à quoi bon se lever demain', 'fr'),
    ('какой смысл просыпаться завтра', 'ru'),
    ('सुबह उठने का क्या फायदा, सब बेकार है', 'hi'),
    ('buat apa bangun besok pagi', 'id'),
    ('why even wake up anymore', 'en'),
    ('why would i even get up tomorrow', 'en'),
    ('para qué despertarme mañana', 'es'),
    ('qué sentido tiene levantarse ya', 'es'),
    ('pra que acordar amanhã', 'pt'),
    ('qual o sentido de levantar', 'pt'),
    ('warum soll ich morgen aufstehen', 'de'),
    ('po co wstawać jutro', 'pl'),
    ('yarın uyanmanın ne anlamı var', 'tr'),
    ('neden uyanayım ki', 'tr'),
    ('ليش اصحى بكرا؟', 'ar'),
    ('شو الفايدة من الصحيان', 'ar'),
    ('明天醒来有什么意义', 'zh'),
    ('为什么要醒来', 'zh'),
    ('kal uthne ka kya fayda', 'hi'),
]

EVERYDAY = [
    ("a che serve svegliarsi presto se non c'è scuola", 'it'),
    ('wozu am samstag früh aufstehen', 'de'),
    ('à quoi bon se lever tôt pendant les vacances', 'fr'),
    ('какой смысл вставать рано в субботу', 'ru'),
    ('buat apa bangun pagi kalau libur', 'id'),
    ('why even get up on a saturday lol', 'en'),
    ('why get up early if class is canceled', 'en'),
    ('para qué levantarme temprano si no hay clase', 'es'),
    ('pra que acordar cedo no sábado', 'pt'),
    ('po co wstawać tak wcześnie w sobotę', 'pl'),
    ('cumartesi erken kalkmanın ne anlamı var', 'tr'),
    ('周末早起有什么意义', 'zh'),
    ('为什么要起床，今天放假', 'zh'),
    ('छुट्टी में जल्दी उठने का क्या फायदा', 'hi'),
    ("in class we talked about why some people don't want to wake up", 'en'),
    ('wozu aufstehen wenn die schule ausfällt', 'de'),
    ('perché alzarsi se piove e la partita è annullata', 'it'),
    ('ليش اصحى بدري بكرا؟ عطلة', 'ar'),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_no_point_in_waking_is_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_waking_for_an_everyday_reason_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
