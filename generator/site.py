"""Build the static site from the docs folder with MkDocs (mkdocs-material)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from .errors import SiteBuildError


class LogCollector(logging.Handler):
    """Keeps the messages MkDocs logs at `level` or above, to report them in one error."""

    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level=level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(config_file: Path, docs_dir: Path, site_dir: Path, *, strict: bool = True) -> None:
    """Run `mkdocs build` on `config_file` with the given docs and site folders.

    With `strict`, any MkDocs warning (a broken link, a page missing from the
    docs folder) fails the build, as `mkdocs build --strict` does.
    Raises SiteBuildError with MkDocs' messages.
    """
    if not config_file.is_file():
        raise SiteBuildError(f"{config_file}: no MkDocs configuration file")
    counter = LogCollector(logging.WARNING)
    log = logging.getLogger("mkdocs")
    log.addHandler(counter)
    try:
        config = load_config(
            config_file=str(config_file),
            docs_dir=str(docs_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            strict=strict,
        )
        mkdocs_build(config)
    except MkDocsException as exc:
        details = "; ".join(counter.messages) or str(exc)
        raise SiteBuildError(f"MkDocs build failed: {details}") from None
    finally:
        log.removeHandler(counter)
