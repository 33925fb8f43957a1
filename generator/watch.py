"""Rebuild when the inputs change: poll the folders, wait for quiet, rebuild once.

Polling the (name, size, mtime) of each file twice a second needs no extra
package and works on every file system, network and container mounts
included. A burst of changes (ten articles copied in) gives one rebuild,
made once nothing has changed for `quiet` seconds; a change made while a
rebuild runs gives another one after it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

INTERVAL = 0.5
QUIET = 1.0
# A stream of changes that never pauses still gets a rebuild this often.
MAX_WAIT = 10.0

Snapshot = frozenset[tuple[str, int, int]]


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """(path, size, mtime in ns) of each visible file in the folders `paths`; a file path stands for itself.

    Hidden files (editor swap files, partial copies) are left out, as the
    build leaves them out. A missing path contributes nothing.
    """
    seen = set()
    for path in paths:
        try:
            if path.is_dir():
                with os.scandir(path) as entries:
                    found = [(e.path, e.stat()) for e in entries if not e.name.startswith(".") and e.is_file()]
            else:
                found = [(str(path), path.stat())]
        except OSError:
            continue
        seen.update((name, info.st_size, info.st_mtime_ns) for name, info in found)
    return frozenset(seen)


def watch(
    paths: Iterable[Path],
    rebuild: Callable[[], object],
    *,
    interval: float = INTERVAL,
    quiet: float = QUIET,
    max_wait: float = MAX_WAIT,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Call `rebuild` after each burst of changes in `paths` until `stop()`; return how many rebuilds ran.

    A burst ends when `paths` have not changed for `quiet` seconds, or
    `max_wait` seconds after it began. `clock`, `sleep` and `stop` are there
    for tests (and for an embedding program to end the loop).
    """
    paths = list(paths)
    last = snapshot(paths)
    first_change = last_change = None
    rebuilds = 0
    while not stop():
        sleep(interval)
        current = snapshot(paths)
        now = clock()
        if current != last:
            last = current
            last_change = now
            if first_change is None:
                first_change = now
        if last_change is not None and (now - last_change >= quiet or now - first_change >= max_wait):
            first_change = last_change = None
            rebuild()
            rebuilds += 1
    return rebuilds
