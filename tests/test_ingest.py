"""ingest: discover article files, decode their bytes, read their metadata.

Inputs are made in tmp_path from the real seed articles, re-encoded the ways
web captures arrive; every unusable input must give an InputError naming the
file and a short reason.
"""

from __future__ import annotations

import codecs
import hashlib
import random
import socket
from pathlib import Path

import pytest

from generator import ingest
from generator.errors import InputError
from generator.ingest import discover, read_article, strays
from generator.models import SourceMeta

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = Path(__file__).parent / "fixtures" / "seeds"
SEEDS = sorted(SEED_DIR.glob("*.txt"))
SEED_TEXT = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}
# The Kyodo seed has bullets, multi-byte in UTF-8, among its ASCII text.
KYODO = SEED_TEXT["003_f8d53fefbb7e7c2c"]

KOREAN = (
    "정부는 22일 일본과 체결한 한일 군사정보보호협정(GSOMIA)을 연장하지 않고 종료하기로 결정했다고 밝혔다. "
    "김유근 청와대 국가안보실 1차장은 브리핑에서 일본 정부가 명확한 근거를 제시하지 않은 채 "
    "한국을 수출 우대국 명단에서 제외해 양국 간 안보 협력 환경에 중대한 변화를 초래했다고 설명했다. "
    "그는 이런 상황에서 민감한 군사정보 교류를 목적으로 체결한 협정을 지속시키는 것이 "
    "국익에 부합하지 않는다고 판단했다고 말했다. "
    "미국 국무부는 이번 결정에 강한 우려와 실망을 표명하며 한일 양국이 대화를 이어가기를 촉구했다.\n"
)
JAPANESE = (
    "政府は２日の閣議で、輸出手続きを簡略化できる優遇対象国「ホワイト国」から韓国を除外する政令改正を決定した。"
    "世耕弘成経済産業相は記者会見で、安全保障上の輸出管理を適切に実施するための運用の見直しであり、"
    "対抗措置ではないと強調した。"
    "これに対し韓国政府は強く反発し、日本を自国の優遇対象国から外す方針を示したほか、"
    "日韓の軍事情報包括保護協定（ＧＳＯＭＩＡ）の破棄も検討していると明らかにした。"
    "米国務省は両国に対話による解決を促している。\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rejection(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.path == str(path)
    return caught.value.reason


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# --- Encodings --------------------------------------------------------------

ENCODED = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom-crlf": lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    "utf-8-cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le-bom-crlf": lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
}
ENCODING_NAME = {
    "utf-8": "utf-8",
    "utf-8-bom-crlf": "utf-8",
    "utf-8-cr": "utf-8",
    "utf-16-le-bom": "utf-16",
    "utf-16-be-bom": "utf-16",
    "utf-16-le-bom-crlf": "utf-16",
    "utf-16-le-no-bom": "utf-16le",
}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
@pytest.mark.parametrize("form", sorted(ENCODED))
def test_seed_text_survives_encoding(tmp_path, seed, form):
    text = SEED_TEXT[seed.stem]
    article = read_article(write(tmp_path, seed.name, ENCODED[form](text)))
    assert article.text == text
    assert article.encoding == ENCODING_NAME[form]
    assert article.format == "txt"
    assert "\r" not in article.text and "\ufeff" not in article.text


@pytest.mark.parametrize(
    ("text", "codec", "names"),
    [
        (KOREAN, "euc_kr", {"euc-kr", "cp949"}),
        (KOREAN, "cp949", {"euc-kr", "cp949"}),
        (JAPANESE, "shift_jis", {"shift_jis", "cp932"}),
        (JAPANESE, "cp932", {"shift_jis", "cp932"}),
    ],
    ids=["korean-euc-kr", "korean-cp949", "japanese-shift-jis", "japanese-cp932"],
)
def test_legacy_cjk_encoding_decodes_without_mojibake(tmp_path, text, codec, names):
    article = read_article(write(tmp_path, "article.txt", text.replace("\n", "\r\n").encode(codec)))
    assert article.text == text
    assert article.encoding in names


def test_short_english_utf8_is_read_as_utf8(tmp_path):
    article = read_article(write(tmp_path, "short.txt", b"Seoul said no.\n"))
    assert article.encoding == "utf-8"
    assert article.text == "Seoul said no.\n"


def test_invalid_utf8_bytes_are_replaced_and_text_kept(tmp_path):
    good = KYODO.encode("utf-8")
    # A stray Latin-1 byte and a multi-byte character cut short, as broken captures have them.
    damaged = good[:300] + b"\xff" + good[300:900] + b"\xe2\x80" + good[900:]
    article = read_article(write(tmp_path, "damaged.txt", damaged))
    assert article.encoding == "utf-8"
    assert article.text.count("\ufffd") == 2
    assert article.text.replace("\ufffd", "") == KYODO
    assert "\u2022 Use our mobile and tablet apps" in article.text


def test_control_characters_are_removed(tmp_path):
    good = KYODO.encode("utf-8")
    data = good[:200] + b"\x00\x00" + good[200:400] + b"\x07\x0c\x1b" + good[400:] + b"\x00"
    article = read_article(write(tmp_path, "nul.txt", data))
    assert article.text == KYODO


def test_marks_that_print_nothing_are_removed(tmp_path):
    data = "Seoul said on Friday\u200b it would keep the pact; inter\u00adnational\u2060 talks\ufeff go on.\n"
    article = read_article(write(tmp_path, "zw.txt", data.encode("utf-8")))
    assert article.text == "Seoul said on Friday it would keep the pact; international talks go on.\n"


