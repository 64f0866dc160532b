"""Moderation policy: strictness, room overrides, allowed numbers, helplines.

Policies are plain data loaded from TOML (``tomllib``) or a mapping, validated
up front so that a typo in a deployment file fails loudly at start-up with the
name of the offending field instead of silently moderating with defaults.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

STRICTNESS = ("lenient", "standard", "strict")


class PolicyError(ValueError):
    """Raised for an invalid policy file; the message names the field."""


@dataclass(frozen=True, slots=True)
class Helpline:
    name: str
    number: str
    url: str | None = None


_CHI = "https://childhelplineinternational.org/helplines/"

# 116 111 is the harmonised European number for child helplines; the table
# lists the national services we know of and falls back to 116 111 for the
# remaining EU/EEA members.  Deployers should verify numbers before going live.
_DEFAULT_HELPLINES: dict[str, Helpline] = {
    "GB": Helpline("Childline", "0800 1111", "https://www.childline.org.uk"),
    "IE": Helpline("Childline (ISPCC)", "1800 66 66 66", "https://www.childline.ie"),
    "FR": Helpline("Allô Enfance en Danger", "119", "https://www.allo119.gouv.fr"),
    "DE": Helpline("Nummer gegen Kummer", "116 111", "https://www.nummergegenkummer.de"),
    "AT": Helpline("Rat auf Draht", "147", "https://www.rataufdraht.at"),
    "ES": Helpline("Fundación ANAR", "116 111", "https://www.anar.org"),
    "PT": Helpline("SOS Criança", "116 111", None),
    "IT": Helpline("Telefono Azzurro", "19696", "https://azzurro.it"),
    "NL": Helpline("De Kindertelefoon", "0800 0432", "https://www.kindertelefoon.nl"),
    "SE": Helpline("BRIS", "116 111", "https://www.bris.se"),
    "US": Helpline("988 Suicide & Crisis Lifeline", "988", "https://988lifeline.org"),
    "CA": Helpline("Kids Help Phone", "1-800-668-6868", "https://kidshelpphone.ca"),
    "AU": Helpline("Kids Helpline", "1800 55 1800", "https://kidshelpline.com.au"),
    "IN": Helpline("CHILDLINE", "1098", None),
    "RU": Helpline("Детский телефон доверия", "8-800-2000-122", None),
}
_EU_116111 = (
    "BE BG HR CY CZ DK EE FI GR HU LV LT LU MT PL RO SK SI NO IS LI CH"
).split()
for _cc in _EU_116111:
    _DEFAULT_HELPLINES.setdefault(_cc, Helpline("Child Helpline", "116 111", _CHI))
_FALLBACK = Helpline("Child Helpline International", "116 111", _CHI)

_DEFAULT_ALLOWED_NUMBERS = ("116 111", "116 123", "116 000", "112", "911", "999", "988")

_ROOM_KEYS = {"strictness", "premoderate", "blocked_terms", "allowed_terms"}
_TOP_KEYS = _ROOM_KEYS | {
    "allowed_numbers",
    "allowed_domains",
    "helplines",
    "rooms",
    "policy",
}


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


@dataclass(frozen=True, slots=True)
class Policy:
    """Immutable moderation policy.

    strictness: lenient (mild profanity is masked, not held), standard, strict
    (discussion frames no longer excuse grooming/sexual phrases, links held).
    premoderate: hold every message for a human.
    """

    strictness: str = "standard"
    premoderate: bool = False
    blocked_terms: tuple[str, ...] = ()
    allowed_terms: tuple[str, ...] = ()
    allowed_numbers: tuple[str, ...] = _DEFAULT_ALLOWED_NUMBERS
    allowed_domains: tuple[str, ...] = ()
    helplines: Mapping[str, Helpline] = field(default_factory=lambda: dict(_DEFAULT_HELPLINES))
    rooms: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    room: str | None = None

    # -- construction -------------------------------------------------
    @classmethod
    def default(cls) -> Policy:
        return cls()

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{p}: invalid TOML: {exc}") from exc
        except OSError as exc:
            raise PolicyError(f"{p}: cannot read policy file: {exc}") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Policy:
        if not isinstance(data, Mapping):
            raise PolicyError("policy: expected a table/mapping")
        data = dict(data)
        # Allow the settings to live either at top level or under [policy].
        nested = data.pop("policy", None)
        if nested is not None:
            if not isinstance(nested, Mapping):
                raise PolicyError("policy: expected a table")
            for k, v in nested.items():
                data.setdefault(k, v)
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise PolicyError(f"{sorted(unknown)[0]}: unknown policy field")
        base = _check_room_fields(data, "")
        helplines = dict(_DEFAULT_HELPLINES)
        for cc, entry in _get(data, "helplines", Mapping, {}).items():
            helplines[str(cc).upper()] = _check_helpline(entry, f"helplines.{cc}")
        rooms: dict[str, Mapping[str, Any]] = {}
        for name, room in _get(data, "rooms", Mapping, {}).items():
            if not isinstance(room, Mapping):
                raise PolicyError(f"rooms.{name}: expected a table")
            extra = set(room) - _ROOM_KEYS
            if extra:
                raise PolicyError(f"rooms.{name}.{sorted(extra)[0]}: unknown room field")
            rooms[str(name)] = _check_room_fields(room, f"rooms.{name}.")
        numbers = _str_list(data, "allowed_numbers", "allowed_numbers")
        domains = _str_list(data, "allowed_domains", "allowed_domains")
        return cls(
            strictness=base.get("strictness", "standard"),
            premoderate=base.get("premoderate", False),
            blocked_terms=base.get("blocked_terms", ()),
            allowed_terms=base.get("allowed_terms", ()),
            allowed_numbers=_DEFAULT_ALLOWED_NUMBERS + (numbers or ()),
            allowed_domains=tuple(d.lower() for d in (domains or ())),
            helplines=helplines,
            rooms=rooms,
        )

    # -- queries --------------------------------------------------------
    def for_room(self, room_name: str | None) -> Policy:
        """Return this policy with the named room's overrides applied."""
        if room_name is None or room_name not in self.rooms:
            return self if self.room == room_name else replace(self, room=room_name)
        o = self.rooms[room_name]
        return replace(
            self,
            strictness=o.get("strictness", self.strictness),
            premoderate=o.get("premoderate", self.premoderate),
            blocked_terms=self.blocked_terms + tuple(o.get("blocked_terms", ())),
            allowed_terms=self.allowed_terms + tuple(o.get("allowed_terms", ())),
            room=room_name,
        )

    def helpline(self, country_code: str | None) -> Helpline:
        """Helpline for a country (ISO 3166 alpha-2); 116 111 family fallback."""
        if country_code:
            hit = self.helplines.get(country_code.strip().upper())
            if hit is not None:
                return hit
        return self.helplines.get("DEFAULT", _FALLBACK)

    def allowed_number_digits(self) -> frozenset[str]:
        nums = set(_digits(n) for n in self.allowed_numbers)
        nums.update(_digits(h.number) for h in self.helplines.values())
        nums.discard("")
        return frozenset(nums)

    def cache_key(self) -> tuple[object, ...]:
        return (
            self.strictness,
            self.premoderate,
            self.blocked_terms,
            self.allowed_terms,
            self.allowed_numbers,
            self.allowed_domains,
            # helpline numbers/sites are never redacted, so they shape the matchers too
            tuple(sorted((cc, h.number, h.url or "") for cc, h in self.helplines.items())),
        )


