"""Actors merged across briefings: roles over time, appearances, quotes, company kept."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .memo import Memo, remembered
from .models import Actor, ActorProfile, Appearance, Briefing, RoleSighting

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


def actor_profiles(briefings: Sequence[Briefing], memo: Memo | None = None) -> tuple[ActorProfile, ...]:
    """One profile per actor id across all briefings, sorted by name.

    A profile is made from the briefings that name the actor alone, so with
    a `memo` it is worked out again only when one of them changed.
    """
    seen: dict[str, list[tuple[Briefing, Actor]]] = defaultdict(list)
    for briefing in sorted(briefings, key=lambda b: (b.article.published or "9999", b.id)):
        for actor in briefing.actors:
            seen[actor.id].append((briefing, actor))
    profiles = [
        remembered(memo, _sightings_key(actor_id, sightings), lambda a=actor_id, s=sightings: _profile(a, s))
        for actor_id, sightings in seen.items()
    ]
    return tuple(sorted(profiles, key=lambda p: (p.name.lower(), p.id)))


def _sightings_key(actor_id: str, sightings: list[tuple[Briefing, Actor]]) -> tuple | None:
    keys = tuple(briefing.key for briefing, _ in sightings)
    return None if not all(keys) else ("profile", actor_id, keys)


def _profile(actor_id: str, sightings: list[tuple[Briefing, Actor]]) -> ActorProfile:
    roles, appearances = [], []
    # How many of these briefings each other actor is named in (the actor
    # itself too, at first: counting whole lists is done in C).
    company: Counter[str] = Counter()
    for briefing, actor in sightings:
        roles.extend(RoleSighting(role, briefing.id, briefing.article.published) for role in actor.roles)
        appearances.append(Appearance(
            briefing=briefing.id,
            paragraphs=tuple(sorted({m.paragraph for m in actor.mentions})),
            quotes=tuple(q for q in briefing.quotes if q.speaker == actor_id),
            roles=actor.roles,
        ))
        company.update({a.id for a in briefing.actors})
    del company[actor_id]
    return ActorProfile(
        id=actor_id,
        name=_most_common([a.name for _, a in sightings]),
        kind=_most_common([a.kind for _, a in sightings]),
        country=_most_common([a.country for _, a in sightings]),
        roles=tuple(roles),
        appearances=tuple(appearances),
        co_actors=tuple(top_counts(company, MAX_CO_ACTORS)),
    )
