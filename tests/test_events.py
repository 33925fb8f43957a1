"""Dated events: measured against the gold articles, and small cases by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import GOLD, gold_id
from generator.events import find_events
from generator.models import CleanArticle, Event, Source

# The F1 of event dates (date and precision, as a multiset per article) over
# all gold articles must not fall below this.
EVENT_F1_FLOOR = 0.80

# The gold gives `published` only when the text says it; the second seed's
# publication day comes from its sidecar (see its notes).
SIDECAR_PUBLISHED = {"003_f8d53fefbb7e7c2c": "2019-08-09"}

PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}


def gold_article(entry: dict) -> CleanArticle:
    """The gold entry's file as this stage sees it: one paragraph per blank-line block."""
    text = entry["path"].read_text(encoding="utf-8")
    blocks = (" ".join(block.split()) for block in text.split("\n\n"))
    published = SIDECAR_PUBLISHED.get(gold_id(entry), entry.get("published"))
    return CleanArticle(
        id=gold_id(entry),
        source=Source(path=str(entry["path"]), sha256="0" * 64),
        title=entry.get("title") or "",
        outlet=entry.get("outlet"),
        published=str(published) if published else None,
        dateline=None,
        byline=None,
        paragraphs=tuple(block for block in blocks if block),
    )


def gold_dates(entry: dict) -> Counter:
    dates = (str(event["date"]) for event in entry.get("events") or ())
    return Counter((d, PRECISION_BY_LENGTH[len(d)]) for d in dates)


def found_dates(events: tuple[Event, ...]) -> Counter:
    return Counter((event.date, event.precision) for event in events)


