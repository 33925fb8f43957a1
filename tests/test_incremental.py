"""Rebuilding when articles arrive: only new and changed articles are read again,
only changed pages are rewritten, and the output is the same as a build from scratch."""

from __future__ import annotations

import gc
import os
import pickle
import re
import shutil
import subprocess
import time
import sys
from dataclasses import replace
from pathlib import Path

import jinja2
import pytest

from generator import cache as cache_module
from generator.cache import ArticleCache, Memory, file_key, fingerprint
from generator.errors import ConfigError
from generator.knowledge import Knowledge, load_knowledge
from generator.models import Briefing, Rejection
from generator.pipeline import BuildOptions, build, collector_paused, read_all, read_one
from tests.conftest import CORPUS, GOLD

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
KNOWLEDGE = load_knowledge(ROOT / "knowledge")
# A few real articles besides the seeds: enough for cross-links, quick to read.
EXTRA = sorted(CORPUS.glob("*.txt"))[:4]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path) -> BuildOptions:
    inputs = tmp_path / "seeds"
    inputs.mkdir()
    for path in [*SEEDS.iterdir(), *EXTRA]:
        shutil.copy(path, inputs / path.name)
    return BuildOptions(
        input_dir=inputs,
        docs_dir=tmp_path / "site_src",
        site_dir=tmp_path / "site",
        config_file=ROOT / "mkdocs.yml",
        knowledge_dir=ROOT / "knowledge",
        templates_dir=ROOT / "templates",
        build_site=False,
        cache_dir=tmp_path / ".briefing-cache",
        workers=1,
    )


def test_a_warm_build_reads_no_article_and_writes_the_same_pages_as_a_cold_one(project, tmp_path):
    cold = build(project)
    first = tree(project.docs_dir)
    warm = build(project)
    assert (cold.read, cold.cached) == (6, 0)
    assert (warm.read, warm.cached) == (0, 6)
    assert warm.written.written == () and warm.written.deleted == ()
    assert tree(project.docs_dir) == first
    uncached = replace(project, docs_dir=tmp_path / "plain", cache_dir=None)
    build(uncached)
    assert tree(uncached.docs_dir) == first


def test_a_parallel_build_writes_the_same_pages_as_a_serial_one(project, tmp_path, monkeypatch):
    monkeypatch.setattr("generator.pipeline.PARALLEL_FROM", 2)
    build(replace(project, cache_dir=None))
    parallel = replace(project, docs_dir=tmp_path / "parallel", cache_dir=None, workers=2)
    build(parallel)
    assert tree(parallel.docs_dir) == tree(project.docs_dir)


@pytest.mark.parametrize("fails", [False, True], ids=["done", "failed"])
def test_a_build_leaves_the_garbage_collector_as_it_found_it(project, monkeypatch, fails):
    if fails:
        def broken(*args, **kwargs):
            raise RuntimeError("render failed")
        monkeypatch.setattr("generator.pipeline.render_pages", broken)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    try:
        build(replace(project, cache_dir=None))
    except RuntimeError:
        assert fails
    assert gc.isenabled(), "collection is paused only while records load"
    assert gc.get_freeze_count() == 0, "the records read are frozen only while the build runs"


def test_collection_resumes_after_loading_even_when_loading_fails():
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a worker died")
    assert gc.isenabled()


