"""Roles of people as an article states them.

News gives a person's role in four places, each read here as a span of tokens:

- before the name: 'U.S. Secretary of Defense Mark Esper', 'security expert
  Ankit Panda', "South Korea's JCS Chairman Gen. Park Han-ki", or before it
  set off by commas: 'the chairman of the Joint Chiefs of Staff, Gen Mark
  Milley,', 'The top American commander in Korea, Gen. Robert Abrams,';
- in an apposition: 'Kim You-geun, first deputy chief of South Korea's
  National Security Council, said';
- in a relative clause: 'Milley, who became the chairman of the Joint Chiefs
  of Staff on Oct. 1';
- after 'as' with a verb of appointing: 'appointed Cho as justice minister';
- after 'is' closing the sentence: 'Kim You-geun is a deputy national
  security adviser.'

Titles of address ('Gen.', 'Mr.') are not roles, nor a rank written out after
a role ('Pentagon spokesman Lieutenant Colonel Dave Eastburn'). A relational noun
('his South Korean counterpart Jeong') places a person without a role.
`entity_at(i)` tells which known country or body token i belongs to, so a role
can include "South Korea's" or 'the National Security Council'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .bodies import names_a_list
from .gazetteer import Hit
from .lexicon import (
    APPOINT_VERBS,
    BODY_NOUNS,
    DATE_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    RELATIONAL_NOUNS,
    ROLE_HEADS,
    ROLE_LINK_VERBS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    US_PARTY_LABELS,
)
from .names import is_korean_family_name
from .tokens import Token

EntityAt = Callable[[int], "Hit | None"]

MAX_APPOSITION_TOKENS = 18
MAX_TOKENS_BEFORE_HEAD = 6
_DETERMINERS = frozenset({"a", "an", "the"})
_APPOSITION_OPENERS = _DETERMINERS | {"its", "their", "another"}  # ('Kim You-geun, another senior presidential aide,')
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_CONNECTORS = frozenset({"of", "for", "and"})
_COMPLEMENT_LINKS = frozenset({"of", "for", "at", "to", "on"})
# ... and where one works, before a body's name: 'a researcher with the Asan Institute', 'an expert from KIDA'.
_BODY_LINKS = _COMPLEMENT_LINKS | {"with", "from"}
_INNER_CONNECTORS = frozenset({"of", "and", "on", "the", "&", "for"})
_NOT_IN_ROLES = frozenset("""
and or but nor while as because if when that which who whom whose where to in on at for with from by
about over after before into than since until during under without amid his her its their is was
has had be been said says
met meets told tells held holds made makes took takes gave gives spoke speaks went goes came comes saw sees
urged urges visited visits warned warns called calls asked asks added adds arrived arrives
""".split())  # ... nor a verb: 'Milley, who accompanied Esper, met South Korean military leaders'.
# What a country names in a scholar's role: 'for Korea studies', 'of Japan policy'.
_FIELDS = frozenset({"studies", "policy", "affairs", "program", "programme"})
# Military ranks, written out ('Lieutenant Colonel', 'Lieutenant General').
_RANKS = frozenset({"lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "brigadier"})
# Ranks written out alone, in capitals, that are a title of address after a role and a comma.
_RANKS_SET_OFF = frozenset({"General", "Admiral"})
# The service a rank is of, written before it: 'Army General Mark Milley', 'Air Force General'.
_SERVICES = frozenset({"Army", "Navy", "Marine", "Air", "Force"})
_CLOSERS = frozenset({".", ";", ":", "(", ")", '"', "“", "”", "?", "!", "—", "–", "―"})


@dataclass(frozen=True)
class RoleSpan:
    """Tokens [start, end) of a role, or of a bare place-giver ('Russia's') when `is_role` is False."""

    start: int
    end: int
    is_role: bool


def role_before(tokens: Sequence[Token], first: int, entity_at: EntityAt) -> RoleSpan | None:
    """The role written just before the name whose first token is `first`: not one set off after the name before
    it where this name has its own after it ('Harry Harris, the U.S. ambassador, Gen. Robert Abrams, the commander
    of U.S. Forces Korea, ...'; but 'Esper, the chairman of the Joint Chiefs, Gen. Mark Milley, and ...')."""
    span = _role_before(tokens, first, entity_at)
    if span is not None and _anothers(tokens, span, first, entity_at) and _own_role_after(tokens, first, entity_at):
        return None
    return span


def _anothers(tokens: Sequence[Token], span: RoleSpan, first: int, entity_at: EntityAt) -> bool:
    """Whether the role `span`, set off before the name starting at `first`, is set off by a comma after a name
    before it too: 'Harry Harris, the U.S. ambassador, Gen. Robert Abrams'."""
    if not span.is_role or span.end >= first or tokens[span.end].text != ",":
        return False
    b = span.start - 1 if span.start >= 1 and tokens[span.start - 1].lower in ("the", "a", "an") else span.start
    # (a person's name: not a place or a day opening the sentence, 'In Seoul, the foreign minister, Kang Kyung-wha,
    # ...', 'On Thursday, ...', 'Meanwhile, ...')
    if b < 2 or tokens[b - 1].text != ",":
        return False
    k = b - 2
    while k >= 0 and _name_word(tokens, k, entity_at):
        k -= 1
    return k < b - 2 and not (k == b - 3 and tokens[b - 2].text in _NOT_A_NAME_ALONE)


def _name_word(tokens: Sequence[Token], k: int, entity_at: EntityAt) -> bool:
    """Whether the token at `k` may be a word of a person's name: capitalised, no place's or body's name, no role's."""
    entity = entity_at(k)
    return (tokens[k].text[:1].isupper() and (entity is None or entity.kind == "person")
            and tokens[k].lower not in _NOT_IN_ROLES and not _role_word(tokens[k]))


# Capitalised words that open a sentence before a comma and name no one: 'Meanwhile, ...', 'On Thursday, ...'.
_NOT_A_NAME_ALONE = frozenset("""
Meanwhile However Also Still Then Now Later Earlier Separately Yesterday Today Tomorrow Instead Indeed Nevertheless
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December
""".split())


def _own_role_after(tokens: Sequence[Token], first: int, entity_at: EntityAt) -> bool:
    """Whether the name starting at `first` is set off by a role of its own after it: ', the commander of ...'."""
    k = first
    while k < len(tokens) and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    k += 1 + (tokens[k + 1].lower in ("the", "a", "an"))
    return k < len(tokens) and _role_phrase(tokens, k, entity_at) is not None


def _role_before(tokens: Sequence[Token], first: int, entity_at: EntityAt) -> RoleSpan | None:
    j = first - 1
    while j >= 0 and tokens[j].text in HONORIFICS:
        j -= 1
    if j < 0:
        return None
    # A rank written out between the role and the name is a title of address: 'Pentagon spokesman
    # Lieutenant Colonel Dave Eastburn', and after a comma: 'a Pentagon spokesman, Lieutenant Colonel
    # Dave Eastburn,' is the spokesman's name.
    k = _before_ranks(tokens, j)
    if k == j and tokens[j].text in _RANKS_SET_OFF:
        # 'the chairman of the Joint Chiefs of Staff, General Mark Milley,', '..., Army General Mark Milley'
        # (not 'Yesterday, General Milley')
        m = j
        while m >= 1 and tokens[m - 1].text in _SERVICES:
            m -= 1
        span = role_before(tokens, m, entity_at) if m >= 2 and tokens[m - 1].text == "," else None
        if span is not None:
            return span
    if k < j and tokens[k].text == ",":
        first, j = k + 1, k
    if tokens[j].text == ",":
        # 'The foreign secretary, Dominic Raab, added': the role, then the name set off by commas;
        # or with the role's complement last: 'the chairman of the Joint Chiefs of Staff, Gen Mark Milley,'
        # (a counterpart's name too, whose role may follow it: 'His South Korean counterpart, Lee Ho Hyeon,
        # director general for trade policy, said')
        span = _role_ending_at(tokens, j - 1, entity_at) if j >= 1 and _inverted_apposition(
            tokens, first, relational=True) else None
        return span or _inverted_role(tokens, j, first, entity_at)
    if k < j and (tokens[k].lower in ROLE_HEADS or _titled_complement(tokens, k, entity_at) is not None):
        j = k  # (or a title with its complement: 'Chief of Naval Operations Admiral Michael Gilday')
    # A rank written out after the role, before the name, is a title of address: 'US Joint Chiefs Chairman General
    # Mark Milley', 'Chairman of the Joint Chiefs of Staff General Mark Milley' (not a role ending so: 'Attorney
    # General William Barr', 'Secretary General Jens Stoltenberg').
    if k == j and j >= 1 and tokens[j].text in _RANKS_SET_OFF and (
            tokens[j - 1].lower in _HEADS_BEFORE_RANK or getattr(entity_at(j - 1), "kind", None) == "organization"):
        span = _role_ending_at(tokens, j - 1, entity_at)
        if span is not None:
            return span
    return _role_ending_at(tokens, j, entity_at)


# What a role ends with before a rank written out: its head, or the body it is of (or any body's name: 'The
# commander of U.S. Forces Korea General Robert Abrams').
_HEADS_BEFORE_RANK = frozenset({"chairman", "chair", "commander", "chief", "head", "staff", "spokesman", "officer"})


def _before_ranks(tokens: Sequence[Token], j: int) -> int:
    """Where the ranks written out that end at `j` ('Lieutenant Colonel', 'Lieutenant General')
    begin, less one; `j` itself when none ends there."""
    while j >= 1 and (tokens[j].lower in _RANKS or (tokens[j].lower == "general" and tokens[j - 1].lower in _RANKS)):
        j -= 1
    return j


def _role_ending_at(tokens: Sequence[Token], j: int, entity_at: EntityAt) -> RoleSpan | None:
    """The role whose last token is `j`."""
    if tokens[j].is_possessive and j >= 1 and is_country(entity_at(j - 1)):
        start = entity_start(j - 1, entity_at)
        return RoleSpan(start, j, False)
    end = j + 1
    titled = _titled_complement(tokens, j, entity_at)
    if titled is not None:
        return titled
    entity = entity_at(j)
    if entity is not None and entity.kind in ("country", "organization"):
        # 'Ambassador to South Korea Robert Kessler', 'Special Representative for North Korea'
        e = entity_start(j, entity_at)
        if e >= 3 and tokens[e - 1].lower == "the" and tokens[e - 2].lower in ("to", "for", "of"):
            e -= 1  # 'the chairman of the Joint Chiefs of Staff General Mark Milley'
        if e >= 2 and tokens[e - 1].lower in ("to", "for", "of") and _role_word(tokens[e - 2]):
            j = e - 2
    elif tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].lower not in ROLE_HEADS:
        # its field in small letters after 'for': 'senior presidential secretary for public communication Yoon Do-han'
        f = next((f for f in range(j - 1, max(j - 4, 0), -1) if tokens[f].lower == "for"), 0)
        if f >= 1 and _role_word(tokens[f - 1]) and all(
                tokens[k].text.isalpha() and tokens[k].text.islower() for k in range(f + 1, j)):
            j = f - 1
    if not _role_word(tokens[j]) and tokens[j].lower not in RELATIONAL_NOUNS:
        return None
    start, k = j, j - 1
    joined = -1  # the first 'and' walked over (the one nearest the role's head)
    while k >= 0:
        token, entity = tokens[k], entity_at(k)
        if token.text == ")" and k >= 3 and tokens[k - 2].text == "(" and tokens[k - 1].is_acronym:
            k -= 3  # 'U.S. Forces Korea (USFK) commander': a body's acronym in brackets after its name
            continue
        if token.is_possessive:
            if k >= 1 and entity_at(k - 1) is not None and entity_at(k - 1).kind in ("country", "organization"):
                start = entity_start(k - 1, entity_at)
            break
        if entity is not None and entity.kind in ("country", "organization"):
            start = k
        elif entity is not None and entity.kind == "region":
            e = entity_start(k, entity_at)
            if e >= 1 and tokens[e - 1].lower in LOCATIVE_PREPOSITIONS:
                break  # where, not whose field: 'In East Asia Foreign Minister Kang ...'
            start = k  # 'Southeast Asia expert Tom Lee'
        elif _role_word_at(tokens, k) or (token.is_acronym and len(token.text) <= 6):
            start = k
        elif token.lower in _CONNECTORS and k >= 1 and (_role_word(tokens[k - 1]) or (
                entity_at(k - 1) is not None and not (token.lower == "for" and entity_at(k - 1).kind in (
                    "country", "organization")))):
            # (not a place one went to or was at for the person: 'in Tokyo for Emperor Naruhito', 'a luncheon at
            # Cheong Wa Dae for Japanese Chief Cabinet Secretary Yoshihide Suga')
            if (token.lower in ("of", "for") and tokens[k - 1].text.islower() and _role_word(tokens[k - 1])
                    and all(t.text[:1].isupper() for t in tokens[k + 1:end])
                    and any(t.lower in ROLE_HEADS for t in tokens[k + 1:end])):
                break  # another's office, then this one's title: 'the deputy director of President Moon Jae-in's ...'
            if token.lower == "and" and joined < 0:
                joined = k
        elif k >= 1 and _role_word(tokens[k - 1]) and _listing_comma(tokens, k, end):
            pass  # 'Economy, Trade and Industry Minister'
        else:
            break
        k -= 1
    if start < joined and start >= 1 and tokens[start - 1].lower in ("of", "from", "in") and not any(
        tokens[i].lower in ROLE_HEADS for i in range(start, joined)
    ):
        start = joined + 1  # the place before 'and' is another's: 'Premier Li Keqiang of China and President Moon'
    if not any(_head_word(tokens[i]) or tokens[i].lower in RELATIONAL_NOUNS for i in range(start, end)):
        return None
    is_role = any(_head_word(tokens[i]) for i in range(start, end))
    return RoleSpan(start, end, is_role)


