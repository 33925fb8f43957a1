"""Find the date expressions of news English and resolve them to calendar dates.

Two steps, both pure:

- `find_dates(text)` reads a sentence or paragraph and returns every
  `DateExpression` in it: the words ('on Saturday', 'in August', 'Yesterday
  (Aug. 1)', 'Nov. 23, 2016', 'last year') and what they say, without
  resolving anything.
- `resolve(expression, context)` turns one expression into a `ResolvedDate`
  (ISO date at its precision, and the span of days it covers) using the
  publication date and the tense of the clause (`tense_at`). What needs the
  publication date resolves to None when it is unknown: a bare weekday, a
  month without a year, 'yesterday'. Nothing is invented.

Month and weekday names count only when written as names: capitalised, and a
bare month only after a word that introduces a date ('in', 'since', 'last',
'mid-' ...), so the verbs 'may' and 'march' and the name 'June Lee' are not
dates. Numeric stamps ('2019/08/02 11:20', '2019-08-23') are page metadata,
not prose, and are not read; neither are year spans ('1910-45').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .sentences import ATTRIBUTION_AFTER
from .tokens import lower_for_patterns

# --- Names -------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}

# Named days that are not the weekday of a date: 'Good Friday', 'Super Tuesday'.
WEEKDAY_NAME_PREFIXES = (
    "Good", "Black", "Super", "Ash", "Cyber", "Bloody", "Holy", "Maundy", "Easter",
    "Palm", "Giving", "Manic", "Blue",
)
# ... and names that start with one: 'The Sunday Times', 'Friday Prayers'.
WEEKDAY_NAME_SUFFIXES = (
    "Times", "Telegraph", "Herald", "Express", "Mirror", "Post", "Mail", "Star", "Night",
    "Prayer", "Prayers", "Mass", "Service", "School", "Club", "Show", "Review",
)

# --- Grammar -----------------------------------------------------------------

_MONTH_FULL_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_FULL = rf"(?:{_MONTH_FULL_NAMES})"
_MONTH_ABBR_NAMES = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_ABBR = rf"(?:{_MONTH_ABBR_NAMES})\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_NUMBER = rf"(?:{'|'.join(NUMBER_WORDS)}|\d{{1,2}})"

# Not inside a number, a numeric stamp or a span: no digit, separator-digit or
# span dash around the match.
_NOT_BEFORE = r"(?<![\d/.\-–])(?<!\d,)"
_NOT_AFTER = r"(?![\d]|[/.\-–]\d|\s*[-–]\s*\d|:\d)"

# The last day of a span of days, after its first: '4-5 December', 'Nov. 22–23'.
_SPAN_END = r"(?:[-–](?:3[01]|[12]\d|0?[1-9])\b)?"

# A calendar date as printed, by name. Every pattern is tried; where matches
# overlap the longest wins.
_CALENDAR_PATTERNS = (
    # Nov. 23, 2016 / June 28 2019 / October 31st / Dec. 4-5, 2019 (a span: its first day)
    ("mdy", rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_SPAN_END}(?:,\s*|\s+)(?P<year>{_YEAR})\b"
            rf"{_NOT_AFTER}"),
    # 22nd November, 2019 / 23 November 2019 / 17, Dec. 2019 / 4-5 December 2019
    ("dmy", rf"{_NOT_BEFORE}\b(?P<day>{_DAY}){_SPAN_END},?\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+"
            rf"(?P<year>{_YEAR})\b{_NOT_AFTER}"),
    # November 2016 / Nov. 2016 / November of 2016
    ("my", rf"\b(?P<month>{_MONTH})(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})\b{_NOT_AFTER}"),
    # Aug. 28 / Nov 23 / October 31st / Nov. 22-23 (a span: its first day) / November the 23rd (as said)
    # and the year counted from the publication's: 'Oct. 30 last year'
    ("md", rf"\b(?P<month>{_MONTH})\s+(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+(?:round|anniversary|time|meeting"
           rf"|session|edition|day|week|year|straight|consecutive)\b)))?(?P<day>{_DAY})\b{_SPAN_END}"
           rf"(?![\d]|[/.:]\d)(?!\s*(?:%|percent))"
           r"(?:\s+(?:of\s+)?(?P<year_offset>last|this|next)\s+year\b)?"),
    # 23 November / the 23rd of November / 17-18 November (a span: its first day)
    ("dm", rf"{_NOT_BEFORE}\b(?P<day>{_DAY}){_SPAN_END}\s+(?:of\s+)?"
           rf"(?P<month>{_MONTH_FULL})\b"
           r"(?:\s+(?:of\s+)?(?P<year_offset>last|this|next)\s+year\b)?"),
)

# Words after which a bare month name is a date ('in August', 'last June').
_MONTH_INTRODUCERS = (
    r"in|on|since|by|until|till|through|throughout|during|before|after|from|of|"
    r"last|next|this|early|mid|late|earlier|later|around|in\s+early|in\s+late|in\s+mid|"
    r"as\s+early\s+as|as\s+soon\s+as|as\s+late\s+as|"
    # ('dates back to October', 'goes all the way back to October', a time put off to: 'pushed back to December')
    r"(?:(?<=\bdate\s)|(?<=\bdates\s)|(?<=\bdated\s)|(?<=\bdating\s)|(?<=\bgoes\s)|(?<=\bgo\s)|(?<=\bwent\s)"
    r"|(?<=\bgoing\s)|(?<=\btraces\s)|(?<=\btraced\s)|(?<=\bway\s)|(?<=\bstretches\s)|(?<=\bstretched\s)"
    r"|(?<=\bpushed\s)|(?<=\bmoved\s)|(?<=\bput\s))back\s+to|"
    # a time something is set for ('a joint air exercise planned for December', 'talks slated for March'): the month
    # nearer the story's, whatever the verb ('The summit, planned for December, was held' in January is December's
    # before; 'Elections were scheduled for April' in November, April's to come)
    r"(?:(?<=\bplanned\s)|(?<=\bscheduled\s)|(?<=\bslated\s)|(?<=\bpencilled\s)|(?<=\bpenciled\s)"
    r"|(?<=\bset\s)|(?<=\bdue\s)|(?<=\bfixed\s)|(?<=\bearmarked\s))for"
)
_BARE_MONTH = (
    rf"\b(?P<intro>(?i:{_MONTH_INTRODUCERS}))(?:-|\s+)(?P<month>{_MONTH_FULL})\b"
    rf"(?!\s+{_DAY}\b)(?!,?\s+{_YEAR})(?!\s+of\s+{_YEAR})"
    # and the year counted from the publication's: 'in October last year', 'in March of next year'
    r"(?:\s+(?:of\s+)?(?P<year_offset>last|this|next)\s+year\b)?"
)

# A four-digit number is a count or a label, not a year, after these words
# ('Resolution 2094', 'No. 2016') or before these ('2000 troops', '2019 votes').
NUMBER_LABELS = (
    "Resolution", "resolution", "No.", "Nos.", "no.", "Article", "Flight", "flight", "Route",
    "Room", "Section", "Chapter", "Unit", "Model", "Code", "Highway", "number", "Number",
)
NUMBER_UNITS = (
    "%", "percent", "per cent", "people", "persons", "troops", "soldiers", "units", "won",
    "yen", "dollars", "euros", "km", "kilometers", "kilometres", "meters", "metres", "tons",
    "tonnes", "votes", "items", "cases", "workers", "times", "GMT", "UTC", "KST", "JST", "EST",
    "EDT", "hours", "hrs", "local",
)

_YEAR_ALONE = (
    rf"{_NOT_BEFORE}(?<!\$)\b(?P<year>{_YEAR})\b(?!s\b|'s\b|’s\b){_NOT_AFTER}"
    rf"(?!\s*(?:{'|'.join(re.escape(unit) for unit in NUMBER_UNITS)})\b)"
)
# A year in a name, after a capitalised word that is no month, season or word opening a phrase of time: 'at Tokyo
# 2020', 'the Aichi Triennale 2019 exhibition', 'Tokyo 2020 organizers said' (not 'In 2019', 'November 2019',
# 'Throughout 2019, ...', 'As 2018 drew to a close'); opening its sentence, a noun in small letters after the year.
_NAMED_YEAR = re.compile(
    r"(?P<opening>^|[.;:!?]\s+)?(?<![\w'’.-])(?!(?:In|On|By|Since|Until|From|For|After|Before|During|Through|Throughout"
    r"|Of|To|And|At|As|When|While|If|Once|Beyond|Over|Toward|Towards|Despite|Unlike|Past|Around|About|Between|Within"
    r"|Fiscal|Financial|Calendar|Academic|Starting|Beginning|Ending|Come"
    r"|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Last|Next|Every|Each|Early|Late|Mid|Summer|Spring|Autumn"
    r"|Fall|Winter|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+\s+$"
)
_NOUN_AFTER_YEAR = re.compile(r"\s+[a-z]+\b(?!\s+(?:to|the|a|an|on|in)\b)")
_NUMBER_LABEL = re.compile(rf"(?:{'|'.join(re.escape(label) for label in NUMBER_LABELS)})\s*$")

# Two years that bound a span name no happening: 'from 1910 to 1945'.
_YEAR_SPAN = re.compile(
    rf"\b(?:from|between)\s+({_YEAR})\s+(?:to|and|through|until|till)\s+({_YEAR})\b",
    re.IGNORECASE,
)

_BRACKETED = (
    rf"\s*\((?P<bmonth>{_MONTH})\s+(?P<bday>{_DAY})(?:,\s*(?P<byear>{_YEAR}))?\)"
)
_WEEKDAY_DATE = (
    rf"(?:,\s*(?P<cmonth>{_MONTH})\s+(?P<cday>{_DAY})(?:,\s*(?P<cyear>{_YEAR}))?\b{_NOT_AFTER})"
    # and the day before the month: 'Saturday, 23 November', 'Saturday 23 November 2019'
    rf"|(?:,?\s+(?P<dday>{_DAY})\s+(?P<dmonth>{_MONTH})(?:,?\s+(?P<dyear>{_YEAR}))?\b{_NOT_AFTER})"
)

_WEEKDAY_PATTERN = (
    rf"\b(?:(?P<modifier>(?i:last|next|this|coming|past))\s+)?"
    rf"(?:(?P<qualifier>(?i:late|early|earlier|later|midnight|noon))\s+(?:on\s+)?)?"
    rf"(?P<weekday>{_WEEKDAY})(?P<possessive>['’]s)?(?!s\b)"
    rf"(?:\s+{_PART_OF_DAY}\b)?"
    rf"(?:{_BRACKETED}|{_WEEKDAY_DATE}"
    # ... of the week before or after this one: 'on Thursday last week', 'on Monday of next week'.
    rf"|\s+(?:of\s+)?(?P<week>(?i:last|next))\s+week\b)?"
)

_SPAN_PART = r"\b(?:(?P<part>(?i:earlier|later|early|late))\s+)?"

# A part of a day named after 'the same', 'the following', 'the previous'.
_DAY_PART = r"(?:morning|afternoon|evening|night)"

# What opens a happening named after 'the day after' or 'the day before': a determiner, a name, or
# a verb's '-ing' form ('the day after announcing the decision'; not 'during', 'according to').
_HAPPENING = (
    r"(?:the|a|an|his|her|its|their|this|that|these|those)\b|[A-Z]"
    r"|(?!(?:during|according|morning|evening|nothing|something|following|including|regarding|concerning)\b)"
    r"[a-z]{2,}ing\b"
)

_SPANS_ON = (
    rf"\b(?P<count>(?i:{_NUMBER}))\s+(?P<unit>(?i:months?|years?))\s+(?P<part>(?i:later|earlier))\b(?!\s+than)"
)

# Words that count from the publication day (or from the day just told):
# (pattern, kind, offset, word, screen); an offset of None comes from the
# 'last'/'next' word. `word` is in every match, in lower case: without it in
# the text the pattern is not tried (most sentences have none of these words).
# Where `word` is common ('this', 'day', 'week'), `screen` (searched in the
# text in lower case, see lower_for_patterns) holds the words every match
# needs in a row: it opens with a literal, so it is searched many times faster
# than the pattern, which opens with '\b' and a case-blind group.
_RELATIVE_PATTERNS = (
    (rf"\b(?i:yesterday)(?P<possessive>['’]s)?(?:{_BRACKETED})?", "day", -1, "yesterday", None),
    (rf"\b(?i:today)(?P<possessive>['’]s)?(?:{_BRACKETED})?", "day", 0, "today", None),
    (rf"\b(?i:tonight)(?:{_BRACKETED})?", "day", 0, "tonight", None),
    (rf"\b(?i:tomorrow)(?P<possessive>['’]s)?(?:{_BRACKETED})?", "day", 1, "tomorrow", None),
    (rf"\b(?i:this)\s+{_PART_OF_DAY}\b(?:{_BRACKETED})?", "day", 0, "this",
     rf"this\s+{_PART_OF_DAY}"),
    (r"\b(?i:last)\s+night\b", "day", -1, "night", r"last\s+night"),
    (r"\b(?i:the\s+day\s+before\s+yesterday)\b", "day", -2, "yesterday", None),
    (r"\b(?i:the\s+day\s+after\s+tomorrow)\b", "day", 2, "tomorrow", None),
    (rf"(?<!-)\b(?P<count>(?i:{_NUMBER}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b",
     "ago", None, "ago", r"(?:day|week|month|year)s?\s+ago"),
    # ... to the day: 'Five years ago today', 'A year ago today' (not the last word of a number: 'Seventy-four years
    # ago today', which none of these reads).
    (rf"(?<!-)\b(?P<count>(?i:{_NUMBER}|a|one))\s+(?i:years?\s+ago\s+today)\b(?!['’])",
     "years-ago-today", None, "ago", r"years?\s+ago\s+today"),
    # ... to a weekday's: 'A year ago Wednesday', 'One year ago on Wednesday' (that weekday of the publication's
    # week, so many years before).
    (rf"(?<!-)\b(?P<count>(?i:{_NUMBER}|a|one))\s+(?i:years?\s+ago)\s+(?:(?i:on)\s+)?(?P<weekday>{_WEEKDAY})\b",
     "years-ago-weekday", None, "ago", r"years?\s+ago\s+(?:on\s+)?[a-z]+day\b"),
    # ... and counted ahead: 'Three days from now', "in two days' time".
    (rf"(?<!-)\b(?P<count>(?i:{_NUMBER}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:from\s+now)\b",
     "from-now", None, "now", r"(?:day|week|month|year)s?\s+from\s+now"),
    (rf"\b(?i:in)\s+(?P<count>(?i:{_NUMBER}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))['’]?\s+(?i:time)\b",
     "from-now", None, "time", r"(?:day|week|month|year)s?['’]?\s+time"),
    (r"\b(?P<part>(?i:earlier|later))\s+(?i:this\s+week)\b", "week", 0, "week",
     r"(?:earlier|later)\s+this\s+week"),
    (r"\b(?i:this\s+week)\b(?!['’]s)", "week", 0, "week", r"this\s+week"),
    (r"\b(?P<modifier>(?i:last|next))\s+week\b(?P<possessive>['’]s)?", "week", None, "week",
     r"(?:last|next)\s+week"),
    (r"\b(?P<modifier>(?i:this|last))\s+weekend\b", "weekend", None, "week",
     r"(?:this|last)\s+weekend"),
    # 'over the weekend': the one just gone in a past clause, else the coming one.
    (r"\b(?i:over|during)\s+the\s+weekend\b", "weekend", 0, "week", r"(?:over|during)\s+the\s+weekend"),
    (rf"{_SPAN_PART}(?P<modifier>(?i:this|last|next))\s+month\b(?P<possessive>['’]s)?", "month", None, "month",
     r"(?:this|last|next)\s+month"),
    (rf"{_SPAN_PART}(?P<modifier>(?i:this|last|next))\s+year\b(?P<possessive>['’]s)?", "year", None, "year",
     r"(?:this|last|next)\s+year"),
    # A season gone or to come: 'next spring', 'last summer' (winter runs into the next year).
    # (not a fall in numbers: 'the next fall in exports', 'the last fall of that size')
    (r"\b(?P<modifier>(?i:last|next))\s+(?P<season>(?i:spring|summer|autumn|fall(?!\s+(?:in|of)\s+[a-z])))\b",
     "season", None, "",
     r"(?:last|next)\s+(?:spring|summer|autumn|fall)\b"),
    # 'by the end of the year' (its last month, see `_relative`), 'at the end of this month' (what is left of it).
    (r"\b(?i:the\s+(?P<part>end)\s+of\s+(?:the|this)\s+year)\b", "year", 0, "end",
     r"end\s+of\s+(?:the|this)\s+year"),
    (r"\b(?i:year[- ](?P<part>end))\b(?![- ]\w)", "year", 0, "year", r"year[- ]end"),
    (r"\b(?i:the\s+(?P<part>end)\s+of\s+(?:the|this)\s+month)\b", "month", 0, "end",
     r"end\s+of\s+(?:the|this)\s+month"),
    (r"\b(?P<part>(?i:earlier|later))\s+(?i:in\s+the\s+day)\b", "same-day", 0, "day",
     r"(?:earlier|later)\s+in\s+the\s+day"),
    # ... and a part of it: 'earlier in the afternoon' (not before a day of its own: 'Later in the afternoon
    # of Aug. 22').
    (rf"\b(?P<part>(?i:earlier|later))\s+(?i:in\s+the\s+{_DAY_PART})\b(?!\s+(?:of|on)\s)",
     "same-day", 0, "in the ", rf"(?:earlier|later)\s+in\s+the\s+{_DAY_PART}"),
    # ... but 'earlier today' is the day of publication, whatever day was told before it.
    (r"\b(?P<part>(?i:earlier|later))\s+(?i:today)\b", "day", 0, "today", None),
    (r"\b(?:(?i:earlier|later)\s+)?(?i:that\s+(?:same\s+)?day|(?:on\s+)?the\s+same\s+day)\b", "that-day", 0, "day",
     r"(?:that|same)\s+day"),
    # Not 'the day after the U.S. urged them', 'the day before Seoul's announcement': a day
    # counted from a happening, whose date is not told there.
    (r"\b(?:(?i:the\s+(?:previous|preceding)\s+day)|(?i:the\s+day\s+before)(?!\s+(?:(?i:yesterday)\b|"
     + _HAPPENING + r")))\b", "that-day", -1, "day", r"(?:previous|preceding)\s+day|day\s+before"),
    (r"\b(?:(?i:the\s+(?:next|following)\s+day)|(?i:the\s+day\s+after)(?!\s+(?:(?i:tomorrow)\b|"
     + _HAPPENING + r")))\b", "that-day", 1, "day", r"(?:next|following)\s+day|day\s+after"),
    # A part of the day just told, or of the one after or before it: 'the same evening', 'the following
    # morning', 'late the previous night', 'the night before'.
    (rf"\b(?i:(?:the|that)\s+same\s+{_DAY_PART})\b", "that-day", 0, "same", rf"same\s+{_DAY_PART}"),
    # 'paid a courtesy call on Moon that afternoon' (not 'said that morning talks were ...').
    (rf"\b(?i:that\s+{_DAY_PART})\b(?=\s*[,.;:)]|\s*$|\s+(?:with|in|at|to|and|for|as|when|after|before|on|by)\b)",
     "that-day", 0, "that", rf"that\s+{_DAY_PART}"),
    (rf"\b(?i:the\s+(?:next|following)\s+{_DAY_PART})\b", "that-day", 1, "the",
     rf"(?:next|following)\s+{_DAY_PART}"),
    # (not 'for the night before returning to Cheong Wa Dae')
    (rf"\b(?i:the\s+(?:previous|preceding)\s+{_DAY_PART}|the\s+night\s+before)\b(?!\s+(?:(?i:yesterday)\b|[a-z]+ing\b|"
     + _HAPPENING + r"))", "that-day", -1, "the", rf"(?:previous|preceding)\s+{_DAY_PART}|night\s+before"),
    # A day of the month alone, as Korean news in English writes it: 'on the 16th', 'the 22nd of
    # last month', 'On the 17th I held'; not an ordinal before its noun ('the 20th century', 'the 2nd Infantry
    # Division').
    # (without 'the' after 'on', or in brackets after the day it dates: 'on 22nd of last month', 'On the previous day
    # (23rd)')
    (r"(?:\b(?i:the)\s+|(?<=\b[Oo]n\s)|(?<=\())(?P<dom>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!-[A-Za-z])"
     r"(?:\s+(?i:of\s+(?P<modifier>this|last|next)\s+month\b))?"
     r"(?!\s+(?!(?:and|or|to|at|in|when|as|after|before|local|that|which|with|from|for|until|amid|I|we|he|she"
     r"|they)\b)[A-Za-z])",
     "day-of-month", None, "", r"(?:the\s+|on\s+|\()\d"),
    # 'later that month', 'the same month': the month just told in the paragraph.
    (r"\b(?i:(?:earlier|later)\s+(?:that|the\s+same)\s+month|(?:that|the)\s+same\s+month)\b(?!['’])", "that-month",
     0, "month", r"(?:that|same)\s+month"),
    # 'the following year', 'the previous month': counted from the month or year just told in the paragraph.
    (r"\b(?i:the\s+(?P<modifier>following|previous|preceding)\s+(?P<unit>year|month))\b", "that-span", None,
     "the", r"(?:following|previous|preceding)\s+(?:year|month)"),
    # 'three months later', 'a year earlier': counted from the month or year just told in the paragraph
    # (the pattern twice, for each word a match holds).
    *((_SPANS_ON, "spans-on", None, word, rf"(?:month|year)s?\s+{word}") for word in ("later", "earlier")),
    # 'Hours later', 'a few minutes later': the day of the happening just told (not 'hours later than planned').
    (r"\b(?:(?i:(?:just|only|a\s+few|several|some|a\s+couple\s+of)\s+))?(?P<part>(?i:hours|minutes))\s+(?i:later)\b"
     r"(?!\s+than)", "that-day", 0, "later", r"(?:hours|minutes)\s+later"),
    # ... and 'Within hours, Tokyo denied it', opening a sentence (not 'a decision is expected within hours').
    (r"(?:^|(?<=[.!?]\s))Within\s+(?:the\s+)?(?P<part>hours?|minutes?)\b(?=,)", "that-day", 0, "within",
     r"within\s+(?:the\s+)?(?:hours?|minutes?)"),
    # 'Two days later', 'a day earlier': counted from the day just told.
    # ... or weeks: 'Three weeks later', 'a week earlier' (the pattern once for each word a match holds).
    *((rf"\b(?P<count>(?i:{_NUMBER}))\s+(?P<unit>(?i:{unit}s?))\s+(?P<part>(?i:later|earlier))\b(?!\s+than)",
       "days-on", None, unit, rf"{unit}s?\s+(?:later|earlier)") for unit in ("day", "week")),
)

# Prepositions that belong to the expression: 'on Saturday', 'effective Aug. 28'.
# Lower case only, or capitalised at the start of the text: in 'Moon Jae In next
# week', 'In' is part of a name.
_LEADING_WORDS = r"on|in|at|since|by|until|till|from|effective|during|through|of"
_LEADING_WORD = re.compile(rf"\b(?:{_LEADING_WORDS})\s+$")
_LEADING_WORD_AT_START = re.compile(rf"^\s*((?i:{_LEADING_WORDS}))\s+$")

_CALENDAR = tuple((name, re.compile(pattern)) for name, pattern in _CALENDAR_PATTERNS)
_MONTH_NAME = re.compile(_BARE_MONTH)
_LISTED_MONTH_YEAR = re.compile(
    rf"\s+(?:and|or)\s+(?P<month>{_MONTH_FULL_NAMES})\s+"
    rf"(?:(?:of\s+)?(?P<year_offset>last|this|next)\s+year\b|(?P<year>{_YEAR})\b)"
)
# ... and after a month counted from this one: 'last October and November'.
_LISTED_MONTH = re.compile(rf"\s+(?:and|or)\s+(?P<month>{_MONTH_FULL_NAMES})\b(?!\s+{_DAY}\b)(?!,?\s+{_YEAR})")
# 'reversed course that November.', 'an election that November, and': the month ends the clause (not 'fear
# that November will bring', where 'that' opens a clause, nor 'that November's').
_THAT_MONTH = re.compile(
    rf"\b[Tt]hat\s+(?P<month>{_MONTH_FULL})\b(?!\s+{_DAY}\b)(?!,?\s+{_YEAR})"
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|but|when|as|after|before|while|with|in|at)\b)"
)
_LONE_YEAR = re.compile(_YEAR_ALONE)
_WEEKDAY_NAME = re.compile(_WEEKDAY_PATTERN)
_RELATIVE = tuple(
    (re.compile(pattern), kind, offset, word, re.compile(screen) if screen else None)
    for pattern, kind, offset, word, screen in _RELATIVE_PATTERNS
)

# Cheap tests that skip patterns which cannot match: every calendar date and
# bare month has a month name, full or short, that no letter or digit follows
# ('Mar.', 'March', not 'Marine'), every lone year its digits, every
# weekday 'day' and its capitalised name (a pattern that opens with a name is
# searched fast; the full weekday pattern opens with its optional modifier).
# One flat alternation of literals: the engine then skips to the letters that open one.
_MONTH_WORD = re.compile(rf"(?:{_MONTH_FULL_NAMES}|{_MONTH_ABBR_NAMES})(?!\w)")
_YEAR_DIGITS = re.compile(_YEAR)
_WEEKDAY_WORD = re.compile(_WEEKDAY)
# What else a calendar pattern needs (by name): a year's digits, or a month
# named in full; a bare month after its introducer needs that too. The
# patterns that open with a day's digits are slow to search in any text.
_FULL_MONTH_WORD = re.compile(rf"(?:{_MONTH_FULL_NAMES})(?!\w)")
_CALENDAR_NEEDS = {"mdy": _YEAR_DIGITS, "dmy": _YEAR_DIGITS, "my": _YEAR_DIGITS, "dm": _FULL_MONTH_WORD}

MODIFIER_OFFSETS = {"last": -1, "past": -1, "this": 0, "coming": 1, "next": 1}
# ... and from the month or year just told: 'the following year', 'the previous month'.
_SPAN_OFFSETS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


@dataclass(frozen=True)
class DateExpression:
    """Words in a text that name a date, and what they say about it.

    `start`/`end` are character offsets into the text searched and `text` is
    `text[start:end]`. `kind` says how to read the other fields:

    - 'calendar': `year`, `month`, `day` as printed (absent parts None);
      `offset` -1/+1 for 'last June'/'next June'; `part` 'early'|'mid'|'late'.
    - 'day-of-month': `day` in the month `offset` months from the publication's
      ('the 22nd of last month': -1), or None when no month is said ('on the 16th').
    - 'month-of-year': `month` (and `day`, if said) in the year `offset` years from
      the publication's ('in October last year', 'Oct. 30 last year': -1); `part` as for 'calendar'.
    - 'weekday': `weekday` (0 = Monday); `offset` -1 'last', 0 'this',
      +1 'next'/'coming', None when bare; `part` 'earlier'|'later' when said.
      A bracketed or appended date ('Friday (Aug. 2)') fills year/month/day.
    - 'weekday-of-week': `weekday` of the week `offset` weeks from the publication's ('Thursday last
      week': -1, 'Monday of next week': +1).
    - 'season': `month` its first, `offset` -1 for the one gone ('last summer'), +1 for the coming one.
    - 'day', 'week', 'weekend', 'month', 'year': `offset` in that unit from
      the publication date ('yesterday' -1, 'next week' +1, 'last year' -1);
      `part` 'earlier'|'later'|'early'|'late' narrows the span.
    - 'years-ago-today': the publication's day `offset` years from it ('Five years ago today': -5).
    - 'years-ago-weekday': the day `offset` years before the `weekday` last come by the publication's day ('A year
      ago Wednesday': -1).
    - 'same-day': the day of the happening told just before (in the paragraph, else
      before it), else the publication date ('later in the day').
    - 'that-day': the day of the last happening told before it, moved by
      `offset` days ('that day', 'the next day').
    - 'that-month', 'that-year': the month or year of the last happening told
      before it in its paragraph, moved by `offset` ('the following year').
    - 'that-year-month': `month` in the year of the last happening told before it
      in its paragraph (for 'that year' in the text: 'in August that year'), moved by
      `offset` ('in July of the following year').
    - 'that-month', 'that-year' also count on: 'three months later', 'a year earlier'.

    `possessive` is True for "Monday's talks": the words name a happening
    already told rather than a new one.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    part: str | None = None
    possessive: bool = False

    @property
    def deictic(self) -> bool:
        """True when the words count days from the moment of speaking ('today', 'on Monday')."""
        return self.kind in (
            "weekday", "weekday-of-week", "day", "week", "weekend", "same-day", "that-day"
        ) and self.day is None

    @property
    def frame(self) -> bool:
        """True for bare 'this month': mostly a time frame ('has met twice this month',
        'free articles this month'), a date only for what happened in it ('visited Seoul this month')."""
        return self.kind == "month" and self.offset == 0 and self.part is None

    @property
    def vague(self) -> bool:
        """True when the words name a span around a date rather than the date itself."""
        return self.kind in ("week", "weekend") or (self.kind == "month" and self.part is not None)


