"""A build is all or nothing: a failed or killed build leaves the previous
site_src/ and site/ as they were, and two builds never run at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from generator import write
from generator.cli import main
from generator.errors import BriefingError, OutputError, SiteBuildError
from generator.lock import LOCK_FILE, BuildLocked, build_lock
from generator.cache import Memory
from generator.pipeline import BuildOptions, build, end_of_builds
from generator.write import STAGING
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
NEW_ARTICLE = sorted(CORPUS.glob("*.txt"))[0]


def state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime: what 'intact' means."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A project built once from the seeds, with a hand-written page; copied per test."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "site_src").mkdir()
    (root / "site_src" / "about.md").write_text("# About\n\nWritten by hand.\n")
    build(options_for(root))
    return root


def options_for(root: Path) -> BuildOptions:
    return BuildOptions(
        input_dir=root / "seeds",
        docs_dir=root / "site_src",
        site_dir=root / "site",
        config_file=ROOT / "mkdocs.yml",
        knowledge_dir=ROOT / "knowledge",
        templates_dir=ROOT / "templates",
        cache_dir=root / ".briefing-cache",
        workers=1,
    )


@pytest.fixture
def project(built, tmp_path) -> BuildOptions:
    root = tmp_path / "project"
    shutil.copytree(built, root, copy_function=shutil.copy2)
    # The next build has something new to write.
    shutil.copy(NEW_ARTICLE, root / "seeds" / NEW_ARTICLE.name)
    return options_for(root)


def leftovers(options: BuildOptions) -> list[str]:
    root = options.docs_dir.parent
    return sorted(p.name for p in root.iterdir() if p.name in (STAGING, LOCK_FILE))


def test_a_failing_mkdocs_step_leaves_docs_and_site_as_they_were(project, monkeypatch):
    docs, site = state(project.docs_dir), state(project.site_dir)

    def failing_site(config, docs_dir, site_dir, **options):
        (site_dir / "index.html").write_text("half a site")
        raise SiteBuildError("MkDocs build failed: simulated")

    monkeypatch.setattr("generator.pipeline.build_site", failing_site)
    with pytest.raises(SiteBuildError):
        build(project)
    assert state(project.docs_dir) == docs
    assert state(project.site_dir) == site
    assert leftovers(project) == []


def test_a_broken_link_in_a_template_fails_the_build_and_changes_nothing(project, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    with (templates / "home.md.j2").open("a", encoding="utf-8") as handle:
        handle.write("\n[missing](nowhere.md)\n")
    docs, site = state(project.docs_dir), state(project.site_dir)
    with pytest.raises(SiteBuildError, match="nowhere.md"):
        build(replace(project, templates_dir=templates))
    assert state(project.docs_dir) == docs
    assert state(project.site_dir) == site
    assert leftovers(project) == []


def test_a_refused_write_changes_nothing(project):
    # A hand-written page where a page of an actor the new article brings is to go.
    from generator.pipeline import read_one
    from generator.knowledge import load_knowledge
    from generator.render import actor_path

    record = read_one(NEW_ARTICLE, load_knowledge(project.knowledge_dir))
    new = next(path for path in (actor_path(a.id) for a in record.actors)
               if not (project.docs_dir / path).exists())
    (project.docs_dir / new).write_text("mine")
    docs, site = state(project.docs_dir), state(project.site_dir)
    with pytest.raises(OutputError, match="not written by briefing"):
        build(project)
    assert state(project.docs_dir) == docs
    assert state(project.site_dir) == site


def test_an_article_whose_page_would_take_a_hand_written_page_s_place_is_rejected(project):
    page = project.docs_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".md")
    page.write_text("mine")
    result = build(project)
    assert page.read_text() == "mine"
    assert [r.reason for r in result.corpus.rejections] == [f"its page {page} is a hand-written page: rename the file"]
    assert len(result.corpus.briefings) == len(list(SEEDS.glob("*.txt")))


def test_a_site_folder_that_is_a_file_or_holds_what_no_site_build_made_is_refused(project):
    notes = project.site_dir.parent / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("important")
    with pytest.raises(BriefingError, match="holds files no site build made"):
        build(replace(project, site_dir=notes))
    mine = project.site_dir.parent / "mine.html"
    mine.write_text("mine")
    with pytest.raises(BriefingError, match="is a file, not a folder"):
        build(replace(project, site_dir=mine))
    assert (notes / "todo.txt").read_text() == "important" and mine.read_text() == "mine"
    assert leftovers(project) == []


def test_the_site_s_hidden_files_stay_as_mkdocs_keeps_them(project):
    (project.site_dir / ".nojekyll").write_text("")
    (project.site_dir / ".git").mkdir()
    (project.site_dir / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    build(project)
    assert (project.site_dir / ".nojekyll").exists()
    assert (project.site_dir / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (project.site_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".html")).exists()


def test_a_successful_build_swaps_both_trees_and_leaves_nothing_behind(project):
    about = project.docs_dir / "about.md"
    before = (about.read_bytes(), about.stat().st_mtime_ns)
    result = build(project)
    assert "briefings/" + NEW_ARTICLE.stem.replace("_", "-") + ".md" in result.written.written
    assert (project.site_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".html")).exists()
    assert (about.read_bytes(), about.stat().st_mtime_ns) == before
    assert (project.site_dir / "about.html").exists()
    assert leftovers(project) == []


def test_a_long_running_process_stages_each_build_from_the_tree_before_and_removes_it_at_the_end(
    project, tmp_path
):
    no_site = replace(project, build_site=False)
    spare = project.docs_dir.parent / STAGING / (project.docs_dir.name + ".spare")
    memory = Memory()
    first = state(project.docs_dir)
    build(no_site, memory)
    # The previous tree is kept as it was, made of the very files it held.
    assert state(spare) == first
    # Meanwhile: the hand-written page is saved anew, another is added, one more article.
    about = project.docs_dir / "about.md"
    about.unlink()
    about.write_text("# About\n\nRewritten.\n")
    (project.docs_dir / "notes.md").write_text("# Notes\n")
    another = sorted(CORPUS.glob("*.txt"))[1]
    shutil.copy(another, project.input_dir / another.name)
    fresh = tmp_path / "fresh"
    shutil.copytree(project.docs_dir.parent, fresh, symlinks=True, ignore=shutil.ignore_patterns(STAGING))
    before_second = state(project.docs_dir)

    result = build(no_site, memory)

    assert state(spare) == before_second
    build(replace(options_for(fresh), build_site=False))
    docs = {path: data for path, (data, _) in state(project.docs_dir).items()}
    assert docs == {path: data for path, (data, _) in state(fresh / "site_src").items()}
    assert docs["about.md"] == b"# About\n\nRewritten.\n" and "notes.md" in docs
    assert "briefings/" + another.stem.replace("_", "-") + ".md" in result.written.written
    # A build without memory stages from the spare too, and keeps none.
    shutil.copy(sorted(CORPUS.glob("*.txt"))[2], project.input_dir)
    build(no_site, memory)
    build(no_site)
    assert leftovers(project) == []
    # When the process ends, what it kept is removed.
    build(no_site, memory)
    assert spare.is_dir()
    end_of_builds(project.docs_dir)
    assert leftovers(project) == []


def test_a_long_running_process_s_first_build_makes_the_spare_from_what_it_built(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    options = replace(options_for(tmp_path), build_site=False)
    build(options, Memory())
    assert state(tmp_path / STAGING / "site_src.spare") == state(options.docs_dir)
    end_of_builds(options.docs_dir)
    assert leftovers(options) == []


def test_a_second_build_at_once_is_refused_with_the_holders_pid(project, capsys):
    args = [
        "build", "--input", str(project.input_dir), "--docs", str(project.docs_dir),
        "--site", str(project.site_dir), "--knowledge", str(project.knowledge_dir),
        "--templates", str(project.templates_dir), "--config", str(project.config_file), "--no-site",
    ]
    docs = state(project.docs_dir)
    with build_lock(project.docs_dir):
        assert main(args) == 2
    assert f"another build is running (pid {os.getpid()})" in capsys.readouterr().err
    assert state(project.docs_dir) == docs
    assert main(args) == 0


def test_the_lock_is_refused_while_held_and_free_after(tmp_path):
    docs = tmp_path / "site_src"
    with build_lock(docs):
        assert (tmp_path / LOCK_FILE).read_text().strip() == str(os.getpid())
        with pytest.raises(BuildLocked, match=r"another build is running \(pid \d+\)"):
            with build_lock(docs):
                pass
    assert not (tmp_path / LOCK_FILE).exists()
    with build_lock(docs):
        pass


def test_docs_folders_side_by_side_take_turns(tmp_path):
    # They share the folder their builds stage in, so they share the lock too.
    with build_lock(tmp_path / "site_src"):
        with pytest.raises(BuildLocked, match="another build is running"):
            with build_lock(tmp_path / "other_docs"):
                pass
        with build_lock(tmp_path / "elsewhere" / "site_src"):
            pass


# A build in a child process that stops at a chosen point and waits to be killed.
DRIVER = """
import json, sys, time
from pathlib import Path
import generator.pipeline as pipeline, generator.write as write

