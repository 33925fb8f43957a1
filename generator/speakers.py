"""Who said a quotation: the attribution around it, or the speaker it carries on from.

In order of preference:

1. the attribution after the quote, when shaped like one (the quote ends in a
   comma, or a comma follows it): '..., Abe told reporters', '..., said Esper',
   '..., according to the Pentagon', '..., the ministry quoted Kang as saying',
   '..., he said' (the person named last), '..., it added' (the body that spoke
   last). When it only relays ('..., Kyodo reported'), or a body or an
   unnamed official says it after someone spoke before the quote ('Kono urged
   Seoul to make a "wise decision," a ministry official said'), a speaker
   named before the quote wins;
2. the attribution before it in its sentence: 'Kim added, "..."', 'Milley said
   he ... "a little bit"' (the speech verb nearest the quote whose subject
   names someone: 'Suga said the government would respond "calmly"'); after
   '..., saying' or '..., citing' the sentence's
   subject speaks; a long quote with no speech verb is its sentence's subject's;
3. for a quote standing alone: the actor a sound-bite cue the cleaner dropped
   before its paragraph names ('[Sound bite: NSO deputy director Kim You-geun]'),
   else the speaker of the quote before it in the
   paragraph or the previous one, or whoever speaks in the previous
   paragraph's last sentence, or the last speaker a few paragraphs back.

The subject of a finite speech verb is the noun phrase just before it ('senior
Blue House officials say'); 'the minister' stands for the person named last
with that role, 'the ministry' for the body named last with that word in its
name ('a ministry official' for someone there), 'the spokesman' also for the
body a spokesman was said to speak for; "Japan's defense minister" for the
person of that country with that role named before, or in the lead for the
person of that country named first after it; a
phrase naming no actor ('others say', 'the two announced', 'the official said')
gives no speaker, and neither does a joint subject ('Japan and
South Korea said'). Organisations and countries speak too ('the Pentagon said
in a readout', 'a Japanese government source said' -> Japan).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from .lexicon import (
    BODY_PRONOUNS,
    CLAUSE_OPENERS,
    DATE_WORDS,
    FEMALE_GIVEN_NAMES,
    HONORIFICS,
    INTRODUCTORY_WORDS,
    MALE_GIVEN_NAMES,
    PARTY_ADJECTIVES,
    PERSON_PRONOUNS,
    PLURAL_ROLE_HEADS,
    RELAY_VERBS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
)
from .metadata import canonical_agency, known_outlet
from .models import Actor, Quote
from .quote_marks import QuoteSpan, quoted_words, reads_as_headline, sentence_bounds
from .roles import out_of_office
from .sentences import ATTRIBUTION_AFTER
from .tokens import Token, tokenize

# A quoted term this short needs speech around it to be a quotation, and has
# no subject of its own to fall back on.
MAX_TERM_WORDS = 3
# How far after a quote its attribution may begin, in words.
MAX_TAIL_WORDS = 20
# How many paragraphs back a speaker still carries on to a quote standing alone.
CARRY_PARAGRAPHS = 3

_PARTICIPLE_END = "ing"
# 'with the main opposition party calling it "reckless"': the participle's own subject, after 'with'.
_WITH_SUBJECT = re.compile(r"\bwith\s+(?P<subject>[^,;:\"“”]{2,60}?)\s*$")
# ... and the next one joined by 'and': 'with the Pentagon voicing "..." and Secretary of State Mike Pompeo saying'.
_WITH_AND_SUBJECT = re.compile(r"\bwith\s[^;]*\sand\s+(?P<subject>[^,;:\"“”]{2,60}?)\s*$")
_DETERMINERS = frozenset("the a an some many several other these those his her its their".split())
# A place made an adjective of where something is: 'Tokyo-based', 'Seoul-headquartered'.
_BASED = re.compile(r"[-–](?:based|headquartered|born)\b", re.IGNORECASE)
_A_BEFORE = re.compile(r"\b(?:at|of|with|from|for)\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?$")
_A_FIRM = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:chipmaker|company|firm|bank|manufacturer|maker|supplier|exporter|importer|conglomerate"
    r"|carmaker|automaker|retailer|brokerage|lender|insurer|trading house|think tank|university|newspaper)\b"
)
# Words set off by commas between a subject and its verb: 'Seko, however, said'.
_LINKING_ASIDES = frozenset("""
meanwhile however though too also instead nonetheless nevertheless separately likewise moreover similarly
""".split())
# Words between a subject and its verb: 'Esper also said', 'Kang on Thursday told'.
_ADVERBS = frozenset("""
also further then again still reportedly separately repeatedly has had have was were is are would
will did does earlier later today yesterday previously recently once quickly publicly specifically
""".split())
# Words a subject's noun phrase does not reach across: conjunctions, prepositions, relatives.
_PHRASE_BREAKS = frozenset("""
and or but nor while whereas as because if when that which who whom whose where to in on at for with
from by about over after before into than since until during under against between without amid
""".split())
_PRONOUN = re.compile(r"\b(?:he|she|He|She|it|It|they|They)\b")
# A person quoted by another, as the object: 'quoted her as saying'.
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
# What tells a person's sex: 'Ms.' or 'Mr.' before the name; a pronoun of the sentence the
# person opens, before anyone else is named in it ('Kang met her counterpart Kono').
# (as the subject or whose something is, 'her' before a word that is no preposition nor day: 'Abe thanked her for
# coming', 'called her Tuesday', 'told him that' are of another)
_SEXED_PRONOUN = re.compile(
    r"\b(?:(?P<f>[Ss]he|[Hh]er(?=\s+(?!(?:for|that|to|in|on|at|of|about|with|and|or|but|as|by|from|after|before"
    r"|not|again|over|into|if|when|what|why|how|during|later|%s)\b)[A-Za-z]))|(?P<m>[Hh]e|[Hh]is))\b"
    % "|".join(sorted({w.rstrip(".") for w in DATE_WORDS}))
)
_SEXED_HONORIFIC = re.compile(r"\b(?:(?P<f>Ms|Mrs|Miss|Madam)|(?P<m>Mr))\.?\s+$")
_SEX_OF_PRONOUN = {"she": "f", "he": "m"}
# A pronoun saying who speaks, closing a sentence: '..., she noted.'
_SPEAKING_PRONOUN = re.compile(r"(?:she|he)\s+(?:said|says|noted|added|told|explained|argued|wrote|stressed|warned"
                               r"|continued|recalled|insisted|observed|remarked)\b")
# Roles that tell the sex: 'spokeswoman', 'congressman'.
_SEXED_ROLE = re.compile(r"\b(?:spokes|chair|congress|business|anchor)(?P<sex>wo)?man\b", re.IGNORECASE)


def _sex_of_role(roles: Sequence[str]) -> str | None:
    sexes = {"f" if match["sex"] else "m" for role in roles for match in _SEXED_ROLE.finditer(role)}
    return sexes.pop() if len(sexes) == 1 else None


def _sex_of_name(name: str) -> str | None:
    """'f' or 'm' for a person whose first name is a woman's or a man's given name ('David R. Stilwell')."""
    first = name.split()[0] if name.split() else ""
    return "f" if first in FEMALE_GIVEN_NAMES else "m" if first in MALE_GIVEN_NAMES else None
_WORD_CHAR = re.compile(r"\w")
_JOINT = "joint"


@dataclass(frozen=True)
class _Spot:
    """Where an actor, or a pronoun or a definite description standing for one, is named in a paragraph."""

    start: int
    end: int
    actor: Actor | None
    pronoun: str | None = None
    description: str | None = None  # the head of 'the minister', 'the ministry', in lower case
    country: Actor | _Country | None = None  # the country a description names: 'the Japanese minister'


# Heads of a definite description that stands for an actor named before: a role
# a person was given ('the minister' for 'Defense Minister Jeong Kyeong-doo'),
# or a word of a body's name ('the ministry' for 'the Japanese Defense Ministry').
# Roles anyone nameless may hold ('the official') stand for no one in particular.
_ROLE_DESCRIPTIONS = ROLE_HEADS - frozenset("""
official officer member members ministers chairmen representative head chair deputy expert analyst
researcher fellow scholar candidate nominee correspondent editor columnist
""".split())
_BODY_DESCRIPTIONS = frozenset("""
ministry department agency office committee commission council embassy court bank party company
command bureau institute university foundation navy army
""".split())
# Heads of a description of a company, and words in the names of a state's bodies.
_FIRMS = frozenset({"company", "firm"})
_STATE_BODY = re.compile(  # ... and of bodies that are no firm
    r"\b(?:Ministry|Department|Office|Government|Agency|Commission|Council|Court|Party|Assembly|Embassy|Command"
    r"|Forces|Navy|Army|Cabinet|Congress|Senate|House|Pentagon|Cheong Wa Dae|Association|Federation|Institute"
    r"|University|Foundation|Center|Centre|Union|Organization|Organisation)\b"
)
# Words for a prime minister ('the premier').
_PREMIER = frozenset({"premier", "pm"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A description of what someone used to be: 'the former trade minister'.
_FORMER = re.compile(r"\b(?:former|ex-(?!officio))", re.IGNORECASE)
# Roles of those who study affairs rather than conduct them.
_SCHOLAR = re.compile(r"\b(?:professor|analyst|expert|scholar|researcher|fellow|lecturer)\b", re.IGNORECASE)
# Heads that, with a country ('the U.S. diplomat', 'the Japanese envoy'), stand for the
# last person of that country named, whatever role they were given.
_ANY_COUNTRYMAN = frozenset({"diplomat", "envoy"})
# A U.S. party's member ('the California Democrat', 'the Idaho Republican'): the last American named.
_PARTY_MEMBERS = frozenset({"democrat", "republican"})
# What was said in writing: 'The statement said' is whoever was said to make it.
_WRITINGS = frozenset({"statement", "article", "commentary", "editorial"})
# ... and a newspaper: 'the paper said' is the paper named last before it (see `_paper`), not when it quotes another.
_PAPERS = frozenset({"paper", "newspaper", "website"})
_QUOTING = re.compile(r"\s+quoted\b")
# A newspaper by its name.
# A body named as a website: 'propaganda website Uriminzokkiri'.
_WEBSITE_BEFORE = re.compile(r"\bweb ?site\s+$", re.IGNORECASE)
_PAPER_NAME = re.compile(r"\b(?:Sinmun|Shinmun|Shimbun|Ilbo|Times|Post|Herald|Daily|Journal|Tribune|Gazette)\b")
# A relative clause right after a noun, not set off by a comma: '..., language that officials described'
# (not '..., the ministry, which summoned the ambassador, said').
_RELATIVE_THAT = re.compile(r"(?<![,\s])\s+(?:that|which)\b")
# 'clear' after 'made', in a clause opening with 'As': 'As the statement issued by Kono made clear, ... "…"', 'As
# Esper made it clear during his visit to Seoul last week, "…"'.
_CLEAR_AFTER = re.compile(
    r"\s+(?:it\s+)?(?:(?:very|abundantly|quite|perfectly|crystal)\s+)?clear(?!\s+to\s+(?:[\w.'’-]+\s+){1,3}that\b)"
    # (a phrase of where, when or to whom after it, not what was made clear: 'As Seoul made it clear it would ...,', 'As
    # Kono made clear to reporters that Tokyo would ...,')
    r"(?:\s+(?:to|in|during|at|on|over|last|this|when|after|before|with|while|earlier|later|again|repeatedly"
    r"|afterwards?|yesterday|today|recently|publicly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # (not a clause of what was made clear, its subject after 'that': 'made clear on Monday that Japan would')
    r"(?![^,;:.\"“”]*\bthat\s+(?:[A-Z]|(?:it|he|she|they|the|its|his|her|their)\b))[^,;:.\"“”]{0,60})?,"
)
_AS_BEFORE = re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:But|but|And|and)\s+)[Aa]s\s+[^,;:]{2,100}$")
# A comma after a description, or the rest of a title and a comma: ' of State, '.
_OF_NAME_COMMA = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*,\s*")
# 'committed' is said only of a pledge: 'committed (itself) to'.
_COMMITTED = frozenset({"committed", "committing"})
_COMMITTED_TO = re.compile(
    r"(?:\s+(?:itself|himself|herself|themselves|ourselves|again|also|firmly|publicly|once\s+more))*"
    r"(?:\s*,[^,;:\"“”]{1,40},)?\s+to\b"
)
# 'it' after 'put': 'As Han Min-koo put it, "…"'.
_IT_AFTER = re.compile(r"\s+it\b")
# A relative clause opening after a comma: the comma sets off a name's aside.
_RELATIVE_AFTER = re.compile(r"\s*(?:who|which|whose|whom)\b")
# An owner's 's before what is no body ('Japan's curbs', not 'Japan's government').
_OWNER_OF_THING = re.compile(
    r"['’]s\s+(?!(?:\w+\s+)?(?i:government|office|ministry|cabinet|military|administration|embassy|navy|army)\b)"
)
# A phrase opening a sentence before its subject: 'Speaking in Seoul after ...,', 'After talks with ...,'.
_FRONTED = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|After|Before|During|Following|At|In|On|With|Asked about|Asked)\b(?=[^,.]{3,200},)"
)
_CARRIED_BY = re.compile(r",?\s+(?:carried|published|posted|run)\s+(?:by|on|in)\s+", re.IGNORECASE)
# ... whom it is said to be by, further on in its sentence: 'The statement, carried by KCNA, was attributed to a vice
# director-general of the Japanese affairs bureau at the North's Foreign Ministry'.
_ATTRIBUTED_TO = re.compile(
    r"(?:\s*,[^,;]{1,120},|\s+(?:carried|issued|published|released)\s+by\s+[^,;.\"“”]{1,60}?)?\s+(?:was|were|is|are)\s+"
    r"(?:(?:carried|issued|published|released)\s+by\s+[^,;.\"“”]{1,60}?\s+and\s+)?attributed\s+to\s+"
)
# Giving the words a colon opens, after it: 'issued the following statement Saturday ...:'.
_ISSUED_WHAT_FOLLOWS = re.compile(
    r"\b(?:issued|released|made|gave|delivered|read|posted)\s+the\s+following\s+(?:\w+\s+)?"
    r"(?:statement|remarks|message|comments?)\b(?P<from>\s+(?:from\b|by\s+(?!(?:e-?mail|phone|telephone|fax|text"
    r"|post|mail|letter|courier|video)\b)))?"
)
# A sentence opening with the writing, its maker after it: 'In a statement issued hours earlier, Kono said'.
_OPENING_WRITING = re.compile(r"\s*(?:In|Through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}")
_WRITING = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_WRITINGS)), re.IGNORECASE)
# 'The official' stands for the body an official was said to work at, or the official who spoke
# just before (see `_described`).
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?![Tt]he\s|[Aa]n?\s)[A-Za-z.'’-]+\s+){0,3}?(?P<head>%s)\b"
    % "|".join(sorted(
        _ROLE_DESCRIPTIONS | _BODY_DESCRIPTIONS | _PARTY_MEMBERS | _WRITINGS | _PAPERS | {"official", "source"}, key=len,
        reverse=True
    )),
    re.IGNORECASE,
)
# Ranks that head a description alone ('the chief') or stand before the role that heads it.
_RANKS = frozenset({"chief", "deputy", "vice"})
_RANKED_ROLE = re.compile(
    r"(?:\s+[a-z][a-z-]+)?\s+(?P<head>%s)\b" % "|".join(sorted(_ROLE_DESCRIPTIONS, key=len, reverse=True)),
    re.IGNORECASE,
)
# ... and after a country's name: "Japan's defense minister", "South Korea's top diplomat".
_COUNTRY_DESCRIPTION = re.compile(
    # (after the words of a title: "North Korea's chief negotiator", "Japan's chief cabinet secretary")
    r"(?:'|’)s\s+(?:(?:%s)\s+){0,2}(?P<head>%s)\b(?!\s+[A-Z])"
    % ("|".join(sorted(ROLE_MODIFIERS | _ROLE_DESCRIPTIONS, key=len, reverse=True)),
       "|".join(sorted(_ROLE_DESCRIPTIONS, key=len, reverse=True))),
)
# A body's head named by the body: 'the Pentagon chief', 'the ministry's head'.
_BODY_HEAD = re.compile(r"(?:['’]s)?\s+(?:chief|head|boss)\b(?!\s+(?:of|executive|[A-Z]))")
_HEAD = "head of a body"
# Offices whose holder heads a body: 'Secretary of Defense', 'Defense Minister', 'chief of staff'.
_HEADING_ROLES = frozenset({"secretary", "minister", "chief", "head", "director", "chairman", "president"})


@dataclass(frozen=True)
class _Country:
    """A country named only through its body ('the Pentagon chief'): its name, as an actor's."""

    name: str


