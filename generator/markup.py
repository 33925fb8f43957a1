"""Article text as Markdown text: escaping, so that text is never markup.

Article text is data. Everything the templates print goes through
`escape_markdown` (the Jinja environment's `finalize`), unless the template
built it itself and wrapped it in `Markdown`. HTML becomes entities, Markdown
punctuation gets a backslash, and a value is folded onto one line so it cannot
open a block (heading, list, table, admonition, code) of its own.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit


class Markdown(str):
    """Text that is already Markdown (built by a template or filter): not escaped again."""


_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Inline syntax of Python-Markdown and the enabled extensions (attr_list's
# braces, tables' pipe); every one of these has a backslash escape.
_INLINE = re.compile(r"([\\`*_\[\]{}|])")
# Characters that only mean something at the start of a line; escaped there
# because a value may be printed at the start of one.
_LINE_START = re.compile(r"^([#+\-=~!:.>]|\d+(?=[.)]))")


def escape_markdown(value: object) -> str:
    """`value` as Markdown that renders as exactly its text, on one line."""
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return escape_line_start(escape_inline(" ".join(str(value).split())))


def escape_inline(text: str) -> str:
    """HTML as entities and inline Markdown punctuation with a backslash; spaces kept."""
    text = "".join(_HTML.get(ch, ch) for ch in text)
    return _INLINE.sub(r"\\\1", text)


def escape_line_start(text: str) -> str:
    """Escape what would open a block (heading, list, quote …) at the start of a line."""
    match = _LINE_START.match(text)
    if not match:
        return text
    if match.group(1)[0].isdigit():
        # "1. " would start a list: escape the full stop after the number.
        end = match.end()
        return text[:end] + "\\" + text[end:]
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
