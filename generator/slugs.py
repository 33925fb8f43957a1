"""Stable, URL-safe slugs for article and actor ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, fallback: str = "") -> str:
    """Lower-case ASCII words joined by '-': 'Moon Jae-in' -> 'moon-jae-in'.

    Letters with accents lose them; a text with no ASCII letters or digits
    (Korean, Japanese) gets 'x-' plus a short hash of the text, so the slug is
    still stable and unique. `fallback` is used instead when it is given.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    if fallback:
        return fallback
    return "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
