"""`briefing add`: a copy of the article and a sidecar in the input folder, never an overwrite."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.add import add_articles
from generator.cli import main
from generator.errors import InputError
from generator.ingest import read_article
from generator.models import SourceMeta
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
ARTICLE = sorted(CORPUS.glob("*.txt"))[2]
OTHER = sorted(CORPUS.glob("*.txt"))[3]


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def download(tmp_path) -> Path:
    """An article as a user downloaded it, outside the input folder."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return Path(shutil.copy2(ARTICLE, folder / "pact-ends.txt"))


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_article_is_copied_with_a_sidecar_and_the_original_is_untouched(inputs, download):
    before = (download.read_bytes(), download.stat().st_mtime_ns)
    meta = SourceMeta(published="2019-08-22", url="https://www.businessinsider.com/pact", outlet="Business Insider")
    assert add_articles([download], inputs, meta) == [inputs / "pact-ends.txt"]
    assert (inputs / "pact-ends.txt").read_bytes() == before[0]
    assert (download.read_bytes(), download.stat().st_mtime_ns) == before
    assert yaml.safe_load((inputs / "pact-ends.yaml").read_text()) == {
        "url": "https://www.businessinsider.com/pact",
        "published": __import__("datetime").date(2019, 8, 22),
        "outlet": "Business Insider",
    }
    assert read_article(inputs / "pact-ends.txt").meta == meta


def test_without_metadata_no_sidecar_is_written(inputs, download):
    add_articles([download], inputs)
    assert not (inputs / "pact-ends.yaml").exists()


def test_a_sidecar_beside_the_file_comes_along_and_the_options_win(inputs, download):
    download.with_suffix(".yaml").write_text("outlet: Reuters\ntitle: Seoul ends the pact\n")
    add_articles([download], inputs, SourceMeta(outlet="Business Insider"))
    assert read_article(inputs / "pact-ends.txt").meta == SourceMeta(outlet="Business Insider", title="Seoul ends the pact")


