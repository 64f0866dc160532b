"""Outgoing events and the sink that delivers them.

Services decide *what* to tell whom; the transport decides *how*. A service returns
or publishes ``Event`` values addressed to a channel, and the Socket.IO adapter maps
channels onto Socket.IO rooms (which the Redis manager fans out across processes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


def room_channel(room_id: int) -> str:
    """Everyone in a room: its participants and the staff watching it."""
    return f"room:{room_id}"


def staff_channel(room_id: int) -> str:
    """Only the staff watching a room."""
    return f"staff:{room_id}"


def alerts_channel() -> str:
    """Every logged-in staff socket: a safeguarding alert must not depend on who watches which room."""
    return "staff:alerts"


def participant_channel(participant_id: int) -> str:
    """The sockets of one participant (a phone and a reconnecting tab, say)."""
    return f"participant:{participant_id}"


@dataclass(frozen=True)
class Event:
    name: str
    data: dict[str, Any]
    to: str


@dataclass(frozen=True)
class Disconnect:
    """Drop every socket of a participant (kick and ban)."""

    participant_id: int


Outgoing = Event | Disconnect


class EventSink(Protocol):
    async def publish(self, items: list[Outgoing]) -> None: ...


@dataclass
class RecordingSink:
    """Collects events; the real sink is ``transport.sockets.SocketSink``."""

    items: list[Outgoing] = field(default_factory=list)

    async def publish(self, items: list[Outgoing]) -> None:
        self.items.extend(items)

    def named(self, name: str) -> list[Event]:
        return [i for i in self.items if isinstance(i, Event) and i.name == name]