@dataclass(frozen=True)
class ResolvedDate:
    """A date at its precision: `iso` ('2019-11-23', '2019-08', '2016') and the days it covers."""

    iso: str
    precision: str  # 'day' | 'month' | 'year'
    first: date
    last: date

    def covers(self, other: ResolvedDate) -> bool:
        return self.first <= other.first and other.last <= self.last


@dataclass(frozen=True)
class Context:
    """What resolving an expression may lean on.

    `published` is the publication date; `tense` the tense of the clause
    ('past' | 'future' | None); `previous_in_paragraph` and `previous_in_text`
    the day of the last day-precise happening told before the expression; `previous_span` the
    date of the last happening told before it in its paragraph, at any precision ('signed in
    November 2016 ... impeached the following year'), and `previous_span_in_text` the first told
    in the last paragraph before that told one, what it tells of (for 'that year': 'sank to a low in
    2019 after court rulings in 2018. ... decided in August that year'); `story_day` the day the lead (or a
    paragraph just after it) tells of
    ('held talks in Chengdu on Tuesday'), which 'earlier in the day' goes on with where no
    day is told just before;
    `year` the year a heading above sets for a day or month written without
    one (a chronology's '2016' over 'Nov. 23 -- Japan and South Korea sign GSOMIA'); `previous_told`
    the day of the last happening told before the expression, in its paragraph or the one before, that
    is no time to come.
    """

    published: date | None = None
    tense: str | None = None
    previous_in_paragraph: date | None = None
    previous_in_text: date | None = None
    year: int | None = None
    previous_span: ResolvedDate | None = None
    story_day: date | None = None
    previous_span_in_text: ResolvedDate | None = None
    previous_told: date | None = None


# --- Finding -----------------------------------------------------------------


# A month in capitals beside a number, as commentaries open ('ON 22 NOVEMBER 2019'): read as the
# month written in small letters ('MAY' alone stays a word in capitals).
_CAPITAL_MONTH_NAMES = (
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    "|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC"
)
_CAPITAL_MONTH = re.compile(rf"\b(?:{_CAPITAL_MONTH_NAMES})\b(?=\.?\s+\d)|(?<=\d\s)(?:{_CAPITAL_MONTH_NAMES})\b")


def find_dates(text: str) -> tuple[DateExpression, ...]:
    """Every date expression in `text`, in order, none overlapping (the longest wins); a month in
    capitals beside a number too ('22 NOVEMBER 2019'), its words as written."""
    if _CAPITAL_MONTH.search(text) is None:
        return _find_dates(text)
    read = _CAPITAL_MONTH.sub(lambda m: m.group().capitalize(), text)
    return tuple(replace(e, text=text[e.start:e.end]) for e in _find_dates(read))


def _find_dates(text: str) -> tuple[DateExpression, ...]:
    found: list[DateExpression] = []
    if _MONTH_WORD.search(text):
        has = {screen: screen.search(text) is not None for screen in (_YEAR_DIGITS, _FULL_MONTH_WORD)}
        for name, pattern in _CALENDAR:
            if name in _CALENDAR_NEEDS and not has[_CALENDAR_NEEDS[name]]:
                continue
            for match in pattern.finditer(text):
                found.append(_calendar(text, match))
                groups = match.groupdict()
                that_year = None if groups.get("year") or not groups.get("day") else _THAT_YEAR.match(text, match.end())
                if that_year:  # 'on Nov. 22 that year': of the year just told
                    found.append(_expression(text, match.start(), that_year.end(), "that-year-month",
                                             month=_month_number(groups["month"]), day=_day_number(groups["day"]),
                                             offset=_SPAN_OFFSETS.get(that_year["modifier"], 0)))
        if has[_FULL_MONTH_WORD]:
            for match in _THAT_MONTH.finditer(text):  # 'reversed course that November': of the year just told
                found.append(_expression(text, match.start(), match.end(), "that-year-month",
                                         month=_month_number(match["month"]), offset=0))
            for match in _MONTH_NAME.finditer(text):
                listed = None if match["year_offset"] else _LISTED_MONTH_YEAR.match(text, match.end())
                found.append(_month_name(text, match, listed))
                if listed and listed["year_offset"]:  # the month listed after it: 'in October and November last year'
                    found.append(_expression(text, listed.start("month"), listed.end(), "month-of-year",
                                             month=_month_number(listed["month"]),
                                             offset=MODIFIER_OFFSETS[listed["year_offset"]]))
                intro = match["intro"].lower()
                that_year = None if listed or match["year_offset"] else _THAT_YEAR.match(text, match.end())
                if that_year:  # 'in August that year', 'in July of the following year': of the year just told
                    found.append(_expression(text, match.start("month"), that_year.end(), "that-year-month",
                                             month=_month_number(match["month"]),
                                             offset=_SPAN_OFFSETS.get(that_year["modifier"], 0)))
                if not listed and not match["year_offset"] and intro in ("last", "next", "in"):
                    # the month listed after it: 'last October and November', 'in January and September'
                    also = _LISTED_MONTH.match(text, match.end())
                    if also:
                        found.append(_expression(text, also.start("month"), also.end("month"), "calendar",
                                                 month=_month_number(also["month"]),
                                                 offset=MODIFIER_OFFSETS.get(intro)))
    if _YEAR_DIGITS.search(text):
        spans = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(text)]
        for match in _LONE_YEAR.finditer(text):
            if _NUMBER_LABEL.search(text[:match.start()]):
                continue
            named = _NAMED_YEAR.search(text, 0, match.start())
            if named and (named["opening"] is None or _NOUN_AFTER_YEAR.match(text, match.end())):
                continue
            if any(start <= match.start() < end for start, end in spans):
                continue
            found.append(_expression(text, match.start(), match.end(), "calendar",
                                     year=int(match["year"])))
    if "day" in text and _WEEKDAY_WORD.search(text):
        for match in _WEEKDAY_NAME.finditer(text):
            expression = _weekday(text, match)
            if expression:
                found.append(expression)
    folded = lower_for_patterns(text)
    for pattern, kind, offset, word, screen in _RELATIVE:
        if word not in folded or (screen is not None and not screen.search(folded)):
            continue
        for match in pattern.finditer(text):
            expression = _relative(text, match, kind, offset)
            if expression:
                found.append(expression)
    if "Liberation Day" in text:
        found.extend(_named_days(text, found))
    # 'the pre-July 1 state', 'post-2016': a state before or after the date, not a happening on it.
    return _longest_first([e for e in found if not _PRE_OR_POST.search(text, 0, e.start)])


