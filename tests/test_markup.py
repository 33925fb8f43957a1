"""Article text printed into Markdown must render as exactly that text."""

from __future__ import annotations

import markdown
import pytest

from generator.markup import Markdown, escape_markdown, safe_url

EXTENSIONS = ["attr_list", "tables", "toc"]

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "# not a heading",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "!!! note \"not an admonition\"",
    "| a | b |",
    "---",
    "[link](javascript:alert(1))",
    "![image](http://example.com/x.png)",
    "footnote[^1]",
    "*emphasis* and __strong__ and `code`",
    "{: #injected .class }",
    "{{ 7*191 }} {% if x %}",
    "a & b &amp; c",
    "back\\slash",
    "    indented code",
]


def rendered_text(markdown_text: str) -> str:
    html = markdown.markdown(markdown_text, extensions=EXTENSIONS)
    return html


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_a_plain_paragraph(text):
    html = rendered_text(escape_markdown(text))
    assert html.startswith("<p>") and html.endswith("</p>")
    assert html.count("<") == 2, html  # only the paragraph's own tags


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_reads_back_as_typed(text):
    import html as html_lib

    inner = rendered_text(escape_markdown(text))[3:-4]
    assert html_lib.unescape(inner) == " ".join(text.split())


def test_values_are_folded_onto_one_line():
    assert "\n" not in escape_markdown("one\n\n# two")


def test_markdown_marked_values_pass_through():
    assert escape_markdown(Markdown("[a](b.md)")) == "[a](b.md)"


def test_none_prints_nothing():
    assert escape_markdown(None) == ""


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x/y", "//evil", "", None, 3])
def test_unsafe_urls_are_refused(url):
    assert safe_url(url) is None


def test_http_urls_are_kept_with_breaking_characters_encoded():
    assert safe_url("https://example.com/a (b)") == "https://example.com/a%20%28b%29"