# How many paragraphs on a description in the lead may name its person first ("Japan's defense
# minister on Thursday urged ..." / "Taro Kono, who spoke to reporters ...").
LEAD_PARAGRAPHS = 2
# One unnamed who speaks for a body, and how senior they are.
_SPEAKING_ONE = r"(?:official|officer|spokes(?:man|woman|person))"
_SENIORITY = r"(?:(?:senior|top|high-ranking|ranking)\s+)?"
# 'A ministry official', 'a senior ministry spokesman': someone at the body named last with that word.
_UNNAMED_OF_BODY = re.compile(
    rf"\b[Aa]n?\s+{_SENIORITY}(?P<head>%s)\s+{_SPEAKING_ONE}\b" % "|".join(sorted(_BODY_DESCRIPTIONS))
)
# ... the words before a body's name opening a sentence, and after it: 'A Stella Chemifa spokesman said'.
_UNNAMED_BEFORE_BODY = re.compile(rf"\s*[Aa]n?\s+{_SENIORITY}")
# (a party's member too, an aside set off by commas before the verb: 'A senior DPK lawmaker, speaking on condition of
# anonymity, said'; not a name: 'A Foreign Ministry spokesman, Kim In-chul, said')
_UNNAMED_OF_BODY_SAID = re.compile(
    rf"\s+(?:{_SPEAKING_ONE}|lawmaker|legislator|member)(?:\s*,\s*[a-z][^,.;\"“”]{{0,80}},)?\s+"
    r"(?:said|says|told|added|noted|explained)\b"
)
# A government named after its leader: 'the Moon Jae-in government', 'the Abe administration'.
_LEADERS_GOVERNMENT = re.compile(r"(?:['’]s)?\s+(?:government|administration|Cabinet|cabinet)\b")
# A statement issued jointly ('according to a joint statement'): no one's.
_JOINT_BEFORE = re.compile(r"\bjoint\s+$", re.IGNORECASE)
# An unnamed official of a defense body: 'a senior defense official', 'a second U.S. defense official'.
_DEFENSE_OFFICIAL = re.compile(
    r"\b[Aa]n?\s+(?:(?:senior|top|second|third|high-ranking|ranking|U\.S\.|US|American)\s+)*"
    r"(?:[Dd]efen[cs]e|Pentagon)\s+officials?\b"
)
_DEFENSE = "official of a defense body"
_DEFENSE_BODY = re.compile(r"\b(?:Defen[cs]e|Pentagon)\b")
# A spokesperson whose body is not named with them: 'A spokesperson said' (not 'a spokesperson for ...').
_BARE_SPOKESPERSON = re.compile(r"\b[Aa]n?\s+(?:senior\s+)?spokes(?:man|woman|person)\b(?!\s+(?:for|of|at|to)\b)")
_SPOKESPERSON = "spokesperson of the body before"
# ... or pointed to by 'there': 'The Blue House did not help matters. A senior official there insisted' (a body,
# not a country: 'Japan sent a delegation to Seoul. An official there said' is no one known).
_THERE = "official of the body before, there"
# ... of those the media: the state's own where they are run by it; and what they relay ('Japanese media, citing
# government sources, said', 'Several Japanese papers cited unnamed officials who').
_MEDIA_NOUNS = r"media|press|news\s+outlets|outlets|newspapers?|papers|broadcasters?"
_MEDIA = re.compile(_MEDIA_NOUNS)
_STATE_RUN_MEDIA = frozenset({"North Korea", "China"})
_RELAYING = re.compile(
    r"(?:\s+(?:reported|reporting|said))?,?\s+(?:citing|quoting|cited|quoted)\s+(?:(?:an?|the|unnamed|senior|top"
    r"|high-ranking|several|government|presidential|foreign|defen[cs]e|trade|ministry|Japanese|South\s+Korean|Korean"
    r"|U\.S\.)\s+)*(?:officials?|sources?|government|ministry|diplomats?|spokes(?:man|woman|person)|presidency"
    r"|Cheong\s+Wa\s+Dae|Blue\s+House)\b(?!\s+(?:close\s+to|familiar\s+with)\b)", re.IGNORECASE
)
# Those of a country who speak for no state: 'South Korean media', 'Japanese netizens', 'a South Korean analyst',
# 'South Korean civic organizations' (not 'Japanese officials', 'South Korean diplomats').
_NOT_THE_STATE = "who speak for no state"
_NOT_THE_STATE_AFTER = re.compile(
    r"\s+(?:(?:conservative|liberal|progressive|local|major|leading|independent|mainstream|online|private|ordinary"
    r"|many|some|most|other|right-wing|left-wing|young|angry|business|industry|security|defen[cs]e|military"
    r"|political|diplomatic|foreign|policy|trade|legal|economic|nationalist)\s+){0,2}?"
    r"(?P<who>" + _MEDIA_NOUNS + r"|netizens"
    r"|internet\s+users|users|people|public|citizens|residents|activists?|protesters?|demonstrators?|civic\s+groups"
    r"|civic\s+organi[sz]ations|groups|analysts?|experts?|scholars?|academics?|observers?|commentators?|critics?"
    r"|pundits?|researchers?|students?|consumers?|shoppers?|voters?|businesses|companies|firms|workers|fans"
    r"|commenters?)\b(?!\s+(?:of|for|at|in)\b|['’])"
)
_OFFICIAL_THERE = re.compile(rf"\b[Aa]n?\s+{_SENIORITY}{_SPEAKING_ONE}\s+there\b")
# (its owner before it too: 'An official of South Korea's Ministry of Trade, Industry and Energy', or its
# country's adjective: 'a senior official of the South Korean presidential office')
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)\s+(?:for|of)|official\s+(?:at|of|from|with|in))\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:['’]s|(?<=an|se))\s+)?$",
    re.IGNORECASE,
)
# ... or before: 'a senior State Department official', 'a Foreign Ministry spokesman', 'a Japanese government official'.
_SPEAKER_AT = re.compile(
    r"\s+(?:(?:government|administration|military)\s+)?(?:official|spokes(?:man|woman|person))\b", re.IGNORECASE
)
# Verbs that give something a name, the quoted words: 'called Kim Jong-un "rocket man"'; but not
# what 'called on' and 'called for' ask.
_NAMING_VERBS = frozenset("called calls dubbed dubs labeled labelled labels branded brands termed".split())
_CALLED_ON = re.compile(r"\s+(?:on|upon|for)\b")
# ... or a body's name that is its official: 'a senior presidential official' (Cheong Wa Dae).
_NAMED_AS_SPEAKER = re.compile(r"\b(?:official|spokes(?:man|woman|person))$", re.IGNORECASE)


# Full stops that end no sentence: initials ('U.S.') and titles ('Gen.').
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]\.){1,3}|\b(?:%s)" % "|".join(re.escape(title) for title in sorted(HONORIFICS) if title.endswith("."))
)


# Before the name of one telling what came before in the sentence: a comma, and a role at most (', his
# spokeswoman Ko Min-jung told reporters'; not ', in which Moon said').
_TELLER_BEFORE = re.compile(r",\s*(?:(?:his|her|their|its|the|a|an)\s+)?(?:[a-z][\w'’.-]*\s+){0,2}(?P<head>[a-z]+)\s+$")


def _teller_before(text: str, start: int) -> bool:
    """Whether the name at `start` follows a comma, its role at most between (see `_TELLER_BEFORE`)."""
    if text[:start].rstrip().endswith(","):
        return True
    before = _TELLER_BEFORE.search(text, max(0, start - _NEAR_BEFORE), start)
    return before is not None and before["head"] in ROLE_HEADS


# A speech verb right after a name (past an apposition): '..., Ko Min-jung, the presidential spokeswoman, said'.
_TELLS = re.compile(r"(?:,[^,]{1,60},)?\s+(?:said|says|told|tells|added|adds|noted|explained|stressed)\b")
# What follows 'said' is what was said, not who said it: '..., said Japan would keep cooperating'.
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:would|will|was|were|is|are|has|had|have|could|should|must|may|might|did|does|do|can)\b"
)
# ... with a noun in small letters as its subject, names before it too: 'said the security situation had not changed',
# 'said the American side had asked for' (not the one who said it: 'said the ministry spokesman who was briefing
# reporters').
_NOUN_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:the|its|his|her|their|this|these|those)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[a-z][\w'’-]*\s+"
    # (no sentence's end between: 'said the South Korean defense minister Jeong Kyeong-doo. He has ...')
    r"(?:(?!(?:who|which|that|whom|when|as|while|after|before|if|because)\b)(?:(?:[A-Z]\.)+|[\w'’-]+(?:\.[\w'’-]+)*)"
    r"\s+){0,5}"
    r"(?:would|will|was|were|is|are|has|had|have|could|should|must|may|might|did|does|do|can)\b"
)
# 'spoke' is speaking in 'spoke of', 'spoke Friday of', 'spoke about', 'spoke out against'; 'continued' right after a
# quote and its speaker ('"...," Ko continued', '"...," continued Ko Min-jung').
_SPOKE_OF = re.compile(r"(?:\s+[A-Z]\w+)?\s+(?:of|about)\b|\s+out\s+(?:against|on)\b")
_AFTER_A_QUOTE = re.compile(r"[,!?][\"”’]\s*(?:[\w.'’-]+\s+){0,4}$")
# A preposition before an '-ing' form makes it a noun: 'in responding to', 'for criticizing'.
_GERUND_AFTER = re.compile(r"\b(?:in|of|for|without|from|on)\s+$")  # (not how one spoke: 'began by saying')
# A quote's sentence going on after it with a conjunction, not with its attribution, or with
# another clause: '... was "disappointed", and Randall Schriver ... said ...'.
_CONJUNCTIONS = r"(?:but|and|while|although|though|whereas|because)"
_GOES_ON = re.compile(rf"[\s,]*{_CONJUNCTIONS}\b")
# ... or a clause of time, how long before or after too, no comma in it setting off who speaks: '... was "no longer
# interested in such talks," a day after Trump wrote on Twitter ...' (not '"...," after a Cabinet meeting on Friday, Abe
# told reporters').
_TIME_GOES_ON = re.compile(
    r"[\s,]*(?:(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+(?:days?|hours?|weeks?|months?|minutes?)\s+)?"
    r"(?:after|before|until|when)\b[^,]*$")

# Who called something the words that follow: 'for what she called a three-month', 'which he called' (someone
# unnamed: the actor the words name, else no one's).
_CALLED_BY = re.compile(
    r"\b(?:what|which|whom)\s+(?P<who>[Hh]e|[Ss]he|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,4}"
    # (or someone unnamed: 'what one organizer called', 'what a senior Japanese official called')
    r"|(?:one|an?)\s+(?:[\w'’.-]+\s){0,3}?(?:organi[sz]er|protester|official|lawmaker|analyst|expert|diplomat|source"
    r"|aide|spokes(?:man|woman|person)|participant|activist|resident|critic|observer))\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labell?ed|labels)\s+(?:[\w'’-]+\s+){0,3}$"
)
# ... or a relative clause on one named right before it (see `_head_speaker`).
_WHO_CALLED = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}),\s+who\s+(?:[\w'’-]+\s+){0,3}?(?:has\s+|had\s+)?(?:called|calls"
    r"|termed|terms|dubbed|dubs|described|describes|labell?ed|labels)\s+(?:[\w'’-]+\s+){0,5}(?:as\s+)?$")
# After a name in a phrase opening the sentence, the phrase going on ('..., Jeong Kyeong-doo, after the talks') or
# the subject's name ('hours after meeting Moon Jae-in, Mark Esper flew'); not an apposition ('Mark Esper, the U.S.
# defense secretary, met', 'Taro Kono, Japan's foreign minister, told') nor a verb ('..., Jeong Kyeong-doo, met').
_PHRASE_GOES_ON = re.compile(
    r",\s+(?:(?:after|before|in|at|on|during|with|alongside|for|from|following|amid)\b"
    r"|(?:[A-Z][\w.-]*\s+)+[A-Z][\w-]*\b(?!['’]))"
)
# Someone unnamed who used to serve a country, before its name: 'a former Japanese diplomat', 'one ex-'.
_FORMER_ONE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:(?:former|retired|one-time)\s+|ex-)(?:[\w'’-]+\s+){0,4}?$"
)
# ... but where they serve now is theirs: 'a retired general now at the Asan Institute'.
_NOW_AT = re.compile(r"\b(?:is\s+)?now\s+(?:at|with)\s+(?:the\s+)?[A-Z]")
# ... named after the country or body they served: 'a former U.S. official now at the Center for ...'.
_NOW_AT_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}?\s+now\s+(?:at|with)\s+(?P<the>(?:the\s+)?)(?=[A-Z])")
# Someone unnamed who speaks for a body ('what one official called'), not for themselves ('one organizer').
_SPEAKS_FOR_A_BODY = re.compile(r"(?:official|diplomat|source|aide|spokes(?:man|woman|person))$")
_OWN_CLAUSE = re.compile(rf";\s*|,\s*{_CONJUNCTIONS}\s+")
# A sentence or a clause opening with a pronoun as its subject: 'He also held talks with Motegi and said ...', 'She
# said ...'.
_PRONOUN_OPENING = re.compile(r"\s*(He|She)\b")
# A phrase of what someone did opening a sentence, before its subject: 'Standing beside Jeong in Seoul, ', 'After
# meeting Kono, ', 'During talks with Kang, '.
_DOING_OPENS = re.compile(
    r"\s*(?:(?:(?:After|Before|While|When|Since|Upon|On|Despite|Besides)\s+)?"
    r"(?!(?:During|Following)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\b)"
    r"(?!(?:According|Nothing|Something|Everything|Beijing|Morning|Evening)\b)[A-Z]?[a-z]+ing\s"
    # ... or where or when it was, a happening with an article, someone only met with in it: 'At a news conference after
    # talks with Jeong, he said' (not 'At the end of Esper's visit, he', 'In the interview Kang gave to CNN, she')
    r"|(?:At|In|During|After|Following)\s+(?:a|an|the)\s(?=(?:(?![A-Z][\w-]*['’]s\b|[A-Z][\w-]*\s+[a-z]+ed\b"
    r"|[A-Z][\w-]*\s+(?:gave|held|made|had|hosted|did)\b|\bby\b)[^.;:\"“”,])*\bwith\s+[A-Z]))"
    r"[^.;:\"“”]*,\s*")  # (not one whose deed the time is: 'During Moon's talk with Abe, he said')
# A relative pronoun right before a verb: 'which stressed'.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:[a-z]+\s+)?$")
# ... its own subject named in it: 'which Seoul had threatened' (not after a preposition, whose clause's subject may
# speak: 'to which Kono replied, "..."'; nor the one it says said: 'which Kono said, ..., was "totally mistaken"').
_NAMED_RELATIVE_BEFORE = re.compile(
    r"(?<!\bto )(?<!\bin )(?<!\bafter )(?<!\bby )(?<!\bat )(?<!\bof )(?<!\babout )"
    r"\bwhich\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
    r"(?:(?:had|has|have|was|were|is|are|would|could)\s+)?(?:[a-z]+ly\s+)?$")
# Verbs of saying: a relative clause of one names who said the words ('which Kono said, ..., was "...").
_SAYING_VERBS = frozenset({"said", "says", "say", "told", "tells"})
# After a person's name: the owner of another's title, or one of two named together (one with a team of their own is
# one: 'Stephen Biegun and his team visited Seoul').
_OWNER_OR_ONE_OF_TWO = re.compile(r"['’]s\b|\s+and\s+(?!(?:his|her|their|its)\s)")
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are|kept|keep|keeps|got|get|gets)\s+(?:[a-z]+ly\s+)?$")
# An attribution set off by commas inside a sentence: ', he told reporters, adding'.
_SET_OFF_BEFORE = re.compile(r",\s*(?:[\w.'’-]+\s+){1,5}$")
_SET_OFF_AFTER = re.compile(r"(?:\s+[\w.'’-]+){0,3}\s*,\s*")
_LED_TO_SPEAK = re.compile(
    r"\b(?:prompting|prompted|leading|forcing|forced|causing|spurring|spurred)\s+(?P<who>(?:[\w.'’-]+\s+){1,5}?)to\s+$"
)
# Someone unnamed, of no body named with them, after a quote: '"...," one official said'; where else the verb places
# them: '..., one official said in Washington'.
_ONE_UNNAMED = re.compile(r"[\s,\"”’']*(?:one|an?)\s+(?:senior\s+|top\s+|high-ranking\s+)?(?:official|aide|source)\s*")
_PLACE_AFTER = re.compile(r"\s+(?:\w+\s+)?in\s+[A-Z]")
# ... after the clause of another verb and a conjunction, just before the verb of saying (see `_head_speaker`); the
# clause telling the body or country would say nothing (not 'North Korea fired two missiles on Saturday, but a senior
# official said ...').
_ONE_OF_THEM_SAYS = re.compile(
    r",\s+(?:but|and|while)\s+(?:one|an?)\s+(?:senior\s+|top\s+|high-ranking\s+)?(?:official|aide|source"
    r"|spokes(?:man|woman|person))\s+$")
_DECLINED = re.compile(r"\b(?:declined|refused|would not|did not|has not|had not|remained silent|kept silent)\b")
# A clause of its own opening the sentence, and an official named after a quote (see `_tail_speaker`).
_SUBORDINATE_OPENING = re.compile(r"\s*(?:While|Although|Though|Since|Because|If|As|Whereas)\b")
_OFFICIAL_WORD = re.compile(r"\b(?:official|officials|source|sources|aide|aides|diplomat|diplomats)\b")
# A verb of proposing or urging, and a name with its possessive opening a clause (see `_head_speaker`).
_PROPOSED = re.compile(r"\b(?:proposed|suggested|urged|asked|called for|offered|promised|pledged|vowed|stressed"
                       r"|expressed|warned|insisted|demanded)\b")
_POSSESSIVE_NAME = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\b")
# An outlet's editorial or commentary opening a sentence before its verb: 'An editorial on Friday said'.
_EDITORIAL_SAID = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:An?|The|Its)\s+(?:[\w-]+\s+){0,2}(?:editorial|commentary)(?:\s+(?:on|in)\s+\w+)?\s+$"
)
# A statement and who made it, before the relative pronoun opening what it said (see `_verb_subject`).
_STATEMENT_THAT = re.compile(
    r"(?P<issued>\b(?:issued|released|published|put\s+out|posted|sent|adopted|delivered|carried|read\s+out|unveiled)"
    r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3})?"
    r"\b(?:statement|commentary|report|letter|notice|message|communiqu[eé]|readout)"
    r"(?P<by>\s+by\s+[^,;:\"“”]{1,80}?)?(?:\s+from\s+[^,;:\"“”]{1,40}?)?\s+(?:that|which)\s+$"
)
_HIS_PARTY = re.compile(r"(?<![\w'’])(?:[Hh]is|[Hh]er|[Tt]heir)\s+party\s*$")
# What someone is, set off after their name: 'director general of ...', 'a senior official at ...' (not where they
# were: ', in Bangkok on Friday,').
_WHAT_ONE_IS = re.compile(
    r"(?:a|an|the|%s)\b" % "|".join(map(re.escape, sorted((ROLE_HEADS | ROLE_MODIFIERS) - {"in", "at", "on", "of", "for"}))),
    re.IGNORECASE,
)
# A preposition right before a name: the name is no subject ('lodged a protest with Tokyo').
_GOVERNED = re.compile(r"\b(?:with|to|against|from|toward|towards|at|on|into|for|in|near)\s+(?:the\s+)?$")
# A phrase set off by a comma, up to the name: ', in Seoul on Nov. 19,'.
_IN_ASIDE = re.compile(r",\s*(?:in|at|on|near)\s+[^,;]*$")
# A demonym used as an adjective: 'North Korean leader', 'Japanese officials'.
_DEMONYM_BEFORE_NOUN = re.compile(r"[\w.'’ -]*(?:an|ese|ish|i)\s\w")
# What a body put out, owned by 'its' or 'their' right before the verb: 'Its statement said'.
_ITS_WRITING = re.compile(
    r"(?<![\w'’])(?:[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?:statement|readout|release|communiqu[eé]|notice|announcement"
    r"|report|letter)\s*$"
)
# Whom the one speaking goes with, after the subject's head: 'a US defence official travelling with Mr Esper told'
# (not 'Speaking to reporters travelling with him Esper said', where the subject follows).
_GOING_WITH = re.compile(
    r"\b(?:official|officials|aide|aides|source|sources|diplomat|diplomats|spokesman|spokeswoman|spokesperson)"
    r"(?P<going>\s+(?:travell?ing\s+with|flying\s+with|accompanying)\s+[^,;:]+)$"
)

# A reported clause after a speech verb: 'responded that', 'told reporters that'.
_THAT = re.compile(r"(?:\s+(?:[a-z]+\s+){0,2}?)?\s*that\b")

