"""The per-article cache: what reading one input file gave, kept between builds.

Reading an article (ingest, clean, extract) depends only on the file's path
and bytes, its sidecar, the knowledge files and the generator itself. An
entry is keyed by all of them, so a rebuild re-reads only the files that are
new or changed, and any change of the code, the knowledge files or the
libraries that decode articles starts a fresh cache.

Layout: `CACHE/<fingerprint>/<key>.pickle`, one file per input file, where
the fingerprint covers the generator's source, the knowledge, the Python and
library versions, and the key covers the path, the bytes and the sidecar.
`CACHE/templates/` keeps the page templates compiled (`TemplateCache`).

Entries are pickles of the frozen records (`Briefing` or `Rejection`). The
cache is local and trusted: it lives in the project folder, is written only
by briefing and every entry carries a SHA-256 of its payload, checked before
unpickling, so a truncated or damaged entry is ignored (the article is read
again), never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import replace
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar, cast

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from . import __version__, clock
from .ingest import MAX_BYTES, MAX_SIDECAR_BYTES, SIDECAR_SUFFIXES
from .knowledge import Knowledge
from .memo import Memo
from .models import Briefing, Rejection

CACHE_DIR = ".briefing-cache"
TEMPLATES = "templates"
SUFFIX = ".pickle"
MAGIC = b"briefing-cache-1\n"
# The libraries whose output lands in a cached record (decoding, HTML text).
LIBRARIES = ("charset-normalizer", "lxml", "PyYAML", "trafilatura")
PACKAGE = Path(__file__).resolve().parent
_FINGERPRINT = re.compile(r"[0-9a-f]{24}")
_KEY = re.compile(r"[0-9a-f]{64}")

log = logging.getLogger(__name__)

Outcome = Briefing | Rejection
T = TypeVar("T")


def fingerprint(knowledge: Knowledge) -> str:
    """What every cached record depends on besides its own file: code, knowledge, versions."""
    digest = hashlib.sha256(code_digest())
    # The loaded knowledge, not its files: comments and layout do not matter.
    digest.update(repr(knowledge).encode())
    return digest.hexdigest()[:24]


@cache
def code_digest() -> bytes:
    """The generator's files and the versions it runs with, as this process first saw them.

    Taken once per process: the code that runs is the code that was
    imported, even if the files change while a `briefing watch` runs.
    """
    digest = hashlib.sha256()
    digest.update(f"briefing {__version__}\npython {sys.version_info[:3]}\n".encode())
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\n".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(PACKAGE).as_posix()} {len(data)}\n".encode())
            digest.update(data)
    return digest.digest()


def rendering_digest() -> bytes:
    """What rendering depends on besides the templates and the pages' inputs: the generator's code and Jinja2."""
    return code_digest() + f"jinja2 {jinja2.__version__}\n".encode()


def file_key(path: Path) -> str | None:
    """The key of an input file: its name, bytes and sidecars; None if it is not a plain readable file.

    The folder is not part of it: what reading gives depends on the file
    alone, but for the path the record names, which `as_read_from` sets
    on a record loaded from the cache. So `seeds` and `/project/seeds`, or
    a project moved elsewhere, find the same entries. Files that are not
    cached (a directory, a dangling link, an oversized file) are cheap to
    reject and are simply read again on every build.
    """
    digest = hashlib.sha256()
    for part, limit in ((path, MAX_BYTES), *((path.with_suffix(s), MAX_SIDECAR_BYTES) for s in SIDECAR_SUFFIXES)):
        if part is not path and not os.path.lexists(part):
            continue
        data = _small_file_bytes(part, limit)
        if data is None:
            return None
        name = part.name.encode("utf-8", "surrogateescape")
        digest.update(len(name).to_bytes(8, "big") + name)
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def as_read_from(outcome: Outcome, path: Path) -> Outcome | None:
    """A cached record as if `path` had been read: the record names the path
    as given. None for a rejection of a path spelled otherwise (its reason
    may name the path; a rejected file is read again)."""
    given = str(path)
    if isinstance(outcome, Rejection):
        return outcome if outcome.path == given else None
    source = outcome.article.source
    if source.path == given:
        return outcome
    article = replace(outcome.article, source=replace(source, path=given))
    return replace(outcome, article=article)


class Memory:
    """What the builds of one long-running process (`briefing watch`) keep between them.

    `key` works out `file_key` again only for a file (or sidecar) whose
    stat changed since (device, inode, size, modification and change times),
    as git's index does, and `loaded` loads the configuration again only
    when its files changed; `records` are the records of the last build by key,
    for the knowledge `fingerprint` they were read with; `linked` keeps what
    de-duplication, linking and rendering worked out (see `memo`). The one
    mutable object of a build: everything else is worked out afresh.
    """

    def __init__(self) -> None:
        self._keys: dict[str, tuple[tuple, str | None]] = {}  # by path as a string: quicker to hash
        self._loaded: dict[str, tuple[tuple, object]] = {}
        self.fingerprint: str | None = None
        self.records: dict[str, Outcome] = {}
        self.linked = Memo()

    def key(self, path: Path, listed: Set[str] | None = None) -> str | None:
        """`file_key(path)`, from memory when no part of the file changed (`listed`: see `_signature`)."""
        signature = _signature(path, listed)
        name = str(path)
        known = self._keys.get(name)
        if signature is not None and known is not None and known[0] == signature:
            return known[1]
        key = file_key(path)
        # A file changed within a tick of now is read again next time (see `clock`).
        if signature is not None and _settled(signature):
            self._keys[name] = (signature, key)
        else:
            self._keys.pop(name, None)
        return key

    def loaded(self, name: str, paths: Sequence[Path], load: Callable[[], T]) -> T:
        """`load()`, or what it gave under `name` last time if none of `paths` changed since
        (by their stat, as for `key`; a missing file stays missing). An error is never kept."""
        stats = tuple(_stat_of(path) for path in paths)
        known = self._loaded.get(name)
        if known is not None and known[0] == stats:
            return cast(T, known[1])
        value = load()
        if _settled(stats):
            self._loaded[name] = (stats, value)
        else:
            self._loaded.pop(name, None)
        return value

    def keep(self, fingerprint: str, records: dict[str, Outcome]) -> None:
        """Keep `records` (by key) as what the last build read, with `fingerprint`."""
        self.fingerprint, self.records = fingerprint, records
        known = set(records)
        self._keys = {path: entry for path, entry in self._keys.items() if entry[1] in known}

    def record(self, fingerprint: str, key: str | None) -> Outcome | None:
        """The record the last build read under `key` with the same knowledge, or None."""
        return self.records.get(key) if key is not None and fingerprint == self.fingerprint else None


def _signature(path: Path, listed: Set[str] | None = None) -> tuple | None:
    """(device, inode, size, ctime, mtime) of the file and of each sidecar (None where absent); None if unreadable.

    `listed`, when given, are the names in the file's folder: a sidecar not
    among them is taken as absent without asking for its stat.
    """
    name = str(path)
    base = name[: len(name) - len(path.suffix)] if path.suffix else name
    parts = [_stat_of(name)]
    if parts[0] is None:
        return None  # no file, or a dangling link: nothing to remember
    stem = path.stem
    for suffix in SIDECAR_SUFFIXES:
        if listed is not None and stem + suffix not in listed:
            parts.append(None)
            continue
        part = base + suffix
        info = _stat_of(part)
        if info is None and os.path.lexists(part):
            return None
        parts.append(info)
    return tuple(parts)


def _stat_of(path: str | Path) -> tuple[int, int, int, int, int] | None:
    """(device, inode, size, ctime, mtime) of the file `path` names (following links); None if it cannot be had."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_ctime_ns, info.st_mtime_ns)


