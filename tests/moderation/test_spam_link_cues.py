"""A link beside a promotion cue is held as spam (spam_link_cues.py,
stages.LinkSpamStage): a price, a giveaway, "free", money to earn, followers, a
referral code, "sub to my channel", "claim".  The cue is read around the link,
not in it; warnings about scams, a game's currency beside its real site and a
link shared alone stay redacted only."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

PROMOTIONS = [
    ("brand new headphones for 15 euro only today, order here shop-sound4u.store", "en"),
    ("vendo cuentas de fortnite baratas, escribeme en t.me/cuentasbaratas", "es"),
    ("gagne 50€ par semaine depuis ton tel, tout est ici gagne-vite.club/go", "fr"),
    ("sorteio de skin!! segue e comenta no insta.com/sorteio_skins_br", "pt"),
    ("abonniert meinen kanal bitte youtube.com/@lenaspielt", "de"),
    ("1000 follower a 2€ scrivimi su t.me/followerfacili", "it"),
    ("zarabiaj grając w gry, zarejestruj się moim kodem na grajzarabiaj.app", "pl"),
    ("раздача! получи скины бесплатно на skin-razdacha.ru", "ru"),
    ("免费领皮肤 点这里 pifu-mianfei.top", "zh"),
]
LINKS_ONLY_REDACTED = [
    ("we used kahoot.com in class today, it was fun", "en"),
    ("never type your password on sites like rblx-login.xyz, they are fake", "en"),
    ("i bought robux on roblox.com with my birthday money", "en"),
    ("el trabajo de historia está en drive.google.com/miclase", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PROMOTIONS)
def test_a_link_beside_a_promotion_is_held_as_spam(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action in (Action.HOLD, Action.BLOCK) and "spam" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), LINKS_ONLY_REDACTED)
def test_a_link_in_everyday_talk_or_a_warning_is_only_redacted(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action is Action.REDACT and "spam" not in v.categories, (text, v.reasons)
    assert "[link removed]" in v.text
