"""Two participants and a moderator in three browser contexts, against the real server."""

from __future__ import annotations

import re

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

XSS = "<img src=x onerror=alert(1)> hello"


async def test_chat_report_remove_help_and_alerts(browser: Browser, site: Site) -> None:
    alice = await new_page(browser, PHONE)
    bob = await new_page(browser, PHONE)
    mod = await new_page(browser, DESKTOP)
    requests: list[str] = []
    for page in (alice, bob, mod):
        page.on("request", lambda request: requests.append(request.url))

    alice_name = await join(alice, site, site.seeded.code(0))
    bob_name = await join(bob, site, site.seeded.code(0), country="ES")
    assert alice_name != bob_name
    await staff_login(mod, site, "/moderator", "moderator")
    await watch_room(mod, "Room 1")
    await expect(mod.locator("#people-list")).to_contain_text(bob_name)

    # A message reaches the other participant and the moderator; markup stays text.
    await send(alice, "I think apps should ask before sharing where we are.")
    await expect(log_message(bob, "ask before sharing")).to_contain_text(alice_name)
    await expect(mod.locator("#mod-message-list")).to_contain_text("ask before sharing")
    await expect(log_message(alice, "ask before sharing").locator(".status")).to_have_text("Sent")

    await send(bob, XSS)
    shown = log_message(alice, "hello").locator(".message-text")
    await expect(shown).to_have_text(XSS)
    assert await alice.locator("#message-list img").count() == 0
    await expect(mod.locator("#mod-message-list .held-text", has_text="hello")).to_have_text(XSS)
    assert await mod.locator("#mod-message-list img").count() == 0

    # Reporting a message raises an alert for the moderator.
    await log_message(alice, "hello").get_by_role("button", name=re.compile("Report")).click()
    await expect(log_message(alice, "hello")).to_contain_text("Reported")
    await expect(mod.locator("#alert-list")).to_contain_text("reported a message")

    # The moderator removes the message: it disappears for everyone.
    await mod.locator("#mod-message-list .mod-message", has_text="hello").get_by_role(
        "button", name=re.compile("Remove")
    ).click()
    await expect(log_message(alice, "hello")).to_have_count(0)
    await expect(log_message(bob, "hello")).to_have_count(0)
    await expect(mod.locator("#audit-list")).to_contain_text("remove")

    # "I need help" shows the helpline to the child and an alert to the moderator.
    await bob.get_by_role("button", name="I need help").click()
    dialog = bob.locator("#help-dialog")
    await expect(dialog).to_be_visible()
    await expect(dialog.locator("#help-status")).to_contain_text("A moderator has been told")
    await expect(dialog.locator(".helpline-number")).to_be_visible()
    await check_axe(bob, "participant: help dialog")
    await dialog.get_by_role("button", name="OK").click()
    await expect(dialog).to_be_hidden()

    banner = mod.locator("#alert-banner")
    help_alert = mod.locator("#alert-list .alert-item", has_text="pressed “I need help”")
    await expect(help_alert).to_contain_text(bob_name)
    await expect(mod.locator("#alert-live[role='alert']")).to_contain_text(bob_name)
    await expect(banner).to_be_visible()

    await send(alice, "We also need a button to block people easily.")
    await check_axe(mod, "moderator: room with alerts")

    await expect(log_message(bob, "block people")).to_be_visible()
    await check_axe(alice, "participant: room, own messages")
    await check_axe(bob, "participant: room, others' messages")
    await screenshot(bob, "participant-phone.png")
    await bob.set_viewport_size(DESKTOP)
    await screenshot(bob, "participant-desktop.png")

    # Alerts stay until acknowledged, one at a time.
    alerts = mod.locator("#alert-list .alert-item")
    while count := await alerts.count():
        await alerts.first.get_by_role("button", name=re.compile("^Acknowledge")).click()
        await expect(alerts).to_have_count(count - 1)
    await expect(banner).to_be_hidden()
    await expect(mod.locator("#audit-list")).to_contain_text("ack")

    # No CDN and no third party: every request stays on the server's origin.
    assert all(url.startswith(site.base_url) or url.startswith(("data:", "blob:")) for url in requests), {
        url for url in requests if not url.startswith(site.base_url)
    }
    for page in (alice, bob, mod):
        assert page_errors(page) == []


