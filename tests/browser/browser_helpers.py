"""Page helpers shared by the browser tests: joining, logging in, axe-core, screenshots."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, expect

from tests.support.server import Harness, Seeded

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
_ROOT = Path(__file__).resolve().parents[2]
# The README's pictures are refreshed on purpose (CONSULT_UPDATE_SCREENSHOTS=1); ordinary runs
# write to test-results/ so a test run does not leave the work tree changed.
SCREENSHOTS = (
    _ROOT / "docs" / "screenshots"
    if os.environ.get("CONSULT_UPDATE_SCREENSHOTS") == "1"
    else _ROOT / "test-results" / "screenshots"
)

# page state label -> {impact: count}; written to test-results/axe-summary.json at the end.
AXE_RESULTS: dict[str, dict[str, Any]] = {}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@dataclass
class Site:
    harness: Harness
    seeded: Seeded
    logins: dict[str, str]

    @property
    def base_url(self) -> str:
        return self.harness.base_url


async def new_page(browser: Browser, viewport: dict[str, int] = PHONE, locale: str = "en-GB") -> Page:
    """A page in a fresh context (its own cookies and sessionStorage), failing on page errors."""
    context: BrowserContext = await browser.new_context(viewport=viewport, locale=locale)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"unexpected dialog: {dialog.message}"))
    page.errors = errors  # type: ignore[attr-defined]
    return page


def page_errors(page: Page) -> list[str]:
    return list(page.errors)  # type: ignore[attr-defined]


async def open_page(page: Page, url: str) -> None:
    await page.goto(url)
    await expect(page.locator("body")).to_have_attribute("data-ready", "true")


async def join(page: Page, site: Site, code: str, country: str = "FR") -> str:
    """Join through the form; returns the pseudonym and leaves the page in the room."""
    await open_page(page, f"{site.base_url}/")
    await page.fill("#join-code", code)
    await page.locator("label[for='age-1']").click()
    await page.select_option("#join-country", country)
    await page.check("#join-consent")
    await page.click("#join-form button[type='submit']")
    name = page.locator("#welcome-pseudonym")
    await expect(name).to_have_text(re.compile(r"\w+"))
    pseudonym = (await name.text_content() or "").strip()
    await page.click("#welcome-continue")
    await expect(page.locator("#view-room")).to_be_visible()
    return pseudonym


async def send(page: Page, text: str) -> None:
    """Type and send; waits for the acknowledgement (the box empties)."""
    await page.fill("#message-input", text)
    await page.click("#send-button")
    await expect(page.locator("#message-input")).to_have_value("")


def log_message(page: Page, text: str) -> Any:
    return page.locator("#message-list .message", has=page.locator(".message-text", has_text=text))


async def staff_login(page: Page, site: Site, path: str, role: str) -> None:
    await open_page(page, f"{site.base_url}{path}")
    await page.fill("#login-name", role)
    await page.fill("#login-password", site.logins[role])
    await page.click("#login-form button[type='submit']")
    await expect(page.locator("#app-view")).to_be_visible()


async def watch_room(page: Page, room_name: str) -> None:
    await page.locator(".room-button", has_text=f"{room_name} ·").click()
    await expect(page.locator("#room-heading")).to_have_text(room_name)


async def check_axe(page: Page, label: str) -> dict[str, int]:
    """Run axe-core (served from web/node_modules) and fail on serious or critical violations."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.add_script_tag(url="/vendor/axe-core/axe.min.js")
    violations: list[dict[str, Any]] = await page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
            }));
        }""",
        AXE_TAGS,
    )
    counts: dict[str, int] = {"critical": 0, "serious": 0, "moderate": 0, "minor": 0}
    for violation in violations:
        counts[violation["impact"] or "minor"] = counts.get(violation["impact"] or "minor", 0) + 1
    AXE_RESULTS[label] = {"counts": counts, "violations": violations}
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, f"axe on {label}: {bad}"
    return counts


async def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.evaluate("window.scrollTo(0, 0)")
    await page.screenshot(path=str(SCREENSHOTS / name))
