"""Articles from the web: pages added by URL, and the new entries of followed feeds.

`add_urls` fetches each page (`fetch`), keeps the raw capture in the input
folder as NAME.html (NAME from the address, `webpage.capture_name`) with a
sidecar NAME.yaml holding the final URL and the day it was fetched, and
hands the pair to `add.add_articles`, which checks it as the build will read
it. A page is refused, with the reason, when

- its address (as requested, or after redirects; `webpage.normalise_url`)
  is the address of an article already there;
- its cleaned text is the text of an article already there (the share of
  shared word 5-grams the build's de-duplication uses, `dedupe.SAME_STORY`);
- it cannot be fetched (`FetchError`) or the build would reject it.

`follow` reads the feeds of `feeds.yaml`, keeps the entries on the issues a
feed asks for, adds each new entry's page once, and remembers the entries it
has dealt with in a state file in the input folder (`STATE_NAME`).
"""

from __future__ import annotations

import email.utils
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import yaml

from .add import SIDECAR_SUFFIX, add_articles, check_meta
from .cache import CACHE_DIR, ArticleCache, fingerprint
from .clean import clean
from .dedupe import SAME_STORY, containment, shingles
from .errors import ConfigError, FetchError, InputError
from .fetch import DEFAULT_TIMEOUT, FEED_TYPES, MAX_BYTES, Response, fetch, user_agent
from .ingest import ARTICLE_SUFFIXES, discover, read_article
from .issues import count_mentions, fold
from .knowledge import IssueDef, Knowledge
from .models import Briefing, CleanArticle, SourceMeta
from .pipeline import read_all
from .webpage import capture_name, iso_day, normalise_url, page_meta, url_hash

FEEDS_FILE = "feeds.yaml"
STATE_NAME = ".follow-state.json"
FEED_KEYS = ("url", "name", "issues")
_STATE_VERSION = 1


@dataclass(frozen=True)
class WebOptions:
    """How pages and feeds are fetched. `today` is the day written as `fetched` (None: today, UTC)."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_BYTES
    agent: str = field(default_factory=user_agent)
    today: date | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one address: the capture added, or why not (`retry`: a failure worth trying again)."""

    url: str
    added: Path | None = None
    reason: str | None = None
    retry: bool = False

    def describe(self) -> str:
        if self.added is not None:
            return f"added {self.added} (from {self.url})"
        return f"not added {self.url}: {self.reason}" + (" (tried again next time)" if self.retry else "")


# --- Articles already there ---------------------------------------------


@dataclass
class _Known:
    """The addresses and cleaned texts of the articles in the input folder, and of those added since."""

    urls: dict[str, str] = field(default_factory=dict)  # normalised URL -> path
    bodies: list[tuple[str, frozenset[int]]] = field(default_factory=list)

    @classmethod
    def read(cls, input_dir: Path, knowledge: Knowledge, cache_dir: Path | None) -> _Known:
        """Read every article of `input_dir` as the build does (through the cache, which it fills)."""
        paths = discover(input_dir) if input_dir.is_dir() else []
        cache = ArticleCache(cache_dir, fingerprint(knowledge)) if cache_dir is not None else None
        known = cls()
        for outcome in read_all(paths, knowledge, cache).outcomes:
            if isinstance(outcome, Briefing):
                known.remember(outcome.article, outcome.article.source.path)
        return known

    def remember(self, article: CleanArticle, path: str, *urls: str) -> None:
        for url in (article.source.url, *urls):
            if url:
                self.urls.setdefault(normalise_url(url), path)
        self.bodies.append((path, shingles(article)))

    def check_url(self, url: str) -> None:
        path = self.urls.get(normalise_url(url))
        if path is not None:
            raise InputError(url, f"already in the input folder as {path} (same address)")

    def check_text(self, article: CleanArticle) -> None:
        own = shingles(article)
        for path, other in self.bodies:
            shared = containment(own, other)
            if shared >= SAME_STORY:
                raise InputError(article.source.path, f"same text as {path} ({shared:.0%} shared)")


# --- Adding pages by URL -------------------------------------------------


