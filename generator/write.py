"""The one writer of the docs folder (`site_src/`), and the swap that publishes a build.

`write_pages` writes only files whose content changed, deletes the pages it
wrote before that are gone now, and never touches a file it did not write:
the manifest `.briefing-manifest.json` lists what it owns, with the key
each reusable page was rendered from (`PreviousPages` reads them back).
Hand-written pages live beside the generated ones untouched.

`replacing` makes a build all or nothing. The new docs tree is staged in a
sibling folder as a copy of the current one made of hard links (unchanged
files keep their bytes, inode and mtime; the writer replaces a file by
unlinking its name there and writing a new file, so the current tree never
changes), the writer
updates it, MkDocs builds the new site into another sibling folder, and only
then are both swapped in by renames. A build that fails or is killed before
the swap leaves the current folders as they were; the next build clears
what it left behind. The swap itself is recorded first in a journal, so a
build killed halfway through it is completed by the next one.

A process that builds again and again (`briefing watch`) keeps the previous
tree as a spare (`<name>.spare`) rather than removing it: the next build
stages by bringing the spare up to date with the current tree (`sync_tree`:
only the files whose inode differs are linked again, which are the ones
the last build changed), instead of linking every file afresh. The
spare's own versions of those files are set aside (`FreeFiles`), and the
build writes its changed pages over them rather than creating new files.
"""

from __future__ import annotations

import bisect
import ctypes
import errno
import hashlib
import json
import math
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import OutputError
from .models import Page

MANIFEST = ".briefing-manifest.json"
PAGE_SUFFIXES = (".md", ".svg", ".xml", ".json")
# Beside each published folder: `<name>.new` (being built), `<name>.old`
# (the previous tree, until it is removed), `<name>.spare` (the previous
# docs tree, kept by `briefing watch` to stage the next build from), and
# the swap journal.
STAGING = ".briefing-staging"
JOURNAL = "swap.json"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Pages are ordinary files: readable as the user's umask allows.
FILE_MODE = 0o666 & ~_umask()


@dataclass(frozen=True)
class WriteResult:
    """What the writer did, as sorted relative paths; and, by path, each
    keyed page's SHA-256, inode, size and mtime (see `record_pages`)."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    deleted: tuple[str, ...]
    stats: dict[str, list] = field(default_factory=dict, compare=False)


_UNSAFE_PARTS = frozenset(("", ".", ".."))


def check_path(path: str) -> None:
    """A page path must be relative, normalised, inside the folder, with a known suffix (plain
    string tests: every page passes here)."""
    parts = path.split("/")
    name = parts[-1]
    dot = name.rfind(".")
    if (
        "\\" in path
        or not _UNSAFE_PARTS.isdisjoint(parts)  # also an empty or absolute path
        or not 0 < dot < len(name) - 1
        or name[dot:] not in PAGE_SUFFIXES
        or name.startswith(".")
    ):
        raise OutputError(f"refusing to write page with unsafe path: {path!r}")


def hand_written_pages(docs_dir: Path, files: Iterable[str] | None = None) -> tuple[tuple[str, str], ...]:
    """(path, title) of the Markdown pages in `docs_dir` the generator did not write, sorted.

    The title is the page's first '# ' heading, else its file name. `files`,
    when given, are the relative paths of the files in `docs_dir` (a staged
    tree knows them: see `Staged.files`); otherwise the folder is walked.
    """
    if not docs_dir.is_dir():
        return ()
    owned = read_manifest(docs_dir)
    listed = _files(docs_dir) if files is None else files
    mine = [
        relative for relative in listed
        if relative.endswith(".md") and relative not in owned and not any(part.startswith(".") for part in relative.split("/"))
    ]
    pages = []
    for relative in sorted(mine, key=lambda relative: relative.split("/")):
        path = docs_dir / relative
        title = path.stem.replace("-", " ").replace("_", " ").capitalize()
        try:
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[:20]:
                if line.startswith("# "):
                    title = line[2:].strip() or title
                    break
        except OSError:
            continue
        pages.append((relative, title))
    return tuple(pages)


class _Parsed:
    """A manifest as parsed, with what the callers make of it, worked out once."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self._files: frozenset[str] | None = None
        self._keys: dict[str, tuple[str, str]] | None = None

    def files(self) -> frozenset[str]:
        if self._files is None:
            files = self.data.get("files", [])
            self._files = frozenset(p for p in files if isinstance(p, str)) if isinstance(files, list) else frozenset()
        return self._files

    def keys(self) -> dict[str, tuple[str, str]]:
        """(key, SHA-256) of each keyed page the manifest lists (see `PreviousPages`)."""
        if self._keys is None:
            keys, files = self.data.get("keys"), self.files()
            self._keys = {
                path: (entry[0], entry[1]) for path, entry in (keys.items() if isinstance(keys, dict) else ())
                if path in files and isinstance(entry, list) and len(entry) == 2
                and all(isinstance(part, str) for part in entry)
            }
        return self._keys


