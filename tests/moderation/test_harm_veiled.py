"""Veiled threats with no violent word (harm_veiled.py: en es fr pt de it).

A pity if something happened to the reader, the reader's pictures getting out,
"accidents happen, just saying", "you'll see what happens if you tell", "we know where
you live", "cuídate las espaldas".  Hard negatives: real concern (a trip, a phone, an
illness), safety advice, comfort after an accident, chemistry and TV, friends who
visit, song lyrics, games, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD_EN = [
    "would be a shame if something happened to him after school",
    "accidents happen, just saying",
    "you'll see what happens if you tell",
    "it'd be sad if your photos got out",
    "it would be a shame if something happened to your little sister",
    "be a real shame if your pics ended up on the school story",
    "nice bike, shame if it got broken",
    "we know where you live",
    "tell anyone and you'll see what happens",
    "people who snitch have accidents",
    "just saying, accidents happen to people who talk too much",
    "hope you get home safe 😊 we know the way you go",
    "it would be sad if everyone saw your pictures",
    "shame if you had an accident on the way home",
    "i'd hate for something to happen to you, so keep your mouth shut",
    "things happen to snitches",
    "you better sleep with one eye open tonight",
    "go ahead, report me and see what happens",
    "it'd be a pity if your mum found out 🙂",
]

HELD_ES_FR_PT_DE_IT = [
    "sabemos por dónde caminas",
    "sabemos por dónde camina",
    "sería una pena que le pasara algo a la salida",
    "cuídate las espaldas mañana",
    "los accidentes pasan, solo digo",
    "ya verás lo que pasa si hablas",
    "sería una lástima que tus fotos se filtraran",
    "on sait par où tu passes pour rentrer",
    "ce serait dommage qu'il t'arrive quelque chose",
    "fais gaffe à toi demain",
    "tu vas voir ce qui se passe si tu parles",
    "surveille tes arrières",
    "seria uma pena se algo acontecesse com você",
    "a gente sabe por onde você passa",
    "acidentes acontecem, só tô falando",
    "wäre schade wenn dir was passiert",
    "wir wissen wo du langläufst",
    "pass morgen auf dich auf, nur so",
    "du wirst sehen was passiert wenn du petzt",
    "sarebbe un peccato se ti succedesse qualcosa",
    "sappiamo che strada fai per tornare a casa",
    "guardati le spalle domani",
    "vedrai cosa succede se parli",
]

PASS_EN = [
    "it would be a shame if something happened to the school trip",
    "watch your back when you lift heavy boxes",
    "be careful walking home it's dark",
    "we know where you live now, can we come visit on sunday? mum says hi",
    "you'll see what happens when you mix baking soda and vinegar",
    "it'd be sad if your photos got lost, back them up",
    "accidents happen in football, he'll be ok",
    "tell me and you'll see what happens in the next episode",
    "would be a shame if the rain cancelled the match",
    "it would be sad if the bakery closed",
    "my teacher said accidents happen and it's fine",
    "it would be so sad if something happened to my grandma, she's in hospital",
    "i'd hate for anything to happen to you, please be careful on your trip",
    "it'd be a shame if something happened to your phone, get a case",
    "nice phone, shame if it got broken so get a case lol",
    "would be a shame if you missed the party",
    "shame if you got hurt before the final, rest your ankle",
    "it would be awful if something happened to him, he's been so sick",
    "accidents happen, just saying, don't be so hard on yourself",
    "lol accidents happen, you're fine",
    "you'll see what happens if you tell the truth, people will respect you",
    "see what happens if you tell siri to divide zero by zero",
    "we all know where you live, we're neighbours",
    "sleep with one eye open gripping your pillow tight 🎸 love this song",
    "it would be sad if your pictures got deleted",
    "snitches get stitches is such an old saying",
]

PASS_ES_FR_PT_DE_IT = [
    "sería una pena que lloviera en la excursión",
    "sabemos por dónde camina el perro, siempre va al parque",
    "sabemos a qué hora sales, te esperamos para ir juntos",
    "los accidentes pasan, no pasa nada por el vaso roto",
    "ya verás lo que pasa cuando mezcles los colores",
    "fais gaffe à toi en rentrant, il fait nuit",
    "ce serait dommage qu'il pleuve demain",
    "les accidents ça arrive, t'inquiète pas pour le verre",
    "tu vas voir ce qui se passe à la fin du film",
    "on sait où tu habites, on passe te chercher à 8h pour la fête",
    "seria uma pena se chovesse no passeio",
    "acidentes acontecem, não se preocupe com o copo",
    "cuidado com as costas quando levantar peso",
    "wäre schade wenn das konzert ausfällt",
    "unfälle passieren, mach dir keinen kopf wegen der tasse",
    "pass gut auf dich auf auf dem heimweg",
    "wir wissen wo du wohnst, wir holen dich um 8 ab zur party",
    "sarebbe un peccato se piovesse domani",
    "gli incidenti capitano, non preoccuparti per il bicchiere",
]

REPORTS = [
    "someone told my friend 'we know where you live' and we reported it",
    'he said "it would be a shame if something happened to you" and i told my mum',
    "what do you do if someone says it'd be a shame if your pics got out?",
    "if someone says they know where you live, tell an adult",
    'alguien me escribió "sabemos por dónde caminas" y lo denuncié',
]

GAMES_AND_SONGS = [
    "watch your back in fortnite the enemy team is camping",
    '"watch your back" is a great song',
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "threat" in v.categories, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "threat" in v.categories, (text, v.action, v.reasons)
    assert "stage:threat:veiled" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS_EN)
def test_english_concern_advice_and_everyday_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", PASS_ES_FR_PT_DE_IT)
def test_european_concern_advice_and_everyday_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_and_quoted_threats_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", GAMES_AND_SONGS)
def test_games_and_song_titles_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
