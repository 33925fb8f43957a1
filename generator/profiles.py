"""Actors merged across briefings: roles over time, appearances, quotes, company kept."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .models import ActorProfile, Appearance, Briefing, RoleSighting

MAX_CO_ACTORS = 8


def _most_common(values: list) -> object:
    """The most frequent value; ties go to the first in sorted order (deterministic)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return sorted(v for v, n in counts.items() if n == best)[0]


def top_counts(counts: Mapping[str, int], limit: int) -> list[tuple[str, int]]:
    """The `limit` largest counts as (key, count), largest first; ties by key.

    The cut-off count is found among the bare counts (in C), so only the few
    items at or above it are sorted.
    """
    if len(counts) > limit:
        floor = heapq.nlargest(limit, counts.values())[-1]
        counts = {key: n for key, n in counts.items() if n >= floor}
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def actor_profiles(briefings: Sequence[Briefing]) -> tuple[ActorProfile, ...]:
    """One profile per actor id across all briefings, sorted by name."""
    seen: dict[str, list[tuple[Briefing, object]]] = defaultdict(list)
    for briefing in sorted(briefings, key=lambda b: (b.article.published or "9999", b.id)):
        for actor in briefing.actors:
            seen[actor.id].append((briefing, actor))

    # How many briefings each actor shares with each other actor (and, at
    # first, with itself: counting whole lists is done in C).
    together: dict[str, Counter] = defaultdict(Counter)
    for briefing in briefings:
        ids = {a.id for a in briefing.actors}
        for actor_id in ids:
            together[actor_id].update(ids)

    profiles = []
    for actor_id, sightings in seen.items():
        roles, appearances = [], []
        for briefing, actor in sightings:
            roles.extend(RoleSighting(role, briefing.id, briefing.article.published) for role in actor.roles)
            appearances.append(Appearance(
                briefing=briefing.id,
                paragraphs=tuple(sorted({m.paragraph for m in actor.mentions})),
                quotes=tuple(q for q in briefing.quotes if q.speaker == actor_id),
                roles=actor.roles,
            ))
        company = together[actor_id]
        del company[actor_id]
        co_actors = top_counts(company, MAX_CO_ACTORS)
        profiles.append(ActorProfile(
            id=actor_id,
            name=_most_common([a.name for _, a in sightings]),
            kind=_most_common([a.kind for _, a in sightings]),
            country=_most_common([a.country for _, a in sightings]),
            roles=tuple(roles),
            appearances=tuple(appearances),
            co_actors=tuple(co_actors),
        ))
    return tuple(sorted(profiles, key=lambda p: (p.name.lower(), p.id)))
