"""An issue across its briefings: background, timeline, positions, status, what comes next.

Every line of an issue page is an article's own sentence or event, cited to
its paragraph; nothing is written that no source says.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .issues import fold, names_issue
from .knowledge import IssueDef
from .memo import Memo
from .metadata import dateline_length, news_paragraphs
from .models import (
    Actor,
    ActorProfile,
    Briefing,
    Citation,
    IssueProfile,
    Position,
    Quote,
    Statement,
    TimelineEntry,
)
from .roles import out_of_office
from .sentences import cut_off, split_sentences
from .timeline import SAME_TOPIC, content_words, find_conflicts, similarity, strongest_conflicts

MAX_BACKGROUND = 6
MAX_STATEMENTS = 5
MAX_QUOTES = 6
# Key facts an issue's status gives from its newest briefing.
STATUS_FACTS = 3
MAX_PARTIES = 6
# A quoted word or three ('complete', 'a little bit') is the writer's pick
# from what was said, not a position to show on its own.
MIN_POSITION_QUOTE_WORDS = 4
# What a sentence says when it explains what the thing is and how it works.
BACKGROUND_CUES = tuple(re.compile(p, re.I) for p in (
    r"\bsigned\b", r"\bconcluded\b", r"\bagreed in\b", r"\ballows?\b", r"\bshar(e|es|ed|ing)\b",
    r"\brenew", r"\bautomatically\b", r"\bunless\b", r"\bnotice\b", r"\bevery year\b|\beach year\b|\byearly\b",
    r"\bsince\b", r"\bexpire", r"\bdesigned\b", r"\bmechanism\b", r"\bis seen as\b", r"\bsymbol\b",
))
# Verbs by which a party acts or takes a position, in their verb forms only:
# 'agreed', not 'Agreement' (a word of the pact's own name); 'pressed', not
# 'pressure'; 'decided', not 'decision'.
_POSITION_VERB_FORMS = (
    "urge urges urged urging", "press presses pressed pressing", "call calls called calling",
    "decide decides decided deciding", "announce announces announced announcing",
    "welcome welcomes welcomed welcoming", "express expresses expressed expressing",
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    "denounce denounces denounced denouncing", "agree agrees agreed agreeing", "hope hopes hoped hoping",
    "want wants wanted wanting", "refuse refuses refused refusing", "demand demands demanded demanding",
    "reiterate reiterates reiterated reiterating", "vow vows vowed vowing",
    "maintain maintains maintained maintaining", "insist insists insisted insisting",
    "warn warns warned warning", "said says", "stress stresses stressed stressing",
    "blame blames blamed blaming", "suspend suspends suspended suspending",
    "terminate terminates terminated terminating", "notify notifies notified notifying",
    "reject rejects rejected rejecting", "commend commends commended commending", "laud lauds lauded lauding",
    "hail hails hailed hailing", "concern concerns concerned", "disappoint disappoints disappointed",
    "regret regrets regretted regretting", "reaffirm reaffirms reaffirmed reaffirming", "ask asks asked asking",
    # Verbs of telling: who tells is the one who takes the position, not whom the told words name
    # ('Chung told reporters that Tokyo had expressed regret' is Seoul's, not Tokyo's).
    "tell tells told telling", "add adds added adding",
)
POSITION_VERBS = re.compile(
    r"\b(?:" + "|".join(form for forms in _POSITION_VERB_FORMS for form in forms.split()) + r")\b", re.I
)
_VERB_FORMS = frozenset(form for forms in _POSITION_VERB_FORMS for form in forms.split())
_WORD = re.compile(r"\w+")
# Letters outside ASCII that ignoring case matches to ASCII ones ('ſ' to 's', the Kelvin sign to 'k').
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0130", "\u0131")
# What a sentence about the issue's subject calls it when it does not name it.
PACT_WORDS = re.compile(r"\b(pact|agreement|deal|accord|decision|dispute|measures?|talks)\b", re.I)
# Words that make a sentence about its writer rather than the parties.
OPINION_CUES = re.compile(r"\b(I|we|our|us)\b")
# Any of the cues: most sentences have none, and one search says so.
ANY_CUE = re.compile("|".join(f"(?:{cue.pattern})" for cue in BACKGROUND_CUES), re.I)
# Prepositions whose object a party named after them is ('with Japan', 'from
# the United States', 'dictated by Washington'); 'of' and 'by' after a noun are
# left out: 'the government of Japan said', 'a statement by Seoul' name the one who acts.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|from|to|between|against|toward|towards|over|for|on|at|in|into|about|amid|among|under|via|than"
    r"|like|(?<=ed )by|(?<=en )by)\s+(?:the\s+)?$", re.I
)
# The first of two names joined by 'and' ('between Japan and South Korea'):
# what governs it governs the second.
_AFTER_CONJUNCT = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*,?\s+(?:and|or)\s+(?:the\s+)?$")
THE_PACT = re.compile(r"\bthe (pact|agreement|deal|accord)\b", re.I)
YEAR = re.compile(r"\b(19|20)\d\d\b")


def _sentences(briefing: Briefing) -> tuple[tuple[int, str], ...]:
    return _split(news_paragraphs(briefing.article.paragraphs, briefing.article.dateline))


@lru_cache(maxsize=4096)
def _split(paragraphs: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """(paragraph index, sentence) for every sentence: split once per article, not once per issue.

    A paragraph's opening dateline ('SEOUL (Kyodo) -- ') is no part of its first sentence.
    The last sentence says so with '…' where the text stops in it (`cut_off`).
    """
    found = [
        (index, sentence[dateline_length(sentence):].strip() if place == 0 else sentence)
        for index, paragraph in enumerate(paragraphs)
        for place, sentence in enumerate(split_sentences(paragraph))
    ]
    if found:
        found[-1] = (found[-1][0], cut_off(found[-1][1]))
    return tuple(found)


def _distinct(statements: list[tuple[float, Statement]], limit: int) -> tuple[Statement, ...]:
    """The best statements, dropping any that repeats one already chosen."""
    chosen: list[Statement] = []
    words: list[frozenset[str]] = []
    for _, statement in sorted(statements, key=lambda s: (-s[0], s[1].source.briefing, s[1].source.paragraph)):
        mine = content_words(statement.text)
        if any(similarity(mine, other) >= SAME_TOPIC for other in words):
            continue
        chosen.append(statement)
        words.append(mine)
        if len(chosen) == limit:
            break
    return tuple(chosen)


class _Sentence(NamedTuple):
    """What the tests that do not depend on the issue say of one sentence (worked out once per briefing)."""

    paragraph: int
    text: str
    folded: str
    cues: int  # background cues; 0 when the sentence cannot be background (opinion, quotation, too few cues)
    the_pact: bool  # names 'the pact' (or agreement, deal, accord)
    verb: int  # where its position verb starts; -1 when it takes no position
    pact_words: bool


def sentence_facts(briefing: Briefing) -> tuple[_Sentence, ...]:
    """Each sentence of the briefing with what `background_lines` and `position_lines` need of it."""
    facts = []
    for paragraph, sentence in _sentences(briefing):
        opinion = OPINION_CUES.search(sentence) is not None
        cues = 0
        if not opinion and '"' not in sentence and "“" not in sentence and ANY_CUE.search(sentence):
            cues = sum(1 for cue in BACKGROUND_CUES if cue.search(sentence))
            if cues < 2 and not YEAR.search(sentence):
                cues = 0
        verb = position_verb(sentence)
        takes_position = verb >= 0 and not opinion and sentence.lstrip()[:1] not in "\"“"
        facts.append(_Sentence(
            paragraph, sentence, fold(sentence), cues, THE_PACT.search(sentence) is not None,
            verb if takes_position else -1, PACT_WORDS.search(sentence) is not None,
        ))
    return tuple(facts)


def position_verb(sentence: str) -> int:
    """Where the first position verb of `sentence` starts (`POSITION_VERBS`), or -1.

    The forms are whole words, so the verb is the first word whose lower
    case is a form: that is quicker than the pattern's search, which tries
    every form at every place. Text with a letter that only ignoring case
    makes ASCII is searched with the pattern.
    """
    if any(letter in sentence for letter in _FOLDS_TO_ASCII):
        verb = POSITION_VERBS.search(sentence)
        return verb.start() if verb is not None else -1
    lowered = sentence.lower()
    if _VERB_FORMS.isdisjoint(_WORD.findall(lowered)):
        return -1
    for word in _WORD.finditer(lowered):
        if word.group() in _VERB_FORMS:
            return word.start()
    return -1  # pragma: no cover - a form was among the words


def background_lines(
    briefing: Briefing, issue: IssueDef, facts: tuple[_Sentence, ...] | None = None
) -> tuple[tuple[int, int, str], ...]:
    """(cues, paragraph, sentence) of each sentence of `briefing` that could say what `issue` is and how it works.

    `facts` are the briefing's `sentence_facts`, when already worked out.
    """
    # 'The pact, signed in November 2016, ...' tells of an issue that is a pact, not of export controls.
    pact = _PACT_ISSUE.search(issue.title) is not None
    return tuple(
        (s.cues, s.paragraph, s.text) for s in (facts if facts is not None else sentence_facts(briefing))
        if s.cues and ((pact and s.the_pact) or names_issue(s.folded, issue))
    )


_PACT_ISSUE = re.compile(r"\b(?:pact|agreement|deal|accord|treaty)\b", re.I)


def background(issue: IssueDef, briefings: Sequence[Briefing]) -> tuple[Statement, ...]:
    """Sentences that say what the issue is and how it works, each cited."""
    scored = []
    for briefing in briefings:
        lines = _digested(briefing, "background", issue, background_lines)
        scored.extend((cues, Statement(sentence, Citation(briefing.id, paragraph))) for cues, paragraph, sentence in lines)
    return _distinct(scored, MAX_BACKGROUND)


def acting_for(briefing: Briefing) -> frozenset[str]:
    """The id of each actor of `briefing` and the country of each that is not a country:
    a party (a country) whose id and name are both missing has nobody acting for it (see `_acting`)."""
    return frozenset(
        [a.id for a in briefing.actors] + [a.country for a in briefing.actors if a.country and a.kind != "country"]
    )


def _acting(party: ActorProfile, briefing: Briefing) -> list[Actor]:
    """The actors of `briefing` that are the party or act for it: its bodies, and its people but those
    out of office."""
    party_id, name = party.id, party.name
    known = briefing.digest.acting if briefing.digest is not None else None
    if known is not None and party_id not in known and name not in known:
        return []
    return [a for a in briefing.actors if a.id == party_id or (a.country == name and a.kind != "country" and (
        a.kind != "person" or not any(map(out_of_office, a.roles))))]


def _digested(briefing: Briefing, part: str, issue: IssueDef, work) -> tuple:
    """The briefing's `part` lines ('background' or 'positions') for `issue` from its digest, else `work` done now."""
    if briefing.digest is not None:
        lines = dict(getattr(briefing.digest, part)).get(issue.id)
        if lines is not None:
            return lines
    return work(briefing, issue)


