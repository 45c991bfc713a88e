"""End to end in a real headless Chromium (Debian's, driven by Playwright): what a reader does.

Skipped where no chromium is installed; CI installs it (.ci/run).
"""

from __future__ import annotations

import os
import shutil

import pytest

from ..conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine: apt-get install chromium (CI does)")

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# SAIDWHAT_SCREENSHOTS=1 pytest tests/serve/test_browser.py renews the pictures in the docs.
SCREENSHOTS = ROOT / "docs" / "screenshots" if os.environ.get("SAIDWHAT_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def page(live_server):
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server)
        tab = context.new_page()
        tab.dialogs = []
        tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
        tab.blocked = []
        tab.on("console", lambda message: tab.blocked.append(message.text) if "Content Security Policy" in message.text else None)
        yield tab
        browser.close()


def _screenshot(page, name: str) -> None:
    """Keep a picture of the page for the docs, when asked to."""
    if SCREENSHOTS is not None:
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / name))


def test_search_speaker_timeline_article(page):
    page.goto("/")
    page.fill("input[name=q]", "troops")
    page.click("form.search button")
    page.wait_for_url("**/?q=troops*")
    rows = page.locator("table.statements tbody tr")
    assert rows.count() >= 2 and "troops" in rows.first.inner_text()
    _screenshot(page, "search.png")

    page.fill("input[name=q]", "")
    page.fill("input[name=speaker]", "Macron")
    page.click("form.search button")
    page.click("table.statements a.speaker >> text=Emmanuel Macron")
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text().startswith("Emmanuel Macron")
    chart = page.locator("svg#timeline")
    assert chart.is_visible() and page.locator("svg#timeline rect.bar").count() >= 2
    _screenshot(page, "speaker.png")

    page.click("td.quote a >> text=all these options are possible")
    page.wait_for_url("**/articles/macron-nato#s-*")
    quote = page.locator("mark.content", has_text="all these options are possible")
    assert quote.get_attribute("data-speaker") == "Emmanuel Macron"
    statement = quote.get_attribute("data-statements").split()[0]
    quote.hover()
    item = page.locator(f"li#s-{statement}")
    assert "lit" in item.get_attribute("class") and "Emmanuel Macron" in item.inner_text()
    assert "lit" in page.locator(f'mark.cue[data-statements~="{statement}"]').first.get_attribute("class")
    _screenshot(page, "article.png")
    assert page.blocked == []


def test_a_script_in_a_quote_is_shown_not_run(page):
    page.goto("/articles/script")
    mark = page.locator("mark.content", has_text="alert(1)")
    assert "<script>alert(1)</script>" in mark.inner_text()
    assert mark.get_attribute("data-speaker") == "Jane Doe"
    assert page.locator("article script").count() == 0
    page.wait_for_timeout(200)
    assert page.dialogs == []
