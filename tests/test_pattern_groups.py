"""The screened pattern groups of the cleaner find exactly what searching each pattern finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import boilerplate as b
from generator.tokens import lower_for_patterns
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent
GROUPS = [
    *((f"chrome {name}", group, patterns) for (name, group), (_, patterns) in zip(b.LINE_CHROME_GROUPS, b.LINE_CHROME)),
    *((f"footer {name}", group, patterns) for (name, group), (_, patterns) in zip(b.FOOTER_GROUPS, b.FOOTER)),
    ("captions", b.CAPTION_GROUP, b.CAPTIONS),
    ("related", b.RELATED_GROUP, b.RELATED),
]
# Every line of the real articles, and the characters IGNORECASE folds oddly.
LINES = sorted({
    line
    for path in [*CORPUS.glob("*.txt"), *(ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")]
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
})
ODD = "ſKİıΣσς"


@pytest.mark.parametrize("name, group, patterns", GROUPS, ids=[g[0] for g in GROUPS])
def test_a_group_matches_every_real_line_as_its_patterns_do(name, group, patterns):
    for line in LINES:
        assert group.matches(line, lower_for_patterns(line)) == any(p.search(line) for p in patterns), line


@pytest.mark.parametrize("screened, patterns", [(b.INLINE_SCREENED, b.INLINE_FRAGMENTS), (b.TRAILING_SCREENED, b.TRAILING_FRAGMENTS)])
def test_a_needle_is_in_every_match(screened, patterns):
    for needle, case_blind, pattern in screened:
        for line in LINES:
            if pattern.search(line):
                assert needle in (lower_for_patterns(line) if case_blind else line), (pattern.pattern, line)


@given(st.sampled_from(LINES), st.text(alphabet=ODD + "abcSUBSCRIBE ©", max_size=8), st.integers(0, 200))
@settings(max_examples=300, deadline=None)
def test_a_group_matches_lines_with_odd_letters_as_its_patterns_do(line, extra, where):
    line = line[:where] + extra + line[where:]
    for _, group, patterns in GROUPS:
        assert group.matches(line, lower_for_patterns(line)) == any(p.search(line) for p in patterns)


def test_without_the_private_parser_the_groups_match_the_same(monkeypatch):
    monkeypatch.setattr(b, "_parser", None)
    plain = [(name, b.pattern_group(patterns), patterns) for name, _, patterns in GROUPS]
    assert all(group.anchored is None and all(needle == "" for needle, _, _ in group.loose) for _, group, _ in plain)
    for line in LINES:
        for _, group, patterns in plain:
            assert group.matches(line, lower_for_patterns(line)) == any(p.search(line) for p in patterns)
