"""A build whose MkDocs inputs did not change keeps the site in use instead of running MkDocs again.

Anything MkDocs reads that changes (a page, the configuration, a hook), and
any change to the site folder itself, means a real MkDocs build.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.pipeline import SITE_STAMP, BuildOptions, build
from generator.site import STAMP_FORMAT
from generator.slugs import slugify
from tests.conftest import CORPUS
from tests.test_atomic import options_for as atomic_options_for

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def files(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Each file's bytes, mtime and inode: 'kept' means all three are the same."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site-reuse")
    shutil.copytree(SEEDS, root / "seeds")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("generator/offline.py", str(ROOT / "generator" / "offline.py")))
    build(options_for(root))
    return root


def options_for(root: Path) -> BuildOptions:
    """The project of `test_atomic` with its own copy of the configuration (tests edit it)."""
    return replace(atomic_options_for(root), config_file=root / "mkdocs.yml")


@pytest.fixture
def project(built, tmp_path) -> BuildOptions:
    root = tmp_path / "project"
    shutil.copytree(built, root, copy_function=shutil.copy2)
    options = options_for(root)
    build(options)  # the stamp names the site folder: this copy's first build runs MkDocs
    return options


@pytest.fixture
def mkdocs_runs(monkeypatch) -> list[Path]:
    import mkdocs.commands.build

    runs = []
    real = mkdocs.commands.build.build

    def counting(config):
        runs.append(Path(config.site_dir))
        return real(config)

    # `build_site` imports MkDocs' build when it runs.
    monkeypatch.setattr(mkdocs.commands.build, "build", counting)
    return runs


def test_an_unchanged_build_keeps_the_site_without_running_mkdocs(project, mkdocs_runs):
    before = files(project.site_dir)
    result = build(project)
    assert result.site_reused
    assert mkdocs_runs == []
    assert files(project.site_dir) == before


def test_a_new_article_builds_the_site_again(project, mkdocs_runs):
    article = sorted(CORPUS.glob("*.txt"))[0]
    shutil.copy(article, project.input_dir / article.name)
    result = build(project)
    assert not result.site_reused and len(mkdocs_runs) == 1
    assert (project.site_dir / "briefings" / f"{slugify(article.stem)}.html").is_file()
    # ... and the build after that keeps the new site.
    assert build(project).site_reused and len(mkdocs_runs) == 1


def test_a_hand_written_page_builds_the_site_again(project, mkdocs_runs):
    (project.docs_dir / "about.md").write_text("# About\n\nWritten by hand.\n", encoding="utf-8")
    assert not build(project).site_reused
    assert (project.site_dir / "about.html").is_file()


def test_an_edited_configuration_builds_the_site_again(project, mkdocs_runs):
    with project.config_file.open("a", encoding="utf-8") as handle:
        handle.write("\ncopyright: Briefing desk\n")
    assert not build(project).site_reused
    assert "Briefing desk" in (project.site_dir / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("change", ["edit", "same size", "remove", "add", "remove folder"])
def test_a_site_changed_since_it_was_built_is_built_again(project, mkdocs_runs, change):
    page = project.site_dir / "index.html"
    if change == "edit":
        page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    elif change == "same size":
        page.write_text(page.read_text(encoding="utf-8").replace("<html", "<HTML", 1), encoding="utf-8")
    elif change == "remove":
        page.unlink()
    elif change == "add":
        (project.site_dir / "extra.html").write_text("left here", encoding="utf-8")
    else:
        shutil.rmtree(project.site_dir)
    result = build(project)
    assert not result.site_reused and len(mkdocs_runs) == 1
    assert "<!-- edited -->" not in page.read_text(encoding="utf-8") and "<HTML" not in page.read_text(encoding="utf-8")
    assert not (project.site_dir / "extra.html").exists()


def test_a_docs_change_made_without_the_site_shows_in_the_next_site(project, mkdocs_runs):
    article = sorted(CORPUS.glob("*.txt"))[1]
    shutil.copy(article, project.input_dir / article.name)
    build(replace(project, build_site=False))
    page = project.site_dir / "briefings" / f"{slugify(article.stem)}.html"
    assert not page.exists()
    assert not build(project).site_reused
    assert page.is_file()


@pytest.mark.parametrize("stamp", ["", "not json", "[]", '{"format": "briefing-site-1"}'])
def test_a_damaged_stamp_only_means_building_again(project, mkdocs_runs, stamp):
    (project.cache_dir / SITE_STAMP).write_text(stamp, encoding="utf-8")
    assert not build(project).site_reused
    assert json.loads((project.cache_dir / SITE_STAMP).read_text(encoding="utf-8"))["format"] == STAMP_FORMAT
    assert build(project).site_reused


def test_a_configuration_reading_the_environment_always_builds(project, mkdocs_runs, monkeypatch):
    monkeypatch.setenv("BRIEFING_TEST_NAME", "Desk briefings")
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("site_name: GSOMIA Briefings", "site_name: !ENV BRIEFING_TEST_NAME"))
    build(project)
    monkeypatch.setenv("BRIEFING_TEST_NAME", "Other briefings")
    assert not build(project).site_reused
    assert "Other briefings" in (project.site_dir / "index.html").read_text(encoding="utf-8")
    assert len(mkdocs_runs) == 2


def test_without_a_cache_folder_mkdocs_always_runs(project, mkdocs_runs):
    build(replace(project, cache_dir=None))
    assert len(mkdocs_runs) == 1