# A clause joined after a quote: '"disappointed," and the State Department went further'.
_CLAUSE_AND = re.compile(r"\s*[,;]?\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|his|her)\s+\w|[A-Z])")
# 'X was quoted (or cited) (by Y) as saying': X speaks.
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;]+?\s+)?as\s+say(?:ing|s)\b"
)
# 'X quoted (or cited) Y as saying', 'reports quoting Y as calling': Y speaks (Y within its clause; only saying for
# 'cited': 'citing Tokyo's restrictions as calling into question ...' cites a reason).
_QUOTED_AS = re.compile(
    r"\b(?:quot(?:ed|ing)\s+((?:(?!,\s*(?:and|but|while)\b|\b(?:quot|cit)(?:ed|ing)\b)[^;])+?)\s+as\s+"
    r"(?:say(?:ing|s)|calling|telling)"
    r"|(?:cit|relay)(?:ed|ing)\s+((?:(?!,\s*(?:and|but|while)\b|\b(?:quot|cit|relay)(?:ed|ing)\b)[^;])+?)\s+as\s+"
    r"say(?:ing|s))\b")
# ... not in an aside the sentence's own verb of saying follows: 'The Asahi Shimbun, quoting a senior official as saying
# Tokyo would not budge, said the talks were "going nowhere."'
_SAID_AFTER = re.compile(r",\s*(?:said|says|told|added|reported|wrote)\b")

# A reported clause a few words after a speech verb: 'told reporters Tuesday that'.
_REPORTED_CLAUSE = re.compile(r"(?:\s+[\w.'’-]+){0,4}?\s+that\b")

_BODY_KINDS = ("country", "organization")
# How far before a name the words about it are looked for ('a source close to the', ', his spokeswoman').
_NEAR_BEFORE = 60
# An unnamed one said to speak: '..., the official said', 'a senior official told reporters'.
_UNNAMED_SAID = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}(?:official|source|aide|diplomat)\s+(?:said|says|told|added)\b"
)
# Words before a name opening a sentence that are titles only: 'Japanese Defense Minister Taro Kono told'.
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,5}")
# ... who, going on, opens a sentence as its subject: 'The official stressed that Seoul had consulted Washington.'
_UNNAMED_OPENS = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}(?:official|source|aide|diplomat)\s+[a-z]+(?:ed|s)\b")
# ... whom 'he' after a quote, or saying more ('He also said'), goes on with (see `_opens_unnamed`) ...
_AFTER_QUOTE_MARK = re.compile(r"[\"”’]\s*$")
_SAYS_MORE = re.compile(r"\s+(?:also\s+|further\s+)?(?:said|says|added|adds|told|noted|stressed)\b")
# The unnamed who speak for a body or a country ('A Japanese official said') and those who speak only for themselves,
# their names given in part or not at all ('A 23-year-old university student who gave only her surname, Park, said
# she had joined the vigils.').
_FOR_BODIES = frozenset("official source aide diplomat officer".split())
_FOR_THEMSELVES = frozenset(
    "analyst expert lawmaker student resident protester demonstrator participant worker employee shopper voter "
    "retiree veteran activist woman man teacher owner customer passenger tourist traveler traveller survivor "
    "plaintiff businessman businesswoman farmer fisherman organizer organiser".split())
# ... when opening the sentence before, saying something: 'A former senior defense official said', 'One diplomat told'.
_UNNAMED_ONE_SAID = re.compile(
    r"\s*(?:An?|One)\s+(?:[\w.'’-]+\s+){0,4}(?P<who>%s)"
    # (where, or whose: 'A businessman in Seoul said', 'An official at the Japanese Embassy in Seoul said', 'One
    # resident of Tokyo said', 'An aide to Prime Minister Shinzo Abe said')
    r"(?:\s+(?:in|at|from|with|of|to|for)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+){0,2}?"
    r"(?:,?\s+who\s+[^.;:\"“”]{1,80}?,?)?\s+(?P<verb>said|says|told|added|noted)\b"
    % "|".join(sorted(_FOR_BODIES | _FOR_THEMSELVES, key=lambda word: (-len(word), word)))
)
# Whom one told, a person named before: 'told her', 'told him'.
_TOLD_ONE = re.compile(r"\s+(?:her|him)\b")
# Someone unnamed: 'a source close to ...', 'a senior government official'.
_UNNAMED_ONE = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}(?:source|official)\b")
# Someone close to a person, unnamed: 'a source close to the prime minister', 'officials close to Abe'; or
# with them: 'a senior official who accompanied Abe', 'officials traveling with Pompeo'.
_CLOSE_TO = re.compile(
    r"\b(?:(?:sources?|officials?|aides?|people|person|someone|figures?|lawmakers?|members?|insiders?|advisers?"
    r"|advisors?|diplomats?|allies|ally)\s+(?:close\s+to|(?:(?:who|that)\s+(?:(?:is|are|was|were)\s+)?)?"
    r"(?:accompanied|accompanies|accompanying|travell?(?:ed|ing)\s+with))"
    # (or serving them: 'an aide to Prime Minister Shinzo Abe', 'a spokesman for the prime minister'; not a title
    # before a name: 'Spokesman for the Ministry of National Defense Choi Hyun-soo')
    r"|(?<![\w-])(?:(?:an?|one|the|his|her|their|another)\s+(?:[\w-]+\s+){0,3}?(?:aide|advis[eo]r"
    r"|spokes(?:man|woman|person))"
    r"|(?:aides|advis[eo]rs|spokes(?:men|women|people)))\s+(?:to|for))"
    r"\s+(?:the\s+)?(?-i:(?:[A-Z][\w.'’-]*\s+){0,3}(?:of\s+(?:[A-Z][\w.'’-]*\s+){1,2})?)$", re.IGNORECASE
)
# The news named as a source: 'according to public broadcaster NHK', 'according to the newspaper'.
_BY_THE_NEWS = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}(?:broadcaster|news\s+agency|newspaper|daily|outlet|network"
    r"|channel|television|TV|media|reports?\s+(?:by|from|in|on))\b",
    re.IGNORECASE,
)
# A verb of moving or going on, then 'to' right before a verb of saying: ' emerged to ', ' went on to '.
_TO_SAY = re.compile(r"\s(?:emerged|went\s+on|came\s+out|stepped\s+(?:out|forward)|rose|returned)\s+to\s+$")


def _is_media(name: str) -> bool:
    """Whether an organisation is a news outlet: a wire agency or a known outlet ('NHK', 'Kyodo News')."""
    return bool(canonical_agency(name) or known_outlet(name))


# 'according to X' after a quote ('..., according to the Pentagon') or opening its sentence.
_ACCORDING = re.compile(r"[\s,]*according to\b", re.IGNORECASE)


