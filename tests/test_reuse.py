"""Pages whose inputs did not change are taken from the last build instead of being rendered again.

Whatever changes (an article added, removed or edited, a sidecar, a template),
the pages must be exactly those a build from scratch gives.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator import clock
from generator import write as write_module
from generator.pipeline import build
from generator.write import MANIFEST, PreviousPages
from tests.conftest import CORPUS
from tests.test_incremental import ROOT, project, tree  # noqa: F401 - `project` is a fixture

MORE = sorted(CORPUS.glob("*.txt"))[10:12]


def fresh(options, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The docs folder a build with no cache and no earlier pages gives."""
    clean = replace(options, docs_dir=tmp_path / name, cache_dir=None)
    build(clean)
    return tree(clean.docs_dir)


def _taken(monkeypatch, method: str) -> list[str]:
    """The paths for which `PreviousPages.<method>` found the last build's page (it returned something)."""
    taken: list[str] = []
    original = getattr(PreviousPages, method)

    def counting(self, path, key):
        found = original(self, path, key)
        if found is not None:
            taken.append(path)
        return found

    monkeypatch.setattr(write_module.PreviousPages, method, counting)
    return taken


@pytest.fixture
def counted(monkeypatch):
    """The pages each build took from the last one by reading them (see `PreviousPages.get`)."""
    return _taken(monkeypatch, "get")


@pytest.fixture
def known_by_stat(monkeypatch):
    """The pages each build took from the last one by their stat alone (see `PreviousPages.unchanged`)."""
    return _taken(monkeypatch, "unchanged")


def test_an_unchanged_build_renders_no_briefing_or_actor_page_again(project, counted, known_by_stat):
    first = build(project)
    assert counted == [] and known_by_stat == []
    build(project)
    reusable = {f"briefings/{b.id}.md" for b in first.corpus.briefings} | {f"actors/{a.id}.md" for a in first.corpus.actors}
    # Each taken as it is: read and checked, or (once its stat had settled when recorded) known by its stat.
    assert sorted(counted + known_by_stat) == sorted(reusable)


def test_every_rebuild_gives_the_pages_a_build_from_scratch_gives(project, tmp_path, counted, known_by_stat):
    build(project)
    # An article arrives: it becomes related to others and names known actors.
    shutil.copy(MORE[0], project.input_dir / MORE[0].name)
    build(project)
    assert tree(project.docs_dir) == fresh(project, tmp_path, "after-add")
    # A sidecar gives a seed another outlet and date: pages citing it change.
    (project.input_dir / "003_f8d53fefbb7e7c2c.yaml").write_text("published: 2019-08-10\noutlet: Kyodo News\n")
    build(project)
    assert tree(project.docs_dir) == fresh(project, tmp_path, "after-sidecar")
    # An article goes: every link to it goes with it.
    (project.input_dir / MORE[0].name).unlink()
    build(project)
    assert tree(project.docs_dir) == fresh(project, tmp_path, "after-remove")
    # A template changes: every page made from it changes.
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    actor = templates / "actor.md.j2"
    actor.write_text(actor.read_text(encoding="utf-8").replace("## Appearances", "## Named in"), encoding="utf-8")
    edited = replace(project, templates_dir=templates)
    build(edited)
    after = tree(edited.docs_dir)
    assert after == fresh(edited, tmp_path, "after-template")
    assert any(b"## Named in" in content for path, content in after.items() if path.startswith("actors/"))
    assert counted or known_by_stat, "nothing was reused: the test would not see a stale page"


def test_a_generated_page_edited_by_hand_is_rendered_again(project):
    build(project)
    page = next((project.docs_dir / "briefings").glob("*.md"))
    generated = page.read_bytes()
    page.write_bytes(generated.replace(b"## Source", b"## Source (edited)"))
    build(project)
    assert page.read_bytes() == generated


def test_the_manifest_records_each_reusable_page_with_its_key_and_digest(project):
    build(project)
    manifest = json.loads((project.docs_dir / MANIFEST).read_text(encoding="utf-8"))
    keys = manifest["keys"]
    assert keys and all(path.startswith(("briefings/", "actors/")) for path in keys)
    assert "briefings/index.md" not in keys and "actors/index.md" not in keys
    previous = PreviousPages(project.docs_dir)
    path, (key, _) = sorted(keys.items())[0]
    assert previous.get(path, key) == (project.docs_dir / path).read_text(encoding="utf-8")
    assert previous.get(path, "0" * 64) is None
    assert previous.get("briefings/no-such-page.md", key) is None


