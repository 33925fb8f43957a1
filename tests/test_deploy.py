"""`briefing deploy`: MkDocs' gh-deploy pushes the built site to a gh-pages
branch; a local bare repository stands in for GitHub."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.cli import EXIT_ERROR, EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def remote(tmp_path, monkeypatch) -> Path:
    """A bare repository (the 'GitHub' side) and a clone-like work repository,
    the current directory, with the bare one as remote 'origin'."""
    for var in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(var, "Briefing Tests")
    for var in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(var, "tests@example.invalid")
    bare = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(bare))
    work = new_clone(tmp_path / "work", bare)
    monkeypatch.chdir(work)
    return bare


def new_clone(work: Path, bare: Path, name: str = "origin") -> Path:
    work.mkdir()
    git("init", "--quiet", cwd=work)
    git("remote", "add", name, str(bare), cwd=work)
    return work


def deploy_args(work: Path, *extra: str) -> list[str]:
    return [
        "deploy", "--input", str(SEEDS),
        "--docs", str(work / "docs"), "--site", str(work / "site"),
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"), *extra,
    ]


def published_files(bare: Path) -> set[str]:
    return set(git("--git-dir", str(bare), "ls-tree", "-r", "--name-only", "gh-pages").split())


def test_deploy_pushes_the_built_site_to_gh_pages(remote):
    work = Path.cwd()
    assert main(deploy_args(work, "--message", "Publish the briefings")) == EXIT_OK
    files = published_files(remote)
    built = {p.relative_to(work / "site").as_posix() for p in (work / "site").rglob("*") if p.is_file()}
    assert files == built | {".nojekyll"}
    assert {"index.html", "briefings/index.html", "search/search_index.js",
            "assets/javascripts/offline-search.js"} <= files
    assert any(f.startswith("briefings/") and f != "briefings/index.html" for f in files)
    assert git("--git-dir", str(remote), "log", "-1", "--format=%s", "gh-pages").strip() == "Publish the briefings"


def test_a_second_deploy_adds_a_commit_with_the_default_message(remote):
    work = Path.cwd()
    assert main(deploy_args(work, "--message", "First")) == EXIT_OK
    assert main(deploy_args(work)) == EXIT_OK
    assert git("--git-dir", str(remote), "rev-list", "--count", "gh-pages").strip() == "2"
    message = git("--git-dir", str(remote), "log", "-1", "--format=%s", "gh-pages")
    assert "with MkDocs version: 1." in message


def test_deploy_to_a_named_remote(remote, tmp_path, monkeypatch):
    pages = tmp_path / "pages.git"
    git("init", "--quiet", "--bare", str(pages))
    git("remote", "add", "pages", str(pages))
    assert main(deploy_args(Path.cwd(), "--remote", "pages")) == EXIT_OK
    assert "index.html" in published_files(pages)
    assert git("--git-dir", str(remote), "branch", "--list").strip() == ""


def test_diverged_remote_branch_needs_force(remote, tmp_path, monkeypatch, capsys):
    assert main(deploy_args(Path.cwd())) == EXIT_OK
    other = new_clone(tmp_path / "other", remote)
    monkeypatch.chdir(other)
    # Another message: the same tree, message and second would be the same commit.
    assert main(deploy_args(other, "--message", "From another clone")) == EXIT_ERROR
    assert "--force" in capsys.readouterr().err
    first = git("--git-dir", str(remote), "rev-parse", "gh-pages")
    assert main(deploy_args(other, "--message", "From another clone", "--force")) == EXIT_OK
    pushed = git("--git-dir", str(remote), "rev-parse", "gh-pages")
    assert pushed != first and pushed == git("rev-parse", "gh-pages")


@pytest.mark.parametrize("case, expected", [
    ("outside a git repository", "not a git repository"),
    ("unknown remote", "no git remote named 'nowhere'"),
    ("--no-site", "--no-site"),
])
def test_deploy_errors_say_what_is_wrong(case, expected, remote, tmp_path, monkeypatch, capsys):
    work = Path.cwd()
    extra: tuple[str, ...] = ()
    if case == "outside a git repository":
        work = tmp_path / "plain"
        work.mkdir()
        monkeypatch.chdir(work)
        monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    elif case == "unknown remote":
        extra = ("--remote", "nowhere")
    else:
        extra = ("--no-site",)
    assert main(deploy_args(work, *extra)) == EXIT_ERROR
    assert expected in capsys.readouterr().err
    assert git("--git-dir", str(remote), "branch", "--list").strip() == ""


WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
PAGES_ACTIONS = ("actions/checkout", "actions/setup-python", "actions/configure-pages",
                 "actions/upload-pages-artifact", "actions/deploy-pages")


def workflow_steps() -> list[dict]:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


@pytest.mark.parametrize("action", PAGES_ACTIONS)
def test_pages_workflow_uses_pinned_action(action):
    uses = [step["uses"] for step in workflow_steps() if step.get("uses", "").startswith(action + "@")]
    assert len(uses) == 1, f"{action} missing from {WORKFLOW.name}"
    assert re.fullmatch(r"v\d+\.\d+\.\d+|[0-9a-f]{40}", uses[0].split("@", 1)[1]), uses[0]


def test_pages_workflow_builds_with_the_readme_command():
    runs = [step["run"].strip() for step in workflow_steps() if "run" in step]
    assert runs == ["make site"]
    assert "make site" in (ROOT / "README.md").read_text(encoding="utf-8")
    upload = next(s for s in workflow_steps() if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    python = next(s for s in workflow_steps() if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
