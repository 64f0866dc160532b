"""Spam classes from a blind evaluation (its failure classes, not its
sentences): an amount with a thousands separator, "verify your account" with
a link, a prize won / free with "enter the link" (Arabic), cheap game
currency for sale with "chat admin / dm me", and follow-for-follow /
sub-for-sub trading, in several languages.  Hard negatives: the same words
in news, questions, warnings and school talk."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

AMOUNTS = [
    ("FREE 25,000 VBUCKS 🤑 just click robux-gen.xyz", "en"),
    ("free 10.000 robux!!! link in bio", "en"),
    ("get 5,000 robux now at robux.gift", "en"),
]
PHISHING = [
    ("claim your prize!! just verify ur account at nitro-gifts.xyz", "en"),
    ("confirm your roblox account here robux-rewards.top or it gets deleted", "en"),
    ("verifica tu cuenta en robux-gratis.site para recibir el premio", "es"),
    ("vérifie ton compte sur free-skins.xyz avant minuit", "fr"),
    ("bestätige dein Konto auf vbucks-geschenk.xyz sonst ist es weg", "de"),
]
PRIZE_LINK = [
    ("فز بجوال سامسونج اضغط على الرابط", "ar"),
    ("بلايستيشن 5 مجانا سجل من الرابط", "ar"),
    ("احصل على بطاقة هدايا ادخل الرابط بسرعة", "ar"),
]
SELLING = [
    ("jual akun ML sultan murah, wa aja 081234567890", "id"),
    ("open jasa top up UC murah meriah, order langsung chat admin", "id"),
    ("selling cheap robux dm me", "en"),
    ("vendo robux baratos escribeme", "es"),
    ("ucuz robux satıyorum dm'den yazın", "tr"),
    ("tanie robuxy, pisz priv", "pl"),
]
TRADES = [
    ("follow me and i will follow back 💕", "en"),
    ("like for like 🔥🔥", "en"),
    ("sub for sub anyone??", "en"),
    ("sígueme y te sigo", "es"),
    ("segue que eu sigo de volta", "pt"),
    ("abonne-toi je m'abonne en retour", "fr"),
    ("folgt mir ich folge zurück", "de"),
    ("seguitemi e ricambio", "it"),
    ("follow ya nanti aku follback", "id"),
    ("saling follow yuk kak", "id"),
    ("takibe takip 🔥", "tr"),
    ("obserwuj za obserwuj", "pl"),
    ("sub za suba!!", "pl"),
]
NOT_SPAM = [
    ("i got 25,000 robux for christmas lol", "en"),
    ("is free robux real? my brother says its a scam", "en"),
    ("follow the link in the assignment", "en"),
    ("i subbed to her channel yesterday", "en"),
    ("she followed me back on insta!!", "en"),
    ("sub for sub is so cringe", "en"),
    ("roblox made me verify my account with my email", "en"),
    ("you have to verify your account in the settings first", "en"),
    ("i want to buy robux, dm me if u know a safe way", "en"),
    ("ربحت ايفون في المسابقة", "ar"),
    ("اربح ايفون مجانا هذا نصب لا تدخل الرابط", "ar"),
    ("kemarin aku top up diamond ML terus chat admin karena belum masuk", "id"),
    ("ada yang jual diamond ML murah ga? chat aku ya", "id"),
    ("dia gak follback aku", "id"),
    ("beni geri takip etmedi", "tr"),
    ("ucuz robux nerede bulurum? dm atın", "tr"),
    ("zaobserwowała mnie wczoraj", "pl"),
    ("gdzie kupić tanie robux? napisz mi", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), AMOUNTS)
def test_amount_with_thousands_separator_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PHISHING)
def test_verify_your_account_with_a_link_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PRIZE_LINK)
def test_prize_with_enter_the_link_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SELLING)
def test_cheap_currency_for_sale_with_contact_is_spam(
    pipe: Pipeline, text: str, lang: str
) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), TRADES)
def test_follow_and_sub_trading_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_SPAM)
def test_look_alikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "never verify your account on random sites like robux-free.xyz",
        "the teacher said verify your account on classroom.google.com for the project",
    ],
)
def test_warnings_and_school_links_are_only_redacted(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.REDACT and "spam" not in v.categories, (text, v.action, v.reasons)
