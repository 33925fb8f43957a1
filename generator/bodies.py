"""Countries and organisations in an article, and the paragraph view all finders share.

`read_paragraphs` tokenises each paragraph and marks the names known before
reading (`generator.gazetteer`) and the organisations built on a head word
('National Defense Commission', 'Ministry of Food and Drug Safety', 'Seoul
National University'); a country's generic institution is named after the
country ("Japan's Cabinet" -> 'Japanese Cabinet'), also in small letters
("Japan's trade ministry", 'the South Korean defence ministry'; 'its top
court' in a sentence the country opens); a body a place's name opens ends
where a title starts ('Japan Tourism Agency Commissioner Hiroshi Tabata');
an acronym defined in brackets ('... Council (NSC)') names its body wherever
else it is written.

`body_actors` turns the marks into country, organisation and place actors. A
country named only as a venue ('talks in Bangkok', 'in Bangkok, Thailand'),
or by a demonym describing a thing ('a Chinese restaurant'), is not an
actor; 'Seoul said' is South Korea acting.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from .gazetteer import Entry, Gazetteer, Hit
from .lexicon import (
    COMPANY_HEADS,
    COMPLEMENT_ONLY_HEADS,
    COUNTRIES,
    DATE_WORDS,
    GENERIC_INSTITUTIONS,
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    NO_MINISTRIES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
    US_STATES,
)
from .metadata import US_STATE_CODES, dateline_length, lone_dateline_length
from .models import Actor, Dateline, Mention
from .names import person_name
from .slugs import slugify
from .tokens import Token, tokenize

_START = attrgetter("start")
_END = attrgetter("end")

_ORG_CONNECTORS = frozenset({"of", "on", "for", "and", "&"})
_ONE_BODY_HEADS = frozenset({"Corporation", "Company", "Group"})

# (paragraph index, offset) of an actor's first mention: actors are sorted by it.
Position = tuple[int, int]


@dataclass
class Paragraph:
    """One paragraph as the finders see it: its tokens, and `at[i]`, the known name token i is in.

    `body_start` is where the text after an opening dateline begins ('SEOUL (Kyodo) --',
    'Tokyo (AFP)', as the cleaner reads them: `metadata.dateline_length`), or after an
    interview's label of a question or an answer ('Q.', 'A:'); names before it are where the
    story was filed, not actors, and a label is no initial ('Q. Critics say ...').
    """

    index: int
    text: str
    tokens: tuple[Token, ...]
    at: list[Hit | None]
    hits: list[Hit]
    body_start: int

    def entity_at(self, i: int) -> Hit | None:
        return self.at[i] if 0 <= i < len(self.at) else None


def read_paragraphs(
    paragraphs: Sequence[str], gazetteer: Gazetteer, dateline: Dateline | None = None
) -> list[Paragraph]:
    """Every paragraph tokenised, with its known names and organisations marked. The article's
    `dateline`, when printed on its own line, is joined to the first ('TOKYO Prime Minister ...')."""
    hits = [gazetteer.find(text) for text in paragraphs]
    # A country's name that is the surname of a known person the text names in full is his there, and where it
    # stands alone speaking ('Abraham Denmark ... "...," Denmark said').
    surnames = {
        hit.text for text, found in zip(paragraphs, hits) for hit in found
        if hit.kind == "country" and _known_surname(text, hit, gazetteer)
    }
    # (an answer's label only where questions are labelled too: not 'A. Wess Mitchell, a former assistant ...')
    labels = _QA_LABEL if any(map(_QUESTION_LABEL.match, paragraphs)) else _QUESTION_LABEL
    read = [
        _read_paragraph(i, text, found, surnames, gazetteer, lone_dateline_length(text, dateline) if i == 0 else 0,
                        labels)
        for i, (text, found) in enumerate(zip(paragraphs, hits))
    ]
    _mark_acronyms(read)
    return read


# An interview's label of a question or its answer, opening the paragraph: 'Q. Critics say ...', 'A: It was Japan ...'.
_QA_LABEL = re.compile(r"[QA][.:]\s+(?=[\"“‘'(]?[A-Z])")
_QUESTION_LABEL = re.compile(r"Q[.:]\s+(?=[\"“‘'(]?[A-Z])")
# A market index named after a body, no actor: "Japan's Nikkei share average fell 2.1%", 'the Nikkei 225'.
_MARKET_INDEX = re.compile(r"\s+(?:225\b|(?:share |stock )?(?:average|index)\b)")


def _read_paragraph(
    index: int, text: str, hits: Sequence[Hit], surnames: set[str], gazetteer: Gazetteer, lone_dateline: int = 0,
    labels: re.Pattern[str] = _QA_LABEL,
) -> Paragraph:
    tokens = tokenize(text)
    label = labels.match(text)
    body_start = dateline_length(text) or lone_dateline or (label.end() if label else 0)
    paragraph = Paragraph(index, text, tokens, [None] * len(tokens), [], body_start)
    for hit in hits:
        if hit.start >= body_start and not (hit.kind == "organization" and _MARKET_INDEX.match(text, hit.end)):
            if not (hit.kind == "country" and hit.text in surnames and (
                    _known_surname(text, hit, gazetteer) or _SPEAKS_AFTER.match(text, hit.end)
                    or _SPEAKS_BEFORE.search(text, 0, hit.start))):
                _place(paragraph, hit)
    for hit in _generic_bodies(paragraph, gazetteer):
        _place(paragraph, hit)
    for hit in _institutions_in_small_letters(paragraph, gazetteer):
        _place(paragraph, hit)
    return paragraph


# A surname alone speaking, a verb of saying after it or before it: '"...," Denmark said', 'said Denmark', 'Denmark,
# now at the Wilson Center in Washington, D.C., said', '... in Honolulu, Hawaii, said', a US state after the place
# (not 'Denmark's ambassador', 'Denmark, Norway and Sweden issued statements', 'Denmark, along with Norway, Finland,
# said', 'Denmark, whose ambassador is in Seoul, Korea, said').
_SPEAKS_AFTER = re.compile(
    r"(?:\s*,(?!\s*which\b)\s*[^,]{1,100}(?:,\s*(?:DC|%s|%s))?,)?"
    r"\s+(?:(?:also|further|then|later|has|had)\s+)?"
    r"(?:%s|pointed\s+out|caution(?:ed|s)|believes|thinks)\b"
    % (US_STATE_CODES, "|".join(US_STATES), "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))))
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|according\s+to|added|wrote)\s+$")
# A given name and a middle initial right before a word (see `_known_surname`).
_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+(?:\s+[A-Z]\.?)?)\s+$")


def _known_surname(text: str, hit: Hit, gazetteer: Gazetteer) -> bool:
    """Whether a country's name is the surname of a known person named in full ('Abraham M. Denmark')."""
    before = _GIVEN_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    return before is not None and gazetteer.person(person_name([*before[1].split(), hit.text])) is not None


