"""Mocking the reader's accent, dialect or rural origin for the group's laughs
(harm_accent_mock.py: en es fr pt de it).  Admiration, language questions,
requests to teach, the writer's own accent, impressions and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:bullying:accent"

HELD_EN = [
    "go on Pavel say 'three' for us, we need a laugh 😂",
    "say 'écureuil' with your accent lol",
    "talk in your village dialect so we can laugh",
    "with that accent you'll only ever sell stuff at the market",
    "farm boy, say something",
    "say something in your accent so we can laugh",
    "do your accent again, it's hilarious 😂",
    "say it again in your funny accent haha",
    "oi village girl say 'water' again lmao",
    "nobody can understand you with that accent lmao",
    "speak your dialect for us, we need entertainment",
    "with that accent you'll be cleaning toilets forever",
    "say 'th' for us lol, oh wait you can't",
    "talk like a peasant again for the group haha",
    "lmao say 'water' in your accent again",
    'read the sentence in your polish accent so we can all laugh',
    "with an accent like that you'll never get a job",
    'yo hillbilly, say something',
    "say 'th' for us Oleksandr, go on, we need a bit of comedy today 😂😂",
    "say 'squirrel' for us Pavel, go on, we need some entertainment",
    "go on Ana say 'three' again, we need a bit of comedy lol",
]

HELD_ES_FR_PT_DE_IT = [
    "di 'perro' con tu acento jajaja",
    "habla como en tu pueblo para que nos riamos",
    "con ese acento solo vas a vender en el mercadillo",
    "eh pueblerino, di algo",
    "dis 'écureuil' avec ton accent mdr",
    "parle ton patois qu'on rigole",
    "avec ton accent tu vendras des légumes au marché toute ta vie",
    "eh le paysan, dis quelque chose",
    "fala 'três' com teu sotaque kkkk",
    "fala igual caipira pra gente rir",
    "com esse sotaque só vai vender na feira",
    "sag mal 'Eichhörnchen' mit deinem Akzent haha",
    "red mal in deinem Dialekt, wir brauchen was zum Lachen",
    "Bauerntrampel, sag mal was",
    "di' 'tre' con il tuo accento ahah",
    "parla nel dialetto del tuo paesino così ridiamo",
    "contadino, dì qualcosa",
    'di algo con tu acento de pueblo jajaja',
    'con ese acento nunca vas a encontrar trabajo',
    "Yanis, dis 'grenouille' pour voir, on a besoin de rire un peu 😂😂 avec ton accent du bled",
    "redis 'écureuil' pour nous, on a besoin de rigoler",
    'parle avec ton accent du bled, vas-y',
    "di 'perro' para ver, necesitamos reírnos un rato",
    "fala 'três' pra gente, a gente precisa rir kkk",
    "sag mal 'Eichhörnchen', wir brauchen was zum Lachen",
    "di' 'scoiattolo' per noi, abbiamo bisogno di ridere",
]

PASS = [
    "your accent is so cool, say it again",
    "how do you say 'three' in Polish?",
    "my grandma has a strong accent and I love it",
    "we learned that mocking accents is bullying",
    "can you teach us a word in your dialect?",
    "say something in your language, i want to learn it",
    "my cousin laughs at my accent and it hurts",
    "someone told him to say 'three' with his accent and everyone laughed, that was mean",
    "i grew up on a farm and i miss it",
    "we're selling cakes at the market on saturday",
    "the village dialect is dying out, we should record it",
    "my dad is a farmer and i'm proud of it",
    "say 'cheese' for the photo lol",
    "can you say it again, i didn't hear lol",
    "do the accent from that tiktok again haha you're so good at it",
    "say hi to the farm boy lol",
    "haha say something in your accent, i wanna hear it",
    "with your accent you'd be perfect for the school play",
    "i went to the village and everyone talks in a funny dialect lol",
    "the farm boy in the film said something funny",
    "he said it in his accent and we all laughed, so rude of them",
    "lol my teacher does a scottish accent when she reads to us",
    "what does your dialect sound like? say something",
    "speak your mind, we need more opinions here",
    "my village dialect has a word for that lol",
    "tu acento es precioso, dilo otra vez",
    "¿cómo se dice 'tres' en polaco?",
    "enséñanos una palabra de tu pueblo",
    "en mi pueblo hablamos así jaja",
    "ton accent est trop mignon, redis-le",
    "parle avec ton accent du sud, j'adore",
    "dis-le avec ton accent, c'est trop mignon mdr",
    "teu sotaque é lindo, fala de novo",
    "sag nochmal was auf Bairisch, klingt so schön",
    "herr bauer sagt wir haben morgen frei",
    "il tuo accento è bellissimo",
    "parla in dialetto con i nonni, è bellissimo",
    "il contadino di mio nonno coltiva pomodori",
    'speak in your accent for the school video, it sounds great!',
    "your accent sounds so funny to me lol, i'm from texas",
    'lol i sound like a farmer when i speak french',
    "say 'squirrel' in german, it's so hard lol",
    'haha my grandad was a farm boy, he always says that',
    "say 'th' for us, we're practising pronunciation in English class",
    "say 'cheese' for us, we need a photo for the yearbook",
    "someone told Oleksandr to say 'th' for us because we needed comedy, that was so mean",
    "dis 'grenouille' en anglais pour voir",
    "dis 'grenouille' pour voir, j'adore ton accent",
    'mon accent du bled revient quand je parle avec ma grand-mère',
    "di 'hola' jajaja",
    "dis 'grenouille' pour voir, on a besoin de rire un peu, c'est pour le sketch de théâtre",
    'alguien le dijo a Yanis "dis \'grenouille\' pour voir, on a besoin de rire", qué feo',
]


def _held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
    assert REASON in pipe.check(text).reasons, (text, pipe.check(text).reasons)


@pytest.mark.parametrize("text", HELD_EN)
def test_english_accent_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_accent_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", PASS)
def test_admiration_questions_and_reports_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
