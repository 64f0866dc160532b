"""HateCheck-style functional tests for the self-harm rules (selfharm.py):
paraphrase families (finality, burden, planning and hopelessness, goodbye
notes, method/pill forms, self-injury and hiding it, misspellings,
conditional absence, per-language families), the wider abuse/threat forms
and their clean counter-examples (discussion, hyperbole, reports).  One class
of case per test function; every disclosure must be held (never blocked)
with category ``self_harm``.  The nine-language indirect families are in
test_selfharm_languages.py, the en/es/fr/pt/de indirect forms in
test_selfharm_european.py."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, held, self_harm_held


@pytest.mark.parametrize(
    "text",
    ["i just want to fall asleep and never wake up", "I hope I never wake up again",
     "part of me hopes i dont wake up tomorrow", "i want to unalive myself tbh",
     "honestly i'd like to stop existing", "i really want to not exist anymore"],
)
def test_finality_wishes_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize(
    "text",
    ["my family would be better off without me", "everyone would be happier if i wasn't around",
     "they'd all be fine without me", "things would be easier if i just disappeared",
     "i'm just a burden to my parents", "nobody would even notice if i was gone"],
)
def test_burden_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize(
    "text",
    ["been thinking about ending it all lately", "i keep thinking of killing myself",
     "i think about jumping off the roof of our building", "I already wrote a goodbye note",
     "i'm giving away all my stuff this week", "im so done with life",
     "what's the point in living"],
)
def test_planning_and_hopelessness_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize(
    "text",
    ["i scratch my arms until they bleed", "i relapsed again yesterday",
     "how do i hide my cuts in PE", "i keep burning my wrists with a lighter",
     "there was blood on my sleeves again"],
)
def test_self_injury_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize(
    "text", ["i want to kil myself", "gonna kll myself", "i want to kill myslef", "i hate myself"],
)
def test_misspelt_and_self_hate_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "j'ai envie de me foutre en l'air"), ("fr", "tout le monde serait mieux sans moi"),
     ("fr", "je voudrais ne plus me réveiller"), ("fr", "je veux juste mourir"),
     ("es", "he pensado en quitarme la vida"), ("es", "estarían mejor sin mí"),
     ("es", "me corto cuando nadie me ve"), ("es", "quiero dormir para siempre"),
     ("pt", "eu queria nunca mais acordar"), ("pt", "todos ficariam melhor sem mim"),
     ("pt", "penso em tirar minha própria vida"),
     ("de", "ich kann einfach nicht mehr."), ("de", "ich will mir das Leben nehmen"),
     ("de", "alle wären besser dran ohne mich"), ("de", "ich ritze mich wieder"),
     ("ru", "хочу уйти из жизни"), ("ru", "всем будет лучше без меня"),
     ("ru", "я опять резала руки"), ("ru", "лучше бы я не родилась"),
     ("ar", "أريد أن أنهي حياتي"), ("ar", "ما بدي أعيش"), ("ar", "الكل أحسن بدوني"),
     ("zh", "活着没什么意思"), ("zh", "我想跳下去"), ("zh", "我又割自己了"), ("zh", "我经常自残"),
     ("hi", "मेरे बिना सब खुश रहेंगे"), ("hi", "मैं सब ख़त्म कर दूँ"),
     ("hi", "jeene ka man nahi karta"), ("hi", "sab khatam kar dunga")],
)
def test_self_harm_families_multilingual(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "ugh i hate myself for eating the whole pizza lol"),
     ("en", "the team did fine without me"), ("en", "it would be better if i was here on time"),
     ("en", "I'm so done with this level"), ("en", "i want to sleep and not wake up until noon"),
     ("en", "my dad beats me at chess every time"), ("en", "my brother always hits me in fortnite"),
     ("en", "someone brought a knife to school last week and got excluded"),
     ("en", "if a friend says everyone would be better off without them, tell an adult"),
     ("en", "we learned that giving away belongings can be a warning sign"),
     ("fr", "je me coupe les cheveux demain"), ("es", "me corto el pelo mañana"),
     ("de", "ich will nicht mehr Fortnite spielen"), ("zh", "平台应该删除自残的内容"),
     ("zh", "我们学习了如何预防自杀"), ("zh", "有个学生自杀了，新闻报道了")],
)
def test_family_counter_examples_clean(pipe: Pipeline, lang: str, text: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Where do you live? I'm from Lyon"), ("en", "where do you live? i live in Leeds"),
     ("en", "Let's talk on Discord about the project"),
     ("en", "we could chat on whatsapp to plan the presentation")],
)
def test_peer_exchange_clean(pipe: Pipeline, lang: str, text: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    "text",
    ["where do you live? are you home alone?", "lets talk on discord, it's more private",
     "let's move this to snap"],
)
def test_peer_exchange_counter_examples_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    ("lang", "text", "cat"),
    [("en", "my stepdad gets angry and hits me", "threat"),
     ("en", "my mum's boyfriend always kicks me when he's drunk", "threat"),
     ("fr", "mon père me frappe quand il a bu", "threat"),
     ("fr", "ma belle-mère parfois me gifle", "threat"),
     ("ar", "أبي دائما يضربني", "threat"),
     ("en", "i'm bringing a knife to school tomorrow", "threat"),
     ("fr", "je vais te casser la gueule", "threat"),
     ("ar", "سأقتلك", "threat"),
     ("es", "eres una fracasada", "bullying")],
)
def test_abuse_and_threat_forms(pipe: Pipeline, lang: str, text: str, cat: str) -> None:
    held(pipe, text, cat, lang=lang)


@pytest.mark.parametrize("text", [
    "i dont see the point in getting up anymore",
    "cant see any point in living tbh",
    "what's the point of waking up every day",
])
def test_hopelessness_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "left a goodbye note under my pillow",
    "writing farewell messages to my friends tonight",
    "i just want to be gone",
    "this is my last night",
    "gonna take all of my dad's pills",
])
def test_planning_finality_en(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "ce serait mieux pour tout le monde si j'étais pas là",
    "personne me regretterait",
    "à quoi bon continuer",
    "je me suis coupée hier soir",
    "quiero tomarme un montón de pastillas",
    "nadie me extrañaría de menos",
    "me corté otra vez",
    "ninguém ia sentir minha falta",
    "queria sumir",
    "ich möchte einfach nur sterben",
    "niemand würde mich vermissen",
    "dann habt ihr endlich ruhe vor mir",
    "не хочу больше существовать",
    "я уже решила уйти",
    "أتمنى أن أنام ولا أصحى",
    "الحياة بلا معنى",
    "我要是死了大家会更好",
    "活着好累，想结束这一切",
    "मैं अपने आप को चोट पहुँचाता हूँ",
    "kabhi kabhi suicide kar lu aisa lagta hai",
    "mar jaun aisa lagta hai",
])
def test_families_other_languages(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "ma mère va me tuer si je rentre tard",
    "mon prof va me tuer, j'ai oublié mon devoir",
    "minha mãe vai me matar se eu chegar tarde",
    "i don't see the point in doing this worksheet",
    "i think schools should talk more about self harm",
    "on devrait parler plus du suicide des jeunes",
    "deberíamos hablar más sobre autolesiones en clase",
    "the teacher left a goodbye card for the class",
])
def test_counter_examples(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- self-harm: hiding injuries ------------------------------------------
@pytest.mark.parametrize("text", [
    "used a blade on my thighs again so no one sees",
    "i wear long sleeves so no one sees the cuts",
    "cut my legs again where nobody can see",
    "i hide the scars under my hoodie",
    "je me coupe les cuisses pour que personne ne voie",
    "je porte des manches longues pour cacher mes cicatrices",
    "me corto los muslos para que nadie lo vea",
    "uso manga larga para esconder los cortes",
    "eu me corto na coxa pra ninguém ver",
    "uso manga comprida pra esconder os cortes",
    "ich ritze mich an den oberschenkeln damit es keiner sieht",
    "ich trage lange ärmel damit keiner die narben sieht",
    "режу бедра чтобы никто не видел",
    "ношу длинные рукава чтобы скрыть порезы",
    "我割大腿这样没人看得到",
    "我穿长袖遮住伤口",
    "أجرح فخذي حتى لا يرى أحد",
    "main apni jaangh kaatti hoon taaki koi na dekhe",
])
def test_hiding_self_injury(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "self_harm" in v.categories, (text, v.categories, v.reasons)


@pytest.mark.parametrize("text", [
    "its important that kids who self harm can talk to someone",
    "people who self-harm often hide it with long sleeves",
    "teens who cut themselves need support not judgement",
    "i wear long sleeves because its cold",
    "i cut my finger cooking and hid the plaster",
    "es importante que los jóvenes que se autolesionan hablen con alguien",
])
def test_self_harm_discussion_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "'i don't wanna live forever' is stuck in my head all day lol",
    "i dont want to live in a big city when im older",
])
def test_where_or_how_long_to_live_is_no_disclosure(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, "en")
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", [
    "i dont want to live in this world anymore",
    "i dont want to live anymore",
])
def test_not_wanting_to_live_in_this_world_is_still_held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, "en")
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v.reasons)
