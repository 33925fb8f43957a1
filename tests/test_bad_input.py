"""Bad input and hostile text, end to end through `briefing build`.

Every unusable file is reported once on stderr and once on the build report
page, with its path and reason; every good article still builds; nothing in
an article is executed or becomes markup; no input and no hand-written page is
changed. Inputs are made in tmp folders, most of them from the real articles.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import clean as clean_module
from generator.cli import main
from generator.clean import article_id, clean
from generator.errors import InputError
from generator.extract import extract
from generator.ingest import read_article
from generator.knowledge import load_knowledge
from generator.link import link
from generator.markup import escape_markdown
from generator.metadata import fallback_title
from generator.models import RawArticle
from generator.render import render

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
CORPUS = FIXTURES / "corpus"
KNOWLEDGE = load_knowledge(ROOT / "knowledge")
EXTENSIONS = ["attr_list", "tables", "toc"]


# --- Running a build ------------------------------------------------------------


@dataclass(frozen=True)
class Build:
    """One `briefing build` run: its folders, exit status and stderr."""

    root: Path
    inputs: Path
    code: int
    stderr: str
    seconds: float
    before: tuple[dict[str, str], ...] = ()

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def rejected(self, name: str) -> list[str]:
        """The reasons stderr gives for rejecting the input `name`."""
        prefix = f"briefing: rejected {self.inputs / name}: "
        return [line[len(prefix):] for line in self.stderr.splitlines() if line.startswith(prefix)]

    def report_rows(self, name: str) -> list[str]:
        """The report page's rows (Markdown) for the input `name`."""
        report = (self.docs / "report.md").read_text(encoding="utf-8")
        return [line for line in report.splitlines() if line.startswith(f"| {escape_markdown(name)} | ")]


def run_build(root: Path, inputs: Path, *extra: str) -> Build:
    """`briefing build` of `inputs` into `root`/docs and `root`/site, run from `root` (its cache lands there)."""
    err = io.StringIO()
    start = time.perf_counter()
    with pytest.MonkeyPatch.context() as patch, redirect_stderr(err):
        patch.chdir(root)
        code = main([
            "build", "--input", str(inputs),
            "--knowledge", str(ROOT / "knowledge"), "--templates", str(ROOT / "templates"),
            "--config", str(ROOT / "mkdocs.yml"),
            "--docs", str(root / "docs"), "--site", str(root / "site"), *extra,
        ])
    return Build(root, inputs, code, err.getvalue(), time.perf_counter() - start)


def visible_text(page: Path) -> str:
    """The text a reader sees in the article part of an HTML page, white space folded."""
    text = page.read_text(encoding="utf-8")
    body = text[text.index("<article"):text.index("</article>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", body)).split())


def folded(text: str) -> str:
    return " ".join(text.split())


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under `folder`: a file's SHA-256, a symlink's target, a directory's mark."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = "link:" + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


# --- The inputs -----------------------------------------------------------------

# Typographic quotes and dashes: UTF-8 with multi-byte sequences, as captured pages are.
GOOD_ENGLISH = (
    "Seoul and Tokyo trade barbs over expiring pact\n\n"
    "SEOUL (Yonhap) — South Korea’s defense ministry said on Monday that it had received no new proposal "
    "from Tokyo on the military intelligence-sharing pact, days before the agreement is set to lapse.\n\n"
    "“Our position has not changed since August,” a ministry spokesperson told reporters in Seoul.\n"
)
NO_TITLE = (
    "tokyo officials said on tuesday that they would keep talking with their south korean counterparts "
    "about export controls, while declining to say when the next round of talks would take place.\n"
)
KOREAN_EUC_KR = (
    "정부, 한일 군사정보보호협정 종료 결정\n\n"
    "서울 (연합뉴스) -- 청와대는 22일 한일 군사정보보호협정(GSOMIA)을 종료하기로 했다고 밝혔다. "
    "김유근 국가안보실 1차장은 이날 브리핑에서 이같이 말했다.\n\n"
    "정부는 일본이 한국을 백색국가에서 제외한 데 따른 조치라고 설명했다.\n"
)
KOREAN_CP949 = (
    "일본, 한국 화이트리스트 제외 시행\n\n"
    "도쿄 (연합뉴스) -- 일본 정부는 28일부터 한국을 수출 절차 우대 대상인 화이트리스트에서 제외하는 "
    "개정 수출무역관리령을 시행했다. 이에 따라 전략물자를 수출할 때 개별 허가를 받아야 하는 경우가 늘어난다.\n\n"
    "산업통상자원부는 피해 기업을 지원하는 대책을 마련하겠다고 밝혔다.\n"
)
JAPANESE_SHIFT_JIS = (
    "韓国、日韓軍事情報包括保護協定の破棄を決定\n\n"
    "【ソウル共同】韓国大統領府は22日、日韓の軍事情報包括保護協定（GSOMIA）を破棄すると発表した。"
    "日本政府は遺憾の意を表明した。\n\n"
    "菅義偉官房長官は記者会見で、韓国側に冷静な対応を求めたと述べた。\n"
)
CORPUS_FOR = {
    "utf-16": "007_kuna-abe-decries-seoul-ending-pact.txt",
    "utf-8-bom-crlf": "009_kbs-us-concerned-seoul-axes-pact.txt",
    "name-with-spaces": "021_koreatimes-bangkok-trilateral-air-exercise.txt",
    "name-index": "027_jiji-tokyo-welcomes-seoul-decision.txt",
}
MARKER = "pwned-XYZ"


