"""Trades for pictures (grooming_trade.py): a gift then "your turn" and a
picture, offers to swap nudes, a picture without the hijab (Arabizi/Arabic);
Hinglish maturity flattery and "parents don't understand you" (hi pack)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

GIFT_TURN = [
    "oyunda sana skin hediye ettim ya, şimdi sıra sende 😉 bir fotoğraf yeter",
    "i gifted u the battle pass so ur turn now, one pic",
    "te regalé la skin, ahora te toca, mándame una foto",
    "ti ho regalato la skin, ora tocca a te, basta una foto",
]
SWAP_NUDES = [
    "alguém aqui quer trocar nudes? manda dm 🔥",
    "anyone wanna swap nudes",
    "qui veut échanger des nudes",
    "ada yang mau tukeran nudes",
]
HIJAB = [
    "sifti lia chi tswira bla hijab 😏 7ta wa7ed maghay3ref",
    "ab3atli sora bdoun hijab",
    "ارسلي صورة بدون حجاب",
]
HINGLISH = [
    "tum apni age ke hisaab se bahut samajhdar ho, parents tumhe samajhte nahi na? mujhse roz baat "
    "kiya karo",
    "tum apni umar se zyada mature ho",
    "parents tumhe samajhte nahi, mujhse baat kiya karo",
    "तुम अपनी उम्र से ज़्यादा समझदार हो",
]
PASS = [
    "my sisters picture without hijab got leaked and she cried",
    "trading nudes is illegal even between teens",
    "we learned in class that swapping nudes is a crime",
    "i gave you my notes, your turn, send a photo of the homework",
    "mere parents mujhe samajhte nahi yaar",
    "tum apni age ke hisaab se lambe ho",
]


@pytest.mark.parametrize("text", GIFT_TURN)
def test_gift_then_your_turn_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", SWAP_NUDES)
def test_swap_nudes_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", HIJAB)
def test_picture_without_hijab_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", HINGLISH)
def test_hinglish_flattery_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", PASS)
def test_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
