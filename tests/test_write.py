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
