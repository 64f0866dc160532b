"""Alembic environment: always driven from ``consult_server.db.migrate`` with a live connection."""

from __future__ import annotations

from alembic import context

from consult_server.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `consult-server migrate`, which passes the connection")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
