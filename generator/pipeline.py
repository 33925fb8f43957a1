"""The orchestrator: ingest -> clean -> extract -> link -> render -> write -> site."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .clean import clean
from .errors import BriefingError, InputError, RejectedInputError
from .extract import extract
from .ingest import discover, read_article
from .knowledge import Knowledge, load_knowledge
from .link import link
from .dedupe import deduplicate
from .models import Briefing, CleanArticle, Corpus, Rejection
from .render import render
from .settings import load_settings
from .site import build_site
from .write import WriteResult, write_pages


@dataclass(frozen=True)
class BuildOptions:
    """Where `briefing build` reads and writes. Relative paths are taken from the project folder."""

    input_dir: Path = Path("seeds")
    docs_dir: Path = Path("site_src")
    site_dir: Path = Path("site")
    config_file: Path = Path("mkdocs.yml")
    knowledge_dir: Path = Path("knowledge")
    templates_dir: Path = Path("templates")
    build_site: bool = True
    strict: bool = False


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the linked corpus and what the writer changed."""

    corpus: Corpus
    written: WriteResult


def read_clean(paths: Iterable[Path]) -> tuple[list[CleanArticle], list[Rejection]]:
    """Every article that can be read and cleaned, and a rejection for each one that cannot.

    Two files with one stem ('a.txt', 'a.md') would share an id: the later
    one in name order is rejected.
    """
    articles: dict[str, CleanArticle] = {}
    rejections = []
    for path in paths:
        try:
            article = clean(read_article(path))
        except InputError as error:
            rejections.append(Rejection(error.path, error.reason))
            continue
        if article.id in articles:
            first = articles[article.id].source.path
            rejections.append(Rejection(str(path), f"same id '{article.id}' as {first}"))
            continue
        articles[article.id] = article
    return list(articles.values()), rejections


def read_briefings(
    paths: Iterable[Path], knowledge: Knowledge
) -> tuple[list[Briefing], list[Rejection]]:
    """Each readable file as a Briefing (no de-duplication), and the rejections."""
    articles, rejections = read_clean(paths)
    return [extract(article, knowledge) for article in articles], rejections


def build(options: BuildOptions) -> BuildResult:
    """Build the briefing site: Markdown into the docs folder, then (optionally) HTML."""
    # Knowledge first: a broken knowledge file stops the build before any output.
    knowledge = load_knowledge(options.knowledge_dir)
    if not options.input_dir.is_dir():
        raise BriefingError(f"{options.input_dir}: no such input folder")
    # Read and clean every article; bad files become rejections.
    articles, rejections = read_clean(discover(options.input_dir))
    if options.strict and rejections:
        raise RejectedInputError(rejections)
    # The same story captured twice becomes one briefing.
    articles, duplicates = deduplicate(articles)
    # Extract actors, quotes, events, facts and issues from each article.
    briefings = [extract(article, knowledge) for article in articles]
    # Link across articles: order, related articles, actors, issues, timeline.
    corpus = link(briefings, knowledge.issues, rejections, duplicates)
    # Render every page, then write them with the one writer.
    settings = load_settings(options.config_file)
    written = write_pages(render(corpus, options.templates_dir, settings), options.docs_dir)
    # Build the static site with MkDocs.
    if options.build_site:
        build_site(options.config_file, options.docs_dir, options.site_dir, strict=True)
    return BuildResult(corpus=corpus, written=written)