REFUSALS = {
    "same bytes under another name": (lambda d, i: shutil.copy(d, i / "already-here.txt"), "same bytes as"),
    "same name, other content": (lambda d, i: (i / "pact-ends.txt").write_text("Other\n\nOther text.\n"), "never overwritten"),
    "same name, same content": (lambda d, i: shutil.copy(d, i / "pact-ends.txt"), "already in the input folder"),
    "same id, other suffix": (lambda d, i: (i / "pact-ends.md").write_text("# Other\n\nOther text.\n"), "same article id"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_an_article_already_there_is_refused_and_nothing_changes(inputs, download, case):
    prepare, reason = REFUSALS[case]
    prepare(download, inputs)
    before = files(inputs)
    with pytest.raises(InputError, match=reason):
        add_articles([download], inputs, SourceMeta(outlet="Kyodo"))
    assert files(inputs) == before


@pytest.mark.parametrize(
    ("meta", "reason"),
    [
        (SourceMeta(published="2019-02-30"), "--published: not a date"),
        (SourceMeta(published="2019-8-1"), "--published: not a date"),
        (SourceMeta(published="yesterday"), "--published: not a date"),
        (SourceMeta(url="ftp://example.com/a"), "--url: not an http"),
        (SourceMeta(url="https:///no-host"), "--url: not an http"),
        (SourceMeta(url="https://example.com/a b"), "--url: not an http"),
        (SourceMeta(outlet="  "), "--outlet: empty"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_bad_metadata_is_refused_before_anything_is_copied(inputs, download, meta, reason):
    before = files(inputs)
    with pytest.raises(InputError, match=reason):
        add_articles([download], inputs, meta)
    assert files(inputs) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "not text")],
    ids=["empty", "binary"],
)
def test_a_file_the_build_would_reject_is_refused(inputs, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        add_articles([path], inputs)
    assert not (inputs / "bad.txt").exists()


def test_a_file_named_too_long_for_its_pages_is_refused(inputs, tmp_path):
    path = Path(shutil.copy2(ARTICLE, tmp_path / ("n" * 201 + ".txt")))
    with pytest.raises(InputError, match="file name too long"):
        add_articles([path], inputs)
    assert files(inputs) == files(SEEDS)


def test_a_file_whose_page_would_take_a_hand_written_page_s_place_is_refused(inputs, download, tmp_path):
    docs = tmp_path / "docs"
    (docs / "briefings").mkdir(parents=True)
    (docs / "briefings" / "pact-ends.md").write_text("# My notes\n")
    with pytest.raises(InputError, match="is a hand-written page: rename the file"):
        add_articles([download], inputs, docs_dir=docs)
    assert files(inputs) == files(SEEDS)
    assert add_articles([download], inputs) == [inputs / "pact-ends.txt"]  # no docs folder named: not checked


def test_a_bad_sidecar_beside_the_file_is_refused(inputs, download):
    download.with_suffix(".yaml").write_text("published: someday\n")
    with pytest.raises(InputError, match="not a date"):
        add_articles([download], inputs)


def test_a_sidecar_already_in_the_folder_is_not_overwritten(inputs, download):
    (inputs / "pact-ends.yaml").write_text("outlet: Mine\n")
    with pytest.raises(InputError, match="never overwritten"):
        add_articles([download], inputs, SourceMeta(outlet="Kyodo"))
    assert (inputs / "pact-ends.yaml").read_text() == "outlet: Mine\n"


def test_either_every_file_is_added_or_none(inputs, download, tmp_path):
    second = Path(shutil.copy(SEEDS / "000_3098d3c7a12f7f37.txt", tmp_path / "copy-of-a-seed.txt"))
    before = files(inputs)
    with pytest.raises(InputError, match="same bytes as"):
        add_articles([download, second], inputs)
    assert files(inputs) == before


def test_two_given_files_with_one_name_are_refused(inputs, download, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    twin = Path(shutil.copy(OTHER, tmp_path / "elsewhere" / "pact-ends.txt"))
    with pytest.raises(InputError, match="same name as"):
        add_articles([download, twin], inputs)


def test_one_url_for_several_files_is_refused(inputs, download, tmp_path):
    other = Path(shutil.copy(OTHER, tmp_path / "other.txt"))
    with pytest.raises(InputError, match="--url"):
        add_articles([download, other], inputs, SourceMeta(url="https://example.com/a"))


def test_add_copies_then_builds(inputs, download, tmp_path, capsys):
    code = main([
        "add", str(download), "--published", "2019-08-22", "--outlet", "Business Insider",
        "--input", str(inputs), "--docs", str(tmp_path / "docs"), "--no-site",
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
    ])
    assert code == 0
    page = (tmp_path / "docs" / "briefings" / "pact-ends.md").read_text(encoding="utf-8")
    assert "22 August 2019" in page
    assert "added" in capsys.readouterr().err


def test_add_with_no_build_only_copies(inputs, download, tmp_path):
    assert main(["add", str(download), "--input", str(inputs), "--docs", str(tmp_path / "docs"), "--no-build"]) == 0
    assert (inputs / "pact-ends.txt").exists()
    assert not (tmp_path / "docs").exists()


def test_a_refused_add_exits_1_with_the_reason(inputs, download, capsys):
    shutil.copy(download, inputs / "pact-ends.txt")
    assert main(["add", str(download), "--input", str(inputs), "--no-build"]) == 1
    assert "not added" in capsys.readouterr().err


def _add(download, inputs, docs) -> int:
    return main([
        "add", str(download), "--input", str(inputs), "--docs", str(docs), "--no-site",
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
    ])


def test_a_running_watch_of_the_same_folders_is_left_the_rebuild(inputs, download, tmp_path, capsys):
    import os

    from generator.lock import watching

    docs = tmp_path / "docs"
    with watching(docs, inputs):
        assert _add(download, inputs, docs) == 0
    assert (inputs / "pact-ends.txt").exists() and not docs.exists()
    assert f"the running `briefing watch` (pid {os.getpid()}) rebuilds" in capsys.readouterr().err


@pytest.mark.parametrize("case", ["watch ended", "another input folder", "another docs folder"])
def test_without_a_running_watch_of_the_same_folders_add_rebuilds(inputs, download, tmp_path, case):
    from generator.lock import WATCH_FILE, watching

    docs = tmp_path / "docs"
    if case == "watch ended":
        (tmp_path / WATCH_FILE).write_text(f"1\n{inputs.resolve()}\n{docs.resolve()}\n")  # left behind, held by no one
        assert _add(download, inputs, docs) == 0
    else:
        watched = (tmp_path / "elsewhere", docs) if case == "another input folder" else (inputs, tmp_path / "other")
        with watching(watched[1], watched[0]):
            assert _add(download, inputs, docs) == 0
    assert (docs / "briefings" / "pact-ends.md").exists()


def test_one_watch_per_docs_folder(tmp_path):
    from generator.lock import BuildLocked, watcher, watching

    docs = tmp_path / "docs"
    assert watcher(docs) is None
    with watching(docs, tmp_path / "seeds"):
        assert watcher(docs)[1] == (tmp_path / "seeds").resolve()
        with pytest.raises(BuildLocked, match=r"another watch is running \(pid \d+\)"):
            with watching(docs, tmp_path / "seeds"):
                pass
    assert watcher(docs) is None
