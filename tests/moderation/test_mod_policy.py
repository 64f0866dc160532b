"""Policy files (TOML) and their validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation import Pipeline, Policy, PolicyError

GOOD = """
[policy]
strictness = "standard"
premoderate = false
blocked_terms = ["badword"]
allowed_terms = ["bastard"]
allowed_numbers = ["0800 555 0000"]
allowed_domains = ["example.org"]

[helplines.FR]
name = "Fil Santé Jeunes"
number = "0 800 235 236"
url = "https://www.filsantejeunes.com"

[rooms.r1]
strictness = "strict"
premoderate = true
blocked_terms = ["roomword"]
"""


def test_load_good_file(tmp_path: Path) -> None:
    f = tmp_path / "policy.toml"
    f.write_text(GOOD, encoding="utf-8")
    pol = Policy.load(f)
    assert pol.strictness == "standard"
    assert pol.helpline("fr").number == "0 800 235 236"
    assert pol.helpline("DE").number == "116 111"
    room = pol.for_room("r1")
    assert room.strictness == "strict" and room.premoderate
    assert "roomword" in room.blocked_terms and "badword" in room.blocked_terms
    p = Pipeline(pol)
    assert p.check("badword").action.value == "block"
    assert p.check("call 0800 555 0000").action.value == "allow"
    assert p.check("roomword").action.value == "allow"
    assert p.check("roomword", context={"room": "r1"}).action.value == "block"


@pytest.mark.parametrize(
    ("toml", "field"),
    [('strictness = "extreme"', "strictness"),
     ("premoderate = 1", "premoderate"),
     ('blocked_terms = "x"', "blocked_terms"),
     ("allowed_numbers = [1, 2]", "allowed_numbers"),
     ('colour = "red"', "colour"),
     ('[rooms.r1]\nstrictness = "loud"', "rooms.r1.strictness"),
     ('[rooms.r1]\nmystery = true', "rooms.r1.mystery"),
     ('[helplines.DE]\nname = "X"', "helplines.DE.number"),
     ('[helplines.DE]\nname = "X"\nnumber = "1"\nfax = "2"', "helplines.DE.fax")],
)
def test_bad_policy_names_field(tmp_path: Path, toml: str, field: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(toml, encoding="utf-8")
    with pytest.raises(PolicyError) as exc:
        Policy.load(f)
    assert field in str(exc.value)


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.toml"
    f.write_text("strictness = ", encoding="utf-8")
    with pytest.raises(PolicyError, match="invalid TOML"):
        Policy.load(f)
    with pytest.raises(PolicyError, match="cannot read"):
        Policy.load(tmp_path / "nope.toml")


def test_from_mapping_top_level_keys() -> None:
    pol = Policy.from_mapping({"strictness": "lenient", "rooms": {"a": {"premoderate": True}}})
    assert pol.strictness == "lenient" and pol.for_room("a").premoderate
