"""The scoring math of `generator.evaluate`, on tiny hand-made records, and its command."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import evaluate
from generator.evaluate import (
    Counts,
    FieldScore,
    aggregate,
    fold,
    format_figure,
    match_items,
    same_name,
    same_organization,
    same_role,
    score_body_drop,
    score_body_keep,
    score_briefing,
    score_countries,
    score_event_dates,
    score_issues,
    score_organizations,
    score_persons,
    score_published,
    score_quotes,
    score_rejection,
    score_title,
    worst,
)
from generator.models import Actor, Briefing, CleanArticle, Event, Quote, Source

ESPER = Actor(id="mark-esper", name="Mark Esper", kind="person",
              roles=("U.S. Secretary of Defense",), country="United States")
MOON = Actor(id="moon-jae-in", name="Moon Jae In", kind="person", roles=(), country="south-korea")
KONO = Actor(id="taro-kono", name="Taro Kono", kind="person")
JAPAN = Actor(id="japan", name="Japan", kind="country")
PENTAGON = Actor(id="pentagon", name="The Pentagon", kind="organization")


# --- counts ---------------------------------------------------------------

def test_counts_precision_recall_f1():
    counts = Counts(tp=2, fp=2, fn=0)
    assert (counts.precision, counts.recall) == (0.5, 1.0)
    assert counts.f1 == pytest.approx(2 / 3)


def test_counts_add():
    assert Counts(1, 2, 3) + Counts(1, 1, 1) == Counts(2, 3, 4)


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(), None, None, None),  # nothing to find, nothing found
        (Counts(fn=2), None, 0.0, 0.0),  # nothing found
        (Counts(fp=2), 0.0, None, 0.0),  # nothing to find, something found
    ],
)
def test_counts_edge_cases(counts, precision, recall, f1):
    assert (counts.precision, counts.recall, counts.f1) == (precision, recall, f1)


def test_field_score_value_is_one_when_nothing_to_score():
    assert FieldScore("person", "a", Counts()).value == 1.0
    assert FieldScore("quote", "a", Counts(tp=1, fn=3)).value == 0.25


# --- matching -------------------------------------------------------------

def test_fold_case_quotes_space():
    assert fold("  Japan’s  “White\nList” ") == "japan's \"white list\""


@pytest.mark.parametrize(
    ("ours", "gold", "same"),
    [("Moon Jae In", "Moon Jae-in", True), ("moon jae-in", "Moon Jae-in", True),
     ("Moon", "Moon Jae-in", False), (None, "Moon Jae-in", False), ("south-korea", "South Korea", True)],
)
def test_same_name(ours, gold, same):
    assert same_name(ours, gold) is same


@pytest.mark.parametrize(
    ("ours", "gold", "same"),
    [("The Pentagon", "Pentagon", True), ("National Security Council", "the National Security Council", True),
     ("Yonhap", "Yonhap News Agency", True), ("Reuters", "Yonhap", False), ("", "Yonhap", False)],
)
def test_same_organization(ours, gold, same):
    assert same_organization(ours, gold) is same


@pytest.mark.parametrize(
    ("ours", "gold", "same"),
    [("President", "President", True), ("Secretary of Defense", "U.S. Secretary of Defense", True),
     ("US Defense Secretary", "u.s. defense secretary", False), ("  president ", "President", True),
     ("Defense Minister", "Foreign Minister", False)],
)
def test_same_role(ours, gold, same):
    assert same_role(ours, gold) is same


def test_match_items_is_one_to_one():
    pairs, extra, missed = match_items(["a", "a", "b"], ["a", "c", "a", "a"], lambda x, y: x == y)
    assert pairs == [("a", "a"), ("a", "a")]
    assert extra == ["b"] and missed == ["c", "a"]


# --- fields ---------------------------------------------------------------

def test_title_exact_and_skipped_when_gold_null():
    assert score_title("a", "Seoul  axes pact", "Seoul axes pact").counts == Counts(tp=1)
    assert score_title("a", "Seoul axes Pact", "Seoul axes pact").counts == Counts(fn=1)
    assert score_title("a", "Anything", None) is None


@pytest.mark.parametrize(
    ("ours", "gold", "right"),
    [("2019-11-22", "2019-11-22", True), (None, None, True), ("2019-08-09", None, False),
     (None, "2019-11-22", False)],
)
def test_published(ours, gold, right):
    assert score_published("a", ours, gold).counts == Counts(tp=int(right), fn=int(not right))


def test_published_accepts_yaml_date():
    import datetime

    assert score_published("a", "2019-11-22", datetime.date(2019, 11, 22)).counts == Counts(tp=1)


def test_body_keep_and_drop():
    paragraphs = ("South Korea said on Thursday\nthat it would end the pact.", "Share this story")
    keep = score_body_keep("a", paragraphs, ["said on Thursday that it would", "Milley said"])
    drop = score_body_drop("a", paragraphs, ["Share this story", "Read more"])
    assert keep.counts == Counts(tp=1, fn=1) and keep.errors == ("lost 'Milley said'",)
    assert drop.counts == Counts(tp=1, fn=1) and drop.errors == ("kept 'Share this story'",)


def test_persons_roles_and_countries():
    gold = [
        {"name": "Mark Esper", "role": "US Defense Secretary", "country": "United States"},
        {"name": "Moon Jae-in", "role": "President", "country": "South Korea"},
        {"name": "Kim Jong-un", "role": None, "country": "North Korea"},
    ]
    person, roles, countries = score_persons("a", (ESPER, MOON, KONO, JAPAN), gold)
    assert person.counts == Counts(tp=2, fp=1, fn=1)
    assert set(person.errors) == {"missing Kim Jong-un", "extra Taro Kono"}
    assert roles.counts == Counts(tp=0, fn=2)  # 'U.S. Secretary of Defense' is not 'US Defense Secretary'
    assert countries.counts == Counts(tp=2, fn=0)  # 'south-korea' names South Korea


def test_role_found_when_contained():
    gold = [{"name": "Mark Esper", "role": "Secretary of Defense", "country": None}]
    _, roles, countries = score_persons("a", (ESPER,), gold)
    assert roles.counts == Counts(tp=1) and countries.counts == Counts()


def test_countries_and_organizations():
    countries = score_countries("a", (JAPAN, ESPER), ["Japan", "South Korea"])
    orgs = score_organizations("a", (PENTAGON, JAPAN), ["Pentagon", "ASEAN"])
    assert countries.counts == Counts(tp=1, fn=1)
    assert orgs.counts == Counts(tp=1, fn=1)


def test_event_dates_are_a_multiset():
    score = score_event_dates("a", ["2019-08-09", "2019-08-09", "2019-08"], ["2019-08-09", "2016-11", "2019-08"])
    assert score.counts == Counts(tp=2, fp=1, fn=1)
    assert score.errors == ("missing 2016-11", "extra 2019-08-09")


def test_quotes_found_by_start_or_containment_and_speakers():
    quotes = (
        Quote(text="Secretary Esper welcomed Japan’s efforts to strengthen cooperation", speaker="pentagon", paragraph=3),
        Quote(text="the U.S. is willing, as President Trump made clear", speaker="mark-esper", paragraph=9),
        Quote(text="ironclad", speaker=None, paragraph=8),
    )
    gold = [
        {"speaker": "Pentagon", "start": "Secretary Esper welcomed Japan's efforts"},
        {"speaker": "Mark Esper", "start": "as President Trump made clear"},
        {"speaker": "Mark Esper", "start": "ironclad"},
        {"speaker": None, "start": "mutual understanding"},
    ]
    found, speaker = score_quotes("a", quotes, (ESPER, PENTAGON), gold)
    assert found.counts == Counts(tp=3, fn=1)
    assert found.errors == ("missing 'mutual understanding'",)
    # Pentagon via its actor name, Esper via his id; 'ironclad' has no speaker.
    assert speaker.counts == Counts(tp=2, fn=1)


def test_null_gold_speaker_wants_no_speaker():
    gold = [{"speaker": None, "start": "mutual understanding"}]
    right = score_quotes("a", (Quote("mutual understanding", None, 1),), (), gold)[1]
    wrong = score_quotes("a", (Quote("mutual understanding", "japan", 1),), (JAPAN,), gold)[1]
    assert right.counts == Counts(tp=1) and wrong.counts == Counts(fn=1)


def test_issues_as_sets():
    score = score_issues("a", ("gsomia", "export-controls", "gsomia"), ["gsomia", "denuclearization"])
    assert score.counts == Counts(tp=1, fp=1, fn=1)


def briefing(**fields) -> Briefing:
    article = CleanArticle(
        id="a", source=Source(path="a.txt", sha256="0" * 64), title="Seoul axes pact",
        outlet=None, published="2019-08-23", dateline=None, byline=None,
        paragraphs=("Seoul said on Friday it would end the GSOMIA.",),
    )
    return Briefing(article=article, **fields)


GOLD_ENTRY = {
    "file": "a.txt", "title": "Seoul axes pact", "published": "2019-08-23",
    "body_keep": ["it would end the GSOMIA"], "body_drop": ["Share this"],
    "persons": [{"name": "Mark Esper", "role": None, "country": None}],
    "countries": ["Japan"], "organizations": [], "events": [{"date": "2019-08-23"}],
    "quotes": [], "issues": ["gsomia"],
}


def test_score_briefing_gives_every_field():
    scores = score_briefing(
        briefing(actors=(ESPER,), events=(Event("2019-08-23", "day", "", 0),), issues=("gsomia",)),
        GOLD_ENTRY,
    )
    by_field = {score.field: score.counts for score in scores}
    assert list(by_field) == list(evaluate.FIELD_NAMES)
    assert by_field["person"] == Counts(tp=1)
    assert by_field["country"] == Counts(fn=1)
    assert by_field["event_date"] == Counts(tp=1)
    assert by_field["issue"] == Counts(tp=1)


def test_rejected_article_misses_everything():
    scores = {score.field: score for score in score_rejection(GOLD_ENTRY, "no article text")}
    assert scores["person"].counts == Counts(fn=1)
    assert scores["body_keep"].counts == Counts(fn=1)
    assert scores["body_drop"].counts == Counts(tp=1)
    assert scores["issue"].errors == ("rejected: no article text",)


def test_aggregate_and_worst():
    scores = [
        FieldScore("person", "a", Counts(tp=1, fn=1), ("missing X",)),
        FieldScore("person", "b", Counts(fn=2), ("missing Y", "missing Z")),
        FieldScore("person", "c", Counts(tp=2)),
        FieldScore("issue", "a", Counts(tp=1)),
    ]
    totals = aggregate(scores)
    assert totals["person"] == Counts(tp=3, fn=3) and totals["issue"] == Counts(tp=1)
    assert totals["quote"] == Counts()
    assert [score.article for score in worst(scores, "person", 5)] == ["b", "a"]
    assert [score.article for score in worst(scores, "person", 1)] == ["b"]


def test_format_figure():
    assert format_figure("issue", Counts(tp=1, fp=1, fn=0)) == ("P 0.500  R 1.000  F1 0.667", 1)
    assert format_figure("quote", Counts(tp=1, fn=3)) == ("25.0%", 4)
    assert format_figure("speaker", Counts()) == ("-", 0)


# --- command --------------------------------------------------------------

def test_main_prints_a_row_per_field(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text(
        "Seoul axes pact\n\nSEOUL (Kyodo) -- South Korea said on Friday it would end the GSOMIA with Japan.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump([GOLD_ENTRY]), encoding="utf-8")
    knowledge = Path(__file__).parent.parent / "knowledge"
    assert evaluate.main([str(tmp_path), "--knowledge", str(knowledge), "--worst", "3"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert set(evaluate.FIELD_NAMES) | {"ms_per_article"} <= rows
    assert "issue            P 1.000  R 1.000  F1 1.000" in out


def test_main_reports_missing_gold(tmp_path: Path, capsys):
    assert evaluate.main([str(tmp_path)]) == 2
    assert "gold.yaml" in capsys.readouterr().err


def test_main_scores_a_missing_article_as_rejected(tmp_path: Path, capsys):
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump([GOLD_ENTRY]), encoding="utf-8")
    assert evaluate.main([str(tmp_path), "--knowledge", str(tmp_path)]) == 0
    assert "rejected:" in capsys.readouterr().out