def _settled(stats: Iterable[tuple | None]) -> bool:
    """Whether the files of these stats changed longer ago than a tick of their file system (see `clock`)."""
    times = [info[4] for info in stats if info]  # their mtimes
    return not times or time.time_ns() - max(times) > clock.settling_ns(*times)


def _small_file_bytes(path: Path, limit: int) -> bytes | None:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return data if len(data) <= limit else None


class ArticleCache:
    """The cache entries of one fingerprint in `folder`.

    `load` and `store` never raise for a damaged or unwritable cache: the
    cache only saves time.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.root = folder
        self.folder = folder / fingerprint
        self._store_failed = False

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def load(self, key: str) -> Outcome | None:
        """The record stored under `key`, or None if there is none or it is damaged."""
        try:
            blob = self._entry(key).read_bytes()
        except OSError:
            return None
        header = len(MAGIC) + hashlib.sha256().digest_size
        payload = blob[header:]
        if blob[: len(MAGIC)] != MAGIC or blob[len(MAGIC) : header] != hashlib.sha256(payload).digest():
            return None
        try:
            record = pickle.loads(payload)  # noqa: S301 - local, checksummed, written by store()
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
            return None
        return record if isinstance(record, (Briefing, Rejection)) else None

    def store(self, key: str, record: Outcome) -> None:
        """Keep `record` under `key` (atomically: a reader sees the old entry or the new one)."""
        payload = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        blob = MAGIC + hashlib.sha256(payload).digest() + payload
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=SUFFIX)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(blob)
                os.replace(tmp, self._entry(key))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            if not self._store_failed:
                log.warning("cannot write the cache in %s: %s", self.folder, exc)
                self._store_failed = True

    def prune(self, keep: Set[str], max_age: float) -> int:
        """Delete the entries not in `keep` written over `max_age` seconds ago, and the
        folders of other fingerprints; return how many entries went.

        Only names the cache itself makes are deleted: anything else a user
        put in the cache folder stays.
        """
        removed = 0
        try:
            siblings = list(self.root.iterdir())
        except OSError:
            return 0
        for folder in siblings:
            if folder != self.folder and _FINGERPRINT.fullmatch(folder.name) and folder.is_dir():
                removed += _remove_entries(folder, frozenset(), max_age=0)
                try:
                    folder.rmdir()
                except OSError:
                    pass
        return removed + _remove_entries(self.folder, keep, max_age)


def _remove_entries(folder: Path, keep: Set[str], max_age: float) -> int:
    removed = 0
    cutoff = time.time() - max_age
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        stem = entry.name.removesuffix(SUFFIX)
        stale = entry.name.startswith(".tmp-") or (
            entry.name.endswith(SUFFIX) and _KEY.fullmatch(stem) and stem not in keep
        )
        if stale and entry.is_file(follow_symlinks=False):
            try:
                if entry.stat(follow_symlinks=False).st_mtime > cutoff:
                    continue
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed


class TemplateCache(FileSystemBytecodeCache):
    """Jinja2's compiled templates, kept in `CACHE/templates/` between builds.

    Compiling the page templates costs about 50 ms in every build that
    renders anything; loading them compiled, about 3 ms. An entry is used
    only for the same template source compiled by the same generator code
    and Jinja2 version (which set how templates compile), or with the same
    `salt` where one is given (the site's theme templates, see `site`);
    otherwise the template is compiled and stored again under the same name. Like the
    article cache it never fails a build: an unwritable folder only means
    compiling every time.
    """

    def __init__(self, folder: Path, salt: bytes | None = None) -> None:
        """`salt`: what else than the source the compiled code depends on (default: `rendering_digest()`)."""
        self.folder = folder / TEMPLATES
        super().__init__(str(self.folder))
        self._store_failed = False
        self._salt = salt

    def get_source_checksum(self, source: str) -> str:
        digest = hashlib.sha256(self._salt if self._salt is not None else rendering_digest())
        digest.update(source.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()  # unreadable or damaged: compile again

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as exc:
            if not self._store_failed:
                log.warning("cannot write the template cache in %s: %s", self.folder, exc)
                self._store_failed = True
