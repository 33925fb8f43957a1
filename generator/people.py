"""People in an article: names, the roles stated beside them, and the country they act for.

A person is a run of capitalised words that is a known person (any spelling or
order, see `generator.names`), a Korean name, a common given name with a
surname, or a name with a cue: a role before it, an apposition, a speech verb,
a title of address, 'the X administration', a party label, a colon opening a
transcript line. A weak candidate (no cue) still counts when its key matches an
accepted person or its surname is used alone elsewhere ('the Cho Kuk crisis'
... 'Cho stepped down').

A name alone ('Esper', 'Mr. Moon', 'Minister Chung') is the person of this
article with that surname; when several share it, the one named last before it
in its paragraph, else the one who spoke by the full name in the paragraph just before, else the
one named most so far (see `_meant`);
when the words around it speak of a person, also the one whose two-word name
starts with it ('Geng Shuang' ... 'Geng said'); otherwise a known person with
that unique surname — for a Korean family name only when the words around it
speak of a person ('Moon said', 'President Moon').

Roles are read by `generator.roles`; a person no role is written for takes the
office of a title before the name ('Sen. Cory Gardner' is a Senator, 'Rep. Kim
Jong-dae' a lawmaker; see `lexicon.TITLE_ROLES`). The country comes, best first, from the
role ('U.S. Secretary of Defense', 'chief of the Self-Defense Forces' Joint
Staff'; not the field of 'a Korea expert'), an 'of South Korea' or "Russia's" beside the name, a US party label
('(D-N.Y.)') or the title of a U.S. senator ('Sen. Jim Risch'), the knowledge file, or the name
itself (a Korean name; a Japanese given name, or a name spelt as Japanese names are: see
`names.japanese_shaped`) but for a scholar ('Choi Kang, a researcher at the
Asan Institute', see `lexicon.SCHOLAR_ROLE_WORDS`; 'senior adviser at the International Crisis Group')
or a journalist ('CNN anchor John Vause'): they study or report the matter, they act for no one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .bodies import Paragraph, Position, after_locative, after_preposition
from .gazetteer import Gazetteer, Hit
from .knowledge import KnownActor
from .lexicon import (
    COUNTRIES,
    CREDIT_WORDS,
    GIVEN_NAMES,
    GOVERNMENT_NOUNS,
    HONORIFICS,
    JAPANESE_GIVEN_NAMES,
    KOREAN_TITLE_ROLES,
    NORTH_KOREAN_FAMILY_NAMES,
    NOT_NAME_WORDS,
    PARTY_ADJECTIVES,
    PLURAL_ROLE_HEADS,
    ORG_HEADS,
    RELATIONAL_NOUNS,
    SCHOLAR_ROLE_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    TITLE_ROLES,
    US_PARTY_LABELS,
    US_SENATE_TITLES,
    US_STATES,
)
from .models import Actor, Mention
from .names import PersonName, is_korean_family_name, japanese_shaped, person_name, plain_letters, surname_key
from .roles import RoleSpan, entity_end, entity_start, is_country, role_after, role_as, role_before
from .slugs import slugify
from .tokens import Token

# What a navy writes before its ships' names.
_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "ROKS", "JS", "INS"})
# The words of a region's name or adjective: 'Southeast Asian', 'Central Asian', 'Latin American'.
_REGION_WORDS = frozenset("""
Asian European African American Arab Latin Pacific Atlantic Nordic Baltic Western Eastern Northern Southern Central
Middle Southeast Northeast Southwest Northwest East West North South
""".split())

# Words telling where someone lives or comes from, after the place: 'a Seoul resident'.
_DWELLERS = frozenset({"resident", "native"})

# Longest run of capitalised words read as one person's name.
MAX_NAME_WORDS = 4

# Where a person's country was read, best first: a role naming it, whence the role's holder comes ('an
# expert from Japan', which a scholar's role keeps), ...
_FROM_ROLE, _FROM_ORIGIN, _FROM_BESIDE, _FROM_PARTY, _FROM_KNOWLEDGE, _FROM_NAME, _FROM_DWELLING = range(7)

# after the name in brackets, '(D-N.Y.)', or between commas, ', D-N.Y.,'
_PARTY = re.compile(r"\s*(?:\(|,\s*)(?:%s)\s*[-–]\s*[A-Z]" % "|".join(US_PARTY_LABELS))
# ... a state and a party after the name, or a state after 'of': ', a California Democrat', ' of Florida,' (not 'of
# Washington', the capital as often).
_STATE_PARTY = re.compile(
    r",\s+(?:a|the)\s+(?:%s)\s+(?:Democrat|Republican|Independent)\b" % "|".join(US_STATES)
)
_OF_STATE = re.compile(
    r"\s+of\s+(?:%s)\b(?!['’-]|\s+(?:[A-Z]\w*\s+)?(?:University|State|Tech|College|Institute|School|Law)\b)"
    % "|".join(s for s in US_STATES if s != "Washington")
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def find_people(
    paragraphs: Sequence[Paragraph], gazetteer: Gazetteer, captions: Sequence[Paragraph] = ()
) -> list[tuple[Position, Actor]]:
    """The person actors of the paragraphs, each with the position of its first mention.

    `captions` are the photo captions the cleaner dropped: a person the story
    calls only by the surname ('"...," Kim said') is the one a caption names
    in full ('Kim You-geun, first deputy director of the National Security
    Office, speaks at a press briefing'), with the role it gives.
    """
    people = _People(gazetteer)
    if captions:
        pictured = _People(gazetteer)
        for caption in captions:
            pictured.read(caption)
        people.pictured = pictured.resolved()
    for paragraph in paragraphs:
        people.read(paragraph)
    return people.actors()


# A body or following led by the person whose role comes next: 'the government of President Moon'.
_LED_BY = re.compile(r"^(?:the\s+)?(?:government|administration|cabinet|regime|camp|office)\s+of\s+", re.I)


@dataclass
class _Candidate:
    """A run of capitalised words that may name a person, with what surrounds it."""

    paragraph: Paragraph
    first: int
    after: int
    words: tuple[str, ...]
    name: PersonName
    cue: bool
    roles: list[str] = field(default_factory=list)
    countries: list[tuple[int, str]] = field(default_factory=list)
    title_role: str | None = None
    speaks: bool = False  # a speech verb of which the name is the subject: 'Kim said', 'Kim, ..., said', 'said Kim'
    firm: bool = False  # an aside after the name says it is a firm: 'Hana Tour, the largest travel agency in the country,'

    @property
    def text(self) -> str:
        tokens = self.paragraph.tokens
        return self.paragraph.text[tokens[self.first].start:tokens[self.after - 1].end]

    @property
    def position(self) -> tuple[int, int]:
        return (self.paragraph.index, self.paragraph.tokens[self.first].start)


@dataclass
class _Person:
    """A person of this article as it is being assembled."""

    id: str
    name: str
    known: KnownActor | None
    names: list[PersonName]
    mentions: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    countries: list[tuple[int, str]] = field(default_factory=list)
    title_role: str | None = None  # the office of the first title of office written before the name
    openings: list[tuple[int, int]] = field(default_factory=list)  # mentions opening a paragraph (see `_opens`)
    spoke: list[tuple[int, int]] = field(default_factory=list)  # full names a speech verb is next to


class _People:
    """Collects name candidates paragraph by paragraph, then resolves them into people."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.full: list[_Candidate] = []
        self.single: list[_Candidate] = []
        self.pictured: list[_Person] = []  # people the captions name (see `find_people`)

    def read(self, paragraph: Paragraph) -> None:
        tokens, n, i = paragraph.tokens, len(paragraph.tokens), 0
        # Most tokens can start no name: neither capitalised nor an opening bracket.
        # Only the others are visited, left to right, past the end of each run.
        openers = [k for k, token in enumerate(tokens) if token.text[:1].isupper() or token.text == "("]
        for k in openers:
            if k < i:
                continue  # inside the run read last
            i = k
            if not self._name_word(paragraph, i) and not self._bracketed_given_name(paragraph, i):
                continue
            j, words = i, []
            while j < n:
                if self._name_word(paragraph, j):
                    words.append(tokens[j].text)
                    j += 1
                elif self._bracketed_given_name(paragraph, j):
                    words.append(tokens[j + 1].text)
                    j += 3
                else:
                    break
            j, words = self._korean_tail(paragraph, j, words)
            i = self._add_run(paragraph, i, j, words)

    # -- reading runs --

    def _name_word(self, paragraph: Paragraph, i: int) -> bool:
        token = paragraph.tokens[i]
        text = token.text
        # The cheapest test first: most tokens are not capitalised.
        if not text[:1].isupper() or not text[:1].isalpha():
            return False
        if paragraph.at[i] is not None or token.start < paragraph.body_start:
            return False
        if len(text) == 1 and 0 < i < len(paragraph.tokens) - 1 and _initial_between(paragraph, i):
            return True  # a middle initial written without its full stop: 'Scott A Snyder', 'Abraham M Denmark'
        if text in NOT_NAME_WORDS or text in HONORIFICS or text in ORG_HEADS:
            return False
        lower = token.lower
        if lower in ROLE_HEADS or lower in ROLE_MODIFIERS or lower in RELATIONAL_NOUNS or lower in SPEECH_VERBS:
            return False
        if token.is_acronym:
            # 'MOON Jae-in', 'ABE Shinzo': a family name in capitals before the
            # given name, when it is a Korean family name, a Japanese given name follows
            # ('KANASUGI Kenji'), it is a known person's, or a title stands before it
            # ('Foreign Minister MOTEGI Toshimitsu')
            tokens = paragraph.tokens
            if not (text.isalpha() and i + 1 < len(tokens) and tokens[i + 1].is_capitalised
                    and not tokens[i + 1].is_acronym):
                return False
            family = text.capitalize()
            return (
                is_korean_family_name(family)
                or tokens[i + 1].text in JAPANESE_GIVEN_NAMES  # 'KANASUGI Kenji'
                or self.gazetteer.person(person_name([family, tokens[i + 1].text])) is not None
                or (i > 0 and (tokens[i - 1].lower in ROLE_HEADS or tokens[i - 1].text in HONORIFICS))
            )
        return True

    def _bracketed_given_name(self, paragraph: Paragraph, j: int) -> bool:
        """'(Donald) Trump': a given name in brackets inside a name."""
        tokens = paragraph.tokens
        return (
            j + 3 < len(tokens)
            and tokens[j].text == "("
            and tokens[j + 2].text == ")"
            and self._name_word(paragraph, j + 1)
            and self._name_word(paragraph, j + 3)
            and tokens[j + 1].text in GIVEN_NAMES
        )

    def _korean_tail(self, paragraph: Paragraph, j: int, words: list[str]) -> tuple[int, list[str]]:
        """'Moon Jae In', 'Kim In Chul': a syllable that is also an English word ('In') still
        belongs to the given name, last or first."""
        tokens = paragraph.tokens
        if not (words and len(words) <= 2 and is_korean_family_name(words[0])):
            return j, words
        size = 3 - len(words)  # the syllables missing from a family name and a given name of two
        if j + size > len(tokens):
            return j, words
        tail = [tokens[k].text for k in range(j, j + size)]
        if all(t[:1].isupper() and t.isalpha() and len(t) <= 5 and paragraph.at[k] is None
               for k, t in zip(range(j, j + size), tail)):
            name = person_name(words + tail)
            if name.korean and name.strong:
                return j + size, words + tail
        return j, words

    def _add_run(self, paragraph: Paragraph, i: int, j: int, words: list[str]) -> int:
        if len(words) > MAX_NAME_WORDS or _is_credit(paragraph, i, j) or _company_apposition(paragraph.tokens, j):
            return j
        if i >= 1 and paragraph.tokens[i - 1].text in _SHIP_PREFIXES:
            return j  # a ship named after someone: 'the USS Gerald R. Ford'
        if all(word in _REGION_WORDS for word in words):
            return j  # a region's adjective: 'Southeast Asian governments', 'East Asian'
        if len(words) >= 3 and self._opens_sentence(paragraph, i):
            rest = person_name(words[1:])
            if words[0] not in GIVEN_NAMES and not person_name(words).korean:
                if self.gazetteer.person(rest) is not None or words[1] in GIVEN_NAMES or rest.korean:
                    i, words = i + 1, words[1:]
        candidate = self._candidate(paragraph, i, j, tuple(words))
        (self.full if len(words) >= 2 else self.single).append(candidate)
        return j

    @staticmethod
    def _opens_sentence(paragraph: Paragraph, i: int) -> bool:
        return i == 0 or paragraph.tokens[i - 1].text in (".", "!", "?", '"', "“", "”", ":", "•", "●")

    def _candidate(self, paragraph: Paragraph, i: int, j: int, words: tuple[str, ...]) -> _Candidate:
        tokens, entity_at = paragraph.tokens, paragraph.entity_at
        name = person_name(words)
        candidate = _Candidate(paragraph, i, j, words, name, cue=False)
        cue = False
        before, share = role_before(tokens, i, entity_at), 0
        if before is None:
            before, share = _shared_role_before(tokens, i, entity_at)
        if before is not None:
            cue = True
            self._take_role(candidate, paragraph, before, share)
        title = _title_before(tokens, i)
        if title is not None:
            cue = True
            candidate.title_role = (name.korean and KOREAN_TITLE_ROLES.get(title)) or TITLE_ROLES.get(title)
            if title in US_SENATE_TITLES and not name.korean:
                candidate.countries.append((_FROM_PARTY, "United States"))
        held = _office_held(tokens, j, entity_at)
        if held is not None:
            # 'Iida Yoichi, who heads the trade control department at METI,': 'head of the trade control department ...'
            span, holder = held
            cue = True
            self._take_role(candidate, paragraph, span)
            if candidate.roles and holder:
                candidate.roles[-1] = f"{holder} of {candidate.roles[-1]}"
        for span in (role_after(tokens, i, j, entity_at), role_as(tokens, i, j, entity_at)):
            if span is not None:
                cue = True
                self._take_role(candidate, paragraph, span)
                # 'Kim Hyun-chong, the second deputy director of the National Security Office, said'
                k = span.end + (span.end < len(tokens) and tokens[span.end].text in (",", ")"))
                candidate.speaks = candidate.speaks or (k < len(tokens) and tokens[k].lower in SPEECH_VERBS)
        if j < len(tokens):
            following = tokens[j]
            if following.lower in SPEECH_VERBS or following.lower in GOVERNMENT_NOUNS:
                cue = True
                candidate.speaks = candidate.speaks or following.lower in SPEECH_VERBS
            if following.text == ":" and self._opens_sentence(paragraph, i):
                cue = True
            if following.text == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "who":
                cue = True
            if following.text == "," and _speaks_after_aside(tokens, j):
                cue = candidate.speaks = True
            if following.text == ",":
                candidate.firm = _firm_aside(tokens, j)
            if following.lower == "of" and entity_at(j + 1) is not None and entity_at(j + 1).kind == "country":
                candidate.countries.append((_FROM_BESIDE, entity_at(j + 1).entry.name))
            # 'Ri Sun-ja, a Seoul resident,': where the person lives or comes from (which of the two Koreas a
            # Korean name is of, see `_country`).
            place = entity_at(j + 2) if following.text == "," and j + 2 < len(tokens) and (
                tokens[j + 1].lower in ("a", "an")) else None
            if place is not None and place.kind == "country" and (
                    (e := entity_end(j + 2, entity_at)) < len(tokens) and tokens[e].lower in _DWELLERS):
                candidate.countries.append((_FROM_DWELLING, place.entry.name))
            # 'James DeHart of the State Department': a state's body he serves.
            body = entity_at(j + 2) if following.lower == "of" and j + 2 < len(tokens) and (
                tokens[j + 1].lower == "the") else None
            if body is not None and body.entry.country and _serves_state(body):
                candidate.countries.append((_FROM_BESIDE, body.entry.country))
            # 'Tamaki Yuichiro of the Democratic Party for the People': a member of a party, a name by its words
            # (not 'A Youth Wing of the Liberal Democratic Party').
            if body is not None and body.entry.kind == "organization" and " Party" in body.entry.name and (
                    name.korean or any(w in GIVEN_NAMES or w in JAPANESE_GIVEN_NAMES for w in words)):
                cue = True
            # 'Junya Nishino of Keio University', 'Narushige Michishita of the National Graduate Institute for Policy
            # Studies': a Japanese name of two words before a school or an institute it is of.
            school = (entity_at(j + 1) or body) if following.lower == "of" and j + 1 < len(tokens) else None
            if (school is not None and school.kind == "organization" and _SCHOOL.search(school.entry.name)
                    and len(words) == 2 and japanese_shaped(" ".join(words))):
                cue = True
        if i >= 1 and tokens[i - 1].lower in SPEECH_VERBS:
            cue = True
            # 'said Kim' (not 'told Kim', 'accused Kim': the one spoken to or of)
            candidate.speaks = tokens[i - 1].lower in _INVERTED_ATTRIBUTION
        if (_PARTY.match(paragraph.text, tokens[j - 1].end) or _STATE_PARTY.match(paragraph.text, tokens[j - 1].end)
                or _OF_STATE.match(paragraph.text, tokens[j - 1].end)):
            cue = True
            candidate.countries.append((_FROM_PARTY, "United States"))
        candidate.cue = cue
        return candidate

    @staticmethod
    def _take_role(candidate: _Candidate, paragraph: Paragraph, span: RoleSpan, share: int = 0) -> None:
        """Take the role in `span` (or the place a bare 'Russia's' gives), and the country it names.
        `share`: the person's place among those a role for several names ('Foreign ministers
        Kang Kyung-wha and Toshimitsu Motegi'), each of whom holds it once; where the role pairs
        countries with them ('South Korean and Japanese foreign ministers ...'), their own."""
        tokens = paragraph.tokens
        start, end = span.start, span.end
        while start < end and tokens[start].start < paragraph.body_start:
            start += 1  # the dateline is no part of the role: 'TOKYO Prime Minister Shinzo Abe'
        if end <= start:
            return
        head = tokens[end - 1]
        # A plural in the role's complement is a body's name, held by no one person: 'chairman of the Joint Chiefs'.
        single = PLURAL_ROLE_HEADS.get(head.lower) if span.is_role and not any(
            tokens[k].lower in ("of", "for") for k in range(start, end - 1)
        ) else None
        pair = _respective_countries(tokens, start, end, paragraph.entity_at) if single else None
        if span.is_role:
            if pair is None:
                role = paragraph.text[tokens[start].start:head.start]
            else:  # 'South Korean and Japanese foreign ministers': the person's own country, then the rest
                (own, last), rest = pair[min(share, 1)], pair[2]
                role = " ".join((paragraph.text[tokens[own].start:tokens[last - 1].end],
                                 paragraph.text[tokens[rest].start:head.start]))
            role += (single if head.text.islower() else single.capitalize()) if single else head.text
            # What the holder leads is no part of the role: 'the government of President Moon Jae-in'.
            role = _LED_BY.sub("", role)
            candidate.roles.append(" ".join(role.split()).strip(" ,"))
        if pair is not None:
            start, end = pair[min(share, 1)]
        served_end = -1  # where the last country a role serves ends: others listed after it are served too
        for k in range(start, end):
            entity = paragraph.entity_at(k)
            if entity is None or (k > start and paragraph.entity_at(k - 1) is entity):
                continue  # (a name the role's first word ends counts: 'the North's foreign minister')
            # A preposition inside the role, not one before it ('talks with U.S. National Security Adviser X').
            inside = k - (2 if k >= 1 and tokens[k - 1].lower == "the" else 1) >= start
            if inside and after_locative(tokens, k) and not _serves_state(entity):
                continue  # 'a fellow at an institute in the United States' does not act for it
            if inside and (after_preposition(tokens, k, _TARGET_PREPOSITIONS) or (
                k - 2 == served_end and tokens[k - 1].lower in ("and", "or", ",")
            )):
                # the 'Ambassador to South Korea' and 'Special Representative for North Korea' serve others,
                # as a 'Deputy Assistant Secretary of State for Japan and Korea' does
                served_end = next((m for m in range(k, end) if paragraph.entity_at(m) is not entity), end) - 1
                continue
            if entity.kind == "country":
                if _paired(paragraph.text, entity):
                    continue  # 'director of the program on U.S.-Korea policy': two countries' ties, no one's
                after = next((m for m in range(k, len(tokens)) if paragraph.entity_at(m) is not entity), len(tokens))
                if after < len(tokens) and tokens[after].lower in _FIELD_HEADS:
                    continue  # a 'Korea expert' studies Korea, and need not act for it
                # (whence one comes, not where one works: 'from Japan's Keio University')
                origin = (span.is_role and inside and after_preposition(tokens, k, frozenset({"from"}))
                          and paragraph.text[entity.end:entity.end + 2] not in ("'s", "’s"))
                candidate.countries.append(
                    (_FROM_ORIGIN if origin else _FROM_ROLE if span.is_role else _FROM_BESIDE, entity.entry.name))
                break
            if entity.kind == "organization" and entity.entry.country:
                after = next((m for m in range(k, end) if paragraph.entity_at(m) is not entity), end)
                following = paragraph.entity_at(after) if after < end else None
                if following is not None and following.kind == "organization" and following.entry.country:
                    continue  # a body naming the next one's members: 'head of the USFK Korean Employees Union' (not
                    # 'chief of the USFK Public Affairs Office', no country's but USFK's)
                candidate.countries.append((_FROM_ROLE, entity.entry.country))
                break
        else:
            if span.is_role and _US_OFFICE.search(candidate.roles[-1] if candidate.roles else ""):
                candidate.countries.append((_FROM_ROLE, "United States"))

    # -- resolving --

    def actors(self) -> list[tuple[Position, Actor]]:
        return [(min(pos for pos, _ in p.mentions), self._actor(p)) for p in self.resolved()]

    def resolved(self) -> list[_Person]:
        """The people of the candidates read, in the order they are first named."""
        people: dict[str, _Person] = {}
        order: list[str] = []
        accepted = [c for c in self.full if self._is_person(c)]
        # (by the key and as spelt: a name not read as Korean keys its surname as spelt, see `_surname_of`)
        surnames_alone = {surname_key(c.words[0]) for c in self.single} | {
            plain_letters(c.words[0]).lower() for c in self.single}
        keys = {c.name.key for c in accepted} | {c.name.swapped_key for c in accepted}
        # An interview's answers labelled with the guest's surname ('Kimura: In October of last year.'): a name
        # of that surname is a person's, with no cue ('Kan Kimura, one of Japan's best-known scholars, spoke').
        labels = Counter(surname_key(c.words[0]) for c in self.single if _labels_turn(c))
        labelled = {surname for surname, turns in labels.items() if turns >= 2}
        # Candidates are runs that do not overlap: two are equal only when they
        # are one object, so membership is tested by identity, not field by field.
        taken = {id(c) for c in accepted}
        for candidate in self.full:
            if id(candidate) in taken:
                continue
            if candidate.name.key in keys or (not candidate.name.korean and candidate.name.swapped_key in keys):
                accepted.append(candidate)
            elif candidate.name.surname_key in surnames_alone and (
                    candidate.name.korean or candidate.cue or _named_by_labels(candidate, labelled)) and not (
                    # (not in a crosshead in title case: 'Motegi and Kang Meet in Nagoya')
                    not candidate.name.strong and _TITLE_CASE_LINE.fullmatch(candidate.paragraph.text.strip())):
                accepted.append(candidate)
        accepted.sort(key=lambda c: c.position)
        for candidate in accepted:
            person = self._person_for(candidate, people, order)
            self._record(person, candidate)
        for candidate in sorted(self.single, key=lambda c: c.position):
            if candidate.name.surname_key in labelled and _labels_turn(candidate) and not _quoted_turn(candidate):
                continue  # a label, no mention: 'He' in the answer is another ('Kimura: ... He said, "..."'); but
                # the words quoted right after it are the labelled one's ('Esper: "The only ones who benefit ..."')
            person = self._person_for_surname(candidate, people, order)
            if person is not None:
                self._record(person, candidate)
        return [people[k] for k in order]

    def _is_person(self, candidate: _Candidate) -> bool:
        name = candidate.name
        if self.gazetteer.person(name) is not None:
            return True
        if name.korean and name.strong:
            return True
        if candidate.words[0] in GIVEN_NAMES:
            return True
        if candidate.firm:
            return False
        # A crosshead in title case names no one unknown: 'Washington's Heavy Hand'.
        return candidate.cue and not _TITLE_CASE_LINE.fullmatch(candidate.paragraph.text.strip())

    def _person_for(self, candidate: _Candidate, people: dict[str, _Person], order: list[str]) -> _Person:
        name = candidate.name
        known = self.gazetteer.person(name)
        if known is not None:
            key = known.id
        else:
            key = next(
                (k for k, p in people.items() if p.known is None and any(_same_person(name, o) for o in p.names)),
                "name:" + name.key,
            )
        if key not in people:
            display = known.name if known else name.display
            people[key] = _Person(known.id if known else slugify(display), display, known, [name])
            order.append(key)
        person = people[key]
        if name not in person.names:
            person.names.append(name)
            if known is None and _fuller(name, person.name):
                person.name = name.display
                person.id = slugify(name.display)
        return person

    def _person_for_surname(self, candidate: _Candidate, people: dict[str, _Person], order: list[str]) -> _Person | None:
        # A known person's name of one word: 'Jokowi' is Joko Widodo.
        known = self.gazetteer.person(candidate.name)
        if known is not None:
            return _known_person(known, people, order)
        key = surname_key(candidate.words[0])
        here = [p for p in (people[k] for k in order) if any(_surname_of(n, candidate.words[0]) for n in p.names)]
        if not here and (candidate.cue or _speaks_of_person(candidate)):
            # A family name written first ('Geng Shuang', then 'Geng said'): the
            # first word of a two-word name, where no name ends with it.
            here = [p for p in (people[k] for k in order) if any(_family_first(n, key) for n in p.names)]
            for person in here:
                # ... a Japanese name so written is given in the order the others are: 'Nishino Junya' is
                # Junya Nishino (a Chinese one keeps its order: 'Geng Shuang').
                family, given = person.name.split() if len(person.name.split()) == 2 else ("", "")
                if person.known is None and family.lower() == key and (
                        plain_letters(given) in JAPANESE_GIVEN_NAMES or japanese_shaped(person.name)):
                    person.name = f"{given} {family}"
                    person.id = slugify(person.name)
        before = [p for p in here if min(pos for pos, _ in p.mentions) < candidate.position]
        if before:
            # With a title, the one who holds it: 'President Moon' after 'Speaker Moon Hee-sang' is
            # 'President Moon Jae-in' named before him; else the one known to hold it ('Chairman Kim' after
            # Kim Myong-gil, a negotiator, is Kim Jong-un).
            titled = [p for p in before if _holds(p.roles, candidate.roles)]
            heads = {role.split()[-1].lower() for role in candidate.roles if role.split()}
            if not titled and (known := self._known_holder(candidate, key, told_before=True)) is not None and all(
                    p.known is not known and not any(heads & set(role.lower().split()) for role in p.roles)
                    for p in before):  # (not after 'Kim Ki-moon, chairman of the Korea Federation of SMEs')
                return _known_person(known, people, order)
            return _meant(titled or before, candidate.position, candidate.words[0])
        # Named before anyone of the story with that surname: the one a caption or the knowledge names
        # ('Moon told a town hall meeting' before 'Speaker Moon Hee-sang' is named), else the first named after;
        # but for a surname not Korean, the first named after ('Morrison, the opposition spokesman Mark
        # Morrison, said' is no known Morrison).
        if here and not is_korean_family_name(candidate.words[0]):
            return here[0]
        return self._person_for_lone_surname(candidate, key, people, order) or (here[0] if here else None)

    def _person_for_lone_surname(
        self, candidate: _Candidate, key: str, people: dict[str, _Person], order: list[str]
    ) -> _Person | None:
        """The person a surname no one named before in the story stands for: a caption's, else a known one."""
        pictured = [p for p in self.pictured if any(_surname_of(n, candidate.words[0]) for n in p.names)]
        if len(pictured) == 1 and (
            candidate.cue or _speaks_of_person(candidate) or not is_korean_family_name(candidate.words[0])
        ):
            return self._person_from_caption(pictured[0], people, order)
        known = self.gazetteer.person_by_surname(key) or self._known_holder(candidate, key)
        if known is None:
            return None
        # Written as the known person's name writes it: 'Li' (Li Keqiang's) is not 'Lee' (Lee Nak-yon's).
        written = {word.lower() for form in (known.name, *known.aliases) for word in form.split()}
        if candidate.words[0].lower() not in written:
            return None
        # A Korean family name alone is shared by too many people to stand for a known one
        # unless the words around it speak of a person ('Moon said', 'President Moon').
        if is_korean_family_name(candidate.words[0]) and not (candidate.cue or _speaks_of_person(candidate)):
            return None
        return _known_person(known, people, order)

    def _known_holder(self, candidate: _Candidate, key: str, told_before: bool = False) -> KnownActor | None:
        """The one known person of that surname the knowledge gives the very title written before it: 'Chairman Kim'
        is Kim Jong-un, 'Minister Jeong' Jeong Kyeong-doo, not Chung Eui-yong, whose surname is read the same (not
        'justice minister Cho' for a first vice foreign minister; nor a president, of whom there were many); None if
        not one. `told_before`: whether one of that surname was named before ('President Moon' after 'Moon Hee-sang,
        the National Assembly speaker,' is the president known)."""
        # (each of two joined: 'The President and Chairman Kim')
        titles = {part for role in candidate.roles for part in role.casefold().split(" and ")}
        if not told_before:
            titles -= _MANY_HELD
        holders = [p for p in self.gazetteer.by_surname.get(key, ()) if titles & {role.casefold() for role in p.roles}]
        return holders[0] if len(holders) == 1 else None

    @staticmethod
    def _person_from_caption(shown: _Person, people: dict[str, _Person], order: list[str]) -> _Person:
        """The person a caption names, as a person of the story: the caption's role and country, none of its
        mentions (the caption is not in the story)."""
        key = shown.known.id if shown.known is not None else "name:" + shown.names[0].key
        if key not in people:
            people[key] = replace(shown, names=list(shown.names), mentions=[], roles=list(shown.roles),
                                  countries=list(shown.countries))
            order.append(key)
        return people[key]

    def _record(self, person: _Person, candidate: _Candidate) -> None:
        person.mentions.append((candidate.position, candidate.text))
        if _opens(candidate):
            person.openings.append(candidate.position)
        # (or opening its paragraph, speaking in it as 'he' or 'she': 'Kim Hyun-chong, ..., rejected the view. ..., he
        # said ...')
        text, end = candidate.paragraph.text, candidate.paragraph.tokens[candidate.after - 1].end
        pronoun = _SPEAKS_AS_PRONOUN.search(text, end) if _opens(candidate) else None
        if len(candidate.words) >= 2 and (candidate.speaks or (
                pronoun is not None and not _OTHER_SPEAKING.search(text, end, pronoun.start()))):
            person.spoke.append(candidate.position)
        gloss = _gloss_after(candidate)
        if gloss:
            # placed just after the name it glosses, so mentions keep the text's order
            person.mentions.append(((candidate.position[0], candidate.position[1] + 1), gloss))
        trimmed = False
        for role in candidate.roles:
            own = _own_part(role, person) if len(candidate.words) == 1 else role
            trimmed = trimmed or own != role
            if own.lower() not in (r.lower() for r in person.roles):
                person.roles.append(own)
        # (the country of another's title is not theirs: 'The South Korean Foreign Minister and Secretary Esper')
        person.countries.extend(c for c in candidate.countries if not (trimmed and c[0] == _FROM_ROLE))
        person.title_role = person.title_role or candidate.title_role

    def _actor(self, person: _Person) -> Actor:
        return Actor(
            id=person.id,
            name=person.name,
            kind="person",
            roles=tuple(_without_parts(person.roles) or ([person.title_role] if person.title_role else [])),
            country=self._country(person),
            mentions=tuple(Mention(pos[0], text) for pos, text in sorted(person.mentions, key=lambda m: m[0])),
        )

    def _country(self, person: _Person) -> str | None:
        # A scholar's name says nothing of whom they act for: they study the matter; nor does
        # where they study it ('a researcher at the Russian Academy of Sciences', 'director of
        # Asian studies at Temple University's Japan campus').
        roles = person.roles or ([person.title_role] if person.title_role else [])
        scholar = bool(roles) and all(
            SCHOLAR_ROLE_WORDS.intersection(now.lower().split())
            or (_RESEARCH_BODY.search(now) and not _LEARNERS.intersection(now.lower().split()))
            for now in map(_held_now, roles)
        )
        evidence = [(rank, country) for rank, country in person.countries
                    if not (scholar and rank == _FROM_ROLE) and rank != _FROM_DWELLING]
        dwelling = {country for rank, country in person.countries if rank == _FROM_DWELLING}
        if person.known is not None and person.known.country:
            evidence.append((_FROM_KNOWLEDGE, person.known.country))
        if not scholar and any(n.korean and (n.korean_only_family or n.strong) for n in person.names):
            # (a family name as Pyongyang spells it is the North's: 'Ri Yong-ho', 'Ri Son-gwon')
            north = (any(n.display.split()[0] in NORTH_KOREAN_FAMILY_NAMES for n in person.names)
                     and "South Korea" not in dwelling) or "North Korea" in dwelling  # ('Ri Sun-ja, a Seoul resident')
            evidence.append((_FROM_NAME, "North Korea" if north else "South Korea"))
        if not scholar and any(
            plain_letters(n.display.split()[0]) in JAPANESE_GIVEN_NAMES or japanese_shaped(n.display)
            for n in person.names if not n.korean
        ):  # 'Yōhei Kōno' too, and 'Hideaki Omura', whose given name the list lacks
            evidence.append((_FROM_NAME, "Japan"))
        if not evidence:
            return None
        best = min(rank for rank, _ in evidence)
        return next(country for rank, country in evidence if rank == best)


# Offices only the United States' government has by these names ('assistant secretary of defense
# for Indo-Pacific security affairs', 'Deputy Secretary of State'; not Britain's 'Secretary of State for Defence').
_US_OFFICE = re.compile(
    r"\b(?i:secretary\s+of\s+(?:state\b(?!\s+for\b)|defense\b|the\s+treasury\b|commerce\b)|defense\s+secretary"
    # An assistant secretary 'of State for' a region is the State Department's (a British secretary of state is not).
    r"|(?:assistant|under)\s+secretary\s+of\s+state\b"
    # ... and the chairs of Congress's committees: 'House Foreign Affairs Chairman Eliot Engel', 'Senate Foreign
    # Relations Committee chairman'.
    r"|(?<!Upper )(?<!Lower )(?-i:(?:House|Senate)\s+(?:Foreign\s+Affairs|Foreign\s+Relations|Armed\s+Services"
    r"|Intelligence|Appropriations|Judiciary))\b)"
)


# A body of research or teaching named in a role: 'senior adviser at the International Crisis Group'.
_RESEARCH_BODY = re.compile(r"\b(?:University|Institute|Institution|Endowment|Crisis Group|think tank|Studies)\b")


# What a company is called in an apposition: 'Stella Chemifa, a major Japanese hydrogen fluoride maker, said'.
_COMPANY_NOUNS = frozenset("""
maker makers manufacturer supplier producer company firm retailer steelmaker chipmaker automaker carmaker
conglomerate exporter importer brand chain operator carrier airline shipbuilder distributor subsidiary affiliate
""".split())


def _named_by_labels(candidate: _Candidate, labelled: set[str]) -> bool:
    """Whether a name of two words, no body's, has the surname of turns' labels (see `_People.resolved`): 'Kan
    Kimura' (not 'Sarang Jeil Church' beside an anchor's 'Church:')."""
    return (candidate.name.surname_key in labelled and len(candidate.words) == 2
            and not any(word in ORG_HEADS or word.lower() in ORG_HEADS for word in candidate.words))


def _quoted_turn(candidate: _Candidate) -> bool:
    """Whether the turn a label opens opens with a quotation mark: 'Esper: "The only ones ..."'."""
    tokens = candidate.paragraph.tokens
    return candidate.after + 1 < len(tokens) and tokens[candidate.after + 1].text in ('"', "“", "'", "‘")


def _labels_turn(candidate: _Candidate) -> bool:
    """Whether a lone name opens its paragraph as the label of a turn: 'Kimura: In October of last year.'"""
    tokens = candidate.paragraph.tokens
    return candidate.first == 0 and candidate.after + 1 < len(tokens) and tokens[candidate.after].text == ":"


def _initial_between(paragraph: Paragraph, i: int) -> bool:
    """Whether the capital letter at `i` stands between two words of a capital and small letters,
    a space on either side ('Scott A Snyder'); 'A' and 'I', words too, only after a given name."""
    before, letter, after = paragraph.tokens[i - 1 : i + 2]
    return (
        before.end + 1 == letter.start and letter.end + 1 == after.start
        and paragraph.text[before.end] == " " and paragraph.text[letter.end] == " "
        and all(word.text[:1].isupper() and word.text[1:].isalpha() and word.text[1:].islower()
                for word in (before, after))
        and paragraph.at[i - 1] is None
        and (letter.text not in ("A", "I") or before.text in GIVEN_NAMES)
    )


def _company_apposition(tokens: Sequence[Token], j: int) -> bool:
    """True if the name ending before token `j` is set off by an apposition that calls it a company."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in ("a", "an", "the"):
        return False
    for k in range(j + 2, min(j + 12, len(tokens))):
        if tokens[k].text in (",", ".", ";", "(", ")"):
            return False
        if tokens[k].lower in _COMPANY_NOUNS:
            return True
    return False


def _surname_of(name: PersonName, word: str) -> bool:
    """Whether `word` alone is the surname of `name`: by the folded key for a Korean name ('Chung' for
    'Jeong Kyeong-doo'), as spelt for any other ('Kang' for 'Steve Kang'; not 'Li' for 'Grace Lee')."""
    return name.surname_key == (surname_key(word) if name.korean else plain_letters(word).lower())


def _known_person(known: KnownActor, people: dict[str, _Person], order: list[str]) -> _Person:
    """The story's person for a known one, added to `people` (and `order`) if not there yet."""
    if known.id not in people:
        people[known.id] = _Person(known.id, known.name, known, [person_name(known.name)])
        order.append(known.id)
    return people[known.id]


def _same_person(a: PersonName, b: PersonName) -> bool:
    if a.key == b.key:
        return True
    return not a.korean and not b.korean and a.swapped_key == b.swapped_key


def _fuller(new: PersonName, current: str) -> bool:
    """True when `new` spells out more of the name ('Lyndon B. Johnson' over 'Lyndon Johnson')."""
    return not new.korean and len(new.display) > len(current)


def _meant(people: list[_Person], position: tuple[int, int], written: str) -> _Person:
    """Of the people sharing a surname named before `position`, the one the surname alone there
    (`written`) means: of those whose surname is written so ('Jeong', not 'Chung'), if any, the one
    named last in its paragraph; else the one named most so far, then the one who opened more
    paragraphs, then the first named (a writer calls the story's main person by the surname, others
    by the full name: 'Moon Chung-in, special adviser to the president, said' after 'an adviser to
    President Moon Jae In', then 'Moon told a forum'). But the one who spoke in the paragraph just
    before, the only one of them named there, goes on speaking: 'his colleague Kim Hyun-chong, ...,
    said Tokyo had ignored ...' (or 'Kim Hyun-chong, ..., rejected the view. ..., he said ...') then
    '"...", Mr Kim said.'"""
    people = [p for p in people if any(n.surname == written for n in p.names)] or people
    if len(people) == 1:
        return people[0]
    here = [p for p in people if any(pos[0] == position[0] and pos < position for pos, _ in p.mentions)]
    if here:
        return max(here, key=lambda p: max(pos for pos, _ in p.mentions if pos < position))
    last = position[0] - 1
    named = [p for p in people if any(pos[0] == last for pos, _ in p.mentions)]
    if len(named) == 1 and any(pos[0] == last for pos in named[0].spoke):
        return named[0]
    return max(people, key=lambda p: (
        sum(1 for pos, _ in p.mentions if pos < position), sum(1 for pos in p.openings if pos < position),
        [-n for n in min(pos for pos, _ in p.mentions)],
    ))


# A short line of capitalised words and small ones, no full stop: a crosshead.
_TITLE_CASE_LINE = re.compile(r"(?:[A-Z][\w'’-]*|of|the|and|in|on|for|to|a|an|at|by|with)(?:\s+(?:[A-Z][\w'’-]*|of|the|and"
                              r"|in|on|for|to|a|an|at|by|with)){0,7}[?!]?")


# One named before speaking as a pronoun: 'he said', 'she told reporters'.
# (no one else named speaking between: not 'Esper, speaking in Manila, said ..., and he said')
_SPEAKS_AS_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:said|says|told|added|noted|stressed|insisted)\b")
_OTHER_SPEAKING = re.compile(r"\b[A-Z][\w'’-]+(?:,[^,.]{0,60},)?\s+(?:said|says|told|added)\b")
# Speech verbs written before their subject: '..., said Kim Hyun-chong'.
_INVERTED_ATTRIBUTION = frozenset("said says added adds noted notes stated wrote explained insisted argued".split())


