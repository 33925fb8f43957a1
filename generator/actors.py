"""Find the actors of an article: people with roles, organisations, countries.

The paragraphs are read once (`generator.bodies`: tokens, known names,
organisations), then people are found in them (`generator.people`); every
actor gets one canonical id, the same across articles for the same actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .bodies import Position, body_actors, read_paragraphs
from .boilerplate import OUTLET_HOME
from .gazetteer import Gazetteer
from .knowledge import KnownActor
from .lexicon import GENERIC_INSTITUTIONS, NO_MINISTRIES
from .metadata import same_outlet
from .models import Actor, CleanArticle, Mention
from .people import find_people
from .slugs import slugify
from .turns import label_view

# Bodies every country has, which an article names bare for the country it is written
# from ('SEOUL (Yonhap) -- The Foreign Ministry said'), or for the one the knowledge says
# the dossier's stories mean by it (the Defense Department, the United States' name for its
# own: 'the Defense Department' in Seoul is the Pentagon).
_HOME_BODIES = GENERIC_INSTITUTIONS
# Bodies every country has that are placed only where the outlet's home is known.
_PARTIES = frozenset({"democratic party"})
# States whose outlets call a party of theirs so: a bare 'Democratic Party' is theirs.
_PARTY_HOMES = frozenset({"South Korea"})
# ... and whose ruling party it is, wherever the story is written: 'ruling Democratic Party lawmakers'.
_RULING_PARTY = re.compile(r"\b[Rr]uling\s+Democratic\s+Party\b(?!\s+(?:of|for)\b)")
_RULING_PARTY_HOME = "South Korea"


def find_actors(article: CleanArticle, known: tuple[KnownActor, ...]) -> tuple[Actor, ...]:
    """Every actor named in the body, one per canonical id, with mentions.

    Actors are ordered by first mention; mentions by paragraph and place.
    The outlet that published the article is not one of its actors ('...,
    Lü Chao told the Global Times' in the Global Times). A person the body
    calls only by the surname is the one a dropped photo caption names in
    full (see `find_people`); a body every country has, named bare, is
    that of a country the text tells (see `_placed`). Pure: the knowledge
    comes in as `known`.
    """
    gazetteer = Gazetteer.build(tuple(known))
    # A transcript's speakers' labels read as names ('JOHN VAUSE, CNN ANCHOR:', see `label_view`).
    text = label_view(article.paragraphs, lambda word: gazetteer.lookup(word) is not None)
    paragraphs = read_paragraphs(text, gazetteer, article.dateline)
    captions = read_paragraphs(article.captions, gazetteer) if article.captions else ()
    people = find_people(paragraphs, gazetteer, captions)
    offices = _leaders_offices(text, people, gazetteer, article.published)
    bodies = _shortened_firms(_placed(body_actors(paragraphs) + offices, people, article, gazetteer))
    actors = _officials_at_home(people, bodies, article, gazetteer) + bodies
    return tuple(
        actor for _, actor in sorted(actors, key=lambda pair: pair[0])
        if not (actor.kind == "organization" and article.outlet and same_outlet(actor.name, article.outlet))
    )


# The office a country's leader works from, by the country and the leader's role, as the
# knowledge names it: 'Moon's office' is Cheong Wa Dae, 'Abe's office' the Kantei.
# (with the day it moved, after which the office is another: Cheong Wa Dae until May 10, 2022)
_LEADERS_OFFICES = {
    ("South Korea", "president"): ("presidential office", "2022-05-10"),
    ("Japan", "prime minister"): ("Japanese Prime Minister's Office", None),
    ("United States", "president"): ("White House", None),
}
_OFFICE_AFTER = re.compile(r"['’]s\s+(?P<body>office|[Cc]abinet)\b")
# The role of the leader itself, the country's adjective or name before it at most ('South Korean President',
# "South Korea's President", 'Japan Prime Minister'; not 'Deputy Prime Minister', 'Former President',
# 'special adviser to the president').
_LEADER_ROLE = re.compile(
    r"(?:(?:south\s+korean|s\.\s*korean|korean|south\s+korea['’]s|korea['’]s|japanese|japan(?:['’]s)?|u\.?s\.?"
    r"|america['’]s|american)\s+)?(?P<head>.+)",
    re.IGNORECASE,
)


def _leaders_offices(
    paragraphs: Sequence[str], people: list[tuple[Position, Actor]], gazetteer: Gazetteer, published: str | None,
) -> list[tuple[Position, Actor]]:
    """The offices and cabinets of leaders named as theirs ('Moon's office said', 'an official in President
    Moon Jae-in's office', 'approved by Abe's Cabinet'): the body, mentioned as the leader's name and 'office'
    (or 'Cabinet', the country's cabinet where the knowledge knows it). A leader is a person the article
    gives the role of a country's head in `_LEADERS_OFFICES` (see `_LEADER_ROLE`: 'Former President
    Park Geun-hye's office' is no leader's)."""
    found = []
    for _, person in people:
        office = next((
            gazetteer.lookup(name) for (country, head), (name, moved) in _LEADERS_OFFICES.items()
            if person.country == country and not (moved and published and published[:10] >= moved) and any(
                _LEADER_ROLE.fullmatch(role)["head"].lower() == head for role in person.roles)
        ), None)
        if office is None:
            continue
        # ... and the leader's cabinet, the country's ('Abe's Cabinet' is the Japanese Cabinet)
        cabinet = gazetteer.lookup(f"{gazetteer.adjective(person.country)} Cabinet")
        for index, form in sorted({(m.paragraph, m.text) for m in person.mentions}):
            text = paragraphs[index]
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?=['’]s\s)", text):
                after = _OFFICE_AFTER.match(text, match.end())
                body = (office if after["body"] == "office" else cabinet) if after else None
                if body is not None:
                    found.append(((index, match.start()), Actor(
                        body.id, body.name, body.kind, country=body.country,
                        mentions=(Mention(index, text[match.start():after.end()]),),
                    )))
            if cabinet is None:
                continue
            # ... named after the leader's name otherwise: 'the cabinet of Prime Minister Shinzo Abe', 'Abe
            # reshuffled his Cabinet'.
            name = re.escape(form)
            for match in re.finditer(
                rf"\b(?P<of>[Cc]abinet of (?:(?:Prime Minister|President|Premier)\s+)?{name})(?![\w-])"
                rf"|(?<![\w-]){name}(?![\w-])[^.;!?\"“”]{{0,60}}?\b(?P<his>(?:his|her)\s+[Cc]abinet)\b",
                text,
            ):
                said = "of" if match["of"] else "his"
                found.append(((index, match.start(said)), Actor(
                    cabinet.id, cabinet.name, cabinet.kind, country=cabinet.country,
                    mentions=(Mention(index, match[said]),),
                )))
    return found


def _placed(
    bodies: list[tuple[Position, Actor]], people: list[tuple[Position, Actor]], article: CleanArticle,
    gazetteer: Gazetteer,
) -> list[tuple[Position, Actor]]:
    """The body actors, a body every country has named bare ('the Foreign Ministry', 'the Joint
    Chiefs of Staff') made that of its country: the country of a person whose role names it
    ('Gen. Mark Milley, chairman of the Joint Chiefs of Staff'), else the body the knowledge says the
    dossier's stories mean by it (`KnownActor.named_bare`), else the country the article is written
    from (`_home`; for a party, only where the outlet's home is known and calls a party so: a Korean
    party is named in stories filed from Washington). With none it stays bare. A body so placed that
    the article also names with its country ('South Korea's Foreign Ministry') is one actor."""
    homes: dict[bool, str] = {}
    placed: dict[str, tuple[Position, Actor]] = {}
    for position, actor in bodies:
        if actor.kind == "organization" and actor.country is None and actor.name.lower() in _HOME_BODIES:
            body = actor.name.lower()
            country = next((p.country for _, p in people if p.country and any(body in r.lower() for r in p.roles)), None)
            meant = gazetteer.named_bare.get(body) if country is None else None
            if meant is not None:
                country = meant.country  # what the dossier's stories mean by it
            if country is None and body in _PARTIES and any(
                    _RULING_PARTY.search(article.paragraphs[m.paragraph]) for m in actor.mentions):
                country = _RULING_PARTY_HOME
            if country is None:
                of_outlet = body in _PARTIES
                if of_outlet not in homes:
                    homes[of_outlet] = _home(article, gazetteer, {a.id for _, a in bodies}, of_outlet)
                country = homes[of_outlet] or None
                if country in NO_MINISTRIES and "ministry" in body:
                    country = None  # 'The Foreign Ministry here says' in a CNN story is not America's
                if of_outlet and country not in _PARTY_HOMES:
                    country = None  # Seoul's 'Democratic Party' in a Japanese paper is no Japanese party
            if country:
                name = f"{gazetteer.adjective(country)} {actor.name}"
                known = gazetteer.lookup(name)
                actor = replace(actor, id=known.id, name=known.name, country=known.country) if known else replace(
                    actor, id=slugify(name), name=name, country=country
                )
        if actor.id in placed:
            first, twin = placed[actor.id]
            position, actor = min(first, position), replace(
                twin, mentions=tuple(sorted(twin.mentions + actor.mentions, key=lambda m: m.paragraph))
            )
        placed[actor.id] = (position, actor)
    return list(placed.values())


# The last words of a firm's full name that a story leaves out after it: 'Morita Chemical Industries'
# is 'Morita Chemical' after (not 'Group': 'Hyundai Motor Group' is no 'Hyundai Motor').
_FULL_NAME_ENDS = frozenset({"Industries", "Industry", "Corporation", "Company", "Limited"})


def _shortened_firms(bodies: list[tuple[Position, Actor]]) -> list[tuple[Position, Actor]]:
    """The bodies, a firm's name shortened ('a Morita Chemical official') one actor with its full
    name ('Morita Chemical Industries Co.'), which it takes, with the mentions of both."""
    full = {actor.name: actor for _, actor in bodies if actor.kind == "organization"}
    into: dict[str, Actor] = {}
    for name in full:
        longer = [other for other in full.values() if other.name.startswith(name + " ") and all(
            word in _FULL_NAME_ENDS for word in other.name[len(name):].split())]
        if len(longer) == 1:
            into[name] = longer[0]
    if not into:
        return bodies
    merged: dict[str, tuple[Position, Actor]] = {}
    for position, actor in bodies:
        target = into.get(actor.name, actor) if actor.kind == "organization" else actor
        if target.id in merged:
            first, twin = merged[target.id]
            position, actor = min(first, position), replace(
                twin, mentions=tuple(sorted(twin.mentions + actor.mentions, key=lambda m: m.paragraph)))
        else:
            actor = replace(target, mentions=actor.mentions) if target is not actor else actor
        merged[target.id] = (position, actor)
    return list(merged.values())


# A state's office in a role: 'Minister of Economic Affairs', 'Trade Secretary', 'Vice Premier' (not a
# firm's or a research body's: 'president of Samsung Electronics', 'president of the Asan Institute').
_STATE_OFFICE = re.compile(
    r"\b(?i:minister|secretary|premier|spokes(?:man|woman|person)|director[- ]general|cabinet)\b"
)
# The states of the dispute and around it, whose officials any story names.
_DISPUTE_STATES = frozenset({"South Korea", "Japan", "United States", "North Korea", "China"})
_NOT_STATE = re.compile(
    r"\b(?:Institute|Institution|University|Forum|Foundation|Association|Council|Center|Centre|Group|Company"
    r"|Corp\.?|Co\.|Inc\.|Party|League|Committee|Union|Federation|Chamber|Bank|Fund)\b|\b(?i:general secretary"
    r"|secretary[- ]general|party|press secretary to)\b"
)


def _officials_at_home(
    people: list[tuple[Position, Actor]], bodies: list[tuple[Position, Actor]], article: CleanArticle,
    gazetteer: Gazetteer,
) -> list[tuple[Position, Actor]]:
    """The people, an official with no country of their own in the text (the role, the name, the
    knowledge) given the one the article is written from, where its dateline's and its outlet's
    agree: 'TAIPEI -- ... Minister of Economic Affairs Shen Jong-chin said' in the Taipei Times is
    Taiwan's minister (an agency's story filed from abroad is not: its minister travels). Not where
    that country has no such office by that name (no ministers of the United States); nor where
    ministers of many states meet there: an official the paragraph first naming them names a state
    beyond the dispute's in too ('Foreign Minister Retno Marsudi said Indonesia hoped ...'; not by
    its capital, where a meeting was: 'who attended the Bangkok meetings'), or whose role another
    official with no country holds too."""
    home: str | None = None
    homed = []
    # Where each state beyond the dispute's is named, by paragraph; how many officials with no country hold each role.
    beyond: dict[int, set[str]] = {}
    for _, actor in bodies:
        if actor.kind == "country" and actor.name not in _DISPUTE_STATES:
            for mention in actor.mentions:
                named = gazetteer.lookup(mention.text)
                if named is None or named.form != "capital":
                    beyond.setdefault(mention.paragraph, set()).add(actor.name)
    held = Counter(role.lower() for _, person in people if person.country is None for role in person.roles)
    for position, person in people:
        if person.country is None and person.roles and all(
            _STATE_OFFICE.search(role) and not _NOT_STATE.search(role) and held[role.lower()] == 1
            for role in person.roles
        ):
            if home is None:
                home = _written_from(article, gazetteer, {a.id for _, a in bodies})
            named_beyond = set().union(*(beyond.get(m.paragraph, set()) for m in person.mentions[:1]))
            if home and not named_beyond - {home} and not (
                    home in NO_MINISTRIES and any("minister" in r.lower() for r in person.roles)):
                person = replace(person, country=home)
        homed.append((position, person))
    return homed


def _written_from(article: CleanArticle, gazetteer: Gazetteer, named: set[str]) -> str:
    """The country of the article's outlet (by the knowledge, `boilerplate.OUTLET_HOMES` or its
    name: 'Bangkok Post') where its dateline is there, or where it has none and the article names
    that country (`named`: ids); '' otherwise."""
    outlet = gazetteer.lookup(article.outlet) if article.outlet else None
    country = gazetteer.lookup((outlet.country if outlet else None) or OUTLET_HOME.get(article.outlet or "", ""))
    if country is None or country.kind != "country":
        return ""
    if article.dateline is not None and article.dateline.place:
        place = gazetteer.lookup(article.dateline.place.title())
        return country.name if place is not None and place.name == country.name else ""
    return country.name if country.id in named else ""


def _home(article: CleanArticle, gazetteer: Gazetteer, named: set[str], of_outlet: bool = False) -> str:
    """The country the article is written from, '' if not known: its dateline's ('SEOUL
    (Yonhap)', 'Tokyo'), its outlet's (a known outlet's, or one of `boilerplate.OUTLET_HOMES`,
    if the article names that country: Yonhap's is South Korea); '' where the two differ
    (Yonhap writing from Tokyo). With `of_outlet`, '' where the outlet's is not known."""
    homes = set()
    if article.dateline is not None and article.dateline.place:
        place = gazetteer.lookup(article.dateline.place.title())
        if place is not None and place.kind == "country":
            homes.add(place.name)
    outlet = gazetteer.lookup(article.outlet) if article.outlet else None
    written_from = (
        outlet.country if outlet is not None and outlet.country and outlet.form != "outlet"
        else OUTLET_HOME.get(article.outlet or "")
    )
    if of_outlet and not written_from:
        return ""
    if written_from:
        country = gazetteer.lookup(written_from)
        if country is not None and country.kind == "country" and country.id in named:
            homes.add(country.name)
    return homes.pop() if len(homes) == 1 else ""

