"""Article metadata: title, outlet, published date, dateline and byline.

Small pure functions, one per field or clue. Each `extract_<field>()` takes
the clues in order of precedence — what the sidecar or front matter states
beats what the text says, which beats a default — and never invents a value:
a field nothing states is None (the title, which a reader always needs, falls
back to the article's first sentence).
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import urlsplit
from typing import Iterable, NamedTuple, Sequence

from . import boilerplate as bp
from .dates import MONTHS, find_dates
from .lexicon import COUNTRIES, DATELINE_CITIES, GIVEN_NAMES, ROLE_HEADS, TRANSCRIPT_HOSTS
from .models import Dateline
from .names import person_name
from .sentences import split_sentences

# --- Dates -------------------------------------------------------------------------

_ISO = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:$|[T ])")
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?](?:\s|$)")


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _iso(match: re.Match[str]) -> str | None:
    """The ISO form of a DATE_FORMS match, or None when it is no calendar day."""
    groups = match.groupdict()
    if groups.get("a"):
        # '11/22/2019' or '22/11/2019': read only when one part cannot be a month, or both are one ('7/7/2019').
        a, b = int(groups["a"]), int(groups["b"])
        # (joined by stops after a time of the day, day first, as Russian and European sites stamp: '11:27
        # 04.11.2019')
        day_first = groups.get("sep") == "." and bool(_TIME_BEFORE.search(match.string, 0, match.start()))
        if (a > 12) == (b > 12) and a != b and not day_first and not (groups.get("yy") and _US_ZONE_AFTER.match(
                match.string, match.end())):
            return None  # either way round (see `readings`; but a stamp in an American zone is month first:
            # 'BY ..., OPINION CONTRIBUTOR — 09/05/19 06:30 PM EDT')
        day, month = (a, b) if a > 12 or (day_first and b <= 12) else (b, a)
    else:
        day = int(groups["d"])
        month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mon"][:3].lower()]
    return _valid(groups.get("y") or "20" + groups["yy"], str(month), str(day))


_TIME_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}\s+$")
_US_ZONE_AFTER = re.compile(r"\s+(?:at\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*(?:E[SD]T|ET|[CMP][SD]T)\b")


def parse_date(text: str) -> str | None:
    """The first date in `text` that names its year, as 'YYYY-MM-DD'.

    '2019/08/02 11:20', 'Nov. 19, 2019', '17, Dec. 2019', '22nd November, 2019',
    '2019년 8월 23일' all parse; 'Aug 23' (no year) does not.
    """
    found = []
    for form in bp.DATE_FORMS:
        for match in form.finditer(text):
            iso = _iso(match)
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


# A date stamp carries at most so many words besides dates, times and labels.
PAGE_DATE_MAX_WORDS = 6


# Labelled fields after a stamp, printed side by side: ' writer: Kyodo News online news: World'.
_FIELDS_AFTER = re.compile(
    r"\s+(?:(?:writer|author|source|section|category|online news)\s?:\s?[^:]{1,30}?(?=\s+\w[\w ]{0,15}\s?:|$)){1,3}$",
    re.IGNORECASE,
)


def _few_words(rest: str) -> bool:
    """Whether what stands beside a date is only stamp furniture: a time, labels, a byline."""
    byline = re.search(r"\b[Bb][Yy]\s+\S.*$", rest) or _FIELDS_AFTER.search(rest)
    if byline:
        rest = rest[: byline.start()]
    for noise in (*bp.DATE_FORMS, *bp.PAGE_DATE_NOISE):
        rest = noise.sub(" ", rest)
    return len(_WORD.findall(rest)) <= PAGE_DATE_MAX_WORDS and not _SENTENCE_END.search(rest)


# A chronology's entry, not a stamp: the date, a dash or a colon, and what happened in a clause
# ('Nov. 23, 2016 – South Korea and Japan sign GSOMIA', 'Aug. 23, 2019: Termination notice delivered to Tokyo'). A stamp's furniture after a
# dash is a time, labels, a byline or '3 min read'.
_AFTER_DASH = re.compile(
    r"\s*[-–—:]\s+(?!(?:Updated|Posted|Published|Modified|Last|From|Read|Edited|Corrected|This (?:story|article)"
    r"|The (?:story|article))\b)(?P<told>[A-Z].*)$"
)
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_STAMP_WORDS = frozenset({
    "min", "mins", "read", "ago", "by", "at", "on", "am", "pm", "an", "hour", "hours", "minute", "minutes",
    "day", "days", "the", "print", "edition", "updated",
})


def _told_after(rest: str) -> bool:
    """Whether `rest`, after a date, is a dash, a colon or the date's weekday, then a clause telling what happened on
    it, as a chronology's entry: 'Nov. 23, 2016 – South Korea and Japan sign GSOMIA', 'Nov. 22, 2019 (Fri.) Seoul
    conditionally suspends GSOMIA termination' (not a stamp's 'Nov. 20, 2019 (Wed.)')."""
    after = _AFTER_DASH.match(rest) or _WEEKDAY_THEN.match(rest)
    return after is not None and sum(w not in _STAMP_WORDS for w in _LOWER_WORD.findall(after["told"])) >= 2


# A date's weekday, cut short, before such a clause (see `_told_after`).
_WEEKDAY_THEN = re.compile(rf"\s*(?:{bp.WEEKDAY_IN_BRACKETS}|{bp.WEEKDAY_CUT})\s*(?P<told>.*)$")


# A time, then a place named in capitalised words: ', 11:05 a.m. Press Conference Room, Ministry of Foreign Affairs'
# (in brackets too: ', 9:44 a.m. (Press Conference Room, Ministry of Foreign Affairs)').
# (and a Chinese portal's: '2019-11-15 21:36:52    Source: Xinhuanet    Editor in charge: Liu Yang')
_LABELLED_FIELDS = re.compile(
    r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
    r"\s+(?:Topic|Topics|Region|Tags|Section|Category|Categories|Keywords|Source|Editor(?:s| in charge)?)\s*:\s+\S")
_TIMED_VENUE = re.compile(
    r",?\s*\d{1,2}:\d{2}\s*(?:(?i:[ap]\.?m)\.?)?\s+(?P<open>\()?"
    r"[A-Z][\w'’.&-]*(?:,?\s+(?:[A-Z][\w'’.&-]*|of|the|and|for))*(?(open)\))\s*$"
)


# A notice board's row under a post's title: the writer, the date, the views.
# (its cells apart, as '·' joins them: 'Writer · Spokesperson's Office · Date · 2019.08.09 · Views · 842')
_BOARD_ROW = re.compile(
    r"^(?:Writer|Author|Department|Dept\.?|Registrant)\s*[:·]?\s*.{1,60}?\s*[·|]?\s*Date\s*[:·]?\s*"
    r"(?P<stamp>\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:\s*[·|]?\s*(?:Views|Hits?|Read)\s*[:·]?\s*[\d,]+)?\s*$"
)


_RAN_FIRST = re.compile(r"^\((?:From|First published in|Originally published in) [A-Z][^(),]{1,60},\s*(?P<stamp>[^()]{6,30})\)$")
# How many days before the page's own day a piece may have run first in print and still be the day its own words count
# from (see `ran_first_day`).
RAN_FIRST_DAYS = 3


def ran_first_day(line: str, published: str | None) -> str | None:
    """The day a piece ran first, as its note under it tells ('(From The Yomiuri Shimbun, Nov. 23, 2019)'), where that
    is a day or a few before `published` (the paper's day, which its 'on Saturday' counts from); else None."""
    ran = _RAN_FIRST.match(line.strip())
    day = page_date(ran["stamp"]) if ran else None
    if day is None or published is None:
        return None
    before = (datetime.date.fromisoformat(published[:10]) - datetime.date.fromisoformat(day)).days
    return day if 0 < before <= RAN_FIRST_DAYS else None


# North Korea's calendar counts years from 1912 (Juche 1): KCNA's stamp 'Juche108(2019).11.25.'.
_JUCHE = re.compile(r"^Juche\s?(?P<juche>\d{2,3})(?:\((?P<year>\d{4})\))?\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})\.?$")
JUCHE_OFFSET = 1911


def _juche_date(line: str) -> str | None:
    """The day of a stamp in North Korea's calendar ('Juche108(2019).11.25.', 'Tuesday, August 27, Juche 108(2019)'),
    or None."""
    match = _JUCHE.match(line.strip()) or _JUCHE_WRITTEN.match(line.strip())
    if not match:
        return None
    month = MONTHS.get(match["month"].lower().rstrip("."), match["month"])  # (a name, or the number as printed)
    year = match["year"] or str(int(match["juche"]) + JUCHE_OFFSET)
    return _valid(year, str(month), match["day"])


# ... with the month's name, after the weekday: 'Tuesday, August 27, Juche 108(2019)'.
_JUCHE_WRITTEN = re.compile(r"^(?:[A-Z][a-z]+day,\s*)?(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),\s*"
                            r"Juche\s?(?P<juche>\d{2,3})\s*(?:\((?P<year>\d{4})\))?\.?$")


# A wire's end line: its desk, the day sent (month, day, year in two digits) and the time: 'AP-NY-08-24-19 0412EDT'.
_WIRE_END_LINE = re.compile(r"^AP-[A-Z]{2}-(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d) \d{4}[A-Z]{3}<?$")


# KUNA's line at the story's foot: the day, hour and minute sent, then the month and the year in two digits:
# 'KUNA 280927 GMT Aug 19'.
_KUNA_END_LINE = re.compile(
    r"^KUNA (?P<d>\d\d)\d{4} GMT (?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?P<y>\d\d)$")


# The staff a paper signs with, no one named: 'By Post Reporters and AFP'.
_STAFF_WORDS = frozenset({"Reporters", "Writers", "Staff", "Correspondents", "Desk", "Team"})


def page_date(line: str) -> str | None:
    """The date of a line that is a date stamp, else None.

    A date stamp opens with the date (labels like 'Published :' or a weekday
    may stand before it), or carries a date and a time anywhere ('All News
    09:17 November 28, 2019'), and at most a few more words: an 'Update:'
    stamp, a byline, a section label glued on ('2019.11.22 21:13Nation').
    A sentence that merely starts with a date is not one, nor a headline
    that ends with one ('Headlines, August 23, 2019').
    """
    # (a Japanese paper's day in its era's years, then the Western year in brackets: '令和6年（2024年）8月1日付')
    line = _ERA_YEAR.sub(r"\g<year>年", line)
    wire = _WIRE_END_LINE.match(line)
    if wire:
        return _valid("20" + wire["y"], wire["m"], wire["d"])
    kuna = _KUNA_END_LINE.match(line)
    if kuna:
        return _valid("20" + kuna["y"], str(MONTHS[kuna["m"].lower()]), kuna["d"])
    for pattern in bp.PAGE_DATES:
        match = pattern.match(line)
        rest = line[match.end():] if match else ""
        if match and _iso(match) and (
            (_few_words(rest) and not _told_after(rest))
            # ... or the day and time of a press conference, then where it was held: 'Tuesday, July 23,
            # 2019, 11:05 a.m. Press Conference Room, Ministry of Foreign Affairs'
            or _TIMED_VENUE.match(rest)
            # ... or the page's labelled fields: 'November 18, 2019  Topic: Security  Region: Asia  Tags: GSOMIA, ...'
            or _LABELLED_FIELDS.match(rest)
        ):
            return _iso(match)
    # Every time has a colon: most lines are spared the search.
    if ":" in line and bp.TIME.search(line):
        for form in bp.DATE_FORMS:
            match = form.search(line)
            if match and _iso(match) and _few_words(line[: match.start()] + " " + line[match.end():]):
                return _iso(match)
    # A byline that carries the date: 'By Kim Tong-hyung | AP | November 22, 2019'.
    byline = _BYLINE.match(line)
    if byline:
        dated = _credit_and_date(byline["credit"])[1]
        if dated and parse_byline(line):
            return dated
    # ... or credits outlets alone before a bullet or a bar and the stamp: 'By Euronews with AP, Reuters •
    # Updated: 24/12/2019'.
    if byline and (stamped := _STAMP_AFTER_BYLINE.match(line)) and parse_byline(line[:stamped.end()]) is None:
        return page_date(line[stamped.end():])
    # A credit before a bar, then the stamp: 'Yonhap | Nov 22, 2019', 'Staff Reporter | 2019-11-22'.
    credited = _CREDITED_STAMP.match(line)
    if credited and (_named_outlet(credited["credit"]) or BYLINE_ROLES.match(credited["credit"])):
        return page_date(credited["stamp"])
    # ... the writers and their outlet before it: 'Kim Tong-hyung and Mari Yamaguchi, Associated Press  •  11/22/2019'
    # (after 'Story by' too, as a portal prints it); or the outlet's logo's text and its name, as a portal
    # prints its provider: 'AFP logo AFP 8/2/2019'.
    credited = _WRITERS_OUTLET_STAMP.match(line) or _LOGO_STAMP.match(line)
    if credited and _named_outlet(credited["outlet"]):
        return page_date(credited["stamp"])
    # ... or the site it comes from, as a reader's app shows it: 'japantimes.co.jp · Aug 23, 2019'.
    hosted = _HOST_STAMP.match(line)
    if hosted:
        return page_date(hosted["stamp"])
    # The writer's name, then the day, no 'By': "Chad O'Carroll November 22, 2019"; or after a bar or a
    # comma: 'Riyaz ul Khaliq   |24.12.2019' (Anadolu), 'John Smith, 2019-12-24'.
    named = _NAME_THEN_STAMP.match(line) or _NAME_BAR_STAMP.match(line) or (
        (given := _GIVEN_NAME_THEN_DAY.match(line)) and given["given"] in GIVEN_NAMES and given)
    if named:
        return page_date(named["stamp"])
    # A notice board's row: 'Writer    Spokesperson's Office    Date    2019.08.09    Views    842'; where and
    # when a piece ran first: '(From The Yomiuri Shimbun, Oct. 25, 2019)'.
    # ... a blog's row: 'Posted by admin | August 22, 2019 | Asia | 0 Comments', 'By U.S. Mission Korea | 16 January,
    # 2020 | Topics: Ambassador, News'.
    # ... a row of labelled fields after the date ('Date 2019.09.18 | Source KITA Trade News Team | Hit 1,387'), or
    # of labels before it ('Newsletter | International Trade | December 27, 2019').
    row = _BOARD_ROW.match(line) or _RAN_FIRST.match(line) or _POSTED_BY_ROW.match(line) or _DATE_ROW.match(line)
    if row:
        return page_date(row["stamp"])
    # (short labels, the first a kind of page's or a breadcrumb's start: 'Home | Opinion | 2019-11-22'; not a table's
    # row: 'Jeong Kyeong-doo | Defense Minister | Sept. 21, 2018', 'Export curbs | July 4, 2019')
    row = _LABELS_ROW.match(line)
    if row and all(map(_breadcrumb_label, line.split("|")[:-1])) and (
            row["label"] == "Home" or any(p.match(row["label"]) for p in bp.CATEGORY_LABELS)):
        return page_date(row["stamp"])
    # Where it was filed, then the stamp, labelled: 'New Delhi | Updated on July 12, 2019'.
    # (an agency's, too: 'Reuters Seoul | Updated on September 11, 2019  Published on September 11, 2019')
    placed = _PLACE_THEN_STAMP.match(line)
    if placed and (known_place(placed["place"]) or (len(parts := placed["place"].split(None, 1)) == 2
                                                    and canonical_agency(parts[0]) and known_place(parts[1]))):
        return page_date(placed["stamp"])
    # A section's label, then the stamp: 'Politics Nov 17, 2019'.
    labelled = _LABELLED_STAMP.match(line) if len(line) <= LABELLED_STAMP_MAX_CHARS else None
    if labelled and any(p.match(labelled["label"]) for p in bp.CATEGORY_LABELS):
        return page_date(labelled["stamp"])
    head = _running_head_date(line)
    if head:
        return head
    return _juche_date(line) if "Juche" in line else None


# A printed page's running head: the date beside the paper's name, the page's number, its section, the issue's
# number, the price and the paper's address, parted by bars, bullets or wide gaps ('THE JAPAN NEWS    Wednesday,
# August 5, 2020    3', 'SATURDAY, AUGUST 3, 2019 | No. 43,985 | ¥200 (tax incl.) | japantimes.co.jp', 'PAGE 3 • S T A
# R S A N D S T R I P E S • Saturday, November 16, 2019'); a newsletter's number and its date ('No. 576 (August 29,
# 2019)'). A section's name in capitals is furniture too, but a name alone beside the date is no head: a
# chronology's row ('JAPAN | JULY 4, 2019').
_HEAD_PARTS = re.compile(r"\s*[|•·]\s*|\s{2,}")
_HEAD_MARK = re.compile(
    r"(?:(?:PAGE|Page|P\.)\s*)?[A-Z]?\d{1,3}|No\.\s*[\d,]+|[¥$€£₩]\s*[\d,.]+(?:\s*\([^()]{1,20}\))?"
    r"|\d{1,3}(?:ST|ND|RD|TH|st|nd|rd|th) YEAR|ISSN\s*[\dX-]{9}"
)
_HEAD_SECTION = re.compile(r"[A-Z][A-Z&]+(?: [A-Z&]+){0,2}")
_BARE_HOST = re.compile(bp.BARE_HOST)
_HEAD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
HEAD_MAX_CHARS = 120
_WEEKDAY_BEFORE = re.compile(r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$")
_ISSUE_DATE = re.compile(r"^No\.\s*[\d,]+\s*\((?P<stamp>[^()]{6,40})\)$")


def _running_head_date(line: str) -> str | None:
    """The date of a printed page's running head (see `_HEAD_PARTS`), else None."""
    if len(line) > HEAD_MAX_CHARS or not _HEAD_YEAR.search(line):
        return None  # (every head is short and prints the year: most lines are spared the rest)
    issue = _ISSUE_DATE.match(line.strip())
    if issue:
        return page_date(issue["stamp"])
    parts = [part for part in _HEAD_PARTS.split(line.strip()) if part]
    if len(parts) < 2:
        # (its gaps closed up: 'THE JAPAN NEWS Wednesday, August 5, 2020 3', the date's weekday with it)
        found = next((m for form in bp.DATE_FORMS if (m := form.search(line)) and _iso(m)), None)
        if found is None:
            return None
        before = _WEEKDAY_BEFORE.sub("", line[:found.start()]).strip(" ,")
        parts = [part for part in (before, found.group(), line[found.end():].strip(" ,")) if part]
        if len(parts) < 2:
            return None
    dates = [page_date(part) for part in parts]
    if sum(map(bool, dates)) != 1:
        return None
    others = [part for part, date in zip(parts, dates) if not date]
    marks = [part for part in others if _HEAD_MARK.fullmatch(part) or _named_outlet(part) or _BARE_HOST.fullmatch(part)]
    if marks and all(part in marks or _HEAD_SECTION.fullmatch(part) for part in others):
        return next(filter(None, dates))
    return None


_ERA_YEAR = re.compile(r"^(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年\s*[（(]\s*(?P<year>\d{4})\s*年\s*[)）]\s*")
# The date, then labelled fields: 'Date 2019.09.18 | Source KITA Trade News Team | Hit 1,387'.
_DATE_ROW = re.compile(
    r"^Date\s*[:·]?\s*(?P<stamp>\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:\s*\|\s*[A-Z][\w]{1,15}\s*[:·]?\s+[^|]{1,60}?)+\s*$"
)
# A place, then the date (see `page_date`).
# (labelled: a timeline's row is a place or a country and a day, 'Japan | July 4, 2019')
_PLACE_THEN_STAMP = re.compile(
    r"^(?P<place>[A-Z][\w .'’-]{1,30}?)\s*\|\s*(?P<stamp>(?:Updated|Published|Posted|Last updated)\b[^|]{6,80}?)\s*$")
# Labels, then the date: 'Newsletter | International Trade | December 27, 2019'.
_LABELS_ROW = re.compile(
    r"^(?P<label>[A-Z][\w&'’ -]{1,30}?)\s*\|\s*(?:[A-Z][\w&'’ -]{1,30}?\s*\|\s*){0,2}(?P<stamp>[^|]{6,30}?)\s*$"
)


def _breadcrumb_label(label: str) -> bool:
    """Whether a label before a bar may be a breadcrumb's or a section's: a word or two, no office, no person's name."""
    words = label.split()
    return 0 < len(words) <= 2 and not any(w.lower() in ROLE_HEADS for w in words) and not (
        len(words) == 2 and (person_name(words).korean or words[0] in GIVEN_NAMES))


_POSTED_BY_ROW = re.compile(
    r"^(?:(?:Posted|Written|Published)\s+by|By)\s+[\w .'’-]{1,40}?\s*[|·•]\s*(?P<stamp>[^|·•]{6,40}?)\s*(?:[|·•].{0,60})?$"
)


# A wiki's footer: 'This page was last edited on 14 March 2021, at 09:12 (UTC).'
_LAST_EDITED = re.compile(r"^This page was last (?:edited|modified) on (?P<stamp>.{6,30}?),? at \d{1,2}:\d{2}\b")


def last_edited(line: str) -> str | None:
    """The day a wiki's footer says its page was last edited, or None: the page's own date."""
    match = _LAST_EDITED.match(line)
    return page_date(match["stamp"]) if match else None


def publication_stamp(line: str) -> tuple[str | None, bool]:
    """The date a date-stamp line gives for the publication, and whether the line only says when
    the page was updated ('Updated : 2019-11-23 10:05', 'Last modified on Sat 23 Nov 2019'); in a
    line with both, the date after the publishing label ('Updated : 2019-11-23 | Published : 2019-11-22')."""
    found = page_date(line)
    if found is None:
        return None, False
    published = _PUBLISH_LABEL.search(line)
    if published:
        stated = parse_date(line[published.end():])
        if stated:
            return stated, False
    return found, bool(_UPDATE_LABEL.match(line))


# A stamp whose day and month could be either way round: '7/4/2019 12:51:07 AM'.
_BOTH_WAYS = re.compile(
    # 'Updated: 04/07/2019', 'Issued on: 04/11/2019 - 10:52', Deutsche Welle's 'Date 02.08.2019'
    r"^(?:(?:Last\s+|First\s+)?(?:Updated|Published|Posted|Issued|Modified|Date)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{bp.WEEKDAY})?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)


_STAMP_AFTER_BYLINE = re.compile(r"^By\s[^•|]{1,80}\s[•|]\s+(?=\D{0,30}\d)")


def readings(line: str) -> tuple[str, ...]:
    """Both days a date-stamp line could mean when its numbers could be day or month first
    ('7/4/2019 12:51:07 AM': 4 July or 7 April), else none."""
    line = line.strip()
    # ... after the byline it shares a line with: 'By Euronews with AP, Reuters  •  Updated: 02/10/2019'
    line = _STAMP_AFTER_BYLINE.sub("", line) if line.startswith("By ") else line
    # ... or after the writer's name and a bar: 'Selin Karaca   |04.07.2019' (Anadolu)
    # ... or after a portal's provider: 'AFP logo AFP 8/2/2019'
    named = _NAME_BAR_STAMP.match(line) or _LOGO_STAMP.match(line)
    line = named["stamp"] if named else line
    match = _BOTH_WAYS.match(line)
    if match is None or not _few_words(line[match.end():]):
        return ()
    a, b, year = match["a"], match["b"], match["y"]
    if (int(a) > 12) != (int(b) > 12) or int(a) == int(b):
        return ()
    return tuple(day for day in (_valid(year, a, b), _valid(year, b, a)) if day)


def stamp_dates(lines: Iterable[str]) -> list[str]:
    """The dates of the date-stamp lines among `lines`: those labelled as the publication's
    ('Posted : 2019-08-22 19:06') before the others (a site's header may show the day the page was
    saved: 'Sat, December 7, 2019 | 14:52'), and last those of lines that only say when the page
    was updated ('Updated : 2019-11-23 10:05')."""
    stamps = [(*publication_stamp(text), publish_labelled(text)) for text in lines]
    labelled = [day for day, updated, is_labelled in stamps if day and is_labelled and not updated]
    plain = [day for day, updated, is_labelled in stamps if day and not (is_labelled or updated)]
    updated_only = [day for day, updated, _ in stamps if day and updated]
    return labelled + plain + updated_only


def publish_labelled(line: str) -> bool:
    """Whether a date-stamp line labels its date as the publication's ('Posted : 2019-08-22 19:06')."""
    return bool(_PUBLISH_LABEL.search(line))


_PUBLISH_LABEL = re.compile(
    r"\b(?:(?:First\s+)?Published|Posted|Issued|Created|Released|입력|등록|승인)\b(?:\s+(?:on|at|time))?\s*[:：]?\s*",
    re.IGNORECASE,
)
_UPDATE_LABEL = re.compile(
    r"^\W*(?:Last\s+)?(?:Updated|Update|Modified|Edited|Revised|수정|최종수정|更新)\b", re.IGNORECASE
)

# A section's label and a stamp are short: longer lines are not tried.
LABELLED_STAMP_MAX_CHARS = 60
_LABELLED_STAMP = re.compile(r"^(?P<label>[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}?)\s+(?P<stamp>\S.*\d{4}.*)$")
_CREDITED_STAMP = re.compile(r"^(?P<credit>[A-Z][\w&.'’ -]{1,40}?)\s*[|•]\s*(?P<stamp>\S.*)$")
_HOST_STAMP = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\s*[·•|]\s*(?P<stamp>\S.{5,40})$")
_WRITERS_OUTLET_STAMP = re.compile(
    r"^(?:Story by\s+)?[A-Z][\w'’.-]+(?:(?:\s+|,\s+)(?:[A-Z][\w'’.-]+|and))+,\s*(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)"
    r"\s*[|•]\s*(?P<stamp>\S.*)$"
)
_LOGO_STAMP = re.compile(r"^(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s+logo\s+(?P=outlet)\s+(?P<stamp>\S.{5,40})$")
_NAME_THEN_STAMP = re.compile(
    rf"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}\s+(?P<stamp>{bp.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"(?:\s+{bp.TIME.pattern})?)$"
)
# ... or the day first, after a person's name by its known given name: 'Kenji Morita  27 Aug 2019' (not a timeline's
# row: 'Supreme Court Ruling 30 Oct 2018').
_GIVEN_NAME_THEN_DAY = re.compile(
    rf"^(?P<given>[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){{1,2}}\s+(?P<stamp>\d{{1,2}}\s+{bp.MONTH}\.?,?\s+\d{{4}}"
    rf"(?:\s+{bp.TIME.pattern})?)$"
)

_NAME_BAR_STAMP = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+(?:(?:ul|al|el|bin|van|von|de|da|di|del|le|la|and)\s+)?[A-Z][\w'’.-]+){1,3}\s*[|,]\s*"
    r"(?P<stamp>\d[\d./-]{7,9}\d"
    rf"|{bp.MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{bp.MONTH}\.?\s+\d{{4}})$"
)


# How many days before the dateline's a caption's day may be that gives the dateline its year.
CAPTION_DAYS_BEFORE = 7


def extract_published(
    meta_published: str | None,
    page_dates: Iterable[str | None] = (),
    dateline_date: str | None = None,
    headline: str | None = None,
    either_way: Iterable[tuple[str, ...]] = (),
    outlet: str | None = None,
    outlets: Iterable[str | None] = (),
    captions: Iterable[str] = (),
) -> str | None:
    """The publication date, 'YYYY-MM-DD', or None when nothing states one.

    Precedence: the sidecar/front-matter date; the first date stamp on the page (`clean` puts
    the stamps that only say when the page was updated last);
    a dated dateline ('MOSCOW (Sputnik - 22nd November, 2019)'); a stamp whose numbers could
    be read either way (`either_way`, see `readings`) read the way the dateline's day
    settles ('7/4/2019 12:51:07 AM' over 'SEOUL, July 4 (Yonhap)') or a photo's caption of its day or the week before
    gives it the year of ('Seoul, Nov 15 (efe-epa).-' over a caption's '..., 15 November 2019.'; the caller's
    `captions`: of the year of the page's copyright, no file picture's), else the way the
    first of the site's `outlets` (the caller's: the page's own, not the story's source) that is
    known writes dates (`boilerplate.DAY_FIRST_OUTLETS`: Euronews' 'Updated: 04/07/2019' is 4 July;
    France 24's page carrying an AFP story: 'Issued on: 04/11/2019'; `boilerplate.MONTH_FIRST_OUTLETS`),
    else the way the `outlet` does; a date in the
    headline ('Headlines, August 23, 2019'). Dates in the body text are events,
    never the publication date.
    """
    if meta_published:
        stated = _ISO.match(meta_published.strip())
        parsed = _valid(*stated.groups()) if stated else parse_date(meta_published)
        if parsed:
            return parsed
    for iso in page_dates:
        if iso:
            return iso
    if dateline_date:
        parsed = parse_date(dateline_date)
        if parsed:
            return parsed
        # the month and day the dateline names without a year: 'July 4', '4 July'
        month_day = next(((e.month, e.day) for e in find_dates(dateline_date) if e.month and e.day), None)
        either_way = list(either_way)
        for days in either_way:
            settled = [day for day in days if month_day == (int(day[5:7]), int(day[8:10]))]
            if settled:
                return settled[0]
        # (or a day of the week before: '... on Thursday, 14 November 2019.' over 'Seoul, Nov 15 (efe-epa).-')
        pictures = (e for c in captions for e in find_dates(c) if e.year and e.month and e.day)
        for pictured in pictures if month_day else ():
            told = _valid(str(pictured.year), *map(str, month_day))
            shown = datetime.date(pictured.year, pictured.month, pictured.day)
            if told and 0 <= (datetime.date.fromisoformat(told) - shown).days <= CAPTION_DAYS_BEFORE:
                return told
    writer = next((o for o in (*outlets, outlet) if o in bp.DAY_FIRST_OUTLETS or o in bp.MONTH_FIRST_OUTLETS), None)
    if writer is not None:
        days = next(iter(either_way), None)
        if days:  # (`readings` gives the month-first day first)
            return days[-1] if writer in bp.DAY_FIRST_OUTLETS else days[0]
    if headline:
        return parse_date(headline)
    return None


# --- Agencies, bylines, outlets ---------------------------------------------------

_AGENCY_NAMES = {
    alias.casefold(): name for name, aliases in bp.WIRE_AGENCIES for alias in (name, *aliases)
}


def canonical_agency(name: str) -> str | None:
    """The usual name of a wire agency ('YONHAP News' -> 'Yonhap'), or None."""
    return _AGENCY_NAMES.get(" ".join(name.split()).casefold())


def outlet_name(name: str) -> str:
    """A credited outlet as a reader names it: agencies canonical, others as printed."""
    name = " ".join(name.split()).strip(" ,;:-–—")
    # ... a site's name for a service of the outlet too: 'Kyodo News+'; a known one's with its company's form: 'Bloomberg
    # L.P.'.
    bare = _COMPANY_FORM.sub("", name)
    return (canonical_agency(name) or known_outlet(name) or canonical_agency(name.rstrip("+ "))
            or (bare != name and (canonical_agency(bare) or known_outlet(bare))) or name)


_COMPANY_FORM = re.compile(r",?\s+(?:L\.\s?P\.?|LLC|Inc\.?|Ltd\.?|Co\.,?\s+Ltd\.?|Corp\.?|Corporation|Limited)$")


def same_outlet(name: str, outlet: str) -> bool:
    """Whether `name` names `outlet`: 'Kyodo News' and 'Kyodo', 'the Global Times' and 'Global Times',
    'NPR News' (a sign-off) and 'NPR', a broadcaster and its service ('NHK' and 'NHK World-Japan')."""
    def key(text: str) -> str:
        return _folded_name(outlet_name(text)).removeprefix("the ").removesuffix(" news")
    name_key, outlet_key = key(name), key(outlet)
    return name_key == outlet_key or outlet_key.startswith(name_key + " ")


def known_outlet(name: str) -> str | None:
    """The known outlet `name` names, as it names itself, or None.

    'Korea Times' and 'the korea times' -> 'The Korea Times'; 'NHK WORLD-JAPAN
    News' -> 'NHK World-Japan'; 'VOA' -> 'Voice of America'; a host:
    'koreatimes.co.kr' -> 'The Korea Times'.
    """
    folded = _folded_name(name)
    bare = folded.removeprefix("the ")
    # A section's name after the outlet's: 'RT World News'.
    # ... or 'Online' after it: 'The Japan Times Online'.
    for key in (folded, bare, "the " + bare, bare.removesuffix(" news"), _OUTLET_SECTION.sub("", bare),
                bare.removesuffix(" online"), "the " + bare.removesuffix(" online")):
        if key in _KNOWN_OUTLETS:
            return _KNOWN_OUTLETS[key]
    # ... or its name run together, its edition after it: 'Chosunilbo (English Edition)' is The Chosun Ilbo.
    joined = _EDITION.sub("", bare).replace(" ", "")
    if joined in _KNOWN_BY_LETTERS:
        return _KNOWN_BY_LETTERS[joined]
    if HOST_NAME.fullmatch(name):
        return host_outlet(page_host("http://" + name))
    # ... or beside its name in its own script, its address, its edition: '국민일보 KUKMIN ILBO English Edition',
    # 'News1 Korea English | 뉴스1', 'Yonhap News Agency en.yna.co.kr', 'SEGYE.com 세계일보'.
    latin = " ".join(_MASTHEAD_EXTRAS.sub(" ", name).split())
    if latin != " ".join(name.split()) and latin:
        latin = _KOREA_EDITION.sub("", latin)
        return known_outlet(latin) or canonical_agency(latin)  # (an address left alone is a host: 'SEGYE.com')
    return None


# What a masthead prints beside the outlet's name in Latin letters: its name in Hangul, kana or Han
# characters, bars, and its address after the name.
_MASTHEAD_EXTRAS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+\w*|\s[|·]\s|(?<=\s)(?:[a-z0-9-]+\.)+[a-z]{2,}\b")
# ... and its edition: 'Korea English', 'English Edition'.
_KOREA_EDITION = re.compile(r"\s+(?:Korea\s+)?(?:English|ENGLISH)(?:\s+(?:Edition|EDITION|Service|Version))?$")


# ... or a list's: 'Kyodo News: Top Stories', 'Latest News'.
_OUTLET_SECTION = re.compile(
    rf"\s+(?:(?:{bp.SECTION_WORDS})(?:\s+news)?|top\s+(?:stories|news|headlines)|latest(?:\s+news)?|breaking\s+news"
    r"|headlines)$",
    re.IGNORECASE,
)
# A site's edition after its name: ' (English Edition)', ' English edition'.
_EDITION = re.compile(r"\s*\(?\b(?:english|eng\.?)(?:\s+(?:edition|version|service))?\)?$")

# A bare host name: 'koreatimes.co.kr'.
HOST_NAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)


class Byline(NamedTuple):
    """A parsed byline: the person credited, and the outlet named with them."""

    name: str | None
    outlet: str | None


# Job titles printed after the name: 'By Zin Kao, Taiwan News, Staff Writer'.
BYLINE_ROLES = re.compile(
    r"^(?:(?:Senior|Chief|Staff|Special|Contributing|Foreign|Political|Diplomatic|Defense|Defence|Opinions?|Guest"
    r"|Washington|Tokyo|Seoul|Beijing|Associate|Managing|Deputy"
    # ... where they cover: 'Korea Correspondent', 'Southeast Asia Correspondent'.
    r"|Korea|Japan|China|Asia|Asia-Pacific|Southeast|East|Northeast|Hong Kong|Singapore|Taipei|Bangkok|Moscow"
    r"|London|Europe|Global|World|International|National|Business|Economics|Economic|Markets|Security)\s+)*"
    r"(?:Writer|Reporter|Correspondent|Contributor|Editor|Columnist|Journalist|Staff|Analyst"
    # A site's own account: 'Posted by Admin on November 22, 2019'.
    r"|Bureau Chief|Intern|Admin|Administrator|Web ?Desk|News ?Desk|Webmaster)s?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By|BY|by|Written by|Reported by|Posted by|Words by|Reporter|Author|(?i:writer)(?=\s*:)"
    # ... a think tank's kind of piece: 'Blog Post by Sheila A. Smith', 'Commentary by ...'.
    r"|(?:Blog Post|Commentary|Analysis|Op-Ed|Essay|Article|Opinion|Perspective|Column|Critical Questions|Report"
    r"|Brief|Interview|Explainer|Feature) (?:by|By))"
    r"\s*:?\s*(?<=\s|:)(?P<credit>[^\s].*)$"
)
# The outlet, then the byline: 'The Associated Press | By Kim Tong-hyung'.
_OUTLET_THEN_BYLINE = re.compile(r"^(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s*[|•]\s*(?=(?:By|BY|by)\b)")
_BYLINE_IN_STAMP = re.compile(r"\b(?:By|BY|by)\s+(?P<credit>[A-Z].*)$")
_CONTACT = re.compile(r"\s*[\[(<][^\])>]*@[^\])>]*[\])>]|\s+\S+@\S+|\s+[-–—|]\s*@\w+$")
_PERSON = re.compile(
    # Not a day or a month alone: 'By Friday, Japan will decide' names no writer.
    r"^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)$)"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|da|del|der|van|von|bin|binti|al|le|la|di))*$"
)
_CREDIT_PART = re.compile(r"^[A-Z][\w&.'’ -]*$")
_AFFILIATION = re.compile(r"\b(?:University|Institute|College|School|Center|Centre|Academy|Foundation)\b")
# The last words of titles a byline gives its writers.
_TITLE_WORDS = (r"editor|writer|reporter|correspondent|columnist|anchor|ambassador|photographer|producer|director|chief"
                r"|manager|analyst|fellow|professor")
