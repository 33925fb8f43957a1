"""Find the actors of an article: people with roles, organisations, countries.

The paragraphs are read once (`generator.bodies`: tokens, known names,
organisations), then people are found in them (`generator.people`); every
actor gets one canonical id, the same across articles for the same actor.
"""

from __future__ import annotations

from .bodies import body_actors, read_paragraphs
from .gazetteer import Gazetteer
from .knowledge import KnownActor
from .metadata import same_outlet
from .models import Actor, CleanArticle
from .people import find_people


def find_actors(article: CleanArticle, known: tuple[KnownActor, ...]) -> tuple[Actor, ...]:
    """Every actor named in the body, one per canonical id, with mentions.

    Actors are ordered by first mention; mentions by paragraph and place.
    The outlet that published the article is not one of its actors ('...,
    Lü Chao told the Global Times' in the Global Times). A person the body
    calls only by the surname is the one a dropped photo caption names in
    full (see `find_people`). Pure: the knowledge comes in as `known`.
    """
    gazetteer = Gazetteer.build(tuple(known))
    paragraphs = read_paragraphs(article.paragraphs, gazetteer, article.dateline)
    captions = read_paragraphs(article.captions, gazetteer) if article.captions else ()
    actors = find_people(paragraphs, gazetteer, captions) + body_actors(paragraphs)
    return tuple(
        actor for _, actor in sorted(actors, key=lambda pair: pair[0])
        if not (actor.kind == "organization" and article.outlet and same_outlet(actor.name, article.outlet))
    )