# A country's institution written in small letters after it ("Japan's trade ministry"), or after
# 'its' in a sentence the country opens ('South Korea has demanded ... by its top court'):
# the phrase, and the words the institution's name is made of.
_SMALL_INSTITUTIONS = {phrase: phrase for phrase in GENERIC_INSTITUTIONS} | {
    "top court": "supreme court", "highest court": "supreme court",
}
_SMALL_WORDS = frozenset({"of", "on", "for", "and"})
# Heads of bodies named with what they deal in after 'on': 'Committee on Foreign Affairs', 'Council on Foreign
# Relations', 'Commission on Human Rights', 'Agreement on ...'.
_HEADS_WITH_ON = frozenset("""
committee subcommittee council commission conference forum panel dialogue talks agreement convention treaty summit
group center centre institute taskforce force program programme initiative caucus board
""".split())
# Words after a ministry named bare that tell no deed of it: 'The foreign ministry official', '... in Tokyo'.
_NOT_ACTING = frozenset("""
and or in at for to on with by from official officials spokesman spokeswoman spokesperson building
source sources
""".split())
# Ministries named bare in small letters: 'The foreign ministry said'.
_BARE_MINISTRIES = frozenset({
    "foreign ministry", "defense ministry", "defence ministry", "trade ministry", "industry ministry",
    "finance ministry", "unification ministry", "justice ministry", "economy ministry",
})


# Who speaks for a ministry named bare, after it: 'a foreign ministry official said', 'a senior defense ministry
# spokesman'; and the words of rank before.
_ITS_OFFICIAL = frozenset("official spokesman spokeswoman spokesperson".split())
_RANKS = frozenset("senior top high-ranking ranking".split())


def _institutions_in_small_letters(paragraph: Paragraph, gazetteer: Gazetteer) -> list[Hit]:
    tokens, at, found = paragraph.tokens, paragraph.at, []
    for p, token in enumerate(tokens):
        if token.lower in ("a", "an") and token.start >= paragraph.body_start:
            # 'a foreign ministry official said': the ministry named bare, as 'the foreign ministry said' (below).
            q = p + 1 + (p + 1 < len(tokens) and tokens[p + 1].lower in _RANKS)
            if (q + 2 < len(tokens) and f"{tokens[q].lower} {tokens[q + 1].lower}" in _BARE_MINISTRIES
                    and tokens[q].text.islower() and tokens[q + 1].text.islower()
                    and tokens[q + 2].lower in _ITS_OFFICIAL
                    and paragraph.entity_at(q) is None and paragraph.entity_at(q + 1) is None):
                name = f"{tokens[q].text.capitalize()} {tokens[q + 1].text.capitalize()}"
                seat = _seat(paragraph, q + 3)  # (where the official is: 'a finance ministry spokesman in Tokyo')
                if seat is not None and seat.entry.name in NO_MINISTRIES:
                    continue  # (no ministry there, no one knows whose: 'a defense ministry official in Washington')
                if seat is not None:
                    name = f"{gazetteer.adjective(seat.entry.name)} {name}"
                entry = gazetteer.lookup(name) or Entry(slugify(name), name, "organization",
                                                        seat.entry.name if seat else None, form="generic")
                found.append(Hit(tokens[q].start, tokens[q + 1].end,
                                 paragraph.text[tokens[q].start:tokens[q + 1].end], entry))
            continue
        if token.is_possessive and p >= 1 and _is_state(at[p - 1]):
            country = at[p - 1]
            start = country.start
        elif token.lower == "its" and token.start >= paragraph.body_start:
            country = _clause_subject_country(paragraph, p)
            start = token.start
        elif at[p] is not None and _is_country_word(at[p], token):
            # 'the Japanese foreign ministry', 'the South Korean defence ministry'
            country = at[p]
            start = country.start
        elif token.lower == "the" and p + 2 < len(tokens) and token.start >= paragraph.body_start:
            # 'The foreign ministry said': a ministry named bare, as a capitalised one is (placed later), where
            # it speaks, is a source ('according to the trade ministry') or sits in a capital ('the foreign
            # ministry in Tokyo'); not 'moved from the foreign ministry'.
            bare = f"{tokens[p + 1].lower} {tokens[p + 2].lower}"
            seat = _seat(paragraph, p + 3)
            speaks = (p + 3 < len(tokens) and tokens[p + 3].lower in SPEECH_VERBS) or (
                p >= 2 and tokens[p - 1].lower == "to" and tokens[p - 2].lower == "according") or (
                # ... or acts, opening the sentence: 'The foreign ministry sent a letter to the Japanese government'
                token.text == "The" and (p == 0 or tokens[p - 1].text in (".", "!", "?", "”", '"'))
                and p + 3 < len(tokens) and tokens[p + 3].text.isalpha() and tokens[p + 3].text.islower()
                and tokens[p + 3].lower not in _NOT_ACTING)
            of_country = p + 3 < len(tokens) and tokens[p + 3].lower == "of"  # ('the foreign ministry of Japan')
            if bare in _BARE_MINISTRIES and (speaks or seat) and not of_country and tokens[p + 1].text.islower() and (
                    tokens[p + 2].text.islower() and paragraph.entity_at(p + 1) is None
                    and paragraph.entity_at(p + 2) is None):
                name = " ".join(w.capitalize() for w in bare.split())
                if seat is not None:
                    name = f"{gazetteer.adjective(seat.entry.name)} {name}"
                entry = gazetteer.lookup(name) or Entry(slugify(name), name, "organization",
                                                        seat.entry.name if seat else None, form="generic")
                found.append(Hit(tokens[p + 1].start, tokens[p + 2].end,
                                 paragraph.text[tokens[p + 1].start:tokens[p + 2].end], entry))
            continue
        else:
            continue
        if country is None:
            continue
        end = _small_institution(paragraph, gazetteer, p + 1, token.lower == "its", country, start, found)
        # ... and a second one joined to it: "South Korea's navy and coast guard".
        if end is not None and end < len(tokens) and tokens[end].lower == "and" and not (
                end + 2 < len(tokens) and tokens[end + 2].lower == "office"):  # (not 'and cabinet office')
            _small_institution(paragraph, gazetteer, end + 1, False, country, tokens[end + 1].start
                               if end + 1 < len(tokens) else 0, found)
    return found


def _small_institution(paragraph: Paragraph, gazetteer: Gazetteer, q: int, after_its: bool, country: Hit, start: int,
                       found: list[Hit]) -> int | None:
    """The institution in small letters at token `q` of `country` added to `found` as a hit from `start`, and the
    token after it; None if none is there."""
    tokens = paragraph.tokens
    for length in (3, 2, 1):
        words = tokens[q:q + length]
        # (or one capitalised word after 'its': 'on August 2, its Cabinet voted')
        if len(words) < length or not all(
                (w.text.islower() or (length == 1 and after_its and w.text.istitle()))
                and paragraph.entity_at(q + n) is None for n, w in enumerate(words)):
            continue
        base = _SMALL_INSTITUTIONS.get(" ".join(w.lower for w in words))
        if base is None:
            continue
        titled = " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in base.split())
        name = f"{gazetteer.adjective(country.entry.name)} {titled}"
        entry = gazetteer.lookup(name) or Entry(slugify(name), name, "organization", country.entry.name,
                                                form="generic")
        end = words[-1].end
        found.append(Hit(start, end, paragraph.text[start:end], entry))
        return q + length
    return None