# (and 'and' after a job title: 'Song Ha-neul, staff reporter and Lee Ji-hoon, Tokyo correspondent')
_CREDIT_SPLIT = re.compile(
    r"\s*(?:,|\||;|—|–| - |/|(?i:(?<=reporter)|(?<=writer)|(?<=correspondent)) and(?=\s+[A-Z])"
    # (not before another title: 'Staff Writer and Photo Editor', 'Tokyo Correspondent and Asia Pacific Editor')
    rf"(?!\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{_TITLE_WORDS})\b))\s*")
_TRAILING_ROLE = re.compile(
    r"(?:^|\s+)(?:(?:senior|chief|staff|special|contributing|foreign)\s+)*(?:staff|writer|reporter|correspondent)s?$",
    re.IGNORECASE,
)


def _outlet_before_role(part: str) -> str:
    """A byline's part without the job title after it ('Nikkei staff writer' -> 'Nikkei'), and a known outlet's
    name before where the writer is posted ('Nikkei Asia chief Seoul correspondent' -> 'Nikkei Asia')."""
    bare = _TRAILING_ROLE.sub("", part)
    if not bare:
        return part
    words = bare.split()
    if bare != part and len(words) > 1 and not _named_outlet(bare):
        return next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if _named_outlet(" ".join(words[:k]))),
                    bare)
    return bare


