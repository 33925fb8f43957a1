"""Article text is data: HTML, Markdown, MkDocs and Jinja syntax in it show as typed."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.markup import escape_markdown
from generator.render import linked_paragraph

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = ["attr_list", "tables", "toc"]

HOSTILE_LINES = [
    "<script>alert('title')</script> Seoul <b>ends</b> pact",
    '<img src=x onerror="alert(1)"> Esper met Kono in Bangkok on Monday, officials said.',
    "# Heading? No: South Korea announced it would end the pact, the ministry said.",
    "| table | row | The pact is set to expire on Saturday, Seoul said. |",
    '!!! note "Admonition" The agreement was signed in November 2016.',
    "Footnote[^1] and [a link](javascript:alert(1)) and ![img](http://evil.example/x.png) in the text.",
    "Jinja {{ 7*191 }} and {% if true %}x{% endif %} and {{ config.__class__ }} stay text.",
    "---",
    '"<script>document.title=\'pwned\'</script>," Esper said.',
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    inputs = out / "in"
    inputs.mkdir()
    title = "<script>alert(1)</script> ../../../../tmp/x {{ 7*191 }}"
    (inputs / "hostile.txt").write_text(title + "\n\n" + "\n\n".join(HOSTILE_LINES) + "\n", encoding="utf-8")
    (inputs / "hostile.yaml").write_text("url: https://example.com/a?b=<c>&d=(e)\n", encoding="utf-8")
    code = main([
        "build", "--input", str(inputs), "--knowledge", str(ROOT / "knowledge"),
        "--templates", str(ROOT / "templates"), "--config", str(ROOT / "mkdocs.yml"),
        "--docs", str(out / "docs"), "--site", str(out / "site"),
    ])
    assert code == 0
    return out


def page_html(site: Path) -> str:
    (page,) = [p for p in (site / "briefings").glob("*.html") if p.name != "index.html"]
    return page.read_text(encoding="utf-8")


def article_html(site: Path) -> str:
    text = page_html(site)
    return text[text.index('<article'):text.index("</article>")]


def test_no_element_from_article_text(hostile_site):
    body = article_html(hostile_site / "site")
    assert "<script" not in body
    assert not re.search(r"<img[^>]*onerror", body)
    assert "<b>" not in body
    assert 'href="javascript:' not in body


def test_hostile_text_shows_as_typed(hostile_site):
    body = html.unescape(re.sub(r"<[^>]+>", "", article_html(hostile_site / "site")))
    for line in HOSTILE_LINES:
        assert " ".join(line.split()) in " ".join(body.split()), line


def test_jinja_syntax_is_never_evaluated(hostile_site):
    docs = "".join(p.read_text(encoding="utf-8") for p in (hostile_site / "docs").rglob("*.md"))
    assert "1337" not in docs and "1337" not in page_html(hostile_site / "site")
    assert "{{ 7\\*191 }}" in docs or "\\{\\{ 7\\*191 \\}\\}" in docs


def test_nothing_is_written_outside_the_output_folders(hostile_site):
    assert not Path("/tmp/x.md").exists()
    written = {p.relative_to(hostile_site).parts[0] for p in hostile_site.rglob("*") if p.is_file()}
    assert written == {"in", "docs", "site"}


def test_feeds_and_search_index_hold_text_not_markup(hostile_site):
    feed = (hostile_site / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<script" not in feed
    index = json.loads((hostile_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        assert "<script" not in doc["text"] and "<img" not in doc["text"]


def test_extract_json_keeps_the_text_verbatim(capsys, tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("A title\n\n" + HOSTILE_LINES[6] + "\n", encoding="utf-8")
    assert main(["extract", str(path), "--json", "--knowledge", str(ROOT / "knowledge")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert HOSTILE_LINES[6] in record["paragraphs"]


def rendered(markdown_text: str) -> str:
    return markdown.markdown(markdown_text, extensions=EXTENSIONS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_any_text_renders_as_one_plain_paragraph(text):
    if not re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", text).strip():
        return
    out = rendered(escape_markdown(text))
    assert out.startswith("<p>") and out.endswith("</p>")
    assert out.count("<") == 2
    visible = " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", text).split())
    assert html.unescape(out[3:-4]) == visible


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=120), st.text(alphabet="abcdefgh -", min_size=1, max_size=12))
@example("0!a", "a")
def test_linked_paragraphs_only_link_what_was_asked(text, words):
    if not text.split():
        return
    out = rendered(linked_paragraph(text + " " + words, [(words, "../actors/x.md")]))
    tags = re.findall(r"<(/?\w+)", out)
    assert set(tags) <= {"p", "/p", "a", "/a"}
    assert tags.count("a") <= 1


@pytest.mark.parametrize("before", ["No!", "No\\!", "!"])
def test_a_link_right_after_an_exclamation_mark_stays_a_link(before):
    out = rendered(linked_paragraph(f"{before}Abe replied.", [("Abe", "../actors/abe.md")]))
    assert "<img" not in out
    assert f'{before}<a href="../actors/abe.md">Abe</a> replied.' in out.replace("&#33;", "!")
