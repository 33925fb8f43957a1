"""The orchestrator: ingest -> clean -> extract -> link -> render -> write -> site."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import CACHE_DIR, ArticleCache, Memory, TemplateCache, as_read_from, file_key, fingerprint
from .clean import clean
from .dedupe import deduplicate
from .digest import digest
from .errors import BriefingError, InputError, RejectedInputError
from .extract import extract
from .ingest import discover, read_article, strays
from .knowledge import Knowledge, knowledge_files, load_knowledge
from .link import link
from .lock import BuildLocked, build_lock
from .models import Briefing, Corpus, Rejection, briefing_key
from .render import briefing_path, render_pages, templates_read
from .settings import load_settings
from .site import PreviousSite, build_site, record_site
from .write import (
    PreviousPages, WriteResult, drop_spare, file_system_now, hand_written_pages, read_manifest, record_pages, replacing,
    write_pages,
)

# Fewer articles to read than this are read in this process: starting
# worker processes costs more than it saves.
PARALLEL_FROM = 16
# In the cache folder: what the site in use was built from (see `site`).
SITE_STAMP = "site.json"
# In the cache folder: the stat of each reusable page written (see `write.PreviousPages`).
PAGE_STATS = "pages.json"
# Cache entries a build did not use are removed once they are this old
# (an edited article's earlier version, a removed article).
CACHE_MAX_AGE_DAYS = 30


@dataclass(frozen=True)
class BuildOptions:
    """Where `briefing build` reads and writes. Relative paths are taken from the project folder.

    `cache_dir` keeps what each input file gave and the compiled templates
    (see `cache`); None turns the cache off. `workers` is how many processes
    read articles (None: one per CPU available).
    """

    input_dir: Path = Path("seeds")
    docs_dir: Path = Path("site_src")
    site_dir: Path = Path("site")
    config_file: Path = Path("mkdocs.yml")
    knowledge_dir: Path = Path("knowledge")
    templates_dir: Path = Path("templates")
    build_site: bool = True
    strict: bool = False
    cache_dir: Path | None = Path(CACHE_DIR)
    workers: int | None = None


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the linked corpus, what the writer changed, and where the time went.

    `read` counts the input files read (cleaned and extracted) in this build;
    `cached` those whose records came from the cache. `site_reused` says the
    site in use was kept, as nothing MkDocs reads had changed (see `site`);
    `site_pages_reused` counts the pages MkDocs took from the site in use
    rather than building them, and `site_pages` all the pages it had.
    `skipped` lists the input folder's entries no build reads, with the
    reason (see `ingest.strays`).
    `timings` is (stage, seconds) in pipeline order.
    """

    corpus: Corpus
    written: WriteResult
    read: int = 0
    cached: int = 0
    site_reused: bool = False
    site_pages_reused: int = 0
    site_pages: int = 0
    skipped: tuple[tuple[Path, str], ...] = ()
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)


def read_briefings(
    paths: Iterable[Path], knowledge: Knowledge
) -> tuple[list[Briefing], list[Rejection]]:
    """Each readable file as a Briefing (no de-duplication), and the rejections."""
    return unique_ids(read_all(list(paths), knowledge).outcomes)