def corpus_text(case: str) -> str:
    return (CORPUS / CORPUS_FOR[case]).read_text(encoding="utf-8")


def write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return make


def with_sidecar(name: str, sidecar: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / name).write_text(GOOD_ENGLISH, encoding="utf-8")
        (folder / name).with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return make


def make_directory(folder: Path) -> None:
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inside.txt").write_text(GOOD_ENGLISH, encoding="utf-8")


def make_dangling_symlink(folder: Path) -> None:
    (folder / "dangling.txt").symlink_to(folder / "gone" / "article.txt")


def make_alias_bomb(folder: Path) -> None:
    # Nine aliases of nine aliases, twelve deep: 9**12 items once expanded.
    anchors = ["&a0 [x, x, x, x, x, x, x, x, x]"]
    anchors += [f"&a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 13)]
    with_sidecar("alias-bomb.txt", f"title: [{', '.join(anchors)}]\n")(folder)


def make_non_utf8_name(folder: Path) -> None:
    (folder / os.fsdecode(b"caf\xe9-latin1-name.txt")).write_text(GOOD_ENGLISH, encoding="utf-8")


@dataclass(frozen=True)
class Rejected:
    """An input the build must reject: its file name and how the reason starts."""

    name: str
    reason: str
    make: Callable[[Path], None]


REJECTED = {
    "empty": Rejected("empty.txt", "empty file", write("empty.txt", b"")),
    "whitespace-only": Rejected("blank.txt", "empty file", write("blank.txt", b" \n\t\r\n  \n")),
    "png-renamed": Rejected(
        "photo.txt", "not text (binary data: PNG image)",
        write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    ),
    "jpeg-renamed": Rejected(
        "picture.txt", "not text (binary data: JPEG image)", write("picture.txt", b"\xff\xd8\xff\xe0" + bytes(2048)),
    ),
    "binary-noise": Rejected(
        "noise.txt", "not text (binary data)", write("noise.txt", random.Random(7).randbytes(4096)),
    ),
    "directory": Rejected("folder.txt", "is a directory, not a file", make_directory),
    "dangling-symlink": Rejected("dangling.txt", "dangling symlink (target", make_dangling_symlink),
    "sidecar-month-13": Rejected(
        "month.txt", "sidecar month.yaml: 'published': not a date: 2019-13-01",
        with_sidecar("month.txt", "published: 2019-13-01\n"),
    ),
    "sidecar-list-for-string": Rejected(
        "list.txt", "sidecar list.yaml: 'outlet': not a string: ['Kyodo', 'Yonhap']",
        with_sidecar("list.txt", "outlet: [Kyodo, Yonhap]\n"),
    ),
    "sidecar-javascript-url": Rejected(
        "script-url.txt", "sidecar script-url.yaml: 'url': not an http(s) URL: javascript:alert(1)",
        with_sidecar("script-url.txt", "url: javascript:alert(1)\n"),
    ),
    "sidecar-invalid-yaml": Rejected(
        "broken-yaml.txt", "sidecar broken-yaml.yaml: invalid YAML:",
        with_sidecar("broken-yaml.txt", "title: [unclosed\noutlet: Kyodo\n"),
    ),
    "sidecar-alias-bomb": Rejected("alias-bomb.txt", "sidecar alias-bomb.yaml: 'title': not a string:", make_alias_bomb),
    "sidecar-python-tag": Rejected(
        "tagged.txt", "sidecar tagged.yaml: invalid YAML: tag !!python/object/apply:os.system is not allowed",
        with_sidecar("tagged.txt", f'title: !!python/object/apply:os.system ["touch {MARKER}-sidecar"]\n'),
    ),
    "front-matter-python-tag": Rejected(
        "tagged-front.md", "front matter: invalid YAML: tag !!python/object/apply:os.system is not allowed",
        write("tagged-front.md", f'---\ntitle: !!python/object/apply:os.system ["touch {MARKER}"]\n---\n{GOOD_ENGLISH}'),
    ),
    "file-name-not-utf-8": Rejected(
        "caf\ufffd-latin1-name.txt", "file name is not valid UTF-8", make_non_utf8_name,
    ),
    "too-many-lines": Rejected(
        "many-lines.txt", f"too many lines for one article: {clean_module.MAX_UNITS + 1:,}",
        write("many-lines.txt", "".join(f"Line {i}.\n" for i in range(clean_module.MAX_UNITS + 1))),
    ),
    # The pages are named after the file: a file system names nothing longer than 255 bytes.
    "file-name-too-long": Rejected(
        "n" * 201 + ".txt", "file name too long (201 bytes before the suffix; at most 200)",
        write("n" * 201 + ".txt", GOOD_ENGLISH),
    ),
    "sidecar-year-out-of-range": Rejected(
        "far.txt", "sidecar far.yaml: 'published': not a publication date: 2999-08-22 (years 1900–2099)",
        with_sidecar("far.txt", "published: 2999-08-22\n"),
    ),
    "html-without-text": Rejected(
        "no-text.htm", "no article text found in the HTML", write("no-text.htm", b"just some plain text\n"),
    ),
    "paragraph-too-long": Rejected(
        "long-paragraph.txt", "paragraph too long: ",
        write("long-paragraph.txt", "A headline\n\n" + "The talks went on. " * 3000 + "\n"),
    ),
}


@dataclass(frozen=True)
class Built:
    """An input the build must turn into a briefing: its file name, id, and what its page shows."""

    name: str
    id: str
    make: Callable[[Path], None]
    shows: Callable[[], tuple[str, ...]]


def first_paragraph(case: str) -> tuple[str, ...]:
    """The first paragraph the UTF-8 original of a corpus article gives, and its title."""
    article = clean(read_article(CORPUS / CORPUS_FOR[case]))
    return article.title, article.paragraphs[0]


BUILT = {
    "invalid-utf-8-bytes": Built(
        "damaged.txt", "damaged",
        write("damaged.txt", GOOD_ENGLISH.encode("utf-8").replace(b"intelligence-sharing", b"intelli\xff\xfegence-sharing")),
        lambda: ("intelli\ufffd\ufffdgence-sharing pact", "Seoul and Tokyo trade barbs over expiring pact"),
    ),
    "utf-16-with-bom": Built(
        "utf16.txt", "utf16", write("utf16.txt", corpus_text("utf-16").encode("utf-16")),
        lambda: first_paragraph("utf-16"),
    ),
    "utf-8-bom-crlf": Built(
        "bom-crlf.txt", "bom-crlf",
        write("bom-crlf.txt", codecs.BOM_UTF8 + corpus_text("utf-8-bom-crlf").replace("\n", "\r\n").encode("utf-8")),
        lambda: first_paragraph("utf-8-bom-crlf"),
    ),
    "korean-euc-kr": Built(
        "korean-euc.txt", "korean-euc", write("korean-euc.txt", KOREAN_EUC_KR.encode("euc_kr")),
        lambda: tuple(KOREAN_EUC_KR.split("\n\n")),
    ),
    "korean-cp949": Built(
        "korean-cp949.txt", "korean-cp949", write("korean-cp949.txt", KOREAN_CP949.encode("cp949")),
        lambda: tuple(KOREAN_CP949.split("\n\n")),
    ),
    "japanese-shift-jis": Built(
        "japanese.txt", "japanese", write("japanese.txt", JAPANESE_SHIFT_JIS.encode("shift_jis")),
        lambda: tuple(JAPANESE_SHIFT_JIS.split("\n\n")),
    ),
    "no-recognisable-title": Built(
        "untitled.txt", "untitled", write("untitled.txt", NO_TITLE), lambda: (fallback_title(NO_TITLE), NO_TITLE),
    ),
    "name-with-spaces-accents-ampersand": Built(
        "Séoul & Tokyo — air drill (draft).txt", "seoul-tokyo-air-drill-draft",
        write("Séoul & Tokyo — air drill (draft).txt", corpus_text("name-with-spaces")),
        lambda: first_paragraph("name-with-spaces"),
    ),
    "name-of-the-index-page": Built(
        "index.txt", "index-article", write("index.txt", corpus_text("name-index")),
        lambda: first_paragraph("name-index"),
    ),
}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory) -> Build:
    """One build of the seeds, every bad case and every good case, with a hand-written page in the docs."""
    root = tmp_path_factory.mktemp("bad")
    inputs = root / "in"
    inputs.mkdir()
    for seed in SEEDS.iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    for case in (*REJECTED.values(), *BUILT.values()):
        case.make(inputs)
    (root / "docs" / "notes").mkdir(parents=True)
    (root / "docs" / "notes" / "by-hand.md").write_text("# Notes\n\nWritten by hand.\n", encoding="utf-8")
    before = snapshot(inputs), snapshot(root / "docs")
    return replace(run_build(root, inputs), before=before)


