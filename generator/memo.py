"""Results of pure functions kept from one build to the next of a long-running process.

`briefing watch` builds again and again; most of what linking works out for
one build (an actor's profile, the timeline entries of one date) comes out
the same in the next, since few articles changed. A `Memo` keeps those
results under keys that cover everything they were worked out from (the
`key`s of the briefings involved), so a value found under its key is the
value the work would give. Results a build did not ask for are dropped
when it ends (`settle`), so the memo holds one build's worth at most.

Work that can be brought up to date from its last result, when a few
articles came, went or changed, keeps that result by name instead (`keep`,
`last`): the de-duplication index, who names what for related briefings,
each actor's tally, each issue's conflicts, and the inputs and keys of the
pages. Each is brought up to date only from the very objects it was made
from (unchanged records are the same objects from one build to the next),
and gives what working it out afresh gives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
_MISSING = object()
# Marks the keys of values kept by name (`keep`), apart from keys of work.
_STATE = object()


class Memo:
    """Values by key: this build's, and the last build's until this one settles."""

    def __init__(self) -> None:
        self._last: dict[Hashable, object] = {}
        self._now: dict[Hashable, object] = {}

    def get(self, key: Hashable, work: Callable[[], T]) -> T:
        """The value under `key`, from this build or the last, else `work()` (then kept)."""
        value = self._now.get(key, _MISSING)
        if value is _MISSING:
            value = self._last.get(key, _MISSING)
            if value is _MISSING:
                value = work()
            self._now[key] = value
        return value  # type: ignore[return-value]

    def last(self, name: Hashable) -> object | None:
        """What this build, or else the last one, kept under `name` (None: nothing)."""
        value = self._now.get((_STATE, name), _MISSING)
        if value is _MISSING:
            value = self._last.get((_STATE, name))
        return value

    def keep(self, name: Hashable, value: object) -> None:
        """Keep `value` under `name` for `last` (in the next build too)."""
        self._now[(_STATE, name)] = value

    def settle(self) -> None:
        """End a build: what it asked for is what the next one finds."""
        self._last, self._now = self._now, {}


def remembered(memo: Memo | None, key: Hashable | None, work: Callable[[], T]) -> T:
    """`work()`, through `memo` when there is one and a `key` (None: the inputs have no keys)."""
    return work() if memo is None or key is None else memo.get(key, work)