class Speakers:
    """Attribution for the quotes of one article.

    `spans[i]` are the quotes of paragraph i; actors' mentions are found again
    in the text to know where each actor is named.
    """

    def __init__(
        self, paragraphs: Sequence[str], spans: Sequence[Sequence[QuoteSpan]], actors: Sequence[Actor],
        introduced: dict[int, str] | None = None,
    ) -> None:
        self.paragraphs = paragraphs
        self.spans = spans
        self.actors = actors
        # Who a dropped cue said speaks in a paragraph: '[Sound bite: NSO deputy director Kim You-geun]'.
        self.introduced = introduced or {}
        self.kinds = {actor.id: actor.kind for actor in actors}
        self.media = {actor.id for actor in actors if actor.kind == "organization" and _is_media(actor.name)}
        self.country_ids = {actor.name: actor.id for actor in actors if actor.kind == "country"}
        self.country_actors = {actor.name: actor for actor in actors if actor.kind == "country"}
        self.countries = {actor.id: actor.country for actor in actors}
        self.roles = {actor.id: actor.roles for actor in actors}
        written = _written_by_paragraph(actors)
        self.spots = [self._spots(i, written.get(i, ())) for i in range(len(paragraphs))]
        self.earlier: Sequence[Quote] = ()
        self.writings: set[tuple[int, int]] = set()  # the writings whose writer is being looked for (see `_writer`)

    def speaker(self, index: int, span: QuoteSpan, earlier: Sequence[Quote]) -> str | None:
        """The actor id of who said the quote at `span` of paragraph `index`, or None.

        `earlier` are the quotes found before it, in order.
        """
        self.earlier = earlier
        head = self._head(index, span)
        found = self._tail_speaker(index, span, head)
        if found is not None:
            speaker, relayed = found
            if not relayed:
                return speaker
            from_head = self._head_speaker(index, span, *head)
            return from_head[0] if from_head is not None and from_head[0] is not None else speaker
        # A clause of its own after a quote before it in the sentence, with its own verb of saying: 'Pompeo said he was
        # "disappointed," and the State Department went further, saying ... "a serious misunderstanding"'.
        before = [s for s in self.spans[index] if head[0] <= s.start and s.outer_end <= span.start]
        if before and _CLAUSE_AND.match(self.paragraphs[index], before[-1].outer_end) and self._speech_verbs(
                index, before[-1].outer_end, span.start):
            own = self._head_speaker(index, span, before[-1].outer_end, span.start)
            if own is not None and own[0] is not None:
                return own[0]
        from_head = self._head_speaker(index, span, *head)
        if from_head is not None:
            return from_head[0]
        if _WORD_CHAR.search(self.paragraphs[index], head[0], head[1]):
            # A few words quoted inside a sentence that no one is said to say: a person's as its
            # subject ('Mr. Trump has dismissed the launches as "very standard."'), else the words
            # of a text or a name ('settled "completely and finally."', 'headlines about Tokyo's
            # "perfect win."'), not those of whoever spoke before.
            subject = self._opening_person(index, head[0], head[1])
            return subject if subject is not None else self._cued_speaker(index)
        # (a cue naming no actor of the story names no one it holds: the speaker is not the one before)
        return self._cued_speaker(index) or (None if index in self.introduced else self._carried_speaker(index))

    def _cued_speaker(self, index: int) -> str | None:
        """The actor a sound-bite cue before the paragraph names ('[Sound bite: NSO deputy director
        Kim You-geun]' -> Kim You-geun), by the longest name of theirs the cue holds, a person's first; None when none does."""
        cue = self.introduced.get(index)
        if cue is None:
            return None
        named = [  # a person's before a body's: '[Sound bite: Prof. Park Jae-geun, Hanyang University]'
            (actor.kind == "person", len(form), actor.id) for actor in self.actors
            for form in {actor.name, *(m.text for m in actor.mentions)}
            if len(form.split()) > 1 and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", cue)
        ]
        return max(named)[2] if named else None

    def interrupts(self, index: int, span: QuoteSpan, following: QuoteSpan) -> bool:
        """True if only an attribution stands between the quote at `span` and the next one,
        `following`, which goes on with its sentence: '"We are disappointed," Pompeo said,
        "and we urge both sides to talk."'."""
        text = self.paragraphs[index]
        if not self._attributes(index, span) or text[span.start + 1:span.end].rstrip()[-1:] != ",":
            return False
        start, end = self._tail(index, span)
        between = text[start:following.start]
        stops = re.search(r"[.!?;:]", _ABBREVIATION.sub("", between))
        if end != following.start or stops or not between.rstrip().endswith(","):
            return False
        return self._tail_verb(index, start, end) is not None and text[following.start + 1:].lstrip()[:1].islower()

    def is_spoken(self, index: int, span: QuoteSpan) -> bool:
        """True if a speech verb comes before the quote in its sentence, or an attribution after it."""
        if self._speech_verbs(index, *self._head(index, span)):
            return True
        if self._attributes(index, span):
            return self._tail_verb(index, *self._tail(index, span)) is not None
        # An attribution closing the sentence makes quoted words speech, but not one word standing
        # before its noun ('curbs on "sensitive" exports, the agency reported' is a term).
        text = self.paragraphs[index]
        if len(quoted_words(text, span).split()) == 1:
            after = re.match(r"\s*([a-z]+)\b", text[span.outer_end:])
            if after is not None and after.group(1) not in _LINKING_WORDS:
                return False
        return self._closing(index, span) is not None

    # --- the sentence around a quote ---------------------------------------------

    def _head(self, index: int, span: QuoteSpan) -> tuple[int, int]:
        start, _ = sentence_bounds(self.paragraphs[index], self.spans[index], span.start)
        return start, span.start

    def _tail(self, index: int, span: QuoteSpan) -> tuple[int, int]:
        if not span.closed:
            return span.end, span.end
        text = self.paragraphs[index]
        _, end = sentence_bounds(text, self.spans[index], span.end)
        next_quote = next((s.start for s in self.spans[index] if s.start > span.end), len(text))
        return span.outer_end, min(end, next_quote)

    def _closing(self, index: int, span: QuoteSpan) -> tuple[int, int] | None:
        """Where a short attribution after a comma closes the quote's sentence when more words
        stand between them ('Tokyo had caused "a grave change" by dropping Seoul from its list,
        he added.'), from the comma; None if there is none."""
        if not span.closed:
            return None
        text = self.paragraphs[index]
        start, end = self._tail(index, span)
        if end < sentence_bounds(text, self.spans[index], span.end)[1]:
            return None  # another quote follows in the sentence
        comma = text.rfind(",", start, end)
        if comma < 0:
            return None
        verb = self._tail_verb(index, comma + 1, end)
        if verb is None:
            # The speaker named after the verb, what they are after a comma: '..., said Kim You-geun,
            # deputy director of the presidential National Security Office.'
            comma = text.rfind(",", start, comma)
            verb = self._tail_verb(index, comma + 1, end) if comma >= 0 else None
            if verb is None or re.search(r"\w", text[comma + 1:verb.start]) or not self._person_at(
                    index, len(text) - len(text[verb.end:].lstrip())):
                return None
            return comma + 1, end
        if verb.lower.endswith(_PARTICIPLE_END):
            return None
        if _RELATIVE_THAT.search(text, comma + 1, verb.start):
            return None  # (as in `_tail_speaker`)

        # (names, places and days after the verb tell no words said: 'told reporters in Seoul on Thursday')
        told = text[verb.end:end]
        rest = [t.lower for t in tokenize(told) if t.is_word and not t.text[0].isupper() and t.lower not in _IN_ON_AT]
        if (len(rest) > _MAX_CLOSING_WORDS or not _CLOSING_REST_WORDS.isdisjoint(rest)
                or _CLAUSE_AFTER_VERB.search(told) or (verb.lower in _SAID_VERBS and _VERB_RIGHT_AFTER.match(told))):
            return None  # what was said, not who said it: '..., a move Seoul says Tokyo made in July.'
        inverted = verb.lower in _SAID_VERBS and _SPEAKER_AFTER.match(text, verb.end)
        if not re.search(r"\w", text[comma + 1:verb.start]) and not inverted:
            # The speaker before, what they are between commas: '..., Kim You-geun, a deputy director of
            # the presidential national security office, told reporters.' (not '..., said Taro Kono.')
            named = self._apposed_speaker_start(index, start, comma)
            if named is not None:
                return named, end
        return comma + 1, end

    def _apposed_speaker_start(self, index: int, start: int, comma: int) -> int | None:
        """Where a person's name opens the words between one of the two commas before `comma` (after
        `start`) and `comma`: the name and what the person is ('..., Kim You-geun, deputy director of
        ..., said'); None if no person's name follows those commas."""
        text = self.paragraphs[index]
        for _ in range(2):
            comma = text.rfind(",", start, comma)
            if comma < 0:
                return None
            # (a title before the name: '..., Chief Cabinet Secretary Yoshihide Suga, Abe's top spokesman,
            # told'; not whose the one named after is: '..., Ko Min-jung, Moon's spokeswoman, told')
            person = next((s for s in self.spots[index] if s.start > comma and s.actor is not None
                           and s.actor.kind == "person" and _TITLE_WORDS.fullmatch(text, comma + 1, s.start)), None)
            if person is not None and not _POSSESSIVE_AFTER.match(text, person.end):
                return comma + 1
        return None

    def _person_at(self, index: int, position: int) -> bool:
        """Whether a person's name starts at `position` of paragraph `index`."""
        return any(s.start == position and s.actor is not None and s.actor.kind == "person" for s in self.spots[index])

    def _attributes(self, index: int, span: QuoteSpan) -> bool:
        """True if what follows the quote can be its attribution ('...," X said'; '..." , X said')."""
        text = self.paragraphs[index]
        # (a quote inside it closing with it: '"... not just a simple 'no,'" Kim said')
        inner = text[span.start + 1:span.end].rstrip().rstrip("'’")
        after = text[span.outer_end:span.outer_end + 3].lstrip()
        return span.closed and (inner[-1:] in ",?!—–" or after[:1] in (",", "—", "–"))

    # --- after the quote ------------------------------------------------------------

    def _tail_speaker(
        self, index: int, span: QuoteSpan, head: tuple[int, int]
    ) -> tuple[str | None, bool] | None:
        """The speaker named after the quote, and whether the words only relay it; None if none.

        `head` is the part of the sentence before the quote (see `_head`).
        """
        caller = self._relative_caller(index, *head)
        if caller is not None:
            return caller, False
        closing = None
        if self._attributes(index, span):
            start, end = self._tail(index, span)
        else:
            # Only for words no one is said to say before them: 'Yoon said the two countries should
            # "look to the future" ..., Kim told reporters' stays the words of the one said to speak.
            closing = None if self._speech_verbs(index, *head) else self._closing(index, span)
            if closing is None:
                return None
            start, end = closing
        text = self.paragraphs[index]
        if _GOES_ON.match(text, start) or _TIME_GOES_ON.match(text[:end], start):
            return None  # '... are "important," but repeated ...': the sentence goes on, no attribution
        according = _ACCORDING.match(text[start:end])
        if according:
            # 'Kono urged Jeong to make a "wise decision," according to an
            # official': Kono's words, which the official relays.
            head_start, head_end = head
            verbs = self._speech_verbs(index, head_start, head_end)
            speaker = self._verb_subject(index, head_start, verbs[-1]) if verbs else None
            source = self._first_actor(index, start + according.end(), end)
            # 'Seoul said it would keep the pact "on the condition ...", according to Kim You-geun':
            # a country or body speaks through the person named.
            if speaker is None or (self.kinds.get(speaker) != "person" and self.kinds.get(source) == "person"):
                # ('..., but called the decision "extremely regrettable", according to public broadcaster
                # NHK': the news only relays the words of whoever speaks before the quote)
                return source, source in self.media or bool(_BY_THE_NEWS.match(text, start + according.end(), end))
            return speaker, False
        quoted = self._quoted_as_saying(index, start, end)
        if quoted is not None:
            return quoted, False
        verb = self._tail_verb(index, start, end)
        if verb is None:
            return None
        relayed = verb.lower in RELAY_VERBS
        before = text[start:verb.start]
        if _RELATIVE_THAT.search(before):
            return None  # what the words are, no one saying them: '..., language that officials described as harsh.'
        if not re.search(r"\w", before):
            if verb.lower.endswith(_PARTICIPLE_END):
                return None  # '"...," adding that ...': the sentence's subject goes on speaking
            if _CLAUSE_AFTER.match(text, verb.end) or _NOUN_CLAUSE_AFTER.match(text, verb.end):
                # '..., who had called it "regrettable," said Japan would ...', '... said the situation had not
                # changed': what was said
                return None
            unnamed = _UNNAMED_AT_A.match(text, verb.end)
            if unnamed is not None and not any(
                    s.actor is not None and s.actor.kind == "organization" and verb.end <= s.start < unnamed.end()
                    for s in self.spots[index]):
                return None, False  # '..., said an executive at a Japanese trading house with operations in Seoul'
            # (one unnamed, then who they are or where: the body or country named before that speaks, none named
            # after it: 'said a retired Army colonel who served on Milley's staff', 'said an official who spoke to
            # Kyodo News', 'said one Western diplomat in Seoul'; but the body they are at: 'said an official in Cheong
            # Wa Dae', 'said an official who works at the Blue House')
            one = _UNNAMED_WHO.match(text, verb.end)
            after = next((s for s in self.spots[index] if one is not None and s.start >= one.end("one")
                          and s.start < end and (s.actor is not None or s.description is not None)), None)
            if one is not None and (one["who"] and not _WORKS_AT.match(text, one.end()) or (
                    after is not None and after.actor is not None and after.actor.kind in ("person", "country"))):
                end = one.end("one")
            return self._first_actor(index, verb.end, end), relayed  # '..., said Esper, who ...'
        # '..., Kim You-geun, deputy director of ..., said' names the speaker first;
        # '..., at a time when ..., the Defense Ministry official said' names him last.
        owned = _ITS_WRITING.search(text, start, verb.start)
        if owned is not None and not re.search(r"\w", text[start:owned.start()]):
            return self._owner(index, owned.start()), relayed
        first = closing is not None or bool(re.search(r",\s*$", before))
        going = _GOING_WITH.search(text, start, verb.start)
        stop = going.start("going") if going is not None else verb.start
        speaker = self._group_speaker(index, start, stop, first=first)
        if speaker is None and _ONE_UNNAMED.fullmatch(text, start, stop):
            # '..."There was no response at all," one official said Friday.' after 'Blue House officials say ...':
            # one of the body or country the sentence before opens with ('Tokyo reacted coolly. "Nothing has changed,"
            # one official said.'; not where the verb names another place: '..., one official said in Washington.')
            body = self._last_body(index, start)
            if body is not None and body not in self.media and (  # (no outlet's: 'Kyodo News reported ...')
                    self.kinds.get(body) == "organization" or not _PLACE_AFTER.match(text, verb.end)):
                speaker = body
        # 'Kono urged Seoul to make a "wise decision," a ministry official said': the
        # official relays the words of whoever speaks before the quote.
        relayed = relayed or bool(self._speech_verbs(index, *head))
        # 'Abe responded that he would "make efforts ...", Ko said': Ko relays Abe's words.
        # (or one a country's official relays, or the country, after a verb of saying in the main clause: 'Moon said ...
        # was "conditional," a South Korean official said.'; not one in a clause of its own before it: 'While
        # Washington has said it wants ..., the pact has "run its course," Seoul said')
        relayed = relayed and (speaker is None or self.kinds.get(speaker) == "organization" or (
            self.kinds.get(speaker) == "country" and (bool(_OFFICIAL_WORD.search(text, start, stop)) or not (
                _SUBORDINATE_OPENING.match(text, head[0], head[1])))) or (
            self.kinds.get(speaker) == "person" and self._person_speaks_before(index, head, speaker)
        ))
        return speaker, relayed

    def _person_speaks_before(self, index: int, head: tuple[int, int], other: str) -> bool:
        """Whether a person other than `other` is the subject of a speech verb before the quote whose
        words the quote is part of ('Abe responded that he would "..."'; not 'Kono urged Seoul to make
        a "wise decision," Suga said', where Suga speaks)."""
        text = self.paragraphs[index]
        # ... or a name they gave: 'Trump again called Kim Jong-un "rocket man," Choe said'.
        # (the reported clause without 'that' too: 'Moon said South Korea would ..., but that Japan needed to
        # show "a change in attitude," Ko said')
        verbs = [v for v in self._speech_verbs(index, *head) if _THAT.match(text, v.end) or _CLAUSE_AFTER.match(
            text, v.end) or (v.lower in _NAMING_VERBS and not _CALLED_ON.match(text, v.end)  # not 'called on Seoul to'
        )]
        subjects = {self._verb_subject(index, head[0], verb) for verb in verbs}
        return any(s is not None and s != other and self.kinds.get(s) == "person" for s in subjects)

    def _tail_verb(self, index: int, start: int, end: int) -> Token | None:
        verbs = self._speech_verbs(index, start, end)
        if not verbs:
            return None
        words = [t for t in tokenize(self.paragraphs[index][start:verbs[0].start]) if t.is_word]
        return verbs[0] if len(words) <= MAX_TAIL_WORDS else None

    def _quoted_as_saying(self, index: int, start: int, end: int) -> str | None:
        """'KCNA quoted Kim as saying', 'Abe was quoted by Japanese officials as saying', 'Ko relayed President
        Moon as saying': the one quoted speaks, not the one quoting."""
        passive = _QUOTED_PASSIVE.search(self.paragraphs[index], start, end)
        if passive is not None:
            return self._group_speaker(index, start, passive.start(), first=False)
        match = _QUOTED_AS.search(self.paragraphs[index][start:end])
        if match is None or _SAID_AFTER.search(self.paragraphs[index], start + match.end(), end):
            return None
        who = 1 if match.group(1) is not None else 2
        if match.group(who) in _OBJECT_PRONOUNS:
            # 'The official quoted her as saying': whom 'she' stands for.
            pronoun = _OBJECT_PRONOUNS[match.group(who)]
            return self._resolve(index, _Spot(start + match.start(who), start + match.end(who), None, pronoun))
        return self._group_speaker(index, start + match.start(who), start + match.end(who), first=True)

    # --- before the quote -----------------------------------------------------------

    def _head_speaker(self, index: int, span: QuoteSpan, start: int, end: int) -> tuple[str | None] | None:
        """(speaker,) named before the quote in its sentence; None if nothing there attributes it."""
        quoted = self._quoted_as_saying(index, start, end)
        if quoted is not None:
            return (quoted,)
        called = _CALLED_BY.search(self.paragraphs[index], start, end)
        if called is not None:  # (whoever it is, no one found: 'what Dr. Kim called', Kim no actor of the story)
            return (self._who_called(index, start, called),)
        caller = self._relative_caller(index, start, end)
        if caller is not None:
            return (caller,)
        according = _ACCORDING.match(self.paragraphs[index][start:end])
        if according:
            # 'According to the Japanese Foreign Ministry, Motegi told Kang that ... "strategic"': the
            # person who spoke, by the body's account.
            comma = self.paragraphs[index].find(",", start + according.end(), end)
            told = self._speech_verbs(index, comma + 1, end) if comma >= 0 else []
            # 'According to Sen. Cory Gardner, the decision "shows ..."'
            source = self._first_actor(index, start + according.end(), end)
            if told:
                subject = self._verb_subject(index, comma + 1, told[0])
                # ... or anyone, by the news's account: 'According to Yonhap, a senior official of the
                # presidential office said ... "different from the agreement"'
                if subject is not None and (self.kinds.get(subject) == "person" or source in self.media):
                    return (subject,)
            elif comma >= 0 and _PROPOSED.search(self.paragraphs[index], comma + 1, end) and not _POSSESSIVE_NAME.match(
                    self.paragraphs[index], comma + 1) and (opening := self._opening_person(index, comma + 1, end)):
                return (opening,)  # the person the clause is of, by another's account: 'According to Ko, Moon
                # proposed holding "higher-level consultations if necessary"'
            if source is not None:
                return (source,)
        text = self.paragraphs[index]
        # Not a verb of a relative clause closed before the quote: 'Chung said the ministry's
        # briefing, which stressed that ..., was "very regrettable."'
        verbs = [
            verb for verb in self._speech_verbs(index, start, end)
            if not ((_RELATIVE_BEFORE.search(text, start, verb.start) or (
                _NAMED_RELATIVE_BEFORE.search(text, start, verb.start) and verb.lower not in _SAYING_VERBS))
                    and "," in text[verb.end:end])
            # Nor one in the passive, whose subject is told, not telling: 'had been kept informed "in real time"'.
            and not _PASSIVE_BEFORE.search(text, start, verb.start)
        ]
        # What someone said another would do speaks no words of the other's: 'Moon said Seoul
        # would respond "resolutely"' is Moon's word.
        if len(verbs) > 1 and _MODAL_BEFORE.search(text, start, verbs[-1].start) and not (
                _LED_TO_SPEAK.search(text, start, verbs[-1].start)):  # (but 'prompting the U.S. to express "..."')
            verbs.pop()
        if verbs:
            # Words quoted inside what a person reported ('Motegi told reporters that Tokyo has asked
            # Seoul "many times"') are the person's, unless set off as another's speech by a comma or colon
            # or said there by another person.
            if len(verbs) > 1 and text[:span.start].rstrip()[-1:] not in (",", ":"):
                # (not across a clause of its own: 'Pompeo said ... that Washington was "disappointed", and the
                # Pentagon expressed "strong concern"'; but 'and that ...' goes on reporting)
                # ('that' left out too: 'Suga said the government had urged Seoul to make a "wise decision"')
                outer = next((v for v in verbs[:-1] if (_REPORTED_CLAUSE.match(text, v.end) or (
                    (_CLAUSE_AFTER.match(text, v.end) or _NOUN_CLAUSE_AFTER.match(text, v.end))
                    and _reported_on(text, v.end, verbs[-1].start))) and not _own_clause_between(
                        text, v.end, verbs[-1].start)), None)
                inner = self._verb_subject(index, start, verbs[-1]) if outer is not None else None
                if outer is not None and self.kinds.get(inner) != "person":  # 'that Mr Abe had explained' stays Abe's
                    subject = self._verb_subject(index, start, outer)
                    if subject is not None and self.kinds.get(subject) == "person":
                        return (subject,)
            # The verb nearest the quote, unless its subject names no one: 'Suga said the
            # government would respond "calmly"' is Suga's word.
            subjects = (self._verb_subject(index, start, verb) for verb in reversed(verbs))
            found = next((s for s in subjects if s is not None), None)
            if found is None and _ONE_OF_THEM_SAYS.search(text, start, verbs[-1].start):
                # one unnamed of the body the sentence opens with, or of the country after it declined to speak:
                # 'Cheong Wa Dae declined to comment directly on the walkout, but a senior official said the government
                # "will continue ..."' (not 'North Korea fired two missiles on Saturday, but a senior official said')
                opening = self._first_actor(index, start, verbs[-1].start)
                if opening not in self.media and (self.kinds.get(opening) == "organization" or (
                        self.kinds.get(opening) == "country" and _DECLINED.search(text, start, verbs[-1].start))):
                    found = opening
            return (found,)
        if len(quoted_words(self.paragraphs[index], span).split()) > MAX_TERM_WORDS:
            speaker = self._subject(index, start, end, main_clause=True)
            if speaker is not None:
                return (speaker,)
        return None

    def _relative_caller(self, index: int, start: int, end: int) -> str | None:
        """The person a relative clause of calling before the quote is on, named right before it: 'Lee Jae-myung, who
        last week called the Tokyo summit "the most humiliating moment ..."', whatever verb of saying follows."""
        relative = _WHO_CALLED.search(self.paragraphs[index], start, end)
        if relative is None:
            return None
        named = [s.actor for s in self.spots[index] if relative.start("name") <= s.start < relative.end("name")
                 and s.actor is not None and s.actor.kind == "person"]
        return named[-1].id if named else None

    def _who_called(self, index: int, start: int, called: re.Match[str]) -> str | None:
        """Who called something the words quoted ('what she called a "diplomatic disaster"', 'which he called "the
        foundation"'): the person named there, or the one the pronoun stands for, the subject of the clause the
        words close ('..., while Abe pressed Seoul to resolve the issue, which he called'), or of a sentence before
        when that clause opens with the same pronoun ('She said Moon should apologize for what she called')."""
        who = called["who"]
        if who.lower() not in _SEX_OF_PRONOUN:
            # a name, its title before it too, a person's over a country's in it: 'what Japanese Prime Minister Shinzo
            # Abe called'; else the last actor named there
            named = [s.actor for s in self.spots[index] if called.start("who") <= s.start < called.end("who") and s.actor]
            people = [actor for actor in named if actor.kind == "person"]
            if named:
                return (people or named)[-1].id
            # one unnamed who speaks for the body or country the sentence opens with: 'The Pentagon voiced concern
            # over what one official called', 'Washington criticized the move, which a senior official called'
            return self._opening_body(index, start, called.start()) if _SPEAKS_FOR_A_BODY.search(who) else None
        text = self.paragraphs[index]
        clause = _clause_start(text, start, called.start())
        opening = _PRONOUN_OPENING.match(text, clause)
        if opening is not None and opening.group(1).lower() == who.lower():
            return self._last_person(index, clause, who)
        sex = _SEX_OF_PRONOUN[who.lower()]
        people = [s.actor.id for s in self._people_named(index, called.start()) if s.start >= clause]
        fitting = [p for p in people if self.sexes.get(p) in (sex, None)]
        return fitting[0] if fitting else self._last_person(index, called.start(), who)

    # --- a quote standing alone -----------------------------------------------------

    def _carried_speaker(self, index: int) -> str | None:
        same = [q for q in self.earlier if q.paragraph == index]
        if same:
            return same[-1].speaker
        previous_quotes = [q for q in self.earlier if q.paragraph == index - 1]
        if previous_quotes:
            return previous_quotes[-1].speaker
        if index > 0:
            previous = self.paragraphs[index - 1]
            start, _ = sentence_bounds(previous, self.spans[index - 1], len(previous.rstrip()) - 1)
            issued = _ISSUED_WHAT_FOLLOWS.search(previous, start) if previous.rstrip().endswith(":") else None
            if issued is not None:
                # who gives what follows: 'Gen. Robert B. Abrams ... issued the following statement Saturday after
                # the Republic of Korea government announced ...:'; whose it is, after 'from' or 'by': 'released the
                # following statement from President Moon:'
                if issued["from"]:
                    return self._first_actor(index - 1, issued.end(), len(previous))
                return self._subject(index - 1, start, issued.start(), main_clause=True)
            verbs = self._speech_verbs(index - 1, start, len(previous))
            if verbs:
                # the main verb of the last sentence: 'Pompeo says the move is disappointing.'
                return self._verb_subject(index - 1, start, verbs[0])
        if self.earlier and index - self.earlier[-1].paragraph <= CARRY_PARAGRAPHS:
            return self.earlier[-1].speaker
        return None

    # --- subjects -------------------------------------------------------------------

    def _verb_subject(self, index: int, start: int, verb: Token) -> str | None:
        """Who speaks by `verb`: for '..., saying' the sentence's subject (for 'with the party
        calling it ...' the party), else the verb's own."""
        if verb.lower.endswith(_PARTICIPLE_END):
            own = (_WITH_SUBJECT.search(self.paragraphs[index], start, verb.start)
                   or _WITH_AND_SUBJECT.search(self.paragraphs[index], start, verb.start))
            if own is not None and len(own["subject"].split()) <= 6:
                return self._group_speaker(index, own.start("subject"), verb.start, first=False)
            # ... of the attribution set off by commas that it follows: 'Japan had "apologised", he
            # told reporters, adding, "..."'.
            said = [v for v in self._speech_verbs(index, start, verb.start) if not v.lower.endswith(_PARTICIPLE_END)]
            text = self.paragraphs[index]
            if said and _SET_OFF_BEFORE.search(text, start, said[-1].start) and _SET_OFF_AFTER.fullmatch(
                    text, said[-1].end, verb.start):
                subject = self._verb_subject(index, start, said[-1])
                if subject is not None:
                    return subject
            # ... of the clause it ends: 'Pompeo said ..., and the Pentagon issued a statement expressing'.
            clause = _clause_start(self.paragraphs[index], start, verb.start)
            # (not a phrase with no verb after 'before' or 'after': '..., before dawn on the U.S. East Coast, saying')
            phrase = clause > start and _BOUND_PHRASE.search(text, start, clause) and not _A_VERB.search(
                text, clause, verb.start)
            subject = self._subject(index, clause, verb.start, main_clause=True) if clause > start and not phrase else None
            return subject or self._free_subject(index, start, verb.start)
        # What a statement said, by whom it says it was made, else by who made it public: 'North Korea issued a
        # statement by a spokesman for the State Affairs Commission that said', 'The ministry released a report
        # which said'.
        # (not one the subject only speaks of: 'The Blue House denied a Japanese newspaper report that said')
        stated = _STATEMENT_THAT.search(self.paragraphs[index], start, verb.start)
        if stated is not None and stated["by"]:
            return self._group_speaker(index, stated.start("by"), stated.end("by"), first=False)
        if stated is not None and stated["issued"]:
            return self._subject(index, start, stated.start(), main_clause=False)
        # An outlet's editorial: the outlet named with it ('A commentary in Hankyoreh said'), else the paper the
        # sentence before names ('The state-run Global Times was less restrained. An editorial on Friday said').
        editorial = _EDITORIAL_SAID.search(self.paragraphs[index], start, verb.start)
        if editorial is not None:
            outlet = self._outlet_of(index, editorial.start(), editorial.end())
            if outlet is not None:
                return outlet
        # Whom something led to speak: 'prompting the U.S. to express "strong concern"'.
        led = _LED_TO_SPEAK.search(self.paragraphs[index], start, verb.start)
        if led is not None:
            return self._group_speaker(index, led.start("who"), led.end("who"), first=True)
        # A relative clause between the one who speaks and the verb, set off by commas or going on after 'and' ('The
        # navy, which has renamed the drills the "East Sea territory protection exercise", said', '... North Korea,
        # which has set a year-end deadline and has warned that ...'): its antecedent.
        # (set off by commas, the clause's subject speaks: 'Kim You-geun, first deputy director of the National
        # Security Office, which oversees intelligence matters, said'; going on, the one it is of)
        relative = _RELATIVE_TO_VERB.search(self.paragraphs[index], start, verb.start)
        if relative is not None:
            apposition = relative["pronoun"] == "which" and "," in self.paragraphs[index][start:relative.start()]
            antecedent = self._group_speaker(index, start, relative.start(), first=apposition and not relative["and"])
            if relative["pronoun"] == "who" and self.kinds.get(antecedent) != "person":
                # (a person's post between: 'Kim Hyun-chong, deputy director of the National Security Office, who
                # briefed reporters, said')
                antecedent = self._group_speaker(index, start, relative.start(), first=True)
            if antecedent is not None:
                return antecedent
        clause = _clause_start(self.paragraphs[index], start, verb.start)
        if clause > start and not self.paragraphs[index][clause:verb.start].strip():
            # A verb that shares the subject of the clause before ('Kono summoned the ambassador, ..., and
            # said'): that clause's subject.
            return self._subject(index, start, clause, main_clause=True)
        # ... or the subject of the verb it is the infinitive of: 'Kim Myong Gil emerged to say', 'went on to say'.
        infinitive = _TO_SAY.search(self.paragraphs[index], clause, verb.start)
        if infinitive is not None and verb.lower in ("say", "tell", "add", "declare", "announce"):
            return self._finite_subject(index, clause, infinitive.start() + 1)
        return self._finite_subject(index, clause, verb.start)

    def _finite_subject(self, index: int, start: int, end: int) -> str | None:
        """The noun phrase just before a finite verb ending at `end`.

        Adverbs and a date before the verb are skipped ('..., on Nov. 22 said');
        when a comma closes an apposition there, the clause's first actor is the
        subject.
        """
        text = self.paragraphs[index]
        going = _GOING_WITH.search(text, start, end)
        if going is not None:
            return self._finite_subject(index, start, going.start("going"))
        aside = _PARTICIPLE_ASIDE.search(text, start, end)
        if aside is not None:
            # 'Mike Pompeo, speaking in Ottawa, said': the subject before the aside.
            return self._finite_subject(index, start, aside.start())
        owned = _ITS_WRITING.search(text, start, end)
        if owned is not None:
            return self._owner(index, owned.start())
        party = _HIS_PARTY.search(text, start, end)
        if party is not None:
            # 'Hwang Kyo-ahn, leader of the Liberty Korea Party, ... His party said': the party named last.
            return next((s.actor.id for _, s in self._spots_before(index, party.start())
                         if s.actor is not None and s.actor.kind == "organization" and " Party" in s.actor.name), None)
        tokens = [t for t in tokenize(text[start:end]) if not self._in_quote(index, start + t.start)]
        k = len(tokens) - 1
        while k >= 0 and _is_adverbial(tokens, k):
            k -= 1
        # A word set off by commas that links to what was said before: 'Sung Yun-mo, meanwhile, told'.
        if k >= 3 and tokens[k].text == "," and tokens[k - 2].text == "," and tokens[k - 1].lower in _LINKING_ASIDES:
            k -= 3
        # Where the one speaking was, after their post at a body named before it: 'a senior Foreign Ministry
        # official in Tokyo said' (not 'an official in Tokyo said', Japan's).
        place = k
        while place >= 0 and tokens[place].text[:1].isupper():
            place -= 1
        if 0 <= place < k and _POSTED_AT_BODY.search(text, start, start + tokens[place + 1].start):
            k = place - 1
        if k >= 0 and tokens[k].text == ")":
            closing = k
            while k >= 0 and tokens[k].text != "(":
                k -= 1
            dated = any(t.text in DATE_WORDS or t.lower == "time" for t in tokens[k + 1:closing])
            k -= 1
            # (a date before a date in brackets too: 'Abe on Friday (Aug 23) accused', 'on Thursday (local time)')
            while dated and k >= 0 and _is_adverbial(tokens, k):
                k -= 1
        if k >= 0 and tokens[k].lower == "who":
            # 'Kim You-geun, a senior official at the presidential office, who said ...': the person before.
            return self._person_before(index, start + tokens[k].start)
        # Inside a relative clause opened after a comma: 'Taro Kono, who as foreign minister had called ...'.
        who = next((i for i in range(k - 1, -1, -1) if tokens[i].text == "," or (
            tokens[i].lower == "who" and (i == 0 or tokens[i - 1].text == ","))), None)
        if who is not None and tokens[who].lower == "who":
            person = self._person_before(index, start + tokens[who].start)
            if person is not None:
                return person
        if k >= 0 and tokens[k].lower == "which" and k >= 1 and tokens[k - 1].text == ",":
            # 'North Korea, which has warned of a "Christmas gift"': the body or country before.
            return self._body_before(index, start + tokens[k].start)
        if k >= 1 and tokens[k].text == ",":
            # "Mr. Moon's spokeswoman, Ko Min-jung, said": the name set off by commas is the subject, what
            # the person is set off after it too ("Japan's delegate, Shingo Yamagami, director general of the
            # Economic Affairs Bureau, countered").
            comma = start + tokens[k].start
            person = next((
                spot for spot in self.spots[index]
                if spot.actor is not None and spot.actor.kind == "person" and start <= spot.start
                and (spot.end == start + tokens[k - 1].end or (
                    spot.end < comma and text.startswith(", ", spot.end) and "," not in text[spot.end + 1:comma]
                    and _WHAT_ONE_IS.match(text, spot.end + 2) and not _A_VERB.search(text, spot.end, comma)))
                and _after_comma_and_title(text, spot.start)
            ), None)
            if person is not None:
                return person.actor.id
        if k >= 1 and tokens[k].text == ",":
            # 'U.S. Ambassador Harry Harris, who has faced criticism in Seoul, said': whom 'who' is about.
            who = next((i for i in range(k) if tokens[i].lower == "who" and i >= 1 and tokens[i - 1].text == ","), None)
            if who is not None:
                person = self._person_before(index, start + tokens[who].start)
                if person is not None:
                    return person
        if k >= 1 and tokens[k].text == ",":
            # '... dropped sharply after Takeshi Okazaki, chief financial officer of its operator, Fast
            # Retailing Co., said': the person a subordinate clause opens with, before the apposition.
            # (what stands between is what the person is, no clause: not 'after Shinzo Abe, the Japanese prime
            # minister, spoke in Tokyo, said')
            opened = [s for s in self.spots[index] if start <= s.start and s.end < end and s.actor is not None
                      and s.actor.kind == "person" and text[s.end:s.end + 1] == ","
                      and _SUBORDINATOR_BEFORE.search(text, start, s.start)
                      and not _A_VERB.search(text, s.end, end)]
            if opened:
                return opened[-1].actor.id
        if k < 0 or tokens[k].text in (",", ";", ":", "—", "–") or tokens[k].lower in ("and", "but"):
            # '..., said' after an apposition; '... met Jeong and said': the clause's subject
            return self._subject(index, start, end, main_clause=True)
        phrase_end, m = tokens[k].end, k
        # A name ending right before the verb is read whole, its 'and' too: 'Ministry of Trade, Industry and Energy said'.
        named = next((spot for spot in self.spots[index] if spot.end == start + phrase_end
                      and (spot.actor is not None or spot.description is not None)), None)
        if named is not None:
            while m > 0 and start + tokens[m - 1].start >= named.start:
                m -= 1
            m -= 1
        while m >= 0 and not _ends_noun_phrase(tokens[m]):
            m -= 1
        if m == k:
            return None  # no noun phrase before the verb ('... by added')
        # 'Rep. Hong Il-pyo of the Democratic Party said': the phrase goes on back over 'of (the)', and
        # over 'at (the)': 'Kim You-geun at the National Security Office said' (see `_groups`).
        while m >= 1 and (tokens[m].lower in ("of", "at") or (tokens[m].lower == "the"
                                                               and tokens[m - 1].lower in ("of", "at"))):
            m -= 1 if tokens[m].lower in ("of", "at") else 2
            while m >= 0 and not _ends_noun_phrase(tokens[m]):
                m -= 1
        stop = tokens[m] if m >= 0 else None
        if stop is not None and stop.lower in _DETERMINERS:
            m -= 1
        groups = self._groups(index, start + tokens[m + 1].start, start + phrase_end)
        if not groups:
            return None
        if stop is not None and stop.lower in ("and", "&") and self._actor_ends_at(index, start + stop.start):
            return None
        return None if groups[-1] == _JOINT else self._resolve(index, groups[-1])

    def _person_before(self, index: int, position: int) -> str | None:
        """The person named last before `position` in its sentence, outside quotes: whom 'who' stands for."""
        begin, _ = sentence_bounds(self.paragraphs[index], self.spans[index], position)
        people = [s for s in self._people_named(index, position) if s.start >= begin]
        text = self.paragraphs[index]
        described = next((s for s in reversed(self.spots[index]) if begin <= s.start and s.end <= position), None)
        if (described is not None and described.description is not None and described.actor is None
                and _OF_NAME_COMMA.fullmatch(text, described.end, position) and not (
                    people and people[-1].end <= described.start and text[people[-1].end:described.start].strip() in (
                        ",", ""))):
            # (a description right before it, set off after no name: 'asked about the US Secretary of State, who said')
            return self._described(index, described)
        if people and _CLOSE_TO.search(text, max(begin, people[-1].start - _NEAR_BEFORE), people[-1].start):
            # (the one unnamed close to them or serving them: 'An aide to Abe, who asked not to be identified, said')
            return self._resolve(index, people[-1])
        return people[-1].actor.id if people else None

    def _body_before(self, index: int, position: int, subject: bool = False) -> str | None:
        """The body or country named last before `position` in its sentence, outside quotes: what 'which' stands for;
        with `subject`, what 'it' stands for, the last one no preposition governs if any."""
        begin, _ = sentence_bounds(self.paragraphs[index], self.spans[index], position)
        text = self.paragraphs[index]
        named = [
            s for s in self.spots[index]
            if begin <= s.start < position and s.actor is not None and s.actor.kind != "person"
            and not self._in_quote(index, s.start)
            # (not a country's adjective before a noun: "KCNA reported that North Korean leader Kim Jong Un
            # guided the test of what it called ...")
            and not (s.actor.kind == "country" and text[s.start:s.end] != s.actor.name
                     and _DEMONYM_BEFORE_NOUN.match(text, s.start, s.end + 2))
        ]
        # (the subject's over one a preposition governs: 'Cheong Wa Dae said it had lodged a protest with Tokyo over
        # what it called a "distorted" account')
        free = [s for s in named if not _GOVERNED.search(text, 0, s.start)] if subject else named
        return (free or named)[-1].actor.id if named else None

    def _people_named(self, index: int, limit: int) -> list[_Spot]:
        """The spots of people named in paragraph `index` before `limit`, outside quotes, in order."""
        return [
            s for s in self.spots[index]
            if s.actor is not None and s.actor.kind == "person" and s.start < limit
            and not self._in_quote(index, s.start)
        ]

    def _subject(self, index: int, start: int, end: int, *, main_clause: bool) -> str | None:
        """The first actor of the clause ending at `end`, past an opening phrase (the person a title names, before
        the country or body it is of: 'U.S. Special Representative for North Korea Stephen Biegun visited Seoul ...
        and said')."""
        text = self.paragraphs[index]
        if not main_clause:
            start = _clause_start(text, start, end)
        start = _past_introduction(text, start, end)
        return self._titled_person(index, start, end) or self._group_speaker(index, start, end, first=True)

    def _titled_person(self, index: int, start: int, end: int) -> str | None:
        """The person named first from `start` after their title alone, the countries and bodies it is of in it
        ('U.S. Special Representative for North Korea Stephen Biegun'), or None."""
        text = self.paragraphs[index]
        person = next((s for s in self.spots[index] if start <= s.start < end and s.actor is not None
                       and s.actor.kind == "person"), None)
        # (not the owner of another's title, nor one of two: "President Moon Jae-in's spokeswoman Ko Min-jung", 'Defense
        # Minister Jeong Kyeong-doo and U.S. Defense Secretary Mark Esper')
        if person is None or _OWNER_OR_ONE_OF_TWO.match(text, person.end):
            return None
        words = re.findall(r"[\w.'’-]+|,", text[start:person.start])
        titled = any(word.lower() in ROLE_HEADS for word in words) and all(
            word[:1].isupper() or word.lower() in ROLE_HEADS or word.lower() in ROLE_MODIFIERS
            or word in ("for", "of") for word in words)
        return self._resolve(index, person) if titled else None

    def _free_subject(self, index: int, start: int, end: int) -> str | None:
        """`_subject` of a main clause, past actors a preposition governs in a phrase set off by commas: 'The third
        round, in Seoul on Nov. 19, ended after the U.S. team cut the meeting short, saying' (the U.S.)."""
        text = self.paragraphs[index]
        start = _past_introduction(text, start, end)
        groups = self._groups(index, start, end)
        free = [g for g in groups if g == _JOINT or not (
            _IN_ASIDE.search(text, start, g.start) and _GOVERNED.search(text, start, g.start))]
        group = (free or groups or [None])[0]
        return None if group is None or group == _JOINT else self._resolve(index, group)

    def _opening_person(self, index: int, start: int, end: int) -> str | None:
        """The person who is the subject of the clause ending at `end`, named as it opens (after
        their titles and whose they are): '..., and Chief Cabinet Secretary Yoshihide Suga spoke of a loss of',
        not 'Relations have slid since President Moon Jae-in's government announced' nor 'That deal,
        reached by Moon's predecessor Park Geun-hye, was meant to settle the issue'."""
        text = self.paragraphs[index]
        start = _past_introduction(text, _clause_start(text, start, end), end)
        groups = self._groups(index, start, end)
        if not groups or groups[0] == _JOINT:
            return None
        spot = groups[0]
        if spot.actor is None or spot.actor.kind != "person":
            return None
        before = re.findall(r"[\w.'’-]+", text[start:spot.start])
        return spot.actor.id if all(
            word[:1].isupper() or word.lower() in ROLE_HEADS or word.lower() in ROLE_MODIFIERS for word in before
        ) else None

    def _opening_body(self, index: int, start: int, end: int) -> str | None:
        """The body or country whose name opens the sentence from `start` (past an opening phrase and 'The')
        and is its subject: 'The Pentagon voiced concern ...', not 'Analysts in Seoul warned ...'."""
        text = self.paragraphs[index]
        start = _past_introduction(text, start, end)
        groups = self._groups(index, start, end)
        if not groups or groups[0] == _JOINT:
            return None
        spot = groups[0]
        if spot.actor is None or spot.actor.kind == "person" or text[start:spot.start].strip() not in ("", "The", "the"):
            return None
        if text.startswith(("'s", "’s"), spot.end):
            return None  # an owner, not the subject: "Seoul's decision drew what one diplomat called"
        return spot.actor.id

    def _first_actor(self, index: int, start: int, end: int) -> str | None:
        text = self.paragraphs[index]
        stop = text.find(",", start, end)
        # (not at a comma inside a name: 'said a senior official at the Ministry of Economy, Trade and Industry')
        while stop > start and (inside := next((s for s in self.spots[index] if s.start < stop < s.end), None)):
            stop = text.find(",", inside.end, end)
        # (nor at the comma between a role and the name it sets off: "said the State Department's lead
        # negotiator, James DeHart.", 'said the chairman of the Joint Chiefs, Gen. Mark Milley.'; not the name of
        # one the role serves: 'said a spokesman for the foreign minister, Kang Kyung-wha.')
        if stop > start and _sets_off_its_holder(text[start:stop]):
            named = next((s for s in self.spots[index] if s.start > stop and s.actor is not None
                          and s.actor.kind == "person" and _COMMA_AND_TITLE.fullmatch(text, stop, s.start)
                          and _titles_only(text[stop:s.start])), None)
            if named is not None and _set_off_after(text, named.end):
                return self._resolve(index, named)
        return self._group_speaker(index, start, stop if stop > start else end, first=True)

    def _group_speaker(self, index: int, start: int, end: int, *, first: bool) -> str | None:
        groups = self._groups(index, start, end)
        if not groups:
            return None
        group = groups[0] if first else groups[-1]
        return None if group == _JOINT else self._resolve(index, group)

    # --- actors and pronouns in the text ---------------------------------------------

    def _spots(self, index: int, written: Sequence[tuple[Actor, set[str]]]) -> list[_Spot]:
        """Actors' mentions found again in paragraph `index`, longest first, and free pronouns.

        `written` holds each actor named in the paragraph, in actor order, with how it is written there.
        """
        text = self.paragraphs[index]
        found = []
        for actor, forms in written:
            for form in forms:
                for start in _whole_word_places(text, form):
                    if actor.kind == "country" and (_BASED.match(text, start + len(form)) or (
                            _A_FIRM.match(text, start + len(form)) and _A_BEFORE.search(text, 0, start))):
                        # where someone works: 'an analyst at a Tokyo-based institute', 'an official at a
                        # Korean chipmaker' is no Japan, no South Korea
                        continue
                    found.append(_Spot(start, start + len(form), actor))
        chosen: list[_Spot] = []
        for spot in sorted(found, key=lambda s: (-(s.end - s.start), s.start)):
            if all(spot.end <= c.start or spot.start >= c.end for c in chosen):
                chosen.append(spot)
        for match in _PRONOUN.finditer(text):
            if all(match.end() <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), match.end(), None, match.group()))
        for spot in [c for c in chosen if c.actor is not None and c.actor.kind == "organization" and c.actor.country]:
            # 'the Pentagon chief': who heads the body, a person of its country (see `_described`).
            match = _BODY_HEAD.match(text, spot.end)
            if match:
                chosen.remove(spot)
                chosen.append(_Spot(spot.start, match.end(), None, description=_HEAD, country=_Country(
                    spot.actor.country)))
        for spot in [c for c in chosen if c.actor is not None and c.actor.kind == "country"]:
            match = _NOT_THE_STATE_AFTER.match(text, spot.end)
            if match and _MEDIA.fullmatch(match["who"]) and (spot.actor.name in _STATE_RUN_MEDIA or _RELAYING.match(
                    text, match.end())):
                match = None  # (the state's own media, or media passing on what officials said)
            if match and text[spot.end - 1:spot.end] != "'" and text[spot.end:spot.end + 2] not in ("'s", "’s"):
                chosen.remove(spot)
                chosen.append(_Spot(spot.start, match.end(), None, description=_NOT_THE_STATE))
        for spot in [c for c in chosen if c.actor is not None and c.actor.kind == "country"]:
            # "Japan's defense minister": the country and the role, one description.
            match = _COUNTRY_DESCRIPTION.match(text, spot.end)
            if match and not any(word.lower() in _PHRASE_BREAKS for word in match.group().split()[1:-1]):
                if all(match.end() <= c.start or spot.end >= c.end for c in chosen):
                    chosen.remove(spot)
                    chosen.append(_Spot(spot.start, match.end(), None, description=match["head"], country=spot.actor))
        for match in _DESCRIPTION.finditer(text):
            words = match.group().split()[1:-1]
            if any(word.lower() in _PHRASE_BREAKS for word in words):
                continue
            # A country inside names whose the person is: 'the U.S. diplomat', 'the Japanese minister'.
            head = match["head"].lower()
            end = match.end()
            # A rank is no head when a role follows it: 'the chief cabinet secretary', 'the deputy foreign minister'.
            ranked = _RANKED_ROLE.match(text, end) if head in _RANKS else None
            if ranked is not None:
                head, end = ranked["head"].lower(), ranked.end()
            inside = [c for c in chosen if match.start() < c.start and c.end <= match.start("head")]
            country = inside[0].actor if (
                len(inside) == 1 and inside[0].actor is not None and inside[0].actor.kind == "country"
                and (head in _ROLE_DESCRIPTIONS or head == "official")
            ) else None
            if country:
                chosen.remove(inside[0])
            if all(end <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), end, None, description=head, country=country))
        for match in _UNNAMED_OF_BODY.finditer(text):
            if all(match.end() <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), match.end(), None, description=match["head"]))
        for match in _DEFENSE_OFFICIAL.finditer(text):
            if all(match.end() <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), match.end(), None, description=_DEFENSE))
        for match in _OFFICIAL_THERE.finditer(text):
            if all(match.end() <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), match.end(), None, description=_THERE))
        for match in _BARE_SPOKESPERSON.finditer(text):
            if all(match.end() <= c.start or match.start() >= c.end for c in chosen):
                chosen.append(_Spot(match.start(), match.end(), None, description=_SPOKESPERSON))
        return sorted(chosen, key=lambda s: s.start)

    def _groups(self, index: int, start: int, end: int) -> list[_Spot | str]:
        """The noun phrases naming actors in [start, end), outside quotes: each one's head, or 'joint'.

        'U.S. Secretary of Defense Mark Esper' is one phrase whose head is Esper;
        'President Moon of South Korea' one whose head is Moon; 'Japan and South
        Korea' a joint one.
        """
        text = self.paragraphs[index]
        spots = [
            s for s in self.spots[index]
            if start <= s.start and s.end <= end and not self._in_quote(index, s.start)
        ]
        groups: list[list[_Spot]] = []
        joint: list[bool] = []
        last_end = 0  # where the last name of the phrase read so far ends
        of_phrase = False  # whether the phrase has gone on after its head with 'of'
        for spot in spots:
            if groups:
                last = groups[-1][-1]
                gap = text[last_end:spot.start]
                if (spot.actor is not None and last.actor is not None and spot.actor.id == last.actor.id
                        and _OPENING_BRACKET.fullmatch(gap) and text[spot.end:spot.end + 1] == ")"):
                    last_end = spot.end + 1  # its short name in brackets: 'Liberty Korea Party (LKP) leader Hwang'
                    continue
                if _same_phrase(gap) and spot.pronoun is None and last.pronoun is None:
                    # 'President Moon of South Korea', 'Kim You-geun of South Korea's National
                    # Security Office': the head stays the name before 'of'.
                    of_phrase = of_phrase or bool(_OF_GAP.fullmatch(gap))
                    if not of_phrase:
                        groups[-1].append(spot)
                    last_end = spot.end
                    continue
                # "Japan's foreign minister, Taro Kono, called ...": the name set off by commas after
                # a description is its head.
                # ... its title too: "Japan's top government spokesman, Chief Cabinet Secretary Yoshihide Suga, told".
                if (last.description is not None and spot.actor is not None and spot.actor.kind == "person"
                        and _COMMA_AND_TITLE.fullmatch(gap) and _titles_only(gap)
                        and _set_off_after(text, spot.end)):
                    groups[-1].append(spot)
                    last_end = spot.end
                    continue
                # "Abe's chief spokesman, Yoshihide Suga, told": the name set off by commas after whose he is.
                possessed = _POSSESSED_ROLE.fullmatch(gap)
                if (possessed and last.actor is not None and spot.actor is not None and spot.actor.kind == "person"
                        and _titles_only(possessed["role"]) and _titles_only(possessed["title"])
                        and _set_off_after(text, spot.end)):
                    groups[-1].append(spot)
                    last_end = spot.end
                    continue
                # "the chief US negotiator, Mr James DeHart, told": the name set off by commas after a role of
                # the country named inside it.
                roled = _COUNTRY_ROLE.fullmatch(gap)
                if (roled and last.actor is not None and last.actor.kind == "country" and spot.actor is not None
                        and spot.actor.kind == "person" and _titles_only(roled["role"])
                        and _titles_only(roled["title"]) and _set_off_after(text, spot.end)):
                    groups[-1].append(spot)
                    last_end = spot.end
                    continue
                # 'Ankit Panda at the Federation of American Scientists': the head stays the person.
                if (last.actor is not None and last.actor.kind == "person" and spot.actor is not None
                        and spot.actor.kind == "organization" and _AT_GAP.fullmatch(gap)):
                    of_phrase = True
                    last_end = spot.end
                    continue
                # 'Japan and South Korea', 'Jim Risch (R-Idaho) and Bob Menendez'
                joined = re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?and\s+(?:the\s+)?", gap)
                if joined and spot.actor is not None:
                    if last.actor is not None and last.actor.id != spot.actor.id:
                        joint[-1] = True
                        groups[-1].append(spot)
                        last_end = spot.end
                        continue
            groups.append([spot])
            joint.append(False)
            last_end, of_phrase = spot.end, False
        return [(self._one_country(group) or _JOINT) if is_joint else group[-1]
                for group, is_joint in zip(groups, joint)]

    def _one_country(self, group: list[_Spot]) -> _Spot | None:
        """For bodies of one country named together, that country ('The State Department and the Pentagon both
        issued statements': the United States), where the story names it; else None."""
        if any(s.actor is None or s.actor.kind != "organization" or not _GOVERNMENT_BODY.search(s.actor.name)
               for s in group):
            return None  # (not parties or firms: 'The Liberty Korea Party and the Bareunmirae Party both ...')
        countries = {s.actor.country for s in group}
        if len(countries) != 1 or None in countries:
            return None
        country = self.country_actors.get(countries.pop())
        return _Spot(group[0].start, group[-1].end, country) if country is not None else None

    def _resolve(self, index: int, spot: _Spot) -> str | None:
        close = _CLOSE_TO.search(self.paragraphs[index], max(0, spot.start - _NEAR_BEFORE), spot.start)
        if close is not None and any(close.start() <= s.start and s.end <= spot.start and s.actor is not None
                                     and s.actor.kind == "person" for s in self.spots[index]):
            close = None  # (the one named after another's: 'Senior adviser to President Moon Jae-in Moon Chung-in')
        if close is not None:
            # 'A senior LDP lawmaker close to Abe said': someone of the body named just before, else
            # ('A source close to the prime minister said') someone of the person's country, not the person.
            text = self.paragraphs[index]
            body = next((s.actor.id for s in self.spots[index] if s.actor is not None and s.actor.kind == "organization"
                         and s.end <= close.start() and not text[s.end:close.start()].strip()), None)
            if body is not None:
                return body
            person = spot.actor.id if spot.actor is not None else (
                self._described(index, spot) if spot.description is not None else None)
            return self._country_of(person) if self.kinds.get(person) == "person" else person
        if spot.actor is not None and spot.actor.kind == "person" and _LEADERS_GOVERNMENT.match(
                self.paragraphs[index], spot.end):
            # 'the Moon Jae-in government announced', 'the Abe administration said': the leader's country
            country = self._country_of(spot.actor.id)
            if country is not None:
                return country
        former = _FORMER_ONE.search(self.paragraphs[index], max(0, spot.start - _NEAR_BEFORE), spot.start) if (
            spot.actor is not None and spot.actor.kind != "person") else None
        if former is not None and not _NOW_AT.search(self.paragraphs[index], former.start(), spot.end):
            # who used to serve a country or a body speaks for it no more: 'said a former Japanese diplomat';
            # for the body they serve now, named right after ('a former U.S. official now at the Center for ...')
            now = _NOW_AT_AFTER.match(self.paragraphs[index], spot.end)
            return next((s.actor.id for s in self.spots[index] if now is not None and s.actor is not None
                         and s.actor.kind == "organization" and now.start("the") <= s.start <= now.end()), None)
        if spot.actor is not None:
            return spot.actor.id
        if spot.description is not None:
            return self._described(index, spot)
        if spot.pronoun in PERSON_PRONOUNS:
            going_on = self._unnamed_going_on(index, spot.start) or self._unnamed_opening(index, spot.start)
            if going_on is None and (_AFTER_QUOTE_MARK.search(self.paragraphs[index], 0, spot.start) or _SAYS_MORE.match(
                    self.paragraphs[index], spot.end)) and (unnamed := self._opens_unnamed(index, spot.start)) is not None:
                # 'A former senior defense official said ... "...," he said.': the one unnamed, for the country
                # or body named with them ('A Japanese official said ...')
                return unnamed[0]
            return going_on or self._last_person(index, spot.start, spot.pronoun)
        if spot.pronoun in BODY_PRONOUNS:
            # 'North Korea fired what it called a "..."': the body or country named before it in its
            # sentence; else the body that spoke last, unless a sentence of this paragraph before the
            # quote opens with another ('... Meari said.' / 'DPRK Today was blunter. "...," it wrote.');
            # else the body the sentence before is attributed to at its end ('North Korea fired ..., the
            # JCS said. / "...," it said'), else the one it opens with ('The Pentagon said it was pleased.
            # "We welcome ...," it said.').
            named = self._body_before(index, spot.start, subject=True)
            if named is not None:
                return named
            last = self.earlier[-1] if self.earlier else None
            if last is not None and last.speaker is not None and self.kinds.get(last.speaker) != "person" and not (
                last.paragraph < index and self._last_body(index, spot.start, same_paragraph=True)
            ):
                return last.speaker
            # (for an outlet that reported it: its own words citing others ('"...," it said, citing two officials'),
            # else those of the body it reported on ('... ministry summoned the ambassador, Kyodo News reported. /
            # "...," it said'), but of a country only a statement ('... it said in a statement'): 'North Korea fired
            # ..., Yonhap News Agency reported. / "...," it said' is Yonhap's)
            attributed = self._attributed_before(index, spot.start)
            if attributed is not None and attributed not in self.media:
                return attributed
            if attributed is not None and _CITING.match(self.paragraphs[index], spot.end):
                return attributed
            body = self._last_body(index, spot.start)
            if attributed is not None and self.kinds.get(body) != "organization" and not _IN_A_STATEMENT.match(
                    self.paragraphs[index], spot.end):
                return attributed
            return body or attributed
        return None

    def _paper(self, actor: Actor) -> bool:
        """Whether `actor` is a newspaper or an outlet of its own, no wire agency passing on others' news."""
        return bool(_PAPER_NAME.search(actor.name)) or (actor.id in self.media and not canonical_agency(actor.name))

    def _outlet_of(self, index: int, start: int, end: int) -> str | None:
        """The news outlet named in [start, end), else the last paper (see `_paper`) the sentence before `start` in its
        paragraph names."""
        named = next((s.actor.id for s in self.spots[index] if start <= s.start < end and s.actor is not None
                      and (s.actor.id in self.media or self._paper(s.actor))), None)
        if named is not None:
            return named
        text = self.paragraphs[index]
        begin, _ = sentence_bounds(text, self.spans[index], start)
        if begin == 0:
            return None
        before, _ = sentence_bounds(text, self.spans[index], begin - 1)
        return next((s.actor.id for s in reversed(self.spots[index]) if before <= s.start < begin and s.actor is not None
                     and self._paper(s.actor) and not self._in_quote(index, s.start)), None)

    def _opens_unnamed(self, index: int, position: int) -> tuple[str | None] | None:
        """(the body or country named with them,) when the sentence before `position`'s, in its paragraph, opens
        with someone unnamed saying something ('A former senior defense official said Seoul was unlikely to ...',
        'A Japanese official said') and no person is named outside quotes since; else None."""
        text = self.paragraphs[index]
        begin, _ = sentence_bounds(text, self.spans[index], position)
        if begin == 0:
            return None
        before, _ = sentence_bounds(text, self.spans[index], begin - 1)
        opening = _UNNAMED_ONE_SAID.match(text, before)
        if opening is None or any(s.start >= before and not (  # (but one they serve: 'An aide to Abe said')
                s.end <= opening.end() and _CLOSE_TO.search(text, max(before, s.start - _NEAR_BEFORE), s.start))
                for s in self._people_named(index, position)):
            return None
        if opening["verb"] == "told" and _TOLD_ONE.match(text, opening.end()):
            return None  # (who told one named: 'A student told her young people feared a rift. "...," she said')
        if opening["who"] in _FOR_THEMSELVES:
            return (None,)  # (one speaking for themselves: 'A South Korean analyst said ...')
        return (self._group_speaker(index, opening.start(), opening.end(), first=True),)

    def _unnamed_going_on(self, index: int, position: int) -> str | None:
        """Whom 'he' or 'she' stands for right after an unnamed one spoke for a body or a country: the
        one who spoke ('"...," the official said. He added that ...'), when the quote before opens in the
        sentence saying so and that sentence names no person outside quotes; else None."""
        last = self.earlier[-1] if self.earlier else None
        if last is None or last.paragraph not in (index, index - 1) or self.kinds.get(last.speaker) not in _BODY_KINDS:
            return None
        text = self.paragraphs[index]
        begin, _ = sentence_bounds(text, self.spans[index], position)
        if any(s.actor is not None and s.actor.kind == "person" and begin <= s.start < position
               and _TITLES_ONLY.fullmatch(text, begin, s.start) and not self._in_quote(index, s.start)
               for s in self.spots[index]):
            return None  # (someone opening its sentence before it: 'Kono told reporters he had asked Seoul for a ...')
        if begin > 0:
            i, end = index, begin
        elif index > 0 and last.paragraph == index - 1:
            i, end = index - 1, len(self.paragraphs[index - 1])
        else:
            return None
        before, _ = sentence_bounds(self.paragraphs[i], self.spans[i], max(0, end - 1))
        # (or the sentence before, going on with the one who spoke, opens with them: '"...," a senior Cheong Wa Dae
        # official said. / The official stressed that ... "...," he said.')
        # (no other unnamed one said to speak between: 'A Japanese foreign ministry official said ... The official')
        since = 0 if last.paragraph < i else self.paragraphs[i].find(last.text.split(" … ")[0].rstrip(" …")[:40])
        if i == index and _UNNAMED_OPENS.match(self.paragraphs[i], before) and not any(
                s.actor is not None and s.actor.kind == "person" and before <= s.start < end for s in self.spots[i]
        ) and not _UNNAMED_ONE.search(self.paragraphs[i], max(since, 0), before):
            return last.speaker
        # (its first words: a quote interrupted by its attribution is joined with ' … ')
        if last.paragraph != i or self.paragraphs[i].find(last.text.split(" … ")[0].rstrip(" …")[:40], before, end) < 0:
            return None  # (the unnamed one said something else: another spoke the quote before)
        if not _UNNAMED_SAID.search(self.paragraphs[i], before, end) or any(
                s.actor is not None and s.actor.kind == "person" and before <= s.start < end and not self._in_quote(i, s.start)
                for s in self.spots[i]):
            return None
        return last.speaker

    def _unnamed_opening(self, index: int, position: int) -> str | None:
        """The body whose unnamed spokesperson or official opens the sentence before `position`, in its paragraph,
        as its subject saying something, whom 'he' or 'she' goes on with: 'A Stella Chemifa spokesman said the
        company filed its first applications. "We have no idea how long the screening will take," he said.'"""
        text = self.paragraphs[index]
        begin, _ = sentence_bounds(text, self.spans[index], position)
        if begin == 0:
            return None
        before, _ = sentence_bounds(text, self.spans[index], begin - 1)
        opening = next((s for s in self.spots[index] if before <= s.start < begin and not self._in_quote(index, s.start)),
                       None)
        if (opening is None or opening.actor is None or opening.actor.kind != "organization"
                or not _UNNAMED_BEFORE_BODY.fullmatch(text, before, opening.start)
                or not _UNNAMED_OF_BODY_SAID.match(text, opening.end)):
            return None
        return opening.actor.id

    def _country_of(self, person: str | None) -> str | None:
        """The id of the country actor `person` acts for, if the story names that country."""
        return self.country_ids.get(self.countries.get(person) or "")

    def _owner(self, index: int, position: int) -> str | None:
        """The body 'its' (or 'their') at `position` stands for, as 'it' would: 'Its statement said'."""
        return self._resolve(index, _Spot(position, position + 2, None, "it"))

    def _last_body(self, index: int, position: int, same_paragraph: bool = False) -> str | None:
        """Of the last sentence before `position` in its paragraph or (but with `same_paragraph`) the one
        before, outside quotes, the body or country it opens with as its subject (not as an owner:
        'Japan's export curbs took effect'), if it opens with one."""
        for i in range(index, max(-1, index - (1 if same_paragraph else 2)), -1):
            limit = position if i == index else len(self.paragraphs[i])
            named = [s for s in self.spots[i] if s.actor is not None and s.start < limit
                     and not self._in_quote(i, s.start)]
            if named:
                start, _ = sentence_bounds(self.paragraphs[i], self.spans[i], named[-1].start)
                # past a phrase opening the sentence: 'In Washington, the State Department said it welcomed ...'
                # (not a name opening it: 'Beijing, which has sought to mediate, called for calm')
                if not any(s.start >= start and not self.paragraphs[i][start:s.start].strip() for s in named):
                    start = _past_introduction(self.paragraphs[i], start, named[-1].end)
                if not any(s.start >= start for s in named):
                    return None
                first = next(s for s in named if s.start >= start)
                opening = self.paragraphs[i][start:first.start].strip().lower()
                # an owner of what is no body: 'Japan's curbs took effect' (not 'Japan's government said')
                owner = _OWNER_OF_THING.match(self.paragraphs[i], first.end) is not None
                if first.actor.kind != "person" and opening in ("", "the") and not owner:
                    # "South Korea's Ministry of Trade, Industry and Energy welcomed it": the body it owns
                    owned = next((s for s in named if s.start > first.start), None)
                    if owned is not None and owned.actor.kind == "organization" and re.fullmatch(
                            r"['’]s\s+(?:the\s+)?", self.paragraphs[i][first.end:owned.start]):
                        return owned.actor.id
                    return first.actor.id
                return None
        return None

    def _attributed_before(self, index: int, position: int) -> str | None:
        """The body or country the sentence before `position` in its paragraph is attributed to at its end:
        'The drills are larger than before, South Korea's navy said in a statement. It said ...'."""
        text = self.paragraphs[index]
        begin, _ = sentence_bounds(text, self.spans[index], position)
        if begin <= 0:
            # ... or the last sentence of the paragraph before, for a paragraph opening with the quote: '... flying
            # about 380 km, the JCS said. / "Our military is monitoring the situation," it said ...'
            if index == 0 or text.lstrip()[:1] not in ('"', "“"):
                return None
            index -= 1
            text = self.paragraphs[index]
            begin = len(text.rstrip())
        start, _ = sentence_bounds(text, self.spans[index], begin - 1)
        told = ATTRIBUTION_AFTER.search(text, start, begin)
        if told is None:
            return None
        named = [s for s in self.spots[index] if told.start("who") <= s.start < told.end("who")
                 and s.actor is not None and s.actor.kind != "person"]
        return named[-1].actor.id if named else None

    def _writer(self, index: int, position: int) -> str | None:
        """Who made the statement 'The statement' at `position` stands for: the one the nearest
        sentence before it naming a statement tells made it ('Kono said in a statement'), within
        CARRY_PARAGRAPHS paragraphs, outside quotes. None for one named as its own writer, which would be looked
        for without end: 'In a statement, the magazine's editorial department said'."""
        if (index, position) in self.writings:
            return None
        self.writings.add((index, position))
        try:
            return self._written_by(index, position)
        finally:
            self.writings.discard((index, position))

    def _written_by(self, index: int, position: int) -> str | None:
        for i in range(index, max(-1, index - CARRY_PARAGRAPHS - 1), -1):
            limit = position if i == index else len(self.paragraphs[i])
            text = self.paragraphs[i]
            for match in reversed([m for m in _WRITING.finditer(text, 0, limit) if not self._in_quote(i, m.start())]):
                if _JOINT_BEFORE.search(text, 0, match.start()):
                    return None  # a joint statement is no one's: 'according to a joint statement'
                start, end = sentence_bounds(text, self.spans[i], match.start())
                # ... or where it was carried: 'an article carried by the website Uriminzokkiri said'
                carried = _CARRIED_BY.match(text, match.end())
                attributed = _ATTRIBUTED_TO.match(text, match.end(), end)
                speaker = self._group_speaker(i, start, match.start(), first=True) or (
                    self._group_speaker(i, attributed.end(), end, first=False) if attributed else None) or (
                    self._first_actor(i, carried.end(), end) if carried else None
                )
                if speaker is None and _OPENING_WRITING.fullmatch(text, start, match.start()):
                    # ... or the subject after it: 'In a statement issued hours earlier, Kono said ...'
                    comma = text.find(",", match.end(), end)
                    speaker = self._first_actor(i, comma + 1, end) if comma > 0 else None
                if speaker is not None:
                    return speaker
        return None

    def _described(self, index: int, spot: _Spot) -> str | None:
        """Who a definite description stands for: the person named last before it with that
        role ('the minister'; of that country, for 'the Japanese minister', and for 'the U.S.
        diplomat' the person of that country named last; the country when no one of it is), the
        body named last with that word in its name ('the ministry'), the American named last for
        a party's member ('the California Democrat'),
        or, for 'the spokesman' and 'the official', the body one was said to speak for or work
        at ('a spokesman for the Japanese Defense Ministry', 'an official at the presidential
        office', 'a senior State Department official'); None when no one is."""
        head = spot.description
        if head == _NOT_THE_STATE:
            return None
        if head in _WRITINGS:
            return self._writer(index, spot.start)
        if head in _PAPERS:
            # (the paper or the newspaper, no other: not 'The white paper said'; nor the one quoting another: 'the paper
            # quoted a government source as saying')
            # (or the website: the paper, or the body named last as one: "North Korea's propaganda website
            # Uriminzokkiri")
            text = self.paragraphs[index]
            if text[spot.start:spot.end].lower().split() not in (
                    ["the", "paper"], ["the", "newspaper"], ["the", "website"]) or _QUOTING.match(text, spot.end):
                return None
            return next((s.actor.id for i, s in self._spots_before(index, spot.start)
                         if i >= index - 1 and s.actor is not None and (self._paper(s.actor) or (
                             head == "website" and _WEBSITE_BEFORE.search(self.paragraphs[i], 0, s.start)))), None)
        if head == _DEFENSE:
            # 'a senior defense official told reporters ..., speaking under rules set by the Pentagon': of the
            # defense body its sentence names (the Pentagon, a Defense Ministry), else the one named last before.
            def defense(s: _Spot) -> bool:
                return s.actor is not None and s.actor.kind == "organization" and bool(_DEFENSE_BODY.search(s.actor.name))
            begin, end = sentence_bounds(self.paragraphs[index], self.spans[index], spot.start)
            here = next((s for s in self.spots[index] if begin <= s.start < end and defense(s)), None)
            if here is not None:
                return here.actor.id
            return next((s.actor.id for _, s in self._spots_before(index, spot.start) if defense(s)), None)
        if head in (_SPOKESPERSON, _THERE):
            # 'The State Department welcomed the decision. A spokesperson said ...': the body the
            # sentence before opens with.
            body = self._last_body(index, spot.start)
            return body if head == _SPOKESPERSON or self.kinds.get(body) == "organization" else None
        if head in _FIRMS:
            # 'Fast Retailing, which runs Uniqlo, has faced a boycott. "...," the company said': the body
            # a sentence before opens with, else the last body named that is no state's.
            firms = [s.actor for _, s in self._spots_before(index, spot.start)
                     if s.actor is not None and s.actor.kind == "organization" and not _STATE_BODY.search(s.actor.name)]
            opening = self._last_body(index, spot.start)
            if opening is not None and any(firm.id == opening for firm in firms):
                return opening
            return firms[0].id if firms else None
        if head == _HEAD:
            # The person of the body's country named last whose office heads a body; else none.
            for _, earlier in self._spots_before(index, spot.start):
                actor = earlier.actor
                if (actor is not None and actor.kind == "person" and actor.country == spot.country.name
                        and any(_HEADING_ROLES.intersection(role.lower().split()) for role in actor.roles)):
                    return actor.id
            return None
        if _FORMER.search(self.paragraphs[index], spot.start, spot.end):
            # What someone used to be, no office held now: the person named before with that former
            # role, else the person named last ('Kim Hyun-chong said ... The former trade minister said').
            for _, earlier in self._spots_before(index, spot.start):
                actor = earlier.actor
                if actor is not None and actor.kind == "person" and any(
                    _FORMER.search(role) and head in role.lower().split() for role in actor.roles
                ):
                    return actor.id
            # ... or with any former post ('Kim Hyun-chong, the former trade minister, disagreed.'); none after one
            # unnamed told of before, who worked with the one named last: 'A former US official who worked with
            # Harris said ... "...," the former official said.'
            # (not before one unnamed told of after them: 'Shin Kak-soo, a former ambassador, said ... A former
            # Japanese official who asked not to be named disagreed.')
            unnamed = max(((i, one.start()) for i in range(max(0, index - 1), index + 1)
                           for one in _UNNAMED_FORMER.finditer(self.paragraphs[i], 0, spot.start if i == index
                                                               else len(self.paragraphs[i]))
                           if one["head"].lower() == head), default=None)
            named = next(((i, earlier) for i, earlier in self._spots_before(index, spot.start)
                          if earlier.actor is not None and earlier.actor.kind == "person"
                          and any(_FORMER.search(role) for role in earlier.actor.roles)), None)
            if named is not None and (unnamed is None or (named[0], named[1].start) > unnamed):
                return named[1].actor.id
            if unnamed is not None:
                return None
            return self._last_person(index, spot.start)
        affiliated = head.startswith("spokes") or head == "official"
        top = "top" in self.paragraphs[index][spot.start:spot.end].lower().split()  # 'the top government spokesman'
        countryman = None  # the last person of the country a description names ('the U.S. diplomat')
        roleless = False  # whether that person's role is not told ('his South Korean counterpart Jeong')
        for i, earlier in self._spots_before(index, spot.start):
            actor = earlier.actor
            if actor is None:
                continue
            if spot.country is not None:
                if actor.kind == "person" and actor.country == spot.country.name:
                    if any(_holds(head, role) for role in actor.roles):
                        return actor.id
                    if countryman is None:
                        countryman, roleless = actor.id, not actor.roles
                continue
            if head in _BODY_DESCRIPTIONS:
                if actor.kind == "organization" and head in actor.name.lower().split():
                    return actor.id
            elif head in _PARTY_MEMBERS:
                if actor.kind == "person" and actor.country == "United States":
                    return actor.id
            elif (actor.kind == "person" and head in _ROLE_DESCRIPTIONS
                    and any(_holds(head, role, top) for role in actor.roles)):
                return actor.id
            elif affiliated and actor.kind != "person" and (
                _SPEAKS_FOR.search(self.paragraphs[i][:earlier.start])
                or _SPEAKER_AT.match(self.paragraphs[i], earlier.end)
                or _NAMED_AS_SPEAKER.search(self.paragraphs[i], earlier.start, earlier.end)
            ):
                if actor.kind == "country" and _POSTED_AT_BODY.search(self.paragraphs[i], 0, earlier.start):
                    continue  # where the official was, the body named before: 'a Foreign Ministry official in Tokyo'
                return actor.id
        if head == "official":
            # The official who spoke just before, going on: 'Iida said Japan would "review" ... "We had
            # a candid exchange," the Japanese official said.'
            # Not when someone else (of the country named) was named since, nor a scholar ('Lee Won-deok,
            # a professor ...').
            last = self.earlier[-1] if self.earlier else None
            nearest = next((s.actor.id for _, s in self._spots_before(index, spot.start)
                            if s.actor is not None and s.actor.kind == "person"
                            and (spot.country is None or s.actor.country == spot.country.name)), None)
            # Nor after an unnamed one said to speak since: '"...," Kono said. / ..., a ministry official said. "...,"
            # the official said.'
            since = 0
            if last is not None and last.paragraph == index:
                since = max(0, self.paragraphs[index].find(last.text.split(" … ")[-1].lstrip(" …")[-40:]))
            if (last is not None and index - last.paragraph <= 1 and self.kinds.get(last.speaker) == "person"
                    and not any(not self._in_quote(index, m.start())
                                for m in _UNNAMED_ONE.finditer(self.paragraphs[index], since, spot.start))
                    and nearest in (None, last.speaker) and self.roles.get(last.speaker)
                    and not any(_SCHOLAR.search(role) for role in self.roles[last.speaker])
                    and (spot.country is None or self.countries.get(last.speaker) == spot.country.name)):
                return last.speaker
        if head in ("official", "source") and spot.country is None:
            # The unnamed one who spoke just before, for a country or a body, going on: 'A source close to the
            # prime minister said Abe was "not in a hurry" ... "...," the source said.'
            last = self.earlier[-1] if self.earlier else None
            if (last is not None and index - last.paragraph <= 1 and self.kinds.get(last.speaker) in _BODY_KINDS
                    and _UNNAMED_ONE.search(self.paragraphs[last.paragraph]) is not None):
                return last.speaker
            # ... or who was said to say something just before in the paragraph, no quote: 'A ministry official said
            # Tuesday that Seoul had received no objection. "...," the official said.'
            said = [m for m in _UNNAMED_ONE_SAID.finditer(self.paragraphs[index], 0, spot.start)
                    if m["who"].lower() == head and not self._in_quote(index, m.start())]
            if said:
                one = self._group_speaker(index, said[-1].start(), said[-1].end(), first=True)
                if self.kinds.get(one) in _BODY_KINDS:
                    return one
        if spot.country is not None:
            # ... and 'the South Korean minister' after 'his South Korean counterpart Jeong Kyeong-doo',
            # whose role the text does not tell, is Jeong.
            if countryman and (head in _ANY_COUNTRYMAN or (roleless and head in _ROLE_DESCRIPTIONS)):
                return countryman
            # No one of that country named before: in the lead, the person of that country named
            # first in the paragraphs after it ("Japan's defense minister on Thursday urged ..." /
            # "Taro Kono, who spoke to reporters ..."); else the country speaks, as a body does
            # through its official.
            return self._named_after(index, spot) or spot.country.id
        return None

    def _named_after(self, index: int, spot: _Spot) -> str | None:
        """The first person of `spot`'s country named after it in the lead, with its role or none."""
        if index >= LEAD_PARAGRAPHS:
            return None
        for i in range(index, min(index + LEAD_PARAGRAPHS, len(self.paragraphs))):
            for later in self.spots[i]:
                actor = later.actor
                if (i == index and later.start < spot.end) or actor is None or actor.kind != "person":
                    continue
                if actor.country == spot.country.name and (
                    not actor.roles or any(_holds(spot.description, role) for role in actor.roles)
                ):
                    return actor.id
        return None

    def _spots_before(self, index: int, position: int) -> Iterator[tuple[int, _Spot]]:
        """(paragraph, spot) of the spots before `position` outside quotes, nearest first, back to the first paragraph."""
        for i in range(index, -1, -1):
            limit = position if i == index else len(self.paragraphs[i])
            for earlier in reversed(self.spots[i]):
                if earlier.start < limit and not self._in_quote(i, earlier.start):
                    yield i, earlier

    @cached_property
    def sexes(self) -> dict[str, str]:
        """The sex ('f' or 'm') of each person the article tells it of, and tells it of alike
        every time (see `_SEXED_PRONOUN`): 'Ms. Kang', 'Kang met her counterpart Kono'; where it tells
        nothing, as the role or the given name tells it ('spokeswoman', 'David R. Stilwell'). A pronoun
        that says who speaks ('..., she noted.') is no one's named before it in its sentence."""
        told: dict[str, set[str]] = {}
        named: dict[str, str] = {}
        for actor in self.actors:
            if actor.kind == "person":
                sex = _sex_of_role(actor.roles) or _sex_of_name(actor.name)
                if sex:
                    named[actor.id] = sex
        for i, text in enumerate(self.paragraphs):
            people = self._people_named(i, len(text))
            for k, spot in enumerate(people):
                sexes = told.setdefault(spot.actor.id, set())
                honorific = _SEXED_HONORIFIC.search(text, max(0, spot.start - 8), spot.start)
                if honorific is not None:
                    sexes.add("f" if honorific["f"] else "m")
                start, end = sentence_bounds(text, self.spans[i], spot.start)
                if k and people[k - 1].start >= start:
                    continue  # not the first person the sentence names
                if k + 1 < len(people):
                    end = min(end, people[k + 1].start)
                for pronoun in _SEXED_PRONOUN.finditer(text, spot.end, end):
                    if not self._in_quote(i, pronoun.start()) and not _SPEAKING_PRONOUN.match(text, pronoun.start()):
                        sexes.add("f" if pronoun["f"] else "m")
                        break
        found = {person: next(iter(sexes)) for person, sexes in told.items() if len(sexes) == 1}
        return {**{p: sex for p, sex in named.items() if not told.get(p)}, **found}

    def _last_person(self, index: int, position: int, pronoun: str | None = None) -> str | None:
        """Who 'he' or 'she' at `position` stands for: of the last sentence before it naming
        people (outside quotes, in this paragraph or before) and not opening with the same pronoun
        (whose subject that pronoun is: 'He also held talks with Motegi and said ...'), the person
        it names first, its subject most often ('Kang met Motegi in Nagoya. "…," she said.'). The `pronoun`'s sex
        passes over a person known to be of the other, and 'she' goes to the one woman known
        among them ('Kono met Kang. "…," she said.'), else to a sentence before."""
        sex = _SEX_OF_PRONOUN.get(pronoun.lower()) if pronoun else None
        i, limit = index, position
        # Not one named in a phrase of what the pronoun's own subject did, opening its sentence: 'Standing beside
        # Defense Minister Jeong Kyeong-doo in Seoul last Friday, he said ...' is not Jeong.
        start, _ = sentence_bounds(self.paragraphs[index], self.spans[index], position)
        if _DOING_OPENS.fullmatch(self.paragraphs[index], start, position):
            limit = start
        while i >= 0:
            people = self._people_named(i, limit)
            if not people:
                i -= 1
                limit = len(self.paragraphs[i]) if i >= 0 else 0
                continue
            text = self.paragraphs[i]
            start, _ = sentence_bounds(text, self.spans[i], people[-1].start)
            opening = _PRONOUN_OPENING.match(text, start) if pronoun else None
            if opening is not None and opening.group(1).lower() == pronoun.lower():
                # ... whose subject is the same pronoun: the people it names are not who speaks ('He also held
                # talks with Motegi and said ... "…," he said.'): the one the pronoun stood for before.
                limit = start
                continue
            chosen = self._first_of_sentence(i, people)
            if sex is None:
                return chosen
            named = [s.actor.id for s in people if s.start >= start]
            known = self.sexes.get(chosen)
            if known == sex or (known is None and sex == "m"):
                return chosen
            fitting = [p for p in named if self.sexes.get(p) == sex] or (
                [p for p in named if self.sexes.get(p) is None] if known is not None else [])
            if fitting:
                return fitting[0]
            if known is None:
                return chosen
            limit = start  # the sentences before it
        return None

    def _first_of_sentence(self, i: int, people: list[_Spot]) -> str:
        """Of the last sentence of paragraph `i` naming `people`, the one it names first (see `_last_person`)."""
        text = self.paragraphs[i]
        start, _ = sentence_bounds(text, self.spans[i], people[-1].start)
        named = [s for s in people if s.start >= start]
        # ... unless the sentence closes by saying who told it: 'Moon asked Abe to ..., Ko said in a
        # briefing. "…," she added.' is Ko.
        # (its role before the name too: ', his spokeswoman Ko Min-jung told reporters')
        telling = [s for s in named[1:] if _teller_before(text, s.start) and _TELLS.match(text, s.end)]
        if telling:
            return telling[-1].actor.id
        # ... and not the people of a phrase opening the sentence before its subject: 'Speaking in
        # Seoul after talks with his South Korean counterpart Jeong Kyeong-doo, Esper said ...'.
        fronted = _FRONTED.match(text, start)
        comma = text.find(",", start) if fronted else -1
        if comma >= 0 and _RELATIVE_AFTER.match(text, comma + 1):
            comma = -1  # a name's aside, no phrase's end: 'On Saturday Kang, who arrived on Friday, met Kono'
        # (nor a name set off in it: 'Standing next to South Korea's defense minister, Jeong Kyeong-doo, after the
        # talks on Friday, Esper argued ...')
        after = [s for s in named if s.start > comma] if comma >= 0 else []
        subject = next((s for s in after if not _PHRASE_GOES_ON.match(text, s.end)), after[0] if after else None)
        if subject is None and comma >= 0:
            # (or the one a description right after it stands for: 'After talks with Jeong, the Pentagon chief said')
            described = next((s for s in self.spots[i] if s.start > comma
                              and text[comma + 1:s.start].strip() in ("", "the", "The")), None)
            if described is not None and described.description is not None:
                person = self._described(i, described)
                if self.kinds.get(person) == "person":
                    return person
        return (subject or named[0]).actor.id

    def _actor_ends_at(self, index: int, position: int) -> bool:
        """True if an actor's name, or a pronoun for a person, ends just before `position`
        ('Japan and ...', 'he and Yoon agreed')."""
        text = self.paragraphs[index]
        return any((s.actor is not None or s.pronoun in PERSON_PRONOUNS) and s.end <= position
                   and not text[s.end:position].strip() for s in self.spots[index])

    def _in_quote(self, index: int, position: int) -> bool:
        return any(span.covers(position) for span in self.spans[index])

    def _speech_verbs(self, index: int, start: int, end: int) -> list[Token]:
        """Speech verbs in [start, end), outside quotes and actors' names, as paragraph tokens."""
        text = self.paragraphs[index]
        headline = reads_as_headline(text)
        verbs = []
        for token in tokenize(text[start:end]):
            spoken = token.lower in SPEECH_VERBS or (  # 'As Han Min-koo put it, "…"'
                token.lower == "put" and _IT_AFTER.match(text, start + token.end) is not None
            ) or (token.lower == "spoke" and _SPOKE_OF.match(text, start + token.end) is not None) or (
                # 'As the statement issued by Foreign Minister Kono last night made clear, ... "..."'
                token.lower == "made" and _CLEAR_AFTER.match(text, start + token.end) is not None
                and _AS_BEFORE.search(text, 0, start + token.start) is not None
            ) or (
                token.lower == "continued" and _AFTER_A_QUOTE.search(text, 0, start + token.start) is not None
            )
            if not spoken or (token.text[0].isupper() and not headline):
                continue
            if token.lower in _COMMITTED and not _COMMITTED_TO.match(text, start + token.end):
                continue  # a deed, not a pledge: 'Japan committed a "diplomatic discourtesy"' ('committed to')
            at = start + token.start
            if token.lower.endswith("ing") and _GERUND_AFTER.search(text, 0, at):
                continue  # a noun's doing, no one speaking: 'was "extremely important" in responding to North Korea'
            if self._in_quote(index, at) or any(s.start <= at < s.end for s in self.spots[index]):
                continue
            verbs.append(token._replace(start=at, end=start + token.end))
        return verbs