def _opens(candidate: _Candidate) -> bool:
    """True when the name opens its paragraph, after the dateline and a title at most: the
    paragraph is about the person ('Kim Hyun-chong, second deputy director ...', 'President Moon
    told'; not 'A top adviser to President Moon Jae In said')."""
    paragraph = candidate.paragraph
    before = [t for t in paragraph.tokens[:candidate.first] if t.start >= paragraph.body_start]
    return len(before) <= OPENING_TOKENS and not any(t.text[:1].islower() for t in before)


# How many words a title before a name opening its paragraph may have ('South Korean National Security
# Office Deputy Director Kim You-geun').
OPENING_TOKENS = 8


def _speaks_of_person(candidate: _Candidate) -> bool:
    """'the Trump administration', "Trump's": words around a lone surname that speak of a person."""
    tokens, j = candidate.paragraph.tokens, candidate.after
    return j < len(tokens) and (tokens[j].is_possessive or tokens[j].lower in GOVERNMENT_NOUNS)


# What a firm is called in an aside after its name.
_FIRM_NOUNS = frozenset(
    "agency company firm carrier airline maker chipmaker automaker carmaker manufacturer supplier retailer chain "
    "brand conglomerate group bank lender insurer broadcaster newspaper operator exporter importer".split()
)


def _firm_aside(tokens: Sequence[Token], comma: int) -> bool:
    """'Hana Tour, the largest travel agency in the country, said': an aside naming what kind of firm it is."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].lower not in ("a", "an", "the"):
        return False
    for k in range(comma + 2, min(len(tokens), comma + 10)):
        if tokens[k].text in (",", ".", ";"):
            return False
        if tokens[k].lower in _FIRM_NOUNS:
            # the head of the aside, no noun after it: not 'a Mizuho Bank economist', "the central bank's governor"
            return k + 1 >= len(tokens) or tokens[k + 1].text in (",", ".", ";") or tokens[k + 1].lower in (
                "in", "of", "with", "for", "based", "that", "which")
        if tokens[k].lower in ("of", "in", "at", "for", "with", "who", "which"):
            return False
    return False


def _speaks_after_aside(tokens: Sequence[Token], comma: int) -> bool:
    """'Trump, asked about the dispute, said': a speech verb right after a short aside."""
    for k in range(comma + 1, min(len(tokens) - 1, comma + 10)):
        if tokens[k].text in (".", ";", '"', "“", "”"):
            return False
        if tokens[k].text == ",":
            return tokens[k + 1].lower in SPEECH_VERBS
    return False


def _is_credit(paragraph: Paragraph, first: int, after: int) -> bool:
    """A byline or credit, not a person of the story.

    'Jeon Heon-Kyun/EPA', 'AP Photo/Ahn Young-joon', 'By Kim Tong-hyung' opening
    a paragraph, 'Reporting by Hyonhee Shin; Editing by ...'.
    """
    tokens = paragraph.tokens
    if after + 1 < len(tokens) and tokens[after].text == "/" and tokens[after].end == tokens[after + 1].start:
        return True
    if first >= 2 and tokens[first - 1].text == "/" and tokens[first - 1].start == tokens[first - 2].end:
        return True
    if first >= 1 and tokens[first - 1].lower == "by":
        return first == 1 or tokens[first - 2].lower in CREDIT_WORDS
    return False


def _gloss_after(candidate: _Candidate) -> str | None:
    """'Moon Jae-in (文在寅)': the name in its own script, right after it."""
    tokens, j = candidate.paragraph.tokens, candidate.after
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        if _CJK.fullmatch(tokens[j + 1].text):
            return tokens[j + 1].text
    return None


def _paired(text: str, hit: Hit) -> bool:
    """Whether a country's name is joined by a hyphen or dash to another's: 'U.S.-Korea', 'Japan-South Korea'."""
    before = text[hit.start - 1:hit.start] if hit.start else ""
    return text[hit.end:hit.end + 1] in ("-", "–") or before in ("-", "–")


def _holds(roles: list[str], titles: list[str]) -> bool:
    """Whether any of `roles` has the head of any of `titles` ('President' in 'South Korean President')."""
    heads = {title.split()[-1].lower() for title in titles if title.split()}
    return any(role.split()[-1].lower() in heads for role in roles if role.split())


# A school's or a study body's name.
_SCHOOL = re.compile(r"\b(?:University|Institute|College|School|Center|Centre|Foundation|Studies)\b")


def _own_part(role: str, person: _Person) -> str:
    """Of two titles joined before a known person's surname, a title of one word first that they do not hold is
    another's: 'The President and Chairman Kim' gives Kim Jong-un 'Chairman', 'The President and Secretary Pompeo'
    Mike Pompeo 'Secretary' (as does 'The Foreign Minister and Secretary Pompeo': a title of more words before the
    head of one they hold); as is what comes before a title they hold ('The Japanese Prime Minister and President
    Moon', 'our Indo-Pacific Strategy and President Moon's New Southern Policy'); a title they hold first leaves the
    role whole ('Prime Minister and LDP President Abe')."""
    parts = role.split(" and ")
    if person.known is None or len(parts) != 2:
        return role
    held = {title.casefold() for title in person.known.roles}
    if parts[0].casefold() in held:
        return role
    # (not a post held before: 'Former CIA Director and Secretary Pompeo'; a country's words before it counting for
    # one: 'The South Korean Foreign Minister and Secretary Pompeo')
    heads = {title.split()[0] for title in held} if 2 <= len(_COUNTRY_FIRST.sub("x ", parts[0]).split()) <= 3 and not (
        _FORMER_PART.search(parts[0])) else set()
    own = parts[1].casefold() in held or len(parts[0].split()) == 1 or parts[1].casefold() in heads
    return parts[1] if own else role


# A country's words opening a title: 'South Korean ', 'U.S. '.
_COUNTRY_FIRST = re.compile(r"^(?:%s)\s+" % "|".join(sorted(
    (re.escape(word) for name, others, demonyms, _ in COUNTRIES for word in (name, *others, *demonyms)),
    key=lambda word: (-len(word), word))))

# Titles held by too many of one surname over the years to name one of them: 'President Kim'.
_MANY_HELD = frozenset({"president", "prime minister", "former president"})

# Who are at a university or an institute without studying the matter for it: 'Sogang University student'.
_LEARNERS = frozenset({"student", "students", "worker", "workers"})


def _held_now(role: str) -> str:
    """A role without the posts it says were held before: 'presidential spokeswoman and former KBS anchor'
    -> 'presidential spokeswoman'; the role itself when it tells only of those."""
    now = _FORMER_PART.sub("", role).strip(" ,;")
    return now or role


# A post held before, in a role: 'and former KBS anchor', 'a former lecturer at Korea University'.
_FORMER_PART = re.compile(
    r"(?:\s*(?:,|\band\b)\s*)?\b(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time)\s[^,;]*?(?=\s*[,;]|\s+and\s|$)",
    re.IGNORECASE,
)


def _without_parts(roles: list[str]) -> list[str]:
    """The roles but those another one states in full ('Secretary' beside 'US Defense Secretary')."""
    folded = [role.casefold() for role in roles]
    return [
        role for role, mine in zip(roles, folded)
        if not any(other != mine and re.search(rf"(?<!\w){re.escape(mine)}(?!\w)", other) for other in folded)
    ]


# A country before these in a role is the field the person knows, not whom they act for.
_FIELD_HEADS = frozenset({
    "expert", "analyst", "specialist", "watcher", "scholar", "observer", "correspondent", "hand",
    "chair", "studies",  # a think tank's 'Korea Chair', a fellow 'for Korea studies'
    "affairs",  # an office's portfolio: 'a vice foreign minister in charge of US affairs'
    "program", "programme", "polling",  # 'who runs the Heritage Foundation's Korea program'
})

# A country after these in a role is what the role deals with, not whom the person acts for.
_TARGET_PREPOSITIONS = frozenset({"to", "for", "on", "toward", "towards", "with", "against"})



# Titles for several people, which reach past 'and': 'Sens. Jim Risch and Bob Menendez'.
_PLURAL_TITLES = frozenset({"Sens.", "Reps."})
# The longest name a plural title reaches over to the next one.
_MAX_NAME_TOKENS = 4


# The last words of a state's own bodies: someone 'at the Japanese Embassy' serves Japan,
# someone 'at an institute in Seoul' need not serve South Korea.
_STATE_BODIES = frozenset("embassy consulate ministry mission department pentagon".split())


def _serves_state(entity: Hit) -> bool:
    """Whether working at `entity` (a body known to act for a country) is serving that country."""
    return entity.kind == "organization" and entity.entry.name.split()[-1].lower() in _STATE_BODIES


def _respective_countries(
    tokens: Sequence[Token], start: int, end: int, entity_at
) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """In a role for several people, two countries joined by 'and', one for each ('South Korean and
    Japanese foreign ministers'): the tokens of each, and where the rest of the role starts."""
    for a in range(start + 1, end - 2):
        if tokens[a].lower == "and" and is_country(entity_at(a - 1)) and is_country(entity_at(a + 1)):
            first, last = max(start, entity_start(a - 1, entity_at)), min(end - 1, entity_end(a + 1, entity_at))
            return (first, a), (a + 1, last), last
    return None


# An office told by a relative clause after the name, and what its holder is called: 'Rep. Lee Hye-hoon, who chairs the
# National Assembly's intelligence committee,' (chair of ...); 'who holds the Korea Chair at CSIS' names it itself.
_HOLDERS = {"heads": "head", "chairs": "chair", "leads": "leader", "directs": "director", "runs": "head", "holds": "",
            "commands": "commander",
            # ... and a command held before: 'Vincent Brooks, who commanded U.S. Forces Korea from 2016 to 2018,' (not
            # 'who led the delegation to Washington last week', a deed)
            "commanded": "former commander"}
# ... an office by its head word or a body's name (not 'who leads the polls', 'who runs the risk', 'who holds a
# doctorate'); the words its head stands before; and words that end it ('a delegation of lawmakers visiting Washington').
_OFFICE_WORDS = frozenset("""
delegation team party ministry committee subcommittee department office agency council union institute institution
bureau division commission foundation center centre chair program programme caucus group association federation
secretariat command forces board panel task force faction coalition side
""".split())
_OFFICE_PREPOSITIONS = frozenset("of at in for on to with from visiting".split())
_OFFICE_ENDS = frozenset("visiting traveling travelling this next last".split())
# The longest such office, in tokens.
MAX_OFFICE_HELD_TOKENS = 16


def _office_held(tokens: Sequence[Token], j: int, entity_at) -> tuple[RoleSpan, str] | None:
    """The office a relative clause right after the name ending before token `j` says the person holds, up to the
    comma closing it (not one inside a body's name: 'the Ministry of Economy, Trade and Industry'), and the holder's
    word for it; past the person's party between ('Rep. Yoon Sang-hyun of the main opposition Liberty Korea Party, who
    chairs the committee,', 'Sen. Jim Risch (R-Idaho), who chairs ...')."""
    j = _past_party(tokens, j, entity_at)
    if not (j + 3 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "who"
            and tokens[j + 2].lower in _HOLDERS and (tokens[j + 3].lower in ("the", "its", "a", "an") or (
                (entity := entity_at(j + 3)) is not None and entity.kind == "organization"))):
        return None
    start = j + 3 + (tokens[j + 3].lower in ("the", "its") and tokens[j + 2].lower == "holds")
    k = start
    stop = start
    while stop < len(tokens) and stop - start < MAX_OFFICE_HELD_TOKENS and tokens[stop].lower not in _OFFICE_ENDS:
        if tokens[stop].lower in ("from", "since", "until", "in", "between") and stop + 1 < len(tokens) and (
                tokens[stop + 1].text.isdigit()):
            break  # (when it was held: '... who commanded U.S. Forces Korea from 2016 to 2018,')
        if tokens[stop].text in (".", ";") or (tokens[stop].text == "," and not (
                entity_at(stop - 1) is not None and entity_at(stop - 1) is entity_at(stop + 1))):
            break
        stop += 1
    closing = stop  # (the comma closing the clause, past where one goes: '... visiting Washington this week,')
    while closing < len(tokens) and tokens[closing].text != "," and closing - start < MAX_OFFICE_HELD_TOKENS:
        closing += 1
    if closing == len(tokens) or tokens[closing].text != "," or stop - start < 2:
        return None
    # (the office the head of what is held, before its first preposition: 'the trade control department at METI', not
    # 'the risk of angering lawmakers of his own party', 'the list of candidates', 'the party's floor strategy')
    head = next((m for m in range(start, stop) if tokens[m].lower in _OFFICE_PREPOSITIONS), stop) - 1
    entity = entity_at(head)
    if not (tokens[head].lower in _OFFICE_WORDS or (entity is not None and entity.kind == "organization")):
        return None
    return RoleSpan(start, stop, True), _HOLDERS[tokens[j + 2].lower]


def _past_party(tokens: Sequence[Token], j: int, entity_at) -> int:
    """Where the words after a name go on past the party written right after it ('of the main opposition Liberty Korea
    Party', 'of the Liberty Korea Party (LKP)', '(R-Idaho)'): at the comma after the party, else `j`."""
    k = j
    if k < len(tokens) and tokens[k].text == "(":
        k = next((m + 1 for m in range(k + 1, min(k + 6, len(tokens))) if tokens[m].text == ")"), j)
    elif k + 1 < len(tokens) and tokens[k].lower == "of":
        k += 1 + (tokens[k + 1].lower == "the")
        while k < len(tokens) and (tokens[k].lower in PARTY_ADJECTIVES or tokens[k].lower == "opposition"):
            k += 1
        entity = entity_at(k) if k < len(tokens) else None
        if entity is None or entity.kind != "organization" or "party" not in entity.entry.name.lower():
            return j
        while k < len(tokens) and entity_at(k) is entity:
            k += 1
        if k < len(tokens) and tokens[k].text == "(":  # (its short name: 'of the Liberty Korea Party (LKP),')
            k = next((m + 1 for m in range(k + 1, min(k + 4, len(tokens))) if tokens[m].text == ")"), k)
    return k if k < len(tokens) and tokens[k].text == "," else j



def _shared_role_before(tokens: Sequence[Token], i: int, entity_at) -> tuple[RoleSpan | None, int]:
    """The role for several people written before the name starting at token i, and the name's place
    among them: 'Foreign ministers Kang Kyung-wha and Toshimitsu Motegi' gives Motegi his (1), and so
    does 'The foreign ministers, Kang Kyung-wha and Toshimitsu Motegi,' Kang hers (0) too."""
    if (after := _offices_set_off(tokens, i - 1)) is not None:
        # (the first of several names: not one name going on with a verb, 'During a session with ASEAN ministers,
        # Kono brushed off ...')
        if not _names_set_off(tokens, i):
            return None, 0
        return _plural_role(role_before(tokens, after, entity_at), tokens), 0
    if i < 3 or tokens[i - 1].lower not in ("and", ","):
        return None, 1
    k = i - 1
    # (back along a list of names: 'Senators Jim Risch, Bob Menendez, Cory Gardner and Ed Markey')
    while k >= 2 and tokens[k].lower in ("and", ","):
        end, k = k, k - 1
        # (past the country a name is of: 'Negotiators Jeong Eun-bo of South Korea and James DeHart')
        if is_country(entity_at(k)):
            m = entity_start(k, entity_at)
            m -= 1 if m >= 1 and tokens[m - 1].lower == "the" else 0
            if m >= 3 and tokens[m - 1].lower == "of" and tokens[m - 2].text[:1].isupper():
                end, k = m - 1, m - 2
        while k >= 1 and end - 1 - k < _MAX_NAME_TOKENS and tokens[k - 1].text[:1].isupper() \
                and tokens[k - 1].lower not in PLURAL_ROLE_HEADS and entity_at(k - 1) is None:
            k -= 1
        if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].text[:1].isupper() \
                or tokens[k - 2].lower in PLURAL_ROLE_HEADS:
            break
        k -= 1
    if (after := _offices_set_off(tokens, k - 1)) is not None:
        if not _names_set_off(tokens, k):
            return None, 1
        k = after  # past the comma after the role
    return _plural_role(role_before(tokens, k, entity_at), tokens), 1


