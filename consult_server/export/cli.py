"""``consult-server export`` and ``consult-server publish``.

The CLI is for the secretariat's laptop or the server's shell: the same streamed,
anonymised exports as the HTTP download, written to a file with a progress bar on
stderr (a bar of our own, so no dependency; it is silent when stderr is not a
terminal unless ``--progress`` is given).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO

from sqlalchemy.ext.asyncio import AsyncEngine

from consult_server.clock import SystemClock
from consult_server.db.engine import make_engine, make_sessionmaker
from consult_server.db.migrate import upgrade
from consult_server.export.formats import FORMATS, buffered, prepare_export
from consult_server.export.publish import create_report, find_report_id, list_reports, set_published
from consult_server.export.redact import Redactor, make_redactor
from consult_server.settings import Settings

log = logging.getLogger(__name__)


class ProgressBar:
    """A one-line stderr bar, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: IO[str] | None = None, label: str = "export") -> None:
        self.total = max(total, 0)
        self.done = 0
        self.stream = stream or sys.stderr
        self.label = label
        self._last = 0.0
        self._started = time.monotonic()

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            self.draw()

    def draw(self) -> None:
        width = 30
        fraction = self.done / self.total if self.total else 1.0
        filled = int(width * min(fraction, 1.0))
        elapsed = time.monotonic() - self._started
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} messages {elapsed:5.1f}s"
        )
        self.stream.flush()

    def finish(self) -> None:
        self.draw()
        self.stream.write("\n")
        self.stream.flush()


def add_subcommand(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None) -> None:
    """Register ``export`` and ``publish``; ``common`` carries the settings flags."""
    parents = [common] if common is not None else []
    export = subparsers.add_parser(
        "export",
        parents=parents,
        help="Export an anonymised transcript (json, csv, md or html).",
        description="Export an anonymised consultation transcript. Speakers become per-export "
        "'Participant N' labels and personal details are removed again.",
    )
    export.add_argument("--consultation", type=int, required=True, metavar="ID", help="Consultation id.")
    export.add_argument("--format", choices=sorted(FORMATS), default="json", help="Output format.")
    export.add_argument("--room", metavar="SLUG", help="Only this room (its slug).")
    export.add_argument(
        "--audit",
        action="store_true",
        help="Add the internal moderation audit (counts and moderator actions, no text).",
    )
    export.add_argument("--out", required=True, metavar="PATH", help="Output file, or - for standard output.")
    export.add_argument("--progress", action="store_true", help="Show the progress bar even when not a terminal.")
    export.add_argument("--no-progress", action="store_true", help="Never show the progress bar.")
    export.set_defaults(func=run_export)

    publish = subparsers.add_parser(
        "publish",
        parents=parents,
        help="Build a summary report, publish or unpublish reports.",
        description="With --consultation: build the summary report and publish it at /outputs "
        "(--draft keeps it unpublished; --list shows the reports). With --report: "
        "publish that report, or unpublish it with --unpublish.",
    )
    which = publish.add_mutually_exclusive_group(required=True)
    which.add_argument("--consultation", type=int, metavar="ID", help="Build a report for this consultation.")
    which.add_argument("--report", metavar="ID_OR_SLUG", help="An existing report.")
    publish.add_argument("--draft", action="store_true", help="Store the new report without publishing it.")
    publish.add_argument("--unpublish", action="store_true", help="Take the report off /outputs.")
    publish.add_argument("--list", action="store_true", help="List the consultation's reports.")
    publish.set_defaults(func=run_publish)


def _redactor(settings: Settings) -> Redactor:
    from moderation import Pipeline, Policy

    policy = Policy.load(settings.moderation_policy) if settings.moderation_policy else Policy.default()
    return make_redactor(Pipeline(policy))


@contextlib.asynccontextmanager
async def _engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(settings.database_url)
    try:
        await upgrade(engine)
        yield engine
    finally:
        await engine.dispose()


async def run_export(args: argparse.Namespace, settings: Settings) -> int:
    async with _engine(settings) as engine:
        sessionmaker = make_sessionmaker(engine)
        bar: ProgressBar | None = None
        show = not args.no_progress and (args.progress or sys.stderr.isatty())
        export = await prepare_export(
            sessionmaker,
            args.consultation,
            args.format,
            redact=_redactor(settings),
            now=SystemClock().now(),
            room=args.room,
            audit=args.audit,
        )
        if show:
            bar = ProgressBar(await export.total())
            export.on_row = bar.step
        to_stdout = args.out == "-"
        out_path = Path(args.out)
        tmp = out_path.with_name(out_path.name + ".part")
        sink = sys.stdout.buffer if to_stdout else tmp.open("wb")
        try:
            async for block in buffered(export.chunks()):
                sink.write(block)
        except BaseException:
            if not to_stdout:
                sink.close()
                tmp.unlink(missing_ok=True)
            raise
        if not to_stdout:
            sink.close()
            tmp.replace(out_path)  # never leave a half-written export under the real name
        else:
            sink.flush()
        if bar is not None:
            bar.finish()
    if not to_stdout:
        print(f"Wrote {out_path}", file=sys.stderr)
    return 0


async def run_publish(args: argparse.Namespace, settings: Settings) -> int:
    now = SystemClock().now()
    base = settings.base_url.rstrip("/")
    async with _engine(settings) as engine:
        sessionmaker = make_sessionmaker(engine)
        if args.consultation is not None and args.list:
            for info in await list_reports(sessionmaker, args.consultation):
                state = "published" if info.published_at else "draft"
                print(f"{info.report_id}\t{info.slug}\t{state}\t{info.created_at}")
            return 0
        if args.consultation is not None:
            info = await create_report(sessionmaker, args.consultation, _redactor(settings), now)
            if not args.draft:
                info = await set_published(sessionmaker, info.report_id, True, now)
                print(f"Published report {info.report_id}: {base}/outputs/{info.slug}")
            else:
                print(f"Stored draft report {info.report_id} ({info.slug}); publish with --report {info.report_id}")
            return 0
        report_id = await find_report_id(sessionmaker, args.report)
        info = await set_published(sessionmaker, report_id, not args.unpublish, now)
        if args.unpublish:
            print(f"Report {info.report_id} is no longer public.")
        else:
            print(f"Published report {info.report_id}: {base}/outputs/{info.slug}")
    return 0
