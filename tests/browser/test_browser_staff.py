"""Moderator room controls and the secretariat page, in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from consult_server.app import SIO
from tests.browser.browser_helpers import (
    DESKTOP,
    PHONE,
    Site,
    check_axe,
    join,
    log_message,
    new_page,
    open_page,
    page_errors,
    screenshot,
    send,
    staff_login,
    watch_room,
)

pytestmark = pytest.mark.browser

CONSULTATION_TOML = """
title = "Cities for children"
topic = "How can our streets and parks be safer and more fun?"
questions = ["Where do you like to play?", "What would you change first?"]
languages = ["en", "fr", "ar"]
timezone = "Europe/Paris"
invite_codes = 3

[[rooms]]
name = "Morning room"
opens_at = 2030-03-02T10:00:00
closes_at = 2030-03-02T11:00:00
"""


async def test_moderator_controls_reach_the_participant(browser: Browser, site: Site) -> None:
    child = await new_page(browser, PHONE)
    mod = await new_page(browser, DESKTOP)
    name = await join(child, site, site.seeded.code(0))
    await staff_login(mod, site, "/moderator", "moderator")
    await check_axe(mod, "moderator: rooms overview")
    await expect(mod.locator("#room-list")).to_contain_text("Room 2")
    await watch_room(mod, "Room 1")
    person = mod.locator("#people-list .person", has_text=name)
    await expect(person).to_contain_text("12-14 · FR")

    # Pin a question.
    await mod.fill("#pin-text", "What would you change first?")
    await mod.get_by_role("button", name="Pin", exact=True).click()
    await expect(child.locator("#pinned-text")).to_have_text("What would you change first?")

    # Slow mode: the hint explains it, a second quick message is refused kindly.
    await mod.fill("#slow-seconds", "30")
    await mod.get_by_role("button", name="Set slow mode").click()
    await expect(child.locator("#composer-hint")).to_contain_text("one message every 30 seconds")
    await send(child, "Parks need more lights in the evening.")
    await child.fill("#message-input", "And more benches please.")
    await child.click("#send-button")
    await expect(child.locator("#composer-status")).to_contain_text(re.compile(r"send again in \d+ seconds"))
    await expect(child.locator("#send-button")).to_be_disabled()
    await expect(child.locator("#message-input")).to_have_value("And more benches please.")
    await mod.fill("#slow-seconds", "0")
    await mod.get_by_role("button", name="Set slow mode").click()

    # Mute, then kick: the child is told in words and can come back after a kick.
    await person.get_by_role("button", name=re.compile("^Mute 10 min")).click()
    await expect(child.locator("#room-notices")).to_contain_text("paused your messages")
    await expect(person).to_contain_text("muted until")
    await person.get_by_role("button", name=re.compile("^Unmute")).click()
    await expect(child.locator("#room-notices")).to_contain_text("You can send messages again.")

    await person.get_by_role("button", name=re.compile("^Kick")).click()
    await expect(child.locator("#view-kicked")).to_be_visible()
    await expect(child.locator("#kicked-text")).to_contain_text("for a moment")
    await check_axe(child, "participant: kicked")
    await child.get_by_role("button", name="Go back to the chat").click()
    await expect(child.locator("#view-room")).to_be_visible()
    await expect(log_message(child, "more lights")).to_be_visible()

    # Extend, then close now: the child sees the closed state.
    await mod.fill("#extend-minutes", "15")
    await mod.get_by_role("button", name="Extend", exact=True).click()
    await expect(mod.locator("#room-status")).to_contain_text("extended by 15 minutes")
    await expect(child.locator("#countdown-text")).to_contain_text("about 74 minutes")
    await mod.get_by_role("button", name="Close now").click()
    await expect(child.locator("#closed-state")).to_be_visible()
    for action in ("pin", "slow_mode", "mute", "kick", "extend", "close"):
        await expect(mod.locator("#audit-list")).to_contain_text(action)
    await check_axe(mod, "moderator: closed room")
    assert page_errors(child) == [] and page_errors(mod) == []


async def test_secretariat_lists_creates_and_exports(browser: Browser, site: Site, tmp_path: Path) -> None:
    page = await new_page(browser, DESKTOP)
    await open_page(page, f"{site.base_url}/secretariat")
    await check_axe(page, "secretariat: login")
    await page.fill("#login-name", "secretariat")
    await page.fill("#login-password", "wrong password")
    await page.click("#login-form button[type='submit']")
    await expect(page.locator("#login-error")).to_have_text("The name or password is wrong.")
    await staff_login(page, site, "/secretariat", "secretariat")

    cards = page.locator("article.consultation")
    await expect(cards).to_have_count(1)
    seeded = page.locator("article.consultation", has_text="Staying safe online")
    await expect(seeded.locator("tbody tr")).to_have_count(2)
    await expect(seeded).to_contain_text("Invite codes used: 0 of 16")
    invite_link = seeded.get_by_role("link", name="Download invite codes (CSV)")
    await expect(invite_link).to_have_attribute(
        "href", f"/api/consultations/{site.seeded.consultation_id}/invites.csv"
    )

    upload = tmp_path / "cities.toml"
    upload.write_text(CONSULTATION_TOML, encoding="utf-8")
    await page.set_input_files("#upload-file", str(upload))
    await page.click("#upload-form button[type='submit']")
    await expect(page.locator("#upload-status")).to_contain_text("created with 3 invite codes")
    await expect(cards).to_have_count(2)
    await expect(page.locator("article.consultation", has_text="Cities for children")).to_contain_text(
        "Morning room"
    )

    # Exports: a real download when the export service is installed, otherwise the counts.
    probe = await page.request.get(
        f"{site.base_url}/api/consultations/{site.seeded.consultation_id}/export?format=json"
    )
    exports = probe.status != 404
    status = seeded.locator(".action-status")
    if exports:
        async with page.expect_download() as download_info:
            await seeded.get_by_role("button", name="JSON").click()
        assert (await download_info.value).suggested_filename.endswith(".json")
        await seeded.get_by_role("button", name="Create report").click()
        await seeded.get_by_role("button", name="Publish report").click()
        await expect(status).to_contain_text("The report is published.")
        await expect(status.get_by_role("link", name="Published reports")).to_be_visible()
    else:
        await seeded.get_by_role("button", name="JSON").click()
        await expect(status).to_contain_text("Exports are not available on this server yet.")
        await expect(status).to_contain_text("Messages: 0 visible, 0 waiting, 0 removed")

    await check_axe(page, "secretariat: consultations")
    await screenshot(page, "secretariat-desktop.png")
    await page.set_viewport_size(PHONE)
    await screenshot(page, "secretariat-phone.png")
    await check_axe(page, "secretariat: consultations (phone)")

    # Staff pages are translated too.
    await page.select_option("#ui-language", "ru")
    await expect(page.locator("html")).to_have_attribute("lang", "ru")
    await expect(page.locator("#upload-heading")).to_have_text("Создать консультацию")
    assert page_errors(page) == []


async def test_moderator_login_page_is_accessible(browser: Browser, site: Site) -> None:
    page = await new_page(browser, PHONE)
    await open_page(page, f"{site.base_url}/moderator")
    await expect(page.locator("#login-view")).to_be_visible()
    await check_axe(page, "moderator: login")
    await page.select_option("#ui-language", "ar")
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await expect(page.locator("#login-heading")).to_have_text("تسجيل الدخول")
    await check_axe(page, "moderator: login (Arabic)")
    assert page_errors(page) == []


def browser_sids(site: Site) -> list[str]:
    """Socket ids of the browser pages: every socket that is not one of the test's Python clients."""
    python_sids = {client.sio.get_sid() for client in site.harness.clients if client.sio.connected}
    return [sid for sid in site.harness.app[SIO].manager.rooms["/"][None] if sid not in python_sids]