def _clause_start(text: str, start: int, end: int) -> int:
    """Start of the clause that ends at `end`: after the last ', while', ', but', ';', or a colon
    before a capital ('America had pressed Seoul hard: Mike Pompeo ... said')."""
    best = start
    pattern = r"(?:;\s*|:\s+(?=[A-Z])|,\s*(?:%s)\s+)" % "|".join(sorted(CLAUSE_OPENERS))
    for match in re.finditer(pattern, text[start:end]):
        best = start + match.end()
    return best


def _own_clause_between(text: str, start: int, end: int) -> bool:
    """Whether a clause of its own, joined by a comma and a conjunction or by a semicolon, opens in [start, end); not
    one going on with what was reported ('and that ...'), nor a phrase set off by commas (', after talks with ...,')."""
    opened = [m.end() for m in _OWN_CLAUSE.finditer(text, start, end)]
    return bool(opened) and not text.startswith("that ", opened[-1])


def _reported_on(text: str, start: int, end: int) -> bool:
    """Whether a clause reported with no 'that' goes on from `start` to `end`: no comma between ('Suga said the
    government had urged Seoul to make a "wise decision"'; not 'said Washington was disappointed, after the Pentagon
    issued a statement saying')."""
    return "," not in text[start:end]


def _past_introduction(text: str, start: int, end: int) -> int:
    """Past an opening phrase before the subject: 'At a press conference in Ottawa, '."""
    first = re.match(r"\s*[\"“‘'(]?([A-Za-z]+)", text[start:end])
    if not first:
        return start
    word = first.group(1)
    if word in INTRODUCTORY_WORDS or (word[0].isupper() and word.endswith(("ing", "ed"))):
        comma = text.find(",", start, end)
        if comma > 0:
            return comma + 1
    return start