# Where the writer filed from, after the name: 'By Justin McCurry in Tokyo'.
_LATER_CREDITS = re.compile(
    r"(?:\.\s+|\s*\|\s*)(?=(?:Translated|Written|Edited|Additional reporting|Produced) (?:\w+ )*by\b)"
)
_REPORTED_FOR = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&.-]*(?:\s+(?:and\s+)?[A-Z][\w&.-]*){0,3})(?:['’]s\s+[A-Z][\w -]*)?\.?$"
)
# Where the writer filed from: 'Justin McCurry in Tokyo', 'Julian Ryall (Tokyo)'.
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
_FILED_FROM = re.compile(rf"\s+(?:in\s+{_PLACE_WORDS}|\({_PLACE_WORDS}\))$")
# ... in brackets with the writer's post: 'By Philippe Mesmer (Tokyo, correspondent)'.
_FILED_AS = re.compile(rf"(\({_PLACE_WORDS}),\s*(?:special\s+|staff\s+)?(?:correspondent|reporter)\)$")


def _credit_and_date(credit: str) -> tuple[str, str | None]:
    """A byline's credit without the date (and time) printed in it, and that date:
    'Kim Tong-hyung | AP | November 22, 2019' -> ('Kim Tong-hyung | AP', '2019-11-22')."""
    for form in bp.DATE_FORMS:
        match = form.search(credit)
        if match and _iso(match):
            after = credit[match.end():]
            if re.fullmatch(r"(?:\s+\d{1,5})+\s*", after):
                after = ""  # counts after the stamp: 'By Alan Patterson  06.19.2020  0' (comments)
            rest = bp.TIME.sub(" ", credit[: match.start()] + " " + after)
            # 'Lee Jin-woo on Nov 22, 2019', "Tom O'Connor On 11/15/19": the word that led to the date goes with it.
            rest = re.sub(r"(?:\s+(?i:on|at|in))+\s*$", "", " ".join(rest.split()).strip(" |,;/-–—·•"))
            # ... and the label before it: 'By Matthew Keller | Stars and Stripes | Published: November 18, 2019'.
            rest = _LABEL_BEFORE_DATE.sub("", rest)
            return rest.strip(" |,;/-–—·•"), _iso(match)
    return credit, None


_LABEL_BEFORE_DATE = re.compile(r"\s*[|·•]?\s*(?i:(?:First\s+)?Published|Posted|Updated)(?:\s+on)?\s*:?\s*$")
_LEADING_ROLE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:correspondent|reporter|editor|writer|bureau chief|analyst)\s+(?=[A-Z][a-z])"
)
_AND_WIRES = re.compile(r"\s+(?:and|with)\s+(?:wires|agencies)\s*$", re.IGNORECASE)


