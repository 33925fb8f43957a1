"""Date expressions: finding them in news English and resolving them by tense."""

from __future__ import annotations

from datetime import date

import pytest

from generator.dates import Context, expression_tense, find_dates, is_time_frame, resolve, tense_at

TUESDAY = "2019-11-19"  # the seed article's publication day


def resolved(sentence: str, published: str | None) -> list[str]:
    """The ISO dates `sentence` names, resolved as find_events resolves them."""
    day = date.fromisoformat(published) if published else None
    dates = []
    for expression in find_dates(sentence):
        tense = expression_tense(sentence, expression)
        if is_time_frame(sentence, expression, tense):
            continue
        found = resolve(expression, Context(published=day, tense=tense))
        if found:
            dates.append(found.iso)
    return dates


@pytest.mark.parametrize("sentence, published, expected", [
    # Weekdays go by tense: past (or no cue) back to the latest, future ahead.
    ("US Defense Secretary Mark Esper on Monday welcomed Japan's efforts.", TUESDAY, ["2019-11-18"]),
    ("GSOMIA is set to expire on Saturday.", TUESDAY, ["2019-11-23"]),
    ("The pact expires on Saturday unless Seoul changes course.", TUESDAY, ["2019-11-23"]),
    ("Esper will visit Seoul on Sunday.", TUESDAY, ["2019-11-24"]),
    ("Protests may resume on Saturday.", TUESDAY, ["2019-11-23"]),
    ("Protesters may have gathered on Saturday.", TUESDAY, ["2019-11-16"]),
    ("The defense chiefs met in Bangkok on Sunday.", TUESDAY, ["2019-11-17"]),
    # 'since' and a happening before its time: what came before; a week's schedule's entry, no tense told, to come;
    # what was agreed to be done on a weekday, the nearer.
    ("Kang was to meet Motegi later in the day, the first meeting between the two since their talks in New York in "
     "September.", "2019-11-23", ["2019-11-23", "2019-09"]),
    ("Since the decision will be made in December, Seoul waits.", "2019-11-23", ["2019-12"]),
    ("Monday: Japan-South Korea export talks resume", "2019-12-15", ["2019-12-16"]),
    ("Tuesday-Wednesday: U.S.-South Korea cost talks", "2019-12-15", ["2019-12-17", "2019-12-18"]),
    ("Monday: talks broke down in Seoul", "2019-12-15", ["2019-12-09"]),
    ("Monday: talks collapsed in Seoul", "2019-12-15", ["2019-12-09"]),
    ("Thursday: South Korea's National Security Council convenes to review the pact.", "2019-11-16", ["2019-11-21"]),
    ("Choe said the two sides had agreed to hold preliminary contact on Friday.", "2019-10-02", ["2019-10-04"]),
    ("Choe said the two sides had agreed to hold preliminary contact on Friday.", "2019-10-05", ["2019-10-04"]),
    ("South Korea's National Security Council decided to terminate the agreement on Thursday.", "2019-08-27",
     ["2019-08-22"]),
    ("President Moon Jae-in urged Japan to withdraw its export restrictions on Thursday.", "2019-08-27",
     ["2019-08-22"]),
    # A month something is bound to happen before, no verb telling; a deed named with what it was to do after its time;
    # a weapon's test and whose it is right before its time, a verb to come further back; 'next' with a month, of the
    # next year; a time opening the sentence, then whose time it is.
    ("Both governments still have a way out before November.", "2019-08-26", ["2019-11"]),
    ("The pact was signed before November.", "2019-08-26", ["2018-11"]),
    ("Seoul's decision in August to let it lapse was reversed.", "2019-11-26", ["2019-08"]),
    ("Seoul will announce its decision in December to extend the pact.", "2019-11-26", ["2019-12"]),
    ("I will give a brief update on North Korea's launch on Saturday.", "2019-08-26", ["2019-08-24"]),
    ("The North's state media is expected to report on the launch on Friday.", "2019-11-28", ["2019-11-29"]),
    ("Kishida faces pressure ahead of next April's general election.", "2023-03-24", ["2024-04"]),
    ("Washington wants a deal before next November's presidential election.", "2020-01-13", ["2020-11"]),
    ("The government's decision in March to revise the cost formula will depend on the talks.", "2020-01-13",
     ["2020-03"]),
    ("Tokyo's plan in December to host a trilateral summit depends on the outcome.", "2019-11-20", ["2019-12"]),
    ("The two sides decided to meet again on Friday in Seoul.", "2019-11-20", ["2019-11-22"]),
    ("On Friday, the pact that Seoul signed with Tokyo in 2016 will expire unless Moon reverses course.", "2019-11-20",
     ["2019-11-22", "2016"]),
    ("On Saturday, the agreement, which Park Geun-hye's government signed in November 2016, weeks before she was "
     "impeached, will formally lapse.", "2019-11-20", ["2019-11-23", "2016-11"]),
    ("At midnight on Saturday, Seoul time, the General Security of Military Information Agreement with Japan is set "
     "to expire.", "2019-11-21", ["2019-11-23"]),
    # (a summit that day, what was agreed there told after it: the one gone)
    ("At their summit on Thursday, Yoon and Kishida agreed to resume shuttle diplomacy.", "2023-03-22",
     ["2023-03-16"]),
    # What was expected, then a main verb in the past; 'than expected'; a perfect infinitive.
    ("The fourth round of talks, expected in Washington in December, was postponed.", "2020-01-10", ["2019-12"]),
    ("The delegation, expected in Tokyo on Monday, arrived a day late.", "2019-12-10", ["2019-12-09"]),
    ("Exports fell more than expected in South Korea in November.", "2019-12-10", ["2019-11"]),
    ("The trilateral summit, expected in Chengdu in late December, was confirmed by Beijing.", "2019-11-29",
     ["2019-12"]),
    ("Japan hopes to have seven destroyers in the area by December.", "2019-11-20", ["2019-12"]),
    ("The curbs are expected to have limited impact on chip output in December.", "2019-11-25", ["2019-12"]),
    ("Officials said the curbs had limited impact in December.", "2019-11-25", ["2018-12"]),
    ("Tokyo is believed to have limited exports in October.", "2019-11-25", ["2019-10"]),
    # What is being arranged is to come.
    ("Motegi told reporters that he was arranging to hold a meeting with Kang on the 23rd.", "2019-11-22",
     ["2019-11-23"]),
    ("Motegi said he was arranging to meet Kang on Saturday.", "2019-11-22", ["2019-11-23"]),
    ("The two sides had been arranging to meet on Friday before the talks collapsed.", "2019-11-25", ["2019-11-22"]),
    ("After arranging to meet Kang on Saturday, Motegi flew to Nagoya.", "2019-11-25", ["2019-11-23"]),
    ("Motegi said he was still arranging to meet Kang on Saturday.", "2019-11-20", ["2019-11-23"]),
    ("Officials said they're arranging to meet on Saturday.", "2019-11-20", ["2019-11-23"]),
    # 'over the weekend' with no verb, told early in the week, is the one just gone; what one expects of another is to
    # come; 'since' tells a time gone with no tense told; an adjective of what is not tells no past.
    ("China's pledge over the weekend to impose tougher penalties on IP theft helped sentiment.", "2019-11-25",
     ["2019-11-23"]),
    ("Talks over the weekend will decide it.", "2019-11-25", ["2019-11-30"]),
    ("Attention now turns to the G20 foreign ministers' meeting in Nagoya over the weekend.", "2019-11-19",
     ["2019-11-23"]),
    ("Officials did not expect Seoul to announce its decision on Thursday.", "2019-11-22", ["2019-11-21"]),
    ("Economists don't expect the Bank of Korea to cut rates on Friday.", "2019-11-25", ["2019-11-29"]),
    ("Markets expect the Bank of Korea to hold rates untouched in January.", "2019-11-22", ["2020-01"]),
    ("We still expect the BoK to leave its base rate unchanged at 1.25% on Friday.", "2019-11-25", ["2019-11-29"]),
    ("Analysts expect Seoul to announce its decision on Friday.", "2019-11-25", ["2019-11-29"]),
    ("The yen hit its strongest level since Jan. 3.", "2019-08-26", ["2019-01-03"]),
    ("The rate was left unchanged on Friday.", "2019-11-25", ["2019-11-22"]),
    ("In a survey released on Friday, 29 percent said it should be kept, almost unchanged from a survey by the same "
     "pollster in late August.", "2019-11-23", ["2019-11-22", "2019-08"]),
    # How near another moment it came, set off after a time opening the sentence, is passed over.
    ("On Nov. 22, hours before the pact was due to expire, Kim announced that Seoul would suspend its notice.",
     "2020-06-04", ["2019-11-22"]),
    ("On Saturday, hours before the pact expires, Seoul will decide.", "2019-11-20", ["2019-11-23"]),
    ("The fourth round of talks, expected in Washington in December, did not take place.", "2020-01-10", ["2019-12"]),
    ("The trilateral summit, expected in Chengdu in late December, was discussed during the call.", "2019-11-29",
     ["2019-12"]),
    ("Moon orders officials to review Monday's decision", "2019-11-20", ["2019-11-18"]),
    ("A visit by Moon, expected in Tokyo in early January, was still being arranged, officials said.", "2019-12-10",
     ["2020-01"]),
    ("Japan, S. Korea foreign affairs ministers to meet in Nagoya on Saturday", "2019-11-20", ["2019-11-23"]),
    ("Kim is understood to have been in Pyongyang in December.", TUESDAY, ["2018-12"]),
    ("Japanese officials likely to have known about the launch on Tuesday", "2019-11-20", ["2019-11-19"]),
    # A headline's infinitive after who they are, in small letters after their country.
    ("Japan, S. Korea defense chiefs to meet in Bangkok on Sunday", "2019-11-14", ["2019-11-17"]),
    ("U.S. special envoy to visit Seoul on Monday", "2019-11-14", ["2019-11-18"]),
    ("- Kono, Jeong to have talks in Bangkok on Sunday", "2019-11-14", ["2019-11-17"]),
    ("- Japan summons envoy to protest Wednesday's ruling", "2019-11-14", ["2019-11-13"]),
    # Two days joined: the first in the tense of the words after the second.
    ("On Monday and Tuesday, delegations from Seoul and Washington will meet in Honolulu.", "2019-11-16",
     ["2019-11-18", "2019-11-19"]),
    ("Drills were held on Sunday and Monday.", "2019-11-16", ["2019-11-10", "2019-11-11"]),
    ("The trilateral talks in Bangkok on Sunday.", TUESDAY, ["2019-11-17"]),
    ("Milley expressed hope Tuesday of finding a way.", TUESDAY, ["2019-11-19"]),
    ("On Monday, South Korea and the United States began an exercise.", "2019-08-09", ["2019-08-05"]),
    ("Milley is scheduled to meet Gen. Park Han-ki on Thursday for talks.", "2019-11-12", ["2019-11-14"]),
    ("The deal was set to expire at midnight Friday (3 p.m. GMT).", "2019-11-22", ["2019-11-22"]),
    ("The minister met his counterpart last Friday.", TUESDAY, ["2019-11-15"]),
    # ... the week before's, said the day after it: the day before is 'yesterday' or 'on Thursday'.
    ("South Korea announced last Thursday that it would end the pact.", "2019-08-30", ["2019-08-22"]),
    ("South Korea announced last Thursday that it would end the pact.", "2019-08-24", ["2019-08-22"]),
    # A weekday of the week before or after the publication's, whatever day it is published on.
    ("The restrictions took effect on Thursday last week.", "2019-07-11", ["2019-07-04"]),
    ("The restrictions took effect on Thursday last week.", "2019-07-08", ["2019-07-04"]),
    ("Talks are set for Monday of next week.", "2019-07-11", ["2019-07-15"]),
    # What is left of the current year or month.
    ("Japan must respond by the end of the year, Seoul said.", TUESDAY, ["2019-12"]),
    ("The two sides will meet at the end of this month.", TUESDAY, ["2019-11"]),
    # What was due and did not happen: the nearer such day, told before it or after.
    ("The pact would have expired at midnight on Saturday.", "2019-11-22", ["2019-11-23"]),
    ("The pact would have expired at midnight on Saturday.", "2019-11-25", ["2019-11-23"]),
    ("The meeting would otherwise have taken place on Tuesday.", "2019-11-22", ["2019-11-19"]),
    # What was due, told in the past: the day just gone when told a day or two after, else the coming one.
    ("The pact was set to lapse Friday night.", "2019-11-23", ["2019-11-22"]),
    ("The pact was set to lapse on Saturday.", "2019-11-25", ["2019-11-23"]),
    ("The pact was set to lapse on Saturday.", "2019-11-22", ["2019-11-23"]),
    ("The pact was set to lapse on Saturday.", TUESDAY, ["2019-11-23"]),
    # What holds from a day on, told before who said it; what things serve for is no past.
    ("Japan will tighten controls on exports of three materials used to make chips from Thursday, the government "
     "said Monday.", "2019-07-01", ["2019-07-04", "2019-07-01"]),
    # A comma inside a body's name ends no clause after a time opening the sentence.
    ("On July 1, the Ministry of Economy, Trade and Industry announced tighter controls.", "2020-01-04",
     ["2019-07-01"]),
    # A year in a name is no date.
    ("Organizers of Tokyo 2020 said the Aichi Triennale 2019 exhibit had closed.", TUESDAY, []),
    ("The 2018 ruling stands, and the pact's 2016 signing was quiet.", TUESDAY, ["2018", "2016"]),
    ("Throughout 2019, Seoul and Tokyo sparred.", TUESDAY, ["2019"]),
    ("Tokyo 2020 organizers and the government rejected the request.", TUESDAY, []),
    ("The background: In 2015, the two governments reached a deal.", TUESDAY, ["2015"]),
    ("Fiscal 2019 exports of the three chemicals fell sharply, the ministry said.", TUESDAY, ["2019"]),
    ("Starting 2020 exporters must apply for a license for each shipment.", TUESDAY, ["2020"]),
    # Things serving to make something, whatever their name; not what people used to do.
    ("Japan will add photoresists used to make chips to the list on Friday.", "2019-11-27", ["2019-11-29"]),
    ("As 2018 drew to a close, a destroyer locked its radar on a patrol plane.", TUESDAY, ["2018"]),
    # What was agreed on a day to be done later.
    ("The ministers agreed Saturday to work toward a summit in late December.", "2019-11-23",
     ["2019-11-23", "2019-12"]),
    # ... but what had been due then, plans overtaken, is the nearer such day.
    ("The pact had been due to lapse at midnight on Friday.", "2019-11-25", ["2019-11-22"]),
    ("The pact had been set to expire on Saturday.", "2019-11-26", ["2019-11-23"]),
    ("It had been due for automatic renewal on Saturday.", "2019-08-22", ["2019-08-24"]),
    # (a time's colon is no clause's end)
    ("The pact was due to expire at 12:00 a.m. Saturday.", "2019-11-22", ["2019-11-23"]),
    ("The envoy arrives next Monday.", TUESDAY, ["2019-11-25"]),
    ("Kang is expected to meet her counterpart, Toshimitsu Motegi, in Nagoya on Saturday.", TUESDAY, ["2019-11-23"]),
    # Spans of days.
    ("Tensions remain ahead of the expiry of the pact this weekend.", TUESDAY, ["2019-11-23"]),
    ("Thousands rallied in Seoul this weekend.", "2019-11-25", ["2019-11-23"]),
    ("Thousands are rallying in Seoul this weekend.", "2019-11-24", ["2019-11-23"]),
    ("The ministers met last weekend.", TUESDAY, ["2019-11-16"]),
    ("A deadline to decide whether to renew it comes later this month.", "2019-08-09", ["2019-08"]),
    ("Abe and Moon plan a summit next week in China.", "2019-12-17", ["2019-12"]),
    ("The leaders will meet next week.", "2019-12-26", []),  # 30 Dec - 5 Jan: no one month
    ("Seoul reviewed the pact earlier this year.", TUESDAY, ["2019"]),
    ("The rulings came last year.", "2019-12-17", ["2018"]),
    # A month with its year counted from the publication's.
    ("The dispute goes back to the court's ruling in October last year.", "2019-11-23", ["2018-10"]),
    ("Talks may resume in early March next year.", "2019-11-23", ["2020-03"]),
    ("The court ruled in October of last year.", "2019-08-02", ["2018-10"]),
    # A day of the month alone, as Korean news in English writes it.
    ("The two sides will meet in Tokyo on the 16th, the ministry said on the 10th.", "2019-12-10",
     ["2019-12-16", "2019-12-10"]),
    ("Seoul suspended the termination on the 22nd of last month.", "2019-12-10", ["2019-11-22"]),
    ("Seoul suspended the termination on 22nd of last month.", "2019-12-10", ["2019-11-22"]),  # no 'the'
    ("On the previous day (23rd), President Moon held a summit with Xi.", "2019-12-25", ["2019-12-23"]),
    ("Talks will be held on 23rd Street.", "2019-12-25", []),
    ("Japan's position on 5th-generation fighter jets is unchanged.", "2019-12-25", []),
    ("Abe (2nd) met Moon.", "2019-12-25", []),
    ("They will meet on the 21st-22nd in Beijing.", "2019-08-10", ["2019-08-21"]),
    ("He said in a briefing (22nd) that talks would go on.", "2019-08-25", ["2019-08-22"]),
    # due then, no verb: still to come
    ("With a general election due in April, Seoul has little time.", "2019-12-18", ["2020-04"]),
    ("The election, which was due in April, was delayed.", "2019-12-18", ["2019-04"]),
    # A day with its year counted from the publication's: one happening, not two.
    ("The Supreme Court ruled on Oct. 30 last year that Nippon Steel must pay.", "2019-11-27", ["2018-10-30"]),
    # A year said after two months listed is both's.
    ("The Supreme Court ruled in October and November last year.", "2019-11-27", ["2018-10", "2018-11"]),
    ("The rulings in October and November 2018 angered Tokyo.", "2019-11-27", ["2018-10", "2018-11"]),
    # What was agreed to be done has no tense: the coming month when near, else the last one.
    ("The two agreed to seek a summit in December.", "2019-11-25", ["2019-12"]),
    # Travel in the present tense is planned.
    ("Esper leaves Saturday for Bangkok.", "2019-11-15", ["2019-11-16"]),
    ("Seoul decided to end the pact in August.", "2019-11-25", ["2019-08"]),
    # The weekend just gone in a past clause; the end of the year, its last month.
    ("Trade officials met over the weekend.", "2019-11-27", ["2019-11-23"]),
    ("They agreed to hold further talks by year-end.", "2019-11-27", ["2019-12"]),
    ("Seoul suspended the termination on the 22nd.", "2019-12-10", ["2019-11-22"]),  # gone by, told as past
    ("The talks will be held on the 3rd.", "2019-12-10", ["2020-01-03"]),  # to come, told as future
    ("The talks happened two days ago.", TUESDAY, ["2019-11-17"]),
    # Relative days and bracketed absolutes that pin them.
    ("Moon will hold an emergency Cabinet meeting this afternoon.", "2019-08-02", ["2019-08-02"]),
    ("Yesterday (Aug. 1), Seoul hinted that it would reconsider.", "2019-08-02", ["2019-08-01"]),
    ("Japan's Cabinet on Friday morning (Aug. 2) gave the go-ahead.", "2019-08-02", ["2019-08-02"]),
    ("An official announcement is to be made on Wednesday (Aug. 7).", "2019-08-02", ["2019-08-07"]),
    ("The talks ended on Thursday, Aug. 22, 2019.", None, ["2019-08-22"]),
    ("Officials said tomorrow's meeting would go ahead.", TUESDAY, ["2019-11-20"]),
    # Months without a year, by tense; a month with a year as printed.
    ("South Korea announced in August that it will terminate the deal.", TUESDAY, ["2019-08"]),
    ("The two leaders agreed last June to resume the talks.", "2019-08-09", ["2019-06"]),
    ("The talks are scheduled to resume in March.", TUESDAY, ["2020-03"]),
    ("Milley is considering visiting Japan in mid-November.", "2019-10-26", ["2019-11"]),
    ("Chairman of U.S. Joint Chiefs eyeing mid-November visit to Japan", "2019-10-26", ["2019-11"]),
    ("Kim set the deadline in April, after the summit collapsed.", "2019-12-04", ["2019-04"]),
    ("The pact that lapses in January worries Washington.", "2019-12-04", ["2020-01"]),
    ("The pact was signed in November 2016.", None, ["2016-11"]),
    ("The first such dialogue since June 2016 was held.", None, ["2016-06"]),
    ("The November 2018 Supreme Court decision angered Tokyo.", None, ["2018-11"]),
    # Month and day without a year: the nearest such day.
    ("The agreement is set to expire on Nov. 23.", "2019-10-26", ["2019-11-23"]),
    ("Japan imposed restrictions on July 4.", "2019-08-02", ["2019-07-04"]),
    ("South Korea was removed effective Aug. 28.", "2019-08-02", ["2019-08-28"]),
    ("We decided to suspend our notice of Aug. 23.", "2019-11-22", ["2019-08-23"]),
    # Full dates in the usual prints.
    ("The pact was signed on Nov. 23, 2016.", None, ["2016-11-23"]),
    ("Leaders met at the G20 summit in Osaka on June 28, 2019.", None, ["2019-06-28"]),
    ("MOSCOW (Sputnik - 22nd November, 2019) Seoul suspended its decision.", None, ["2019-11-22"]),
    ("17, Dec. 2019", None, ["2019-12-17"]),
    ("The report was filed on 3 March 2020.", None, ["2020-03-03"]),
    ("GSOMIA was agreed in 2016.", None, ["2016"]),
    # A verb's form after a determiner is an adjective's or a noun's, no tense: the verb before it tells.
    ("Moon is expected to speak at a televised town-hall meeting on Tuesday.", "2019-11-18", ["2019-11-19"]),
    ("The military will begin drills near the disputed islets on Sunday.", "2019-08-23", ["2019-08-25"]),
    ("Moon met the heads of 30 business groups on Wednesday.", "2019-07-12", ["2019-07-10"]),
    # An attribution closing the sentence tells when it was said: the verb further left tells the time.
    ("The two countries are scheduled to hold the eighth round of their export control dialogue via video "
     "conference on Tuesday, officials said.", "2020-03-09", ["2020-03-10"]),
    # An aside in brackets ends no clause.
    ("Kang Kyung-wha will meet Toshimitsu Motegi (모테기 도시미쓰) in Nagoya on Saturday.", "2019-11-22", ["2019-11-23"]),
    # A day's deadline with no verb before it is the coming one; after a past verb, the one gone.
    ("With Friday's deadline approaching, officials scrambled.", "2019-11-18", ["2019-11-22"]),
    ("Hours before Friday's deadline, Seoul decided to conditionally suspend its plan.", "2019-11-23", ["2019-11-22"]),
    # 'as early as' introduces a month; 'last' counts both months listed after it.
    ("The leaders could meet as early as February, officials said.", "2020-01-15", ["2020-02"]),
    ("The top court ruled last October and November.", "2019-07-12", ["2018-10", "2018-11"]),
    # The future told in the past: a weekday's is the coming one, a month's is not told by it.
    ("Civic groups said they would hold a rally on Saturday.", "2019-10-30", ["2019-11-02"]),
    ("It said it would send a delegation on Friday.", "2019-10-30", ["2019-11-01"]),
    ("Seoul announced it would not extend the pact in August.", "2019-11-22", ["2019-08"]),
    # The same moment in another zone is no other day.
    ("The order takes effect at 12 a.m. Tuesday (3 p.m. Monday GMT).", "2020-08-03", ["2020-08-04"]),
    # A participle after a preposition is an adjective; what one expected to do is still to come.
    ("On Wednesday, Japan's removal of South Korea from its list of trusted trade partners takes effect.",
     "2019-08-27", ["2019-08-28"]),
    ("Motegi said he expected to meet Kang in Nagoya on Saturday.", "2019-11-22", ["2019-11-23"]),
    # What is due, told without a verb of being.
    ("Tokyo dropped Seoul from its list, a step due to take effect on Wednesday.", "2019-08-25", ["2019-08-28"]),
    ("The pact ends less than 24 hours before Saturday's deadline.", "2019-08-23", ["2019-08-24"]),
    ("Officials said Friday's deadline would not be extended.", "2019-11-25", ["2019-11-22"]),
    # A span counted from a day told beside it names only that day.
    ("Seoul plans to take Japan off its own list on Sept. 18, a week from today.", "2019-09-11", ["2019-09-18"]),
    ("Seoul will not renew the 2016 General Security of Military Information Agreement.", None, ["2016"]),
    # What is scheduled, told in the present, is to come; so is a weekend told in the future of the past.
    ("It is renewed each year unless either side gives 90 days' notice – a deadline that falls on Saturday.",
     "2019-08-22", ["2019-08-24"]),
    ("The meeting takes place on Friday in Bangkok.", "2019-11-26", ["2019-11-29"]),
    ("Esper said he would raise the issue with Kono at a meeting in Bangkok this weekend.", "2019-11-15",
     ["2019-11-16"]),
    # What was agreed to be done within half a year is to come, wherever they agreed it; further, it was the agreeing's.
    ("Motegi and Kang agreed in Nagoya to arrange a summit on the sidelines of a leaders' meeting in China in "
     "late December.", "2019-11-26", ["2019-12"]),
    ("The two ministers agreed to meet again in December.", "2019-08-22", ["2019-12"]),
    ("Seoul decided to end the pact in August.", "2019-11-26", ["2019-08"]),
    # A scheduled event told with no tense is the coming one within half a year; with a past verb, the last.
    ("It is unclear whether it can pass before the general election in April.", "2019-12-19", ["2020-04"]),
    ("The summit in April ended without a deal.", "2019-12-19", ["2019-04"]),
    # What happens as a rule is no happening of one month or day.
    ("The drill, which usually takes place in June, was postponed this year.", "2019-08-25", []),
    ("Seoul is not bound by the deadline for giving notice, which normally falls in late August.", "2020-06-01", []),
    ("The committee meets every year on Monday.", "2019-11-26", []),
    # What could happen is to come; what could not, past.
    ("Moon and Abe could meet in November, when the summits are held in Bangkok.", "2019-08-23", ["2019-11"]),
    ("The two sides could not agree in July.", "2019-08-23", ["2019-07"]),
    ("Hong Kong holds district council elections on Sunday.", "2019-11-22", ["2019-11-24"]),
    # What happened later on a day told is that day.
    ("Later on Sunday, Yoon and Kishida joined Biden for a trilateral summit.", "2022-11-14", ["2022-11-13"]),
    ("Later Sunday, the three leaders issued a joint statement.", "2022-11-14", ["2022-11-13"]),
    ("The leaders will meet again later Sunday.", "2022-11-11", ["2022-11-13"]),
    # A weekday with its date, the day first, is one day; a span of days is its first.
    ("The pact will expire on Saturday, 23 November, unless Seoul reverses course.", "2019-08-23", ["2019-11-23"]),
    ("On Friday 22 November, Seoul said it would keep the pact.", "2019-11-25", ["2019-11-22"]),
    ("Defence ministers will meet in Bangkok on 17–18 November.", "2019-11-01", ["2019-11-17"]),
    ("The talks were held on 4-5 December last year.", "2020-03-01", ["2019-12-04"]),
    ("Moon and Abe met in Chengdu on 23-24 December 2019.", "2020-03-01", ["2019-12-23"]),
    ("The ministers met Dec. 4-5, 2019 in Beijing.", "2020-03-01", ["2019-12-04"]),
    # A clause of time in the present under one in the future tells the future; in the past, the past.
    ("DeHart will lead the US side when the two countries hold talks in Seoul on Monday.", "2019-11-16",
     ["2019-11-18"]),
    ("Esper will raise it with Kono when he visits Bangkok on Sunday.", "2019-11-16", ["2019-11-17"]),
    ("Esper raised it with Kono when he visited Bangkok on Sunday.", "2019-11-19", ["2019-11-17"]),
    # (not 'after' before a noun: the announcement was made)
    ("Japan will carefully review its response after Seoul's surprise announcement on Friday.", "2019-11-23",
     ["2019-11-22"]),
    # A season gone or to come: the year it falls in.
    ("Xi is scheduled to make a state visit to Japan next spring.", "2019-12-24", ["2020"]),
    ("Tokyo hosts the Olympic Games next summer.", "2019-04-10", ["2019"]),
    ("Seoul imposed the curbs last summer.", "2019-12-24", ["2019"]),
    ("The curbs began last summer.", "2019-04-10", ["2018"]),
    ("Analysts said the next fall in exports would hit chipmakers hardest.", "2019-11-22", []),
    # What only seemed tells no time to come.
    ("North Korea fired what appeared to be two missiles, the latest in a string of launches since late July.",
     "2019-08-25", ["2019-07"]),
    # A clause of time with its verb under a future one is to come (after a noun, see above).
    ("The ministers will hold a news conference after they meet in Bangkok on Monday.", "2019-11-20",
     ["2019-11-25"]),
    # A season with a place after it.
    ("Japan will host a trilateral summit next spring in Tokyo.", "2019-11-25", ["2020"]),
    # What someone was urged to do is still to come.
    ("She urged residents to avoid outings during the holidays, including the Obon period in mid-August.",
     "2020-07-30", ["2020-08"]),
    ("Seoul delivered that notice to Tokyo on Friday, and the pact will now lapse at midnight on November 22.",
     "2019-08-26", ["2019-08-23", "2019-11-22"]),
    ("Kishida has invited him to the G7 summit in Hiroshima in May.", "2023-03-24", ["2023-05"]),
    ("Yoon has been invited to the Group of Seven summit in Hiroshima in May.", "2023-03-17", ["2023-05"]),
    # What was agreed, where and when it was agreed told first.
    ("Kang and Motegi agreed here on Nov. 23 to make arrangements for a meeting in late December.", "2019-11-24",
     ["2019-11-23", "2019-12"]),
    # What holds from a day on: the verb of the clause after it tells ('will have to apply').
    ("Japan's trade ministry announced on Monday that from Thursday, companies exporting three materials to South "
     "Korea will have to apply for licenses.", "2019-07-01", ["2019-07-01", "2019-07-04"]),
    # A bare 'this month' of what falls due: its month.
    ("The pact, known as GSOMIA, is due for renewal this month.", "2019-08-20", ["2019-08"]),
    ("Officials have all visited Seoul this month to press for the pact's renewal.", "2019-11-20", []),
    # 'as' before a role opens no clause: the verb before it tells the time.
    ("Biden is set to hold his first in-person talks as president with Xi Jinping in Bali on Monday.", "2022-11-13",
     ["2022-11-14"]),
    # ... but it opens one before a name or a subject
    ("Japan will not lift the export curbs soon as President Moon on Monday urged Tokyo to drop them.", "2019-11-22",
     ["2019-11-18"]),
    ("Seoul will keep the pact for now as a U.S. delegation on Tuesday urged it to stay in.", "2019-11-22",
     ["2019-11-19"]),
    # A bare 'this month' after a deed, its doer named, is when it was done.
    ("Kim said Thursday that Seoul had concluded the pact no longer served its interests, citing Japan's decision "
     "this month to remove it from a list.", "2019-08-23", ["2019-08-22", "2019-08"]),
    # What was hoped for, being arranged or had to be done by a weekday: the coming one.
    ("Motegi said he hoped to meet his South Korean counterpart Kang Kyung-wha on Saturday.", "2019-11-20",
     ["2019-11-23"]),
    ("A meeting with her Japanese counterpart on Saturday was being arranged, officials said.", "2019-11-20",
     ["2019-11-23"]),
    ("Seoul had to decide by Saturday.", "2019-08-22", ["2019-08-24"]),
    # A deadline told in the past: the nearer of the coming one and the one just gone; a state to last told by
    # 'would' is to come.
    ("Either side had until Saturday to give notice.", "2019-08-23", ["2019-08-24"]),
    # A weekday something holds from, no verb in its clause: the nearer.
    ("METI said exporters will have to obtain a license for each shipment of fluorinated polyimide, photoresists "
     "and hydrogen fluoride bound for South Korea starting Thursday.", "2019-07-01", ["2019-07-04"]),
    ("The curbs took effect starting Thursday.", "2019-07-01", ["2019-06-27"]),
    # A day set as a deadline, in the present or the present perfect: to come; in the past, the nearer; in the past
    # perfect, gone.
    ("Tokyo has set Thursday as the deadline for Seoul to agree to arbitration.", "2019-07-16", ["2019-07-18"]),
    ("Tokyo is setting Friday as the deadline for a reply.", "2019-07-16", ["2019-07-19"]),
    ("Tokyo set Friday as its final deadline for a reply.", "2019-07-16", ["2019-07-19"]),
    ("Tokyo set Saturday as the deadline for a reply.", "2019-07-16", ["2019-07-13"]),
    ("Tokyo had set Friday as the deadline for a response.", "2019-11-19", ["2019-11-15"]),
    ("Seoul had until Saturday to give notice but let the deadline pass.", "2019-09-10", ["2019-09-07"]),
    ("Tokyo said the curbs would remain in effect until Monday.", "2019-09-10", ["2019-09-16"]),
    ("Tokyo said the curbs would still remain in effect until Monday.", "2019-09-10", ["2019-09-16"]),
    ("Either side had until Saturday, under the pact, to give notice.", "2019-11-20", ["2019-11-23"]),
    ("Foreign Minister Toshimitsu Motegi said he hoped to discuss the matter with his South Korean counterpart Kang "
     "Kyung-wha on the sidelines of a meeting of G20 foreign ministers in the Japanese city of Nagoya on Saturday.",
     "2019-11-22", ["2019-11-23"]),
    # ... but a visit that was to a place is no plan; a 'would' far back tells nothing of a deed named after it.
    ("Kim's last visit was to the border town of Panmunjom on Saturday.", "2019-11-20", ["2019-11-16"]),
    ("Seoul said it would file a complaint with the World Trade Organization over the Japanese government's decision "
     "to drop South Korea from its list of trusted trading partners on Friday.", "2019-08-05", ["2019-08-02"]),
    # What was to be done then is to come, told in the past.
    ("Chile on Wednesday canceled the APEC summit it was to host in mid-November.", "2019-10-31",
     ["2019-10-30", "2019-11"]),
    # ... but the time of the hoping, expecting or having to is past.
    ("Kang on Wednesday expected the talks to produce a breakthrough.", "2019-11-22", ["2019-11-20"]),
    ("On Monday, Seoul had to postpone the meeting with Tokyo.", "2019-11-22", ["2019-11-18"]),
    ("Moon in May hoped to meet Abe at the G20 summit.", "2019-11-22", ["2019-05"]),
    # A month in capitals beside its day, as commentaries open.
    ("ON 22 NOVEMBER 2019, barely six hours before the pact expired, Seoul reversed course.", "2019-11-28",
     ["2019-11-22"]),
    ("The pact was signed on NOV. 23, 2016 in Seoul.", "2019-11-28", ["2016-11-23"]),
    # What lasts through a weekday, told with no tense, the nearer one; what is readied for, the coming one; a
    # deadline set by a demand, the nearer.
    ("Moon is hosting a special summit with ASEAN leaders in Busan through Tuesday.", "2019-11-25", ["2019-11-26"]),
    ("Abe's party is campaigning for Sunday's House of Councillors election.", "2019-07-16", ["2019-07-21"]),
    ("We have been preparing for the worst since July, so we expect no disruption.", "2019-08-02", ["2019-07"]),
    ("Kono has demanded that Seoul agree to convene an arbitration panel by Thursday.", "2019-07-16",
     ["2019-07-18"]),
    # (not what was readied for in the past, nor what was only suggested)
    ("Candidates had been campaigning for Saturday's by-election, which the ruling party won.", "2019-11-20",
     ["2019-11-16"]),
    ("Officials said they were preparing for Saturday's expiry of the pact.", "2019-11-19", ["2019-11-23"]),
    ("Tokyo is demanding that Seoul respond by Thursday.", "2019-07-16", ["2019-07-18"]),
    ("Analysts suggested that the missile test on Saturday was a warning.", "2019-11-20", ["2019-11-16"]),
    # Years ago to the day.
    ("Five years ago today, Kim You-geun announced that Seoul would end the pact.", "2024-08-22", ["2019-08-22"]),
    ("A year ago today, the leaders met at Camp David.", "2024-08-18", ["2023-08-18"]),
    ("Ten years ago today the two leaders met.", "2024-02-29", ["2014-02-28"]),
    # A month and its year with 'of' between.
    ("The pact was signed in November of 2016.", "2019-08-23", ["2016-11"]),
    # A bound of the time itself opens no clause: the verb before it tells.
    ("He said Seoul would formally notify Tokyo before Saturday, the deadline.", "2019-08-22", ["2019-08-24"]),
    ("Seoul will respond after Friday.", "2019-08-22", ["2019-08-23"]),
    ("Negotiators will meet again after Thursday's vote in the National Assembly.", "2019-11-20", ["2019-11-21"]),
    ("Seoul responded before Wednesday.", "2019-08-22", ["2019-08-21"]),
    # ... but a day's deadline after it is read as what was due.
    ("The announcement came just hours before Saturday's deadline.", "2019-11-22", ["2019-11-23"]),
    ("U.S. officials were scrambling to salvage the pact before Saturday's deadline.", "2019-11-20", ["2019-11-23"]),
    ("Officials scrambled before Saturday's planned expiration of the pact.", "2019-11-22", ["2019-11-23"]),
    ("Seoul made its choice a day before Saturday deadline.", "2019-11-22", ["2019-11-23"]),
    # ... with words between the day and 'deadline'; after a verb in the past, the day nearer the story's, before
    # or after it (not after 'after': 'met after Tuesday's vote' is gone).
    ("The decision came just hours before Saturday's midnight deadline.", "2019-11-22", ["2019-11-23"]),
    ("Seoul announced its decision just hours before Friday's midnight deadline.", "2019-11-25", ["2019-11-22"]),
    ("Seoul announced its decision ahead of Saturday's midnight deadline.", "2019-11-22", ["2019-11-23"]),
    ("Seoul announced its decision ahead of Friday's deadline.", "2019-11-25", ["2019-11-22"]),
    ("Officials met after Tuesday's vote.", "2019-11-25", ["2019-11-19"]),
    ("Talks continued after Friday's midnight deadline passed.", "2019-11-25", ["2019-11-22"]),
    # ... told how near, the next day at most, else the one gone: a story written days after the deadline; not told how
    # near, the nearer day (not after a verb to come: 'would keep sharing intelligence after Saturday's deadline').
    ("Seoul announced its decision just hours before Saturday's midnight deadline.", "2019-11-27", ["2019-11-23"]),
    ("Seoul announced its decision just ahead of Saturday's midnight deadline.", "2019-11-27", ["2019-11-23"]),
    ("Washington said it hoped the allies would keep sharing intelligence after Saturday's deadline.", "2019-11-21",
     ["2019-11-23"]),
    # A happening in a clause of 'when', told in the present, is to come; not a question asked or told of, nor a
    # deadline met.
    ("Esper said he would raise the issue when he visits Tokyo on Sunday.", "2019-11-15", ["2019-11-17"]),
    ("Kang said she would press the issue when the two hold talks in Bangkok on Thursday.", "2019-07-30",
     ["2019-08-01"]),
    ("Asked when the two leaders would meet, Suga on Monday said nothing had been decided.", "2019-11-27",
     ["2019-11-25"]),
    ("The crisis began when Seoul failed to meet Friday's deadline.", "2019-11-26", ["2019-11-22"]),
    ("The row flared when Tokyo refused to meet Korean officials on Friday.", "2019-07-15", ["2019-07-12"]),
    ("The mood soured further when the Japanese side wouldn't meet the Korean delegation on Friday.", "2019-07-15",
     ["2019-07-12"]),
    ("Spending fell when Korean visits to Japan plunged 48 percent in August.", "2019-10-15", ["2019-08"]),
    ("Seoul would let the pact lapse unless Tokyo reverses Friday's decision to remove South Korea from the list.",
     "2019-08-07", ["2019-08-02"]),
    # ... so is one in a clause of a condition after a time to come, no tense told in it.
    ("The pact will be renewed automatically unless either side gives notice to end it by Saturday.", "2019-08-21",
     ["2019-08-24"]),
    ("Seoul said it would not renew the pact if Tokyo kept its curbs, which it imposed on Thursday.", "2019-08-21",
     ["2019-08-15"]),
    ("Japan will watch closely to see if Seoul's announcement on Friday leads to dialogue.", "2019-11-25",
     ["2019-11-22"]),
    ("Japan will take countermeasures if Seoul seizes the assets on Monday.", "2019-11-20", ["2019-11-25"]),
    ("It remains to be seen if Friday's agreement marks a turning point.", "2019-11-25", ["2019-11-22"]),
    # 'ahead of' after the time tells of what comes after it, not of the time.
    ("Abe, speaking at a debate among party leaders on Wednesday ahead of the July 21 House of Councillors election, "
     "said so.", "2019-07-04", ["2019-07-03", "2019-07-21"]),
    # A day of one happening after 'a': 'at a Friday briefing' (not 'on a Saturday').
    ("The spat began when Chung said METI had exaggerated the deal at a Friday briefing.", "2019-11-25",
     ["2019-11-22"]),
    ("Japan faces a Saturday deadline to respond.", "2019-08-22", ["2019-08-24"]),
    ("The pact lapses on a Saturday.", "2019-11-20", []),
    ("The group has held a Saturday rally outside the Japanese Embassy every week since July.", "2019-11-20", []),
    ("Activists held a Saturday rally outside the embassy, as they do each week.", "2019-11-20", []),
    # A number's comma ends no clause, nor does the verb of a question a noun is about tell the clause's time.
    ("On Tuesday, talks on how much South Korea should pay for the 28,500 American troops stationed in the country "
     "broke down.", "2019-11-20", ["2019-11-19"]),
    ("On Friday, officials will decide on how much to pay.", "2019-11-20", ["2019-11-22"]),
    ("On Friday, talks on how much to pay broke down and will resume in December.", "2019-11-20",
     ["2019-11-15", "2019-12"]),
    # A participle after what it was done to, a verb to come further back: what holds from the day is to come.
    ("It will suspend visa-free entry and invalidate visas already issued to them starting Monday.", "2020-03-06",
     ["2020-03-09"]),
    ("Japan will keep the curbs it imposed starting Thursday.", "2020-03-06", ["2020-03-05"]),
    # A month something is traced back to, with its year counted or none: gone, whatever the verb's tense.
    ("The dispute dates back to October of last year, when the court ruled.", "2019-08-23", ["2018-10"]),
    ("The row goes back to October.", "2019-08-23", ["2018-10"]),
    ("The row dates back to Oct. 30.", "2019-08-23", ["2018-10-30"]),
    ("The talks go on in October.", "2019-08-23", ["2019-10"]),
    ("The row goes all the way back to October.", "2019-08-23", ["2018-10"]),
    ("The roots of the feud date back to October, when the Supreme Court ruled.", "2019-08-23", ["2018-10"]),
    ("Records going back to January show a drop.", "2019-11-27", ["2019-01"]),
    # ... a time put off to is to come.
    ("The next round of export-control talks has been pushed back to December.", "2019-11-27", ["2019-12"]),
    ("The hearing was put back to January.", "2019-11-27", ["2020-01"]),
    ("The trilateral summit was moved back to late December.", "2019-11-27", ["2019-12"]),
    ("The meeting, originally scheduled for February, was moved back to March because of the coronavirus outbreak.",
     "2020-04-02", ["2020-02", "2020-03"]),
    # A participle right after an article, or after a participle of the present, is an adjective: no past.
    ("The allies will begin a large-scale combined air exercise, Vigilant Storm, on Monday.", "2022-10-28",
     ["2022-10-31"]),
    ("It will require exporters of fluorinated polyimide, resist and hydrogen fluoride to obtain a license for each "
     "shipment to South Korea from Thursday, ending simplified procedures.", "2019-07-01", ["2019-07-04"]),
    ("Seoul, having decided on Friday to keep the pact, sent a note.", "2019-11-25", ["2019-11-22"]),
    ("The combined drill was held on Monday.", "2022-10-28", ["2022-10-24"]),
    # A month something is set for: to come, unless set so before and gone now (the nearer month).
    ("The allies will postpone a joint air exercise planned for December.", "2019-11-19", ["2019-12"]),
    ("The allies postponed a combined air drill scheduled for December.", "2019-11-19", ["2019-12"]),
    ("The vote was set for December.", "2019-11-19", ["2019-12"]),
    ("Talks are slated for March next year.", "2019-11-19", ["2020-03"]),
    ("The first drill, originally planned for June, was held in August.", "2019-11-19", ["2019-06", "2019-08"]),
    ("The fund was set up in December.", "2019-11-19", ["2018-12"]),
    ("They voted for December as the month of the talks.", "2019-11-19", []),
    # ... the nearer one, whatever the verb: gone after a past plan, to come after one in the past.
    ("The trilateral summit, planned for December, was held in Chengdu.", "2020-01-06", ["2019-12"]),
    ("A joint exercise planned for August was cancelled after the talks collapsed.", "2019-11-20", ["2019-08"]),
    ("Talks scheduled for March were postponed because of the coronavirus outbreak.", "2020-05-10", ["2020-03"]),
    ("Parliamentary elections were scheduled for April.", "2019-11-20", ["2020-04"]),
    # (a weekday a thing was first planned for is still read by the verb)
    ("The vote, originally planned for Friday, will be held on Saturday.", "2019-11-18", ["2019-11-22", "2019-11-23"]),
    ("Exports may recover back to June levels.", "2019-11-27", []),
    ("The talks, originally set for Monday, were pushed back to Wednesday.", "2019-11-28", ["2019-11-25", "2019-11-27"]),
    ("Japan will continue to apply the checks introduced starting Thursday, officials said.", "2019-11-18",
     ["2019-11-14"]),
    # The same moment told in another zone, in brackets: one day.
    ("The pact was due to lapse at 12 a.m. Saturday (1500 GMT Friday).", "2019-11-23", ["2019-11-23"]),
    ("The pact expires at midnight Saturday Seoul time (10 a.m. Friday ET).", "2019-11-21", ["2019-11-23"]),
    ("Esper arrived at 6 p.m. Friday ET, officials said.", "2019-11-23", ["2019-11-22"]),  # no other time told
    # Korea's Liberation Day is Aug. 15, and the week told after it that day's.
    ("In a speech marking Liberation Day last week, Moon offered dialogue.", "2019-08-22", ["2019-08-15"]),
    ("Moon will deliver a Liberation Day address next week.", "2019-08-09", ["2019-08-15"]),
    ("Moon used his Liberation Day speech to call for dialogue.", "2020-08-16", ["2020-08-15"]),
    # ... of the year told with it, and where the sentence tells another time, that time only.
    ("Since Moon's conciliatory Liberation Day speech in 2018, ties have worsened.", "2019-11-25", ["2018-08-15"]),
    ("In last year's Liberation Day speech, Moon proposed an East Asian railroad community.", "2019-08-10",
     ["2018-08-15"]),
    ("Last year, Moon offered dialogue in his Liberation Day speech.", "2020-08-14", ["2019"]),
    ("Korea was freed from Japanese colonial rule on Aug. 15, 1945, a date celebrated as Liberation Day.",
     "2019-11-25", ["1945-08-15"]),
    ("On Liberation Day, Moon will speak in Cheonan, the presidential office said Monday.", "2019-08-12",
     ["2019-08-15", "2019-08-12"]),
    # ... and the weekday in brackets the only day told is no day here: none.
    ("The missiles were launched at 5:34 a.m. local time (2034 GMT on Wednesday), the JCS said.", "2019-07-25", []),
    # The same moment in another zone, in other words.
    ("The pact was due to lapse at midnight Saturday (1500 GMT on Friday).", "2019-11-23", ["2019-11-23"]),
    ("The pact was due to lapse at midnight Saturday (10 a.m. EST Friday).", "2019-11-23", ["2019-11-23"]),
    ("The pact was due to lapse at midnight Saturday (10 a.m. Friday Eastern time).", "2019-11-23", ["2019-11-23"]),
    # A day's deal done, whatever is to come of it; one still ahead.
    ("Officials met in Tokyo as both sides seek to build on Friday's deal.", "2019-11-23", ["2019-11-22"]),
    ("Both sides will now seek to build on Friday's last-minute decision.", "2019-11-25", ["2019-11-22"]),
    ("Both sides will prepare for Friday's agreement.", "2019-11-20", ["2019-11-22"]),
    ("Tokyo will closely watch how Seoul implements Friday's agreement.", "2019-11-23", ["2019-11-22"]),
    ("Washington will be watching Friday's decision closely.", "2019-11-20", ["2019-11-22"]),
    ("Lawmakers will vote on Friday's deal next week.", "2019-11-20", ["2019-11-22"]),
    ("The U.S. and South Korea will try to wrap up this Friday's deal.", "2019-11-20", ["2019-11-22"]),
    ("Both governments said they would announce Friday's deal simultaneously.", "2019-11-21", ["2019-11-22"]),
    # A plan that had been made is told in the past; what a step cleared the way for came after it.
    ("The ministry had initially planned for Kim Kwan-jin to sign the accord during a visit to Tokyo in May.",
     "2012-06-30", ["2012-05"]),
    ("The Cabinet approved the pact on Tuesday, clearing the way for the two countries to sign it as early as "
     "Wednesday.", "2016-11-22", ["2016-11-22", "2016-11-23"]),
    ("The Cabinet approved the pact on Tuesday, clearing the way for its signing on Wednesday.", "2016-11-24",
     ["2016-11-22", "2016-11-23"]),
    # (a plan made before, the nearer day: still to come)
    ("Esper had planned to visit Seoul on Friday but will now arrive on Thursday.", "2019-11-13",
     ["2019-11-15", "2019-11-14"]),
    # A deadline a rule made of a day; an end told in the present.
    ("Seoul must give 90 days' notice, which made Saturday the deadline for this year.", "2019-08-22",
     ["2019-08-24"]),
    ("The pact dies at midnight on Friday unless Seoul changes course.", "2019-11-20", ["2019-11-22"]),
    ("Kim Bok-dong, who campaigned for an apology from Japan, dies at 92 on Monday.", "2019-01-30", ["2019-01-28"]),
    ("The pact dies at 12 a.m. on Saturday unless Seoul reverses course.", "2019-11-20", ["2019-11-23"]),
    ("The pact dies at 12 midnight on Saturday unless Seoul changes course.", "2019-11-20", ["2019-11-23"]),
    # A day of the month before the one who tells of it; a transcript's label and a name set off by commas before
    # the verb after a time opening the sentence.
    ("On the 17th I held a defense ministerial meeting in Bangkok.", "2019-11-19", ["2019-11-17"]),
    ("REPORTER: Over the weekend a senior official at the presidential office, Cheong Wa Dae, said Japan had "
     "apologized.", "2019-11-25", ["2019-11-23"]),
    # A month listed after another.
    ("North Korea conducted two nuclear tests this year, in January and September.", "2016-11-23",
     ["2016-01", "2016-09"]),
    # An aside on a thing's past before the time it is for; a participle keeping its auxiliaries past the window; a
    # verb alike in both tenses, marked (not after a verb to come).
    ("Seoul anticipated in August that Washington would step in.", "2019-11-23", ["2019-08"]),
    ("Korea's exports fell more than many analysts anticipated in August.", "2019-11-23", ["2019-08"]),
    ("Moon will cut short his trip to Central Asia on Friday.", "2019-11-20", ["2019-11-22"]),
    ("The U.S. side is expected to cut short the talks on Tuesday.", "2019-11-17", ["2019-11-19"]),
    ("The Americans are likely to cut short the session on Wednesday.", "2019-11-18", ["2019-11-20"]),
    # A time opening the sentence, then where, before the comma.
    ("At midnight Friday in Tokyo, the agreement will quietly expire.", "2019-11-21", ["2019-11-22"]),
    ("On Tuesday in Seoul, Esper met Moon.", "2019-11-21", ["2019-11-19"]),
    ("Moon is unlikely to attend the meeting on Saturday.", "2019-11-18", ["2019-11-23"]),
    # ... not what a deed then is likely to do, nor what was likely.
    ("Seoul's last-minute reversal on Friday is likely to ease U.S. concerns, analysts said.", "2019-11-23",
     ["2019-11-22"]),
    ("The move on Friday is unlikely to end the dispute.", "2019-11-23", ["2019-11-22"]),
    ("Thursday's launch was likely to be a test of the super-large rocket launcher, experts said.", "2019-12-02",
     ["2019-11-28"]),
    # ... but what is likely after a time opening the sentence, or what was likely, said so.
    ("On Saturday, Kang and Motegi are likely to hold talks in Nagoya.", "2019-11-21", ["2019-11-23"]),
    ("Officials said the two sides were likely to meet on Saturday.", "2019-11-21", ["2019-11-23"]),
    # ... the nearer day: told after it, the one gone.
    ("Officials had said the two ministers were likely to meet on Saturday, and they did.", "2019-11-25",
     ["2019-11-23"]),
    ("Friday's decision is likely to ease U.S. concerns.", "2019-11-23", ["2019-11-22"]),
    # Several things beginning or ending, told in the present in a relative clause.
    ("Esper will press the issue during the meetings, which end on Monday.", "2019-11-17", ["2019-11-18"]),
    ("The allies' joint air drills, which start on Monday, have been scaled down.", "2019-11-15", ["2019-11-18"]),
    # A bound with no tense told is one to come.
    ("It is renewed each year unless either side gives notice 90 days before it expires, which this year means by "
     "Saturday.", "2019-08-22", ["2019-08-24"]),
    ("The pact ran until Saturday.", "2019-08-22", ["2019-08-17"]),
    ("The pact renews automatically unless either side gives notice by Saturday.", "2019-08-20", ["2019-08-24"]),
    ("The bank was likely to keep its rate when it meets Friday, after cutting it in July and October.", "2019-11-24",
     ["2019-11-29", "2019-07", "2019-10"]),
    ("South Korea's trade ministry said it would push ahead with a plan, announced on Aug. 12, to remove Japan from its "
     "own list of trusted trading partners in September.", "2019-08-28", ["2019-08-12", "2019-09"]),
    ("Kang told reporters that the two sides agreed to promote a meeting between Moon and Abe, which is expected to be "
     "held on the occasion of the China-Japan-South Korea leaders' meeting in China in late December.", "2019-11-24",
     ["2019-12"]),
    ("On Tuesday, U.S. negotiators cut short talks in Seoul over how much South Korea should pay.", "2019-11-20",
     ["2019-11-19"]),
    # Several things taking effect, told in the present, are to come.
    ("Both sets of measures take effect on Monday.", "2020-03-06", ["2020-03-09"]),
    ("The restrictions, which take effect on Thursday, cover three chemicals.", "2019-11-18", ["2019-11-21"]),
    ("The curbs that take effect on Thursday cover three chemicals.", "2019-11-18", ["2019-11-21"]),
    ("After close consultations with Washington on Friday, Seoul suspended its notice.", "2019-11-23", ["2019-11-22"]),
    ("The won ended domestic trade down 1.4% from Friday's close.", "2019-08-05", ["2019-08-02"]),
    ("The curbs did not take effect on Monday.", "2020-03-06", ["2020-03-02"]),
    ("The curbs, which did not take effect on Thursday, cover three chemicals.", "2019-11-18", ["2019-11-14"]),
])
def test_resolves(sentence, published, expected):
    assert resolved(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # 'in December' in a January article: last December for the past, ...
    ("Seoul announced its decision in December.", "2020-01-15", ["2019-12"]),
    ("Seoul announced in December that it would leave.", "2020-01-15", ["2019-12"]),
    # ... the coming one for the future.
    ("The pact will lapse in December.", "2020-01-15", ["2020-12"]),
    ("The talks will resume in January.", "2019-12-20", ["2020-01"]),
    ("The pact was signed on Dec. 28.", "2020-01-05", ["2019-12-28"]),
    ("The summit will open on Jan. 3.", "2019-12-20", ["2020-01-03"]),
    ("The pact had been due to lapse on Nov. 23.", "2020-01-07", ["2019-11-23"]),
    ("The pact was signed on Feb. 10.", "2020-01-07", ["2019-02-10"]),
    ("Officials met on Monday.", "2020-01-01", ["2019-12-30"]),
    ("Seoul acted last December.", "2019-12-20", ["2018-12"]),
    # What may come lies ahead, whatever verb told of it.
    ("Motegi and Kang also discussed a possible meeting between Abe and Moon in December.", "2019-11-23",
     ["2019-12"]),
    ("They talked about a potential summit in January.", "2019-12-20", ["2020-01"]),
    # The future told in the past lies ahead within half a year, as what was agreed to be done.
    ("Sung said the change would take effect in September.", "2019-08-12", ["2019-09"]),
    ("Korean Air said it would suspend the route from November.", "2019-08-12", ["2019-11"]),
    ("The ministry said talks would be held in Tokyo in mid-December.", "2019-11-23", ["2019-12"]),
    ("The ministry said in August that talks would be held in October.", "2019-12-20", ["2019-08", "2019-10"]),
    # A deadline told with no verb is the coming one, or one just gone.
    ("Seoul will notify Tokyo before the agreement's renewal deadline on Saturday.", "2019-08-22", ["2019-08-24"]),
    ("The pact's renewal deadline is on Saturday.", "2019-08-22", ["2019-08-24"]),
    ("The pact's renewal deadline is on Saturday.", "2019-08-25", ["2019-08-24"]),
    # A term in quote marks ends no clause.
    ('Japan\'s Cabinet is expected to approve removing South Korea from the "white list" of trusted trading '
     'partners on Friday.', "2019-07-31", ["2019-08-02"]),
    # What a happening led to, told by a participle, is as past as the happening.
    ("The court ruled in October last year that the firms must compensate the victims, prompting Tokyo to impose "
     "export curbs in July.", "2019-11-28", ["2018-10", "2019-07"]),
    ("Seoul will end the pact, prompting Tokyo to protest in December.", "2019-11-28", ["2019-12"]),
    # What holds from a day on, read by no verb of its own.
    ("Starting Thursday, Japanese companies that want to ship the chemicals will need to apply.", "2019-07-01",
     ["2019-07-04"]),
])
def test_year_rollover(sentence, published, expected):
    assert resolved(sentence, published) == expected


