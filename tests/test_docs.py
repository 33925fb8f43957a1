"""The README stays true: its --help blocks are the real output, every flag is documented.

Rewrite the help blocks after changing the CLI: `python -m tests.test_docs`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
HELP_COMMANDS = {
    "briefing": [], "briefing build": ["build"], "briefing extract": ["extract"],
    "briefing add": ["add"], "briefing watch": ["watch"], "briefing deploy": ["deploy"],
    "briefing follow": ["follow"],
}
BLOCK = re.compile(r"(<!-- help: (?P<name>[a-z ]+) -->\n```text\n)(?P<body>.*?)(```\n)", re.S)


def help_text(args: list[str]) -> str:
    env = dict(os.environ, COLUMNS="80")
    return subprocess.run(
        [sys.executable, "-m", "generator", *args, "--help"],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout.replace("python -m generator", "briefing")


def readme_blocks() -> dict[str, str]:
    return {m["name"]: m["body"] for m in BLOCK.finditer(README.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("name", sorted(HELP_COMMANDS))
def test_readme_help_blocks_are_the_real_help(name):
    assert readme_blocks().get(name) == help_text(HELP_COMMANDS[name]), "run `python -m tests.test_docs`"


def test_every_cli_flag_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    for args in HELP_COMMANDS.values():
        for flag in set(re.findall(r"(--[a-z][a-z-]+)", help_text(args))):
            assert flag in text


def test_readme_quick_start_names_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "make site" in text and "make test" in text


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def rewrite() -> None:
    text = README.read_text(encoding="utf-8")
    text = BLOCK.sub(lambda m: m.group(1) + help_text(HELP_COMMANDS[m["name"]]) + m.group(4), text)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    rewrite()
