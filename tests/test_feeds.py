"""RSS and JSON Feed: dated by the articles, valid, text as text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from generator.feeds import json_feed, rfc822, rss
from generator.link import link
from generator.models import Briefing, CleanArticle, Source

HOSTILE = "<script>alert(1)</script> & \"quotes\" ]]>"


def briefing(bid, published, title="A title", url=None):
    article = CleanArticle(
        id=bid, source=Source(f"{bid}.txt", "a" * 64, url), title=title, outlet="Yonhap",
        published=published, dateline=None, byline=None, paragraphs=("Body.",),
    )
    return Briefing(article=article, summary="Summary.", issues=("gsomia",))


def corpus():
    return link([
        briefing("old", "2019-08-09"),
        briefing("new", "2019-11-19", title=HOSTILE, url="javascript:alert(1)"),
        briefing("undated", None, url="https://example.com/a"),
    ])


def test_rfc822_needs_no_locale():
    assert rfc822("2019-11-19") == "Tue, 19 Nov 2019 00:00:00 +0000"


def test_rss_items_are_dated_by_publication_newest_first():
    root = ET.fromstring(rss(corpus(), title="T", description="D", site_url="https://x.org/b/").content)
    channel = root.find("channel")
    assert channel.findtext("lastBuildDate") == "Tue, 19 Nov 2019 00:00:00 +0000"
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [
        "https://x.org/b/briefings/new.html", "https://x.org/b/briefings/old.html", "https://x.org/b/briefings/undated.html",
    ]
    assert items[0].findtext("pubDate") == "Tue, 19 Nov 2019 00:00:00 +0000"
    assert items[2].find("pubDate") is None


def test_rss_keeps_hostile_titles_as_text_and_drops_unsafe_urls():
    page = rss(corpus(), title="T", description="D")
    root = ET.fromstring(page.content)
    assert root.find("channel/item/title").text == HOSTILE
    assert "javascript:" not in page.content
    assert "<script>" not in page.content


def test_json_feed_is_valid_and_dated():
    feed = json.loads(json_feed(corpus(), title="T", description="D", site_url="https://x.org/").content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["items"][0]["date_published"] == "2019-11-19T00:00:00Z"
    assert feed["items"][0]["title"] == HOSTILE
    assert "external_url" not in feed["items"][0]
    assert feed["items"][2]["external_url"] == "https://example.com/a"


def test_feeds_do_not_change_with_the_build_time():
    assert rss(corpus(), title="T", description="D").content == rss(corpus(), title="T", description="D").content
