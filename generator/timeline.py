"""One timeline across sources: the same happening on the same date is one entry.

Events from different articles are merged when they share the date (at the
same precision) and enough content words. Where sources give the same
happening different dates, the disagreement is kept as a Conflict.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date as calendar_date
from functools import lru_cache
from itertools import accumulate
from typing import TypeVar

from .memo import Memo, remembered
from .models import Briefing, Citation, Conflict, Event, TimelineEntry

T = TypeVar("T")

# Share of content words two event texts must have in common to be one happening.
SAME_HAPPENING = 0.3
# Stricter for the same happening on different dates (a conflict between sources).
SAME_TOPIC = 0.5
# Reports of one happening with dates further apart than this are two happenings.
MAX_APART = {"day": 7, "month": 62, "year": 366}
# Conflicts an issue page shows at most: beyond a few dozen, a list of
# disagreements is no longer read (see `strongest_conflicts`).
MAX_CONFLICTS_SHOWN = 50
# Happenings that occur once: two dates for one of them is a disagreement.
ONE_OFF = re.compile(r"\b(expir|lapse|took effect|take effect|signed|conclud|notif)\w*", re.I)
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with as is are was were be been being it its
    this that these those their there they he she his her has have had will would could should may
    might can not no into over after before about than then also which who whom whose what when where
    while said says say set due two one three first last next later earlier day days week weeks month
    months year years monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec""".split()
)
_WORD = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, cut to a crude stem so 'expires' meets 'expire'."""
    return frozenset(w[:6] for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


def similarity(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Overlap of two word sets relative to the smaller one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _sources(members: Sequence[tuple[Briefing, Event]]) -> tuple[Citation, ...]:
    return tuple(sorted({Citation(b.id, e.paragraph) for b, e in members}, key=lambda c: (c.briefing, c.paragraph)))


def _representative(members: Sequence[tuple[Briefing, Event]]) -> str:
    """The text most like the others (ties: the shortest, then the first alphabetically).

    'Most like the others': the largest sum of `similarity` with every other
    member. The sum is taken word by word rather than pair by pair, so a
    date that thousands of articles report costs little more than one that
    a few do: a shared word adds 1/size of the smaller of the two word sets.
    Sums are rounded to 9 places so that equal sums tie whatever their order.
    """
    if len(members) == 1:
        return members[0][1].text
    words = [content_words(e.text) for _, e in members]
    sizes_by_word: dict[str, list[int]] = defaultdict(list)
    for mine in words:
        for word in mine:
            sizes_by_word[word].append(len(mine))
    tables = {}
    for word, sizes in sizes_by_word.items():
        sizes.sort()
        tables[word] = (sizes, list(accumulate(1 / size for size in sizes)))

    def total(mine: frozenset[str]) -> float:
        if not mine:
            return 0.0
        size, result = len(mine), 0.0
        for word in mine:
            sizes, smaller_sums = tables[word]
            smaller = bisect_left(sizes, size)
            result += (smaller_sums[smaller - 1] if smaller else 0.0) + (len(sizes) - smaller) / size
        return round(result - 1.0, 9)  # less its similarity with itself

    totals = [total(mine) for mine in words]

    def score(i: int) -> tuple:
        return (-totals[i], len(members[i][1].text), members[i][1].text)

    return members[min(range(len(members)), key=score)][1].text


def merge_events(briefings: Sequence[Briefing], memo: Memo | None = None) -> tuple[TimelineEntry, ...]:
    """Every event of every briefing, merged into dated entries, oldest first.

    The entries of a date are made from the events on that date alone, so
    with a `memo` they are worked out again only when one of those changed.
    """
    by_date: dict[tuple[str, str], list[tuple[Briefing, Event]]] = defaultdict(list)
    positions: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for briefing in sorted(briefings, key=lambda b: b.id):
        for position, event in enumerate(briefing.events):
            by_date[(event.date, event.precision)].append((briefing, event))
            positions[(event.date, event.precision)].append((briefing.key, position))
    entries = []
    for day, members in sorted(by_date.items()):
        keys = positions[day]
        key = None if not all(k for k, _ in keys) else ("events", day, tuple(keys))
        entries.extend(remembered(memo, key, lambda day=day, members=members: _merge_date(*day, members)))
    return tuple(sorted(entries, key=lambda e: (e.date, e.text)))


def _merge_date(date: str, precision: str, members: list[tuple[Briefing, Event]]) -> tuple[TimelineEntry, ...]:
    """The entries of one date: its events (by briefing id) merged where they tell one happening."""
    entries = []
    clusters: list[list[tuple[Briefing, Event]]] = []
    cluster_words: list[set[str]] = []
    cluster_briefings: list[set[str]] = []
    # Which clusters hold each word: a member is compared only with the
    # clusters it shares a word with (no shared word, no similarity),
    # first cluster first, so a date named by thousands of articles
    # costs little more than one named by a few.
    holding: dict[str, list[int]] = defaultdict(list)
    for member in members:
        words = content_words(member[1].text)
        for index in sorted({i for word in words for i in holding.get(word, ())}):
            # Two events of one article on one date are two happenings.
            if member[0].id in cluster_briefings[index]:
                continue
            if similarity(words, cluster_words[index]) >= SAME_HAPPENING:
                clusters[index].append(member)
                for word in words - cluster_words[index]:
                    holding[word].append(index)
                cluster_words[index] |= words
                cluster_briefings[index].add(member[0].id)
                break
        else:
            clusters.append([member])
            cluster_words.append(set(words))
            cluster_briefings.append({member[0].id})
            for word in words:
                holding[word].append(len(clusters) - 1)
    for cluster in clusters:
        issues = sorted({issue for b, _ in cluster for issue in b.issues})
        entries.append(TimelineEntry(
            date=date,
            precision=precision,
            text=_representative(cluster),
            sources=_sources(cluster),
            issues=tuple(issues),
        ))
    return tuple(entries)


def _day_number(iso: str) -> int:
    """Days since year 1 of an ISO date at any precision (its first day)."""
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return calendar_date(parts[0], parts[1], parts[2]).toordinal()


def _one_off(text: str) -> str | None:
    match = ONE_OFF.search(text)
    return match.group(1).lower() if match else None


def find_conflicts(entries: Sequence[TimelineEntry]) -> tuple[Conflict, ...]:
    """Entries that tell the same happening with different dates, from different sources.

    Words that most entries share (the issue's own name) are no evidence of
    one happening, so they are left out of the comparison; and two reports of
    one happening lie close in time (MAX_APART days at their precision), so
    each entry is compared only with the entries in that window. Words and
    sources are compared as bit sets (one bit per word, per briefing), which
    keeps each of the many comparisons to a few integer operations.
    """
    counts: dict[str, int] = defaultdict(int)
    words = [content_words(e.text) for e in entries]
    for entry_words in words:
        for word in entry_words:
            counts[word] += 1
    common = {w for w, n in counts.items() if n > max(2, len(entries) // 5)}
    words = [w - common for w in words]
    word_bits = _BitSets()
    bags = [word_bits.of(w) for w in words]
    sizes = [len(w) for w in words]
    source_bits = _BitSets()
    sources = [source_bits.of(c.briefing for c in e.sources) for e in entries]
    days = [_day_number(e.date) for e in entries]
    once = [_one_off(e.text) for e in entries]
    conflicts = []
    for precision in sorted({e.precision for e in entries}):
        # Only entries at one precision are compared, and never two on one
        # date: each entry is compared with the later days of its window.
        order = sorted((i for i, e in enumerate(entries) if e.precision == precision), key=lambda i: (days[i], i))
        window = MAX_APART[precision]
        next_day = [len(order)] * len(order)
        for position in range(len(order) - 2, -1, -1):
            same_day = days[order[position + 1]] == days[order[position]]
            next_day[position] = next_day[position + 1] if same_day else position + 1
        for position, i in enumerate(order):
            last_day, bag, source, one_off = days[i] + window, bags[i], sources[i], once[i]
            for later in range(next_day[position], len(order)):
                j = order[later]
                if days[j] > last_day:
                    break
                if source & sources[j]:
                    continue  # one article giving two dates tells two happenings
                if one_off is None or one_off != once[j]:
                    shared = (bag & bags[j]).bit_count()
                    if shared < 2 or shared < SAME_TOPIC * min(sizes[i], sizes[j]):
                        continue
                first, second = entries[i], entries[j]
                pair = (first, second) if (first.date, first.text) <= (second.date, second.text) else (second, first)
                conflicts.append(Conflict(topic=pair[0].text, versions=pair))
    return tuple(sorted(conflicts, key=_conflict_order))


class _BitSets:
    """Sets of strings as integers: each string met gets the next bit."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}

    def of(self, items: Iterable[str]) -> int:
        result = 0
        for item in items:
            bit = self.bits.get(item)
            if bit is None:
                bit = self.bits[item] = 1 << len(self.bits)
            result |= bit
        return result


def strongest(items: Sequence[T], limit: int, support: Callable[[T], tuple[int, ...]]) -> tuple[T, ...]:
    """At most `limit` of `items`, in their order: those with the largest `support` (ties: the earlier)."""
    if len(items) <= limit:
        return tuple(items)
    chosen = heapq.nsmallest(limit, range(len(items)), key=lambda i: (tuple(-n for n in support(items[i])), i))
    return tuple(items[i] for i in sorted(chosen))


def strongest_conflicts(conflicts: Sequence[Conflict], limit: int | None = None) -> tuple[Conflict, ...]:
    """At most `limit` (default MAX_CONFLICTS_SHOWN) of `conflicts`, in their
    order: those where the most sources stand behind each version (the less
    cited version counts first, then both together; ties go to the earlier
    conflict)."""

    def support(conflict: Conflict) -> tuple[int, int]:
        counts = [len(version.sources) for version in conflict.versions]
        return (min(counts), sum(counts))

    return strongest(conflicts, MAX_CONFLICTS_SHOWN if limit is None else limit, support)


def _conflict_order(conflict: Conflict) -> tuple:
    """A total order of conflicts: by dates, topic, second text, then sources."""
    first, second = conflict.versions
    return (first.date, second.date, conflict.topic, second.text, _cited(first), _cited(second))


def _cited(entry: TimelineEntry) -> tuple[tuple[str, int], ...]:
    return tuple((c.briefing, c.paragraph) for c in entry.sources)