@pytest.mark.parametrize("sentence", [
    "Seoul said on Thursday that it would abandon the pact.",
    "The pact expires in November.",
    "The rulings came last year.",
    "Yesterday, Seoul hinted that it would reconsider.",
    "The deal is due to be renewed this Saturday.",
    "A deadline comes later this month.",
    "The defense chiefs held talks on November 17.",
    "Tokyo (Aug 23) reacted.",
    "In a major speech last week, Moon sent conciliatory signals.",
    "Earlier in the day, Esper held talks in Seoul.",
])
def test_unknown_publication_date_pins_nothing_relative(sentence):
    assert resolved(sentence, None) == []


@pytest.mark.parametrize("sentence, published, expected", [
    ("It was signed on Nov. 23, 2016, and lapsed in August.", None, ["2016-11-23"]),
    ("It was agreed in 2016, on Thursday, after talks last week.", None, ["2016"]),
])
def test_unknown_publication_date_keeps_absolutes(sentence, published, expected):
    assert resolved(sentence, published) == expected


@pytest.mark.parametrize("sentence", [
    "Seoul has recently suggested it may pull out of the pact.",
    "Thousands march through Seoul to protest the decision.",
    "March organisers said thousands would join.",
    "May I ask a second question, the minister said.",
    "June Lee, a second-year student, was there.",
    "The Sunday Times reported the talks.",
    "Christians marked Good Friday.",
    "USA Today reported the decision.",
    "The offices are open on Mondays.",
    "They met for a second time.",
    "It has hosted the meetings this year.",
    "Readers get ten free articles this month.",
    "If Japan returns to the pre-July 1 state, we could review various measures.",  # a state, not a happening
    "The post-2016 order is fraying.",
    "It marked the 20th anniversary of the pact.",
    "Troops of the 2nd Infantry Division were there.",
    "He ranked the 3rd in the poll.",
    "Workers got their year-end bonuses.",
    "The deadline falls on a Saturday.",
    "The envoys meet every Monday.",
])
def test_words_that_are_not_dates(sentence):
    assert resolved(sentence, TUESDAY) == []