def position_lines(
    briefing: Briefing, issue: IssueDef, facts: tuple[_Sentence, ...] | None = None
) -> tuple[tuple[int, str, int], ...]:
    """(paragraph, sentence, where its verb starts) of each sentence where someone takes a position on the issue, by paragraph.

    `facts` are the briefing's `sentence_facts`, when already worked out.
    """
    return tuple(
        (s.paragraph, s.text, s.verb) for s in (facts if facts is not None else sentence_facts(briefing))
        if s.verb >= 0 and (s.pact_words or names_issue(s.folded, issue))
    )


def country_counts(briefings: Iterable[Briefing]) -> dict[str, Counter[str]]:
    """For each issue, how many of its briefings name each country (one pass for all issues)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for briefing in briefings:
        countries = [actor.id for actor in briefing.actors if actor.kind == "country"]
        for issue in briefing.issues:
            counts[issue].update(countries)
    return counts


# The name (with the issue's id) a memo keeps each party's shares under (see `_Shares`).
_SHARES = "party shares"


def positions(
    issue: IssueDef,
    issue_briefings: Sequence[Briefing],
    profiles: dict[str, ActorProfile],
    counts: Counter[str] | None = None,
    memo: Memo | None = None,
) -> tuple[Position, ...]:
    """For each country active in the issue: what it did and said, newest first.

    The newest briefings win, so each party's briefings are read newest first
    only until its statements and quotes are complete: the work does not grow
    with the number of older briefings. `counts` are the issue's
    `country_counts`, when already worked out. `memo` keeps each party's
    position with how many of the newest briefings it was read from: while
    those are the same records, and the party has the same name, so is the
    position. It also keeps each party's share of each briefing (`_Shares`),
    so a position read again reads only the briefings that are new to it.
    """
    parties = [profiles[i] for i in _parties(issue_briefings, counts)]
    newest_first = sorted(issue_briefings, key=lambda b: (b.article.published or "", b.id), reverse=True)
    name = ("positions", issue.id)
    last = memo.last(name) if memo is not None else None
    earlier, known = last if isinstance(last, tuple) else ((), {})
    found: dict[tuple[str, str], tuple[int, Position | None]] = {}
    shares: _Shares | None = None
    for party in parties:
        party_key = (party.id, party.name)
        kept = known.get(party_key)
        if kept is not None and _same_newest(earlier, newest_first, kept[0]):
            found[party_key] = kept
        else:
            if shares is None:
                shares = _Shares(issue, newest_first, memo)
            found[party_key] = _position(party, newest_first, shares)
    if memo is not None:
        memo.keep(name, (tuple(newest_first), found))
        if shares is None:  # nothing read: what was worked out stays for the next build
            memo.carry((_SHARES, issue.id))
    return tuple(position for _, position in found.values() if position is not None)


def _same_newest(earlier: Sequence[Briefing], now: Sequence[Briefing], read: int) -> bool:
    """Whether the `read` newest briefings are the same records as before (all of them, when all were read)."""
    if read >= len(earlier) and len(now) != len(earlier):
        return False
    return len(now) >= read and all(map(operator.is_, earlier[:read], now[:read]))


class _Share:
    """What a party did in one briefing, for one issue's positions: the quotes of
    those acting for it, long enough to show, and (worked out when first
    asked for) the sentences where one of them acts: named before the verb,
    and not as the object of a preposition ('talks with Japan, the
    government said'), each with its content words."""

    __slots__ = ("quotes", "_acting", "_lines")

    def __init__(self, briefing: Briefing, acting: list[Actor]) -> None:
        speakers = {a.id for a in acting}
        self.quotes = tuple(
            (briefing.id, q) for q in briefing.quotes
            if q.speaker in speakers and len(q.text.split()) >= MIN_POSITION_QUOTE_WORDS
        )
        self._acting: list[Actor] | None = acting
        self._lines: tuple[tuple[int, str, frozenset[str]], ...] | None = None

    def lines(self, issue: IssueDef, briefing: Briefing) -> tuple[tuple[int, str, frozenset[str]], ...]:
        if self._lines is None:
            acting, self._acting = self._acting or [], None
            candidates = _digested(briefing, "positions", issue, position_lines)
            # The words by which each paragraph names the party or someone acting for it (a surname
            # alone names the one it stands for there only: 'Kim' for Kim Jong-un in one paragraph
            # is not Kim Hyun-chong in another).
            by_paragraph: dict[int, set[str]] = defaultdict(set)
            for actor in acting:
                for mention in actor.mentions:
                    by_paragraph[mention.paragraph].add(mention.text)
            found = []
            if by_paragraph and candidates:
                every = sorted({n for names in by_paragraph.values() for n in names}, key=len, reverse=True)
                named = _name_pattern(tuple(every))
                published = briefing.article.published
                for paragraph, sentence, verb in candidates:
                    if published and _of_earlier_years(sentence, published):
                        continue  # the story so far: 'In 2019, a bitter dispute drove Seoul to ...' in 2023
                    names = by_paragraph.get(paragraph, ())
                    if any(m.group() in names and _subject_place(sentence, m.start())
                           and not _NOT_ACTING.match(sentence, m.end()) for m in named.finditer(sentence, 0, verb)):
                        found.append((paragraph, sentence, content_words(sentence)))
            self._lines = tuple(found)
        return self._lines


class _Shares:
    """Each party's `_Share` of each briefing of an issue, worked out when first
    asked for. With a memo they are kept for the next build, for the briefings
    that are still the same records (a briefing is held, so its id is not reused)."""

    def __init__(self, issue: IssueDef, briefings: Sequence[Briefing], memo: Memo | None) -> None:
        self.issue = issue
        name = (_SHARES, issue.id)
        last = memo.last(name) if memo is not None else None
        alive = {id(b) for b in briefings}
        self._by_briefing: dict[int, tuple[Briefing, dict[tuple[str, str], _Share | None]]] = (
            {i: entry for i, entry in last.items() if i in alive} if isinstance(last, dict) else {}
        )
        if memo is not None:
            memo.keep(name, self._by_briefing)

    def of(self, party: ActorProfile, briefing: Briefing) -> _Share | None:
        """The party's share of the briefing; None when nobody acts for it there."""
        entry = self._by_briefing.get(id(briefing))
        if entry is None:
            entry = self._by_briefing[id(briefing)] = (briefing, {})
        party_key = (party.id, party.name)
        if party_key not in entry[1]:
            acting = _acting(party, briefing)
            entry[1][party_key] = _Share(briefing, acting) if acting else None
        return entry[1][party_key]


def _position(party: ActorProfile, newest_first: Sequence[Briefing], shares: _Shares) -> tuple[int, Position | None]:
    """How many of the newest briefings were read, and the party's position (None: it said nothing)."""
    statements: list[Statement] = []
    seen_words: list[frozenset[str]] = []
    quotes: list[tuple[str, Quote]] = []
    read = len(newest_first)
    for number, briefing in enumerate(newest_first):
        if len(statements) == MAX_STATEMENTS:
            if len(quotes) >= MAX_QUOTES:
                read = number
                break
            if not briefing.quotes:
                continue  # only quotes are still wanted, and it has none
        share = shares.of(party, briefing)
        if share is None:
            continue
        quotes.extend(share.quotes)
        if len(statements) == MAX_STATEMENTS:
            continue
        for paragraph, sentence, mine in share.lines(shares.issue, briefing):
            if len(statements) == MAX_STATEMENTS:
                break
            # A statement that repeats one already chosen is left out.
            if any(similarity(mine, other) >= SAME_TOPIC for other in seen_words):
                continue
            statements.append(Statement(sentence, Citation(briefing.id, paragraph)))
            seen_words.append(mine)
    if not (statements or quotes):
        return read, None
    return read, Position(party=party.id, statements=tuple(statements), quotes=tuple(quotes[:MAX_QUOTES]))


def _parties(issue_briefings: Sequence[Briefing], counts: Counter[str] | None = None) -> list[str]:
    """The ids of the countries an issue's briefings name the most (`counts`, when already worked out)."""
    if counts is None:
        counts = Counter(actor.id for b in issue_briefings for actor in b.actors if actor.kind == "country")
    return [i for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PARTIES]]