# --- Each case: reported once, or built ------------------------------------------


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_a_bad_file_is_reported_once_with_its_reason(bad_build, case):
    bad = REJECTED[case]
    assert bad_build.code == 0
    (reason,) = bad_build.rejected(bad.name)
    assert reason.startswith(bad.reason)
    assert bad_build.report_rows(bad.name) == [f"| {escape_markdown(bad.name)} | {escape_markdown(reason)} |"]
    assert not (bad_build.docs / "briefings" / f"{article_id(bad.name)}.md").exists()
    assert "Traceback" not in bad_build.stderr


def test_a_page_without_text_is_reported_in_one_line(tmp_path):
    page = tmp_path / "no-text.htm"
    page.write_text("just some plain text\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "extract", str(page), "--knowledge", str(ROOT / "knowledge")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.stderr == f"briefing: rejected {page}: no article text found in the HTML\n"


@pytest.mark.parametrize("case", sorted(BUILT))
def test_a_good_file_builds_and_shows_its_text(bad_build, case):
    good = BUILT[case]
    assert bad_build.code == 0
    assert bad_build.rejected(good.name) == []
    assert (bad_build.docs / "briefings" / f"{good.id}.md").is_file()
    page = bad_build.site / "briefings" / f"{good.id}.html"
    text = visible_text(page)
    for shown in good.shows():
        assert folded(shown) in text
    assert "\r" not in page.read_text(encoding="utf-8") and "\ufeff" not in text


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_the_seeds_still_build_beside_the_bad_files(bad_build, seed):
    assert (bad_build.site / "briefings" / f"{article_id(seed)}.html").is_file()


def test_every_input_is_a_briefing_or_a_rejection_and_nothing_else_happened(bad_build):
    assert f"{len(REJECTED)} rejected" in bad_build.stderr
    assert "briefing: duplicate" not in bad_build.stderr
    briefings = {p.stem for p in (bad_build.docs / "briefings").glob("*.md")} - {"index"}
    assert briefings == {g.id for g in BUILT.values()} | {article_id(s.name) for s in SEEDS.glob("*.txt")}


def test_an_odd_file_name_is_linked_from_the_briefings_index(bad_build):
    good = BUILT["name-with-spaces-accents-ampersand"]
    index = (bad_build.site / "briefings" / "index.html").read_text(encoding="utf-8")
    assert f'href="{good.id}.html"' in index
    page = (bad_build.site / "briefings" / f"{good.id}.html").read_text(encoding="utf-8")
    assert f"File: {html.escape(good.name, quote=False)}" in page


def test_an_article_named_index_does_not_take_the_index_page(bad_build):
    index = (bad_build.site / "briefings" / "index.html").read_text(encoding="utf-8")
    assert 'href="index-article.html"' in index


def test_yaml_tags_are_never_executed(bad_build):
    assert not any(p.name.startswith(MARKER) for p in bad_build.root.rglob("*"))
    assert not any(p.name.startswith(MARKER) for p in Path.cwd().iterdir())


def test_inputs_and_hand_written_pages_are_unchanged(bad_build):
    inputs, docs = bad_build.before
    assert snapshot(bad_build.inputs) == inputs
    after = snapshot(bad_build.docs)
    assert {k: v for k, v in after.items() if k.startswith("notes")} == docs


def test_a_rebuild_without_an_article_keeps_inputs_and_hand_written_pages(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SEEDS.iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    REJECTED["empty"].make(inputs)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "about.md").write_text("# About\n\nMine.\n", encoding="utf-8")
    assert run_build(tmp_path, inputs, "--no-site").code == 0
    (inputs / "000_3098d3c7a12f7f37.txt").rename(tmp_path / "moved-away.txt")
    before = snapshot(inputs)
    second = run_build(tmp_path, inputs, "--no-site")
    assert second.code == 0
    assert snapshot(inputs) == before
    assert (tmp_path / "docs" / "about.md").read_text(encoding="utf-8") == "# About\n\nMine.\n"
    assert not (tmp_path / "docs" / "briefings" / "000-3098d3c7a12f7f37.md").exists()


# --- Size: bounded time, a clear reason --------------------------------------------


def big_article(size: int) -> str:
    """News-like prose of exactly `size` characters: a headline, then one paragraph per line."""
    rnd = random.Random(size)
    words = ("Seoul Tokyo said the pact would expire on Saturday after talks between officials of both "
             "governments failed to resolve the dispute over export controls").split()
    pool = [" ".join(rnd.choice(words) for _ in range(40)) + ", officials said." for _ in range(97)]
    lines = ["Seoul and Tokyo clash over intelligence pact"]
    total = len(lines[0])
    while total < size:
        lines.append(f"Paragraph {len(lines)}: {pool[len(lines) % len(pool)]}")
        total += len(lines[-1]) + 2
    return "\n\n".join(lines)[: size - 1].rstrip() + "."


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ten-megabytes.txt", lambda: big_article(10 * 1024 * 1024)),
        ("one-line.txt", lambda: " ".join(big_article(1_400_000).split("\n\n"))),
    ],
    ids=["10MB-article", "1.4MB-one-line"],
)
def test_a_huge_article_is_rejected_in_bounded_time(tmp_path, name, text):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD_ENGLISH, encoding="utf-8")
    (inputs / name).write_text(text(), encoding="utf-8")
    build = run_build(tmp_path, inputs, "--no-site")
    assert build.code == 0
    (reason,) = build.rejected(name)
    assert reason.startswith("too long for one article: ") and f"(limit {clean_module.MAX_CHARS:,})" in reason
    assert build.report_rows(name) == [f"| {escape_markdown(name)} | {escape_markdown(reason)} |"]
    assert (tmp_path / "docs" / "briefings" / "good.md").is_file()
    assert build.seconds < 20


