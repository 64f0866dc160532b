"""A report of being scammed is talk about a scam (frames.scam_frame):
someone fell for a fake giveaway, an account was stolen.  Written from the
failure classes of a blind evaluation, not its sentences.  The offers
themselves, and "your account was hacked, claim here" or "не фейк", stay
blocked."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

VICTIM_REPORTS = [
    ("мой брат повелся на раздачу скинов, у него украли аккаунт", "ru"),
    ("мою подругу развели на фейковую раздачу робуксов", "ru"),
    ("صاحبي انسرق حسابه بعد ما دخل رابط شدات مجانية", "ar"),
    ("my friend fell for a free robux website and they took his account", "en"),
    ("my cousin got scammed by a free vbucks link last week", "en"),
    ("mi primo cayó en una página de robux gratis y le robaron la cuenta", "es"),
    ("meu amigo caiu num site de robux gratis e roubaram a conta dele", "pt"),
    ("mon pote s'est fait avoir par un site de robux gratuits", "fr"),
]
SCAM_OFFERS = [
    ("раздача скинов в стиме, заходи по ссылке", "ru"),
    ("раздача скинов, не фейк, заходи", "ru"),
    ("شدات مجانية ادخل الرابط", "ar"),
    ("شدات مجانية مو مزيف ادخل الرابط", "ar"),
    ("your account was hacked, get free robux here", "en"),
    ("free robux click here", "en"),
]


@pytest.mark.parametrize(("text", "lang"), VICTIM_REPORTS)
def test_reports_of_being_scammed_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), SCAM_OFFERS)
def test_the_offers_themselves_stay_blocked(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


REACTIONS = [
    ("если вам кто-то пишет про бесплатные робуксы, заблокируйте и пожалуйтесь", "ru"),
    ("if a random offers u free vbucks for a favour just block and report", "en"),
    ("un tipo me ofreció robux gratis por mi contraseña, lo denuncié", "es"),
    ("uno mi ha offerto v-bucks gratis se gli davo la password, col cavolo", "it"),
    ("jangan klik link diamond gratis dari orang asing ya", "id"),
]


@pytest.mark.parametrize(("text", "lang"), REACTIONS)
def test_blocking_reporting_or_refusing_an_offer_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
