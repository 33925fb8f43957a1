"""Linking orders the briefings and finds related ones."""

from __future__ import annotations

from generator.link import link
from generator.models import Actor, Briefing, CleanArticle, Rejection, Source


def briefing(bid, published=None, actors=(), issues=()):
    article = CleanArticle(
        id=bid, source=Source(f"{bid}.txt", "0" * 64), title=bid, outlet=None,
        published=published, dateline=None, byline=None, paragraphs=("text",),
    )
    return Briefing(article=article, actors=tuple(actors), issues=tuple(issues))


def person(pid):
    return Actor(id=pid, name=pid, kind="person")


def test_newest_first_then_undated_by_id():
    corpus = link([briefing("c"), briefing("a", "2019-08-01"), briefing("b", "2019-11-19"), briefing("a2")])
    assert [b.id for b in corpus.briefings] == ["b", "a", "a2", "c"]


def test_related_ranks_shared_people_and_issues():
    corpus = link([
        briefing("x", actors=[person("esper")], issues=["gsomia"]),
        briefing("y", actors=[person("esper")], issues=["gsomia"]),
        briefing("z", issues=["gsomia"]),
        briefing("w", actors=[person("abe")]),
    ])
    assert corpus.related["x"] == ("y", "z")
    assert corpus.related["w"] == ()


def test_countries_alone_do_not_make_articles_related():
    korea = Actor(id="south-korea", name="South Korea", kind="country")
    corpus = link([briefing("x", actors=[korea]), briefing("y", actors=[korea])])
    assert corpus.related["x"] == ()


def test_rejections_are_kept_sorted():
    corpus = link([], rejections=[Rejection("b.txt", "empty"), Rejection("a.txt", "binary")])
    assert [r.path for r in corpus.rejections] == ["a.txt", "b.txt"]
