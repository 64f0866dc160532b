#!/usr/bin/env bash
# Installs everything the server needs into .venv and web/node_modules. Safe to run again.
# Usage: scripts/setup.sh [--dev]   (--dev adds the test tools and Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  echo "Installing Debian packages: $*"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv || { echo "Please install python3-venv"; exit 1; }
    "$PYTHON" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
extra=""
[ "${1:-}" = "--dev" ] && extra="[dev]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
# byte-compile the packages, as pip does for an installed wheel: an editable
# install is compiled on first import, and not at all where
# PYTHONDONTWRITEBYTECODE is set (0.15 s of every start of the 300 rule modules)
.venv/bin/python -m compileall -q -j 0 moderation consult_server >/dev/null || echo "packages not byte-compiled"
# compile the moderation rules once, like pip's .pyc step: later starts load
# them from the cache instead of compiling them (docs/moderation.md, "Speed")
.venv/bin/python -c "import moderation; moderation.Pipeline()" || echo "moderation rules not pre-compiled"

if ! command -v npm >/dev/null; then
  apt_install nodejs npm || { echo "Please install Node.js 20 and npm"; exit 1; }
fi
(cd web && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)

if [ "${1:-}" = "--dev" ] && ! command -v chromium >/dev/null; then
  apt_install chromium || echo "Could not install chromium: browser tests will not run"
fi