def _is_country_word(hit: Hit | None, token: Token) -> bool:
    """True if `token` ends a country's demonym ('Japanese', 'South Korean') that `hit` marks."""
    return hit is not None and hit.kind == "country" and hit.entry.form == "demonym" and hit.end == token.end


def _is_state(hit: Hit | None) -> bool:
    return hit is not None and hit.kind == "country" and hit.entry.form != "demonym"


def _sentence_subject_country(paragraph: Paragraph, p: int) -> Hit | None:
    """The country opening the sentence token p is in ('South Korea has demanded ...'), else None."""
    tokens = paragraph.tokens
    s = p
    while s > 0 and tokens[s - 1].text not in (".", "!", "?"):
        s -= 1
    while s < p and tokens[s].start < paragraph.body_start:
        s += 1
    if s < p and tokens[s].lower == "the":
        s += 1
    hit = paragraph.entity_at(s)
    return hit if _is_state(hit) and hit.start == tokens[s].start else None


# A verb after a country, its subject: 'Seoul sees', 'Seoul said', 'South Korea urged' (not 'South Korea last
# month', 'Japan again').
_VERB_AFTER = re.compile(
    r"[a-z]+(?:s|ed)|said|told|saw|thinks|thought|made|took|gave|kept|held|met|sent|began|will|would|has|had|is|was"
    r"|can|could|should|must|may|might"
)
# (words ending so that are no verbs: 'South Korea its', 'Japan always')
_NOT_VERBS = frozenset("""
its his her this thus as us always perhaps across towards afterwards news series less unless
""".split())


def _clause_subject_country(paragraph: Paragraph, p: int) -> Hit | None:
    """The country `its` at token p is of: the subject of the sentence after 'and' or 'but' opening a clause
    of its own ('Japan gave South Korea two weeks, and its Foreign Ministry ...'); else the nearest country
    before it that a verb follows, the subject of the clause it is in ('..., a step that Seoul sees as
    retaliation for rulings by its Supreme Court'; not 'Japan removed South Korea from its ...'); else the
    one opening its sentence (see `_sentence_subject_country`). A clause closed before `its` is no clause it is in:
    past a comma (not one before a time only), 'and' before a verb, or a verb of the clause around it ('Japan said
    the measures Seoul announced were regrettable, adding that its foreign ministry ...', 'South Korea argued that
    Japan had violated its promise and urged its foreign ministry ...')."""
    tokens = paragraph.tokens
    if p >= 1 and tokens[p - 1].lower in ("and", "but"):
        return _sentence_subject_country(paragraph, p)
    s = p - 1
    closed = False  # whether a clause closed between the token at s and `its`
    while s >= 0 and tokens[s].text not in (".", "!", "?") and tokens[s].start >= paragraph.body_start:
        hit = paragraph.entity_at(s)
        if _is_state(hit) and hit.end == tokens[s].end and s + 1 < p:
            after = tokens[s + 1]
            if after.text.islower() and after.lower not in _NOT_VERBS and _VERB_AFTER.fullmatch(after.text):
                if closed:
                    break
                return hit
        # (but a comma before only a time is none: 'Japan tightened controls in July, and on Aug. 2 its Cabinet
        # voted ...'; nor 'and' joining no verbs: 'semiconductors and displays'; nor the verb right after a country,
        # that country's: 'Tokyo has ignored')
        if tokens[s].text in (",", ";"):
            closed = closed or not all(
                t.lower in _TIME_WORDS or t.text in DATE_WORDS or t.text.isdigit() for t in tokens[s + 1:p])
        elif tokens[s].lower == "and":
            closed = closed or (s + 1 < p and (tokens[s + 1].lower.endswith("ed") or tokens[s + 1].lower in _CLAUSE_VERBS))
        elif tokens[s].lower in _CLAUSE_VERBS:
            before = paragraph.entity_at(s - 1) if s >= 1 else None
            closed = closed or not (_is_state(before) and before.end == tokens[s - 1].end)
        s -= 1
    return _sentence_subject_country(paragraph, p)


# Verbs of a clause that, met between a country and `its`, tell that the country's clause closed before.
_CLAUSE_VERBS = frozenset("was were is are has have had said says added adding".split())
_TIME_WORDS = frozenset(", and on in at by then later earlier".split())


def _place(paragraph: Paragraph, hit: Hit) -> None:
    paragraph.hits.append(hit)
    # Tokens do not overlap, so starts and ends both ascend: the tokens the
    # hit overlaps are one run, found by bisection instead of a walk over all.
    tokens = paragraph.tokens
    first = bisect_right(tokens, hit.start, key=_END)
    for i in range(first, bisect_left(tokens, hit.end, lo=first, key=_START)):
        paragraph.at[i] = hit


