"""Publish the built site to a git remote's gh-pages branch with MkDocs' gh-deploy.

The site folder must already be built (`briefing build`; `make deploy` does
both). Like `mkdocs gh-deploy`, this works in the git repository of the
current directory: it commits the site folder onto the local branch named by
mkdocs.yml's `remote_branch` (default gh-pages), with a `.nojekyll` file so
GitHub Pages serves it as is, and pushes that branch to the remote.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from .errors import DeployError
from .site import LogCollector

DEFAULT_REMOTE = "origin"
# MkDocs fills in {sha} (the project's commit) and {version} (MkDocs').
DEFAULT_MESSAGE = "Deployed {sha} with MkDocs version: {version}"


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=False)


def check_repository(remote: str = DEFAULT_REMOTE) -> None:
    """Raise DeployError unless the current directory is in a git repository
    that has `remote`: what `deploy` needs, checked before a long build."""
    if _git("rev-parse", "--is-inside-work-tree").returncode != 0:
        raise DeployError(f"{Path.cwd()}: not a git repository; deploy from the project's clone")
    if _git("remote", "get-url", remote).returncode != 0:
        raise DeployError(f"no git remote named {remote!r} (see `git remote -v`)")


def deploy(
    config_file: Path,
    site_dir: Path,
    *,
    remote: str = DEFAULT_REMOTE,
    message: str = DEFAULT_MESSAGE,
    force: bool = False,
) -> str:
    """Push `site_dir` to the gh-pages branch of `remote`, from the git
    repository of the current directory, through MkDocs' gh-deploy; return
    the branch name.

    `config_file` (mkdocs.yml) gives the branch name (`remote_branch`).
    With `force`, the remote branch is overwritten even if it has commits
    this clone does not know. Raises DeployError, saying what to do.
    """
    # Imported here: other commands do without MkDocs' import time.
    from mkdocs.commands.gh_deploy import gh_deploy
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not (site_dir / "index.html").is_file():
        raise DeployError(f"{site_dir}: no built site (index.html); run `briefing build` first")
    check_repository(remote)

    errors = LogCollector(logging.ERROR)
    log = logging.getLogger("mkdocs")
    log.addHandler(errors)
    try:
        config = load_config(
            config_file=str(config_file),
            site_dir=str(site_dir.resolve()),
            remote_name=remote,
        )
        gh_deploy(config, message=message, force=force)
        return config.remote_branch
    except MkDocsException as exc:
        raise DeployError("; ".join(errors.messages) or str(exc)) from None
    except subprocess.CalledProcessError:
        raise DeployError(
            f"git could not push the {config.remote_branch} branch to {remote!r}; "
            "if the remote branch has commits this clone lacks, pass --force"
        ) from None
    finally:
        log.removeHandler(errors)
