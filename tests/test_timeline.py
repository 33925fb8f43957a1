"""One timeline across sources: merged entries, ordered, with every source; conflicts flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pathlib import Path

from generator.knowledge import load_knowledge
from generator.link import link
from generator.models import Briefing, Citation, CleanArticle, Conflict, Event, Source, TimelineEntry
from generator.render import render
from generator.timeline import find_conflicts, merge_events, strongest_conflicts

ROOT = Path(__file__).resolve().parent.parent


def briefing(bid, events, issues=("gsomia",)):
    article = CleanArticle(
        id=bid, source=Source(f"{bid}.txt", "0" * 64), title=bid, outlet=bid.upper(),
        published="2019-11-19", dateline=None, byline=None, paragraphs=("p",) * 10,
    )
    return Briefing(article=article, events=tuple(events), issues=tuple(issues))


def event(date, text, paragraph=0, precision="day"):
    return Event(date=date, precision=precision, text=text, paragraph=paragraph)


def test_the_same_happening_from_two_outlets_is_one_entry_citing_both():
    entries = merge_events([
        briefing("yonhap", [event("2019-11-23", "GSOMIA is set to expire on Saturday.", 9)]),
        briefing("kyodo", [event("2019-11-23", "The pact is due to expire at midnight on Saturday, ending GSOMIA.", 2)]),
    ])
    assert len(entries) == 1
    assert [(c.briefing, c.paragraph) for c in entries[0].sources] == [("kyodo", 2), ("yonhap", 9)]


def test_different_happenings_on_one_date_stay_apart():
    entries = merge_events([
        briefing("a", [event("2019-11-22", "Seoul suspended its notice to terminate GSOMIA.")]),
        briefing("b", [event("2019-11-22", "G20 foreign ministers gathered in Nagoya for a two-day meeting.")]),
    ])
    assert len(entries) == 2


def test_two_events_of_one_article_on_one_date_are_two_entries():
    entries = merge_events([briefing("a", [
        event("2019-08-09", "Esper and Moon agreed on the importance of the pact.", 1),
        event("2019-08-09", "Earlier in the day Esper held talks with Jeong on the pact.", 8),
    ])])
    assert len(entries) == 2


def test_entries_are_ordered_by_date_with_their_precision():
    entries = merge_events([briefing("a", [
        event("2019-11-23", "expiry due"),
        event("2016-11", "GSOMIA signed", precision="month"),
        event("2019-08", "Seoul announced the end of GSOMIA", precision="month"),
    ])])
    assert [(e.date, e.precision) for e in entries] == [("2016-11", "month"), ("2019-08", "month"), ("2019-11-23", "day")]
    assert entries[0].issues == ("gsomia",)


def test_sources_giving_the_same_happening_other_dates_are_a_conflict():
    entries = merge_events([
        briefing("a", [event("2019-11-23", "The GSOMIA pact between Japan and South Korea is set to expire.")]),
        briefing("b", [event("2019-11-22", "The GSOMIA pact between Japan and South Korea was set to expire.")]),
    ])
    conflicts = find_conflicts(entries)
    assert len(conflicts) == 1
    assert {v.date for v in conflicts[0].versions} == {"2019-11-22", "2019-11-23"}


def test_midnight_of_one_day_and_the_next_day_are_no_conflict():
    # Jiji: 'set to expire at midnight Friday (3 p.m. GMT)'; Yonhap: 'set to expire on Nov. 23', the Saturday.
    entries = merge_events([
        briefing("jiji", [event("2019-11-22", "Following Seoul's decision in August not to renew the bilateral "
                                "GSOMIA, the pact was set to expire at midnight Friday (3 p.m. GMT).")]),
        briefing("yonhap", [event("2019-11-23", "Washington has called on Seoul to revisit the decision to scrap "
                                  "the GSOMIA deal, which is set to expire on Nov. 23.")]),
    ])
    assert find_conflicts(entries) == ()
    two_days = [replace(e, date="2019-11-21") if "midnight" in e.text else e for e in entries]
    assert len(find_conflicts(two_days)) == 1


@pytest.mark.parametrize("first, second", [
    # A one-off happening told beside another's date is not the one on that date.
    (("2019-11-20", "Hwang started the strike on Nov. 20, three days before the General Security of Military "
                    "Information Agreement with Japan was set to expire."),
     ("2019-11-22", "The General Security of Military Information Agreement would have expired at 11:59 p.m. on "
                    "Nov. 22.")),
    # A deadline's day is not the day of the happening.
    (("2019-08-23", "South Korea is expected to formally notify Japan of the decision later on Friday."),
     ("2019-08-24", "Either side must notify the other by Aug. 24 if it wants to end the agreement.")),
    # Words telling what happened must be shared, not a long name: two news conferences of one spokesman.
    (("2019-11-22", "Chief Cabinet Secretary Yoshihide Suga said at a news conference that the government had been "
                    "informed of the decision through diplomatic channels."),
     ("2019-11-25", "Chief Cabinet Secretary Yoshihide Suga told a news conference that Japan had explained its "
                    "position to the South Korean side.")),
    # A date telling when something was said dates the saying, not what it was about.
    (("2019-11-22", "South Korea on Friday reversed its decision to withdraw from a military intelligence-sharing "
                    "agreement with Japan."),
     ("2019-11-24", "South Korea's last-minute decision to keep its military intelligence-sharing pact with Japan "
                    "alive shows how far Seoul's diplomacy remains dictated by Washington, Chinese experts said on "
                    "Sunday.")),
    (("2019-08-22", "Kono told reporters in Tokyo late Thursday that Seoul's decision was regrettable and that Japan "
                    "would lodge a strong protest."),
     ("2019-08-23", "Kono said Japan would lodge a strong protest, and the ministry would summon the ambassador on "
                    "Friday.")),
    # A one-off happening and another one; the same one-off, told near two dates.
    (("2019-08-23", "The ROK side notified us through diplomatic channels this morning."),
     ("2019-08-24", "Seoul will notify Tokyo through diplomatic channels before the agreement's renewal deadline on "
                    "Saturday.")),
    (("2019-11-15", "U.S. Secretary of Defense Mark Esper on Friday urged South Korea to reverse its decision to "
                    "withdraw from a military intelligence-sharing pact with Japan."),
     ("2019-11-22", "Following Seoul's decision in August not to renew the bilateral pact, the pact was set to "
                    "expire at midnight Friday.")),
    # Titles and offices tell who, not what happened.
    (("2019-11-17", "Mr Chung Eui-yong, Mr Moon's national security adviser, said Seoul had received an apology."),
     ("2019-11-19", "Robert O'Brien, President Trump's national security adviser, spoke by phone with his South "
                    "Korean counterpart.")),
    # Other people, other places.
    (("2019-11-16", "Esper is due to travel on to Bangkok for a regional meeting of defence ministers this weekend, "
                    "where he is expected to meet Japanese Defence Minister Taro Kono."),
     ("2019-11-23", "Kang Kyung-wha is expected to meet her Japanese counterpart, Toshimitsu Motegi, on the sidelines "
                    "of a meeting of G20 foreign ministers in Nagoya.")),
    # Another country acting; a reaction and what it reacts to; one telling the other's date too.
    (("2019-08", "Japan removed South Korea from its list of trusted trade partners in August."),
     ("2019-09", "Seoul plans to remove Japan from its own list of trusted trading partners in September.")),
    (("2019-11-22", "The South Korean government decided on Nov. 22 to conditionally suspend the termination of "
                    "the pact."),
     ("2019-11-25", "North Korean state media on Monday lambasted South Korea's decision to conditionally suspend "
                    "the termination of the pact.")),
    (("2019-07", "Japan tightened exports of three key materials for chips and displays in July."),
     ("2019-08", "Japan tightened export controls on three chip-making materials in July, removed South Korea from "
                 "its list of trusted trade partners in August.")),
    # A report dated by a date its text gives after the one it is about.
    (("2019-08-22", "Seoul announces it will not renew GSOMIA"),
     ("2019-08-24", "Seoul announced on Thursday it would not renew the General Security of Military Information "
                    "Agreement, which was due for automatic extension on August 24.")),
    (("2019-08-22", "Seoul announces it will not renew GSOMIA"),
     ("2019-08-24", "Seoul announced yesterday it would not renew the General Security of Military Information "
                    "Agreement, which was due for automatic extension on August 24.")),
    (("2019-08-10", "North Korea launched short-range ballistic missiles on July 25, July 31, August 2, August 6, "
                    "and August 10."),
     ("2019-08-16", "North Korea continues to test short-range missiles, including two launched on Aug. 16.")),
    # A happening named only in what someone said.
    (("2019-11-19", 'Defense Minister Taro Kono said at a press conference Tuesday, "If GSOMIA expires, it will send '
                    'the wrong message to North Korea."'),
     ("2019-11-22", "A military intelligence pact between South Korea and Japan is due to expire at midnight on "
                    "Friday.")),
    # Other figures for other spans.
    (("2019-07", "Visitors from South Korea to Japan fell 7.6 percent in July, the tourism organization said."),
     ("2019-09", "The number of South Koreans visiting Japan fell 58.1 percent in September, the tourism "
                 "organization said.")),
])
def test_no_conflict_between_happenings_told_together(first, second):
    precision = "month" if len(first[0]) == 7 else "day"
    entries = merge_events([
        briefing("a", [event(*first, precision=precision)]), briefing("b", [event(*second, precision=precision)]),
    ])
    assert find_conflicts(entries) == ()


@pytest.mark.parametrize("first, second", [
    (("2019-08-07", "Tokyo approved the first shipment of photoresists to Samsung on Aug. 7 and a second one on the "
                    "19th."),
     ("2019-08-08", "The ministry has since approved several shipments of photoresist, the first of them on Aug. 8.")),
    # A year opening the text does not hide the day it goes on to give.
    (("2018-10-30", "In 2018, South Korea's Supreme Court ruled on Oct. 30 that Nippon Steel must compensate four "
                    "Korean workers."),
     ("2018-10-31", "South Korea's Supreme Court ruled on Oct. 31 that Nippon Steel must compensate four Korean "
                    "workers.")),
])
def test_one_step_told_on_two_days_is_a_conflict(first, second):
    entries = merge_events([briefing("a", [event(*first)]), briefing("b", [event(*second)])])
    assert len(find_conflicts(entries)) == 1


def test_one_decision_told_in_other_words_is_one_entry():
    # A pact ended, terminated or not renewed; Seoul, South Korea and Korean: one happening.
    entries = merge_events([
        briefing("jiji", [event("2019-08", "Following Seoul's decision in August not to renew the bilateral GSOMIA "
                                "amid deteriorating Tokyo-Seoul relations, the pact was set to expire at midnight "
                                "Friday (3 p.m. GMT).", precision="month")]),
        briefing("jt", [event("2019-08", "The row has also impacted the security sphere after South Korea decided "
                              "in August to terminate a bilateral intelligence-sharing pact with Japan.",
                              precision="month")]),
        briefing("yonhap", [event("2019-08", "In August, Seoul announced its decision to end the bilateral military "
                                  "information-sharing pact following Japan's export curbs on Seoul.",
                                  precision="month")]),
        briefing("kyodo", [event("2019-08", "Japan removed South Korea from its list of trusted trading partners "
                                 "in August.", precision="month")]),
    ])
    assert sorted(len(e.sources) for e in entries) == [1, 3]
    assert [c.briefing for c in next(e for e in entries if len(e.sources) == 1).sources] == ["kyodo"]


def test_reports_of_a_date_join_an_entry_by_one_of_its_reports_not_all_their_words():
    entries = merge_events([
        briefing("a", [event("2019-11", "Esper urged South Korea to stay in the intelligence pact during his visit.",
                             precision="month")]),
        briefing("b", [event("2019-11", "Esper urged Seoul to keep the intelligence pact during a visit to Seoul.",
                             precision="month")]),
        # Other people only; other figures; the words of both reports above together but neither's alone.
        briefing("c", [event("2019-11", "Milley met Park Han-ki during a visit to discuss the intelligence pact.",
                             precision="month")]),
        briefing("d", [event("2019-11", "Visitors to Japan fell 58.1 percent.", precision="month")]),
        briefing("e", [event("2019-11", "Visitors to Japan fell 7.6 percent.", precision="month")]),
    ])
    assert sorted(sorted(c.briefing for c in e.sources) for e in entries) == [["a", "b"], ["c"], ["d"], ["e"]]


def test_no_conflict_between_happenings_of_one_person():
    # Names and titles in common tell who, not what happened.
    entries = merge_events([
        briefing("a", [event("2019-11-22", "Japan's Foreign Minister Toshimitsu Motegi welcomed the decision.")]),
        briefing("b", [event("2019-11-23", "Kang is expected to meet Japanese Foreign Minister Toshimitsu Motegi.")]),
    ])
    assert find_conflicts(entries) == ()
    entries = merge_events([
        briefing("b", [event("2019-11-23", "Kang is expected to meet Japanese Foreign Minister Toshimitsu Motegi "
                                           "for talks.")]),
        briefing("c", [event("2019-11-24", "Japanese Foreign Minister Toshimitsu Motegi will meet Kang for talks "
                                           "in Nagoya.")]),
    ])
    assert len(find_conflicts(entries)) == 1  # both tell a meeting for talks


def test_no_conflict_between_unrelated_happenings():
    entries = merge_events([
        briefing("a", [event("2019-11-23", "GSOMIA is set to expire.")]),
        briefing("b", [event("2019-08-22", "South Korea announced it would end the pact with Japan.")]),
    ])
    assert find_conflicts(entries) == ()


def conflict(day, first_sources, second_sources):
    def version(date, count):
        return TimelineEntry(date=date, precision="day", text=f"talks on {day}",
                             sources=tuple(Citation(f"b{n}", 0) for n in range(count)))
    return Conflict(topic=f"talks on {day}", versions=(version(f"2019-11-{day:02}", first_sources),
                                                        version(f"2019-11-{day + 1:02}", second_sources)))


def test_an_issue_shows_the_conflicts_with_most_sources_behind_both_versions_in_their_order():
    found = (conflict(1, 1, 9), conflict(2, 3, 3), conflict(3, 2, 5), conflict(4, 3, 4), conflict(5, 1, 1))
    assert strongest_conflicts(found, limit=5) == found
    assert strongest_conflicts(found, limit=2) == (found[1], found[3])
    assert strongest_conflicts(found, limit=3) == (found[1], found[2], found[3])


def test_the_issue_page_says_how_many_conflicts_it_leaves_out(monkeypatch):
    monkeypatch.setattr("generator.timeline.MAX_CONFLICTS_SHOWN", 2)
    expiry = "The GSOMIA pact between Japan and South Korea is set to expire."
    corpus = link([briefing(bid, [event(f"2019-11-2{day}", expiry)]) for day, bid in enumerate("abcd")],
                  load_knowledge(ROOT / "knowledge").issues)
    (issue,) = corpus.issues
    assert (len(issue.conflicts), issue.conflicts_found) == (2, 6)
    (page,) = [p for p in render(corpus, ROOT / "templates") if p.path == "issues/gsomia.md"]
    assert "6 conflicting reports" in page.content
    assert "Of the 6 found, these are the 2 with the most sources behind both versions." in page.content
    assert page.content.count("Sources disagree:") == 2


# The entry's text is the report most like the others: the largest sum of
# similarities, ties to the shortest text, then the first alphabetically.
# Checked against the sum taken pair by pair in exact fractions.
WORDS = (
    "pact", "expire", "seoul", "tokyo", "notice", "suspend", "talks", "minister", "defense", "intelligence", "midnight",
)


def exact_representative(texts):
    from fractions import Fraction

    from generator.timeline import content_words

    words = [content_words(t) for t in texts]

    def total(i):
        return sum(
            (Fraction(len(words[i] & words[j]), min(len(words[i]), len(words[j])))
             for j in range(len(texts)) if j != i and words[i] and words[j]),
            Fraction(0),
        )

    return min(texts, key=lambda t: (-total(texts.index(t)), len(t), t))


@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6), min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_text_of_an_entry_is_the_report_most_like_the_others(word_lists):
    from generator.timeline import _representative

    texts = [" ".join(words) + f" report {i:02d}" for i, words in enumerate(word_lists)]
    members = [(briefing(f"b{i}", []), event("2019-11-23", text)) for i, text in enumerate(texts)]
    assert _representative(members) == exact_representative(texts)


def test_equal_sums_tie_to_the_shortest_text_whatever_the_order_of_adding():
    from generator.timeline import _representative

    # Sevenths do not add up exactly in floating point: several of these
    # sums are equal as fractions but not when added pair by pair.
    texts = [
        "tokyo notice expire pact intelligence sharing suspend",
        "notice sharing seoul expire suspend military intelligence tokyo xx",
        "defense suspend pact expire minister sharing tokyo x",
        "defense talks suspend minister expire intelligence tokyo x",
        "defense pact notice military tokyo minister intelligence xx",
        "military notice seoul minister tokyo intelligence sharing",
        "intelligence talks sharing suspend expire tokyo defense",
        "sharing pact talks seoul intelligence minister defense",
        "intelligence pact suspend notice talks minister xx",
        "notice seoul minister military intelligence expire tokyo defense",
        "defense expire intelligence talks sharing seoul pact xx",
        "pact seoul defense sharing expire tokyo suspend xx",
    ]
    members = [(briefing(f"b{i}", []), event("2019-11-23", text)) for i, text in enumerate(texts)]
    assert _representative(members) == exact_representative(texts)


def reference_conflicts(entries):
    """`find_conflicts` pair by pair, with plain sets: what the bit sets must give."""
    from collections import Counter

    from generator.timeline import (
        _SAID_ON, _TITLE_STEMS, MAX_APART, MIDNIGHT, ONE_OFF, SAME_TOPIC, _conflict_order, _day_number, _marks,
        _one_off, _told_apart, action_words, content_words,
    )

    counts = Counter(word for e in entries for word in content_words(e.text))
    common = {w for w, n in counts.items() if n > max(2, len(entries) // 5)}
    found = []
    for i, first in enumerate(entries):
        for second in entries[i + 1:]:
            apart = abs(_day_number(first.date) - _day_number(second.date))
            if first.precision != second.precision or not 0 < apart <= MAX_APART[first.precision]:
                continue
            if {c.briefing for c in first.sources} & {c.briefing for c in second.sources}:
                continue
            if _SAID_ON.search(first.text) or _SAID_ON.search(second.text):
                continue
            if apart == 1 and (MIDNIGHT.search(first.text) or MIDNIGHT.search(second.text)):
                continue
            once, other_once = _one_off(first.text), _one_off(second.text)
            if bool(ONE_OFF.search(first.text)) != bool(ONE_OFF.search(second.text)) or (
                once is not None and other_once is not None and once != other_once
            ):
                continue
            mine, theirs = content_words(first.text) - common, content_words(second.text) - common
            mine_acting = action_words(first.text) & mine - _TITLE_STEMS
            their_acting = action_words(second.text) & theirs - _TITLE_STEMS
            shared = len(mine_acting & their_acting)
            if (once is not None and once == other_once) or (
                not _told_apart(_marks(first.text), _marks(second.text))
                and shared >= 2 and shared >= SAME_TOPIC * min(len(mine_acting), len(their_acting))
            ):
                pair = sorted((first, second), key=lambda e: (e.date, e.text))
                found.append(Conflict(topic=pair[0].text, versions=tuple(pair)))
    return tuple(sorted(found, key=_conflict_order))


# With names and titles in capitals, which tell who, not what happened.
ONE_OFF_WORDS = WORDS + ("expired", "signed", "lapsed", "notified", "Motegi", "Minister", "Foreign")


def _entries(rows, salt=""):
    return [
        TimelineEntry(
            date=f"2019-{day % 12 + 1:02}" if precision == "month" else f"2019-11-{day:02}",
            precision=precision,
            text=" ".join(words) + f" report {salt}{i:02d}",
            sources=tuple(Citation(b, 0) for b in sorted(sources)),
        )
        for i, (day, words, sources, precision) in enumerate(rows)
    ]


def _rows(max_size):
    return st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=20),
            st.lists(st.sampled_from(ONE_OFF_WORDS), min_size=0, max_size=5),
            st.sets(st.sampled_from("abcdef"), min_size=1, max_size=3),
            st.sampled_from(["day", "day", "month"]),
        ),
        max_size=max_size,
    )


ENTRY_ROWS = _rows(12)


@given(_rows(14))
@settings(max_examples=300, deadline=None)
def test_conflicts_are_those_found_pair_by_pair(rows):
    entries = tuple(_entries(rows))
    assert find_conflicts(entries) == reference_conflicts(entries)


@given(ENTRY_ROWS, st.lists(st.tuples(st.sets(st.integers(0, 11), max_size=3), ENTRY_ROWS), max_size=4))
@settings(max_examples=200, deadline=None)
def test_conflicts_brought_up_to_date_are_those_found_afresh(first, changes):
    """Through a memo, each list (some entries gone, some new, some made
    again, one twice at times) gives the conflicts found without one."""
    from generator.memo import Memo

    from dataclasses import replace

    memo = Memo()
    entries = _entries(first)
    assert find_conflicts(entries, memo, "issue") == find_conflicts(entries)
    for step, (gone, rows) in enumerate(changes):
        entries = [e for i, e in enumerate(entries) if i not in gone] + _entries(rows, salt=f"{step}-")
        # Entries made again, equal to those before (as when their date got another event).
        entries = [replace(e) if i % 2 == step % 2 else e for i, e in enumerate(entries)]
        if step == 2 and entries:
            entries.append(entries[0])
        memo.settle()
        assert find_conflicts(entries, memo, "issue") == find_conflicts(entries)


@pytest.mark.parametrize("days, new_day, compared_with", [
    (range(1, 9), 9, 7),  # days 2 to 8
    (range(1, 9), 15, 1),  # days 8 to 22: the entry of day 8
    (range(8, 16), 1, 1),  # days -6 to 8: the entry of day 8
    (range(1, 9), 5, 7),  # all other days: 1 to 4 and 6 to 8 (never one on its own date)
])
def test_conflicts_are_brought_up_to_date_comparing_a_new_entry_with_its_window_only(
    monkeypatch, days, new_day, compared_with
):
    """One new entry is compared with the others of its window; the pairs that stay are not compared again."""
    from generator import timeline
    from generator.memo import Memo

    words = ["pact", "expire", "seoul", "tokyo"]
    entries = _entries([(day, words, {f"b{day}"}, "day") for day in days])
    memo = Memo()
    find_conflicts(entries, memo, "issue")
    memo.settle()
    compared = []
    one_happening = timeline._one_happening
    monkeypatch.setattr(timeline, "_one_happening", lambda a, b: compared.append(1) or one_happening(a, b))
    added = _entries([(new_day, words, {"z"}, "day")], salt="new-")
    updated = find_conflicts(entries + added, memo, "issue")
    assert len(compared) == compared_with
    compared.clear()
    assert updated == find_conflicts(entries + added) == reference_conflicts(entries + added)
    assert len(compared) > compared_with + 7  # afresh, the pairs among the others too


def test_words_that_become_common_end_the_conflicts_they_made():
    """Two reports share 'pact' and 'seoul'; once most entries name both, those words are no evidence."""
    from generator.memo import Memo

    pair = _entries([(1, ["pact", "seoul"], {"a"}, "day"), (3, ["pact", "seoul"], {"b"}, "day")])
    memo = Memo()
    assert len(find_conflicts(pair, memo, "issue")) == 1
    memo.settle()
    more = pair + _entries([(day, ["pact", "seoul", word], {"c"}, "day") for day, word in
                            ((12, "talks"), (15, "notice"), (18, "minister"))], salt="more-")
    assert find_conflicts(more, memo, "issue") == find_conflicts(more) == ()


def test_entries_made_again_keep_their_conflicts_in_later_builds():
    from dataclasses import replace

    from generator.memo import Memo

    entries = _entries([(day, ["pact", "expire", "talks"], {b}, "day") for day, b in zip(range(1, 5), "abcd")])
    expected = find_conflicts(entries)
    assert expected
    memo = Memo()
    for _ in range(3):
        entries = [replace(e) for e in entries]
        assert find_conflicts(entries, memo, "issue") == expected
        assert find_conflicts(entries, memo, "issue") == expected
        memo.settle()


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=20), st.integers(1, 6))
def test_the_strongest_are_the_largest_supports_ties_to_the_earlier_in_their_order(supports, limit):
    from generator.timeline import strongest

    items = list(range(len(supports)))
    ranked = sorted(items, key=lambda i: (tuple(-n for n in supports[i]), i))[:limit]
    assert strongest(items, limit, lambda i: supports[i]) == tuple(sorted(ranked))


@given(st.lists(st.tuples(st.integers(1, 28), st.integers(0, 4)), max_size=20), st.integers(1, 9))
def test_a_timeline_shown_in_part_is_its_newest_and_its_most_cited(entries, limit):
    from generator.timeline import NEWEST_SHARE, shown_timeline, strongest

    timeline = [
        TimelineEntry(f"2019-11-{day:02}", "day", f"entry {i}", tuple(Citation(f"b{n}", 0) for n in range(count)))
        for i, (day, count) in enumerate(sorted(entries))
    ]
    shown = shown_timeline(timeline, limit)
    if len(timeline) <= limit:
        assert shown == tuple(timeline)
        return
    newest = sorted(timeline, key=lambda e: e.date, reverse=True)[:limit // NEWEST_SHARE]
    rest = [e for e in timeline if not any(e is n for n in newest)]
    cited = strongest(rest, limit - len(newest), lambda entry: (len(entry.sources),))
    assert [e.text for e in shown] == [e.text for e in timeline if any(e is c for c in (*newest, *cited))]


def test_an_issue_s_latest_turns_show_beside_its_busiest_months():
    from generator.timeline import shown_timeline

    busy = [TimelineEntry(f"2019-11-{day:02}", "day", f"busy {day}", tuple(Citation(f"b{n}", 0) for n in range(5)))
            for day in range(1, 21)]
    late = [TimelineEntry("2023-03-21", "day", "GSOMIA fully normalised", (Citation("c", 0),))]
    shown = shown_timeline(busy + late, 8)
    assert shown[-1].text == "GSOMIA fully normalised"
    assert [e.text for e in shown[:-1]] == [f"busy {day}" for day in (1, 2, 3, 4, 5, 6, 20)]


EVENT_WORDS = ("pact", "expire", "seoul", "tokyo", "talks", "notice", "suspend", "minister")


def _dated_briefings(rows, salt):
    """Briefings with events on a few dates (so that events merge), some without a key."""
    from dataclasses import replace

    from generator.models import briefing_key

    made = []
    for i, (events, keyed) in enumerate(rows):
        made.append(briefing(f"{salt}{i}", [
            event(f"2019-11-{day:02}" if day else "2019-11", " ".join(words) or "happening",
                  paragraph, "day" if day else "month")
            for paragraph, (day, words) in enumerate(events)
        ]))
        if keyed:
            made[-1] = replace(made[-1], key=briefing_key(made[-1]))
    return made


DATED_ROWS = st.lists(st.tuples(
    st.lists(st.tuples(st.integers(0, 3), st.lists(st.sampled_from(EVENT_WORDS), max_size=4)), max_size=3),
    st.booleans(),
), max_size=8)


@given(DATED_ROWS, st.lists(st.tuples(st.sets(st.integers(0, 10), max_size=3), DATED_ROWS), max_size=4))
@settings(max_examples=200, deadline=None)
def test_entries_brought_up_to_date_are_those_merged_afresh(first, changes):
    """Through a memo, each set of briefings (some gone, some new, one edited
    under its id, one made again as it was) gives the entries merged without one."""
    from dataclasses import replace

    from generator.memo import Memo

    memo = Memo()
    briefings = _dated_briefings(first, "a")
    assert merge_events(briefings, memo) == merge_events(briefings)
    for step, (gone, rows) in enumerate(changes):
        briefings = [b for i, b in enumerate(briefings) if i not in gone] + _dated_briefings(rows, f"s{step}-")
        if briefings:
            briefings[0] = replace(briefings[0], events=briefings[0].events[1:], key="")
            briefings[-1] = replace(briefings[-1])
        memo.settle()
        assert merge_events(briefings, memo) == merge_events(briefings)


def test_dates_without_a_changed_briefing_keep_their_entries():
    from dataclasses import replace

    from generator.memo import Memo
    from generator.models import briefing_key

    def keyed(b):
        return replace(b, key=briefing_key(b))

    a = keyed(briefing("a", [event("2019-11-22", "Seoul keeps the pact"), event("2019-11-23", "The pact lives on", 1)]))
    b = keyed(briefing("b", [event("2019-11-23", "The pact lives on today")]))
    memo = Memo()
    first = merge_events([a, b], memo)
    memo.settle()
    c = keyed(briefing("c", [event("2019-11-22", "Tokyo welcomes the decision")]))
    again = merge_events([a, replace(b), c], memo)  # b made again as it was, c on the 22nd
    assert again == merge_events([a, b, c])
    kept = [entry for entry in first if entry.date == "2019-11-23"]
    assert [entry for entry in again if entry.date == "2019-11-23"] == kept
    assert all(any(entry is mine for mine in again) for entry in kept)
