"""Emails read aloud with the "dot" and "at" words of more languages (pii_patterns.py):
Turkish "nokta", Indonesian "titik", Polish "kropka" and "małpa", and the .tr .pl .id
domains - "mail adresim ayse.yilmaz2010 at hotmail nokta com" is redacted.  The same
words in ordinary sentences (a full stop, a horse, "kropka nad i", a domain named with
no address) are shown.  Chinese "艾特" (at) and "点" (dot) too: "邮箱 xiaomei_08艾特163点com";
"艾特我一下" (an @-mention) is shown.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

SPOKEN = [
    ("mail adresim ayse.yilmaz2010 at hotmail nokta com", "yilmaz2010"),
    ("e-postam mehmet_kaya at gmail nokta com nokta tr", "mehmet_kaya"),
    ("bana yaz: zeynep.demir at yandex nokta com", "zeynep.demir"),
    ("email aku dinda.putri at gmail titik com", "dinda.putri"),
    ("emailku budi123 at yahoo titik co titik id", "budi123"),
    ("mój mail to kasia2011 małpa wp kropka pl", "kasia2011"),
    ("mój mail to kasia2011 malpa wp kropka pl", "kasia2011"),
    ("pisz na kuba.nowak at onet kropka pl", "kuba.nowak"),
    ("mi correo es lucia2010 arroba gmail punto com", "lucia2010"),
    ("meine mail ist lena2010 at web punkt de", "lena2010"),
    # Chinese "艾特" and "点", spaced or inside the unspaced words
    ("我的邮箱是 zhangwei2011 艾特 qq 点 com", "zhangwei2011"),
    ("邮箱 xiaomei_08艾特163点com 有事发我", "xiaomei_08"),
]

ORDINARY = [
    "bu cümlenin sonuna nokta koy",
    "at yarışı nokta com değil",
    "nokta com ne demek",
    "titik koma itu apa",
    "kropka nad i",
    "www nokta com diye bir şey yok",
    "benim atım var, adı yıldız nokta",
    "matematikte nokta ve doğru",
    "gmail nokta com yazmak zor",
    "at binmeyi seviyorum",
    "jangan lupa titik di akhir kalimat",
    "快艾特我一下，我看看",
    "艾特他们三点见",
    "艾特 老师 点名了",
]


@pytest.mark.parametrize(("text", "secret"), SPOKEN)
def test_spoken_email_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    redacted(rules_pipe, text, secret)


@pytest.mark.parametrize("text", ORDINARY)
def test_dot_words_in_sentences_are_shown(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
