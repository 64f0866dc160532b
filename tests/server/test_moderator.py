"""Every moderator action, its effect on participants, and its audit row."""

from __future__ import annotations

from sqlalchemy import select

from consult_server.appkeys import SESSIONMAKER
from consult_server.db.models import AuditEntry, Message, Staff
from tests.support.server import Client, Harness

HELD_TEXT = "you are a fucking idiot"


async def audit_rows(harness: Harness) -> list[tuple[str, str | None, str | None]]:
    async with harness.app[SESSIONMAKER]() as session:
        rows = await session.execute(
            select(AuditEntry.action, AuditEntry.target, Staff.name)
            .outerjoin(Staff, Staff.id == AuditEntry.actor_id)
            .where(AuditEntry.actor_id.is_not(None))
            .order_by(AuditEntry.id)
        )
        return [tuple(r) for r in rows.all()]  # type: ignore[misc]


async def held_message(harness: Harness, author: Client, moderator: Client, text: str) -> int:
    ack = await author.ok("message:send", {"text": text})
    assert ack["status"] == "held", ack
    await moderator.wait_for("mod:held", lambda m: m["id"] == ack["message_id"])
    return int(ack["message_id"])


async def test_watch_returns_room_snapshot(harness: Harness) -> None:
    seeded = await harness.seed()
    alice = await harness.participant(seeded.code())
    await alice.ok("message:send", {"text": "first idea"})
    moderator = await harness.moderator(seeded.room_ids[0])
    snap = moderator.welcome
    assert snap["room"]["state"] == "open" and snap["room"]["participant_count"] == 1
    assert [m["text"] for m in snap["messages"]] == ["first idea"]
    assert snap["participants"][0]["pseudonym"] == alice.welcome["participant"]["pseudonym"]
    rooms = await moderator.ok("mod:rooms")
    assert seeded.room_ids[0] in [r["room_id"] for r in rooms["rooms"]]


