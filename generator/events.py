"""Find dated events, resolving relative dates against the published date.

An event is a happening whose date the text pins: the date expressions of
each sentence (generator.dates) resolved by the publication date and the
tense of their clause, with the sentence, shortened, as what happened.

Not every date is an event. Skipped, because they are not happenings:

- dates in a label paragraph: a page date or headline stamp with hardly any
  words besides the date ('Friday, August 23, 2019', 'Published : Nov. 12, 2019');
- the date inside an opening dateline ('TOKYO, Aug 23 (KUNA) --');
- deictic words inside a quotation ('this morning', 'on Monday'): they count
  from when the speaker spoke, which the text does not say.

One happening told twice is one event: one date twice in a sentence, or in
a paragraph or two running ones with words of what happens in common; a span word ('this
weekend', 'next week') and a date inside it that share what happens
('expire'); a near-copy of a sentence told before (captions, standfirsts);
and "Monday's talks" after a Monday happening.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .dates import (
    MAKING_WAY_FOR,
    NUMBER_WORDS,
    Context,
    DateExpression,
    ResolvedDate,
    day_date,
    expression_tense,
    find_dates,
    is_time_frame,
    month_date,
    resolve,
    told_in_its_clause,
)
from .lexicon import COUNTRIES, ROLE_HEADS, ROLE_MODIFIERS
from .metadata import dateline_length, news_paragraphs
from .models import CleanArticle, Event
from .sentences import LIST_MARK, SPEAKER_LABEL, cut_off, split_sentences

TEXT_LIMIT = 200

# A paragraph without a full stop and with fewer words than this besides its
# dates is a label ('Headlines, August 23, 2019').
LABEL_WORDS = 5

# Sentences of two paragraphs this alike (shared content words over the
# smaller set) tell one happening: a caption or standfirst repeating the body.
COPY_SIMILARITY = 0.5

# Sentences of one paragraph or of two running paragraphs with one date and
# this many shared words that say what happens (names aside) tell one
# happening, the second elaborating the first: 'said Friday that it will
# strengthen radiation checks on food ... food checks doubled later in the day'.
NEIGHBOUR_SHARED = 2
# A span ('next week', 'this weekend') holds a day told elsewhere when the two share two words that
# say what happens, or one of these: a deadline is told again and again ('ahead of the expiry of
# GSOMIA this weekend' / 'GSOMIA is set to expire on Saturday'), while one word alone ('summit',
# 'pact') is shared by other happenings of the span ('the G20 summit in Osaka last week' / 'held a
# summit with Trump in Seoul on Sunday').
_DEADLINE_STEMS = frozenset({"expir", "deadl", "lapse"})
# ... or one, with two names ('Jeong will meet Kono later this month' / 'Jeong will meet Kono on
# Sunday in Bangkok'), not titles ('Defense Minister Jeong will meet Esper' / '... Defense Minister Kono').
_ROLE_STEMS = frozenset(word[:5] for word in ROLE_HEADS | ROLE_MODIFIERS)
# The stems of countries' names, demonyms and capitals: 'Seoul' and 'South Korea' name one actor.
_PLACE_STEMS = frozenset(
    word.lower().removesuffix("s")[:5]
    for name, others, demonyms, capital in COUNTRIES for form in (name, *others, *demonyms, capital or "")
    for word in form.split()
)


# Between two dates joined as one span or list, which share their tense.
COORDINATED = re.compile(r"^\s*(?:and|or|to|through|until|till|-|–)\s*$")

STOPWORDS = frozenset("""
a an the and or but nor of in on at to for from by with about as into onto over under after
before between during since until than that this these those there their them they it its
is are was were be been being has have had do does did will would shall should can could may
might must not no also said says say told tell he she his her him we our us you your i who whom
whose which what when where while how if then so such very more most other some any all each
both either neither one two three first last next new mr ms mrs
time times day days week weeks month months year years hour hours midnight morning evening night afternoon noon
today tonight yesterday tomorrow earlier later ago local
""".split())  # (and words of time: 'at midnight Friday Seoul time' and 'could end it at any time' tell no one thing)

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A chronology's entry: a day, a colon or a dash, and a clause of two words or more.
_TOLD_ENTRY = re.compile(
    r"^\W{0,2}[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?::|\s[-–—―])\s*[\"'‘“]?[A-Za-z][\w'’-]*\s+\S+"
    r"(?:\s+\S+)?")
# A paragraph that is a year alone: a chronology's heading.
_YEAR_HEADING = re.compile(r"\s*(?:19|20)\d{2}\s*$")
# ... or a figure in a box of them, what it counts told under it: 'The year Seoul and Tokyo signed ...', 'Year the
# pact was signed' (not a chronology's year told: 'The year began with hopes of a thaw').
_FIGURE_TOLD = re.compile(r"\s*(?:The )?[Yy]ear\s+(?:[A-Z]|the\b|that\b|when\b|in which\b)")
_DOUBLE_QUOTE = re.compile(r'[“”"]')
# A happening counted from a day: after the day the sentence ends on, set off by a comma ('held
# talks Saturday, a day after Seoul made a last-minute U-turn', 'on Thursday, two days before the
# pact was due to expire'), or after what came, from its day (see `find_events`: 'The decision came
# a day after Kang and Kono met in Beijing').
_COUNT = (
    r"(?P<count>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten)|[1-9]\d?)"
    r"\s+(?P<unit>(?i:days?|weeks?|months?))\s+"
    r"(?P<way>(?i:after|before))\s+(?=(?:the|a|an|his|her|its|their|this|that|it|they|he|she|we)\b|[A-Z])"
)
# ... or opening the sentence, after a dateline's dash if any: 'SEOUL--Two days after Seoul and Tokyo pulled ...'.
_OPENING_COUNT = re.compile(r"\s*(?:[-–—]+\s*)?" + _COUNT)
# A main clause of something to come.
_FUTURE_MAIN = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to|plans?\s+to|expected\s+to)\b")
# The words that make a day a deadline, before it or opening its expression: 'by May 31', 'no later than Friday'.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than)\s+$")
_DEADLINE_OPENING = re.compile(r"(?i:by|until|till)\s")
_BY_DAY_PART = re.compile(r"(?i:by)\s+\S+\s+(?i:morning|afternoon|evening|night)")
# What joins two clauses of a sentence: 'held talks in Tokyo last week, and on Friday Japan eased ...'.
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas)\s+(?!\d)|;")
# ... or tells what another happening was: 'Seoul said on Thursday it would end the pact, citing Japan's decision
# earlier this month', 'Seoul announced the move Thursday evening, arguing that Tokyo had undermined trust when it
# downgraded South Korea's trade status earlier this month'.
_CLAUSE_OR_CITING = re.compile(
    _CLAUSE_JOIN.pattern + r"|,\s*(?:citing|blaming|accusing|arguing|saying|claiming|noting|insisting|contending)\b")
# Where an aside ends: at the comma before the sentence goes on ('On Saturday, a day after Seoul made a
# U-turn, defense officials met'), not a number's ('1,100 items').
_ASIDE_END = re.compile(r",(?!\d)|;")
_SHIFTED = re.compile(r"\s*,\s*(?:(?i:just|only|barely|exactly)\s+)?" + _COUNT)
# Tenses of a time to come.
_TO_COME = ("due", "future", "would", "near", "eve")
# When something to come starts, set off after what it is: 'new tariffs starting Sept. 1'.
_STARTING_AT = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$")
# A happening named again after 'after', a short noun phrase closing the sentence: 'a week after the speech.'
# (not a clause: 'a month after the export curbs took effect.').
_NAMED_AGAIN = re.compile(
    r"\s*(?:the|that|this|his|her|its|their)\s+(?:[\w'’-]+\s+)?(?![\w'’-]*ed\b)[\w'’-]+\s*[.;]?\s*$"
)
# What a day's name owns, the subject before 'came': "Wednesday's step (came a week after ...)".
_POSSESSED = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}")
# A subject that names the happening told before it ('The decision came a month after ...'): counted back.
_TOLD_AGAIN = re.compile(r"^\s*(?:The|This|That|It|Its)\b")
_INTENDED = re.compile(r"\b(?:would|will|to\s+[a-z]+|plans?|planned|wants?|wanted)\b")
_CAME_AFTER = re.compile(r"\b(?:came|comes|come|was|is)\s+(?:(?:just|only|barely|exactly)\s+)?" + _COUNT)
# Before a day's happening opening its sentence, the time of what the sentence tells: 'At Tuesday's talks, Moon
# asked ...' (a day a later 'Earlier in the day' counts from).
_AT_HAPPENING = re.compile(r"\s*(?:At|During)\s+[A-Z][a-z]+day['’]s")
# What may stand before a time opening a sentence: 'In', 'Back in', 'Earlier, in'.
_OPENING_IN = re.compile(r"\s*(?:(?:Back|Earlier|Later|Then)\s*,?\s*)?(?:[Ii]n|[Bb]y|[Ss]ince)?\s*")


@dataclass(frozen=True)
class _Found:
    """An event with what the merging needs to know about it."""

    event: Event
    resolved: ResolvedDate
    position: int
    sentence: int
    vague: bool
    possessive: bool
    words: frozenset[str]
    plain_words: frozenset[str]
    clause: int = 0  # how many clauses of its sentence are joined before it (see `_CLAUSE_JOIN`)
    own: str | None = None  # the words of its own clause, where its sentence has more than one (see `own_words`)

    @property
    def own_words(self) -> frozenset[str]:
        """The `plain_words` of its own clause (read only when asked for: seldom)."""
        return self.plain_words if self.own is None else _content_words(self.own)[1]


def find_events(article: CleanArticle) -> tuple[Event, ...]:
    """Every happening whose date the text pins, at its real precision.

    Relative dates resolve against `article.local_day` or else `article.published`; when neither is told, only
    what the text pins absolutely (a year, a month with its year, a full
    date) is kept. A paragraph that is a year alone (a chronology's heading)
    gives its year to the days and months written without one below it.
    Ordered by paragraph, then position. Pure and deterministic.
    """
    published = _parse_date(article.local_day or article.published)
    found: list[_Found] = []
    opening_counts: set[int] = set()  # the ids of those counted from a count opening a sentence
    previous_in_text: date | None = None
    previous_aside = False  # whether it was told in an aside (see `_told_aside`)
    told_day_before: date | None = None  # the last day the paragraph before tells of a happening on
    told_words_before: frozenset[str] = frozenset()  # the words that say what happened on it
    told_all_before: frozenset[str] = frozenset()  # ... and all the words of its sentence
    story_day: date | None = None  # the first day the lead tells of (or a paragraph just after it)
    # Whether the story still tells of its days: not after a month or year opening a sentence ('In
    # August, Seoul decided ...'), which the days counted after it may belong to, until a day is told.
    story_goes_on = True
    heading_year: int | None = None
    # The year, month and paragraph of the last day told with its year before the year of publication,
    # opening its sentence: a story told again ('On July 19, 2019, Kono summoned ...'), whose days told
    # after it without a year, in that paragraph or the next, are of that year ('On Aug. 2, Japan's Cabinet
    # voted' in 2023); not a date in passing ('The pact was signed on Nov. 23, 2016, ...').
    narrated: tuple[int, int, int] | None = None
    previous_span_in_text: ResolvedDate | None = None
    paragraphs = news_paragraphs(article.paragraphs, article.dateline)
    # The words of the headline and the lead: what the story is about ('The summit came ...').
    lead = f"{article.title} {paragraphs[0] if paragraphs else ''}"
    lead_words = frozenset(re.findall(r"[a-z]+", lead.lower()))
    lead_days: list[tuple[date, str | None]] = []  # the days the lead tells, with their tenses
    for index, paragraph in enumerate(paragraphs):
        if _YEAR_HEADING.match(paragraph):
            # A chronology's year, over the days listed under it (not a box's figure, told under it: '2016' / 'The
            # year Seoul and Tokyo signed the General Security of Military Information Agreement.').
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            if not _FIGURE_TOLD.match(following):
                heading_year = int(paragraph.strip())
            continue
        if _is_label(paragraph):
            continue
        if _NOW_OPENING.match(paragraph):
            narrated = None  # the story told again is over: 'Now the agreement is on its way out again. On August 22, ...'
        quoted = _quoted_spans(paragraph)
        dateline_end = dateline_length(paragraph)
        previous_in_paragraph: date | None = None
        previous_span: ResolvedDate | None = None
        leading_span: ResolvedDate | None = None  # the paragraph's first: what it tells of
        told_day: date | None = None  # the last day the paragraph tells of a happening on (no time to come)
        told_words: frozenset[str] = frozenset()  # ... and the words of its sentence that say what happened
        told_all: frozenset[str] = frozenset()  # ... and all its words
        paragraph_days: list[date] = []  # the days the paragraph told, in order
        scene: tuple[int, int] | None = None  # a year a sentence closed with, and that sentence's place (see below)
        sentences = _sentences(paragraph)
        for position, (offset, sentence) in enumerate(sentences):
            if index == len(paragraphs) - 1 and position == len(sentences) - 1:
                sentence = cut_off(sentence)  # the text stops here
            last: tuple[int, str | None, ResolvedDate | None] | None = None
            # The year and month a date earlier in the sentence printed ('in August 2019 ..., filing a
            # complaint in September'): a bare month after it, no earlier in the year, is of that year.
            printed: tuple[int, int] | None = None
            printed_opens = False  # ... whether that date opened the sentence ('In March 2023, ...')
            counted: tuple[int, int] | None = None  # ... and one a span counted on to ('A month later')
            counted_found: int | None = None  # ... the place among `found` of the happening days or weeks counted to
            counted_end = 0  # ... and where they end in the sentence
            counted_year: tuple[int, int] | None = None  # ... or the year one counted on to, and where it ends
            last_years_end: int | None = None  # where "last year's" ends in the sentence
            last_years_opens = False  # ... whether it opened the sentence ("In last year's row, ...")
            told_first: date | None = None  # the first day the sentence tells a happening on, no time to come
            day_told = False  # whether the sentence told a day the story goes on from before
            expressions = _one_moment_once(sentence, find_dates(sentence))
            found_before = len(found)
            for k, expression in enumerate(expressions):
                start = offset + expression.start
                if start < dateline_end:
                    continue
                if expression.deictic and _inside(start, quoted):
                    continue
                joined = last is not None and COORDINATED.match(sentence[last[0]:expression.start])
                if joined:
                    tense = last[1]  # 'will meet on Tuesday and Wednesday'
                else:
                    tense = expression_tense(sentence, expression)
                if is_time_frame(sentence, expression, tense) or _figure_of_year(sentence, expression, published):
                    continue
                bare_month = (expression.kind == "calendar" and expression.year is None and expression.day is None
                              and not expression.offset)
                # A day of the month a span counted on names, told with no year, is of its year: 'A month later, on
                # Nov. 29, the court handed down' (not 'signed in November 2016, ... before the Nov. 23 renewal date').
                # (or of the month after it: 'Four weeks later, on Aug. 2' after July 1)
                counted_day = (expression.kind == "calendar" and expression.year is None and not expression.offset
                               and expression.day is not None and counted is not None
                               and expression.month in (counted[1], counted[1] % 12 + 1))
                # ... and a day or month set off right after years counted on, of the year counted to: 'Four years
                # later, on Nov. 23, the two signed' after June 2012.
                in_counted_year = (expression.kind == "calendar" and expression.year is None and not expression.offset
                                   and counted_year is not None
                                   and _SET_OFF.fullmatch(sentence, counted_year[1], expression.start) is not None)
                # (for 'later in the day', a day told before it not in an aside; else the story's day: 'Esper, who held
                # talks with Moon on Nov. 15, said ... / Kang will leave for Japan later in the day')
                same_day = expression.kind == "same-day"
                context = Context(
                    published=published,
                    tense=tense,
                    previous_in_paragraph=None if same_day and previous_aside else previous_in_paragraph,
                    previous_in_text=None if same_day and previous_aside else previous_in_text,
                    # (a month told after a printed year is of that year, but not one told in the future tense:
                    # 'signed in November 2016, will now lapse in November')
                    # (and a day of that month told after it in the past, when the date opened the sentence: 'In
                    # March 2023, ..., and on March 16 he flew to Tokyo'; not 'signed in November 2016, was due to
                    # expire on Nov. 23', 'In November 2016, the two signed GSOMIA, which was due to expire on Nov. 23')
                    year=counted[0] + (expression.month < counted[1]) if counted_day
                    else counted_year[0] if in_counted_year
                    # (a month told in the past in a clause telling of what "last year's" names, or after it opening
                    # the sentence: "last year's crisis, when Japan tightened controls in July", "In last year's row,
                    # Tokyo removed Seoul from its list in August" in 2020)
                    else published.year - 1 if (
                        expression.kind == "calendar" and expression.year is None and not expression.offset
                        and last_years_end is not None and published is not None and tense in ("past", None)
                        and (_TELLS_OF_IT.fullmatch(sentence, last_years_end, expression.start) or (
                            last_years_opens and _IN_ITS_CLAUSE.fullmatch(sentence, last_years_end, expression.start))))
                    else printed[0] if printed and (bare_month or (
                        printed_opens and expression.kind == "calendar" and expression.year is None
                        and expression.day is not None and tense not in ("due", "near", "would", "eve")
                        # (or of a later month, told in the past: 'On 1 July 2019 Japan tightened controls, and on
                        # 2 August its cabinet approved the removal')
                        and (expression.month == printed[1] or tense == "past"))) and (
                        expression.month >= printed[1]) and tense != "future" else _shared_year(
                        sentence, expressions, k) or _year_told_after(sentence, expressions, k, published)
                    or heading_year,
                    previous_span=previous_span,
                    story_day=story_day if story_goes_on else None,
                    previous_span_in_text=previous_span_in_text,
                    # (not for what was only meant for a time to come: 'would hold a vigil the same evening',
                    # 'threatened to strike that day')
                    previous_told=None if _INTENDED.search(sentence, 0, expression.start) else (
                        told_day or told_day_before),
                )
                year = _narrated_year(expression, tense, narrated, index) if context.year is None else None
                if (year is None and context.year is None and scene is not None and position == scene[1] + 1
                        and tense in ("past", None) and expression.kind == "calendar" and expression.year is None
                        and expression.month is not None and not expression.offset):
                    context = replace(context, year=scene[0])  # the year the sentence before closed with
                if year and published and published.year - year >= NARRATED_YEARS_BACK:
                    context = replace(context, year=year)  # a story of years ago told again
                resolved = resolve(expression, context)
                if year and published and resolved and resolved.first > published and context.year is None:
                    resolved = resolve(expression, replace(context, year=year))  # ... or a day not yet come
                if expression.kind == "day-of-month" and expression.offset is None and not (tense == "past" and (
                        told_in_its_clause(sentence, expression.start) == "past"
                        or not sentence[:expression.start].strip())):
                    # A day of the month alone that its paragraph told with its month, still to come, is that day:
                    # 'will expire on Nov. 23, ... can still exchange information until the 23rd' in August (but
                    # 'notified Japan on August 23, and the agreement would have expired on the 23rd' in November
                    # is November's; and a day told in the past is no day to come: 'Talks were held on the 23rd').
                    told = next((day for day in reversed(paragraph_days)
                                 if day.day == expression.day and published is not None and day > published), None)
                    if told is not None:
                        resolved = day_date(told)
                # What another thing told follows came before it, whatever the tense of the sentence: 'is set to
                # expire on Nov. 23 following Seoul's decision in August' (August gone, not the next one).
                if (resolved and last and last[2] and resolved.first > last[2].last and tense in _TO_COME
                        and _FOLLOWING.match(sentence, last[0], expression.start)):
                    gone = resolve(expression, replace(context, tense="past"))
                    resolved = gone if gone is not None and gone.first <= last[2].first else resolved
                # ... and someone's deed it follows was done: 'The pact will expire following Seoul's decision in
                # August', 'Seoul plans to file a complaint following Japan's decision on Friday'.
                elif resolved and tense in _TO_COME and _FOLLOWING_DEED.search(sentence, 0, expression.start):
                    resolved = resolve(expression, replace(context, tense="past")) or resolved
                if resolved is not None and resolved.precision == "day":
                    paragraph_days.append(resolved.first)
                if joined and resolved and last[2] and expression.kind == "weekday":
                    resolved = _after(resolved, last[2])
                elif (resolved and last and last[2] and last[2].precision == "day" and expression.kind == "weekday"
                        and expression.offset is None and _after_day_told(sentence, last[0], expression)):
                    resolved = _next_after(resolved, last[2])
                # What the happening on a day to come just told follows, named with no verb, was on the weekday
                # before it: 'agreed to hold talks on Saturday, following a preliminary contact on Friday' (the Friday
                # before that Saturday; but someone's deed it follows was done: 'will expire on Saturday following
                # Seoul's decision on Friday'; and a deed told with its verb is told in its own tense: 'will expire on
                # Nov. 23 after Seoul announced on Thursday').
                elif (resolved and last and last[2] and last[2].precision == "day"
                        and published is not None and last[2].first > published and expression.kind == "weekday"
                        and expression.offset is None and expression.month is None and resolved.precision == "day"
                        and (following := _FOLLOWING_NOUN.match(sentence, last[0], expression.start)) is not None
                        and not _VERB_IN_IT.search(following.group())
                        and not _A_VERB_AFTER.match(sentence, expression.end)
                        and not _FOLLOWING_DEED.search(sentence, 0, expression.start)):
                    resolved = _last_before(resolved, last[2])
                last = (expression.end, tense, resolved)
                if resolved is None:
                    continue
                # (not a time something is counted from: 'for the first time since June 2016, and ... in late December')
                if (expression.kind == "calendar" and expression.year is not None and expression.month is not None
                        and not expression.text.lower().startswith("since")):
                    printed = (expression.year, expression.month)
                    printed_opens = not sentence[:expression.start].strip(" ,") or bool(
                        _OPENING_IN.fullmatch(sentence[:expression.start]))
                    if (expression.day is not None and published is not None and expression.year < published.year
                            and _OPENING_DATE.fullmatch(sentence[:expression.start])):
                        narrated = (expression.year, expression.month, index)
                elif (expression.kind == "calendar" and expression.year is not None and expression.month is None
                      and published is not None and 0 < published.year - expression.year <= SCENE_YEARS_BACK
                      and len(sentence.split()) <= SCENE_MAX_WORDS and tense in ("past", None)
                      and _IN_A_YEAR.match(expression.text) and _CLOSES_SENTENCE.match(sentence, expression.end)
                      and (_LATER_IN.search(sentence, 0, expression.start)
                           or not _FIGURE.search(sentence[:expression.start] + sentence[expression.end:]))
                      and not _NOT_THE_SCENE.search(sentence[:expression.start].rsplit(",", 1)[-1])):
                    # a year alone closing a sentence that sets the scene of the next one, told in the past: 'Ties
                    # deteriorated sharply later in 2019. After Japan tightened export controls in July, ...'
                    scene = (expression.year, position)
                elif expression.kind == "year" and expression.offset == -1 and expression.possessive:
                    last_years_end = expression.end
                    last_years_opens = bool(_IN_OPENING.fullmatch(
                        sentence[:expression.start] + _LAST_YEARS.sub("", expression.text)))
                elif expression.kind == "that-year-month":
                    printed = (resolved.first.year, expression.month)  # 'in August that year ... in November'
                elif expression.kind == "that-month" and resolved.precision == "month":
                    printed = counted = (resolved.first.year, resolved.first.month)  # 'A month later, on Nov. 29'
                elif (expression.kind == "that-day" and resolved.precision == "day"
                      and _DAYS_COUNTED.search(expression.text)):
                    counted = (resolved.first.year, resolved.first.month)  # 'Three weeks later, on August 22'
                    following = expressions[k + 1] if k + 1 < len(expressions) else None
                    if (following is not None and following.kind == "calendar" and following.day is not None
                            and following.text[:3].lower() == "on "  # (not a thing's: "the North's August 24 launch")
                            and _COUNT_TO_DAY.fullmatch(sentence, expression.end, following.start)):
                        # (the day it names after it tells the moment: 'Three weeks later, on August 22', 'One week
                        # earlier, in his Liberation Day speech on August 15')
                        continue
                    # (... or a day named later in its clause, or near the day counted to)
                    counted_found, counted_end = len(found), expression.end
                elif expression.kind == "that-year" and resolved.precision == "year":
                    counted_year = (resolved.first.year, expression.end)  # 'Four years later, on Nov. 23'
                if (counted_found is not None and counted_found < len(found) and expression.kind == "calendar"
                        and expression.day is not None and expression.text[:3].lower() == "on "
                        and resolved.precision == "day"
                        and (abs((resolved.first - found[counted_found].resolved.first).days) <= COUNT_NEAR_DAYS
                             or not (_OTHER_CLAUSE.search(sentence, _SET_OFF.match(sentence, counted_end).end(),
                                                          expression.start)
                                     or _PARTICIPLE_BEFORE.search(sentence, 0, expression.start)))):
                    # 'had been in Seoul only a week earlier, where he warned at a press conference on Nov. 15',
                    # 'Only two weeks earlier, Moon had struck a conciliatory tone in his speech ... on August 15',
                    # 'Three weeks later, Japan's Cabinet approved the removal on Aug. 2': one moment, the day named
                    # telling it
                    del found[counted_found]
                    counted_found = None
                found.append(_found(index, offset, start, sentence, expression, resolved))
                # (not an earlier year told in a relative clause, of something else: 'in August 2019 ..., which it
                # viewed as retaliation for rulings in 2018. Three months later, ...' counts from the time told before)
                # (nor a thing's year, before its noun, which tells no time the paragraph is of: 'retaliation for the
                # Supreme Court's 2018 rulings ..., announcing in August 2019 that it would end GSOMIA. / ... due to
                # lapse in November that year' is 2019's November; 'in July 2019, citing the 2018 court rulings. On
                # Aug. 28 that year' 2019's)
                if not expression.possessive and not _things_year(sentence, expression) and not (
                        resolved.precision == "year" and previous_span is not None
                        and resolved.first.year < previous_span.first.year
                        and _TOLD_IN_RELATIVE_CLAUSE.search(sentence, 0, expression.start)):
                    previous_span = resolved
                    leading_span = leading_span or resolved
                if resolved.precision == "day":
                    story_goes_on = True
                elif not sentence[:expression.start].strip(" ,") or _OPENING_IN.fullmatch(sentence[:expression.start]):
                    story_goes_on = False
                if resolved.precision == "day" and told_first is None and tense not in _TO_COME:
                    told_first = resolved.first
                anchors = (resolved.precision == "day"
                           and (not expression.possessive or (
                               _AT_HAPPENING.fullmatch(sentence, 0, expression.end) and tense not in _TO_COME
                               and not _FUTURE_MAIN.search(sentence)))
                           and not _deadline(sentence, expression, tense)
                           and not _in_passing(sentence, expression)
                           # (nor the day of a writing or a term, between its owner and its noun: 'its Aug. 23
                           # termination notice')
                           and not _things_day(sentence, expression, told_other=any(
                               other is not expression and (other.kind == "weekday" or (
                                   other.kind == "calendar" and other.day is not None)) for other in expressions)))
                if anchors and _inside(start, quoted):
                    # One told in quote marks is what someone said, not the story's day: '"... the notice of
                    # termination on August 23, 2019." / ... held a briefing in the evening of the same day'; a day
                    # its paragraph may go on from only where it told none, a few weeks before the story's at most:
                    # 'said Japan had "notified us on Aug. 7 ..." The next day, Seoul said ...'.
                    if previous_in_paragraph is None and published is not None and 0 <= (
                            published - resolved.first).days <= QUOTED_ANCHOR_DAYS and not (
                            expression.text.lower().startswith("since")):
                        previous_in_paragraph = resolved.first
                        # (and the story's, where it told none yet: a lead quoting 'notified Japan on Nov. 22 ...' /
                        # 'That evening, Abe welcomed the decision.')
                        previous_in_text = previous_in_text or resolved.first
                elif anchors:
                    previous_in_paragraph = previous_in_text = resolved.first
                    previous_aside = _told_aside(sentence, expression)
                    # (not one told in the past perfect, a time before the story's: 'The pact had been set to
                    # expire at midnight Friday after Seoul notified Tokyo in August.')
                    day_told = day_told or not _PAST_PERFECT.search(sentence, 0, expression.start)
                    if tense not in _TO_COME:
                        told_day = resolved.first
                        told_words = _content_words(sentence)[1]
                        told_all = frozenset(re.findall(r"[a-z]+", sentence.lower()))
                    # (or, where the lead tells no day, a paragraph just after it: a page's first paragraphs
                    # may be another item's, a digest's 'Korea Today')
                    if story_day is None and (index == 0 or (index <= _STORY_DAY_PARAGRAPHS and tense not in _TO_COME)):
                        story_day = resolved.first
                if index == 0 and resolved.precision == "day":
                    lead_days.append((resolved.first, tense))
                elif (resolved.precision == "month" and not expression.possessive
                        and not _TOLD_IN_RELATIVE_CLAUSE.search(sentence, 0, expression.start) and not day_told):
                    # 'agreed late last month ... and confirmed the following day': no day to count from (but
                    # 'announced on 22 August that it would not renew GSOMIA, which was signed in November 2016.
                    # It notified Tokyo the following day': the 23rd; nor after a day the sentence told before it:
                    # 'The previous evening, Seoul said it would suspend the notice it had sent to Tokyo in August.
                    # / That evening, ...', 'On Saturday morning, North Korea fired ..., its seventh launch since
                    # late July. / The following day, ...', 'came on Thursday night, when ... the curbs Tokyo
                    # imposed in July. / The next morning, ...').
                    previous_in_paragraph = previous_in_text = None
                if resolved.precision == "day" and expression is expressions[-1]:
                    # (set off as an aside after a day opening the sentence: 'On Saturday, a day after X, Y met')
                    aside = not _OPENING_IN.sub("", sentence[:expression.start]).strip(" ,")
                    shift = _SHIFTED.match(sentence, expression.end)
                    if shift is None and expression.possessive:
                        # ... or the subject, the day's happening: "Wednesday's step came a week after Seoul filed ..."
                        came_after = _CAME_AFTER.search(sentence, expression.end)
                        if came_after is not None and _POSSESSED.fullmatch(sentence, expression.end, came_after.start()):
                            shift = came_after
                    day = resolved.first
                    if tense in _TO_COME:
                        # (after when something to come starts, from the day the sentence told a happening on before
                        # it: 'said on Thursday that the U.S. will impose tariffs starting Sept. 1, a day after his
                        # negotiators returned' counts from Thursday; but 'will take effect on Sept. 1, two weeks
                        # after a hearing' from Sept. 1)
                        if told_first is not None and _STARTING_AT.search(sentence, 0, expression.start):
                            day = told_first
                    elif shift is None:
                        # ... or further on, closing what was done that day: 'North Korea said on Monday that it
                        # was no longer interested ..., a day after Washington and Seoul announced ...'
                        shift = _SHIFTED.search(sentence, expression.end)
                    counted = _counted_from(index, offset, sentence, shift, day, quoted, aside)
                    if counted is not None:
                        found.append(counted)
            # ... or, in a sentence telling no time, from the day of what came: the last its paragraph or
            # the one before tells a happening on, no time to come ('Seoul on Friday suspended ..., hours
            # before it was due to expire on Saturday. The decision came a day after ...': Friday's)
            anchor = told_day or told_day_before
            came = _CAME_AFTER.search(sentence)
            # ... or from the day of the happening the story is about, named so again: 'The summit came a
            # day after Moon met Xi in Beijing' (the summit of the lead, on Tuesday: the one day it tells, of no
            # time to come); a time told only in a relative clause after the words is another's ('...
            # suspended the expiry of GSOMIA, which had been set to lapse at midnight Friday').
            # (also after a day told of another happening: 'In his speech last Thursday, Moon said ... / The
            # decision came a day after ...' is the decision of the lead)
            story = _STORY_HAPPENING.match(sentence) if came is not None and len(lead_days) == 1 else None
            if story is not None and story["whose"] and not (
                    any(word in lead for word in story["whose"].split() if len(word) > 2)
                    or story["whose"] in _CAPITALS_FOR_STATES):
                story = None  # (whose it is named in the lead, or a capital for its state: "Esper's visit came",
                # "Seoul's decision came")
            # (as `_TOLD_BY` lists the words: 'decided' tells 'The decision', 'met' 'The meeting')
            what = story["what"].lower() if story is not None else ""
            if story is not None and story.end() == came.start() and (
                    what in _ANY_STORY or _tells(what, lead_words)) and lead_days[0][1] not in _TO_COME:
                if what in _ANY_STORY:
                    # ('The move', which no word tells, is the lead's unless its paragraph told a time before it, or
                    # the day told last, in the paragraph before, was of a deed: 'A ministry official said Tuesday
                    # that Seoul had received no objection. / The move came a week after ...' is the lead's; 'Seoul
                    # said on Friday it would suspend its notice. / The move came two days after ...' Friday's)
                    told_here = any(f.event.paragraph == index for f in found)
                    if not told_here and (anchor is None or not told_words_before & _DEED_STEMS):
                        anchor = lead_days[0][0]
                elif anchor is None or not _tells(what, told_all if told_day is not None else told_all_before):
                    anchor = lead_days[0][0]
            if anchor is not None and came is not None and expressions and all(
                    e.start > came.end() and _TOLD_IN_RELATIVE_CLAUSE.search(sentence, 0, e.start) for e in expressions):
                expressions = []
            if not expressions and anchor is not None:
                words = told_words if told_day is not None else told_words_before
                named = _NAMED_AGAIN.match(sentence, came.end()) if came is not None else None
                if came is not None and came["way"].lower() == "after" and named is not None and (
                        _content_words(named.group())[1] & words) and not _TOLD_AGAIN.match(sentence):
                    # ... but what came after the happening told of came then: 'In a speech on Aug. 15, Moon
                    # offered dialogue. / Seoul's answer came a week after the speech.' (Aug. 22)
                    counted = _came_after_told(index, offset, sentence, came, anchor, quoted)
                else:
                    # (or set off after what the sentence tells in the simple past, saying or meeting, no time in it:
                    # 'Abe told reporters at his office, a day after Seoul announced it would not renew the pact')
                    shifted = _SHIFTED.search(sentence) if came is None else None
                    told = _QUOTED_WORDS.sub(" ", sentence[:shifted.start()]) if shifted is not None else ""
                    if shifted is not None and not (_SAID_OR_MET.search(told) and not _NOT_SIMPLE_PAST.search(told)):
                        shifted = None
                    counted = _counted_from(index, offset, sentence, came or shifted, anchor, quoted)
                if counted is not None:
                    found.append(counted)
            # A count opening the sentence: what came after it happened on the first day gone the sentence tells
            # after the words counted from, or, in a lead telling none and nothing to come, days or weeks before the
            # day of the story ('Two days after Seoul and Tokyo pulled their pact back from the brink, the two
            # governments were openly at odds', on a Sunday: the pact was pulled back on Friday). Not a day inside
            # those words ('Two days after the Nov. 22 announcement, ...'), nor one to come ('Three weeks after
            # Seoul announced it would withdraw from GSOMIA, which expires on November 23, ...'); not months from
            # the story's day ('Six months after Japan tightened exports, suppliers have begun ...'), nor what came
            # before it ('Two days before the pact was set to expire, Seoul reversed course').
            opening = _OPENING_COUNT.match(sentence, max(0, dateline_end - offset))
            if opening is not None:
                counted_end = _ASIDE_END.search(sentence, opening.end())
                after = offset + (counted_end.start() if counted_end else len(sentence))
                told = [f.resolved.first for f in found[found_before:]
                        if f.resolved.precision == "day" and f.position > after
                        and (published is None or f.resolved.first <= published)]
                day = told[0] if told else published if (
                    index == 0 and not expressions and not opening["unit"].lower().startswith("month")
                    and opening["way"].lower() == "after" and not _FUTURE_MAIN.search(sentence, opening.end())) else None
                counted = _counted_from(index, offset, sentence, opening, day, quoted, aside=True) if day else None
                if counted is not None:
                    found.append(counted)
                    opening_counts.add(id(counted))
        previous_span_in_text = leading_span or previous_span_in_text
        told_day_before, told_words_before, told_all_before = told_day, told_words, told_all
    merged = _merge(found)
    # What a count opening a sentence tells happened is mostly a happening the story dates anyway ('A week after
    # Lee came to Tokyo, ...' / 'Lee arrived on Oct. 22 and met Abe two days later'): not again on its day or month.
    return tuple(f.event for f in merged if id(f) not in opening_counts or not any(
        g is not f and g.event.date.startswith(f.event.date) for g in merged))


def _things_year(sentence: str, expression: DateExpression) -> bool:
    """Whether `expression` is a bare year naming a thing's, between its owner or article and its noun: "the
    Supreme Court's 2018 rulings", 'the 2015 deal'."""
    return (
        _BARE_YEAR.fullmatch(expression.text) is not None
        and _OWNER_BEFORE.search(sentence, 0, expression.start) is not None
        and _NOUN_AFTER.match(sentence, expression.end) is not None
    )


def _things_day(sentence: str, expression: DateExpression, told_other: bool) -> bool:
    """Whether `expression` is a day of a month naming a writing's or a term's, between its owner and its noun: 'its
    Aug. 23 termination notice'; or a notice's after 'the': 'the Aug. 23, 2019, notice'; or another writing's or term's
    after 'the' where the sentence tells another day (`told_other`): 'said on Monday the Sept. 19 military agreement was
    dead', 'on Friday, hours before the Nov. 23 deadline' (not a happening's: "Japan's July 1 announcement", 'At the
    June 18 briefing', 'signed the Dec. 28, 2015, deal')."""
    if expression.kind != "calendar" or expression.day is None:
        return False
    writing = _WRITING_AFTER.match(sentence, expression.end)
    return writing is not None and (_OWNER_ONLY_BEFORE.search(sentence, 0, expression.start) is not None or (
        _THE_BEFORE.search(sentence, 0, expression.start) is not None and (told_other or writing["noun"].lower(
        ).startswith(("notice", "notification", "letter")))))


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|its|their|his|her))\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
_WRITING_AFTER = re.compile(
    r",?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>notice|notification|letter|deadline|agreement|accord|pact|treaty|deal"
    r"|memorandum|declaration|list)s?\b"
)
_OWNER_ONLY_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|his|her))\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# Words between a day of the month and the year gone it is of, told after it in its clause: 'The Sept. 19
# inter-Korean military agreement signed last year'.
_DAY_AND_ITS_YEAR = re.compile(r"[^.;:()\[\]\"“”—]{0,80}")
# (the day naming a thing, not when something was done: 'the Sept. 19 agreement', not 'on Nov. 20 the court said')
_ATTRIBUTIVE_DAY = re.compile(r"\b(?:the|its|their|his|her|a|an|this|that)\s+$", re.IGNORECASE)
_DAY_AND_ITS_YEAR_BREAK = re.compile(r"\b(?:and|but|while|when|after|before|although|though|since|until)\b|,")