def add_urls(
    urls: Sequence[str],
    input_dir: Path,
    meta: SourceMeta = SourceMeta(),
    *,
    knowledge: Knowledge = Knowledge(),
    cache_dir: Path | None = Path(CACHE_DIR),
    options: WebOptions = WebOptions(),
) -> list[Outcome]:
    """Fetch and add each page of `urls`, one at a time; what became of each.

    `meta` (the command's --published, --url …) goes into every sidecar,
    over what the page says. Raises InputError (nothing fetched) for bad
    `meta`; every other problem is the Outcome of its address.
    """
    check_meta(meta, len(urls))
    known = _Known.read(input_dir, knowledge, cache_dir)
    return [add_url(url, input_dir, known, meta, options) for url in urls]


def add_url(
    url: str, input_dir: Path, known: _Known, meta: SourceMeta, options: WebOptions, fallback: SourceMeta = SourceMeta()
) -> Outcome:
    """Fetch one page and add it (see the module docstring).

    `fallback` fills in what neither `meta` nor the page's own metadata
    (`webpage.page_meta`) states.
    """
    try:
        return Outcome(url, added=_add(url, input_dir, known, meta, options, fallback))
    except FetchError as error:
        return Outcome(url, reason=error.reason, retry=error.transient)
    except InputError as error:
        return Outcome(url, reason=error.reason)


def _add(url: str, input_dir: Path, known: _Known, meta: SourceMeta, options: WebOptions, fallback: SourceMeta) -> Path:
    known.check_url(url)
    response = fetch(url, timeout=options.timeout, max_bytes=options.max_bytes, agent=options.agent)
    if response.url != url:
        known.check_url(response.url)
    name = _free_name(response.url, input_dir)
    fetched = options.today or datetime.now(timezone.utc).date()
    with tempfile.TemporaryDirectory(prefix="briefing-fetch-") as tmp:
        page = Path(tmp) / f"{name}.html"
        page.write_bytes(response.data)
        sidecar = {"url": response.url, "fetched": fetched, **_stated(_fallen_back(meta, fallback, response))}
        article = _trial(page, sidecar)
        known.check_text(article)
        added = add_articles([page], input_dir)[0]
    known.remember(article, str(added), url, response.url)
    return added


def _fallen_back(meta: SourceMeta, fallback: SourceMeta, response: Response) -> SourceMeta:
    """`meta`, with the `fallback` values the page does not state in its meta tags or JSON-LD.

    A fallback (a feed entry's date) is stated by the publisher, so it beats
    what trafilatura would guess from the page's text.
    """
    if all(value is None for value in asdict(fallback).values()):
        return meta
    stated = page_meta(response.data.decode(response.charset or "utf-8", errors="replace"))
    values = {
        key: value if value is not None or getattr(stated, key) is not None else getattr(fallback, key)
        for key, value in asdict(meta).items()
    }
    return SourceMeta(**values)


def _stated(meta: SourceMeta) -> dict:
    values = {key: value.strip() for key, value in asdict(meta).items() if value is not None}
    if "published" in values:
        values["published"] = date.fromisoformat(values["published"])
    return values


def _trial(page: Path, sidecar: dict) -> CleanArticle:
    """The page read and cleaned as the build will, with `sidecar` beside it."""
    text = yaml.safe_dump(sidecar, allow_unicode=True, sort_keys=False, default_flow_style=False)
    page.with_suffix(SIDECAR_SUFFIX).write_text(text, encoding="utf-8")
    return clean(read_article(page))


def _free_name(url: str, input_dir: Path) -> str:
    """`capture_name(url)`, or that name with a hash of the address if an article there has it."""
    name = capture_name(url)
    taken = any(os.path.lexists(input_dir / f"{name}{suffix}") for suffix in ARTICLE_SUFFIXES)
    return f"{name}-{url_hash(url)}" if taken else name


# --- Feeds ---------------------------------------------------------------


@dataclass(frozen=True)
class FeedDef:
    """A feed followed: its address, a name to show, and the issues its entries must name (none: all)."""

    url: str
    name: str | None = None
    issues: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} ({self.url})" if self.name else self.url