@pytest.mark.parametrize("manifest", ["", "not json", "[]", '{"keys": []}', '{"keys": {"a.md": "x"}}', '{"keys": {"a.md": [1, 2]}}'])
def test_a_damaged_manifest_only_means_nothing_is_reused(tmp_path, manifest):
    (tmp_path / MANIFEST).write_text(manifest)
    (tmp_path / "a.md").write_text("text")
    assert PreviousPages(tmp_path).get("a.md", "x") is None


def test_a_manifest_cannot_make_it_read_outside_the_folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "secret.md").write_text("secret")
    digest = hashlib.sha256(b"secret").hexdigest()
    (docs / MANIFEST).write_text(json.dumps({"keys": {"../secret.md": ["k", digest]}}))
    assert PreviousPages(docs).get("../secret.md", "k") is None


def test_another_jinja2_version_renders_every_page_again(project, counted, monkeypatch):
    import jinja2

    build(project)
    monkeypatch.setattr(jinja2, "__version__", jinja2.__version__ + ".post1")
    build(project)
    assert counted == []


def test_an_actor_page_key_follows_the_briefings_that_name_the_actor(project):
    from generator.render import _Keys
    from generator.settings import SiteSettings

    corpus = build(project).corpus
    briefings = {b.id: b for b in corpus.briefings}
    actor = max((a for a in corpus.actors if len(a.appearances) < len(briefings)), key=lambda a: len(a.appearances))
    assert len(actor.appearances) >= 2

    def key(known: dict) -> str:
        return _Keys(ROOT / "templates", SiteSettings(), known).of("actor.md.j2", "actors/x.md", {"actor": actor})

    assert key(briefings) == key(dict(briefings))
    named = actor.appearances[0].briefing
    edited = dict(briefings, **{named: replace(briefings[named], key="0" * 64)})
    assert key(edited) != key(briefings)
    # A briefing that does not name the actor takes no part.
    other = next(b.id for b in corpus.briefings if b.id not in {a.briefing for a in actor.appearances})
    assert key(dict(briefings, **{other: replace(briefings[other], key="0" * 64)})) == key(briefings)


@pytest.fixture
def settled_at_once(monkeypatch):
    """Every page counts as stamped before the time recorded with its stat (else the few
    written within the file system's last timestamp tick would be read)."""
    from generator import pipeline

    monkeypatch.setattr(pipeline, "file_system_now", lambda folder: 2**62)


def test_pages_known_unchanged_by_their_stat_are_not_read(
    project, tmp_path, counted, known_by_stat, settled_at_once
):
    first = build(project)
    second = build(project)
    reusable = {f"briefings/{b.id}.md" for b in first.corpus.briefings} | {f"actors/{a.id}.md" for a in first.corpus.actors}
    assert set(known_by_stat) == reusable and counted == []
    assert second.written.written == () and set(second.written.unchanged) >= reusable
    # A new article, then a page edited by hand at the same size: the site is what a fresh build gives.
    shutil.copy(MORE[0], project.input_dir / MORE[0].name)
    build(project)
    page = project.docs_dir / f"briefings/{first.corpus.briefings[0].id}.md"
    generated = page.read_bytes()
    page.write_bytes(generated.replace(b"## Source", b"## SOURCE"))
    build(project)
    assert page.read_bytes() == generated
    assert tree(project.docs_dir) == fresh(project, tmp_path, "fresh")


def test_a_stale_or_damaged_record_of_page_stats_only_means_pages_are_read(project, counted, settled_at_once):
    from generator.pipeline import PAGE_STATS

    build(project)
    record = project.cache_dir / PAGE_STATS
    recorded = json.loads(record.read_text(encoding="utf-8"))
    stats, stamped = recorded["pages"], recorded["stamped"]
    path = sorted(stats)[0]
    assert path in PreviousPages(project.docs_dir, record).stats
    for damaged in (
        "not json", "[]", {path: stats[path]},
        {"pages": {path: ["0" * 64, *stats[path][1:]]}, "stamped": stamped},
        {"pages": {path: [1, 2]}, "stamped": stamped},
        {"pages": {path: stats[path]}, "stamped": str(stamped)},
        {"pages": {path: [*stats[path][:3], True]}, "stamped": stamped},
    ):
        record.write_text(damaged if isinstance(damaged, str) else json.dumps(damaged), encoding="utf-8")
        previous = PreviousPages(project.docs_dir, record)
        assert previous.unchanged(path, previous.keys[path][0]) is None
        assert previous.get(path, previous.keys[path][0]) is not None
    record.unlink()
    record.mkdir()
    build(project)  # the record cannot be written: the build goes on


