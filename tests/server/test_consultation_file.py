"""The consultation file: precise errors that name the field, and nothing created on error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from consult_server.consultation_file import parse_text
from consult_server.errors import ConsultError

GOOD = """
title = "Autumn consultation"
topic = "Games and safety"
questions = ["What helps?", "What should change?"]
languages = ["en", "ar", "zh"]
timezone = "Asia/Tokyo"
invite_codes = 25

[[rooms]]
name = "Morning room"
opens_at = 2030-10-01T09:00:00
closes_at = 2030-10-01T10:30:00

[[rooms]]
name = "Arabic room"
language = "ar"
opens_at = 2030-10-01T11:00:00+03:00
closes_at = "2030-10-01T12:00:00+03:00"
invite_codes = 5
"""


def test_good_file() -> None:
    spec = parse_text(GOOD)
    assert spec.title == "Autumn consultation" and spec.slug == "autumn-consultation"
    assert spec.languages == ("en", "ar", "zh") and len(spec.questions) == 2
    morning, arabic = spec.rooms
    assert morning.opens_at == datetime(2030, 10, 1, 0, 0, tzinfo=UTC)  # Tokyo is UTC+9
    assert morning.invite_codes == 25 and morning.slug == "morning-room"
    assert arabic.opens_at == datetime(2030, 10, 1, 8, 0, tzinfo=UTC) and arabic.invite_codes == 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda t: t.replace('title = "Autumn consultation"', "title = 3"), "title"),
        (lambda t: t.replace('topic = "Games and safety"\n', ""), "topic"),
        (lambda t: t.replace('languages = ["en", "ar", "zh"]', 'languages = ["en", "xx"]'), "languages[1]"),
        (lambda t: t.replace('languages = ["en", "ar", "zh"]', "languages = []"), "languages"),
        (lambda t: t.replace('"Asia/Tokyo"', '"Mars/Olympus"'), "timezone"),
        (lambda t: t.replace("invite_codes = 25", "invite_codes = 0"), "invite_codes"),
        (lambda t: t.replace("invite_codes = 5", "invite_codes = 99999"), "rooms[1].invite_codes"),
        (
            lambda t: t.replace("closes_at = 2030-10-01T10:30:00", "closes_at = 2030-10-01T08:30:00"),
            "rooms[0].closes_at",
        ),
        (lambda t: t.replace("opens_at = 2030-10-01T09:00:00", "opens_at = 2030-10-01"), "rooms[0].opens_at"),
        (lambda t: t.replace("opens_at = 2030-10-01T09:00:00", 'opens_at = "tomorrow"'), "rooms[0].opens_at"),
        (lambda t: t.replace('language = "ar"', 'language = "fr"'), "rooms[1].language"),
        (lambda t: t.replace('name = "Arabic room"', 'name = "Morning room"'), "rooms[1].name"),
        (lambda t: t.replace('name = "Morning room"', 'name = "Morning room"\ncolour = "red"'), "rooms[0].colour"),
        (lambda t: 'sponsor = "ACME"\n' + t, "sponsor"),
        (lambda t: t.split("[[rooms]]")[0], "rooms"),
        (lambda t: t.replace("questions = [", "questions = [1, "), "questions"),
        (lambda t: t + "\n[[[broken", "file"),
    ],
)
def test_errors_name_the_field(change: object, field: str) -> None:
    with pytest.raises(ConsultError) as info:
        parse_text(change(GOOD))  # type: ignore[operator]
    assert info.value.code == "invalid_file"
    assert info.value.details["field"] == field
    assert info.value.message.startswith(field)
