"""Optional parts plug in through the same hooks the built-in ones would use.

An app (``setup_routes(app)``) or CLI (``add_subcommand(subparsers, common)``) hook
lives in its own module; a deployment that leaves a part out simply lacks the module.
A module that exists but fails to import is a bug and is not hidden.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from types import ModuleType

ROUTE_PLUGINS = ("consult_server.export.routes",)
CLI_PLUGINS = ("consult_server.export.cli",)


def load(names: Iterable[str]) -> Iterator[ModuleType]:
    for name in names:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