def _is_adverbial(tokens: list[Token], k: int) -> bool:
    """True for an adverb or a date between a subject and its verb ('also', 'on Nov. 22', 'last month')."""
    token = tokens[k]
    if token.lower in _ADVERBS or token.text in DATE_WORDS or token.text[:1].isdigit():
        return True
    if token.lower in _SPAN_NOUNS and k >= 1 and tokens[k - 1].lower in _SPAN_OPENERS:
        return True
    return token.lower in ("on", "in", "at", *_SPAN_OPENERS) and k + 1 < len(tokens) and (
        tokens[k + 1].text in DATE_WORDS or tokens[k + 1].text[:1].isdigit()
        or (token.lower in _SPAN_OPENERS and tokens[k + 1].lower in _SPAN_NOUNS)
    )


# One who speaks for a body named before their post, and where they were: 'a Foreign Ministry official in Tokyo'
# (not 'an official in Tokyo').
_POSTED_AT_BODY = re.compile(
    r"\b(?!(?:A|An|The)\s)[A-Z][\w.'’-]*\s+(?:official|officials|spokesman|spokeswoman|spokesperson|diplomats?"
    r"|aides?)\s+in\s+(?:the\s+)?$"
)
_SPAN_NOUNS = frozenset({"week", "month", "year", "weekend"})
_SPAN_OPENERS = ("last", "this", "next", "earlier", "later")


