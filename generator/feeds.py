"""The briefings as an RSS 2.0 feed and a JSON Feed 1.1, dated by publication, not build.

A reader's feed reader learns when new articles arrive: items carry the
article's published date, and the feed's own date is the newest of those,
so the same inputs give the same feed bytes.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

from .markup import safe_url
from .models import Briefing, Corpus, Page

MAX_ITEMS = 50
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc822(iso: str) -> str:
    """'2019-11-19' -> 'Tue, 19 Nov 2019 00:00:00 +0000' (no locale involved)."""
    day = date.fromisoformat(iso)
    return f"{DAYS[day.weekday()]}, {day.day:02d} {MONTHS[day.month - 1]} {day.year} 00:00:00 +0000"


def _page_url(site_url: str, briefing: Briefing) -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}briefings/{briefing.id}.html"


def _items(corpus: Corpus) -> list[Briefing]:
    return list(corpus.briefings[:MAX_ITEMS])


def rss(corpus: Corpus, *, title: str, description: str, site_url: str = "") -> Page:
    """feed.xml: RSS 2.0, newest briefings first."""
    root = ET.Element("rss", version="2.0")
    channel = ET.SubElement(root, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = site_url or "./"
    ET.SubElement(channel, "description").text = description
    dated = [b.article.published for b in corpus.briefings if b.article.published]
    if dated:
        ET.SubElement(channel, "lastBuildDate").text = rfc822(max(dated))
    for briefing in _items(corpus):
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = briefing.article.title
        ET.SubElement(item, "link").text = _page_url(site_url, briefing)
        ET.SubElement(item, "guid", isPermaLink="false").text = f"briefing:{briefing.id}:{briefing.article.source.sha256[:16]}"
        if briefing.summary:
            ET.SubElement(item, "description").text = briefing.summary
        if briefing.article.published:
            ET.SubElement(item, "pubDate").text = rfc822(briefing.article.published)
        original = safe_url(briefing.article.source.url)
        if briefing.article.outlet and original:
            ET.SubElement(item, "source", url=str(original)).text = briefing.article.outlet
        for issue in briefing.issues:
            ET.SubElement(item, "category").text = issue
    ET.indent(root, space=" ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    return Page("feed.xml", text)


def json_feed(corpus: Corpus, *, title: str, description: str, site_url: str = "") -> Page:
    """feed.json: JSON Feed 1.1, newest briefings first."""
    items = []
    for briefing in _items(corpus):
        item = {
            "id": f"briefing:{briefing.id}:{briefing.article.source.sha256[:16]}",
            "url": _page_url(site_url, briefing),
            "title": briefing.article.title,
            "content_text": briefing.summary or briefing.article.paragraphs[0],
            "tags": list(briefing.issues),
        }
        if briefing.article.published:
            item["date_published"] = f"{briefing.article.published}T00:00:00Z"
        if briefing.article.outlet:
            item["authors"] = [{"name": briefing.article.outlet}]
        if safe_url(briefing.article.source.url):
            item["external_url"] = str(safe_url(briefing.article.source.url))
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "description": description,
        "items": items,
    }
    if site_url:
        feed["home_page_url"] = site_url
        feed["feed_url"] = site_url.rstrip("/") + "/feed.json"
    return Page("feed.json", json.dumps(feed, ensure_ascii=False, indent=1) + "\n")
