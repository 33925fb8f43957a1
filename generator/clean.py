"""Clean an article: boilerplate out, metadata in.

The text is read as units — a line, or the lines of one hard-wrapped
paragraph — and every unit gets one fate:

1. chrome glued to a unit (leaked tags, an icon-label run, a wire trailer,
   a radio-script cue) is cut out of it (`boilerplate.*_FRAGMENTS`);
2. each unit is classified by the line groups of `boilerplate` and by shapes
   that need the whole page: a date stamp, a byline, a caption (a line with a
   photo credit, or ending in a wire credit anywhere but at the end), a line
   printed twice, a line that is the opening of a longer one;
3. the body starts at the first unit that reads like prose or opens with a
   dateline (past a standfirst: a short line before the dateline, or above the
   byline or date stamp); the units before it are the page header, where the
   headline is found and everything else is chrome;
4. in the body chrome is dropped, captions go with the alt text before them,
   a related-stories heading drops the short lines after it, and a footer
   group (paywall, sponsored block, comment section) or a wire's end mark on
   a line of its own ('(END)', before the next story's headline) ends the article,
   unless it is a bare sponsored label the story goes on after (an ad slot)
   or a comments button among share buttons;
   a last paragraph that only says who the writer is goes too;
5. metadata is read from what was found, what the sidecar states first
   (`metadata.extract_*`).

An article in a script other than Latin (Korean, Japanese, Chinese) is read
the same way; only an article in Latin script treats a line in another script
as chrome. Text past the size limits below is rejected, not cut: every step
is linear in the number of lines, but what follows the cleaner is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import PurePath

from . import boilerplate as bp
from . import fragments, metadata
from .errors import InputError
from .lexicon import GIVEN_NAMES, KOREAN_SYLLABLE, PLURAL_ROLE_HEADS, ROLE_HEADS, ROLE_MODIFIERS
from .models import CleanArticle, Dateline, RawArticle, Source
from .names import person_name
from .sentences import LIST_MARKS, SPEAKER_LABEL, split_sentences
from .slugs import slugify
from .tokens import ABBREVIATIONS, lower_for_patterns

# A first body paragraph has at least this many words (unless it opens with a dateline).
BODY_MIN_WORDS = 12
# A headline has at most HEADLINE_MAX_WORDS words. Printed once, it has at
# least HEADLINE_MIN_WORDS: shorter lines above the body are section labels
# ('International relations'), unless no longer line is there.
HEADLINE_MAX_WORDS = 30
HEADLINE_MIN_WORDS = 4
# Lines between a writer's name and the date stamp: the name again, their post.
WRITER_LINES = 3
WRITER_POST_MAX_WORDS = 15
# A writer's credit inside the story, with the outlet and the place: 'Laura Bicker, BBC News, Seoul'.
WRITER_CREDIT_MAX_WORDS = 10
# A byline crediting no writer but a newsroom and a wire: 'By Euronews with AP', 'By CNN Staff'.
_CREDIT_OF_NEWSROOM = re.compile(r"^By [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?: (?:with|and|&) [A-Z][\w.&'’ -]{1,30})?$")
# A gallery's counter over each picture: '1 of 9'; and a picture's credit closing its caption: '[Jung Yeon-je/AFP]',
# '[Yonhap via Reuters]'.
# (or 'Photo 1 of 8', '[1 / 8]', '◀ 1/10 ▶')
_GALLERY_COUNTER = re.compile(
    r"(?:◀\s*|Photo\s+|\[\s*)?(?P<n>\d{1,2})\s*(?:\sof\s|/)\s*(?P<m>\d{1,2})(?:\s*▶|\s*\])?")
# A picture's credit after its caption: in square brackets with a slash ('[Jung Yeon-je/AFP]'), in round ones with a
# slash or an agency's name ('(AP Photo/Jae C. Hong)', '(Noel Celis/Pool Photo via AP)', '(AP-Yonhap)'), after a bar
# or a slash ('| KYODO', ' / Yonhap'), or a wire's photographer glued on ('REUTERS/Athit Perawongmetha').
_TRAILING_PICTURE_CREDIT = re.compile(
    r"\s*\[[^\[\]]{2,60}(?:/|\svia\s)[^\[\]]{1,60}\]\s*$"
    rf"|\s*\((?:[^()]{{2,60}}(?:/|\svia\s)[^()]{{1,60}}|(?:{bp.AGENCY})(?:\s?[-/]\s?(?:{bp.AGENCY}))*)\)\s*$"
    rf"|\s+[|/]\s*(?:(?:{bp.AGENCY})(?:\s?[-/]\s?(?:{bp.AGENCY}))*|[A-Z][A-Z .'’]{{2,30}})\s*$"
    rf"|(?<=[.!?”\"])\s*(?:{bp.AGENCY})/[\w .'’-]{{2,40}}$"
)
GALLERY_MIN_PICTURES = 3
GALLERY_MAX_TEXT = 2
# ... or more, where there are more than this many pictures to each of them.
GALLERY_TEXT_SHARE = 3
GALLERY_BUTTON_WORDS = 3
# The year a copyright line gives: '© 2019 Nikkei Inc.', 'Copyright (C) 2019'.
# (the last of a span: '© 2005-2021 Nikkei Inc.')
# (after the holder too: '© EFE 2019')
_COPYRIGHT_YEAR = re.compile(r"(?:©|ⓒ|\((?i:c)\)|(?i:copyright))\s*(?:(?i:copyright|\(c\))\s*)?"
                             r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+)?"
                             r"(?P<year>(?:19|20)\d\d)\b(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d)\b)?")
# A deck glued to its headline: a word of small letters (after a space or a hyphen) running into a capitalised one,
# 'U-turnForeign ministers', "effectSeoul's".
_GLUED_DECK = re.compile(r"(?:^|(?<=[\s-]))[a-z]{3,}(?=[A-Z][a-z'’]+\s)")
GLUED_PART_MIN_WORDS = 4
# ... the headline before it this long at least (not a brand in a short phrase: 'Japanese crypto exchange bitFlyer').
GLUED_HEADLINE_MIN_WORDS = 6
# How long a lead printed twice is at least, not a caption's copy.
REPEATED_LEAD_MIN_WORDS = 15
# How much of the lead's opening a line holds to be a copy of it.
LEAD_PROBE_CHARS = 60
# A digest's title: 'Yonhap News Summary', 'News in Brief', 'Morning Headlines'.
_DIGEST_TITLE = re.compile(r"\b(?:Summary|Digest|Headlines|Round-?up|Briefing|in Brief)\b", re.IGNORECASE)
# A press release's subtitle between dashes under its headline: '- Japan to be placed in new "Ga-2" region -'.
_DASHED_DECK = re.compile(r"^[-–—]\s.+\s[-–—]$")
# Words that name a series or a show, not a paper: 'The Morning Explainer', 'The Korea Divide'.
_SERIES_WORDS = (
    r"(?:Explainer|Explained|Briefing|Brief|Digest|Roundup|Rundown|Report|Podcast|Show|Interview|Take|View|Debate"
    r"|Divide|Week|Weekly|Morning|Evening|Big|Long|Latest|Story|Stories|Download|Agenda|Dispatch|Update|Lowdown"
    r"|Conversation|Question|Answer|Series|Special|Live|Board|Editorial|Editors|Desk|Team|Staff)"
)
# A paper's name on a page's first line, or its logo's label: 'The Argus', 'Vox homepage' (not 'The Latest', 'The
# World News').
_FIRST_LINE_SITE = re.compile(
    rf"(?P<site>The(?! (?:Latest|Big|Week|Daily Briefing|(?:{bp.SECTION_WORDS})\b))"
    rf"(?:(?! {_SERIES_WORDS}\b) [A-Z][\w'’&.-]+){{1,3}})"
    r"|(?P<logo>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}) homepage"
)
# A box inside a story over its title: a stock's code, a video's length.
_BOX_OVER_TITLE = re.compile(r"^(?:\d{3,6}-[A-Z]{2}|VIDEO(?:\s?\d{1,2}:\d\d(?::\d\d)?)?)$")
BOX_TITLE_MAX_WORDS = 14
# ... and a player's button under its video's title ('President Biden Holds a Trilateral Press Conference with ...' /
# 'Watch on YouTube'), a title as long as a headline may be; a label over it ('Full press conference:').
_PLAYER_UNDER_TITLE = re.compile(r"^Watch on (?:YouTube|Vimeo|Facebook|X|Twitter)$", re.IGNORECASE)
VIDEO_TITLE_MAX_WORDS = 30
VIDEO_LABEL_MAX_WORDS = 5
# A pull quote's label, and the words it prints again under it (so many at most): 'Pull Quote' / 'Whether Camp David
# matters will depend less on communiqués than on connecting three militaries.'
_PULL_QUOTE_LABEL = re.compile(r"^Pull[ -]?quote$", re.IGNORECASE)
PULL_QUOTE_MAX_WORDS = 45
# Who posted an embedded post and when, under its text: '— Donald J. Trump (@realDonaldTrump) August 9, 2019'.
_POSTED_BY = re.compile(bp.POSTED_BY)
# An embedded post's or a poll's first and last lines, and how many lines stand between them at most.
_EMBED_OPENS = re.compile(rf"(?P<instagram>{bp.POST_VIEWED})|(?P<poll>{bp.POLL})")
_EMBED_CLOSES = {"instagram": re.compile(bp.POST_SHARED_BY), "poll": re.compile(bp.VOTES)}
EMBED_MAX_LINES = 8
# A section's name has at most this many words.
SECTION_LABEL_MAX_WORDS = 4
# Words of a caption telling what a picture shows: 'a file image of', 'pictured'.
_PICTURE_WORDS = re.compile(r"\b(?:file (?:image|photo|picture)|pictured|photographed|in this photo|seen here)\b")
# A byline or stamp stands so many units under the headline at most (its standfirst, a widget and a byline between).
CREDIT_UNDER_HEADLINE = 4
# The writer's name signing off stands among the story's last lines, so many.
SIGNED_OFF_TAIL = 3
# A sentence over a credit has this many words at least to be a photo's caption.
CAPTION_MIN_WORDS = 6
# Lines of a hard-wrapped paragraph are this many characters long.
WRAP_WIDTH = (40, 100)
# A line shorter than this is no wrapped line of a paragraph: a label.
WRAPPED_LINE_MIN_CHARS = 20
# A page with no more body lines than this was flattened into one line when
# captured: its headline may be glued to what follows it.
FLAT_PAGE_UNITS = 2
# A standfirst above the byline is short: a sentence or two (see `_Page._standfirst`).
STANDFIRST_MAX_WORDS = 45
# A standfirst with no full stop over a datelined lead is a sentence this long at least, not the first item's
# headline in a round-up ('U.S. expresses concern over Seoul's decision to end GSOMIA' / 'WASHINGTON, Aug. 22 ...').
STANDFIRST_MIN_WORDS = 15
# How many words a key point over the lead has at least: '* Korean won firms 0.6% vs dollar'.
KEY_POINT_MIN_WORDS = 4
KEY_POINTS_MAX = 6
_KEY_POINTS_LABEL = re.compile(r"^(?:Key [Pp]oints|Key [Tt]akeaways)\s*:?$")
# Lines shorter than this are not compared for echoes: short lines repeat by chance.
ECHO_MIN_WORDS = 8
# The story goes on after a sponsored label when the next paragraph shares
# so many words of five letters or more with the body above it.
SLOT_SHARED_WORDS = 2
# ... or, the story's last paragraph after an ad card, so many (an offer names the story's places too).
AD_LAST_SHARED_WORDS = 3
# A paywall's box inside the story: how many lines it has at most, how many words each of its points, and how many
# paragraphs of the story go on after it at least.
PAYWALL_BOX_LINES = 8
PAYWALL_POINT_WORDS = 14
STORY_AFTER_PAYWALL_BOX = 4
PROSE_AFTER_BOX_WORDS = 25
# The story goes on after a box of one dated headline inside it in so many paragraphs at least (see `read_body`).
BOXED_STORY_GOES_ON = 3
# An ad card between two sponsored labels inside the story holds at most so many short lines.
AD_CARD_LINES = 3
# A picture's button over its caption, and the caption's button under it, its credit between them at most (see
# `_Page`): 'Enlarge this image' / the caption / 'Jung Yeon-je/AFP/Getty Images' / 'hide caption'.
_PICTURE_BUTTON = re.compile(bp.PICTURE_BUTTON, re.IGNORECASE)
_CAPTION_BUTTON = re.compile(bp.CAPTION_BUTTON, re.IGNORECASE)
CAPTION_BUTTON_AFTER = 2
# A caption beside a lone photo credit is one sentence of at most
# CAPTION_MAX_WORDS words, its verb within the first CAPTION_VERB_WITHIN.
CAPTION_MAX_WORDS = 30
CAPTION_VERB_WITHIN = 12
# A caption with no credit naming its person as the story does further down names them in so many
# words at least, with the person's office ('Kim You-geun, the first deputy chief of the National
# Security Office at Cheong Wa Dae,'); a story names its people again in fewer ("South Korea's
# Foreign Minister Kang Kyung-wha").
CAPTION_SUBJECT_WORDS = 10
# ... and this many opening the paragraph under it ('Liberty Korea Party leader Hwang Kyo-ahn'), the caption showing
# someone posed, the paragraph telling in the past what they did.
CAPTION_LEAD_SUBJECT_WORDS = 4
_POSED = re.compile(r"sits|stands|poses|speaks|waves|shakes|gestures|smiles|bows|listens|looks|holds|walks|salutes"
                    r"|claps|applauds|reads|watches|greets|answers|addresses")
_PAST_VERB = re.compile(r"(?:on\s+[A-Z][a-z]+day\s+)?"
                        r"(?:[a-z]+ed|said|began|held|met|made|told|went|took|gave|spoke|sat|stood|led|won)\b")
# Such a caption, or one right above the dateline, may be longer, its verb further in.
PLACED_CAPTION_MAX_WORDS = 45
PLACED_CAPTION_VERB_WITHIN = 25
# A note on the writer after the piece is at most this long.
WRITER_NOTE_MAX_WORDS = 40
# A writer's name alone at the story's end ('OKADA Hiroki', 'Aya Nakamura'), and the note under it
# opening with what the writer is ('Professor at the Faculty of ...').
_NAME_OVER_NOTE = re.compile(
    r"^(?:[A-Z][A-Za-z'’-]+|[A-Z]{2,}) (?:[A-Z][A-Za-z'’-]+|[A-Z]{2,})(?: [A-Z][A-Za-z'’-]+)?$"
)
_WRITER_BIO = re.compile(
    r"^\*?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?: \([^)]*\))? (?:is|was|serves as|has been|has worked as) "
    r"(?:a |an |the )?(?:[\w’'-]+ ){0,6}?(?i:fellow|professor|director|chair|adviser|advisor|analyst|editor|writer"
    r"|correspondent|columnist|researcher|scholar|president|journalist|lecturer|chief|reporter|commentator"
    r"|contributor|manager|associate|officer|specialist|coordinator|consultant)\b"
    # ... or an envoy's or a minister's, writing, the post right after the verb: 'Nam Gwan-pyo is the Ambassador of
    # the Republic of Korea to Japan.', 'Cory Gardner is a U.S. senator from Colorado' (not 'Moon Jae-in is expected to
    # name a new foreign minister', 'Lee Nak-yon is the prime minister, a post with little power')
    r"|^\*?(?P<envoy>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is|has been|serves as) (?:the |a |an )?"
    r"(?:(?:[A-Z][\w.'’-]*|former|prime|vice|deputy|ruling|opposition|senior|retired|veteran|[a-z]+-term)\s+){0,4}"
    r"(?i:ambassador|minister|envoy|senator|lawmaker)\b"
    # (a note, no sentence of the story going on: not 'Harry Harris is the U.S. ambassador to South Korea, a post he has
    # held since July 2018.', 'Cory Gardner is a U.S. senator who has pressed both sides to keep the pact')
    r"(?![^.]*(?:\bwho\b|\bwhich\b|, a post\b|\bsince\b))"
    # ... a post held before set off by commas, then a scholar's: 'Scott Harrison, a former State Department official,
    # is a senior fellow at ...' (not 'Kim Hyun-chong, a former trade minister, is now the second deputy director of
    # the National Security Office.')
    r"|^\*?(?P<former>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}), (?:an? |the )?former [^,]{3,60}, (?:is|was) "
    r"(?:now )?(?:a |an |the )?"
    r"(?:senior |visiting |non-?resident |adjunct |research |assistant |associate )*(?i:fellow|professor|scholar"
    r"|researcher|analyst|lecturer)\b"
    # ... or a student writing for a student paper, their class year after the name and their post with the paper
    # set off by commas: 'Daniel J. Whitcombe ’21, a Crimson Editorial Writer, is a Government concentrator in Lowell
    # House.', 'Mizuki Tanaka is a third-year student in the Faculty of Law at Kyushu University.' (not 'Yang
    # Geum-deok, one of the plaintiffs, was a 13-year-old student when ...')
    r"|^\*?(?P<student>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?: [’']\d\d)?"
    r"(?:, (?:an?|the) [^,]{0,40}?(?i:writer|editor|columnist|contributor|correspondent|reporter|intern)\b[^,]{0,20},)?"
    r" is (?:currently |also |now )?(?:a |an )(?:[\w’'.-]+ ){0,4}?(?i:student|concentrator|(?:Ph\.?\s?D\.?|doctoral"
    r"|master['’]s) candidate|undergraduate)"
    r"(?: and [\w ]{3,30}?)?\s+(?:at|in|of|studying|concentrating|majoring)\b"
)
_ABOUT_THE_WRITER = re.compile(bp.ABOUT_THE_WRITER, re.IGNORECASE)
# A note on what the writer named over it covers: 'KIM TONG-HYUNG' / 'Kim covers North and South Korea for The
# Associated Press, based in Seoul.'
_COVERS = re.compile(
    r"(?P<name>[A-Z][\w'’-]+) (?:covers|has covered|writes about|reports on|reports from) [^.]{3,120}\bfor (?:the )?[A-Z]"
)


def _covers_note(name: str, note: str) -> bool:
    """Whether `note` says what the writer `name` covers, by a word of their name: see `_COVERS` (not 'Public
    Broadcaster' / 'NHK has covered the dispute for Japanese viewers ...')."""
    covers = _COVERS.match(note)
    return covers is not None and covers["name"].casefold() in name.casefold().split()


_WRITER_NOTE_OPENING = re.compile(
    r"^(?:(?:Senior |Associate |Assistant |Visiting |Adjunct |Former |Deputy )?(?:Professor|Lecturer|Researcher"
    r"|Research Fellow|Fellow|Director|Editor|Journalist|Correspondent|Writer|Analyst|Columnist|Scholar)\b"
    r"|Born (?:in|on)\b"
    # ... or in the first person, as Forbes prints it: 'I am a senior fellow at a Washington think tank'.
    r"|I(?: am|['’]m) (?:a|an|the) (?:[\w-]+ ){0,3}(?:fellow|professor|researcher|analyst|journalist|writer|reporter"
    r"|correspondent|editor|scholar|lecturer|contributor|director|columnist)\b|I (?:write|cover|report) (?:on|about)\b)"
)
# A line this short that is a known outlet's name is its masthead ('THE ASAHI SHIMBUN').
MASTHEAD_MAX_CHARS = 40
# An alt text or a related-story line is at most this long.
SHORT_LINE_WORDS = 15
# The most words of a headline listed alone under a related-stories heading at the page's end.
ONLY_LISTED_MAX_WORDS = 12
# ... and a story's headline listed under a related-stories heading after the story's sign-off, over short lines
# only, at most this long (and two sentences at most, see `_short_to_end`).
LISTED_HEADLINE_MAX_WORDS = 20
# The longest name of a box inside the story, between its pitch lines ('WSJ Asia Edition').
BOXED_NAME_WORDS = 6
# Chrome that names no masthead, whatever it says: a photo's credit or caption, a section's label,
# a related story or a tag under the story.
_NO_MASTHEAD = frozenset({"credit", "caption", "category", "related", "share_bar"})
# An item of a menu is a few words long: 'Press Release', 'Photo News'; a menu has a few of them.
MENU_ITEM_WORDS = 3
MENU_ITEMS = 3
# A headline beside a photo's caption under its copyright has this many words at least ('Seoul Ditches GSOMIA').
CREDITED_HEADLINE_MIN_WORDS = 3
# A show's name under the title of a video from it has this many words at most ('Squawk Box Asia').
SHOW_NAME_WORDS = 4
# A line listing this many topics at least over the headline is the page's topics (see `_topics_only`).
TOPICS_LISTED = 3
# What names a photo's credit: 'Photo by ...', 'Photo: Reuters', 'Getty Images'.
_PHOTO_WORD = re.compile(r"\b(?:Photo|PHOTO|Image|IMAGE|Getty|Pool)\b")
# A photo's copyright, its agency then its photographer: '© REUTERS / Kim Hong-Ji', '© AFP/File JUNG YEON-JE'.
_PHOTO_COPYRIGHT = re.compile(
    rf"^©\s*(?:{bp.AGENCY}|{bp.PHOTO_SOURCES})(?:\s+Photo)?(?:\s*/\s*File)?\s*/\s*"
    rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}$"
)
# A photo's credit alone on a line ('AFP', 'AP Photo', 'Reuters/Kim Hong-ji'), and an agency's
# credit above its photo's caption ('© AFP/File JUNG YEON-JE').
_LONE_CREDIT = re.compile(rf"(?:{bp.AGENCY}|{bp.PHOTO_SOURCES})(?:\s+(?i:file\s+)?(?i:photo))?(?:\s*/\s*\S.{{0,40}})?")
# A photographer's credit parted by bars: 'Chung Sung-Jun | Getty Images'.
_NAMED_CREDIT = re.compile(bp.BARRED_PHOTO_CREDIT)
# What is to come, in a story's line: 'The two sides will hold more talks ...', 'this week', 'next month' (no
# caption tells it).
_TOLD_TO_COME = re.compile(r"\b(?:will|would|to be|expected|set to|plans? to|this week|next (?:week|month|year))\b")
# A verb in the past: a caption tells what the photo shows in the present ('A cargo ship is loaded at ...').
_TOLD_IN_THE_PAST = re.compile(r"\b(?:was|were|had|has|said)\b|(?<!\bis )(?<!\bare )(?<!\bbeing )\b[a-z]{3,}ed\b")
# A press release's label over its issuer, and the longest issuer's name under it.
_PROVIDED_BY = re.compile(r"\s*(?:News|Content|Release)\s+provided\s+by\s*:?\s*$", re.IGNORECASE)
PROVIDER_MAX_WORDS = 8
_SPEAKING = re.compile(r"\b(?:says?|said|told|tells|according to)\b")
_PAPER_CREDIT = re.compile(r"(?:The\s)?(?:Yomiuri|Asahi|Mainichi|Sankei|Nikkei)(?:\sShimbun)?")
_CREDIT_LABEL = re.compile(r"\s*(?i:credit|photo|image)\s*:\s*\S")
# A caption's photo day closing it, in the present: '... at Cheong Wa Dae on November 15.', '... in Seoul on Friday.'
_ON_A_DAY_END = re.compile(
    rf"\bon\s+(?:{bp.MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{bp.MONTH}\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf"(?:,?\s+\d{{4}})?\.$")
# A site's day, its weekday first and no time: 'Saturday, November 23, 2019', 'Mon, December 9, 2019'.
_SITE_DAY = re.compile(
    rf"{bp.WEEKDAY}(?:{bp.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{bp.MONTH}\.?),?\s+"
    rf"(?:19|20)\d\d")
# ... or any day with no time, over the headline, where the story's stamp there has one ('November 25, 2019' /
# 'Politics' / '2019-11-22 18:00' / the headline).
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
# What a photo shows someone do, not what a lead tells: 'shakes hands with', 'poses', 'waves' (not 'hold talks').
_POSING = re.compile(r"\b(?:shakes? hands|pose[sd]?\b|waves?\b|bows?\b|gestures?\b|smiles?\b|looks on\b|greets?\b)")
# The names a caption over the lead shares with the lead, two at least: 'Moon Jae-in', 'Mark Esper'.
CAPTION_LEAD_NAMES = 2


def _names_in(text: str) -> set[str]:
    """The runs of capitalised words in `text` that may be names: 'Moon Jae-in', 'Mark Esper'."""
    return {m.group() for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:-[a-z]+)?", text) if " " in m.group()}


# A credit under its label has this many words at most: 'PHOTO: POOL/REUTERS', 'Photo: Kim Hong-ji/Reuters'.
CREDIT_LINE_MAX_WORDS = 4
_FILE_CREDIT = re.compile(rf"(?:©|\(c\))\s*(?:{bp.AGENCY})\s*/\s*File\b")
# ... its year left out after the place: '... in Nagoya, Japan, Nov. 23.'
_ENDS_ON_DATE = re.compile(
    rf"(?:\b(?:{bp.MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{bp.MONTH}\.?),?\s+\d{{4}}"
    rf"|,\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.'’-]*,\s+(?:{bp.MONTH}\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+{bp.MONTH}\.?))\.$")
# A section's name in a menu is short: 'Manufacturing, Packaging & Materials'.
SECTION_NAME_WORDS = 6
# A tag: one to three capitalised words, nothing else ('South Korea', 'GSOMIA').
_TAG = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
# So many short lines in a row at the end of the body are a list of other stories.
TAIL_LIST_MIN = 3

# What one article may hold. Past a limit the text is no article (a book, a
# log, many pages in one file) and is rejected with the figure found; at the
# limits cleaning and extracting one article take a few seconds.
# About 30,000 words: three times a long magazine feature.
MAX_CHARS = 200_000
# Units: lines, and hard-wrapped paragraphs joined into one.
MAX_UNITS = 5_000
# One paragraph; the whole text of a long feature flattened onto one line fits.
MAX_PARAGRAPH_CHARS = 50_000
# Ids the site's own pages use in the briefings folder; an article with one
# gets ARTICLE_ID_SUFFIX after it.
RESERVED_IDS = frozenset({"index"})
ARTICLE_ID_SUFFIX = "-article"
# Japanese and Chinese are written without spaces: so many of their
# characters count as one word.
CJK_CHARS_PER_WORD = 2

# Titles before a name: their period never ends a sentence.
_NAME_TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Rep",
    "Sen", "Gov", "Rev", "Hon", "Amb", "St", "Mt", "No", "Nos", "vs",
})
# A month abbreviated ends no line of prose, which spells a month out without its day: '... summit in Dec.'
# is a headline.
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
# Other abbreviations: their period ends a sentence only at the end of a line.
_ABBREVIATIONS = _NAME_TITLES | _MONTH_ABBREVIATIONS | frozenset({
    "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "approx", "est", "etc", "Vol", "Art", "Fig",
})
# A match can always start at the start of its word, so no match starts
# inside one: the lookbehind spares the engine those starts (same matches).
_SENTENCE_MARK = re.compile(r"(?<!\S)(\S*?)([.!?…])[\"'”’)\]]*(?=\s|$)")
_INITIALS = re.compile(r"(?:[A-Z]\.?)+|[A-Z][a-z]?")
_TRAILING_INITIALS = re.compile(r"(?:[A-Z]\.){2,}$")
_WORD = re.compile(r"[^\W_]+(?:[.,'’-][^\W_]+)*")
# Kana and Han: letters of scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Full stops of CJK text: they end a sentence with no space after them.
_CJK_SENTENCE_MARK = re.compile(r"[。！？]")
# Opening brackets and quotes a headline may start with.
_HEADLINE_OPENERS = "\"'“‘([「『【《〈"
_ALNUM = re.compile(r"[^\W_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_LIST_MARK = rf"[{LIST_MARKS}]\s*|[-–]\s+"
_BULLET = re.compile(rf"^(?:{_LIST_MARK}|#{{1,6}}\s+)+")
_LIST_ITEM = re.compile(rf"^(?:{_LIST_MARK})")
_ENDS_OPEN = re.compile(r"[^.!?…:;\"'”’)\]|>]$")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_COPYRIGHT_MARK = re.compile(r"©|ⓒ|Ⓒ|Copyright")
_KEY_NOISE = re.compile(r"[\W_]+")
# A sponsored-content label that may only mark an ad slot inside the article
# (see `_Page._ad_slot`). A comment section's label does not: the comments
# after it are prose naming the article's people too.
_SLOT_LABEL = re.compile(
    r"^(?:Sponsored(?: Content| Stories| Posts?)?|(?:Paid|Partner|Promoted|Branded) (?:Content|Posts?|Stories))$",
    re.IGNORECASE,
)
# A site's address alone on its line: 'thediplomat.com'; or a page's; and the words a sentence leads to one with.
_BARE_HOST = re.compile(bp.BARE_HOST)
_ADDRESS_LINE = re.compile(r"^(?:https?://\S+|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:/\S*)?)\s*$")
_LEADS_TO_ADDRESS = re.compile(r"\b(?:at|on|to|via|from|visit|see|website|site)$", re.IGNORECASE)
_NAME_AND_POST = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, (?:[\w'’.-]+,? ){1,12}[\w'’.-]*[a-z]$")
# A photo's credit, not a site's name alone: 'Photo by Yonhap', '[Yonhap]', '(AP)', 'Kim Hong-ji/Reuters'.
_PHOTO_CREDIT = re.compile(r"(?i)\b(?:photo|image|picture)s?\b|^[\[(].*[\])]$|\w/\w")
# A printed page's foot: its number ('Page 1 of 2', '- 2 -'), or the address and the sheet's number a browser prints.
_PAGE_FOOT = re.compile(rf"(?:\b{bp.PAGE_OF}|^{bp.PAGE_NUMBER}|{bp.PRINT_FOOTER})$")
# A printed story's jump to another page and its label there: 'Continued on page 3', '▶ CONTINUED ON PAGE 2', 'See
# ESPER on Page 4' / ... / 'From page 1', 'CONTINUED FROM PAGE 1'; what stands between them (the page's running head,
# the jump's headline), a few lines at most, is no story's.
_JUMP_TO = re.compile(
    r"^(?:[▶►>]\s*)?(?:Continued\s+on|See\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+on)"
    r"\s+(?:page|p\.)\s*[A-Z]?\d{1,3}\.?$",
    re.IGNORECASE,
)
_JUMP_FROM = re.compile(r"^(?:Continued\s+)?from\s+(?:page|p\.)\s*[A-Z]?\d{1,3}\.?$", re.IGNORECASE)
JUMP_MAX_UNITS = 8
# A footage agency's clip: its list of shots under its label, in capitals, their places and the words said, up to the
# story's label ('Shotlist' / 'SEOUL, SOUTH KOREA (AUGUST 22, 2019) (REUTERS - ACCESS ALL)' / '1. WIDE OF BRIEFING
# ROOM ...' / ... / 'Story'), so many units at most.
_SHOTLIST = re.compile(r"^Shot ?list\s*:?$", re.IGNORECASE)
_STORY_LABEL = re.compile(r"^(?:Story|Script)\s*:?$", re.IGNORECASE)
SHOTLIST_MAX_UNITS = 60
# A running head is short and in capitals mostly.
RUNNING_HEAD_MAX_WORDS = 15
RUNNING_HEAD_CAPITALS = 0.6
_ASCII_RULE = re.compile(r"^(?:={5,}|-{5,}|_{5,}|~{5,})$")
_NUMBERED_LINE = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+\S")
_END_ITEM = re.compile(r"\sEnditem$")
_READ_MORE_ON = re.compile(r"^Read more (?:on|at|from) ")
_COMMENTS_BUTTON = re.compile(
    r"^(?:(?:Read|View|See|Show)\s+(?:all\s+)?)?(?:\d[\d,]*\s+)?Comments?\s*(?:\(\d+\)|\d+)?$", re.IGNORECASE)
# A line ending on a word that cannot end one: 'Moon, Abe fail to bridge gap on' / 'security'.
_OPEN_WORD_END = re.compile(
    r"\b(?:on|in|to|of|for|at|by|with|over|and|or|the|a|an|from|into|amid|about)\s*$", re.IGNORECASE
)
# What heads readers' comments ('3 Comments', '9 thoughts on "GSOMIA countdown"', '12 Responses to ...'), and the
# button under each comment (not a post's 'Like' / 'Comment' / 'Share'); how far under the heading the first may be.
_THREAD_HEADING = re.compile(
    r"^(?:(?P<count>\d[\d,]*)\s+(?:Comments?|Responses?|Replies|thoughts?)(?:\s+(?:on|to)\s+.{1,200})?"
    r"|Comments?|Discussion)$",
    re.IGNORECASE,
)
# (with its likes and a share button: 'Reply 24 Share'; or the thread's order: 'Sort by Best')
_REPLY_BUTTON = re.compile(
    r"^(?:Reply(?:\s*[·|]?\s*\d+)?(?:\s*[·|]?\s*Share)?|(?P<report>Report)|Like \(\d+\)"
    r"|Sort by (?:Best|Newest|Oldest|Top))$",
    re.IGNORECASE)
THREAD_REPLY_LINES = 8
# What was said, which no caption tells.
_SAID = re.compile(r"\b(?:said|says|told|added|according)\b")
# A caption its agency's credit in square brackets closes is this long at most.
BRACKETED_CAPTION_MAX_WORDS = 45
# A video's count of views: '14K views', '1.2M views 4 years ago'; how far under a video's title in a list.
_VIEWS = re.compile(r"^[\d,.]+\s*[KM]?\s+views\b", re.IGNORECASE)
VIEWED_ITEM_LINES = 4
UP_NEXT_LINES = 8  # (a label over the list, a button and a length before the first title)
_UP_NEXT = re.compile(r"^Up next$", re.IGNORECASE)
# A video's chapter: a time into it and a title ('0:38 A history that won't go away', '1:02:15 Full briefing').
_CHAPTER = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:[0-5]\d\s+\S.{0,80}$")
CHAPTERS_LABEL_LINES = 8  # (the description's links may stand between)
_CHAPTERS_LABEL = re.compile(r"^(?:Chapters|View all|Key moments|In this video|Timestamps?)\s*:?$", re.IGNORECASE)
_TOOLBAR_CONCEPTS = frozenset({"share_bar", "icon_labels", "widget"})
# What people in news photos do, in the present tense ('says' and 'tells'
# open reports written in the present, as NHK's are, and are left out).
_PICTURE_VERB = re.compile(
    r"\b(?:announces|speaks|shakes|attends|poses|arrives|waves|walks|holds|talks|listens|delivers|meets|greets"
    r"|salutes|leaves|looks|gestures|answers|addresses|inspects|presides|enters|bows|visits|sits|stands|smiles"
    r"|signs|reads|briefs|takes|watches|chats|claps|applauds|departs|boards|lays|pays|rallies|protests|marches"
    # of several people, in words that are no nouns and after no 'to' or modal: 'Protesters hold a banner ...'
    r"|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmust )(?<!\bshould )"
    r"(?:hold|attend|pose|wave|greet|shake|gather|chant|shout)"
    # and as The New York Times writes captions: 'Kim You-geun ... announcing the decision ...'
    r"|announcing|speaking|shaking|attending|posing|arriving|waving|walking|holding|talking|listening|delivering"
    r"|meeting|greeting|saluting|leaving|gesturing|answering|addressing|inspecting|presiding|entering|bowing"
    r"|visiting|sitting|standing|signing|reading|briefing|watching|departing|boarding|rallying|protesting|marching)\b"
)
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|added|stressed|noted|announced|reported)\b")
_REPORTED = re.compile(r",\s+(?:[\w.'’()-]+\s+){1,8}?(?:said|told|added|reported)\.?\s*$")
_CAPTION_LABEL = re.compile(r"^(?:Image|Media|Photo|Picture|Video) caption\W*$", re.IGNORECASE)
# A byline or a credit in lower case under the headline: 'by Reiji Yoshida', 'via Reuters'.
_LOWER_CREDIT = re.compile(r"^(?:by|via)(?:\s+[A-Z][\w.'’-]*){1,4}$")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")
_COMMON_LONG_WORDS = frozenset(
    "about after again before being could first their there these those three under where which while would "
    "years other still since people today".split()
)
# A section break between paragraphs: '---', '* * *'.
_THEMATIC_BREAK = re.compile(r"^(?:([-*_=~])\s*)(?:\1\s*){2,}$")


def article_id(path: str) -> str:
    """The article's stable id: the slug of its file name without suffix.

    'index' (the briefings index page) becomes 'index-article'.
    """
    slug = slugify(PurePath(path).stem)
    return slug + ARTICLE_ID_SUFFIX if slug in RESERVED_IDS else slug


@dataclass(frozen=True)
class _Unit:
    """One line (or hard-wrapped paragraph) of the input.

    `lines` are the input lines as printed (stripped); `text` is the unit with
    white space folded and glued chrome cut out; `cuts` is what was cut.
    """

    lines: tuple[str, ...]
    text: str
    cuts: tuple[str, ...] = ()


def clean(raw: RawArticle) -> CleanArticle:
    """Drop the site chrome from `raw` and find its metadata.

    Returns the body paragraphs in input order (the dateline stays at the start
    of the first), the title, outlet, published date, dateline and byline, and
    every input line dropped as chrome in `removed`. Raises InputError when the
    text is empty, past a size limit (MAX_CHARS, MAX_UNITS,
    MAX_PARAGRAPH_CHARS) or nothing of it reads as an article body.
    """
    if not raw.text.strip():
        raise InputError(raw.path, "empty article text")
    if len(raw.text) > MAX_CHARS:
        raise InputError(raw.path, f"too long for one article: {len(raw.text):,} characters (limit {MAX_CHARS:,})")
    units = _unglued(_unflattened(_units(fragments.rejoin(_unquoted(_unlinked(raw.text))))))
    _check_units(raw.path, units)
    page = _Page(units, latin_page=not _is_foreign(raw.text))
    if page.start is None:
        raise InputError(raw.path, "no article body: every line is site chrome")
    page.read_header()
    page.read_body()
    if raw.meta.title:
        page.drop_copies_of(raw.meta.title)
    byline = raw.meta.byline or metadata.extract_byline(page.byline_lines())
    page.drop_writer_note(byline)
    paragraphs, removed, introduced = page.assemble()
    paragraphs = [_label_case(paragraph) for paragraph in paragraphs]
    if not paragraphs:
        raise InputError(raw.path, "no article body left after removing site chrome")

    # The story opens after its key points, if it has them.
    lead = next((p for p in paragraphs if not _LIST_ITEM.match(p) and not p.endswith(":")), paragraphs[0])
    # (or one introducing what follows, its dateline opening it: 'CAMP HUMPHREYS, Republic of Korea – Gen. Robert B.
    # Abrams ... issued the following statement Saturday ...:')
    opening = metadata.extract_dateline(lead) or (
        metadata.extract_dateline(paragraphs[0]) if paragraphs[0].endswith(":") else None)
    if opening and _speaker_turn(opening.text, paragraphs):
        opening = None
    dateline = opening.dateline if opening else page.lone_dateline
    sign_off = page.sign_off_agency
    host = metadata.page_host(raw.meta.url)
    outlet = metadata.extract_outlet(raw.meta.outlet, (
        metadata.republished_from(page.headline),
        *page.byline_outlets(),
        metadata.dateline_outlet(dateline),
        sign_off,
        # An agency's name alone right after the story: its sign-off ('Bloomberg', 'Jiji Press').
        page.agency_after_story(in_capitals=False),
        raw.site,
        metadata.host_outlet(host),
        metadata.title_outlet(page.headline),
        metadata.file_name_outlet(raw.path),
        # (not the writer a newsletter's copyright line names: '© 2025 Sarah Kwon')
        *(cue for cue in page.text_outlets() if not (cue and byline and cue.casefold() == byline.casefold())),
        host,
        page.first_line_outlet(),
    ))
    published = metadata.extract_published(
        raw.meta.published,
        page.page_dates(),
        opening.date if opening else None,
        page.headline,
        page.stamps_either_way(),
        outlet,
        # (the site's, not the story's source: a stamp is the site's)
        (raw.site, metadata.host_outlet(host), metadata.title_outlet(page.headline),
         metadata.file_name_outlet(raw.path), *page.site_outlets()),
        page.captions_of_the_year(),
    )
    # The day at the dateline's place, where the stamp that gave the day prints a time in another zone.
    stamp = next((line for line in page.stamp_lines() if published and metadata.page_date(line) == published), None)
    local_day = metadata.day_at_dateline(stamp, published, dateline) if not raw.meta.published else None
    # ... or the day it ran first in print, a day or two before the page's: '(From The Yomiuri Shimbun, Nov. 23, 2019)'.
    local_day = local_day or next((day for line in removed if (day := metadata.ran_first_day(line, published))), None)
    return CleanArticle(
        id=article_id(raw.path),
        source=Source(path=raw.path, sha256=raw.sha256, url=raw.meta.url),
        title=metadata.extract_title(raw.meta.title, page.headline, paragraphs),
        # (the name the outlet went by then, but the one the editor gave)
        # (with no day told, in the year of its copyright: '© 2019 Nikkei Inc.' is Nikkei Asian Review's)
        outlet=outlet if raw.meta.outlet else metadata.named_then(outlet, published or page.copyright_year_end()),
        published=published,
        dateline=dateline,
        byline=byline,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        captions=page.captions() + page.sound_bite_names(),
        introduced=introduced,
        local_day=local_day,
    )


def _check_units(path: str, units: list[_Unit]) -> None:
    """InputError for an article of too many lines or with an overlong paragraph."""
    if len(units) > MAX_UNITS:
        raise InputError(path, f"too many lines for one article: {len(units):,} (limit {MAX_UNITS:,})")
    longest = max(units, key=lambda u: len(u.text), default=None)
    if longest is not None and len(longest.text) > MAX_PARAGRAPH_CHARS:
        opening = longest.text[:40].rsplit(" ", 1)[0]
        raise InputError(
            path,
            f"paragraph too long: {len(longest.text):,} characters (limit {MAX_PARAGRAPH_CHARS:,}), "
            f"starting {opening!r}",
        )


# --- Units and their shapes ---------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split())


def _blocks(text: str) -> list[list[str]]:
    """The runs of non-blank lines of `text`, each line stripped. In fixed-width copy a line indented after
    one that is not and that closes a sentence opens a paragraph, as a blank line does; a wire's control marks
    around its header lines go
    ('^NKorea fires 2 missiles days after Seoul scraps Tokyo intel deal<', '^Associated Press=').

    In a terminal's copy, whose paragraphs open indented and go on unindented, their lines wrapped at an even
    width (PARAGRAPH_INDENTS of them at least), such a line opens a paragraph after a line that closes a sentence
    or is no wrapped line, and the lines under it, up to one closing a sentence, are that paragraph (a
    `_Paragraph`): '     (Bloomberg) -- Japan's cabinet approved the removal of South' / 'Korea from a list of
    trusted trading partners, ...'."""
    lines = text.split("\n")
    # (a line indented under one that closes a sentence, the line under it not indented: not a release's hanging
    # indent, '1. Minister ... with Minister for' / '   Foreign Affairs of Japan ...', nor a text indented whole)
    terminal = sum(bool(
        _OPENING_INDENT.match(line) and (not before.strip() or (
            before[:1] not in (" ", "\t") and not _ENDS_OPEN.search(before)))
        and after.strip() and after[:1] not in (" ", "\t")
    ) for before, line, after in zip(["", *lines], lines, [*lines[1:], ""])) >= PARAGRAPH_INDENTS
    blocks: list[list[str]] = [[]]
    indented_before = True
    for line in lines:
        if line.strip():
            indented = line[:1] in (" ", "\t") and line[:2].strip() == ""
            # (after a line that closes a sentence or is no wrapped line: not mid-sentence, under a release's item
            # with a hanging indent, '1. Minister Motegi held a meeting with ... of' / '   the Republic of Korea ...')
            if terminal and not indented_before and _OPENING_INDENT.match(line) and not (
                    blocks[-1] and _ENDS_OPEN.search(blocks[-1][-1]) and len(blocks[-1][-1]) >= WRAP_WIDTH[0]):
                blocks.append(_Paragraph())
            # (and a line not indented under one that closes the paragraph is no more of it: '--With assistance
            # from Kanga Kong.', a crosshead)
            elif not indented and isinstance(blocks[-1], _Paragraph) and blocks[-1] and _SENTENCE_CLOSED.search(
                    blocks[-1][-1]):
                blocks.append([])
            elif indented and not indented_before and blocks[-1] and not _ENDS_OPEN.search(blocks[-1][-1]):
                blocks.append([])  # (not a line going on under a mark: '□ The Ministry ... announced that it' / '  will')
            indented_before = indented
            blocks[-1].append(_WIRE_MARKS.sub(r"\g<line>", line.strip()))
        elif blocks[-1]:
            blocks.append([])
            indented_before = True
    return [b if not isinstance(b, _Paragraph) or _wrapped_paragraph(b) else list(b) for b in blocks if b]


# A line's end closing a sentence: '... in Seoul.', '... "unacceptable."'.
_SENTENCE_CLOSED = re.compile(r"[.!?][\"'”’)\]]*$")


class _Paragraph(list):
    """The lines of a terminal copy's paragraph (see `_blocks`)."""


# A terminal's paragraph opening: indented, a line of a wrapped paragraph's width; so many of them in a text at least.
_OPENING_INDENT = re.compile(rf"^ {{3,8}}\S.{{{WRAP_WIDTH[0] - 1},{WRAP_WIDTH[1]}}}$")
PARAGRAPH_INDENTS = 3


def _wrapped_paragraph(block: list[str]) -> bool:
    """Whether a terminal copy's block is one wrapped paragraph: its lines but the last of a wrapped line's width."""
    return all(WRAP_WIDTH[0] <= len(line) <= WRAP_WIDTH[1] for line in block[:-1])


# A wire's marks around a header line of its copy: '^By HYUNG-JIN KIM and MARI YAMAGUCHI='.
_WIRE_MARKS = re.compile(r"^\^(?P<line>.+?)[<=]$")


def _hard_wrapped(block: list[str]) -> bool:
    """Whether a block is one paragraph broken into lines of even width (not a list whose
    every line is an entry: 'Aug. 22 – Seoul announces it will not renew GSOMIA')."""
    lines = block[:-1]
    return len(block) >= 3 and all(WRAP_WIDTH[0] <= len(line) <= WRAP_WIDTH[1] for line in lines) and (
        sum(bool(_ENDS_OPEN.search(line)) for line in lines) * 2 >= len(lines)
    ) and not all(map(_LIST_ENTRY.match, block)) and not _points(block)


_CAPITAL_AT_END = re.compile(r"\b[A-Z][\w'’-]*$")


def _points(block: list[str]) -> bool:
    """Whether the lines of a block are points, a sentence each with no stop: each opens with a capital and none
    stops where a sentence goes on ('South Korea says it will keep the pact "conditionally"' / 'Japan agrees to resume
    talks on the export controls' / 'The US ... welcomes the decision')."""
    return all(line[:1].isupper() for line in block[1:]) and not any(
        line.rstrip().endswith((",", "-", "–", "—")) or _OPEN_WORD_END.search(line)
        # (nor a name broken over two lines: '... of the National Security' / 'Council on Thursday ...')
        or _CAPITAL_AT_END.search(line) for line in block[:-1])


def _glossed(line: str) -> bool:
    """Whether a line is a glossary's entry ('counterpart 相当する立場の人'): the next, in small letters too, is another."""
    return any(p.match(line) for p in bp.GLOSSARY)


# A clipping tool's stamp of the last change to its note: 'Updated: 12/26/2019 9:21 AM'.
_TOOL_UPDATED = re.compile(r"^Updated\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d\d\s*[AP]M$")


# A quotation closed after its comma: the sentence goes on with who said it.
_QUOTE_GOES_ON = re.compile(r",[\"”’']$")
# How many lines a block of print's wrapped paragraphs has at least, and the share of them of a wrapped line's
# width that stop mid-sentence.
WRAPPED_BLOCK_LINES = 8
WRAPPED_BLOCK_SHARE = 0.6


def _mostly_wrapped(block: list[str]) -> bool:
    """Whether a block is paragraphs of print wrapped at an even width one after another, with no blank
    line between them: most of its lines of that width stop mid-sentence."""
    open_lines = sum(bool(WRAP_WIDTH[0] <= len(line) <= WRAP_WIDTH[1] and _ENDS_OPEN.search(line)) for line in block)
    # (not a list whose every line is an entry, a chronology's: 'Nov. 23, 2016: Korea and Japan sign Gsomia' / ...)
    return len(block) >= WRAPPED_BLOCK_LINES and open_lines >= WRAPPED_BLOCK_SHARE * len(block) and not all(
        map(_LIST_ENTRY.match, block))


# A page of readers' letters: its rubric, or the greeting opening a letter.
_LETTERS_PAGE = re.compile(
    r"^(?:To the [Ee]ditor\b|Letters? to the [Ee]ditor\b|\[Letters?\]|Readers['’] (?:Letters|Forum|Views|Voice)\b"
    r"|VOICES\b|Readers in Council\b|LETTERS\b|Letters\s*$)"
)
# ... the last of a path over the headline: 'Home > Opinion > Letters'.
_LETTERS_CRUMB = re.compile(r"[>/»]\s*(?:Letters(?: to the [Ee]ditor)?|Readers['’] (?:Letters|Forum|Views))\s*$")
# A letter's greeting, opening it.
_LETTER_GREETING = re.compile(r"^(?:To the [Ee]ditor\b|Dear [Ee]ditor\b|Sir,?$)")
# Words of a heading or a slogan, no one's name: 'Tokyo Must Respond, Too', 'No Abe, No Japan'.
_NO_NAME_WORD = re.compile(r"\b(?:Must|Should|Cannot|Is|Are|Was|Were|No|Not|Too|Never|Why|How|What)\b")
# A letter's signature: the name, in capitals or not, and where the writer lives, their age or work after a comma.
_SIGNATURE = re.compile(
    r"^(?:[—–-]\s*)?(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})"
    r"(?:,\s(?P<rest>[^.!?]{2,60}?\.?)|\s\((?P<place>[A-Z][\w .,'’-]{1,40})\))?$"
)
# ... and the place under a name alone: 'Incheon', 'Kasuga, Fukuoka Pref.', 'Chevy Chase, Md.'
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,3}$")
# A chronology's entry: a day (its year too, or a year alone), a colon or a dash, what happened; its mark and day
# told once for the two patterns.
_ENTRY_MARK = r"^[―—–•·*-]?\s*"
_MONTH_DAY = rf"{bp.MONTH}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
_CHRONOLOGY_ENTRY = re.compile(
    rf"{_ENTRY_MARK}(?:{_MONTH_DAY}|\d{{1,2}}\s+{bp.MONTH}\.?(?:\s+\d{{4}})?|\d{{4}})"
    r"\s*(?::|\s[-–—―])\s*[A-Z\"“‘']"
)
# ... told after a colon: 'July 4: Japan's export curbs take effect'.
_COLON_ENTRY = re.compile(rf"{_ENTRY_MARK}{_MONTH_DAY}:\s+[A-Z]")
# A list's entry: a few words, a dash or a colon, what they stand for ('Nov. 23, 2016 – South Korea and Japan sign
# GSOMIA', 'Aug. 23, 2019: Termination notice delivered to Tokyo').
_LIST_ENTRY = re.compile(r"\S.{0,24}?(?:\s[-–—]|:)\s+\S")