def _generic_bodies(paragraph: Paragraph, gazetteer: Gazetteer) -> list[Hit]:
    """Organisations named by a head word and not known beforehand."""
    tokens, at, n = paragraph.tokens, paragraph.at, len(paragraph.tokens)
    found, i = [], 0
    # The usual token is neither a place nor a capitalised word, and starts no
    # body: only the others are visited, left to right, past the end of each run.
    openers = [k for k, token in enumerate(tokens) if at[k] is not None or token.text[:1].isupper()]
    for k in openers:
        if k < i:
            continue  # inside the run read last
        i = k
        if _named_after_place(paragraph, i):
            place = at[i]
            j = i
            while j < n and at[j] is place:
                j += 1
            j = _name_end(paragraph, j) or j
            # and its complement: 'Korea Institute for Defense Analyses', 'Korea Federation of
            # Small and Medium Business'; '&' joining a firm's names: 'Korea Investment & Securities'
            complement = False
            while j + 1 < n and _free_capital(paragraph, j + 1) and (
                tokens[j].lower in ("of", "on", "for") or (complement and tokens[j].lower == "and")
                or (tokens[j].text == "&" and not _body_named_before(tokens, j))
            ):
                complement = complement or tokens[j].lower != "&"
                j = _capitals_end(paragraph, j + 1)
            name = paragraph.text[tokens[i].start:tokens[j - 1].end]
            # Two countries joined name no one's body: "the Japan-Korea Parliamentarians' Union".
            # Nor does a region: the 'Asia Society' is no country's, but a country before it may own
            # it ('the U.S. Indo-Pacific Command').
            if place.kind == "region":
                # ... written as an adjective or initials, not a name that is the body's own ('Korea
                # Asia-Pacific Peace Committee').
                qualifier = _qualifier(paragraph, i)
                owning = qualifier is not None and (
                    _is_adjective(qualifier, one_word=False) or "." in qualifier.text or qualifier.text.isupper()
                    or tokens[i - 1].is_possessive)
                owner = qualifier.entry.name if owning else None
            else:
                owner = None if "-" in tokens[i].text and tokens[i].text != place.text else place.entry.name
            rest = paragraph.text[place.end:tokens[j - 1].end].strip()
            if (place.kind == "country" and rest.lower() in GENERIC_INSTITUTIONS and gazetteer.lookup(name) is None
                    and place.text.isupper()):
                # A body every country has after the country's initials: 'the ROK Foreign Ministry'.
                name = f"{gazetteer.adjective(place.entry.name)} {rest}"
            entry = gazetteer.lookup(name) or Entry(slugify(name), name, "organization", owner, form="generic")
            paragraph.hits.remove(place)
            found.append(Hit(tokens[i].start, tokens[j - 1].end, name, entry))
            i = j
            continue
        if not _free_capital(paragraph, i):
            i += 1
            continue
        j, complement, inner_place = i + 1, False, None
        while j < n:
            token = tokens[j]
            if _free_capital(paragraph, j) or _plural_possessive(paragraph, j):
                j += 1
            elif inner_place is None and _named_after_place(paragraph, j):
                # A place inside the name: 'Liberty Korea Party'
                inner_place = at[j]
                while j < n and at[j] is inner_place:
                    j += 1
            elif token.lower in _ORG_CONNECTORS and j + 1 < n and _free_capital(paragraph, j + 1) and not (
                    token.lower == "of" and _title_before_person(paragraph, j + 1)):
                # 'and' joins names inside a complement: 'Ministry of Food and Drug Safety', not
                # 'Samsung Electronics and LG Display'; or before one name's head: 'Korean Teachers
                # and Education Workers Union'; '&' joins a firm's names ('Eugene Investment & Securities')
                if token.lower == "and" and not complement and not _joins_before_head(paragraph, i, j):
                    break
                if token.text == "&" and _body_named_before(tokens, j):
                    break
                if token.lower == "on" and tokens[j - 1].lower not in _HEADS_WITH_ON:
                    break  # what a body did or spoke on, no part of its name: 'the Foreign Ministry on GSOMIA'
                complement = complement or token.lower in ("of", "on", "for")
                j += 1
            elif (token.lower in ("of", "on", "for") and j + 1 < n and _is_adjective(at[j + 1], one_word=False)
                    and at[j + 1].start == tokens[j + 1].start):
                # a country's adjective inside the complement: 'Federation of Korean Trade Unions',
                # 'Institute for North Korean Studies' (a field, not whose the body is: no country)
                adjective = at[j + 1]
                k = j + 1
                while k < n and at[k] is adjective:
                    k += 1
                if not (k < n and _free_capital(paragraph, k)):
                    break
                paragraph.hits.remove(adjective)
                complement = True
                j = k
            elif (token.lower == "of" and j + 2 < n and tokens[j + 1].lower == "the" and tokens[j - 1].text in ORG_HEADS
                    and _free_capital(paragraph, j + 2)
                    and not any(t.lower in ROLE_HEADS for t in tokens[j + 2:_capitals_end(paragraph, j + 2)])):
                # 'the' opening the complement: 'Ministry of the Interior and Safety', 'Department of the
                # Treasury' (not before a role: 'the Office of the Prime Minister' is read no further)
                complement = True
                j += 2
            elif (token.lower == "of" and j + 1 < n and _is_state(at[j + 1]) and at[j + 1].start == tokens[j + 1].start
                    and tokens[j - 1].text in ORG_HEADS):
                # a state closing the name: 'Bank of Korea', 'Embassy of Japan'
                place = at[j + 1]
                inner_place = inner_place or place
                j += 1
                while j < n and at[j] is place:
                    j += 1
                break
            elif token.text == "," and complement and names_a_list(tokens, j):
                # a list inside a complement ('Ministry of Economy, Trade and Industry'); bodies
                # listed are each their own ('the Navy, Army, Air Force and Marine Corps')
                j += 1
            else:
                break
        hit = _body_in_run(paragraph, i, j, gazetteer, inner_place)
        if hit is not None:
            found.append(hit)
            if inner_place is not None and inner_place in paragraph.hits and hit.start <= inner_place.start:
                paragraph.hits.remove(inner_place)
        i = j
    return found


def _title_before_person(paragraph: Paragraph, j: int) -> bool:
    """Whether the capitals from `j` are a leader's title right before a name, whom a body named after them
    belongs to ('the Cabinet of Prime Minister Shinzo Abe', 'the government of President Moon', 'the Ministry of
    Unification of Minister Kim Yeon-chul'; not 'Ministry of Justice Minister Cho Kuk', 'University of Chicago
    Professor Bruce Cumings')."""
    tokens = paragraph.tokens
    title = _LEADER_TITLE.match(paragraph.text, tokens[j].start)
    if title is None:
        return False
    end = _capitals_end(paragraph, j)
    hit = paragraph.at[end] if end < len(tokens) else None
    # (the person not yet found: a name after the title, which heads no body)
    return (hit is not None and hit.kind == "person" and hit.start == tokens[end].start) or (
        tokens[end - 1].end > title.end() and tokens[end - 1].text not in ORG_HEADS)


# A leader's title before their name.
_LEADER_TITLE = re.compile(r"(?:Prime\s+Minister|Minister|President|Premier|Chancellor|King|Emperor)\s+(?=[A-Z])")


def _capitals_end(paragraph: Paragraph, j: int) -> int:
    """Where the run of free capitals from `j` ends, a plural's apostrophe inside it
    ("Japan-Korea Parliamentarians' Union")."""
    n = len(paragraph.tokens)
    while j < n and (_free_capital(paragraph, j) or _plural_possessive(paragraph, j)):
        j += 1
    return j


def _plural_possessive(paragraph: Paragraph, j: int) -> bool:
    """The apostrophe of a plural inside a name: "Parliamentarians' Union"."""
    tokens = paragraph.tokens
    return (
        tokens[j].text in ("'", "’") and j > 0 and tokens[j - 1].text.endswith("s") and tokens[j - 1].end == tokens[j].start
        and j + 1 < len(tokens) and _free_capital(paragraph, j + 1)
    )


