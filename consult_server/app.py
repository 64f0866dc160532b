"""The application factory: one call wires settings, storage, moderation, services and transports."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import socketio
from aiohttp import web

from consult_server import plugins
from consult_server.appkeys import CLOCK, DATABASE, ENGINE, PIPELINE, SERVICES, SESSIONMAKER, SETTINGS
from consult_server.clock import Clock, SystemClock
from consult_server.db.engine import make_engine, make_sessionmaker
from consult_server.db.migrate import upgrade
from consult_server.services.container import Services
from consult_server.services.presence import Presence
from consult_server.services.safety import SafetyGateway
from consult_server.settings import Settings
from consult_server.transport.http_routes import default_web_root, routes, setup_pages
from consult_server.transport.responses import error_middleware
from consult_server.transport.security import security_headers
from consult_server.transport.sockets import SocketSink, SocketTransport

log = logging.getLogger(__name__)

SOCKETS = web.AppKey("sockets", SocketTransport)
SIO = web.AppKey("sio", socketio.AsyncServer)
RETENTION_INTERVAL_SECONDS = 3600.0


def create_app(
    settings: Settings, *, clock: Clock | None = None, safety: SafetyGateway | None = None, run_background: bool = True
) -> web.Application:
    """Build the app. ``clock`` and ``safety`` are injectable for tests; ``run_background``
    off leaves the room scheduler to be ticked by hand."""
    app = web.Application(middlewares=[error_middleware, security_headers], client_max_size=1024 * 1024)
    clock = clock or SystemClock()
    engine = make_engine(settings.database_url)
    sessionmaker = make_sessionmaker(engine)
    safety = safety or SafetyGateway.from_file(settings.moderation_policy)
    app[SETTINGS], app[CLOCK], app[ENGINE], app[SESSIONMAKER] = settings, clock, engine, sessionmaker
    app[DATABASE] = sessionmaker
    app[PIPELINE] = safety.base

    manager = (
        socketio.AsyncRedisManager(settings.redis_url, channel=settings.redis_channel) if settings.redis_url else None
    )
    sio = socketio.AsyncServer(
        async_mode="aiohttp",
        client_manager=manager,
        logger=False,
        engineio_logger=False,
        max_http_buffer_size=max(1024 * 1024, settings.max_payload_bytes * 4),
        ping_interval=20,
        ping_timeout=20,
    )
    sio.attach(app)
    presence = Presence()
    sink = SocketSink(sio, presence)
    services = Services.build(sessionmaker, clock, settings, safety, sink, presence)
    transport = SocketTransport(sio, services, sink, settings.max_payload_bytes)
    app[SERVICES], app[SOCKETS], app[SIO] = services, transport, sio

    app.add_routes(routes)
    setup_pages(app, Path(settings.web_root) if settings.web_root else default_web_root())
    for module in plugins.load(plugins.ROUTE_PLUGINS):
        module.setup_routes(app)

    app.cleanup_ctx.append(_database)
    app.cleanup_ctx.append(_socketio)
    if run_background:
        app.cleanup_ctx.append(_background)
    return app


async def _database(app: web.Application) -> AsyncIterator[None]:
    await upgrade(app[ENGINE])
    yield
    await app[DATABASE].close()
    await app[ENGINE].dispose()


async def _socketio(app: web.Application) -> AsyncIterator[None]:
    # python-socketio starts its Redis listener on the first connection; start it now so a
    # process that has no clients yet still relays nothing late and tests can wait for it.
    sio = app[SIO]
    if not sio.manager_initialized:
        sio.manager_initialized = True
        sio.manager.initialize()
    yield


async def _background(app: web.Application) -> AsyncIterator[None]:
    services = app[SERVICES]
    # Catch up first: rooms whose close time passed while the server was down close now.
    await services.scheduler.tick()
    tasks = [
        asyncio.create_task(services.scheduler.run(), name="room-scheduler"),
        asyncio.create_task(_retention_loop(app), name="retention"),
    ]
    yield
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _retention_loop(app: web.Application) -> None:
    while True:
        try:
            await app[SERVICES].retention.purge()
        except Exception:
            log.exception("retention purge failed; will retry")
        await asyncio.sleep(RETENTION_INTERVAL_SECONDS)