async def test_held_message_is_approved_with_a_keystroke(browser: Browser, site: Site) -> None:
    alice = await new_page(browser, PHONE)
    bob = await new_page(browser, PHONE)
    mod = await new_page(browser, DESKTOP)
    await join(alice, site, site.seeded.code(1))  # Room 2 is premoderated
    await join(bob, site, site.seeded.code(1))
    await staff_login(mod, site, "/moderator", "moderator")
    await watch_room(mod, "Room 2")

    await send(alice, "Games should have a kids mode with no chat from strangers.")
    own = log_message(alice, "kids mode")
    await expect(own.locator(".status")).to_have_text("Waiting for a moderator")
    await expect(own).to_contain_text("This is normal")
    await expect(alice.locator("#composer-status")).to_contain_text("waiting for a moderator")
    await check_axe(alice, "participant: held message")

    item = mod.locator("#held-list .held-item", has_text="kids mode")
    await expect(item).to_be_visible()
    await expect(mod.locator("#queue-heading")).to_contain_text("(1)")
    await expect(log_message(bob, "kids mode")).to_have_count(0)

    await item.focus()
    await mod.keyboard.press("a")
    await expect(item).to_have_count(0)
    await expect(log_message(bob, "kids mode")).to_be_visible()
    await expect(own.locator(".status")).to_have_text("Sent – a moderator checked it")
    await expect(mod.locator("#mod-message-list")).to_contain_text("kids mode")

    # R rejects: the message never reaches the others.
    await send(alice, "This one will be rejected by the moderator.")
    item = mod.locator("#held-list .held-item", has_text="rejected by")
    await item.focus()
    await mod.keyboard.press("r")
    await expect(item).to_have_count(0)
    await expect(mod.locator("#room-status")).to_contain_text("rejected")
    await expect(log_message(bob, "rejected by")).to_have_count(0)

    # Only the author hears the decision (message:status): "Not allowed", with a kind reason.
    rejected = log_message(alice, "rejected by")
    await expect(rejected.locator(".status")).to_have_text("Not allowed")
    await expect(rejected).to_have_attribute("data-status", "rejected")
    await expect(rejected).to_contain_text("You can say your idea again in a different way.")
    await expect(alice.locator("#room-notices[role='status']")).to_contain_text(
        "A moderator did not allow one of your messages."
    )
    await expect(bob.locator("#room-notices")).not_to_contain_text("did not allow")
    await check_axe(alice, "participant: rejected message")
    for page in (alice, bob, mod):
        assert page_errors(page) == []


async def test_safeguarding_support_note_and_alerts(browser: Browser, site: Site) -> None:
    child = await new_page(browser, PHONE)
    other = await new_page(browser, PHONE)
    mod = await new_page(browser, DESKTOP)
    child_name = await join(child, site, site.seeded.code(0))
    other_name = await join(other, site, site.seeded.code(0), country="GB")
    await staff_login(mod, site, "/moderator", "moderator")
    await watch_room(mod, "Room 1")

    # A self-harm disclosure: held, a private kind note with a helpline, an urgent alert.
    await send(child, "sometimes i want to hurt myself")
    await expect(log_message(child, "hurt myself").locator(".status")).to_have_text("Waiting for a moderator")
    note = child.locator("#support-note")
    await expect(note).to_be_visible()
    await expect(note).to_contain_text("Only you can see this note")
    await expect(note.locator(".helpline-number")).to_be_visible()
    await expect(log_message(other, "hurt myself")).to_have_count(0)
    await check_axe(child, "participant: support note")

    alert = mod.locator("#alert-list .alert-item", has_text="Possible self-harm")
    await expect(alert).to_contain_text(child_name)
    await expect(mod.locator("#alert-live[role='alert']")).to_contain_text("Possible self-harm")

    # A grooming-style question is held with its category shown to the moderator.
    await send(other, "how old are you? are you home alone?")
    held = mod.locator("#held-list .held-item", has_text="home alone")
    await expect(held.locator(".tag")).to_contain_text(["grooming"])
    await expect(mod.locator("#alert-list")).to_contain_text(f"Possible grooming: {other_name}")
    await send(child, "I would like games to have a report button for strangers.")
    await expect(mod.locator("#mod-message-list")).to_contain_text("report button")
    await check_axe(mod, "moderator: held queue and safeguarding alerts")
    await screenshot(mod, "moderator-desktop.png")
    await mod.set_viewport_size(PHONE)
    await screenshot(mod, "moderator-phone.png")
    await mod.set_viewport_size(DESKTOP)
    await held.get_by_role("button", name=re.compile("^Reject")).click()
    await expect(held).to_have_count(0)
    await expect(log_message(child, "home alone")).to_have_count(0)

    await alert.get_by_role("button", name=re.compile("^Acknowledge")).click()
    await expect(alert).to_have_count(0)
    for page in (child, other, mod):
        assert page_errors(page) == []


@pytest.mark.parametrize("path", ["/", "/moderator", "/secretariat"])
async def test_pages_reflow_at_320_css_pixels(browser: Browser, site: Site, path: str) -> None:
    """WCAG 1.4.10: 320 CSS px wide (1280 px at 400% zoom) needs no sideways scrolling."""
    page = await new_page(browser, {"width": 320, "height": 640})
    if path == "/":
        # The join screen, now with "I need help" in the top bar too.
        await open_page(page, f"{site.base_url}/")
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the join screen is {width}px wide at 320px"
        await join(page, site, site.seeded.code(0))
        await send(page, "A long word: supercalifragilisticexpialidocious-and-even-longer-than-that")
    else:
        role = "moderator" if path == "/moderator" else "secretariat"
        await staff_login(page, site, path, role)
        if role == "moderator":
            await watch_room(page, "Room 1")
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{path} is {width}px wide at 320px"