# The longest complement of a title written in capitals before a name
# ('of State for East Asian and Pacific Affairs').
MAX_COMPLEMENT_TOKENS = 10


def _titled_complement(tokens: Sequence[Token], last: int, entity_at: EntityAt) -> RoleSpan | None:
    """A title with a complement in capitalised words ending at `last`, right before a name:
    'Assistant Secretary of State for East Asian and Pacific Affairs David Stilwell'.

    Walking back from `last` over capitalised words and the connectors
    inside titles, it needs a role head followed by 'of', 'for' ... (the
    complement, with no other role head in it) and that head's modifiers
    ('Assistant', 'U.S.'); None when the words before the name are not such
    a title (the other readings of `role_before` then apply).
    """
    k = last
    while k >= 1 and last - k < MAX_COMPLEMENT_TOKENS:
        token = tokens[k]
        if not (token.text[:1].isupper() or (k < last and token.lower in _INNER_CONNECTORS)
                or _listing_comma(tokens, k, last)):
            return None
        if token.lower in ROLE_HEADS:
            # Another title ('... Mark Esper and South Korean President Moon'):
            # the complement is not this far, and the plain reading applies.
            return None
        head = tokens[k - 1]
        if token.lower in _COMPLEMENT_LINKS and head.lower in ROLE_HEADS and head.text[:1].isupper():
            start = k - 1
            while start >= 1 and (
                (_role_word_at(tokens, start - 1) and tokens[start - 1].text[:1].isupper())
                or is_country(entity_at(start - 1)) or tokens[start - 1].is_acronym
            ):
                start = entity_start(start - 1, entity_at) if entity_at(start - 1) else start - 1
            if start >= 2 and tokens[start - 1].is_possessive and is_country(entity_at(start - 2)):
                start = entity_start(start - 2, entity_at)  # "South Korea's Minister of ..."
            return RoleSpan(start, last + 1, True)
        k -= 1
    return None