def _named_days(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """Korea's Liberation Day as Aug. 15 ('in his Liberation Day speech last week', "last year's Liberation Day
    speech", 'on Liberation Day in 2017'), where the sentence tells neither that day nor a year apart ('Last year,
    Moon offered dialogue in his Liberation Day speech', 'on Aug. 15, 1945, a date celebrated as Liberation Day')."""
    days = list(_NAMED_DAY.finditer(text))
    others = [e for e in found if not any(e.start < day.end() and day.start() < e.end for day in days)]
    if any((e.month == 8 and e.day == 15) or e.kind in ("year", "month-of-year") for e in others):
        return []
    return [
        _expression(text, day.start(), day.end(), "month-of-year", month=8, day=15,
                    offset=MODIFIER_OFFSETS[day["which"].lower()])
        if day["which"] else _expression(text, day.start(), day.end(), "calendar",
                                         year=int(day["year"]) if day["year"] else None, month=8, day=15)
        for day in days
    ]


_PRE_OR_POST = re.compile(r"\b(?i:pre|post)-$")
_AGO_BEFORE = re.compile(r"\b(?i:years?|months?)\s+ago\s+$")
# A day named for what it marks, with the year or the week or month it fell in: 'Liberation Day last week'.
_NAMED_DAY = re.compile(
    r"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+year['’]s\s+)?(?:National\s+)?Liberation\s+Day"
    r"(?:\s+(?:speech|address|ceremony))?(?:\s+(?:last|this|next)\s+(?:week|month)|\s+(?:in|of)\s+(?P<year>\d{4}))?"
)
_THAT_YEAR = re.compile(
    r"\s+(?:of\s+)?(?:that|the\s+same|the\s+(?P<modifier>following|next|previous|preceding))\s+year\b"
)


def _longest_first(found: list[DateExpression]) -> tuple[DateExpression, ...]:
    chosen: list[DateExpression] = []
    for expression in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expression.end <= c.start or expression.start >= c.end for c in chosen):
            chosen.append(expression)
    return tuple(sorted(chosen, key=lambda e: e.start))


def _expression(text: str, start: int, end: int, kind: str, **fields) -> DateExpression:
    start = _with_leading_word(text, start)
    return DateExpression(start=start, end=end, text=text[start:end], kind=kind, **fields)


def _with_leading_word(text: str, start: int) -> int:
    """`start` moved back over a preposition that belongs to the date ('on Saturday')."""
    window = max(0, start - 16)
    lead = _LEADING_WORD.search(text, window, start)
    # Not the end of a hyphenated name: 'Moon Jae-in in December'.
    if lead and (lead.start() == 0 or not (text[lead.start() - 1].isalnum() or text[lead.start() - 1] == "-")):
        return lead.start()
    lead = _LEADING_WORD_AT_START.match(text, 0, start)
    return lead.start(1) if lead else start


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _calendar(text: str, match: re.Match) -> DateExpression:
    groups = match.groupdict()
    if groups.get("year_offset"):
        return _expression(text, match.start(), match.end(), "month-of-year", month=_month_number(groups["month"]),
                           day=_day_number(groups["day"]), offset=MODIFIER_OFFSETS[groups["year_offset"]])
    return _expression(
        text, match.start(), match.end(), "calendar",
        year=int(groups["year"]) if groups.get("year") else None,
        month=_month_number(groups["month"]),
        day=_day_number(groups["day"]) if groups.get("day") else None,
    )


def _month_name(text: str, match: re.Match, listed: re.Match | None) -> DateExpression:
    """A month named without day or year; the introducing word stays in the words ('in August').
    A year said after the next month listed (`listed`, see _LISTED_MONTH_YEAR) is this one's too:
    'in October and November last year'."""
    intro = match["intro"].lower().split()[-1]
    part = intro if intro in ("early", "mid", "late") else None
    if listed and listed["year"]:  # 'in October and November 2018'
        return _expression(text, match.start(), match.end(), "calendar", year=int(listed["year"]),
                           month=_month_number(match["month"]), part=part)
    year_offset = match["year_offset"] or (listed["year_offset"] if listed else None)
    if year_offset:
        return _expression(text, match.start(), match.end(), "month-of-year", month=_month_number(match["month"]),
                           offset=MODIFIER_OFFSETS[year_offset], part=part)
    return _expression(text, match.start(), match.end(), "calendar",
                       month=_month_number(match["month"]),
                       offset=MODIFIER_OFFSETS.get(intro), part=part)


_ZONE_AFTER = re.compile(
    r"\s+(?:GMT|UTC)\b|\s+(?:ET|EST|EDT|PT|PST|PDT|(?:Eastern|Pacific|Washington|U\.S\.)\s+time)\s*\)"
)
# ... or in brackets after the clock and its zone: '(1500 GMT Friday)', '(10 a.m. EST Friday)', '(2145 GMT and 2202 GMT
# Friday)'.
_ZONE_BEFORE = re.compile(r"\([^()]{0,30}\b(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT)\s+(?:on\s+)?$")

# Words before a weekday that name no day in particular.
_ANY_DAY = frozenset({"a", "an", "every", "each", "any"})
# ... but a day that names one happening: 'said at a Friday briefing', 'in a Tuesday statement'.
_HAPPENING_AFTER = re.compile(
    r"\s+(?:(?:news|press)\s+conference|briefing|statement|meeting|phone\s+call|call|speech|vote|session"
    r"|announcement|interview|hearing|rally|decision|ceremony|launch|deadline)\b"
)
# ... not one held week after week, its sentence says: 'has held a Saturday rally outside the embassy every week',
# 'held a Saturday rally, as they do each week'.
_RECURRING = re.compile(r"\b(?:every|each)\s+(?:week|[A-Z][a-z]+day)\b|\bweekly\b|\bweeks?\s+after\s+weeks?\b")
# A span counted from the day named after it: 'a week from today', 'three days from tomorrow'.
_COUNTED_FROM = re.compile(r"\b(?i:days?|weeks?|months?|years?)\s+(?i:from)\s+$")


def _weekday(text: str, match: re.Match) -> DateExpression | None:
    before = text[:match.start("weekday")].split()
    if before and before[-1] in WEEKDAY_NAME_PREFIXES:
        return None
    if (before and before[-1].lower() in _ANY_DAY and not match["modifier"]
            and not (before[-1].lower() in ("a", "an") and _HAPPENING_AFTER.match(text, match.end())
                     and not _RECURRING.search(text))):
        return None  # 'falls on a Saturday', 'every Monday': no day in particular
    following = re.match(r"\s+([A-Z][a-z]+)", text[match.end("weekday"):])
    if following and following.group(1) in WEEKDAY_NAME_SUFFIXES:
        return None
    if _ZONE_AFTER.match(text, match.end("weekday")) or _ZONE_BEFORE.search(text, 0, match.start("weekday")):
        return None  # the same moment in another zone: '12 a.m. Tuesday (3 p.m. Monday GMT)', '(10 a.m. Friday ET)'
    modifier = (match["modifier"] or "").lower() or None
    qualifier = (match["qualifier"] or "").lower() or None
    if match["week"]:
        if modifier:
            return None  # 'last Thursday next week': no such day
        return _expression(text, match.start(), match.end(), "weekday-of-week",
                           weekday=WEEKDAYS[match["weekday"].lower()], offset=MODIFIER_OFFSETS[match["week"].lower()])
    fields = dict(weekday=WEEKDAYS[match["weekday"].lower()],
                  offset=MODIFIER_OFFSETS.get(modifier) if modifier else None,
                  part=qualifier if qualifier in ("earlier", "later") else None,
                  possessive=bool(match["possessive"]))
    pinned = _pinned(match)
    if pinned:
        fields.update(pinned)
    return _expression(text, match.start(), match.end(), "weekday", **fields)


def _pinned(match: re.Match) -> dict:
    """The absolute date that pins a relative word: 'Friday (Aug. 2)', 'Thursday, Aug. 22'."""
    groups = match.groupdict()
    for prefix in ("b", "c", "d"):
        if groups.get(prefix + "month"):
            year = groups.get(prefix + "year")
            return dict(month=_month_number(groups[prefix + "month"]),
                        day=_day_number(groups[prefix + "day"]),
                        year=int(year) if year else None)
    return {}


def _relative(text: str, match: re.Match, kind: str, offset: int | None) -> DateExpression | None:
    if kind in ("week", "month") and _AGO_BEFORE.search(text, 0, match.start()):
        return None  # a week or month of another year: 'A year ago this week, on 22 August 2019, ...'
    groups = match.groupdict()
    part = (groups.get("part") or "").lower() or None
    if part == "end" and kind == "year":
        # 'by the end of the year', 'by year-end': its last month.
        return _expression(text, match.start(), match.end(), "month-of-year", month=12, offset=0)
    if part == "end":
        part = "later"  # 'the end of the month' is what is left of it
    modifier = (groups.get("modifier") or "").lower() or None
    possessive = bool(groups.get("possessive"))
    if kind in ("years-ago-today", "years-ago-weekday"):
        count = groups["count"].lower()
        offset = -(NUMBER_WORDS.get(count) or (1 if count in ("a", "one") else int(count)))
        if kind == "years-ago-weekday":
            # (not a figure compared with one a year before, nor a count of years that is about so many, nor a
            # weekday with its date after it: 'fell 20 percent from a year ago on Monday', 'nearly four years ago on
            # Thursday', 'A year ago on Friday, Aug. 2')
            if _YEARS_AGO_ROUGHLY.search(text, max(0, match.start() - 30), match.start()) or _DATE_AFTER.match(
                    text, match.end()):
                return None
            return _expression(text, match.start(), match.end(), kind, weekday=WEEKDAYS[groups["weekday"].lower()],
                               offset=offset)
    elif kind in ("ago", "from-now"):
        ahead = kind == "from-now"
        kind = groups["unit"].lower().removesuffix("s")
        if kind == "week":
            return None  # 'two weeks ago' names no day a reader can pin.
        count = groups["count"].lower()
        offset = (NUMBER_WORDS.get(count) or int(count)) * (1 if ahead else -1)
    elif kind == "that-span":
        kind = "that-" + groups["unit"].lower()
        offset = _SPAN_OFFSETS[modifier]
        modifier = None
    elif kind == "spans-on":
        if _SPAN_COMPARED.search(text, max(0, match.start() - 30), match.start()):
            return None
        count = groups["count"].lower()
        offset = (NUMBER_WORDS.get(count) or int(count)) * (1 if part == "later" else -1)
        kind, part = "that-" + groups["unit"].lower().removesuffix("s"), None
    elif kind == "days-on":
        if _DAYS_COMPARED.search(text, max(0, match.start() - 30), match.start()):
            return None  # a figure compared with one before: 'up 2.4 percentage points from a week earlier'
        count = groups["count"].lower()
        days = WEEK_DAYS if (groups.get("unit") or "").lower().startswith("week") else 1
        offset = (NUMBER_WORDS.get(count) or int(count)) * days * (1 if part == "later" else -1)
        kind, part = "that-day", None
    elif kind == "season":
        month = _SEASON_MONTHS[groups["season"].lower()]
        return _expression(text, match.start(), match.end(), kind, month=month, offset=MODIFIER_OFFSETS[modifier])
    elif kind == "day-of-month":
        if not (_DAY_OF_MONTH_LEAD.search(text, max(0, match.start() - 12), match.start()) or (
                text[match.start() - 1:match.start()] == "(" and text.startswith(")", match.end())
                # (a day after a day named, or one no rank in a list is: 'said in a briefing (22nd)', not 'Abe (2nd)')
                and (_DAY_BEFORE_BRACKET.search(text, 0, match.start() - 1) or int(groups["dom"]) >= 5))):
            return None
        fields = dict(day=int(groups["dom"]), offset=MODIFIER_OFFSETS[modifier] if modifier else None)
        return _expression(text, match.start(), match.end(), kind, **fields)
    elif offset is None:
        offset = MODIFIER_OFFSETS[modifier]
    if kind in ("month", "year") and offset == 0 and part is None and (possessive or kind == "year"):
        # Bare 'this year' and "this month's talks" are time frames ('has hosted this year'; see
        # `DateExpression.frame`).
        return None
    if kind == "day" and match.group().lower().startswith("today") and _is_name(text, match.start()):
        return None
    if kind == "day" and _COUNTED_FROM.search(text, max(0, match.start() - 30), match.start()):
        return None  # 'on Sept. 18, a week from today': the day counted is told beside it
    fields = dict(offset=offset, part=part, possessive=possessive)
    pinned = _pinned(match)
    if pinned:
        fields.update(pinned)
    return _expression(text, match.start(), match.end(), kind, **fields)


WEEK_DAYS = 7

# What makes years ago no count to a day (see `_relative`): a comparison, a rough count.
# (nor an anniversary to come: 'It will be a year ago Saturday that ...')
_YEARS_AGO_ROUGHLY = re.compile(r"\b(?i:from|than|nearly|almost|about|around|some|over|roughly|since|will\s+be)\s+$")
_DATE_AFTER = re.compile(rf",?\s+{_MONTH_FULL}|,?\s+(?:{_MONTH_ABBR_NAMES})\.?\s+\d")

# The first month of a season (in the north, where the news is).
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}

# What a span counted on from a time told is not, by the words before it: a figure compared with
# one a year before ('down from 36 million a year earlier', 'compared with a year earlier'), or a
# length of time ('in more than three years later this month').
_SPAN_COMPARED = re.compile(
    r"(?:\d|%|\b(?i:from|than|with|to|on|versus|vs\.?|over|in|for|within|about|nearly|almost|some|"
    r"million|billion|trillion|percent|won|yen|dollars))\s+$"
)

# ... and days or weeks before: 'up 2.4 percentage points from a week earlier', 'compared with 45 percent two weeks
# earlier' (not 'weighed in two days later', 'About a week later', 'More than a week later').
_DAYS_COMPARED = re.compile(
    r"(?:\d|%|\b(?i:from|versus|vs\.?|(?<!more\s)(?<!less\s)than|percent|points?|compared\s+(?:with|to)"
    r"|(?:points?|percent|%)\s+(?:over|on)|(?:poll|survey|reading|level|figure)s?))\s+$"
)

# A day named right before a bracket that gives its day of the month: 'On the previous day (23rd)'.
_DAY_BEFORE_BRACKET = re.compile(r"\b(?:day|morning|afternoon|evening|night|[A-Z][a-z]+day)\s*$")
# The words a day of the month alone comes after: 'on the 16th', 'until the 23rd'.
_DAY_OF_MONTH_LEAD = re.compile(r"\b(?:on|since|until|till|by|from|through|before|after|to|of)\s+$", re.IGNORECASE)


def _is_name(text: str, start: int) -> bool:
    """'USA Today', 'Japan Today': a capitalised word glued before a capitalised 'Today'."""
    return text[start] == "T" and bool(re.search(r"[A-Z]\w*\s+$", text[:start]))


# --- Tense -------------------------------------------------------------------