def _joins_before_head(paragraph: Paragraph, i: int, j: int) -> bool:
    """Whether the 'and' at `j` joins the capitals from `i`, which hold no head of a body's name,
    to capitals after it that end in one, not a firm's: 'Korean Teachers and Education Workers Union'."""
    tokens = paragraph.tokens
    if any(tokens[k].text in ORG_HEADS for k in range(i, j)):
        return False
    last = _capitals_end(paragraph, j + 1) - 1
    head = tokens[last].text
    # A firm's head is one firm's: 'Lotte and Fast Retailing', 'Kumho Petrochemical and Hyosung Chemical'
    # are two, as are 'Lotte and SK Group'; but a corporation's name of two words before its 'and' holds one
    # word and its head after it ('Korea Land and Housing Corporation', 'Hankook Tire and Technology Group').
    placed = i > 0 and paragraph.at[i - 1] is not None and paragraph.at[i - 1].end == tokens[i - 1].end
    return head in ORG_HEADS and (head not in COMPANY_HEADS or (
        head in _ONE_BODY_HEADS and last - j == 2 and (j - i >= 2 or placed)))


def _is_adjective(hit: Hit | None, one_word: bool = True) -> bool:
    """A country's adjective ('Korean', 'Japanese'; 'North Korean' too unless `one_word`)."""
    return (
        hit is not None and hit.kind == "country" and hit.entry.form == "demonym"
        and not (one_word and " " in hit.text)
    )


def _named_after_place(paragraph: Paragraph, i: int) -> bool:
    """True at a country, city or region name that starts a body's name ('Seoul National
    University', 'Asia Society Policy Institute')."""
    hit = paragraph.at[i]
    if not (_is_state(hit) or (hit is not None and hit.kind == "region")):
        return False
    k = i
    while k < len(paragraph.tokens) and paragraph.at[k] is hit:
        k += 1
    return _name_end(paragraph, k) is not None


def _name_end(paragraph: Paragraph, k: int) -> int | None:
    """Where the name of a body that a place's name opens ends, given where the place
    ends (`k`): after the capitals that follow it, the last a head ('Seoul National
    University'), or after a head that a title follows ('Japan Tourism Agency
    Commissioner Hiroshi Tabata'); None if they name no body."""
    tokens = paragraph.tokens
    j = _capitals_end(paragraph, k)
    for h in range(k, j):
        if tokens[h].text in ORG_HEADS and tokens[h].lower not in GENERIC_INSTITUTIONS and (
            h + 1 == j or tokens[h + 1].lower in ROLE_HEADS
        ):
            return h + 1
    return None


# Bodies every country has, of one word, named bare after 'the'.
_BARE_ONE_WORD = frozenset({"Cabinet", "Navy", "Army"})


def _bare_one_word(paragraph: Paragraph, a: int) -> bool:
    """Whether token `a` is 'Cabinet', 'Navy' or 'Army' named bare after 'the' ('The Cabinet on Friday approved',
    'after the Cabinet meeting', 'the Cabinet Monday approved', '..., the Navy said in a statement', 'a Navy
    spokesman said'): a body
    every country has, placed as `actors` places them (not the first word of another body's name: 'the Cabinet
    Secretariat', 'the Cabinet Office', 'the Navy SEALs'; nor of a body named on: 'the Cabinet of Prime
    Minister Shinzo Abe' is his, 'the Army of the Republic of Korea' its country's)."""
    tokens = paragraph.tokens
    after = tokens[a + 1].text if a + 1 < len(tokens) else ""
    # (or after 'a', one who speaks for it after it: 'a Navy spokesman told reporters')
    return (tokens[a].text in _BARE_ONE_WORD and a >= 1 and (
        tokens[a - 1].lower == "the" or (tokens[a - 1].lower in ("a", "an") and after.lower() in _SPOKESPEOPLE))
            and not (after[:1].isupper() and after not in DATE_WORDS) and after != "of")


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer"})


def _free_capital(paragraph: Paragraph, i: int) -> bool:
    token = paragraph.tokens[i]
    return (
        paragraph.at[i] is None
        and token.start >= paragraph.body_start
        and token.is_capitalised
        and token.text[0].isalpha()
        and token.text not in DATE_WORDS
    )


def _body_in_run(
    paragraph: Paragraph, i: int, j: int, gazetteer: Gazetteer, inner_place: Hit | None = None
) -> Hit | None:
    tokens = paragraph.tokens
    a = i
    while a < j and (tokens[a].text in NOT_NAME_WORDS or tokens[a].text in HONORIFICS):
        a += 1
    end = None
    for h in range(a, j):
        if tokens[h].text not in ORG_HEADS:
            continue
        following = tokens[h + 1] if h + 1 < j else None
        if tokens[h].text in COMPLEMENT_ONLY_HEADS and (following is None or following.lower not in ("of", "on", "for")):
            continue
        if following is None:
            end = h + 1
            break
        if following.lower in ROLE_HEADS or following.text in HONORIFICS:
            # 'Joint Chiefs of Staff Chairman Gen. Milley'; but 'Chief Cabinet Secretary' is a role, after a name
            # too: 'Suga Chief Cabinet Secretary said'
            if tokens[a].lower not in ROLE_HEADS and not (h > a and tokens[h - 1].lower in ROLE_HEADS):
                end = h + 1
            break
        if following.lower in ("of", "on", "for"):
            # the complement runs to the end of the capitals, or to a role after it
            # ('House Committee on Foreign Affairs Chairman Eliot Engel')
            # ('Korean Council for Justice and Remembrance': not the complement's first word)
            end = next((k for k in range(h + 3, j) if tokens[k].lower in ROLE_HEADS or tokens[k].text in HONORIFICS), j)
            break
    if end is None:
        return None
    # A body named after 'of' with no body before it: 'Professor Park Won-gon of Handong Global University'
    # ('Joint Chiefs of Staff' has one).
    first_head = next(h for h in range(a, end) if tokens[h].text in ORG_HEADS or tokens[h].text == "Chiefs")
    links = [k for k in range(a, first_head) if tokens[k].lower in ("of", "on", "for")]
    if links:
        a = links[-1] + 1
    # A country's short name opening the run, a body every country has after it: 'the ROK Foreign Ministry', 'the ROK
    # Supreme Court' (the country's, named after it).
    if (inner_place is not None and inner_place.kind == "country" and inner_place.start == tokens[a].start
            and inner_place.text.isupper() and end - a >= 2):
        k = next((h for h in range(a, end) if tokens[h].start >= inner_place.end), end)
        if k < end and paragraph.text[tokens[k].start:tokens[end - 1].end].lower() in GENERIC_INSTITUTIONS:
            a = k
    base = paragraph.text[tokens[a].start:tokens[end - 1].end]
    qualifier = _qualifier(paragraph, a)
    generic = base.lower() in GENERIC_INSTITUTIONS
    owned = generic and qualifier is None and a >= 1 and tokens[a - 1].lower == "its"
    if owned:
        # 'Seoul regards both measures as retaliation for rulings by its Supreme Court'; '..., which Seoul
        # sees as retaliation for rulings by its Supreme Court' (the mention the body's words after 'its')
        qualifier = _clause_subject_country(paragraph, a - 1)
    # 'the Foreign Ministry in Tokyo': a generic body placed in a country's capital is that country's.
    seat = _seat(paragraph, end) if generic and qualifier is None else None
    if end - a == 1 and not (generic and (qualifier or seat)) and not _bare_one_word(paragraph, a):
        return None
    start = tokens[a].start
    if generic and (qualifier or seat) is not None:
        name = f"{gazetteer.adjective((qualifier or seat).entry.name)} {base}"
        start = qualifier.start if qualifier is not None and not owned else start
    elif (not generic and _is_adjective(qualifier) and qualifier.end == tokens[a - 1].end
            and gazetteer.lookup(base) is None):
        # A body no one else has, named with its country's adjective: 'Korean Confederation of
        # Trade Unions', 'Korean Council for Justice and Remembrance'.
        start = qualifier.start
        name = paragraph.text[start:tokens[end - 1].end]
    else:
        name = base
    # A company is one actor with or without its legal form: 'Fast Retailing Co.' is 'Fast Retailing'.
    bare = _COMPANY_FORM.sub("", name)
    if not bare.strip():
        return None  # the form alone, after a known name: 'Samsung Electronics Co Ltd'
    if bare != name and gazetteer.lookup(name) is None:
        known = gazetteer.lookup(bare)
        name = known.name if known else bare
    country = qualifier or seat or _qualifier(paragraph, a, past=_PARTY_WORDS) or (
        inner_place if inner_place is not None and inner_place.kind == "country" and inner_place.end <= tokens[end - 1].end
        else None
    )
    entry = gazetteer.lookup(name) or Entry(
        slugify(name), name, "organization", country.entry.name if country else None, form="generic"
    )
    return Hit(start, tokens[end - 1].end, paragraph.text[start:tokens[end - 1].end], entry)


