"""metadata: the small extract_<field>() functions, on inline strings in common news formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import metadata
from generator.models import Dateline


@pytest.mark.parametrize("text, iso", [
    ("2019/08/02 11:20", "2019-08-02"),
    ("Write: 2019-08-23 14:15:46Update: 2019-08-23 14:43:07", "2019-08-23"),
    ("2019.11.22 21:13Nation", "2019-11-22"),
    ("Nov. 19, 2019 - 08:54 By Yonhap", "2019-11-19"),
    ("Published : Nov. 12, 2019 - 17:30", "2019-11-12"),
    ("17, Dec. 2019", "2019-12-17"),
    ("22nd November, 2019", "2019-11-22"),
    ("Fri 22 Nov 2019 10.05 GMT", "2019-11-22"),
    ("Posted on : Nov.23,2019 17:17 KST", "2019-11-23"),
    ("2019년 8월 23일", "2019-08-23"),
    ("November 31, 2019", None),  # no such day
    ("TOKYO, Aug 23 (KUNA)", None),  # no year
    ("11/22/2019", "2019-11-22"),
    ("22/11/2019", "2019-11-22"),
    ("Updated: 22-11-2019 18:45 IST", "2019-11-22"),
    ("Reuters | Seoul | Updated: 22-11-2019 18:45 IST | Created: 22-11-2019 18:45 IST", "2019-11-22"),
    ("22-11/2019", None),  # two different marks
    ("05/06/2019", None),  # month first or day first: cannot tell
    ("in March 2019", None),  # no day
])
def test_parse_date(text, iso):
    assert metadata.parse_date(text) == iso


@pytest.mark.parametrize("line, iso", [
    # A stamp's furniture after a dash, in small letters.
    ("November 22, 2019 - Updated an hour ago", "2019-11-22"),
    ("November 22, 2019 — From the print edition", "2019-11-22"),
    ("2019/08/02 11:20", "2019-08-02"),
    ("date 2019-10-26 National", "2019-10-26"),
    ("date 2019-11-22 Newsletter Signup Register / Login", "2019-11-22"),
    ("승인 2019.08.23 09:54", "2019-08-23"),
    ("Friday, August 23, 2019", "2019-08-23"),
    ("Nov 23, 2019", "2019-11-23"),
    ("All News 09:17 November 28, 2019", "2019-11-28"),
    ("Updated 10:32 AM ET, Fri November 22, 2019", "2019-11-22"),
    ("Source: Xinhua| 2019-11-22 21:05:12|Editor: huaxia", "2019-11-22"),
    ("Last modified on Fri 22 Nov 2019 11.30 GMT", "2019-11-22"),
    ("By Kim Tong-hyung | AP | November 22, 2019", "2019-11-22"),  # a byline that carries the date
    ("By Kim Tong-hyung, November 22, 2019 09:17", "2019-11-22"),
    ("Posted by Lee Jin-woo on Nov 22, 2019", "2019-11-22"),
    ("Yonhap | Nov 22, 2019", "2019-11-22"),  # an agency, then the stamp
    ("Staff Reporter | 2019-11-22", "2019-11-22"),
    ("Riyaz ul Khaliq   |24.12.2019", "2019-12-24"),  # a writer, then the stamp after a bar (Anadolu)
    ("John Smith, December 24, 2019", "2019-12-24"),
    ("Kim Tong-hyung and Mari Yamaguchi, Nov. 22, 2019", "2019-11-22"),  # two writers
    # labelled fields printed side by side after the stamp (the Bangkok Post's spans)
    ("published : 4 Nov 2019 at 17:46 writer: Kyodo News online news: World", "2019-11-04"),
    ("Updated 0514 GMT (1314 HKT) November 22, 2019", "2019-11-22"),  # the time first, in two zones
    ("Published 7:31 pm SGT, Aug 22, 2019", "2019-08-22"),
    ("By Rebecca Kheel - 11/20/19 04:35 PM EST", "2019-11-20"),  # a year in two digits, in a stamp
    ("Updated 19:42, 22-Nov-2019", "2019-11-22"),  # day, month and year joined by hyphens
    # the year glued to the time, as a copied Reuters stamp is
    ("June 12, 20222:17 PM GMT+8Updated June 12, 2022", "2022-06-12"),
    ("August 22, 20195:21 AM UTC", "2019-08-22"),
    # a press conference's day and time, then where it was held
    ("Tuesday, July 23, 2019, 11:05 a.m. Press Conference Room, Ministry of Foreign Affairs", "2019-07-23"),
    ("Tuesday, November 26, 2019, 9:44 a.m. (Press Conference Room, Ministry of Foreign Affairs)", "2019-11-26"),
    # a weekday cut short in brackets after the date; the day it was updated, its month cut short
    ("Nov. 20, 2019 (Wed.)", "2019-11-20"),
    ("Nov. 22, 2019 Fri. 18:03", "2019-11-22"),  # ... or after it, not in brackets
    # a time of the day, then the day and the month joined by stops, day first (Sputnik's)
    ("11:27 04.11.2019 (updated 12:15 04.11.2019)", "2019-11-04"),
    ("Nov. 22, 2019   Last updated Nov. 23, 12:05 a.m. JST", "2019-11-22"),
    # a section in capitals before a bar, a video's views, a digital edition's paper and page, a newsletter's issue
    ("NEWS | Aug. 9, 2019", "2019-08-09"),
    ("12,345 views • Nov 22, 2019", "2019-11-22"),
    ("The Japan Times · 5 Jul 2019 · Page 3 · NATIONAL", "2019-07-05"),
    ("Issue No. 31 | Tuesday, August 27, 2019", "2019-08-27"),
    ("2 THE JAPAN TIMES SATURDAY, AUGUST 3, 2019", "2019-08-03"),  # a print page's running head
    ("AP-NY-08-24-19 0412EDT", "2019-08-24"),  # a wire's end line
    ("By U.S. Mission Korea | 16 January, 2020 | Topics: Ambassador, News", "2020-01-16"),  # a credit, then the day
    ("Colin Ahn October 2nd, 2019", "2019-10-02"),  # a writer's name, then the day with its ordinal
    ("Kenji Morita  27 Aug 2019", "2019-08-27"),  # ... or the day first
    ("Published online: 11 Aug 2020", "2020-08-11"),  # a journal's
    ("First Online: 27 November 2020", "2020-11-27"),
    # a row of labelled fields after the date; labels before it
    ("Date 2019.09.18  |  Source KITA Trade News Team  |  Hit 1,387", "2019-09-18"),
    ("Newsletter  |  International Trade  |  December 27, 2019", "2019-12-27"),
    ("Home | Opinion | 2019-11-22", "2019-11-22"),  # a breadcrumb
    ("Tuesday, August 27, Juche 108(2019)", "2019-08-27"),  # North Korea's calendar, the month named
    # A Chinese portal's stamp with its fields; KUNA's line at the story's foot.
    ("2019-11-15 21:36:52    Source: Xinhuanet    Editor in charge: Liu Yang", "2019-11-15"),
    ("KUNA 280927 GMT Aug 19", "2019-08-28"),
    # a Japanese paper's day in its era's years and the Western year in brackets, then its issue's number
    ("令和6年（2024年）8月1日付　第3600号", "2024-08-01"),
    ("By Euronews with AP, Reuters • Updated: 24/12/2019", "2019-12-24"),  # a byline of outlets, then the stamp
    # A portal's stamps: the writers and their outlet after 'Story by', the provider's logo and name.
    ("Story by Kim Tong-hyung, The Associated Press • 3/21/2023", "2023-03-21"),
    ("AFP logo AFP August 2, 2019", "2019-08-02"),
    # An agency and where it filed from, then the stamp and the day it was published.
    ("Reuters Seoul | Updated on September 11, 2019  Published on September 11, 2019", "2019-09-11"),
    # A printed page's running head: the paper's name, the page's number, the issue's, the price, the address.
    ("SATURDAY, AUGUST 3, 2019 | No. 43,985 | ¥200 (tax incl.) | japantimes.co.jp", "2019-08-03"),
    ("PAGE 3 • S T A R S A N D S T R I P E S • Saturday, November 16, 2019", "2019-11-16"),
    ("THE JAPAN NEWS    Wednesday, August 5, 2020    3", "2020-08-05"),
    ("THE JAPAN NEWS Wednesday, August 5, 2020 3", "2020-08-05"),  # (its gaps closed up)
    ("Korea JoongAng Daily THURSDAY, DECEMBER 26, 2019", "2019-12-26"),
    ("No. 576 (August 29, 2019)", "2019-08-29"),  # a newsletter's number and date
])
def test_page_date_reads_date_stamps(line, iso):
    assert metadata.page_date(line) == iso


@pytest.mark.parametrize("line, stamp", [
    ("Updated : 2019-11-23 10:05 | Published : 2019-11-22 09:00", ("2019-11-22", False)),
    ("Updated : 2019-11-23 10:05", ("2019-11-23", True)),
    ("Last modified on Sat 23 Nov 2019 01.05 GMT", ("2019-11-23", True)),
    ("First published on Fri 22 Nov 2019 23.00 GMT", ("2019-11-22", False)),
    ("Published time: 22 Nov, 2019 09:53", ("2019-11-22", False)),
    ("Nov 22, 2019", ("2019-11-22", False)),
    ("Seoul keeps the pact", (None, False)),
])
def test_a_stamp_of_the_last_update_is_told_apart(line, stamp):
    assert metadata.publication_stamp(line) == stamp


@pytest.mark.parametrize("line, outlet", [
    ("This article was originally published by The Korea Herald.", "The Korea Herald"),
    ("This story first appeared in The Diplomat on Nov. 22, 2019.", "The Diplomat"),
    ("via Reuters", "Reuters"),
    ("This article was originally published by a friend.", None),
    ("Seoul keeps the pact via diplomacy", None),
])
def test_where_a_piece_ran_first_names_its_outlet(line, outlet):
    assert metadata.origin_outlet(line) == outlet


@pytest.mark.parametrize("line", [
    "Headlines, August 23, 2019",
    "Nov. 22, 2019 was the day Seoul changed course on the pact with Tokyo.",
    "The pact was signed on Nov. 23, 2016, and renewed every year since then.",
    "TOKYO, Aug 23 (KUNA) -- Japanese Prime Minister Shinzo Abe on Friday denounced",
    "Japanese Prime Minister Shinzo Abe at the G20 summit in Osaka on June 28, 2019.",
    "By Nov. 23, 2019, Japan will have to decide whether to keep the pact with Seoul.",
    "Seoul | Japan must act by Nov. 23, 2019, officials say",
    "Reporter Kim met officials on Nov. 22, 2019 in Seoul.",
    "11/05/19 10:00",  # a two-digit year with day and month both possible: no date
    "Updated 11/20/19",  # a two-digit year without a time: no stamp
    "Moon Jae-in November 22, 2019 said",  # a name and a day, then more words: no stamp
    "Nov. 23, 2016 – South Korea and Japan sign GSOMIA",  # a chronology's entry
    "Aug. 23, 2019: Termination notice delivered to Tokyo",  # ... after a colon
    "Nov. 22, 2019 (Fri.) Seoul conditionally suspends GSOMIA termination",  # ... after its weekday in brackets
    "08.01.2019",  # a day and a month joined by stops, either way round
    "Aug. 22, 2019 (Thu.) Seoul decides to scrap GSOMIA, effective Nov.",
    "Nov. 22, 2019 Fri. Seoul conditionally suspends GSOMIA termination",
    "Ministry of Foreign Affairs, 22 November 2019",  # a statement's signature, no writer's name
    "Seoul | Nov. 22, 2019 was the day the pact was saved by Moon",  # a section in small letters, a sentence
    "2 KILLED IN SEOUL ON AUGUST 3, 2019 blast",  # a headline in capitals opening with a number
    "Japan | Korea | Seoul keeps the pact, Nov. 22, 2019 decision",  # labels, then a headline
    "Jeong Kyeong-doo | Defense Minister | Sept. 21, 2018",  # a table's row
    "Export curbs | Three chemicals need licenses | July 4, 2019",
    "Court ruling | Oct. 30, 2018",
    "Korea | Japan tightens curbs | July 4, 2019",  # a country's row in a table: a headline between
    "Japan | July 4, 2019",  # ... or a timeline's row
    "Supreme Court Ruling 30 Oct 2018",  # ... day first after words in capitals that name no one
    "Seoul logo unveiled August 2, 2019",  # a logo, no outlet's name printed twice
    "Samsung Seoul | Updated on September 11, 2019",  # no agency before the place
    "Talks resume  August 5, 2020  Seoul",  # words in small letters beside the date
    "Seoul Tokyo Wednesday, August 5, 2020 talks",
    "The Korea Times reported on August 5, 2020",
])
def test_page_date_ignores_sentences_and_headlines(line):
    assert metadata.page_date(line) is None


@pytest.mark.parametrize("line, name, outlet", [
    ("By Zin Kao, Taiwan News, Staff Writer", "Zin Kao", "Taiwan News"),
    ("By Ho Wei Ting, Korea Correspondent", "Ho Wei Ting", None),  # where the writer covers is no outlet
    ("By Yoon Sojung", "Yoon Sojung", None),
    ("By Jung Da-min", "Jung Da-min", None),
    ("By Yonhap", None, "Yonhap"),
    ("By The Associated Press", None, "Associated Press"),
    ("By Reuters Staff", None, "Reuters"),
    ("By Kim Tong-hyung | AP", "Kim Tong-hyung", "Associated Press"),
    ("BY SARAH KIM [kim.sarah@joongang.co.kr]", "Sarah Kim", None),
    ("By Jake Kwon and Joshua Berlinger, CNN", "Jake Kwon and Joshua Berlinger", "CNN"),
    ("Nov. 19, 2019 - 08:54 By Yonhap", None, "Yonhap"),
    ("By Kim Tong-hyung | AP | November 22, 2019", "Kim Tong-hyung", "Associated Press"),
    ("By Justin McCurry in Tokyo", "Justin McCurry", None),
    ("By The Japan Times", None, "The Japan Times"),
    ("By RFI", None, "RFI"),
    # A job title before the name, the wires after it.
    ("By North Asia correspondent Jake Sturmer and wires", "Jake Sturmer", None),
    ("By political reporter Jane Norman", "Jane Norman", None),
    ("By Hyonhee Shin, Joyce Lee", "Hyonhee Shin and Joyce Lee", None),
    # Where the writer is, and the desk's later credits, name no writer and no outlet.
    ("By Rezaul H Laskar, New Delhi", "Rezaul H Laskar", None),
    ("By HT News Desk | Edited by Meera Nair, New Delhi", "HT News Desk", None),
    ("By Hyonhee Shin, Joyce Lee and Josh Smith, Reuters", "Hyonhee Shin, Joyce Lee and Josh Smith", "Reuters"),
    ("By Kim Gamel, Stars and Stripes", "Kim Gamel", "Stars and Stripes"),
    ("By Lee Chi-dong, Korea Times", "Lee Chi-dong", "The Korea Times"),
    ("By John Smith, Senior Writer", "John Smith", None),
    ("By Staff Reporter", None, None),
    # The paper's staff with a wire's copy: the wire is not the outlet.
    ("By STAFF REPORT, KYODO", None, None),
    # A wire's credit over a republished story and the city filed from.
    ("Reuters  |  Seoul", None, "Reuters"),
    ("Reuters  |  Seoul/Tokyo", None, "Reuters"),
    ("AFP, Seoul", None, "AFP"),  # ... after a comma
    ("By: Agence France-Presse - @inquirerdotnet", None, "AFP"),  # the site's handle after the wire
    ("By Staff Report", None, None),
    ("by Reiji Yoshida", "Reiji Yoshida", None),
    ("Reporter Kim Eun-jung", "Kim Eun-jung", None),
    ("Reporter : Kim Min-ji", "Kim Min-ji", None),
    ("By: Aaron Mehta", "Aaron Mehta", None),
    ("Posted by Lee Jin-woo on Nov 22, 2019", "Lee Jin-woo", None),
    ("By Kim Ji-eun, staff reporter", "Kim Ji-eun", None),
    ("By HYUNG-JIN KIM and MARI YAMAGUCHI", "Hyung-jin Kim and Mari Yamaguchi", None),
    ("By Kim Gamel for Stars and Stripes", "Kim Gamel", "Stars and Stripes"),
    ("Reported by Jeong Yon-woo for RFA's Korean Service. Translated by Leejin Jun. Written in English by "
     "Eugene Whong.", "Jeong Yon-woo", "Radio Free Asia"),
    ("The Associated Press | By Kim Tong-hyung", "Kim Tong-hyung", "Associated Press"),
    ("By HYUNG-JIN KIM Associated Press", "Hyung-jin Kim", "Associated Press"),
    # The agency wrote it with the page's own writer: the page's outlet is no agency's.
    ("By Stella Kim and The Associated Press", "Stella Kim", None),
    ("By STELLA KIM and THE ASSOCIATED PRESS", "Stella Kim", None),
    ("By Yonhap and AFP", None, None),  # (two agencies: no writer, no one outlet)
    ("By Kim Tong-hyung AP", "Kim Tong-hyung", "Associated Press"),
    ("By Mari Yamaguchi", "Mari Yamaguchi", None),
    ("By TARO TANAKA/ Staff Writer", "Taro Tanaka", None),
    ("By TAKUYA SUZUKI/ Correspondent and KAIGO NARISAWA/ Staff Writer", "Takuya Suzuki and Kaigo Narisawa", None),
    ("By Jane Doe, Staff Writer and Photo Editor", "Jane Doe", None),  # two titles, no second writer
    ("By Jane Doe, Tokyo Correspondent and Asia Pacific Editor", "Jane Doe", None),
    ("By Song Ha-neul, Staff Reporter and Lee Ji-hoon, Tokyo Correspondent", "Song Ha-neul and Lee Ji-hoon", None),
    ("By Lee Ha-yeon, Reporter and News Anchor", "Lee Ha-yeon", None),
    ("By KEN MORIYASU, Nikkei staff writer", "Ken Moriyasu", "Nikkei Asia"),
    # ... where the writer is posted between the outlet and the job title; two writers so.
    ("By MINJI HWANG, Nikkei Asia chief Seoul correspondent", "Minji Hwang", "Nikkei Asia"),
    ("By MINJI HWANG, Nikkei Asia chief Seoul correspondent, and RYO TAKAHASHI, Nikkei staff writer",
     "Minji Hwang and Ryo Takahashi", "Nikkei Asia"),
    ("By Kim Jae-won / Korea JoongAng Daily", "Kim Jae-won", "Korea JoongAng Daily"),
    ("BY LEE HO-JEONG, SARAH KIM [lee.hojeong@joongang.co.kr]", "Lee Ho-jeong and Sarah Kim", None),
    ("By Eric Johnston Staff writer", "Eric Johnston", None),
    ("By The Mainichi Shimbun", None, "The Mainichi"),
    ("By The Diplomat Staff", None, "The Diplomat"),
    ("By The Editorial Board", None, None),  # the paper's own voice, no outlet by that name ...
    ("By The Editorial Board, The Korea Herald", None, "The Korea Herald"),  # ... but the paper's
    ("By The Korea Herald Editorial Board", None, "The Korea Herald"),
    ("By Senior Editors", None, None),  # (no paper named)
    ("By Staff Writer, The Korea Times", None, "The Korea Times"),
    ("Author Julian Ryall (Tokyo)", "Julian Ryall", None),
    ("By KIM TONG-HYUNG and MARI YAMAGUCHI Associated Press", "Kim Tong-hyung and Mari Yamaguchi", "Associated Press"),
    ("By Tom O'Connor On 11/15/19 at 12:30 PM EST", "Tom O'Connor", None),
    ("Posted by Admin on November 22, 2019", None, None),  # the site's own account names no writer
    ("By Aya Nishimura, Tokyo correspondent", "Aya Nishimura", None),  # where they report from, no outlet
    ("by D.McC. | SEOUL", "D.McC.", None),  # ... in capitals
    ("By Hyonhee Shin and Joyce Lee of Reuters", "Hyonhee Shin and Joyce Lee", "Reuters"),
    ("writer: AFP", None, "AFP"),
    ("By Kim So-youn, Tokyo correspondent, and Lee Wan, staff reporter", "Kim So-youn and Lee Wan", None),
    ("By Song Ha-neul, staff reporter and Lee Ji-hoon, Tokyo correspondent", "Song Ha-neul and Lee Ji-hoon", None),
    ("Author: Ryo Sahashi, University of Tokyo", "Ryo Sahashi", None),  # where they teach, no outlet
    ("Posted on November 15, 2019 by Kevin Lee in Business, Economy", "Kevin Lee", None),  # a blog's categories
    ("By Choe Sang-Hun in Seoul, The New York Times", "Choe Sang-Hun", "The New York Times"),
    ("By Colm Quinn, the newsletter writer at Foreign Policy.", "Colm Quinn", None),  # what the writer is, in words
    ("Blog Post by Sheila A. Smith", "Sheila A. Smith", None),  # a think tank's kind of piece
    ("Opinion by Daniel Whitcomb", "Daniel Whitcomb", None),  # ... and a paper's
    ("By Thomas Rennick, Fellow for Northeast Asia Studies", "Thomas Rennick", None),  # a scholar's title
    ("By Alan Patterson 06.19.2020 0", "Alan Patterson", None),  # the stamp and a count of comments after it
    ("Article By : Kyodo", None, "Kyodo"),
    ("By AFP   November 17, 2019 | 03:32 pm GMT+7", None, "AFP"),  # a time zone's offset
    ("Reporter Park Sung-jin, Bangkok / Translated by Kim Ho-sang", "Park Sung-jin", None),  # who translated it
    ("Guardian staff and agencies", None, "The Guardian"),  # a paper's staff and the wires, no writer
    ("Staff and agencies", None, None),
    ("Critical Questions by Andrew K. Lim", "Andrew K. Lim", None),  # a think tank's series
    ("By Staff and Wires", None, None),  # no outlet's staff: no writer, no outlet
])
def test_parse_byline(line, name, outlet):
    assert metadata.parse_byline(line) == metadata.Byline(name, outlet)


@pytest.mark.parametrize("line", [
    "Author: The Sankei Shimbun",  # a note after the piece, not a byline
    "Authorities said on Friday",
    "Politics | Seoul",  # a section and a city: no wire credited
    "Pentagon staff and agencies",  # (no outlet's staff)
])
def test_not_a_byline(line):
    assert metadata.parse_byline(line) is None


@pytest.mark.parametrize("line", [
    "By Friday, Japan will have to decide whether to keep the pact.",
    "By the end of the year the two sides had not met.",
    "Bystanders watched the rally in Seoul.",
    "By Friday, Japan will decide",  # short, with a comma after the day: still no writer named Friday
    "By November, Seoul must choose",
])
def test_sentences_starting_with_by_are_not_bylines(line):
    assert metadata.parse_byline(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("Kim Tong-hyung, The Associated Press", "Associated Press"),
    ("Hyonhee Shin | Reuters", "Reuters"),
    ("Mari Yamaguchi - The Japan Times", "The Japan Times"),
    ("Seoul, Reuters", None),  # one word: no person
    ("Moon Jae-in, Shinzo Abe", None),  # no outlet
    ("Kim Tong-hyung, Staff Writer", None),
])
def test_a_credit_without_by_names_its_outlet(line, outlet):
    assert metadata.credit_line_outlet(line) == outlet


def test_extract_byline_takes_the_first_person():
    assert metadata.extract_byline(["By Yonhap", "By Zin Kao, Taiwan News"]) == "Zin Kao"
    assert metadata.extract_byline(["By Yonhap"]) is None


@pytest.mark.parametrize("paragraph, place, agency, date", [
    ("WASHINGTON -- US Defense Secretary Mark Esper on Monday", "WASHINGTON", None, None),
    ("SEOUL (Kyodo) -- Visiting U.S. Secretary of Defense", "SEOUL", "Kyodo", None),
    ("TOKYO, Aug 23 (KUNA) -- Japanese Prime Minister", "TOKYO", "KUNA", "Aug 23"),
    ("TAIPEI (Taiwan News) – Japan's Cabinet on Friday", "TAIPEI", "Taiwan News", None),
    ("BANGKOK ― South Korea, the United States and Japan", "BANGKOK", None, None),
    ("WASHINGTON – Top U.S. military officer", "WASHINGTON", None, None),
    ("MOSCOW (UrduPoint News / Sputnik - 22nd November, 2019) South Korea suspended",
     "MOSCOW", "Sputnik", "22nd November, 2019"),
    ("TOKYO, Kyodo - Japan and South Korea said Monday", "TOKYO", "Kyodo", None),
    ("SEOUL, Nov. 28 (Yonhap) -- North Korea fired", "SEOUL", "Yonhap", "Nov. 28"),
    ("SEOUL, South Korea (AP) — South Korea said Friday", "SEOUL, South Korea", "Associated Press", None),
    # a US state as AP writes it
    ("CAMP DAVID, Md. (AP) — President Joe Biden and", "CAMP DAVID, Md.", "Associated Press", None),
    ("WASHINGTON, D.C. (AP) — The Pentagon said", "WASHINGTON, D.C.", "Associated Press", None),
    ("(CNN)South Korea will not end a military pact", None, "CNN", None),
    ("Seoul, South Korea (CNN)South Korea has suspended", "Seoul, South Korea", "CNN", None),
    ("SEOUL (REUTERS, AFP) - South Korea said on Thursday", "SEOUL", "Reuters, AFP", None),
    ("NEW DELHI: India and Japan held talks", "NEW DELHI", None, None),
    ("HONG KONG: Protesters marched again", "HONG KONG", None, None),
    ("GYEONGJU: The ministers met", "GYEONGJU", None, None),
    ("Aug 22 (Reuters) - South Korea said on Thursday", None, "Reuters", "Aug 22"),
    ("SEOUL (Yonhap) South Korea will keep the pact", "SEOUL", "Yonhap", None),
    ("Seoul (AFP) - South Korea on Friday pulled back", "Seoul", "AFP", None),
    ("Tokyo: Japan and South Korea will resume talks", "Tokyo", None, None),
    ("Seoul, Nov 22: South Korea kept the pact", "Seoul", None, "Nov 22"),
    ("New Delhi, Aug 23 (IANS): South Korea ended the pact", "New Delhi", "IANS", "Aug 23"),
    ("TOKYO, November 17. /TASS/. Japanese Defense Minister Taro Kono", "TOKYO", "TASS", "November 17"),
    ("SEOUL, SOUTH KOREA - South Korea says it will stay", "SEOUL, SOUTH KOREA", None, None),
    ("Seoul, Nov 22 (IANS) South Korea on Friday decided", "Seoul", "IANS", "Nov 22"),
    ("Seoul, Nov 22 (EFE).- South Korea on Friday suspended", "Seoul", "EFE", "Nov 22"),
    ("Seoul, Nov 15 (efe-epa).- United States Defense Secretary Mark Esper on Friday urged", "Seoul", "EFE", "Nov 15"),
    # ANSA's: the agency first, the place and the day in capitals after it.
    ("(ANSA) - CHENGDU, DEC 24 - Japanese Prime Minister Shinzo Abe met", "CHENGDU", "ANSA", "DEC 24"),
    ("(ANSA) - Seoul, 22 November - South Korea said on Friday", "Seoul", "ANSA", "22 November"),
    ("(ANSA) - SEOUL, SOUTH KOREA, NOV 22 - South Korea said on Friday", "SEOUL", "ANSA", "NOV 22"),
    # Asia News Network's papers: the paper, then the network, a colon after.
    ("SEOUL (The Korea Herald/Asia News Network): Korea could reconsider the pact.", "SEOUL", "The Korea Herald", None),
    ("Seoul [South Korea], Nov 22 (ANI): South Korea on Friday", "Seoul", "ANI", "Nov 22"),
    ("Seoul (VNA) – The Republic of Korea on November 22", "Seoul", "VNA", None),
    ("(SEOUL) — South Korea said Friday it would suspend", "SEOUL", None, None),
    ("Tokyo (AFP) Japan and South Korea agreed Friday", "Tokyo", "AFP", None),
    ("TOKYO/SEOUL (Reuters) - Japan lodged a strong protest", "TOKYO/SEOUL", "Reuters", None),
    ("WASHINGTON (Reuters) -South Korea said on Thursday", "WASHINGTON", "Reuters", None),  # the hyphen glued
    ("Nagoya, Japan — Foreign ministers gathered on Friday", "Nagoya, Japan", None, None),
    ("Tokyo, Nov. 22 -- The decision came late", "Tokyo", None, "Nov. 22"),
    ("Nagoya (Japan) (AFP) – The foreign ministers agreed", "Nagoya", "AFP", None),  # the country in brackets
    ("NAGOYA, Japan: The foreign ministers of South Korea and Japan", "NAGOYA, Japan", None, None),
    # Korean news in English: place and agency in brackets, the reporter after them.
    ("[Seoul=Newsis] Reporter Kim Ji-hoon = South Korea and Japan will hold", "Seoul", "Newsis", None),
    ("(Tokyo=Yonhap News) South Korea and Japan will hold", "Tokyo", "Yonhap", None),
    # a press release's US city and its state in small letters
    ("Sherman Oaks, CA – Congressman Brad Sherman issued the following statement", "Sherman Oaks, CA", None, None),
    ("Washington, D.C. – U.S. Senators Cory Gardner and Edward J. Markey said", "Washington, D.C.", None, None),
    ("(Washington, D.C.) – U.S. Senators Cory Gardner and Edward J. Markey said", "Washington, D.C.", None, None),
    ("Los Angeles, Calif. – Rep. Brad Sherman said", "Los Angeles, Calif.", None, None),  # as AP abbreviates it
    # a Japanese paper's reporter where an agency would stand: no agency
    ("[Seoul = Kenta Murakami] The South Korean government decided on the 22nd", "Seoul", None, None),
    ("(Seoul = Yonhap Infomax) Reporter Kim Ji-hoon = The won strengthened", "Seoul", "Yonhap Infomax", None),
    ("[Seoul = Yuji Kuronuma] The South Korean government decided", "Seoul", None, None),
    ("[Seoul = Kim Jin-myung] The government decided to keep the pact", "Seoul", None, None),  # a Korean name
    ("[Seoul = Kim Jin-myung and Lee Ha-na] The government decided", "Seoul", None, None),  # two reporters
    ("[Chengdu = Kim Jin-myung, Lee Ha-na] The leaders met", "Chengdu", None, None),
    ("[Seoul = Munhwa Ilbo] The government decided", "Seoul", "Munhwa Ilbo", None),
    ("TOKYO >> Japan on Thursday began restricting exports", "TOKYO", None, None),  # the Star-Advertiser's mark
    # A broadcaster set off by a space after a known city.
    ("Seoul, South Korea (CNN) South Korea will end a military intelligence-sharing agreement",
     "Seoul, South Korea", "CNN", None),
    ("Tokyo (CNN) Japan said on Friday", "Tokyo", "CNN", None),
    ("Seoul (JTBC) South Korea said on Friday", "Seoul", "JTBC", None),  # in capitals, an outlet it does not know
    ("Hong Kong (CNN Business) South Korea will end the pact", "Hong Kong", "CNN", None),  # the broadcaster's desk
    # Agencies' own: the day first (WAM), the country in brackets (Bernama), a Chinese agency's name first.
    ("NAGOYA, 23rd November, 2019 (WAM) -- The foreign ministers met", "NAGOYA", "WAM", "23rd November, 2019"),
    ("Seoul, Nov 20 (Prensa Latina) The negotiations stalled", "Seoul", "Prensa Latina", "Nov 20"),
    ("CHENGDU (China), Dec 24 (Bernama) -- Prime Minister Abe met Moon", "CHENGDU", "Bernama", "Dec 24"),
    ("Tokyo (Japan), Aug 2 (Kyodo) - Japan removed South Korea from its list", "Tokyo", "Kyodo", "Aug 2"),
    ("Xinhua News Agency, Seoul, November 15th (Reporter Tian Ming) South Korea and the US held talks", "Seoul",
     "Xinhua", "November 15th"),
])
def test_extract_dateline(paragraph, place, agency, date):
    found = metadata.extract_dateline(paragraph)
    assert found is not None
    # Summaries, key facts and events cut the same dateline (one grammar).
    assert paragraph[metadata.dateline_length(paragraph):] == paragraph[len(found.text):].lstrip()
    assert found.dateline == Dateline(place=place, agency=agency)
    assert found.date == date
    assert paragraph.startswith(found.text)


@pytest.mark.parametrize("paragraph", [
    "U.S. Secretary of State Mike Pompeo was unusually direct",
    "South Korea said on Thursday that it would abandon the pact",
    "GSOMIA-related talks ended without agreement on Friday",
    "ROK-Japan ties have soured since last year",
    "(LEAD) N. Korea fires 2 short-range ballistic missiles",
    "UPDATE: South Korea will keep the pact",
    "NATO (the alliance) said on Friday",
    "U.S. (and Japanese) officials met on Friday.",
    "Seoul (the capital) - the city said so",
    "Note: South Korea will keep the pact",
    "Abe: We will respond calmly",
    "Seoul, Nov 22 (Friday) South Korea kept the pact",  # no agency in the brackets
    "Moon, Nov 22 (Yonhap) said so",  # nor a sentence after them
    "(NATO) — the alliance said so",
    "Moon — the president — said so",  # no known city before the dash
    # A transcript's speaker labels: an outlet, a name that is no known place.
    "DW: South Korea on Thursday announced it would end GSOMIA.",
    "SABRA LANE: South Korea has made a last-minute reversal.",
    "ANTHONY KUHN, BYLINE: South Korea says it will stay in the pact.",
    "STAFF: Good afternoon. We will now begin the joint press conference.",  # who runs the exchange
    "Tokyo (Japan) The ministry said so",  # a country in brackets, no broadcaster
    "Tokyo (Narita) Airport customs officials will no longer hold the shipments",  # a place, no outlet
    "Washington (DC) The pact matters, officials said",
    "Tokyo (Haneda) International Airport saw 30 percent fewer arrivals",
    "Moon (CNN) said so",  # no known city before it
    # A reporter after an agency in the brackets, or two agencies: no agency read as either.
    "(Chengdu = News1 Reporter Kim Jin-myung) President Moon Jae-in held a summit",
    "(Tokyo = Kyodo-Yonhap) Japan said on Friday",
])
def test_no_dateline(paragraph):
    assert metadata.extract_dateline(paragraph) is None
    assert metadata.dateline_length(paragraph) == 0


def test_lone_dateline():
    assert metadata.lone_dateline("NAGOYA") == Dateline(place="NAGOYA", agency=None)
    assert metadata.lone_dateline("U.S.") is None
    assert metadata.lone_dateline("VOD") is None  # a broadcaster's video label
    assert metadata.lone_dateline("Nagoya") is None
    assert metadata.lone_dateline("KIM JI-HYUN") is None  # a writer's name
    assert metadata.lone_dateline("SEOUL, SOUTH KOREA -") == Dateline(place="SEOUL, SOUTH KOREA", agency=None)
    assert metadata.lone_dateline("Tokyo (AFP)") == Dateline(place="Tokyo", agency="AFP")
    assert metadata.lone_dateline("TOKYO (Kyodo) --") == Dateline(place="TOKYO", agency="Kyodo")
    assert metadata.extract_dateline("Journalist (NHK): I would like to ask about the agreement.") is None
    assert metadata.extract_dateline("Moderator (Reuters): Next question, please.") is None
    assert metadata.lone_dateline("Journalist (NHK)") is None
    assert metadata.lone_dateline("SEOUL, South Korea (AP) —") == Dateline(
        place="SEOUL, South Korea", agency="Associated Press")
    assert metadata.lone_dateline("Tokyo (Friday)") is None  # no agency
    assert metadata.lone_dateline("Reuters (Yonhap) said so") is None


@pytest.mark.parametrize("line, name", [
    ("KIM JI-HYUN", "Kim Ji-hyun"),
    ("Kim Ji-hyun", "Kim Ji-hyun"),
    ("Anthony Kuhn", None),  # no form of a name only: a headline's words could be so
    ("NEW DELHI", None),
    ("Kim Ji-hyun reports", None),
])
def test_a_writer_s_name_alone(line, name):
    found = metadata.name_byline(line)
    assert (found.name if found else None) == name


def test_published_precedence():
    stamps = [None, "2019-11-22"]
    headline = "Headlines, Nov 20, 2019"
    assert metadata.extract_published("2019-11-21", stamps, "22nd November, 2019", headline) == "2019-11-21"
    assert metadata.extract_published("2019-11-21T23:00:00+09:00") == "2019-11-21"
    assert metadata.extract_published(None, stamps, "23rd November, 2019") == "2019-11-22"
    assert metadata.extract_published(None, [], "23rd November, 2019", "Headlines, Nov 20, 2019") == "2019-11-23"
    assert metadata.extract_published(None, [], "Aug 23", "Headlines, August 20, 2019") == "2019-08-20"
    assert metadata.extract_published(None, [], "Aug 23", "Abe decries Seoul's decision") is None
    assert metadata.extract_published("not a date", ["2019-11-22"]) == "2019-11-22"


@pytest.mark.parametrize("stamp, dateline, published", [
    ("7/4/2019 12:51:07 AM", "July 4", "2019-07-04"),  # month first, as the dateline's day settles
    ("4/7/2019 12:51", "4 July", "2019-07-04"),  # day first
    ("7/4/2019 12:51:07 AM", None, None),  # nothing settles it
    ("7/4/2019 12:51:07 AM", "Aug 2", None),  # neither reading is the dateline's day
])
def test_a_stamp_read_either_way_is_read_the_way_the_dateline_settles(stamp, dateline, published):
    assert metadata.page_date(stamp) is None
    assert metadata.extract_published(None, [], dateline, None, [metadata.readings(stamp)]) == published


def test_a_portal_s_stamp_after_its_provider_is_read_either_way():
    assert metadata.readings("AFP logo AFP 8/2/2019") == ("2019-08-02", "2019-02-08")


def test_a_stamp_whose_day_and_month_are_one_number_is_read():
    assert metadata.page_date("7/7/2019 10:15 AM") == "2019-07-07"


def test_outlet_precedence():
    assert metadata.extract_outlet("Stated", ["Yonhap", "Kyodo"]) == "Stated"
    assert metadata.extract_outlet(None, [None, "Kyodo", "Yonhap"]) == "Kyodo"
    assert metadata.extract_outlet("  ", []) is None


@pytest.mark.parametrize("name, canonical", [
    ("YONHAP News", "Yonhap"), ("Yonhap News Agency", "Yonhap"), ("kyodo", "Kyodo"),
    ("AP", "Associated Press"), ("Kuwait News Agency", "KUNA"), ("Taiwan News", None),
])
def test_canonical_agency(name, canonical):
    assert metadata.canonical_agency(name) == canonical


@pytest.mark.parametrize("line, agency", [
    ("KYODO NEWS - Nov 22, 2019 - 21:20 | All, Japan, World", "Kyodo"),
    ("Yonhap | Nov. 22, 2019", "Yonhap"),
    ("Nov 22, 2019 - 21:20 | Kyodo", None),
    ("Updated: Nov 22, 2019", None),
    ("World | Press Trust of India | Updated: July 02, 2019 14:06 IST", "PTI"),
    ("Reuters Seoul | Updated on September 11, 2019", "Reuters"),  # an agency and where it filed from
    ("Samsung Seoul | Updated on September 11, 2019", None),
])
def test_stamp_agency(line, agency):
    assert metadata.stamp_agency(line) == agency


def test_a_job_title_joined_by_and_to_another_is_no_second_writer():
    assert metadata.parse_byline("By Kim Tong-hyung, AP writer and photographer").name == "Kim Tong-hyung"


def test_outlet_clues_in_text():
    assert metadata.masthead_outlet("The Korea Herald") == "The Korea Herald"
    assert metadata.masthead_outlet("Seoul keeps the pact") is None
    # ... with its motto after a dash; a wiki's line under its title.
    assert metadata.masthead_outlet("The Diplomat – Asia-Pacific Current Affairs Magazine") == "The Diplomat"
    assert metadata.masthead_outlet("Japan – Korea ties fray") is None
    assert metadata.masthead_outlet("From Wikipedia, the free encyclopedia") == "Wikipedia"
    assert metadata.masthead_outlet("By The Japan Times") is None  # a byline, read as one
    assert metadata.masthead_outlet("NHK WORLD-JAPAN") == "NHK World-Japan"  # a known outlet, in capitals
    assert metadata.masthead_outlet("NHK WORLD-JAPAN News") == "NHK World-Japan"
    assert metadata.masthead_outlet("World News") is None  # a section's label
    assert metadata.masthead_outlet("Asia Pacific News") is None
    assert metadata.masthead_outlet("Asia Times") == "Asia Times"
    assert metadata.masthead_outlet("VOA") == "Voice of America"
    assert metadata.masthead_outlet("Rappler") == "Rappler"
    # beside its name in its own script, its address or its edition
    assert metadata.masthead_outlet("국민일보  KUKMIN ILBO English Edition") == "Kukmin Ilbo"
    assert metadata.masthead_outlet("News1 Korea English  |  뉴스1") == "News1"
    assert metadata.masthead_outlet("한국일보  THE HANKOOK ILBO  |  English") == "The Hankook Ilbo"
    assert metadata.masthead_outlet("Yonhap News Agency en.yna.co.kr") == "Yonhap"
    assert metadata.masthead_outlet("SEGYE.com   세계일보") == "Segye Ilbo"
    assert metadata.masthead_outlet("South Korea  |  대한민국") is None
    assert metadata.masthead_outlet("WION") == "WION"
    assert metadata.masthead_outlet("YONHAP NEWS AGENCY") == "Yonhap"  # an agency's name in capitals
    assert metadata.masthead_outlet("서울신문 SEOUL SHINMUN") == "Seoul Shinmun"
    assert metadata.masthead_outlet("All News") is None  # a section's label
    assert metadata.masthead_outlet("Fuji News Network") == "FNN"
    assert metadata.masthead_outlet("Japan Ministry of Defense") == "Japan Ministry of Defense"  # a government's site
    assert metadata.email_outlet("(hnpark@heraldcorp.com)") == "The Korea Herald"
    assert metadata.email_outlet("Write to kim@example.com") is None
    assert metadata.copyright_outlet("© Korea Risk Group. All rights reserved. |") == "Korea Risk Group"
    assert metadata.copyright_outlet("Copyright © koreatimes.co.kr. All rights reserved.") == "The Korea Times"
    assert metadata.copyright_outlet("Copyright © example.com. All rights reserved.") == "example.com"
    assert metadata.copyright_outlet("© Copyright 2019 Associated Press. All rights reserved.") == "Associated Press"
    assert metadata.copyright_outlet("© Copyright Thomson Reuters 2019") == "Reuters"  # the year after the holder
    assert metadata.copyright_outlet("Copyright(C) 2019 Yonhap News Agency. All Rights Reserved.") == "Yonhap"
    assert metadata.copyright_outlet("Copyright(C) 2019 Ministry of Trade, Industry and Energy. All Rights Reserved.") == (
        "Ministry of Trade, Industry and Energy"  # a comma inside a body's name
    )
    assert metadata.copyright_outlet("© 2019 Yonhap News Agency, All rights reserved") == "Yonhap"
    assert metadata.copyright_outlet("©2019 Bloomberg L.P.") == "Bloomberg"  # a known outlet's company form
    # (a Korean site's notice after the holder)
    assert metadata.copyright_outlet("저작권자 © The Yonsei Annals 무단전재 및 재배포 금지") == "The Yonsei Annals"
    assert metadata.outlet_name("Acme Corp.") == "Acme Corp."  # an unknown one's kept
    assert metadata.copyright_outlet("[ⓒ Pulse by Maeil Business News Korea & mk.co.kr, All rights reserved]") == (
        "Pulse by Maeil Business News Korea"
    )
    assert metadata.promo_outlet("Visit Business Insider’s homepage for more stories.") == "Business Insider"
    assert metadata.promo_outlet("Get The Straits Times app") == "The Straits Times"
    assert metadata.promo_outlet("Why you can trust SCMP") == "South China Morning Post"
    assert metadata.source_line_outlet("SOURCE: AL JAZEERA AND NEWS AGENCIES") == "Al Jazeera"
    assert metadata.source_line_outlet("Source: Reuters") == "Reuters"
    assert metadata.source_line_outlet("Source: News agencies") is None
    assert metadata.source_line_outlet("Source: our reporter") is None
    assert metadata.source_line_outlet("Source: Reuters/ec") == "Reuters"  # the desk's initials after a slash
    assert metadata.source_line_agency("Source: Reuters/ec") == "Reuters"
    assert metadata.source_line_agency("Source: CNA/ec") == "CNA"
    assert metadata.source_line_agency("SOURCE: AL JAZEERA AND NEWS AGENCIES") is None  # an outlet, no wire
    assert metadata.promo_outlet("Why you can trust Our Blog") is None  # known outlets only
    assert metadata.copyright_outlet("© 2019 by the Center for Strategic and International Studies. All rights "
                                     "reserved.") == "CSIS"  # a known outlet, by the name it goes by
    # Names with small words inside: 'the Council on Foreign Relations'.
    assert metadata.outlet_named_in("Snyder is senior fellow at the Council on Foreign Relations.") == (
        "Council on Foreign Relations")
    assert metadata.outlet_named_in("She is a fellow at the Center for Strategic and International Studies.") == "CSIS"
    assert metadata.named_host_outlet("Permalink https://p.dw.com/p/3TYqf") == "Deutsche Welle"
    assert metadata.named_host_outlet("Permalink https://example.org/p/3TYqf") is None
    assert metadata.stamp_source("Source: Global Times Published: 2019/11/22 21:43:40") == "Global Times"
    assert metadata.stamp_source("Source: Xinhua| 2019-11-22 21:05:12|Editor: huaxia") == "Xinhua"
    assert metadata.stamp_source("Published: 2019/11/22 21:43:40") is None
    assert metadata.outlet_named_in("Mitch Shin is the Korea correspondent for The Diplomat.") == "The Diplomat"
    assert metadata.outlet_named_in("Choi Kang is vice president of the Asan Institute.") is None
    assert metadata.outlet_named_in("The author is an editorial writer of the JoongAng Ilbo.") == "Korea JoongAng Daily"
    assert metadata.email_outlet("yckim@ktimes.com") == "The Korea Times"
    assert metadata.email_outlet("lee.sarah@joongang.co.kr") == "Korea JoongAng Daily"
    assert metadata.masthead_outlet("Post") is None  # a share button, not a paper
    assert metadata.masthead_outlet("Blog Post") is None  # a page's label
    assert metadata.masthead_outlet("Latest News") is None
    assert metadata.masthead_outlet("The Post") == "The Post"


@pytest.mark.parametrize("line, outlet", [
    ("The Japan News by The Yomiuri Shimbun", "The Yomiuri Shimbun"),
    ("Pact saved by Yonhap", None),  # a headline's words: no masthead before 'by'
    ("The Japan News by a reader", None),
])
def test_a_site_s_name_with_its_publisher(line, outlet):
    assert metadata.site_by_outlet(line) == outlet


@pytest.mark.parametrize("name, outlet, same", [
    ("Kyodo News", "Kyodo", True),
    ("the Global Times", "Global Times", True),
    ("Yonhap News Agency", "Yonhap", True),
    ("Global Times", "The Japan Times", False),
    ("NPR News", "NPR", True),  # a reporter's sign-off: 'Anthony Kuhn, NPR News, Seoul.'
    ("ABC", "NBC News", False),
    ("NHK", "NHK World-Japan", True),  # a broadcaster and its service
    ("KBS", "KBS World Radio", True),
    ("NHK", "NHKW News", False),
])
def test_same_outlet(name, outlet, same):
    assert metadata.same_outlet(name, outlet) is same


@pytest.mark.parametrize("name, outlet", [
    ("RT World News", "RT"),  # a section's name after the outlet's
    ("Korea Times", "The Korea Times"),
    ("World News", None),
    ("Japan World", None),
    # its name run together, its edition after it (a site's own 'og:site_name')
    ("Chosunilbo (English Edition)", "The Chosun Ilbo"),
    ("Some Paper (English Edition)", None),
    # India's business papers, by their mastheads' names
    ("BusinessLine", "The Hindu BusinessLine"),
    ("Mint", "Mint"),
    # ... and the U.S. Congress's research service, its reports' footer and host
    ("Congressional Research Service", "Congressional Research Service"),
    ("crsreports.congress.gov", "Congressional Research Service"),
])
def test_known_outlet(name, outlet):
    assert metadata.known_outlet(name) == outlet


def test_a_dateline_naming_the_wires_a_story_is_made_from_names_no_outlet():
    one = metadata.extract_dateline("SEOUL (Yonhap) -- South Korea kept the pact").dateline
    many = metadata.extract_dateline("SEOUL (REUTERS, AFP) - South Korea kept the pact").dateline
    assert metadata.dateline_outlet(one) == "Yonhap"
    assert metadata.dateline_outlet(many) is None
    assert metadata.dateline_outlet(None) is None


@pytest.mark.parametrize("line, name", [
    ("Justin McCurry in Tokyo", "Justin McCurry"),
    ("Kana Inagaki in Tokyo and Song Jung-a in Seoul", "Kana Inagaki and Song Jung-a"),
    ("By Andrew Jeong in Seoul and Alastair Gale in Tokyo", "Andrew Jeong and Alastair Gale"),
    ("Protesters in Seoul", None),  # one word is no name
    ("Justin McCurry in Gotham", None),  # no city news is filed from
    ("Justin McCurry", None),
])
def test_a_writer_and_the_city_filed_from_is_a_byline(line, name):
    found = metadata.filed_from_byline(line)
    assert (found.name if found else None) == name
    if not line.startswith("By "):
        assert metadata.parse_byline(line) is None  # only under a headline (see clean)


def test_title_precedence_and_fallback():
    paragraphs = ["WASHINGTON -- Mark Esper met Taro Kono in Bangkok on Sunday. They talked about GSOMIA."]
    assert metadata.extract_title("Stated", "Printed headline", paragraphs) == "Stated"
    assert metadata.extract_title(None, "Printed headline", paragraphs) == "Printed headline"
    assert metadata.extract_title(None, None, paragraphs) == "Mark Esper met Taro Kono in Bangkok on Sunday."


def test_fallback_title_is_shortened_at_a_word():
    long = "South Korea " + "and Japan " * 30 + "agreed."
    title = metadata.fallback_title(long)
    assert len(title) <= metadata.TITLE_LIMIT and title.endswith("…") and " an…" not in title


@pytest.mark.parametrize("headline, title", [
    ("Seoul keeps pact with Tokyo | The Korea Herald", "Seoul keeps pact with Tokyo"),
    ("Seoul keeps pact with Tokyo - Yonhap News Agency", "Seoul keeps pact with Tokyo"),
    ("South Korea Extends Military Intelligence-Sharing Pact With Japan - Seoul",
     "South Korea Extends Military Intelligence-Sharing Pact With Japan - Seoul"),
    ("(LEAD) N. Korea fires 2 short-range ballistic missiles: JCS",
     "N. Korea fires 2 short-range ballistic missiles: JCS"),
    ("(2nd LD) Seoul keeps GSOMIA", "Seoul keeps GSOMIA"),
    ("(3rd LEAD) Moon, Abe agree to seek dialogue", "Moon, Abe agree to seek dialogue"),
    ("UPDATE 2-South Korea says it will let Japan intelligence pact expire",
     "South Korea says it will let Japan intelligence pact expire"),
    ("UPDATE-Seoul keeps GSOMIA", "Seoul keeps GSOMIA"),
    # A wire's take number after the headline; not a figure the headline gives in brackets.
    ("Japan Drops South Korea From Trade 'White List' as Feud Deepens (2)",
     "Japan Drops South Korea From Trade 'White List' as Feud Deepens"),
    ("Seoul and Tokyo trade barbs as talks stall (2019)", "Seoul and Tokyo trade barbs as talks stall (2019)"),
    ("Korea-Japan relations at a crossroads (2)", "Korea-Japan relations at a crossroads (2)"),  # a series' part
    ("CORRECTED-UPDATE 2-South Korea to scrap intelligence-sharing pact with Japan",
     "South Korea to scrap intelligence-sharing pact with Japan"),
    ("[LIVE] Seoul conditionally suspends GSOMIA termination", "Seoul conditionally suspends GSOMIA termination"),
    ("Live: Seoul keeps pact", "Live: Seoul keeps pact"),
    ("Live updates | Seoul keeps pact", "Seoul keeps pact"),
    ("EXPLAINER-Japan, South Korea feud deepens as pact deadline nears",
     "Japan, South Korea feud deepens as pact deadline nears"),
    ("UPDATE1: Japan, S. Korea defense chiefs fail to narrow gap", "Japan, S. Korea defense chiefs fail to narrow gap"),
    ("BRIEF-Japan, South Korea To Hold Export Control Dialogue", "Japan, South Korea To Hold Export Control Dialogue"),
    ("INTERVIEW/ Kono: GSOMIA 'working as it should'", "Kono: GSOMIA 'working as it should'"),
    ("Seoul/Tokyo row deepens", "Seoul/Tokyo row deepens"),
    ("Update on GSOMIA-related talks", "Update on GSOMIA-related talks"),
    ("[Column] Seoul must not gamble with alliances", "Seoul must not gamble with alliances"),
    ("[2020 Review] Seoul-Tokyo Ties Stay Frozen", "Seoul-Tokyo Ties Stay Frozen"),
    ("[Yearender] Seoul-Tokyo ties hit bottom", "Seoul-Tokyo ties hit bottom"),
    ("(Yonhap Yearender) Seoul-Tokyo ties hit bottom", "Seoul-Tokyo ties hit bottom"),
    ("(News Focus) Speaker's bill draws fire from victims", "Speaker's bill draws fire from victims"),
    ("(Yonhap Interview) U.S. expert says feud helps Pyongyang", "U.S. expert says feud helps Pyongyang"),
    ("[Reporter's Notebook] A pact saved at midnight", "A pact saved at midnight"),
    ("[Yonhap] is not a section label", "[Yonhap] is not a section label"),
    ("Opinion | Why Japan and South Korea need each other", "Why Japan and South Korea need each other"),
    ("Opinion: Why Japan and South Korea need each other", "Opinion: Why Japan and South Korea need each other"),
    ("South Korea's Intelligence Pact With Japan Set to Lapse at Midnight | World News",
     "South Korea's Intelligence Pact With Japan Set to Lapse at Midnight"),  # a section's name after a bar
    ("Seoul keeps pact - World News", "Seoul keeps pact - World News"),  # not after a dash
    # A section in small letters after a bar, then the site's name.
    ("South Korea makes U-turn on intelligence-sharing pact with Japan | World news | The Guardian",
     "South Korea makes U-turn on intelligence-sharing pact with Japan"),
    # Section, site and the page's date, one after another.
    ("South Korea decides to keep military intel pact with Japan | News | DW | 22.11.2019",
     "South Korea decides to keep military intel pact with Japan"),
    ("Seoul keeps pact | 22 talks", "Seoul keeps pact | 22 talks"),
    # A known outlet's name before the headline.
    ("Yonhap News Agency: S. Korea to keep GSOMIA conditionally", "S. Korea to keep GSOMIA conditionally"),
    ("The Korea Times | Seoul keeps GSOMIA", "Seoul keeps GSOMIA"),
    ("Japan: Seoul must act first", "Japan: Seoul must act first"),
    # ... or one of its newsletters' (not a digest's day, nor an outlet's other label).
    ("Axios PM: South Korea quits intel pact with Japan", "South Korea quits intel pact with Japan"),
    ("NK News Daily Update: Kim oversees rocket test", "Kim oversees rocket test"),
    ("Kyodo News Digest: Nov. 23, 2019", "Kyodo News Digest: Nov. 23, 2019"),
    ("Kyodo News Digest: Nov. 23", "Kyodo News Digest: Nov. 23"),
    ("Politico Playbook: Tuesday", "Politico Playbook: Tuesday"),
    ("Axios AM: Friday, Nov. 22", "Axios AM: Friday, Nov. 22"),
    ("Kyodo: GSOMIA extended", "GSOMIA extended"),
    ("CNBC Transcript: Jesper Koll Speaks with CNBC", "CNBC Transcript: Jesper Koll Speaks with CNBC"),
    # A series label before a slash, as the Asahi prints it.
    ("VIEWPOINT/ Last-minute GSOMIA reprieve buys time", "Last-minute GSOMIA reprieve buys time"),
    ("[Ahn Min-seo] GSOMIA reprieve buys time, not trust", "GSOMIA reprieve buys time, not trust"),  # a column
    # The hour a transcript's show aired.
    ("South Korea Ends Intelligence-Sharing Pact With Japan; Fires Rage in Amazon. Aired 12-1a ET",
     "South Korea Ends Intelligence-Sharing Pact With Japan; Fires Rage in Amazon"),
    ("Seoul Keeps Pact. Aired 8-9p ET", "Seoul Keeps Pact"),
    ("Seoul Keeps Pact. Aired Friday", "Seoul Keeps Pact. Aired Friday"),
    # A known outlet's name glued by a colon, as the Asahi's title is.
    ("South Korean visitors to Japan plunge 48% as boycott spreads:The Asahi Shimbun",
     "South Korean visitors to Japan plunge 48% as boycott spreads"),
    ("Seoul keeps pact:The Unknown Paper", "Seoul keeps pact:The Unknown Paper"),
])
def test_strip_title_chrome(headline, title):
    assert metadata.strip_title_chrome(headline) == title


@pytest.mark.parametrize("path, outlet", [
    ("015_japantimes-milley-mid-november-visit.txt", "The Japan Times"),
    ("seeds/003_nyt-tefter-skorea-scrap-intel-deal.txt", "The New York Times"),
    ("031_koreanet-conditional-halt-termination.txt", "Korea.net"),  # a host's words run together
    ("011_koreapost-headlines-aug23.txt", "The Korea Post"),  # koreapost.co.kr
    ("yonhap_seoul-keeps-pact.md", "Yonhap"),  # an agency
    ("SCMP-seoul-keeps-pact.html", "South China Morning Post"),  # a short name, in any case
    ("000_3098d3c7a12f7f37.txt", None),
    ("korea-keeps-pact.txt", None),  # a word of a host that names no one outlet
    ("seoul-keeps-pact.txt", None),
    ("japantimesx-story.txt", None),
    ("002_38north-seoul-keeps-pact.txt", "38 North"),  # a name opening with a digit
    ("006_military-pact-saved.txt", None),  # a host's word that is a common one (military.com)
    ("008_rt-seoul-keeps-pact.txt", "RT"),
    ("009_kbs-us-concerned-seoul-axes-pact.txt", "KBS World Radio"),  # a page in English is the English service's
    ("hankyoreh-seoul-keeps-pact.txt", "The Hankyoreh"),  # a name its host does not spell (hani.co.kr)
])
def test_the_file_name_names_its_outlet(path, outlet):
    assert metadata.file_name_outlet(path) == outlet


@pytest.mark.parametrize("url, host, outlet", [
    ("https://www.japantimes.co.jp/news/2019/10/26/national/", "japantimes.co.jp", "The Japan Times"),
    ("http://world.kbs.co.kr/service/news_view.htm?lang=e", "world.kbs.co.kr", "KBS World Radio"),
    ("https://news.kbs.co.kr/news/view.do?ncd=1", "news.kbs.co.kr", "KBS"),
    ("https://sp.m.jiji.com/english/show/1438", "jiji.com", "Jiji Press"),
    ("https://www.businessinsider.com.au/south-korea-ends-pact", "businessinsider.com.au", "Business Insider"),
    ("https://en.yna.co.kr/view/AEN20191122", "en.yna.co.kr", "Yonhap"),
    ("https://moskow-city.com/asia/nd-japan-inus-pressure/", "moskow-city.com", None),
    ("https://notjapantimes.co.jp/x", "notjapantimes.co.jp", None),
    ("https://web.archive.org/web/20191122083000/https://www.japantimes.co.jp/news/x/", "japantimes.co.jp",
     "The Japan Times"),
    ("https://web.archive.org/web/20191122083000id_/koreaherald.com/view.php?ud=1", "koreaherald.com",
     "The Korea Herald"),
    ("not an address", None, None),
    (None, None, None),
])
def test_the_page_address_names_its_outlet(url, host, outlet):
    assert metadata.page_host(url) == host
    assert metadata.host_outlet(host) == outlet


def test_a_known_site_named_in_the_chrome_is_an_outlet_clue():
    line = "The Korea Post media (www.koreapost.com) in English, (www.koreapost.co.kr) in Korean."
    assert metadata.named_host_outlet(line) == "The Korea Post"
    assert metadata.named_host_outlet("More at www.example.org") is None


def capture_with_address(tmp_path, text, url):
    from generator.clean import clean
    from generator.ingest import read_article

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"url: {url}\n", encoding="utf-8")
    return clean(read_article(path))


BODY = (
    "Seoul keeps the pact\n\n"
    "South Korea said on Friday that it would keep its military intelligence-sharing pact with Japan for now, "
    "reversing a decision that had strained ties with the United States.\n\n"
    "The pact was due to expire at midnight, officials said, after months of talks between the two neighbours.\n"
)


def test_the_outlet_comes_from_the_text_first_then_the_known_site_then_the_bare_host(tmp_path):
    assert capture_with_address(tmp_path, BODY, "https://www.japantimes.co.jp/news/1").outlet == "The Japan Times"
    # The wire that wrote the story beats the site that carries it.
    wire = BODY + "\nThe talks will go on next week. (Yonhap)\n"
    assert capture_with_address(tmp_path, wire, "https://www.koreaherald.com/view.php?ud=1").outlet == "Yonhap"
    # A known site beats a copyright holder, which may be the company behind it.
    owned = BODY + "\n© Korea Risk Group. All rights reserved.\n"
    assert capture_with_address(tmp_path, owned, "https://nknews.org/pro/what-to-make").outlet == "NK News"
    assert capture_with_address(tmp_path, BODY, "https://moskow-city.com/asia/x/").outlet == "moskow-city.com"


def test_with_their_page_addresses_the_corpus_articles_name_the_gold_outlet(tmp_path):
    """As `briefing add --url` gives them, with the files' names: every outlet (a page read
    through a reader service, tefter.io, is The New York Times its file is named after)."""
    import shutil

    import yaml

    from generator.clean import clean
    from generator.ingest import read_article
    from tests.conftest import CORPUS, GOLD

    urls = {e["file"]: e["url"] for e in yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))}
    wrong = []
    for entry in GOLD:
        source = Path(entry["path"])
        if source.name not in urls:
            continue
        shutil.copy(source, tmp_path / source.name)
        (tmp_path / source.name).with_suffix(".yaml").write_text(f"url: {urls[source.name]}\n", encoding="utf-8")
        outlet = clean(read_article(tmp_path / source.name)).outlet
        if outlet != entry["outlet"]:
            wrong.append((source.name, outlet, entry["outlet"]))
    assert wrong == []


def test_a_lone_dateline_joined_to_the_first_paragraph_is_not_news():
    from generator.models import Dateline

    paragraphs = ("NAGOYA Foreign ministers gathered Friday in Nagoya.", "NAGOYA is a city.")
    assert metadata.news_paragraphs(paragraphs, Dateline("NAGOYA", None)) == (
        "Foreign ministers gathered Friday in Nagoya.", "NAGOYA is a city.")
    # Only that dateline, only at the start, and only a lone one.
    assert metadata.news_paragraphs(paragraphs, Dateline("SEOUL", None)) == paragraphs
    assert metadata.news_paragraphs(paragraphs, Dateline("NAGOYA", "Kyodo")) == paragraphs
    assert metadata.news_paragraphs(("NATO Secretary-General spoke.",), None) == ("NATO Secretary-General spoke.",)


def test_the_summary_and_events_of_a_capture_with_a_lone_dateline_start_with_the_news(tmp_path):
    from generator.events import find_events
    from generator.facts import summarize

    text = "G20 ministers meet\n\nNAGOYA\n\n" + BODY.split("\n\n", 1)[1].replace("on Friday", "on Friday, Nov. 22, 2019,")
    article = capture_with_address(tmp_path, text, "https://japantoday.com/category/politics/x")
    assert article.dateline is not None and article.dateline.place == "NAGOYA"
    assert article.paragraphs[0].startswith("NAGOYA South Korea said")
    assert summarize(article).startswith("South Korea said")
    assert all(not e.text.startswith("NAGOYA") for e in find_events(article))


@pytest.mark.parametrize("outlet, published, then", [
    ("Nikkei Asia", "2019-12-24", "Nikkei Asian Review"),
    ("Nikkei Asia", "2021-03-01", "Nikkei Asia"),
    ("Nikkei Asia", None, "Nikkei Asia"),
    ("Yonhap", "2019-12-24", "Yonhap"),
    (None, "2019-12-24", None),
])
def test_a_renamed_outlet_goes_by_the_name_it_had_then(outlet, published, then):
    assert metadata.named_then(outlet, published) == then


@pytest.mark.parametrize("line, names", [
    ("Hyun-jin Ko, Kaori Nakamura", True),
    ("Joshua Berlinger, Yoonjung Seo and Jake Kwon", True),
    # A writer and a post, a label and a place: no list of writers.
    ("Morgan Ortagus, Department Spokesperson", False),
    ("Choi Seung-min, Research Fellow", False),
    ("Location, Japan", False),
])
def test_a_line_of_writers_names_alone(line, names):
    assert metadata.names_alone(line) is names


@pytest.mark.parametrize("line", [
    "ABSTRACT", "SUMMARY", "ABSTRACT: The 2019 dispute showed how far an alliance can bend.",
])
def test_a_label_in_capitals_is_no_dateline(line):
    assert metadata.lone_dateline(line) is None and metadata.extract_dateline(line) is None


@pytest.mark.parametrize("line", ["Japan, US – Joint statement on the pact", "Seoul, UN – talks resume"])
def test_a_country_s_letters_are_no_us_state(line):
    assert metadata.lone_dateline(line) is None and metadata.extract_dateline(line) is None



@pytest.mark.parametrize("line", ["By Post Reporters and AFP", "By Online Reporters and AFP"])
def test_a_paper_s_staff_and_an_agency_name_no_writer(line):
    assert metadata.parse_byline(line) == metadata.Byline(None, None)


@pytest.mark.parametrize("line, outlet", [
    ("Focus Taiwan CNA English News", "Focus Taiwan"),  # two names run together, the second's edition after it
    ("VOA - Voice of America - English", "Voice of America"),
    ("Focus Taiwan", None),  # (one name alone is no line of names)
    ("Yonhap Seoul ends pact", None),
    ("Yonhap - Seoul ends pact", None),
])
def test_an_outlet_with_its_other_names(line, outlet):
    assert metadata.outlet_with_its_names(line) == outlet


def test_a_lone_dateline_with_its_country_joined_to_the_lead_is_cut_off_it():
    dateline = metadata.Dateline(place="CHENGDU, China", agency=None)
    first = "CHENGDU, China Prime Minister Shinzo Abe and South Korean President Moon Jae In agreed Tuesday."
    assert metadata.news_paragraphs((first,), dateline) == (
        "Prime Minister Shinzo Abe and South Korean President Moon Jae In agreed Tuesday.",)


def test_a_page_title_s_end_in_a_dash_stays_when_a_site_s_name_follows_it():
    from generator.webpage import without_site_name

    title = "Japan to tighten chip export controls - Seoul Protests"
    assert without_site_name(title + " - The Mainichi", "The Mainichi") == title