def test_utf8_once_read_as_windows_1252_is_read_again(tmp_path):
    shown = ("Cheong Wa Dae slams Japan for \u2018distorting\u2019 deal. \u201cWe regret it,\u201d said "
             "President\u00a0Moon \u2014 caf\u00e9.\n")
    # (the byte Windows-1252 leaves undefined in '\u201d' shows as its C1 control)
    mangled = "".join(chr(b) if b == 0x9D else bytes([b]).decode("cp1252") for b in shown.encode("utf-8"))
    article = read_article(write(tmp_path, "mangled.txt", mangled.encode("utf-8")))
    assert article.text == shown


@pytest.mark.parametrize("text", [
    # A word in capitals and its closing quote, and one sequence that tells a mangled text: too few.
    "They chanted \u201cSAY NO TO FAN\u00c7\u201d at the rally. Caf\u00c3\u00a9 owners agreed.\n",
    "Seoul\u00e2\u20ac\u2122s move and nothing else.\n",
])
def test_text_with_fewer_tells_of_mangling_is_left_as_it_is(tmp_path, text):
    article = read_article(write(tmp_path, "plain.txt", text.encode("utf-8")))
    assert article.text == text


def test_tags_around_a_scraped_text_s_lines_go_and_those_inside_them_stay(tmp_path):
    notice = "<\uc800\uc791\uad8c\uc790 \u24d2 \uc5f0\ud569\ub274\uc2a4>"  # a Korean paper's copyright notice
    data = ("<strong>Japan, S. Korea ministers agree to keep talking</strong>\n"
            "<p>Seoul's decision came under pressure.<br/>Tokyo agreed to talks.</p>\n"
            "<p><strong>Japan maintains the issue was settled in 1965.</strong></p>\n<div>\n"
            f'<p><a href="/x">Motegi</a> said &lt;p&gt; stays, as do <END>, <i>Taro</i> and {notice}.</p>\n'
            "<b>Moon</b> urged Abe to talk, said his spokeswoman <b>Ko Min-jung</b>\n")
    article = read_article(write(tmp_path, "tags.txt", data.encode("utf-8")))
    assert article.text.split("\n") == [
        "Japan, S. Korea ministers agree to keep talking", "Seoul's decision came under pressure.",
        "Tokyo agreed to talks.", "Japan maintains the issue was settled in 1965.", "",
        f'<a href="/x">Motegi</a> said <p> stays, as do <END>, <i>Taro</i> and {notice}.',
        "<b>Moon</b> urged Abe to talk, said his spokeswoman <b>Ko Min-jung</b>", "",
    ]


def test_a_forum_s_markup_goes_its_pictures_with_it_and_brackets_elsewhere_stay(tmp_path):
    data = ("[b][size=18]US walks out of defense cost talks as gap remains wide[/size][/b]\n"
            "[url=http://www.koreatimes.co.kr/x.html]The Korea Times[/url]\n[quote]Seoul said [b]no[/b].\n"
            "[img]http://img.koreatimes.co.kr/a1b2.jpg[/img]\n"
            '[i]James DeHart speaks in Seoul, Tuesday. Yonhap[/i]\nEsper said Korea is [color=#cc0000]"a wealthy '
            'country"[/color] [sic] and [1] more.[/quote]\n')
    article = read_article(write(tmp_path, "forum.txt", data.encode("utf-8")))
    assert article.text.split("\n") == [
        "US walks out of defense cost talks as gap remains wide", "The Korea Times", "Seoul said no.", "",
        "James DeHart speaks in Seoul, Tuesday. Yonhap", 'Esper said Korea is "a wealthy country" [sic] and [1] more.',
        "",
    ]


def test_square_brackets_with_no_closing_tag_are_no_markup(tmp_path):
    data = "[b] Seoul [i] said [url] nothing.\n"
    assert read_article(write(tmp_path, "plain.txt", data.encode("utf-8"))).text == data
    # ... nor an editor's, on a forum's page, where the tag is never closed.
    data = '[quote]An official said "[s]eoul must act" and [S]outh Korea agreed.[/quote]\n'
    assert read_article(write(tmp_path, "forum.txt", data.encode("utf-8"))).text == (
        'An official said "[s]eoul must act" and [S]outh Korea agreed.\n')


def test_character_references_escaped_twice_are_characters(tmp_path):
    data = "&amp;#8220;We welcome it,&amp;#8221; Seoul &amp;amp; Tokyo said; Moon&amp;#8217;s letter.\n"
    article = read_article(write(tmp_path, "twice.txt", data.encode("utf-8")))
    assert article.text == "\u201cWe welcome it,\u201d Seoul & Tokyo said; Moon\u2019s letter.\n"


def test_replacement_characters_saved_for_lost_marks_are_read_as_the_marks():
    data = "\ufffdWe have decided,\ufffd Kim said. Japan\ufffds move \ufffd a step \ufffd is \ufffdstrategic.\ufffd\n"
    assert ingest._decode(data.encode("utf-8"))[0] == (
        "\u201cWe have decided,\u201d Kim said. Japan\u2019s move \u2014 a step \u2014 is \u201cstrategic.\u201d\n")


def test_a_closing_quote_whose_last_byte_was_lost_is_read_too():
    assert ingest.repair_mojibake("â€œWe regret it,â€ he said. Caf\u00c3\u00a9 OL\u00c9\u201d") == (
        "\u201cWe regret it,\u201d he said. Caf\u00e9 OL\u00c9\u201d")


def test_a_replacement_character_in_a_name_s_apostrophe_lets_the_quotes_pair():
    data = "Adviser Robert O\ufffdBrien said Japan\ufffds move was \ufffdunfortunate.\ufffd\n"
    assert ingest._decode(data.encode("utf-8"))[0] == (
        "Adviser Robert O\u2019Brien said Japan\u2019s move was \u201cunfortunate.\u201d\n")