# Phrases that put a happening after the moment of writing. Checked before the
# past cues, so 'was set to expire' and 'to be made' read as future.
FUTURE_CUES = (
    r"will", r"won't", r"shall", r"\w+'ll", r"\w+’ll", r"(?:may|might)\s+(?:not\s+)?(?!have\b)\w+",
    # ... and what could happen (not what could not: 'could not agree in July' is past).
    r"could\s+(?!not\b|have\b)\w+",

    r"(?:is|are|was|were|be|been|being)\s+(?:also\s+|still\s+)?(?:set|due|scheduled|slated|expected|poised|planned|supposed)\s+to",
    r"(?:is|are|['’]re|be)\s+(?:also\s+|still\s+)?(?:un)?likely\s+to",
    r"(?:is|are|was|were|been)\s+(?:also\s+|still\s+)?due", r"(?:is|are)\s+expected", r"(?:is|are)\s+to", r"set\s+to",
    r"scheduled", r"slated",
    # Travel in the present tense is planned: 'Esper leaves Saturday for Bangkok' (not 'met the heads of ...').
    r"leaves", r"departs", r"heads", r"flies", r"travels",
    r"plans?\s+to", r"planned", r"planning", r"intends?\s+to", r"aims?\s+to", r"going\s+to",
    # (not 'arranged to', done: 'had arranged to meet on Friday'; nor 'had been arranging to', 'After arranging to')
    r"(?:is|are|was|were|['’]re|['’]s)\s+(?:(?:still|also|now|busy|already|\w+ly)\s+)*arranging\s+to",
    r"(?:stages?|process|midst)\s+of\s+arranging\s+to", r"arranges?\s+to",
    # ... and what is readied for: 'is campaigning for Sunday's election', 'bracing for Saturday's deadline'.
    r"(?<!\bbeen\s)(?<!\bhad\s)(?<!\bspent\s)(?:campaigning|preparing|bracing"
    r"|gearing\s+up|getting\s+ready)\s+for",
    r"considering", r"mulls", r"mulling", r"weighs", r"weighing", r"eyes", r"eyeing",
    r"hopes?\s+to", r"seeks?\s+to", r"wants?\s+to", r"expect(?:s|ed)?\s+to",
    # ... or expected of another, told in the present: 'We still expect the BoK to leave its rate unchanged on Friday'.
    r"(?<!\bdid\snot\s)(?<!didn't\s)(?<!didn’t\s)expects?\s+(?:[\w.'’-]+\s+){1,4}?to",
    # What should or must be done is still to come: 'should call both leaders before Saturday'.
    r"(?:should|must)\s+(?:not\s+)?(?!have\b)\w+",
    # (not what only seemed: 'fired what appeared to be two missiles')
    r"(?<!appeared\s)(?<!appears\s)(?<!seemed\s)(?<!seems\s)to\s+be", r"ahead\s+of", r"upcoming", r"forthcoming",
    # What may come: 'discussed a possible meeting between the leaders in December'.
    r"possible", r"possibility", r"potential", r"prospective",
    r"expires?", r"expiring", r"expiry", r"expiration", r"lapses?", r"lapsing", r"runs\s+out", r"ends",
    # (not one's age: 'dies at 92'; an hour: 'dies at 12 a.m.', 'dies at 12 midnight', cut before the time read)
    r"dies(?!\s+at\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?(?!12\s*$)\d{1,3}(?![\d:]|\s*[ap]\.?m|\s+(?:midnight|noon)\b))",
    r"comes", r"coming", r"effective",
    r"begins", r"starts", r"opens", r"arrives", r"takes\s+effect", r"convenes", r"kicks\s+off",
    # (several, in the present: 'Both sets of measures take effect on Monday'; not 'did not take effect'; in a
    # relative clause, see `tense_at`)
    r"(?<=[a-z]s\s)take\s+effect",
    # What is scheduled, told in the present: 'a deadline that falls on Saturday', 'the meeting takes place Friday'.
    r"falls", r"happens", r"takes\s+place", r"(?:is|are)\s+held", r"holds", r"meets", r"go(?:es)?\s+to\s+the\s+polls",
    # ... by several ('Esper and Jeong hold the Security Consultative Meeting on Friday'; not 'to meet', 'to resume
    # dialogue and hold talks', 'did not meet', 'would hold', a hold put on something: 'put on hold', 'placed a hold
    # on', "Japan's hold on"), or going on then ('are meeting on Friday'; not a visit, whose clause may end before
    # the time: 'Esper, who is visiting Seoul, on Friday urged').
    r"(?<!\bto\s)(?<!\band\s)(?<!\bor\s)(?<!\bon\s)(?<!\ba\s)(?<!\bthe\s)(?<!['’]s\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)"
    r"(?<!\bdo\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)"
    r"(?<!\bmust\s)(?:hold(?=\s+(?:talks|a|an|the|their|its|in|at|for|with|again|here|there)\b)"
    r"|(?:meet|convene)(?=\s+(?:talks|a|an|the|their|its|in|at|on|for|with|again|here|there|and)\b))",
    # (its subject named right before it: not a clause of who, cut before the verb)
    r"(?<=\w\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?:is|are)\s+(?:meeting|holding|convening|visiting|hosting)",
    # ... or due then, right before the time, no verb at all: 'With a general election due in April and ...'.
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)due(?=\s*$)",
    # ... or a meeting expected then: 'a trilateral summit with China anticipated in late December'.
    r"(?:summit|meeting|talks|visit)(?:\s+[\w-]+){0,3}\s+(?:expected|anticipated)(?=\s*$)",
    # What is due, told without a verb of being: 'a step due to take effect on Wednesday'.
    r"due\s+to\s+(?:take|come|go|expire|lapse|end|begin|start|open|be|hold|meet|visit|arrive|leave)",
)

# Participles mostly adjectives after 'have': what is had ('to have limited impact').
_ADJECTIVES_IN_ED = r"(?:limited|mixed|detailed|advanced|heated)"
# ... and adjectives of what is not, whatever their time: 'unchanged', 'unnamed', 'unprecedented'.
_NOT_ADJECTIVES = (
    r"un(?:changed|expected|precedented|named|identified|resolved|specified|disclosed|confirmed|related|limited"
    r"|scheduled|announced|planned|touched|altered)"
)
# A past participle after 'have': a perfect, not what is had ('to have talks', 'to have seven destroyers').
PARTICIPLE = (
    r"(?:been|done|gone|seen|given|taken|known|shown|spoken|written|chosen|broken|driven|fallen|forgotten|hidden|risen"
    r"|stolen|sworn|thrown|grown|drawn|flown|blown|worn|torn|begun|come|become|run|spent|put|cut|let|hit|left|lost|won"
    r"|met|had|made|said|held|sent|told|kept|paid|found|heard|led|sought|brought|built|fought|taught|thought|caught"
    r"|bought|struck|stood|sat|felt|meant|dealt|(?!" + _ADJECTIVES_IN_ED + r"\b)[a-z]{3,}ed)"
)

PAST_CUES = (
    # (not an infinitive's 'have' before what is had: 'will cease to have effect in November'; but a perfect
    # infinitive's: 'are not known to have spoken since December', 'is understood to have been in Pyongyang')
    # (nor 'has' or 'have' before what is had now: 'Both governments still have a way out before November')
    r"was", r"were", r"had", r"did", r"(?:has|(?<!\bto\s)have)(?!\s+(?:a|an|the|no|some|any|until|till|little|few|"
    r"much|many|more|less|enough|time|room|options?|leverage|reason|reasons)\b)",
    r"have(?=\s+(?:\w+ly\s+)?" + PARTICIPLE + r"\b)",
    r"ago", r"earlier", r"previously",
    r"said", r"met", r"held", r"began", r"came", r"went", r"took", r"made", r"gave", r"told",
    r"saw", r"won", r"lost", r"left", r"sent", r"spoke", r"wrote", r"broke", r"rose", r"fell",
    r"led", r"paid", r"sought", r"brought", r"built", r"chose", r"drew", r"fought", r"flew",
    r"found", r"got", r"grew", r"heard", r"kept", r"knew", r"meant", r"ran", r"sat", r"sold",
    r"stood", r"struck", r"threw", r"became", r"withdrew", r"agreed", r"freed", r"fled",
    # (a verb alike in both tenses, with what marks the past: 'U.S. negotiators cut short talks in Seoul')
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bnot\s)"
    r"(?<!n't\s)(?<!n’t\s)cut\s+short",
    # (past participles, the passive's after 'be' passed over: 'the measures taken in July'; not those mostly
    # adjectives or prepositions: 'a written notice', 'given the row')
    r"taken", r"undertaken", r"begun", r"withdrawn", r"chosen", r"shown",
    # (not one of what an infinitive's 'have' has: 'are expected to have limited impact in December')
    # (nor an adjective of what is not: 'leave its rate unchanged on Friday', 'an unnamed official'; but a figure
    # unchanged from one before was told before: 'almost unchanged from a survey by the same pollster in late August')
    r"unchanged(?=\s+from\b)",
    r"(?!(?<=\bto\shave\s)" + _ADJECTIVES_IN_ED + r"\b)(?!" + _NOT_ADJECTIVES + r"\b)[a-z]+[^e\W\d_]ed",
)

# A present participle right before a word in '-ed', an adjective of its object: 'ending simplified procedures',
# 'citing heightened tensions' (not 'having decided').
_ING_BEFORE = re.compile(r"\b(?!having\b|being\b)[a-z]{3,}ing\s+$")
# A verb's prefix after an article: an adjective follows ('a co-hosted forum'); so does a participle right after it,
# or after a compound adjective ('a large-scale combined air exercise', 'the planned summit').
_ARTICLE_AND_PREFIX = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]{2,5}[-‐]|(?:[a-z]+[-‐][a-z]+\s+)?)$", re.IGNORECASE
)
# Past participles after 'be' belong to a passive ('to be renewed'), not the past.
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

# What was due and did not happen ('the pact would have expired on Saturday') lies
# near the moment of writing on either side: told the day before, the coming
# Saturday; told the Monday after, the one just gone.
NEAR_CUES = (
    r"would\s+(?:not\s+|otherwise\s+)?have\s+\w+",
    # ... and what was likely, the nearer day: 'Officials said the two sides were likely to meet on Saturday' (told
    # on a Thursday, the coming one; on a Monday, the one gone).
    r"(?:was|were)\s+(?:(?:highly|very|most)\s+)?(?:un)?likely\s+to",
    # A plan made before, kept or not: 'had planned to announce it on Friday' (the coming one, told on a Thursday),
    # 'had initially planned ... during a visit to Tokyo in May' (the one gone, told in June).
    r"had\s+(?:initially\s+|originally\s+)?planned",
)

# What was due, told in the past ('the pact was set to lapse Friday night'): told
# the day after, the day just gone; told days before, the coming one (see `_weekday_date`).
# The verb after 'to' is part of the cue: 'lapse' alone would look ahead.
DUE_CUES = (
    r"(?:was|were)\s+(?:also\s+|still\s+)?(?:set|due|scheduled|slated|expected|poised|planned|supposed)\s+to"
    r"(?:\s+(?:be\s+)?[a-z]+)?",
    r"(?:was|were)\s+(?:also\s+|still\s+)?due",
    # ... or what was to be done then: 'the APEC summit it was to host in mid-November'
    r"(?:was|were)\s+(?:also\s+|still\s+)?to\s+(?:be\s+)?"
    r"(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|blame|date)\b)[a-z]+",
    # ... or a step's start told by a participle, no tense of its own: 'approved by the Cabinet on Aug. 2 and taking
    # effect on Wednesday' is the nearer Wednesday.
    r"taking\s+effect",
)
# ... but what had been due then is a plan overtaken, as what would have been: the nearer such day ('The pact had
# been due to lapse at midnight on Friday' said on a Monday is the Friday gone, 'It had been due for renewal on
# Saturday' said on a Thursday the coming one).
HAD_BEEN_DUE_CUES = (
    r"had\s+been\s+(?:also\s+|still\s+)?(?:set|due|scheduled|slated|expected|poised|planned|supposed)\s+to"
    r"(?:\s+(?:be\s+)?[a-z]+)?",
    r"had\s+been\s+(?:also\s+|still\s+)?due",
)
# ... or what had to be done by then, read before the time only: 'Seoul had to decide by Saturday' (not 'On
# Monday, Seoul had to postpone the meeting').
DUE_BEFORE_CUES = (r"had\s+to\s+[a-z]+",)

# What was agreed to be done, its time not told by the agreeing: 'agreed to seek a summit ... in
# December' in August is the coming December, 'decided to end the pact in August' in November the
# last one (see `_month_without_year`); a weekday or a date reads it as no tense.
OPEN_CUES = (
    r"(?:agreed|agrees|decided|decides|pledged|pledges|vowed|vows|promised|promises|arranged)"
    # Where, when or with whom they agreed may come first: 'agreed in Nagoya to arrange a summit', 'agreed
    # here on Nov. 23 to make arrangements', 'agreed Saturday to work toward holding a meeting'.
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"(?:\s+(?:here|there))?(?:\s+(?:in|at|with|on)\s+[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*)?)?\s+to\s+\w+",
    # ... and what someone was urged or asked to do: 'urged residents to avoid outings ... in mid-August'.
    r"(?:urged|urges|asked|asks|called\s+on|calls\s+on)\s+(?:[\w'’.-]+\s+){1,3}to\s+(?!have\b)\w+",
    # ... or invited to, the invitation still standing: 'has invited him to the G7 summit in Hiroshima in May',
    # 'Yoon has been invited to ...' (not 'Trump invited Moon to Washington in April').
    r"(?:(?:has|have)\s+invited|invites|inviting)\s+(?:[\w'’.-]+\s+){1,3}to\b",
    r"(?:has|have|is|are)\s+(?:been\s+)?invited\s+to\b",
)

# The future told in the past ('said they would hold a rally on Saturday'): a weekday's is the coming
# one, a month's one up to half a year ahead ('said the change would take effect in September', see
# `_month_without_year`); a date's is not told by it ('announced it would not be extending the pact on Aug. 22').
WOULD_CUES = (
    r"would\s+(?:not\s+)?(?!have\b)\w+",
    # ... and what was being arranged: 'A meeting on Saturday was being arranged'.
    r"(?:was|were)\s+being\s+(?:arranged|planned|prepared|organi[sz]ed)",
)
# ... what was hoped for or expected, read before the time only (after it, the time is the hoping's:
# 'Kang on Wednesday expected the talks to produce a breakthrough'): 'said he hoped to meet Kang on
# Saturday', 'expected the talks to resume on Wednesday'.
WOULD_BEFORE_CUES = (r"hoped\s+to", r"expected\s+(?:[\w'’.-]+\s+){0,3}to")

# What happens as a rule names no one day or month: 'the drill, which usually takes place in June'.
HABITUAL_CUES = (
    r"usually", r"typically", r"normally", r"traditionally", r"customarily", r"regularly", r"annually",
    r"(?:every|each)\s+(?:year|month|week)",
)
_HABITUAL = re.compile(r"\b(?:" + "|".join(HABITUAL_CUES) + r")\b")

# Events held on a calendar: with no tense, their month is read as what was agreed to be done (see OPEN_CUES).
_SCHEDULED_EVENT = re.compile(r"\b(?:elections?|summit|referendum|polls|vote|olympics|games)\s+$", re.IGNORECASE)

# Lower case only, as the past cues: 'Will Ripley reported' has no future in it.
_NEAR = re.compile(r"\b(?:" + "|".join(NEAR_CUES) + r")\b")
_DUE = re.compile(r"\b(?:" + "|".join(DUE_CUES) + r")\b")
_HAD_BEEN_DUE = re.compile(r"\b(?:" + "|".join(HAD_BEEN_DUE_CUES) + r")\b")
_OPEN = re.compile(r"\b(?:" + "|".join(OPEN_CUES) + r")\b")
_FUTURE = re.compile(r"\b(?:" + "|".join(FUTURE_CUES) + r")\b")
_WOULD = re.compile(r"\b(?:" + "|".join(WOULD_CUES) + r")\b")
_WOULD_PATTERNS = {False: (), True: ((_WOULD, "would"),)}
_WOULD_BEFORE = re.compile(r"\b(?:" + "|".join(WOULD_BEFORE_CUES) + r")\b")
_DUE_BEFORE = re.compile(r"\b(?:" + "|".join(DUE_BEFORE_CUES) + r")\b")
# Right after a determiner or a preposition, these forms are a noun's or an adjective's, no verb's:
# 'met the heads of', 'near the disputed islets', 'at a televised meeting', 'its list of trusted partners'.
_NOUN_OR_ADJECTIVE = re.compile(r"(?:[a-z]+[^e\W\d_]ed|leaves|departs|heads|flies|travels)$")
_AFTER_ARTICLE_OR_PREPOSITION = re.compile(  # (not the end of a name: 'Moon Jae-in responded')
    r"(?<![\w'’-])(?:the|a|an|its|their|his|her|our|this|these|of|for|with|from|in|on|by|at|into|about)\s+$"
)
# A day's deadline, with no verb before it, is read as what was due (see DUE_CUES): the coming one
# ('With Friday's deadline approaching' on a Monday), or the one just gone ('Hours before Friday's
# deadline, Seoul decided' on the Saturday).
_DEADLINE = re.compile(r"^(?:[a-z-]+\s+){0,2}?deadline\b")  # ('Saturday's midnight deadline')
_DEADLINE_BEFORE = re.compile(r"\bdeadlines?\s+(?:(?:is|falls|falling|comes|coming)\s+)?$", re.IGNORECASE)
# ... or the day of a deadline named with what it is for: 'before the deadline for renewing the pact on Saturday'.
_DEADLINE_FOR = re.compile(
    r"\bdeadlines?\s+(?:for|to)\s+(?:(?!(?:was|were|is|are|had|has|will)\b)[\w'’-]+\s+){1,6}(?:on\s+)?$", re.IGNORECASE
)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+$", re.IGNORECASE)
# A participle of what was done already, after the things it was done to, before a time they hold from: 'visas
# already issued to them starting' (not 'the checks introduced starting Thursday').
_THINGS_DONE = re.compile(
    r"\b(?!(?:its|his|this|thus|was|has|is|as|us|yes)\s)[a-z]+s\s+(?:already|previously)\s+"
    r"[a-z]+(?:ed|en)\s+(?:(?:to|by|for|in|on)\s+[\w'’-]+\s+){0,2}(?:starting|beginning)\s+$"
)
# A time that is what something is, told in the present, is read as what is due (see DUE_CUES):
# 'The deadline for the notice is Saturday' told on a Thursday is the coming one.
_PRESENT_COPULA = re.compile(r"\b(?:is|are)\s+(?:also\s+|still\s+|now\s+)?(?:on\s+|in\s+)?$")
# How long a state lasts, told with no verb it is read by: 'the pact, which remains in force until November'.
# A meeting agreed or arranged to be held (see `_tense_at`).
_AGREED_TO_MEET = re.compile(
    r"\b(?:agreed|agrees|arranged|arranges|decided|decides|planned|plans)\s+to\s+(?:hold|meet|resume|convene|have|open"
    r"|start)\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+", re.IGNORECASE)
