"""Typed application keys, kept apart from ``app`` so services and routes can import them cheaply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from consult_server.clock import Clock
from consult_server.settings import Settings

if TYPE_CHECKING:
    pass

SETTINGS = web.AppKey("settings", Settings)
CLOCK = web.AppKey("clock", Clock)
ENGINE = web.AppKey("engine", AsyncEngine)
SESSIONMAKER = web.AppKey("sessionmaker", async_sessionmaker[AsyncSession])
PIPELINE = web.AppKey("pipeline", "Pipeline")
SERVICES = web.AppKey("services", "Services")
