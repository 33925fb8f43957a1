"""The frozen records that flow between the pipeline stages.

ingest -> RawArticle -> clean -> CleanArticle -> extract -> Briefing
       -> link -> Corpus -> render -> Page -> write

Every record is immutable; a stage returns a new record instead of filling in
an old one. Sequences are tuples so records hash and compare by value.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field, is_dataclass, replace


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Metadata stated outside the article text: sidecar YAML, front matter, HTML meta.

    Every field is optional; a stated value beats anything guessed from the text.
    `published` is an ISO date string (YYYY-MM-DD).
    """

    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input file, read and decoded, before any cleaning.

    `text` has Unix line ends and no BOM. `path` is the path as given.
    """

    path: str
    sha256: str
    text: str
    format: str  # "txt" | "md" | "html"
    encoding: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    # The outlet a saved page names itself by ('og:site_name', its JSON-LD publisher): a clue that
    # yields to a wire credited in the text (Kyodo copy on The Japan Times' page is Kyodo's).
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and agency that open the body: 'SEOUL (Kyodo) --'."""

    place: str | None
    agency: str | None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from: the input path, hash of its bytes, original URL."""

    path: str
    sha256: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article with the site chrome removed and its metadata found.

    `paragraphs` is the body in order (the dateline stays in the first);
    `removed` keeps every non-blank input line the cleaner dropped, in order;
    `captions` are the photo captions among them (they name in full people
    the story may call by the surname alone); `introduced` pairs a paragraph's
    index with who a dropped cue before it said speaks there ('[Sound bite: NSO
    deputy director Kim You-geun]'); `local_day` is the day it was at the
    dateline's place when the page was stamped, where that is not `published`
    (an American site's evening stamp on a story from Seoul), or the day the
    piece ran first in print, a day or a few before the page's ('(From The
    Yomiuri Shimbun, Nov. 23, 2019)'): the day the story's own 'on Saturday'
    counts from.
    """

    id: str
    source: Source
    title: str
    outlet: str | None
    published: str | None
    dateline: Dateline | None
    byline: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    introduced: tuple[tuple[int, str], ...] = ()
    local_day: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an actor is named: the paragraph index and the words used."""

    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country or place as one article presents it."""

    id: str
    name: str
    kind: str  # "person" | "organization" | "country" | "place"
    roles: tuple[str, ...] = ()
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words (without the marks), the actor id of the speaker, and the paragraph."""

    text: str
    speaker: str | None
    paragraph: int


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening: ISO date at its precision ('day', 'month', 'year')."""

    date: str
    precision: str
    text: str
    paragraph: int
    expression: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """A sentence that carries the news, with its paragraph index."""

    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Digest:
    """What the corpus-wide stages need from one briefing, worked out when it is read (`digest.digest`).

    `sketch` is the de-duplication sketch (`dedupe.sketch`); `background`
    gives, for each issue of the briefing, the sentences that could explain
    it as (cues, paragraph, sentence) (`dossier.background_lines`);
    `positions`, for each issue, the sentences where someone takes a
    position on it as (paragraph, sentence, where its verb starts)
    (`dossier.position_lines`); `terms` are the folded recurring-term
    candidates (`candidates.briefing_terms`); `acting` holds the id of each
    of its actors and the country of each that is not a country, so a
    party found in neither has nobody acting for it there (`dossier.acting_for`;
    None: not worked out).
    """

    sketch: bytes = b""
    background: tuple[tuple[str, tuple[tuple[int, int, str], ...]], ...] = ()
    positions: tuple[tuple[str, tuple[tuple[int, str, int], ...]], ...] = ()
    terms: tuple[str, ...] = ()
    acting: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    """One article with everything extracted from it: the per-article record.

    `digest` is a by-product kept for linking (None until the pipeline adds
    it); it is derived from the rest, so it takes no part in comparisons.
    `key` is a SHA-256 over all the rest but the digest (`briefing_key`),
    worked out once when the article is read, so that later stages can tell
    a record from another without walking it ('' until the pipeline adds it).
    """

    article: CleanArticle
    summary: str = ""
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
    issues: tuple[str, ...] = ()
    digest: Digest | None = field(default=None, compare=False, repr=False)
    key: str = field(default="", compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.article.id


def briefing_key(briefing: Briefing) -> str:
    """A SHA-256 of the briefing's repr: every field but the derived digest and
    key, and of its path only the file name (pages name no folder).

    Records are frozen dataclasses of plain values, so equal records give
    equal keys, in every process; the same file read from a folder spelled
    otherwise (`seeds`, `./seeds`, `/project/seeds`) gives the same key.
    """
    source = briefing.article.source
    name = posixpath.basename(source.path.replace("\\", "/"))
    if name != source.path:
        briefing = replace(briefing, article=replace(briefing.article, source=replace(source, path=name)))
    return hashlib.sha256(repr(briefing).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input file that could not become a briefing, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A paragraph of a briefing: where a claim comes from."""

    briefing: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence taken from an article, with its source."""

    text: str
    source: Citation


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One happening on one date, merged across every article that reports it."""

    date: str
    precision: str
    text: str
    sources: tuple[Citation, ...]
    issues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree: the same happening given different dates (or figures)."""

    topic: str
    versions: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class RoleSighting:
    """A role an article gives an actor, dated by the article."""

    role: str
    briefing: str
    published: str | None


@dataclass(frozen=True, slots=True)
class Appearance:
    """An actor in one briefing: the paragraphs naming them and what they said."""

    briefing: str
    paragraphs: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """An actor merged across all briefings: what its page shows."""

    id: str
    name: str
    kind: str
    country: str | None
    roles: tuple[RoleSighting, ...]
    appearances: tuple[Appearance, ...]
    co_actors: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """What one party (a country) did and said on an issue."""

    party: str
    statements: tuple[Statement, ...]
    quotes: tuple[tuple[str, Quote], ...] = ()  # (briefing id, quote)


@dataclass(frozen=True, slots=True)
class IssueProfile:
    """An issue merged across its briefings: what its page shows.

    `conflicts` are the strongest of the `conflicts_found` disagreements
    between sources (see `timeline.strongest_conflicts`).
    """

    id: str
    title: str
    description: str
    briefings: tuple[str, ...]
    background: tuple[Statement, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    positions: tuple[Position, ...] = ()
    status: tuple[Statement, ...] = ()
    upcoming: tuple[TimelineEntry, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    conflicts_found: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recurring term the editor has not configured as an issue."""

    term: str
    briefings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`dropped` was found to be the same story as the kept briefing `kept`."""

    kept: str
    dropped: Source
    similarity: float


@dataclass(frozen=True, slots=True)
class Corpus:
    """All briefings linked together: what the pages are rendered from.

    `briefings` is newest first (undated last, then by id); `related` maps a
    briefing id to related briefing ids, best first.
    """

    briefings: tuple[Briefing, ...]
    related: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=True)
    rejections: tuple[Rejection, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    actors: tuple[ActorProfile, ...] = ()
    issues: tuple[IssueProfile, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    candidates: tuple[Candidate, ...] = ()

    def get(self, briefing_id: str) -> Briefing:
        for briefing in self.briefings:
            if briefing.id == briefing_id:
                return briefing
        raise KeyError(briefing_id)


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page: its path relative to the docs folder, and its text.

    `key` is a digest of everything the page was rendered from ('' when the
    page is always rendered anew): the next build reuses the page when its
    key has not changed (see `render`). `kept` is the SHA-256 of the file
    the last build wrote at `path` when that file is this page, as it is
    (`content` is then not read, and empty), and `kept_stat` its (inode,
    size, mtime) as found then.
    """

    path: str
    content: str
    key: str = ""
    kept: str = ""
    kept_stat: tuple[int, int, int] | None = None


def _reduce(record: object) -> tuple:
    # Pickle a record as its class and field values: unpickling then calls the
    # constructor, several times faster than the generic dataclass __setstate__
    # (which looks up the fields anew for every object). Cached records are
    # unpickled by the thousand on every build.
    return (type(record), tuple(getattr(record, name) for name in type(record).__slots__))


for _record in [value for value in list(globals().values()) if isinstance(value, type) and is_dataclass(value)]:
    if _record.__module__ == __name__ and "__slots__" in _record.__dict__:
        _record.__reduce__ = _reduce