def _subject_place(sentence: str, start: int) -> bool:
    """Whether a name starting at `start` can be the subject: no preposition or verb governs it
    ('with Japan', 'between Japan and South Korea', 'Japan removed South Korea from'), and it
    stands neither in a quotation ('"If Japan withdraws ...," said Moon') nor in a relative clause
    ('Motegi, who met South Korean Foreign Minister Kang, said')."""
    if _inside_quotation(sentence, start) or _IN_RELATIVE_CLAUSE.search(sentence, 0, start):
        return False
    before = _TITLE_BEFORE.sub("", sentence[:start])  # 'with Prime Minister Shinzo Abe'
    conjunct = _AFTER_CONJUNCT.search(before)
    if conjunct:
        before = before[: conjunct.start()]
    if _AFTER_VERB.search(before):
        return False
    # Whom someone speaks for is the subject: 'An official at the presidential office told reporters ...'.
    return not _AFTER_PREPOSITION.search(before) or bool(_SPEAKING_FOR.search(before))


def _inside_quotation(sentence: str, start: int) -> bool:
    """Whether `start` lies in a quotation: opened before it in the sentence, or in a sentence
    before (its closing mark after `start`, with none opening before)."""
    before, after = sentence[:start], sentence[start:]
    if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
        return True
    if '"' not in before and after.count('"') % 2:
        return True
    closing, opening = after.find("”"), after.find("“")
    return closing >= 0 and "“" not in before and (opening < 0 or closing < opening)


