"""The consult-server command, run as a real process."""

from __future__ import annotations

import asyncio
import csv
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import aiohttp

from tests.server.test_consultation_file import GOOD


def run_cli(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONSULT_LOG_LEVEL": "WARNING"}
    return subprocess.run(
        [sys.executable, "-m", "consult_server", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def db_args(tmp_path: Path) -> list[str]:
    return ["--database-url", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"]


def test_create_consultation_writes_invite_codes(tmp_path: Path) -> None:
    (tmp_path / "consultation.toml").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "codes.csv"
    result = run_cli(
        "create-consultation", "--file", str(tmp_path / "consultation.toml"), "--codes", str(out), *db_args(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert "with 30 invite codes" in result.stdout
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 30 and {r["room"] for r in rows} == {"Morning room", "Arabic room"}
    assert all(re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", r["code"]) for r in rows)


def test_bad_consultation_file_creates_nothing(tmp_path: Path) -> None:
    bad = GOOD.replace('timezone = "Asia/Tokyo"', 'timezone = "Nowhere/Land"')
    (tmp_path / "bad.toml").write_text(bad, encoding="utf-8")
    result = run_cli("create-consultation", "--file", str(tmp_path / "bad.toml"), *db_args(tmp_path))
    assert result.returncode == 1
    assert "invalid_file: timezone:" in result.stderr
    assert not (tmp_path / "cli.db").exists() or sqlite3.connect(tmp_path / "cli.db").execute(
        "select count(*) from consultations"
    ).fetchone() == (0,)


def test_add_staff_reads_password_from_stdin_and_stores_argon2(tmp_path: Path) -> None:
    result = run_cli(
        "add-staff", "--role", "moderator", "--name", "mo", *db_args(tmp_path), stdin="a long enough password\n"
    )
    assert result.returncode == 0, result.stderr
    (stored,) = sqlite3.connect(tmp_path / "cli.db").execute("select password_hash from staff").fetchone()
    assert stored.startswith("$argon2") and "a long enough password" not in stored
    short = run_cli("add-staff", "--role", "moderator", "--name", "mo2", *db_args(tmp_path), stdin="short\n")
    assert short.returncode == 1 and "at least 10" in short.stderr
    again = run_cli(
        "add-staff", "--role", "moderator", "--name", "mo", *db_args(tmp_path), stdin="another long password\n"
    )
    assert again.returncode == 1 and "exists" in again.stderr


def test_bad_setting_stops_with_a_clear_message(tmp_path: Path) -> None:
    result = run_cli("migrate", "--max-message-length", "-3", *db_args(tmp_path))
    assert result.returncode == 2 and "max_message_length" in result.stderr


def test_demo_seeds_an_open_room(tmp_path: Path) -> None:
    result = run_cli("demo", "--no-serve", *db_args(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Participants open:  http://127.0.0.1:8080/" in result.stdout
    codes = re.search(r"Invite codes:\s+(.+)", result.stdout)
    assert codes and len(codes.group(1).split(", ")) == 5
    assert re.search(r"name: moderator\s+password: \S{12,}", result.stdout)
    states = sqlite3.connect(tmp_path / "cli.db").execute("select state from rooms order by id").fetchall()
    assert states == [("open",), ("scheduled",)]


async def test_serve_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "consult_server",
        "serve",
        "--port",
        "0",
        *db_args(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "CONSULT_LOG_LEVEL": "WARNING"},
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        match = re.search(r"Serving on (http://\S+)", line)
        assert match, line
        async with aiohttp.ClientSession() as http, http.get(f"{match.group(1)}/healthz") as resp:
            assert resp.status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
