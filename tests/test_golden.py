"""The generated Markdown equals the reviewed golden files (refresh: `make golden`)."""

from __future__ import annotations

import pytest

from tests.golden import INPUT_SETS, generate, stored


@pytest.mark.parametrize("name", sorted(INPUT_SETS))
def test_generated_pages_match_the_golden_files(name):
    expected = stored(name)
    actual = generate(name)
    assert sorted(actual) == sorted(expected), "pages added or removed: run `make golden` and review"
    for path in expected:
        assert actual[path] == expected[path], f"{path} differs from tests/golden/{name}/{path}: run `make golden` and review the diff"


@pytest.mark.parametrize("name", sorted(INPUT_SETS))
def test_every_heading_of_the_golden_pages_stands_apart(name):
    """A heading has a blank line before it (after the front matter): a list or a
    paragraph run into it reads as one block in the Markdown a reviewer diffs."""
    glued = []
    for path, text in stored(name).items():
        lines = text.split("\n")
        for before, line in zip(lines, lines[1:]):
            if line.startswith("#") and before.strip() and before != "---":
                glued.append(f"{path}: {before[:40]!r} then {line[:30]!r}")
    assert not glued, glued[:5]
