"""A photo of the reader asked for as a question or with a modal, in Spanish and
Portuguese ("me mandas una foto tuya?", "você pode me mandar uma foto sua?"):
the imperative ("mándame una foto") was held, the question was not."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("você pode me mandar uma foto sua?", "pt"),
        ("vc pode me mandar uma foto sua?", "pt"),
        ("poderia me enviar umas fotos suas hoje?", "pt"),
        ("me mandas una foto tuya?", "es"),
        ("puedes mandarme una foto tuya", "es"),
        ("me pasas tus fotos?", "es"),
    ],
)
def test_the_question_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me mandas la foto del horario?", "es"),
        ("pode me mandar a foto da lição?", "pt"),
        ("me pasas tu foto de perfil para el trabajo de clase?", "es"),
        ("minha mãe pediu pra eu mandar uma foto minha pra vó", "pt"),
    ],
)
def test_a_photo_of_something_else_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