def _year_told_after(sentence: str, expressions: Sequence[DateExpression], k: int,
                     published: date | None) -> int | None:
    """The year gone a date of the month printed without one is of, named after it in its clause ('the Sept. 19
    agreement signed last year'); None otherwise."""
    expression = expressions[k]
    if (published is None or expression.kind != "calendar" or expression.year is not None or expression.day is None
            or expression.offset or k + 1 >= len(expressions)):
        return None
    following = expressions[k + 1]
    between = sentence[expression.end:following.start]
    if (following.kind != "year" or not following.offset or following.offset > 0 or following.possessive
            or not _ATTRIBUTIVE_DAY.search(sentence, 0, expression.start)
            or not _DAY_AND_ITS_YEAR.fullmatch(between) or _DAY_AND_ITS_YEAR_BREAK.search(between)):
        return None
    return published.year + following.offset


def _shared_year(sentence: str, expressions: Sequence[DateExpression], k: int) -> int | None:
    """The year a date of the month printed without one shares with the date joined after it that
    prints it: 'on October 30 and November 29, 2018' (October 30, 2018), or with the day of the next deed done
    ('initialled on 14 November and signed in Seoul on 23 November 2016'); None otherwise."""
    expression = expressions[k]
    if expression.kind != "calendar" or expression.year is not None or expression.day is None or expression.offset:
        return None
    # (through the days joined after it to the one that prints the year: 'Oct. 30, Nov. 29 and Dec. 5, 2018')
    for following in expressions[k + 1:]:
        between = sentence[expression.end:following.start]
        if (following.kind != "calendar" or following.month is None or following.month < expression.month
                or not (_JOINED_DAYS.match(between)
                        or (following is expressions[k + 1] and _NEXT_DEED.match(between)))):
            return None
        if following.year is not None:
            return following.year
        expression = following
    return None


