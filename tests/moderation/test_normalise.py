"""Normalisation (normalise.py): chat letters, wide letter gaps and spelled-out
words in the phrase form, Latin words inside Chinese text as tokens."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import deleet, prepare
from tests.moderation.helpers import clean, held


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("r u a virgin", "are you a virgin"),
        ("u r so funny", "you are so funny"),
        ("s e n d  n u d e s pls", "send nudes please"),
        # a spelled-out word may hold a digit ("no1"); a spelled-out number is
        # left to the PII stage
        ("u r  s o  u g l y  n o 1  l i k e s  u", "your so ugly no one likes you"),
        ("call me 0 7 5 0 9", "call me 0 7 5 0 9"),
    ],
)
def test_chat_letters_and_wide_gaps(text: str, plain: str) -> None:
    assert prepare(text).plain == plain


def test_spelled_out_words_are_still_joined(pipe: Pipeline) -> None:
    assert prepare("f u c k this").plain.startswith("fuck")
    held(pipe, "r u a virgin", "sexual", lang="en")
    held(pipe, "s e n d  n u d e s pls 😏", "sexual", lang="en")
    held(pipe, "u r  s o  u g l y  n o 1  l i k e s  u", "bullying", lang="en")


def test_latin_words_inside_chinese_are_tokens() -> None:
    assert prepare("你就是个sb吧").tokens == ("你就是个", "sb", "吧")
    assert " qq " in prepare("我们去QQ聊吧").plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("s.e.n.d n.u.d.e.s pls", "send nudes please"),
        ("f.u.c.k y.o.u", "fuck you"),
        ("s-e-n-d m-e p-i-c-s", "send me pictures"),
        ("s.e.n.d. n.u.d.e.s", "send nudes"),
        ("s.e.n.d the f.o.r.m by friday", "send the form by friday"),
        ("s. e. n. d", "send"),
        ("k y s", "kys"),
        ("s e n d  p i c s", "send pictures"),
    ],
)
def test_dotted_words_split_at_spaces(text: str, plain: str) -> None:
    """Letters joined by dots/dashes, words separated by a space: each
    spelled-out word is a word of its own ("send nudes", not "sendnudes");
    a space in every gap ("s. e. n. d") is still one word."""
    assert prepare(text).plain == plain


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("s.e.n.d n.u.d.e.s pls", "sexual"),
        ("s-e-n-d n-u-d-e-s", "sexual"),
        ("f.u.c.k y.o.u", "profanity"),
        ("k y s", "self_harm"),
        ("s e n d  p i c s", "grooming"),
        ("s.e.n.d m.e p.i.c.s", "grooming"),
    ],
)
def test_spelled_out_phrases_are_held(pipe: Pipeline, text: str, cat: str) -> None:
    held(pipe, text, cat)


@pytest.mark.parametrize(
    "text",
    ["s.e.n.d the f.o.r.m by friday", "the u.s.a and the u.k are allies", "a.k.a the best team",
     "r u a fan of f.c barcelona"],
)
def test_spelled_out_everyday_words_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("ur ѕо dumb, no wonder u have no friends", "your so dumb no wonder you have no friends"),
        ("you are ѕо stupid", "you are so stupid"),
        ("ѕеnd me a pic", "send me a picture"),
    ],
)
def test_lookalike_words_in_latin_messages_fold(text: str, plain: str) -> None:
    """A whole word in look-alike Cyrillic inside a Latin message reads as Latin."""
    assert prepare(text).plain == plain


@pytest.mark.parametrize(
    "text",
    ["скинь мне в insta", "ты такой смешной lol", "мой друг сказал hello", "привет, как дела? ok"],
)
def test_russian_with_latin_words_stays_russian(text: str) -> None:
    """Russian text with a Latin word or two keeps its Cyrillic words."""
    words = prepare(text).plain.split()
    assert any(not w.isascii() for w in words), words
    assert "cnu" not in words and "tbi" not in words


@pytest.mark.parametrize(
    ("text", "cat"),
    [("ur ѕо dumb, no wonder u have no friends", "bullying"), ("ur ѕо dumb", "bullying")],
)
def test_lookalike_words_are_held_as_latin(pipe: Pipeline, text: str, cat: str) -> None:
    held(pipe, text, cat)


@pytest.mark.parametrize(
    ("tok", "variants"),
    [("бл@ть", ("блать", "блять")), ("п0шел", ("пошел",)), ("сук@", ("сука", "сукя")),
     ("sh!t", ("shit",)), ("b1tch", ("bitch", "bltch"))],
)
def test_cyrillic_words_deleet_to_cyrillic(tok: str, variants: tuple[str, ...]) -> None:
    assert deleet(tok) == variants


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("talk 2 me", "talk to me"),
        ("its 4 u", "its for you"),
        ("im 2 yrs clean", "i am 2 yrs clean"),
        ("hace 2 años", "hace 2 anos"),
        ("2 года назад", "2 года назад"),
        ("in yr 7", "in yr 7"),
        ("yr mum", "your mum"),
    ],
)
def test_a_count_before_a_unit_stays_a_number(text: str, plain: str) -> None:
    assert prepare(text).plain == plain


@pytest.mark.parametrize("spelling", ["pasword", "passwrd", "paswrd", "passwd"])
def test_misspelled_password_is_password(pipe: Pipeline, spelling: str) -> None:
    assert prepare(f"send ur {spelling}").plain == "send your password"
    held(pipe, f"roblox admin here ur account will be deleted unless u send ur {spelling} in dm",
         "spam", lang="en")
    clean(pipe, f"i forgot my {spelling} again lol")


@pytest.mark.parametrize(
    ("text", "lang", "plain"),
    [
        ("me corto y nadie lo sabe", "es", "me corto y nadie lo sabe"),
        ("ya no quiero seguir", "es", "ya no quiero seguir"),
        ("udah ya, gw cape", "id", "udah ya gw cape"),
        ("y would u do that", "en", "why would you do that"),
        ("y would u do that", None, "why would you do that"),
        ("see ya at 5", "en", "see you at 5"),
    ],
)
def test_chat_abbreviations_that_are_words_of_the_language_stay(
    text: str, lang: str | None, plain: str
) -> None:
    # Spanish "y" is "and" and "ya" "already": read as "why" and "you", every
    # Spanish phrase rule written with them never matched
    assert prepare(text, lang).plain == plain


def test_spanish_rules_with_y_match(pipe: Pipeline) -> None:
    v = pipe.check("me corto y nadie lo sabe", "es")
    assert any(r.startswith("stage:self_harm") for r in v.reasons)


@pytest.mark.parametrize(
    ("text", "lang", "plain"),
    [
        ("n quero mais viver", "pt", "nao quero mais viver"),
        ("vc pode me mandar uma foto sua?", "pt", "voce pode me mandar uma foto sua ?"),
        ("g rechuté hier", "fr", "j'ai rechute hier"),
        ("chui fatiguée", "fr", "je suis fatiguee"),
        ("nn ce la faccio", "it", "non ce la faccio"),
        ("щас порежусь", "ru", "сейчас порежусь"),
        ("nwm co robic", "pl", "nie wiem co robic"),
        ("mann nhi lagta h", "hi", "mann nahi lagta hai"),
        ("vc", "en", "video call"),
    ],
)
def test_a_languages_own_chat_spellings_are_read_as_its_words(
    text: str, lang: str, plain: str
) -> None:
    assert prepare(text, lang).plain == plain


def test_a_languages_own_chat_spellings_trigger_its_rules(pipe: Pipeline) -> None:
    held(pipe, "n quero mais viver", "self_harm", lang="pt")
    held(pipe, "vc pode me mandar uma foto sua?", "grooming", lang="pt")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("je me scarifiais en 4ème", "je me scarifiais en 4eme"),
        ("en 3e et en 5eme", "en 3e et en 5eme"),
        ("im in 4th grade", "i am in 4th grade"),
        ("w 4 klasie", "w 4 klasie"),
        ("s3nd n00dz", "send noodz"),
        ("b1tch", "bitch"),
    ],
)
def test_a_school_year_is_a_number_not_leet(text: str, plain: str) -> None:
    # "en 4ème" read "en aeme" and "w 4 klasie" "w for klasie": a past dated by a
    # school year was not seen by the recovery frames
    assert prepare(text, "fr").plain == plain


def test_french_ligatures_read_as_their_letters() -> None:
    # "ma sœur" (a phone keyboard's spelling) is "ma soeur" to every rule
    assert prepare("Ma sœur a le Cœur brisé", "fr").plain == "ma soeur a le coeur brise"


@pytest.mark.parametrize(
    ("text", "lang", "plain"),
    [
        ("mau lompat dari lantai 4 sekarang", "id", "mau lompat dari lantai 4 sekarang"),
        ("quiero 2 helados", "es", "quiero 2 helados"),
        ("en yr 7 tenia 2 amigos", "es", "en yr 7 tenia 2 amigos"),  # "yr" still a school year
        ("i want 2 die", "en", "i want to die"),
        ("i want 2 die", None, "i want to die"),
    ],
)
def test_two_and_four_for_to_and_for_are_english_chat(text: str, lang: str | None, plain: str) -> None:
    assert prepare(text, lang).plain == plain


def test_fold_pattern_through_the_memo_is_the_fold() -> None:
    """Folded non-ASCII rule sources are kept with the compiled rules
    (`rules._fold_memo`); the memo must give what the fold computes."""
    from moderation import normalise, rules  # noqa: F401  (rules sets the memo)

    sources = ["أريد الموت|إنتحار", "хочу умереть|ёлка", "ज़िंदगी|ख़त्म", "不想活了", "pociełam|yaşamak", "sœur"]
    memo = normalise._FOLD_MEMO
    assert memo is not None  # set once the rule module is imported
    for src in sources:
        assert normalise.fold_pattern(src) == normalise._fold_pattern(src)
    normalise.set_fold_memo(None)
    try:
        assert [normalise.fold_pattern(s) for s in sources] == [normalise._fold_pattern(s) for s in sources]
    finally:
        normalise.set_fold_memo(memo)
    assert normalise.fold_version().startswith("fold:v1:")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("s3nd m3 s0m3 n00dz", "send me some noodz"),
        ("m0ntr3 t3s s31ns", "montre tes seins"),
        ("f4mm1 v3d3r3 l3 t3tt3", "fammi vedere le tette"),
        ("k!r!m f0t0", "kirim foto"),
        ("a pu$$y pic", "a pussy picture"),
        # no other leet word: a letter and a digit are a name or a size
        ("print it on a4 paper", "print it on a4 paper"),
        ("my mp3 and ps4 and the bmw m3", "my mp3 and ps4 and the bmw m3"),
        ("wow! great", "wow ! great"),
        ("its $5", "its 5"),
    ],
)
def test_leet_words_ending_in_a_digit_and_inner_symbols(text: str, plain: str) -> None:
    # "s0m3" and "m3" ended in their digit and "k!r!m" was three words, so a request
    # written wholly in leet passed while the same words half in leet were held
    assert prepare(text, "en").plain == plain


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("s3nd m3 s0m3 n00dz babe", "en"),
        ("m0ntr3 t3s s31ns stp", "fr"),
        ("f4mm1 v3d3r3 l3 t3tt3", "it"),
        ("k!r!m f0t0 tnp b4ju", "id"),
    ],
)
def test_requests_written_wholly_in_leet_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    from tests.moderation.helpers import held

    held(pipe, text, lang=lang)
