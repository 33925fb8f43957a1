"""`briefing watch`: one rebuild per burst of changes, another for a later change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.watch import snapshot, watch

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


class Timeline:
    """A fake clock: `sleep` moves it on and runs what is due by then."""

    def __init__(self, events: dict[float, callable], end: float) -> None:
        self.now = 0.0
        self.events = sorted(events.items())
        self.end = end

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        while self.events and self.events[0][0] <= self.now:
            self.events.pop(0)[1]()

    def stop(self) -> bool:
        return self.now >= self.end


def run(folder: Path, events: dict[float, callable], end: float = 20.0, **options) -> list[float]:
    """The times at which `watch` rebuilt."""
    timeline = Timeline(events, end)
    rebuilt: list[float] = []
    count = watch(
        [folder], lambda: rebuilt.append(timeline.now),
        clock=timeline.clock, sleep=timeline.sleep, stop=timeline.stop, **options,
    )
    assert count == len(rebuilt)
    return rebuilt


def writer(path: Path, text: str):
    return lambda: path.write_text(text)


def test_a_burst_of_five_files_gives_one_rebuild(tmp_path):
    events = {1.0 + 0.3 * i: writer(tmp_path / f"a{i}.txt", f"article {i}") for i in range(5)}
    rebuilt = run(tmp_path, events)
    assert len(rebuilt) == 1
    assert rebuilt[0] >= 2.2 + 1.0  # after the last file and a quiet second


def test_a_change_after_the_burst_gives_another_rebuild(tmp_path):
    events = {1.0 + 0.3 * i: writer(tmp_path / f"a{i}.txt", f"article {i}") for i in range(5)}
    events[10.0] = writer(tmp_path / "a0.txt", "article 0, corrected")
    assert len(run(tmp_path, events)) == 2


def test_a_removed_file_gives_a_rebuild(tmp_path):
    (tmp_path / "a.txt").write_text("article")
    assert len(run(tmp_path, {2.0: (tmp_path / "a.txt").unlink})) == 1


def test_no_change_no_rebuild(tmp_path):
    (tmp_path / "a.txt").write_text("article")
    assert run(tmp_path, {}) == []


def test_hidden_files_are_ignored(tmp_path):
    assert run(tmp_path, {1.0: writer(tmp_path / ".a.txt.swp", "editor state")}) == []


def test_a_stream_that_never_pauses_still_rebuilds(tmp_path):
    events = {0.5 * i: writer(tmp_path / "a.txt", "x" * i) for i in range(1, 60)}
    rebuilt = run(tmp_path, events, end=30.0, max_wait=10.0)
    assert 2 <= len(rebuilt) <= 3


def test_a_change_during_a_rebuild_gives_another_rebuild(tmp_path):
    timeline = Timeline({1.0: writer(tmp_path / "a.txt", "first")}, end=20.0)
    rebuilt = []

    def rebuild():
        rebuilt.append(timeline.now)
        if len(rebuilt) == 1:
            (tmp_path / "b.txt").write_text("arrived while building")

    watch([tmp_path], rebuild, clock=timeline.clock, sleep=timeline.sleep, stop=timeline.stop)
    assert len(rebuilt) == 2


def test_snapshot_sees_size_and_mtime(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("one")
    first = snapshot([tmp_path])
    os.utime(path, ns=(10**18, 10**18))
    assert snapshot([tmp_path]) != first
    assert snapshot([tmp_path / "missing"]) == frozenset()


def test_the_watch_command_builds_then_rebuilds_on_change(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # its own cache folder
    inputs = tmp_path / "seeds"
    inputs.mkdir()
    (inputs / "000_3098d3c7a12f7f37.txt").write_bytes((SEEDS / "000_3098d3c7a12f7f37.txt").read_bytes())

    def one_change(paths, rebuild, **options):
        assert inputs in paths
        (inputs / "003_f8d53fefbb7e7c2c.txt").write_bytes((SEEDS / "003_f8d53fefbb7e7c2c.txt").read_bytes())
        rebuild()
        raise KeyboardInterrupt

    monkeypatch.setattr("generator.cli.watch", one_change)
    collected = []
    monkeypatch.setattr("generator.cli.gc.collect", lambda: collected.append(1))
    code = main([
        "watch", "--input", str(inputs), "--docs", str(tmp_path / "docs"), "--no-site",
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
    ])
    assert code == 0
    err = capsys.readouterr().err
    assert "1 briefing (1 article read" in err and "2 briefings (1 article read, 1 from the cache)" in err
    assert (tmp_path / "docs" / "briefings" / "003-f8d53fefbb7e7c2c.md").exists()
    assert len(collected) == 2  # garbage collected after each build, while waiting


def test_a_failed_rebuild_is_reported_and_watching_goes_on(tmp_path, monkeypatch, capsys):
    calls = []

    def twice(paths, rebuild, **options):
        rebuild()
        calls.append("rebuilt")

    monkeypatch.setattr("generator.cli.watch", twice)
    code = main(["watch", "--input", str(tmp_path / "missing"), "--docs", str(tmp_path / "docs"), "--no-site"])
    assert code == 0 and calls == ["rebuilt"]
    assert capsys.readouterr().err.count("no such input folder") == 2


@pytest.mark.parametrize("flag", ["--interval", "--debounce"])
def test_timing_flags_reach_the_loop(tmp_path, monkeypatch, flag):
    seen = {}
    monkeypatch.setattr("generator.cli.watch", lambda paths, rebuild, **options: seen.update(options))
    main(["watch", "--input", str(tmp_path), "--docs", str(tmp_path / "docs"), "--no-site", flag, "2.5"])
    assert 2.5 in seen.values()


def test_a_watch_stopped_by_sigterm_leaves_the_site_and_nothing_else(tmp_path):
    import signal
    import subprocess
    import sys

    from generator.lock import WATCH_FILE, watcher
    from generator.write import STAGING

    inputs = tmp_path / "seeds"
    inputs.mkdir()
    (inputs / "000_3098d3c7a12f7f37.txt").write_bytes((SEEDS / "000_3098d3c7a12f7f37.txt").read_bytes())
    child = subprocess.Popen(
        [sys.executable, "-m", "generator", "watch", "--input", str(inputs), "--docs", str(tmp_path / "docs"),
         "--no-site", "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
         "--config", str(ROOT / "mkdocs.yml"), "--interval", "0.1"],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert "watching" in child.stderr.readline() + child.stderr.readline()
        # While it runs: it is the watch of these folders, and it keeps the tree it built.
        assert watcher(tmp_path / "docs")[1] == inputs.resolve()
        assert (tmp_path / STAGING / "docs.spare").is_dir()
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
        child.stderr.close()
    assert (tmp_path / "docs" / "briefings" / "000-3098d3c7a12f7f37.md").exists()
    assert not (tmp_path / WATCH_FILE).exists() and not (tmp_path / STAGING).exists()


STOPPED_WHILE_CLEANING = """
import os, signal, sys, time
import generator.cli as cli

def stop_at_once(args):
    raise KeyboardInterrupt

def cleaning(docs):
    os.kill(os.getpid(), signal.SIGTERM)  # a second stop, while the watch cleans up
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.2)
    print("cleaned", file=sys.stderr)

cli._watch = stop_at_once
cli.end_of_builds = cleaning
sys.exit(cli.main(["watch", "--no-site", "--input", sys.argv[1], "--docs", sys.argv[2]]))
"""


def test_a_second_stop_while_the_watch_cleans_up_is_waited_out(tmp_path):
    (tmp_path / "in").mkdir()
    run = subprocess.run([sys.executable, "-c", STOPPED_WHILE_CLEANING, str(tmp_path / "in"), str(tmp_path / "docs")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert (run.returncode, run.stderr) == (0, "cleaned\n")
