"""The site settings briefing reads from mkdocs.yml: name, description, address, folders.

mkdocs.yml is the one place for them (MkDocs reads it too). Tags that only
MkDocs understands (`!!python/name:…`) are read as nothing here, and so is
`!ENV` but in the folders, where it is read as MkDocs reads it (the
variable's value, else the default). Nothing in the file is ever executed by
briefing.
"""

from __future__ import annotations

import os
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


def _from_environment(loader: yaml.SafeLoader, node: yaml.Node) -> str | None:
    """MkDocs' `!ENV NAME` and `!ENV [NAME, OTHER, default]`: the first variable set, else the
    last item when it names no variable (the default)."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    items = loader.construct_sequence(node)  # type: ignore[arg-type]
    for name in items[:-1] if len(items) > 1 else items:
        if isinstance(name, str) and name in os.environ:
            return os.environ[name]
    default = items[-1] if len(items) > 1 else None
    return default if isinstance(default, str) else None


class _FolderLoader(_Loader):
    """`_Loader` reading `!ENV` as MkDocs does: folders may be set from the environment."""


_FolderLoader.add_constructor("!ENV", _from_environment)


def _read(config_file: Path, loader: type[yaml.SafeLoader] = _Loader) -> dict:
    """The settings in `config_file` ({} when it is missing); ConfigError when they cannot be read."""
    if not config_file.is_file():
        return {}
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=loader) or {}  # noqa: S506
    except OSError as exc:
        raise ConfigError(f"{config_file}: cannot be read: {exc.strerror or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_file}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{config_file}: expected a mapping of settings")
    return data


def load_settings(config_file: Path) -> SiteSettings:
    """Site name, description and URL from `config_file` (defaults when it is missing)."""
    data = _read(config_file)
    values = {}
    for key, field in (("site_name", "name"), ("site_description", "description"), ("site_url", "url")):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{config_file}: '{key}' must be a string")
        values[field] = value.strip()
    return SiteSettings(**values)


def configured_folders(config_file: Path, docs: Path, site: Path) -> tuple[Path, Path]:
    """MkDocs' `docs_dir` and `site_dir` as `config_file` sets them (from the environment too,
    `!ENV`), relative to the file's folder as MkDocs takes them; where it sets none, `docs` and
    `site` in that folder. ConfigError for a file that cannot be read or a value no folder's name."""
    data = _read(config_file, _FolderLoader)
    folders = []
    for key, default in (("docs_dir", docs), ("site_dir", site)):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigError(f"{config_file}: '{key}' must be a folder name")
        folders.append(config_file.parent / (value.strip() if value is not None else default))
    return folders[0], folders[1]
