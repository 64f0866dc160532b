"""The declarative settings table: defaults, precedence, loud failures, documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from consult_server.cli import build_parser
from consult_server.settings import SETTINGS, Settings, SettingsError, from_namespace, markdown_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_defaults() -> None:
    settings = Settings.load(environ={})
    assert settings.database_url == "sqlite+aiosqlite:///consult.db"
    assert settings.max_message_length == 500
    assert settings.warning_minutes == (10, 1)
    assert settings.cookie_secure is True


def test_environment_then_cli_precedence() -> None:
    env = {"CONSULT_PORT": "9001", "CONSULT_MAX_MESSAGE_LENGTH": "300", "CONSULT_COOKIE_SECURE": "no"}
    args = build_parser().parse_args(["serve", "--port", "9002"])
    from_env = Settings.load(environ=env)
    assert (from_env.port, from_env.max_message_length, from_env.cookie_secure) == (9001, 300, False)
    assert Settings.load({"port": args.port}, environ=env).port == 9002
    assert from_namespace(args).port == 9002


@pytest.mark.parametrize(
    ("env", "value", "fragment"),
    [
        ("CONSULT_PORT", "70000", "port"),
        ("CONSULT_PORT", "eighty", "port"),
        ("CONSULT_MAX_MESSAGE_LENGTH", "0", "max_message_length"),
        ("CONSULT_COOKIE_SECURE", "maybe", "cookie_secure"),
        ("CONSULT_DATABASE_URL", "mysql://x", "database_url"),
        ("CONSULT_WARNING_MINUTES", "10,soon", "warning_minutes"),
        ("CONSULT_LOG_LEVEL", "LOUD", "log_level"),
        ("CONSULT_RATE_LIMIT_SECONDS", "-1", "rate_limit_seconds"),
    ],
)
def test_bad_values_fail_loudly_naming_the_setting(env: str, value: str, fragment: str) -> None:
    with pytest.raises(SettingsError, match=fragment) as info:
        Settings.load(environ={env: value})
    assert env in str(info.value)


def test_unknown_override_is_refused() -> None:
    with pytest.raises(SettingsError, match="unknown"):
        Settings.load({"prot": "80"}, environ={})


def test_every_setting_is_a_field_and_a_flag() -> None:
    fields = set(Settings.__dataclass_fields__)
    assert {s.name for s in SETTINGS} == fields
    help_text = build_parser()._subparsers._group_actions[0].choices["serve"].format_help()  # type: ignore[union-attr]
    for setting in SETTINGS:
        assert setting.flag in help_text


def test_every_setting_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("<!-- settings:start -->\n", 1)[1].split("<!-- settings:end -->", 1)[0]
    assert table == markdown_table(), "regenerate the table in docs/configuration.md"
    for setting in SETTINGS:
        assert setting.help and setting.env in text