# How many years before the publication a story told again lies for the days told after it to be of its
# year; a story of the year before ('On July 4, 2019, ...' in 2020) is, only for days not yet come when
# published ('On Dec. 1, the trade ministry said' in December 2020 is of 2020).
NARRATED_YEARS_BACK = 2
# What may stand before a date opening its sentence.
_OPENING_DATE = re.compile(r"\s*(?:(?:On|In|By|Then|And)\s*,?\s*)?")


# A paragraph coming back to the present: 'Now the agreement ...', 'Today, ...', 'This year, ...'.
_NOW_OPENING = re.compile(
    r"\s*(?:Now|Today|These days|This (?:year|month|week)|Fast forward)\b(?!\s+came\b)"  # (not 'Now came the hard part')
)


def _narrated_year(
    expression: DateExpression, tense: str | None, narrated: tuple[int, int, int] | None, index: int,
) -> int | None:
    """The year of a story told again (see `find_events`' `narrated`) for a day of the month
    told without one and not as a time to come, in the paragraph of that story's last dated day
    or the next, no earlier in the year; None otherwise."""
    if (narrated is None or tense not in ("past", None) or expression.kind != "calendar" or expression.year is not None
            or expression.day is None or expression.offset or index - narrated[2] > 1):
        return None
    return narrated[0] if expression.month >= narrated[1] else None


