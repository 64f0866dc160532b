"""Moderator room controls and the secretariat page, in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

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
