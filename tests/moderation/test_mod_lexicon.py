"""Profanity/slur lexicon: evasion classes, Scunthorpe class, identity terms
and multilingual coverage (HateCheck-style: one class per test)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, held


def hidden(v: object) -> bool:
    return getattr(v, "action").value in ("hold", "block")  # noqa: B009


@pytest.mark.parametrize("text", ["fuck this", "what a bitch", "shit game", "you cunt"])
def test_plain_profanity_hidden(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text))


@pytest.mark.parametrize(
    "text",
    ["f*ck off", "sh*t", "c*nt", "f#ck", "f**k you", "b!tch", "sh!!!t", "$hit", "a$$hole",
     "5h1t", "fvck", "d1ckhead"],
)
def test_leet_and_masking(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize(
    "text", ["f u c k", "a-s-s-h-o-l-e", "s.h.i.t", "p u s s y", "b_i_t_c_h", "f. u. c. k"]
)
def test_split_letters(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize("text", ["fuuuuck", "shiiiit", "biiiitch", "fuckkkk"])
def test_repeated_letters(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("хуууууй знает где мои наушники", "ru"), ("хуууууйня какая-то", "ru"), ("كسمممم هالمباراة", "ar")],
)
def test_repeated_letters_in_a_listed_stem(pipe: Pipeline, text: str, lang: str) -> None:
    """A stem listed with its endings ("хуй*") has no exact entry for the collapsed word."""
    assert hidden(pipe.check(text, lang)), text


@pytest.mark.parametrize(("text", "lang"), [("хууууже некуда", "ru"), ("хууудожник пришёл", "ru")])
def test_repeated_letters_in_everyday_words_near_a_stem_pass(pipe: Pipeline, text: str, lang: str) -> None:
    assert pipe.check(text, lang).action.value == "allow", text


@pytest.mark.parametrize("text", ["fcking hell", "btch", "this is fckn trash", "whre"])
def test_dropped_vowel(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize("text", ["shitshit", "fuckfuckfuck", "shitbitch"])
def test_joined_words(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize(
    "text",
    ["ѕtupid bіtch", "fսck", "ｆｕｃｋ", "ＳＨＩＴ", "fu\u200bck", "bi\u200dtch", "ƒuck".replace("ƒ", "f"),
     "shіt", "аsshole"],
)
def test_homoglyphs_fullwidth_invisible(pipe: Pipeline, text: str) -> None:
    assert hidden(pipe.check(text)), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "putain c'est nul"), ("fr", "ferme ta gueule connard"), ("es", "cállate cabrón"),
     ("es", "qué mierda"), ("pt", "vai tomar no cu caralho"), ("de", "du Arschloch"),
     ("de", "scheiße"), ("ru", "это полная хуйня"), ("ru", "иди нахуй"), ("ru", "сука"),
     ("ar", "يلعن ابوك"), ("ar", "شرموطة"), ("zh", "你是个傻逼"), ("zh", "操你妈"),
     ("hi", "तू चूतिया है"), ("hi", "madarchod"), ("it", "vaffanculo")],
)
def test_multilingual_profanity(pipe: Pipeline, lang: str, text: str) -> None:
    assert hidden(pipe.check(text, lang=lang)), text
    assert hidden(pipe.check(text)), "also without a language tag"


@pytest.mark.parametrize("text", ["you f@ggot", "n1gger", "go away tranny", "dirty kike"])
def test_slurs_blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "block" and "slur" in v.categories


# session 19: slurs the lists lacked (pt, it, ar, zh)
@pytest.mark.parametrize(
    "text", ["olha o traveco ali", "quel ricchione del terzo banco", "sei un culattone", "روح يا مخنث",
             "你这个死基佬"])
def test_more_slurs_blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "block" and "slur" in v.categories


@pytest.mark.parametrize(
    "text",
    ["Scunthorpe United won", "the assassin class", "I live in Essex", "Sussex and Middlesex",
     "a cocktail party", "reading Dickens", "shiitake mushrooms", "my therapist", "data analysis",
     "Penistone is a town", "the hell of a cold", "pass the ball", "grass is green",
     "Cockburn street", "a bass guitar", "classic assignment", "Shitake is spelled wrong",
     "a batch of cookies", "goats on the farm", "a nice shot", "social media puts pressure on us"],
)
def test_scunthorpe_class(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["I am gay", "my lesbian aunt", "queer youth group", "trans rights", "bisexual people",
     "God bless", "Jesus loves you", "Allah is merciful", "the Nazi regime was evil",
     "Holocaust memorial day", "I'm still a virgin and that's fine", "he was drunk",
     "that's a stupid rule", "my period started", "breast cancer awareness", "homosexual couples",
     "intersex people exist", "people with HIV deserve respect"],
)
def test_identity_religion_history_health_allowed(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "El negro es mi color favorito"), ("fr", "j'ai mal à la bite") ],
)
def test_language_restricted_terms(pipe: Pipeline, lang: str, text: str) -> None:
    # "negro" is only a slur in the French list (lang-restricted); "bite" only in French
    v_other = pipe.check(text, lang="es" if lang == "es" else "en")
    if lang == "es":
        assert v_other.action.value == "allow"
    else:
        assert hidden(pipe.check(text, lang="fr"))
        assert pipe.check("a dog bite", lang="en").action.value == "allow"


def test_policy_extra_terms() -> None:
    from moderation import Policy

    pol = Policy.from_mapping({"blocked_terms": ["frobnicate"], "allowed_terms": ["bastard"]})
    p = Pipeline(pol)
    assert p.check("you frobnicate").action.value == "block"
    assert p.check("the bastard sword in the game").action.value == "allow"


@pytest.mark.parametrize("text", [
    "你没用过这个app吗",
    "du bist krank?",
    "du bist nichts schuldig",
    "manda el pack de stickers",
    "t'es rien sans moi",
    "sag deinen eltern bescheid",
    "je t'offre un café si tu veux",
    "mon mot de passe est trop long à taper",
])
def test_lexicon_words_in_innocent_senses_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("je suis en retard", "fr"),
        ("le bus avait du retard ce matin", None),
        ("j'espère ne pas me réveiller en retard demain", "fr"),
        ("désolé pour le retard", "fr"),
    ],
)
def test_french_retard_is_late(pipe: Pipeline, text: str, lang: str | None) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW and v.text == text, (text, v)


def test_the_english_slur_is_still_blocked(pipe: Pipeline) -> None:
    assert pipe.check("ur such a retard lol").action is Action.BLOCK


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bhen chod ye moderator", "hi"),
        ("bhen ch0d kya bakwas hai", "hi"),
        ("you mother fucker", "en"),
        ("du arsch loch", "de"),
        ("what a dick head", None),
    ],
)
def test_a_listed_word_written_as_two_words_is_caught(
    pipe: Pipeline, text: str, lang: str | None
) -> None:
    held(pipe, text, "profanity", lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "the pen is on the table",  # parts under three letters never join
        "as soon as possible",
        "the rapist was arrested, the therapist helped",
        "I have a test on monday",
        "mother tongue lessons help",
        "bhen ko chod do, woh ghar ja rahi hai",  # Hinglish "chod" = leave
    ],
)
def test_neighbouring_words_that_only_join_by_accident_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("qui veut voir ma b1te en cam", "fr"),
        ("t'as une petite b!te", "fr"),
    ],
)
def test_a_word_listed_for_one_language_is_caught_disguised_in_that_language(
    pipe: Pipeline, text: str, lang: str
) -> None:
    held(pipe, text, "sexual", lang=lang)


def test_a_word_listed_for_another_language_passes_disguised(pipe: Pipeline) -> None:
    clean(pipe, "my dog tried to b1te the postman", lang="en")


@pytest.mark.parametrize(
    "text", ["бл@ть какой тупой вопрос", "бл@ть", "сук@", "п0шел нах", "ну бл@, опять"],
)
def test_cyrillic_leet_is_read_as_cyrillic(pipe: Pipeline, text: str) -> None:
    """"@" and digits inside a Russian word stand for Cyrillic letters ("бл@ть"
    is "блять"), not Latin ones."""
    held(pipe, text, "profanity")


@pytest.mark.parametrize(
    "text", ["х@рошо, до завтра", "с@мый лучший день", "3ря ты так", "встреча в 14:00, к@бинет 3"],
)
def test_cyrillic_leet_everyday_words_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_cyrillic_leet_in_quotes_is_still_profanity(pipe: Pipeline) -> None:
    """The lexicon has no discussion frames: a disguised swear word quoted
    while talking about swearing is held like the plain word (a human decides)."""
    held(pipe, 'она сказала "бл@ть" и учитель её отругал', "profanity")
    held(pipe, 'она сказала "блять" и учитель её отругал', "profanity")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ça me fait chier ce jeu", "fr"),
        ("vsf com esse professor", "pt"),
        ("vtnc mano", "pt"),
        ("che cazzata questo compito", "it"),
        ("sono tutte stronzate", "it"),
        ("das verfickte handy geht nicht", "de"),
        ("خرا عليك", "ar"),
        ("zebbi 3lik", "ar"),
    ],
)
def test_everyday_swearing_of_more_languages_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    """Words written on session 18's development lines (their own sentences here)."""
    assert hidden(pipe.check(text, lang)), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mon chien s'appelle rex", "fr"),
        ("a vista é linda", "pt"),
        ("la cazzuola del muratore", "it"),
        ("hast du verstanden was die lehrerin meinte", "de"),
        ("صباح الخير يا شباب", "ar"),
    ],
)
def test_their_neighbouring_everyday_words_pass(pipe: Pipeline, text: str, lang: str) -> None:
    assert pipe.check(text, lang).action.value == "allow", text