# A sentence setting the scene of the next with a year (see `find_events`) is short, the year a few back at most.
SCENE_MAX_WORDS = 15
SCENE_YEARS_BACK = 5
# What may close a sentence after a year: '... later in 2019.'; the year so told: 'in 2019', 'later in 2019'.
_CLOSES_SENTENCE = re.compile(r"\s*[.!?]?[\"”’']?\s*$")
_IN_A_YEAR = re.compile(r"(?i:in)\s+(?:19|20)\d\d$")
# ... a time in it the story goes on from, not a year a figure is of: 'later in 2019', not 'fell 12 percent in 2019'.
_LATER_IN = re.compile(r"\b(?:later|earlier|late|early)\s+$")
_FIGURE = re.compile(r"\d")
# ... not a thing's year, in a relative clause or after a participle: 'a pact signed in 2016.', '... the 1.04 trillion
# won that Seoul paid in 2019.'
_NOT_THE_SCENE = re.compile(r"\b(?:that|which|who|whom|whose)\b|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[a-z]+ed\s+$")
# What joins two days of one year: 'October 30 and November 29, 2018', 'Oct. 30, Nov. 29 and Dec. 5, 2018'.
_JOINED_DAYS = re.compile(r"^\s*(?:,|,?\s*(?:and|or|to|through|until)|-|–)\s*(?:on\s+)?$")
# What something told follows, right after it in its clause: ' following Seoul's decision ', ' after its notice '.
# (a place or so between: ' in Honolulu following a round in Seoul '; not 'after which')
_FOLLOWING = re.compile(r"\s*,?\s*(?:[\w'’.-]+\s+){0,3}?(?:following|after)\s+(?!which\b)(?:[\w'’.-]+\s+){0,6}$")
# ... right after the day told, a happening named with no verb: ', following a preliminary contact on '.
_FOLLOWING_NOUN = re.compile(
    r"\s*,?\s*(?:following|after)\s+(?!which\b)(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,4}$")
