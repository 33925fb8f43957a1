"""`briefing add URL`: the page fetched into the input folder with its address and fetch date, once.

Pages come from a local server (tests/webserver.py) and carry the text of real
articles from the corpus, with their metadata in meta tags or JSON-LD.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.clean import clean
from generator.cli import main
from generator.errors import InputError
from generator.follow import WebOptions, add_urls
from generator.ingest import read_article
from generator.models import SourceMeta
from generator.webpage import capture_name, normalise_url, page_meta, url_hash
from tests.conftest import CORPUS, FIXTURES
from tests.webserver import article_page, no_proxy, web  # noqa: F401 - fixtures

TODAY = date(2024, 3, 1)
OPTIONS = WebOptions(today=TODAY, timeout=2)


def paragraphs(name: str) -> list[str]:
    """The cleaned body of a corpus article, as a news page would show it."""
    return list(clean(read_article(next(CORPUS.glob(f"{name}*.txt")))).paragraphs)


MILLEY = paragraphs("017_")
PACT = paragraphs("005_")
SEED_TEXT = list(clean(read_article(FIXTURES / "seeds" / "000_3098d3c7a12f7f37.txt")).paragraphs)

META_TAGS = """
<meta property="og:title" content="Milley hopes for resolution of GSOMIA row | The Korea Herald">
<meta property="og:site_name" content="The Korea Herald">
<meta property="article:published_time" content="2019-11-12T21:05:00+09:00">
"""
JSON_LD = """
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Business Insider"},
  {"@type": ["NewsArticle"], "headline": "South Korea is ending a military pact with Japan",
   "datePublished": "2019-08-22T15:09:00-04:00",
   "publisher": {"@type": "Organization", "name": "Business Insider"}}]}