_BY_MONTH = re.compile(r"(?:before|by)\s+(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?[A-Z][a-z]+\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
# A future passive, then another participle after 'and' a few words on with no verb between, the words' verb last:
# '... will be promulgated on the 7th and enforced' (not 'will be reviewed by experts Seoul invited and consulted').
_SHARED_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to)\s+be\s+\w+(?:ed|en)\b(?:\s+(?![a-z]+ed\b)[^\s,;]+){0,6}\s+and\s+\w+ed$"
)
# Who said it, set off by commas inside the sentence: 'will hold talks, a Japanese trade official said, likely
# in mid-December' (what was said keeps its own tense).
_ATTRIBUTION_ASIDE = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|told\s+reporters|added|noted)\s*,(?=\s)", re.IGNORECASE
)
# Words that name what comes before them, set off by a comma: no verb of the clause
# ('the disputed Dokdo islets, called Takeshima by Japan, starting Sunday').
_NAMING = re.compile(r",\s*(?:called|named|dubbed|nicknamed|known|titled|located|based)\s+", re.IGNORECASE)
# (not the last part of a compound, an adjective: 'the Asean-related summits', 'a U.S.-led coalition'; but
# a verb after its prefix: 'co-chaired', 're-imposed')
_PAST = re.compile(
    r"(?:(?<![-‐])|(?<=\bco-)|(?<=\bre-)|(?<=\bpre-)|(?<=\bde-)|(?<=\bmis-)|(?<=\bover-)|(?<=\bunder-)"
    r"|(?<=\bout-)|(?<=\bup-))\b(?:" + "|".join(PAST_CUES) + r")\b"
)
# A participle telling what things serve for, no past: 'three materials used to make semiconductors'.
_USED_FOR = re.compile(
    r"\b(?!(?:leaders|officials|people|countries|nations|governments|sides|presidents|ministers|allies|they)\b)"
    r"(\w+s|equipment) used(?= to (?:make|produce|manufacture|build|create|develop|power)\b)"
)
# Future cues that are nouns or adjectives: they tell the time of a word before them, not after.
_AHEAD_OF_CUE = re.compile(r"ahead\s+of")
_NOUN_CUES = frozenset({
    "expiry", "expiration", "possible", "possibility", "potential", "prospective", "upcoming", "forthcoming",
    "effective",
})

# Where a clause ends: the tense of another clause says nothing about this one.
# Case-blind, but written in lower case and searched in the text in lower case
# (`lower_for_patterns`): that finds the same and is twice as fast.
_BREAKS = (
    r"[;()\[\]—–]|:(?!\d\d)|\s-{1,2}\s|[\"“”]"  # (not a time's colon: 'at 12:00 a.m. Saturday')
    r"|\b(?:that|which|who|whom|whose|when|while|whereas|because|although|though|but|"
    r"after|before|if|unless|whether|where|and\s+(?:then|later))\b"
    # 'as' opens a clause ('as President Moon on Monday urged'), not a role held or a part: 'talks as president
    # with Xi on Monday', 'as part of', 'as a result' (the text is read in small letters); nor a bound of
    # time: 'expected to decide as early as Friday'
    r"|(?<!\bas\searly\s)(?<!\bas\ssoon\s)(?<!\bas\slate\s)\bas\b(?!\s+(?:early|soon|late)\s+as\b)"
    r"(?!\s+(?:part|well|a\s+(?:result|sign|whole|gesture|means|way|matter|condition|warning|reminder)\b"
    r"|(?:president|prime\s+minister|premier|envoy|minister|host|leader|head|chairman|chair)"
    r"(?:\s*[,.;]|\s+(?:with|to|of|in|and|for|at|on|during|before|after)\b)))"
)
_CLAUSE_BREAK = re.compile(_BREAKS + r"|,(?!\d)")  # (not a number's: 'the 28,500 American troops')
# Where a clause ends when its commas may only set off a name ('to meet her
# counterpart, Toshimitsu Motegi, in Nagoya on Saturday').
_CLAUSE_BREAK_PAST_COMMAS = re.compile(_BREAKS)


# A clause of time opening before the words, with no break after it: 'when the two countries hold ...'.
_TIME_CLAUSE = re.compile(
    r"\b(?P<conjunction>when|once|before|after|until)\s+(?P<clause>(?:(?![;:()\[\]—–\"“”,])[^\s]+\s+){1,12})$"
)
# Words of a noun phrase, no verb: 'before', 'after', 'until' open one as often as a clause ('will review its
# response after Seoul's surprise announcement on Friday', not 'after they meet in Bangkok on Monday').
_NOUN_PHRASE_WORDS = frozenset("the a an his her its their this that these those in at on of for with to from by".split())
_NOUN_ENDING = re.compile(r"(?:ion|ment|ance|ence|ings?|ship|ity)$")


# The condition a clause opens with, the time inside it ('If Washington wants ... on Saturday').
_CONDITION = re.compile(r"^\W*(?:if|unless)\s[^,;:]*$")
_GUIDE = re.compile(r"[^,;:]*\b(?:any guide|anything to go by|any indication)\b", re.IGNORECASE)


def _is_clause(words: str) -> bool:
    """Whether the words after a conjunction of time hold a verb (see `_NOUN_PHRASE_WORDS`): a word in
    small letters that is no article, preposition or noun of a usual ending, and no owner's 's before it."""
    if "'s" in words or "’s" in words:
        return False
    return any(
        w.isalpha() and w.islower() and w not in _NOUN_PHRASE_WORDS and not _NOUN_ENDING.search(w)
        for w in words.split()[1:]
    )

_ASIDE = re.compile(r"\([^()]*\)")
_SHORT_QUOTE = re.compile(r"[\"“](?:[^\"“”\s]+\s){0,4}[^\"“”\s]+[\"”]")
SHORT_QUOTE_WORDS = 3


def _unquoted_term(match: re.Match) -> str:
    """A quoted term as part of its clause: its words, the quote marks dropped; a quote of more than
    SHORT_QUOTE_WORDS words only if it tells no time of its own ('to "make a wise decision" before November', not
    'said "we will meet again" on Friday')."""
    words = match.group()[1:-1]
    if len(words.split()) > SHORT_QUOTE_WORDS and _cues(words, reverse=True):
        return match.group()
    return " " + words + " "
_CONSEQUENCE = re.compile(
    r"(?:prompting|sparking|triggering|leading|forcing|causing|provoking|only\s+to)\b", re.IGNORECASE
)  # ('..., only to suspend the decision in November': as past as what it follows)

# How many words with no verb, set off by a comma, may stand before a time that opens its sentence still.
FRONTED_OPENING_WORDS = 6
# All the words before a time that may still open its sentence: 'At midnight on Friday, ...' (the time read
# from 'midnight').
_FRONTING = frozenset({"at", "on", "by", "late", "early", "around"})
# ... after a word joining the sentence to the one before: 'Then on Friday Esper and Jeong hold ...'.
_JOINING_OPENERS = frozenset({"then", "and", "but", "so", "also"})
# A condition or aside between a time opening a sentence and its clause: ', unless something changes in Seoul,'.
_FRONTED_ASIDE = re.compile(
    r",\s*(?:(?:unless|if|barring|absent|short of|as\s+expected)\b[^,;:]{1,80}"
    # ... as is how near another moment it came: 'On Nov. 22, hours before the pact was due to expire, Kim announced'
    r"|(?:just\s+|only\s+|mere\s+)?(?:hours|minutes|days|moments|shortly|a\s+day|a\s+few\s+hours)\s+(?:before|after)"
    r"\b[^,;:]{1,120}),", re.IGNORECASE)

# ... and a place named after the time, before the comma: ' in Tokyo', ' at the Blue House'.
_FRONTED_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s*,)"
                            # (or whose time it is: 'At midnight on Saturday, Seoul time, the ... is set to expire.')
                            r"|,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+time(?=\s*,)")

LEFT_WINDOW = 12  # words
# ... and, with no cue anywhere nearer, as far as the clause goes back.
FAR_LEFT_WINDOW = 40
RIGHT_WINDOW = 6
FROM_ON_WINDOW = 15  # words of the clause after 'from Thursday,' read for its verb
_FROM_ON = re.compile(r"(?i:from|starting|beginning|effective)\b")
# Past commas, where asides and names set off by them stand between the verb and the time
# ('is expected to meet her Japanese counterpart, Toshimitsu Motegi, on the sidelines of a
# Group of 20 meeting in Nagoya on Saturday').
PAST_COMMAS_WINDOW = 24
# After a time opening the sentence ('On Friday night, the General Security of Military
# Information Agreement between Japan and South Korea will expire'): the subject may be long.
FRONTED_WINDOW = 20


_DEMANDED_THAT = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|urg(?:e|es|ed|ing)"
    r"|recommend(?:s|ed|ing)?)"
    r"\s+that\s+[^,;.:!?\"“”]{1,100}$", re.IGNORECASE
)
# (an infinitive's is told by the verb before it: 'was scheduled to run until late Tuesday afternoon')
_TERM_TO_RUN = re.compile(r"\b(?<!\bto\s)(?:has|have|runs|run|lasts|last)(?:\s+only)?\s*$")
# A state lasting to a time, told in the present: 'the agreement remains in effect until November 23' (not told
# by a verb of a clause before it: 'Although Seoul has notified Japan, ...').
_STATE_TO_LAST = re.compile(r"\b(?:remains|remain|stays|stay|is|are)\s+(?:valid|in\s+(?:effect|force))\s*$")
# ... not told by a modal or an infinitive: 'would still remain in effect until', 'needs to remain in force until'.
_MODAL_STATE = re.compile(
    r"\b(?:would|will|won't|wouldn't|to|may|might|could|should|must|can|cannot)\s+(?:\w+\s+)?(?:remain|stay|be)\s+"
    r"(?:valid|in\s+(?:effect|force))\s*$"
)
# A term told in the past, its end named right after it and what it was for after that, is a deadline, the nearer
# of the coming one and the one just gone: 'Either side had until Saturday to give notice' (not a past perfect:
# 'Japan had until Friday refused to comment').
_TERM_HAD = re.compile(r"\bhad(?:\s+only)?\s*$")
_TERM_FOR = re.compile(r"(?:,[^,;]{1,40},)?\s+to\s+[a-z]")  # (an aside between: 'until Saturday, under the pact, to')
_TERM_END = re.compile(r"(?:until|till|through)\s", re.IGNORECASE)
# A time set as a deadline, told in the present or the present perfect, is still to come: 'Tokyo has set
# Thursday as the deadline for Seoul to agree ...' on a Tuesday; told in the past, the nearer of the coming
# one and the one just gone ('Tokyo set Friday as the deadline'; not 'had set Friday as the deadline').
_SET_AS = re.compile(r"\b(?:(?:has|have)\s+(?:set|named|fixed)|(?:is|are)\s+setting|sets|names|fixes)\s*$")
_SET_AS_PAST = re.compile(r"(?<!\bhad\s)\bset\s*$")
_AS_DEADLINE = re.compile(r"\s+as\s+(?:the|a|its|their)\s+(?:[a-z]+\s+)?deadline\b")
# ... or made it: 'which made Saturday the deadline'.
_MADE_BEFORE = re.compile(r"\bmade\s*$")
_THE_DEADLINE = re.compile(r"\s+(?:the|its|their)\s+(?:[a-z]+\s+)?deadline\b")
# A weapon's test and whose it is right before its time (not 'is expected to report on the launch on Friday'); a deed,
# and what it was to do after its time (see `_tense_at`).
_TEST_BEFORE = re.compile(
    r"['’]s\s+(?!(?:expected|planned|possible|anticipated|upcoming|next|imminent|likely)\b)(?:[a-z-]+\s+)?"
    r"(?:launch|launches|test|tests|firing)\s*$")
_DEED_NAMED_BEFORE = re.compile(
    r"(?:['’]s|\bthe|\bits|\btheir)\s+(?:[a-z-]+\s+)?(?:decision|announcement|move|vote)\s*$")
_TO_DO = re.compile(r"\s+to\s+[a-z]+")
# A deed named with what it was to do: 'Japan's decision to drop South Korea from its list'.
_DEED_TO = re.compile(r"\b(?:decision|move|plan|bid|order|vote|announcement)\s+to\s+[a-z]+")
# A transcript's speaker label opening a sentence: 'REPORTER: ', 'CHIEF CABINET SECRETARY SUGA: ', 'Q: '.
_SPEAKER_LABEL = re.compile(r"(?:[A-Z][A-Z.'’-]*\s+){0,5}[A-Z][A-Z.'’-]*\s*:\s+")
_MAKES_WAY_FOR = re.compile(r"\b(?:clears|paves|opens|sets)\s+the\s+(?:way|stage)\s+for\b")
MAKING_WAY_FOR = re.compile(r"\b(?:clearing|paving|opening|setting)\s+the\s+(?:way|stage)\s+for\b")
_CLAUSE_MARK = re.compile(r"[,;:]")
# A main verb in the past after an aside: 'The fourth round, expected in Washington in December, was postponed.'
# (not one telling it was planned: 'The summit, expected in Chengdu in late December, was confirmed by Beijing')
_PAST_MAIN_VERB_AFTER = re.compile(
    r"[^.;]{0,60}?,\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(?:postponed|cancell?ed|called\s+off|delayed|scrapped|held"
    r"|put\s+off|shelved|moved|rescheduled|pushed\s+back|suspended)|did\s+not\s+(?:take\s+place|happen|materiali[sz]e"
    r"|show|come)|didn['’]t|never\s+(?:came|happened|took\s+place|materiali[sz]ed|got)|took\s+place|went\s+ahead"
    r"|fell\s+through|arrived|landed|came\s+a\s+day|got\s+there)\b"
)
_ARE_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:also\s+|widely\s+|still\s+)?expected\b(?!\s+to\b)")
_EXPECTED_BEFORE = re.compile(
    r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bas )(?<![a-z]ly )(?<!\bis )(?<!\bare )(?<!\bthan )\bexpected\s+"
    r"(?:(?:in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,3})?$"
)


# A verb tracing something back to its start: 'dates back to', 'goes back to'.
_TRACED_BACK = re.compile(
    r"\b(?:(?P<put>pushed|moved|put)|dat|go|went|trac|stretch)\w*\s+(?:all\s+the\s+way\s+)?(?P<back>back\s+to\s+)?$"
)
_BACK_TO = re.compile(r"back\s+to\s")


def tense_at(text: str, start: int, end: int, would: bool = False) -> str | None:
    """`_tense_at`, but a weekday something holds from, no verb in its clause, told in the past further
    back, is the nearer, and one with a verb to come in its clause before the past the coming one (see
    below): '... said exporters will have to obtain a license for each shipment of polyimide,
    photoresists and hydrogen fluoride bound for South Korea starting Thursday' on a Monday (not 'The
    curbs took effect starting Thursday')."""
    if _RELATIVE_PRESENT.search(text, 0, start):
        return "future"  # several things beginning or ending, told in the present: 'the meetings, which end on
        # Monday', 'The curbs, which take effect on Thursday'
    traced = _TRACED_BACK.search(text, 0, start)
    if traced is not None and (traced["back"] or _BACK_TO.match(text, start, end)):
        if not traced["put"]:
            return "past"  # where something began, whatever the verb's tense: 'The row dates back to October.'
        if not _WEEKDAY_WORD.search(text, start, end):
            return "open"  # a month put off to, the coming one if near: 'The summit was moved back to late December.'
    tense = _tense_at(text, start, end, would)
    if tense == "past" and _STARTING.search(text, 0, start) and _WEEKDAY_WORD.fullmatch(text, start, end):
        if not _cues(_clause_left(text, start), reverse=True):
            return "near"
        if _THINGS_DONE.search(text, 0, start):
            # the past a participle's after what it was done to, a verb to come further back: 'will
            # invalidate visas already issued to them starting Monday' (not 'will keep the curbs it imposed')
            cues = _cues(_clause_left(text, start, window=FAR_LEFT_WINDOW), reverse=True)
            if len(cues) > 1 and cues[1][1] == "future":
                return "future"
    return tense


# A relative clause's verb in the present of several things beginning or ending, right before the time (see
# `tense_at`): 'which end ', 'that start ', 'which take effect '.
_RELATIVE_PRESENT = re.compile(
    r"\b(?:which|that)\s+(?:end|begin|start|open|close|resume|conclude|run|take\s+effect)\s+(?:(?:on|in|at)\s+)?$",
    re.IGNORECASE)
# An aside of a participle and its time, set off by commas (see `_tense_at`).
_DONE_ASIDE = re.compile(
    r",\s+(?:first\s+)?(?:announced|unveiled|issued|made|signed|adopted|approved|imposed|introduced|proposed)"
    r"\s+(?:on|in)\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,\s+\d{4})?,"
)