# ... no verb in it, nor one of its own after it: 'after talks with Japanese diplomats on Monday failed'.
# (not a participle before the noun, nor one after it going on with a preposition: 'a planned preliminary contact',
# 'on Friday aimed at setting the agenda')
_VERB_IN_IT = re.compile(
    r"\b(?<!\ba )(?<!\ban )(?<!\bthe )[a-z]{3,}ed\b|\b(?:said|met|held|made|took|began|was|were|had|did)\b")
_A_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b(?!\s+(?:at|by|for|with)\b)|\s+(?:was|were|had|did)\b")
# Someone's deed it follows, done: 'following Seoul's decision ', 'after the Supreme Court's ruling ', 'in the wake
# of Seoul's decision ', 'due to Japan's curbs '.
_FOLLOWING_DEED = re.compile(
    r"\b(?:following|after|in\s+the\s+wake\s+of|due\s+to|because\s+of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?"
    r"[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,2}$")
# ... or the days of two deeds done one after the other: ' and signed in Seoul on ', ', and then ratified on '.
# (no other participle right before the day, whose day that is: not ' and scrapped the pact signed ')
_NEXT_DEED = re.compile(
    r"^\s*,?\s*and\s+(?:then\s+|later\s+)?[a-z]+ed\b(?:(?:\s+[\w'’.-]+){0,2}\s+(?![\w'’.-]*ed\b)[\w'’.-]+)?"
    r"(?:\s+(?:on|in))?\s*$")


# A relative clause, whose time is its own: ', who on Monday asked'.
_RELATIVE = re.compile(r"\b(?:who|which|that|whom|whose)\b")
# What sets a day off right after the span it falls in: 'Four years later, on Nov. 23'.
_SET_OFF = re.compile(r"\s*,?\s*")
# How many days apart a day named in a sentence may be from the one days or weeks counted on in it come to, and be the
# same moment.
COUNT_NEAR_DAYS = 3
# What opens another clause between days counted and a day named after them: 'A day later, it notified Tokyo that the
# pact would expire on Nov. 23', '... Tokyo said talks would be held on Aug. 24'.
_OTHER_CLAUSE = re.compile(
    r"[,;:]|\b(?:that|which|who|whom|when|where|while|and|but|said|says|told|announced|would|will|until|before"
    r"|after)\b", re.IGNORECASE)
# ... or a participle right before the day, another happening's: 'the restrictions imposed on July 4'.
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+$")
# How many days before the story's a day told in quote marks may be for its paragraph to go on from.
QUOTED_ANCHOR_DAYS = 92
# Days or weeks counted on: 'Three weeks later', 'nine days later'.
_DAYS_COUNTED = re.compile(r"\b(?:days?|weeks?)\s+(?:later|earlier)$", re.IGNORECASE)
# Between days or weeks counted and the day of the month they come to, named after them: a comma, or a phrase of where
# with no verb ('One week earlier, in his Liberation Day speech on August 15'; not 'A day later, it notified Tokyo that
# the pact would expire on Nov. 23').
_COUNT_TO_DAY = re.compile(r"\s*,?\s*(?:(?:in|at|during)\s+[^,;.]{0,60}?\s*)?")


