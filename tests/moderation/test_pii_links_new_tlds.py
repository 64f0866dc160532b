"""Links on the new generic TLDs scams use (.gift, .xyz, .click, .shop,
.fun, .icu, .buzz, .online, .sbs ...), redacted as links and not as
handles, and the look-alikes that are no links: file names, abbreviations,
version numbers and two sentences glued by a missing space.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean

SCAM_LINKS = [
    ("go to discord-nitro.gift/claim", "nitro.gift"),
    ("claim at steamcommunity-gift.click", "steamcommunity-gift.click"),
    ("robux-free.xyz", "robux-free.xyz"),
    ("check freevbucks.fun", "freevbucks.fun"),
    ("get skins at csgo-skins.shop", "csgo-skins.shop"),
    ("nitro at dlscord.buzz", "dlscord.buzz"),
    ("go to robux.sbs", "robux.sbs"),
    ("tiktok coins at tiktok-coins.icu", "tiktok-coins.icu"),
    ("ve a robux-gratis.online ya", "robux-gratis.online"),
    ("va sur discord.gift/abc", "discord.gift"),
    ("nitro gratis em nitro-free.store", "nitro-free.store"),
]

NOT_LINKS = [
    "see report.pdf and photo.png and notes.txt",
    "e.g. this, p.s. that, i.e. yes, a.k.a. bob",
    "minecraft 1.20.4 and v2.3.1 are out",
    "it was so good.fun times",
    "i was there.live music was great",
    "ok.click the button",
    "i won a gift.it was nice",
    "the shop.it was closed",
    "i love school.the teacher is nice",
    "she wore a polka dot fun dress",
]


@pytest.mark.parametrize(("text", "secret"), SCAM_LINKS)
def test_new_gtld_link_redacted_as_link(pipe: Pipeline, text: str, secret: str) -> None:
    v = pipe.check(text)
    # redacted, or held or blocked as link spam (a call to claim beside it: spam_link_cues.py)
    assert v.action in (Action.REDACT, Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    assert secret not in v.text, (text, v.text)
    assert "link" in v.categories, (text, v.reasons)
    assert "pii:handle" not in v.reasons, (text, v.reasons)


def test_spoken_new_gtld_link(pipe: Pipeline) -> None:
    v = pipe.check("free robux at robux-gen dot gift")
    assert "link" in v.categories, v.reasons


@pytest.mark.parametrize("text", NOT_LINKS)
def test_file_names_abbreviations_versions_glued_sentences_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# country codes that are also words or file extensions ("it", "in", "pl",
# "no", "my"): links only with a hyphen or digit, a subdomain or a path
WORDLIKE_CC_LINKS = [
    ("clicca qui ricarica-gratis.it/promo", "ricarica-gratis.it"),
    ("wejdz na promo2.pl teraz", "promo2.pl"),
    ("deals at shop.amazon.in", "shop.amazon.in"),
    ("klaim di gratis.id/diamond", "gratis.id/diamond"),
    ("free-robux.my/claim", "free-robux.my"),
    ("ucretsiz-skin.com.tr", "ucretsiz-skin.com.tr"),
]

WORDLIKE_NOT_LINKS = [
    "I love it.it was fun",
    "so.in the end we won",
    "version 1.2.in the notes",
    "e.g.it depends",
    "we won 2-0.it was close",
    "the u.k.no way",
    "i.e.in short no",
    "ok.so.in the end",
    "chapter 12.in class we read it",
    "haha.no way",
    "see script.pl and main.py",
]


@pytest.mark.parametrize(("text", "secret"), WORDLIKE_CC_LINKS)
def test_wordlike_country_code_link_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    v = pipe.check(text)
    assert secret not in v.text, (text, v.text)
    assert "link" in v.categories, (text, v.reasons)


@pytest.mark.parametrize("text", WORDLIKE_NOT_LINKS)
def test_wordlike_country_code_glued_sentence_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
