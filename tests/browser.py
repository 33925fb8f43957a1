"""Helpers for the browser tests: the system Chromium driven by Playwright, a
request log that blocks everything outside the site, a local HTTP server,
and the theme's search box.

Playwright never downloads a browser here: it launches /usr/bin/chromium
(Debian's package; `.ci/run` installs it when missing).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# Desktop width: the theme shows the search box and the section tabs from 76.25em.
VIEWPORT = {"width": 1280, "height": 900}


def launch(playwright):
    """Start the system Chromium, headless, with no background network."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(LAUNCH_ARGS))


@dataclass
class RequestLog:
    """Every request a browser context makes; those outside `allowed` (a URL
    prefix: the site's folder or server) are aborted and kept in `outside`."""

    allowed: str
    seen: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def attach(self, context) -> None:
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        self.seen.append(url)
        if url.startswith(self.allowed):
            route.fallback()
        else:
            self.outside.append(url)
            route.abort()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (a free port) in a thread; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def search(page, query: str) -> list[str]:
    """Type `query` into the header's search box; return the result links
    (absolute URLs without query string or fragment, in result order)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    # Let the previous query's results go before typing the next one.
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    # Typed key by key: the theme reads the query on keyup, not on input.
    box.press_sequentially(query)
    # The theme shows "N matching documents" (or "No matching documents")
    # with the results once the worker has answered this query.
    page.wait_for_function(
        """q => {
            const meta = document.querySelector('.md-search-result__meta');
            return document.querySelector('.md-search__input').value === q && meta
                && /matching document/i.test(meta.textContent)
                && (/^No /.test(meta.textContent) || !!document.querySelector('.md-search-result__item'));
        }""",
        arg=query,
    )
    # Results for a prefix of the query may still be on screen: wait until
    # what is shown stays the same for a moment.
    _wait_until_stable(page)
    # The theme renders ten results, then four more each time the list is
    # scrolled to its end (a change of "at the end": so leave it, then return).
    total = _result_count(page.locator(".md-search-result__meta").inner_text())
    items = page.locator(".md-search-result__item")
    while (shown := items.count()) < total:
        page.locator(".md-search__scrollwrap").evaluate("""async el => {
            const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            el.scrollTo(0, 0); await frame();
            el.scrollTo(0, el.scrollHeight); await frame();
        }""")
        page.wait_for_function(
            "n => document.querySelectorAll('.md-search-result__item').length > n", arg=shown, timeout=20000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(a => a.href)")
    page.locator(".md-search__scrollwrap").evaluate("el => el.scrollTo(0, 0)")
    return list(dict.fromkeys(h.split("?")[0].split("#")[0] for h in hrefs))


def _wait_until_stable(page, pause_ms: int = 400, tries: int = 20) -> None:
    read = """() => [document.querySelector('.md-search-result__meta')?.textContent,
                     Array.from(document.querySelectorAll('.md-search-result__item > a')).map(a => a.href).join(' ')]"""
    last = page.evaluate(read)
    for _ in range(tries):
        page.wait_for_timeout(pause_ms)
        now = page.evaluate(read)
        if now == last:
            return
        last = now


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as tests/artifacts/NAME.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _result_count(meta: str) -> int:
    words = meta.split()
    return int(words[0]) if words and words[0].isdigit() else 0