# A text browser's numbers of the links, before each link's words ('[22]Live Radio [23]Live TV', 'Prime Minister
# [41]Shinzo Abe'), so many of them at least: a footnote's number follows its word ('... in 2016.[3]').
_LINK_NUMBER = re.compile(r"(?<![\w\]\[])\[\d{1,4}\](?=[^\W\d_]|[\"“#*(])")
LINK_NUMBERS_MIN = 8


def _unlinked(text: str) -> str:
    """`text` without a text browser's numbers of the links, if it has them (see `_LINK_NUMBER`)."""
    if text.count("[") < LINK_NUMBERS_MIN or len(_LINK_NUMBER.findall(text)) < LINK_NUMBERS_MIN:
        return text
    return _LINK_NUMBER.sub("", text)


# A mail's lines quoted in a reply, each after '>' (or '> > ' quoted again), so many of them at least.
_QUOTED_LINE = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)
QUOTED_MIN_LINES = 5


def _unquoted(text: str) -> str:
    """`text` without the marks a reply quotes a mail's lines with: 'On Wed, Oct 2, 2019 ... wrote:' / '> FYI --
    Yonhap's 3rd LD ...' / '> SEOUL, Oct. 2 (Yonhap) -- North Korea fired ...'."""
    if len(_QUOTED_LINE.findall(text)) < QUOTED_MIN_LINES:
        return text
    return _QUOTED_LINE.sub("", text)


def _units(text: str) -> list[_Unit]:
    """The non-blank lines of `text` as units, hard-wrapped paragraphs joined."""
    groups: list[list[str]] = []
    # (the words the text uses whole: not the parts of words broken at a line's end)
    words = frozenset(w.lower() for w in _LETTERS.findall(_LINE_END_PART.sub(" ", text))) if "-\n" in text else frozenset()
    for block in _blocks(text):
        # Lines of even width are no wrapped paragraph when one of them is chrome ('Apps Newsletters
        # Advertise with Us ... Privacy' over 'All quotes delayed a minimum of 15 minutes. ...').
        if (isinstance(block, _Paragraph) and not any(map(_concept, block[1:]))) or (
                _hard_wrapped(block) and not any(map(_concept, block)) and not any(map(_THEMATIC_BREAK.match, block))):
            groups.append(block)
            continue
        # A print page's text, its paragraphs wrapped one after another with no blank line between and a
        # caption among them: a line that stops mid-sentence goes on in the next, whatever that opens with.
        wrapped = _mostly_wrapped(block)
        for i, line in enumerate(block):
            # A line that starts in lower case after one that stops
            # mid-sentence is the same paragraph, wrapped; not after a
            # button's label ('Keep reading' / 'list of 4 items'), nor a byline or credit, nor after
            # a date stamp ('published : 4 Nov 2019 at 18:45' / 'writer: AFP').
            # (in print's wrapped paragraphs, whatever the line opens with, but after a headline: the first
            # line after chrome other than a caption; and a quotation's closing mark after its comma: '... will be
            # affected,"' / 'said Takuya Morimoto')
            # (or a printed page's drop cap over the rest of its word: 'P' / 'rime Minister Lee Nak-yon said ...')
            if i and _DROP_CAP.fullmatch(block[i - 1]) and line[:2].islower():
                groups[-1].append(line)
                continue
            if (i and (_ENDS_OPEN.search(block[i - 1]) or (line[0].islower() and _QUOTE_GOES_ON.search(block[i - 1])))
                    and (line[0].islower() or (
                        wrapped and WRAP_WIDTH[0] <= len(block[i - 1]) <= WRAP_WIDTH[1] and not _concept(line)
                        and i >= 2 and not _concept(block[i - 1]) and _concept(block[i - 2]) in (None, "caption")))
                    and len(block[i - 1]) >= WRAPPED_LINE_MIN_CHARS and not _LOWER_CREDIT.match(line)
                    # (a page's address only under a line that leads to it: '... on the ministry's website at' /
                    # 'meti.go.jp', not 'thediplomat.com' or 'https://...' under a headline)
                    # (nor a button: 'hide', or a caption's under its credit, 'Jung Yeon-je/AFP/Getty Images' /
                    # 'hide caption'; nor a section's label under a headline: '... on July 21' / 'politics')
                    and (_LEADS_TO_ADDRESS.search(block[i - 1]) if _ADDRESS_LINE.match(line) else (
                        not (_CAPTION_BUTTON.match(line) or (" " not in line and (_concept(line) == "nav" or (
                            _concept(line) == "category" and not _OPEN_WORD_END.search(block[i - 1])))))))
                    # (nor after a menu's item or a widget: 'Skip to main content' / 'msn news', 'Sort: Recommended |
                    # Newest' / 'wkdd****')
                    and _concept(block[i - 1]) not in ("nav", "widget")
                    and not _THEMATIC_BREAK.match(block[i - 1])  # (nor after a rule: '=====' / 'Minister Jeong Holds ...')
                    and not metadata.page_date(block[i - 1]) and not _glossed(block[i - 1])):
                groups[-1].append(line)
            else:
                groups.append([line])
    units = []
    for lines in groups:
        if len(lines) == 1 and _SPACED_MENU.fullmatch(lines[0]) and not _BY.match(lines[0]):
            # Folding the spaces would make the menu a run of words: its items keep their marks.
            units.append(_Unit(tuple(lines), " · ".join(_MENU_GAP.split(lines[0])), ()))
            continue
        body, cuts = _cut_fragments(_fold(_joined(lines, words)))
        units.append(_Unit(tuple(lines), body, cuts))
    return units


# A printed page's drop cap on a line of its own: 'P' over 'rime Minister ...'; the words that open with 'A' or 'I'
# it may be the first letter of.
_DROP_CAP = re.compile(r"\s*[A-Z]\s*")
_SMALL_WORDS = frozenset("after as at an and amid among also again against ahead in if it its is into".split())
# A word broken at a line's end by print's hyphen: 'govern-' / 'ment', 'Minis-' / 'ter', 'director-gener-' /
# 'al-level' (not a number's: '2019-' / '20').
_BROKEN_WORD = re.compile(r"(?<!\w)([A-Za-z]?[a-z]+)-$")
# ... but a Korean given name's own hyphen between its syllables: 'Kang Kyung-' / 'wha', 'Kim You-' / 'geun'.
_NAME_HALF = re.compile(rf"(?=[A-Z])(?i:{KOREAN_SYLLABLE})")
_NAME_REST = re.compile(rf"(?:{KOREAN_SYLLABLE})\b")
# ... nor a compound's, after the words that open compounds: 'export-' / 'control', 'vice-' / 'minister'.
_COMPOUND_FIRSTS = frozenset("""
anti non ex self vice cross well so all tit face far hard long short high low full half year export
trade state one two three four five six seven eight nine ten first second third top working former then
""".split())
# (of them, a number opens one but before a word's ending: 'one-' / 'sided', not 'ten-' / 'sion')
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten first second third".split())
_WORD_ENDING = re.compile(r"(?:sion|tion|ment|ness|ance|ence|ity|ous|ure|der|dency|sive|tive)$")
# A word this long before the hyphen opens a compound with a word that closes them: 'intelligence-' / 'sharing'.
LONG_FIRST_CHARS = 7
# ... and the words that close them: 'intelligence-sharing', 'Tokyo-based', 'U.S.-led'.
_COMPOUND_SECONDS = frozenset("""
sharing based led related level run owned backed style term range scale wide free made making friendly oriented
linked driven affiliated controlled funded sponsored minded era type like long old year day month week
""".split())
_LETTERS = re.compile(r"[A-Za-z]+")
# A part this short before the hyphen is a broken word's however often the text uses it: 'of-' / 'ficial', 'be-' / 'lated'.
SHORT_WORD_CHARS = 3
_LINE_END_PART = re.compile(r"[A-Za-z]+-[ \t]*\n[ \t]*[A-Za-z]+")


