"""Typed application keys, kept apart from ``app`` so routes and plugins can import them cheaply."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from consult_server.clock import Clock
from consult_server.db.engine import Database
from consult_server.services.container import Services
from consult_server.settings import Settings
from moderation import Pipeline

SETTINGS = web.AppKey("settings", Settings)
CLOCK = web.AppKey("clock", Clock)
ENGINE = web.AppKey("engine", AsyncEngine)
SESSIONMAKER = web.AppKey("sessionmaker", async_sessionmaker[AsyncSession])
# The same object as SESSIONMAKER, typed with its write paths (begin, run_write) and close().
DATABASE = web.AppKey("database", Database)
PIPELINE = web.AppKey("pipeline", Pipeline)
SERVICES = web.AppKey("services", Services)
