"""The SVG pictures: well-formed, script-free, text escaped, deterministic."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.charts import network_svg, timeline_svg
from generator.models import ActorProfile, Appearance, Citation, IssueProfile, TimelineEntry

HOSTILE = "<script>alert(1)</script> & friends"


def issue():
    entries = (
        TimelineEntry("2016-11", "month", "GSOMIA signed", (Citation("a", 1),)),
        TimelineEntry("2019-11-23", "day", HOSTILE, (Citation("a", 2), Citation("b", 3))),
    )
    return IssueProfile(id="gsomia", title="GSOMIA", description="", briefings=("a", "b"), timeline=entries)


def actor(aid, kind, co=()):
    return ActorProfile(id=aid, name=aid.title() + (HOSTILE if aid == "x" else ""), kind=kind, country=None,
                        roles=(), appearances=(Appearance("a", (0,)),), co_actors=co)


def test_timeline_svg_has_a_row_per_entry_with_escaped_text():
    page = timeline_svg(issue())
    root = ET.fromstring(page.content)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "November 2016" in texts and "23 November 2019" in texts
    assert any(HOSTILE in (t or "") for t in texts)
    assert "<script" not in page.content
    assert page.path == "charts/gsomia-timeline.svg"


def test_a_long_timeline_is_charted_by_its_newest_entries_and_those_with_most_sources(monkeypatch):
    monkeypatch.setattr("generator.charts.MAX_CHART_ROWS", 3)
    cited = [1, 4, 2, 4, 1, 3]
    entries = tuple(
        TimelineEntry(f"2019-11-{day:02}", "day", f"event {day}", tuple(Citation(f"b{n}", 0) for n in range(count)))
        for day, count in enumerate(cited, start=1)
    )
    page = timeline_svg(IssueProfile(id="gsomia", title="GSOMIA", description="", briefings=(), timeline=entries))
    root = ET.fromstring(page.content)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert [t for t in texts if t.startswith("event")] == ["event 2 (4 sources)", "event 4 (4 sources)", "event 6 (3 sources)"]
    assert "3 of 6 entries, the newest and those the most sources report; the table lists them all." in texts
    assert len(list(root.iter("{http://www.w3.org/2000/svg}circle"))) == 3
    # Where the issue page's table shows only part of them, the chart says where all are.
    elsewhere = timeline_svg(IssueProfile(id="gsomia", title="GSOMIA", description="", briefings=(), timeline=entries),
                             "the issue's record")
    texts = [t.text for t in ET.fromstring(elsewhere.content).iter("{http://www.w3.org/2000/svg}text")]
    assert "3 of 6 entries, the newest and those the most sources report; the issue's record lists them all." in texts


def test_a_short_timeline_is_charted_whole():
    texts = [t.text for t in ET.fromstring(timeline_svg(issue()).content).iter("{http://www.w3.org/2000/svg}text")]
    assert not any("the table lists them all" in t for t in texts)


def test_network_svg_links_actors_named_together():
    actors = (actor("esper", "person", (("kono", 2),)), actor("kono", "person", (("esper", 2),)), actor("x", "country"))
    page = network_svg(actors)
    root = ET.fromstring(page.content)
    assert len(list(root.iter("{http://www.w3.org/2000/svg}line"))) == 1
    assert "<script" not in page.content
    assert network_svg(actors).content == page.content