def parse_byline(line: str) -> Byline | None:
    """'By Zin Kao, Taiwan News, Staff Writer' -> Byline('Zin Kao', 'Taiwan News').

    'By Yonhap' credits an agency, 'By The Japan Times' an outlet: Byline(None,
    'Yonhap'). A byline glued to a date stamp ('Nov. 19, 2019 - 08:54 By
    Yonhap') or carrying one ('By Kim | AP | November 22, 2019') is read too,
    and where the writer filed from is left out ('By Justin McCurry in Tokyo'),
    as is a job title ('By Eric Johnston Staff writer'). Writers credited
    together are one byline ('By Hyonhee Shin, Joyce Lee' -> 'Hyonhee Shin and
    Joyce Lee'). Lines that only start with 'By' ('By Friday, Japan will ...')
    are not bylines: None.
    """
    line = _FILED_AS.sub(r"\1)", " ".join(line.split()))
    if "@" in line:  # every contact has one; most lines are spared the substitution
        line = _CONTACT.sub("", line)
    if (staff := _STAFF_AND_AGENCIES.match(line)) is not None:
        # A paper's own staff and the wires, no writer named: 'Guardian staff and agencies'.
        outlet = _named_outlet(staff["outlet"]) if staff["outlet"] else None
        return Byline(None, outlet) if outlet or not staff["outlet"] else None
    match = _BYLINE.match(line)
    if match and line.startswith("Author") and match["credit"].strip() == "Message":
        return None  # a message board's columns over its posts: 'Author    Message'
    if match and line.startswith("Author"):
        # 'Author: Ryo Sahashi, University of Tokyo' names the writer; 'Author: The Sankei Shimbun',
        # a note after the piece, names no one.
        found = parse_byline("By " + match["credit"])
        # ... and what follows the name is the writer's own body, not the outlet: 'Author: Mason Richey, HUFS'.
        return Byline(found.name, found.outlet if _named_outlet(found.outlet or "") else None) if (
            found and found.name) else None
    if not match and page_date(line):
        match = _BYLINE_IN_STAMP.search(line)
    if not match and (filed := _AGENCY_IN_CITY.match(line)) and (agency := canonical_agency(filed["agency"])):
        return Byline(None, agency)  # a wire's credit and the city filed from: 'Reuters  |  Seoul'
    if not match:
        credited = _OUTLET_THEN_BYLINE.match(line)
        outlet = credited and _named_outlet(credited["outlet"])
        byline = outlet and parse_byline(line[credited.end():])
        return Byline(byline.name, byline.outlet or outlet) if byline else None
    # The desk's credits after the writer's: 'Reported by X for RFA's Korean Service. Translated by Y.'
    credit = _LATER_CREDITS.split(match["credit"], maxsplit=1)[0]
    # The outlet the writer reported for: 'X for RFA's Korean Service'.
    reported_for = _REPORTED_FOR.search(credit)
    if reported_for and (outlet := known_outlet(reported_for["outlet"])):
        credit = credit[: reported_for.start()] + ", " + outlet
    if any(c.isdigit() for c in credit):
        credit = _credit_and_date(credit)[0]
    # A job title before the name goes, and the wires the story drew on after it: 'By North Asia
    # correspondent Jake Sturmer and wires'.
    credit = _AND_WIRES.sub("", _LEADING_ROLE.sub("", credit))
    # A job title after a name or an outlet goes: 'Eric Johnston Staff writer', 'Nikkei staff writer'.
    # ... and 'and' before the next writer: 'By Kim So-youn, Tokyo correspondent, and Lee Wan, staff reporter'.
    # (a job title whole stays one: 'Korea Correspondent' names no outlet 'Korea')
    parts = [p if BYLINE_ROLES.match(p) else _outlet_before_role(p)
             for p in _CREDIT_SPLIT.split(credit.strip(" .")) if p]
    parts = [p.removeprefix("and ") for p in parts]
    if not parts or len(parts) > 4:
        return None
    name, rest = _FILED_FROM.sub("", parts[0]), parts[1:]
    # What the writer is, in words: 'By Colm Quinn, the writer of Foreign Policy’s Morning Brief.'; and who translated
    # it: 'Reporter Park Sung-jin, Bangkok / Translated by Kim Ho-sang'.
    rest = [p for p in rest if not _WRITER_DESCRIBED.match(p) and not _TRANSLATED_BY.match(p)]
    filed = _FILED_FROM.search(parts[0])
    if filed and not _CITY.search(filed.group()):
        # A blog's categories, not a city: 'Posted on ... by Kevin Lee in Business, Economy'.
        rest = [p for p in rest if BYLINE_ROLES.match(p)]
    # Two writers and their agency with no mark between: 'By KIM TONG-HYUNG and MARI YAMAGUCHI Associated Press'.
    if not _PERSON.match(name) or len(name.split()) > (6 if rest else 8):
        return None
    # A job title in small letters is a part too: 'By Kim Ji-eun, staff reporter'.
    # (two titles joined are one part: 'Tokyo Correspondent and Asia Pacific Editor')
    if any(not (_CREDIT_PART.match(p) or BYLINE_ROLES.match(p)) or (
            len(p.split()) > 5 and not BYLINE_ROLES.match(p.split(" and ")[0])) for p in rest):
        return None
    if _STAFF_REPORT.match(name):
        # The paper's own staff with a wire's copy: 'STAFF REPORT, KYODO' names no writer, nor the wire as the outlet.
        return Byline(None, None)
    agency = _named_outlet(name)  # 'Reuters' of 'By Reuters Staff', its title gone
    if agency:
        return Byline(None, agency)
    if (editors := _EDITORS.match(name)) is not None:
        # 'By The Editorial Board': the paper's own voice, named where the page names it: before the board
        # ('By The Korea Herald Editorial Board') or after it ('By The Editorial Board, The Korea Herald').
        paper = editors["paper"] or next((p for p in rest if _CREDIT_PART.match(p) and not BYLINE_ROLES.match(p)), None)
        # (not a word naming no paper: 'By Senior Editors', 'By Our Editors')
        named = paper and (known_outlet(paper) or canonical_agency(paper) or len(paper.split()) > 1)
        return Byline(None, outlet_name(paper) if named else None)
    if name.startswith("The "):  # 'By The Mainichi Shimbun': no writer is named 'The'
        return Byline(None, outlet_name(name))
    if not rest:
        # The outlet after the name with no mark between: 'By HYUNG-JIN KIM Associated Press'.
        words = name.split()
        for cut in range(2, len(words)):
            outlet = _named_outlet(" ".join(words[cut:]))
            writer = " ".join(words[:cut - 1])
            if outlet and words[cut - 1].lower() == "and":
                # The agency wrote it with the writer, for the page's own outlet: 'By Stella Kim and The
                # Associated Press' on NBC's page; two agencies name no writer nor one outlet: 'By Yonhap and AFP'.
                staff = _named_outlet(writer) or BYLINE_ROLES.match(writer) or writer.split()[-1] in _STAFF_WORDS
                return Byline(None if staff else _name_case(writer), None)
            if outlet:
                return Byline(_name_case(" ".join(words[:cut])), outlet)
    if BYLINE_ROLES.match(name):  # 'By Staff Reporter': a byline naming no one
        return Byline(None, next((outlet_name(p) for p in rest if not BYLINE_ROLES.match(p)), None))
    writers = [name, *(p for p in rest if _co_writer(p))]
    # Not where the writer teaches ('Author: Ryo Sahashi, University of Tokyo') nor where they
    # report from, their title gone ('By Aya Nishimura, Tokyo correspondent'; in capitals: 'by D.McC. | SEOUL').
    # (nor two titles: 'Staff Writer and Photo Editor')
    outlets = [p for p in rest if not BYLINE_ROLES.match(p.split(" and ")[0]) and not _WRITER_TITLE.match(p)
               and p not in writers
               and (not _AFFILIATION.search(p) or _named_outlet(p)) and not _CITY.fullmatch(p)
               and not (p.isupper() and _CITY.fullmatch(p.title()))]
    if len(writers) > 1:
        names = [one for writer in writers for one in writer.split(" and ")]
        name = ", ".join(names[:-1]) + " and " + names[-1]
    return Byline(_name_case(name), outlet_name(outlets[0]) if outlets else None)


_WRITER_DESCRIBED = re.compile(r"^(?:the|a|an)\s+\S")
_STAFF_AND_AGENCIES = re.compile(
    r"^(?:(?:By\s+)?(?P<outlet>(?!By\b)(?:The\s+)?[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\s+)?"
    r"(?i:staff\s+and\s+(?:agencies|wires))$")
_EDITORS = re.compile(
    r"^(?:(?i:the)\s+)?(?:(?P<paper>\S.*?)\s+)?(?:(?i:editorial)\s+(?i:board|team|staff|desk)|(?i:editors))$")
_STAFF_REPORT = re.compile(r"^staff(?:\s+and\s+wire)?\s+reports?$", re.IGNORECASE)
_TRANSLATED_BY = re.compile(r"^(?:Translated|Translation|Edited|English version)\s+by\b", re.IGNORECASE)
# A scholar's title after the name, no outlet: 'By Thomas Rennick, Fellow for Northeast Asia Studies'.
_WRITER_TITLE = re.compile(
    r"^(?:(?:Senior|Visiting|Adjunct|Research|Distinguished|Associate|Assistant|Nonresident|Non-resident|Deputy"
    r"|Executive)\s+)*(?:Fellow|Professor|Director|Scholar|Chair|President|Researcher|Lecturer|Adviser|Advisor)"
    r"(?:\s+(?:for|of|at|in|on)\s.*)?$"
)


def _name_case(name: str) -> str:
    """Names written wholly in capitals as names are written: 'SARAH KIM' -> 'Sarah Kim',
    'HYUNG-JIN KIM' -> 'Hyung-jin Kim'; other names as they are."""
    words = name.split()
    if not all(word.isupper() or word == "and" for word in words):
        return name
    return " ".join(word.lower() if word in ("and", "AND") else word.capitalize() for word in words)


def filed_from_byline(line: str) -> Byline | None:
    """A byline naming where each writer filed from, a known city: 'Justin McCurry in Tokyo',
    'Kana Inagaki in Tokyo and Song Jung-a in Seoul', 'By Andrew Jeong in Seoul and Alastair Gale in Tokyo'.

    A headline can have the same shape ('Talks Resume in Seoul'): only a line
    under the headline is read so (see `clean`).
    """
    if " in " not in line:
        return None
    names = []
    # With 'By' too: 'By Andrew Jeong in Seoul and Alastair Gale in Tokyo'.
    for part in re.split(r",\s+|\s+and\s+", re.sub(r"^[Bb][Yy]:?\s+", "", line.strip())):
        match = _WRITER_IN_CITY.fullmatch(part)
        if not match:
            return None
        names.append(match["name"])
    return Byline(", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0], None)


def name_byline(line: str) -> Byline | None:
    """A byline that is the writer's name alone, in a form only a person's name has
    (a Korean name with its given name hyphenated), in capitals or not: 'KIM JI-HYUN'.

    Other names alone ('Anthony Kuhn') could be a headline's words; only a line
    under the headline is read so (see `clean`).
    """
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or re.search(r"[^\w\s'’-]", line):
        return None
    name = person_name(words)
    return Byline(name.display, None) if name.strong else None


def names_alone(line: str) -> bool:
    """Whether a line is two writers' names or more and nothing else: 'Hyun-jin Ko, Kaori Nakamura', 'Joshua
    Berlinger, Yoonjung Seo and Jake Kwon'."""
    parts = _NAMES_SPLIT.split(line.strip())
    # (each a person's name: not a post, a label or a place, 'Morgan Ortagus, Department Spokesperson', 'Location,
    # Japan')
    return 2 <= len(parts) <= NAMES_ALONE_MAX and all(
        name_alone(part) is not None and _PERSON.match(part) is not None and part not in COUNTRIES
        and not any(word.lower() in ROLE_HEADS or word.lower() in _NOT_NAME_WORDS for word in part.split())
        for part in parts)


_NOT_NAME_WORDS = frozenset("location department fellow staff desk team news editor office".split())
NAMES_ALONE_MAX = 4


def name_alone(line: str) -> Byline | None:
    """A line that is a name alone, two or three words in title case ('Euan Graham'): the writer's,
    where the page prints it above the date stamp (see `clean`)."""
    return Byline(line.strip(), None) if _NAME_ALONE.match(line.strip()) else None


_NAME_ALONE = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?: (?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)){1,2}$")


def _co_writer(part: str) -> bool:
    """Whether a credit part after the writer names another writer ('Joyce Lee'), not an outlet.

    A name of two to four capitalised words, none of them a word outlets are
    named with ('News', 'Times', 'Korea'), that is no agency or known outlet.
    """
    if " and " in part:
        return all(map(_co_writer, part.split(" and ")))
    words = part.split()
    return (
        2 <= len(words) <= 4
        and not _CITY.fullmatch(part)  # where the writer is: 'By Rezaul H Laskar, New Delhi'
        and not BYLINE_ROLES.match(part)
        and all(_NAME_PART.fullmatch(w) for w in words)
        and not any(w.casefold() in _OUTLET_WORDS for w in words)
        and not _named_outlet(part)
    )


_NAME_PART = re.compile(r"[A-Z](?:[a-z'’]+(?:-[A-Za-z][a-z]+)*|[A-Z'’]+(?:-[A-Z]+)*|\.)")
# Words outlet names are made of; no writer's name has one.
_OUTLET_WORDS = frozenset(
    """news times press post herald daily journal agency radio tv television broadcasting network
    media wire service services review today tribune telegraph guardian chronicle gazette observer
    insider report weekly magazine online channel group economist business monitor standard mail
    star sun express independent diplomat stripes affairs street institute center centre foundation
    world global international asia asian pacific korea korean japan japanese china chinese america
    american united states national public broadcast ilbo shimbun sinmun""".split()
)


def writer_credit(line: str, speakers: bool = True) -> bool:
    """Whether `line` credits a writer with what they are, no 'By' before: 'RIEKO MIKI, Nikkei staff
    writer', and with `speakers`, one who speaks for a body: 'Morgan Ortagus, Department Spokesperson'; several
    credited so, each with what they are: 'MINJI HWANG, Nikkei Asia chief Seoul correspondent, and RYO TAKAHASHI,
    Nikkei staff writer'."""
    line = " ".join(line.split())
    credits = _EACH_CREDITED.split(line)
    if len(credits) > 1:
        return all(writer_credit(credit, speakers) for credit in credits)
    match = _WRITER_CREDIT.match(line)
    if not match or not all(map(_PERSON.match, _NAMES_SPLIT.split(match["name"]))):
        return False
    words = match["what"].split()
    return any(BYLINE_ROLES.match(" ".join(words[k:])) or (speakers and _SPOKESPERSON.match(" ".join(words[k:])))
               for k in range(len(words)))


# (a writer or several: 'KAZUHIRO KIDA and ALEX FANG, Nikkei staff writers')
_WRITER_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_WRITER_CREDIT = re.compile(
    rf"^(?P<name>{_WRITER_NAME}(?:(?:,\s+|,?\s+and\s+){_WRITER_NAME}){{0,3}}),"
    rf"\s+(?P<what>[A-Za-z][\w&.'’ -]{{1,60}})$"
)
_NAMES_SPLIT = re.compile(r",\s+|,?\s+and\s+")
# (several writers each with what they are, the last after 'and')
_EACH_CREDITED = re.compile(r",\s+and\s+(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s)")
_SPOKESPERSON = re.compile(r"^(?:Spokes(?:person|man|woman)|Press Secretary)$", re.IGNORECASE)


def credit_line_outlet(line: str) -> str | None:
    """The agency or known outlet a credit without 'By' names after a person
    ('Kim Tong-hyung, The Associated Press' -> 'Associated Press'), or None."""
    parts = _CREDIT_SPLIT.split(" ".join(line.split()).strip(" ."))
    if not 2 <= len(parts) <= 3 or not _PERSON.match(parts[0]) or not 2 <= len(parts[0].split()) <= 4:
        return None
    return next(filter(None, map(_named_outlet, parts[1:])), None)


def picture_agency_credit(line: str) -> bool:
    """Whether a credit names a picture agency among its sources, as a photo's does: 'SOUTH KOREAN NAVY/AFP/GETTY
    IMAGES', 'Jung Yeon-Je/Agence France-Presse — Getty Images'."""
    return any(_PICTURE_AGENCY.fullmatch(part.strip()) for part in _CREDIT_SPLIT.split(" ".join(line.split())))


