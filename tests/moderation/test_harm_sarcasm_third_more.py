"""Sarcastic put-downs of a third person's looks or worth in ru tr pl id, and sarcastic
praise followed by an insult to the reader in it es pt fr (harm_sarcasm_third_more.py).
Hard negatives: the writer about themselves, sincere pity, mirrors as things, sincere
praise ("complimenti, sembri una principessa")."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # ru
    "кто-нибудь скажите ему что зеркала существуют",
    "у нее дома нет зеркала что ли",
    "она реально думала что этот наряд хорошая идея 💀",
    "он реально думал что эта прическа красивая",
    "бедняжка, так старается быть крутым",
    # tr
    "biri ona aynaların var olduğunu söylesin",
    "evinde ayna yok mu bunun",
    "gerçekten o kıyafetin iyi fikir olduğunu sandı 💀",
    "kendini çok havalı sanıyor",
    "zavallı, havalı olmak için çok uğraşıyor",
    "o suratla dışarı çıkmak cesaret ister",
    # pl
    "niech ktoś mu powie że lustra istnieją",
    "czy ona nie ma lustra w domu",
    "ona serio myślała że ten strój to dobry pomysł 💀",
    "biedak, tak się stara być fajny",
    "odważnie z jej strony pokazać taką twarz",
    # id
    "ada yang kasih tau dia kalo kaca itu ada",
    "emang dia ga punya kaca di rumah",
    "dia beneran ngira outfit itu bagus 💀",
    "kasian, dia usaha banget biar keliatan keren",
    "berani banget dia keluar pake muka kayak gitu",
]

PRAISE_INSULT = [
    "complimenti, sembri un cesso",
    "bravo, sembri una scimmia",
    "complimenti sei proprio un pagliaccio",
    "bravo, sei un fallito",
    "felicidades, pareces un payaso",
    "enhorabuena, pareces un mono",
    "felicitaciones, eres un fracasado",
    "parabéns, você parece um palhaço",
    "parabéns, você é um lixo",
    "félicitations, tu ressembles à un clown",
    "bravo, t'as l'air d'un clown",
    "bien joué, tu ressembles à un singe",
]

PASS = [
    "я реально думала что этот наряд хорошая идея",
    "бедняжка, она заболела",
    "зеркало в ванной разбилось",
    "gerçekten o kıyafetin iyi fikir olduğunu sandım",
    "kendini kötü hissediyor",
    "zavallı kedi çok hasta",
    "naprawdę myślałam że ten strój to dobry pomysł",
    "biedak, złamał nogę",
    "aku beneran ngira outfit itu bagus",
    "kasian dia lagi sakit",
    "complimenti, sembri una principessa",
    "complimenti, sei stato bravissimo",
    "felicidades, pareces muy feliz",
    "felicidades, eres un genio",
    "parabéns, você parece ótimo nessa foto",
    "parabéns, você é um gênio",
    "bravo, t'es la meilleure",
    "félicitations, tu ressembles à ta mère sur cette photo",
]


@pytest.mark.parametrize("text", HELD)
def test_third_person_sarcasm_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PRAISE_INSULT)
def test_praise_then_insult_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_self_pity_and_sincere_praise_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
