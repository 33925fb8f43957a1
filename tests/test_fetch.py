"""`fetch`: one page over HTTP(S), with bounded redirects, time and size, and a clear reason for each failure.

Every request goes to a local server (tests/webserver.py); the DNS case uses
a name under `.invalid`, which never resolves.
"""

from __future__ import annotations

import re
import socket
import time

import pytest

from generator import __version__
from generator.errors import BriefingError, FetchError
from generator.fetch import FEED_TYPES, MAX_BYTES, MAX_REDIRECTS, fetch, user_agent
from tests.webserver import RSS, article_page, web  # noqa: F401 - the fixture

PAGE = article_page(["Seoul said on Friday it would end the intelligence-sharing pact with Tokyo."])


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def chain(web, name: str, hops: int) -> str:
    """`hops` redirects, the last one to the page; the first URL."""
    web.route(f"/{name}/end", body=PAGE)
    for hop in range(hops):
        target = f"/{name}/end" if hop == hops - 1 else f"/{name}/{hop + 1}"
        web.redirect(f"/{name}/{hop}", target, status=(301, 302, 303, 307, 308)[hop % 5])
    return web.url(f"/{name}/0")


def test_a_page_comes_back_as_served(web):
    url = web.route("/article", body=PAGE)
    response = fetch(url)
    assert (response.url, response.requested, response.data) == (url, url, PAGE)
    assert (response.content_type, response.charset) == ("text/html", "utf-8")


def test_the_user_agent_names_briefing_and_the_repository(web):
    url = web.route("/article", body=PAGE)
    fetch(url)
    fetch(url, agent=user_agent("https://github.com/example/briefing"))
    agents = [headers.get("User-Agent") for _, headers in web.requests]
    assert agents == [f"briefing/{__version__}", f"briefing/{__version__} (+https://github.com/example/briefing)"]


@pytest.mark.parametrize("hops", [1, 2, MAX_REDIRECTS])
def test_redirects_are_followed_to_the_final_url(web, hops):
    response = fetch(chain(web, "r", hops))
    assert response.url == web.url("/r/end")
    assert response.data == PAGE


def test_a_relative_redirect_is_resolved(web):
    web.route("/a/b/page", body=PAGE)
    web.redirect("/a/start", "b/page")
    assert fetch(web.url("/a/start")).url == web.url("/a/b/page")


def test_a_feed_is_accepted_as_a_feed_and_not_as_a_page(web):
    url = web.route("/feed", body=b"<rss version='2.0'><channel/></rss>", content_type=RSS)
    assert fetch(url, accept=FEED_TYPES).content_type == RSS
    with pytest.raises(FetchError, match=r"not an HTML page \(Content-Type: application/rss\+xml\)"):
        fetch(url)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Each case: a function of the server giving the URL to fetch, the fetch options, the reason expected.
FAILURES = {
    "404": (lambda web: web.route("/gone", status=404, body=b"no"), {}, r"^HTTP 404 Not Found$"),
    "500": (lambda web: web.route("/broken", status=500, body=b"oops"), {}, r"^HTTP 500 Internal Server Error$"),
    "timeout": (lambda web: web.route("/slow", delay=5, body=PAGE), {"timeout": 0.5}, r"^timed out after 0\.5 s$"),
    "trickling body": (
        lambda web: web.route("/trickle", body=PAGE * 4, trickle=0.1), {"timeout": 0.2},
        r"^timed out \(body not complete after 0\.8 s\)$",
    ),
    "too large, announced": (
        lambda web: web.route("/big", body=PAGE, length=MAX_BYTES + 1), {},
        rf"^too large \({MAX_BYTES + 1} bytes announced; limit {MAX_BYTES} bytes\)$",
    ),
    "too large, found while reading (default cap)": (
        lambda web: web.route("/huge", stream=MAX_BYTES + 200_000), {},
        rf"^too large \(more than {MAX_BYTES} bytes; stopped reading\)$",
    ),
    "too large, found while reading (cap set)": (
        lambda web: web.route("/huge", stream=1_000_000), {"max_bytes": 100_000},
        r"^too large \(more than 100000 bytes; stopped reading\)$",
    ),
    "not HTML": (
        lambda web: web.route("/report.pdf", body=b"%PDF-1.4", content_type="application/pdf"), {},
        r"^not an HTML page \(Content-Type: application/pdf\)$",
    ),
    "too many redirects": (
        lambda web: chain(web, "loop", MAX_REDIRECTS + 1), {}, rf"^too many redirects \(more than {MAX_REDIRECTS}\)$",
    ),
    "redirect to ftp": (
        lambda web: web.redirect("/to-ftp", "ftp://example.com/article.html"), {},
        r"^redirected to a non-http\(s\) address: ftp://example\.com/article\.html$",
    ),
    "redirect to a file": (
        lambda web: web.redirect("/to-file", "file:///etc/passwd"), {},
        r"^redirected to a non-http\(s\) address: file:///etc/passwd$",
    ),
    "redirect to ftp after a redirect": (
        lambda web: web.redirect("/to-ftp", "ftp://example.com/a") and web.redirect("/hop", "/to-ftp"), {},
        r"^redirected to a non-http\(s\) address: ftp://example\.com/a \(at http://127\.0\.0\.1:\d+/to-ftp\)$",
    ),
    "redirect without Location": (
        lambda web: web.route("/nowhere", status=302), {}, r"^redirect without a Location from http://127",
    ),
    "DNS failure": (lambda web: "http://no-such-host.invalid/article", {}, r"^cannot resolve host 'no-such-host\.invalid'"),
    "connection refused": (lambda web: f"http://127.0.0.1:{free_port()}/a", {}, r"^connection refused by 127\.0\.0\.1$"),
    "ftp URL": (lambda web: "ftp://example.com/article.html", {}, r"^not an http\(s\) URL: ftp://example\.com/article\.html$"),
    "file URL": (lambda web: "file:///etc/passwd", {}, r"^not an http\(s\) URL: file:///etc/passwd$"),
    "no host": (lambda web: "http:///article", {}, r"^no host in http:///article$"),
    "bad port": (lambda web: "http://127.0.0.1:port/article", {}, r"^bad address: Port could not be cast"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_each_failure_raises_a_fetch_error_with_its_reason(web, case):
    make_url, options, reason = FAILURES[case]
    url = make_url(web)
    start = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(url, **options)
    assert caught.value.url == url
    assert re.search(reason, caught.value.reason), caught.value.reason
    assert str(caught.value) == f"{url}: {caught.value.reason}"
    assert time.monotonic() - start < 3


@pytest.mark.parametrize(
    ("case", "transient"),
    [("404", False), ("500", True), ("timeout", True), ("not HTML", False), ("DNS failure", True),
     ("too many redirects", False)],
)
def test_only_failures_worth_trying_again_are_transient(web, case, transient):
    make_url, options, _ = FAILURES[case]
    with pytest.raises(FetchError) as caught:
        fetch(make_url(web), **options)
    assert caught.value.transient is transient


def test_a_fetch_error_is_a_briefing_error():
    assert issubclass(FetchError, BriefingError)


def test_reading_stops_at_the_cap(web):
    """Past the cap the rest of a huge body is never read: the fetch ends long before 50 MB would arrive."""
    url = web.route("/endless", stream=50 * 1024 * 1024)
    start = time.monotonic()
    with pytest.raises(FetchError, match="too large"):
        fetch(url, max_bytes=64 * 1024)
    assert time.monotonic() - start < 1