_PICTURE_AGENCY = re.compile(bp.PHOTO_SOURCES, re.IGNORECASE)


def _named_outlet(name: str) -> str | None:
    """The agency or known outlet `name` is ('AP' -> 'Associated Press', 'the japan times'), or None."""
    return canonical_agency(name) or known_outlet(name)


_STAMP_AGENCY = re.compile(rf"^(?P<agency>{bp.AGENCY})(?:\s+NEWS)?\s*[-–—|,/]", re.IGNORECASE)


def stamp_agency(line: str) -> str | None:
    """The agency a date stamp opens with ('KYODO NEWS - Nov 22, 2019 - 21:20') or names between bars before
    its date, or None."""
    match = _STAMP_AGENCY.match(" ".join(line.split()))
    if match:
        return canonical_agency(match["agency"])
    # ... or names between bars before the date: 'World | Press Trust of India | Updated: July 02, 2019 14:06 IST'.
    # (and where it filed from: 'Reuters Seoul | Updated on September 11, 2019')
    parts = line.split("|")
    dated = next((k for k, part in enumerate(parts) if parse_date(part)), 0)
    return next((agency for part in parts[:dated] if (agency := canonical_agency(part.strip()) or (
        len(placed := part.split(None, 1)) == 2 and known_place(placed[1].strip()) and canonical_agency(placed[0])))),
        None)


_STAMP_SOURCE = re.compile(
    r"^Source\s*:\s*(?P<name>[A-Z][\w&.'’ -]{1,40}?)\s*(?:[|,]|\b(?:Published|Updated|Posted|Date)\b)"
)


def stamp_source(line: str) -> str | None:
    """The source a date stamp credits ('Source: Global Times Published: 2019/11/22'), or None."""
    match = _STAMP_SOURCE.match(" ".join(line.split()))
    return outlet_name(match["name"]) if match else None


# The source line after a story: 'SOURCE: AL JAZEERA AND NEWS AGENCIES', 'Source: Reuters/ec'
# (the desk's initials after a slash).
_SOURCE_LINE = re.compile(
    r"^Source\s*:\s*(?P<name>[^,;|/]+?)(?:\s*/\s*[a-z]{1,4})?(?:\s*(?:,|and|&)\s*(?:news\s+)?agencies)?\W*$",
    re.IGNORECASE,
)


def source_line_outlet(line: str) -> str | None:
    """The known outlet or agency a source line after the story names first
    ('SOURCE: AL JAZEERA AND NEWS AGENCIES' -> 'Al Jazeera'), or None."""
    match = _SOURCE_LINE.match(" ".join(line.split()))
    return (known_outlet(match["name"]) or canonical_agency(match["name"])) if match else None


def source_line_agency(line: str) -> str | None:
    """The wire agency a source line after the story names ('Source: Reuters/ec' -> 'Reuters'), or None:
    the page carries the agency's story, as under a byline 'By Reuters'."""
    match = _SOURCE_LINE.match(" ".join(line.split()))
    return canonical_agency(match["name"]) if match else None


# Where a piece ran first: 'This article was originally published by The Korea Herald.'
_ORIGIN = re.compile(
    r"^This (?:article|story|piece|column|report|commentary|essay|op-ed|analysis|post)"
    r" (?:was |is )?(?:originally |first )?(?:published|posted|appeared)"
    r"\s+(?:by|in|on|at)\s+(?P<name>.+?)\W*$"
    # ... or where an aggregator's copy sends the reader: 'Read Full Article at AFP'.
    rf"|{bp.READ_FULL_ARTICLE}(?P<site>.+?)\W*$",
    re.IGNORECASE,
)
# A wire credited with 'via': 'via Reuters'.
_VIA = re.compile(rf"^(?i:via)\s+(?P<name>{bp.AGENCY})\.?$")


def origin_outlet(line: str) -> str | None:
    """The outlet a note says a piece ran in first ('This article was originally published by The
    Korea Herald.'), or a wire credited with 'via' ('via Reuters'); None otherwise: the page carries
    that outlet's piece."""
    line = " ".join(line.split())
    match = _ORIGIN.match(line) or _VIA.match(line)
    if not match:
        return None
    words = (match["name"] or match["site"]).split()
    # The first words that name an outlet: 'The Korea Herald on Nov. 22, 2019'.
    return next(filter(None, (_named_outlet(" ".join(words[:end])) for end in range(len(words), 0, -1))), None)


# A known outlet named after a preposition: '... is the Korea correspondent for The Diplomat.'
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Committee|Subcommittee|Council|Commission|Bureau)\s*$"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|at|with|to)\s+(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    # small words inside a name: 'the Council on Foreign Relations', 'War on the Rocks'
    r"(?:\s+(?:(?:on|of|for|and|the)\s+)*[A-Z][\w.&'’-]*){0,4})"
)


def outlet_named_in(text: str) -> str | None:
    """The known outlet a sentence names after 'for', 'of', 'at', 'with' or 'to', or None:
    'Mitch Shin is the Korea correspondent for The Diplomat.' -> 'The Diplomat'."""
    for match in _AFTER_PREPOSITION.finditer(text):
        if _PORTFOLIO_BEFORE.search(text, 0, match.start()):
            continue  # a post's portfolio, no outlet: 'Minister for Foreign Affairs', 'Committee on Foreign Relations'
        words = match["name"].rstrip(".").split()
        for end in range(len(words), 0, -1):
            outlet = known_outlet(" ".join(words[:end]))
            if outlet:
                return outlet
    return None


def extract_byline(candidates: Iterable[str]) -> str | None:
    """The first person credited by a byline among `candidates` (lines in page order)."""
    for line in candidates:
        parsed = parse_byline(line) or filed_from_byline(line) or name_byline(line) or name_alone(line)
        if parsed and parsed.name:
            return parsed.name
    return None


# A link to a site's rules on copyright, no notice: 'Copyright Policy', 'Copyright FAQ'.
_COPYRIGHT_LINK = re.compile(
    r"^\s*Copyright\s+(?:Policy|Notice|Information|Statement|Terms(?:\s*(?:&|and)\s*Conditions)?|Complaints?"
    r"|Infringement|Agent|Guidelines|FAQs?|(?:(?:and|&)\s+)?Permissions)\s*\.?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT_HOLDER = re.compile(
    r"(?:(?:©|ⓒ|Ⓒ|Copyright|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    # 'by the ...' before the holder goes: '© 2019 by the Center for Strategic and International Studies'.
    # (a comma inside a body's name stays: '© 2019 Ministry of Trade, Industry and Energy')
    r"(?:by\s+(?:the\s+(?=[A-Z]))?)?(?P<holder>[A-Z](?:[\w&.'’ -]|,(?=\s[A-Z][a-z]+(?:,|\sand\s[A-Z]))){1,60}?)"
    # The site's host after the name goes: 'Pulse by Maeil Business News Korea & mk.co.kr'; so does
    # the year after it: '© Copyright Thomson Reuters 2019'.
    # ... and a Korean site's notice after it: '저작권자 © The Yonsei Annals 무단전재 및 재배포 금지'.
    r"(?:\s*&\s*[\w-]+(?:\.[\w-]+)+)?(?:,?\s+\d{4})?[.,]?\s*(?:All rights reserved|무단\s?전재|$)",
    re.IGNORECASE,
)
_PROMO_OUTLET = re.compile(
    r"\bVisit\s+(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)(?:’s|'s)\s+(?:homepage|home page|website|site)\b"
    r"|^(?:Download|Get)\s+(?P<app>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:mobile\s+)?app\b"
    # A paywall naming the service: 'Subscribe to NK Pro to read this article' (a known outlet's only).
    r"|^Subscribe\s+to\s+(?P<service>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+to\s"
    # A page's pledge: 'Why you can trust SCMP'; its terminal: 'Before it's here, it's on the
    # Bloomberg Terminal.' (a known outlet's only).
    r"|^Why you can trust\s+(?P<trusted>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\W*$"
    r"|^Before it(?:'|’)?s here, it(?:'|’)?s on the\s+(?P<terminal>[A-Z][\w&.'’-]*)\s+Terminal\b"
    # A newsletter's thanks: 'Thanks for reading Yeouido Notes! Subscribe for free to receive new posts'.
    r"|^Thanks for reading\s+(?P<newsletter>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})!"
)


def _folded_name(name: str) -> str:
    return " ".join(re.sub(r"[-–]", " ", name).split()).casefold()


# Known outlets by their names folded, for mastheads in capitals ('NHK WORLD-JAPAN').
_KNOWN_OUTLETS = {_folded_name(name): name for name, _ in bp.OUTLET_HOSTS} | {
    _folded_name(short): name for short, name in bp.OUTLET_SHORT_NAMES
}
# ... by their letters alone, without 'the' (see `known_outlet`).
_KNOWN_BY_LETTERS = {key.removeprefix("the ").replace(" ", ""): name for key, name in _KNOWN_OUTLETS.items()}


def named_then(outlet: str | None, published: str | None) -> str | None:
    """The name `outlet` went by on the day `published` (ISO): a page of Nikkei Asia from 2019 is
    Nikkei Asian Review's (see `boilerplate.RENAMED_OUTLETS`)."""
    renamed = bp.RENAMED_OUTLETS.get(outlet or "")
    if renamed is not None and published and published[:10] < renamed[1]:
        return renamed[0]
    return outlet


def masthead_outlet(line: str) -> str | None:
    """The outlet a masthead line names ('The Korea Herald', 'NHK WORLD-JAPAN'), or None.

    A contact after the name goes: 'Korea Herald (siyoungchoi@heraldcorp.com)'.
    """
    if "@" in line:
        line = _CONTACT.sub("", line)
    # ... and a news database's place after it: 'Financial Times (London, England)'.
    line = _PLACE_AFTER.sub("", " ".join(line.split()))
    # (an agency's name in capitals too: 'YONHAP NEWS AGENCY')
    known = known_outlet(_ENCYCLOPEDIA.sub(r"\g<site>", line)) or canonical_agency(line)
    if known:
        return known
    # ... with its motto after a dash or bar: 'The Diplomat – Asia-Pacific Current Affairs Magazine'.
    motto = _MOTTO_AFTER.search(line)
    if motto and (known := known_outlet(line[:motto.start()])):
        return known
    if known := outlet_with_motto(line):
        return known
    if known := outlet_over_section(line):
        return known
    if any(p.match(line) for p in bp.MASTHEADS):
        # (an unknown site's name, its motto cut: 'JP News Navi | Japan's latest news summary')
        return outlet_name(line[:motto.start()] if motto else line)
    return site_by_outlet(line)


# What an agency or a site says it is after its name: 'Prensa Latina - Latin American News Agency'.
_WHAT_IT_IS = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:News Agency|Press Agency|Wire Service|News Service|Newspaper|Magazine)$"
)


def outlet_with_motto(line: str) -> str | None:
    """The known outlet or agency a line names, what it is after a dash or bar ('Prensa Latina - Latin American News
    Agency'), or None."""
    motto = _MOTTO_AFTER.search(line)
    if motto is None or not _WHAT_IT_IS.fullmatch(line[motto.end():].strip()):
        return None
    name = line[:motto.start()]
    return known_outlet(name) or canonical_agency(name)


def outlet_with_its_names(line: str) -> str | None:
    """The known outlet a line names with its other names or its edition between dashes or bars ('VOA - Voice of
    America - English'), or None; not a headline after the name ('Yonhap - Seoul ends pact')."""
    parts = _NAME_PARTS.split(" ".join(line.split()))
    if len(parts) == 1:
        return _names_run_together(parts[0])
    first = known_outlet(parts[0]) or canonical_agency(parts[0])
    if first and all(known_outlet(part) or canonical_agency(part) or _EDITION_WORD.fullmatch(part) for part in parts[1:]):
        return first
    return None


def _names_run_together(line: str) -> str | None:
    """The known outlet opening a line that goes on with another's name, its edition after it, no dash or bar
    between them: 'Focus Taiwan CNA English News'."""
    words = line.split()
    if len(words) > RUN_TOGETHER_MAX_WORDS:
        return None
    for k in range(1, len(words)):
        rest = _EDITION_TAIL.sub("", " ".join(words[k:]))
        if (known := known_outlet(" ".join(words[:k]))) and (known_outlet(rest) or canonical_agency(rest)):
            return known
    return None


RUN_TOGETHER_MAX_WORDS = 8
_EDITION_TAIL = re.compile(r"(?:\s+(?:English|International|Global|Online|Edition|News|Service))+$")
_NAME_PARTS = re.compile(r"\s+[-–—|]\s+")
_EDITION_WORD = re.compile(r"(?:English|International|Global|Online|Asia|World|Korea|Japan)(?: Edition)?")


def outlet_over_section(line: str) -> str | None:
    """The known outlet a line names with the section or list of its page after a colon ('Kyodo News: Top
    Stories', 'The Japan Times: Asia Pacific'), or None."""
    name, colon, section = line.partition(": ")
    if not (colon and any(p.match(section) for p in bp.CATEGORY_LABELS)):
        return None
    return known_outlet(name) or canonical_agency(name)


# A place in brackets after a paper's name: ' (London, England)'.
_PLACE_AFTER = re.compile(r" \([A-Z][\w. ]{1,25}, [A-Z][\w. ]{1,25}\)$")
# A dash or bar between a masthead's name and its motto.
_MOTTO_AFTER = re.compile(r"\s+[–—|]\s+|\s+-\s+")
# A wiki's line under its article's title: 'From Wikipedia, the free encyclopedia'.
_ENCYCLOPEDIA = re.compile(bp.ENCYCLOPEDIA)


def encyclopedia_line(line: str) -> bool:
    """Whether a line is a wiki's under its article's title: 'From Wikipedia, the free encyclopedia'."""
    return _ENCYCLOPEDIA.match(line) is not None


_SITE_BY = re.compile(r"^(?P<site>[A-Z][\w.&'’ -]{1,40}?) by (?P<outlet>[A-Z][\w.&'’ -]{1,40})$")


def site_by_outlet(line: str) -> str | None:
    """The outlet a site's name says publishes it: 'The Japan News by The Yomiuri Shimbun'.
    The site's name must read as a masthead, and the outlet be known."""
    match = _SITE_BY.match(line) if " by " in line else None
    if not match or not (known_outlet(match["site"]) or any(p.match(match["site"]) for p in bp.MASTHEADS)):
        return None
    return known_outlet(match["outlet"])


