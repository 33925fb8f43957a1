"""`briefing follow`: the new entries of the followed feeds added once, on the issues asked for.

Feeds and pages come from a local server (tests/webserver.py); the pages
carry the text of real articles from the corpus.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.clean import clean
from generator.cli import main
from generator.errors import ConfigError
from generator.follow import STATE_NAME, FeedDef, WebOptions, follow, load_feeds, load_state
from generator.ingest import read_article
from generator.knowledge import load_knowledge
from tests.conftest import CORPUS
from tests.webserver import RSS, article_page, no_proxy, rss, web  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = load_knowledge(ROOT / "knowledge")
OPTIONS = WebOptions(today=date(2024, 3, 1), timeout=2)


def paragraphs(name: str) -> list[str]:
    return list(clean(read_article(next(CORPUS.glob(f"{name}*.txt")))).paragraphs)


PAGES = {"/news/milley": paragraphs("017_"), "/news/pact-ends": paragraphs("005_"), "/news/bangkok": paragraphs("021_")}

ON_TOPIC = {"title": "Milley hopes for a resolution", "link": "/news/milley",
            "description": "The US general urged Seoul to keep the GSOMIA intelligence-sharing pact."}
ALSO_ON_TOPIC = {"title": "Seoul scraps <b>intel-sharing pact</b>", "link": "/news/pact-ends",
                 "description": "A blow to cooperation."}
OFF_TOPIC = {"title": "Typhoon nears Okinawa", "link": "/news/typhoon", "description": "Flights were cancelled."}


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


@pytest.fixture
def site(web):
    """The server with the article pages in place."""
    for path, body in PAGES.items():
        web.route(path, body=article_page(body))
    return web


def feed(web, path: str, entries: list[dict], **answer) -> str:
    absolute = [{**e, "link": web.url(e["link"])} for e in entries]
    return web.route(path, body=rss(absolute), content_type=RSS, **answer)


def run(feeds, inputs):
    return follow(feeds, inputs, knowledge=KNOWLEDGE, cache_dir=None, options=OPTIONS)


def added(reports) -> list[str]:
    return [o.added.name for r in reports for o in r.outcomes if o.added is not None]


def page_requests(web) -> list[str]:
    return [path for path, _ in web.requests if path.startswith("/news/")]


# --- Following -----------------------------------------------------------------


def test_each_new_entry_is_added_with_its_address(site, inputs):
    url = feed(site, "/rss", [ON_TOPIC, ALSO_ON_TOPIC])
    [report] = run([FeedDef(url)], inputs)
    assert (report.entries, report.seen, report.error) == (2, 0, None)
    assert sorted(added([report])) == sorted(f"127-0-0-1-{site.base.rsplit(':', 1)[1]}-news-{n}.html"
                                             for n in ("milley", "pact-ends"))
    for outcome in report.outcomes:
        assert yaml.safe_load(outcome.added.with_suffix(".yaml").read_text())["url"] == outcome.url


def test_an_entry_seen_before_is_not_fetched_again(site, inputs):
    url = feed(site, "/rss", [ON_TOPIC, ALSO_ON_TOPIC])
    run([FeedDef(url)], inputs)
    before, fetched = sorted(p.name for p in inputs.iterdir()), page_requests(site)
    [report] = run([FeedDef(url)], inputs)
    assert (report.seen, report.outcomes) == (2, ())
    assert sorted(p.name for p in inputs.iterdir()) == before
    assert page_requests(site) == fetched


def test_the_state_file_remembers_the_entries_per_feed(site, inputs):
    url = feed(site, "/rss", [ON_TOPIC, OFF_TOPIC])
    run([FeedDef(url, issues=("gsomia",))], inputs)
    state = json.loads((inputs / STATE_NAME).read_text())
    assert state == {"version": 1, "feeds": {url: sorted([site.url("/news/milley"), site.url("/news/typhoon")])}}


def test_an_off_topic_entry_is_skipped_without_fetching_it(site, inputs):
    url = feed(site, "/rss", [OFF_TOPIC, ON_TOPIC, ALSO_ON_TOPIC])
    [report] = run([FeedDef(url, issues=("gsomia",))], inputs)
    skipped = [o for o in report.outcomes if o.added is None]
    assert [(o.url, o.reason) for o in skipped] == [(site.url("/news/typhoon"), "off-topic (names none of: gsomia)")]
    assert len(added([report])) == 2
    assert "/news/typhoon" not in page_requests(site)


def test_without_issues_every_entry_is_taken(site, inputs):
    site.route("/news/typhoon", body=article_page(paragraphs("029_")))
    url = feed(site, "/rss", [OFF_TOPIC])
    assert len(added(run([FeedDef(url)], inputs))) == 1


def test_a_malformed_feed_is_reported_and_the_other_feeds_still_run(site, inputs):
    broken = site.route("/broken.xml", body=b"<html><body><p>Not a feed <b>at all", content_type="text/html")
    good = feed(site, "/rss", [ON_TOPIC])
    reports = run([FeedDef(broken, name="Broken"), FeedDef(good)], inputs)
    assert reports[0].error.startswith("not a readable RSS or Atom feed (")
    assert reports[0].outcomes == ()
    assert len(added(reports)) == 1


def test_a_truncated_feed_gives_the_entries_it_has_with_a_warning(site, inputs):
    body = rss([{**ON_TOPIC, "link": site.url("/news/milley")}]).replace(b"</channel></rss>", b"<item><title>Cut")
    url = site.route("/cut.xml", body=body, content_type=RSS)
    [report] = run([FeedDef(url)], inputs)
    assert report.warning.startswith("malformed feed, ")
    assert len(added([report])) == 1


@pytest.mark.parametrize(
    ("answer", "reason"),
    [({"status": 404}, "HTTP 404 Not Found"), ({"body": b"GIF89a", "content_type": "image/gif"},
                                                "not a feed (Content-Type: image/gif)")],
    ids=["404", "an image"],
)
def test_a_feed_that_cannot_be_fetched_keeps_its_state(site, inputs, answer, reason):
    url = feed(site, "/rss", [ON_TOPIC])
    run([FeedDef(url)], inputs)
    state = (inputs / STATE_NAME).read_text()
    site.route("/rss", **answer)
    [report] = run([FeedDef(url)], inputs)
    assert report.error == reason
    assert (inputs / STATE_NAME).read_text() == state


def test_a_failure_worth_retrying_is_tried_again_and_a_lasting_one_is_not(site, inputs):
    site.route("/news/busy", status=503)
    site.route("/news/gone", status=404)
    url = feed(site, "/rss", [{"title": "Busy", "link": "/news/busy"}, {"title": "Gone", "link": "/news/gone"}])
    [first] = run([FeedDef(url)], inputs)
    assert [(o.reason, o.retry) for o in first.outcomes] == [("HTTP 503 Service Unavailable", True),
                                                             ("HTTP 404 Not Found", False)]
    site.route("/news/busy", body=article_page(PAGES["/news/milley"]))
    [second] = run([FeedDef(url)], inputs)
    assert (second.seen, added([second])) == (1, ["127-0-0-1-" + site.base.rsplit(":", 1)[1] + "-news-busy.html"])


def test_an_atom_feed_with_relative_links_is_read(site, inputs):
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2019-11-12T00:00:00Z</updated>
<entry><title>Milley hopes for a resolution of the GSOMIA row</title><id>urn:1</id>
<link rel="alternate" href="/news/milley"/><updated>2019-11-12T09:00:00+09:00</updated></entry>
</feed>"""
    url = site.route("/feeds/atom.xml", body=atom, content_type="application/atom+xml")
    [report] = run([FeedDef(url, issues=("gsomia",))], inputs)
    assert [o.url for o in report.outcomes if o.added] == [site.url("/news/milley")]