# Manifests parsed or written lately, by their bytes: a build reads the
# current manifest several times (in the docs folder and in the staged
# one) and the one it writes once more, and the next build in a watch
# reads that one again. The last two are kept: a large site's manifest
# parses to megabytes.
_PARSED: dict[bytes, _Parsed] = {}
_KEEP_PARSED = 2


def _keep_parsed(raw: bytes, parsed: _Parsed) -> _Parsed:
    _PARSED.pop(raw, None)
    _PARSED[raw] = parsed
    while len(_PARSED) > _KEEP_PARSED:
        del _PARSED[next(iter(_PARSED))]
    return parsed


def _manifest(docs_dir: Path) -> _Parsed:
    """The manifest of `docs_dir` as parsed (empty when there is none), not to be changed by the caller.

    Its bytes are read every time (a fraction of a millisecond for
    thousands of pages), and parsed only when they are not those of a
    manifest parsed or written lately. OutputError for a manifest that
    cannot be read.
    """
    path = docs_dir / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _Parsed({})
    except OSError as exc:
        raise OutputError(f"{path}: unreadable manifest: {exc}") from None
    known = _PARSED.get(raw)
    if known is not None:
        return _keep_parsed(raw, known)
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise OutputError(f"{path}: unreadable manifest: {exc}") from None
    if not isinstance(data, dict):
        raise OutputError(f"{path}: unreadable manifest: not a JSON object")
    return _keep_parsed(raw, _Parsed(data))


def read_manifest(docs_dir: Path) -> frozenset[str]:
    """The paths the generator wrote last time (empty when there is no manifest)."""
    return _manifest(docs_dir).files()


class PreviousPages:
    """The pages the last build wrote with a key (`Page.key`), as its manifest records them.

    `get(path, key)` is the text of the page at `path` when the last build
    rendered it from the same key and the file still holds exactly what was
    written then; otherwise None, and the page is rendered again.
    `unchanged(path, key)` says the same from the file's stat alone where
    the stats the last build recorded (`stats`, see `record_pages`; kept
    out of the docs folder, which holds only what the inputs decide) allow
    it: the file's SHA-256 and stat, or None (then ask `get`). A missing or
    unreadable manifest or record only means nothing is reused.
    """

    def __init__(self, docs_dir: Path, stats: Path | None = None) -> None:
        self.docs_dir = docs_dir
        self._folder = str(docs_dir)
        try:
            self.keys = _manifest(docs_dir).keys()
        except OutputError:
            self.keys = {}
        self.stats = _recorded_stats(stats, self.keys) if stats is not None else {}

    def unchanged(self, path: str, key: str) -> tuple[str, tuple[int, int, int]] | None:
        """The SHA-256 and stat of the file at `path` if the last build wrote it from `key` and its stat is as then."""
        recorded, known = self.keys.get(path), self.stats.get(path)
        if recorded is None or recorded[0] != key or known is None:
            return None
        # `path` is a page's, the one `write_pages` checks before it takes the page; only its stat is read here.
        try:
            if file_stat(f"{self._folder}/{path}") != known:
                return None
        except OSError:
            return None
        return recorded[1], known

    def get(self, path: str, key: str) -> str | None:
        recorded = self.keys.get(path)
        if recorded is None or recorded[0] != key:
            return None
        try:
            check_path(path)
            target = self.docs_dir / path
            if not stat.S_ISREG(target.lstat().st_mode):
                return None
            data = target.read_bytes()
        except (OSError, OutputError):
            return None
        if hashlib.sha256(data).hexdigest() != recorded[1]:
            return None  # changed since it was written: render it again
        return data.decode("utf-8")


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that a reader sees the old file or the new one, never a part."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_OLD_FILE = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
# Files set aside at most (see `FreeFiles`); more are removed.
MAX_FREE_FILES = 2000