def test_replacement_characters_for_lost_letters_stay():
    data = ("Prime Minister Shinz\ufffd Abe and Jos\ufffd Manuel Barroso met in T\ufffdky\ufffd; the talks were "
            '"a good first step," Barroso said.\n')
    assert ingest._decode(data.encode("utf-8"))[0] == data


def test_a_windows_1252_mark_in_utf8_text_is_read_as_the_mark():
    utf8 = ("\u201cWe regret it,\u201d said Kang Kyung-wha (\uac15\uacbd\ud654) and Moon Jae-in (\ubb38\uc7ac\uc778) at "
            "the caf\u00e9 \u2014 \u201cstrategic\u201d.\n")
    data = utf8.encode("utf-8") + b"Seoul said \x93no\x94 to Tokyo\x92s plan \xff.\n"
    assert ingest._decode(data)[0] == utf8 + "Seoul said \u201cno\u201d to Tokyo\u2019s plan \ufffd.\n"


@pytest.mark.parametrize("name", ["refs.txt", "refs.md"])
def test_character_references_left_by_a_scraper_are_characters(tmp_path, name):
    data = "&#8220;We welcome it,&#8221; Seoul &amp; Tokyo said;&#x200b; AT&T &c. stay as written.\n"
    article = read_article(write(tmp_path, name, data.encode("utf-8")))
    assert article.text == "\u201cWe welcome it,\u201d Seoul & Tokyo said; AT&T &c. stay as written.\n"


def test_tags_escaped_as_references_and_a_pdf_s_ligatures_are_read_as_text(tmp_path):
    data = ("Seoul keeps the pact\nThe ofﬁcial said the conﬂict would end.\n"
            "&lt;p&gt;&lt;a href=&quot;https://example.com/x&quot;&gt;Read the full article&lt;/a&gt;&lt;/p&gt;\n")
    article = read_article(write(tmp_path, "escaped.txt", data.encode("utf-8")))
    assert article.text == "Seoul keeps the pact\nThe official said the conflict would end.\nRead the full article\n"


def test_tab_is_kept(tmp_path):
    article = read_article(write(tmp_path, "tab.txt", b"Seoul\tTokyo\n"))
    assert article.text == "Seoul\tTokyo\n"


# --- Unusable files -------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b" \r\n\t\n\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
    ids=["zero-bytes", "spaces", "blank-lines", "bom-only", "utf-16-whitespace"],
)
def test_empty_file_is_rejected(tmp_path, data):
    assert rejection(write(tmp_path, "empty.txt", data)) == "empty file"


