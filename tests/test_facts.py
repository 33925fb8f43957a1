"""Key facts, the summary, and the sentence splitter they stand on."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.facts import (
    MAX_FACTS,
    SUMMARY_LIMIT,
    Sentence,
    rank_facts,
    score_sentence,
    strip_dateline,
    summarize,
)
from generator.models import CleanArticle, Event, Source
from generator.sentences import is_complete, split_sentences
from tests.conftest import GOLD, gold_id

# Share of gold articles whose first fact is the lede, measured and rounded down.
LEDE_FIRST_FLOOR = 0.9


def article(*paragraphs: str, title: str = "", published: str | None = None) -> CleanArticle:
    return CleanArticle(
        id="a", source=Source(path="a.txt", sha256="0" * 64), title=title, outlet=None,
        published=published, dateline=None, byline=None, paragraphs=paragraphs,
    )


def article_from_file(path: Path) -> CleanArticle:
    """The whole capture as paragraphs, chrome included: the facts must cope with it."""
    blocks = (" ".join(block.split()) for block in path.read_text(encoding="utf-8").split("\n\n"))
    return article(*(block for block in blocks if block))


# --- sentences ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Top U.S. military officer, Gen. Mark Milley, is here. He left.",
         ("Top U.S. military officer, Gen. Mark Milley, is here.", "He left.")),
        ("The pact expires on Nov. 23. Talks failed.", ("The pact expires on Nov. 23.", "Talks failed.")),
        ("He is ranked No. 2 in the poll. Then he fell.",
         ("He is ranked No. 2 in the poll.", "Then he fell.")),
        ("Mr. Moon met S. Korean troops. John F. Kennedy did too.",
         ("Mr. Moon met S. Korean troops.", "John F. Kennedy did too.")),
        ("It will expire at midnight (3 p.m. GMT) on Friday. Seoul waits.",
         ("It will expire at midnight (3 p.m. GMT) on Friday.", "Seoul waits.")),
        ("Seoul relies on the U.S. The alliance is firm.",
         ("Seoul relies on the U.S.", "The alliance is firm.")),
        # ... the last part of a compound too.
        ("Esper and Jeong held the 51st ROK-U.S. Security Consultative Meeting in Seoul. They left.",
         ("Esper and Jeong held the 51st ROK-U.S. Security Consultative Meeting in Seoul.", "They left.")),
        ("Talks were held with the ROK-U.S. The ministers left.", ("Talks were held with the ROK-U.S.",
                                                                   "The ministers left.")),
        ("Hundreds joined an anti-U.S. Forces Korea rally on Saturday. Police watched.",
         ("Hundreds joined an anti-U.S. Forces Korea rally on Saturday.", "Police watched.")),
        ('"We strongly urge them," Iwaya said. "It is bad." He left.',
         ('"We strongly urge them," Iwaya said.', '"It is bad."', "He left.")),
        ("“Is it over?” he asked. Nobody knew!", ("“Is it over?” he asked.", "Nobody knew!")),
        ("Samsung Electronics Co. said it would wait. Hyundai Motor Co. The end.",
         ("Samsung Electronics Co. said it would wait.", "Hyundai Motor Co.", "The end.")),
        ("Some analysts have warned that the measure could ba",
         ("Some analysts have warned that the measure could ba",)),
    ],
)
def test_split_sentences(text: str, sentences: tuple[str, ...]):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("sentence", "complete"),
    [("He left.", True), ('"It is bad."', True), ("Why?”", True), ("the measure could ba", False),
     ("noted in", False)],
)
def test_is_complete(sentence: str, complete: bool):
    assert is_complete(sentence) is complete


# --- summary --------------------------------------------------------------

@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON -- ",
        "SEOUL (Kyodo) -- ",
        "TOKYO, Aug 23 (KUNA) -- ",
        "TAIPEI (Taiwan News) – ",
        "BANGKOK ― ",
        "WASHINGTON – ",
        "TOKYO, Kyodo - ",
        "SEOUL, Nov. 22 (Yonhap) -- ",
        "SEOUL, South Korea (AP) — ",
        "CAMP DAVID, Md. (AP) — ",
        "WASHINGTON, D.C. (AP) — ",
        "MOSCOW (UrduPoint News / Sputnik - 22nd November, 2019) ",
        "Aug 22 (Reuters) - ",
        "NEW DELHI: ",
        "(Reuters) - ",
        "Seoul, Nov. 22 (IANS) -- ",
        "UPDATE: ",
    ],
)
def test_summary_strips_dateline(dateline: str):
    lede = "South Korea decided on Friday to suspend the end of its pact with Japan."
    assert summarize(article(dateline + lede)) == lede


@pytest.mark.parametrize(
    "text", ["U.S. (and Japanese) officials met on Friday.", "US Defense Secretary Mark Esper spoke.",
             "I (for one) disagree with the plan."]
)
def test_no_dateline_is_stripped_from_plain_sentence(text: str):
    assert strip_dateline(text) == text


def test_summary_takes_two_sentences_when_short():
    first = "Seoul said on Thursday it would end the pact with Tokyo."
    second = "Washington expressed disappointment at the decision."
    third = "The pact was signed in 2016 after years of American pressure on both allies. " * 3
    assert summarize(article(f"{first} {second}", third)) == f"{first} {second}"


def test_summary_cuts_at_sentence_boundary():
    sentences = [f"Sentence number {i} of the lede tells readers a little more news." for i in range(9)]
    summary = summarize(article(" ".join(sentences)))
    assert len(summary) <= SUMMARY_LIMIT
    assert summary.endswith(".") and summary in " ".join(sentences)
    assert summary.startswith(sentences[0])


def test_summary_shortens_overlong_first_sentence_at_a_word():
    sentence = "Seoul said " + ", ".join(f"item number {i} matters" for i in range(40)) + "."
    summary = summarize(article(sentence))
    assert len(summary) <= SUMMARY_LIMIT and summary.endswith("…")
    assert sentence.startswith(summary[:-1])


def test_summary_skips_headings_bylines_and_chrome():
    body = "Japan's Cabinet on Friday approved removing South Korea from its white list."
    paragraphs = ("Menu Content", "Japan approves white list removal", "By Zin Kao, Staff Writer",
                  "Click here to subscribe to our newsletter for more news today.", body)
    assert summarize(article(*paragraphs, title="Japan approves white list removal")) == body


def test_summary_skips_a_transcript_s_questions_and_host():
    answer = "Chief Cabinet Secretary Suga: The ROK Government's decision is extremely regrettable for Japan."
    assert summarize(article(
        "REPORTER: Please tell us the Government's response to the decision.",
        "STAFF: Good afternoon. We will now begin the press conference on the decision.", answer,
    )) == answer


@pytest.mark.parametrize("bullet", ["•", "*", "-"])
def test_summary_prefers_prose_to_key_points(bullet):
    prose = "South Korea is ending its intelligence-sharing pact with Japan."
    assert summarize(article(f"{bullet} Japan and Korea are in a trade war with no end in sight.", prose)) == prose


def test_summary_of_empty_body_is_empty():
    assert summarize(article("Menu", "Share")) == ""


# --- key facts ------------------------------------------------------------

DECISION = "South Korea decided on Friday to suspend its notice to terminate the pact."
BACKGROUND = "Relations between the two neighbours have long been shaped by their history."
DECISION_2 = "Japan announced on Nov. 22 that it welcomed the decision by 2 votes."


def test_ranking_prefers_decision_over_background():
    facts = rank_facts(article(DECISION, BACKGROUND, DECISION_2), ())
    texts = [fact.text for fact in facts]
    assert texts[0] == DECISION
    assert DECISION_2 in texts
    assert BACKGROUND not in texts or texts.index(DECISION_2) < texts.index(BACKGROUND)


def test_a_sentence_opening_with_a_pronoun_ranks_after_the_news():
    dangling = "He also added on Friday that Japan expressed understanding over the decision to suspend the pact."
    texts = [fact.text for fact in rank_facts(article(DECISION, dangling, DECISION_2), ())]
    assert texts.index(dangling) > texts.index(DECISION_2) if dangling in texts else DECISION_2 in texts


def test_quote_weighs_less_than_report():
    quote = '"We decided on Friday that the pact must end now," an official told reporters.'
    report = "The government decided on Friday that the pact will end on Saturday."
    facts = rank_facts(article("Seoul weighs its options in the dispute with Tokyo over trade.", quote, report), ())
    texts = [fact.text for fact in facts]
    assert texts.index(report) < texts.index(quote) if quote in texts else report in texts


def test_truncated_last_sentence_is_not_a_fact():
    facts = rank_facts(article(DECISION, "Kim You-geun, the deputy director, announced on Friday that"), ())
    assert [fact.text for fact in facts] == [DECISION]


def test_truncated_sentence_is_used_when_nothing_else_and_says_it_was_cut():
    only = "Kim You-geun, the deputy director, announced on Friday that"
    assert [fact.text for fact in rank_facts(article(only), ())] == [only + "…"]


def test_chrome_is_never_a_fact():
    chrome = "Copyright 2019 Korea Risk Group. All rights reserved. Subscribe for full access."
    facts = rank_facts(article(DECISION, chrome), ())
    assert all("rights reserved" not in fact.text for fact in facts)


@pytest.mark.parametrize(
    "sentence",
    ["Esper's comments came during a meeting with Kono in Bangkok on Monday.",
     "Tokyo called the attack state-sponsored and announced sanctions on Friday.",
     "The ministry posted the decision on its homepage on Friday, officials said."],
)
def test_news_sentence_with_chrome_words_is_a_fact(sentence: str):
    assert [fact.text for fact in rank_facts(article(sentence), ())] == [sentence]


def test_fact_text_has_no_dateline():
    assert rank_facts(article("SEOUL (Kyodo) -- " + DECISION), ())[0].text == DECISION


def test_event_in_sentence_counts_as_dated():
    lede = "Seoul weighs its options in the dispute with Tokyo over the pact."
    other = "Tokyo announced its new stance on the pact soon, officials said."
    plain = "Seoul announced its new position on the pact shortly, officials said."
    body = article(lede, other, plain)
    event = Event(date="2019-11-22", precision="day", text=plain, paragraph=2, expression="shortly")
    undated = [fact.text for fact in rank_facts(body, ())]
    dated = [fact.text for fact in rank_facts(body, (event,))]
    assert undated.index(other) < undated.index(plain)
    assert dated.index(plain) < dated.index(other)


def test_past_year_is_background():
    sentence = Sentence(text="The pact was signed in 2016 by both sides.", paragraph=0, ordinal=2, complete=True)
    assert score_sentence(sentence, 5, frozenset(), None, 2019) < score_sentence(sentence, 5, frozenset(), None, 2016)


def test_at_most_max_facts():
    paragraphs = [f"Seoul announced on Friday decision number {i} on the pact." for i in range(20)]
    assert len(rank_facts(article(*paragraphs), ())) == MAX_FACTS


def test_no_facts_from_empty_body():
    assert rank_facts(article("Menu", "Share"), ()) == ()


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_facts_cite_their_paragraph(entry: dict):
    body = article_from_file(entry["path"])
    facts = rank_facts(body, ())
    assert 1 <= len(facts) <= MAX_FACTS
    for fact in facts:
        assert 0 <= fact.paragraph < len(body.paragraphs)
        assert fact.text in body.paragraphs[fact.paragraph]


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_facts_and_summary_are_deterministic(entry: dict):
    body = article_from_file(entry["path"])
    assert rank_facts(body, ()) == rank_facts(article_from_file(entry["path"]), ())
    assert summarize(body) == summarize(article_from_file(entry["path"]))


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_summary_of_real_article(entry: dict):
    summary = summarize(article_from_file(entry["path"]))
    assert 40 <= len(summary) <= SUMMARY_LIMIT
    assert strip_dateline(summary) == summary


def test_lede_usually_first_fact():
    hits = 0
    for entry in GOLD:
        body = article_from_file(entry["path"])
        first, summary = rank_facts(body, ())[0].text, summarize(body).removesuffix("…")
        hits += first.startswith(summary) or summary.startswith(first)
    assert hits / len(GOLD) >= LEDE_FIRST_FLOOR
