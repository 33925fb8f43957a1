"""Article text as Markdown text: escaping, so that text is never markup.

Article text is data. Everything the templates print goes through
`escape_markdown` (the Jinja environment's `finalize`), unless the template
built it itself and wrapped it in `Markdown`. HTML becomes entities, Markdown
punctuation gets a backslash, and a value is folded onto one line so it cannot
open a block (heading, list, table, admonition, code) of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit


class Markdown(str):
    """Text that is already Markdown (built by a template or filter): not escaped again."""


_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_HTML_TABLE = str.maketrans(_HTML)
# Inline syntax of Python-Markdown and the enabled extensions (attr_list's
# braces, tables' pipe); every one of these has a backslash escape.
_INLINE = re.compile(r"([\\`*_\[\]{}|])")
# Characters that only mean something at the start of a line; escaped there
# because a value may be printed at the start of one.
_LINE_START = re.compile(r"^([#+\-=~!:.>]|\d+(?=[.)]))")
_NO_BACKSLASH = frozenset("=~:")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_markdown(value: object) -> str:
    """`value` as Markdown that renders as exactly its text, on one line."""
    if value.__class__ is str:  # most values: checked first
        return _escape_text(value)  # type: ignore[arg-type]
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return _escape_text(str(value))


@lru_cache(maxsize=1 << 16)
def _escape_text(text: str) -> str:
    # Pages print the same names, titles and dates many times over.
    return escape_line_start(escape_inline(fold_line(text)))


def fold_line(text: str) -> str:
    """`text` on one line: control characters and runs of white space become one space, ends trimmed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def escape_inline(text: str) -> str:
    """HTML as entities and inline Markdown punctuation with a backslash; spaces kept.

    Control characters are dropped: Python-Markdown uses STX/ETX to mark its
    own placeholders, so they must never come from article text.
    """
    text = _CONTROL.sub("", text)
    text = text.translate(_HTML_TABLE)
    return _INLINE.sub(r"\\\1", text)


def escape_line_start(text: str) -> str:
    """Escape what would open a block (heading, list, quote …) at the start of a line."""
    match = _LINE_START.match(text)
    if not match:
        return text
    first = match.group(1)
    if first[0].isdigit():
        # "1. " would start a list: escape the full stop after the number.
        end = match.end()
        return text[:end] + "\\" + text[end:]
    if first in _NO_BACKSLASH:
        # Python-Markdown has no backslash escape for these: use a character reference.
        return f"&#{ord(first)};" + text[1:]
    return "\\" + text


SAFE_SCHEMES = ("http", "https")


def safe_url(url: object) -> Markdown | None:
    """An http(s) URL fit for a Markdown link target, or None for anything else."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    # Percent-encode what would end the link or break out of it.
    return Markdown(quote(url, safe="/:?#[]@!$&'*+,;=%~-._"))


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@lru_cache(maxsize=1 << 14)  # pages print the same few thousand dates many times over
def human_date(iso: str | None) -> str:
    """'2019-11-19' -> '19 November 2019'; '2019-08' -> 'August 2019'; None -> 'undated'."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"
