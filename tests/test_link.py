"""Linking orders the briefings and finds related ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.link import link
from generator.models import Actor, Briefing, CleanArticle, Rejection, Source


def briefing(bid, published=None, actors=(), issues=()):
    article = CleanArticle(
        id=bid, source=Source(f"{bid}.txt", "0" * 64), title=bid, outlet=None,
        published=published, dateline=None, byline=None, paragraphs=("text",),
    )
    return Briefing(article=article, actors=tuple(actors), issues=tuple(issues))


def person(pid):
    return Actor(id=pid, name=pid, kind="person")


def test_briefings_telling_of_the_same_day_rank_before_those_sharing_a_person():
    from dataclasses import replace

    from generator.models import Event

    friday = (Event("2019-11-22", "day", "Seoul kept the pact on Friday.", 0, "on Friday"),)
    corpus = link([
        replace(briefing("x", issues=["gsomia"]), events=friday),
        briefing("y", actors=[person("esper")], issues=["gsomia"]),
        replace(briefing("z", issues=["gsomia"]), events=friday),
    ])
    assert corpus.related["x"] == ("z", "y")


def test_newest_first_then_undated_by_id():
    corpus = link([briefing("c"), briefing("a", "2019-08-01"), briefing("b", "2019-11-19"), briefing("a2")])
    assert [b.id for b in corpus.briefings] == ["b", "a", "a2", "c"]


def test_related_ranks_shared_people_and_issues():
    corpus = link([
        briefing("x", actors=[person("esper")], issues=["gsomia"]),
        briefing("y", actors=[person("esper")], issues=["gsomia"]),
        briefing("z", issues=["gsomia"]),
        briefing("w", actors=[person("abe")]),
    ])
    assert corpus.related["x"] == ("y", "z")
    assert corpus.related["w"] == ()


def test_countries_alone_do_not_make_articles_related():
    korea = Actor(id="south-korea", name="South Korea", kind="country")
    corpus = link([briefing("x", actors=[korea]), briefing("y", actors=[korea])])
    assert corpus.related["x"] == ()


def test_rejections_are_kept_sorted():
    corpus = link([], rejections=[Rejection("b.txt", "empty"), Rejection("a.txt", "binary")])
    assert [r.path for r in corpus.rejections] == ["a.txt", "b.txt"]


def test_the_digest_only_saves_work_it_never_changes_the_corpus():
    from dataclasses import replace
    from pathlib import Path

    from generator.dedupe import deduplicate
    from generator.knowledge import load_knowledge
    from generator.pipeline import read_briefings
    from tests.conftest import CORPUS

    root = Path(__file__).resolve().parent.parent
    knowledge = load_knowledge(root / "knowledge")
    paths = sorted((root / "tests" / "fixtures" / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    digested, rejections = read_briefings(paths, knowledge)
    assert all(b.digest is not None for b in digested)
    plain = [replace(b, digest=None) for b in digested]

    def linked(briefings):
        kept, duplicates = deduplicate(
            [b.article for b in briefings], [b.digest.sketch if b.digest else None for b in briefings]
        )
        ids = {a.id for a in kept}
        return link([b for b in briefings if b.id in ids], knowledge.issues, rejections, duplicates)

    with_digest, without = linked(digested), linked(plain)
    assert with_digest == without
    assert with_digest.issues and any(i.background for i in with_digest.issues)
    # The digest's candidate terms are read too (the corpus's recurring ones all name places or issues).
    assert any(p.statements for i in with_digest.issues for p in i.positions) and any(b.digest.terms for b in digested)


@given(st.lists(st.sampled_from([
    "said", "Urged", "CALLS", "unsaid", "pressure", "agreed", "Agreement", "s", "aid", "ſaid", "\u212aeep", "İ", "ı",
    "Japan", "’", "-", "_", "1", " ", ".", "é", "ß",
]), max_size=12).map("".join))
def test_the_position_verb_is_where_the_pattern_finds_it(sentence):
    from generator.dossier import POSITION_VERBS, position_verb

    found = POSITION_VERBS.search(sentence)
    assert position_verb(sentence) == (found.start() if found else -1)


@given(st.dictionaries(st.sampled_from("abcdefghij"), st.integers(min_value=1, max_value=4)), st.integers(1, 6))
def test_top_counts_are_the_largest_counts_ties_by_key(counts, limit):
    from generator.profiles import top_counts

    assert top_counts(counts, limit) == sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def test_a_memo_from_other_builds_never_changes_the_corpus():
    """What a long-running process keeps (`Memo`) only saves work: after builds
    of other corpora (fewer articles, an edited one), linking gives what it
    gives without it, and a briefing without a key is never memoised."""
    from dataclasses import replace
    from pathlib import Path

    from generator.knowledge import load_knowledge
    from generator.memo import Memo
    from generator.models import briefing_key
    from generator.pipeline import read_briefings
    from tests.conftest import CORPUS

    root = Path(__file__).resolve().parent.parent
    knowledge = load_knowledge(root / "knowledge")
    paths = sorted((root / "tests" / "fixtures" / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    briefings, _ = read_briefings(paths, knowledge)
    edited = replace(briefings[3], actors=briefings[3].actors[1:], events=briefings[3].events[:-1])
    edited = replace(edited, key=briefing_key(edited))
    memo = Memo()
    for earlier in (briefings[:10], briefings[5:], [*briefings[:3], edited, *briefings[4:]]):
        link(earlier, knowledge.issues, memo=memo)
        memo.settle()
    assert link(briefings, knowledge.issues, memo=memo) == link(briefings, knowledge.issues)
    keyless = [replace(b, key="") for b in briefings]
    assert link(keyless, knowledge.issues, memo=memo) == link(keyless, knowledge.issues)


def test_a_memo_keeps_only_what_the_last_build_kept():
    from generator.memo import Memo

    memo = Memo()
    assert memo.last("a") is None
    memo.keep("a", 1)
    assert memo.last("a") == 1  # this build's, at once
    memo.settle()
    assert memo.last("a") == 1
    memo.keep("a", 2)
    memo.keep("b", 3)
    assert memo.last("a") == 2
    memo.settle()
    memo.keep("b", 4)
    memo.settle()
    assert memo.last("a") is None and memo.last("b") == 4
    # What a build did not need, it can carry to the next.
    memo.carry("b")
    memo.settle()
    assert memo.last("b") == 4


def test_an_unchanged_issue_profile_carries_what_its_parts_keep_to_the_next_build(corpus_briefings):
    from generator.dossier import _SHARES, issue_profile
    from generator.memo import Memo

    knowledge, briefings = corpus_briefings
    corpus = link(briefings, knowledge.issues)
    issue = next(i for i in knowledge.issues if i.id == "gsomia")
    profiles = {a.id: a for a in corpus.actors}
    memo = Memo()
    for _ in range(3):  # worked out, then the same profile twice
        issue_profile(issue, corpus.briefings, corpus.timeline, profiles, memo)
        memo.settle()
    for part in ("conflicts", "positions", _SHARES):
        assert memo.last((part, issue.id)) is not None, part


def _briefings(rows, salt):
    kinds = ("person", "organization", "country")
    return [
        briefing(
            f"{salt}{i}",
            actors=[Actor(id=a, name=a, kind=kinds[ord(a) % 3]) for a in sorted(actors)],
            issues=sorted(issues),
        )
        for i, (actors, issues) in enumerate(rows)
    ]


BRIEFING_ROWS = st.lists(
    st.tuples(st.sets(st.sampled_from("abcdefg"), max_size=4), st.sets(st.sampled_from(["gsomia", "trade"]), max_size=2)),
    max_size=10,
)


@given(BRIEFING_ROWS, st.lists(st.tuples(st.sets(st.integers(0, 12), max_size=3), BRIEFING_ROWS), max_size=4),
       st.integers(1, 4), st.integers(1, 5))
@settings(max_examples=300)
def test_related_brought_up_to_date_is_related_found_afresh(first, changes, common, most):
    """Through a memo, each set of briefings (some gone, some new, some
    edited under their id; keys becoming too common and common no more;
    lists of `most` related briefings) ranks as it ranks without one."""
    from dataclasses import replace
    from unittest.mock import patch

    from generator import link as link_module
    from generator.link import related
    from generator.memo import Memo

    memo = Memo()
    briefings = _briefings(first, "a")
    with patch.object(link_module, "COMMON_KEY", common), patch.object(link_module, "MAX_RELATED", most):
        assert related(tuple(briefings), memo) == related(tuple(briefings))
        for step, (gone, rows) in enumerate(changes):
            briefings = [b for i, b in enumerate(briefings) if i not in gone] + _briefings(rows, f"s{step}-")
            if briefings:  # one edited under its id, one made again as it was
                briefings[0] = replace(briefings[0], issues=("trade",) if briefings[0].issues != ("trade",) else ())
                briefings[-1] = replace(briefings[-1])
            memo.settle()
            assert related(tuple(briefings), memo) == related(tuple(briefings))


@given(BRIEFING_ROWS, st.lists(st.tuples(st.sets(st.integers(0, 12), max_size=3), BRIEFING_ROWS), max_size=4),
       st.integers(1, 4))
def test_actor_profiles_brought_up_to_date_are_those_made_afresh(first, changes, keep_company_from):
    """Through a memo, each set of briefings (some gone, some new, some
    edited under their id, some made again as they were) gives the profiles
    made without one, companions counted anew or kept up to date."""
    from dataclasses import replace
    from unittest.mock import patch

    from generator import profiles

    from generator.memo import Memo
    from generator.profiles import actor_profiles

    def dated(briefings):
        return [
            replace(b, article=replace(b.article, published=f"2019-11-{(i * 7) % 28 + 1:02}" if i % 3 else None))
            for i, b in enumerate(briefings)
        ]

    memo = Memo()
    briefings = dated(_briefings(first, "a"))
    with patch.object(profiles, "KEEP_COMPANY_FROM", keep_company_from):
        assert actor_profiles(briefings, memo) == actor_profiles(briefings)
        for step, (gone, rows) in enumerate(changes):
            briefings = [b for i, b in enumerate(briefings) if i not in gone] + dated(_briefings(rows, f"s{step}-"))
            if briefings:
                edited = briefings[0]
                briefings[0] = replace(edited, actors=edited.actors[1:] + (Actor(id="a", name="A", kind="person"),))
                briefings[-1] = replace(briefings[-1], article=replace(briefings[-1].article, published="2019-12-01"))
            memo.settle()
            assert actor_profiles(briefings, memo) == actor_profiles(briefings)


def test_an_issue_timeline_and_country_counts_are_those_of_its_briefings():
    from collections import Counter
    from pathlib import Path

    from generator.dossier import country_counts
    from generator.knowledge import load_knowledge
    from generator.pipeline import read_briefings
    from tests.conftest import CORPUS

    root = Path(__file__).resolve().parent.parent
    knowledge = load_knowledge(root / "knowledge")
    briefings, _ = read_briefings(sorted(CORPUS.glob("*.txt")), knowledge)
    corpus = link(briefings, knowledge.issues)
    assert corpus.issues
    counts = country_counts(briefings)
    for issue in corpus.issues:
        ids = set(issue.briefings)
        assert issue.timeline == tuple(e for e in corpus.timeline if any(c.briefing in ids for c in e.sources))
        named = Counter(a.id for b in briefings if b.id in ids for a in b.actors if a.kind == "country")
        assert counts[issue.id] == named and named


def test_an_issue_profile_is_kept_while_its_briefings_entries_and_party_names_are_the_same():
    from dataclasses import replace
    from pathlib import Path

    from generator.dossier import issue_profile
    from generator.knowledge import load_knowledge
    from generator.memo import Memo
    from generator.pipeline import read_briefings
    from tests.conftest import CORPUS

    root = Path(__file__).resolve().parent.parent
    knowledge = load_knowledge(root / "knowledge")
    briefings, _ = read_briefings(sorted(CORPUS.glob("*.txt")), knowledge)
    corpus = link(briefings, knowledge.issues)
    issue = next(i for i in knowledge.issues if i.id == "gsomia")
    profiles = {a.id: a for a in corpus.actors}
    memo = Memo()
    first = issue_profile(issue, corpus.briefings, corpus.timeline, profiles, memo)
    memo.settle()
    assert issue_profile(issue, corpus.briefings, corpus.timeline, profiles, memo) is first
    memo.settle()
    # A party known by another name now (from briefings of other issues): worked out again.
    party = first.positions[0].party
    renamed = dict(profiles, **{party: replace(profiles[party], name="Another Name")})
    again = issue_profile(issue, corpus.briefings, corpus.timeline, renamed, memo)
    assert again is not first and again == issue_profile(issue, corpus.briefings, corpus.timeline, renamed)
    memo.settle()
    # One briefing of the issue made anew (equal, another object): worked out again, the same.
    fresh = [replace(b) if b.id == first.briefings[0] else b for b in corpus.briefings]
    remade = issue_profile(issue, fresh, corpus.timeline, renamed, memo)
    assert remade is not again and remade == again


@pytest.fixture(scope="module")
def corpus_briefings():
    from pathlib import Path

    from generator.knowledge import load_knowledge
    from generator.pipeline import read_briefings
    from tests.conftest import CORPUS

    root = Path(__file__).resolve().parent.parent
    knowledge = load_knowledge(root / "knowledge")
    briefings, _ = read_briefings(sorted(CORPUS.glob("*.txt")), knowledge)
    return knowledge, briefings


def test_positions_kept_between_builds_are_those_worked_out_afresh(corpus_briefings):
    """Through a memo, positions after briefings came (newer and older), went,
    were edited, and after a party was renamed, are those found without one;
    with few statements and quotes wanted, so that reading stops early."""
    from dataclasses import replace
    from unittest.mock import patch

    from hypothesis import given, settings, strategies as st

    from generator import dossier
    from generator.memo import Memo

    knowledge, briefings = corpus_briefings
    issue = next(i for i in knowledge.issues if i.id == "gsomia")
    mine = [b for b in briefings if issue.id in b.issues]
    profiles = {a.id: a for a in link(briefings, knowledge.issues).actors}

    # Each briefing gone, then back (the oldest too: read only by a party that reads them all).
    newest_first = sorted(mine, key=lambda b: (b.article.published or "", b.id), reverse=True)
    for gone in range(len(mine)):
        memo = Memo()
        dossier.positions(issue, newest_first[:gone] + newest_first[gone + 1:], profiles, memo=memo)
        memo.settle()
        assert dossier.positions(issue, mine, profiles, memo=memo) == dossier.positions(issue, mine, profiles)

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(st.tuples(st.sets(st.integers(0, len(mine) - 1)), st.integers(0, len(mine) - 1), st.booleans()),
                 min_size=1, max_size=4),
        st.integers(1, 3), st.integers(1, 3),
    )
    def check(steps, statements, quotes):
        memo = Memo()
        with patch.object(dossier, "MAX_STATEMENTS", statements), patch.object(dossier, "MAX_QUOTES", quotes):
            for left_out, edited, rename in steps:
                now = [b for i, b in enumerate(mine) if i not in left_out]
                now = [replace(b) if b is mine[edited] else b for b in now]  # equal, another object
                named = profiles
                if rename:
                    first = dossier._parties(now)[:1]
                    named = dict(profiles, **{i: replace(profiles[i], name="Renamed") for i in first})
                assert dossier.positions(issue, now, named, memo=memo) == dossier.positions(issue, now, named)
                memo.settle()

    check()


def test_a_party_s_share_of_a_briefing_is_worked_out_once_while_it_is_the_same_record(corpus_briefings):
    """Through a memo, positions worked out again after a briefing came read
    only the new briefing for each party; the others' shares are kept."""
    from unittest.mock import patch

    from generator import dossier
    from generator.memo import Memo

    knowledge, briefings = corpus_briefings
    issue = next(i for i in knowledge.issues if i.id == "gsomia")
    mine = sorted((b for b in briefings if issue.id in b.issues), key=lambda b: (b.article.published or "", b.id))
    profiles = {a.id: a for a in link(briefings, knowledge.issues).actors}
    looked_at = []
    acting = dossier._acting

    def counted(party, briefing):
        looked_at.append(briefing.id)
        return acting(party, briefing)

    memo = Memo()
    with patch.object(dossier, "_acting", counted):
        dossier.positions(issue, mine[1:], profiles, memo=memo)
        memo.settle()
        looked_at.clear()
        after = dossier.positions(issue, mine, profiles, memo=memo)  # the oldest came: every party reads it
    assert looked_at and set(looked_at) == {mine[0].id}
    assert after == dossier.positions(issue, mine, profiles)


