"""Actors merged across briefings: roles over time, appearances, quotes, company kept."""

from __future__ import annotations

import heapq
from bisect import insort
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .memo import Memo
from .models import Actor, ActorProfile, Appearance, Briefing, RoleSighting

MAX_CO_ACTORS = 8


def _most_common(counts: Mapping[object, int]) -> object:
    """The most frequent value (None when there is none); ties go to the first in sorted order (deterministic)."""
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

    A profile adds up what each briefing that names the actor says of it
    (`_Tally`). With a `memo`, the tallies of the build before are brought
    up to date: only the briefings that came, went or changed are taken
    away or added, and only the profiles of the actors they name are made
    again. The result is the same either way.
    """
    last = memo.last(_PROFILES) if memo is not None else None
    if memo is not None:
        # Taken out while it changes: a build stopped half-way leaves no half-updated tallies behind.
        memo.keep(_PROFILES, None)
    profiles = last.since(briefings) if isinstance(last, _Profiles) else None
    if profiles is None:
        profiles = _Profiles.of(briefings)
    if memo is not None:
        memo.keep(_PROFILES, profiles)
    return tuple(sorted(profiles.profiles.values(), key=lambda p: (p.name.lower(), p.id)))


# The name a memo keeps the tallies of `actor_profiles` under.
_PROFILES = "actor profiles"


class _Sighting(NamedTuple):
    """What one briefing says of one actor."""

    roles: tuple[RoleSighting, ...]
    appearance: Appearance
    name: str
    kind: str
    country: str | None
    company: frozenset[str]  # the ids of the briefing's actors (the actor's own too)


def _sighting(briefing: Briefing, actor: Actor, company: frozenset[str]) -> _Sighting:
    return _Sighting(
        roles=tuple(RoleSighting(role, briefing.id, briefing.article.published) for role in actor.roles),
        appearance=Appearance(
            briefing=briefing.id,
            paragraphs=tuple(sorted({m.paragraph for m in actor.mentions})),
            quotes=tuple(q for q in briefing.quotes if q.speaker == actor.id),
            roles=actor.roles,
        ),
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        company=company,
    )


def _order(briefing: Briefing) -> tuple[str, str]:
    """Where a briefing's sightings go in a profile: oldest first, undated last, then by id."""
    return (briefing.article.published or "9999", briefing.id)


# Companions are counted once and then kept up to date for an actor with
# this many sightings (a country named in most briefings); for the others
# they are counted when the profile is made: kept for every actor, those
# counts would take more memory than the rest together.
KEEP_COMPANY_FROM = 500


class _Tally:
    """The sightings of one actor, in profile order, and how often each name,
    kind and country (and, for a large tally, each companion) occurs in them."""

    def __init__(self) -> None:
        self.order: list[tuple[str, str]] = []
        self.sightings: dict[str, tuple[_Sighting, ...]] = {}
        self.counts: tuple[Counter, Counter, Counter] = (Counter(), Counter(), Counter())
        self.company: Counter[str] | None = None

    def add(self, briefing: Briefing, order: tuple[str, str], sighting: _Sighting) -> None:
        if briefing.id not in self.sightings:
            insort(self.order, order)
            self.sightings[briefing.id] = ()
        self.sightings[briefing.id] += (sighting,)
        names, kinds, countries = self.counts
        for counts, value in ((names, sighting.name), (kinds, sighting.kind), (countries, sighting.country)):
            if value:
                counts[value] += 1
        if self.company is not None:
            self.company.update(sighting.company)

    def remove(self, briefing: Briefing) -> None:
        self.order.remove(_order(briefing))
        names, kinds, countries = self.counts
        for sighting in self.sightings.pop(briefing.id):
            for counts, value in ((names, sighting.name), (kinds, sighting.kind), (countries, sighting.country)):
                if value:
                    _less(counts, value)
            if self.company is not None:
                for other in sighting.company:
                    _less(self.company, other)

    def profile(self, actor_id: str) -> ActorProfile:
        names, kinds, countries = self.counts
        mine = [sighting for _, briefing_id in self.order for sighting in self.sightings[briefing_id]]
        # How many of these briefings each other actor is named in (the actor
        # itself too: counting whole sets is done in C).
        company = self.company
        if company is None:
            company = Counter()
            for sighting in mine:
                company.update(sighting.company)
            if len(mine) >= KEEP_COMPANY_FROM:
                self.company = company
        return ActorProfile(
            id=actor_id,
            name=_most_common(names),
            kind=_most_common(kinds),
            country=_most_common(countries),
            roles=tuple(role for sighting in mine for role in sighting.roles),
            appearances=tuple(sighting.appearance for sighting in mine),
            co_actors=tuple(top_counts({k: n for k, n in company.items() if k != actor_id}, MAX_CO_ACTORS)),
        )


def _less(counts: Counter, value: object) -> None:
    counts[value] -= 1
    if not counts[value]:
        del counts[value]


class _Profiles:
    """The tallies of every actor, the briefings they were made from, and the profiles."""

    def __init__(self) -> None:
        self.briefings: dict[str, Briefing] = {}
        self.tallies: dict[str, _Tally] = {}
        self.profiles: dict[str, ActorProfile] = {}

    @classmethod
    def of(cls, briefings: Sequence[Briefing]) -> _Profiles:
        profiles = cls()
        profiles._change((), briefings)
        return profiles

    def since(self, briefings: Sequence[Briefing]) -> _Profiles | None:
        """These tallies brought up to date for `briefings` (None when ids repeat)."""
        now = {b.id: b for b in briefings}
        if len(now) != len(briefings):
            return None
        gone = [b for i, b in self.briefings.items() if now.get(i) is not b]
        new = [b for b in briefings if self.briefings.get(b.id) is not b]
        self._change(gone, new)
        return self

    def _change(self, gone: Sequence[Briefing], new: Sequence[Briefing]) -> None:
        touched = set()
        for briefing in gone:
            del self.briefings[briefing.id]
            for actor_id in {actor.id for actor in briefing.actors}:
                self.tallies[actor_id].remove(briefing)
                touched.add(actor_id)
        for briefing in new:
            self.briefings[briefing.id] = briefing
            # One set of companions and one place in the order for all its sightings.
            company, order = frozenset(a.id for a in briefing.actors), _order(briefing)
            for actor in briefing.actors:
                self.tallies.setdefault(actor.id, _Tally()).add(briefing, order, _sighting(briefing, actor, company))
                touched.add(actor.id)
        for actor_id in touched:
            if self.tallies[actor_id].order:
                self.profiles[actor_id] = self.tallies[actor_id].profile(actor_id)
            else:
                del self.tallies[actor_id]
                self.profiles.pop(actor_id, None)