def load_feeds(path: Path, issues: Sequence[IssueDef]) -> tuple[FeedDef, ...]:
    """The feeds listed in `path` (none if the file is missing or lists none).

    Each entry is a mapping: `url` (http or https, required), `name`
    (text), `issues` (ids of issues in knowledge/issues.yaml). Raises
    ConfigError listing every problem with its entry and key.
    """
    if not path.is_file():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a list of feeds (- url: ...), got {type(data).__name__}")
    known_issues = {issue.id for issue in issues}
    feeds, problems, seen = [], [], {}
    for index, item in enumerate(data, start=1):
        where = f"{path}: feed {index}"
        try:
            feed = _feed_from(item, known_issues)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        key = normalise_url(feed.url)
        if key in seen:
            problems.append(f"{where}: 'url' {feed.url} is feed {seen[key]} already")
            continue
        seen[key] = index
        feeds.append(feed)
    if problems:
        raise ConfigError("\n".join(problems))
    return tuple(feeds)


def _feed_from(item: object, known_issues: set[str]) -> FeedDef:
    if not isinstance(item, dict):
        raise ValueError("expected a mapping with 'url'")
    unknown = sorted(str(key) for key in item if key not in FEED_KEYS)
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (allowed: {', '.join(FEED_KEYS)})")
    url = item.get("url")
    if not isinstance(url, str) or urlsplit(url.strip()).scheme.lower() not in ("http", "https") \
            or not urlsplit(url.strip()).netloc:
        raise ValueError(f"'url' must be an http(s) address, not {url!r}")
    name = item.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise ValueError(f"'name' must be text, not {name!r}")
    wanted = item.get("issues") or []
    if isinstance(wanted, str):
        wanted = [wanted]
    if not isinstance(wanted, list) or not all(isinstance(issue, str) for issue in wanted):
        raise ValueError("'issues' must be a list of issue ids")
    missing = [issue for issue in wanted if issue not in known_issues]
    if missing:
        raise ValueError(f"'issues': unknown issue {missing[0]!r} (known: {', '.join(sorted(known_issues)) or 'none'})")
    return FeedDef(url=url.strip(), name=name.strip() if name else None, issues=tuple(wanted))


@dataclass(frozen=True)
class FeedReport:
    """What following one feed did: entries in it, entries dealt with before, what became of the others.

    `error` says why the feed could not be read (then nothing else is set);
    `warning` that it was malformed but still gave entries.
    """

    feed: FeedDef
    entries: int = 0
    seen: int = 0
    outcomes: tuple[Outcome, ...] = ()
    error: str | None = None
    warning: str | None = None


def follow(
    feeds: Sequence[FeedDef],
    input_dir: Path,
    *,
    knowledge: Knowledge = Knowledge(),
    state_file: Path | None = None,
    cache_dir: Path | None = Path(CACHE_DIR),
    options: WebOptions = WebOptions(),
) -> list[FeedReport]:
    """Fetch every feed and add each new entry on its issues once; a report per feed.

    An entry is dealt with once: added, skipped as off-topic or as a
    duplicate, or refused for good. Only failures worth trying again (a
    timeout, a 5xx status …) leave it for the next run. The state file
    (default: STATE_NAME in `input_dir`) keeps, per feed, the entries of
    the feed's last reading that were dealt with; a feed that cannot be read
    keeps its state and never stops the others.
    """
    state_file = state_file or input_dir / STATE_NAME
    state = load_state(state_file)
    issues = {issue.id: issue for issue in knowledge.issues}
    known = _Known.read(input_dir, knowledge, cache_dir)
    reports, new_state = [], {}
    for feed in feeds:
        report, seen = _follow_one(feed, set(state.get(feed.url, ())), input_dir, known, issues, options)
        reports.append(report)
        if report.error is None:
            new_state[feed.url] = sorted(seen)
        elif feed.url in state:
            new_state[feed.url] = state[feed.url]
    if new_state != state:
        input_dir.mkdir(parents=True, exist_ok=True)
        save_state(state_file, new_state)
    return reports