def test_inputs_are_the_same_only_as_the_same_records_and_equal_plain_values():
    from generator.models import Citation, TimelineEntry
    from generator.render import ActorLabel, _same

    entry = TimelineEntry("2019-11-22", "day", "Seoul keeps the pact", (Citation("a", 0),))
    inputs = dict(actor=ActorLabel("moon", "Moon Jae-in"), entries=[entry], period="2019-11", n=1)
    assert _same(inputs, dict(actor=ActorLabel("moon", "Moon Jae-in"), entries=[entry], period="2019-11", n=1))
    for other in (
        dict(inputs, entries=[replace(entry)]),  # equal, but made anew: hashed again
        dict(inputs, entries=(entry,)),
        dict(inputs, n=True),
        dict(inputs, actor=ActorLabel("moon", "Moon Jae In")),
        dict(reversed(list(inputs.items()))),
        {("m" if key == "n" else key): value for key, value in inputs.items()},  # a key renamed, the values as they were
        dict(inputs, extra=None),
    ):
        assert not _same(inputs, other)


def test_labels_are_the_last_builds_objects_while_the_names_stay():
    from types import SimpleNamespace

    from generator.memo import Memo
    from generator.render import ActorLabel, IssueLabel, _labels

    memo = Memo()
    actors = [SimpleNamespace(id="moon", name="Moon Jae-in"), SimpleNamespace(id="abe", name="Shinzo Abe")]
    issues = [SimpleNamespace(id="gsomia", title="GSOMIA")]
    first_actors, first_issues = _labels(actors, issues, memo)
    assert first_actors == {"moon": ActorLabel("moon", "Moon Jae-in"), "abe": ActorLabel("abe", "Shinzo Abe")}
    assert first_issues == {"gsomia": IssueLabel("gsomia", "GSOMIA")}
    memo.settle()
    actors = [SimpleNamespace(id="moon", name="Moon Jae-In"), SimpleNamespace(id="abe", name="Shinzo Abe")]
    issues = [SimpleNamespace(id="gsomia", title="The GSOMIA dispute")]
    now_actors, now_issues = _labels(actors, issues, memo)
    assert now_actors["abe"] is first_actors["abe"]
    assert now_actors["moon"] == ActorLabel("moon", "Moon Jae-In")
    assert now_issues == {"gsomia": IssueLabel("gsomia", "The GSOMIA dispute")}
    memo.settle()
    assert _labels(actors[1:], [], memo) == ({"abe": first_actors["abe"]}, {})
    assert _labels(actors, issues, None) == (now_actors, now_issues)


def _reference_same(earlier, now):
    """What `_same` decides, worded plainly: one object, or equal plain values, through containers of one shape."""
    from generator.render import ActorLabel, IssueLabel

    if earlier is now:
        return True
    if type(earlier) is not type(now):
        return False
    if isinstance(now, dict):
        return list(earlier) == list(now) and all(_reference_same(earlier[k], now[k]) for k in now)
    if isinstance(now, (list, tuple)):
        return len(earlier) == len(now) and all(_reference_same(a, b) for a, b in zip(earlier, now))
    if type(now) in (str, int, bool, type(None), ActorLabel, IssueLabel):
        return earlier == now
    return False


def _inputs_like():
    from hypothesis import strategies as st

    from generator.models import Citation, TimelineEntry
    from generator.render import ActorLabel

    records = [TimelineEntry("2019-11-22", "day", "Seoul keeps the pact", (Citation("a", 0),)) for _ in range(2)]
    plain = st.one_of(
        st.sampled_from([0, 1, True, None, "a", "b", ActorLabel("moon", "Moon Jae-in"), ActorLabel("moon", "Moon")]),
        st.sampled_from(records),
        st.builds(lambda: TimelineEntry("2019-11-22", "day", "Seoul keeps the pact", (Citation("a", 0),))),
    )
    values = st.recursive(
        plain,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
            st.dictionaries(st.sampled_from("xyz"), inner, max_size=3),
        ),
        max_leaves=10,
    )
    return st.dictionaries(st.sampled_from("xyz"), values, max_size=3)  # a page's inputs are a dict


def test_inputs_are_compared_as_the_plain_rule_says():
    from hypothesis import given, strategies as st

    from generator.render import _same

    def copied(value, rename):
        """New containers around the same leaves (keys renamed by `rename`)."""
        if isinstance(value, dict):
            return {rename.get(k, k): copied(v, rename) for k, v in value.items()}
        if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):
            return type(value)(copied(v, rename) for v in value)
        return value

    @given(_inputs_like(), _inputs_like(), st.sampled_from(["other", "itself", "copied", "renamed"]))
    def check(earlier, now, how):
        if how == "itself":
            now = earlier
        elif how in ("copied", "renamed"):
            now = copied(earlier, {"x": "y"} if how == "renamed" else {})
        assert _same(earlier, now) == _reference_same(earlier, now)

    check()