async def test_alerts_from_every_room_and_after_a_reconnect(browser: Browser, site: Site) -> None:
    room1, room2 = site.seeded.room_ids
    # Before any moderator is here: a child in Room 2 asks for help.
    early = await site.harness.participant(site.seeded.code(1))
    await early.ok("help:request", {"note": "someone keeps messaging me"})
    early_name = early.welcome["participant"]["pseudonym"]

    mod = await new_page(browser, DESKTOP)
    await staff_login(mod, site, "/moderator", "moderator")
    # On load, mod:rooms brings every unacknowledged alert, without watching any room.
    banner = mod.locator("#alert-banner")
    alerts = mod.locator("#alert-list .alert-item")
    first = alerts.filter(has_text=early_name)
    await expect(banner).to_be_visible()
    await expect(first).to_contain_text("pressed “I need help”")
    await expect(first).to_contain_text("Room 2")
    await expect(mod.locator(".room-button", has_text="Room 2 ·")).to_contain_text("1 alerts")
    await expect(mod.locator("#alert-live[role='alert']")).to_contain_text(early_name)

    # Watching Room 1, a live alert from Room 2 still arrives, with a way to go there.
    await watch_room(mod, "Room 1")
    other = await site.harness.participant(site.seeded.code(1))
    other_name = other.welcome["participant"]["pseudonym"]
    await other.ok("help:request", {})
    second = alerts.filter(has_text=other_name)
    await expect(second).to_be_visible()
    await expect(mod.locator("#alert-live")).to_contain_text(f"{other_name} pressed “I need help” (Room 2)")
    await expect(second.get_by_role("button", name="Go to the room")).to_be_visible()
    await check_axe(mod, "moderator: alerts from another room")

    # Another moderator acknowledges one: it leaves this banner too.
    colleague = await site.harness.moderator()
    rooms = await colleague.ok("mod:rooms")
    ids = {alert["pseudonym"]: alert["alert_id"] for alert in rooms["alerts"]}
    await colleague.ok("mod:ack_alert", {"alert_id": ids[early_name]})
    await expect(first).to_have_count(0)
    await expect(alerts).to_have_count(1)

    # A report in Room 1 names the author of the reported message and the (redacted) reason.
    author = await site.harness.participant(site.seeded.code(0))
    reporter = await site.harness.participant(site.seeded.code(0))
    sent = await author.ok("message:send", {"text": "That idea is a bit boring tbh."})
    await reporter.ok("message:report", {"message_id": sent["message_id"], "reason": "This is unkind to me"})
    report = alerts.filter(has_text="reported a message")
    await expect(report).to_contain_text(f"Message written by {author.welcome['participant']['pseudonym']}")
    await expect(report).to_contain_text("That idea is a bit boring tbh.")
    await expect(report).to_contain_text("Reason given: This is unkind to me")

    # Cut the console off. While it is away one alert is acknowledged and a new one raised.
    await mod.context.set_offline(True)
    for sid in browser_sids(site):
        await site.harness.app[SIO].disconnect(sid)
    await expect(mod.locator("#connection-status")).to_contain_text("Connection lost")
    await colleague.ok("mod:ack_alert", {"alert_id": ids[other_name]})
    late = await site.harness.participant(site.seeded.code(1))
    late_name = late.welcome["participant"]["pseudonym"]
    await late.ok("help:request", {})
    await mod.context.set_offline(False)

    # After the reconnect the banner matches the server: the new one in, the acknowledged one out.
    await expect(alerts.filter(has_text=late_name)).to_be_visible(timeout=15_000)
    await expect(alerts.filter(has_text=other_name)).to_have_count(0)
    await expect(alerts).to_have_count(2)
    await expect(mod.locator("#room-heading")).to_have_text("Room 1")
    # What the live alert said about the report is kept (the snapshot has fewer fields).
    await expect(report).to_contain_text("Reason given: This is unkind to me")

    # "Go to the room" watches Room 2 from an alert there.
    await alerts.filter(has_text=late_name).get_by_role("button", name="Go to the room").click()
    await expect(mod.locator("#room-heading")).to_have_text("Room 2")
    await expect(alerts.filter(has_text=late_name).get_by_role("button", name="Go to the room")).to_have_count(0)
    assert room1 != room2
    assert page_errors(mod) == []


