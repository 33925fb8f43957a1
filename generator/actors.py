"""Find the actors of an article: people with roles, organisations, countries."""

from __future__ import annotations

from .knowledge import KnownActor
from .models import Actor, CleanArticle


def find_actors(article: CleanArticle, known: tuple[KnownActor, ...]) -> tuple[Actor, ...]:
    """Every actor named in the body, one per canonical id, with mentions."""
    return ()
