"""One timeline across sources: the same happening on the same date is one entry.

Events from different articles are merged when they share the date (at the
same precision), enough content words and a word of what happened (words
that tell one thing in other words counted as one: see `content_words`).
Where sources give the same happening different dates, the disagreement is
kept as a Conflict.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date as calendar_date
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import TypeVar

from .dates import find_dates
from .lexicon import COUNTRIES, INTRODUCTORY_WORDS, ROLE_HEADS, ROLE_MODIFIERS
from .memo import Memo
from .models import Briefing, Citation, Conflict, Event, TimelineEntry

T = TypeVar("T")

# Share of content words two event texts must have in common to be one happening.
SAME_HAPPENING = 0.3
# Stricter for the same happening on different dates (a conflict between sources).
SAME_TOPIC = 0.5
# How many members of an entry a report of its date is compared with, at most.
MERGE_PEERS = 4
# Reports of one happening with dates further apart than this are two happenings.
MAX_APART = {"day": 7, "month": 62, "year": 366}
# Conflicts an issue page shows at most: beyond a few dozen, a list of
# disagreements is no longer read (see `strongest_conflicts`).
MAX_CONFLICTS_SHOWN = 50
# Happenings that occur once: two dates for one of them is a disagreement.
ONE_OFF = re.compile(r"\b(expir|lapse|took effect|take effect|signed|conclud|notif)\w*", re.I)
# How near (in characters) to the date a one-off happening must be named to be the one on that date.
ONE_OFF_REACH = 40
# A date that is a deadline, not the day of the happening: 'must notify the other by Aug. 24'.
_DEADLINE_WORD = re.compile(r"(?i:by|before|until|till)\b")
# A date that tells when something was said ('Chinese experts said on Sunday', 'told reporters on Tuesday'):
# the words are about what was said, another day's happening.
_SAID_ON = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,4}?)\s+(?:on\s+|late\s+|early\s+)?(?:(?:last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
    r"|\b(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:said|told)\b"
)
# A country opening a report, as its subject: 'Japan removed ...', 'Seoul plans to ...', 'South Korea's ...'.
_OPENING_COUNTRY = re.compile(r"^(?:The\s+)?(?:(South|North|United)\s+)?([A-Z][a-z]+)(?:['’]s)?\b")
# A reaction to a happening, which names it: 'protested South Korea's decision', 'lambasted', 'welcomed'.
_REACTION = re.compile(
    r"\b(?:protest(?:ed|s)|lambast\w*|criticiz\w*|criticis\w*|welcom(?:ed|es)|slam(?:med|s)|blast(?:ed|s)"
    r"|condemn\w*|denounc\w*|prais\w*|hail(?:ed|s)|deplor\w*|regrett\w*)\b"
)
# A share a report gives: '7.6 percent', '58.1%'.
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)")
# Words of titles and offices: who acted, not what happened ('national security adviser', 'deputy chief').
_TITLE_WORDS = frozenset({"counterpart", "counterparts", "official", "officials", "office", "presidential",
                          "president's", "deputy", "national", "security", "according", "sidelines"})
# A happening at midnight: one source's day and the next are the same moment
# ('set to expire at midnight Friday' and 'set to expire on Nov. 23', a Saturday).
MIDNIGHT = re.compile(r"\bmidnight\b", re.I)
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with as is are was were be been being it its
    this that these those their there they he she his her has have had will would could should may
    might can not no into over after before about than then also which who whom whose what when where
    while said says say set due two one three first last next later earlier day days week weeks month
    months year years monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec made make makes making told tell tells reporters""".split()
)
_WORD = re.compile(r"[a-z][a-z']+")
# A word written in small letters: what happened, not who ('Foreign Minister Motegi').
_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z']+")
# Ways news English tells that a pact or a step ends: 'decided to end',
# 'scrapped', 'axed', 'terminate', 'not to renew', 'would not be extending'.
_ENDING = re.compile(
    r"\b(?:not\s+(?:to\s+|be\s+)?(?:renew|extend)\w*|(?:end|ends|ended|ending|quit|quits|quitting|axe|axes|axed"
    r"|axing)\b|(?:terminat|scrap|ditch|withdr|abrogat)\w*)",
    re.I,
)