@pytest.mark.parametrize("text", [
    "2019/08/02 11:20",
    "Write: 2019-08-23 14:15:46Update: 2019-08-23 14:43:07",
    "2019.11.22 21:13Nation",
    "during Japan's 1910-45 colonial rule",
    "during the 1910-1945 period of colonial rule",
    "from 1910 to 1945",
    "the 1950–53 Korean War",
    "under U.N. Resolution 2094",
    "an estimated 1,120 dual-use goods",
    "some 2000 troops",
    "the deadline at 1500 GMT",
    "the 1990s",
])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == ()


@pytest.mark.parametrize("sentence, expected", [
    ("Japan's Cabinet on Friday morning (Aug. 2) gave the go-ahead.", ["on Friday morning (Aug. 2)"]),
    ("Yesterday (Aug. 1), Seoul hinted.", ["Yesterday (Aug. 1)"]),
    ("It was removed effective Aug. 28.", ["effective Aug. 28"]),
    ("Seoul announced in August it would leave.", ["in August"]),
    ("The first dialogue since June 2016 was held.", ["since June 2016"]),
    ("Abe and Moon Jae In next week will meet.", ["next week"]),
    ("In 1968, the USS Pueblo was seized.", ["In 1968"]),
    ("the pact was set to expire at midnight Friday", ["at midnight Friday"]),
    ("Kang said Thursday that the decision stood.", ["Thursday"]),
    # A day counted from a happening named after it is not told.
    ("The chiefs met on Nov. 17, the day after the U.S. urged them.", ["on Nov. 17"]),
    ("Seoul replied the day before Japan's deadline.", []),
    ("The ROK notified Japan on Aug. 23, the day after announcing the decision.", ["on Aug. 23"]),
    ("The day before meeting Abe, Moon met Xi.", []),
    ("Seoul rejected it the day after according to the ministry.", ["the day after"]),
    ("They met the day after in Tokyo.", ["the day after"]),
    ("They seek a summit between Abe and President Moon Jae-in in December.", ["in December"]),  # not 'in in'
])
def test_expression_words(sentence, expected):
    assert [e.text for e in find_dates(sentence)] == expected