def _ends_noun_phrase(token: Token) -> bool:
    """True for a token a noun phrase does not reach across, going back from its head."""
    punctuation = not token.text[:1].isalnum() and not token.is_possessive and token.text != "-"
    return punctuation or token.lower in _PHRASE_BREAKS or token.lower in _DETERMINERS


def _holds(head: str, role: str, top: bool = False) -> bool:
    """Whether a description's head names the role: 'minister' in 'Foreign Minister', 'premier'
    for 'Prime Minister', 'spokesman' for any spokesperson and, with `top` ('the top government spokesman'),
    for Japan's 'Chief Cabinet Secretary'."""
    if out_of_office(role):
        return False  # 'the premier' is no 'Former Prime Minister'
    words = role.lower().split()
    return head in words or (head in _PREMIER and "prime minister" in role.lower()) or (
        head in _SPOKESPEOPLE and (bool(_SPOKESPEOPLE.intersection(words))
                                   or (top and "chief cabinet secretary" in role.lower())))


def _same_phrase(gap: str) -> bool:
    """True if the words between two names keep them in one noun phrase ('U.S. Secretary of Defense'), the first
    one's short name in brackets too ('Democratic United Party (DUP) floor leader')."""
    gap = _SHORT_NAME_OPENING.sub("", gap)
    if re.search(r"[,;:()]", gap):
        return False
    words = re.findall(r"[\w.’'-]+", gap)
    for before, word in zip(["", *words], words):
        lower = word.lower().strip(".")
        if lower in ("'s", "’s", "of", "the", "s") or lower in ROLE_HEADS or lower in ROLE_MODIFIERS:
            continue
        if lower == "to" and before.lower() in _ACCREDITED:
            continue  # 'U.S. Ambassador to South Korea Harry Harris'
        if lower in PARTY_ADJECTIVES:
            continue  # 'Rep. Lee Soo-hyuck of the ruling Democratic Party'
        if lower in _MEDIA_NOUNS:
            continue  # "the ruling Workers' Party newspaper Rodong Sinmun"
        if not word[:1].isupper():
            return False
    return True


