"""Cover stories that are lies, hidden places, self-harm urges, one's own
funeral planned, burden relieved by absence, Arabizi 'death is better than
this life' and Turkish 'you'll be rid of me, I won't wait that long'
(selfharm_conceal.py).  Real cat scratches, food urges, a grandmother's
funeral and funeral hyperbole pass.  Written from a failure class of a
blind evaluation, not its sentences."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

HELD = [
    ("les marques sur mes bras c'est pas le chat comme j'ai dit à ma mère 🙂", "fr"),
    ("i tell the pe teacher the marks on my arm are from the cat. we dont have a cat", "en"),
    ("le dije a mi madre que las marcas en mis brazos eran del gato. no tenemos gato", "es"),
    ("bacaklarıma yapıyorum artık, orası görünmüyor çünkü", "tr"),
    ("i do it on my thighs now so nobody can see", "en"),
    ("ahora lo hago en las piernas, así no se ve", "es"),
    ("sh urges r so loud 2nite 🔪😶", "en"),
    ("the urges to cut are bad today", "en"),
    ("já até escolhi a música pro meu enterro kkk mas é sério", "pt"),
    ("ive already picked the songs for my funeral", "en"),
    ("aku sering mikir kalo aku ga ada, mama ga perlu kerja keras lagi buat aku", "id"),
    ("if i wasnt here my mum wouldnt have to work so hard", "en"),
    ("kel youm afakker enno el mot a7san mn hal 7ayat", "ar"),
    ("okul bitince hepiniz benden kurtulacaksınız zaten, ben o kadar beklemeyeceğim", "tr"),
]
PASSING = [
    ("the cat scratched my arm lol, there are marks everywhere", "en"),
    ("les marques sur mes bras c'est le chat, il est trop fou", "fr"),
    ("urges to eat chocolate are so loud tonight", "en"),
    ("i chose the song for my grandma's funeral", "en"),
    ("i do my fake tan on my legs now", "en"),
    ("we learned about sh urges and how to cope with them in pshe", "en"),
    ("if i wasnt here yesterday it was because of the dentist", "en"),
    ("okul bitince benden kurtulacaksınız, istanbul'a taşınıyoruz", "tr"),
    ("el mot mawdoo3 sa3b bel falsafe", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_cover_stories_urges_funerals_and_burden_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PASSING)
def test_real_scratches_food_urges_and_others_funerals_pass(
    pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(pipe, text, lang=lang)