class FreeFiles:
    """Files set aside to be written over as new ones (see `write_new`), in a folder of their own.

    They are earlier versions of pages, from the spare tree (see `sync_tree`),
    which no other name links to. Writing over a file costs a small part of
    creating one: on some systems a new inode alone takes a tenth of a
    millisecond or more, as long as rendering a page. Cutting a file shorter
    costs more than that again (its blocks are freed), so `take` gives the
    largest file no longer than what will be written over it.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = os.fspath(folder)
        os.makedirs(self.folder, exist_ok=True)
        found = []
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if entry.name.isdigit():
                    try:
                        found.append((int(entry.name), entry.stat(follow_symlinks=False).st_size))
                    except OSError:
                        continue
        found.sort()
        for serial, _ in found[MAX_FREE_FILES:]:
            os.unlink(os.path.join(self.folder, str(serial)))
        # (size, serial) of each file, in order.
        self._sizes = sorted((size, serial) for serial, size in found[:MAX_FREE_FILES])
        self._serial = found[-1][0] + 1 if found else 0

    def __len__(self) -> int:
        return len(self._sizes)

    def keep(self, path: str, size: int) -> bool:
        """Move the file at `path`, of `size` bytes, here if there is room; whether it was."""
        if len(self._sizes) >= MAX_FREE_FILES:
            return False
        serial = self._serial
        self._serial += 1
        os.rename(path, os.path.join(self.folder, str(serial)))
        bisect.insort(self._sizes, (size, serial))
        return True

    def take(self, size: int) -> str | None:
        """The path of the largest file set aside of at most `size` bytes, no longer counted
        here; None when there is none (then a new file costs less than cutting one shorter)."""
        fits = bisect.bisect_right(self._sizes, (size, math.inf)) - 1
        if fits < 0:
            return None
        return os.path.join(self.folder, str(self._sizes.pop(fits)[1]))


def write_new(target: Path, data: bytes, free: FreeFiles | None = None) -> None:
    """Write `data` to `target` as a file no other name links to: a file of
    `free` (see `FreeFiles.take`) moved to `target` and written over, or a new file; the name is
    unlinked first either way, so another hard link to the file it named
    keeps the old bytes.

    Not atomic: a reader may see no file or a part of one. For a folder
    nobody reads until it is complete, such as a staged tree, where it
    costs a little over half of `atomic_write` (no temporary name, no rename);
    written over a file of `free`, less than half of that again (0.2 against
    0.46 ms of CPU a page, in rebuilds on the benchmark's machine).
    """
    path = os.fspath(target)
    fd, size = _written_over(target, free.take(len(data))) if free is not None else (None, 0)
    if fd is None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        try:
            fd = os.open(path, _NEW_FILE, FILE_MODE)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, _NEW_FILE, FILE_MODE)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # whatever the umask is now
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if size > len(data):
                os.ftruncate(fd, len(data))  # what a file written over held beyond that
        finally:
            os.close(fd)
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise


def _written_over(target: Path, free_file: str | None) -> tuple[int | None, int]:
    """The file `free_file` (see `FreeFiles`), moved to `target` (in place of what it named)
    and opened to be written over, and its size; (None, 0) when there is none, or it is not
    a plain file no other name links to."""
    if free_file is None:
        return None, 0
    try:
        try:
            os.rename(free_file, target)
        except FileNotFoundError:
            if not os.path.exists(free_file):
                return None, 0
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(free_file, target)
        fd = os.open(target, _OLD_FILE)
    except OSError:
        return None, 0
    info = os.fstat(fd)
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
        return fd, info.st_size
    os.close(fd)
    return None, 0


def write_pages(pages: Iterable[Page], docs_dir: Path, free: FreeFiles | None = None) -> WriteResult:
    """Make `docs_dir` hold exactly `pages` among the files the generator owns.

    Pages are written as they come, so a build need not hold them all in
    memory at once. A page that may not be written (an unsafe path, two
    pages with one path, a hand-written file in the way) raises
    OutputError; the pages written before it stay, which is why builds
    write into a staged copy (`replacing`) that a failure throws away.
    That is also why a file is written in place as a new file, or over a
    file of `free` (`write_new`), rather than renamed into place: nothing
    reads the staged copy before the swap.
    """
    owned = read_manifest(docs_dir)
    seen: set[str] = set()
    written, unchanged = [], []
    keys: dict[str, list[str]] = {}
    stats: dict[str, list] = {}
    for page in pages:
        if page.path in seen:
            raise OutputError(f"two pages with one path: {page.path}")
        seen.add(page.path)
        if page.kept:
            # The file the last build wrote, as it is and as found (see `PreviousPages.unchanged`,
            # which knows only the pages this manifest lists). Nothing is written, so its path
            # is not checked here: it was when the page was written.
            if page.path not in owned or page.kept_stat is None:
                raise OutputError(f"{page.path}: kept, but not a page of {docs_dir / MANIFEST}")
            keys[page.path] = [page.key, page.kept]
            stats[page.path] = [page.kept, *page.kept_stat]
            unchanged.append(page.path)
            continue
        check_path(page.path)
        target = docs_dir / page.path
        if page.path not in owned and (target.exists() or target.is_symlink()):
            raise OutputError(
                f"{target} exists and was not written by briefing; "
                "rename or move it (hand-written pages must not share a generated page's path)"
            )
        data = page.content.encode("utf-8")
        if _holds(target, data):
            unchanged.append(page.path)
        else:
            write_new(target, data, free)
            written.append(page.path)
        if page.key:
            keys[page.path] = [page.key, hashlib.sha256(data).hexdigest()]
            stats[page.path] = [keys[page.path][1], *file_stat(target)]

    deleted = []
    for path in sorted(owned - seen):
        try:
            check_path(path)
        except OutputError:
            continue  # never delete outside the folder, whatever the manifest says
        target = docs_dir / path
        if target.is_file() and not target.is_symlink():
            target.unlink()
            deleted.append(path)
            _remove_empty_parents(target.parent, docs_dir)

    keys = dict(sorted(keys.items()))
    files = sorted(seen)
    manifest = (manifest_json(files, keys) + "\n").encode("utf-8")
    if not _holds(docs_dir / MANIFEST, manifest):
        write_new(docs_dir / MANIFEST, manifest, free)
    _keep_parsed(manifest, _Parsed({"files": files, "keys": keys}))  # what parsing it would give
    return WriteResult(tuple(sorted(written)), tuple(sorted(unchanged)), tuple(deleted), stats)


def manifest_json(files: list[str], keys: dict[str, list[str]]) -> str:
    """`json.dumps({"files": files, "keys": keys}, indent=1)`, written out directly: with an
    indent, `json` encodes in Python, and a large site's manifest has tens of thousands of strings."""
    text = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]

    def strings(values: list[str], indent: str) -> str:
        if not values:
            return "[]"
        return "[\n" + ",\n".join(indent + " " + text(v) for v in values) + "\n" + indent + "]"

    listed = strings(files, " ")
    keyed = "{}" if not keys else (
        "{\n" + ",\n".join(f"  {text(path)}: {strings(entry, '  ')}" for path, entry in keys.items()) + "\n }"
    )
    return '{\n "files": ' + listed + ',\n "keys": ' + keyed + "\n}"