# A relative clause opened before a name and not yet closed: 'Motegi, who met ... Kang'.
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*$")
# A verb's object: 'Japan also removed South Korea from the list', 'Washington urged Seoul to'.
_AFTER_VERB = re.compile(r"\b(?:[a-z]+ed|told|sent|gave|left|hit|put|made|took|let)\s+(?:the\s+)?$")


# A title written before a name: 'Prime Minister ', 'Japanese Defense Minister '.
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w.'’-]*\s+){1,4}$")
# (in small letters but for the sentence's first: 'Special Representative for North Korea' is a title)
_SPEAKING_FOR = re.compile(
    r"\b(?:[Oo]fficials?|[Ss]pokes(?:man|woman|person|people)|[Ss]ources?|[Dd]iplomats?|representatives?)\s+"
    r"(?:at|from|of|with|in|for)\s+(?:the\s+)?$",
)
# A country's name as the adjective of those who do not act for it: 'Chinese experts said'.
_NOT_ACTING = re.compile(
    r"\s+(?:experts?|analysts?|scholars?|academics?|observers?|commentators?|media|newspapers?|press|netizens"
    r"|people|public|citizens|nationals|residents|companies|firms|businesses|consumers|tourists|researchers?"
    r"|shoppers|voters|students|fans|civic\s+groups?|activists?)\b"
)


