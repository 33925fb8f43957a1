"""Recognise the configured issues an article belongs to.

An issue is named where its title or one of its aliases occurs in the article's
title or body: as whole words, ignoring case, the hyphens, dashes and spaces
between words ('intel-sharing pact' = 'Intel Sharing Pact', 'white list' =
'whitelist') and a final plural 's' ('export curb' = 'export curbs').
Overlapping matches ('military intelligence-sharing pact' and
'intelligence-sharing pact') are one mention. A match inside a phrase the
issue lists under `except_in` names another matter ('trade war' in 'the
U.S.-China trade war') and does not count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .knowledge import IssueDef
from .models import CleanArticle

# One mention is enough: aliases are specific phrases, and an article that
# names an issue once (often as the background of the news) is about it as the
# editor reads it. Requiring two mentions loses more true issues than it
# removes false ones on the gold corpus (see tests/test_issues.py).
MIN_MENTIONS = 1

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_QUOTES = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'))
_SEPARATORS = re.compile(rf"[\s{_DASHES}]+")


def detect_issues(
    article: CleanArticle, issues: tuple[IssueDef, ...], *, min_mentions: int = MIN_MENTIONS
) -> tuple[str, ...]:
    """Ids of the configured issues the article deals with, in configured order.

    An issue counts when it is named at least `min_mentions` times in the
    title and body together.
    """
    text = fold(" \n ".join((article.title, *article.paragraphs)))
    if min_mentions == 1:  # one search per issue instead of counting every mention
        return tuple(issue.id for issue in issues if names_issue(text, issue))
    return tuple(issue.id for issue in issues if count_mentions(text, issue) >= min_mentions)


def count_mentions(folded_text: str, issue: IssueDef) -> int:
    """How many distinct places of `folded_text` (see `fold`) name `issue`."""
    excluded = _excluded_spans(folded_text, issue)
    spans = sorted(
        match.span()
        for pattern in _patterns((issue.title, *issue.aliases))
        for match in pattern.finditer(folded_text)
        if not _inside(match.span(), excluded)
    )
    count, end = 0, -1
    for start, stop in spans:
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def fold(text: str) -> str:
    """Lower case, straight quotes, and one space for any run of spaces, hyphens or dashes."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # One replace per mark: str.translate with a table is some thirty times slower.
    for curly, straight in _QUOTES:
        text = text.replace(curly, straight)
    return _SEPARATORS.sub(" ", text)


def names_issue(folded_text: str, issue: IssueDef) -> bool:
    """True when `folded_text` (see `fold`) names `issue` at least once: one search, no counting
    (a search per mention when the issue has phrases it is not named in)."""
    pattern = _any_pattern((issue.title, *issue.aliases))
    if not issue.except_in:
        return pattern.search(folded_text) is not None
    excluded = _excluded_spans(folded_text, issue)
    return any(not _inside(match.span(), excluded) for match in pattern.finditer(folded_text))


def _excluded_spans(folded_text: str, issue: IssueDef) -> list[tuple[int, int]]:
    """Where `folded_text` holds a phrase of the issue's `except_in`."""
    if not issue.except_in:
        return []
    return [match.span() for match in _any_pattern(issue.except_in).finditer(folded_text)]


def _inside(span: tuple[int, int], excluded: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in excluded)


@lru_cache(maxsize=256)
def _any_pattern(names: tuple[str, ...]) -> re.Pattern:
    """All the names in one pattern. A lookahead for their first letters lets
    the engine skip most positions at once (20x faster than a bare alternation);
    it comes before the word-start test, which fails less often."""
    folded = [fold(name).split() for name in names]
    folded = [words for words in folded if words]
    if not folded:
        return re.compile("(?!)")
    firsts = "".join(sorted({re.escape(words[0][0]) for words in folded}))
    bodies = "|".join(_alias_body(" ".join(words)) for words in folded)
    return re.compile(rf"(?=[{firsts}])(?<!\w)(?:{bodies})")


@lru_cache(maxsize=256)
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(_alias_pattern(name) for name in names if fold(name).strip())


def _alias_pattern(alias: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){_alias_body(alias)}")


def _alias_body(alias: str) -> str:
    """The words of `alias` with optional spaces between, an optional plural, a word end."""
    words = fold(alias).split()
    body = " ?".join(re.escape(word) for word in words)
    plural = "(?:e?s)?" if words[-1][-1].isalpha() else ""
    return rf"{body}{plural}(?!\w)"
