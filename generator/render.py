"""Render the corpus into Markdown pages with the Jinja2 templates."""

from __future__ import annotations

import hashlib
import json
import operator
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from .charts import network_svg, timeline_svg
from .errors import BriefingError
from .feeds import json_feed, rss
from .markup import Markdown, escape_inline, escape_line_start, escape_markdown, fold_line, human_date, safe_url
from .cache import rendering_digest
from .memo import Memo
from .models import ActorProfile, Briefing, Citation, Corpus, Duplicate, IssueProfile, Page, TimelineEntry
from .settings import SiteSettings
from .timeline import shown_timeline
from .write import PreviousPages

LATEST_ON_HOME = 10


def paragraph_anchor(index: int) -> Markdown:
    """The anchor of paragraph `index` (0-based) on its briefing page: 'p1' for the first."""
    return Markdown(f"p{int(index) + 1}")


def briefing_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"  # as `_Links.page` links to it


# The period of a record page for what has no date.
UNDATED = "undated"


# The timeline page lists every entry up to this many; beyond, it lists the
# months, and each month has a page (so a new article rewrites its months).
MAX_TIMELINE_ENTRIES = 500


def timeline_part_path(period: str) -> str:
    """The timeline page of one month ('2019-11') or one year given alone ('2016')."""
    return f"timeline/{period}.md"


def timeline_periods(timeline: tuple) -> list[tuple[str, tuple]]:
    """(period, entries) of the timeline, newest first: an entry dated to the day or month in its
    month, one dated only to a year in that year."""
    entries: dict[str, list] = defaultdict(list)
    for entry in timeline:
        entries[_period(entry)].append(entry)
    return [(p, tuple(entries[p])) for p in _newest_first(set(entries))]


def _period(entry) -> str:
    """The period of a timeline entry: its month, or its year when only the year is known."""
    return entry.date[:4] if entry.precision == "year" else entry.date[:7]


# The briefings index lists every briefing up to this many; beyond, it lists
# the months they were published in, and each month has a page (so a new
# article rewrites the index and its month, not a list of every briefing).
MAX_BRIEFINGS_LISTED = 500


def briefings_part_path(period: str) -> str:
    """The page of the briefings published in one month ('2019-11'), or of those with no date ('undated')."""
    return f"briefings/by-month/{period}.md"


def briefing_periods(briefings: Iterable[Briefing]) -> list[tuple[str, tuple[str, ...]]]:
    """(period, ids) of the briefings by the month they were published in, newest month first;
    each month's ids in the order given."""
    ids: dict[str, list[str]] = defaultdict(list)
    for briefing in briefings:
        ids[_published_period(briefing.article.published)].append(briefing.id)
    return [(p, tuple(ids[p])) for p in _newest_first(set(ids))]


def _published_period(published: str | None) -> str:
    """The period of what an article says: the month it was published, or UNDATED."""
    return published[:7] if published else UNDATED