</script>
"""


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def add(urls, folder, meta=SourceMeta()):
    return add_urls(urls, folder, meta, cache_dir=None, options=OPTIONS)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- What is kept -----------------------------------------------------------


def test_the_raw_page_is_kept_with_its_address_and_fetch_date(web, inputs):
    body = article_page(MILLEY, META_TAGS)
    url = web.route("/news/2019/11/milley-hopes", body=body)
    [outcome] = add([url], inputs)
    name = capture_name(url)
    assert outcome.added == inputs / f"{name}.html"
    assert (inputs / f"{name}.html").read_bytes() == body
    assert yaml.safe_load((inputs / f"{name}.yaml").read_text()) == {"url": url, "fetched": TODAY}


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (META_TAGS, SourceMeta(published="2019-11-12", outlet="The Korea Herald",
                               title="Milley hopes for resolution of GSOMIA row")),
        (JSON_LD, SourceMeta(published="2019-08-22", outlet="Business Insider",
                             title="South Korea is ending a military pact with Japan")),
    ],
    ids=["meta tags", "JSON-LD"],
)
def test_title_date_and_outlet_come_from_the_page(web, inputs, head, expected):
    url = web.route("/article", body=article_page(MILLEY, head))
    [outcome] = add([url], inputs)
    article = clean(read_article(outcome.added))
    assert (article.title, article.published, article.outlet) == (expected.title, expected.published, expected.outlet)
    assert article.source.url == url
    assert article.paragraphs[0] == MILLEY[0]


def test_the_options_beat_the_page(web, inputs):
    url = web.route("/article", body=article_page(MILLEY, META_TAGS))
    [outcome] = add([url], inputs, SourceMeta(published="2019-11-13", outlet="Yonhap"))
    article = clean(read_article(outcome.added))
    assert (article.published, article.outlet) == ("2019-11-13", "Yonhap")
    assert yaml.safe_load(outcome.added.with_suffix(".yaml").read_text())["fetched"] == TODAY


def test_the_sidecar_holds_the_final_url_after_redirects(web, inputs):
    final = web.route("/story/final", body=article_page(MILLEY, META_TAGS))
    web.redirect("/short", "/story/moved", status=301)
    web.redirect("/story/moved", "/story/final", status=302)
    [outcome] = add([web.url("/short")], inputs)
    assert outcome.added.name == f"{capture_name(final)}.html"
    assert yaml.safe_load(outcome.added.with_suffix(".yaml").read_text())["url"] == final


# --- Refused: the same address, the same text, pages that cannot be used --------


@pytest.mark.parametrize(
    "variant",
    ["/news/pact/", "/news/pact?utm_source=twitter&utm_medium=social", "/news/pact#comments"],
    ids=["trailing slash", "utm parameters", "fragment"],
)
def test_the_same_address_is_not_added_twice(web, inputs, variant):
    web.route("/news/pact", body=article_page(PACT))
    add([web.url("/news/pact")], inputs)
    before, requests = files(inputs), len(web.requests)
    [outcome] = add([web.url(variant)], inputs)
    assert outcome.added is None and "same address" in outcome.reason
    assert files(inputs) == before
    assert len(web.requests) == requests  # known without fetching


def test_an_address_that_redirects_to_one_already_there_is_refused(web, inputs):
    web.route("/news/pact", body=article_page(PACT))
    add([web.url("/news/pact")], inputs)
    web.redirect("/p/123", "/news/pact")
    [outcome] = add([web.url("/p/123")], inputs)
    assert outcome.added is None and "same address" in outcome.reason


@pytest.mark.parametrize(
    ("boilerplate", "first_url"),
    [("", "/news/pact"), ("<p>Subscribe to our newsletter for the latest news.</p>", "/mirror/pact")],
    ids=["identical page", "other chrome"],
)
def test_the_same_text_under_another_address_is_not_added_twice(web, inputs, boilerplate, first_url):
    web.route(first_url, body=article_page(PACT, META_TAGS))
    web.route("/syndicated/pact", body=article_page(PACT).replace(b"</article>", boilerplate.encode() + b"</article>"))
    [first, second] = add([web.url(first_url), web.url("/syndicated/pact")], inputs)
    assert first.added is not None
    assert second.added is None
    assert second.reason.startswith(f"same text as {first.added} (")


def test_a_page_whose_text_duplicates_a_seed_is_refused(web, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "seeds", folder)
    url = web.route("/copy", body=article_page(SEED_TEXT))
    before = files(folder)
    [outcome] = add([url], folder)
    assert outcome.added is None
    assert outcome.reason.startswith(f"same text as {folder / '000_3098d3c7a12f7f37.txt'}")
    assert files(folder) == before


@pytest.mark.parametrize(
    ("answer", "reason", "retry"),
    [
        ({"status": 404}, "HTTP 404 Not Found", False),
        ({"status": 503}, "HTTP 503 Service Unavailable", True),
        ({"body": b"%PDF-1.4", "content_type": "application/pdf"}, "not an HTML page (Content-Type: application/pdf)", False),
        ({"body": b"<html><body><nav><a href='/'>Home</a></nav></body></html>"}, "no article", False),
    ],
    ids=["404", "503", "not HTML", "no article text"],
)
def test_a_page_that_cannot_be_used_is_refused_with_the_reason(web, inputs, answer, reason, retry):
    url = web.route("/page", **answer)
    [outcome] = add([url], inputs)
    assert (outcome.added, outcome.retry) == (None, retry)
    assert outcome.reason.startswith(reason), outcome.reason
    assert files(inputs) == {}


def test_one_refused_address_does_not_stop_the_others(web, inputs):
    good = web.route("/good", body=article_page(MILLEY))
    outcomes = add([web.url("/missing"), good], inputs)
    assert [o.added is not None for o in outcomes] == [False, True]


def test_one_url_option_for_several_addresses_is_refused_before_any_fetch(web, inputs):
    with pytest.raises(InputError, match="--url: one URL names one article"):
        add([web.url("/a"), web.url("/b")], inputs, SourceMeta(url="https://example.com/a"))
    assert web.requests == []


# --- The command ----------------------------------------------------------------


def run(*args: str) -> int:
    return main(["add", *args, "--no-build", "--knowledge", str(Path(__file__).parent.parent / "knowledge")])


def test_the_command_adds_a_url_and_exits_0(web, inputs, capsys):
    url = web.route("/news/milley", body=article_page(MILLEY, META_TAGS))
    assert run(url, "--input", str(inputs)) == 0
    assert f"added {inputs / capture_name(url)}.html (from {url})" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("paths", "status"),
    [(["/missing"], 1), (["/missing", "/news/milley"], 0), (["/news/milley", "/news/milley/"], 0)],
    ids=["all refused", "one of two refused", "the same page twice"],
)
def test_the_command_exits_1_only_when_nothing_was_added(web, inputs, capsys, paths, status):
    web.route("/news/milley", body=article_page(MILLEY))
    assert run(*(web.url(p) for p in paths), "--input", str(inputs)) == status
    assert "not added" in capsys.readouterr().err


def test_the_command_rebuilds_with_the_new_page(web, inputs, tmp_path):
    root = Path(__file__).resolve().parent.parent
    url = web.route("/news/milley", body=article_page(MILLEY, META_TAGS))
    status = main(["add", url, "--input", str(inputs), "--docs", str(tmp_path / "docs"), "--no-site",
                   "--knowledge", str(root / "knowledge"), "--templates", str(root / "templates"),
                   "--config", str(root / "mkdocs.yml")])
    assert status == 0
    page = (tmp_path / "docs" / "briefings" / f"{capture_name(url)}.md").read_text(encoding="utf-8")
    assert "Milley hopes for resolution of GSOMIA row" in page and "The Korea Herald" in page


def test_files_and_urls_can_be_given_together(web, inputs, tmp_path):
    url = web.route("/news/pact", body=article_page(PACT))
    download = shutil.copy(next(CORPUS.glob("017_*.txt")), tmp_path / "milley.txt")
    assert run(str(download), url, "--input", str(inputs)) == 0
    assert sorted(p.name for p in inputs.iterdir()) == sorted(
        ["milley.txt", f"{capture_name(url)}.html", f"{capture_name(url)}.yaml"]
    )


# --- The sidecar key `fetched` ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error"),
    [("2024-03-01", None), ("2024-02-30", "sidecar a.yaml: 'fetched': not a date"), ("[1]", "'fetched': not a date")],
)
def test_fetched_is_a_checked_sidecar_key(tmp_path, value, error):
    (tmp_path / "a.html").write_bytes(article_page(MILLEY))
    (tmp_path / "a.yaml").write_text(f"url: https://example.com/a\nfetched: {value}\n")
    if error is None:
        assert read_article(tmp_path / "a.html").meta.url == "https://example.com/a"
    else:
        with pytest.raises(InputError, match=error):
            read_article(tmp_path / "a.html")


def test_an_unknown_sidecar_key_names_fetched_among_the_allowed(tmp_path):
    (tmp_path / "a.html").write_bytes(article_page(MILLEY))
    (tmp_path / "a.yaml").write_text("fetch: 2024-03-01\n")
    with pytest.raises(InputError, match=r"allowed: byline, fetched, outlet, published, title, url"):
        read_article(tmp_path / "a.html")


# --- What a page states about itself (webpage.page_meta) ------------------------

PAGE_META_CASES = {
    "og tags": (META_TAGS, SourceMeta(published="2019-11-12", outlet="The Korea Herald",
                                      title="Milley hopes for resolution of GSOMIA row")),
    "JSON-LD graph": (JSON_LD, SourceMeta(published="2019-08-22", outlet="Business Insider",
                                          title="South Korea is ending a military pact with Japan")),
    "JSON-LD list with a type list": (
        '<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": ["ReportageNewsArticle", "Article"],'
        ' "headline": "Seoul to end pact", "datePublished": "2019-08-22", "url": "https://example.com/a",'
        ' "publisher": [{"name": "Yonhap"}]}]</script>',
        SourceMeta(url="https://example.com/a", published="2019-08-22", outlet="Yonhap", title="Seoul to end pact")),
    "JSON-LD beats meta for the date": (
        META_TAGS + JSON_LD,
        SourceMeta(published="2019-08-22", outlet="The Korea Herald", title="Milley hopes for resolution of GSOMIA row")),
    "broken JSON-LD is ignored": (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta name="pubdate" content="2019-08-23">', SourceMeta(published="2019-08-23")),
    "time marked as published beats another time": (
        '<time datetime="2024-01-01">Today</time><time itemprop="datePublished" datetime="2019-11-18T08:54">x</time>',
        SourceMeta(published="2019-11-18")),
    "any time datetime": ('<time datetime="2019-11-18">Nov. 18</time>', SourceMeta(published="2019-11-18")),
    "bad date skipped": (
        '<meta property="article:published_time" content="2019-02-30"><meta name="date" content="2019-03-01">',
        SourceMeta(published="2019-03-01")),
    "site name before the title": (
        '<meta property="og:site_name" content="Kyodo"><meta property="og:title" content="Kyodo - Pact ends">',
        SourceMeta(outlet="Kyodo", title="Pact ends")),
    "a known outlet as it names itself": (
        '<meta property="og:site_name" content="NHK WORLD">', SourceMeta(outlet="NHK World-Japan")),
    "an agency as readers name it": (
        '<meta property="og:site_name" content="AP NEWS">', SourceMeta(outlet="Associated Press")),
    "an agency's full name as readers shorten it": (
        '<meta property="og:site_name" content="Yonhap News Agency">', SourceMeta(outlet="Yonhap")),
    "the site's longer name after the title, a wire's tag before it": (
        '<meta property="og:site_name" content="NHK WORLD">'
        '<meta property="og:title" content="(LEAD) Ministers meet in Nagoya | NHK WORLD-JAPAN News">',
        SourceMeta(outlet="NHK World-Japan", title="Ministers meet in Nagoya")),
    "an unknown site name as it is": (
        '<meta property="og:site_name" content="Asia News Daily">', SourceMeta(outlet="Asia News Daily")),
    "canonical link, not ftp": (
        '<meta property="og:url" content="ftp://example.com/a"><link rel="canonical" href="https://example.com/b">',
        SourceMeta(url="https://example.com/b")),
    "JSON-LD authors who are people": (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": '
        '"Choe Sang-Hun"}, {"@type": "Organization", "name": "The New York Times"}, {"name": "Motoko  Rich"}]}</script>'
        '<meta name="author" content="Someone Else">',
        SourceMeta(byline="Choe Sang-Hun and Motoko Rich")),
    "author tag": ('<meta name="author" content="By Park Han-na">', SourceMeta(byline="Park Han-na")),
    # ... and the wire named so is the outlet: Yonhap copy on The Korea Herald's page is Yonhap's.
    "author tags naming the site or an agency are no byline": (
        '<meta property="og:site_name" content="The Korea Herald"><meta name="author" content="Korea Herald">'
        '<meta property="article:author" content="Yonhap"><meta name="dc.creator" content="https://example.com/kim">',
        SourceMeta(outlet="Yonhap")),
    "nothing": ("", SourceMeta()),
}


@pytest.mark.parametrize("case", list(PAGE_META_CASES))
def test_page_meta(case):
    head, expected = PAGE_META_CASES[case]
    assert page_meta(article_page(["Text."], head).decode()) == expected


def test_the_page_beats_trafilatura_and_the_sidecar_beats_the_page(tmp_path):
    (tmp_path / "a.html").write_bytes(article_page(MILLEY, META_TAGS, heading="Another headline in the body"))
    assert read_article(tmp_path / "a.html").meta.title == "Milley hopes for resolution of GSOMIA row"
    (tmp_path / "a.yaml").write_text("title: The editor's title\npublished: 2019-11-13\n")
    article = read_article(tmp_path / "a.html")
    assert (article.meta.title, article.meta.published, article.site) == (
        "The editor's title", "2019-11-13", "The Korea Herald")


# --- Addresses and names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("HTTPS://WWW.Example.COM/News/A", "https://www.example.com/News/A"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a/#top", "https://example.com/a"),
        ("https://example.com/", "https://example.com"),
        ("https://example.com/a?utm_source=x&b=2&a=1&UTM_Campaign=y", "https://example.com/a?a=1&b=2"),
        ("https://example.com/view.php?id=7", "https://example.com/view.php?id=7"),
    ],
)
def test_normalise_url(url, normal):
    assert normalise_url(url) == normal


def test_capture_names_are_readable_stable_and_unique():
    url = "https://www.koreaherald.com/view.php?ud=20191112000123"
    assert capture_name(url) == "koreaherald-com-view-php-ud-20191112000123"
    assert capture_name(url + "&utm_source=rss#top") == capture_name(url)
    long_a = "https://example.com/" + "a-very-long-headline-" * 8 + "one"
    long_b = "https://example.com/" + "a-very-long-headline-" * 8 + "two"
    assert len(capture_name(long_a)) <= 80
    assert capture_name(long_a) != capture_name(long_b)


def test_a_name_taken_by_another_page_gets_a_hash(web, inputs):
    url = web.route("/news/pact", body=article_page(PACT))
    (inputs / f"{capture_name(url)}.txt").write_text("Another article under that name.\n\nWith text.\n")
    [outcome] = add([url], inputs)
    assert outcome.added.stem == f"{capture_name(url)}-{url_hash(url)}"