@pytest.mark.parametrize("sentence, words, expected", [
    ("GSOMIA is set to expire on Saturday.", "on Saturday", "future"),
    ("The deal was set to expire on Saturday.", "on Saturday", "due"),
    ("The GSOMIA was due to be automatically renewed this Saturday.", "this Saturday", "due"),
    ("It had been due for automatic renewal on Saturday.", "on Saturday", "near"),
    ("Talks are expected in mid-December.", "in mid-December", "future"),
    ("The pact would have expired on Saturday.", "on Saturday", "near"),
    ("The ministers are to meet Saturday in Nagoya.", "Saturday", "future"),
    ("Kang is to visit Tokyo on Monday.", "on Monday", "future"),
    # Commas around a name do not hide the verb before them.
    ("Kang is expected to meet her counterpart, Toshimitsu Motegi, in Nagoya on Saturday.", "on Saturday", "future"),
    ("Kang met her counterpart, Toshimitsu Motegi, in Nagoya on Saturday.", "on Saturday", "past"),
    ("Esper on Monday welcomed Japan's efforts.", "on Monday", "past"),
    ("Seoul said it will hold talks on Monday.", "on Monday", "future"),
    ("South Korea said on Thursday that it would abandon the pact.", "on Thursday", "past"),
    ("Seoul announced it would not be extending the GSOMIA in August the deal was set to expire.", "in August", "past"),
    ("Before arriving Thursday for a two-day visit, Esper spoke.", "Thursday", None),
    ("The drill usually takes place in June.", "in June", "habitual"),
    ("Motegi and Kang agreed in Nagoya to arrange a summit in late December.", "in late December", "open"),
    ("In June, ties suffered a major blow.", "In June", "past"),
    ("Milley is scheduled to meet Gen. Park Han-ki on Thursday for talks.", "on Thursday", "future"),
    ("The U.S. pressed both to salvage the pact before it lapses at midnight Saturday.", "at midnight Saturday",
     "future"),
    ("The agreement ends on Saturday unless Seoul changes course.", "on Saturday", "future"),
    ("Ms. Kang, the South Korean foreign minister, is expected to meet her Japanese counterpart, Toshimitsu "
     "Motegi, on the sidelines of a Group of 20 meeting in Nagoya on Saturday.", "on Saturday", "future"),
    # A time opening the sentence waits for the verb past a long subject.
    ("On Friday night, the General Security of Military Information Agreement between Japan and South Korea "
     "will expire unless Seoul changes course.", "On Friday night", "future"),
    ("Later, the General Security of Military Information Agreement between Japan and South Korea will expire "
     "on Friday night.", "on Friday night", "future"),
    # Participles joined by 'and' share the future before the first.
    ("It will be promulgated on the 7th and enforced on the 28th.", "on the 28th", "future"),
    ("The rule was promulgated on the 7th and enforced on the 28th.", "on the 28th", "past"),
    ("The rules will be reviewed by experts Seoul invited and consulted on Monday.", "on Monday", "past"),
    ("The new pact will be signed in Seoul on Dec. 5 and ratified in January.", "in January", "future"),
    # ... or after a few words with no verb, set off by a comma.
    ("Three days from now, at midnight on Saturday, the General Security of Military Information Agreement "
     "between Japan and South Korea is set to expire.", "midnight on Saturday", "future"),
    ("In Seoul, on Saturday, thousands of protesters rallied.", "on Saturday", "past"),
    # With no cue near, the verb of a long clause before the words tells.
    ("President Moon Jae-in will hold a special summit with the leaders of the 10 member states of the Association of "
     "Southeast Asian Nations (ASEAN) in the southeastern port city of Busan on Monday and Tuesday, Cheong Wa Dae said.",
     "on Monday", "future"),
    # A comma between a place and its country ends no clause.
    ("Abe, speaking before the Group of 7 summit that opens in Biarritz, France, on Saturday, said Seoul was wrong.",
     "on Saturday", "future"),
    ("Kang met Motegi in Bangkok, Thailand, on Friday.", "on Friday", "past"),
    ("Having met Abe in Osaka, Trump on Sunday will visit Seoul.", "on Sunday", "future"),
    # Who said it, set off by commas, tells nothing of the time of what was said.
    ("Japan and South Korea will hold talks on export controls, a Japanese trade official said, likely in "
     "mid-December in Tokyo.", "in mid-December", "future"),
    # ... after a preposition, and past a condition set off by commas.
    ("At midnight on Friday, unless something changes in Seoul, the agreement will expire.", "midnight on Friday",
     "future"),
    ("At noon on Friday, barring a last-minute change, the agreement will expire.", "noon on Friday", "future"),
    # ... and past a relative clause on the subject, its own verb first.
    ("At midnight Friday in Tokyo, unless Seoul relents, a little-known agreement that lets the two countries share "
     "intelligence will quietly expire.", "midnight Friday", "future"),
    ("On Saturday, the pact, which was signed in 2016, will lapse.", "On Saturday", "future"),
    ("On Friday, the pact that will expire was discussed by the ministers.", "On Friday", "past"),
    ("On Monday, the trade ministry, which oversees export controls, said Tokyo will review the curbs.", "On Monday",
     "past"),
    ("On Friday, the panel that handles the matter said the two sides will meet again.", "On Friday", "past"),
    # What a time was scheduled to run until is told by the verb before the infinitive.
    ("The two-day session was scheduled to run until late Tuesday afternoon.", "until late Tuesday afternoon", "due"),
    # An adverb inside 'was due'; what a time is, told in the present.
    ("Kang Kyung-wha was also due in Nagoya on Saturday for a G20 meeting.", "on Saturday", "due"),
    ("The deadline for this year's notice is Saturday.", "Saturday", "due"),
    # How long a state lasts, with no verb telling the time.
    ("The pact, which remains in force until November, can be extended.", "until November", "open"),
    ("The pact was in force until November.", "until November", "past"),
    # A term still to run, its end named right after the verb ('has' is no perfect there), and what is expected.
    ("Seoul still has until Nov. 22, when the current term of the pact expires, to change course.", "until Nov. 22",
     "future"),
    ("The cost-sharing deal, signed in February, runs only through Dec. 31.", "through Dec. 31", "future"),
    ("A trilateral summit with China in Chengdu expected in late December could help.", "in late December",
     "future"),
    ("A Japan-China-South Korea summit expected in China in late December could help.", "in late December",
     "future"),
    # (an infinitive's 'have' is no perfect; a perfect infinitive's participle is the past)
    ("It will now cease to have effect in late November.", "in late November", "future"),
    ("Kim is believed to have met Pompeo in November.", "in November", "past"),
    ("Japan has since July tightened its checks.", "since July", "past"),
    # ... told in the past, what it was for after it, a deadline: the nearer of the coming one and the one just gone
    # (not a past perfect).
    ("Moon had until Aug. 24 to decide.", "until Aug. 24", "near"),
    ("Either side had until Saturday to give notice; the agreement will now lapse on Nov. 23.", "until Saturday",
     "near"),
    ("Japan had until Friday refused to comment.", "until Friday", "past"),
    # ... or a state lasting to it, told in the present (not by a clause before it).
    ("Although Seoul has notified Japan, the agreement remains in effect until November 23.", "until November 23",
     "open"),
    ("The agreement is valid until Nov. 23.", "until Nov. 23", "open"),
    ("The agreement was valid until Nov. 23.", "until Nov. 23", "past"),
    ("A decision had been expected on Friday, officials said.", "on Friday", "past"),
    ("The announcement came, as widely expected in July, after weeks of talks.", "in July", "past"),
    ("Exports slowed as expected in August.", "in August", "past"),
    ("Voters go to the polls on Sunday in Hong Kong.", "on Sunday", "future"),
    # What something makes possible, told in the present, is to come (not a day named before it).
    ("The pact's survival clears the way for a meeting of Kang and Motegi in Nagoya on Saturday.", "on Saturday",
     "future"),
    ("A court decision on Monday clears the way for the seizure of assets, lawyers said.", "on Monday", None),
    ("The agreement, which clears the way for a summit, was signed on Monday in Bangkok.", "on Monday", "past"),
    ("Seoul's move clears the way for talks, and Japan welcomed it on Tuesday.", "on Tuesday", "past"),
    # Words naming what comes before them are no verb of the clause.
    ("The navy is also set to hold its annual drills near the disputed Dokdo islets, called Takeshima by Japan, "
     "starting Sunday.", "Sunday", "future"),
    # After the time, a noun tells nothing: the verb before does.
    ('"It was a difficult decision," Kang said, referring to Seoul\'s decision on Friday to suspend the expiry of '
     'the pact.', "on Friday", "past"),
    # After the time, a comma and 'and' open another clause: its verb tells nothing of this one.
    ("Seoul delivered that notice to Tokyo on Friday, and the pact will now lapse at midnight on November 22.",
     "on Friday", None),
    ("President Moon faces a general election in April, and his Democratic Party has little incentive to bend.",
     "in April", "open"),
    # A condition in the present is yet to be met.
    ("If Washington wants GSOMIA to survive past 12 a.m. on Saturday, when the pact formally expires, it must act.",
     "on Saturday", "future"),
    # What someone is invited to is still to come, the invitation standing; an invitation told in the past is past.
    ("Kishida has invited him to the G7 summit in Hiroshima in May.", "in May", "open"),
    ("Trump invited Moon to Washington in April, and the two leaders met at the White House.", "in April", "past"),
    # A name ending in '-in' is no preposition before the verb.
    ("President Moon Jae-in responded at an emergency Cabinet meeting the same day.", "the same day", "past"),
    # 'only to' goes on with what the sentence told first.
    ("Seoul announced in August 2019 that it would let the pact lapse, only to suspend the decision in November.",
     "in November", "past"),
    # The last part of a compound is an adjective, no verb in the past.
    ("Abe and Moon are expected to attend the Asean-related summits in Bangkok in November.", "in November", "future"),
    ("The U.S.-led talks will resume in May.", "in May", "future"),
    # ... but a verb after its prefix is one.
    ("Kang and Motegi, who will attend the G20, co-chaired a meeting on Saturday.", "on Saturday", "past"),
    # ... not after an article: an adjective.
    ("A co-hosted forum on Saturday will bring together officials.", "on Saturday", "future"),
    # A deadline's day, named with what it is for, is the deadline's, not the clause's.
    ("The decision came before the deadline for renewing the pact on Saturday.", "Saturday", "due"),
    ("Negotiators missed the deadline to reach a deal on Friday.", "Friday", "past"),
    # 'as early as' bounds the time; it opens no clause.
    ("The Japanese cabinet is expected to decide as early as Friday.", "Friday", "future"),
    # A quoted phrase of a few words ends no clause.
    ('Iwaya urged Seoul on Friday to "make a wise decision" before November.', "before November", "open"),
    # ... unless it tells a time of its own.
    ('Moon said "we will decide soon" on Thursday.', "on Thursday", None),
    # An aside in brackets after the time ends no clause.
    ("At midnight on Friday, unless Seoul reverses course, the General Security of Military Information Agreement "
     "(GSOMIA) between South Korea and Japan will expire.", "At midnight on Friday", "future"),
    # A past participle tells the past of the words after it; after 'be', a passive's.
    ("Seoul insists that the measures taken in July should be withdrawn first.", "in July", "past"),
    ("Seoul says the steps to be taken in December must be agreed.", "in December", "future"),
    # ... not one mostly an adjective.
    ("Seoul will deliver a written notice through diplomatic channels on Friday.", "on Friday", "future"),
    # A condition that points back at what happened ('is any guide') tells no time to come.
    ("If the talks in Tokyo on Tuesday are any guide, the pact will lapse.", "on Tuesday", None),
    # A headline's infinitive, its subject before it and no verb, is to come (not what was said of it).
    ("- Kang, Motegi to meet in Nagoya on Saturday", "on Saturday", "future"),
    ("Moon to attend summit in Chengdu on Tuesday", "on Tuesday", "future"),
    ("Moon to Abe: we met on Friday", "on Friday", "past"),
    # (who they are, in small letters after a name; how likely)
    ("- U.S. envoy to visit Seoul on Monday", "on Monday", "future"),
    ("Defense chiefs to meet in Bangkok on Sunday", "on Sunday", "future"),
    ("Kang, Motegi likely to meet in Nagoya on Saturday", "on Saturday", "future"),
    ("The decision to end the pact on Friday was criticised.", "on Friday", "past"),
    # (not a phrase before the sentence's subject)
    ("Reacting to the news on Friday, Trump said he was pleased.", "on Friday", None),
    ("Thanks to a last-minute decision on Friday, the pact lives on.", "on Friday", None),
    # (a place that ends so opening the headline; who says so after it)
    ("Beijing to host trilateral summit in Chengdu on Tuesday", "on Tuesday", "future"),
    ("Kang, Motegi to meet in Nagoya on Saturday, officials say", "on Saturday", "future"),
])
def test_tense(sentence, words, expected):
    start = sentence.index(words)
    assert tense_at(sentence, start, start + len(words)) == expected



def test_a_meeting_anticipated_then_is_to_come():
    assert resolved("Moon and Abe may meet at a trilateral summit anticipated in late December.", "2019-11-23") == [
        "2019-12"]