# The record of page stats written or read last, by its bytes (one is kept:
# at 10,000 articles it runs to megabytes).
_RECORD: dict[bytes, object] = {}


def record_pages(record: Path, stats: dict[str, list], stamped: int | None) -> None:
    """Record the stat of each keyed page (`WriteResult.stats`) for `PreviousPages.unchanged`,
    with the file system's time once all of them were written (`file_system_now`, taken
    before they were published); atomically. A record that cannot be written, or a
    time that could not be had, only means the next build reads the pages."""
    data = {"pages": stats, "stamped": stamped}
    raw = (json.dumps(data, sort_keys=True) + "\n").encode("utf-8")
    try:
        atomic_write(record, raw)
    except OSError:
        return
    _RECORD.clear()
    _RECORD[raw] = data  # what parsing it would give


def file_system_now(folder: Path) -> int | None:
    """The time (ns) the file system holding `folder` gives a file changed now: `folder`'s
    modification time, set to now. None where it cannot be set."""
    try:
        os.utime(folder)
        return os.stat(folder).st_mtime_ns
    except OSError:
        return None


def _recorded_stats(record: Path, keys: dict[str, tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    """(inode, size, mtime) of each page in `record` whose SHA-256 is the manifest's and
    whose mtime is older than the time recorded with it: such a page is known unchanged
    by its stat (inode, size, mtime) alone. The record is parsed only when its bytes are
    not those written or read last.

    As git does for its index: a file changed again within the file system's
    timestamp tick keeps its mtime, so a stat is trusted only for a file stamped
    before a time the file system gave after the stat was taken (`file_system_now`,
    before the pages were published, so before anyone else could change them).
    Anything that changes the file later is stamped at that time or after, never
    before, so its mtime moves; one stamped in the same tick is read instead.
    """
    try:
        raw = record.read_bytes()
        data = _RECORD.get(raw)
        if data is None:
            data = json.loads(raw.decode("utf-8"))
            _RECORD.clear()
            _RECORD[raw] = data
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("pages"), dict) or type(data.get("stamped")) is not int:
        return {}
    stamped = data["stamped"]
    return {
        path: (entry[1], entry[2], entry[3]) for path, entry in data["pages"].items()
        if path in keys and isinstance(entry, list) and len(entry) == 4 and entry[0] == keys[path][1]
        and all(type(part) is int for part in entry[1:]) and entry[3] < stamped
    }


def file_stat(path: Path | str) -> tuple[int, int, int]:
    """(inode, size, mtime in ns) of a plain file; OSError for anything else."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a plain file", str(path))
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _holds(target: Path, data: bytes) -> bool:
    """Whether `target` is a plain file with exactly `data` (the size is checked first)."""
    try:
        info = target.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        return target.read_bytes() == data
    except OSError:
        return False


def _remove_empty_parents(folder: Path, docs_dir: Path) -> None:
    while folder != docs_dir and docs_dir in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


# --- Publishing a build all at once -----------------------------------------


@dataclass(frozen=True)
class Staged:
    """The folders a build writes into; `site` is None when no site is built."""

    docs: Path
    site: Path | None
    # Each file the staged docs folder was made with (relative path) and its inode.
    files: dict[str, int] = field(default_factory=dict)
    # Files to write new pages over (see `write_new`): those the spare held in
    # place of the current ones, when the staged tree was made from the spare.
    free: FreeFiles | None = None


@contextmanager
def replacing(docs_dir: Path, site_dir: Path | None = None, *, keep_spare: bool = False) -> Iterator[Staged]:
    """New docs and site folders, swapped in for `docs_dir` and `site_dir` if the block succeeds.

    The staged docs folder starts as a hard-link copy of `docs_dir` (empty if
    there is none), made from the spare tree a build before kept when there
    is one; the staged site folder starts empty. If the block raises, the
    staged folders are removed and the current ones are left untouched.
    Hand-written files changed in `docs_dir` while the block ran are carried
    into the new tree before the swap. With `keep_spare` the previous docs
    tree is kept as the spare, otherwise it is removed. Callers hold the
    build lock.
    """
    docs = docs_dir.resolve()
    site = site_dir.resolve() if site_dir is not None else None
    targets = [docs] + ([site] if site is not None else [])
    finish_interrupted_swap(docs, targets)
    try:
        try:
            copied: dict[str, int] = {}  # each file the staged docs were made with, and its inode then
            staged_docs, free = _stage_docs(docs, copied)
            staged = Staged(
                docs=staged_docs,
                site=_fresh(_staging(site, "new")) if site is not None else None,
                files=copied,
                free=free,
            )
            yield staged
            if docs.is_dir():
                _carry_over_hand_written(docs, staged.docs, copied)
            if site is not None and staged.site is not None and site.is_dir():
                _carry_over_hidden(site, staged.site)
        except BaseException:
            for target in targets:
                shutil.rmtree(_staging(target, "new"), ignore_errors=True)
            raise
        # From here on the journal decides: an interrupted swap is finished by the next build.
        pairs = [(staged.docs, docs)] + ([(staged.site, site)] if site is not None else [])
        _swap_in(pairs, _journal(docs), spare=_staging(docs, "spare") if keep_spare else None)
    finally:
        if not keep_spare:
            shutil.rmtree(_staging(docs, "free"), ignore_errors=True)
        for target in targets:
            _remove_if_empty(target.parent / STAGING)


def _carry_over_hidden(site: Path, staged: Path) -> None:
    """The hidden files and folders of the site in use ('.git' of a checkout, '.nojekyll') into the
    staged site, as hard links: a site build keeps them, as MkDocs does."""
    with os.scandir(site) as entries:
        hidden = [entry for entry in entries if entry.name.startswith(".")]
    for entry in hidden:
        destination = staged / entry.name
        if os.path.lexists(destination):
            continue
        if entry.is_dir(follow_symlinks=False):
            os.mkdir(destination)
            link_tree(Path(entry.path), destination)
        else:
            link_file(entry.path, destination)


def _stage_docs(docs: Path, copied: dict[str, int]) -> tuple[Path, FreeFiles | None]:
    """The staged docs folder: the spare brought up to date with `docs`, what it held in place of
    `docs`' files set aside (see `FreeFiles`); or a fresh hard-link copy, and None (`copied`
    gets what it was made with, see `link_tree`)."""
    staged, spare, free = _staging(docs, "new"), _staging(docs, "spare"), _staging(docs, "free")
    if docs.is_dir() and spare.is_dir() and not spare.is_symlink():
        shutil.rmtree(staged, ignore_errors=True)
        os.rename(spare, staged)
        files = FreeFiles(free)
        sync_tree(docs, staged, copied, free=files)
        return staged, files
    shutil.rmtree(spare, ignore_errors=True)
    shutil.rmtree(free, ignore_errors=True)
    _fresh(staged)
    if docs.is_dir():
        link_tree(docs, staged, copied)
    return staged, None


def drop_spare(docs_dir: Path) -> None:
    """Remove the spare tree of `docs_dir` and the files set aside from it (see `replacing`);
    callers hold the build lock."""
    docs = docs_dir.resolve()
    shutil.rmtree(_staging(docs, "spare"), ignore_errors=True)
    shutil.rmtree(_staging(docs, "free"), ignore_errors=True)
    _remove_if_empty(docs.parent / STAGING)


def _staging(target: Path, kind: str) -> Path:
    return target.parent / STAGING / f"{target.name}.{kind}"


def _journal(docs: Path) -> Path:
    return docs.parent / STAGING / JOURNAL


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def link_tree(source: Path, target: Path, found: dict[str, int] | None = None, prefix: str = "") -> None:
    """Copy the tree `source` into the existing folder `target` as hard links (copies where links fail).

    `found`, if given, gets each file's relative path (after `prefix`) and its inode in `source`.
    """
    shutil.copymode(source, target)
    with os.scandir(source) as entries:
        for entry in entries:
            destination = os.path.join(target, entry.name)
            if entry.is_dir(follow_symlinks=False):
                os.mkdir(destination)
                link_tree(Path(entry.path), Path(destination), found, prefix + entry.name + "/")
            elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
                link_file(entry.path, destination)
                if found is not None:
                    found[prefix + entry.name] = entry.inode()


def link_file(source: Path | str, destination: Path | str) -> None:
    """A hard link to `source`; where one cannot be made, a copy (of a symlink, the symlink)."""
    try:
        os.link(source, destination, follow_symlinks=False)
    except OSError:
        if Path(source).is_symlink():
            Path(destination).symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, destination)


def sync_tree(
    source: Path | str, target: Path | str, found: dict[str, int] | None = None, prefix: str = "", *, free: FreeFiles | None = None
) -> None:
    """Make the folder `target` hold hard links to exactly the files of the tree `source`.

    An entry of `target` that is the same file (inode) as `source`'s is
    left alone; any other is removed (a plain file no other name links to
    is set aside in `free` instead, when given), and what `source` holds
    instead is linked (or copied, see `link_file`). The cost is a walk of
    both trees and a link for each file that differs. `found` as for `link_tree`.
    """
    source, target = os.fspath(source), os.fspath(target)  # paths as strings: joined once per entry
    if os.stat(target).st_mode != os.stat(source).st_mode:
        shutil.copymode(source, target)
    with os.scandir(target) as entries:
        present = {entry.name: entry for entry in entries}
    with os.scandir(source) as entries:
        for entry in entries:
            name = entry.name
            mine = present.pop(name, None)
            if entry.is_dir(follow_symlinks=False):
                inside, destination = prefix + name + "/", f"{target}/{name}"
                if mine is not None and mine.is_dir(follow_symlinks=False):
                    sync_tree(entry.path, destination, found, inside, free=free)
                    continue
                if mine is not None:
                    _set_aside(mine, free)
                os.mkdir(destination)
                link_tree(Path(entry.path), Path(destination), found, inside)
            elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
                if found is not None:
                    found[prefix + name] = entry.inode()
                if mine is not None:
                    if mine.inode() == entry.inode() and not mine.is_dir(follow_symlinks=False):
                        continue
                    _set_aside(mine, free)
                link_file(entry.path, f"{target}/{name}")
    for entry in present.values():
        _set_aside(entry, free)


def _set_aside(entry: os.DirEntry, free: FreeFiles | None) -> None:
    """Remove `entry`; but a plain file no other name links to goes to `free`, when there is room."""
    if free is not None and entry.is_file(follow_symlinks=False):
        try:
            info = entry.stat(follow_symlinks=False)
            if info.st_nlink == 1 and free.keep(entry.path, info.st_size):
                return
        except OSError:
            pass
    _remove(entry)


def _remove(entry: os.DirEntry) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


def _files(folder: Path, prefix: str = "") -> dict[str, os.DirEntry]:
    """Every file (and symlink) under `folder` by its relative POSIX path."""
    found = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        relative = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            found.update(_files(Path(entry.path), relative + "/"))
        else:
            found[relative] = entry
    return found


def _carry_over_hand_written(current: Path, staged: Path, copied: dict[str, int]) -> None:
    """Make the staged tree hold the hand-written files `current` holds now.

    The staged tree was made from `current` when the build started (`copied`:
    each file's path and inode then); a hand-written page saved, added or
    deleted since must not be undone by the swap.
    """
    generated = read_manifest(current) | read_manifest(staged) | {MANIFEST}
    now = {path: entry for path, entry in _files(current).items() if path not in generated}
    then = {path: inode for path, inode in copied.items() if path not in generated}
    for path, entry in now.items():
        if then.get(path) == entry.inode():
            continue  # the very file the staged tree was made with
        destination = staged / path
        if path in then:
            destination.unlink()
        destination.parent.mkdir(parents=True, exist_ok=True)
        link_file(Path(entry.path), destination)
    for path in then.keys() - now.keys():
        (staged / path).unlink(missing_ok=True)
        _remove_empty_parents((staged / path).parent, staged)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino)


def _swap_in(pairs: list[tuple[Path, Path]], journal: Path, *, spare: Path | None = None) -> None:
    """Put each staged folder in the place of its target, the previous tree aside, then remove those
    (but the first pair's previous tree, which becomes `spare` when one is given; where there was
    none, the spare is made as a hard-link copy of the new tree)."""
    steps = [
        {"new": str(new), "target": str(target), "old": str(_staging(target, "old")), "identity": _identity(new)}
        for new, target in pairs
    ]
    atomic_write(journal, (json.dumps(steps, indent=1) + "\n").encode("utf-8"))
    _replay(steps)
    journal.unlink()
    for number, step in enumerate(steps):
        if number == 0 and spare is not None:
            shutil.rmtree(spare, ignore_errors=True)
            if os.path.isdir(step["old"]):
                os.rename(step["old"], spare)
            else:
                os.mkdir(spare)
                link_tree(Path(step["target"]), spare)
        else:
            shutil.rmtree(step["old"], ignore_errors=True)


def finish_interrupted_swap(docs: Path, targets: list[Path]) -> None:
    """Complete a swap a killed build began, then clear any staged or old trees left behind.

    A build killed before its journal was written left its staged trees
    unpublished: they are removed. One killed after that had finished
    building: its trees are put in place.
    """
    journal = _journal(docs)
    try:
        steps = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        steps = []
    except (OSError, ValueError) as exc:
        raise OutputError(f"{journal}: unreadable swap journal: {exc}; remove it after checking {docs}") from None
    if steps:
        _replay(steps)
        journal.unlink()
        targets = targets + [Path(step["target"]) for step in steps]
    for target in targets:
        for kind in ("new", "old"):
            shutil.rmtree(_staging(target, kind), ignore_errors=True)


def _replay(steps: list[dict]) -> None:
    """Do each swap step that is not done yet; safe to repeat after an interruption at any point."""
    for step in steps:
        new, target, old = Path(step["new"]), Path(step["target"]), Path(step["old"])
        identity = tuple(step["identity"])
        if _identity(target) == identity:
            # Swapped already; after an exchange the staged path holds the previous tree.
            if os.path.lexists(new):
                if os.path.lexists(old):
                    shutil.rmtree(new)
                else:
                    os.rename(new, old)
            continue
        if _identity(new) != identity:
            raise OutputError(f"{new}: staged tree of an interrupted build is missing; {target} was left as it is")
        if os.path.lexists(target):
            shutil.rmtree(old, ignore_errors=True)
            if _exchange(new, target):
                os.rename(new, old)
                continue
            os.rename(target, old)
        os.rename(new, target)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    return function


_RENAMEAT2 = _renameat2()


def _exchange(first: Path, second: Path) -> bool:
    """Swap two existing paths in one step, so the target is never missing; False where unsupported."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(second))
