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
from collections.abc import Sequence
from itertools import combinations

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
) -> tuple[tuple[CleanArticle, ...], tuple[Duplicate, ...]]:
    """The articles with each story once (input order kept), and what was dropped.

    `sketches` are `sketch(article)` of each article where it was made
    beforehand (None where not); the shingles of the few articles a
    candidate pair involves are worked out here.
    """
    made = sketches if sketches is not None else [None] * len(articles)
    samples = [_sample(blob if blob is not None else sketch(a)) for a, blob in zip(articles, made, strict=True)]
    index: dict[int, list[int]] = defaultdict(list)
    for position, sample in enumerate(samples):
        for shingle in sample:
            index[shingle].append(position)

    # Union-find over the pairs that really are one story.
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Pairs are counted in C (postings are in input order, so each pair is (earlier, later)).
    shared: Counter[tuple[int, int]] = Counter()
    for postings in index.values():
        if 1 < len(postings) <= COMMON_SHINGLE:
            shared.update(combinations(postings, 2))
    full: dict[int, frozenset[int]] = {}

    def shingles_of(position: int) -> frozenset[int]:
        if position not in full:
            full[position] = shingles(articles[position])
        return full[position]

    sizes = [len(sample) for sample in samples]
    enough = sorted(
        pair for pair, count in shared.items() if count >= SKETCH_SHARE * min(sizes[pair[0]], sizes[pair[1]])
    )
    for first, other in enough:
        if root(first) != root(other) and containment(shingles_of(first), shingles_of(other)) >= SAME_STORY:
            parent[root(other)] = root(first)

    groups: dict[int, list[int]] = defaultdict(list)
    for position in range(len(articles)):
        groups[root(position)].append(position)

    kept_positions, duplicates = set(), []
    for members in groups.values():
        keeper = min(members, key=lambda i: _preference(articles[i]))
        kept_positions.add(keeper)
        for member in sorted(members):
            if member != keeper:
                duplicates.append(Duplicate(
                    kept=articles[keeper].id,
                    dropped=articles[member].source,
                    similarity=round(containment(shingles_of(keeper), shingles_of(member)), 3),
                ))
    kept = tuple(a for i, a in enumerate(articles) if i in kept_positions)
    return kept, tuple(sorted(duplicates, key=lambda d: d.dropped.path))
