"""Fetch one web page or feed over HTTP(S): the only module that uses the network.

`fetch` follows a bounded number of redirects itself, checking each target's
scheme, waits a bounded time for the connection and for each read, stops
reading past a size cap, and checks the Content-Type. Every failure is a
`FetchError` with the URL and a one-line reason; nothing else escapes.

Nothing is decoded or parsed here: the caller gets the bytes as served.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from . import __version__
from .errors import FetchError

DEFAULT_TIMEOUT = 15.0  # seconds, for the connection and for each read
# A whole fetch may take this many timeouts: a server trickling a byte at a
# time never trips the read timeout, but does trip this.
TOTAL_TIMEOUTS = 4
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
_CHUNK = 64 * 1024

# --- Content types accepted, by what is fetched ----------------------------

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Feeds are served under many names, HTML among them on misconfigured sites;
# whether the bytes are a feed is for the feed parser to say.
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/x-rss+xml", "application/x-atom+xml",
    "text/plain", "text/html", "application/octet-stream",
)

_REDIRECTS = (301, 302, 303, 307, 308)
# Worth trying again later: the server may be back, the page is probably there.
_TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Response:
    """A successful fetch: the final URL after redirects, the content type and the bytes as served."""

    url: str
    requested: str
    content_type: str  # media type, lower case, without parameters ('' if the server sent none)
    charset: str | None
    data: bytes


def user_agent(repo_url: str | None = None) -> str:
    """`briefing/VERSION`, with `(+REPO_URL)` when the project names its repository."""
    return f"briefing/{__version__}" + (f" (+{repo_url})" if repo_url else "")


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = HTML_TYPES,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    agent: str | None = None,
) -> Response:
    """GET `url` and return the final response. Raises FetchError.

    Only http and https URLs, also as redirect targets; at most
    `max_redirects` redirects. `timeout` bounds the connection and each
    read (the whole fetch: TOTAL_TIMEOUTS times that). A body over
    `max_bytes` (announced by Content-Length or found while reading) is
    refused, and never read further. A response whose media type is not in
    `accept` is refused; one without a Content-Type is taken as is.
    """
    _check_scheme(url, url)
    deadline = time.monotonic() + TOTAL_TIMEOUTS * timeout
    opener = urllib.request.build_opener(_NoRedirects)
    headers = {
        "User-Agent": agent or user_agent(),
        "Accept": ", ".join((*accept, "*/*;q=0.1")),
        # Compressed bodies would need a decompressor with its own size cap.
        "Accept-Encoding": "identity",
    }
    current = url
    for _ in range(max_redirects + 1):
        request = urllib.request.Request(current, headers=headers)
        with _at(url, current), _opened(opener, request, url, timeout) as response:
            if response.getcode() in _REDIRECTS:
                current = _redirect_target(current, response.headers.get("Location"), url)
                continue
            content_type, charset = _content_type(response.headers)
            if accept and content_type and content_type not in accept:
                raise FetchError(url, f"not {_kind(accept)} (Content-Type: {content_type})")
            data = _read_capped(response, url, max_bytes, timeout, deadline)
            return Response(url=current, requested=url, content_type=content_type, charset=charset, data=data)
    raise FetchError(url, f"too many redirects (more than {max_redirects})")


@contextmanager
def _at(url: str, current: str) -> Iterator[None]:
    """Name the redirect target in the reason of a failure there."""
    try:
        yield
    except FetchError as error:
        if current == url:
            raise
        raise FetchError(url, f"{error.reason} (at {current})", transient=error.transient) from None


def _kind(accept: tuple[str, ...]) -> str:
    return "an HTML page" if accept == HTML_TYPES else "a feed" if accept == FEED_TYPES else "an accepted type"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to `fetch`, which checks and counts them."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@contextmanager
def _opened(
    opener: urllib.request.OpenerDirector, request: urllib.request.Request, url: str, timeout: float
) -> Iterator[http.client.HTTPResponse]:
    """The open response to `request`; a redirect comes back as a response, not an exception.

    Every other failure becomes a FetchError for `url` naming what went wrong.
    """
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        if error.code not in _REDIRECTS:
            error.close()
            transient = error.code in _TRANSIENT_STATUSES
            raise FetchError(url, f"HTTP {error.code} {error.reason}".rstrip(), transient=transient) from None
        response = error
    except urllib.error.URLError as error:
        raise _network_error(url, error.reason, timeout) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise _network_error(url, error, timeout) from None
    try:
        yield response
    finally:
        response.close()


def _network_error(url: str, reason: object, timeout: float) -> FetchError:
    """A FetchError for a failure below HTTP: DNS, connection, TLS, timeout, a broken response."""
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return FetchError(url, f"cannot resolve host {host!r} (DNS: {reason.strerror or reason})", transient=True)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return FetchError(url, f"timed out after {timeout:g} s", transient=True)
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(url, f"connection refused by {host}", transient=True)
    if isinstance(reason, ssl.SSLError):
        return FetchError(url, f"TLS error: {reason.reason or reason}")
    if isinstance(reason, http.client.HTTPException):
        return FetchError(url, f"broken HTTP response ({type(reason).__name__})", transient=True)
    if isinstance(reason, OSError):
        return FetchError(url, f"network error: {reason.strerror or reason}", transient=True)
    if isinstance(reason, ValueError):
        return FetchError(url, f"bad address: {reason}")
    return FetchError(url, f"network error: {reason}", transient=True)


def _check_scheme(target: str, url: str) -> None:
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise FetchError(url, f"bad address: {error}") from None
    if parts.scheme.lower() not in SCHEMES:
        if target == url:
            raise FetchError(url, f"not an http(s) URL: {target}")
        raise FetchError(url, f"redirected to a non-http(s) address: {target}")
    if not parts.hostname:
        raise FetchError(url, f"no host in {target}")


def _redirect_target(current: str, location: str | None, url: str) -> str:
    if not location:
        raise FetchError(url, f"redirect without a Location from {current}")
    target = urljoin(current, location.strip())
    _check_scheme(target, url)
    return target


def _content_type(headers: Message) -> tuple[str, str | None]:
    if headers.get("Content-Type") is None:
        return "", None
    return headers.get_content_type().lower(), headers.get_content_charset()


def _read_capped(response, url: str, max_bytes: int, timeout: float, deadline: float) -> bytes:
    """The body, read in chunks; FetchError as soon as it passes `max_bytes` or the deadline."""
    length = response.headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(url, f"too large ({int(length)} bytes announced; limit {max_bytes} bytes)")
    chunks, size = [], 0
    try:
        while True:
            chunk = response.read1(min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(url, f"too large (more than {max_bytes} bytes; stopped reading)")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out (body not complete after {TOTAL_TIMEOUTS * timeout:g} s)", transient=True)
    except (OSError, http.client.HTTPException) as error:
        raise _network_error(url, error, timeout) from None
    return b"".join(chunks)
