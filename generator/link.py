"""Link the briefings across articles: order, related articles, actors, issues, timeline."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .candidates import find_candidates
from .dossier import issue_profile
from .knowledge import IssueDef
from .memo import Memo
from .models import Briefing, Corpus, Duplicate, Rejection
from .profiles import actor_profiles, top_counts
from .timeline import merge_events

MAX_RELATED = 5
# Keys (an issue, an actor) shared by more briefings than this do not rank relatedness.
COMMON_KEY = 200
# Shared issues say more about relatedness than one shared actor does.
ISSUE_WEIGHT = 2
# Countries are shared by almost every article on a bilateral dispute.
ACTOR_KIND_WEIGHTS = {"person": 2, "organization": 1, "country": 0, "place": 0}


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first, then undated ones; ties by id."""
    by_id = sorted(briefings, key=lambda b: b.id)
    dated = [b for b in by_id if b.article.published]
    undated = [b for b in by_id if not b.article.published]
    dated.sort(key=lambda b: b.article.published, reverse=True)
    return dated + undated


def link(
    briefings: Iterable[Briefing],
    issues: Iterable[IssueDef] = (),
    rejections: Iterable[Rejection] = (),
    duplicates: Iterable[Duplicate] = (),
    memo: Memo | None = None,
) -> Corpus:
    """The corpus the pages are rendered from. Deterministic, and the same
    with or without `memo` (which keeps results for the next build)."""
    ordered = tuple(newest_first(briefings))
    issues = tuple(issues)
    timeline = merge_events(ordered, memo)
    actors = actor_profiles(ordered, memo)
    by_id = {profile.id: profile for profile in actors}
    present = {issue for b in ordered for issue in b.issues}
    return Corpus(
        briefings=ordered,
        related=related(ordered),
        rejections=tuple(sorted(rejections, key=lambda r: r.path)),
        duplicates=tuple(sorted(duplicates, key=lambda d: d.dropped.path)),
        actors=actors,
        issues=tuple(issue_profile(i, ordered, timeline, by_id, memo) for i in issues if i.id in present),
        timeline=timeline,
        candidates=find_candidates(ordered, issues),
    )


def _signature(briefing: Briefing) -> dict[str, int]:
    weights = {f"issue:{issue}": ISSUE_WEIGHT for issue in briefing.issues}
    for actor in briefing.actors:
        weight = ACTOR_KIND_WEIGHTS.get(actor.kind, 0)
        if weight:
            weights[f"actor:{actor.id}"] = weight
    return weights


def related(briefings: tuple[Briefing, ...]) -> dict[str, tuple[str, ...]]:
    """For each briefing, the ids of those sharing the most actors and issues with it.

    Scores come from an index of who names what, so the work grows with the
    number of shared keys, not with the square of the number of briefings; a
    key named by more than COMMON_KEY briefings tells too little to rank by.
    """
    signatures = {b.id: _signature(b) for b in briefings}
    postings: dict[str, list[str]] = defaultdict(list)
    for briefing_id, signature in signatures.items():
        for key in signature:
            postings[key].append(briefing_id)
    # The weight every briefing on a key gives it, where they all give the
    # same (nearly always): then the key adds that weight to each of them at
    # once, in C, rather than one by one.
    uniform = {key for key, others in postings.items() if len({signatures[other][key] for other in others}) == 1}
    result = {}
    for briefing_id, signature in signatures.items():
        scores: Counter[str] = Counter()
        for key, weight in signature.items():
            others = postings[key]
            if len(others) > COMMON_KEY:
                continue
            if key in uniform:
                for _ in range(weight):
                    scores.update(others)
            else:
                for other in others:
                    scores[other] += min(weight, signatures[other][key])
        scores.pop(briefing_id, None)
        result[briefing_id] = tuple(other for other, _ in top_counts(scores, MAX_RELATED))
    return result