def test_links_between_pages_are_what_relpath_makes_them():
    import posixpath

    from hypothesis import given, strategies as st

    from generator.render import _relative

    parts = st.lists(st.sampled_from(["a", "b", "index.md", "b.md"]), min_size=1, max_size=4)

    @given(parts, st.lists(st.sampled_from(["a", "b"]), max_size=3))
    def check(target, folder):
        folder_path = "/".join(folder) or "."
        assert _relative("/".join(target), folder_path) == posixpath.relpath("/".join(target), folder_path)

    check()


@pytest.mark.parametrize("stamps", [
    {"older.md": -1, "same.md": 0, "later.md": 1},
    {"older.md": -10**9, "same.md": 0, "later.md": 10**9},  # whole seconds
], ids=["fine mtimes", "whole-second mtimes"])
def test_a_page_is_known_by_its_stat_only_if_stamped_before_the_time_recorded_with_it(tmp_path, stamps):
    from generator.write import _recorded_stats, record_pages

    stamped = 1_700_000_000 * 10**9
    record = tmp_path / "pages.json"
    record_pages(record, {path: ["0" * 64, 1, 2, stamped + offset] for path, offset in stamps.items()}, stamped)
    keys = {path: ("key", "0" * 64) for path in stamps}
    assert sorted(_recorded_stats(record, keys)) == ["older.md"]
    for other in ({"pages": {}, "stamped": stamped}, {"stamped": stamped}, {"pages": {"older.md": ["0" * 64, 1, 2, 0]}}):
        record.write_text(json.dumps(other))  # parsed afresh: its bytes are not those written
        assert _recorded_stats(record, keys) == {}
    record_pages(record, {"older.md": ["0" * 64, 1, 2, 0]}, None)  # no time could be had
    assert _recorded_stats(record, keys) == {}


def test_the_file_system_s_time_is_a_folder_s_mtime_set_to_now(tmp_path):
    from generator.write import file_system_now

    os.utime(tmp_path, ns=(0, 0))
    before = time.time_ns()
    now = file_system_now(tmp_path)
    assert now == tmp_path.stat().st_mtime_ns and before - 10**9 < now <= time.time_ns()
    (tmp_path / "later.md").write_text("x")
    assert (tmp_path / "later.md").stat().st_mtime_ns >= now
    assert file_system_now(tmp_path / "missing") is None


def test_the_tick_is_judged_by_the_timestamps_the_file_system_gives():
    second = 1_700_000_000 * 10**9
    assert clock.settling_ns(second, second - 10**9) == clock.COARSE_NS
    assert clock.settling_ns(second, second + 5_000_000) == clock.FINE_NS
    assert clock.FINE_NS < clock.COARSE_NS


@pytest.mark.parametrize("listed, reused", [(["a.md"], True), ([], False), (["b.md"], False)])
def test_only_a_page_the_manifest_lists_as_written_is_reused(tmp_path, listed, reused):
    (tmp_path / "a.md").write_text("text")
    sha = hashlib.sha256(b"text").hexdigest()
    (tmp_path / MANIFEST).write_text(json.dumps({"files": listed, "keys": {"a.md": ["x", sha]}}))
    assert (PreviousPages(tmp_path).get("a.md", "x") == "text") is reused


