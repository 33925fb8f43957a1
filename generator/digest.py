"""What the corpus-wide stages need from one briefing, worked out when it is read.

Reading an article runs in worker processes and its result is cached;
linking runs over the whole corpus on every build. So each briefing's own
share of the linking work is done with the reading: its de-duplication
sketch, the sentences that could give an issue's background, and its
candidate terms for the editor. Linking then only combines them, and adding
one article to a large corpus costs little more than reading that article.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import briefing_terms
from .dedupe import sketch
from .dossier import background_lines
from .knowledge import IssueDef
from .models import Briefing, Digest


def digest(briefing: Briefing, issues: Sequence[IssueDef]) -> Digest:
    """The briefing's share of the linking work (pure: depends on the briefing and the configured issues)."""
    by_id = {issue.id: issue for issue in issues}
    return Digest(
        sketch=sketch(briefing.article),
        background=tuple(
            (issue_id, background_lines(briefing, by_id[issue_id])) for issue_id in briefing.issues if issue_id in by_id
        ),
        terms=briefing_terms(briefing, issues),
    )