@lru_cache(maxsize=1024)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Any of `names` as a whole word."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def upcoming_after(entries: Sequence[TimelineEntry], day: str) -> tuple[TimelineEntry, ...]:
    """The entries (oldest first, as `merge_events` gives them) that lie after `day` at their own precision.

    An entry lies after the day when the day, cut to the entry's precision,
    comes before the entry's date ('2019-12' lies after '2019-11-22',
    '2019-11' does not). For ISO dates that is when the entry's date is the
    greater string, so those entries are the ones after the last that is not.
    """
    return tuple(entries[bisect_right(entries, day, key=_date):])


def _date(entry: TimelineEntry) -> str:
    return entry.date


def issue_profile(
    issue: IssueDef,
    briefings: Sequence[Briefing],
    timeline: Sequence[TimelineEntry],
    profiles: dict[str, ActorProfile],
    memo: Memo | None = None,
    countries: Counter[str] | None = None,
    latest: str | None = None,
) -> IssueProfile:
    """Everything the briefings (newest first) say about `issue`, merged and cited; `timeline` is oldest first.

    `memo` keeps the issue's conflicts and positions for the next build
    (see `find_conflicts`, `positions`), and the profile with what it was made from: the
    very briefings and timeline entries of the issue, and the names of its
    parties; when those are the same next time, so is the profile.
    `countries` are the issue's `country_counts`, when already worked out.
    `latest` is the newest publication day of all the briefings, of every
    issue: what comes next lies after it.
    """
    mine = [b for b in briefings if issue.id in b.issues]
    # An entry's issues are those of the briefings it cites (see `merge_events`).
    entries = tuple(e for e in timeline if issue.id in e.issues)
    parties = tuple((i, profiles[i].name) for i in _parties(mine, countries))
    made = (issue, mine, entries, parties, latest)
    name = ("issue profile", issue.id)
    last = memo.last(name) if memo is not None else None
    if isinstance(last, tuple) and _made_alike(last[0], made):
        memo.keep(name, last)  # type: ignore[union-attr]
        for part in ("conflicts", "positions", _SHARES):  # what the parts keep, for when the profile changes
            memo.carry((part, issue.id))  # type: ignore[union-attr]
        return last[1]
    profile = _issue_profile(issue, mine, entries, profiles, memo, countries, latest)
    if memo is not None:
        memo.keep(name, (made, profile))
    return profile