def copyright_outlet(text: str) -> str | None:
    """The holder named in a copyright notice ('© Korea Risk Group. All rights ...'); none in a link to a site's
    rules ('Copyright Policy')."""
    if _COPYRIGHT_LINK.match(text):
        return None
    match = _COPYRIGHT_HOLDER.search(text)
    return outlet_name(match["holder"]) if match else None


def promo_outlet(text: str) -> str | None:
    """The outlet a promotion names ('Visit Business Insider’s homepage ...', 'Get The Straits Times app',
    'Subscribe to NK Pro to read this article', 'Why you can trust SCMP', 'it's on the Bloomberg Terminal')."""
    match = _PROMO_OUTLET.search(text)
    if match is None:
        return None
    named = match["service"] or match["trusted"] or match["terminal"]
    return known_outlet(named) if named else outlet_name(match["outlet"] or match["app"] or match["newsletter"])


_OUTLET_BY_HOST = sorted(
    ((host, name) for name, hosts in bp.OUTLET_HOSTS for host in hosts), key=lambda item: -len(item[0])
)
# 'www.koreapost.com', or the host of an address: 'https://p.dw.com/p/3TYqf'.
_HOST_IN_TEXT = re.compile(r"\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?<=://)[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "sp.m.", "sp.")


# An archived copy's address holds the original one:
# 'https://web.archive.org/web/20191122083000/https://www.japantimes.co.jp/...'.
_ARCHIVED = re.compile(r"^https?://(?:web\.)?archive\.org/web/\d+[a-z_]*/(?P<original>\S+)$", re.IGNORECASE)


def page_host(url: str | None) -> str | None:
    """The host of a page's address (of the original, for an archived copy), lower case,
    without 'www.' and the like; None without one."""
    archived = _ARCHIVED.match(url.strip()) if url else None
    if archived:
        original = archived["original"]
        url = original if "://" in original else "http://" + original
    host = urlsplit(url.strip()).hostname if url and url.strip() else None
    if not host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and "." in host[len(prefix):]:
            return host[len(prefix):]
    return host


def host_outlet(host: str | None) -> str | None:
    """The outlet of a known host ('japantimes.co.jp' -> 'The Japan Times'), or None."""
    if not host:
        return None
    host = host.lower()
    for known, name in _OUTLET_BY_HOST:
        if host == known or host.endswith("." + known):
            return name
    return None


# Words of hosts and names that name no one outlet when a file is named after them.
_GENERIC_FILE_WORDS = frozenset({
    "korea", "japan", "news", "world", "asia", "the", "time", "daily", "times", "post", "people", "military",
    "independent", "dawn", "interpreter", "abc", "state", "defense", "mofa", "seoul", "tokyo",
})


def _file_name_keys() -> dict[str, str]:
    """Known outlets by the word a file may be named after: a host's name ('japantimes' of
    japantimes.co.jp, 'koreanet' of korea.net), a short name ('nyt'), an agency ('yonhap')."""
    keys: dict[str, str] = {}

    def add(word: str, name: str) -> None:
        word = re.sub(r"[^a-z0-9]", "", word.lower())
        if word and word not in _GENERIC_FILE_WORDS:
            keys.setdefault(word, name)

    for name, hosts in bp.OUTLET_HOSTS:
        add(name, name)
        for host in hosts:
            labels = host.split(".")
            add(host, name)  # 'koreanet'
            add(labels[0], name)  # 'japantimes'
            add(".".join(labels[:-1]), name)  # 'koreapost' of koreapost.co.kr, 'tellerreport'
    for short, name in bp.OUTLET_SHORT_NAMES:
        add(short, name)
    for name, aliases in bp.WIRE_AGENCIES:
        for alias in (name, *aliases):
            add(alias, name)
    return keys | _FILE_NAME_WORDS


# Words files are named after that are no host, short name or agency, and one that
# names another outlet than its host's: a page in English named after KBS is its
# English service's.
_FILE_NAME_WORDS = {
    "kbs": "KBS World Radio", "hankyoreh": "The Hankyoreh", "guardian": "The Guardian",
    "wapo": "The Washington Post", "arirangnews": "Arirang", "japannews": "The Yomiuri Shimbun",
}


_FILE_NAME_OUTLETS = _file_name_keys()
# 'NNN_outlet-slug.txt': a number, then the name the file is saved under.
_FILE_NAME_HEAD = re.compile(r"^(?:\d+[_-])?(?P<word>[A-Za-z0-9]+)")


def file_name_outlet(path: str) -> str | None:
    """The known outlet a file is named after ('015_japantimes-milley-visit.txt' -> 'The Japan
    Times', 'nyt-seoul-scraps-pact.md' -> 'The New York Times'), or None."""
    match = _FILE_NAME_HEAD.match(PurePosixPath(path.replace("\\", "/")).stem)
    return _FILE_NAME_OUTLETS.get(match["word"].lower()) if match else None


def email_outlet(text: str) -> str | None:
    """The outlet of a known host a writer's address is at ('(hnpark@heraldcorp.com)')."""
    for match in _EMAIL_HOST.finditer(text):
        outlet = host_outlet(match["host"].lower())
        if outlet:
            return outlet
    return None


_EMAIL_HOST = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")


def named_host_outlet(text: str) -> str | None:
    """The outlet of a known host a line names ('The Korea Post media (www.koreapost.com)')."""
    for match in _HOST_IN_TEXT.finditer(text):
        outlet = host_outlet(page_host("http://" + match.group()))
        if outlet:
            return outlet
    return None


def extract_outlet(meta_outlet: str | None, cues: Iterable[str | None] = ()) -> str | None:
    """The outlet: the stated one, else the first clue found in the text.

    `cues` come in the caller's order of precedence (an agency byline, the
    dateline's agency, the wire sign-off, the known outlet of the page's
    address, the site named after the headline, the known outlet the file is
    named after, the masthead, a copyright holder, the page's host).
    """
    if meta_outlet and meta_outlet.strip():
        return meta_outlet.strip()
    for cue in cues:
        if cue:
            return cue
    return None


# --- Datelines ---------------------------------------------------------------------

# Places in capitals, a story filed from two of them too: 'TOKYO/SEOUL'.
_CAPS = r"[A-Z][A-Z'’.-]*[A-Z](?:(?:\s+|/)[A-Z][A-Z'’.-]*[A-Z]){0,3}"
_PLACE = rf"(?P<place>{_CAPS})"
# A place and its region or country: 'SEOUL, South Korea', 'SEOUL, SOUTH KOREA', and a US state as
# AP writes it: 'CAMP DAVID, Md.', 'NEW YORK, N.Y.'.
_PLACE_REGION = (
    rf"(?P<place>{_CAPS}(?:,\s+(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{2,3}}|[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)?"
    rf"|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})?))?)"
)
_TITLE_PLACE = r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
# The US states' postal codes and the capital's, and the states as AP abbreviates them.
US_STATE_CODES = (
    "(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK"
    "|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
    r"|Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\."
    r"|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\."
    r"|S\.D\.|Tenn\.|Vt\.|Va\.|Wash\.|W\.Va\.|Wis\.|Wyo\.|D\.C\.)"
)
# A US city and its state, as a press release's dateline names them: 'Sherman Oaks, CA', 'Los Angeles, Calif.'.
US_PLACE = re.compile(rf"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s+{US_STATE_CODES}")
# (or two angle brackets, as the Honolulu Star-Advertiser prints it: 'TOKYO >> Japan on Thursday ...')
_DASH = r"(?:\s*(?:--|—|–|―)\s*|\s+-\s+|\s+>>\s+)"
# (or the day first, as WAM writes it: '23rd November, 2019')
_DAY = (rf"(?P<date>{bp.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{bp.MONTH}\.?(?:,?\s+\d{{4}})?)")
# Capitals and the cities news is filed from, in small letters ('Tokyo: ...').
_CAPITALS = "|".join(sorted(
    {re.escape(capital) for *_, capital in COUNTRIES if capital}
    | {re.escape(city) for city in DATELINE_CITIES},
    key=len, reverse=True,
))
_CITY = re.compile(rf"(?:{_CAPITALS})")
# A writer and the city filed from, in a byline: 'Justin McCurry in Tokyo' (see `filed_from_byline`).
_WRITER_IN_CITY = re.compile(rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})\s+in\s+(?:{_CAPITALS})")
# A wire credited over a republished story, and the city filed from: 'Reuters  |  Seoul', 'AFP, Seoul' (see
# `parse_byline`).
_AGENCY_IN_CITY = re.compile(
    rf"^(?P<agency>[A-Z][\w.&'’ -]{{1,40}}?)\s*[|,]\s*(?:{_CAPITALS})(?:\s*/\s*(?:{_CAPITALS}))*$"  # 'Seoul/Tokyo'
)
# Words in capitals before a colon that label a lead rather than name a place.
_LABEL_WORDS = (
    r"(?:UPDATE|UPDATED|BREAKING(?: NEWS)?|EXCLUSIVE|ANALYSIS|EDITORIAL|OPINION|COMMENTARY|ANCHOR|REPORTER"
    r"|REPORT|NOTE|EDITOR'?S NOTE|CORRECTION|WATCH|VIDEO|PHOTO|PHOTOS|FILE PHOTO|READ|RELATED|ALSO READ"
    r"|ADVERTISEMENT|Q|A|ABSTRACT|SUMMARY|INTRODUCTION|KEYWORDS)"
)

# The opening of a first paragraph that names where (and through whom) it was
# filed. Groups: place, agency, date.
DATELINES = (
    # A press release's, the wire that carries it between slashes: 'WASHINGTON, Nov. 20, 2019 /PRNewswire/ -- ',
    # 'WASHINGTON, DC, UNITED STATES, August 28, 2019 /EINPresswire.com/ -- '.
    re.compile(
        rf"^{_PLACE}(?:,\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)*){{0,2}},\s+{_DAY},?\s*/(?P<agency>[A-Za-z][\w .-]{{1,30}})/"
        r"\s*(?:--|—|–)\s*"
    ),
    # 'MOSCOW (UrduPoint News / Sputnik - 22nd November, 2019) South Korea ...', 'NAGOYA, Japan, (APP - UrduPoint /
    # Pakistan Point News - 23rd Nov, 2019 ) :The foreign ministers ...'
    re.compile(
        rf"^{_PLACE}(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?)?\s*\((?P<agency>[^()]+?)\s+[-–—]\s+"
        rf"(?P<date>[^()]*\d{{4}})\s*\)\s*(?:[-–—―:]+\s*)?"
    ),
    # Korean news in English: '[Seoul=Newsis] Reporter Kim Ji-hoon = South Korea ...', '(Tokyo=Yonhap News) ...',
    # in full-width brackets too: '【Seoul=Newsis】'.
    re.compile(
        r"^[\[(【](?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*=\s*(?P<agency>[A-Z][\w ]{1,25}?"
        r"|(?:[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+(?:,? and |, )?){1,2}?)\s*[\])】]\s*"
        r"(?:(?:Reporters?|Correspondents?)\s+[^=]{2,40}?\s*=\s*)?(?=\S)"
    ),
    # 'TOKYO, Kyodo - Japan and South Korea ...'
    re.compile(rf"^{_PLACE}\s*,\s*(?P<agency>{bp.AGENCY}){_DASH}(?=\S)"),
    # A Chinese agency's, its name first, its reporters after the day: 'Xinhua News Agency, Seoul, November 15th
    # (Reporter Tian Ming) South Korea ...'
    re.compile(rf"^(?P<agency>{bp.AGENCY}),\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+{_DAY}\s*"
               r"(?:\((?:Reporters?|Correspondents?)\s+[^()]{2,40}\)\s*)?(?:[-–—]+\s*)?(?=[A-Z\"“])"),
    # 'WASHINGTON --', 'SEOUL (Kyodo) --', 'TOKYO, Aug 23 (KUNA) --', 'BANGKOK ―',
    # 'SEOUL, South Korea (AP) —'
    # Asia News Network's papers, the paper before the network, a colon or a dash after: 'SEOUL (The Korea
    # Herald/Asia News Network): ...'
    re.compile(rf"^{_PLACE_REGION}(?:\s*,\s*{_DAY})?\s*\((?P<agency>[^()/]{{2,60}})/(?i:Asia News Network|ANN)\)"
               rf"(?:\s*:\s+|{_DASH})(?=[A-Z\"“'‘])"),
    # (the country in brackets after the place: 'CHENGDU (China), Dec 24 (Bernama) --')
    re.compile(rf"^{_PLACE_REGION}(?:\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)(?=\s*,))?(?:\s*,\s*{_DAY})?"
               rf"\s*(?:\((?P<agency>[^()]{{2,60}})\))?{_DASH}(?=\S)"),
    # Interfax's, a stop after the place: 'SEOUL. Aug 25 (Interfax) - ...'
    re.compile(rf"^{_PLACE_REGION}\.\s+{_DAY}\s*\((?P<agency>{bp.AGENCY})\){_DASH}(?=\S)"),
    # 'SEOUL (Yonhap) South Korea ...': the agency without a dash
    re.compile(rf"^{_PLACE_REGION}(?:\s*,\s*{_DAY})?\s*\((?P<agency>[^()]{{2,60}})\)\s+(?=[A-Z\"“])"),
    # 'NEW DELHI: ...' (not a label such as 'UPDATE:', nor a speaker's: see `_COLON_DATELINE`)
    _COLON_DATELINE := re.compile(rf"^(?!{_LABEL_WORDS}\s*:){_PLACE_REGION}\s*:\s+(?=[A-Z\"“])"),
    # TASS: 'TOKYO, November 17. /TASS/. Japanese ...'
    re.compile(rf"^{_PLACE_REGION}\s*,\s*{_DAY}\.\s*/(?P<agency>[A-Z][A-Za-z-]{{1,15}})/\.?\s+(?=[A-Z\"“])"),
    # '(SEOUL) — ...': a known city in brackets
    re.compile(rf"^\((?P<place>(?i:{_CAPITALS}))\){_DASH}(?=\S)"),
    # 'Aug 22 (Reuters) - ...'
    re.compile(rf"^{_DAY}\s*\((?P<agency>[^()]{{2,60}})\){_DASH}(?=\S)"),
    # '(CNN)South Korea ...', '(Reuters) - ...': a broadcaster or agency glued before the lead,
    # after a place too: 'Seoul, South Korea (CNN)South Korea ...'.
    re.compile(
        r"^(?:(?P<place>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\s*)?"
        r"\((?!LEAD\)|URGENT\)|UPDATE|CORRECTED|AMENDED)(?P<agency>[A-Z][A-Za-z]{1,15})\)(?=[A-Z\"“])"
    ),
    # ... or set off by a space after a known city: 'Seoul, South Korea (CNN) South Korea will ...', 'Hong Kong
    # (CNN Business) ...'
    _SPACED_DATELINE := re.compile(
        rf"^(?P<place>(?:{_CAPITALS})(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\s*"
        r"\((?!LEAD\)|URGENT\)|UPDATE|CORRECTED|AMENDED)(?P<agency>[A-Z][A-Za-z]{1,15}(?:\sBusiness)?)\)\s(?=[A-Z\"“])"
    ),
    # ANSA's, the agency first, then the place and the day, in capitals or not: '(ANSA) - CHENGDU, DEC 24 - Japanese
    # ...', '(ANSA) - Rome, November 22 - ...', '(ANSA) - Seoul, 22 November - ...'
    # (the country after the place: '(ANSA) - SEOUL, SOUTH KOREA, NOV 22 - ...')
    re.compile(rf"^\((?P<agency>{bp.AGENCY})\)\s*[-–—]+\s*(?P<place>[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){{0,2}})"
               r"(?:\s*,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?(?=\s*,))?"
               rf"\s*,\s*(?P<date>(?i:{bp.MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{bp.MONTH})){_DASH}(?=\S)"),
    re.compile(rf"^\((?P<agency>{bp.AGENCY})\)\s*(?:[-–—]+\s*)?(?=[A-Z\"“])"),
    # 'Seoul, Nov. 22 (IANS) -- ...'
    re.compile(rf"^{_TITLE_PLACE}\s*,\s*{_DAY}\s*\((?P<agency>[^()]{{2,60}})\){_DASH}(?=\S)"),
    # 'Seoul, Nov 22 (IANS) South Korea ...', 'Seoul, Nov 22 (EFE).- ...', 'Seoul [South Korea], Nov 22 (ANI): ...',
    # 'Tokyo (AFP) Japan ...', 'Nagoya (Japan) (AFP) – ...': a place in small letters, a day, a known agency,
    # a mark after it or none
    re.compile(
        rf"^{_TITLE_PLACE}(?:\s*(?:\[[A-Z][A-Za-z .]{{1,30}}\]|\([A-Z][A-Za-z .]{{1,30}}\)(?=\s*[(,])))?"
        rf"(?:\s*,\s*{_DAY})?\s*\((?P<agency>{bp.AGENCY})\)"
        rf"(?:\s*\.?\s*[-–—]+|\s*:)?\s+(?=[A-Z\"“])"
    ),
    # 'Seoul (AFP) - ...': a place in small letters only before a known agency
    re.compile(rf"^{_TITLE_PLACE}\s*\((?P<agency>{bp.AGENCY})\){_DASH}(?=\S)"),
    # A press release's US city and its state, in small letters: 'Sherman Oaks, CA – Congressman Brad Sherman ...',
    # 'Washington, D.C. – U.S. Senators ...'
    # (in brackets too: '(Washington, D.C.) – ...')
    re.compile(rf"^\(?(?P<place>{US_PLACE.pattern})\)?{_DASH}(?=[A-Z\"“])"),
    # 'Seoul, Nov 22: ...', 'New Delhi, Aug 23 (IANS): ...'
    re.compile(rf"^{_TITLE_PLACE}\s*,\s*{_DAY}\s*(?:\((?P<agency>[^()]{{2,60}})\))?\s*:\s+(?=[A-Z\"“])"),
    # 'Tokyo: ...': a place in small letters before a colon only when it is a known capital
    re.compile(rf"^(?P<place>{_CAPITALS})\s*:\s+(?=[A-Z\"“])"),
    # 'Nagoya, Japan — ...', 'Tokyo, Nov. 22 -- ...': a known city in small letters before a long dash
    re.compile(
        rf"^(?P<place>(?:{_CAPITALS})(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)(?:\s*,\s*{_DAY})?"
        r"\s*(?:--|—|–|―)\s*(?=[A-Z\"“])"
    ),
    # 'WASHINGTON (Reuters) -South Korea ...': a known agency, the hyphen glued to the lead
    re.compile(rf"^{_PLACE_REGION}(?:\s*,\s*{_DAY})?\s*\((?P<agency>{bp.AGENCY})\)\s*-(?=[A-Z\"“])"),
)
# A dateline printed on its own line before the body: 'NAGOYA'; 'Tokyo (AFP)'.
# Words in capitals alone on a line that name a matter or a body, no place: a wiki's section 'GSOMIA'.
# (nor a page's label in capitals: 'VOD' over a broadcaster's text)
_NO_PLACES = frozenset("""GSOMIA TISA THAAD ASEAN NATO WTO METI MOFA MOTIE USFK JCS NSC DPRK ROK
VOD LIVE VIDEO AUDIO PHOTO PHOTOS NEW HOT TOP UPDATED BREAKING EXCLUSIVE""".split())
# (not a label in capitals: 'ABSTRACT', 'SUMMARY')
LONE_DATELINE = re.compile(rf"^(?!{_LABEL_WORDS}$){_PLACE_REGION}(?:\s*(?:-{{1,2}}|—|–|―))?$")
_LONE_AGENCY_DATELINE = re.compile(
    rf"^(?:{_PLACE_REGION}|(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s*\((?P<agency>{bp.AGENCY})\)"
    r"(?:\s*(?:-{1,2}|—|–|―))?$"
)