def _joined(lines: list[str], words: frozenset[str] = frozenset()) -> str:
    """The lines of one paragraph as one, a word print broke at a line's end made whole again: not a
    compound's hyphen, after a word the text (`words`, in small letters) uses alone and never joined to
    what follows ('military-' / 'intelligence'), or one of the words that open compounds, unless the text
    uses the word whole ('ex-' / 'port' beside 'export')."""
    text = lines[0]
    for line in lines[1:]:
        text = text.rstrip()
        if _DROP_CAP.fullmatch(text):
            # a drop cap: 'P' / 'rime Minister ...' (but 'A' and 'I' may be words of their own: 'A' / 'senior official',
            # not 'I' / 'n a last-minute reversal')
            letter, rest = text.strip(), line.lstrip()
            glued = letter not in ("A", "I") or (letter + rest.split(" ", 1)[0]).lower() in _SMALL_WORDS
            text = letter + ("" if glued else " ") + rest
            continue
        broken = _BROKEN_WORD.search(text)
        if text.endswith("-") and line[:1].isupper() and text[-2:-1].isalpha():
            text += line.lstrip()  # a compound with a name: 'anti-' / 'Japanese', 'U.S.-' / 'Japan'
        elif broken and line[:1].islower():
            first, rest = broken[1], line.lstrip()
            following = _LETTERS.match(rest)
            whole = (first + following.group()).lower() if following else ""
            # (a word the text uses whole is joined, whatever opens it: 'ex-' / 'port' beside 'export'; a name or a
            # word the text uses alone opens a compound only before a word it uses too, or one that closes compounds:
            # 'Seoul-' / 'based', 'intelligence-' / 'sharing', not 'Presi-' / 'dent', 'with-' / 'draws', 'report-' /
            # 'ers')
            second = following.group().lower() if following else ""
            # (a word that closes compounds closes one after a long word too: 'intelligence-' / 'sharing', not
            # 'mis-' / 'led', 'nation-' / 'wide'; a number opens one but before a word's ending: not 'ten-' / 'sion')
            kept = (_NAME_HALF.fullmatch(first) and _NAME_REST.match(rest)) or (not _used_whole(whole, words) and (
                (first.lower() in _COMPOUND_FIRSTS and not (
                    first.lower() in _NUMBER_WORDS and _WORD_ENDING.match(second)))
                or (second in _COMPOUND_SECONDS and len(first) >= LONG_FIRST_CHARS) or (
                    (first[:1].isupper() or (len(first) > SHORT_WORD_CHARS and first.lower() in words))
                    and (_used_whole(second, words) or second in _COMPOUND_SECONDS))))
            text = text + rest if kept else text[:-1] + rest
        else:
            text += " " + line
    return text


def _used_whole(word: str, words: frozenset[str]) -> bool:
    """Whether the text uses `word` (in small letters) whole, or with an ending more or less: 'withdraws' in a text
    that has 'withdraw'."""
    return bool(word) and any(
        form in words for form in (word, word + "s", word + "ed", word.removesuffix("s"), word.removesuffix("ed"),
                                   word.removesuffix("ing")) if form)


# A menu whose items, a few words each opening in a capital, are set apart by
# runs of spaces or tabs: 'News   Benefits   Veteran Jobs   Spouse & Family'.
_MENU_ITEM = r"[A-Z0-9&][\w&'’.-]*(?: [\w&'’.-]+){0,2}"
_MENU_GAP = re.compile(r" {2,}|\t+")
# A line with this many such gaps is a menu, no headline, whatever its items.
MENU_GAPS = 3
# ... or whose items, a site's sections, are set apart by single spaces: 'Politics Social Affairs Foreign Affairs
# Defense North Korea Science Diplomatic Circuit' (capitalised words only, no mark but '&').
_SECTION_NAME = re.compile(
    r"\b(?:News|World|Politics|National|Nation|International|Business|Economy|Opinion|Sports?|Culture|Society"
    r"|Lifestyle|Life|Tech|Technology|Science|Asia|Diplomacy|Defen[cs]e|Policy|Features?|Foreign Affairs"
    r"|Social Affairs|Security|Military|Global|Local|Entertainment|Health|Markets?|Companies|Finance|Industry"
    r"|Travel|Arts?|Videos?|Photos?|Environment|Education|Home|North Korea|Korea|Japan|China|Top|Latest|Search"
    # (a defence site's: 'Air Land Sea Space Cyber Congress Budget Networks & Digital Warfare Policy')
    r"|Air|Land|Sea|Space|Cyber|Congress|Budget|Networks|Pentagon|Army|Navy|Marines)\b"
)
# (countries, which a headline names as often as a menu does)
_COUNTRY_SECTIONS = frozenset({"North Korea", "Korea", "Japan", "China"})
_MENU_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))+")
# Sections named on such a line, at least (no country counted), and the share of its words they take.
MENU_SECTIONS, MENU_SECTION_SHARE = 4, 2 / 3


def _sections_line(text: str) -> bool:
    """Whether `text` is a menu of a site's sections set apart by single spaces (see `_SECTION_NAME`)."""
    if not _MENU_WORDS.fullmatch(text):
        return False
    names = _SECTION_NAME.findall(text)
    others = len([n for n in names if n not in _COUNTRY_SECTIONS])
    covered = sum(len(n.split()) for n in names)
    # (or of section names and countries only, two sections among them: 'Home News North Korea Japan China Opinion';
    # not a headline naming countries and another word: 'Japan Korea China Defense Talks')
    return (others >= MENU_SECTIONS and covered >= MENU_SECTION_SHARE * len(text.split())) or (
        others >= 2 and len(names) >= MENU_SECTIONS and covered == len(text.split()))


# A label before a headline, as a newsletter's subject line has it: 'Morning Brief: '; and a mail's subject line.
_TITLE_LABEL = re.compile(r"(?<![^\s:])[A-Z][\w'’ -]{1,30}:\s+(?=\S)")
_SUBJECT_LABEL = re.compile(r"(?i:subject)\s*:\s*")
# A video player's label over the title of the video it plays.
_PLAYER_LABEL = re.compile(r"(?i:just watched|now playing|up next|watch now|playing now|watch|video ad feedback)\W*$")
# A field for the reader's address in a newsletter box, and how many lines over it are the box's name and pitch.
_EMAIL_FIELD = re.compile(r"(?:Enter (?:your )?e-?mail(?: address)?(?: here)?|Your e-?mail(?: address)?)\W*$",
                          re.IGNORECASE)
NEWSLETTER_BOX_LINES = 2
_SIGN_UP_BUTTON = re.compile(r"(?:Sign ?up|Subscribe)\W*$", re.IGNORECASE)
# How many words a link to another story in capitals inside the story has at least (see `_body_fate`).
CAPITAL_LINK_MIN_WORDS = 8
# ... its verb, a headline's (not a release's heading: 'STRENGTHENING TRILATERAL SECURITY COOPERATION WITH JAPAN').
_HEADLINE_VERB = re.compile(
    r"\b(?:SAYS|FIRES|WARNS|SLAMS|VOWS|URGES|CALLS|TELLS|HITS|LAUNCHES|TESTS|BEGINS|ENDS|MEETS|REJECTS|RESPONDS"
    r"|THREATENS|CLAIMS|BLASTS|ANNOUNCES|UNVEILS|REVEALS|ISSUES|ORDERS|SENDS|PLANS|AGREES|BEGIN|SAY|WARN|OVERSEES"
    r"|REMOVES|SUSPENDS|SCRAPS|EXPIRES|PROTESTS|DROPS|KEEPS|EXTENDS|QUITS|PULLS|PRESSES|ASKS|SEEKS|WANTS|BACKS|BLAMES"
    r"|CONDEMNS|DENIES|WELCOMES|IMPOSES|LIFTS|EASES|TIGHTENS|RESTORES|RESUMES|HOLDS|STRIKES|FACES|RAISES|CUTS|SIGNS"
    r"|APPROVES|DEMANDS|ACCUSES|REJECT|WILL|COULD|MAY)\b")
# A video's length: '02:41'.
_VIDEO_LENGTH = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
# ... NBC's, over the title alone: 'WATCH'; a stock's code alone, Bloomberg's.
_WATCH_LABEL = re.compile(r"WATCH|Watch")
def _stock_name(code: str, name: str) -> bool:
    """Whether `name` is a firm's under its stock code in a box: a short name in capitals under a code of six digits
    ('000660' / 'SK HYNIX INC'), a firm's legal name under one of four ('4063' / 'SHIN-ETSU CHEMICAL CO LTD')."""
    if not name.isupper():
        return False
    if re.fullmatch(r"\d{6}", code):
        return len(name.split()) <= 4
    return bool(re.fullmatch(r"\d{4}(?:\.T)?", code)) and bool(
        re.search(r"\b(?:CORP|CO|LTD|INC|PLC|HOLDINGS)\.?$", name))
_SITE_MOTTO = re.compile(r"[^.!?]*,[^.!?]*,[^.!?]*\s(?:and|&)\s+(?:More|much more)\W*$")
# ... listing this many of a site's sections at least (one of them no country).
MOTTO_SECTIONS = 3


def _topics_only(text: str) -> bool:
    """Whether `text` names countries and nothing else ('Japan and South Korea', 'China, Japan & Korea'), or lists
    three topics or more, each a name of a word to three ('Asia Pacific, Intelligence, Pentagon')."""
    # (tags take no 'and', nor a small word: 'Abe, Moon, Li and More', 'Pompeo, Esper Press Seoul, Tokyo On Pact' are
    # headlines)
    listed = text.strip().split(",")
    return all(part.casefold() in metadata.COUNTRY_NAMES for part in _LISTED_APART.split(text.strip())) or (
        len(listed) >= TOPICS_LISTED and all(_TOPIC.fullmatch(part.strip()) for part in listed)) or bool(
        _SECTION_TRAIL.fullmatch(text.strip())) or (
        # (its parts joined with no space after a section's name: 'Politics North Korea·Defense')
        bool(_SECTIONS_JOINED.fullmatch(text.strip())) and any(
            p.match(text.split()[0]) for p in bp.CATEGORY_LABELS))


# A trail of the page's sections: 'Politics · Diplomacy and security', 'Politics > Diplomacy · National Defense'.
_SECTIONS_JOINED = re.compile(
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?:[·›»][A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})+")
# (not a headline's joined names: 'Korea·Japan Talks Collapse')
_SECTION_TRAIL = re.compile(r"[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}(?:\s+[·>›»]\s+[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3})+")


# A topic in a list of them: a name of a word to three ('Asia Pacific', 'Kim Jong Un', 'The Koreas'), no figure, no
# small word but 'The' opening it.
_TOPIC = re.compile(r"(?!(?:On|To|In|Of|For|At|As|With|By|A|An)\b)[A-Z][A-Za-z&'’-]*"
                    r"(?:\s+(?!(?:On|To|In|Of|For|At|As|With|By|The|A|An)\b)[A-Z][A-Za-z&'’-]*){0,2}")


_LISTED_APART = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _site_motto(text: str) -> bool:
    """Whether `text` is a site's motto listing its sections: 'News on Japan, Business News, Opinion, Sports,
    Entertainment and More' (not a headline listing names: 'Abe, Moon, Li and More')."""
    names = _SECTION_NAME.findall(text)
    return bool(_SITE_MOTTO.match(text)) and len(names) >= MOTTO_SECTIONS and any(
        n not in _COUNTRY_SECTIONS for n in names)


_BY = re.compile(r"(?:By|BY)\s")  # a byline, its date and counts apart: 'By Alan Patterson  06.19.2020  0'
_SPACED_MENU = re.compile(rf"{_MENU_ITEM}(?:(?: {{2,}}|\t+){_MENU_ITEM}){{2,15}}")


# A heading over more of the story ('Keep reading', 'Continue reading', 'Read more'), not a list.
_GOES_ON_HEADING = re.compile(r"^(?:Keep|Continue) reading\b|^Read more\b", re.IGNORECASE)
# A government's own site: 'Japan Ministry of Defense', 'U.S. Department of State', "Prime Minister's Office of Japan".
_GOVERNMENT_SITE = re.compile(r"\b(?:Ministry|Department|Office)\b")
# A heading over the stories most read: 'Most viewed', 'Most Read', 'Trending now', 'Popular'.
_MOST_READ = re.compile(
    r"^(?:Most (?:viewed|read|popular|shared|watched)|Trending(?: now)?|Popular(?: now| stories)?)\b", re.IGNORECASE
)
# A file picture's caption: '(FILE) ...', 'A file picture dated 28 December 2015 shows ...', '... (File photo)'.
_FILE_PICTURE = re.compile(
    r"[(\[](?:files?|archive)(?: photo| picture| image)?[)\]]|\b(?:file|archive) (?:photo|picture|image|footage)"
    r"(?:graph)?s?\b|^File\b",
    re.IGNORECASE,
)
# A writer's sign-off with their address: 'Jae-Young Kim redfoot@donga.com'.
_SIGNED_WITH_ADDRESS = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*[,/|]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
)
# What a note on the writer says of them: 'X is ...', 'X covers ...', 'X joined the Post in 2018 ...'.
_WRITER_NOTE_VERB = r"(?:is|was|has been|serves as|covers|has covered|joined|writes|reports|has reported|has written)"
# The notes on writers close the story within its last this many paragraphs.
WRITER_NOTES_TAIL = 6
# A headline of two sentences is short: "South Korea and Japan are playing a dangerous game. The U.S. isn't helping."
TWO_SENTENCE_HEADLINE_MAX_WORDS = 14
# ... or longer, its second sentence short (see `_headline_like`; a verb in the simple past, not after 'have').
LONG_TWO_SENTENCE_HEADLINE_MAX_WORDS, HEADLINE_HOOK_MAX_WORDS = 18, 7
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_SIMPLE_PAST = re.compile(
    r"\b(?<!\bhave\s)(?<!\bhas\s)(?<!n't\s)(?<!n’t\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:[a-z]{3,}ed|began|said|met|held|took|made|went|came|fell|rose|struck|told|gave|sent|won|lost)\b")
# The fewest words of a paragraph of prose that may open the story with a web address in it.
URL_IN_PROSE_MIN_WORDS = 25
# ... and the most words of a fact check's verdict after the question it answers ('Not quite', 'Mostly false').
VERDICT_MAX_WORDS = 3
# A site's motto under its name is a few words long: "Japan's National Daily Since 1922".
MOTTO_MAX_WORDS = 6
# How far into a flattened page its header may reach, in characters.
FLAT_HEADER_MAX_CHARS = 400
# Where a word in capitals may open a dateline inside a flattened line.
_CAPS_WORD = re.compile(r"\s(?=[A-Z]{2,})")
_FLAT_BYLINE = re.compile(r"\s(?=By\s+[A-Z])")
# A list of other stories glued after the story's last sentence, and its heading.
_RELATED_WORDS = r"(?:Related|More) (?:Articles|Stories|News)"
_FLAT_RELATED = re.compile(rf"(?<=[.!?”\"])\s+(?={_RELATED_WORDS}\b)")
_RELATED_HEADING = re.compile(rf"^{_RELATED_WORDS}(?=\s)")
# A wire's end mark inside the flattened line: what follows is the page's footer.
# (and the reporter's address before it: '... wartime forced labor. colin@yna.co.kr (END) Keywords ...').
_FLAT_END = re.compile(r"(?<=[.!?”\"])(?:\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+))?\s+(\((?:END|End|end)\))(?:\s+|$)")


def _unflattened(units: list[_Unit]) -> list[_Unit]:
    """The units of a page flattened into a line or two when captured, split
    where its header's parts meet.

    'Home News World Seoul extends GSOMIA By Kim Min-ji Nov 22, 2019 SEOUL,
    Nov. 22 (Yonhap) -- South Korea ... Related Articles ...' becomes 'Home',
    'News', 'World', the headline, the byline, the stamp, the story and the
    list after it: a dateline inside the line marks where the story starts,
    when what stands before it reads as a header. Any other page is left as it is.
    """
    if len(units) > FLAT_PAGE_UNITS:
        return units
    return [piece for unit in units for piece in _split_flat(unit)]


# Paragraphs glued together with no space between, as a reader mode may give them: '... in less than a week.The
# roughly 40-minute meeting ...', '... on Nov. 17, 2019. (Mainichi/Shunsuke Ishii)BANGKOK -- Defense Minister ...'.
_GLUED_DATELINE = r"(?<=\))(?=[A-Z]{3,}(?:[ ,.]+[A-Z][\w.]*){0,3}\s+(?:--|—|–)\s)"
_DATELINE_GLUED = re.compile(_GLUED_DATELINE)
# (not after an abbreviation, a title's or another's: 'Gen.Kim', 'Prof.Kim', 'vs.Japan' (see `_seams`); no '!' of a
# name, 'Yahoo!Japan')
_GLUED_SEAM = re.compile(
    rf"(?<=[a-z][.?])(?=[A-Z][a-z])|(?<=[a-z][.?][”\"])(?=[A-Z][a-z])|{_GLUED_DATELINE}"
)
_GLUED_WORD = re.compile(r"([A-Za-z][a-z]+)[.?]$")
# A page's date stamp and its paper opening such a line: 'November 17, 2019 (Mainichi Japan) Defense Minister ...'.
_GLUED_STAMP = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
    r" \([^()]{2,40}\)(?=\s+[A-Z])"
)
# ... glued so at this many places at least, in one line this long at least (or a dateline glued to the credit
# of the caption before it).
GLUED_SEAMS_MIN, GLUED_LINE_MIN_CHARS = 2, 600


def _unglued(units: list[_Unit]) -> list[_Unit]:
    """The units, a line of paragraphs glued together with no space between (see `_GLUED_SEAM`) split
    into them, and the date stamp opening it apart."""
    out: list[_Unit] = []
    for unit in units:
        line = unit.lines[0]
        glued = len(unit.lines) == 1 and _DATELINE_GLUED.search(line) is not None
        seams = _seams(line) if glued or (len(unit.lines) == 1 and len(line) >= GLUED_LINE_MIN_CHARS) else []
        if not (glued or len(seams) >= GLUED_SEAMS_MIN):
            out.append(unit)
            continue
        stamp = _GLUED_STAMP.match(line)
        start = stamp.end() if stamp else 0
        cuts = [start, *(seam for seam in seams if seam > start), len(line)]
        pieces = ([stamp.group()] if stamp else []) + [line[a:b] for a, b in zip(cuts, cuts[1:])]
        out.extend(_Unit((piece,), *_cut_fragments(_fold(piece))) for p in pieces if (piece := p.strip()))
    return out


def _seams(line: str) -> list[int]:
    """Where `line` glues paragraphs together (see `_GLUED_SEAM`): not after an abbreviation ('Gen.Kim',
    'Prof.Kim', 'Dept.Officials'), but after a short name ('said Abe.South Korea said ...')."""
    seams = []
    for seam in _GLUED_SEAM.finditer(line):
        word = _GLUED_WORD.search(line, 0, seam.start())
        if word is None or f"{word.group(1)}." not in ABBREVIATIONS:
            seams.append(seam.start())
    return seams


def _split_flat(unit: _Unit) -> list[_Unit]:
    line = unit.lines[0] if len(unit.lines) == 1 else None
    at = _inner_dateline(line) if line else None
    pieces = _header_pieces(line[:at].strip()) if at else None
    if not pieces:
        return [unit]
    story, *others = _FLAT_RELATED.split(line[at:])
    related = []
    for other in others:  # each opens with its heading: the split looked for it
        heading = _RELATED_HEADING.match(other)
        related += [other[: heading.end()], other[heading.end():].strip()]
    end = _FLAT_END.search(story)
    if end:  # '... agreed to meet again. (END) (C) Yonhap News Agency. All Rights Reserved'
        story, related = story[: end.start()], [end.group(1) or "", end.group(2), story[end.end():].strip(), *related]
    return [_Unit((piece,), *_cut_fragments(_fold(piece))) if isinstance(piece, str)
            else _Unit((piece[0],), *_cut_fragments(_fold(piece[1])))
            for piece in (*pieces, story, *related) if piece]


def _inner_dateline(line: str) -> int | None:
    """Where a dateline starts inside `line` (after a space, in capitals), or None."""
    for match in _CAPS_WORD.finditer(line, 0, FLAT_HEADER_MAX_CHARS):
        found = metadata.extract_dateline(line[match.end():])
        if found:
            # (not the headline's last word in capitals before it, no place: '... into East Sea: JCS SEOUL, Oct. 2
            # (Yonhap) -- North Korea fired ...')
            # (a place of two words stays whole: 'NEW YORK', 'HONG KONG', 'CAMP DAVID')
            word = _ACRONYM_BEFORE.match(line, match.end())
            rest = metadata.extract_dateline(line[word.end():]) if word else None
            if rest and metadata.known_place(rest.dateline.place) and not metadata.known_place(found.dateline.place):
                return word.end()
            return match.end()
    return None


_ACRONYM_BEFORE = re.compile(r"([A-Z]{2,5})\s+(?=[A-Z])")


def _header_pieces(head: str) -> list[str | tuple[str, str]] | None:
    """A flattened header as its lines: the labels before the headline, each
    alone; the headline; the byline; the stamp (as printed and as read, when
    the site's name and menu stand before it and the headline after it). None
    without a headline."""
    words = head.split(" ")
    labels = []
    while len(words) > 1 and _concept(words[0]) in ("nav", "category"):
        labels.append(words.pop(0))
    rest = " ".join(words)
    byline = _FLAT_BYLINE.search(rest)
    stamp = next((m for form in bp.DATE_FORMS if (m := form.search(rest)) and metadata.page_date(rest[m.start():])),
                 None)
    seams = sorted(m.start() for m in (byline, stamp) if m is not None)
    headline = rest[: seams[0] if seams else len(rest)].strip()
    if not _headline_like(headline):
        # (the stamp over the headline, the site's name and menu before it: 'Yonhap News Agency 연합뉴스 Home National
        # ... All News 10:58 October 02, 2019 (3rd LEAD) N. Korea fires what appears to be SLBM into East Sea: JCS')
        dated = next((m for form in bp.DATE_FORMS if (m := form.search(rest)) and metadata.page_date(m.group())), None)
        after = rest[dated.end():].strip() if dated else ""
        if not (after and _headline_like(after)):
            return None
        # (the name and menu, a run of words no line pattern reads, are the stamp's line: chrome with it)
        time = _TIME_BEFORE.search(rest, 0, dated.start())
        cut = time.start() if time else dated.start()
        return [*labels, (rest[:dated.end()].strip(), rest[cut:dated.end()].strip()), after]
    parts = [rest[a:b].strip() for a, b in zip(seams, [*seams[1:], len(rest)])]
    return [*labels, headline, *(p for p in parts if p)]


# A stamp's time right before its date: '10:58 October 02, 2019'.
_TIME_BEFORE = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+$", re.IGNORECASE)


def _cut_fragments(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the chrome glued to it, and the pieces cut out."""
    cuts: list[str] = []
    for needle, case_blind, pattern in bp.INLINE_SCREENED:
        if needle not in (lower_for_patterns(text) if case_blind else text):
            continue  # no match, nothing to cut: most lines hold no markup
        cuts.extend(m.group(0).strip() for m in pattern.finditer(text))
        text = pattern.sub(" ", text)
    text = _fold(text)
    changed = True
    while changed and text:
        changed = False
        for pattern in bp.LEADING_FRAGMENTS:
            match = pattern.match(text)
            # 'Reporter: Kim Min-ji' credits the writer: a byline, not a cue before a line of script.
            if match and match.group(0).strip() and not metadata.parse_byline(text):
                cuts.append(match.group(0).strip())
                text = text[match.end():].strip()
                changed = True
        for needle, case_blind, pattern in bp.TRAILING_SCREENED:
            if needle not in (lower_for_patterns(text) if case_blind else text):
                continue
            match = pattern.search(text)
            start = match and match.start("cut" if "cut" in pattern.groupindex else 0)
            if match and text[start:].strip():
                cuts.append(text[start:].strip())
                text = text[:start].rstrip()
                changed = True
    return text, tuple(c for c in cuts if c)


def _in_page_order(unit: _Unit) -> list[str]:
    """The pieces cut from `unit`, in the order they stood in it."""
    printed = _fold(" ".join(unit.lines))
    return sorted(unit.cuts, key=lambda cut: printed.find(cut))


def _probe(text: str) -> str:
    """The unit as line patterns see it: without a leading list bullet or heading mark."""
    return _BULLET.sub("", text).strip()


def _words(text: str) -> int:
    """Words in `text`; kana and Han count CJK_CHARS_PER_WORD characters to a word."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + -(-unspaced // CJK_CHARS_PER_WORD)


def _key(text: str) -> str:
    """What two copies of one line share: the words, in lower case (not a wire's label of its version before a
    headline: '(LEAD) S. Korea to resume WTO complaint ...')."""
    return _KEY_NOISE.sub(" ", _VERSION_LABEL.sub("", text.casefold())).strip()


_VERSION_LABEL = re.compile(r"^\s*\((?:lead|\d(?:st|nd|rd|th) ld|urgent|update \d?|corrected|recasts)\)\s*")


def _word_runs(key: str) -> set[int]:
    """Hashes of the runs of ECHO_MIN_WORDS words in `key` (a `_key`); empty when shorter.

    Hash collisions only make `_echoes` compare more keys, never find an echo
    that is not there.
    """
    words = key.split(" ")
    return {hash(tuple(words[i : i + ECHO_MIN_WORDS])) for i in range(len(words) - ECHO_MIN_WORDS + 1)}


def _long_words(text: str) -> set[str]:
    """The words of `text` of five letters or more, case-folded, but the commonest."""
    return set(_LONG_WORD.findall(text.casefold())) - _COMMON_LONG_WORDS


def _caption_shaped(text: str, max_words: int = CAPTION_MAX_WORDS) -> bool:
    """At most one short sentence (`max_words` words), with no quotation but a few words a
    banner or a sign reads ('protesters hold a banner reading “No Abe”'; any words after 'reading': 'a sign reading
    "We don't sell Japanese products"')."""
    text = text.strip()
    return (_words(text) <= max_words and not _QUOTATION.search(_SIGN_READS.sub(" ", text))
            and not _has_sentence_end(text[:-1]))


# What a banner or a sign reads: 'reading "We don't sell Japanese products"'.
_SIGN_READS = re.compile(r"\b(?:reading|that reads|which reads)\s+[\"“][^\"“”]{1,80}[\"”]")


# Quoted words longer than a banner's: more than three words between quote marks, or a mark left open.
# (Each word and the space after it one way only: no backtracking over an unclosed mark.)
_QUOTATION = re.compile(r"[\"“”](?:[^\"“”\s]*\s){3,}[^\"“”]*[\"“”]|^[^\"“”]*[\"“”][^\"“”]*$")


# A transcript's speaker label in capitals: 'CHIEF CABINET SECRETARY SUGA: ...', 'SEC. ESPER: ...'.
_CAPS_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]*){0,7})\s?:\s+(?=\S)")
_LABEL_SMALL_WORDS = frozenset({"OF", "AND", "THE", "FOR", "ON", "TO"})
_LABEL_ACRONYMS = frozenset({"ROK", "US", "UN", "MND", "MOFA", "DPRK", "JCS", "NSC", "USFK", "PM", "GSOMIA", "METI"})


def _label_case(paragraph: str) -> str:
    """A paragraph whose speaker label is in capitals, the label written as names are ('CHIEF
    CABINET SECRETARY SUGA:' -> 'Chief Cabinet Secretary Suga:'), so that its speaker is read as
    one written so is; a one-word label ('REPORTER:', 'DW:') stays as it is."""
    match = _CAPS_LABEL.match(paragraph)
    if match is None or " " not in match["label"]:
        return paragraph
    words = match["label"].split()
    # Only a label naming a person: by an office ('SECRETARY ESPER') or a name ('KIM YOU-GEUN', 'MARK ESPER').
    if not (any(w.lower().rstrip(".") in ROLE_HEADS or w.lower() in ROLE_HEADS for w in words)
            or person_name(words[-2:]).strong or words[-2].title() in GIVEN_NAMES):
        return paragraph

    def word(text: str) -> str:
        if text in _LABEL_ACRONYMS or "." in text.rstrip(".") or (text.endswith(".") and len(text) == 2):
            return text  # 'U.S.', an initial 'T.'
        if text in _LABEL_SMALL_WORDS:
            return text.lower()
        return text[:1] + text[1:].lower()

    label = " ".join(word(w) for w in match["label"].split())
    return label + paragraph[match.end("label"):]


# Those who speak in a transcript by what they do there: 'INTERPRETER:', 'MODERATOR:'.
_TRANSCRIPT_ROLES = frozenset("interpreter translator moderator host anchor narrator question answer reporter".split())


def _host_outlets(texts: list[str], header: list[str]) -> list[str | None]:
    """The outlets the site addresses among `texts` name, and among a reader's app's fields over the story (`header`):
    'Bookmarked on Sep 2, 2019 · japantimes.co.jp · 4 min read' (not a listed story's: 'North Korea fires two
    projectiles · koreatimes.co.kr · 2h')."""
    return [
        *(metadata.named_host_outlet(t) for t in texts if "www." in t or "://" in t or _BARE_HOST.match(t)),
        *(metadata.host_outlet(part.strip()) for t in header if " · " in t
          for part in t.split(" · ") if _BARE_HOST.match(part.strip())),
    ]


def _source_lines(texts: list[str]) -> list[str]:
    """The source lines among `texts` ('Source: Reuters/ec'), a label on a line of its own joined to
    the line after it ('SOURCE:' / 'Al Jazeera and news agencies'), and a date stamp's source field
    ('2019-11-15 21:36:52    Source: Xinhuanet    Editor in charge: Liu Yang')."""
    fields = [f"Source: {field['name']}" for text in texts if text[:6].lower() != "source"
              and (field := _SOURCE_FIELD.search(text)) and metadata.page_date(text)]
    return [
        text if text.strip(" :").lower() != "source" else f"{text} {following}"
        for text, following in zip(texts, [*texts[1:], ""]) if text[:6].lower() == "source"
    ] + fields