def test_a_briefing_page_s_inputs_serve_again_only_as_they_would_be_made():
    from generator.knowledge import load_knowledge
    from generator.link import link
    from generator.models import Duplicate, Source
    from generator.pipeline import read_briefings
    from generator.render import ActorLabel, IssueLabel, _briefing_inputs, _labels, _same_briefing_inputs

    knowledge = load_knowledge(ROOT / "knowledge")
    corpus = link(read_briefings(sorted(CORPUS.glob("*.txt")), knowledge)[0], knowledge.issues)
    briefings = {b.id: b for b in corpus.briefings}
    actors, issues = _labels(corpus.actors, corpus.issues, None)
    briefing = next(
        b for b in corpus.briefings
        if corpus.related.get(b.id) and b.issues and any(q.speaker in actors for q in b.quotes)
    )
    related = corpus.related[briefing.id]
    speakers = frozenset(q.speaker for q in briefing.quotes)
    speaker = next(q.speaker for q in briefing.quotes if q.speaker in actors)
    bystander = next(i for i in actors if i not in speakers)
    inputs = _briefing_inputs(briefing, corpus, briefings, actors, issues, {})
    assert _same_briefing_inputs(inputs, briefing, related, briefings, {}, issues, frozenset(), speakers)
    assert _same_briefing_inputs(inputs, briefing, related, briefings, {}, issues, frozenset([bystander]), speakers)
    capture = Duplicate(briefing.id, Source("again.txt", "0" * 64), 0.9)
    issue = briefing.issues[0]
    for changed in (
        dict(briefing=replace(briefing)),  # equal, but made anew
        dict(briefings={**briefings, related[0]: replace(briefings[related[0]])}),
        dict(related=related[1:]),
        dict(related=related[:-1]),  # the same records as far as they go
        dict(captures={briefing.id: [capture]}),
        dict(issues={**issues, issue: IssueLabel(issue, "Another title")}),
        dict(issues={k: v for k, v in issues.items() if k != issue}),
        dict(relabelled=frozenset([speaker])),  # a speaker renamed, or with a page now or no longer
        dict(relabelled=None),  # not known
    ):
        given = dict(
            briefing=briefing, related=related, briefings=briefings, captures={}, issues=issues,
            relabelled=frozenset(), speakers=speakers,
        ) | changed
        assert not _same_briefing_inputs(inputs, **given)
    # An issue of the briefing that had no label (no page) has one now.
    fewer = {k: v for k, v in issues.items() if k != issue}
    before = _briefing_inputs(briefing, corpus, briefings, actors, fewer, {})
    assert _same_briefing_inputs(before, briefing, related, briefings, {}, fewer, frozenset(), speakers)
    assert not _same_briefing_inputs(before, briefing, related, briefings, {}, issues, frozenset(), speakers)
    # What the inputs are made from, changed as above, makes other inputs indeed.
    renamed = {**actors, speaker: ActorLabel(speaker, "Another name")}
    assert _briefing_inputs(briefing, corpus, briefings, renamed, issues, {})["actors"] != inputs["actors"]


def test_an_actor_page_s_inputs_serve_again_only_as_they_would_be_made():
    from generator.knowledge import load_knowledge
    from generator.link import link
    from generator.pipeline import read_briefings
    from generator.render import ActorLabel, _actor_inputs, _labels, _relabelled, _same_actor_inputs, actor_page_parts

    knowledge = load_knowledge(ROOT / "knowledge")
    corpus = link(read_briefings(sorted(CORPUS.glob("*.txt")), knowledge)[0], knowledge.issues)
    briefings = {b.id: b for b in corpus.briefings}
    labels, _ = _labels(corpus.actors, corpus.issues, None)
    actor = next(a for a in corpus.actors if a.co_actors and a.appearances)
    co_actors = frozenset(i for i, _ in actor.co_actors)
    parts = actor_page_parts(actor)

    def same(inputs, labels_then, actor, briefings, labels) -> bool:
        """The answer, found in full and (which must agree) from the labels that changed since `labels_then`."""
        answer = _same_actor_inputs(inputs, actor, briefings, labels)
        relabelled = _relabelled(labels_then, labels)
        assert _same_actor_inputs(inputs, actor, briefings, labels, relabelled, co_actors) == answer
        return answer

    inputs = _actor_inputs(actor, briefings, labels, parts["roles_shown"], parts["appearances_shown"])
    assert same(inputs, labels, actor, briefings, labels)
    cited, other = next(iter(inputs["briefings"])), actor.co_actors[0][0]
    unrelated = next(a.id for a in corpus.actors if a.id not in co_actors)
    assert same(inputs, labels, actor, briefings, {**labels, unrelated: ActorLabel(unrelated, "Another name")})
    for changed_briefings, changed_labels, changed_actor in (
        ({**briefings, cited: replace(briefings[cited])}, labels, actor),  # equal, but made anew
        ({k: v for k, v in briefings.items() if k != cited}, labels, actor),  # gone
        (briefings, {**labels, other: ActorLabel(other, "Another name")}, actor),
        (briefings, {**labels, other: ActorLabel(other, labels[other].name)}, actor),  # equal, but made anew
        (briefings, {k: v for k, v in labels.items() if k != other}, actor),  # a co-actor without a page now
        (briefings, labels, replace(actor)),
    ):
        assert not same(inputs, labels, changed_actor, changed_briefings, changed_labels)
    # A co-actor that had no page has one now.
    fewer = {k: v for k, v in labels.items() if k != other}
    inputs = _actor_inputs(actor, briefings, fewer, parts["roles_shown"], parts["appearances_shown"])
    assert same(inputs, fewer, actor, briefings, fewer) and not same(inputs, fewer, actor, briefings, labels)
