"""Drive explorer pages in the system's headless Chromium, offline.

Needs Debian's ``chromium`` package (/usr/bin/chromium) and the Python
``playwright`` package; Playwright's own browser download is never used.
Every test page runs in a context where any request that is not a local
file is aborted and recorded, so a page that needs the network fails.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("AIKG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium (the system one), shared by the session."""
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need the playwright package (pip install playwright)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class OfflinePage:
    """A page opened with the network cut; records console errors, dialogs and attempted requests."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("html[data-ready=true]", state="attached", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def count(self, what: str) -> int:
        """Return a number the page shows in its count line: nodes-shown, nodes-total, edges-shown, edges-total."""
        return int(self.page.get_attribute("#count", f"data-{what}"))

    def search(self, text: str) -> list[str]:
        """Type ``text`` in the search box; return the IRIs of the entities listed."""
        self.page.fill("#search", text)
        return self.page.eval_on_selector_all("#search-results button", "bs => bs.map(b => b.dataset.node)")

    def click_node(self, iri: str) -> None:
        """Click, on the canvas, the node of entity ``iri``."""
        x, y = self.page.evaluate(
            """iri => { const k = kgExplorer; const i = k.data.nodes.findIndex(n => n.iri === iri);
                        const p = k.network.canvasToDOM(k.network.getPositions([i])[i]);
                        const r = document.getElementById('graph').getBoundingClientRect();
                        return [r.left + p.x, r.top + p.y]; }""", iri)
        self.page.mouse.click(x, y)

    def click_edge(self, s: str, p: str, o: str) -> None:
        """Click, on the canvas, the middle of the relation ``s p o`` (IRIs, predicate local name)."""
        x, y = self.page.evaluate(
            """([s, p, o]) => { const k = kgExplorer, d = k.data;
                 const si = d.nodes.findIndex(n => n.iri === s), oi = d.nodes.findIndex(n => n.iri === o);
                 const pos = k.network.getPositions([si, oi]);
                 const a = k.network.canvasToDOM(pos[si]), b = k.network.canvasToDOM(pos[oi]);
                 const r = document.getElementById('graph').getBoundingClientRect();
                 return [r.left + (a.x + b.x) / 2, r.top + (a.y + b.y) / 2]; }""", [s, p, o])
        self.page.mouse.click(x, y)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(chromium):
    """Return ``open(path) -> OfflinePage``; after the test, assert no page needed the network or logged an error."""
    pages: list[OfflinePage] = []

    def open_(path: Path) -> OfflinePage:
        page = OfflinePage(chromium, path)
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()
    for page in pages:
        assert page.requests == [], f"the page tried the network: {page.requests}"
        assert page.errors == [], f"console errors: {page.errors}"
