"""``consult-server export`` / ``publish`` through the real CLI parser."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from consult_server.cli import build_parser
from consult_server.export.cli import ProgressBar
from consult_server.settings import from_namespace
from tests.export.conftest import Seeded
from tests.export.seed import CONSULTATION_ID, PII_FORBIDDEN


async def run(argv: list[str], database_url: str) -> int:
    args = build_parser().parse_args([*argv, "--database-url", database_url])
    return int(await args.func(args, from_namespace(args)))


async def test_cli_export_writes_file(seeded: Seeded, database_url: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "export.json"
    code = await run(["export", "--consultation", str(CONSULTATION_ID), "--format", "json", "--audit",
                      "--out", str(out), "--progress"], database_url)
    assert code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["transcript"]) == 29 and "audit" in doc
    assert not (tmp_path / "export.json.part").exists()
    err = capsys.readouterr().err
    assert "29/29 messages" in err and f"Wrote {out}" in err
    text = out.read_text(encoding="utf-8")
    assert not any(needle.casefold() in text.casefold() for needle in PII_FORBIDDEN)

    md = tmp_path / "room.md"
    assert await run(["export", "--consultation", str(CONSULTATION_ID), "--format", "md", "--room", "salle-b",
                      "--out", str(md)], database_url) == 0
    assert "## Salle B" in md.read_text(encoding="utf-8")


async def test_cli_publish_cycle(seeded: Seeded, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert await run(["publish", "--consultation", str(CONSULTATION_ID), "--draft"], database_url) == 0
    assert "Stored draft report" in capsys.readouterr().out
    assert await run(["publish", "--consultation", str(CONSULTATION_ID), "--list"], database_url) == 0
    report_id, slug, state, _created = capsys.readouterr().out.strip().split("\t")
    assert state == "draft"
    assert await run(["publish", "--report", slug], database_url) == 0
    assert f"/outputs/{slug}" in capsys.readouterr().out
    assert await run(["publish", "--report", report_id, "--unpublish"], database_url) == 0
    assert "no longer public" in capsys.readouterr().out


def test_progress_bar() -> None:
    stream = io.StringIO()
    bar = ProgressBar(3, stream)
    for _ in range(3):
        bar.step()
    bar.finish()
    assert "3/3 messages" in stream.getvalue() and "#" * 30 in stream.getvalue()
