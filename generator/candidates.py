"""Terms that recur across articles but are not configured issues: for the editor."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .issues import count_mentions, fold
from .knowledge import IssueDef
from .models import Briefing, Candidate

MIN_BRIEFINGS = 2
MAX_CANDIDATES = 30
# Acronyms (G20, ADMM-Plus, WTO) and quoted or hyphenated compound terms
# ("white list", "intel-sharing pact") are how news names an issue.
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}(?:-[A-Z][a-z]+)?\b")
COMPOUND = re.compile(r"\b[a-z]+-[a-z]+ (?:pact|deal|accord|agreement|talks|controls?|rulings?|measures?|dispute)\b")
# Acronyms that name actors or are plain abbreviations, not issues.
NOT_ISSUES = frozenset({"U.S", "US", "USA", "UN", "AP", "NSC", "JCS", "ROK", "DPRK", "PM", "GMT", "TV", "CEO", "EU"})


def find_candidates(briefings: Sequence[Briefing], issues: Sequence[IssueDef]) -> tuple[Candidate, ...]:
    """Recurring terms in at least two briefings that no configured issue or actor covers."""
    seen: dict[str, set[str]] = defaultdict(set)
    for briefing in briefings:
        actor_words = {fold(m.text) for a in briefing.actors for m in a.mentions}
        text = " ".join(briefing.article.paragraphs)
        terms = {m.group(0) for m in ACRONYM.finditer(text)} | {m.group(0) for m in COMPOUND.finditer(text)}
        for term in terms:
            folded = fold(term)
            if term in NOT_ISSUES or folded in actor_words:
                continue
            if any(count_mentions(folded, issue) for issue in issues):
                continue
            seen[folded].add(briefing.id)
    ranked = sorted(
        ((term, ids) for term, ids in seen.items() if len(ids) >= MIN_BRIEFINGS),
        key=lambda item: (-len(item[1]), item[0]),
    )
    return tuple(Candidate(term, tuple(sorted(ids))) for term, ids in ranked[:MAX_CANDIDATES])