_STOCK_INDEX = re.compile(r"\s+(?:225|(?:[Ss]tock\s+)?[Aa]verage|[Ii]ndex)\b")
# A company's legal form after its name: 'Co Ltd', 'Co., Ltd.', 'Inc.', 'Corp', 'Holdings Ltd.' keeps 'Holdings'.
# (with the '&' before it: 'McKinsey & Co.')
_COMPANY_FORM = re.compile(r"(?:^|,?\s+)(?:&\s+)?(?:(?:Co\.?|Corp\.?|Inc\.?|Ltd\.?|PLC|plc|LLC)(?:,?\s+|$))+$")

# Words between a country and the name of one of its parties: "Japan's ruling Liberal Democratic Party".
_PARTY_WORDS = frozenset("ruling main opposition governing conservative liberal progressive largest minor".split())


def _qualifier(paragraph: Paragraph, a: int, past: frozenset[str] = frozenset()) -> Hit | None:
    """The country written before a body's name: 'Japanese Cabinet', "Japan's Cabinet" (and,
    with the words of `past` between them, "Japan's ruling Liberal Democratic Party")."""
    if past:
        start = a
        while a >= 2 and paragraph.tokens[a - 1].lower in past:
            a -= 1
        if a == start:
            return None
    before = paragraph.entity_at(a - 1)
    if before is None and a >= 2 and paragraph.tokens[a - 1].is_possessive:
        before = paragraph.entity_at(a - 2)
    return before if before is not None and before.kind == "country" else None


def _seat(paragraph: Paragraph, after: int) -> Hit | None:
    """The country named by 'in' and its name or capital right after a body's name ('... in Tokyo')."""
    tokens = paragraph.tokens
    if after + 1 >= len(tokens) or tokens[after].lower != "in":
        return None
    place = paragraph.entity_at(after + 1)
    return place if place is not None and place.kind == "country" else None


def names_a_list(tokens: Sequence[Token], comma: int) -> bool:
    """True at the comma of 'Ministry of Economy, Trade and Industry'."""
    n = len(tokens)
    if comma < 1 or not tokens[comma - 1].is_capitalised:
        return False
    k = comma + 1
    while k < n and tokens[k].is_capitalised:
        k += 1
    return k > comma + 1 and k + 1 < n and tokens[k].lower in ("and", "&") and tokens[k + 1].is_capitalised


def _mark_acronyms(paragraphs: list[Paragraph]) -> None:
    """'... Council (NSC)': NSC names that body wherever else it is written."""
    defined: dict[str, Entry] = {}
    definitions: set[tuple[int, int]] = set()
    for paragraph in paragraphs:
        tokens = paragraph.tokens
        for i in range(1, len(tokens) - 2):
            before = paragraph.at[i - 1]
            if (
                before is not None
                and before.kind == "organization"
                and tokens[i].text == "("
                and tokens[i + 2].text == ")"
                and tokens[i + 1].is_acronym
                and paragraph.at[i + 1] is None
            ):
                defined.setdefault(tokens[i + 1].text, before.entry)
                definitions.add((paragraph.index, i + 1))
    # ... and, undefined, the initials of a body named in the article: 'the Joint Chiefs of Staff said ... "...," the
    # JCS said' (one body to the initials).
    initials: dict[str, set[Entry]] = {}
    for paragraph in paragraphs:
        for hit in paragraph.hits:
            words = [w for w in hit.text.split() if w not in _SMALL_WORDS]
            if hit.entry.kind == "organization" and len(words) >= 3 and all(
                    w[:1].isupper() and w.isalpha() for w in words):
                initials.setdefault("".join(w[0] for w in words), set()).add(hit.entry)
    for letters, entries in initials.items():
        if len(entries) == 1:
            defined.setdefault(letters, next(iter(entries)))
    if not defined:
        return
    for paragraph in paragraphs:
        for i, token in enumerate(paragraph.tokens):
            entry = defined.get(token.text)
            if (paragraph.index, i) in definitions:
                continue
            if entry is not None and paragraph.at[i] is None and token.start >= paragraph.body_start:
                _place(paragraph, Hit(token.start, token.end, token.text, entry))


def body_actors(paragraphs: list[Paragraph]) -> list[tuple[Position, Actor]]:
    """Country, organisation and place actors with their mentions."""
    # A country's body named before ('a Japanese Defense Ministry official'), by its name in small letters.
    qualified: dict[str, Entry] = {}
    groups: dict[str, list[tuple[int, Hit]]] = {}
    entries: dict[str, Entry] = {}
    acting: set[str] = set()
    for paragraph in paragraphs:
        # Bodies no state acts through, whose names may hold a country's: 'the Australian National University'.
        schools = [h for h in paragraph.hits if h.entry.kind == "organization" and h.entry.name.split()[-1] in _SCHOOLS]
        for hit in sorted(paragraph.hits, key=lambda h: h.start):
            entry = hit.entry
            if entry.kind == "region":
                continue
            if entry.kind == "country" and any(s.start <= hit.start and hit.end <= s.end for s in schools):
                continue
            if entry.kind == "organization" and entry.country:
                qualified.setdefault(entry.name.lower(), entry)
            if entry.form == "generic" and not entry.country:
                entry = _qualified_twin(entry, qualified)
            groups.setdefault(entry.id, []).append((paragraph.index, hit))
            entries.setdefault(entry.id, entry)
            if entry.kind == "organization" and _STOCK_INDEX.match(paragraph.text, hit.end):
                continue  # a stock index named after a paper: 'the Nikkei 225 shed 2.11%'
            if entry.kind != "country" or not (
                _is_venue(paragraph, hit) or _is_thing(paragraph, hit) or paragraph.text[hit.end:hit.end + 1] == "$"
                or entry.name in _NO_STATES
            ):  # not a currency's sign either: '100 million won (US$85,800)'
                acting.add(entry.id)
    actors = []
    for entry_id, mentions in groups.items():
        if entry_id not in acting:
            continue
        entry = entries[entry_id]
        first = (mentions[0][0], mentions[0][1].start)
        actors.append((first, Actor(
            id=entry.id,
            name=entry.name,
            kind=entry.kind,
            country=entry.country if entry.kind != "country" else None,
            mentions=tuple(Mention(p, hit.text) for p, hit in mentions),
        )))
    return actors