def score(pairs: list[tuple[Counter, Counter]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of found against gold date multisets, summed over articles."""
    hits = found = wanted = 0
    for got, want in pairs:
        hits += sum((got & want).values())
        found += sum(got.values())
        wanted += sum(want.values())
    precision = hits / found if found else 1.0
    recall = hits / wanted if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@pytest.fixture(scope="module")
def events_by_article() -> dict[str, tuple[Event, ...]]:
    return {gold_id(entry): find_events(gold_article(entry)) for entry in GOLD}


def test_event_date_f1_floor(events_by_article):
    pairs = [(found_dates(events_by_article[gold_id(e)]), gold_dates(e)) for e in GOLD]
    precision, recall, f1 = score(pairs)
    assert f1 >= EVENT_F1_FLOOR, f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_gold_events_found(entry, events_by_article):
    missing = gold_dates(entry) - found_dates(events_by_article[gold_id(entry)])
    assert not missing


@pytest.mark.parametrize(
    "entry", [e for e in GOLD if gold_article(e).published is None], ids=gold_id
)
def test_unknown_publication_date_gives_only_absolute_dates(entry, events_by_article):
    for event in events_by_article[gold_id(entry)]:
        assert any(ch.isdigit() for ch in event.expression), event
        assert not any(word in event.expression.lower() for word in (
            "day", "week", "month", "last", "next", "this", "yesterday", "today", "tomorrow",
        )), event


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_events_are_well_formed(entry, events_by_article):
    article = gold_article(entry)
    events = events_by_article[gold_id(entry)]
    for event in events:
        assert event.expression in article.paragraphs[event.paragraph]
        assert 0 < len(event.text) <= 210
        assert len(event.date) == {"day": 10, "month": 7, "year": 4}[event.precision]
    order = [(e.paragraph, article.paragraphs[e.paragraph].find(e.expression)) for e in events]
    assert order == sorted(order)


# --- Small cases ---------------------------------------------------------------


def article(*paragraphs: str, published: str | None = "2019-11-19") -> CleanArticle:
    return CleanArticle(
        id="case", source=Source(path="case.txt", sha256="0" * 64), title="Case", outlet=None,
        published=published, dateline=None, byline=None, paragraphs=paragraphs,
    )


def dates(*paragraphs: str, published: str | None = "2019-11-19") -> list[tuple[str, int]]:
    return [(e.date, e.paragraph) for e in find_events(article(*paragraphs, published=published))]


def test_span_word_and_day_of_one_happening_are_one_event():
    assert dates(
        "WASHINGTON -- Esper on Monday welcomed Japan's efforts ahead of the expiry of the pact this weekend.",
        "GSOMIA is set to expire on Saturday.",
    ) == [("2019-11-18", 0), ("2019-11-23", 1)]


def test_next_week_restating_a_deadline_is_one_event():
    assert dates(
        "Milley voiced hope Tuesday of saving the pact before it expires next week.",
        "The agreement is set to expire on Nov. 23.",
        published="2019-11-12",
    ) == [("2019-11-12", 0), ("2019-11-23", 1)]


def test_what_the_story_is_about_came_a_day_after_what_it_names():
    assert dates(
        "The leaders of South Korea and Japan held their first formal summit in 15 months in Chengdu on Tuesday.",
        "Moon asked Abe to lift the curbs.",
        "The summit came a day after Moon met Chinese President Xi Jinping in Beijing.",
        published="2019-12-24",
    ) == [("2019-12-24", 0), ("2019-12-23", 2)]


@pytest.mark.parametrize("lead, published", [
    # two days told in the lead: which is the summit's is not said
    ("President Moon Jae-in returned home Wednesday after holding a summit with Japanese Prime Minister Shinzo Abe "
     "in Chengdu on Tuesday.", "2019-12-25"),
    # the day the lead tells is that of what was said, the summit's is to come
    ("Japan's government said Friday that Abe and Moon will hold a summit in Chengdu, China, on Dec. 24.",
     "2019-12-20"),
])
def test_what_the_story_is_about_is_counted_from_only_the_one_day_the_lead_tells_it_happened(lead, published):
    events = find_events(article(lead, "Moon asked Abe to lift the curbs.",
                                 "The summit came a day after Moon met Chinese President Xi Jinping in Beijing.",
                                 published=published))
    assert [e for e in events if e.paragraph == 2] == []


def test_a_time_in_a_relative_clause_after_what_came_is_another_s():
    events = find_events(article(
        "Kang and Motegi held talks in Nagoya on Saturday.",
        "They agreed to meet again.",
        "The talks came two days after Seoul suspended the expiry of GSOMIA, which had been set to lapse at "
        "midnight Friday.",
        published="2019-11-23",
    ))
    assert [(e.date, e.expression) for e in events if e.paragraph == 2] == [
        ("2019-11-21", "two days after"), ("2019-11-22", "at midnight Friday")]


@pytest.mark.parametrize("paragraph, month", [
    ("In August Japan removed Seoul from its list. Seoul responded by announcing later that month that it would "
     "end the pact.", "2019-08"),
    ("Japan tightened controls in July. The same month, Seoul filed a complaint with the WTO.", "2019-07"),
])
def test_later_that_month_is_the_month_just_told(paragraph, month):
    assert dates(paragraph, published="2019-11-24") == [(month, 0), (month, 0)]


def test_a_later_year_in_a_relative_clause_is_counted_from():
    assert dates(
        "In 2015, the two governments reached a deal on wartime sex slaves, which Moon effectively scrapped in 2018. "
        "A year later, Japan tightened export controls.",
        published="2019-11-22",
    ) == [("2015", 0), ("2018", 0), ("2019", 0)]


@pytest.mark.parametrize("sentence, expected", [
    ("In rulings on October 30 and November 29, 2018, the Supreme Court ordered Japanese firms to pay.",
     [("2018-10-30", 0), ("2018-11-29", 0)]),
    ("The court ruled on Oct. 30, Nov. 29 and Dec. 5, 2018.", [("2018-10-30", 0), ("2018-11-29", 0), ("2018-12-05", 0)]),
    # (not a later day before an earlier one: 'on Dec. 5 and Jan. 9, 2019' spans the new year)
    ("The talks were held on Dec. 5 and Jan. 9, 2019.", [("2018-12-05", 0), ("2019-01-09", 0)]),
])
def test_a_day_of_the_month_takes_the_year_printed_with_the_day_joined_after_it(sentence, expected):
    assert dates(sentence, published="2019-07-10") == expected


def test_an_earlier_year_in_a_relative_clause_after_a_year_is_passed_over():
    assert dates(
        "In 2016, the two countries signed GSOMIA, which was first proposed in 2012. A year later, they began "
        "sharing intelligence on missile launches.",
        published="2019-11-22",
    ) == [("2016", 0), ("2012", 0), ("2017", 0)]


@pytest.mark.parametrize("paragraphs, expected", [
    # A year alone told again with a word of what happened in it, or as a time since, is that happening told again.
    (("Tokyo says the issue was settled by the 1965 agreement.", "Seoul says the 1965 agreement left claims open.",
      "Relations have been strained since 1965."), [("1965", 0)]),
    # ... not another happening of that year.
    (("The allies suspended the Vigilant Ace drills in 2018.",
      "The Supreme Court ordered Nippon Steel to pay in 2018."), [("2018", 0), ("2018", 1)]),
])
def test_a_year_alone_told_again_is_its_happening_told_again(paragraphs, expected):
    assert dates(*paragraphs, published="2019-11-20") == expected


def test_a_day_of_the_month_a_span_counts_to_is_of_that_span_s_year_whatever_is_printed_between():
    assert ("2018-11-29", 0) in dates(
        "On Oct. 30 last year, the Supreme Court ordered Nippon Steel to pay. A month later, the court, which had "
        "first heard the case in May 2012, ruled against Mitsubishi Heavy Industries on Nov. 29.",
        published="2019-12-18",
    )


def test_a_day_of_the_month_a_span_counts_to_is_of_that_span_s_year():
    assert ("2018-11-29", 0) in dates(
        "On Oct. 30 last year, the Supreme Court ordered Nippon Steel to pay. A month later, on Nov. 29, the court "
        "handed down similar rulings against Mitsubishi Heavy Industries.",
        published="2019-12-18",
    )


@pytest.mark.parametrize("paragraphs, published, expected", [
    # Days or weeks counted on from a day told, the day of the month named right after them of the year counted to;
    # that day tells the moment, the count alone does.
    (("In July 2019 Japan tightened exports, and on August 2 it dropped the country from its list.",
      "Three weeks later, on August 22, his administration announced it."), "2020-09-29",
     [("2019-07", 0), ("2019-08-02", 0), ("2019-08-22", 1)]),
    (("On Oct. 30 last year, the Supreme Court ordered Nippon Steel to pay.",
      "Nine days later, on Nov. 8, the court handed down similar rulings."), "2019-12-18",
     [("2018-10-30", 0), ("2018-11-08", 1)]),
    (("Seoul announced its decision on Aug. 22.", "A week later, Japan removed it from the list."), "2019-11-20",
     [("2019-08-22", 0), ("2019-08-29", 1)]),
    (("Japan announced the export curbs on July 1, 2019.", "Four weeks later, on Aug. 2, Tokyo removed Seoul from "
      "its list."), "2020-09-29", [("2019-07-01", 0), ("2019-08-02", 1)]),
    # (nor another clause's day: 'A day later, it notified Tokyo that the pact would expire on Nov. 23'; nor a figure
    # compared with one before)
    (("Seoul announced its decision on Aug. 22.", "A day later, it formally notified Tokyo that the pact would expire "
      "on Nov. 23."), "2019-08-23", [("2019-08-22", 0), ("2019-08-23", 1), ("2019-11-23", 1)]),
    (("Realmeter said on Monday its approval rose.", "Support was 47 percent, up 2.4 percentage points from a week "
      "earlier."), "2019-11-25", [("2019-11-25", 0)]),
    (("Realmeter said on Monday its approval rose.", "Support was 47 percent, up 2.4 points over a week earlier."),
     "2019-11-25", [("2019-11-25", 0)]),
    # (nor a day a participle tells another happening on: 'the restrictions imposed on July 4')
    (("Japan removed Seoul from the list on Aug. 28.", "Two weeks later, Seoul filed a complaint against the "
      "restrictions imposed on July 4 with the WTO."), "2019-09-12",
     [("2019-08-28", 0), ("2019-09-11", 1), ("2019-07-04", 1)]),
    (("Japan tightened controls on July 4.", "Three weeks later, Japan's Cabinet approved the removal on Aug. 2."),
     "2019-11-20", [("2019-07-04", 0), ("2019-08-02", 1)]),
    (("Seoul announced on Aug. 22 that it would quit the pact.", "Washington weighed in two days later, voicing strong "
      "disappointment."), "2019-11-20", [("2019-08-22", 0), ("2019-08-24", 1)]),
    # (and a day named later in the sentence, near the one counted to, tells the moment)
    (("Seoul suspended its notice on Nov. 22.", "Esper had been in Seoul only a week earlier, where he warned at a "
      "press conference on Nov. 15 that only Pyongyang and Beijing would benefit."), "2019-11-26",
     [("2019-11-22", 0), ("2019-11-15", 1)]),
    # (not a thing's day after them: "the North's August 24 rocket launch")
    (("Rodong Sinmun called it a natural step on August 27.", 'A day later, KCNA accused the South of "double-dealing" '
      "for passing information on the North's August 24 rocket launch to Japan."), "2019-12-20",
     [("2019-08-27", 0), ("2019-08-28", 1), ("2019-08-24", 1)]),
])
def test_a_day_of_the_month_days_or_weeks_count_to_is_of_their_year(paragraphs, published, expected):
    assert dates(*paragraphs, published=published) == expected


def test_a_day_or_month_set_off_right_after_years_counted_on_is_of_the_year_counted_to():
    assert dates(
        "Seoul first tried to sign the pact in June 2012, but pulled out at the last minute. Four years later, on "
        "Nov. 23, it signed it.",
        published="2019-11-25",
    ) == [("2012-06", 0), ("2016-11-23", 0)]
    assert dates(
        "Seoul first tried to sign the pact in June 2012, but pulled out at the last minute. Four years later, in "
        "November, it signed it.",
        published="2019-11-25",
    ) == [("2012-06", 0), ("2016-11", 0)]


def test_what_a_step_cleared_the_way_for_comes_after_the_step_s_day():
    assert dates(
        "The defense committee approved the bill on Monday, clearing the way for a plenary vote on Friday.",
        published="2019-11-25",
    ) == [("2019-11-25", 0), ("2019-11-29", 0)]
    # ... not a day told in a relative clause after it.
    assert dates(
        "The National Assembly passed the bill on Nov. 5, clearing the way for the government, which sent it to Tokyo "
        "on Monday.",
        published="2019-11-20",
    ) == [("2019-11-05", 0), ("2019-11-18", 0)]
    assert dates(
        "The committee approved the bill on Monday, clearing the way for a vote, possibly on Friday.",
        published="2019-11-27",
    ) == [("2019-11-25", 0), ("2019-11-29", 0)]


def test_what_a_happening_on_a_day_told_follows_was_on_the_weekday_before_it():
    assert dates(
        "Choe Son Hui said on Tuesday that the two countries had agreed to hold working-level nuclear talks on "
        "Saturday, following preliminary contact on Friday.",
        published="2019-10-02",
    ) == [("2019-10-01", 0), ("2019-10-05", 0), ("2019-10-04", 0)]
    # ... but someone's deed it follows was done, and a deed told with its verb, or a weekday with its date, is read
    # as told.
    assert dates("The pact will expire on Saturday following Seoul's decision on Friday.", published="2019-10-02") == [
        ("2019-10-05", 0), ("2019-09-27", 0)]
    assert dates("The pact will expire on Saturday after Seoul announced on Thursday that it would not renew it.",
                 published="2019-08-23") == [("2019-08-24", 0), ("2019-08-22", 0)]
    assert dates("Seoul will let the pact lapse on Saturday, after talks with Japanese diplomats on Monday failed.",
                 published="2019-11-20") == [("2019-11-23", 0), ("2019-11-18", 0)]
    assert dates("The measure takes effect on Wednesday, after the cabinet approved it on Friday, Aug. 2.",
                 published="2019-08-26") == [("2019-08-28", 0), ("2019-08-02", 0)]
    # ... a contact named with a participle before or after it; a day to come told by its date.
    for told in ("talks on Saturday, following a planned preliminary contact on Friday.",
                 "talks on Saturday, following a preliminary contact on Friday aimed at setting the agenda.",
                 "talks on Oct. 5, following a preliminary contact on Friday."):
        assert dates("Choe said the two sides had agreed to hold " + told, published="2019-10-02")[-1] == (
            "2019-10-04", 0)
    # ... and not what comes after the day told: 'after which'.
    assert dates("The two sides will hold talks on Saturday, after which talks resume on Monday.",
                 published="2019-10-02") == [("2019-10-05", 0), ("2019-10-07", 0)]


def test_a_month_told_in_a_relative_clause_with_no_pronoun_leaves_the_day_to_count_from():
    assert dates(
        "Japan's top government spokesman on Monday denied that Tokyo had apologised.",
        "South Korea had said on Friday that it would suspend its decision. It said Tokyo had agreed to resume talks on "
        "the export restrictions it imposed on Seoul in July.",
        "But a trade official told reporters on the same night that Tokyo's policy had not changed.",
        published="2019-11-25",
    ) == [("2019-11-25", 0), ("2019-11-22", 1), ("2019-07", 1), ("2019-11-22", 2)]


def test_years_ago_on_a_weekday_is_that_weekday_so_many_years_before():
    assert dates("One year ago on Wednesday, Japan stunned South Korea's chip industry by announcing export curbs.",
                 published="2020-07-01") == [("2019-07-01", 0)]
    assert dates("A year ago Wednesday, South Korea's Supreme Court ordered a Japanese steelmaker to pay.",
                 published="2019-10-31") == [("2018-10-30", 0)]
    assert dates("The pact was signed a year ago.", published="2019-10-31") == [("2018", 0)]
    # ... not a figure compared with a year before, a rough count, an anniversary to come, nor a weekday with its date.
    assert dates("Exports fell 20 percent from a year ago on Monday.", published="2020-07-06") == [
        ("2019", 0), ("2020-07-06", 0)]
    assert dates("Seoul withdrew the notice it sent more than three years ago on Tuesday.", published="2023-03-21") == [
        ("2020", 0), ("2023-03-21", 0)]
    assert dates("It will be a year ago Saturday that Seoul announced it would scrap the pact.",
                 published="2020-08-20")[0] == ("2019", 0)
    assert dates("A year ago on Friday, Aug. 2, Japan's Cabinet approved the removal.", published="2020-08-03")[0] == (
        "2019", 0)


def test_a_year_in_a_relative_clause_leaves_the_month_to_count_from():
    assert dates(
        "Seoul announced in August 2019 that it would end GSOMIA, which it viewed as retaliation for Supreme Court "
        "rulings in 2018. Three months later, the Moon Jae-in government conditionally suspended the decision.",
        published="2023-03-21",
    ) == [("2019-08", 0), ("2018", 0), ("2019-11", 0)]


def test_a_deadline_told_in_another_clause_makes_no_span_a_copy_of_it():
    assert dates(
        "The pact is set to expire at midnight on Nov. 23.",
        "Negotiators are scheduled to meet again in Seoul next week, and the current agreement expires at the "
        "end of December.",
        published="2019-11-15",
    ) == [("2019-11-23", 0), ("2019-11", 1), ("2019-12", 1)]


def test_a_span_and_a_day_of_one_happening_told_with_the_same_names_are_one_event():
    assert dates(
        "Defense Minister Jeong Kyeong-doo will meet Kono later this month.",
        "Jeong will meet Kono on Sunday in Bangkok, the ministry said.",
        published="2019-11-20",
    ) == [("2019-11-24", 1)]


def test_a_span_and_a_day_sharing_one_name_and_titles_stay_apart():
    assert dates(
        "Defense Minister Jeong Kyeong-doo will meet U.S. Defense Secretary Mark Esper in Seoul on Friday.",
        "Jeong will also meet Japanese Defense Minister Taro Kono in Bangkok later this month.",
        published="2019-11-11",
    ) == [("2019-11-15", 0), ("2019-11", 1)]


def test_a_span_holding_a_day_of_another_happening_stays_apart():
    # One word in common ('summit', 'pact') is no restatement: the G20 summit was last week, the
    # Trump summit on Sunday; two clauses of one sentence tell two happenings.
    assert dates(
        "The curbs came days after the Group of 20 summit in Osaka last week.",
        "President Moon held a summit with President Trump in Seoul on Sunday.",
        published="2019-07-01",
    ) == [("2019-06", 0), ("2019-06-30", 1)]
    assert dates(
        "The two held talks on export controls in Tokyo last week, and on Friday Japan eased restrictions.",
        published="2019-12-23",
    ) == [("2019-12", 0), ("2019-12-20", 0)]
    # ... but a span with its days told beside it is one happening.
    assert dates(
        "Pompeo spoke with the two ministers earlier this month in Bangkok, on August 1st and 2nd, and "
        "will be in touch.",
        published="2019-08-22",
    ) == [("2019-08-01", 0)]


@pytest.mark.parametrize("paragraphs, published, expected", [
    # After the day a sentence ends on, set off by a comma.
    (("The foreign ministers held talks Saturday, a day after Seoul made a last-minute U-turn on the pact.",),
     "2019-11-23", [("2019-11-23", None), ("2019-11-22", "Seoul made a last-minute U-turn on the pact.")]),
    (("Kono spoke on Thursday, a day before the pact was due to expire.",),
     "2019-11-22", [("2019-11-21", None), ("2019-11-22", "The pact was due to expire.")]),
    (("Japan eased curbs on Dec. 20, four days after the first session, but left other curbs in place.",),
     "2019-12-23", [("2019-12-20", None), ("2019-12-16", "The first session.")]),
    (("Japan removed Seoul from its white list on Aug. 2, a month after it tightened controls.",),
     "2019-08-23", [("2019-08-02", None), ("2019-07", "It tightened controls.")]),
    # ... or further on, closing what was done that day (not a day to come).
    (("North Korea said on Monday that it was no longer interested in summits, a day after Washington and Seoul "
      "announced they were postponing a joint air exercise.",),
     "2019-11-18", [("2019-11-18", None), ("2019-11-17", "Washington and Seoul announced they were postponing a joint "
                                                         "air exercise.")]),
    (("The ministers will meet on Monday in Tokyo to talk, a day after the election.",),
     "2019-11-13", [("2019-11-18", None)]),
    # After a time to come, from the day the sentence told a happening on before it.
    (("Trump said on Thursday that the U.S. will impose a tariff starting Sept. 1, a day after his negotiators "
      "returned from Shanghai.",),
     "2019-08-02", [("2019-08-01", None), ("2019-09-01", None), ("2019-07-31", "His negotiators returned from "
                                                                             "Shanghai.")]),
    # ... but from the time to come itself when it is when what comes happens.
    (("Officials said on Thursday the new tariffs will take effect on Sept. 1, two weeks after a public hearing on "
      "the list.",),
     "2019-08-02", [("2019-08-01", None), ("2019-09-01", None), ("2019-08-18", "A public hearing on the list.")]),
    # From the day told just before, in the sentence or paragraph before.
    (("South Korea on Thursday decided to end the pact.",
      "The decision came a day after Kang and Kono met in Beijing."),
     "2019-08-23", [("2019-08-22", None), ("2019-08-21", "Kang and Kono met in Beijing.")]),
    # Not when the happening counted from has its own date.
    (("The talks were held on Nov. 4, a week after the court ruling on Oct. 30.",),
     "2019-11-19", [("2019-11-04", None), ("2019-10-30", None)]),
    # From the day of what came, the first its paragraph tells of; the words of an aside only; no named day.
    (("Seoul on Friday suspended its decision, hours before the pact was due to expire on Saturday. The decision "
      "came a day after Kang and Kono spoke by phone.",),
     "2019-11-23", [("2019-11-22", None), ("2019-11-23", None), ("2019-11-21", "Kang and Kono spoke by phone.")]),
    (("On Saturday, a day after Seoul made a U-turn, defense officials of the two countries met in Tokyo.",),
     "2019-11-23", [("2019-11-23", None), ("2019-11-22", "Seoul made a U-turn.")]),
    (("Moon and Abe will meet in Chengdu on Monday, a week before Christmas.",), "2019-12-10", [("2019-12-16", None)]),
    # ... the last day its paragraph tells a happening on, not a time that was to come, told first; a number's comma.
    (("The pact was to expire on Saturday. Seoul announced on Friday that it would suspend its decision. The "
      "announcement came a day after Moon met U.S. senators in Seoul.",),
     "2019-11-25", [("2019-11-23", None), ("2019-11-22", None), ("2019-11-21", "Moon met U.S. senators in Seoul.")]),
    (("Seoul responded on Saturday, a day after Tokyo tightened checks on 1,100 items.",),
     "2019-11-23", [("2019-11-23", None), ("2019-11-22", "Tokyo tightened checks on 1,100 items.")]),
    # ... from the day a day's name owning the subject tells.
    (("Seoul on Wednesday removed Japan from its list of trusted trading partners.",
      "Wednesday's step came a week after Seoul filed a complaint with the WTO."),
     "2019-09-18", [("2019-09-18", None), ("2019-09-11", "Seoul filed a complaint with the WTO.")]),
    # What came after the happening told just before, named again after 'after', came then.
    (("In a speech on Aug. 15, Moon offered dialogue.", "Seoul's answer came a week after the speech."),
     "2019-08-26", [("2019-08-15", None), ("2019-08-22", "Seoul's answer came a week after the speech.")]),
    (("On Aug. 22, Seoul decided to scrap the GSOMIA pact, citing Japan's export curbs.",
      "The decision came a month after the export curbs took effect."),
     "2019-08-26", [("2019-08-22", None), ("2019-07", "The export curbs took effect.")]),
    (("First Vice Foreign Minister Cho Sei-young said Friday that the GSOMIA decision depends on Tokyo.",
      "His remarks came a day after Chung Eui-yong told lawmakers that Seoul had no plan to reverse the decision."),
     "2019-11-08", [("2019-11-08", None), ("2019-11-07", None)]),
    # Not from a day told further back ...
    (("South Korea on Thursday decided to end the pact.", "Kang spoke to reporters.",
      "The remark came a day after Kang and Kono met in Beijing."),
     "2019-08-23", [("2019-08-22", None)]),
    # ... but from the day of the happening of the lead, named again ('decided': 'The decision'), also
    # after a day told of another.
    (("South Korea decided on Thursday to end the pact.",
      'In his speech last Thursday, Moon said Seoul would "gladly join hands" with Tokyo.',
      "The decision came a day after Kang and Kono met in Beijing."),
     "2019-08-23", [("2019-08-22", None), ("2019-08-15", None), ("2019-08-21", "Kang and Kono met in Beijing.")]),
    # ... by its first letters ('summits': 'The summit').
    (("Leaders held summits on Thursday in Bangkok.", "In a speech on Tuesday, Abe urged Seoul to act.",
      "The summit came a day after Japan eased export curbs."),
     "2019-11-22", [("2019-11-21", None), ("2019-11-19", None), ("2019-11-20", "Japan eased export curbs.")]),
    # ... by another form of the word ('to talk': 'The talks').
    (("South Korea and Japan agreed on Friday to talk about Tokyo's export curbs.",
      "In a speech on Nov. 11, President Moon Jae-in urged Japan to lift the curbs.",
      "The talks came a day after Seoul suspended its decision to end the pact."),
     "2019-11-23", [("2019-11-22", None), ("2019-11-11", None), ("2019-11-21", "Seoul suspended its decision to end the pact.")]),
    # ... a launch, told as fired; a denial, as denied.
    (("North Korea fired two short-range projectiles into the East Sea on Saturday morning.",
      "The pact remains in force until Nov. 22.",
      "The launches came a day after Foreign Minister Ri Yong Ho lashed out at Pompeo."),
     "2019-08-24", [("2019-08-24", None), ("2019-11-22", None), ("2019-08-23", "Foreign Minister Ri Yong Ho lashed "
                                                                             "out at Pompeo.")]),
    (("Chief Cabinet Secretary Yoshihide Suga on Monday flatly denied a South Korean claim that Japan had apologized.",
      "Suga also said the two sides would hold talks on Nov. 22.",
      "The denial came a day after Chung Eui-yong told reporters that Japan had said it was sorry."),
     "2019-11-25", [("2019-11-25", None), ("2019-11-22", None), ("2019-11-24", "Chung Eui-yong told reporters that "
                                                                             "Japan had said it was sorry.")]),
    # ... a firing, told as fired; a protest, as protested.
    (("North Korea fired two short-range ballistic missiles on Thursday, the South's military said.",
      "The pact remains in force until Nov. 22.",
      "The firing came a day after Pyongyang criticized the joint drills."),
     "2019-08-23", [("2019-08-22", None), ("2019-11-22", None), ("2019-08-21", "Pyongyang criticized the joint drills.")]),
    (("Japan on Thursday protested Seoul's decision to end the pact.",
      "The pact remains in force until Nov. 22.",
      "The protest came a day after Kang and Kono met in Beijing."),
     "2019-08-23", [("2019-08-22", None), ("2019-11-22", None), ("2019-08-21", "Kang and Kono met in Beijing.")]),
    # ... not a word of another sense in the lead ('called on Japan' is no call).
    (("South Korea on Friday called on Japan to withdraw its curbs.",
      "Moon and Trump spoke by phone on Thursday about the pact.",
      "The call came a day after U.S. Defense Secretary Mark Esper visited Seoul."),
     "2019-11-22", [("2019-11-22", None), ("2019-11-21", None), ("2019-11-20", "U.S. Defense Secretary Mark Esper visited Seoul.")]),
])
def test_a_happening_counted_from_a_day_is_dated(paragraphs, published, expected):
    events = find_events(article(*paragraphs, published=published))
    assert [(e.date, e.text if told else None) for e, (_, told) in zip(events, expected)] == expected
    assert len(events) == len(expected)


def test_a_deadline_is_no_day_the_story_goes_on_from():
    assert dates(
        "Seoul said on Tuesday it would resume its WTO complaint, after asking Tokyo for a response by May 31.",
        "Tokyo voiced regret. Suga told a regular press conference later in the day that it was regrettable.",
        published="2020-06-02",
    ) == [("2020-06-02", 0), ("2020-05-31", 0), ("2020-06-02", 1)]


def test_later_in_the_day_goes_on_from_a_day_told_just_before_else_from_the_story_s():
    # Told two paragraphs or more before: 'later in the day' is the story's.
    assert dates(
        "SEOUL, Nov. 22 (Yonhap) -- South Korea on Friday decided to suspend the expiry of its pact with Japan.",
        "Esper, who held talks with Moon on Nov. 15, said at the time that only Pyongyang and Beijing benefit.",
        "The U.S. State Department welcomed the decision.",
        "Foreign Minister Kang Kyung-wha will leave for Japan later in the day.",
        published="2019-11-22",
    ) == [("2019-11-22", 0), ("2019-11-15", 1), ("2019-11-22", 3)]
    assert dates(
        "TOKYO, Aug. 22 (Kyodo) -- Japan on Thursday protested Seoul's decision to end the pact.",
        "North Korea has test-fired projectiles several times since late July, most recently last Friday.",
        "A Japanese government source said the announcement came as a surprise.",
        "Pompeo said he had spoken with Kang earlier in the day.",
        published="2019-08-22",
    ) == [("2019-08-22", 0), ("2019-07", 1), ("2019-08-16", 1), ("2019-08-22", 3)]
    # ... or told in the paragraph just before, in a relative clause or as the last of several times.
    assert dates(
        "SEOUL, Nov. 22 (Yonhap) -- South Korea on Friday decided to suspend the expiry of its pact with Japan.",
        "Esper, who held talks with Moon on Nov. 15, said at the time that only Pyongyang and Beijing benefit.",
        "Foreign Minister Kang Kyung-wha will leave for Japan later in the day.",
        published="2019-11-22",
    ) == [("2019-11-22", 0), ("2019-11-15", 1), ("2019-11-22", 2)]
    assert dates(
        "TOKYO, Aug. 22 (Kyodo) -- Japan on Thursday protested Seoul's decision to end the pact.",
        "North Korea has test-fired projectiles several times since late July, most recently last Friday.",
        "Pompeo said he had spoken with Kang earlier in the day.",
        published="2019-08-22",
    ) == [("2019-08-22", 0), ("2019-07", 1), ("2019-08-16", 1), ("2019-08-22", 2)]
    # ... past a paragraph of quotes.
    assert dates(
        "SEOUL (Yonhap) -- Japan said on Monday it would resume talks.",
        "On Friday, Cheong Wa Dae announced it would suspend its decision.",
        '"We gained time," an official said.',
        "Later in the day, Japan's Ministry of Economy, Trade and Industry said it would resume the talks.",
        published="2019-11-25",
    ) == [("2019-11-25", 0), ("2019-11-22", 1), ("2019-11-22", 3)]
    # ... but what follows a day told in a relative clause counts from it: 'The following day'.
    assert dates(
        "The Supreme Court, which ordered Nippon Steel to compensate four plaintiffs on Oct. 30, 2018, has since "
        "ordered more firms to pay.",
        "The following day, Foreign Minister Taro Kono summoned the South Korean ambassador.",
        published="2019-08-22",
    ) == [("2018-10-30", 0), ("2018-10-31", 1)]


@pytest.mark.parametrize("sentence, published, expected", [
    ("Late Thursday in Washington, Friday morning in Seoul, the U.S. Senate passed a resolution.", "2019-11-22",
     ["2019-11-21"]),
    ("The pact runs out at 12 a.m. Saturday Korea time, which is 10 a.m. Friday in Washington.", "2019-11-21",
     ["2019-11-23"]),
    ("The State Department issued a statement Friday in Washington, early Saturday in Japan.", "2019-11-23",
     ["2019-11-22"]),
    ("The pact expires at 12 a.m. Saturday Seoul time (10 a.m. Friday in Washington).", "2019-11-21", ["2019-11-23"]),
    ("Yoon and Kishida met in Lima on Nov. 15 local time, or the morning of Nov. 16 in Korea.", "2024-11-18",
     ["2024-11-15"]),
    ("Yoon and Biden met in Lima on Nov. 30 local time, or the morning of Dec. 1 in Korea.", "2024-12-03",
     ["2024-11-30"]),  # across a month's end
    ("The notice was sent on Dec. 31 local time, or the morning of Jan. 1, 2020 in Seoul.", "2020-01-03",
     ["2019-12-31"]),
    # Two places and two days with no time of day, or close together, are two happenings.
    ("Kang met Kono on Nov. 30, and on Dec. 1 in Nagoya she met Pompeo.", "2019-12-03", ["2019-11-30", "2019-12-01"]),
    ("Yoon met Biden in Lima on Nov. 29 local time, or the morning of Dec. 1 in Korea.", "2024-12-03",
     ["2024-11-29", "2024-12-01"]),
    ("Talks were held Thursday in Seoul, Friday in Tokyo.", "2019-08-23", ["2019-08-22", "2019-08-23"]),
    ("Kang met Kono on Nov. 22, and on Nov. 23 in Nagoya she met Pompeo.", "2019-11-25", ["2019-11-22", "2019-11-23"]),
    ("Stilwell arrives Tuesday in Tokyo, Wednesday evening in Seoul, for talks on the pact.", "2019-11-08",
     ["2019-11-12", "2019-11-13"]),
    ("The State Department issued a statement late Thursday in the U.S., Friday morning in Seoul.", "2019-11-23",
     ["2019-11-21"]),
])
def test_one_moment_told_in_two_time_zones_is_one_happening(sentence, published, expected):
    assert [d for d, _ in dates(sentence, published=published)] == expected


def test_a_deadline_a_happening_told_in_the_past_came_before_is_the_first_such_day_from_the_story_s():
    assert dates(
        "SEOUL, Aug. 22 (Yonhap) -- South Korea on Thursday decided to end its military intelligence pact with Japan.",
        "The government announced its decision ahead of Saturday's deadline for either side to notify the other.",
        published="2019-08-22",
    ) == [("2019-08-22", 0), ("2019-08-24", 1)]
    assert dates(
        "Seoul announced its decision on Friday ahead of Saturday's deadline.",
        published="2019-11-27",
    ) == [("2019-11-22", 0), ("2019-11-23", 0)]


def test_a_happening_in_a_clause_of_when_told_in_the_present_is_to_come():
    assert dates(
        "He said he would carry the same message to Japanese Defense Minister Taro Kono when the three ministers "
        "meet on the sidelines of a gathering of Asian defense chiefs in Bangkok on Sunday.",
        published="2019-11-15",
    ) == [("2019-11-17", 0)]


@pytest.mark.parametrize("sentence, expected", [
    # What several hold or meet, told in the present, is to come; after a word joining the sentence to the one
    # before, the time still opens it.
    ("Then on Friday Secretary Esper and Minister Jeong hold the Security Consultative Meeting in Seoul.",
     "2019-11-15"),
    ("Esper and Jeong are meeting on Friday.", "2019-11-15"),
    ("Esper is visiting Seoul on Friday.", "2019-11-15"),
    ("The two leaders meet and hold talks in Bangkok on Monday.", "2019-11-18"),
    # (not what was put on hold, nor what did not happen, nor one told going on in the past)
    ("The talks were put on hold on Friday.", "2019-11-08"),
    ("Esper and Jeong did not meet on Friday.", "2019-11-08"),
    ("Esper and Jeong were meeting on Friday.", "2019-11-08"),
    # (nor a hold put on something, nor a verb joined to one after 'to', nor a visit in a clause of its own)
    ("The ministry put a hold on the permits on Monday.", "2019-11-11"),
    ("Japan placed a hold on exports of three chemicals to South Korea in July.", "2019-07"),
    ("The ministers agreed in July to resume dialogue and hold talks in Tokyo in August.", "2019-08"),
    ("U.S. Defense Secretary Mark Esper, who is visiting Seoul, on Friday urged South Korea to keep its pact.",
     "2019-11-08"),
])
def test_what_several_hold_told_in_the_present_is_to_come(sentence, expected):
    assert dates(sentence, published="2019-11-13")[-1] == (expected, 0)


@pytest.mark.parametrize("sentence", [
    "Japanese and South Korean trade officials will meet in Tokyo on Friday, the first such talks since July.",
    "The curbs will stay in place, as they have since July.",
])
def test_what_has_gone_on_since_a_time_began_before(sentence):
    assert ("2019-07", 0) in dates(sentence, published="2019-11-16")


@pytest.mark.parametrize("sentence, published, expected", [
    # A day said with 'the' before it; 'next Saturday' said on a Friday is the Saturday of the week after.
    ("It runs out on November the 23rd, which is next Saturday.", "2019-11-15", [("2019-11-23", 0)]),
    ("In September the 10th round of talks ended without a deal.", "2019-11-15", [("2019-09", 0)]),
    # The last word of a number in words is no number of its own.
    ("Seventy-four years ago today, on Aug. 15, 1945, we were liberated.", "2019-08-15",
     [("2019-08-15", 0), ("1945-08-15", 0)]),
])
def test_days_as_said(sentence, published, expected):
    assert dates(sentence, published=published) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A short sentence closing on a year a few back sets the scene of the next, told in the past.
    ("Ties deteriorated sharply later in 2019. After Japan tightened export controls in July, Moon vowed in an Aug. 2 "
     "emergency Cabinet meeting that Korea would not lose again.", [("2019", 0), ("2019-07", 0), ("2019-08-02", 0)]),
    # (not a thing's year, after a participle, in a relative clause or far back)
    ("It is a military intelligence-sharing pact signed in 2016. Seoul suspended that decision on November 22.",
     [("2016", 0), ("2020-11-22", 0)]),
    ("Seoul paid the 1.04 trillion won that it owed in 2019. The talks broke up in March.",
     [("2019", 0), ("2020-03", 0)]),
    ("Exports to Japan fell 12 percent in 2019. In May, they dropped a further 20 percent.",
     [("2019", 0), ("2020-05", 0)]),
    ("Ties hit their lowest point in decades in 2019. In July, Tokyo tightened export controls.",
     [("2019", 0), ("2019-07", 0)]),
])
def test_a_year_closing_a_short_sentence_is_that_of_the_next(paragraph, expected):
    assert dates(paragraph, published="2020-08-25") == expected


def test_that_afternoon_is_the_day_just_told():
    assert dates(
        "Esper arrived in Seoul on Friday for talks.",
        "He paid a courtesy call on President Moon Jae-in that afternoon.",
        "He said that morning talks were cancelled.",
        published="2019-11-16",
    ) == [("2019-11-15", 0), ("2019-11-15", 1)]


def test_same_day_happenings_of_different_actors_stay_apart():
    assert dates(
        "Visiting Defense Secretary Esper and President Moon agreed Friday on the importance of the pact.",
        "Earlier in the day, Esper held talks in Seoul with his counterpart over security cooperation.",
        published="2019-08-09",
    ) == [("2019-08-09", 0), ("2019-08-09", 1)]


def test_like_happenings_of_different_people_in_one_month_stay_apart():
    assert dates(
        "Mark Esper visited Seoul last week.", "David Stilwell visited Seoul earlier this month.",
        published="2019-11-22",
    ) == [("2019-11", 0), ("2019-11", 1)]
    assert dates(
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol held a summit on Sunday.",
        "Later on Sunday, Yoon and Kishida joined U.S. President Joe Biden for a trilateral summit.",
        published="2022-11-14",
    ) == [("2022-11-13", 0), ("2022-11-13", 1)]


def test_a_copy_naming_the_countries_by_their_capitals_is_one_event():
    assert dates(
        "South Korea on Friday decided to conditionally suspend the expiry of its military intelligence pact with "
        "Japan, hours before it was due to lapse.", "The talks went on.", "Analysts were surprised.",
        "Seoul decided on Friday to conditionally suspend the expiry of the military intelligence pact with Tokyo.",
        published="2019-11-23",
    ) == [("2019-11-22", 0)]


def test_the_same_day_after_a_time_to_come_is_the_day_of_the_happening_told_before_it():
    assert dates(
        "Stockpiling has become more urgent since Aug. 2, when Japan's Cabinet approved removing South Korea from "
        "its white list. The removal, which takes effect on Aug. 28, means more paperwork.",
        "President Moon Jae-in responded at an emergency Cabinet meeting the same day.",
        published="2019-08-09",
    ) == [("2019-08-02", 0), ("2019-08-28", 0), ("2019-08-02", 1)]


def test_the_same_evening_of_what_was_only_meant_for_a_time_to_come_is_no_happening():
    assert dates(
        "Seoul notified Tokyo of its decision on Aug. 23.",
        "The pact expires at midnight on Nov. 23. Civic groups announced they would hold a candlelight vigil outside "
        "the Japanese Embassy the same evening.",
        published="2019-11-20",
    ) == [("2019-08-23", 0), ("2019-11-23", 1)]


def test_later_in_the_day_of_the_same_measure_is_one_event():
    assert dates(
        "The government said Friday that it will strengthen radiation checks on food from Japan. "
        "The radiation checks on food will be doubled starting later in the day.",
        published="2019-08-23",
    ) == [("2019-08-23", 0)]


def test_repeated_caption_is_one_event():
    assert dates(
        "Rep. Eliot Engel, chairman of the House Committee on Foreign Affairs, on Nov. 22 lauded Korea's decision.",
        "Rep. Eliot Engel, chairman of the House Committee on Foreign Affairs, on Nov. 22 said he commends the decision.",
        published="2019-11-23",
    ) == [("2019-11-22", 0)]


def test_days_later_and_earlier_count_from_the_day_just_told():
    assert dates(
        "The defense ministers met in Bangkok on Nov. 17 but failed to narrow their differences.",
        "Two days later, the U.S. Senate passed a resolution backing the pact.",
        "A day earlier, Esper had urged both sides to compromise.",
        "Seoul decided on Nov. 22, two days later than Tokyo had hoped.",
        published="2019-11-23",
    ) == [("2019-11-17", 0), ("2019-11-19", 1), ("2019-11-18", 2), ("2019-11-22", 3)]


def test_a_weekday_naming_what_a_day_told_before_it_is_ahead_of_follows_that_day():
    assert dates(
        "On Friday, Seoul delivered formal notice to Tokyo, a day ahead of the Saturday deadline for stopping the "
        "pact's automatic renewal.",
        published="2019-08-26",
    ) == [("2019-08-23", 0), ("2019-08-24", 0)]
    assert dates(
        "On Nov. 22, Seoul suspended the expiry of the pact, just hours before the Saturday deadline.",
        published="2019-12-02",
    ) == [("2019-11-22", 0), ("2019-11-23", 0)]


def test_later_in_the_day_goes_on_with_the_day_of_a_story_whose_first_paragraph_tells_none():
    # A digest's page: its first paragraph is the digest's own.
    assert dates(
        "Korea Today is the Korea JoongAng Daily's digest of the day's news.",
        "U.S. Secretary of Defense Mark Esper on Friday urged Seoul to stay in its pact with Tokyo.",
        "The pact is set to lapse on Nov. 23, three months after Seoul announced that it would not renew it.",
        "Later in the day, Esper paid a courtesy call on President Moon Jae-in.",
        published="2019-11-16",
    )[-1] == ("2019-11-15", 3)


def test_a_part_of_the_day_told_before_is_that_day():
    assert dates(
        "Japan's Cabinet approved the removal on Friday morning.",
        "In the afternoon, Finance Minister Hong Nam-ki said Seoul would respond.",
        "Moon convened an emergency meeting earlier in the afternoon.",
        "Talks usually end in the evening.",
        "Later in the afternoon of Aug. 2, the National Security Council met.",
        published="2019-08-03",
    ) == [("2019-08-02", 0), ("2019-08-02", 2), ("2019-08-02", 4)]


def test_later_in_the_day_is_the_day_just_told():
    assert dates(
        "Rival parties clashed on Monday over the decision to end the pact.",
        "The previous day, the military began its annual exercise near the islets.",
        "Japan's Foreign Ministry lodged a protest over the drill later in the day.",
        published="2019-08-26",
    )[-1] == ("2019-08-25", 2)


def test_earlier_in_the_day_after_a_background_or_coming_date_is_the_day_of_the_story():
    assert dates(
        "Seoul said on Aug. 22 it would end the pact and formally notified Tokyo the following day.",
        "The announcement came after Moon presided over a meeting of the National Security Council earlier in the day.",
        "Seoul plans to take Japan off its own list on Nov. 28.",
        "The ministry said it had informed Japan of the filing earlier in the day.",
        published="2019-11-22",
    ) == [("2019-08-22", 0), ("2019-08-23", 0), ("2019-11-22", 1), ("2019-11-28", 2), ("2019-11-22", 3)]


def test_earlier_today_is_the_day_of_publication_whatever_day_was_told_before_it():
    assert dates(
        "Motegi said he had talked with Pompeo on November 20.",
        "As Prime Minister Abe said earlier today, Japan will respond calmly.",
        published="2019-11-22",
    ) == [("2019-11-20", 0), ("2019-11-22", 1)]


def test_this_month_dates_only_what_happened_in_it():
    assert dates(
        "Stilwell and Esper both visited Seoul this month to press the case.",
        "Mark Esper, who visited Tokyo this month, said the allies must work together.",
        "Officials have met twice this month. Esper will visit again this month.",
        "Readers get ten free articles this month.",
        published="2019-11-22",
    ) == [("2019-11", 0), ("2019-11", 1)]


def test_the_following_year_or_month_counts_from_the_one_just_told_in_the_paragraph():
    assert dates(
        "The pact was signed in November 2016 under Park Geun-hye, who was impeached the following year.",
        "Japan tightened controls in July and took Korea off its list the following month.",
        "Moon will visit Tokyo the following year.",  # from nothing told: no date
        published="2019-11-22",
    ) == [("2016-11", 0), ("2017", 0), ("2019-07", 1), ("2019-08", 1)]


def test_a_month_of_the_year_just_told_and_months_counted_from_it():
    assert dates(
        "The Supreme Court ruled in October 2018 that Nippon Steel must pay. In July of the following year, "
        "Japan restricted exports, and Seoul announced in August that it would end the pact.",
        "Relations sank to a low in 2019.",
        # 'that year' points back past its paragraph, and gives its year to the months after it.
        "Seoul then decided in August that year to end the pact, before reversing the decision in November.",
        published="2021-03-18",
    ) == [("2018-10", 0), ("2019-07", 0), ("2019-08", 0), ("2019", 1), ("2019-08", 2), ("2019-11", 2)]
    assert dates(
        "Seoul responded in August 2019 by ending the pact, before suspending the decision three months later.",
        "The pact was signed in November 2016; a year earlier, the two sides had reached a deal.",
        published="2021-03-18",
    ) == [("2019-08", 0), ("2019-11", 0), ("2016-11", 1), ("2015", 1)]


def test_that_year_in_a_later_paragraph_is_the_year_the_paragraph_before_tells_of_first():
    assert dates(
        "Relations sank to a low in 2019 after court rulings in 2018 ordering Japanese firms to pay.",
        "Seoul then decided in August that year to end the pact, before reversing the decision in November.",
        published="2021-03-18",
    ) == [("2019", 0), ("2018", 0), ("2019-08", 1), ("2019-11", 1)]


def test_a_thing_s_year_is_no_year_a_later_paragraph_s_that_year_is():
    assert dates(
        "Seoul saw the steps as retaliation for the Supreme Court's 2018 rulings and announced in August 2019 that "
        "it would end the pact.",
        "Seoul backed down hours before the pact was due to lapse in November that year.",
        published="2023-06-27",
    ) == [("2018", 0), ("2019-08", 0), ("2019-11", 1)]


def test_a_day_of_the_month_alone_that_its_paragraph_told_with_its_month_is_that_day():
    assert dates(
        "Under the agreement, the pact will expire on Nov. 23, and the ministry said the two militaries can still "
        "exchange information until the 23rd.",
        "Talks are due on the 28th.",
        published="2019-08-26",
    ) == [("2019-11-23", 0), ("2019-08-28", 1)]
    # (nor in a clause told in the past)
    assert dates("The pact will expire on Nov. 23. Talks were held on the 23rd.", published="2019-08-26") == [
        ("2019-11-23", 0), ("2019-08-23", 0)]
    # (not one told gone by: the 23rd is November's)
    assert dates(
        "It was 90 days after the government notified Japan of the termination on August 23, and the agreement would "
        "have expired at 0:00 on the 23rd.",
        published="2019-11-22",
    ) == [("2019-08-23", 0), ("2019-11-23", 0)]


def test_a_day_of_the_month_a_printed_month_told_before_it_is_of_that_year():
    assert dates(
        "In March 2023, his government announced that a foundation would compensate the victims, and on March 16 he "
        "flew to Tokyo for a summit with Kishida. Five days later, Seoul formally withdrew its 2019 notice. Japan put "
        "South Korea back on its white list in July that year.",
        published="2024-08-22",
    ) == [("2023-03", 0), ("2023-03-16", 0), ("2023-03-21", 0), ("2019", 0), ("2023-07", 0)]
    # (not a day due, in a clause of its own)
    assert dates("In November 2016, the two signed GSOMIA, which was due to expire on Nov. 23.",
                 published="2019-08-22") == [("2016-11", 0), ("2019-11-23", 0)]


def test_a_day_of_the_month_of_the_year_just_told():
    assert dates(
        "Esper flew to Seoul in November 2019 to urge Moon to reverse course. Seoul ultimately suspended the "
        "termination on Nov. 22 that year, hours before the deadline.",
        "Japan had imposed export controls in 2019, and on July 4 the following year it reviewed them.",
        "Japan tightened export controls in July 2019, citing the 2018 court rulings. On Aug. 28 that year, South "
        "Korea was dropped from its white list.",
        published="2023-08-19",
    ) == [("2019-11", 0), ("2019-11-22", 0), ("2019", 1), ("2020-07-04", 1), ("2019-07", 2), ("2018", 2),
          ("2019-08-28", 2)]


def test_a_story_told_again_ends_where_a_paragraph_comes_back_to_now():
    assert dates(
        "On June 29, 2012, the government of President Lee Myung-bak backed out of the agreement.",
        "Now the agreement is on its way out again. On August 22, Moon Jae-in's government announced that it would "
        "let GSOMIA lapse.",
        published="2019-09-01",
    ) == [("2012-06-29", 0), ("2019-08-22", 1)]
    assert dates(
        "On Nov. 23, 2016, the two countries signed GSOMIA.",
        "Now the pact was saved. On Nov. 22 Seoul said it would suspend its notice.",
        published="2019-11-25",
    ) == [("2016-11-23", 0), ("2019-11-22", 1)]
    # ... not 'Now came', going on with the story told again.
    assert dates(
        "On Nov. 23, 2016, the two countries signed GSOMIA.",
        "Now came the hard part. On Dec. 1 they exchanged the first information.",
        published="2019-08-23",
    ) == [("2016-11-23", 0), ("2016-12-01", 1)]


def test_a_span_and_the_day_in_it_set_off_right_after_it_are_one_time():
    assert dates(
        "A year ago this week, on 22 August 2019, South Korea announced that it would terminate GSOMIA.",
        "North Korea has fired missiles on four separate days in March, most recently two on Sunday.",
        published="2020-08-24",
    ) == [("2019-08-22", 0), ("2020-03", 1), ("2020-08-23", 1)]


def test_a_figure_compared_with_a_year_before_or_a_length_of_time_is_no_span_counted_on():
    assert dates(
        "In July 2019, beer imports fell to $4.3 million from $7.9 million a year earlier.",
        "Exports in August 2019 fell 70 percent compared with a year earlier.",
        "The two sides will hold their first dialogue in more than three years later this month.",
        published="2019-12-04",
    ) == [("2019-07", 0), ("2019-08", 1), ("2019-12", 2)]


def test_a_span_counted_from_a_time_to_come_is_no_past_happening():
    assert dates("The pact expires in November. Seoul reversed its decision three months later.",
                 published="2019-08-23") == [("2019-11", 0)]


def test_earlier_in_the_day_with_no_day_told_just_before_is_the_lead_s_day():
    assert dates(
        "CHENGDU, China -- Abe and Moon held talks in Chengdu on Tuesday.",
        "Abe said he appreciated Seoul's decision last month to continue the pact.",
        "Earlier in the day, Abe and Moon met with Chinese Premier Li Keqiang for a trilateral summit.",
        published="2019-12-25",
    ) == [("2019-12-24", 0), ("2019-11", 1), ("2019-12-24", 2)]


def test_what_happened_is_not_counted_from_a_day_still_to_come():
    assert dates(
        "The pact will expire on Nov. 23 unless Seoul changes its mind.",
        "Two days later, the South Korean military began a two-day exercise.",
        published="2019-08-28",
    ) == [("2019-11-23", 0)]


def test_no_day_is_counted_from_a_month():
    assert dates(
        "Japan removed South Korea from its list on Aug. 28.",
        "Seoul filed a complaint with the WTO in September and retaliated two days later.",
        "Their resumption was agreed late last month and confirmed by Seoul the following day.",
        published="2019-11-27",
    ) == [("2019-08-28", 0), ("2019-09", 1), ("2019-10", 2)]


def test_a_month_in_a_relative_clause_leaves_the_day_to_count_from():
    assert dates(
        "SEOUL -- South Korea said it will end an intelligence-sharing pact with Japan.",
        "Seoul announced on 22 August that it would not renew GSOMIA, which was signed in November 2016. "
        "The government formally notified Tokyo of its decision the following day.",
        published="2019-08-26",
    ) == [("2019-08-22", 1), ("2016-11", 1), ("2019-08-23", 1)]


def test_possessive_weekday_refers_back():
    assert dates(
        "Japan and South Korea said Monday they improved mutual understanding in talks in Tokyo.",
        "But Japan's lead representative in Monday's talks said differences remain.",
        published="2019-12-17",
    ) == [("2019-12-16", 0)]


def test_deictic_words_in_quotes_are_not_dated():
    assert dates('"I spoke with my counterpart this morning," Pompeo said on Thursday.',
                 published="2019-08-23") == [("2019-08-22", 0)]


def test_page_date_and_dateline_are_not_events():
    assert dates(
        "Friday, August 23, 2019",
        "Published : Nov. 12, 2019 - 17:30",
        "TOKYO, Aug 23 (KUNA) -- Abe on Friday denounced the decision.",
        "Aug 22 (Reuters) - South Korea said on Thursday it would scrap the pact.",
        published="2019-08-23",
    ) == [("2019-08-23", 2), ("2019-08-22", 3)]
    events = find_events(article("Aug 22 (Reuters) - South Korea said on Thursday it would scrap the pact.",
                                 published="2019-08-23"))
    assert [(e.expression, e.text) for e in events] == [
        ("on Thursday", "South Korea said on Thursday it would scrap the pact.")]


def test_days_told_without_a_year_after_a_story_of_an_earlier_year_are_of_that_year():
    assert dates(
        "Tempers flared. On July 19, 2019, Taro Kono summoned South Korean Ambassador Nam Gwan-pyo.",
        "On Aug. 2, Japan's Cabinet voted to drop South Korea from the white list.",
        "Two years on, on Aug. 2, the two sides will meet again.",
        "The curbs were lifted on March 23, months before the ministers met.",
        published="2023-07-21",
    ) == [("2019-07-19", 0), ("2019-08-02", 1), ("2023-08-02", 2), ("2023-03-23", 3)]
    # ... also late in the year, when the days have come again by then.
    assert dates(
        "On July 19, 2019, Taro Kono summoned the ambassador.",
        "On Aug. 2, Japan's Cabinet voted to drop South Korea from the list. On Nov. 22, Seoul reversed course.",
        published="2023-12-05",
    ) == [("2019-07-19", 0), ("2019-08-02", 1), ("2019-11-22", 1)]
    # ... but a story of the year before only for the days not come by then.
    assert dates(
        "On Aug. 2, 2019, Japan removed South Korea from its list.",
        "On Aug. 4, a court order allowing the seizure of Nippon Steel's assets took effect.",
        published="2020-08-30",
    ) == [("2019-08-02", 0), ("2020-08-04", 1)]
    # ... and not after a date told in passing: the story is of its own year.
    assert dates(
        "The two leaders last held formal talks on Sept. 25, 2018, in New York. They spoke briefly on Nov. 4 "
        "on the sidelines of an ASEAN summit in Bangkok.",
        published="2019-12-20",
    ) == [("2018-09-25", 0), ("2019-11-04", 0)]
    assert dates(
        "The pact was signed on Nov. 23, 2016, and renewed every year. Seoul said on Aug. 22 that it would let it "
        "lapse, but on Nov. 22 it announced a conditional suspension.",
        published="2019-11-25",
    ) == [("2016-11-23", 0), ("2019-08-22", 0), ("2019-11-22", 0)]


def test_dates_joined_by_and_share_their_tense():
    assert dates(
        "Meanwhile, the U.S. and South Korea will hold the 11th round of defense cost-sharing "
        "talks in Washington on Tuesday and Wednesday.",
        published="2019-12-04",
    ) == [("2019-12-10", 0), ("2019-12-11", 0)]


def test_a_day_counted_back_after_a_time_to_come_counts_from_the_story_s_day():
    assert dates(
        "Abe met South Korean Prime Minister Lee Nak-yon on Thursday.",
        "The following month, Seoul decided to terminate the pact, which is due to expire on Nov. 23.",
        "Chief Cabinet Secretary Yoshihide Suga said at a news conference the previous day that Tokyo would act.",
        published="2019-10-25",
    ) == [("2019-10-24", 0), ("2019-11-23", 1), ("2019-10-23", 2)]


@pytest.mark.parametrize("paragraphs, published, expected", [
    # A month told inside a sentence: the story's days go on.
    (("Japanese and South Korean trade officials held their first policy dialogue on export controls on Dec. 16.",
      "However, he said Japan's tighter controls on three chemicals introduced in July would stay.",
      "Trade Minister Hiroshi Kajiyama said at a press conference the following day that the talks were useful."),
     "2019-12-17", [("2019-12-16", 0), ("2019-07", 1), ("2019-12-17", 2)]),
    # A month opening a sentence: the days counted after it may be its own, no day known.
    (("South Korea said on Friday it would suspend its decision to end the pact.",
      "In August, Seoul decided to scrap the pact, citing Japan's export curbs.",
      "A day earlier, Japan had approved the removal of South Korea from its list of trusted partners."),
     "2019-11-22", [("2019-11-22", 0), ("2019-08", 1)]),
])
def test_a_day_counted_after_background_counts_from_the_story_s_day_unless_the_background_took_over(
    paragraphs, published, expected
):
    assert dates(*paragraphs, published=published) == expected


def test_a_clause_joined_by_a_comma_and_and_has_its_own_tense():
    # 'on August 24, and on Friday it formally notified': a new clause, not a list of days.
    assert dates(
        "Seoul announced on Thursday it would not renew the pact, which was due for automatic extension on "
        "August 24, and on Friday it formally notified Tokyo.",
        published="2019-08-23",
    ) == [("2019-08-22", 0), ("2019-08-24", 0), ("2019-08-23", 0)]


def test_that_month_is_of_the_year_just_told():
    assert dates(
        "South Korea decided to end the pact in August 2019, but Seoul reversed course that November.",
        "The United States holds a presidential election in 2024, and Trump could return that November.",
        "Officials said that November was the deadline.",
        "Japan and South Korea signed GSOMIA in 2016. Officials now fear that November will bring its end.",
        published="2023-08-20",
    ) == [("2019-08", 0), ("2019-11", 0), ("2024", 1), ("2024-11", 1), ("2016", 3)]


def test_a_month_after_a_printed_year_is_of_that_year_but_not_one_to_come():
    assert dates("The pact, signed in November 2016, will now lapse in November.", published="2019-08-23") == [
        ("2016-11", 0), ("2019-11", 0)]
    assert dates("Seoul announced in August 2019 that it would let the pact lapse, only to suspend the decision in "
                 "November.", published="2023-03-16") == [("2019-08", 0), ("2019-11", 0)]


def test_a_time_in_what_is_cited_is_another_happening():
    assert dates("On Thursday, Seoul said it would terminate the agreement, citing Japan's decision earlier this month "
                 "to downgrade its trade status.", published="2019-08-25") == [("2019-08-22", 0), ("2019-08", 0)]


def test_short_sentence_is_not_a_label():
    assert dates("It expires on Saturday.") == [("2019-11-23", 0)]


def test_unknown_publication_date_keeps_only_what_the_text_pins():
    events = find_events(article(
        "South Korea said on Thursday it would end the pact in November.",
        "GSOMIA was signed in 2016 and first renewed on Nov. 23, 2017.",
        published=None,
    ))
    assert [(e.date, e.precision) for e in events] == [("2016", "year"), ("2017-11-23", "day")]


def test_event_text_is_a_short_statement():
    long = ("Japan's Cabinet on Friday morning (Aug. 2) gave the go-ahead to remove South Korea "
            "from its white country list effective Aug. 28, with an official announcement to be "
            "made on Wednesday (Aug. 7), the Sankei newspaper reported, citing officials who asked "
            "not to be named because they were not authorised to speak.")
    events = find_events(article("TAIPEI (Taiwan News) – " + long, published="2019-08-02"))
    assert [e.date for e in events] == ["2019-08-02", "2019-08-28", "2019-08-07"]
    for event in events:
        assert event.expression in event.text
        assert len(event.text) <= 200
        assert not event.text.startswith("TAIPEI")


@pytest.mark.parametrize("mark, sentence, published, day", [
    # A list item's mark ...
    *((mark, "Japan removed South Korea from its list of trusted trade partners on Aug. 28.", "2019-11-21",
       "2019-08-28") for mark in ("* ", "• ", "◆ ", "▶ ")),
    # ... and a transcript's speaker label.
    *((label, "Both leaders should meet before the deadline on Nov. 23.", "2019-11-15", "2019-11-23")
      for label in ("A: ", "Q: ", "Lee: ", "Hankyoreh: ")),
])
def test_an_event_is_told_without_a_list_mark_or_speaker_label(mark, sentence, published, day):
    events = find_events(article(mark + sentence, published=published))
    assert [(e.date, e.text) for e in events] == [(day, sentence)]


def test_an_event_where_the_text_stops_says_it_was_cut():
    events = find_events(article(
        "The pact took effect in November 2016.",
        "The crisis has been brewing since the December 2015 agreement on",
    ))
    assert [e.text for e in events] == [
        "The pact took effect in November 2016.",
        "The crisis has been brewing since the December 2015 agreement on…",
    ]
    # A heading-like line in mid-text is not the end of the text.
    (event,) = find_events(article("Seoul and Tokyo held talks in July 2019 on the pact", "Nothing more."))
    assert event.text == "Seoul and Tokyo held talks in July 2019 on the pact"


def test_a_chronology_s_year_heading_dates_the_days_listed_under_it():
    found = dates(
        "The following is a chronology of the dispute.",
        "2016", "Nov. 23 -- Japan and South Korea sign GSOMIA.",
        "2018", "Oct. 30 -- South Korea's top court orders Nippon Steel to compensate four South Koreans.",
        "In December, Japan protests the ruling.",
        "2019", "July 4 -- Japan tightens export controls on three chemicals.",
    )
    assert found == [("2016-11-23", 2), ("2018-10-30", 4), ("2018-12", 5), ("2019-07-04", 7)]


def test_a_year_in_a_box_of_figures_dates_nothing_under_it():
    assert dates(
        "2016", "The year Seoul and Tokyo signed the pact. South Korea delivered its notice on Aug. 23.",
        published="2019-11-21",
    ) == [("2019-08-23", 1)]
    # (but a chronology's year, told in a sentence of its own, dates its days)
    assert dates("2018", "The year began with hopes of a thaw.", "Oct. 30: The Supreme Court orders Nippon Steel to "
                 "pay.", published="2019-11-21") == [("2018-10-30", 2)]


def test_a_short_chronology_entry_is_a_happening_not_a_label():
    assert dates("Sept. 11: Korea files WTO complaint", published="2019-12-27") == [("2019-09-11", 0)]
    assert dates("Aug. 2: whitelist removal approved", published="2019-12-27") == [("2019-08-02", 0)]


def test_a_past_day_still_to_come_after_a_day_of_an_earlier_year_is_of_that_year():
    assert dates(
        "The court ordered Nippon Steel to pay in its ruling on Oct. 30, 2018. A second ruling against Mitsubishi "
        "Heavy Industries followed on Nov. 29.",
        published="2019-11-21",
    ) == [("2018-10-30", 0), ("2018-11-29", 0)]
    # (a day gone by this year, a day or two ahead, or told with no earlier year before it, as it was)
    assert dates("The pact was first signed on Nov. 23, 2016. Kang met Motegi in Nagoya on Nov. 23.",
                 published="2019-11-22") == [("2016-11-23", 0), ("2019-11-23", 0)]
    assert dates("President Moon Jae-in took office on May 10, 2017. Kang met Motegi in Nagoya on Nov. 23.",
                 published="2019-11-20") == [("2017-05-10", 0), ("2019-11-23", 0)]
    assert dates("The Supreme Court ruled on Oct. 30, 2018. Seoul said on Nov. 22 it would keep GSOMIA.",
                 published="2019-11-21") == [("2018-10-30", 0), ("2019-11-22", 0)]
    assert dates("The court ruled on Oct. 30, 2018. Japan tightened exports on July 4.", published="2019-11-21") == [
        ("2018-10-30", 0), ("2019-07-04", 0)]


def test_a_weekend_told_in_the_future_of_the_past_is_the_coming_one():
    # VOA, Friday Nov. 15: the Bangkok meeting of defense ministers on Nov. 16-17.
    assert dates(
        "Esper said he would raise the issue with Japanese Defense Minister Taro Kono at a meeting of regional "
        "defense ministers in Bangkok this weekend.",
        published="2019-11-15",
    ) == [("2019-11-16", 0)]


@pytest.mark.parametrize("paragraphs, published, expected", [
    # A part of the day just told, of the one after it or before it.
    (("Seoul announced its decision on Aug. 22. Kono issued a statement the same evening.",), "2019-08-23",
     [("2019-08-22", 0), ("2019-08-22", 0)]),
    (("Seoul announced its decision on Aug. 22.", "Abe, speaking the following morning, called it regrettable."),
     "2019-08-26", [("2019-08-22", 0), ("2019-08-23", 1)]),
    (("Hwang collapsed on Nov. 27. He had been rushed to hospital late the previous night.",), "2019-11-28",
     [("2019-11-27", 0), ("2019-11-26", 0)]),
    (("Hwang moved to the National Assembly for the night before returning to Cheong Wa Dae.",), "2019-11-28", []),
    # ... not a day told in quote marks, nor a thing's day between its owner and its noun.
    (("Seoul announced on the 22nd that it would suspend its notice.",
      'Kim said, "We decided to suspend the effect of the notice of termination on August 23, 2019."',
      "METI held a briefing in the evening of the same day."), "2019-11-22",
     [("2019-11-22", 0), ("2019-08-23", 1), ("2019-11-22", 2)]),
    (("Our online headline on the evening of Nov. 22 said Seoul had extended the pact. Kim said the government "
      "would suspend the effect of its Aug. 23 termination notice. The headline was corrected the next morning.",),
     "2019-12-03", [("2019-11-22", 0), ("2019-08-23", 0), ("2019-11-23", 0)]),
    (("Our online headline on the evening of Nov. 22 said Seoul had extended the pact. Kim said the government "
      "would suspend the Aug. 23, 2019, termination notice. The headline was corrected the next morning.",),
     "2019-12-03", [("2019-11-22", 0), ("2019-08-23", 0), ("2019-11-23", 0)]),
    # ... but a happening's day, and a day quoted in the paragraph the sentence after it goes on from.
    (("Japan's July 1 announcement sent chipmakers' shares tumbling. The next day, Seoul vowed countermeasures.",),
     "2019-07-10", [("2019-07-01", 0), ("2019-07-02", 0)]),
    (('South Korea\'s trade ministry said Japan had "notified us on Aug. 7 that the revised order would take '
      'effect." The next day, Seoul said it would respond.',), "2019-08-20", [("2019-08-07", 0), ("2019-08-08", 0)]),
    # (not where the paragraph told the story's day before it, nor one long before the story's)
    (('Trade Minister Sung Yun-mo said on Tuesday that Japan had "notified us on June 28 without any consultation." '
      "Later that day, Seoul summoned the envoy.",), "2019-07-03",
     [("2019-07-02", 0), ("2019-06-28", 0), ("2019-07-02", 0)]),
    (('Abe spoke on Monday.', '"On March 1, 1919, our ancestors rose up," Moon said. The same day, Suga replied.'),
     "2020-03-03", [("2020-03-02", 0), ("1919-03-01", 1), ("2020-03-02", 1)]),
    # (but a writing's day after 'the' is, where its sentence tells another day)
    (("On Tuesday, Moon's office said the Dec. 28, 2015, agreement could not resolve the issue. The next day, Abe "
      "responded.",), "2020-01-10", [("2020-01-07", 0), ("2015-12-28", 0), ("2020-01-08", 0)]),
    (("Seoul scrapped its notice on Friday, hours before the Nov. 23 deadline. The next day, Motegi met Kang.",),
     "2019-11-25", [("2019-11-22", 0), ("2019-11-23", 0), ("2019-11-23", 0)]),
    (("Tokyo announced the July 1 list of three materials last week. The next day, Seoul protested.",), "2019-07-09",
     [("2019-07-01", 0), ("2019-07-02", 0)]),
    # (a lead quoting the story's day, none told before it)
    (('Moon said Seoul "notified Japan on Nov. 22 that it would suspend the notice."',
      "That evening, Abe welcomed the decision."), "2019-11-25", [("2019-11-22", 0), ("2019-11-22", 1)]),
    # (a deal's day after 'the' is a happening's)
    (("Abe and Park signed the Dec. 28, 2015, deal on comfort women. The following day, protesters rallied.",),
     "2020-01-10", [("2015-12-28", 0), ("2015-12-29", 0)]),
    # 'this week' within one month, a count of days ahead.
    (("Defense Minister Jeong Kyeong-doo said this week that the pact would end.",), "2019-11-08", [("2019-11", 0)]),
    (("Three days from now, the pact will expire at midnight.",), "2019-11-20", [("2019-11-23", 0)]),
    # 'this weekend' told late in the week is the coming one, whatever the tense; 'over the weekend' in a
    # past clause the one just gone.
    (("Seoul said it would not renew the deal, which was up for automatic extension this weekend.",), "2019-08-23",
     [("2019-08-24", 0)]),
    (("Esper said over the weekend that he was disappointed.",), "2019-08-28", [("2019-08-24", 0)]),
])
def test_parts_of_days_weeks_and_weekends(paragraphs, published, expected):
    assert dates(*paragraphs, published=published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A day naming a thing is of the year gone told after it in its clause.
    ("The Sept. 19 inter-Korean military agreement signed last year remains in force.", [("2018-09-19", 0), ("2018", 0)]),
    # ... not a day something was done on, nor one a later clause's year follows.
    ("On Nov. 20 the court said last year's ruling must be honored.", [("2019-11-20", 0), ("2018", 0)]),
    ("Moon will visit Tokyo on Dec. 23 to mark the pact signed last year.", [("2019-12-23", 0), ("2018", 0)]),
])
def test_a_day_naming_a_thing_is_of_the_year_told_after_it(sentence, expected):
    assert dates(sentence, published="2019-11-22") == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # 'that year' is the year just told; a bare month after a printed year in its sentence is of that year.
    (("The feud escalated in July 2019, when Japan tightened export controls. Japan removed South Korea from "
      "the white list in August that year.",), [("2019-07", 0), ("2019-08", 0)]),
    (("Seoul responded by announcing in August 2019 that it would end the pact, filing a WTO complaint in "
      "September and reversing course hours before the deadline in November.",),
     [("2019-08", 0), ("2019-09", 0), ("2019-11", 0)]),
    # ... but not a day: the pact signed in November 2016 expires on Nov. 23 of the year it is told in.
    (("The pact, signed in November 2016, expires on Nov. 23.",), [("2016-11", 0), ("2019-11-23", 0)]),
])
def test_a_month_told_after_a_printed_year_is_of_that_year(paragraphs, expected):
    assert dates(*paragraphs, published="2019-11-19" if "expires" in paragraphs[0] else "2023-04-28") == expected


@pytest.mark.parametrize("paragraphs, published, expected", [
    # Hours after the happening told last, or after the story's day: not after a day told in passing.
    (("Seoul said on Friday it would suspend the notice.", "Hours later, officials in Tokyo held a briefing."),
     "2019-11-24", [("2019-11-22", 0), ("2019-11-22", 1)]),
    (("Japan dropped South Korea from its white list on Friday.",
      "The curbs on three materials introduced on July 4 stay in place.",
      "Shares in Samsung fell to their lowest level since January.",
      "Hours later, Moon convened an emergency meeting."), "2019-08-03",
     [("2019-08-02", 0), ("2019-07-04", 1), ("2019-01", 2), ("2019-08-02", 3)]),
    (("The reply came hours later than planned.",), "2019-08-03", []),
    (("Chung said on Sunday that Japan had apologized.", "Within hours, Tokyo denied it."), "2019-11-25",
     [("2019-11-24", 0), ("2019-11-24", 1)]),
    (("A reply from Tokyo is expected within hours.",), "2019-11-25", []),
    # ... not after a day still to come, told last: the happening told before it.
    (("China proposed on Monday that the leaders meet in Chengdu on Dec. 24. Within hours, Abe said he would "
      "attend.",), "2019-11-25", [("2019-11-25", 0), ("2019-12-24", 0), ("2019-11-25", 0)]),
    # ... or after the last day told lately, a quotation between.
    (("Kang was back in Seoul by Thursday morning. That afternoon, the council met.",
      '"It is not in our interest," Kim said.', "Within hours, Kono summoned the ambassador."), "2019-08-25",
     [("2019-08-22", 0), ("2019-08-22", 0), ("2019-08-22", 2)]),
    # ... hours after a day to come, what is to come.
    (("Seoul will announce its response on Monday. Hours later, the Foreign Ministry is expected to summon the "
      "Japanese ambassador.",), "2019-08-02", [("2019-08-05", 0), ("2019-08-05", 0)]),
    # Counts up to twenty in words.
    (("On Friday, two officials walked into a room in Tokyo.", "Eleven days earlier, METI announced the curbs."),
     "2019-07-16", [("2019-07-12", 0), ("2019-07-01", 1)]),
    # A day told in a participle's aside is passed over by the day counted after it.
    (("Motegi and Kang met on Nov. 23.", "The previous evening, Seoul suspended its notice.",
      "Officials said the checks on materials, imposed on July 4, would stay. The next morning, the two "
      "governments argued over the deal."), "2019-11-24",
     [("2019-11-23", 0), ("2019-11-22", 1), ("2019-07-04", 2), ("2019-11-23", 2)]),
    # ... and a month told after a day its sentence told leaves that day to count from ...
    (("Motegi and Kang met on Nov. 23.",
      "The previous evening, Seoul said it would suspend the notice it had sent to Tokyo in August.",
      "That evening, Abe spoke to reporters at his office."), "2019-11-24",
     [("2019-11-23", 0), ("2019-11-22", 1), ("2019-08", 1), ("2019-11-22", 2)]),
    # ... a month a span runs from too ...
    (("On Saturday morning, North Korea fired two projectiles, its seventh launch since late July.",
      "The following day, the Navy began its drill near the islets."), "2019-08-25",
     [("2019-08-24", 0), ("2019-07", 0), ("2019-08-25", 1)]),
    # ... the day anywhere in the sentence; not a day told in the past perfect ...
    (("Seoul suspended its notice on Friday.", "The first sign of movement came on Wednesday night, when officials "
      "exchanged drafts on the curbs Tokyo imposed in July.", "The next morning, the council met."), "2019-11-23",
     [("2019-11-22", 0), ("2019-11-20", 1), ("2019-07", 1), ("2019-11-21", 2)]),
    (("Motegi and Kang agreed Saturday to keep talking.",
      "The pact had been set to expire at midnight Friday after Seoul notified Tokyo in August.",
      "Earlier in the day, Abe told reporters Japan had made no concessions."), "2019-11-23",
     [("2019-11-23", 0), ("2019-11-22", 1), ("2019-08", 1), ("2019-11-23", 2)]),
    # ... but a month in a sentence that told no day clears the day counted from.
    (("Japan on July 4 tightened controls on three chemicals.",
      "Exports have fallen sharply since August, customs data showed. A day later, Seoul filed a complaint."),
     "2019-08-05", [("2019-07-04", 0), ("2019-08", 1)]),
])
def test_days_counted_from_the_day_the_story_goes_on_from(paragraphs, published, expected):
    assert dates(*paragraphs, published=published) == expected


def test_a_days_happening_opening_its_sentence_is_a_day_the_story_goes_on_from():
    # 'At Tuesday's talks, ...' tells the day of its sentence: 'Earlier in the day' counts from it, not from
    # the Friday told before ('After Tuesday's talks' does not).
    paragraphs = (
        "CHENGDU, China (Kyodo) -- Abe and Moon met on Tuesday.",
        "On Friday, Japan eased the licensing requirement.",
        "At Tuesday's talks, Moon asked Japan to scrap the controls.",
        "Earlier in the day, Abe and Moon attended a trilateral summit.",
    )
    assert dates(*paragraphs, published="2019-12-24") == [("2019-12-24", 0), ("2019-12-20", 1), ("2019-12-24", 3)]
    # ... not one told of a time to come.
    coming = ("Moon will meet Abe in Chengdu on Tuesday.", "At Tuesday's talks, Moon is expected to raise the curbs.",
              "Earlier in the day, the three leaders will hold a trilateral summit.")
    assert ("2019-12-17", 2) not in dates(*coming, published="2019-12-20")


@pytest.mark.parametrize("paragraphs, published, expected", [
    # A count opening the lead, no day told: counted from the day of the story.
    (("SEOUL--Two days after Seoul and Tokyo pulled their pact back from the brink, the two governments were openly "
      "at odds over what they had agreed to.",), "2019-11-24", [("2019-11-22", 0)]),
    # ... from the day its sentence tells, a day gone.
    (("SEOUL (AP) -- Two days after Seoul's announcement, on Saturday, it fired two missiles.",), "2019-08-27",
     [("2019-08-22", 0), ("2019-08-24", 0)]),
    # Not from a day to come, nor months from the story's day, nor what is to come.
    (("Three weeks after South Korea announced it would withdraw from the pact, which expires on Nov. 23, analysts "
      "met.",), "2019-09-12", [("2019-11-23", 0)]),
    (("Six months after Japan tightened exports, local suppliers have begun to fill the gap.",), "2020-01-06", []),
    (("A week after the talks, Japan will review the curbs.",), "2019-11-24", []),
    # ... not from a day inside the words it counts from, nor 'before' from the story's day.
    (("SEOUL -- Two days after the Nov. 22 announcement, Japan and South Korea traded barbs.",), "2019-11-26",
     [("2019-11-22", 0)]),
    (("SEOUL (AP) -- Two days before the intelligence-sharing pact was set to expire, South Korea reversed course.",),
     "2019-11-23", []),
    # ... and not again where the story dates the happening anyway.
    (("TOKYO -- A week after Prime Minister Lee Nak-yon came to Tokyo, officials say the visit improved the mood.",
      "Lee met Abe on Oct. 24, handing him a letter from Moon."), "2019-10-31", [("2019-10-24", 1)]),
])
def test_a_count_opening_the_sentence_counts_back_from_its_day(paragraphs, published, expected):
    assert dates(*paragraphs, published=published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A day told without a year after a date that printed one and opened the sentence, in the past, is of its year.
    ("On 1 July 2019 Japan tightened controls, and on 2 August the Japanese cabinet approved the removal.",
     ["2019-07-01", "2019-08-02"]),
    ("In July 2019 Japan tightened controls, and on Aug. 2 removed Seoul from the list.", ["2019-07", "2019-08-02"]),
    # ... and a day told before the next deed's, which prints its year.
    ("The text was initialled on 14 November and signed in Seoul on 23 November 2016.", ["2016-11-14", "2016-11-23"]),
    # (not a day of an earlier month, nor one told after a year in passing)
    ("Seoul announced the decision on Nov. 22 and formally notified Tokyo on Aug. 24, 2019.",
     ["2019-11-22", "2019-08-24"]),
    ("Kang met Kono on Aug. 23 and discussed the pact signed in November 2016.", ["2020-08-23", "2016-11"]),
    ("South Korea suspended the termination on Nov. 22 and resumed the stalled talks on Dec. 16, 2019.",
     ["2019-11-22", "2019-12-16"]),
    ("The pact, signed in November 2016, was renewed on Aug. 24.", ["2016-11", "2020-08-24"]),
])
def test_a_day_told_without_a_year_beside_one_told_with_it_is_of_its_year(sentence, expected):
    assert [d for d, _ in dates(sentence, published="2020-09-03")] == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # What another thing told follows came before it: the month gone, not the next one.
    ("The pact is set to expire on Nov. 23 following Seoul's decision in August not to renew it.", "2019-11-04",
     ["2019-11-23", "2019-08"]),
    ("The agreement, which expires on Saturday following Seoul's notice in August, matters.", "2019-11-20",
     ["2019-11-23", "2019-08"]),
    # ... but still to come where it comes before it all the same.
    ("Talks will resume in December after a pause in November.", "2019-08-20", ["2019-12", "2019-11"]),
    ("Seoul will announce its decision following a National Security Council meeting on Thursday.", "2019-08-20",
     ["2019-08-22"]),
    ("Moon will visit Chengdu following the summit in Beijing on Monday.", "2019-12-20", ["2019-12-23"]),
    # ... someone's deed it follows done, with no day told before it.
    ("The pact will expire following Seoul's decision in August not to renew it.", "2019-11-04", ["2019-08"]),
    ("Japan will not budge following the Supreme Court's ruling in October.", "2019-07-15", ["2018-10"]),
    ("The pact will expire on Nov. 23 in the wake of Seoul's decision in August.", "2019-11-04",
     ["2019-11-23", "2019-08"]),
    ("The pact will expire on Nov. 23 due to Seoul's decision in August.", "2019-11-04", ["2019-11-23", "2019-08"]),
    ("U.S. and South Korean negotiators will meet on Oct. 23 in Honolulu following a round in Seoul in September.",
     "2019-10-20", ["2019-10-23", "2019-09"]),
    # (not what comes after a time told: 'after which')
    ("The current cost-sharing deal expires on Dec. 31, after which talks resume in January.", "2019-11-20",
     ["2019-12-31", "2020-01"]),
])
def test_what_a_happening_follows_came_before_it(sentence, published, expected):
    assert [d for d, _ in dates(sentence, published=published)] == expected


def test_words_of_time_tell_no_one_happening_of_two_paragraphs():
    # 'Seoul time' and 'at any time' share a word of time, not what happened: the expiry and the announcement.
    events = find_events(article(
        "The agreement, which lets the neighbors share information on North Korean missile launches and other threats, "
        "had been due to expire at midnight Friday Seoul time.",
        "Kim You-geun said Friday evening that Seoul was suspending its notice to end the pact on the condition that "
        "it could terminate the agreement at any time.",
        published="2019-11-22"))
    assert [(e.date, e.expression) for e in events] == [
        ("2019-11-22", "at midnight Friday"), ("2019-11-22", "Friday evening")]


@pytest.mark.parametrize("reason", ["arguing", "saying", "claiming"])
def test_a_reason_given_after_a_comma_tells_its_own_happening(reason):
    events = find_events(article(
        f"Seoul announced the move Thursday evening, {reason} that Tokyo had undermined trust when it downgraded South "
        "Korea's trade status earlier this month.", published="2019-08-23"))
    assert [(e.date, e.expression) for e in events] == [
        ("2019-08-22", "Thursday evening"), ("2019-08", "earlier this month")]


def test_days_counted_in_figures():
    events = find_events(article(
        "The trade ministry unveiled the plan on Aug. 12, 10 days after Japan's Cabinet approved dropping Korea from "
        "its own list.", published="2019-09-18"))
    assert [(e.date, e.expression) for e in events] == [("2019-08-12", "on Aug. 12"), ("2019-08-02", "10 days after")]


@pytest.mark.parametrize("sentence", [
    # A sum of a year, or what a thing is for: figures, no happenings.
    "Korea's shipments to Japan totaled about $30.5 billion last year.",
    "The government pointed to a 2.1 trillion won budget set aside for next year.",
    "Washington is asking for nearly US$5 billion for next year, about five times what South Korea is paying in 2019.",
    "The U.S. wants close to $5 billion next year.",
    "Korea's exports to Japan fell 6 percent to $28.4 billion last year.",
    "Imports rose to $3 billion, up from roughly $900 million last year.",
    # ... or asked for, or to be paid, in a year to come.
    "The United States is reportedly demanding $4.7 billion next year.",
    "The U.S. demanded about $4.7 billion next year.",
    "Seoul wants to pay no more than 1.1 trillion won next year.",
    "The U.S. is demanding $4.7 billion in 2020.",
    "The government has earmarked 2.1 trillion won for parts and materials in next year's budget.",
    "Washington demanded $4.7 billion for troops and equipment next year.",
])
def test_a_sum_of_a_year_is_no_happening(sentence):
    assert find_events(article(sentence, published="2019-11-15")) == ()


@pytest.mark.parametrize("sentence, date", [
    ("The court ordered Nippon Steel to pay 100 million won each in 2018.", "2018"),
    ("Japan imposed the curbs last year.", "2018"),
    ("Seoul paid its share in 2019 after the talks.", "2019"),
    # ... a deed with a sum: a payment made, a demand made, a deal reached, a ruling.
    ("The Supreme Court ordered Nippon Steel to pay a total of 400 million won to four victims in 2018.", "2018"),
    ("Tokyo maintains that all claims were settled when it paid $800 million in grants and loans in 1965.", "1965"),
    ("Japan wants Seoul to drop the demand for 100 million won per victim because it says all claims were settled "
     "in 1965.", "1965"),
    ("Seoul's demand for $364 million in compensation was rejected by Tokyo in 1962.", "1962"),
    ("Trump demanded $4.7 billion from Seoul in 2019.", "2019"),
    ("The allies reached a one-year deal worth 1.04 trillion won in 2019.", "2019"),
    ("The two leaders agreed to set up a summit for next year.", "2020"),
    ("Seoul wants to pay no more than 1.1 trillion won and hopes to reach a deal in 2020.", "2020"),
    ("South Korea will pay 1.04 trillion won and negotiate a new deal next year.", "2020"),
])
def test_a_deed_of_a_year_is_a_happening(sentence, date):
    assert [e.date for e in find_events(article(sentence, published="2019-11-15"))] == [date]


def test_a_count_set_off_after_what_a_sentence_telling_no_time_tells_counts_from_the_day_told_before():
    events = find_events(article(
        "TOKYO, Aug. 23 (Yonhap) -- Japan on Friday criticized the decision.",
        '"Regrettably, South Korea has continued to respond in ways that damage trust," Abe told reporters at his '
        "office, a day after Seoul announced it would not renew the pact.", published="2019-08-23"))
    assert [(e.date, e.expression) for e in events] == [("2019-08-23", "on Friday"), ("2019-08-22", "a day after")]


def test_a_count_before_what_is_told_in_the_present_counts_nothing():
    events = find_events(article(
        "The agreement signed in Seoul on 23 November 2016 runs for one year at a time. It is extended automatically "
        "unless either government informs the other, 90 days before it expires, that it wishes to end it.",
        published="2019-11-15"))
    assert [e.date for e in events] == ["2016-11-23"]


def test_the_move_counted_from_is_the_lead_s_unless_the_day_told_last_was_of_a_deed():
    events = find_events(article(
        "South Korea removed Japan from its list of trusted trading partners Wednesday.",
        "A ministry official said Tuesday that Seoul had received no objection.",
        "The move came a week after Korea filed a complaint with the World Trade Organization.",
        "Japan summoned the ambassador on Tuesday. The move came a week after Seoul filed a complaint.",
        published="2019-09-18"))
    assert [(e.date, e.paragraph) for e in events if e.expression == "a week after"] == [
        ("2019-09-11", 2), ("2019-09-10", 3)]
    events = find_events(article(
        "South Korea and Japan agreed Saturday to hold talks.",
        "Seoul said on Friday it would suspend its notice to end the pact.",
        "The move came two days after U.S. senators passed a resolution.", published="2019-11-23"))
    assert [e.date for e in events if e.expression == "two days after"] == ["2019-11-20"]


@pytest.mark.parametrize("paragraphs, published, expected", [
    # A count set off after a sentence telling no time counts only after what was said or met in the simple past.
    (("South Korea on Friday suspended its decision.", "The row began when Japan tightened controls on exports of "
      "three chemicals, seven months after South Korea's Supreme Court ordered Nippon Steel to pay."), "2019-11-23",
     [("2019-11-22", "on Friday")]),
    (("Seoul on Friday decided.", "Under the pact, either side must notify the other of its intention to end it, 90 "
      "days before its expiration date."), "2019-11-23", [("2019-11-22", "on Friday")]),
    (("Seoul on Friday decided.", "Trump is expected to visit Seoul, two weeks after the APEC summit in Chile."),
     "2019-11-23", [("2019-11-22", "on Friday")]),
    # 'The move' after a time its paragraph told is that time's, not the lead's.
    (("Japan removed South Korea from its list of trusted trading partners in August. The move came a month after "
      "Tokyo tightened controls on exports of three chemicals.",), "2019-11-23", [("2019-08", "in August")]),
    (("Japan on Aug. 2 dropped South Korea from its own whitelist. The move came a month after Tokyo tightened "
      "controls.",), "2019-11-23", [("2019-08-02", "on Aug. 2"), ("2019-07", "a month after")]),
    (("Pyongyang said on Friday it was ready.", "The North fired two short-range projectiles on Thursday. The move "
      "came three days after Pyongyang warned Seoul."), "2019-11-23",
     [("2019-11-22", "on Friday"), ("2019-11-21", "on Thursday"), ("2019-11-18", "three days after")]),
    # A sum with no asking or paying before it is no figure of the year to come.
    (("Seoul and Washington will resume talks on the $5 billion demand next year.",), "2019-11-23",
     [("2020", "next year")]),
    (("Hyundai workers demanding a 120,000 won raise will strike again next year.",), "2019-11-23",
     [("2020", "next year")]),
])
def test_counts_set_off_the_move_and_sums_of_years_to_come(paragraphs, published, expected):
    assert [(e.date, e.expression) for e in find_events(article(*paragraphs, published=published))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # A count from the day told to what is due: the expiry.
    ("Esper urged Seoul on Friday to keep the pact, a week before it expires.",
     [("2019-11-15", "on Friday"), ("2019-11-22", "a week before")]),
    # A sum a firm will spend is a deed to come.
    ("Samsung will spend 1 trillion won next year to develop local suppliers.", [("2020", "next year")]),
])
def test_a_count_to_what_is_due_and_a_sum_to_spend(sentence, expected):
    assert [(e.date, e.expression) for e in find_events(article(sentence, published="2019-11-15"))] == expected


@pytest.mark.parametrize("text, expected", [
    # A month told in the past in a clause telling of what "last year's" names, or after it opening the sentence, is
    # of the year before.
    ("The dispute recalls last year's crisis, when Japan tightened controls on three chemicals in July.",
     ["2019", "2019-07"]),
    ("In last year's crisis, Tokyo removed Seoul from its white list in August.", ["2019", "2019-08"]),
    ("Unlike last year's talks, which failed in July, the new round that opens in September looks set to succeed.",
     ["2019", "2019-07", "2020-09"]),
    ("It recalls last year's crisis, when Japan removed Seoul from its whitelist on Aug. 2.", ["2019", "2019-08-02"]),
    ("It was a repeat of last year's bitter row over wartime labor, which erupted in July.", ["2019", "2019-07"]),
    ("The crisis echoes last year's crisis, when Japan, citing security concerns, tightened export controls in July.",
     ["2019", "2019-07"]),
    # ... not one in a clause of its own, nor one to come.
    ("Last year's figures were weak, and exports rose in March.", ["2019", "2020-03"]),
    ("Last year's row is over and the talks that resume in September will help.", ["2019", "2020-09"]),
    ("Unlike last year's row, officials said that working-level talks resumed in July.", ["2019", "2020-07"]),
    ("Unlike last year's talks, which collapsed, the round that began in March has made progress.",
     ["2019", "2020-03"]),
    ("In last year's dispute, Seoul threatened to quit GSOMIA; this year it let the deadline pass quietly in August.",
     ["2019", "2020-08"]),
    ("It recalls last year's row, which erupted in July, and tensions flared again in March.",
     ["2019", "2019-07", "2020-03"]),
    ("Last year's deal expired and negotiators admitted that talks stalled in April.", ["2019", "2020-04"]),
])
def test_a_month_told_of_what_last_year_s_names_is_of_the_year_before(text, expected):
    assert [e.date for e in find_events(article(text, published="2020-08-20"))] == expected


@pytest.mark.parametrize("visit", ["The visit came", "Esper's visit came", "Secretary Esper's visit came"])
def test_a_visit_named_again_as_what_came_is_the_lead_s(visit):
    events = find_events(article(
        "SEOUL (Reuters) - U.S. Defense Secretary Mark Esper urged South Korea on Friday to reverse its decision.",
        "South Korea agreed in February to pay about 1.04 trillion won this year.",
        f"{visit} a day after Gen. Mark Milley met Gen. Park Han-ki in Seoul.", published="2019-11-15"))
    assert [(e.date, e.expression) for e in events][-1] == ("2019-11-14", "a day after")