def test_an_entry_without_a_link_is_reported(site, inputs):
    url = site.route("/rss", body=rss([{"title": "Briefing at 3 pm"}]), content_type=RSS)
    [report] = run([FeedDef(url)], inputs)
    assert [(o.url, o.reason) for o in report.outcomes] == [("entry 'Briefing at 3 pm'", "no http(s) link")]


def test_the_same_story_in_two_feeds_is_added_once(site, inputs):
    site.route("/wire/milley", body=article_page(PAGES["/news/milley"]))
    first = feed(site, "/a.xml", [ON_TOPIC])
    second = feed(site, "/b.xml", [{**ON_TOPIC, "link": "/wire/milley"}])
    reports = run([FeedDef(first), FeedDef(second)], inputs)
    assert len(added(reports)) == 1
    assert reports[1].outcomes[0].reason.startswith("same text as ")


def test_the_entry_date_fills_in_a_page_without_one(site, inputs):
    url = feed(site, "/rss", [{**ON_TOPIC, "pubDate": "Tue, 12 Nov 2019 23:30:00 +0900"}])
    [report] = run([FeedDef(url)], inputs)
    assert clean(read_article(report.outcomes[0].added)).published == "2019-11-12"


def test_the_page_s_own_date_beats_the_entry_date(site, inputs):
    head = '<meta property="article:published_time" content="2019-11-11T09:00:00+09:00">'
    site.route("/news/milley", body=article_page(PAGES["/news/milley"], head))
    url = feed(site, "/rss", [{**ON_TOPIC, "pubDate": "Tue, 12 Nov 2019 23:30:00 +0900"}])
    [report] = run([FeedDef(url)], inputs)
    assert clean(read_article(report.outcomes[0].added)).published == "2019-11-11"


def test_no_feeds_write_nothing(inputs):
    assert run([], inputs) == []
    assert list(inputs.iterdir()) == []


# --- The feeds file ------------------------------------------------------------------


