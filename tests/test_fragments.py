"""Sentences split where a page's inline elements were, put back on one line (generator/fragments.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import clean
from generator.fragments import rejoin
from generator.models import RawArticle

FIXTURES = Path(__file__).parent / "fixtures"

# A page taken element by element, a blank line after each: every link a line of its own.
SPLIT = (
    "South Korea to scrap GSOMIA\n\nPosted : 2019-08-22 18:51\n\n"
    "South Korea decided Thursday to terminate its\n\nGeneral Security of Military Information Agreement\n\n"
    "(GSOMIA) with\n\nJapan\n\n, a move that escalates a row with Tokyo.\n\n"
    "Kim You-geun\n\n, first deputy director of the\n\nNational Security Office\n\nat\n\nCheong Wa Dae\n\n"
    ", announced the decision. The decision came after Foreign Minister\n\nKang Kyung-wha\n\n"
    "met her Japanese counterpart\n\nTaro Kono\n\nin\n\nBeijing\n\n.\n\n"
    "Seoul will notify Tokyo before Saturday's deadline, he added.\n"
)


def test_a_page_split_at_its_links_has_its_sentences_back():
    assert rejoin(SPLIT).split("\n\n") == [
        "South Korea to scrap GSOMIA",
        "Posted : 2019-08-22 18:51",
        "South Korea decided Thursday to terminate its General Security of Military Information Agreement "
        "(GSOMIA) with Japan, a move that escalates a row with Tokyo.",
        "Kim You-geun, first deputy director of the National Security Office at Cheong Wa Dae, announced the "
        "decision. The decision came after Foreign Minister Kang Kyung-wha met her Japanese counterpart Taro Kono "
        "in Beijing.",
        "Seoul will notify Tokyo before Saturday's deadline, he added.\n",
    ]


def test_the_spaces_before_and_after_a_link_join_its_text():
    text = ("Japan tightens export controls\n\n\nEconomy, Trade and Industry Minister \nHiroshige Seko\n denied the move "
            "was retaliation.\n\n\nThe announcement came days after Prime Minister \nShinzo Abe\n hosted the summit "
            "without meeting \nMoon Jae-in\n.\n\n\nJapanese firms supply most of the world's resists, leaving \n"
            "Samsung Electronics Co.\n and \nSK Hynix Inc.\n exposed to disruptions.\n")
    assert rejoin(text).split("\n\n\n") == [
        "Japan tightens export controls",
        "Economy, Trade and Industry Minister Hiroshige Seko denied the move was retaliation.",
        "The announcement came days after Prime Minister Shinzo Abe hosted the summit without meeting Moon Jae-in.",
        "Japanese firms supply most of the world's resists, leaving Samsung Electronics Co. and SK Hynix Inc. "
        "exposed to disruptions.\n",
    ]


def test_names_on_lines_of_their_own_inside_paragraphs_join_them():
    text = ("Japan, S.Korea foreign ministers agree to keep talking\n\nJapanese Foreign Minister\nMotegi Toshimitsu\n"
            "and his South Korean counterpart\nKang Kyung-wha\nhave agreed to keep talking.\n\n"
            "The meeting came after Seoul suspended the end of\nGSOMIA\n, shortly before it was to expire.\n\n"
            "On Friday, Chief Cabinet Secretary\nSuga Yoshihide\nsaid Tokyo will keep asking.\n")
    assert rejoin(text).split("\n\n") == [
        "Japan, S.Korea foreign ministers agree to keep talking",
        "Japanese Foreign Minister Motegi Toshimitsu and his South Korean counterpart Kang Kyung-wha have agreed "
        "to keep talking.",
        "The meeting came after Seoul suspended the end of GSOMIA, shortly before it was to expire.",
        "On Friday, Chief Cabinet Secretary Suga Yoshihide said Tokyo will keep asking.\n",
    ]


def test_writers_names_join_their_by_and_each_other_not_the_headline():
    text = ("South Korea reverses decision to scrap pact with Japan\n\nHyun-jin Ko\n\n, \n\nKaori Nakamura\n\n"
            "4 Min Read\n\nBy\n\nDaniel Whitmore\n\nThe \n\nGeneral Security of Military Information Agreement\n\n"
            " (GSOMIA) had been set to lapse at midnight on\n\nNov. 23\n\n.\n")
    assert rejoin(text).split("\n\n") == [
        "South Korea reverses decision to scrap pact with Japan",
        "Hyun-jin Ko, Kaori Nakamura",
        "4 Min Read",
        "By Daniel Whitmore",
        "The General Security of Military Information Agreement (GSOMIA) had been set to lapse at midnight on "
        "Nov. 23.\n",
    ]


# A split page's own lines that go on no sentence: a headline over a lead opening with a link, a byline and its
# outlet, a caption with no full stop over a paragraph opening with a link, a paragraph ending in 'U.S.' over one
# opening with a link, a label in small letters under the headline.
SPLIT_WITH_TRAPS = (
    "Japan names Motegi new foreign minister\n\nBy Kim Tong-hyung\n\nSept. 11, 2019\n\n"
    "Moon, Abe to meet in Chengdu next month\n\nupdated 3 hours ago\n\nKim Tong-hyung\n\n, Associated Press\n\n"
    "Moon Jae-in\n\n and Japanese Prime Minister\n\nShinzo Abe\n\n will hold talks on\n\nDec. 24\n\n.\n\n"
    "Moon Jae-in presides over a meeting at Cheong Wa Dae on Friday (Yonhap)\n\nSouth Korea\n\n"
    " said Friday it would keep the pact after talks with the\n\nU.S.\n\n"
    "Moon Jae-in\n\n has been under pressure from Washington.\n"
)


def test_a_split_page_s_lines_that_go_on_no_sentence_stay_apart():
    assert rejoin(SPLIT_WITH_TRAPS).split("\n\n") == [
        "Japan names Motegi new foreign minister",
        "By Kim Tong-hyung",
        "Sept. 11, 2019",
        "Moon, Abe to meet in Chengdu next month",
        "updated 3 hours ago",
        "Kim Tong-hyung, Associated Press",
        "Moon Jae-in and Japanese Prime Minister Shinzo Abe will hold talks on Dec. 24.",
        "Moon Jae-in presides over a meeting at Cheong Wa Dae on Friday (Yonhap)",
        "South Korea said Friday it would keep the pact after talks with the U.S.",
        "Moon Jae-in has been under pressure from Washington.\n",
    ]


@pytest.mark.parametrize("text", [
    # Lines ending in a space, as a browser's copy leaves them, each over a blank line.
    "Seoul keeps its military pact with Tokyo \n\nBy Kim Tong-hyung \n\nPublished: Nov. 22, 2019 \n\n"
    "South Korean President Moon Jae-in presides over a meeting in Seoul \n\n"
    "SEOUL (AP) - South Korea said Friday it would keep its pact with Japan. \n",
    # Lines in small letters after blank lines: labels, a poem, a menu, a user's name; and a spaced ellipsis.
    "Japan drops South Korea from export white list\n\nupdated 3 hours ago\n\nadvertisement\n\n"
    "The comfort women statue, five years on\n\nthe girl sits with her fists clenched\n\nan empty chair beside her\n\n"
    "home\n\nnews\n\nkimchi_and_silicon\n\nI quote:\n\n. . . the alliance is strong.\n",
    # A list of tags, a menu, their items in capitals and in small letters, a list of experts with their posts.
    "Korean shoppers shun Japanese goods online\neBay Korea said on Friday that searches had fallen.\nTopics\nJapan\n"
    "export controls\nSouth Korea\nboycott\nUniqlo\ne-commerce\nHome\nNews\niPhone\nMac\niPad\nWatch\niOS\n"
    "Contributors\nSheila Smith\nsenior fellow, Council on Foreign Relations\nKim Hyun-wook\nprofessor, Korea "
    "National Diplomatic Academy\n",
])
def test_a_page_not_split_at_its_links_is_left_as_it_is(text):
    assert rejoin(text) == text


@pytest.mark.parametrize("path", sorted((FIXTURES / "corpus").glob("*.txt")) + sorted((FIXTURES / "seeds").glob("*.txt")),
                         ids=lambda path: path.name)
def test_the_corpus_and_the_seeds_are_not_split_pages(path):
    text = path.read_text(encoding="utf-8")
    assert rejoin(text) == text


def test_a_split_page_is_cleaned_into_its_paragraphs():
    article = clean(RawArticle(path="split.txt", sha256="0", text=SPLIT, format="txt", encoding="utf-8"))
    assert article.title == "South Korea to scrap GSOMIA"
    assert article.published == "2019-08-22"
    assert article.paragraphs[0].startswith("South Korea decided Thursday to terminate its General Security")
    assert article.paragraphs[1].startswith("Kim You-geun, first deputy director of the National Security Office")


def test_a_short_headline_over_a_split_lead_and_commas_and_ends_of_sentences_on_lines_of_their_own():
    text = ("GSOMIA in limbo\n\nSEOUL -- Foreign Minister\n\nKang Kyung-wha\n\n said on Friday that Seoul would keep "
            "talking.\n\nForeign ministers from\n\nJapan\n\n,\n\nChina\n\nand\n\nSouth Korea\n\n met on Saturday.\n\n"
            "Talks on export controls with\n\nJapan\n\nresume soon.\n")
    assert rejoin(text).split("\n\n") == [
        "GSOMIA in limbo",
        "SEOUL -- Foreign Minister Kang Kyung-wha said on Friday that Seoul would keep talking.",
        "Foreign ministers from Japan, China and South Korea met on Saturday.",
        "Talks on export controls with Japan resume soon.\n",
    ]
