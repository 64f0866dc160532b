"""A child telling of an ongoing secret relationship with an adult in ru tr pl id ar hi
zh (grooming_secret_partner_langs.py): the writer's relationship, an adult next to it,
and secrecy or the writer's young age.  Peers, someone else's relationship and the
relationship blocked or reported pass.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:grooming:secret_relationship"

HELD = [
    "моему парню 22, а мне 13, родители не должны знать",
    "мой парень, ему 20, а мне 12, это наш секрет",
    "erkek arkadaşım 22 yaşında ben 13, ailem bilmemeli",
    "sevgilim 25 yaşında, bizim sırrımız, kimseye söylemiyorum",
    "mój chłopak ma 21 lat a ja 13, rodzice nie mogą wiedzieć",
    "mam chłopaka, ma 22 lata, to nasza tajemnica",
    "pacarku umurnya 22 tahun dan aku 13, orang tuaku gak boleh tau",
    "aku pacaran sama om om umur 30, kita pacaran diam diam",
    "حبيبي عمره 22 وانا عمري 13 واهلي ما لازم يعرفوا",
    "عندي حبيب عمره 25 وهذا سرنا",
    "mera boyfriend 22 saal ka hai aur main 13 ki hu, ghar pe kisi ko nahi pata hona chahiye",
    "meri umar 13 hai aur mera boyfriend 21 saal ka hai, kisi ko nahi pata",
    "मेरा बॉयफ्रेंड 22 साल का है और मैं 13 की हूँ, घर पर किसी को नहीं पता",
    "我男朋友22岁，我13岁，不能让爸妈知道",
    "他说我是他女朋友，他25岁，要我保密",
]

PASS = [
    "моему парню 14, а мне 13, родители не должны знать",
    "моей сестре 19, а ее парню 23",
    "sevgilim 14 yaşında ben 13, ailem biliyor",
    "ablamın sevgilisi 25 yaşında",
    "mój chłopak ma 14 lat a ja 13, rodzice nie mogą wiedzieć",
    "jakiś facet ma 30 lat i napisał, że jestem jego dziewczyną, zablokowałam go",
    "pacarku umurnya 14 tahun dan aku 13, orang tuaku gak boleh tau",
    "om om umur 30 bilang aku pacarnya, aku langsung blokir dan lapor ke mama",
    "حبيبي عمره 14 وانا عمري 13 واهلي ما لازم يعرفوا",
    "mera boyfriend 14 saal ka hai aur main 13 ki hu, ghar pe kisi ko nahi pata",
    "我男朋友14岁，我13岁，不能让爸妈知道",
    "有个25岁的大叔说我是他女朋友，我拉黑举报了",
]


@pytest.mark.parametrize("text", HELD)
def test_secret_relationship_with_adult_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_peers_others_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