# How far from the top the day the story tells of is looked for, where the lead tells none.
_STORY_DAY_PARAGRAPHS = 2


# The words that tell a happening named again ('South Korea decided ... / The decision came').
_TOLD_BY = {
    "summit": frozenset({"summit", "summits"}),
    "talks": frozenset({"talks", "talk", "talked", "talking"}),
    "meeting": frozenset({"meeting", "meetings", "met", "meet", "meets"}),
    "visit": frozenset({"visit", "visits", "visited", "visiting"}),
    "trip": frozenset({"trip", "trips"}),
    "decision": frozenset({"decision", "decided", "decides", "decide", "deciding"}),
    "announcement": frozenset({"announcement", "announced", "announces", "announce", "announcing"}),
    "move": frozenset({"move", "moved", "moves", "moving"}),
    "test": frozenset({"test", "tests", "tested", "testing"}),
    "launch": frozenset({"launch", "launches", "launched", "launching", "fired", "fires", "firing", "firings"}),
    "denial": frozenset({"denial", "denied", "denies", "deny"}),
    "protest": frozenset({"protest", "protests", "protested", "protesting"}),
}
_TOLD_BY["tests"], _TOLD_BY["launches"] = _TOLD_BY["test"], _TOLD_BY["launch"]
_TOLD_BY["firing"] = _TOLD_BY["firings"] = _TOLD_BY["launch"]


# A sum of money: '$30.5 billion', '2.1 trillion won', 'US$5 billion'.
_SUM = (r"(?:(?:US|U\.S\.|HK|A|C)?[$€£¥₩]\s?\d"
        r"|\b\d[\d.,]*\s*(?:(?:million|billion|trillion)\s+)?(?:won|yen|dollars|euros)\b)")
# ... what a figure was or is, the sum right after it, up to a year it is of in its clause: 'totaled about $30.5
# billion last year', 'fell 6 percent to $28.4 billion last year', 'up from roughly $900 million last year', 'wants
# close to $5 billion next year', 'is asking for nearly US$5 billion'; or what is paid then, the sum told before:
# 'five times what South Korea is paying in 2019'. Not a deed's: 'paid $800 million in grants in 1965', 'ordered
# Nippon Steel to pay a total of 400 million won in 2018', 'reached a deal worth 1.04 trillion won in 2019'.
_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:total(?:ed|led|s|ing)|amount(?:ed|s)?\s+to|reach(?:ed|es)|st(?:ood|ands)\s+at|came\s+to"
    r"|(?:is|are|was|were)\s+worth|(?:is|are)\s+paying|pays|spends|spending|wants|seeks|demands"
    r"|(?:is|are)\s+(?:asking|seeking)\s+for|asks\s+for|(?:up|down)\s+from"
    # (what one is asked to pay: 'is demanding that Seoul pay close to $5 billion next year')
    r"|(?:demand|ask|seek|want|urg)(?:s|ing)\s+(?:that\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:to\s+)?pay"
    r"|(?:fell|rose|grew|dropped|declined|increased|climbed|slid|jumped|plunged)\b[^,;$]{0,30}?\bto)"
    rf"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|close\s+to|a\s+record)\s+)?{_SUM}"
    r"(?:(?!\b(?:that|which|because|when|after|before|as)\b)[^,;]){0,60}$"
    r"|\b(?:is|are)\s+paying\s+(?:in\s+)?$)"
)
# ... or a sum before what it is for: 'a 2.1 trillion won budget set aside for next year'; before a year to come in its
# clause, a sum asked for or planned: 'The United States is reportedly demanding $4.7 billion next year'.
_SUM_FOR_BEFORE = re.compile(rf"{_SUM}[^,;]{{0,60}}\bfor\s+$")
_SUM_BEFORE = re.compile(
    r"\b(?:demand\w*|ask\w*|seek\w*|sought|want\w*|pay\w*|paid|earmark\w*|allocat\w*)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|no\s+more\s+than|close\s+to|up\s+to)\s+)?"
    rf"{_SUM}(?:(?!\b(?:that|which|will|would|but|while|and\s+(?:to|hopes?|plans?|wants?|seeks?|expects?|aims?"
    rf"|intends?|is|was|will|would|negotiate|sign|start|begin|reach|hold|seek))\b)[^,;]){{0,40}}$"
    # ... or set aside for it: 'more than 2 trillion won would be earmarked for the sector in next year's budget'
    rf"|{_SUM}[^,;]{{0,40}}\b(?:earmarked|allocated|set\s+aside|budgeted)\b[^,;]{{0,40}}$")


# A clause telling of what was named before, right after it, up to a time in it: 'crisis, when ...', 'row began when
# ...', 'curbs, which ...' (not 'talks, which collapsed, the round that began in March').
_TELLS_OF_IT = re.compile(
    r"(?:\s+(?:(?!(?:and|but|or)\b)[\w.'’-]+\s+){0,4}?[\w.'’-]+)?,?\s+(?:when|which|that|after)\b[^;:,]*"
    # (an aside set off by two commas inside it, not a clause after it: 'when Japan, citing security, tightened', not
    # 'which collapsed, the round that began')
    r"(?:,\s+(?!(?:and|but|or)\b)[^;:,]+,[^;:,]*)*")
# ... or the same clause after it ('In last year's row, Tokyo removed Seoul from its list in August'; not '...; this
# year it let the deadline pass in August').
_IN_ITS_CLAUSE = re.compile(r"(?![^;:]*\bthis\s+year\b)[^;:]*")
# ... or a phrase of the time it was in opening the sentence: "In last year's row, ...".
_IN_OPENING = re.compile(r"\s*(?:In|During|Amid)\s+")
_LAST_YEARS = re.compile(r"last\s+year['’]s$", re.IGNORECASE)  # (the expression may hold the 'In' before it)


def _figure_of_year(sentence: str, expression: DateExpression, published: date | None) -> bool:
    """Whether a year (no month in it) is the one a figure told before it is of, or one a sum is for: a figure or a
    frame, no happening. A year to come is 'next year' or one after the year of `published` ('in 2020' in 2019)."""
    if expression.kind not in ("year", "calendar") or (expression.kind == "calendar" and (
            expression.month is not None or expression.year is None)):
        return False
    before = sentence[:expression.start]
    to_come = (expression.offset or 0) > 0 if expression.kind == "year" else (
        published is not None and expression.year is not None and expression.year > published.year)
    return bool(_FIGURE_BEFORE.search(before)) or bool(_SUM_FOR_BEFORE.search(before)) or (
        to_come and bool(_SUM_BEFORE.search(before)))


def _tells(what: str, words: frozenset[str]) -> bool:
    """Whether `words` tell the happening `what` names: 'decided' tells 'decision', 'met' 'meeting'."""
    return not words.isdisjoint(_TOLD_BY[what])


# The stems of deeds a move may be (see `find_events`): 'suspended', 'summoned', 'decided to end'.
_DEED_STEMS = frozenset(word.removesuffix("s")[:5] for word in """
suspend suspended summoned decided announced removed imposed scrapped terminated notified withdrew halted resumed
lifted tightened eased dropped excluded retaliated sanctioned filed ended quit pulled reversed approved adopted
ruled seized voted fired downgraded launched stripped canceled cancelled rejected refused extended
""".split())


# A happening a story tells of, named again as what came: 'The summit came', 'The talks came', "Esper's visit came".
_STORY_HAPPENING = re.compile(
    r"\s*(?:The|(?P<whose>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)['’]s)\s+(?:latest\s+|missile\s+)?"
    r"(?P<what>summit|talks|meeting|visit|trip|decision|announcement|move|tests?"
    r"|launch(?:es)?|firings?|denial|protest)\s+"
)
# Capitals that stand for their states, as a happening's owner ("Seoul's decision").
_CAPITALS_FOR_STATES = frozenset({"Seoul", "Tokyo", "Pyongyang", "Washington", "Beijing", "Moscow"})
# ... those no word of the lead need tell: a move; a visit or a trip, as the story's dateline tells one.
_ANY_STORY = frozenset({"move", "visit", "trip"})
# A relative clause telling of something else, up to a time: ', which was signed in November 2016'.
# (or in one with no pronoun, its subject after the thing it is on: 'the export restrictions it imposed on Seoul in')
_TOLD_IN_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who)\b[^,;]*$"
    r"|\b[a-z]{4,}s\s+(?:it|they|Tokyo|Seoul|Japan|Washington|Pyongyang|Beijing)\s+(?:had\s+)?[a-z]+ed\b[^,;.]*$")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|t)\b")
# A day told as a moment elsewhere, right after another (see `_one_moment_once`): what may stand between them, ...
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|GMT)\s+)"
_SAME_MOMENT_BETWEEN = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|\s+(?:local|[A-Z][a-z]+)\s+time)?\s*[,(]\s*(?:which\s+(?:is|was)\s+|or\s+)?(?:early\s+|late\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening|night)(?:\s+of)?\s+)?"
    rf"(?:on\s+)?{_CLOCK}?"
)
# ... the place or zone told with the first, and with the second, a time of day, and a zone or a place far from Asia.
_FAR_APART = re.compile(
    r"\bU\.S\.|\b(?:time|GMT|UTC|EST|EDT|ET|Washington|New\s+York|US|United\s+States|America|Hawaii|Honolulu|East\s+Coast"
    r"|Delaware|Europe|London"
    r"|Brussels|Geneva|Ottawa|Paris|Berlin|Moscow)\b"
)
_HOUR = re.compile(r"(?i:\b(?:early|late|morning|afternoon|evening|night|midnight|noon|time|GMT)\b|\d\s*[ap]\.?m\b)")
_ZONE = re.compile(r"\b(?:in|on)\s+(?:the\s+)?[A-Z]|\btime\b")
_ZONE_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:(?:here\s+)?in\s+(?:the\s+)?[A-Z]|on\s+the\s+[A-Z]|(?:local|[A-Z][a-z]+)\s+time\b)"
)
# A day told in passing, in a participle's aside on a thing named before it: 'the tighter checks on
# three materials, imposed on July 4, would stay in place' (the story goes on from the day before it).
_PASSING_BEFORE = re.compile(r",\s+[a-z]+(?:ed|en)\s+$")
_PASSING_AFTER = re.compile(r"\s*,")
_RELATIVE_ASIDE_BEFORE = re.compile(r",\s+(?:who|which)\s+[^,;]*$")
_MOST_RECENTLY = re.compile(r"\bmost\s+recently\s+(?:on\s+)?$")