def test_a_position_is_kept_only_while_the_briefings_it_read_are_the_same():
    from generator.dossier import _same_newest

    a, b, c, d = object(), object(), object(), object()
    assert _same_newest([a, b, c], [a, b, d, c], 2)  # read two; one older came
    assert not _same_newest([a, b, c], [a, d, b, c], 2)  # one newer came, among those read
    assert not _same_newest([a, b, c], [a, b, c, d], 3)  # read them all: any change counts
    assert _same_newest([a, b, c], [a, b, c], 3)
    assert not _same_newest([a, b, c], [a], 2)


def test_a_position_is_the_party_s_who_tells_it_not_the_one_the_told_words_name(tmp_path):
    """'Chung told reporters that Tokyo had expressed regret' is Seoul's account; 'talks with Prime
    Minister Shinzo Abe, the source added' is no position of Japan's."""
    told = ("Chung Eui-yong, director of the National Security Office, told reporters that Tokyo had expressed regret "
            "over the GSOMIA deal.")
    added = "Arrangements are underway for talks with Prime Minister Shinzo Abe on the GSOMIA pact, the source added."
    issues = _issues_of(tmp_path, (
        "SEOUL -- South Korea decided to keep the GSOMIA pact with Japan, South Korean officials said on Monday.\n\n"
        f"{told}\n\n{added}\n\nJapan welcomed the decision on the GSOMIA pact, Japanese officials said."
    ))
    gsomia = issues["gsomia"]
    said = {p.party: [s.text for s in p.statements] for p in gsomia.positions}
    assert told in said["south-korea"]
    assert told not in said.get("japan", []) and added not in said.get("japan", [])