def read_one(path: Path, knowledge: Knowledge) -> Briefing | Rejection:
    """One input file read, cleaned and extracted (with its `digest` and `key`), or the reason it cannot be used."""
    try:
        briefing = extract(clean(read_article(path)), knowledge)
    except InputError as error:
        return Rejection(error.path, error.reason)
    except (RecursionError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as error:
        # A fault of this tool's own on one article: the others are still built, and this one is named with it.
        return Rejection(str(path), f"could not be read into a briefing, a fault of briefing's own "
                                    f"({type(error).__name__}: {error}); please report it with this file")
    return replace(briefing, digest=digest(briefing, knowledge.issues), key=briefing_key(briefing))


@dataclass(frozen=True)
class Reading:
    """`read_one` of every input file, in input order; the cache keys used; how many came from the cache."""

    outcomes: tuple[Briefing | Rejection, ...]
    keys: frozenset[str]
    cached: int


def read_all(
    paths: Sequence[Path],
    knowledge: Knowledge,
    cache: ArticleCache | None = None,
    workers: int | None = None,
    memory: Memory | None = None,
) -> Reading:
    """`read_one` of every path, taking what `memory` and the cache hold.

    The files neither holds are read in worker processes when there are
    many. A record is stored only if its file did not change while it was
    read. `memory` (a long-running process's) then holds this reading.
    """
    known = fingerprint(knowledge) if memory is not None else ""
    if memory is not None:
        folders = [_folder(path) for path in paths]
        listed = _listings(folders)
        keys = [memory.key(path, listed.get(folder)) for path, folder in zip(paths, folders)]
    else:
        keys = [file_key(path) if cache is not None else None for path in paths]
    with collector_paused():
        outcomes: list[Briefing | Rejection | None] = [
            _remembered(memory, known, key, path) or _cached(cache, key, path) for key, path in zip(keys, paths)
        ]
    missing = [i for i, outcome in enumerate(outcomes) if outcome is None]
    fresh = _read_many([paths[i] for i in missing], [keys[i] for i in missing], knowledge, cache, workers)
    for i, outcome in zip(missing, fresh):
        outcomes[i] = outcome
    if memory is not None:
        memory.keep(known, {key: outcome for key, outcome in zip(keys, outcomes) if key is not None})
    return Reading(
        outcomes=tuple(outcomes),
        keys=frozenset(key for key in keys if key is not None),
        cached=len(paths) - len(missing),
    )


def _remembered(memory: Memory | None, known: str, key: str | None, path: Path) -> Briefing | Rejection | None:
    """The record the last build of this process read from `path`'s bytes, or None."""
    outcome = memory.record(known, key) if memory is not None else None
    return as_read_from(outcome, path) if outcome is not None else None


def _cached(cache: ArticleCache | None, key: str | None, path: Path) -> Briefing | Rejection | None:
    """The cache's record of `path` (naming `path` as given), or None."""
    outcome = cache.load(key) if cache is not None and key is not None else None
    return as_read_from(outcome, path) if outcome is not None else None


def _folder(path: Path) -> str:
    """The folder of `path`, as a string (`Path.parent` hashes slowly, and there are thousands)."""
    return os.path.dirname(path) or "."


def _listings(folders: Iterable[str]) -> dict[str, frozenset[str]]:
    """The names in each of `folders` (none for a folder that cannot be listed)."""
    listed = {}
    for folder in set(folders):
        try:
            listed[folder] = frozenset(os.listdir(folder))
        except OSError:
            pass
    return listed


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: for loading many records (from the
    cache or from the workers), which makes no garbage.

    Each collection would walk every record loaded so far, which makes
    loading a thousand records about twice as slow.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def records_settled() -> Iterator[Callable[[], None]]:
    """Yield `settle`: calling it takes every object alive then out of the cyclic
    garbage collector's walks, until the block ends (`gc.freeze`).

    The records read live for the whole build; without this, every full
    collection while linking and rendering walks all of them again.
    """
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def available_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _read_many(
    paths: list[Path], keys: list[str | None], knowledge: Knowledge, cache: ArticleCache | None, workers: int | None
) -> list[Briefing | Rejection]:
    workers = min(workers or available_cpus(), len(paths))
    if workers <= 1 or len(paths) < PARALLEL_FROM:
        return [_read_and_store(path, key, knowledge, cache) for path, key in zip(paths, keys)]
    # Chunks of a few dozen files keep the workers busy with little messaging;
    # map() returns the results in input order, so the output stays the same.
    # Each worker stores what it read in the cache itself, so this process
    # only collects the records.
    chunk = max(1, min(32, len(paths) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(knowledge, cache)) as pool:
        with collector_paused():
            return list(pool.map(_read_in_worker, paths, keys, chunksize=chunk))


def _read_and_store(path: Path, key: str | None, knowledge: Knowledge, cache: ArticleCache | None) -> Briefing | Rejection:
    """`read_one`, kept in the cache under `key` if the file did not change while it was read."""
    outcome = read_one(path, knowledge)
    if cache is not None and key is not None and file_key(path) == key:
        cache.store(key, outcome)
    return outcome


_worker_knowledge: Knowledge | None = None
_worker_cache: ArticleCache | None = None


def _start_worker(knowledge: Knowledge, cache: ArticleCache | None) -> None:
    global _worker_knowledge, _worker_cache
    _worker_knowledge, _worker_cache = knowledge, cache


def _read_in_worker(path: Path, key: str | None) -> Briefing | Rejection:
    return _read_and_store(path, key, _worker_knowledge, _worker_cache)


def unique_ids(outcomes: Iterable[Briefing | Rejection]) -> tuple[list[Briefing], list[Rejection]]:
    """The briefings, the first of each id (in input order), and the rejections, later namesakes included."""
    briefings: dict[str, Briefing] = {}
    rejections = []
    for outcome in outcomes:
        if isinstance(outcome, Rejection):
            rejections.append(outcome)
        elif outcome.id in briefings:
            first = briefings[outcome.id].article.source.path
            rejections.append(Rejection(outcome.article.source.path, f"same id '{outcome.id}' as {first}"))
        else:
            briefings[outcome.id] = outcome
    return list(briefings.values()), rejections


# What a site folder MkDocs built holds: a folder with none of them is no site.
SITE_MARKS = ("index.html", "404.html", "sitemap.xml", "search", "assets")


def clear_of_hand_written(
    briefings: list[Briefing], rejections: list[Rejection], docs_dir: Path
) -> tuple[list[Briefing], list[Rejection]]:
    """The briefings whose page is no hand-written page of the docs folder, and the rejections with
    one for each of the others: the editor's page stays, the other articles still build."""
    owned = read_manifest(docs_dir) if docs_dir.is_dir() else set()
    kept = []
    for briefing in briefings:
        page = briefing_path(briefing.id)
        if page not in owned and os.path.lexists(docs_dir / page):
            rejections = [*rejections, Rejection(
                briefing.article.source.path, f"its page {docs_dir / page} is a hand-written page: rename the file",
            )]
        else:
            kept.append(briefing)
    return kept, rejections


def check_folders(options: BuildOptions) -> None:
    """Refuse output folders that hold the inputs (a build replaces them whole), that are files, or a
    site folder holding files no site build made.

    Raises BriefingError naming the two folders.
    """
    outputs = {"docs folder": options.docs_dir.resolve()}
    if options.build_site:
        outputs["site folder"] = options.site_dir.resolve()
    inputs = {
        "input folder": options.input_dir, "knowledge folder": options.knowledge_dir,
        "templates folder": options.templates_dir, "MkDocs configuration": options.config_file,
    }
    if options.cache_dir is not None:
        inputs["cache folder"] = options.cache_dir
    for name, output in outputs.items():
        if output.exists() and not output.is_dir():
            raise BriefingError(f"the {name} {output} is a file, not a folder: choose another {name}")
        others = {**inputs, **{n: o for n, o in outputs.items() if n != name}}
        for other_name, other in others.items():
            other = Path(other).resolve()
            if other == output or output in other.parents:
                raise BriefingError(f"the {name} {output} holds the {other_name} {other}: choose another {name}")
    site = outputs.get("site folder")
    if site is not None and site.is_dir() and not any(os.path.lexists(site / name) for name in SITE_MARKS):
        # A build replaces the site folder whole (but for its hidden files, as MkDocs keeps them).
        theirs = sorted(entry.name for entry in site.iterdir() if not entry.name.startswith("."))
        if theirs:
            raise BriefingError(
                f"the site folder {site} holds files no site build made ({', '.join(theirs[:3])}"
                f"{' …' if len(theirs) > 3 else ''}): choose another site folder, or empty it"
            )


class _Stopwatch:
    """Seconds spent in each stage, in order."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.laps.append((name, time.perf_counter() - start))

    @contextmanager
    def split(self, producer: str, consumer: str) -> Iterator[Callable[[Iterable], Iterator]]:
        """Two interleaved stages: the time spent taking items from the iterables
        wrapped with the yielded function goes to `producer`, the rest to `consumer`."""
        spent = [0.0]

        def timed(items: Iterable) -> Iterator:
            iterator = iter(items)
            while True:
                start = time.perf_counter()
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    spent[0] += time.perf_counter() - start
                yield item

        start = time.perf_counter()
        try:
            yield timed
        finally:
            total = time.perf_counter() - start
            self.laps.append((producer, spent[0]))
            self.laps.append((consumer, total - spent[0]))


def build(options: BuildOptions, memory: Memory | None = None) -> BuildResult:
    """Build the briefing site: Markdown into the docs folder, then (optionally) HTML.

    All or nothing: the new docs folder and site are staged beside the
    current ones and swapped in only when both are complete (see
    `write.replacing`). One build at a time per folder holding a docs folder (`lock`).
    `memory` is kept by a process that builds again and again (`briefing
    watch`): the records of unchanged files are then taken from it rather
    than from the cache folder, unchanged files are not read to find their
    keys, de-duplication, linking and page keys are brought up to date
    for what changed rather than worked out afresh (see `memo`), the
    knowledge and settings are loaded again only when their files changed, and the
    previous docs tree is kept to stage the next build from
    (`end_of_builds` removes it).
    """
    stopwatch = _Stopwatch()
    # Configuration first: a broken knowledge or config file stops the build before any output.
    if memory is None:
        knowledge = load_knowledge(options.knowledge_dir)
        settings = load_settings(options.config_file)
    else:
        knowledge = memory.loaded(
            "knowledge", knowledge_files(options.knowledge_dir), lambda: load_knowledge(options.knowledge_dir)
        )
        settings = memory.loaded("settings", (options.config_file,), lambda: load_settings(options.config_file))
    if not options.input_dir.is_dir():
        raise BriefingError(f"{options.input_dir}: no such input folder")
    check_folders(options)
    with build_lock(options.docs_dir), records_settled() as settle:
        # Read, clean and extract every article (new and changed ones only, with the cache).
        with stopwatch.stage("read"):
            cache = ArticleCache(options.cache_dir, fingerprint(knowledge)) if options.cache_dir else None
            paths = discover(options.input_dir)
            skipped = tuple(strays(options.input_dir, paths))
            reading = read_all(paths, knowledge, cache, options.workers, memory)
            briefings, rejections = unique_ids(reading.outcomes)
            briefings, rejections = clear_of_hand_written(briefings, rejections, options.docs_dir)
            settle()
        if options.strict and rejections:
            raise RejectedInputError(rejections)
        # The same story captured twice becomes one briefing.
        with stopwatch.stage("dedupe"):
            sketches = [b.digest and b.digest.sketch for b in briefings]
            linked = memory.linked if memory is not None else None
            kept, duplicates = deduplicate([b.article for b in briefings], sketches, [b.key for b in briefings], linked)
            kept_ids = {article.id for article in kept}
            briefings = [b for b in briefings if b.id in kept_ids]
        # Link across articles: order, related articles, actors, issues, timeline.
        with stopwatch.stage("link"):
            corpus = link(briefings, knowledge.issues, rejections, duplicates, linked)
        # Render the pages one at a time straight into a staged copy of the
        # docs folder, build the site from it, and swap both in only when
        # both are done.
        site_dir = options.site_dir if options.build_site else None
        stamp = options.cache_dir / SITE_STAMP if options.cache_dir is not None else None
        page_stats = options.cache_dir / PAGE_STATS if options.cache_dir is not None else None
        with replacing(options.docs_dir, site_dir, keep_spare=memory is not None) as staged:
            # The staged tree holds the very files of the current one (hard links): the pages
            # known unchanged there are the files that will be published.
            previous = PreviousPages(staged.docs, page_stats)
            hand_written = hand_written_pages(staged.docs, staged.files)
            compiled = TemplateCache(options.cache_dir) if options.cache_dir else None
            pages = render_pages(corpus, options.templates_dir, settings, hand_written, previous, compiled, linked)
            with stopwatch.split("render", "write") as timed, templates_read(options.templates_dir):
                written = write_pages(timed(pages), staged.docs, staged.free)
            # The file system's time now, before the pages are published: a page stamped
            # earlier is known unchanged next time by its stat (see `record_pages`).
            stamped = file_system_now(staged.docs.parent)
            site = None
            if staged.site is not None:
                # MkDocs runs unless the site in use was built from the same inputs.
                with stopwatch.stage("site"):
                    previous_site = PreviousSite(options.site_dir, stamp) if stamp else None
                    site = build_site(
                        options.config_file, staged.docs, staged.site, strict=True, previous=previous_site,
                        compiled_in=options.cache_dir,
                    )
        if page_stats is not None:
            record_pages(page_stats, written.stats, stamped)
        if stamp is not None and site is not None and site.inputs is not None and not site.reused:
            record_site(stamp, site, options.site_dir)
        if cache is not None:
            cache.prune(reading.keys, max_age=CACHE_MAX_AGE_DAYS * 86400)
        if linked is not None:
            linked.settle()
    return BuildResult(
        corpus=corpus,
        written=written,
        site_reused=site is not None and site.reused,
        site_pages_reused=site.pages_reused if site is not None else 0,
        site_pages=len(site.pages) if site is not None else 0,
        read=len(paths) - reading.cached,
        cached=reading.cached,
        skipped=skipped,
        timings=tuple(stopwatch.laps),
    )


def end_of_builds(docs_dir: Path) -> None:
    """Remove what builds with a `Memory` kept beside `docs_dir` (the spare docs tree), unless a build runs."""
    try:
        with build_lock(docs_dir):
            drop_spare(docs_dir)
    except BuildLocked:
        pass  # the running build stages from the spare
