"""The editor's knowledge files: known actors and the issues followed.

`knowledge/actors.yaml` lists actors with their canonical name, aliases, kind,
country, known roles and the bare names the dossier means them by;
`knowledge/issues.yaml` lists issues with their id, title, aliases, description
and the phrases in which an alias names another matter (`except_in`: 'U.S.-China
trade war'). Both are read with safe loading and
validated once; every problem is reported with its file and entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError
from .slugs import slugify

ACTOR_KINDS = ("person", "organization", "country", "place")

# libyaml's safe loader when PyYAML has it: the same documents, parsed several
# times faster (an error is reported as Python's parser words it).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class KnownActor:
    """An actor the editor described: every alias resolves to `id`."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[str, ...] = ()
    # What the stories of this dossier mean by a body every country has, named with no country: the
    # Supreme Court of its rulings is South Korea's, in a Japanese paper too ('Supreme Court').
    named_bare: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssueDef:
    """An issue followed across articles, recognised by its title and aliases."""

    id: str
    title: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    # Phrases in which a title or alias does not name the issue: 'U.S.-China trade war'.
    except_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    """Everything the extractor knows before reading an article."""

    actors: tuple[KnownActor, ...] = ()
    issues: tuple[IssueDef, ...] = ()


def knowledge_files(directory: Path) -> tuple[Path, Path]:
    """The files `load_knowledge` reads: `actors.yaml` and `issues.yaml` in `directory`."""
    return directory / "actors.yaml", directory / "issues.yaml"


def load_knowledge(directory: Path) -> Knowledge:
    """Read `actors.yaml` and `issues.yaml` from `directory` (either may be missing, not the folder:
    a misspelt folder would leave the site without its issues). Raises ConfigError."""
    if not directory.is_dir():
        raise ConfigError(f"{directory}: no such knowledge folder")
    actors, issues = knowledge_files(directory)
    return Knowledge(
        actors=tuple(_load_entries(actors, _actor_from)),
        issues=tuple(_load_entries(issues, _issue_from)),
    )


def _worded(text: str, error: yaml.YAMLError) -> yaml.YAMLError:
    """The error as Python's parser words it (it shows the place with a caret), else `error`."""
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as worded:
        return worded
    return error


def _load_entries(path: Path, build):
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {_worded(text, exc)}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a list of entries, got {type(data).__name__}")
    entries, problems, seen = [], [], {}
    for index, item in enumerate(data):
        where = f"{path}: entry {index + 1}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping")
            continue
        try:
            entry = build(item)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if entry.id in seen:
            problems.append(f"{where}: id '{entry.id}' already used by entry {seen[entry.id]}")
            continue
        seen[entry.id] = index + 1
        entries.append(entry)
    if problems:
        raise ConfigError("\n".join(problems))
    return entries


def _text(item: dict, key: str, *, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise ValueError(f"'{key}' is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be a non-empty string")
    return value.strip()


def _texts(item: dict, key: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{key}' must be a list of strings")
    return tuple(v.strip() for v in value)


def _actor_from(item: dict) -> KnownActor:
    name = _text(item, "name", required=True)
    kind = _text(item, "kind", required=True)
    if kind not in ACTOR_KINDS:
        raise ValueError(f"'kind' must be one of {', '.join(ACTOR_KINDS)}, not '{kind}'")
    return KnownActor(
        id=_text(item, "id") or slugify(name),
        name=name,
        kind=kind,
        aliases=_texts(item, "aliases"),
        country=_text(item, "country"),
        roles=_texts(item, "roles"),
        named_bare=_texts(item, "named_bare"),
    )


def _issue_from(item: dict) -> IssueDef:
    issue_id = _text(item, "id", required=True)
    if slugify(issue_id) != issue_id:
        raise ValueError(f"'id' must be a slug (lower-case letters, digits, '-'), not '{issue_id}'")
    return IssueDef(
        id=issue_id,
        title=_text(item, "title", required=True),
        aliases=_texts(item, "aliases"),
        description=_text(item, "description") or "",
        except_in=_texts(item, "except_in"),
    )