# The words a country's body is named after, last of the country's name or demonym: 'japanese', 'u.s.',
# 'korean', "japan's" (not 'democratic' or 'new').
_COUNTRY_WORDS = frozenset(
    word.lower() for name, others, demonyms, _ in COUNTRIES for form in (name, *others, *demonyms)
    for word in (form.split()[-1], form.split()[-1] + "'s", form.split()[-1] + "’s")
) - {"states", "republic", "kingdom", "emirates", "coast", "islands", "city", "federation", "see"}


def _qualified_twin(entry: Entry, qualified: dict[str, Entry]) -> Entry:
    """'the Defense Ministry' after 'a Japanese Defense Ministry official' is the Japanese one (`qualified`:
    the bodies named so far with their country); 'the Joint Chiefs of Staff' before 'South Korea's Joint
    Chiefs of Staff' may be another country's."""
    generic = entry.name.lower()
    # ... and 'the Supreme Court' after 'the Supreme Court of Korea'; not 'the Democratic Party' after 'the
    # Liberal Democratic Party': what comes before the bare name is a country's
    matches = [e for name, e in qualified.items() if (
        name.endswith(" " + generic) and name[: -len(generic)].split()[-1] in _COUNTRY_WORDS
    ) or name.startswith(generic + " of ")]
    return matches[0] if len({e.id for e in matches}) == 1 else entry


def _is_venue(paragraph: Paragraph, hit: Hit) -> bool:
    """True when a country or capital is where something happens: 'in Bangkok, Thailand',
    'in the Thai capital'."""
    tokens = paragraph.tokens
    first = bisect_right(tokens, hit.start, key=_END)  # the first token ending after the hit starts
    if first == len(tokens):
        return False
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].start < hit.end:
        last += 1
    if paragraph.text.startswith(("-based", "–based"), hit.end):
        return True  # where someone works: 'a Moscow-based Korea analyst'
    if hit.entry.form == "demonym":
        # 'in the Thai capital', 'in the French city of Biarritz'
        return (
            last + 1 < len(tokens) and tokens[last + 1].lower in _TOWNS
            and (after_locative(tokens, first) or _destination(tokens, first))
        )
    if after_locative(tokens, first):
        return True
    # A meeting named after where it was held: 'the Hanoi summit', 'the Stockholm talks' (not after other countries,
    # its members: 'a Korea-Japan-China summit').
    if (hit.entry.form == "capital" and last + 1 < len(tokens) and tokens[last + 1].lower in _MEETINGS
            and paragraph.text[hit.start - 1:hit.start] not in ("-", "–")
            and paragraph.text[hit.end:hit.end + 1] not in ("-", "–")
            and first >= 1 and tokens[first - 1].lower in ("the", "a", "an", "its", "their", "last", "failed")):
        return True
    if hit.entry.form == "capital" and _destination(tokens, first):
        return True
    # 'speaking in the Canadian capital Ottawa': the capital named after its country's (see above)
    if hit.entry.form == "capital" and first >= 2 and tokens[first - 1].lower == "capital" and (
        after_locative(tokens, first - 2) or _destination(tokens, first - 2)
    ):
        return True
    if hit.entry.form == "name" and _travelled_to(tokens, first, last):
        return True
    # 'The scene shifted to Bangkok, where defense chiefs met': a capital gone to that things happen in
    # (not one acting, 'Seoul, where officials met, said', nor one addressed: 'sent a protest to Tokyo, where')
    if hit.entry.form == "capital" and last + 2 < len(tokens) and tokens[last + 1].text == "," and (
            tokens[last + 2].lower == "where" and first >= 2 and tokens[first - 1].lower == "to"
            and tokens[first - 2].lower in _SHIFTING):
        return True
    # 'Washington, D.C.'; 'in Bangkok, Thailand', 'Seoul, South Korea' (a place, then its country)
    if last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].text == "D.C.":
        return True
    # 'just north of Bangkok': a place near it
    if first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in _DIRECTIONS:
        return True
    # ... 'in Bangkok, the Kingdom of Thailand'
    if first >= 5 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in ("kingdom", "republic") and (
        tokens[first - 3].lower == "the" and tokens[first - 4].text == ","
    ):
        first -= 3
    if first >= 2 and tokens[first - 1].text == ",":
        k = first - 2
        while k >= 1 and tokens[k - 1].is_capitalised and tokens[k - 1].text[0].isalpha():
            k -= 1
        return tokens[k].is_capitalised and (after_locative(tokens, k) or _destination(tokens, k))
    return False


# Places the gazetteer knows with the countries that are no state acting in the dispute: 'Can we start with Hong Kong?'.
_NO_STATES = frozenset({"Hong Kong", "Macau"})

# What is named after the place it was held at: 'the Hanoi summit'.
_MEETINGS = frozenset("summit summits talks meeting meetings conference negotiations forum".split())

# What a country's adjective names as a place in it: 'the Thai capital', 'the French city of Biarritz'.
_TOWNS = frozenset("capital city town port resort island".split())

# The last word of the name of a school and the like (see `body_actors`).
_SCHOOLS = frozenset("University College School Institute Museum Hospital".split())

# Where a place lies from another: 'just north of Bangkok'.
_DIRECTIONS = frozenset("""
north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern
""".split())

# Things a demonym describes without its state acting: 'at a Chinese restaurant', 'Korean food'.
_THINGS = frozenset("""
restaurant restaurants food foods cuisine dish dishes language characters script
""".split())


def _is_thing(paragraph: Paragraph, hit: Hit) -> bool:
    """True when a demonym describes a thing of the country's kind: 'a Chinese restaurant', or
    what is between the two Koreas: 'inter-Korean talks'."""
    if hit.entry.form != "demonym":
        return False
    if paragraph.text[max(0, hit.start - 6):hit.start].lower() == "inter-":
        return True
    tokens = paragraph.tokens
    following = bisect_left(tokens, hit.end, key=_START)
    return following < len(tokens) and tokens[following].lower in _THINGS


