"""A real server on a real port, real Socket.IO clients, and an injected clock.

``Harness`` owns one running app; tests drive time with ``advance`` instead of
sleeping, and talk to the server only over HTTP and Socket.IO like a browser would.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import socketio
from aiohttp import web

from consult_server.app import create_app
from consult_server.appkeys import SERVICES
from consult_server.clock import ManualClock
from consult_server.consultation_file import parse_mapping
from consult_server.db.models import StaffRole
from consult_server.services.container import Services
from consult_server.services.safety import SafetyGateway
from consult_server.settings import Settings

START = datetime.fromisoformat("2030-03-01T09:00:00+00:00")


class Client:
    """A python-socketio client that records every event it receives."""

    def __init__(self, base_url: str, headers: dict[str, str] | None = None) -> None:
        self.base_url = base_url
        self.headers = headers or {}
        self.sio = socketio.AsyncClient(reconnection=False)
        self.events: dict[str, list[Any]] = defaultdict(list)
        self._arrived = asyncio.Condition()
        self.sio.on("*", self._record)
        self.token: str | None = None
        self.welcome: dict[str, Any] = {}

    async def _record(self, event: str, data: Any = None) -> None:
        async with self._arrived:
            self.events[event].append(data)
            self._arrived.notify_all()

    async def connect(self) -> Client:
        await self.sio.connect(self.base_url, headers=self.headers, transports=["websocket"], wait_timeout=10)
        return self

    async def call(self, event: str, *args: Any) -> dict[str, Any]:
        if len(args) > 1:  # python-socketio sends a tuple as several arguments
            result = await self.sio.call(event, tuple(args), timeout=10)
        elif args:
            result = await self.sio.call(event, args[0], timeout=10)
        else:
            result = await self.sio.call(event, timeout=10)
        assert isinstance(result, dict), result
        return result

    async def ok(self, event: str, data: Any = None) -> dict[str, Any]:
        reply = await self.call(event, {} if data is None else data)
        assert reply["ok"], reply
        return reply["data"]

    async def error(self, event: str, *args: Any) -> str:
        reply = await self.call(event, *args)
        assert reply["ok"] is False, reply
        return reply["error"]["code"]

    async def wait_for(self, event: str, match: Callable[[Any], bool] = lambda _: True, timeout: float = 5.0) -> Any:
        async def found() -> Any:
            async with self._arrived:
                while True:
                    for item in self.events[event]:
                        if match(item):
                            return item
                    await self._arrived.wait()

        return await asyncio.wait_for(found(), timeout)

    async def settle(self) -> None:
        """Let in-flight broadcasts arrive: a round trip to the server orders after them."""
        await self.sio.call("room:sync", {}, timeout=10)
        await asyncio.sleep(0.05)

    async def close(self) -> None:
        if self.sio.connected:
            await self.sio.disconnect()


@dataclass
class Seeded:
    consultation_id: int
    room_ids: list[int]
    codes: dict[int, list[str]]

    def code(self, room_index: int = 0) -> str:
        return self.codes[self.room_ids[room_index]].pop()


@dataclass
class Harness:
    settings: Settings
    clock: ManualClock
    safety: SafetyGateway | None = None
    runner: web.AppRunner | None = None
    base_url: str = ""
    clients: list[Client] = field(default_factory=list)

    @property
    def app(self) -> web.Application:
        assert self.runner is not None
        return self.runner.app

    @property
    def services(self) -> Services:
        return self.app[SERVICES]

    async def start(self) -> Harness:
        app = create_app(self.settings, clock=self.clock, safety=self.safety)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        for client in self.clients:
            await client.close()
        self.clients.clear()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def advance(self, **delta: float) -> None:
        self.clock.advance(**delta)
        await self.services.scheduler.tick()

    async def seed(
        self, rooms: int = 1, opens_in: float = -1, minutes: float = 60, codes: int = 10, **extra: Any
    ) -> Seeded:
        now = self.clock.now()
        spec = parse_mapping(
            {
                "title": f"Consultation {secrets.token_hex(3)}",
                "topic": "Staying safe online",
                "questions": ["What helps you feel safe online?"],
                "languages": ["en", "fr", "ar"],
                "timezone": "Europe/Paris",
                "invite_codes": codes,
                "rooms": [
                    {
                        "name": f"Room {i + 1}",
                        "opens_at": now + timedelta(minutes=opens_in),
                        "closes_at": now + timedelta(minutes=opens_in + minutes),
                    }
                    for i in range(rooms)
                ],
                **extra,
            }
        )
        consultation, _ = await self.services.consultations.create(spec)
        await self.services.scheduler.tick()
        room_ids, by_room = [], {}
        overview = await self.services.consultations.overview()
        mine = next(c for c in overview if c["id"] == consultation.id)
        for room in mine["rooms"]:
            room_ids.append(room["room_id"])
        rows = list(await self.services.consultations.invite_rows(consultation.id))
        names = {room["name"]: room["room_id"] for room in mine["rooms"]}
        for code, room_name, _, _ in rows:
            by_room.setdefault(names[room_name], []).append(code)
        return Seeded(consultation.id, room_ids, by_room)

    async def participant(self, code: str, **fields: Any) -> Client:
        client = await self.connect()
        payload = {"code": code, "age_band": "12-14", "country": "FR", "language": "en", "consent": True, **fields}
        client.welcome = await client.ok("join", payload)
        client.token = client.welcome["token"]
        return client

    async def connect(self, headers: dict[str, str] | None = None) -> Client:
        client = Client(self.base_url, headers)
        self.clients.append(client)
        return await client.connect()

    async def staff_cookie(self, role: StaffRole = StaffRole.MODERATOR, name: str | None = None) -> str:
        name = name or f"{role}-{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        await self.services.staff.add(name, role, password)
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{self.base_url}/api/login", json={"name": name, "password": password}) as resp:
                assert resp.status == 200, await resp.text()
                morsel = resp.cookies["consult_session"]
                return f"consult_session={morsel.value}"

    async def moderator(self, room_id: int | None = None, role: StaffRole = StaffRole.MODERATOR) -> Client:
        client = await self.connect({"Cookie": await self.staff_cookie(role)})
        if room_id is not None:
            client.welcome = await client.ok("mod:watch", {"room_id": room_id})
        return client
