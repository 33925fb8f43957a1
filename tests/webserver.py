"""A local web server for the network tests: 127.0.0.1, a free port, answers set by each test.

No test reaches the outside network: pages, feeds, redirects, errors, slow
and huge answers all come from this server, started in a thread.

    with WebServer() as web:
        web.route("/a", body=b"<html>...</html>")
        fetch(web.url("/a"))
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"


@dataclass(frozen=True)
class Route:
    """One answer: status, Content-Type (None: no header), extra headers and body.

    `delay`: seconds to wait before answering. `trickle`: seconds to wait
    between pieces of 100 bytes of the body. `stream`: send that many bytes
    (no Content-Length) instead of `body`. `length`: announce this
    Content-Length instead of the body's.
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = HTML
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    trickle: float = 0.0
    stream: int = 0
    length: int | None = None


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path, Route(status=404, body=b"<html><body>Not here</body></html>"))
        if route.delay and self.server.stopping.wait(route.delay):
            return
        self.send_response(route.status)
        if route.content_type is not None:
            self.send_header("Content-Type", route.content_type)
        for name, value in route.headers:
            self.send_header(name, value)
        if not route.stream:
            self.send_header("Content-Length", str(route.length if route.length is not None else len(route.body)))
        self.end_headers()
        try:
            if route.stream:
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                for _ in range(0, route.stream, len(chunk)):
                    self.wfile.write(chunk)
            elif route.trickle:
                for start in range(0, len(route.body), 100):
                    self.wfile.write(route.body[start : start + 100])
                    self.wfile.flush()
                    if self.server.stopping.wait(route.trickle):
                        return
            else:
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should past a size cap

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up on a slow or huge answer is expected here


class WebServer:
    """The server; `route` sets an answer, `url` gives the address of a path."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def __enter__(self) -> WebServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, **answer: object) -> str:
        """Answer GET `path` with Route(**answer); the full URL of `path`."""
        self._server.routes[path] = Route(**answer)
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.route(path, status=status, headers=(("Location", location),), body=b"")

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        """(path, request headers) of every request, in order."""
        return self._server.requests


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


# --- Pages and feeds -----------------------------------------------------


def article_page(paragraphs: list[str], head: str = "", heading: str = "") -> bytes:
    """A news page: site chrome around an <article> holding `paragraphs`; `head` goes into <head>."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = f"<h1>{html.escape(heading)}</h1>" if heading else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News</title>
{head}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<main><article>{title}
{body}
</article></main>
<footer><p>Copyright 2019. All rights reserved.</p></footer>
</body></html>""".encode()


def rss(entries: list[dict[str, str]], title: str = "News") -> bytes:
    """An RSS 2.0 feed; each entry has `title`, `link` and optional `description`, `pubDate`."""
    items = "\n".join(
        "<item>" + "".join(f"<{key}>{html.escape(value)}</{key}>" for key, value in entry.items()) + "</item>"
        for entry in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{html.escape(title)}</title><link>http://example.invalid/</link>
<description>Latest news</description>
{items}
</channel></rss>""".encode()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """No proxy between the tests and the local server (autouse where imported)."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