def _country_words() -> dict[str, str]:
    """Capital and demonym (one word each) -> the last word of the country's name:
    'Seoul' and 'Korean' tell of South Korea as 'Korea' does, 'Tokyo' and 'Japanese' of Japan."""
    table = {}
    for name, _, demonyms, capital in COUNTRIES:
        word = name.split()[-1].lower()
        for other in (*demonyms, capital or ""):
            if other.isalpha() and other.lower() != word:
                table[other.lower()] = word
    return table


_COUNTRY_WORDS = _country_words()
_COUNTRY_LAST_WORDS = frozenset(_COUNTRY_WORDS.values())


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, cut to a crude stem so 'expires' meets 'expire'.

    Words that tell the same thing in other words are made one: a pact's
    ending ('end', 'scrap', 'terminate', 'not renew' are all 'end'), and a
    country named by its capital or demonym. Hyphenated words count by
    their parts ('information-sharing'), a possessive as its noun.
    """
    return _stems(_WORD.findall(_ENDING.sub(" end ", text).lower()))


@lru_cache(maxsize=1 << 16)
def action_words(text: str) -> frozenset[str]:
    """The content words (as `content_words` cuts them) written in small letters in `text`."""
    return _stems(_SMALL_WORD.findall(_ENDING.sub(" end ", text)))


def _stems(words: list[str]) -> frozenset[str]:
    found = set()
    for word in words:
        word = word.removesuffix("'s").strip("'")
        if word not in STOPWORDS and len(word) > 2:
            found.add(_COUNTRY_WORDS.get(word, word)[:6])
    return frozenset(found)


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
    """Every event of every briefing, merged into dated entries, oldest first (by date, then text).

    The entries of a date are made from the events on that date alone, in
    the order of their briefings' ids. With a `memo`, only the dates on
    which a briefing that came, went or changed has events are worked out
    again: the others keep their entries (the very objects), and so does a
    date whose events come from briefings with the same keys as before.
    """
    now = {b.id: b for b in briefings}
    last = memo.last(_EVENTS) if memo is not None else None
    if isinstance(last, _Events) and len(now) == len(briefings):
        days = dict(last.days)
        changed = (last.briefings.keys() - now.keys()) | {b.id for b in briefings if last.briefings.get(b.id) is not b}
        present = [now[i] for i in sorted(changed) if i in now]
        dirty = {
            (event.date, event.precision)
            for briefing in (*(last.briefings.get(i) for i in changed), *present) if briefing is not None
            for event in briefing.events
        }
        for day in dirty:
            before = last.days.get(day)
            listed = [(now[i], position) for i, position in (before.members if before else ()) if i not in changed]
            listed.extend(
                (briefing, position) for briefing in present
                for position, event in enumerate(briefing.events) if (event.date, event.precision) == day
            )
            if listed:
                listed.sort(key=lambda member: (member[0].id, member[1]))
                days[day] = _day(day, listed, before)
            else:
                days.pop(day, None)
    else:
        grouped: dict[tuple[str, str], list[tuple[Briefing, int]]] = defaultdict(list)
        for briefing in sorted(briefings, key=lambda b: b.id):
            for position, event in enumerate(briefing.events):
                grouped[(event.date, event.precision)].append((briefing, position))
        days = {day: _day(day, listed, None) for day, listed in grouped.items()}
    if memo is not None and len(now) == len(briefings):
        memo.keep(_EVENTS, _Events(now, days))
    ordered = sorted(days)
    entries = tuple(entry for day in ordered for entry in days[day].entries)
    if len({date for date, _ in ordered}) < len(ordered):  # one date at two precisions
        entries = tuple(sorted(entries, key=lambda e: (e.date, e.text)))
    return entries


# The name a memo keeps what `merge_events` made under.
_EVENTS = "events"


@dataclass(frozen=True)
class _Day:
    """The events of one date, as (briefing id, position among its events), their briefings' keys
    (None when one has none), and the entries made of them, by text."""

    members: tuple[tuple[str, int], ...]
    keys: tuple[tuple[str, int], ...] | None
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class _Events:
    """What `merge_events` made its entries from: the briefings by id, and each date (date, precision)."""

    briefings: dict[str, Briefing]
    days: dict[tuple[str, str], _Day]


def _day(day: tuple[str, str], listed: list[tuple[Briefing, int]], before: _Day | None) -> _Day:
    """The events of `day` (`listed`: each briefing and the position of the event), as `before` if their keys are its."""
    keys = tuple((b.key, position) for b, position in listed) if all(b.key for b, _ in listed) else None
    if before is not None and keys is not None and before.keys == keys:
        return before
    members = [(b, b.events[position]) for b, position in listed]
    entries = sorted(_merge_date(*day, members), key=lambda e: e.text)
    return _Day(tuple((b.id, position) for b, position in listed), keys, tuple(entries))


def _merge_date(date: str, precision: str, members: list[tuple[Briefing, Event]]) -> tuple[TimelineEntry, ...]:
    """The entries of one date: its events (by briefing id) merged where they tell one happening."""
    entries = []
    clusters: list[list[tuple[Briefing, Event]]] = []
    cluster_words: list[set[str]] = []
    cluster_briefings: list[set[str]] = []
    # The first members of each cluster, as (words, action words, marks): a member joins a
    # cluster telling the same happening as one of them (not as all its words together,
    # which would draw in ever more happenings as it grows).
    peers: list[list[tuple[frozenset[str], frozenset[str], _Marks]]] = []
    # Which clusters hold each word: a member is compared only with the
    # clusters it shares a word with (no shared word, no similarity),
    # first cluster first, so a date named by thousands of articles
    # costs little more than one named by a few.
    holding: dict[str, list[int]] = defaultdict(list)
    for member in members:
        text = member[1].text
        words, actions, marks = content_words(text), action_words(text), _marks(text)
        for index in sorted({i for word in words for i in holding.get(word, ())}):
            # Two events of one article on one date are two happenings; and
            # names alone (who) make no happening in common without a word of what.
            if member[0].id in cluster_briefings[index]:
                continue
            if any(
                not actions.isdisjoint(their_actions) and similarity(words, their_words) >= SAME_HAPPENING
                and not _told_apart(marks, their_marks)
                for their_words, their_actions, their_marks in peers[index]
            ):
                clusters[index].append(member)
                for word in words - cluster_words[index]:
                    holding[word].append(index)
                cluster_words[index] |= words
                cluster_briefings[index].add(member[0].id)
                if len(peers[index]) < MERGE_PEERS:
                    peers[index].append((words, actions, marks))
                break
        else:
            clusters.append([member])
            cluster_words.append(set(words))
            cluster_briefings.append({member[0].id})
            peers.append([(words, actions, marks)])
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


# What tells two reports apart whatever words they share (see `_marks`).
_Marks = tuple[frozenset[str], frozenset[str], "str | None", bool]


@lru_cache(maxsize=1 << 16)
def _marks(text: str) -> _Marks:
    """The shares a report gives ('7.6 percent'), its names (see `_names`), the country it
    opens with (its subject: 'Japan', 'Seoul' as 'korea'), and whether it tells a reaction
    to a happening ('protested the decision', 'lambasted'), which names that happening too."""
    opening = _OPENING_COUNTRY.match(text)
    word = opening[2].lower() if opening else ""
    subject = _COUNTRY_WORDS.get(word) or (word if word in _COUNTRY_LAST_WORDS else None)
    if subject and opening[1] == "North":
        subject = "north " + subject  # not the South's
    return (
        frozenset(_FIGURE.findall(text)), _names(text), subject, _REACTION.search(text) is not None,
    )


def _told_apart(marks: _Marks, other: _Marks) -> bool:
    """Whether two reports tell two happenings, whatever words they share: other figures ('fell 7.6
    percent in July', '58.1 percent in September'), other names only ('Esper ... meet Kono', 'Kang
    ... meet Motegi'), another country acting ('Japan removed South Korea from its list', 'Seoul
    plans to remove Japan from its list'), or a reaction against the happening it reacts to."""
    (figures, names, subject, reacting), (other_figures, other_names, other_subject, other_reacting) = marks, other
    return bool(
        (figures and other_figures and figures.isdisjoint(other_figures))
        or (names and other_names and names.isdisjoint(other_names))
        or (subject and other_subject and subject != other_subject)
        or reacting != other_reacting
    )


@lru_cache(maxsize=1 << 16)
def _dates_told(text: str) -> frozenset[tuple[int, int | None]]:
    """The months (with the day, if told) `text` names: 'in July' (7, None), 'Aug. 7' (8, 7)."""
    return frozenset((e.month, e.day) for e in find_dates(text) if e.month is not None)


def _tells_date(told: frozenset[tuple[int, int | None]], date: tuple[int, int | None] | None) -> bool:
    """Whether the months and days `told` hold `date` (month, day or None): a month told holds its days."""
    return date is not None and (date in told or (date[0], None) in told or (
        date[1] is None and any(month == date[0] for month, _ in told)))


@lru_cache(maxsize=1 << 14)
def _day_number(iso: str) -> int:
    """Days since year 1 of an ISO date at any precision (its first day)."""
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return calendar_date(parts[0], parts[1], parts[2]).toordinal()


@lru_cache(maxsize=1 << 16)
def _one_off(text: str) -> str | None:
    """The one-off happening `text` tells on its date: named near the only date it gives ('set to
    expire on Nov. 23'); not one told beside another happening's date ('Hwang started the strike on
    Nov. 20, three days before the pact was set to expire')."""
    match = ONE_OFF.search(text)
    if match is None:
        return None
    dates = find_dates(text)
    if not dates:
        return match.group(1).lower()  # the date was told elsewhere: the happening is the one named
    if len(dates) > 1 or _DEADLINE_WORD.match(dates[0].text):
        return None  # ... nor a deadline's day: 'must notify the other by Aug. 24'
    near = dates[0].start - ONE_OFF_REACH <= match.start() and match.end() <= dates[0].end + ONE_OFF_REACH
    return match.group(1).lower() if near else None


def find_conflicts(
    entries: Sequence[TimelineEntry], memo: Memo | None = None, name: Hashable | None = None
) -> tuple[Conflict, ...]:
    """Entries that tell the same happening with different dates, from different sources.

    Words that most entries share (the issue's own name) are no evidence of
    one happening, so they are left out of the comparison; and two reports of
    one happening lie close in time (MAX_APART days at their precision), so
    each entry is compared only with the entries in that window. Words and
    sources are compared as bit sets (one bit per word, per briefing), which
    keeps each of the many comparisons to a few integer operations.

    With a `memo`, what was found for the list kept under `name` last time
    is brought up to date: when the few entries that came or went leave the
    shared words as they were, only pairs with a new entry are compared.
    The result is the same either way.
    """
    last = memo.last(name) if memo is not None and name is not None else None
    found = _conflicts_since(last, entries) if isinstance(last, _Found) else None
    if found is None:
        found = _all_conflicts(entries)
    if memo is not None and name is not None:
        memo.keep(name, found)
    return found.conflicts


# What one entry brings to a comparison: its words (those not common) as a
# bit set, the number of those written in small letters (`action_words`, but
# titles' words), its day number, its sources as a bit set, the one-off happening
# it names (or None), those words in small letters as a bit set, whether it happens
# at midnight, whether it may disagree with another (see `_one_happening`), its
# marks (see `_marks`), whether it names a one-off happening anywhere, its text (for
# the months and days it names, see `_dates_told`), and its own (month, day or None).
_Features = tuple[
    int, int, int, int, "str | None", int, bool, bool, "_Marks", bool, str, "tuple[int, int | None] | None"
]


@dataclass(frozen=True)
class _Found:
    """The conflicts among a list of entries, with what it takes to bring them up to date."""

    conflicts: tuple[Conflict, ...]
    orders: tuple[tuple, ...]  # `_conflict_order` of each conflict
    counts: Counter[str]
    common: frozenset[str]
    # Each entry and its day number by the entry's id(): entries kept from the
    # build before are the same objects (see `merge_events`), and hashing
    # thousands of them by value would cost more than the comparisons saved.
    # (The entries held here keep their ids from being reused.) None when
    # one entry occurs twice: then the list is worked out whole.
    # (Features as bit sets are made when compared: kept for every entry of
    # every issue, the bit sets of a large corpus would take hundreds of MB.)
    days: dict[int, tuple[TimelineEntry, int]] | None
    # By precision, (day number, id) of each of those entries, sorted: the
    # entries in a window of days are found by bisection. Never changed once made.
    by_day: dict[str, list[tuple[int, int]]]


_TITLE_STEMS = _stems([*ROLE_HEADS, *ROLE_MODIFIERS, *_TITLE_WORDS])
# The capitalised word opening a report ('Esper urged ...').
_FIRST_NAME = re.compile(r"^[…\s]*([A-Z][a-z][\w'’-]*)")
# A capitalised word inside a sentence, not its first: a name, a title or a country's word.
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:’'\"”)]) +([A-Z][a-z][\w'’-]*)")