def _made_alike(earlier: tuple, now: tuple) -> bool:
    """Whether an issue profile's inputs (issue, briefings, entries, parties, latest day) are those of the
    last one: the same records (the very objects) and equal definitions, names and day."""
    return (
        earlier[0] == now[0] and earlier[3] == now[3] and earlier[4] == now[4]
        and all(len(a) == len(b) and all(map(operator.is_, a, b)) for a, b in ((earlier[1], now[1]), (earlier[2], now[2])))
    )


def _status(issue: IssueDef, briefings: Sequence[Briefing], naming: bool = True) -> tuple[Statement, ...]:
    """The state of play by the newest dated briefing of `briefings` with a key fact naming the issue
    (with `naming`; a story on the white list that names the pact in passing tells nothing of it):
    its key facts naming the issue (without `naming`, all), but those telling the story so far
    ('In 2019, a bitter dispute ...' in 2023). Empty when none has one."""
    dated = sorted((b for b in briefings if b.article.published), key=lambda b: (b.article.published, b.id),
                   reverse=True)
    for briefing in dated:
        current = [f for f in briefing.facts if not _of_earlier_years(f.text, briefing.article.published)]
        named = [f for f in current if names_issue(fold(f.text), issue)]
        if named or (current and not naming):
            facts = named if naming else current
            return tuple(Statement(f.text, Citation(briefing.id, f.paragraph)) for f in facts[:STATUS_FACTS])
    return ()


