"""Nothing personal leaves the server: every export format and both report renderings."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from consult_server.export.formats import FORMATS, prepare_export
from consult_server.export.render import render_html, render_markdown
from consult_server.export.report import build_report_data
from tests.export.conftest import Seeded, collect
from tests.export.seed import (
    AUDIT_DETAIL,
    CLEAN_MESSAGES_A,
    CLEAN_MESSAGES_B,
    CONSULTATION_ID,
    HIDDEN,
    INVITE_CODES,
    PII_FORBIDDEN,
    PSEUDONYMS_A,
    PSEUDONYMS_B,
    ROOM_A,
    ROOM_B,
    STAFF_NAMES,
    T0,
)

SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")


async def render_all(s: Seeded) -> dict[str, str]:
    """Every output: each format with and without audit, and the report in HTML and Markdown."""
    out: dict[str, str] = {}
    for fmt in FORMATS:
        for audit in (False, True):
            export = await prepare_export(s.sessionmaker, CONSULTATION_ID, fmt, redact=s.redact, now=T0, audit=audit)
            out[f"{fmt}{'+audit' if audit else ''}"] = await collect(export)
    data = await build_report_data(s.sessionmaker, CONSULTATION_ID, s.redact, T0)
    out["report.html"] = render_html(data)
    out["report.md"] = render_markdown(data)
    return out


def forbidden(s: Seeded) -> list[str]:
    ids = [str(i) for i in (*s.info.participant_ids, *s.info.message_ids, CONSULTATION_ID, ROOM_A, ROOM_B)]
    return [*PII_FORBIDDEN, *HIDDEN.values(), "raw SENTINEL", AUDIT_DETAIL, *INVITE_CODES, *STAFF_NAMES,
            *PSEUDONYMS_A, *PSEUDONYMS_B, "Brave_Otter", *ids]


async def test_nothing_personal_in_any_output(seeded: Seeded) -> None:
    outputs = await render_all(seeded)
    assert len(outputs) == 10
    for name, text in outputs.items():
        for needle in forbidden(seeded):
            assert needle.casefold() not in text.casefold(), f"{needle!r} leaked into {name}"
        assert not SECONDS.search(text), f"a time with seconds in {name}: {SECONDS.search(text)}"


async def test_planted_details_replaced_by_placeholders(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    texts = [row["text"] for row in json.loads(await collect(export))["transcript"]]
    joined = "\n".join(texts)
    for placeholder in ("[phone removed]", "[email removed]", "[handle removed]", "[name removed]",
                        "[address removed]", "[school removed]", "[password removed]", "[link removed]",
                        "[code removed]"):
        assert placeholder in joined


@pytest.mark.parametrize("fmt", sorted(FORMATS))
async def test_clean_messages_appear_intact(seeded: Seeded, fmt: str) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, fmt, redact=seeded.redact, now=T0)
    text = await collect(export)
    if fmt == "md":
        text = text.replace("\\", "")
    if fmt == "html":
        text = text.replace("&#x27;", "'")
    for message in [*CLEAN_MESSAGES_A, *CLEAN_MESSAGES_B]:
        assert message in text, f"{message!r} missing from {fmt}"


async def test_only_visible_messages_in_order(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    doc = json.loads(await collect(export))
    rows = doc["transcript"]
    rooms = [r["room"] for r in rows]
    assert rooms == sorted(rooms, key=["Room A", "Salle B"].index)  # room, then seq
    texts = [r["text"] for r in rows]
    assert texts[: len(CLEAN_MESSAGES_A)] == CLEAN_MESSAGES_A
    assert texts[-len(CLEAN_MESSAGES_B):] == CLEAN_MESSAGES_B
    assert len(rows) == 10 + 13 + 2 + 4  # clean A, planted PII, mentions, clean B
    assert set(rows[0]) == {"room", "time", "speaker", "text"}
    assert rows[0]["time"] == "2030-03-01 10:01"  # Europe/Paris, to the minute


async def test_csv_shape_and_formula_escape(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "csv", redact=seeded.redact, now=T0)
    text = await collect(export)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["room", "time", "speaker", "text"]
    assert len(rows) == 1 + 29
    assert all(re.fullmatch(r"Participant \d+", r[2]) for r in rows[1:])


async def test_pseudonym_mentions_become_labels(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    rows = json.loads(await collect(export))["transcript"]
    speaker_of_first = rows[0]["speaker"]  # PSEUDONYMS_A[0] wrote the first message
    mention = next(r for r in rows if r["text"].startswith("I agree with"))
    assert mention["text"] == f"I agree with {speaker_of_first} about the report button"
    handle = next(r for r in rows if r["text"].endswith("yes block bullies"))
    assert handle["text"] == f"{rows[1]['speaker']} yes block bullies"


async def test_room_filter(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0,
                                  room="salle-b")
    doc = json.loads(await collect(export))
    assert {r["room"] for r in doc["transcript"]} == {"Salle B"}
    assert [r["text"] for r in doc["transcript"]] == CLEAN_MESSAGES_B
    assert "salle-b" in export.filename and export.filename.endswith(".json")


async def test_unknown_consultation_room_or_format(seeded: Seeded) -> None:
    from consult_server.errors import ConsultError, ErrorCode

    with pytest.raises(ConsultError) as exc:
        await prepare_export(seeded.sessionmaker, 1, "json", redact=seeded.redact, now=T0)
    assert exc.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ConsultError) as exc:
        await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0,
                             room="nope")
    assert exc.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ConsultError) as exc:
        await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "pdf", redact=seeded.redact, now=T0)
    assert exc.value.code == ErrorCode.BAD_PAYLOAD


def test_safety_net_catches_what_a_lenient_pipeline_missed() -> None:
    from consult_server.export.redact import make_redactor, safety_net

    class Lenient:  # a pipeline that removes nothing
        def redact_pii(self, text: str) -> str:
            return text

    redact = make_redactor(Lenient())
    assert redact("ring 0612345678 or mail a.b@c.org, see www.x.com/y, @sam_1") == (
        "ring [phone removed] or mail [email removed], see [link removed], [handle removed]")
    assert redact("my name is Sam Jones, my password is hunter2") == (
        "my name is [name removed], my password is [password removed]")
    assert safety_net("between 2020-2030 we had 3 ideas and 116 111 helps") == (
        "between 2020-2030 we had 3 ideas and 116 111 helps")
