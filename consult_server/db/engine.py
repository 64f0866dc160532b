"""Engine and session factory for SQLite (WAL) and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

T = TypeVar("T")


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


def _sqlite_kwargs(url: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    path = url.split(":///", 1)[-1]
    if path and path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # Sessions always end their own transaction; the pool's extra ROLLBACK on return
    # would be one more thread round trip per query through aiosqlite.
    kwargs.setdefault("pool_reset_on_return", None)
    return kwargs


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    # Database errors would otherwise quote their parameters, i.e. children's messages,
    # into logs and tracebacks.
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url):
        engine = create_async_engine(url, **_sqlite_kwargs(url, kwargs))
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


class Database(async_sessionmaker[AsyncSession]):
    """The session factory, plus the two ways to write.

    ``begin()`` is an async transaction. SQLite allows one writer at a time and makes
    the others wait in its busy handler, which sleeps in growing steps (up to 100 ms):
    under a busy room that turned into second-long stalls, so SQLite writers queue on
    an asyncio lock instead. Readers never take it (WAL lets them read while one
    connection writes), so a long export does not hold up messages.

    ``run_write(fn)`` runs a synchronous ``fn(session)`` in one committed transaction:
    for the chat's hottest write. With aiosqlite every statement is a round trip to
    its thread, which cost more than the writes themselves; so on SQLite ``fn`` runs
    whole in one dedicated writer thread on a plain sqlite3 connection (one hop per
    message), and on PostgreSQL through ``AsyncSession.run_sync`` on asyncpg.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine, expire_on_commit=False)
        url = engine.url.render_as_string(hide_password=False)
        self._write_lock: asyncio.Lock | None = None
        self._sync: sessionmaker[Session] | None = None
        self._sync_engine: Engine | None = None
        self._writer: ThreadPoolExecutor | None = None
        if is_sqlite(url):
            self._write_lock = asyncio.Lock()
            self._sync_engine = create_engine(
                url.replace("sqlite+aiosqlite", "sqlite", 1),
                **_sqlite_kwargs(url, {"hide_parameters": True, "pool_size": 1, "max_overflow": 0}),
            )
            event.listen(self._sync_engine, "connect", _sqlite_pragmas)
            self._sync = sessionmaker(self._sync_engine, expire_on_commit=False)
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")

    @contextlib.asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:  # type: ignore[override]
        if self._write_lock is None:
            async with super().begin() as session:
                yield session
            return
        async with self._write_lock, super().begin() as session:
            yield session

    async def run_write(self, fn: Callable[[Session], T]) -> T:
        if self._writer is None or self._write_lock is None:
            async with super().begin() as session:
                return await session.run_sync(fn)
        async with self._write_lock:
            return await asyncio.get_running_loop().run_in_executor(self._writer, self._transaction, fn)

    def _transaction(self, fn: Callable[[Session], T]) -> T:
        assert self._sync is not None
        with self._sync.begin() as session:
            return fn(session)

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=True)
        if self._sync_engine is not None:
            self._sync_engine.dispose()


def make_sessionmaker(engine: AsyncEngine) -> Database:
    return Database(engine)
