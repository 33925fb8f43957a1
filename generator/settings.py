"""The site settings briefing reads from mkdocs.yml: name, description, address, folders.

mkdocs.yml is the one place for them (MkDocs reads it too). Tags that only
MkDocs understands (`!!python/name:…`, `!ENV`) are read as nothing here:
nothing in the file is ever executed by briefing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError


@dataclass(frozen=True)
class SiteSettings:
    """What the generated pages and feeds need to know about the site."""

    name: str = "Briefings"
    description: str = ""
    url: str = ""


class _Loader(yaml.SafeLoader):
    """Safe loading that reads any unknown tag as null instead of failing."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def load_settings(config_file: Path) -> SiteSettings:
    """Site name, description and URL from `config_file` (defaults when it is missing)."""
    if not config_file.is_file():
        return SiteSettings()
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_file}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{config_file}: expected a mapping of settings")
    values = {}
    for key, field in (("site_name", "name"), ("site_description", "description"), ("site_url", "url")):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{config_file}: '{key}' must be a string")
        values[field] = value.strip()
    return SiteSettings(**values)


def configured_folders(config_file: Path) -> tuple[Path | None, Path | None]:
    """MkDocs' `docs_dir` and `site_dir` as `config_file` sets them, relative to the
    file's folder as MkDocs takes them; None for one it does not set (or sets from
    the environment, `!ENV`), and both None when the file is missing or is not
    valid YAML (`load_settings` says why). ConfigError for a value not a string."""
    if not config_file.is_file():
        return None, None
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    folders = []
    for key in ("docs_dir", "site_dir"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigError(f"{config_file}: '{key}' must be a folder name")
        folders.append(config_file.parent / value.strip() if value is not None else None)
    return folders[0], folders[1]