def _names_set_off(tokens: Sequence[Token], i: int) -> bool:
    """Whether the names from token `i` are several, set off by commas after their office: 'Kang Kyung-wha and Toshimitsu
    Motegi,', 'Kang Kyung-wha of South Korea and Taro Kono of Japan,' (not one going on with its verb, 'Kono brushed
    off ...', nor the subject of a sentence an opening phrase ends before: 'On the sidelines of a meeting of ASEAN
    foreign ministers, Kang Kyung-wha of South Korea and Taro Kono of Japan held talks')."""
    k, names, joined = i, 0, False
    while k < len(tokens):
        m = k
        while k < len(tokens) and k - m < _MAX_NAME_TOKENS and tokens[k].text[:1].isupper():
            k += 1
        if k == m:
            return False
        names += 1
        if k < len(tokens) and tokens[k].lower == "of":  # (whose the name is: 'of South Korea')
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "the")
            m = k
            while k < len(tokens) and k - m < _MAX_NAME_TOKENS and tokens[k].text[:1].isupper():
                k += 1
        if k >= len(tokens) or tokens[k].text in (".", ";"):
            return names > 1  # (the sentence's end: 'attended by the two foreign ministers, Kang and Kono.')
        if tokens[k].lower not in ("and", ","):
            return False
        if tokens[k].text == "," and (joined or k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper()):
            return names > 1  # the comma closing the names
        joined = tokens[k].lower == "and"
        k += 1
    return names > 1


