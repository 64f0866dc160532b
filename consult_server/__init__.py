"""Youth consultation server: timed, moderated, pseudonymous chat rooms."""

from __future__ import annotations

__version__ = "0.1.0"
