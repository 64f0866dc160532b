"""PII: Indonesian digit words mixed with digit groups (pii_spelled.py),
Devanagari initials + branch before "में पढ़ती" (pii_names_langs.py) and
"sou a / soy la" before a full name (pii_patterns.py)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, redacted

REDACTED = [
    ("wa aku nol delapan satu dua 7731 4096 ya", "7731"),
    ("nomor aku nol delapan lima tujuh 1234 5678", "1234"),
    ("wa ku 0812 tujuh tujuh tiga satu 4096", "0812"),
    ("मेरा नाम प्रिया शर्मा है, मैं DPS रोहिणी में पढ़ती हूं", "शर्मा"),
    ("मेरा नाम प्रिया शर्मा है, मैं DPS रोहिणी में पढ़ती हूं", "रोहिणी"),
    ("मैं KV पीतमपुरा में पढ़ता हूँ", "पीतमपुरा"),
    ("sou a Beatriz Almeida Costa, da Escola Estadual Dom Pedro II", "Almeida"),
    ("sou a Beatriz Almeida Costa, da Escola Estadual Dom Pedro II", "Pedro"),
    ("sou o Pedro Henrique Souza e tenho 12 anos", "Souza"),
    ("soy la Ana García Pérez", "García"),
]
PASS = [
    "aku punya dua kucing dan tiga ikan",
    "kelas aku ada dua puluh satu orang",
    "sou muito feliz hoje",
    "sou a melhor da turma",
    "मैं अपने स्कूल में पढ़ती हूं",
    "everyone in ur school knows",
]


@pytest.mark.parametrize(("text", "secret"), REDACTED)
def test_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


def test_reasons_name_the_kind(pipe: Pipeline) -> None:
    v = pipe.check(REDACTED[3][0])
    assert set(v.reasons) == {"pii:name", "pii:school"}, v.reasons


@pytest.mark.parametrize("text", PASS)
def test_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