def _listing_comma(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Whether token k is a comma between the capitalised items of a list ended by 'and'
    before `last`: 'of Economy, Trade and Industry'."""
    return (
        tokens[k].text == "," and k + 1 < last and tokens[k - 1].text[:1].isupper()
        and tokens[k + 1].text[:1].isupper() and any(t.lower == "and" for t in tokens[k + 2:last])
    )


def _lists_fields(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is the comma of a list of fields in small letters ended by 'and':
    'for unification, foreign and security affairs'."""
    def small(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].text.isalpha() and tokens[i].text.islower()
    return (
        tokens[k].text == "," and small(k - 1) and small(k + 1) and small(k + 3)
        and tokens[k + 2].lower == "and" and tokens[k + 1].lower not in _NOT_FIELDS
    )


# Words after a comma that go on with the sentence, not with a list.
_NOT_FIELDS = frozenset("and or but who which whose said says told added while whereas as".split())


def role_after(tokens: Sequence[Token], first: int, after: int, entity_at: EntityAt) -> RoleSpan | None:
    """The role in an apposition or a relative clause after the name in tokens [first, after).

    After a name set off by commas behind its role ('The foreign secretary,
    Dominic Raab, welcomed the three ministers') the words after the comma
    are what the person did, not another apposition.
    """
    n = len(tokens)
    k = _skip_party(tokens, _skip_parenthesis(tokens, after))
    if k + 2 < n and tokens[k].text == "," and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) <= 3 \
            and tokens[k + 2].text == ",":
        k += 2  # the age between: 'Lee Choon-sik, 95, the last surviving plaintiff'
        if k + 1 < n and tokens[k + 1].lower in _SUCCEEDING | _TAKING:
            k += 1  # ... before what the person takes: 'Kono, 56, succeeds Takeshi Iwaya as defense minister'
    if k >= n:
        return None
    if tokens[k].text == "," and k + 1 < n:
        if tokens[k + 1].lower == "who":
            if first and tokens[first - 1].lower in _REPLACING:
                return None  # the post of one replaced: 'replaces Kono, who had served as the country's top diplomat'
            return _relative_role(tokens, k + 2, entity_at)
        if tokens[k + 1].lower == "whom":
            return _appointed_by(tokens, k + 2, entity_at)
        if _inverted_apposition(tokens, first) and not (
                (before := _role_before(tokens, first, entity_at)) is not None and _anothers(
                    tokens, before, first, entity_at)):
            return None
        return _apposition(tokens, k + 1, entity_at)
    if k == after and tokens[k].text[:1].isupper() and _role_word(tokens[k]):
        return _title_after(tokens, k)
    if tokens[k].lower in _SUCCEEDING:
        # 'Kono, 56, succeeds Takeshi Iwaya as defense minister'
        i = _name_end(tokens, k + 1)
        if k + 1 < i < n and tokens[i].lower == "as":
            return _appointed_as(tokens, i, entity_at)
        return None
    if k + 2 < n and tokens[k].lower in _TAKING and tokens[k + 1].lower == "over":
        # 'Kono, 56, takes over as defense minister', '... takes over from Takeshi Iwaya as defense minister'
        i = _name_end(tokens, k + 3) if tokens[k + 2].lower == "from" else k + 2
        return _appointed_as(tokens, i, entity_at) if i < n and tokens[i].lower == "as" else None
    if k + 1 < n and tokens[k].lower in _BECOMING:
        return _appointed_as(tokens, k + 1, entity_at)  # 'Toshimitsu Motegi becomes foreign minister'
    if k + 1 < n and tokens[k].lower in _STAYING:
        # A post kept: 'Yoshihide Suga stays on as chief cabinet secretary', 'Taro Aso remains deputy prime minister'
        i = k + 2 if tokens[k + 1].lower == "on" else k + 1
        if i < n and tokens[i].lower == "as":
            return _appointed_as(tokens, i, entity_at)
        return _appointed_as(tokens, i, entity_at) if tokens[k].lower in _REMAINING else None
    if tokens[k].lower in ("is", "was") and k + 1 < n:
        if tokens[k + 1].lower in APPOINT_VERBS:
            return _appointed_as(tokens, k + 2, entity_at)  # 'Kishi was named defense minister'
        if tokens[k + 1].lower in _DETERMINERS:
            return _predicate_role(tokens, k + 2, entity_at)
        if tokens[k + 1].text.islower() and _role_word(tokens[k + 1]):
            return _predicate_role(tokens, k + 1, entity_at)  # a writer's note: 'Cha is senior adviser ...'
    return None