def _tense_at(text: str, start: int, end: int, would: bool = False) -> str | None:
    """'past', 'future', 'near' (see NEAR_CUES), 'due' (see DUE_CUES), 'would' (see WOULD_CUES),
    'open' (see OPEN_CUES; also for a scheduled event with no tense, 'the general election in April'),
    'habitual' (see HABITUAL_CUES), 'eve' (a day's deadline something told in the past came before) or
    None: the tense of the clause around `text[start:end]`.

    `text` is one sentence (a period is not read as a clause end: 'Gen. Park').
    The nearest cue left of the words within the clause (up to LEFT_WINDOW
    words) decides: in English the verb mostly comes before its time
    adverbial ('announced in August'). Without one, the nearest cue right of
    the words (up to RIGHT_WINDOW words) decides: the subject came first
    ('Esper on Monday welcomed'); a comma right after the words does not end
    the clause ('On Monday, X began'), but an attribution closing the sentence
    ('..., officials said.') tells only when the words were said; when the words
    open the sentence, up to FRONTED_WINDOW words. Without either, the nearest cue left of the words
    past commas (up to PAST_COMMAS_WINDOW words) decides: they may set off a
    name or an aside.
    What was agreed to be done ('agreed to seek a summit') is 'open' (see OPEN_CUES). With
    `would` (for a weekday), the future told in the past is read too (see WOULD_CUES).
    """
    # A term in quote marks ends no clause: 'to remove South Korea from the "white list" ... on Friday'.
    if '"' in text or "“" in text:
        text = _SHORT_QUOTE.sub(_unquoted_term, text)
    # Nor does an aside telling when a thing named before it was done, before the words: 'a plan, announced on
    # Aug. 12, to remove Japan from its list in September' (the plan's time to come, not the announcing).
    if ", " in text[:start]:
        text = _DONE_ASIDE.sub(lambda m: " " * len(m.group()) if m.end() <= start else m.group(), text)
    # (or after a few words with no verb, set off by a comma: 'Three days from now, at midnight on Saturday, ...')
    # (past a transcript's speaker label: 'REPORTER: Over the weekend a senior official ... said')
    label = _SPEAKER_LABEL.match(text, 0, start)
    opened = text[label.end() if label else 0:start]
    opening = opened.split()
    if opening and opening[0].lower() in _JOINING_OPENERS:
        opening = opening[1:]
    fronted = not opening or " ".join(opening).lower() in _FRONTING or (
        len(opening) <= FRONTED_OPENING_WORDS and "," in opened and not _cues(opened, reverse=True))
    if _PRESENT_COPULA.search(text, 0, start):
        return "due"
    left = _clause_left(text, start)
    # A happening in a clause of when, told in the present, is to come: 'would carry the same message to Kono when
    # the three ministers meet on the sidelines of a gathering in Bangkok on Sunday'.
    when = _WHEN_PRESENT.search(text, 0, start)
    if when is not None and not any(tense != "future" for _, tense in _cues(text[when.start():start], reverse=True)):
        return "future"
    # ... as one in a clause of a condition ('unless', 'if', not one of whether: 'to see if'), no tense told in it,
    # after a time to come: 'The pact will be renewed automatically unless either side gives notice ... by Saturday'.
    condition = _UNLESS.search(text, 0, start)
    if condition is not None and not _cues(text[condition.start():start], reverse=True) and _FUTURE_BEFORE.search(
            text, 0, condition.start()) and text[start:end][-2:] not in ("'s", "’s"):
        return "future"  # (not a day's happening: 'unless Tokyo reverses Friday's decision')
    past_of = start + 3 if text.startswith("of ", start) else start  # (the words may open with 'of')
    if _AHEAD_OF.search(text, 0, past_of) and _NAMED_DEADLINE.match(text, end):
        told = _cues(left, reverse=True)
        if told and told[0][1] == "past" and not _MODAL.search(left):
            return "eve"  # as after 'before' below: 'announced its decision ahead of Saturday's midnight deadline'
    if not left:
        # A bound right before the time ('would notify Tokyo before Saturday') is no clause of its own: the clause
        # before it tells; before a day's happening or a deadline named after the day, only a verb to come ('will
        # meet again after Thursday's vote'; not 'scrambled before Saturday's planned expiration', 'made its choice
        # a day before Saturday deadline', read as what was due); a deadline after a verb in the past is the 'eve'
        # of what was told, the first such day from the story's day ('announced its decision hours before Friday's
        # midnight deadline' on the Monday after, 'The decision came hours before Saturday's deadline' on the Friday;
        # see `resolve`).
        bounded = _clause_left(text, start, past_bound=True)
        told = _cues(bounded, reverse=True)
        if not (text[start:end][-2:] in ("'s", "’s") or _NAMED_DEADLINE.match(text, end)) or (
                told and told[0][1] == "future"):
            left = bounded
        elif told and told[0][1] == "past" and _BOUND_BEFORE.search(text, 0, start) and _NAMED_DEADLINE.match(
                text, end) and not _PROGRESSIVE.search(bounded) and not _MODAL.search(bounded):
            return "eve"  # (not what was still going on: 'were scrambling to salvage the pact before Saturday's deadline')
        elif told and told[0][1] == "past" and _BOUND_AFTER.search(text, 0, start) and not _MODAL.search(bounded):
            return "past"  # 'Talks continued after Friday's midnight deadline passed.' (not 'would keep ... after')
    if _HABITUAL.search(left):
        return "habitual"
    # A term still to run, its end named right after the verb: 'Seoul still has until Nov. 22', 'the deal runs
    # only through Dec. 31' (not 'has since July tightened').
    if _TERM_TO_RUN.search(left) and _TERM_END.match(text, start):
        return "future"
    if _TERM_HAD.search(left) and _TERM_END.match(text, start) and _TERM_FOR.match(text, end):
        return "near"
    if _STATE_TO_LAST.search(left) and not _MODAL_STATE.search(left) and _TERM_END.match(text, start):
        return "open"
    # What one demanded that another do, no tense of its own: 'Kono has demanded that Seoul agree to convene an
    # arbitration panel by Thursday' (the nearer Thursday).
    if _DEMANDED_THAT.search(text, 0, start) and not _cues(left, reverse=True):
        return "near"
    if _SET_AS.search(left) and _AS_DEADLINE.match(text, end):
        return "future"
    if _SET_AS_PAST.search(left) and _AS_DEADLINE.match(text, end):
        return "near"
    if _MADE_BEFORE.search(left) and _THE_DEADLINE.match(text, end):
        return "near"  # 'which made Saturday the deadline for this year'
    # What is expected, the time right after it or after where: 'a summit expected in late December', 'a summit
    # expected in China in late December' (not 'had been expected on Friday', 'as widely expected in July').
    if _EXPECTED_BEFORE.search(text, 0, start) and not _PAST_MAIN_VERB_AFTER.match(text, end):
        return "future"
    # ... or somewhere, no verb after it in the clause: 'Both leaders are expected in China for a trilateral
    # gathering with Chinese Premier Li Keqiang in late December'.
    far_left = _clause_left(text, start, window=FAR_LEFT_WINDOW)
    expected = [m.end() for m in _ARE_EXPECTED.finditer(far_left)] if "expected" in far_left else []
    if expected and not _cues(far_left[expected[-1]:], reverse=True):
        return "future"
    # What something makes possible, told in the present, the time after it: 'clears the way for a meeting ... on
    # Saturday' (not 'A court decision on Monday clears the way for ...').
    made_way = [m.end() for m in _MAKES_WAY_FOR.finditer(text, 0, start)]
    if made_way and not _CLAUSE_MARK.search(text, made_way[-1], start) and not _cues(
            text[made_way[-1]:start], reverse=True):
        return "future"
    # ... or told by a participle after a happening, the nearer day: 'approved the pact on Tuesday, clearing the way
    # for the two countries to sign it as early as Wednesday' (told on the Tuesday, or on the Thursday).
    making_way = [m.end() for m in MAKING_WAY_FOR.finditer(text, 0, start)]
    if making_way and not _CLAUSE_MARK.search(text, making_way[-1], start) and not _cues(
            text[making_way[-1]:start], reverse=True):
        return "near"
    # What a happening led to, told by a participle, is as past as the happening: 'ruled last year ...,
    # prompting Tokyo to impose export curbs in July'.
    if _CONSEQUENCE.match(left):
        told = _cues(" ".join(text[:start].split()[:LEFT_WINDOW]), reverse=False)  # the sentence's first verb
        if told:
            return told[0][1]
    # What holds from a day on is told by the verb of its clause after it: '... announced on Monday that from
    # Thursday, companies exporting three materials to South Korea will have to apply'.
    if _FROM_ON.match(text, start) and not ATTRIBUTION_AFTER.match(text, end) and not _cues(
            left, reverse=True, would=would):
        after = _cues(_clause_right(text, end, FROM_ON_WINDOW), reverse=False, would=would)
        if after:
            return after[0][1]
    # Who said it, after the words and a comma, tells when it was said, not when it happens.
    # After a time opening the sentence, a condition set off by commas is passed over: 'At midnight on
    # Friday, unless something changes in Seoul, the agreement will expire.'
    # (and where, before the comma: 'At midnight Friday in Tokyo, unless Seoul relents, the agreement will expire.')
    place = _FRONTED_PLACE.match(text, end) if fronted else None
    after = place.end() if place else end
    aside = _FRONTED_ASIDE.match(text, after) if fronted else None
    right = "" if ATTRIBUTION_AFTER.match(text, end) else _clause_right(
        text, aside.end() - 1 if aside else after, FRONTED_WINDOW if fronted else RIGHT_WINDOW
    )

    left_cues = _cues(left, reverse=True, would=would)
    # A deed done, named right before its time, whatever the verb before it tells of what is to come of it: 'I will give
    # a brief update on North Korea's launch on Saturday' on a Monday; named with what it was to do, no verb before it:
    # "Seoul's decision in August to let it lapse was reversed."
    if (left_cues and left_cues[0][0] > 1 and _TEST_BEFORE.search(left)) or (
            not left_cues and _TO_DO.match(text, end) and _DEED_NAMED_BEFORE.search(left)
            and {tense for distance, tense in _cues(text[end:], reverse=False) if distance > DEED_INFINITIVE_WORDS} == {
                "past"}):
        return "past"
    # Participles joined by 'and' share the future before the first: 'It will be promulgated on the 7th and
    # enforced on the 28th.'
    if left_cues and left_cues[0][1] == "past" and _SHARED_FUTURE.search(left):
        return "future"
    if left_cues:
        if left_cues[0][1] == "open" and _WEEKDAY_WORD.search(text, start, end) and _AGREED_TO_MEET.search(left):
            return "near"  # a meeting agreed to be held on a weekday, the nearer: 'had agreed to hold preliminary
            # contact on Friday' on a Wednesday (not what was decided or urged then: 'decided to terminate the
            # agreement on Thursday')
        return left_cues[0][1]
    # A deadline's day named with what it is for, no verb before it: 'before the deadline for renewing the pact on
    # Saturday' (not 'missed the deadline to reach a deal on Friday').
    if _DEADLINE_FOR.search(text, 0, start):
        return "due"
    before = _ATTRIBUTION_ASIDE.sub(",", text[:start]) if "," in text[:start] else text[:start]
    past_commas = _clause_left(before, len(before), _CLAUSE_BREAK_PAST_COMMAS, PAST_COMMAS_WINDOW)
    right_cues = _cues(right, reverse=False, would=would, fronted=fronted)
    if fronted and not right_cues:
        right_cues = _past_relative(text, aside.end() - 1 if aside else after, would)
    for cues in (right_cues, _cues(_NAMING.sub(", ", past_commas), reverse=True, would=would)):
        if cues:
            if (fronted and len(cues) > 1 and cues[0][1] != "past"
                    and _ASKED.search(right, 0, _word_end(right, cues[0][0]))):
                return cues[1][1]  # the modal of what is asked is not the clause's: 'talks on how much Seoul should pay broke down'
            if cues is right_cues and cues[0][1] == "open" and right.split()[cues[0][0] - 1:][:1] and (
                    right.split()[cues[0][0] - 1].endswith("ed")):
                # what was agreed or urged then, told after the time: 'Moon on Monday urged Tokyo to drop them'
                return "past"
            return cues[0][1]
    # A clause of time in the present under a main clause in the future is in the future: 'will lead
    # the US side when the two countries hold talks in Seoul on Monday'.
    opening = _TIME_CLAUSE.search(lower_for_patterns(text[:start]))
    if opening is not None and _is_clause(opening.group("clause")):
        main = _cues(_clause_left(text, opening.start(), _CLAUSE_BREAK_PAST_COMMAS, PAST_COMMAS_WINDOW), reverse=True)
        if main and main[0][1] == "future":
            return "future"
    # A condition with no tense of its own told is yet to be met: 'If Washington wants GSOMIA to survive past
    # 12 a.m. on Saturday' (not 'If the talks on Tuesday are any guide').
    if _CONDITION.search(lower_for_patterns(text[:start])) and not _GUIDE.match(text, end):
        return "future"
    # An event held on a calendar, told with no tense: 'before the general election in April' in December.
    if _SCHEDULED_EVENT.search(text, 0, start):
        return "open"
    # A deadline told with no verb is the coming one, or one just gone: 'before the renewal deadline on Saturday'.
    if _DEADLINE_BEFORE.search(text, 0, start):
        return "due"
    # What holds from a day on, told with no verb it is read by: 'Starting Thursday, companies that want ...'.
    if _STARTING.search(text, 0, start):
        return "future"
    if _UNTIL.match(text, start) or _UNTIL_BEFORE.search(text, 0, start):
        # (a weekday the nearer: 'is hosting a summit in Busan through Tuesday' on a Monday)
        return "near" if _WEEKDAY_WORD.search(text, start, end) else "open"
    # ... and a month something is bound to happen before or by, told with no verb: 'Both governments still have a way
    # out before November.'
    if _BY_MONTH.match(text, start) and not _WEEKDAY_WORD.search(text, start, end):
        return "open"
    # A long clause before the words whose only cue, far back, tells what is to come: 'will hold a special summit with
    # the leaders of the 10 member states of the Association of Southeast Asian Nations ... in Busan on Monday' (not
    # over a deed named between, whose day it is: 'said it would file a complaint over Japan's decision to drop ...
    # on Friday').
    far = _cues(far_left, reverse=True, would=would) if len(far_left.split()) > LEFT_WINDOW else []
    if far and far[0][1] in ("future", "would") and not _DEED_TO.search(far_left):
        return far[0][1]
    # A headline's infinitive, its subject before it and no verb: '- Kang, Motegi to meet in Nagoya on Saturday' (not a
    # participle's phrase before the sentence's subject: 'Reacting to the news on Friday, Trump said ...').
    if _HEADLINE_TO.match(text, 0, start) and ("," not in text[end:] or _SAYS_AFTER.match(text, end)):
        return "future"
    return None


def _past_relative(text: str, at: int, would: bool) -> list[tuple[int, str | None]]:
    """After a time opening the sentence, the cue of the main clause past a relative clause on its subject: the first
    after the comma closing one set off by commas ('On Saturday, the pact, which was signed in 2016, will lapse.', 'On
    Monday, the trade ministry, which oversees export controls, said Tokyo will review ...'), else the first but the
    relative clause's own verb right after its pronoun ('On Friday, the pact that will expire was discussed', 'At
    midnight Friday in Tokyo, unless Seoul relents, a little-known agreement that lets the two countries share
    intelligence will quietly expire.')."""
    subject = _SUBJECT_RELATIVE.match(text, at)
    if subject is None:
        return []
    tail = text[subject.end():]
    cut = _HARD_BREAK.search(tail)
    tail = tail[:cut.start() if cut else len(tail)]
    if _SET_OFF_PRONOUN.search(subject.group()):
        # (the first part after a comma opening with a verb: '..., which Park Geun-hye's government signed in November
        # 2016, weeks before she was impeached, will formally lapse.')
        for part in tail.split(",")[1:]:
            cues = _cues(" ".join(part.split()[:FRONTED_WINDOW]), reverse=False, would=would, fronted=True)
            if cues and cues[0][0] == 1:
                return cues[:1]
        return []
    cues = _cues(" ".join(tail.split()[:FRONTED_WINDOW]), reverse=False, would=would, fronted=True)
    # (the relative clause's own verb, its subject before it or none: 'that will expire', 'that Seoul signed with
    # Tokyo')
    own = 0
    while own < len(cues) and cues[own][0] <= RELATIVE_VERB_WORDS + own and cues[own][1] == cues[0][1]:
        own += 1
    return cues[own:own + 1]


# A subject of a few words, no verb told among them, and a relative pronoun after it (see `_past_relative`).
_SUBJECT_RELATIVE = re.compile(
    r"[\s,]*(?:(?:the|a|an|this|its|their)\s+)?(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+,?\s+(?:that|which)\s+",
    re.IGNORECASE)
_HARD_BREAK = re.compile(r"[;()\[\]—–\"“”]|:(?!\d\d)|\s-{1,2}\s")
RELATIVE_VERB_WORDS = 3  # how far into a relative clause its own verb may stand (see `_past_relative`)
DEED_INFINITIVE_WORDS = 4  # the words of what a deed named was to do, its verb's among them (see `_tense_at`)
_SET_OFF_PRONOUN = re.compile(r",\s*(?:which|that)\s+$", re.IGNORECASE)