async def test_approve_broadcasts_held_message_and_audits(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    await alice.ok("message:send", {"text": "visible first"})
    message_id = await held_message(
        harness, alice, moderator, "meet me after school, you're so mature, don't tell anyone"
    )
    done = await moderator.ok("mod:approve", {"message_id": message_id})
    assert done["message"]["seq"] == 2
    shown = await bob.wait_for("message:new", lambda m: m["id"] == message_id)
    assert shown["seq"] == 2
    resolved = await moderator.wait_for("mod:resolved")
    assert resolved["message_id"] == message_id
    await moderator.wait_for("mod:audit", lambda a: a["action"] == "approve")
    assert await moderator.error("mod:approve", {"message_id": message_id}) == "invalid_state"
    assert (await audit_rows(harness))[-1][:2] == ("approve", f"message:{message_id}")


async def test_reject_keeps_message_hidden(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    message_id = await held_message(harness, alice, moderator, "what school do you go to? are you home alone?")
    await moderator.ok("mod:reject", {"message_id": message_id})
    await bob.settle()
    assert bob.events["message:new"] == []
    async with harness.app[SESSIONMAKER]() as session:
        stored = await session.get(Message, message_id)
        assert stored is not None and stored.status == "rejected"
    assert (await audit_rows(harness))[-1][:2] == ("reject", f"message:{message_id}")


async def test_remove_tells_clients_to_drop_message(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "something a moderator dislikes"})
    await moderator.ok("mod:remove", {"message_id": ack["message_id"]})
    removed = await bob.wait_for("message:removed")
    assert removed == {"room_id": seeded.room_ids[0], "message_id": ack["message_id"]}
    assert await moderator.error("mod:remove", {"message_id": ack["message_id"]}) == "invalid_state"
    assert await moderator.error("mod:remove", {"message_id": 999999}) == "not_found"


async def test_mute_and_unmute(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    pid = alice.welcome["participant"]["participant_id"]
    muted = await moderator.ok("mod:mute", {"participant_id": pid, "minutes": 5})
    assert muted["participant"]["muted_until"] == "2030-03-01T09:05:00Z"
    status = await alice.wait_for("participant:status")
    assert status["muted_until"] == "2030-03-01T09:05:00Z"
    reply = await alice.call("message:send", {"text": "can I talk"})
    assert reply["error"]["code"] == "muted" and reply["error"]["details"]["until"] == "2030-03-01T09:05:00Z"
    await moderator.ok("mod:unmute", {"participant_id": pid})
    await alice.wait_for("participant:status", lambda s: s["muted_until"] is None)
    await alice.ok("message:send", {"text": "can I talk"})
    harness.clock.advance(minutes=1)
    await moderator.ok("mod:mute", {"participant_id": pid, "minutes": 1})
    harness.clock.advance(minutes=2)
    await alice.ok("message:send", {"text": "mute has expired"})
    assert [a for a, _, _ in await audit_rows(harness)] == ["mute", "unmute", "mute"]


async def test_kick_disconnects_but_allows_rejoin(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    pid = alice.welcome["participant"]["participant_id"]
    await moderator.ok("mod:kick", {"participant_id": pid})
    kicked = await alice.wait_for("participant:kicked")
    assert kicked == {"reason": "kicked"}
    for _ in range(50):
        if not alice.sio.connected:
            break
        await alice.sio.sleep(0.05)
    assert not alice.sio.connected
    again = await harness.connect()
    await again.ok("resume", {"token": alice.token})
    await again.ok("message:send", {"text": "I am back"})


async def test_ban_disconnects_and_refuses_resume(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    pid = alice.welcome["participant"]["participant_id"]
    banned = await moderator.ok("mod:ban", {"participant_id": pid})
    assert banned["participant"]["banned"] is True
    assert (await alice.wait_for("participant:kicked")) == {"reason": "banned"}
    again = await harness.connect()
    assert await again.error("resume", {"token": alice.token}) == "banned"
    assert (await audit_rows(harness))[-1][:2] == ("ban", f"participant:{pid}")


async def test_slow_mode(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    room = await moderator.ok("mod:slow_mode", {"room_id": seeded.room_ids[0], "seconds": 30})
    assert room["room"]["slow_mode_seconds"] == 30
    assert (await alice.wait_for("room:state"))["slow_mode_seconds"] == 30
    await alice.ok("message:send", {"text": "first"})
    harness.clock.advance(seconds=10)
    reply = await alice.call("message:send", {"text": "second"})
    assert reply["error"]["code"] == "slow_mode" and reply["error"]["details"]["retry_after"] == 20
    harness.clock.advance(seconds=20)
    await alice.ok("message:send", {"text": "second"})


async def test_pin_question(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    await moderator.ok("mod:pin", {"room_id": seeded.room_ids[0], "text": "What makes you feel safe?"})
    assert (await alice.wait_for("room:state"))["pinned"] == "What makes you feel safe?"
    await moderator.ok("mod:pin", {"room_id": seeded.room_ids[0], "text": None})
    await alice.wait_for("room:state", lambda r: r["pinned"] is None)
    assert [a for a, _, _ in await audit_rows(harness)] == ["pin", "unpin"]


async def test_open_close_and_extend(harness: Harness) -> None:
    seeded = await harness.seed(opens_in=30, minutes=60)
    room_id = seeded.room_ids[0]
    moderator = await harness.moderator(room_id)
    alice = await harness.participant(seeded.code())
    opened = await moderator.ok("mod:open", {"room_id": room_id})
    assert opened["room"]["state"] == "open" and opened["room"]["opens_at"] == "2030-03-01T09:00:00Z"
    await alice.wait_for("room:state", lambda r: r["state"] == "open")
    await alice.ok("message:send", {"text": "we opened early"})
    assert await moderator.error("mod:open", {"room_id": room_id}) == "invalid_state"
    extended = await moderator.ok("mod:extend", {"room_id": room_id, "minutes": 15})
    assert extended["room"]["closes_at"] == "2030-03-01T10:45:00Z"
    closed = await moderator.ok("mod:close", {"room_id": room_id})
    assert closed["room"]["state"] == "closed"
    await alice.wait_for("room:state", lambda r: r["state"] == "closed")
    assert await alice.error("message:send", {"text": "too late"}) == "room_not_open"
    assert await moderator.error("mod:extend", {"room_id": room_id, "minutes": 5}) == "invalid_state"
    assert [a for a, _, _ in await audit_rows(harness)] == ["open", "extend", "close"]


async def test_alert_acknowledgement(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    second = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    await alice.ok("help:request", {})
    alert = await moderator.wait_for("mod:alert")
    done = await moderator.ok("mod:ack_alert", {"alert_id": alert["alert_id"]})
    assert done["alert"]["acknowledged"] is True
    assert (await second.wait_for("mod:alert_acknowledged"))["alert_id"] == alert["alert_id"]
    snapshot = await second.ok("mod:watch", {"room_id": seeded.room_ids[0]})
    assert snapshot["alerts"] == []
    audit = await moderator.ok("mod:audit", {"room_id": seeded.room_ids[0]})
    assert audit["audit"][0]["action"] == "ack_alert" and audit["audit"][0]["actor"]


async def test_participant_cannot_use_moderator_events(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await bob.ok("message:send", {"text": "hello"})
    pid = bob.welcome["participant"]["participant_id"]
    for event, payload in [
        ("mod:remove", {"message_id": ack["message_id"]}),
        ("mod:ban", {"participant_id": pid}),
        ("mod:watch", {"room_id": seeded.room_ids[0]}),
        ("mod:close", {"room_id": seeded.room_ids[0]}),
        ("mod:rooms", {}),
    ]:
        assert await alice.error(event, payload) == "forbidden", event
    assert await audit_rows(harness) == []
    await bob.ok("message:send", {"text": "still here"})


async def test_anonymous_socket_cannot_moderate_or_post(harness: Harness) -> None:
    seeded = await harness.seed()
    anonymous = await harness.connect()
    assert await anonymous.error("mod:close", {"room_id": seeded.room_ids[0]}) == "not_authenticated"
    assert await anonymous.error("message:send", {"text": "hi"}) == "not_authenticated"
    forged = await harness.connect({"Cookie": "consult_session=forged"})
    assert await forged.error("mod:rooms", {}) == "not_authenticated"


async def test_staff_cannot_join_as_participant(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator()
    payload = {"code": seeded.code(), "age_band": "12-14", "country": "FR", "language": "en", "consent": True}
    assert await moderator.error("join", payload) == "forbidden"


async def test_logged_out_moderator_loses_powers_at_once(harness: Harness) -> None:
    import aiohttp

    seeded = await harness.seed()
    cookie = await harness.staff_cookie()
    moderator = await harness.connect({"Cookie": cookie})
    await moderator.ok("mod:rooms")
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{harness.base_url}/api/logout", headers={"Cookie": cookie}) as resp:
            assert resp.status == 200
    assert await moderator.error("mod:close", {"room_id": seeded.room_ids[0]}) == "not_authenticated"


async def test_author_learns_the_decision_privately(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    first = await held_message(harness, alice, moderator, "what school do you go to? are you home alone?")
    second = await held_message(harness, alice, moderator, "you're so mature for your age, add me on snap")
    await moderator.ok("mod:reject", {"message_id": first})
    await moderator.ok("mod:approve", {"message_id": second})
    rejected = await alice.wait_for("message:status", lambda s: s["message_id"] == first)
    approved = await alice.wait_for("message:status", lambda s: s["message_id"] == second)
    assert rejected == {"message_id": first, "status": "rejected", "seq": None}
    assert approved["status"] in ("shown", "redacted") and approved["seq"] == 1
    await bob.settle()
    assert bob.events["message:status"] == []


async def test_alerts_reach_every_moderator_not_only_watchers(harness: Harness) -> None:
    seeded = await harness.seed(rooms=2)
    watcher_elsewhere = await harness.moderator(seeded.room_ids[1])
    not_watching = await harness.moderator()
    alice = await harness.participant(seeded.code(0))
    await alice.ok("help:request", {"note": "someone keeps messaging me"})
    for moderator in (watcher_elsewhere, not_watching):
        alert = await moderator.wait_for("mod:alert")
        assert alert["room_id"] == seeded.room_ids[0] and alert["kind"] == "help_request"
    rooms = await not_watching.ok("mod:rooms")
    assert [a["alert_id"] for a in rooms["alerts"]] == [alert["alert_id"]]
    await not_watching.ok("mod:ack_alert", {"alert_id": alert["alert_id"]})
    await watcher_elsewhere.wait_for("mod:alert_acknowledged")
    assert (await not_watching.ok("mod:rooms"))["alerts"] == []


async def test_moderators_see_who_is_online(harness: Harness) -> None:
    seeded = await harness.seed()
    moderator = await harness.moderator(seeded.room_ids[0])
    alice = await harness.participant(seeded.code())
    pid = alice.welcome["participant"]["participant_id"]
    online = await moderator.wait_for("mod:participant", lambda p: p["participant_id"] == pid and p["online"])
    assert online["pseudonym"] == alice.welcome["participant"]["pseudonym"]
    snapshot = await moderator.ok("mod:watch", {"room_id": seeded.room_ids[0]})
    assert [p["online"] for p in snapshot["participants"]] == [True]
    await alice.close()
    await moderator.wait_for("mod:participant", lambda p: p["participant_id"] == pid and not p["online"])
    snapshot = await moderator.ok("mod:watch", {"room_id": seeded.room_ids[0]})
    assert [p["online"] for p in snapshot["participants"]] == [False]


async def test_alert_details_survive_a_console_reload(harness: Harness) -> None:
    seeded = await harness.seed()
    alice, bob = await harness.participant(seeded.code()), await harness.participant(seeded.code())
    ack = await alice.ok("message:send", {"text": "nobody here has good ideas"})
    await bob.ok("message:report", {"message_id": ack["message_id"], "reason": "rude, call me on 07700 900123"})
    await bob.ok("help:request", {"note": "someone keeps messaging me"})
    moderator = await harness.moderator(seeded.room_ids[0])
    report, helped = moderator.welcome["alerts"]
    assert report["kind"] == "report" and report["reported_pseudonym"] == alice.welcome["participant"]["pseudonym"]
    assert report["pseudonym"] == bob.welcome["participant"]["pseudonym"] and report["text"] == ack["text"]
    assert "07700" not in report["note"] and report["note"].startswith("rude")
    assert helped["kind"] == "help_request" and helped["note"] == helped["text"] == "someone keeps messaging me"
    assert (await moderator.ok("mod:rooms"))["alerts"] == [report, helped]