# Taking a post: 'who took over as METI minister', 'who succeeded Hiroshi Seko as ...', 'who replaced ... as'.
_TAKING = frozenset("took takes".split())
_SUCCEEDING = frozenset("succeeded succeeds replaced replaces".split())
_REPLACING = _SUCCEEDING | {"succeeding", "replacing"}
# ... becoming or staying in one: 'becomes foreign minister', 'stays on as chief cabinet secretary', 'remains
# finance minister'.
_BECOMING = frozenset("becomes became".split())
_REMAINING = frozenset("remains remained".split())
_STAYING = frozenset("stays stayed continues continued".split()) | _REMAINING
# Keeping a post: 'who kept his post as foreign minister'.
_KEEPING = frozenset("kept keeps retained retains".split())
_POSTS = frozenset("post job position seat portfolio".split())


def _appointed_as(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> RoleSpan | None:
    """The office named after a verb of appointing: '(was named) defense minister', '(as) the
    foreign minister'; none for what follows another way ('was named in the report')."""
    n, i = len(tokens), start
    # (an article only after 'as': 'was named as the foreign minister'; not 'was picked the best lawyer')
    if i < n and tokens[i].lower == "as":
        i += 1
        if i < n and tokens[i].lower in _DETERMINERS:
            i += 1
    elif i < n and tokens[i].lower in _DETERMINERS:
        return None
    end = _role_phrase(tokens, i, entity_at)
    return RoleSpan(i, end, True) if end is not None else None


def _name_end(tokens: Sequence[Token], start: int, most: int = 4) -> int:
    """End (exclusive) of the capitalised words, `most` at most, from `start`: a name ('Takeshi Iwaya')."""
    i = start
    while i < len(tokens) and i - start < most and tokens[i].text[:1].isupper():
        i += 1
    return i


def _appointed_by(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> RoleSpan | None:
    """'NAME, whom Yoon appointed defense minister': the office after the one who appointed
    (a capitalised name of up to four words) and a verb of appointing."""
    n, i = len(tokens), _name_end(tokens, start)
    if i == start or i >= n or tokens[i].lower not in APPOINT_VERBS:
        return None
    return _appointed_as(tokens, i + 1, entity_at)


def _title_after(tokens: Sequence[Token], start: int) -> RoleSpan | None:
    """A title after the name, as translations from Korean and Japanese write it: 'Moon Jae-in President said',
    'Abe Shinzo Prime Minister told reporters': capitalised role words ending in a role's head, then a verb
    of saying or a mark (not the next person's title and name: 'Moon Jae-in President Trump')."""
    n, k = len(tokens), start
    while k < n and k - start < MAX_TOKENS_BEFORE_HEAD and tokens[k].text[:1].isupper() and _role_word(tokens[k]):
        k += 1
    if k == start or tokens[k - 1].lower not in ROLE_HEADS or k >= n:
        return None
    following = tokens[k]
    if following.text in (",", ".", ";", ":") or following.lower in _SAYING:
        return RoleSpan(start, k, True)
    return None


# Verbs of saying after a title that follows its name: 'Moon Jae-in President said'.
_SAYING = frozenset("said says told stated stressed emphasized emphasised added noted announced expressed urged".split())


def _predicate_role(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> RoleSpan | None:
    """'NAME is a ROLE.': the role phrase, when it ends the sentence (so 'Kim is a
    lawmaker who ...' or 'Kim was the minister in charge when ...' gives none).

    A writer's note may join two roles and say where: 'Victor Cha is senior
    adviser and Korea Chair at the Center for Strategic and International
    Studies (CSIS) in Washington, D.C.' (the role ends before '(CSIS)').
    """
    n = len(tokens)
    end = _role_phrase(tokens, start, entity_at)
    if end is None:
        return None
    if end + 1 < n and tokens[end].lower == "and":
        second = _role_phrase(tokens, end + 1 + (tokens[end + 1].lower in _DETERMINERS), entity_at)
        end = second if second is not None else end
    role_end, end = end, _skip_parenthesis(tokens, end)
    if end + 1 < n and tokens[end].lower in ("in", "near", "outside") and tokens[end + 1].is_capitalised:
        end += 1
        while end < n and (tokens[end].is_capitalised or tokens[end].text == ","):
            end += 1
    closed = tokens[end].text == "." if end < n else end > role_end and tokens[-1].text.endswith(".")
    return RoleSpan(start, role_end, True) if closed else None


# Verbs before 'in' that bring someone into an office: 'brought in Koizumi as environment minister'.
_BRINGING = frozenset("brought brings bring".split())


def role_as(tokens: Sequence[Token], first: int, after: int, entity_at: EntityAt) -> RoleSpan | None:
    """'appointed NAME as ROLE': the role after 'as' when a verb of appointing precedes the name,
    or the name's role before it ('named his trade negotiator Toshimitsu Motegi as foreign minister'); an
    honorific before the name too ('appointing Mr Toshimitsu Motegi as the new foreign minister')."""
    while first >= 1 and tokens[first - 1].text in HONORIFICS:
        first -= 1
    k = first - 1
    while k >= max(first - MAX_TOKENS_BEFORE_HEAD, 1) and (
        tokens[k].lower in _APPOSITION_OPENERS or tokens[k].lower in ("his", "her") or _role_word(tokens[k])
    ):
        k -= 1
    # ('brought in Shinjiro Koizumi, 38, as environment minister')
    brought = k >= 1 and tokens[k].lower == "in" and tokens[k - 1].lower in _BRINGING
    if k < 0 or not (tokens[k].lower in APPOINT_VERBS or brought):
        return None
    if (after + 3 < len(tokens) and tokens[after].text == "," and tokens[after + 1].text.isdigit()
            and len(tokens[after + 1].text) <= 3 and tokens[after + 2].text == ","):
        after += 3  # the age between
    if after < len(tokens) and tokens[after].lower != "as" and tokens[k].lower in APPOINT_VERBS and k == first - 1:
        # 'Abe named Toshimitsu Motegi foreign minister': the office right after the name, closing the clause.
        end = _role_phrase(tokens, after, entity_at) if tokens[after].text.islower() else None
        if end is not None and (end >= len(tokens) or tokens[end].text in (".", ",", ";") or tokens[end].lower in (
                "and", "on", "in", "last", "this", "after")):
            return RoleSpan(after, end, True)
        return None
    if after >= len(tokens) or tokens[after].lower != "as":
        return None
    start = after + 1
    if start < len(tokens) and tokens[start].lower in _DETERMINERS:
        if k < first - 1:
            return None  # what one with a title is held to be: 'named Defense Minister X as the official most responsible'
        start += 1
        if start < len(tokens) and tokens[start].lower in ("new", "incoming"):
            start += 1  # 'as the new foreign minister'
    end = _role_phrase(tokens, start, entity_at)
    return RoleSpan(start, end, True) if end is not None else None


def _name_before_possessive(tokens: Sequence[Token], start: int) -> int | None:
    """Where the possessive ending a name of up to five capitalised words from `start` stands, or None
    ('Prime Minister Shinzo Abe's national security adviser')."""
    for k in range(start + 1, min(start + 6, len(tokens))):
        if tokens[k].is_possessive:
            return k
        if not tokens[k].text[:1].isupper():
            return None
    return None


def _role_phrase(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> int | None:
    """End (exclusive) of the role phrase starting at `start`, or None if no role starts there.

    A role phrase is modifiers and at least one role noun ('first deputy
    chief'), then complements naming a body ('of the Joint Chiefs of Staff',
    "of South Korea's national security office").
    """
    n, i, seen_head = len(tokens), start, False
    words_from = start  # where the words before the head are counted from: after the owner
    while i < n:
        token, entity = tokens[i], entity_at(i)
        if i == start and token.text[:1].isupper() and (owner := _name_before_possessive(tokens, i)):
            # whose: "Moon's national security adviser", "President Moon Jae-in's national security adviser"
            i = words_from = owner + 1
            continue
        if _head_word(token):
            seen_head = True
        elif entity is not None and (entity.kind in ("country", "organization") or (
                entity.kind == "region" and not seen_head)):
            pass  # a region studied or covered: 'an East Asia expert', 'East Asia director'
        elif token.is_possessive and i > start:
            pass
        elif not seen_head and _plain_word(token) and not (i > start and token.lower in _DETERMINERS):
            pass  # 'the floor leader', "the country's top diplomat" (not 'considering skipping a G20 meeting')
        elif (not seen_head and i > start and token.text in ("and", ",") and i + 1 < n
                and tokens[i + 1].lower in ROLE_MODIFIERS):
            pass  # portfolios listed: 'the economy, trade and industry minister'
        elif not (_role_word_at(tokens, i) or (token.is_acronym and len(token.text) <= 6)):
            break
        if not seen_head and i - words_from >= MAX_TOKENS_BEFORE_HEAD:
            return None
        i += 1
    if not seen_head:
        return None
    end = i
    while i < n and tokens[i].lower in _BODY_LINKS:
        j = i + 1
        if j < n and tokens[j].lower in ("the", "its", "his", "her", "their"):
            j += 1
        # ... a person too, after 'to' only: 'adviser to President Moon Jae-in', not 'Minister of Defense Taro Kono'.
        k = _body_name_end(tokens, j, entity_at, person=tokens[i].lower == "to")
        # ... a body named by whose it is: "of President Moon Jae-in's national security office"
        owner = _name_before_possessive(tokens, j) if j < n and tokens[j].text[:1].isupper() else None
        if owner is not None and _body_name_end(tokens, owner + 1, entity_at) > owner + 1:
            k = _body_name_end(tokens, owner + 1, entity_at)
        if k == j:
            break
        end = i = k
    return end


# --- The parts ------------------------------------------------------------------


def _inverted_apposition(tokens: Sequence[Token], first: int, relational: bool = False) -> bool:
    """True for 'ROLE, NAME,': a role word before the comma (with `relational`, 'counterpart' too:
    'his Chinese counterpart, Wei Fenghe,'), and a comma closing the name."""
    j = first - 1
    while j >= 0 and tokens[j].text in HONORIFICS:
        j -= 1
    if j < 1 or tokens[j].text != "," or not (
            _role_word(tokens[j - 1]) or (relational and tokens[j - 1].lower in RELATIONAL_NOUNS)):
        return False
    if tokens[j - 1].text == "House" and j >= 2 and tokens[j - 2].text in ("Blue", "White"):
        return False  # a place, no role: 'Announcing the move at the Blue House, Kim You-geun, first deputy ...'
    return _closed_name(tokens, first)


def _closed_name(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name starting at `first` is closed by a comma, or ends the sentence:
    'summoned the South Korean ambassador, Nam Gwan-pyo.'"""
    k = first
    while k < len(tokens) and tokens[k].text[:1].isupper():
        k += 1
    return k == len(tokens) or tokens[k].text in (",", ".", ";")


def _inverted_role(tokens: Sequence[Token], comma: int, first: int, entity_at: EntityAt) -> RoleSpan | None:
    """'(the|a) ROLE PHRASE, NAME,': a role phrase with its complement ('the chairman of the Joint
    Chiefs of Staff', 'The top American commander in Korea') right before the comma, the name
    closed by a comma or the sentence's end; its start is the nearest article or clause start
    from which a role phrase (see `_role_phrase`, `_reaches`) runs to the comma, or, where the
    words after that article are no role's ('the recall of Japan's ambassador to Seoul, Koji
    Tomita,'), a country's name from which one does."""
    if not _closed_name(tokens, first):
        return None
    owned = None  # a role phrase opening with a country's name, if one reaches the comma
    for begin in range(comma - 1, max(-1, comma - MAX_APPOSITION_TOKENS - 1), -1):
        token = tokens[begin]
        if entity_at(begin) is not None:
            pass  # inside a name: 'Ministry of Trade, Industry and Energy'
        elif token.text in _CLOSERS or token.text == "," or token.lower in _NOT_IN_ROLES - _BODY_LINKS - {"in"}:
            break
        elif _past_verb_at(tokens, begin):
            break  # what someone did to the person: 'the foreign ministry summoned South Korea's ambassador in Tokyo,'
        opens = begin == 0 or tokens[begin - 1].lower in _DETERMINERS or tokens[begin - 1].text in _CLOSERS
        country = is_country(entity_at(begin)) and entity_start(begin, entity_at) == begin
        if not (opens or country) or not _reaches(tokens, begin, comma, entity_at):
            continue
        # After an article, the phrase is the role when it opens with a role's word or a name ('The top
        # American commander in Korea'); else the role is the part opening with a country's name
        # ('the recall of Japan's ambassador to Seoul, Koji Tomita').
        if opens and _titled_name(tokens, begin, comma):
            break  # 'the General Security of Military Information Agreement, Kim You-geun,': a name, no role
        if opens:
            return RoleSpan(begin, comma, True) if _role_word(token) or entity_at(begin) is not None else (
                owned or RoleSpan(begin, comma, True))
        if owned is None:
            owned = RoleSpan(begin, comma, True)
    return owned


def _past_verb_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at `k` is a verb in the past after its subject ('the ministry summoned'), not a word
    qualifying a role after an article or an adverb ('the retired general', 'the newly appointed envoy')."""
    token = tokens[k]
    return (token.text.isalpha() and token.text.islower() and token.lower.endswith("ed") and not _role_word(token)
            and k > 0 and tokens[k - 1].text.isalpha()
            and tokens[k - 1].lower not in _DETERMINERS | _NOT_IN_ROLES | _COMPLEMENT_LINKS
            and not tokens[k - 1].lower.endswith("ly"))  # (nor after a preposition: 'a lawyer for conscripted workers')


def _titled_name(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """Whether the capitalised words from `begin` to `end` are a name whose first word is a role's
    ('General Security of Military Information Agreement', 'General Assembly'): a capitalised word
    follows it, and no other word of the name is a role's ('Chief Cabinet Secretary' is a role)."""
    if not (begin + 1 < end and tokens[begin].lower in ROLE_HEADS and tokens[begin].text[:1].isupper()):
        return False
    return tokens[begin + 1].text[:1].isupper() and not any(t.lower in ROLE_HEADS for t in tokens[begin + 1:end])


def _reaches(tokens: Sequence[Token], begin: int, comma: int, entity_at: EntityAt) -> bool:
    """Whether the role phrase starting at `begin` (see `_role_phrase`) runs to the comma, with where the
    role is held ('commander in Korea') or its field ('senior secretary for public communication')."""
    end = _role_phrase(tokens, begin, entity_at)
    if end is not None and end < comma and tokens[end].lower == "in" and is_country(entity_at(end + 1)):
        end = entity_end(end + 1, entity_at)
    if end is not None and end < comma and tokens[end].lower == "for" and comma - end <= 4 and all(
        tokens[k].text.isalpha() and tokens[k].text.islower() for k in range(end + 1, comma)
    ):
        end = comma
    return end == comma


_NOW_WORDS = frozenset("currently now presently".split())
# Words telling a post was held then, closing an apposition: 'Cho Kuk, a Blue House aide at the time,'.
_AT_THE_TIME = (("at", "the", "time"), ("at", "that", "time"))


def _apposition(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> RoleSpan | None:
    """'NAME, (a|the) ROLE ...,': the apposition up to its closing comma, without the article (or a body's
    'its': 'Na Kyung-won, its floor leader, said')."""
    n = len(tokens)
    then = start + 1 < n and tokens[start].lower == "then" and tokens[start + 1].lower in _DETERMINERS
    if start + 1 < n and (tokens[start].lower in _NOW_WORDS or then):
        start += 1  # a post held now, or then: 'Gen. Mark Milley, currently the Army chief of staff'
    begin = start + 1 if start < n and tokens[start].lower in _APPOSITION_OPENERS else start
    if begin < n and _AGE.fullmatch(tokens[begin].text):
        begin += 1  # 'a 29-year-old office worker'
    phrase_end = _role_phrase(tokens, begin, entity_at) if begin < n else None
    if phrase_end is None or tokens[begin].lower in RELATIONAL_NOUNS:
        return None
    if then and not _post_closes(tokens, phrase_end):
        return None  # what came next, no post: 'Esper first met Jeong Kyeong-doo, then the defense secretary flew'
    if phrase_end < n and tokens[phrase_end].is_capitalised and tokens[phrase_end].text[:1].isupper():
        return None  # another person's title and name: 'Mark Esper, Japanese Defence Minister Taro Kono and ...'
    if phrase_end < n and tokens[phrase_end].lower in SPEECH_VERBS:
        return None  # the next clause's subject: '... after talks with Jeong, the Pentagon chief said the expiry ...'
    if tokens[begin].lower in _FIRSTS and phrase_end + 1 < n and tokens[phrase_end].lower == "to" and (
        tokens[phrase_end + 1].text.isalpha() and tokens[phrase_end + 1].text.islower()
        and tokens[phrase_end + 1].lower not in _DETERMINERS
    ):
        return None  # what the person was first to do, no office: 'the first South Korean president to make ...'
    end = begin
    while end < n:
        token = tokens[end]
        if token.text in _CLOSERS:
            break
        if end >= phrase_end and token.lower in _RELATIVE_PRONOUNS and not (
                token.lower == "that" and tokens[end - 1].lower in ("of", "for", "at", "to", "on", "in", "with", "from")):
            break  # 'a former trade minister who led the talks': the role is the noun phrase ('in that case' goes on)
        if token.text == ",":
            if names_a_list(tokens, end) or _lists_fields(tokens, end):
                end += 1
                continue
            break
        end += 1
    if end - begin > MAX_APPOSITION_TOKENS:
        # Two posts joined, the first in reach: 'vice president for studies at the Carnegie Endowment for
        # International Peace and a former director of the American Institute in Taiwan' (the first).
        # (or a role's head right after 'and': 'senior fellow for Korea studies and director of the program on ...';
        # or one of many: '... Cooperation Studies and one of Japan's best-known scholars of Korean politics')
        joint = next((k for k in range(max(begin, phrase_end), min(end, begin + MAX_APPOSITION_TOKENS))
                      if tokens[k].lower == "and" and k + 1 < n and (
                          tokens[k + 1].lower in ("a", "an") or (tokens[k + 1].text.islower() and _head_word(
                              tokens[k + 1]) and not tokens[k + 1].lower.endswith("s"))
                          or (tokens[k + 1].lower == "one" and k + 2 < n and tokens[k + 2].lower == "of"))), None)
        if joint is None:
            return None
        end = joint
    if end - 3 > begin and tuple(t.lower for t in tokens[end - 3:end]) in _AT_THE_TIME:
        end -= 3
    if _military_title_of_next(tokens, begin, end):
        return None  # the title of the one named next: 'Esper, the chairman of the Joint Chiefs, Gen. Mark Milley, and'
    return RoleSpan(begin, end, True)


# Military ranks written before a name; words of a military post.
_MILITARY_RANKS = _RANKS_SET_OFF | frozenset(
    "Gen. Gen Adm. Adm Lt. Lt Col. Col Maj. Maj Capt. Capt Brig. Brig Cmdr. Cmdr".split()
)
_MILITARY_POSTS = frozenset("chiefs commander command admiral general forces army navy marine marines".split())


def _military_title_of_next(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """Whether the apposition [begin, end) is a military post set off before a ranked name in a list, the name's
    own: 'Esper, the chairman of the Joint Chiefs, Gen. Mark Milley, and Stilwell' (not 'Harry Harris, the U.S.
    ambassador, Gen. Robert Abrams, the commander of ..., and', where each has their own; nor 'Esper, the defense
    secretary, Gen. Milley and')."""
    n = len(tokens)
    if not (end + 1 < n and tokens[end].text == "," and tokens[end + 1].text in _MILITARY_RANKS):
        return False
    if not any(t.lower in _MILITARY_POSTS for t in tokens[begin:end]):
        return False
    k = end + 2
    while k < n and tokens[k].text[:1].isupper() and tokens[k].text not in _CLOSERS:
        k += 1  # the name
    # ... which has no apposition of its own
    return not (k + 1 < n and tokens[k].text == "," and tokens[k + 1].lower in _APPOSITION_OPENERS)


# Words ranking a person among the holders of an office by what they did first or last.
_FIRSTS = frozenset({"first", "last", "only"})


def _relative_role(tokens: Sequence[Token], start: int, entity_at: EntityAt) -> RoleSpan | None:
    """'NAME, who (is|became|serves as) (the) ROLE': the role phrase; none for a role
    held until some time ('Kono, who was foreign minister until September, ...')."""
    n, i = len(tokens), start
    linked = False
    # ... or one kept: 'Motegi, who kept his post as foreign minister'
    if (i + 3 < n and tokens[i].lower in _KEEPING and tokens[i + 1].lower in ("his", "her", "the")
            and tokens[i + 2].lower in _POSTS and tokens[i + 3].lower == "as"):
        linked, i = True, i + 4
    # ... or one taken: 'who took over as METI minister', 'who succeeded Hiroshi Seko as Minister of Economy ...'
    elif i + 2 < n and tokens[i].lower in _TAKING and tokens[i + 1].lower == "over" and tokens[i + 2].lower == "as":
        linked, i = True, i + 3
    elif i + 1 < n and tokens[i].lower in _SUCCEEDING:
        k = _name_end(tokens, i + 1)
        if k > i + 1 and k < n and tokens[k].lower == "as":
            linked, i = True, k + 1
    # ... or given: 'who was named defense minister'
    elif i + 1 < n and tokens[i].lower in ("is", "was") and tokens[i + 1].lower in APPOINT_VERBS:
        return _appointed_as(tokens, i + 2, entity_at)
    # ... or sworn into: 'who was sworn in as U.S. defense secretary last month'
    elif (i + 3 < n and tokens[i].lower in ("is", "was") and tokens[i + 1].lower == "sworn"
            and tokens[i + 2].lower == "in" and tokens[i + 3].lower == "as"):
        return _appointed_as(tokens, i + 3, entity_at)
    while i < n and (tokens[i].lower in ROLE_LINK_VERBS or tokens[i].lower == "as" or (
            i == start and tokens[i].lower in ("'s", "’s"))):  # 'who's a deputy national security adviser'
        linked = True
        i += 1
    if not linked:
        return None
    if i < n and tokens[i].lower in APPOINT_VERBS:
        return _appointed_as(tokens, i + 1, entity_at)  # 'who has been named defense minister'
    if i < n and tokens[i].text.islower() and tokens[i].lower.endswith("ed") and not _role_word(tokens[i]):
        return None  # what the person did: 'Menendez, who has criticized President Donald Trump'
    if i < n and tokens[i].lower in _DETERMINERS:
        i += 1
    end = _role_phrase(tokens, i, entity_at)
    if end is not None and end < n and tokens[end].lower in ("until", "till", "before"):
        return None
    return RoleSpan(i, end, True) if end is not None else None


def _body_name_end(tokens: Sequence[Token], start: int, entity_at: EntityAt, person: bool = False) -> int:
    """End of a body's name at `start`: a capitalised run, or lower-case words ending in a body noun;
    the run stops before a person's name after it, but with `person`."""
    n, k = len(tokens), start
    if k < n and entity_at(k) is not None and entity_at(k).kind == "country":
        k = entity_end(k, entity_at)
        if k < n and tokens[k].is_possessive:
            k += 1
        elif k < n and tokens[k].lower in _FIELDS:
            return k + 1  # 'fellow for Korea studies'
        elif not (k < n and tokens[k].is_capitalised):
            return k  # else the name goes on: "the Japan-Korea Parliamentarians' Union"
    # A party told by its standing before its name: 'the main opposition Liberty Korea Party'.
    q = k
    while q < n and tokens[q].lower in _PARTY_STANDING:
        q += 1
    if q > k and q < n and tokens[q].is_capitalised:
        k = q
    run = k
    while run < n:
        token = tokens[run]
        if token.text in DATE_WORDS:
            break
        entity = entity_at(run)
        if not person and run > k and run + 1 < n and tokens[run + 1].is_capitalised and (
            token.text in GIVEN_NAMES or (is_korean_family_name(token.text) and "-" in tokens[run + 1].text)
        ):
            break  # the holder's name after the body's: 'Minister of Defense Taro Kono', '... Jeong Kyeong-doo'
        if token.is_capitalised or entity is not None:
            run += 1
        elif (
            token.lower in _INNER_CONNECTORS and run > k and run + 1 < n
            and tokens[run + 1].is_capitalised and tokens[run + 1].text not in DATE_WORDS
        ):
            run += 1
        elif token.is_possessive and run > k and run + 1 < n and tokens[run + 1].is_capitalised:
            run += 1
        elif token.text == "," and names_a_list(tokens, run):
            run += 1
        else:
            break
    if run > k:
        return run
    for m in range(k, min(n, k + 5)):
        word = tokens[m]
        if not (word.text.isalpha() and word.text.islower()):
            break
        if word.lower in BODY_NOUNS:
            return m + 1
    return start if k == start else k


_AGE = re.compile(r"\d{1,3}-year-old")
_PARTY_STANDING = frozenset({"main", "ruling", "opposition", "minor", "conservative", "liberal", "progressive"})


def _skip_parenthesis(tokens: Sequence[Token], k: int) -> int:
    """The index after a short parenthesis at k ('(Democrat-New York)'), else k."""
    if k < len(tokens) and tokens[k].text == "(":
        for m in range(k + 1, min(len(tokens), k + 10)):
            if tokens[m].text == ")":
                return m + 1
    return k


_PARTY_TAG = re.compile(r"^(?:%s)-[A-Z]" % "|".join(US_PARTY_LABELS))


def _skip_party(tokens: Sequence[Token], k: int) -> int:
    """The comma after a US legislator's party and state set off by commas (', D-N.Y.,'), else `k`."""
    if k + 1 < len(tokens) and tokens[k].text == "," and _PARTY_TAG.match(tokens[k + 1].text):
        return next((j for j in range(k + 2, min(k + 6, len(tokens))) if tokens[j].text == ","), k)
    return k


def _plain_word(token: Token) -> bool:
    """A lower-case word that may qualify a role noun: not a preposition, conjunction or relative."""
    return token.text.isalpha() and token.text.islower() and token.lower not in _NOT_IN_ROLES


def _role_word_at(tokens: Sequence[Token], k: int) -> bool:
    """`_role_word`, and 'under' before 'secretary': 'Under Secretary of State Keith Krach'."""
    return _role_word(tokens[k]) or (
        tokens[k].lower == "under" and k + 1 < len(tokens) and tokens[k + 1].lower in ("secretary", "secretaries")
    )


def _role_word(token: Token) -> bool:
    lower = token.lower
    if lower in ROLE_HEADS or lower in ROLE_MODIFIERS:
        return True
    # A modifier joined to the role by a hyphen: 'then-trade minister', 'vice-foreign minister', 'ex-prosecutor',
    # 'ambassador-designate'.
    return "-" in lower and all(
        part in ROLE_MODIFIERS or part in ROLE_HEADS or part in _JOINED_ONLY for part in lower.split("-")
    ) and not all(part in _JOINED_ONLY for part in lower.split("-"))


def _post_closes(tokens: Sequence[Token], end: int) -> bool:
    """Whether the role phrase ending at `end` is followed by no verb: by the end of its clause, or by where, when or
    under whom it was held, another post, a relative clause: ', then the South Korean ambassador in Tokyo.', ', then
    the foreign minister in 2015, and' (not ', then the defense secretary will fly to Tokyo', '... heads to')."""
    return end >= len(tokens) or tokens[end].text in _CLOSERS or tokens[end].text == "," or (
        tokens[end].lower in _AFTER_A_POST)


# What may follow a post held then, no verb: 'in Tokyo', 'under Park Geun-hye', 'and a former U.N. official'.
_AFTER_A_POST = frozenset("in under at from for of to and who which that during since until with".split())


# Words that qualify a role only joined to it by a hyphen.
_JOINED_ONLY = frozenset({"ex", "designate", "elect"})


def _head_word(token: Token) -> bool:
    """A role's head: one of `ROLE_HEADS`, or a word joined to one that ends it ('prosecutor-general',
    'ex-prosecutor') or follows it ('ambassador-designate')."""
    lower = token.lower
    if lower in ROLE_HEADS:
        return True
    parts = lower.split("-")
    return len(parts) > 1 and _role_word(token) and (
        parts[-1] in ROLE_HEADS or (parts[-1] in _JOINED_ONLY and parts[-2] in ROLE_HEADS))


def is_country(entity: Hit | None) -> bool:
    return entity is not None and entity.kind == "country"


def entity_start(k: int, entity_at: EntityAt) -> int:
    entity = entity_at(k)
    while k >= 1 and entity_at(k - 1) is entity:
        k -= 1
    return k


def entity_end(k: int, entity_at: EntityAt) -> int:
    entity = entity_at(k)
    while entity_at(k) is entity and entity is not None:
        k += 1
    return k


# Words of a role no longer held, or held apart from the government: 'Japan's former prime minister',
# 'the late President', 'opposition leader'.
_OUT_OF_OFFICE = re.compile(r"\b(?:former|ex-(?!officio)|retired|late|opposition)\b", re.IGNORECASE)


def out_of_office(role: str) -> bool:
    """Whether a role is one its holder no longer holds, or holds in opposition: read in its first
    part only ('presidential spokeswoman and former KBS anchor' is in office)."""
    return bool(_OUT_OF_OFFICE.search(role.split(" and ", 1)[0]))
