"""The writer owns only the files it wrote and rewrites only what changed."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.errors import OutputError
from generator.models import Page
from generator.write import MANIFEST, read_manifest, write_pages


def test_writes_pages_and_a_manifest(tmp_path):
    result = write_pages((Page("index.md", "home\n"), Page("briefings/a.md", "a\n")), tmp_path)
    assert result.written == ("briefings/a.md", "index.md")
    assert (tmp_path / "briefings/a.md").read_text() == "a\n"
    assert read_manifest(tmp_path) == {"index.md", "briefings/a.md"}


def test_unchanged_pages_keep_their_bytes_and_mtime(tmp_path):
    pages = (Page("index.md", "home\n"), Page("briefings/a.md", "a\n"))
    write_pages(pages, tmp_path)
    os.utime(tmp_path / "index.md", (1_000_000, 1_000_000))
    result = write_pages((Page("index.md", "home\n"), Page("briefings/a.md", "changed\n")), tmp_path)
    assert result.written == ("briefings/a.md",)
    assert result.unchanged == ("index.md",)
    assert (tmp_path / "index.md").stat().st_mtime == 1_000_000


def test_pages_no_longer_generated_are_deleted(tmp_path):
    write_pages((Page("index.md", "x"), Page("briefings/a.md", "a")), tmp_path)
    result = write_pages((Page("index.md", "x"),), tmp_path)
    assert result.deleted == ("briefings/a.md",)
    assert not (tmp_path / "briefings").exists()


def test_hand_written_pages_survive_every_build(tmp_path):
    (tmp_path / "about.md").write_text("mine")
    write_pages((Page("index.md", "x"),), tmp_path)
    write_pages((Page("index.md", "y"),), tmp_path)
    assert (tmp_path / "about.md").read_text() == "mine"


def test_a_hand_written_page_on_a_generated_path_is_refused_not_overwritten(tmp_path):
    (tmp_path / "index.md").write_text("mine")
    with pytest.raises(OutputError, match="not written by briefing"):
        write_pages((Page("index.md", "generated"),), tmp_path)
    assert (tmp_path / "index.md").read_text() == "mine"


def test_two_pages_with_one_path_are_refused(tmp_path):
    with pytest.raises(OutputError, match="two pages with one path"):
        write_pages((Page("a.md", "1"), Page("a.md", "2")), tmp_path)


@pytest.mark.parametrize(
    "path",
    ["../x.md", "/tmp/x.md", "a/../../x.md", "a//b.md", "./a.md", "a\\b.md", "x.py", ".hidden.md", ""],
)
def test_unsafe_paths_are_refused(tmp_path, path):
    with pytest.raises(OutputError, match="unsafe path"):
        write_pages((Page(path, "x"),), tmp_path / "docs")
    assert not (tmp_path / "x.md").exists()


def test_a_tampered_manifest_cannot_make_it_delete_outside(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    outside = tmp_path / "keep.md"
    outside.write_text("keep")
    (docs / MANIFEST).write_text('{"files": ["../keep.md"]}')
    write_pages((Page("index.md", "x"),), docs)
    assert outside.read_text() == "keep"


def test_hand_written_pages_are_listed_with_their_heading(tmp_path):
    from generator.write import hand_written_pages

    write_pages((Page("index.md", "# Home\n"),), tmp_path)
    (tmp_path / "about.md").write_text("Intro\n# About us\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "field-notes.md").write_text("no heading\n", encoding="utf-8")
    assert hand_written_pages(tmp_path) == (("about.md", "About us"), ("notes/field-notes.md", "Field notes"))
    # From a listing of the folder (a staged tree's), the same.
    listing = ["notes/field-notes.md", MANIFEST, "index.md", "about.md"]
    assert hand_written_pages(tmp_path, listing) == hand_written_pages(tmp_path)


@pytest.mark.parametrize("text", ["", "not json", "[]", '"files"'])
def test_an_unreadable_manifest_is_an_error_naming_it(tmp_path, text):
    (tmp_path / MANIFEST).write_text(text)
    with pytest.raises(OutputError, match="unreadable manifest") as error:
        read_manifest(tmp_path)
    assert str(tmp_path / MANIFEST) in str(error.value)


def test_a_manifest_is_parsed_once_for_its_bytes_and_one_written_here_never(tmp_path, monkeypatch):
    import json

    from generator.write import PreviousPages, link_tree

    parsed = []
    loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text: parsed.append(text) or loads(text))
    docs, staged = tmp_path / "docs", tmp_path / "staged"
    docs.mkdir()
    write_pages((Page("a.md", "a\n", key="k"),), docs)
    manifest = docs / MANIFEST
    staged.mkdir()
    link_tree(docs, staged)
    assert read_manifest(docs) == read_manifest(staged) == {"a.md"}
    assert PreviousPages(staged).keys == {"a.md": ("k", json.loads(manifest.read_text())["keys"]["a.md"][1])}
    assert len(parsed) == 1  # only by this test: the writer knows what it wrote
    # Changed in place, same size and times: read again.
    info = manifest.stat()
    manifest.write_text(manifest.read_text().replace('"a.md"', '"b.md"'))
    os.utime(manifest, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert read_manifest(staged) == {"b.md"} and read_manifest(docs) == {"b.md"} and len(parsed) == 2
    # Back as it was: still known.
    manifest.write_text(manifest.read_text().replace('"b.md"', '"a.md"'))
    assert read_manifest(docs) == {"a.md"} and len(parsed) == 2


def test_a_manifest_written_here_is_known_as_parsing_it_gives(tmp_path):
    from generator import write
    from generator.write import PreviousPages

    pages = (Page("b.md", "b\n", key="k2"), Page("a.md", "a\n", key="k1"), Page("c.md", "c\n"))
    write_pages(pages, tmp_path)
    raw = (tmp_path / MANIFEST).read_bytes()
    kept = write._PARSED[raw].data
    write._PARSED.clear()
    assert write._manifest(tmp_path).data == kept
    assert set(PreviousPages(tmp_path).keys) == {"a.md", "b.md"}


def test_pages_are_written_as_they_come_not_all_held_first(tmp_path):
    def pages():
        yield Page("a.md", "first\n")
        # The writer asks for the next page only once this one is on disk.
        assert (tmp_path / "a.md").read_text() == "first\n"
        yield Page("b.md", "second\n")

    result = write_pages(pages(), tmp_path)
    assert result.written == ("a.md", "b.md")
    assert read_manifest(tmp_path) == {"a.md", "b.md"}



def _reference_safe(path):
    """The rule `check_path` follows, as PurePosixPath words it."""
    from pathlib import PurePosixPath

    pure = PurePosixPath(path)
    return not (
        not path or pure.is_absolute() or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
        or pure.suffix not in (".md", ".svg", ".xml", ".json") or pure.name.startswith(".")
    )


@given(st.lists(st.sampled_from(["a", "b", ".", "..", "", "/", "\\", ".md", ".svg", "md", ".x", "-"]), max_size=8))
def test_page_paths_are_checked_as_pure_paths_would_check_them(pieces):
    from generator.write import check_path

    path = "".join(pieces)
    try:
        check_path(path)
        safe = True
    except OutputError:
        safe = False
    assert safe == _reference_safe(path)


# A tree: names to contents (bytes), symlinks (SYMLINK) or subtrees (dicts).
SYMLINK = "symlink"
_leaf = st.one_of(st.binary(max_size=2), st.just(SYMLINK))
_trees = st.dictionaries(
    st.sampled_from("abc"),
    st.recursive(_leaf, lambda inner: st.dictionaries(st.sampled_from("abc"), inner, max_size=3), max_leaves=8),
    max_size=3,
)


def _make(folder, tree):
    """Put `tree` into `folder`, replacing whatever is at each of its paths."""
    folder.mkdir(exist_ok=True)
    for name, content in tree.items():
        path = folder / name
        if isinstance(content, dict):
            if path.is_symlink() or path.is_file():
                path.unlink()
            _make(path, content)
            continue
        if path.is_dir() and not path.is_symlink():
            import shutil

            shutil.rmtree(path)
        elif path.is_symlink() or path.exists():
            path.unlink()
        if content == SYMLINK:
            path.symlink_to("elsewhere")
        else:
            path.write_bytes(content)


def _entries(folder):
    """Each path under `folder` with its kind, and for files and symlinks their inode and bytes."""
    found = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        relative = path.relative_to(folder).as_posix()
        if path.is_dir() and not path.is_symlink():
            found[relative] = "dir"
        else:
            found[relative] = (info.st_ino, os.readlink(path) if path.is_symlink() else path.read_bytes())
    return found


@given(_trees, _trees, _trees, st.sets(st.sampled_from("abc")), st.booleans())
def test_a_spare_tree_is_brought_to_hold_exactly_the_files_of_the_current_one(before, changes, junk, dropped, pool):
    # The spare is the previous tree (links to the files of `before`), the
    # current tree has changed since (`changes`, `dropped`), and the spare
    # holds files of its own (`junk`): afterwards it holds links to exactly
    # the current files, and the current tree is untouched. With a `pool`,
    # the plain files the spare alone linked to are set aside there.
    import shutil
    import tempfile
    from pathlib import Path

    from generator.write import FreeFiles, link_tree, sync_tree

    with tempfile.TemporaryDirectory() as scratch:
        current, spare = Path(scratch, "current"), Path(scratch, "spare")
        _make(current, before)
        spare.mkdir()
        link_tree(current, spare)
        _make(current, changes)
        for name in dropped:
            path = current / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.is_symlink() or path.exists():
                path.unlink()
        _make(spare, junk)
        expected = _entries(current)
        in_use = {info[0] for info in expected.values() if info != "dir"}
        spare_only = {  # (those in a folder the current tree has not: removed with it)
            path.lstat().st_ino for path in spare.rglob("*")
            if path.is_file() and not path.is_symlink() and path.lstat().st_nlink == 1
            and path.lstat().st_ino not in in_use
            and all(expected.get(folder.as_posix()) == "dir" for folder in path.relative_to(spare).parents[:-1])
        }
        free = FreeFiles(Path(scratch, "free")) if pool else None

        sync_tree(current, spare, free=free)

        assert _entries(spare) == expected
        assert _entries(current) == expected
        if free is not None:
            assert {path.lstat().st_ino for path in Path(scratch, "free").iterdir()} == spare_only
            assert len(free) == len(spare_only)


@given(st.lists(st.text(max_size=6)), st.dictionaries(st.text(max_size=6), st.lists(st.text(max_size=4), max_size=3)))
def test_the_manifest_is_written_as_json_writes_it(files, keys):
    import json

    from generator.write import manifest_json

    assert manifest_json(files, keys) == json.dumps({"files": files, "keys": keys}, indent=1)


@pytest.mark.parametrize("from_spare", [False, True], ids=["fresh copy", "spare brought up to date"])
def test_hand_written_files_changed_while_a_build_runs_are_carried_into_what_it_publishes(tmp_path, from_spare):
    from generator.write import replacing

    docs = tmp_path / "docs"
    write_pages((Page("index.md", "home\n"),), docs)
    for name in ("kept.md", "edited.md", "deleted.md"):
        (docs / name).write_text(name)
    if from_spare:
        with replacing(docs, keep_spare=True):
            pass
    kept = (docs / "kept.md").stat().st_ino
    with replacing(docs, keep_spare=from_spare) as staged:
        write_pages((Page("index.md", "home, again\n"),), staged.docs)
        # Meanwhile, by hand: one file saved anew, one added (in a new folder), one deleted.
        (docs / "edited.md").unlink()
        (docs / "edited.md").write_text("edited by hand")
        (docs / "notes").mkdir()
        (docs / "notes" / "added.md").write_text("added by hand")
        (docs / "deleted.md").unlink()
    assert (docs / "index.md").read_text() == "home, again\n"
    assert (docs / "edited.md").read_text() == "edited by hand"
    assert (docs / "notes" / "added.md").read_text() == "added by hand"
    assert not (docs / "deleted.md").exists()
    assert (docs / "kept.md").stat().st_ino == kept


def test_a_file_set_aside_is_written_over_only_when_no_other_name_links_to_it(tmp_path):
    from generator.write import FILE_MODE, FreeFiles, write_new

    free = FreeFiles(tmp_path / "free")
    current, staged = tmp_path / "current.md", tmp_path / "staged" / "page.md"
    current.write_bytes(b"current")
    staged.parent.mkdir()
    os.link(current, staged)
    for name, data in (("lone", b"old"), ("linked", b"kept")):  # "linked", the longer, is taken first
        (tmp_path / name).write_bytes(data)
        free.keep(str(tmp_path / name), len(data))
    os.link(tmp_path / "free" / "1", tmp_path / "elsewhere")  # "linked": another name links to it now
    lone = (tmp_path / "free" / "0").stat().st_ino
    old_mask = os.umask(0o077)
    try:
        write_new(staged, b"new!", free)  # takes "linked": not written over, a new file instead
        write_new(tmp_path / "staged" / "a" / "other.md", b"other", free)  # takes "lone", its folder made
    finally:
        os.umask(old_mask)
    assert current.read_bytes() == b"current" and (tmp_path / "elsewhere").read_bytes() == b"kept"
    assert staged.read_bytes() == b"new!" and staged.stat().st_ino not in (current.stat().st_ino, lone)
    other = tmp_path / "staged" / "a" / "other.md"
    assert other.read_bytes() == b"other" and other.stat().st_ino == lone
    assert {staged.stat().st_mode & 0o777, other.stat().st_mode & 0o777} == {FILE_MODE}
    assert len(free) == 0 and list((tmp_path / "free").iterdir()) == []
    write_new(tmp_path / "last.md", b"last", free)  # none left: a new file
    assert (tmp_path / "last.md").read_bytes() == b"last"


def test_a_page_is_written_over_the_largest_file_set_aside_no_longer_than_it(tmp_path, monkeypatch):
    # Cutting a file shorter frees blocks, which costs more than a new file: never done.
    from generator.write import FreeFiles, write_new

    free = FreeFiles(tmp_path / "free")
    inodes = {}
    for size in (10, 30, 50):
        (tmp_path / "old").write_bytes(b"x" * size)
        inodes[size] = (tmp_path / "old").stat().st_ino
        free.keep(str(tmp_path / "old"), size)
    monkeypatch.setattr(os, "ftruncate", lambda *args: pytest.fail("a file was cut shorter"))
    for name, size, taken in (("a", 35, 30), ("b", 5, None), ("c", 60, 50), ("d", 10, 10), ("e", 70, None)):
        write_new(tmp_path / name, name.encode() * size, free)
        assert (tmp_path / name).read_bytes() == name.encode() * size
        assert ((tmp_path / name).stat().st_ino == inodes[taken]) if taken else (tmp_path / name).stat().st_ino not in inodes.values()
    assert len(free) == 0


def test_files_set_aside_by_another_process_are_taken_by_their_size(tmp_path):
    from generator.write import FreeFiles

    free = FreeFiles(tmp_path / "free")
    for size in (20, 10):
        (tmp_path / "old").write_bytes(b"x" * size)
        free.keep(str(tmp_path / "old"), size)
    again = FreeFiles(tmp_path / "free")
    assert len(again) == 2 and again.take(9) is None
    assert os.stat(again.take(15)).st_size == 10 and os.stat(again.take(100)).st_size == 20


def test_a_spare_file_another_name_links_to_is_not_set_aside(tmp_path):
    from generator.write import FreeFiles, sync_tree

    current, spare = tmp_path / "current", tmp_path / "spare"
    current.mkdir()
    spare.mkdir()
    (current / "page.md").write_text("new")
    for name in ("page.md", "gone.md", "kept.md"):
        (spare / name).write_text("old " + name)
    os.link(spare / "kept.md", tmp_path / "backup.md")
    free = FreeFiles(tmp_path / "free")
    sync_tree(current, spare, free=free)
    assert sorted(p.name for p in spare.iterdir()) == ["page.md"] and (spare / "page.md").read_text() == "new"
    assert sorted(p.read_text() for p in (tmp_path / "free").iterdir()) == ["old gone.md", "old page.md"]
    assert free.take(10) is None  # each is known by its size: 11 bytes
    assert (tmp_path / "backup.md").stat().st_nlink == 1 and (tmp_path / "backup.md").read_text() == "old kept.md"


def test_files_are_set_aside_up_to_a_limit(tmp_path, monkeypatch):
    from generator import write
    from generator.write import FreeFiles

    monkeypatch.setattr(write, "MAX_FREE_FILES", 2)
    free = FreeFiles(tmp_path / "free")
    for name in "abc":
        (tmp_path / name).write_text(name)
    assert [free.keep(str(tmp_path / name), 1) for name in "abc"] == [True, True, False]
    assert (tmp_path / "c").exists() and len(free) == 2
    monkeypatch.setattr(write, "MAX_FREE_FILES", 1)
    assert len(FreeFiles(tmp_path / "free")) == 1 and len(list((tmp_path / "free").iterdir())) == 1


def test_a_new_file_leaves_a_hard_link_to_the_old_one_as_it_was(tmp_path):
    from generator.write import FILE_MODE, write_new

    current, staged = tmp_path / "current.md", tmp_path / "staged" / "page.md"
    current.write_bytes(b"old")
    staged.parent.mkdir()
    os.link(current, staged)
    old_mask = os.umask(0o077)  # a umask that differs from the one the mode was worked out with
    try:
        write_new(staged, b"new")
        write_new(tmp_path / "a" / "b" / "fresh.md", b"fresh")  # its folders are made
    finally:
        os.umask(old_mask)
    assert current.read_bytes() == b"old" and staged.read_bytes() == b"new"
    assert current.stat().st_ino != staged.stat().st_ino
    assert staged.stat().st_mode & 0o777 == FILE_MODE
    assert (tmp_path / "a" / "b" / "fresh.md").read_bytes() == b"fresh"


def test_a_record_of_page_stats_written_here_is_known_as_parsing_it_gives(tmp_path, monkeypatch):
    import json

    from generator import write
    from generator.write import PreviousPages, record_pages

    docs, record = tmp_path / "docs", tmp_path / "stats.json"
    result = write_pages((Page("a.md", "a\n", key="k1"), Page("b.md", "b\n", key="k2")), docs)
    record_pages(record, result.stats, 2**62)  # every page was stamped before that time
    raw = record.read_bytes()
    assert write._RECORD[raw] == json.loads(raw)
    parsed = []
    loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text: parsed.append(text) or loads(text))
    assert set(PreviousPages(docs, record).stats) == {"a.md", "b.md"} and not parsed
    record.write_bytes(raw.replace(b'"b.md"', b'"c.md"'))
    assert set(PreviousPages(docs, record).stats) == {"a.md"} and len(parsed) == 1
