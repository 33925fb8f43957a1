"""Terms that recur across articles but are not configured issues: for the editor."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from .issues import fold, names_issue
from .knowledge import IssueDef
from .lexicon import COUNTRIES, DATELINE_CITIES, REGIONS
from .metadata import known_outlet
from .models import Briefing, Candidate

MIN_BRIEFINGS = 2
MAX_CANDIDATES = 30
# Acronyms (G20, ADMM-Plus, WTO) and quoted or hyphenated compound terms
# ("white list", "intel-sharing pact") are how news names an issue.
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}(?:-[A-Z][a-z]+)?\b")
# Capitalised names of two to four words ("World Trade Organization", "Military
# Committee Meeting") that are no actor's name.
NAMED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:(?: of| and| the)? [A-Z][\w'’-]*)+")
COMPOUND = re.compile(r"\b[a-z]+-[a-z]+ (?:pact|deal|accord|agreement|talks|controls?|rulings?|measures?|dispute)\b")
# Acronyms that name actors or are plain abbreviations, not issues.
NOT_ISSUES = frozenset({"U.S", "US", "USA", "UN", "AP", "NSC", "JCS", "ROK", "DPRK", "PM", "GMT", "TV", "CEO", "EU"})


def find_candidates(briefings: Sequence[Briefing], issues: Sequence[IssueDef]) -> tuple[Candidate, ...]:
    """Recurring terms in at least two briefings that no configured issue or actor covers."""
    issues = tuple(issues)
    seen: dict[str, set[str]] = defaultdict(set)
    for briefing in briefings:
        terms = briefing.digest.terms if briefing.digest else briefing_terms(briefing, issues)
        for folded in terms:
            seen[folded].add(briefing.id)
    ranked = sorted(
        ((term, ids) for term, ids in seen.items() if len(ids) >= MIN_BRIEFINGS),
        key=lambda item: (-len(item[1]), item[0]),
    )
    return tuple(Candidate(term, tuple(sorted(ids))) for term, ids in ranked[:MAX_CANDIDATES])


def briefing_terms(briefing: Briefing, issues: Sequence[IssueDef]) -> tuple[str, ...]:
    """The folded terms of one briefing that could name an issue: no actor's words, no configured issue's."""
    issues = tuple(issues)
    actor_words = {fold(m.text) for a in briefing.actors for m in a.mentions}
    text = " ".join(briefing.article.paragraphs)
    terms = {m.group(0) for m in ACRONYM.finditer(text)} | {m.group(0) for m in COMPOUND.finditer(text)}
    terms |= {_trim(m.group(0)) for m in NAMED.finditer(text)} - {""}
    found = set()
    for term in terms:
        folded = fold(term)
        if term in NOT_ISSUES or any(w in folded or folded in w for w in actor_words if len(w) > 3):
            continue
        if folded in _PLACES or known_outlet(term):
            continue  # a place ('New York', 'East Asia') or an outlet ('Jiji Press') is no issue
        if not _covered(folded, issues):
            found.add(folded)
    return tuple(sorted(found))


@lru_cache(maxsize=65536)
def _covered(folded: str, issues: tuple[IssueDef, ...]) -> bool:
    """True when a configured issue names the term."""
    return any(names_issue(folded, i) for i in issues) or any(folded in n for n in _known(issues))


@lru_cache(maxsize=8)
def _known(issues: tuple[IssueDef, ...]) -> tuple[str, ...]:
    """The folded names of the configured issues."""
    return tuple(name for issue in issues for name in _names(issue))


# Words that open a capitalised run only because they open a sentence, or
# that name a date rather than a thing.
_EDGE_WORDS = frozenset(
    """In On At The A An But And As After Before With For While When Under Of Since During From
    To By If Last This That Earlier Later Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Mr Ms Mrs Gen President Secretary Minister Prime Foreign Defense Defence""".split()
)


# Places: named often, never an issue.
_PLACES = frozenset(
    fold(name) for name in (
        *(n for country, aliases, _, capital in COUNTRIES for n in (country, *aliases, capital or "")),
        *DATELINE_CITIES, *REGIONS,
    ) if name
)


def _trim(phrase: str) -> str:
    """The phrase without opening sentence or date words (nor the small word after a title:
    'Minister of Economy'); '' when fewer than two words are left."""
    words = phrase.split()
    while words and (words[0] in _EDGE_WORDS or words[0] in ("of", "and", "the")):
        words.pop(0)
    while words and words[-1] in ("of", "and", "the"):
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


def _names(issue: IssueDef) -> tuple[str, ...]:
    return tuple(fold(name) for name in (issue.title, *issue.aliases))