class DatelineMatch(NamedTuple):
    """A dateline found at the start of a paragraph, with its date text if any."""

    dateline: Dateline
    text: str
    date: str | None


def _agency(text: str | None) -> str | None:
    if not text:
        return None
    # 'UrduPoint News / Sputnik': the publisher, then the wire it copies.
    credit = re.split(r"\s*/\s*", text.strip())[-1]
    # 'REUTERS, AFP': the wires a story was put together from.
    wires = re.split(r"\s*(?:,|&|\band\b)\s*", credit)
    if len(wires) > 1 and all(map(canonical_agency, wires)):
        return ", ".join(map(canonical_agency, wires))
    return outlet_name(credit) or None


def dateline_outlet(dateline: Dateline | None) -> str | None:
    """The outlet a dateline credits: its agency when it names one ('SEOUL (Yonhap)'),
    none when it names the wires a story was put together from ('SEOUL (Reuters, AFP)')."""
    if dateline is None or dateline.agency is None or ", " in dateline.agency:
        return None
    return dateline.agency


# Every stage asks for the dateline of the paragraphs it reads: each paragraph is read once.
DATELINE_CACHE_SIZE = 4096


@lru_cache(maxsize=DATELINE_CACHE_SIZE)
def extract_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening `paragraph`: 'SEOUL (Kyodo) -- ...' -> Dateline('SEOUL', 'Kyodo')."""
    for pattern in DATELINES:
        match = pattern.match(paragraph)
        if match and pattern is _COLON_DATELINE and _speaker_label(match["place"]):
            continue
        if match and pattern is _SPACED_DATELINE and not _spaced_outlet(match["agency"]):
            continue  # no outlet in brackets after a city: 'Tokyo (Japan) The ...', 'Tokyo (Narita) Airport ...'
        if match and (match.groupdict().get("place") or "").casefold() in _ASKERS:
            continue  # a transcript's asker and their outlet: 'Journalist (NHK): I would like to ask ...'
        if match:
            groups = match.groupdict()
            agency = groups.get("agency")
            if agency and "=" in match.group(0) and _reporters(agency):
                agency = None  # the reporter's name, as a paper signs: '[Seoul = Kenta Murakami] The ...'
            return DatelineMatch(
                Dateline(place=groups.get("place"), agency=_agency(agency)),
                match.group(0).strip(),
                groups.get("date"),
            )
    return None


# Who asks at a press conference, as its transcript labels them, their outlet in brackets after.
_ASKERS = frozenset({
    "journalist", "journalists", "reporter", "reporters", "questioner", "question", "correspondent", "participant",
    "press", "moderator"})
# The reporters' names where a paper signs its dateline: 'Kenta Murakami', 'Kim Jin-myung and Lee Ha-na'.
_REPORTER_NAME = r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?"
_REPORTER_NAMES = re.compile(
    rf"(?:(?:Correspondent|Reporter)\s+)?(?P<first>{_REPORTER_NAME})(?:(?:,?\s+and|,)\s+(?P<second>{_REPORTER_NAME}))?")


def _reporters(agency: str) -> bool:
    """Whether what a dateline names after '=' is its reporters, each a known given name first ('Kenta Murakami') or
    a Korean name ('Kim Jin-myung'); not an outlet ('Yonhap Infomax', 'Munhwa Ilbo', 'Yonhap News')."""
    reporters = _REPORTER_NAMES.fullmatch(agency)
    if reporters is None or known_outlet(agency) or canonical_agency(agency):
        return False
    return all(name.split()[0] in GIVEN_NAMES or ("-" in name and person_name(name.split()).korean)
               for name in filter(None, (reporters["first"], reporters["second"])))


def _spaced_outlet(name: str) -> bool:
    """Whether the word in brackets after a city, the lead after it, names an outlet: a known one, or one in
    capitals ('JTBC'; not 'DC', 'ROK'); not a place ('Tokyo (Narita) Airport ...', 'Tokyo (Japan) The ...')."""
    return bool(known_outlet(name) or canonical_agency(name)) or (name.isupper() and name not in _NO_OUTLETS)


# Capitals in brackets after a city that name no outlet.
_NO_OUTLETS = frozenset({"DC", "D.C.", "ROK", "DPRK", "US", "UK", "EU", "UN", "AM", "PM"})


def known_place(text: str) -> bool:
    """Whether `text` is a known city or country, in any case: 'SEOUL', 'Tokyo', 'South Korea'."""
    return bool(_CITY.fullmatch(text.title()) or _CITY.fullmatch(text)) or text.casefold() in COUNTRY_NAMES


def _speaker_label(place: str) -> bool:
    """Whether the words before a colon name who speaks in a transcript, not a place: an outlet
    ('DW:'), or words that are no known place ('SABRA LANE:'; a place of two words or more
    opens a dateline only when it is known: 'NEW DELHI:')."""
    first = place.split(",")[0].strip()
    if known_outlet(first) or canonical_agency(first) or first.upper() in TRANSCRIPT_HOSTS:
        return True  # ... or who runs the exchange: 'STAFF:'
    return len(first.split()) > 1 and not (
        _CITY.fullmatch(first.title()) or _CITY.fullmatch(first) or first.casefold() in COUNTRY_NAMES
    )


COUNTRY_NAMES = frozenset(n.casefold() for country, aliases, *_ in COUNTRIES for n in (country, *aliases))


def dateline_length(text: str) -> int:
    """How many characters of `text` an opening dateline takes, spaces after it included (0: none)."""
    found = extract_dateline(text)
    return len(text) - len(text[len(found.text):].lstrip()) if found else 0


def lone_dateline(line: str) -> Dateline | None:
    """A line that is only a place in capitals ('NAGOYA') or a place and its agency ('Tokyo (AFP)'),
    as a Dateline; else None."""
    agency = _LONE_AGENCY_DATELINE.match(line.strip())
    if agency and (agency["place"] or agency["town"]).casefold() not in _ASKERS:
        return Dateline(place=agency["place"] or agency["town"], agency=_agency(agency["agency"]))
    match = LONE_DATELINE.match(line.strip())
    if match and len(match["place"].split(",")[0].split()) <= 3 and "." not in match["place"] and (
            match["place"] not in _NO_PLACES):
        if person_name(match["place"]).strong or BYLINE_ROLES.match(match["place"].title()):
            return None  # the writer's name in capitals: 'KIM JI-HYUN'; what the writer is: 'STAFF WRITER'
        return Dateline(place=match["place"], agency=None)
    return None


def news_paragraphs(paragraphs: tuple[str, ...], dateline: Dateline | None) -> tuple[str, ...]:
    """`paragraphs` as the news reads: a lone dateline printed before the body
    and joined to its first paragraph ('NAGOYA Foreign ministers ...') cut off."""
    cut = lone_dateline_length(paragraphs[0], dateline) if paragraphs else 0
    return (paragraphs[0][cut:], *paragraphs[1:]) if cut else paragraphs


def lone_dateline_length(first: str, dateline: Dateline | None) -> int:
    """How many characters of the first paragraph, spaces after it included, the article's lone
    dateline takes, printed before the body and joined to it ('NAGOYA Foreign ministers ...', its country after the
    city: 'CHENGDU, China Prime Minister ...'); 0: none."""
    if dateline is None or dateline.agency is not None or not dateline.place.split(",")[0].isupper():
        return 0
    match = re.match(rf"{re.escape(dateline.place)}\s+(?=[A-Z\"“‘'])", first)
    return match.end() if match else 0


# --- Titles ------------------------------------------------------------------------

# (or glued by a colon, as the Asahi's title is: '... as boycott spreads:The Asahi Shimbun')
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]+)$|(?<=\w):(?P<glued>The\s[A-Z][\w ]{2,40})$")
_TITLE_PREFIX = re.compile(r"^(?P<site>[A-Z][\w.&'’ -]{1,40}?)\s*(?::|\s\|)\s+(?=\S)")
# A wire's take number after a headline in title case: '... as Feud Deepens (2)' (Bloomberg's; not a series' part
# after a headline in sentence case: 'Korea-Japan relations at a crossroads (2)').
_TAKE_NUMBER = re.compile(r"(?<=[\w'’\"”])\s+\(\d\)$")
# Wire version tags before a headline: '(LEAD)', '(2nd LD)', '(URGENT)', '(UPDATE 1)'.
_TITLE_TAG = re.compile(
    r"^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) (?:LD|LEAD)(?:[^()]*)?|UPDATE \d+|CORRECTED|AMENDED|RECASTS?)\)\s*"
    # and without brackets, glued by a hyphen, one or more: 'UPDATE 2-South Korea says ...', 'CORRECTED-UPDATE 2-...'
    r"|^(?:(?:UPDATE(?: ?\d+)?|CORRECTED|REFILE|RPT|EXCLUSIVE|FACTBOX|EXPLAINER|ANALYSIS|WRAPUP(?: \d+)?|BRIEF)\s?-)+"
    r"(?=[A-Z\"“'‘])"
    # The Asahi's series label before a slash: 'INTERVIEW/ Kono: ...'.
    r"|^(?:INTERVIEW|ANALYSIS|EDITORIAL|COMMENTARY|NEWS NAVIGATOR|POINT OF VIEW|VIEWPOINT|EYE|FOCUS)/\s*(?=[A-Z\"“'‘])"
    # Kyodo's: 'UPDATE1: Japan, S. Korea defense chiefs ...' (not a live page's headline: 'Live: South Korea pulls
    # back ...')
    r"|^UPDATE ?\d:\s*(?=[A-Z\"“'‘])"
    # a section label in square brackets: '[Column] Seoul must not ...'
    r"|^\[(?:Column|Editorial|Opinion|Op-Ed|Analysis|News Analysis|Commentary|Interview|Feature|News Focus"
    r"|Photo|Video|Exclusive|Update|Breaking|Live|Live Updates|Reporter'?s Notebook|(?:\d{4} )?(?:Year[- ]End )?Review"
    r"|(?:\d{4} )?in Review|Year in Review|Yearender|Year-ender)\]\s*"
    # ... or in round ones, as Yonhap does: '(News Focus) ...', '(Yonhap Interview) ...',
    # '(EDITORIAL from Korea Times on Nov. 23) ...'
    r"|^\((?:News Focus|News Analysis|Yonhap Interview|Yonhap Feature|Yonhap Yearender|Yearender|Interview|Feature"
    r"|Profile)\)\s*"
    r"|^\((?:EDITORIAL|Editorial|OPINION|Opinion|COLUMN|Column)\s+from\s+[^()]{2,80}\)\s*"
    # a columnist's name in square brackets: '[Ahn Min-seo] GSOMIA reprieve buys time'
    r"|(?-i:^\[[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}\]\s*(?=[A-Z\"“'‘]))"
    # and before a bar, as pages title opinion: 'Opinion | Why Japan and South Korea need each other'
    r"|^(?:Opinion|Analysis|Editorial|Commentary|Perspective|Op-Ed|Explainer|Live updates?|Live)\s*\|\s*(?=\S)",
    re.IGNORECASE,
)
TITLE_LIMIT = 100


def strip_title_chrome(headline: str) -> str:
    """The headline without what a page's title adds after it: a site name after a bar or dash
    ('... | The Korea Herald'), a section's name or a date after a bar ('... | World News',
    '... | News | DW | 22.11.2019'), one after another; a broadcast transcript's hour ('... . Aired 12-1a ET')."""
    headline = _KICKER_BAR.sub("", _BOARD_TITLE.sub("", AIRED.sub("", headline)))
    headline = _BRACKETED.sub(r"\1", headline.strip())
    # A video's title: its channel in brackets and its show before a bar, its day in brackets after it ('[KBS WORLD]
    # News Today | Seoul conditionally suspends GSOMIA termination (2019.11.22)').
    channel = _CHANNEL_AND_SHOW.match(headline)
    rest = headline[channel.end():] if channel else ""
    show = headline[channel.end("channel") + 1:channel.end()].strip(" |") if channel else ""
    if channel and (known_outlet(channel["channel"]) or canonical_agency(channel["channel"])) and len(
            rest.split()) >= max(VIDEO_HEADLINE_MIN_WORDS, len(show.split()) + 1) and not (
            known_outlet(rest) or canonical_agency(rest)):
        headline = _DAY_AFTER.sub("", rest)
    headline, site, start = _title_and_site(headline)
    while True:
        if not site:
            section = _TITLE_SECTION.search(headline)
            if not section:
                return headline
            start = section.start()
        headline, site, start = _title_and_site(headline[:start])


