"""What one build of a long-running process leaves the next to bring up to date.

`briefing watch` builds again and again; most of what one build works out
(an actor's profile, the timeline entries of a date, the key of a page)
comes out the same in the next, since few articles changed. Work that can
be brought up to date from its last result, when a few articles came, went
or changed, keeps that result by name (`keep`, `last`): the de-duplication
index, who names what for related briefings, each actor's tally, the
timeline entries of each date, each issue's conflicts, profile and
positions, and the inputs and keys of the pages. Each is brought up to
date only from the very objects it was made from (unchanged records are
the same objects from one build to the next), and gives what working it
out afresh gives. What a build did not keep is dropped when it ends
(`settle`), so the memo holds one build's worth at most.
"""

from __future__ import annotations

from collections.abc import Hashable

_MISSING = object()


class Memo:
    """Values by name: this build's, and the last build's until this one settles."""

    def __init__(self) -> None:
        self._last: dict[Hashable, object] = {}
        self._now: dict[Hashable, object] = {}

    def last(self, name: Hashable) -> object | None:
        """What this build, or else the last one, kept under `name` (None: nothing)."""
        value = self._now.get(name, _MISSING)
        if value is _MISSING:
            value = self._last.get(name)
        return value

    def keep(self, name: Hashable, value: object) -> None:
        """Keep `value` under `name` for `last` (in the next build too)."""
        self._now[name] = value

    def carry(self, name: Hashable) -> None:
        """Keep for the next build what the last one kept under `name` (when this one did not need it)."""
        self.keep(name, self.last(name))

    def settle(self) -> None:
        """End a build: what it kept is what the next one finds."""
        self._last, self._now = self._now, {}
