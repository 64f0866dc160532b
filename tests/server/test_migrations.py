"""Alembic migrations build the schema from empty, match the models, and go down cleanly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect

from consult_server.db.engine import make_engine
from consult_server.db.migrate import downgrade, upgrade
from consult_server.db.models import Base


async def test_upgrade_from_empty_matches_models_and_downgrades(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        await upgrade(engine)

        def diff(connection: Connection) -> list[object]:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            return list(compare_metadata(context, Base.metadata))

        async with engine.connect() as conn:
            assert await conn.run_sync(diff) == []
            tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        assert set(Base.metadata.tables) <= tables
        await downgrade(engine)
        async with engine.connect() as conn:
            left = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        assert left <= {"alembic_version"}
        await upgrade(engine)
    finally:
        await engine.dispose()