# Who, then 'to' and a verb, the sentence's first words: a headline's or a list's item's way of telling what is to
# come (one name or two, joined by a comma or 'and'; or who they are: '- U.S. envoy to visit Seoul on Monday', 'Kang,
# Motegi likely to meet on Saturday').
_HEADLINE_TO = re.compile(
    r"[-–•·*]?\s*(?!(?:Asked|Invited|Expected|Told|Urged|Called|Named|Moved|Promoted|Appointed|Elected|Set|Due|Thanks"
    r"|According|Next|Close|Prior|Owing|Compared|Reacting|Responding|Speaking|Referring|Returning|Turning|Going"
    r"|Looking|Trying|Committed|Related|Opposed|Used)\b)"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}?(?:[A-Z][\w.'’-]*)(?:(?:,|\s+and)\s+(?:[A-Z][\w.'’-]*\s+){0,2}?"
    r"[A-Z][\w.'’-]*)?(?:(?:\s+(?:(?![a-z]+s\b)[a-z]+|affairs|customs|arms|forces|relations)){0,2}?"
    r"\s+(?:envoys?|ministers?|officials|leaders|diplomats?|negotiators?|delegations?|chiefs?|lawmakers|team"
    r"|secretary))?"
    r"(?:\s+(?:likely|set|expected|due|poised))?"
    # (not a perfect infinitive: 'Japanese officials likely to have known about the launch on Tuesday')
    r"\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your)\b)(?!have\s+" + PARTICIPLE + r"\b)"
    r"[a-z]+\b"
    r"(?![^,;:]*\b(?:said|says|told|added)\b)"
)
# ... who says so, after it: ', officials say', ', Pentagon says'.
_SAYS_AFTER = re.compile(r"\s*,\s+(?:[\w.'’-]+\s+){0,3}(?:say|says|said|reports?)\b[^,]*$")


def expression_tense(sentence: str, expression: DateExpression) -> str | None:
    """`tense_at` for a date expression of `sentence`: the future told in the past ('said it would
    ...', see WOULD_CUES) is read for a weekday and for a month without a year."""
    would = expression.kind in ("weekday", "weekend") or (expression.kind == "calendar" and expression.year is None)
    # (a day joined to the next one, the tense of the words after that: 'On Monday and Tuesday, delegations ... will
    # meet')
    joined = _JOINED_DAY.match(sentence, expression.end) if expression.kind == "weekday" else None
    at = (joined.start("day"), joined.end("day")) if joined else (expression.start, expression.end)
    tense = tense_at(sentence, *at, would=would)
    entry = _SCHEDULE_ENTRY.match(sentence) if tense is None and expression.kind == "weekday" else None
    if entry is not None and not _TOLD_DONE.search(sentence, entry.end()):
        return "future"  # a schedule's entry, no verb in the past: 'Monday: Japan-South Korea export talks resume' (not
        # 'Monday: talks collapsed in Seoul')
    if (tense in _TO_COME_TENSES or tense is None) and (
            _SINCE.match(sentence, expression.start) or _SINCE_BEFORE.search(sentence, 0, expression.start)
            or _SINCE_HAPPENING.search(sentence, 0, expression.start)):
        # what has gone on since then began before, whatever is to come or with no tense told: 'the first talks since
        # July', 'its strongest since the so-called flash crash of Jan. 3', 'the first meeting between the two since
        # their talks in New York in September'
        return "past"

    if tense in ("future", "would") and expression.possessive and expression.offset is None and (
            (_DONE_THING.match(sentence, expression.end) and not _TO_BE_DONE.search(sentence, 0, expression.start))
            # (a decision, only after words telling it done: 'build on Friday's last-minute decision')
            or (_DECIDED.match(sentence, expression.end) and _DONE_BEFORE.search(sentence, 0, expression.start))):
        return "past"  # a thing done that day, whatever is to come of it: 'seek to build on Friday's deal'
    return tense


# A verb in the past (see `expression_tense`): 'collapsed', 'broke'.
_TOLD_DONE = re.compile(r"\b(?:[a-z]{2,}ed|broke|fell|met|said|went|came|took|held|began|won|lost|left|made|gave|told|"
                        r"sent|flew|struck|shot|rose|ran|spoke|saw|kept|led|cut|set|quit)\b")
# A weekday or two opening a line of a week's schedule, a colon or a dash after them: 'Tuesday-Wednesday: U.S.-South
# Korea cost talks'.
_SCHEDULE_ENTRY = re.compile(
    rf"{_WEEKDAY}(?:\s*[-–—/&]\s*{_WEEKDAY}|\s+and\s+{_WEEKDAY})?\s*(?::|\s[-–—]\s)")
# A weekday joined to the one before: ' and Tuesday', ' or Wednesday'.
_JOINED_DAY = re.compile(r"\s+(?:and|or)\s+(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# The tenses of what is still to come.
_TO_COME_TENSES = frozenset({"future", "would", "near", "due", "open"})
# 'since' right before a time: 'since July', 'ever since late July'.
_SINCE = re.compile(r"[Ss]ince\b")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid|last)\s+)?$")
# ... or a happening after it, and where, before the time, no verb telling what is to come: 'since their talks in New
# York in September' (not 'since Seoul will decide in September').
_SINCE_HAPPENING = re.compile(
    r"\b[Ss]ince\s+(?:the|their|its|his|her|our|a|an|last)\s+(?:(?!will\b|would\b|could\b|may\b|might\b|can\b)"
    r"[\w'’.-]+\s+){1,6}(?:in|on|at)\s+$")
# What a day's happening done may be ('Friday's deal'); a decision, an announcement or a move, only after words telling
# it done ('build on', 'after'); words telling it is still to be done ('ahead of Friday's deal', 'announce', 'wrap up').
_SUDDEN = r"(?:(?:surprise|last-minute|11th-hour|abrupt|sudden)\s+)?"
_DONE_THING = re.compile(rf"\s+(?:hard-won\s+)?{_SUDDEN}(?:GSOMIA\s+)?(?:deal|agreement|accord|reversal|U-turn|about-face)\b")
_DECIDED = re.compile(rf"\s+{_SUDDEN}(?:decision|announcement|move)\b")
_DONE_BEFORE = re.compile(r"\b(?:build|building|builds|welcomed|welcomes|welcoming|after|since|following)\s+$")
_TO_BE_DONE = re.compile(
    r"\b(?:ahead(?:\s+of)?|before|until|await\w*|expect\w*|for|announc\w+|sign\w*|finali[sz]\w+|wrap\w*\s+up"
    r"|reach\w*|seal\w*|strike|striking|complet\w+|unveil\w*|watch\w*|approv\w+|vot\w+(?:\s+on)?)\s+$",
    re.IGNORECASE,
)


# A perfect tense before 'this month' tells a time frame: 'has met twice this month'.
_PERFECT = re.compile(r"\b(?:has|have|had|hasn't|haven't|hadn't)\b|['’](?:s|ve|d)\s+(?:\w+ly\s+)?\w+ed\b", re.IGNORECASE)


def is_time_frame(sentence: str, expression: DateExpression, tense: str | None) -> bool:
    """True for words that tell a time frame, no date (see `DateExpression.frame`): bare 'this month'
    but in a clause in the simple past ('visited Seoul this month'), `tense` being the clause's, or
    after what someone did, named ("citing Japan's decision this month to remove ...")."""
    clause = _clause_left(sentence, expression.start) if expression.frame else ""
    if expression.frame and (
            (_DUE_THEN.search(clause) and not _PERFECT.search(clause)) or _DEED_BEFORE.search(sentence, 0, expression.start)):
        return False  # (or what is due then: 'which is due for renewal this month', 'the pact expires this month')
    return expression.frame and (tense != "past" or bool(_PERFECT.search(sentence, 0, expression.start)))


# What falls due at a time: an expiry, a renewal, a deadline.
_DUE_THEN = re.compile(r"\b(?:expir\w*|laps\w*|due|deadline|renew\w*)\b", re.IGNORECASE)
# A deed, its doer named before it: "Japan's decision", "Tokyo's move".
_DEED_BEFORE = re.compile(
    r"(?:['’]s|['’])\s+(?:\w+\s+)?(?:decision|move|announcement|removal|notice|notification|ruling|launch)\s+$"
)


def told_in_its_clause(text: str, start: int) -> str | None:
    """The tense the nearest cue left of `start` in its own clause tells ('were held on the 23rd': 'past'), or
    None when the clause tells none ('said the militaries can exchange information until the 23rd') or `start`
    opens it; what is said after a verb of saying is a clause of its own."""
    piece = _clause_left(text, start)
    saying = list(_SAYING.finditer(piece))
    cues = _cues(piece[saying[-1].end():] if saying else piece, reverse=True)
    return cues[0][1] if cues else None


_SAYING = re.compile(r"\b(?:said|says|told|added|noted|stressed|announced)\b")


def _clause_left(
    text: str, start: int, breaks_at: re.Pattern = _CLAUSE_BREAK, window: int = LEFT_WINDOW, past_bound: bool = False
) -> str:
    # An aside in brackets ends no clause: 'will meet Toshimitsu Motegi (모테기 도시미쓰) in Nagoya on Saturday'.
    piece = _ASIDE.sub(" ", text[:start]) if "(" in text[:start] else text[:start]
    stripped = piece.rstrip()
    set_off = stripped.endswith(",")
    if set_off:
        stripped = stripped[:-1]
    # (nor a comma between a place and its country, set off by commas: 'the summit that opens in Biarritz, France,
    # on Saturday'; not 'Having met Abe in Osaka, Trump on Sunday will ...')
    if set_off and "," in stripped:
        stripped = _PLACE_COMMA.sub(r"\1 \2", stripped)
    breaks = list(breaks_at.finditer(lower_for_patterns(stripped)))
    if past_bound and breaks and breaks[-1].group() in _BOUNDS and breaks[-1].end() == len(stripped):
        breaks.pop()  # a bound of the time itself opens no clause: 'will respond before Saturday'
    piece = stripped[breaks[-1].end():] if breaks else stripped
    words = piece.split()
    first = len(words) - window
    # (a participle the window opens with keeps the auxiliaries it is a verb with: 'is expected to be held on the
    # occasion of ... in late December'; not a verb's: 'would file a complaint over the decision to drop ...')
    while 0 < first and len(words) - first < window + PARTICIPLE_REACH and _AUXILIARY.fullmatch(
            words[first - 1].lower()) and (_PARTICIPLE_WORD.fullmatch(words[first].lower())
                                           or _AUXILIARY.fullmatch(words[first].lower())):
        first -= 1
    return " ".join(words[max(0, first):])


# How many words back past the window a participle's auxiliaries are read (see `_clause_left`), and which they are.
PARTICIPLE_REACH = 3
_AUXILIARY = re.compile(r"to|be|been|being|is|are|was|were|has|have|had|will|would")
_PARTICIPLE_WORD = re.compile(
    r"[a-z]+(?:ed|en)|held|made|set|met|sent|put|done|told|paid|kept|left|brought|found|built")


# A deadline named after a day: 'Saturday deadline', "Saturday's midnight deadline".
_NAMED_DEADLINE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+deadlines?\b", re.IGNORECASE)
# Words that open a clause or bound a time: 'before the talks end', 'before Saturday'.
_BOUNDS = frozenset({"before", "after"})
_BOUND_BEFORE = re.compile(r"\bbefore\s+$")
_AHEAD_OF = re.compile(r"\bahead\s+of\s+$")
# (a verb to come, or what was still going on, is no happening told in the past)
_MODAL = re.compile(r"\b(?:would|will|could|might|may|should|must|can)\b")
_BOUND_AFTER = re.compile(r"\bafter\s+$")
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:still\s+)?[a-z]+ing\b")
# A clause of a condition, not one of whether ('to see if', 'unclear if'), after a time to come.
_UNLESS = re.compile(
    r"(?:\bunless|(?<!\bsee\s)(?<!\bseen\s)(?<!\bknow\s)(?<!\bask\s)(?<!\bunclear\s)(?<!\beven\s)(?<!\bwonder\s)"
    r"(?<!\bsure\s)(?<!\bclear\s)\bif)\s+[^,;:]*$"
)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|won't)\b")
# A clause of when told in the present, its subject a noun phrase, no question asked or told of: not 'Asked when the
# two leaders would meet', 'have not said when they will meet', 'when Tokyo refused to meet'.
_WHEN_PRESENT = re.compile(
    r"(?<!\basked\s)(?<!\bsaid\s)(?<!\bsay\s)(?<!\bknow\s)(?<!\bclear\s)(?<!\bdecide\s)(?<!\bdecided\s)"
    r"\bwhen\s+(?:(?!(?:to|would|will|had|has|have|was|were|did|does|do|not|could|should|might|may)\b)(?![\w]+n[’']t\b)"
    r"(?![a-z]+ed\b)[\w'’.-]+\s+){1,4}?"
    r"(?:meets?|gathers?|convenes?|arrives?|visits?|votes?|sits?\s+down|holds?\s+talks)\b[^,;:]*$"
)


# A place and its country or state, right before the time and the comma setting them off: 'in Biarritz, France,'.
_PLACE_COMMA = re.compile(r"(\b(?:in|at|near)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)$")


# A comma inside a body's name: ', Trade and Industry', ', Industry and Energy'.
_NAME_COMMA = re.compile(r",\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z]")


def _clause_right(text: str, end: int, window: int = RIGHT_WINDOW) -> str:
    piece = text[end:]
    stripped = piece.lstrip()
    if _NEXT_CLAUSE.match(stripped):
        return ""  # 'delivered the notice on Friday, and the pact will now lapse': another clause's verb
    if stripped.startswith(","):
        stripped = stripped[1:]
    # An aside in brackets ends no clause: '..., the General Security of Military Information Agreement (GSOMIA)
    # between South Korea and Japan will expire.'
    if "(" in stripped:
        stripped = _ASIDE.sub(" ", stripped)
    # ... nor a name set off by commas: 'Over the weekend a senior official at the ROK presidential office, Cheong
    # Wa Dae, said ...'
    if "," in stripped:
        stripped = _NAME_ASIDE.sub(" ", stripped)
    # (a comma inside a name ends no clause: 'the Ministry of Economy, Trade and Industry announced')
    brk = next((m for m in _CLAUSE_BREAK.finditer(lower_for_patterns(stripped))
                if not (m.group() == "," and _NAME_COMMA.match(stripped, m.start()))), None)
    piece = stripped[:brk.start()] if brk else stripped
    words = piece.split()
    return " ".join(words[:window])


# A name set off by commas: ', Cheong Wa Dae,'.
_NAME_ASIDE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*,")
# A question a noun is about, after a time opening the sentence: its modal is not the clause's ('On Tuesday, talks on
# how much South Korea should pay for the troops broke down'; but 'On Friday, talks on how much to pay broke down and
# will resume' tells its own past).
_ASKED = re.compile(r"\b(?:on|about|over|of)\s+(?:how|whether|what|who|when)\b", re.IGNORECASE)


def _word_end(piece: str, words: int) -> int:
    """Where the first `words` words of `piece` end."""
    found = list(re.finditer(r"\S+", piece))
    return found[min(words, len(found)) - 1].end() if found and words > 0 else 0


# A comma and a conjunction after the time: what follows is another clause.
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|or|so|yet)\s", re.IGNORECASE)


def _cues(piece: str, reverse: bool, would: bool = False, fronted: bool = False) -> list[tuple[int, str | None]]:
    """(distance in words from the expression, tense) of each cue in `piece`, nearest first (`fronted`: after a
    time opening the sentence)."""
    if " used to " in piece:
        piece = _USED_FOR.sub(r"\1", piece)
    found: list[tuple[int, str | None]] = []
    total = len(piece.split())
    taken: list[tuple[int, int]] = []
    before = ((_DUE_BEFORE, "due"), *(((_WOULD_BEFORE, "would"),) if would else ())) if reverse else ()
    patterns = (
        (_NEAR, "near"), (_HAD_BEEN_DUE, "near"), (_DUE, "due"), *before, (_OPEN, "open"), (_FUTURE, "future"),
        *_WOULD_PATTERNS[would],
        (_PAST, "past"),
    )
    for pattern, tense in patterns if reverse else ((_DEADLINE, "due"), *patterns):
        for match in pattern.finditer(piece):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if not reverse and (match.group() in _NOUN_CUES or _AHEAD_OF_CUE.fullmatch(match.group())
                                or (_LIKELY.search(match.group()) and (not fronted or _WAS.match(match.group())))):
                continue  # after the time, only a verb tells: 'decision on Friday to suspend the expiry', 'spoke at a
                # debate on Wednesday ahead of the July 21 election' (nor what a deed then is likely to do: 'The
                # move on Friday is likely to ease U.S. concerns'; after a time opening the sentence, the nearer day:
                # 'On Saturday, the two are likely to meet' on a Thursday, "Friday's decision is likely to ease ..." on
                # a Saturday; not what was likely of it: "Thursday's launch was likely to be a test")
            if tense == "past" and (
                    _PASSIVE.search(piece[:match.start()]) or _ARTICLE_AND_PREFIX.search(piece, 0, match.start())
                    or _ING_BEFORE.search(piece, 0, match.start())):
                continue  # (or an adjective: 'a co-hosted forum', 'ending simplified procedures')
            if _NOUN_OR_ADJECTIVE.match(match.group()) and _AFTER_ARTICLE_OR_PREPOSITION.search(piece, 0, match.start()):
                continue
            taken.append((match.start(), match.end()))
            index = len(piece[:match.start()].split())
            last = index + len(match.group().split()) - 1
            distance = total - last if reverse else index + 1
            found.append((distance, "near" if not reverse and tense == "future" and _LIKELY.search(match.group())
                          else tense))
    return sorted(found, key=lambda cue: cue[0])


