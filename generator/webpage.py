"""What a web page states about itself, and the addresses and names of captured pages.

Pure functions, no network:

- `page_meta(html)`: title, published date, outlet, canonical URL and the
  writers from the page's meta tags (Open Graph, article:, Dublin Core …), its
  JSON-LD NewsArticle and its `<time datetime>` elements;
- `normalise_url(url)`: one spelling per address, to recognise a page added before;
- `capture_name(url)`: the file name a captured page is kept under.

Metadata by explicit precedence, field by field (see `page_meta`). A value
that does not validate (a date that is not a date, a URL that is not http(s))
is skipped for the next one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .metadata import (
    canonical_agency, known_outlet, outlet_name, page_date, parse_byline, same_outlet, strip_title_chrome,
    title_outlet,
)
from .models import SourceMeta
from .slugs import slugify

# --- Rules: which tags say what, in order of trust ----------------------------

# `<meta property|name|itemprop=KEY content=…>`, keys compared in lower case.
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
)
OUTLET_META = ("og:site_name", "application-name", "dc.publisher", "publisher")
URL_META = ("og:url",)
BYLINE_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")

# JSON-LD `@type`s that describe the article itself.
ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
    "askpublicnewsarticle", "blogposting", "liveblogposting", "report",
})

# A title often ends with the site's name: 'Seoul ends pact | The Korea Herald'.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " : ")
# The sections a title names between the headline and the site's name: 'X : North Korea : News : The Hankyoreh'.
_SECTION_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:&|and|[A-Z][\w&'’.-]*)){0,2}")

# --- URL rules ------------------------------------------------------------

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that say where a reader came from, not which page it is.
_TRACKING_PARAMS = re.compile(r"utm_\w*|fbclid|gclid|mc_cid|mc_eid", re.IGNORECASE)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
MAX_NAME = 80
_HASH_LENGTH = 8


@dataclass
class _Collected:
    """What the parser saw, in document order."""

    meta: list[tuple[str, str]] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)
    times: list[tuple[bool, str]] = field(default_factory=list)  # (marked as the publication date, datetime)
    canonical: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # the text of the page's <title>
    lines: list[tuple[bool, str]] = field(default_factory=list)  # (a headline <h1>, the visible text of a block)


# Elements that start and end a line of the page's visible text, and elements whose text is not shown.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "tr", "ul",
})
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _PageParser(HTMLParser):
    """Collects meta tags, JSON-LD scripts, `<time datetime>`, canonical links and the lines of
    visible text, block by block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = _Collected()
        self._script: list[str] | None = None
        self._title: list[str] | None = None
        self._hidden = 0
        self._line: list[str] = []
        self._headline = False

    def _end_line(self) -> None:
        text = " ".join("".join(self._line).split())
        if text:
            self.found.lines.append((self._headline, text))
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._end_line()
            self._headline = tag == "h1"
        elif tag in _HIDDEN_TAGS:
            self._hidden += 1
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            content = attributes.get("content")
            if key and content:
                self.found.meta.append((key.strip().lower(), content))
        elif tag == "script" and attributes.get("type", "").strip().lower() == "application/ld+json":
            self._script = []
        elif tag == "time" and attributes.get("datetime"):
            marked = attributes.get("itemprop", "").lower() == "datepublished" or "pubdate" in attributes
            self.found.times.append((marked, attributes["datetime"]))
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href"):
            self.found.canonical.append(attributes["href"])
        elif tag == "title" and not self.found.title:
            self._title = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._end_line()
            self._headline = False
        elif tag in _HIDDEN_TAGS and self._hidden:
            self._hidden -= 1
        if tag == "script" and self._script is not None:
            self.found.json_ld.append("".join(self._script))
            self._script = None
        elif tag == "title" and self._title is not None:
            self.found.title.append(" ".join("".join(self._title).split()))
            self._title = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        elif self._title is not None:
            self._title.append(data)
        elif not self._hidden:
            self._line.append(data)

    def close(self) -> None:
        super().close()
        self._end_line()


