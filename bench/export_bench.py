"""Export benchmark: time and peak memory at 10k and 100k messages.

    .venv/bin/python bench/export_bench.py [--sizes 10000 100000] [--formats csv json]

Seeds a temporary SQLite database (migrated with the real migrations) with one
consultation of 20 rooms x 30 participants and N visible messages, then exports the
transcript in each format to a file, as the CLI does. Each export runs twice: once
for wall time, once under ``tracemalloc`` for the peak of Python allocations above
the baseline (tracemalloc slows the code, so timing it would mislead). The export
streams, so the peak should not grow with N: the script prints the 100k/10k peak
ratio per format (target < 1.5). Participants stay fixed because per-participant
state (labels, pseudonyms) is the only thing an export keeps whole, by design.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from consult_server.db.engine import make_engine, make_sessionmaker
from consult_server.db.migrate import upgrade
from consult_server.db.models import Consultation, Message, Participant, Room
from consult_server.export.formats import buffered, prepare_export
from consult_server.export.redact import Redactor, make_redactor

ROOMS = 20
PER_ROOM = 30
T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
WORDS = ("we need more safe places online report button privacy settings block bullies school "
         "teachers parents apps games friends listen kind rules help adults phones time chat "
         "nous voulons plus de sécurité en ligne 网络 安全 学校 نريد تطبيقات آمنة").split()


def sentence(rng: random.Random, i: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 24)))
    if i % 50 == 0:
        return f"{words} call me on 07700 9{i % 100000:05d}"
    return words.capitalize()


async def seed(engine: AsyncEngine, messages: int) -> int:
    await upgrade(engine)
    rng = random.Random(messages)
    async with engine.begin() as conn:
        await conn.execute(insert(Consultation), [{
            "id": 1, "slug": "bench", "title": "Bench", "topic": "Benchmark", "questions": ["What helps?"],
            "languages": ["en", "fr", "zh", "ar"], "timezone": "Europe/Paris", "created_at": T0,
        }])
        await conn.execute(insert(Room), [{
            "id": r, "consultation_id": 1, "slug": f"room-{r}", "name": f"Room {r}", "language": None,
            "opens_at": T0, "closes_at": T0 + timedelta(hours=2), "state": "closed", "last_seq": 0,
            "slow_mode_seconds": 0,
        } for r in range(1, ROOMS + 1)])
        await conn.execute(insert(Participant), [{
            "id": (r - 1) * PER_ROOM + p, "room_id": r, "pseudonym": f"Brave Otter {p + 10}",
            "age_band": ("9-11", "12-14", "15-18")[p % 3], "country": ("FR", "GB", "ES", "KE")[p % 4],
            "language": "en", "token_hash": f"{(r - 1) * PER_ROOM + p:064d}", "joined_at": T0,
        } for r in range(1, ROOMS + 1) for p in range(1, PER_ROOM + 1)])
        batch = []
        seqs = dict.fromkeys(range(1, ROOMS + 1), 0)
        for i in range(messages):
            room = i % ROOMS + 1
            seqs[room] += 1
            batch.append({
                "id": i + 1, "room_id": room, "participant_id": (room - 1) * PER_ROOM + rng.randint(1, PER_ROOM),
                "seq": seqs[room], "text": sentence(rng, i), "raw_text": None, "status": "shown",
                "categories": [], "reasons": [], "created_at": T0 + timedelta(seconds=i * 7200 / messages),
            })
            if len(batch) == 5000:
                await conn.execute(insert(Message), batch)
                batch = []
        if batch:
            await conn.execute(insert(Message), batch)
    return messages


async def export_once(engine: AsyncEngine, fmt: str, out: Path, redact: Redactor) -> tuple[int, int]:
    sessionmaker = make_sessionmaker(engine)
    rows = 0

    def count() -> None:
        nonlocal rows
        rows += 1

    export = await prepare_export(sessionmaker, 1, fmt, redact=redact, now=T0 + timedelta(hours=3), on_row=count)
    size = 0
    with out.open("wb") as fh:
        async for block in buffered(export.chunks()):
            fh.write(block)
            size += len(block)
    return rows, size


async def measure(engine: AsyncEngine, fmt: str, out: Path, redact: Redactor) -> dict[str, float]:
    await export_once(engine, fmt, out, redact)  # warm-up: connections, regex caches
    gc.collect()
    start = time.perf_counter()
    rows, size = await export_once(engine, fmt, out, redact)
    elapsed = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    await export_once(engine, fmt, out, redact)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"rows": rows, "bytes": size, "seconds": elapsed, "peak_mib": (peak - base) / 2**20}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["csv", "json"], choices=["csv", "json", "md", "html"])
    args = parser.parse_args()
    redact = make_redactor()
    results: dict[tuple[int, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            engine = make_engine(f"sqlite+aiosqlite:///{tmp}/bench-{n}.db")
            t = time.perf_counter()
            await seed(engine, n)
            print(f"seeded {n} messages in {time.perf_counter() - t:.1f}s", flush=True)
            for fmt in args.formats:
                r = await measure(engine, fmt, Path(tmp) / f"out-{n}.{fmt}", redact)
                results[(n, fmt)] = r
                print(f"{n:>7} messages  {fmt:<4}  {r['seconds']:7.2f}s  {r['rows'] / r['seconds']:8.0f} msg/s  "
                      f"peak {r['peak_mib']:6.2f} MiB  output {r['bytes'] / 2**20:6.1f} MiB", flush=True)
            await engine.dispose()
    small, big = min(args.sizes), max(args.sizes)
    if small != big:
        for fmt in args.formats:
            ratio = results[(big, fmt)]["peak_mib"] / results[(small, fmt)]["peak_mib"]
            verdict = "ok" if ratio < 1.5 else "ABOVE TARGET"
            print(f"peak ratio {big}/{small} {fmt}: {ratio:.2f} (target < 1.5: {verdict})")


if __name__ == "__main__":
    asyncio.run(main())