def actor_path(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


def actor_earlier_path(actor_id: str) -> str:
    """The index of an actor's appearances and roles older than those its page shows."""
    return f"actors/{actor_id}/earlier.md"


def actor_earlier_part_path(actor_id: str, period: str) -> str:
    """The page of an actor's earlier appearances and roles of one month ('2019-08') or 'undated'."""
    return f"actors/{actor_id}/earlier/{period}.md"


def earlier_periods(parts: dict, briefings: dict[str, Briefing]) -> list[tuple[str, tuple, tuple]]:
    """(period, role sightings, appearances) of an actor's earlier ones, by the month their article
    was published, newest first: a new article changes the page of its month, not all."""
    roles: dict[str, list] = defaultdict(list)
    appearances: dict[str, list] = defaultdict(list)
    for sighting in parts["roles_earlier"]:
        roles[_published_period(sighting.published)].append(sighting)
    for appearance in parts["appearances_earlier"]:
        appearances[_published_period(briefings[appearance.briefing].article.published)].append(appearance)
    periods = _newest_first(set(roles) | set(appearances))
    return [(p, tuple(roles.get(p, ())), tuple(appearances.get(p, ()))) for p in periods]


def _newest_first(periods: set[str]) -> list[str]:
    """Periods ('2019-11', '2016', 'undated') newest first; a year alone after its months; undated last."""
    return sorted(periods - {UNDATED}, reverse=True) + ([UNDATED] if UNDATED in periods else [])


# An actor page shows the newest appearances and role sightings; a country
# named in thousands of briefings would otherwise list them all (and its
# table of contents too). The earlier ones have a page of their own.
MAX_ACTOR_APPEARANCES = 50
MAX_ACTOR_ROLES = 50


def has_earlier(actor: ActorProfile) -> bool:
    """Whether the actor has appearances or roles older than its page shows (see `actor_page_parts`)."""
    return len(actor.appearances) > MAX_ACTOR_APPEARANCES or len(actor.roles) > MAX_ACTOR_ROLES


def actor_page_parts(actor: ActorProfile) -> dict:
    """The appearances and roles the actor page shows (the newest), and the earlier ones."""
    split_appearances = max(0, len(actor.appearances) - MAX_ACTOR_APPEARANCES)
    split_roles = max(0, len(actor.roles) - MAX_ACTOR_ROLES)
    return dict(
        appearances_shown=actor.appearances[split_appearances:],
        roles_shown=actor.roles[split_roles:],
        appearances_earlier=actor.appearances[:split_appearances],
        roles_earlier=actor.roles[:split_roles],
    )


def issue_path(issue_id: str) -> str:
    return f"issues/{issue_id}.md"


def issue_record_path(issue_id: str) -> str:
    """The index of an issue's whole record, when its page shows only part of its timeline and sources."""
    return f"issues/{issue_id}/record.md"


def issue_record_part_path(issue_id: str, period: str) -> str:
    """The page of an issue's record for one month ('2019-11'), one year given alone ('2016') or 'undated'."""
    return f"issues/{issue_id}/record/{period}.md"



def record_periods(issue: IssueProfile, briefings: dict[str, Briefing]) -> list[tuple[str, tuple, tuple]]:
    """(period, timeline entries, source briefing ids) of an issue's record, newest period first.

    An entry dated to the day or month falls in its month; one dated only
    to a year, in that year; a source in the month it was published. So a
    new article changes the pages of the periods it reports on, not all.
    """
    entries: dict[str, list] = defaultdict(list)
    sources: dict[str, list] = defaultdict(list)
    for entry in issue.timeline:
        entries[_period(entry)].append(entry)
    for briefing_id in issue.briefings:
        sources[_published_period(briefings[briefing_id].article.published)].append(briefing_id)
    periods = _newest_first(set(entries) | set(sources))
    return [(p, tuple(entries.get(p, ())), tuple(sources.get(p, ()))) for p in periods]


# An issue page shows at most so many timeline entries (those the most
# sources report) and so many sources (the newest); beyond that, the page
# would be read as a list of everything, and its parties and positions would
# sit below thousands of rows. Its record page lists them all.
MAX_ISSUE_TIMELINE = 100
MAX_ISSUE_SOURCES = 50
# Sources cited by one timeline entry or conflicting version on the issue
# page (the rest are counted).
MAX_ISSUE_CITATIONS = 5


def issue_page_parts(issue: IssueProfile) -> dict:
    """What the issue page shows of the timeline and sources, and whether a record page has the rest."""
    timeline = shown_timeline(issue.timeline, MAX_ISSUE_TIMELINE)
    sources = issue.briefings[:MAX_ISSUE_SOURCES]
    return dict(
        timeline_shown=timeline,
        sources_shown=sources,
        citations_shown=MAX_ISSUE_CITATIONS,
        record=(
            len(timeline) < len(issue.timeline) or len(sources) < len(issue.briefings)
            or any(len(entry.sources) > MAX_ISSUE_CITATIONS for entry in issue.timeline)
        ),
    )


# The names a memo keeps page inputs, keys and digests (see `_Keys`), actors' earlier periods and the
# inputs of actor and briefing pages under.
_DIGESTS = "page key digests"
_EARLIER = "earlier periods"
_LABELS = "labels"
_PERIODS = "periods"
_ENVIRONMENT = "environment"
_ACTOR_INPUTS = "actor page inputs"
_BRIEFING_INPUTS = "briefing page inputs"
_TAG_UNSAFE = re.compile(r"[^\w .,:'&()\u2013-]+")


def page_tags(briefing: Briefing, issues: dict) -> list[str]:
    """Tags of a briefing page for the tags plugin: its issues and its outlet.

    Only plain characters are kept: tag names end up in HTML and in the tags
    index, and an outlet name comes from article text.
    """
    tags = [f"Issue: {issues[i].title}" for i in briefing.issues if i in issues]
    if briefing.article.outlet:
        outlet = " ".join(_TAG_UNSAFE.sub(" ", briefing.article.outlet).split())
        if outlet:
            tags.append(f"Outlet: {outlet}")
    return [" ".join(_TAG_UNSAFE.sub(" ", tag).split()) for tag in tags]


def yaml_string(value: str) -> Markdown:
    """A YAML scalar for front matter (JSON strings are YAML)."""
    return Markdown(json.dumps(str(value), ensure_ascii=True))


def source_label(briefing: Briefing) -> str:
    """How a citation names its article: the outlet, else the start of the title."""
    if briefing.article.outlet:
        return briefing.article.outlet
    title = briefing.article.title
    return title if len(title) <= 40 else title[:39].rsplit(" ", 1)[0] + "…"


@jinja2.pass_context
def href(context, target: str, anchor: str = "") -> Markdown:
    """Relative link from the page being rendered (`here`) to the page `target`."""
    link = _relative(target, _folder(context["here"]))
    return Markdown(link + (f"#{anchor}" if anchor else ""))


@jinja2.pass_context
def cite(context, source: Citation | str, paragraph: int | None = None) -> Markdown:
    """One citation (see `cite_all`): `source` is a Citation, or a briefing id with its `paragraph`."""
    if not isinstance(source, Citation):
        source = Citation(source, int(paragraph))  # type: ignore[arg-type]
    return cite_all(context, (source,))


@jinja2.pass_context
def cite_all(context, sources: Iterable[Citation]) -> Markdown:
    """'[label ¶N](…#pN)' for each of `sources`: the label of its briefing
    (`source_label`) and the paragraph's number, linked to that paragraph of
    the briefing page from the page being rendered; joined by commas. One
    call for a whole list, as month pages of a large record hold hundreds
    of thousands."""
    return Markdown(_Links(context).cite_all(sources))


@jinja2.pass_context
def cite_some(context, sources: Sequence[Citation], limit: int | None = None) -> Markdown:
    """The citations of the first `limit` of `sources` (all when None; see `cite_all`), and how many more there are."""
    return Markdown(_Links(context).cite_some(sources, limit))


class _Links:
    """Links from the page being rendered to briefing pages, and citations (see
    `cite_all`): the way to the briefings folder and each briefing's label
    are worked out once for the page."""

    __slots__ = ("briefings", "prefix", "labels")

    def __init__(self, context) -> None:
        self.briefings: dict[str, Briefing] = context["briefings"]
        self.prefix = _to_briefings(context["here"])
        self.labels: dict[str, str] = {}

    def page(self, briefing_id: str) -> str:
        """The link to the briefing's page (`briefing_path`, relative to the page being rendered)."""
        return f"{self.prefix}{briefing_id}.md"

    def paragraphs(self, briefing_id: str, paragraphs: Iterable[int]) -> str:
        """'[¶1](…#p1), [¶4](…#p4)': links to these paragraphs (0-based) of the briefing's page."""
        link = self.page(briefing_id)
        return ", ".join(f"[¶{p + 1}]({link}#{paragraph_anchor(p)})" for p in paragraphs)

    def cite_all(self, sources: Iterable[Citation]) -> str:
        labels, cited, prefix = self.labels, [], self.prefix
        for source in sources:
            briefing, number = source.briefing, source.paragraph + 1
            label = labels.get(briefing)
            if label is None:
                label = labels[briefing] = _label(source_label(self.briefings[briefing]))
            # `page(briefing)` + '#' + `paragraph_anchor(source.paragraph)`, written out:
            # a large record cites hundreds of thousands of paragraphs.
            cited.append(f"[{label} ¶{number}]({prefix}{briefing}.md#p{number})")
        return ", ".join(cited)

    def cite_some(self, sources: Sequence[Citation], limit: int | None) -> str:
        shown = sources if limit is None else sources[:limit]
        text = self.cite_all(shown)
        return text + f" and {len(sources) - len(shown)} more" if len(shown) < len(sources) else text


# Rows of the long tables and lists, made here rather than by a loop in a
# template: a month of a large record or an actor with thousands of
# appearances has thousands of rows, and a row made in Python costs a
# fraction of one made by Jinja2. Each value is escaped as a template's
# `{{ }}` would escape it (`escape_markdown`).


@jinja2.pass_context
def timeline_rows(context, entries: Iterable[TimelineEntry], limit: int | None = None) -> Markdown:
    """'| date | what | sources |' for each entry, citing at most `limit` sources each (see `cite_some`)."""
    links = _Links(context)
    return Markdown("".join(
        f"| {escape_markdown(human_date(e.date))} | {escape_markdown(e.text)} | {links.cite_some(e.sources, limit)} |\n"
        for e in entries
    ))


@jinja2.pass_context
def entry_line(context, entry: TimelineEntry) -> Markdown:
    """'- **date**: what — sources': an entry of the timeline, on its page or on the page of its month."""
    return Markdown(_entry_line(entry, _Links(context)))


@jinja2.pass_context
def entry_lines(context, entries: Iterable[TimelineEntry]) -> Markdown:
    """`entry_line` of each entry, a line each."""
    links = _Links(context)
    return Markdown("".join(_entry_line(entry, links) + "\n" for entry in entries))


def _entry_line(entry: TimelineEntry, links: _Links) -> str:
    when = escape_markdown(human_date(entry.date))
    return f"- **{when}**: {escape_markdown(entry.text)} — {links.cite_all(entry.sources)}".strip()


@jinja2.pass_context
def source_rows(context, briefing_ids: Iterable[str]) -> Markdown:
    """'| date | [title](page) | outlet |' for each briefing."""
    links = _Links(context)
    rows = []
    for briefing_id in briefing_ids:
        article = links.briefings[briefing_id].article
        rows.append(
            f"| {escape_markdown(human_date(article.published))} | [{escape_markdown(article.title)}]"
            f"({links.page(briefing_id)}) | {escape_markdown(article.outlet or '—')} |\n"
        )
    return Markdown("".join(rows))


@jinja2.pass_context
def actor_lines(context, actors: Iterable[ActorProfile]) -> Markdown:
    """'- [name](page): latest role · N briefings' for each actor, a line each (no role when none is known).
    The latest role is the newest dated article's; an undated one's only when no article is dated."""
    folder = _folder(context["here"])
    lines = []
    for actor in actors:
        latest = next((r for r in reversed(actor.roles) if r.published), actor.roles[-1] if actor.roles else None)
        role = f": {escape_markdown(latest.role)}" if latest is not None else ""
        count = len(actor.appearances)
        lines.append(
            f"- [{escape_markdown(actor.name)}]({_relative(actor_path(actor.id), folder)}){role}"
            f" · {count} briefing{'s' if count != 1 else ''}\n"
        )
    return Markdown("".join(lines))


@jinja2.pass_context
def co_actor_lines(context, co_actors: Iterable[tuple[str, int]], labels: dict[str, ActorLabel]) -> Markdown:
    """'- [name](page) · N briefings' for each (id, count) of `co_actors` with a page (a label), a line each."""
    folder = _folder(context["here"])
    return Markdown("".join(
        f"- [{escape_markdown(labels[i].name)}]({_relative(actor_path(i), folder)})"
        f" · {count} briefing{'s' if count != 1 else ''}\n"
        for i, count in co_actors if i in labels
    ))


@jinja2.pass_context
def role_rows(context, sightings: Iterable) -> Markdown:
    """'| role | as of | [title](page) |' for each sighting of an actor's role."""
    links = _Links(context)
    return Markdown("".join(
        f"| {escape_markdown(s.role)} | {escape_markdown(human_date(s.published))} | "
        f"[{escape_markdown(links.briefings[s.briefing].article.title)}]({links.page(s.briefing)}) |\n"
        for s in sightings
    ))


@jinja2.pass_context
def appearance_blocks(context, appearances: Iterable) -> Markdown:
    """For each appearance of an actor: its briefing as a heading, the outlet, date, roles and
    paragraphs, and the actor's quotes there."""
    links = _Links(context)
    parts = []
    for appearance in appearances:
        article = links.briefings[appearance.briefing].article
        link = links.page(appearance.briefing)
        roles = f" · as {escape_markdown('; '.join(appearance.roles))}" if appearance.roles else ""
        parts.append(
            f"### [{escape_markdown(article.title)}]({link}) {{ data-search-exclude }}\n\n"
            f"{escape_markdown(article.outlet or 'Outlet unknown')} · {escape_markdown(human_date(article.published))}"
            f"{roles} · paragraphs {links.paragraphs(appearance.briefing, appearance.paragraphs)}\n\n"
        )
        parts.extend(
            f"> “{escape_markdown(q.text)}” [¶{q.paragraph + 1}]({link}#{paragraph_anchor(q.paragraph)})\n\n"
            for q in appearance.quotes
        )
    return Markdown("".join(parts))


# Issue pages and the timeline cite the same few outlets thousands of times.
@lru_cache(maxsize=1 << 14)
def _label(label: str) -> str:
    return escape_markdown(label)


@lru_cache(maxsize=1 << 12)
def _to_briefings(here: str) -> str:
    """The relative link from the page `here` to the briefings folder, ending in '/' (or '')."""
    way = _relative(posixpath.dirname(briefing_path("_")), _folder(here))
    return "" if way == "." else way + "/"


# Pages link to a few thousand targets from a few folders: work each link out once.
@lru_cache(maxsize=1 << 16)
def _relative(target: str, folder: str) -> str:
    """`posixpath.relpath(target, folder)` for the docs folder's own paths (no
    '.', '..' or empty parts; `folder` '.' for the top), by their parts alone."""
    parts = target.split("/")
    above = folder.split("/") if folder != "." else []
    shared = 0
    for mine, theirs in zip(parts, above):
        if mine != theirs:
            break
        shared += 1
    return "/".join([".."] * (len(above) - shared) + parts[shared:]) or "."


@lru_cache(maxsize=1 << 12)
def _folder(path: str) -> str:
    return posixpath.dirname(path) or "."


def linked_paragraph(text: str, links: list[tuple[str, str]]) -> Markdown:
    """`text` escaped onto one line, with the first occurrence of each (words, target) a link.

    An occurrence that overlaps a longer one already linked stays text.
    """
    text = fold_line(text)
    spans: list[tuple[int, int, str]] = []
    for words, target in sorted(links, key=lambda item: (-len(item[0]), item[0])):
        words = " ".join(words.split())
        start = text.find(words) if words else -1
        if start < 0:
            continue
        end = start + len(words)
        if not any(start < e and s < end for s, e, _ in spans):
            spans.append((start, end, target))
    out, position = [], 0
    for start, end, target in sorted(spans):
        before = escape_inline(text[position:start])
        if before.endswith("!"):  # "![" would open an image
            before = before[:-1] + "\\!"
        out.append(before)
        out.append(f"[{escape_inline(text[start:end])}]({target})")
        position = end
    out.append(escape_inline(text[position:]))
    return Markdown(escape_line_start("".join(out)))


def make_environment(templates_dir: Path, compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """Jinja2 for Markdown output: every printed value is Markdown-escaped.

    HTML autoescaping is off on purpose: the output is Markdown, so values go
    through `escape_markdown` (as `finalize`) instead; templates mark what
    they build themselves with the `md` filter. `compiled` keeps compiled
    templates between builds (see `cache.TemplateCache`).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=compiled,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=escape_markdown,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=Markdown,
        human_date=human_date,
        anchor=paragraph_anchor,
        safe_url=safe_url,
        href=href,
        cite=cite,
        cite_all=cite_all,
        cite_some=cite_some,
        timeline_rows=timeline_rows,
        entry_line=entry_line,
        entry_lines=entry_lines,
        source_rows=source_rows,
        actor_lines=actor_lines,
        co_actor_lines=co_actor_lines,
        role_rows=role_rows,
        appearance_blocks=appearance_blocks,
        briefing_path=briefing_path,
        actor_path=actor_path,
        issue_path=issue_path,
        issue_record_path=issue_record_path,
        issue_record_part_path=issue_record_part_path,
        actor_earlier_path=actor_earlier_path,
        actor_earlier_part_path=actor_earlier_part_path,
        timeline_part_path=timeline_part_path,
        briefings_part_path=briefings_part_path,
        source_label=source_label,
        yaml_string=yaml_string,
        basename=lambda path: posixpath.basename(str(path).replace("\\", "/")),
    )
    return env


def _mention_links(briefing: Briefing, here: str) -> dict[int, list[tuple[str, str]]]:
    """Per paragraph, the (words, link) of each actor's first mention in the briefing."""
    links: dict[int, list[tuple[str, str]]] = {}
    for actor in briefing.actors:
        if not actor.mentions:
            continue
        first = min(actor.mentions, key=lambda m: m.paragraph)
        target = _relative(actor_path(actor.id), _folder(here))
        links.setdefault(first.paragraph, []).append((first.text, target))
    return links


ACTOR_KINDS = (("person", "People"), ("organization", "Organisations"), ("country", "Countries"), ("place", "Places"))


def actor_groups(actors) -> list[tuple[str, list[tuple[str, list]]]]:
    """Actors by kind (people first), then by the country they act for ('' when unknown, last)."""
    groups = []
    for kind, title in ACTOR_KINDS:
        members = [a for a in actors if a.kind == kind]
        if not members:
            continue
        by_country: dict[str, list] = {}
        for actor in members:
            country = (actor.country or "") if kind in ("person", "organization") else ""
            by_country.setdefault(country, []).append(actor)
        ordered = sorted(by_country.items(), key=lambda item: (item[0] == "", item[0]))
        groups.append((title, ordered))
    return groups


@dataclass(frozen=True, slots=True)
class ActorLabel:
    """What a page shows of an actor it links to."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class IssueLabel:
    """What a page shows of an issue it links to."""

    id: str
    title: str


# Values `_same` compares by equality.
_PLAIN = (str, int, bool, type(None), ActorLabel, IssueLabel)


class _Keys:
    """Digests of what a page is rendered from (see `render`).

    A page's inputs are hashed with the generator's code, the Jinja2
    version, the templates and the site settings, through their repr: the
    records are frozen dataclasses of plain values, so equal inputs give
    equal keys in every build. A briefing stands for itself by its `key`,
    worked out when it was read, and an actor profile by the keys of the
    briefings that name the actor (`actor_profiles` makes it from those
    alone); a profile or briefing without such keys, and a timeline entry,
    is hashed whole, once per build.

    With a `memo`, a long-running process keeps each page's inputs and key
    for the next build: inputs made of the same records (the very objects:
    what linking took from its memo) and equal plain values have the same
    key, found without hashing them again (`_same`). Digests are kept too,
    for as long as their objects are in use.
    """

    def __init__(
        self,
        templates_dir: Path,
        settings: SiteSettings,
        briefings: dict[str, Briefing] | None = None,
        memo: Memo | None = None,
    ) -> None:
        self.briefing_keys = {i: b.key for i, b in (briefings or {}).items()}
        digest = hashlib.sha256(rendering_digest())
        for template in sorted(templates_dir.rglob("*")):
            if template.is_file():
                digest.update(template.relative_to(templates_dir).as_posix().encode() + b"\0")
                digest.update(template.read_bytes() + b"\0")
        digest.update(repr(settings).encode())
        self.salt = digest.digest()
        # By id(): (the object, its digest). The objects held keep their ids from being reused.
        self._shared: dict[int, tuple[object, bytes]] = {}
        self._earlier: dict[int, tuple[object, bytes]] = {}
        # By page path: (template, inputs, key), this build's and the last one's.
        self._inputs: dict[str, tuple[str, dict, str]] = {}
        self._earlier_inputs: dict[str, tuple[str, dict, str]] = {}
        if memo is not None:
            earlier = memo.last(_DIGESTS)
            if isinstance(earlier, tuple) and earlier[0] == self.salt:
                self._earlier, self._earlier_inputs = earlier[1], earlier[2]
            memo.keep(_DIGESTS, (self.salt, self._shared, self._inputs))
        self.remember = memo is not None

    def _part(self, value: object) -> object:
        if isinstance(value, Briefing) and value.key:
            return value.key
        if isinstance(value, (Briefing, ActorProfile, TimelineEntry)):
            known = self._shared.get(id(value))
            if known is None or known[0] is not value:
                known = self._earlier.get(id(value))
                if known is None or known[0] is not value:
                    known = (value, self._digest(value))
                self._shared[id(value)] = known
            return known[1]
        if isinstance(value, (list, tuple)):
            return tuple(self._part(v) for v in value)
        if isinstance(value, dict):
            return tuple((k, self._part(v)) for k, v in value.items())
        return value

    def _digest(self, value: Briefing | ActorProfile) -> bytes:
        if isinstance(value, ActorProfile):
            # A profile is made from the briefings that name the actor, and
            # from nothing else: their keys stand for it (a country's profile
            # runs to megabytes).
            named = [self.briefing_keys.get(a.briefing) for a in value.appearances]
            if all(named):
                head = repr((value.id, value.name, value.kind, value.country, value.co_actors,
                             len(value.roles), len(value.appearances)))
                return hashlib.sha256("\n".join([head, *named]).encode("utf-8", "surrogatepass")).digest()
        return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).digest()

    def of(self, template: str, path: str, inputs: dict) -> str:
        earlier = self._earlier_inputs.get(path)
        if earlier is not None and earlier[0] == template and _same(earlier[1], inputs):
            key = earlier[2]
        else:
            parts = (template, path, self._part(inputs))
            key = hashlib.sha256(self.salt + repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
        if self.remember:
            self._inputs[path] = (template, inputs, key)
        return key


def _same(earlier: object, now: object) -> bool:
    """Whether `now` is `earlier` as far as a page key goes: the same
    records (the same objects: records are frozen), equal plain values of
    the same types, in lists, tuples and dicts of the same shape and order."""
    if earlier is now:
        return True
    kind = type(now)
    if type(earlier) is not kind:
        return False
    if kind is dict:
        if len(earlier) != len(now) or not all(map(operator.eq, earlier, now)):  # type: ignore[arg-type]
            return False
        earlier, now = earlier.values(), now.values()  # type: ignore[union-attr]
    elif not (kind is list or kind is tuple or (isinstance(now, tuple) and hasattr(now, "_fields"))):
        # Labels are two strings; any other record made anew (or a value of another kind) is hashed again.
        return kind in _PLAIN and earlier == now
    elif len(earlier) != len(now):  # type: ignore[arg-type]
        return False
    # Mostly the very same records: checked at C speed first.
    if all(map(operator.is_, earlier, now)):  # type: ignore[call-overload]
        return True
    for mine, theirs in zip(earlier, now):  # type: ignore[call-overload]
        if mine is not theirs and not _same(mine, theirs):
            return False
    return True


def _labels(
    actors: Iterable[ActorProfile], issues: Iterable[IssueProfile], memo: Memo | None
) -> tuple[dict[str, ActorLabel], dict[str, IssueLabel]]:
    """The label of each actor and issue, by id: the last build's very objects where the name is
    the same (page inputs that show labels are then found the same at C speed, see `_same`)."""
    before = memo.last(_LABELS) if memo is not None else None
    actors_before, issues_before = before if isinstance(before, tuple) else ({}, {})
    actor_labels, issue_labels = {}, {}
    for actor in actors:
        label = actors_before.get(actor.id)
        if label is None or label.name != actor.name:
            label = ActorLabel(actor.id, actor.name)
        actor_labels[actor.id] = label
    for issue in issues:
        known = issues_before.get(issue.id)
        if known is None or known.title != issue.title:
            known = IssueLabel(issue.id, issue.title)
        issue_labels[issue.id] = known
    if memo is not None:
        memo.keep(_LABELS, (actor_labels, issue_labels))
    return actor_labels, issue_labels


def _relabelled(then: dict[str, ActorLabel], now: dict[str, ActorLabel]) -> frozenset[str]:
    """The ids whose label in `now` is not the very one in `then`: new, gone or renamed."""
    return frozenset([i for i, label in now.items() if then.get(i) is not label] + [i for i in then if i not in now])


def _briefing_inputs(
    briefing: Briefing, corpus: Corpus, briefings: dict, actors: dict[str, ActorLabel],
    issues: dict[str, IssueLabel], captures: dict,
) -> dict:
    """All a briefing page shows: the briefing, its related briefings, its other captures, the names of what it links to."""
    speakers = {q.speaker for q in briefing.quotes if q.speaker in actors}
    return dict(
        b=briefing,
        related=[briefings[i] for i in corpus.related.get(briefing.id, ())],
        captures=captures.get(briefing.id, []),
        issues={i: issues[i] for i in briefing.issues if i in issues},
        actors={i: actors[i] for i in sorted(speakers)},
    )


def _same_briefing_inputs(
    inputs: dict, briefing: Briefing, related: Sequence[str], briefings: dict, captures: dict,
    issues: dict[str, IssueLabel], relabelled: frozenset[str] | None, speakers: frozenset[str],
) -> bool:
    """Whether `_briefing_inputs` would make `inputs` (an earlier build's) again: the very same
    briefing, its `related` briefings the same records, its captures equal, its issues' labels
    the same, and none of its quotes' `speakers` among the actors `relabelled` since the
    inputs were made (see `_same_actor_inputs`; when that is not known, the answer is no)."""
    if inputs["b"] is not briefing or relabelled is None or not relabelled.isdisjoint(speakers):
        return False
    shown, labelled = inputs["related"], inputs["issues"]
    return (
        len(shown) == len(related) and all(map(operator.is_, map(briefings.get, related), shown))
        and inputs["captures"] == captures.get(briefing.id, [])
        and list(labelled) == [i for i in briefing.issues if i in issues]
        and all(map(operator.is_, map(issues.get, labelled), labelled.values()))
    )


def _briefing_context(path: str, inputs: dict) -> dict:
    briefing = inputs["b"]
    links = _mention_links(briefing, path)
    return dict(
        inputs,
        a=briefing.article,
        paragraphs=[linked_paragraph(text, links.get(i, [])) for i, text in enumerate(briefing.article.paragraphs)],
        tags=page_tags(briefing, inputs["issues"]),
    )


def _actor_inputs(
    actor: ActorProfile, briefings: dict, actors: dict[str, ActorLabel], roles: tuple, appearances: tuple
) -> dict:
    """All an actor page shows: the profile, the briefings it cites (those of
    the `roles` and `appearances` it lists), the names of the actors it links to."""
    cited = sorted({s.briefing for s in roles} | {a.briefing for a in appearances})
    return dict(
        actor=actor,
        briefings={i: briefings[i] for i in cited},
        actors={i: actors[i] for i, _ in actor.co_actors if i in actors},
    )


def _same_actor_inputs(
    inputs: dict, actor: ActorProfile, briefings: dict, actors: dict[str, ActorLabel],
    relabelled: frozenset[str] | None = None, co_actors: frozenset[str] = frozenset(),
) -> bool:
    """Whether `_actor_inputs` would make `inputs` (an earlier build's) again: for the very
    same profile it cites the same briefings, so those must be the same records, and
    the co-actors with a label must be the same, with the same labels. When the labels
    that are not those `inputs` were made with are known (`relabelled`, see `_relabelled`),
    so is the answer for a profile none of whose co-actors (`co_actors`, their ids) is among them."""
    if inputs["actor"] is not actor:
        return False
    cited, labelled = inputs["briefings"], inputs["actors"]
    if not all(map(operator.is_, map(briefings.get, cited), cited.values())):
        return False
    if relabelled is not None and relabelled.isdisjoint(co_actors):
        return True
    return (
        list(labelled) == [i for i, _ in actor.co_actors if i in actors]
        and all(map(operator.is_, map(actors.get, labelled), labelled.values()))
    )


def _carried(memo: Memo | None, name: str) -> tuple[dict, dict]:
    """What the last build kept under `name` (empty without one), and the dict
    this build fills and keeps under it for the next."""
    before = memo.last(name) if memo is not None else None
    now: dict = {}
    if memo is not None:
        memo.keep(name, now)
    return (before if isinstance(before, dict) else {}), now


def _carried_inputs(
    memo: Memo | None, name: str, labels: dict[str, ActorLabel]
) -> tuple[dict, dict, frozenset[str] | None]:
    """`_carried` for page inputs kept with the actor labels they were found the same with
    (under None), and the actors relabelled since (see `_relabelled`; None: not known)."""
    before, now = _carried(memo, name)
    then = before.get(None)
    now[None] = labels
    return before, now, (_relabelled(then, labels) if isinstance(then, dict) else None)


@contextmanager
def templates_read(templates_dir: Path) -> Iterator[None]:
    """Turns a template's error (a missing template, bad syntax, an unknown name) into a
    BriefingError naming the template and the line."""
    try:
        yield
    except jinja2.TemplateSyntaxError as error:
        raise BriefingError(f"{templates_dir / (error.name or '?')}, line {error.lineno}: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise BriefingError(f"{templates_dir}: no template {error.name}") from None
    except jinja2.TemplateError as error:
        raise BriefingError(f"{templates_dir}: a template failed: {error.message}") from None


def render(
    corpus: Corpus,
    templates_dir: Path,
    settings: SiteSettings = SiteSettings(),
    hand_written: tuple[tuple[str, str], ...] = (),
    previous: PreviousPages | None = None,
) -> tuple[Page, ...]:
    """Every page of the site, sorted by path (see `render_pages`)."""
    return tuple(sorted(render_pages(corpus, templates_dir, settings, hand_written, previous), key=lambda p: p.path))


def render_pages(
    corpus: Corpus,
    templates_dir: Path,
    settings: SiteSettings = SiteSettings(),
    hand_written: tuple[tuple[str, str], ...] = (),
    previous: PreviousPages | None = None,
    compiled: jinja2.BytecodeCache | None = None,
    memo: Memo | None = None,
) -> Iterator[Page]:
    """Every page of the site, one at a time (a large site's pages need not all be in memory). Same corpus, same pages.

    `hand_written` lists the editor's own pages (path, title) for the home
    page to link. Briefing and actor pages (nearly all pages) get only what
    they show as their context, and a key over it (`Page.key`): a page of
    `previous` with the same key is taken as it is instead of being
    rendered again. A page that reads anything else fails loudly (strict
    undefined), so a key never misses an input. `compiled` keeps the
    compiled templates between builds, and `memo` what a long-running
    process keeps for the next build: each page's inputs and key, the
    digests they are made of (see `_Keys`), each actor's earlier periods,
    the inputs of briefing and actor pages,
    the briefings each period of a long list cites, and the Jinja2
    environment with the templates it loaded.
    """
    # A long-running process keeps its environment: Jinja2 then keeps the
    # templates it loaded, and loads one again only when its file changed.
    known = memo.last(_ENVIRONMENT) if memo is not None else None
    if isinstance(known, tuple) and known[0] == templates_dir:
        env = known[1]
    else:
        env = make_environment(templates_dir, compiled)
    if memo is not None:
        memo.keep(_ENVIRONMENT, (templates_dir, env))
    briefings = {b.id: b for b in corpus.briefings}
    actors = {a.id: a for a in corpus.actors}
    issues = {i.id: i for i in corpus.issues}
    common = dict(corpus=corpus, briefings=briefings, actors=actors, issues=issues, site=settings)
    keys = _Keys(templates_dir, settings, briefings, memo)
    actor_labels, issue_labels = _labels(corpus.actors, corpus.issues, memo)
    captures: dict[str, list[Duplicate]] = defaultdict(list)
    for duplicate in corpus.duplicates:
        captures[duplicate.kept].append(duplicate)

    def page(path: str, template: str, **context) -> Page:
        return Page(path, env.get_template(template).render(here=path, **common, **context))

    def cited(ids: Iterable[str]) -> dict[str, Briefing]:
        return {i: briefings[i] for i in sorted(set(ids))}

    def part_page(path: str, template: str, inputs: dict, citing: dict[str, Briefing]) -> Page:
        """A page of one period of a long list: rendered from its inputs and the briefings it cites."""
        return kept_page(path, template, dict(inputs, briefings=citing), lambda i: i)

    # A period of the timeline or of an issue's record whose entries and
    # sources are the very records of the last build (most periods, when
    # an article comes) cites what it cited then: its inputs serve again.
    periods_before, periods_now = _carried(memo, _PERIODS)

    def period_page(path: str, template: str, inputs: dict, cites: Callable[[], Iterable[str]]) -> Page:
        """A part page (see `part_page`) citing the briefings `cites()` names."""
        known = periods_before.get(path)
        if (
            known is not None and _same(known[0], inputs)
            and all(map(operator.is_, map(briefings.get, known[1]["briefings"]), known[1]["briefings"].values()))
        ):
            shown = known[1]
        else:
            shown = dict(inputs, briefings=cited(cites()))
        periods_now[path] = (inputs, shown)
        return kept_page(path, template, shown, lambda i: i)

    # An actor's earlier roles and appearances are its profile's and cite
    # only briefings that name it: for the same profile (the very object,
    # which linking's memo keeps while none of those briefings changed),
    # the periods of the last build serve again.
    earlier_before, earlier_now = _carried(memo, _EARLIER)

    def kept_page(path: str, template: str, inputs: dict, context) -> Page:
        key = keys.of(template, path, inputs)
        kept = previous.unchanged(path, key) if previous is not None else None
        if kept is not None:
            return Page(path, "", key, *kept)
        content = previous.get(path, key) if previous is not None else None
        if content is None:
            content = env.get_template(template).render(here=path, **context(inputs))
        return Page(path, content, key)

    yield page("index.md", "home.md.j2", latest=corpus.briefings[:LATEST_ON_HOME], hand_written=hand_written)
    if len(corpus.briefings) <= MAX_BRIEFINGS_LISTED:
        yield page("briefings/index.md", "briefings.md.j2", periods=None)
    else:
        months = briefing_periods(corpus.briefings)
        yield page("briefings/index.md", "briefings.md.j2", periods=[(p, len(ids)) for p, ids in months])
        for period, ids in months:
            yield part_page(briefings_part_path(period), "briefings_part.md.j2", dict(period=period, ids=ids),
                            cited(ids))
    yield page("actors/index.md", "actors.md.j2", groups=actor_groups(corpus.actors))
    yield page("issues/index.md", "issues.md.j2")
    if len(corpus.timeline) <= MAX_TIMELINE_ENTRIES:
        yield page("timeline.md", "timeline.md.j2", periods=None)
    else:
        periods = timeline_periods(corpus.timeline)
        yield page("timeline.md", "timeline.md.j2", periods=periods)
        for period, entries in periods:
            yield period_page(
                timeline_part_path(period), "timeline_part.md.j2", dict(period=period, entries=entries),
                lambda entries=entries: (c.briefing for entry in entries for c in entry.sources),
            )
    yield page("report.md", "report.md.j2")
    yield page("tags.md", "tags.md.j2")
    # The inputs of a briefing's page, and of an actor's, are the last build's very
    # dict while they would be made the same (see `_same_briefing_inputs` and
    # `_same_actor_inputs`): found the same at once. Each is kept with the ids of
    # the actors whose labels it may show (the briefing's speakers, the profile's
    # co-actors), and all of them with the labels they were found the same with.
    briefing_inputs_before, briefing_inputs_now, relabelled = _carried_inputs(memo, _BRIEFING_INPUTS, actor_labels)
    for briefing in corpus.briefings:
        path = briefing_path(briefing.id)
        carried = briefing_inputs_before.get(briefing.id)
        related = corpus.related.get(briefing.id, ())
        if carried is None or not _same_briefing_inputs(
            carried[0], briefing, related, briefings, captures, issue_labels, relabelled, carried[1]
        ):
            inputs = _briefing_inputs(briefing, corpus, briefings, actor_labels, issue_labels, captures)
            carried = (inputs, frozenset(q.speaker for q in briefing.quotes))
        briefing_inputs_now[briefing.id] = carried
        yield kept_page(path, "briefing.md.j2", carried[0], lambda inputs, path=path: _briefing_context(path, inputs))
    actor_inputs_before, actor_inputs_now, relabelled = _carried_inputs(memo, _ACTOR_INPUTS, actor_labels)
    for actor in corpus.actors:
        carried = actor_inputs_before.get(actor.id)
        if carried is None or not _same_actor_inputs(carried[0], actor, briefings, actor_labels, relabelled, carried[1]):
            parts = actor_page_parts(actor)
            shown = _actor_inputs(actor, briefings, actor_labels, parts["roles_shown"], parts["appearances_shown"])
            carried = (shown, frozenset(i for i, _ in actor.co_actors))
        actor_inputs_now[actor.id] = carried
        yield kept_page(
            actor_path(actor.id), "actor.md.j2", carried[0],
            lambda inputs, actor=actor: dict(inputs, **actor_page_parts(actor)),
        )
        if has_earlier(actor):
            known = earlier_before.get(actor.id)
            if known is None or known[0] is not actor:
                periods = earlier_periods(actor_page_parts(actor), briefings)
                citing = [cited([*(s.briefing for s in roles), *(a.briefing for a in appearances)])
                          for _, roles, appearances in periods]
                known = (actor, periods, citing)
            earlier_now[actor.id] = known
            _, periods, citing = known
            label = actor_labels[actor.id]
            yield kept_page(
                actor_earlier_path(actor.id), "actor_earlier.md.j2",
                # What the page shows of each period: how many roles and appearances.
                dict(actor=label, periods=[(period, len(roles), len(seen)) for period, roles, seen in periods]),
                lambda i: i,
            )
            for (period, roles, appearances), briefings_cited in zip(periods, citing):
                yield part_page(
                    actor_earlier_part_path(actor.id, period), "actor_earlier_part.md.j2",
                    dict(actor=label, period=period, roles=roles, appearances=appearances), briefings_cited,
                )
    for issue in corpus.issues:
        parts = issue_page_parts(issue)
        yield page(issue_path(issue.id), "issue.md.j2", issue=issue, **parts)
        if parts["record"]:
            periods = record_periods(issue, briefings)
            yield page(issue_record_path(issue.id), "issue_record.md.j2", issue=issue, periods=periods)
            label = issue_labels[issue.id]
            for period, entries, sources in periods:
                yield period_page(
                    issue_record_part_path(issue.id, period), "issue_record_part.md.j2",
                    dict(issue=label, period=period, entries=entries, sources=sources),
                    lambda entries=entries, sources=sources: [
                        *(c.briefing for entry in entries for c in entry.sources), *sources
                    ],
                )
        if issue.timeline:
            whole = len(parts["timeline_shown"]) == len(issue.timeline)
            yield timeline_svg(issue, "the table" if whole else "the issue's record")
    if corpus.actors:
        yield network_svg(corpus.actors)
    feed = dict(title=settings.name, description=settings.description, site_url=settings.url)
    yield rss(corpus, **feed)
    yield json_feed(corpus, **feed)