_OPENING_BRACKET = re.compile(r"\s*\(")
# A body of a state's government, by its name: 'U.S. State Department', 'Pentagon', 'Japanese Foreign Ministry'.
_GOVERNMENT_BODY = re.compile(
    r"\b(?:Department|Ministry|Pentagon|White House|Cabinet|Cheong Wa Dae|Embassy|Consulate|Joint Chiefs of Staff"
    r"|Forces?|Command|Army|Navy|Prime Minister's Office|National Security (?:Council|Office))\b"
)
# A body's short name in brackets after its name: ' (DUP)'.
_SHORT_NAME_OPENING = re.compile(r"^\s*\([A-Z][\w.&-]{1,8}\)")
# What a body's outlet is: "the Workers' Party newspaper Rodong Sinmun", 'the state broadcaster KBS'.
_MEDIA_NOUNS = frozenset({"newspaper", "daily", "broadcaster", "mouthpiece", "organ"})
# Roles held 'to' a country or body: 'Ambassador to South Korea', 'special envoy to the UN'.
_ACCREDITED = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary"})

# A comma, and the title of the name after it: ', ', ', Chief Cabinet Secretary '.
_COMMA_AND_TITLE = re.compile(r"\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,4}")


# Words after a one-word quote that show it is no adjective of a noun: '"retaliation" for the rulings'.
_LINKING_WORDS = frozenset("""
for to of in on at by with from as and or but than that because after before since against over about
""".split())
# The most words after the verb of an attribution closing a sentence: 'he told reporters on Thursday';
# none of them telling what was said.
_MAX_CLOSING_WORDS = 4
_IN_ON_AT = frozenset({"in", "on", "at"})
# A verb in the past: the clauses the rules below look for are told so.
_PAST_FORM = r"(?:made|took|gave|came|went|was|were|had|did|[a-z]+[^e\W\d_]ed)"
# A phrase opened by a bound after a comma: '..., before dawn on the U.S. East Coast, saying'.
_BOUND_PHRASE = re.compile(r",\s*(?:before|after)\s+$")
# Any verb of a clause between a name and its verb (see `_finite_subject`).
_A_VERB = re.compile(rf"\b(?:spoke|said|met|has|{_PAST_FORM})\b")
# A subordinating word right before a name (its title between): 'after Takeshi Okazaki', 'when Foreign Minister Kono'.
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|when|as|because|since|before|while|though|although|until|once)\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
# An aside telling where or how someone spoke, between the subject and the verb: ', speaking in Ottawa,'.
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:speaking|writing|talking|visiting|appearing|addressing|responding|asked)\b[^,;\"“”]{0,60},\s*$"
    # ... or whose account it is, named with their post: 'Mr. Moon, according to his spokeswoman, Ko Min-jung, told'
    r"|,\s+according to\b[^,;\"“”]{1,60}(?:,\s+[A-Z][^,;\"“”]{1,40})?,\s*$"
)
# A name and a verb in the past after the verb: a clause, what was said ('..., a move Seoul says Tokyo made in July').
# (or the verb of a clause whose subject came before: '..., a move Moon says damaged ties', '... a policy Moon says
# Abe must abandon')
_CLAUSE_AFTER_VERB = re.compile(
    rf"\b[A-Z][\w.'’-]*\s+{_PAST_FORM}\b|\b(?:must|should|could|can|may|might|will|would)\s+[a-z]"
)
# ... or a verb right after one that takes no object ('says damaged'; not 'told assembled reporters').
_VERB_RIGHT_AFTER = re.compile(rf"\s+{_PAST_FORM}\b")
# A speaker named right after a verb that takes no object: '..., said a Cheong Wa Dae official', '..., said Kim'.
_SAID_VERBS = frozenset({"said", "says", "added", "adds", "noted", "notes", "wrote", "writes"})
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:a|an|the|one|another)\b|[A-Z])")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# Someone unnamed of a body unnamed, after the verb: 'said an executive at a Japanese trading house', 'said a
# Japanese analyst at a think tank' (not 'said a Pentagon spokesman at a news conference': see `_tail_speaker`).
_UNNAMED_AT_A = re.compile(r"\s+an?\s+(?:[\w.-]+\s+){0,2}?[a-z]+\s+(?:at|with|from|of|for)\s+an?\s")
# A relative clause right before a speech verb: ', which has renamed the drills ..., ', ', which has set a deadline
# and has'.
# (not a clause of the main one after a comma: 'Japan has criticised South Korea, which refuses to budge, and has said')
_RELATIVE_TO_VERB = re.compile(
    r",\s+(?P<pronoun>which|who)\s+(?:[^;:,]{3,200}?\s+(?P<and>and)\s+(?:has|have|had)|[^;:]{3,200}?,)\s*$"
)
# One unnamed who used to hold a post: 'A former US official', 'a former senior diplomat'.
_UNNAMED_FORMER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+former\s+(?:[\w.'’-]+\s+){0,3}?(?P<head>official|diplomat|aide|adviser|advisor|officer"
    r"|negotiator)\b"
)
# One unnamed, then who they are or where they are (see `_tail_speaker`).
_UNNAMED_WHO = re.compile(
    r"\s+(?P<one>(?:an?|one)\s+(?:[\w.'’-]+\s+){0,4}?(?:official|diplomat|colonel|general|officer|analyst|expert"
    r"|aide|adviser|advisor|lawmaker|negotiator|scholar|veteran|spokes(?:man|woman|person)|staffer|observer|person"
    r"|man|woman|resident))(?:,?\s+(?P<who>who)\b|\s+in\s+(?-i:[A-Z]))"
)
# ... where they work now: ' works at', ' is with'.
_WORKS_AT = re.compile(r"\s+(?:works|is|are)\s+(?:\w+\s+)?(?:at|for|with|in)\b")  # ('who is posted at')
# The capitalised words of a title before a name ('Chief Cabinet Secretary '), or none.
_TITLE_WORDS = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+)*")
_CLOSING_REST_WORDS = frozenset({"that", "was", "were", "is", "are", "would", "will", "had", "has"})

# A modal or 'to' just before a verb: what is to be done, not done.
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|may|must|to)\s+$")

# Whose one the name after the comma is: "'s chief spokesman, ", "'s top envoy, Special Representative ".
# A role, then a comma and a title before a name: "(Abe)'s chief spokesman, (Yoshihide Suga)", "(the chief US)
# negotiator, Mr (James DeHart)".
_ROLE_AND_TITLE = r"(?P<role>[\w-]+(?:\s+[\w-]+){0,3}?)\s*,\s*(?P<title>(?:[A-Z][\w.'’-]*\s+){0,4})"
_POSSESSED_ROLE = re.compile(r"['’]s\s+" + _ROLE_AND_TITLE)
_COUNTRY_ROLE = re.compile(r"\s+" + _ROLE_AND_TITLE)


def _sets_off_its_holder(phrase: str) -> bool:
    """Whether a role phrase is one the name set off after it holds: a role ('the State Department's lead negotiator',
    'the chairman of the Joint Chiefs', 'a spokeswoman for the ministry', 'a lawyer for the plaintiffs', 'an adviser
    to President Moon Jae-in'), not one serving a person named by a role or as one ('a spokesman for the foreign
    minister', 'an aide to the minister of foreign affairs', 'a lawyer for the victim')."""
    many = _ONE_OF.match(phrase.strip())
    one = many and PLURAL_ROLE_HEADS.get(many["many"].lower(), many["many"].lower()[:-1])
    if one in ROLE_HEADS or one in _ONE_SERVED:
        # one of many who hold a role, as one who holds it: 'one of the plaintiffs', 'one of his aides', 'one of
        # the lawyers for the plaintiffs' (not 'one of the aides to the foreign minister')
        return _sets_off_its_holder(f"a {one}{many['rest']}")
    served = _SERVING.search(phrase)
    if served is None:
        last = phrase.split()[-1:]
        # (one served only where no one else's role or clause comes before: 'a 95-year-old victim', not 'a lawyer
        # representing the victim', 'an aide who met the victim')
        return bool(last) and (last[0].lower() in ROLE_HEADS or (last[0].lower() in _ONE_SERVED and not any(
            w in ROLE_HEADS or w in ("who", "that", "which") for w in phrase.lower().split()[:-1])))
    if not any(w in ROLE_HEADS for w in phrase[:served.start()].lower().split()):
        return False
    words = phrase[served.end():].split()
    return not any(
        _one_person_named_as(w) and not (  # (a title before a name: 'to President Moon Jae-in')
            k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1].lower() not in _SERVING_WORDS)
        for k, w in enumerate(words)
    )


def _one_person_named_as(word: str) -> bool:
    """Whether a word names one person by a role or as one a role serves: 'minister', 'victim' (not 'ministers')."""
    lower = word.lower()
    return (lower in ROLE_HEADS and lower not in PLURAL_ROLE_HEADS) or lower in _ONE_SERVED


# One of several: 'one of the plaintiffs', 'another of his aides', 'one of Abe's aides'.
_ONE_OF = re.compile(
    r"(?:one|another)\s+of\s+(?:the|its|his|her|their|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<many>[\w-]+s)\b(?!['’])(?P<rest>.*)", re.S)
# One person a role may serve, named after it: 'a lawyer for the victim, Lee Chun-sik'.
_ONE_SERVED = frozenset("victim plaintiff abductee survivor widow son daughter wife husband mother father".split())


def _set_off_after(text: str, end: int) -> bool:
    """Whether a name ending at `end` is set off after it: by a comma, or by its sentence's end ("said the State
    Department's lead negotiator, James DeHart.")."""
    return text[end:end + 1] == "," or bool(_SENTENCE_END_AFTER.match(text, end))


_SENTENCE_END_AFTER = re.compile(r"[.!?](?:\s|$)|$")
# After 'it': 'it said, citing ...', 'it said in a statement'.
_CITING = re.compile(r"\s+(?:said|reported|added|says)\s*,?\s+(?:citing|quoting)\b")
_IN_A_STATEMENT = re.compile(r"\s+(?:said|added|says)\s+in\s+(?:a|its|the)\s+(?:[\w-]+\s+)?statement\b")
# What ties a role to another's: 'a spokesman for', 'an aide to', 'an official close to', 'a letter sent to'.
_SERVING_WORDS = frozenset("for to of at with from by under".split())
_SERVING = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_SERVING_WORDS)))


def _after_comma_and_title(text: str, start: int) -> bool:
    """Whether a comma stands before `start`, a title between them or none: "Mr. Moon's spokeswoman,
    Ko Min-jung,", 'A Pentagon spokesman, Lieutenant Colonel Dave Eastburn,'."""
    comma = text.rfind(",", 0, start)
    return comma >= 0 and bool(_COMMA_AND_TITLE.fullmatch(text, comma, start)) and _titles_only(text[comma:start])


def _titles_only(gap: str) -> bool:
    """Whether the words of `gap` are all a title's: 'Chief Cabinet Secretary', 'Gen.'."""
    return all(
        word.lower() in ROLE_HEADS or word.lower() in ROLE_MODIFIERS or word in HONORIFICS
        for word in re.findall(r"[\w.'’-]+", gap)
    )


# Between a name and the body it is of: ' of ', ' of the ', ' of the ruling '.
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:%s)\s+)*" % "|".join(sorted(PARTY_ADJECTIVES | {"opposition"})))


# Between a person and the body they work at: ' at ', ' at the '.
_AT_GAP = re.compile(r"\s+at\s+(?:the\s+)?")


def _written_by_paragraph(actors: Sequence[Actor]) -> dict[int, list[tuple[Actor, set[str]]]]:
    """For each paragraph, the actors mentioned in it (in order) and the texts of those mentions.

    One pass over the mentions instead of one per paragraph. Each set is
    filled in mention order, as a set built per paragraph would be: the same
    order of iteration.
    """
    by_paragraph: dict[int, list[tuple[Actor, set[str]]]] = {}
    for actor in actors:
        forms: dict[int, set[str]] = {}
        for mention in actor.mentions:
            forms.setdefault(mention.paragraph, set()).add(mention.text)
        for index, texts in forms.items():
            by_paragraph.setdefault(index, []).append((actor, texts))
    return by_paragraph


def _whole_word_places(text: str, words: str) -> list[int]:
    """Where `words` stands in `text` with no word character right before or after it.

    What re.finditer(r"(?<!\\w)WORDS(?!\\w)") finds, left to right and not
    overlapping, without compiling a pattern for every name of every article.
    """
    places: list[int] = []
    at = text.find(words) if words else -1
    while at >= 0:
        end = at + len(words)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            places.append(at)
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return places