# A date stamp's field naming the source, up to the next field (see `_source_lines`).
_SOURCE_FIELD = re.compile(
    r"\s(?:Source|SOURCE)\s*:\s*(?P<name>\S+(?: \S+){0,3}?)"
    r"(?=\s{2,}|\s+(?:(?:Web|Net|Responsible|Executive|Chief)\s+)?(?:Editors?|Editor in charge|Author|Reporter"
    r"|Photographer|Translator|Views|Font)\s*:|$)")


def _picture_caption(text: str, max_words: int = CAPTION_MAX_WORDS, verb_within: int = CAPTION_VERB_WITHIN) -> bool:
    """Whether `text` reads as a photo's caption: one short sentence (`max_words`) with no
    quotation that tells, in the present tense, what someone does (a verb of
    `_PICTURE_VERB` within its first `verb_within` words)."""
    opening = " ".join(text.split()[:verb_within])
    # (a noun after a word in small letters is none: 'last held formal talks in September')
    verb = next((v for v in _PICTURE_VERB.finditer(opening) if not (
        v.group() in _PICTURE_NOUNS and _WORD_BEFORE.search(opening, 0, v.start()))), None)
    # After a verb of saying, the word is a noun ('said talks would be held'): a caption shows, it does
    # not report; nor does it tell what someone said ('the number of South Koreans visiting Japan fell
    # 58.1 percent, the agency said'); nor what is to come ('Esper visits Seoul this week for talks ...').
    return (_caption_shaped(text, max_words) and _has_sentence_end(text)
            and verb is not None and not _REPORTING_VERB.search(opening, 0, verb.start())
            and not _REPORTED.search(text) and not _TOLD_TO_COME.search(_SIGN_READS.sub(" ", text)))


# A listed story's date after its headline: '... as trade row deepens 23.07.2019', '... despite cold   Nov 21st, 2019'.
_DATED_HEADLINE = re.compile(
    r"\s(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})$")

# A word in small letters right before: what a noun of `_PICTURE_NOUNS` has ('formal talks').
_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")
# Words of `_PICTURE_VERB` that are nouns as often: 'the talks', 'protests'.
_PICTURE_NOUNS = frozenset("talks rallies protests marches visits signs".split())

# A paragraph opening on a quotation mark.
_QUOTE_OPENING = re.compile(r"[\"“]")
# A ticker's label: 'BREAKING: PSX gains 412 points in early trade', 'JUST IN | ...'.
_TICKER = re.compile(r"\s*(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|JUST IN|Just [Ii]n|LATEST|FLASH)\s*[:|]\s")
# What parts a breadcrumb's items: 'Home › Office of the Spokesperson › Press Releases'.
_CRUMB = re.compile(r"\s+[›»>＞]\s+")
# ... and one whose steps a bar parts: 'Home | News & Events | Ambassador Harris Discusses Alliance, ...'.
_BARRED_CRUMB = re.compile(r"^Home\s+\|\s+")
_CRUMB_BAR = re.compile(r"\s+\|\s+")
# The last word of a line a headline goes on from: a small word no headline ends with ('... agree to keep the', 'Abe
# to hold talks with' / 'Moon Jae-in'), or one that may end one ('Trade feud drags on', '... walk away from') with
# a few words after it, not in small letters, nor a writer's name or a dateline ('... fail to narrow gap on' /
# 'GSOMIA in Bangkok talks'; not '... five years on' / 'the girl sits', '... drags on' / 'Kim Tong-hyung').
_OPEN_HEADLINE_END = re.compile(r"\s(?:of|the|a|an|and|or|its|their|amid|with|to|for|at|into)$")
_OPEN_HEADLINE_END_SHORT = re.compile(r"\s(?:on|in|from)$")
HEADLINE_REST_MAX_WORDS = 4
# A speaker's label on a line of its own: capitalised words, a name last, and a colon.
_LABEL_OVER_QUOTE = re.compile(
    r"\s*(?P<role>(?:[A-Z][\w.'’-]*\s){0,6})(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\s?:\s*"
)


def _label_over_quote(text: str) -> bool:
    """Whether `text` labels the quotation under it with its speaker: a role and a name ('Chief Cabinet
    Secretary Yoshihide Suga:'), or a Korean name alone ('Lee Nak-yon:'); not a crosshead ('North Korea
    Responds:', 'What The Leaders Said:')."""
    label = _LABEL_OVER_QUOTE.fullmatch(text)
    if label is None:
        return False
    words = (label["role"] + label["name"]).split()
    return any(word.lower() in ROLE_HEADS and word.lower() not in PLURAL_ROLE_HEADS for word in words[:-1]) or (
        not label["role"] and metadata.name_byline(label["name"]) is not None and "-" in label["name"])


# What sets an on-screen name apart from the titles after it: 'Mark Esper, U.S. ...', 'Kim You-geun / 1st ...'.
_ON_SCREEN_APART = re.compile(r",\s+|\s+/\s+")
_BY_TRANSLATOR = re.compile(r"\s*\((?:through|via) (?:an? )?(?:translator|interpreter)\)", re.IGNORECASE)
# The words a line of titles holds besides capitalised ones: 'Minister of Trade, Industry and Energy'.
_TITLE_LINE_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "&"})


def _bite_named(text: str) -> tuple[str, str | None] | None:
    """Whom a sound-bite cue names and the titles it gives them ('[SOUNDBITE] Na Seung-sik, Director General for Trade
    and Investment, ...' -> ('Na Seung-sik', 'Director General for Trade and Investment, ...')); None for no cue."""
    bite = bp.SOUND_BITE.match(_probe(text))
    if bite is None:
        return None
    cue = bite["speaker"] or bite["angled"] or bite["named"]
    titles = re.split(r"\s*/\s*" if bite["speaker"] else r"\s*[/,]\s*", cue, maxsplit=1)[1:]
    return _bite_speaker(cue, commas=not bite["speaker"]), titles[0] if titles else None


def _bite_speaker(text: str, commas: bool = False) -> str:
    """Who a sound-bite cue names, before the titles a slash (with `commas`, a comma too) sets off,
    a name in capitals written as names are ('KIM YOU-GEUN / 1st Deputy Director' -> 'Kim You-geun';
    not 'Trade, Industry and Energy Minister Sung Yun-mo', a title with commas in it, cut)."""
    named = " ".join(re.split(r"\s*[/,]\s*" if commas else r"\s*/\s*", text)[0].split())
    return _cue_name(named) if named.isupper() else named


# A speaker's name alone over a transcript's turn, and how the words came: 'Taro Kono (through translator):'.
_TURN_LABEL = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: \((?i:through|via) (?:an? )?(?i:translator|interpreter)\))?:"
)
# How many such labels make a transcript.
TURN_LABELS = 3


def _name_and_titles(text: str) -> tuple[str, str]:
    """An on-screen name and the titles after it on its line ('Mark Esper, U.S. Secretary of Defense', 'Kim You-geun
    / 1st Deputy Director, National Security Office'); (text, '') for a line of no titles."""
    name, titles = (_ON_SCREEN_APART.split(text, maxsplit=1) + [""])[:2]
    return (name, titles) if titles and _titles_line(titles) else (text, "")


def _cue_name(text: str) -> str:
    """The name an on-screen caption shows, written as names are ('KIM YOU-GEUN' -> 'Kim You-geun')."""
    name, _ = _name_and_titles(_BY_TRANSLATOR.sub("", text))  # (its titles after it: 'Mark Esper, U.S. Secretary ...')
    named = metadata.name_byline(name)
    return named.name if named is not None and named.name else name.strip()


def _titles_line(text: str) -> bool:
    """Whether a line is a speaker's titles alone, as a broadcast shows them under the name: 'Director
    General, Trade Control Department, METI' (capitalised words and a role's name, no sentence)."""
    words = text.replace(",", " ").split()
    return (0 < len(words) <= 12 and not _has_sentence_end(text)
            and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_LINE_SMALL_WORDS for w in words)
            and any(w.lower() in ROLE_HEADS for w in words))


def _has_sentence_end(text: str) -> bool:
    """Whether `text` ends a sentence somewhere.

    Inside a line the period of 'S. Korea', 'U.S. troops', 'Gen. Milley' or
    'Nov. 23' is no end, nor an ellipsis the line goes on from in small letters;
    at the end of the line only a name title's is not.
    A CJK full stop ('。') is an end wherever it stands.
    """
    if _CJK_SENTENCE_MARK.search(text):
        return True
    text = text.rstrip()
    for match in _SENTENCE_MARK.finditer(text):
        word, mark = match.group(1), match.group(2)
        if (mark == "…" or word.strip(".") == "") and text[match.end():].lstrip()[:1].islower():
            continue  # an ellipsis going on in small letters: '"Japan distorted the agreement" ... protest'
        if mark == "." and word.endswith("..") and text[match.end():].lstrip()[:1].islower():
            continue  # ... glued to the word before it: 'to solve the problem... even lost national pride'
        if mark != ".":
            return True
        bare = word.lstrip("(\"'“‘")
        if match.end() == len(text):
            return bool(bare) and bare not in _NAME_TITLES and bare not in _MONTH_ABBREVIATIONS
        # After a hyphen too: 'Japan-S. Korea spat'.
        if not bare or bare in _ABBREVIATIONS or _INITIALS.fullmatch(bare.rsplit("-", 1)[-1]):
            continue
        return True
    return False


# A list item's number: '1. Korean actor dies at 42' ends no sentence after '1.'.
_ENUMERATION = re.compile(r"^\s*\d{1,2}[.)]\s+")


def _is_prose(text: str) -> bool:
    if _words(text) < 6:
        return False
    text = _ENUMERATION.sub("", text)
    # A wire's sign-off glued to the last full stop: '... on export controls.-VNA'.
    return _has_sentence_end(text) or bool(
        (sign_off := bp.SIGN_OFF.search(text)) and _has_sentence_end(text[: sign_off.start()])
    )


def _is_foreign(text: str) -> bool:
    """Whether most letters of `text` are of a non-Latin script."""
    other = len(bp.NON_LATIN_LETTER.findall(text))
    if not other:
        return False  # the usual case: no need to count the Latin letters
    latin = len(_LATIN.findall(text))
    return other >= bp.NON_LATIN_SHARE * (other + latin)


# A writer's name and where they filed from, any place: 'Hannah Morley in Tsushima'.
_NAME_IN_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$"
)
# A print issue's stamp: 'September 23, 2019 Issue', 'Nov 30th 2019 edition'.
_PRINT_ISSUE = re.compile(r"\b(?:[Ii]ssue|[Ee]dition)\s*$")
# An item of a wiki's table of contents: '1 Background', '3.1 Suspension'.
_CONTENTS_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\s+\S[^.!?]{0,80}$")
# What a box inside the story is made of: its pitch, buttons, the offer.
_BOX_FATES = frozenset({"drop:promo", "drop:widget", "drop:subscription", "drop:paywall"})
# A page's own stamp, labelled as the page's: 'Date 28.08.2019' (a story listed is 'Posted ...' too).
_OWN_STAMP = re.compile(r"Date\b")
# A listed story's teaser closed by its date in brackets: '... between the US allies. (22.08.2019)'.
_DATED_TEASER = re.compile(r"[.!?”\"]\s*\(\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*\)$")
# ... or by its link: '... the foreign ministry said Friday.  full story' (Xinhua's).
_LINKED_TEASER = re.compile(r"[.!?”\"]\s*(?:Full|full) story\s*$")
# ... or cut short: 'TOKYO, Nov. 22 (Xinhua) -- Japanese Prime Minister Shinzo Abe on Friday welcomed South Korea's
# decision to suspend the termination of...'.
_CUT_TEASER = re.compile(r"[\w,]\s?(?:\.\.\.|…)\s*$")
# Items numbered one after another, copied into one paragraph: '1. Moon calls for calm 2. Seoul to launch ...'.
_NUMBERED_ITEMS = re.compile(r"\s*1\.\s+\S.{0,200}?\s2\.\s+\S")


def _writer_post(text: str) -> bool:
    """Whether a line under a writer's name is their post: 'Nonresident Fellow - Foreign Policy, Center for
    East Asia Policy Studies', 'Senior Fellow', a few words naming a role, no sentence."""
    words = [word.strip(_PUNCTUATION).lower() for word in text.split()]
    if not 0 < len(words) <= WRITER_POST_MAX_WORDS or _has_sentence_end(text):
        return False
    # It opens with the post ('Senior Fellow', 'Nonresident Fellow'), not a headline's words naming one
    # ('Outcome of Korea-Japan Foreign Ministers' Meeting').
    k = 0
    while k < len(words) - 1 and (words[k] in ROLE_MODIFIERS or words[k] in _POST_MODIFIERS):
        k += 1
    return words[k] in ROLE_HEADS


# Words that qualify a scholar's post: 'Nonresident Fellow', 'Visiting Professor'.
_POST_MODIFIERS = frozenset(
    "nonresident non-resident visiting adjunct associate assistant distinguished research".split()
)


# A line naming the government body that issues a statement, over it: 'MINISTRY OF TRADE, INDUSTRY AND ENERGY',
# 'REPUBLIC OF KOREA' (read in title case).
_ISSUER_LINE = re.compile(
    r"(?:The )?(?:Ministry|Department|Office|Embassy|Consulate|Mission|Government|Republic|Kingdom|Secretariat)"
    r" (?i:of)(?: (?:[A-Z][\w'’.-]*,?|(?i:of|and|for|the)|&))+"
)


def _issuer_line(text: str) -> bool:
    """Whether a line in capitals names a government body (a headline in title case may open so: 'Republic of
    Korea's Decision To Continue GSOMIA')."""
    probe = _probe(text)
    return probe.isupper() and _ISSUER_LINE.fullmatch(probe.title()) is not None


# A label over a picture's credit: 'Image copyright', 'Image source', 'Photo credit:'.
_PICTURE_CREDIT_LABEL = re.compile(r"^(?:Image|Photo|Picture)\s+(?:copyright|source|credit)s?\s*:?$", re.IGNORECASE)


def _headline_like(text: str, latin_page: bool = True) -> bool:
    """A line shaped like a headline: a few capitalised words, no full stop inside.

    Scripts without capitals (Hangul, kana, Han) pass the capital test. On a
    page in Latin script a line in another script is no headline, nor a name in
    both scripts, its Latin letters all capitals ('朝雲新聞社　ASAGUMO NEWS', a
    masthead).
    """
    text = metadata.AIRED.sub("", _probe(text))  # a transcript's headline ends in the hour its show aired
    opening = text.lstrip(_HEADLINE_OPENERS)
    if not opening or not (opening[0].isdigit() or (opening[0].isalpha() and not opening[0].islower())):
        return False
    if not 2 <= _words(text) <= HEADLINE_MAX_WORDS or _URL.search(text) or (latin_page and (_is_foreign(text) or (
            bp.NON_LATIN_LETTER.search(text) and not any(c.islower() for c in text)))):
        return False
    # A headline may end in a question, or in initials: '... pressure from U.S.'; an ellipsis may join its parts.
    if not _has_sentence_end(_TRAILING_INITIALS.sub("", _JOINING_ELLIPSIS.sub("; ", text.rstrip("?!\"'”’")))):
        return True
    # In title case, a question may open it: 'Can Washington Save the Intel Deal? Experts Doubt It'.
    if "." not in text and _title_cased(text):
        return True
    # ... and an opinion's headline may be two short sentences: 'GSOMIA Survived 2019. Can It Survive 2020?',
    # "South Korea and Japan are playing a dangerous game. The U.S. isn't helping."
    sentences = split_sentences(text)
    verdict = sentences[-1].strip(" .\"'“”‘’") if len(sentences) == 2 else ""
    if (sentences[0].endswith("?") and verdict[:1].isupper() and _words(verdict) <= VERDICT_MAX_WORDS
            and not _has_sentence_end(verdict)):
        return True  # ... or a question and a fact check's verdict: '[Fact Check] Did Seoul ‘extend’ GSOMIA? Not quite'
    # (longer, the second sentence short, no figure, nor a day named with both told in the past, as a lead's
    # sentences are: 'South Korea just ditched a military intelligence deal with Japan. Here's why that's a big
    # deal.'; not 'Tokyo's cabinet approved the change on Friday. Seoul vowed to respond in kind within days.',
    # 'The deadline is November 23. The window for a deal is narrower than that suggests.')
    return (len(sentences) == 2 and (_words(text) <= TWO_SENTENCE_HEADLINE_MAX_WORDS or (
            _words(text) <= LONG_TWO_SENTENCE_HEADLINE_MAX_WORDS and _words(sentences[1]) <= HEADLINE_HOOK_MAX_WORDS
            and not any(c.isdigit() for c in text)
            and not (_WEEKDAY.search(text) and all(_SIMPLE_PAST.search(sentence) for sentence in sentences))))
            and all(sentence[:1].isupper() or sentence[:1].isdigit() for sentence in sentences))