BINARY = {
    "png-renamed": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(4000),
    "jpeg-renamed": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random.Random(4).randbytes(4000),
    "random-bytes": random.Random(5).randbytes(4000),
    "nul-heavy": b"GSOMIA" + b"\x00" * 2000 + b"pact",
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_data_is_rejected(tmp_path, name):
    assert rejection(write(tmp_path, f"{name}.txt", BINARY[name])).startswith("not text (binary data")


def test_directory_named_like_article_is_listed_and_rejected(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    assert discover(tmp_path) == [folder]
    assert rejection(folder) == "is a directory, not a file"


def test_dangling_symlink_is_listed_and_rejected(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert discover(tmp_path) == [link]
    reason = rejection(link)
    assert reason.startswith("dangling symlink")
    assert "missing.txt" in reason


def test_symlink_to_article_is_read(tmp_path):
    target = write(tmp_path, "target.dat", KYODO.encode("utf-8"))
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_article(link).text == KYODO


def test_too_large_file_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    data = KYODO.encode("utf-8")
    assert rejection(write(tmp_path, "big.txt", data)) == f"too large ({len(data)} bytes; limit 1000 bytes)"


def test_file_at_the_limit_is_read(tmp_path, monkeypatch):
    data = KYODO.encode("utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", len(data))
    assert read_article(write(tmp_path, "edge.txt", data)).text == KYODO


def test_size_limit_is_twenty_mebibytes():
    assert ingest.MAX_BYTES == 20 * 1024 * 1024


def test_sha256_is_of_the_raw_bytes(tmp_path):
    data = ENCODED["utf-16-le-bom-crlf"](KYODO)
    article = read_article(write(tmp_path, "a.txt", data))
    assert article.sha256 == hashlib.sha256(data).hexdigest()
    assert article.path == str(tmp_path / "a.txt")


# --- discover -------------------------------------------------------------------


def test_discover_lists_articles_sorted_and_skips_others(tmp_path):
    for name in ["b.txt", "a.HTML", "c.md", "d.htm", "A.TXT", ".hidden.txt", "b.yaml", "c.yml", "notes.pdf", "e"]:
        write(tmp_path, name, b"text")
    assert [p.name for p in discover(tmp_path)] == ["A.TXT", "a.HTML", "b.txt", "c.md", "d.htm"]


def test_strays_are_the_entries_no_build_reads_with_the_reason(tmp_path):
    for name in ["a.txt", "a.yaml", "B.TXT", "B.YAML", "c.md", "c.YAML", "gone.yml", "notes.pdf", ".hidden", ".x.yaml"]:
        write(tmp_path, name, b"text")
    (tmp_path / "2019").mkdir()
    assert [(p.name, reason) for p, reason in strays(tmp_path, discover(tmp_path))] == [
        ("c.YAML", "not the sidecar of c.md (name it c.yaml)"),
        ("gone.yml", "a sidecar without its article (no gone.txt, .md, .html or .htm)"),
        ("notes.pdf", "not an article file (expected .txt, .md, .html or .htm)"),
    ]


def test_a_folder_of_articles_and_their_sidecars_has_no_strays(tmp_path):
    for name in ["a.txt", "a.yml", "b.html", "b.yaml"]:
        write(tmp_path, name, b"text")
    (tmp_path / "drafts").mkdir()  # kept beside the articles, not read
    assert strays(tmp_path, discover(tmp_path)) == []


def test_discover_finds_the_seeds():
    assert [p.name for p in discover(ROOT / "seeds")] == [p.name for p in SEEDS]


# --- Markdown and HTML ----------------------------------------------------------

FRONT_MATTER = """---
title: "Moon and Esper agree on importance of Seoul-Tokyo intel-sharing pact"
url: https://asia.nikkei.com/Politics/International-relations/Moon-and-Esper-agree
published: 2019-08-09
outlet: Kyodo
tags: [gsomia, esper]
---
"""


def test_markdown_front_matter_gives_meta_and_rest_is_text(tmp_path):
    article = read_article(write(tmp_path, "a.md", (FRONT_MATTER + "\n" + KYODO).encode("utf-8")))
    assert article.format == "md"
    assert article.text == KYODO
    assert article.meta == SourceMeta(
        url="https://asia.nikkei.com/Politics/International-relations/Moon-and-Esper-agree",
        published="2019-08-09",
        outlet="Kyodo",
        title="Moon and Esper agree on importance of Seoul-Tokyo intel-sharing pact",
    )


def test_markdown_without_front_matter_is_all_text(tmp_path):
    article = read_article(write(tmp_path, "a.md", KYODO.encode("utf-8")))
    assert article.text == KYODO
    assert article.meta == SourceMeta()


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ("---\ntitle: x\n" + KYODO, "front matter: no closing '---' line"),
        ("---\npublished: 2019-02-30\n---\n" + KYODO, "front matter: 'published': not a date: 2019-02-30"),
        ("---\ntitle: [a, b]\n---\n" + KYODO, "front matter: 'title': not a string"),
        ("---\ntitle: 'x\n---\n" + KYODO, "front matter: invalid YAML"),
        ("---\ntitle: x\n---\n\n", "empty file (front matter only)"),
    ],
    ids=["unclosed", "bad-date", "list-title", "bad-yaml", "no-body"],
)
def test_bad_front_matter_is_rejected(tmp_path, document, reason):
    assert rejection(write(tmp_path, "a.md", document.encode("utf-8"))).startswith(reason)


def test_markdown_is_read_as_the_text_it_marks(tmp_path):
    document = (
        "---\ntitle: Why the U-turn matters\n---\n\n# Why the U-turn matters\n\n"
        "*Seoul's decision spares the US a crack in its alliances*\n\n"
        "The pact, known as [GSOMIA](https://www.scmp.com/topics/gsomia), covers **North Korea's** launches.\n\n"
        '> "The US pressure was decisive," said Bong Young-shik.\n\n'
        "![A photo](https://example.com/a.jpg)\n\nIts snake_case_name, 2*3*4 and \\*stars\\* stay as written.\n"
    )
    article = read_article(write(tmp_path, "a.md", document.encode("utf-8")))
    assert article.text.split("\n\n") == [
        "Why the U-turn matters",
        "Seoul's decision spares the US a crack in its alliances",
        "The pact, known as GSOMIA, covers North Korea's launches.",
        '"The US pressure was decisive," said Bong Young-shik.',
        "",
        "Its snake_case_name, 2*3*4 and *stars* stay as written.\n",
    ]


def test_a_text_file_a_reader_service_turned_into_markdown(tmp_path):
    document = (
        "Title: (LEAD) S. Korea suspends GSOMIA termination\n\n"
        "URL Source: https://en.yna.co.kr/view/AEN20191122011352315\n\n"
        "Published Time: 2019-11-22T18:35:00+09:00\n\nMarkdown Content:\n"
        "*   [NATIONAL](https://en.yna.co.kr/national/index)\n\n"
        "SEOUL, Nov. 22 (Yonhap) -- South Korea decided to suspend the expiration of the [pact](/view/a).\n"
    )
    article = read_article(write(tmp_path, "a.txt", document.encode("utf-8")))
    assert article.meta == SourceMeta(url="https://en.yna.co.kr/view/AEN20191122011352315", published="2019-11-22")
    assert article.text.split("\n\n") == [
        "(LEAD) S. Korea suspends GSOMIA termination",
        "*   NATIONAL",
        "SEOUL, Nov. 22 (Yonhap) -- South Korea decided to suspend the expiration of the pact.\n",
    ]


def test_a_reader_service_s_header_with_the_page_s_own_date(tmp_path):
    document = ("Title: Leaders meet in Chengdu\n\nURL Source: https://example.com/a\n\n"
                "Published Time: Tue, 24 Dec 2019 05:13:00 GMT\n\nMarkdown Content:\nMoon met Abe on Tuesday.\n")
    assert read_article(write(tmp_path, "a.txt", document.encode("utf-8"))).meta.published == "2019-12-24"


def test_a_text_file_of_a_feed_s_item(tmp_path):
    document = (
        "title: Moon and Abe Meet in Chengdu\nlink: https://thediplomat.com/2019/12/moon-and-abe/\n"
        "dc:creator: Hyun-jin Park\npubDate: Tue, 24 Dec 2019 12:47:22 +0000\ncategory: Diplomacy\n"
        "guid (isPermaLink=false): https://thediplomat.com/?p=276512\ncontent:encoded:\n\n"
        "Moon and Abe held their first formal talks in 15 months on Tuesday.\n"
    )
    article = read_article(write(tmp_path, "a.txt", document.encode("utf-8")))
    assert article.meta == SourceMeta(url="https://thediplomat.com/2019/12/moon-and-abe/", published="2019-12-24",
                                      byline="Hyun-jin Park")
    assert article.text.split() == "Moon and Abe Meet in Chengdu Moon and Abe held their first formal talks in 15 " \
        "months on Tuesday.".split()


@pytest.mark.parametrize(("document", "expected"), [
    # Links and headings in Markdown's marks, three at least: read as Markdown.
    ("# Seoul keeps pact\n\n[Home](https://a.example/) [World](https://a.example/w)\n\nSeoul kept the pact.\n",
     "Seoul keeps pact\n\nHome World\n\nSeoul kept the pact.\n"),
    # Front matter in a text file too; a rule of dashes opening a page is no front matter.
    ("---\ntitle: Seoul keeps pact\n---\nSeoul kept the [pact](https://a.example/p).\n",
     "Seoul kept the pact.\n"),
    ("---\nSeoul kept the pact.\n", "---\nSeoul kept the pact.\n"),
    # Fewer marks: plain text, as written.
    ("# Seoul keeps pact\n\nSeoul kept the [pact](https://a.example/p) [1] on Friday.\n",
     "# Seoul keeps pact\n\nSeoul kept the [pact](https://a.example/p) [1] on Friday.\n"),
    # ... with other tools' keys beside ours.
    ("---\ntitle: Seoul keeps pact\nsource: https://a.example/p\nclipped_with: a clipper\n---\nSeoul kept the pact.\n",
     "Seoul kept the pact.\n"),
    # A rule of dashes over lines that are no front matter's: the text as it is.
    ("---\nBy: Kim Tong-hyung\nPublished: Nov. 22, 2019\n---\nSeoul kept the pact.\n",
     "---\nBy: Kim Tong-hyung\nPublished: Nov. 22, 2019\n---\nSeoul kept the pact.\n"),
    ("---\nTOKYO: Japan's government said it welcomed the decision.\n---\nSeoul kept the pact.\n",
     "---\nTOKYO: Japan's government said it welcomed the decision.\n---\nSeoul kept the pact.\n"),
])
def test_a_text_file_in_markdown_is_read_as_markdown(tmp_path, document, expected):
    assert read_article(write(tmp_path, "a.txt", document.encode("utf-8"))).text == expected


BODY = [
    "SEOUL (Kyodo) -- Visiting U.S. Secretary of Defense Mark Esper and South Korean President Moon Jae In "
    "agreed Friday on the importance of a military intelligence-sharing pact between Japan and South Korea "
    "that is soon coming up for extension.",
    "An official at the presidential office told reporters that Esper and Moon \u201cagreed that the GSOMIA "
    "issue should be settled amicably,\u201d adding that there was no further detailed discussion on it.",
    "Seoul has recently suggested it may pull out of the pact in response to Tokyo\u2019s tightening of export "
    "controls on some materials crucial to the South Korean technology industry.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moon and Esper agree on importance of intel pact | Asia News Daily</title>
<meta property="og:title" content="Moon and Esper agree on importance of intel pact">
<meta property="og:site_name" content="Asia News Daily">
<meta property="og:url" content="https://news.example.com/politics/moon-esper-intel-pact">
<meta property="article:published_time" content="2019-08-09T17:20:00+09:00">
</head>
<body>
<header><a href="/">Asia News Daily</a></header>
<nav><ul>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe now</a></li>
</ul></nav>
<main><article>
<h1>Moon and Esper agree on importance of intel pact</h1>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<p>{BODY[2]}</p>
</article></main>
<footer><p>Copyright 2019 Asia News Daily. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


def test_html_page_gives_main_text_in_paragraphs(tmp_path, no_network):
    article = read_article(write(tmp_path, "page.html", PAGE.encode("utf-8")))
    assert article.format == "html"
    paragraphs = article.text.split("\n\n")
    for paragraph in BODY:
        assert paragraph in paragraphs
    assert paragraphs.index(BODY[0]) < paragraphs.index(BODY[1]) < paragraphs.index(BODY[2])
    for chrome in ["Subscribe now", "Business", "Copyright 2019", "Privacy policy", "Contact us"]:
        assert chrome not in article.text


def test_a_saved_page_s_headline_printed_again_after_the_story_is_no_body(tmp_path, no_network):
    from generator.clean import clean

    # No headline over the story: the page's title tags give it.
    page = PAGE.replace("<h1>Moon and Esper agree on importance of intel pact</h1>", "").replace(
        "</article>", "<p>Moon and Esper agree on importance of intel pact</p><p>LINE</p></article>")
    article = clean(read_article(write(tmp_path, "page.html", page.encode("utf-8"))))
    assert article.paragraphs == tuple(BODY)
    assert "Moon and Esper agree on importance of intel pact" in article.removed


def test_html_page_gives_meta(tmp_path, no_network):
    article = read_article(write(tmp_path, "page.htm", PAGE.encode("utf-8")))
    assert article.meta == SourceMeta(
        url="https://news.example.com/politics/moon-esper-intel-pact",
        published="2019-08-09",
        title="Moon and Esper agree on importance of intel pact",
    )
    assert article.site == "Asia News Daily"  # the page's name for itself: a clue, no stated outlet


def test_a_wire_the_saved_page_credits_is_its_outlet_before_the_site_s_name(tmp_path, no_network):
    from generator.clean import clean

    plain = PAGE.replace("SEOUL (Kyodo) --", "SEOUL --")  # no wire in the dateline
    credited = plain.replace("<p>" + BODY[0][:5], "<p class=\"credit\">KYODO</p>\n<p>" + BODY[0][:5], 1)
    assert clean(read_article(write(tmp_path, "page.html", credited.encode("utf-8")))).outlet == "Kyodo"
    assert clean(read_article(write(tmp_path, "plain.html", plain.encode("utf-8")))).outlet == "Asia News Daily"


@pytest.mark.parametrize("url, outlet", [
    ("https://www.koreaherald.com/view.php?ud=20190809", "The Korea Herald"),  # a known host
    ("https://news.example.com/politics/moon-esper-intel-pact", None),  # no name stated: the text's clues decide
])
def test_html_page_naming_no_site_gives_no_host_for_its_outlet(tmp_path, no_network, url, outlet):
    page = (PAGE.replace('<meta property="og:site_name" content="Asia News Daily">\n', "")
            .replace("https://news.example.com/politics/moon-esper-intel-pact", url))
    assert read_article(write(tmp_path, "page.html", page.encode("utf-8"))).site == outlet


def test_a_known_outlet_the_title_names_is_the_outlet_not_a_headline_taken_for_the_site(tmp_path, no_network):
    from generator.clean import clean

    headline = "U.S. urges Seoul to keep intel pact with Tokyo"
    page = (PAGE.replace('<meta property="og:site_name" content="Asia News Daily">\n', "")
            .replace("Moon and Esper agree on importance of intel pact | Asia News Daily", f"{headline} | The Korea Times")
            .replace("Asia News Daily", "").replace("SEOUL (Kyodo) --", "SEOUL --"))
    assert clean(read_article(write(tmp_path, "page.html", page.encode("utf-8")))).outlet == "The Korea Times"


@pytest.mark.parametrize("head, outlet", [
    # A wire's copy on a paper's site: the author tag or the JSON-LD author names the wire.
    ('<meta name="author" content="Kyodo">', "Kyodo"),
    ('<meta name="author" content="AFP - Agence France Presse">', "AFP"),  # one agency's two names
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Moon and Esper agree", '
     '"author": {"@type": "Organization", "name": "Kyodo"}}</script>', "Kyodo"),
    # ... but an outlet's own name for its service is the outlet's.
    ('<meta name="author" content="Asia News Daily">', "Asia News Daily"),
])
def test_a_wire_the_page_names_as_its_author_is_its_outlet(tmp_path, no_network, head, outlet):
    page = PAGE.replace("</head>", head + "\n</head>")
    assert read_article(write(tmp_path, "page.html", page.encode("utf-8"))).site == outlet


@pytest.mark.parametrize("title, outlet", [
    # An English page naming its site in another script: the known outlet its title names.
    ("Moon and Esper agree on importance of intel pact - The Mainichi", "The Mainichi"),
    # ... and that name when nothing else names the site.
    ("Moon and Esper agree on importance of intel pact", "毎日新聞"),
])
def test_a_site_s_name_in_another_script_yields_to_the_outlet_its_title_names(tmp_path, no_network, title, outlet):
    page = (PAGE.replace('content="Asia News Daily"', 'content="毎日新聞"')
            .replace("Moon and Esper agree on importance of intel pact | Asia News Daily", title))
    assert read_article(write(tmp_path, "page.html", page.encode("utf-8"))).site == outlet


def test_a_site_s_name_for_a_wire_s_service_is_the_wire(tmp_path, no_network):
    page = PAGE.replace('content="Asia News Daily"', 'content="Kyodo News+"')
    assert read_article(write(tmp_path, "page.html", page.encode("utf-8"))).site == "Kyodo"


def test_html_line_break_stays_inside_its_paragraph(tmp_path, no_network):
    page = PAGE.replace(f"<p>{BODY[1]}</p>", f"<p>{BODY[1]}<br>{BODY[2]}</p>")
    article = read_article(write(tmp_path, "page.html", page.encode("utf-8")))
    assert f"{BODY[1]}\n{BODY[2]}" in article.text.split("\n\n")


def test_html_page_in_legacy_korean_encoding(tmp_path, no_network):
    paragraphs = [s.strip() + "." for s in KOREAN.split(". ") if s.strip(".\n ")]
    body = "".join(f"<p>{p.rstrip('.')}.</p>\n" for p in paragraphs)
    page = f'<html><head><meta charset="euc-kr"><title>뉴스</title></head><body><article>{body}</article></body></html>'
    article = read_article(write(tmp_path, "page.html", page.encode("euc-kr")))
    assert article.encoding in {"euc-kr", "cp949"}
    assert article.text.split("\n\n") == [p.rstrip(".") + "." for p in paragraphs]


def test_html_without_article_text_is_rejected(tmp_path, no_network):
    page = b"<html><head><title>Home</title><script>var a = 1;</script></head><body><img src='a.png'></body></html>"
    assert rejection(write(tmp_path, "page.html", page)) == "no article text found in the HTML"


# --- Sidecars -------------------------------------------------------------------

SIDECAR = """url: https://www.example.org/sidecar-url
published: 2019-08-10
outlet: Sidecar Wire
title: Sidecar title
"""


@pytest.mark.parametrize(
    ("name", "content"),
    [("a.md", FRONT_MATTER + KYODO), ("a.html", PAGE)],
    ids=["over-front-matter", "over-html-meta"],
)
def test_sidecar_beats_embedded_meta(tmp_path, name, content, no_network):
    write(tmp_path, "a.yaml", SIDECAR.encode("utf-8"))
    article = read_article(write(tmp_path, name, content.encode("utf-8")))
    assert article.meta == SourceMeta(
        url="https://www.example.org/sidecar-url",
        published="2019-08-10",
        outlet="Sidecar Wire",
        title="Sidecar title",
    )


def test_sidecar_fills_only_the_fields_it_states(tmp_path):
    write(tmp_path, "a.yml", b"outlet: Sidecar Wire\ntitle: null\n")
    article = read_article(write(tmp_path, "a.md", (FRONT_MATTER + KYODO).encode("utf-8")))
    assert article.meta.outlet == "Sidecar Wire"
    assert article.meta.published == "2019-08-09"
    assert article.meta.title == "Moon and Esper agree on importance of Seoul-Tokyo intel-sharing pact"


def test_sidecar_may_state_the_byline(tmp_path):
    write(tmp_path, "a.yaml", "byline: Kim Tong-hyung\n".encode("utf-8"))
    assert read_article(write(tmp_path, "a.txt", KYODO.encode("utf-8"))).meta.byline == "Kim Tong-hyung"


def test_sidecar_date_may_be_quoted(tmp_path):
    write(tmp_path, "a.yaml", b"published: '2019-08-09'\n")
    assert read_article(write(tmp_path, "a.txt", KYODO.encode("utf-8"))).meta.published == "2019-08-09"


BAD_SIDECARS = {
    "month-13": ("published: 2019-13-01\n", "sidecar a.yaml: 'published': not a date: 2019-13-01"),
    "day-32": ("published: '2019-08-32'\n", "sidecar a.yaml: 'published': not a date: 2019-08-32"),
    "free-text-date": ("published: August 9, 2019\n", "sidecar a.yaml: 'published': not a date: August 9, 2019"),
    "list-title": ("title: [Moon, Esper]\n", "sidecar a.yaml: 'title': not a string: ['Moon', 'Esper']"),
    "number-outlet": ("outlet: 42\n", "sidecar a.yaml: 'outlet': not a string: 42"),
    "empty-byline": ("byline: '  '\n", "sidecar a.yaml: 'byline': empty string"),
    "javascript-url": ("url: 'javascript:alert(1)'\n", "sidecar a.yaml: 'url': not an http(s) URL: javascript:alert(1)"),
    "ftp-url": ("url: ftp://example.org/a.txt\n", "sidecar a.yaml: 'url': not an http(s) URL: ftp://example.org/a.txt"),
    "unknown-key": ("author: Kim\n", "sidecar a.yaml: unknown key 'author'"),
    "invalid-yaml": ("title: 'unclosed\n", "sidecar a.yaml: invalid YAML"),
    "repeated-key": ("title: One\ntitle: Two\n", "sidecar a.yaml: invalid YAML: repeated key 'title' (line 2)"),
    "nested-too-deeply": ("title: " + "[" * 1500 + "\n", "sidecar a.yaml: invalid YAML: nested too deeply"),
    "not-a-mapping": ("- Kyodo\n- 2019-08-09\n", "sidecar a.yaml: not a mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD_SIDECARS))
def test_bad_sidecar_rejects_article(tmp_path, case):
    content, reason = BAD_SIDECARS[case]
    write(tmp_path, "a.yaml", content.encode("utf-8"))
    assert rejection(write(tmp_path, "a.txt", KYODO.encode("utf-8"))).startswith(reason)


def test_two_sidecars_are_rejected(tmp_path):
    write(tmp_path, "a.yaml", b"outlet: Kyodo\n")
    write(tmp_path, "a.yml", b"outlet: Yonhap\n")
    assert rejection(write(tmp_path, "a.txt", KYODO.encode("utf-8"))) == "two sidecars: a.yaml and a.yml"


def test_python_tag_in_sidecar_is_refused_not_run(tmp_path):
    marker = tmp_path / "pwned"
    write(tmp_path, "a.yaml", f'title: !!python/object/apply:os.system ["touch {marker}"]\n'.encode("utf-8"))
    reason = rejection(write(tmp_path, "a.txt", KYODO.encode("utf-8")))
    assert reason.startswith("sidecar a.yaml: invalid YAML")
    assert "python/object/apply:os.system" in reason
    assert not marker.exists()


def test_seed_003_sidecar_gives_date_and_outlet():
    article = read_article(ROOT / "seeds" / "003_f8d53fefbb7e7c2c.txt")
    assert article.meta == SourceMeta(published="2019-08-09", outlet="Kyodo")
    assert article.text == KYODO


def test_seed_003_sidecar_says_where_the_date_comes_from():
    sidecar = (ROOT / "seeds" / "003_f8d53fefbb7e7c2c.yaml").read_text(encoding="utf-8")
    comments = " ".join(line for line in sidecar.splitlines() if line.startswith("#"))
    assert "Nikkei" in comments


def test_an_article_named_in_capitals_has_its_sidecar_so_named(tmp_path):
    article = tmp_path / "B.TXT"
    article.write_text("Seoul keeps pact\n\nSEOUL -- South Korea said on Friday it would keep the pact.\n")
    (tmp_path / "B.YAML").write_text("published: 2019-11-22\n")
    assert read_article(article).meta.published == "2019-11-22"


def test_article_without_sidecar_has_empty_meta():
    article = read_article(ROOT / "seeds" / "000_3098d3c7a12f7f37.txt")
    assert article.meta == SourceMeta()
    assert article.text == SEED_TEXT["000_3098d3c7a12f7f37"]


def test_html_page_date_is_never_guessed_from_a_copyright_line(tmp_path):
    body = "".join(
        f"<p>Seoul said on Friday it would keep the intelligence pact with Japan, officials told reporters ({i}).</p>"
        for i in range(6)
    )
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Seoul keeps pact</title></head><body><article>{body}</article>"
        "<footer>Copyright 2019.</footer></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).meta.published is None


# A page stating no date in its tags, only in the text by its headline, outside the story's block.
STAMPED = (
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Seoul suspends termination of intel "
    "pact</title></head><body><header><p>Sat, November 30, 2019 | 14:52</p><nav><a href=\"/\">Home</a></nav>"
    "</header><h1>Seoul suspends termination of intel pact</h1>STAMP<div class=\"article-body\">"
    "<p>South Korea said Friday it will suspend the termination of its military intelligence-sharing pact with "
    "Japan, hours before the deal was due to expire at midnight.</p><p>Japanese Prime Minister Shinzo Abe "
    "welcomed the decision on Friday, telling reporters in Tokyo that South Korea had made a strategic "
    "decision.</p></div></body></html>"
)


@pytest.mark.parametrize("stamp, published, outlet", [
    # The stamp under the headline dates the page, and names the wire it opens with.
    ('<p class="credit">KYODO NEWS - Nov 22, 2019 - 19:12 | Politics, All</p>', "2019-11-22", "Kyodo"),
    ('<div class="date"><span>Nov. 22, 2019</span> <span>17:52 JST</span></div>', "2019-11-22", None),
    ('<p class="post">November 22, 2019 (Mainichi Japan)</p>', "2019-11-22", None),
    # ... the one saying when it was posted before one saying only when it was updated.
    ("<p>Updated : 2019-11-23 09:00</p><p>Posted : 2019-11-22 17:20</p>", "2019-11-22", None),
    # A date over the headline (the day the page was saved) dates no page.
    ("", None, None),
    ("<p>Politics</p><p>World</p>", None, None),
])
def test_a_saved_page_s_date_stamp_by_its_headline_dates_it(tmp_path, no_network, stamp, published, outlet):
    from generator.clean import clean

    page = STAMPED.replace("STAMP", stamp)
    article = clean(read_article(write(tmp_path, "page.html", page.encode("utf-8"))))
    assert (article.published, article.outlet) == (published, outlet)
    assert article.paragraphs[0].startswith("South Korea said Friday")


def test_a_saved_page_without_a_headline_takes_no_date_stamp(tmp_path, no_network):
    from generator.clean import clean

    page = STAMPED.replace("STAMP", "<p>KYODO NEWS - Nov 22, 2019 - 19:12</p>")
    page = page.replace("<h1>Seoul suspends termination of intel pact</h1>", "")
    assert clean(read_article(write(tmp_path, "page.html", page.encode("utf-8")))).published is None


@pytest.mark.parametrize("front, published, byline", [
    # Other tools' names: Jekyll's and Hugo's 'date' and 'author'.
    ("date: 2023-08-18\nauthor: Zeke Miller\n", "2023-08-18", "Zeke Miller"),
    ("date: 2023-08-18T10:00:00+09:00\nauthors: [Zeke Miller, Hyung-jin Kim]\n", "2023-08-18",
     "Zeke Miller, Hyung-jin Kim"),
    # ... but ours first, and what cannot be read is left alone.
    ("published: 2023-08-17\ndate: 2023-08-18\nbyline: Kim Tong-hyung\nauthor: Zeke Miller\n", "2023-08-17",
     "Kim Tong-hyung"),
    ("date: last Friday\nauthor: {name: Zeke Miller}\n", None, None),
])
def test_front_matter_reads_other_tools_names_for_date_and_writer(tmp_path, front, published, byline):
    article = read_article(write(tmp_path, "a.md", f"---\n{front}---\n\nSeoul kept the pact.\n".encode("utf-8")))
    assert (article.meta.published, article.meta.byline) == (published, byline)


@pytest.mark.parametrize("text", [
    "published: 2019-11-22\noutlet: Kyodo\n",
    "published: 2019-13-01\n",
    "url: https://example.com/a?b=1\ntitle: 'GSOMIA: the pact'\n",
    "a: 1\na: 2\n",
    "x: !!python/object/apply:os.system ['true']\n",
    "- one\n- two\n",
])
def test_both_yaml_parsers_read_sidecars_alike(text):
    """libyaml's parser (fast) and Python's (which words the errors) follow the same rules."""
    import yaml

    from generator.ingest import _FastMetaLoader, _MetaLoader

    def outcome(loader):
        try:
            return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders
        except yaml.YAMLError as exc:
            return type(exc)

    assert outcome(_FastMetaLoader) == outcome(_MetaLoader)
    assert _FastMetaLoader is not _MetaLoader and "CSafeLoader" in [c.__name__ for c in _FastMetaLoader.__mro__]


def test_a_saved_page_s_headline_in_no_h1_is_found_by_its_title_and_dates_it_by_the_stamp_under_it(
        tmp_path, no_network):
    from generator.clean import clean

    page = STAMPED.replace("STAMP", "<p>Posted on : Oct.3,2019 16:47 KST</p>")
    page = page.replace("<h1>Seoul suspends termination of intel pact</h1>",
                        "<h3>Seoul suspends termination of intel pact</h3>")
    page = page.replace("<title>Seoul suspends termination of intel pact</title>",
                        "<title>Seoul suspends termination of intel pact : North Korea : News : The Hankyoreh</title>")
    article = clean(read_article(write(tmp_path, "page.html", page.encode("utf-8"))))
    assert (article.title, article.published) == ("Seoul suspends termination of intel pact", "2019-10-03")


@pytest.mark.parametrize("title, outlet, bare", [
    ("Seoul ends pact : North Korea : News : The Hankyoreh", None, "Seoul ends pact"),  # a known site's, sections
    ("Seoul ends pact | The Korea Herald", "The Korea Herald", "Seoul ends pact"),
    ("Seoul ends pact : Tokyo reacts", None, "Seoul ends pact : Tokyo reacts"),  # (no site's name last)
])
def test_a_page_title_without_its_site_s_name_and_sections(title, outlet, bare):
    from generator.webpage import without_site_name

    assert without_site_name(title, outlet) == bare