_COUNTRY_NAME_WORDS = frozenset(
    word.lower() for name, _, demonyms, capital in COUNTRIES for word in (*name.split(), *demonyms, capital or "")
)


@lru_cache(maxsize=1 << 16)
def _names(text: str) -> frozenset[str]:
    """The names of people and places in `text`, as `content_words` cuts them: its capitalised
    words past the first, but titles', countries' and calendars' ('Minister', 'Seoul', 'Friday')."""
    words = [w.lower().replace("’", "'").removesuffix("'s") for w in _INNER_CAPITAL.findall(text)]
    first = _FIRST_NAME.match(text)
    if first and first[1] not in INTRODUCTORY_WORDS and not first[1].endswith("s"):
        words.append(first[1].lower())  # 'Esper urged ...', not 'Officials said', 'In July'
    # ... nor countries joined: 'Tokyo-Seoul relations'.
    return _stems([w for w in words if not all(part in _COUNTRY_NAME_WORDS for part in w.split("-"))]) - _TITLE_STEMS


def _common_words(counts: Counter[str], entries: int) -> frozenset[str]:
    return frozenset(w for w, n in counts.items() if n > max(2, entries // 5))


def _features(entry: TimelineEntry, common: frozenset[str], word_bits: _BitSets, source_bits: _BitSets) -> _Features:
    words = content_words(entry.text) - common
    actions = action_words(entry.text) & words - _TITLE_STEMS
    one_off, midnight, comparable, marks, one_off_word = _traits(entry.text)
    month_day = _month_day(entry.date)
    # A report dated by a date its text gives after the one it is about disagrees with no other.
    comparable = comparable and not _dated_after_its_lead(entry.text, month_day)
    return (
        word_bits.of(words), len(actions), _day_number(entry.date),
        source_bits.of(c.briefing for c in entry.sources), one_off,
        word_bits.of(actions), midnight, comparable, marks, one_off_word, entry.text, month_day,
    )


@lru_cache(maxsize=1 << 16)
def _traits(text: str) -> tuple["str | None", bool, bool, _Marks, bool]:
    """What `_features` reads of a report's text alone (an entry's text is compared in every issue it is of)."""
    told = _unquoted(text)
    return (
        _one_off(told), MIDNIGHT.search(text) is not None,
        _SAID_ON.search(text) is None, _marks(text), ONE_OFF.search(told) is not None,
    )


@lru_cache(maxsize=1 << 16)
def _dated_after_its_lead(text: str, month_day: tuple[int, int | None] | None) -> bool:
    """Whether a report is dated by a date its text gives after another one, the first telling what
    it is about ('Seoul announced on Thursday it would not renew the pact, which was due for extension
    on August 24' dated August 24; the last of 'launched missiles on July 25, July 31 and August 10')."""
    dates = find_dates(text) if month_day is not None else ()
    if len(dates) < 2:
        return False
    # The first names another time than a bare year ('In 2018, ... on Oct. 30' is that day's).
    first = dates[0]
    return (not (first.month is None and first.kind in ("calendar", "year")) and (first.month, first.day) != month_day
            and any((d.month, d.day) == month_day for d in dates[1:]))


# Words in quote marks, to the end of the text when it was cut inside them.
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def _unquoted(text: str) -> str:
    """`text` with what it quotes blanked: 'Kono said Tuesday, "If GSOMIA expires, ..."' tells of no expiry."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text) if '"' in text or "“" in text else text


@lru_cache(maxsize=1 << 12)
def _month_day(iso: str) -> tuple[int, int | None] | None:
    """The (month, day or None) of an ISO date; None for a year."""
    return (int(iso[5:7]), int(iso[8:10]) if len(iso) == 10 else None) if len(iso) >= 7 else None


def _one_happening(a: _Features, b: _Features) -> bool:
    """Two entries (at one precision, in one window) tell one happening: no
    source in common, neither dated by when it was said (see `_SAID_ON`), not a
    day apart with one at midnight, and the same one-off happening, or none
    and enough words telling what happened in common (names and titles tell
    who: 'Foreign Minister Motegi welcomed ...' and '... meet Foreign Minister
    Motegi'; a pact's long name is no happening); not told apart (see
    `_told_apart`), and neither telling the other's date too."""
    if a[3] & b[3]:
        return False  # one article giving two dates tells two happenings
    if not (a[7] and b[7]):
        return False  # 'Chinese experts said on Sunday' dates what they said, not the decision they spoke of
    if (a[6] or b[6]) and abs(a[2] - b[2]) == 1:
        return False  # midnight ends one day and begins the next: no disagreement
    if a[9] != b[9] or (a[4] is not None and b[4] is not None and a[4] != b[4]):
        return False  # a one-off happening and another: 'set to expire' is not 'urged Seoul'
    if a[4] is not None and a[4] == b[4]:
        return True
    if _told_apart(a[8], b[8]):
        return False
    if _tells_date(_dates_told(a[10]), b[11]) or _tells_date(_dates_told(b[10]), a[11]):
        return False  # one tells the other's date too: 'tightened exports in July, removed Seoul ... in August'
    shared = (a[5] & b[5]).bit_count()
    return shared >= 2 and shared >= SAME_TOPIC * min(a[1], b[1])


def _conflict(first: TimelineEntry, second: TimelineEntry) -> Conflict:
    pair = (first, second) if (first.date, first.text) <= (second.date, second.text) else (second, first)
    return Conflict(topic=pair[0].text, versions=pair)


def _all_conflicts(entries: Sequence[TimelineEntry]) -> _Found:
    counts = Counter(word for entry in entries for word in content_words(entry.text))
    common = _common_words(counts, len(entries))
    word_bits, source_bits = _BitSets(), _BitSets()
    features = [_features(entry, common, word_bits, source_bits) for entry in entries]
    conflicts = []
    by_day = {}
    for precision in sorted({e.precision for e in entries}):
        # Only entries at one precision are compared, and never two on one
        # date: each entry is compared with the later days of its window.
        order = sorted(
            (i for i, e in enumerate(entries) if e.precision == precision), key=lambda i: (features[i][2], i)
        )
        by_day[precision] = sorted((features[i][2], id(entries[i])) for i in order)
        days = [features[i][2] for i in order]
        bags = [features[i][0] for i in order]
        window = MAX_APART[precision]
        for position, i in enumerate(order):
            mine, last_day = features[i], days[position] + window
            for later in range(bisect_right(days, days[position], position), len(order)):
                if days[later] > last_day:
                    break
                # Fewer than two words in common and no one-off happening
                # rules a pair out: most pairs end here, at one operation.
                if mine[4] is None and (mine[0] & bags[later]).bit_count() < 2:
                    continue
                j = order[later]
                if _one_happening(mine, features[j]):
                    conflicts.append(_conflict(entries[i], entries[j]))
    by_entry = {id(entry): (entry, f[2]) for entry, f in zip(entries, features)}
    return _Found(
        **_in_order([(_conflict_order(c), c) for c in conflicts]),
        counts=counts,
        common=common,
        days=by_entry if len(by_entry) == len(entries) else None,
        by_day=by_day,
    )


def _conflicts_since(last: _Found, entries: Sequence[TimelineEntry]) -> _Found | None:
    """`last` brought up to date for `entries`, or None when they must be worked out whole."""
    if last.days is None:
        return None
    now = {id(entry) for entry in entries}
    if len(now) != len(entries):
        return None
    gone = [entry for i, (entry, _) in last.days.items() if i not in now]
    new = [entry for entry in entries if id(entry) not in last.days]
    # An entry made again, equal to one before (its date got another
    # event), is the same entry: it takes the place of the one before.
    unmatched: dict[TimelineEntry, list[TimelineEntry]] = defaultdict(list)
    for entry in gone:
        unmatched[entry].append(entry)
    renamed: dict[int, TimelineEntry] = {}
    fresh = []
    for entry in new:
        before = unmatched.get(entry)
        if before:
            renamed[id(before.pop())] = entry
        else:
            fresh.append(entry)
    gone = [entry for before in unmatched.values() for entry in before]
    counts = last.counts.copy()
    counts.subtract(word for entry in gone for word in content_words(entry.text))
    counts.update(word for entry in fresh for word in content_words(entry.text))
    counts = +counts
    common = _common_words(counts, len(entries))
    if common != last.common:
        return None
    # Pairs of entries that stay, and the words left out, are judged as
    # before; only pairs with a new entry are compared.
    days = dict(last.days)
    by_day = {precision: list(listed) for precision, listed in last.by_day.items()}
    for entry in gone:
        del by_day[entry.precision][bisect_left(by_day[entry.precision], (days.pop(id(entry))[1], id(entry)))]
    for i, entry in renamed.items():
        day = days.pop(i)[1]
        days[id(entry)] = (entry, day)
        listed = by_day[entry.precision]
        del listed[bisect_left(listed, (day, i))]
        insort(listed, (day, id(entry)))
    for entry in fresh:
        day = _day_number(entry.date)
        days[id(entry)] = (entry, day)
        insort(by_day.setdefault(entry.precision, []), (day, id(entry)))
    touched = renamed.keys() | {id(entry) for entry in gone}
    kept = []
    for order, conflict in zip(last.orders, last.conflicts):
        if id(conflict.versions[0]) not in touched and id(conflict.versions[1]) not in touched:
            kept.append((order, conflict))
            continue
        versions = tuple(renamed.get(id(version), version) for version in conflict.versions)
        if all(id(version) in now for version in versions):
            same = all(mine is before for mine, before in zip(versions, conflict.versions))
            kept.append((order, conflict if same else replace(conflict, versions=versions)))
    # Bit sets for this comparison only (a bit set of the ten-thousandth
    # word is a 10,000-bit integer: kept between builds, they would add up).
    word_bits, source_bits = _BitSets(), _BitSets()
    features: dict[int, _Features] = {}

    def features_of(i: int, entry: TimelineEntry) -> _Features:
        if i not in features:
            features[i] = _features(entry, common, word_bits, source_bits)
        return features[i]

    compared: set[int] = set()
    for entry in fresh:
        mine, window = features_of(id(entry), entry), MAX_APART[entry.precision]
        compared.add(id(entry))
        listed, day = by_day[entry.precision], mine[2]
        start, end = bisect_left(listed, (day - window,)), bisect_left(listed, (day + window + 1,))
        for other_day, i in listed[start:end]:
            if other_day != day and i not in compared:
                other = days[i][0]
                if _one_happening(mine, features_of(i, other)):
                    conflict = _conflict(entry, other)
                    kept.append((_conflict_order(conflict), conflict))
    return replace(last, **_in_order(kept), counts=counts, common=common, days=days, by_day=by_day)


def _in_order(ordered: list[tuple[tuple, Conflict]]) -> dict[str, tuple]:
    """The `conflicts` and `orders` of a `_Found`, from (order, conflict) pairs in any order."""
    ordered.sort(key=itemgetter(0))
    return {"conflicts": tuple(c for _, c in ordered), "orders": tuple(order for order, _ in ordered)}


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
    supports = [support(item) for item in items]
    # nlargest keeps ties in their order: the earlier wins.
    chosen = heapq.nlargest(limit, range(len(items)), key=supports.__getitem__)
    return tuple(items[i] for i in sorted(chosen))


_SOURCES = attrgetter("sources")

# Of a timeline shown in part, this share goes to the newest entries: an issue followed for years
# has most of its sources in its busiest months, and its latest turns would not show.
NEWEST_SHARE = 4


def shown_timeline(entries: Sequence[TimelineEntry], limit: int) -> tuple[TimelineEntry, ...]:
    """At most `limit` of `entries`, in their order: the `limit // NEWEST_SHARE` newest (by date),
    and those of the others with the most sources (ties to the earlier)."""
    if len(entries) <= limit:
        return tuple(entries)
    newest = set(sorted(range(len(entries)), key=lambda i: entries[i].date, reverse=True)[:limit // NEWEST_SHARE])
    others = [i for i in range(len(entries)) if i not in newest]
    cited = sorted(others, key=lambda i: len(entries[i].sources), reverse=True)[:limit - len(newest)]
    return tuple(entries[i] for i in sorted(newest.union(cited)))


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
