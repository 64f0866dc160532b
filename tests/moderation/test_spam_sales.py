"""Spam: account/currency sales with a price or a wa.me/phone call-to-action
(id, tr packs; spam_sales.py in en es pt fr it pl id), and get-rich brags
with a scheme and a call-to-action (spam_sales.py), with the look-alike
stories, questions and warnings that must pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import held


def no_spam(pipe: Pipeline, text: str) -> None:
    """Not spam (another stage may still act on it, e.g. a bare 'dm me')."""
    v = pipe.check(text)
    assert "spam" not in v.categories, (text, v.action, v.reasons)
    assert v.action is not Action.BLOCK, (text, v.action, v.reasons)


# -- sales of accounts/currency with a contact --------------------------------
@pytest.mark.parametrize("text", [
    # id: a phone number after "wa" (a run of digits), a wa.me link
    "jual akun ff sultan murah meriah, wa 0812 3344 5566",
    "JUAL AKUN ML MURAH!! wa 0812 3456 7890",
    "JUAL DIAMOND ML MURAH!!! 1000 dm cuma 10rb, klik wa.me/6281299887766 sekarang 🔥🔥🔥",
    "jual akun pubg murah, whatsapp 081234567890",
    # tr: goods before the sale word, or with a price
    "📢 TAKİPÇİ SATIŞI 1000 takipçi sadece 50 TL!! DM atın hemen",
    "1000 takipçi sadece 50tl, whatsapp yazın",
    "hesap satışı var, dm",
])
def test_pack_sales_with_contact(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "1000 robux only 5$ dm me",
    "1000 diamantes solo 5 euros, escríbeme",
    "1000 seguidores por apenas 10 reais, me chama no direct",
    "1000 robux tylko 20 zł, pisz priv",
    "5000 followers for just 10 dollars, dm me",
    "1000 uc cuma 150rb, chat admin",
])
def test_price_tagged_sales(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "my cousin sold his ff account, is that allowed?",
    "ada yang jual akun ff murah? wa aku dong",
    "sepupuku jual akun ff, boleh gak sih?",
    "kemarin aku jual akun ff ke temen, terus dia chat aku",
    "takipçi satışı yasak mı? dm atsam olur mu",
    "takipçi satışı dolandırıcılık, dm atmayın",
    "arkadaşım 1000 takipçi aldı 50 TL verdi, bana dm attı",
    "i got 1000 robux for 10 dollars lol dm me if you wanna play",
    "is 1000 robux for 10 dollars a good price? dm me",
    "1000 robux for 10 dollars is a scam, dont dm them",
    "my mum said 1000 robux for 10 dollars is too much",
])
def test_sale_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    no_spam(pipe, text)


# -- get-rich brags --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "made 500$ in one day with this crypto app 🚀🚀 dm me for the invite code",
    "i made 2k this week trading crypto, dm me and ill show you how",
    "earned $300 in 2 days with this app, link in my bio",
    "gané 500 euros en un día con esta app, escríbeme",
    "ganhei 500 reais em um dia com esse app, me chama no direct",
    "j'ai gagné 500 euros en une journée avec cette appli, écris-moi",
    "ich habe 500€ an einem Tag verdient mit dieser App, schreib mir",
    "ho guadagnato 500 euro in un giorno con questa app, scrivimi",
    "bir günde 500 TL kazandım bu uygulamayla, dm at",
    "sehari dapet 500rb dari aplikasi ini, dm aku",
    "zarobiłem 500 zł w jeden dzień z tą aplikacją, pisz",
])
def test_get_rich_brags(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "crypto scams are everywhere on tiktok",
    "i made 500 robux selling shirts",
    "i made 50 dollars in one day babysitting, text me if you need a sitter",
    "my dad made 500 in one day trading stocks, text me later",
    "someone said they made 500 in a day with crypto and to dm them, is that a scam?",
    "how do people make 500 a day with crypto?",
    "i made 500 in one day with a crypto app and it was a scam, dm me if you want the story",
    "we learned about crypto in class, my brother earned 20 euros in a week",
    "ganhei 50 reais em um dia vendendo brigadeiro, minha mãe ficou feliz",
])
def test_brag_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    no_spam(pipe, text)