stage, marker, options = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])

def hold():
    marker.write_text("here")
    time.sleep(60)

def then_hold(function, after):
    calls = []
    def wrapper(*args, **kwargs):
        result = function(*args, **kwargs)
        calls.append(1)
        if len(calls) == after:
            hold()
        return result
    return wrapper

if stage == "write":
    write.write_new = then_hold(write.write_new, after=3)
elif stage == "site":
    def half_site(config):
        Path(config.site_dir, "index.html").write_text("half a site")
        hold()
    import mkdocs.commands.build
    mkdocs.commands.build.build = half_site  # `site.build_site` imports it when it runs
elif stage == "swap":
    write._exchange = then_hold(write._exchange, after=1)
pipeline.build(pipeline.BuildOptions(**{k: (Path(v) if isinstance(v, str) else v) for k, v in options.items()}))
"""


def killed_build(options: BuildOptions, stage: str, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    payload = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(options).items()}
    child = subprocess.Popen(
        [sys.executable, "-c", DRIVER, stage, str(marker), json.dumps(payload)], cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            if child.poll() is not None:
                pytest.fail(f"the build ended before the {stage} step: {child.stderr.read().decode()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the build never reached the {stage} step")
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stderr.close()


@pytest.mark.parametrize("stage", ["write", "site"])
def test_a_build_killed_before_the_swap_leaves_both_trees_intact(project, tmp_path, stage):
    docs, site = state(project.docs_dir), state(project.site_dir)
    killed_build(project, stage, tmp_path)
    assert state(project.docs_dir) == docs
    assert state(project.site_dir) == site
    # The next build clears what the killed one left and publishes normally.
    build(project)
    assert leftovers(project) == []
    assert (project.docs_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".md")).exists()


@pytest.mark.skipif(write._RENAMEAT2 is None, reason="the swap step is reached through renameat2 (Linux)")
def test_a_build_killed_during_the_swap_is_completed_by_the_next(project, tmp_path):
    killed_build(project, "swap", tmp_path)
    # Killed after the docs folder was swapped in, before the site: the
    # journal makes the next build finish the swap before it starts.
    assert (project.docs_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".md")).exists()
    write.finish_interrupted_swap(project.docs_dir.resolve(), [project.docs_dir.resolve(), project.site_dir.resolve()])
    assert (project.site_dir / "briefings" / (NEW_ARTICLE.stem.replace("_", "-") + ".html")).exists()
    assert (project.docs_dir / "about.md").exists()
    assert not any((project.docs_dir.parent / STAGING).iterdir())
    result = build(project)
    assert result.written.written == ()
    assert leftovers(project) == []


@pytest.mark.parametrize("docs", [".", "seeds/..", "site"], ids=["project", "parent-of-inputs", "site"])
def test_a_docs_folder_holding_the_inputs_or_the_site_is_refused(project, docs):
    root = project.docs_dir.parent
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    options = replace(project, docs_dir=root / docs, site_dir=root / "site" / "html" if docs == "site" else project.site_dir)
    with pytest.raises(BriefingError, match="holds the"):
        build(options)
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before