# What a plural office's holders hold it for, between the office and the comma before their names:
# 'The foreign ministers of the two countries, Kang Kyung-wha and Toshimitsu Motegi,'.
_OF_BOTH = re.compile(r"of (?:the two|both) (?:countries|nations|sides|governments|neighbors|neighbours)")


def _offices_set_off(tokens: Sequence[Token], comma: int) -> int | None:
    """Where the plural office ending before the comma at token `comma` ends (exclusive), if its holders
    follow the comma: 'The foreign ministers, Kang ...', 'The defense chiefs of both countries, Jeong ...'."""
    if comma < 1 or tokens[comma].text != ",":
        return None
    if tokens[comma - 1].lower in _OFFICES_SET_OFF:
        return comma
    for k in (comma - 3, comma - 4):
        if k >= 1 and tokens[k - 1].lower in _OFFICES_SET_OFF and _OF_BOTH.fullmatch(
                " ".join(t.lower for t in tokens[k:comma])):
            return k
    return None


# Offices in the plural whose holders may follow set off by a comma ('The foreign ministers, Kang Kyung-wha
# and Toshimitsu Motegi,'); not what only describes them ('The two leaders, Moon Jae-in and Shinzo Abe,').
_OFFICES_SET_OFF = frozenset(PLURAL_ROLE_HEADS) - {"leaders", "members", "diplomats", "lawmakers"}


