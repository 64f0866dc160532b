"""Spam and scams (spam.py): free game currency, click-here and earn-money
offers (also with amounts), and the scam talk and reports that must pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, clean, held


@pytest.mark.parametrize(
    "text",
    ["FREE ROBUX >>> robux-gen dot xyz <<< FREE ROBUX", "free vbucks click here",
     "lolololololololololololololololololol", "!!!!!!!!!!!!!!!!!!!!!!!!!",
     "buy buy buy buy buy buy buy buy buy", "subscribe to my channel",
     "get free robux now at robuxfree.xyz", "not a scam!!! free robux for everyone",
     "free vbucks 100% legit no fake"],
)
def test_spam(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block") and "spam" in v.categories, (text, v.reasons)


# -- scams -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "get 10000 robux free",
    "claim 5000 robux free now",
    "v-bucks gratuits dans ma bio",
    "robux de graça no link da bio",
    "robux gratis",
])
def test_scam_forms(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "i got robux for my birthday",
    "is free robux real?? no its a scam",
    "les vbucks gratuits c'est une arnaque",
    "get 100 robux with your allowance",
])
def test_scam_talk_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("💸 GRATIS 1000 Robux!!! einfach link in meinem profil klicken", "de"),
        ("free 10k robux no verification", "en"),
        ("GANA 500 al día desde casa!! escríbeme", "es"),
        ("ganhe 300 reais por dia em casa", "pt"),
    ],
)
def test_scam_amounts(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v)


def test_scam_offer_reported_passes(pipe: Pipeline) -> None:
    clean(pipe, "en un juego un tipo me ofreció diamantes gratis y me pareció raro, así que se lo "
                 "dije a mi hermano", "es")


@pytest.mark.parametrize("text", [
    "اربح ١٠٠٠ دولار يومياً من البيت!! اضغط على الرابط bit.ly/rb7-cash الآن 💰",
    "💸 GANHE DINHEIRO RÁPIDO 💸 clique em ganhepix.top e receba R$500 no pix",
    "earn $500 a day from home! click here",
    "earn 200 dollars daily, link in bio",
    "gana 500 euros al día desde casa, haz clic aquí",
    "gagnez 1000 euros par jour, cliquez sur le lien",
    "verdiene 500 euro am tag! klicke den link",
    "guadagna 300 euro al giorno, clicca qui",
    "заработай 5000 рублей в день, жми на ссылку",
])
def test_money_offer_with_click_is_hidden(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK) and "spam" in v.categories, (text, v.reasons)


@pytest.mark.parametrize("text", [
    "win money fast is always a scam, don't click",
    "i want to make money from home one day",
    "my mum got a text saying earn 500 a day click here, it was a scam",
    'he said "earn 1000 dollars a day, click the link" and it was fake',
    "the price is 500 dollars, link to the shop is on the school site",
])
def test_money_talk_and_warnings_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
