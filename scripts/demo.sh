#!/usr/bin/env bash
# One command: install, then run the server with a demo consultation on SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p var
exec .venv/bin/consult-server demo --database-url "${CONSULT_DATABASE_URL:-sqlite+aiosqlite:///var/demo.db}" "$@"