def test_the_shipped_feeds_file_follows_nothing():
    assert load_feeds(ROOT / "feeds.yaml", KNOWLEDGE.issues) == ()


def test_a_feeds_file_is_read(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("- url: https://example.com/rss\n  name: Example\n  issues: [gsomia]\n- url: http://example.org/atom\n")
    assert load_feeds(path, KNOWLEDGE.issues) == (
        FeedDef("https://example.com/rss", "Example", ("gsomia",)), FeedDef("http://example.org/atom"),
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("url: https://example.com/rss\n", "expected a list of feeds"),
        ("- name: No address\n", "feed 1: 'url' must be an http\\(s\\) address"),
        ("- url: ftp://example.com/rss\n", "feed 1: 'url' must be an http\\(s\\) address"),
        ("- url: https://example.com/rss\n  issue: gsomia\n", "feed 1: unknown key 'issue'"),
        ("- url: https://example.com/rss\n  issues: [weather]\n", "feed 1: 'issues': unknown issue 'weather'"),
        ("- url: https://example.com/rss\n  issues: {a: 1}\n", "feed 1: 'issues' must be a list"),
        ("- url: https://example.com/rss\n- url: HTTPS://EXAMPLE.COM/rss/\n", "feed 2: 'url' .* is feed 1 already"),
        ("- url: [unclosed\n", "not valid YAML"),
    ],
    ids=["not a list", "no url", "ftp", "unknown key", "unknown issue", "issues not a list", "twice", "bad YAML"],
)
def test_a_bad_feeds_file_is_refused_naming_the_feed_and_key(tmp_path, text, error):
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=error):
        load_feeds(path, KNOWLEDGE.issues)


def test_a_damaged_state_file_is_an_error_not_a_fresh_start(tmp_path):
    (tmp_path / STATE_NAME).write_text("{not json")
    with pytest.raises(ConfigError, match="delete it to start afresh"):
        load_state(tmp_path / STATE_NAME)


# --- The command ------------------------------------------------------------------


def command(feeds: Path, inputs: Path, *args: str) -> int:
    return main(["follow", "--feeds", str(feeds), "--input", str(inputs), "--no-build",
                 "--knowledge", str(ROOT / "knowledge"), *args])


def test_the_command_prints_what_it_added_and_skipped(site, inputs, tmp_path, capsys):
    url = feed(site, "/rss", [ON_TOPIC, OFF_TOPIC])
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"- url: {url}\n  name: Test news\n  issues: [gsomia]\n")
    assert command(feeds, inputs) == 0
    err = capsys.readouterr().err
    assert f"feed Test news ({url}): 2 entries, 0 seen before" in err
    assert f"added {inputs}/" in err and "news-milley.html" in err
    assert f"not added {site.url('/news/typhoon')}: off-topic (names none of: gsomia)" in err
    assert command(feeds, inputs) == 0
    assert "2 entries, 2 seen before" in capsys.readouterr().err


def test_the_command_exits_1_when_no_feed_can_be_read(site, inputs, tmp_path, capsys):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"- url: {site.url('/missing.xml')}\n")
    assert command(feeds, inputs) == 1
    assert "not read: HTTP 404 Not Found" in capsys.readouterr().err


def test_the_command_with_the_shipped_feeds_file_does_nothing(inputs, capsys):
    assert command(ROOT / "feeds.yaml", inputs) == 0
    assert list(inputs.iterdir()) == []
    assert "no feeds listed" in capsys.readouterr().err


def test_the_command_with_a_missing_feeds_file_is_an_error(inputs, tmp_path, capsys):
    assert command(tmp_path / "feds.yaml", inputs) == 2
    assert "feds.yaml: no such feeds file" in capsys.readouterr().err


# --- The scheduled workflow --------------------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "follow.yml"
PAGES_WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def workflow(path: Path = WORKFLOW) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(path: Path = WORKFLOW) -> list[dict]:
    return [step for job in workflow(path)["jobs"].values() for step in job["steps"]]


def test_the_workflow_runs_on_a_schedule_and_on_demand():
    triggers = workflow()[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert triggers["schedule"][0]["cron"].count(" ") == 4


def test_the_workflow_pins_the_actions_pages_yml_pins():
    pinned = {step["uses"] for step in steps(PAGES_WORKFLOW) if "uses" in step}
    for step in steps():
        if "uses" in step:
            assert step["uses"] in pinned, step["uses"]


def test_the_workflow_follows_commits_the_captures_and_state_and_builds_as_the_readme_says():
    runs = "\n".join(step["run"] for step in steps() if "run" in step)
    assert "briefing follow --no-build" in runs
    assert "git add seeds/" in runs and "git commit" in runs and "git push" in runs
    assert "github-actions[bot]" in runs
    assert "make site" in runs
    assert not any(line.strip().endswith(STATE_NAME) for line in (ROOT / ".gitignore").read_text().splitlines())
