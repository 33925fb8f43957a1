"""Find direct quotations and who said them."""

from __future__ import annotations

from .models import Actor, CleanArticle, Quote


def find_quotes(article: CleanArticle, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Every direct quotation in the body, with the speaker's actor id."""
    return ()