# Going on somewhere: someone travelling ('continued to Vietnam'), or goods, which no one travels with.
_CONTINUING = frozenset("continue continues continued continuing proceed proceeds proceeded proceeding".split())
# Words that take someone somewhere: a capital after them ('leave for Madrid', 'flew to Hanoi',
# 'a trip to Beijing', 'visited Tokyo') is where they went, not who acts.
_GOING = frozenset("""
leave leaves left leaving fly flies flew flying travel travels traveled travelled traveling travelling
head heads headed heading go goes went going come comes came coming return returns returned returning
depart departs departed departing trip visit flight journey bound arrive arrives arrived arriving
""".split()) | _CONTINUING
# What goes on somewhere that is no one travelling: 'exports continued to China'.
_GOODS = frozenset("""
exports imports shipments aid assistance trade sales investment investments flows supplies deliveries talks
""".split())
_VISITING = frozenset("visit visits visited visiting".split())
# What moves to a place: 'The scene shifted to Bangkok, where ...'.
_SHIFTING = frozenset("shifted moved turned switched".split())
_ARRIVING = frozenset("""
arrive arrives arrived arriving return returns returned returning fly flies flew flying
""".split())
_STOPPING = frozenset("stop stops stopped stopover stopovers layover".split())


def _arrived_from(tokens: Sequence[Token], k: int) -> bool:
    """Whether 'from' at token `k` tells where one came from: a verb of arriving before it with only where and when
    between ('flew into Tokyo's Haneda Airport on Saturday evening from Thailand'); not what came from there ('amid
    growing pressure from China', 'facing criticism from China', 'Shipments arrived from Japan')."""
    for j in range(k - 1, max(-1, k - ARRIVED_FROM_TOKENS - 1), -1):
        token = tokens[j]
        if token.lower in _ARRIVING:
            return not any(t.lower in _GOODS for t in tokens[max(0, j - 3):j])
        if not (token.text[:1].isupper() or token.text in DATE_WORDS or token.lower in _ON_THE_WAY):
            return False
    return False


# How far back from 'from' the verb of arriving may be (see `_arrived_from`).
ARRIVED_FROM_TOKENS = 10
# The words between a verb of arriving and 'from' that tell only where and when.
_ON_THE_WAY = frozenset("""
in into to at on the a 's ’s evening morning afternoon night late early home back here there directly airport airbase
base port station by train plane air car ship sea land road
""".split())


def _body_named_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the '&' at token `k` follows a body's whole name, ending in a head no firm's name goes on after: two
    bodies' names ('KB Kookmin Bank & Shinhan Bank'), not one firm's ('Korea Investment & Securities')."""
    return tokens[k - 1].text in ORG_HEADS and tokens[k - 1].text not in COMPANY_HEADS


def _listed_before(tokens: Sequence[Token], k: int) -> int | None:
    """Where the name listed before the 'and' or comma at token `k` starts ('Bangkok' of 'Bangkok and
    Manila'), or None."""
    if k < 1 or tokens[k].lower not in ("and", ",") or not tokens[k - 1].is_capitalised:
        return None
    j = k - 1
    while j > 0 and tokens[j - 1].is_capitalised:
        j -= 1
    return j


# Words a list of places may end before: 'continuing to the Philippines and Vietnam on Sunday'.
_LIST_ENDS = frozenset("on in for next this later before after to as during with amid from by at until".split())


def _destination(tokens: Sequence[Token], i: int) -> bool:
    """True if token i (a capital) is where someone goes or came from: 'leave for Madrid', 'a visit to Hanoi',
    'visited Tokyo', 'after stops in Bangkok and Manila', 'travel on to Bangkok', 'arrived in Seoul from Bangkok'."""
    k = i - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k >= 0 and tokens[k].lower in _VISITING:
        return True
    if k >= 1 and tokens[k].lower == "in" and tokens[k - 1].lower in _STOPPING:
        return True
    listed = _listed_before(tokens, k)
    if listed is not None:
        return _destination(tokens, listed)  # the next place listed: 'stops in Bangkok and Manila'
    if k >= 1 and tokens[k].lower == "from" and any(t.lower in _ARRIVING for t in tokens[max(0, k - 8):k]):
        return True  # where they came from: 'arrived in Seoul on Tuesday from Bangkok' (not 'pressure from Washington')
    if k < 1 or tokens[k].lower not in ("to", "for"):
        return False
    verb = k - 1
    while verb >= 1 and k - verb <= 3 and (
        tokens[verb].text in DATE_WORDS or tokens[verb].lower in ("on", "onward", "onwards", "next", "then", "later")
        or (tokens[k].lower == "for" and tokens[verb].is_capitalised)
    ):
        # 'leaves Saturday for Bangkok', 'will travel on to Bangkok', 'heads next to Bangkok', 'will travel on
        # Saturday to Bangkok', 'departs Seoul for Bangkok'
        verb -= 1
    return tokens[verb].lower in _GOING


def _travelled_to(tokens: Sequence[Token], i: int, last: int, in_list: bool = False) -> bool:
    """True if the country named by tokens i..last is where someone travels, the verb a few words back:
    'will leave Seoul on Saturday for Thailand', 'flew on to Vietnam', 'before continuing to the Philippines and
    Vietnam' (one listed after it, the list ending there: not 'flew to Beijing and China agreed'; `in_list`: an
    item of the list before its last), where one stops or came from ('stops in the Philippines', 'flew in from
    Thailand'); not what goods do ('exports continued to China')."""
    k = i - 1
    if k >= 1 and tokens[k].lower == "the":
        k -= 1
    listed = _listed_before(tokens, k)
    if listed is not None:
        ends = in_list or last + 1 >= len(tokens) or not tokens[last + 1].text.isalpha() or (
            tokens[last + 1].lower in _LIST_ENDS)
        return ends and _travelled_to(tokens, listed, k - 1, in_list=True)
    if k >= 1 and tokens[k].lower == "in" and tokens[k - 1].lower in _STOPPING:
        return True  # 'followed by stops in the Philippines and Vietnam'
    if k >= 1 and tokens[k].lower == "from" and _arrived_from(tokens, k):
        return True
    if k < 1 or tokens[k].lower not in ("to", "for"):
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if tokens[j].text in (".", ";", ",", "and"):
            return False
        if tokens[j].lower in _GOING:
            return not (tokens[j].lower in _CONTINUING and any(t.lower in _GOODS for t in tokens[max(0, j - 6):j]))
    return False


def after_locative(tokens: Sequence[Token], i: int) -> bool:
    """True if token i follows a preposition of place: 'in Bangkok', 'in the United States'."""
    return after_preposition(tokens, i, LOCATIVE_PREPOSITIONS)


def after_preposition(tokens: Sequence[Token], i: int, prepositions: frozenset[str]) -> bool:
    """True if token i follows one of `prepositions`, with or without 'the' between."""
    k = i - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    return k >= 0 and tokens[k].lower in prepositions
