"""``consult-server``: serve, demo, create-consultation, add-staff, migrate, purge (and plugins such as export)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import getpass
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

from aiohttp import web

from consult_server import plugins
from consult_server.app import create_app
from consult_server.appkeys import CLOCK, SERVICES
from consult_server.consultation_file import parse_text
from consult_server.demo import seed_demo
from consult_server.errors import ConsultError, ErrorCode
from consult_server.settings import Settings, SettingsError, add_arguments, from_namespace

log = logging.getLogger(__name__)
Command = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


@contextlib.asynccontextmanager
async def started(settings: Settings, *, background: bool = False) -> AsyncIterator[web.AppRunner]:
    """The app with its database migrated, without (or with) a listening socket."""
    runner = web.AppRunner(create_app(settings, run_background=background), handle_signals=False, access_log=None)
    await runner.setup()
    try:
        yield runner
    finally:
        await runner.cleanup()


async def _serve_forever(runner: web.AppRunner, settings: Settings, banner: Callable[[str], None]) -> None:
    site = web.TCPSite(runner, settings.host, settings.port)
    await site.start()
    port = runner.addresses[0][1] if runner.addresses else settings.port
    base = settings.public_url or f"http://{settings.host}:{port}"
    banner(base)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    async with started(settings, background=True) as runner:
        await _serve_forever(runner, settings, lambda base: print(f"Serving on {base}  (Ctrl+C to stop)", flush=True))
    return 0


async def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    async with started(settings, background=True) as runner:
        app = runner.app
        demo = await seed_demo(app[SERVICES], app[CLOCK])

        def banner(base: str) -> None:
            print("\nDemo consultation ready.\n", flush=True)
            print(f"  Participants open:  {base}/")
            print(f"  Invite codes:       {', '.join(demo.codes)}")
            print(f"  Moderator console:  {base}/moderator   name: moderator    password: {demo.staff['moderator']}")
            print(f"  Secretariat:        {base}/secretariat name: secretariat  password: {demo.staff['secretariat']}")
            print(f"  Published reports:  {base}/outputs\n\nPress Ctrl+C to stop.", flush=True)

        if args.no_serve:
            banner(settings.base_url)
            return 0
        await _serve_forever(runner, settings, banner)
    return 0


async def cmd_create_consultation(args: argparse.Namespace, settings: Settings) -> int:
    spec = parse_text(Path(args.file).read_text(encoding="utf-8"))  # checked before anything is stored
    async with started(settings) as runner:
        services = runner.app[SERVICES]
        consultation, count = await services.consultations.create(spec)
        rows = list(await services.consultations.invite_rows(consultation.id))
    out = Path(args.codes or f"invite-codes-{consultation.slug}.csv")
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "room", "expires_at", "used"])
        writer.writerows(rows)
    print(f"Created consultation {consultation.id} ({consultation.slug}) with {count} invite codes in {out}")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise ConsultError(ErrorCode.BAD_PAYLOAD, "The passwords do not match.")
    return first


async def cmd_add_staff(args: argparse.Namespace, settings: Settings) -> int:
    password = _read_password(args)
    async with started(settings) as runner:
        staff = await runner.app[SERVICES].staff.add(args.name, args.role, password)
    print(f"Created {staff.role} account {staff.name!r}")
    return 0


async def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    async with started(settings):
        pass
    print("Database is up to date.")
    return 0


async def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    async with started(settings) as runner:
        counts = await runner.app[SERVICES].retention.purge()
    print("Purged: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_arguments(common)
    parser = argparse.ArgumentParser(prog="consult-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func: Command, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(func=func)
        return p

    command("serve", cmd_serve, "Run the server.")
    demo = command("demo", cmd_demo, "Seed a demo consultation with a room open now, then serve.")
    demo.add_argument("--no-serve", action="store_true", help="Seed and print the logins, then exit.")
    create = command("create-consultation", cmd_create_consultation, "Create a consultation from a TOML file.")
    create.add_argument("--file", required=True, help="The consultation TOML file.")
    create.add_argument("--codes", help="Where to write the invite codes CSV.")
    staff = command("add-staff", cmd_add_staff, "Create a staff account; the password is asked or read from stdin.")
    staff.add_argument("--role", required=True, choices=["moderator", "secretariat"])
    staff.add_argument("--name", required=True)
    staff.add_argument("--password-stdin", action="store_true", help="Read the password from standard input.")
    command("migrate", cmd_migrate, "Create or upgrade the database schema.")
    command("purge", cmd_purge, "Delete raw data older than the retention period now.")
    for module in plugins.load(plugins.CLI_PLUGINS):
        module.add_subcommand(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = from_namespace(args)
    except SettingsError as exc:
        print(f"consult-server: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    func: Command = args.func
    try:
        return asyncio.run(func(args, settings))
    except ConsultError as exc:
        print(f"consult-server: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"consult-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