# A weekday naming a thing ('the Saturday deadline'), after words telling a day ahead of it.
_WEEKDAY_NAMING = re.compile(r"\b(?:the|a|this)\s+$")
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|until)\b")
# ... which, after 'before' or 'until', is a deadline: 'hours before the Saturday deadline'.
_DEADLINE_AFTER = re.compile(r"\s+deadline\b")


def _after_day_told(sentence: str, told_end: int, expression: DateExpression) -> bool:
    """Whether a weekday follows the day told before it (ending at `told_end`): naming what that day is ahead of ('On
    Friday, Seoul delivered notice, a day ahead of the Saturday deadline'), or what a step on that day cleared the way
    for ('The committee approved the bill on Monday, clearing the way for a plenary vote on Friday'; not in a relative
    clause: '..., which sent it to Tokyo on Monday')."""
    if _WEEKDAY_NAMING.search(sentence, 0, expression.start) and (
            ahead := _AHEAD_OF.search(sentence, told_end, expression.start)) is not None and (
            ahead.group().startswith("ahead") or _DEADLINE_AFTER.match(sentence, expression.end)):
        return True
    way = MAKING_WAY_FOR.search(sentence, told_end, expression.start)
    return way is not None and not _RELATIVE.search(sentence, way.end(), expression.start)


def _next_after(day: ResolvedDate, previous: ResolvedDate) -> ResolvedDate:
    """The weekday of `day` that first follows `previous`."""
    return day_date(previous.first + timedelta(days=(day.first.weekday() - previous.first.weekday() - 1) % 7 + 1))


def _last_before(day: ResolvedDate, later: ResolvedDate) -> ResolvedDate:
    """The weekday of `day` that last comes before `later`."""
    return day_date(later.first - timedelta(days=(later.first.weekday() - day.first.weekday() - 1) % 7 + 1))