AT_THE_LIMITS = {
    "characters": lambda: big_article(clean_module.MAX_CHARS),
    "lines": lambda: "A headline for many short lines\n" + "".join(
        f"Line {i} of the text.\n" for i in range(clean_module.MAX_UNITS - 1)
    ),
    "paragraph": lambda: "A headline for one long paragraph\n\n" + (
        "The talks went on. " * (clean_module.MAX_PARAGRAPH_CHARS // 19)
    )[: clean_module.MAX_PARAGRAPH_CHARS - 1] + ".",
}


@pytest.mark.parametrize("limit", sorted(AT_THE_LIMITS))
def test_text_right_at_a_limit_is_cleaned(limit):
    text = AT_THE_LIMITS[limit]()
    assert len(text) <= clean_module.MAX_CHARS
    article = clean(RawArticle(path="in/long.txt", sha256="0" * 64, text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs


# --- Exit status ------------------------------------------------------------------


def test_strict_build_exits_1_names_each_rejection_once_and_writes_nothing(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SEEDS.iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    bad = [REJECTED["empty"], REJECTED["png-renamed"], REJECTED["sidecar-javascript-url"]]
    for case in bad:
        case.make(inputs)
    build = run_build(tmp_path, inputs, "--strict")
    assert build.code == 1
    for case in bad:
        assert build.stderr.count(f"{inputs / case.name}: {case.reason}") == 1
    assert not (tmp_path / "docs").exists() and not (tmp_path / "site").exists()


@pytest.mark.parametrize("problem", [
    "missing-input-folder", "input-is-a-file", "invalid-knowledge", "missing-knowledge-folder", "docs-is-a-file",
    "template-syntax-error", "missing-template",
])
def test_a_folder_or_configuration_error_exits_2_and_writes_nothing(tmp_path, problem):
    inputs = tmp_path / "in"
    extra: list[str] = []
    if problem not in ("missing-input-folder", "input-is-a-file"):
        inputs.mkdir()
        (inputs / "good.txt").write_text(GOOD_ENGLISH, encoding="utf-8")
    if problem == "missing-knowledge-folder":
        extra = ["--knowledge", str(tmp_path / "knowldge")]
    elif problem == "docs-is-a-file":
        (tmp_path / "docs").write_text("my notes", encoding="utf-8")
    elif problem in ("template-syntax-error", "missing-template"):
        templates = tmp_path / "templates"
        shutil.copytree(ROOT / "templates", templates)
        if problem == "template-syntax-error":
            with (templates / "home.md.j2").open("a", encoding="utf-8") as handle:
                handle.write("{% if %}\n")
        else:
            (templates / "report.md.j2").unlink()
        extra = ["--templates", str(templates)]
    if problem == "input-is-a-file":
        inputs.write_text(GOOD_ENGLISH, encoding="utf-8")
    elif problem == "invalid-knowledge":
        knowledge = tmp_path / "knowledge"
        knowledge.mkdir()
        (knowledge / "actors.yaml").write_text("- name: [unclosed\n", encoding="utf-8")
        extra = ["--knowledge", str(knowledge)]
    build = run_build(tmp_path, inputs, "--no-site", *extra)
    assert build.code == 2
    assert build.stderr.startswith("briefing: error: ") and "Traceback" not in build.stderr
    assert build.stderr.count("\n") == 1 or problem == "invalid-knowledge"  # YAML's error shows the place
    if problem == "docs-is-a-file":
        assert (tmp_path / "docs").read_text(encoding="utf-8") == "my notes"
        assert "is a file, not a folder" in build.stderr
    else:
        assert not (tmp_path / "docs").exists()
    if problem == "template-syntax-error":
        assert f"{tmp_path / 'templates' / 'home.md.j2'}, line " in build.stderr


# --- Hostile text --------------------------------------------------------------------

TOKEN = "x-" + hashlib.sha256(b"bad-input").hexdigest()[:8]
HOSTILE_TITLE = f"<script>alert('t')</script> ../../../../tmp/{TOKEN} {{{{ 7*191 }}}} pact"
HOSTILE_ARTICLE = f"""{HOSTILE_TITLE}

SEOUL (Yonhap) -- "<script>alert(1)</script> is our answer to {{{{ 7*191 }}}}," said South Korean President Moon Jae-in on Thursday, according to Cheong Wa Dae.

"We will never accept {{% if true %}}x{{% endif %}} or <img src=x onerror=alert(1)>," Defense Minister Jeong Kyeong-doo told reporters in Seoul on Aug. 23, 2019.

"[click](javascript:alert(1)) | a | b | and !!! note and [^1] and ![i](http://evil.example/i.png)," said Kono <i>Taro</i>, Japan's foreign minister, on Friday.

Secretary of Defense Mark {{{{ config.__class__ }}}} Esper said the pact would expire on Nov. 23, 2019, at midnight, javascript:alert(2) aside.

# Not a heading: the deal {{{{ 12345*6789 }}}} ends.

| not | a | table |

!!! warning "not an admonition: talks in Bangkok collapsed on Sunday, officials said."

---

The footnote[^1] stays text, as does [a link](javascript:alert(3)) and <http://evil.example/auto>.
"""
HOSTILE_NAME = "<b>x & [a](javascript:alert(1)) {{ 7*191 }} | y.txt"
HOSTILE_FRAGMENTS = [
    "<script>alert(1)</script> is our answer to {{ 7*191 }}",
    "We will never accept {% if true %}x{% endif %} or <img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) | a | b | and !!! note and [^1] and ![i](http://evil.example/i.png)",
    "Kono <i>Taro</i>",
    "Mark {{ config.__class__ }} Esper",
    "# Not a heading: the deal {{ 12345*6789 }} ends.",
    "| not | a | table |",
    '!!! warning "not an admonition: talks in Bangkok collapsed on Sunday, officials said."',
    "The footnote[^1] stays text, as does [a link](javascript:alert(3)) and <http://evil.example/auto>.",
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Build:
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (inputs / "hostile.yaml").write_text(
        "outlet: \"<img src=x onerror=alert(1)> | {{ 7*191 }} News\"\n", encoding="utf-8"
    )
    (inputs / "titled.txt").write_text(GOOD_ENGLISH, encoding="utf-8")
    (inputs / "titled.yaml").write_text(f"title: \"../../../../tmp/{TOKEN}-2 <script>x</script>\"\n", encoding="utf-8")
    (inputs / HOSTILE_NAME).write_text(NO_TITLE, encoding="utf-8")
    build = run_build(root, inputs)
    assert build.code == 0, build.stderr
    return build


# Elements that can only come from article text: the templates never write them.
FOREIGN_ELEMENTS = frozenset({"script", "iframe", "object", "embed", "b", "i", "style", "form", "input"})


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_hostile_text_builds_every_article(hostile_build):
    assert "rejected" not in hostile_build.stderr.replace(" 0 rejected", "")
    for name in ("hostile", "titled", article_id(HOSTILE_NAME)):
        assert (hostile_build.site / "briefings" / f"{name}.html").is_file()


@pytest.mark.parametrize("kind", ["briefings", "actors", "issues", "top"])
def test_article_text_never_becomes_an_element_or_a_link(hostile_build, kind):
    site = hostile_build.site
    pages = [p for p in html_pages(site) if (p.parent.name if p.parent != site else "top") == kind]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        body = text[text.index("<article"):text.index("</article>")]
        for name, attributes in re.findall(r"<([A-Za-z][\w-]*)([^>]*)>", body):
            assert name.lower() not in FOREIGN_ELEMENTS, (page, name)
            assert not re.search(r"\son\w+\s*=", attributes), (page, name, attributes)
            if name == "img":
                assert re.search(r'src="(?:\.\./)*charts/[\w-]+\.svg"', attributes), (page, attributes)
        for target in re.findall(r'(?:href|src)="([^"]*)"', body):
            assert not target.lower().startswith(("javascript:", "data:", "vbscript:")), (page, target)
            assert "evil.example" not in target, (page, target)


@pytest.mark.parametrize("fragment", HOSTILE_FRAGMENTS)
def test_hostile_text_shows_as_typed(hostile_build, fragment):
    assert folded(fragment) in visible_text(hostile_build.site / "briefings" / "hostile.html")


def test_hostile_titles_outlets_and_file_names_show_as_typed(hostile_build):
    page = visible_text(hostile_build.site / "briefings" / "hostile.html")
    assert folded(HOSTILE_TITLE) in page and "<img src=x onerror=alert(1)> | {{ 7*191 }} News" in page
    named = visible_text(hostile_build.site / "briefings" / f"{article_id(HOSTILE_NAME)}.html")
    assert f"File: {HOSTILE_NAME}" in named
    index = visible_text(hostile_build.site / "briefings" / "index.html")
    assert folded(HOSTILE_TITLE) in index and f"../../../../tmp/{TOKEN}-2 <script>x</script>" in index


@pytest.mark.parametrize("speaker", ["moon-jae-in", "jeong-kyeong-doo"])
def test_quotes_with_hostile_text_render_as_text_on_briefing_and_actor_pages(hostile_build, speaker):
    briefing = hostile_build.site / "briefings" / "hostile.html"
    actor = hostile_build.site / "actors" / f"{speaker}.html"
    quote = HOSTILE_FRAGMENTS[0] if speaker == "moon-jae-in" else HOSTILE_FRAGMENTS[1]
    for page in (briefing, actor):
        assert f"“{quote}”" in visible_text(page)


def test_jinja_syntax_is_never_evaluated(hostile_build):
    for path in [*hostile_build.docs.rglob("*"), *hostile_build.site.rglob("*")]:
        if path.is_file() and path.suffix in (".md", ".html", ".json", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert "83810205" not in text and "<class " not in text, path


def test_nothing_is_written_outside_the_output_folders(hostile_build):
    assert not any(Path("/tmp").glob(f"{TOKEN}*"))
    top = {p.name for p in hostile_build.root.iterdir()}
    assert top <= {"in", "docs", "site", ".briefing-cache", ".briefing-staging", ".briefing-lock"}


def test_feeds_and_search_index_hold_the_text_as_data(hostile_build):
    site = hostile_build.site
    items = ET.parse(site / "feed.xml").getroot().iter("item")
    assert folded(HOSTILE_TITLE) in [item.findtext("title") for item in items]
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    hostile = next(item for item in feed["items"] if item["title"] == folded(HOSTILE_TITLE))
    assert folded(hostile["content_text"]) in folded(HOSTILE_ARTICLE)
    assert not any("content_html" in item for item in feed["items"])
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert not re.search(r"<(?:script|img|b|i)[\s>]", doc[field]), doc["location"]


# --- Property: any text through clean and render ---------------------------------

# The elements the briefing template itself produces.
TEMPLATE_TAGS = frozenset({
    "h1", "h2", "p", "strong", "a", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
})
PIECES = [
    *HOSTILE_FRAGMENTS,
    "SEOUL (Yonhap) --", "Moon Jae-in said on Thursday.", '"We will see," said Taro Kono.', "Nov. 23, 2019",
    "Japan and South Korea agreed to keep the pact, officials said on Friday.", "By Kim Tong-hyung", "<p>", "</div>",
    "Share", "Copyright 2019", "{: #p1 }", "<!-- x -->", "***", "1.", "- ", "> ", "    code", "```",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)),
    min_size=1, max_size=14,
).flatmap(lambda parts: st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=len(parts), max_size=len(parts))
          .map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_through_clean_and_render_never_yields_markup(text):
    raw = RawArticle(path="in/prop.txt", sha256="0" * 64, text=text, format="txt", encoding="utf-8")
    try:
        article = clean(raw)
    except InputError:
        return
    corpus = link([extract(article, KNOWLEDGE)], KNOWLEDGE.issues)
    (page,) = [p for p in render(corpus, ROOT / "templates") if p.path == f"briefings/{article.id}.md"]
    body = re.sub(r"\A---\n.*?\n---\n", "", page.content, flags=re.S)
    out = markdown.markdown(body, extensions=EXTENSIONS)
    assert set(re.findall(r"<([A-Za-z][\w-]*)", out)) <= TEMPLATE_TAGS
    for target in re.findall(r'href="([^"]*)"', out):
        assert not re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith(("http://", "https://"))


def test_a_knowledge_file_is_read_alike_by_both_yaml_parsers_and_its_errors_point_at_the_place(tmp_path):
    import yaml

    from generator.errors import ConfigError
    from generator.knowledge import SAFE_LOADER

    for name in ("actors.yaml", "issues.yaml"):
        text = (ROOT / "knowledge" / name).read_text(encoding="utf-8")
        assert yaml.load(text, Loader=SAFE_LOADER) == yaml.safe_load(text)  # noqa: S506 - a safe loader
    (tmp_path / "actors.yaml").write_text("- name: Kono\n- name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_knowledge(tmp_path)
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / 'actors.yaml'}: not valid YAML") and "line 2" in message
    assert "^" in message  # the place, shown under the line


def test_a_fault_of_briefing_s_own_on_one_article_rejects_that_article_alone(monkeypatch):
    from generator import pipeline

    seeds = sorted(SEEDS.glob("*.txt"))

    def failing(article, knowledge):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pipeline, "extract", failing)
    rejection = pipeline.read_one(seeds[0], KNOWLEDGE)
    assert (rejection.path, rejection.reason) == (str(seeds[0]), (
        "could not be read into a briefing, a fault of briefing's own (RecursionError: maximum recursion depth "
        "exceeded); please report it with this file"))
    monkeypatch.undo()
    assert pipeline.read_one(seeds[1], KNOWLEDGE).article.title
