"""clean: boilerplate out, metadata in — measured on the real articles of the gold file.

Each gold article (tests/fixtures/corpus/gold.yaml, plus the two seeds) is read
from its fixture file straight into a RawArticle, so these tests depend on
nothing but `clean`. Per article: every `body_keep` passage survives, every
`body_drop` passage is gone, the published date is exact, every removed line
came from the input and the paragraphs keep input order. Over the corpus:
quality floors for drops and titles, which only ever move up.

`python -m tests.test_clean` prints the figures.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import pytest

from generator import clean as clean_module
from generator import metadata
from generator.clean import article_id, clean
from generator.errors import InputError
from generator.events import find_events
from generator.models import CleanArticle, Dateline, RawArticle, SourceMeta
from tests.conftest import GOLD, gold_id

# Quality floors over the whole corpus: raise them when the cleaner gets better.
DROP_FLOOR = 0.95  # share of all gold boilerplate passages removed
TITLE_FLOOR = 0.90  # share of non-null gold titles matched exactly

WITH_TITLE = [e for e in GOLD if e["title"] is not None]
WITHOUT_TITLE = [e for e in GOLD if e["title"] is None]
SEED_000 = next(e for e in GOLD if e["file"].endswith("000_3098d3c7a12f7f37.txt"))


def fold(text: str) -> str:
    return " ".join(text.split())


def raw_article(path: Path, meta: SourceMeta | None = None) -> RawArticle:
    """A fixture file as ingest hands it on: decoded UTF-8, Unix line ends, no BOM."""
    data = path.read_bytes()
    text = data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return RawArticle(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        format="txt",
        encoding="utf-8",
        meta=meta or SourceMeta(),
    )


@lru_cache(maxsize=None)
def cleaned(path: Path) -> CleanArticle:
    return clean(raw_article(path))


def body(article: CleanArticle) -> str:
    return fold("\n".join(article.paragraphs))


def gold_date(entry: dict) -> str | None:
    return None if entry["published"] is None else str(entry["published"])


# --- Per article -------------------------------------------------------------------


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_body_keep_passages_are_kept(entry):
    text = body(cleaned(entry["path"]))
    lost = [k for k in entry["body_keep"] if fold(k) not in text]
    assert not lost


@pytest.mark.parametrize("entry", [e for e in GOLD if e["body_drop"]], ids=gold_id)
def test_body_drop_passages_are_removed(entry):
    text = body(cleaned(entry["path"]))
    kept = [d for d in entry["body_drop"] if fold(d) in text]
    assert not kept


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_published_is_exact_or_none(entry):
    assert cleaned(entry["path"]).published == gold_date(entry)


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_removed_lines_come_from_the_input(entry):
    source = fold(raw_article(entry["path"]).text)
    article = cleaned(entry["path"])
    assert all(item.strip() for item in article.removed)
    assert [item for item in article.removed if fold(item) not in source] == []


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_paragraphs_keep_input_order(entry):
    source = fold(raw_article(entry["path"]).text)
    position = 0
    for paragraph in cleaned(entry["path"]).paragraphs:
        found = source.find(paragraph[:40], position)
        assert found >= 0, paragraph[:40]
        position = found + 1


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_paragraphs_are_folded_and_not_empty(entry):
    paragraphs = cleaned(entry["path"]).paragraphs
    assert paragraphs
    assert all(p and p == fold(p) for p in paragraphs)


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_title_is_one_line_and_not_a_body_paragraph(entry):
    article = cleaned(entry["path"])
    assert article.title and article.title == fold(article.title)
    assert article.title not in article.paragraphs


@pytest.mark.parametrize("entry", WITHOUT_TITLE, ids=gold_id)
def test_fallback_title_comes_from_the_first_sentence(entry):
    article = cleaned(entry["path"])
    assert len(article.title) <= 100
    assert fold(article.title.rstrip("…"))[:30] in article.paragraphs[0]


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_article_id_is_the_file_slug(entry):
    article = cleaned(entry["path"])
    assert article.id == article_id(str(entry["path"]))
    assert article.source.path == str(entry["path"])


# --- Over the corpus -------------------------------------------------------------


def figures() -> dict[str, tuple[int, int]]:
    """Hits and totals over the gold corpus: kept, removed, titles, dates."""
    kept = removed = titles = dates = 0
    keep_total = drop_total = 0
    for entry in GOLD:
        article = cleaned(entry["path"])
        text = body(article)
        kept += sum(fold(k) in text for k in entry["body_keep"])
        keep_total += len(entry["body_keep"])
        removed += sum(fold(d) not in text for d in entry["body_drop"])
        drop_total += len(entry["body_drop"])
        titles += entry["title"] is not None and article.title == entry["title"]
        dates += article.published == gold_date(entry)
    return {
        "kept": (kept, keep_total),
        "removed": (removed, drop_total),
        "titles exact": (titles, len(WITH_TITLE)),
        "dates exact": (dates, len(GOLD)),
    }


def test_corpus_drop_floor():
    hits, total = figures()["removed"]
    assert hits / total >= DROP_FLOOR


def test_corpus_title_floor():
    hits, total = figures()["titles exact"]
    assert hits / total >= TITLE_FLOOR


def print_figures() -> None:
    for name, (hits, total) in figures().items():
        print(f"{name:13} {hits:3}/{total:<3} {100 * hits / total:5.1f}%")


# --- What the sidecar states beats the text --------------------------------------


def test_meta_title_published_outlet_url_and_byline_beat_the_text():
    meta = SourceMeta(
        url="https://example.org/a", published="2019-11-20", outlet="Example Daily", title="Stated title",
        byline="Stated Writer",
    )
    article = clean(raw_article(SEED_000["path"], meta))
    assert (article.title, article.published, article.outlet) == ("Stated title", "2019-11-20", "Example Daily")
    assert article.source.url == "https://example.org/a"
    assert article.byline == "Stated Writer"
    text = "Seoul keeps pact\nBy Kim Tong-hyung\nSouth Korea said on Friday it would keep the pact with Japan for now.\n"
    assert clean(RawArticle("a.txt", "a" * 64, text, "txt", "utf-8")).byline == "Kim Tong-hyung"
    assert clean(RawArticle("a.txt", "a" * 64, text, "txt", "utf-8", SourceMeta(byline="Stated Writer"))).byline == (
        "Stated Writer"
    )


def test_text_metadata_is_used_when_meta_is_empty():
    article = clean(raw_article(SEED_000["path"]))
    assert article.title == SEED_000["title"]
    assert article.published == "2019-11-19"
    assert article.outlet == "Yonhap"
    assert article.dateline == Dateline(place="WASHINGTON", agency=None)
    assert article.source.url is None


def test_meta_published_with_a_time_is_cut_to_the_day():
    article = clean(raw_article(SEED_000["path"], SourceMeta(published="2019-11-18T23:54:00-05:00")))
    assert article.published == "2019-11-18"


def test_meta_title_does_not_bring_the_headline_into_the_body():
    article = clean(raw_article(SEED_000["path"], SourceMeta(title="Stated title")))
    assert not any(p.startswith("Pentagon chief welcomes") for p in article.paragraphs)


# --- Small cases in the shapes of other outlets ----------------------------------

# An ad card inside a story, and the story's paragraph after it (see the ad cards below).
_AD_CARD_STORY = (
    "South Korea pulls back from ending intelligence pact with Japan hours before deadline\n"
    "SEOUL (Reuters) - South Korea said on Friday it would conditionally suspend the termination of its "
    "intelligence-sharing pact with Japan, in a last-minute reprieve.\n"
    "Washington had lobbied intensively in recent weeks, with Defense Secretary Mark Esper pressing President "
    "Moon Jae-in in Seoul.\n"
    "Sponsored Content\nThe Best Walk-In Bathtubs Of 2019 - See Prices\n"
)
_TOWN_HALL = (
    "President Moon Jae-in had said on Tuesday during a televised town hall that Seoul would end the pact "
    "unless Japan dropped its export curbs.\n"
)


CASES = {
    "wire_site_with_keywords_and_most_liked": (
        "Skip to content\nNational\n(LEAD) N. Korea fires 2 short-range ballistic missiles: JCS\n"
        "All News 09:17 November 28, 2019\n"
        "SEOUL, Nov. 28 (Yonhap) -- North Korea fired two unidentified projectiles into the East Sea "
        "on Thursday, South Korea's Joint Chiefs of Staff said.\n"
        "This photo, taken Nov. 28, 2019, shows a TV screen at Seoul Station. (Yonhap)\n"
        "\"Our military is monitoring the situation,\" it added.\n(END)\nKeywords\n#North Korea #missile\n"
        "Most Liked\nSeoul says it will keep pact\nMoon, Abe to meet in Chengdu\n",
        {"title": "N. Korea fires 2 short-range ballistic missiles: JCS", "published": "2019-11-28",
         "outlet": "Yonhap", "keep": ["SEOUL, Nov. 28 (Yonhap) -- North Korea fired", "it added."],
         "drop": ["Skip to content", "This photo, taken", "(END)", "Keywords", "Most Liked", "Chengdu"]},
    ),
    "agency_byline_min_read_and_trailer": (
        "Asia Pacific\nSouth Korea to stick with GSOMIA decision despite U.S. pressure\nBy Hyonhee Shin\n"
        "3 Min Read\nSEOUL (Reuters) - South Korea will not reverse its decision to scrap an "
        "intelligence-sharing pact with Japan unless Tokyo changes course, an official said on Tuesday.\n"
        "The pact is due to expire at midnight on Saturday.\n"
        "Reporting by Hyonhee Shin; Editing by Michael Perry\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "Acquire Licensing Rights, opens new tab\n",
        {"title": "South Korea to stick with GSOMIA decision despite U.S. pressure", "published": None,
         "outlet": "Reuters", "byline": "Hyonhee Shin",
         "keep": ["SEOUL (Reuters) - South Korea will not", "due to expire at midnight on Saturday."],
         "drop": ["Asia Pacific", "3 Min Read", "Reporting by", "Our Standards", "Licensing"]},
    ),
    "file_photo_caption_and_copyright": (
        "FILE - In this Nov. 22, 2019, file photo, South Korean President Moon Jae-in speaks during a "
        "meeting in Seoul. (AP Photo/Ahn Young-joon, File)\n"
        "SEOUL, South Korea (AP) — South Korea said Friday it will keep a military intelligence-sharing "
        "agreement with Japan, reversing its earlier decision to terminate it.\n"
        "The announcement came hours before the pact was set to expire.\n"
        "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.\n"
        "Copyright 2019 The Associated Press. All rights reserved.\n",
        {"published": None, "outlet": "Associated Press",
         "keep": ["SEOUL, South Korea (AP) — South Korea said Friday", "hours before the pact was set"],
         "drop": ["FILE -", "contributed to this report", "Copyright 2019"]},
    ),
    "section_notice_share_links_and_topics": (
        "South Korea\nThis article is more than 4 years old\n"
        "South Korea reverses decision to scrap intelligence-sharing pact with Japan\n"
        "Move follows pressure from US over the agreement, which was due to expire at midnight\n"
        "Fri 22 Nov 2019 10.05 GMT\nShare on Facebook\nShare via Email\n"
        "South Korea has made a last-minute U-turn on its decision to scrap a military "
        "intelligence-sharing pact with Japan, following pressure from the US.\n"
        "Seoul said it would suspend its notice to end the pact.\n"
        "Topics\nSouth Korea\nJapan\nAsia Pacific\nnews\nReuse this content\n",
        {"title": "South Korea reverses decision to scrap intelligence-sharing pact with Japan",
         "published": "2019-11-22",
         "keep": ["South Korea has made a last-minute U-turn", "suspend its notice to end the pact."],
         "drop": ["more than 4 years old", "Share on Facebook", "Share via Email", "Topics", "Reuse this content"]},
    ),
    "bracketed_photo_credit_and_comment_section": (
        "Moon keeps Gsomia alive\nBY SARAH KIM [kim.sarah@joongang.co.kr]\nNov 23,2019\n"
        "Foreign Minister Kang Kyung-wha speaks to reporters in Nagoya on Friday. [YONHAP]\n"
        "The Moon Jae-in administration on Friday decided to conditionally suspend its decision to "
        "terminate a military intelligence-sharing pact with Japan.\n"
        "The decision was announced by Kim You-geun of the National Security Office.\n"
        "Comments\nI think this is great news for the alliance and for everyone involved in it.\n",
        {"title": "Moon keeps Gsomia alive", "published": "2019-11-23", "byline": "Sarah Kim",
         "keep": ["The Moon Jae-in administration on Friday", "announced by Kim You-geun"],
         "drop": ["[YONHAP]", "Comments", "great news for the alliance"]},
    ),
    "subscription_promo_inside_the_article": (
        "The Diplomat\nFlashpoints | Security | East Asia\nWhat the GSOMIA Reversal Means\nBy Ankit Panda\n"
        "November 22, 2019\nAdvertisement\n"
        "South Korea's last-minute decision to keep GSOMIA alive is a relief for Washington, but the "
        "underlying dispute with Japan remains.\n"
        "Enjoying this article? Click here to subscribe for full access. Just $5 a month.\n"
        "The agreement allows the two countries to share military intelligence directly.\n",
        {"title": "What the GSOMIA Reversal Means", "published": "2019-11-22", "byline": "Ankit Panda",
         "keep": ["is a relief for Washington", "share military intelligence directly."],
         "drop": ["Flashpoints", "Advertisement", "Enjoying this article?"]},
    ),
    "hard_wrapped_paragraphs": (
        "# Seoul keeps intel pact with Tokyo\n\n"
        "SEOUL -- South Korea said on Friday it would keep its intelligence-sharing pact\n"
        "with Japan, reversing a decision made in August that had alarmed the United\n"
        "States.\n\nThe pact had been due to expire at midnight.\n",
        {"title": "Seoul keeps intel pact with Tokyo", "published": None,
         "keep": ["alarmed the United States.", "due to expire at midnight."], "drop": []},
    ),
    "related_list_inside_the_article": (
        "Seoul reverses course on pact\n"
        "South Korea reversed its decision on Friday to end a military pact with Japan, officials said.\n"
        "Related Articles\nJapan welcomes decision\nUS praises Seoul\n"
        "The U.S. State Department welcomed the decision in a statement released late on Friday.\n"
        "Share this article\n",
        {"title": "Seoul reverses course on pact", "published": None,
         "keep": ["South Korea reversed its decision", "The U.S. State Department welcomed"],
         "drop": ["Related Articles", "Japan welcomes decision", "US praises Seoul", "Share this article"]},
    ),
    "headline_and_lead_ending_in_initials": (
        "Seoul bows to pressure from U.S.\n\n"
        "South Korea decided on Friday to keep its pact with Japan despite pressure from the U.S.\n",
        {"title": "Seoul bows to pressure from U.S.", "keep": ["despite pressure from the U.S."], "drop": []},
    ),
    "icon_labels_glued_after_the_sign_off": (
        "Pentagon chief welcomes Japan's efforts\n\n"
        "WASHINGTON -- US Defense Secretary Mark Esper on Monday welcomed Japan's efforts to "
        "strengthen trilateral cooperation, the Pentagon said.\n\n"
        "GSOMIA is set to expire on Saturday, according to the Pentagon. (Yonhap)ArrowArtboardCreated with "
        "Sketch.Title ChevronTitle ChevronEye IconIcon FacebookIcon LinkedinIcon Mail\n",
        {"outlet": "Yonhap", "keep": ["GSOMIA is set to expire on Saturday, according to the Pentagon."],
         "drop": ["(Yonhap)", "Artboard", "Chevron"]},
    ),
    "agency_line_piped_credit_ad_blocker_and_meter": (
        "NATIONAL / POLITICS\nTokyo welcomes Seoul's U-turn on intelligence pact\nKYODO\nNov 23, 2019\n"
        "Japanese Prime Minister Shinzo Abe speaks to reporters in Tokyo on Saturday. | KYODO\n"
        "Prime Minister Shinzo Abe on Saturday welcomed South Korea's decision to continue the pact.\n"
        "The two countries remain at odds over wartime labor compensation.\n"
        "This could be due to a conflict with your ad blocking or security software.\n"
        "Please add example.co.jp and piano.io to your list of allowed sites.\n"
        "You've reached your limit of free articles. Subscribe now for unlimited access.\n",
        {"title": "Tokyo welcomes Seoul's U-turn on intelligence pact", "published": "2019-11-23",
         "outlet": "Kyodo",
         "keep": ["Abe on Saturday welcomed", "remain at odds over wartime labor compensation."],
         "drop": ["speaks to reporters", "ad blocking", "allowed sites", "limit of free articles"]},
    ),
    "key_points_list_before_the_dateline": (
        "Seoul, Tokyo hold first export talks in three years\nListen to this article\n\nKey points:\n"
        "- Seoul and Tokyo held their first export-control dialogue in three years on Monday.\n"
        "- The talks took place in Tokyo.\n\n"
        "TOKYO, Dec. 16 (Yonhap) -- South Korea and Japan held their first trade policy dialogue in "
        "three and a half years in Tokyo on Monday.\n\n"
        "The next round of talks will be held in Seoul, the ministry said.\n",
        {"title": "Seoul, Tokyo hold first export talks in three years", "outlet": "Yonhap",
         "dateline": Dateline("TOKYO", "Yonhap"),
         "keep": ["held their first export-control dialogue", "The talks took place in Tokyo.",
                  "TOKYO, Dec. 16 (Yonhap) --", "will be held in Seoul"],
         "drop": ["Listen to this article"]},
    ),
    "agency_in_the_date_stamp_and_a_closing_line": (
        "KYODO NEWS - Nov 22, 2019 - 21:20 | All, Japan, World\n"
        "S. Korea to keep intel pact with Japan, suspending termination\n"
        "South Korea said Friday it will conditionally suspend its decision to terminate a military "
        "intelligence-sharing pact with Japan, hours before the accord was set to expire.\n"
        "Japanese Prime Minister Shinzo Abe said Seoul made a strategic decision.\n==Kyodo\n",
        {"title": "S. Korea to keep intel pact with Japan, suspending termination", "published": "2019-11-22",
         "outlet": "Kyodo", "keep": ["will conditionally suspend", "made a strategic decision."],
         "drop": ["KYODO NEWS", "==Kyodo"]},
    ),
    "page_stamp_counted_back": (
        "Seoul keeps intelligence pact with Tokyo\nPublished: 2 hours ago\n"
        "South Korea said on Friday it would keep its military intelligence pact with Japan, officials said.\n"
        "The pact was due to expire at midnight.\n",
        {"published": None, "keep": ["would keep its military intelligence pact", "due to expire at midnight."],
         "drop": ["hours ago"]},
    ),
    "broadcast_transcript_with_a_hand_off": (
        "Seoul Suspends GSOMIA Termination\nWrite: 2019-11-22 19:05:11 Update: 2019-11-22 19:30:02\n"
        "Anchor: South Korea has decided to conditionally suspend the termination of its military "
        "intelligence-sharing pact with Japan. Our reporter Choi Jin-hoon has more.\n"
        "Report: Kim You-geun of the National Security Office announced the decision on Friday evening.\n",
        {"title": "Seoul Suspends GSOMIA Termination", "published": "2019-11-22",
         "keep": ["South Korea has decided to conditionally suspend", "announced the decision on Friday evening."],
         "drop": ["Anchor:", "Our reporter", "Choi Jin-hoon"]},
    ),
    "newsletter_prompt_and_numbered_top_stories": (
        "Korea to let GSOMIA expire, Cheong Wa Dae says\n"
        "South Korea will terminate its military intelligence-sharing pact with Japan, Cheong Wa Dae "
        "said Thursday.\n"
        "The agreement will expire on Nov. 23.\n"
        "Get the latest news delivered to your inbox\nEnter your email\n"
        "More articles by this reporter\nTop 10 Stories\n1. Korean actor dies at 42 in his home\n"
        "2. Band wins another award at a show\n",
        {"title": "Korea to let GSOMIA expire, Cheong Wa Dae says",
         "keep": ["will terminate its military intelligence-sharing pact", "will expire on Nov. 23."],
         "drop": ["delivered to your inbox", "Enter your email", "More articles", "Top 10", "actor", "award"]},
    ),
    "reader_prompts_between_the_paragraphs": (
        "Seoul suspends end of intelligence pact\nSupported by\n"
        "SEOUL -- South Korea decided on Friday to conditionally suspend its decision to end a military "
        "intelligence-sharing pact with Japan, hours before it was set to expire.\n"
        "Advertisement - Scroll to continue\nClick to enlarge\n"
        "The decision was announced by Kim You-geun of the presidential National Security Office.\n"
        "You have 2 free articles remaining this month.\nJoin our WhatsApp channel\n"
        "Japan agreed to resume talks on its export controls, the trade ministry in Tokyo said.\n"
        "Read the full article\nReport an error\nSend us your feedback\nAccept\nReuse this content\n"
        "Next article\nThis article was originally published on The Conversation.\n",
        {"title": "Seoul suspends end of intelligence pact",
         "keep": ["SEOUL -- South Korea decided on Friday", "announced by Kim You-geun",
                  "resume talks on its export controls"],
         "drop": ["Supported by", "Scroll to continue", "Click to enlarge", "free articles remaining",
                  "WhatsApp", "Read the full article", "Report an error", "feedback", "Accept", "Reuse this",
                  "Next article", "originally published"]},
    ),
    "furniture_of_wires_broadcasters_and_papers": (
        "Seoul keeps intelligence pact with Tokyo for now\n"
        "SEOUL -- South Korea said on Friday it would keep its military intelligence pact with Japan for now.\n"
        "Media caption Why are Japan and South Korea fighting?\n[Photo by Lee Chung-woo]\n"
        "Photo courtesy of the Ministry of National Defense\nWatch: Moon speaks on the pact\n"
        "With assistance from Washington, Seoul hopes to settle the trade dispute with Tokyo by the end of the year.\n"
        "Story continues\nFollow the Korea Herald on Twitter\nGet our free daily newsletter\n"
        "Enjoy our journalism? Support us\nDonate\nSubscribe to NK Pro\nWant to read more? Subscribe now\n"
        "Japan's trade ministry said the two sides would resume talks on export controls.\n"
        "— Reuters\n--With assistance from Jon Herskovitz.\n"
        "This story has been published from a wire agency feed without modifications to the text.\n"
        "Catch all the Politics News and Updates on Live Mint.\nWhy you can trust SCMP\n"
        "These are external links and will open in a new window\n"
        "The BBC is not responsible for the content of external sites.\n"
        "Read about our approach to external linking.\nDon't miss\nMoon, Abe to meet in Chengdu\n"
        "Copyrights ⓒ The Chosun Ilbo & Chosun.com\n"
        "This article is for subscribers only\nThe teaser of another story runs on here for paying readers.\n",
        {"title": "Seoul keeps intelligence pact with Tokyo for now",
         "keep": ["SEOUL -- South Korea said on Friday", "With assistance from Washington, Seoul hopes",
                  "resume talks on export controls."],
         "drop": ["Media caption", "Lee Chung-woo", "Photo courtesy", "Watch:", "Story continues", "on Twitter",
                  "newsletter", "Support us", "Donate", "NK Pro", "Want to read more", "— Reuters", "Herskovitz",
                  "wire agency feed", "Live Mint", "trust SCMP", "external", "Don't miss", "Chengdu", "Chosun",
                  "subscribers only", "paying readers"]},
    ),
    "byline_carrying_the_agency_and_the_date": (
        "S. Korea suspends end of intelligence pact with Japan\n"
        "By Kim Tong-hyung | AP | November 22, 2019\n"
        "SEOUL -- South Korea said Friday it would conditionally suspend its decision to end a military "
        "intelligence-sharing pact with Japan.\nThe pact had been due to expire at midnight.\n",
        {"title": "S. Korea suspends end of intelligence pact with Japan", "published": "2019-11-22",
         "outlet": "Associated Press", "byline": "Kim Tong-hyung",
         "keep": ["SEOUL -- South Korea said Friday", "due to expire at midnight."], "drop": ["By Kim"]},
    ),
    "writer_credited_without_by": (
        "Seoul keeps intelligence pact with Tokyo\nKim Tong-hyung, The Associated Press\n"
        "Published Friday, November 22, 2019 6:11AM EST\n"
        "South Korea said Friday it would keep its military intelligence pact with Japan for now.\n"
        "The pact had been due to expire at midnight.\n",
        {"title": "Seoul keeps intelligence pact with Tokyo", "published": "2019-11-22", "outlet": "Associated Press",
         "keep": ["would keep its military intelligence pact", "due to expire at midnight."],
         "drop": ["Kim Tong-hyung"]},
    ),
    "outlet_as_byline_and_writer_filing_from_a_city": (
        "Tokyo welcomes Seoul's decision\nBy The Japan Times\nNov 23, 2019\nBy Justin McCurry in Tokyo\n"
        "Japan welcomed South Korea's decision on Friday to keep the intelligence pact for now.\n"
        "The two countries will resume talks on export controls.\n",
        {"title": "Tokyo welcomes Seoul's decision", "published": "2019-11-23", "outlet": "The Japan Times",
         "byline": "Justin McCurry", "keep": ["Japan welcomed", "resume talks"], "drop": ["By The", "McCurry"]},
    ),
    "sponsored_label_in_an_ad_slot_and_two_writers": (
        "South Korea suspends decision to end intelligence pact with Japan\nShare on Facebook\n"
        "November 22, 2019 / 10:45 PM / Updated 4 years ago\nBy Hyonhee Shin, Joyce Lee\n"
        "SEOUL (Reuters) - South Korea said on Friday it would conditionally suspend its decision to end "
        "an intelligence-sharing pact with Japan, hours before it was due to expire.\n"
        "Sponsored Content\n"
        "The decision came after Washington stepped up pressure on Seoul to keep the pact alive.\n"
        "Japan's trade ministry said the two countries would resume talks on export controls.\n"
        "Sponsored Content\nThe 10 best beaches in Thailand for a winter getaway this year.\n"
        "Luxury villas in Bali now open for booking at a special rate.\n",
        {"title": "South Korea suspends decision to end intelligence pact with Japan", "published": "2019-11-22",
         "outlet": "Reuters", "byline": "Hyonhee Shin and Joyce Lee",
         "keep": ["SEOUL (Reuters) - South Korea said", "stepped up pressure on Seoul", "resume talks on export"],
         "drop": ["Sponsored", "Share on", "Joyce Lee", "beaches", "Bali"]},
    ),
    "radio_report_signed_off_and_host_as_copyright_holder": (
        "Moon says Japan must withdraw export curbs first\nPosted : 2019-11-19 21:10\n"
        "Anchor: President Moon Jae-in said Tuesday that Japan should withdraw its export restrictions first.\n"
        "Kim Bum-soo has more.\nReport: Moon said the pact would end unless Tokyo changed course.\n"
        "Kim Bum-soo, KBS World Radio News.\nCopyright © koreatimes.co.kr. All rights reserved.\n",
        {"title": "Moon says Japan must withdraw export curbs first", "published": "2019-11-19",
         "outlet": "The Korea Times", "keep": ["President Moon Jae-in said Tuesday", "unless Tokyo changed course."],
         "drop": ["Kim Bum-soo", "KBS", "Copyright"]},
    ),
    "screen_reader_list_labels_closing_rule_and_handles": (
        "South Korea decides to end intelligence-sharing pact with Japan\n22 Aug 2019\n"
        "South Korea has decided to end an intelligence-sharing agreement with Japan, as a dispute over "
        "trade and wartime history between the two US allies escalates.\n"
        "Keep reading\nlist of 2 items\nlist 1 of 2\nJapan, South Korea leaders meet amid dispute\n"
        "list 2 of 2\nUS urges calm between allies\nend of list\n"
        "The 2016 agreement lets the two countries share military secrets about North Korea.\n"
        "___\nAuthor: The Sankei Shimbun\nFind other editorials from The Sankei Shimbun here.\n"
        "Twitter: @kimgamel\n@kimgamel\n",
        {"title": "South Korea decides to end intelligence-sharing pact with Japan", "published": "2019-08-22",
         "keep": ["has decided to end", "The 2016 agreement lets"],
         "drop": ["Keep reading", "list", "leaders meet", "urges calm", "___", "Sankei", "@kimgamel"]},
    ),
    "wire_closings_and_an_outlet_signed_with_a_contact": (
        "Seoul's GSOMIA U-turn: what happened\nBy Choi Si-young\nPublished : Nov 24, 2019 - 16:11\n"
        "South Korea's last-minute decision to keep its military intelligence pact with Japan has raised "
        "more questions than it answered.\nThe two sides will hold working-level trade talks in the coming weeks.\n"
        "burs-kaf/qan\nEnditem\nKorea Herald (siyoungchoi@heraldcorp.com)\n",
        {"title": "Seoul's GSOMIA U-turn: what happened", "published": "2019-11-24", "outlet": "The Korea Herald",
         "byline": "Choi Si-young", "keep": ["last-minute decision", "in the coming weeks."],
         "drop": ["burs", "Enditem", "Korea Herald"]},
    ),
    "caption_in_the_present_beside_a_lone_photo_credit": (
        "Gov't Rejects Calls to Renew Intelligence Pact with Japan\nAugust 23, 2019 08:50\n"
        "Cheong Wa Dae on Thursday decided to scrap a military intelligence-sharing pact with Japan in "
        "retaliation for Tokyo's trade restrictions.\n"
        "Kim You-geun of the National Security Office told reporters the pact no longer served the national interest.\n"
        "[Photo: Yonhap]\n"
        "Kim You-geun of the National Security Office announces the decision at Cheong Wa Dae on Thursday.\n"
        "The U.S. had repeatedly asked Seoul to keep the pact.\n"
        "(Yonhap)\nIn Seoul, Milley is scheduled to meet South Korea's JCS chairman on Thursday.\n",
        {"title": "Gov't Rejects Calls to Renew Intelligence Pact with Japan", "published": "2019-08-23",
         "keep": ["told reporters the pact", "The U.S. had repeatedly asked", "Milley is scheduled"],
         "drop": ["[Photo", "announces the decision"]},
    ),
    "site_named_after_the_headline_and_a_lower_case_byline": (
        "South Korea to let military pact with Japan expire | The Japan Times\nSkip to main content\n"
        "ASIA PACIFIC / POLITICS & DIPLOMACY\nSouth Korea to let military pact with Japan expire\n"
        "by Reiji Yoshida\nStaff Writer\nAug 22, 2019\nArticle history\n"
        "South Korea said Thursday it will scrap a bilateral military intelligence-sharing pact with Japan, "
        "a move that would further strain relations.\nThe agreement will expire in November.\n"
        "Nikkei staff writers\n",
        {"title": "South Korea to let military pact with Japan expire", "published": "2019-08-22",
         "outlet": "The Japan Times", "byline": "Reiji Yoshida",
         "keep": ["South Korea said Thursday", "will expire in November."],
         "drop": ["Article history", "Yoshida", "staff writers"]},
    ),
    "headline_and_lead_opening_with_a_place_and_a_colon": (
        "Seoul: Tokyo must drop export curbs first\nPosted : 2019-11-19 21:10\n"
        "Tokyo: Japan and South Korea will resume talks on export controls, officials said on Tuesday.\n"
        "The talks will be held next month.\n",
        {"title": "Seoul: Tokyo must drop export curbs first", "published": "2019-11-19",
         "dateline": Dateline(place="Tokyo", agency=None),
         "keep": ["Tokyo: Japan and South Korea will resume", "held next month."], "drop": ["must drop"]},
    ),
    "labelled_headline_of_another_story_inside_the_body": (
        "Analysis: Seoul gambles on GSOMIA\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Opinion: Why the pact matters\n"
        "The decision followed weeks of pressure from the United States.\n",
        {"title": "Analysis: Seoul gambles on GSOMIA", "published": "2019-11-22",
         "keep": ["easing tension.", "weeks of pressure"], "drop": ["Why the pact matters"]},
    ),
    "caption_after_its_label_credits_notes_and_footer_links": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Image copyright\nReuters\nImage caption\nMoon Jae-in has faced pressure from Washington\n"
        "Ed Jones/AFP/Getty Images\nPlay video\nShow more\nWe're sorry, this feature is currently unavailable.\n"
        "The decision followed weeks of pressure from the United States.\n"
        "Your support helps us tell the story\nEditor's note: This story has been updated.\n"
        "Correction: An earlier version of this story misstated the date.\nTerms of Use | Privacy Policy\n",
        {"title": "Seoul keeps pact", "published": "2019-11-22", "outlet": None,
         "keep": ["easing tension.", "weeks of pressure"],
         "drop": ["Image", "faced pressure", "Ed Jones", "Play video", "Show more", "unavailable", "support helps",
                  "Editor", "Correction", "Privacy"]},
    ),
    "notes_credits_and_comment_box_after_the_story": (
        "Japan drops South Korea from trusted trade list\nAug 28, 2019\n"
        "Japan on Wednesday formally removed South Korea from its list of trusted trading partners.\n"
        "This story has been corrected to show that the agreement was signed in 2016, not 2015.\n"
        "Under the new rules, Japanese exporters will need case-by-case approval.\n"
        "Nippon Steel & Sumitomo Metal Corp., now known as Nippon Steel Corp., is one of the companies ordered to pay.\n"
        "NHK correspondent Kenji Kido reported from Seoul that the mood at the presidential office had softened.\n"
        "This report was compiled by the Defense Ministry and sent to lawmakers on Thursday, officials said.\n"
        "An earlier version of this story misstated the number of products.\n"
        "Associated Press writer Kim Tong-hyung reported from Seoul, South Korea.\nClick to copy\n"
        "— This story was compiled by Yomiuri Shimbun staff writers Taro Yamada and Hanako Sato.\n"
        "Reporter : Kim Hyun-bin   Editor : Park Chang-min\n"
        "— This Q&A was compiled by Yomiuri Shimbun staff writers Takashi Nakano and Yuta Ozawa.\n"
        "Disclaimer: Comments do not represent the views of Philstar.com.\nStart a Conversation\nPost comment\n"
        "Nikkei Asian Review, now known as Nikkei Asia, is the voice of the Asian Century.\n",
        {"title": "Japan drops South Korea from trusted trade list", "published": "2019-08-28",
         "keep": ["trusted trading partners.", "case-by-case approval.", "now known as Nippon Steel Corp.",
                  "reported from Seoul that the mood", "This report was compiled by the Defense Ministry"],
         "drop": ["corrected", "earlier version", "Kim Hyun-bin", "Park Chang-min", "Q&A was compiled", "Disclaimer",
                  "Conversation", "Post comment", "Kim Tong-hyung", "Click to copy", "Asian Century",
                  "Taro Yamada"]},
    ),
    "writer_credited_with_an_agency_in_a_radio_sign_off_shape": (
        "Seoul keeps intelligence pact with Tokyo\nSakura Murakami, Kyodo News\nNov. 22, 2019\n"
        "South Korea said Friday it would keep its military intelligence pact with Japan for now.\n"
        "The pact had been due to expire at midnight.\n",
        {"title": "Seoul keeps intelligence pact with Tokyo", "published": "2019-11-22", "outlet": "Kyodo",
         "keep": ["would keep its military intelligence pact", "due to expire at midnight."],
         "drop": ["Murakami"]},
    ),
    "writer_note_after_a_column": (
        "Why GSOMIA is worth saving\nPosted : 2019-11-18 17:00\nBY CHOI KANG\n"
        "Japan and South Korea are heading toward a needless rupture over the intelligence pact.\n"
        "The United States has made its view clear. Seoul should listen.\n"
        "Choi Kang is vice president of the Asan Institute for Policy Studies.\n",
        {"title": "Why GSOMIA is worth saving", "published": "2019-11-18", "byline": "Choi Kang",
         "keep": ["needless rupture", "Seoul should listen."], "drop": ["vice president"]},
    ),
    "writer_note_under_the_byline": (
        "Opinion | Why Japan and South Korea need each other\nNov. 25, 2019 at 5:00 a.m. EST\nBy Sue Mi Terry\n"
        "Sue Mi Terry is a senior fellow at the Center for Strategic and International Studies.\n"
        "Last Friday, South Korea pulled back from the brink.\n"
        "That is good news. But the relief may be short-lived.\n",
        {"title": "Why Japan and South Korea need each other", "byline": "Sue Mi Terry",
         "keep": ["pulled back from the brink.", "short-lived."], "drop": ["senior fellow"]},
    ),
    "a_last_paragraph_about_someone_not_the_writer_stays": (
        "Why GSOMIA is worth saving\nPosted : 2019-11-18 17:00\nBy Choi Kang\n"
        "Japan and South Korea are heading toward a needless rupture over the intelligence pact.\n"
        "Han Min-koo is a former defense minister who backed the pact in 2016.\n",
        {"title": "Why GSOMIA is worth saving", "byline": "Choi Kang",
         "keep": ["needless rupture", "Han Min-koo is a former defense minister"], "drop": []},
    ),
    "comments_button_in_a_toolbar_then_the_comment_section": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Share\nComments (0)\nPrint\n"
        "The decision followed weeks of pressure from the United States.\n"
        "Comments\nJohn: Korea should never trust Japan after what happened in the war.\n",
        {"title": "Seoul keeps pact", "published": "2019-11-22",
         "keep": ["easing tension.", "weeks of pressure"], "drop": ["Comments", "never trust"]},
    ),
    "writer_address_at_a_known_site": (
        "Moon, Abe agree to improve ties\nBy Park Han-na\nPublished : Dec 24, 2019 - 17:30\n"
        "CHENGDU, China -- President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed Tuesday to "
        "resolve pending issues through dialogue.\nThe two leaders did not discuss GSOMIA in detail.\n"
        "(hnpark@heraldcorp.com)\n",
        {"title": "Moon, Abe agree to improve ties", "published": "2019-12-24", "outlet": "The Korea Herald",
         "byline": "Park Han-na", "keep": ["agreed Tuesday", "in detail."], "drop": ["hnpark"]},
    ),
    "empty_caption_label_before_the_story": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Image caption\n"
        "\"We decided to suspend the notice,\" Kim said, adding that Japan agreed to hold talks.\n"
        "The decision followed weeks of pressure from the United States.\n",
        {"title": "Seoul keeps pact", "keep": ["easing tension.", "We decided to suspend", "weeks of pressure"],
         "drop": ["Image caption"]},
    ),
    "writer_filed_from_a_city_and_a_caption_credited_to_a_photographer": (
        "South Korea to scrap intelligence-sharing pact with Japan\n"
        "Move by Seoul comes amid bitter trade dispute stemming from wartime history\n"
        "Justin McCurry in Tokyo\nThu 22 Aug 2019 14.05 BST\nShare on Facebook\n"
        "South Korean protesters rally against Japan in Seoul. Photograph: Jung Yeon-je/AFP/Getty Images\n"
        "South Korea has said it will scrap a military intelligence-sharing pact with Japan, in a move that "
        "will deepen a bitter trade dispute between the two US allies.\n"
        "The agreement, signed in 2016, allowed the two countries to share information about North Korea.\n",
        {"title": "South Korea to scrap intelligence-sharing pact with Japan", "published": "2019-08-22",
         "byline": "Justin McCurry", "keep": ["will deepen", "signed in 2016"],
         "drop": ["McCurry", "protesters rally", "Photograph"]},
    ),
    "a_headline_shaped_like_a_writer_in_a_city_stays_the_title": (
        "Talks Resume in Seoul\nJustin McCurry in Tokyo\n"
        "South Korea has said it will scrap a military intelligence-sharing pact with Japan, in a move that "
        "will deepen a bitter trade dispute.\nThe agreement was signed in 2016.\n",
        {"title": "Talks Resume in Seoul", "byline": "Justin McCurry", "keep": ["will deepen", "in 2016."],
         "drop": ["McCurry"]},
    ),
    "subject_lists_permalink_desk_initials_with_agencies_and_recommendations": (
        "South Korea scraps military intelligence pact with Japan\nDate 22.08.2019\n"
        "South Korea announced on Thursday that it would terminate a military intelligence-sharing deal with "
        "Japan, a decision likely to further inflame relations.\n"
        "Related Subjects South Korea, Japan\nKeywords South Korea, Japan, GSOMIA, trade war\n"
        "Send Facebook Twitter reddit Xing Newsvine Digg\nFeedback\nPermalink https://p.dw.com/p/3OI8L\n"
        "Japanese Foreign Minister Taro Kono summoned South Korea's ambassador to protest the decision.\n"
        "kp/rt (Reuters, AFP)\nDW RECOMMENDS\nJapan, South Korea trade dispute escalates\n",
        {"title": "South Korea scraps military intelligence pact with Japan", "published": "2019-08-22",
         "keep": ["further inflame relations.", "summoned"],
         "drop": ["Subjects", "Keywords", "Xing", "Feedback", "Permalink", "kp/rt", "RECOMMENDS",
                  "dispute escalates"]},
    ),
    "wires_in_the_dateline_and_the_outlet_named_by_its_app": (
        "South Korea to end intelligence-sharing pact with Japan amid trade row\n"
        "Published Aug 22, 2019, 7:31 pm SGT\n"
        "SEOUL (REUTERS, AFP) - South Korea said on Thursday (Aug 22) it will scrap an intelligence-sharing "
        "pact with Japan, a move likely to escalate a dispute over history and trade.\n"
        "The United States has been pushing its two allies to cooperate.\nGet The Straits Times app\n",
        {"published": "2019-08-22", "outlet": "The Straits Times",
         "dateline": Dateline(place="SEOUL", agency="Reuters, AFP"),
         "keep": ["will scrap", "to cooperate."], "drop": ["Straits Times app"]},
    ),
    "a_broadcaster_glued_after_its_dateline_and_a_stamp_with_its_time_first": (
        "South Korea suspends decision to end intelligence pact with Japan\n"
        "By Paula Hancocks and Yoko Wakatsuki, CNN\nUpdated 0514 GMT (1314 HKT) November 22, 2019\n"
        "Seoul, South Korea (CNN)South Korea has suspended its decision to end an intelligence-sharing pact "
        "with Japan, just hours before it was set to expire.\n"
        "Related Article: Why Japan and South Korea are at each other's throats\n"
        "US Defense Secretary Mark Esper had urged Seoul to keep the pact during a visit last week.\n",
        {"published": "2019-11-22", "outlet": "CNN", "byline": "Paula Hancocks and Yoko Wakatsuki",
         "dateline": Dateline(place="Seoul, South Korea", agency="CNN"),
         "keep": ["set to expire.", "visit last week."], "drop": ["0514 GMT", "throats"]},
    ),
    "share_bar_with_post_a_market_widget_and_a_terminal_promotion": (
        "South Korea Backs Away From Ending Military Pact With Japan\nBy Jihye Lee and Isabel Reynolds\n"
        "November 22, 2019, 7:08 PM GMT+9\nShare\nTweet\nPost\nEmail\n"
        "South Korea backed away from a plan to scrap a military intelligence-sharing pact with Japan, hours "
        "before it was set to expire.\nPost\n52,400.00 KRW\n+1.25%\n"
        "Japan's trade ministry said the two countries would hold talks.\n"
        "Have a confidential tip for our reporters? Get in touch\n"
        "Before it's here, it's on the Bloomberg Terminal.\nLEARN MORE\n",
        {"published": "2019-11-22", "outlet": "Bloomberg", "keep": ["backed away", "would hold talks."],
         "drop": ["Post", "KRW", "1.25", "confidential tip", "Terminal", "LEARN"]},
    ),
    "a_reporter_credited_with_a_colon_and_a_broadcaster_signing_off": (
        "Reporter : Kim Min-ji\nUpdated: 2019-11-22 18:12:42 KST\n"
        "Seoul conditionally suspends GSOMIA termination\n"
        "South Korea has decided to put off ending its military intelligence-sharing pact with Japan, just "
        "hours before it was due to expire.\nJapan also agreed to hold talks on its export curbs, Kim added.\n"
        "Kim Min-ji, Arirang News.\n",
        {"title": "Seoul conditionally suspends GSOMIA termination", "published": "2019-11-22",
         "byline": "Kim Min-ji", "outlet": "Arirang", "keep": ["put off ending", "Kim added."],
         "drop": ["Reporter", "Arirang"]},
    ),
    "the_note_on_the_writer_names_the_outlet": (
        "Why South Korea Backed Down on GSOMIA\nBy Mitch Shin\nNovember 25, 2019\n"
        "South Korea's decision to suspend the termination of GSOMIA came after weeks of pressure from "
        "Washington.\nIt did not. Japan insisted that the talks would not change its policy.\n"
        "Mitch Shin is the Korea correspondent for The Diplomat.\n",
        {"title": "Why South Korea Backed Down on GSOMIA", "byline": "Mitch Shin", "outlet": "The Diplomat",
         "keep": ["weeks of pressure", "change its policy."], "drop": ["correspondent"]},
    ),
    "a_known_outlet_in_capitals_is_its_masthead_not_the_headline": (
        "THE ASAHI SHIMBUN\nNovember 23, 2019 at 07:20 JST\n"
        "SEOUL--South Korea on Nov. 22 backed off from its decision to scrap a military intelligence-sharing "
        "pact with Japan just hours before it was set to expire.\n"
        "The reversal came after Japan agreed to resume talks on export controls.\n",
        {"title": "South Korea on Nov. 22 backed off from its decision to scrap a military "
                  "intelligence-sharing pact…",
         "published": "2019-11-23", "outlet": "The Asahi Shimbun", "keep": ["backed off", "export controls."],
         "drop": ["ASAHI"]},
    ),
    "a_masthead_by_the_outlet_s_long_name": (
        "Channel NewsAsia\nSouth Korea says it will stay in intelligence pact with Japan\n"
        "SEOUL: South Korea said on Friday (Nov 22) it had decided to conditionally suspend the expiry of an "
        "intelligence-sharing pact with Japan, hours before the deal was set to lapse.\n"
        "The decision came after intense pressure from the United States.\nSource: CNA/aa\n",
        {"title": "South Korea says it will stay in intelligence pact with Japan", "outlet": "CNA",
         "keep": ["set to lapse.", "United States."], "drop": ["Channel NewsAsia", "Source"]},
    ),
    "a_stamp_naming_its_source_a_print_headline_and_a_speech_button": (
        "Tokyo, Seoul agree to hold export control talks as GSOMIA saved\n"
        "Source: Global Times Published: 2019/11/22 21:43:40\n"
        "South Korea on Friday decided to conditionally suspend the termination of its military "
        "intelligence-sharing pact with Japan.\nSpeech\n"
        "Chinese analysts said the decision showed the influence of Washington over its allies.\n"
        "Newspaper headline: Seoul saves intel pact at last minute\n",
        {"published": "2019-11-22", "outlet": "Global Times", "keep": ["conditionally suspend", "over its allies."],
         "drop": ["Speech", "Newspaper", "last minute"]},
    ),
    "a_byline_dated_with_a_two_digit_year_tags_in_capitals_and_the_outlet_address": (
        "Senators urge South Korea to stay in intelligence pact with Japan\n"
        "By Rebecca Kheel - 11/20/19 04:35 PM EST\n"
        "A bipartisan group of senators on Wednesday urged South Korea to reverse its decision to withdraw "
        "from an intelligence-sharing agreement with Japan.\n"
        "TAGS South Korea Japan Jim Risch Bob Menendez\n"
        "The agreement is set to expire on Saturday.\n"
        "THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX\n",
        {"published": "2019-11-20", "byline": "Rebecca Kheel", "keep": ["bipartisan group", "on Saturday."],
         "drop": ["Kheel", "TAGS", "K STREET"]},
    ),
    "about_the_writer_heading_and_note_name_the_outlet": (
        "Esper: Pentagon will keep pushing Seoul, Tokyo on intel pact\nBy: Aaron Mehta\nNovember 15, 2019\n"
        "SEOUL — U.S. Defense Secretary Mark Esper said Friday that he would continue to press South Korea "
        "to stay in a military intelligence-sharing pact with Japan.\n"
        "Jeong said Seoul's decision was a result of Japan's export restrictions.\n"
        "About Aaron Mehta\n"
        "Aaron Mehta is deputy editor and senior Pentagon correspondent for Defense News, covering policy, "
        "strategy and acquisition.\n",
        {"byline": "Aaron Mehta", "outlet": "Defense News", "published": "2019-11-15",
         "keep": ["continue to press", "export restrictions."], "drop": ["About Aaron", "deputy editor"]},
    ),
    "the_outlet_before_the_byline_and_a_copyright_notice_with_its_year": (
        "Seoul keeps intelligence pact with Tokyo in last-minute reversal\n22 Nov 2019\n"
        "The Associated Press | By Kim Tong-hyung and Mari Yamaguchi\n"
        "SEOUL, South Korea — South Korea said Friday it will continue a military intelligence-sharing "
        "agreement with Japan that it had earlier decided to terminate.\n"
        "Japanese Prime Minister Shinzo Abe said that Tokyo had not made any concessions.\n"
        "© Copyright 2019 Associated Press. All rights reserved.\n",
        {"title": "Seoul keeps intelligence pact with Tokyo in last-minute reversal", "published": "2019-11-22",
         "byline": "Kim Tong-hyung and Mari Yamaguchi", "outlet": "Associated Press",
         "keep": ["will continue", "any concessions."], "drop": ["Yamaguchi", "Copyright"]},
    ),
    "the_site_name_above_the_headline_as_its_copyright_line_names_it": (
        "Pulse by Maeil Business News Korea\n"
        "Korea suspends GSOMIA termination, Japan agrees to trade talks\n2019.11.22 19:20:41\n"
        "South Korea on Friday conditionally suspended the termination of its military intelligence-sharing "
        "pact with Japan.\nShares of chipmakers rose on the news.\nBy Lee Eun-joo and Choi Mira\n"
        "[ⓒ Pulse by Maeil Business News Korea & mk.co.kr, All rights reserved]\n",
        {"title": "Korea suspends GSOMIA termination, Japan agrees to trade talks", "published": "2019-11-22",
         "outlet": "Pulse by Maeil Business News Korea", "keep": ["conditionally suspended", "on the news."],
         "drop": ["Pulse", "Lee Eun-joo"]},
    ),
    "top_picks_of_the_site_after_the_story": (
        "South Korea to keep military pact with Japan in last-minute reversal\n"
        "Published: 7:45pm, 22 Nov, 2019\n"
        "South Korea said on Friday it would conditionally suspend the expiry of a military "
        "intelligence-sharing pact with Japan.\nThe pact had been due to expire at midnight on Saturday.\n"
        "TOP PICKS FROM SCMP\nJapan's Abe wins record term\n",
        {"published": "2019-11-22", "keep": ["conditionally suspend", "on Saturday."],
         "drop": ["TOP PICKS", "record term"]},
    ),
    "a_page_flattened_into_one_line_with_labels_byline_stamp_and_related_list": (
        "Home News World Seoul extends GSOMIA at the last minute By Kim Min-ji Nov 22, 2019 "
        "SEOUL, Nov. 22 (Yonhap) -- South Korea decided on Friday to conditionally suspend the expiry of its "
        "military intelligence-sharing pact with Japan. The decision came hours before the deadline. "
        "Related Articles Moon meets Abe\n",
        {"title": "Seoul extends GSOMIA at the last minute", "published": "2019-11-22", "byline": "Kim Min-ji",
         "outlet": "Yonhap", "dateline": Dateline(place="SEOUL", agency="Yonhap"),
         "keep": ["SEOUL, Nov. 22 (Yonhap) -- South Korea decided", "before the deadline."],
         "drop": ["Home", "World", "By Kim", "Related", "Moon meets Abe"]},
    ),
    "a_flattened_page_with_its_end_mark_the_reporter_s_address_and_the_copyright": (
        "Home News S. Korea, Japan hold export talks By Kang Yoon-seung Dec 16, 2019 TOKYO, Dec. 16 (Yonhap) -- "
        "South Korea and Japan held their first talks on export controls in more than three years on Monday. "
        "The two sides agreed to meet again in Seoul. colin@yna.co.kr (END) Keywords #export controls "
        "(C) Yonhap News Agency. All Rights Reserved\n",
        {"title": "S. Korea, Japan hold export talks", "published": "2019-12-16", "outlet": "Yonhap",
         "keep": ["TOKYO, Dec. 16 (Yonhap) -- South Korea and Japan held", "agreed to meet again in Seoul."],
         "drop": ["colin@", "(END)", "Keywords", "All Rights Reserved"]},
    ),
    "a_flattened_page_with_the_stamp_over_the_headline_and_a_word_in_capitals_ending_it": (
        "Yonhap News Agency 연합뉴스 Home National North Korea Politics Economy Market Industry Sci/Tech Culture Sports "
        "Photos Videos Opinion Search All News 10:58 October 02, 2019 (3rd LEAD) N. Korea fires what appears to be "
        "SLBM into East Sea: JCS SEOUL, Oct. 2 (Yonhap) -- North Korea fired what appeared to be a submarine-launched "
        "ballistic missile into the East Sea on Wednesday, South Korea's military said. (END)\n",
        {"title": "N. Korea fires what appears to be SLBM into East Sea: JCS", "published": "2019-10-02",
         "outlet": "Yonhap", "dateline": Dateline(place="SEOUL", agency="Yonhap"),
         "keep": ["SEOUL, Oct. 2 (Yonhap) -- North Korea fired", "military said."],
         "drop": ["Sci/Tech", "10:58 October 02, 2019", "(END)"]},
    ),
    "a_flattened_page_with_a_place_of_two_words_in_its_dateline": (
        "All News 10:58 October 02, 2019 UN Security Council to meet on N. Korean launch NEW YORK, Oct. 2 (Yonhap) -- "
        "The U.N. Security Council will hold a closed-door meeting on North Korea's latest missile launch later this "
        "week, diplomats said Wednesday. (END)\n",
        {"dateline": Dateline(place="NEW YORK", agency="Yonhap"), "keep": ["NEW YORK, Oct. 2 (Yonhap) -- The U.N."]},
    ),
    "a_language_switch_and_text_size_buttons_over_the_headline": (
        "Yonhap News Agency\nHome > National > Defense\nKOREAN  ENGLISH  CHINESE  JAPANESE\n\n"
        "(LEAD) U.S. military chief voices hope for resolution of intel-sharing pact\n\n"
        "All News 17:12 November 12, 2019\n\nFacebook Twitter Kakao Story Mail Print Font size\n\n"
        "SEOUL, Nov. 12 (Yonhap) -- U.S. Joint Chiefs of Staff Chairman Gen. Mark Milley expressed hope Tuesday "
        "of finding a way for South Korea and Japan to renew their pact.\n\n"
        "Print  Email  Facebook  Twitter  Font Size Up  Font Size Down\n\nMilley is scheduled to arrive in Seoul on "
        "Wednesday.\n",
        {"title": "U.S. military chief voices hope for resolution of intel-sharing pact", "published": "2019-11-12",
         "dateline": Dateline("SEOUL", "Yonhap"), "keep": ["SEOUL, Nov. 12 (Yonhap)", "arrive in Seoul"],
         "drop": ["KOREAN", "Kakao", "Font"]},
    ),
    "a_menu_of_sections_set_apart_by_runs_of_spaces_over_the_headline": (
        "Military.com\nNews   Benefits   Veteran Jobs   Spouse & Family\n"
        "Pentagon 'Strongly Disappointed' in South Korea's Decision to Quit Intel Pact\n28 Aug 2019\n"
        "Military.com | By Richard Sisk\n"
        "The Pentagon's top policy official for Asia on Wednesday publicly rebuked South Korea for pulling out of "
        "an intelligence-sharing agreement with Japan.\n\n"
        "Schriver said the United States had made its concerns clear to Seoul before the Aug. 22 announcement.\n",
        {"title": "Pentagon 'Strongly Disappointed' in South Korea's Decision to Quit Intel Pact",
         "keep": ["The Pentagon's top policy official", "before the Aug. 22 announcement."],
         "drop": ["Veteran Jobs"]},
    ),
    "a_headline_in_title_case_opening_with_a_question": (
        "Defense One\nThreats | Policy | Business | Ideas | Podcast\n"
        "Can Washington Save the Japan-Korea Intel Deal? Experts Doubt It\n"
        "With a week to go, U.S. officials are running out of leverage.\nBy Katie Bo Williams\nNovember 15, 2019\n"
        "The Trump administration has sent a parade of senior officials to Seoul and Tokyo this fall to rescue an "
        "obscure-sounding intelligence pact.\n\n"
        "Cha said the U.S. should have mediated when Japan first imposed export restrictions in July.\n",
        {"title": "Can Washington Save the Japan-Korea Intel Deal? Experts Doubt It", "published": "2019-11-15",
         "keep": ["The Trump administration has sent", "export restrictions in July."],
         "drop": ["Can Washington Save"]},
    ),
    "a_fact_check_s_question_and_its_verdict_are_its_headline": (
        "The Asahi Shimbun\nASIA & JAPAN WATCH\nHOME > Politics\n"
        "FACT CHECK: Did Seoul withdraw its WTO case as part of the GSOMIA deal? Inaccurate\n"
        "June 4, 2020 at 18:20 JST\n"
        "After South Korea said on June 2 that it would restart its World Trade Organization dispute against Japan's "
        "export controls, posts on Japanese social media accused Seoul of breaking a promise.\n\n"
        "South Korea did not withdraw the case. It suspended the procedure in November 2019.\n",
        {"title": "FACT CHECK: Did Seoul withdraw its WTO case as part of the GSOMIA deal? Inaccurate",
         "published": "2020-06-04", "keep": ["After South Korea said on June 2", "in November 2019."],
         "drop": ["ASIA & JAPAN WATCH"]},
    ),
    "a_fact_check_s_verdict_closed_by_a_full_stop_after_its_question": (
        "The Korea Herald\nNational  Politics  Defense\n\n[Fact Check] Did Seoul ‘extend’ GSOMIA? Not quite.\n"
        "By Korea Herald\nPublished : Nov. 25, 2019 - 16:42\n"
        "Since Friday evening, headlines at home and abroad have told readers that South Korea extended its "
        "military intelligence-sharing pact with Japan.\n\nThe claim is mostly false.\n",
        {"title": "Did Seoul ‘extend’ GSOMIA? Not quite.", "published": "2019-11-25",
         "keep": ["Since Friday evening", "mostly false."], "drop": ["By Korea Herald"]},
    ),
    "a_site_footer_of_even_lines_is_no_wrapped_paragraph": (
        "Japan tightens exports of chip materials to South Korea\n\n"
        "TOKYO (Reuters) - Japan said on Monday it would tighten curbs on exports of materials to South Korea.\n\n"
        "The move follows a row over wartime labor.\n\n"
        "Apps Newsletters Advertise with Us Advertising Guidelines Cookies Terms of Use Privacy\n"
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.\n"
        "© 2019 Reuters. All Rights Reserved.\n",
        {"title": "Japan tightens exports of chip materials to South Korea",
         "keep": ["TOKYO (Reuters) - Japan said on Monday", "a row over wartime labor."],
         "drop": ["Newsletters", "All quotes delayed", "All Rights Reserved"]},
    ),
    "a_header_showing_the_day_the_page_was_saved_over_the_posted_stamp": (
        "Sat, December 7, 2019 | 14:52\nThe Korea Times\nPolitics > Defense\n"
        "Seoul scraps GSOMIA amid deepening row with Tokyo\nPosted : 2019-08-22 19:06\nUpdated : 2019-08-23 10:11\n"
        "South Korea said Thursday it will terminate its military intelligence-sharing pact with Japan.\n\n"
        "The decision was announced after a meeting of the National Security Council.\n",
        {"title": "Seoul scraps GSOMIA amid deepening row with Tokyo", "published": "2019-08-22",
         "keep": ["South Korea said Thursday", "National Security Council."], "drop": ["14:52", "Posted"]},
    ),
    "a_section_path_with_small_words_over_the_headline": (
        "South China Morning Post\nSearch\nThis Week in Asia / Politics\n"
        "South Korea pulls back from brink, keeps Gsomia military intelligence pact with Japan alive\n"
        "Seoul decides to suspend expiry of the agreement hours before it was due to lapse at midnight\n"
        "Park Min-jun\nPublished: 7:45pm, 22 Nov, 2019\n"
        "South Korea on Friday pulled back from ending a military intelligence-sharing pact with Japan.\n\n"
        "Seoul said it would suspend its decision to terminate the agreement.\n",
        {"title": "South Korea pulls back from brink, keeps Gsomia military intelligence pact with Japan alive",
         "published": "2019-11-22", "keep": ["South Korea on Friday pulled back", "terminate the agreement."],
         "drop": ["This Week in Asia"]},
    ),
    "a_caption_credited_to_the_agency_and_its_photographer_after_a_slash": (
        "S. Korea ends military intel-sharing pact with Japan\nAgence France-Presse\n"
        "South Korean protesters hold placards during a rally in Seoul on August 15, 2019. AFP/Jung Yeon-je\n"
        "SEOUL, South Korea — South Korea said Thursday it will scrap a military intelligence-sharing pact with "
        "Japan.\n\nSeoul's presidential office said the agreement would not be renewed.\n",
        {"title": "S. Korea ends military intel-sharing pact with Japan", "dateline": Dateline("SEOUL, South Korea", None),
         "keep": ["SEOUL, South Korea — South Korea said Thursday", "would not be renewed."],
         "drop": ["protesters hold placards"]},
    ),
    "newsis_photo_caption_and_its_copyright_in_angle_brackets": (
        "NEWSIS\nHwang continues hunger strike\nPublished 2019.11.21 14:22\n"
        "[Seoul=Newsis] Photo reporter Park Young-tae = Liberty Korea Party leader Hwang Kyo-ahn sits in front of "
        "Cheong Wa Dae on the 21st. 2019.11.21. since1999@newsis.com\n"
        "[Seoul=Newsis] Reporter Kim Ji-hoon = Liberty Korea Party leader Hwang Kyo-ahn continued his hunger strike "
        "on the 21st.\nHe demanded that the government withdraw its decision.\n"
        "<Copyright © NEWSIS.COM, Unauthorized Reproduction and Redistribution Prohibited>\n",
        {"keep": ["continued his hunger strike", "withdraw its decision."], "drop": ["Photo reporter", "Copyright"]},
    ),
    "the_note_on_the_writer_after_the_story": (
        "Hydrogen Fluoride and the Limits of Export Leverage\nDecember 3, 2019\n"
        "On July 1, Japan's trade ministry announced tighter controls on three materials.\n"
        "Whatever happens, export leverage is a wasting asset.\nAbout the Author\n"
        "Aya Nakamura is a graduate student at the University of Tokyo.\n"
        "Tokyo Review is an independent publication. Views expressed are those of the author.\n",
        {"keep": ["On July 1, Japan's trade ministry", "a wasting asset."],
         "drop": ["About the Author", "graduate student", "independent publication"]},
    ),
    "a_name_alone_over_the_writer_s_note_and_a_note_for_subscribers": (
        "GSOMIA Reprieve Buys Time\nPolitics Dec 3, 2019\n"
        "Seoul's last-minute decision to keep its pact with Tokyo averted a crisis.\n"
        "Moon has less than two and a half years left in his term.\n"
        "Please note that the content on this page is for Digital Edition subscribers only.\n"
        "OKADA Hiroki\nProfessor at the Faculty of Global Studies, Chūkyō University. Born in 1968.\n",
        {"keep": ["averted a crisis.", "left in his term."], "drop": ["Digital Edition", "OKADA", "Born in 1968"]},
    ),
    "credits_of_the_writers_translator_and_editor_and_a_site_s_pitch_after_the_story": (
        "Samsung, SK Hynix keep stockpiling despite Tokyo's first nod\nAug 9, 2019\n"
        "Samsung Electronics and SK Hynix are keeping up their stockpiling of Japanese chip materials.\n"
        "The Korea Semiconductor Industry Association said member companies would share information.\n"
        "[Written by Lee Ha-yeon and Kim Dae-won; Translated by Kim Hyo-rin; Edited by Kim So-yeon]\n"
        "Yoon Sung-won edited this article.\n"
        "Philstar.com is one of the most visited news sites in the Philippines. Follow us on Facebook and Twitter.\n"
        "READ MORE ON DEVDISCOURSE\nRead the latest news from around the world, delivered daily.\n"
        "A summary of global news developments with CFR analysis delivered to your inbox each morning. Weekdays.\n"
        "This work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International.\n"
        "View License Detail\nSign up here to comment on Asia Times stories\nOr\nSign in to an existing account\n"
        "An account was already registered with this email. Please check your inbox for an authentication link.\n",
        {"keep": ["keeping up their stockpiling", "would share information."],
         "drop": ["Written by", "edited this article", "Philstar.com", "DEVDISCOURSE", "latest news from around",
                  "delivered to your inbox", "Creative Commons", "License Detail", "Sign up here", "existing account",
                  "already registered"]},
    ),
    "portals_notes_and_a_press_release_s_contact_after_the_story": (
        "Seoul to take Japan to WTO\nJuly 2, 2019\n"
        "South Korea said on Tuesday it would take Japan to the World Trade Organization over its curbs.\n"
        "Tokyo said the measures were needed for security reasons, officials said.\n"
        "Track Latest News Live on NDTV.com and get news updates from India and around the world.\nFollow us:\n"
        "We'll send you latest news updates through the day. You can manage them any time by clicking on the "
        "notification icon.\n® VnExpress giữ bản quyền nội dung trên website này.\n"
        "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News "
        "Broadcasting System (HAS), and in summarized form.\nSource: TRTWorld and agencies\n"
        "Contact: Multilateral Trade Legal Affairs Division, Ministry of Trade, Industry and Energy (+82-44-203-5770)\n"
        "* This is an unofficial English translation of a press release from the Ministry of Trade, Industry and "
        "Energy.\n",
        {"keep": ["take Japan to the World Trade Organization", "for security reasons"],
         "drop": ["NDTV.com", "Follow us", "notification icon", "VnExpress", "Anadolu", "TRTWorld", "Contact:",
                  "unofficial English translation"]},
    ),
    "a_research_fellow_s_note_marked_with_a_star_and_where_the_piece_was_published": (
        "GSOMIA's Reprieve: Breathing Room, Not Resolution\nNovember 28, 2019\n"
        "Seoul's last-minute decision to keep its pact with Tokyo averted a crisis.\n"
        "For ASEAN countries the Japan-South Korea feud is more than a bilateral quarrel.\n"
        "*Tan Wei Jie is an Associate Research Fellow with the Regional Security Architecture Programme at the "
        "Institute of Defence and Strategic Studies, Singapore.\nSource:\nThis article was published by RSIS\n",
        {"keep": ["averted a crisis.", "bilateral quarrel."], "drop": ["Tan Wei Jie", "Source:", "published by RSIS"]},
    ),
    "a_contributor_s_name_over_a_note_in_the_first_person": (
        "South Korea's Exit From GSOMIA Hands North Korea And China A Win\nJordan Kessler\nContributor\n"
        "South Korea's decision on Thursday to walk away from its agreement with Japan is a self-inflicted wound.\n"
        "Seoul still has three months before the pact formally lapses, and Washington should use that time.\n"
        "Follow me on Twitter or LinkedIn. Check out my website.\nJordan Kessler\n"
        "I am a senior fellow at a Washington think tank, where I focus on U.S. alliances in Northeast Asia.\n",
        {"keep": ["a self-inflicted wound.", "should use that time."], "drop": ["I am a senior fellow"]},
    ),
    "an_interviewee_s_last_answer_in_the_first_person_stays": (
        "Q&A: Victor Cha on GSOMIA\nNovember 22, 2019\n"
        "Seoul's last-minute decision to keep its pact with Tokyo averted a crisis, Victor Cha said.\n"
        "What comes next for the alliance, in his view, is harder to say.\nVictor Cha\n"
        "I am a realist about this. The alliance will survive, but trust has been lost.\n",
        {"keep": ["averted a crisis", "I am a realist about this."], "drop": []},
    ),
    "an_opinion_page_s_notes_and_footnotes_after_the_piece": (
        "What Is GSOMIA and Why Does It Matter?\nNovember 19, 2019\n"
        "On August 22, South Korea announced that it would not renew the pact with Japan.\n"
        "The agreement will formally lapse on November 23 unless Seoul reverses course.\n"
        "[1] Ministry of National Defense, 2018 Defense White Paper (Seoul: MND, January 2019), 52-55.\n"
        "[2] Michael Elleman, \"North Korea's Newest Ballistic Missile,\" 38 North, May 8, 2019.\n"
        "Victor Cha is senior adviser and Korea Chair at the Center for Strategic and International Studies.\n"
        "Critical Questions is produced by the Center for Strategic and International Studies (CSIS).\n"
        "38 North is a program of the Henry L. Stimson Center.\n"
        "Carnegie does not take institutional positions; the views represented herein are those of the author(s).\n"
        "Editorials represent the views of The Post as an institution, as determined through debate.\n"
        "JoongAng Ilbo, Nov. 28, Page 30\n",
        {"keep": ["On August 22, South Korea announced", "unless Seoul reverses course."],
         "drop": ["[1]", "Elleman", "Victor Cha", "Critical Questions", "Stimson", "herein", "Editorials", "Page 30"]},
    ),
    "student_papers_notes_on_their_writers_after_the_piece": (
        "Seoul and Tokyo Are Spending America's Alliance Capital\nBy Daniel J. Whitcombe, Crimson Opinion Writer\n"
        "November 21, 2019\n"
        "Unless someone blinks in the next two days, a modest-sounding document will quietly expire.\n"
        "We like to think of the Korea Strait as a long way from Cambridge. It is not.\n"
        "Daniel J. Whitcombe ’21, a Crimson Editorial Writer, is a Government concentrator in Lowell House. His "
        "column appears on alternate Thursdays.\n"
        "Mizuki Tanaka is a third-year student in the Faculty of Law at Kyushu University.\n",
        {"keep": ["will quietly expire.", "It is not."], "drop": ["Lowell House", "Kyushu University"]},
    ),
    "a_story_s_last_lines_on_people_it_names_there_first": (
        "Victims wait for Tokyo\nNovember 21, 2019\n"
        "Unless someone blinks in the next two days, a modest-sounding document will quietly expire.\n"
        "Lee Ji-hoon, a shopper at a nearby mall, is a university student who has not bought a Uniqlo shirt since "
        "July.\nCho Kuk, the new justice minister, was a law professor at Seoul National University.\n"
        "Yang Geum-deok, one of the plaintiffs, was a 13-year-old student when she was sent to work at the "
        "Mitsubishi aircraft factory in Nagoya in 1944.\n",
        {"keep": ["a university student", "a law professor", "a 13-year-old student"], "drop": []},
    ),
    "a_wire_s_english_edition_its_dateline_s_year_in_a_caption_and_a_heading_s_one_story_at_the_end": (
        "Agencia EFE\nUS defense chief says only Pyongyang, Beijing gain if Seoul-Tokyo intel pact ends\n"
        "Seoul, Nov 15 (efe-epa).- United States Defense Secretary Mark Esper on Friday urged South Korea and Japan "
        "to rescue a military intelligence-sharing agreement.\n"
        "US Defense Secretary Mark Esper (L) and South Korean Defense Minister Jeong Kyeong-doo shake hands in Seoul, "
        "South Korea, 15 November 2019. EFE-EPA/KIM HONG-JI / POOL\n"
        "Esper said he had encouraged both US allies to sit down and work through their differences.\n"
        "Most viewed\nWhat is behind the row between Japan and South Korea?\n© EFE 2019. All rights reserved.\n",
        {"title": "US defense chief says only Pyongyang, Beijing gain if Seoul-Tokyo intel pact ends",
         "published": "2019-11-15", "keep": ["to rescue a military", "work through their differences."],
         "drop": ["shake hands", "Most viewed", "What is behind"]},
    ),
    "a_site_s_mail_sharing_a_wire_s_story": (
        "From: The Japan Times <no-reply@japantimes.co.jp>\nReply-To: Keiko Sato <ksato.research@gmail.com>\n"
        "To: tom.whitfield@kobe-trade.jp\nDate: Fri, 20 Dec 2019 21:48:11 +0900\n"
        "Subject: Keiko Sato shared an article from The Japan Times with you\n"
        "Keiko Sato thought you would be interested in this article.\n"
        "Her message: \"Looks like the first real crack in the export curbs. K.\"\n"
        "THE JAPAN TIMES\nJapan eases export rule for one of three chip materials bound for South Korea\nKYODO\n"
        "DEC 20, 2019\n"
        "The government on Friday relaxed its controls on exports to South Korea of photoresists.\n"
        "The other two items will remain under the case-by-case system, the ministry said.\n"
        "Read the full article on japantimes.co.jp\nSent from my iPhone\n",
        {"title": "Japan eases export rule for one of three chip materials bound for South Korea", "outlet": "Kyodo",
         "published": "2019-12-20", "keep": ["relaxed its controls", "case-by-case system"],
         "drop": ["shared an article", "thought you would", "Her message", "Sent from my"]},
    ),
    "a_reading_tool_s_tags_over_the_story": (
        "Pocket\nSouth Korea pulls back from brink, keeps intelligence pact with Japan alive\nreuters.com\n"
        "Tags: korea  japan  security  + add tag\n"
        "SEOUL/TOKYO (Reuters) - South Korea reversed course on Friday and said it would keep the pact.\n"
        "Seoul said it was suspending its notice to terminate the agreement.\n",
        {"keep": ["reversed course on Friday", "suspending its notice"], "drop": ["Tags:"]},
    ),
    "a_caption_s_day_gives_the_dateline_its_year_the_copyright_s": (
        "US defense chief says only Pyongyang, Beijing gain\n"
        "Seoul, Nov 15 (efe-epa).- US Defense Secretary Mark Esper on Friday urged Seoul to keep the pact.\n"
        "Students file past the Defense Ministry in Seoul, South Korea, 15 November 2019. EFE-EPA/KIM HONG-JI\n"
        "Esper said only North Korea and China would benefit.\n© EFE 2019. All rights reserved.\n",
        {"published": "2019-11-15", "keep": ["urged Seoul", "would benefit."], "drop": ["Students file past"]},
    ),
    "a_caption_of_the_day_a_year_before_and_no_copyright": (
        "South Korea marks a year since forced labor ruling\n"
        "Seoul, Oct 30 (EFE).- Victims of forced labor on Wednesday marked a year since the Supreme Court ruling.\n"
        "Forced labor victim Lee Choon-shik speaks to reporters after the ruling in Seoul, South Korea, 30 October "
        "2018. EFE-EPA/JEON HEON-KYUN\nJapan says all claims were settled in 1965.\n",
        {"published": None, "keep": ["marked a year", "settled in 1965."], "drop": ["Lee Choon-shik speaks"]},
    ),
    "a_file_picture_s_day_gives_no_year": (
        "South Korea marks a year since forced labor ruling\n"
        "Seoul, Oct 30 (EFE).- Victims of forced labor on Wednesday marked a year since the Supreme Court ruling.\n"
        "(FILE) Forced labor victim Lee Choon-shik speaks to reporters after the Supreme Court ruling in Seoul, South "
        "Korea, 30 October 2018. EFE-EPA/JEON HEON-KYUN\n"
        "Japan says all claims were settled in 1965.\n© EFE 2019. All rights reserved.\n",
        {"published": None, "keep": ["marked a year", "settled in 1965."], "drop": ["(FILE)"]},
    ),
    "a_story_s_last_paragraph_under_a_heading_with_nothing_listed": (
        "Seoul keeps intelligence pact alive hours before deadline\nNovember 22, 2019\n"
        "South Korea said on Friday it would conditionally suspend its decision to end the pact.\nKeep reading\n"
        "Kim added: “Seoul can still terminate the agreement at any time.”\n",
        {"keep": ["conditionally suspend", "Kim added"], "drop": ["Keep reading"]},
    ),
    "a_headline_listed_alone_under_a_heading_at_the_page_s_end": (
        "Seoul keeps intelligence pact alive hours before deadline\nNovember 22, 2019\n"
        "South Korea said on Friday it would conditionally suspend its decision to end the pact.\n"
        "The decision came hours before the pact was due to expire.\nRelated\n"
        "What is behind the row between Japan and South Korea?\n",
        {"keep": ["conditionally suspend", "due to expire."], "drop": ["Related", "What is behind"]},
    ),
    "a_note_on_a_writer_with_a_former_post_and_a_student_the_story_tells_of": (
        "Boycott goes on\nNovember 21, 2019\n"
        "Unless someone blinks in the next two days, a modest-sounding document will quietly expire.\n"
        "Park Ji-woo is a senior at Sookmyung Women's University who has organized the weekly rallies since August.\n"
        "Scott Harrison, a former State Department official, is now a senior fellow at the Pacific Forum in "
        "Honolulu.\n",
        {"keep": ["quietly expire.", "weekly rallies"], "drop": ["Pacific Forum"]},
    ),
    "a_story_s_last_lines_telling_a_former_post_and_a_candidacy": (
        "Seoul's point man on Japan\nNovember 20, 2019\n"
        "Unless someone blinks in the next two days, a modest-sounding document will quietly expire.\n"
        "Yoo Seong-min is also a likely presidential candidate in 2022.\n"
        "Kim Hyun-chong, a former trade minister, is now the second deputy director of the National Security Office.\n",
        {"keep": ["presidential candidate", "second deputy director"], "drop": []},
    ),
    "a_story_s_last_line_after_a_heading_over_more_of_it": (
        "Opinion: Seoul and Tokyo are running out of time\nNovember 21, 2019\n"
        "Unless someone blinks in the next two days, a modest-sounding document will quietly expire.\nKeep reading\n"
        "So the question is simple: who will blink first, Moon or Abe?\n",
        {"keep": ["quietly expire.", "who will blink first"], "drop": ["Keep reading"]},
    ),
    "a_mail_s_words_in_a_story": (
        "Kono shares a column\nNovember 21, 2019\n"
        "Foreign Minister Taro Kono shared an article from the Sankei Shimbun on Twitter.\n"
        "His message: “The only ones who benefit are Pyongyang and Beijing.”\n"
        "His message: \"If you want to lead, you must first win the trust of your neighbours.\"\n",
        {"keep": ["shared an article", "His message"], "drop": []},
    ),
    "a_government_s_name_under_the_headline_credits_a_picture": (
        "North Korea fires two projectiles, Seoul and Tokyo say\nNOV 28, 2019\n"
        "North Korea fired two projectiles into the sea on Thursday, South Korea's military said.\n"
        "A map released by Japan's Defense Ministry shows the estimated flight path of the projectiles.\n"
        "Japan Ministry of Defense\nJapan's defense ministry said the projectiles appeared to be ballistic missiles.\n"
        "© The Japan Times Ltd. All rights reserved.\n",
        {"outlet": "The Japan Times", "keep": ["fired two projectiles"], "drop": ["Japan Ministry of Defense"]},
    ),
    "an_agency_s_name_in_capitals_under_the_headline": (
        "The Globe and Mail\nMoon, Abe agree to keep talking in first formal summit in 15 months\n"
        "THE ASSOCIATED PRESS\nPublished December 24, 2019\n"
        "The leaders of South Korea and Japan agreed Tuesday to try to settle their disputes through dialogue.\n"
        "Moon and Abe each met Chinese President Xi Jinping in Beijing on Monday.\n",
        {"outlet": "Associated Press", "keep": ["agreed Tuesday"], "drop": ["THE ASSOCIATED PRESS"]},
    ),
    "a_government_s_name_over_the_date_under_the_headline_credits_a_picture": (
        "North Korea fires two projectiles, Seoul and Tokyo say\nJapan Ministry of Defense\nNOV 28, 2019\n"
        "North Korea fired two projectiles into the sea on Thursday, South Korea's military said.\n"
        "Japan's defense ministry said the projectiles appeared to be ballistic missiles.\n"
        "© The Japan Times Ltd. All rights reserved.\n",
        {"outlet": "The Japan Times", "keep": ["fired two projectiles"], "drop": ["Japan Ministry of Defense"]},
    ),
    "an_agency_s_credit_and_where_the_piece_ran_first": (
        "Seoul keeps pact with Tokyo\nYonhap\nNovember 22, 2019\n"
        "South Korea said on Friday it would conditionally suspend its decision to end the pact.\n"
        "The decision came hours before the pact was due to expire.\n"
        "This article was originally published by The Korea Herald.\n",
        {"outlet": "The Korea Herald", "keep": ["conditionally suspend"], "drop": ["originally published"]},
    ),
    "a_second_wire_story_under_a_heading_after_the_first": (
        "Japan, South Korea ministers agree to push for summit\nPublished November 23, 2019\n"
        "NAGOYA, Japan: The foreign ministers of Japan and South Korea agreed on Saturday to push for a summit.\n"
        "Relations between the two neighbours sank to their lowest point in years.\n"
        "READ: South Korea suspends decision to end intelligence pact\n"
        "Also Read - South Korea to scrap intelligence-sharing pact with Japan\n"
        "More from Asia\nSouth Korea accuses Japan of distorting pact deal\nPosted 25 Nov 2019 03:12PM\n"
        "SEOUL: South Korea accused Japan on Monday (Nov 25) of distorting the deal that saved the pact.\n"
        "Cheong Wa Dae said Tokyo had apologised, which Tokyo denied.\n",
        {"published": "2019-11-23", "keep": ["agreed on Saturday", "lowest point in years."],
         "drop": ["READ:", "Also Read", "More from Asia", "accused Japan on Monday", "Tokyo had apologised"]},
    ),
    "captions_credited_as_agencies_print_them_and_a_comment_box": (
        "South Korea formally tells Japan it is quitting intel pact\nAugust 23, 2019\n"
        "South Korean protesters hold placards reading \"No Abe\" during a rally in Seoul on August 22, 2019. "
        "AFP FILE PHOTO / JUNG YEON-JE\n"
        "South Korean protesters hold a banner reading “No Abe” during a rally in Seoul yesterday.\nPhoto: AFP\n"
        "SEOUL, South Korea — South Korea on Friday formally notified Japan that it was ending the pact.\n"
        "Relations have been at their worst in decades.\n"
        "Protesters hold placards near the Japanese embassy in Seoul. Source: AAP\n"
        "This story has been viewed 3125 times.\n"
        "Comments will be moderated. Keep comments relevant to the article.\n"
        "Share or comment on this article:\nComments 0\nhttps://arab.news/w8r7n\nAFP - SBS\n",
        {"published": "2019-08-23", "dateline": Dateline("SEOUL, South Korea", None),
         "keep": ["formally notified Japan", "worst in decades."],
         "drop": ["placards", "banner", "viewed", "moderated", "Share or comment", "Comments 0", "arab.news", "SBS"]},
    ),
    "a_study_with_note_marks_and_its_notes": (
        "The Japan-South Korea trade dispute has spilled into security\nThursday, August 29, 2019\n"
        "GSOMIA was finally signed on November 23, 2016.2 Japan and South Korea have shared intelligence since.\n"
        "The trigger was Japan's decision on July 1 to require licenses for three chemicals.1 Tokyo says "
        "these are routine adjustments to its export controls.\n"
        "Moon said Seoul would \"gladly join hands.\"3 Officials in Tokyo were unmoved.\n"
        "Footnotes\n"
        "1. Ministry of Economy, Trade and Industry, “Update of METI’s licensing policies,” July 1, 2019.\n"
        "2. Ministry of Foreign Affairs of Japan, press release, November 23, 2016.\n",
        {"title": "The Japan-South Korea trade dispute has spilled into security", "published": "2019-08-29",
         "keep": ["signed on November 23, 2016. Japan and South Korea", "three chemicals. Tokyo says",
                  "join hands.\" Officials"],
         "drop": ["Footnotes", "1. Ministry", "2. Ministry", "2016.2", "chemicals.1", "hands.\"3"]},
    ),
    "a_podcast_page_and_a_consent_banner": (
        "We value your privacy\nOur partners and we use cookies to give you the best experience.\n"
        "Japan protests South Korean drills near disputed islands\n25/08/2019\n"
        "Japan protested on Sunday against South Korean military drills near disputed islands.\n"
        "Listen on Apple Podcasts\nSubscribe via RSS\n00:00 / 38:12\nEpisode 195\n[09:40]\n"
        "Listen on Spotify | Stitcher | SoundCloud\n"
        "The drills began a day after Seoul said it would end the pact.\n"
        "Authors\nStaff Author\n",
        {"title": "Japan protests South Korean drills near disputed islands",
         "keep": ["Japan protested on Sunday", "end the pact."],
         "drop": ["privacy", "cookies", "Apple", "RSS", "38:12", "Episode", "[09:40]", "Stitcher", "Author"]},
    ),
    "a_flattened_page_with_a_stamp_and_no_byline": (
        "Japan, South Korea trade barbs as pact deadline nears November 20, 2019 TOKYO (AP) — Japan and "
        "South Korea traded barbs on Wednesday over an intelligence pact set to expire this week.\n",
        {"title": "Japan, South Korea trade barbs as pact deadline nears", "published": "2019-11-20",
         "keep": ["TOKYO (AP) — Japan and South Korea traded barbs"], "drop": ["November 20"]},
    ),
    "a_flattened_page_with_a_label_and_a_byline_and_a_dashed_dateline": (
        "Politics Seoul keeps pact with Japan for now By Kim Min-ji SEOUL -- South Korea said on Friday it "
        "would keep its military pact with Japan for now, easing tension between them.\n",
        {"title": "Seoul keeps pact with Japan for now", "byline": "Kim Min-ji",
         "keep": ["SEOUL -- South Korea said"], "drop": ["Politics", "By Kim"]},
    ),
    "a_sentence_before_a_dateline_inside_a_line_is_no_header": (
        "The decision came as a surprise to many in Tokyo, where officials had braced for the end of the pact. "
        "SEOUL (Yonhap) -- South Korea said on Friday it would keep its military pact with Japan for now.\n",
        {"published": None, "keep": ["came as a surprise", "SEOUL (Yonhap) -- South Korea said"], "drop": []},
    ),
    "a_chronology_keeps_its_year_headings": (
        "TIMELINE: Key events in the intelligence pact dispute\nNovember 22, 2019\n"
        "TOKYO (Kyodo) -- The following is a chronology of major events related to the intelligence pact.\n"
        "2016\nNov. 23 -- Japan and South Korea sign GSOMIA.\n"
        "2019\nAug. 22 -- South Korea decides to terminate GSOMIA.\n",
        {"published": "2019-11-22", "keep": ["2016", "sign GSOMIA.", "2019", "terminate GSOMIA."], "drop": []},
    ),
    "an_ad_label_and_a_link_to_another_story_glued_after_a_sentence": (
        "Seoul keeps intelligence pact with Tokyo\nNovember 22, 2019\n"
        "SEOUL (Reuters) - South Korea said on Friday it would conditionally suspend the expiry of its "
        "intelligence pact with Japan. READ MORE: Japan, South Korea agree to talks on export curbs\n"
        "The United States had pressed both sides to keep the pact, seen as key to countering North Korea. "
        "Advertisement\nThe decision came hours before the deadline. ADVERTISEMENT\n",
        {"keep": ["intelligence pact with Japan.", "countering North Korea.", "before the deadline."],
         "drop": ["READ MORE", "agree to talks", "Advertisement", "ADVERTISEMENT"]},
    ),
    "a_photo_credit_glued_after_a_quotation_is_cut_from_it": (
        "Seoul keeps intelligence pact with Tokyo\nNovember 22, 2019\n"
        "SEOUL (Reuters) - South Korea said on Friday it would conditionally suspend the expiry of its "
        "intelligence pact with Japan.\n"
        "\"We will try our best to improve relations,\" Kim You-geun said. (Photo: Reuters)\n"
        "President Moon Jae-in speaks at Cheong Wa Dae in Seoul. (Photo: Yonhap)\n"
        "The United States had pressed both sides to keep the pact.\n",
        {"keep": ["We will try our best to improve relations,\" Kim You-geun said.", "to keep the pact."],
         "drop": ["Photo", "speaks at Cheong Wa Dae"]},
    ),
    "arrows_and_diamonds_mark_list_items_and_links": (
        "Seoul, Tokyo to hold export control talks next month\nPosted on : Nov.29,2019 16:54 KST\n"
        "South Korea and Japan will hold director general-level talks on export controls in Tokyo next month.\n"
        "▶ Related: GSOMIA extended at last minute\n"
        "The talks will be the first of their kind in three and a half years.\n"
        "☞ Click here to read the full story\n"
        "◆ Japan removed South Korea from its white list in August.\n",
        {"keep": ["next month.", "three and a half years.", "white list in August."],
         "drop": ["Related", "Click here"]},
    ),
    "an_interviewer_labelled_with_the_outlet_s_name": (
        "Former envoy says Seoul and Tokyo must separate security from history\nPosted on : Nov.15,2019 17:33 KST\n"
        "The newspaper sat down with former South Korean ambassador to Japan Lee Su-hoon to discuss the dispute.\n"
        "Hankyoreh: Is the pact worth keeping?\n"
        "Lee: Yes. Intelligence sharing serves both countries, and the United States wants it kept.\n",
        {"outlet": "The Hankyoreh", "keep": ["sat down", "Hankyoreh: Is the pact", "wants it kept."], "drop": []},
    ),
    "gallery_player_and_counter_widgets_inside_the_story": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Photo gallery\n1 / 5\nNext slide\nPrevious slide\nEnlarge image\nCaption\nFullscreen\n0 10\n"
        "Reprints\nLicensing\nAudio version\nDownload PDF\nJump to comments\n"
        "This article is part of our special coverage\n"
        "The decision followed weeks of pressure from the United States.\n",
        {"title": "Seoul keeps pact", "keep": ["easing tension.", "weeks of pressure"],
         "drop": ["gallery", "1 / 5", "slide", "Enlarge", "Caption", "Fullscreen", "0 10", "Reprints",
                  "Licensing", "Audio", "PDF", "Jump", "special coverage"]},
    ),
    "a_print_edition_note_and_where_the_writers_were": (
        "South Korea Keeps Intelligence Pact With Japan\nUpdated Nov. 22, 2019 9:41 am ET\n"
        "SEOUL—South Korea said it would keep a military intelligence-sharing pact with Japan.\n"
        "The pact had been set to expire at midnight Saturday.\n"
        "Denyer reported from Tokyo. Kim reported from Seoul.\n"
        "Choe Sang-Hun reported from Seoul, and Motoko Rich from Tokyo.\n"
        "Appeared in the November 23, 2019, print edition as 'Seoul Keeps Pact With Tokyo.'\n",
        {"keep": ["pact with Japan.", "midnight Saturday."], "drop": ["reported from", "print edition"]},
    ),
    "a_broadcast_transcript_s_labels_and_note": (
        "South Korea Decides To Stay In Intelligence-Sharing Pact With Japan\nNovember 22, 2019 5:04 AM ET\n"
        "Transcript\n"
        "South Korea has reversed its decision to withdraw from an intelligence-sharing agreement with Japan.\n"
        "KUHN: The U.S. had urged both sides to keep the pact. Anthony Kuhn, NPR News, Seoul.\n"
        "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final "
        "form and may be updated or revised in the future.\n",
        {"keep": ["reversed its decision", "keep the pact."], "drop": ["Transcript", "rush deadline"]},
    ),
    "a_writer_s_name_alone_in_capitals_under_the_headline": (
        "Seoul to suspend GSOMIA expiry; Tokyo to hold export talks\nSat, Nov 23, 2019\nKIM JI-HYUN\n"
        "South Korea announced on Friday that it will suspend the planned termination of its military pact.\n"
        "In return, Japan agreed to resume bilateral talks on its export restrictions, Cheong Wa Dae said.\n",
        {"byline": "Kim Ji-hyun", "dateline": None, "keep": ["South Korea announced", "Cheong Wa Dae said."],
         "drop": ["KIM JI-HYUN"]},
    ),
    "a_blog_post_s_label_series_note_and_licence": (
        "GSOMIA Extension: A Reprieve, Not a Solution\nBy Scott A. Snyder\nNovember 22, 2019\nBlog Post\n"
        "South Korea's decision to suspend the termination of the agreement provides a temporary reprieve.\n"
        "Japan's July 1 announcement of export controls on three chemicals was the trigger for this crisis.\n"
        "This publication is part of the Asia Unbound blog.\nCreative Commons: Some rights reserved.\n",
        {"outlet": None, "keep": ["temporary reprieve.", "this crisis."],
         "drop": ["Blog Post", "Asia Unbound", "Creative Commons"]},
    ),
    "a_dateline_with_its_country_in_capitals_on_its_own_line": (
        "Japan, South Korea Agree to Keep Intelligence-Sharing Pact\nNovember 22, 2019 09:19 AM\nWilliam Gallo\n"
        "SEOUL, SOUTH KOREA -\n"
        "South Korea says it will not pull out of a military intelligence-sharing pact with Japan.\n"
        "The announcement Friday came just hours before the agreement was set to expire.\n",
        {"dateline": Dateline(place="SEOUL, SOUTH KOREA", agency=None),
         "keep": ["SEOUL, SOUTH KOREA - South Korea says", "set to expire."], "drop": ["William Gallo"]},
    ),
    "an_anchor_s_lead_handing_over_to_the_reporter": (
        "Seoul Suspends Decision to End GSOMIA\nWritten: 2019-11-22 18:33:12\n"
        "Anchor: The government has decided to suspend its decision to terminate a military pact with Japan. "
        "Kim Bum-soo reports.\n"
        "Report: Presidential National Security Office deputy chief Kim You-geun said on Friday that Seoul has "
        "decided to suspend the termination.\n",
        {"keep": ["pact with Japan.", "suspend the termination."], "drop": ["Bum-soo"]},
    ),
    "an_anchor_s_lead_handing_over_with_has_more": (
        "Moon, Abe to Hold Summit in Chengdu Next Month\nWrite: 2019-11-25 14:10:11\n"
        "Anchor: President Moon Jae-in and Japanese Prime Minister Shinzo Abe will hold a summit next month. "
        "Choi Jin-hoon has more.\n"
        "Report: Cheong Wa Dae spokeswoman Ko Min-jung said on Monday that the two leaders will meet in Chengdu.\n",
        {"keep": ["summit next month.", "meet in Chengdu."], "drop": ["Choi Jin-hoon"]},
    ),
    "an_agency_s_name_alone_after_the_story_signs_it_off": (
        "Japan welcomes S. Korea's decision to maintain GSOMIA\nNov 23, 2019 2:01 AM JST\n"
        "Japanese Foreign Minister Toshimitsu Motegi on Friday welcomed South Korea's decision.\n"
        "Japan's trade ministry said director-general level talks would be held in the near future.\n"
        "Jiji Press\n",
        {"outlet": "Jiji Press", "keep": ["welcomed South Korea's decision.", "talks would be held"],
         "drop": ["Jiji"]},
    ),
    "a_headline_with_initials_after_a_hyphen": (
        "Esper: Only China, N. Korea benefit from Japan-S. Korea spat\nBy Tara Copp and Kim Gamel\n"
        "Published: November 15, 2019\n"
        "SEOUL — Defense Secretary Mark Esper urged South Korea on Friday to remain in the pact with Japan.\n",
        {"title": "Esper: Only China, N. Korea benefit from Japan-S. Korea spat", "keep": ["pact with Japan."],
         "drop": []},
    ),
    "a_site_s_name_with_its_publisher_above_the_headline": (
        "Skip to content\nThe Japan News by The Yomiuri Shimbun\nPolitics\n"
        "GSOMIA decision a relief, but Japan remains wary\n4:00 am, November 24, 2019\nThe Yomiuri Shimbun\n"
        "The South Korean government's decision to put off the termination of the pact has brought relief to Tokyo.\n"
        "Defense Minister Taro Kono said at a press conference on Saturday that the pact is important.\n",
        {"title": "GSOMIA decision a relief, but Japan remains wary", "outlet": "The Yomiuri Shimbun",
         "keep": ["relief to Tokyo.", "is important."], "drop": ["Japan News"]},
    ),
    "file_photo_captions_above_the_headline_and_in_the_story": (
        "FILE PHOTO: South Korean President Moon Jae-in speaks during a meeting at the Presidential Blue House "
        "in Seoul, South Korea, November 11, 2019. Yonhap via REUTERS\n"
        "Moon says Japan must remove export curbs for GSOMIA to be restored\nNovember 19, 2019\n"
        "SEOUL (Reuters) - South Korean President Moon Jae-in said on Tuesday Japan must lift its export "
        "restrictions before Seoul would reconsider its decision.\n"
        "FILE PHOTO: The national flags of South Korea and Japan fly side by side at a hotel in Seoul.\n"
        "The pact expires at midnight on Saturday.\n",
        {"title": "Moon says Japan must remove export curbs for GSOMIA to be restored",
         "dateline": Dateline(place="SEOUL", agency="Reuters"), "keep": ["reconsider its decision.", "on Saturday."],
         "drop": ["FILE PHOTO", "via REUTERS"]},
    ),
    "a_live_page_s_entry_times": (
        "LIVE: South Korea decides on GSOMIA\nLast updated: 22 November 2019 19:05 KST\n19:05 KST\n"
        "South Korea says it will suspend the termination of GSOMIA, six hours before the deadline.\n18:00 KST\n"
        "The National Security Council is meeting at Cheong Wa Dae to discuss the pact, Yonhap reports.\n"
        "6:30 p.m. ET\nJapan's Chief Cabinet Secretary Yoshihide Suga says Tokyo's position has not changed.\n",
        {"keep": ["before the deadline.", "Yonhap reports.", "has not changed."],
         "drop": ["19:05", "18:00", "6:30"]},
    ),
    "a_paywall_naming_the_outlet_s_service": (
        "North Korea says GSOMIA extension shows Seoul is a U.S. puppet\nBy Colin Zwirko\nNovember 25, 2019\n"
        "North Korea on Monday slammed South Korea's decision to keep its military pact with Japan.\n"
        "Want to read more?\n"
        "Subscribe to NK Pro to read this article and get full access to all our content.\n",
        {"outlet": "NK News", "keep": ["pact with Japan."], "drop": ["read more", "Subscribe"]},
    ),
    "a_comment_login_prompt_ends_the_story": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "Use your Facebook account to comment\nJohn: Korea should never trust Japan after what happened.\n",
        {"title": "Seoul keeps pact", "keep": ["easing tension."], "drop": ["Facebook", "never trust"]},
    ),
    "a_writer_labelled_author_a_newsletter_pitch_and_a_permalink": (
        "Asia\nSouth Korea U-turns on intelligence pact with Japan\nDate 22.11.2019\nAuthor Julian Ryall (Tokyo)\n"
        "Feedback: Send us your feedback.\nPermalink https://p.dw.com/p/3TYqf\n"
        "South Korea announced on Friday that it will not allow the intelligence pact with Japan to lapse.\n"
        "Robert Kelly, a professor at Pusan National University, told DW that Seoul had little choice.\n"
        "DW sends out a daily selection of hard news and quality features. Sign up to receive it directly here.\n",
        {"byline": "Julian Ryall", "outlet": "Deutsche Welle", "keep": ["to lapse.", "little choice."],
         "drop": ["Ryall", "Feedback", "Sign up"]},
    ),
    "a_place_and_its_agency_on_a_line_of_their_own": (
        "Japan, S Korea agree to hold trade talks\nNov 22, 2019\nTokyo (AFP)\n"
        "Japan and South Korea agreed Friday to hold talks on export controls after Seoul kept the pact.\n"
        "The talks will be held in Tokyo.\n",
        {"outlet": "AFP", "dateline": Dateline(place="Tokyo", agency="AFP"),
         "keep": ["Tokyo (AFP) Japan and South Korea agreed", "held in Tokyo."], "drop": []},
    ),
    "a_source_line_after_the_story_names_the_outlet": (
        "South Korea suspends decision to end Japan intel pact\n22 Nov 2019\n"
        "South Korea has decided to conditionally suspend its decision to end a military pact with Japan.\n"
        "The announcement came six hours before the pact was due to expire at midnight (15:00 GMT).\n"
        "SOURCE: AL JAZEERA AND NEWS AGENCIES\n",
        {"outlet": "Al Jazeera", "keep": ["pact with Japan.", "(15:00 GMT)."], "drop": ["SOURCE"]},
    ),
    "a_related_list_whose_titles_carry_full_stops": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military intelligence-sharing pact with Japan for now.\n"
        "The decision came hours before the deadline.\nRead more:\n"
        "Japan and South Korea are fighting. The U.S. should care.\nWhy the pact matters for Washington\n",
        {"keep": ["for now.", "the deadline."], "drop": ["fighting", "matters for Washington"]},
    ),
    "a_short_last_paragraph_after_a_read_more_line_stays": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military intelligence-sharing pact with Japan for now.\n"
        "Read more:\nThe talks will resume next week in Tokyo.\n",
        {"keep": ["for now.", "next week in Tokyo."], "drop": ["Read more"]},
    ),
    "a_note_on_who_supported_the_piece": (
        "Seoul keeps GSOMIA in last-minute reversal\nPosted on : Nov.23,2019 16:42 KST\n"
        "South Korea decided on Nov. 22 to conditionally suspend the termination of GSOMIA.\n"
        "The decision came after the US stepped up pressure on Seoul in recent weeks.\n"
        "This article was produced in partnership with the Korea Foundation.\n",
        {"keep": ["termination of GSOMIA.", "recent weeks."], "drop": ["partnership"]},
    ),
    "a_newsletter_s_small_print_and_a_topic_after_a_bar": (
        "South Korea scraps plan to end intelligence pact with Japan at last minute\nReuters and Bloomberg\n"
        "Published: 6:08pm, 22 Nov, 2019\nWhy you can trust SCMP\n"
        "South Korea on Friday suspended its decision to end an intelligence-sharing pact with Japan.\n"
        "Get updates direct to your inbox\nBy registering, you agree to our T&C and Privacy Policy\n"
        "Japan's Foreign Minister Toshimitsu Motegi said the two sides would hold talks on export controls.\n"
        "Topic | Japan-South Korea relations\n",
        {"outlet": "South China Morning Post", "keep": ["pact with Japan.", "export controls."],
         "drop": ["registering", "Topic"]},
    ),
    "an_agency_s_dateline_without_a_dash_and_its_desk_s_initials": (
        "Seoul, Nov 22 (IANS) South Korea on Friday decided to suspend its decision to terminate the pact.\n"
        "The pact had been set to expire at midnight on Friday, Yonhap news agency reported.\n--IANS\nksk/\n",
        {"title": "South Korea on Friday decided to suspend its decision to terminate the pact.",
         "outlet": "IANS", "dateline": Dateline(place="Seoul", agency="IANS"),
         "keep": ["Seoul, Nov 22 (IANS) South Korea on Friday", "news agency reported."], "drop": ["ksk/"]},
    ),
    "a_sign_off_glued_to_the_last_full_stop": (
        "Seoul (VNA) – The Republic of Korea on November 22 announced its decision to suspend the termination "
        "of its military information-sharing pact with Japan.\n"
        "The two countries also agreed to hold talks on export controls.-VNA\n",
        {"outlet": "VNA", "keep": ["talks on export controls."], "drop": ["-VNA"]},
    ),
    "a_city_in_brackets_a_reporting_credit_and_a_contact": (
        "South Korea Suspends Plan to Exit Military Pact With Japan\nBy Amy Gunia\nNovember 22, 2019 2:13 AM EST\n"
        "(SEOUL) — South Korea said Friday it would suspend its decision to terminate a military pact with Japan.\n"
        "Japanese Prime Minister Shinzo Abe said that South Korea had made a \"strategic decision.\"\n"
        "—With reporting by the Associated Press\nContact us at letters@time.com.\n",
        {"outlet": "TIME", "dateline": Dateline(place="SEOUL", agency=None),
         "keep": ["pact with Japan.", "strategic decision."], "drop": ["With reporting", "Contact us"]},
    ),
    "an_agency_s_name_after_dashes_signs_the_story_off": (
        "S. Korea suspends termination of intel pact with Japan\n22/11/2019 07:32 PM\n"
        "SEOUL, Nov 22 -- South Korea on Friday decided to conditionally suspend the termination of the pact.\n"
        "The pact was set to expire at midnight.\n-- BERNAMA\n",
        {"outlet": "Bernama", "keep": ["of the pact.", "at midnight."], "drop": ["BERNAMA"]},
    ),
    "a_print_edition_s_section_a_share_prompt_and_a_link_back": (
        "South Korea and Japan step back from the brink\nNov 28th 2019 | SEOUL AND TOKYO\nPrint edition | Asia\n"
        "IT WAS A close call. Six hours before it was due to expire, South Korea said it would keep the pact.\n"
        "Japan, for its part, agreed to talks about the export controls it imposed in July.\n"
        "Think your friends would be interested? Share this story!\nBack to Index\n",
        {"keep": ["keep the pact.", "in July."], "drop": ["Print edition", "Share this story", "Back to Index"]},
    ),
    "a_syndicated_copy_s_stamp_with_dashes_and_an_affiliate_note": (
        "S.Korea says will keep intelligence-sharing pact with Japan\n"
        "Reuters | Seoul | Updated: 22-11-2019 18:45 IST | Created: 22-11-2019 18:45 IST\n"
        "South Korea said on Friday it will conditionally suspend its decision to end an intelligence-sharing pact "
        "with Japan, hours before it was due to expire.\n"
        "The decision was announced by Kim You-geun, deputy director of the presidential National Security Office.\n"
        "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)\n"
        "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this "
        "article.\n",
        {"published": "2019-11-22", "outlet": "Reuters", "keep": ["due to expire.", "Security Office."],
         "drop": ["Updated", "Devdiscourse", "Affiliate"]},
    ),
    "a_terminal_s_pitch_names_the_outlet": (
        "South Korea says it will scrap intel-sharing pact with Japan\nBy Jihye Lee\nAugust 22, 2019, 7:17 AM EDT\n"
        "South Korea said it will end a military intelligence-sharing agreement with Japan.\n"
        "Before it's here, it's on the Bloomberg Terminal.\nLEARN MORE\n",
        {"outlet": "Bloomberg", "keep": ["agreement with Japan."], "drop": ["Terminal"]},
    ),
    "a_wire_story_filed_from_two_cities_under_a_section_s_name": (
        "World News\nAugust 22, 2019 / 10:41 PM / 3 months ago\n"
        "Japan lodges protest after South Korea scraps intelligence-sharing pact\nKiyoshi Takenaka, Hyonhee Shin\n"
        "3 Min Read\n"
        "TOKYO/SEOUL (Reuters) - Japan lodged a strong protest on Thursday after South Korea said it would scrap "
        "an intelligence-sharing pact.\n"
        "The agreement was due to be automatically renewed on Saturday, and the decision surprised Washington.\n",
        {"outlet": "Reuters", "dateline": Dateline(place="TOKYO/SEOUL", agency="Reuters"),
         "keep": ["Japan lodged a strong protest", "surprised Washington."], "drop": ["World News", "Min Read"]},
    ),
    "an_image_credit_line_a_video_s_running_time_and_a_bracketed_source": (
        "South Korea Terminates Intelligence-Sharing Pact With Japan\nBy Ankit Panda\nAugust 23, 2019\n"
        "Image Credit: Flickr/Republic of Korea\n"
        "South Korea on Thursday said it would terminate the General Security of Military Information Agreement.\n"
        "[YONHAP]\nForeign Minister Kang Kyung-wha speaks to reporters in Nagoya, Japan, on Saturday.\n"
        "The pact allowed Seoul and Tokyo to share classified information on North Korea directly.\n"
        "Watch video 1:45\n",
        {"byline": "Ankit Panda", "keep": ["said it would terminate", "North Korea directly."],
         "drop": ["Image Credit", "YONHAP", "speaks to reporters", "Watch video"]},
    ),
    "a_government_s_press_statement_under_its_name": (
        "U.S. Department of State\nRepublic of Korea's Decision To Continue GSOMIA\nPress Statement\n"
        "Morgan Ortagus, Department Spokesperson\nNovember 22, 2019\n"
        "The United States welcomes the Republic of Korea's decision to continue the General Security of Military "
        "Information Agreement with Japan.\n"
        "We encourage Japan and the ROK to continue genuine discussions to resolve historical issues.\n",
        {"title": "Republic of Korea's Decision To Continue GSOMIA", "outlet": "U.S. Department of State",
         "published": "2019-11-22", "keep": ["welcomes the Republic", "historical issues."],
         "drop": ["Press Statement", "Spokesperson"]},
    ),
    "a_link_to_the_japanese_version_and_a_subscription_s_wall": (
        "The Mainichi\nJapan welcomes S. Korea's decision to stay in intel-sharing pact\n"
        "November 22, 2019 (Mainichi Japan)\nJapanese version\n"
        "TOKYO -- Prime Minister Shinzo Abe on Nov. 22 welcomed South Korea's decision to suspend the termination "
        "of a bilateral intelligence-sharing pact.\n"
        "Abe said North Korea's repeated missile launches made cooperation vital.\n"
        "Continue reading with a Nikkei subscription\nSubscribe now\n",
        {"outlet": "The Mainichi", "keep": ["Prime Minister Shinzo Abe on Nov. 22", "cooperation vital."],
         "drop": ["Japanese version", "Continue reading"]},
    ),
    "a_topics_line_over_the_story_a_stamp_in_two_digit_years_and_the_desk_s_links": (
        "Newsweek\nWorld\nTrump Officials Push South Korea to Stay in Military Pact With Japan\n"
        "By Tom O'Connor On 11/15/19 at 12:30 PM EST\nShare\nWorld South Korea Japan Mark Esper\n"
        "Defense Secretary Mark Esper on Friday urged South Korea not to quit its military intelligence-sharing "
        "agreement with Japan.\n"
        "South Korean Defense Minister Jeong Kyeong-doo said Seoul would decide after considering all factors.\n"
        "Request Reprint & Licensing Submit Correction View Editorial Guidelines\n",
        {"published": "2019-11-15", "byline": "Tom O'Connor", "keep": ["on Friday urged", "all factors."],
         "drop": ["Mark Esper\n", "World South Korea", "Request Reprint"]},
    ),
    "a_wire_s_copyright_under_the_story": (
        "Japan Today\nnational\nAbe says Japan welcomes Seoul's intel pact decision\nTOKYO\n"
        "Prime Minister Shinzo Abe said Friday Japan welcomes South Korea's decision to keep a military "
        "intelligence-sharing pact.\n"
        "Japan will continue to seek South Korea's wise response on the wartime labor issue, Abe added.\n"
        "© KYODO\n5 Comments\nLogin to comment\n",
        {"outlet": "Kyodo", "keep": ["Prime Minister Shinzo Abe said Friday", "Abe added."],
         "drop": ["KYODO", "Comments"]},
    ),
    "a_caption_under_the_asahi_s_photo_mark": (
        "Abe welcomes Seoul's U-turn on GSOMIA, but trade curbs stay\nBy KAZUTO TSUKAMOTO/ Staff Writer\n"
        "November 23, 2019 at 17:35 JST\n"
        "Photo/Illutration Prime Minister Shinzo Abe speaks to reporters at the prime minister's office in Tokyo on "
        "Nov. 22. (Takeshi Iwashita)\n"
        "Prime Minister Shinzo Abe on Nov. 22 welcomed South Korea's decision to keep a bilateral military "
        "intelligence-sharing pact.\n\"I think South Korea made a strategic judgment,\" Abe told reporters.\n",
        {"published": "2019-11-23", "byline": "Kazuto Tsukamoto", "keep": ["welcomed South Korea's", "Abe told"],
         "drop": ["Photo/Illutration", "Iwashita"]},
    ),
    "the_writer_s_name_and_the_day_without_by": (
        "NK News\nJapan, South Korea keep intelligence pact alive: what it means for North Korea\n"
        "Chad O'Carroll November 22, 2019\n"
        "South Korea on Friday said it will conditionally suspend the expiration of an intelligence-sharing pact "
        "with Japan.\nNorth Korea has launched more than a dozen rounds of missiles this year.\n",
        {"published": "2019-11-22", "keep": ["South Korea on Friday", "this year."], "drop": ["O'Carroll"]},
    ),
    "a_blog_s_like_buttons_after_a_spun_wire_copy": (
        "South Korea's Intelligence Pact With Japan Set to Lapse at Midnight | World News\n"
        "Posted by Admin on November 22, 2019\n"
        "SEOUL (Reuters) – South Korea's presidential workplace mentioned on Friday it will droop an "
        "intelligence-sharing pact with Japan to expire at midnight.\n"
        "Japanese Prime Minister Shinzo Abe mentioned Tokyo welcomed the transfer.\n"
        "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\nRelated\n",
        {"title": "South Korea's Intelligence Pact With Japan Set to Lapse at Midnight", "byline": None,
         "outlet": "Reuters", "published": "2019-11-22", "keep": ["presidential workplace", "the transfer."],
         "drop": ["Like this", "Like Loading"]},
    ),
    "a_radio_script_s_sound_bite_cue": (
        "Seoul Suspends GSOMIA Termination\nWrite: 2019-11-22 18:27:50Update: 2019-11-22 19:03:11\n"
        "Report: Cheong Wa Dae on Friday announced that it will suspend the expiration of the pact.\n"
        "[Sound bite: NSO deputy director Kim You-geun]\n"
        "\"The government has decided to suspend the effect of the Aug. 23 notice to terminate the GSOMIA.\"\n",
        {"introduced": ((1, "NSO deputy director Kim You-geun"),), "keep": ["Cheong Wa Dae on Friday", "Aug. 23"],
         "drop": ["Sound bite"]},
    ),
    "a_caption_telling_who_stands_where_under_a_section_s_label": (
        "Foreign Affairs\nNov 25, 2019\n"
        "Foreign Minister Kang Kyung-wha (right) and Japanese Foreign Minister Toshimitsu Motegi on Nov. 23 shake "
        "hands at their talks in Nagoya, Japan. (Ministry of Foreign Affairs)\nBy Lee Kyoung-mi\n"
        "Foreign Minister Kang Kyung-wha and her Japanese counterpart Toshimitsu Motegi on Nov. 23 agreed to continue "
        "close communication to resolve pending issues.\n"
        "The two also agreed to work toward a Korea-Japan summit.\nlkm@korea.kr\n",
        {"outlet": "Korea.net", "byline": "Lee Kyoung-mi", "keep": ["agreed to continue", "Korea-Japan summit."],
         "drop": ["(right)", "shake hands", "Foreign Affairs\n"]},
    ),
    "a_page_flattened_into_one_line_with_its_byline_glued_between_head_and_body": (
        "News Japan, South Korea keep intelligence pact alive Seoul's decision comes hours before deadline, after "
        "intense U.S. pressure By Chad O'Carroll November 22, 2019 South Korea on Friday said it will conditionally "
        "suspend the expiration of an intelligence-sharing pact with Japan, a move which will allow the two countries "
        "to keep sharing information on North Korean missile launches. The decision was announced by Kim You-geun. "
        "Subscribe to NK Pro to read this article and get full access to all our content. © Korea Risk Group. All "
        "rights reserved.\n",
        {"published": "2019-11-22", "byline": "Chad O'Carroll",
         "title": "Japan, South Korea keep intelligence pact alive Seoul's decision comes hours before deadline, "
                  "after intense U.S. pressure",
         "keep": ["South Korea on Friday said", "announced by Kim You-geun."],
         "drop": ["By Chad", "Subscribe to NK Pro", "All rights reserved", "News Japan"]},
    ),
    "a_wire_s_sign_off_on_a_line_of_its_own_after_the_story": (
        "Home | World | Asia\nJapan urges S. Korea to make 'wise decision' on GSOMIA\nThursday, November 21, 2019\n"
        "TOKYO -- Japan's defense minister on Thursday urged South Korea to make a \"wise decision\" on the pact.\n"
        "\"We strongly hope South Korea will make a wise decision,\" Taro Kono told reporters after a Cabinet meeting.\n"
        "(Kyodo)\nRelated News\nJapan, S. Korea defense chiefs fail to narrow gap\n",
        {"outlet": "Kyodo", "published": "2019-11-21", "keep": ["urged South Korea", "Cabinet meeting."],
         "drop": ["(Kyodo)", "fail to narrow"]},
    ),
    "a_headline_opening_with_a_city_and_a_dash_is_no_dateline": (
        "Seoul – Tokyo ties at a crossroads after the pact\nNovember 23, 2019\n"
        "Nagoya, Japan — Foreign ministers from the Group of 20 gathered on Friday in Nagoya for a two-day meeting.\n"
        "Motegi hopes to hold a one-on-one meeting with Kang on Saturday.\n",
        {"title": "Seoul – Tokyo ties at a crossroads after the pact", "dateline": Dateline("Nagoya, Japan", None),
         "keep": ["Foreign ministers from the Group of 20", "on Saturday."], "drop": ["crossroads"]},
    ),
    "a_standfirst_above_the_byline": (
        "The Diplomat\nSouth Korea Terminates Intelligence-Sharing Pact With Japan\n"
        "The decision comes amid a broader deterioration in relations between Seoul and Tokyo.\n"
        "By Ankit Panda\nAugust 23, 2019\n"
        "South Korea on Thursday said it would terminate the General Security of Military Information Agreement "
        "(GSOMIA) with Japan, a bilateral intelligence-sharing pact concluded in November 2016.\n"
        "The pact allowed Seoul and Tokyo to share classified information on North Korea's missile programs.\n",
        {"byline": "Ankit Panda", "published": "2019-08-23", "keep": ["South Korea on Thursday", "missile programs."],
         "drop": ["broader deterioration"]},
    ),
    "a_caption_marking_who_stands_where_as_yonhap_does": (
        "Kang, Motegi hold talks\nNovember 23, 2019\n"
        "Foreign Minister Kang Kyung-wha held talks with her Japanese counterpart Toshimitsu Motegi in Nagoya on "
        "Saturday, a day after the decision.\n"
        "South Korean Foreign Minister Kang Kyung-wha (R) shakes hands with her Japanese counterpart, Toshimitsu "
        "Motegi, before their talks in Nagoya, Japan.\n"
        "The two agreed to continue dialogue to resolve pending issues, including export restrictions.\n",
        {"keep": ["held talks with", "export restrictions."], "drop": ["shakes hands"]},
    ),
    "the_wire_s_end_mark_ends_the_story": (
        "(URGENT) S. Korea to conditionally suspend GSOMIA termination\nPOLITICS 18:03 November 22, 2019\n"
        "SEOUL, Nov. 22 (Yonhap) -- South Korea will conditionally suspend the termination of its military "
        "intelligence-sharing pact with Japan, a senior presidential official said Friday.\n(END)\n"
        "(LEAD) Kang, Motegi agree to continue talks\nPOLITICS 17:55 November 23, 2019\n",
        {"published": "2019-11-22", "outlet": "Yonhap", "keep": ["official said Friday."],
         "drop": ["(END)", "agree to continue talks"]},
    ),
    "key_points_under_their_label": (
        "South Korea decides to stay in intelligence-sharing pact with Japan\n"
        "Published Fri, Nov 22 2019 5:12 AM EST\nKey Points\n"
        "South Korea said it will conditionally suspend its decision to end an intelligence-sharing pact.\n"
        "The pact was due to expire at midnight on Friday.\n"
        "South Korea on Friday decided to conditionally suspend its decision to end an intelligence-sharing pact "
        "with Japan, hours before it was set to expire.\n",
        {"published": "2019-11-22", "keep": ["South Korea said it will", "due to expire at midnight", "hours before"],
         "drop": ["Key Points"]},
    ),
    "a_wire_story_named_by_a_source_line_under_an_agency_s_name": (
        "CNA\nAsia\nSouth Korea rejects Japan's explanation of GSOMIA deal\n"
        "25 Nov 2019 03:45PM (Updated: 25 Nov 2019 04:10PM)\n"
        "SEOUL: South Korea on Monday (Nov 25) accused Japan of distorting the details of a last-minute deal.\n"
        "Seoul's presidential office said Tokyo had misrepresented the negotiations.\nSource: Reuters/ec\n",
        {"outlet": "Reuters", "published": "2019-11-25", "keep": ["accused Japan", "misrepresented"],
         "drop": ["Source: Reuters"]},
    ),
    "a_standfirst_in_points_under_the_byline_and_contacts_after_the_story": (
        "Bloomberg\n\nSouth Korea Suspends Exit From Military Pact With Japan\n\n"
        "By Jihye Lee and Isabel Reynolds\nNovember 22, 2019, 9:09 AM EST\n\n"
        "South Korea to keep Gsomia in place conditionally, official says\n"
        "Seoul also suspends WTO complaint on Japan's export curbs\n\n"
        "South Korea said it would suspend its decision to end a military intelligence-sharing pact with Japan.\n\n"
        "Prime Minister Shinzo Abe told reporters in Tokyo that the move was a strategic decision by Seoul.\n\n"
        "To contact the reporters on this story:\nJihye Lee in Seoul at jlee2352@bloomberg.net;\n"
        "To contact the editors responsible for this story:\nBrendan Scott at bscott66@bloomberg.net\n",
        {"title": "South Korea Suspends Exit From Military Pact With Japan", "published": "2019-11-22",
         "keep": ["South Korea said it would suspend", "strategic decision by Seoul."],
         "drop": ["Seoul also suspends WTO complaint", "official says", "To contact the"]},
    ),
    "a_related_headline_in_title_case_ending_in_a_question": (
        "JAPAN Forward\nPolitics\nEmperor Receives Credentials as GSOMIA Row Simmers\n\nNovember 20, 2019\n\n"
        "The government waited on Wednesday for South Korea's final word on the intelligence pact.\n\n"
        "Chief Cabinet Secretary Yoshihide Suga said Japan would respond calmly whatever Seoul decided.\n\n"
        "Related:\nJapan-Korea Ties: What Next After GSOMIA Finally Expires?\n\nAuthor: Staff Writer, JAPAN Forward\n",
        {"keep": ["The government waited", "respond calmly"], "drop": ["What Next"]},
    ),
    "font_buttons_key_points_label_and_wires_credit": (
        "S Korea to keep intelligence deal with Japan\nAA AA\nAA\n22 Nov 2019\n\n"
        "South Korea said on Friday it would conditionally keep the intelligence-sharing deal with Japan.\n\n"
        "Key points:\nSeoul had announced in August it would end the pact\n\n"
        "Japanese Foreign Minister Toshimitsu Motegi welcomed the decision, saying it was strategic.\n\nABC/wires\n",
        {"published": "2019-11-22", "keep": ["conditionally keep", "announced in August", "welcomed the decision"],
         "drop": ["AA", "Key points", "ABC/wires"]},
    ),
    "a_masthead_s_motto_and_the_site_s_pitches_after_the_story": (
        "The Washington Post\nDemocracy Dies in Darkness\nAsia & Pacific\n"
        "South Korea pulls back from ending military intelligence deal with Japan\n"
        "By Simon Denyer and Min Joo Kim\nNovember 22, 2019 at 7:38 a.m. EST\n\n"
        "TOKYO — South Korea pulled back Friday from ending a military intelligence-sharing pact with Japan.\n\n"
        "Japan's foreign minister, Toshimitsu Motegi, welcomed the decision on Friday evening.\n\n"
        "DW sends out a selection of the day's news and features. Sign up here.\n"
        "Like this story? Share it with a friend!\nRead more World News in the Times of India.\n"
        "Subscribe to our newsletter\nGet the day's top stories in your inbox.\n",
        {"title": "South Korea pulls back from ending military intelligence deal with Japan",
         "outlet": "The Washington Post",
         "keep": ["pulled back Friday", "welcomed the decision"],
         "drop": ["Democracy Dies", "Sign up", "Share it", "Read more", "top stories"]},
    ),
    "where_the_piece_ran_first_names_the_outlet": (
        "Seoul to keep military pact with Tokyo\n\n"
        "South Korea said on Friday it would conditionally keep its military intelligence-sharing pact with Japan.\n\n"
        "This article was originally published by The Korea Herald.\n",
        {"outlet": "The Korea Herald", "keep": ["conditionally keep"], "drop": ["originally published"]},
    ),
    "a_wire_credited_with_via_under_the_headline": (
        "Seoul to keep military pact with Tokyo\nvia Reuters\nPublication date: 22 Nov 2019\n\n"
        "South Korea said on Friday it would conditionally keep its military intelligence-sharing pact with Japan.\n",
        {"title": "Seoul to keep military pact with Tokyo", "outlet": "Reuters", "published": "2019-11-22",
         "keep": ["conditionally keep"], "drop": ["via Reuters", "Publication date"]},
    ),
    "a_headline_of_a_quote_and_an_ellipsis": (
        "[Exclusive] Cheong Wa Dae \"Japan distorted the agreement\" ... protest to Japan\n2019.11.25 19:50\n\n"
        "Cheong Wa Dae protested strongly against the Japanese government, saying that Japan had distorted the "
        "agreement.\n\nReporter Kim Hyun-woo (hwkim@sbs.co.kr)\n",
        {"title": 'Cheong Wa Dae "Japan distorted the agreement" ... protest to Japan', "published": "2019-11-25",
         "keep": ["protested strongly"], "drop": ["Exclusive", "hwkim"]},
    ),
    "a_speaker_s_cue_on_a_line_of_its_own": (
        "ARIRANG NEWS\nS. Korea suspends GSOMIA termination hours before expiry\nNov. 22, 2019 18:30 KST\n\n"
        "Anchor :\nSouth Korea has decided to conditionally suspend its decision to terminate the GSOMIA.\n"
        "Kim Ji-yeon reports.\n\nReporter :\nJust six hours before the pact was set to expire, Seoul announced "
        "it would keep it in place.\n\nKim Ji-yeon, Arirang News.\n",
        {"published": "2019-11-22", "keep": ["conditionally suspend", "Just six hours"],
         "drop": ["Anchor", "Reporter", "reports."]},
    ),
    "a_site_s_motto_and_menu_above_the_headline": (
        "nippon.com\nYour Doorway to Japan\nHome > News > Politics\n"
        "Japan, S. Korea Defense Chiefs Meet in Bangkok, No Progress on GSOMIA\nPolitics Nov 17, 2019\n"
        "Bangkok, Nov. 17 (Jiji Press)--Japanese Defense Minister Taro Kono and his South Korean counterpart held "
        "talks in the Thai capital on Sunday.\n",
        {"title": "Japan, S. Korea Defense Chiefs Meet in Bangkok, No Progress on GSOMIA", "published": "2019-11-17",
         "keep": ["held talks"], "drop": ["Doorway"]},
    ),
    "a_menu_of_sections_above_the_headline": (
        "Fox News\nVideo | Politics | U.S. | Opinion | Business | Entertainment | Tech | Science | World\nWorld\n"
        "Esper warns South Korea intel pact exit would only help China, North Korea\n"
        "By Lucas Tomlinson | Fox News\nPublished November 15, 2019\n"
        "Defense Secretary Mark Esper urged South Korea on Friday to stay in a military intelligence-sharing "
        "agreement with Japan.\n",
        {"title": "Esper warns South Korea intel pact exit would only help China, North Korea",
         "keep": ["urged South Korea"], "drop": ["Entertainment"]},
    ),
    "a_headline_with_its_standfirst_and_a_writer_s_credit_under_them": (
        "Nikkei Asian Review\nPolitics\nJapan and South Korea clash over account of GSOMIA deal\n"
        "Tokyo denies altering explanation after Seoul demands correction\nRIEKO MIKI, Nikkei staff writer\n"
        "November 25, 2019 19:27 JST\n"
        "TOKYO -- Japan and South Korea on Monday traded accusations over how a last-minute deal was explained.\n",
        {"title": "Japan and South Korea clash over account of GSOMIA deal", "keep": ["traded accusations"],
         "drop": ["Tokyo denies"]},
    ),
    "a_headline_with_a_caption_and_two_writers_credited_under_them": (
        "Nikkei Asian Review\nJapan-South Korea rift\n"
        "Japan to tighten chip-material exports to South Korea in forced-labor retaliation\n"
        "Trade minister Hiroshige Seko speaks at a news conference in Tokyo. (Photo by Akira Kodaka)\n"
        "KAZUHIRO KIDA and ALEX FANG, Nikkei staff writers\nJuly 1, 2019 05:43 JST\n"
        "TOKYO -- Japan will tighten exports of three chemicals to South Korea, the trade ministry said on Monday.\n",
        {"title": "Japan to tighten chip-material exports to South Korea in forced-labor retaliation",
         "byline": "Kazuhiro Kida and Alex Fang", "keep": ["will tighten exports"], "drop": ["staff writers"]},
    ),
    "a_think_tank_s_blog_post_under_its_disclaimer": (
        "Council on Foreign Relations\nRegions\nTopics\nAsia Unbound\n\nBlog Post\n"
        "Blog posts represent the views of CFR fellows and staff and not those of CFR, which takes no "
        "institutional positions.\n\nSeoul Ends GSOMIA, and Washington Pays the Price\n"
        "South Korean protesters hold signs during a rally in Seoul on August 24, 2019. Kim Hong-Ji/Reuters\n"
        "Blog Post by Sheila A. Smith\nAugust 26, 2019 11:22 am (EST)\n\n"
        "Tokyo and Seoul have been feuding all summer, but until last week their quarrel was about history.\n",
        {"title": "Seoul Ends GSOMIA, and Washington Pays the Price", "byline": "Sheila A. Smith",
         "published": "2019-08-26", "keep": ["feuding all summer"], "drop": ["Blog posts represent", "Blog Post by"]},
    ),
    "a_commentary_run_first_elsewhere_with_a_captioned_photo_under_its_headline": (
        "RAND Corporation\nResearch\nTopics\n\nCommentary\n\nSouth Korea’s GSOMIA Gamble Is a Gift to Kim Jong Un\n\n"
        "commentary\n(The National Interest)\n\n"
        "South Korean marines take part in a military exercise on Dokdo island, August 25, 2019\n"
        "Photo by South Korean Navy/Handout via Reuters\n\nby Bruce W. Bennett\nSeptember 3, 2019\n\n"
        "On August 22, the South Korean government announced that it would terminate the GSOMIA with Japan.\n"
        "This commentary originally appeared on The National Interest on September 3, 2019. Commentary gives "
        "RAND researchers a platform for sharing insights based on their professional expertise.\n",
        {"title": "South Korea’s GSOMIA Gamble Is a Gift to Kim Jong Un", "outlet": "The National Interest",
         "byline": "Bruce W. Bennett", "keep": ["would terminate"], "drop": ["marines", "originally appeared"]},
    ),
    "a_section_s_name_from_the_menu_printed_again_over_the_headline": (
        "Semiconductor Engineering\nHome\nSystems & Design\nManufacturing, Packaging & Materials\n"
        "Test, Measurement & Analytics\nVideos\nMANUFACTURING, PACKAGING & MATERIALS\n"
        "Japan-Korea Trade Spat Roils Supply Chain\nJULY 25TH, 2019 - BY: MARK LAPEDUS\n"
        "Japan's export restrictions on three critical materials have sent shockwaves through the supply chain.\n",
        {"title": "Japan-Korea Trade Spat Roils Supply Chain", "keep": ["sent shockwaves"], "drop": ["MATERIALS"]},
    ),
    "a_headline_over_two_standfirst_lines": (
        "South China Morning Post\nJapan and South Korea hold first export control talks in three years amid trade row\n"
        "Officials meet in Tokyo as neighbours seek to ease tensions ahead of Abe-Moon summit next week\n"
        "Seoul hopes the talks will lead to the restoration of its place on the white list\n"
        "Julian Ryall in Tokyo\nPublished: 6:30pm, 16 Dec, 2019\n\n"
        "Japanese and South Korean trade officials met in Tokyo on Monday for their first talks in three years.\n\n"
        "Send Facebook Twitter Tumblr XING Google+ LinkedIn reddit\n\n"
        "Join ST's Telegram channel and get the latest breaking news delivered to you.\n",
        {"title": "Japan and South Korea hold first export control talks in three years amid trade row",
         "keep": ["met in Tokyo on Monday"], "drop": ["Officials meet", "white list", "Google+", "Telegram"]},
    ),
    "a_headline_above_a_spokesperson_s_credit": (
        "U.S. Department of State\nRepublic of Korea's Decision To Continue GSOMIA\nPress Statement\n"
        "Morgan Ortagus, Department Spokesperson\nNovember 22, 2019\n"
        "The United States welcomes the Republic of Korea's decision to continue the agreement with Japan.\n",
        {"title": "Republic of Korea's Decision To Continue GSOMIA", "keep": ["welcomes"], "drop": ["Ortagus"]},
    ),
    "captions_marked_before_and_credited_after_and_pitches_in_the_story": (
        "Seoul Blinks on GSOMIA, but the Export Control Row Is Far From Over\nNovember 25, 2019\n\n"
        "South Korea's decision to keep the intelligence pact alive was announced on Friday evening.\n\n"
        "(Photo) Prime Minister Shinzo Abe speaks to reporters in Tokyo on November 22. (© Sankei by Kouichi Yamada)\n\n"
        "NOW READING\n\nYour browser does not support the <audio> element.\n\n"
        "Seoul, however, insists that Japan promised to reconsider the export restrictions on three chemicals.\n\n"
        "More aboutJapanSouth KoreaNorth Korea\n\n"
        "Author: Tadashi Okazaki is a senior writer at The Sankei Shimbun and a former Seoul bureau chief.\n"
        "Follow JAPAN Forward on Twitter @japanforward\n"
        "The Daily Report: Start your day right with Asia Times' top stories\n"
        "For more articles like this, please visit us at bloomberg.com\nArticle Tags: Japan, South Korea, Alliances\n",
        {"published": "2019-11-25", "keep": ["was announced on Friday", "insists that Japan"],
         "drop": ["Kouichi", "NOW READING", "browser", "More about", "Okazaki", "Follow", "Start your day",
                  "For more", "Article Tags"]},
    ),
    "a_writer_named_with_a_colon_or_alone_above_the_stamp_and_their_note_after_the_story": (
        "The Interpreter\nJapan–South Korea: the alliance manager's nightmare\n"
        "Washington spent its leverage saving GSOMIA. It may need it again soon.\nEuan Graham\n27 Aug 2019 06:00\n\n"
        "Last Thursday, South Korea announced it would let its intelligence-sharing agreement with Japan lapse.\n\n"
        "Australia is not a bystander here. Canberra has its own arrangements with both countries.\n\n"
        "Euan Graham is executive director of La Trobe Asia at La Trobe University.\n",
        {"title": "Japan–South Korea: the alliance manager's nightmare", "byline": "Euan Graham",
         "published": "2019-08-27", "keep": ["Last Thursday", "not a bystander"],
         "drop": ["spent its leverage", "executive director"]},
    ),
    "an_author_with_a_colon_and_where_they_teach": (
        "East Asia Forum\nGSOMIA's near-death experience and what comes next\n4 December 2019\n"
        "Author: Ryo Sahashi, University of Tokyo\n\n"
        "On 22 November, six hours before its expiry, South Korea's government suspended the termination.\n\n"
        "Both leaders are expected to meet at the trilateral summit in Chengdu later this month.\n\n"
        "Ryo Sahashi is Associate Professor at the Institute for Advanced Studies on Asia, University of Tokyo.\n",
        {"byline": "Ryo Sahashi", "outlet": "East Asia Forum", "keep": ["six hours before", "Chengdu"],
         "drop": ["Associate Professor"]},
    ),
    "a_wire_story_on_a_newspaper_s_page_under_its_section_path": (
        "INQUIRER.net\nPhilippine Daily Inquirer\nGlobal Nation / Asia & Pacific\n"
        "South Korea scraps intelligence-sharing pact with Japan\nAgence France-Presse / 07:35 PM August 22, 2019\n"
        "More share options\n\n"
        "SEOUL, South Korea — South Korea said Thursday it would scrap a military intelligence-sharing pact with Japan.\n\n"
        "Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu Motegi shake hands before their "
        "talks in Nagoya, Japan on Saturday. Foreign Ministry\n\n"
        "Tokyo called the decision extremely regrettable and lodged a protest with Seoul.\n\n"
        "[Getty/Kyodo]\n\nPrime Minister Lee Nak-yon on Oct. 23 talks with Nukaga Fukushiro in Tokyo. "
        "(Prime Minister's Secretariat)\n\n"
        "— with reports from Kyodo News\nDon't miss out on the latest news and information.\n"
        "For feedback, complaints, or inquiries, contact us.\n"
        "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.\n",
        {"title": "South Korea scraps intelligence-sharing pact with Japan", "outlet": "AFP",
         "published": "2019-08-22", "keep": ["would scrap", "extremely regrettable"],
         "drop": ["share options", "shake hands", "Kyodo", "Don't miss", "feedback", "INQUIRER PLUS", "Getty",
                  "Secretariat"]},
    ),
    "a_writer_s_label_after_the_date_stamp": (
        "Moon, Abe hold rare talks on Asean sidelines - Bangkok Post\nBangkok Post\n"
        "published : 4 Nov 2019 at 18:45\nwriter: AFP\n\n"
        "South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe held an unscheduled "
        "11-minute conversation on Monday.\n",
        {"outlet": "AFP", "published": "2019-11-04", "keep": ["unscheduled"], "drop": ["writer"]},
    ),
    "the_update_stamp_above_the_publication_stamp": (
        "Seoul keeps pact alive for now\nUpdated : 2019-11-23 10:05\nPosted : 2019-11-22 09:00\n\n"
        "South Korea on Friday decided to keep the pact with Japan alive, at least for now, officials said.\n",
        {"published": "2019-11-22", "keep": ["decided to keep"], "drop": ["Updated", "Posted"]},
    ),
    "a_korean_wire_s_opening_and_its_notice_against_copying": (
        "NEWSIS\nSeoul and Tokyo to hold export talks\n"
        "[Seoul=Newsis] Reporter Kim Ji-hoon = South Korea and Japan will hold a director-general level meeting "
        "on export controls in Tokyo on the 16th, the ministry said on the 10th.\n"
        "Industry Minister Sung Yun-mo said the dialogue would lead to the withdrawal of the restrictions.\n"
        "Kim Ji-hoon, reporter (jhkim@newsis.com)\nUnauthorized reproduction and redistribution prohibited\n"
        "Published 2019.12.10 14:22\n",
        {"outlet": "Newsis", "published": "2019-12-10", "dateline": Dateline("Seoul", "Newsis"),
         "keep": ["will hold a director-general", "Sung Yun-mo said"], "drop": ["Unauthorized", "jhkim"]},
    ),
    "sponsored_slot_with_its_note_inside_the_story": (
        "Abe and Moon agree to keep talking\nDecember 24, 2019\n"
        "CHENGDU, China -- Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in agreed on "
        "Tuesday to keep talking about their dispute over wartime labor.\n"
        "Sponsored Content\n"
        "About Sponsored Content This content was commissioned by Nikkei's Global Business Bureau.\n"
        "The meeting comes a month after Seoul's decision to keep talking about the wartime labor dispute.\n"
        "Chinese President Xi Jinping met Abe and Moon separately in Beijing on Monday.\n"
        "Nikkei Asian Review, now known as Nikkei Asia, is the one-stop resource for all things Asia.\n",
        {"title": "Abe and Moon agree to keep talking", "published": "2019-12-24",
         "keep": ["agreed on Tuesday", "a month after Seoul's decision", "met Abe and Moon separately"],
         "drop": ["Sponsored", "commissioned", "one-stop"]},
    ),
    "captions_with_their_credit_in_brackets_and_the_nyt_credit": (
        "Esper presses South Korea on intel-sharing pact\nBy: Aaron Mehta    November 15, 2019\n"
        "U.S. Defense Secretary Mark Esper, left, and South Korean Defense Minister Jeong Kyeong-doo attend a "
        "joint news conference in Seoul on Nov. 15, 2019. (Jung Yeon-je/Pool via AP)\n"
        "SEOUL, South Korea — U.S. Defense Secretary Mark Esper on Friday urged South Korea to stay in the pact.\n"
        "Give this article\nImage\n"
        "Kim You-geun, a senior national security official, announcing the decision in Seoul on Friday.\n"
        "Credit...Yonhap, via Associated Press\n"
        "South Korean marines take part in a drill on the islands known as Dokdo [South Korean Navy via AP]\n"
        "Officials hold talks at the ministry in Tokyo's Chiyoda Ward on Dec. 16, 2019. (Mainichi/Kota Yoshida)\n"
        "Jeong said Seoul would make efforts to find a reasonable solution.\n",
        {"title": "Esper presses South Korea on intel-sharing pact", "published": "2019-11-15",
         "dateline": Dateline("SEOUL, South Korea", None),
         "keep": ["SEOUL, South Korea — U.S. Defense Secretary", "find a reasonable solution."],
         "drop": ["attend a", "Pool via AP", "Give this", "announcing the decision", "Credit...", "marines",
                  "Kota Yoshida"]},
    ),
    "captions_credited_in_capitals_with_a_file_mark_or_placing_people_between_commas": (
        "Milley presses Seoul on intel pact\nBy DANIEL RHEE | STARS AND STRIPES\nPublished: November 14, 2019\n"
        "Army Gen. Mark Milley and Gen. Park Han-ki review an honor guard in Seoul, Thursday, Nov. 14, 2019. "
        "DANIEL RHEE/STARS AND STRIPES\n"
        "South Korean Prime Minister Lee Nak-yon says Seoul could reconsider if Japan backs down "
        "[File: Kim Hong-Ji/Reuters]\n"
        "U.S. Defense Secretary Mark Esper, left, and South Korean Defense Minister Jeong Kyeong-doo at a joint news "
        "conference in Seoul, Nov. 15, 2019.\n"
        "SEOUL, South Korea — The top U.S. military officer urged South Korea on Thursday to keep the pact.\n\n"
        "Milley arrived from Tokyo, where he met Prime Minister Shinzo Abe on Tuesday.\n",
        {"title": "Milley presses Seoul on intel pact", "published": "2019-11-14",
         "dateline": Dateline("SEOUL, South Korea", None),
         "keep": ["SEOUL, South Korea — The top U.S. military officer", "Shinzo Abe on Tuesday."],
         "drop": ["honor guard", "Kim Hong-Ji", "Esper, left"]},
    ),
    "a_membership_paywall_and_a_bracketed_wire_copyright": (
        "The Wall Street Journal\nSouth Korea Reverses Course, Keeps Intelligence Pact With Japan\n"
        "Updated Nov. 22, 2019 8:49 am ET\n"
        "SEOUL—South Korea pulled back from a decision to end an intelligence-sharing agreement with Japan.\n\n"
        "The reversal eases a bitter feud between Seoul and Tokyo.\n\n"
        "[Copyright The Jiji Press, Ltd.]\n\n"
        "Continue reading your article with a WSJ membership\n\nView Membership Options\n"
        "Already a member? Sign In\n",
        {"title": "South Korea Reverses Course, Keeps Intelligence Pact With Japan",
         "keep": ["SEOUL—South Korea pulled back", "a bitter feud between Seoul and Tokyo."],
         "drop": ["Copyright", "Continue reading", "Membership Options", "Already a member"]},
    ),
    "the_associated_press_footer_under_a_rule_of_underscores": (
        "Esper presses Seoul to keep intelligence deal with Tokyo\nBy ROBERT BURNS and KIM TONG-HYUNG\n"
        "November 15, 2019\n"
        "SEOUL, South Korea (AP) — U.S. Defense Secretary Mark Esper on Friday urged South Korea to stay in the pact.\n\n"
        "On Thursday, Esper met with South Korean President Moon Jae-in.\n\n___\n\n"
        "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.\n"
        "All contents © copyright 2019 The Associated Press. All rights reserved.\n",
        {"title": "Esper presses Seoul to keep intelligence deal with Tokyo", "outlet": "Associated Press",
         "keep": ["SEOUL, South Korea (AP)", "President Moon Jae-in."], "drop": ["___", "All contents", "Yamaguchi"]},
    ),
    "a_caption_naming_one_person_and_its_credit_over_the_headline": (
        "Newsletter Signup Register / Login\nChief Cabinet Secretary Yoshihide Suga Image: REUTERS file\npolitics\n\n"
        "Japan says S Korea's decision to end intel pact 'extremely regrettable'\n\n0 Comments\nTOKYO\n\n"
        "Chief Cabinet Secretary Yoshihide Suga said Friday that South Korea's decision is \"extremely regrettable.\"\n\n"
        "Suga also rejected Seoul's claim that the decision was prompted by export controls.\n",
        {"title": "Japan says S Korea's decision to end intel pact 'extremely regrettable'",
         "keep": ["Suga said Friday", "prompted by export controls."], "drop": ["Image:"]},
    ),
    "a_writer_credited_without_by_and_an_agency_s_photo_credit": (
        "Nikkei Asian Review\nPolitics\nAbe and Moon agree to seek dialogue in first formal talks in 15 months\n"
        "RURIKA IMAHASHI, Nikkei staff writer\nDecember 24, 2019 20:13 JST\n"
        "Japanese Prime Minister Shinzo Abe, right, and South Korean President Moon Jae-in shake hands in Chengdu, "
        "China, on Dec. 24.   © Reuters\n"
        "CHENGDU, China -- Abe and Moon agreed on Tuesday to work toward resolving their differences.\n\n"
        "The two leaders met for about 45 minutes.\n",
        # The outlet by the name it went by then (Nikkei Asia since September 2020).
        {"title": "Abe and Moon agree to seek dialogue in first formal talks in 15 months",
         "outlet": "Nikkei Asian Review",
         "byline": "Rurika Imahashi", "keep": ["CHENGDU, China --", "about 45 minutes."], "drop": ["shake hands"]},
    ),
    "a_site_s_motto_under_its_name_over_the_headline": (
        "The Mainichi\nJapan's National Daily Since 1922\nJapan, S. Korea trade officials meet over export curbs\n"
        "July 13, 2019 (Mainichi Japan)\nJapanese version\n\n"
        "Officials of the Japanese and South Korean governments met in Tokyo on July 12 over Japan's curbs.\n\n"
        "The two sides remained far apart.\n",
        {"title": "Japan, S. Korea trade officials meet over export curbs", "published": "2019-07-13",
         "keep": ["met in Tokyo on July 12", "far apart."], "drop": ["Since 1922"]},
    ),
    "korean_sites_credits_mottoes_and_promotions": (
        "Korea.net\nThe official website of the Republic of Korea\nNews Focus\n"
        "Boycott of Japanese goods spreads to beer and clothing\nPosted on : Aug.5,2019 17:11 KST\n"
        "A sign hangs at a supermarket in Seoul on Aug. 4. (Kim Jeong-hyo, staff photographer)\n"
        "【Seoul=Newsis】 Reporter Kim Ji-hoon = A consumer boycott of Japanese products has spread to travel.\n\n"
        "President Moon Jae-in presides over an emergency Cabinet meeting (Korea.net DB)\n\n"
        "Finance Minister Hong Nam-ki said on the 2nd that the government is not involved.\n\n"
        "Featured image: Kim Jong Un at an artillery drill, KCNA, November 2019\n\n"
        "Get the full story and more with NK Pro\n\nKorean Culture and Information Service\n",
        {"title": "Boycott of Japanese goods spreads to beer and clothing", "published": "2019-08-05",
         "dateline": Dateline("Seoul", "Newsis"),
         "keep": ["A consumer boycott of Japanese products", "is not involved."],
         "drop": ["official website", "staff photographer", "Korea.net DB", "Featured image", "NK Pro",
                  "Culture and Information"]},
    ),
    "a_japanese_daily_s_own_photo_credit_and_a_tail_of_sponsor_and_comments": (
        "Japan denies apologizing to S. Korea\nNovember 26, 2019 (Mainichi Japan)\n"
        "Economy, Trade and Industry Minister Hiroshi Kajiyama is seen in this file photo. (Mainichi)\n"
        "TOKYO -- The Japanese government on Nov. 26 flatly denied South Korean claims that it had apologized.\n"
        "Prime Minister Shinzo Abe speaks in the Diet on Nov. 25, 2019. (The Asahi Shimbun)\n"
        "Chief Cabinet Secretary Yoshihide Suga also rejected the claim at his regular press conference.\n"
        "Sponsored by Trip.com\nUse your Japan Today account to leave comments.\nLogin to comment\n",
        {"title": "Japan denies apologizing to S. Korea", "dateline": Dateline("TOKYO", None),
         "keep": ["flatly denied", "regular press conference."],
         "drop": ["file photo", "speaks in the Diet", "Trip.com", "leave comments"]},
    ),
    "a_caption_with_no_credit_above_the_dateline_or_naming_its_person_as_the_story_does": (
        "North Korea Fires Missile, Possibly From Submarine\nBy William Gallo\nOctober 02, 2019 03:15 AM\nShare\n"
        "A man watches a TV screen showing a file image of a North Korean missile launch during a news program at "
        "the Seoul Railway Station in Seoul, South Korea, Oct. 2, 2019.\n"
        "SEOUL - North Korea fired a ballistic missile early Wednesday, South Korea's military said.\n"
        "Kim You-geun, the first deputy chief of the National Security Office at Cheong Wa Dae, speaks at a press "
        "briefing at the presidential office on Friday.\n"
        "The missile flew about 450 kilometers, according to the Joint Chiefs of Staff.\n"
        "Kim You-geun, the first deputy chief of the National Security Office at Cheong Wa Dae, told reporters "
        "that Seoul would respond.\n"
        "Kim You-geun announces the decision at the presidential office in Seoul on Friday | Photo: Cheong Wa Dae\n"
        "Japan said the missile came down inside its exclusive economic zone.\n",
        {"title": "North Korea Fires Missile, Possibly From Submarine", "dateline": Dateline("SEOUL", None),
         "keep": ["fired a ballistic missile", "told reporters", "exclusive economic zone."],
         "drop": ["A man watches", "speaks at a press briefing", "Photo: Cheong Wa Dae"]},
    ),
    # ... but a lead in the present tense naming its person as the story does again, a roundup's
    # paragraph before its next story's dateline, and a paper's sign-off after its last paragraph stay.
    "no_caption_without_a_credit_among_the_story_s_own_paragraphs": (
        "Kang heads to Nagoya\nNov 22, 2019\n"
        "SEOUL -- The government kept the pact on Friday.\n"
        "South Korea's Foreign Minister Kang Kyung-wha leaves for Nagoya on Friday to attend the G20 meeting.\n"
        "Under the pact, Seoul takes part in sharing classified data on North Korean missiles with Tokyo.\n"
        "TOKYO, Aug. 23 (Yonhap) -- Japan protested the decision.\n"
        "South Korea's Foreign Minister Kang Kyung-wha will also meet U.S. officials, the ministry said.\n"
        "Prime Minister Shinzo Abe told reporters that Japan had not changed its position. (Mainichi)\n",
        {"keep": ["leaves for Nagoya", "takes part in sharing", "Japan protested", "had not changed its position."],
         "drop": ["(Mainichi)"]},
    ),
    "a_broadcast_s_hand_off_and_sign_off_a_site_s_error_block_and_a_dated_related_list": (
        "Moon and Abe hold first formal talks in 15 months\nDec 24, 2019\n"
        "CHENGDU -- The leaders of South Korea and Japan held their first formal summit in 15 months on Tuesday.\n"
        "Our Kim Hyo-sun reports from Chengdu, China.\n"
        "The two leaders agreed that the export dispute should be resolved through dialogue.\n"
        "Kim Hyo-sun, Arirang News, Chengdu.\nShare this content\nGet the NK News Daily Update\n"
        "Page not found\nThe content you requested does not exist or is not available anymore.\n"
        "Related content\nJapan drops South Korea from trade 'white list' 02.08.2019\n"
        "Japan's cabinet has approved the removal of South Korea from a list of countries that enjoy preferential "
        "trade status.\nSouth Koreans boycott Japanese goods as trade row deepens 23.07.2019\n"
        "Hiroyuki Akita is a Nikkei commentator.\n",
        {"title": "Moon and Abe hold first formal talks in 15 months", "dateline": Dateline("CHENGDU", None),
         "keep": ["first formal summit", "through dialogue."],
         "drop": ["reports from Chengdu", "Arirang News", "Share this", "Daily Update", "Page not found",
                  "does not exist", "preferential trade", "boycott", "Nikkei commentator"]},
    ),
    "a_commentator_s_note_after_the_piece": (
        "Japan and South Korea must not waste GSOMIA's reprieve\nDecember 4, 2019 05:00 JST\n"
        "TOKYO -- The pact survived its brush with death on Nov. 22, when Seoul suspended its notice.\n"
        "But the reprieve is conditional, and the way it was reached should worry anyone in the region.\n"
        "Third, Abe and Moon must talk, and the summit in Chengdu is the place to start.\n"
        "Hiroyuki Akita is a Nikkei commentator.\n",
        {"keep": ["brush with death", "place to start."], "drop": ["Nikkei commentator"]},
    ),
    # A line with a short quotation and many words after it, beside a credit, is read at once: it is
    # no caption (its quote marks are searched without trying every way to split the words after them).
    "a_short_quotation_and_many_words_after_it_beside_a_credit": (
        "Seoul keeps pact\nNov 22, 2019\n"
        "SEOUL -- South Korea said on Friday it would keep its military pact with Japan for now.\n"
        "Abe says the two are \"important neighbors\" to each other but that it is up to Seoul to settle the "
        "dispute over the rulings on the labor of the war years\n[Photo: Yonhap]\n",
        {"keep": ["keep its military pact", "important neighbors"], "drop": ["[Photo"]},
    ),
    "a_broadcaster_s_note_on_its_wires_and_its_time_zone": (
        "Esper urges allies to save pact\nFri 15 Nov 2019, 7:40pm\n"
        "US Defence Secretary Mark Esper has urged South Korea and Japan to patch up their differences.\n"
        "The pact expires on November 23.\nABC/wires\n"
        "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World "
        "Service which is copyright and cannot be reproduced.\n"
        "AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)\n",
        {"keep": ["patch up their differences", "expires on November 23."], "drop": ["This service", "AEST"]},
    ),
    "kyodo_s_end_mark_glued_to_the_last_sentence": (
        "Japan eases export curbs on one chemical\nKYODO NEWS - Dec 20, 2019 - 18:03 | World, All\n"
        "TOKYO - Japan on Friday partially eased its tightened export controls on South Korea for photoresist.\n\n"
        "Industry minister Hiroshi Kajiyama said the step was based on \"actual transactions.\" ==Kyodo\n",
        {"title": "Japan eases export curbs on one chemical", "outlet": "Kyodo",
         "keep": ["partially eased", "\"actual transactions.\""], "drop": ["==Kyodo"]},
    ),
    "the_writer_s_note_saying_what_they_cover_and_a_newsletter_pitch": (
        "South China Morning Post\nSouth Korea pulls back from brink, keeps Gsomia alive\nPark Min-jun\n"
        "Published: 7:45pm, 22 Nov, 2019\n"
        "South Korea on Friday pulled back from ending a military intelligence-sharing pact with Japan.\n\n"
        "Get the latest insights and analysis from our Global Impact newsletter on the big stories originating in "
        "China.\n\n"
        "Seoul said it would suspend its decision to terminate the agreement.\n\n"
        "Analysts said Seoul had been under intense US pressure.\n\n"
        "Park Min-jun joined the Post in 2018 and covers politics and security on the Korean peninsula.\n"
        "Follow her on Twitter @parkminjun\n",
        {"title": "South Korea pulls back from brink, keeps Gsomia alive", "byline": "Park Min-jun",
         "keep": ["pulled back from ending", "intense US pressure."],
         "drop": ["Global Impact", "joined the Post", "Follow her"]},
    ),
    "an_opinion_headline_of_two_sentences_over_a_reader_s_button": (
        "Democracy Dies in Darkness\nSign In\nOpinion\n"
        "South Korea and Japan are playing a dangerous game. The U.S. isn’t helping.\nBy Editorial Board\n"
        "August 25, 2019 at 6:43 p.m. EDT\nAdd to list\nShare\n\n"
        "SOUTH KOREA’S announcement on Thursday that it will terminate an intelligence-sharing agreement with Japan is "
        "a self-defeating move.\n\nThe dispute between Seoul and Tokyo has deep roots.\n",
        {"title": "South Korea and Japan are playing a dangerous game. The U.S. isn’t helping.",
         "published": "2019-08-25", "keep": ["SOUTH KOREA’S announcement", "deep roots."],
         "drop": ["dangerous game", "Add to list"]},
    ),
    "the_writer_s_sign_off_with_an_address_is_the_byline": (
        "Forced labor victims apply for sale of seized Nippon Steel shares\nMAY. 02, 2019 07:28\n"
        "The plaintiffs' legal team said on the 1st that it had applied to the court for an order to sell shares.\n\n"
        "It is expected to take at least several months for the court to appraise the shares.\n\n"
        "Jae-Young Kim redfoot@donga.com\n",
        {"title": "Forced labor victims apply for sale of seized Nippon Steel shares", "byline": "Jae-Young Kim",
         "keep": ["legal team said", "appraise the shares."], "drop": ["redfoot@"]},
    ),
    "an_editorial_another_paper_ran_first_on_a_news_agency_s_page": (
        "Yonhap News Agency\nNational Politics\n(EDITORIAL from Korea Times on Nov. 23) Saving GSOMIA\n"
        "All News 07:01 November 23, 2019\n"
        "The Moon Jae-in administration made a wise decision Friday to suspend its earlier decision.\n\n"
        "It should now seek follow-up steps with Tokyo.\n",
        {"title": "Saving GSOMIA", "outlet": "The Korea Times", "published": "2019-11-23",
         "keep": ["made a wise decision", "follow-up steps"], "drop": ["EDITORIAL from"]},
    ),
    "newsletter_box_and_the_writer_s_note_after_the_story": (
        "Milley presses Seoul on pact\nBy Kim Gamel\nPublished: November 14, 2019\n"
        "SEOUL, South Korea — The top U.S. general urged South Korea on Thursday to stay in the pact.\n"
        "\"We will be talking about GSOMIA,\" Esper told reporters on Wednesday.\n"
        "CNN's Yoko Wakatsuki contributed reporting from Tokyo.\n"
        "About Kim Gamel\n"
        "Kim Gamel is the Seoul bureau chief for Stars and Stripes. She has covered conflicts for two decades.\n"
        "Stay up to date with the latest news and analysis from Stars and Stripes. Sign up for our newsletter\n"
        "Email address\nGet the Early Bird Brief\n"
        "Get the military's most comprehensive news stories delivered each morning.\n"
        "Thanks for signing up!\nBy giving us your email, you are opting in to the Early Bird Brief.\n"
        "Stay updated with notifications for breaking news and our best stories\nGet WhatsApp alerts\n"
        "In a time of both misinformation and too much information, quality journalism is more crucial than ever.\n"
        "By subscribing, you can help us get the story right.\n"
        "Want more articles like this? Follow SCMP Asia on Facebook.\n"
        "THE CONTENTS OF THIS SITE ARE ©2019 CAPITOL HILL PUBLISHING CORP., A SUBSIDIARY OF NEWS COMMUNICATIONS, "
        "INC.\n",
        {"title": "Milley presses Seoul on pact", "published": "2019-11-14", "byline": "Kim Gamel",
         "keep": ["urged South Korea on Thursday", "Esper told reporters on Wednesday."],
         "drop": ["Wakatsuki", "About Kim", "bureau chief", "newsletter", "Email address", "Early Bird",
                  "comprehensive", "Thanks", "notifications", "WhatsApp", "quality journalism", "By subscribing", "Want more",
                  "CAPITOL HILL"]},
    ),
    "xinhua_editor_and_end_mark_glued_to_the_last_sentence": (
        "S. Korea suspends GSOMIA termination\nSource: Xinhua| 2019-11-22 19:33:47|Editor: huaxia\n"
        "SEOUL, Nov. 22 (Xinhua) -- South Korea decided on Friday to suspend the termination of the pact.\n"
        "Kang Kyung-wha decided to attend the G20 meeting in Nagoya on Saturday, the foreign ministry said. "
        "Enditem\n"
        "Editor: Shi Yinglun\n",
        {"outlet": "Xinhua", "keep": ["decided on Friday to suspend", "the foreign ministry said."],
         "drop": ["Enditem", "Shi Yinglun"]},
    ),
    "a_sentence_citing_a_web_address_is_the_story_s": (
        "Seoul keeps pact\nNovember 22, 2019\n"
        "SEOUL, Nov. 22 (Yonhap) -- South Korea decided on Friday to keep its pact with Japan.\n"
        "The full text of the statement is posted on the presidential website "
        "(https://www.president.go.kr/articles/7777) in Korean and English.\n"
        "Visit www.yna.co.kr for more.\n",
        {"keep": ["decided on Friday", "The full text of the statement is posted"], "drop": ["Visit www"]},
    ),
    # The last paragraph over a lone wire sign-off is the story's, not a caption: it reports what
    # someone said; the categories after a blog's byline name no outlet.
    "the_last_paragraph_over_a_wire_sign_off_and_a_blog_s_categories": (
        "The Korea Bizwire\nJapanese Beer Imports Plunge 99.9 pct as Boycott Drags On\n"
        "Posted on November 15, 2019 by Kevin Lee in Business, Economy\n\n"
        "SEOUL, Nov. 15 (Korea Bizwire) — Imports of Japanese beer to South Korea all but dried up in October as a "
        "consumer boycott of Japanese products entered its fourth month, customs data showed Friday.\n\n"
        "Meanwhile, the number of South Koreans visiting Japan fell 58.1 percent in September, the Japan National "
        "Tourism Organization (JNTO) said.\n\n(Yonhap)\n",
        {"outlet": "Korea Bizwire", "byline": "Kevin Lee", "keep": ["all but dried up", "visiting Japan fell"],
         "drop": ["(Yonhap)", "Posted on"]},
    ),
    # Notes on the writers closing the story, with their names over them and the short lines between.
    "notes_on_the_writers_under_their_names": (
        "South Korea pulls back from the brink\nBy Simon Denyer and Min Joo Kim\n"
        "November 22, 2019 at 5:33 a.m. EST\n"
        "TOKYO — South Korea on Friday reversed its decision to withdraw from a military intelligence-sharing "
        "agreement with Japan.\nThe decision came hours before the pact was due to expire at midnight.\n"
        "Kim reported from Seoul.\nSimon Denyer\n"
        "Simon Denyer is The Washington Post's bureau chief in Tokyo. He previously served as bureau chief in China "
        "and in India and Afghanistan, and as a Reuters bureau chief in Washington and India.\nFollow\n"
        "Min Joo Kim\nMin Joo Kim is a reporter at The Washington Post's Seoul bureau. Follow\n",
        {"keep": ["reversed its decision", "due to expire"], "drop": ["bureau chief", "Follow", "Min Joo Kim"]},
    ),
    "a_note_on_a_writer_the_story_never_names_then_related_stories": (
        "Japan–South Korea feud puts US alliance network to the test\n22 December 2019\n"
        "Author: Mason Richey, HUFS\n"
        "The 22 November decision by the South Korean government to suspend the termination of GSOMIA spared "
        "Washington a major embarrassment.\n"
        "A South Korean protester holds a sign during a rally near the US embassy in Seoul, 22 November 2019 "
        "(Photo: Reuters/Kim Hong-Ji).\n"
        "When Seoul announced its intention to withdraw on 22 August, it framed the move as a response.\n"
        "The lesson for Washington is that its allies cannot be treated as interchangeable parts.\n"
        "Mason Richey is Associate Professor at Hankuk University of Foreign Studies, Seoul.\n"
        "Areas of expertise: Korea; alliances\nRELATED POSTS\n"
        "Japan–South Korea relations need more than quick fixes\n"
        "Can Seoul and Tokyo find a way out of their history trap?\n© 2019 East Asia Forum\n",
        {"outlet": "East Asia Forum", "byline": "Mason Richey", "keep": ["spared Washington", "interchangeable parts"],
         "drop": ["holds a sign", "Associate Professor", "expertise", "history trap"]},
    ),
    # An outlet's name among the items of a menu, or among the tags under the story, names no outlet.
    "an_outlet_s_name_in_a_menu_or_among_the_tags": (
        "MINISTRY OF NATIONAL DEFENSE\nREPUBLIC OF KOREA\nNews\nPress Release\nDefense News\nPhoto News\n"
        "MND Statement on the Termination of the Korea-Japan GSOMIA\nDate 2019-08-23\n\n"
        "The Ministry of National Defense respects the Government's decision to terminate the Korea-Japan GSOMIA.\n"
        "The ministry will keep its defense posture firm.\nRelated Issues\nForeign Policy\nNational Security\n",
        {"title": "MND Statement on the Termination of the Korea-Japan GSOMIA", "outlet": "Ministry of National Defense",
         "keep": ["respects the Government's decision"], "drop": ["Photo News", "Foreign Policy"]},
    ),
    # A transcript's speaker labels in capitals are written as names are, when they name a person.
    "speaker_labels_in_capitals": (
        "Press Conference by the Chief Cabinet Secretary\nFriday, August 23, 2019 (AM)\n\n"
        "REPORTER: Please tell us the Government's response to the decision made yesterday.\n\n"
        "CHIEF CABINET SECRETARY SUGA: The ROK Government's decision is extremely regrettable for Japan.\n\n"
        "KEPT SEPARATELY: The government will respond calmly and appropriately, he added.\n",
        {"keep": ["REPORTER: Please tell us", "Chief Cabinet Secretary Suga: The ROK", "KEPT SEPARATELY:"],
         "drop": ["CHIEF CABINET"]},
    ),
    "a_credit_glued_to_its_caption_and_a_source_label_on_its_own_line": (
        "US envoy presses Seoul to keep intelligence pact\nPUBLISHED\nNOV 6, 2019, 5:44 PM SGT\n"
        "Mr David Stilwell, US Assistant Secretary of State for East Asian and Pacific Affairs, speaking to the "
        "media after talks in Seoul yesterday.PHOTO: EPA-EFE\n"
        "SEOUL - The United States' top diplomat for East Asia yesterday urged South Korea to reconsider.\n"
        "Mr Stilwell met First Vice-Foreign Minister Cho Sei-young.\nSOURCE:\nAl Jazeera and news agencies\n",
        {"outlet": "Al Jazeera", "dateline": Dateline("SEOUL", None), "keep": ["top diplomat", "Cho Sei-young"],
         "drop": ["speaking to the media", "news agencies"]},
    ),
    "an_editorial_carried_with_where_and_when_it_ran_first": (
        "The Japan News\nEditorial\n\nSeoul must not let GSOMIA lapse\n\n"
        "South Korea decided in August to end the General Security of Military Information Agreement with Japan.\n\n"
        "The agreement is an important framework for the two countries.\n\n"
        "(From The Yomiuri Shimbun, Oct. 25, 2019)\nRelated Tags\n",
        {"published": "2019-10-25", "keep": ["decided in August", "important framework"], "drop": ["From The"]},
    ),
    "a_commentary_s_notes_and_a_broadcaster_s_promos": (
        "PacNet #51 – Don’t let GSOMIA become the alliance’s collateral damage\nSeptember 5, 2019\n\n"
        "MUST WATCH Seoul, South Korea (CNN)South Korea said on Thursday it would end the pact with Japan.\n\n"
        "Washington should use its leverage before the Nov. 23 deadline.\n\n"
        "A cargo ship is loaded at the port of Busan, South Korea.\nCredit: Depositphotos\n\n"
        "None of this will resolve the underlying dispute over history.\n\n"
        "CNN's Junko Ogura in Tokyo and Steven Jiang in Beijing contributed reporting.\n\n"
        "PacNet commentaries and responses represent the views of the respective authors.\n"
        "Daily newsletter\nReceive essential international news every morning\n"
        "Take international news everywhere with you! Download the France 24 app\n",
        {"keep": ["South Korea said on Thursday", "before the Nov. 23 deadline.", "dispute over history."],
         "drop": ["MUST WATCH", "cargo ship", "Depositphotos", "Junko Ogura", "respective authors", "Daily newsletter",
                  "essential international news", "France 24 app"]},
    ),
    "paywall_nags_inside_and_after_the_story_and_a_section_s_latest_headlines": (
        "Japan, South Korea resume export control talks\nDecember 16, 2019\n\n"
        "TOKYO (Jiji Press)--Japan and South Korea held export control talks in Tokyo on Monday.\n\n"
        "Subscribe to The Japan Times for unlimited access to all articles and our daily digital newspaper. "
        "Already a subscriber? Log in\n\n"
        "The two sides agreed to hold the next round of talks in Seoul.\n\n"
        "This is a premium article. Subscribe to AJW Premium to continue reading.\n\n"
        "Latest Politics News\nAbe, Moon Set to Meet in China Next Week\n"
        "Kajiyama Stresses Export Control Is Separate from Labor Issue\n"
        "Jiji Press English News Service is a paid subscription service. For details, click here.\n",
        {"keep": ["held export control talks", "next round of talks in Seoul."],
         "drop": ["unlimited access", "premium article", "Latest Politics", "Moon Set to Meet", "Kajiyama Stresses",
                  "paid subscription"]},
    ),
    "korean_and_japanese_papers_credits_and_a_data_service_s_promos": (
        "News1 Korea English  |  뉴스1\nHOME  >  Economy  >  Industry\n\n"
        "Japan's export curbs on 3 chip materials take effect... Gov't \"will take WTO complaint and all "
        "countermeasures\"\n\n"
        "Posted : 2019.07.04 11:42  |  Modified : 2019.07.04 15:07\n\n"
        "(Seoul=News1) Reporter Lee Jun-sung, Kim Hyo-jin\n\n"
        "[Chengdu (Sichuan Province, China) = Reporter Kenta Ogawa] Japan's export restrictions on three core "
        "materials went into effect on the 4th.\n\n"
        "Samsung Electronics' semiconductor production line in Hwaseong. (Photo provided by Samsung Electronics) "
        "2019.7.4/News1\n\n"
        "The government said it would file a complaint with the World Trade Organization.\n\n"
        "Get NK News Pro: the world's most detailed North Korea data, analysis and tools.  Learn more\n"
        "Sign up to the NK News daily update. Enter your email  Subscribe\n",
        {"outlet": "News1", "keep": ["Japan's export restrictions", "World Trade Organization."],
         "drop": ["Lee Jun-sung", "Kenta Ogawa", "production line", "NK News Pro", "daily update"]},
    ),
    "a_korean_paper_s_headline_in_two_parts_joined_by_an_ellipsis": (
        "국민일보  KUKMIN ILBO English Edition\nHome > Politics > North Korea·Unification\n\n"
        "N. Korea fires two projectiles into East Sea... Seoul shares info with Tokyo through GSOMIA two days after "
        "termination decision\n\n"
        "입력 2019-08-24 11:05   수정 2019-08-24 17:48\n\nReporter Kim Young-seon, Reporter Park Se-hwan\n\n"
        "Citizens watch a news report of North Korea's projectile launch at Seoul Station on the 24th. /Newsis\n\n"
        "North Korea fired two short-range projectiles into the East Sea on Saturday morning, the Joint Chiefs of "
        "Staff said.\n\nSeoul shared information on the launch with Tokyo under the pact.\n",
        {"title": "N. Korea fires two projectiles into East Sea... Seoul shares info with Tokyo through GSOMIA two days "
                  "after termination decision", "outlet": "Kukmin Ilbo", "published": "2019-08-24",
         "keep": ["fired two short-range projectiles", "under the pact."], "drop": ["Seoul Station"]},
    ),
    "a_ministry_s_notice_board": (
        "MINISTRY OF NATIONAL DEFENSE\nKOREAN | ENGLISH\nNEWS > Press Releases\nPress Releases\n"
        "Title    ROK-U.S. Defense Ministers' Talks Held\n"
        "Writer    Spokesperson's Office    Date    2019.08.09    Views    842\n"
        "Minister of National Defense Jeong Kyeong-doo held talks with U.S. Secretary of Defense Mark T. Esper in "
        "Seoul on the morning of August 9.\n\n"
        "The two Ministers assessed that the alliance remains as solid as ever.\n",
        {"title": "ROK-U.S. Defense Ministers' Talks Held", "published": "2019-08-09",
         "keep": ["held talks with", "solid as ever."], "drop": ["Writer", "Views"]},
    ),
    "a_readout_under_its_breadcrumb_and_its_office_s_name": (
        "Skip to content\nU.S. DEPARTMENT of STATE\nMenu\n\n"
        "Home › Office of the Spokesperson › Press Releases › Secretary Pompeo's Trilateral Meeting With Japanese "
        "Foreign Minister Kono and Republic of Korea Foreign Minister Kang\n\n"
        "Secretary Pompeo's Trilateral Meeting With Japanese Foreign Minister Kono and Republic of Korea Foreign "
        "Minister Kang\nREADOUT\nOFFICE OF THE SPOKESPERSON\nAUGUST 2, 2019\nShare\n\n"
        "Secretary Michael R. Pompeo met today with Japanese Foreign Minister Taro Kono and Republic of Korea Foreign "
        "Minister Kang Kyung-wha in Bangkok.\n\nThe Secretary and the Foreign Ministers discussed North Korea.\n",
        {"title": "Secretary Pompeo's Trilateral Meeting With Japanese Foreign Minister Kono and Republic of Korea "
                  "Foreign Minister Kang", "published": "2019-08-02",
         "keep": ["met today with", "discussed North Korea."], "drop": ["OFFICE OF THE SPOKESPERSON", "READOUT"]},
    ),
    "a_broadcaster_s_sound_bite_label_in_capitals_and_its_hand_off": (
        "Seoul decides to end GSOMIA\nUpdated: 2019-08-22 21:10:05 KST\n\n"
        "South Korea has decided to end its military intelligence-sharing pact with Japan.\n\n"
        "Our Kim Min-ji reports from the presidential office.\n\n"
        "Kim You-geun, the first deputy director of the National Security Office, announced the decision.\n\n"
        "[SOUNDBITE] KIM YOU-GEUN / 1st Deputy Director, National Security Office\n"
        '"The government has judged that it is not in line with our national interest to maintain the pact."\n\n'
        "Tokyo responded within hours.\n",
        {"introduced": ((2, "Kim You-geun"),), "keep": ["has decided to end", "not in line", "within hours"],
         "drop": ["SOUNDBITE", "reports from the presidential office"]},
    ),
    "sound_bites_that_carry_their_words_and_crossheads_over_quotations_stay": (
        "Seoul decides to end GSOMIA\nUpdated: 2019-08-22 21:10:05 KST\n\n"
        "South Korea has decided to end its military intelligence-sharing pact with Japan.\n\n"
        '[SOT] Moon Jae-in: "We will not lose to Japan again."\n\n'
        "[Sound bite] Kim You-geun said the government had decided to end the pact.\n\n"
        "North Korea Responds:\n"
        '"The puppets have shown their true colours," a spokesman said.\n\n'
        "Our Kim Min-ji reports from the presidential office that aides were relieved.\n\n"
        'The photos carried a notice reading "No reproduction without permission", and the museum declined.\n\n'
        "Views are my own and not the government's, the ambassador said in a tweet on Sunday.\n\n"
        "[1/2] of the pact's clauses remain in force, officials said.\n\n"
        "Line Manga, which Naver says is a paid subscription service, was unaffected.\n\n"
        "The NoNo Japan site lists Korean alternatives. Download the NoNo Japan app, a flyer urged shoppers.\n\n"
        "Washington expressed disappointment.\nCredit: Getty Images\n\n"
        "The ministry said the articles reflect the views of the authors, not of the government.\n\n"
        "[SOUNDBITE] Moon Jae-in, speaking at the Blue House, called the move reckless.\n\n"
        "What The Leaders Said:\n\"We will continue to talk,\" Moon Jae-in told reporters.\n",
        {"keep": ["lose to Japan again", "Kim You-geun said", "North Korea Responds:", "aides were relieved",
                  "the museum declined", "the ambassador said", "clauses remain", "Line Manga", "a flyer urged",
                  "expressed disappointment", "not of the government", "called the move reckless",
                  "What The Leaders Said:"], "drop": []},
    ),
    "a_sound_bite_cue_naming_its_speaker_in_capitals_in_brackets": (
        "Seoul decides to end GSOMIA\nUpdated: 2019-08-22 21:10:05 KST\n\n"
        "South Korea has decided to end its military intelligence-sharing pact with Japan.\n\n"
        "[Sound bite: KIM YOU-GEUN / 1st Deputy Director, National Security Office]\n"
        '"The government has judged that it is not in line with our national interest."\n',
        {"introduced": ((1, "Kim You-geun"),), "keep": ["national interest"], "drop": ["Sound bite"]},
    ),
    "a_sound_bite_cue_in_angle_brackets_over_words_without_quotation_marks": (
        "Esper urges Seoul to keep GSOMIA\nUpdated: 2019-11-18 20:10:05 KST\n\n"
        "U.S. Defense Secretary Mark Esper urged both allies to keep the pact on Sunday.\n\n"
        "<Interview : Mark Esper, U.S. Secretary of Defense>\n"
        "We continue to encourage both sides to sit down and work through their differences.\n",
        {"keep": ["encourage both sides"], "drop": ["<Interview"]},
    ),
    "a_sound_bite_cue_in_angle_brackets": (
        "Esper urges Seoul to keep GSOMIA\nUpdated: 2019-11-18 20:10:05 KST\n\n"
        "U.S. Defense Secretary Mark Esper urged both allies to keep the pact on Sunday.\n\n"
        "<Interview : Mark Esper, U.S. Secretary of Defense>\n"
        '"It\'s important that we stay focused on the common threats."\n',
        {"introduced": ((1, "Mark Esper"),), "keep": ["common threats"], "drop": ["<Interview"]},
    ),
    "a_speaker_s_label_over_a_quotation": (
        "Abe, Lee agree ties cannot be left as they are\nOctober 24, 2019\n\n"
        "Japanese Prime Minister Shinzo Abe met South Korean Prime Minister Lee Nak-yon in Tokyo on Thursday.\n\n"
        "Chief Cabinet Secretary Yoshihide Suga:\n"
        '"We will continue to strongly urge South Korea to correct the situation."\n\n'
        "Foreign Minister Kono:\n"
        '"The ball is in South Korea\'s court."\n\n'
        "A senior official said Tokyo saw the meeting as a chance to keep talking.\n",
        {"introduced": ((1, "Chief Cabinet Secretary Yoshihide Suga"), (2, "Foreign Minister Kono")),
         "keep": ["strongly urge", "keep talking"], "drop": ["Secretary Yoshihide Suga:", "Minister Kono:"]},
    ),
    "a_radio_correspondent_handed_over_to_and_signing_off": (
        "Leaders Of Japan And South Korea Hold First Formal Talks In More Than A Year\nDecember 24, 2019\n\n"
        "The leaders of Japan and South Korea sat down for formal talks today for the first time in 15 months.\n\n"
        "NPR's Anthony Kuhn reports from Seoul.\n\n"
        "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met in the Chinese city of Chengdu.\n\n"
        "For NPR News, I'm Anthony Kuhn in Seoul.\n",
        {"keep": ["sat down for formal talks", "city of Chengdu."], "drop": ["reports from Seoul", "I'm Anthony Kuhn"]},
    ),
    "a_video_player_s_boxes_and_a_newsletter_s_counters": (
        "US Defense Chief Urges Seoul to Keep Intel Pact\nNovember 15, 2019\n\n"
        "U.S. Defense Secretary Mark Esper urged South Korea on Friday to keep its intelligence pact with Japan.\n\n"
        "The code has been copied to your clipboard.\nwidth px height px\nThe URL has been copied to your clipboard\n"
        "No media source currently available\n0:00 0:02:11 0:00\nDownload file\nPop-out player\n\n"
        "Esper met Defense Minister Jeong Kyeong-doo in Seoul.\n\n"
        "124 claps\nShare this post\nDiscover more from Seoul Signal\nOver 2,000 subscribers\n"
        "Views are my own and not those of my employer.\nTo view or add a comment, sign in\n"
        "Opinions expressed are my own and do not necessarily reflect the views of the U.S. Department of Defense.\n"
        "[ⓒ Hankyoreh, No reproduction without permission]\n",
        {"keep": ["urged South Korea on Friday", "in Seoul."],
         "drop": ["clipboard", "width px", "No media source", "0:02:11", "Download file", "Pop-out", "claps",
                  "Share this post", "Discover more", "subscribers", "my own", "add a comment", "Hankyoreh"]},
    ),
    "a_gallery_s_captions_numbered_and_a_translation_note_glued_to_the_story": (
        "Korea-Japan Foreign Ministers' Meeting\n2019-11-23\n\n"
        "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Nagoya on November 23.\n\n"
        "[1/2] South Korean Foreign Minister Kang Kyung-wha arrives in Nagoya, Japan. Yonhap via REUTERS "
        "Acquire Licensing Rights\n\n"
        "Slide 1 of 12: Foreign ministers pose for a photo in Nagoya. © Provided by Reuters\n\n"
        "The two ministers agreed to continue dialogue on pending issues. * Unofficial Translation\n",
        {"keep": ["in Nagoya on November 23.", "on pending issues."],
         "drop": ["[1/2]", "Licensing", "Slide 1 of 12", "Unofficial Translation"]},
    ),
    "a_headline_ending_in_a_month_abbreviated_under_a_portal_s_name": (
        "Yahoo!ニュース\nヘルプ\nニュース トップ\n\n"
        "Japan, S. Korea foreign ministers agree to arrange Abe-Moon summit in Dec.\n2019/11/23(土) 20:14配信\n\n"
        "NAGOYA, Japan (Kyodo) -- The foreign ministers of Japan and South Korea agreed Saturday to work toward a "
        "meeting of their leaders next month.\n\nThe two met for about 35 minutes in Nagoya.\n",
        {"title": "Japan, S. Korea foreign ministers agree to arrange Abe-Moon summit in Dec.",
         "keep": ["agreed Saturday", "35 minutes"], "drop": ["Yahoo"]},
    ),
    "an_app_s_copy_under_its_bar_naming_the_outlet_and_sending_the_reader_there": (
        "SmartNews\nOpen in app\nGet the app\nThe Japan Times\nDec 24, 2019\n\n"
        "Abe and Moon agree to keep talking as first formal summit in 15 months ends\nby Kenji Arai\n\n"
        "CHENGDU, China – Prime Minister Shinzo Abe and President Moon Jae-in agreed on Tuesday to keep talking.\n\n"
        "The two leaders met for about 45 minutes.\n\nRead full article on The Japan Times\n",
        {"outlet": "The Japan Times", "keep": ["agreed on Tuesday", "45 minutes."], "drop": ["Read full article"]},
    ),
    "an_aggregator_s_copy_of_a_wire_story": (
        "Ground News\nHome\nSearch\n\nSouth Korea scraps military intelligence pact with Japan\nAug 22, 2019\n"
        "Summary by Ground News\n\n"
        "Seoul (AFP) - South Korea said Thursday it will scrap a military intelligence-sharing pact with Japan.\n\n"
        "Japan reacted swiftly and called the decision regrettable.\n\nRead Full Article at AFP\n"
        "Other sources covering this story\nReuters · Lean Center\nSouth Korea to scrap pact, fuelling tensions\n",
        {"outlet": "AFP", "title": "South Korea scraps military intelligence pact with Japan",
         "keep": ["will scrap", "called the decision regrettable."],
         "drop": ["Summary by", "Read Full", "Other sources", "Lean Center", "fuelling tensions"]},
    ),
    "a_shared_post_s_headline_in_brackets": (
        "KBS WORLD Radio News\nSeptember 18, 2019 ·\n[Seoul Removes Japan from Its Whitelist of Trusted Trade Partners]\n"
        "South Korea on Wednesday officially removed Japan from its list of trusted trade partners.\n\n"
        "Exporters shipping strategic items to Japan will now face tougher screening.\n",
        {"title": "Seoul Removes Japan from Its Whitelist of Trusted Trade Partners", "keep": ["tougher screening."],
         "drop": []},
    ),
    "a_think_tank_s_writer_printed_twice_with_the_post_and_its_notes_after_the_piece": (
        "Brookings\nSearch\nMenu\nOrder from Chaos\nSouth Korea's GSOMIA reprieve buys time, not trust\n"
        "Evan R. Sandler\nEvan R. Sandler\nNonresident Fellow - Foreign Policy, Center for East Asia Policy Studies\n"
        "Monday, November 25, 2019\n\n"
        "Seoul's last-minute decision to keep its intelligence pact with Tokyo avoided a crisis in the alliance.\n\n"
        "Six hours before it was due to expire, the agreement was given a reprieve.\n\n"
        "The reprieve proves that the alliance network still has some pull.\n\n"
        "1 Ministry of Defense of Japan, press release, October 2, 2019.\n"
        "2 Yonhap News Agency, \"Defense minister says GSOMIA has strategic value,\" October 4, 2019.\n\n"
        "Evan R. Sandler is a nonresident fellow at Brookings who served for two decades in the U.S. Air Force in "
        "missile warning and space operations assignments across Asia and Europe, later taught strategy at a war "
        "college, and now writes on alliance management, intelligence sharing and the politics of burden sharing "
        "in Northeast Asia.\n"
        "Like what you read? Become a Brookings member to support our work and get access to exclusive content.\n"
        "Get daily updates from Brookings\n"
        "The Brookings Institution is a nonprofit organization devoted to independent research and policy solutions.\n",
        {"title": "South Korea's GSOMIA reprieve buys time, not trust", "published": "2019-11-25",
         "keep": ["avoided a crisis", "still has some pull."],
         "drop": ["Ministry of Defense of Japan", "strategic value", "Sandler is", "Become a", "daily updates",
                  "nonprofit organization"]},
    ),
    "a_think_tank_s_note_on_its_commentaries": (
        "The Japan–South Korea Truce Has an Expiration Date\nFebruary 4, 2020\n\n"
        "The lesson of last November is that Washington's attention can avert a crisis at the last minute.\n\n"
        "The lesson of the months since is that it cannot keep one from returning.\n\n"
        "Commentary gives RAND researchers a platform to convey insights based on their professional expertise.\n"
        "More About This Commentary\n",
        {"keep": ["at the last minute.", "from returning."], "drop": ["a platform"]},
    ),
    "a_wiki_s_article": (
        "Japan–South Korea trade dispute\nFrom Wikipedia, the free encyclopedia\nJump to navigation Jump to search\n"
        "Japan–South Korea trade dispute\n"
        '"GSOMIA" redirects here. For the agreements the United States has concluded, see GSOMIA (disambiguation).\n'
        "Type: A bilateral trade dispute\nSigned: A. Kim and T. Suzuki, 23 November 2016\nLocation: Washington, D.C.\n"
        "Date\t1 July 2019 – present\n\n"
        "The Japan–South Korea trade dispute is an ongoing economic conflict between Japan and South Korea.[1] It "
        "spread to security cooperation when South Korea said it would not renew GSOMIA.[2][a]\n\n"
        "Contents\n1 Background\n2 GSOMIA\n3 See also\n4 References\n\n"
        "Background[edit]\n"
        "On 30 October 2018, the Supreme Court of Korea ordered Nippon Steel to pay compensation.[3]\n\n"
        "GSOMIA[edit]\n"
        "On 22 August 2019, Kim You-geun announced that Seoul would end the agreement.[citation needed]\n\n"
        "See also[edit]\nJapan–South Korea relations\n\nReferences[edit]\n"
        '^ "Japan to tighten export rules". Reuters. 1 July 2019. Retrieved 2 July 2019.\n\n'
        "Categories: 2019 in Japan\nThis page was last edited on 14 March 2021, at 09:12 (UTC).\n"
        "Text is available under the Creative Commons Attribution-ShareAlike License.\n",
        {"title": "Japan–South Korea trade dispute", "outlet": "Wikipedia", "published": "2021-03-14",
         "keep": ["an ongoing economic conflict between Japan and South Korea. It spread", "renew GSOMIA.",
                  "ordered Nippon Steel to pay compensation.", "would end the agreement."],
         "drop": ["Jump to", "redirects here", "Type:", "Signed:", "Location:", "Contents", "1 Background", "[edit]", "[1]",
                  "[a]", "[citation needed]", "Retrieved", "Categories", "last edited", "Creative Commons"]},
    ),
    "an_explainer_s_headline_of_two_sentences_over_its_stamp_and_the_writer_s_box": (
        "The Conversation\nAcademic rigour, journalistic flair\nArts + Culture\nBusiness + Economy\nCities\n"
        "South Korea just ditched its intelligence pact with Japan. Here's why that matters\n"
        "Published: August 26, 2019 10.14pm EDT\nAuthor\nHyun-ju Ahn\n"
        "Lecturer in International Relations, Monash University\nDisclosure statement\n"
        "Hyun-ju Ahn does not work for, consult, own shares in or receive funding from any company.\nPartners\n"
        "Monash University provides funding as a founding partner of The Conversation AU.\nView all partners\n\n"
        "Last Thursday, South Korea announced it would not renew the agreement.\n\n"
        "To understand why, it helps to look at the trade dispute behind it.\n\n"
        "Republish this article\nRepublish our articles for free, online or in print, under Creative Commons licence.\n"
        "We believe in the free flow of information. Will you make a monthly donation?\n",
        {"title": "South Korea just ditched its intelligence pact with Japan. Here's why that matters",
         "outlet": "The Conversation", "published": "2019-08-26",
         "keep": ["would not renew the agreement.", "the trade dispute behind it."],
         "drop": ["Academic rigour", "does not work for", "founding partner", "Republish", "free flow"]},
    ),
    "a_state_agency_s_page_dated_in_its_own_calendar": (
        "KCNA\nKorean Central News Agency of DPRK\nHome\nTop News\nKim Jong Un\nRevolutionary Activities\n"
        "Rodong Sinmun Blasts S. Korean Puppets' \"GSOMIA\" Farce\nJuche108(2019).11.25.\n"
        "Pyongyang, November 25 (KCNA) -- Rodong Sinmun Monday in a signed commentary denounces the south Korean "
        "puppet authorities.\n\nThe commentary warns that they will have to pay dearly.\n\n-0-\n"
        "www.kcna.kp (Juche108.11.25.)\n",
        {"title": "Rodong Sinmun Blasts S. Korean Puppets' \"GSOMIA\" Farce", "published": "2019-11-25",
         "keep": ["signed commentary", "pay dearly."], "drop": ["-0-", "kcna.kp"]},
    ),
    "copies_of_pages_by_text_browsers_feeds_caches_and_archives": (
        "The Wayback Machine - https://web.archive.org/web/20190824103512/https://www.reuters.com/article/a\n"
        "INTERNET ARCHIVE\n64 captures\nAbout this capture\nCOLLECTED BY\nOrganization: Archive Team\n"
        "Formed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of websites.\n"
        "Collection: ArchiveBot: The Archive Team Crowdsourced Crawler\nTIMESTAMPS\n"
        "This is Google's cache of https://www.koreatimes.co.kr/a. It is a snapshot of the page.\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.\n\n"
        "North Korea fires missiles; Seoul shares intelligence with Tokyo\nAugust 24, 2019\n\n"
        "SEOUL (Reuters) - North Korea fired two missiles on Saturday, according to [24]a readout.\n\n"
        "Seoul shared the data with Tokyo under the pact, a ministry official said.\n\n"
        "The post North Korea fires missiles appeared first on The Diplomat.\n"
        "Source text in Japanese: bit.ly/2OvT5xQ\nFurther company coverage:\nKey Words\n#N. Korea\n#GSOMIA\n",
        {"title": "North Korea fires missiles; Seoul shares intelligence with Tokyo", "published": "2019-08-24",
         "keep": ["according to a readout.", "a ministry official said."],
         "drop": ["Wayback", "captures", "Archive Team", "TIMESTAMPS", "Google's cache", "Ctrl+F", "[24]",
                  "appeared first", "Source text", "company coverage", "Key Words", "#GSOMIA"]},
    ),
    "an_interview_s_note_and_a_last_paragraph_over_the_agency_s_name": (
        "INTERVIEW/ Kono: GSOMIA 'working as it should'\nJanuary 9, 2020\n\n"
        "TOKYO -- Defense Minister Taro Kono said the pact with South Korea was working as it should.\n\n"
        "Abe and Moon last held formal talks in September last year.\nJiji Press\n\n"
        "This article was compiled from an interview by Takuya Horikawa and Yosuke Fukudome.\n",
        {"title": "Kono: GSOMIA 'working as it should'", "keep": ["working as it should.", "last held formal talks"],
         "drop": ["compiled from an interview"]},
    ),
    "story_lines_like_the_notes_boxes_and_greetings_of_other_pages_stay": (
        "Seoul keeps pact with Tokyo\nNovember 26, 2019\n\n"
        "HOST: South Korea kept its intelligence pact with Japan at the last minute on Friday. What happens now?\n\n"
        "Good evening. Welcome to the program, and thank you for joining us tonight.\n\n"
        "12 South Korean companies have been hit by the curbs since they took effect on July 4, 2019.\n\n"
        "Signed: Nov. 23, 2016, after years of delay over public opposition in South Korea.\n\n"
        "The National Human Rights Commission of Korea is an independent state body dedicated to protecting the "
        "rights of citizens.\n\n"
        "Kim said Article 21[2] of the pact allowed either party to end it.\n\n"
        "Happy Friday and welcome to the weekend edition, the host said as the show began.\n\n"
        "The Wayback Machine shows the statement was posted on Nov. 22 and taken down the next day.\n\n"
        "We believe in the free flow of information between allies, Defense Minister Jeong Kyeong-doo said.\n\n"
        "The campaign's slogans read:\n#NoJapan\n#BoycottJapan #NoAbe\n\nShops emptied their shelves of Japanese beer.\n\n"
        "Good evening. Welcome to Arirang News. South Korea has decided to end the pact, an official said Thursday.\n\n"
        "Listen to the story. South Korea has been weighing whether to scrap the pact since August.\n\n"
        "Conditions: The pact is renewed each year unless a party gives notice by Aug. 24.\n\n"
        "[24]Japan's foreign ministry said on Friday it welcomed the decision.\n\n"
        "Key words: trust and verification, Moon said on Friday.\n\nReporters Without Borders\n\n"
        "The story ranked first on the Naver main page.\n",
        {"keep": ["at the last minute on Friday", "Welcome to the program", "on July 4, 2019.", "Signed: Nov. 23",
                  "independent state body", "Happy Friday", "Wayback Machine shows", "free flow of information between",
                  "#NoJapan", "#BoycottJapan #NoAbe", "South Korea has decided to end the pact",
                  "weighing whether to scrap", "notice by Aug. 24", "trust and verification", "Reporters Without",
                  "Naver main page"],
         "drop": ["[24]"]},
    ),
    "a_writer_filed_from_a_small_place_and_a_credit_over_a_box_in_the_story": (
        "Japanese island feels the pain of South Korean boycott\n"
        "Tsushima, a short ferry ride from Busan, lived off Korean day-trippers. Now a row has emptied its streets\n"
        "Hannah Morley in Tsushima\nWed 28 Aug 2019 05.00 BST\n\n"
        "On a normal summer afternoon, the streets around the ferry terminal are packed with South Korean tourists.\n\n"
        "Why this matters\nLaura Bicker, BBC News, Seoul\n\n"
        "This is a serious incident, and the timing is unlikely to be an accident.\n",
        {"title": "Japanese island feels the pain of South Korean boycott", "published": "2019-08-28",
         "keep": ["packed with South Korean tourists.", "unlikely to be an accident."],
         "drop": ["Hannah Morley", "Laura Bicker", "lived off Korean day-trippers"]},
    ),
    "a_magazine_s_print_issue_and_its_audio": (
        "The New Yorker\nNewsletter\nSign In\nLetter from Seoul\nSeptember 23, 2019 Issue\n\n"
        "The Long Shadow of a Steel Mill\n\nBy Hannah Park\nSeptember 16, 2019\n\n"
        "Listen to this article.\nAudio: Listen to this article. To hear more, download Audm for iPhone or Android.\n\n"
        "Lee Chun-sik lives alone in a small apartment in Gwangju.\n\n"
        "He sued Nippon Steel in 2005, and won in October 2018.\n\n"
        "Published in the print edition of the September 23, 2019, issue, with the headline “Old Wounds.”\n"
        "Enjoy more audio and podcasts on iOS or Android.\nReuse this contentThe Trust Project\n",
        {"title": "The Long Shadow of a Steel Mill", "published": "2019-09-16", "outlet": "The New Yorker",
         "keep": ["lives alone", "won in October 2018."],
         "drop": ["Listen to", "Audm", "print edition", "Enjoy more audio", "Reuse this content"]},
    ),
    "translated_korean_and_japanese_pages_chrome": (
        "Japan begins export curbs on chip materials\n2019.07.02\n\n"
        "Japan announced on the 1st that it would tighten exports of three materials to Korea from the 4th.\n\n"
        "Meanwhile, the Blue House did not give an official response on the 1st.\n\n"
        "PR\n\nThe industry is on emergency alert, an official said.\n\n"
        "This article is limited to readers members.\n"
        "Yomiuri Shimbun subscribers can read the rest by registering (free).\nRegister as a reader member\n"
        "List of photos\n"
        "Tokyo = Correspondent Park Hyung-soo phs@donga.com · Reporter Kim Jae-hyung monami@donga.com\n"
        "ⓒ Dong-A Ilbo & donga.com, Unauthorized reproduction and redistribution prohibited\n"
        "Like 0 Angry 0 Recommend 0\nReceive the Chosun Ilbo on the Naver main\n"
        "Hankyoreh is the media of readers. Support Hankyoreh to make the world better.\nSupport the Hankyoreh\n",
        {"dateline": None, "keep": ["from the 4th.", "on the 1st.", "emergency alert"],
         "drop": ["PR ", "readers members", "read the rest", "Register as", "List of photos", "Park Hyung-soo",
                  "Unauthorized", "Angry 0", "Naver", "media of readers", "Support the"]},
    ),
    "an_encyclopedia_s_entry_and_its_box_for_citing_it": (
        "Britannica\nHome\nGeneral Security of Military Information Agreement\n"
        "Also known as: GSOMIA, Japan–South Korea GSOMIA\nWritten and fact-checked by\n"
        "The Editors of Encyclopaedia Britannica\nLast Updated: Dec 3, 2020\n\n"
        "The agreement was signed in November 2016 and lets the two countries share military secrets directly.\n\n"
        "On August 22, 2019, Seoul announced that it would let the agreement lapse.\n\n"
        "Britannica Quiz\nThis article was most recently revised and updated by Adam Zeidan.\n"
        "Get a Britannica Premium subscription and gain access to exclusive content.\n"
        "Citation Information\nArticle Title: General Security of Military Information Agreement\n"
        "Website Name: Encyclopaedia Britannica\nPublisher: Encyclopaedia Britannica, Inc.\nAccess Date: March 02, 2021\n",
        {"title": "General Security of Military Information Agreement", "published": "2020-12-03",
         "keep": ["share military secrets directly.", "let the agreement lapse."],
         "drop": ["Also known as", "fact-checked", "The Editors", "Quiz", "Adam Zeidan", "Premium", "Citation",
                  "Article Title", "Website Name", "Access Date"]},
    ),
    "a_newsletter_s_greetings_and_a_live_page_s_entry_times": (
        "Axios AM\nBy Mike Allen ·Nov 22, 2019\n\n"
        "1 big thing: America's Asian alliances fray\n\n"
        "An intelligence pact that ties America's two closest allies in Asia together expires at midnight.\n\n"
        "Good morning. Here is what you need to know to start your day in Asia.\n"
        "HAPPY FRIDAY and welcome to Morning Defense, where we are still parsing the news. Send tips and feedback "
        "to the desk and follow on Twitter @morningdefense.\n"
        "Good morning. Welcome to Asia Morning Briefing, where we cover the region.\n"
        "Good morning. Welcome to U.S.-Japan Brief.\n"
        "The top stories in today's Korea JoongAng Daily, selected by our editors.\n"
        "12m ago\nUpdated at 15.22 GMT\nAll times stated are UK\nSubscribe | Log in\n"
        "Latest headlines from NHK WORLD-JAPAN, updated around the clock\n\n"
        "Defense Secretary Mark Esper flew to Seoul last week to push for the pact.\n",
        {"published": "2019-11-22", "keep": ["expires at midnight.", "to push for the pact."],
         "drop": ["Good morning", "HAPPY FRIDAY", "Send tips", "Asia Morning Briefing", "U.S.-Japan Brief",
                  "top stories", "12m ago", "15.22 GMT",
                  "All times", "Log in", "around the clock"]},
    ),
    # ... with no label closing it, the story going on after its short lines; a newsletter's items after its plug.
    "ad_card_with_no_closing_label_inside_the_story": (
        _AD_CARD_STORY + "Man's Secret To Pain-Free Knees Has Doctors Stunned\n" + _TOWN_HALL
        + "The dispute flared after South Korea's Supreme Court ordered Japanese firms to compensate wartime "
        "laborers.\n"
        "Copyright 2019 Thomson Reuters.\n",
        {"keep": ["lobbied intensively", "televised town hall", "wartime laborers"],
         "drop": ["Sponsored", "Bathtubs", "Pain-Free"]},
    ),
    "ad_card_before_the_story_s_last_paragraph": (
        _AD_CARD_STORY + _TOWN_HALL + "Copyright 2019 Thomson Reuters.\n",
        {"keep": ["lobbied intensively", "televised town hall"], "drop": ["Sponsored", "Bathtubs"]},
    ),
    "newsletter_s_items_after_a_sponsored_plug": (
        "Korea JoongAng Daily\nMorning Brief\nTuesday, August 25, 2020\n"
        "Gsomia quietly survives another deadline; Abe back at hospital\n"
        "Good morning. Here are the stories you need to know before you head out.\n"
        "Sponsored\n"
        "Subscribe to the Korea JoongAng Daily print edition — delivered with The New York Times International "
        "Edition.\n"
        "1. Gsomia lives on, for now\n"
        "The General Security of Military Information Agreement (Gsomia) between Korea and Japan stays in place "
        "after Monday's deadline passed without either side giving notice.\n"
        "Seoul, however, says the deadline no longer binds it.\n",
        {"keep": ["1. Gsomia lives on", "stays in place", "no longer binds it"], "drop": ["Sponsored", "Subscribe"]},
    ),
    "ad_card_and_aggregator_lists_inside_the_story": (
        "SmartNews\nJapan's tighter curbs on chip materials to South Korea take effect\nJul 4, 2019\n"
        "Japan's tightened controls on exports to South Korea of three materials vital to chipmakers took effect "
        "on Thursday.\n"
        "The measures hit at the heart of South Korea's export economy and its chipmakers.\n"
        "Sponsored\nTokyo's most popular hotel deals this summer\nTrivago\nSponsored\n"
        "Economy Minister Hiroshige Seko said the export controls were needed because trust between the two "
        "countries had been damaged.\n"
        "Read more on SmartNews\nSamsung shares slide as Japan export curbs bite\n"
        "Seoul mulls WTO complaint over Japan's trade move\n"
        "Tokyo is also seeking public comments on a plan to drop South Korea from its white list of countries.\n"
        "Related on SmartNews\nSouth Korea's Moon calls Japan trade move 'unwise'\n",
        {"published": "2019-07-04",
         "keep": ["took effect on Thursday.", "Seko said the export controls", "seeking public comments"],
         "drop": ["Sponsored", "hotel deals", "Trivago", "Read more", "Samsung shares", "mulls WTO", "Related on",
                  "calls Japan trade move"]},
    ),
    "an_end_mark_before_a_related_story_with_its_own_dateline": (
        "S. Korea conditionally suspends termination of military intel-sharing pact with Japan\n"
        "Source: Xinhua| 2019-11-22 19:42:06|Editor: Liangyu\n"
        "SEOUL, Nov. 22 (Xinhua) -- South Korea said Friday that it would suspend its decision to terminate a "
        "military intelligence-sharing pact with Japan.\n"
        "The United States had pressed Seoul to reverse the decision.\n"
        "South Korean President Moon Jae-in presided over a meeting of the National Security Council earlier on "
        "Friday to discuss the issue, according to Cheong Wa Dae. Enditem\n"
        "Related:\nS. Korea, Japan foreign ministers to meet on sidelines of G20 meeting in Nagoya\n"
        "SEOUL, Nov. 22 (Xinhua) -- South Korean Foreign Minister Kang Kyung-wha will hold talks with her Japanese "
        "counterpart in Nagoya, the foreign ministry said Friday.  full story\n"
        "[Editor: huaxia]\n",
        {"outlet": "Xinhua", "keep": ["presided over a meeting of the National Security Council"],
         "drop": ["Enditem", "Related", "Kang Kyung-wha", "full story"]},
    ),
    "a_reader_app_copy_with_the_site_address_and_the_writer_in_either_order": (
        "Pocket\nMy List\nSave\n\nNorth Korea's SLBM Test Shows Why GSOMIA Still Matters\nthediplomat.com\n"
        "Min-ji Park\n6 min read\nView Original\n\n"
        "North Korea's latest launch gave Seoul and Tokyo an awkward reminder of why they signed an intelligence "
        "pact in 2016.\n\n"
        "Within hours, Tokyo asked Seoul to share what it knew under the agreement, and Seoul did.\n\n"
        "Seoul could suspend its withdrawal while talks on export controls go on.\n\n"
        "Min-ji Park is a research associate at a Seoul-based think tank focusing on Northeast Asian security.\n",
        {"title": "North Korea's SLBM Test Shows Why GSOMIA Still Matters", "outlet": "The Diplomat",
         "keep": ["awkward reminder", "suspend its withdrawal"], "drop": ["thediplomat.com", "research associate"]},
    ),
    "a_section_and_a_bar_before_the_title_over_its_address": (
        "Skip to content\nSkip to site index\nAsia Pacific\nLog In\n"
        "Asia Pacific|Leaders of Japan and South Korea Meet, but Their Feud Barely Thaws\n"
        "https://www.nytimes.com/2019/12/24/world/asia/japan-south-korea-abe-moon.html\nSupported by\n"
        "Continue reading the main story\nLeaders of Japan and South Korea Meet, but Their Feud Barely Thaws\nImage\n"
        "By Hiroko Tanaka\nDec. 24, 2019\n"
        "CHENGDU, China — For 15 months, the leaders of Japan and South Korea could not bring themselves to sit "
        "down together.\n"
        "On Tuesday they did, for 45 minutes, in a hotel in southwestern China.\n",
        {"title": "Leaders of Japan and South Korea Meet, but Their Feud Barely Thaws", "published": "2019-12-24",
         "outlet": "The New York Times", "keep": ["For 15 months", "for 45 minutes"],
         "drop": ["Skip to", "nytimes.com", "Asia Pacific"]},
    ),
    "an_aggregator_copy_dated_month_first_with_a_video_box": (
        "Skip to main content\nmsn news\nSearch\n\nJapan drops S. Korea from trade \"white list\" as feud deepens\n"
        "Kyodo News logo\nKyodo News\n8/2/2019\nLike\nFacebook\nTwitter\n\n"
        "TOKYO (Kyodo) -- Japan's Cabinet on Friday approved removing South Korea from a list of countries given "
        "preferential treatment in trade.\n\n"
        "The revised government ordinance will take effect on Aug. 28.\n\n"
        "Video by Reuters\nJapan removes South Korea from trade 'white list' (Reuters Video)\n1:12\n\n"
        "South Korea is the first country to be dropped from the list.\n",
        {"published": "2019-08-02", "outlet": "Kyodo", "keep": ["approved removing South Korea", "first country"],
         "drop": ["Reuters Video", "1:12"]},
    ),
    "a_writer_and_a_dotted_stamp_either_way_round_after_a_bar": (
        "Anadolu Agency\nJapan's export curbs on South Korea come into force\n"
        "Tokyo requires case-by-case licenses for 3 materials vital to South Korea's chip industry\n"
        "Selin Karaca   |04.07.2019\nShare this on\nFacebook\n\nANKARA\n\n"
        "Japan's restrictions on exports of three high-tech materials to South Korea came into force on Thursday.\n\n"
        "Tokyo announced the measures on Monday.\n",
        {"published": "2019-07-04", "outlet": "Anadolu Agency", "keep": ["came into force on Thursday"],
         "drop": ["Selin Karaca", "04.07.2019"]},
    ),
    "sign_offs_behind_a_mail_guard_and_a_paywall_naming_its_site": (
        "Japan, Korea to resume export control talks\nPublished 2019.11.25 14:20\n"
        "South Korea and Japan will resume director general-level talks on export controls next month.\n"
        "The talks were agreed hours before the intelligence pact was due to expire.\n"
        "Kim Eun-jin  [email protected]\n"
        "This article is available to NK News subscribers only\n",
        {"published": "2019-11-25", "keep": ["resume director general-level talks", "due to expire."],
         "drop": ["Kim Eun-jin", "protected", "subscribers only"]},
    ),
    "a_print_view_with_its_footer_between_the_sheets": (
        "11/25/2019 (LEAD) Top diplomats of S. Korea, Japan agree to push for summit next month | Yonhap News Agency\n\n"
        "YONHAP NEWS AGENCY\nPrint this page   Close\n\n"
        "(LEAD) Top diplomats of S. Korea, Japan agree to push for summit next month\n"
        "URL : https://en.yna.co.kr/view/AEN20191123002751325\n2019-11-23 18:07\n\n"
        "NAGOYA, Japan, Nov. 23 (Yonhap) -- South Korean Foreign Minister Kang Kyung-wha and her Japanese "
        "counterpart agreed Saturday to push for a summit next month.\n"
        "https://en.yna.co.kr/view/AEN20191123002751325 1/2\n"
        "Kang and Motegi held talks for about 35 minutes on the sidelines of a Group of 20 meeting.\n"
        "https://en.yna.co.kr/view/AEN20191123002751325 2/2\n",
        {"published": "2019-11-23", "keep": ["agreed Saturday to push", "about 35 minutes"],
         "drop": ["1/2", "2/2", "https://"]},
    ),
    "a_broadcast_handing_over_to_reporters_named_with_their_posts": (
        "Seoul conditionally suspends GSOMIA termination\nUpdated: 2019-11-22 22:04:18 KST\n"
        "South Korea has pulled back from ending its military intelligence-sharing pact with Japan.\n"
        "Shin Ye-eun reports from Cheong Wa Dae.\n"
        "The announcement came shortly after 6 p.m., following a meeting of the National Security Council.\n"
        "Our Tokyo correspondent Oh Jun-seok has more.\n"
        "Tokyo welcomed the decision and agreed to resume talks on export controls.\n"
        "North Asia correspondent Peter Hewitt reports.\n"
        "The pact had been due to lapse at midnight.\nPeter Hewitt, ABC News, Seoul.\n",
        {"published": "2019-11-22", "keep": ["shortly after 6 p.m.", "Tokyo welcomed", "due to lapse"],
         "drop": ["Shin Ye-eun", "Oh Jun-seok", "Peter Hewitt", "ABC News"]},
    ),
    "a_newsletter_and_a_live_page_talking_to_their_readers": (
        "Your Friday Briefing\nAug. 23, 2019\nLATEST UPDATES\n"
        "Refresh this page for the latest updates. All times are Korea Standard Time (GMT+9).\n"
        "South Korea said on Thursday that it would end an intelligence-sharing pact with Japan.\n"
        "Want to get this briefing by email? Here's the sign-up.\n"
        "Japan's foreign minister called the decision extremely regrettable.\n"
        "That's it for this briefing. See you next time.\nGet it on Google Play\n",
        {"published": "2019-08-23", "keep": ["would end an intelligence-sharing pact", "extremely regrettable."],
         "drop": ["LATEST", "Refresh", "Want to get", "That's it", "Google Play"]},
    ),
    "an_editorial_signed_by_its_board_under_a_print_preview_bar": (
        "A reprieve for GSOMIA, not a cure\nNov 24, 2019\nprint preview Facebook Twitter Kakao Email\n"
        "Hours before it was due to lapse at midnight, South Korea decided Friday evening to keep its intelligence "
        "pact with Japan.\n"
        "We welcome the decision, but the pact has been given a second life, not a guarantee.\n"
        "The Japan Times Editorial Board\n",
        {"published": "2019-11-24", "keep": ["Hours before it was due", "not a guarantee."],
         "drop": ["print preview", "Editorial Board"]},
    ),
    "kcna_end_mark_and_a_caption_naming_only_who_is_pictured": (
        "KCNA Commentary Slams GSOMIA\nPyongyang, November 20 (KCNA) -- The south Korean authorities are "
        "being pressed by the U.S. to extend the agreement.\n"
        "[Photo by Yonhap]\nHiroshi Kajiyama, Japan's minister of economy, trade and industry\n"
        "The commentary warns that they will face the stern judgment of the people. -0-\n",
        {"keep": ["being pressed by the U.S.", "stern judgment of the people."],
         "drop": ["-0-", "Kajiyama"]},
    ),
    "a_numbered_rundown_over_the_headline": (
        "ARIRANG NEWS\nNEWS CENTER 10:00 PM | Friday, November 22, 2019\nToday's rundown\n"
        "1. Seoul conditionally suspends GSOMIA termination hours before expiry\n"
        "2. Tokyo welcomes move, agrees to resume export control talks\n"
        "3. [In-depth] What the last-minute reprieve means\nShare\n"
        "Seoul conditionally suspends GSOMIA termination hours before expiry\nReporter : Shin Ye-eun\n"
        "Updated: 2019-11-22 22:04:18 KST\n"
        "South Korea has pulled back from ending its military intelligence-sharing pact with Japan.\n"
        "The decision came six hours before the pact was due to expire.\n",
        {"title": "Seoul conditionally suspends GSOMIA termination hours before expiry", "published": "2019-11-22",
         "keep": ["has pulled back", "six hours before"], "drop": ["Tokyo welcomes move", "rundown"]},
    ),
    "a_portal_list_after_the_writer_signing_off": (
        "Moon, Abe agree to solve disputes through dialogue\nDec 25, 2019\n"
        "President Moon Jae-in and Prime Minister Shinzo Abe agreed on Tuesday to resolve their disputes through "
        "dialogue.\n"
        "Another Blue House official said the two leaders would have more opportunities to meet next year.\n"
        "BY SER MYO-JA [ser.myoja@joongang.co.kr]\n\n좋아요\n화나요\n"
        "Trilateral summit calls for 'free, fair' trade\n",
        {"published": "2019-12-25", "keep": ["agreed on Tuesday", "more opportunities"],
         "drop": ["SER MYO-JA", "Trilateral summit calls"]},
    ),
    "a_think_tank_note_on_its_writer_and_its_foreign_agent_notice": (
        "The Peninsula\nSix Months On, Japan's Export Controls Have Changed Korea's Supply Chains\n"
        "January 9, 2020\nElena Marsh\n\n"
        "When Japan announced on July 1 that it would tighten controls on exports to South Korea, many observers "
        "expected a quick blow to the chip industry.\n\n"
        "The United States will need to keep both trade and security on its agenda in 2020.\n\n"
        "Elena Marsh is a Program Manager for Trade and Economic Affairs at the Korea Economic Institute of America. "
        "The views expressed here are the author's alone.\n\n"
        "KEI is registered under the FARA as an agent of the Korea Institute for International Economic Policy, a "
        "public corporation established by the government of the Republic of Korea.\n",
        {"published": "2020-01-09", "keep": ["expected a quick blow", "on its agenda in 2020."],
         "drop": ["Program Manager", "FARA"]},
    ),
    "portal_with_a_ticker_over_its_menu": (
        "ISLAMABAD CHRONICLE\nTuesday, January 14, 2020\nHome   Pakistan   International   Business   Sports\n"
        "BREAKING: PSX gains 412 points in early trade\nInternational\n"
        "Japan to tighten export rules on tech materials to South Korea as labour row deepens\nWeb Desk\n"
        "July 1, 2019\n0 Comments\n\n"
        "TOKYO (Reuters) - Japan will tighten restrictions on exports to South Korea of materials used in "
        "smartphone displays and chips, the government said on Monday.\n\n"
        "From July 4, Japanese companies will need to apply for permission each time they want to ship them.\n",
        {"title": "Japan to tighten export rules on tech materials to South Korea as labour row deepens",
         "keep": ["Japan will tighten restrictions", "need to apply for permission"], "drop": ["PSX gains"]},
    ),
    "portal_with_weather_and_rates_and_an_in_text_link": (
        "VLADNEWS24\nRU  EN\nVladivostok +1°C   USD 63.95   EUR 70.42\n"
        "Primorye   Russia   Asia-Pacific   Economy   Incidents\nAsia-Pacific\n15 November 2019, 17:42\n"
        "Esper in Seoul: only Pyongyang and Beijing gain from end of Korea-Japan intelligence pact\n\n"
        "MOSCOW (Sputnik) - US Defense Secretary Mark Esper on Friday urged South Korea to keep its military "
        "intelligence-sharing agreement with Japan.\n\n"
        "READ ALSO   Samsung Electronics second-quarter profit halves as chip prices slump\n\n"
        "Jeong said Seoul's position remained unchanged, adding that it was Tokyo's export restrictions that had "
        "damaged trust between the two neighbours.\n",
        {"title": "Esper in Seoul: only Pyongyang and Beijing gain from end of Korea-Japan intelligence pact",
         "keep": ["urged South Korea to keep", "position remained unchanged"], "drop": ["Samsung Electronics", "°C"]},
    ),
    "blog_with_a_plea_and_a_writer_s_box": (
        "The Peninsula Notebook\nKorea, Japan and everything in between\nMenu\nHome\nAbout\n"
        "Support this blog on Patreon\n"
        "Moon, Abe agree to resolve disputes through dialogue in first summit in 15 months\n"
        "By Sophia Turner\nDecember 24, 2019 at 11:52 pm · 4 Comments\n"
        "Print   Email   Font size: A A\n\n"
        "CHENGDU, China, Dec. 24 (Yonhap) -- President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed "
        "Tuesday to resolve their countries' disputes through dialogue, Cheong Wa Dae said.\n\n"
        "The two leaders held 45-minute talks on the sidelines of a trilateral summit with Chinese Premier Li "
        "Keqiang.\n\n"
        "Moon asked Abe to withdraw the export curbs, a Cheong Wa Dae spokeswoman said.\n\n"
        "Sophia Turner\n"
        "Sophia is a freelance journalist covering Asian markets, trade and technology.\n",
        {"title": "Moon, Abe agree to resolve disputes through dialogue in first summit in 15 months",
         "keep": ["agreed Tuesday to resolve", "withdraw the export curbs"],
         "drop": ["Patreon", "Font size", "Sophia"]},
    ),
    "broadcaster_s_video_box_and_messenger_plea": (
        "CNN\nWorld\nAsia\nSouth Korea makes last-minute U-turn on intelligence-sharing pact with Japan\n"
        "By Yoonjung Seo and Julia Hollingsworth, CNN\nUpdated 1127 GMT (1927 HKT) November 22, 2019\n"
        "JUST WATCHED\nWhy Japan and South Korea are fighting\nReplay\nMore Videos ...\nMUST WATCH\n\n"
        "Seoul, South Korea (CNN)South Korea has suspended its decision to pull out of a key intelligence-sharing "
        "agreement with Japan, hours before the deal was set to expire.\n\n"
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.\n\n"
        "The announcement followed weeks of pressure from the United States.\n",
        {"keep": ["Seoul, South Korea (CNN)South Korea has suspended", "weeks of pressure"],
         "drop": ["MUST WATCH", "Messenger"]},
    ),
    "broadcast_report_signed_off_with_its_source": (
        "Blue House says Japan apologized for distortion\nNovember 24, 2019\n\n"
        "The presidential office said on Sunday that Japan had apologized for distorting the agreement reached on "
        "Friday, a claim Tokyo denied hours later.\n\n"
        "Officials in Seoul said the two sides would keep talking about export controls next month.\n\n"
        "This is Park Sun-young of MBC News.\n\nSource: MBC News\n",
        {"keep": ["Japan had apologized", "keep talking"], "drop": ["Park Sun-young", "Source: MBC"]},
    ),
    "agency_captions_credited_above": (
        "Japan tightens controls on high-tech exports to South Korea\nBy Haruka Nomura, Associated Press\n"
        "July 4, 2019\nASSOCIATED PRESS\n"
        "A shopper walks past a display of smartphones at an electronics store in Seoul, South Korea, on Thursday. "
        "Japan began requiring case-by-case approval for shipments of three chipmaking materials.\n\n"
        "TOKYO >> Japan on Thursday began restricting exports to South Korea of three materials used to make "
        "semiconductors and smartphone displays, a move that threatens to deepen a feud between the neighbors over "
        "Koreans forced to work for Japanese companies during World War II.\n\n"
        "Image: picture-alliance/AP Photo/Ahn Young-joon\n"
        "Protesters in Seoul rallied against the intelligence-sharing deal with Japan earlier this week\n\n"
        "The Ministry of Economy, Trade and Industry announced the measures on Monday, officials said.\n\n"
        "Reuters Graphic\n\n"
        "South Korea is the world's biggest maker of memory chips, and its makers rely on Japanese suppliers.\n",
        {"dateline": Dateline("TOKYO", None),
         "keep": ["TOKYO >> Japan on Thursday", "announced the measures", "biggest maker of memory chips"],
         "drop": ["A shopper walks", "Protesters in Seoul", "Reuters Graphic"]},
    ),
    "a_headline_labelled_breaking_over_its_standfirst": (
        "The Korea Times\nBreaking: Seoul decides to end GSOMIA intelligence pact with Japan\n"
        "Move comes weeks after Tokyo removed Seoul from its trade white list\nBy Park Si-soo\nAugust 22, 2019\n\n"
        "SEOUL -- South Korea decided Thursday to terminate its military intelligence-sharing pact with Japan, the "
        "presidential office said.\n\n"
        "Kim You-geun, deputy director of the National Security Office, announced the decision at a press briefing.\n",
        {"title": "Breaking: Seoul decides to end GSOMIA intelligence pact with Japan",
         "keep": ["decided Thursday to terminate", "announced the decision"], "drop": ["Move comes weeks after"]},
    ),
    "a_lead_under_an_agency_s_name_over_the_dateline": (
        "Japan, South Korea leaders meet in Chengdu\nBy Mari Yamaguchi\nDecember 24, 2019\nASSOCIATED PRESS\n"
        "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met Tuesday for their first formal "
        "talks in 15 months, officials said.\n\n"
        "CHENGDU, China (AP) -- The leaders agreed to continue dialogue on their trade dispute, the officials said.\n\n"
        "Abe raised the issue of wartime laborers.\n",
        {"keep": ["met Tuesday for their first formal talks", "agreed to continue dialogue"],
         "drop": ["ASSOCIATED PRESS"]},
    ),
    "menus_and_a_stamp_with_no_year_around_the_headline": (
        "Reuters logo\nWorld Business Markets Breakingviews Video More\nBUSINESS NEWS\n"
        "AUGUST 2, 2019 / 3:13 AM / 4 MONTHS AGO\n"
        "Japan drops South Korea from trade 'white list', Seoul vows to retaliate\nAmi Miyazaki, Sangmi Cha\n\n"
        "TOKYO/SEOUL (Reuters) - Japan on Friday removed South Korea from its \"white list\" of countries with "
        "minimum trade restrictions.\n\nSeoul said it would respond in kind, officials said.\n",
        {"title": "Japan drops South Korea from trade 'white list', Seoul vows to retaliate",
         "keep": ["Japan on Friday removed", "respond in kind"], "drop": ["Breakingviews"]},
    ),
    "a_stamp_with_no_year_under_the_headline": (
        "JapanToday\nSign in Sign up\nHome National Politics Crime Business Tech Entertainment Sports Travel\n"
        "Japan eases export curbs on chip material to S Korea ahead of summit\nTOKYO\nDec. 20 06:10 pm JST\n"
        "6 Comments\n\n"
        "Japan said Friday it has partially eased its tightened export controls on a key chipmaking material bound "
        "for South Korea.\n\nThe Ministry of Economy, Trade and Industry said it will allow companies to ship "
        "photoresists under a looser system.\n",
        {"title": "Japan eases export curbs on chip material to S Korea ahead of summit",
         "keep": ["partially eased", "looser system"], "drop": ["06:10 pm"]},
    ),
    "government_board_with_a_signature_and_its_list_button": (
        "CHEONG WA DAE\nOffice of the President\n  * President\n  * Briefings & Speeches\n"
        "Home  >  Briefings & Speeches  >  Briefings\n\nBriefings\n\n"
        "Briefing by Spokesperson Ko Min-jung on President Moon Jae-in's Meeting with U.S. Secretary of Defense "
        "Mark Esper\n\nDate : 2019.11.15     Print     Font size + -\n\n"
        "President Moon Jae-in this afternoon received U.S. Secretary of Defense Mark Esper at Cheong Wa Dae and "
        "discussed ways to further develop the alliance.\n\n"
        "The meeting lasted about 50 minutes from 4 p.m.\n\n"
        "November 15, 2019\nKo Min-jung\nSpokesperson of the President\n\nLIST\n"
        "Previous Briefing by Spokesperson Ko Min-jung on President Moon Jae-in's Telephone Conversation\n"
        "Next Written Briefing by Spokesperson Ko Min-jung on Presidential Visit to the Summit\n"
        "Korea.net's content may be used freely. If you use it, you must cite Korea.net as the source.\n",
        {"title": "Briefing by Spokesperson Ko Min-jung on President Moon Jae-in's Meeting with U.S. Secretary of "
                  "Defense Mark Esper",
         "keep": ["received U.S. Secretary of Defense", "about 50 minutes"],
         "drop": ["Spokesperson of the President", "LIST", "Telephone Conversation", "used freely"]},
    ),
    "portal_with_a_consent_wall_and_market_quotes_over_the_headline": (
        "Yahoo is now part of Verizon Media\n"
        "We and our partners will use cookies and similar technologies on our sites and apps to personalise content "
        "and ads. Select 'I agree' to continue.\nI agree Manage options\nFinance Home\nWatchlists\n"
        "S&P 500 3,110.29 +6.75 (+0.22%)\nDow 30 27,875.62 +109.33 (+0.39%)\nUSD/KRW 1,176.35 -4.55 (-0.39%)\n\n"
        "South Korea reverses course, will keep intelligence-sharing pact with Japan for now\n"
        "Reuters•November 22, 2019\n\n"
        "SEOUL (Reuters) - South Korea said on Friday it would conditionally suspend its decision to scrap an "
        "intelligence-sharing pact with Japan.\n\n"
        "Japan-Korea trade spat: what's at stake for chipmakers 2:41\n\n"
        "The decision followed heavy lobbying by U.S. officials.\n\n"
        "The views and opinions expressed herein are the views and opinions of the author and do not necessarily "
        "reflect those of Nasdaq, Inc.\n"
        "Hearst Television participates in various affiliate marketing programs, which means we may get paid.\n"
        "Sponsored Offers\nStay up to date with the latest news and analysis from Japan.\n",
        {"title": "South Korea reverses course, will keep intelligence-sharing pact with Japan for now",
         "keep": ["SEOUL (Reuters) - South Korea said", "heavy lobbying"],
         "drop": ["Verizon", "cookies", "I agree", "S&P", "USD/KRW", "2:41", "views and opinions", "Hearst",
                  "Sponsored", "Stay up to date"]},
    ),
    "press_release_wrapped_after_a_time_of_day": (
        "                         MINISTRY OF FOREIGN AFFAIRS\n"
        "                              REPUBLIC OF KOREA\n"
        "\n"
        "                                PRESS RELEASE\n"
        "\n"
        "No. 19-1123-2                                            November 23, 2019\n"
        "For Immediate Release\n"
        "\n"
        "          Outcome of Korea-Japan Foreign Ministers' Meeting on the\n"
        "                  Margins of the G20 Foreign Ministers' Meeting\n"
        "\n"
        "1. Minister of Foreign Affairs Kang Kyung-wha held a meeting with Minister for\n"
        "   Foreign Affairs of Japan Toshimitsu Motegi for about 35 minutes from 1:30\n"
        "   p.m. on November 23 on the margins of the G20 Foreign Ministers' Meeting in\n"
        "   Nagoya, Japan. It was the second meeting between the two ministers since\n"
        "   Minister Motegi took office in September, following their talks in New York\n"
        "   on the occasion of the United Nations General Assembly.\n"
        "\n"
        "2. The two ministers took note of the measures announced by the two govern-\n"
        "   ments yesterday (November 22), namely the Korean government's decision to\n"
        "   suspend the effect of its August 23 notification to terminate the Korea-\n"
        "   Japan General Security of Military Information Agreement (GSOMIA), and the\n"
        "   agreement between the export control authorities of the two countries to\n"
        "   resume the director-general-level policy dialogue. The ministers shared the\n"
        "   view that these steps should serve as momentum for resolving pending issues\n"
        "   between the two countries through dialogue.\n"
        "\n"
        "3. Minister Kang stressed that Japan's export restrictions on three key mate-\n"
        "   rials, which took effect on July 4, and its removal of Korea from its list\n"
        "   of trusted trading partners, which took effect on August 28, are unjust and\n",
        {"title": "Outcome of Korea-Japan Foreign Ministers' Meeting on the Margins of the G20 Foreign Ministers' Meeting",
         "keep": ["held a meeting with Minister for Foreign Affairs of Japan Toshimitsu Motegi for about 35 minutes from "
                  "1:30 p.m. on November 23"], "drop": ["PRESS RELEASE"]},
    ),
    "command_release_with_a_colon_crumb_and_initials_for_its_end": (
        "United States Forces Korea\n\"Fight Tonight\"\nHome  About  Newsroom  Contact\n"
        "Home : Newsroom : News Releases\n \nUSFK Commander's statement on ROK decision regarding GSOMIA\n \n"
        "Release No. 191123-01\nNov. 23, 2019\n \n"
        "CAMP HUMPHREYS, Republic of Korea – Gen. Robert B. Abrams, commander of United States Forces Korea, issued "
        "the following statement Saturday after the Republic of Korea government announced it would suspend the "
        "expiration of the agreement:\n"
        "\"We welcome the Republic of Korea's decision to continue the agreement with Japan.\"\n"
        "The ROK announced on Aug. 22 that it would terminate the agreement.\n"
        "For more information, contact the USFK Public Affairs Office at DSN 755-8300.\n \n-USFK-\n \n"
        "RELATED\nUSFK statement on North Korean missile launch\n",
        {"title": "USFK Commander's statement on ROK decision regarding GSOMIA",
         "dateline": Dateline("CAMP HUMPHREYS, Republic of Korea", None),
         "keep": ["issued the following statement Saturday", "We welcome the Republic", "announced on Aug. 22"],
         "drop": ["Newsroom", "For more information", "-USFK-", "missile launch"]},
    ),
    "analysis_with_its_writer_note_and_the_site_note_at_the_foot": (
        "THE DIPLOMAT\nSubscribe\nMissiles Over the Sea of Japan, and a Pact About to Expire\nBy Jiyoon Han\n"
        "November 08, 2019\n\n"
        "On Monday, South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe spoke for eleven "
        "minutes in Bangkok.\n\nEleven minutes is not nothing. It is also not enough.\n\n"
        "Since Seoul announced on Aug. 22 that it would not renew the pact, North Korea has tested missiles.\n\n"
        "Jiyoon Han is a research fellow at the Sejong Institute in Seongnam, South Korea. The views expressed are "
        "her own.\n\nTags\nAdvertisement\nThe Diplomat\n"
        "The Diplomat is a current-affairs magazine for the Asia-Pacific, with news and analysis on politics, "
        "security, business, technology and life across the region.\n",
        {"title": "Missiles Over the Sea of Japan, and a Pact About to Expire",
         "keep": ["eleven minutes in Bangkok", "not renew the pact"],
         "drop": ["research fellow", "current-affairs magazine"]},
    ),
    "opinion_with_the_writer_note_under_the_byline": (
        "Opinions\nThe alliance crisis Washington didn't see coming\nBy Ellen Marsh\nNov. 21, 2019 at 6:15 p.m. EST\n\n"
        "Ellen Marsh, a former State Department official who worked on Korea and Japan policy from 2014 to 2018, is a "
        "senior fellow at a Washington research institute.\n\n"
        "Sometime before midnight on Friday, South Korea will decide whether to let its pact with Japan die.\n\n"
        "How did it come to this? The short answer is that Washington treated a fight between its allies as theirs.\n\n"
        "There is still a way out, and it runs through Washington.\n",
        {"title": "The alliance crisis Washington didn't see coming", "byline": "Ellen Marsh",
         "keep": ["Sometime before midnight", "still a way out"], "drop": ["senior fellow"]},
    ),
    "opinion_by_its_writer_and_their_note_under_the_photo": (
        "Democracy Dies in Darkness\nOpinions\nGlobal Opinions\n"
        "America's two closest allies in Asia are feuding. Washington is making it worse.\n"
        "Opinion by Daniel Whitcomb\nNov. 21, 2019 at 6:00 a.m. EST\n"
        "South Korean protesters hold signs denouncing Japan's export restrictions in Seoul on Aug. 15. (Jung "
        "Yeon-je/AFP/Getty Images)\n"
        "Daniel Whitcomb, a retired Foreign Service officer, served at the U.S. embassies in Seoul and Tokyo.\n\n"
        "At midnight Friday, unless Seoul relents, the agreement will quietly expire.\n\n"
        "The proximate cause of the crisis is a quarrel between Seoul and Tokyo over history and trade.\n",
        {"title": "America's two closest allies in Asia are feuding. Washington is making it worse.",
         "byline": "Daniel Whitcomb", "keep": ["At midnight Friday", "proximate cause"],
         "drop": ["retired Foreign Service officer", "Global Opinions", "Opinion by"]},
    ),
    "story_lines_shaped_like_chrome_are_kept": (
        "Politics\nGSOMIA announcement set for 6:45\nDecision eases US concerns ahead of Esper visit\n"
        "By Jun Ji-hye\nNovember 22, 2019\n\n"
        "SEOUL -- South Korea will announce its decision on the pact at 6:45 p.m., an official said.\n\n"
        "The following is a summary of news reports on the talks from Japanese media, which differ from Seoul's "
        "account.\n\n"
        "KOSPI closed at 2,101.45 +15.30 (+0.73%)\n\n"
        "The views and opinions expressed by Moon reflect a shift in Seoul's stance, analysts said.\n\n"
        "Hyundai participates in affiliate programs with Japanese carmakers, the company said in a filing.\n\n"
        "The meeting lasted for about five hours and ended past 7:30\n",
        {"title": "GSOMIA announcement set for 6:45",
         "keep": ["announce its decision", "summary of news reports", "KOSPI closed", "views and opinions expressed by Moon",
                  "affiliate programs with Japanese carmakers", "ended past 7:30"],
         "drop": ["By Jun Ji-hye"]},
    ),
    "story_with_a_summary_note_under_its_headline_and_deck": (
        "Politics\nSeoul keeps GSOMIA alive\nDecision eases US concerns ahead of Esper visit\nBy Jun Ji-hye\n"
        "November 23, 2019\n"
        "The following is a summary of major news stories on the pact moved by our desk on Saturday.\n\n"
        "SEOUL -- South Korea said Friday it would keep its military intelligence-sharing pact with Japan.\n",
        {"title": "Seoul keeps GSOMIA alive", "keep": ["South Korea said Friday"], "drop": ["By Jun Ji-hye"]},
    ),
    "gallery_told_by_its_captions_under_their_counters": (
        "Al Jazeera\nIn Pictures\nIn Pictures: South Koreans rally as feud with Japan deepens\n"
        "Seoul's decision to scrap an intelligence-sharing pact with Tokyo marks a new low in relations.\n"
        "26 Aug 2019\nShare on Facebook\n1 of 3\n"
        "Thousands of people gathered in central Seoul on Saturday evening for a candlelight rally welcoming the "
        "decision. [Jung Yeon-je/AFP]\n2 of 3\n"
        "South Korea's President Moon Jae-in presides over a meeting at the Blue House on Friday. \"We will not give in "
        "to Japan's unfair measures,\" Moon said. [Yonhap via Reuters]\n3 of 3\n"
        "Protesters hold a rally near the Japanese embassy in Seoul on August 15. [Ahn Young-joon/AP Photo]\n"
        "SOURCE: Al Jazeera and news agencies\n",
        {"title": "In Pictures: South Koreans rally as feud with Japan deepens",
         "keep": ["a new low in relations", "candlelight rally welcoming the decision.", "Moon said.",
                  "near the Japanese embassy in Seoul on August 15."],
         "drop": ["1 of 3", "Jung Yeon-je/AFP", "Yonhap via Reuters", "AP Photo"]},
    ),
    # ... counted in other ways, the buttons between, credits in round brackets, after a bar or on a line of their
    # own, the first counters over the introduction's end.
    "gallery_counted_otherwise_with_its_credits": (
        "Photos of the day\nSeoul keeps pact alive\nNov. 22, 2019\n"
        "South Korea said on Friday it would conditionally suspend its decision to end GSOMIA.\n"
        "Japan welcomed it.\n"
        "View as list\n"
        "[1 / 4]\n"
        "Kim You-geun tells reporters at the presidential press center on Friday that Seoul will suspend its notice. "
        "/ Yonhap\n"
        "[2 / 4]\n"
        "Previous image\nNext image\n"
        "Radar domes of the Air Self-Defense Force stand on the island's northern tip on Sept. 12. | KYODO\n"
        "[3 / 4]\n"
        "Moon Jae-in and Shinzo Abe shake hands in Chengdu, Tuesday, Dec. 24, 2019. (AP Photo/Jae C. Hong)\n"
        "[4 / 4]\n"
        "Hwang Kyo-ahn sits on a mat near Cheong Wa Dae on the third day of his hunger strike, Nov. 22, 2019.\n"
        "REUTERS/Heo Ran\n",
        {"keep": ["conditionally suspend", "Japan welcomed it.", "will suspend its notice.",
                  "northern tip on Sept. 12.", "Tuesday, Dec. 24, 2019.", "hunger strike, Nov. 22, 2019."],
         "drop": ["View as list", "1 / 4", "Yonhap", "Previous image", "KYODO", "AP Photo", "REUTERS"]},
    ),
    "state_media_and_broadcaster_lines_around_a_story": (
        "World\nJapan drops South Korea from trade whitelist\n02.08.2019\n"
        "Share Send Facebook Twitter Google+ Tumblr VZ Mr Wong Xing Newsvine Digg\n\n"
        "Japan's Cabinet on Friday approved removing South Korea from its list of trusted trading partners.\n\n"
        "Seoul called the move regrettable and vowed to respond.\n\n"
        "Subscribe here\n"
        "Information Telegraph Agency of Russia (ITAR-TASS). Mass media registration certificate No. 03247 issued on "
        "2 April 1999.\n",
        {"title": "Japan drops South Korea from trade whitelist",
         "keep": ["Cabinet on Friday approved", "vowed to respond"],
         "drop": ["Mr Wong", "Subscribe here", "registration certificate"]},
    ),
    "story_with_a_slideshow_after_it": (
        "PICTURES\nSeoul scraps intelligence pact as feud with Tokyo deepens\nFri Aug 23, 2019 | 3:17am EDT\n\n"
        "SEOUL/TOKYO (Reuters) - South Korea said on Thursday it would scrap an intelligence-sharing pact with Japan.\n\n"
        "The pact was due to be renewed automatically on Saturday.\n\n"
        "Japanese Foreign Minister Taro Kono called the decision \"extremely regrettable\".\n\n"
        "In Washington, the Pentagon expressed \"strong concern and disappointment\".\n\n"
        "1 of 3\n\nProtesters hold placards during a rally in Seoul, South Korea, August 22, 2019. REUTERS/Kim Hong-Ji\n\n"
        "Next photo\n\n2 of 3\n\nSouth Korean President Moon Jae-in presides over a meeting in Seoul, August 19, 2019.\n\n"
        "Next photo\n\n3 of 3\n\nSouth Korean Ambassador to Japan Nam Gwan-pyo arrives at the Foreign Ministry in "
        "Tokyo, August 22, 2019, in this photo taken by Kyodo.\n",
        {"title": "Seoul scraps intelligence pact as feud with Tokyo deepens",
         "keep": ["would scrap an intelligence-sharing pact", "strong concern and disappointment"],
         "drop": ["1 of 3", "Protesters hold placards", "presides over a meeting", "Nam Gwan-pyo arrives"]},
    ),
    "story_sentences_shaped_like_site_and_writer_notes": (
        "Japan welcomes Seoul's reversal\nBy Ellen Marsh\nNovember 23, 2019\n\n"
        "Ellen Marsh, a former State Department official who worked on Korea policy, is expected to lead the talks, "
        "officials said Friday.\n\n"
        "TOKYO -- Japan welcomed South Korea's decision to keep the pact on Saturday.\n\n"
        "The Asahi is a liberal newspaper with a history of criticizing Abe, and it welcomed the move.\n\n"
        "-KCNA-\n\n"
        "The pact was extended hours before its expiry, South Korean officials said later.\n\n"
        "Moon, in a speech, said the views expressed are his own.\n",
        {"title": "Japan welcomes Seoul's reversal",
         "keep": ["is expected to lead the talks", "liberal newspaper with a history", "extended hours before its expiry",
                  "the views expressed are his own"],
         "drop": ["-KCNA-"]},
    ),
    "korean_daily_with_a_caption_from_its_photo_archive": (
        "The Dong-A Ilbo\nBoycott of Japanese goods spreads\nPosted July. 23, 2019 07:31\n\n"
        "A sign reading \"We do not sell Japanese products\" hangs in front of a shelf at a store in Seoul on Monday. "
        "Dong-A Ilbo DB\n\n"
        "A boycott of Japanese products is spreading across South Korea as the trade row deepens.\n\n"
        "Sales of Japanese beer fell sharply this month, retailers said.\n",
        {"title": "Boycott of Japanese goods spreads",
         "keep": ["A boycott of Japanese products", "retailers said"], "drop": ["We do not sell", "Dong-A Ilbo DB"]},
    ),
    "renamed_outlet_with_no_date_but_its_copyright_year": (
        "Nikkei Asia\nJapan eases export curbs on chip material to South Korea\n\n"
        "TOKYO -- Japan on Friday partially eased restrictions on exports to South Korea of photoresist.\n\n"
        "The Ministry of Economy, Trade and Industry said companies could ship it under a looser system.\n\n"
        "© 2019 Nikkei Inc. All rights reserved.\n",
        {"title": "Japan eases export curbs on chip material to South Korea", "outlet": "Nikkei Asian Review",
         "keep": ["partially eased", "looser system"], "drop": ["Nikkei Inc."]},
    ),
    "headline_and_deck_run_together": (
        "News\nAsia\nEast Asia\n"
        "Moon Jae-in and Shinzo Abe agree dialogue is key, but first summit in 15 months fails to break "
        "deadlockSouth Korean and Japanese leaders meet on sidelines of trilateral summit with China in Chengdu\n"
        "Published: 9:15pm, 24 Dec, 2019\n"
        "South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed on Tuesday that the feud "
        "must be solved through dialogue.\n"
        "The two leaders met for about 45 minutes in Chengdu.\n",
        {"title": "Moon Jae-in and Shinzo Abe agree dialogue is key, but first summit in 15 months fails to break "
                  "deadlock",
         "keep": ["agreed on Tuesday", "about 45 minutes"], "drop": ["trilateral summit with China"]},
    ),
    "headline_with_a_name_in_two_capitals": (
        "Korea JoongAng Daily reports Seoul will keep the pact with Japan\nNovember 22, 2019\n"
        "SEOUL -- South Korea will keep its military intelligence-sharing pact with Japan, officials said.\n"
        "The decision came hours before the deadline.\n",
        {"title": "Korea JoongAng Daily reports Seoul will keep the pact with Japan",
         "keep": ["will keep its military", "hours before the deadline"], "drop": ["November 22, 2019"]},
    ),
    "print_view_with_its_lead_printed_twice": (
        "Yonhap News Agency\nPRINT | CLOSE\n"
        "(LEAD) S. Korea, Japan defense chiefs fail to narrow gap over GSOMIA in Bangkok\n2019-11-17 16:02\n"
        "BANGKOK, Nov. 17 (Yonhap) -- The defense chiefs of South Korea and Japan failed to narrow their differences "
        "over a military intelligence-sharing pact during talks in Bangkok on Sunday.\n"
        "BANGKOK, Nov. 17 (Yonhap) -- The defense chiefs of South Korea and Japan failed to narrow their differences "
        "over a military intelligence-sharing pact during talks in Bangkok on Sunday.\n"
        "Defense Minister Jeong Kyeong-doo held talks with his Japanese counterpart Taro Kono for about 40 minutes.\n",
        {"title": "S. Korea, Japan defense chiefs fail to narrow gap over GSOMIA in Bangkok",
         "dateline": Dateline("BANGKOK", "Yonhap"),
         "keep": ["failed to narrow their differences", "about 40 minutes"], "drop": ["PRINT"]},
    ),
    "caption_over_a_dateline_lead_and_a_lead_printed_with_its_byline_glued": (
        "Asia\nSouth Korea scraps intelligence-sharing pact with Japan\nBy Hana Jeon, CNN\nAugust 23, 2019\n"
        "South Korean protesters hold signs reading \"No Abe\" during a rally near the Japanese Embassy in Seoul on "
        "August 15, 2019.\n"
        "Seoul, South Korea (CNN)South Korea will end a military intelligence-sharing agreement with Japan.\n"
        "The agreement allows Seoul and Tokyo to exchange military information.\n",
        {"title": "South Korea scraps intelligence-sharing pact with Japan",
         "keep": ["will end a military", "exchange military information"], "drop": ["protesters hold signs"]},
    ),
    "lead_printed_again_with_its_byline_glued_before_it": (
        "World News\nNOVEMBER 22, 2019 / 9:41 AM\n"
        "South Korea pulls back from brink, keeps intelligence pact with Japan alive\n"
        "By Sangmin Cho, Kaori Tanabe3 Min ReadSEOUL/TOKYO (Reuters) - South Korea said on Friday it would "
        "conditionally suspend the expiry of its intelligence-sharing pact with Japan.\n"
        "SEOUL/TOKYO (Reuters) - South Korea said on Friday it would conditionally suspend the expiry of its "
        "intelligence-sharing pact with Japan.\n"
        "The decision came hours before the deadline.\n",
        {"title": "South Korea pulls back from brink, keeps intelligence pact with Japan alive",
         "keep": ["conditionally suspend the expiry", "hours before the deadline"], "drop": ["3 Min Read"]},
    ),
    "gallery_whose_first_picture_lies_above_the_scrape": (
        "In Pictures: South Koreans rally as feud with Japan deepens\n"
        "Seoul's decision to scrap an intelligence-sharing pact with Tokyo marks a new low in relations.\n"
        "2 of 9\nProtesters hold signs during a rally in central Seoul on Saturday. [Jung Yeon-je/AFP]\n"
        "3 of 9\nMoon Jae-in presides over a meeting at the Blue House on Friday. [Yonhap via Reuters]\n"
        "4 of 9\nA shopper walks past an empty aisle of Japanese beer in Seoul. [Ahn Young-joon/AP Photo]\n",
        {"keep": ["Protesters hold signs", "presides over a meeting", "empty aisle"],
         "drop": ["2 of 9", "AFP]"]},
    ),
    "caption_printed_twice_after_the_lead": (
        "Rally in Seoul\nAugust 24, 2019\n\n"
        "SEOUL -- Thousands of South Koreans rallied on Saturday against Japan's trade curbs.\n\n"
        "SEOUL, South Korea - Protesters hold candles and signs reading \"No Abe\" during a rally near the Japanese "
        "Embassy in central Seoul on August 24, 2019.\n"
        "SEOUL, South Korea - Protesters hold candles and signs reading \"No Abe\" during a rally near the Japanese "
        "Embassy in central Seoul on August 24, 2019.\n\n"
        "Organisers said about 15,000 people took part.\n",
        {"keep": ["rallied on Saturday", "15,000 people"], "drop": ["hold candles"]},
    ),
    "headline_with_a_short_word_glued_to_its_deck": (
        "Seoul and Tokyo hold talks to ease trade rowOfficials from both countries meet in Vienna for first time in "
        "months\nDecember 16, 2019\n\n"
        "TOKYO -- South Korea and Japan held export control talks on Monday.\n\nThe talks lasted several hours.\n",
        {"title": "Seoul and Tokyo hold talks to ease trade row", "keep": ["held export control talks"],
         "drop": ["Officials from both"]},
    ),
    "numbered_options_are_no_gallery": (
        "Analysis\nThree ways out of the GSOMIA impasse\nNovember 20, 2019\n\n"
        "SEOUL -- South Korea has three options before the pact expires on Saturday, officials said.\n\n"
        "1 of 3\n\nThe first option is to let the pact expire as planned.\n\n"
        "2 of 3\n\nThe second option is to suspend the termination conditionally.\n\n"
        "3 of 3\n\nThe third option is to extend the pact for a year.\n\n"
        "The decision rests with President Moon Jae-in.\n",
        {"title": "Three ways out of the GSOMIA impasse",
         "keep": ["first option", "second option", "third option", "rests with President"], "drop": []},
    ),
    "headline_with_a_brand_in_small_letters": (
        "Japanese crypto exchange bitFlyer halts new accounts for South Korean users\nNovember 20, 2019\n\n"
        "TOKYO -- A Japanese cryptocurrency exchange said it would stop taking new South Korean accounts.\n\n"
        "The move comes amid the trade row.\n",
        {"title": "Japanese crypto exchange bitFlyer halts new accounts for South Korean users",
         "keep": ["stop taking new", "trade row"], "drop": []},
    ),
    "writer_note_with_a_relative_clause_under_the_byline_and_a_promo_shaped_line": (
        "Opinions\nThe alliance crisis Washington didn't see coming\nBy Ellen Marsh\nNov. 21, 2019\n\n"
        "Ellen Marsh, who served at the US embassy in Tokyo until 2018, is a senior fellow at a Washington institute.\n\n"
        "Sometime before midnight on Friday, South Korea will decide whether to let its pact with Japan die.\n\n"
        "Stay up to date with the latest developments in the talks, officials said, as the two sides set dates.\n\n"
        "There is still a way out, and it runs through Washington.\n",
        {"byline": "Ellen Marsh", "keep": ["Sometime before midnight", "latest developments in the talks", "way out"],
         "drop": ["senior fellow"]},
    ),
    "renamed_outlet_with_a_span_of_copyright_years": (
        "Nikkei Asia\nJapan eases export curbs on chip material to South Korea\n\n"
        "TOKYO -- Japan on Friday partially eased restrictions on exports to South Korea of photoresist.\n\n"
        "The Ministry of Economy, Trade and Industry said companies could ship it under a looser system.\n\n"
        "Copyright © 2005-2021 Nikkei Inc. All rights reserved.\n",
        {"outlet": "Nikkei Asia", "keep": ["partially eased"], "drop": ["Nikkei Inc."]},
    ),
    "broadcaster_consent_wall_in_its_name_with_digits": (
        "FRANCE 24 and its partners store and/or access information on your device to measure audience and "
        "personalise ads. You can accept or refuse these cookies at any time.\nAccept and close\n"
        "Customise my choices\nLive\nProgrammes\nAsia-Pacific\n"
        "South Korea to scrap military intelligence-sharing pact with Japan\n"
        "Issued on: 22/08/2019 - 14:09 Modified: 22/08/2019 - 14:12\n"
        "Protesters in Seoul call for the scrapping of the pact on Thursday. © Jung Yeon-je, AFP\n"
        "3 min\nAdvertising\nSeoul (AFP)\n\n"
        "South Korea said Thursday it would scrap a military intelligence-sharing pact with Japan.\n\n"
        "The pact is automatically renewed every year unless either side gives notice.\n",
        {"title": "South Korea to scrap military intelligence-sharing pact with Japan",
         "keep": ["South Korea said Thursday", "automatically renewed"],
         "drop": ["partners store", "Customise my choices"]},
    ),
    "digest_titled_over_its_note_its_first_story_kept": (
        "YONHAP NEWS AGENCY\nLatest\nNational\n\nAll News\n20:00 November 22, 2019\n\nYonhap News Summary\n\n"
        "Font Size\nPrint\n\n"
        "The following is the third summary of major news stories moved by Yonhap News Agency on Friday.\n\n"
        "(LEAD) S. Korea conditionally suspends expiry of GSOMIA with Japan\n\n"
        "SEOUL -- South Korea said Friday it has decided to conditionally suspend the expiry of its military "
        "information-sharing pact with Japan.\n\n"
        "Japan to hold talks with S. Korea on export controls\n\n"
        "TOKYO -- Japan's trade ministry said Friday it will resume policy talks with South Korea.\n",
        {"title": "Yonhap News Summary", "outlet": "Yonhap",
         "keep": ["S. Korea conditionally suspends expiry of GSOMIA", "SEOUL -- South Korea said Friday",
                  "Japan to hold talks", "resume policy talks"],
         "drop": ["The following is the third summary", "Font Size"]},
    ),
    "menu_of_sections_on_one_line_and_a_stock_picture_s_caption": (
        "The Korea Herald\nSubscribe\nNational\n"
        "Politics Social Affairs Foreign Affairs Defense North Korea Science Diplomatic Circuit\n\n"
        "[News Analysis] Two years after last-minute reprieve, GSOMIA stuck in limbo\n\n"
        "Analysts call on next government to end legal uncertainty over intel pact with Tokyo\n\n"
        "By Ji Da-gyum\n\nPublished : Nov 22, 2021 - 16:24\n\n"
        "Two years have passed since South Korea, six hours before the deadline, pulled back from ending its "
        "military intelligence-sharing pact with Japan.\n\n"
        "Korean and Japanese national flags (123rf)\n\n"
        "The channel was used when North Korea test-fired a new missile on Oct. 19, according to the Defense "
        "Ministry.\n",
        {"title": "Two years after last-minute reprieve, GSOMIA stuck in limbo",
         "keep": ["Two years have passed since", "The channel was used"],
         "drop": ["Politics Social Affairs", "national flags (123rf)"]},
    ),
    "writer_s_note_under_the_copyright_line": (
        "Japan's Kishida says his heart aches over colonial-era suffering\n\n"
        "SEOUL, South Korea (AP) — Japanese Prime Minister Fumio Kishida said Sunday his heart aches for Koreans "
        "who suffered under Japan's colonial rule.\n\n"
        "He is scheduled to meet South Korean business leaders on Monday before returning to Tokyo.\n\n"
        "Copyright 2023 The Associated Press. All Rights Reserved.\n\n"
        "KIM TONG-HYUNG\n"
        "Kim covers North and South Korea for The Associated Press, based in Seoul.\n",
        {"keep": ["his heart aches", "before returning to Tokyo."],
         "drop": ["KIM TONG-HYUNG", "Kim covers North and South Korea"]},
    ),
    "reader_appeal_heading_and_a_subscription_plea_after_the_story": (
        "Japan and South Korea leaders meet for first time in a year\n\n"
        "Lee Nak-yon met Shinzo Abe in Tokyo on Thursday, two days after the enthronement ceremony.\n\n"
        "Lee returned to Seoul on Thursday afternoon.\n\n"
        "Since you're here …\n"
        "… we have a small favour to ask. More people, like you, are reading and supporting the Guardian's "
        "independent, investigative journalism than ever before.\n"
        "Like this article? Subscribe to The Japan Times for unlimited access to our news and in-depth "
        "reporting.\n",
        {"keep": ["Lee returned to Seoul"], "drop": ["Since you're here", "Like this article?"]},
    ),
    "feed_item_then_the_next_item": (
        "The Japan Times\nhttps://www.japantimes.co.jp\n"
        "News on Japan, Business News, Opinion, Sports, Entertainment and More\n"
        "Thu, 24 Oct 2019 10:05:41 +0000\nen-US\nhourly\n1\n\n"
        "Abe and Lee agree on need to mend ties but remain apart on wartime labor\n"
        "https://www.japantimes.co.jp/news/2019/10/24/national/politics-diplomacy/abe-lee-talks/\n"
        "Thu, 24 Oct 2019 07:38:12 +0000\nKyodo\nNational\n"
        "Prime Minister Shinzo Abe and his South Korean counterpart, Lee Nak Yon, agreed Thursday that the two "
        "countries should not leave their soured relations as they are.\n\n"
        "The 21-minute meeting at the prime minister's office was the highest-level talks between the two Asian "
        "neighbors in more than a year.\n\n"
        "The post Abe and Lee agree on need to mend ties but remain apart on wartime labor appeared first on "
        "The Japan Times.\n\n"
        "Typhoon Bualoi to bring heavy rain to areas battered by Hagibis\n"
        "https://www.japantimes.co.jp/news/2019/10/24/national/typhoon-bualoi-heavy-rain/\n"
        "Thu, 24 Oct 2019 06:55:03 +0000\nWeather\n"
        "The season's 21st typhoon was expected to bring heavy rain to parts of eastern Japan.\n",
        {"title": "Abe and Lee agree on need to mend ties but remain apart on wartime labor",
         "keep": ["agreed Thursday that the two countries", "The 21-minute meeting"],
         "drop": ["News on Japan", "appeared first on", "Typhoon Bualoi", "Weather", "21st typhoon"]},
    ),
    "reader_mode_paragraphs_glued_and_a_credit_of_the_original": (
        "mainichi.jp\nJapan, S. Korea defense chiefs hold talks in Bangkok, remain apart on intel pact\n4-5 minutes\n"
        "November 17, 2019 (Mainichi Japan) Defense Minister Taro Kono, left, shakes hands with South Korean "
        "Defense Minister Jeong Kyeong-doo before their talks in Bangkok on Nov. 17, 2019. (Mainichi/Shunsuke "
        "Ishii)BANGKOK -- Defense Minister Taro Kono and his South Korean counterpart Jeong Kyeong-doo held talks "
        "here on Nov. 17 but failed to narrow their differences over the pact, which is set to expire in less than "
        "a week.The roughly 40-minute meeting, held at a hotel on the sidelines of the ADMM-Plus, was the first "
        "formal talks between the two countries' defense ministers since Kono took up his post in September.\n\n"
        '"We had frank discussions, but the positions of both sides did not change," Kono told reporters after '
        'the meeting. A senior official said, "It is up to South Korea now." (Japanese original by Shunsuke Ishii, '
        "Political News Department)\n",
        {"title": "Japan, S. Korea defense chiefs hold talks in Bangkok, remain apart on intel pact",
         "published": "2019-11-17",
         "keep": ["BANGKOK -- Defense Minister Taro Kono and his South Korean counterpart",
                  "The roughly 40-minute meeting", '"It is up to South Korea now."'],
         "drop": ["(Mainichi Japan)", "shakes hands", "Japanese original"]},
    ),
    "newsletter_titled_without_its_label_and_its_foot": (
        "From: Foreign Policy <newsletters@foreignpolicy.com>\n"
        "Subject: Morning Brief: South Korea Pulls Back From the Brink on Japan Intelligence Pact\n"
        "Date: Fri, 22 Nov 2019 11:02:17 +0000\n\nFOREIGN POLICY\nMORNING BRIEF\n"
        "South Korea Pulls Back From the Brink on Japan Intelligence Pact\n"
        "By Colm Quinn, the newsletter writer at Foreign Policy.\n\n"
        "South Korea said on Friday it would not let its military intelligence-sharing agreement with Japan "
        "expire, reversing course hours before the deadline.\n\n"
        "If you would like to receive Morning Brief in your inbox every weekday, please sign up here "
        "<https://link.foreignpolicy.com/join/x>.\n\n"
        "Kim You-geun told reporters in Seoul that the government had decided to suspend its notice.\n\n"
        "For more on how the dispute escalated, read Foreign Policy's report from August "
        "<https://link.foreignpolicy.com/click/y>\n\n"
        "Unsubscribe <https://link.foreignpolicy.com/oc/unsub> | Manage your newsletter preferences\n"
        "Foreign Policy, 655 15th St NW, Suite 300, Washington, DC 20005\n",
        {"title": "South Korea Pulls Back From the Brink on Japan Intelligence Pact",
         "keep": ["South Korea said on Friday", "Kim You-geun told reporters"],
         "drop": ["If you would like to receive", "For more on how", "Unsubscribe", "655 15th St NW"]},
    ),
    "gallery_counter_under_its_button_and_a_video_title_between_the_player_s_labels": (
        "North Korea fires projectiles days after Seoul scraps intel pact\n"
        "By Joshua Berlinger and Yoonjung Seo, CNN\nUpdated 0547 GMT (1347 HKT) August 24, 2019\n"
        "Photos: North Korea's missile program\n"
        "North Korea's missile program – This undated picture released by KCNA shows a test-fire.\n"
        "Hide Caption\n1 of 30\n"
        "Seoul, South Korea (CNN)North Korea fired two short-range projectiles into the sea off its east coast early "
        "Saturday morning local time, South Korea's military said.\n"
        "Tokyo asked Seoul to share information under the pact, a South Korean defense official told CNN.\n"
        "JUST WATCHED\nWhy South Korea is ending an intel deal with Japan\nReplay\nMore Videos ...\nMUST WATCH\n"
        "South Korea's decision came as relations with Japan plunged to their lowest point in decades.\n",
        {"keep": ["North Korea fired two short-range projectiles", "Tokyo asked Seoul", "South Korea's decision came"],
         "drop": ["1 of 30", "Why South Korea is ending"]},
    ),
    "abbreviations_and_names_typed_without_a_space_cut_no_paragraph": (
        "Seoul and Tokyo hold talks on export curbs\nBy Staff Reporter\nNovember 22, 2019\n\n"
        "TOKYO -- A survey by Yahoo!Japan found that most users in Japan wanted better ties with South Korea, even as "
        "the two governments argued over export controls and an intelligence pact that is due to expire at midnight "
        "on Saturday. Among those at the talks was retired Gen.Kim Byung-joo, a former deputy commander of the "
        "Combined Forces Command, who said the U.S. role was vital, while Sen.Menendez urged the two sides to restore "
        "the pact. Another poll, run by Yahoo!News on its site the same week, found a similar result, with 58 percent "
        "saying the government should hold talks with Seoul, according to the results published on Friday.\n\n"
        "The poll surveyed 2,000 people.\n",
        {"keep": ["TOKYO -- A survey by Yahoo!Japan found that most users",
                  "retired Gen.Kim Byung-joo, a former deputy commander", "while Sen.Menendez urged the two sides",
                  "run by Yahoo!News on its site"]},
    ),
    "a_feed_s_trailer_with_the_story_going_on_after_it": (
        "Moon and Abe Meet in Chengdu\nBy Ankit Panda\nDecember 24, 2019\n\n"
        "CHENGDU -- South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe met in Chengdu on "
        "Tuesday, their first formal talks in 15 months.\n\n"
        "The post Moon and Abe Meet in Chengdu appeared first on The Diplomat.\n\n"
        "The two leaders agreed that the dispute over wartime labor should be resolved through dialogue.\n\n"
        "Abe told Moon that Seoul should keep its promises, according to Japan's foreign ministry.\n",
        {"keep": ["The two leaders agreed", "Abe told Moon"], "drop": ["appeared first on"]},
    ),
    "headline_naming_countries_and_sections": (
        "Opinion\nKorea Japan Security Policy Must Change\n"
        "Seoul and Tokyo need a new defense pact, not a broken one\nBy Kim Min-seok\nNovember 23, 2019\n\n"
        "SEOUL -- The intelligence pact was saved at the last minute, but the policy behind it must change.\n\n"
        "The two governments should start talks now.\n",
        {"title": "Korea Japan Security Policy Must Change"},
    ),
    "headline_listing_names_and_more": (
        "Abe, Moon, Li and More\nLeaders of the three countries meet in Chengdu to talk trade\nDecember 24, 2019\n\n"
        "CHENGDU -- Leaders of Japan, South Korea and China gathered in Chengdu on Tuesday.\n\n"
        "They agreed to meet again next year.\n",
        {"title": "Abe, Moon, Li and More"},
    ),
    "headline_whose_second_half_the_deck_prints_again": (
        "Trade row: Japan and South Korea dig in\nJapan and South Korea dig in\nBy Kim Min-seok\n"
        "November 22, 2019\n\n"
        "TOKYO -- Japan and South Korea showed no sign of backing down on Friday in their trade dispute.\n\n"
        "Format: director general level talks\n\n"
        "The following is an unofficial translation of the statement by the ministry spokesman:\n\n"
        '"The government regrets the decision," the statement said.\n\n'
        "Public Broadcaster\n\n"
        "NHK has covered the dispute for Japanese viewers every night since July, drawing record audiences.\n",
        {"title": "Trade row: Japan and South Korea dig in",
         "keep": ["Format: director general level talks", "The following is an unofficial translation",
                  "NHK has covered the dispute"]},
    ),
    "menu_of_sections_and_countries_over_the_headline": (
        "Home News North Korea Japan China Opinion\nSeoul and Tokyo agree to keep talking\nBy Staff Reporter\n"
        "November 28, 2019\n\n"
        "TOKYO -- Japan and South Korea agreed on Thursday to keep talking about security policy, officials said.\n\n"
        "The talks will continue next month.\n",
        {"title": "Seoul and Tokyo agree to keep talking"},
    ),
    "label_after_a_mail_s_subject_or_in_capitals": (
        "Subject: Analysis: Japan and South Korea dig in\nFrom: Reuters\nDate: November 22, 2019\n"
        "ANALYSIS: Japan and South Korea dig in\nJapan and South Korea dig in\nBy Kim Min-seok\n\n"
        "TOKYO -- Japan and South Korea showed no sign of backing down on Friday in their trade dispute, officials "
        "said.\n\nThe talks will continue next month.\n",
        {"title": "Japan and South Korea dig in"},
    ),
    "feed_s_trailer_before_the_next_item_s_headline_and_byline": (
        "Moon and Abe Meet in Chengdu\nBy Ankit Panda\nDecember 24, 2019\n\n"
        "CHENGDU -- South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe met in Chengdu on "
        "Tuesday, their first formal talks in 15 months.\n\n"
        "The two leaders agreed that the dispute over wartime labor should be resolved through dialogue.\n\n"
        "The post Moon and Abe Meet in Chengdu appeared first on The Diplomat.\n\n"
        "Typhoon Bualoi to bring heavy rain to Japan\nBy Staff Writer\n"
        "The storm is expected to reach the Pacific coast on Friday, forecasters said.\n",
        {"keep": ["The two leaders agreed"], "drop": ["Typhoon Bualoi", "The storm is expected"]},
    ),
    "paragraphs_glued_after_a_short_name_but_not_after_a_title": (
        "Seoul and Tokyo hold talks on export curbs\nBy Staff Reporter\nNovember 22, 2019\n\n"
        "TOKYO -- Japanese Prime Minister Shinzo Abe said on Friday that the decision was a strategic one made in view "
        "of regional security, according to officials who briefed reporters after meeting Prof.Kim Sung-han in the "
        "capital, said Abe.South Korea said it would keep the pact for now, a reversal that came hours before it was "
        "due to expire at midnight, a move welcomed by Washington, which had pressed both allies for weeks to settle "
        "their differences.The two sides will hold director-general level talks on export controls next month in "
        "Tokyo, officials said on Saturday.The talks will be the first since July, when the dispute flared.\n\n"
        "The talks will continue next month.\n",
        {"keep": ["after meeting Prof.Kim Sung-han in the capital"]},
    ),
    "government_sites_feet_and_a_video_archive_s_fields": (
        "Department Press Briefing - August 27, 2019\n\nMorgan Ortagus, Department Spokesperson\n\n"
        "Clip\nProgram ID: 467102-1\nFormat: Hearing\nTranscript type: Closed Captioning\n"
        "*This text was compiled from uncorrected Closed Captioning.\nSort by: Time\n\n"
        "MS ORTAGUS: We are deeply concerned and disappointed that the South Korean Government terminated the "
        "General Security of Military Information Agreement.\n\n"
        "QUESTION: Will the Secretary call Foreign Minister Kang this week?\n\nPage Top\n\n"
        "MS ORTAGUS: I don't have any calls to read out for you today.\n\n"
        "DPB # 51\n\nPlease note that this is an unofficial translation. The original is in Korean.\n"
        "Hosted by Defense Media Activity - WEB.mil\n"
        "Ministry of Foreign Affairs of Japan  2-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8919, Japan\n"
        "The Office of Website Management, Bureau of Global Public Affairs, manages this site as a portal for "
        "information from the U.S. State Department.\n"
        "External links to other Internet sites should not be construed as an endorsement of the views or privacy "
        "policies contained therein.\n",
        {"keep": ["We are deeply concerned", "any calls to read out"],
         "drop": ["Program ID", "Format: Hearing", "Transcript type", "uncorrected Closed", "Sort by", "DPB",
                  "Page Top", "unofficial translation", "Defense Media Activity", "Kasumigaseki",
                  "Website Management", "External links"]},
    ),
    "axios_s_related_link_and_newsletter_pitch_after_the_story": (
        "Axios\nWorld\nAug 22, 2019 - World\nSouth Korea pulls out of intelligence-sharing pact with Japan\n"
        "Ivana Pérez\n\n"
        "South Korea announced Thursday that it will not renew a military intelligence-sharing agreement with Japan, "
        "escalating a bitter dispute between two of America's closest allies in Asia.\n\n"
        "Why it matters: The 2016 pact allows Seoul and Tokyo to trade sensitive intelligence on North Korea's "
        "missile programs directly.\n\n"
        "The big picture: Relations between Seoul and Tokyo have sunk to their lowest point in decades.\n\n"
        "Go deeper: Japan-South Korea trade war heats up\n\n"
        "Get smarter, faster with the news CEOs, entrepreneurs and top pols read. Sign up for Axios AM.\n"
        "Subscribe\n",
        {"keep": ["Why it matters: The 2016 pact", "The big picture: Relations between Seoul"],
         "drop": ["Go deeper", "trade war heats up", "Get smarter", "Sign up for Axios AM"]},
    ),
    "body_lines_shaped_like_a_related_link_or_a_pitch": (
        "South Korea eases entry rules for Japanese travelers\n"
        "SEOUL, March 5 (Reuters) - South Korea said on Thursday it would ease entry rules for Japanese travelers "
        "from next month, a step toward mending ties.\n\n"
        "Create your account on the K-ETA website before booking a flight, the ministry said.\n\n"
        "Create your account and password on the K-ETA website before booking, the ministry said.\n\n"
        "Get ready for a long summer. Sign up for Heat Alerts opened on Monday, the city said.\n\n"
        "Go deeper — The U.S. is pressing both allies to patch things up\n"
        "Create your account to keep reading.\n"
        "Create your account now to keep reading.\nCreate your account and enjoy unlimited access.\n"
        "Create your account and keep reading.\nCreate your account. It's free and takes less than a minute.\n"
        "Create your account with Google or Facebook\n"
        "Get market news worthy of your time with Axios Markets. Sign up for Axios Markets for free.\n",
        {"keep": ["Create your account on the K-ETA website", "Sign up for Heat Alerts opened on Monday",
                  "Create your account and password"],
         "drop": ["The U.S. is pressing both allies", "to keep reading", "enjoy unlimited access", "Axios Markets"]},
    ),
    "newsletter_boxes_meters_disclaimers_and_links_to_the_next_story": (
        "Seoul revives WTO complaint over Japan's export curbs\n"
        "By Choi Si-young\n\n"
        "You have read 2 of 3 free articles this month. Subscribe for unlimited access.\n"
        "Welcome to the weekly digest of The Interpreter. Here’s what we were reading, writing and arguing about.\n"
        "South Korea said Tuesday it would resume a World Trade Organization complaint against Japan's export "
        "curbs, saying Tokyo had failed to respond by the end of May.\n\n"
        "Na Seung-sik, deputy minister for trade and investment, speaks at a briefing on Tuesday at the government "
        "complex in Sejong. (Yonhap)\n"
        "Defense Secretary Mark Esper and Marine Gen. Joseph Dunford, chairman of the Joint Chiefs of Staff, brief "
        "reporters at the Pentagon. (Tech. Sgt. Vernon Young Jr./Air Force)\n\n"
        "Next Monday the two sides meet again in Geneva\n\n"
        "The decision to revive the case was made after Tokyo let a May-end deadline pass.\n"
        "Read more »\n"
        "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP and its owners.\n"
        "Stars and Stripes Newsletter\n"
        "Sign up to receive a daily email of today's top military news stories from Stars and Stripes.\n"
        "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice\n"
        "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common "
        "ground.\n"
        "Newsweek Newsletter sign-up >\n"
        "facebook twitter kakaostory mail print  A A\n"
        "READ MORE\n"
        "Japan and South Korea: What’s behind the trade dispute?\n"
        "Hours later, Deputy Prime Minister Hong Nam-ki said South Korea would strike Japan from its own list of "
        "trusted trade partners and would file the complaint with the World Trade Organization next week.\n"
        "[Editor: Liangyu]\n"
        "Read in Russian\n"
        "Most Viewed in 24 Hours\n"
        "China's first private rocket company to launch satellites\n"
        "Note: Browsers with 1024*768 or higher resolution are suggested for this site.\n"
        "License for publishing multimedia online 0108263\n"
        "Registration Number: 130349\n"
        "Previous  Moon calls for fair vaccine access at virtual G20 summit\n"
        "Next  Greater Seoul to move to Level 2 distancing from Tuesday\n",
        {"keep": ["South Korea said Tuesday it would resume", "Next Monday the two sides meet again",
                  "would file the complaint with the World Trade Organization",
                  "Tokyo let a May-end deadline pass"],
         "drop": ["You have read 2 of 3", "Welcome to the weekly digest", "Na Seung-sik", "brief reporters at the",
                  "Read more", "necessarily reflect", "Stars and Stripes Newsletter", "Sign up to receive",
                  "I would like to be emailed", "Newsweek", "fair vaccine access", "Level 2 distancing",
                  "kakaostory", "What’s behind the trade dispute", "Liangyu", "Read in Russian", "Most Viewed",
                  "private rocket", "Browsers with", "License for publishing", "Registration Number"]},
    ),
    "politico_s_newsletter_pitch_after_a_question": (
        "POLITICO\nSouth Korea backs off plan to scrap intelligence deal with Japan\nBy MEGAN KATZ\n"
        "11/22/2019 10:42 AM EST\n\n"
        "South Korea on Friday backed off its plan to scrap a military intelligence-sharing pact with Japan, hours "
        "before it was set to lapse.\n\n"
        "In Tokyo, Prime Minister Shinzo Abe said South Korea had made a \"strategic decision\".\n\n"
        "Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest news, every morning — in "
        "your inbox.\n"
        "Filed under: South Korea, Japan, Mark Esper, Pentagon, Defense\n",
        {"keep": ["Prime Minister Shinzo Abe said"], "drop": ["Missing out on the latest scoops", "POLITICO Playbook"]},
    ),
    "cbs_s_thanks_and_account_box_after_the_copyright": (
        "CBS News\nJapan and South Korea agree to push for leaders' summit after pact reprieve\nBy Emi Horikawa\n"
        "November 23, 2019 / 6:58 AM / CBS News\n\n"
        "Tokyo — The foreign ministers of Japan and South Korea agreed Saturday to work toward a meeting between "
        "their leaders, a day after Seoul kept a military pact alive.\n\n"
        "Analysts cautioned that the truce remains fragile.\n\n"
        "First published on November 23, 2019 / 6:58 AM\n"
        "© 2019 CBS Interactive Inc. All Rights Reserved.\n"
        "Thanks for reading CBS NEWS.\nCreate your free account or log in\nfor more features.\nContinue\n"
        "Please enter email address to continue\n",
        {"keep": ["Analysts cautioned that the truce remains fragile."],
         "drop": ["Thanks for reading", "Create your free account", "for more features"]},
    ),
    "npr_s_caption_between_the_picture_s_buttons": (
        "NPR\nAsia\nSouth Korea Formally Notifies Japan It Is Ending Intelligence Pact, Worrying U.S.\n"
        "August 23, 2019 4:46 PM ET\nJamie Song\n"
        "Enlarge this image\n"
        "The national flags of South Korea and Japan at a ceremony in Tokyo in 2015, a year before the pact.\n"
        "Jung Yeon-je/AFP/Getty Images\nhide caption\ntoggle caption\nJung Yeon-je/AFP/Getty Images\n\n"
        "South Korea on Friday formally told Japan it is pulling out of a military intelligence-sharing agreement "
        "between the two countries, a move that has alarmed officials in Washington.\n\n"
        "Seoul delivered its notice to the Japanese Embassy a day after announcing it would not renew the pact.\n",
        {"keep": ["South Korea on Friday formally told Japan"],
         "drop": ["Enlarge this image", "The national flags of South Korea", "hide caption", "Getty Images"]},
    ),
    "afp_s_credit_instruction_glued_to_a_caption_inside_the_story": (
        "Washington 'disappointed' as South Korea pulls out of intelligence pact with Japan\n"
        "By Joshua Berlinger and Yoonjung Seo, CNN\nUpdated 0612 GMT (1412 HKT) August 23, 2019\n\n"
        "Seoul, South Korea (CNN)The United States has said it is \"disappointed\" by South Korea's decision to pull "
        "out of an intelligence-sharing agreement with Japan.\n\n"
        "Pompeo said he hoped the two countries could \"put their relationship back in exactly the right place.\"\n\n"
        "South Korean President Moon Jae-in speaks at a meeting at the presidential Blue House in Seoul on August "
        "22. Photo credit should read JUNG YEON-JE/AFP/Getty Images\n\n"
        "On Friday, South Korea's presidential office rejected suggestions that it had blindsided its ally.\n",
        {"keep": ["Pompeo said he hoped", "On Friday, South Korea's presidential office rejected"],
         "drop": ["Moon Jae-in speaks at a meeting", "Photo credit should read"]},
    ),
    "section_path_in_capitals_with_no_spaces_around_its_slash": (
        "The Asahi Shimbun\nAJW\n\nASIA & WORLD/KOREAN PENINSULA\n\n"
        "Seoul accuses Tokyo of ‘distorting’ deal that kept GSOMIA alive\n\nBy KENJI NAKANO/ Correspondent\n\n"
        "November 24, 2019 at 19:25 JST\n\n"
        "SEOUL--Two days after Seoul and Tokyo pulled their military intelligence-sharing pact back from the brink, "
        "the two governments were openly at odds over what exactly they had agreed to.\n\n"
        "Japanese officials rejected that account.\n",
        {"title": "Seoul accuses Tokyo of ‘distorting’ deal that kept GSOMIA alive",
         "drop": ["ASIA & WORLD"]},
    ),
    "two_sentence_headline_listed_under_read_more_over_a_short_line": (
        "The Washington Post\nU.S. pressure fails to budge Seoul as deadline nears on intelligence pact with Japan\n"
        "By Simon Denyer and Min Joo Kim\nNovember 20, 2019 at 6:00 a.m. EST\n\n"
        "SEOUL — U.S. pressure on South Korea to keep an intelligence-sharing pact with Japan has so far failed to "
        "budge Seoul, with the deal set to expire at midnight Friday.\n\n"
        "The agreement, signed in 2016 after years of U.S. prodding, allows the two countries to share sensitive "
        "information about North Korea's missile programs.\n\n"
        "Kim reported from Seoul.\n\nRead more:\n\n"
        "North Korea tests 'super-large' rocket launcher, South Korea's military says\n\n"
        "Japan and South Korea are locked in a feud. Here's why it matters to the U.S.\n\n"
        "Today’s coverage from Post correspondents around the world\n\n"
        "Like Washington Post World on Facebook and stay updated on foreign news\n",
        {"keep": ["The agreement, signed in 2016"],
         "drop": ["super-large", "locked in a feud", "Today’s coverage"]},
    ),
    "two_sentence_paragraph_under_a_read_more_link_with_no_sign_off_over_it": (
        "Nikkei Asian Review\nMonday, November 25, 2019\nSeoul and Tokyo at odds over what they agreed\n\n"
        "Seoul and Tokyo were at odds again over the weekend about what exactly they had agreed to when South Korea "
        "pulled back from scrapping their military intelligence-sharing pact on Friday.\n"
        "Read more\nMarkets to watch\n"
        "Seoul shares ended Friday up 1.4%, led by chipmakers. The Korean won firmed against the dollar after the "
        "GSOMIA announcement.\n"
        "Most read\n1. Nagoya meeting: Japan and South Korea agree to keep talking\n"
        "2. Huawei's Japanese suppliers brace for new US curbs\n3. Jokowi's new cabinet: who's who\n",
        {"keep": ["Seoul shares ended Friday up 1.4%"], "drop": ["Most read", "Huawei"]},
    ),
    # Lines of a story like a widget's or a pitch's, kept: a wrapped line opening 'more on', a step opening
    # 'Create an account', 'Sign up for' what is no newsletter, 'Go deeper' with no colon, a lead with a credit glued
    # on, a headline in capitals with a slash.
    "story_lines_like_a_widget_s_or_a_pitch_s": (
        "Seoul, Tokyo to resume export control talks\nBy Staff Reporter\nDecember 4, 2019\n\n"
        "SEOUL -- South Korea and Japan will hold their first talks on export controls in three years next week,\n"
        "with Seoul hoping the discussions will focus on the three materials and the Japanese side expected to\n"
        "focus more on Korea's own export control system and its staffing, a trade\n"
        "ministry official said.\n\n"
        "\"We will explain our position fully,\" the official told reporters. \"We\n"
        "have agreed with Tokyo to talk\n"
        "more on the agenda in the coming days.\"\n\n"
        "Travelers must apply at least 72 hours before departure. Sign up for K-ETA on the ministry's website.\n\n"
        "Japan runs a similar system. Sign up to Visit Japan Web before arrival to speed up checks.\n\n"
        "Create an account on the official K-ETA website or the mobile app.\n\n"
        "Go deeper — and faster. That is the message Defense Secretary Mark Esper carried to Seoul this week.\n",
        {"keep": ["focus more on Korea's own export control system", "talk more on the agenda in the coming days",
                  "Sign up for K-ETA", "Sign up to Visit Japan Web", "Create an account on the official",
                  "Go deeper — and faster"]},
    ),
    "lead_with_a_credit_glued_on": (
        "South Korea scraps intelligence pact with Japan\nBy Staff Reporter\nAugust 22, 2019\n\n"
        "SEOUL -- South Korea said on Thursday it would scrap an intelligence-sharing agreement with Japan. President "
        "Moon Jae-in's office said the pact no longer served the national interest. Photo credit should read "
        "JUNG YEON-JE/AFP/Getty Images\n\n"
        "Kim You-geun, deputy director of the National Security Office, announced the decision at a briefing.\n",
        {"keep": ["South Korea said on Thursday it would scrap"]},
    ),
    "headline_in_capitals_with_a_slash": (
        "SEOUL/TOKYO TRADE TALKS COLLAPSE\nBy Staff Reporter\nDecember 16, 2019\n\n"
        "TOKYO -- Talks between South Korean and Japanese trade officials on export controls ended on Monday without "
        "agreement, both sides said.\n\n"
        "The two sides agreed to meet again in Seoul, officials said.\n",
        {"title": "SEOUL/TOKYO TRADE TALKS COLLAPSE", "keep": ["Talks between South Korean and Japanese"]},
    ),
    "story_s_sign_up_in_small_letters_and_a_dual_dateline": (
        "Heat wave warning for Seoul\nBy Staff Reporter\nAugust 5, 2019\n\n"
        "SEOUL/TOKYO -- South Korea and Japan issued heat warnings on Monday as temperatures topped 38 degrees.\n\n"
        "Residents were urged to stay indoors. Sign up for daily alerts from the Korea Meteorological "
        "Administration on its website.\n\n"
        "Many wards offer help in Korean and Chinese. Sign up for weekly consultations at the ward office.\n",
        {"keep": ["SEOUL/TOKYO -- South Korea and Japan issued", "Sign up for daily alerts",
                  "Sign up for weekly consultations"]},
    ),
    "pitches_credits_and_links_of_other_shapes": (
        "Axios\nWorld\nAug 22, 2019 - World\nSouth Korea pulls out of intelligence-sharing pact with Japan\n\n"
        "South Korea announced Thursday that it will not renew a military intelligence-sharing agreement with "
        "Japan.\n\n"
        "South Korean protesters hold signs during a rally denouncing Japan's trade curbs near the Japanese embassy in "
        "Seoul on August 22, 2019. South Korea said on August 22 it would scrap a military intelligence-sharing pact "
        "with Japan, as a row over history and trade deepened. Photo credit should read JUNG YEON-JE/AFP/Getty "
        "Images\n\n"
        "The big picture: Relations between Seoul and Tokyo have sunk to their lowest point in decades.\n\n"
        "A protester holds a placard reading \"No Abe.\" Photo credit should read JUNG YEON-JE/AFP/Getty Images\n\n"
        "Japan's Foreign Minister Taro Kono summoned South Korea's ambassador.\n"
        "ED JONES/AFP VIA GETTY IMAGES\n\n"
        "Go deeper — Japan-South Korea trade war heats up\n\n"
        "Get market news worthy of your time with Axios Markets. Sign up for Axios Markets.\n",
        {"keep": ["The big picture: Relations", "Taro Kono summoned"],
         "drop": ["hold signs during a rally", "No Abe", "ED JONES/AFP", "trade war heats up",
                  "Sign up for Axios Markets"]},
    ),
    # A lead under a dateline of any case with AFP's credit instruction glued on, and a headline in capitals with an
    # agency's name away from its slash: the story's.
    "lead_under_a_dateline_with_a_credit_glued_on": (
        "AP EXPLAINS/WHY SEOUL DROPPED THE PACT\nBy Staff Reporter\nAugust 22, 2019\n\n"
        "SEOUL, Aug. 22 (Yonhap) -- South Korea said Thursday it will terminate a military intelligence-sharing pact "
        "with Japan, as a row over history and trade deepened. Photo credit should read JUNG YEON-JE/AFP/Getty Images\n\n"
        "Seoul, South Korea — South Korea said Thursday it will scrap the pact, officials said. Photo credit should "
        "read JUNG YEON-JE/AFP/Getty Images\n\n"
        "Kim You-geun, deputy director of the National Security Office, announced the decision.\n",
        {"title": "AP EXPLAINS/WHY SEOUL DROPPED THE PACT",
         "keep": ["South Korea said Thursday it will terminate", "South Korea said Thursday it will scrap"]},
    ),
    # A paper's appeal for support after the story and its reminder button.
    "appeal_for_support_and_its_reminder": (
        "Seoul to scrap intelligence pact with Japan\nJustin McCurry in Tokyo\nThu 22 Aug 2019 15.20 BST\n\n"
        "South Korea has said it will scrap a military intelligence-sharing pact with Japan, in a move likely to "
        "deepen a row over trade and wartime history.\n\n"
        "Hours later, the foreign ministry summoned South Korea's ambassador in Tokyo to protest.\n\n"
        "Support the Guardian from as little as $1 – and it only takes a minute. Thank you.\n\n"
        "Remind me in October\n",
        {"keep": ["South Korea has said", "summoned South Korea's ambassador"],
         "drop": ["Support the Guardian", "Remind me"]},
    ),
    # A paywall's offers over the part held back.
    "paywall_offers_over_the_part_held_back": (
        "North Korea fires two projectiles, a day after Seoul notifies Tokyo of GSOMIA exit\n"
        "Chad O'Carroll August 24, 2019\n\n"
        "North Korea fired two short-range projectiles into the East Sea on Saturday morning, South Korea's "
        "military said.\n\n"
        "The launch came a day after Foreign Minister Ri Yong Ho lashed out at Pompeo.\n\n"
        "Unlock this story\n\n"
        "Get the facts first: NK News members get unlimited access to our reporting, analysis and archives.\n\n"
        "You are reading a free article. Subscribe to Foreign Affairs to get unlimited access.\n",
        {"published": "2019-08-24", "keep": ["North Korea fired", "lashed out at Pompeo."],
         "drop": ["Unlock this story", "Get the facts first", "You are reading a free article"]},
    ),
    # A magazine's date line with the page's labelled fields, and its links to other stories inside the text.
    "date_line_with_labelled_fields_and_recommended_links": (
        "The National Interest\n\nEsper’s GSOMIA Warning Was Right. His Timing Was Terrible.\n\n"
        "November 18, 2019  Topic: Security  Region: Asia  Tags: GSOMIA, South Korea, Japan, Mark Esper, Alliances\n\n"
        "Defense Secretary Mark Esper spent Friday in Seoul urging South Korea to keep its pact with Japan.\n\n"
        "Recommended: Why China’s Navy Fears America’s Virginia-Class Submarines\n\n"
        "On Sunday the scene shifted to Bangkok, where the three defense ministers met.\n\n"
        "Recommended: North Korea’s Artillery Could Level Seoul. Here’s How.\n",
        {"published": "2019-11-18", "keep": ["Esper spent Friday", "the scene shifted"],
         "drop": ["Topic: Security", "Recommended:", "Virginia-Class"]},
    ),
    # A think tank's page: its name over the menu, the headline of two sentences over its deck, the byline.
    "think_tank_s_headline_of_two_sentences_over_its_deck": (
        "Carnegie Endowment for International Peace\nSearch\nRegions\nTopics\nExperts\nCOMMENTARY\n"
        "Chengdu Bought Time for Seoul and Tokyo. Now They Need a Deal.\n"
        "The December summit kept the intelligence pact on life support. Without progress on trade, it will not last.\n"
        "By Lena Hartmann\nPublished January 7, 2020\n5 min read\nRelated Media and Tools\n\n"
        "When Moon Jae-in and Shinzo Abe met in Chengdu on December 24, they talked for 45 minutes.\n\n"
        "Neither side moved on the labor cases that started the quarrel.\n",
        {"title": "Chengdu Bought Time for Seoul and Tokyo. Now They Need a Deal.",
         "outlet": "Carnegie Endowment for International Peace", "published": "2020-01-07",
         "keep": ["When Moon Jae-in and Shinzo Abe met"], "drop": ["Related Media", "Chengdu Bought"]},
    ),
    # A broadcaster's video page and its note on the wires it drew on.
    "video_duration_and_a_note_on_the_wires_drawn_on": (
        "Japan, South Korea foreign ministers meet after GSOMIA reprieve\n23 Nov 2019\n\n"
        "Video Duration 02 minutes 24 seconds\n\n"
        "The foreign ministers of Japan and South Korea have held talks in Nagoya, a day after Seoul kept the pact.\n\n"
        "They agreed to work toward a summit next month.\n\n"
        "Some information for this report came from AP, Reuters and AFP.\n\n"
        "Information for this report came from Reuters and Agence France-Presse.\n",
        {"keep": ["have held talks in Nagoya", "a summit next month."],
         "drop": ["Video Duration", "Some information", "Information for this report"]},
    ),
    # A wire's gallery caption, its counter glued on, and its licensing link.
    "gallery_caption_with_its_licensing_link": (
        "Japan, South Korea leaders vow 'new chapter'\nBy Kenta Arimura and Ha Jin-woo\n"
        "March 16, 2023 9:48 PM GMT+9Updated 2 hours ago\n\n"
        "[1/5]South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida shake hands before their "
        "meeting at the prime minister's office in Tokyo, Japan, March 16, 2023. Kiyoshi Ota/Pool via REUTERS "
        "Purchase Licensing Rights, opens new tab\n\n"
        "TOKYO, March 16 (Reuters) - The leaders of Japan and South Korea agreed on Thursday to turn the page on "
        "years of feuding over trade and wartime history.\n\n"
        "Yoon said Seoul would fully restore the intelligence pact.\n",
        {"keep": ["The leaders of Japan and South Korea agreed"], "drop": ["Purchase Licensing", "shake hands"]},
    ),
    # A portal's page of a wire story: the wire's credit, the writers with their agency and the day, a gallery.
    "portal_s_copy_of_a_wire_story_with_its_gallery": (
        "MSN\nSign in\nNews | World | Asia\n© Provided by The Associated Press\n"
        "S. Korea backs off plan to end intel deal with Japan\n"
        "Kim Tong-hyung, Mari Yamaguchi and Foster Klug, Associated Press  •  11/22/2019\n"
        "Slide 1 of 8: Kim You-geun, deputy director of the presidential National Security Office, speaks.\n"
        "Next slide ›\n\n"
        "SEOUL, South Korea (AP) — South Korea said Friday it will keep a military intelligence-sharing pact with "
        "Japan.\n\n"
        "Kim You-geun said the decision was conditional.\n",
        {"title": "S. Korea backs off plan to end intel deal with Japan", "published": "2019-11-22",
         "outlet": "Associated Press", "keep": ["South Korea said Friday"], "drop": ["Next slide"]},
    ),
    # A news app's nag over the headline, and a feed reader's note on its item: neither is the title.
    "news_app_s_nag_over_the_headline": (
        "SmartNews\nOpen in app ›\nTop · World · Business · Technology · Politics · Entertainment · Sports\n"
        "SmartNews works best in the app. Get breaking news alerts and read offline.\nGet the app No thanks\n"
        "Reuters · Aug 28, 2019 · 5 min read\n"
        "South Korea says could rethink intel pact if Japan drops trade curbs\nBy Joyce Lee and Hyonhee Shin\n\n"
        "SEOUL (Reuters) - South Korea could reconsider its decision to scrap an intelligence-sharing pact with "
        "Japan if Tokyo withdraws its trade curbs, Prime Minister Lee Nak-yon said on Wednesday.\n\n"
        "Japan removed South Korea from its white list on Wednesday.\n",
        {"title": "South Korea says could rethink intel pact if Japan drops trade curbs", "published": "2019-08-28"},
    ),
    "feed_reader_s_note_on_its_item": (
        "Reader\n‹ All Articles Korea Times – Politics (14 unread)\nMark all as read\n"
        "Hwang launches hunger strike over GSOMIA, fast-tracked bills\n"
        "The Korea Times · koreatimes.co.kr · 5 min read\nSaved from feed · 2 hours ago\n"
        "Posted : 2019-11-20 16:52\nBy Kang Seung-woo\n\n"
        "Liberty Korea Party Chairman Hwang Kyo-ahn began an indefinite hunger strike in front of Cheong Wa Dae, "
        "Wednesday.\n\n"
        "Hwang made three demands of the government.\n",
        {"title": "Hwang launches hunger strike over GSOMIA, fast-tracked bills", "published": "2019-11-20"},
    ),
    "source_site_and_day_in_a_reader_app": (
        "Flipboard\nLog In Sign Up\nThe Japan Times\njapantimes.co.jp · Aug 23, 2019\n"
        "Abe says Seoul undermining trust as Japan protests end of intel pact\n\n"
        "TOKYO – Prime Minister Shinzo Abe on Friday accused South Korea of eroding mutual trust after Seoul decided "
        "to end the pact.\n\n"
        "Foreign Minister Taro Kono issued a statement late Thursday.\n",
        {"title": "Abe says Seoul undermining trust as Japan protests end of intel pact", "published": "2019-08-23"},
    ),
    # A headline of names in title case, over its deck: no list of topics.
    "headline_of_names_in_title_case_over_its_deck": (
        "BREAKING DEFENSE\nPompeo, Esper Press Seoul, Tokyo On Pact\n"
        "The Pentagon wants its two allies to keep sharing intelligence before the deadline\n"
        "By Grant Okafor on November 20, 2019 at 3:42 PM\n\n"
        "WASHINGTON: The Pentagon is pressing both allies to keep the pact alive before it lapses.\n\n"
        "Esper spoke at the Pentagon on Wednesday.\n",
        {"title": "Pompeo, Esper Press Seoul, Tokyo On Pact"},
    ),
    # A photo's copyright over the headline, no caption between: the headline all the same.
    "photo_copyright_right_over_the_headline": (
        "World\nAsia & Pacific\n© REUTERS / Kim Hong-Ji\n"
        "Seoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security\n"
        "22.08.2019 (updated 17:02 22.08.2019)\nGet short URL\n\n"
        "MOSCOW (Sputnik) - South Korea will not extend its intelligence-sharing agreement with Japan, the "
        "presidential office in Seoul said on Thursday.\n\n"
        "Kim You-geun told reporters that the decision was taken at a meeting of the standing committee.\n",
        {"title": "Seoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security"},
    ),
    # A roundup's items each opening with the place they are filed from: a dateline, no speaker's turn.
    "roundup_of_items_opening_with_the_same_place": (
        "Asia in brief: Seoul ends pact, Pyongyang fires again\n\nAugust 24, 2019\n\n"
        "SEOUL: South Korea said on Thursday it would end a military intelligence-sharing pact with Japan, a decision "
        "Tokyo called regrettable.\n\nThe pact, known as GSOMIA, was signed in 2016.\n\n"
        "SEOUL: North Korea fired two short-range projectiles into the sea off its east coast on Saturday, South "
        "Korea's military said.\n\nThe launch was the seventh in a month.\n",
        {"dateline": Dateline("SEOUL", None)},
    ),
    # A transcript's speakers labelled on lines of their own over their turns.
    "transcript_s_speakers_on_lines_of_their_own": (
        "PBS NEWSHOUR\n\nWhy South Korea's decision to scrap an intelligence pact with Japan worries Washington\n\n"
        "Aug 22, 2019 6:42 PM EDT\n\nBy — Nick Schifrin\n\nTranscript\n\nJudy Woodruff:\n\n"
        "A long-simmering feud between two of America's closest allies in Asia boiled over today.\n\n"
        "Nick Schifrin:\n\nThe announcement came from the Blue House, South Korea's presidential office.\n\n"
        "Kim You-geun (through translator):\n\nThe government has decided to terminate the agreement.\n\n"
        "Nick Schifrin:\n\nIn Tokyo, Japan's foreign minister, Taro Kono, called Seoul's decision \"extremely "
        "regrettable.\"\n",
        {"keep": ["boiled over today.", "The announcement came from the Blue House", "has decided to terminate",
                  "extremely regrettable"],
         "drop": ["Judy Woodruff:", "Nick Schifrin:", "through translator"]},
    ),
    # A caption with its photographer's credit after its sentence, or its agencies after its date.
    "captions_with_their_credits_glued_on": (
        "Seoul Just Shot the Messenger\nBy Daniel Ashford\nAugust 27, 2019, 4:18 PM\n\n"
        "South Korean protesters hold placards reading \"No Abe\" during a rally against Japan's export curbs in "
        "central Seoul on Aug. 15. JUNG YEON-JE/AFP/Getty Images\n\n"
        "Last Thursday, South Korea did the thing its allies had assumed it would only threaten to do.\n\n"
        "South Korean President Moon Jae-in at a Liberation Day ceremony in Cheonan, South Korea, August 2019 "
        "Yonhap / Reuters\n\n"
        "Japan's reaction was as angry as expected.\n\n"
        "Moon and Abe in Osaka, June 2019 Jorge Silva / Pool via Reuters\n\n"
        "Protesters rally in central Seoul on Aug. 15 JUNG YEON-JE/AFP/Getty Images\n\n"
        "Washington's disappointment was phrased more politely.\n",
        {"keep": ["Last Thursday, South Korea", "as angry as expected", "phrased more politely"],
         "drop": ["No Abe", "JUNG YEON-JE", "Cheonan", "Yonhap / Reuters", "Osaka", "Protesters rally"]},
    ),
    # ... names heading a who's who, each once: no transcript's labels.
    "names_heading_a_who_s_who": (
        "Who's who in the Japan-South Korea feud\nBy Hana Cho\nAugust 30, 2019\n\n"
        "The dispute between Tokyo and Seoul now spans trade, history and security. These are the people driving it.\n\n"
        "Moon Jae-in:\n\nThe South Korean president has made the forced-labour rulings a matter of principle.\n\n"
        "Shinzo Abe:\n\nJapan's prime minister says the 1965 treaty settled all claims.\n\n"
        "Kim You-geun:\n\nThe deputy national security adviser announced the end of GSOMIA on Aug. 22.\n",
        {"keep": ["Moon Jae-in:", "Shinzo Abe:", "Kim You-geun:"]},
    ),
    # A photo's copyright over its caption, the headline under them or over them: the headline.
    "photo_copyright_over_its_caption_under_the_headline": (
        "Asia & Pacific\nSeoul Ditches GSOMIA\nAsia & Pacific\nGet short URL\nSubscribe\n© REUTERS / Kim Hong-Ji\n"
        "South Korean protesters hold signs during an anti-Japan rally in Seoul\n22.08.2019 (updated 17:02 22.08.2019)\n\n"
        "MOSCOW (Sputnik) - South Korea will not extend its intelligence-sharing agreement with Japan, the "
        "presidential office in Seoul announced on Thursday.\n\n"
        "Kim You-geun told reporters that the decision was taken at a meeting of the standing committee.\n",
        {"title": "Seoul Ditches GSOMIA"},
    ),
    "photo_copyright_over_its_caption_over_the_headline": (
        "World\n© REUTERS / Kim Hong-Ji\nSouth Korean protesters hold signs during an anti-Japan rally in Seoul\n"
        "Seoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security\n"
        "22.08.2019 (updated 17:02 22.08.2019)\n\n"
        "MOSCOW (Sputnik) - South Korea will not extend its intelligence-sharing agreement with Japan, the "
        "presidential office in Seoul announced on Thursday.\n\n"
        "Kim You-geun told reporters that the decision was taken at a meeting of the standing committee.\n",
        {"title": "Seoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security"},
    ),
    # A story's own note on its sources is no wire's credit.
    "a_story_s_note_on_its_sources": (
        "Seoul and Tokyo talk past each other\nBy Kim Min-seok\nNovember 25, 2019\n\n"
        "SEOUL -- South Korea and Japan gave differing accounts on Monday of the deal that kept their pact alive.\n\n"
        "Each side said the other had conceded more.\n\n"
        "Information in this report was provided by officials who were present at the talks.\n",
        {"keep": ["Information in this report was provided by officials"]},
    ),
    # A defense site's topics over its headline, one a name of three words.
    "topics_of_three_words_over_the_headline": (
        "BREAKING DEFENSE\nAir  Land  Networks & Digital Warfare  Sea  Space  Policy\n"
        "Asia Pacific, Kim Jong Un, Missile Defense\n\nNorth Korea Fires Again As GSOMIA Deadline Nears\n"
        "By Grant Okafor on August 24, 2019 at 9:15 AM\n\n"
        "WASHINGTON: North Korea fired two short-range projectiles on Saturday, a day after Seoul said it would end "
        "its intelligence pact with Tokyo.\n\nThe launches were the seventh round since late July.\n",
        {"title": "North Korea Fires Again As GSOMIA Deadline Nears"},
    ),
    # A defense site's topics over its headline.
    "topics_over_the_headline": (
        "BREAKING DEFENSE\nAir  Land  Networks & Digital Warfare  Sea  Space  Policy\nAsia Pacific, Intelligence, Pentagon\n\n"
        "Pentagon Leans On Seoul, Tokyo As Intel Deal Unravels; Dokdo Drills ‘Not Productive’\n"
        "By Grant Okafor on August 29, 2019 at 3:42 PM\n\n"
        "WASHINGTON: A week after South Korea said it would pull out of its intelligence-sharing pact with Japan, "
        "the Pentagon is pressing both allies.\n\n"
        "Esper spoke at the Pentagon on Wednesday.\n",
        {"title": "Pentagon Leans On Seoul, Tokyo As Intel Deal Unravels; Dokdo Drills ‘Not Productive’"},
    ),
    # A blog's filing line; readers' comments under a count of them, a 'Reply' under each.
    "blog_comment_thread": (
        "The Pacific Ledger\nSeoul pulls the plug on GSOMIA. Now what?\n"
        "Posted in Japan, Korea, Security | Tagged alliances, GSOMIA | 3 Comments\n"
        "Early on Thursday evening in Seoul, Kim You-geun read out a short statement that ended a three-year-old "
        "agreement.\n"
        "The decision is small, technical and mostly symbolic, which is exactly why it matters.\n"
        "3 Comments\nJae-hoon P.\nAug 23, 2019\nGood summary. The opposition is already calling this the worst blow "
        "to the alliance in decades.\nLike (2)\nReply\nShare\n",
        {"title": "Seoul pulls the plug on GSOMIA. Now what?",
         "keep": ["Early on Thursday evening", "mostly symbolic"],
         "drop": ["Posted in", "Jae-hoon", "Good summary", "Like (2)", "Reply"]},
    ),
    # A government site's list links, a pager, a live page's and a newsletter's buttons and notes, a law firm's tags
    # and contacts, a subscription note, a sponsor's message, a podcast's appeal.
    "list_links_pagers_and_newsletter_notes": (
        "Welcome to this Thursday edition of The D Brief, brought to you by two writers.\n"
        "Seoul steps back from the brink on intel pact\n"
        "Related Practices: International Trade | Export Controls\n"
        "SEOUL, Nov. 22 (Yonhap) -- South Korea decided on Friday to keep its military intelligence-sharing pact "
        "with Japan.\n"
        "QUOTE OF THE DAY\n"
        "The decision came hours before the pact was due to expire.\n"
        "Load more updates\nReload to see the latest updates\n1 | 2 | NEXT PAGE »\nList\n"
        "Prev : Outcome of the 51st Korea-U.S. Security Consultative Meeting\n"
        "Other articles by the reporter\nSee responses (3)\n"
        "Support The Alliance Hour on Patreon — supporters get ad-free episodes.\n"
        "A message from the Global Supply Chain Council:\n"
        "To view online: https://example.com/newsletter\n"
        "You received this POLITICO Pro content because your settings include: Morning Trade.\n"
        "Sorry we are not currently accepting comments on this article.\n",
        {"title": "Seoul steps back from the brink on intel pact",
         "keep": ["South Korea decided on Friday", "hours before the pact"],
         "drop": ["Welcome to this", "Related Practices", "QUOTE OF THE DAY", "Load more", "Reload to see", "NEXT PAGE",
                  "List", "Outcome of the 51st", "Other articles", "See responses", "Patreon", "A message from",
                  "To view online", "You received", "Sorry we are not"]},
    ),
    "law_firm_contacts_and_note": (
        "Japan Tightens Export Licensing\n"
        "On July 1, Japan announced tighter controls on exports of three chemicals to South Korea.\n"
        "The measures took effect on July 4.\n"
        "Key Contacts\nNaomi Ferrante\nPartner, Washington, D.C.\n+1 202 555 0142\nnferrante@example.com\n"
        "The contents of this newsletter are provided for general informational purposes only.\n",
        {"title": "Japan Tightens Export Licensing", "keep": ["On July 1, Japan", "took effect on July 4."],
         "drop": ["Key Contacts", "Naomi Ferrante", "Partner", "general informational purposes"]},
    ),
    # A newsletter's sponsor under its name; a paper's masthead with 'Online' after it; a live page's note; a
    # section's label under the headline; a link to the site's copyright rules.
    "newsletter_sponsor_over_its_headline": (
        "POLITICO PRO\nMorning Trade\nPresented by the Global Supply Chain Council\n"
        "Seoul steps back from the brink on intel pact, shelves WTO fight\n"
        "South Korea pulled back from ending its intelligence-sharing pact with Japan hours before it was due to "
        "expire.\n"
        "The decision came after weeks of pressure from Washington.\n",
        {"title": "Seoul steps back from the brink on intel pact, shelves WTO fight",
         "drop": ["Presented by"]},
    ),
    "masthead_online_without_the": (
        "Korea JoongAng Daily Online\n\nSeoul keeps intelligence pact with Tokyo\n\n"
        "South Korea said on Friday it would keep its intelligence-sharing pact with Japan.\n"
        "The announcement came six hours before the pact was due to expire.\nCopyright FAQ\n",
        {"title": "Seoul keeps intelligence pact with Tokyo", "outlet": "Korea JoongAng Daily"},
    ),
    "masthead_online_and_updated_note": (
        "The Japan Times Online\nSaturday, June 30, 2012\n\n"
        "Seoul's 11th-hour delay on intel pact leaves Tokyo puzzled\n\n"
        "South Korea's sudden decision to put off signing an intelligence-sharing pact with Japan left Tokyo "
        "puzzled on Friday.\n"
        "Foreign Minister Koichiro Gemba said he hoped it would be signed soon.\n",
        {"title": "Seoul's 11th-hour delay on intel pact leaves Tokyo puzzled", "outlet": "The Japan Times"},
    ),
    "section_label_under_headline": (
        "Newsletter Signup Register / Login\n"
        "Japan to return South Korea to trade \"white list\" on July 21\npolitics\n"
        "Jun. 27, 2023 | 06:02 pm JST\n\n"
        "Japan's Cabinet on Tuesday approved putting South Korea back on its list of trusted trading partners from "
        "July 21.\n"
        "The Cabinet endorsed a revision to a government ordinance.\n"
        "Privacy Policy\nCopyright Policy\nBrand Policy\n",
        {"title": "Japan to return South Korea to trade \"white list\" on July 21", "outlet": None,
         "drop": ["politics"]},
    ),
    "live_page_note_under_its_name": (
        "News Ticker\nUpdated every few minutes. Tap a headline to see the full story.\n"
        "Nov. 23, 2019 21:02 JST\nSeoul keeps intelligence pact with Tokyo\n"
        "South Korea said on Friday it would keep its intelligence-sharing pact with Japan for now.\n"
        "The pact had been due to expire at midnight.\n",
        {"title": "Seoul keeps intelligence pact with Tokyo", "drop": ["Updated every few minutes"]},
    ),
    # ... but a story's own lines that look like them stay: a post embedded with its counts and buttons, a
    # sentence on subscribers, a crosshead over years, 'Next:', a sentence on a Patreon, a label with no name.
    "body_lines_like_chrome": (
        "Seoul's opposition steps up attacks over the pact\n"
        "SEOUL, Nov. 20 (Yonhap) -- The main opposition party stepped up its attacks on the government on "
        "Wednesday.\n"
        "Na Kyung-won posted on Facebook that the decision was a disaster.\n"
        "345 Comments\n89 Shares\nLike\nComment\nShare\n"
        "The series is available to Netflix subscribers in South Korea, and it has stayed in the local top 10.\n"
        "Relations\n"
        "The dispute is rooted in Japan's colonial rule of the Korean Peninsula (1910-1945).\n"
        "Next: Seoul must formally notify Tokyo by Saturday.\n"
        "Support for the channel on Patreon has tripled since July, said Park Min-soo.\n"
        "A message from the channel:\n"
        "\"We will keep fighting,\" Na said.\n",
        {"keep": ["stepped up its attacks", "posted on Facebook", "Netflix subscribers", "colonial rule",
                  "Next: Seoul must", "Support for the channel", "A message from the channel", "keep fighting"]},
    ),
    "crossheads_like_a_comment_thread": (
        "Seoul's opposition steps up attacks over the pact\n"
        "SEOUL, Nov. 20 (Yonhap) -- The main opposition party stepped up its attacks on the government on "
        "Wednesday over its handling of the intelligence pact with Japan.\n"
        "Discussion\nLawmakers debated the pact for three hours.\nReport\n"
        "A parliamentary report said the pact had been used 29 times.\n"
        "A message from Pyongyang:\nNorth Korea said the pact was a threat.\n",
        {"keep": ["Lawmakers debated", "used 29 times", "A message from Pyongyang", "was a threat"]},
    ),
    # A headline wrapped before a word that is also a section's name; a crosshead over years; a contact block with
    # only a phone number; readers' comments under 'Like (4)' and 'Report'; a list page's arrowed link; the other
    # forms of a sponsor's, a podcast's and a subscription's lines.
    "wrapped_headline_and_other_chrome_forms": (
        "Moon, Abe fail to bridge gap on\nsecurity\n"
        "SEOUL, Nov. 18 (Yonhap) -- South Korea and Japan failed to narrow their differences over export controls "
        "and the intelligence-sharing pact on Monday, officials said.\n"
        "Relations:\nThe dispute is rooted in Japan's colonial rule of the Korean Peninsula (1910-1945).\n"
        "Both governments now say they want dialogue.\n"
        "Support Korea Now on Patreon.\nA message from Boeing:\n"
        "« Previous: Minister Kang Meets with U.S. Secretary of State Pompeo\n"
        "The full story is available to Pro subscribers only.\n",
        {"title": "Moon, Abe fail to bridge gap on security",
         "keep": ["failed to narrow", "colonial rule", "want dialogue"],
         "drop": ["Patreon", "Boeing", "Previous", "Pro subscribers"]},
    ),
    "contact_phone_and_comment_buttons": (
        "KITA urges swift resolution of export dispute\n"
        "The Korea International Trade Association on Wednesday urged Tokyo and Seoul to resolve their dispute.\n"
        "KITA said the curbs threatened supply chains across Asia.\n"
        "Media Contact\nPark Ji-hoon\nPublic Relations Team\n+82 2 6000 5114\n",
        {"keep": ["urged Tokyo and Seoul", "supply chains"], "drop": ["Media Contact", "Park Ji-hoon", "6000 5114"]},
    ),
    "comment_thread_under_a_discussion_heading": (
        "Seoul keeps intelligence pact with Tokyo\n"
        "South Korea said on Friday it would keep its intelligence-sharing pact with Japan.\n"
        "The announcement came six hours before the pact was due to expire.\n"
        "Discussion\nLee Min-ho\nJapan should not give in to Seoul's pressure.\nReply\n",
        {"keep": ["would keep", "six hours"], "drop": ["Lee Min-ho", "give in"]},
    ),
    "comment_thread_with_report_buttons": (
        "Seoul keeps intelligence pact with Tokyo\n"
        "South Korea said on Friday it would keep its intelligence-sharing pact with Japan.\n"
        "The announcement came six hours before the pact was due to expire.\n"
        "3 Comments\nLee Min-ho\nJapan should not give in to Seoul's pressure.\nReport\n",
        {"keep": ["would keep", "six hours"], "drop": ["Lee Min-ho", "give in"]},
    ),
    "comment_thread_with_like_buttons": (
        "Seoul keeps intelligence pact with Tokyo\n"
        "South Korea said on Friday it would keep its intelligence-sharing pact with Japan.\n"
        "The announcement came six hours before the pact was due to expire.\n"
        "3 Comments\nJohnS\nThe United States should have stepped in sooner.\nLike (4)\nReport\n",
        {"keep": ["would keep", "six hours"], "drop": ["JohnS", "stepped in sooner", "Like (4)"]},
    ),
    "subscribers_only_note_and_mission_line": (
        "Seoul takes Japan curbs to WTO\n"
        "South Korea filed a complaint with the World Trade Organization on Wednesday over Japan's export curbs.\n"
        "Tokyo said the measures were consistent with WTO rules. -- Daniel Okafor (dokafor@example.com)\n"
        "Inside U.S. Trade is available to subscribers only. Interested in a site license for your organization?\n"
        "The Department of Defense provides the military forces needed to deter war and ensure our nation's "
        "security.\n",
        {"title": "Seoul takes Japan curbs to WTO", "keep": ["South Korea filed", "consistent with WTO rules."],
         "drop": ["available to subscribers", "deter war", "Okafor"]},
    ),
    "lead_under_its_dateline_over_the_page_stamp": (
        "Yonhap News Agency\n"
        "North Korea  |  Politics  |  Diplomacy\n"
        "(LEAD) U.S. Senate adopts resolution backing trilateral cooperation with S. Korea, Japan\n"
        "WASHINGTON, Nov. 21 (Yonhap) -- The U.S. Senate on Thursday unanimously passed a resolution reaffirming the "
        "importance of Washington's three-way relationship with South Korea and Japan.\n"
        "All News 08:21 November 22, 2019\n"
        "Share\n"
        "Facebook\n"
        "The nonbinding resolution was sponsored by Sen. Jim Risch, chairman of the Senate Foreign Relations "
        "Committee.\n"
        "The resolution encourages the governments of South Korea and Japan to deepen bilateral cooperation.\n",
        {"keep": ["unanimously passed a resolution", "nonbinding resolution"], "drop": ["All News", "Facebook"]},
    ),
    "korean_paper_in_translation": (
        "[Machine translation] This article was translated automatically by a translation engine. There may be errors "
        "in the translation of proper nouns. View original (Korean)\n"
        "Hwang begins hunger strike over GSOMIA\n"
        "Input: 2019.11.20 15:41\n"
        "Liberty Korea Party leader Hwang Kyo-ahn is reading a statement in front of Cheong Wa Dae on the 20th. "
        "Reporter Park Min-kyu\n"
        "Hwang Kyo-ahn, the leader of the Liberty Korea Party, began an indefinite hunger strike on the 20th.\n"
        "He demanded that the government withdraw its decision to end GSOMIA.\n"
        "Moon Jae-in and Shinzo Abe are talking in the waiting room in Nonthaburi, Thailand on the 4th. Provided by "
        "Cheong Wa Dae 2019.11.4\n"
        "Cheong Wa Dae did not respond officially.\n"
        "▶ Kyunghyang Shinmun SNS  Twitter | Facebook\n"
        "▶ [Kyunghyang Shinmun] Subscribe to newsletter\n"
        "Reporter Kang Jun-seo's other articles\n"
        "▶ Chat with the reporter on KakaoTalk\n"
        "Related articles\n"
        '· Moon "GSOMIA termination caused by Japan" ... "Efforts until the end" at the conversation with the people\n'
        "Original text\n"
        "Contribute a better translation\n",
        {"title": "Hwang begins hunger strike over GSOMIA",
         "keep": ["indefinite hunger strike on the 20th.", "withdraw its decision", "did not respond officially."],
         "drop": ["Machine translation", "is reading a statement", "are talking in the waiting room", "SNS",
                  "newsletter", "other articles", "KakaoTalk", "caused by Japan", "Original text",
                  "better translation"]},
    ),
    "japanese_paper_in_translation": (
        "GSOMIA expiry averted\n"
        "Kim You-geun announces the decision at Cheong Wa Dae = 22nd, Seoul (Yonhap = Kyodo)\n"
        "[Seoul = Kenta Murakami] The South Korean government decided on the 22nd to suspend the end of GSOMIA.\n"
        "Japan welcomed the decision.\n"
        "You can read more by becoming a paid member.\n"
        "Remaining: 1,462 characters / Full text: 2,891 characters\n"
        "Continue reading this article\n"
        "Register for paid membership  Login\n"
        "Limited to paid members. Please register.\n",
        {"keep": ["decided on the 22nd", "Japan welcomed the decision."],
         "drop": ["Yonhap = Kyodo", "paid member", "Remaining", "Continue reading", "Register", "Limited"]},
    ),
    "markets_page_furniture": (
        "Bloomberg\n"
        "Politics Economy Industry Stock Market Real Estate Opinion\n"
        "Won, stocks gain as Japan intel pact survives\n"
        "By Cynthia Kim\n"
        "3 Min Read\n"
        "* KOSPI rises 0.9%, foreigners net sellers for 13th session\n"
        "* Korean won firms 0.6% vs dollar\n"
        "SEOUL, Nov 25 (Reuters) - South Korean shares rose on Monday after Seoul pulled back from ending the pact.\n"
        "The KOSPI closed up 19.08 points.\n"
        "Reuse this content (opens in new window)\n"
        "Terms of Service Do Not Sell My Info (California) Trademarks Privacy Policy\n",
        {"title": "Won, stocks gain as Japan intel pact survives",
         "keep": ["KOSPI rises 0.9%", "won firms 0.6%", "South Korean shares rose", "closed up 19.08 points."],
         "drop": ["Real Estate", "Min Read", "Reuse this content", "Terms of Service"]},
    ),
    "north_korean_state_media": (
        "RODONG SINMUN\n"
        "Organ of the Central Committee of the Workers' Party of Korea\n"
        "Tuesday, August 27, Juche 108(2019)\n"
        "Home > World\n"
        "Abe Group's Reckless Moves Will Only Hasten Its Self-Destruction\n"
        "The Abe group of Japan has gone reckless in its moves against the Korean nation these days.\n"
        "It decided on Aug. 2 to strike south Korea off its list of trade partners.\n"
        "[Print]\n"
        "Rodong Sinmun | www.rodong.rep.kp | Copyright 2019 All Rights Reserved\n",
        {"title": "Abe Group's Reckless Moves Will Only Hasten Its Self-Destruction", "outlet": "Rodong Sinmun",
         "published": "2019-08-27", "keep": ["gone reckless", "list of trade partners."],
         "drop": ["Organ of", "[Print]", "Copyright"]},
    ),
    "kcna_masthead": (
        "Korean Central News Agency of DPRK\n"
        " Home | Latest News | Photo | Video | Search | English\n"
        "Juche105(2016).11.24.\n"
        "KCNA Commentary Slams Military Pact with Japan\n"
        "Pyongyang, November 24 (KCNA) -- The Park Geun Hye group of south Korea on Wednesday signed the agreement.\n"
        "This is an unpardonable treachery.\n",
        {"title": "KCNA Commentary Slams Military Pact with Japan", "outlet": "KCNA", "published": "2016-11-24",
         "keep": ["on Wednesday signed the agreement.", "unpardonable treachery."], "drop": ["of DPRK"]},
    ),
    "encyclopedia_notices_and_box_of_facts": (
        "General Security of Military Information Agreement (Japan–South Korea)\n"
        "From Wikipedia, the free encyclopedia\n"
        "This article needs additional citations for verification. Please help improve this article by adding "
        "citations to reliable sources.\n"
        'Find sources: "General Security of Military Information Agreement" – news · newspapers · books\n'
        "General Security of Military Information Agreement\n"
        "Type\tIntelligence-sharing agreement\n"
        "Signed\t23 November 2016\n"
        "Location\tSeoul, South Korea\n"
        "Parties\tJapan; South Korea\n"
        "The General Security of Military Information Agreement is a bilateral pact signed in 2016.\n"
        "Main article: Japan–South Korea trade dispute\n"
        "Hiroshige Seko, Minister of Economy, Trade and Industry, in 2019\n"
        "On 22 August 2019 South Korea announced that it would end the agreement.\n",
        {"title": "General Security of Military Information Agreement (Japan–South Korea)",
         "keep": ["is a bilateral pact signed in 2016.", "would end the agreement."],
         "drop": ["additional citations", "Find sources", "Intelligence-sharing agreement", "23 November 2016",
                  "Japan; South Korea", "Main article", "Hiroshige Seko"]},
    ),
    "glossary_entry_and_topic_page_buttons": (
        "Glossary › G\n"
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z\n"
        "GSOMIA (General Security of Military Information Agreement)\n"
        "A General Security of Military Information Agreement is a treaty in which two governments agree to protect "
        "classified military information.\n"
        "Many countries have such agreements.\n"
        'Cite this entry: Institute for Northeast Asian Security Studies, "GSOMIA," last reviewed 14 January 2020.\n'
        "Was this entry helpful? Yes No\n"
        "‹ Back to glossary index\n"
        "Previous entry: Group of Seven (G7) | Next entry: Gwanggaeto the Great-class destroyer ›\n"
        "Follow this topic +\n"
        "Load more stories\n"
        "People in this story\n"
        "Ask a Librarian\n",
        {"title": "GSOMIA (General Security of Military Information Agreement)",
         "keep": ["agree to protect", "such agreements."],
         "drop": ["A B C", "Cite this entry", "helpful", "glossary index", "Next entry", "Follow this topic",
                  "Load more", "People in this", "Librarian"]},
    ),
    "flash_over_the_story_s_headline": (
        "AFP\n"
        "URGENT\n"
        "N. Korea fires two unidentified projectiles into sea: Seoul military\n"
        "More to follow\n"
        "UPDATED 24 Aug 2019, 06:58 GMT\n"
        "North Korea fires missiles days after Seoul ditches Japan intel pact\n"
        "By Sunghee HWANG\n"
        "Seoul (AFP) - North Korea fired two short-range ballistic missiles on Saturday, the South's military said.\n"
        "It was the latest in a string of weapons tests.\n",
        {"title": "North Korea fires missiles days after Seoul ditches Japan intel pact",
         "keep": ["fired two short-range", "string of weapons tests."],
         "drop": ["URGENT", "unidentified projectiles", "More to follow"]},
    ),
    "european_magazine_page_chrome": (
        "Neighbors at War: Why the Japan-South Korea Feud Should Worry Europe\n"
        "A woman walks past a poster calling for a boycott of Japanese products at a shop in Seoul. Foto: AP\n"
        "Discuss\n"
        "Wednesday was supposed to be just another administrative step in the dispute.\n"
        "The escalation has been swift.\n"
        "Related SPIEGEL International Articles\n"
        "Trade War in Asia: Japan and South Korea Square Off\n"
        "Reproduction only allowed with the permission of SPIEGELnet GmbH\n",
        {"keep": ["just another administrative step", "has been swift."],
         "drop": ["Foto: AP", "Discuss", "Related SPIEGEL", "Square Off", "Reproduction"]},
    ),
    "key_points_unmarked_under_their_label": (
        "ABC News\n"
        "South Korea backs down on scrapping intelligence pact with Japan\n"
        "Posted Fri 22 Nov 2019 at 10:43pm\n"
        "Key points:\n\n"
        'South Korea says it will keep the GSOMIA intelligence pact with Japan "conditionally"\n'
        "Japan agrees to resume talks on the export controls that triggered the dispute\n"
        "The US, which had lobbied hard for the deal, welcomes the decision\n\n"
        "South Korea has reversed its decision to quit a military intelligence-sharing pact with Japan.\n",
        {"keep": ['"conditionally"', "resume talks on the export controls", "welcomes the decision",
                  "has reversed its decision"], "drop": ["Key points"]},
    ),
    "member_of_congress_press_release": (
        "Congressman Brad Sherman\n"
        "Representing the 30th District of California\n"
        "Media Center » Press Releases\n"
        "FOR IMMEDIATE RELEASE\n"
        "August 28, 2019\n"
        "Sherman: Tokyo and Seoul Must Not Let Trade Fight Sink Their Intelligence Pact\n"
        "Sherman Oaks, CA – Congressman Brad Sherman (D-CA), Chairman of the House Foreign Affairs Subcommittee on "
        "Asia, the Pacific and Nonproliferation, issued the following statement on Wednesday after South Korea "
        "announced that it will end GSOMIA with Japan:\n"
        '"Japan and South Korea are both friends of the United States."\n'
        "This is the official website of the U.S. Embassy & Consulate in the Republic of Korea.\n"
        "Satisfaction Survey\n"
        "Was this page helpful? Very satisfied / Satisfied / Dissatisfied\n"
        "Attachment  photo_kor-jpn_FMM_1123.jpg\n",
        {"title": "Sherman: Tokyo and Seoul Must Not Let Trade Fight Sink Their Intelligence Pact",
         "keep": ["issued the following statement", "both friends of the United States"],
         "drop": ["Representing the 30th", "official website", "Satisfaction", "helpful", "Attachment"]},
    ),
    "a_story_s_last_paragraph_signed_by_its_reporter_and_a_button_over_the_rest": (
        "Seoul weighs pact before deadline\n"
        "Cheong Wa Dae is reviewing whether to extend the pact before it expires at midnight on the 22nd.\n"
        "Continue reading this article\n"
        "This report has been updated with a section on South Korea's decision to end the intelligence-sharing pact.\n"
        "Cheong Wa Dae is reviewing the options before midnight, a senior official said. Reporter Park Min-kyu\n",
        {"keep": ["is reviewing whether to extend", "This report has been updated with a section",
                  "a senior official said."], "drop": ["Continue reading"]},
    ),
    "forum_and_social_site_chrome_around_the_story": (
        "r/worldnews\n"
        "This thread is archived\n"
        "New comments cannot be posted and votes cannot be cast\n"
        "South Korea to end military intelligence-sharing pact with Japan amid trade row\n"
        "SEOUL, Aug. 22 (Yonhap) -- South Korea decided Thursday to end a military intelligence-sharing pact with "
        "Japan.\n"
        "The decision came amid a deepening trade row.\n"
        "level 1\n"
        "· edited 5 yr. ago\n"
        "1.9k\n"
        "I am a bot, and this action was performed automatically. Please contact the moderators.\n"
        "Replying to @nkanalyst\n"
        "Show this thread\n"
        "Translate Tweet\n"
        "[Subscribe Arirang News Official YouTube] http://bit.ly/2sJzR8i\n"
        "Standard YouTube License\n"
        "View 27 replies\n"
        "5y Like Reply 87\n"
        "Like 3,418 Sad 201 Angry 1,390\n"
        "Gender: Male 77% Female 23%\n"
        "Sort: Recommended | Newest | Oldest\n"
        "wkdd****\n",
        {"title": "South Korea to end military intelligence-sharing pact with Japan amid trade row",
         "keep": ["decided Thursday to end", "deepening trade row."],
         "drop": ["archived", "level 1", "edited", "1.9k", "I am a bot", "Replying", "Show this thread", "Translate",
                  "Subscribe", "YouTube License", "replies", "Like Reply", "Sad 201", "Gender", "Sort", "wkdd"]},
    ),
    "trade_press_chrome": (
        "THE DRIVE\n"
        "The War Zone\n"
        "THE WAR ZONE\n"
        "North Korea Fires Two More Ballistic Missiles As Japan Asks Seoul For Data Under The Pact It Just Ditched\n"
        "Kenji Morita  27 Aug 2019\n"
        "ROKS Sejong the Great (DDG-991) under way in the East Sea on 25 August 2019. ROK Navy picture.\n"
        "North Korea fired two short-range ballistic missiles into the sea off its east coast early Saturday.\n"
        "Japan asked Seoul for data under the pact.\n"
        "Want to write for Task & Purpose? Click here. Or check out the latest stories on our homepage.\n",
        {"title": "North Korea Fires Two More Ballistic Missiles As Japan Asks Seoul For Data Under The Pact It Just "
                  "Ditched", "published": "2019-08-27",
         "keep": ["fired two short-range", "data under the pact."], "drop": ["ROK Navy picture", "Want to write"]},
    ),
    "interview_notes_and_pull_quotes": (
        "US envoy Harris urges Seoul to rethink intel pact\n"
        "By Lee Seo-yoon\n"
        "Sept. 4, 2019\n"
        "U.S. Ambassador Harry Harris sat down with The Korea Herald on Monday.\n"
        "This interview has been edited for length and clarity.\n"
        '"An intelligence pact is not a bargaining chip for trade." -- Harry Harris, US Ambassador to South Korea\n'
        "Q: Why does GSOMIA matter?\n"
        "A: It lets our two allies share what they see in real time.\n"
        '"The ball is in South Korea\'s court." Taro Kono, Defense Minister\n'
        "Excerpts from the interview follow:\n"
        "Victor Cha was interviewed by VOA Korean Service reporter Jiwon Song. Listen to the full interview in "
        "Korean.\n",
        {"keep": ["sat down with The Korea Herald", "Why does GSOMIA matter?", "share what they see in real time."],
         "drop": ["edited for length", "bargaining chip", "ball is in", "Excerpts", "was interviewed by"]},
    ),
    "scholarly_page_chrome": (
        "Suspended Animation: GSOMIA and the Japan–South Korea Relationship after the November 2019 Compromise\n"
        "Published online: 11 Aug 2020\n"
        "This is a preview of subscription content, log in via an institution to check access.\n"
        "Log in via your institution\n"
        "Download PDF (1.3 MB)\n"
        "ABSTRACT\n"
        "The 2019 dispute between Japan and South Korea showed how far an alliance manager can go.\n"
        "Seoul suspended its notice on 22 November 2019.\n"
        "References\n"
        "Cha, Victor D. 1999. Alignment Despite Antagonism: The United States-Korea-Japan Security Triangle. Stanford: "
        "Stanford University Press.\n"
        "Cha, V. D. (1999). Alignment despite antagonism. Stanford University Press.\n"
        "2. Snyder, Glenn H.(1984), \"The Security Dilemma in Alliance Politics\", World Politics 36(4), "
        "pp. 461-495.\n",
        {"title": "Suspended Animation: GSOMIA and the Japan–South Korea Relationship after the November 2019 "
                  "Compromise",
         "published": "2020-08-11", "keep": ["how far an alliance manager can go.", "on 22 November 2019."],
         "drop": ["preview of subscription", "Log in via", "Download PDF", "Alignment Despite", "Security Dilemma"]},
    ),
    "story_lines_like_a_fact_box_s_or_a_forum_s": (
        "Seoul weighs the pact\nBy Lee Seo-yoon\nAug. 21, 2019\n"
        "Replying to reporters, Kono called the decision regrettable.\n"
        'Defense Minister Jeong Kyeong-doo told lawmakers, "The agreement still has strategic value."\n'
        "Signed in November 2016 under Park Geun-hye\n"
        "Status under review at the presidential office\n"
        "Parties must give 90 days' notice to terminate it\n"
        "This article relies on interviews with more than 20 current and former officials.\n"
        "Status quo for now\n"
        "The decision is due by Saturday.\n"
        "GSOMIA, signed in 2016, allows the two neighbors to share classified military information directly.\n"
        '"We are ready." said Kim, adding nothing more\n'
        "Moon was interviewed by CNN correspondent Will Ripley in 2019.\n"
        "However, in August 2019, Seoul said it would not renew the pact.\n"
        "Seoul, August 2019, a poll found most backed the decision.\n"
        '"Don\'t buy, don\'t go" — Koreans took up the slogan online, and sales of Japanese beer fell in July.\n',
        {"keep": ["GSOMIA, signed in 2016, allows", "said Kim, adding", "Moon was interviewed by CNN",
                  "However, in August 2019", "a poll found", "Koreans took up the slogan",
                  "Replying to reporters", "still has strategic value.", "Signed in November 2016",
                  "Status under review", "90 days' notice", "relies on interviews", "Status quo for now",
                  "due by Saturday."]},
    ),
    "the_full_story_for_subscribers_alone": (
        "Seoul keeps pact alive\n"
        "South Korea said on Friday it would suspend its decision to end the intelligence-sharing pact.\n"
        "The decision came hours before the pact was due to expire at midnight.\n"
        "The full story is available to subscribers.\n"
        "Subscribe now\n",
        {"keep": ["would suspend", "due to expire at midnight."], "drop": ["full story", "Subscribe"]},
    ),
}


def test_a_caption_s_button_under_its_credit_is_no_wrapped_line_of_the_credit():
    units = clean_module._units("Jung Yeon-je/AFP/Getty Images\nhide caption\ntoggle caption\n")
    assert [unit.text for unit in units] == ["Jung Yeon-je/AFP/Getty Images", "hide caption", "toggle caption"]


def test_paragraphs_glued_with_no_space_are_parted_where_a_sentence_ends():
    text, _ = CASES["paragraphs_glued_after_a_short_name_but_not_after_a_title"]
    article = clean(RawArticle(path="glued.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert [p[:30] for p in article.paragraphs] == [
        "TOKYO -- Japanese Prime Minist", "South Korea said it would keep", "The two sides will hold direct",
        "The talks will be the first si", "The talks will continue next m",
    ]


@pytest.mark.parametrize("name", CASES)
def test_other_outlet_shapes(name):
    text, want = CASES[name]
    article = clean(RawArticle(path=f"{name}.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    joined = body(article)
    assert [k for k in want.get("keep", ()) if k not in joined] == []
    assert [d for d in want.get("drop", ()) if d in joined] == []
    for field in ("title", "published", "outlet", "byline", "dateline", "introduced"):
        if field in want:
            assert getattr(article, field) == want[field], field


@pytest.mark.parametrize("last, kept", [
    ("Moon attends the ASEAN Plus Three summit on Monday before returning home late that night. (Yonhap)", True),
    # ... but a caption, the day with its year: the story ends before it.
    ("President Moon Jae-in arrives at Don Mueang International Airport in Bangkok on Nov. 3, 2019. (Yonhap)", False),
])
def test_a_last_paragraph_told_in_the_present_with_the_agency_s_credit_is_no_caption(last, kept):
    lead = "SEOUL, Nov. 4 (Yonhap) -- President Moon Jae-in arrived in Bangkok on Sunday for a regional summit."
    article = clean(RawArticle(path="a.txt", sha256="0", text=f"Moon in Bangkok\n{lead}\nHe met Abe briefly.\n{last}\n",
                               format="txt", encoding="utf-8"))
    assert (article.paragraphs[-1][:40] == last[:40]) == kept


def test_a_wrapped_line_ending_in_a_time_of_day_is_no_video_title():
    text, _ = CASES["press_release_wrapped_after_a_time_of_day"]
    article = clean(RawArticle(path="release.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs[0].startswith("1. Minister of Foreign Affairs Kang Kyung-wha held a meeting with Minister "
                                            "for Foreign Affairs of Japan Toshimitsu Motegi for about 35 minutes")


@pytest.mark.parametrize("last, kept", [
    ("South Korea", False),  # a name alone after the last paragraph is a tag
    ("GSOMIA", False),
    ("The two countries", True),  # a line cut off stays
])
def test_a_name_alone_after_the_last_paragraph_is_a_tag(last, kept):
    text = (
        "Seoul keeps pact\nNov 22, 2019\n"
        "South Korea said on Friday it would keep its military pact with Japan for now, easing tension.\n"
        "The decision followed weeks of pressure from the United States.\n" + last + "\n"
    )
    article = clean(RawArticle(path="tag.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert (article.paragraphs[-1] == last) is kept


_PAGE_END = ("South Korea said on Friday it would keep its military pact with Japan for now, officials said.\n"
             "The decision followed weeks of pressure from the United States.\n")


def _cleaned(text: str) -> CleanArticle:
    return clean(RawArticle(path="page.txt", sha256="0", text=text, format="txt", encoding="utf-8"))


def test_a_site_address_alone_is_chrome_and_names_the_outlet():
    article = _cleaned("Seoul keeps pact with Japan for now\nthediplomat.com\nNov 22, 2019\n" + _PAGE_END
                       + "eastasiaforum.org\nThe two countries will resume talks on export controls next month.\n")
    assert article.outlet == "The Diplomat"
    assert "eastasiaforum.org" not in body(article) and "resume talks" in body(article)


def test_an_address_a_sentence_leads_to_stays_in_it():
    article = _cleaned("Japan details export rules\nNov 22, 2019\n" + _PAGE_END
                       + "The ministry published the revised list on its website at\nmeti.go.jp\n")
    assert article.paragraphs[-1] == "The ministry published the revised list on its website at meti.go.jp"


@pytest.mark.parametrize("label", ["Skip to site index", "Live updates"])
def test_a_site_s_skip_link_and_a_live_page_s_label_are_chrome(label):
    article = _cleaned(f"{label}\nSeoul keeps pact with Japan for now\nNov 22, 2019\n{label}\n" + _PAGE_END)
    assert article.title == "Seoul keeps pact with Japan for now"
    assert label not in body(article)


def test_a_note_on_the_writer_names_them_in_either_order():
    article = _cleaned("Seoul keeps pact with Japan for now\nBy Park Min-ji\nNov 22, 2019\n" + _PAGE_END
                       + "Min-ji Park covers North Korea and the alliance for the site.\n")
    assert "covers North Korea" not in body(article)


def test_a_headline_under_an_agency_s_credit_is_no_caption():
    article = _cleaned("Yonhap\nKang Kyung-wha, Motegi agree to keep talking on trade row\nBy Lee Min-ho\n"
                       "Aug. 2, 2019\nBANGKOK -- South Korean Foreign Minister Kang Kyung-wha and her Japanese "
                       "counterpart agreed on Friday to keep talking.\nThe two met for 50 minutes.\n")
    assert article.title == "Kang Kyung-wha, Motegi agree to keep talking on trade row"


@pytest.mark.parametrize("credit", ["[Yonhap]", "(AP)", "Kim Hong-ji/Reuters", "[Photo by Yonhap]"])
def test_a_name_and_a_post_under_a_photo_s_credit_is_its_caption(credit):
    article = _cleaned("Japan eases photoresist curbs\nDec 20, 2019\n" + credit + "\n"
                       "Hiroshi Kajiyama, Japan's minister of economy, trade and industry\n" + _PAGE_END)
    assert "Kajiyama" not in body(article)


def test_a_copy_link_button_and_a_pool_photo_s_caption_are_chrome():
    article = _cleaned("Japan, Korea hold first talks on export curbs\nJul 16, 2019\nTwitter\nCopy the URL\n"
                       "Officials from Japan's trade ministry, right, and South Korea's trade ministry sit across from "
                       "each other in Tokyo on July 12. (Pool)\n" + _PAGE_END)
    assert "Copy" not in body(article) and "Pool" not in body(article)


def test_a_remark_opening_like_a_newsletter_s_goodbye_stays():
    remark = ("That's all for this week, a Japanese negotiator told reporters as he left the building, adding that "
              "both sides had a better understanding of each other.")
    article = _cleaned("Japan, Korea end talks\nDec 16, 2019\n" + _PAGE_END + remark + "\n")
    assert article.paragraphs[-1] == remark


_RELEASE = (
    "Ministry of National Defense\nRepublic of Korea\n\nPRESS RELEASE\n\n"
    "Release date   Sunday, 17 November 2019 (upon distribution)\n"
    "Division       International Policy Division, International Policy Bureau\n"
    "Contact        Col. Park Sang-woo, Director (02-748-6510)\n"
    "               Lt. Col. Yun Ji-hye (02-748-6514)\n"
    "Pages          2 (including this page)\n\n"
    "==================================================\n"
    "Minister Jeong Holds Talks with Japanese Counterpart\n"
    "==================================================\n\n"
    "1. Minister of National Defense Jeong Kyeong-doo held talks with Japanese Minister of Defense Taro Kono in "
    "Bangkok for about 40 minutes on 17 November.\n\n"
    "2. The two ministers discussed the issue of the rulings of the Supreme Court of Korea in October 2018\n\n"
    "- 1 -\n\nMINISTRY OF NATIONAL DEFENSE — PRESS RELEASE No. 19-1117-1\n\n"
    "concerning victims of forced labor mobilization, and the two ministers agreed to keep talking.\n\n"
    "3. The two ministers shared the view that the security situation requires close cooperation.\n\n- 2 -\n"
)


def test_a_press_release_s_details_page_feet_and_running_heads_are_chrome():
    article = _cleaned(_RELEASE)
    assert article.title == "Minister Jeong Holds Talks with Japanese Counterpart"
    assert article.published == "2019-11-17"
    assert article.paragraphs[1].endswith("in October 2018 concerning victims of forced labor mobilization, and the "
                                          "two ministers agreed to keep talking.")
    assert [p for p in article.paragraphs if "- 1 -" in p or "PRESS RELEASE" in p or "Yun Ji-hye" in p] == []


def test_a_page_s_foot_takes_no_heading_or_list_in_capitals_when_no_paragraph_goes_on_past_it():
    article = _cleaned("Seoul and Tokyo agree to keep talking\nNov 22, 2019\n" + _PAGE_END
                       + "Exports by item were as follows:\n\nPage 1 of 2\n\nNORTH KOREA\n\nSEMICONDUCTORS -12.1%\n\n"
                       "North Korea fired two short-range missiles on Thursday, the military said.\n")
    assert "NORTH KOREA" in article.paragraphs and "SEMICONDUCTORS -12.1%" in article.paragraphs


@pytest.mark.parametrize("line", [
    "Division Director Lee Ho-hyeon told reporters the talks were \"useful and constructive.\"",
    "Japan tightens export curbs (2019.07.04)",
])
def test_a_news_line_shaped_like_a_release_s_details_stays(line):
    article = _cleaned("Seoul says talks with Tokyo were useful\nNov 22, 2019\n" + _PAGE_END + line + "\n"
                       + "The two sides will meet again in December, officials said.\n")
    assert line in article.paragraphs


def test_a_headline_opening_with_a_release_s_label_is_the_headline():
    article = _cleaned("Embargo Eased on Fukushima Seafood\nNov 22, 2019\n" + _PAGE_END)
    assert article.title == "Embargo Eased on Fukushima Seafood"


def test_a_plain_text_s_rules_are_no_paragraphs():
    article = _cleaned("Korea Brief: Seoul keeps GSOMIA\nNov 22, 2019\n" + _PAGE_END + "\n==========\n\n"
                       "Japan welcomed the decision, a government spokesman said on Saturday.\n\n----------\n")
    assert [p for p in article.paragraphs if set(p) <= set("=-")] == []


def test_a_release_s_number_before_its_date_is_its_stamp():
    article = _cleaned(" " * 25 + "MINISTRY OF FOREIGN AFFAIRS\n" + " " * 30 + "REPUBLIC OF KOREA\n\n" + " " * 32
                       + "PRESS RELEASE\n\nNo. 19-1123-2" + " " * 44 + "November 23, 2019\nFor Immediate Release\n\n"
                       "Outcome of Korea-Japan Foreign Ministers' Meeting\n\n" + _PAGE_END)
    assert article.published == "2019-11-23"


def test_a_mail_quoted_in_a_reply_is_read():
    quoted = "".join("> " + line + "\n" for line in (
        "---------- Forwarded message ---------", "From: Yonhap News Agency <english_news@yna.co.kr>",
        "Subject: [Yonhap] N. Korea fires SLBM", "", "YONHAP NEWS AGENCY | English News Service",
        "N. Korea fires what appears to be SLBM", "", "2019-10-02 14:31", "",
        "SEOUL, Oct. 2 (Yonhap) -- North Korea fired what appears to be a", "submarine-launched ballistic missile "
        "into the East Sea on", "Wednesday, South Korea's military said.", "",
        "South Korea and Japan exchanged information on the launch under", "their intelligence pact, the defense "
        "ministry said."))
    article = _cleaned("From: Hannah Cho <hannah.cho@example.org>\nSubject: Re: Fwd: N. Korea fires SLBM\n\n"
                       "Thanks, Jae-hoon.\n\nOn Wed, Oct 2, 2019 at 3:05 PM Shin Jae-hoon <jh@example.org> wrote:\n"
                       + quoted)
    assert article.title == "N. Korea fires what appears to be SLBM"
    assert article.published == "2019-10-02"
    assert article.paragraphs[0] == ("SEOUL, Oct. 2 (Yonhap) -- North Korea fired what appears to be a "
                                     "submarine-launched ballistic missile into the East Sea on Wednesday, South "
                                     "Korea's military said.")


def test_a_byline_s_publishing_label_before_its_date():
    article = _cleaned("Esper ends Asia swing without a deal\n"
                       "By Matthew Keller | Stars and Stripes | Published: November 18, 2019\n" + _PAGE_END)
    assert (article.published, article.byline) == ("2019-11-18", "Matthew Keller")


@pytest.mark.parametrize("first, second, joined", [
    ("the field of ex-", "port control.", "the field of export control."),  # a word the text uses whole
    ("if Japan with-", "draws the measures.", "if Japan withdraws the measures."),  # ... with an ending more
    ("a so-", "called white list.", "a so-called white list."),  # a compound's hyphen stays
    ("the Seoul-", "based think tank.", "the Seoul-based think tank."),  # ... after a name
    ("a military intelligence-", "sharing pact.", "a military intelligence-sharing pact."),  # ... before a closing word
    ("told report-", "ers in Seoul.", "told reporters in Seoul."),  # (the text uses 'report' alone, not 'ers')
])
def test_a_word_broken_at_a_line_s_end(first, second, joined):
    text = ("Japan details export rules\nNov 22, 2019\nJapan said its export rules would not change, officials in "
            "Seoul said on Friday, with the measures to stay unless Tokyo decides to withdraw them, a report said, and "
            "intelligence will not be affected.\n"
            + f"The ministry spoke of {first}\n{second}\n")
    assert _cleaned(text).paragraphs[-1] == f"The ministry spoke of {joined}"


def test_a_short_wrapped_line_going_on_in_lower_case_is_one_paragraph_with_it():
    text = ("Seoul keeps pact with Japan for now\nNov 22, 2019\n"
            "South Korea said on Friday it would keep its military pact with Japan for now, officials said.\n"
            "The decision, Seoul said,\nfollowed weeks of pressure from the United States.\n")
    article = clean(RawArticle(path="wrapped.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs[-1] == "The decision, Seoul said, followed weeks of pressure from the United States."


LEAD = ("Japan lodged a formal protest on Friday after South Korea said it would end a military "
        "intelligence-sharing pact, as a row between the two U.S. allies spread to security.")


def test_a_broadcast_s_on_screen_name_and_titles_introduce_the_sound_bite_under_them():
    text = ("Seoul suspends GSOMIA termination\nUpdated: 2019-11-22 20:37:11 KST\n\n"
            "Seoul has decided to suspend the expiration of its military intelligence-sharing pact with Tokyo.\n\n"
            "KIM YOU-GEUN\n1st Deputy Director, National Security Office, Cheong Wa Dae\n"
            '"The South Korean government has decided to suspend the effect of its notice."\n\n'
            "In Tokyo, the trade ministry confirmed the talks.\n")
    article = clean(RawArticle(path="tv.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs[1].startswith('"The South Korean government')
    assert article.introduced == ((1, "Kim You-geun"),)


def _cleaned(text: str) -> CleanArticle:
    """A page's text, cleaned as a .txt file."""
    return clean(RawArticle(path="page.txt", sha256="0", text=text, format="txt", encoding="utf-8"))


def test_a_transcript_s_headline_is_the_title_not_the_show_s_name():
    article = _cleaned(
        "Return to Transcripts main page\n\nCNN NEWSROOM\n\n"
        "South Korea Ends Intelligence-Sharing Pact With Japan; Fires Rage in Amazon Rainforest. Aired 12-1a ET\n\n"
        "Aired August 23, 2019 - 00:00   ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
        "JOHN VAUSE, CNN ANCHOR: Hello, and welcome to our viewers joining us from all around the world.\n\n"
        "A long-simmering feud between two of Washington's closest allies in Asia has now spilled over into "
        "security. South Korea says it will scrap a military intelligence-sharing pact with Japan.\n"
    )
    assert article.title == "South Korea Ends Intelligence-Sharing Pact With Japan; Fires Rage in Amazon Rainforest"


def test_ap_s_slug_line_over_the_story_is_chrome():
    text = ("South Korea says it will stay in military pact with Japan\nNovember 22, 2019\n"
            "BC-AS--South Korea-Japan, 4th Ld-Writethru\n"
            "SEOUL, South Korea (AP) — South Korea said Friday it will continue a military intelligence-sharing "
            "agreement with Japan.\n")
    article = clean(RawArticle(path="ap.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs[0].startswith("SEOUL, South Korea (AP) —")
    assert article.dateline == Dateline("SEOUL, South Korea", "Associated Press")


@pytest.mark.parametrize("first, dropped", [
    # No credit, in the present with the photo's day, over a lead telling of the people it shows.
    ("Japanese Foreign Minister Taro Kono shakes hands with South Korean Foreign Minister Kang Kyung-wha before their "
     "talks in Beijing on August 21.", True),
    # (not a lead in the past, nor one telling of others, nor a lead in the present telling of talks)
    ("Japanese Foreign Minister Taro Kono and South Korean Foreign Minister Kang Kyung-wha hold talks in Beijing on "
     "August 21.", False),
    ("Japanese Foreign Minister Taro Kono shook hands with South Korean Foreign Minister Kang Kyung-wha before their "
     "talks in Beijing on August 21.", False),
    ("Protesters hold candles near the Japanese Embassy in Seoul on August 21.", False),
])
def test_a_caption_in_the_present_over_the_lead_showing_its_people_is_dropped(first, dropped):
    lead = ("Japanese Foreign Minister Taro Kono and South Korean Foreign Minister Kang Kyung-wha held talks in "
            "Beijing on Wednesday but failed to narrow their differences.")
    article = _cleaned("Kono, Kang fail to bridge gap\nAugust 21, 2019\n" + first + "\n" + lead + "\n"
                       "The two sides agreed to keep talking, officials said.\n")
    assert (article.paragraphs[0] == lead) == dropped


@pytest.mark.parametrize("caption_lines", [
    # The credit alone on the next line; under its label in capitals, the caption's year left out.
    "South Korean Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu Motegi in Nagoya, Japan, "
    "Nov. 23.\nPHOTO: POOL/REUTERS",
    "Liberty Korea Party leader Hwang Kyo-ahn begins a hunger strike in front of the presidential Blue House in "
    "Seoul, Nov. 20, 2019.\nAFP",
    "Liberty Korea Party leader Hwang Kyo-ahn begins a hunger strike in Seoul on 20 November 2019.\nEPA",
    # An agency's credit on the line before.
    "© AFP/File JUNG YEON-JE\nSouth Korea said Thursday it will end a military intelligence-sharing pact with Japan",
    # The credit after a bar, or a file photo's source via an agency.
    "South Korean protesters hold a banner during a rally in Seoul. | Photo Credit: AP",
    "North Korean leader Kim Jong Un watches a weapons test in this undated photo released by the Korean Central "
    "News Agency. KCNA via AP, File",
    "Protesters hold placards during a rally near the Japanese Embassy in Seoul on Saturday. | AFP-JIJI",
    "Yoo Myung-hee, South Korea's trade minister, speaks in Seoul on Sept. 11. Photographer: SeongJoon Cho/Bloomberg",
    "Samsung's semiconductor fab in Hwaseong, South Korea. (Source: Samsung Electronics)",
    "Officials from South Korea and Japan at the start of Monday’s talks in Tokyo © Kyodo/Reuters",
    "Japan's curbs hit materials that Samsung and SK Hynix use to make memory chips. (Representational)",
    "A South Korean navy destroyer takes part in the drill near the islets. (South Korean Navy/Yonhap via AP/-)",
    "Foreign Minister Park Jin announces the plan on March 6. Kyunghyang Shinmun file photo / Kwon Do-hyun",
    "Kim You-geun announces the decision at Cheong Wa Dae on Thursday. (image: Yonhap)",
    "Prime Minister Fumio Kishida and President Yoon Suk-yeol shake hands in Tokyo on Thursday. | POOL / VIA REUTERS",
    "Prime Minister Shinzo Abe at the closing news conference in Osaka on Saturday.Credit...Kim Kyung-Hoon/Reuters",
    "Workers at a semiconductor plant in South Korea - Copyright  Reuters",
    "Still image released by the KCNA on 25 August purportedly showing the test of a 'super-large multiple rocket "
    "launcher' in South Hamgyong Province. Source: KCNA via KNS/AFP",
    "RSS\nStill image released by the KCNA on 25 August showing the test. Source: KCNA via KNS/AFP",
    "Prime Minister Shinzo Abe speaks to reporters at his office in Tokyo on Aug. 23, 2019. (Kyodo) ==Kyodo",
    "South Korean protesters rally against GSOMIA near the Japanese Embassy in Seoul on Nov. 16. © Reuters",
    "A Uniqlo store in Seoul's Jongno District is nearly empty, Tuesday afternoon. Korea Times photo by Shim Hyun-chul",
    "Liberty Korea Party leader Hwang Kyo-ahn stages a hunger strike in front of Cheong Wa Dae on Wednesday. /Yonhap",
    "South Korean protesters stage a rally near the Japanese embassy in Seoul.Credit:AP",
    "Photo/Illutration\nA ferry terminal in Tsushima that usually bustles with South Korean tourists stands nearly "
    "deserted on Sept. 5. (Kazuto Tsukamoto)",
    # Two agencies in brackets; a source provided; a photo by an agency in square brackets; Reuters' licensing
    # link; a picture agency glued on; an agency's photo; a photographer after an agency and a colon.
    "Japan's new Prime Minister Yoshihide Suga bows after being elected in Tokyo on Wednesday. (AP-Yonhap)",
    "President Yoon Suk-yeol shakes hands with Yoshimasa Hayashi in Seoul on May 10. (provided by the presidential "
    "office)",
    "Cans of Japanese beer are pushed to a corner of a shelf at a convenience store in Seoul. [Photo by Yonhap]",
    "South Korean and Japanese flags are seen at a hotel in Tokyo, Japan, March 16, 2023. REUTERS/Issei Kato/File "
    "Photo Purchase Licensing Rights, opens new tab",
    "Abe and Moon shook hands before their talks in Chengdu picture-alliance/AP Photo/Yonhap",
    "North Korea's Pukguksong-1 submarine-launched ballistic missile during a 2016 test. KCNA Photo",
    'South Korean President Moon Jae-in accused Japan of a "very reckless decision". (AP: Ahn Young-joon)',
    "A TV screen at Seoul Railway Station shows file footage of a missile launch. - Copyright Ahn Young-joon/AP",
    "South Korean protesters held a rally near the Japanese Embassy in Seoul on Thursday.AHN YOUNG-JOON/ASSOCIATED "
    "PRESS",
    "South Korean protesters hold placards in Seoul on Friday. (Jung Yeon-je / AFP/Getty Images)",
    "A US soldier walks past a Patriot battery at Camp Humphreys in Pyeongtaek, South Korea. [Jeon Heon-Kyun/EPA/EFE]",
    # A paper's name alone under a caption in the present.
    "Prime Minister Shinzo Abe speaks to reporters at the Prime Minister's Office on Friday evening.\n"
    "The Yomiuri Shimbun",
])
def test_a_photo_caption_before_the_lead_is_dropped_by_its_credit(caption_lines):
    text = ("Japan protests South Korea's decision to end intelligence pact\n\nAugust 23, 2019\n\n"
            + caption_lines + "\n" + LEAD + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    article = clean(RawArticle(path="caption.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.paragraphs[0] == LEAD


def test_a_paywall_offer_over_the_story_and_the_ft_s_notes_under_it_are_chrome():
    text = ("Japan and South Korea hold first trade talks in three years\nDecember 16 2019\n"
            "Subscribe to unlock this article\nTry unlimited access\nOnly $1 for 4 weeks\n"
            "Then $69 per month. Complete digital access to quality FT journalism on any device. Cancel anytime "
            "during your trial.\nStart a free trial\nAlready a subscriber? Sign in\n"
            + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n"
            "Please use the sharing tools found via the share button at the top or side of articles. Copying "
            "articles to share with others is a breach of FT.com T&Cs and Copyright Policy.\n"
            "Latest on Japan-South Korea relations\nSeoul and Tokyo agree to keep intelligence pact alive\n"
            "Markets data delayed by at least 15 minutes. © THE FINANCIAL TIMES LTD 2019.\n"
            "The Financial Times and its journalism are subject to a self-regulation regime under the FT "
            "Editorial Code of Practice.\n")
    article = _cleaned(text)
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_menu_copied_with_its_gaps_and_a_time_of_update_are_no_headline():
    text = ("TASS\nRussian News Agency\n"
            "Russian Politics & Diplomacy   World   Business & Economy   Military & Defense   Science & Space\n"
            "World\n24 DEC 2019, 14:52\nUpdated at 15:20\n"
            "Moon Jae-in, Abe agree to continue dialogue on disputes in first formal talks in 15 months\n"
            "CHENGDU, December 24. /TASS/. South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe "
            "agreed on Tuesday to continue dialogue.\nThe two leaders held a 45-minute meeting in Chengdu.\n")
    article = _cleaned(text)
    assert article.title == "Moon Jae-in, Abe agree to continue dialogue on disputes in first formal talks in 15 months"
    assert "Updated at 15:20" in article.removed


def test_a_round_up_s_first_item_s_headline_over_its_dateline_stays():
    text = ("YONHAP NEWS AGENCY\nHome > National > Politics\n\nAll News 09:12 August 23, 2019\n"
            "Morning news briefs: U.S., Japan react to Seoul's GSOMIA decision\n"
            "U.S. expresses concern over Seoul's decision to end GSOMIA\n"
            "WASHINGTON, Aug. 22 (Yonhap) -- The United States expressed strong concern and disappointment on Thursday "
            "over South Korea's decision.\n\nJapan lodges protest with S. Korean ambassador\n"
            "TOKYO, Aug. 22 (Yonhap) -- Japan's foreign minister Taro Kono summoned the ambassador on Thursday.\n")
    assert _cleaned(text).paragraphs[0] == "U.S. expresses concern over Seoul's decision to end GSOMIA"


def test_a_headline_after_an_outlet_s_name_and_a_bar_is_no_masthead():
    text = ("The Korea Herald | Moon Criticizes Japanese Media\n\nPresident Moon Jae-in on Monday criticized some "
            "Japanese media outlets for distorting the GSOMIA deal.\n\nMoon said Seoul had made its decision.\n")
    assert _cleaned(text).title == "Moon Criticizes Japanese Media"


def test_a_stamp_with_no_year_is_no_headline_and_a_standfirst_under_it_no_lead():
    # TASS prints the day and time alone over the headline, and a standfirst with no full stop under it.
    text = ("Military & Defense\nTop stories\nWorld\n22 NOV, 18:47\nUpdated at 19:20\n"
            "Seoul puts off exit from military intelligence pact with Tokyo at last minute\n"
            "The South Korean side reserves the right to terminate the agreement at any moment, a presidential office "
            "official stressed\n"
            "SEOUL, November 22. /TASS/. South Korea has decided to suspend the termination of the agreement only "
            "hours before it was due to expire.\nKim You-geun told reporters on Friday the decision was conditional.\n")
    article = _cleaned(text)
    assert article.title == "Seoul puts off exit from military intelligence pact with Tokyo at last minute"
    assert "22 NOV, 18:47" in article.removed
    assert article.paragraphs[0].startswith("SEOUL, November 22. /TASS/.")
    assert article.dateline is not None and article.dateline.place == "SEOUL"


def test_a_short_lead_with_its_full_stop_over_a_datelined_paragraph_stays():
    text = ("Seoul puts off exit from military intelligence pact\n"
            "Seoul has blinked.\n"
            "SEOUL, November 22. /TASS/. South Korea has decided to suspend the termination of the agreement only "
            "hours before it was due to expire.\nKim You-geun told reporters on Friday the decision was conditional.\n")
    assert _cleaned(text).paragraphs[0] == "Seoul has blinked."


def test_a_printed_front_page_s_furniture_is_chrome():
    # The Japan Times' and The Korea Herald's front pages: motto, running head, serial number, list of contents,
    # network; what the writer is under the byline is no dateline.
    text = ("THE JAPAN TIMES\nALL THE NEWS WITHOUT FEAR OR FAVOR\n"
            "SATURDAY, AUGUST 3, 2019 | No. 43,985 | ¥200 (tax incl.) | japantimes.co.jp\n123RD YEAR | ISSN 0289-1956\n"
            "Asia News Network member\n\nINSIDE\nCho Kuk's daughter paper row deepens ........ 2\n"
            "Opinion ..................................... 11\n\n"
            "Japan drops South Korea from export 'white list'\n\nBY TOMOHIRO OSAKI\nSTAFF WRITER\n"
            "The Cabinet on Friday approved the removal of South Korea from a list of countries granted preferential "
            "treatment in export procedures.\n\nSeoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert article.title == "Japan drops South Korea from export 'white list'"
    assert article.published == "2019-08-03"
    assert article.dateline is None
    assert article.paragraphs[0].startswith("The Cabinet on Friday")


def test_a_printed_story_s_jump_to_another_page_is_chrome_and_its_parts_one_paragraph():
    text = ("Esper presses Seoul on intel pact\nNovember 16, 2019\n\n" + LEAD + "\n\n"
            "The U.S. delegation is led by James DeHart, and the South Korean side by Jeong Eun-bo, a for-\n"
            "See ESPER on Page 4\n\n\nPAGE 4 • S T A R S A N D S T R I P E S • Saturday, November 16, 2019\nPACIFIC\n\n"
            "ESPER: Allies weigh changes\nto drills to aid diplomacy\nFROM PAGE 3\n"
            "mer finance ministry official.\nEsper told reporters on Wednesday that the allies were open to changes.\n")
    article = _cleaned(text)
    assert article.paragraphs[1] == ("The U.S. delegation is led by James DeHart, and the South Korean side by Jeong "
                                     "Eun-bo, a former finance ministry official.")
    assert not any("PAGE" in p.upper() or "ESPER:" in p for p in article.paragraphs)


@pytest.mark.parametrize("lines, joined", [
    # A word that closes compounds closes one after any word; a word that opens them, but a prefix, only before
    # a word the text uses.
    ("Seoul ended the military intelligence-\nsharing pact on Friday after months of ten-\nsion with Tokyo.",
     "Seoul ended the military intelligence-sharing pact on Friday after months of tension with Tokyo."),
    ("The allies held the annual anti-\nsubmarine drills on Friday as the two-\nday talks on trade went on for a day.",
     "The allies held the annual anti-submarine drills on Friday as the two-day talks on trade went on for a day."),
])
def test_print_s_hyphen_at_a_line_s_end(lines, joined):
    article = _cleaned("Seoul ends the pact\nNovember 22, 2019\n" + lines + "\n\n" + LEAD + "\n")
    assert article.paragraphs[0] == joined


def test_a_paywall_over_the_next_story_a_page_loads_is_the_story_s_end():
    text = ("Japan, South Korea trade officials to meet as GSOMIA reprieve holds\nNovember 29, 2019 18:20 JST\n\n" + LEAD
            + "\n\nSeoul announced on Thursday it would not renew the pact.\n\nSubscribe to read the full story\n"
            "Get unlimited access to Nikkei Asia for just $0.99 for the first month\nSubscribe now\n"
            "Already a subscriber? Log in\n\nNorth Korea fires two projectiles from 'super-large' rocket launcher\n"
            "November 28, 2019 20:05 JST\n" + "\n".join(
                f"North Korea fired two projectiles into the sea off its east coast on Thursday, the {n} time this "
                "year that it has tested such weapons, South Korea's military said in a statement to reporters."
                for n in ("fifth", "sixth", "seventh", "eighth", "ninth")) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_paywall_s_box_of_points_inside_the_story_is_no_footer():
    story = [
        "For most of the last half century, the United States could take for granted that its two closest allies in "
        "Northeast Asia would cooperate with each other on security, whatever their quarrels about history were.",
        "In 2019, that assumption broke. Over the course of a few months, a dispute over wartime forced labor spilled "
        "into trade and then into the intelligence pact that Washington had spent years brokering between them.",
        "The immediate trigger came from a courtroom. On October 30, 2018, South Korea's Supreme Court ordered Nippon "
        "Steel to compensate four Koreans who had been forced to work in its mills during the Second World War.",
        "The government of Moon Jae-in declined to step in, saying that it respected the independence of the courts, "
        "and Tokyo answered in July with controls on exports of three chemicals that Korean chipmakers rely on.",
    ]
    text = ("Asia's Fraying Triangle\nBy Catherine Ahn Sorensen\nPublished on December 10, 2019\n" + LEAD + "\n"
            "You are reading a free article.\nSubscribe to Foreign Affairs to get unlimited access.\n"
            "Paywall-free reading of new articles and a century of archives\n"
            "Unlock access to iOS/Android apps to save editions for offline reading\n"
            "Six issues a year in print, online, and audio editions\nSubscribe Now\n" + "\n".join(story) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, *story)


def test_a_newsletter_s_writer_is_no_outlet_and_its_thanks_name_it():
    text = ("Yeouido Notes\nSubscribe\nSign in\nSix hours to midnight: how GSOMIA survived\n"
            "Seoul blinked, Tokyo smiled, Washington exhaled. Nobody is happy for long.\nSarah Kwon\nNov 24, 2019\n"
            "12\n3\nShare\n" + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n"
            "Thanks for reading Yeouido Notes! Subscribe for free to receive new posts and support my work.\n"
            "Subscribe\n© 2025 Sarah Kwon\nPrivacy ∙ Terms ∙ Collection notice\n")
    article = _cleaned(text)
    assert (article.outlet, article.byline, article.published) == ("Yeouido Notes", "Sarah Kwon", "2019-11-24")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_byline_with_its_stamp_apart_and_a_share_bar_over_the_story():
    text = ("EETimes\nDesignlines\nHome > Business\n"
            "Korea Revives WTO Case as Chip-Materials Spat With Japan Drags On\n"
            "By Alan Patterson  06.19.2020  0\nShare Post\nShare on Facebook\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert (article.outlet, article.byline, article.published) == ("EE Times", "Alan Patterson", "2020-06-19")


def test_a_stamp_after_the_story_does_not_outrank_the_one_over_the_headline():
    text = ("Yonhap News Agency\n2019-11-22 10:00\nSeoul to keep intelligence pact with Japan\n"
            + LEAD + "\nSeoul announced on Friday it would keep the pact.\n2019-11-25 15:30\n"
            "Copyright Yonhap News Agency. All rights reserved.\n")
    article = _cleaned(text)
    assert article.published == "2019-11-22"


def test_a_paragraph_ending_in_an_aside_on_images_stays():
    paragraph = ("North Korea fired two projectiles into the sea on Thursday, and state media later released several "
                 "photographs of the launch (images were not independently verified).")
    article = _cleaned("North Korea fires projectiles\nNovember 29, 2019\n" + LEAD + "\n" + paragraph + "\n")
    assert paragraph in article.paragraphs


def test_an_agency_s_bare_name_after_the_story_is_no_sign_off():
    article = _cleaned("Seoul keeps pact with Tokyo | The Japan Times\nNovember 22, 2019\n" + LEAD
                       + "\nSeoul announced on Friday it would keep the pact.\nREUTERS\n")
    assert article.outlet != "Reuters"


@pytest.mark.parametrize("tail", [
    # A related list under CNA's heading, its footer's links run on.
    "Source: AFP/ec\n\nBookmark\n\nAlso worth reading\n\nSouth Korea to end intelligence-sharing pact with Japan\n"
    "Abe accuses Seoul of damaging trust with decision to end military pact\n"
    "US 'strongly concerned' by South Korea's decision to scrap Japan intel deal\n\nAdvertisement\n\n"
    "Get the CNA app\nCopyright© Mediacorp 2019. Mediacorp Pte Ltd. All rights reserved.\nTerms & Conditions\n"
    "Privacy Policy",
    # Bloomberg's contacts, an editor's name without an address among them, and its terminal's pager.
    "To contact the reporters on this story:\nJihye Lee in Seoul at jlee2352@bloomberg.net\n"
    "To contact the editors responsible for this story:\nBrendan Scott at bscott66@bloomberg.net\nJon Herskovitz\n"
    "(c)2019 Bloomberg L.P. All rights reserved.\nPage 1 of 1 <GO> for next story",
    # A writer's social link; an app's expander.
    "Follow @hcalloway\nTap to read more",
    # An outlet telling what it is.
    "Since 1897, The Japan Times has been Japan's leading independent English-language news source.",
    # The Straits Times' registration line.
    "MCI (P) 031/10/2019. Published by Singapore Press Holdings Ltd. Co. Regn. No. 198402868E.",
    # An embedded post, its author and counts; a post's caption between its buttons; a poll; promotions and tags.
    "South Korea and I have reached an agreement to contribute more money. They have to get along with Japan too.\n"
    "\u2014 Donald J. Trump (@realDonaldTrump) August 9, 2019\n18.4K people are talking about this\n"
    "View this post on Instagram\nSecretary of Defense Dr. Mark T. Esper meets with President Moon Jae-in in Seoul.\n"
    "A post shared by U.S. Department of Defense (@deptofdefense) on Nov 15, 2019 at 3:02am PST\n"
    "POLL: Should the U.S. do more to mediate between Japan and South Korea?\nYes\nNo\nNot sure\n5,214 votes\n"
    "NOW WATCH: How North Korea's military compares to South Korea's\nMore: South Korea Japan GSOMIA Mark Esper\n"
    "Want the full story? This is an NK PRO members-only report.",
    # Reuters' standards, a paywall's ask.
    "Our Standards:\nThe Thomson Reuters Trust Principles.",
    # The Financial Times' offer under the cut story, its list of what is included.
    "Keep reading for $1\nWhat\u2019s included\nGlobal news & analysis\nExpert opinion\nTrial\n$1 for 4 weeks\n"
    "Check whether you already have access via your university or organisation.\nTerms & Conditions apply",
    # Footers' links run together; a newsletter's offer with what it is; tags with no commas.
    "Sign up for POLITICO Pro Defense: your essential guide to national security policy.\n"
    "About Us Advertising Breaking News Alerts Careers\nTerms of Service Trademarks Privacy Policy\n"
    "Careers Made in NYC Advertise Ad Choices Contact Us Help",
    "Tags South Korea Japan Cory Gardner Ed Markey Eliot Engel",
    "Read the rest of this article and get unlimited access\nSubscribe now\nAlready a subscriber?",
    # A wire's card on its writer, her name in capitals over it and its links.
    "SOO-AH LEE\nLee covers North and South Korea for The Associated Press.\ntwitter\nmailto",
    "This story has been corrected to show that the last leader to visit was Lee Myung-bak in 2011.\n"
    "MARI YAMAGUCHI\nYamaguchi covers Japan for The Associated Press.\ntwitter\nmailto",
    # A magazine's offer and its note on the print issue; a site's thanks to its readers; a video's editor.
    "Get the Magazine\nSave up to 55% on our special offer\n"
    "This article appears in the January/February 2020 issue of Foreign Affairs.",
    "Dear readers! Thank you for being with us! If you have something to share, feel free to leave your comments.",
    "Edit : Park Joo-hyun",
    "This post has been updated with the Japanese Foreign Ministry's summons of South Korea's ambassador.",
    # A list of headlines, a line each, that the page runs together under its heading.
    "Read also\n\nSouth Korea's intelligence pact with Japan is about to expire. What's next?\n"
    "Pyongyang says Kim Jong-un will not go to Busan for ASEAN-Republic of Korea summit\n"
    "Lavrov, Motegi discuss peace treaty issue on sidelines of G20 ministerial in Nagoya\n"
    "US urges Seoul, Tokyo to put aside differences ahead of GSOMIA expiry\n\nTags\nSouth Korea\nJapan",
    # A newsletter's links and notes to readers; a paper's trial offer; an e-paper's printer.
    "→ Read the full story on NK News\n→ Read more\nSmart Brevity™ count: 1,037 words ... 4 minutes.\n"
    "Like what you see? Forward Axios AM to a friend, or read it online.\n"
    "Thanks for reading. Please invite your friends, family and colleagues to sign up.",
    "Nikkei Asia trial: Try 3 months for $9\nPrinted and distributed by PressReader\nPressReader.com · +1 604 278 4604",
    # A video site's comments.
    "Comments\n187 Comments\nSort by\n\n@minjun_k88  4 years ago\nFinally they are talking. Abe must withdraw the "
    "export ban first.\n112  Reply",
    # A newsletter's team signing it and its sender's postal address.
    "\u2014 The Meridian Asia Advisory team\n"
    "Meridian Asia Advisory LLC \u00b7 1150 Connecticut Ave NW, Suite 900 \u00b7 Washington, DC 20036",
    "Foreign Policy | 655 15th Street NW, Suite 300 | Washington, DC 20005",
    # Prensa Latina's notice, in Spanish.
    "Prensa Latina © 2019 Todos los derechos reservados. Calle E No. 454 entre 19 y 21, Vedado, La Habana, Cuba.",
])
def test_what_follows_the_story_is_chrome(tail):
    article = _cleaned("Seoul summons US envoy\nAugust 28, 2019\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n" + tail + "\n")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("block", [
    # A Facebook post as copied: who posted, when, its text in another script, its buttons and counts.
    "황교안\nNovember 22 at 8:41 PM ·\n지소미아 종료 유예는 다행입니다. 그러나 임시방편일 뿐입니다.\nSee Translation\n"
    "2.3K   418 Comments   96 Shares\nLike Comment Share",
    "U.S. Embassy Seoul was live.\nTuesday at 4:03 PM ·\n1.4K Views\nLike · Comment · Share",
    # A post's text glued to who posted it.
    "Asking for 5x more with no explanation of what it buys is not how you treat an ally.\u2014 Robert E Kelly "
    "(@Robert_E_Kelly) November 19, 2019",
    # A video's title over its player's button, and the label over it.
    "Full press conference:\nPresident Biden Holds a Trilateral Press Conference with President Yoon Suk Yeol of the "
    "Republic of Korea and Prime Minister Kishida Fumio of Japan\nWatch on YouTube",
    # VOA's player: its label, the video's title, its embed box.
    "VIDEO\nBiden, Yoon, Kishida Tout 'New Era' of Trilateral Ties\nEmbed\nshare\n"
    "The code has been copied to your clipboard.\nwidth\npx\nheight\npx\nShare on Facebook",
    # A pull quote under its label; a site's link to its own story; its social label; a caption glued to its credit.
    "Pull Quote\nWhether Camp David matters will depend less on communiqués than on connecting three militaries.",
    "Also on rt.com\n'Wealthy' South Korea 'could and should pay more' for US troops, Pentagon chief says",
    "Follow RT on",
    "Yang Geum-deok, who was sent to work at a Mitsubishi aircraft factory in 1944, at her home in "
    "Gwangju.Photograph by Seo Ji-an for The New Yorker",
    "This video is no longer available.",
    # A browser's print head and foot between two sheets, read again as one line.
    "7/6/2019 Gmail - Fwd: Trade Lines | Japan's chip-material curbs take effect\n"
    "https://mail.google.com/mail/u/0?ik=4c1e7a90b2&view=pt&search=all  1/2",
])
def test_an_embedded_post_or_player_inside_the_story_is_chrome(block):
    article = _cleaned("Seoul summons US envoy\nAugust 28, 2019\n" + LEAD + "\n" + block
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_an_agency_s_name_with_what_it_is_its_languages_and_its_menu_are_no_headline():
    text = ("Prensa Latina - Latin American News Agency\nSunday, December 08 2019\n"
            "Español English Português Italiano Russian Turkish\n"
            "Home Latin America World Economics Culture Sports Science & Tech Health Specials\nSearch...\n\n"
            "DPRK reports 'very important test' at satellite launching ground\n\nDetails\n"
            "Published on Sunday, 08 December 2019 09:32\nWritten by Prensa Latina\n\n" + LEAD
            + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert (article.title, article.outlet) == ("DPRK reports 'very important test' at satellite launching ground",
                                               "Prensa Latina")


@pytest.mark.parametrize("line", [
    "Home Affairs Minister Resigns Over Trade Row With Tokyo",
    "Home Ministry Says World Cup Sports Plan Is Safe",
])
def test_a_headline_opening_with_home_is_no_menu(line):
    assert _cleaned(line + "\nNovember 22, 2019\n" + LEAD + "\n").title == line


def test_writers_each_credited_with_what_they_are_are_no_headline():
    text = ("Nikkei Asia\nThe Big Story\nAfter the chip war: Japan and South Korea rewire a broken supply chain\n"
            "Four years after Tokyo's export curbs, Seoul has learned to live without some Japanese materials\n"
            "MINJI HWANG, Nikkei Asia chief Seoul correspondent, and RYO TAKAHASHI, Nikkei staff writer\n"
            "July 19, 2023 05:00 JST\n" + LEAD + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert (article.title, article.byline) == (
        "After the chip war: Japan and South Korea rewire a broken supply chain", "Minji Hwang and Ryo Takahashi")


def test_a_forum_s_card_on_its_poster_is_no_headline():
    text = ("AsiaDefense Forums\nNorth Korea fires SLBM off Wonsan, Japan says part landed in its EEZ\n"
            "Hwarang_88\nJoined: Mar 14, 2011 Messages: 4,382 Reaction score: 1,106\nOct 2, 2019\n" + LEAD
            + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).title == "North Korea fires SLBM off Wonsan, Japan says part landed in its EEZ"


def test_a_footage_agency_s_shotlist_is_chrome_up_to_the_story_s_label():
    text = ("South Korea scraps intelligence pact with Japan, Tokyo protests\nDate:    22/08/2019\n\nShotlist\n"
            "SEOUL, SOUTH KOREA (AUGUST 22, 2019) (REUTERS - ACCESS ALL)\n"
            "1. WIDE OF BRIEFING ROOM AT PRESIDENTIAL BLUE HOUSE\n"
            "2. (SOUNDBITE) (Korean) FIRST DEPUTY DIRECTOR OF NATIONAL SECURITY OFFICE, KIM YOU-GEUN, SAYING:\n"
            '"UNDER THIS SITUATION, THE GOVERNMENT HAS DETERMINED THAT IT DOES NOT MEET OUR NATIONAL INTEREST."\n'
            "TOKYO, JAPAN (AUGUST 22, 2019) (TV TOKYO - NO USE JAPAN)\n"
            "3. VARIOUS OF PEDESTRIANS CROSSING STREET IN GINZA\n\n"
            "Story\n" + LEAD + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_message_board_s_chrome_around_the_story_a_member_posted(tmp_path):
    text = ("Dave's ESL Cafe's Message Forums Forum Index -> Korean Job Discussion Forum\n"
            "FAQ    Search    Memberlist    Usergroups    Register\n"
            "Profile    Log in to check your private messages    Log in\nUS walks out of SMA talks\n"
            "Goto page 1, 2  Next\nView previous topic :: View next topic\nAuthor\tMessage\nkiwi_in_daejeon\n\n"
            "Joined: 14 Mar 2011\nPosts: 2208\n"
            "\tPostPosted: Wed Nov 20, 2019 3:12 am    Post subject: US walks out of SMA talks\tReply with quote\n"
            "[b][size=18]US walks out of defense cost talks as gap remains wide[/size][/b]\n\n"
            "[quote]Posted : 2019-11-19 16:54   Updated : 2019-11-19 20:31\n\nBy Do Jae-hyun\n\n" + LEAD
            + "\n\nSeoul announced on Thursday it would not renew the pact.[/quote]\n\n"
            "View user's profile Send private message\nDeesy_Jay\n\nJoined: 02 Sep 2016\nPosts: 517\n"
            "PostPosted: Wed Nov 20, 2019 5:40 am    Post subject:    Reply with quote\nIt never was a bluff.\n"
            "Display posts from previous: All Posts1 Day7 Days Oldest FirstNewest First\n"
            "Dave's ESL Cafe's Message Forums Forum Index -> Korean Job Discussion Forum All times are GMT - 8 Hours\n")
    from generator.ingest import read_article

    (tmp_path / "thread.txt").write_text(text, encoding="utf-8")
    article = clean(read_article(tmp_path / "thread.txt"))
    # (the thread's title or the story's headline, the member's posting of it)
    assert article.title in ("US walks out of SMA talks", "US walks out of defense cost talks as gap remains wide")
    assert article.byline == "Do Jae-hyun"
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_line_of_sections_parted_by_slashes_is_no_headline():
    article = _cleaned("[South China Morning Post](https://www.scmp.com/)\n* [News](https://www.scmp.com/news)\n"
                       "[Sign in](https://www.scmp.com/login)\n\nNews/Asia/East Asia\n\n"
                       "# Uniqlo pulls South Korea ad after outcry over 'mocking' wartime forced labour victims\n\n"
                       "* Korean subtitles in fleece commercial accused of belittling the victims of colonial rule\n"
                       "* Parody videos featuring former forced labourer spread on YouTube and Instagram\n\n"
                       "Agence France-Presse\nPublished: 4:12pm, 21 Oct, 2019\n\n" + LEAD
                       + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == "Uniqlo pulls South Korea ad after outcry over 'mocking' wartime forced labour victims"


def test_an_agency_named_alone_after_the_story_signs_it_off():
    # The Sydney Morning Herald's wire copy: the agency's name on its own line after the story.
    article = _cleaned("The Sydney Morning Herald\nAdvertisement\nThis was published 4 years ago\n"
                       "South Korea scraps intelligence pact with Japan\nAugust 23, 2019 — 12.51am\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\nBloomberg\nLicense this article\n")
    assert (article.outlet, article.title) == ("Bloomberg", "South Korea scraps intelligence pact with Japan")


def test_an_agency_named_alone_after_the_story_signs_it_off_before_its_contacts():
    article = _cleaned("The Sydney Morning Herald\nSouth Korea scraps intelligence pact with Japan\n"
                       "August 23, 2019 — 12.51am\n" + LEAD + "\nSeoul announced on Thursday it would not renew the "
                       "pact.\nBloomberg\nTo contact the reporter on this story: Jihye Lee in Seoul at "
                       "jlee1627@bloomberg.net\nContact us: feedback@smh.com.au\n")
    assert article.outlet == "Bloomberg"


@pytest.mark.parametrize("sign_off", [
    "By Choi He-suk (cheesuk@heraldcorp.com)", "cheesuk@heraldcorp.com", "Choi He-suk, cheesuk@heraldcorp.com",
])
def test_an_agency_named_alone_before_the_writer_signs_off_is_no_sign_off(sign_off):
    article = _cleaned("Seoul to keep GSOMIA with Japan\nPublished : Nov 22, 2019 - 18:30\nBy Choi He-suk\n" + LEAD
                       + "\nSeoul announced on Friday it would keep the pact.\nYonhap\n" + sign_off + "\nMost Popular\n")
    assert article.outlet != "Yonhap"


@pytest.mark.parametrize("paragraph", [
    # A source in brackets after a story's sentence is no photographer's credit.
    'Japanese Foreign Minister Taro Kono said Tokyo would "respond calmly" to the decision, the daily reported. '
    "(Asahi Shimbun)",
    # A story's sentence of the form of an outlet's note on itself.
    "Since 2016, the pact has been a key source of news on North Korean missile launches for both governments.",
    # Sentences shaped as an app's offer, a cookie banner, a radio call or a picture agency's credit.
    "Visitors can file complaints in English by downloading the Visit Korea app.",
    "Regulators said last year that Google and its partners use cookies to track users across sites.",
    "Analysts were citing figures from picture-alliance/dpa data.",
    # ... a caption's glued credit, a wire's note, a newsletter's offer.
    "The sanctions were first imposed in 2016 by the E.U./U.S.",
    "With files from Reuters and The Associated Press, the Yonhap report said.",
    "Keep up to date with what's happening in Seoul: the talks are expected to cover export controls.",
    "Editor: Kim Deok-hyun said the move was overdue in a column on Saturday.",
    # ... a donation appeal, a share bar's link, a site's stance, a slogan.
    "Independent journalism in Russia is under unprecedented pressure, the Committee to Protect Journalists said.",
    "Apple Daily relies on the support of its readers and advertisers, its publisher said.",
    "Trump on Twitter",
    "Telegram is an independent platform for dissidents, activists said.",
    "Support Hong Kong!",
    "Donate now to support flood victims",
    # ... a newsletter's sponsor's message or ask.
    "A message from Moon Jae-in was delivered to Abe on Monday.",
    "A message from Tokyo: Japan's foreign minister Taro Kono called the decision extremely regrettable.",
    "Enjoying the feud? Send your thoughts to Seoul and Tokyo, one analyst joked on Twitter.",
    # ... a numbered point closing on a date; a ministry's call for comments; figures in a story.
    "1) Japan should withdraw its export curbs, which it imposed on July 1, 2019.",
    "3) Seoul's decision was final, Kim said, August 2019.",
    "The ministry welcomes your comments on the draft guidelines until Dec. 1.",
    "Exports fell 14.7% | Imports fell 13% | Chip sales fell 30.8%",
    # ... sentences shaped like a research note's or a release's notes, or a writer's note on an envoy.
    "This document was distributed to lawmakers of the ruling party on Monday, according to information obtained by "
    "Yonhap News Agency.",
    "For more information on the rules, please visit METI's website, the ministry said in a statement.",
    "Since July, the Korean government has been providing free access to testing facilities for small firms.",
    "PNR is a joint stock company registered in South Korea and owned by Posco and Nippon Steel.",
    "Certain information in this document is forward-looking, Samsung said in a filing.",
    "The trade ministry is authorized by the Foreign Exchange and Foreign Trade Act to require licenses for exports.",
    "This report was prepared for the use of the National Assembly's intelligence committee, a lawmaker said.",
    "This release contains no forward-looking figures, a Samsung spokesman told reporters on Friday.",
])
def test_story_sentences_like_chrome_stay(paragraph):
    article = _cleaned("Seoul keeps pact\nNovember 22, 2019\n" + LEAD + "\n" + paragraph + "\n")
    assert paragraph.split(" (Asahi")[0] in " ".join(article.paragraphs)


def test_a_government_release_s_end_marks_and_translation_note_are_chrome():
    article = _cleaned(
        "Spokesperson's Regular Press Briefing\nAugust 29, 2019\n"
        "※ The following is an unofficial English translation of the Korean transcript. In case of discrepancy, the "
        "Korean version prevails.\n" + LEAD + "\nThe ministry will hold talks in China later this year. End.\n"
        "Thank you. /End/\n")
    assert article.paragraphs == (LEAD, "The ministry will hold talks in China later this year.", "Thank you.")


def test_a_gallery_button_under_the_headline_and_a_paper_s_label_are_no_headline():
    article = _cleaned(
        "Opinions\nThe Post's View\nJapan, South Korea leaders hold first formal talks in 15 months\nAFP\n"
        "Enlarge photo 1 of 3\n" + LEAD + "\n")
    assert article.title == "Japan, South Korea leaders hold first formal talks in 15 months"


@pytest.mark.parametrize("letter, rest, joined", [
    # A letter of a drop cap that may be a word of its own: the word it opens, else the word.
    ("A", "senior official said on Wednesday that Seoul could reconsider.",
     "A senior official said on Wednesday that Seoul could reconsider."),
    ("I", "n a last-minute reversal, a senior official said Seoul could reconsider.",
     "In a last-minute reversal, a senior official said Seoul could reconsider."),
    ("A", "fter weeks of talks, a senior official said Seoul could reconsider.",
     "After weeks of talks, a senior official said Seoul could reconsider."),
])
def test_a_drop_cap_that_may_be_a_word_of_its_own(letter, rest, joined):
    article = _cleaned("Seoul weighs GSOMIA\nNovember 20, 2019\n" + letter + "\n" + rest + "\n"
                       "Anchor: The deadline is near, and officials are busy.\n")
    assert article.paragraphs == (joined, "The deadline is near, and officials are busy.")


def test_a_reporter_s_question_in_a_press_conference_keeps_its_label_and_a_drop_cap_joins_its_word():
    article = _cleaned(
        "Press Conference by Foreign Minister Motegi\nNovember 22, 2019\nP\nrime Minister Shinzo Abe said on Friday "
        "that Seoul had made a strategic judgment.\n"
        "Reporter: Minister, will you meet Foreign Minister Kang Kyung-wha while she is in Nagoya?\n"
        "Foreign Minister Motegi: Minister Kang is expected to arrive in Nagoya tonight.\n")
    assert article.paragraphs == (
        "Prime Minister Shinzo Abe said on Friday that Seoul had made a strategic judgment.",
        "Reporter: Minister, will you meet Foreign Minister Kang Kyung-wha while she is in Nagoya?",
        "Foreign Minister Motegi: Minister Kang is expected to arrive in Nagoya tonight.")


def test_a_bar_of_market_figures_is_no_headline_and_the_stamp_nearest_over_the_headline_is_the_story_s():
    article = _cleaned(
        "BUENOS AIRES TIMES\nSaturday, November 23, 2019\n"
        "Dólar BNA $63,00 | Blue $67,50 | Riesgo País 2.310 | Merval 33.180\n"
        "WORLD | 22-11-2019 11:02\nSouth Korea makes last-gasp U-turn on intelligence pact with Japan\n"
        "You have reached your limit for free articles this month.\n" + LEAD + "\n")
    assert article.title == "South Korea makes last-gasp U-turn on intelligence pact with Japan"
    assert article.published == "2019-11-22"
    assert article.paragraphs == (LEAD,)


def test_a_day_with_no_time_over_the_headline_gives_way_to_the_story_s_stamp():
    article = _cleaned("November 25, 2019\nPolitics\n2019-11-22 18:00\n"
                       "S. Korea conditionally suspends GSOMIA termination\n" + LEAD + "\n")
    assert article.published == "2019-11-22"


def test_a_site_s_day_over_the_headline_is_not_the_story_s():
    article = _cleaned("Arirang News\n2019-11-22\nNEWS CENTER\nWorld | Politics | Economy\nMon, December 9, 2019\n"
                       "S. Korea conditionally suspends GSOMIA termination\n" + LEAD + "\n")
    assert article.published == "2019-11-22"
    article = _cleaned("The Korea Times\nNov 22, 2019\nHome > North Korea > Defense\n"
                       "Today's paper: Monday, December 2, 2019\n"
                       "Seoul suspends GSOMIA termination hours before expiry\n"
                       "By Kang Seung-woo\n" + LEAD + "\n")
    assert (article.title, article.published) == ("Seoul suspends GSOMIA termination hours before expiry", "2019-11-22")


@pytest.mark.parametrize("lines", [
    # A date closing a sentence with a wire's name under it; a report of what was said over a credit in capitals.
    ("The pact is set to expire at midnight Saturday, Nov. 23.", "AP"),
    ("The two ministers agree that the leaders should meet in December, officials say.", "PHOTO: YONHAP"),
])
def test_a_sentence_over_a_credit_shaped_line_stays(lines):
    article = _cleaned("Esper presses Seoul on intel pact\nNovember 15, 2019\n" + LEAD + "\n" + "\n".join(lines) + "\n"
                       "Esper said the only beneficiaries were North Korea and China.\n")
    assert lines[0] in article.paragraphs


def test_a_feed_reader_s_lines_are_no_headline():
    article = _cleaned(
        "Kyodo News+ | Latest News (english.kyodonews.net)\nItem 14 of 40 · Mark as read · Open in browser\n"
        "Japan, S. Korea foreign ministers agree to work toward leaders' summit\nSat, 23 Nov 2019 18:52:07 +0900\n"
        + LEAD + "\n")
    assert article.title == "Japan, S. Korea foreign ministers agree to work toward leaders' summit"


def test_a_text_browser_s_link_numbers_go():
    article = _cleaned(
        "   [4]Skip to main content\n   [7]Voice of America\n     * [8]Home\n     * [9]United States\n"
        "     * [10]World\n          + [13]East Asia Pacific\n     * [19]Economy\n     * [20]Podcasts\n\n"
        "   Search ____________________ [21]Search\n\n   [22]Live Radio [23]Live TV\n"
        "     __________________________________________________________________\n\n   [24]East Asia Pacific\n\n"
        "Esper Presses Seoul to Stay in Intelligence Pact With Tokyo\n\n     * [25]Brian Hwang\n\n"
        "   November 15, 2019 06:41 AM\n\n"
        "   SEOUL - U.S. Defense Secretary [41]Mark Esper on Friday pressed [42]South Korea to reverse its decision "
        "to quit the pact.\n")
    assert article.title == "Esper Presses Seoul to Stay in Intelligence Pact With Tokyo"
    assert article.paragraphs == ("SEOUL - U.S. Defense Secretary Mark Esper on Friday pressed South Korea to reverse "
                                  "its decision to quit the pact.",)


def test_an_interpreter_s_label_in_a_transcript_names_no_outlet():
    article = _cleaned(
        "Remarks by Assistant Secretary Stilwell to the Press\nNovember 6, 2019\n"
        "ASSISTANT SECRETARY STILWELL: Good afternoon. It's good to be back in Seoul for talks with the ministers.\n"
        "QUESTION: (In Korean.) Will the United States play a mediating role between Seoul and Tokyo?\n"
        "INTERPRETER: Will the United States play a mediating role?\n")
    assert article.outlet is None


def test_a_paragraph_of_figures_ending_in_its_source_stays():
    paragraph = ("South Korea's exports to Japan fell 7 percent in October, customs data showed on Friday. "
                 "Shipments of chips also fell. (Source: Korea Customs Service)")
    text = "Exports to Japan fall\nNovember 22, 2019\n" + LEAD + "\n" + paragraph + "\n"
    article = _cleaned(text)
    assert paragraph in article.paragraphs


def test_a_wire_s_name_in_capitals_under_a_portal_s_copy_is_its_sign_off():
    text = ("The Manila Times\nJapan protests Seoul's decision\nAugust 24, 2019\n"
            "TOKYO -- Japan lodged a protest on Friday over South Korea's decision to end the pact, officials said.\n"
            "Relations have deteriorated to their lowest point in years.\nKYODO NEWS\nTags: Japan, South Korea\n"
            "Copyright © 2019 The Manila Times Publishing Corp. All rights reserved.\n")
    article = _cleaned(text)
    assert article.outlet == "Kyodo"


def test_a_transcript_s_page_link_and_rush_note_and_a_live_page_s_times_are_chrome():
    article = _cleaned(
        "Return to Transcripts main page\nCNN NEWSROOM\nAired August 23, 2019 - 00:00 ET\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
        "JOHN VAUSE, CNN ANCHOR: Hello, and welcome to our viewers joining us from all around the world.\n"
        "Posted at 8:12\nA long-simmering feud between two of Washington's closest allies has spilled over.\n")
    assert article.title == "CNN NEWSROOM"
    assert article.paragraphs == (
        "JOHN VAUSE, CNN ANCHOR: Hello, and welcome to our viewers joining us from all around the world.",
        "A long-simmering feud between two of Washington's closest allies has spilled over.")


def test_a_reader_s_buttons_and_a_banner_between_headline_and_standfirst_are_no_headline():
    text = ("World\nThis article is more than 4 years old\n"
            "South Korea makes U-turn on intelligence-sharing pact with Japan\n"
            "This article is more than 4 years old\n"
            "Seoul ‘conditionally’ suspends its decision to quit Gsomia hours before deadline, easing US concerns\n"
            "Justin McCurry in Tokyo\nFri 22 Nov 2019 11.34 GMT\nListen to this article · 6:02 min Learn more\n"
            + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert article.title == "South Korea makes U-turn on intelligence-sharing pact with Japan"
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("line", [
    "Listen to this article · 6:02 min Learn more",
    "PHOTO GALLERY (CLICK TO ENLARGE)",
    "Copy/paste the article video embed link below:",
    "Nikkei Asian Review, now known as Nikkei Asia, will be the voice of the Asian Century.",
    "Correction: July 3, 2019",
    "Stars and Stripes is an editorially independent, First Amendment-protected news organization.",
    "Most Popular\n1. Moon calls for 'calm' response to Japan 2. Seoul to launch task force 3. BTS tops chart again",
    "Sign up to get the top stories delivered every morning.",
    "Want to read more? For analysis on this article and access to all our insight content, please enquire about "
    "our subscription options at ihs.com/contact",
    "Motoko Rich reported from Tokyo, and Choe Sang-Hun from Seoul. Makiko Inoue contributed reporting from Tokyo.",
    "Reproduction of this article in any form without permission is prohibited.",
    "Show Full Article\nRelated Topics: Air Force Korea North Korea Asia",
    "Read the Full Transcript",
    "Support Provided By: Learn more",
    "Subscribe to Here's the Deal, our politics newsletter for analysis you won't find anywhere else.\n"
    "Thank you. Please check your inbox to confirm.",
    "You are listening to NHK World Radio Japan.",
    "Keep up to date with international news by downloading the France 24 app",
    "Help keep family & friends informed by sharing this article",
    "Send Facebook Twitter reddit Whatsapp Email Telegram Share Permalink https://p.dw.com/p/3VIv2",
    "Date Taken:\t11.14.2019\nStory ID:\t353870\nWeb Views:\t214\nDownloads:\t0\nPUBLIC DOMAIN\nThis work, "
    "Republic of Korea, U.S. hold 44th Military Committee Meeting, must comply with the restrictions shown on "
    "https://www.dvidshub.net/about/copyright.",
    "[AJU PRESS] Most Viewed\n1. Moon appoints Cho Kuk as justice minister\n2. Chuseok traffic to peak Thursday",
    "Share this news\nEDITED BY Rahmad Nasution",
    "KUNA 221058 GMT Aug 19",
    "Source link",
    "With files from Reuters and The Associated Press",
    "Dear Reader,\nBusiness Standard has always strived hard to provide up-to-date information and commentary.",
    "Keep up to date with what’s happening in Turkey, it’s region and the world.\nYou can unsubscribe at any time.",
    "Sign up for Essential California\nSign Me Up\nYou may occasionally receive promotional content from the Los "
    "Angeles Times.",
    "Subscribe for unlimited access\nGet the latest news by email Sign Up",
    "Press TV’s website can also be accessed at the following alternate address:",
    "The Seattle Times does not append comment threads to stories from wire services such as the Associated Press.",
    "Fox News Flash top headlines for Dec. 24\nTrending in World\nPREVIOUS STORY\nNEXT STORY",
    "Latest Nation & World\nMost Read Nation & World Stories",
    "Enditem/ls",
    "Support HKFP | Code of Ethics | Error/typo? | Contact Us | Apps\nHKFP is an impartial platform & does not "
    "share the views of opinion writers or advertisers.",
    "Based on reporting by Reuters, AP, AFP, Yonhap, and TASS\nReuters contributed reporting.",
    "Support The Moscow Times!\nDear readers,\nIndependent journalism in Russia is under increasing pressure. The "
    "Moscow Times relies on the support of its readers to keep reporting.\nContribute today",
    "Sign up for The Real Russia. Today. — Meduza’s daily email digest of the most important news from Russia\n"
    "Meduza in English on Twitter and Facebook",
    "Story by Yulia Sorokina\nEnglish version by Martin Hale.",
    # A press release's end mark, and what it says of its issuer after it.
    "###\nAbout the Pacific Allied Security Forum\nThe Pacific Allied Security Forum is a nonpartisan policy "
    "institute founded in 2004 that studies the alliances of the United States in Asia.",
    # ... with no end mark: the issuer's name over its note, or before it.
    "About the Pacific Allied Security Forum\nThe Pacific Allied Security Forum (PASF) is a nonpartisan policy "
    "institute founded in 2004.\nMedia Contact:\nLaura Becker",
    "About Hartwell University: Founded in 1868, Hartwell University is a private research university enrolling "
    "more than 14,000 students.",
    # A site's events, a newsletter's ask, where a post ran first, a blogger's note on themself.
    'UPCOMING EVENT: "Allies at Odds: Japan, Korea and the United States" — a public lecture, Jan. 22, 2020, 4 p.m.'
    "\nFree and open to the public. Register »",
    "EVENT: Join us Oct. 5 for the Kyopo Monthly 10th Anniversary Gala at The Line Hotel. Tickets on sale now!",
    "If you found this useful, subscribe to Between Two Capitals. It’s free and lands in your inbox every other "
    "Thursday.\nOriginally published at betweentwocapitals.substack.com on January 16, 2020.",
    "Written by Jae H. Lee\nFormer Senate staffer. I write about the U.S., Korea and Japan. Views my own.",
    # A list of other stories, numbered, under a heading no pattern knows; the site's address and number.
    "많이 본 기사\n1. LA County approves $4.5 million for Koreatown senior center\n2. Orange County Korean festival "
    "draws record crowd\n3. 'Parasite' star Song Kang-ho to attend LA screening\n"
    "Korea Times US | 3731 Wilshire Blvd., Suite 1000, Los Angeles, CA 90010 | (323) 555-0110",
    # An alert service's mail, a firm's mail's note.
    "Google Alerts\nFlag as irrelevant\nSee more results | Edit this alert\nYou have received this email because you "
    "have subscribed to Google Alerts.\nUnsubscribe\nReceive this alert as RSS feed\nSend Feedback",
    "This e-mail and any attachments are confidential and may be privileged.",
    # Tabloids' chrome: related headlines cut short, notes over comments, tags, wires, publisher, offers.
    "The comments below have not been moderated.\n"
    "Published by Associated Newspapers Ltd\nPart of the Daily Mail, The Mail on Sunday & Metro Media Group",
    "With Post wires\nFiled under japan , kim jong un , missiles , north korea",
    "Every weekday evening, we'll send you the news of the day.\nEmail (required)",
    "Most Read in News\nHORROR SMASH\nGirl, 7, fighting for life after being hit by car outside school",
    "Join thought-provoking conversations, follow other Independent readers and see their replies",
    # A learner's glossary under its heading; other stories under a heading in the site's own language.
    "Words & Phrases\nenthronement ceremony 即位の礼\ncounterpart 相当する立場の人\nintelligence-sharing pact 情報共有協定",
    "関連ニュース\nJapan, South Korea hold first export control talks in 3 years\nSeoul keeps GSOMIA alive at 11th hour",
    "（Translated by Okinawa Times）",
    "First published in The Diplomat on November 23, 2019.",
    "About Acme Materials: Acme Materials is a leading supplier of high-purity chemicals to chipmakers.",
    "About the Korea Peace Network\nThe Korea Peace Network is a nonprofit dedicated to dialogue.\nSince 2010, it has "
    "held forums in Seoul and Washington.",
    # A list of other stories, numbered, after the story's last paragraph.
    "1. LA County approves $4.5 million for Koreatown senior center\n2. Orange County Korean festival draws record "
    "crowd\n3. 'Parasite' star Song Kang-ho to attend LA screening",
    # The next story a page loads under the first, under its label.
    "NEXT IN BUSINESS NEWS\nOPEC+ set to extend oil cuts\nVIENNA (Reuters) - OPEC and its allies are set to extend "
    "oil output cuts until March 2020, sources said on Monday.",
    # A comment box's note, a footer's row of terms and help, a site's motto after its name.
    "Please sign in to leave a comment.",
    "Terms & Conditions | Data Protection Policy | Need help? Reach us here.",
    "Nikkei Asian Review: the voice of the Asian century.",
    # Markets' sites and raters: an investor's disclosure and buttons, a rater's contacts and its notice, a broker's.
    "Disclosure: I/we have no positions in any stocks mentioned, and no plans to initiate any positions within the "
    "next 72 hours.\nFollow Harrison Kwon and get email alerts\nLike this article",
    "Contact:\nDaniel Cheung\nDirector\n+852 2263 9940\nALL FITCH CREDIT RATINGS ARE SUBJECT TO CERTAIN LIMITATIONS "
    "AND DISCLAIMERS.",
    "Analyst Certification\nThe research analysts who prepared this report certify that the views expressed "
    "accurately reflect their personal views.\nCompliance Notice\nThis report has been prepared by KB Securities "
    "Co., Ltd. for information purposes only.",
    "Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks.",
    # Law firms' alerts and the sites carrying them; an e-mail newsletter's footer.
    "This alert is for general information only and does not constitute legal advice.\nAttorney Advertising. "
    "Prior results do not guarantee a similar outcome.",
    "Written by:\nExport Controls + Follow\nJapan + Follow\n#Export Controls #International Trade #Japan #South "
    "Korea\nLatest Posts\nSee more »\nDISCLAIMER: Because of the generality of this update, the information "
    "provided herein may not be applicable in all situations.",
    "To print this article, all you need is to be registered or login on Mondaq.com.\nThe content of this article "
    "is intended to provide a general guide to the subject matter.\nPOPULAR ARTICLES ON: International Law from "
    "South Korea\nMondaq uses cookies on this website. By using our website you agree to our use of cookies.",
    "Forward to a colleague\nYou are receiving this email because you opted in via our website.\nOur mailing "
    "address is:\nAdd us to your address book\nWant to change how you receive these emails?\nYou can update your "
    "preferences or unsubscribe from this list.",
    "To embed, copy and paste the code into your website or blog:\nPlease login to follow content.\nBack Forward\n"
    "Save & file",
    # A newsletter's asks and notes.
    "Enjoying the Morning Brief? Forward it to a friend.\nForwarded this email? Sign up here to get the Morning Brief "
    "every weekday.\nAxios thanks our partners for supporting our newsletters.\nSponsorship has no influence on "
    "editorial content.\nA message from Facebook\nChange your preferences or unsubscribe here.\nTo change your alert "
    "settings, please log in.\nThis email was sent to you by: POLITICO, LLC\nFollow us: Twitter | Facebook | LinkedIn",
    # A paper's comments count and the stories it offers next; a government release's end mark, licence and source.
    "Show Conversation (91)\nWHAT TO READ NEXT...\nLetters: Seoul, Tokyo and the Price of Alliance",
    "/End/\nKorea.net content may be used freely in accordance with the Korea Open Government License (KOGL) Type 1: "
    "Source Indication.\nSource: Cheong Wa Dae (english1.president.go.kr)",
    # A broadcaster's and a podcast's notes and buttons.
    "This transcript was typed from a recording and not copied from an original script.\nTranscript edited for "
    "clarity.\nSee all clips from Newshour (38)\nMore episodes\nApple Podcasts\nGoogle Podcasts\nSpotify\nShow Notes\n"
    "Available for over a year",
    # Notes after a study, numbered with a bracket; a speech's notes on its text.
    "1) Ministry of Economy, Trade and Industry of Japan, \"Update of METI's licensing policies,\" July 1, 2019.\n"
    "2) Ministry of Trade, Industry and Energy, press release, August 12, 2019.",
    "Unofficial translation | Check against delivery\n[Provisional Translation]",
    # A comment section's buttons and rules; a print edition's note; a paper's credit of a wire's copy; a byline's
    # link; a video's notice; a correction's clarification.
    "Click to Read More and View Comments\nClick to Hide\nThe Washington Times Comment Policy\nThe Washington Times "
    "welcomes your comments on Disqus, our third-party provider. Please read our Comment Policy before commenting.",
    "Please keep your comments civil and on-topic. Comments that attack other users will be removed.",
    "Published in Dawn, August 3rd, 2019\n— TIMES/AFP\nMore by this Author",
    "Some content may not be available in certain regions.",
    "The Diplomat welcomes your comments.",
    # A newsletter's sponsor's message and asks.
    "A message from Facebook: Introducing new tools to help keep elections safe.\nEnjoying the Morning Brief? Tell a "
    "friend to subscribe.\nEnjoying this newsletter? Send it to a colleague.",
    # A comment thread whose replies carry their likes and a share button.
    "47 Comments\nLog in | Sign up\nWhat do you think?\nSort by Best\nSgt_Rock_Ret\n3y\n"
    "\"could and should pay more\" -- "
    "finally someone says it out loud. Seoul freeloads while Moon plays games with Japan.\nReply 24 Share\n"
    "Hankook_Vet\n3y\nFreeloads? Korea paid for most of Camp Humphreys.\nReply 31 Share",
    "Clarification: This article has been updated to clarify that Hwang will spend nights at the National Assembly.",
    "Aug. 22, 2019 — This story has been updated with comment from the State Department.",
    # A live page's notes, times and labels.
    "This story is developing and will be updated.",
    "Corrected 8:05 p.m.: An earlier version of this story said the pact was due to expire at midnight Saturday.",
    "UPDATE 8 p.m. JST",
    "Updated at 19:05 JST. First posted at 08:21 JST.",
    "AP’s earlier story follows below.",
    "The AP's earlier story is below.",
    "Earlier:",
    "UPDATE, 8 p.m. JST",
    "Updated at 19:05 JST, first posted at 08:21 JST",
    "Corrected Nov. 22, 2019: An earlier version of this story misstated the day the pact expires.",
    "Correction, Nov. 23: An earlier version of this story misstated the day the pact expires.",
    # Buttons, labels, placeholders and notes of European, Australian and government sites; an embedded post's.
    "Very large text size",
    "Neuer Inhalt",
    "Skip next section Related content",
    "Browse today's tags",
    "This article was published more than 4 years ago. Some information may no longer be current.",
    "This translation is not an official text. Please refer to the Japanese text for the authoritative version.",
    "for ad-free news and current affairs",
    "Embedded content",
    "Twitter Ads info and privacy",
    # A podcast's and a transcript's notes, a show's sign-off and labels; sites' buttons and notes on themselves.
    "Listen on SoundCloud",
    "Listen to this episode of Asia Geopolitics on Apple Podcasts, Google Podcasts, Stitcher, Spotify, or SoundCloud, "
    "or subscribe via RSS.",
    "This transcript was auto-generated and may contain errors. Please refer to the audio for the authoritative "
    "record.",
    "This is an automatically generated transcript. It may contain errors.",
    "Transcribed by https://otter.ai",
    "The following is a partial transcript of the conversation. This transcript was auto-generated.",
    "The following is the script of this bulletin. The audio is the authoritative version.",
    "This episode was recorded on September 6, 2019.",
    "That's all for now from NHK WORLD RADIO JAPAN.",
    "Credits",
    "How does this make you feel?",
    "Thank you for your report!",
    "To comment on stories, subscribers must first create a display name in the Profile section of their account page.",
    "Khmer Times is Cambodia's largest English-language newspaper.",
    "元記事を読む（JIJI.COM）",
    # A client alert's notes on its sources.
    "1 Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 3.",
    "2 METI news release, \"Cabinet Decision on the Cabinet Order to Amend the Export Trade Control Order\", 2 August "
    "2019.",
    "(1) METI, revised circular on the handling of comprehensive export licenses (December 20, 2019).",
    "1) Public Notice on Trade of Strategic Items, Annex 2 (as amended, effective 18 September 2019).",
    "Listen to the full episode on Spotify, Apple Podcasts or Google Podcasts.",
    "The following is a partial transcript of the interview, which aired Nov. 22.",
    "The following is a transcript of the program. Transcripts may contain errors.",
    "Subscribe to Asia Geopolitics on Apple Podcasts or Spotify.",
    "That's all for this week's episode.",
    "How did this article make you feel?",
    "Report this comment",
    "The Star is the leading English-language newspaper in Malaysia.",
    # An ad card's offer naming the story's places, a label closing the card or none.
    "Sponsored\nLotte Hotels & Resorts\nDiscover why thousands of travellers from Tokyo choose Lotte Hotel Seoul "
    "every winter, with rooms from $120 a night.\nSponsored",
    "Sponsored\nLotte Hotels & Resorts\nDiscover why thousands of travellers from Tokyo choose Lotte Hotel Seoul "
    "every winter, with rooms from $120 a night.",
    # Paywalls and meters, curly apostrophes and all.
    "You’ve read 2 of your 3 free articles this month.\nStart your free trial to keep reading the world’s best "
    "journalism.",
    "Get incisive analysis on the issues that matter\nYou’ve reached your limit of three free articles this month",
    "The rest of this article is available to subscribers\nSubscribe to the Nikkei Asian Review to read all stories "
    "with unlimited access",
    # Agencies' channels, terms and sources; newsletters' offers and a site's appeal.
    "Sputnik is on Telegram! Subscribe to our channel to get the latest news first.",
    "More news in TASS channel on Telegram. Subscribe",
    "All rights to materials on this site belong to Interfax. Use of the materials is permitted only with a "
    "hyperlink to interfax.com.",
    "When quoting and using any materials on the Internet, open for search engines, hyperlinks not lower than the "
    "first paragraph to \"ukrinform.net\" are obligatory.\nUkrinform is on Telegram. Subscribe to our channel",
    "Source: PAP/Reuters/Yonhap",
    "Get smarter, faster on the world with Axios World. Sign up for free.",
    "Understand the world with a daily explainer plus the most compelling stories of the day.",
    "Will you support Vox’s explanatory journalism?\nMillions turn to Vox to understand what’s happening in the "
    "news. Our mission has never been more vital than it is in this moment. Make a contribution today.",
    "Subscribe to the Nichi Bei Weekly — the only way to support the work of our nonprofit newspaper.",
    # A letters page's policy and notes, a paper's note on when it comes out, a gift button's note.
    "Letters to the editor should be sent by e-mail with the writer's full name and city. Letters may be edited for "
    "length and clarity.",
    "The Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think.",
    "VOICES is a selection of letters from readers, translated from the Koe column of The Asahi Shimbun.",
    "The Hawai‘i Herald is published on the first and third Friday of every month by The Hawai‘i Hochi, Ltd.",
    "A weekly digest of the best of our opinion writing.",
    "Send any friend a story\nAs a subscriber, you have 10 gift articles to give each month. Anyone can open what "
    "you share.",
    # A members' wall and a service's note on itself; a newsletter's pitch; headlines under 'Other Articles of the
    # Day' or 'Recommended news'.
    "This article is only available to NK News and NK Pro members.",
    "KCNA Watch is a service from NK Pro. Get full access to North Korean state media, with photos, videos and "
    "archives, with an NK Pro subscription.",
    "The most comprehensive collection of defense news and commentary on the planet, delivered daily.",
    # A research note's disclosures and pointers; a commentary site's note on its writer and a metered wall; a paper's
    # note on its free pages.
    "Important Disclosures & Disclaimers\nThis report is provided for the information of clients of Samsung "
    "Securities Co., Ltd. It is not an offer to buy or sell any security.",
    "- As of the date of this report, Samsung Securities does not hold more than 1% of the outstanding shares of the "
    "companies mentioned.\n- The analyst(s) responsible for this report confirm that no inappropriate external "
    "pressure or interference was received.",
    "This report is prepared for information purposes only and is not intended to be a solicitation or offer to buy "
    "or sell any securities.\nMUFG Bank is a limited liability stock company incorporated in Japan and registered in "
    "the Tokyo Legal Affairs Bureau.",
    "For more information on reports and market data from TrendForce's Department of Semiconductor Research, please "
    "click here, or email Ms. Latte Chung from the Sales Department.",
    "Writing for PS since 2018\n4 Commentaries\nYou have read 2 of 3 free commentaries this month.",
    "Since COVID-19 first started spreading, The Japan Times has been providing free access to crucial news.",
    # A listed firm's note on what it expects, and its note on itself under 'About' (its name's letters after it, a
    # brand's words in small letters, its founding first).
    "Forward-Looking Statements\nCertain statements in this release are forward-looking statements that are subject "
    "to risks and uncertainties.\nAbout SK hynix Inc.\nSK hynix Inc., headquartered in Korea, is the world's top tier "
    "semiconductor supplier offering DRAM and flash memory chips.",
    "About Korea International Trade Association (KITA)\nFounded in 1946, the Korea International Trade Association "
    "is Korea's largest economic organization, with more than 70,000 member companies.",
    "About SEMI\nSEMI® connects more than 2,100 member companies and 1.3 million professionals worldwide.",
    "This article is for Mainichi Premier subscribers only. Register now to read the full text.",
    "Harry B. Harris Jr. is the U.S. Ambassador to the Republic of Korea.",
    "Yoon Duk-min is a former South Korean ambassador to Japan and chancellor emeritus of the Korea National "
    "Diplomatic Academy.",
    "Kim Boo-kyum is a four-term lawmaker of the ruling Democratic Party.",
    "This report is distributed to clients of Samsung Securities and may not be reproduced.",
    "Daiwa Capital Markets Europe Limited is a public limited company registered in England and Wales.",
    "Cory Gardner is a U.S. senator from Colorado and chairs the Senate subcommittee on East Asia.",
    "Samsung Electronics Logo (PRNewsfoto/Samsung Electronics Co., Ltd.)",
    "Cautionary Statement\nThis press release contains forward-looking statements about our business.",
    "Other Articles of the Day\n- Construction of Jungphyong Vegetable Greenhouse Farm Nears Completion\n"
    "- Japan Urged to Make Apology and Reparation for Its Past Crimes",
    "Recommended news\n[Exclusive] Floor leaders of ruling and opposition parties depart for Washington\n"
    "Hwang Kyo-an's hunger strike... Party lawmakers take turns to guard",
    # Where the writer was, with the country; a platform's credit; a market site's footer; a comment section's note.
    "Kim reported from Seoul, South Korea.",
    "Powered by BLOX Content Management System from TownNews.com.",
    "Add Comments\nBy using this site you agree to the Subscriber Agreement & Terms of Use, Privacy Notice, and "
    "Cookie Notice.\nIntraday Data provided by FACTSET and subject to terms of use.",
    "Dear readers and commenters, We have implemented a new engine for our comment section. We hope the transition "
    "goes smoothly for all of you.",
    # A platform's heading over its comments, and the comments.
    "Discussion about this post\nTom Reiner\nGreat roundup. Small quibble: I don't think the 2012 attempt failed so "
    "much as the government got cold feet an hour before the signing ceremony.",
    # A wire's cards on its writers; a paper's comment box and its rules.
    "Song covers trade for The Diplomat.",
    "MARI YAMAGUCHI\nYamaguchi covers Japan for The Associated Press.\ntwitter\nmailto\n\nKIM TONG-HYUNG\n"
    "Kim covers North and South Korea for The Associated Press, based in Seoul.\ntwitter\nmailto",
    "Article Comments\n\nGuidelines: Keep it civil and on topic; no profanity, vulgarity, slurs or personal attacks.",
    # A paper's links to its standards, its motto, its note on a translation; a video's editor; an app's badge;
    # an offer to follow a subject.
    "Our code of editorial values",
    "* The Trust Project\n* Published since September 1843 to take part in “a severe contest between intelligence, "
    "which presses forward, and an unworthy, timid ignorance obstructing our progress.”",
    "Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the "
    "French version.",
    "Video editor • Christopher Pitchers",
    "You have read 3 free premium articles this month. Subscribe to BusinessLine Digital to read unlimited articles.",
    "Take international news everywhere with you! Download the France 24 app\n\ngoogle-play-badge_EN",
    "Get alerts on South Korea when a new story is published\nGet alerts",
    "Read more on related topics:\nNorth Korea\nKim Jong-un\nSouth Korea",
])
def test_chrome_after_the_story_is_dropped(line):
    text = ("Japan restricts exports to South Korea\nJuly 1, 2019\n" + LEAD
            + "\nSeoul announced on Thursday it would not renew the pact.\n" + line + "\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("lines", [
    # Numbered points that are sentences, and a numbered list with the story going on after it.
    ("1. Seoul should suspend its termination notice.", "2. Tokyo should open a dialogue on export controls.",
     "3. Washington should convene trilateral talks."),
    ("1. July 1 Japan announces curbs on three chemicals", "2. Aug. 2 Japan drops Korea from its white list",
     "3. Aug. 22 Seoul decides to end GSOMIA",
     "The pact was due to lapse at midnight on Nov. 22, and officials in Washington pressed both sides to save it."),
    # A heading that is a sentence: the story's; words of notes opening the story's sentences.
    ("More on all of this in two weeks.",),
    ("Disclosure of the talks' details would harm trust, a ministry official said.",
     "Contact between the two militaries went on through the summer, officials said."),
    # An explainer's crosshead over what the pact is; a note on a person under their name; a label in the story.
    ("About GSOMIA", "GSOMIA is a military pact signed by Seoul and Tokyo in November 2016 to share intelligence.",
     "The pact will expire on Nov. 23 unless Seoul changes course."),
    ("About Kim Bok-dong: Kim Bok-dong was a tireless activist who testified at the United Nations in 1993.",
     "Moon Jae-in paid his respects on Tuesday."),
    ("Inquiries:", "The ministry said it would set up a hotline for companies hit by the curbs.",
     "Japan said it would respond calmly."),
    # Sentences that open as notes on a piece, fields or offers do.
    ("First published in 1994, the textbook has been used in hundreds of Japanese schools.",
     "Ahn Ho-young said the decision would hurt the alliance, and that the views are his own.",
     "This report was prepared by the Korea Institute for International Economic Policy at the request of the "
     "finance ministry."),
    ("Location: The talks will take place on the sidelines of a trilateral summit in Chengdu, Sichuan Province.",
     "Category: The boycott has spread to 18 categories of goods, the association said.",
     "Tickets are on sale for the match at Seoul World Cup Stadium, and organizers expect a crowd of 60,000."),
    # An issuer's note naming no body; a reply over the message it quotes; a site's own stamp of the update.
    ("About GSOMIA: GSOMIA was signed in 2016 to share intelligence on North Korea.",),
    # A list the story introduces, closing it.
    ("Sung Yun-mo told reporters the government wanted Japan to act on the following:",
     "1. Withdraw the export curbs on three chemicals", "2. Return South Korea to its whitelist",
     "3. Hold talks with Seoul without preconditions"),
    # Sentences that open as a live page's notes and a page's links do.
    ("1) The ministry's press release came hours after the Cabinet met, and Seoul protested within minutes.",
     "2 officials from the ministry said on Friday that a circular would follow in December 2019."),
    ("(1) METI issued a revised circular on December 20 allowing exporters to apply for three-year licences.",
     "(2) On August 2, the Cabinet approved an amendment to the Export Trade Control Order (Cabinet Order No. 378 of "
     "1949).",
     "(1) South Korea's Supreme Court orders Nippon Steel to compensate four wartime forced labourers (October 30, "
     "2018).",
     "1) Korea's trade ministry published its own revision of the Public Notice on Trade of Strategic Items.",
     "(1) Tokyo drops Seoul from its white list under a revised Cabinet Order (August 28, 2019)."),
    ("The following is the script of this bulletin. Japan and South Korea's foreign ministers have agreed to keep "
     "talking about their disputes.",
     "The following is a transcript of the conversation with Mintaro Oba, a former State Department official."),
    ("The Chosun Ilbo is South Korea's largest newspaper.",
     "The Yomiuri Shimbun is Japan's largest newspaper.",
     "The Korea Herald is South Korea's largest English-language daily, it said in a statement on its own coverage.",
     "That's all for now, Moon told reporters, before leaving for Busan.",
     "This episode was recorded on a Friday afternoon in a cramped room at the foreign ministry, officials said "
     "later."),
    ("This is a developing situation, and we are in close contact with our Japanese and Korean allies at every level.",
     "This story is developing faster than anyone in Tokyo or Seoul had expected, and not in a good direction.",
     "Skip this section if you know the 1965 treaty."),
])
def test_the_story_s_numbered_lines_and_sentences_stay(lines):
    text = ("Japan restricts exports to South Korea\nJuly 1, 2019\n" + LEAD + "\n" + "\n".join(lines) + "\n"
            "Written by Jae H. Lee\n")
    assert _cleaned(text).paragraphs == (LEAD, *lines)


def test_a_menu_with_a_slashed_item_is_no_title_and_a_caption_courtesy_of_its_source_no_story():
    article = _cleaned(
        "YONHAP NEWS AGENCY\nNATIONAL | N. KOREA | ECONOMY | MARKET | BUSINESS | SCI/TECH | SPORTS | OPINION\n\n"
        "(LEAD) S. Korea removes Japan from whitelist of trusted trading partners\n\nECONOMY\n"
        "15:19 September 18, 2019\n"
        "President Moon Jae-in talks with Prime Minister Shinzo Abe near Bangkok, Monday. Courtesy of Cheong Wa Dae\n"
        f"{LEAD}\nSeoul announced on Thursday it would not renew the pact.\n"
    )
    assert article.title == "S. Korea removes Japan from whitelist of trusted trading partners"
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


_SECOND_STORY = "Japanese beer sales in South Korea fell 97% in August as the boycott went on, figures showed."


@pytest.mark.parametrize("top, bottom", [
    # A US government site's banner and menu.
    ("An official website of the United States government\nHere's how you know\nOfficial websites use .gov\n"
     "A .gov website belongs to an official government organization in the United States.\n"
     "Secure .gov websites use HTTPS\nA lock ( ) or https:// means you’ve safely connected to the .gov website. "
     "Share sensitive information only on official, secure websites.\nSkip to main content (Press Enter).\n"
     "Toggle navigation\nSearch Defense.gov\nNEWS | Aug. 9, 2019\n", ""),
    # A news database's print view: its header and fields, the headline in its field.
    ("KYODO NEWS DATABASE  |  English News Service  |  Print view\n"
     'Search: "Abe" AND "Moon" AND "Chengdu"      Results 1-20 of 36      Sort: Newest first\nItem 4 of 36\n'
     "Database: JIJI-ENS Archive 2015-2020     Query: Motegi AND Kang     Hits: 58\n"
     "Date: 2019/08/09 11:47 JST\nHeadline: {title}\nGenre: Politics / Diplomacy\nLength: 548 words\n"
     "Word count: 611\n", ""),
    # A news database's export of two stories: the paper with its city, the first story's fields, the second story.
    ("1 of 2 DOCUMENTS\n\nFinancial Times (London, England)\n\nAugust 9, 2019 Friday\nLondon Edition 1\n",
     "LOAD-DATE: August 9, 2019\nLANGUAGE: ENGLISH\nPUBLICATION-TYPE: Newspaper\n2 of 2 DOCUMENTS\n"
     "Nikkei Asian Review\nAugust 9, 2019\nJapanese beer sales plunge in South Korea\n" + _SECOND_STORY + "\n"),
    # A paper's desk, edition and length as another database prints them; its indexing fields after the story.
    ("Foreign Desk; SECTION A\n", "743 words\nLate Edition - Final\nEnglish\nFull Text\nWord count: 583\n"
     "Subject: Treaties; Intelligence gathering\nLocation: South Korea Japan\nPublication title: Wall Street "
     "Journal\nSource type: Newspapers\nProQuest document ID: 2281234567\nPage 2 of 3\nEnd of Document\n"),
])
def test_a_government_site_s_banner_and_a_news_database_s_fields_are_dropped(top, bottom):
    title = "Esper Urges Allies to Keep Security Ties Strong Amid Japan-South Korea Trade Row"
    heading = "" if "{title}" in top else title + "\n"
    text = (top.replace("{title}", title) + heading + f"{LEAD}\nSeoul announced on Thursday it would not renew the "
            "pact.\n" + bottom)
    article = _cleaned(text)
    assert article.title == title
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("top, outlet", [
    ("TheStreet\nSearch\nMarkets\nInvesting\n", "TheStreet"),
    ("JD Supra\nMenu\nSearch\nExplore: Business | Constitutional Law | Election Law | Tax | more\n", "JD Supra"),
])
def test_a_site_of_markets_or_of_client_alerts_is_the_outlet_and_writes_the_month_first(top, outlet):
    article = _cleaned(f"{top}Japan tightens controls on chip materials\n7/3/2019\n{LEAD}\n"
                       "Seoul announced on Thursday it would not renew the pact.\n")
    assert article.title == "Japan tightens controls on chip materials"
    assert (article.outlet, article.published) == (outlet, "2019-07-03")


def test_a_headline_naming_someone_the_voice_of_something_is_no_motto():
    article = _cleaned(f"Kim Bok-dong: the voice of the comfort women\nJanuary 29, 2019\n{LEAD}\n")
    assert article.title == "Kim Bok-dong: the voice of the comfort women"


def test_a_news_database_s_place_after_the_paper_s_name_is_no_part_of_the_outlet():
    article = _cleaned(f"Financial Times (London, England)\n\nAugust 3, 2019 Saturday\nJapan strikes South Korea off "
                       f"'white list'\n{LEAD}\n")
    assert (article.outlet, article.title) == ("Financial Times", "Japan strikes South Korea off 'white list'")


def test_a_newsletter_s_links_and_a_row_of_sections_are_no_title_and_a_credit_over_the_story_is_its_byline():
    article = _cleaned(
        "Having trouble reading this e-mail? View it in your browser:\nView online | Manage newsletters\n"
        "RATING ACTION COMMENTARY | NON-RATING ACTION COMMENTARY\n\nAbe and Lee agree ties cannot be left as they are\n"
        "MISAKI TANAKA, Nikkei staff writer\nTOKYO -- Japanese Prime Minister Shinzo Abe and South Korean Prime "
        "Minister Lee Nak-yon agreed on Thursday that ties cannot be left as they are.\n"
        "Seoul announced on Thursday it would not renew the pact.\n"
    )
    assert (article.title, article.byline, article.dateline.place) == (
        "Abe and Lee agree ties cannot be left as they are", "Misaki Tanaka", "TOKYO")
    assert article.paragraphs[0].startswith("TOKYO -- Japanese Prime Minister")


def test_a_blog_post_s_categories_are_no_title():
    article = _cleaned("Export Controls Blog\nPosted in Asia Pacific, Export Controls, WTO\n\n"
                       f"GSOMIA Survives, For Now: Seoul Suspends WTO Case\n{LEAD}\n")
    assert article.title == "GSOMIA Survives, For Now: Seoul Suspends WTO Case"


def test_print_s_wrapped_paragraphs_are_joined_and_its_broken_words_made_whole():
    # A digital edition's page: paragraphs wrapped at one width with no blank line between, a caption among them.
    page = (
        "The Japan Times · 5 Jul 2019 · Page 3 · NATIONAL\nTighter export rules on South Korea take effect\n"
        "By HIROKO ISHIDA STAFF WRITER\n"
        "Japan on Thursday began requiring case-by-case\ngovernment approval for exports to South Korea of\n"
        "three materials vital to the production of semi-\nconductors, a move Seoul has condemned as anti-\n"
        "Korean.\n"
        "The Ministry of Economy, Trade and Industry an-\nnounced the measures on Monday, saying trust\n"
        "between the two countries had been undermined.\n"
        "Employees work at a semiconductor production line in South Korea. | BLOOMBERG\n"
        "In Seoul, Trade, Industry and Energy Minister Sung\nYun-mo said Monday that his government would take\n"
        "countermeasures, and Foreign Minister Kang Kyung-\nwha called the step retaliation.\n"
        '"Chipmakers hold two to three months of inventory,"\nsaid Takuya Morimoto, a senior analyst at Mizuho.\n'
    )
    article = _cleaned(page)
    assert (article.title, article.published) == ("Tighter export rules on South Korea take effect", "2019-07-05")
    assert article.paragraphs == (
        "Japan on Thursday began requiring case-by-case government approval for exports to South Korea of three "
        "materials vital to the production of semiconductors, a move Seoul has condemned as anti-Korean.",
        "The Ministry of Economy, Trade and Industry announced the measures on Monday, saying trust between the two "
        "countries had been undermined.",
        "In Seoul, Trade, Industry and Energy Minister Sung Yun-mo said Monday that his government would take "
        "countermeasures, and Foreign Minister Kang Kyung-wha called the step retaliation.",
        '"Chipmakers hold two to three months of inventory," said Takuya Morimoto, a senior analyst at Mizuho.',
    )


@pytest.mark.parametrize("lines, joined", [
    # A compound's hyphen, after a word that opens compounds or one the text uses alone; a number's.
    (["the export-", "control rules"], "the export-control rules"),
    (["a military-", "intelligence pact"], "a military-intelligence pact"),
    (["Seoul-", "based firms"], "Seoul-based firms"),
    (["in 2019-", "20 and after"], "in 2019- 20 and after"),
    # A Korean given name's own hyphen.
    (["Trade Minister Yoo Myung-", "hee said"], "Trade Minister Yoo Myung-hee said"),
    (["Kim You-", "geun said"], "Kim You-geun said"),
    (["Rep. Song Young-", "gil said"], "Rep. Song Young-gil said"),
    # ... but a word print broke, even after a word's hyphen.
    (["the govern-", "ment said"], "the government said"),
    (["director-gener-", "al-level talks"], "director-general-level talks"),
    # ... and a prefix before a word that closes compounds elsewhere.
    (["having mis-", "led the public"], "having misled the public"),
    (["was un-", "related to it"], "was unrelated to it"),
    (["tried to ar-", "range the talks"], "tried to arrange the talks"),
    (["the nation-", "wide protests"], "the nationwide protests"),
    (["the stal-", "led talks"], "the stalled talks"),
    # ... and a number's, but before a word's ending.
    (["its one-", "sided curbs"], "its one-sided curbs"),
    (["the world's second-", "largest chipmaker"], "the world's second-largest chipmaker"),
    (["months of ten-", "sion"], "months of tension"),
])
def test_a_hyphen_at_a_line_s_end_stays_but_print_s_break_of_a_word(lines, joined):
    words = frozenset("a military intelligence seoul based firms the said".split())
    assert clean_module._joined(lines, words) == joined


def test_a_forwarded_mail_s_header_and_note_are_dropped_and_its_dates_are_not_the_story_s():
    page = (
        "11/25/19, 8:06 AM\tGmail - Fwd: S. Korea decides to conditionally suspend expiry of GSOMIA\n\n"
        "Gmail\tDaniel Park <danielpark.seoul@gmail.com>\n\nFwd: S. Korea decides to conditionally suspend expiry "
        "of GSOMIA\n1 message\n\nDaniel Park <danielpark.seoul@gmail.com>\tMon, Nov 25, 2019 at 8:02 AM\n"
        "To: Emily Carter <emily.carter@example.com>\n\nEmily,\n\nForwarding Min-seo's note from Friday night in "
        "case it got buried over the weekend. Suga was at it again this morning.\n\nBest,\nDaniel\n\n"
        "---------- Forwarded message ---------\nFrom: Kim Min-seo <minseo.kim@example.com>\n"
        "Date: Fri, Nov 22, 2019 at 7:14 PM\nSubject: S. Korea decides to conditionally suspend expiry of GSOMIA\n"
        "To: Daniel Park <danielpark.seoul@gmail.com>\n\n"
        "(LEAD) S. Korea decides to conditionally suspend expiry of GSOMIA\nAll News 18:47 November 22, 2019\n\n"
        f"{LEAD}\n\nSeoul announced on Thursday it would not renew the pact.\n"
    )
    article = _cleaned(page)
    assert (article.title, article.published) == (
        "S. Korea decides to conditionally suspend expiry of GSOMIA", "2019-11-22")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("top", [
    # Pocket's and Evernote's fields over the page they saved: their day is the saving's.
    "Pocket\nMy List\nSaved Aug 30, 2019\n\n",
    "Created:\t12/26/2019 9:14 AM\nUpdated:\t12/26/2019 9:21 AM\nNotebook:\tJapan-ROK 2019\n"
    "Clipped from:\tapnews.com\n\n",
])
def test_a_clipping_tool_s_day_is_not_the_story_s(top):
    # (see below: a site's own 'Updated:' and 'Date:' are the story's)
    article = _cleaned(f"{top}Japan's new export rules on S.Korea take effect\n\nnhk.or.jp · 4 min\nView Original\n\n"
                       f"{LEAD}\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.title, article.published) == ("Japan's new export rules on S.Korea take effect", None)
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("top, published", [
    # A web archive's bar over the page it kept: its dates are the keeping's.
    ("The Wayback Machine - https://web.archive.org/web/20190905021744/https://edition.cnn.com/2019/08/22/asia/x.html"
     "\n12 captures\n22 Aug 2019 - 05 Sep 2019\nAUG\tSEP\tOCT\n05\n2018\t2019\t2020\nsuccess\nfail\nAbout this "
     "capture\nCOLLECTED BY\nOrganization: Internet Archive\nThe Internet Archive discovers and captures web pages "
     "through many different web crawls.\n", "2019-08-23"),
    ("archive.today\nwebpage capture\nSaved from\nhttps://www.reuters.com/article/x\nsearch\narchived 24 Dec 2019 "
     "11:42:07 UTC\nno other snapshots from this url\nAll snapshots from host www.reuters.com\nWebpage\nScreenshot\n"
     "share\ndownload .zip\nreport bug or abuse\nBuy me a coffee\n", "2019-08-23"),
    ("cc.bingj.com/cache.aspx?q=hankyoreh&d=4857101822453291&mkt=en-US\nThis is the cached copy of "
     "http://english.hani.co.kr/arti/917390.html. It is a snapshot of the page as it appeared on 20/11/2019 13:27:41."
     "\nMicrosoft is not affiliated with the authors of this page nor responsible for its content.\n"
     "Search terms highlighted: hankyoreh esper gsomia\n", "2019-08-23"),
])
def test_a_web_archive_s_bar_is_dropped_and_its_dates_are_not_the_story_s(top, published):
    article = _cleaned(f"{top}South Korea to end intelligence-sharing pact with Japan\nUpdated 2:13 AM ET, Fri August "
                       f"23, 2019\n{LEAD}\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.title, article.published) == ("South Korea to end intelligence-sharing pact with Japan", published)
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_wire_s_fixed_width_copy_is_read_by_its_indented_paragraphs_and_its_end_line():
    page = (
        "^BC-AS-Koreas-Tensions, 3rd Ld-Writethru,0714<\n"
        "^NKorea fires 2 missiles days after Seoul scraps Tokyo intel deal<\n"
        "^Eds: UPDATES with Japanese comment, background. With AP Photos.<\n"
        "^By HYUNG-JIN KIM and MARI YAMAGUCHI=\n^Associated Press=\n"
        "   SEOUL, South Korea (AP) _ North Korea fired two short-range\nballistic missiles into the sea on "
        "Saturday, South Korea's\nmilitary said.\n"
        "   The missiles were launched from an area near the eastern\ncoastal town of Sondok, the Joint Chiefs of "
        "Staff said.\n"
        "AP-NY-08-24-19 0412EDT<\n"
    )
    article = _cleaned(page)
    assert (article.title, article.published, article.byline) == (
        "NKorea fires 2 missiles days after Seoul scraps Tokyo intel deal", "2019-08-24",
        "Hyung-jin Kim and Mari Yamaguchi")
    assert article.paragraphs == (
        "SEOUL, South Korea (AP) _ North Korea fired two short-range ballistic missiles into the sea on Saturday, "
        "South Korea's military said.",
        "The missiles were launched from an area near the eastern coastal town of Sondok, the Joint Chiefs of Staff "
        "said.",
    )


def test_a_line_under_a_mark_goes_on_with_the_indented_lines_after_it():
    page = ("Korea to reorganize export control categories\nAugust 12, 2019\n"
            "□ The Ministry of Trade, Industry and Energy announced on August 12 that it\n"
            "  will revise the Public Notice on Trade of Strategic Items.\n")
    assert _cleaned(page).paragraphs == (
        "□ The Ministry of Trade, Industry and Energy announced on August 12 that it will revise the Public Notice on "
        "Trade of Strategic Items.",)


@pytest.mark.parametrize("caption", [
    "South Korean protesters hold up placards near the Japanese Embassy in Seoul on November 22. JUNG YEON-JE/AFP/GETTY",
    "Passengers board a high-speed ferry bound for Fukuoka at Busan Port on Nov. 22. 부산일보DB",
    "Search icon A magnifying glass. It indicates, \"Click to perform a search\".",
])
def test_a_caption_with_its_credit_glued_on_and_an_icon_s_text_are_dropped(caption):
    article = _cleaned(f"Seoul keeps GSOMIA alive\nNovember 22, 2019\n{caption}\n{LEAD}\n"
                       "Seoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("stamp", ["Updated: 11/22/2019 9:14 PM", "Date: Friday, November 22, 2019 10:30 PM"])
def test_a_site_s_own_stamp_like_a_tool_s_field_is_the_story_s_day(stamp):
    article = _cleaned(f"Seoul keeps GSOMIA alive\n{stamp}\n{LEAD}\nSeoul announced on Thursday it would not renew "
                       "the pact.\n")
    assert article.published == "2019-11-22"


def test_a_reply_over_the_message_it_quotes_is_read():
    article = _cleaned(f"Seoul keeps GSOMIA alive\nNovember 22, 2019\n{LEAD}\nSeoul announced on Thursday it would "
                       "not renew the pact.\n-----Original Message-----\nFrom: Kim <kim@example.com>\nSent: Friday, "
                       "November 22, 2019 9:05 AM\nSubject: RE: GSOMIA\nAny news?\n")
    assert article.paragraphs[:2] == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_share_bar_in_two_scripts_is_no_glossary():
    article = _cleaned("U.S. spy planes busier over Kadena\n2019年12月5日 07:00\nOkinawa Times English\n"
                       "Facebook Twitter LINE はてな\nAn RC-135 reconnaissance aircraft lands at Kadena Air Base on Dec. 3.\n"
                       "KADENA — Flights by U.S. reconnaissance aircraft over Okinawa have risen this month, residents "
                       "say.\n")
    assert article.dateline.place == "KADENA"
    assert article.paragraphs[0].startswith("KADENA")


def test_a_promotion_of_another_story_inside_this_one_does_not_end_it():
    text = (f"Seoul keeps GSOMIA alive\nNovember 22, 2019\n{LEAD}\nREAD NEXT\nJapan, South Korea hold first export "
            "control talks in 3 years\nEsper had urged Seoul to keep the pact during a visit last week.\n")
    assert _cleaned(text).paragraphs[-1] == "Esper had urged Seoul to keep the pact during a visit last week."


def test_a_caption_credited_in_angle_brackets_is_dropped_and_the_story_s_sign_off_is_cut():
    caption = ("Kim You-geun, first deputy director of the National Security Office, announces the government's "
               "decision at Cheong Wa Dae in Seoul, Friday. <Yonhap>")
    article = _cleaned(f"Seoul keeps GSOMIA alive\nNovember 22, 2019\n{caption}\n{LEAD}\n"
                       "Seoul announced on Thursday it would not renew the pact. <Yonhap>\n")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")
    assert article.outlet == "Yonhap"


@pytest.mark.parametrize("site, published", [
    ("euronews", "2019-07-04"),  # Europe writes the day first
    ("CNN", "2019-04-07"),  # America the month
    ("Example Daily Bugle", None),  # not known: neither
])
def test_a_stamp_read_either_way_is_read_as_its_outlet_writes_days(site, published):
    text = (f"{site}\nJapan's curbs on tech exports to South Korea come into force\n • Updated: 04/07/2019\n"
            "Japanese restrictions on the export of high-tech materials to South Korea came into force on "
            "Thursday, threatening the supply chains of chipmakers.\nSeoul calls the measures retaliation.\n")
    article = _cleaned(text)
    assert article.title == "Japan's curbs on tech exports to South Korea come into force"
    assert article.published == published


@pytest.mark.parametrize("top, stamp, published", [
    # An agency's story on a site that writes the day first: the site's name in the chrome tells.
    ("France 24\nAsia / Pacific", "Issued on: 04/11/2019 - 10:52", "2019-11-04"),
    # The stamp on the byline's line.
    ("Euronews", "By Euronews  with AP, Reuters  •  Updated: 02/10/2019", "2019-10-02"),
])
def test_a_stamp_read_either_way_on_an_agency_s_story_or_a_byline_s_line(top, stamp, published):
    text = (f"{top}\nAbe, Moon hold rare talks as Seoul-Tokyo row drags on\n{stamp}\n"
            "Bangkok (AFP) – Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in held rare "
            "talks on Monday, Seoul said.\nThe 11-minute conversation took place on the sidelines of a summit.\n"
            "Keep up to date with international news by downloading the France 24 app\n")
    assert _cleaned(text).published == published


@pytest.mark.parametrize("top, published, outlet", [
    # A blog's row with the day between bars; an unknown site's masthead, its motto cut.
    ("Newsfeedz – Your Daily News Feed\nPosted by admin | August 22, 2019 | Asia | 0 Comments", "2019-08-22",
     "Newsfeedz"),
    # A day written either way, read as a site of the region writes days.
    ("Vietnam+\nPublished: 05/11/2019 10:48", "2019-11-05", "Vietnam+"),
])
def test_a_blog_s_row_a_site_s_motto_and_a_day_either_way(top, published, outlet):
    article = _cleaned(f"{top}\nJapan to Tighten Exports of Chip Materials to S. Korea\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.published, article.outlet) == (published, outlet)


@pytest.mark.parametrize("headline", [
    # A headline with a bar or a dash and news in it is no site's motto.
    "Opinion | The good news about Japan and South Korea",
    "Abe – No news from Seoul on talks",
])
def test_a_headline_shaped_as_a_site_s_motto_is_the_title(headline):
    article = _cleaned(f"{headline}\nNovember 20, 2019\n" + LEAD + "\nSeoul announced on Thursday it would act.\n")
    assert (article.title, article.outlet) == (headline.split("Opinion | ")[-1], None)


def test_crossheads_opening_with_top_or_more_stay():
    text = ("Seoul and Tokyo trade barbs\nNovember 20, 2019\n" + LEAD + "\nMore Trouble Ahead\n"
            "Analysts expect the dispute to drag on for months, officials said.\nTop Brass Meet\n"
            "Defense chiefs of the two countries met in Bangkok on Sunday, the first such meeting in a year.\n")
    assert {"More Trouble Ahead", "Top Brass Meet"} <= set(_cleaned(text).paragraphs)


@pytest.mark.parametrize("dateline, published, outlet", [
    ("WASHINGTON, Nov. 20, 2019 /PRNewswire/ -- ", "2019-11-20", "PR Newswire"),
    ("WASHINGTON, DC, UNITED STATES, August 28, 2019 /EINPresswire.com/ -- ", "2019-08-28", "EIN Presswire"),
])
def test_a_press_release_s_dateline_and_its_issuer_under_its_label(dateline, published, outlet):
    article = _cleaned("Search   Contact Us   Send a Release\nForum Urges Seoul, Tokyo to Save Intelligence Pact\n"
                       "News provided by\nPacific Allied Security Forum\nShare this article\n" + dateline
                       + "The forum today called on the three governments to keep the pact.\n")
    assert (article.title, article.published, article.outlet) == (
        "Forum Urges Seoul, Tokyo to Save Intelligence Pact", published, outlet)


def test_a_topic_label_over_the_story_and_agencies_closing_it_are_chrome():
    article = _cleaned("Seoul suspends pact's end\nNovember 22, 2019\nTOPIC: Japan-South Korea relations\n" + LEAD
                       + "\nThe pact comes up for renewal this month. (Agencies)\n")
    assert article.paragraphs == (LEAD, "The pact comes up for renewal this month.")


def test_an_agency_first_in_a_portal_s_dateline_and_a_news_agency_s_sign_off_are_the_outlet():
    article = _cleaned(
        "Japan, S.Korea FMs Agree To Keep Talking\n"
        "NAGOYA, Japan, (APP - UrduPoint / Pakistan Point News - 23rd Nov, 2019 ) :The foreign ministers of Japan "
        "and South Korea agreed on Saturday to continue talks to mend relations.\n"
        "Seoul announced on Friday it would keep the pact. (PNA)\n"
    )
    assert (article.outlet, article.dateline.place, article.paragraphs[-1]) == (
        "APP", "NAGOYA", "Seoul announced on Friday it would keep the pact.")


def test_a_lead_over_a_paper_s_name_and_a_last_paragraph_closed_by_two_agencies_stay():
    # (a caption under its paper's name tells what the photo shows, no one saying it; two agencies after the
    # last paragraph sign the story off)
    lead = ("TOKYO -- The government is keeping its export controls on South Korea in place despite Seoul's "
            "decision, officials say.")
    last = "Both sides hope the talks will ease tensions over trade and wartime labor, they said. (AFP-Yonhap)"
    article = _cleaned(f"Tokyo keeps curbs in place\nNovember 23, 2019\n{lead}\nThe Yomiuri Shimbun\n"
                       f"The export controls were introduced in July.\n{last}\n")
    assert article.paragraphs[0] == lead and article.paragraphs[-1].startswith("Both sides hope")


@pytest.mark.parametrize("top", [
    # A market ticker, a news service's name, a cookie banner, a radio service's link and its opening call.
    "KOSPI 2,062.22 ▲12.85   KOSDAQ 637.09 ▲4.52",
    "Jiji Press English News Service",
    "We value your privacy\nEuronews and our partners use cookies and similar technologies to store and access "
    "information on your device.\nAGREE\nMORE OPTIONS",
    "Listen to the latest news\nThis is NHK World Radio Japan. Here is the news.",
    # A site's name with its motto, a machine translation's banner, a notifications prompt, a writer's credit.
    "JP News Navi | Japan's latest news summary\nThis page has been automatically translated from Japanese.  "
    "Show original  |  Rate this translation",
    "VIETNEWS TODAY - Fast news, hot news 24h\nSubscribe to notifications? We will only send you the latest "
    "stories.  No thanks | Subscribe",
    "For Subscribers\nErin McAllister Asia Correspondent",
    # A radio site's links for screen readers and keyboards; a consent banner in one line, its buttons; a site's menu
    # buttons; a defence site's sections; a kind of piece and where it ran first; sections joined by a plus.
    "Accessibility links\nSkip to main content\nKeyboard shortcuts for audio player",
    "We value your privacy. France Médias Monde and its partners use cookies and similar technologies to measure "
    "audience and personalise content.\nAccept & Close\nManage my choices",
    "Skip to page content\nToggle Menu",
    "We value your privacy. We and our partners store and access information on your device.\nAccept & Close",
    "Breaking Defense\nAir Land Sea Space Cyber Congress Budget Networks & Digital Warfare Policy",
    "Commentary (The Diplomat)",
    "Academic rigour, journalistic flair\nPolitics + Society",
    "Press\nChairman's Press\nRanking Member's Press",
    "Home | Party | News | Spokesperson | English\nEnglish News",
    # Two outlets' names run together; an old browser's note; a newsletter box and its captcha's note; a paper's
    # overlay while it checks the reader's access.
    "Focus Taiwan CNA English News",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Breaking News Emails\nGet breaking news alerts and special reports. The news and stories that matter, delivered "
    "weekday mornings.\nSUBSCRIBE\nThis site is protected by recaptcha Privacy Policy | Terms of Service",
    "Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your "
    "Times account, or subscribe for all of The Times.\nAlready a subscriber? Log in.\nWant all of The Times? "
    "Subscribe.",
    # A wire's note to readers who are no subscribers; a ticker of the latest headlines.
    "Sign in for Jiji Press English News Service subscribers",
    "Latest Headlines >> Abe Leaves for G7 Summit in France / Tokyo Stocks Slip on Trade Worries",
    # A trail of the page's sections; an app's and login links; a government site's banners; a site's new pages'.
    "Politics · Diplomacy and security",
    "Politics > Diplomacy · National Defense",
    "Hankook Ilbo app install | Login",
    "This is archived content from the U.S. Department of State website. The information here may be outdated and "
    "links may no longer function.\nAn official website of the United States Government Here's how you know",
    "DW's new website\nTake a look at the beta version of dw.com. We're not done yet! Your opinion can help us make "
    "it better.",
])
def test_chrome_over_the_headline_is_no_title(top):
    text = (f"{top}\nJapan to Tighten Exports of Chip Materials to S. Korea\nJuly 1, 2019\n" + LEAD
            + "\nSeoul announced on Thursday it would not renew the pact.\n")
    article = _cleaned(text)
    assert (article.title, article.paragraphs[0]) == ("Japan to Tighten Exports of Chip Materials to S. Korea", LEAD)


def test_a_writer_credited_with_where_they_filed_from_and_the_publication_names_the_outlet():
    text = ("Jane's by IHS Markit\nNorth Korea tests 'super-large' rocket launcher as Seoul taps GSOMIA\n"
            "Gabriel Dominguez, London - Jane's Defence Weekly\n26 August 2019\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n"
            "Copyright © 2019 IHS Markit. All rights reserved.\n")
    assert _cleaned(text).outlet == "Jane's Defence Weekly"


def test_a_newsletter_box_inside_the_story_is_chrome():
    text = ("South Korea to exit intelligence pact with Japan\nAug. 22, 2019\n" + LEAD + "\n"
            "Newsletter Sign-up\nWSJ Asia Edition\nTop stories from Asia, delivered each morning.\nPREVIEW\n"
            "SUBSCRIBE\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_what_the_story_says_is_delivered_every_morning_is_no_pitch():
    line = "Intelligence reports on North Korea are delivered every morning to President Moon."
    assert _cleaned("Seoul keeps pact\nNov. 22, 2019\n" + LEAD + "\n" + line + "\n").paragraphs == (LEAD, line)


def test_a_box_of_dated_headlines_inside_the_story_does_not_end_it():
    text = ("US negotiators cut short cost-sharing talks with South Korea\nBy KIM GAMEL | STARS AND STRIPES\n"
            "Published: November 19, 2019\n" + LEAD + "\n"
            "RELATED\nEsper: South Korea ‘could and should pay more’ for US troops\nNovember 15, 2019\n"
            "Talks on cost of US troops in South Korea stall as Seoul balks at steep increase\nOctober 24, 2019\n"
            "South Korea’s chief negotiator, Jeong Eun-bo, said the U.S. side had sought a sharp increase.\n"
            "The talks opened Monday at the Korea Institute for Defense Analyses in Seoul.\n"
            "Stars and Stripes’ Facebook\nComments\n")
    assert _cleaned(text).paragraphs == (
        LEAD, "South Korea’s chief negotiator, Jeong Eun-bo, said the U.S. side had sought a sharp increase.",
        "The talks opened Monday at the Korea Institute for Defense Analyses in Seoul.")


def test_a_list_of_dated_headlines_at_the_end_and_the_last_one_s_teaser_are_chrome():
    text = ("South Korea says it will keep intelligence pact with Japan\nNov. 22, 2019\n" + LEAD + "\n"
            "More from Asia\nJapan and South Korea trade officials to meet in Tokyo\nNov. 20, 2019\n"
            "North Korea fires two short-range missiles into the sea\nNov. 17, 2019\n"
            "North Korea fired two short-range ballistic missiles into the sea off its east coast on Sunday, the "
            "South Korean military said, the latest in a string of launches.\n")
    assert _cleaned(text).paragraphs == (LEAD,)


def test_teasers_closed_by_their_dates_are_chrome_and_the_page_s_stamp_under_them_is_read():
    text = ("Japan's removal of South Korea from trade 'white list' takes effect\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\nDW RECOMMENDS\n"
            "South Korea scraps military intelligence pact with Japan\n"
            "South Korea has decided not to renew an agreement that allows it to share military information with "
            "Japan. The move is the latest development in a months-long feud between the US allies. (22.08.2019)\n"
            "Japan removes South Korea from 'white list' of trusted trade partners\n"
            "Tokyo has approved the removal of South Korea from a list of countries. The move is likely to further "
            "strain ties between the two neighbors. (02.08.2019)\nDate 28.08.2019\n")
    article = _cleaned(text)
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")
    assert article.published == "2019-08-28"


def test_a_stamp_labelled_date_either_way_round_is_read_the_outlet_s_way():
    article = _cleaned("DW.COM\nJapan drops South Korea from export 'white list'\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\nDate 02.08.2019\n")
    assert (article.outlet, article.published) == ("Deutsche Welle", "2019-08-02")
    assert article.paragraphs[-1] == "Seoul announced on Thursday it would not renew the pact."


def test_a_list_of_dated_headlines_at_the_end_stays_chrome_to_its_last_headline():
    text = ("South Korea fully restores GSOMIA\nMar. 21, 2023\n" + LEAD + "\n"
            "Related News\nMar. 17, 2023\nKishida, Yoon agree to resume shuttle diplomacy\nMar. 16, 2023\n"
            "Japan to lift export controls on South Korea\nMar. 6, 2023\n"
            "South Korea unveils plan over wartime labor issue\n")
    assert _cleaned(text).paragraphs == (LEAD,)


def test_the_day_over_a_site_s_masthead_is_not_the_story_s():
    text = ("Big News Network.com\nMonday 5th August, 2019\nHome | World | Business | Sport\n"
            "Moon warns Japan of 'stern' response over trade list removal\nIANS\n02 Aug 2019, 20:17 GMT+10\n"
            "Seoul, Aug 2 (IANS) South Korean President Moon Jae-in on Friday warned that Seoul would take stern "
            "countermeasures against Japan.\nThe Cabinet approved the removal earlier in the day, officials said.\n")
    article = _cleaned(text)
    assert article.published == "2019-08-02"


def test_an_aggregator_s_mark_before_the_dateline_is_cut_and_its_stamp_read_as_the_dateline_says():
    text = ("MENAFN - Menafn.com\nJapan's export curbs against S. Korea take effect\n7/4/2019 12:51:07 AM\n"
            "(MENAFN - Yonhap News Agency) SEOUL, July 4 (Yonhap) -- Japan's tighter restrictions on exports of "
            "three key industrial materials to South Korea took effect Thursday.\n"
            "Tokyo announced the measures on Monday, officials said.\n")
    article = _cleaned(text)
    assert article.paragraphs[0].startswith("SEOUL, July 4 (Yonhap) --")
    assert article.dateline == Dateline("SEOUL", "Yonhap")
    assert article.published == "2019-07-04"


def test_a_sentence_over_a_photo_credit_alone_stays():
    # A photo with a credit and no caption between two paragraphs.
    text = ("Seoul keeps pact\n\nNovember 22, 2019\n\n" + LEAD + "\n\n"
            "The announcement came after weeks of pressure from Washington.\nAFP\n"
            "The pact, known as GSOMIA, was signed in 2016.\n")
    article = clean(RawArticle(path="credit.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert "The announcement came after weeks of pressure from Washington." in article.paragraphs


def test_a_headline_over_its_wire_and_date_stamp_is_no_caption():
    # A page of two stories: the second one's headline, wire and stamp.
    text = (
        "Yahoo News\nHome\nWorld\nJapan, S. Korea defense chiefs meet in Bangkok amid intel pact row\nKyodo\n"
        "November 17, 2019, 3:12 PM\n"
        "BANGKOK, Nov. 17 (Kyodo) -- Japanese Defense Minister Taro Kono and his South Korean counterpart Jeong "
        "Kyeong-doo met on Sunday but failed to narrow their differences over an intelligence-sharing pact.\n"
        "Kono asked Jeong to reconsider the decision to end the pact, which expires at midnight Friday.\n"
        "Relations between Tokyo and Seoul have soured over wartime history.\n==\n"
        "Esper says only China, North Korea benefit from Seoul-Tokyo spat\nReuters\nNovember 15, 2019, 6:40 PM\n"
        "SEOUL (Reuters) - U.S. Defense Secretary Mark Esper said on Friday that only China and North Korea would "
        "benefit from friction between South Korea and Japan.\n"
        "Esper met President Moon Jae-in later on Friday.\n"
    )
    article = clean(RawArticle(path="two.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert "Esper says only China, North Korea benefit from Seoul-Tokyo spat" in article.paragraphs


def test_a_headline_with_an_ellipsis_glued_to_a_word_is_the_title():
    headline = 'Kim Hyun-jong "Japan showed no response... even lost national pride"'
    text = ("Politics General\n" + headline + "\nRegistration: 2019-08-23 17:36\n\n"
            "Kim Hyun-jong, the second deputy director of the Blue House National Security Office, said on the 23rd "
            "that Japan had not responded to Seoul's diplomatic efforts.\n")
    article = clean(RawArticle(path="hani.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.title == headline


def test_a_chronology_in_the_story_is_its_entries_not_the_page_date():
    entries = [
        "Nov. 23, 2016 – South Korea and Japan sign GSOMIA",
        "Oct. 30, 2018 – South Korea's Supreme Court orders Nippon Steel to compensate forced labourers",
        "July 4 – Japan tightens export controls on three chemicals",
        "Aug. 22 – Seoul announces it will not renew GSOMIA",
    ]
    text = ("US presses South Korea to keep GSOMIA\n\nNovember 19, 2019\n\n"
            "A military intelligence-sharing pact between South Korea and Japan is set to expire at midnight on "
            "Friday, unless Seoul reverses its August decision to scrap it.\n\nTIMELINE\n\n" + "\n".join(entries)
            + "\n\nThe United States has pressed hard for the agreement to be saved.\n")
    article = clean(RawArticle(path="timeline.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.published == "2019-11-19"
    assert [p for p in article.paragraphs if p in entries] == entries


@pytest.mark.parametrize("heading, entries", [
    # A box of key dates closing the story, each a line of its own; a colon after the day, or a bar before it.
    ("Key dates", ["Nov. 23, 2016: Korea and Japan sign Gsomia", "July 4, 2019: Japan tightens exports of three "
                   "materials to Korea", "Aug. 22, 2019: Seoul announces it will end Gsomia", "Aug. 23, 2019: "
                   "Termination notice delivered to Tokyo", "Nov. 22, 2019: Seoul conditionally suspends the notice",
                   "June 2, 2020: Seoul resumes WTO dispute over export curbs", "July 14, 2020: Japan's defense white "
                   "paper repeats claim to Dokdo; Seoul protests", "Aug. 4, 2020: Court order to seize Nippon Steel "
                   "shares takes effect"]),
    ("Here is how the dispute unfolded.", ["July 4: Japan's export curbs take effect", "Aug. 2: Japan's Cabinet "
                                           "removes Korea from its whitelist", "Aug. 22: Seoul decides to end GSOMIA"]),
    ("Timeline of Japan's export restrictions", [
        "July 1: Japan announces tightened export controls on fluorinated polyimide, photoresist and hydrogen fluoride "
        "bound for Korea", "July 4: Restrictions take effect", "Aug. 2: Japanese Cabinet approves removing Korea from "
        "its whitelist", "Sept. 11: Korea files WTO complaint"]),
    ("Key dates in 2019", ["― July 4: Japan's export restrictions on three materials take effect",
                           "― Aug. 22: Seoul decides to end GSOMIA", "― Dec. 24: Moon and Abe hold summit in Chengdu"]),
])
def test_a_box_of_key_dates_after_the_story_is_the_story_s(heading, entries):
    text = ("A year after Gsomia shock, pact lives on in limbo\n\nAug 24, 2020\n\nA year after Seoul announced it would "
            "pull out of its military intelligence-sharing pact with Japan, the agreement is still alive.\n\nWashington "
            "has kept a low profile since.\n\n" + heading + "\n\n" + "\n".join(entries) + "\n")
    article = clean(RawArticle(path="box.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.published == "2020-08-24"
    assert article.paragraphs[-len(entries) - 1:] == (heading, *entries)


# --- Errors and determinism ---------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t\n", "From\nSend to\n\n(Yonhap)\n\nA+ A-\n"],
                         ids=["empty", "blank", "chrome_only"])
def test_no_body_text_is_an_input_error(text):
    with pytest.raises(InputError) as error:
        clean(RawArticle(path="bad.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert error.value.path == "bad.txt"


def test_clean_is_deterministic():
    raw = raw_article(SEED_000["path"])
    assert clean(raw) == clean(raw)


if __name__ == "__main__":
    print_figures()


def test_dropped_photo_captions_are_kept_apart_for_the_names_they_give():
    caption = ("Kim You-geun, first deputy director of the National Security Office, speaks at a press briefing "
               "at Cheong Wa Dae on Friday. (Yonhap)")
    text = (f"Seoul keeps GSOMIA\nBy Ahn Sung-mi\nNov 22, 2019\n{caption}\n"
            "South Korea decided Friday to conditionally suspend the termination of its pact with Japan.\n"
            '"We decided to suspend the effect of the notice," Kim said.\n')
    article = clean(RawArticle(path="a.txt", sha256="0", text=text, format="txt", encoding="utf-8"))
    assert article.captions == (caption,)
    assert caption in article.removed and caption not in article.paragraphs


@pytest.mark.parametrize("text, outlet", [
    # Nothing in the text: the file's name.
    ("Seoul keeps pact\nNov 22, 2019\nSouth Korea said on Friday it would keep its military pact with Japan.\n",
     "The Korea Herald"),
    # A copyright holder may be the company behind the site: the file's name beats it.
    ("Seoul keeps pact\nNov 22, 2019\nSouth Korea said on Friday it would keep its military pact with Japan.\n"
     "© Herald Corporation. All rights reserved.\n", "The Korea Herald"),
    # The wire the story comes from beats the site it was saved from.
    ("Seoul keeps pact\nSEOUL, Nov. 22 (Yonhap) -- South Korea said on Friday it would keep its pact with Japan.\n",
     "Yonhap"),
])
def test_a_file_named_after_its_site_credits_it_when_the_text_names_no_stronger_outlet(text, outlet):
    raw = RawArticle(path="017_koreaherald-seoul-keeps-pact.txt", sha256="0", text=text, format="txt",
                     encoding="utf-8")
    assert clean(raw).outlet == outlet


_STORY = ("SEOUL, Nov. 26 (Yonhap) -- South Korea said on Tuesday that it would keep its military pact with Japan "
          "while talks on export controls go on.\n\n"
          '"We will watch what Tokyo does," a senior official said.\n')


@pytest.mark.parametrize("top, title", [
    # A button's word under the headline, the headline printed again under it.
    ("Department Press Briefings\nDepartment Press Briefing – November 26, 2019\nhide\n"
     "Department Press Briefing – November 26, 2019\nMorgan Ortagus, Department Spokesperson\nNovember 26, 2019\n",
     "Department Press Briefing – November 26, 2019"),
    # A headline wrapped over two lines, the first ending in a small word.
    ("MONDAY, NOVEMBER 18, 2019\nThe Korea Times\nNATIONAL 3\n\nJeong, Kono fail to narrow gap on\n"
     "GSOMIA in Bangkok talks\n\nBy Kang Seung-woo\n\n", "Jeong, Kono fail to narrow gap on GSOMIA in Bangkok talks"),
    # The body issuing a statement, over its date, is no headline.
    ("MINISTRY OF TRADE, INDUSTRY AND ENERGY\nREPUBLIC OF KOREA\n\nPRESS RELEASE\n\n"
     "Release date: Tuesday, November 26, 2019 (15:00)\n\n"
     "Korea to reorganize export control categories for strategic goods\n", 
     "Korea to reorganize export control categories for strategic goods"),
    # ... and one parted by '>', ending with a headline the page prints again over the text.
    ("Congressional Record\nHome > Congressional Record > Senate Section > U.S.-JAPAN-SOUTH KOREA RELATIONS\n"
     "U.S.-JAPAN-SOUTH KOREA RELATIONS\nCongressional Record Vol. 165, No. 127\nText available as:\n"
     "Formatted Text (PDF)\nPrinter Friendly Text\nU.S.-JAPAN-SOUTH KOREA RELATIONS\n",
     "U.S.-JAPAN-SOUTH KOREA RELATIONS"),
    # A breadcrumb after its label, a site's search box.
    ("Bangkok Post\nThailand\nWorld\nSearch\nLogin\nSign up\nYou are here: World\n"
     "US, S Korea delay air drills as defence chiefs meet in Bangkok\n\npublished : 18 Nov 2019 at 04:00\n",
     "US, S Korea delay air drills as defence chiefs meet in Bangkok"),
    ("Jane's\nYou are here: Home > Defence Weekly > News\n"
     "South Korea suspends GSOMIA termination hours before expiry\n22 November 2019\n",
     "South Korea suspends GSOMIA termination hours before expiry"),
    ("BBC Account\nSearch the BBC\nSearch the BBC\nBBC News\nWhat is GSOMIA and why does it matter?\n"
     "23 August 2019\n", "What is GSOMIA and why does it matter?"),
    # A Japanese paper's English page: its masthead in both scripts, its breadcrumb in Japanese, the stamp over the
    # headline.
    ("朝雲新聞社　ASAGUMO NEWS\n防衛省・自衛隊の今を伝える\nホーム ＞ 防衛関連ニュース ＞ English Digest\n"
     "令和6年（2024年）8月1日付　第3600号\n日米韓防衛相、安保協力の枠組み文書に署名\n"
     "Japan, U.S., ROK defense chiefs sign framework to institutionalize trilateral cooperation\n",
     "Japan, U.S., ROK defense chiefs sign framework to institutionalize trilateral cooperation"),
    ("朝雲新聞社　ASAGUMO NEWS\n2024年8月1日付\n"
     "Japan, U.S., ROK defense chiefs sign framework to institutionalize trilateral cooperation\n",
     "Japan, U.S., ROK defense chiefs sign framework to institutionalize trilateral cooperation"),
    # A ministry's press conference: its topics listed, the first printed again over the minister's words.
    ("Ministry of Foreign Affairs of Japan\nHome > Press > Press Conferences\n\n"
     "Press Conference by Foreign Minister Taro Kono\n\n"
     "Friday, August 23, 2019, 10:31 a.m. Press Conference Room, Ministry of Foreign Affairs\n\nMain topics:\n\n"
     "    Opening Remarks\n        (1) The Seventh Tokyo International Conference on African Development (TICAD7)\n"
     "    Questions concerning North Korea\n\n1. Opening Remarks\n\n"
     "(1) The Seventh Tokyo International Conference on African Development (TICAD7)\n",
     "Press Conference by Foreign Minister Taro Kono"),
    # A live page: its key events listed under the byline and the stamp, the last printed again over its entry.
    ("The Guardian - Back to home\nWorld\nLive\n"
     "Nato summit: Trump says he 'can go either way' on US troops in South Korea – live\n"
     "Trump calls Macron's 'brain death' remarks 'very, very nasty'\nUpdated 16.52 GMT\n"
     "Ben Quinn (now) and Kevin Rawlinson (earlier)\nTue 3 Dec 2019 16.52 GMT\nKey events\n16.20\n"
     "Summary: Trump's day in London\n13.58\nTrump on South Korea: 'I can go either way'\nLive feed\n16.20\n"
     "Summary: Trump's day in London\n",
     "Nato summit: Trump says he 'can go either way' on US troops in South Korea – live"),
    # A consent wall's heading, its purposes on one line and its link to them; skip links, a menu's buttons, a site's
    # social links' label.
    ("We and our partners process data to provide:\nUse precise geolocation data. Actively scan device "
     "characteristics for identification. Store and/or access information on a device.\nList of Partners (vendors)\n"
     "Accept all\nSkip links\nSkip to Content\nShow navigation menu\nNavigation menu\nNews\nMiddle East\nAfrica\n"
     "Follow Al Jazeera English:\nSeoul keeps its pact with Tokyo\nBy Kim Da-eun\nPublished On 22 Mar 2023\n",
     "Seoul keeps its pact with Tokyo"),
])
def test_government_and_print_pages_headlines(top, title):
    article = _cleaned(top + "\n" + _STORY)
    assert article.title == title
    assert article.paragraphs[0].startswith("SEOUL, Nov. 26 (Yonhap)")


@pytest.mark.parametrize("top", [
    # A section's name printed again apart from the menu, a date between.
    "Korea JoongAng Daily\nHOME\nNational\nPolitics\nToday's Headlines\nAug 23,2019\nToday's Headlines\nprint\n"
    "Seoul keeps its pact with Tokyo\n",
    # A firm's name printed twice, a link between.
    "JD Supra\nMenu\nSeoul keeps its pact with Tokyo\nWhitcomb Harlan LLP\nContact\nWhitcomb Harlan LLP\n7/3/2019\n",
    # A series' name under the menu, and again as the kicker right over the headline.
    "Nikkei Asian Review\nSubscribe   Log in\nPolitics   Economy   Business   Markets   Tech   Opinion   Life & Arts\n"
    "Asia Morning Briefing\n\n"
    "You have 2 free articles left this month. Subscribe for full access.\n\nAsia Morning Briefing\n"
    "Seoul keeps its pact with Tokyo\n\nDecember 25, 2019 06:00 JST\n",
])
def test_a_short_label_printed_twice_is_no_headline(top):
    assert _cleaned(top + "\n" + _STORY).title == "Seoul keeps its pact with Tokyo"


@pytest.mark.parametrize("top, title", [
    # A headline may end in a word that may go on: the standfirst under it is not its rest.
    ("Japan-South Korea trade feud drags on\nSeoul and Tokyo remain at odds over export controls and wartime labor\n"
     "Nov 26, 2019\n", "Japan-South Korea trade feud drags on"),
    ("Analysis: For Seoul, the GSOMIA fight is far from over\nMoon faces pressure from Washington\nNov 26, 2019\n",
     "Analysis: For Seoul, the GSOMIA fight is far from over"),
    # ... nor the writer's name under it.
    ("Korean boycott of Japanese goods drags on\nKim Tong-hyung\nNov 26, 2019\n",
     "Korean boycott of Japanese goods drags on"),
    ("The pact Washington would not let Seoul walk away from\nSouth Korea's last-minute reprieve shows the limits of "
     "its leverage\nNov 26, 2019\n", "The pact Washington would not let Seoul walk away from"),
    # ... but a few words in capitals go on a headline ending in a word no headline ends with, or in 'on'.
    ("Abe to hold talks with\nMoon Jae-in\nBy Lee Min-ho\nNov 26, 2019\n", "Abe to hold talks with Moon Jae-in"),
    ("South Korea to decide on\nGSOMIA\nBy Lee Min-ho\nNov 26, 2019\n", "South Korea to decide on GSOMIA"),
    ("POLL: Most South Koreans back ending GSOMIA\nBy Lee Min-ho\nNov 26, 2019\n",
     "POLL: Most South Koreans back ending GSOMIA"),
])
def test_what_goes_on_a_headline_ending_in_a_small_word(top, title):
    assert _cleaned(top + "\n" + _STORY).title == title


def test_a_writer_and_the_outlet_under_the_headline_are_the_byline():
    article = _cleaned("Seoul scraps military pact with Tokyo\nKim Tong-hyung, Associated Press\nNov. 22, 2019\n\n"
                       + _STORY)
    assert (article.title, article.byline, article.outlet) == (
        "Seoul scraps military pact with Tokyo", "Kim Tong-hyung", "Associated Press")


def test_a_writer_and_the_outlet_under_the_headline_s_stamp_are_the_byline_before_the_site_s_masthead():
    # A portal running a wire's story: its masthead names the portal, the credit under the stamp the wire.
    article = _cleaned("Mint\nHome\nMarkets\nJapan to curb exports of key chip materials to South Korea\n"
                       "2 min read . Updated: 01 Jul 2019, 04:36 PM IST\nIsabel Reynolds, Bloomberg\n"
                       + _STORY.replace("SEOUL, Nov. 26 (Yonhap) -- ", ""))
    assert (article.byline, article.outlet) == ("Isabel Reynolds", "Bloomberg")


@pytest.mark.parametrize("picture", [
    # AP's caption, its day and its credit in it.
    "In this Aug. 24, 2019, photo, people watch a TV news program showing a file image of a North Korean missile "
    "launch at the Seoul Railway Station. AP FILE PHOTO\n",
    # A caption over its photographer's credit, parted by a bar (a sign's words quoted in it).
    'A customer walks past a sign reading "We don\'t sell Japanese products" at a supermarket in Seoul, South Korea.\n'
    "Chung Sung-Jun | Getty Images\n",
])
def test_a_picture_s_caption_and_credit_inside_the_story_are_dropped(picture):
    first, rest = _STORY.split("\n\n", 1)
    article = _cleaned("Seoul keeps its pact with Tokyo\nNov. 26, 2019\n\n" + first + "\n\n" + picture + "\n" + rest
                       + "\nThe talks will go on next week, officials in both capitals said on Tuesday.\n")
    assert not any("Japanese products" in p or "Railway Station" in p or "Getty" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("line", [
    # A story's line over a photographer's credit, told in the past or to come; an analysis in a picture's words.
    "Working-level talks on export controls resumed in Tokyo on Monday for the first time in three years.\n"
    "Kim Hong-Ji | Getty Images",
    "Defense Secretary Mark Esper visits Seoul this week for talks with his counterpart Jeong Kyeong-doo.\n"
    "Chung Sung-Jun | Getty Images",
    "In this picture, South Korea is the victim and Japan the bully, but Tokyo tells a very different story.",
    # What a treaty covers, in the words of a wire's card on its writer.
    "GSOMIA covers the exchange of classified military information for both countries.",
    "Seoul covers about half the cost for U.S. Forces Korea.",
    "It covers intelligence on missile launches for the two countries.",
])
def test_story_lines_shaped_like_a_picture_s_caption_or_a_writer_s_card_stay(line):
    story = line.split("\n")[0]
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + line + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert story in _cleaned(text).paragraphs


@pytest.mark.parametrize("top, title, byline, outlet", [
    # A writer and the wire under the headline, parted by a bar.
    ("Seoul, Washington agree to keep up pressure on Tokyo over GSOMIA\nKim Tong-hyung | AP\nNov. 15, 2019\n",
     "Seoul, Washington agree to keep up pressure on Tokyo over GSOMIA", None, "Associated Press"),
    # A headline with a few words in Korean.
    ("The Korea Herald\nPolitics\n'No Japan' (노재팬) boycott spreads as Seoul weighs fate of GSOMIA\n"
     "Consumers shun Japanese beer and travel as trade row deepens\nBy Kim Min-jung\n"
     "Published : Aug. 20, 2019 - 17:30\n",
     "'No Japan' (노재팬) boycott spreads as Seoul weighs fate of GSOMIA", "Kim Min-jung", "The Korea Herald"),
    # A short headline printed twice with a colon, a paywall's line between.
    ("Nikkei Asian Review\nSubscribe   Log in\nPolitics   Economy   Business   Markets   Tech   Opinion   Life & Arts\n"
     "GSOMIA: Seoul blinks\nYou have 2 free articles left this month. Subscribe for full access.\n"
     "GSOMIA: Seoul blinks\n"
     "Last-minute reversal on intelligence pact buys time for trade talks with Tokyo\nNovember 23, 2019 06:00 JST\n",
     "GSOMIA: Seoul blinks", None, "Nikkei Asian Review"),
    # A headline printed twice, over its byline, under a teaser over the stamp.
    ("The Korea Herald\nMost Popular: Moon, Abe to meet in Chengdu next month\nPublished : Nov 22, 2019 - 18:20\n"
     "Updated : Nov 22, 2019 - 21:05\nSeoul conditionally suspends GSOMIA termination\nBy Park Han-na\n"
     "Seoul conditionally suspends GSOMIA termination\n",
     "Seoul conditionally suspends GSOMIA termination", "Park Han-na", "The Korea Herald"),
    # A writer's credit under the stamp, over the lead.
    ("Abe and Moon meet in Chengdu in bid to mend ties\nPublished: December 24, 2019\n"
     "Kim Tong-hyung, Associated Press\n",
     "Abe and Moon meet in Chengdu in bid to mend ties", "Kim Tong-hyung", "Associated Press"),
    # A photographer's credit under the stamp, over the caption: no byline (its agency the only one named).
    ("Stars and Stripes\nEsper presses Seoul to keep intelligence pact with Tokyo\nPublished: November 15, 2019\n"
     "Kim Hong-ji, Reuters\nU.S. Defense Secretary Mark Esper and South Korean Defense Minister Jeong Kyeong-doo "
     "attend a joint news conference in Seoul, South Korea, November 15, 2019.\n",
     "Esper presses Seoul to keep intelligence pact with Tokyo", None, "Reuters"),
])
def test_headlines_bylines_and_outlets_of_lines_shaped_like_new_chrome(top, title, byline, outlet):
    article = _cleaned(top + "\n" + _STORY.replace("SEOUL, Nov. 26 (Yonhap) -- ", ""))
    assert (article.title, article.byline, article.outlet) == (title, byline, outlet)


def test_an_agency_credited_for_a_picture_under_its_label_is_no_outlet():
    article = _cleaned("BBC News\nSeoul keeps its pact with Tokyo\n23 August 2019\nImage copyright\nEPA\n"
                       "Image caption\nProtesters in Seoul had urged the government to scrap the pact\n"
                       + _STORY.replace("SEOUL, Nov. 26 (Yonhap) -- ", ""))
    assert article.outlet == "BBC"


def test_an_agency_under_a_standfirst_is_the_outlet_not_a_photo_s_credit():
    article = _cleaned("Seoul keeps its pact with Tokyo\n"
                       "South Korea reversed course hours before the pact was due to expire on Saturday.\nAFP\n"
                       "Nov 26, 2019\n\n" + _STORY.replace("SEOUL, Nov. 26 (Yonhap) -- ", ""))
    assert article.outlet == "AFP"


def test_a_press_release_s_subtitle_between_dashes_is_no_paragraph():
    article = _cleaned("PRESS RELEASE\nRelease date: Monday, August 12, 2019 (15:00)\n\n"
                       "Korea to reorganize export control categories for strategic goods\n"
                       '- Japan to be placed in new "Ga-2" region -\n\n' + _STORY)
    assert article.paragraphs[0].startswith("SEOUL, Nov. 26 (Yonhap)")


@pytest.mark.parametrize("path, top, outlet", [
    # A site's name alone on the page's first line.
    ("page.txt", "The Granite Tower\nHOME\nCover Story\nCampus\n", "The Granite Tower"),
    # A logo's label.
    ("page.txt", "Vox homepage\nGive\nExplainers\nPolitics\nMenu\n", "Vox"),
    # Not a label like a site's, nor a series' name.
    ("page.txt", "The Latest\nPolitics\nMenu\n", None),
    ("page.txt", "The Morning Explainer\nNewsletters\nMenu\n", None),
    ("page.txt", "The Editorial Board\nOpinion\nMenu\n", None),
    # A writer's credit naming the paper short: 'Crimson Staff Writer'.
    ("page.txt", "Skip to Main Content\nSections\nNews\nBy Eliza H. Marchetti, Crimson Staff Writer\n",
     "The Harvard Crimson"),
    # A photo's credit under its caption names no outlet: the file's name does.
    ("102_nypost-north-korea-missiles.txt", "Skip to main content\nNews\nMetro\nPage Six\n"
     "People watch a TV news program showing a file image of a North Korean missile launch.\nAP\n", "New York Post"),
])
def test_outlets_of_sites_named_by_their_first_line_their_writers_or_their_file(path, top, outlet):
    text = top + "\nSeoul keeps its pact with Tokyo\n\n" + _STORY.replace("SEOUL, Nov. 26 (Yonhap) -- ", "")
    raw = RawArticle(path=path, sha256="0", text=text, format="txt", encoding="utf-8")
    assert clean(raw).outlet == outlet


def test_a_site_s_banner_opens_no_story_and_a_breadcrumb_parted_by_bars_ends_with_the_headline():
    article = _cleaned(
        "U.S. Embassy & Consulate in the Republic of Korea\nU.S. Citizen Services\nVisas\nEmbassy\nNews & Events\n"
        "Alert: The U.S. Embassy will be closed on January 20 for Martin Luther King, Jr. Day and January 24 – 27 "
        "for the Lunar New Year holiday.\n"
        "Home | News & Events | Ambassador Harris Discusses Alliance With Correspondents\n"
        "Ambassador Harris Discusses Alliance With Correspondents\n"
        "By U.S. Mission Korea | 16 January, 2020 | Topics: Ambassador, News, Press Releases\nShare\n"
        "U.S. Ambassador Harry B. Harris Jr. met with members of the Seoul Foreign Correspondents' Club on Thursday "
        "and described the alliance as \"stronger than ever.\"\n\n"
        '"Intelligence sharing among the United States, Japan, and Korea makes all three of us safer," Harris said.\n')
    assert article.title == "Ambassador Harris Discusses Alliance With Correspondents"
    assert article.paragraphs[0].startswith("U.S. Ambassador Harry B. Harris Jr. met")


def test_cna_s_source_line_with_its_editor_s_initials_and_its_related_heading_are_chrome():
    last = ("\u201cSeoul wants a face-saving way out, but Tokyo shows no sign of softening,\u201d said Yun Seo-hyun, a "
            "researcher at the Korea Security Forum. \u201cThe US is the only actor that could broker a compromise.\u201d")
    article = _cleaned(
        "Esper urges Seoul to keep pact\n15 Nov 2019 05:32PM\n" + LEAD + "\n" + last + "\nSource:\u00a0Agencies/kv\n"
        "Read more stories\nJapan says no change to stance on South Korea export controls as intel pact deadline nears\n"
        "North Korea says it will not give Trump another summit for free\nBookmark\nGet the CNA app\n"
        "Copyright\u00a9 Mediacorp 2019. Mediacorp Pte Ltd. All rights reserved.\n")
    assert article.paragraphs == (LEAD, last)


def test_a_numbered_list_of_dated_stories_over_the_headline_is_chrome():
    article = _cleaned(
        "The Korea Times\nHome > North Korea > Defense\nMost Read\n"
        "1. Hwang refuses to end hunger strike despite cold   Nov 21st, 2019\n"
        "2. Samsung heir's retrial hearing pushed back   Nov 21st, 2019\n"
        "3. BTS' 'Map of the Soul' tour adds Seoul dates   Nov 20th, 2019\n"
        "Seoul suspends GSOMIA termination hours before expiry\nPosted : 2019-11-22 18:41\nBy Lee Min-seo\n"
        "South Korea on Friday suspended its decision to end a military intelligence-sharing pact with Japan.\n")
    assert article.title == "Seoul suspends GSOMIA termination hours before expiry"
    assert article.paragraphs == (
        "South Korea on Friday suspended its decision to end a military intelligence-sharing pact with Japan.",)


def test_cnbc_s_credit_parted_by_bars_and_its_stock_and_video_boxes_are_chrome():
    first = ("Fast Retailing, the parent company of Uniqlo, said on Thursday that a consumer boycott in South Korea "
             "hit its sales there hard over the summer.")
    second = ('But the company said sales at Uniqlo\'s South Korean stores dropped "significantly" in July and August.')
    third = "South Korea's boycott has extended beyond clothing. Japanese beer imports have plunged."
    article = _cleaned(
        "Uniqlo owner says South Korea boycott dented sales\nPUBLISHED THU, OCT 10 2019 4:31 AM EDT\n"
        "A woman walks past a Uniqlo store in Seoul on July 17, 2019. Jung Yeon-je | AFP | Getty Images\n"
        f"{first}\n9983-JP\nFast Retailing Co Ltd\n{second}\nWATCH NOW\nVIDEO02:24\n"
        f"Why the Japan-South Korea trade dispute matters for investors\nSquawk Box Asia\n{third}\nLicensing & Reprints\n"
        "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News.\n")
    assert article.paragraphs == (first, second, third)


def test_an_agency_s_name_in_capitals_over_the_page_is_its_masthead():
    article = _cleaned("YONHAP NEWS AGENCY\nYonhap News Agency\nNational\nPolitics\n"
                       "S. Korea decides to terminate military info-sharing pact with Japan\nAll News 18:43 August 22, 2019\n"
                       + LEAD + "\n")
    assert article.title == "S. Korea decides to terminate military info-sharing pact with Japan"


@pytest.mark.parametrize("line", [
    # Buttons and links inside the story: a player's, a share bar's, an agency's link to another of its stories;
    # a file picture's caption.
    "Listen to Article (5 minutes)",
    "Send by e-mail",
    "Share All sharing options for: Why South Korea just ditched a key intelligence deal with Japan",
    "Also on rt.com Japan strikes South Korea off trade 'white list' as spat between US allies deepens",
    "South Korean protesters stage a rally against Japan near the Japanese Embassy in Seoul (File)",
    # A caption its credit in square brackets closes; a broadcaster's hand-over to a reporter looking back.
    "Kim You-geun, first deputy director of the National Security Office, announces the decision in Seoul on "
    "Thursday. [Yonhap]",
    "Workers remove Japanese beer from the shelves of a supermarket in Seoul on Monday. [Yonhap]",
    "Choi Min-jung looks back at the year.",
    "Here's Choi Min-jung with a look back at the year.",
    # An aggregator's label of its source's leaning.
    "Center",
    # A share button; a Korean site's links to the reporter's other pieces and to the list; a state agency's buttons;
    # a translating site's note on its engine.
    "Share by email",
    "Go to other articles of the reporter",
    "Go to list of articles",
    "<< Back    Printing",
    "Top    Print",
    "This page has been translated by Papago.",
    "Translated by Papago",
    # The Asahi's share bar; an agency's tagline and a paid service's pitch; a show and its hour; a paywall's offer
    # naming the site.
    "Share   Tweet   list   Print",
    "Connect with the definitive source for global and local news",
    "Jiji Press Ticker Service: Real-time news on Japan's economy, politics and markets. Contact us for a free trial.",
    "Arirang News at 9",
    "Subscribe for unlimited access to The Diplomat's articles.",
    # NBC's newsletter box.
    "Get the Morning Rundown",
    "Get a head start on the morning's top stories.",
    # A script's labels and hand-over; a source in small letters; a spinner's, an aggregator's and a reader's links to
    # the source; a reading's length; WAM's sign-off.
    "<Anchor>",
    "<Reporter>",
    "First, reporter Kim Ah-young reports.",
    "Next, correspondent Yoo Seong-ho in Tokyo reports.",
    "Here is reporter Kim Ah-young.",
    "Here's reporter Kim Ji-yeon.",
    "Correspondent Yoo Seong-ho reports from the Prime Minister's Office.",
    "Next, reporter Kim Ji-yeon has more.",
    "[Stand up]",
    "Reproduction in whole or part without written permission is strictly prohibited.",
    "Have The Japan Times delivered to your home. Subscribe to the print edition.",
    "Source: sbs",
    "Supply hyperlink",
    "Continue reading on the original site »",
    "Read the original at nytimes.com",
    "Outline is an independent reader. It is not affiliated with the publisher.",
    "5 minutes",
    "WAM/Esraa Ismail/Tariq alfaham",
    # A newsletter box's heading and pitch, a wire's page, tags, a share bar, a radio page's note, a live page's pin.
    "Get the Early Bird",
    "Get smarter, faster with the news CEOs, entrepreneurs and top political leaders read.",
    "Upgrade your inbox and get our Daily Dispatch and Editor's Picks.",
    "Keep up to date with the latest news from Switzerland and the world",
    "All news reports from Reuters",
    "Tagged: GSOMIA, Japan, Mark Esper, North Korea, South Korea, Taro Kono",
    "Share this story About sharing",
    "Audio will be available later today.",
    "Audio for this story from Morning Edition will be available at approximately 9 a.m. ET.",
    "Keep up to date with the latest news from Switzerland and the world.",
    "Tagged: GSOMIA",
    "PINNED",
    # An app's, a feed's and a site's pitches, a sign-up box, a like counter, a link to another story, a file.
    "Get the CNA app and stay updated with notifications for breaking news and our best stories.",
    "Personalise your news feed. Follow trending topics",
    "Get Latest World News along with Latest News and Top Headlines from India and around the world.",
    "Subscribe to CNBC PRO for exclusive insights and analysis, and live business day programming from around the "
    "world.",
    "Nikkei Asian Review, Asia's leading business publication, is yours for 3 months at just $9.",
    "Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post. We're here to listen.",
    "Sign Up!",
    "* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and "
    "privacy policy.",
    "(1) (0)",
    "See: Samsung and SK Hynix race to find alternatives to Japanese chemicals",
    "Back to Statements at Press Conference",
    "Attachment   20190828_press_release_KITA.hwp (48KB)",
    # Publishing platforms', aggregators' and journals' furniture.
    "Launched 2 years ago",
    "214 Followers",
    "Responses (2)",
    "What are your thoughts?",
    "Like Reply",
    "3 Reactions",
    "Read full story",
    "Comments · 14",
    "Bias Distribution\n46 Articles\nLeft 20%\nCenter 61%\nRight 19%",
    "Curated by asiadesk_j",
    "Show author details\nArticle contents\nSave PDF\nRights & Permissions [Opens in a new window]",
    "Cite as: Ahn Jae-hoon, \"Brinkmanship on a Ninety-Day Clock,\" The Asan Forum, December 20, 2019.",
    "DOI: https://doi.org/10.1017/S2044251320000181",
    "About the Author(s)",
    "Do you have a job opening that you would like to promote on SSRN?",
    # Links back to lists and sections; notes on comments; a platform's credit.
    "Back to Articles",
    "Back to Remarks by the Minister",
    "Back to World",
    "Dear readers, comments have been disabled on this article.",
    "Powered by Google Translate",
])
def test_chrome_inside_the_story_is_dropped(line):
    text = ("Japan restricts exports to South Korea\nJuly 1, 2019\n" + LEAD + "\n" + line
            + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_release_s_lead_with_the_issuer_s_address_opens_the_story_over_its_picture_links():
    lead = ("SEOUL, South Korea, July 25, 2019 /PRNewswire/ -- SK hynix Inc. (or 'the Company', www.skhynix.com) today "
            "announced financial results for its second quarter 2019 ended on June 30, 2019. The consolidated revenue "
            "was 6.45 trillion won.")
    article = _cleaned("SK hynix Announces 2Q19 Financial Results\nNews provided by\nSK hynix Inc.\n"
                       "Jul 25, 2019, 03:00 ET\nShare this article\n" + lead + "\n"
                       "Photo - https://photos.prnasia.com/prnh/20190725/2531846-1\nSK hynix Logo\n"
                       "The revenue decreased by 5% quarter-over-quarter as memory prices fell.\n")
    assert article.paragraphs == (lead, "The revenue decreased by 5% quarter-over-quarter as memory prices fell.")


@pytest.mark.parametrize("heading, note", [
    # An explainer's crosshead 'About ...' over what the thing is, not an issuer's note: the story goes on.
    ("About GSOMIA", "GSOMIA allows Seoul and Tokyo to share military secrets directly, chiefly on North Korea's "
                     "nuclear and missile programs."),
    ("About GSOMIA", "GSOMIA is a military pact signed in 2016 under which Seoul and Tokyo share intelligence on North "
                     "Korea's nuclear program."),
    ("About Moon Jae-in", "Moon Jae-in, a former human rights lawyer, came to office promising a peace initiative."),
    ("About Samsung", "Samsung, the world's largest memory chipmaker, said the company had enough stock."),
])
def test_an_about_crosshead_in_a_story_is_no_issuer_s_note(heading, note):
    last = 'The Pentagon said it was "disappointed" by the decision on Friday.'
    article = _cleaned("Seoul quits pact\nAugust 23, 2019\n" + LEAD + "\n" + heading + "\n" + note + "\n" + last + "\n")
    assert article.paragraphs[-1] == last


def test_a_byline_s_post_with_an_american_stamp_is_no_outlet():
    article = _cleaned("The Hill\nSeoul should keep GSOMIA\n"
                       "By Victor Cha, Global Opinions contributing columnist — 11/12/19 10:00 AM EST\n" + LEAD + "\n"
                       "The agreement remains in force until Nov. 22.\n")
    assert (article.byline, article.published, article.outlet) == ("Victor Cha", "2019-11-12", "The Hill")


def test_a_byline_in_capitals_with_its_post_and_an_american_stamp():
    article = _cleaned("The Hill\nJapan's trade measures are about security, not history\n"
                       "BY SHINSUKE J. SUGIYAMA, OPINION CONTRIBUTOR — 09/05/19 06:30 PM EDT\n" + LEAD + "\n"
                       "The agreement remains in force until Nov. 22.\n"
                       "Shinsuke J. Sugiyama is the ambassador of Japan to the United States.\n")
    assert (article.byline, article.published) == ("Shinsuke J. Sugiyama", "2019-09-05")
    assert article.paragraphs == (LEAD, "The agreement remains in force until Nov. 22.")


@pytest.mark.parametrize("last", [
    # A story's closing sentence on someone it did not name before, a post after the verb but not right after it.
    "Cheong Wa Dae is also weighing whether to replace Defense Minister Jeong Kyeong-doo.",
    "Lee Nak-yon is the prime minister, a post with little power under the constitution.",
    "Moon Jae-in is expected to name a new foreign minister later this year.",
    "Nam Gwan-pyo was named ambassador to Japan in April and has pressed Tokyo to resume the talks.",
    "Harry Harris is the U.S. ambassador to South Korea, a post he has held since July 2018.",
    "Cory Gardner is a U.S. senator who has pressed both sides to keep the pact alive, and he has promised hearings.",
])
def test_a_closing_sentence_on_someone_new_with_a_post_in_it_stays(last):
    middle = ("Tokyo protested.", "Washington urged both sides to talk.", "The pact expires on Saturday.")
    article = _cleaned("Seoul keeps pact\nNovember 22, 2019\n" + LEAD + "\n" + "\n".join(middle) + "\n" + last + "\n")
    assert article.paragraphs[-1] == last


def test_a_minister_s_portfolio_in_their_note_is_no_outlet():
    article = _cleaned("Keeping the line open\nDec 13, 2019\n" + LEAD + "\nThe agreement is alive today.\n"
                       "Kang Kyung-wha is the Minister of Foreign Affairs of the Republic of Korea.\n")
    assert (article.paragraphs, article.outlet) == ((LEAD, "The agreement is alive today."), None)


def test_an_envoy_s_note_on_themselves_closing_their_piece_is_dropped():
    article = _cleaned("The Mainichi\nPoint of View: After Chengdu, our two countries must finish the work\n"
                       "December 27, 2019 (Mainichi Japan)\n" + LEAD + "\nThe agreement is alive today.\n"
                       "Nam Gwan-pyo is the Ambassador of the Republic of Korea to Japan.\n")
    assert article.paragraphs == (LEAD, "The agreement is alive today.")


@pytest.mark.parametrize("page, outlet, dateline", [
    # Agencies' mastheads and datelines, a stop after the place; a radio's name in its own language; a paper's
    # masthead with its Sunday title.
    ("INTERFAX\nRussia & CIS | World | Business\n25 August 2019 15:06\nSouth Korea holds drills near disputed islets"
     "\nSEOUL. Aug 25 (Interfax) - South Korea on Sunday began a two-day military exercise.\nTokyo protested.\n",
     "Interfax", Dateline("SEOUL", "Interfax")),
    ("UKRINFORM\nUkrainian National News Agency\nWorld\nSouth Korea, Japan foreign ministers meet\n23.11.2019 12:14\n"
     "South Korean Foreign Minister Kang Kyung-wha met her Japanese counterpart on Saturday.\nThey talked.\n",
     "Ukrinform", None),
    ("Polskie Radio\nRadio Poland\nEnglish Section\nUS-South Korea troop cost talks collapse\n20.11.2019 10:30\n"
     "Talks between the US and South Korea on the cost of US troops broke down on Tuesday.\nSeoul was firm.\n",
     "Radio Poland", None),
    ("The Times & The Sunday Times\nLog in\nWorld | Asia\nSouth Korea stages war games around disputed islands\n"
     "Monday August 26 2019, 12:01am, The Times\nMarines land on the islands during yesterday's exercise\n"
     "SOUTH KOREAN NAVY/AFP/GETTY IMAGES\nSouth Korea launched two days of military exercises yesterday around a "
     "cluster of rocky islets claimed by Japan.\nTokyo protested within hours.\n", "The Times", None),
])
def test_outlets_of_agencies_and_papers_of_europe(page, outlet, dateline):
    article = _cleaned(page)
    assert (article.outlet, article.dateline) == (outlet, dateline)


@pytest.mark.parametrize("masthead", [
    "Kyodo News: Top Stories", "The Japan Times: Asia Pacific", "Yonhap News Agency: Headlines",
])
def test_an_outlet_s_name_and_its_page_s_list_over_the_headline_are_its_masthead(masthead):
    article = _cleaned(masthead + "\nJapan, S. Korea agree to hold talks on export controls\nTOKYO, Nov. 22 (Kyodo) -- "
                       "Japan and South Korea agreed Friday to resume talks on Tokyo's export controls.\n"
                       "The talks will be held at the director-general level.\n")
    assert article.title == "Japan, S. Korea agree to hold talks on export controls"
    assert article.dateline is not None and article.dateline.place == "TOKYO"


@pytest.mark.parametrize("wall", [
    # A consent wall over the page, its purposes and buttons.
    "We value your privacy\nWe and our partners store and/or access information on a device, such as cookies and "
    "process personal data, such as unique identifiers.\nYou may click to consent to our and our partners' processing "
    "as described above.\nAccept all\nReject all\nShow purposes\nStore and/or access information on a device\n"
    "Measure ad performance\nYour browser is out of date. Some features may not work properly.\n",
    # ... in two languages; a script's and an ad blocker's notices; a portal's.
    "Datenschutzeinstellungen / Privacy settings\nWir verwenden Cookies und \u00e4hnliche Technologien, um Ihnen die "
    "bestm\u00f6gliche Nutzung zu erm\u00f6glichen.\nAlle akzeptieren / Accept all\n"
    "Please enable JavaScript in your browser to view all content.\n",
    "It looks like you're using an ad blocker\nThe Independent relies on advertising to fund our journalism. To "
    "support our reporting, please whitelist us.\nI've disabled my ad blocker\nYour privacy choices\nManage preferences\n",
    "Yahoo is part of Verizon Media\nVerizon Media and our partners need your consent to access your device and use "
    "your data.\nSelect 'OK' to allow Verizon Media and our partners to use your data.\nOK\nManage options\n",
    "This site uses cookies. By continuing to browse, you accept the use of cookies to offer you content.\nI agree\n"
    "Set my choices\n",
    # ... in Spanish, on a wire's English edition.
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos "
    "que acepta su uso. Más información\nAceptar\n",
    "Questo sito utilizza cookie tecnici e di profilazione.\nAccetto\n",
])
def test_a_consent_wall_over_the_page_is_chrome(wall):
    article = _cleaned(wall + "Seoul keeps its pact with Tokyo\nSubscribers only\nBy Euronews with AP\n"
                       "Nov 26, 2019\n" + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == "Seoul keeps its pact with Tokyo"
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_an_embedded_post_and_a_poll_inside_the_story_are_chrome():
    after = "Seoul said on Thursday that it would not renew the pact."
    article = _cleaned(
        "Trump: 'We will see' on Seoul's pact decision\nAugust 23, 2019\n" + LEAD + "\n"
        "South Korea and I have reached an agreement to contribute more money. They have to get along with Japan too.\n"
        "\u2014 Donald J. Trump (@realDonaldTrump) August 9, 2019\n18.4K people are talking about this\n" + after + "\n"
        "POLL: Should the U.S. do more to mediate between Japan and South Korea?\nYes\nNo\nNot sure\n5,214 votes\n"
        "Analysts say the dispute is a gift to Pyongyang.\n")
    assert article.paragraphs == (LEAD, after, "Analysts say the dispute is a gift to Pyongyang.")


def test_a_caption_credited_with_no_full_stop_before_its_credit_is_chrome():
    article = _cleaned("Seoul keeps its pact with Tokyo\nNov 26, 2019\n" + LEAD + "\n"
                       "Moon Jae-in chairs an emergency cabinet meeting at the Blue House in Seoul Photograph: Yonhap/EPA\n"
                       "Seoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_company_and_its_partners_in_the_story_are_no_consent_wall():
    line = "Samsung and its partners need at least three months to qualify new hydrogen fluoride, the company said."
    article = _cleaned("Samsung seeks new suppliers\nNov 26, 2019\n" + LEAD + "\n" + line + "\n")
    assert article.paragraphs == (LEAD, line)


def test_a_podcast_s_episode_description_opens_the_body_over_its_transcript_s_turns():
    article = _cleaned(
        "Alliance Watch: A Handshake in Chengdu and a Pact on Life Support\nMegan Holcomb\nDecember 27, 2019\n\n"
        "Play Episode Pause Episode\n\nSubscribe: Apple Podcasts | Google Podcasts | Stitcher | RSS\n\n"
        "A month after Seoul pulled back from letting its intelligence-sharing pact with Tokyo expire, President "
        "Moon Jae-in and Prime Minister Shinzo Abe sat down together in Chengdu on Tuesday. Megan is joined by "
        "Hiroko Tanabe to talk about what the reprieve bought.\n\n"
        "Transcript excerpt (edited for length and clarity)\n\n"
        "HOLCOMB: Let's start in Chengdu. Forty-five minutes, no joint statement, smiles for the cameras.\n\n"
        "TANABE: By the standards of this year, yes. Neither man moved on substance.\n\n"
        "HOLCOMB: And GSOMIA?\n\n"
        "TANABE: Formally, the agreement is alive, but Seoul describes its termination notice as suspended.\n"
    )
    # A speaker's label opening several turns names no place the story is filed from.
    assert article.dateline is None
    assert article.paragraphs[0].startswith("A month after Seoul pulled back")
    assert "HOLCOMB: And GSOMIA?" in article.paragraphs


@pytest.mark.parametrize("page, title", [
    # A photo's caption under its copyright, over the date stamp.
    ("Asia & Pacific\nSeoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security\nAsia & Pacific\n"
     "Get short URL\n0 34\nSubscribe\n© REUTERS / Kim Hong-Ji\n"
     "South Korean protesters hold signs during an anti-Japan rally in Seoul\n22.08.2019 (updated 17:02 22.08.2019)\n\n",
     "Seoul Scraps Intel-Sharing Pact With Tokyo as Trade Row Spills Into Security"),
    # What publishes a newsletter, under its name.
    ("View this email in your browser\n\nThe Interpreter\nPublished daily by the Lowy Institute\n\n"
     "The week in review\nFriday 29 November 2019\n\n", "The week in review"),
    # A magazine's flytitle naming the countries, over the headline and its rubric.
    ("Skip to content\nThe Economist\nSubscribe\nLog in\nMenu\nWeekly edition\nLeaders\nJapan and South Korea\n"
     "Bad blood, bad policy\nThe quarrel between Asia’s two big democracies is a gift to their rivals\nLeaders\n"
     "Aug 29th 2019 edition\nAug 29th 2019\n\nShare\nGive\nSave\n\n", "Bad blood, bad policy"),
])
def test_a_caption_a_publisher_s_line_and_a_flytitle_over_the_headline_are_not_the_title(page, title):
    article = _cleaned(
        page + "MOSCOW (Sputnik) - South Korea will not extend its intelligence-sharing agreement with Japan, "
        "the presidential office in Seoul said on Thursday.\n\n"
        "Kim You-geun, first deputy director of the presidential National Security Office, told reporters that the "
        "decision was taken at a meeting of the standing committee.\n"
    )
    assert article.title == title


def test_names_among_the_page_s_topics_under_its_byline_are_no_writer():
    article = _cleaned(
        "Newsweek\nSubscribe\nU.S.\nWorld\nBusiness\n\nWorld\n\n"
        "Japan's Abe, South Korea's Moon Hold First Formal Talks in 15 Months, Agree Dialogue Is Key\n\n"
        "By AFP\nOn 12/24/19 at 8:15 AM EST\n\nShare\nWorld\nJapan\nSouth Korea\nShinzo Abe\nMoon Jae-in\n\n"
        "The leaders of Japan and South Korea held their first formal talks in 15 months on Tuesday, agreeing that "
        "dialogue was key to mending ties.\n\n"
        "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met for about 45 minutes in "
        "Chengdu.\n"
    )
    assert article.byline is None
    assert article.outlet == "AFP"


def test_a_staff_report_with_a_wire_s_copy_is_the_paper_s():
    article = clean(RawArticle(
        path="103_japantimes-cabinet-drops-skorea-white-list.txt", sha256="0", format="txt", encoding="utf-8",
        text="NATIONAL / POLITICS & DIPLOMACY\n\n"
        "Japan strikes South Korea off export ‘white list’ as Cabinet signs off on move\n\n"
        "STAFF REPORT, KYODO\n\nAUG 2, 2019\n\nARTICLE HISTORY\nPRINT\nSHARE\n\n"
        "The Cabinet on Friday approved removing South Korea from a list of countries that enjoy minimum trade "
        "restrictions, a move likely to further strain ties.\n\n"
        "The decision will take effect on Aug. 28, the trade ministry said.\n",
    ))
    assert article.outlet == "The Japan Times"
    assert article.byline is None


def test_a_wire_credited_with_its_city_on_a_partner_s_page_is_the_outlet():
    article = _cleaned(
        "Business Standard\nHome\nMarkets\n\nSouth Korea to scrap intelligence-sharing pact with Japan, deepening feud\n\n"
        "Topics\nSouth Korea | Japan | GSOMIA\n\nReuters  |  Seoul \nLast Updated at August 22, 2019 21:04 IST\n\n"
        "South Korea said on Thursday it would scrap an intelligence-sharing pact with Japan, a move that could "
        "increase tension in the region.\n\n"
        "Japan's decision to drop South Korea from its white list was the reason, Seoul said.\n"
    )
    assert article.outlet == "Reuters"


def test_an_on_screen_name_with_its_titles_on_one_line_over_a_quotation_is_its_speaker_s_cue():
    article = _cleaned(
        "Esper says only Pyongyang and Beijing gain if GSOMIA lapses\nReported by Lee Ji-won\n\n"
        "U.S. Defense Secretary Mark Esper met his South Korean counterpart in Seoul on Friday.\n\n"
        "At a joint press conference afterward, Esper made Washington's position plain.\n\n"
        "Mark Esper, U.S. Secretary of Defense\n"
        "\"The only ones who benefit from the expiration of GSOMIA are Pyongyang and Beijing.\"\n\n"
        "Jeong added that Seoul would keep working to settle the issue.\n\n"
        "Kim You-geun / 1st Deputy Director, National Security Office\n"
        "\"Our government has decided to suspend the effect of the Aug. 23 notice.\"\n"
    )
    assert "Mark Esper, U.S. Secretary of Defense" not in article.paragraphs
    assert "Kim You-geun / 1st Deputy Director, National Security Office" not in article.paragraphs
    quoted = next(i for i, p in enumerate(article.paragraphs) if p.startswith('"The only ones'))
    assert (quoted, "Mark Esper") in article.introduced
    assert (len(article.paragraphs) - 1, "Kim You-geun") in article.introduced


def test_a_headline_shaped_as_a_question_over_its_standfirst_a_caption_and_the_byline_opens_no_body():
    article = _cleaned(
        "Navigation menu\nNews\nMiddle East\nAfrica\n"
        "What is GSOMIA, the intelligence pact Japan and South Korea nearly lost?\n"
        "Seoul has fully restored a military intelligence-sharing pact it almost scrapped in 2019. Here is what you "
        "need to know.\n"
        "South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida shake hands after their news "
        "conference in Tokyo [File: Kiyoshi Ota/Pool via Reuters]\n"
        "By Kim Da-eun\nPublished On 22 Mar 2023\n\n" + _STORY)
    assert article.title == "What is GSOMIA, the intelligence pact Japan and South Korea nearly lost?"
    assert article.paragraphs[0].startswith("SEOUL, Nov. 26 (Yonhap)")


def test_a_terminal_s_paragraphs_opening_indented_are_joined_whatever_their_lines_open_with():
    article = _cleaned(
        "Japan Drops South Korea From Trade 'White List' as Feud Deepens\n2019-08-02 06:47:12.318 GMT\n\n"
        "By Isabel Reynolds and Jihye Lee\n"
        "     (Bloomberg) -- Japan's cabinet approved the removal of South\n"
        "Korea from a list of trusted trading partners, deepening a feud\n"
        "between the two U.S. allies that threatens to disrupt global\n"
        "supply chains for smartphones and memory chips.\n"
        "     The government will promulgate the revised rules on Aug. 7,\n"
        "Seko said.\n"
        "     South Korean President Moon Jae-in called the move \"reckless\"\n"
        "and said that Seoul would respond sternly.\n"
        "     Finance Minister Hong Nam-ki said South Korea would remove\n"
        "Japan from its own list of trusted trading partners.\n\n"
        "Bangkok Talks\n"
        "     The decision came even as Secretary of State Michael Pompeo\n"
        "sat down with Foreign Minister Taro Kono and his South Korean\n"
        "counterpart Kang Kyung-wha in Bangkok on Friday, where they were\n"
        "attending a meeting of the Association of Southeast Asian\n"
        "Nations. Kang and Kono had met a day earlier without making\n"
        "progress.\n")
    assert article.paragraphs == (
        "(Bloomberg) -- Japan's cabinet approved the removal of South Korea from a list of trusted trading partners, "
        "deepening a feud between the two U.S. allies that threatens to disrupt global supply chains for smartphones "
        "and memory chips.",
        "The government will promulgate the revised rules on Aug. 7, Seko said.",
        "South Korean President Moon Jae-in called the move \"reckless\" and said that Seoul would respond sternly.",
        "Finance Minister Hong Nam-ki said South Korea would remove Japan from its own list of trusted trading partners.",
        "Bangkok Talks",
        "The decision came even as Secretary of State Michael Pompeo sat down with Foreign Minister Taro Kono and his "
        "South Korean counterpart Kang Kyung-wha in Bangkok on Friday, where they were attending a meeting of the "
        "Association of Southeast Asian Nations. Kang and Kono had met a day earlier without making progress.",
    )


@pytest.mark.parametrize("text, first", [
    # A wire's note under a terminal's last paragraph is no more of it.
    ("     \"The escalation today is a clear sign that neither side is\nwilling to back down,\" said Park Chong-hoon, "
     "head of research\nat Standard Chartered Bank Korea in Seoul.\n--With assistance from Kanga Kong.\n",
     "\"The escalation today is a clear sign that neither side is willing to back down,\" said Park Chong-hoon, "
     "head of research at Standard Chartered Bank Korea in Seoul."),
    # A release's item with a hanging indent, and a text indented whole, are no terminal's copy.
    ("1. Minister Motegi held a meeting with Minister of Foreign Affairs of\n"
     "   the Republic of Korea Kang Kyung-wha on the margins of the meeting.\n",
     "1. Minister Motegi held a meeting with Minister of Foreign Affairs of the Republic of Korea Kang Kyung-wha on "
     "the margins of the meeting."),
    ("    SEOUL, Nov. 22 (Yonhap) -- South Korea decided Friday to suspend the\n"
     "    expiration of its military intelligence-sharing pact with Japan,\n"
     "    a senior official said, hours before the deal was set to expire.\n",
     "SEOUL, Nov. 22 (Yonhap) -- South Korea decided Friday to suspend the expiration of its military "
     "intelligence-sharing pact with Japan, a senior official said, hours before the deal was set to expire."),
])
def test_what_a_terminal_s_paragraph_is_not(text, first):
    opening = ("Seoul keeps the pact\nNovember 22, 2019\n\n"
               "     The decision on Friday means exporters will need to seek approval\n"
               "for each shipment to South Korea once the change takes effect.\n"
               "     Trade Minister Hiroshige Seko told reporters in Tokyo that\n"
               "the step was needed to properly run Japan's export controls.\n"
               "     Finance Minister Hong Nam-ki said South Korea would remove\n"
               "Japan from its own list of trusted trading partners.\n\n")
    assert first in _cleaned(opening + text).paragraphs


def test_points_a_line_each_are_no_wrapped_paragraph():
    # (each opens with a capital, none stops where a sentence goes on: three points, not one paragraph)
    article = _cleaned(
        "South Korea backs down on scrapping intelligence pact with Japan\nPosted Fri 22 Nov 2019 at 10:43pm\n"
        "Key points:\n\n"
        'South Korea says it will keep the GSOMIA intelligence pact with Japan "conditionally"\n'
        "Japan agrees to resume talks on the export controls that triggered the dispute\n"
        "The US, which had lobbied hard for the deal, welcomes the decision\n\n"
        "South Korea has reversed its decision to quit a military intelligence-sharing pact with Japan.\n"
    )
    assert article.paragraphs[:3] == (
        'South Korea says it will keep the GSOMIA intelligence pact with Japan "conditionally"',
        "Japan agrees to resume talks on the export controls that triggered the dispute",
        "The US, which had lobbied hard for the deal, welcomes the decision",
    )


def test_a_party_paper_s_line_under_its_name_names_no_outlet():
    article = _cleaned(
        "Organ of the Central Committee of the Workers' Party of Korea\nTuesday, August 27, Juche 108(2019)\n"
        "Abe Group's Reckless Moves Will Only Hasten Its Self-Destruction\n"
        "The Abe group of Japan has gone reckless in its moves against the Korean nation these days.\n"
        "It decided on Aug. 2 to strike south Korea off its list of trade partners.\n"
    )
    assert (article.title, article.outlet, article.published) == (
        "Abe Group's Reckless Moves Will Only Hasten Its Self-Destruction", None, "2019-08-27")


def test_a_headline_in_lenticular_brackets_is_the_headline_without_them():
    headline = "Statement by Foreign Minister Taro Kono on the Decision by the Government of the Republic of Korea"
    article = _cleaned(f"【{headline}】\nAugust 22, 2019\nThe decision by the Government of the Republic of Korea is "
                       "totally unacceptable.\nJapan strongly protests.\n")
    assert article.title == headline


@pytest.mark.parametrize("page, title", [
    # A label over the headline is no flash where no note under it says more is to follow.
    ("BREAKING NEWS\nSeoul scraps GSOMIA with Japan\nSeoul cites Tokyo's export curbs as grave change in security "
     "ties\nAug. 22, 2019\nSEOUL -- South Korea said on Thursday it would end the pact.\nTokyo protested.\n",
     "Seoul scraps GSOMIA with Japan"),
    # A short headline printed twice alike is the headline, not a logo's text.
    ("Seoul scraps GSOMIA\nSeoul scraps GSOMIA\nThe decision caps weeks of tension over trade and history\n"
     "Aug. 22, 2019\nSEOUL -- South Korea said on Thursday it would end the pact.\nTokyo protested.\n",
     "Seoul scraps GSOMIA"),
])
def test_a_headline_over_its_deck_is_the_title(page, title):
    assert _cleaned(page).title == title


def test_a_flash_under_a_wire_s_label_over_the_page_s_stamp_is_no_headline():
    article = _cleaned("URGENT\nS. Korea decides to terminate GSOMIA with Japan\nUPDATED 22 Aug 2019, 10:35 GMT\n"
                       "South Korea to scrap intelligence-sharing pact with Japan\n"
                       "SEOUL, Aug. 22 (Reuters) - South Korea said on Thursday it would scrap the pact.\n"
                       "Tokyo protested.\n")
    assert (article.title, article.outlet) == ("South Korea to scrap intelligence-sharing pact with Japan", "Reuters")


def test_a_story_s_slideshow_of_many_pictures_is_no_gallery():
    pictures = "".join(f"Photo {n} of 8\nProtesters hold candles in Seoul on Aug. {n + 10}, 2019. "
                       "(AP Photo/Ahn Young-joon)\n" for n in range(1, 9))
    article = _cleaned("Koreans rally against Abe\nAug. 20, 2019\n"
                       "SEOUL (AP) — Thousands of South Koreans rallied in Seoul on Saturday.\n"
                       "They denounced Japan's export curbs.\nSome called for a boycott.\n"
                       "Police said it was peaceful.\n" + pictures)
    assert "candles" not in " ".join(article.paragraphs) and "peaceful" in " ".join(article.paragraphs)


def test_a_paragraph_wrapped_where_a_name_breaks_is_one_paragraph():
    article = _cleaned(
        "Seoul ends pact\nAug. 22, 2019\n\n"
        "President Moon Jae-in presided over a meeting of the National Security\n"
        "Council on Thursday, where officials decided to end the pact, Cheong Wa Dae\n"
        "Spokeswoman Ko Min-jung said at a briefing later in the day in Seoul.\n\n"
        "Tokyo protested.\n"
    )
    assert article.paragraphs[0].startswith("President Moon") and article.paragraphs[0].endswith("in Seoul.")


def test_kcna_s_name_alone_over_the_headline_names_the_outlet():
    article = _cleaned("Korean Central News Agency\nJapan's Military Pact with South Korea Denounced\n"
                       "Pyongyang, November 24 (KCNA) -- The south Korean puppets signed the pact with Japan.\n"
                       "This is an unpardonable treachery.\n")
    assert (article.title, article.outlet) == ("Japan's Military Pact with South Korea Denounced", "KCNA")


def test_sidebar_highlights_are_no_key_points():
    article = _cleaned(
        "Seoul suspends GSOMIA termination\nNov. 22, 2019\nHighlights\n\n"
        "BTS to perform at Riyadh stadium in October\nSamsung unveils its new folding phone\n\n"
        "SEOUL, Nov. 22 (Yonhap) -- South Korea said Friday it will conditionally suspend the expiry of the pact.\n"
        "Japan welcomed it.\n"
    )
    assert article.outlet == "Yonhap" and "BTS" not in " ".join(article.paragraphs)


_FROM_SEOUL = ("North Korea fires 2 suspected ballistic missiles\nBy HYUNG-JIN KIM\nAssociated Press\n{stamp}\n"
               "SEOUL, South Korea (AP) — North Korea on Saturday fired two suspected short-range ballistic missiles "
               "into the sea off its east coast, South Korea's military said.\n"
               "South Korea on Thursday announced it would pull out of the 2016 pact with Japan.\n")


@pytest.mark.parametrize("stamp, published, local_day", [
    # An American site's evening stamp on a story from Seoul: the next morning there.
    ("Published: Aug. 24, 2019 at 6:12 PM CDT|Updated: Aug. 24, 2019 at 9:40 PM CDT", "2019-08-24", "2019-08-25"),
    ("August 23, 2019 9:40 PM ET", "2019-08-23", "2019-08-24"),
    ("Nov. 22, 2019 at 11:30 p.m. EST", "2019-11-22", "2019-11-23"),
    # (the same day there, or a stamp with no zone: none)
    ("Aug. 24, 2019 at 4:30 AM EDT", "2019-08-24", None),
    ("Updated 0514 GMT (1314 HKT) August 24, 2019", "2019-08-24", None),
    ("Posted : 2019-08-24 23:30", "2019-08-24", None),
    # (a zone's hours glued to the next word; the time it was updated; a zone read two ways)
    ("August 24, 2019 6:48 PM GMT+9Updated 3 hours ago", "2019-08-24", None),
    ("Updated Aug. 24, 2019 10:58 am ET", "2019-08-24", None),
    ("08/24/2019 10:15 PM CST", "2019-08-24", None),  # (China's or Taiwan's, or America's Central)
])
def test_the_day_at_the_dateline_s_place_when_a_stamp_is_of_another_zone(stamp, published, local_day):
    article = _cleaned(_FROM_SEOUL.format(stamp=stamp))
    assert (article.published, article.local_day) == (published, local_day)


def test_a_story_s_weekday_counts_from_the_day_at_its_dateline():
    article = _cleaned(_FROM_SEOUL.format(stamp="Published: Aug. 23, 2019 at 6:12 PM CDT"))
    assert article.published == "2019-08-23"
    assert [e.date for e in find_events(article)][:2] == ["2019-08-24", "2019-08-22"]


_VIDEO_PAGE = (
    "Skip navigation\nSearch\nSign in\n\n{title}\n\nArirang News\n1.31M subscribers\n\nSubscribe\n\n1.1K\n\nShare\n\n"
    "Save\n\n{views}\nSouth Korea has decided to scrap its military intelligence-sharing agreement with Japan.\n"
    "Oh Jung-hee reports.\n\nChapters\n0:00 Intro\n0:38 A history that won't go away\nView all\n"
    "Follow along using the transcript.\n\n[Music]\n\nSeoul will not extend its agreement with Tokyo, the presidential "
    "office said on Thursday. [Music]\n\n[Subscribe Arirang Official YouTube]\nAbout Channel:\n"
    "Connect with us on our social media handles:\nVisit our website: http://kbsworld.kbs.co.kr\n\n"
    "Up next\nAUTOPLAY\n9:48\n[Arirang Special] GSOMIA countdown: what happens on November 23?\nArirang News\n"
    "14K views\n1 week ago\n\n4,912 Comments\nSort by\nAdd a comment...\n@hiroshi.k\n4 years ago\n"
    "Abe started this.\n302\nReply\n"
)


@pytest.mark.parametrize("title, views, published", [
    ('S. Korea to end GSOMIA intel-sharing pact with Japan, citing "grave change"', "56,412 views  Aug 22, 2019  "
     "#GSOMIA #KoreaJapan #ArirangNews", "2019-08-22"),
    ("S. Korea to end GSOMIA intel-sharing pact with Japan", "38K views  4 years ago", None),
])
def test_a_video_page_s_counts_chapters_cues_and_list_are_chrome(title, views, published):
    article = _cleaned(_VIDEO_PAGE.format(title=title, views=views))
    assert (article.title, article.published) == (title, published)
    assert article.paragraphs == (
        "South Korea has decided to scrap its military intelligence-sharing agreement with Japan.",
        "Seoul will not extend its agreement with Tokyo, the presidential office said on Thursday.",
    )


@pytest.mark.parametrize("title, stripped", [
    ("[KBS WORLD] News Today | Seoul conditionally suspends GSOMIA termination (2019.11.22)",
     "Seoul conditionally suspends GSOMIA termination"),
    # (not a label of its own in brackets, nor a headline before the site's name or a show's)
    ("[TOP STORY] Seoul suspends GSOMIA termination", "[TOP STORY] Seoul suspends GSOMIA termination"),
    ("[Arirang News] Moon, Abe hold first summit in 15 months | Arirang News", "Moon, Abe hold first summit in 15 months"),
    ("[Kyodo] Abe, Moon meet in Chengdu | Nippon.com", "[Kyodo] Abe, Moon meet in Chengdu"),
    ("[KBS WORLD] Seoul suspends GSOMIA termination | News Today", "[KBS WORLD] Seoul suspends GSOMIA termination"),
])
def test_a_video_s_title_loses_its_channel_its_show_and_its_day(title, stripped):
    assert metadata.strip_title_chrome(title) == stripped


@pytest.mark.parametrize("lines", [
    # A day's timeline, hour by hour; a count that opens a sentence; a video box inside the story.
    "6:00 Seoul suspends termination of GSOMIA\n8:30 Washington welcomes the decision\n9:30 Seko briefs reporters\n"
    "The pact survived the night.",
    "1,200 subscribers of the petition demanded a boycott within hours.",
    "0:00 The pact enters its final day\n6:00 Seoul suspends termination of GSOMIA\nThe pact survived the night.",
    "Kim Jong-un looks back on the year in a rare speech.",
    "Seoul said on Friday it would keep the pact, the presidential office said. [Yonhap]\nThe pact survived the night.",
    "The white paper is published every year and has laid claim to the islets since 2005.",
    "UP NEXT\nThe pact lets the two U.S. allies share secrets about North Korea's missiles.\nKim You-geun told "
    "reporters that Japan had expressed its understanding.",
])
def test_timelines_counts_and_paragraphs_after_a_video_box_stay(lines):
    text = ("Japan restricts exports to South Korea\nJuly 1, 2019\n" + LEAD + "\n" + lines + "\n")
    kept = [line for line in lines.split("\n") if line != "UP NEXT"]
    assert _cleaned(text).paragraphs[1:] == tuple(kept)


@pytest.mark.parametrize("page, lead", [
    # A wire's headline printed again with its version's label over the lead.
    ("S. Korea to resume WTO complaint procedure against Japan's export curbs\nJune 2, 2020\n"
     "(LEAD) S. Korea to resume WTO complaint procedure against Japan's export curbs\n"
     "SEOUL, June 2 (Yonhap) -- South Korea said Tuesday it will resume its dispute settlement procedure at the World "
     "Trade Organization.\nJapan did not respond.\n", "SEOUL, June 2 (Yonhap)"),
    # The title of a video to play next over the story.
    ("South Korea suspends GSOMIA termination\nPosted: Nov 22, 2019 / 06:48 AM CST\nUp Next\n"
     "Freeze warning tonight: how to protect your pipes\nSEOUL (Reuters) - South Korea said on Friday it would "
     "conditionally suspend the termination of an intelligence-sharing pact with Japan.\n"
     "The pact had been set to expire at midnight on Friday.\n", "SEOUL (Reuters)"),
])
def test_a_line_over_the_lead_that_is_no_part_of_the_story(page, lead):
    assert _cleaned(page).paragraphs[0].startswith(lead)


def test_a_site_s_dated_headlines_after_the_story_are_no_chronology():
    article = _cleaned("Seoul keeps the pact\nNov. 25, 2019\n" + LEAD + "\nThe pact was saved on Friday.\n"
                       "Nov. 21, 2019 | Abe says the ball is in Seoul's court\nNov. 20, 2019 | Esper presses Seoul\n"
                       "Nov. 19, 2019 | Moon holds town hall\n")
    assert not any("Esper presses" in p or "town hall" in p for p in article.paragraphs)


def test_the_writers_names_under_readers_letters_are_chrome():
    article = _cleaned(
        "Letters to the Editor: Washington shouldn't have to rescue this pact\nNov. 25, 2019\n"
        "To the editor: South Korea's decision on Friday to keep its military intelligence-sharing agreement with "
        "Japan alive was welcome.\nWashington's job now is to see that the trade fight is settled.\n"
        "Robert K. Lindqvist, Long Beach\n"
        "To the editor: As a Korean American, I wish the American coverage were fairer.\n"
        "Seoul has now given ground.\nTADASHI OGAWA\nKasuga, Fukuoka Pref.\n"
        "To the editor: My family has run a plant nursery in Gardena since 1952.\nBoth leaders play to voters.\n"
        "Min-jung Lee\nFort Lee, N.J.\n"
        "To the editor: The pact matters.\nIt should stay.\nMichiko Hirano, 66, shop owner (Fukuoka)\n")
    assert not any(name in paragraph for paragraph in article.paragraphs for name in (
        "Lindqvist", "OGAWA", "Kasuga", "Min-jung Lee", "Fort Lee", "Hirano"))
    assert "Seoul has now given ground." in article.paragraphs


@pytest.mark.parametrize("footer", ["", "Letters to the Editor\n", "World | Politics | Opinion | Editorials | Letters\n"])
def test_a_name_alone_under_a_paragraph_is_no_signature_off_a_letters_page(footer):
    article = _cleaned("Seoul keeps the pact\nNov. 25, 2019\n" + LEAD + "\nThe pact was saved on Friday.\n"
                       "Park Young-soo, 71, retired engineer\nSeoul has now given ground on the pact.\n" + footer)
    assert "Park Young-soo, 71, retired engineer" in article.paragraphs


def test_the_writers_names_under_letters_greeting_the_editor_as_sir_are_chrome():
    article = _cleaned("Seoul blinked\nNov. 25, 2019\nSir,\nThe pact was saved on Friday.\nJohn Carter, London SW1\n"
                       "Sir,\nJapan started this.\nWill Harrison, Torrance\nSir,\nIt matters.\n— Kim Soo-jin, Seoul\n"
                       "Sir,\nIt should stay.\nDr. Lee Sung-yoon, Medford, Mass.\nSir,\nTalk more.\nYuki Tanaka (Tokyo)\n"
                       "Sir,\nThe end.\n")
    assert not any(name in p for p in article.paragraphs for name in (
        "Carter", "Harrison", "Kim Soo-jin", "Lee Sung-yoon", "Yuki Tanaka"))


def test_a_letter_s_heading_and_a_slogan_are_no_signatures():
    article = _cleaned("Letters to the Editor: Seoul blinked\nNov. 25, 2019\nTo the editor: The pact was saved.\n"
                       "It should stay.\nTokyo Must Respond, Too\nTo the editor: Japan started this.\n"
                       "No Abe, No Japan\nThe signs said so.\n")
    assert "Tokyo Must Respond, Too" in article.paragraphs and "No Abe, No Japan" in article.paragraphs


def test_nbc_s_video_box_and_bloomberg_s_stock_box_are_chrome():
    second = "Seoul announced on Thursday it would not renew the pact."
    article = _cleaned(
        "Seoul ends pact\nAugust 22, 2019\nIn this article\n005930\nSAMSUNG ELECTRONICS\n000660\nSK HYNIX INC\n"
        + LEAD + "\nWATCH\nWhy a spat between Japan and South Korea worries the U.S.\n02:13\n" + second + "\n")
    assert article.paragraphs == (LEAD, second)
    assert article.dateline is None


def test_the_new_york_times_caption_between_its_image_label_and_credit_is_chrome():
    article = _cleaned(
        "South Korea Backs Off Plan to Quit Intelligence Pact With Japan\nSeoul’s last-minute reversal came after "
        "intense pressure from Washington, which sees the pact as vital.\nImage\n"
        "Protesters in Seoul on Friday demanding that the government scrap the intelligence-sharing pact with Japan.\n"
        "Credit...Ahn Young-joon/Associated Press\nBy Choe Sang-Hun\nNov. 22, 2019\n" + LEAD
        + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs[0] == LEAD


def test_a_caption_naming_whom_the_lead_under_it_opens_with_is_chrome():
    lead = ("Liberty Korea Party leader Hwang Kyo-ahn launched an open-ended hunger strike on Wednesday, demanding "
            "that the government withdraw its decision to end GSOMIA.")
    article = _cleaned(
        "LKP Leader Begins Hunger Strike\nNovember 21, 2019 08:47\nLiberty Korea Party leader Hwang Kyo-ahn sits on a "
        "mat in front of Cheong Wa Dae on Wednesday on the first day of his hunger strike.\n" + lead
        + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs[0] == lead


def test_a_present_tense_lead_over_a_paragraph_opening_otherwise_stays():
    lead = "President Moon Jae-in visits Bangkok this week for a regional summit with Southeast Asian leaders."
    article = _cleaned("Moon to visit Bangkok\nNovember 2, 2019 08:47\n" + lead
                       + "\nThe president will meet leaders of ten nations.\nSeoul said so on Thursday.\n")
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize("page", [
    # A lead told in the present (a script's, a preview's) or a chronology's entries over paragraphs opening alike are
    # no captions.
    "Kang, Kono to meet in Bangkok\nAugust 1, 2019\nForeign Minister Kang Kyung-wha meets her Japanese counterpart "
    "Taro Kono in Bangkok on Thursday as a row over export controls deepens.\nForeign Minister Kang Kyung-wha is "
    "expected to urge Tokyo to withdraw its plan.\nJapan's Cabinet is set to approve the removal as early as Friday.\n",
    "Timeline: How the GSOMIA row unfolded\nNovember 22, 2019\nHere is how the dispute developed.\nThe South Korean "
    "government announces on Aug. 22 that it will not renew GSOMIA.\nThe South Korean government suspends the notice "
    "on Nov. 22.\n",
])
def test_a_present_tense_line_over_one_opening_alike_is_no_caption(page):
    article = _cleaned(page)
    assert page.split("\n")[2] in article.paragraphs or page.split("\n")[3] in article.paragraphs
    assert not any(line in " ".join(article.removed) for line in page.split("\n")[2:5] if "GSOMIA" in line
                   or "Kono in Bangkok" in line)


def test_a_firm_s_name_in_capitals_is_dropped_only_under_its_stock_code():
    page = ("Forced labor plaintiffs move to seize Japanese assets\nJanuary 2, 2019\n" + LEAD + "\n"
            "NIPPON STEEL & SUMITOMO METAL CORP\nThe company has refused to pay.\n")
    assert "NIPPON STEEL & SUMITOMO METAL CORP" in _cleaned(page).paragraphs


def test_nbc_s_watch_label_over_a_video_title_with_no_length_under_it():
    second = "Seoul announced on Thursday it would not renew the pact."
    article = _cleaned("Seoul ends pact\nAugust 22, 2019\n" + LEAD + "\nWATCH\n"
                       "Why a spat between Japan and South Korea worries the U.S.\n" + second + "\n")
    assert article.paragraphs == (LEAD, second)


def test_a_link_glued_after_the_lead_and_pti_s_desk_code_are_cut():
    article = _cleaned("Seoul ends pact\nAugust 22, 2019\n" + LEAD + " READ ALSO: Samsung shares slip as Japan curbs "
                       "bite\nThe pact was signed in 2016, the same day. PTI AMS AMS\n")
    assert article.paragraphs == (LEAD, "The pact was signed in 2016, the same day.")


@pytest.mark.parametrize("tagline", ["Latest world news, every hour", "Breaking Korea news 24/7"])
def test_a_site_s_tagline_is_no_title(tagline):
    headline = "Esper says only N. Korea, China benefit from Seoul-Tokyo friction over GSOMIA"
    article = _cleaned(f"K-News Hub 24\n{tagline}\nFriday, November 15, 2019\n{headline}\n" + LEAD + "\n"
                       "Seoul announced on Thursday it would not renew the pact.\n")
    assert article.title == headline


def test_a_reader_app_s_header_gives_the_title_the_writers_and_the_outlet():
    pocket = _cleaned("Pocket\nMy List\nSouth Korea to scrap intelligence-sharing pact with Japan as feud deepens\n"
                      "reuters.com\nHyonhee Shin, Joyce Lee\nView Original\n5 min read\n" + LEAD + "\n"
                      "Seoul announced on Thursday it would not renew the pact.\n")
    assert pocket.title == "South Korea to scrap intelligence-sharing pact with Japan as feud deepens"
    assert pocket.byline == "Hyonhee Shin and Joyce Lee"
    instapaper = _cleaned("Instapaper\n\nHome\n\nU.S. rebukes South Korea as Seoul formally ends intelligence pact\n\n"
                          "washingtonpost.com · by Simon Denyer and Min Joo Kim · 6 min\n\nView original\n\n"
                          "August 23, 2019\n\n" + LEAD + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (instapaper.byline, instapaper.outlet) == ("Simon Denyer and Min Joo Kim", "The Washington Post")
    tefter = _cleaned("Tefter\nBookmarks\nBookmarked on Sep 2, 2019 · japantimes.co.jp · 4 min read\nOpen original\n"
                      "Japan's removal of South Korea from white list takes effect\nAugust 28, 2019\n" + LEAD + "\n"
                      "Seoul announced on Thursday it would not renew the pact.\n")
    assert tefter.outlet == "The Japan Times"


def test_a_portal_s_stamp_names_the_agency_it_carries():
    article = _cleaned("Sina English\nSouth Korea and US hold security meeting\n"
                       "2019-11-15 21:36:52    Source: Xinhuanet    Editor in charge: Liu Yang\n" + LEAD + "\n"
                       "Seoul announced on Thursday it would not renew the pact.\n")
    assert (article.published, article.outlet) == ("2019-11-15", "Xinhua")



def test_an_on_screen_name_under_a_sound_bite_gives_it_its_speaker():
    quote = '"We have improved our export control system in every area Japan took issue with."'
    named = "Lee Ho-hyun, the ministry's director-general for trade policy, said Japan had no reason to wait."
    article = _cleaned("Seoul presses Tokyo\nUpdated: 2020-05-12 19:02:11 KST\n\n" + LEAD + "\n\n" + quote + "\n\n"
                       "Lee Ho-hyun / Director-General for Trade Policy, MOTIE\n\n[Standup]\n\n" + named + "\n")
    assert article.paragraphs == (LEAD, quote, named)
    assert article.introduced == ((1, "Lee Ho-hyun"),)


def test_an_on_screen_name_the_story_gives_nowhere_else_stays():
    quote = '"If Japan restores its export measures, we will reconsider the GSOMIA decision."'
    tag = "Kim Hyun-chong / Deputy Director, National Security Office"
    article = _cleaned("Seoul weighs options\nUpdated: 2019-08-23 19:02:11 KST\n\n" + LEAD + "\n\n" + quote + "\n\n"
                       + tag + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert tag in article.paragraphs


@pytest.mark.parametrize("line", [
    "Get the Japan Times delivered to your home. Subscribe now.",
    "Reproduction in whole or in part without permission is prohibited.",
])
def test_a_paper_s_offer_and_a_reproduction_notice_at_the_foot_are_chrome(line):
    text = "Japan restricts exports to South Korea\nJuly 1, 2019\n" + LEAD + "\nThe row deepened.\n" + line + "\n"
    assert _cleaned(text).paragraphs == (LEAD, "The row deepened.")


def test_a_site_s_menu_of_sections_is_no_title():
    headline = "S. Korea to scrap military intel-sharing pact with Japan amid row"
    article = _cleaned("KYODO NEWS\nTop Latest Japan Asia World Business Sports Search\n"
                       f"Aug 22, 2019 - 20:14 | World, All\n{headline}\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == headline



def test_a_listed_story_s_fields_name_no_outlet():
    article = _cleaned("Seoul ends pact\nAugust 22, 2019\n" + LEAD + "\nThe row deepened.\nMore stories\n"
                       "North Korea fires two projectiles · koreatimes.co.kr · 2h\n")
    assert article.outlet is None


def test_a_firm_s_name_under_a_tokyo_stock_code_is_chrome():
    article = _cleaned("Japan curbs exports\nJuly 1, 2019\nIn this article\n4063\nSHIN-ETSU CHEMICAL CO LTD\n4185\n"
                       "JSR CORP\n" + LEAD + "\nThe row deepened.\n")
    assert article.paragraphs == (LEAD, "The row deepened.")



@pytest.mark.parametrize("page, kept", [
    # A lead arriving, over a paragraph in the perfect; a headline in capitals under a count; an offer of no paper.
    ("Esper in Seoul\nNovember 14, 2019\nU.S. Defense Secretary Mark Esper arrives in Seoul on Thursday for annual "
     "security talks, with the pact high on the agenda.\nU.S. Defense Secretary Mark Esper has been pressing Seoul to "
     "keep the pact.\nThe talks open on Friday.\n",
     "U.S. Defense Secretary Mark Esper arrives in Seoul on Thursday for annual security talks, with the pact high on "
     "the agenda."),
    ("Uniqlo sales slump\nAugust 2, 2019\n" + LEAD + "\nGet Uniqlo delivered to your door? Not this summer, said "
     "shoppers in Seoul.\nThe row deepened.\n",
     "Get Uniqlo delivered to your door? Not this summer, said shoppers in Seoul."),
])
def test_an_arriving_lead_and_an_offer_of_no_paper_stay(page, kept):
    assert kept in _cleaned(page).paragraphs


def test_a_headline_in_capitals_under_a_count_is_no_stock_s_name():
    article = _cleaned("Views\n1523\nSEOUL SUSPENDS GSOMIA TERMINATION HOURS BEFORE EXPIRY\nNovember 22, 2019\n"
                       + LEAD + "\nThe row deepened.\n")
    assert article.title == "SEOUL SUSPENDS GSOMIA TERMINATION HOURS BEFORE EXPIRY"


@pytest.mark.parametrize("stamp", [
    "2019-11-22 21:36:52 Source: Xinhua Web Editor: Liu Yang",
    "2019-11-22 21:36:52 Source: Xinhua Views: 1523",
])
def test_a_stamp_s_source_field_before_other_fields(stamp):
    article = _cleaned("Seoul keeps pact\n" + stamp + "\n" + LEAD + "\nThe row deepened.\n")
    assert article.outlet == "Xinhua"


@pytest.mark.parametrize("headline", [
    # Two sentences, not both told in the past, with or without the last full stop.
    "South Korea just ditched a military intelligence deal with Japan. Here's why that's a big deal.",
    "Japan and South Korea's feud is rooted in history. Now it is hurting their security",
    "Seoul just saved its intelligence pact with Japan. The hard part starts now for Moon.",
    "South Korea will let its intelligence pact with Japan lapse on Saturday. Here's why it matters.",
    "Trump pressed South Korea to keep its military intelligence pact with Japan. It worked, for now.",
    "Japan's export curbs were supposed to bring Seoul to heel over forced labor. They backfired.",
    # ... or shaped like chrome.
    "Back to Square One for Japan and South Korea",
    "Powered by Nationalism, Seoul Digs In",
])
def test_a_headline_of_two_sentences_or_shaped_like_chrome_is_the_title(headline):
    article = _cleaned(f"Vox\nWorld\n{headline}\nAug 23, 2019, 11:40am EDT\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.title, article.paragraphs[0]) == (headline, LEAD)


def test_a_headline_over_the_credit_of_a_photo_with_no_caption_is_the_title():
    headline = "The Seoul-Tokyo Intelligence Pact Survives by Default. That Isn't Good Enough."
    article = _cleaned(f"RAND\nResearch\n{headline}\nPhoto by Kim Hong-Ji/Reuters\nAugust 31, 2020\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.title, article.paragraphs[0]) == (headline, LEAD)


def test_a_press_conference_s_headline_over_its_numbered_topics_is_the_title():
    article = _cleaned(
        "Ministry of Foreign Affairs of Japan\nPress Conference by Foreign Minister Taro Kono\n"
        "Friday, August 23, 2019, 10:02 a.m. Press Conference Room, Ministry of Foreign Affairs\nMain topics\n"
        "1. Opening remarks\n(1) The Seventh Tokyo International Conference on African Development (TICAD7)\n"
        "2. Questions concerning Japan-Republic of Korea relations\n1. Opening remarks\n"
        "(1) The Seventh Tokyo International Conference on African Development (TICAD7)\n"
        "Minister Kono: Good morning. I have one announcement. TICAD7 will be held in Yokohama next week.\n"
        "Reporter: What is your reaction to the decision of the Government of the Republic of Korea?\n")
    assert article.title == "Press Conference by Foreign Minister Taro Kono"


def test_a_kind_of_piece_before_a_bar_over_the_headline_is_no_part_of_the_title():
    article = _cleaned("Explained | Why the Japan-South Korea intelligence pact slipped past another deadline\n"
                       "August 25, 2020\n" + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == "Why the Japan-South Korea intelligence pact slipped past another deadline"


def test_a_comments_button_under_the_headline_over_the_story_does_not_end_it():
    text = ("Opinion | The Feud Between Japan and South Korea Is a Gift to Kim Jong-un\nOpinion\n"
            "The Feud Between Japan and South Korea Is a Gift to Kim Jong-un\n"
            "Two American allies are letting grievances over history and trade wreck their security ties.\n"
            "By Nathan Caulfield\nAug. 28, 2019\nRead 214 Comments\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n"
            "The agreement, known by its unlovely acronym, GSOMIA, was never popular in South Korea.\n")
    article = _cleaned(text)
    assert article.paragraphs[-3:] == (
        LEAD, "Seoul announced on Thursday it would not renew the pact.",
        "The agreement, known by its unlovely acronym, GSOMIA, was never popular in South Korea.")
    assert "Read 214 Comments" in article.removed


def test_a_box_of_one_dated_headline_inside_the_story_does_not_end_it():
    text = ("South Korea's Moon says Japan must act first to save military pact\nNovember 19, 2019 09:22 AM\n"
            "SEOUL, South Korea (AP) —\n" + LEAD + "\n"
            "Read Next\nWorld\nHong Kong police lay siege to campus as protesters try to flee\n"
            "November 19, 2019 06:31 AM\n"
            + "\n".join(_GOES_ON) + "\n")
    article = _cleaned(text)
    assert article.dateline == Dateline(place="SEOUL, South Korea", agency="Associated Press")
    assert article.paragraphs[1:] == _GOES_ON


_GOES_ON = (
    "Last week, U.S. Defense Secretary Mark Esper urged South Korea to keep the military pact with Japan.",
    "Japan says the export controls were based on security concerns and are not retaliation for the rulings.",
    "Moon said South Korea would seek a reasonable agreement with Japan on the pact.",
    "South Korean officials said Seoul could reconsider the pact if Japan withdrew its export curbs.",
    "The pact, signed in 2016, lets South Korea and Japan share military secrets about North Korea.",
)


def test_the_next_story_s_teaser_after_a_box_of_one_dated_headline_at_the_page_s_end_is_chrome():
    text = ("South Korea's Moon says Japan must act first to save military pact\nNovember 19, 2019 09:22 AM\n"
            + LEAD + "\nRead Next\nWorld\nJapan, South Korea to hold first export control talks in three years\n"
            "November 22, 2019 11:40 AM\n" + _GOES_ON[0] + "\n")
    assert _cleaned(text).paragraphs == (LEAD,)


@pytest.mark.parametrize("header, headline", [
    # Two sentences of a lead's shape (a day named, or a second sentence as long as a lead's) under the headline.
    ("Japan Drops South Korea From Its Export White List\nPhoto by Jung Yeon-je/AFP\n"
     "Tokyo's cabinet approved the change on Friday. Seoul vowed to respond in kind within days.",
     "Japan Drops South Korea From Its Export White List"),
    ("Japan lodges protest over Dokdo drills\n"
     "South Korea began a two-day military drill around Dokdo on Sunday. Japan immediately lodged a protest.",
     "Japan lodges protest over Dokdo drills"),
    # A photo's caption over its credit under a short headline; a headline opening with 'Get the'.
    ("Pact saved\nKang Kyung-wha and Toshimitsu Motegi shake hands before their talks in Nagoya\n"
     "Photo by Kim Hong-Ji/Reuters", "Pact saved"),
    ("Opinion\nGet the GSOMIA Deal Done\nBy Kim Ji-hoon", "Get the GSOMIA Deal Done"),
])
def test_a_lead_s_sentences_or_a_caption_under_the_headline_are_no_title(header, headline):
    article = _cleaned(f"{header}\nNovember 23, 2019\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == headline


def test_the_day_a_piece_ran_first_in_print_is_the_day_its_words_count_from():
    article = _cleaned("The Japan News\nSeoul must follow GSOMIA reversal with steps to repair trust\n"
                       "16:31 JST, November 24, 2019\n"
                       "Foreign Minister Toshimitsu Motegi is scheduled to meet South Korean Foreign Minister Kang "
                       "Kyung-wha in Nagoya on Saturday.\nSeoul suspended its notice to end the pact on Friday.\n"
                       "(From The Yomiuri Shimbun, Nov. 23, 2019)\n")
    assert (article.published, article.local_day) == ("2019-11-24", "2019-11-23")


@pytest.mark.parametrize("section", ["English News", "Ranking Member's Press"])
def test_a_section_s_name_over_the_headline_names_no_outlet(section):
    article = _cleaned(f"Home | Party | News | Spokesperson | English\n{section}\n"
                       "[Statement] Spokesperson Jun Hee-kyung on the conditional suspension of the GSOMIA "
                       "termination\nPosted 2019.11.22 22:41  |  Spokesperson's Office  |  Hits 1,407\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.outlet != section


def test_a_digest_s_next_item_after_an_ad_s_offer_is_kept():
    text = ("Asia Daily Briefing\nMonday, November 25, 2019\nTOP STORY\n"
            "Reprieve for intelligence pact sours within 48 hours\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\nRead more ›\nSponsored content\n"
            "Discover how Asia's family businesses are planning for the next generation. Presented by UBS.\n"
            "DIPLOMACY\nMoon hosts ASEAN leaders in Busan\n"
            "Moon opens a two-day summit with Southeast Asian leaders in Busan as South Korea's row with Japan over "
            "the military pact simmers.\nSeoul had hoped Kim Jong Un would attend, but North Korea said the leader "
            "would not come to South Korea.\nRead more ›\n")
    article = _cleaned(text)
    assert article.paragraphs[-2:] == (
        "Moon opens a two-day summit with Southeast Asian leaders in Busan as South Korea's row with Japan over the "
        "military pact simmers.",
        "Seoul had hoped Kim Jong Un would attend, but North Korea said the leader would not come to South Korea.")
    assert "Discover how Asia's family businesses are planning for the next generation. Presented by UBS." in (
        article.removed)


def test_a_comment_section_after_the_story_is_chrome():
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + _GOES_ON[0] + "\nComments (3)\n"
            "Japan started this fight with its export curbs. Seoul was right to push back, and Washington should say "
            "so.\nThe pact matters more to the United States than to either of them, and everyone knows it.\n")
    assert _cleaned(text).paragraphs == (LEAD, _GOES_ON[0])


@pytest.mark.parametrize("line", [
    "Dear readers, a correction: an earlier version of this story misstated the comments made by Kim You-geun on "
    "Friday.",
    "Back to Washington",
    "Read more than the headlines, he told the students.",
    "Kim covers the cost of the talks for the ministry, officials said on Tuesday.",
])
def test_story_lines_opening_like_chrome_are_kept(line):
    assert _cleaned("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + line + "\n"
                    "Seoul announced on Thursday it would not renew the pact.\n").paragraphs[1] == line


def test_a_writer_s_note_with_an_abbreviation_opening_the_story_is_chrome():
    article = _cleaned("Opinions\nThe alliance crisis Washington didn't see coming\nBy Daniel Whitcomb\n"
                       "Nov. 21, 2019 at 6:00 a.m. EST\n\n"
                       "Daniel Whitcomb, a retired U.S. Foreign Service officer, served at the embassies in Seoul and "
                       "Tokyo.\n\n" + LEAD + "\n\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("paragraph", [
    "The agreement is due to expire at midnight this week. Tokyo says it still hopes Seoul will reconsider.",
    "Seoul formally notified Tokyo of its decision on Friday morning. The agreement will expire on November 23rd.",
    "South Korea began a two-day military drill around Dokdo on Sunday. Japan immediately lodged a protest.",
])
def test_a_paragraph_of_two_sentences_is_not_shaped_like_a_headline(paragraph):
    assert not clean_module._headline_like(paragraph)


def test_the_next_story_after_an_ad_s_offer_on_a_page_of_one_story_is_chrome():
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + _GOES_ON[0] + "\nSponsored content\n"
            "Discover how Asia's family businesses are planning for the next generation. Presented by UBS.\n"
            "Moon and Abe to hold first summit in 15 months\n" + "\n".join(_GOES_ON[1:3]) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, _GOES_ON[0])


@pytest.mark.parametrize("label", ["Commentary (The Diplomat)", "Politics + Society"])
def test_a_kind_of_piece_or_sections_joined_by_a_plus_over_the_headline_is_no_title(label):
    # (the headline over the credit of a photo with no caption, the label the only other line above)
    article = _cleaned(f"{label}\nThe Seoul-Tokyo Intelligence Pact Survives by Default. That Isn't Good Enough.\n"
                       "Photo by Kim Hong-Ji/Reuters\nAugust 31, 2020\n" + LEAD
                       + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title == "The Seoul-Tokyo Intelligence Pact Survives by Default. That Isn't Good Enough."


@pytest.mark.parametrize("line", [
    "Leer en español",  # a link to the story in another language
    "7–9 minutes",  # a reader mode's reading time
    "You have 1 free story left this month.",
    "You've reached your free article limit.",
    "Subscribe for $1 every 4 weeks",
    "File photo of a previous North Korean launch, via KCNA",  # a file picture's caption
    # A wire's and a site's newsletters and paid services, a paper's appeal, an in-story link, an ad's button, a link
    # to another story in capitals.
    "Get the NK News Daily Update, an email with all the latest news about North Korea",
    "Dig deeper with NK Pro: North Korea missile launches tracker, satellite imagery analysis and more",
    "Try NK Pro free",
    "Please consider subscribing today to help us continue to offer reliable, up-to-date information about Japan.",
    "Jiji Press English News Service offers a wide range of news on Japan. To read all articles, please sign up for a "
    "subscription.",
    "[Related] Japan proclaims Emperor Naruhito's enthronement at ceremony attended by world leaders",
    "Sign up here for our daily Balance of Power newsletter on the latest political news and analysis.",
    "By signing up you agree to receive email newsletters or updates from POLITICO and you agree to our privacy policy "
    "and terms of service. You can unsubscribe at any time and you can contact us here. This sign-up form is protected "
    "by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Get briefed on the story of the week, and developing stories to watch across the Asia-Pacific.",
    "Ad Feedback",
    "NORTH KOREA FIRES BALLISTIC MISSILE AS US, SOUTH KOREA BEGIN LARGEST JOINT DRILLS IN YEARS",
    "Today’s WorldView\nWhat’s most important from where the world meets Washington\nEnter email address\nSign up",
    "Get the latest updates from the 2024 campaign trail, exclusive interviews and more Fox News politics content.\n"
    "Arrives Weekly\nBy entering your email and clicking the Subscribe button, you agree to the Fox News Privacy "
    "Policy.\nSubscribed\nYou've successfully subscribed to this newsletter!",
    # A broadcast's hand-offs, sign-offs, greeting, cues and credits; a learners' service's glossary.
    "Our Kim Ji-yeon starts us off.",
    "Our White House correspondent, Laura Barrón-López, has the story.",
    "For the \"PBS News Hour,\" I'm Laura Barrón-López at Camp David, Maryland.",
    "I'm Jill Robbins.",
    "Hello and welcome to our viewers joining us from all around the world. I'm Rosemary Church.",
    "[Pkg]",
    "William Gallo reported this story for VOA News. Jill Robbins adapted it for Learning English.",
    "We want to hear from you. Write to us in the Comments section.",
    "Words in This Story\nintelligence – n. secret information that a government collects about an enemy",
    # Readers' reactions and counts, paywalls' lines, an ad's label, a reporter's sign-off in translation.
    "Good 52 Sad 7 Angry 118 Recommended 31 Follow-up article wanted 9",
    "Comment 1,046",
    "This article is a paid member article.",
    "Remaining 615 characters",
    "[AD] Winter supplement sale",
    "Kim Myeong-seong reporter",
    "This content is for NK Pro members only. NK Pro members get access to analysis of satellite imagery.",
    "or signup to continue reading",
    "See subscription options",
    "We care about the protection of your data. Read our Privacy Policy.",
    # A photo's credit after its caption; wires a paper drew on; a paper's foot; pull quotes; share buttons.
    "US Defence Secretary Mark Esper and Secretary of State Mike Pompeo at the AUSMIN talks in Sydney. Picture: AAP",
    "— With files from The Associated Press",
    "Report Error Submit a Tip",
    "Having trouble reading this article? Contact us.",
    "Read 3 articles and stand to win rewards\nSpin the wheel now",
    "Have your say...",
    "MORE ABOUT",
    "<< \"A WTO panel can rule on whether a licensing rule is lawful.\" >>",
    "<Pull quote> The two neighbors are not talking about how to end their feud.",
    "Global Opinions: Japan and South Korea are in a dangerous spiral",
    "* Share this article by email\n* More sharing options",
    "Never miss a story! Stay connected and informed with Mint. Download our App Now!!",
    # Links to other stories set in the text, after a bar or with no mark; a box's heading over links.
    "Also Read | North Korea warns of 'Christmas gift' as US talks deadline nears",
    "Read more Subscribers only North Korea's Kim Jong Un puts his daughter at the center of the stage",
    # A reading time; a site's messages to the signed-in reader; an offer; a count of free articles read.
    "Time to read 4 min.",
    "Log in to our website to save your bookmarks. It'll just take a moment.",
    "Oops! Looks like you have exceeded the limit to bookmark the image. Remove some to bookmark this image.",
    "Your session has expired, please login again.",
    "Congratulations! You are now subscribed to our newsletters. In case you can't find any email from our side, "
    "please check the spam folder.",
    "This message will be displayed on the other device.",
    "Get 12 weeks for $12. Subscribe now",
])
def test_chrome_lines_inside_the_story_are_dropped(line):
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + line + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("box", [
    "In this article\nKOSPI\nKOSPI INDEX\n1,946.98 KRW\n-51.15 -2.56%\nUSDKRW\nUSD-KRW X-RATE\n+17.30 +1.44%",
    "Stocks in this article\nFast Retailing Co Ltd (9983)  JPY 65,070  -1.10%\n"
    "Lotte Shopping Co Ltd (023530)  KRW 137,500  -2.14%",
    "- SIGN UP FOR BREAKINGVIEWS EMAIL ALERTS http://bit.ly/BVsubscribe",
])
def test_a_box_of_the_stocks_a_story_names_and_a_column_s_alerts_are_dropped(box):
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + box + "\n" + "\n".join(_GOES_ON[:2]) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, *_GOES_ON[:2])


def test_a_box_of_links_inside_the_story_is_dropped_and_the_story_goes_on():
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\nREAD MORE HERE\n"
            "South Korea suspends decision to end intelligence pact with Japan\n"
            "Japan and South Korea: A feud that refuses to die\n" + "\n".join(_GOES_ON[:2]) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, *_GOES_ON[:2])


def test_a_paywall_s_nag_inside_the_story_does_not_end_it():
    text = ("Abe and Moon agree on dialogue\nDecember 24, 2019\n" + LEAD + "\n"
            "You have 2 free articles left this month\nSubscribe to read unlimited articles\n"
            + "\n".join(_GOES_ON[:2]) + "\n")
    assert _cleaned(text).paragraphs == (LEAD, *_GOES_ON[:2])


def test_a_paywall_s_nag_over_other_stories_ends_the_story():
    text = ("Abe and Moon agree on dialogue\nDecember 24, 2019\n" + LEAD + "\n"
            "Subscribe to read unlimited articles\n"
            "Samsung unveils a foldable phone for the holidays with a larger screen than before.\n"
            "Toyota recalls a million cars over faulty airbags in North America and Europe.\n")
    assert _cleaned(text).paragraphs == (LEAD,)


def test_the_titles_of_a_player_s_next_videos_are_no_headline():
    text = ("White House\nBiden, Kishida and Yoon agree to consult on threats at Camp David\n"
            "The three leaders committed to annual military drills and a crisis hotline.\nNow Playing\n"
            "Biden hosts leaders of Japan and South Korea at Camp David\n02:41\nUP NEXT\n"
            "Biden: Camp David summit 'not about China'\n01:12\n"
            "Kim Jong Un oversees missile launch as allies hold drills\n00:58\n"
            "Aug. 18, 2023, 12:09 PM EDT\nBy Peter Nicholas and Mike Memoli\n"
            "THURMONT, Md. — President Joe Biden on Friday hosted the leaders of Japan and South Korea at Camp David.\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).title == "Biden, Kishida and Yoon agree to consult on threats at Camp David"


def test_a_paper_s_staff_and_the_wires_under_the_headline_are_its_byline_not_its_title():
    text = ("Japan and South Korea vow ‘new chapter’ as leaders hold first summit in 12 years\n"
            "Yoon Suk Yeol and Fumio Kishida agree to resume regular visits and end trade row\n"
            "South Korea’s president, Yoon Suk Yeol, left, and Japan’s prime minister, Fumio Kishida, review an honour "
            "guard in Tokyo. Photograph: Kim Hong-Ji/Reuters\n"
            "Guardian staff and agencies\nThu 16 Mar 2023 10.12 GMT\n" + LEAD
            + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).title == "Japan and South Korea vow ‘new chapter’ as leaders hold first summit in 12 years"


def test_a_crosshead_in_capitals_stays():
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\nA NEW KIND OF THREAT\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert "A NEW KIND OF THREAT" in _cleaned(text).paragraphs


def test_teasers_cut_short_under_a_related_heading_are_chrome():
    lead = "SEOUL, Nov. 22 (Xinhua) -- South Korea on Friday conditionally suspended its decision to end the pact."
    text = ("Seoul suspends termination of pact\nNovember 22, 2019\n" + lead + "\n"
            "Seoul announced on Thursday it would not renew the pact. Enditem\nRelated:\n"
            "Japanese PM welcomes S. Korea's decision to keep intel pact\n"
            "TOKYO, Nov. 22 (Xinhua) -- Japanese Prime Minister Shinzo Abe on Friday welcomed South Korea's decision "
            "to suspend the termination of...\n"
            "S. Korea says decision on GSOMIA to be made by Friday midnight\n"
            "SEOUL, Nov. 21 (Xinhua) -- South Korea's top office said Thursday that its decision on whether to "
            "scrap...\n")
    assert _cleaned(text).paragraphs == (lead, "Seoul announced on Thursday it would not renew the pact.")


def test_a_video_s_title_under_its_ad_button_is_no_headline():
    text = ("North Korea fires ballistic missile, possibly from submarine, days before talks with US\n"
            "By Joshua Berlinger, CNN\nUpdated 0612 GMT (1412 HKT) October 2, 2019\nVideo Ad Feedback\n"
            "North Korea fires missile off east coast, Seoul says\n01:52\n- Source: CNN\nJUST WATCHED\n"
            "North Korea fires missile off east coast, Seoul says\nReplay\n"
            "Seoul, South Korea (CNN)North Korea fired a ballistic missile into the sea off its east coast early "
            "Wednesday.\nSeoul announced on Thursday it would not renew the pact.\n")
    title = "North Korea fires ballistic missile, possibly from submarine, days before talks with US"
    assert _cleaned(text).title == title


@pytest.mark.parametrize("header, title, published", [
    # A headline over its deck and the writer's name alone over the stamp; a caption's pool credit under it.
    ("Yoon and Kishida have restarted the clock. Now the hard part begins\nDeals on export controls and intelligence "
     "sharing show what political will can buy\nKIM DA-EUN\nMarch 22, 2023 05:00 JST",
     "Yoon and Kishida have restarted the clock. Now the hard part begins", "2023-03-22"),
    ("Abe, Moon agree to seek solution through dialogue / Labor issue remains far apart\nPrime Minister Shinzo Abe, "
     "right, shakes hands with South Korean President Moon Jae-in in Chengdu.\nPool photo / The Yomiuri Shimbun\n"
     "12:21 JST, December 25, 2019",
     "Abe, Moon agree to seek solution through dialogue / Labor issue remains far apart", "2019-12-25"),
    # A ministry's notice board: its row of fields, an attachment's files.
    ("[Joint Press Conference] The 51st ROK-U.S. Security Consultative Meeting\n"
     "Writer : Spokesperson's Office | Date : 2019-11-15 | Hit : 1,047\n"
     "Attached file : 51st SCM Joint Communique (English).pdf 51st SCM Joint Communique (Korean).hwp",
     "The 51st ROK-U.S. Security Consultative Meeting", "2019-11-15"),
    # Where it was filed, then the stamp, under the writer's credit.
    ("Japan-Korea chip spat: Indian handset makers brace for price pinch\nOur Bureau\n"
     "New Delhi | Updated on July 12, 2019",
     "Japan-Korea chip spat: Indian handset makers brace for price pinch", "2019-07-12"),
    # A series' name over the headline, a photo's credit under it, the series' byline.
    ("Critical Questions\nSouth Korea Walks Away from GSOMIA: What Happens Now?\n"
     "Photo: JUNG YEON-JE/AFP/Getty Images\nCritical Questions by Andrew K. Lim\nPublished August 23, 2019",
     "South Korea Walks Away from GSOMIA: What Happens Now?", "2019-08-23"),
    # The writer's name printed twice under the headline, their title and handle after it.
    ("Order from Chaos\nBurden-sharing and GSOMIA: Washington is squeezing Seoul at the worst possible moment\n"
     "Hannah J. Seo\nHannah J. Seo\nNonresident Fellow - Foreign Policy, Center for East Asia Policy Studies\n"
     "@hjseo_asia\nNovember 20, 2019",
     "Burden-sharing and GSOMIA: Washington is squeezing Seoul at the worst possible moment", "2019-11-20"),
])
def test_the_headline_among_a_header_s_other_lines(header, title, published):
    article = _cleaned(header + "\n" + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert (article.title, article.published, article.paragraphs[0]) == (title, published, LEAD)


@pytest.mark.parametrize("line", [
    "Our correspondent in Seoul has learned that the talks will resume next week.",  # the story's words
    "Next week the two sides will meet again in Washington.",
    "I'm not going to make any concessions to Tokyo.",
    "Comments from the ministry were not immediately available.",
    "MORE ABOUT THE PACT WILL BE DECIDED ON FRIDAY, OFFICIALS SAID.",
])
def test_story_lines_shaped_like_a_broadcast_s_or_a_board_s_chrome_stay(line):
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + line + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert line in _cleaned(text).paragraphs


def test_a_paywall_s_nag_between_a_digest_s_items_does_not_end_it():
    text = ("North Korea this weekend\nAugust 26, 2019\n" + LEAD + "\n"
            "This content is for NK Pro members only. NK Pro members get access to analysis of satellite imagery.\n"
            "Already a member? Sign in | Learn more about NK Pro\nSUNDAY, AUG. 25\n"
            "Trump: \"Not happy,\" but no violation\n"
            "U.S. President Donald Trump played down the tests during a breakfast meeting with Abe in Biarritz.\n"
            "Abe, seated next to Trump, publicly disagreed, telling reporters the launches breached UN resolutions.\n")
    assert _cleaned(text).paragraphs[-2:] == (
        "U.S. President Donald Trump played down the tests during a breakfast meeting with Abe in Biarritz.",
        "Abe, seated next to Trump, publicly disagreed, telling reporters the launches breached UN resolutions.")


def test_a_paper_s_note_on_an_op_ed_s_writer_by_their_title_of_address_is_dropped():
    text = ("The Alliance With South Korea Is Not a Protection Racket\nBy Daniel R. Haskins\nNov. 21, 2019\n"
            "Mr. Haskins is a retired Army colonel who served three tours in South Korea.\n" + LEAD
            + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert _cleaned(text).paragraphs[0] == LEAD


@pytest.mark.parametrize("header, title", [
    # A short headline in title case printed twice is no writer's name.
    ("Home > National\nAbe Stands Firm\nAbe Stands Firm\nTokyo rejects Seoul's call to withdraw curbs on chip "
     "materials\nFriday, July 5, 2019", "Abe Stands Firm"),
    # Names joined by a dot in a headline are no trail of sections.
    ("Politics\nKorea·Japan Talks Collapse\nSeoul says Tokyo offered nothing on export curbs at first meeting\n"
     "2019.07.12 18:21", "Korea·Japan Talks Collapse"),
    # A label 'Breaking News:' before the headline is no ticker.
    ("Breaking News: Japan tightens export controls on chip materials to Korea\nJuly 4, 2019\nBy Kim Min-ji",
     "Japan tightens export controls on chip materials to Korea"),
])
def test_headlines_shaped_like_a_writer_s_name_a_trail_or_a_ticker_stay_the_title(header, title):
    article = _cleaned(header + "\n" + LEAD + "\nSeoul announced on Thursday it would not renew the pact.\n")
    assert article.title.removeprefix("Breaking News: ") == title


@pytest.mark.parametrize("line", [
    '"SOUTH KOREAN AUTHORITIES SHOULD NOT BEG FOR THE EXTENSION OF TREACHEROUS MILITARY PACT"',  # a quoted headline
    "STRENGTHENING TRILATERAL SECURITY COOPERATION WITH JAPAN IN THE REGION",  # a release's heading
    "A blow to trilateral security\nEnter your email address",  # a crosshead over a field in the story
])
def test_story_lines_in_capitals_or_over_an_address_field_stay(line):
    text = ("Seoul keeps the pact\nNovember 22, 2019\n" + LEAD + "\n" + line + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n")
    assert line.split("\n")[0] in _cleaned(text).paragraphs


def test_teasers_after_a_paywall_s_nag_under_a_related_heading_are_no_story():
    text = ("Abe and Moon agree on dialogue\nDecember 24, 2019\n" + LEAD + "\n"
            "Seoul announced on Thursday it would not renew the pact.\n"
            "You have 2 free articles left this month.\nSubscribe to read unlimited articles.\nMore on this topic\n"
            "Japan reacts coolly to Seoul's GSOMIA decision as Abe calls it a strategic judgment.\n"
            "U.S. welcomes the GSOMIA decision and urges Tokyo and Seoul to keep talking about exports.\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


@pytest.mark.parametrize("link", [
    "▲ List ▼ Next: MND Regular Briefing (August 27, 2019)",
    "Next\tBriefing by Second Deputy Director of National Security Office Kim Hyun-chong\t2019.08.23",
    "Prev | [Press Release] The 51st SCM | 2019-11-14",
])
def test_a_board_s_links_to_the_next_post_end_the_post(link):
    text = ("MND Regular Briefing\nDate : 2019-08-26\n" + LEAD + "\nSeoul announced on Thursday it would not renew "
            "the pact.\n" + link + "\nMinistry of National Defense 22, Itaewon-ro, Yongsan-gu, Seoul 04383, "
            "Republic of Korea\n")
    assert _cleaned(text).paragraphs == (LEAD, "Seoul announced on Thursday it would not renew the pact.")


def test_a_note_by_the_title_of_address_on_one_the_story_names_is_no_writer_s_note():
    text = ("Seoul keeps the pact\nBy Christine Kim\nNovember 22, 2019\n" + LEAD + "\n"
            "Kim Hyun-chong, a deputy national security adviser, said on Friday the pact would stay, Kim said.\n"
            "Mr. Kim is scheduled to travel to Washington next week for talks with American officials.\n")
    assert _cleaned(text).paragraphs[-1].startswith("Mr. Kim is scheduled")