def page_meta(html: str) -> SourceMeta:
    """Title, published date, outlet, URL and byline the page states about itself.

    Precedence, field by field (the first value that validates wins):

    - title: TITLE_META tags, then the JSON-LD article's `headline` (which
      some sites cut short), less a site name before or after it;
    - published: the JSON-LD article's `datePublished`, PUBLISHED_META tags,
      `<time>` marked as the publication date, then any `<time datetime>`;
    - outlet: a wire agency the JSON-LD article or an author tag names as its
      author (its copy on a paper's site), `og:site_name`, the JSON-LD article's
      `publisher.name`, then the other OUTLET_META tags (a known outlet as it
      names itself), then a known outlet the `<title>` names after the headline
      (which comes before a name in another script than Latin letters);
    - url: `og:url`, the JSON-LD article's `url`, `<link rel=canonical>`;
    - byline: the people the JSON-LD article names as its `author`, then
      BYLINE_META tags, read as a byline in the text is; an agency, the
      page's own outlet or what is no person's name is skipped.
    """
    found = _collect(html)
    articles = [node for script in found.json_ld for node in _json_ld_nodes(script) if _is_article(node)]
    meta = dict(found.meta[::-1])  # the first tag of a name wins
    marked = [value for is_marked, value in found.times if is_marked]
    others = [value for is_marked, value in found.times if not is_marked]

    named = [meta.get(OUTLET_META[0]), *(_publisher_name(node) for node in articles),
             *(meta.get(key) for key in OUTLET_META[1:])]
    outlet = _first_text(
        *filter(_in_latin_letters, named),
        # ... then a known outlet the page's <title> names after the headline: '... | The Korea Times'
        # (before a name in another script: an English page's '毎日新聞' is 'The Mainichi' its title names).
        *(_known(title_outlet(title)) for title in found.title),
        *named,
    )
    # A wire's copy on a paper's site is the wire's: the author a wire ('Kyodo' on The Japan Times).
    wire = next(filter(None, (
        _agency_credit(name) for name in (
            *(_organization_authors(node) for node in articles), *(meta.get(key) for key in BYLINE_META),
        ) if name
    )), None)
    if wire and not (outlet and same_outlet(wire, outlet_name(outlet))):
        outlet = wire  # (but a broadcaster's service is the service: 'NHK' on 'NHK WORLD-JAPAN')
    title = _first_text(*(meta.get(key) for key in TITLE_META), *(node.get("headline") for node in articles))
    published = _first(
        iso_day, *(node.get("datePublished") for node in articles),
        *(meta.get(key) for key in PUBLISHED_META), *marked, *others,
    )
    url = _first(_web_url, *(meta.get(key) for key in URL_META), *(node.get("url") for node in articles), *found.canonical)
    byline = _first(
        lambda names: _byline(names, outlet),
        *(_author_names(node) for node in articles), *(meta.get(key) for key in BYLINE_META),
    )
    return SourceMeta(
        url=url,
        published=published,
        # A known outlet as it names itself ('NHK WORLD' is NHK World-Japan), an agency as readers name it
        # ('AP NEWS' is the Associated Press, 'Yonhap News Agency' Yonhap).
        outlet=outlet_name(outlet) if outlet else None,
        # The page's title as a headline printed in the page is read: without a wire's tag ('(LEAD) ...').
        title=strip_title_chrome(without_site_name(title, outlet)) if title else None,
        byline=byline,
    )


def _in_latin_letters(name: object) -> bool:
    """Whether a name is written in Latin letters ('The Mainichi', not '毎日新聞')."""
    return isinstance(name, str) and any("a" <= c.lower() <= "z" for c in name)


def _agency_credit(name: str) -> str | None:
    """The wire agency an author credit names, in one name or two of the same agency: 'AFP',
    'AFP - Agence France Presse' -> 'AFP'; None for a person or several agencies."""
    agencies = {canonical_agency(part) for part in _CREDIT_PARTS.split(name.strip())}
    return agencies.pop() if len(agencies) == 1 else None


_CREDIT_PARTS = re.compile(r"\s+[-–—|/]\s+")


def _author_names(node: dict) -> str | None:
    """The JSON-LD article's authors that are people (or untyped), joined: 'Choe Sang-Hun and Motoko Rich'."""
    authors = node.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    names = []
    for author in authors:
        if isinstance(author, dict):
            kind = author.get("@type")
            if kind not in (None, "Person") or not isinstance(author.get("name"), str):
                continue
            author = author["name"]
        if isinstance(author, str) and author.strip():
            names.append(" ".join(author.split()))
    return " and ".join(names) if names else None


def _known(outlet: str | None) -> str | None:
    """`outlet` if it is a known outlet or agency, else None."""
    return outlet if outlet and (known_outlet(outlet) or canonical_agency(outlet)) else None


def _organization_authors(node: dict) -> str | None:
    """The first author the JSON-LD article names that is an organization ('Kyodo')."""
    authors = node.get("author")
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, dict) and author.get("@type") == "Organization" and isinstance(author.get("name"), str):
            return author["name"]
    return None


def _byline(names: str, outlet: str | None) -> str | None:
    """`names` as a byline (read as the text's bylines are, see `parse_byline`): the writers'
    names; None for an agency or outlet ('Yonhap', the page's own site) or what is no person's name."""
    parsed = parse_byline("By " + " ".join(names.split()).removeprefix("By ").removeprefix("by "))
    if parsed is None or parsed.name is None:
        return None
    if outlet and parsed.name.casefold().removeprefix("the ") == outlet.casefold().removeprefix("the "):
        return None
    return parsed.name


# How many lines of the page under its headline are read for a date stamp.
STAMP_LINES_UNDER_HEADLINE = 12


