"""What the corpus-wide stages need from one briefing, worked out when it is read.

Reading an article runs in worker processes and its result is cached;
linking runs over the whole corpus on every build. So each briefing's own
share of the linking work is done with the reading: its de-duplication
sketch, the sentences that could give an issue's background or a party's
position, its candidate terms for the editor, and who can act for a
party in it. Linking then only
combines them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import briefing_terms
from .dedupe import sketch
from .dossier import acting_for, background_lines, position_lines, sentence_facts
from .knowledge import IssueDef
from .models import Briefing, Digest


def digest(briefing: Briefing, issues: Sequence[IssueDef]) -> Digest:
    """The briefing's share of the linking work (pure: depends on the briefing and the configured issues)."""
    mine = [issue for issue in issues if issue.id in briefing.issues]
    facts = sentence_facts(briefing) if mine else ()
    return Digest(
        sketch=sketch(briefing.article),
        background=tuple((issue.id, background_lines(briefing, issue, facts)) for issue in mine),
        positions=tuple((issue.id, position_lines(briefing, issue, facts)) for issue in mine),
        terms=briefing_terms(briefing, issues),
        acting=acting_for(briefing),
    )
