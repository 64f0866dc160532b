from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.db.engine import make_engine, make_sessionmaker
from consult_server.db.migrate import upgrade
from consult_server.export.formats import Export
from consult_server.export.redact import Redactor, make_redactor
from tests.export.seed import SeedInfo, seed


@dataclass
class Seeded:
    sessionmaker: async_sessionmaker[AsyncSession]
    info: SeedInfo
    redact: Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return make_redactor()


@pytest.fixture
async def seeded(database_url: str, redactor: Redactor) -> AsyncIterator[Seeded]:
    """The planted consultation in a fresh, migrated database (SQLite file, or PostgreSQL)."""
    engine = make_engine(database_url)
    await upgrade(engine)
    sessionmaker = make_sessionmaker(engine)
    info = await seed(sessionmaker)
    try:
        yield Seeded(sessionmaker, info, redactor)
    finally:
        await engine.dispose()


async def collect(export: Export) -> str:
    return "".join([chunk async for chunk in export.chunks()])
