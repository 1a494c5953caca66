"""The docs site (`make docs`, in build/site): every internal link resolves, and a real browser (Debian's
Chromium, driven by Playwright) shows what a person would check: navigation, search, a method with its signature and
example, a model reached from it, no console errors, no accessibility violations (axe-core), and screenshots."""

from __future__ import annotations

import functools
import shutil
import subprocess
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from tests.conftest import ROOT

SITE = ROOT / "build" / "site"
SCREENSHOTS = ROOT / "build" / "site-screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def site() -> Path:
    """The built site; built here when `make docs` has not run (so the test alone works too)."""
    if not (SITE / "index.html").is_file():
        subprocess.run(["make", "docs"], cwd=ROOT, check=True, capture_output=True)
    return SITE


class _Page(HTMLParser):
    """A page's link targets and element ids."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))


@functools.cache
def parsed(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(root: Path) -> list[str]:
    """Every internal link of the site whose page or anchor does not exist."""
    broken = []
    for page in sorted(root.rglob("*.html")):
        if page.relative_to(root) == Path("404.html"):
            continue  # served at any missing path, so its links are from the site's root
        for href in parsed(page).links:
            url, fragment = urldefrag(href)
            if urlsplit(url).scheme or url.startswith("//") or href.startswith("mailto:"):
                continue  # outside the site (the repository's address, Voyado's pages)
            target = (page.parent / unquote(url)).resolve() if url else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(root)}: {href} (no such page)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in parsed(target).ids:
                broken.append(f"{page.relative_to(root)}: {href} (no such anchor)")
    return broken


def test_every_internal_link_of_the_site_resolves(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 150  # the guides, a page per service and per model
    assert broken_links(site) == []


def test_the_link_check_finds_a_broken_link_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../b/">b</a><a href="#gone">x</a>')
    (tmp_path / "index.html").write_text(
        '<a href="a/#top">a</a><a href="a/#nope">a</a><a href="https://x.example">x</a>'
    )
    assert broken_links(tmp_path) == [
        "a/index.html: ../b/ (no such page)",
        "a/index.html: #gone (no such anchor)",
        "index.html: a/#nope (no such anchor)",
    ]


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The site on 127.0.0.1 (a browser's search needs http, not file://)."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the test's output stays readable
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium from Debian (`make chromium` installs it; without it the test fails, it is not skipped)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only this test drives a browser

    executable = shutil.which("chromium")
    assert executable, "Chromium is not installed: `make chromium` installs Debian's package"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


def open_page(browser: Any, url: str) -> tuple[Any, list[str]]:
    """A page at `url`, with the console errors and page errors it shows; any request off the loopback fails."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    page.goto(url, wait_until="networkidle")
    return page, errors


def axe_violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result["violations"]]


def test_the_home_page_renders_with_navigation_and_is_accessible(browser: Any, served: str) -> None:
    page, errors = open_page(browser, f"{served}/")
    navigation = page.locator("nav.md-nav--primary").inner_text()
    assert "Getting started" in navigation and "Reference" in navigation and "orders" in navigation
    assert page.locator("h1").first.inner_text().rstrip("¶") == "voyado-engage SDK"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)
    assert axe_violations(page) == []
    assert errors == []


def test_searching_register_finds_orders_register(browser: Any, served: str) -> None:
    page, errors = open_page(browser, f"{served}/")
    page.locator("input.md-search__input").click(force=True)
    page.keyboard.type("register", delay=20)
    results = page.locator(".md-search-result__list a")
    results.first.wait_for(timeout=15000)
    targets = [urlsplit(results.nth(index).get_attribute("href") or "") for index in range(results.count())]
    assert any(t.path.endswith("/reference/orders/") and t.fragment == "register" for t in targets), targets
    assert errors == []


def test_a_method_page_shows_its_signature_and_example_and_links_its_model(browser: Any, served: str) -> None:
    page, errors = open_page(browser, f"{served}/reference/orders/#register")
    text = page.locator("article").inner_text()
    assert "sdk.orders.register(" in text and "request_body: Order | OrderParam" in text  # the signature
    assert "result = sdk.orders.register(" in text  # the example
    page.screenshot(path=str(SCREENSHOTS / "method.png"), full_page=False)
    assert axe_violations(page) == []
    page.locator("article a[href$='models/order/']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/reference/models/order/")
    assert (
        page.locator("h1").first.inner_text().rstrip("¶") == "Order"
        and "order_number" in page.locator("article").inner_text()
    )
    assert errors == []
