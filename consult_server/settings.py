"""The one declarative table of settings.

Each setting is read, in order of precedence, from the command line
(``--max-message-length 400``), the environment (``CONSULT_MAX_MESSAGE_LENGTH``)
and its default. A bad value stops start-up with a message naming the setting,
because a consultation with a silently wrong limit is worse than one that does
not start. ``docs/configuration.md`` documents every row; a test keeps them in step.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ENV_PREFIX = "CONSULT_"


class SettingsError(ValueError):
    pass


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true/false")


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def _non_negative_int(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("must be zero or more")
    return value


def _positive_float(raw: str) -> float:
    value = float(raw)
    if value <= 0:
        raise ValueError("must be a positive number")
    return value


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 <= value <= 65535:
        raise ValueError("must be between 0 and 65535")
    return value


def _minutes_list(raw: str) -> tuple[int, ...]:
    values = tuple(sorted({_positive_int(part) for part in raw.split(",") if part.strip()}, reverse=True))
    return values


def _log_level(raw: str) -> str:
    value = raw.strip().upper()
    if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
    return value


def _database_url(raw: str) -> str:
    if not raw.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
    return raw


@dataclass(frozen=True)
class Setting:
    name: str
    parse: Callable[[str], Any]
    default: str
    help: str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS: tuple[Setting, ...] = (
    Setting("host", str, "127.0.0.1", "Interface the HTTP server listens on."),
    Setting("port", _port, "8080", "TCP port of the HTTP server (0 picks a free port)."),
    Setting(
        "database_url",
        _database_url,
        "sqlite+aiosqlite:///consult.db",
        "SQLAlchemy URL. SQLite (WAL mode) by default; postgresql+asyncpg://... for larger deployments.",
    ),
    Setting(
        "redis_url",
        str,
        "",
        "Redis URL for running several server processes behind one address; empty for a single process.",
    ),
    Setting("redis_channel", str, "consult", "Redis pub/sub channel shared by the processes of one deployment."),
    Setting("public_url", str, "", "Address people open, used in printed links; defaults to http://HOST:PORT."),
    Setting("max_message_length", _positive_int, "500", "Longest chat message, in characters."),
    Setting(
        "max_payload_bytes",
        _positive_int,
        "8192",
        "Largest accepted event payload, in bytes of JSON; larger ones are refused with payload_too_large.",
    ),
    Setting("rate_limit_count", _positive_int, "5", "Messages a participant may send within rate_limit_seconds."),
    Setting("rate_limit_seconds", _positive_float, "10", "Window of the per-participant rate limit."),
    Setting(
        "duplicate_window_seconds",
        _non_negative_int,
        "60",
        "A participant's identical message within this many seconds is refused.",
    ),
    Setting(
        "warning_minutes",
        _minutes_list,
        "10,1",
        "Minutes before close at which rooms are warned; the first also starts the closing state.",
    ),
    Setting("session_hours", _positive_int, "12", "Lifetime of a staff login."),
    Setting(
        "cookie_secure",
        _bool,
        "true",
        "Mark the staff session cookie Secure (browsers still accept it on http://localhost).",
    ),
    Setting("moderation_policy", str, "", "Path to a moderation policy TOML file; empty for the default policy."),
    Setting(
        "retention_days",
        _positive_int,
        "30",
        "Days after a room closes before raw held/blocked message text and participant data are purged.",
    ),
    Setting("web_root", str, "", "Folder with the built web pages; empty for the repository's web/ folder."),
    Setting("log_level", _log_level, "INFO", "Logging level. Message text is only ever logged at DEBUG."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    database_url: str
    redis_url: str
    redis_channel: str
    public_url: str
    max_message_length: int
    max_payload_bytes: int
    rate_limit_count: int
    rate_limit_seconds: float
    duplicate_window_seconds: int
    warning_minutes: tuple[int, ...]
    session_hours: int
    cookie_secure: bool
    moderation_policy: str
    retention_days: int
    web_root: str
    log_level: str

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Build settings from defaults, then the environment, then ``overrides``.

        Overrides may be raw strings (from the CLI) or already typed values (from tests).
        """
        environ = os.environ if environ is None else environ
        overrides = dict(overrides or {})
        unknown = set(overrides) - set(_BY_NAME)
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            source, raw = "default", setting.default
            if setting.env in environ:
                source, raw = setting.env, environ[setting.env]
            if setting.name in overrides and overrides[setting.name] is not None:
                value = overrides[setting.name]
                if not isinstance(value, str):
                    values[setting.name] = value
                    continue
                source, raw = setting.flag, value
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as exc:
                raise SettingsError(f"setting {setting.name} (from {source}): {raw!r} is invalid: {exc}") from exc
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def base_url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"


def add_arguments(parser: argparse.ArgumentParser, names: Sequence[str] | None = None) -> None:
    """Expose settings as CLI flags; unset flags stay ``None`` so the environment still applies."""
    for setting in SETTINGS:
        if names is not None and setting.name not in names:
            continue
        parser.add_argument(
            setting.flag,
            dest=setting.name,
            default=None,
            metavar="VALUE",
            help=f"{setting.help} [env {setting.env}, default {setting.default!r}]",
        )


def from_namespace(ns: argparse.Namespace) -> Settings:
    return Settings.load({s.name: getattr(ns, s.name, None) for s in SETTINGS})


def markdown_table() -> str:
    """The settings reference in docs/configuration.md is this output; a test keeps them equal."""
    lines = ["| setting | environment | flag | default | meaning |", "|---|---|---|---|---|"]
    for s in SETTINGS:
        lines.append(f"| `{s.name}` | `{s.env}` | `{s.flag}` | `{s.default}` | {s.help} |")
    return "\n".join(lines) + "\n"