def _get(data: Mapping[str, Any], key: str, typ: type, default: Any) -> Any:
    value = data.get(key, default)
    if not isinstance(value, typ):
        raise PolicyError(f"{key}: expected {typ.__name__}, got {type(value).__name__}")
    return value


def _str_list(data: Mapping[str, Any], key: str, label: str) -> tuple[str, ...] | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{label}: expected a list of strings")
    return tuple(value)


def _check_room_fields(data: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "strictness" in data:
        s = data["strictness"]
        if s not in STRICTNESS:
            raise PolicyError(f"{prefix}strictness: expected one of {STRICTNESS}, got {s!r}")
        out["strictness"] = s
    if "premoderate" in data:
        if not isinstance(data["premoderate"], bool):
            raise PolicyError(f"{prefix}premoderate: expected true or false")
        out["premoderate"] = data["premoderate"]
    for key in ("blocked_terms", "allowed_terms"):
        if key in data:
            terms = _str_list(data, key, prefix + key)
            out[key] = tuple(t.strip() for t in terms or () if t.strip())
    return out


def _check_helpline(entry: Any, label: str) -> Helpline:
    if not isinstance(entry, Mapping):
        raise PolicyError(f"{label}: expected a table with name, number, url")
    extra = set(entry) - {"name", "number", "url"}
    if extra:
        raise PolicyError(f"{label}.{sorted(extra)[0]}: unknown helpline field")
    for key in ("name", "number"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PolicyError(f"{label}.{key}: required non-empty string")
    url = entry.get("url")
    if url is not None and not isinstance(url, str):
        raise PolicyError(f"{label}.url: expected a string")
    return Helpline(entry["name"], entry["number"], url)