def stamped_lines(html: str, story: Collection[str], title: str | None = None) -> list[str]:
    """The visible lines under the page's headline (its first `<h1>`, or with none the line that is the page's
    `title`), before its story, that are
    date stamps ('KYODO NEWS - Aug 23, 2019 - 12:42', 'November 22, 2019 (Mainichi Japan)') and not
    among the lines of the text `story` read from the page: of the STAMP_LINES_UNDER_HEADLINE under
    it, up to the story's first line that is no date stamp. None on a page without a headline, nor
    over it: a site's header may show the day the page was saved."""
    lines = _collect(html).lines
    headline = next((i for i, (is_headline, _) in enumerate(lines) if is_headline), None)
    if headline is None and title:
        key = " ".join(title.split())
        headline = next((i for i, (_, text) in enumerate(lines) if text == key), None)
    if headline is None:
        return []
    told = {" ".join(line.split()) for line in story}
    stamps = []
    for _, text in lines[headline + 1: headline + 1 + STAMP_LINES_UNDER_HEADLINE]:
        stamp = page_date(text) is not None
        if text in told:
            if not stamp:
                break  # the story begins
        elif stamp:
            stamps.append(text)
    return stamps


@lru_cache(maxsize=1)
def _collect(html: str) -> _Collected:
    """What the parser saw of `html`; the last page's kept, as reading a saved page asks twice (its
    metadata, `page_meta`, and its date stamp, `stamped_lines`). Callers do not change it."""
    parser = _PageParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        # html.parser gives up on some broken markup; what it saw so far stands.
        pass
    return parser.found


def _json_ld_nodes(script: str) -> list[dict]:
    """Every JSON object in a JSON-LD script, `@graph` members included; nothing for broken JSON."""
    try:
        data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"), strict=False)
    except (ValueError, RecursionError):
        return []
    nodes, stack = [], [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            nodes.append(item)
            if isinstance(item.get("@graph"), list):
                stack[:0] = item["@graph"]
    return nodes


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.rsplit("/", 1)[-1].lower() in ARTICLE_TYPES for kind in kinds)


def _publisher_name(node: dict) -> str | None:
    publisher = node.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        return publisher.get("name") if isinstance(publisher.get("name"), str) else None
    return publisher if isinstance(publisher, str) else None


def _first(check, *values: object) -> str | None:
    """The first value that `check` turns into something."""
    for value in values:
        checked = check(value) if isinstance(value, str) else None
        if checked:
            return checked
    return None


def _first_text(*values: object) -> str | None:
    return _first(lambda text: " ".join(text.split()) or None, *values)


def iso_day(value: str) -> str | None:
    """The calendar day an ISO 8601 date or date-time names, as written (no time zone shift).

    '2019-08-22T23:30:00+09:00' -> '2019-08-22' (the day the outlet printed).
    """
    match = _ISO_DAY.match(value.strip())
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _web_url(value: str) -> str | None:
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.netloc or any(c.isspace() for c in url):
        return None
    return url


def page_title(html: str) -> str | None:
    """The page's `<title>` less a known site's name after it and the sections named before that ('Seoul ends pact
    : North Korea : News : The Hankyoreh' -> 'Seoul ends pact'); None when it ends with no known site's name."""
    titles = _collect(html).title
    if not titles:
        return None
    bare = without_site_name(titles[0], None)
    return bare if bare != titles[0] else None


def without_site_name(title: str, outlet: str | None) -> str:
    """`title` less a trailing or leading site name: 'Seoul ends pact | Korea Herald' -> 'Seoul ends pact', and
    the sections named before a trailing one: 'Seoul ends pact : North Korea : News : The Hankyoreh'. With no
    `outlet` stated, a known one's name trailing."""
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and (same_outlet(tail.strip(), outlet) if outlet else known_outlet(tail.strip())):
            while separator in (" : ", " | ") and separator in head and _SECTION_NAME.fullmatch(
                    head.rpartition(separator)[2].strip()):
                head = head.rpartition(separator)[0]
            return head.strip()
        first, _, rest = title.partition(separator)
        if rest and outlet and same_outlet(first.strip(), outlet):
            return rest.strip()
    return title


# --- Addresses and names -------------------------------------------------


def normalise_url(url: str) -> str:
    """One spelling per address: scheme and host in lower case, no default port,
    no fragment, no trailing slash, no tracking parameters (utm_* …), the other
    query parameters sorted. A string that is not a URL comes back stripped.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    path = parts.path.rstrip("/")
    query = urlencode(sorted(
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMS.fullmatch(key)
    ))
    return urlunsplit((scheme, netloc, path, query, ""))


def capture_name(url: str) -> str:
    """The file stem a page captured from `url` is kept under: its host and path as a slug.

    'https://www.koreaherald.com/view.php?ud=2019082200' ->
    'koreaherald-com-view-php-ud-2019082200'. The same address (after
    `normalise_url`) always gives the same name; a name cut to MAX_NAME
    characters ends with a hash of the address, so it stays unique.
    """
    normal = normalise_url(url)
    parts = urlsplit(normal)
    host = (parts.hostname or "").removeprefix("www.")
    slug = slugify(" ".join((host, str(parts.port or ""), parts.path, parts.query)), fallback="page")
    if len(slug) <= MAX_NAME:
        return slug
    return slug[: MAX_NAME - _HASH_LENGTH - 1].rstrip("-") + "-" + url_hash(normal)


def url_hash(url: str) -> str:
    """A short stable hash of the normalised `url`, to tell apart two addresses with one slug."""
    return hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:_HASH_LENGTH]