def _after(day: ResolvedDate, previous: ResolvedDate) -> ResolvedDate:
    """A weekday listed after another falls after it: 'on Tuesday and Wednesday'."""
    if day.precision != "day" or previous.precision != "day" or day.first > previous.first:
        return day
    return day_date(day.first + timedelta(days=7 * ((previous.first - day.first).days // 7 + 1)))


# A sentence's own happening in the simple past, saying or meeting, with no other time or mood told before a count
# set off after it (see `find_events`).
_SAID_OR_MET = re.compile(r"\b(?:said|told|met|held|spoke|announced|added|stressed|visited)\b")
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]*[\"”]")
_NOT_SIMPLE_PAST = re.compile(
    r"\b(?:had|has|have|will|would|must|should|may|might|can|could|is|are|was|were|expected|when|began)\b")

def _counted_from(
    index: int, offset: int, sentence: str, match: re.Match | None, day: date, quoted: tuple[tuple[int, int], ...],
    aside: bool = False,
) -> _Found | None:
    """The happening `match` (of `_SHIFTED`, `_CAME_AFTER` or `_OPENING_COUNT`) counts from `day` ('Saturday, a day
    after Seoul made a U-turn': the U-turn was on Friday); None when there is none."""
    if match is None or _inside(offset + match.start("count"), quoted):
        return None
    counted = _shifted(index, offset, sentence, match, day, -1 if match["way"].lower() == "after" else 1)
    # What happened then is what the words after the phrase tell, to the next clause, or to the comma
    # closing an aside: 'Seoul made a last-minute U-turn'; no named day ('a week before Christmas').
    told = sentence[match.end():]
    end = _ASIDE_END.search(told) if aside else _CLAUSE_JOIN.search(told)
    told = (told[:end.start()] if end else told).strip(" .,")
    if len(told.split()) < 2:
        return None
    told = _statement(told[:1].upper() + told[1:] + ".", 0, 0)
    return replace(counted, event=replace(counted.event, text=told))


def _came_after_told(
    index: int, offset: int, sentence: str, match: re.Match, day: date, quoted: tuple[tuple[int, int], ...]
) -> _Found | None:
    """What the sentence tells, `match` (of `_CAME_AFTER`) counted on from `day`, the day of the happening
    the words after 'after' name again: 'Seoul's answer came a week after the speech'."""
    if _inside(offset + match.start("count"), quoted):
        return None
    return _shifted(index, offset, sentence, match, day, 1)


def _shifted(index: int, offset: int, sentence: str, match: re.Match, day: date, sign: int) -> _Found:
    """The sentence found at `day` shifted by the count `match` (of `_COUNT`) names, forward (`sign` 1)
    or back (-1), its words ('a day after') the expression."""
    written = match["count"].lower()
    count, unit = int(written) if written.isdigit() else NUMBER_WORDS[written], match["unit"].lower()
    if unit.startswith("month"):
        year, month = divmod(day.year * 12 + day.month - 1 + sign * count, 12)
        resolved = month_date(year, month + 1)
    else:
        resolved = day_date(day + timedelta(days=sign * count * (7 if unit.startswith("week") else 1)))
    phrase = DateExpression(match.start("count"), match.end("way"), sentence[match.start("count"):match.end("way")],
                            "that-day")
    return _found(index, offset, offset + phrase.start, sentence, phrase, resolved)


def _one_moment_once(sentence: str, expressions: tuple[DateExpression, ...]) -> tuple[DateExpression, ...]:
    """`expressions` but a day told right after another as the same moment where else in the world: 'Late Thursday
    in Washington, Friday morning in Seoul, the Senate passed', 'at 12 a.m. Saturday Korea time, which is 10 a.m.
    Friday in Washington' (the first day told is kept)."""
    kept: list[DateExpression] = []
    for expression in expressions:
        last = kept[-1] if kept else None
        if (last is not None and (_next_weekdays(last, expression) or _next_days(last, expression))
                and _SAME_MOMENT_BETWEEN.fullmatch(sentence, last.end, expression.start)
                and _ZONE.search(sentence, last.end, expression.start) and (zone := _ZONE_AFTER.match(
                    sentence, expression.end))
                and _HOUR.search(sentence, max(0, last.start - 6), zone.end())
                and _FAR_APART.search(sentence, max(0, last.start - 6), zone.end() + 30)):
            continue  # (a time of day told with them, and a zone or a place across the Pacific: not 'talks on Thursday
            # in Seoul, Friday in Tokyo', 'arrives Tuesday in Tokyo, Wednesday evening in Seoul')
        kept.append(expression)
    return tuple(kept)


def _next_weekdays(first: DateExpression, second: DateExpression) -> bool:
    """Whether two weekdays are a day apart: 'late Thursday in Washington, Friday morning in Seoul'."""
    return first.kind == second.kind == "weekday" and (second.weekday - first.weekday) % 7 in (1, 6)


def _next_days(first: DateExpression, second: DateExpression) -> bool:
    """Whether two days are a day apart: 'on Nov. 15 local time, or the morning of Nov. 16 in Korea', 'on Nov. 30
    in Washington, Dec. 1 in Seoul'."""
    if not (first.kind == second.kind == "calendar" and first.day is not None and second.day is not None
            and first.month is not None and second.month is not None):
        return False
    if first.month == second.month and first.year == second.year:
        return abs(second.day - first.day) == 1
    # ... across a month's end, either way: the last day of one, the first of the next
    early, late = (first, second) if second.day == 1 else (second, first)
    if late.day != 1:
        return False
    late_year = late.year or (early.year and early.year + (early.month == 12)) or 2019  # (2019: no Feb. 29)
    try:
        return date(early.year or late_year - (early.month == 12), early.month, early.day) + timedelta(days=1) == date(
            late_year, late.month, 1)
    except ValueError:
        return False


def _told_aside(sentence: str, expression: DateExpression) -> bool:
    """Whether `expression` is told in a relative clause set off by a comma, or as the last of several times: 'Esper,
    who held talks with Moon on Nov. 15, said', 'several times since late July, most recently last Friday'."""
    return bool(_RELATIVE_ASIDE_BEFORE.search(sentence, 0, expression.start)
                or _MOST_RECENTLY.search(sentence, 0, expression.start))


def _in_passing(sentence: str, expression: DateExpression) -> bool:
    """Whether `expression` is told in a participle's aside set off by commas (see `_PASSING_BEFORE`)."""
    return bool(_PASSING_BEFORE.search(sentence, 0, expression.start)
                and _PASSING_AFTER.match(sentence, expression.end))


def _deadline(sentence: str, expression: DateExpression, tense: str | None = None) -> bool:
    """Whether `expression` names a deadline ('asking for a response by May 31'): no day the story
    goes on from ('Suga told a press conference later in the day' is not May 31); not a part of a day
    something was done by, told in the past ('Kang was back in Seoul by Thursday morning. That afternoon,
    ...')."""
    if tense == "past" and _BY_DAY_PART.fullmatch(expression.text):
        return False
    return bool(_DEADLINE_OPENING.match(expression.text) or _DEADLINE_BEFORE.search(sentence, 0, expression.start))


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _found(paragraph: int, sentence_start: int, position: int, sentence: str,
           expression: DateExpression, resolved: ResolvedDate) -> _Found:
    event = Event(
        date=resolved.iso,
        precision=resolved.precision,
        text=_statement(sentence, expression.start, expression.end),
        paragraph=paragraph,
        expression=expression.text,
    )
    rest = sentence[:expression.start] + " " + sentence[expression.end:]
    words, plain_words = _content_words(rest)
    before = list(_CLAUSE_OR_CITING.finditer(sentence, 0, expression.start))
    after = _CLAUSE_OR_CITING.search(sentence, expression.end)
    own = sentence[before[-1].end() if before else 0:expression.start] + " " + sentence[
        expression.end:after.start() if after else len(sentence)]
    return _Found(
        event=event,
        resolved=resolved,
        position=position,
        sentence=sentence_start,
        vague=expression.vague,
        possessive=expression.possessive,
        words=words,
        plain_words=plain_words,
        clause=len(before),
        own=own if before or after else None,  # (one clause: the sentence's words)
    )


# --- Where dates are not events ----------------------------------------------


def _is_label(paragraph: str) -> bool:
    """True for a page date or stamp: no full stop, and little besides its dates."""
    if re.search(r"[.!?][\"'”’)]*$", paragraph.rstrip()):
        return False  # a sentence, however short: 'It expires on Saturday.'
    if _TOLD_ENTRY.match(paragraph):
        return False  # a chronology's entry: 'Sept. 11: Korea files WTO complaint'
    expressions = find_dates(paragraph)
    if not expressions:
        return False
    rest, last = [], 0
    for expression in expressions:
        rest.append(paragraph[last:expression.start])
        last = expression.end
    rest.append(paragraph[last:])
    return len(_WORD.findall(" ".join(rest))) < LABEL_WORDS


def _quoted_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Character spans inside double quotation marks; an unclosed quote runs to the end."""
    spans, opened, straight = [], None, False
    for mark in _DOUBLE_QUOTE.finditer(paragraph):  # only the marks, not every character
        i, char = mark.start(), mark.group()
        if char == "“" and opened is None:
            opened, straight = i, False
        elif char == "”" and opened is not None and not straight:
            spans.append((opened, i))
            opened = None
        elif char == '"':
            if opened is None:
                opened, straight = i, True
            elif straight:
                spans.append((opened, i))
                opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return tuple(spans)


def _inside(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start < position < end for start, end in spans)


def _sentences(paragraph: str) -> list[tuple[int, str]]:
    """(offset in the paragraph, sentence) for each sentence."""
    found, cursor = [], 0
    for sentence in split_sentences(paragraph):
        offset = paragraph.find(sentence, cursor)
        if offset < 0:
            offset = cursor
        found.append((offset, sentence))
        cursor = offset + len(sentence)
    return found


# --- What happened -----------------------------------------------------------


def _statement(sentence: str, start: int, end: int, limit: int = TEXT_LIMIT) -> str:
    """`sentence` as a short statement around `sentence[start:end]`, at most `limit` characters.

    The opening dateline, list mark or transcript label ('A: ') goes; a long
    sentence keeps the clauses nearest the date words (or, when those are too
    short or too long, the words nearest them), with '…' where it was cut.
    """
    mark = LIST_MARK.match(sentence) or SPEAKER_LABEL.match(sentence)
    cut = mark.end() if mark else dateline_length(sentence)
    if 0 < cut <= start:
        sentence, start, end = sentence[cut:], start - cut, end - cut
    if len(sentence) <= limit:
        return " ".join(sentence.split())
    room = limit - 2  # for the '…' marks
    clauses = _clauses(sentence)
    home = next((i for i, (s, e) in enumerate(clauses) if s <= start < e), len(clauses) - 1)
    first = last = home
    grown = True
    while grown:
        grown = False
        for lo, hi in ((first - 1, last), (first, last + 1)):
            if 0 <= lo and hi < len(clauses) and clauses[hi][1] - clauses[lo][0] <= room:
                first, last, grown = lo, hi, True
                break
    lo, hi = clauses[first][0], clauses[last][1]
    if hi - lo > room or hi - lo < room // 2:
        lo, hi = _window(sentence, start, end, room)
    piece = sentence[lo:hi].strip(" ,;:")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(sentence) else ""
    return " ".join((prefix + piece + suffix).split())


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:]\s+|\s[—–-]{1,2}\s", sentence)] + [len(sentence)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _window(sentence: str, start: int, end: int, room: int) -> tuple[int, int]:
    """The span of whole words around `sentence[start:end]`, at most `room` characters."""
    spare = max(0, room - (end - start))
    lo = max(0, start - spare // 2)
    hi = min(len(sentence), lo + room)
    lo = max(0, hi - room)
    if lo > 0:
        space = sentence.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


# --- One event per happening -------------------------------------------------


def _content_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Stems (first five letters) of the words that say what happens: all, and the plain ones.

    The plain ones leave capitalised words out: they say who acts, and two
    happenings of one actor are still two. Both come from one pass over the words.
    """
    stems, plain = set(), set()
    words = _WORD.findall(text)
    # Lower case once for all the words (joined by spaces, which no word holds).
    lowered = " ".join(words).lower().replace("’", "'").split(" ") if words else []
    for word, lower in zip(words, lowered):
        lower = lower.removesuffix("'s")
        if lower in STOPWORDS or len(lower) < 3:
            continue
        stem = lower.removesuffix("s")[:5]
        stems.add(stem)
        if not word[0].isupper():
            plain.add(stem)
    return frozenset(stems), frozenset(plain)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# How many characters at most stand between a span and the day in it set off after it ('A year ago this week, on').
APPOSED_DAY_GAP = 12


def _same_happening(kept: _Found, new: _Found) -> str | None:
    """How `new` repeats `kept`: 'drop' it, 'replace' kept with it, or None (two happenings)."""
    same_date = kept.resolved.iso == new.resolved.iso
    # Two times one sentence tells are two happenings ('held talks in Tokyo last week, and on Friday
    # Japan eased ...'), unless they are one time told twice.
    same_sentence = (kept.sentence, kept.event.paragraph) == (new.sentence, new.event.paragraph)
    if same_date and same_sentence:
        return "drop"
    if same_date and new.possessive:
        return "drop"
    if same_date and kept.resolved.precision == "year" and (
            kept.plain_words & new.plain_words or new.event.expression.lower().startswith("since")):
        # a year alone told again, with a word of what happened in it or as a time since: 'the 1965 agreement' /
        # 'settled by the 1965 agreement', 'since 1965' (not 'drills suspended in 2018' and 'the 2018 rulings')
        return "drop"
    # A span, then a day or month in it set off right after it, are one time: 'A year ago this week, on 22 August
    # 2019, Seoul announced ...', 'Three months later, on Nov. 22, ...', 'Four years later, in November, ...' (not 'on
    # four days in March, most recently on Sunday').
    if (same_sentence and kept.clause == new.clause
            and kept.resolved.precision != "day" and new.resolved.precision != kept.resolved.precision
            and new.resolved.precision in ("day", "month")
            and 0 <= new.position - kept.position - len(kept.event.expression) <= APPOSED_DAY_GAP
            and kept.resolved.covers(new.resolved)):
        return "replace"
    if (kept.vague or new.vague) and not (same_sentence and kept.clause != new.clause) and _restated(kept, new):
        if kept.vague and not new.vague and kept.resolved.covers(new.resolved):
            return "replace"
        if new.vague and new.resolved.covers(kept.resolved):
            return "drop"
    if not same_date:
        return None
    if new.event.paragraph - kept.event.paragraph <= 1:
        if len(kept.plain_words & new.plain_words) >= NEIGHBOUR_SHARED:
            return "drop"
    # A copy names the people or bodies the first names, or some of them, countries aside ('Seoul' and
    # 'South Korea'): 'Mark Esper visited Seoul last week' and 'David Stilwell visited Seoul earlier this
    # month' are two visits.
    names = kept.words - kept.plain_words - _PLACE_STEMS
    new_names = new.words - new.plain_words - _PLACE_STEMS
    if _similarity(kept.words, new.words) >= COPY_SIMILARITY and (names <= new_names or new_names <= names):
        return "drop"
    return None


def _restated(kept: _Found, new: _Found) -> bool:
    """Whether a span and a day (or two spans) tell one happening by their words: two shared words
    that say what happens, or one with a deadline's in their own clauses ('meet again in Seoul next week, and
    the current agreement expires at the end of December' tells no expiry next week), or one with
    two names (see `_DEADLINE_STEMS`)."""
    shared = kept.plain_words & new.plain_words
    if len(shared) >= 2 or kept.own_words & new.own_words & _DEADLINE_STEMS:
        return True
    names = (kept.words - kept.plain_words) & (new.words - new.plain_words) - _ROLE_STEMS
    return bool(shared) and len(names) >= 2


def _merge(found: list[_Found]) -> list[_Found]:
    kept: list[_Found] = []
    for new in found:
        verdict, target = None, None
        for i, old in enumerate(kept):
            verdict = _same_happening(old, new)
            if verdict:
                target = i
                break
        if verdict == "replace":
            kept[target] = new
        elif verdict is None:
            kept.append(new)
    return sorted(kept, key=lambda f: (f.event.paragraph, f.position))