_PUNCTUATION = "\"'“”‘’()[]:;,.!?-–—"
# An ellipsis between two parts of a headline: 'take effect... Gov't "will take WTO complaint"'.
_JOINING_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*(?=[A-Z\"“'‘])")


_SHORT_PREPOSITIONS = frozenset({"from", "with", "into", "onto", "over", "upon"})


def _named_past_opening(text: str, name: str) -> bool:
    """Whether `text` names the one called `name` by their surname past its opening, where a note on them has the name
    ('Daniel R. Haskins, a retired Army colonel, ...', 'Mr. Haskins is ...')."""
    surname = re.escape(name.split()[-1])
    opening = re.match(rf"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:{re.escape(name)}|{surname})\b", text)
    return bool(re.search(rf"\b{surname}\b", text[opening.end() if opening else 0:]))


def _writer_name(text: str) -> bool:
    """Whether `text` is a person's name alone, as a byline prints a writer's: a middle initial, a known given name or
    a Korean name in it ('Hannah J. Seo', 'Kim Da-eun'; not a short headline in title case, 'Abe Stands Firm')."""
    return bool(metadata.name_alone(text)) and bool(
        _MIDDLE_INITIAL.search(text) or text.split()[0] in GIVEN_NAMES or person_name(text).strong)


_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.\s")


def _title_cased(text: str) -> bool:
    """Whether every word of `text` of four letters or more opens with a capital, as headlines in
    title case do ('Japan-Korea Ties: What Next After GSOMIA?'), a preposition of four letters aside ('South Korea Walks
    Away from GSOMIA'); a sentence has small words too."""
    # (not in a sentence with its stop: 'Kang Kyung-wha met with Toshimitsu Motegi on Saturday.')
    sentence = _probe(text).rstrip().endswith(".")
    long = [word for word in _probe(text).split() if len(word.strip(_PUNCTUATION)) >= 4
            and (sentence or word.strip(_PUNCTUATION) not in _SHORT_PREPOSITIONS)]
    return len(long) >= 3 and all(word.strip(_PUNCTUATION)[:1].isupper() for word in long)


def _dateline_opening(text: str) -> bool:
    """Whether `text` opens with a dateline, not a label before a colon ('KUHN: The U.S. had urged ...')."""
    opening = metadata.extract_dateline(text)
    return opening is not None and not opening.text.rstrip().endswith(":")


def _speaker_turn(dateline: str, texts: Sequence[str]) -> bool:
    """Whether a dateline read before a colon opens another paragraph too: a transcript's
    speaker, not a place ('HOLCOMB: Let's start in Chengdu.' ... 'HOLCOMB: And GSOMIA?')."""
    return (dateline.endswith(":") and not metadata.known_place(dateline.rstrip(": ").split(",")[0])
            and sum(text.startswith(dateline) for text in texts) > 1)  # (not a roundup's 'SEOUL:' items)


def _opens_body(text: str, latin_page: bool = True) -> bool:
    """Whether a unit can be the first body paragraph: prose, or an opening dateline (an address in it only in a
    long paragraph of prose: "... SK hynix Inc. (or 'the Company', www.skhynix.com) today announced ...")."""
    if (_URL.search(text) and not (_words(text) >= URL_IN_PROSE_MIN_WORDS and _has_sentence_end(text))) or (
            latin_page and _is_foreign(text)):
        return False
    opening = metadata.extract_dateline(text)
    # A place and a colon open headlines too ('Seoul: Tokyo must act first'), and a city in small
    # letters and a dash ('Seoul – Tokyo ties at a crossroads'): a sentence must follow.
    # (but a US city and its state: 'Sherman Oaks, CA – Congressman Brad Sherman ... issued the following statement:')
    headline_like = opening is not None and (
        opening.text.endswith(":") or (opening.dateline.agency is None and not opening.dateline.place.isupper()
                                       and not metadata.US_PLACE.fullmatch(opening.dateline.place))
    )
    if opening and _words(text) >= 5 and (not headline_like or _has_sentence_end(text)):
        return True
    # (an ellipsis joining a headline's parts ends no sentence: 'N. Korea fires two projectiles into East Sea...
    # Seoul shares info with Tokyo', as Korean papers write them; nor does a listed story's number, its date after
    # it: '1. Hwang refuses to end hunger strike despite cold   Nov 21st, 2019')
    if _listed_story(text):
        return False
    return _words(text) >= BODY_MIN_WORDS and _has_sentence_end(_JOINING_ELLIPSIS.sub("; ", text))


def _concept(text: str, latin_page: bool = True) -> str | None:
    """The chrome concept a unit is, judged on its own; None for a possible body line.

    A line mostly in a script other than Latin is chrome on a `latin_page` only.
    """
    probe = _probe(text)
    if not _ALNUM.search(probe) and not _THEMATIC_BREAK.match(text):
        return "noise"
    lowered = lower_for_patterns(probe)
    if bp.EMAIL_GROUP.matches(probe, lowered):
        return "email"  # (before its dates: a mail's are not the story's)
    if metadata.page_date(probe) or metadata.readings(probe):  # (a day either way round too: '04/07/2019')
        return "page_date"
    if metadata.parse_byline(probe):
        return "byline"
    for name, group in bp.LINE_CHROME_GROUPS:
        if group.matches(probe, lowered):
            return name
    # A known outlet's name in any case: 'THE ASAHI SHIMBUN'; a site's name with it:
    # 'The Japan News by The Yomiuri Shimbun'; what it is after it: 'Prensa Latina - Latin American News Agency'.
    if (len(probe) <= MASTHEAD_MAX_CHARS and (metadata.known_outlet(probe) or metadata.canonical_agency(probe))) or (
            metadata.site_by_outlet(probe) or metadata.outlet_over_section(probe)
            or metadata.outlet_with_its_names(probe) or metadata.outlet_with_motto(probe)):
        return "masthead"
    if latin_page and _is_foreign(probe):
        return "foreign_script"
    if bp.CAPTION_GROUP.matches(probe, lowered):
        return "caption"
    return None


def _footer(text: str) -> str | None:
    probe = _probe(text)
    lowered = lower_for_patterns(probe)
    for name, group in bp.FOOTER_GROUPS:
        if group.matches(probe, lowered):
            return name
    return None


# How many lines after a feed's trailer the next item's link or date shows it is another item.
FEED_ITEM_HEAD_LINES = 4


def _feed_item_end(units: list[_Unit], concepts: list[str | None], i: int) -> str | None:
    """'next_document' for a feed's trailer ('The post ... appeared first on The Diplomat.') with another item after
    it, its headline over its link, date or byline ('Typhoon Bualoi to bring heavy rain ...' / 'https://...' / 'Thu,
    24 Oct 2019 06:55:03 +0000'), or the page's foot and widgets ('12 Comments'); the trailer alone is a widget."""
    if not bp.FEED_TRAILER[0].match(_probe(units[i].text)):
        return None
    after = range(i + 1, min(len(units), i + 1 + FEED_ITEM_HEAD_LINES))
    if any(concepts[k] in ("page_date", "byline", "widget") or _LINK_LINE.match(units[k].text.strip())
           or _footer(units[k].text) for k in after):
        return "next_document"
    # (or a headline right after it: 'Typhoon Bualoi to bring heavy rain to Japan' / 'The storm is expected ...')
    if i + 1 < len(units) and concepts[i + 1] is None and _headline_like(units[i + 1].text):
        return "next_document"
    return None


_LINK_LINE = re.compile(r"https?://\S+$")


def _wire_end(unit: _Unit) -> str | None:
    """'wire_end' for a line that was only a wire's end mark ('(END)', cut off as a fragment):
    what follows it is another story (a related headline, the next item)."""
    if unit.text.strip() or not any(bp.WIRE_END[0].match(cut.strip()) for cut in unit.cuts):
        return None
    return "wire_end"


def _about_issuer(units: list[_Unit], i: int) -> str | None:
    """'about_issuer' for a heading 'About X' over a note opening with X's name and what body it is
    ('About the Pacific Allied Security Forum' / 'The Pacific Allied Security Forum is a nonpartisan
    research institute ...'): a press release's note on its issuer, after the story (not an explainer's
    crosshead: 'About GSOMIA' / 'GSOMIA is a military pact ...')."""
    heading = bp.ABOUT_HEADING.match(_probe(units[i].text))
    if heading is None or i + 1 >= len(units):
        return None
    name = re.escape(heading["name"].removeprefix("the "))
    # (its founding or its seat first, a mark after the name: 'Founded in 1946, the Korea International Trade
    # Association is ...', 'SEMI® connects more than 2,100 member companies', 'SK hynix Inc., headquartered in Korea,
    # is the world's top tier semiconductor supplier')
    note = re.match(rf"(?:(?:Founded|Established|Headquartered|Based) in [^,.]{{1,60}}, )?(?:[Tt]he )?{name}"
                    rf"(?: \([A-Z]{{2,8}}\))?(?:[®™] [a-z]+s\b[^.]{{0,160}}|(?:,[^,.]{{1,60}},)? (?:is|was) (?:a|an|the"
                    # (the body's noun in the phrase that says what it is: not 'GSOMIA is a military pact signed in
                    # 2016 under which ... on North Korea's nuclear program')
                    rf"|one of|[A-Z]\w*['’]s)(?:\s+[\w'’-]+){{0,6}}?\s+)\b{bp.ISSUER_NOUNS}\b",
                    _probe(units[i + 1].text))
    return "about_issuer" if note else None


def _contact_label(units: list[_Unit], i: int) -> str | None:
    """'contacts' for a label over a contact block, a number or an address in the lines after it
    ('Contact:' / 'Daniel Cheung' / 'Director' / '+852 2263 9940'); not a label in the story."""
    label = bp.CONTACT_LABEL.match(_probe(units[i].text))
    if not label:
        return None
    # (under a label with no colon, an address: 'Contacts' / a name / a post / '+1 202 ...' / 'nf@example.com'; not a
    # crosshead over years: 'Relations' / '... colonial rule (1910-1945).')
    detail = bp.CONTACT_DETAIL if label["colon"] else bp.CONTACT_ADDRESS
    details = any(detail.search(u.text) and (label["colon"] or _words(u.text) <= SHORT_LINE_WORDS)
                  for u in units[i + 1:i + 1 + CONTACT_BLOCK_LINES + (not label["colon"])])
    return "contacts" if details else None


# How many lines after a contact label hold its details.
CONTACT_BLOCK_LINES = 4


# A list of other stories' headlines, numbered: '1. LA County approves $4.5 million for Koreatown senior center'.
_NUMBERED_HEADLINE = re.compile(r"^(?P<n>\d{1,2})\.\s+(?=\S)(?!(?:\S+\s+){16})[^\n]{3,140}(?<![.:;,])$")
NUMBERED_HEADLINES_MIN = 3


# A headline asking its question after a label: 'Japan and South Korea: What’s behind the trade dispute?'.
_LABELLED_QUESTION = re.compile(r"^[A-Z][^.!?:;]{2,60}:\s+[A-Z][^.!?:;]{2,100}\?$")


def _listed_story(text: str) -> bool:
    """Whether a line is another story's in a numbered list, its date after it: '1. Hwang refuses to end hunger
    strike despite cold   Nov 21st, 2019'."""
    return _NUMBERED_HEADLINE.match(text) is not None and _DATED_HEADLINE.search(text) is not None


def _unbracketed(headline: str) -> str:
    """A headline without the lenticular brackets a Japanese site prints it in: '【Statement by Foreign Minister Taro
    Kono on ...】'."""
    return headline[1:-1].strip() if headline.startswith("【") and headline.endswith("】") and (
        "【" not in headline[1:-1] and "】" not in headline[1:-1]) else headline


# A wire's label over a flash, and its note under it.
_FLASH_LABEL = re.compile(r"^(?:URGENT|FLASH|BULLETIN|BREAKING(?: NEWS)?|ALERT)\W*$")
_MORE_TO_FOLLOW = re.compile(r"^(?:More to (?:follow|come)|Developing(?: story)?|This is a developing story)\W*$", re.I)


# A row of an encyclopedia's box of facts: its field's name, then the value, no full stop; three among five lines
# running at least.
_INFOBOX_ROW = re.compile(
    r"^(?:Type|Signed|Location|Effective|Expiration|Expires|Condition|Conditions|Signatories|Signers|Parties"
    r"|Languages?|Depositary|Ratifiers|Status|Date|Dates|Caused by|Part of|Lead figures|Goals|Methods|Result|Outcome"
    r"|Participants|Duration|Drafted|Sealed|Citation|Long name|Full name)\s+[A-Z0-9].{0,150}(?<![.!?])$"
)
INFOBOX_ROWS = 3
_QUOTE_MARKS = re.compile(r"[\"“”]")
# The lines of the box's heading, and their words at most.
INFOBOX_HEADINGS = 2
INFOBOX_HEADING_WORDS = 25


# A Korean paper's headline, its parts joined by dots, no stop at its end: 'Moon "GSOMIA termination caused by Japan"
# ... "Efforts until the end" at the conversation with the people'.
_DOTTED_HEADLINE = re.compile(r"^[^.!?]*\S\s+(?:\.\.\.|…)\s+\S[^.!?]*(?<![.!?\"”])$")


def _is_related_heading(text: str) -> bool:
    probe = _probe(text)
    return bp.RELATED_GROUP.matches(probe, lower_for_patterns(probe))


# A writer signing off: 'By Choi He-suk (cheesuk@heraldcorp.com)', 'Jae-Young Kim redfoot@donga.com'.
# (or the writer's address alone, or after a label or the name: 'cheesuk@heraldcorp.com', 'Email: ...',
# 'Choi He-suk, ...')
_WRITER_SIGN_OFF = re.compile(
    r"^\s*By\s+[A-Z]|^\s*(?:E-?mail\s*:\s*)?(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[,(]?\s*)?\S+@\S+?\)?\s*$"
)


def _sign_off_agency(credit: str) -> str | None:
    """The agency a wire's sign-off names: '(Yonhap)', '(By Kyodo)', '-- BERNAMA'."""
    return metadata.canonical_agency(re.sub(r"^[(<]\s*(?:By\s+)?|\s*[)>]$|^[-–—]+\s*", "", credit))


def _split_glued_headline(text: str) -> tuple[str | None, str | None, str]:
    """A page flattened into one line: (section label, headline, rest).

    'Analysis What to make of ... North KoreaWith end to ...' has the label,
    then the headline glued to what follows it without a space. Returns
    (None, None, text) when no such headline is found.
    """
    label = None
    body = text
    match = next((m for p in bp.LEADING_LABELS if (m := p.match(text))), None)
    if match:
        label, body = match.group(0).strip(), text[match.end():]
    for glue in _GLUE.finditer(body, 0, 300):
        head, rest = body[: glue.start()].strip(), body[glue.start():]
        words = _words(head)
        if words > HEADLINE_MAX_WORDS or _has_sentence_end(head):
            break
        if words >= 4 and _words(rest) >= BODY_MIN_WORDS:
            return label, head, rest
    return None, None, text


# A byline and its date glued between the head and the body of a flattened page:
# "... after intense U.S. pressure By Chad O'Carroll November 22, 2019 South Korea on Friday ...".
_GLUED_BYLINE = re.compile(
    rf"\s(?P<byline>By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}\s+{bp.MONTH}\.?\s+\d{{1,2}},\s+\d{{4}})"
    rf"\s+(?=[A-Z\"“])"
)


def _split_at_glued_byline(text: str) -> tuple[str | None, str | None, str | None, str]:
    """A page flattened into one line with the byline and date between head and body:
    (section label, headline, byline, rest), or (None, None, None, text). The headline
    keeps a standfirst glued to it: nothing tells where one ends and the other begins."""
    glued = _GLUED_BYLINE.search(text, 0, 600)
    if glued is None or not metadata.page_date(glued["byline"]):
        return None, None, None, text
    head, rest = text[: glued.start()].strip(), text[glued.end():].lstrip()
    label = None
    match = next((m for p in bp.LEADING_LABELS if (m := p.match(head))), None)
    if match:
        label, head = match.group(0).strip(), head[match.end():].strip()
    if not 4 <= _words(head) <= 2 * HEADLINE_MAX_WORDS or _words(rest) < BODY_MIN_WORDS:
        return None, None, None, text
    return label, head, glued["byline"], rest


# --- The page ------------------------------------------------------------------------


class _Page:
    """The units of one article and the fate of each: a working record for `clean`.

    `fates[i]` is 'title', 'body', 'crosshead', 'dateline' (a lone dateline
    line joined to the first paragraph) or 'drop:<concept>'.
    """

    def __init__(self, units: list[_Unit], latin_page: bool = True) -> None:
        self.units = units
        self.latin_page = latin_page
        self.concepts = [_concept(u.text, latin_page) for u in units]
        # A clipping tool's fields: its 'Updated:' under its 'Created:' is its own, as the site's is not.
        for i in range(1, len(units)):
            if self.concepts[i - 1] == "email" and _TOOL_UPDATED.match(_probe(units[i].text)):
                self.concepts[i] = "email"
        # A video's title between the player's labels ('JUST WATCHED' / the title / 'Replay'; 'WATCH' / the title, its
        # length or nothing under it), and a gallery's counter under its caption's button ('Hide Caption' / '1 of 30');
        # a stock's code over the firm's name in capitals, as Bloomberg boxes them ('000660' / 'SK HYNIX INC').
        for i in range(1, len(units)):
            if self.concepts[i] is None and self.concepts[i - 1] == "widget" and (
                    _GALLERY_COUNTER.fullmatch(_probe(units[i].text))
                    or _stock_name(_probe(units[i - 1].text), _probe(units[i].text))
                    or (_PLAYER_LABEL.match(_probe(units[i - 1].text)) and _headline_like(units[i].text, latin_page)
                        and (i + 1 < len(units) and self.concepts[i + 1] == "widget"
                             or _WATCH_LABEL.fullmatch(_probe(units[i - 1].text))))
                    # (the player's next videos, a title and its length each: 'UP NEXT' / '...' / '01:12' / 'Kim Jong
                    # Un oversees missile launch as allies hold drills' / '00:58')
                    or (i >= 2 and self.concepts[i - 2] == "widget"
                        and _VIDEO_LENGTH.fullmatch(_probe(units[i - 1].text)) and i + 1 < len(units)
                        and _VIDEO_LENGTH.fullmatch(_probe(units[i + 1].text))
                        and _headline_like(units[i].text, latin_page))):
                self.concepts[i] = "widget"
        # A newsletter box's name and pitch over its field for the reader's address: 'Today’s WorldView' / 'What’s most
        # important from where the world meets Washington' / 'Enter email address'.
        # (both, or the name alone over a field with its button under it: not a crosshead alone over a field in the
        # story)
        for i in range(1, len(units)):
            if not _EMAIL_FIELD.match(_probe(units[i].text)):
                continue
            box = [k for k in range(i - 1, max(-1, i - 1 - NEWSLETTER_BOX_LINES), -1) if self.concepts[k] is None
                   and _words(_probe(units[k].text)) <= SHORT_LINE_WORDS
                   and not _probe(units[k].text).rstrip().endswith((".", "!", "?", '"', "”"))]
            buttoned = i + 1 < len(units) and bool(_SIGN_UP_BUTTON.match(_probe(units[i + 1].text)))
            if box[:1] == [i - 1] and (box == list(range(i - 1, i - 1 - NEWSLETTER_BOX_LINES, -1)) or buttoned):
                for k in (box if len(box) == NEWSLETTER_BOX_LINES else box[:1]):
                    self.concepts[k] = "promo"
        # A picture's caption between its buttons, its credit under it: 'Enlarge this image' / 'Protesters hold
        # signs ...' / 'Jung Yeon-je/AFP/Getty Images' / 'hide caption' (NPR's).
        # ... and The New York Times': 'Image' / 'Protesters in Seoul on Friday ...' / 'Credit...Ahn Young-joon/AP'.
        for i in range(1, len(units) - 1):
            if self.concepts[i] is None and (
                _PICTURE_BUTTON.match(_probe(units[i - 1].text)) and any(
                    _CAPTION_BUTTON.match(_probe(u.text)) for u in units[i + 1:i + 1 + CAPTION_BUTTON_AFTER])
                or _probe(units[i - 1].text) == "Image"
                and _probe(units[i + 1].text).startswith(("Credit...", "Credit…"))
            ):
                self.concepts[i] = "caption"
        # An encyclopedia's box of an agreement's or a dispute's facts, a row a field: 'Type  Intelligence-sharing
        # agreement' / 'Signed  23 November 2016' / 'Parties  Japan; South Korea'.
        # ... and the box's heading over them, a name or two with no stop: 'General Security of Military Information
        # Agreement' / 'Agreement between the Government of Japan and ...'.
        rows = [self.concepts[i] is None and bool(_INFOBOX_ROW.match(_probe(u.text))) for i, u in enumerate(units)]
        for i in range(len(units)):
            if rows[i] and sum(rows[i:i + INFOBOX_ROWS]) + sum(rows[max(0, i - INFOBOX_ROWS + 1):i]) >= INFOBOX_ROWS:
                self.concepts[i] = "widget"
                for k in range(i - 1, max(-1, i - 1 - INFOBOX_HEADINGS), -1):
                    text = units[k].text
                    if rows[k] or self.concepts[k] is not None or _words(text) > INFOBOX_HEADING_WORDS or (
                            text.rstrip().endswith((".", "!", "?", ":"))) or _QUOTE_MARKS.search(text):
                        break
                    self.concepts[k] = "widget"
        # A forwarded mail: what comes before its mark is the forwarder's note and the mail's header.
        forwarded = next((i for i, u in enumerate(units) if bp.FORWARD_MARK.match(_probe(u.text))), None)
        if forwarded is not None:
            self.concepts[:forwarded] = ["email"] * forwarded
        self.footers = [
            _footer(u.text) or _wire_end(u) or _about_issuer(units, i) or _contact_label(units, i)
            or _feed_item_end(units, self.concepts, i)
            for i, u in enumerate(units)
        ]
        self.keys = [_key(u.text) for u in units]
        self.fates: list[str] = ["drop:header"] * len(units)
        self.headline: str | None = None
        self.title_key: str | None = None
        self.lone_dateline: Dateline | None = None
        self.sign_off_agency: str | None = None
        self.credit_under_title: str | None = None  # a writer and the outlet under the headline
        self.glued_byline: str | None = None  # see `_split_at_glued_byline`
        self.footer_at = len(units)
        # Whether each unit that is no chrome reads as prose, judged once: two
        # steps below ask (chrome found by them only turns units off).
        self.prose = [self._content(i) and _is_prose(u.text) for i, u in enumerate(units)]
        self._mark_captions_by_sign_off()
        self._mark_captions_by_credit()
        self._mark_captions_by_place()
        self._mark_providers()
        self.repeated = self._repeated()
        self.echoes = self._echoes()
        self.start = self._body_start()

    # Shapes that need the whole page.

    def _content(self, i: int) -> bool:
        return self.concepts[i] is None and self.footers[i] is None

    def _mark_captions_by_sign_off(self) -> None:
        # A wire credit in brackets closes the story's last paragraph; anywhere
        # else it closes a photo caption.
        prose = [i for i in range(len(self.units)) if self.prose[i]]
        last = prose[-1] if prose else None
        for i, unit in enumerate(self.units):
            # Not a dateline on its own line: 'Tokyo (AFP)'; nor Xinhua's end mark, which closes no caption (a
            # story listed after it is no longer part of this one).
            if (self._content(i) and i != last and bp.SIGN_OFF.search(unit.text)
                    and not metadata.lone_dateline(unit.text) and not _END_ITEM.search(unit.text)):
                self.concepts[i] = "caption"
            # (in square brackets, as the JoongAng prints a caption's: 'Kim You-geun ... announces the decision on
            # GSOMIA in Seoul on Thursday. [Yonhap]'; not a paragraph telling what was said: '..., officials said.
            # [Yonhap]')
            elif self._content(i) and i != last and bp.BRACKETED_CREDIT.search(unit.text) and not _SAID.search(
                    unit.text) and _words(unit.text) <= BRACKETED_CAPTION_MAX_WORDS:
                self.concepts[i] = "caption"

    def _mark_providers(self) -> None:
        # A press release's issuer under its label: 'News provided by' / 'Pacific Allied Security Forum'.
        for i in range(len(self.units) - 1):
            if _PROVIDED_BY.match(self.units[i].text) and _words(self.units[i + 1].text) <= PROVIDER_MAX_WORDS:
                self.concepts[i] = self.concepts[i + 1] = "nav"

    def _mark_captions_by_credit(self) -> None:
        # A photo credit on its own line ('[Photo: Yonhap]') stands next to
        # its caption, which tells what the picture shows in the present
        # tense: 'Kim ... announces the decision at Cheong Wa Dae on Thursday.'
        # After a bare label ('Image caption') the next short line is the caption, whatever it says
        # (but a quotation or sentences: the label's caption was empty, and that is the story).
        for i in range(len(self.units)):
            if self.concepts[i] != "credit":
                continue
            if _CAPTION_LABEL.match(_probe(self.units[i].text)):
                j = i + 1
                if j < len(self.units) and self._content(j) and _caption_shaped(self.units[j].text):
                    self.concepts[j] = "caption"
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.units) and self._content(j) and _picture_caption(self.units[j].text):
                    self.concepts[j] = "caption"
            # ... or under it, only who is in the picture, with their post: '[Photo by Yonhap]' / 'Hiroshi Kajiyama,
            # Japan's minister of economy, trade and industry'.
            j = i + 1
            if (j < len(self.units) and _PHOTO_CREDIT.search(_probe(self.units[i].text)) and self._content(j)
                    and _NAME_AND_POST.match(self.units[j].text)):
                self.concepts[j] = "caption"

    def _mark_captions_by_place(self) -> None:
        # A caption with no credit: what a picture shows in the present tense ('A man watches a TV
        # screen ...', see `_picture_caption`) right above the story's dateline ('SEOUL - North Korea
        # fired ...'), or naming its person as the story does further down, word for word and at
        # length (CAPTION_SUBJECT_WORDS: 'Kim You-geun, the first deputy chief of the National Security
        # Office at Cheong Wa Dae, speaks at a press briefing ...' over 'Kim You-geun, the first deputy
        # chief of ... told reporters').
        content = [i for i in range(len(self.units)) if self._content(i)]
        first_prose = next((i for i in content if self.prose[i]), None)
        # (the story's dateline: a later one opens another story of the page)
        dateline = next((j for j in content if metadata.dateline_length(self.units[j].text)), None)
        for i, j in zip(content, content[1:]):
            text = self.units[i].text
            if not self.prose[i] or _words(text) > PLACED_CAPTION_MAX_WORDS:
                continue
            if not _picture_caption(text, PLACED_CAPTION_MAX_WORDS, PLACED_CAPTION_VERB_WITHIN):
                continue
            verb = _PICTURE_VERB.search(text)
            # One doing it, in words that are no nouns ('meeting', 'talks').
            if verb is None or not verb.group().endswith("s") or verb.group() in _PICTURE_NOUNS:
                continue
            if j == dateline:
                self.concepts[i] = "caption"
                continue
            subject = text[:verb.start()].strip(" ,")
            shown = text[verb.start():verb.start() + 30]
            # (Not a paragraph printed again, what the person does with it.)
            if len(subject.split()) >= CAPTION_SUBJECT_WORDS and any(
                subject in self.units[k].text and shown not in self.units[k].text for k in content if k > i
            ):
                self.concepts[i] = "caption"
            # ... or, first on the page, showing someone posed, in fewer words opening the paragraph right under it,
            # which tells in the past what the person did: 'Liberty Korea Party leader Hwang Kyo-ahn sits on a mat
            # ...' / 'Liberty Korea Party leader Hwang Kyo-ahn launched an open-ended hunger strike ...' (not a
            # script's lead or a chronology's entry: 'Esper arrives in Seoul ...', 'The government announces ...').
            elif (i == first_prose and _POSED.fullmatch(verb.group())
                  and len(subject.split()) >= CAPTION_LEAD_SUBJECT_WORDS and _names_in(subject)
                  and self.units[j].text.startswith(subject + " ") and shown not in self.units[j].text
                  and _PAST_VERB.match(self.units[j].text, len(subject) + 1)):
                self.concepts[i] = "caption"

    def _repeated(self) -> list[bool]:
        # Copies next to each other (chrome between them aside) are a caption
        # printed twice: all go; but the lead, opening with its dateline, printed twice
        # before any other prose ('BANGKOK, Nov. 17 (Yonhap) -- ...' twice) is the story's: its first stays.
        # Copies apart are a paragraph printed again further down: the first stays.
        counts = Counter(k for k in self.keys if k)
        repeated = [False] * len(self.units)
        seen: dict[str, int] = {}
        # prose_before[j]: prose paragraphs among units[:j], so that "any prose
        # between two copies" costs one subtraction, not a walk between them.
        prose_before = list(accumulate(
            (self._content(j) and self.prose[j] for j in range(len(self.units))), initial=0
        ))
        for i, key in enumerate(self.keys):
            if not key or counts[key] < 2 or _words(key) < 3:
                continue
            if key in seen:
                repeated[i] = True
                first = seen[key]
                if prose_before[i] == prose_before[first + 1] and not (
                        prose_before[first] == 0 and _words(key) >= REPEATED_LEAD_MIN_WORDS
                        and _dateline_opening(self.units[first].text)):
                    repeated[first] = True
            else:
                seen[key] = i
        return repeated

    def _echoes(self) -> list[bool]:
        # A standfirst or caption that repeats the opening (or any stretch) of
        # a longer paragraph, word for word. Each key is compared only with
        # the keys holding its rarest run of ECHO_MIN_WORDS words (a key
        # inside another holds all of its runs), and each distinct key once:
        # the work grows with the text, not with the square of its lines.
        keys = list(dict.fromkeys(k for i, k in enumerate(self.keys) if self._content(i) and k))
        runs = [_word_runs(key) for key in keys]
        holders: dict[int, list[int]] = {}
        for n, key_runs in enumerate(runs):
            for run in key_runs:
                holders.setdefault(run, []).append(n)
        holder_count = {run: len(found) for run, found in holders.items()}
        echoing = set()
        for n, key in enumerate(keys):
            if not runs[n] or _words(key) < ECHO_MIN_WORDS:
                continue
            rarest = min(runs[n], key=holder_count.__getitem__)
            if any(len(keys[m]) > len(key) and key in keys[m] for m in holders[rarest]):
                echoing.add(key)
        return [self._content(i) and key in echoing for i, key in enumerate(self.keys)]

    def _plain(self, i: int) -> bool:
        """A unit that may be body: not chrome, not a copy of another line."""
        return self._content(i) and not self.repeated[i] and not self.echoes[i]

    def _body_start(self) -> int | None:
        openers = [i for i, u in enumerate(self.units) if self._plain(i) and _opens_body(u.text, self.latin_page)]
        # (none past the footer after the first: the next story's dateline does not open this one)
        footer = next((i for i in range(openers[0] + 1, len(self.units)) if self.footers[i]), None) if openers else None
        if footer is not None:
            openers = [i for i in openers if i < footer]
        # A headline of two sentences right over the date stamp or the byline opens no body: "South Korea just
        # ditched its intelligence pact with Japan. Here's why that matters" / 'Published: August 26, 2019'.
        # (nor over its deck, a sentence: 'Chengdu Bought Time for Seoul and Tokyo. Now They Need a Deal.' / 'The
        # December summit kept the intelligence pact on life support. ...' / 'By Lena Hartmann')
        # (the writer's name alone over the stamp too: '... Now the hard part begins' / 'Deals on export controls ...'
        # / 'KIM DA-EUN' / 'March 22, 2023 05:00 JST')
        # (a photo's caption between too: '... nearly lost?' / 'Seoul has fully restored ...' / 'South Korean President
        # Yoon Suk-yeol and ... shake hands ...' / 'By Kim Da-eun')
        while len(openers) > 1 and openers[0] + 1 < len(self.units) and (
                (self._credit_at(self._past_captions(openers[0] + 1)) or (
                    openers[0] + 2 < len(self.units) and self._credit_at(self._past_captions(openers[0] + 2))
                    and _words(self.units[openers[0] + 1].text) <= STANDFIRST_MAX_WORDS))
                and _headline_like(self.units[openers[0]].text, self.latin_page)):
            openers = openers[1:]
        if openers:
            start = openers[0]
            # A dateline a little further down opens the story; what comes
            # before it is a standfirst or an uncredited caption.
            # A list there is the story's key points, which the body keeps.
            texts = [unit.text for unit in self.units]
            datelined = [
                i for i in openers[:3]
                if (found := metadata.extract_dateline(texts[i])) and not _speaker_turn(found.text, texts)
            ]
            if (datelined and datelined[0] != start and len(openers[: openers.index(datelined[0])]) <= 1
                    and not _LIST_ITEM.match(self.units[start].text)):
                start = datelined[0]
            elif len(openers) > 1 and self._standfirst(start, openers[1]):
                start = openers[1]
        else:
            loose = [
                i for i, u in enumerate(self.units) if self._plain(i) and not _headline_like(u.text, self.latin_page)
            ]
            plain = [i for i in range(len(self.units)) if self._plain(i)]
            start = loose[0] if loose else (plain[-1] if len(plain) > 1 else None)
            if start is None:
                return None
        if start > 0 and self._content(start - 1) and metadata.lone_dateline(self.units[start - 1].text):
            start -= 1
        return self._key_points_over(start)

    def _past_captions(self, k: int) -> int:
        """The first unit from `k` that is no photo's caption (the last unit at most)."""
        while k + 1 < len(self.units) and self.concepts[k] == "caption":
            k += 1
        return k

    def _credit_at(self, k: int) -> bool:
        """Whether the unit at `k` is a date stamp or a byline, or a writer's name alone right over one."""
        if self.concepts[k] in ("page_date", "byline"):
            return True
        return (k + 1 < len(self.units) and self.concepts[k] is None and self.concepts[k + 1] in ("page_date", "byline")
                and bool(metadata.name_byline(_probe(self.units[k].text))))

    def _key_points_over(self, start: int) -> int:
        """Where the body starts, given it starts at `start` or with the list of key points right above it, under the
        byline or the date stamp: '3 Min Read' / '* KOSPI rises 0.9%, foreigners net sellers for 13th session' / '*
        Korean won firms 0.6% vs dollar' / 'SEOUL, Nov 25 (Reuters) - ...'."""
        first = start
        while first > 0 and self._plain(first - 1) and _LIST_ITEM.match(self.units[first - 1].text) and (
                _words(self.units[first - 1].text) >= KEY_POINT_MIN_WORDS):
            first -= 1
        if start - first >= 2 and (first == 0 or not self._content(first - 1)) and metadata.extract_dateline(
                self.units[start].text):
            return first
        # ... or the points under their label, marked or not: 'Key points:' / 'South Korea says it will keep ...'.
        first = start
        while first > 0 and start - first < KEY_POINTS_MAX and self._plain(first - 1) and (
                _words(self.units[first - 1].text) >= KEY_POINT_MIN_WORDS):
            first -= 1
        if first < start and first > 0 and _KEY_POINTS_LABEL.match(_probe(self.units[first - 1].text)):
            return first
        return start

    def _standfirst(self, first: int, second: int) -> bool:
        """Whether the unit `first` is a standfirst: one short sentence or two above the byline or
        date stamp that stand between it and the next body line `second`, nothing else between
        ('The decision comes amid a broader deterioration ...' / 'By Ankit Panda' / 'August 23, 2019')."""
        between = range(first + 1, second)
        return (
            _words(self.units[first].text) <= STANDFIRST_MAX_WORDS
            and not _LIST_ITEM.match(self.units[first].text)
            # (not the lead under its dateline, the page's stamp printed after it: 'WASHINGTON, Nov. 21 (Yonhap) --
            # The U.S. Senate on Thursday ...' / 'All News 08:21 November 22, 2019')
            and not metadata.extract_dateline(self.units[first].text)
            and any(self.concepts[i] in ("byline", "page_date") for i in between)
            and not any(self._content(i) and not self._name_over_stamp(i) for i in between)
        )

    def _name_over_stamp(self, i: int) -> bool:
        """Whether the unit at `i` is a name alone above the date stamp: the writer's ('Euan Graham'), or
        with the name printed again and the writer's post between ('Evan R. Sandler' / 'Evan R. Sandler' /
        'Nonresident Fellow - Foreign Policy' / 'Monday, November 25, 2019')."""
        probe = _probe(self.units[i].text)
        placed = _NAME_IN_PLACE.match(probe)  # where the writer filed from: 'Hannah Morley in Tsushima'
        if i + 1 >= len(self.units) or metadata.name_alone(placed["name"] if placed else probe) is None:
            return False
        j = i + 1
        while j < min(len(self.units), i + 1 + WRITER_LINES) and self.concepts[j] != "page_date":
            if not (self.keys[j] == self.keys[i] or _writer_post(_probe(self.units[j].text))):
                return False
            j += 1
        return j < len(self.units) and self.concepts[j] == "page_date"

    # The header: headline and chrome.

    def read_header(self) -> None:
        """Find the headline among the units before the body; the rest is chrome."""
        header = range(self.start)
        # The site's name above the story, as its copyright line names it:
        # 'Pulse by Maeil Business News Korea' / '[ⓒ Pulse by Maeil Business News Korea & mk.co.kr, ...]'.
        holders = {
            holder.casefold()
            for unit, concept in zip(self.units, self.concepts) if concept == "copyright"
            if (holder := metadata.copyright_outlet(_probe(unit.text)))
        }
        for i in header:
            # (not the writer a newsletter's copyright names: 'Sarah Kwon' over the stamp / '© 2025 Sarah Kwon')
            if self.concepts[i] is None and _probe(self.units[i].text).casefold() in holders and not (
                    self._name_over_stamp(i)):
                self.concepts[i] = "masthead"
            self.fates[i] = "drop:" + (self.concepts[i] or self.footers[i] or "header")
            if self._content(i):
                self._cut_glued_deck(i)
        plain = [i for i in header if self._content(i) and _words(self.units[i].text) >= 2]
        # No headline is a section's name printed again, apart, from the menu ('MANUFACTURING,
        # PACKAGING & MATERIALS' under 'Manufacturing, Packaging & Materials'); a headline printed twice is
        # longer ('Department Press Briefing – November 26, 2019' / 'hide' / 'Department Press Briefing – ...').
        shaped = [
            i for i in plain if _headline_like(self.units[i].text, self.latin_page)
            and not self._over_photo_credit(i, plain) and not self._under_photo_credit(i, plain)
            and not _issuer_line(self.units[i].text) and not _listed_story(self.units[i].text)
            # (nor an item of a numbered list of stories: "Today's rundown" / '1. Seoul conditionally suspends ...' /
            # '2. Tokyo welcomes move, ...')
            and not self._numbered_item(i)
            # (nor a credit of a newsroom: 'By Euronews with AP')
            and not _CREDIT_OF_NEWSROOM.match(_probe(self.units[i].text))
            # A menu copied with the gaps between its items: 'Russian Politics & Diplomacy   World   Business'.
            and not any(len(_MENU_GAP.findall(line.strip())) >= MENU_GAPS for line in self.units[i].lines)
            and not _sections_line(self.units[i].text.strip())
            # (nor a site's motto listing what it has: 'News on Japan, Business News, Opinion, Sports, Entertainment
            # and More')
            and not _site_motto(self.units[i].text.strip())
        ]
        candidates = [
            i for i in shaped
            if not (self.repeated[i] and _words(self.units[i].text) <= SECTION_LABEL_MAX_WORDS and any(
                self.keys[j] == self.keys[i] and abs(j - i) > 1 and self._listed(min(i, j)) for j in header
            ))
        ]
        # A site's ticker over its menu is no headline where another line could be: 'BREAKING: PSX gains 412 points' /
        # 'International' / the headline (but a headline so labelled over its standfirst is: 'Breaking: Seoul decides
        # to end GSOMIA ...' / 'Move comes weeks after ...').
        tickers = {i for i in candidates if _TICKER.match(self.units[i].text) and i + 1 not in candidates}
        if any(i not in tickers for i in candidates):
            candidates = [i for i in candidates if i not in tickers]
        # A wire's flash, superseded by the story's headline under it: 'URGENT' / 'N. Korea fires two unidentified
        # projectiles into sea: Seoul military' / 'More to follow' / 'UPDATED 24 Aug 2019, 06:58 GMT' / the headline.
        # (or under a wire's label, the page's stamp between it and the headline: 'URGENT' / '...' / 'UPDATED 22 Aug
        # 2019, 10:35 GMT' / the headline; not a label over the headline and its deck)
        flashes = {i for i in candidates if self._flash(i, candidates)}
        if flashes and any(i not in flashes and i > min(flashes) for i in candidates):
            candidates = [i for i in candidates if i not in flashes]
        # A wiki's article: its title right over 'From Wikipedia, the free encyclopedia'.
        title = next((i for i in plain if i + 1 < self.start and metadata.encyclopedia_line(
            _probe(self.units[i + 1].text))), None)
        if title is None:
            # A digest's: the line over its note ('Yonhap News Summary' / 'The following is the third summary of
            # major news stories ...'), not the first story's headline under it.
            note = next((i for i in header if self.concepts[i] == "digest_note"), None)
            title = max((i for i in candidates if note is not None and i < note
                         and _DIGEST_TITLE.search(self.units[i].text)), default=None)
        if title is None:
            # (a title printed twice, under its breadcrumb and over the text, is the crumb's all the same)
            title = self._crumbed(shaped)
        if title is None:
            # (not a blog's or section's short name printed over its logo's: 'The War Zone' / 'THE WAR ZONE' / the
            # headline)
            # (nor a writer's name printed twice: 'Hannah J. Seo' / 'Hannah J. Seo'; nor a series' name printed
            # again as the kicker right over the headline: 'Asia Morning Briefing' / ... / 'Asia Morning Briefing' /
            # 'Abe and Moon break the ice in Chengdu; ...')
            # (nor a numbered item of a list of contents: '(1) The Seventh Tokyo International Conference ...'; nor a
            # live page's key event under the headline's byline or stamp: 'Summary: Trump's day in London')
            title = next((i for i in candidates if self.repeated[i] and not self._name_over_stamp(i)
                          and not _NUMBERED_LINE.match(self.units[i].text) and not self._under_credit(i, candidates)
                          and not _writer_name(_probe(self.units[i].text)) and not (
                _words(self.units[i].text) <= SECTION_LABEL_MAX_WORDS and ((self._logo_copy(i) and any(
                    j > i and _words(self.units[j].text) > SECTION_LABEL_MAX_WORDS for j in candidates))
                    or self._kicker_copy(i, candidates)))), None)
        for min_words in (HEADLINE_MIN_WORDS, HEADLINE_MIN_WORDS - 1):
            if title is None:
                title = self._headline_among([i for i in candidates if _words(self.units[i].text) >= min_words])
        # (not the writers' names alone, as a reader's app prints them under the headline and the site: 'South Korea
        # to scrap intelligence-sharing pact ...' / 'reuters.com' / 'Hyonhee Shin, Joyce Lee': the line shaped like a
        # headline before them)
        if title is not None and metadata.names_alone(_probe(self.units[title].text)):
            title = max((i for i in candidates if i < title and _words(self.units[i].text) >= HEADLINE_MIN_WORDS
                         and not metadata.names_alone(_probe(self.units[i].text))), default=title)
        if title is None and plain and not _is_prose(self.units[plain[0]].text):
            # No line is shaped like a headline: the first line that is
            # not chrome is the best there is.
            title = plain[0]
        if title is not None:
            self.fates[title] = "title"
            self.headline = _unbracketed(_probe(self.units[title].text))
            # A headline wrapped over two lines, the first ending in a small word: 'Jeong, Kono fail to narrow
            # gap on' / 'GSOMIA in Bangkok talks'.
            rest = title + 1
            rest_words = _words(self.units[rest].text) if rest < self.start else 0
            if (rest < self.start and self.fates[rest] == "drop:header" and self._plain(rest) and (
                    _OPEN_HEADLINE_END.search(self.headline) or (
                        _OPEN_HEADLINE_END_SHORT.search(self.headline) and rest_words <= HEADLINE_REST_MAX_WORDS
                        and not self.units[rest].text.lstrip()[:1].islower()
                        and not metadata.name_alone(_probe(self.units[rest].text))
                        and not metadata.lone_dateline(self.units[rest].text)))
                    and _words(self.headline) + rest_words <= HEADLINE_MAX_WORDS):
                self.headline = f"{self.headline} {_probe(self.units[rest].text)}"
                self.fates[rest] = "title"
            self.title_key = _key(self.headline)
            # Under the headline, a writer and where they filed from ('Justin McCurry in Tokyo'),
            # or a writer's name alone ('KIM JI-HYUN'; 'Euan Graham' above the date stamp).
            for i in range(title + 1, self.start):
                probe = _probe(self.units[i].text)
                # (a writer and the outlet right under the headline, shaped as a photo's credit: 'Kim Tong-hyung,
                # Associated Press'; or under the date stamp under it: '2 min read . Updated: 01 Jul 2019' / 'Isabel
                # Reynolds, Bloomberg')
                # (not a photographer's over the caption: 'Published: November 15, 2019' / 'Kim Hong-ji, Reuters' /
                # '... attend a joint news conference in Seoul ...')
                if (self.fates[i] == "drop:caption" and metadata.credit_line_outlet(probe)
                        and all(self.concepts[j] == "page_date" for j in range(title + 1, i)) and (
                            i == title + 1 or i + 1 >= len(self.units) or not (
                                _picture_caption(self.units[i + 1].text) or (
                                    _ENDS_ON_DATE.search(self.units[i + 1].text.rstrip())
                                    and self._caption_over(i + 2))))):
                    self.fates[i] = "drop:byline"
                    self.credit_under_title = probe
                # (not a name under the byline, in the page's topics: 'By AFP' / ... / 'Shinzo Abe' / 'Moon Jae-in')
                if self.fates[i] == "drop:header" and (
                    metadata.filed_from_byline(probe) or self._name_over_stamp(i) or (
                        metadata.name_byline(probe) and not any(self.concepts[j] == "byline" for j in range(title + 1, i)))
                ):
                    self.fates[i] = "drop:byline"
            last = self.start - 1
            # A line that is not chrome right before the body, below the
            # headline, belongs to the story: the crosshead of the first item
            # in a round-up ('U.S. expresses concern ...'), a short lead. Not
            # so before a dateline on its own line, which opens the story, nor a
            # line of names alone, with no word in small letters: the page's
            # topics ('World South Korea Japan Mark Esper'), nor the last of
            # the standfirst's points under a headline ('South Korea to keep
            # Gsomia ...' / 'Seoul also suspends WTO complaint ...').
            lead = self.units[self.start].text
            if (last > title and self.fates[last] == "drop:header" and self._plain(last)
                    and not (last - 1 > title and self.fates[last - 1] == "drop:header" and self._plain(last - 1))
                    and self.keys[last] != self.title_key
                    and not metadata.lone_dateline(lead)
                    # (nor a photo's caption over a lead opening with its dateline: 'South Korean
                    # protesters hold signs ... on August 15, 2019.' / 'Seoul, South Korea (CNN)South Korea will ...';
                    # nor the lead printed again with the byline glued before it: 'By Sangmin Cho3 Min ReadSEOUL ...')
                    and not (_picture_caption(self.units[last].text) and _dateline_opening(lead))
                    # (nor a standfirst with no full stop right under the headline, over a lead opening with its
                    # dateline: 'The South Korean side reserves the right ...' / 'SEOUL, November 22. /TASS/. ...')
                    and not (last == title + 1 and _dateline_opening(lead)
                             and _words(self.units[last].text) >= STANDFIRST_MIN_WORDS
                             and not self.units[last].text.rstrip().endswith((".", "!", "?", '"', "”")))
                    and lead[:LEAD_PROBE_CHARS] not in self.units[last].text
                    and not _DASHED_DECK.match(self.units[last].text.strip())
                    # (nor the title of a video to play next: 'Up Next' / 'Freeze warning tonight: how to ...')
                    and not _UP_NEXT.match(_probe(self.units[last - 1].text))
                    and any(word[:1].islower() for word in self.units[last].text.split())):
                self.fates[last] = "crosshead"
            for i in header:
                if i != title and self.keys[i] == self.title_key:
                    self.fates[i] = "drop:duplicate_headline"
            return
        if sum(self._content(i) for i in range(len(self.units))) > FLAT_PAGE_UNITS:
            return
        first = self.units[self.start]
        label, headline, rest = _split_glued_headline(first.text)
        byline = None
        if not headline:
            label, headline, byline, rest = _split_at_glued_byline(first.text)
        if headline:
            cuts = tuple(piece for piece in (label, byline) if piece)
            self.units[self.start] = replace(first, text=rest, cuts=first.cuts + cuts)
            self.headline = headline
            self.title_key = _key(headline)
            self.glued_byline = byline

    def _cut_glued_deck(self, i: int) -> None:
        """A headline and its deck run together with no space, as some scrapes join them: "... after Seoul's GSOMIA
        U-turnForeign ministers meet on sidelines of G20 gathering ...": the headline alone is the unit, the deck
        cut (the headline GLUED_HEADLINE_MIN_WORDS long at least, the deck GLUED_PART_MIN_WORDS; not a name in two
        capitals, 'JoongAng', nor a brand in a short phrase, 'Japanese crypto exchange bitFlyer')."""
        text = self.units[i].text
        glue = next((m.end() for m in _GLUED_DECK.finditer(text)
                     if _words(text[:m.end()]) >= GLUED_HEADLINE_MIN_WORDS
                     and _words(text[m.end():]) >= GLUED_PART_MIN_WORDS), None)
        if glue is not None:
            self.units[i] = replace(self.units[i], text=text[:glue], cuts=self.units[i].cuts + (text[glue:],))

    def _numbered_item(self, i: int) -> bool:
        """Whether the unit at `i` is an item of a numbered list: numbered, and so is a line next to it."""
        return bool(_NUMBERED_LINE.match(self.units[i].text)) and any(
            0 <= j < len(self.units) and _NUMBERED_LINE.match(self.units[j].text) for j in (i - 1, i + 1))

    def _crumbed(self, candidates: list[int]) -> int | None:
        """The candidate a breadcrumb above it ends with: 'Home › Press Releases › Secretary Pompeo's
        Trilateral Meeting ...' over the headline (not a label the page prints twice: 'OFFICE OF THE
        SPOKESPERSON')."""
        keys = {
            _key(_probe(self.units[i].text)): i for i in candidates if _words(self.units[i].text) >= HEADLINE_MIN_WORDS
        }
        for i in range(max(candidates, default=0)):
            text = self.units[i].text
            crumb = _CRUMB if _CRUMB.search(text) else _CRUMB_BAR if _BARRED_CRUMB.match(text) else None
            if self.concepts[i] == "nav" and crumb:
                last = keys.get(_key(crumb.split(_probe(text))[-1]))
                if last is not None and last > i:
                    return last
        # ... or a section's name and a bar before it, the page's title: 'Asia Pacific|Leaders of Japan and ...'
        # over the headline (whatever is under that: a photo's credit, 'Image')
        for i in candidates:
            text = _probe(self.units[i].text)
            title_key = _key(text.rsplit("|", 1)[-1]) if "|" in text else ""
            if _words(title_key) >= HEADLINE_MIN_WORDS:
                last = next((j for j in range(i + 1, self.start or 0) if self._content(j) and self.keys[j] == title_key), None)
                if last is not None:
                    return last
        return None

    def _headline_among(self, candidates: list[int]) -> int | None:
        """The headline among the header's lines shaped like one (`candidates`, in page order).

        A site's name and motto and its menus come first on a page, the headline last before
        the byline or the date stamp (or the body, without them); a standfirst under the
        headline, shaped like one too, stands right below it (a line or more). With no
        candidate above the byline or stamp, the first one.
        """
        if not candidates:
            return None
        # A headline printed again without the label before it: 'Subject: Morning Brief: X' / 'X' (a label the page
        # prints apart too, a newsletter's name: 'MORNING BRIEF'; any label after a mail's 'Subject:'; or a kicker's
        # word, in capitals too: 'ANALYSIS: '; not a headline's first half, which a deck may print again: 'Trade row:
        # X' / 'X').
        header_keys = {self.keys[k] for k in range(self.start)}
        unlabelled: set[str] = set()
        for i in candidates:
            text = _probe(self.units[i].text)
            unlabelled.update(
                _key(text[label.end():]) for label in _TITLE_LABEL.finditer(text)
                if _key(label.group().rstrip(": ")) in header_keys or _SUBJECT_LABEL.fullmatch(text[:label.start()])
                or bp.LEADING_LABELS[0].match(text[label.start():].title())
            )
        keys = {i: _key(metadata.strip_title_chrome(_probe(self.units[i].text))) for i in candidates}
        bare = next((i for i in candidates if keys[i] in unlabelled and not self._name_over_stamp(i)), None)
        if bare is not None:
            return bare
        # The page's title ('... | The Japan Times') printed again as the headline: the headline (not a
        # writer's name printed twice).
        seen: dict[str, int] = {}
        for i in candidates:
            if self._name_over_stamp(i) or _writer_name(_probe(self.units[i].text)):
                continue  # (a writer's name printed twice: 'Hannah J. Seo' / 'Hannah J. Seo')
            # (nor a live page's key event printed again under the headline's byline or stamp)
            if keys[i] in seen and not self._under_credit(i, candidates):
                return seen[keys[i]]
            seen[keys[i]] = i
        # (a name in a menu is no writer's: 'Home' / 'Top News' / 'Kim Jong Un' / 'Revolutionary Activities'; nor a
        # name in capitals over every line shaped like a headline, a site's: 'CHEONG WA DAE' / 'Office of the
        # President' / ... / the headline / 'Date : 2019.11.15')
        anchor = next((i for i in range(self.start) if self.concepts[i] in ("byline", "page_date") or (
            # (or a writer's name alone printed twice: 'Hannah J. Seo' / 'Hannah J. Seo')
            self._content(i) and (((self._writer_line(_probe(self.units[i].text)) or (
                self.repeated[i] and _writer_name(_probe(self.units[i].text)))) and not self._menu_item(i)
                                   and i > candidates[0]) or self._name_over_stamp(i))
        )), self.start)
        above = [i for i in candidates if i < anchor]
        if not above:
            return candidates[0]
        # The first of the lines standing together last: the headline over its standfirst lines
        # (a widget between them too: 'This article is more than 4 years old').
        k = len(above) - 1
        while k > 0 and all(self.concepts[m] == "widget" for m in range(above[k - 1] + 1, above[k])):
            k -= 1
        # ... but not a site's motto under its name, over the headline: 'The Mainichi' / "Japan's National
        # Daily Since 1922" / the headline (a standfirst ends in a full stop, a headline does not).
        first = above[k]
        if (k + 1 < len(above) and above[k + 1] == first + 1 and first > 0 and self.concepts[first - 1] == "masthead"
                and _words(self.units[first].text) <= MOTTO_MAX_WORDS
                and _words(self.units[first + 1].text) > _words(self.units[first].text)
                and not self.units[first + 1].text.rstrip().endswith(".")):
            return first + 1
        # ... nor a magazine's flytitle naming the countries a story is about, over its headline: 'Japan and South
        # Korea' / 'Bad blood, bad policy'; nor the page's topics: 'Asia Pacific, Intelligence, Pentagon'.
        if k + 1 < len(above) and above[k + 1] == first + 1 and _topics_only(_probe(self.units[first].text)):
            return first + 1
        return first

    def _story_goes_on(self, i: int, paragraphs: int = 2) -> bool:
        """Whether the units from `i` are so many `paragraphs` of prose at least before any chrome: the story, going
        on."""
        prose = 0
        for j in range(i, len(self.units)):
            if not (self._content(j) and _is_prose(self.units[j].text)
                    and not _headline_like(self.units[j].text, self.latin_page)):
                break
            prose += 1
            if prose >= paragraphs:
                return True
        return False

    def _dated_list(self, i: int) -> bool:
        """Whether the stamp `i` is followed by another dated headline: a headline, then a stamp."""
        return (i + 2 < len(self.units) and self.concepts[i + 2] == "page_date" and self._content(i + 1)
                and _headline_like(self.units[i + 1].text, self.latin_page))

    @staticmethod
    def _writer_line(text: str) -> bool:
        """A line naming the writer: 'Justin McCurry in Tokyo', 'KIM JI-HYUN', 'RIEKO MIKI, Nikkei staff writer'."""
        return bool(metadata.filed_from_byline(text) or metadata.name_byline(text) or metadata.writer_credit(text))

    # The body: chrome, captions, related lists, the footer.

    def read_body(self) -> None:
        """Judge every unit from the body start on."""
        in_related = False
        items = 0  # the stories listed so far under the related-stories heading
        heading = ""  # that heading
        dated = False  # whether those stories carry stamps, a headline after each
        listed_max = SHORT_LINE_WORDS  # how long a listed story's headline over short lines may be
        contents = False  # under a wiki's table of contents: its numbered sections
        card_end = -1  # the last line of an ad card inside the story
        for i in range(self.start, len(self.units)):
            if i <= card_end:
                continue
            text = self.units[i].text
            contents = text.strip() == "Contents" or (contents and bool(_CONTENTS_ITEM.match(text)))
            if contents:
                self.fates[i] = "drop:related"
                continue
            if self.footers[i] and (self._ad_slot(i) or self._toolbar_button(i) or self._nag_inside(i)):
                self.fates[i] = "drop:" + self.footers[i]
                continue
            box_end = self._paywall_box_end(i)
            if box_end is not None:
                self.fates[i:box_end] = ["drop:paywall"] * (box_end - i)
                card_end = box_end - 1
                continue
            card_end = self._ad_card_end(i) if self.footers[i] == "sponsored" else -1
            if card_end > i:
                self.fates[i:card_end + 1] = ["drop:sponsored"] * (card_end + 1 - i)
                continue
            if self.footers[i] or self._comment_thread(i):
                self.footer_at = i
                self.fates[i:] = ["drop:" + (self.footers[i] or "comments")] + ["drop:footer"] * (
                    len(self.units) - i - 1)
                break
            if self._chapter(i):
                self.fates[i] = "drop:widget"
                continue
            # (or an aggregator's prompt over the stories it lists: 'Read more on SmartNews' / headlines; or a video
            # page's list of videos to play next, their counts of views under them)
            if _is_related_heading(text) or self._numbered_headlines(i) or (
                    self.concepts[i] == "promo" and _READ_MORE_ON.match(_probe(text))) or (
                    _UP_NEXT.match(_probe(text)) and self._next_watched(i)):
                in_related, items, dated, heading = True, 0, False, _probe(text)
                # (longer after the story signed off: 'Kim reported from Seoul.' / 'Read more:')
                listed_max = LISTED_HEADLINE_MAX_WORDS if self._signed_off_before(i) else SHORT_LINE_WORDS
                self.fates[i] = "drop:related"
                continue
            if in_related and self.concepts[i] == "page_date":
                listed = self._dated_list(i)
                if listed or (dated and self._story_goes_on(i + 1)) or (
                        self._story_goes_on(i + 1, BOXED_STORY_GOES_ON) and self._resumes_after_ad(
                            i + 1, AD_LAST_SHARED_WORDS)):
                    # A box of dated headlines inside the story ('RELATED' / headline / stamp / headline /
                    # stamp): the story goes on after its last stamp, where sentences follow it, two at least
                    # (one alone is the teaser of the last story listed at the page's end, see below); after a box
                    # of one ('Read Next' / 'World' / headline / stamp), the story's words in three at least.
                    self.fates[i] = "drop:related"
                    dated, in_related = True, listed
                    continue
                if _OWN_STAMP.match(_probe(text)):
                    # The page's own stamp, labelled, under the list: 'DW RECOMMENDS' / ... / 'Date 28.08.2019'.
                    in_related = False
                    self.fates[i] = "drop:page_date"
                    continue
                # Another story under the heading ('More from Asia' / headline / stamp / its text): the page's end.
                self.footer_at = i
                self.fates[i:] = ["drop:related"] * (len(self.units) - i)
                break
            if in_related and not (
                self._content(i) and _is_prose(text) and not self._short_to_end(i, listed_max)
                and not _title_cased(text) and not self._teaser(i) and not _NUMBERED_ITEMS.match(text) and not _DATED_TEASER.search(text)
                and not _LINKED_TEASER.search(text) and not _CUT_TEASER.search(text)
                and not _LABELLED_QUESTION.match(text)
                and not _DOTTED_HEADLINE.search(text) and not self._viewed_item(i)
                # (nor its headlines, a line each, run together: 'South Korea's intelligence pact with Japan is about
                # to expire. What's next?' / 'Pyongyang says Kim Jong-un will not go to Busan for ...' / ...)
                and not (len(lines := self.units[i].lines) > 1 and all(
                    _words(line) <= SHORT_LINE_WORDS and not line.rstrip().endswith(".") for line in lines))
                # ... nor the last of the list, the page's last line: 'The Indo-Pacific: will Japan and Korea ever
                # get along?'; the only one, under a list of the most read or a headline's length with no quotation:
                # 'Related' / 'What is behind the row between Japan and South Korea?' (not 'Keep reading' / 'Kim
                # added: "..."', 'Related' / 'Who in Washington will make that case to both capitals before it is
                # too late?')
                and not ((items or _MOST_READ.match(heading) or (
                    _words(text) <= ONLY_LISTED_MAX_WORDS and not _QUOTE_MARKS.search(text)
                    and not _GOES_ON_HEADING.match(heading)))
                         and _words(text) <= SHORT_LINE_WORDS and self._last_text(i)
                         and not text.rstrip().endswith("."))
            ):
                self.fates[i] = "drop:related"
                items += 1
                continue
            in_related = False
            self.fates[i] = self._body_fate(i)
        self._drop_alt_texts()
        self._drop_letters_signatures()
        self._drop_credited_captions()
        self._drop_on_screen_names()
        self._drop_tail_list()
        self._drop_closing_breaks()
        self._join_lone_dateline()
        self._cut_sign_off()
        self._drop_boxed_names()
        self._drop_card_names()
        self._drop_box_titles()
        self._drop_embedded_posts()
        self._drop_credit_over_story()
        self._keep_gallery()
        self._drop_shotlist()
        self._drop_jumps()
        self._join_across_pages()

    def _flash(self, i: int, candidates: list[int]) -> bool:
        """Whether the headline candidate at `i` is a wire's flash: 'More to follow' under it, or its label over it
        and the page's stamp between it and the next candidate."""
        if i + 1 >= len(self.units):
            return False
        if _MORE_TO_FOLLOW.match(_probe(self.units[i + 1].text)):
            return True
        following = next((j for j in candidates if j > i), i + 1)
        return i > 0 and bool(_FLASH_LABEL.match(_probe(self.units[i - 1].text))) and any(
            self.concepts[k] == "page_date" for k in range(i + 1, following))

    def _credit_line(self, i: int) -> bool:
        """Whether the unit at `i` is a picture's credit on a line of its own: 'REUTERS/Heo Ran', 'Kyodo/via
        REUTERS'."""
        return i < len(self.units) and (self.fates[i] == "drop:credit" or bool(
            _LONE_CREDIT.fullmatch(_probe(self.units[i].text))))

    def _logo_copy(self, i: int) -> bool:
        """Whether the unit at `i` is printed again next to it in another case: a logo's text ('The War Zone' /
        'THE WAR ZONE')."""
        return any(0 <= j < len(self.units) and self.keys[j] == self.keys[i]
                   and self.units[j].text != self.units[i].text for j in (i - 1, i + 1))

    def _under_credit(self, i: int, candidates: list[int]) -> bool:
        """Whether the unit at `i` stands under a byline or date stamp that stands right under another line shaped
        like a headline (CREDIT_UNDER_HEADLINE units apart at most), no copy of it next to a byline or stamp (the
        headline printed again over its own byline: 'Most Popular: ...' / 'Published : ...' / 'Seoul conditionally
        suspends ...' / 'By Park Han-na')."""
        credited = ("page_date", "byline")
        if any(self.keys[j] == self.keys[i] and any(0 <= k < len(self.units) and self.concepts[k] in credited
                                                    for k in (j - 1, j + 1)) for j in range(len(self.units))):
            return False
        return any(self.concepts[k] in credited and any(
            k - CREDIT_UNDER_HEADLINE <= c < k for c in candidates) for k in range(i))

    def _kicker_copy(self, i: int, candidates: list[int]) -> bool:
        """Whether a copy of the unit at `i` stands right over a longer line shaped like a headline: a series' or
        section's name printed again as the headline's kicker, apart from the name's other copy (a short headline
        printed twice alike, one copy under the other, stands over its deck: 'Abe Stands Firm' / 'Abe Stands Firm' /
        'Tokyo rejects Seoul's call ...'; a name, with no colon: not 'GSOMIA: Seoul blinks')."""
        return ":" not in self.units[i].text and any(
            self.keys[j] == self.keys[i] and j + 1 in candidates and self.keys[j - 1] != self.keys[i]
            and _words(self.units[j + 1].text) > SECTION_LABEL_MAX_WORDS for j in range(1, self.start))

    def _past_buttons(self, i: int) -> int:
        """The first unit from `i` that is no button of a gallery's: past 'Previous image' / 'Next image'."""
        while i < len(self.units) and self.fates[i] in ("drop:nav", "drop:widget") and (
                _words(self.units[i].text) <= GALLERY_BUTTON_WORDS):
            i += 1
        return i

    def _keep_gallery(self) -> None:
        """A gallery's pictures, each told by its caption under its counter ('1 of 9' / 'Thousands of people
        gathered in central Seoul ... [Jung Yeon-je/AFP]'), GALLERY_MIN_PICTURES at least: the captions are the
        story, their credits cut, where the page tells it in GALLERY_MAX_TEXT paragraphs at most besides them, or in
        one to more than GALLERY_TEXT_SHARE pictures; after a story told in more, its slideshow's captions are
        captions. The counters go. A gallery counts its pictures
        one after another to their number, most of its captions credited or read as captions (not a list of options or a
        poll's figures, '1 of 3' / 'The first option is ...'); its first pictures may lie above the scrape."""
        counted = [(i, _GALLERY_COUNTER.fullmatch(_probe(unit.text))) for i, unit in enumerate(self.units)]
        counted = [(i, match) for i, match in counted if match]
        # (from the body's start, and the counters right above it in the same count: 'Here are some of the scenes
        # ...' / '[1 / 8]' / a caption / ... / the body's first caption under '[3 / 8]')
        below = [k for k, (i, _) in enumerate(counted) if i >= self.start]
        if not below:
            return
        first = below[0]
        while first > 0 and int(counted[first - 1][1]["n"]) == int(counted[first][1]["n"]) - 1:
            first -= 1
        counted = counted[first:]
        counters = [i for i, _ in counted]
        numbers = [int(m["n"]) for _, m in counted]
        if len(counters) < GALLERY_MIN_PICTURES or numbers != list(range(numbers[0], numbers[0] + len(numbers))) \
                or len({m["m"] for _, m in counted}) != 1:
            return
        captions = {self._past_buttons(i + 1) for i in counters}
        shown = [i for i in captions if i < len(self.units) and (
            self.fates[i] == "drop:caption" or _TRAILING_PICTURE_CREDIT.search(self.units[i].text)
            or _picture_caption(self.units[i].text) or self._credit_line(i + 1))]
        if 2 * len(shown) < len(captions):
            return
        text = sum(1 for i in self._body_indices() if i not in captions and i not in counters
                   and not self._credit_line(i))
        if text > GALLERY_MAX_TEXT and GALLERY_TEXT_SHARE * text > len(counters):
            for i in counters:
                self.fates[i] = "drop:gallery_counter"
                if i + 1 < len(self.units) and self.fates[i + 1] == "body":
                    self.fates[i + 1] = "drop:caption"
            return
        for i in counters:
            self.fates[i] = "drop:gallery_counter"
            caption = self._past_buttons(i + 1)
            if caption >= len(self.units) or self.fates[caption] not in ("body", "drop:caption", "drop:alt_text"):
                continue
            unit = self.units[caption]
            if self._credit_line(caption + 1):
                self.fates[caption + 1] = "drop:credit"  # its credit on a line of its own: 'REUTERS/Heo Ran'
            if not _is_prose(unit.text):
                continue
            self.fates[caption] = "body"
            credit = _TRAILING_PICTURE_CREDIT.search(unit.text)
            if credit is not None:
                self.units[caption] = replace(unit, text=unit.text[:credit.start()].rstrip(),
                                              cuts=unit.cuts + (credit.group().strip(),))

    def _drop_shotlist(self) -> None:
        """A footage agency's list of a clip's shots, between its label and the story's (see `_SHOTLIST`)."""
        for i, unit in enumerate(self.units):
            if _SHOTLIST.match(_probe(unit.text)):
                story = next((j for j in range(i + 1, min(len(self.units), i + 1 + SHOTLIST_MAX_UNITS))
                              if _STORY_LABEL.match(_probe(self.units[j].text))), None)
                if story is not None:
                    self.fates[i:story + 1] = ["drop:widget"] * (story + 1 - i)
                return

    def _drop_jumps(self) -> None:
        """A printed story's jump to another page, what stands between it and its label there, and the label (see
        `_JUMP_TO`)."""
        for i, unit in enumerate(self.units):
            text = _probe(unit.text)
            if _JUMP_FROM.match(text):
                self.fates[i] = "drop:nav"
            elif _JUMP_TO.match(text):
                self.fates[i] = "drop:nav"
                label = next((j for j in range(i + 1, min(len(self.units), i + 1 + JUMP_MAX_UNITS))
                              if _JUMP_FROM.match(_probe(self.units[j].text))), None)
                for j in range(i + 1, label or i + 1):
                    self.fates[j] = "drop:nav"

    def _join_across_pages(self) -> None:
        """A paragraph a printed page's break cut in two, its first part ending mid-sentence and its second opening
        in small letters: one paragraph ('... the Supreme Court of Korea in October 2018' / 'www.mofa.go.kr Page 1 of
        2' / 'MINISTRY OF FOREIGN AFFAIRS — PRESS RELEASE No. 19-1123-2' / 'concerning victims of ...'); there, the
        next page's running head in capitals is the page's."""
        for foot, unit in enumerate(self.units):
            if not self.fates[foot].startswith("drop:") or not (
                    _PAGE_FOOT.search(_probe(unit.text)) or _JUMP_TO.match(_probe(unit.text))):
                continue
            after, heads = foot + 1, []
            while after < len(self.units) and (self.fates[after].startswith("drop:") or self._running_head(after)):
                if not self.fates[after].startswith("drop:"):
                    heads.append(after)
                after += 1
            before = foot - 1
            while before >= 0 and self.fates[before].startswith("drop:"):
                before -= 1
            if (before >= 0 and after < len(self.units) and self.fates[before] == "body" and self.fates[after] == "body"
                    and _ENDS_OPEN.search(self.units[before].text.rstrip()) and self.units[after].text[:1].islower()):
                self.fates[before] = "goes_on"
                for head in heads:  # (only there: a crosshead in capitals after a page's foot is the story's)
                    self.fates[head] = "drop:nav"

    def _running_head(self, i: int) -> bool:
        """Whether the unit at `i` is a printed page's running head: short, in capitals mostly, no sentence."""
        text = self.units[i].text
        letters = [c for c in text if c.isalpha()]
        return (0 < _words(text) <= RUNNING_HEAD_MAX_WORDS and not _has_sentence_end(text)
                and sum(c.isupper() for c in letters) >= RUNNING_HEAD_CAPITALS * len(letters))

    def _drop_embedded_posts(self) -> None:
        """An embedded post's text over who posted it ('South Korea and I have reached an agreement ...' / '— Donald
        J. Trump (@realDonaldTrump) August 9, 2019'); a post's caption between its buttons ('View this post on
        Instagram' / ... / 'A post shared by ...'); a poll's answers between its question and its count."""
        for i in range(self.start + 1, len(self.units)):
            text = _probe(self.units[i].text)
            if self.fates[i] == "drop:widget" and _POSTED_BY.match(text) and self.fates[i - 1] == "body":
                self.fates[i - 1] = "drop:widget"
            opening = _EMBED_OPENS.match(text)
            if opening and self.fates[i] == "drop:widget":
                closing = next((j for j in range(i + 1, min(len(self.units), i + 1 + EMBED_MAX_LINES))
                                if _EMBED_CLOSES[opening.lastgroup].match(_probe(self.units[j].text))), None)
                for j in range(i + 1, closing or i + 1):
                    self.fates[j] = "drop:widget"

    def _drop_card_names(self) -> None:
        """A writer's name over the card on them, which names them again: 'MARI YAMAGUCHI' / 'Yamaguchi covers Japan
        for The Associated Press.'"""
        for i in range(self.start + 1, len(self.units) - 1):
            words = _probe(self.units[i].text).split()
            if (self.fates[i] == "body" and self.fates[i + 1] == "drop:author_note" and 2 <= len(words) <= 4
                    and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
                    and words[-1].casefold() in self.units[i + 1].text.casefold()):
                self.fates[i] = "drop:author_note"

    def _drop_box_titles(self) -> None:
        """The name or title under a box inside the story: a stock's ('9983-JP' / 'Fast Retailing Co Ltd'), a
        video's ('VIDEO02:24' / 'Why the Japan-South Korea trade dispute matters for investors', 'VIDEO' / 'Biden,
        Yoon, Kishida Tout 'New Era' of Trilateral Ties'); a video's title over its player's button, and the label
        over it (see `_PLAYER_UNDER_TITLE`); a pull quote and its label."""
        for i in range(self.start + 1, len(self.units)):
            if (self.fates[i] == "body" and self.fates[i - 1] == "drop:widget"
                    and _BOX_OVER_TITLE.match(_probe(self.units[i - 1].text))
                    and _words(self.units[i].text) <= BOX_TITLE_MAX_WORDS and not _has_sentence_end(self.units[i].text)):
                self.fates[i] = "drop:widget"
                # ... and the show it comes from under the title, a name alone: 'Squawk Box Asia'.
                show = self.units[i + 1].text.split() if i + 1 < len(self.units) else []
                if (self.fates[i + 1] == "body" and 0 < len(show) <= SHOW_NAME_WORDS
                        and all(word[:1].isupper() for word in show) and not _has_sentence_end(self.units[i + 1].text)):
                    self.fates[i + 1] = "drop:widget"
        for i in range(self.start + 1, len(self.units) - 1):
            if (self.fates[i] == "body" and self.fates[i + 1] == "drop:widget"
                    and _PLAYER_UNDER_TITLE.match(_probe(self.units[i + 1].text))
                    and _words(self.units[i].text) <= VIDEO_TITLE_MAX_WORDS
                    and not _has_sentence_end(self.units[i].text)):
                self.fates[i] = "drop:widget"
                label = self.units[i - 1].text.rstrip()
                if self.fates[i - 1] == "body" and label.endswith(":") and _words(label) <= VIDEO_LABEL_MAX_WORDS:
                    self.fates[i - 1] = "drop:widget"
        for i in range(self.start + 1, len(self.units) - 1):
            if (self.fates[i] == "body" and _PULL_QUOTE_LABEL.match(_probe(self.units[i].text))
                    and self.fates[i + 1] == "body" and _words(self.units[i + 1].text) <= PULL_QUOTE_MAX_WORDS):
                self.fates[i:i + 2] = ["drop:widget"] * 2

    def _drop_credit_over_story(self) -> None:
        """A writer credited with what they are, first in the body, is the byline: 'MISAKI TANAKA, Nikkei
        staff writer' between the headline and the story."""
        body = self._body_indices()
        if len(body) > 1 and metadata.writer_credit(_probe(self.units[body[0]].text), speakers=False):
            self.fates[body[0]] = "drop:header"

    def _drop_boxed_names(self) -> None:
        """A short name between a box's pitch lines is the box's: 'Newsletter Sign-up' / 'WSJ Asia Edition' /
        'Top stories from Asia, delivered each morning.'"""
        for i in range(self.start + 1, len(self.units) - 1):
            if (self.fates[i] == "body" and self.fates[i - 1] in _BOX_FATES and self.fates[i + 1] in _BOX_FATES
                    and _words(self.units[i].text) <= BOXED_NAME_WORDS and not _has_sentence_end(self.units[i].text)):
                self.fates[i] = self.fates[i - 1]

    def _numbered_headlines(self, i: int) -> bool:
        """Whether the unit at `i` opens a list of other stories with no heading (or one that is
        none of the patterns of one: '많이 본 기사'): NUMBERED_HEADLINES_MIN lines at least
        numbered from 1 on, none a sentence, with no prose after them."""
        numbers = []
        for j in range(i, len(self.units)):
            item = _NUMBERED_HEADLINE.match(_probe(self.units[j].text)) if self._content(j) else None
            if item is None or int(item["n"]) != len(numbers) + 1:
                break
            numbers.append(j)
        # (not after words that introduce it: a story's own list, 'the following:')
        introduced = i > 0 and self._content(i - 1) and self.units[i - 1].text.rstrip().endswith(":")
        return len(numbers) >= NUMBERED_HEADLINES_MIN and not introduced and not any(
            self.prose[j] for j in range(numbers[-1] + 1, len(self.units))
        )

    def _last_text(self, i: int) -> bool:
        """Whether no line of text (two words or more) that is no chrome comes after the unit at `i`."""
        return not any(self._content(j) and _words(self.units[j].text) >= 2 for j in range(i + 1, len(self.units)))

    def _teaser(self, i: int) -> bool:
        """Whether the line of text after the unit at `i` is a listed story's headline with its date
        ('South Koreans boycott Japanese goods as trade row deepens 23.07.2019'): the unit is the teaser
        of the story listed before it."""
        following = next((j for j in range(i + 1, len(self.units)) if self._content(j)), None)
        return following is not None and bool(_DATED_HEADLINE.search(self.units[following].text))

    def _short_to_end(self, i: int, first_max: int = SHORT_LINE_WORDS) -> bool:
        """Whether the unit at `i` and the lines of text after it to the end are short, and there is
        one such line at least: a list of other stories under its heading, whatever marks their
        titles carry ('Japan and South Korea are fighting. The U.S. should care.'); chrome after it
        ('Share this article') is not a title. The unit at `i` may be longer, `first_max` words and two
        sentences at most ('Japan and South Korea are locked in a feud. Here's why it matters to the U.S.' /
        'Today's coverage from Post correspondents around the world')."""
        after = [j for j in range(i + 1, len(self.units)) if self._content(j) and _words(self.units[j].text) >= 2]
        text = self.units[i].text
        listed = _words(text) <= SHORT_LINE_WORDS or (_words(text) <= first_max and len(split_sentences(text)) <= 2)
        return bool(after) and listed and all(_words(self.units[j].text) <= SHORT_LINE_WORDS for j in after)

    def _signed_off_before(self, i: int) -> bool:
        """Whether the story signed off in the chrome right above the unit at `i`: its writers' or wires' credit
        ('Kim reported from Seoul.', 'Reuters contributed reporting.')."""
        j = i - 1
        while j >= self.start and self.fates[j].startswith("drop:"):
            if self.fates[j] == "drop:wire_trailer":
                return True
            j -= 1
        return False

    def _ad_slot(self, i: int) -> bool:
        """Whether the footer line at `i` only labels an ad slot inside the article.

        A bare 'Sponsored Content' label marks an ad inside the story when the
        next line that is no chrome is a body paragraph sharing words with the
        body above it (SLOT_SHARED_WORDS). What follows a sponsored block at the
        end of a page is other stories' headlines, another footer line, or
        promotion on other things. The slot's own note on what sponsored
        content is ('About Sponsored Content This content was commissioned
        by …') belongs to it.
        """
        if self.footers[i] == "sponsored" and i > self.start and self.fates[i - 1] == "drop:sponsored":
            return True  # the note under a slot's label
        if not _SLOT_LABEL.match(_probe(self.units[i].text)):
            return False
        following = next(
            (j for j in range(i + 1, len(self.units)) if not self.concepts[j] and self.footers[j] != "sponsored"), None
        )
        return following is not None and self._resumes_after_ad(following)

    def _nag_inside(self, i: int) -> bool:
        """Whether the paywall's line at `i` stands inside the story, whose text the page goes on with after it, two
        paragraphs at least, the first sharing words with the story above ('You have 2 free articles left this month'
        / 'Subscribe to read unlimited articles' / 'Moon, for his part, urged Japan to withdraw the export controls
        ...')."""
        if self.footers[i] != "paywall" or i <= self.start:
            return False
        following = next((j for j in range(i + 1, len(self.units)) if not self.concepts[j]), None)
        if following is None:
            return False
        # (or a digest's next item: its headline, then two paragraphs of its story, 'Already a member? Sign in' /
        # 'SUNDAY, AUG. 25' / 'Trump: "Not happy," but no violation' / 'U.S. President Donald Trump played down ...')
        return (self._resumes_after_ad(following, AD_LAST_SHARED_WORDS) and self._story_goes_on(following)) or (
            _headline_like(self.units[following].text, self.latin_page) and not _is_related_heading(
                self.units[following].text) and self._story_goes_on(following + 1))

    def _paywall_box_end(self, i: int) -> int | None:
        """Where the story goes on after the paywall's box that the line at `i` opens inside it, the offer's points
        under it and its button, the story going on long after them ('Subscribe to Foreign Affairs to get unlimited
        access.' / 'Paywall-free reading of new articles ...' / ... / 'Subscribe Now' / 'For most of the last half
        century, the United States ...' / ...); None if it opens none."""
        if self.footers[i] != "paywall" or i <= self.start:
            return None
        after = next((j for j in range(i + 1, min(len(self.units), i + 1 + PAYWALL_BOX_LINES)) if not (
            self.concepts[j] or (_words(self.units[j].text) <= PAYWALL_POINT_WORDS
                                 and not _has_sentence_end(self.units[j].text)))), None)
        # (not past another story's stamp or byline: the next story a page loads after the paywall)
        if after is not None and any(self.concepts[j] in ("page_date", "byline") for j in range(i + 1, after)):
            return None
        goes_on = after is not None and sum(
            self._content(j) and _is_prose(self.units[j].text) and _words(self.units[j].text) >= PROSE_AFTER_BOX_WORDS
            for j in range(after, min(len(self.units), after + 2 * STORY_AFTER_PAYWALL_BOX))
        ) >= STORY_AFTER_PAYWALL_BOX
        return after if goes_on else None

    def _ad_card_end(self, i: int) -> int:
        """The closing label of an ad card that the slot label at `i` opens inside the story, or -1.

        A card is a few short lines (its offer, its sponsor: 'Tokyo's most popular hotel deals this summer',
        'Trivago') between two slot labels, the story going on after it (see `_ad_slot`).
        """
        if not _SLOT_LABEL.match(_probe(self.units[i].text)):
            return -1
        for j in range(i + 1, min(i + AD_CARD_LINES + 2, len(self.units))):
            text = _probe(self.units[j].text)
            if _SLOT_LABEL.match(text):
                if j == i + 1:
                    return -1
                following = next((k for k in range(j + 1, len(self.units)) if not self.concepts[k]), None)
                return j if following is not None and self._resumes_after_ad(following) else -1
            if self.concepts[j]:
                continue
            # The story going on after the card's lines with no label closing them, two paragraphs at least: its next
            # item ('Sponsored' / ... / '1. Gsomia lives on, for now'), or its text ('Sponsored Content' / 'The Best
            # Walk-In Bathtubs Of 2019 - See Prices' / ... / 'South Korean President Moon Jae-in had said ...'); not
            # an offer of the card's, a label closing it after ('Discover why travellers from Tokyo choose ...').
            closed = any(_SLOT_LABEL.match(_probe(self.units[k].text))
                         for k in range(j + 1, min(i + AD_CARD_LINES + 2, len(self.units))))
            if _NUMBERED_HEADLINE.match(text) and not closed and self._goes_on_after_ad(j + 1):
                return j - 1
            if _words(text) > SHORT_LINE_WORDS or _has_sentence_end(text):
                if closed:
                    continue
                if j == i + 1 and i > 0 and self.fates[i - 1] == "drop:related" and self._item_after_ad(j + 1):
                    return j  # (the offer alone, the next item of a digest after it)
                return j - 1 if j > i + 1 and self._goes_on_after_ad(j) else -1
        return -1

    def _item_after_ad(self, k: int) -> bool:
        """Whether a digest's next item starts at `k`, after an ad's offer: its section's label or none, a headline,
        then two paragraphs at least of the story's words ('Sponsored content' / 'Discover how ... Presented by UBS.'
        / 'DIPLOMACY' / 'Moon hosts ASEAN leaders in Busan' / 'Moon opens a two-day summit ...' / ...)."""
        while k < len(self.units) and self.concepts[k]:
            k += 1
        if k >= len(self.units) or not _headline_like(self.units[k].text, self.latin_page):
            return False
        return self._story_goes_on(k + 1) and self._resumes_after_ad(k + 1, AD_LAST_SHARED_WORDS)

    def _goes_on_after_ad(self, j: int) -> bool:
        """Whether the story goes on at `j` after an ad card: a body paragraph sharing words with the body above (see
        `_resumes_after_ad`), the story going on after it."""
        return j < len(self.units) and self._resumes_after_ad(j) and (
            self._story_goes_on(j) or self._resumes_after_ad(j, AD_LAST_SHARED_WORDS))

    def _resumes_after_ad(self, following: int, shared: int = SLOT_SHARED_WORDS) -> bool:
        """Whether the line at `following`, after an ad, is a body paragraph sharing words with the body above
        (SLOT_SHARED_WORDS)."""
        if self.footers[following] or not self._plain(following):
            return False
        text = self.units[following].text
        if not _opens_body(text, self.latin_page):
            return False
        above = set().union(*(_long_words(self.units[j].text) for j in self._body_indices()),
                            _long_words(self.headline or ""))
        return len(_long_words(text) & above) >= shared

    def _viewed_item(self, i: int, lines: int = VIEWED_ITEM_LINES) -> bool:
        """Whether the line at `i` is a video's title in a list of them, its count of views a few lines under it
        ('[Arirang Special] GSOMIA countdown: what happens on November 23?' / 'Arirang News' / '14K views'), or the
        label over such a list ('Up next' / 'AUTOPLAY' / '9:48' / a title / ...)."""
        return any(_VIEWS.match(_probe(self.units[j].text))
                   for j in range(i + 1, min(len(self.units), i + lines + 1)))

    def _next_watched(self, i: int) -> bool:
        """Whether the 'Up next' label at `i` is over a list of videos: counts of views under it, or a title first, no
        sentence ('Up Next' / 'Freeze warning tonight: how to protect your pipes'; not over the story's paragraphs)."""
        following = next((j for j in range(i + 1, len(self.units)) if self._content(j)), None)
        return self._viewed_item(i, UP_NEXT_LINES) or (
            following is not None and not _has_sentence_end(self.units[following].text))

    def _chapter(self, i: int) -> bool:
        """Whether the line at `i` is one of a video's chapters: a run of lines each a time into it and a title, the
        first at the start ('0:00 Intro' / '0:38 A history that won't go away' / ...), their label or the button to
        see them all near ('Chapters', 'View all', 'Timestamps:'); not a day's timeline ('0:00 The pact enters its
        final day' / '6:00 Seoul suspends termination of GSOMIA')."""
        if not _CHAPTER.match(_probe(self.units[i].text)):
            return False
        first = i
        while first > 0 and _CHAPTER.match(_probe(self.units[first - 1].text)):
            first -= 1
        last = i
        while last + 1 < len(self.units) and _CHAPTER.match(_probe(self.units[last + 1].text)):
            last += 1
        labelled = any(_CHAPTERS_LABEL.match(_probe(self.units[k].text)) for k in range(
            max(0, first - CHAPTERS_LABEL_LINES), min(len(self.units), last + 1 + CHAPTERS_LABEL_LINES)))
        return last > first and labelled and _probe(self.units[first].text).startswith(("0:00", "00:00"))

    def _comment_thread(self, i: int) -> bool:
        """Whether the line at `i` heads a thread of readers' comments, the end of the article: a count of comments
        or the words over them ('3 Comments', '9 thoughts on "..."'), a 'Reply' button under the first of them."""
        heading = _THREAD_HEADING.match(_probe(self.units[i].text))
        if not heading:
            return False
        # (a 'Report' button only under a count of comments: a crosshead 'Discussion' over a crosshead 'Report' is none)
        buttons = (_REPLY_BUTTON.match(_probe(self.units[j].text))
                   for j in range(i + 1, min(len(self.units), i + 1 + THREAD_REPLY_LINES)))
        return any(button and (heading["count"] or not button["report"]) for button in buttons)

    def _toolbar_button(self, i: int) -> bool:
        """Whether the footer line at `i` is a bare 'Comments' button in a toolbar
        ('Share' / 'Comments (0)' / 'Print'): a line beside it is a share bar, an
        icon label or a widget; or one under the headline, over the story's text, a paragraph of it at most before
        ('Read 214 Comments' under the byline, the stamp and the photo). A comment section opens after the story's
        text."""
        if not _COMMENTS_BUTTON.match(_probe(self.units[i].text)):
            return False
        return any(0 <= j < len(self.units) and self.concepts[j] in _TOOLBAR_CONCEPTS for j in (i - 1, i + 1)) or (
            sum(fate == "body" for fate in self.fates[self.start:i]) <= 1 and self._story_goes_on(i + 1))

    def _body_fate(self, i: int) -> str:
        if self.concepts[i]:
            return "drop:" + self.concepts[i]
        if self.title_key and self.keys[i] == self.title_key:
            return "drop:duplicate_headline"
        if self.repeated[i]:
            return "drop:repeated"
        if _ASCII_RULE.match(self.units[i].text.strip()):
            return "drop:noise"  # (a plain text's rule between its parts: '=====', '-----'; not a break: '* * *')
        if self.echoes[i]:
            return "drop:echo"
        # A writer's credit over a box inside the story: 'Laura Bicker, BBC News, Seoul'.
        text = self.units[i].text
        if _words(text) <= WRITER_CREDIT_MAX_WORDS and not _has_sentence_end(text) and (
                metadata.credit_line_outlet(_probe(text))):
            return "drop:byline"
        # A link to another story in capitals between the story's paragraphs, a headline's length: 'NORTH KOREA FIRES
        # BALLISTIC MISSILE AS US, SOUTH KOREA BEGIN LARGEST JOINT DRILLS IN YEARS' (not a crosshead of a few words).
        probe = _probe(text)
        if self.latin_page and probe.isupper() and _words(probe) >= CAPITAL_LINK_MIN_WORDS and not _has_sentence_end(
                probe) and i > self.start and self.fates[i - 1] == "body" and _HEADLINE_VERB.search(probe) and not (
                _QUOTE_MARKS.match(probe)):
            return "drop:related"
        return "body"

    def _body_indices(self) -> list[int]:
        return [i for i, fate in enumerate(self.fates) if fate in ("body", "crosshead")]

    def _drop_alt_texts(self) -> None:
        # An image's alt text stands right before its caption: a short line
        # with no sentence in it.
        first = next(iter(self._body_indices()), None)
        for i in range(self.start + 1, len(self.units)):
            if self.fates[i] != "drop:caption":
                continue
            j = i - 1
            text = self.units[j].text
            if (self.fates[j] == "body" and j != first and _words(text) <= SHORT_LINE_WORDS
                    and not _has_sentence_end(text)):
                self.fates[j] = "drop:alt_text"

    def _drop_credited_captions(self) -> None:
        """A photo's caption on a line of its own, its credit alone on the next line ('... in Seoul,
        Nov. 20, 2019.' / 'AFP') or an agency's credit on the line before ('© AFP/File JUNG YEON-JE' /
        'South Korea said Thursday it will end ...'), with the story going on after it: one sentence
        or less, no quotation (see `_caption_shaped`)."""
        body = self._body_indices()
        for i in body[:-1]:
            # Not a story's headline over its wire and date stamp ('Esper says ...' / 'Reuters' / 'November 15, 2019').
            # (a credit in capitals is read as a caption's line: 'PHOTO: POOL/REUTERS')
            labelled = ((self.concepts[i + 1] == "credit" or (
                self.concepts[i + 1] == "caption" and _words(self.units[i + 1].text) <= CREDIT_LINE_MAX_WORDS))
                and bool(_CREDIT_LABEL.match(self.units[i + 1].text))
                and not _TOLD_IN_THE_PAST.search(self.units[i].text) and not _SPEAKING.search(self.units[i].text))
            credit_below = ((self.concepts[i + 1] == "credit" and _LONE_CREDIT.fullmatch(self.units[i + 1].text)
                             or labelled) and (i + 2 == len(self.units) or self.concepts[i + 2] != "page_date"))
            # (or a picture agency's credit with its label: 'Image: picture-alliance/AP Photo/Ahn Young-joon' /
            # 'Protesters in Seoul rallied against the deal earlier this week')
            credit_above = i > 0 and (_FILE_CREDIT.match(self.units[i - 1].text) or (
                self.concepts[i - 1] == "credit" and bool(_CREDIT_LABEL.match(self.units[i - 1].text))
                and not _probe(self.units[i].text).isupper()))  # (not a crosshead: 'Credit: Reuters' / 'TALKS AHEAD')
            # ... or a paper's name alone under a caption in the present: 'Prime Minister Shinzo Abe speaks to
            # reporters at the Prime Minister's Office on Friday evening.' / 'The Yomiuri Shimbun'.
            # (not a lead: no dateline, no one said to speak)
            papered = (self.concepts[i + 1] == "masthead"
                       and bool(_PAPER_CREDIT.fullmatch(self.units[i + 1].text.strip()))
                       and not _TOLD_IN_THE_PAST.search(self.units[i].text)
                       and not _SPEAKING.search(self.units[i].text)
                       and metadata.extract_dateline(self.units[i].text) is None)
            if papered:
                credit_below = labelled = True
            text = self.units[i].text.rstrip()
            # A caption ends without a full stop, or on the photo's date: '... in Seoul, Nov. 20, 2019.';
            # or a labelled credit stands under it: 'A cargo ship is loaded at the port of Busan.' /
            # 'Credit: Depositphotos'; or a photographer's and a picture library's, under what a picture shows, in the
            # present: 'A customer walks past a sign reading ... in Seoul, South Korea.' / 'Chung Sung-Jun | Getty
            # Images' (not a story's line told in the past or to come: 'Working-level talks ... resumed in Tokyo on
            # Monday ...').
            photographer = (self.concepts[i + 1] == "credit" and bool(_NAMED_CREDIT.fullmatch(self.units[i + 1].text))
                            and self._caption_over(i + 1) and not _TOLD_IN_THE_PAST.search(self.units[i].text)
                            and not _SPEAKING.search(self.units[i].text)
                            and not _TOLD_TO_COME.search(_SIGN_READS.sub(" ", self.units[i].text)))
            credit_below = credit_below or photographer
            captioned = text[-1:] not in ".!?\"”" or bool(_ENDS_ON_DATE.search(text)) or labelled or photographer
            if (credit_below or credit_above) and captioned and _caption_shaped(text):
                self.fates[i] = "drop:caption"
        # A caption under an agency's name in capitals, over the lead that carries the dateline: 'ASSOCIATED PRESS'
        # / 'A shopper walks past a display ... on Thursday. Japan began requiring ...' / 'TOKYO >> Japan on ...'.
        if len(body) >= 3:
            i, lead = body[0], body[1]
            above = _probe(self.units[i - 1].text) if i > 0 else ""
            text = self.units[i].text
            first_sentence = text.split(". ", 1)[0]
            if (above.isupper() and metadata.canonical_agency(above) and lead == i + 1
                    and metadata.extract_dateline(text) is None and metadata.extract_dateline(self.units[lead].text)
                    and _words(text) <= 2 * CAPTION_MAX_WORDS and not _QUOTATION.search(text)
                    # (a caption tells what is seen, in the present: not 'Abe and Moon met Tuesday ..., officials
                    # said.')
                    and not _TOLD_IN_THE_PAST.search(first_sentence) and not _SPEAKING.search(text)):
                self.fates[i] = "drop:caption"
        # ... or over the lead with no credit, in the present with the photo's day, the lead telling of the people it
        # shows: 'President Moon Jae-in shakes hands with U.S. Secretary of Defense Mark Esper before their meeting
        # at Cheong Wa Dae on November 15.' / 'President Moon Jae-in today received U.S. Secretary of Defense ...'.
        if len(body) >= 3 and body[1] == body[0] + 1:
            text, lead = self.units[body[0]].text.rstrip(), self.units[body[1]].text
            if (_picture_caption(text) and _POSING.search(text) and _ON_A_DAY_END.search(text)
                    and not _QUOTATION.search(text)
                    and not _TOLD_IN_THE_PAST.search(text) and not _SPEAKING.search(text)
                    and metadata.extract_dateline(text) is None
                    and len(_names_in(text) & _names_in(lead)) >= CAPTION_LEAD_NAMES):
                self.fates[body[0]] = "drop:caption"

    def _drop_on_screen_names(self) -> None:
        """A broadcast's on-screen caption over a sound bite: the speaker's name alone, then their
        titles ('Kim You-geun' / '1st Deputy Director, National Security Office, Cheong Wa Dae'),
        then the quotation; the quotation is the speaker's (see `assemble`)."""
        body = self._body_indices()
        # A transcript's speakers, each on a line of their own over the turn, three labels at least: 'Judy Woodruff:',
        # 'Kim You-geun (through translator):'.
        labels = [i for i in body if _TURN_LABEL.fullmatch(self.units[i].text.strip())]
        # (one speaker labelled twice at least: not the names heading a who's who, 'Moon Jae-in:' / 'Shinzo Abe:')
        said = Counter(_BY_TRANSLATOR.sub("", self.units[i].text.strip()) for i in labels)
        if len(labels) >= TURN_LABELS and max(said.values()) > 1:
            for i in labels:
                self.fates[i] = "drop:speaker_cue"
            body = self._body_indices()
        # ... or a label over it: 'Chief Cabinet Secretary Yoshihide Suga:' / '"We will continue ..."'.
        for i, j in zip(body, body[1:]):
            if j == i + 1 and _QUOTE_OPENING.match(self.units[j].text) and _label_over_quote(self.units[i].text):
                self.fates[i] = "drop:speaker_cue"
        # ... or the name and the titles on one line: 'Mark Esper, U.S. Secretary of Defense' / '"The only ones ..."'.
        for i, j in zip(body, body[1:]):
            name, titles = _name_and_titles(self.units[i].text.strip())
            if j == i + 1 and _QUOTE_OPENING.match(self.units[j].text) and titles and metadata.name_alone(name):
                self.fates[i] = "drop:speaker_cue"
        for i, j, k in zip(body, body[1:], body[2:]):
            if (j == i + 1 and k == j + 1 and _QUOTE_OPENING.match(self.units[k].text)
                    and (metadata.name_alone(self.units[i].text) or metadata.name_byline(self.units[i].text))
                    and _titles_line(self.units[j].text)):
                self.fates[i], self.fates[j] = "drop:speaker_cue", "drop:speaker_titles"
        # ... or under it, the name and the titles after a slash: '"We have improved our export control system ..."' /
        # 'Lee Ho-hyun / Director-General for Trade Policy, MOTIE' (the quotation above is the speaker's).
        for i, j in zip(body, body[1:]):
            name, _, titles = self.units[j].text.strip().partition(" / ")
            # (someone the story names elsewhere: the tag's name is the only one a story may give otherwise)
            if (j == i + 1 and _QUOTE_OPENING.match(self.units[i].text) and titles and metadata.name_alone(name)
                    and _titles_line(titles) and any(name in self.units[k].text for k in body if k != j)):
                self.fates[j] = "drop:speaker_tag"

    def _drop_letters_signatures(self) -> None:
        """On a page of readers' letters, the writer's name under each letter, where they live or what they are
        after it or on the next line ('Robert K. Lindqvist, Long Beach', 'Michiko Hirano, 66, shop owner (Fukuoka)',
        'Choi Eun-young' / 'Incheon'): chrome, as a byline is."""
        body = self._body_indices()
        header = range(min(body[0], len(self.units))) if body else range(0)
        if not (any(_LETTER_GREETING.match(_probe(self.units[i].text)) for i in body) or any(
                _LETTERS_PAGE.match(_probe(self.units[i].text)) or _LETTERS_CRUMB.search(_probe(self.units[i].text))
                for i in header) or _LETTERS_PAGE.match(self.headline or "")):
            return
        for k, i in enumerate(body[1:], start=1):
            text = _probe(self.units[i].text)
            signed = _SIGNATURE.match(text)
            name = signed["name"].title() if signed and signed["name"].isupper() else signed and signed["name"]
            if not signed or not _has_sentence_end(self.units[body[k - 1]].text) or not metadata.name_alone(name) or (
                    _NO_NAME_WORD.search(signed.group())):
                continue
            following = body[k + 1] if k + 1 < len(body) else None
            place = following is not None and bool(_PLACE_LINE.match(_probe(self.units[following].text)))
            if signed["rest"] or signed["place"] or place or following is None or _LETTERS_PAGE.match(
                    _probe(self.units[following].text)):
                self.fates[i] = "drop:signature"
                if place and not signed["rest"] and not signed["place"]:
                    self.fates[following] = "drop:signature"

    def _drop_tail_list(self) -> None:
        body = self._body_indices()
        run: list[int] = []
        for i in reversed(body[1:]):
            text = self.units[i].text
            if _words(text) > SHORT_LINE_WORDS or _has_sentence_end(text):
                break
            run.append(i)
        # (or one, after the writer's name signing off the story: 'BY SER MYO-JA [...]' / ... / 'Trilateral summit
        # calls for 'free, fair' trade', the last of the site's list of its stories)
        signed_off = bool(run) and any(
            self.fates[j] == "drop:byline" for j in range(body[body.index(run[-1]) - 1] + 1, run[-1]))
        # (not a chronology's entries, a day and what happened on it, under their heading or a longer entry of theirs,
        # or told after a colon: 'Key dates' / 'Aug. 22, 2019: Seoul announces it will end Gsomia' / ... / '― Dec. 24:
        # Moon and Abe hold summit in Chengdu'; but a site's list of its dated headlines, no heading over them:
        # 'Nov. 21, 2019 | Abe says ...')
        above = body[body.index(run[-1]) - 1] if run else None
        if len(run) >= 2 and all(_CHRONOLOGY_ENTRY.match(self.units[i].text) for i in run[:-1]) and (
                not _CHRONOLOGY_ENTRY.match(self.units[run[-1]].text)
                or (above is not None and _CHRONOLOGY_ENTRY.match(self.units[above].text))
                or all(_COLON_ENTRY.match(self.units[i].text) for i in run)):
            return
        if len(run) >= TAIL_LIST_MIN or signed_off:
            for i in run:
                self.fates[i] = "drop:related"
        elif run and _TAG.fullmatch(self.units[run[0]].text):
            # One name after the last paragraph is a tag ('South Korea'), not a heading of nothing.
            self.fates[run[0]] = "drop:tags"

    def _drop_closing_breaks(self) -> None:
        # A section break with no body after it ('___' before the credits) breaks nothing.
        for i in reversed(self._body_indices()):
            if not _THEMATIC_BREAK.match(self.units[i].text):
                break
            self.fates[i] = "drop:noise"

    def _join_lone_dateline(self) -> None:
        body = self._body_indices()
        if len(body) > 1 and body[0] == self.start:
            place = metadata.lone_dateline(self.units[body[0]].text)
            if place:
                self.fates[body[0]] = "dateline"
                self.lone_dateline = place

    def _cut_sign_off(self) -> None:
        body = self._body_indices()
        if not body:
            return
        last = self.units[body[-1]]
        match = bp.SIGN_OFF.search(last.text)
        if match:
            credit = match.group(0).strip()
            self.units[body[-1]] = replace(last, text=last.text[: match.start()].rstrip(), cuts=last.cuts + (credit,))
            self.sign_off_agency = _sign_off_agency(credit)
            return
        # On a line of its own right after the story: '(Kyodo)'.
        after = body[-1] + 1
        if after < len(self.units) and self.fates[after] in ("drop:credit", "drop:masthead"):
            credit = _probe(self.units[after].text).strip()
            if credit.startswith("(") and credit.endswith(")"):
                self.sign_off_agency = _sign_off_agency(credit)
            elif metadata.canonical_agency(credit) and credit.isupper() and " " in credit:
                # ... or its full name in capitals, with no brackets: 'KYODO NEWS' under a portal's copy of the
                # story (not 'REUTERS' alone, a photo's credit as often)
                self.sign_off_agency = metadata.canonical_agency(credit)

    def drop_copies_of(self, title: str) -> None:
        """Drop body lines that only repeat the title the page or its sidecar states (a saved
        page's headline printed again after the story, over its share buttons)."""
        key, body = _key(title), self._body_indices()
        copies = [i for i in body if self.keys[i] == key]
        if len(copies) < len(body):  # the story is more than its title
            for i in copies:
                self.fates[i] = "drop:duplicate_headline"

    def drop_writer_note(self, byline: str | None) -> None:
        """Drop the last body paragraph when it only says who the writer is:
        'Choi Kang is vice president of the Asan Institute for Policy Studies.',
        and a heading 'About Choi Kang' before it; or the first, under the byline. Also the note
        under a heading 'About the Author', a note on a writer the story never names ('Victor Cha is
        senior adviser and Korea Chair at ...'), and, with or
        without a byline, a name alone over a note that opens with what the writer is ('OKADA
        Hiroki' / 'Professor at the Faculty of Global Studies, Chūkyō University. Born in 1968.')."""
        body = self._body_indices()
        for i in body:  # the note under its heading: 'About the Author' / 'Aya Nakamura is a graduate student ...'
            text = self.units[i].text
            if i > 0 and _ABOUT_THE_WRITER.match(self.units[i - 1].text) and _words(text) <= WRITER_NOTE_MAX_WORDS:
                self.fates[i] = "drop:author_note"
        body = self._body_indices()
        # (a name in either order: the byline 'Park Min-ji' over 'Min-ji Park is a research associate ...')
        names = [w for w in re.split(r",\s*|\s+and\s+", byline) if w] if byline else []
        writers = [re.escape(w) for name in names for w in dict.fromkeys((name, " ".join(reversed(name.split()))))]
        # (or the surname after a title of address, as a paper's note on an op-ed's writer has it: 'Mr. Haskins is a
        # retired Army colonel who ...')
        # (one the story names nowhere but at a paragraph's start: not 'Mr. Kim is scheduled to travel ...' in a story
        # quoting Kim)
        writers += [rf"(?:Mr|Ms|Mrs|Dr)\.?\s+{re.escape(name.split()[-1])}" for name in names if len(name.split()) >= 2
                    and not any(_named_past_opening(self.units[i].text, name) for i in body)]
        # The notes on the writers closing the story, with their names over them and the short lines
        # between ('Follow', 'Areas of expertise: ...'): a writer of the byline ('Simon Denyer is The
        # Washington Post's bureau chief in Tokyo.'), or one the story never names ('Victor Cha is
        # senior adviser and Korea Chair at ...').
        start = max(2, len(body) - WRITER_NOTES_TAIL)  # two paragraphs of story at least
        # (a note opening with the given name alone, under the byline's full name: 'Sophia Turner' / 'Sophia is a
        # freelance journalist covering Asian markets ...')
        given = {name.split()[0] for name in names if 2 <= len(name.split()) <= 3 and any(
            self.units[body[k]].text.strip() == name
            and re.match(rf"{re.escape(name.split()[0])}\s+{_WRITER_NOTE_VERB}\s", self.units[body[k + 1]].text)
            for k in range(start, len(body) - 1))}
        writers += [re.escape(first) for first in sorted(given)]
        tail = [k for k in range(start, len(body)) if self._writer_bio(body[k], body, writers)]
        if tail:
            rest = body[tail[0]:]
            first = rest[0]
            if all(k in tail or _words(self.units[body[k]].text) <= SHORT_LINE_WORDS
                   for k in range(tail[0], len(body))):
                before = body[tail[0] - 1]
                name = self.units[before].text.strip().removeprefix("About ")  # 'About Aaron Mehta'
                if _words(name) <= 4 and (self.units[first].text.startswith(name + " ") or (
                        name in names and name.split()[0] in given)):
                    rest = [before, *rest]
                for i in rest:
                    self.fates[i] = "drop:author_note"
                body = [i for i in body if i not in rest]
        # The writer signing off under the story, where they filed from in brackets: 'Philippe Mesmer (Tokyo,
        # correspondent)'.
        signed = [i for i in body[-SIGNED_OFF_TAIL:] if byline and "(" in self.units[i].text
                  and _words(self.units[i].text) <= SHORT_LINE_WORDS
                  and (writer := metadata.parse_byline("By " + self.units[i].text)) and writer.name == byline]
        for i in signed:
            self.fates[i] = "drop:author_note"
        body = [i for i in body if i not in signed]
        if len(body) >= 3 and _NAME_OVER_NOTE.match(self.units[body[-2]].text) and (
            (_WRITER_NOTE_OPENING.match(self.units[body[-1]].text) or _covers_note(*(
                self.units[k].text for k in body[-2:])))
            and _words(self.units[body[-1]].text) <= WRITER_NOTE_MAX_WORDS
        ):
            self.fates[body[-2]] = self.fates[body[-1]] = "drop:author_note"
            return
        if not byline or len(body) < 2:
            return
        if self._writer_note(body[-1], writers):
            self.fates[body[-1]] = "drop:author_note"
            if len(body) > 2 and any(
                re.fullmatch(rf"About\s+(?i:{writer})", self.units[body[-2]].text) for writer in writers
            ):
                self.fates[body[-2]] = "drop:author_note"
        elif self._writer_note(body[0], writers):
            self.fates[body[0]] = "drop:author_note"

    def _writer_note(self, i: int, writers: list[str], most: int = WRITER_NOTE_MAX_WORDS) -> bool:
        """Whether the unit at `i` is a note of `most` words at most on one of `writers` (patterns of the
        byline's names)."""
        text = self.units[i].text
        return _words(text) <= most and any(
            # (or what they were, set off by commas, before what they are or where they served: 'Ellen Marsh, a former
            # State Department official ..., is a senior fellow at ...', 'Daniel Whitcomb, a retired Foreign Service
            # officer, served at the U.S. embassies in Seoul and Tokyo.'; not 'Ellen Marsh, ..., is expected to lead
            # the talks')
            re.match(rf"(?i:{writer})(?:\s+{_WRITER_NOTE_VERB}\s|,\s(?:[^.,]|(?<=\b[A-Z])\.){{0,160}},\s+"
                     rf"(?:(?:is|was) (?:an?|the)|served (?:at|in|as|on)|taught at|teaches at)\s)", text)
            for writer in writers
        )

    def _writer_bio(self, i: int, body: list[int], writers: list[str]) -> bool:
        """Whether the body unit at `i` is a note on a writer: one of the byline's, or one the story
        before it never names (the name alone over it aside). Closing the story, a byline's writer's note may
        tell a career: 'Michael T. Carraway is a retired U.S. Air Force colonel who served in ...'."""
        if self._writer_note(i, writers, most=2 * WRITER_NOTE_MAX_WORDS):
            return True
        text = self.units[i].text
        bio = _WRITER_BIO.match(text)
        name = bio and (bio["name"] or bio["student"] or bio["former"] or bio["envoy"])
        return bool(bio) and _words(text) <= WRITER_NOTE_MAX_WORDS * 2 and not any(
            name in self.units[j].text and self.units[j].text.strip() != name for j in body if j < i
        )

    # Results.

    def assemble(self) -> tuple[list[str], list[str], tuple[tuple[int, str], ...]]:
        """The body paragraphs in order, every input line or piece dropped, and (paragraph
        index, speaker) for each paragraph a dropped sound-bite cue or on-screen name introduces."""
        paragraphs: list[str] = []
        removed: list[str] = []
        introduced: list[tuple[int, str]] = []
        pending, cue, broken = "", None, None
        for unit, fate in zip(self.units, self.fates):
            if fate.startswith("drop:"):
                removed.extend(unit.lines)
                bitten = _bite_named(unit.text) if fate == "drop:radio_script" else None
                if bitten:
                    cue = bitten[0]
                elif fate == "drop:speaker_cue":
                    cue = _cue_name(unit.text.rstrip().rstrip(":"))
                elif fate == "drop:speaker_tag" and paragraphs:
                    introduced.append((len(paragraphs) - 1, _cue_name(unit.text.strip().partition(" / ")[0])))
                continue
            removed.extend(_in_page_order(unit))
            if fate == "dateline":
                pending = unit.text
            elif fate == "goes_on":  # (the first part of a paragraph a page's break cut)
                pending = f"{pending} {unit.text}".strip()
                broken = _BROKEN_WORD.search(pending)
            elif fate in ("body", "crosshead") and unit.text:
                if cue:
                    introduced.append((len(paragraphs), cue))
                    cue = None
                # (a word the break cut made whole again: 'a for-' / 'mer finance ministry official')
                text = _joined([pending, unit.text]) if broken else f"{pending} {unit.text}"
                text = bp.NOTE_MARK.sub(".", _fold(text))
                broken = None
                paragraphs.append(bp.NOTE_MARK_AFTER_QUOTE.sub("", text))
                pending = ""
        return paragraphs, removed, tuple(introduced)

    def _menu_item(self, i: int) -> bool:
        """Whether the unit at `i` is one of MENU_ITEMS short lines or more dropped from the page one
        after another, but the first, as the items of a menu are (a masthead tops the menu, or the
        page, or stands by itself)."""
        def short(j: int) -> bool:
            return self.fates[j].startswith("drop:") and 0 < _words(self.units[j].text) <= MENU_ITEM_WORDS

        if i == 0 or not short(i):
            return False
        first, last = i, i
        while first > 0 and short(first - 1):
            first -= 1
        while last + 1 < len(self.units) and short(last + 1):
            last += 1
        return last - first + 1 >= MENU_ITEMS and first < i  # the first, over the menu, may be the masthead

    def _over_story(self, i: int) -> bool:
        """Whether the unit at `i` stands right over the story's date stamp, byline or headline, as a
        masthead does at the foot of an app's bar ('SmartNews' / 'Open in app' / 'The Japan Times' /
        'Dec 24, 2019')."""
        return i + 1 < len(self.units) and (
            self.concepts[i + 1] in ("page_date", "byline") or self.fates[i + 1] == "title")

    def _over_photo_credit(self, i: int, plain: list[int]) -> bool:
        """Whether the unit at `i` stands over a photo's credit ('Photo by South Korean Navy/Handout via
        Reuters') with another line shaped like a headline in the header (of `plain`, its lines): it is the photo's
        caption, not the headline (but the headline over the credit of a photo with no caption is the headline, and a
        line in title case is no caption: 'South Korea Walks Away from GSOMIA: What Happens Now?')."""
        return (i + 1 < len(self.units) and self.concepts[i + 1] == "credit"
                and bool(_PHOTO_WORD.search(self.units[i + 1].text)) and not _title_cased(self.units[i].text)
                and any(j != i and _headline_like(self.units[j].text, self.latin_page) for j in plain))

    def _under_photo_credit(self, i: int, plain: list[int]) -> bool:
        """Whether the unit at `i` stands under a photo's copyright naming its photographer ('© REUTERS /
        Kim Hong-Ji') with another line of a headline's length above or below (of `plain`, the header's lines):
        it is the photo's caption, not the headline ('Asia & Pacific' is none)."""
        return i > 0 and bool(_PHOTO_COPYRIGHT.match(_probe(self.units[i - 1].text))) and any(
            j != i and _words(self.units[j].text) >= CREDITED_HEADLINE_MIN_WORDS for j in plain)

    def _listed(self, i: int) -> bool:
        """Whether the unit at `i` stands in a list of MENU_ITEMS short lines or more dropped one after
        another (of at most SECTION_NAME_WORDS words each): a menu of sections."""
        def short(j: int) -> bool:
            return self.fates[j].startswith("drop:") and 0 < _words(self.units[j].text) <= SECTION_NAME_WORDS

        first, last = i, i
        while first > 0 and short(first - 1):
            first -= 1
        while last + 1 < len(self.units) and short(last + 1):
            last += 1
        return short(i) and last - first + 1 >= MENU_ITEMS

    def _dropped_before_footer(self, concept: str | None = None, but: tuple[str, ...] = ()) -> list[str]:
        """Units above the footer dropped as `concept` (any chrome when None, but the
        concepts in `but`), in page order."""
        return [
            _probe(self.units[i].text)
            for i in range(self.footer_at)
            if self.fates[i] == f"drop:{concept}"
            or (concept is None and self.fates[i].startswith("drop:") and self.fates[i][5:] not in but)
        ]

    def _chrome_texts(self) -> list[str]:
        """What the page's chrome says: the lines dropped above the footer, the pieces cut off lines
        that stay, and the footer, in that order."""
        cuts = [cut for unit in self.units for cut in unit.cuts]
        return [*(t for t in self._dropped_before_footer() if t), *cuts, *(u.text for u in self.units[self.footer_at:])]

    def page_dates(self) -> list[str | None]:
        """Dates of the date-stamp lines above the footer, in page order (a flattened page's glued byline
        first): those labelled as the publication's ('Posted : 2019-08-22 19:06') before the others
        (a site's header may show the day the page was saved: 'Sat, December 7, 2019 | 14:52'), and
        those of lines that only say when the page was updated last. Of the others, those between the
        headline and the story come first: a day printed over the headline in a site's header may be the
        day the page was read ('Monday 5th August, 2019' over the headline, '02 Aug 2019, 20:17 GMT+10'
        under it); then the others in page order, a site's day over the headline after them."""
        glued = [metadata.page_date(self.glued_byline)] if self.glued_byline else []
        # First, a wiki's footer, the page's own date ('This page was last edited on 14 March 2021, at 09:12
        # (UTC).'), before the dates of its box of facts ('Date 1 July 2019 – present').
        edited = [metadata.last_edited(_probe(unit.text)) for unit in self.units[self.footer_at:]
                  if unit.text.startswith("This page was last")]
        return edited + glued + metadata.stamp_dates(self.stamp_lines())

    def stamp_lines(self) -> list[str]:
        """The date-stamp lines above the footer, in the order `page_dates` reads them."""
        title = next((i for i, fate in enumerate(self.fates) if fate == "title"), None)
        stamps = [i for i in range(self.footer_at) if self.fates[i] == "drop:page_date"]
        under = [i for i in stamps if title is not None and title < i < self.start]
        ordered = under + [i for i in stamps if i not in under]
        # (over the headline, a day named with its weekday and no time after another stamp: a site's header shows
        # the day it was read, 'Saturday, November 23, 2019' / ... / 'WORLD | 22-11-2019 11:02' / the headline)
        over = [i for i in stamps if title is not None and i < title]
        timed = any(_CLOCK.search(self.units[i].text) for i in over)
        ordered.sort(key=lambda i: i in over and len(over) > 1 and (bool(_SITE_DAY.fullmatch(_probe(
            self.units[i].text))) or (timed and not _CLOCK.search(self.units[i].text))))
        # A magazine's print issue after the day it was put online: 'September 23, 2019 Issue', 'Nov 30th 2019
        # edition' (the web page's 'September 16, 2019').
        ordered = sorted(ordered, key=lambda i: bool(_PRINT_ISSUE.search(self.units[i].text)))
        return [_probe(self.units[i].text) for i in ordered]

    def stamps_either_way(self) -> Iterator[tuple[str, ...]]:
        """The days each stamp above the footer could mean, read day or month first ('7/4/2019'); read
        only when asked for (a page seldom needs them)."""
        return (days for text in self._dropped_before_footer() if (days := metadata.readings(text)))

    def captions(self) -> tuple[str, ...]:
        """The photo captions dropped, as they read."""
        return tuple(unit.text for unit, fate in zip(self.units, self.fates) if fate == "drop:caption")

    def sound_bite_names(self) -> tuple[str, ...]:
        """Who the sound-bite cues dropped name, with their titles, as a caption names them: 'Na Seung-sik, Director
        General for Trade and Investment, Ministry of Trade, Industry and Energy' (the story may call them by the
        surname alone: 'Na said')."""
        named = []
        for unit, fate in zip(self.units, self.fates):
            bitten = _bite_named(unit.text) if fate == "drop:radio_script" else None
            if bitten:
                name, titles = bitten
                named.append(f"{name}, {titles}" if titles else name)
        return tuple(named)

    def captions_of_the_year(self) -> tuple[str, ...]:
        """The captions that may tell the story's year: those telling a day of the year the page's copyright notice
        gives ('..., 15 November 2019.' under '© EFE 2019'), none of a file picture's ('(FILE) ...', 'A file picture
        dated ...'); none without a copyright notice (an anniversary's picture of the day a year before)."""
        end = self.copyright_year_end()
        year = re.compile(rf"\b{end[:4]}\b") if end else None
        return tuple(c for c in self.captions() if year and year.search(c) and not _FILE_PICTURE.search(c))

    def byline_lines(self) -> list[str]:
        glued = [self.glued_byline] if self.glued_byline else []
        # A writer credited with what they are, no 'By' before: 'RURIKA IMAHASHI, Nikkei staff writer'.
        # ... or with the outlet, under the headline: 'Kim Tong-hyung, Associated Press' (not a photo's credit:
        # 'Leah Millis | Reuters').
        credited = [
            "By " + line for line in self._dropped_before_footer("header")
            if metadata.writer_credit(line, speakers=False) or metadata.names_alone(line)
        ] + (["By " + self.credit_under_title] if self.credit_under_title else [])
        # A sign-off after the story with the writer's address: 'Jae-Young Kim redfoot@donga.com'.
        signed = [
            "By " + match["name"] for line in self._chrome_texts() if (match := _SIGNED_WITH_ADDRESS.match(line))
        ]
        stamped = self._dropped_before_footer("byline") + self._dropped_before_footer("page_date")
        # A reader's app's line of fields over the story: 'washingtonpost.com · by Simon Denyer and Min Joo Kim ·
        # 6 min'.
        fielded = ["By " + part[3:] for line in self._header_fields()
                   for part in line.split(" · ") if part[:3].lower() == "by " and part[3:4].isupper()]
        return glued + stamped + credited + signed + fielded

    def _header_fields(self) -> list[str]:
        """The lines of fields over the story, parted by ' · ', as a reader's app prints them."""
        return [self.units[i].text for i in range(self.start or 0) if self.fates[i].startswith("drop:")
                and " · " in self.units[i].text]

    def byline_outlets(self) -> list[str | None]:
        """The outlets bylines credit; then a wire agency a source line after the story names
        ('Source: Reuters/ec'), where the piece ran first ('This article was originally published by ...') or a
        copyright notice holds ('© KYODO'); then an agency named on a line of its own above the body ('KYODO'); then
        the site a link to the full story names ('Read the full article on japantimes.co.jp'), an agency before a
        date stamp ('KYODO NEWS - Nov 22, 2019') or in a closing line ('==Kyodo')."""
        found = (metadata.parse_byline(line) for line in self.byline_lines())
        # (not a photo's, under its caption: 'People watch a TV news program showing ...' / 'AP'; an agency's name
        # under the headline, as a masthead is printed: 'THE ASSOCIATED PRESS')
        title = self._title_at()
        # (nor a picture's under its label, over its caption: 'Image copyright' / 'EPA' / 'Image caption')
        credited = (
            metadata.canonical_agency(_probe(self.units[i].text))
            for i in range(self.start) if (self.fates[i] == "drop:credit" or (
                self.fates[i] == "drop:masthead" and i > title)) and not (i and (
                    self._caption_over(i) or _PICTURE_CREDIT_LABEL.match(_probe(self.units[i - 1].text))))
        )
        stamped = (
            metadata.stamp_agency(line) or metadata.stamp_source(line) for line in self._dropped_before_footer("page_date")
        )
        closing = (
            metadata.canonical_agency(_probe(unit.text).strip("=-–— "))
            for unit in self.units if unit.text.lstrip().startswith(("==", "-", "–", "—"))
        )
        # A source line after the story naming a wire ('Source: Reuters/ec'), a wire's copyright ('© KYODO'),
        # where the piece ran first ('This article was originally published by The Korea Herald.', 'via Reuters').
        chrome = self._chrome_texts()
        origins = (metadata.origin_outlet(text) for text in chrome if text[:4].lower() in ("this", "via "))
        # (a link to the full story, after an agency credited above the body: a site's mail sharing a wire's story,
        # 'Read the full article on japantimes.co.jp')
        linked = (metadata.origin_outlet(text) for text in chrome if text[:4].lower() == "read")
        sourced = (metadata.source_line_agency(text) for text in _source_lines(chrome))
        # Not a photo's credit: '... in Chengdu, China, on Dec. 24.   © Reuters' on Nikkei's page.
        captions = set(self.captions())
        copyrighted = (
            metadata.canonical_agency(holder) for text in chrome
            if text not in captions and _COPYRIGHT_MARK.search(text) and (holder := metadata.copyright_outlet(text))
        )
        return [
            *(b.outlet for b in found if b), *sourced, *origins, *copyrighted, *credited, *linked, *stamped, *closing
        ]

    def first_line_outlet(self) -> str | None:
        """The site a page's first line names, if it is chrome and reads as a paper's name: 'The Granite Tower'
        (the weakest clue, for a site no other names)."""
        if self.units and self.fates[0].startswith("drop:"):
            match = _FIRST_LINE_SITE.fullmatch(_probe(self.units[0].text))
            return metadata.outlet_name(match["site"] or match["logo"]) if match else None
        return None

    def _caption_over(self, i: int) -> bool:
        """Whether the line over a credit at `i` is a photo's caption: marked so, or a sentence telling what a
        picture shows ('People watch a TV news program showing a file image of ...'; not a standfirst: 'South
        Korea reversed course hours before the pact was due to expire.' / 'AFP')."""
        above = self.units[i - 1].text
        return self.fates[i - 1] == "drop:caption" or (
            _words(above) >= CAPTION_MIN_WORDS and _has_sentence_end(above)
            and bool(_PICTURE_VERB.search(above) or _PICTURE_WORDS.search(above)))

    def text_outlets(self) -> list[str | None]:
        """Weaker outlet clues: a writer's credit above the body without 'By' ('Kim Tong-hyung, The
        Associated Press'), a masthead line, a known site named in the chrome or a writer's address
        at one, a copyright holder, a promotion, a source line after the story, a known outlet in
        the note on the writer, a reporter's sign-off, an interviewer's label."""
        everything = self._chrome_texts()
        return [
            # (not a photo's: 'SOUTH KOREAN NAVY/AFP/GETTY IMAGES')
            *(metadata.credit_line_outlet(probe) for i in range(self.start)
              if self.fates[i] in ("drop:header", "drop:caption", "drop:radio_script")
              and not metadata.picture_agency_credit(probe := _probe(self.units[i].text))),
            *self._masthead_outlets(),
            *_host_outlets(everything, self._header_fields()),
            *(metadata.email_outlet(t) for t in everything if "@" in t),
            *(metadata.copyright_outlet(t) for t in everything if _COPYRIGHT_MARK.search(t)),
            *(metadata.promo_outlet(t) for t in everything),
            *(metadata.source_line_outlet(t) for t in _source_lines(everything)),
            # Who the writer is: '... is the Korea correspondent for The Diplomat.'
            *(metadata.outlet_named_in(_probe(self.units[i].text))
              for i in range(len(self.units)) if self.fates[i] == "drop:author_note"),
            # A reporter's sign-off after the story ('Kim Min-ji, Arirang News.'): a page that
            # names its publisher elsewhere may carry another outlet's report.
            *(metadata.credit_line_outlet(_probe(self.units[i].text))
              for i in range(self.start, len(self.units)) if self.fates[i] == "drop:radio_script"),
            # An interview's questions labelled with the outlet's name: 'Hankyoreh: Is the pact worth keeping?'
            # (not one who speaks in a transcript, named as an outlet is: 'INTERPRETER:', 'The Interpreter')
            *(metadata.known_outlet(label["speaker"])
              for i in self._body_indices() if (label := SPEAKER_LABEL.match(self.units[i].text))
              and label["speaker"].lower() not in _TRANSCRIPT_ROLES),
            # ... in capitals, as a photo's credit is printed too ('REUTERS').
            self.agency_after_story(in_capitals=True),
        ]

    def _masthead_outlets(self) -> Iterator[str | None]:
        """The outlets the masthead lines name."""
        # A photo's credit ('Image copyright' / 'Reuters') names no masthead, nor a section's label
        # ('Foreign Affairs' over a page of Korea.net), a tag under the story ('Related Issues' /
        # 'Foreign Policy') or an item of a menu ('Press Release' / 'Defense News' / 'Photo News'); a government's
        # site only over the headline: under it, its name is a picture's credit ('Japan Ministry of Defense').
        title = self._title_at()
        return (outlet for i in range(self.footer_at)
                if self.fates[i].startswith("drop:") and self.fates[i][5:] not in _NO_MASTHEAD
                and not (self._menu_item(i) and not self._over_story(i)) and self.units[i].text.strip()
                and not ((outlet := metadata.masthead_outlet(_probe(self.units[i].text))) and i > title
                         and _GOVERNMENT_SITE.search(outlet)))

    def _title_at(self) -> int:
        """Where the headline is among the units (past the last one when none was found)."""
        return next((i for i, fate in enumerate(self.fates) if fate == "title"), len(self.units))

    def site_outlets(self) -> list[str | None]:
        """The outlets the page's own chrome names as the site's, whoever wrote the story: its masthead,
        its address, its copyright, its app ('... by downloading the France 24 app'); not an outlet the
        story came from."""
        everything = self._chrome_texts()
        return [
            *self._masthead_outlets(),
            *_host_outlets(everything, self._header_fields()),
            *(metadata.copyright_outlet(t) for t in everything if _COPYRIGHT_MARK.search(t)),
            *(metadata.promo_outlet(t) for t in everything),
        ]

    def copyright_year_end(self) -> str | None:
        """The last day of the year the page's copyright line gives ('© 2019 Nikkei Inc. All rights reserved.'),
        as an ISO date, or None."""
        for text in self._chrome_texts():
            if _COPYRIGHT_MARK.search(text) and (year := _COPYRIGHT_YEAR.search(text)):
                return f"{year['last'] or year['year']}-12-31"  # (any day of it may be the story's: the last)
        return None

    def agency_after_story(self, in_capitals: bool) -> str | None:
        """The agency named alone on the line right after the story, printed in capitals or not as
        `in_capitals` asks: its sign-off ('Bloomberg', 'Jiji Press'), or a photo's credit, printed so too
        ('REUTERS'); not when the page's own writer signs off after it ('By Choi He-suk (...@...)')."""
        body = self._body_indices()
        after = body[-1] + 1 if body else len(self.units)
        if after < len(self.units) and self.fates[after] == "drop:credit":
            name = _probe(self.units[after].text).strip(" .-–—")
            signed = any(_WRITER_SIGN_OFF.search(unit.text) for unit in self.units[after + 1:after + 4])
            if name.isupper() == in_capitals and not signed:
                return metadata.canonical_agency(name)
        return None
