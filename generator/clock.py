"""When a file's stat, taken now, can be trusted to show its next change.

A file changed again within its file system's timestamp tick keeps the
same mtime; so, as git's index does, a stat taken within a tick of the
file's last change is not trusted, and the file is read instead. The tick
is judged from the timestamps the file system gave: where each is a whole
second (FAT keeps two-second times, HFS+ whole seconds), two seconds;
where they have fractions, a kernel clock tick, a few milliseconds, which
FINE_NS covers many times over. (The stats of pages are judged against a
time the file system itself gave instead: see `write.record_pages`.)
"""

from __future__ import annotations

COARSE_NS = 2_000_000_000
FINE_NS = 100_000_000


def settling_ns(*times_ns: int) -> int:
    """How long after these timestamps (ns) a stat showing them can be trusted."""
    return FINE_NS if any(t % 1_000_000_000 for t in times_ns) else COARSE_NS
