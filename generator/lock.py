"""One build at a time: an exclusive lock on a file beside the docs folder.

Two builds writing one docs folder and one site at once would swap their
trees over each other. The lock is `flock` on `.briefing-lock` in the folder
that holds the docs folder (the project folder); the operating system drops
it when the holder exits, however it exits, so a killed build never leaves a
stale lock behind. The file holds the holder's pid, for the message, and is
removed when the build ends.

`briefing watch` holds `.briefing-watch` beside it the same way for as long
as it runs, with its input and docs folders: `briefing add` and `briefing follow`
leave their rebuilds to it (`watcher`), and a second watch is refused.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BriefingError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

LOCK_FILE = ".briefing-lock"
# Held by `briefing watch` while it runs, with its pid, input and docs folders:
# `briefing add` leaves the rebuild to it (see `watcher`).
WATCH_FILE = ".briefing-watch"


class BuildLocked(BriefingError):
    """Another build holds the lock of this docs folder. Raised by `build_lock`."""


def lock_path(docs_dir: Path) -> Path:
    """The lock file of builds into `docs_dir`."""
    return docs_dir.resolve().parent / LOCK_FILE


@contextmanager
def build_lock(docs_dir: Path) -> Iterator[None]:
    """Hold the build lock of `docs_dir` for the block; BuildLocked if another build holds it.

    The lock file exists only while a build runs (or after one was killed).
    """
    with _holding(lock_path(docs_dir), "another build is running", f"{os.getpid()}\n"):
        yield


@contextmanager
def watching(docs_dir: Path, input_dir: Path) -> Iterator[None]:
    """Mark, for the block, that this process rebuilds `docs_dir` whenever `input_dir` changes
    (`briefing watch`); BuildLocked if another process marks it so already."""
    docs = docs_dir.resolve()
    with _holding(docs.parent / WATCH_FILE, "another watch is running", f"{os.getpid()}\n{input_dir.resolve()}\n{docs}\n"):
        yield


@contextmanager
def _holding(path: Path, held: str, text: str) -> Iterator[None]:
    """Hold the lock file at `path`, holding `text` (the pid first), for the block; BuildLocked(`held`) if taken."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path, held)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, text.encode("utf-8", "surrogateescape"))
        yield
    finally:
        if fcntl is not None:
            # Removed while still held: a process that opened this file meanwhile
            # finds it gone from the folder and locks a new one (see _acquire).
            path.unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)


def watcher(docs_dir: Path) -> tuple[str, Path] | None:
    """The pid and input folder of the running `briefing watch` that rebuilds `docs_dir`, if there is one
    (a watch of another docs folder beside it is not)."""
    docs = docs_dir.resolve()
    path = docs.parent / WATCH_FILE
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None  # left by a watch that ended
        lines = os.read(fd, 65536).decode("utf-8", "surrogateescape").split("\n")
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(lines) < 3 or not lines[0].isdigit() or not lines[1] or lines[2] != str(docs):
        return None  # still being written, or the watch of another docs folder
    return lines[0], Path(lines[1])


def _acquire(path: Path, held: str) -> int:
    """An open, locked descriptor of the lock file at `path`."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = _holder(fd)
            os.close(fd)
            raise BuildLocked(f"{held} (pid {holder}); lock file {path}")
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        mine = os.fstat(fd)
        if current is not None and (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino):
            return fd
        # The previous holder removed the file between our open and our lock.
        _unlock(fd)
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _holder(fd: int) -> str:
    """The pid the holder wrote, or '?' if it has not written it yet."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").split("\n")[0].strip()
    except OSError:
        return "?"
    return text if text.isdigit() else "?"
