"""Engine and session factory for SQLite (WAL) and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets readers (replay, exports) proceed while the chat writes; a busy timeout
    # turns writer contention into a short wait instead of "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    # Database errors would otherwise quote their parameters, i.e. children's messages,
    # into logs and tracebacks.
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # Sessions always end their own transaction; the pool's extra ROLLBACK on return
        # would be one more thread round trip per query through aiosqlite.
        kwargs.setdefault("pool_reset_on_return", None)
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


class Database(async_sessionmaker[AsyncSession]):
    """A session factory whose ``begin()`` is the way to write.

    SQLite allows one writer at a time and makes the others wait in its busy handler,
    which sleeps in growing steps (up to 100 ms): under a busy room that turned into
    second-long delivery stalls. Queueing writers on an asyncio lock instead costs
    nothing when idle and keeps the chat smooth. Readers never take the lock, so a long
    export does not hold up messages (WAL lets them read while one connection writes).
    PostgreSQL needs no such lock.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._write_lock = asyncio.Lock() if is_sqlite(str(engine.url)) else None

    @contextlib.asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:  # type: ignore[override]
        if self._write_lock is None:
            async with super().begin() as session:
                yield session
            return
        async with self._write_lock, super().begin() as session:
            yield session


def make_sessionmaker(engine: AsyncEngine) -> Database:
    return Database(engine)
