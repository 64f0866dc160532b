"""Labels cannot be linked across exports; demographics are suppressed; the audit names nobody."""

from __future__ import annotations

import json
import re

from consult_server.export.anonymise import ModeratorLabels, SpeakerLabels
from consult_server.export.demographics import OTHER_COUNTRIES, SUPPRESSED, summarise, suppress
from consult_server.export.formats import prepare_export
from tests.export.conftest import Seeded, collect
from tests.export.seed import CONSULTATION_ID, STAFF_NAMES, T0


async def label_map(s: Seeded) -> dict[str, str]:
    """"room|position" -> speaker label of one JSON export (the order is fixed: room, seq)."""
    export = await prepare_export(s.sessionmaker, CONSULTATION_ID, "json", redact=s.redact, now=T0)
    rows = json.loads(await collect(export))["transcript"]
    return {f"{r['room']}|{i}": r["speaker"] for i, r in enumerate(rows)}


async def test_two_exports_give_different_label_maps(seeded: Seeded) -> None:
    first, second = await label_map(seeded), await label_map(seeded)
    assert first.keys() == second.keys()
    # Room A has 12 speakers: the same permutation twice has probability 1/12!.
    assert first != second
    room_a = [k for k in first if k.startswith("Room A|")]
    assert [first[k] for k in room_a] != [second[k] for k in room_a]


async def test_labels_are_local_to_the_room_and_within_1_to_n(seeded: Seeded) -> None:
    labels = await label_map(seeded)
    room_a = {v for k, v in labels.items() if k.startswith("Room A|")}
    room_b = {v for k, v in labels.items() if k.startswith("Salle B|")}
    assert room_a == {f"Participant {i}" for i in range(1, 13)}
    assert room_b == {f"Participant {i}" for i in range(1, 4)}


async def test_same_speaker_same_label_within_one_export(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    rows = json.loads(await collect(export))["transcript"]
    room_a = [r for r in rows if r["room"] == "Room A"]
    # The seed has people_a[i % 12] write clean message i and people_a[(i+3) % 12] PII message i.
    assert room_a[10]["speaker"] == room_a[3]["speaker"]  # people_a[3] wrote clean 3 and PII 0
    assert room_a[11]["speaker"] == room_a[4]["speaker"]


def test_speaker_labels_unit() -> None:
    labels = SpeakerLabels()
    labels.add_room(1, {10, 11, 12}, {10: "Blue Otter 17", 11: "Kind Fox 20", 12: "Wise Owl 33", 13: "Calm Yak 44"})
    first = labels.label(1, 11)
    assert re.fullmatch(r"Participant [123]", first)
    assert labels.label(1, 11) == first
    assert labels.label(1, 99) == "another participant"  # never derived from an id
    text = labels.scrub_mentions(1, "thanks @blue_otter_17 and calm yak 44!")
    assert "otter" not in text.lower() and "yak" not in text.lower()
    assert text.endswith("and another participant!")  # never spoke: no label to give


def test_moderator_labels() -> None:
    labels = ModeratorLabels(2)
    a, b = labels.label(7), labels.label(8)
    assert {a, b} == {"Moderator A", "Moderator B"}
    assert labels.label(7) == a and labels.label(None) == "System"


def test_primary_and_complementary_suppression() -> None:
    cells = suppress([("9-11", 3), ("12-14", 10), ("15-18", 7)], total_shown=True)
    shown = {c.label: c.display for c in cells}
    # 3 is hidden, and so is 7 (the smallest other), else 3 = total - 10 - 7.
    assert shown == {"9-11": SUPPRESSED, "12-14": "10", "15-18": SUPPRESSED}
    cells = suppress([("a", 0), ("b", 2), ("c", 9)], total_shown=True)
    assert [c.display for c in cells] == [SUPPRESSED, SUPPRESSED, "9"]


def test_small_countries_are_merged_and_totals_suppressed() -> None:
    demo = summarise([(1, "12-14", "FR", 6), (1, "12-14", "IS", 1), (1, "15-18", "KE", 1)])
    countries = {c.label: c.display for c in demo.by_country}
    assert countries == {"FR": SUPPRESSED, OTHER_COUNTRIES: SUPPRESSED}  # 2 is primary, FR complementary
    assert demo.total.display == "8"
    tiny = summarise([(1, "9-11", "FR", 2), (1, "12-14", "FR", 1)])
    assert tiny.total.display == SUPPRESSED
    assert all(c.display == SUPPRESSED for c in [*tiny.by_age, *tiny.by_country])


async def test_seeded_demographics_in_exports(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    demo = json.loads(await collect(export))["demographics"]
    assert demo["participants"] == 15
    assert demo["by_age_band"] == {"9-11": SUPPRESSED, "12-14": 9, "15-18": SUPPRESSED}
    assert demo["by_country"] == {"FR": 9, OTHER_COUNTRIES: 6}  # GB (4), IS (1), KE (1) not named
    for fmt in ("md", "html"):
        export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, fmt, redact=seeded.redact, now=T0)
        text = await collect(export)
        assert SUPPRESSED in text and OTHER_COUNTRIES in text
        assert not re.search(r"\b(IS|KE|GB)\b", text)


async def test_audit_export(seeded: Seeded) -> None:
    export = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0,
                                  audit=True)
    doc = json.loads(await collect(export))
    moderation = doc["audit"]["moderation"]
    assert moderation["by_action"] == {"shown": 22, "redacted": 7, "held": 1, "blocked": 1, "rejected": 1,
                                       "removed": 1}
    assert moderation["by_category"]["pii"] == 13
    actions = doc["audit"]["moderator_actions"]
    assert [a["action"] for a in actions] == ["approve", "remove", "mute", "room_closed"]
    assert actions[0]["moderator"] == actions[2]["moderator"] != actions[1]["moderator"]
    assert {a["moderator"] for a in actions} == {"Moderator A", "Moderator B", "System"}
    assert {a["target"] for a in actions} == {"message", "participant", ""}
    text = json.dumps(doc)
    assert not any(name in text for name in STAFF_NAMES)
    plain = await prepare_export(seeded.sessionmaker, CONSULTATION_ID, "json", redact=seeded.redact, now=T0)
    assert "audit" not in json.loads(await collect(plain))  # only behind the explicit flag