def _of_earlier_years(text: str, published: str) -> bool:
    """Whether `text` opens on a year before `published`'s: 'In 2019, Seoul ...' in 2023 tells
    the story so far (a year inside it, 'the 1910-45 colonial rule', does not)."""
    opening = _OPENING_YEAR.match(text)
    return opening is not None and int(opening["year"]) < int(published[:4])


# A sentence's opening time of a year: 'In 2019,', 'Back in August 2019,', 'In late 2018'.
_OPENING_YEAR = re.compile(
    r"(?:In|By|Back\s+in|As\s+early\s+as|Since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def _issue_profile(
    issue: IssueDef,
    mine: list[Briefing],
    entries: tuple[TimelineEntry, ...],
    profiles: dict[str, ActorProfile],
    memo: Memo | None,
    countries: Counter[str] | None,
    latest: str | None = None,
) -> IssueProfile:
    newest = max((b for b in mine if b.article.published), key=lambda b: (b.article.published, b.id), default=None)
    status: tuple[Statement, ...] = ()
    upcoming: tuple[TimelineEntry, ...] = ()
    if newest is not None:
        status = _status(issue, mine) or _status(issue, [newest], naming=False)
        upcoming = upcoming_after(entries, max(newest.article.published, latest or ""))
    conflicts = find_conflicts(entries, memo, ("conflicts", issue.id))  # as `issue_profile` keeps it
    return IssueProfile(
        id=issue.id,
        title=issue.title,
        description=issue.description,
        briefings=tuple(b.id for b in mine),
        background=background(issue, mine),
        timeline=entries,
        positions=positions(issue, mine, profiles, countries, memo),
        status=status,
        upcoming=upcoming,
        conflicts=strongest_conflicts(conflicts),
        conflicts_found=len(conflicts),
    )
