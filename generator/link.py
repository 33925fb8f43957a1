"""Link the briefings across articles: order, related articles, actors, issues, timeline."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .candidates import find_candidates
from .dossier import country_counts, issue_profile
from .knowledge import IssueDef
from .memo import Memo
from .models import Briefing, Corpus, Duplicate, Rejection, TimelineEntry
from .profiles import actor_profiles, top_counts
from .timeline import merge_events

MAX_RELATED = 5
# Keys (an issue, an actor) shared by more briefings than this do not rank relatedness.
COMMON_KEY = 200
# Shared issues say more about relatedness than one shared actor does.
ISSUE_WEIGHT = 2
# A day two briefings both tell of says they report the same happening.
DAY_WEIGHT = 3
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
    # Each issue's briefings and timeline entries, in order, in one pass each.
    on_issue: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in ordered:
        for issue_id in briefing.issues:
            on_issue[issue_id].append(briefing)
    in_issue: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in timeline:
        for issue_id in entry.issues:
            in_issue[issue_id].append(entry)
    countries = country_counts(ordered)
    # What is still to come is so after the newest article of the site, not only of the issue.
    latest = max((b.article.published for b in ordered if b.article.published), default=None)
    return Corpus(
        briefings=ordered,
        related=related(ordered, memo),
        rejections=tuple(sorted(rejections, key=lambda r: r.path)),
        duplicates=tuple(sorted(duplicates, key=lambda d: d.dropped.path)),
        actors=actors,
        issues=tuple(
            issue_profile(i, on_issue[i.id], in_issue[i.id], by_id, memo, countries[i.id], latest)
            for i in issues if i.id in on_issue
        ),
        timeline=timeline,
        candidates=find_candidates(ordered, issues),
    )


def _signature(briefing: Briefing) -> dict[str, int]:
    weights = {f"issue:{issue}": ISSUE_WEIGHT for issue in briefing.issues}
    # A day both tell of is most often one happening both report ('on Friday' in two stories of Nov. 22).
    for event in briefing.events:
        if event.precision == "day":
            weights[f"day:{event.date}"] = DAY_WEIGHT
    for actor in briefing.actors:
        weight = ACTOR_KIND_WEIGHTS.get(actor.kind, 0)
        if weight:
            weights[f"actor:{actor.id}"] = weight
    return weights


def related(briefings: tuple[Briefing, ...], memo: Memo | None = None) -> dict[str, tuple[str, ...]]:
    """For each briefing, the ids of those sharing the most actors, issues and days told of with it.

    Scores come from an index of who names what, so the work grows with the
    number of shared keys, not with the square of the number of briefings; a
    key named by more than COMMON_KEY briefings tells too little to rank by.

    With a `memo`, the index of the build before is brought up to date, and
    only the briefings that share a key with a briefing that came, went or
    changed are ranked again. The result is the same either way.
    """
    last = memo.last(_RELATED) if memo is not None else None
    index = last.since(briefings) if isinstance(last, _Related) else None
    if index is None:
        index = _Related.of(briefings)
    if memo is not None:
        memo.keep(_RELATED, index)
    return {b.id: index.ranked[b.id] for b in briefings}


# The name a memo keeps the index of `related` under.
_RELATED = "related"


@dataclass(frozen=True)
class _Related:
    """Who names what (`postings`: briefing ids by key), each briefing's
    signature, and the ranking of each. `uniform` holds the keys every
    briefing on which gives the same weight: those add it to all at once, in C."""

    briefings: dict[str, Briefing]
    signatures: dict[str, dict[str, int]]
    postings: dict[str, list[str]]
    uniform: frozenset[str]
    ranked: dict[str, tuple[str, ...]]
    # The score of each briefing `ranked` lists, in its order.
    scores: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, briefings: Sequence[Briefing]) -> _Related:
        signatures = {b.id: _signature(b) for b in briefings}
        postings: dict[str, list[str]] = defaultdict(list)
        for briefing_id, signature in signatures.items():
            for key in signature:
                postings[key].append(briefing_id)
        uniform = frozenset(key for key, others in postings.items() if _is_uniform(key, others, signatures))
        index = cls({b.id: b for b in briefings}, signatures, dict(postings), uniform, {}, {})
        for briefing_id in signatures:
            index._rank(briefing_id)
        return index

    def _rank(self, briefing_id: str) -> None:
        """Rank the others for `briefing_id` (into `ranked` and `scores`)."""
        scores: Counter[str] = Counter()
        for key, weight in self.signatures[briefing_id].items():
            others = self.postings[key]
            if len(others) > COMMON_KEY:
                continue
            if key in self.uniform:
                for _ in range(weight):
                    scores.update(others)
            else:
                for other in others:
                    scores[other] += min(weight, self.signatures[other][key])
        scores.pop(briefing_id, None)
        self._keep(briefing_id, top_counts(scores, MAX_RELATED))

    def _keep(self, briefing_id: str, top: list[tuple[str, int]]) -> None:
        self.ranked[briefing_id] = tuple(other for other, _ in top)
        self.scores[briefing_id] = tuple(score for _, score in top)

    def _score(self, briefing_id: str, other: str) -> int:
        """What `_rank` counts for `other` when it ranks for `briefing_id`."""
        theirs = self.signatures[other]
        return sum(
            min(weight, theirs[key]) for key, weight in self.signatures[briefing_id].items()
            if key in theirs and len(self.postings[key]) <= COMMON_KEY
        )

    def since(self, briefings: Sequence[Briefing]) -> _Related | None:
        """This index brought up to date for `briefings` (None when ids repeat)."""
        now = {b.id: b for b in briefings}
        if len(now) != len(briefings):
            return None
        signatures, changed = dict(self.signatures), set()
        for briefing_id in self.briefings.keys() - now.keys():
            del signatures[briefing_id]
            changed.add(briefing_id)
        for briefing in briefings:
            if self.briefings.get(briefing.id) is briefing:
                continue
            signature = _signature(briefing)
            if signatures.get(briefing.id) != signature:
                signatures[briefing.id] = signature
                changed.add(briefing.id)
        touched = {key for i in changed for key in (*self.signatures.get(i, ()), *signatures.get(i, ()))}
        postings = dict(self.postings)
        for key in touched:
            kept = [i for i in postings.get(key, ()) if i not in changed]
            postings[key] = kept + sorted(i for i in changed if key in signatures.get(i, ()))
            if not postings[key]:
                del postings[key]
        uniform = (self.uniform - touched) | {
            key for key in touched if key in postings and _is_uniform(key, postings[key], signatures)
        }
        index = _Related(now, signatures, postings, uniform, dict(self.ranked), dict(self.scores))
        # Whoever shares a key whose briefings changed may rank otherwise now
        # (unless the key is too common to rank by, before and after). Its
        # scores with the others stay, but where the key became too common to
        # rank by, or common no more: then, and where a briefing it ranked
        # changed or went, it is ranked again; else only its scores with the
        # changed briefings are worked out, against those it ranked.
        again, sharing = set(changed), set()
        for key in touched:
            before, after = self.postings.get(key, ()), postings.get(key, ())
            if min(len(before), len(after)) <= COMMON_KEY:
                (again if (len(before) > COMMON_KEY) != (len(after) > COMMON_KEY) else sharing).update(before, after)
        present = [i for i in changed if i in now]
        for briefing_id in sharing - again:
            ranked = self.ranked[briefing_id]
            if not changed.isdisjoint(ranked):
                again.add(briefing_id)
                continue
            scores = dict(zip(ranked, self.scores[briefing_id]))
            for other in present:
                score = index._score(briefing_id, other)
                if score:
                    scores[other] = score
            index._keep(briefing_id, top_counts(scores, MAX_RELATED))
        for briefing_id in again:
            if briefing_id in now:
                index._rank(briefing_id)
            else:
                index.ranked.pop(briefing_id, None)
                index.scores.pop(briefing_id, None)
        return index


def _is_uniform(key: str, others: Sequence[str], signatures: dict[str, dict[str, int]]) -> bool:
    return len({signatures[other][key] for other in others}) == 1
