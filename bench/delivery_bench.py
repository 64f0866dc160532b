"""How much do moderation and storage cost chat delivery?

Runs, in one process and one run, the same traffic through two servers on real
sockets with real python-socketio clients:

- **baseline**: a bare python-socketio server that relays each message to the
  room and acknowledges it, with no validation, moderation or storage;
- **consult**: this project's server (SQLite file in WAL mode by default, or
  ``--database-url``), with the full moderation pipeline and a committed write
  before every acknowledgement.

It prints send→receive latency at another participant (p50/p99) and messages
per second for both, and the ratios. Figures are for this machine and run only;
nothing here is asserted by the tests.

    python bench/delivery_bench.py [--messages 600] [--listeners 5] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import socketio
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consult_server.app import create_app
from consult_server.appkeys import SERVICES
from consult_server.consultation_file import parse_mapping
from consult_server.settings import Settings

PHRASES = [
    "I think apps should make reporting easier for kids",
    "My friends mostly use group chats after school",
    "Parents should talk about online safety without panicking",
    "Games could turn voice chat off by default for younger players",
    "Teachers explained what to do when a stranger messages you",
    "Je pense que les réseaux sociaux devraient vérifier l'âge",
    "Creo que deberían enseñar más sobre privacidad en la escuela",
    "Мне кажется, что родители должны больше говорить с нами",
    "أعتقد أن التطبيقات يجب أن تحمي الأطفال أكثر",
    "我觉得游戏应该有更好的举报按钮",
]


async def start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


def baseline_app() -> web.Application:
    app = web.Application()
    sio = socketio.AsyncServer(async_mode="aiohttp", logger=False, engineio_logger=False)
    sio.attach(app)
    counter = 0

    @sio.on("join")  # type: ignore[untyped-decorator]
    async def join(sid: str, data: Any) -> dict[str, Any]:
        await sio.enter_room(sid, "room")
        return {"ok": True, "data": {}}

    @sio.on("message:send")  # type: ignore[untyped-decorator]
    async def send(sid: str, data: Any) -> dict[str, Any]:
        nonlocal counter
        counter += 1
        message = {"id": counter, "seq": counter, "text": data["text"]}
        asyncio.get_running_loop().create_task(sio.emit("message:new", message, room="room"))
        return {"ok": True, "data": {"message_id": counter, "status": "shown"}}

    return app


async def consult_app(database_url: str) -> web.Application:
    settings = Settings.load(
        {
            "database_url": database_url,
            "port": 0,
            "rate_limit_count": 1_000_000,
            "duplicate_window_seconds": 0,
            "log_level": "WARNING",
        },
        environ={},
    )
    return create_app(settings)


async def seed_codes(app: web.Application, count: int) -> list[str]:
    services = app[SERVICES]
    now = services.scheduler._clock.now()
    spec = parse_mapping(
        {
            "title": "Bench",
            "topic": "Bench",
            "languages": ["en"],
            "timezone": "UTC",
            "invite_codes": count,
            "rooms": [
                {"name": "Bench room", "opens_at": now - timedelta(minutes=1), "closes_at": now + timedelta(hours=2)}
            ],
        }
    )
    consultation, _ = await services.consultations.create(spec)
    await services.scheduler.tick()
    return await services.consultations.unused_codes(consultation.id, count)


async def run_traffic(
    url: str,
    join: Callable[[socketio.AsyncClient, int], Awaitable[None]],
    listeners: int,
    messages: int,
    seed: int,
    rate: float | None,
) -> dict[str, float]:
    """Send ``messages``: as fast as 8 in flight allow (``rate`` None), or paced at ``rate`` per second."""
    rng = random.Random(seed)
    texts = [f"{rng.choice(PHRASES)} ({i})" for i in range(messages)]
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    expected = [messages]
    done = asyncio.Event()
    clients = [socketio.AsyncClient(reconnection=False) for _ in range(listeners + 1)]
    sender, watcher = clients[0], clients[1]

    @watcher.on("message:new")  # type: ignore[untyped-decorator]
    async def on_message(data: dict[str, Any]) -> None:
        key = data["text"]
        if key in sent_at:
            latencies.append(time.perf_counter() - sent_at.pop(key))
            if len(latencies) >= expected[0]:
                done.set()

    for index, client in enumerate(clients):
        await client.connect(url, transports=["websocket"])
        await join(client, index)
    start = time.perf_counter()
    window = asyncio.Semaphore(8 if rate is None else messages)

    async def one(index: int, text: str) -> None:
        if rate is not None:
            await asyncio.sleep(max(0.0, start + index / rate - time.perf_counter()))
        async with window:
            sent_at[text] = time.perf_counter()
            reply = await sender.call("message:send", {"text": text}, timeout=30)
            assert reply["ok"], reply
            if reply["data"]["status"] != "shown":  # held by moderation: nobody will receive it
                sent_at.pop(text, None)
                expected[0] -= 1
                if len(latencies) >= expected[0]:
                    done.set()

    await asyncio.gather(*(one(i, t) for i, t in enumerate(texts)))
    await asyncio.wait_for(done.wait(), 60)
    elapsed = time.perf_counter() - start
    for client in clients:
        await client.disconnect()
    ordered = sorted(latencies)
    return {
        "rate": messages / elapsed,
        "p50": statistics.median(ordered) * 1e3,
        "p99": ordered[int(len(ordered) * 0.99) - 1] * 1e3,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--listeners", type=int, default=5)
    parser.add_argument("--database-url", default="")
    parser.add_argument(
        "--paced-rate",
        type=float,
        default=20.0,
        help="messages per second for the paced run (a lively room of 30 is about 3)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"

        base_runner, base_url = await start(baseline_app())

        async def base_join(client: socketio.AsyncClient, _: int) -> None:
            await client.call("join", {})

        results: dict[str, dict[str, dict[str, float]]] = {}
        for mode, rate in (("saturated", None), ("paced", args.paced_rate)):
            results[mode] = {
                "baseline": await run_traffic(base_url, base_join, args.listeners, args.messages, seed=1, rate=rate)
            }
        await base_runner.cleanup()

        app = await consult_app(url)
        runner, consult_url = await start(app)
        codes = await seed_codes(app, 2 * (args.listeners + 1))

        for offset, (mode, rate) in enumerate((("saturated", None), ("paced", args.paced_rate))):
            first = offset * (args.listeners + 1)

            async def consult_join(client: socketio.AsyncClient, index: int, first: int = first) -> None:
                reply = await client.call(
                    "join",
                    {
                        "code": codes[first + index],
                        "age_band": "12-14",
                        "country": "FR",
                        "language": "en",
                        "consent": True,
                    },
                )
                assert reply["ok"], reply

            results[mode]["consult"] = await run_traffic(
                consult_url, consult_join, args.listeners, args.messages, seed=2 + offset, rate=rate
            )
        await runner.cleanup()

    backend = url.split(":", 1)[0]
    print(f"delivery bench: {args.messages} messages per run, 1 sender, {args.listeners} listeners, {backend}")
    print(f"{'run':<12}{'server':<34}{'msgs/s':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for mode, pair in results.items():
        label = "saturated" if mode == "saturated" else f"paced {args.paced_rate:g}/s"
        for name, caption in (
            ("baseline", "baseline (bare python-socketio)"),
            ("consult", "consult (moderated, stored)"),
        ):
            r = pair[name]
            print(f"{label:<12}{caption:<34}{r['rate']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}")
        b, c = pair["baseline"], pair["consult"]
        print(
            f"{'':<12}ratio consult/baseline: throughput {c['rate'] / b['rate']:.2f}x, "
            f"p50 {c['p50'] / b['p50']:.2f}x, p99 {c['p99'] / b['p99']:.2f}x, "
            f"added p50 {c['p50'] - b['p50']:.2f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
