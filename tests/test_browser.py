"""The built site in a real browser: read from disk (file://) with no network,
and served over HTTP as on GitHub Pages.

Chromium (/usr/bin/chromium) is driven by Playwright. Every request that
leaves the site (anything but the site's folder, or its local server) is
aborted and counted; there must be none. Screenshots of the key pages go to
tests/artifacts/.
"""

from __future__ import annotations

import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

from generator.cli import main
from tests.conftest import CORPUS

from .browser import CHROMIUM, VIEWPORT, RequestLog, launch, screenshot, search, serve

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package "
                "(`apt-get install -y chromium`, as .ci/run does)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
QUERIES = ("Kono", "Esper", "GSOMIA")
MODES = ("file", "http")
BRIEFING_PAGE = re.compile(r"/briefings/(?!index\.html)[^/]+\.html$")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser")
    code = main([
        "build", "--input", str(SEEDS),
        "--docs", str(out / "docs"), "--site", str(out / "site"),
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
    ])
    assert code == 0
    return out / "site"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def http_base(site):
    with serve(site) as base:
        yield base


@pytest.fixture(params=MODES)
def base(request, site) -> str:
    """The site's root URL, ending in '/': its folder (file://) or its local server."""
    if request.param == "file":
        return site.as_uri() + "/"
    return request.getfixturevalue("http_base")


@contextmanager
def fresh_page(browser, base: str):
    """A fresh page with every request outside `base` blocked and logged, and the page's errors."""
    context = browser.new_context(viewport=VIEWPORT)
    log = RequestLog(allowed=base)
    log.attach(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page, log, errors
    finally:
        context.close()


@pytest.fixture
def visit(browser, base):
    with fresh_page(browser, base) as visiting:
        yield visiting


def mode_of(base: str) -> str:
    return "file" if base.startswith("file:") else "http"


def briefings_mentioning(site: Path, word: str) -> set[str]:
    """Names of the briefing pages whose text has `word` as a whole search term
    (not only in a possessive, which the search tokenizer keeps as one term)."""
    term = re.compile(rf"\b{re.escape(word)}\b(?!['’])", re.I)
    found = set()
    for page in (site / "briefings").glob("*.html"):
        if page.name != "index.html":
            text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
            if term.search(text):
                found.add(page.name)
    return found


def click_link(page, href_pattern: re.Pattern, scope: str = "body") -> str:
    """Click the first visible link in `scope` whose URL matches; return that URL."""
    links = page.locator(f"{scope} a[href]:visible")
    for i in range(links.count()):
        link = links.nth(i)
        url = link.evaluate("a => a.href")
        if href_pattern.search(url):
            with page.expect_navigation():
                link.click()
            return url
    raise AssertionError(f"no visible link matching {href_pattern.pattern} on {page.url}")


def test_walk_from_home_to_a_briefing_by_links(visit, base):
    page, log, errors = visit
    mode = mode_of(base)
    page.goto(base + "index.html")
    assert page.locator("h1").first.inner_text().strip()
    screenshot(page, f"{mode}-home")

    click_link(page, re.compile(r"/briefings/index\.html$"))
    assert page.url == base + "briefings/index.html"
    screenshot(page, f"{mode}-briefings")

    target = click_link(page, BRIEFING_PAGE, scope=".md-content")
    assert page.url == target
    assert page.locator(".md-content h1").first.inner_text().strip()
    screenshot(page, f"{mode}-briefing")

    assert log.outside == []
    assert errors == []


def test_styles_and_icons_are_loaded(visit, base):
    page, log, _ = visit
    page.goto(base + "briefings/index.html")
    style = page.evaluate("""() => {
        const header = getComputedStyle(document.querySelector('.md-header'));
        const icon = document.querySelector('.md-search__icon svg, .md-header__button svg').getBoundingClientRect();
        return {
            header: header.backgroundColor, position: header.position,
            font: getComputedStyle(document.body).fontFamily,
            icon: [icon.width, icon.height],
        };
    }""")
    assert style["header"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert style["position"] == "sticky"
    assert "Times" not in style["font"]  # the browser's default serif means no stylesheet
    assert all(8 <= side <= 48 for side in style["icon"]), style["icon"]
    assert log.outside == []


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_briefings(visit, base, site, query):
    page, log, errors = visit
    page.goto(base + "index.html")
    results = search(page, query)
    screenshot(page, f"{mode_of(base)}-search-{query.lower()}")

    expected = briefings_mentioning(site, query)
    assert expected, f"no seed briefing mentions {query}"
    found = {url.rsplit("/", 1)[1] for url in results if BRIEFING_PAGE.search(url)}
    assert expected <= found, results
    assert all(url.startswith(base) for url in results)
    assert log.outside == []
    assert errors == []


def test_search_worker_shim_runs_only_from_disk(visit, base):
    page, _, _ = visit
    page.goto(base + "index.html")
    assert page.locator(".md-search").is_visible()
    shim = page.evaluate("typeof window.IFrameWorker")
    assert shim == ("function" if base.startswith("file:") else "undefined")


def test_every_page_is_reachable_from_disk_by_links(browser, site):
    base = site.as_uri() + "/"
    context = browser.new_context(viewport=VIEWPORT)
    log = RequestLog(allowed=base)
    log.attach(context)
    page = context.new_page()
    todo, seen = [base + "index.html"], set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url)
        assert page.locator("h1").count(), f"{url}: no heading"
        for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"):
            target = urldefrag(href.split("?")[0]).url
            if not target.startswith(base):
                continue
            # A folder link (pretty URL) shows a directory listing from disk.
            assert (site / unquote(target[len(base):])).is_file(), f"{url} links to {href}: no such file"
            if target.endswith(".html"):
                todo.append(target)
    context.close()
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
    assert {url[len(base):] for url in seen} == pages
    assert log.outside == []


def test_after_briefing_add_search_from_disk_finds_old_and_new_briefings(browser, tmp_path, monkeypatch, capsys):
    # `briefing add` rebuilds the site taking the unchanged pages from the site in use
    # (see `site.py`): the search index must still list them, and the new one.
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "seeds")
    monkeypatch.chdir(project)
    locations = [
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"), "--docs", "site_src", "--site", "site",
    ]
    assert main(["build", *locations]) == 0
    site = project / "site"
    before = {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*.html")}
    assert main(["add", str(CORPUS / "015_japantimes-milley-mid-november-visit.txt"), *locations]) == 0
    assert "pages as they were)" in capsys.readouterr().err
    kept = {path for path, inode in before.items() if (site / path).stat().st_ino == inode}
    base = site.as_uri() + "/"
    with fresh_page(browser, base) as (page, log, errors):
        page.goto(base + "index.html")
        for query in ("Milley", "Esper"):
            expected = briefings_mentioning(site, query)
            found = {url.rsplit("/", 1)[1] for url in search(page, query) if BRIEFING_PAGE.search(url)}
            assert expected and expected <= found, (query, found)
        # Pages taken as they were are found by what they hold, as before.
        found = {url[len(base):] for url in search(page, "Chung")}
        assert found & kept, (found, sorted(kept))
    assert log.outside == [] and errors == []
