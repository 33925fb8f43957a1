"""Build the static site from the docs folder with MkDocs (mkdocs-material).

A build whose MkDocs inputs are those of the site in use keeps that site
instead of building it again (see `build_site`): the inputs are the docs
folder, the configuration file, the hooks and theme overrides it names, the
generator's code and every installed package's version. A stamp in the
cache folder records what the site in use was built from and each of its
files' size and modification time, so a site changed or replaced since is
built again.

When pages were added, changed or removed, MkDocs runs but takes each
unchanged page from the site in use (see `_PageReuse`): a page's HTML is
made from its own Markdown, the configuration, the nav, and which of the
files it links to exist, so while those are the same the file is linked
rather than converted and rendered again, and its entries of the search
index are those the site in use holds. Converting and rendering are
nearly all of MkDocs' time (15–20 ms a page), so a rebuild that changes a
few pages costs MkDocs a few pages' worth and the site-wide files (the
search index, the tags page, the sitemap).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from .cache import TemplateCache, code_digest
from .errors import SiteBuildError
from .write import atomic_write, link_file, link_tree

STAMP_FORMAT = "briefing-site-3"
# Configuration features whose effect the configuration file alone does not
# show (values from the environment, settings from another file): with
# them, the site is always built.
UNTRACKED_CONFIG = (b"!ENV", b"INHERIT")
# The tags plugin lists the tagged pages where a page holds its directive (a comment,
# `<!-- material/tags -->` unless configured otherwise): such a page is never taken from
# the site in use, and one added, changed or removed means every page is built (a
# tagged page links to the listings of its tags).
TAGS_PLUGINS = ("material/tags", "tags")
DEFAULT_LISTING_DIRECTIVE = "material/tags"
# The plugins whose work on a page a reused page stands in for: the search plugin's
# entries are taken from the index of the site in use, and the tags plugin's Markdown
# event runs as in any build (its other page event only shapes the page's own HTML).
REPLAYED_PLUGINS = frozenset({"material/search", "material/tags", "search", "tags"})
# What a plugin or hook does to each page or to the nav: with any other that handles
# one of these, every page is built.
PAGE_EVENTS = (
    "on_nav", "on_pre_page", "on_page_read_source", "on_page_markdown", "on_page_content", "on_page_context",
    "on_post_page",
)
SEARCH_INDEX = "search/search_index.json"
# The steps of MkDocs' build (in `mkdocs.commands.build`) that `_PageReuse` replaces:
# with a MkDocs that has not all of them, every page is built.
MKDOCS_STEPS = ("get_navigation", "_populate_page", "_build_page")

log = logging.getLogger(__name__)


class LogCollector(logging.Handler):
    """Keeps the messages MkDocs logs at `level` or above, to report them in one error."""

    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level=level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass(frozen=True)
class PreviousSite:
    """The site folder in use and the stamp that says what it was built from."""

    folder: Path
    stamp: Path


@dataclass(frozen=True)
class SiteInputs:
    """What a MkDocs build reads: `digest` of all of it; `common`, of all but the docs
    folder's files; each of those files' SHA-256 (`docs`, by relative path); and the
    pages among them that list tagged pages (`listings`, see TAGS_PLUGINS)."""

    digest: str
    common: str
    docs: dict[str, str]
    listings: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SiteBuild:
    """What `build_site` did: `inputs` is what MkDocs read (None when it cannot be
    told); `reused` says the site in use was kept; `pages` holds what the stamp
    keeps of each page and `nav` what the nav was made of (see `_PageReuse`),
    and `pages_reused` how many pages were taken from the site in use."""

    inputs: SiteInputs | None
    reused: bool = False
    pages: dict[str, dict] = field(default_factory=dict)
    nav: list | None = None
    pages_reused: int = 0


def build_site(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    *,
    strict: bool = True,
    previous: PreviousSite | None = None,
    compiled_in: Path | None = None,
) -> SiteBuild:
    """Run `mkdocs build` on `config_file` with the given docs and site folders.

    With `strict`, any MkDocs warning (a broken link, a page missing from the
    docs folder) fails the build, as `mkdocs build --strict` does.
    With `previous`, a site in use built from the same inputs and unchanged
    since is linked into `site_dir` instead, and one built from the same
    inputs but some pages added, changed or removed gives the other pages (see
    the module docstring). With `compiled_in` (a cache folder, see `TemplateCache`) the
    theme's templates are kept compiled there for the next build with the same
    configuration, theme and packages. Raises SiteBuildError with MkDocs' messages.
    """
    # MkDocs is imported here, not with this module: a build without a site
    # (`--no-site`, `briefing watch --no-site`) does without its import time.
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not config_file.is_file():
        raise SiteBuildError(f"{config_file}: no MkDocs configuration file")
    counter = LogCollector(logging.WARNING)
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(counter)
    try:
        config = load_config(
            config_file=str(config_file),
            docs_dir=str(docs_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            strict=strict,
        )
        inputs = site_inputs(config, config_file, docs_dir, strict) if previous is not None else None
        stamp = _stamp_of(previous) if previous is not None and inputs is not None else None
        if stamp is not None and stamp["inputs"] == inputs.digest:
            link_tree(previous.folder, site_dir)
            return SiteBuild(inputs, reused=True)
        if inputs is None:
            mkdocs_build(config)
            return SiteBuild(None)
        reusable = _reusable(stamp, inputs, config, previous.folder) if stamp is not None else {}
        reuse = _PageReuse(reusable, previous.folder, inputs.docs, stamp and stamp.get("nav"), counter)
        if compiled_in is not None:
            _compile_into(config, TemplateCache(compiled_in, salt=inputs.common.encode()))
        with reuse.installed():
            mkdocs_build(config)
    except MkDocsException as exc:
        details = "; ".join(counter.messages) or str(exc)
        raise SiteBuildError(f"MkDocs build failed: {details}") from None
    finally:
        mkdocs_log.removeHandler(counter)
    return SiteBuild(inputs, pages=reuse.pages, nav=reuse.nav, pages_reused=reuse.reused)


def _compile_into(config, compiled) -> None:
    """Give the Jinja2 environment MkDocs makes for the theme `compiled` as its bytecode cache
    (a site build compiled 37 of the theme's templates in 0.18 s; from the cache, none)."""
    make_environment = config.theme.get_env

    def environment():
        env = make_environment()
        env.bytecode_cache = compiled
        return env

    config.theme.get_env = environment


def site_inputs(config, config_file: Path, docs_dir: Path, strict: bool) -> SiteInputs | None:
    """What a MkDocs build with `config` reads (see `SiteInputs`), or None when the
    configuration uses UNTRACKED_CONFIG."""
    text = config_file.read_bytes()
    if any(feature in text for feature in UNTRACKED_CONFIG):
        return None
    digest = hashlib.sha256(f"{STAMP_FORMAT}\nstrict {strict}\n".encode())
    digest.update(code_digest())
    digest.update(_package_versions())
    digest.update(f"SOURCE_DATE_EPOCH {os.environ.get('SOURCE_DATE_EPOCH')}\n".encode())
    _add_file(digest, "mkdocs.yml", config_file)
    hooks = sorted(Path(module.__file__) for module in (config.get("hooks") or {}).values())
    for hook in hooks:
        _add_file(digest, f"hook {hook}", hook)
    custom_dir = config.theme.custom_dir if config.theme else None
    if custom_dir:
        folder = Path(custom_dir)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            _add_file(digest, f"theme {path.relative_to(folder).as_posix()}", path)
    common = digest.hexdigest()
    listing = _listing_pattern(config)
    docs, listings = {}, set()
    for path in sorted(p for p in docs_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(docs_dir).as_posix()
        data = path.read_bytes()
        docs[relative] = hashlib.sha256(data).hexdigest()
        # Each file's own digest stands for its bytes: they are hashed once.
        _add_file(digest, f"docs {relative}", path, docs[relative].encode())
        if listing.search(data):
            listings.add(relative)
    return SiteInputs(digest.hexdigest(), common, docs, frozenset(listings))


def _listing_pattern(config) -> re.Pattern[bytes]:
    """What makes a page a listing of tagged pages, as the tags plugin finds its directive."""
    directive = DEFAULT_LISTING_DIRECTIVE
    for name in TAGS_PLUGINS:
        plugin = config.plugins.get(name)
        if plugin is not None:
            directive = getattr(plugin.config, "listings_directive", None) or directive
    return re.compile(rb"<!--\s*?" + re.escape(directive.encode("utf-8")), re.IGNORECASE)


def _add_file(digest, label: str, path: Path, data: bytes | None = None) -> None:
    """Add the file at `path` under `label`: its bytes, or `data` in their place."""
    if data is None:
        data = path.read_bytes()
    name = label.encode("utf-8", "surrogateescape")
    digest.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
    digest.update(data)


@cache
def _package_versions() -> bytes:
    """Every installed package and its version: MkDocs' theme, plugins and Markdown extensions among them."""
    found = sorted({(d.metadata["Name"] or "", d.version) for d in metadata.distributions()})
    return "".join(f"{name} {version}\n" for name, version in found).encode()


def site_files(folder: Path) -> list[list]:
    """[relative path, size, modification time in ns] of every file under `folder`, sorted
    (folder by folder; a symbolic link is listed, not followed)."""
    found: list[list] = []

    def walk(directory: str, prefix: str) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(info.st_mode):
                    walk(entry.path, f"{prefix}{entry.name}/")
                else:
                    found.append([prefix + entry.name, info.st_size, info.st_mtime_ns])

    walk(str(folder), "")
    found.sort(key=lambda file: file[0].split("/"))
    return found


def _stamp_of(previous: PreviousSite) -> dict | None:
    """The stamp of the site in use, if it is one and the site's files are as the build that wrote it left them."""
    try:
        stamp = json.loads(previous.stamp.read_text(encoding="utf-8"))
        if (
            isinstance(stamp, dict)
            and stamp.get("format") == STAMP_FORMAT
            and isinstance(stamp.get("inputs"), str)
            and stamp.get("folder") == str(previous.folder.resolve())
            and previous.folder.is_dir()
            and stamp.get("files") == site_files(previous.folder)
        ):
            return stamp
    except (OSError, ValueError):
        pass
    return None


def _reusable(stamp: dict, inputs: SiteInputs, config, folder: Path) -> dict[str, tuple[dict, list]]:
    """The pages of the site in use that this build may take as they are, by source path:
    what the stamp keeps of each and its search entries. None at all unless all but
    the docs are the same, the listing pages are those of the site in use, and no
    plugin or hook but REPLAYED_PLUGINS handles a page or the nav. (The nav and
    the files each page links to are checked as MkDocs makes them: `_PageReuse`.)"""
    known, pages, listed = stamp.get("docs"), stamp.get("pages"), stamp.get("listings")
    if stamp.get("common") != inputs.common or not isinstance(known, dict) or not isinstance(pages, dict):
        return {}
    if not isinstance(listed, list) or set(listed) != inputs.listings:
        return {}
    if any(known.get(path) != inputs.docs[path] for path in inputs.listings):
        return {}
    for name, plugin in config.plugins.items():
        if name not in REPLAYED_PLUGINS and any(hasattr(plugin, event) for event in PAGE_EVENTS):
            return {}
        if name in TAGS_PLUGINS and (getattr(plugin.config, "tags_file", None)
                                     or getattr(plugin.config, "tags_extra_files", None)):
            return {}  # pages named there list tags whatever they hold
    if not all(map(_well_formed, pages.values())):
        return {}
    counts = [kept["entries"] for kept in pages.values()]
    try:
        entries = json.loads((folder / SEARCH_INDEX).read_text(encoding="utf-8"))["docs"]
    except FileNotFoundError:
        entries = [] if not any(counts) else None  # a site without search
    except (OSError, ValueError, KeyError, TypeError):
        entries = None
    if not isinstance(entries, list) or sum(counts) != len(entries):
        return {}  # not the index the stamp describes
    reusable, start = {}, 0
    for (path, kept), count in zip(pages.items(), counts):
        if path not in inputs.listings and known.get(path) == inputs.docs.get(path):
            reusable[path] = (kept, entries[start:start + count])
        start += count
    return reusable


def _well_formed(kept: object) -> bool:
    """Whether `kept` is what `_kept` makes (a stamp is a file, and files get damaged)."""
    return (
        isinstance(kept, dict)
        and isinstance(kept.get("dest"), str)
        and (kept.get("title") is None or isinstance(kept.get("title"), str))
        and (kept.get("anchors") is None or (
            isinstance(kept.get("anchors"), list) and all(isinstance(a, str) for a in kept["anchors"])))
        and isinstance(kept.get("links"), dict)
        and all(isinstance(target, str) and isinstance(links, dict) for target, links in kept["links"].items())
        and isinstance(kept.get("found"), dict)
        and all(isinstance(path, str) and type(found) is bool for path, found in kept["found"].items())
        and type(kept.get("warned")) is bool
        and type(kept.get("entries")) is int and kept["entries"] >= 0
    )


class _PageReuse:
    """MkDocs' page steps, taking the pages of `reusable` (see `_reusable`) from the site in `folder`.

    A page's HTML is made from its Markdown, the configuration, the nav, and
    which of the files it links to exist. So the nav must be made of what
    the stamp says it was (`nav`, see `_nav_made_of`; `docs` holds each docs
    file's digest), and a page is taken only if every file its conversion
    looked up is found, or not, as then. A page that made MkDocs warn is
    always built again, so that every build warns as a whole build would.

    A page taken is read, with its front matter, and the plugins' Markdown
    event runs for it (the tags plugin collects its tags there), but it is
    neither converted nor rendered: it gets the title and anchors the stamp
    keeps and its links to other pages' anchors (MkDocs checks those of every
    page once all are rendered); its search entries are those of the index
    in use, and its file the very file of the site in use. Every page gets
    what the next stamp keeps of it in `pages`, and the nav in `nav`.
    """

    def __init__(
        self, reusable: dict[str, tuple[dict, list]], folder: Path, docs: dict[str, str], nav: object,
        warnings: LogCollector,
    ) -> None:
        self.reusable = reusable
        self.folder = folder
        self.docs = docs
        self.kept_nav = nav
        self.warnings = warnings
        self.pages: dict[str, dict] = {}
        self.nav: list | None = None
        self.reused = 0
        self._built: dict[str, tuple[dict[str, bool], bool]] = {}
        self._files: dict[str, object] = {}  # each file looked up in this build's files, or None

    @contextmanager
    def installed(self) -> Iterator[None]:
        """MkDocs' nav and page steps replaced for the block (its `build` looks them up when it
        runs), if it has them (MKDOCS_STEPS); if not, MkDocs builds every page itself."""
        import mkdocs.commands.build as steps

        if not all(callable(getattr(steps, name, None)) for name in MKDOCS_STEPS):
            yield
            return
        navigation, populate, render = steps.get_navigation, steps._populate_page, steps._build_page

        def get_navigation(files, config):
            nav = navigation(files, config)
            self.nav = _nav_made_of(nav, self.docs)
            if self.nav != self.kept_nav:
                self.reusable.clear()
            return nav

        def populate_page(page, config, files, dirty=False):
            taken = self.reusable.get(page.file.src_uri)
            if taken is not None and self._populate(page, config, files, taken[0]):
                return
            self.reusable.pop(page.file.src_uri, None)
            found: dict[str, bool] = {}
            lookup = files.get_file_from_path

            def looking_up(path):
                file = lookup(path)
                found[path] = file is not None
                return file

            before = len(self.warnings.messages)
            files.get_file_from_path = looking_up
            try:
                populate(page, config, files, dirty)
            finally:
                del files.get_file_from_path
            self._built[page.file.src_uri] = (found, len(self.warnings.messages) > before)

        def build_page(page, config, doc_files, nav, env, dirty=False, excluded=False):
            index = _search_index(config)
            taken = self.reusable.get(page.file.src_uri)
            if taken is not None:
                kept, entries = taken
                destination = Path(page.file.abs_dest_path)
                destination.parent.mkdir(parents=True, exist_ok=True)
                link_file(self.folder / kept["dest"], destination)
                if index is not None:
                    index.entries.extend(entries)
                self.pages[page.file.src_uri] = kept
                self.reused += 1
                return
            before, warnings = len(index.entries) if index is not None else 0, len(self.warnings.messages)
            render(page, config, doc_files, nav, env, dirty, excluded)
            added = len(index.entries) - before if index is not None else 0
            found, warned = self._built.pop(page.file.src_uri, ({}, True))
            warned = warned or len(self.warnings.messages) > warnings
            self.pages[page.file.src_uri] = _kept(page, added, found, warned)

        steps.get_navigation, steps._populate_page, steps._build_page = get_navigation, populate_page, build_page
        try:
            yield
        finally:
            steps.get_navigation, steps._populate_page, steps._build_page = navigation, populate, render

    def _populate(self, page, config, files, kept: dict) -> bool:
        """Read the page and give it what `kept` holds, as MkDocs' `_populate_page` would
        after converting it; False (nothing done) if it made MkDocs warn, if its file in
        the site in use is gone, or if a file it looked up is now found where it was
        not, or the other way round."""
        if kept["warned"] or kept["dest"] != page.file.dest_uri or not (self.folder / kept["dest"]).is_file():
            return False
        if any((self._file(files, path) is not None) != found for path, found in kept["found"].items()):
            return False
        links = {}
        for target, anchors in kept["links"].items():
            found = self._file(files, target)
            if found is None:
                return False
            links[found] = dict(anchors)
        config._current_page = page
        try:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        finally:
            config._current_page = None
        page._title_from_render = kept["title"]
        page.present_anchor_ids = None if kept["anchors"] is None else set(kept["anchors"])
        page.links_to_anchors = links
        page.content = ""
        return True

    def _file(self, files, path: str):
        """The file of `files` at `path`, or None (the same paths recur on many pages, and
        MkDocs finds each slowly)."""
        if path not in self._files:
            self._files[path] = files.get_file_from_path(path)
        return self._files[path]


def _nav_made_of(nav, docs: dict[str, str]) -> list:
    """What every page's nav (and its previous and next links) is made from: the nav's
    sections, links and pages, in order, with their titles. A page the configuration
    gives no title is named by its own Markdown, so its digest stands in for the title."""

    def item(entry) -> list:
        if entry.is_section:
            return ["section", entry.title, [item(child) for child in entry.children]]
        if entry.is_page:
            title = entry.title  # the configuration's, or None: no page has been read yet
            return ["page", entry.file.src_uri, title, docs.get(entry.file.src_uri) if title is None else None]
        return ["link", entry.title, entry.url]

    return [item(entry) for entry in nav.items]


def _kept(page, entries: int, found: dict[str, bool], warned: bool) -> dict:
    """What the stamp keeps of a page MkDocs built, to take it from the site next time (see
    `_PageReuse`): `found` says which of the files its conversion looked up were there."""
    return {
        "dest": page.file.dest_uri,
        "title": page._title_from_render,
        "anchors": None if page.present_anchor_ids is None else sorted(page.present_anchor_ids),
        "links": {target.src_uri: dict(links) for target, links in (page.links_to_anchors or {}).items()},
        "found": found,
        "warned": warned,
        "entries": entries,
    }


def _search_index(config):
    """The search plugin's index being made (its `entries` list), or None without the plugin."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        index = getattr(plugin, "search_index", None)
        if index is not None and isinstance(getattr(index, "entries", None), list):
            return index
    return None


def record_site(stamp: Path, build: SiteBuild, folder: Path) -> None:
    """Note what the site in `folder` was built from, and what each page's reuse needs
    (atomically; a stamp that cannot be written only means the next build runs MkDocs
    on every page)."""
    inputs = build.inputs
    if inputs is None:
        return
    payload = json.dumps({
        "format": STAMP_FORMAT,
        "inputs": inputs.digest,
        "common": inputs.common,
        "docs": inputs.docs,
        "folder": str(folder.resolve()),
        "files": site_files(folder),
        "listings": sorted(inputs.listings),
        "nav": build.nav,
        "pages": build.pages,
    })
    try:
        atomic_write(stamp, payload.encode("utf-8"))
    except OSError as exc:
        log.warning("cannot write %s: %s", stamp, exc)