_CHANNEL_AND_SHOW = re.compile(
    r"^\[(?P<channel>[^\[\]]{2,30})\]\s*(?=[^|]*\b(?:News|Today|Tonight|Focus|Morning|Evening|Live|Weekly|Daily"
    r"|Report|Briefing|Digest|Now|\d+)\b)[A-Z0-9][\w'’&:-]*(?:\s+(?:[A-Z0-9][\w'’&:-]*|in|of|on|the|and|at)){0,3}"
    r"\s*\|\s+(?=\S)"
)
# A video's headline after its show has this many words at least (not a site's name: '[Arirang News] ... | Arirang').
VIDEO_HEADLINE_MIN_WORDS = 2
_DAY_AFTER = re.compile(r"\s*\((?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\.?\)$")
# A headline in square brackets, as a post sharing a story prints it: '[Seoul Removes Japan from Its Whitelist]'.
_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")
# A notice board's label before a post's title: 'Title    ROK-U.S. Defense Ministers' Talks Held'.
# ... and a news database's field: 'Headline: Japan, S. Korea Foreign Chiefs Agree to Keep Talking on Labor Issue'.
_BOARD_TITLE = re.compile(r"^(?:Title|Subject|Headline|HEADLINE)\s*[:·]?\s+(?=[A-Z][^\s]*(?:\s+\S+){2})")
# A kind of piece before a bar over the headline: 'Explained | Why the Japan-South Korea intelligence pact ...'.
_KICKER_BAR = re.compile(
    r"^(?:Explained|Explainer|Analysis|Opinion|Editorial|Commentary|Interview|Exclusive|Q&A)"
    r"\s*\|\s+(?=[A-Z\"“‘'])")
# The hour a transcript's show aired, after its headline: '... Rainforest. Aired 12-1a ET', '. Aired 8-9p ET'.
AIRED = re.compile(r"\.\s+Aired\s+\d{1,2}(?::\d\d)?(?:\s*-\s*\d{1,2}(?::\d\d)?)?\s*[ap]?\.?m?\.?\s+ET$")


# A section's name or a date after a bar ends a page's title: '... | World News', '... | Politics',
# '... | 22.11.2019'.
_TITLE_SECTION = re.compile(
    rf"\s+\|\s+(?:(?:{bp.SECTION_WORDS}|Top|Latest|Breaking)(?:\s+News)?|News|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})$",
    re.IGNORECASE,
)


def republished_from(headline: str | None) -> str | None:
    """The paper a piece was first published in, as a news agency's headline tells it
    ('(EDITORIAL from Korea Times on Nov. 23) Saving GSOMIA' -> 'The Korea Times'), or None."""
    match = _REPUBLISHED.match(headline) if headline else None
    return outlet_name(match["outlet"]) if match else None


_REPUBLISHED = re.compile(
    r"^\((?:EDITORIAL|Editorial|OPINION|Opinion|COLUMN|Column)\s+from\s+(?P<outlet>[^()]{2,60}?)\s+on\s+[^()]{2,30}\)"
)


def title_outlet(headline: str | None) -> str | None:
    """The outlet a headline names after a bar or dash ('... | The Japan Times'), or None."""
    return _title_and_site(headline)[1] if headline else None


def _in_title_case(text: str) -> bool:
    """Whether every word of `text` but the small ones opens with a capital."""
    return all(word[:1].isupper() or not word[:1].isalpha() or word in _TITLE_SMALL_WORDS for word in text.split())


_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over the to up vs with".split())


def _title_and_site(headline: str) -> tuple[str, str | None, int]:
    """The headline tidied, the outlet named after its last bar or dash, or glued by a colon (or None), and
    where that starts.
    A known outlet's name before a colon or bar goes: 'Yonhap News Agency: S. Korea to keep GSOMIA'."""
    headline = _TITLE_TAG.sub("", " ".join(headline.split()))
    if (take := _TAKE_NUMBER.search(headline)) and _in_title_case(headline[:take.start()]):
        headline = headline[:take.start()]
    prefix = _TITLE_PREFIX.match(headline)
    if prefix and _outlet_label(prefix["site"]) and _headline_after_label(headline[prefix.end():]):
        headline = headline[prefix.end():]
    match = _TITLE_SUFFIX.search(headline)
    named = (match["site"] or match["glued"]) if match else None
    site = (canonical_agency(named) or masthead_outlet(named)) if named else None
    return headline, site, match.start() if match else len(headline)


def _outlet_label(label: str) -> bool:
    """Whether a label before a headline is a known outlet's name ('Yonhap News Agency') or that of one of its
    newsletters, its name first ('Axios PM', 'NK News Daily Update'; not 'CNBC Transcript')."""
    words = label.split()
    return any(
        (canonical_agency(name) or known_outlet(name)) and all(w.lower() in _NEWSLETTER_WORDS for w in words[n:])
        for n in range(1, len(words) + 1)
        for name in (" ".join(words[:n]),)
    )


def _headline_after_label(rest: str) -> bool:
    """Whether what follows a label is a headline: some words, not a day alone ('Kyodo News Digest: Nov. 23, 2019',
    'Politico Playbook: Tuesday', 'Axios AM: Friday, Nov. 22')."""
    return len(rest.split()) >= LABELLED_HEADLINE_MIN_WORDS and not (
        page_date(rest) or readings(rest) or _DAY_ONLY.fullmatch(rest.strip()))


# A day alone, its weekday, month and year or some of them: 'Friday, Nov. 22', 'Nov. 23', 'Tuesday'.
_DAY_ONLY = re.compile(rf"{bp.WEEKDAY}?(?:{bp.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)?")


# A headline after a label has this many words at least.
LABELLED_HEADLINE_MIN_WORDS = 2
# The words naming an outlet's newsletter after its name.
_NEWSLETTER_WORDS = frozenset("""
am pm daily weekly morning evening update updates brief briefing briefs digest newsletter playbook today
""".split())


def fallback_title(paragraph: str) -> str:
    """A title made from the first sentence of the body, shortened to fit a heading."""
    text = " ".join(paragraph.split())
    opening = extract_dateline(text)
    if opening:
        text = text[len(opening.text):].lstrip(" -–—―:")
    sentence = next(iter(split_sentences(text)), text)
    if len(sentence) <= TITLE_LIMIT:
        return sentence.rstrip(" ,;:")
    cut = sentence[: TITLE_LIMIT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def extract_title(meta_title: str | None, headline: str | None, paragraphs: Sequence[str]) -> str:
    """The title: the stated one, else the headline in the text, else a shortened first sentence."""
    if meta_title and meta_title.strip():
        return " ".join(meta_title.split())
    if headline and headline.strip():
        return strip_title_chrome(headline)
    return fallback_title(paragraphs[0]) if paragraphs else ""


# --- The day at the dateline's place ---------------------------------------------

def day_at_dateline(stamp: str | None, published: str | None, dateline: Dateline | None) -> str | None:
    """The day it was at the dateline's place at the time a stamp prints with its zone, where that is another day
    than the stamp's: an American site's 'Aug. 23, 2019 at 6:12 PM CDT' on a story from 'SEOUL' is Saturday morning
    there, the day the story's 'on Saturday' names; else None. Only the stamp that gave `published` is read."""
    if not (stamp and published and dateline and dateline.place) or page_date(stamp) != published:
        return None
    place = _place_offset(dateline.place)
    clock = _ZONED_CLOCK.search(stamp)
    # (not the time it was updated, which may be long after the story was written: 'Updated Nov. 22, 2019 10:58 am ET')
    if place is None or clock is None or _UPDATED_ONLY.search(stamp, 0, clock.start()):
        return None
    day = datetime.date.fromisoformat(published)
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    if clock["half"]:
        hour = hour % 12 + (12 if clock["half"][0] in "pP" else 0) if hour <= 12 else 24
    elif clock["minute"] is None:
        return None  # (a number before a zone is no time without its minutes or 'p.m.')
    if hour > 23 or minute > 59:
        return None
    # (not CST, China's or Taiwan's time as often as America's Central)
    zone = _zone_offset(clock["zone"], clock["shift"], day)
    local = datetime.datetime.combine(day, datetime.time(hour, minute)) + datetime.timedelta(
        hours=_offset_on(place, day) - zone)
    return local.date().isoformat() if local.date() != day else None


# A stamp's label of the time it was changed, no time it was put out before it: 'Updated Nov. 22, 2019 10:58 am ET'.
_UPDATED_ONLY = re.compile(r"^(?!.*\b(?:Published|Posted|First published)\b).*\b(?:Updated|Modified|Edited)\b",
                           re.IGNORECASE)
# A time with its zone, as stamps print it: '6:12 PM CDT', '9:40 p.m. ET', '14:05 GMT+9', '0514 GMT'.
_ZONED_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?:(?:[:.]|(?=\d\d\s*(?:GMT|UTC)))(?P<minute>\d\d))?\s*(?P<half>[ap]\.?\s?m\.?)?\s*\(?"
    r"(?P<zone>KST|JST|HKT|SGT|GMT|UTC|BST|CEST|CET|AEST|AEDT|EST|EDT|ET|CDT|CT|MST|MDT|MT|PST|PDT|PT)(?![A-Za-z])"
    r"(?P<shift>\s*[+-]\s*\d{1,2}(?!\d))?(?!-)",
    re.IGNORECASE,
)
# Hours ahead of UTC: fixed zones; and the American zones named without saying whether summer time is on.
_ZONES = {"kst": 9, "jst": 9, "hkt": 8, "sgt": 8, "gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "aest": 10,
          "aedt": 11, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
          "pdt": -7}
_AMERICAN = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
# Hours ahead of UTC at the places stories about the region are filed from (American ones in winter).
_PLACE_OFFSETS = {
    **dict.fromkeys(("south korea", "north korea", "japan", "seoul", "pyongyang", "tokyo", "osaka", "nagoya", "busan",
                     "incheon", "panmunjom", "sapporo", "fukuoka", "okinawa", "daegu", "gwangju", "sejong"), 9),
    **dict.fromkeys(("china", "taiwan", "hong kong", "singapore", "philippines", "malaysia", "beijing", "shanghai",
                     "chengdu", "taipei", "manila", "kuala lumpur"), 8),
    **dict.fromkeys(("thailand", "vietnam", "bangkok", "hanoi", "jakarta"), 7),
    **dict.fromkeys(("washington", "new york"), -5),
    "honolulu": -10,
}
_SUMMER_TIME = frozenset({"washington", "new york"})


def _place_offset(place: str) -> str | None:
    """The key of `place` ('SEOUL, South Korea', 'Tokyo') among the known places' offsets, or None."""
    for part in place.split(","):
        key = " ".join(part.split()).casefold()
        if key in _PLACE_OFFSETS:
            return key
    return None


def _offset_on(place: str, day: datetime.date) -> float:
    return _PLACE_OFFSETS[place] + (place in _SUMMER_TIME and _american_summer(day))


def _zone_offset(zone: str, shift: str | None, day: datetime.date) -> float:
    key = zone.casefold()
    if key in _AMERICAN:
        return _AMERICAN[key] + _american_summer(day)
    return _ZONES[key] + (int(shift.replace(" ", "")) if shift and key in ("gmt", "utc") else 0)


def _american_summer(day: datetime.date) -> bool:
    """Whether summer time is on in the United States on `day`: from the second Sunday of March to the first of
    November."""
    march, november = datetime.date(day.year, 3, 8), datetime.date(day.year, 11, 1)
    start = march + datetime.timedelta(days=(6 - march.weekday()) % 7)
    end = november + datetime.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end
