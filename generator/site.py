"""Build the static site from the docs folder with MkDocs (mkdocs-material).

A build whose MkDocs inputs are those of the site in use keeps that site
instead of building it again (see `build_site`): the inputs are the docs
folder, the configuration file, the hooks and theme overrides it names, the
generator's code and every installed package's version. A stamp in the
cache folder records what the site in use was built from and each of its
files' size and modification time, so a site changed or replaced since is
built again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from .cache import code_digest
from .errors import SiteBuildError
from .write import atomic_write, link_tree

STAMP_FORMAT = "briefing-site-1"
# Configuration features whose effect the configuration file alone does not
# show (values from the environment, settings from another file): with
# them, the site is always built.
UNTRACKED_CONFIG = (b"!ENV", b"INHERIT")

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
class SiteBuild:
    """What `build_site` did: `inputs` is the digest of what MkDocs read (None
    when it cannot be told); `reused` says the site in use was kept."""

    inputs: str | None
    reused: bool = False


def build_site(
    config_file: Path, docs_dir: Path, site_dir: Path, *, strict: bool = True, previous: PreviousSite | None = None
) -> SiteBuild:
    """Run `mkdocs build` on `config_file` with the given docs and site folders.

    With `strict`, any MkDocs warning (a broken link, a page missing from the
    docs folder) fails the build, as `mkdocs build --strict` does.
    With `previous`, a site in use built from the same inputs and unchanged
    since is linked into `site_dir` instead (see the module docstring).
    Raises SiteBuildError with MkDocs' messages.
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
        if previous is not None and inputs is not None and _is_built_from(previous, inputs):
            link_tree(previous.folder, site_dir)
            return SiteBuild(inputs, reused=True)
        mkdocs_build(config)
    except MkDocsException as exc:
        details = "; ".join(counter.messages) or str(exc)
        raise SiteBuildError(f"MkDocs build failed: {details}") from None
    finally:
        mkdocs_log.removeHandler(counter)
    return SiteBuild(inputs)


def site_inputs(config, config_file: Path, docs_dir: Path, strict: bool) -> str | None:
    """A digest of all a MkDocs build with `config` reads, or None when the
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
    for label, folder in (("docs", docs_dir), ("theme", Path(custom_dir) if custom_dir else None)):
        if folder is not None:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                _add_file(digest, f"{label} {path.relative_to(folder).as_posix()}", path)
    return digest.hexdigest()


def _add_file(digest, label: str, path: Path) -> None:
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
    """[relative path, size, modification time in ns] of every file under `folder`, sorted."""
    found = []
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if not stat.S_ISDIR(info.st_mode):
            found.append([path.relative_to(folder).as_posix(), info.st_size, info.st_mtime_ns])
    return found


def _is_built_from(previous: PreviousSite, inputs: str) -> bool:
    """Whether the stamp says the site in use was built from `inputs` and its files are as that build left them."""
    try:
        stamp = json.loads(previous.stamp.read_text(encoding="utf-8"))
        return (
            isinstance(stamp, dict)
            and stamp.get("format") == STAMP_FORMAT
            and stamp.get("inputs") == inputs
            and stamp.get("folder") == str(previous.folder.resolve())
            and previous.folder.is_dir()
            and stamp.get("files") == site_files(previous.folder)
        )
    except (OSError, ValueError):
        return False


def record_site(stamp: Path, inputs: str, folder: Path) -> None:
    """Note that the site in `folder` was built from `inputs` (atomically; a
    stamp that cannot be written only means the next build runs MkDocs)."""
    payload = json.dumps(
        {"format": STAMP_FORMAT, "inputs": inputs, "folder": str(folder.resolve()), "files": site_files(folder)}
    )
    try:
        atomic_write(stamp, payload.encode("utf-8"))
    except OSError as exc:
        log.warning("cannot write %s: %s", stamp, exc)

