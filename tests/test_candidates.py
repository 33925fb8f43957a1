"""Candidate issues for the editor: recurring terms no configured issue or actor covers."""

from __future__ import annotations

from pathlib import Path

from generator.candidates import find_candidates
from generator.knowledge import IssueDef
from generator.models import Actor, Briefing, Candidate, CleanArticle, Corpus, Mention, Source
from generator.render import render

GSOMIA = IssueDef(id="gsomia", title="GSOMIA", aliases=("General Security of Military Information Agreement",))


def briefing(bid, text, actors=()):
    article = CleanArticle(id=bid, source=Source(f"{bid}.txt", "0" * 64), title=bid, outlet=None,
                           published=None, dateline=None, byline=None, paragraphs=(text,))
    return Briefing(article=article, actors=tuple(actors))


def test_a_term_in_two_briefings_is_a_candidate():
    found = find_candidates([
        briefing("a", "Seoul will halt its petition at the World Trade Organization over the WTO rules."),
        briefing("b", "Japan wants reform of the World Trade Organization and the WTO dispute system."),
    ], [GSOMIA])
    assert {c.term for c in found} >= {"world trade organization", "wto"}
    assert found[0].briefings == ("a", "b")


def test_configured_issues_actors_and_sentence_openers_are_not_candidates():
    esper = Actor(id="mark-esper", name="Mark Esper", kind="person", mentions=(Mention(0, "Mark Esper"),))
    text = "In August the General Security of Military Information Agreement was doubted by Mark Esper on Monday."
    found = find_candidates([briefing("a", text, [esper]), briefing("b", text, [esper])], [GSOMIA])
    assert found == ()


def test_places_outlets_and_a_title_s_complement_are_not_candidates():
    text = ("Leaders met in New York and talked of East Asia and the Korean Peninsula, Jiji Press reported, "
            "as the Minister of Economy spoke.")
    assert find_candidates([briefing("a", text), briefing("b", text)], [GSOMIA]) == ()


def test_a_term_in_one_briefing_is_not_a_candidate():
    assert find_candidates([briefing("a", "The Korean Peninsula and the Korean Peninsula again.")], [GSOMIA]) == ()


def test_the_editor_page_links_the_first_twenty_briefings_of_a_candidate_and_counts_the_rest():
    ids = tuple(f"b{n:02}" for n in range(25))
    corpus = Corpus(briefings=(), candidates=(Candidate("korean peninsula", ids),))
    (report,) = [p for p in render(corpus, Path(__file__).resolve().parent.parent / "templates") if p.path == "report.md"]
    (row,) = [line for line in report.content.splitlines() if line.startswith("| korean peninsula |")]
    assert row.count("](briefings/") == 20
    assert "[20](briefings/b19.md)" in row and "b20" not in row
    assert row.endswith(" and 5 more |")
