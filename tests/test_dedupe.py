"""The same story captured twice becomes one briefing."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dedupe import deduplicate
from generator.models import CleanArticle, Source

BODY = (
    "SEOUL (Kyodo) -- Visiting U.S. Secretary of Defense Mark Esper and South Korean President "
    "Moon Jae In agreed Friday on the importance of a military intelligence-sharing pact between "
    "Japan and South Korea that is soon coming up for extension.",
    "An official at the presidential office told reporters that Esper and Moon agreed that the "
    "GSOMIA issue should be settled amicably, adding that there was no further detailed discussion on it.",
    "The pact, signed in November 2016, allows the neighbors to share sensitive information regarding North Korea.",
)
OTHER = ("Japan's Cabinet on Friday morning gave the go-ahead to remove South Korea from its white country list effective Aug. 28.",)


def article(aid, paragraphs, published=None, outlet=None):
    return CleanArticle(
        id=aid, source=Source(f"{aid}.txt", "0" * 64), title=aid, outlet=outlet,
        published=published, dateline=None, byline=None, paragraphs=tuple(paragraphs),
    )


def test_identical_text_with_other_whitespace_is_one_story():
    spaced = tuple("  ".join(p.split(" ")) for p in BODY)
    kept, dupes = deduplicate([article("a", BODY), article("b", spaced), article("c", OTHER)])
    assert [a.id for a in kept] == ["a", "c"]
    assert [(d.kept, d.dropped.path) for d in dupes] == [("a", "b.txt")]


def test_the_same_story_with_other_boilerplate_is_one_story():
    with_chrome = ("Sponsored Content", *BODY, "Get Unlimited access", "See all offers and subscribe")
    kept, dupes = deduplicate([article("nikkei", with_chrome), article("kyodo", BODY, published="2019-08-09")])
    assert [a.id for a in kept] == ["kyodo"]  # the capture with a date is kept
    assert dupes[0].dropped.path == "nikkei.txt"


def test_different_stories_are_kept_apart():
    kept, dupes = deduplicate([article("a", BODY), article("b", OTHER)])
    assert len(kept) == 2 and dupes == ()


def test_the_seed_and_its_second_capture_are_one_story():
    from pathlib import Path

    from generator.clean import clean
    from generator.ingest import read_article

    seeds = Path(__file__).parent / "fixtures" / "seeds"
    seed = clean(read_article(seeds / "003_f8d53fefbb7e7c2c.txt"))
    recapture = article("003-recapture", ("International relations", *seed.paragraphs[:-2]))
    kept, dupes = deduplicate([seed, recapture])
    assert len(kept) == 1 and len(dupes) == 1


SENTENCES = (
    BODY[0], BODY[1], BODY[2], OTHER[0],
    "Seoul said it would let the agreement lapse unless Tokyo reversed its export curbs on key materials.",
    "The United States urged both allies to keep sharing intelligence on North Korean missile launches.",
    "Officials in Tokyo said the talks on export controls would resume next month in Vienna.",
)


def _articles(rows, salt):
    return [
        article(f"{salt}{i}", [SENTENCES[s] for s in sentences], published="2019-11-22" if dated else None)
        for i, (sentences, dated) in enumerate(rows)
    ]


def _key(a):
    import hashlib

    return hashlib.sha256(repr(a).encode()).hexdigest()


ROWS = st.lists(
    st.tuples(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=4), st.booleans()), max_size=8
)


@given(ROWS, st.lists(st.tuples(st.sets(st.integers(0, 15), max_size=3), ROWS), max_size=4), st.integers(2, 6))
@settings(max_examples=150, deadline=None)
def test_an_index_brought_up_to_date_finds_what_a_new_one_finds(first, changes, common):
    """Through a memo, each set of articles (some gone, some new; shingles
    becoming too common and common no more) gives what it gives without one."""
    from generator import dedupe
    from generator.memo import Memo

    memo = Memo()
    articles = _articles(first, "a")
    with patch.object(dedupe, "COMMON_SHINGLE", common):
        assert deduplicate(articles, keys=[_key(a) for a in articles], memo=memo) == deduplicate(articles)
        for step, (gone, rows) in enumerate(changes):
            articles = [a for i, a in enumerate(articles) if i not in gone] + _articles(rows, f"s{step}-")
            memo.settle()
            keys = [_key(a) for a in articles]
            assert deduplicate(articles, keys=keys, memo=memo) == deduplicate(articles)


def test_an_index_is_brought_up_to_date_rather_than_made_again():
    from generator import dedupe
    from generator.memo import Memo

    articles = [article("a", BODY), article("b", OTHER), article("c", BODY[1:])]
    memo = Memo()
    deduplicate(articles, keys=[_key(a) for a in articles], memo=memo)
    memo.settle()
    index = memo.last(dedupe._INDEX)
    articles.append(article("d", BODY[:2]))
    kept, dupes = deduplicate(articles, keys=[_key(a) for a in articles], memo=memo)
    assert memo.last(dedupe._INDEX) is index and len(index.samples) == 4
    assert [a.id for a in kept] == ["a", "b"] and sorted(d.dropped.path for d in dupes) == ["c.txt", "d.txt"]