def _plural_role(span: RoleSpan | None, tokens: Sequence[Token]) -> RoleSpan | None:
    """`span` if it is a role in the plural, held by each of several people."""
    if span is None or not span.is_role or tokens[span.end - 1].lower not in PLURAL_ROLE_HEADS:
        return None
    return span


def _title_before(tokens: Sequence[Token], i: int) -> str | None:
    """The title of address before the name starting at token i ('Sen.'), or the plural
    one before the name joined to it by 'and' ('Sens. Jim Risch and Bob Menendez')."""
    if i >= 1 and tokens[i - 1].text in HONORIFICS:
        return tokens[i - 1].text
    if i >= 3 and tokens[i - 1].lower == "and":
        k = i - 2
        while k >= 0 and i - 1 - k <= _MAX_NAME_TOKENS and tokens[k].text[:1].isupper() \
                and tokens[k].text not in HONORIFICS:
            k -= 1
        if 0 <= k < i - 2 and tokens[k].text in _PLURAL_TITLES:
            return tokens[k].text
    return None


def _family_first(name: PersonName, key: str) -> bool:
    """True if `key` is the first of the two words of `name` (not read as Korean, which knows its family name)."""
    words = name.display.split()
    return not name.korean and len(words) == 2 and words[0].lower() == key
