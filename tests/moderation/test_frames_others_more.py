"""Grooming frames of frames_others_more.py: an Indonesian third person asking a
friend for a photo ("ada om2 di ig minta foto temenku, langsung kita report") and an
age question about a platform's rules ("umur berapa sih boleh main tiktok?", "how old
are you supposed to be to have discord", "cuántos años tienes que tener para usar
tiktok", "ile masz lat żeby mieć tiktoka") pass; the reader's age asked with a photo
request, a bare "om" asking, and an invitation stay held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REPORTS_ID = [
    "ada om2 di ig minta foto temenku, langsung kita report",
    "ada om2 di ig minta foto temenku",
    "dia minta foto temenku terus",
    "ada orang minta foto temenku terus kita laporin",
    "ada orang asing minta foto adekku di tiktok",
    "mereka minta foto temenku lewat dm",
    "akun itu minta foto temenku",
    "dia kirim foto aneh ke temenku, kita blokir",
    "om om di tiktok minta foto adekku, udah aku blokir",
    "tadi ada cowok minta pap ke temenku, aku suruh dia block",
]
RULE_QUESTIONS = [
    "umur berapa sih boleh main tiktok? adekku 9 thn udh punya",
    "umur berapa boleh punya instagram?",
    "minimal umur berapa buat main roblox?",
    "usia berapa boleh bikin akun facebook?",
    "umur berapa kamu boleh main tiktok?",
    "tiktok pakai umur berapa?",
    "umur berapa baru boleh punya hp?",
    "umurnya berapa sih boleh daftar ig?",
    "adekku umur 9 udah main tiktok, emang umur berapa boleh?",
    "kalau mau main roblox umur berapa?",
    "how old are you supposed to be to have discord",
    "how old are you meant to be for tiktok",
    "how old r u allowed to be on insta",
    "how old do you have to be to use tiktok?",
    "cuántos años tienes que tener para usar tiktok?",
    "a partir de quel âge on peut avoir tiktok ?",
    "ile masz lat żeby mieć tiktoka? trzeba mieć 13",
    "od ilu lat można mieć tiktoka?",
    "kaç yaşında olmak lazım tiktok için?",
    "instagram ke liye tumhari umar kitni honi chahiye?",
    "tumhari umar kitni honi chahiye tiktok chalane ke liye?",
]
STILL_HELD = [
    "umur berapa kamu? kirim foto dong",
    "umur kamu berapa? kirim foto dong",
    "how old are you? send a pic",
    "how old are you",
    "kamu umur berapa",
    "umurmu berapa dek?",
    "umur kamu berapa boleh main tiktok bareng om?",
    "umur kamu berapa pakai hp sendiri?",
    "umur kamu berapa, boleh pakai wa?",
    "kamu umur berapa boleh main tiktok",
    "how old are you, do you have snap",
    "umur kamu berapa? boleh main tiktok?",
    "how old are you allowed to be on snapchat with me",
    "om minta foto kamu dong",
    "kakak minta foto kamu dong",
    "ada yang minta foto kamu nih, kirim ya",
    "aku kenal dia, kirim foto kamu dong",
    "kirim foto dong",
    "ile masz lat?",
    "tumhari umar kitni hai?",
]


@pytest.mark.parametrize("text", REPORTS_ID)
def test_indonesian_third_person_request_is_a_report(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", RULE_QUESTIONS)
def test_platform_age_rule_question_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_reader_age_and_requests_stay_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")


RELATIVE_AGE = [
    ("quantos anos tem seu irmão mais novo? o meu tem 4", "pt"),
    ("quantos anos tem a sua irmã?", "pt"),
    ("quantos anos tem o seu cachorro", "pt"),
    ("adikmu umur berapa? adikku baru 5 tahun", "id"),
    ("kucingmu umur berapa sih", "id"),
    ("kakak kamu umur berapa sekarang?", "id"),
    ("tera chhota bhai kitne saal ka hai? mera 6 ka hai", "hi"),
    ("teri behen kitne saal ki hai?", "hi"),
]

READER_AGE = [
    ("quantos anos voce tem?", "pt"),
    ("quantos anos tem? a sua irmã também pode vir", "pt"),
    ("umur berapa? adikku 5 tahun", "id"),
    ("umur kamu berapa?", "id"),
    ("kitne saal ki ho? tera bhai bhi aayega", "hi"),
    ("tum kitne saal ki ho?", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), RELATIVE_AGE)
def test_age_of_the_readers_relative_or_pet_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), READER_AGE)
def test_the_readers_own_age_stays_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    held(rules_pipe, text, "grooming", lang=lang)
