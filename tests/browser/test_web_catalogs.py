"""The translation catalogs: same keys, same placeholders, and every key the pages use.

No browser needed; these run everywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "web"
PROTOCOL = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Keys built at run time from protocol values (error codes, states, statuses, ...).
DYNAMIC_PREFIXES = ("error.", "room.state.", "p.status.", "p.send.", "staff.role.", "cat.", "m.alert.kind.",
                    "s.export.", "p.join.missing_", "p.kicked.", "p.countdown.", "m.countdown.",
                    "m.people.", "m.queue.")


def catalog(lang: str) -> dict[str, str]:
    data = json.loads((WEB / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def used_keys() -> set[str]:
    keys: set[str] = set()
    for html in WEB.glob("*.html"):
        keys |= set(re.findall(r'data-i18n="([^"]+)"', html.read_text(encoding="utf-8")))
    for script in (WEB / "js").glob("*.js"):
        keys |= set(re.findall(r"\bt\('([a-z_.]+)'", script.read_text(encoding="utf-8")))
    return keys


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_catalog_has_the_same_keys_as_english(lang: str) -> None:
    english, other = catalog("en"), catalog(lang)
    assert sorted(set(english) - set(other)) == [], f"{lang} is missing keys"
    assert sorted(set(other) - set(english)) == [], f"{lang} has extra keys"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_placeholders_match_english(lang: str) -> None:
    english, other = catalog("en"), catalog(lang)
    wrong = {
        key: (english[key], other[key])
        for key in english
        if set(PLACEHOLDER.findall(english[key])) != set(PLACEHOLDER.findall(other[key]))
    }
    assert wrong == {}


# Words that really are the same in that language.
SAME_AS_ENGLISH = {"fr": {"m.people.heading", "s.heading"}}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_are_not_empty_or_english_copies(lang: str) -> None:
    translated, english = catalog(lang), catalog("en")
    assert all(value.strip() for value in translated.values())
    if lang != "en":
        # Short technical labels (JSON, CSV, Markdown) may stay the same; sentences may not.
        copies = [
            key for key, value in translated.items()
            if value == english[key] and len(value) > 12 and key not in SAME_AS_ENGLISH.get(lang, set())
        ]
        assert copies == [], f"{lang} copies English for {copies}"


def test_every_key_used_by_the_pages_exists() -> None:
    english = catalog("en")
    assert sorted(used_keys() - set(english)) == []


def test_every_catalog_key_is_used() -> None:
    unused = [k for k in catalog("en") if k not in used_keys() and not k.startswith(DYNAMIC_PREFIXES)]
    assert unused == []


def test_every_protocol_error_code_has_plain_language_text() -> None:
    table = PROTOCOL.read_text(encoding="utf-8").split("## Error codes", 1)[1]
    first_cells = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    codes = {code for cell in first_cells for code in re.findall(r"`([a-z_]+)`", cell)}
    assert codes, "no error codes found in docs/protocol.md"
    for lang in LANGUAGES:
        missing = sorted(code for code in codes if f"error.{code}" not in catalog(lang))
        assert missing == [], f"{lang}: {missing}"
    script = (WEB / "js" / "errors.js").read_text(encoding="utf-8")
    assert all(f"'{code}'" in script for code in codes)
