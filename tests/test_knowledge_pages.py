"""Actor profiles and issue pages merged across briefings, on the real seeds and corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.knowledge import load_knowledge
from generator.link import link
from generator.models import Actor, Briefing, CleanArticle, Mention, Quote, Source
from generator.pipeline import read_briefings
from generator.profiles import actor_profiles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))


def briefing(bid, published, actors=(), quotes=()):
    article = CleanArticle(
        id=bid, source=Source(f"{bid}.txt", "0" * 64), title=bid, outlet=None,
        published=published, dateline=None, byline=None, paragraphs=("p0", "p1", "p2"),
    )
    return Briefing(article=article, actors=tuple(actors), quotes=tuple(quotes))


def esper(role):
    return Actor(id="mark-esper", name="Mark Esper", kind="person", roles=(role,), country="United States",
                 mentions=(Mention(0, "Mark Esper"), Mention(2, "Esper")))


def test_an_actor_is_merged_across_briefings_with_roles_over_time():
    quote = Quote("ironclad", "mark-esper", 2)
    profiles = actor_profiles([
        briefing("b", "2019-11-19", [esper("US Defense Secretary")]),
        briefing("a", "2019-08-09", [esper("U.S. Secretary of Defense")], [quote]),
    ])
    (profile,) = profiles
    assert [(r.role, r.published) for r in profile.roles] == [
        ("U.S. Secretary of Defense", "2019-08-09"), ("US Defense Secretary", "2019-11-19"),
    ]
    assert [a.briefing for a in profile.appearances] == ["a", "b"]
    assert profile.appearances[0].quotes == (quote,)
    assert profile.appearances[0].paragraphs == (0, 2)


def test_the_actors_index_gives_the_role_of_the_newest_dated_article():
    from generator.render import render

    corpus = link([
        briefing("b", "2019-11-19", [esper("US Defense Secretary")]),
        briefing("a", "2019-08-09", [esper("U.S. Secretary of Defense")]),
        briefing("c", None, [esper("Minister")]),  # an undated copy
    ])
    pages = {p.path: p.content for p in render(corpus, ROOT / "templates")}
    assert "[Mark Esper](mark-esper.md): US Defense Secretary · 3 briefings" in pages["actors/index.md"]


def test_co_actors_count_shared_briefings():
    kono = Actor(id="taro-kono", name="Taro Kono", kind="person", mentions=(Mention(1, "Kono"),))
    profiles = {p.id: p for p in actor_profiles([
        briefing("a", None, [esper("x"), kono]), briefing("b", None, [esper("x"), kono]), briefing("c", None, [esper("x")]),
    ])}
    assert profiles["mark-esper"].co_actors == (("taro-kono", 2),)


@pytest.fixture(scope="module")
def seeds_corpus():
    knowledge = load_knowledge(ROOT / "knowledge")
    briefings, rejections = read_briefings(SEEDS, knowledge)
    assert not rejections
    return link(briefings, knowledge.issues)


@pytest.fixture(scope="module")
def full_corpus():
    knowledge = load_knowledge(ROOT / "knowledge")
    briefings, _ = read_briefings(SEEDS + CORPUS, knowledge)
    return link(briefings, knowledge.issues)


def gsomia(corpus):
    return next(i for i in corpus.issues if i.id == "gsomia")


@pytest.mark.parametrize("date", ["2016-11", "2019-08", "2019-08-09", "2019-11-18", "2019-11-23"])
def test_seed_timeline_has_the_milestones(seeds_corpus, date):
    assert date in {e.date for e in gsomia(seeds_corpus).timeline}


def test_seed_timeline_cites_both_seeds(seeds_corpus):
    cited = {c.briefing for e in gsomia(seeds_corpus).timeline for c in e.sources}
    assert cited == {"000-3098d3c7a12f7f37", "003-f8d53fefbb7e7c2c"}


def test_the_expiry_reported_by_many_outlets_is_one_entry_with_many_sources(full_corpus):
    expiry = [e for e in gsomia(full_corpus).timeline if e.date == "2019-11-23"]
    assert expiry and max(len(e.sources) for e in expiry) >= 3


def test_issue_page_has_background_positions_and_sources(full_corpus):
    issue = gsomia(full_corpus)
    assert issue.background, "no background sentences"
    assert any("2016" in s.text for s in issue.background)
    parties = {p.party for p in issue.positions}
    assert {"united-states", "south-korea", "japan"} <= parties
    assert len(issue.briefings) >= 18


def test_issue_status_is_from_the_newest_article(full_corpus):
    issue = gsomia(full_corpus)
    newest = max((b for b in full_corpus.briefings if b.id in issue.briefings and b.article.published),
                 key=lambda b: b.article.published)
    assert {s.source.briefing for s in issue.status} == {newest.id}


def test_issue_status_is_from_the_newest_article_whose_key_facts_name_the_issue():
    """A white-list story naming the pact in passing tells nothing of the pact's state: the one before it does,
    by its facts naming the pact, but those telling of earlier years only."""
    from dataclasses import replace

    from generator.models import Fact

    (pact,) = [i for i in load_knowledge(ROOT / "knowledge").issues if i.id == "gsomia"]
    restored = replace(briefing("a", "2023-03-21"), issues=("gsomia",), facts=(
        Fact("Seoul's foreign minister visited Tokyo.", 1),
        Fact("In 2019, a bitter dispute drove Seoul to announce it would scrap GSOMIA.", 2),
        Fact("South Korea said it has fully normalized GSOMIA.", 0),
    ))
    white_list = replace(briefing("b", "2023-04-28"), issues=("gsomia",), facts=(
        Fact("Japan will return South Korea to its white list.", 0),
    ))
    status = link([restored, white_list], issues=[pact]).issues[0].status
    assert [(s.source.briefing, s.text) for s in status] == [("a", "South Korea said it has fully normalized GSOMIA.")]


def country(cid, name, *mentions):
    return Actor(id=cid, name=name, kind="country", mentions=tuple(Mention(0, m) for m in mentions))


def party_statements(sentence, *actors):
    """What `positions` gives each party for a one-sentence article about GSOMIA."""
    from dataclasses import replace

    from generator.dossier import positions

    (gsomia_issue,) = [i for i in load_knowledge(ROOT / "knowledge").issues if i.id == "gsomia"]
    one = replace(briefing("a", "2019-11-22", actors), article=replace(
        briefing("a", "2019-11-22").article, paragraphs=(sentence,)))
    profiles = {p.id: p for p in actor_profiles([one])}
    return {p.party: [s.text for s in p.statements] for p in positions(gsomia_issue, [one], profiles) if p.statements}


JAPAN = ("japan", "Japan", "Japan")
KOREA = ("south-korea", "South Korea", "South Korea")
NORTH = ("north-korea", "North Korea", "North Korea")


@pytest.mark.parametrize("sentence, parties", [
    # 'Agreement' is part of the pact's name, not a verb.
    ("Talks between Japan and South Korea failed to save the General Security of Military Information Agreement.", set()),
    # Named after a preposition, a party is not the one who acts.
    ("Hours before the end of the pact with Japan, the government said it would stay in.", set()),
    ("The pact between Japan and South Korea expires on Saturday, officials said.", set()),
    # Both named as the subject, both act.
    ("Japan and South Korea said Monday they would keep the pact.", {"japan", "south-korea"}),
    ("South Korea announced it will terminate the pact with Japan.", {"south-korea"}),
    # Named in a title, or as the adjective of those who do not act for it, a party does not act.
    ("Special Representative for North Korea Stephen Biegun urged Seoul to keep the pact.", set()),
    ("Japanese experts said South Korea's decision to end the pact was a mistake.", set()),
    ("Japanese officials said South Korea's decision to end the pact was a mistake.", {"japan"}),
    # The story so far, told from a later year, is no position taken now.
    ("In 2018, South Korea announced it would end the pact with Japan.", set()),
    ("In November 2019, South Korea said it would keep the pact.", {"south-korea"}),
])
def test_a_party_takes_a_position_where_it_is_the_subject_of_a_verb(sentence, parties):
    statements = party_statements(sentence, country(*JAPAN, "Japanese"), country(*KOREA), country(*NORTH))
    assert set(statements) == parties


@pytest.mark.parametrize("sentence", [
    "SEOUL (Kyodo) -- South Korea announced it will terminate the pact with Japan.",
    "TOKYO, Aug 23 (KUNA) -- South Korea announced it will terminate the pact with Japan.",
    "WASHINGTON -- South Korea announced it will terminate the pact with Japan.",
])
def test_a_position_taken_in_the_opening_paragraph_is_shown_without_the_dateline(sentence):
    statements = party_statements(sentence, country(*JAPAN), country(*KOREA))
    assert statements == {"south-korea": ["South Korea announced it will terminate the pact with Japan."]}


def position_quotes(actors, quotes):
    """The quotes `positions` shows for the one party of a one-briefing GSOMIA issue."""
    from generator.dossier import positions

    (gsomia_issue,) = [i for i in load_knowledge(ROOT / "knowledge").issues if i.id == "gsomia"]
    one = briefing("a", "2019-11-22", actors, quotes)
    (position,) = positions(gsomia_issue, [one], {p.id: p for p in actor_profiles([one])})
    return [q.text for _, q in position.quotes]


def person(pid, name, country_name, *roles):
    return Actor(id=pid, name=name, kind="person", country=country_name, roles=roles, mentions=(Mention(0, name),))


def test_a_position_shows_quotes_of_some_words_not_a_quoted_term():
    kim = person("kim-jong-un", "Kim Jong-un", "North Korea")
    north = country("north-korea", "North Korea", "North Korea")
    quotes = (Quote("complete", "kim-jong-un", 0), Quote("We will never give up our deterrent", "kim-jong-un", 0))
    assert position_quotes([north, kim], quotes) == ["We will never give up our deterrent"]


def test_people_out_of_office_speak_for_no_party():
    lee = person("lee-jae-myung", "Lee Jae-myung", "South Korea", "opposition leader")
    hwang = person("hwang-kyo-ahn", "Hwang Kyo-ahn", "South Korea", "South Korea's former prime minister")
    kang = person("kang-kyung-wha", "Kang Kyung-wha", "South Korea")  # 'her counterpart': in office, role not told
    korea = country("south-korea", "South Korea", "South Korea")
    quotes = (Quote("the most humiliating moment in our diplomatic history", "lee-jae-myung", 0),
              Quote("the government has lost its mind entirely", "hwang-kyo-ahn", 0),
              Quote("our position is that we will not reconsider", "kang-kyung-wha", 0))
    assert position_quotes([korea, lee, hwang, kang], quotes) == ["our position is that we will not reconsider"]


def test_one_in_office_who_once_held_another_job_speaks_for_the_party():
    ko = person("ko-min-jung", "Ko Min-jung", "South Korea", "presidential spokeswoman and former KBS anchor")
    korea = country("south-korea", "South Korea", "South Korea")
    quotes = (Quote("we will respect the discussions", "ko-min-jung", 0),)
    assert position_quotes([korea, ko], quotes) == ["we will respect the discussions"]


def test_an_issue_page_cites_a_few_sources_per_entry_and_its_record_all(full_corpus, monkeypatch):
    from generator.render import render

    monkeypatch.setattr("generator.render.MAX_ISSUE_CITATIONS", 1)
    pages = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    expiry = max((e for e in gsomia(full_corpus).timeline), key=lambda e: len(e.sources))
    assert len(expiry.sources) >= 3
    row = next(line for line in pages["issues/gsomia.md"].splitlines() if line.startswith("| ") and expiry.text in line)
    assert row.count("](../briefings/") == 1 and row.endswith(f" and {len(expiry.sources) - 1} more |")
    month = pages[f"issues/gsomia/record/{expiry.date[:7]}.md"]
    record_row = next(line for line in month.splitlines() if expiry.text in line)
    assert record_row.count("](../../../briefings/") == len(expiry.sources)
    # The record's index links each period's page, newest first.
    index = pages["issues/gsomia/record.md"]
    periods = re.findall(r"^\| \[[^\]]+\]\(record/([\w-]+)\.md\) \| (\d+) \| (\d+) \|$", index, re.M)
    assert [p for p, _, _ in periods] == sorted((p for p, _, _ in periods if p != "undated"), reverse=True) + (
        ["undated"] if any(p == "undated" for p, _, _ in periods) else [])
    assert sum(int(n) for _, n, _ in periods) == len(gsomia(full_corpus).timeline)
    assert sum(int(n) for _, _, n in periods) == len(gsomia(full_corpus).briefings)
    assert {f"issues/gsomia/record/{p}.md" for p, _, _ in periods} <= set(pages)
    # Without the limit, nothing is left out and there is no record page.
    monkeypatch.setattr("generator.render.MAX_ISSUE_CITATIONS", 99)
    assert not any(p.path.startswith("issues/gsomia/record") for p in render(full_corpus, ROOT / "templates"))


def test_an_actor_page_shows_the_newest_appearances_and_a_page_of_its_own_the_earlier_ones(full_corpus, monkeypatch):
    from generator.render import render

    monkeypatch.setattr("generator.render.MAX_ACTOR_APPEARANCES", 2)
    monkeypatch.setattr("generator.render.MAX_ACTOR_ROLES", 1)
    pages = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    japan = next(a for a in full_corpus.actors if a.id == "japan")
    page, earlier = pages["actors/japan.md"], pages["actors/japan/earlier.md"]
    note = f"*The newest 2 of {len(japan.appearances)}; [the earlier ones](japan/earlier.md) have a page of their own.*"
    assert note in page

    def headings(text):
        return [re.sub(r"\((?:\.\./)+", "(../", line) for line in text.splitlines() if line.startswith("### ")]

    # The earlier ones are listed by month, newest first, undated last; each
    # month's page links back. Each appearance once, in order: the earlier
    # ones (oldest month first, then the undated), then the newest two.
    periods = re.findall(r"^\| \[[^\]]+\]\(earlier/([\w-]+)\.md\) \| (\d+) \| (\d+) \|$", earlier, re.M)
    names = [p for p, _, _ in periods]
    assert names == sorted((p for p in names if p != "undated"), reverse=True) + [p for p in names if p == "undated"]
    in_order = [p for p in reversed(names) if p != "undated"] + [p for p in names if p == "undated"]
    parts = [pages[f"actors/japan/earlier/{p}.md"] for p in in_order]
    assert all("(../earlier.md)" in part and "(../../japan.md)" in part for part in parts)
    titles = [full_corpus_title(full_corpus, a.briefing) for a in japan.appearances]
    listed = [h for part in parts for h in headings(part)]
    assert len(headings(page)) == 2 and len(listed) == len(titles) - 2
    assert [h.split("](")[0][5:] for h in listed + headings(page)] == titles
    # A person with two roles shows the newest; one named once has no page of earlier ones.
    esper = next(a for a in full_corpus.actors if a.id == "mark-esper")
    assert len(esper.roles) > 1 and f"*The newest 1 of {len(esper.roles)};" in pages["actors/mark-esper.md"]
    once = next(a for a in full_corpus.actors if len(a.appearances) == 1 and len(a.roles) <= 1)
    assert f"actors/{once.id}/earlier.md" not in pages


def test_a_long_timeline_has_a_page_per_month(full_corpus, monkeypatch):
    from generator.render import render

    monkeypatch.setattr("generator.render.MAX_TIMELINE_ENTRIES", 10)
    pages = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    periods = re.findall(r"^\| \[[^\]]+\]\(timeline/([\w-]+)\.md\) \| (\d+) \|$", pages["timeline.md"], re.M)
    assert [p for p, _ in periods] == sorted((p for p, _ in periods), reverse=True)
    assert sum(int(n) for _, n in periods) == len(full_corpus.timeline)
    listed = [line for p, _ in periods for line in pages[f"timeline/{p}.md"].splitlines() if line.startswith("- **")]
    assert len(listed) == len(full_corpus.timeline)
    assert all("(../briefings/" in line for line in listed)
    assert all(pages[f"timeline/{p}.md"].endswith(")\n") for p, _ in periods)  # one newline at the end
    # Up to the limit, one page lists them all, each entry as its month's page does.
    monkeypatch.setattr("generator.render.MAX_TIMELINE_ENTRIES", len(full_corpus.timeline))
    pages = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    assert not any(p.startswith("timeline/") for p in pages)
    whole = [line for line in pages["timeline.md"].splitlines() if line.startswith("- **")]
    assert sorted(whole) == sorted(line.replace("(../briefings/", "(briefings/") for line in listed)


def test_a_long_briefings_index_has_a_page_per_month(full_corpus, monkeypatch):
    from generator.render import render

    monkeypatch.setattr("generator.render.MAX_BRIEFINGS_LISTED", 2)
    pages = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    months = re.findall(r"^\| \[[^\]]+\]\(by-month/([\w-]+)\.md\) \| (\d+) \|$", pages["briefings/index.md"], re.M)
    dated = [m for m, _ in months if m != "undated"]
    assert len(months) > 1 and dated == sorted(dated, reverse=True) and months[-1][0] in (dated[-1], "undated")
    assert sum(int(n) for _, n in months) == len(full_corpus.briefings)
    listed = [re.findall(r"^\| [^|]+ \| \[.*\]\(\.\./([\w-]+)\.md\)", pages[f"briefings/by-month/{m}.md"], re.M)
              for m, _ in months]
    assert [len(ids) for ids in listed] == [int(n) for _, n in months]
    # Every briefing once, newest first, each in the month it was published in.
    assert [i for ids in listed for i in ids] == [b.id for b in full_corpus.briefings]
    published = {b.id: b.article.published for b in full_corpus.briefings}
    assert all((published[i] or "undated").startswith(m) for (m, _), ids in zip(months, listed) for i in ids)
    assert all("[all briefings](../index.md)" in pages[f"briefings/by-month/{m}.md"] for m, _ in months)
    # Up to the limit, the index lists them all, each row as its month's page has it.
    monkeypatch.setattr("generator.render.MAX_BRIEFINGS_LISTED", len(full_corpus.briefings))
    whole = {p.path: p.content for p in render(full_corpus, ROOT / "templates")}
    assert not any(p.startswith("briefings/by-month/") for p in whole)
    rows = [line for line in whole["briefings/index.md"].splitlines() if line.startswith("| ") and "](" in line]
    parts = [line.replace("](../", "](") for m, _ in months
             for line in pages[f"briefings/by-month/{m}.md"].splitlines() if line.startswith("| ") and "](" in line]
    assert rows == parts


def full_corpus_title(corpus, briefing_id):
    return next(b.article.title for b in corpus.briefings if b.id == briefing_id)


def test_a_background_sentence_where_the_text_stops_says_it_was_cut(full_corpus):
    """017 stops mid-word ('... deepened defense ties wit'): its sentence is background, marked as cut."""
    cut = [s.text for s in gsomia(full_corpus).background if "defense ties wit" in s.text]
    assert cut and all(text.endswith("defense ties wit…") for text in cut)


_DATES = st.one_of(
    st.integers(2018, 2020).map(str),
    st.tuples(st.integers(2018, 2020), st.integers(1, 12)).map(lambda d: f"{d[0]}-{d[1]:02}"),
    st.tuples(st.integers(2018, 2020), st.integers(1, 12), st.integers(1, 28)).map(lambda d: f"{d[0]}-{d[1]:02}-{d[2]:02}"),
)


@given(st.lists(st.tuples(_DATES, st.sampled_from("abc"))), _DATES)
def test_what_comes_next_is_each_entry_after_the_newest_article_at_its_own_precision(rows, day):
    """'Coming up' on an issue page: the entries (oldest first) whose date, at its precision, is after the day."""
    from generator.dossier import upcoming_after
    from generator.models import TimelineEntry

    precision = {4: "year", 7: "month", 10: "day"}
    entries = sorted(
        (TimelineEntry(date, precision[len(date)], f"happening {text}", ()) for date, text in rows),
        key=lambda e: (e.date, e.text),
    )
    assert upcoming_after(entries, day) == tuple(e for e in entries if e.date > day[: len(e.date)])


def test_what_comes_next_leaves_out_the_year_and_month_of_the_day_itself():
    from generator.dossier import upcoming_after
    from generator.models import TimelineEntry

    dates = ["2019", "2019-11", "2019-11-22", "2019-11-23", "2019-12", "2020"]
    entries = [TimelineEntry(d, {4: "year", 7: "month", 10: "day"}[len(d)], "happening", ()) for d in dates]
    assert [e.date for e in upcoming_after(entries, "2019-11-22")] == ["2019-11-23", "2019-12", "2020"]


def test_what_comes_next_lies_after_the_newest_article_of_the_site_not_only_of_the_issue():
    """A trilateral-cooperation page whose newest article is of 22 Nov showed the 23 Nov expiry as
    'Coming up' on a site whose newest article is of 30 Dec."""
    from dataclasses import replace

    from generator.knowledge import IssueDef
    from generator.memo import Memo
    from generator.models import Event

    pact, trade = IssueDef(id="pact", title="The pact"), IssueDef(id="trade", title="Trade")
    expiry = Event(date="2019-11-23", precision="day", text="The pact is set to expire on Saturday.", paragraph=0)
    on_pact = replace(briefing("a", "2019-11-22"), events=(expiry,), issues=("pact",))
    on_trade = replace(briefing("b", "2019-12-30"), issues=("trade",))
    alone = link([on_pact], issues=[pact])
    assert [e.date for e in alone.issues[0].upcoming] == ["2019-11-23"]
    memo = Memo()
    for corpus in (link([on_pact, on_trade], issues=[pact, trade], memo=memo),
                   link([on_pact, on_trade], issues=[pact, trade])):
        assert next(i for i in corpus.issues if i.id == "pact").upcoming == ()
    link([on_pact], issues=[pact, trade], memo=memo)  # the later article gone: the expiry is to come again
    assert next(i for i in link([on_pact], issues=[pact, trade], memo=memo).issues).upcoming != ()


def _person(pid, name, nation):
    return Actor(id=pid, name=name, kind="person", country=nation, mentions=(Mention(0, name),))


@pytest.mark.parametrize("sentence, people, parties", [
    # A verb's object does not act: Japan removed South Korea.
    ("Japan also removed South Korea from a white list of trusted trading partners, citing concerns over Seoul's "
     "lax checks, before Seoul ended the pact.", (), {"japan"}),
    # Nor does one named in a relative clause: Motegi said it, not Kang.
    ("Foreign Minister Toshimitsu Motegi, who met South Korean Foreign Minister Kang Kyung-wha in Nagoya, said the two "
     "sides should calmly prepare for talks on the pact.",
     (("toshimitsu-motegi", "Toshimitsu Motegi", "Japan"), ("kang-kyung-wha", "Kang Kyung-wha", "South Korea")),
     {"japan"}),
    # Nor one named in the words quoted, the quotation opened in the sentence before: Moon said it.
    ('If Japan withdraws its trade measures on the pact, everything can be put back on the table," said Moon '
     "Chung-in, a special adviser.", (("moon-chung-in", "Moon Chung-in", "South Korea"),), set()),
])
def test_a_party_named_as_an_object_in_a_relative_clause_or_in_quoted_words_takes_no_position(sentence, people, parties):
    statements = party_statements(sentence, country(*JAPAN), country(*KOREA), *(_person(*p) for p in people))
    assert set(statements) == parties


def test_the_agent_of_a_passive_takes_no_position_but_the_one_a_statement_is_by_does():
    usa = country("united-states", "United States", "Washington")
    assert "united-states" not in party_statements(
        "The decision to keep the pact shows how far diplomacy remains dictated by Washington, experts said.", usa,
    )
    assert set(party_statements("A statement by Washington welcomed the pact.", usa)) == {"united-states"}


def test_a_surname_alone_names_its_person_in_its_own_paragraph_only():
    from dataclasses import replace

    from generator.dossier import positions

    (gsomia_issue,) = [i for i in load_knowledge(ROOT / "knowledge").issues if i.id == "gsomia"]
    actors = (
        Actor(id="kim-jong-un", name="Kim Jong-un", kind="person", country="North Korea",
              mentions=(Mention(0, "Kim Jong-un"), Mention(0, "Kim"))),
        Actor(id="kim-hyun-chong", name="Kim Hyun-chong", kind="person", country="South Korea",
              mentions=(Mention(1, "Kim Hyun-chong"), Mention(1, "Kim"))),
        country("north-korea", "North Korea"), country(*KOREA),
    )
    one = replace(briefing("a", "2019-11-22", actors), article=replace(briefing("a", "2019-11-22").article, paragraphs=(
        "North Korean leader Kim Jong-un oversaw a test. Kim expressed satisfaction with the pact's end.",
        "Kim Hyun-chong said the pact would be reviewed. Kim also called on Japan to lift its curbs on the pact.",
    )))
    profiles = {p.id: p for p in actor_profiles([one])}
    found = {p.party: [s.source.paragraph for s in p.statements] for p in positions(gsomia_issue, [one], profiles)}
    assert found.get("north-korea", []) == [0]
    assert found["south-korea"] == [1, 1]
