"""The site settings briefing reads from mkdocs.yml: name, description, address.

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