def compiled_in(options: BuildOptions, monkeypatch) -> list[str]:
    """Build; return the names of the templates Jinja2 compiled in that build."""
    compiled = []
    compile_templates = jinja2.Environment.compile

    def spy(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return compile_templates(self, source, name, filename, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(jinja2.Environment, "compile", spy)
        build(options)
    return compiled


def test_compiled_templates_are_kept_for_the_next_build(project, monkeypatch):
    assert "briefing.md.j2" in compiled_in(project, monkeypatch)
    assert any((project.cache_dir / "templates").iterdir())
    assert compiled_in(project, monkeypatch) == []


def test_an_edited_template_is_compiled_again(project, tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    shutil.copytree(project.templates_dir, templates)
    options = replace(project, templates_dir=templates)
    build(options)
    home = templates / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\nEdited by hand.\n", encoding="utf-8")
    assert compiled_in(options, monkeypatch) == ["home.md.j2"]
    assert "Edited by hand." in (options.docs_dir / "index.md").read_text(encoding="utf-8")


def test_a_long_running_process_follows_edited_templates(project, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(project.templates_dir, templates)
    options = replace(project, templates_dir=templates)
    memory = Memory()
    build(options, memory)
    home, actor = templates / "home.md.j2", templates / "actor.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\nEdited by hand.\n", encoding="utf-8")
    actor.write_text(actor.read_text(encoding="utf-8").replace("## Appearances", "## Named in"), encoding="utf-8")
    build(options, memory)
    assert "Edited by hand." in (options.docs_dir / "index.md").read_text(encoding="utf-8")
    plain = replace(options, docs_dir=tmp_path / "plain", cache_dir=None)
    build(plain)
    assert tree(plain.docs_dir) == tree(options.docs_dir)
    assert any("## Named in" in path.read_text(encoding="utf-8") for path in (options.docs_dir / "actors").glob("*.md"))


def test_templates_compiled_by_other_generator_code_are_compiled_again(project, monkeypatch):
    build(project)
    monkeypatch.setattr(cache_module, "code_digest", lambda: b"other code")
    assert "home.md.j2" in compiled_in(project, monkeypatch)


def test_a_damaged_compiled_template_is_compiled_again(project, monkeypatch):
    build(project)
    for entry in (project.cache_dir / "templates").iterdir():
        entry.write_bytes(entry.read_bytes()[:40])
    assert "home.md.j2" in compiled_in(project, monkeypatch)


def test_an_unwritable_template_cache_only_means_compiling_again(project, tmp_path, caplog):
    project.cache_dir.mkdir()
    (project.cache_dir / "templates").write_text("not a folder")
    plain = replace(project, docs_dir=tmp_path / "plain", cache_dir=None)
    build(project)
    build(plain)
    assert tree(project.docs_dir) == tree(plain.docs_dir)
    assert "cannot write the template cache" in caplog.text


def test_articles_read_in_worker_processes_are_cached_by_the_workers(project, monkeypatch):
    monkeypatch.setattr("generator.pipeline.PARALLEL_FROM", 2)
    parallel = replace(project, workers=2)
    stored = []
    monkeypatch.setattr(ArticleCache, "store", lambda self, key, record: stored.append(key))
    cold = build(parallel)
    assert (cold.read, cold.cached) == (6, 0)
    assert stored == [], "the workers, not this process, store what they read"
    monkeypatch.undo()
    monkeypatch.setattr("generator.pipeline.PARALLEL_FROM", 2)
    build(parallel)
    warm = build(parallel)
    assert (warm.read, warm.cached) == (0, 6)


def test_only_the_new_article_is_read_and_only_changed_pages_are_written(project, tmp_path):
    build(project)
    old_pages = tree(project.docs_dir)
    old = {path: ns - 10**9 for path, ns in mtimes(project.docs_dir).items()}
    for path, ns in old.items():
        os.utime(project.docs_dir / path, ns=(ns, ns))
    added = sorted(CORPUS.glob("*.txt"))[10]
    shutil.copy(added, project.input_dir / added.name)

    result = build(project)

    assert (result.read, result.cached) == (1, 6)
    new_pages = tree(project.docs_dir)
    changed = {p for p in new_pages if p != ".briefing-manifest.json" and old_pages.get(p) != new_pages[p]}
    assert set(result.written.written) == changed
    assert f"briefings/{added.stem.replace('_', '-')}.md" in changed
    for path, ns in mtimes(project.docs_dir).items():
        if path in old and old_pages[path] == new_pages[path]:
            assert ns == old[path], f"{path} was rewritten with the same content"


def test_an_edited_sidecar_rereads_its_article(project):
    build(project)
    (project.input_dir / "003_f8d53fefbb7e7c2c.yaml").write_text("published: 2019-08-10\noutlet: Kyodo\n")
    result = build(project)
    assert result.read == 1
    assert result.corpus.get("003-f8d53fefbb7e7c2c").article.published == "2019-08-10"


def test_new_knowledge_rereads_every_article(project, tmp_path):
    build(project)
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    with (knowledge / "issues.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n- id: fisheries\n  title: Fisheries talks\n  aliases: [fishing talks]\n")
    result = build(replace(project, knowledge_dir=knowledge))
    assert result.read == 6


def test_a_change_of_the_generator_code_gives_a_new_fingerprint(tmp_path, monkeypatch):
    package = tmp_path / "generator"
    package.mkdir()
    (package / "clean.py").write_text("RULE = 1\n")
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    before = cache_module.code_digest.__wrapped__()
    (package / "clean.py").write_text("RULE = 2\n")
    assert cache_module.code_digest.__wrapped__() != before


def test_the_fingerprint_is_the_same_in_another_process():
    # Set or dict order must not leak in: another hash seed, the same fingerprint.
    script = (
        "from pathlib import Path; from generator.cache import fingerprint; "
        f"from generator.knowledge import load_knowledge; print(fingerprint(load_knowledge(Path({str(ROOT / 'knowledge')!r}))))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
            env=dict(os.environ, PYTHONHASHSEED=seed),
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert len(seen) == 1


def test_knowledge_changes_the_fingerprint_but_its_comments_do_not():
    assert fingerprint(KNOWLEDGE) == fingerprint(load_knowledge(ROOT / "knowledge"))
    assert fingerprint(KNOWLEDGE) != fingerprint(Knowledge(actors=KNOWLEDGE.actors))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "foreign pickle"])
def test_a_damaged_cache_entry_is_read_again_not_an_error(tmp_path, damage):
    paths = sorted(SEEDS.glob("*.txt"))
    store = ArticleCache(tmp_path, fingerprint(KNOWLEDGE))
    cold = read_all(paths, KNOWLEDGE, store)
    entries = sorted(store.folder.glob("*.pickle"))
    assert len(entries) == len(paths)
    for entry in entries:
        blob = entry.read_bytes()
        entry.write_bytes({
            "garbage": b"\x00not a cache entry",
            "truncated": blob[: len(blob) // 2],
            "flipped": blob[:-1] + bytes([blob[-1] ^ 1]),
            "empty": b"",
            "foreign pickle": pickle.dumps({"not": "a record"}),
        }[damage])
    warm = read_all(paths, KNOWLEDGE, store)
    assert warm.cached == 0
    assert warm.outcomes == cold.outcomes
    assert read_all(paths, KNOWLEDGE, store).cached == len(paths)


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: Path(e["file"]).stem)
def test_a_cached_record_is_the_record(entry, tmp_path):
    record = read_one(entry["path"], KNOWLEDGE)
    store = ArticleCache(tmp_path, fingerprint(KNOWLEDGE))
    key = file_key(entry["path"])
    store.store(key, record)
    loaded = store.load(key)
    assert loaded == record
    # The digest takes no part in comparisons: check it came back too.
    assert loaded.digest == record.digest and loaded.digest.sketch


def test_rejections_are_cached_too(tmp_path):
    empty = tmp_path / "in" / "empty.txt"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    store = ArticleCache(tmp_path / "cache", fingerprint(KNOWLEDGE))
    first = read_all([empty], KNOWLEDGE, store)
    second = read_all([empty], KNOWLEDGE, store)
    assert isinstance(first.outcomes[0], Rejection)
    assert second.outcomes == first.outcomes and second.cached == 1


def test_a_folder_named_like_an_article_is_not_cached_but_still_rejected(tmp_path):
    folder = tmp_path / "a.txt"
    folder.mkdir()
    assert file_key(folder) is None
    reading = read_all([folder], KNOWLEDGE, ArticleCache(tmp_path / "cache", "0" * 24))
    assert isinstance(reading.outcomes[0], Rejection) and reading.cached == 0


def test_the_key_covers_name_bytes_and_sidecar(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text of the article.\n")
    keys = {file_key(article)}
    (tmp_path / "a.yaml").write_text("outlet: Kyodo\n")
    keys.add(file_key(article))
    article.write_text("Title\n\nBody text of the article, changed.\n")
    keys.add(file_key(article))
    shutil.copy(article, tmp_path / "b.txt")
    keys.add(file_key(tmp_path / "b.txt"))
    assert len(keys) == 4
    # The folder is not part of it.
    elsewhere = tmp_path / "moved"
    elsewhere.mkdir()
    shutil.copy(article, elsewhere / "a.txt")
    shutil.copy(tmp_path / "a.yaml", elsewhere / "a.yaml")
    assert file_key(elsewhere / "a.txt") == file_key(article)


def test_a_folder_spelled_otherwise_takes_every_record_from_the_cache(project, monkeypatch):
    """`seeds` and `/project/seeds` are one folder: a build from either
    spelling reads nothing again and leaves every page as it is, and its
    records name the files as that build was given them."""
    build(project)
    pages = mtimes(project.docs_dir)
    monkeypatch.chdir(project.input_dir.parent)
    relative = build(replace(project, input_dir=Path("./seeds")))
    assert (relative.read, relative.cached) == (0, 6)
    assert relative.written.written == () and mtimes(project.docs_dir) == pages
    assert {b.article.source.path for b in relative.corpus.briefings} <= {
        str(Path("./seeds") / p.name) for p in project.input_dir.iterdir()
    }
    moved = project.input_dir.parent / "moved"
    project.input_dir.rename(moved)
    again = build(replace(project, input_dir=moved))
    assert (again.read, again.cached) == (0, 6) and again.written.written == ()
    assert all(b.article.source.path.startswith(str(moved)) for b in again.corpus.briefings)


def test_a_rejection_cached_under_another_spelling_is_made_again(tmp_path, monkeypatch):
    """A rejection's reason may name the path, so it is not carried to another spelling."""
    empty = tmp_path / "in" / "empty.txt"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    store = ArticleCache(tmp_path / "cache", fingerprint(KNOWLEDGE))
    read_all([empty], KNOWLEDGE, store)
    monkeypatch.chdir(tmp_path)
    other = read_all([Path("in/empty.txt")], KNOWLEDGE, store)
    assert other.cached == 0 and other.outcomes[0].path == "in/empty.txt"


def test_prune_drops_unused_old_entries_and_other_fingerprints(tmp_path):
    briefing = Briefing(article=read_one(SEEDS / "000_3098d3c7a12f7f37.txt", KNOWLEDGE).article)
    old = ArticleCache(tmp_path, "a" * 24)
    old.store("1" * 64, briefing)
    current = ArticleCache(tmp_path, "b" * 24)
    for key in ("2" * 64, "3" * 64, "4" * 64):
        current.store(key, briefing)
    long_ago = (current.folder / f"{'4' * 64}.pickle")
    os.utime(long_ago, (0, 0))
    (tmp_path / "notes.txt").write_text("mine")

    current.prune({"2" * 64}, max_age=3600)

    assert not old.folder.exists()
    assert sorted(p.stem for p in current.folder.iterdir()) == ["2" * 64, "3" * 64]
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_removed_article_disappears_with_every_link_to_it(tmp_path):
    inputs = tmp_path / "seeds"
    shutil.copytree(SEEDS, inputs)
    options = BuildOptions(
        input_dir=inputs, docs_dir=tmp_path / "site_src", site_dir=tmp_path / "site",
        config_file=ROOT / "mkdocs.yml", knowledge_dir=ROOT / "knowledge",
        templates_dir=ROOT / "templates", cache_dir=tmp_path / ".briefing-cache",
    )
    build(options)
    gone = "003-f8d53fefbb7e7c2c"
    assert (options.docs_dir / "briefings" / f"{gone}.md").exists()
    assert (options.site_dir / "briefings" / f"{gone}.html").exists()

    (inputs / "003_f8d53fefbb7e7c2c.txt").unlink()
    (inputs / "003_f8d53fefbb7e7c2c.yaml").unlink()
    result = build(options)

    assert f"briefings/{gone}.md" in result.written.deleted
    assert not (options.docs_dir / "briefings" / f"{gone}.md").exists()
    assert not (options.site_dir / "briefings" / f"{gone}.html").exists()
    link = re.compile(rf"{gone}\.(md|html)")
    for folder in (options.docs_dir, options.site_dir):
        for page in folder.rglob("*"):
            if page.is_file() and page.suffix in (".md", ".html", ".xml", ".json", ".svg"):
                assert not link.search(page.read_text(encoding="utf-8")), f"{page} still links {gone}"


def test_hand_written_pages_survive_every_rebuild_untouched(project):
    about = project.docs_dir / "about.md"
    notes = project.docs_dir / "notes" / "reading-list.md"
    build(project)
    notes.parent.mkdir()
    about.write_text("# About\n\nWritten by hand.\n")
    notes.write_text("# Reading list\n")
    os.utime(about, ns=(10**18, 10**18))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (about, notes)}
    shutil.copy(sorted(CORPUS.glob("*.txt"))[10], project.input_dir)
    build(project)
    (project.input_dir / EXTRA[0].name).unlink()
    build(project)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (about, notes)} == before


def test_the_benchmark_runs_and_reports_what_changed(tmp_path):
    from benchmarks import bench, synth

    synth.write_articles(8, tmp_path / "seeds")
    result = bench.measure(tmp_path, 8, site=False)
    assert result["briefings"] == 8
    assert result["rebuild_read"] == 1
    assert len(result["rebuilds"]) == 1 + bench.MORE_REBUILDS and result["rebuilds"][0] == result["rebuild"]
    assert min(result["rebuilds"]) <= result["rebuild_median"] <= max(result["rebuilds"])
    assert result["rewritten_matches_changed"]
    assert "adding one article" in bench.targets([result], ())
    assert "8" in bench.table([result])


def test_each_briefing_carries_a_key_over_its_whole_record(project):
    """Pages are keyed by a briefing's `key` instead of its whole record: the
    key must change with anything the record says, and only with that."""
    from generator.models import Quote, briefing_key

    knowledge = load_knowledge(project.knowledge_dir)
    path = sorted(project.input_dir.glob("*.txt"))[0]
    briefing = read_one(path, knowledge)
    assert briefing.key == briefing_key(briefing) and len(briefing.key) == 64
    assert read_one(path, knowledge).key == briefing.key
    assert "key=" not in repr(briefing) and replace(briefing, key="") == briefing
    quoted = replace(briefing, quotes=briefing.quotes + (Quote(text="We will decide.", speaker=None, paragraph=0),))
    retitled = replace(briefing, article=replace(briefing.article, title=briefing.article.title + "!"))
    assert len({briefing_key(b) for b in (briefing, quoted, retitled)}) == 3
    # The digest is worked out from the rest and never shown on a page.
    assert briefing_key(replace(briefing, digest=None)) == briefing.key
    # Nor is the folder the file was read from; its name is.
    source = briefing.article.source
    for path, same in ((f"/elsewhere/{path.name}", True), (str(path.with_name("other.txt")), False)):
        moved = replace(briefing, article=replace(briefing.article, source=replace(source, path=path)))
        assert (briefing_key(moved) == briefing.key) is same


def settle(folder: Path) -> None:
    """Date every file a minute back: `Memory` trusts the stat of a file only once it has settled."""
    past = time.time() - 60
    for path in folder.iterdir():
        os.utime(path, (past, past))


def test_a_long_running_process_takes_unchanged_records_from_memory_and_builds_the_same(project, tmp_path, monkeypatch):
    settle(project.input_dir)
    memory = Memory()
    first = build(project, memory)
    pages = tree(project.docs_dir)
    loads, keys = [], []
    monkeypatch.setattr(ArticleCache, "load", lambda self, key: loads.append(key))
    real_key = cache_module.file_key
    monkeypatch.setattr(cache_module, "file_key", lambda path: keys.append(path) or real_key(path))
    again = build(project, memory)
    assert (again.read, again.cached) == (0, first.read) and loads == [] and keys == []
    assert again.corpus == first.corpus and tree(project.docs_dir) == pages
    # A new article: only its key is worked out from its bytes, only it is looked up in the cache.
    new = sorted(CORPUS.glob("*.txt"))[5]
    shutil.copy(new, project.input_dir)
    grown = build(project, memory)
    assert grown.read == 1 and [p.name for p in keys] == [new.name] and loads == [file_key(project.input_dir / new.name)]
    plain = replace(project, docs_dir=tmp_path / "plain", cache_dir=None)
    build(plain)
    assert tree(plain.docs_dir) == tree(project.docs_dir)
    # An article removed: what memory kept is brought up to date, not served stale.
    sorted(project.input_dir.glob("*.txt"))[0].unlink()
    assert build(project, memory).corpus == build(plain).corpus
    assert tree(plain.docs_dir) == tree(project.docs_dir)


def test_memory_notices_an_edit_a_new_sidecar_and_other_knowledge(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Seoul keeps the pact\n\nSouth Korea said on Friday it would keep the pact with Japan.\n")
    settle(tmp_path)
    memory = Memory()
    first = memory.key(article)
    assert memory.key(article) == first
    article.write_text("Seoul keeps the pact\n\nSouth Korea said on Friday it would keep the pact with Japan!\n")
    edited = memory.key(article)  # same size, new bytes
    assert edited != first and edited == file_key(article)
    assert memory.key(article, frozenset(os.listdir(tmp_path))) == edited  # no sidecar listed, none asked for
    (tmp_path / "a.yaml").write_text("outlet: Kyodo\n")
    assert memory.key(article, frozenset(os.listdir(tmp_path))) == file_key(article) != edited
    assert memory.key(article) == file_key(article)
    store = ArticleCache(tmp_path / "cache", fingerprint(KNOWLEDGE))
    read_all([article], KNOWLEDGE, store, memory=memory)
    assert read_all([article], KNOWLEDGE, store, memory=memory).cached == 1
    other = Knowledge(actors=KNOWLEDGE.actors[1:], issues=KNOWLEDGE.issues)
    assert memory.record(fingerprint(other), memory.key(article)) is None
    assert memory.record(fingerprint(KNOWLEDGE), memory.key(article)) is not None


def test_memory_loads_the_configuration_again_only_when_its_files_change(tmp_path):
    config = tmp_path / "mkdocs.yml"
    absent = tmp_path / "issues.yaml"
    memory = Memory()
    loads = []

    def load():
        loads.append(config.read_text())
        if absent.exists():
            raise ConfigError(f"{absent}: broken")
        return {"text": config.read_text()}

    def loaded():
        return memory.loaded("settings", (config, absent), load)

    config.write_text("site_name: One\n")
    assert loaded() == {"text": "site_name: One\n"} and loaded() == {"text": "site_name: One\n"}
    assert len(loads) == 2  # a file changed within a tick of now is loaded again
    settle(tmp_path)
    first = loaded()
    assert loaded() is first and len(loads) == 3
    config.write_text("site_name: Two words\n")
    settle(tmp_path)
    assert loaded() == {"text": "site_name: Two words\n"} and len(loads) == 4
    assert loaded() is loaded() and len(loads) == 4
    absent.write_text("- a file that appears\n")
    settle(tmp_path)
    for _ in range(2):  # an error is never kept
        with pytest.raises(ConfigError):
            loaded()
    assert len(loads) == 6
    absent.unlink()
    assert loaded() == {"text": "site_name: Two words\n"} and len(loads) == 7


def test_a_long_running_process_follows_edits_of_the_knowledge_and_the_settings(project, tmp_path):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    config = tmp_path / "mkdocs.yml"
    shutil.copy(ROOT / "mkdocs.yml", config)
    project = replace(project, knowledge_dir=knowledge, config_file=config)
    settle(knowledge)
    settle(tmp_path)
    memory = Memory()
    build(project, memory)
    with (knowledge / "issues.yaml").open("a", encoding="utf-8") as handle:
        handle.write("- id: tariffs\n  title: Tariff dispute\n  aliases: [tariff, tariffs]\n")
    config.write_text(config.read_text(encoding="utf-8").replace("site_name:", "site_name: Edited"), encoding="utf-8")
    settle(knowledge)
    settle(tmp_path)
    result = build(project, memory)
    assert (result.read, result.cached) == (6, 0)  # other knowledge: every article read with it
    plain = replace(project, docs_dir=tmp_path / "plain", cache_dir=None)
    assert build(plain).corpus == result.corpus
    assert tree(plain.docs_dir) == tree(project.docs_dir)
    assert "Edited" in (project.docs_dir / "index.md").read_text(encoding="utf-8")


def test_a_long_running_process_builds_long_lists_split_by_month_as_a_fresh_build(project, tmp_path, monkeypatch):
    """With pages per month everywhere (small limits), what memory keeps
    (profiles, earlier periods, page keys) gives the pages a fresh build gives."""
    for name, value in (("MAX_ACTOR_APPEARANCES", 2), ("MAX_ACTOR_ROLES", 1), ("MAX_TIMELINE_ENTRIES", 10),
                        ("MAX_ISSUE_TIMELINE", 5), ("MAX_ISSUE_SOURCES", 3), ("MAX_BRIEFINGS_LISTED", 2)):
        monkeypatch.setattr(f"generator.render.{name}", value)
    settle(project.input_dir)
    memory = Memory()
    build(project, memory)
    plain = replace(project, docs_dir=tmp_path / "plain", cache_dir=None)
    more = sorted(CORPUS.glob("*.txt"))[5:8]
    for step, change in enumerate([*more, "edit", "redate", "remove", "remove"]):
        first = sorted(project.input_dir.glob("*.txt"))[step]
        if change == "remove":
            first.unlink()
        elif change == "edit":  # a person and an event more, under the same id
            first.write_text(first.read_text(encoding="utf-8") + (
                "\n\nDefense Minister Taro Kono said on Friday that Japan would keep the pact.\n"
            ), encoding="utf-8")
        elif change == "redate":  # its briefings move in every list ordered by date
            first.with_suffix(".yaml").write_text("published: 2019-12-24\n", encoding="utf-8")
        else:
            shutil.copy(change, project.input_dir)
        assert build(project, memory).corpus == build(plain).corpus
        assert tree(plain.docs_dir) == tree(project.docs_dir)
    assert any(path.startswith("actors/japan/earlier/") for path in tree(project.docs_dir))
