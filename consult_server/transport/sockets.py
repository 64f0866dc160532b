"""Socket.IO adapter: decode, authorise, call a service, acknowledge, then broadcast.

Every client event goes through ``dispatch`` (registered as the catch-all handler),
so unknown events, malformed payloads and wrong roles are refused the same way,
and no exception can escape to python-socketio and drop the connection.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import socketio

from consult_server import payloads
from consult_server.db.models import Staff
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services.container import Services
from consult_server.services.events import (
    Disconnect,
    Event,
    Outgoing,
    alerts_channel,
    participant_channel,
    room_channel,
    staff_channel,
)
from consult_server.services.messages import Outcome
from consult_server.services.participants import ParticipantContext
from consult_server.services.presence import Presence
from consult_server.transport.http_auth import check_role, token_from_cookie_header
from consult_server.transport.responses import error_payload, ok

log = logging.getLogger(__name__)


@dataclass
class Connection:
    """What this process knows about one socket."""

    participant: ParticipantContext | None = None
    staff_token: str | None = None
    watching: set[int] = field(default_factory=set)


class SocketSink:
    """Delivers service events through Socket.IO rooms (and Redis, when configured)."""

    def __init__(self, sio: socketio.AsyncServer, presence: Presence) -> None:
        self._sio = sio
        self._presence = presence

    async def publish(self, items: list[Outgoing]) -> None:
        for item in items:
            try:
                if isinstance(item, Event):
                    await self._sio.emit(item.name, item.data, room=item.to)
                elif isinstance(item, Disconnect):
                    for sid in self._presence.sids(item.participant_id):
                        await self._sio.disconnect(sid)
            except Exception:
                log.exception("could not deliver %s", type(item).__name__)


Handler = Callable[[str, Connection, dict[str, Any]], Awaitable[Outcome | dict[str, Any]]]


class SocketTransport:
    def __init__(self, sio: socketio.AsyncServer, services: Services, sink: SocketSink, max_payload_bytes: int) -> None:
        self._sio = sio
        self._services = services
        self._max_payload = max_payload_bytes
        self.sink = sink
        self._connections: dict[str, Connection] = {}
        self._background: set[asyncio.Task[None]] = set()
        self._participant_handlers: dict[str, Handler] = {
            "message:send": self._send,
            "message:report": self._report,
            "help:request": self._help,
            "room:sync": self._sync,
        }
        self._anonymous_handlers: dict[str, Handler] = {"join": self._join, "resume": self._resume}
        sio.on("connect", self._on_connect)
        sio.on("disconnect", self._on_disconnect)
        sio.on("*", self.dispatch)

    async def _on_connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        conn = Connection(staff_token=token_from_cookie_header(environ.get("HTTP_COOKIE")))
        self._connections[sid] = conn
        if conn.staff_token is not None and await self._staff(conn) is not None:
            # Every staff socket hears every safeguarding alert, whichever room it watches.
            await self._sio.enter_room(sid, alerts_channel())

    async def _on_disconnect(self, sid: str, *_reason: Any) -> None:
        conn = self._connections.pop(sid, None)
        if conn and conn.participant and self._services.presence.remove(conn.participant.participant_id, sid):
            self._later(await self._services.participants.presence_events(conn.participant, online=False))

    async def dispatch(self, event: str, sid: str, *args: Any) -> dict[str, Any]:
        try:
            conn = self._connections.get(sid)
            if conn is None:
                raise ConsultError(ErrorCode.NOT_AUTHENTICATED, "Connect again.")
            if event not in payloads.SCHEMAS:
                raise ConsultError(ErrorCode.UNKNOWN_EVENT, "Unknown event.", event=event[:64])
            if len(args) > 1:
                raise ConsultError(ErrorCode.BAD_PAYLOAD, "Send one JSON object.")
            data = payloads.parse(event, args[0] if args else None, self._max_payload)
            handler = await self._authorise(event, conn)
            result = await handler(sid, conn, data)
        except ConsultError as exc:
            return exc.to_payload()
        except Exception as exc:
            log.exception("event %s failed", event)
            return error_payload(exc)
        if isinstance(result, Outcome):
            if result.events:
                self._later(result.events)
            return ok(result.ack)
        return ok(result)

    def _later(self, events: list[Outgoing]) -> None:
        # Scheduled, not awaited: the acknowledgement goes out first, then the broadcast.
        task = asyncio.get_running_loop().create_task(self.sink.publish(events))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _authorise(self, event: str, conn: Connection) -> Handler:
        if event in self._anonymous_handlers:
            if conn.staff_token is not None and await self._staff(conn) is not None:
                raise ConsultError(ErrorCode.FORBIDDEN, "Staff cannot join as participants.")
            return self._anonymous_handlers[event]
        if event in self._participant_handlers:
            if conn.participant is None:
                raise ConsultError(ErrorCode.NOT_AUTHENTICATED, "Join the room first.")
            return self._participant_handlers[event]
        if conn.participant is not None:
            raise ConsultError(ErrorCode.FORBIDDEN, "Only moderators can do this.")
        check_role(await self._staff(conn), ())
        return functools.partial(self._moderator, event)

    async def _staff(self, conn: Connection) -> Staff | None:
        return await self._services.staff.from_token(conn.staff_token)

    # -- participants ----------------------------------------------------------------------

    async def _enter(self, sid: str, conn: Connection, ctx: ParticipantContext) -> None:
        if conn.participant is not None and conn.participant.participant_id != ctx.participant_id:
            raise ConsultError(ErrorCode.INVALID_STATE, "This connection already belongs to another participant.")
        conn.participant = ctx
        await self._sio.enter_room(sid, room_channel(ctx.room_id))
        await self._sio.enter_room(sid, participant_channel(ctx.participant_id))
        if self._services.presence.add(ctx.participant_id, sid):
            self._later(await self._services.participants.presence_events(ctx, online=True))

    async def _join(self, sid: str, conn: Connection, data: dict[str, Any]) -> dict[str, Any]:
        if conn.participant is not None:
            raise ConsultError(ErrorCode.INVALID_STATE, "You have already joined.")
        ctx, welcome = await self._services.participants.join(
            data["code"], data["age_band"], data["country"], data["language"], data["consent"]
        )
        await self._enter(sid, conn, ctx)
        return welcome

    async def _resume(self, sid: str, conn: Connection, data: dict[str, Any]) -> dict[str, Any]:
        ctx, welcome = await self._services.participants.resume(data["token"], data["last_seq"])
        await self._enter(sid, conn, ctx)
        return welcome

    async def _send(self, sid: str, conn: Connection, data: dict[str, Any]) -> Outcome:
        assert conn.participant is not None
        return await self._services.messages.send(conn.participant, data["text"], data.get("client_ref"))

    async def _report(self, sid: str, conn: Connection, data: dict[str, Any]) -> Outcome:
        assert conn.participant is not None
        return await self._services.messages.report(conn.participant, data["message_id"], data["reason"])

    async def _help(self, sid: str, conn: Connection, data: dict[str, Any]) -> Outcome:
        assert conn.participant is not None
        return await self._services.messages.help_request(conn.participant, data["note"])

    async def _sync(self, sid: str, conn: Connection, data: dict[str, Any]) -> dict[str, Any]:
        assert conn.participant is not None
        return await self._services.participants.room_state(conn.participant)

    # -- staff -----------------------------------------------------------------------------

    async def _moderator(
        self, event: str, sid: str, conn: Connection, data: dict[str, Any]
    ) -> Outcome | dict[str, Any]:
        # Re-read on every event: a logged-out or expired session loses its powers at once.
        staff = check_role(await self._staff(conn), ())
        mod = self._services.moderator
        if event == "mod:rooms":
            return await mod.rooms()
        if event == "mod:watch":
            snapshot = await mod.watch(data["room_id"])
            conn.watching.add(data["room_id"])
            await self._sio.enter_room(sid, room_channel(data["room_id"]))
            await self._sio.enter_room(sid, staff_channel(data["room_id"]))
            return snapshot
        if event == "mod:unwatch":
            conn.watching.discard(data["room_id"])
            await self._sio.leave_room(sid, room_channel(data["room_id"]))
            await self._sio.leave_room(sid, staff_channel(data["room_id"]))
            return {}
        if event == "mod:audit":
            return await mod.audit(data["room_id"], data["limit"])
        actions: dict[str, Callable[[], Awaitable[Outcome]]] = {
            "mod:approve": lambda: mod.approve(staff, data["message_id"]),
            "mod:reject": lambda: mod.reject(staff, data["message_id"]),
            "mod:remove": lambda: mod.remove(staff, data["message_id"]),
            "mod:mute": lambda: mod.mute(staff, data["participant_id"], data["minutes"]),
            "mod:unmute": lambda: mod.unmute(staff, data["participant_id"]),
            "mod:kick": lambda: mod.kick(staff, data["participant_id"]),
            "mod:ban": lambda: mod.ban(staff, data["participant_id"]),
            "mod:slow_mode": lambda: mod.slow_mode(staff, data["room_id"], data["seconds"]),
            "mod:pin": lambda: mod.pin(staff, data["room_id"], data["text"]),
            "mod:open": lambda: mod.open(staff, data["room_id"]),
            "mod:close": lambda: mod.close(staff, data["room_id"]),
            "mod:extend": lambda: mod.extend(staff, data["room_id"], data["minutes"]),
            "mod:ack_alert": lambda: mod.ack_alert(staff, data["alert_id"]),
        }
        return await actions[event]()
