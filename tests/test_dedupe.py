"""The same story captured twice becomes one briefing."""

from __future__ import annotations

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
