"""The real site: `briefing build` runs MkDocs strictly and the HTML holds the briefings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def build_seeds(out: Path) -> None:
    """`briefing build --strict` of the seeds into OUT/docs and OUT/site."""
    code = main([
        "build", "--input", str(SEEDS), "--strict",
        "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
        "--docs", str(out / "docs"), "--site", str(out / "site"),
    ])
    assert code == 0


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    build_seeds(out)
    return out / "site"


def test_every_briefing_has_an_html_page(built):
    pages = sorted(p.name for p in (built / "briefings").glob("*.html"))
    assert pages == ["000-3098d3c7a12f7f37.html", "003-f8d53fefbb7e7c2c.html", "index.html"]


def test_home_links_to_every_briefing(built):
    home = (built / "index.html").read_text(encoding="utf-8")
    assert 'href="briefings/000-3098d3c7a12f7f37.html"' in home
    assert 'href="briefings/003-f8d53fefbb7e7c2c.html"' in home


def test_briefing_page_shows_title_and_cleaned_text(built):
    page = (built / "briefings" / "000-3098d3c7a12f7f37.html").read_text(encoding="utf-8")
    assert "Pentagon chief welcomes Japan" in page
    assert "Esper" in page
    assert 'id="p1"' in page


def test_briefing_page_gives_source_line_and_issues_their_own_paragraphs(built):
    page = (built / "briefings" / "000-3098d3c7a12f7f37.html").read_text(encoding="utf-8")
    assert re.search(r"<p><strong>Yonhap</strong> · 19 November 2019 · Dateline: WASHINGTON</p>", page)
    assert "<p>Issues: <a " in page


def test_nav_lists_sections_not_articles(built):
    home = (built / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', home, re.S).group(0)
    assert "Briefings" in nav
    assert "000-3098d3c7a12f7f37" not in nav


def test_search_index_is_built(built):
    index = (built / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Esper" in index


def test_search_indexes_briefings_not_the_lists_that_repeat_them(built):
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    sections = {doc["location"] for doc in index["docs"]}
    briefing_text = {s for s in sections if s.startswith("briefings/") and not s.startswith("briefings/index")}
    assert len(briefing_text) > 2, "every section of every briefing is searchable"
    assert "issues/gsomia.html#background" in sections
    assert {"issues/gsomia.html#timeline", "issues/gsomia.html#sources"}.isdisjoint(sections)
    actor_sections = {s.split("#")[1] for s in sections if s.startswith("actors/mark-esper.html#")}
    assert actor_sections == {"roles", "appears-most-with"}, "no appearance is indexed again"


def test_no_web_fonts(built):
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in home and "fonts.gstatic.com" not in home


def test_a_broken_link_fails_the_strict_build(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("A headline\n\nSome body text that is long enough to be a paragraph of news.\n")
    templates = tmp_path / "templates"
    templates.mkdir()
    for template in (ROOT / "templates").glob("*.j2"):
        (templates / template.name).write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    (templates / "home.md.j2").write_text("# Home\n\n[missing](nowhere.md)\n", encoding="utf-8")
    code = main([
        "build", "--input", str(inputs), "--knowledge", str(ROOT / "knowledge"),
        "--templates", str(templates), "--config", str(ROOT / "mkdocs.yml"),
        "--docs", str(docs), "--site", str(tmp_path / "site"),
    ])
    assert code == 2


def test_briefings_are_tagged_with_issue_and_outlet(built):
    page = (built / "briefings" / "000-3098d3c7a12f7f37.html").read_text(encoding="utf-8")
    assert "Outlet: Yonhap" in page
    assert "Issue: GSOMIA" in page
    tags = (built / "tags.html").read_text(encoding="utf-8")
    assert "000-3098d3c7a12f7f37.html" in tags


def test_tags_keep_only_plain_characters():
    from generator.models import Briefing, CleanArticle, Source
    from generator.render import page_tags

    article = CleanArticle(id="x", source=Source("x.txt", "0" * 64), title="t", outlet="<script>Evil</script> News",
                           published=None, dateline=None, byline=None, paragraphs=("p",))
    assert page_tags(Briefing(article=article), {}) == ["Outlet: script Evil script News"]


def test_a_citation_links_to_the_anchor_its_briefing_page_gives_the_paragraph():
    from generator.models import Briefing, Citation, CleanArticle, Source
    from generator.render import _Links, paragraph_anchor

    article = CleanArticle(id="b1", source=Source("x.txt", "0" * 64), title="A title [with] brackets", outlet=None,
                           published=None, dateline=None, byline=None, paragraphs=("p",) * 12)
    for here in ("issues/gsomia.md", "issues/gsomia/record/2019-11.md", "timeline.md", "briefings/b2.md"):
        links = _Links({"briefings": {"b1": Briefing(article=article)}, "here": here})
        sources = [Citation("b1", paragraph) for paragraph in (0, 9, 11)]
        assert links.cite_all(sources) == ", ".join(
            f"[A title \\[with\\] brackets ¶{s.paragraph + 1}]({links.page('b1')}#{paragraph_anchor(s.paragraph)})"
            for s in sources
        )


def test_an_actor_has_earlier_appearances_or_roles_exactly_when_its_page_leaves_some_out():
    from types import SimpleNamespace

    from generator.render import MAX_ACTOR_APPEARANCES, MAX_ACTOR_ROLES, actor_page_parts, has_earlier

    for appearances in (0, MAX_ACTOR_APPEARANCES, MAX_ACTOR_APPEARANCES + 1):
        for roles in (0, MAX_ACTOR_ROLES, MAX_ACTOR_ROLES + 1):
            actor = SimpleNamespace(appearances=tuple(range(appearances)), roles=tuple(range(roles)))
            parts = actor_page_parts(actor)
            assert has_earlier(actor) == bool(parts["appearances_earlier"] or parts["roles_earlier"])
            assert has_earlier(actor) == (appearances > MAX_ACTOR_APPEARANCES or roles > MAX_ACTOR_ROLES)


def test_a_long_issue_shows_its_strongest_entries_and_newest_sources_and_keeps_the_rest_on_its_record(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("generator.render.MAX_ISSUE_TIMELINE", 2)
    monkeypatch.setattr("generator.render.MAX_ISSUE_SOURCES", 1)
    monkeypatch.setattr("generator.render.MAX_ACTOR_APPEARANCES", 1)
    monkeypatch.setattr("generator.render.MAX_TIMELINE_ENTRIES", 3)
    monkeypatch.setattr("generator.render.MAX_BRIEFINGS_LISTED", 1)
    build_seeds(tmp_path)
    # The timeline is a page per month too (the strict build checked their links), and so is the briefings index.
    assert 'href="timeline/2019-08.html"' in (tmp_path / "site" / "timeline.html").read_text(encoding="utf-8")
    assert 'href="by-month/2019-08.html"' in (tmp_path / "site" / "briefings" / "index.html").read_text(encoding="utf-8")
    month = (tmp_path / "site" / "briefings" / "by-month" / "2019-08.html").read_text(encoding="utf-8")
    assert 'href="../index.html"' in month and 'href="../003-' in month
    # The strict build checked every link of these pages; an actor's earlier appearances have one too.
    assert 'href="japan/earlier.html"' in (tmp_path / "site" / "actors" / "japan.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "actors" / "japan" / "earlier.html").is_file()
    issue = (tmp_path / "docs" / "issues" / "gsomia.md").read_text(encoding="utf-8")
    record = (tmp_path / "docs" / "issues" / "gsomia" / "record.md").read_text(encoding="utf-8")
    total = int(re.search(r"· (\d+) dated events", issue).group(1))
    assert total > 2
    timeline = issue.split("## Timeline", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^\| (?!Date|---)", timeline, re.M)) == 2
    assert f"*2 of {total} entries, the newest and those the most sources report; [the full record](gsomia/record.md)" in issue
    assert "*The newest 1 of 2 briefings; [the full record](gsomia/record.md) lists them all.*" in issue
    assert len(re.findall(r"\(\.\./briefings/[^)]+\.md\) \| \w+ \|$", issue, re.M)) == 1
    # The record lists every entry and every source by period, one page each, and links back.
    periods = re.findall(r"^\| \[[^\]]+\]\(record/([\w-]+)\.md\) \| (\d+) \| (\d+) \|$", record, re.M)
    assert sum(int(n) for _, n, _ in periods) == total and sum(int(n) for _, _, n in periods) == 2
    assert "[GSOMIA: the Japan–South Korea intelligence-sharing pact](../gsomia.md)" in record
    parts = [(tmp_path / "docs" / "issues" / "gsomia" / "record" / f"{p}.md").read_text(encoding="utf-8")
             for p, _, _ in periods]
    rows = sum(len(re.findall(r"^\| (?!Date|---)", part, re.M)) for part in parts)
    assert rows == total + 2
    assert all("[the full record](../record.md)" in part and "(../../gsomia.md)" in part for part in parts)
    html = (tmp_path / "site" / "issues" / "gsomia.html").read_text(encoding="utf-8")
    assert 'href="gsomia/record.html"' in html
    assert (tmp_path / "site" / "issues" / "gsomia" / "record.html").is_file()