# --- Resolving ---------------------------------------------------------------


def resolve(expression: DateExpression, context: Context) -> ResolvedDate | None:
    """The date `expression` names, or None when the words and `context` do not pin it."""
    published, tense = context.published, context.tense
    if tense == "habitual" and expression.year is None and not expression.offset and expression.kind in (
        "calendar", "weekday"
    ):
        return None  # 'usually takes place in June': no June in particular
    if expression.kind == "month-of-year" and expression.day is not None:
        return _safe_day(published.year + expression.offset, expression.month, expression.day) if published else None
    if expression.day is not None and expression.month is not None and expression.kind != "that-year-month":
        if expression.year is not None or context.year is not None:
            return _safe_day(expression.year or context.year, expression.month, expression.day)
        nearest = _month_day(expression.month, expression.day, published, tense)
        # A past day still to come, after a day of an earlier year in its paragraph, is of that year, after it: 'in its
        # ruling on Oct. 30, 2018. A second ruling followed on Nov. 29.' told in November 2019.
        earlier = context.previous_in_paragraph
        if nearest is not None and tense == "past" and published and (
                nearest.first > published + timedelta(days=1)) and earlier and earlier.year < published.year:
            then = _safe_day(earlier.year, expression.month, expression.day)
            # (soon after it: not the same day again, nor months on, this year's: 'signed on Nov. 23, 2016. ... met in
            # Nagoya on Nov. 23.', 'took office on May 10, 2017. ... met Motegi on Nov. 23.')
            if then is not None and earlier < then.first <= earlier + timedelta(days=FOLLOWED_WITHIN_DAYS):
                return then
        return nearest
    kind = expression.kind
    if kind == "calendar":
        if expression.year is not None:
            if expression.month is None:
                return year_date(expression.year)
            return month_date(expression.year, expression.month)
        if context.year is not None and not expression.offset:
            return month_date(context.year, expression.month)
        if expression.text.startswith("for "):
            tense = "nearest"  # a month something was or is set for, whatever the verb: see _MONTH_INTRODUCERS
        return _month_without_year(expression.month, expression.offset, published, tense)
    if published is None and kind not in ("same-day", "that-day", "that-month", "that-year", "that-year-month"):
        return None
    if kind == "month-of-year":
        return month_date(published.year + expression.offset, expression.month)
    if kind == "day-of-month":
        return _day_of_month(expression.day, expression.offset, published, tense)
    if kind == "weekday":
        anchor = context.previous_in_paragraph or context.story_day
        if tense == "eve" and anchor is not None and timedelta(0) <= published - anchor <= timedelta(days=7):
            # the first such day on or after the day the story tells of, or the sentence before it ('Seoul announced its
            # decision on Friday ahead of Saturday's deadline' told the Wednesday after)
            return day_date(anchor + timedelta(days=(expression.weekday - anchor.weekday()) % 7))
        return _weekday_date(expression, published, tense)
    if kind == "weekday-of-week":
        # 'Thursday last week': that day of the week (Monday to Sunday) before the publication's.
        monday = published - timedelta(days=published.weekday(), weeks=-expression.offset)
        return day_date(monday + timedelta(days=expression.weekday))
    if kind == "day":
        return day_date(published + timedelta(days=expression.offset))
    if kind == "years-ago-weekday":
        day = published - timedelta(days=(published.weekday() - expression.weekday) % 7)
        return _safe_day(day.year + expression.offset, day.month, day.day) or _safe_day(
            day.year + expression.offset, day.month, day.day - 1)
    if kind == "years-ago-today":  # (from Feb. 29, the 28th of a year with none)
        return _safe_day(published.year + expression.offset, published.month, published.day) or _safe_day(
            published.year + expression.offset, published.month, published.day - 1)
    if kind == "week":
        return _week(expression, published)
    if kind == "weekend":
        words = expression.text.lower().split()
        if tense is None and words[0] in ("over", "during") and (published.weekday() - 5) % 7 <= JUST_GONE_DAYS:
            tense = "past"  # told right after it with no verb, the one just gone: "China's pledge over the weekend"
        return _weekend(expression.offset, published, tense, this="this" in words)
    if kind == "month":
        year, month = _add_months(published.year, published.month, expression.offset)
        return _narrowed(month_date(year, month), expression.part, published)
    if kind == "year":
        return _narrowed(year_date(published.year + expression.offset), expression.part, published)
    if kind == "season":
        # The one just gone or the coming one: 'last summer' in December is this year's, 'next spring' next year's.
        if expression.offset > 0:
            return year_date(published.year + (published.month >= expression.month))
        return year_date(published.year - (published.month <= expression.month + 2))
    if kind == "same-day":
        anchor = (context.previous_in_paragraph or _recent(context.previous_in_text, published)
                  or _recent(context.story_day, published) or published)
        return day_date(anchor) if anchor else None
    if kind in ("that-year-month", "that-year"):
        anchor = context.previous_span
        if anchor is None and kind == "that-year-month" and not expression.offset:
            anchor = context.previous_span_in_text  # 'that year' points back further than 'the following year'
        if anchor is None:
            return None
        year = anchor.first.year + (expression.offset or 0)
        spanned = year_date(year) if kind == "that-year" else month_date(year, expression.month) if (
            expression.day is None) else _safe_day(year, expression.month, expression.day)
        if spanned is None:
            return None
    elif kind == "that-month":
        anchor = context.previous_span
        if anchor is None or anchor.precision == "year":
            return None
        spanned = month_date(*_add_months(anchor.first.year, anchor.first.month, expression.offset))
    if kind in ("that-year-month", "that-year", "that-month"):
        # What happened cannot be counted from a time still to come.
        return None if tense == "past" and published is not None and spanned.first > published else spanned
    if kind == "that-day" and expression.part in ("hours", "minutes", "hour", "minute"):
        # Hours after the happening told last, in this paragraph or the one before, else after the last day
        # told if lately, else after the day the story tells of (not after a day told in passing further back);
        # what is to come hours after, after the day just told ('will announce it on Monday. Hours later, ... is
        # expected to ...').
        # (What happened hours after, not after a day still to come: 'proposed on Monday that the leaders meet
        # on Dec. 24. Within hours, Abe said he would attend'.)
        if tense in ("future", "due"):
            anchor = context.previous_in_paragraph or context.previous_in_text
        else:
            told = context.previous_told
            if told is not None and published is not None and told > published:
                told = None
            anchor = told or _recent(context.previous_in_text, published) or _recent(context.story_day, published)
        return day_date(anchor) if anchor else None
    if kind == "that-day":
        anchor = context.previous_in_paragraph or context.previous_in_text
        def counted(base: date | None) -> date | None:
            # What happened cannot be counted from a day still to come ('The pact will expire on
            # Nov. 23. ... Two days later, the military began ...' in August).
            day = base + timedelta(days=expression.offset) if base is not None else None
            return None if day is not None and tense == "past" and published is not None and day > published else day

        day = counted(anchor)
        if day is None and not expression.offset and anchor is not None and context.previous_told is not None \
                and anchor > context.previous_told:
            # What happened the same day as a time to come just told: the day of the last happening told
            # before it ('since Aug. 2, when Japan's Cabinet approved ... The removal takes effect on Aug. 28.
            # / Moon responded the same afternoon').
            day = counted(context.previous_told)
        if day is None and context.previous_in_paragraph is None:
            # Opening a paragraph after background or a time to come, it counts from the day the
            # story tells of: 'Abe met Lee on Thursday. / The following month, Seoul decided ..., due
            # to expire on Nov. 23. / Suga said the previous day ...' is the Wednesday (`story_day` is
            # None after a month or year opening a sentence: in 'In August, Seoul decided ... / A day
            # earlier' no day is known).
            day = counted(_recent(context.story_day, published))
        return day_date(day) if day is not None else None
    return None


def _recent(day: date | None, published: date | None) -> date | None:
    """`day` when it lies at most SAME_DAY_RECENT_DAYS before `published` (or no publication day is
    known): the day a story tells of, which 'earlier in the day' in the paragraphs after it goes on
    with; not a background date ('notified Tokyo on Aug. 23' in November) nor a coming one."""
    if day is None or published is None:
        return day
    return day if timedelta(0) <= published - day <= timedelta(days=SAME_DAY_RECENT_DAYS) else None


def day_date(day: date) -> ResolvedDate:
    return ResolvedDate(day.isoformat(), "day", day, day)


def month_date(year: int, month: int) -> ResolvedDate:
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", first, last)


def year_date(year: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))


def _safe_day(year: int, month: int, day: int) -> ResolvedDate | None:
    try:
        return day_date(date(year, month, day))
    except ValueError:
        return None


def _month_day(month: int, day: int, published: date | None, tense: str | None) -> ResolvedDate | None:
    """A month and day without a year: the nearest such day to `published`.

    A past clause takes last year's day when the nearest lies over a month
    ahead: 'signed on Feb. 10' in a January article. A future clause does not
    move a day into next year: 'had been due to lapse on Nov. 23' in January
    is the plan told in the past, not next November. A misread cue cannot
    throw a day that is close by into another year.
    """
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - published).days), d > published))
    if tense == "past" and nearest > published + timedelta(days=31):
        nearest = max((d for d in candidates if d <= published), default=nearest)
    return day_date(nearest)


# A past day without a year, told after a day of an earlier year, is of that year within this many days of it.
FOLLOWED_WITHIN_DAYS = 62


def _day_of_month(day: int, offset: int | None, published: date, tense: str | None) -> ResolvedDate | None:
    """A day of the month alone: of the month 'last month' or 'next month' names, else of the
    published month, or of the one before in a past clause when the day is still to come, or
    of the one after in a future clause when it has gone by."""
    if offset is None:
        offset = (-1 if tense == "past" and day > published.day
                  else 1 if tense == "future" and day < published.day else 0)
    year, month = _add_months(published.year, published.month, offset)
    return _safe_day(year, month, day)


NEAR_MONTHS = 2
# What was agreed to be done within this many months ahead is to come ('agreed to meet again in
# December' in August); further, the month was the agreeing's ('decided to end the pact in August').
OPEN_MONTHS = 6


def _month_without_year(
    month: int, offset: int | None, published: date | None, tense: str | None
) -> ResolvedDate | None:
    """A month without a year, by tense.

    'last June' is the latest June before the published month, 'next June'
    the first after it, or the one after that if the first is near;
    otherwise past tense takes the latest such month up to
    the published month, future tense the first from it. Without a tense the
    past one is taken (news mostly reports what happened) unless the coming
    one is at most NEAR_MONTHS away ('a mid-November visit' in late October);
    what was agreed to be done ('open') and the future told in the past
    ('said the change would take effect in September') look up to OPEN_MONTHS ahead. 'nearest' takes the
    nearer of the two.
    """
    if published is None:
        return None
    this = published.year * 12 + published.month - 1
    past = this - (this - (month - 1)) % 12          # latest such month <= published month
    future = past if past == this else past + 12      # first such month >= published month
    if offset == -1:
        chosen = past if past < this else past - 12
    elif offset == 1:
        # (of the next year when it comes within NEXT_MONTH_NEAR months: 'ahead of next April's general election' in
        # March; 'next November's election' in January is this year's)
        chosen = future if future - this > NEXT_MONTH_NEAR else future + 12
    elif tense == "past":
        chosen = past
    elif tense == "future":
        chosen = future
    elif tense == "nearest":
        chosen = future if future - this <= this - past else past
    else:
        chosen = future if future - this <= (OPEN_MONTHS if tense in ("open", "would") else NEAR_MONTHS) else past
    return month_date(chosen // 12, chosen % 12 + 1)


NEXT_MONTH_NEAR = 2
# What was due on a weekday at most this many days before the publication day is
# told after it ('was set to lapse Friday night' on a Saturday); further back, before it.
DUE_RECENT_DAYS = 2
# How far back the day told in an earlier paragraph may lie for 'later in the day' to go on with it.
SAME_DAY_RECENT_DAYS = 7


def _weekday_date(expression: DateExpression, published: date, tense: str | None) -> ResolvedDate:
    """A weekday by its modifier, else by tense.

    'last Friday' is the latest Friday before the day before publication, 'next
    Friday' the first after the day after it. Otherwise a future clause (or 'this Friday'
    outside a past one) takes the first such day from the publication day on,
    a clause of what was due and did not happen ('would have expired') the
    nearer one, a clause of what was due ('was set to expire') the latest up
    to it if at most DUE_RECENT_DAYS back, else the first from it, a clause
    not past of what is 'later' that day ('will meet later Sunday') the first
    from it, and a past clause ('Later on Sunday, they joined') or none the
    latest up to it: news mostly reports what happened.
    """
    back = (published.weekday() - expression.weekday) % 7
    ahead = (expression.weekday - published.weekday()) % 7
    offset = expression.offset
    if offset == -1:
        # The day before publication is 'yesterday' or 'on Thursday': 'last Thursday' said on a
        # Friday is the Thursday of the week before.
        day = published - timedelta(days=back if back > 1 else back + 7)
    elif offset == 1:
        # ... and the day after it 'tomorrow' or 'on Saturday': 'next Saturday' said on a Friday is the Saturday of
        # the week after ('It runs out on November the 23rd, which is next Saturday' on Friday, Nov. 15).
        day = published + timedelta(days=ahead if ahead > 1 else ahead + 7)
    elif tense == "near" and ahead < back:
        day = published + timedelta(days=ahead)
    elif tense == "eve":
        # a deadline something told in the past came before, no story's day known: the next day at most, else the one
        # gone
        day = published + timedelta(days=ahead) if ahead <= 1 else published - timedelta(days=back)
    elif tense == "due":
        day = published - timedelta(days=back) if back <= DUE_RECENT_DAYS else published + timedelta(days=ahead)
    elif tense in ("future", "would") or (tense != "past" and (expression.part == "later" or offset == 0)) or (
            tense is None and _BY_DAY.match(expression.text)):
        # (a bound with no tense told is one to come: '... before it expires, which this year means by Saturday')
        day = published + timedelta(days=ahead)
    else:
        day = published - timedelta(days=back)
    return day_date(day)


# What is likely, a cue before the time only (see `_cues`), and what was.
_LIKELY = re.compile(r"likely\b")
_WAS = re.compile(r"(?:was|were)\b")
# A day something is bound to happen by: 'by Saturday', 'until Friday'.
_BY_DAY = re.compile(r"(?:by|until|till)\s", re.IGNORECASE)


def _week(expression: DateExpression, published: date) -> ResolvedDate | None:
    """A week at month precision, when all its days fall in one month; else None."""
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=expression.offset)
    first, last = monday, monday + timedelta(days=6)
    if expression.part == "later":
        first = max(first, published + timedelta(days=1))
    elif expression.part == "earlier":
        last = min(last, published - timedelta(days=1))
    if first > last or (first.year, first.month) != (last.year, last.month):
        return None
    month = month_date(first.year, first.month)
    return ResolvedDate(month.iso, "month", first, last)


# How many days after a weekend's Saturday a past clause's 'this weekend' may still be that one (to the Tuesday).
PAST_WEEKEND_DAYS = 3
# ... and told this many days after its Saturday at most, 'over the weekend' with no verb is the one just gone (on a
# Monday; not 'Attention now turns to the G20 meeting in Nagoya over the weekend' on a Tuesday).
JUST_GONE_DAYS = 2


def _weekend(offset: int, published: date, tense: str | None, this: bool = False) -> ResolvedDate:
    """A weekend by its Saturday, covering the Sunday too.

    'this weekend' (`this`) and 'over the weekend' are the coming one, or the
    one just gone in a past clause (and on a Sunday, the one under way);
    'last weekend' the one before it. Told later in the week than
    PAST_WEEKEND_DAYS after its Saturday, 'this weekend' is the coming one
    whatever the tense ('... and the world this weekend' on a Friday).
    """
    since_saturday = (published.weekday() - 5) % 7  # Saturday 0, Sunday 1, Monday 2 ...
    recent = since_saturday <= PAST_WEEKEND_DAYS or not this
    if offset == 0 and (tense != "past" or since_saturday <= 1 or not recent) and published.weekday() != 6:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    elif offset == 0:
        saturday = published - timedelta(days=since_saturday)
    else:
        saturday = published - timedelta(days=since_saturday or 7)
    return ResolvedDate(saturday.isoformat(), "day", saturday, saturday + timedelta(days=1))


def _narrowed(span: ResolvedDate, part: str | None, published: date) -> ResolvedDate:
    """'later this month' covers the days after the publication day only; 'earlier' those before."""
    first, last = span.first, span.last
    if part == "later" and first <= published < last:
        first = published + timedelta(days=1)
    elif part == "earlier" and first < published <= last:
        last = published - timedelta(days=1)
    return ResolvedDate(span.iso, span.precision, first, last)


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1
