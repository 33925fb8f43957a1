"""Quotations and their speakers: measured on the gold articles, and small cases by hand.

The gold articles are built as in tests/test_actors.py (one paragraph per
line, the gold's `body_drop` strings standing in for the cleaner), so this
stage is measured on its own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GOLD, gold_id
from tests.test_actors import CORPUS, KNOWN, article
from tests.test_clean import _cleaned
from generator.actors import find_actors
from generator.evaluate import fold, same_name
from generator.models import Quote
from generator.quotes import find_quotes

# Quality floors over the gold corpus and seeds: they only go up.
QUOTE_RECALL_FLOOR = 0.90
SPEAKER_FLOOR = 0.85


@pytest.fixture(scope="module")
def found() -> dict[str, tuple[tuple[Quote, ...], dict[str, str]]]:
    """Per article: the quotes, and actor id -> canonical name."""
    result = {}
    for key, a in CORPUS.items():
        actors = find_actors(a, KNOWN)
        result[key] = (find_quotes(a, actors), {actor.id: actor.name for actor in actors})
    return result


def matching(quotes: tuple[Quote, ...], start: str) -> Quote | None:
    """The quote whose text starts with the gold start, after folding."""
    return next((q for q in quotes if fold(q.text).startswith(fold(start))), None)


def right_speaker(quote: Quote, names: dict[str, str], gold_speaker: str | None) -> bool:
    got = names.get(quote.speaker) if quote.speaker else None
    return (got is None and gold_speaker is None) or same_name(got, gold_speaker)


GOLD_QUOTES = [(gold_id(e), q) for e in GOLD for q in e.get("quotes") or ()]


def test_quote_recall_floor(found):
    hits = sum(matching(found[key][0], q["start"]) is not None for key, q in GOLD_QUOTES)
    assert hits / len(GOLD_QUOTES) >= QUOTE_RECALL_FLOOR


def test_speaker_floor(found):
    pairs = [(matching(found[key][0], q["start"]), key, q) for key, q in GOLD_QUOTES]
    pairs = [(quote, key, q) for quote, key, q in pairs if quote is not None]
    right = sum(right_speaker(quote, found[key][1], q["speaker"]) for quote, key, q in pairs)
    assert right / len(pairs) >= SPEAKER_FLOOR


@pytest.mark.parametrize("key, gold", GOLD_QUOTES, ids=[f"{k[:3]}-{q['start'][:30]}" for k, q in GOLD_QUOTES])
def test_gold_quote_found_with_its_speaker(key, gold, found):
    quotes, names = found[key]
    quote = matching(quotes, gold["start"])
    assert quote is not None, [q.text[:40] for q in quotes]
    assert right_speaker(quote, names, gold["speaker"]), (quote.speaker, gold["speaker"])


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_no_quote_outside_the_gold(entry, found):
    """Every quote found is one the editor lists: no scare quotes, names or stray marks."""
    starts = [q["start"] for q in entry.get("quotes") or ()]
    extra = [q.text for q in found[gold_id(entry)][0] if not any(fold(q.text).startswith(fold(s)) for s in starts)]
    assert extra == []


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_quotes_are_in_their_paragraph(entry, found):
    a = CORPUS[gold_id(entry)]
    for quote in found[gold_id(entry)][0]:
        head = quote.text.split()[0]
        assert head in a.paragraphs[quote.paragraph]


# --- Small cases ---------------------------------------------------------------------------


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    a = article(*paragraphs)
    return [(q.text, q.speaker) for q in find_quotes(a, find_actors(a, KNOWN))]


def test_words_quoted_right_after_an_answer_s_label_are_the_labelled_one_s():
    story = ("Defense Secretary Mark Esper spoke to reporters in Seoul on Friday.",
             'Esper: "The only ones who benefit from the expiration of GSOMIA are Pyongyang and Beijing."',
             "Esper: We will keep urging both sides to talk.")
    assert quotes_of(*story)[0][1] == "mark-esper"


def test_he_in_a_guest_s_answer_is_another_than_the_guest():
    from tests.test_actors import INTERVIEW

    assert ("we will gladly join hands.", "moon-jae-in") in quotes_of(*INTERVIEW)


@pytest.mark.parametrize("paragraphs, speakers", [
    # 'it' after a sentence of its paragraph opening with another body than the one that spoke last.
    (('Another outlet, Meari, weighed in on Saturday, saying that Seoul "cannot make a single decision."',
      'DPRK Today was blunter. "GSOMIA is a tool for the U.S.," it wrote.'), ["meari", "dprk-today"]),
    # 'The article' after the article a body carried; verbs of judging and threatening.
    (('"The authorities have knelt before their master," an article carried by the website Uriminzokkiri said.',
      'The article called the U-turn "shameful."'), ["uriminzokkiri", "uriminzokkiri"]),
    (('The ruling Democratic Party defended the decision as "inevitable," saying Japan left no choice.',),
     ["democratic-party-of-korea"]),
    (('Pyongyang has threatened a "Christmas gift" to the U.S. if Washington does not offer concessions.',),
     ["north-korea"]),
    # What the words are, told after them, is no attribution.
    (('The State Department has said the decision would make defending South Korea "more complicated" and '
      '"increase risk to U.S. forces," language that officials in Seoul privately described as unusually harsh.',),
     ["u-s-state-department", "u-s-state-department"]),
    # ... but a relative clause set off by commas after the speaker is.
    (('"We deeply regret the decision by the South Korean government," the Japanese Foreign Ministry, which '
      'summoned the ambassador, said in a statement.',), ["japanese-foreign-ministry"]),
    # 'it' is not a country opening a sentence as an owner.
    (('"We urge Japan to reconsider its unjust export curbs," the Defense Ministry said in a statement.',
      'Japan\'s export curbs took effect in July. "We will keep all options open for now," it said.'),
     ["defense-ministry", "defense-ministry"]),
    # 'he' is the subject after a phrase opening the sentence, not someone that phrase names.
    (('Speaking in Seoul after talks with his South Korean counterpart Jeong Kyeong-doo on Friday, Mr Esper said '
      'the pact mattered.', '"The only ones who benefit are Pyongyang and Beijing," he told reporters.'),
     ["mark-esper"]),
    # ... the subject set off by its role after that phrase all the same, or after its role; not a name in the phrase.
    (('On Friday, Mark Esper, the U.S. defense secretary, met Jeong Kyeong-doo in Seoul. "It matters," he said.',),
     ["mark-esper"]),
    (('On Friday, South Korea’s defense minister, Jeong Kyeong-doo, met Mark Esper in Seoul. "It matters," he said.',),
     ["jeong-kyeong-doo"]),
    (('On Friday, hours after meeting Moon Jae-in, Mark Esper flew to Tokyo. "It matters," he said.',),
     ["mark-esper"]),
    (('After talks with his counterpart, Taro Kono, Mike Pompeo urged both sides to talk. "We encourage them," he '
      'said.',), ["mike-pompeo"]),
    # ... nor a name set off in it.
    (("Standing next to South Korea’s defense minister, Jeong Kyeong-doo, after the talks on Friday, Esper argued "
      "that the collapse would reward the wrong people. “The only ones who benefit are Pyongyang and Beijing,” he "
      "told reporters.",), ["mark-esper"]),
    (("Asked about Hwang's demands, presidential spokesperson Ko Min-jung said nothing had changed.",
      '"If Japan changes its attitude, we can review the matter," she told reporters.'), ["ko-min-jung"]),
    (('On Saturday Kang Kyung-wha, who arrived in Nagoya on Friday, met Taro Kono. "We had a frank discussion," she '
      'said.',), ["kang-kyung-wha"]),
    # 'it' is a country opening the sentence as the owner of its government.
    (("Japan's government on Thursday defended the export curbs. \"The measures are not retaliation,\" it said.",),
     ["japan"]),
    # ... and 'it' is the body a country owns opening the sentence.
    (("South Korea's Ministry of Trade, Industry and Energy welcomed the decision. In a statement, it said the panel "
      'would show that Japan\'s measures "were taken for political reasons."',),
     ["ministry-of-trade-industry-and-energy"]),
    (('Japan\'s industry ministry said it would "respond appropriately" under WTO procedures.',),
     ["ministry-of-economy-trade-and-industry"]),
    # 'as X put it' names who said it, the comma right after 'it'.
    (('The METI briefing, as Cheong Wa Dae put it, was "a very regrettable act that does not help build trust."',),
     ["cheong-wa-dae"]),
    # 'called on' asks, and gives no name.
    (('Pompeo called on Seoul to make "a wise and responsible decision for the alliance," Esper told reporters.',),
     ["mark-esper"]),
    # A body named after 'said', a comma inside its name.
    (('"Japanese companies also rely on South Korean customers," said a senior official at the Ministry of Economy, '
      'Trade and Industry.',), ["ministry-of-economy-trade-and-industry"]),
])
def test_bodies_media_and_verbs_of_judging_speak(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


def test_a_few_words_quoted_in_a_sentence_no_one_speaks_are_the_subject_s_or_no_one_s():
    assert quotes_of(
        '"The decision is regrettable," Kim You-geun said.',
        'The 1965 agreement stipulates that claims were settled "completely and finally."',
        '"We will respond calmly," Shinzo Abe said. Japanese newspapers were full of headlines about Tokyo\'s '
        '"perfect win."',
        'Donald Trump has dismissed the launches as "very standard."',
    ) == [("The decision is regrettable", "kim-you-geun"), ("completely and finally.", None),
          ("We will respond calmly", "shinzo-abe"), ("perfect win.", None), ("very standard.", "donald-trump")]


def test_a_subject_of_a_pronoun_and_a_name_is_no_one_of_them():
    assert quotes_of(
        'Kishida told reporters in Tokyo that he and Yoon agreed to bring relations back to a "healthy" footing.',
    ) == [("healthy", "fumio-kishida")]


def test_a_participle_speaks_for_the_subject_of_its_own_clause():
    assert quotes_of(
        'Mike Pompeo said he was "disappointed" by the decision, and the Pentagon issued a statement expressing '
        '"strong concern and disappointment."',
        'Abe criticised the move, saying it "totally misjudged" the security environment.',
    ) == [("disappointed", "mike-pompeo"), ("strong concern and disappointment.", "pentagon"),
          ("totally misjudged", "shinzo-abe")]


def test_straight_and_curly_marks():
    assert quotes_of(
        '"We are disappointed," Pompeo said.',
        "“We will respond,” South Korean Foreign Minister Kang Kyung-wha told reporters.",
    ) == [("We are disappointed", "mike-pompeo"), ("We will respond", "kang-kyung-wha")]


@pytest.mark.parametrize("paragraphs, cue, speaker", [
    ((
        "Cheong Wa Dae on Friday announced that it will suspend the expiration of the pact.",
        "National Security Office deputy director Kim You-geun made the announcement after a meeting.",
        '"The government has decided to suspend the effect of the Aug. 23 notice to terminate the GSOMIA."',
    ), "NSO deputy director Kim You-geun", "kim-you-geun"),
    # The person the cue names, before their school.
    ((
        "Park Jae-geun, a professor at Hanyang University, says the curbs will hurt both sides.",
        '"Both economies depend on each other."',
    ), "Prof. Park Jae-geun, Hanyang University (Korean)", "park-jae-geun"),
    # A cue naming no one of the story gives no speaker, not the one before.
    ((
        "South Korea decided to end the pact, the presidential office said on Thursday.",
        '"We are disappointed to see the decision by South Korea."',
    ), "Mark T. Esper", None),
])
def test_a_sound_bite_cue_before_a_quote_names_its_speaker(paragraphs, cue, speaker):
    story = replace(article(*paragraphs), introduced=((len(paragraphs) - 1, cue),))
    assert [(q.paragraph, q.speaker) for q in find_quotes(story, find_actors(story, KNOWN))] == [
        (len(paragraphs) - 1, speaker)]


def test_a_korean_surname_alone_speaks_for_its_person():
    assert quotes_of(
        "Hwang Kyo-ahn, leader of the main opposition Liberty Korea Party, spoke first.",
        '"The government has abandoned security for politics," Hwang said during a party meeting.',
    ) == [("The government has abandoned security for politics", "hwang-kyo-ahn")]


@pytest.mark.parametrize("text, speaker", [
    # The head of 'X of Y's Z' is X.
    ('"We have decided to suspend the effect of the notice," Kim You-geun of South Korea\'s National Security '
     'Office told reporters.', "kim-you-geun"),
    # 'who' stands for the person before it.
    ('The reversal was announced by Kim You-geun, a senior official at the presidential office, who said Seoul '
     'would keep the pact "on condition that it can end it at any time."', "kim-you-geun"),
    # After 'with', a participle's own subject speaks, not the sentence's first actor.
    ('Parties clashed over the decision to end the pact with Japan, with the main opposition party calling it a '
     '"reckless" move.', None),
    ('Seoul announced the decision on Thursday, with Japan calling it "extremely regrettable."', "japan"),
    # A country's words, according to the person named after them.
    ('Seoul said it would keep the pact "on the condition that it can end it at any time", according to Kim '
     'You-geun, first deputy director of the office.', "kim-you-geun"),
    # ... not a person's, which the one named after them relays.
    ('Kono urged Jeong to make a "wise decision," according to Kim You-geun.', "taro-kono"),
    # A quote's sentence going on with 'but' has no attribution after it.
    ('Abe said Japan-South Korea relations are "important," but repeated that the issue, which Japan argues was '
     'settled, must be resolved.', "shinzo-abe"),
    # A name ending right before the verb, 'and' inside it.
    ('South Korea\'s Ministry of Trade, Industry and Energy said the step was "insufficient" and called for more.',
     "ministry-of-trade-industry-and-energy"),
    # The name set off by commas after the one it works for.
    ('Mr. Moon\'s spokeswoman, Ko Min-jung, said only that the government would "respect the discussions."',
     "ko-min-jung"),
    # A relative clause's verb closed before the quote speaks no part of it.
    ('Chung Eui-yong said the Japanese trade ministry\'s briefing, which stressed that Tokyo had made no concessions, '
     'was "very regrettable."', "chung-eui-yong"),
    # ... its own subject named in it.
    ('Kang Kyung-wha said the General Security of Military Information Agreement, which Seoul had threatened to scrap '
     'in 2019, was "fully normalized" after her ministry sent a letter to Tokyo.', "kang-kyung-wha"),
    # A person named after their title, the countries it is of in it, speaks by a verb sharing their subject.
    ('U.S. Special Representative for North Korea Stephen Biegun visited Seoul earlier this week and said Washington '
     'was "prepared to engage promptly" as soon as it heard from Pyongyang.', "stephen-biegun"),
    # ... not the owner of another's title, nor one of two.
    ('President Moon Jae-in\'s spokeswoman Ko Min-jung met reporters on Friday and said the decision was "inevitable '
     'under the circumstances."', "ko-min-jung"),
    ('Defense Minister Jeong Kyeong-doo and U.S. Defense Secretary Mark Esper met in Seoul and said the alliance '
     'remained "stronger than ever."', None),
    # A relative clause after a preposition: its subject speaks.
    ('Kang urged Japan to withdraw its export curbs, to which Kono replied, "The measures are not retaliation."',
     "taro-kono"),
    # A relative clause with its own subject and no helper verb speaks no words after it; one telling who said them
    # does.
    ('Japanese Foreign Minister Taro Kono said the decision, which Seoul announced on Thursday, was "extremely '
     'regrettable."', "taro-kono"),
    ('Seoul\'s decision, which Kono said, speaking to reporters in Tokyo, was "totally mistaken," drew protests.',
     "taro-kono"),
    # A titled person with a team of their own speaks.
    ('U.S. Special Representative for North Korea Stephen Biegun and his team visited Seoul and said Washington was '
     '"prepared to engage promptly."', "stephen-biegun"),
    # An unnamed presidential official speaks for the presidential office.
    ('A senior presidential official told reporters that Japan had agreed to talks, describing it as "a result of our '
     'principled diplomacy."', "cheong-wa-dae"),
    # A person relaying another's words.
    ('Abe responded that he would "make efforts to find solutions through every possible means", Ko Min-jung said.',
     "shinzo-abe"),
    # 'which' for the body or country before it.
    ('Officials worry about North Korea, which has warned of a "Christmas gift" for Washington.', "north-korea"),
    # 'X of the party said'; 'what it called'.
    ('Rep. Hong Il-pyo of the Democratic Party said three years ago that a fund was "the only realistic solution."',
     "hong-il-pyo"),
    ('Two days later North Korea fired what it called a "newly developed super-large multiple rocket launcher."',
     "north-korea"),
    ('"The government has determined to suspend the expiry," Kim You-geun, the deputy director, informed reporters.',
     "kim-you-geun"),
    # A Korean name in its bearer's own spelling ('maan'), then the family name alone.
    ('Park Yong-maan, chairman of the chamber, attended. Park said businesses "cannot wait forever."',
     "park-yong-maan"),
    # 'told' as a spun text rewrites it.
    ('"We can finish the settlement at any time," Kim You-geun, deputy director of the office, advised reporters.',
     "kim-you-geun"),
    # 'X at the body said' is X; a participle speaks for the subject of its own clause.
    ('Kim You-geun at the National Security Office said Japan had created "a grave change" in the environment.',
     "kim-you-geun"),
    ('Officials at the Pentagon said the decision showed "a misunderstanding" of the security environment.',
     "pentagon"),
    # An ambassador 'to' a country is one phrase with his name, a clause set off after it.
    ('U.S. Ambassador to South Korea Harry Harris, speaking at a forum on Wednesday, said the termination would '
     '"benefit only North Korea and China."', "harry-harris"),
    # The name set off by commas after whose spokesman he is, the quote before them.
    ('"We have not changed our position on export controls at all," Abe\'s chief spokesman, Yoshihide Suga, told a '
     'news conference on Saturday.', "yoshihide-suga"),
    ('The Democratic Party\'s chairman, Lee Hae-chan, welcomed the choice, saying Lee was "the best person for the '
     'job."', "lee-hae-chan"),
    # An attribution closing the sentence after more words than the quote's.
    ('Kim You-geun announced the decision. Tokyo had caused "a grave change in the environment" by dropping South '
     'Korea from its list of trusted partners, he added.', "kim-you-geun"),
    ('Seoul\'s decision "completely misjudges" the regional security environment, Foreign Minister Taro Kono said in '
     'a statement.', "taro-kono"),
    # ... not when someone is said to speak before the quote.
    ('Yoon Suk Yeol said the two countries should "look to the future" while facing up to history, Kim Eun-hye told '
     'reporters.', "yoon-suk-yeol"),
    # A title between the comma and the name set off after a description.
    ('A Pentagon spokesman, Lieutenant Colonel Dave Eastburn, said the department was "strongly concerned."',
     "dave-eastburn"),
    ('The top American commander in Korea, Gen. Robert Abrams, told reporters the alliance remained "ironclad."',
     "robert-abrams"),
    # What one said another would do: the words are the one's.
    ('Moon Jae-in said Seoul would respond "resolutely" and would not stand by.', "moon-jae-in"),
    ('Japan\'s trade ministry said in a statement that the measures are consistent with WTO rules and that it would '
     'respond "appropriately" under the organization\'s procedures.', "ministry-of-economy-trade-and-industry"),
])
def test_the_subject_of_the_verb_of_saying_speaks(text, speaker):
    assert [s for _, s in quotes_of(text)] == [speaker]


def test_a_few_words_quoted_are_a_person_s_only_when_the_person_opens_the_clause():
    assert quotes_of(
        "Relations have slid since President Moon Jae-in's government announced it would dissolve a foundation set "
        'up to support former "comfort women."',
        "That deal, reached by Moon's predecessor Park Geun-hye and Prime Minister Shinzo Abe, was meant to settle "
        'the issue "finally and irreversibly."',
        "Members of the Abe government have linked the two issues, and Chief Cabinet Secretary Yoshihide Suga spoke "
        'of a loss of "trust."',
    ) == [("finally and irreversibly.", None), ("trust.", "yoshihide-suga")]


def test_an_attribution_closing_the_sentence_after_more_words():
    assert quotes_of(
        'Japan showed "no sincerity" in the talks, said Taro Kono.',
        'The pact was "worth keeping" for both sides, a senior government official said.',
        'Japan\'s curbs are "retaliation" for the court rulings, Moon Jae-in said on Friday.',
    ) == [("no sincerity", "taro-kono"), ("worth keeping", None), ("retaliation", "moon-jae-in")]


def test_a_gloss_of_a_word_is_no_quotation():
    assert quotes_of('Abe led three cries of "banzai", a traditional shout meaning "long live the Emperor".',
                     'Kono said it meant "nothing has changed."',
                     'Kono said Seoul had literally "turned the tables on Japan."',
                     'The Group of 20 (G20) said "trade tensions pose risks to growth."',
                     'North Korea\'s ideology of Juche, literally "self-reliance," has long guided its policy.',
                     'Japan curbed exports of "three key materials" to South Korea, a move Moon says damaged ties.') == [
        ("nothing has changed.", "taro-kono"), ("turned the tables on Japan.", "taro-kono"),
        ("trade tensions pose risks to growth.", "g20")]


def test_a_term_in_a_sentence_closed_by_an_attribution_is_no_quotation():
    assert quotes_of(
        'Japan tightened curbs on "sensitive" exports in July, a move Seoul said was retaliation.',
        'Japan has removed South Korea from its list of "trusted" trading partners, the agency reported.',
    ) == []


@pytest.mark.parametrize("paragraphs, speakers", [
    # 'The former trade minister' is who was one, 'the premier' no former prime minister.
    (("Kim Hyun-chong, deputy director of the National Security Office and a former trade minister, spoke. Moon "
      'Jae-in later spoke with Abe Shinzo. "We will not give up," the former trade minister said.',),
     ["kim-hyun-chong"]),
    (("Former Prime Minister Yukio Hatoyama urged both sides to talk.",
      '"We will continue to communicate closely," the premier told reporters.'), [None]),
    # A role held beside a former one still fits.
    (('Ko Min-jung, presidential spokeswoman and former KBS anchor, briefed reporters. "We will respect the '
      'discussions," the spokeswoman said.',), ["ko-min-jung"]),
    # 'The Japanese official' is the Japanese official who spoke before, a Korean named between them.
    (("Satoshi Iida, director-general of the trade ministry's Trade Control Department, said Japan would "
      '"review" its curbs after meeting his South Korean counterpart Lee Ho-hyeon. "We had a candid exchange," '
      "the Japanese official said.",), ["satoshi-iida", "satoshi-iida"]),
    # 'The official' is not a scholar who spoke before, nor who spoke before others were named.
    (('Lee Won-deok, a professor at Kookmin University, said: "Neither side wants to blink."',
      '"We had a candid exchange," the official said.'), ["lee-won-deok", None]),
    (('President Moon Jae-in said Seoul would respond "resolutely." Chief Cabinet Secretary Yoshihide Suga met '
      'reporters. "We had a candid exchange," the official said.',), ["moon-jae-in", None]),
])
def test_a_description_stands_only_for_one_it_fits(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


def test_a_quoted_crosshead_is_no_quotation():
    assert quotes_of(
        '"I believe South Korea also made this strategic decision," Shinzo Abe told reporters.',
        "'A sigh of relief in Washington'",
        '"We are glad the pact survives."',
    ) == [("I believe South Korea also made this strategic decision", "shinzo-abe"),
          ("We are glad the pact survives.", "shinzo-abe")]


def test_apostrophes_are_not_quote_marks():
    assert quotes_of(
        "Japan’s and South Korea's ministers’ gathering ended; the officials' talks failed.",
        "It's Seoul’s call, Abe's aides said.",
    ) == []


def test_single_marks_in_a_headline():
    assert quotes_of("U.S. expresses 'strong concern,' 'disappointment' at termination of pact") == [
        ("strong concern", "united-states"), ("disappointment", "united-states"),
    ]


def test_single_marks_in_an_article_without_double_marks():
    assert quotes_of("Mr Abe said: 'We will keep our promises.' Seoul disagreed.") == [
        ("We will keep our promises.", "shinzo-abe"),
    ]


def test_single_marks_in_a_paragraph_without_double_marks_beside_one_with_them():
    assert quotes_of(
        "'We have made no concessions,' Abe told a news conference in Tokyo.",
        'Tokyo removed Seoul from its "white list" of trusted trade partners, Mr Abe said.',
    )[0] == ("We have made no concessions", "shinzo-abe")


@pytest.mark.parametrize("text, speaker", [
    ('"We will see," said Mark Esper, who is on his first trip.', "mark-esper"),
    ('"We will see," Esper told reporters.', "mark-esper"),
    ('"We will see," Esper was quoted as saying.', "mark-esper"),
    ('"We will see," Abe stressed, adding that talks would go on.', "shinzo-abe"),
    ('Esper also "reiterated the US commitment to peace," according to the Pentagon.', "pentagon"),
    ('According to Mark Esper, the pact "serves our shared interests."', "mark-esper"),
    ('Kim You-geun, deputy director of the presidential office, said: "We decided to halt it."', "kim-you-geun"),
    ('Asked about the pact, Milley said, "We\'ll find out, we\'ll see."', "mark-milley"),
    ('"We will not yield," the ministry quoted Kang Kyung-wha as saying.', "kang-kyung-wha"),
    ('Yonhap quoted Kang Kyung-wha as saying that "the door remains open."', "kang-kyung-wha"),
    # ... or cited as saying: the one cited speaks, not the papers.
    ('Major Japanese newspapers cited Kang Kyung-wha as saying, "The door remains open."', "kang-kyung-wha"),
    ('Taro Kono was cited by Kyodo as saying the move was "totally unacceptable."', "taro-kono"),
    ('"We are disappointed," Pompeo said, "and we urge both sides to talk."', "mike-pompeo"),
    ('Rep. Eliot Engel (D-N.Y.), chairman of the committee, on Nov. 22 said, "I commend the decision."',
     "eliot-engel"),
    ('Mark Esper met with Jeong in Seoul on Friday and said, "Only Pyongyang and Beijing benefit."', "mark-esper"),
    ('Taro Kono arrived in Bangkok but said "nothing will change."', "taro-kono"),
    # The speech verb nearest the quote names no one: the one before it does.
    ('Yoshihide Suga said the government would respond "calmly" whatever Seoul decided.', "yoshihide-suga"),
    ('As former Defense Minister Han Min-koo put it last month, "Intelligence is never free."', "han-min-koo"),
    ('As the statement issued by Foreign Minister Kono last night made clear, the decision "reflects a total '
     'misjudgment of the current regional security environment," and it is extremely regrettable.', "taro-kono"),
    ('As Kono made clear on Tuesday, Tokyo sees the decision as "extremely regrettable."', "taro-kono"),
    ('But as U.S. Defense Secretary Mark Esper made clear, the only winners are "Pyongyang and Beijing."',
     "mark-esper"),
    ('As Defense Secretary Mark Esper made clear during his visit to Seoul last week, "GSOMIA matters to all of '
     'us."', "mark-esper"),
    ('As Esper made it clear in Seoul, "GSOMIA matters."', "mark-esper"),
    ('As Kono made it abundantly clear on Tuesday, Tokyo sees it as "regrettable."', "taro-kono"),
    ('As Defense Secretary Mark Esper made clear Friday in Seoul, "GSOMIA matters to all of us."', "mark-esper"),
    ('As Harry Harris made it clear repeatedly, Washington is "disappointed" with the decision.', "harry-harris"),
    ('As Kono made clear to reporters that Tokyo would not back down, Seoul called the curbs "retaliation."',
     "south-korea"),
    ('As Harry Harris made clear in an interview that aired Sunday, Washington is "disappointed" with the decision.',
     "harry-harris"),
    ('As Abe made clear on Monday that Japan would not budge, Seoul called the curbs "retaliation."', "south-korea"),
    # (not 'As' of a time or a cause, what was made clear told after it)
    ('As Seoul made it clear it would let the pact lapse, U.S. officials grew "frustrated," according to diplomats '
     "in Washington.", "united-states"),
    ('As Abe made it clear he would not budge, critics in Seoul called Moon\'s policy "a disaster."', None),
    ('Taro Kono urged Jeong to make a "wise decision," according to a Japanese Defense Ministry official.',
     "taro-kono"),
    # An official after the quote relays the words of whoever speaks before it; alone, the official speaks.
    ('Taro Kono urged Seoul to make a "wise decision," a Japanese Defense Ministry official said.', "taro-kono"),
    ('"It is a symbol of cooperation," a Japanese Defense Ministry official said.', "japanese-defense-ministry"),
    ('Taro Kono urged Seoul to make a "wise decision," Yoshihide Suga said.', "yoshihide-suga"),
    # A joint subject speaks for no one of them, a party and state after each name or not.
    ('"The pact matters," Jim Risch and Bob Menendez said in a statement.', None),
    ('"The pact matters," Sens. Jim Risch (R-Idaho) and Bob Menendez (D-N.J.) said in a statement.', None),
])
def test_speaker_cues(text, speaker):
    assert {s for _, s in quotes_of(text)} == {speaker}


def test_an_unnamed_official_of_a_body_is_the_body_named_last_with_that_word():
    assert quotes_of(
        "Japan's Ministry of Economy, Trade and Industry announced the plan on Friday.",
        '"We hope to deepen mutual understanding," a ministry official said.',
        '"We will listen," a senior agency official said.',  # no agency named: no one
    ) == [
        ("We hope to deepen mutual understanding", "ministry-of-economy-trade-and-industry"),
        ("We will listen", None),
    ]


def test_bodies_of_one_country_speaking_together_speak_for_it():
    assert quotes_of(
        "The United States urged both allies to talk.",
        'The State Department and the Pentagon both issued statements expressing "strong concern and '
        'disappointment" over the decision.',
    ) == [("strong concern and disappointment", "united-states")]
    # ... not those of two countries, nor parties or firms.
    assert quotes_of(
        "South Korea's opposition was furious.",
        'The Liberty Korea Party and the Bareunmirae Party both issued statements calling the decision "reckless."',
    ) == [("reckless.", None)]
    assert quotes_of(
        "North Korea denounced the drills.",
        "North Korea's Foreign Ministry and the Korean People's Army both issued statements calling the drills "
        '"a provocation."',
    ) == [("a provocation.", "north-korea")]
    assert quotes_of(
        "The United States urged both allies to talk.",
        'The State Department and the Japanese Foreign Ministry both issued statements expressing "strong concern."',
    ) == [("strong concern.", None)]


def test_it_added_is_the_body_that_spoke():
    assert quotes_of(
        '"Secretary Esper welcomed the efforts," the Pentagon said in a readout.',
        '"Both ministers agreed on the need for a network," it added.',
    ) == [
        ("Secretary Esper welcomed the efforts", "pentagon"),
        ("Both ministers agreed on the need for a network", "pentagon"),
    ]


@pytest.mark.parametrize("paragraphs, speaker", [
    # 'it' for the body the sentence before opens with, when no quote of a body came before.
    (('The Pentagon said it was pleased with the decision. "We welcome the decision," it said in a statement.',),
     "pentagon"),
    (("The Pentagon said it was pleased with the decision.", '"We welcome the decision," it said in a statement.'),
     "pentagon"),
    # ... not a body the sentence names after its subject.
    (("Kono said he had spoken with the Pentagon.", '"We welcome the decision," it said.'), None),
    # ... or the body the paragraph before ends by saying it told: '..., the JCS said. / "...," it said'.
    (("The projectiles flew about 380 km, the Joint Chiefs of Staff (JCS) said. Their top speed exceeded Mach 6.5, "
      "the JCS said.", "“Our military is monitoring the situation,” it said in a text message to reporters."),
     "joint-chiefs-of-staff"),
    # ... before the body that paragraph's sentence opens with; but not an outlet that reported it.
    (("North Korea fired two short-range missiles into the sea on Thursday, the Joint Chiefs of Staff said.",
      '"We are analyzing the details," it said.'), "joint-chiefs-of-staff"),
    (("Japan's Foreign Ministry summoned South Korea's ambassador on Friday, Kyodo News reported.",
      '"The decision is extremely regrettable," it said in a statement.'), "japanese-foreign-ministry"),
    (("North Korea fired two unidentified projectiles on Thursday, Yonhap News Agency reported.",
      '"The launches appear to be a protest against the joint drills," it said.'), "yonhap"),
    (("South Korea's Joint Chiefs of Staff said North Korea fired two short-range missiles on Thursday, Yonhap News "
      "Agency reported.", '"We are analyzing the details," it said.'), "south-korean-joint-chiefs-of-staff"),
    (("The Pentagon urged Seoul to reconsider, CNN reported.", '"Officials are frustrated," it said, citing two defense '
      "officials."), "cnn"),
    (("Japan will remove South Korea from its list of trusted trading partners, Kyodo News reported.",
      '"We will carry out the steps as planned," it said in a statement.'), "japan"),
])
def test_it_said_is_the_body_the_sentence_before_opens_with(paragraphs, speaker):
    assert [s for _, s in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraphs, speaker", [
    (('"The decision is extremely regrettable," Foreign Minister Taro Kono said in a statement released late '
      'Thursday.', 'The statement said the government also "cannot accept at all" Seoul\'s argument.'), "taro-kono"),
    (("The State Department welcomed the decision in a statement.",
      'The statement said the pact\'s continuation "demonstrates the commitment of our two allies."'),
     "u-s-state-department"),
    # ... the subject after it where the sentence opens with it.
    (("In a statement issued hours earlier, Kono said Tokyo could not accept the argument.",
      '"We strongly protest to the South Korean government," the statement said.'), "taro-kono"),
])
def test_the_statement_said_is_who_made_it(paragraphs, speaker):
    assert [s for _, s in quotes_of(*paragraphs)][-1:] == [speaker]


@pytest.mark.parametrize("paragraphs, speakers", [
    # The words under a paragraph saying someone gave what follows are theirs, not those of one said to speak after.
    (("Gen. Robert Abrams, commander of U.S. Forces Korea, issued the following statement Saturday after the South "
      "Korean government announced its decision:", '"We welcome the decision.', '"Our alliance remains ironclad."'),
     ["robert-abrams", "robert-abrams"]),
    (("The Pentagon released the following statement on Friday after Seoul announced its decision:",
      '"We welcome the decision."'), ["pentagon"]),
    # ... or of whom it is from.
    (("Cheong Wa Dae on Friday released the following statement from President Moon Jae-in:",
      '"We will keep the pact."'), ["moon-jae-in"]),
    # ... not how it was sent.
    (("The Pentagon issued the following statement by email on Saturday:", '"We welcome the decision."'),
     ["pentagon"]),
    (("The State Department issued the following statement by spokeswoman Morgan Ortagus:", '"We are encouraged."'),
     ["morgan-ortagus"]),
])
def test_the_words_after_the_following_statement_are_of_who_issued_it(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


@pytest.mark.parametrize("paragraphs, speaker", [
    # 'The Pentagon chief' is the American named last who heads a body, not the Pentagon.
    (("U.S. Secretary of Defense Mark Esper on Friday urged South Korea to keep the pact.",
      '"The only ones who benefit are Pyongyang and Beijing," the Pentagon chief said.'), "mark-esper"),
    # ... and no one when no such person was named.
    (('"The only ones who benefit are Pyongyang and Beijing," the Pentagon chief said.',), None),
    # ... 'he' after it, the description opening its sentence's main clause.
    (("Defense Secretary Mark Esper met Jeong Kyeong-doo in Seoul. After talks with Jeong, the Pentagon chief said "
      'the pact was vital. "It is important that we stay together," he said.',), "mark-esper"),
])
def test_the_head_of_a_body_named_by_the_body_is_a_person_of_its_country(paragraphs, speaker):
    assert [s for _, s in quotes_of(*paragraphs)] == [speaker]


def test_he_said_is_the_person_named_last():
    assert [s for _, s in quotes_of(
        'Japanese Defense Minister Taro Kono met his counterpart.',
        '"This could send the wrong message," he said, adding Seoul would make a "sensible decision".',
    )] == ["taro-kono", "taro-kono"]


@pytest.mark.parametrize("paragraphs, speaker", [
    (("Foreign Minister Kang Kyung-wha met Toshimitsu Motegi in Nagoya.", '"It was candid," she said.'),
     "kang-kyung-wha"),
    (('Foreign Minister Kang Kyung-wha met Toshimitsu Motegi in Nagoya. "It was candid," she said.',),
     "kang-kyung-wha"),
    (("Kang Kyung-wha spoke first. Toshimitsu Motegi then met reporters.", '"It was candid," he said.'),
     "toshimitsu-motegi"),
])
def test_he_or_she_is_who_the_last_sentence_naming_people_names_first(paragraphs, speaker):
    assert [s for _, s in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraphs, speakers", [
    (("South Korean Defense Minister Jeong Kyeong-doo met Japanese Defense Minister Taro Kono on Sunday.",
      '"We exchanged views on the pact," the minister told reporters after the talks.'), ["taro-kono"]),
    (("U.S. Defense Secretary Mark Esper spoke to reporters in Seoul.",
      'Esper met Jeong later. "It is important that we stay together," the secretary said.'), ["mark-esper"]),
    # A quote closing with a quote inside it.
    (("Kim Hyun-chong told reporters that Japan had turned down every proposal. \"Japan's response was not just a "
      "simple 'no,'\" Kim said.",), ["kim-hyun-chong"]),
    # Japan's top government spokesman is the Chief Cabinet Secretary; any government's spokesman its spokesperson.
    (("Chief Cabinet Secretary Yoshihide Suga said on Monday Japan would watch closely.",
      'Presidential spokesperson Ko Min-jung said the decision was conditional. "We have made our position clear," '
      'the government spokesman said.'), ["ko-min-jung"]),
    (('Chief Cabinet Secretary Yoshihide Suga said Japan would not offer concessions. "They are issues of a '
      'completely different nature," the top government spokesman said.',), ["yoshihide-suga"]),
    (("A spokesman for the Japanese Defense Ministry said Kono had urged Seoul to reconsider.",
      '"Japan\'s position has not changed," the spokesman said.'), ["japanese-defense-ministry"]),
    (("Japan's Ministry of Economy, Trade and Industry announced the talks on Friday.",
      '"Dialogue will resume," the ministry said in a statement.'), ["ministry-of-economy-trade-and-industry"]),
    (("An official at the presidential office said the leaders agreed.", '"It went well," the official said.'),
     ["cheong-wa-dae"]),
    # ... the body, not the country whose adjective goes before it.
    (("A senior official of the South Korean presidential office took issue with Japan's account on Saturday.",
      'The official said, "That is not the case."'), ["cheong-wa-dae"]),
    (("A senior State Department official said the United States would not mediate.",
      '"We\'re not going to mediate," the official said.'), ["u-s-state-department"]),
    (("The Pentagon said the State Department would not mediate.", '"We will see," the official said.'), [None]),
    # No one named before holds the role, or has the word in its name: no speaker.
    (("The Pentagon weighed in.", '"We strongly support the pact," the department said.'), [None]),
    (("Mark Esper met reporters.", '"We will see," the official said.'), [None]),
    # A country in the description picks the person of that country.
    (("South Korean Defense Minister Jeong Kyeong-doo met Japanese Defense Minister Taro Kono on Sunday.",
      '"We exchanged views on the pact," the South Korean minister told reporters.'), ["jeong-kyeong-doo"]),
    (("Defence Minister Jeong Kyeong-doo met Esper in Seoul on Friday.",
      '"We can reconsider the matter," the South Korean Defence Minister said at the joint news conference.'),
     ["jeong-kyeong-doo"]),
    (("David Stilwell, U.S. assistant secretary of state, met Vice Foreign Minister Cho Sei-young.",
      'The U.S. diplomat later told reporters that Washington would "continue to encourage" its allies.'),
     ["david-stilwell"]),
    # ... or the person of that country whose role the text does not tell ('his South Korean counterpart').
    (("Japan's defence minister Taro Kono met his South Korean counterpart Jeong Kyeong-doo on Sunday.",
      "Jeong repeated Seoul's view that Tokyo's trade curbs had triggered the crisis.",
      '"Japan must first withdraw its unfair export restrictions," the South Korean minister was quoted as saying '
      "by his ministry."), ["jeong-kyeong-doo"]),
    (("South Korean Prime Minister Lee Nak-yon met his Japanese counterpart Shinzo Abe on Thursday.",
      'But the Japanese leader also urged Seoul to "keep promises between nations," a reference to a 1965 treaty.'),
     ["shinzo-abe"]),
    # A speech verb in the passive tells who was told, not who speaks.
    (("Kim Hyun-chong briefed reporters on Friday.",
      'He said the United States had been kept informed "in real time" of Seoul\'s deliberations.'),
     ["kim-hyun-chong"]),
    # What a body put out, owned by 'its', speaks for the body.
    (('The State Department welcomed the decision. Its statement said the decision "sends a positive message".',),
     ["u-s-state-department"]),
    (('The Pentagon weighed in. "We are pleased," its statement said.',), ["pentagon"]),
    (('In Washington, the State Department said it welcomed the move. Its statement said the decision “sends a '
      'positive message” that allies can resolve differences.',), ["u-s-state-department"]),
    # 'the company' is the firm the sentence before opens with.
    (('Fast Retailing, which runs Uniqlo, has faced a boycott in South Korea. "We sincerely apologize," the company '
      'said in a statement.',), ["fast-retailing"]),
    # ... not a state body, nor an association.
    (('Japan\'s Ministry of Economy, Trade and Industry approved a shipment on Thursday. "We welcome the approval," '
      'the company said.',), [None]),
    # 'it' after a capital opening the sentence is that country ('Beijing' is no opening participle).
    (('Beijing, which has sought to mediate between Seoul and Tokyo, called for calm. "All parties should exercise '
      'restraint," it said.',), ["china"]),
    # 'His party' is the party named last.
    (("Hwang Kyo-ahn, leader of the main opposition Liberty Korea Party, has been on hunger strike since Wednesday. "
      "His party said on Sunday that the suspension was “conditional” and the decision had been wrong.",),
     ["liberty-korea-party"]),
    # 'what it called' after a country's adjective before a noun is the body named before it.
    (('The next morning, the Korean Central News Agency (KCNA) reported that North Korean leader Kim Jong Un had '
      'guided the test of what it called a "newly developed super-large multiple rocket launcher."',),
     ["korean-central-news-agency"]),
    (('Japan imposed what it called "appropriate" controls.',), ["japan"]),
    # ... the subject's over a name a preposition governs; a relative 'which' the name right before it.
    (('Cheong Wa Dae said it had lodged a protest with Tokyo over what it called a "distorted" account.',),
     ["cheong-wa-dae"]),
    (('North Korea set a deadline for Washington to change what it calls its "hostile policy."',), ["north-korea"]),
    (('Moon and Abe agreed to work on North Korea, which has warned it could send Washington a "Christmas gift."',),
     ["north-korea"]),
    (("Seoul's decision drew a rebuke from Washington, which said it was \"strongly concerned.\"",),
     ["united-states"]),
    # 'what one organizer called': someone unnamed, no one's words when no actor is named there.
    (('Civic groups held a rally near the U.S. Embassy, denouncing what one organizer called "Washington\'s meddling."',),
     [None]),
    (('Seoul\'s move drew what a senior Japanese official called "deep regret" in Tokyo.',), ["japan"]),
    # 'he' after a sentence opening 'He said' is whom that 'He' was, not the person it names.
    (("Defense Secretary Mark Esper met Jeong on Friday.",
      "Esper declined to say whether he had asked Japan to make a concession. He said he would carry the same "
      "message to Japanese Defense Minister Taro Kono.",
      '"We will continue to encourage both sides to sit down," he said.'), ["mark-esper"]),
    # ... and an unnamed lawmaker of a party, an aside between the lawmaker and the verb, the party's.
    (('Secretary of State Mike Pompeo said Washington was "disappointed" by the decision.',
      "A senior DPK lawmaker, speaking on condition of anonymity, said the party would explain the government's "
      'position. "The alliance with the United States is a separate matter," he said.'),
     ["mike-pompeo", "democratic-party-of-korea"]),
    # Words in a relative clause about the subject, what was said after 'said' in small letters.
    (('Foreign Minister Taro Kono, who on Thursday had called Seoul\'s decision "extremely regrettable," said the '
      "security situation in the region had not changed.",), ["taro-kono"]),
    # 'spoke of'; an '-ing' form after a preposition speaks for no one ('in responding to').
    (("Mike Pompeo said the administration was “disappointed”, while the Pentagon spoke of its “strong concern”.",),
     ["mike-pompeo", "pentagon"]),
    (('Prime Minister Shinzo Abe spoke to reporters. He said ties between Japan and South Korea, and among Japan, the '
      'U.S. and South Korea, were "extremely important" in responding to North Korea, and that he believed Seoul had '
      'made its decision "from a strategic standpoint."',), ["shinzo-abe", "shinzo-abe"]),
    # What was reported goes on with no 'that', no comma between; not into a clause of its own.
    (('Chief Cabinet Secretary Yoshihide Suga said Seoul had urged Tokyo to "reconsider."',), ["yoshihide-suga"]),
    (('Kim You-geun said South Korea had notified Japan of the decision, and the Japanese Foreign Ministry had called '
      'it "extremely regrettable."',), ["japanese-foreign-ministry"]),
    (('Pompeo said Washington was disappointed, after the Pentagon issued a statement saying it had "strong '
      'concern".',), ["pentagon"]),
    # An unnamed one's name set off after them goes on as that person.
    (('A Foreign Ministry spokesman, Kim In-chul, said Seoul would respond calmly. "We will not be swayed," he said.',),
     ["kim-in-chul"]),
    # How one spoke, after 'by', is speaking.
    (('North Korea marked the week by warning Washington of "a new path" if talks stall.',), ["north-korea"]),
    # 'spoke' is speaking only as 'spoke of'.
    (('Moon spoke with Trump by phone on Tuesday, and the two leaders agreed to keep "close coordination," the Blue '
      'House said.',), ["cheong-wa-dae"]),
    # A phrase with no verb after 'before' is no clause with a subject of its own.
    (("South Korea's presidential office announced its decision Thursday evening in Seoul, before dawn on the U.S. "
      'East Coast, saying Japan had created "a grave change."',), ["cheong-wa-dae"]),
    # One unnamed official after a quote, no body named with them: one of the body the sentence before opens with.
    (('Blue House officials say the absence of any answer from Tokyo weighed heavily. "There was no response at '
      'all," one official said Friday.',), ["cheong-wa-dae"]),
    (('Kono met Kang. "It was useful," an official said.',), [None]),
    # '..., Ko continued'; 'quoted Moon as telling Abe'; a statement said to be by a body further on in its sentence;
    # 'the paper', the newspaper named before.
    (('"The conversation took place in a very friendly atmosphere," Ko Min-jung continued. "The President expressed '
      'his thanks."',), ["ko-min-jung", "ko-min-jung"]),
    (('Shinzo Abe met Moon Jae-in.',
      'Ko Min-jung quoted Moon as telling Abe, "There are various proposals being discussed in Korea."'),
     ["moon-jae-in"]),
    (("The statement, carried by the official Korean Central News Agency (KCNA), was attributed to a vice "
      "director-general of the Japanese affairs bureau at the North's Foreign Ministry, who was not named.",
      '"Abe is the only one in the world who mistakes the test," the statement said.'),
     ["north-korean-foreign-ministry"]),
    (("In a commentary this week, the Rodong Sinmun, the official newspaper of the ruling Workers' Party, accused "
      'Seoul of "kneeling down" before Washington.',
      '"The South Korean authorities have reversed course at a single word from their master," the paper said.'),
     ["rodong-sinmun", "rodong-sinmun"]),
    (('Talks continued after "difficult" exchanges, and Japan protested. "It is regrettable," the paper said.',),
     [None]),
    # ... the outlet named with it, or the one the sentence before opens with; 'the newspaper' is a paper by its name.
    (('Yonhap reported the ruling on Friday. A commentary in Hankyoreh said the court had "restored justice."',),
     ["hankyoreh"]),
    (("China's Global Times, citing Yonhap, said the alliance was fraying. An editorial said it showed \"the fragility "
      'of the alliance system."',), ["global-times"]),
    (("Japan's Sankei Shimbun reported the plan, Yonhap said. The newspaper said the move was \"unacceptable.\"",),
     ["sankei-shimbun"]),
    (("Japan's annual defense white paper was released, Kyodo News reported. The white paper said Seoul's response "
      'was "negative."',), [None]),
    # Unnamed ones: one official after a quote speaks for no country the sentence before opens with; the one opening
    # the sentence before goes on only as 'he' after a quote, for no country when an analyst.
    (('South Korea decided on Thursday to end GSOMIA. "We are deeply disappointed," one official said in Washington.',),
     [None]),
    (("Moon Jae-in arrived in Bangkok on Sunday. An aide said the encounter was unplanned. He then sat down with Abe "
      'and called it "a meaningful step."',), ["moon-jae-in"]),
    (('Kim Hyun-chong spoke. A South Korean analyst said the decision was a gamble. "Seoul has overplayed its hand," '
      "he said.",), [None]),
    (('Mark Esper arrived on Thursday. A senior U.S. defense official said the talks would be tough. "We expect a '
      'frank exchange," he said.',), ["united-states"]),
    # 'spoke Friday of', 'spoke about'; 'continued Ko Min-jung'; an '-ing' form after 'on' speaks for no one.
    (('Shinzo Abe spoke Friday of a "loss of trust" between the two.',), ["shinzo-abe"]),
    (('"The door remains open," continued Ko Min-jung.',), ["ko-min-jung"]),
    (("Seoul was furious at Tokyo's insistence on describing the curbs as \"necessary.\"",), [None]),
    # A statement made public, or said to be by someone in its own sentence, not in what it said.
    (('Pyongyang\'s state media carried a statement that said the drills were "a provocation."',), ["north-korea"]),
    (("The statement said the drop in exports was attributed to Japan's curbs. \"We will not tolerate this,\" the "
      "statement added.",), [None]),
    # ... an editorial of the paper the sentence before names; 'the paper' an outlet of its own, no wire agency.
    (("Moon's decision was slammed by the conservative Chosun Ilbo on Friday. An editorial said the move was "
      '"reckless."',), ["chosun-ilbo"]),
    (('The Hankyoreh reported the plan on Friday. The paper said one aide had called the pact "useless."',),
     ["hankyoreh"]),
    # ... one official after a quote, of the country the sentence before opens with; the unnamed one before saying more.
    (('Tokyo reacted coolly. "Nothing has changed," one official said.',), ["japan"]),
    (('A senior Japanese official said Tokyo would not back down. He also said the curbs were "not retaliation."',),
     ["japan"]),
    # ... not of a news outlet, nor for the one said to speak after 'said' ('the ministry spokesman when asked');
    # 'the paper quoted' someone else; a report from a place is not the place's.
    (('Kyodo News reported on Monday that Tokyo had agreed. "Japan did not concede anything," one official said.',),
     [None]),
    (("Japan's Foreign Ministry summoned the ambassador. \"We will respond,\" said the ministry spokesman when asked "
      "whether Seoul would act.",), ["japanese-foreign-ministry"]),
    (('The Asahi Shimbun reported the talks. "Nothing is agreed," the paper quoted a government source as saying.',),
     [None]),
    (('Seoul on Monday denied a Yomiuri Shimbun report from Seoul that said the government was preparing "a fund."',),
     [None]),
    # ... a statement carried by one and attributed to another.
    (("A statement carried by KCNA was attributed to Kwon Jong-gun of the North's Foreign Ministry. \"Abe is an "
      'idiot," the statement said.',), ["kwon-jong-gun"]),
    (("The statement was released by KCNA and attributed to a spokesman for the North's Foreign Ministry. \"Abe is a "
      'fool," the statement said.',), ["north-korean-foreign-ministry"]),
    # An editorial or commentary, the outlet named before it in its paragraph.
    (('The state-run Global Times was less restrained. An editorial on Friday said the episode exposed "the '
      'fragility of the alliance system."',), ["global-times"]),
    (('Japan was angry. An editorial said the move was "reckless."',), [None]),
    # What a statement said: by whom it was made, else whoever issued it.
    (('North Korea issued a statement by a spokesman for the State Affairs Commission that said the drills were '
      '"a provocation."',), ["state-affairs-commission"]),
    (('North Korea issued a statement that said the drills were "a provocation."',), ["north-korea"]),
    (('He cited a statement by Moon Jae-in that said the move was "inevitable."',), ["moon-jae-in"]),
    # ... not one the subject only speaks of.
    (('The Blue House denied a Japanese newspaper report that said Seoul had "secretly proposed" a compromise.',),
     [None]),
    # ... one who speaks for a body: the body or country the sentence opens with, not one a phrase governs.
    (('Washington criticized the move, which a senior official called "regrettable."',), ["united-states"]),
    (('The Pentagon voiced concern over what one official called "a serious mistake."',), ["pentagon"]),
    (('Tokyo on Friday rejected what one diplomat called "a provocation."',), ["japan"]),
    (('Analysts in Seoul warned of what one official called "a dangerous gap."',), [None]),
    (('The deal, which Seoul scrapped, is what one official called "vital."',), [None]),
    (("Seoul's decision drew what one diplomat called \"deep disappointment\" in Washington.",), [None]),
    # A name set off by commas after whose it is, what the person is set off after it: the person speaks (not
    # after where someone was: ', in Bangkok on Friday,').
    (("Japan's delegate, Shingo Yamagami, director general of the Foreign Ministry's Economic Affairs Bureau, "
      'countered that the measures are not an "embargo."',), ["shingo-yamagami"]),
    (("Secretary of State Mike Pompeo, who met Foreign Minister Taro Kono and his South Korean counterpart, Kang "
      'Kyung-wha, in Bangkok on Friday, urged the two sides to "find a way forward."',), ["mike-pompeo"]),
    # '..., saying' after an aside naming where: the subject of the clause, not the place.
    (("The third round, in Seoul on Nov. 19, ended after the U.S. team cut the meeting short, saying South Korea's "
      'proposals did not meet its request for "fair and equitable burden sharing."',), ["united-states"]),
    # 'the official' after another unnamed one said to speak is not the person quoted before.
    (('Japanese Defense Minister Taro Kono, speaking to Japanese reporters after the meeting, said Tokyo\'s position '
      'was unchanged.',
      '"I told the minister that Japan hopes South Korea will make a wise decision," Kono said. "The export control '
      'issue and GSOMIA are completely different matters."',
      'Both sides used the same words, a ministry official said on condition of anonymity. "It was a candid '
      'exchange," the official said.'), ["taro-kono", "taro-kono", None]),
    # ... but an unnamed one inside a quote is no one who spoke.
    (("Japan's Vice Minister of Economy, Trade and Industry Akihiro Nishiyama said on Tuesday, \"The talks were "
      'useful."', '"We have not received an official request from Seoul," the official said.'),
     ["akihiro-nishiyama", "akihiro-nishiyama"]),
    # 'It said' after a sentence closed by a body's attribution.
    (('The drills are larger than in previous years, South Korea\'s navy said in a statement. It said the drills '
      'were aimed at defending the "East Sea territory."',), ["south-korean-navy"]),
    # The same words said by another are the other's quote too; by the one a headline did not name, that one's.
    (('Foreign Minister Taro Kono called the decision "extremely regrettable."',
      'Seoul defended the move. Japan has called the decision "extremely regrettable," and vowed to respond.'),
     ["taro-kono", "japan"]),
    (("Finance minister says gov't will take 'corresponding measures'",
      'Deputy Prime Minister Hong Nam-ki said Thursday the government will take "corresponding measures".'),
     ["hong-nam-ki"]),
    # 'countered' is a verb of speech.
    (('Seko countered on Twitter that the step was "not a countermeasure".',), ["hiroshige-seko"]),
    # ... and 'protested', in a relative clause about the country named before it.
    (('The islets are controlled by Seoul but claimed by Tokyo, which protested the exercise as "unacceptable."',),
     ["japan"]),
    # 'The official' is the country a government official was said to be of.
    (("Abe pressed Moon, according to a Japanese government official who briefed reporters.",
      '"Prime Minister Abe strongly asked President Moon to resolve the issue," the official said.'), ["japan"]),
    # 'she' after a sentence closed by one telling it, a role before the name.
    (("Moon told Abe that dialogue was the only way, his spokeswoman Ko Min-jung told reporters.",
      '"The president said he hoped the issue would be resolved through dialogue," she said.'), ["ko-min-jung"]),
    # A leader's office speaks for itself.
    (("President Moon Jae-in met Abe on Monday.", '"We will wait," Moon\'s office said.',
      'A senior official in President Moon Jae-in\'s office said Japan had caused "a grave change" in ties.'),
     ["cheong-wa-dae", "cheong-wa-dae"]),
    # An official pointed to by 'there' is of the body the sentence before opens with.
    (('The Blue House did not help matters. A senior official there insisted that Washington had "understood" '
      'its position.',), ["cheong-wa-dae"]),
    # Someone unnamed of a body unnamed, after the verb, is no country the words after name.
    (('"It becomes a matter of national pride," said an executive at a Japanese trading house with operations in '
      'Seoul.',), [None]),
    # ... nor anyone a clause after them names, nor the place they are in.
    (('"He is going to tell you exactly what he thinks," said a retired Army colonel who served on Milley\'s staff.',),
     [None]),
    (('"It is hard to see who gains from this except Pyongyang," said one Western diplomat in Seoul, who asked not to '
      'be named.',), [None]),
    (('"We will respond firmly," said a Japanese government official who asked not to be named.',), ["japan"]),
    # ... but the body named after them, where they work.
    (('"We will respond firmly," said an official in Cheong Wa Dae who asked not to be named.',), ["cheong-wa-dae"]),
    (('"We will respond firmly," said an official who works at the Blue House.',), ["cheong-wa-dae"]),
    (('"The mood was tense," said an official who spoke to Kyodo News on condition of anonymity.',), [None]),
    # 'The navy' is the navy named before; a relative clause between the one who speaks and the verb.
    (("South Korea's navy held drills on Sunday.", "The navy, which has renamed the twice-yearly manoeuvres the "
      "“East Sea territory protection exercise”, said they showed the South’s “firm will to defend” the islands."),
     ["south-korean-navy", "south-korean-navy"]),
    (("The three leaders also discussed North Korea, which has set the United States a year-end deadline and has "
      'warned that it is up to Washington what "Christmas gift" it receives.',), ["north-korea"]),
    # 'The former official' is the one unnamed told of before, not the one they worked with.
    (("A former US official who worked with Harris at Pacific Command said the envoy's style had not changed.",
      '"He is an admiral. He was trained to say exactly what he means," the former official said.'), [None]),
    (("Kim Hyun-chong, a former trade minister, spoke on Monday.", '"It is a mistake," the former official said.'),
     ["kim-hyun-chong"]),
    (("A former Japanese official said Tokyo had overplayed its hand.", "Kim Hyun-chong, the former trade minister, "
      'disagreed. "It is a mistake," the former official said.'), ["kim-hyun-chong"]),
    (("A former senior U.S. official who worked on the 2016 agreement said Washington had been caught off guard.",
      'Esper, who arrives in Seoul next week, is expected to press the issue. "There is no substitute for this pact," '
      "the former official said."), [None]),
    # A relative clause set off by commas between the clause's subject and the verb; not a clause of its own.
    (("Kim You-geun, first deputy director of the National Security Office, which oversees intelligence matters, "
      'said the decision was "unavoidable."',), ["kim-you-geun"]),
    (("Japan has criticised South Korea, which refuses to budge on the court rulings, and has said Seoul must "
      '"take concrete steps."',), ["japan"]),
    (('After meeting Motegi in Nagoya, Kang, who has defended the decision, said the talks were "candid."',),
     ["kang-kyung-wha"]),
    (("Kim Hyun-chong, deputy director of the National Security Office, who briefed reporters on Friday, said the "
      'decision was "unavoidable."',), ["kim-hyun-chong"]),
    (("Shin Kak-soo, a former ambassador to Japan, said Seoul had miscalculated.", "A former Japanese official who "
      'asked not to be named disagreed. "Tokyo will not budge," the former official said.'), [None]),
    (('"We will respond firmly," said a diplomat who is posted at the Japanese Embassy in Seoul.',),
     ["japanese-embassy"]),
    (("The spokeswoman for the State Department, which had urged Seoul to stay, said Washington was "
      '"deeply disappointed."',), ["u-s-state-department"]),
    # A body named in the unnamed speaker's phrase after the verb; a date in brackets by the day.
    (('"It is regrettable," said a Blue House official at a briefing.',), ["cheong-wa-dae"]),
    (('U.S. Defense Secretary Mark Esper on Thursday (local time) said he was "disappointed" by the decision.',),
     ["mark-esper"]),
    # A role word after the possessive, then the verb and its object: the role is the first.
    (("President Moon Jae-in met party leaders on Monday.",
      'South Korea\'s president told lawmakers that Japan must "act first."'), ["moon-jae-in"]),
    # Someone unnamed of a body unnamed is no one's, whatever country the words name.
    (('"Tokyo is not going to back down," said a Japanese analyst at a think tank in Tokyo.',), [None]),
    # Not a person named inside a clause of the subject's apposition.
    (('Nam Gwan-pyo, deputy director of the National Security Office, speaking after Shinzo Abe, the Japanese '
      'prime minister, spoke in Tokyo, said: "We will decide calmly."',), ["nam-gwan-pyo"]),
    # An adjective after 'told' is no clause.
    (('Tokyo caused "a grave change" by dropping Seoul from its trade list, Kim Hyun-chong told assembled reporters.',),
     ["kim-hyun-chong"]),
    # A title's words before the role word ('chief trade negotiator').
    (("Kim Hyun-chong, deputy chief of the National Security Office, briefed reporters on Friday.",
      "Yoo Myung-hee, the top trade negotiator, met Japanese officials in Tokyo.",
      '"We will file a complaint with the WTO," South Korea\'s chief trade negotiator said.'), ["yoo-myung-hee"]),
    # 'there' as a place points to no body.
    (('Japan sent a trade delegation to Seoul on Monday. An official there said the talks had been "constructive."',),
     [None]),
    # The person a subordinate clause opens with, before an apposition, speaks by its verb.
    (('Sales at South Korean stores of Uniqlo dropped sharply after Takeshi Okazaki, chief financial officer of its '
      'operator, Fast Retailing Co., said in July that he did not expect the impact "to last long."',),
     ["takeshi-okazaki"]),
    # 'the official' of a body its country owns.
    (("An official of South Korea's Ministry of Trade, Industry and Energy told reporters in Seoul that talks were "
      'needed. "We proposed dialogue several times," the official said.',), ["ministry-of-trade-industry-and-energy"]),
    # An aside telling where the subject spoke, between the subject and the verb.
    (('The U.S. Defense Department said in a statement it was "strongly concerned and disappointed," while U.S. '
      'Secretary of State Mike Pompeo, speaking in Ottawa, said Washington was "disappointed to see the decision."',),
     ["pentagon", "mike-pompeo"]),
    # The second of two joined by 'and' after 'with' speaks by its own participle.
    (('The decision drew a sharp response from Washington, with the Pentagon voicing "strong concern and '
      'disappointment" and Secretary of State Mike Pompeo saying he was "disappointed".',), ["pentagon", "mike-pompeo"]),
    # A date in brackets after one between the subject and the verb.
    (('Japanese Prime Minister Shinzo Abe on Friday (Aug 23) accused South Korea of "continuing to damage the '
      'relationship of trust".',), ["shinzo-abe"]),
    # Words quoted inside a sentence, its speaker named at its end with what the speaker is between commas,
    # and where and when told after the verb.
    (('The decision was made because Japan had brought about a "grave change" in security cooperation, Kim '
      'You-geun, a deputy director of the presidential national security office, told reporters in Seoul on '
      'Thursday.',), ["kim-you-geun"]),
    (('Seoul will "conditionally suspend" its notice to end the pact, Kim You-geun, a deputy director of the '
      'presidential National Security Office, told reporters Friday in Seoul.',), ["kim-you-geun"]),
    # ... not whose the one named after is, a title before the name read past.
    (('Seoul will keep the pact "for the time being" under the conditions set by Washington, Ko Min-jung, '
      "Moon's spokeswoman, told reporters.",), ["ko-min-jung"]),
    (('The move was "extremely regrettable" for Japan, Chief Cabinet Secretary Yoshihide Suga, Abe\'s top '
      'spokesman, told reporters in Tokyo on Friday.',), ["yoshihide-suga"]),
    # ... nor a clause after the verb: what was said.
    (('Japan tightened exports of "three key materials" to South Korea, a move Seoul says Tokyo made in July in '
      'retaliation. "We will respond," Moon said.',), ["moon-jae-in"]),
    # ... an object after the verb telling no speaker, nor a participle after an article.
    (('The pact had been "a useful tool" despite the row with Tokyo, Kim You-geun, a deputy director of the '
      'presidential national security office, told the Korea Herald.',), ["kim-you-geun"]),
    (('The pact had been "a useful tool" despite the row with Tokyo, Kim You-geun, a deputy director of the '
      'presidential national security office, said at a televised briefing.',), ["kim-you-geun"]),
    # ... or named after the verb, what the speaker is after it.
    (('Seoul will "suspend the effect" of its notice, said Kim You-geun, deputy director of the presidential '
      'National Security Office.',), ["kim-you-geun"]),
    # 'she' or 'he' passes over a person the article tells is of the other sex ...
    (("Foreign Minister Kang Kyung-wha met her Japanese counterpart Taro Kono on Saturday.",
      'Kono said he had pressed for a meeting. "We need the pact," she said.'), ["kang-kyung-wha"]),
    (("Ms. Kang met Mr. Kono in Nagoya.", "Kono asked for more time. Kang agreed. \"Japan must act,\" he said."),
     ["taro-kono"]),
    # ... 'her' before a capitalised word too ('her Japanese counterpart') ...
    (("Foreign Minister Kang Kyung-wha met her Japanese counterpart Taro Kono in Bangkok on Friday.",
      'Kono and Kang discussed the pact for 40 minutes. "We agreed to keep talking," she said.'), ["kang-kyung-wha"]),
    # ... but 'her' or 'him' as the object is another's: 'Abe thanked her'.
    (("Japanese Prime Minister Shinzo Abe met South Korean Foreign Minister Kang Kyung-wha in Tokyo on Monday.",
      "Abe thanked her for coming and urged Seoul to keep the pact.",
      '"The pact is important for regional security," he said.'), ["shinzo-abe"]),
    # ... and 'she' goes to the woman among the people of the sentence before it.
    (("Mr. Kono met Ms. Kang in Nagoya on Saturday.", '"Seoul must act," she said.'), ["kang-kyung-wha"]),
    # ... not one a relative clause names: 'in which Moon said'.
    (("Kim You-geun said Seoul had tried dialogue, citing President Moon's speech on Aug. 15, in which Moon said "
      "Seoul would join hands.", '"But Japan\'s response was not just a simple rejection," he said.'),
     ["kim-you-geun"]),
    # A time between the subject and the verb.
    (('Its leader, Lee Jae-myung, last month called the exercise an act of "extreme pro-Japanese defence."',),
     ["lee-jae-myung"]),
    # A verb that shares the subject of the clause before: that subject speaks.
    (("Japanese Foreign Minister Taro Kono summoned South Korea's ambassador, Nam Gwan-pyo, shortly after the "
      'announcement, and said in a statement that Seoul had "totally misjudged" the security environment.',),
     ["taro-kono"]),
    (('On Friday, Kono repeated that Japan had no intention of linking the issues, and said the two issues were '
      '"completely different in nature."',), ["taro-kono"]),
    # ... the head of its phrase, a body's newspaper named by its name.
    (("In a commentary, the ruling Workers' Party newspaper Rodong Sinmun called GSOMIA a pact for aggression, and "
      'said Seoul should "not dance to the tune of" Washington.',), ["rodong-sinmun"]),
    # Someone close to a person speaks for the person's country, and goes on as 'the source'.
    (("Japanese Prime Minister Shinzo Abe met aides.",
      'A source close to the prime minister said Abe was "not in a hurry" to meet Moon.',
      '"There is no point in meeting only to repeat our positions," the source said.'), ["japan", "japan"]),
    # 'he' after a sentence opening with a firm's unnamed spokesman saying something is the firm's.
    (("Shares of Stella Chemifa fell 4.2%. \"The damage is limited,\" said Masahiro Wakabayashi, an analyst at "
      "Nomura Securities.",
      'A Stella Chemifa spokesman said the company filed its first applications on Thursday. "We have no idea how '
      'long the screening will take," he said.'), ["masahiro-wakabayashi", "stella-chemifa"]),
    # A joint statement is no one's.
    (('On Saturday, the three defence chiefs agreed to share data on North Korean missile launches, according to a '
      'joint statement. "The ministers condemned North Korea\'s launches," the statement said.',), [None]),
    # A government named after its leader is the leader's country.
    (('On Nov. 22, 2019, the Moon Jae-in government announced that South Korea would "conditionally" suspend its '
      'notice.', 'The Abe government said Japan would "carefully watch" the situation.'), ["south-korea", "japan"]),
    # ... as does one travelling with a person, a title with 'of' before the name.
    (("Japanese Prime Minister Shinzo Abe flew to Bangkok on Sunday.",
      'A senior Japanese official who accompanied Abe said, "We cannot accept this."'), ["japan"]),
    (("U.S. Secretary of State Mike Pompeo arrived in Nagoya.",
      '"The pact matters," said a senior official accompanying Secretary of State Mike Pompeo.'), ["united-states"]),
    # ... a member of a body close to a person speaks for the body.
    (("Within the ruling Liberal Democratic Party, distrust of Seoul runs deep.",
      '"South Korea has simply returned to where it should have been," a senior LDP lawmaker close to Abe said.'),
     ["liberal-democratic-party"]),
    # 'he' after a sentence whose subject is 'He' stands for whom that 'He' did, not for a person it names.
    (("Canada's foreign minister, François-Philippe Champagne, met Chinese Foreign Minister Wang Yi.",
      '"It was a frank conversation," Champagne told reporters.',
      'He also held talks with Motegi and said Canada welcomed the decision. "Stability in northeast Asia matters '
      'to Canada," he said.'), ["francois-philippe-champagne", "francois-philippe-champagne"]),
    # ... but a quotation opening with 'He' is no such sentence.
    (("Japanese Foreign Minister Toshimitsu Motegi met South Korean Defense Minister Jeong Kyeong-doo on Saturday.",
      '"He made his case clearly," Jeong said of Motegi. "But our position has not changed," he added.'),
     ["jeong-kyeong-doo", "jeong-kyeong-doo"]),
    # A known person's nickname ('Jokowi') is the person.
    (("Indonesian President Joko Widodo met Abe in Bangkok.",
      '"We want the supply chains to stay open," Jokowi told reporters.'), ["joko-widodo"]),
    # A rank before the role heads no description: the name set off by commas after it speaks.
    (('"This is not a countermeasure," the chief cabinet secretary, Yoshihide Suga, told reporters on Wednesday.',),
     ["yoshihide-suga"]),
    # An unnamed defense official is of the defense body the sentence names, and goes on as 'the official'.
    (('"The secretary is going to make the case," a senior defense official told reporters traveling with Esper, '
      "speaking on condition of anonymity under rules set by the Pentagon.",
      '"GSOMIA is not a favor to Japan," the official said.'), ["pentagon", "pentagon"]),
    # The words of one said to speak without 'that', relayed by another.
    (("Esper met President Moon Jae-in, presidential spokeswoman Ko Min-jung said.",
      'Moon said South Korea would keep working with the United States, but that Japan needed to show "a change in '
      'attitude," Ko said.'), ["moon-jae-in"]),
    # 'he' right after an unnamed official spoke is the official going on.
    (('"Japan, too, has moved," a senior presidential official said, asking not to be named.',
      'Trade official Lee Ho-hyeon will lead the talks. "We are ready," the official said. He added that '
      'Washington had "played a role" in the process.'), ["cheong-wa-dae", "cheong-wa-dae", "cheong-wa-dae"]),
    # ... its quote interrupted by its attribution too.
    (('"We are ready," a senior presidential official said, "and we will not back down." He added that Washington '
      'had "played a role" in the process.',), ["cheong-wa-dae", "cheong-wa-dae"]),
    # ... not when someone is named before it in its sentence.
    (('"We stressed dialogue," a defense ministry official said.',
      'Kono told Japanese reporters after the talks that he had asked Seoul for a "wise response."'),
     ["defense-ministry", "taro-kono"]),
    # ... but not someone named in passing before it.
    (('"We tried hard," a senior presidential official said. After meeting Esper, he said the alliance was '
      '"rock solid."',), ["cheong-wa-dae", "cheong-wa-dae"]),
    # ... or opens the sentence before as its subject, going on.
    (("Foreign Minister Kang Kyung-wha met Taro Kono in Beijing.",
      '"There was no meaningful response," a senior Cheong Wa Dae official told reporters.',
      'The official stressed that Seoul had consulted Washington. "The decision has nothing to do with the '
      'alliance," he said.'), ["cheong-wa-dae", "cheong-wa-dae"]),
    # ... not when another unnamed one was said to speak between.
    (('"There was no meaningful response," a senior Cheong Wa Dae official told reporters.',
      'A Japanese foreign ministry official said Tokyo would not change its rules. The official stressed that the '
      'curbs were about security. "This is not retaliation," he said.'), ["cheong-wa-dae", None]),
    # ... not when the quote before was another's: the unnamed one opening the sentence before, for the body or
    # country named with them, or for no one.
    (('"The decision is regrettable," the Japanese Foreign Ministry said in a statement. A South Korean presidential '
      'official said Seoul had no plan to change course. "We have done our part," he said.',),
     ["japanese-foreign-ministry", "cheong-wa-dae"]),
    (('President Moon Jae-in spoke on Aug. 15. "The government is always ready to sit down," Moon said.',
      "A former senior defense official said Seoul was unlikely to pull the plug on GSOMIA. \"Ending it would be a "
      'card you can only play once," he said.'), ["moon-jae-in", None]),
    (('Kono met Kang. A Japanese official said the talks went well. "It was useful," he said.',), ["japan"]),
    # Someone said to speak, by the news's account.
    (('According to Yonhap, a senior official of the presidential office, Cheong Wa Dae, said on Nov. 23 that the '
      'explanation was "different from the agreement".',), ["cheong-wa-dae"]),
    # 'calls' in the present, as chronologies tell it.
    (('Japanese Foreign Minister Taro Kono calls the ruling "totally unacceptable".',
      'Tokyo calls the decision "extremely regrettable".'), ["taro-kono", "japan"]),
    # The news a quote is according to only relays it.
    (("Japanese Defense Minister Takeshi Iwaya confirmed the exchange.",
      'He said Tokyo would keep co-operating "where co-operation is necessary", but called the decision '
      '"extremely regrettable", according to Japan\'s public broadcaster NHK.'), ["takeshi-iwaya", "takeshi-iwaya"]),
    # A party named bare is not another country's party whose name ends so.
    (("Kishida's term as president of the Liberal Democratic Party expires in September. In Korea, the opposition "
      "Democratic Party criticized the summit as a step toward “a new Cold War.”",), ["democratic-party"]),
    # A member of a party named after the name.
    (('Tamaki Yuichiro of the Democratic Party for the People said dialogue was needed "now more than ever."',),
     ["yuichiro-tamaki"]),
    # The country of the firm an official works at is not who speaks.
    (('"If the restrictions drag on, it will be hard to avoid disruptions," said an official at a Korean '
      'chipmaker.',), [None]),
    (('"It is over," said a South Korean official.',), ["south-korea"]),
    # Whom something led to speak speaks.
    (('Last month, South Korea said it would end GSOMIA, prompting the U.S. to express "strong concern and '
      'disappointment."',), ["united-states"]),
    # 'adding' after an attribution set off by commas: the one it names goes on speaking.
    (("Chung Eui-yong spoke on Sunday.",
      'Japan had "expressed its apology" over the briefings, he told reporters, adding, "If Japan keeps acting '
      'this way, we cannot guarantee the talks."'), ["chung-eui-yong"]),
    # Whom an official travels with is not who speaks; but one travelling speaks, a comma missing or not.
    (('Aboard the plane flying him to Bangkok Esper told reporters the pact was "vital".',), ["mark-esper"]),
    (('Speaking to reporters travelling with him Esper said it was "crucial".',), ["mark-esper"]),
    (("Esper met Jeong in Seoul on Friday.",
      '"We pressed them hard," a US defence official travelling with Mr Esper told reporters.'), ["united-states"]),
    (("Esper met Jeong in Seoul on Friday.",
      'A US defence official travelling with Mr Esper said the Pentagon chief had pressed both men "very hard".'),
     ["united-states"]),
    # No one of that country named: the country speaks, as a body does through its official.
    (("Japanese Defense Minister Taro Kono met reporters.", '"We will see," the U.S. diplomat said.'),
     ["united-states"]),
    # A country's role in the lead, its person named in the next paragraph.
    (('Japan\'s defense minister on Thursday urged South Korea to make a "wise decision" on the pact.',
      "Taro Kono, who spoke to reporters after a cabinet meeting, said Tokyo would not change course."),
     ["taro-kono"]),
    # ... or named before, with that role.
    (("Japanese Defense Minister Taro Kono met Jeong Kyeong-doo.",
      'Japan\'s defense minister urged Seoul to make a "wise decision" on the pact.'), ["taro-kono"]),
    # The name set off by commas after the description is the subject's head.
    (("Taro Kono arrived.", "Seoul protested.",
      'Japan\'s foreign minister, Taro Kono, called the decision "totally mistaken" and summoned the ambassador.'),
     ["taro-kono"]),
    # 'the admiral' for the person an admiral's title was given.
    (("Adm. Philip Davidson spoke in Tokyo.",
      '"Information sharing is the foundation of our posture," the admiral said.'), ["philip-davidson"]),
    # No one of that country named near: the country.
    (('Japan\'s defense minister on Thursday urged South Korea to make a "wise decision" on the pact.',
      "Moon Jae-in said Seoul would decide."), ["japan"]),
    # A member of a party named with what it is called: the member speaks.
    (('"The alliance is not a transaction," Rep. Lee Soo-hyuck of the ruling Democratic Party said.',),
     ["lee-soo-hyuck"]),
    (('Rep. Kim Jong-dae of the minor Justice Party called the U.S. demand "a shakedown, not a negotiation."',),
     ["kim-jong-dae"]),
    # Whom a relative clause after the name is about.
    (('U.S. Ambassador to South Korea Harry Harris, who has faced criticism in Seoul over the talks, said in an '
      'interview with KBS that Washington was "disappointed and concerned" by the decision.',), ["harry-harris"]),
    # Words inside what a person reported, the clause's subject a country: the person's.
    (('Motegi told reporters Tuesday that Tokyo has asked Seoul "many times" to fix it.',), ["toshimitsu-motegi"]),
    (('Trump again called Kim Jong-un "rocket man," Choe said.',), ["donald-trump"]),
    (('Trump again called Kim Jong-un "rocket man," Choe Son-hui said.',), ["donald-trump"]),
    # The person who spoke, by a body's account.
    (('According to the Japanese Foreign Ministry, Motegi told Kang that Seoul had made a "strategic" decision.',),
     ["toshimitsu-motegi"]),
    # A description, then the name with its title set off by commas.
    (('"The exercise is extremely regrettable," Japan\'s top government spokesman, Chief Cabinet Secretary '
      'Yoshihide Suga, told a news conference.',), ["yoshihide-suga"]),
    # The one quoted speaks, not those quoting.
    (("Prime Minister Shinzo Abe met Moon Jae-in.",
      '"The matter is one that the South Korean side must resolve," Abe was quoted by Japanese officials as saying.'),
     ["shinzo-abe"]),
    # A body that voiced the words.
    (('Secretary of State Mike Pompeo said he was "disappointed," and the Pentagon voiced "strong concern."',),
     ["mike-pompeo", "pentagon"]),
    # Who called something the words quoted: the person named there, or whom the pronoun stands for (the subject
    # of the clause, or of a sentence before when the clause opens with the same pronoun).
    (('Liberty Korea Party floor leader Na Kyung-won criticised the government. She said President Moon Jae-in '
      'should apologize for what she called a three-month "diplomatic disaster."',), ["na-kyung-won"]),
    (('Moon described the two countries as close neighbors, while Prime Minister Shinzo Abe pressed Seoul to resolve '
      'the forced labor issue, which he called "the foundation" of the relationship.',), ["shinzo-abe"]),
    (('Moon rejected what Foreign Minister Taro Kono called "a matter of trust."',), ["taro-kono"]),
    (('Moon Jae-in dismissed what Japanese Prime Minister Shinzo Abe called "a matter of trust between nations."',),
     ["shinzo-abe"]),
    # ... in a clause of its own after 'although'.
    (('Foreign Minister Kang Kyung-wha said that Seoul had no choice, although Japan\'s foreign ministry called the '
      'decision "extremely regrettable."',), ["japanese-foreign-ministry"]),
    # The subject, past whose account it is: 'according to his spokeswoman, Ko Min-jung,'.
    (('Mr. Moon, according to his spokeswoman, Ko Min-jung, told Mr. Abe that the two countries "cannot be apart '
      'from each other."',), ["moon-jae-in"]),
    # ... in a clause of its own after what another reported (not 'and that ...', which goes on reporting).
    (('Secretary of State Mike Pompeo said on Thursday that Washington was "disappointed" by the decision, and the '
      'Pentagon expressed "strong concern and disappointment" in a statement.',), ["mike-pompeo", "pentagon"]),
    (('Foreign Minister Toshimitsu Motegi told reporters that Seoul was wrong, and that the ministry had asked '
      'Seoul "many times" to talk.',), ["toshimitsu-motegi"]),
    (('Foreign Minister Kang Kyung-wha told lawmakers that, after talks with Motegi, Seoul had told Tokyo it would '
      '"never accept" the curbs.',), ["kang-kyung-wha"]),
    # A body that branded the words its own.
    (("Rep. Hong Ihk-pyo said the decision was wise.",
      'The main opposition Liberty Korea Party (LKP) slammed it as "a diplomatic disaster."'), ["liberty-korea-party"]),
    # Two speakers in clauses joined by 'and', after a colon: each his own words.
    (("America had pressed Seoul hard to stay in: Mike Pompeo, the secretary of state, said he was "
      '"disappointed", and Randall Schriver, an assistant secretary of defense, said on August 28th that America '
      'was "strongly concerned".',), ["mike-pompeo", "randall-schriver"]),
    # A linking word set off by commas between the subject and the verb.
    (("South Korean Trade, Industry and Energy Minister Sung Yun-mo, meanwhile, told a parliamentary committee "
      'that his government would take the matter to the World Trade Organization "if necessary."',),
     ["sung-yun-mo"]),
    # Words quoted in a relative clause about the subject; 'said' before a clause names no speaker.
    (('Defense Minister Taro Kono, who as foreign minister had called Seoul\'s decision "extremely regrettable," '
      "said Japan would keep cooperating with the United States.",), ["taro-kono"]),
    # 'she added' after a readout whose teller closes the sentence.
    (('Moon asked Abe to withdraw the export restrictions, Ko Min-jung, the presidential spokeswoman, said in a '
      'briefing. "Abe responded that the dialogue held last week was meaningful," she added.',), ["ko-min-jung"]),
    # A ministry named as the Japanese and Korean press write it.
    (('In Seoul, the Trade, Industry and Energy Ministry said the step was "not sufficient."',),
     ["ministry-of-trade-industry-and-energy"]),
    # An expert where a place is the adjective of their employer speaks for no country.
    (('"Friday\'s decision closes the trade chapter," said an analyst at a Tokyo-based research institute.',),
     [None]),
    # A U.S. party's member for the American named last: no person named 'California Democrat'.
    (("Rep. Ami Bera (D-Calif.) met Kang Kyung-wha in Seoul.",
      '"This is a family dispute," the California Democrat said.'), ["ami-bera"]),
    # 'The premier' for the prime minister named before.
    (('Japanese Prime Minister Shinzo Abe welcomed the move. "North Korea matters make cooperation very '
      'important," the premier told reporters in Tokyo.',), ["shinzo-abe"]),
    (('Japanese Prime Minister Shinzo Abe welcomed the move. The premier said Japan would "respond calmly."',),
     ["shinzo-abe"]),
    # A spokesperson of no named body for the body the sentence before opens with.
    (('The U.S. State Department welcomed the decision. A spokesperson said Washington appreciated "the efforts '
      'of both sides to resolve this issue."',), ["u-s-state-department"]),
    (("The U.S. State Department welcomed the decision.",
      '"We are pleased that the two allies agreed to continue their talks," a spokesman said.'),
     ["u-s-state-department"]),
    # 'The former trade minister' for the person named last, not for whoever is a minister now.
    (('"Seoul continues to undermine trust," Prime Minister Shinzo Abe said.',
      "Deputy National Security Adviser Kim Hyun-chong said Seoul would reconsider. The former trade minister said "
      'Seoul had offered dialogue "eight or nine times" since July.'), ["shinzo-abe", "kim-hyun-chong"]),
    # 'The official' going on from the official who spoke just before.
    (('"The government has decided to terminate the pact," said Kim You-geun, deputy director of the National '
      'Security Office.', '"We will notify Japan within the deadline," the official said.'),
     ["kim-you-geun", "kim-you-geun"]),
    (('Yoichi Iida, director general at the trade ministry, said Japan would "review" the situation. "We had a '
      'candid exchange," the Japanese official said.',), ["yoichi-iida", "yoichi-iida"]),
    # ... or from the body whose official the sentence before names ('a presidential official').
    (('A senior presidential official said the suspension was no retreat. "Japan has agreed to talk, and that is '
      'what we asked for," the official told reporters.',), ["cheong-wa-dae"]),
    # A role of the country named inside it, the name set off by commas after it: the person.
    (('"The proposals were not responsive to our request," the chief US negotiator, Mr James DeHart, told '
      'reporters.',), ["james-dehart"]),
    # Whom 'her' or 'him' quoted stands for.
    (('Kang Kyung-wha called on Japan to scrap its export controls, a South Korean official said. The official '
      'quoted her as saying the two countries "should not let the relationship drift for another year."',),
     ["kang-kyung-wha"]),
    (('North Korea\'s state media said Kim Jong-un watched the test and quoted him as calling the weapon "great."',),
     ["kim-jong-un"]),
    # 'she' for a woman by her role, not for the man named first; nor for a man by his given name named in a
    # sentence that 'she' closes.
    (('Moon asked Japan to restore the export rules to where they stood before July, South Korea\'s presidential '
      'spokeswoman Ko Min-jung told reporters. "The president said he hoped Japan would withdraw the measures as '
      'soon as possible," she said.',), ["ko-min-jung"]),
    (("Kathleen Stephens said Washington had been slow to engage.",
      "Assistant Secretary of State David R. Stilwell visited both capitals in July but left without a "
      "breakthrough, she noted.", '"Washington cannot mediate this," she said.'), ["kathleen-stephens"]),
    # Where an official of a body named before was: the body speaks.
    (("A senior Japanese Foreign Ministry official in Tokyo, speaking on condition of anonymity, said there was no "
      'breakthrough. "We have nothing to discuss," the official said.',), ["japanese-foreign-ministry"]),
    (('A senior Japanese Foreign Ministry official in Tokyo said, "We will not apologize."',),
     ["japanese-foreign-ministry"]),
])
def test_the_role_or_body_named_before_speaks_for_the_minister_or_the_ministry(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


@pytest.mark.parametrize("paragraphs, quotes", [
    (('"We are disappointed," Pompeo said, "and we urge both sides to talk."',),
     [("We are disappointed … and we urge both sides to talk.", "mike-pompeo")]),
    (('"We are disappointed," U.S. Secretary of State Mike Pompeo said, "and we urge both sides to talk."',),
     [("We are disappointed … and we urge both sides to talk.", "mike-pompeo")]),
    (("A spokesman for the U.S. State Department said Washington backed the pact.",
      '"It is in everyone\'s interest," the spokesman added, "to keep the lines of communication open."'),
     [("It is in everyone's interest … to keep the lines of communication open.", "u-s-state-department")]),
    # A new sentence, or no attribution between them: two quotations.
    (('"We are disappointed," Pompeo said. "We urge both sides to talk."',),
     [("We are disappointed", "mike-pompeo"), ("We urge both sides to talk.", "mike-pompeo")]),
    (('Pompeo called it "disappointing," and "a setback for all of us."',),
     [("disappointing", "mike-pompeo"), ("a setback for all of us.", "mike-pompeo")]),
])
def test_a_quotation_interrupted_by_its_attribution_is_one(paragraphs, quotes):
    assert quotes_of(*paragraphs) == quotes


def test_relayed_words_belong_to_the_speaker_named_first():
    assert [s for _, s in quotes_of(
        'Milley said he and Abe discussed the issue "a little bit," Kyodo reported.',
    )] == ["mark-milley"]


def test_quote_open_at_the_end_of_a_paragraph_goes_on_in_the_next():
    assert quotes_of(
        "Prime Minister Shinzo Abe spoke to reporters.",
        '"We have explained our position many times.',
        '"It is now up to Seoul to respond," Taro Kono said.',
    ) == [
        ("We have explained our position many times.", "taro-kono"),
        ("It is now up to Seoul to respond", "taro-kono"),
    ]


def test_a_stray_mark_after_an_attribution():
    text = '"It is regrettable," Abe told reporters." Japan will urge South Korea to restore trust," Abe said.'
    assert quotes_of(text) == [
        ("It is regrettable", "shinzo-abe"), ("Japan will urge South Korea to restore trust", "shinzo-abe"),
    ]


def test_a_quote_standing_alone_after_its_speaker():
    assert quotes_of(
        "U.S. Secretary of State Mike Pompeo says the move is disappointing.",
        '"We are urging each of the two countries to continue to engage."',
    ) == [("We are urging each of the two countries to continue to engage.", "mike-pompeo")]


@pytest.mark.parametrize("text", [
    # A slogan, whoever is named by it.
    'A website listing Japanese products to avoid has been circulating under the banner "No Japan, No Buy."',
    "Japan removed South Korea from its “white list” of trusted partners.",
    "Japan removed South Korea from its ‘white list’",
    # A term after a naming word; a name whose stop ends the sentence; a term of the trade with a comma inside.
    'It proposed what was dubbed the "1+1+alpha" formula.',
    'The navy began the "East Sea Territory Protection Exercise." Tokyo protested.',
    'Japan cut Seoul from its “white list,” now called Group A.',
    # ... or told to be a term after it.
    'Abe spoke on Monday. A Seoul court ordered Japan to pay former "comfort women," a euphemism for those '
    "forced to work in Japan's wartime brothels.",
    # A term of the trade, in a sentence that reports speech.
    'Kim said Japan removed South Korea from its "white list" of trusted trading partners.',
    'Seoul says the decision to remove it from a "white list" amounted to retaliation.',
    "The two sides failed to agree on the “Japan-Korea Military Intelligence Protection Agreement” (GSOMIA).",
    'The final words were cut: "I ',
])
def test_not_a_quotation(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, speaker", [
    ('Some senior officials say, "The value is high," while others say it has "no value."', None),
    ('Japan and South Korea said Monday they improved the "mutual understanding" of their systems.', None),
    ('Senior Blue House officials say, "The information was not useful."', "cheong-wa-dae"),
    ('"Japan did not use a bargaining chip," a Japanese government source said.', "japan"),
    # Who used to serve a country speaks for it no more.
    ('"Both governments have painted themselves into a corner," said a former Japanese diplomat.', None),
    ('"It is a narrow opening," said a former South Korean ambassador to Japan.', None),
    ('"It is over," said a retired Japanese diplomat.', None),
    ('"It is over," said a former senior official at Japan’s Foreign Ministry.', None),
    ('"It will not hold," said a retired general now at the Asan Institute for Policy Studies.',
     "asan-institute-for-policy-studies"),  # ... but where they serve now
    ('"It was a mistake," said a former U.S. official now at the Center for Strategic and International Studies.',
     "center-for-strategic-and-international-studies"),  # ... named after the country they served
    ('The Pentagon was quiet. "It was a mistake," said a former U.S. official now at Harvard.', None),
    ('"It is a narrow opening," said a Japanese diplomat.', "japan"),
    # Those of a country who speak for no state are no one's voice: its media, its people, its analysts.
    ('"It is over," a South Korean analyst said.', None),
    ('South Korean conservative media called it "a mistake."', None),
    ('South Korean civic organizations protested, describing it as "a disgraceful agreement."', None),
    ('People in South Korea ridicule the strike as "a fast for Japan."', None),
    ('Japanese netizens mocked the move as "a total surrender."', None),
    ('North Korean state media called it "a mistake."', "north-korea"),  # (but the state's own media)
    ('North Korean media called the decision "a shameful surrender" to Washington and Tokyo.', "north-korea"),
    ('Chinese media called the pact "a tool."', "china"),
    # (and what media relay of officials)
    ('Several Japanese papers cited unnamed Foreign Ministry officials who described the outcome as "a perfect '
     'game."', "japan"),
    ('Japanese media, citing government sources, said Tokyo would "not budge."', "japan"),
    ('Japanese media reported, citing government sources, that Tokyo would "not budge."', "japan"),
    ('Japanese newspapers, quoting the Foreign Ministry, said it was "extremely regrettable."', "japan"),
    ('South Korean media, citing an unnamed senior presidential official, said it was "over."', "south-korea"),
    ('Japanese media reported, citing a source close to the plaintiffs, that Nippon Steel would "never comply."',
     None),
    ('Japanese media, citing an unnamed senior Nippon Steel official, said the company would "not pay."', None),
    # (but not what media report, nor anyone they quote who is no official)
    ('South Korean media reported the decision as "a diplomatic defeat."', None),
    ('South Korean newspapers quoted a protester as saying the boycott was "only the beginning."', None),
    ('"It is over," Japanese officials said.', "japan"),
    ('Tokyo said five people "knew."', "japan"),
    # A deed is no pledge: 'committed a', not 'committed to'.
    ('Kim You-geun briefed reporters on Friday.\n\nHe also said Japan committed a "diplomatic discourtesy" by '
     "revealing the talks.", "kim-you-geun"),
    ('Japan committed to "responding calmly."', "japan"),
    ('Tokyo committed again to "responding calmly."', "japan"),
    ('Tokyo committed, in a statement, to "responding calmly."', "japan"),
    # 'who' after a description set off after no name: the one it stands for.
    ("Mike Pompeo spoke to Kono in August.\n\nLord Alton asked about the US Secretary of State, who said in August "
     'that he hoped both countries could put the relationship "back in exactly the right place."', "mike-pompeo"),
    ('Mark Esper, the defense secretary, who said "it is over."', "mark-esper"),
    # The person a role sets off after the verb, the sentence ending with the name; past a body's short name.
    ('"The proposals were not responsive," said the State Department\'s lead negotiator, James DeHart.',
     "james-dehart"),
    ('"We regret it," said the chief U.S. negotiator, James DeHart.', "james-dehart"),
    ('"It was wrong," said the chairman of the Joint Chiefs, Gen. Mark Milley.', "mark-milley"),
    ('"It was wrong," said the minister of foreign affairs, Kang Kyung-wha.', "kang-kyung-wha"),
    ('"It is historic," said a lawyer for the plaintiffs, Lim Jae-sung.', "lim-jae-sung"),
    ('"It was wrong," said an adviser to President Moon Jae-in, Moon Chung-in.', "moon-chung-in"),
    ('"It was wrong," said an aide to the minister of foreign affairs, Kang Kyung-wha.', None),
    ('"It was wrong," said a spokesman for the chairman of the Joint Chiefs, Gen. Mark Milley.', None),
    ('"The ruling is final," said a lawyer for the victim, Lee Chun-sik.', None),
    # 'the website': the body named as one before.
    ("North Korea's propaganda website Uriminzokkiri on Monday mocked Seoul's decision. \"It was the U.S. that forced "
     'the U-turn," the website said.', "uriminzokkiri"),
    ('Kim Jong-un spoke. "It was the U.S.," the website said.', None),
    # 'she' after someone unnamed speaking for themselves is no one named before.
    ("Abe imposed the curbs in July.\n\nA 23-year-old university student who gave only her surname, Park, said "
     'she had joined the vigils. "I am against a government that punishes us," she said.', None),
    ('Abe imposed the curbs in July.\n\nA shopper said she had stopped buying Japanese beer. "It is about pride," '
     "she said.", None),
    # (where they are between: 'A Japanese businessman in Seoul said')
    ('Abe imposed the curbs in July.\n\nA Japanese businessman in Seoul, who asked not to be named, said sales had '
     'fallen by half. "We are worried," he said.', None),
    ('Abe imposed the curbs in July.\n\nOne resident of Tokyo said the boycott hurt. "We are worried," he said.', None),
    ('Abe spoke in July.\n\nA worker at Mitsubishi Heavy Industries in Nagoya said orders fell. "We are worried," '
     'he said.', None),
    # (but the one named, where the unnamed one told them: 'A student told her ...')
    ("Foreign Minister Kang Kyung-wha met university students on Monday. A student told her young people feared a "
     'rift with Japan. "We are working hard to fix it," she said.', "kang-kyung-wha"),
    # ... one of many who hold a role, or a role where one works.
    ('"We waited too long," said one of the plaintiffs, Lee Chun-sik.', "lee-chun-sik"),
    ('"We waited too long," said one of the victims, Lee Chun-sik, on Monday.', "lee-chun-sik"),
    ('"The ruling is final," said a lawyer representing the victim, Lee Chun-sik.', None),
    ('"We waited," said a 95-year-old victim, Lee Chun-sik.', "lee-chun-sik"),
    ('Abe imposed the curbs in July.\n\nA shopper told AFP she had stopped buying Japanese beer. "It is about pride," '
     "she said.", None),
    ('"It is historic," said one of the lawyers for the plaintiffs, Lim Jae-sung.', "lim-jae-sung"),
    ('"We will respond," said one of Abe\'s aides, Hiroto Izumi.', "hiroto-izumi"),
    # (but one named in a time opening it may be: 'During Moon's talk with Abe, he said')
    ('Abe arrived in Bangkok. During Moon\'s 11-minute talk with Abe, he said "we should talk."', "moon-jae-in"),
    ("U.S. Defense Secretary Mark Esper arrived in Seoul on Thursday. During talks with Defense Minister Jeong "
     'Kyeong-doo, he said "GSOMIA benefits all of us."', "mark-esper"),
    # Not one named in a phrase of what the pronoun's own subject did, opening its sentence.
    ("The most pointed message came from Esper. Standing beside Defense Minister Jeong Kyeong-doo in Seoul last "
     'Friday, he said that "the only ones who benefit from expiration of GSOMIA are Pyongyang and Beijing."',
     "mark-esper"),
    ('"It is final," said one of the victims\' lawyers, Kim Se-eun.', "kim-se-eun"),
    ('"It was wrong," said one of the aides to the minister of foreign affairs, Kang Kyung-wha.', None),
    ('"Seoul is bluffing," said a researcher with the Asan Institute, Choi Kang.', "choi-kang"),
    ('"Seoul is bluffing," said an expert from the Korea Institute for Defense Analyses, Kim Min-seok.',
     "kim-min-seok"),
    ('"It is nothing more than cutting off the tail," said Democratic United Party (DUP) floor leader Park Jie-won.',
     "park-jie-won"),
    ('"We will fight on," said Liberty Korea Party (LKP) leader Hwang Kyo-ahn.', "hwang-kyo-ahn"),
    # ... not the one the role serves.
    ('"We regret it," said a spokesman for the foreign minister, Kang Kyung-wha.', None),
    # ... nor the one named an aide or a spokesman serves, a relative clause after the name or not.
    ('An aide to Prime Minister Shinzo Abe, who asked not to be identified, said: "We will not budge."', None),
    ('An aide to Prime Minister Shinzo Abe said: "We will not budge."', None),
    ('"We will not budge," said an aide to Prime Minister Shinzo Abe.', None),
    ('A spokesman for Prime Minister Shinzo Abe, who declined to be named, said: "We will not budge."', None),
    ('Abe met Moon in Bangkok.\n\nAn aide to Abe said the talk was short. "It was eleven minutes," he said.', None),
    ('A source close to Abe, who asked not to be identified, said: "We will not budge."', None),
    ('A senior aide to Abe said: "We will not budge."', None),
    ('A senior foreign policy adviser to Prime Minister Shinzo Abe said: "It is over."', None),
    ('Another aide to Abe said the prime minister was "not in a hurry."', None),
    # (a title before a name is none of these: 'Spokesman for the Ministry of National Defense Choi Hyun-soo')
    ('Special Adviser to the Prime Minister Katsuyuki Kawai said in Tokyo: "Seoul must keep its promise."',
     "katsuyuki-kawai"),
    ('Spokesman for the Ministry of National Defense Choi Hyun-soo told reporters: "Our military will respond."',
     "choi-hyun-soo"),
    ('Spokeswoman for the State Department Morgan Ortagus said: "We welcome the decision."', "morgan-ortagus"),
    # (but the one set off after a role serving the one named: 'an adviser to President Moon Jae-in, Moon Chung-in')
    ('Moon Chung-in, an adviser to President Moon Jae-in, said: "It was wrong."', "moon-chung-in"),
    ('"We will not accept it," said a letter sent to the prime minister, Shinzo Abe.', None),
    # The presidency named as Seoul's.
    ('"We will keep the pact," South Korea\'s presidency said.', "cheong-wa-dae"),
    # A North Korean family name as Pyongyang spells it, alone.
    ("North Korean Foreign Minister Ri Yong Ho lashed out at Pompeo. Ri said Pyongyang was “ready for both dialogue "
     "and standoff.”", "ri-yong-ho"),
])
def test_subject_with_or_without_an_actor(text, speaker):
    assert {s for _, s in quotes_of(text)} == {speaker}


def test_a_writing_named_as_its_own_writer_is_no_one_s():
    # ('the magazine's editorial' stands for who wrote the statement the sentence opens with: itself)
    text = 'In a statement, the magazine\'s editorial department said the feature "lacked consideration".'
    assert quotes_of(text) == [("lacked consideration", None)]


def test_the_same_words_quoted_twice_are_one_quotation():
    assert quotes_of(
        "U.S. expresses 'strong concern' at termination of pact",
        'The United States expressed "strong concern" on Thursday.',
    ) == [("strong concern", "united-states")]


def test_speaker_ids_are_actor_ids():
    a = CORPUS[gold_id(GOLD[-1])]
    actors = find_actors(a, KNOWN)
    ids = {actor.id for actor in actors}
    assert all(q.speaker in ids for q in find_quotes(a, actors) if q.speaker)


_WORDS = (
    "Moon", "Jae-in", "said", '"', "“", "”", "'", "‘", "’", "Kim", ",", ".", "(", ")", "Seoul", "U.S.",
    "President", "the", "of", "Ministry", "Gen.", "Abe", "told", "Japan's", "he", "it", "added", "In",
    "Taro", "Kono", "by", "/", "and", "who", "as", "according", "to", "Pentagon", ":", "(D-N.Y.)",
    "Council", "(NSC)", "NSC", "saying", "quoted", "reported", "Bangkok", "(Donald)", "Trump", "MOON",
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join), max_size=4))
def test_any_text_gives_well_formed_actors_and_quotes(paragraphs):
    a = article(*paragraphs)
    actors = find_actors(a, KNOWN)
    ids = {actor.id for actor in actors}
    assert len(ids) == len(actors)
    for actor in actors:
        assert all(m.text in a.paragraphs[m.paragraph] for m in actor.mentions)
    for quote in find_quotes(a, actors):
        assert quote.text and 0 <= quote.paragraph < len(paragraphs)
        assert quote.speaker is None or quote.speaker in ids


def test_a_quote_the_capture_cut_short_ends_in_an_ellipsis():
    from generator.quotes import find_quotes

    cut = article("Engel said, \"I commend President Moon on his decision to continue the pact between Seou")
    (quote,) = find_quotes(cut, ())
    assert quote.text == "I commend President Moon on his decision to continue the pact between Seou…"
    # A quote that goes on in the next paragraph ends its first part like a sentence: no ellipsis.
    going_on = article("Kim said, \"We decided to suspend the notice.", "\"Japan expressed its understanding,\" he said.")
    assert [q.text for q in find_quotes(going_on, ())][0] == "We decided to suspend the notice."


@pytest.mark.parametrize("text", [
    'Officials met in a bare room with a sheet of paper reading "Explanatory meeting on export control" taped to a '
    "whiteboard.",
    'Activists held placards reading "Harris out" and "No to GSOMIA."',
])
def test_what_a_sign_reads_is_no_one_s_speech(text):
    assert quotes_of("Rep. Lee Hye-hoon said the pact mattered.", text) == []


def test_a_spokesman_of_a_body_every_country_has_speaks_for_it():
    assert quotes_of('South Korea began drills near the islets. "The exercise is being held to strengthen our '
                     'resolve," a Navy spokesman told reporters.') == [
        ("The exercise is being held to strengthen our resolve", "navy")]
    # (not a crew or a cadet of it)
    assert quotes_of('He joined a Navy crew as a cadet and said "it was hard".') == [("it was hard", None)]


def test_a_surname_alone_is_the_person_a_caption_names_in_full_as_spelt():
    text = ("Envoy arrives for talks\nNovember 22, 2019\n"
            "[Photo: Yonhap] U.S. envoy Steve Kang speaks to reporters at Incheon airport on Friday.\n"
            "SEOUL -- A U.S. envoy arrived in Seoul on Friday for talks on the intelligence pact.\n"
            '"We hope the pact survives," Kang told reporters.\n')
    a = _cleaned(text)
    assert [q.speaker for q in find_quotes(a, find_actors(a, KNOWN))] == ["steve-kang"]


def test_the_official_said_after_an_unnamed_official_said_so_without_quotes():
    assert quotes_of(
        "South Korea removed Japan from its list on Wednesday, the Ministry of Trade, Industry and Energy said.",
        'A ministry official said Tuesday that Seoul had received no formal objection from Tokyo. "We are still ready '
        'to hold talks with Japan at any time," the official said.',
    ) == [("We are still ready to hold talks with Japan at any time", "ministry-of-trade-industry-and-energy")]


def test_reports_quoting_someone_as_calling_it_so_are_theirs():
    assert quotes_of(
        "Cheong Wa Dae officials bristled at reports in Japanese newspapers quoting an unnamed official close to Prime "
        'Minister Shinzo Abe as calling the outcome a "perfect game" for Japan.',
    ) == [("perfect game", "japan")]


@pytest.mark.parametrize("text, speaker", [
    # 'citing' a reason, not someone 'as saying'; a quoting aside the sentence's own verb of saying follows.
    ("Seoul scrapped the pact last week, citing Japan's export curbs, and Yonhap quoted a senior official at Cheong Wa "
     'Dae as saying the decision was "irreversible."', "cheong-wa-dae"),
    ("South Korea decided to end GSOMIA, citing Tokyo's export restrictions as calling into question the \"basic "
     'trust" between the two countries.', "south-korea"),
    ("The Asahi Shimbun, quoting a senior Foreign Ministry official as saying Tokyo would not budge, said the talks "
     'were "going nowhere."', "asahi-shimbun"),
])
def test_quoting_and_citing_reach_no_further_than_their_clause(text, speaker):
    assert [s for _, s in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    'Secretary of State Mike Pompeo said he was "disappointed," and the State Department went further, saying the '
    'decision reflected "a serious misunderstanding" of the security challenges.',
    'Pompeo said he was "disappointed," and a State Department spokeswoman went further, saying the decision reflected '
    '"a serious misunderstanding."',
])
def test_a_clause_after_a_quote_with_its_own_verb_of_saying_has_its_own_speaker(text):
    assert [s for _, s in quotes_of(text)] == ["mike-pompeo", "u-s-state-department"]


def test_a_second_quote_of_the_same_clause_stays_its_speaker_s():
    assert quotes_of('Kono called it "regrettable" and "totally unacceptable."') == [
        ("regrettable", "taro-kono"), ("totally unacceptable.", "taro-kono")]



def test_he_after_a_place_or_time_with_an_article_naming_another_is_the_one_who_spoke_before():
    assert quotes_of(
        "Defense Minister Jeong Kyeong-doo met Mark Esper.",
        "Esper, who visited Seoul on Friday, has been pressing South Korea to keep the pact. At a news conference "
        'there after annual security talks with Jeong, he said the only ones who benefit are "Pyongyang and Beijing."',
    ) == [("Pyongyang and Beijing.", "mark-esper")]



@pytest.mark.parametrize("text, speaker", [
    # The one quoted may be described between commas, or written with stops.
    ('Yonhap quoted Kim You-geun, the first deputy director of the National Security Office, as saying that Seoul '
     'would "suspend" the notice.', "kim-you-geun"),
    ('NHK quoted Mr. Abe as saying Japan would "respond calmly."', "shinzo-abe"),
    ('Yonhap quoted a senior U.S. official as saying the decision was "deeply disappointing."', "united-states"),
])
def test_whom_a_paper_quoted_as_saying_with_commas_or_stops_in_between(text, speaker):
    assert [s for _, s in quotes_of(text)] == [speaker]



@pytest.mark.parametrize("paragraphs, speaker", [
    # 'he' or 'she' after a place or time naming its subject, or one who did something in it, is that one.
    (("Defense Minister Jeong Kyeong-doo met Mark Esper.",
      'At the end of Esper\'s two-day visit, he told reporters the pact was "vital" to the alliance.'), "mark-esper"),
    (("Defense Minister Jeong Kyeong-doo met Mark Esper.",
      'At the news conference Esper held after the talks, he said the pact was "vital."'), "mark-esper"),
    (("Toshimitsu Motegi met Kang Kyung-wha.",
      'In the interview Kang Kyung-wha gave to CNN, she said the decision was "not easy."'), "kang-kyung-wha"),
    # One paper quoting, another citing: whom the second cites.
    (('Kyodo, which quoted a senior official close to Abe, cited Foreign Minister Taro Kono as saying the move was '
      '"extremely regrettable."',), "taro-kono"),
    (('Reuters quoted the ministry statement in full, while NHK cited Prime Minister Shinzo Abe as saying Seoul had '
      '"eroded trust."',), "shinzo-abe"),
])
def test_he_or_she_after_a_fronted_phrase_and_one_paper_citing_after_another(paragraphs, speaker):
    assert [s for _, s in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize("went", ["emerged to say", "went on to say"])
def test_a_verb_of_saying_after_one_of_going_on_and_to_is_its_subject_s(went):
    assert quotes_of(f"North Korea's chief negotiator, Kim Myong Gil, {went} the talks had \"not fulfilled our "
                     "expectation.\"") == [("not fulfilled our expectation.", "kim-myong-gil")]


def test_a_quote_before_a_clause_of_time_is_the_one_said_to_say_it_before():
    assert quotes_of("North Korea responded coolly. Kim Kye-gwan, an adviser to its foreign ministry, said on Monday "
                     "that Pyongyang was “no longer interested in such talks that bring nothing to us,” a day after "
                     "Donald Trump wrote on Twitter to Kim Jong-un: “You should act quickly, get the deal done.”") == [
        ("no longer interested in such talks that bring nothing to us", "kim-kye-gwan"),
        ("You should act quickly, get the deal done.", "donald-trump")]


def test_words_a_country_s_official_relays_are_the_one_said_to_say_them():
    assert quotes_of('Moon Jae-in said on Tuesday that the decision was "conditional," a South Korean official '
                     'said.') == [("conditional", "moon-jae-in")]


@pytest.mark.parametrize("paragraphs, speakers", [
    # What another asked for, reported without 'that' with a name before its noun, is the reporter's word.
    (("South Korea’s chief negotiator, Jeong Eun-bo, said the American side had asked for a “drastic increase” that "
      "went far beyond the framework.",), ["jeong-eun-bo"]),
    # The person the clause is of, by another's account.
    (("President Moon Jae-in met Abe. Ko Min-jung briefed reporters.",
      'According to Ko, Moon proposed holding "higher-level consultations if necessary," and Abe agreed.'),
     ["moon-jae-in"]),
    # The one relayed as saying.
    (('Presidential spokesperson Ko Min-jung relayed President Moon Jae-in as saying that Seoul would "try to find a '
      'solution."',), ["moon-jae-in"]),
    # One unnamed of the body the sentence opens with, after a conjunction.
    (('Cheong Wa Dae declined to comment directly on the walkout, but a senior official said the government "will '
      'continue to make efforts."',), ["cheong-wa-dae"]),
    (('Cheong Wa Dae declined to comment, but a senior Japanese official said Tokyo "will wait."',), ["japan"]),
])
def test_who_speaks_when_another_reports_relays_or_declines(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


@pytest.mark.parametrize("paragraphs, speakers", [
    # A clause of time after a quote with a comma setting off who speaks is no clause going on.
    (('"We will respond firmly to any provocation," after a Cabinet meeting on Friday, Shinzo Abe told reporters.',),
     ["shinzo-abe"]),
    # No sentence's end inside the clause after 'said the ...'.
    (('"We will continue to cooperate closely with the United States," said the South Korean defense minister Jeong '
      'Kyeong-doo. He has repeatedly called for dialogue.',), ["jeong-kyeong-doo"]),
    # By another's account, a possessive's name is no one speaking.
    (("Taro Kono met reporters.",
      'According to the Foreign Ministry, Kono\'s remarks were "inappropriate and regrettable."'), [
        "foreign-ministry"]),
    # A country relays no words said in a clause of its own before the quote.
    (('While Washington has said it wants the two allies to settle their feud, the pact has "run its course," Seoul '
      'said in a statement.',), ["south-korea"]),
    # The body a sentence opens with speaks by its unnamed official only after it declined to.
    (('North Korea fired two short-range ballistic missiles on Saturday, but a senior official said the launch would '
      '"not affect" intelligence sharing.',), [None]),
])
def test_who_speaks_guards(paragraphs, speakers):
    assert [s for _, s in quotes_of(*paragraphs)] == speakers


def test_one_unnamed_of_a_body_the_sentence_opens_with_speaks_for_it():
    assert quotes_of("South Korea's Foreign Ministry summoned Japan's ambassador on Monday, but a senior official said "
                     'the move was "not retaliation."') == [("not retaliation.", "south-korean-foreign-ministry")]


@pytest.mark.parametrize("text, speaker", [
    ('Opposition leader Lee Jae-myung, who last week called the Tokyo summit "the most humiliating moment in our '
     'diplomatic history," said Tuesday that the deal must be reviewed.', "lee-jae-myung"),
    ('Kang Kyung-wha, who called the decision "regrettable," said Seoul would respond.', "kang-kyung-wha"),
])
def test_words_a_relative_clause_of_calling_quotes_are_the_one_it_is_on(text, speaker):
    assert [s for _, s in quotes_of(text)] == [speaker]
