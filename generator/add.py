"""Add article files to the input folder: a copy of each, with a sidecar for the metadata given.

Nothing is overwritten and the given files are never changed, moved or
deleted. A file is refused, with the reason, when the build could not use
it or it is already there:

- the same bytes as an input already in the folder (under any name);
- the same file name as an input already there (whatever its content);
- the same article id as an input there ('a.txt' and 'a.md' would collide);
- a file the build would reject (empty, binary, bad sidecar or metadata).

All the files are checked before any is copied: either all are added or none.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .clean import article_id, clean
from .errors import InputError
from .ingest import ARTICLE_SUFFIXES, MAX_NAME_BYTES, SIDECAR_SUFFIXES, discover, read_article
from .models import SourceMeta
from .render import briefing_path
from .write import FILE_MODE, read_manifest

SIDECAR_SUFFIX = ".yaml"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Addition:
    """One article checked and ready to copy: where it goes and what is written there."""

    source: Path
    target: Path
    data: bytes
    sidecar: bytes | None  # None: no sidecar is written


def check_meta(meta: SourceMeta, count: int) -> None:
    """Refuse metadata the build would reject, naming the option. Raises InputError."""
    if meta.published is not None:
        text = meta.published.strip()
        try:
            valid = bool(_ISO_DATE.fullmatch(text)) and date.fromisoformat(text) is not None
        except ValueError:
            valid = False
        if not valid:
            raise InputError("--published", f"not a date: {meta.published!r} (expected YYYY-MM-DD)")
    if meta.url is not None:
        parts = urlsplit(meta.url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in meta.url.strip()):
            raise InputError("--url", f"not an http(s) URL: {meta.url!r}")
        if count > 1:
            raise InputError("--url", "one URL names one article: give a single FILE with --url")
    for name in ("outlet", "title"):
        value = getattr(meta, name)
        if value is not None and not value.strip():
            raise InputError(f"--{name}", "empty")


def plan(
    files: Sequence[Path], input_dir: Path, meta: SourceMeta = SourceMeta(), docs_dir: Path | None = None
) -> list[Addition]:
    """Check every file against `input_dir` and each other, and against the hand-written pages of
    `docs_dir` (a briefing's page may not take the place of one); what `add` would copy. Raises InputError."""
    check_meta(meta, len(files))
    owned = read_manifest(docs_dir) if docs_dir is not None and docs_dir.is_dir() else frozenset()
    existing = discover(input_dir) if input_dir.is_dir() else []
    by_size: dict[int, list[Path]] = {}
    for path in existing:
        if path.is_file():
            by_size.setdefault(path.stat().st_size, []).append(path)
    ids = {article_id(str(path)): path for path in existing}
    digests: dict[Path, str] = {}

    def digest(path: Path) -> str:
        if path not in digests:
            digests[path] = hashlib.sha256(path.read_bytes()).hexdigest()
        return digests[path]

    additions: list[Addition] = []
    for source in files:
        addition = _check(source, input_dir, meta)
        label = str(source)
        for earlier in additions:
            if article_id(str(earlier.target)) == article_id(str(addition.target)):
                raise InputError(label, f"same name as {earlier.source}, given before it")
            if earlier.data == addition.data:
                raise InputError(label, f"same bytes as {earlier.source}, given before it")
        if os.path.lexists(addition.target):
            same = addition.target.is_file() and addition.target.read_bytes() == addition.data
            raise InputError(
                label,
                f"already in the input folder as {addition.target}" if same else
                f"{addition.target} exists with other content (never overwritten): rename the file to add it",
            )
        own = hashlib.sha256(addition.data).hexdigest()
        for other in by_size.get(len(addition.data), []):
            if digest(other) == own:
                raise InputError(label, f"same bytes as {other}, already in the input folder")
        page = briefing_path(article_id(str(addition.target)))
        if docs_dir is not None and page not in owned and os.path.lexists(docs_dir / page):
            raise InputError(label, f"its page {docs_dir / page} is a hand-written page: rename the file")
        other = ids.get(article_id(str(addition.target)))
        if other is not None:
            raise InputError(label, f"same article id '{article_id(str(addition.target))}' as {other}: rename the file")
        if addition.sidecar is not None:
            for suffix in SIDECAR_SUFFIXES:
                present = addition.target.with_suffix(suffix)
                if os.path.lexists(present):
                    raise InputError(label, f"{present} exists (never overwritten): move it or add the file without metadata")
        additions.append(addition)
    return additions


def _check(source: Path, input_dir: Path, meta: SourceMeta) -> Addition:
    """Read `source` and its sidecar, merge `meta` in, and check that the build can use the result."""
    label = str(source)
    if source.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(label, f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES)})")
    if len(source.stem.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise InputError(
            label, f"file name too long (at most {MAX_NAME_BYTES} bytes before the suffix): rename the file"
        )
    if not source.is_file():
        raise InputError(label, "no such file" if not os.path.lexists(source) else "not a regular file")
    data = source.read_bytes()
    sidecar = _sidecar(source, meta)
    target = input_dir / source.name
    # Read and clean the copy-to-be exactly as the build will, with the
    # sidecar it will have (ours, or one already waiting in the folder).
    with tempfile.TemporaryDirectory(prefix="briefing-add-") as tmp:
        trial = Path(tmp) / source.name
        trial.write_bytes(data)
        waiting = [target.with_suffix(s) for s in SIDECAR_SUFFIXES if target.with_suffix(s).is_file()]
        if sidecar is not None:
            trial.with_suffix(SIDECAR_SUFFIX).write_bytes(sidecar)
        elif waiting:
            trial.with_suffix(waiting[0].suffix).write_bytes(waiting[0].read_bytes())
        try:
            clean(read_article(trial))
        except InputError as error:
            raise InputError(label, error.reason) from None
    return Addition(source=source, target=target, data=data, sidecar=sidecar)


def _sidecar(source: Path, meta: SourceMeta) -> bytes | None:
    """The sidecar to write: the one beside `source` with `meta` over it; None if neither says anything."""
    present = [source.with_suffix(s) for s in SIDECAR_SUFFIXES if source.with_suffix(s).is_file()]
    if len(present) > 1:
        raise InputError(str(source), f"two sidecars: {' and '.join(p.name for p in present)}")
    given = {f.name: getattr(meta, f.name) for f in fields(SourceMeta) if getattr(meta, f.name) is not None}
    original = present[0].read_bytes() if present else None
    if not given:
        return original
    mapping: dict = {}
    if original is not None:
        try:
            loaded = yaml.safe_load(original.decode("utf-8-sig"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise InputError(str(present[0]), f"invalid sidecar: {exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(str(present[0]), "invalid sidecar: not a mapping")
        mapping.update(loaded or {})
    for key, value in given.items():
        value = value.strip()
        mapping[key] = date.fromisoformat(value) if key == "published" else value
    return yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False, default_flow_style=False).encode("utf-8")


def add_articles(
    files: Sequence[Path], input_dir: Path, meta: SourceMeta = SourceMeta(), docs_dir: Path | None = None
) -> list[Path]:
    """Copy `files` into `input_dir` with their sidecars; the paths of the copies. Raises InputError.

    Either every file is added or none: each is checked first (see the
    module docstring and `plan`), and a copy that fails takes back the ones made.
    """
    additions = plan(files, input_dir, meta, docs_dir)
    input_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    try:
        for addition in additions:
            # The sidecar first, so that a build seeing the article sees its metadata.
            if addition.sidecar is not None:
                made.append(_publish(addition.target.with_suffix(SIDECAR_SUFFIX), addition.sidecar, addition.source))
            made.append(_publish(addition.target, addition.data, addition.source))
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
    return [addition.target for addition in additions]


def _publish(target: Path, data: bytes, source: Path) -> Path:
    """Write `data` at `target` only if nothing is there, complete or not at all.

    The bytes go to a hidden temporary file (the build ignores hidden files)
    that is then linked into place: a link never replaces an existing file.
    """
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".briefing-add-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, FILE_MODE)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise InputError(str(source), f"{target} appeared meanwhile (never overwritten)") from None
        except OSError:
            # No hard links on this file system: exclusive creation never overwrites either.
            try:
                with open(target, "xb") as handle:
                    handle.write(data)
            except FileExistsError:
                raise InputError(str(source), f"{target} appeared meanwhile (never overwritten)") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
