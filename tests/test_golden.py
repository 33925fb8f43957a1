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