async def test_participants_online_and_joined_counts(browser: Browser, site: Site) -> None:
    mod = await new_page(browser, DESKTOP)
    await staff_login(mod, site, "/moderator", "moderator")
    await watch_room(mod, "Room 1")
    meta = mod.locator("#room-meta")
    room_item = mod.locator(".room-button", has_text="Room 1 ·")
    await expect(meta).to_contain_text("0 joined · 0 online now")

    # A child joins in the browser: listed as online at once (mod:participant).
    child = await new_page(browser, PHONE)
    child_name = await join(child, site, site.seeded.code(0))
    child_row = mod.locator("#people-list .person", has_text=child_name)
    await expect(child_row.locator(".person-status")).to_have_text("online")
    await expect(meta).to_contain_text("1 joined · 1 online now")
    await expect(room_item).to_contain_text("1 joined · 1 online now")

    # A second one joins, then goes offline: still joined, no longer online.
    other = await site.harness.participant(site.seeded.code(0))
    other_name = other.welcome["participant"]["pseudonym"]
    other_row = mod.locator("#people-list .person", has_text=other_name)
    await expect(other_row.locator(".person-status")).to_have_text("online")
    await expect(meta).to_contain_text("2 joined · 2 online now")
    await other.close()
    await expect(other_row.locator(".person-status")).to_have_text("offline")
    await expect(meta).to_contain_text("2 joined · 1 online now")
    await check_axe(mod, "moderator: participants online and offline")

    # Banning the offline one: joined counts only people who are not banned.
    colleague = await site.harness.moderator()
    await colleague.ok("mod:ban", {"participant_id": other.welcome["participant"]["participant_id"]})
    await expect(other_row.locator(".person-status")).to_have_text("offline · banned")
    await expect(meta).to_contain_text("1 joined · 1 online now")

    # The child closes the page: offline too; a reload of the console shows the same.
    await child.close()
    await expect(child_row.locator(".person-status")).to_have_text("offline")
    await expect(meta).to_contain_text("1 joined · 0 online now")
    await mod.reload()
    await expect(mod.locator("#app-view")).to_be_visible()
    await watch_room(mod, "Room 1")
    await expect(meta).to_contain_text("1 joined · 0 online now")
    await expect(mod.locator("#people-list .person", has_text=other_name)).to_contain_text("offline · banned")
    assert page_errors(mod) == []
