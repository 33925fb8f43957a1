"""A rebuild that adds, changes or removes pages takes every other page from the site in use.

The site it makes is the one a whole MkDocs build of the same docs folder
makes, byte for byte. A page linking to a page added or removed is built
again; anything that could make every kept page wrong (a different nav, a
page listing tagged pages, a plugin working on each page) means every page
is built.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.errors import SiteBuildError
from generator.pipeline import SITE_STAMP, build
from generator.site import PreviousSite, build_site, record_site
from tests.conftest import CORPUS
from tests.test_incremental import tree
from tests.test_site_reuse import built, options_for, project  # noqa: F401 (fixtures)


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*.html")}


def assert_as_a_whole_build(options, tmp_path: Path) -> None:
    """The site in use is what MkDocs makes of the docs folder from nothing."""
    whole = tmp_path / "whole-site"
    build_site(options.config_file, options.docs_dir, whole)
    assert tree(options.site_dir) == tree(whole)


def add_article(options, index: int) -> Path:
    article = sorted(CORPUS.glob("*.txt"))[index]
    shutil.copy(article, options.input_dir / article.name)
    return article


def test_a_new_article_takes_the_unchanged_pages_from_the_site_in_use(project, tmp_path):
    # A tagged page that stays the same: the tags page lists it by the title its Markdown gives.
    note = "---\ntags:\n  - Hand\n---\n# A note by hand\n\nText.\n"
    (project.docs_dir / "note.md").write_text(note, encoding="utf-8")
    build(project)
    docs_before, site_before = tree(project.docs_dir), inodes(project.site_dir)
    add_article(project, 0)
    result = build(project)
    assert 0 < result.site_pages_reused < result.site_pages
    assert_as_a_whole_build(project, tmp_path)
    docs_after, site_after = tree(project.docs_dir), inodes(project.site_dir)
    same = [p for p in docs_after if p.endswith(".md") and docs_before.get(p) == docs_after[p] and p != "tags.md"]
    changed = [p for p in docs_after if p.endswith(".md") and docs_before.get(p) != docs_after[p]]
    assert same and changed
    html = {p: p[: -len(".md")] + ".html" for p in same + changed}
    # The very files of the site before (hard links), for the pages whose Markdown is the same ...
    assert all(site_after[html[p]] == site_before[html[p]] for p in same)
    assert result.site_pages_reused == len(same)
    # ... and new ones for the others, and for the page listing the tagged pages.
    assert all(site_after[html[p]] != site_before.get(html[p]) for p in changed)
    assert site_after["tags.html"] != site_before["tags.html"]
    assert "A note by hand" in (project.site_dir / "tags.html").read_text(encoding="utf-8")


def test_an_edited_article_gives_the_site_a_whole_build_gives(project, tmp_path):
    add_article(project, 1)
    build(project)
    article = sorted(project.input_dir.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\n\nThe talks resume in Seoul next week.\n",
                       encoding="utf-8")
    result = build(project)
    assert result.site_pages_reused > 0
    assert_as_a_whole_build(project, tmp_path)


def markdown_pages(options) -> dict[str, bytes]:
    return {p: data for p, data in tree(options.docs_dir).items() if p.endswith(".md")}


def test_a_removed_article_takes_the_pages_that_did_not_link_to_it(project, tmp_path):
    article = add_article(project, 2)
    build(project)
    docs_before, site_before = markdown_pages(project), inodes(project.site_dir)
    (project.input_dir / article.name).unlink()
    result = build(project)
    assert_as_a_whole_build(project, tmp_path)
    docs_after, site_after = markdown_pages(project), inodes(project.site_dir)
    assert set(docs_after) < set(docs_before)  # its briefing page, at least, is gone
    same = [p for p in docs_after if docs_before[p] == docs_after[p] and p != "tags.md"]
    assert same and len(same) < len(docs_after) - 1
    html = {p: p[: -len(".md")] + ".html" for p in docs_after}
    assert all(site_after[html[p]] == site_before[html[p]] for p in same)
    assert result.site_pages_reused == len(same)


def test_a_hand_written_page_linking_to_a_removed_page_fails_as_a_whole_build_does(project, tmp_path):
    before = set((project.docs_dir / "briefings").glob("*.md"))
    article = add_article(project, 2)
    build(project)
    [briefing] = set((project.docs_dir / "briefings").glob("*.md")) - before
    link = briefing.relative_to(project.docs_dir).as_posix()
    (project.docs_dir / "notes.md").write_text(f"# Notes\n\nSee [the briefing]({link}).\n", encoding="utf-8")
    build(project)
    (project.input_dir / article.name).unlink()
    with pytest.raises(SiteBuildError, match="Doc file 'notes.md' contains a link"):
        build(project)
    build(replace(project, build_site=False))  # the same docs, with no site
    with pytest.raises(SiteBuildError, match="Doc file 'notes.md' contains a link"):
        build_site(project.config_file, project.docs_dir, tmp_path / "whole-site")


def test_a_page_whose_missing_link_target_appears_is_built_again(project, tmp_path):
    # With links to missing pages only noted, a strict build keeps the link as written ...
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("    anchors: warn\n", "    anchors: warn\n    not_found: info\n"),
                                   encoding="utf-8")
    (project.docs_dir / "notes.md").write_text("# Notes\n\nSee [later](later.md).\n", encoding="utf-8")
    build(project)
    assert 'href="later.md"' in (project.site_dir / "notes.html").read_text(encoding="utf-8")
    # ... and once the page is there, the link leads to it.
    (project.docs_dir / "later.md").write_text("# Later\n", encoding="utf-8")
    result = build(project)
    assert result.site_pages_reused > 0
    assert 'href="later.html"' in (project.site_dir / "notes.html").read_text(encoding="utf-8")
    assert_as_a_whole_build(project, tmp_path)


def test_without_a_nav_adding_or_removing_a_page_builds_every_page(project, tmp_path):
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config[: config.index("\nnav:")] + "\n", encoding="utf-8")
    build(project)
    article = add_article(project, 3)
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path / "added")
    (project.input_dir / article.name).unlink()
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path / "removed")


def test_a_page_the_nav_names_by_its_heading_retitles_every_page(project, tmp_path):
    (project.docs_dir / "notes.md").write_text("# Notes\n\nText.\n", encoding="utf-8")
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("  - Editor: report.md\n", "  - Editor: report.md\n  - notes.md\n"),
                                   encoding="utf-8")
    build(project)
    (project.docs_dir / "notes.md").write_text("# Field notes\n\nText.\n", encoding="utf-8")
    build(project)
    assert_as_a_whole_build(project, tmp_path)
    assert "Field notes" in (project.site_dir / "timeline.html").read_text(encoding="utf-8")


def test_a_removed_listing_page_builds_every_page(project, tmp_path):
    (project.docs_dir / "by-tag.md").write_text("# By tag\n\n<!-- material/tags -->\n", encoding="utf-8")
    build(project)
    (project.docs_dir / "by-tag.md").unlink()
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path)


def test_a_page_that_made_mkdocs_warn_is_built_again_and_warns_again(project, tmp_path, caplog):
    (project.docs_dir / "broken.md").write_text("# Broken\n\nSee [nowhere](nowhere.md).\n", encoding="utf-8")
    stamp, site = tmp_path / "site.json", tmp_path / "site-before"
    first = build_site(project.config_file, project.docs_dir, site, strict=False, previous=PreviousSite(site, stamp))
    record_site(stamp, first, site)
    (project.docs_dir / "more.md").write_text("# More\n", encoding="utf-8")
    caplog.clear()
    again = build_site(project.config_file, project.docs_dir, tmp_path / "site-after", strict=False,
                       previous=PreviousSite(site, stamp))
    assert again.pages_reused > 0
    assert "Doc file 'broken.md' contains a link 'nowhere.md'" in caplog.text


@pytest.mark.parametrize("directive", ["<!-- material/tags -->", "<!--material/TAGS-->"])
def test_a_new_listing_page_builds_every_page(project, tmp_path, directive):
    (project.docs_dir / "by-tag.md").write_text(f"# By tag\n\n{directive}\n", encoding="utf-8")
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path)
    # Unchanged since, the listing page is built again with every build that changes a page.
    add_article(project, 3)
    result = build(project)
    assert 0 < result.site_pages_reused < result.site_pages - 2
    assert_as_a_whole_build(project, tmp_path / "again")


PAGE_HOOK = (
    "built = []\n"
    "def on_config(config):\n"
    "    built.clear()\n"
    "def on_page_content(html, page, config, files):\n"
    "    built.append(page.file.src_uri)\n"
    "    return html + f'<p>stamped by the hook, page {len(built)}</p>'\n"
)
NAV_HOOK = (
    "def on_nav(nav, config, files):\n"
    "    nav.items[0].title = f'Home ({len(files.documentation_pages())} pages, stamped by the hook)'\n"
    "    return nav\n"
)


@pytest.mark.parametrize("hook_code", [PAGE_HOOK, NAV_HOOK], ids=["each page", "the nav"])
def test_a_hook_working_on_each_page_or_the_nav_builds_every_page(project, tmp_path, hook_code):
    hook = tmp_path / "stamping.py"
    hook.write_text(hook_code, encoding="utf-8")
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("hooks:\n", f"hooks:\n  - {hook}\n"), encoding="utf-8")
    build(project)
    add_article(project, 4)
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path)
    assert "stamped by the hook" in (project.site_dir / "timeline.html").read_text(encoding="utf-8")


def test_a_kept_page_whose_link_lost_its_anchor_fails_as_a_whole_build_does(project, tmp_path):
    (project.docs_dir / "notes.md").write_text("# Notes\n\nSee [the point](other.md#the-point).\n", encoding="utf-8")
    (project.docs_dir / "other.md").write_text("# Other\n\n## The point\n\nHere.\n", encoding="utf-8")
    build(project)
    (project.docs_dir / "other.md").write_text("# Other\n\n## Another point\n\nHere.\n", encoding="utf-8")
    with pytest.raises(SiteBuildError, match="the-point"):
        build(project)
    with pytest.raises(SiteBuildError, match="the-point"):
        build_site(project.config_file, project.docs_dir, tmp_path / "whole-site")


@pytest.mark.parametrize("damage", ["entries", "pages", "dest", "index", "kept", "links", "found", "warned"])
def test_a_stamp_that_does_not_fit_the_site_builds_every_page(project, tmp_path, damage):
    stamp_file = project.cache_dir / SITE_STAMP
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    if damage == "entries":
        first = next(iter(stamp["pages"].values()))
        first["entries"] += 1  # the index then has fewer entries than the stamp counts
    elif damage == "pages":
        stamp["pages"] = []
    elif damage == "kept":
        stamp["pages"][next(iter(stamp["pages"]))] = "a page"
    elif damage == "warned":
        for kept in stamp["pages"].values():
            del kept["warned"]
    elif damage == "found":
        for kept in stamp["pages"].values():
            kept["found"] = {"gone.md": "yes"}
    elif damage == "links":
        for kept in stamp["pages"].values():
            kept["links"] = {"gone.md": {"x": "gone.md#x"}}
    elif damage == "dest":
        for kept in stamp["pages"].values():
            kept["dest"] = "nowhere/" + kept["dest"]
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    if damage == "index":
        index = project.site_dir / "search" / "search_index.json"
        data = json.loads(index.read_text(encoding="utf-8"))
        data["docs"] = data["docs"][1:]
        index.write_text(json.dumps(data), encoding="utf-8")
        # The stamp lists the site's files as they were: a changed index is a changed site.
    add_article(project, 5)
    result = build(project)
    assert result.site_pages_reused == 0
    assert_as_a_whole_build(project, tmp_path)


def test_a_site_without_search_takes_its_pages_too(project, tmp_path):
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("  - search\n", ""), encoding="utf-8")
    build(project)
    assert not (project.site_dir / "search" / "search_index.json").exists()
    add_article(project, 6)
    result = build(project)
    assert 0 < result.site_pages_reused < result.site_pages
    assert_as_a_whole_build(project, tmp_path)


def test_a_mkdocs_without_the_steps_it_replaces_builds_every_page(project, tmp_path, monkeypatch):
    import generator.site

    monkeypatch.setattr(generator.site, "MKDOCS_STEPS", (*generator.site.MKDOCS_STEPS, "_build_pages_renamed"))
    for index in (8, 9):  # the stamp of a build without the steps takes no page either
        add_article(project, index)
        result = build(project)
        assert result.site_pages_reused == 0
        assert_as_a_whole_build(project, tmp_path / str(index))


def test_the_theme_templates_are_kept_compiled_for_the_same_configuration(project, monkeypatch):
    import jinja2

    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(filename or "")
        return real(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    add_article(project, 7)
    build(project)
    assert not [f for f in compiled if "material" in f]  # the project's first build compiled them
    with project.config_file.open("a", encoding="utf-8") as handle:
        handle.write("\ncopyright: Briefing desk\n")
    build(project)
    assert [f for f in compiled if "material" in f]  # another configuration: compiled afresh