def test_the_pact_s_background_is_no_background_of_an_issue_that_is_no_pact(tmp_path):
    pact = "The pact, signed in November 2016, allows the neighbors to share sensitive information on North Korea."
    issues = _issues_of(tmp_path, (
        "SEOUL -- South Korea decided to keep the GSOMIA pact with Japan despite Japan's export controls, "
        f"officials said on Monday.\n\n{pact}\n\nJapan tightened its export controls on three materials in July."
    ))
    assert pact in [s.text for s in issues["gsomia"].background]
    assert pact not in [s.text for s in issues["export-controls"].background]


def _issues_of(folder, body: str) -> dict:
    """The issues, by id, of the site of one article with `body`, published 2019-11-25."""
    from pathlib import Path

    from generator.knowledge import load_knowledge
    from generator.pipeline import read_briefings

    (folder / "a.txt").write_text(f"Seoul keeps the GSOMIA pact\n\n{body}\n", encoding="utf-8")
    (folder / "a.yaml").write_text("published: 2019-11-25\n", encoding="utf-8")
    knowledge = load_knowledge(Path(__file__).resolve().parent.parent / "knowledge")
    briefings, rejections = read_briefings([folder / "a.txt"], knowledge)
    return {i.id: i for i in link(briefings, knowledge.issues, rejections).issues}