def _follow_one(
    feed: FeedDef, seen: set[str], input_dir: Path, known: _Known, issues: dict[str, IssueDef], options: WebOptions
) -> tuple[FeedReport, set[str]]:
    try:
        response = fetch(feed.url, accept=FEED_TYPES, timeout=options.timeout, max_bytes=options.max_bytes,
                         agent=options.agent)
    except FetchError as error:
        return FeedReport(feed, error=error.reason), seen
    parsed = feedparser.parse(
        io.BytesIO(response.data),
        response_headers={"content-location": response.url, "content-type": response.content_type or "application/xml"},
    )
    problem = _malformed(parsed)
    if problem and not parsed.entries:
        return FeedReport(feed, error=f"not a readable RSS or Atom feed ({problem})"), seen
    wanted = [issues[i] for i in feed.issues]
    dealt: set[str] = set()
    outcomes, before = [], 0
    for entry in parsed.entries:
        link = _entry_link(entry, response.url)
        if link is None:
            title = _plain_text(entry.get("title", "")).strip() or "(untitled)"
            outcomes.append(Outcome(f"entry {title!r}", reason="no http(s) link"))
            continue
        key = normalise_url(link)
        if key in dealt:
            continue
        if key in seen:
            before += 1
            dealt.add(key)
            continue
        if wanted and not _on_topic(entry, wanted):
            outcomes.append(Outcome(link, reason=f"off-topic (names none of: {', '.join(feed.issues)})"))
            dealt.add(key)
            continue
        outcome = add_url(link, input_dir, known, SourceMeta(), options, SourceMeta(published=_entry_day(entry)))
        outcomes.append(outcome)
        if not outcome.retry:
            dealt.add(key)
    report = FeedReport(
        feed, entries=len(parsed.entries), seen=before, outcomes=tuple(outcomes),
        warning=f"malformed feed, {len(parsed.entries)} entries read anyway ({problem})" if problem else None,
    )
    return report, dealt


def _malformed(parsed: feedparser.FeedParserDict) -> str | None:
    if parsed.get("bozo"):
        exception = parsed.get("bozo_exception")
        return str(exception).strip() or type(exception).__name__
    if not parsed.get("version"):
        return "no RSS or Atom elements"
    return None


def _entry_link(entry: feedparser.FeedParserDict, base: str) -> str | None:
    """The entry's page: its `link`, made absolute; None unless http(s)."""
    link = entry.get("link") or next(
        (item.get("href") for item in entry.get("links", ()) if item.get("rel", "alternate") == "alternate"), None
    )
    if not isinstance(link, str) or not link.strip():
        return None
    link = urljoin(base, link.strip())
    return link if urlsplit(link).scheme.lower() in ("http", "https") else None


def _on_topic(entry: feedparser.FeedParserDict, issues: Sequence[IssueDef]) -> bool:
    """Whether the entry's title or summary names one of `issues` (as `issues.detect_issues` would)."""
    text = fold(" \n ".join((_plain_text(entry.get("title", "")), _plain_text(entry.get("summary", "")))))
    return any(count_mentions(text, issue) for issue in issues)


def _entry_day(entry: feedparser.FeedParserDict) -> str | None:
    """The day the entry says it was published, as written (no shift to UTC)."""
    for key in ("published", "updated", "dc_date", "created"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        day = iso_day(value)
        if day is None:
            try:
                day = email.utils.parsedate_to_datetime(value).date().isoformat()
            except (TypeError, ValueError, IndexError):
                day = None
        if day is not None:
            return day
    return None


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain_text(html: object) -> str:
    """The text of an entry's title or summary, which feeds may give as HTML."""
    if not isinstance(html, str):
        return ""
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        return html
    return " ".join(parser.parts)


# --- State ---------------------------------------------------------------


def load_state(path: Path) -> dict[str, list[str]]:
    """Per feed URL, the normalised addresses of the entries dealt with; empty if there is no file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the follow state: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: not a follow state file ({exc}); delete it to start afresh") from None
    feeds = data.get("feeds") if isinstance(data, dict) else None
    if not isinstance(feeds, dict) or not all(
        isinstance(seen, list) and all(isinstance(key, str) for key in seen) for seen in feeds.values()
    ):
        raise ConfigError(f"{path}: not a follow state file; delete it to start afresh")
    return {str(url): list(seen) for url, seen in feeds.items()}


def save_state(path: Path, state: dict[str, list[str]]) -> None:
    """Write the state atomically (a reader sees the old file or the new one), sorted, one entry a line."""
    text = json.dumps({"version": _STATE_VERSION, "feeds": dict(sorted(state.items()))}, indent=1, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".follow-state-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- Settings -------------------------------------------------------------


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading that reads MkDocs-only tags (`!!python/name:…`, `!ENV`) as nothing."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def repo_url(config_file: Path) -> str | None:
    """The project's `repo_url` in the MkDocs configuration, if it names one (for the User-Agent)."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    value = data.get("repo_url") if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None
