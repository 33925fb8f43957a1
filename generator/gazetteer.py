"""The names known before reading: the editor's actors and the world's countries.

`Gazetteer.build` joins the knowledge file (`KnownActor`s) with the country
table of `generator.lexicon`: every alias, demonym and capital points to one
canonical actor. `find` marks their places in a text, longest name first
('North Korean' before 'Korean', 'Korean Peninsula' before either). People
are not matched as strings: their names are compared by key
(`generator.names`), so every spelling of a known person is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .boilerplate import MEDIA_OUTLETS, OUTLET_HOME
from .knowledge import KnownActor
from .lexicon import COMPANY_HEADS, COUNTRIES, COUNTRY_ADJECTIVES, ORG_HEADS, REGIONS
from .names import PersonName, person_name
from .slugs import slugify


@dataclass(frozen=True)
class Entry:
    """What a known name stands for.

    `form` is how the name refers: 'name' (a country's or body's own name),
    'demonym' ('Japanese'), 'capital' ('Seoul' for South Korea), 'region'
    (a proper name that is never an actor) or 'outlet' (a news outlet's, from
    `boilerplate.MEDIA_OUTLETS`: no country's voice, whatever its name says).
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    form: str = "name"


@dataclass(frozen=True)
class Hit:
    """A known name found in a text: [start, end) and what it stands for."""

    start: int
    end: int
    text: str
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.kind


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Known names: a matcher for bodies and places, key tables for people.

    Built once per knowledge tuple (`build` is cached); never changed after.
    """

    pattern: re.Pattern | None
    entries: dict[str, Entry]
    by_key: dict[str, KnownActor]
    by_swapped_key: dict[str, KnownActor]
    by_surname: dict[str, tuple[KnownActor, ...]]
    adjectives: dict[str, str]
    # A body every country has, named bare (in lower case), and the entry the editor says it means.
    named_bare: dict[str, Entry]

    @staticmethod
    def build(known: tuple[KnownActor, ...]) -> Gazetteer:
        return _build(known)

    def find(self, text: str) -> tuple[Hit, ...]:
        """Known names in `text`, left to right, not overlapping, longest first.

        'the South Korean side' is 'South Korean', not 'the South' + 'Korean'.
        """
        if self.pattern is None:
            return ()
        candidates = []
        for match in self.pattern.finditer(text):
            alias = match.group(1)
            entry = self.entries.get(alias) or self.entries.get(_first_lower(alias))
            end = match.start() + len(alias)
            if entry is not None and entry.kind == "organization" and _part_of_longer_name(text, end, alias):
                continue  # a part of another body's name: 'Hyundai Motor-Korea Foundation', 'Hyundai Motor Securities'
            if entry is not None:
                candidates.append(Hit(match.start(), end, alias, entry))
        chosen: list[Hit] = []
        for hit in sorted(candidates, key=lambda h: (-(h.end - h.start), h.start)):
            if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
                chosen.append(hit)
        return tuple(sorted(chosen, key=lambda h: h.start))

    def lookup(self, name: str) -> Entry | None:
        """The entry a whole name stands for, if it is known."""
        return self.entries.get(name) or self.entries.get(_first_lower(name))

    def person(self, name: PersonName) -> KnownActor | None:
        """The known person this name spells, in either order; None if unknown."""
        found = self.by_key.get(name.key)
        if found is None and not name.korean:
            found = self.by_swapped_key.get(name.swapped_key)
        return found

    def person_by_surname(self, key: str) -> KnownActor | None:
        """The one known person with this surname key; None if none or several."""
        people = self.by_surname.get(key, ())
        return people[0] if len(people) == 1 else None

    def adjective(self, country: str) -> str:
        """The adjective naming a country's institutions ('Japanese', 'U.S.')."""
        return self.adjectives.get(country, country)


# Capitalised words after a known body's name, joined by a hyphen or a space.
_CAPITALS_AFTER = re.compile(r"(-|\s+)((?:[A-Z][\w.']*)(?:\s+[A-Z][\w.']*)*)")
_PARTY_AFTER = re.compile(r"\s+[Pp]arty\b")
# The legal forms a firm's name may end with and stay the same firm's ('Samsung Electronics Co Ltd').
_LEGAL_FORMS = frozenset("Co Co. Corp Corp. Corporation Company Inc Inc. Ltd Ltd.".split())


def _part_of_longer_name(text: str, end: int, alias: str) -> bool:
    """Whether a known body's name ending at `end` opens a longer body's: capitals after it
    end in the head of a body that is no firm, joined by a hyphen ('the Hyundai Motor-Korea Foundation'),
    or by a space and then a firm's head ('Hyundai Motor Securities', 'Lotte Shopping Co.'), past a legal form;
    or a body's head named alone (`alias`) before 'party' ('the opposition Congress party')."""
    if alias in ORG_HEADS and _PARTY_AFTER.match(text, end):
        return True  # a party's name: 'the opposition Congress party' is no U.S. Congress
    after = _CAPITALS_AFTER.match(text, end)
    if after is None:
        return False
    words = after[2].split()
    while words and words[-1].rstrip(",") in _LEGAL_FORMS:
        words.pop()
    if not words:
        return False  # its legal form alone
    head = words[-1].rstrip(".,")
    if after[1] == "-":
        return head in ORG_HEADS and head not in COMPANY_HEADS  # (two firms: 'the Korean Air-Asiana Airlines deal')
    return head in COMPANY_HEADS

# Outlets whose name without its article is a word ('The Diplomat'): only with the article.
_COMMON_WORD_OUTLETS = frozenset({"Diplomat", "Economist", "Conversation", "Atlantic", "Standard"})


@lru_cache(maxsize=16)
def _build(known: tuple[KnownActor, ...]) -> Gazetteer:
    entries: dict[str, Entry] = {}
    adjectives: dict[str, str] = {}
    named_bare: dict[str, Entry] = {}

    def add(alias: str, entry: Entry) -> None:
        alias = " ".join(alias.split())
        if alias and alias not in entries:
            entries[alias] = entry

    # Country names, demonyms and capitals first, so each keeps its form; a
    # country the editor lists keeps the editor's id and name.
    known_countries = [a for a in known if a.kind == "country"]
    for name, others, demonyms, capital in COUNTRIES:
        spellings = {name, *others}
        actor = next((a for a in known_countries if spellings & {a.name, *a.aliases}), None)
        entry_id, canonical = (actor.id, actor.name) if actor else (slugify(name), name)
        for other in (name, *others):
            add(other, Entry(entry_id, canonical, "country"))
        for demonym in demonyms:
            demonym_entry = Entry(entry_id, canonical, "country", form="demonym")
            add(demonym, demonym_entry)
            if not demonym.endswith(("ese", "sh", "ch", "ss", ".")):
                add(demonym + "s", demonym_entry)
        if capital:
            add(capital, Entry(entry_id, canonical, "country", form="capital"))
        adjectives[canonical] = COUNTRY_ADJECTIVES.get(name, demonyms[0] if demonyms else canonical)
    for region in REGIONS:
        add(region, Entry(slugify(region), region, "region", form="region"))
    for actor in known:
        if actor.kind == "person":
            continue
        country = actor.country if actor.kind != "country" else None
        entry = Entry(actor.id, actor.name, actor.kind, country)
        for alias in (actor.name, *actor.aliases):
            add(alias, entry)
        for bare in actor.named_bare:
            named_bare.setdefault(" ".join(bare.lower().split()), entry)
    # News outlets a story cites ('told Al Jazeera', 'in an interview with Deutsche Welle') are bodies,
    # no people; a government's own site is known by its body's name.
    # Each is named without its article, and is the country's its name names ('The Japan Times').
    for outlet in MEDIA_OUTLETS:
        name = outlet.removeprefix("The ")
        country = OUTLET_HOME.get(outlet) or next(
            (entries[w].name for w in re.findall(r"[\w.]+", name) if w in entries and entries[w].kind == "country"), None
        )
        if name in _COMMON_WORD_OUTLETS:
            name = outlet
        entry = Entry(slugify(name), name, "organization", country, form="outlet")
        add(outlet, entry)
        add(name, entry)
    # Lower-case aliases ('presidential office') also open a sentence; an apostrophe is also written curly
    # ("ASEAN Defense Ministers' Meeting-Plus").
    for alias in list(entries):
        if alias[:1].islower():
            add(alias[:1].upper() + alias[1:], entries[alias])
    for alias in list(entries):
        if "'" in alias:
            add(alias.replace("'", "’"), entries[alias])

    by_key: dict[str, KnownActor] = {}
    by_swapped: dict[str, KnownActor] = {}
    by_surname: dict[str, tuple[KnownActor, ...]] = {}
    for actor in known:
        if actor.kind != "person":
            continue
        names = [person_name(n) for n in (actor.name, *actor.aliases)]
        for name in names:
            by_key.setdefault(name.key, actor)
            by_swapped.setdefault(name.swapped_key, actor)
        surname = names[0].surname_key
        by_surname[surname] = by_surname.get(surname, ()) + (actor,)

    pattern = None
    if entries:
        # A lookahead for the first letters lets the engine skip most positions at once.
        firsts = "".join(sorted({re.escape(a[0]) for a in entries}))
        pattern = re.compile(rf"(?=[{firsts}])(?<![\w.])(?=({_longest_first(entries)})(?![\w]))")
    return Gazetteer(
        pattern=pattern,
        entries=entries,
        by_key=by_key,
        by_swapped_key=by_swapped,
        by_surname=by_surname,
        adjectives=adjectives,
        named_bare=named_bare,
    )


def _longest_first(names: Iterable[str]) -> str:
    """A pattern for any of `names` that prefers the longest one matching.

    Written as a trie ('North Korea', 'North Korean' -> 'North\\ Korea(?:n)?'):
    at each place the engine follows one branch per character instead of
    trying hundreds of names in turn. Where a name ends and a longer one goes
    on, the longer is tried first, so the names found are those of an
    alternation sorted longest first.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def branches(node: dict) -> str:
        parts = [re.escape(char) + branches(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branches(trie)


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]
