"""Find the same story captured twice: identical text, other whitespace, other boilerplate.

Two clean articles are one story when most of the shorter body's word
5-grams ('shingles') occur in the longer one. Candidates come from each
article's sketch: the shingles whose hash falls in one bucket of
SAMPLE_EVERY, a fixed sample that two copies of one text share. A pair is
checked against the full texts only when the sketches share enough, so the
work grows with the number of articles, not with its square. The sketch is
made when the article is read (and cached with it), not on every build.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from .memo import Memo
from .models import CleanArticle, Duplicate

SHINGLE_WORDS = 5
# Share of the shorter body's shingles found in the other body.
SAME_STORY = 0.6
# Sketch one shingle in SAMPLE_EVERY (by hash), and ignore sketched shingles
# so common that they are stock phrases rather than evidence.
SAMPLE_EVERY = 4
COMMON_SHINGLE = 50
# A pair is compared in full only when its sketches share at least this
# share of the smaller sketch: half of what one story told twice shares.
SKETCH_SHARE = SAME_STORY / 2
_WORD = re.compile(r"\w+")
# The name a memo keeps the index under (see `deduplicate`).
_INDEX = "dedupe index"


def shingles(article: CleanArticle) -> frozenset[int]:
    """Hashes of the body's word 5-grams, case and punctuation folded."""
    words = _WORD.findall(" ".join(article.paragraphs).lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset({zlib.crc32(" ".join(words).encode())})
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set found in the larger one."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    return len(small & large) / len(small)


def _preference(article: CleanArticle) -> tuple:
    # Keep the capture that says the most: a date, an outlet, more text; then the first id.
    return (
        article.published is None,
        article.outlet is None,
        -sum(len(p.split()) for p in article.paragraphs),
        article.id,
    )


def sketch(article: CleanArticle) -> bytes:
    """The article's sampled shingles, sorted, as unsigned 32-bit integers."""
    return array("I", sorted(s for s in shingles(article) if s % SAMPLE_EVERY == 0)).tobytes()


def _sample(blob: bytes) -> array:
    values = array("I")
    values.frombytes(blob)
    return values


def deduplicate(
    articles: Sequence[CleanArticle],
    sketches: Sequence[bytes | None] | None = None,
    keys: Sequence[str] | None = None,
    memo: Memo | None = None,
) -> tuple[tuple[CleanArticle, ...], tuple[Duplicate, ...]]:
    """The articles with each story once (input order kept), and what was dropped.

    `sketches` are `sketch(article)` of each article where it was made
    beforehand (None where not); the shingles of the few articles a
    candidate pair involves are worked out here.

    With a `memo` and each article's `keys` (its briefing's key, which
    covers its text), the index of sketches and the pairs worth comparing
    are kept for the next build, which brings them up to date for the
    articles that came or went (`_Index.update`) instead of indexing every
    sketch again. The result is the same either way.
    """
    made = sketches if sketches is not None else [None] * len(articles)
    samples = [_sample(blob if blob is not None else sketch(a)) for a, blob in zip(articles, made, strict=True)]
    # Containments worked out, by pair of names (keys, or else positions).
    names: Sequence[str] | range = range(len(articles))
    alike: dict[tuple, float] = {}
    if memo is not None and keys is not None and all(keys) and len(set(keys)) == len(keys):
        # Taken out while it changes: a build stopped half-way leaves no half-updated index behind.
        index = memo.last(_INDEX)
        memo.keep(_INDEX, None)
        if isinstance(index, _Index):
            index.update(keys, samples)
        else:
            index = _Index.of(keys, samples)
        memo.keep(_INDEX, index)
        position = {key: i for i, key in enumerate(keys)}
        enough = sorted(tuple(sorted((position[a], position[b]))) for a, b in index.pairs())
        names, alike = keys, index.alike
    else:
        enough = _enough(samples)

    # Union-find over the pairs that really are one story.
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    full: dict[int, frozenset[int]] = {}

    def shingles_of(position: int) -> frozenset[int]:
        if position not in full:
            full[position] = shingles(articles[position])
        return full[position]

    def similar(first: int, other: int) -> float:
        pair = tuple(sorted((names[first], names[other])))
        if pair not in alike:
            alike[pair] = containment(shingles_of(first), shingles_of(other))
        return alike[pair]

    for first, other in enough:
        if root(first) != root(other) and similar(first, other) >= SAME_STORY:
            parent[root(other)] = root(first)

    groups: dict[int, list[int]] = defaultdict(list)
    for position in range(len(articles)):
        groups[root(position)].append(position)

    kept_positions, duplicates = set(), []
    for members in groups.values():
        keeper = members[0] if len(members) == 1 else min(members, key=lambda i: _preference(articles[i]))
        kept_positions.add(keeper)
        for member in sorted(members):
            if member != keeper:
                duplicates.append(Duplicate(
                    kept=articles[keeper].id,
                    dropped=articles[member].source,
                    similarity=round(similar(keeper, member), 3),
                ))
    kept = tuple(a for i, a in enumerate(articles) if i in kept_positions)
    return kept, tuple(sorted(duplicates, key=lambda d: d.dropped.path))


def _enough(samples: Sequence[array]) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of positions whose samples share enough to be compared in full, sorted."""
    index: dict[int, list[int]] = defaultdict(list)
    for position, sample in enumerate(samples):
        for shingle in sample:
            index[shingle].append(position)
    # Pairs are counted in C (postings are in input order, so each pair is (earlier, later)).
    shared: Counter[tuple[int, int]] = Counter()
    for postings in index.values():
        if 1 < len(postings) <= COMMON_SHINGLE:
            shared.update(combinations(postings, 2))
    return sorted(pair for pair, count in shared.items() if _worth_comparing(count, samples[pair[0]], samples[pair[1]]))


def _worth_comparing(shared: int, first: array, other: array) -> bool:
    """Whether two samples sharing `shared` shingles share enough to be compared in full."""
    return shared >= SKETCH_SHARE * min(len(first), len(other))


class _Index:
    """The sketches of a set of articles by key, indexed by shingle, with the
    pairs whose sketches share enough (`pairs`) and the containments worked
    out for pairs (`alike`). `update` brings it to another set of articles,
    touching only what the articles that came or went take part in."""

    def __init__(self) -> None:
        self.samples: dict[str, array] = {}
        self.postings: dict[int, list[str]] = {}
        # Each key's partners: the keys it shares enough with (both ways).
        self.partners: dict[str, set[str]] = defaultdict(set)
        self.alike: dict[tuple[str, str], float] = {}

    @classmethod
    def of(cls, keys: Sequence[str], samples: Sequence[array]) -> _Index:
        index = cls()
        for key, sample in zip(keys, samples):
            index.samples[key] = sample
            for shingle in sample:
                index.postings.setdefault(shingle, []).append(key)
        for first, other in _enough(samples):
            index._pair(keys[first], keys[other])
        return index

    def pairs(self) -> Iterator[tuple[str, str]]:
        for key, partners in self.partners.items():
            for partner in partners:
                if key < partner:
                    yield key, partner

    def _pair(self, first: str, other: str) -> None:
        self.partners[first].add(other)
        self.partners[other].add(first)

    def _unpair(self, first: str, other: str) -> None:
        self.partners[first].discard(other)
        self.partners[other].discard(first)

    def update(self, keys: Sequence[str], samples: Sequence[array]) -> None:
        now = set(keys)
        recount: set[tuple[str, str]] = set()
        for key in [key for key in self.samples if key not in now]:
            for shingle in self.samples.pop(key):
                postings = self.postings[shingle]
                postings.remove(key)
                if len(postings) == COMMON_SHINGLE:
                    # No longer too common: it counts for every pair it holds again.
                    recount.update(combinations(sorted(postings), 2))
                if not postings:
                    del self.postings[shingle]
            for partner in self.partners.pop(key, ()):
                self.partners[partner].discard(key)
            self.alike = {pair: value for pair, value in self.alike.items() if key not in pair}
        for key, sample in zip(keys, samples):
            if key in self.samples:
                continue
            self.samples[key] = sample
            shared: Counter[str] = Counter()
            for shingle in sample:
                postings = self.postings.setdefault(shingle, [])
                if len(postings) == COMMON_SHINGLE:
                    # Now too common: the pairs it held may no longer share enough.
                    members = set(postings)
                    recount.update(
                        (member, partner) for member in postings
                        for partner in self.partners.get(member, ()) if partner in members
                    )
                postings.append(key)
                if 1 < len(postings) <= COMMON_SHINGLE:
                    shared.update(postings[:-1])
            for other, count in shared.items():
                if _worth_comparing(count, sample, self.samples[other]):
                    self._pair(key, other)
        for first, other in recount:
            if first in self.samples and other in self.samples:
                one, two = self.samples[first], self.samples[other]
                count = sum(1 for shingle in set(one).intersection(two) if len(self.postings[shingle]) <= COMMON_SHINGLE)
                if _worth_comparing(count, one, two):
                    self._pair(first, other)
                else:
                    self._unpair(first, other)
