"""Pick the key facts and the summary of an article.

The key facts are the body sentences that carry the news. Each sentence is
scored by cues (decision verbs, dates, numbers, stated positions), by how
early it comes, and by how many title words it repeats; sentences that are
mostly quotation weigh less, and sentences that look like site chrome are
never facts. The cut-off last sentence of a truncated capture is used only
when nothing else is left.

The summary is the lede: the first real body sentence, and the next ones of
its paragraph while the whole stays short, without the dateline
('SEOUL (Kyodo) --').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .boilerplate import pattern_group
from .metadata import dateline_length, news_paragraphs
from .models import CleanArticle, Event, Fact
from .lexicon import TRANSCRIPT_HOSTS
from .sentences import LIST_MARK, SPEAKER_LABEL, cut_off, is_complete, split_sentences
from .tokens import lower_for_patterns

MAX_FACTS = 6
SUMMARY_LIMIT = 300

# A sentence scoring below this is background, not news (the best sentence
# is kept whatever its score).
MIN_FACT_SCORE = 3.0


@dataclass(frozen=True)
class Cue:
    """Words that make a sentence newsworthy, and how much each group weighs.

    A group counts once per sentence, however many of its words occur.
    `words` are found whole and case-blind (a space in one stands for any
    white space); `pattern`, when given, is further text that cues, in lower
    case, matched against the sentence in lower case (`lower_for_patterns`).
    """

    name: str
    weight: float
    words: tuple[str, ...]
    pattern: str = ""


def _words(*words: str) -> str:
    return r"\b(?:" + "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words) + r")\b"


CUES = (
    Cue("decision", 3.0, (
        "decide", "decides", "decided", "decision", "announce", "announces", "announced",
        "agree", "agrees", "agreed", "approve", "approves", "approved", "terminate",
        "terminates", "terminated", "termination", "suspend", "suspends", "suspended",
        "expire", "expires", "expired", "expiry", "expiration", "end", "ends", "ended",
        "ending", "scrap", "scraps", "scrapped", "abandon", "abandoned", "withdraw",
        "withdrew", "withdrawal", "renew", "renewed", "extend", "extended", "extends",
        "halt", "halted", "postpone", "postponed", "impose", "imposed", "remove", "removed",
        "removal", "lift", "lifted", "revoke", "revoked", "retract", "notified", "signed",
        "ruled", "ordered", "rejected", "confirmed", "launched", "fired", "resume", "resumed",
        "maintain", "keep", "kept", "axed", "nixing", "let lapse",
    )),
    Cue("position", 1.5, (
        "urge", "urges", "urged", "call on", "called on", "calls on", "called for",
        "calls for", "demand", "demanded", "demands", "warn", "warned", "warns",
        "criticize", "criticized", "criticise", "criticised", "denounce", "denounced",
        "welcome", "welcomed", "welcomes", "hailed", "lauded", "commend", "regret",
        "regrettable", "disappointed", "disappointment", "concern", "concerns",
        "concerned", "position", "stance", "insist", "insisted", "refuse", "refused",
        "refusing", "oppose", "opposed", "vowed", "pledged", "expressed",
    )),
    Cue("date", 1.5, (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
        "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today",
        "yesterday", "tomorrow", "midnight", "this week", "next week", "this month",
        "next month",
    )),
    Cue("number", 1.0, (
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozen", "hundred", "hundreds", "thousand", "thousands", "million", "billion",
        "percent", "half",
    ), pattern=r"\d"),
    # Background the news is set against, not the news itself.
    Cue("background", -1.5, (
        "last year", "years ago", "in the past", "previously", "history", "historical",
        "colonial", "colonization", "colonisation", "wartime", "World War",
    )),
)

# A sentence matching one of these is site chrome, not news. In lower case:
# they are matched against the sentence in lower case, as the cues.
BOILERPLATE = (
    r"\bcopyright\b", r"©", r"\ball rights reserved\b", r"\bsubscri(?:be|ption|ber)\b",
    r"\bsign (?:up|in)\b", r"\blog ?in\b", r"\bclick\b", r"\bnewsletter\b",
    r"https?://", r"\bwww\.", r"\bread more\b", r"\bfollow us\b", r"\badvertisement\b",
    r"\bsponsored content\b", r"\bshare (?:this|on)\b", r"\b\d+\s+comments?\b",
    r"\bleave a comment\b", r"\bphoto\s*:", r"\bfree articles?\b",
    r"\bvisit (?:our|\w+[’']s) homepage\b", r"<[a-z/][^>]*>", r"\{\{", r"\|",
    r"\bthe (?:author|writer) is\b",
)

# Photo credits, often glued to the caption: 'Lee Jin-Man/Associated Press',
# 'CreditCredit', 'ImageSecurity officers ...'. Case matters here.
CREDITS = (
    r"/(?:Reuters|AP|AFP|EPA|Getty|Yonhap|Kyodo|Bloomberg|Xinhua|Associated Press|Pool)",
    r"\bCredit", r"\b(?:Image|Photo)[A-Z]",
)

# Labels that open a transcript or a section, not the sentence itself.
LEAD_LABELS = (
    "Anchor", "Reporter", "Report", "Analysis", "Editorial", "Opinion", "Update",
    "Breaking", "Breaking News", "Exclusive",
)

STOPWORDS = frozenset(
    "a an the of to in on at for with by from as and or but is are was were be been "
    "its it this that over after before into about up out than s says said will would "
    "could can may has have had not no new".split()
)

MIN_WORDS = 6
WEIGHT_TITLE = 3.0
WEIGHT_LEDE = 4.0
WEIGHT_POSITION = 2.0
WEIGHT_QUOTED = 3.0
PENALTY_INCOMPLETE = 4.0
# A sentence opening with a pronoun says little alone ('He also added that ...'): a fact only when little else is.
PENALTY_DANGLING = 4.0
_DANGLING = re.compile(r"(?:He|She|They|It)\b")

_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in LEAD_LABELS) + r")\s*[:|]\s*", re.IGNORECASE
)
# Searched pattern by pattern behind a substring test (`PatternGroup`): most
# open with '\b', which keeps the engine from skipping ahead, and most
# sentences hold none of their words.
_BOILERPLATE = pattern_group(tuple(re.compile(p) for p in BOILERPLATE))
_CREDITS = re.compile("|".join(CREDITS))
# Text every credit holds: the pattern opens with '\b' or a branch, so the
# engine tries it at every position; most sentences hold none of these.
_CREDIT_NEEDLES = ("/", "Credit", "Image", "Photo")
_WORD_RUN = re.compile(r"\w+")


def _cue_matcher(cue: Cue) -> tuple[frozenset[str], frozenset[str] | None, re.Pattern[str] | None]:
    """The cue's one-word words as a set, a screen, and a pattern for the rest (None when nothing is left).

    '\\bword\\b' finds a word of letters only where it is a whole run of word
    characters: looking the runs of a sentence up in a set is exact, and much
    faster than an alternation of sixty words tried at every position.
    The pattern for the rest ('let lapse', 'jan.') opens with '\\b', which
    keeps the engine from skipping ahead; each of its words opens with a whole
    run of word characters ('let', 'jan'), so it is searched only when one of
    those runs is in the sentence. The screen is None when the cue has its own
    pattern or a word opens otherwise: then the pattern is always searched.
    """
    lowered = [word.lower() for word in cue.words]
    single = frozenset(word for word in lowered if _WORD_RUN.fullmatch(word))
    other = [word for word in lowered if word not in single]
    pattern = "|".join(p for p in (cue.pattern, _words(*other) if other else "") if p)
    firsts = [_WORD_RUN.match(word) for word in other]
    screen = None if cue.pattern or not all(firsts) else frozenset(run.group() for run in firsts)
    return single, screen, re.compile(pattern) if pattern else None


_CUES = tuple((cue, *_cue_matcher(cue)) for cue in CUES)
_WEIGHTS = {cue.name: cue.weight for cue in CUES}

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DOUBLE_QUOTE = re.compile(r'[“”"]')


@dataclass(frozen=True)
class Sentence:
    """A body sentence without its dateline, where it stands, and whether it is whole."""

    text: str
    paragraph: int
    ordinal: int
    complete: bool
    quoted: float = 0.0  # share of the characters inside quotation marks
    listed: bool = False  # an item of a bullet list


def summarize(article: CleanArticle, sentences: Sequence[Sentence] | None = None) -> str:
    """A short summary: the lede, cleaned.

    The first body sentence that reads as news (not a heading, byline or
    chrome), without the dateline or a transcript label, followed by the next
    sentences of its paragraph while the whole stays within SUMMARY_LIMIT
    characters (quotations and list items are not added). A first
    sentence longer than that is shortened at a word boundary and ends with
    '…', as does a text that stops mid-sentence (`news_sentences`). Empty
    when the body has no sentence at all. `sentences` are the
    article's `news_sentences`, when the caller has them already.
    """
    if sentences is None:
        sentences = news_sentences(article)
    if not sentences:
        return ""
    # The lede is prose: a key-points list before it is skipped when there is prose.
    prose = [s for s in sentences if not s.listed] or sentences
    whole = [s for s in prose if s.complete]
    first = whole[0] if whole else prose[0]
    summary = first.text
    for sentence in sentences[sentences.index(first) + 1:]:
        if (
            sentence.paragraph != first.paragraph
            or not sentence.complete
            or sentence.listed
            or sentence.quoted > 0.5
            or len(summary) + 1 + len(sentence.text) > SUMMARY_LIMIT
        ):
            break
        summary = f"{summary} {sentence.text}"
    if len(summary) > SUMMARY_LIMIT:
        summary = _shorten(summary, SUMMARY_LIMIT)
    return summary


def rank_facts(
    article: CleanArticle, events: tuple[Event, ...], sentences: Sequence[Sentence] | None = None
) -> tuple[Fact, ...]:
    """The sentences that carry the news, most important first.

    At most MAX_FACTS; each cites its paragraph index. A sentence naming one
    of `events` counts as dated. Deterministic: equal scores keep text order.
    `sentences` are the article's `news_sentences`, when the caller has them already.
    """
    if sentences is None:
        sentences = news_sentences(article)
    if not sentences:
        return ()
    title_words = _content_words(article.title)
    dated = _event_expressions(events)
    current = _current_year(article, sentences)
    scored = sorted(
        ((score_sentence(s, len(sentences), title_words, dated, current), s) for s in sentences),
        key=lambda pair: (-pair[0], pair[1].ordinal),
    )
    chosen = [s for score, s in scored if score >= MIN_FACT_SCORE and s.complete]
    if not chosen:
        chosen = [scored[0][1]]
    return tuple(Fact(text=s.text, paragraph=s.paragraph) for s in chosen[:MAX_FACTS])


def score_sentence(
    sentence: Sentence,
    total: int,
    title_words: frozenset[str],
    dated: dict[int, tuple[str, ...]] | None = None,
    current_year: int | None = None,
) -> float:
    """How much news `sentence` carries, as the sum of its weighted cues.

    `total` is the number of candidate sentences (for the position weight);
    `dated` maps a paragraph index to the event expressions found in it; a
    year before `current_year` marks background, the current year a date.
    """
    text = sentence.text
    weights = _WEIGHTS
    lowered = lower_for_patterns(text)
    runs = set(_WORD_RUN.findall(lowered))
    found = {
        cue.name for cue, words, screen, pattern in _CUES
        if not runs.isdisjoint(words)
        or (pattern is not None and (screen is None or not runs.isdisjoint(screen)) and pattern.search(lowered))
    }
    expressions = (dated or {}).get(sentence.paragraph, ())
    if any(expression and expression in text for expression in expressions):
        found.add("date")
    years = [int(year) for year in _YEAR.findall(text)]
    if current_year is not None and any(year < current_year for year in years):
        found.add("background")
    elif years:
        found.add("date")
    score = sum(weights[name] for name in found)
    if title_words:
        score += WEIGHT_TITLE * len(title_words & _content_words(text)) / len(title_words)
    if sentence.ordinal == 0:
        score += WEIGHT_LEDE
    score += WEIGHT_POSITION * (1 - sentence.ordinal / max(total, 1))
    score -= WEIGHT_QUOTED * sentence.quoted
    if not sentence.complete:
        score -= PENALTY_INCOMPLETE
    if _DANGLING.match(text):
        score -= PENALTY_DANGLING
    return score


def strip_dateline(text: str) -> str:
    """`text` without an opening dateline ('WASHINGTON -- ', 'SEOUL (Kyodo) -- ') or label."""
    text = _LABEL.sub("", text.lstrip())
    return text[dateline_length(text):].strip()


def news_sentences(article: CleanArticle) -> list[Sentence]:
    """The body sentences that read as news, in order, without near-duplicates.

    A sentence without end punctuation is kept only at the end of the text,
    where the capture was cut, and then ends with '…' (`cut_off`).
    """
    title_key = _key(article.title)
    raw: list[tuple[str, int, float, bool]] = []
    for index, paragraph in enumerate(news_paragraphs(article.paragraphs, article.dateline)):
        label = SPEAKER_LABEL.match(paragraph)
        if label and label["speaker"].upper() in TRANSCRIPT_HOSTS:
            continue  # a transcript's question or host: 'REPORTER: Please tell us ...'
        quoted = _quoted_spans(paragraph)
        # The dateline is cut before the sentences are split: its region's abbreviation ('CAMP
        # DAVID, Md. (AP) --') ends no sentence.
        cursor = len(paragraph.rstrip()) - len(strip_dateline(paragraph))
        for position, sentence in enumerate(split_sentences(paragraph[cursor:])):
            start = paragraph.find(sentence, cursor)
            cursor = start + len(sentence)
            bullet = LIST_MARK.match(sentence)
            text = sentence[bullet.end():] if bullet else sentence
            text = strip_dateline(text) if position == 0 else text
            offset = cursor - len(text)
            if text:
                share = _overlap(quoted, offset, cursor) / len(text)
                raw.append((text, index, share, bool(bullet)))
    kept: list[tuple[str, int, bool, float, bool]] = []
    keys: list[str] = []
    for number, (text, paragraph, quoted, listed) in enumerate(raw):
        last = number == len(raw) - 1
        complete = is_complete(text)
        if _looks_like_chrome(text):
            continue
        key = _key(text)
        if key == title_key:
            continue
        # A line without end punctuation in mid-text is a heading or a caption;
        # at the end of the text it is the cut-off last sentence.
        if not complete and not last:
            continue
        kept.append((text if complete else cut_off(text), paragraph, complete, quoted, listed))
        keys.append(key)
    # Keys hold no line break: a key found once in all of them joined is
    # found in itself only, and the pairwise test below is not needed.
    joined = "\n".join(keys)
    sentences = []
    for number, (text, paragraph, complete, quoted, listed) in enumerate(kept):
        if joined.count(keys[number]) > 1 and any(
            other != number and keys[number] in keys[other]
            and (len(keys[other]) > len(keys[number]) or other < number)
            for other in range(len(kept))
        ):
            continue
        sentences.append(Sentence(text, paragraph, len(sentences), complete, quoted, listed))
    return sentences


def _looks_like_chrome(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return True
    if not any(char.islower() for char in text):
        return True
    lowered = lower_for_patterns(text)
    return _BOILERPLATE.matches(lowered, lowered) or (
        any(needle in text for needle in _CREDIT_NEEDLES) and _CREDITS.search(text) is not None
    )


def _quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """The character spans of `paragraph` inside double quotation marks, marks included.

    Quotations often run over several sentences, so the marks are paired over
    the whole paragraph: '“' opens, '”' closes, '"' alternates. A closing mark
    without an opening one is a span of itself; an unclosed quotation runs to
    the end. Only the marks are visited, not every character.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _DOUBLE_QUOTE.finditer(paragraph):
        at = mark.start()
        if mark.group() == "“" or (mark.group() == '"' and opened is None):
            if opened is None:
                opened = at
        else:
            spans.append((at if opened is None else opened, at + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return spans


def _overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """How many characters of `start:end` lie in `spans`."""
    return sum(max(0, min(end, e) - max(start, s)) for s, e in spans)


def _current_year(article: CleanArticle, sentences: list[Sentence]) -> int | None:
    """The year of the news: the published year, else the latest year named."""
    if article.published and _YEAR.match(article.published):
        return int(article.published[:4])
    years = [int(year) for s in sentences for year in _YEAR.findall(s.text)]
    return max(years, default=None)


def _event_expressions(events: tuple[Event, ...]) -> dict[int, tuple[str, ...]]:
    found: dict[int, tuple[str, ...]] = {}
    for event in events:
        found[event.paragraph] = found.get(event.paragraph, ()) + (event.expression,)
    return found


def _content_words(text: str) -> frozenset[str]:
    found = set()
    for word in _lowered_words(_WORD.findall(text)):
        if word not in STOPWORDS:
            found.add(word.removesuffix("'s").rstrip("s") or word)
    return frozenset(found)


def _lowered_words(words: list[str]) -> list[str]:
    """Each word in lower case with straight apostrophes, as `word.lower().replace(...)` makes it.

    Done once on the words joined by spaces: no word holds a space, and a
    space ends a word for `str.lower` as the end of the text does.
    """
    if not words:
        return []
    return " ".join(words).lower().replace("’", "'").split(" ")


def _key(text: str) -> str:
    return " ".join(_WORD_RUN.findall(text.lower()))


def _shorten(text: str, limit: int) -> str:
    cut = text[: limit - 1]
    for mark in (";", ",", " —", " –", " -"):
        clause = cut.rfind(mark)
        if clause > limit // 2:
            return cut[:clause].rstrip() + "…"
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
