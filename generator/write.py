"""The one writer of the docs folder (`site_src/`).

It writes only files whose content changed, deletes the pages it wrote before
that are gone now, and never touches a file it did not write: the manifest
`.briefing-manifest.json` lists what it owns. Hand-written pages live beside
the generated ones untouched.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import OutputError
from .models import Page

MANIFEST = ".briefing-manifest.json"
PAGE_SUFFIXES = (".md", ".svg", ".xml", ".json")


@dataclass(frozen=True)
class WriteResult:
    """What the writer did, as sorted relative paths."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    deleted: tuple[str, ...]


def check_path(path: str) -> PurePosixPath:
    """A page path must be relative, normalised, inside the folder, with a known suffix."""
    pure = PurePosixPath(path)
    if (
        not path
        or pure.is_absolute()
        or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
        or pure.suffix not in PAGE_SUFFIXES
        or pure.name.startswith(".")
    ):
        raise OutputError(f"refusing to write page with unsafe path: {path!r}")
    return pure


def read_manifest(docs_dir: Path) -> set[str]:
    """The paths the generator wrote last time (empty when there is no manifest)."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, ValueError) as exc:
        raise OutputError(f"{docs_dir / MANIFEST}: unreadable manifest: {exc}") from None
    return {p for p in data.get("files", []) if isinstance(p, str)}


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pages(pages: tuple[Page, ...], docs_dir: Path) -> WriteResult:
    """Make `docs_dir` hold exactly `pages` among the files the generator owns."""
    by_path: dict[str, Page] = {}
    for page in pages:
        check_path(page.path)
        if page.path in by_path:
            raise OutputError(f"two pages with one path: {page.path}")
        by_path[page.path] = page

    owned = read_manifest(docs_dir)
    for path in sorted(by_path):
        target = docs_dir / path
        if path not in owned and (target.exists() or target.is_symlink()):
            raise OutputError(
                f"{target} exists and was not written by briefing; "
                "rename or move it (hand-written pages must not share a generated page's path)"
            )

    written, unchanged = [], []
    for path in sorted(by_path):
        target = docs_dir / path
        data = by_path[path].content.encode("utf-8")
        if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
            unchanged.append(path)
            continue
        _atomic_write(target, data)
        written.append(path)

    deleted = []
    for path in sorted(owned - set(by_path)):
        try:
            check_path(path)
        except OutputError:
            continue  # never delete outside the folder, whatever the manifest says
        target = docs_dir / path
        if target.is_file() and not target.is_symlink():
            target.unlink()
            deleted.append(path)
            _remove_empty_parents(target.parent, docs_dir)

    manifest = json.dumps({"files": sorted(by_path)}, indent=1) + "\n"
    _atomic_write(docs_dir / MANIFEST, manifest.encode("utf-8"))
    return WriteResult(tuple(written), tuple(unchanged), tuple(deleted))


def _remove_empty_parents(folder: Path, docs_dir: Path) -> None:
    while folder != docs_dir and docs_dir in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
