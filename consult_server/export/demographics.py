"""Who took part, as aggregates only, with small-cell suppression.

Participants are children; a table that says "one 9-11 year old from Iceland"
identifies someone. So demographics only ever leave the server as counts per age
band and per country, and:

* every cell under 5 (including 0) reads "fewer than 5" (primary suppression);
* countries with fewer than 5 participants are not listed by name: they are merged
  into "Other countries", which is itself suppressed when under 5;
* if exactly one cell of a table is suppressed while the total is shown, the
  smallest other cell is suppressed too (complementary suppression), so the hidden
  number cannot be recovered by subtracting the others from the total;
* the total is suppressed when under 5.

Age band and country are never crossed: a cross-table would create many tiny cells.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from consult_server.locales import AGE_BANDS

THRESHOLD = 5
SUPPRESSED = "fewer than 5"
OTHER_COUNTRIES = "Other countries"


@dataclass(frozen=True, slots=True)
class Cell:
    label: str
    count: int | None  # None when suppressed

    @property
    def display(self) -> str:
        return SUPPRESSED if self.count is None else str(self.count)

    def value(self) -> int | str:
        return SUPPRESSED if self.count is None else self.count


@dataclass(frozen=True, slots=True)
class Demographics:
    total: Cell
    by_age: list[Cell]
    by_country: list[Cell]

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": self.total.value(),
            "by_age_band": {c.label: c.value() for c in self.by_age},
            "by_country": {c.label: c.value() for c in self.by_country},
            "suppression": f"cells under {THRESHOLD} are shown as '{SUPPRESSED}'",
        }


def suppress(counts: Sequence[tuple[str, int]], total_shown: bool) -> list[Cell]:
    """Primary suppression of cells under the threshold, plus complementary suppression."""
    hidden = {label for label, n in counts if n < THRESHOLD}
    if total_shown and len(hidden) == 1 and len(counts) > 1:
        visible = sorted((n, label) for label, n in counts if label not in hidden)
        if visible:
            hidden.add(visible[0][1])
    return [Cell(label, None if label in hidden else n) for label, n in counts]


def summarise(rows: Iterable[Sequence[Any]]) -> Demographics:
    """Build the tables from ``(room, age band, country, count)`` rows grouped in SQL."""
    ages: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    total = 0
    for row in rows:
        _room, age_band, country, n = row[0], row[1], row[2], int(row[3])
        ages[str(age_band)] += n
        countries[str(country).upper()] += n
        total += n
    total_shown = total >= THRESHOLD
    age_order = list(AGE_BANDS) + sorted(set(ages) - set(AGE_BANDS))
    by_age = suppress([(band, ages.get(band, 0)) for band in age_order], total_shown)
    named = sorted(((c, n) for c, n in countries.items() if n >= THRESHOLD), key=lambda cn: (-cn[1], cn[0]))
    other = sum(n for n in countries.values() if n < THRESHOLD)
    country_counts = list(named)
    if other:
        country_counts.append((OTHER_COUNTRIES, other))
    by_country = suppress(country_counts, total_shown)
    return Demographics(
        total=Cell("Participants", total if total_shown else None), by_age=by_age, by_country=by_country
    )
